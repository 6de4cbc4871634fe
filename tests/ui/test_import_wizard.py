"""File → Import Contacts and File → Import History, on real files in real encodings."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from relationdesk.services.customer_data import CustomerInput, EmailInput
from relationdesk.ui.imports.wizard import COLUMNS, DONE, FILE, PREVIEW
from tests.ui.helpers import open_window, settle

DATA = Path(__file__).resolve().parent.parent / "data" / "import"


def wait_page(qtbot, wizard, page: int) -> None:
    """Wait until the wizard shows *page* and is idle."""
    qtbot.waitUntil(
        lambda: wizard.pages.currentIndex() == page and not wizard._busy, timeout=30_000
    )


def test_import_a_shift_jis_excel_csv_step_by_step(qtbot, app, now, tmp_path):
    main = open_window(qtbot, app)
    source = tmp_path / "顧客名簿.csv"
    shutil.copy(DATA / "excel_cp932.csv", source)
    wizard = main.show_import(str(source))
    wizard.next_button.click()
    wait_page(qtbot, wizard, COLUMNS)
    headers = [wizard.columns.item(r, 0).text() for r in range(wizard.columns.rowCount())]
    assert headers[:3] == ["氏名", "フリガナ", "電話番号"]
    name_box = wizard.columns.cellWidget(0, 2)
    assert name_box.currentData() == "full_name"
    note_row = headers.index("備考")
    wizard.columns.cellWidget(note_row, 2).setCurrentIndex(0)  # do not import the note
    wizard.next_button.click()
    wait_page(qtbot, wizard, PREVIEW)
    assert wizard._preview is not None, wizard.message.text()
    counts = wizard._preview.counts
    assert counts.read >= 4 and counts.new >= 2
    actions = {wizard.rows.item(r, 2).text(): wizard.rows.item(r, 1).text() for r in range(3)}
    assert actions["一郎 髙橋"] == "New"  # 髙橋 一郎, given name first in English
    problem_lines = {wizard.problems.item(r, 0).text() for r in range(wizard.problems.rowCount())}
    assert "5" in problem_lines  # 佐藤 次郎: line 5, after a note over two lines
    assert app.customers.count() == 0  # the preview wrote nothing
    wizard.next_button.click()
    wait_page(qtbot, wizard, DONE)
    settle(qtbot, main.runner)
    assert app.customers.count() == counts.new + counts.companies
    takahashi = next(h for h in app.search.search("髙橋") if h.name == "髙橋 一郎")
    detail = app.customers.get(takahashi.id)
    assert detail.reading == "タカハシ イチロウ" and detail.note == ""
    assert any(b.reason == "before-import" for b in app.backups.list_all(with_counts=False))
    wizard.undo_button.click()
    qtbot.waitUntil(lambda: not wizard.undo_button.isEnabled(), timeout=30_000)
    settle(qtbot, main.runner)
    assert app.customers.count() == 0


def test_a_second_import_merges_into_existing_customers(qtbot, app, now, tmp_path):
    app.customers.create(
        CustomerInput(
            family_name="山﨑", given_name="花子", emails=(EmailInput("hanako@example.jp"),)
        ),
        now,
    )
    main = open_window(qtbot, app)
    wizard = main.show_import(str(DATA / "excel_cp932.csv"))
    wizard.next_button.click()
    wait_page(qtbot, wizard, COLUMNS)
    wizard.next_button.click()
    wait_page(qtbot, wizard, PREVIEW)
    assert wizard._preview.counts.merged == 1
    wizard.skip_button.setChecked(True)  # changing the policy checks again
    wait_page(qtbot, wizard, PREVIEW)
    assert wizard._preview.counts.skipped == 1 and wizard._preview.counts.merged == 0


def test_vcards_skip_the_columns_step(qtbot, app, tmp_path):
    main = open_window(qtbot, app)
    wizard = main.show_import(str(DATA / "phone_21.vcf"))
    wizard.next_button.click()
    wait_page(qtbot, wizard, PREVIEW)
    assert wizard._preview.counts.new >= 1
    wizard.back_button.click()
    assert wizard.pages.currentIndex() == FILE


def test_an_unreadable_file_is_explained(qtbot, app, tmp_path):
    broken = tmp_path / "old.xls"
    broken.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    main = open_window(qtbot, app)
    wizard = main.show_import(str(broken))
    wizard.next_button.click()
    qtbot.waitUntil(lambda: bool(wizard.message.text()) and not wizard._busy, timeout=30_000)
    assert wizard.pages.currentIndex() == FILE
    assert ".xlsx" in wizard.message.text()


def test_import_history_lists_and_undoes(qtbot, app, now, monkeypatch):
    from relationdesk.services.import_data import ImportOptions

    app.imports.run(DATA / "google_contacts.csv", ImportOptions(), now)
    before = app.customers.count()
    assert before > 0
    main = open_window(qtbot, app)
    dialog = main.show_import_history()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert "google_contacts.csv" in dialog.table.item(0, 1).text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.undone, timeout=30_000):
        dialog.undo_button.click()
    settle(qtbot, main.runner)
    assert app.customers.count() == 0
    qtbot.waitUntil(lambda: dialog.table.item(0, 4).text() == "Undone", timeout=10_000)


def test_the_welcome_offers_an_import(qtbot, app, monkeypatch):
    main = open_window(qtbot, app)
    assert main.pages.currentWidget() is main.welcome
    opened = []
    monkeypatch.setattr(main, "show_import", lambda path="": opened.append(path))
    main.welcome.import_button.click()
    assert opened == [""]
