"""The customer on the right: opening from the list, the profile editor, the timeline pane."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from relationdesk.clock import utcnow
from relationdesk.services.customer_data import CustomerInput
from relationdesk.ui.timeline.model import TimelineModel
from tests.ui.helpers import fill, open_for_reminders, open_window, select_row, settle, type_text


@pytest.fixture
def filled(app, now):
    """The test app with three customers (山田 太郎 has a phone)."""
    fill(app, now)
    return app


def open_row(qtbot, main, row: int):
    """Select a row and wait until the panel shows that customer and their timeline."""
    with qtbot.waitSignal(main.panel.opened, timeout=10_000) as opened:
        select_row(main, row)
    settle(qtbot, main.runner)
    return opened.args[0]


def row_of(main, name: str) -> int:
    """The row of the customer whose stored name (family name first) is *name*."""
    model = main.customers.model
    return next(r for r in range(model.rowCount()) if model.row_at(r).display_name == name)


def save(qtbot, main) -> None:
    """Press Ctrl+S's action and wait for the save to land."""
    main.save_action.trigger()
    settle(qtbot, main.runner)


def answer_dialogs(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer every question box with *button*; return the texts that were asked."""
    asked: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(button.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


def test_choosing_a_customer_shows_profile_and_timeline(qtbot, filled, now):
    yamada = filled.search.search("やまだ")[0]
    filled.timeline.log_interaction(yamada.id, "call", now - timedelta(days=1), now, "ご来店のお礼")
    main = open_window(qtbot, filled)
    assert main.panel.pages.currentWidget() is main.panel.placeholder
    detail = open_row(qtbot, main, row_of(main, "山田 太郎"))
    assert detail.id == yamada.id
    assert main.panel.name.text() == "太郎 山田 様"  # English: given name first
    assert "ヤマダ タロウ" in main.panel.subtitle.text()
    editor = main.panel.editor
    assert (editor.family.text(), editor.given.text()) == ("山田", "太郎")
    assert editor.phones.rows[0].number.text() == "090-1234-5678"
    assert not editor.is_dirty() and not main.save_action.isEnabled()
    model = main.panel.timeline.model
    assert model.rowCount() == 1
    assert "ご来店のお礼" in model.index(0, 0).data() and "Call" in model.index(0, 0).data()


def test_editing_and_saving_the_profile(qtbot, filled):
    main = open_window(qtbot, filled)
    detail = open_row(qtbot, main, row_of(main, "山田 太郎"))
    editor = main.panel.editor
    editor.given.setText("花子")
    editor.reading.setText("ヤマダ ハナコ")
    editor.phones.rows[0].number.setText("03-1234-5678")
    editor.birthday.setText("S55.7.15")
    editor.stage.setCurrentIndex(editor.stage.findData("customer"))
    editor.tags.setText("VIP、紹介")
    assert editor.is_dirty() and main.save_action.isEnabled() and main.isWindowModified()
    assert "1980" in editor.birthday_caption.text() and "S55" in editor.birthday_caption.text()
    with qtbot.waitSignal(main.panel.saved, timeout=10_000):
        main.save_action.trigger()
    settle(qtbot, main.runner)
    stored = filled.customers.get(detail.id)
    assert (stored.given_name, stored.reading, stored.stage) == (
        "花子",
        "ヤマダ ハナコ",
        "customer",
    )
    assert stored.phones[0].raw == "03-1234-5678" and str(stored.birthday) == "1980-07-15"
    assert set(stored.tags) == {"VIP", "紹介"}
    assert not editor.is_dirty() and not main.isWindowModified()
    assert main.panel.name.text() == "花子 山田 様" and editor.status.text() == "Saved"
    # the stage change shows in the timeline, and the list shows the new name
    model = main.panel.timeline.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    assert "Lead → Customer" in model.index(0, 0).data()
    qtbot.waitUntil(lambda: main.customers.selected() == (detail.id, "山田 花子"), timeout=10_000)


def test_problems_show_inline_and_nothing_is_stored(qtbot, filled):
    main = open_window(qtbot, filled)
    detail = open_row(qtbot, main, row_of(main, "山田 太郎"))
    editor = main.panel.editor
    editor.phones.rows[0].number.setText("12")
    editor.birthday.setText("2026/2/30")
    editor.reading.setText("山田")
    editor.emails.add_row()
    editor.emails.rows[0].address.setText("not-an-address")
    save(qtbot, main)
    phone_error = editor.phones.rows[0].error
    assert phone_error.isVisibleTo(editor) and "phone number" in phone_error.text()
    assert editor.emails.rows[0].error.isVisibleTo(editor)
    assert "Not a date" in editor._errors["birthday"].text()
    assert "kana" in editor._errors["reading"].text()
    assert not editor._errors["family_name"].isVisibleTo(editor)
    assert editor.is_dirty() and "correct" in editor.status.text()
    assert filled.customers.get(detail.id) == detail  # nothing written
    editor.revert()
    assert editor.phones.rows[0].number.text() == "090-1234-5678" and not editor.is_dirty()
    assert not editor._errors["birthday"].isVisibleTo(editor)


def test_new_customer_with_suggested_reading_and_postal_address(qtbot, filled):
    main = open_window(qtbot, filled)
    main.new_action.trigger()
    editor = main.panel.editor
    assert main.panel.tabs.currentWidget() is editor and editor.family.hasFocus()
    qtbot.waitUntil(lambda: editor._readings is not None, timeout=10_000)
    type_text(editor.family, "長谷川")
    type_text(editor.given, "翔太")
    assert editor.reading.text() == "ハセガワ ショウタ"
    assert editor.reading_hint.isVisibleTo(editor)
    editor.addresses.add_row()
    address = editor.addresses.rows[0]
    address.postal.setFocus()
    type_text(address.postal, "１００－０００１")
    qtbot.waitUntil(lambda: address.city.text() == "千代田区", timeout=10_000)
    assert (address.prefecture.text(), address.street.text()) == ("東京都", "千代田")
    address.building.setText("1-1")
    editor.company.setText("長谷川工務店")
    with qtbot.waitSignal(editor.created, timeout=10_000) as created:
        main.save_action.trigger()
    settle(qtbot, main.runner)
    stored = filled.customers.get(created.args[0].id)
    assert (stored.display_name, stored.reading) == ("長谷川 翔太", "ハセガワ ショウタ")
    assert stored.company_name == "長谷川工務店"
    assert (stored.addresses[0].postal_code, stored.addresses[0].city) == ("1000001", "千代田区")
    qtbot.waitUntil(lambda: main.customers.selected() is not None, timeout=10_000)
    assert main.customers.selected() == (stored.id, "長谷川 翔太")


def test_a_reading_typed_by_hand_is_kept(qtbot, filled):
    main = open_window(qtbot, filled)
    main.new_action.trigger()
    editor = main.panel.editor
    qtbot.waitUntil(lambda: editor._readings is not None, timeout=10_000)
    type_text(editor.family, "角田")
    assert editor.reading.text() == "ツノダ"
    editor.reading.clear()
    type_text(editor.reading, "カクタ")
    type_text(editor.given, "陽菜")
    assert editor.reading.text() == "カクタ"
    editor.revert()
    assert not editor.is_dirty()


def test_a_company_hides_person_fields_and_saves(qtbot, filled):
    main = open_window(qtbot, filled)
    main.new_action.trigger()
    editor = main.panel.editor
    editor.kind.setCurrentIndex(editor.kind.findData("company"))
    assert not editor.family.isVisibleTo(editor) and editor.company_display.isVisibleTo(editor)
    assert editor.honorific.currentData() == "御中"
    save(qtbot, main)
    assert "Required" in editor._errors["display_name"].text()
    editor.company_display.setText("株式会社テスト")
    with qtbot.waitSignal(editor.created, timeout=10_000) as created:
        main.save_action.trigger()
    settle(qtbot, main.runner)
    stored = filled.customers.get(created.args[0].id)
    assert (stored.kind, stored.display_name, stored.honorific) == (
        "company",
        "株式会社テスト",
        "御中",
    )


def test_unsaved_changes_are_guarded_when_choosing_another_customer(qtbot, filled, monkeypatch):
    main = open_window(qtbot, filled)
    yamada = open_row(qtbot, main, row_of(main, "山田 太郎"))
    editor = main.panel.editor
    editor.note.setPlainText("大事なメモ")
    asked = answer_dialogs(monkeypatch, QMessageBox.StandardButton.Cancel)
    select_row(main, row_of(main, "青木 誠"))
    settle(qtbot, main.runner)
    assert asked == ["Save the changes to this customer?"]
    assert main.panel.customer_id == yamada.id and editor.note.toPlainText() == "大事なメモ"
    assert main.customers.selected()[0] == yamada.id

    answer_dialogs(monkeypatch, QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(main.panel.opened, timeout=10_000) as opened:
        select_row(main, row_of(main, "青木 誠"))
    assert opened.args[0].display_name == "青木 誠"
    assert filled.customers.get(yamada.id).note == "大事なメモ"

    settle(qtbot, main.runner)  # the list reloads after the save
    names = main.customers.model
    qtbot.waitUntil(
        lambda: bool(names.rowCount() == 3 and names.index(2, 0).data()), timeout=10_000
    )
    editor.note.setPlainText("捨てるメモ")
    answer_dialogs(monkeypatch, QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(main.panel.opened, timeout=10_000):
        select_row(main, row_of(main, "Smith John"))
    settle(qtbot, main.runner)
    assert filled.customers.get(opened.args[0].id).note == ""


def test_closing_with_unsaved_changes_asks(qtbot, filled, monkeypatch):
    main = open_window(qtbot, filled)
    open_row(qtbot, main, row_of(main, "青木 誠"))
    main.panel.editor.title.setText("店長")
    asked = answer_dialogs(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not main.close()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert main.isVisible()
    answer_dialogs(monkeypatch, QMessageBox.StandardButton.Discard)
    main.close()
    qtbot.waitUntil(lambda: not main.isVisible(), timeout=10_000)


def test_a_conflicting_save_offers_the_stored_version(qtbot, filled, monkeypatch, now):
    main = open_window(qtbot, filled)
    detail = open_row(qtbot, main, row_of(main, "青木 誠"))
    filled.customers.update(
        detail.id, CustomerInput(family_name="青木", given_name="誠", title="社長"), now
    )
    main.panel.editor.title.setText("店長")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    save(qtbot, main)
    settle(qtbot, main.runner)
    assert main.panel.editor.title.text() == "社長"
    assert filled.customers.get(detail.id).title == "社長"


def test_quick_add_logs_each_kind_from_the_keyboard(qtbot, filled):
    main = open_window(qtbot, filled)
    detail = open_row(qtbot, main, row_of(main, "山田 太郎"))
    main.log_action.trigger()
    bar = main.panel.timeline.quick_add
    assert bar.text.hasFocus()
    model = main.panel.timeline.model
    for kind, text in (("call", "電話でご予約"), ("note", "メモです"), ("line", "LINEで連絡")):
        bar.choose(kind)
        type_text(bar.text, text)
        with qtbot.waitSignal(model.loaded, timeout=10_000):
            qtbot.keyClick(bar.text, Qt.Key.Key_Return)
        assert text in model.index(0, 0).data()
    bar.choose("purchase")
    assert bar.amount.isVisible()
    type_text(bar.text, "カット")
    bar.amount.setValue(4400)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        bar.add()
    assert "カット" in model.index(0, 0).data() and "4,400" in model.index(0, 0).data()
    bar.choose("reminder")
    assert bar.due.isVisible()
    type_text(bar.text, "見積もりを送る")
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        bar.add()
    settle(qtbot, main.runner)
    assert "見積もりを送る" in model.index(0, 0).data()  # due tomorrow: the newest entry
    type_text(bar.text, "折り返し電話")
    type_text(bar.due, "ほげ")
    assert bar.due_hint.text() == "Not a time yet"
    bar.add()
    assert "When is it due" in bar.error.text()
    bar.due.clear()
    type_text(bar.due, "30分後")
    assert bar.due_hint.text().startswith("Due ")
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        qtbot.keyClick(bar.due, Qt.Key.Key_Return)
    settle(qtbot, main.runner)
    [soon] = [r for r in filled.reminders.for_customer(detail.id) if r.title == "折り返し電話"]
    assert abs((soon.due_at - utcnow()) - timedelta(minutes=30)) < timedelta(minutes=1)
    kinds = [e.kind for e in filled.timeline.feed(detail.id).entries]
    assert sorted(kinds) == ["call", "line", "note", "purchase", "reminder", "reminder"]
    assert filled.customers.get(detail.id).last_contact_at is not None


def test_alt_number_picks_the_quick_add_kind(qtbot, filled):
    main = open_window(qtbot, filled)
    open_row(qtbot, main, 0)
    main.log_action.trigger()
    bar = main.panel.timeline.quick_add
    qtbot.keyClick(bar.text, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert bar.kind.currentData() == "purchase"
    qtbot.keyClick(bar.text, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert bar.kind.currentData() == "call"


def test_quick_add_refuses_an_empty_entry(qtbot, filled):
    main = open_window(qtbot, filled)
    open_row(qtbot, main, 0)
    bar = main.panel.timeline.quick_add
    bar.add()
    assert bar.error.isVisibleTo(bar) and "first" in bar.error.text()


def test_editing_and_deleting_entries_with_undo(qtbot, filled, now):
    yamada = filled.search.search("やまだ")[0]
    call = filled.timeline.log_interaction(yamada.id, "call", now - timedelta(days=2), now, "相談")
    main = open_window(qtbot, filled)
    open_row(qtbot, main, row_of(main, "山田 太郎"))
    pane = main.panel.timeline
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    dialog = pane.edit_entry(0)
    assert dialog is not None and dialog.subject.text() == "相談"
    dialog.subject.setText("ご相談（見積もり）")
    dialog.outcome.setText("折り返し待ち")
    with qtbot.waitSignal(pane.model.loaded, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    entry = filled.timeline.feed(yamada.id).entries[0]
    assert (entry.id, entry.subject, entry.outcome) == (
        call.id,
        "ご相談（見積もり）",
        "折り返し待ち",
    )

    pane.view.setFocus()
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    with qtbot.waitSignal(pane.model.loaded, timeout=10_000):
        qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert filled.timeline.feed(yamada.id).entries == ()
    assert pane.undo_button.isVisibleTo(pane) and pane.empty.isVisibleTo(pane)
    assert filled.customers.get(yamada.id).deleted_at is None  # Del hit the entry, not the customer
    with qtbot.waitSignal(pane.model.loaded, timeout=10_000):
        pane.undo_button.click()
    assert [e.id for e in filled.timeline.feed(yamada.id).entries] == [call.id]


def test_editing_a_purchase_and_a_reminder(qtbot, filled, now):
    from relationdesk.services.timeline import PurchaseLineInput

    yamada = filled.search.search("やまだ")[0]
    filled.timeline.record_purchase(yamada.id, now, [PurchaseLineInput("カット", 4400)], now)
    filled.reminders.create(
        "電話する", now + timedelta(days=1), now, yamada.id, recurrence="monthly"
    )
    main = open_window(qtbot, filled)
    open_row(qtbot, main, row_of(main, "山田 太郎"))
    pane = main.panel.timeline
    assert [pane.model.entry(r).kind for r in range(2)] == ["reminder", "purchase"]
    with qtbot.waitSignal(pane.model.loaded, timeout=10_000):
        pane.edit_entry(0)
        qtbot.waitUntil(lambda: getattr(pane, "editor", None) is not None, timeout=10_000)
        dialog = pane.editor
        assert dialog.recurrence.currentData() == "monthly"
        dialog.subject.setText("電話する（再）")
        dialog.save()
    pane.editor = None
    pane.edit_entry(1)
    qtbot.waitUntil(lambda: getattr(pane, "editor", None) is not None, timeout=10_000)
    dialog = pane.editor
    assert dialog.lines.rowCount() == 1 and dialog.lines.item(0, 0).text() == "カット"
    dialog.lines.item(0, 1).setText("2")
    with qtbot.waitSignal(pane.model.loaded, timeout=10_000):
        dialog.save()
    entries = filled.timeline.feed(yamada.id).entries
    assert entries[0].subject == "電話する（再）" and entries[1].amount_minor == 8800


def test_timeline_model_passes_the_model_tester_and_pages(qtbot, qtmodeltester, filled, now):
    yamada = filled.search.search("やまだ")[0]
    for n in range(120):
        filled.timeline.log_interaction(
            yamada.id, "note", now - timedelta(hours=n), now, f"メモ{n}"
        )
    from relationdesk.ui.tasks import TaskRunner

    runner = TaskRunner()
    model = TimelineModel(filled.timeline, runner)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.show_customer(yamada.id)
    assert model.rowCount() == 50 and model.canFetchMore(model.index(-1, 0).parent())
    qtmodeltester.check(model)
    while model.canFetchMore(model.index(-1, 0).parent()):
        with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
            model.fetchMore(model.index(-1, 0).parent())
    settle(qtbot, runner)
    assert model.rowCount() == 120
    assert "メモ119" in model.index(119, 0).data()


def test_a_due_reminder_opens_its_customer(qtbot, filled, now):
    yamada = filled.search.search("やまだ")[0]
    filled.reminders.create("お礼の電話", utcnow() - timedelta(minutes=1), now, yamada.id)
    main = open_for_reminders(qtbot, filled)
    submenu = main.banner.menu.actions()[0].menu()
    opener = submenu.actions()[0]
    assert opener.text() == "Open 太郎 山田"
    with qtbot.waitSignal(main.panel.opened, timeout=10_000) as opened:
        opener.trigger()
    assert opened.args[0].id == yamada.id
    settle(qtbot, main.runner)
    assert main.pages.currentWidget() is main.customer_page
    assert main.panel.timeline.model.entry(0).subject == "お礼の電話"


def test_new_customer_shortcut_is_ctrl_n(qtbot, filled):
    main = open_window(qtbot, filled)
    assert main.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert main.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_quick_add_examples_are_not_cut_short(qtbot, qapp, filled, language):
    """At the window's default size each kind's example text fits its field, and so does
    the reminder's "When?" example, in English and in Japanese."""
    from PySide6.QtCore import QLocale

    from relationdesk.ui.application import install_translators

    translators = install_translators(qapp, QLocale(language))
    try:
        main = open_window(qtbot, filled)
        qtbot.waitExposed(main)
        open_row(qtbot, main, 0)
        bar = main.panel.timeline.quick_add
        for kind in ("note", "call", "visit", "email", "line", "purchase", "reminder"):
            bar.choose(kind)
            qtbot.waitUntil(lambda: bar.text.width() > 0)
            for field in (bar.text, bar.due) if kind == "reminder" else (bar.text,):
                needed = field.fontMetrics().horizontalAdvance(field.placeholderText())
                assert needed + 12 <= field.width(), (kind, field.placeholderText())
        settle(qtbot, main.runner)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_several_phones_with_remove_and_a_new_primary_are_saved(qtbot, filled):
    """Two phones added, the second made primary, the old one removed: saved as shown,
    in row order, with the one primary; reopening shows the same rows."""
    main = open_window(qtbot, filled)
    detail = open_row(qtbot, main, row_of(main, "山田 太郎"))
    phones = main.panel.editor.phones
    assert [row.number.text() for row in phones.rows] == ["090-1234-5678"]
    qtbot.mouseClick(phones.add_button, Qt.MouseButton.LeftButton)
    home = phones.rows[1]
    assert home.number.hasFocus() and not home.primary.isChecked()
    home.label.setEditText("自宅")
    type_text(home.number, "03-1111-2222")
    qtbot.mouseClick(phones.add_button, Qt.MouseButton.LeftButton)
    type_text(phones.rows[2].number, "06-3333-4444")
    qtbot.mouseClick(home.primary, Qt.MouseButton.LeftButton)
    assert [row.primary.isChecked() for row in phones.rows] == [False, True, False]
    qtbot.mouseClick(phones.rows[0].remove, Qt.MouseButton.LeftButton)
    assert [row.number.text() for row in phones.rows] == ["03-1111-2222", "06-3333-4444"]
    with qtbot.waitSignal(main.panel.saved, timeout=10_000):
        main.save_action.trigger()
    settle(qtbot, main.runner)
    stored = filled.customers.get(detail.id).phones
    assert [(p.raw, p.label, p.primary) for p in stored] == [
        ("03-1111-2222", "自宅", True),
        ("06-3333-4444", "", False),
    ]
    assert "090-1234-5678" not in [p.raw for p in stored]
    open_row(qtbot, main, row_of(main, "青木 誠"))
    open_row(qtbot, main, row_of(main, "山田 太郎"))
    rows = main.panel.editor.phones.rows
    assert [(r.number.text(), r.primary.isChecked()) for r in rows] == [
        ("03-1111-2222", True),
        ("06-3333-4444", False),
    ]


def test_removing_the_primary_phone_makes_the_next_one_primary(qtbot, filled, now):
    """With the primary row removed, the first remaining row becomes the primary."""
    from relationdesk.services.customer_data import PhoneInput

    main = open_window(qtbot, filled)
    detail = open_row(qtbot, main, row_of(main, "青木 誠"))
    filled.customers.update(
        detail.id,
        CustomerInput(
            family_name="青木",
            given_name="誠",
            reading="アオキ マコト",
            phones=(PhoneInput("090-1111-2222", primary=True), PhoneInput("03-5555-6666")),
        ),
        now,
    )
    main.panel.open(detail.id)
    qtbot.waitUntil(lambda: len(main.panel.editor.phones.rows) == 2, timeout=10_000)
    settle(qtbot, main.runner)
    phones = main.panel.editor.phones
    qtbot.mouseClick(phones.rows[0].remove, Qt.MouseButton.LeftButton)
    assert phones.rows[0].primary.isChecked()
    save(qtbot, main)
    assert [(p.raw, p.primary) for p in filled.customers.get(detail.id).phones] == [
        ("03-5555-6666", True)
    ]


def test_consent_and_line_id_are_saved(qtbot, filled):
    """The consent boxes and the LINE ID are stored and shown again."""
    main = open_window(qtbot, filled)
    detail = open_row(qtbot, main, row_of(main, "青木 誠"))
    editor = main.panel.editor
    assert not (editor.consent_email.isChecked() or editor.consent_line.isChecked())
    qtbot.mouseClick(editor.consent_email, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.consent_line, Qt.MouseButton.LeftButton)
    editor.line_id.setFocus()
    qtbot.keyClicks(editor.line_id, "aoki_makoto")
    assert editor.is_dirty()
    with qtbot.waitSignal(main.panel.saved, timeout=10_000):
        main.save_action.trigger()
    settle(qtbot, main.runner)
    stored = filled.customers.get(detail.id)
    assert (stored.consent_dm, stored.consent_email, stored.consent_line) == (False, True, True)
    assert stored.line_id == "aoki_makoto"
    open_row(qtbot, main, row_of(main, "山田 太郎"))
    open_row(qtbot, main, row_of(main, "青木 誠"))
    assert editor.consent_email.isChecked() and editor.consent_line.isChecked()
    assert not editor.consent_dm.isChecked() and editor.line_id.text() == "aoki_makoto"
    qtbot.mouseClick(editor.consent_line, Qt.MouseButton.LeftButton)
    editor.line_id.clear()
    save(qtbot, main)
    stored = filled.customers.get(detail.id)
    assert (stored.consent_line, stored.line_id) == (False, "")


def test_revert_throws_the_changes_away(qtbot, filled):
    """Customer → Revert Changes (Ctrl+Shift+R) and the Revert button both bring back the
    stored profile; neither writes anything, and both rest until something changes."""
    main = open_window(qtbot, filled)
    qtbot.waitExposed(main)
    main.activateWindow()
    detail = open_row(qtbot, main, row_of(main, "山田 太郎"))
    editor = main.panel.editor
    assert not main.revert_action.isEnabled() and not editor.revert_button.isEnabled()
    editor.given.setText("次郎")
    editor.consent_line.setChecked(True)
    editor.phones.rows[0].number.setText("03-9999-9999")
    assert main.revert_action.isEnabled() and editor.revert_button.isEnabled()
    editor.given.setFocus()
    qtbot.keyClick(
        editor.given,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.given.text() == "太郎" and not editor.consent_line.isChecked()
    assert editor.phones.rows[0].number.text() == "090-1234-5678"
    assert not editor.is_dirty() and not main.revert_action.isEnabled()
    assert not main.isWindowModified()
    editor.note.setPlainText("消すメモ")
    editor.emails.add_row()
    editor.emails.rows[0].address.setText("taro@example.jp")
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    assert editor.note.toPlainText() == "" and editor.emails.rows == []
    assert not editor.is_dirty() and editor.status.text() == ""
    settle(qtbot, main.runner)
    assert filled.customers.get(detail.id) == detail


def test_an_inline_error_in_japanese(qtbot, qapp, filled):
    """With the Japanese translation, problems show under their fields in Japanese and
    nothing is stored."""
    from PySide6.QtCore import QLocale

    from relationdesk.ui.application import install_translators

    translators = install_translators(qapp, QLocale(QLocale.Language.Japanese))
    try:
        main = open_window(qtbot, filled)
        detail = open_row(qtbot, main, row_of(main, "山田 太郎"))
        editor = main.panel.editor
        editor.family.clear()
        editor.given.clear()
        editor.phones.rows[0].number.setText("12")
        save(qtbot, main)
        assert editor._errors["family_name"].isVisibleTo(editor)
        assert editor._errors["family_name"].text() == "入力してください。"
        phone_error = editor.phones.rows[0].error
        assert phone_error.isVisibleTo(editor)
        assert phone_error.text().startswith("電話番号として正しくありません。")
        assert editor.status.text() == "赤で示した項目を直してください。"
        assert filled.customers.get(detail.id) == detail
        editor.revert()
        settle(qtbot, main.runner)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
