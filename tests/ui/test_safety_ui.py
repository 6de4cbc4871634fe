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


def answer_dialogs(monkeypatch, button) -> list[str]:
    """Answer every message box's exec() with *button*; return the texts asked."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(button.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


def test_back_up_now_adds_a_backup_to_the_list(qtbot, filled):
    """Back Up Now writes a checked backup; the list shows its reason, size and customers."""
    main = open_window(qtbot, filled)
    dialog = main.show_backups()
    settle(qtbot, main.runner)
    before = dialog.table.rowCount()
    with qtbot.waitSignal(dialog.backed_up, timeout=20_000):
        dialog.back_up_button.click()
    with qtbot.waitSignal(dialog.listed, timeout=10_000):
        pass
    settle(qtbot, main.runner)
    assert dialog.table.rowCount() == before + 1
    newest = max(dialog.backups, key=lambda b: b.taken_at)
    row = dialog.backups.index(newest)
    assert dialog.table.item(row, 1).text() == "Backed up by hand"
    assert dialog.table.item(row, 3).text() == "3"
    assert newest.path.exists()
    dialog.reject()


def test_restore_asks_then_brings_the_backup_back(qtbot, filled, monkeypatch, now):
    """Restore… says the current data is backed up first; afterwards the list is the backup's."""
    from PySide6.QtWidgets import QMessageBox

    from relationdesk.services.customer_data import CustomerInput

    filled.backups.backup_now("manual", now)
    filled.customers.create(CustomerInput(family_name="新井", given_name="一郎"), now)
    main = open_window(qtbot, filled)
    assert main.customers.model.rowCount() == 4
    open_row(qtbot, main, 0)
    dialog = main.show_backups()
    settle(qtbot, main.runner)
    row = next(i for i, b in enumerate(dialog.backups) if b.reason == "manual")
    dialog.table.selectRow(row)
    assert dialog.restore_button.isEnabled()
    asked = answer_dialogs(monkeypatch, QMessageBox.StandardButton.Yes)
    with (
        qtbot.waitSignal(main.customers.shown, timeout=20_000),
        qtbot.waitSignal(dialog.restored, timeout=20_000),
        qtbot.waitSignal(dialog.restoring, timeout=20_000),
    ):
        dialog.restore_button.click()
    settle(qtbot, main.runner)
    assert "backed up first" in asked[0]
    assert main.customers.model.rowCount() == 3
    assert main.panel.customer_id is None
    assert any(b.reason == "before-restore" for b in filled.backups.list_all())
    dialog.reject()


def test_restore_cancelled_changes_nothing(qtbot, filled, monkeypatch, now):
    from PySide6.QtWidgets import QMessageBox

    filled.backups.backup_now("manual", now)
    main = open_window(qtbot, filled)
    dialog = main.show_backups()
    settle(qtbot, main.runner)
    dialog.table.selectRow(0)
    answer_dialogs(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.restore_button.click()
    settle(qtbot, main.runner)
    assert len(filled.backups.list_all()) == 1
    dialog.reject()


def test_export_this_customers_data_writes_json_and_report(qtbot, filled, tmp_path, monkeypatch):
    """Customer → Export This Customer's Data…: a JSON file and a readable report."""
    import json

    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "request"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(out))
    main = open_window(qtbot, filled)
    detail = open_row(qtbot, main, 0)
    with qtbot.waitSignal(main.privacy.exported, timeout=10_000) as done:
        main.privacy.export_action.trigger()
    settle(qtbot, main.runner)
    result = done.args[0]
    assert result.json_path.parent == out and result.report_path.exists()
    assert str(detail.id) in json.dumps(json.loads(result.json_path.read_text("utf-8")))
    assert main.statusBar().currentMessage().startswith("Exported to")


def test_erase_shows_the_plan_then_erases_and_reloads(qtbot, filled, monkeypatch, now):
    """Erase… says what goes and when the last backup copy expires; Yes erases completely."""
    from PySide6.QtWidgets import QMessageBox

    from relationdesk.services.errors import CustomerNotFound

    filled.backups.backup_now("manual", now)
    main = open_window(qtbot, filled)
    detail = open_row(qtbot, main, 0)
    asked = answer_dialogs(monkeypatch, QMessageBox.StandardButton.Yes)
    with (
        qtbot.waitSignal(main.customers.shown, timeout=20_000),
        qtbot.waitSignal(main.privacy.erased, timeout=20_000),
    ):
        main.privacy.erase_action.trigger()
    settle(qtbot, main.runner)
    assert f"Erase {detail.given_name} {detail.family_name} completely?" in asked[0]
    assert "The last copy expires on 20" in asked[0]
    assert main.customers.model.rowCount() == 2
    assert main.panel.customer_id is None
    with pytest.raises(CustomerNotFound):
        filled.customers.get(detail.id, include_trashed=True)


def test_erase_confirmation_names_merged_records(qtbot, app, now, tmp_path):
    """The confirmation says which merged duplicates go with the customer, that the import
    and merge history's copies go, and which once-merged records stay."""
    from tests.unit.test_privacy import merged_subject

    customer, duplicate, _, _ = merged_subject(app, now, tmp_path)
    main = open_window(qtbot, app)
    text = main.privacy.describe(app.privacy.erase_preview(customer.id, now))
    assert "Erased with it: 秘密乙, merged into this customer" in text
    assert "history's 3 copies of this customer go too" in text
    app.customers.restore(duplicate.id, now)
    text = main.privacy.describe(app.privacy.erase_preview(customer.id, now))
    assert "Not erased: 秘密乙" in text and "Erased with it" not in text
    app.customers.delete(duplicate.id, now)
    text = main.privacy.describe(app.privacy.erase_preview(duplicate.id, now))
    assert "This record was merged into 太郎 秘密甲" in text  # given name first in English
    settle(qtbot, main.runner)


def test_erase_cancelled_keeps_the_customer(qtbot, filled, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    main = open_window(qtbot, filled)
    detail = open_row(qtbot, main, 0)
    asked = answer_dialogs(monkeypatch, QMessageBox.StandardButton.Cancel)
    main.privacy.erase_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    settle(qtbot, main.runner)
    assert "No backup holds a copy" in asked[0]
    assert filled.customers.get(detail.id).id == detail.id
    assert main.panel.customer_id == detail.id


def test_housekeeping_runs_once_after_the_first_page(qtbot, filled):
    """load(housekeeping=True): after the list's first page the start-up backup is taken."""
    from relationdesk.ui.main_window import MainWindow

    main = MainWindow(filled)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.housekept, timeout=20_000) as done:
        main.load(housekeeping=True)
        main.show()
    settle(qtbot, main.runner)
    report = done.args[0]
    assert report.backup is not None and report.backup.backup.reason == "startup"
    assert report.backup_error is None
    with qtbot.assertNotEmitted(main.housekept, wait=200):
        with qtbot.waitSignal(main.customers.shown, timeout=10_000):
            main.customers.start()
        settle(qtbot, main.runner)
    assert [b.reason for b in filled.backups.list_all()] == ["startup"]


def test_a_failed_start_up_backup_is_reported_in_the_status_bar(qtbot, filled, monkeypatch):
    from relationdesk.storage.backup import BackupFailed

    def broken(now, progress=None):
        raise BackupFailed("disk full")

    monkeypatch.setattr(filled.backups, "backup_if_due", broken)
    main = open_window(qtbot, filled)
    with qtbot.waitSignal(main.housekept, timeout=20_000):
        main.start_housekeeping()
    settle(qtbot, main.runner)
    assert "disk full" in main.statusBar().currentMessage()


def test_a_risky_data_folder_is_named_in_the_status_bar(qtbot, filled):
    from relationdesk.storage.location import LocationRisk, LocationWarning

    filled.location = LocationWarning(LocationRisk.CLOUD_SYNC, "Dropbox", filled.paths.root)
    main = open_window(qtbot, filled)
    assert main.location_label is not None
    assert "cloud-sync folder (Dropbox)" in main.location_label.text()
    assert main.location_label.isVisible()
    settle(qtbot, main.runner)


def test_restore_deals_with_unsaved_changes_first(qtbot, filled, monkeypatch, now):
    """With an edited profile, Restore… first asks to save or discard; Cancel stops it."""
    from PySide6.QtWidgets import QMessageBox

    filled.backups.backup_now("manual", now)
    main = open_window(qtbot, filled)
    open_row(qtbot, main, 0)
    main.panel.editor.note.setPlainText("未保存のメモ")
    dialog = main.show_backups()
    settle(qtbot, main.runner)
    dialog.table.selectRow(0)
    asked = answer_dialogs(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.restore_button.click()
    settle(qtbot, main.runner)
    assert asked == ["Save the changes to this customer?"]
    assert main.panel.editor.is_dirty()
    assert [b.reason for b in filled.backups.list_all()] == ["manual"]
    main.panel.editor.revert()
    dialog.reject()


def test_history_tab_exports_csv(qtbot, filled, tmp_path, monkeypatch):
    """Export… in the History tab writes the customer's changes (CSV with a header row)."""
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "changes"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), "CSV (*.csv)"))
    main = open_window(qtbot, filled)
    open_row(qtbot, main, 0)
    history = main.panel.history
    main.panel.editor.note.setPlainText("メモ")
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        main.save_action.trigger()
    settle(qtbot, main.runner)
    assert history.export_button.isEnabled()
    with qtbot.waitSignal(history.exported, timeout=10_000) as done:
        history.export_button.click()
    settle(qtbot, main.runner)
    written = (tmp_path / "changes.csv").read_text("utf-8-sig")
    assert done.args[0] == history.table.rowCount()
    assert written.splitlines()[0].startswith("Changed at,By,Field")
    assert "メモ" in written
