"""The timeline pane: quick add of each kind, a badge per kind, pages as the view scrolls."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

from relationdesk.ui.application import install_translators
from relationdesk.ui.timeline import kinds
from relationdesk.ui.timeline.model import PAGE_SIZE
from tests.ui.helpers import fill, open_window, select_row, settle, type_text

ALL_KINDS = tuple(kinds._COLOURS)


@pytest.fixture
def filled(app, now):
    """The test app with three customers (山田 太郎 has a phone)."""
    fill(app, now)
    return app


def open_yamada(qtbot, main):
    """Show 山田 太郎 (the last row) with the cursor in the quick-add text."""
    with qtbot.waitSignal(main.panel.opened, timeout=10_000) as opened:
        select_row(main, 2)
    settle(qtbot, main.runner)
    main.log_action.trigger()
    return opened.args[0]


@pytest.mark.parametrize(
    ("kind", "keys", "text", "shown"),
    [
        ("visit", Qt.Key.Key_3, "ご来店、カットのご相談", "Visit"),
        ("email", Qt.Key.Key_4, "見積書を送付", "E-mail"),
    ],
)
def test_quick_add_of_a_visit_and_an_email(qtbot, filled, kind, keys, text, shown):
    """Alt+3 / Alt+4, the text, Enter: the visit or e-mail is stored as that kind and is
    the newest line of the timeline, with its badge; the customer was in touch now."""
    main = open_window(qtbot, filled)
    detail = open_yamada(qtbot, main)
    bar = main.panel.timeline.quick_add
    qtbot.keyClick(bar.text, keys, Qt.KeyboardModifier.AltModifier)
    assert bar.kind.currentData() == kind
    assert not bar.amount.isVisible() and not bar.due.isVisible()
    type_text(bar.text, text)
    model = main.panel.timeline.model
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        qtbot.keyClick(bar.text, Qt.Key.Key_Return)
    settle(qtbot, main.runner)
    [entry] = filled.timeline.feed(detail.id).entries
    assert (entry.kind, entry.subject) == (kind, text)
    line = model.index(0, 0)
    assert text in line.data() and shown in line.data()
    assert line.data(Qt.ItemDataRole.DecorationRole).cacheKey() == kinds.kind_icon(kind).cacheKey()
    assert bar.text.text() == "" and bar.text.hasFocus()
    assert filled.customers.get(detail.id).last_contact_at is not None


@pytest.mark.parametrize("language", ["en", "ja"])
def test_each_kind_has_a_badge_of_its_own(qapp, language):
    """Every kind's badge differs from every other's (colour and letter), in both
    languages; the letter is the language's own."""
    translators = install_translators(qapp, QLocale(language))
    try:
        kinds._badge.cache_clear()
        images = {kind: kinds.kind_icon(kind, 28).pixmap(28, 28).toImage() for kind in ALL_KINDS}
        glyphs = {kind: kinds._glyph(kind) for kind in ALL_KINDS}
        assert len(set(glyphs.values())) == len(ALL_KINDS), glyphs
        assert len(set(kinds._COLOURS.values())) == len(ALL_KINDS)
        for kind, image in images.items():
            others = [k for k, other in images.items() if k != kind and other == image]
            assert others == [], (kind, others)
        assert glyphs["call"] == ("電" if language == "ja" else "C")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        kinds._badge.cache_clear()


def test_the_timeline_shows_each_kind_with_its_badge(qtbot, filled, now):
    """Entries of every kind the feed holds carry their kind's badge in the view."""
    from relationdesk.services.timeline import PurchaseLineInput

    yamada = filled.search.search("やまだ")[0]
    for n, kind in enumerate(("call", "visit", "meeting", "email", "line", "letter", "note")):
        filled.timeline.log_interaction(yamada.id, kind, now - timedelta(hours=n + 1), now, kind)
    filled.timeline.record_purchase(
        yamada.id, now - timedelta(hours=9), [PurchaseLineInput("カット", 4400)], now
    )
    filled.reminders.create("電話する", now + timedelta(days=1), now, yamada.id)
    main = open_window(qtbot, filled)
    open_yamada(qtbot, main)
    model = main.panel.timeline.model
    shown = {
        model.entry(r).kind: model.index(r, 0).data(Qt.ItemDataRole.DecorationRole).cacheKey()
        for r in range(model.rowCount())
    }
    assert len(shown) == 9
    assert shown == {kind: kinds.kind_icon(kind).cacheKey() for kind in shown}
    assert len(set(shown.values())) == 9


def test_older_entries_load_as_the_view_is_scrolled(qtbot, filled, now):
    """120 entries: the view shows the first page; scrolling it to the bottom fetches the
    next page, and the next, until the oldest entry is there."""
    yamada = filled.search.search("やまだ")[0]
    for n in range(120):
        filled.timeline.log_interaction(
            yamada.id, "note", now - timedelta(hours=n), now, f"メモ{n}"
        )
    main = open_window(qtbot, filled)
    qtbot.waitExposed(main)
    open_yamada(qtbot, main)
    pane = main.panel.timeline
    model, view = pane.model, pane.view
    assert model.rowCount() == PAGE_SIZE
    bar = view.verticalScrollBar()
    for expected in (2 * PAGE_SIZE, 120):
        with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
            bar.setValue(bar.maximum())  # the user drags the scroll bar to the bottom
        settle(qtbot, main.runner)
        assert model.rowCount() == expected
    assert "メモ119" in model.index(119, 0).data()
    bar.setValue(bar.maximum())
    settle(qtbot, main.runner)
    assert model.rowCount() == 120 and not model.canFetchMore(model.index(-1, 0).parent())


def test_enter_in_the_text_does_not_record_a_purchase_without_an_amount(qtbot, filled):
    """A purchase: Enter in the text before an amount is given shows the problem and puts
    the cursor in the amount, and stores nothing; the amount then Enter stores it."""
    main = open_window(qtbot, filled)
    detail = open_yamada(qtbot, main)
    bar = main.panel.timeline.quick_add
    qtbot.keyClick(bar.text, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert bar.kind.currentData() == "purchase"
    type_text(bar.text, "カット")
    qtbot.keyClick(bar.text, Qt.Key.Key_Return)
    settle(qtbot, main.runner)
    assert filled.timeline.feed(detail.id).entries == ()
    assert bar.error.isVisibleTo(bar) and "amount" in bar.error.text()
    assert bar.amount.hasFocus() and bar.text.text() == "カット"
    bar.add()  # the Add button, likewise
    settle(qtbot, main.runner)
    assert filled.timeline.feed(detail.id).entries == ()
    qtbot.keyClicks(bar.amount, "4400")
    model = main.panel.timeline.model
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        qtbot.keyClick(bar.amount, Qt.Key.Key_Return)
    settle(qtbot, main.runner)
    [entry] = filled.timeline.feed(detail.id).entries
    assert (entry.kind, entry.subject, entry.amount_minor) == ("purchase", "カット", 4400)
    assert not bar.error.isVisibleTo(bar)


def test_a_free_item_is_stored_when_enter_is_pressed_in_the_amount(qtbot, filled):
    """¥0 is stored when it is the amount given: Enter in the amount field itself."""
    main = open_window(qtbot, filled)
    detail = open_yamada(qtbot, main)
    bar = main.panel.timeline.quick_add
    bar.choose("purchase")
    type_text(bar.text, "試供品")
    bar.amount.setFocus()
    with qtbot.waitSignal(main.panel.timeline.model.loaded, timeout=10_000):
        qtbot.keyClick(bar.amount, Qt.Key.Key_Return)
    settle(qtbot, main.runner)
    [entry] = filled.timeline.feed(detail.id).entries
    assert (entry.subject, entry.amount_minor) == ("試供品", 0)


def test_the_amount_problem_is_said_in_japanese(qtbot, qapp, filled):
    """The same problem, in Japanese."""
    translators = install_translators(qapp, QLocale(QLocale.Language.Japanese))
    try:
        main = open_window(qtbot, filled)
        open_yamada(qtbot, main)
        bar = main.panel.timeline.quick_add
        bar.choose("purchase")
        type_text(bar.text, "カット")
        qtbot.keyClick(bar.text, Qt.Key.Key_Return)
        assert bar.error.text().startswith("金額はいくらですか")
        settle(qtbot, main.runner)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
