"""A person's name in the dialogs and messages: given name first in English ("John Smith"
for the stored "Smith John"), family name first in Japanese ("山田 太郎"), as the list shows.

Each test runs in both languages (the translation says which order, ``ui/names.py``).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from relationdesk.services.customer_data import CustomerInput, EmailInput
from relationdesk.services.duplicates import MergeSide
from relationdesk.ui.application import install_translators
from relationdesk.ui.imports.wizard import COLUMNS, PREVIEW
from tests.ui.helpers import answer_questions, open_window, select_row, settle

SMITH = ("Smith", "John", "スミス ジョン", "john@example.com")
YAMADA = ("山田", "太郎", "ヤマダ タロウ", "taro@example.jp")
CSV = (
    "氏名,フリガナ,メール\n"
    "Smith John,スミス ジョン,john@example.com\n"
    "山田 太郎,ヤマダ タロウ,taro@example.jp\n"
)


@pytest.fixture(params=["en", "ja"])
def language(request, qapp):
    """The window's translation: English (given name first) or Japanese (family first)."""
    translators = install_translators(qapp, QLocale(request.param))
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def shown(language: str, stored: str) -> str:
    """How *stored* ("Smith John", "山田 太郎") is expected on screen in *language*."""
    family, given = stored.split(" ")
    return f"{given} {family}" if language == "en" else stored


def assert_names(text: str, language: str, *stored: str) -> None:
    """*text* names each of *stored* in the language's order, never in the other one."""
    for name in stored:
        family, given = name.split(" ")
        other = name if language == "en" else f"{given} {family}"
        assert shown(language, name) in text, text
        assert other not in text, text


def person(app, now, who, note: str = ""):
    """Create the customer *who* (SMITH or YAMADA)."""
    family, given, reading, email = who
    return app.customers.create(
        CustomerInput(
            family_name=family,
            given_name=given,
            reading=reading,
            note=note,
            emails=(EmailInput(email),),
        ),
        now,
    )


def row_named(main, text: str) -> int:
    """The row of the customer list whose name cell is *text*."""
    model = main.customers.model
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == text)


def test_duplicate_pairs_show_names_in_the_languages_order(qtbot, app, now, language):
    for who in (SMITH, YAMADA):
        person(app, now, who)
        person(app, now, who)
    main = open_window(qtbot, app)
    dialog = main.show_duplicates()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    cells = {dialog.table.item(r, c).text() for r in range(2) for c in range(2)}
    assert cells == {
        f"{shown(language, 'Smith John')}  スミス ジョン",
        f"{shown(language, '山田 太郎')}  ヤマダ タロウ",
    }
    settle(qtbot, main.runner)


def test_erase_names_the_customer_and_merged_records_in_the_languages_order(
    qtbot, app, now, language, monkeypatch
):
    smith, yamada = person(app, now, SMITH), person(app, now, YAMADA)
    keep = {field: MergeSide.KEEP for field in ("family_name", "given_name", "reading")}
    app.duplicates.merge(smith.id, yamada.id, now, keep)
    main = open_window(qtbot, app)
    privacy = main.privacy
    plan = app.privacy.erase_preview(smith.id, now)
    assert [r.id for r in plan.duplicates] == [yamada.id]
    assert_names(privacy.describe(plan), language, "Smith John", "山田 太郎")
    plan = app.privacy.erase_preview(yamada.id, now)
    assert [r.id for r in plan.merged_into] == [smith.id]
    assert_names(privacy.describe(plan), language, "Smith John", "山田 太郎")
    app.customers.restore(yamada.id, now)
    plan = app.privacy.erase_preview(smith.id, now)
    assert [r.id for r in plan.restored_duplicates] == [yamada.id]
    assert_names(privacy.describe(plan), language, "Smith John", "山田 太郎")
    if language == "en":
        text = privacy.describe(plan)
        assert "Erase John Smith completely?" in text
        assert "Not erased: 太郎 山田, once merged" in text

    with qtbot.waitSignal(main.panel.opened, timeout=10_000):
        select_row(main, row_named(main, shown(language, "Smith John")))
    settle(qtbot, main.runner)
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(QMessageBox.StandardButton.Yes.value)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    with qtbot.waitSignal(privacy.erased, timeout=20_000):
        privacy.erase_action.trigger()
    settle(qtbot, main.runner)
    assert_names(asked[0], language, "Smith John")
    assert_names(main.statusBar().currentMessage(), language, "Smith John")


def test_export_of_the_selected_customer_names_them_in_the_languages_order(
    qtbot, app, now, language
):
    person(app, now, SMITH)
    person(app, now, YAMADA)
    main = open_window(qtbot, app)
    for stored in ("Smith John", "山田 太郎"):
        select_row(main, row_named(main, shown(language, stored)))
        assert main.customers.selected()[1] == stored  # the stored name, for searching
        dialog = main.show_export()
        assert_names(dialog.selected_button.text(), language, stored)
        dialog.reject()
    settle(qtbot, main.runner)


def test_shift_jis_question_names_customers_in_the_languages_order(
    qtbot, app, now, tmp_path, language, monkeypatch
):
    person(app, now, SMITH, note="𠮷")
    person(app, now, YAMADA, note="𠮷")
    main = open_window(qtbot, app)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog = main.show_export()
    dialog.format.setCurrentIndex(dialog.format.findData("csv-cp932"))
    dialog.path.setText(str(tmp_path / "sjis.csv"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    settle(qtbot, main.runner)
    assert_names(asked[0], language, "Smith John", "山田 太郎")
    assert not (tmp_path / "sjis.csv").exists()


def test_import_preview_names_records_and_matches_in_the_languages_order(
    qtbot, app, now, tmp_path, language
):
    person(app, now, SMITH)
    person(app, now, YAMADA)
    source = tmp_path / "contacts.csv"
    twice = "Brown Mary,ブラウン メアリー,mary@example.com\n" * 2  # the 2nd matches the 1st
    source.write_text(CSV + twice, encoding="utf-8")
    main = open_window(qtbot, app)
    wizard = main.show_import(str(source))
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == COLUMNS and not wizard._busy)
    wizard.next_button.click()
    qtbot.waitUntil(
        lambda: wizard.pages.currentIndex() == PREVIEW and not wizard._busy, timeout=30_000
    )
    rows = wizard.rows
    cells = [(rows.item(r, 2).text(), rows.item(r, 5).text()) for r in range(rows.rowCount())]
    john, taro = shown(language, "Smith John"), shown(language, "山田 太郎")
    mary = shown(language, "Brown Mary")
    assert cells == [(john, john), (taro, taro), (mary, ""), (mary, mary)]
    settle(qtbot, main.runner)


def test_import_undo_names_changed_customers_in_the_languages_order(
    qtbot, app, now, tmp_path, language, monkeypatch
):
    from relationdesk.services.import_data import ImportOptions

    source = tmp_path / "contacts.csv"
    source.write_text(CSV, encoding="utf-8")
    app.imports.run(source, ImportOptions(), now)
    for hit in app.customers.list_page().rows:
        app.timeline.log_interaction(hit.id, "call", now, now, "電話")
    main = open_window(qtbot, app)
    dialog = main.show_import_history()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    settle(qtbot, main.runner)
    assert_names(asked[0], language, "Smith John", "山田 太郎")
    assert app.customers.count() == 2
