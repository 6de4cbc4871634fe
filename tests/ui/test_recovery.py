"""A window start on a damaged data file offers the newest good backup, as a user sees it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

import relationdesk.cli as cli
from relationdesk.app import DatabaseDamaged, open_app
from relationdesk.services.customer_data import CustomerInput


def damage(path) -> None:
    """Overwrite the middle of the file with garbage, past the header."""
    data = bytearray(path.read_bytes())
    for start in range(4096, len(data), 4096):
        data[start + 100 : start + 400] = b"\xa5" * 300
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(data_dir, now):
    """A data folder with a good backup of three customers, then its file damaged."""
    app = open_app(data_dir, now)
    for family in ("山田", "佐藤", "青木"):
        app.customers.create(CustomerInput(family_name=family), now)
    app.backups.backup_now("manual", now)
    app.close()
    damage(data_dir / "relationdesk.sqlite3")
    with pytest.raises(DatabaseDamaged) as raised:
        open_app(data_dir, now)
    return raised.value


def answer(monkeypatch, role: QMessageBox.ButtonRole, asked: list[str]) -> None:
    """Answer the recovery question by pressing the button of *role*."""

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        chosen = next(b for b in box.buttons() if box.buttonRole(b) == role)
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def test_restoring_the_offered_backup_opens_the_data_again(qtbot, data_dir, damaged, monkeypatch):
    asked: list[str] = []
    answer(monkeypatch, QMessageBox.ButtonRole.AcceptRole, asked)
    assert damaged.backup is not None
    app = cli._recover_in_window(data_dir, damaged)
    try:
        assert asked and "(3 customers)" in asked[0]
        assert app.customers.count() == 3
        assert list(data_dir.glob("relationdesk.sqlite3.*.damaged"))  # kept, not deleted
    finally:
        app.close()


def test_quitting_changes_nothing(qtbot, data_dir, damaged, monkeypatch):
    before = (data_dir / "relationdesk.sqlite3").read_bytes()
    asked: list[str] = []
    answer(monkeypatch, QMessageBox.ButtonRole.RejectRole, asked)
    assert cli._recover_in_window(data_dir, damaged) is None
    assert asked and (data_dir / "relationdesk.sqlite3").read_bytes() == before


def test_a_window_start_that_cannot_open_the_data_says_so_in_a_box(
    qtbot, data_dir, now, monkeypatch, capsys
):
    """A file from a newer version: a double-clicked start shows why in a box (nobody
    reads stderr), in the user's language, and leaves the file alone."""
    import sqlite3

    import relationdesk.app as app_module

    open_app(data_dir, now).close()
    with sqlite3.connect(data_dir / "relationdesk.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app_module, "claim_window", lambda *a, **k: None)
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a: shown.append((title, text))
    )
    assert cli.main(["--data-dir", str(data_dir)]) == cli.EXIT_USAGE
    assert shown and shown[0][0] == "RelationDesk cannot start"
    assert "newer version" in shown[0][1]
    assert "newer version" in capsys.readouterr().err
