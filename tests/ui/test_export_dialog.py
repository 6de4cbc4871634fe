"""File → Export Customers: scope, formats, progress, cancel and Shift_JIS replacements."""

from __future__ import annotations

import csv
import io

import openpyxl
from PySide6.QtWidgets import QMessageBox

from relationdesk.services.customer_data import CustomerInput
from relationdesk.services.demo import DemoGenerator
from tests.ui.helpers import answer_questions, fill, open_window, select_row, settle, type_text


def export_to(qtbot, main, path, key: str = "csv-utf8"):
    """Open the dialog, choose a format and file, export, wait for the result."""
    dialog = main.show_export()
    dialog.format.setCurrentIndex(dialog.format.findData(key))
    dialog.path.setText(str(path))
    return dialog


def read_csv(path, encoding: str = "utf-8-sig") -> list[dict[str, str]]:
    """The rows of a written CSV file."""
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode(encoding))))


def test_export_all_customers_to_csv(qtbot, app, now, tmp_path):
    fill(app, now)
    main = open_window(qtbot, app)
    dialog = export_to(qtbot, main, tmp_path / "all.csv")
    assert dialog.all_button.isChecked() and not dialog.search_button.isVisibleTo(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        dialog.export_button.click()
    assert done.args[1] == 3 and "all.csv" in main.statusBar().currentMessage()
    rows = read_csv(tmp_path / "all.csv")
    assert sorted(row["姓"] for row in rows) == ["Smith", "山田", "青木"]


def test_export_the_current_search_or_the_selected_customer(qtbot, app, now, tmp_path):
    fill(app, now)
    main = open_window(qtbot, app)
    with qtbot.waitSignal(main.customers.shown, timeout=10_000):
        type_text(main.customers.search_box, "やまだ")
    select_row(main, 0)
    dialog = export_to(qtbot, main, tmp_path / "found.xlsx", "xlsx")
    assert dialog.search_button.isVisibleTo(dialog) and dialog.selected_button.isVisibleTo(dialog)
    dialog.search_button.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        dialog.export_button.click()
    assert done.args[1] == 1
    sheet = openpyxl.load_workbook(tmp_path / "found.xlsx").active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    assert "Family name" in header
    assert sheet.cell(2, header.index("Family name") + 1).value == "山田"


def test_cancel_leaves_no_file(qtbot, app, now, tmp_path, monkeypatch):
    DemoGenerator(app.db, seed=3).generate(400, now)
    app.exports.page_size = 20
    main = open_window(qtbot, app)
    out = tmp_path / "out"
    out.mkdir()
    dialog = export_to(qtbot, main, out / "big.csv")

    class CancelAfterTwoPages:
        """The user presses Cancel while the third page is read."""

        asked = 0

        def clear(self) -> None:
            pass

        def set(self) -> None:
            pass

        def is_set(self) -> bool:
            self.asked += 1
            return self.asked > 2

    monkeypatch.setattr(dialog, "_cancel", CancelAfterTwoPages())
    dialog.export_button.click()
    settle(qtbot, main.runner)
    qtbot.waitUntil(lambda: "no file" in dialog.message.text(), timeout=20_000)
    assert list(out.iterdir()) == []  # neither the file nor a temporary one
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_shift_jis_export_asks_before_writing_geta_marks(qtbot, app, now, tmp_path, monkeypatch):
    app.customers.create(
        CustomerInput(family_name="𠮷田", given_name="髙子", reading="ヨシダ"), now
    )
    main = open_window(qtbot, app)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = export_to(qtbot, main, tmp_path / "sjis.csv", "csv-cp932")
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        dialog.export_button.click()
    assert asked and "𠮷" in asked[0]
    assert "〓" in done.args[0]
    [row] = read_csv(tmp_path / "sjis.csv", "cp932")
    assert (row["姓"], row["名"]) == ("〓田", "髙子")


def test_an_unwritable_place_is_reported(qtbot, app, now, tmp_path):
    fill(app, now)
    main = open_window(qtbot, app)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    dialog = export_to(qtbot, main, blocker / "inside.csv")
    dialog.export_button.click()
    settle(qtbot, main.runner)
    qtbot.waitUntil(lambda: "Could not write" in dialog.message.text(), timeout=20_000)
    assert dialog.isVisible()
