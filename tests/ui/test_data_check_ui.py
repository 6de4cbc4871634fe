"""File → Check Data and the daily background check, as a user sees them; and the backup
rotation in Preferences."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from relationdesk.app import open_app
from relationdesk.services.backups import RetentionPolicy
from relationdesk.services.customer_data import CustomerInput
from relationdesk.settings import load_settings
from relationdesk.storage.check import WritesRefused
from tests.ui.helpers import fill, open_window, settle
from tests.unit.test_data_check import damage_past_quick_check, unindex_one_customer


def record_boxes(monkeypatch, role: QMessageBox.ButtonRole | None = None, on_ask=None):
    """Answer every message box with the button of *role* (else its first); return what
    each said (text and informative text)."""
    asked: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append(f"{box.text()}\n{box.informativeText()}")
        if on_ask is not None:
            on_ask()
        buttons = box.buttons()
        chosen = next((b for b in buttons if box.buttonRole(b) == role), buttons[0])
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


def test_checking_a_healthy_file_reports_no_problems(qtbot, app, now, monkeypatch):
    fill(app, now)
    main = open_window(qtbot, app)
    asked = record_boxes(monkeypatch)
    with qtbot.waitSignal(main.data_check.finished, timeout=20_000) as done:
        main.check_action.trigger()
    assert done.args[0].healthy
    assert len(asked) == 1 and asked[0].startswith("No problems found.")
    assert "integrity check" in asked[0] and "seconds" in asked[0]
    assert main.check_action.shortcut().toString() == "Ctrl+Shift+C"
    settle(qtbot, main.runner)


@pytest.fixture
def damaged(data_dir, now):
    """Three customers and a good backup of them; then the file damaged where start-up's
    quick_check does not look (rows missing from their indexes), and opened."""
    first = open_app(data_dir, now)
    for family in ("山田", "佐藤", "青木"):
        first.customers.create(CustomerInput(family_name=family), now)
    first.backups.backup_now("manual", now)
    first.close()
    damage_past_quick_check(data_dir / "relationdesk.sqlite3")
    opened = open_app(data_dir, now)  # its quick_check passes
    yield opened
    opened.close()


def test_damage_found_on_demand_holds_writes_and_restores_the_backup(
    qtbot, damaged, data_dir, now, monkeypatch
):
    main = open_window(qtbot, damaged)
    held: list[bool] = []

    def try_to_write() -> None:
        try:
            damaged.customers.create(CustomerInput(family_name="新井"), now)
        except WritesRefused:
            held.append(True)

    asked = record_boxes(monkeypatch, QMessageBox.ButtonRole.AcceptRole, try_to_write)
    main.check_action.trigger()
    qtbot.waitUntil(
        lambda: "Restored the backup" in main.statusBar().currentMessage(), timeout=20_000
    )
    settle(qtbot, main.runner)
    assert held == [True]  # while the offer was shown, writes were refused
    assert len(asked) == 1 and "damaged" in asked[0] and "(3 customers)" in asked[0]
    assert list(data_dir.glob("relationdesk.sqlite3.*.damaged"))  # kept, not written to
    assert not [b for b in damaged.backups.list_all() if b.reason == "before-restore"]
    assert damaged.maintenance.check().healthy
    damaged.customers.create(CustomerInput(family_name="新井"), now)  # writes work again
    assert damaged.customers.count() == 4


def test_index_only_problems_offer_a_rebuild(qtbot, app, now, monkeypatch):
    fill(app, now)
    unindex_one_customer(app)
    main = open_window(qtbot, app)
    asked = record_boxes(monkeypatch, QMessageBox.ButtonRole.AcceptRole)
    main.check_action.trigger()
    qtbot.waitUntil(
        lambda: "Rebuilt the search index" in main.statusBar().currentMessage(), timeout=20_000
    )
    settle(qtbot, main.runner)
    assert len(asked) == 1 and "search index" in asked[0]
    assert app.maintenance.check().healthy
    app.customers.create(CustomerInput(family_name="新井"), now)  # writes were never held


def test_cancelling_the_check_reports_nothing(qtbot, app, now):
    fill(app, now)
    main = open_window(qtbot, app)
    main.check_action.trigger()
    progress = main.data_check._progress
    progress.findChild(QPushButton).click()  # before the result can arrive
    assert "cancelled" in main.statusBar().currentMessage()
    assert not main.data_check.running
    qtbot.wait(300)  # the result, if it came, is dropped: no box (conftest would fail)
    settle(qtbot, main.runner)


def test_the_background_check_runs_once_a_day(qtbot, app, now, clock, monkeypatch):
    fill(app, now)
    main = open_window(qtbot, app)
    service = app.data_check
    runs: list[object] = []
    real_run = service.run
    monkeypatch.setattr(service, "run", lambda *a, **k: runs.append(a) or real_run(*a, **k))
    with qtbot.waitSignal(main.data_check.finished, timeout=20_000) as done:
        main.data_check.schedule(0)
    assert done.args[0].healthy and len(runs) == 1
    assert "no problems" in main.statusBar().currentMessage()
    clock.advance(timedelta(hours=20))
    main.data_check.schedule(0)
    qtbot.wait(300)
    assert len(runs) == 1  # not again within a day
    clock.advance(timedelta(hours=5))
    with qtbot.waitSignal(main.data_check.finished, timeout=20_000):
        main.data_check.schedule(0)
    assert len(runs) == 2
    settle(qtbot, main.runner)


def test_the_background_check_finding_damage_offers_the_backup(
    qtbot, damaged, data_dir, monkeypatch
):
    main = open_window(qtbot, damaged)
    asked = record_boxes(monkeypatch, QMessageBox.ButtonRole.AcceptRole)
    main.data_check.schedule(0)
    qtbot.waitUntil(
        lambda: "Restored the backup" in main.statusBar().currentMessage(), timeout=20_000
    )
    settle(qtbot, main.runner)
    assert len(asked) == 1 and "(3 customers)" in asked[0]
    assert list(data_dir.glob("relationdesk.sqlite3.*.damaged"))


def test_backup_rotation_in_preferences_is_saved_and_used_at_once(qtbot, app, data_dir):
    main = open_window(qtbot, app)
    dialog = main.show_preferences()
    boxes = dialog.rotation.boxes
    assert boxes["backup_daily"].value() == 7 and boxes["backup_monthly"].maximum() == 1200
    for name, value in (
        ("backup_keep_last", 3),
        ("backup_daily", 10),
        ("backup_weekly", 8),
        ("backup_monthly", 24),
        ("backup_interval_hours", 2),
    ):
        boxes[name].setValue(value)
    dialog.accept()
    saved = load_settings(data_dir)
    assert (saved.backup_keep_last, saved.backup_daily, saved.backup_weekly) == (3, 10, 8)
    assert (saved.backup_monthly, saved.backup_interval_hours) == (24, 2)
    assert app.backups.policy == RetentionPolicy(3, 10, 8, 24)
    assert app.backups.interval == timedelta(hours=2)
    again = main.show_preferences()
    assert again.rotation.values()["backup_daily"] == 10
    again.reject()
