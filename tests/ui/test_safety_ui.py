"""The safety features in the window: the History tab, Preferences for staff name, backups
and trash, the Backups dialog, privacy export and erase."""

from __future__ import annotations

import pytest

from tests.ui.helpers import fill, open_window, select_row, settle


@pytest.fixture
def filled(app, now):
    """The test app with three customers."""
    fill(app, now)
    return app


def open_row(qtbot, main, row: int):
    """Select a row and wait until the panel shows that customer."""
    with qtbot.waitSignal(main.panel.opened, timeout=10_000) as opened:
        select_row(main, row)
    settle(qtbot, main.runner)
    return opened.args[0]


def test_history_tab_lists_changes_and_follows_saves(qtbot, filled):
    """The 変更履歴 tab shows who changed which field from what to what; a save adds rows."""
    filled.save_settings(filled.settings.updated(staff_name="佐藤"))
    main = open_window(qtbot, filled)
    open_row(qtbot, main, 0)
    history = main.panel.history
    assert main.panel.tabs.tabText(main.panel.tabs.indexOf(history)) == "&History"
    before = history.table.rowCount()
    main.panel.editor.note.setPlainText("大事なメモ")
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        main.save_action.trigger()
    settle(qtbot, main.runner)
    table = history.table
    assert table.rowCount() == before + 1
    cells = [table.item(0, c).text() for c in range(5)]
    assert cells[1:] == ["佐藤", "Note", "", "大事なメモ"]
    assert not history.empty.isVisible()


def test_preferences_keep_staff_name_backup_folder_and_trash_days(
    qtbot, filled, tmp_path, monkeypatch
):
    """Staff name, backup folder (typed or browsed) and trash days are saved and used."""
    from PySide6.QtWidgets import QFileDialog

    from relationdesk.settings import load_settings

    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(usb))
    main = open_window(qtbot, filled)
    dialog = main.show_preferences()
    dialog.staff_name.setText("  佐藤   花子 ")
    dialog.browse_backup.click()
    assert dialog.backup_folder.text() == str(usb)
    dialog.trash_days.setValue(14)
    dialog.accept()
    saved = load_settings(filled.paths.root)
    assert (saved.staff_name, saved.backup_folder, saved.trash_days) == ("佐藤 花子", str(usb), 14)
    assert filled.customers.actor == "佐藤 花子" and filled.trash.days == 14
    assert filled.backups.target_folder()[0] == usb
    again = main.show_preferences()
    assert again.staff_name.text() == "佐藤 花子" and again.trash_days.value() == 14
    again.reject()
    settle(qtbot, main.runner)
