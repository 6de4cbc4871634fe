"""A window start paints first and checks the file after, off the GUI thread: damage found
then is offered the newest good backup over the window, as a user sees it; and later starts
are answered once the first page is painted."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from relationdesk.app import open_app
from relationdesk.services.customer_data import CustomerInput
from relationdesk.ui.main_window import MainWindow
from tests.ui.helpers import settle
from tests.ui.test_start_at_login import hang_guard, running_window
from tests.unit.test_startup_verification import damage_an_index, written


@pytest.fixture
def damaged(data_dir, now):
    """A folder with a good backup of three customers, whose file was then damaged where
    only quick_check sees it; opened as a window start opens it."""
    app = open_app(data_dir, now)
    for family in ("山田", "佐藤", "青木"):
        app.customers.create(CustomerInput(family_name=family), now)
    app.backups.backup_now("manual", now)
    app.close()
    damage_an_index(data_dir / "relationdesk.sqlite3")
    opened = open_app(data_dir, now, check_later=True)
    yield opened
    opened.close()


def answer(monkeypatch, role: QMessageBox.ButtonRole, asked: list[str]) -> None:
    """Answer the recovery question by pressing the button of *role*."""

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        chosen = next(b for b in box.buttons() if box.buttonRole(b) == role)
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def test_damage_found_after_the_first_paint_is_recovered_in_the_window(
    qtbot, damaged, data_dir, monkeypatch, now
):
    """The list shows at once; the check then finds the damage, the window offers the
    backup, and restoring it shows the backup's customers; the damaged file is kept."""
    asked: list[str] = []
    answer(monkeypatch, QMessageBox.ButtonRole.AcceptRole, asked)
    main = MainWindow(damaged)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.customers.shown, timeout=10_000):
        main.load(housekeeping=True)
        main.show()
    assert main.customers.model.rowCount() == 3  # read before the check
    qtbot.waitUntil(
        lambda: "Restored the backup" in main.statusBar().currentMessage(), timeout=20_000
    )
    settle(qtbot, main.runner)
    assert asked and "(3 customers)" in asked[0]
    assert list(data_dir.glob("relationdesk.sqlite3.*.damaged"))
    assert damaged.db.verification.problems == ()
    damaged.customers.create(CustomerInput(family_name="新井"), now)  # writes work again
    assert damaged.customers.count() == 4
    assert main.isVisible()


def test_quitting_the_offer_ends_the_app_and_writes_nothing(qtbot, damaged, data_dir, monkeypatch):
    """The real start-up (``run``): Quit at the question ends the event loop; nothing was
    written to the damaged file, no backup was taken."""
    from relationdesk.ui.application import run

    asked: list[str] = []
    answer(monkeypatch, QMessageBox.ButtonRole.RejectRole, asked)
    before = written(data_dir)
    with hang_guard():
        assert run(damaged, [sys.argv[0]]) == 0
    assert asked and "damaged" in asked[0]
    assert written(data_dir) == before
    assert damaged.db.commits == 0
    assert [b.reason for b in damaged.backups.list_all(with_counts=False)] == ["manual"]


def test_no_backup_to_offer_quits_leaving_the_file(qtbot, damaged, data_dir, monkeypatch):
    """Without a good backup the window says so (Close) and ends, the file as it was."""
    from relationdesk.ui.application import run

    for backup in damaged.backups.list_all(with_counts=False):
        backup.path.unlink()
    asked: list[str] = []
    answer(monkeypatch, QMessageBox.ButtonRole.RejectRole, asked)
    before = written(data_dir)
    with hang_guard():
        assert run(damaged, [sys.argv[0]]) == 0
    assert asked and "no good backup" in asked[0]
    assert written(data_dir) == before


def test_a_healthy_file_is_checked_after_the_first_paint(qtbot, app, now, data_dir):
    """On a healthy file the start-up work runs the check, then the start-up backup."""
    for family in ("山田", "佐藤"):
        app.customers.create(CustomerInput(family_name=family), now)
    app.close()
    opened = open_app(data_dir, now, check_later=True)
    try:
        assert not opened.db.verification.decided
        main = MainWindow(opened)
        qtbot.addWidget(main)
        with qtbot.waitSignal(main.housekept, timeout=20_000) as done:
            main.load(housekeeping=True)
            main.show()
        settle(qtbot, main.runner)
        assert opened.db.verification.problems == ()
        assert done.args[0].backup is not None
    finally:
        opened.close()


def test_later_starts_are_answered_once_the_first_page_is_painted(qtbot, app, data_dir, now):
    """``run`` claims the folder before the window exists but listens (QtNetwork) only
    once the list has painted; from then on a later start reaches it."""
    from relationdesk.ui.application import run
    from relationdesk.ui.single_instance import SingleInstance
    from tests.ui.test_single_instance import start

    app.customers.create(CustomerInput(family_name="山田"), now)
    guard = SingleInstance(data_dir)
    assert guard.claim()
    seen: dict[str, object] = {"listening before": guard._server is not None}
    later: list[subprocess.Popen[str]] = []

    def when_listening():
        if guard._server is None:
            QTimer.singleShot(20, when_listening)
            return
        seen["painted"] = running_window().customers.model.row_at(0) is not None
        later.append(start("--data-dir", str(data_dir), "--minimized"))

    def activated(show: bool) -> None:
        seen["shown"] = show
        QTimer.singleShot(200, lambda: running_window().quit())

    guard.activated.connect(activated)
    QTimer.singleShot(0, when_listening)
    try:
        with hang_guard(40_000):
            assert run(app, [sys.argv[0]], instance=guard) == 0
    finally:
        guard.release()
    _out, err = later[0].communicate(timeout=30)
    assert later[0].returncode == 0, err
    assert seen == {"listening before": False, "painted": True, "shown": False}


WINDOW_START = """
import sys
import relationdesk.cli as cli
import relationdesk.storage.check as check
import relationdesk.ui.application as ui

checks = []
real_check = check.run_check
check.run_check = lambda *a, **k: checks.append(a) or real_check(*a, **k)

def report(window):
    loaded = {m for m in sys.modules if m in WATCHED or m.startswith("relationdesk.")}
    print("checked", len(checks))
    print("loaded", ",".join(sorted(m for m in loaded if m in WATCHED)))
    print("rows", window.customers.model.row_at(0) is not None)
    window.quit()

ui._report_first_paint = report
sys.exit(cli.main(["--data-dir", sys.argv[1]]))
"""


def test_a_window_start_leaves_the_safety_work_for_after_the_first_paint(app, now, data_dir):
    """The real start (``relationdesk --data-dir``) paints its first page before the
    quick_check, without the backup service, the location check, QtNetwork or OpenSSL."""
    import os

    from relationdesk.ui.application import FIRST_PAINT_ENV

    app.customers.create(CustomerInput(family_name="山田"), now)
    app.close()
    watched = {
        "relationdesk.services.backups",
        "relationdesk.storage.location",
        "relationdesk.storage.restore",
        "relationdesk.messages",
        "PySide6.QtNetwork",
        "_hashlib",
        "socket",
    }
    env = {k: v for k, v in os.environ.items() if k != "RELATIONDESK_DATA_DIR"}
    env.update({"QT_QPA_PLATFORM": "offscreen", FIRST_PAINT_ENV: "1"})
    done = subprocess.run(
        [sys.executable, "-c", f"WATCHED = {watched!r}\n{WINDOW_START}", str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["checked 0", "loaded ", "rows True"]
