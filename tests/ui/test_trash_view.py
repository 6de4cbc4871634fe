"""The trash view: trashed timeline entries listed and restored, and Empty Trash…"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from relationdesk.ui.trash.entries_model import CUSTOMER, KIND, SUMMARY, TrashedEntriesModel
from relationdesk.ui.trash.trash_view import ENTRIES_TAB
from tests.ui.helpers import fill, open_window, select_row, settle
from tests.ui.test_safety_ui import answer_dialogs


@pytest.fixture
def filled(app, now):
    """Three customers; 山田 太郎 (the last row) has a call and a note."""
    fill(app, now)
    yamada = next(h for h in app.search.search("山田"))
    app.timeline.log_interaction(yamada.id, "call", now, now, subject="予約の確認")
    app.timeline.log_interaction(yamada.id, "note", now, now, subject="花が好き")
    return app


def open_yamada(qtbot, main):
    """Show 山田 太郎's timeline; wait for its first page."""
    timeline = main.panel.timeline
    with qtbot.waitSignal(timeline.model.loaded, timeout=10_000):
        select_row(main, 2)
    settle(qtbot, main.runner)
    return timeline


def show_trashed_entries(qtbot, main):
    """View → Trash, then the Timeline entries tab; wait for the list."""
    view = main.trash_view
    with qtbot.waitSignal(view.entries.model.loaded, timeout=10_000):
        main.trash.show_trash_action.trigger()
        view.switch.setCurrentIndex(ENTRIES_TAB)
    settle(qtbot, main.runner)
    return view


def test_a_trashed_entry_is_listed_and_restored(qtbot, filled):
    """Delete the call in the timeline; the trash view lists it (customer, kind, summary);
    Ctrl+R restores it and the timeline shows it again; the history logs the restore."""
    main = open_window(qtbot, filled)
    timeline = open_yamada(qtbot, main)
    call_row = next(r for r in range(2) if timeline.model.entry(r).kind == "call")
    call = timeline.model.entry(call_row)
    with qtbot.waitSignal(timeline.model.loaded, timeout=10_000):
        timeline.delete_entry(call_row)
    settle(qtbot, main.runner)
    assert [e.kind for e in timeline.model._entries] == ["note"]

    view = show_trashed_entries(qtbot, main)
    assert view.switch.isVisible() and view.entries.isVisible()
    assert not main.customers.isVisible()
    model = view.entries.model
    assert model.rowCount() == 1
    assert model.index(0, CUSTOMER).data() == "太郎 山田"  # given name first in English
    assert model.index(0, KIND).data() == "Call"
    assert model.index(0, SUMMARY).data() == "予約の確認"
    assert view.entries.count_label.text() == "1 timeline entry(ies) in the trash"  # no translator
    view.entries.table.setCurrentIndex(model.index(0, 0))
    with (
        qtbot.waitSignal(view.entry_restored, timeout=10_000),
        qtbot.waitSignal(timeline.model.loaded, timeout=10_000),
    ):
        main.trash.restore_action.trigger()
    settle(qtbot, main.runner)
    assert model.rowCount() == 0
    assert view.entries.count_label.text() == "No timeline entries in the trash."
    assert "Restored “予約の確認” of 太郎 山田." in main.statusBar().currentMessage()
    assert call.id in [e.id for e in timeline.model._entries]

    main.trash.show_trash_action.trigger()  # back to the customer list
    assert main.customers.isVisible() and not view.entries.isVisible()
    assert not view.switch.isVisible()
    settle(qtbot, main.runner)


def test_the_entries_model_passes_the_model_tester(qtbot, qtmodeltester, filled, now):
    from relationdesk.ui.tasks import TaskRunner

    yamada = next(h for h in filled.search.search("山田"))
    for entry in filled.timeline.feed(yamada.id).entries:
        filled.timeline.delete_entry(entry.id, now)
    filled.reminders.delete(filled.reminders.create("棚卸し", now, now).id, now)
    runner = TaskRunner()
    model = TrashedEntriesModel(filled.trashed_entries, runner)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    settle(qtbot, runner)
    assert model.rowCount() == 3 and model.columnCount() == 5
    assert model.index(0, CUSTOMER).data() == "—"  # the task about no one
    assert model.index(0, KIND).data(Qt.ItemDataRole.DecorationRole) is not None
    qtmodeltester.check(model)


def trash_some(app, now):
    """Trash 青木 and 山田's note."""
    aoki = next(h for h in app.search.search("青木"))
    app.customers.delete(aoki.id, now)
    yamada = next(h for h in app.search.search("山田"))
    note = next(e for e in app.timeline.feed(yamada.id).entries if e.kind == "note")
    app.timeline.delete_entry(note.id, now)


def test_empty_trash_asks_backs_up_and_empties(qtbot, filled, monkeypatch, now):
    """Empty Trash… says how many go for good and that a backup comes first; Yes backs up
    and empties; the trash view's lists are empty afterwards."""
    trash_some(filled, now)
    main = open_window(qtbot, filled)
    view = show_trashed_entries(qtbot, main)
    assert view.entries.model.rowCount() == 1
    asked = answer_dialogs(monkeypatch, QMessageBox.StandardButton.Yes)
    with (
        qtbot.waitSignal(view.emptied, timeout=20_000) as done,
        qtbot.waitSignal(view.entries.model.loaded, timeout=20_000),
    ):
        view.empty_button.click()
    settle(qtbot, main.runner)
    assert asked == [
        "1 customer(s) and 1 timeline entry(ies) in the trash will be deleted for good. "
        "A backup of all data is taken first (File → Backups)."
    ]
    assert (done.args[0].customers, done.args[0].interactions) == (1, 1)
    assert filled.trash.counts().total == 0
    assert [b.reason for b in filled.backups.list_all()] == ["before-empty-trash"]
    assert view.entries.model.rowCount() == 0
    assert main.statusBar().currentMessage() == (
        "Emptied the trash: 1 customer(s) and 1 timeline entry(ies) deleted for good "
        "(backed up first)."
    )
    assert main.trash_view.empty_trash.action.isEnabled()


def test_empty_trash_cancelled_changes_nothing(qtbot, filled, monkeypatch, now):
    trash_some(filled, now)
    main = open_window(qtbot, filled)
    asked = answer_dialogs(monkeypatch, QMessageBox.StandardButton.Cancel)
    main.trash_view.empty_trash.action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    settle(qtbot, main.runner)
    counts = filled.trash.counts()
    assert (counts.customers, counts.interactions) == (1, 1)
    assert filled.backups.list_all() == []
    assert main.trash_view.empty_trash.action.isEnabled()


def test_empty_trash_with_nothing_in_it_just_says_so(qtbot, filled):
    main = open_window(qtbot, filled)
    with qtbot.waitSignal(main.trash_view.message, timeout=10_000) as said:
        main.trash_view.empty_trash.action.trigger()
    settle(qtbot, main.runner)
    assert said.args[0] == "The trash is empty."
    assert filled.backups.list_all() == []


def test_restore_in_the_customers_tab_still_restores_the_customer(qtbot, filled, now):
    trash_some(filled, now)
    main = open_window(qtbot, filled)
    with qtbot.waitSignal(main.customers.shown, timeout=10_000):
        main.trash.show_trash_action.trigger()
    settle(qtbot, main.runner)
    assert main.customers.model.rowCount() == 1
    select_row(main, 0)
    with qtbot.waitSignal(main.customers.shown, timeout=10_000):
        main.trash_view.restore_button.click()
    settle(qtbot, main.runner)
    assert filled.trash.counts().customers == 0
    assert filled.trash.counts().interactions == 1  # the note stays in the trash


def test_choosing_a_trashed_entry_shows_its_customer(qtbot, filled, now):
    """Moving to a trashed entry's row shows its customer beside the list (a live
    customer: only their entry is in the trash)."""
    yamada = next(h for h in filled.search.search("山田"))
    call = next(e for e in filled.timeline.feed(yamada.id).entries if e.kind == "call")
    filled.timeline.delete_entry(call.id, now)
    main = open_window(qtbot, filled)
    select_row(main, 0)
    settle(qtbot, main.runner)
    assert main.panel.customer_id != yamada.id
    view = show_trashed_entries(qtbot, main)
    with qtbot.waitSignal(main.panel.opened, timeout=10_000):
        view.entries.table.setCurrentIndex(view.entries.model.index(0, 0))
    settle(qtbot, main.runner)
    assert main.panel.customer_id == yamada.id
