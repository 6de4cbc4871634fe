"""Trashed timeline entries: listed newest deletion first in pages, restored with a log row."""

from __future__ import annotations

from datetime import timedelta

import pytest

from relationdesk.services.customer_data import CustomerInput
from relationdesk.services.errors import EntryNotFound
from relationdesk.services.timeline import PurchaseLineInput
from relationdesk.services.trash_entries import TrashCursor


def customer(app, now, family: str, given: str = "太郎"):
    """A person."""
    return app.customers.create(CustomerInput(family_name=family, given_name=given), now)


def trashed_history(app, now):
    """山田 with a call, a purchase and a reminder, each trashed a minute apart, and an
    untrashed note; a task about no customer, trashed last."""
    yamada = customer(app, now, "山田")
    call = app.timeline.log_interaction(yamada.id, "call", now, now, subject="来週の予約")
    buy = app.timeline.record_purchase(
        yamada.id, now, [PurchaseLineInput("花束", 3000), PurchaseLineInput("花瓶", 2000)], now
    )
    reminder = app.reminders.create("お礼の電話", now + timedelta(days=2), now, yamada.id)
    app.timeline.log_interaction(yamada.id, "note", now, now, subject="残るメモ")
    task = app.reminders.create("棚卸し", now + timedelta(days=1), now)
    app.timeline.delete_entry(call.id, now + timedelta(minutes=1))
    app.timeline.delete_entry(buy.id, now + timedelta(minutes=2))
    app.reminders.delete(reminder.id, now + timedelta(minutes=3))
    app.reminders.delete(task.id, now + timedelta(minutes=4))
    return yamada, call, buy, reminder, task


def test_lists_trashed_entries_newest_deletion_first(app, now):
    """Kind, customer, when, summary and deletion time; untrashed entries are not listed."""
    yamada, call, buy, reminder, task = trashed_history(app, now)
    entries = app.trashed_entries.page().entries
    assert [e.id for e in entries] == [task.id, reminder.id, buy.id, call.id]
    assert [e.kind for e in entries] == ["reminder", "reminder", "purchase", "call"]
    assert entries[3].summary == "来週の予約" and entries[2].summary == "花束、花瓶"
    assert entries[1].summary == "お礼の電話" and entries[1].at == now + timedelta(days=2)
    assert entries[3].deleted_at == now + timedelta(minutes=1)
    assert (entries[3].customer_id, entries[3].customer_name) == (yamada.id, "山田 太郎")
    assert entries[3].customer_given_first == "太郎 山田"
    assert (entries[0].customer_id, entries[0].customer_name) == (None, "")
    assert app.trashed_entries.page().next is None


def test_pages_follow_the_cursor(app, now):
    """A small limit pages through every entry once, in the same order."""
    trashed_history(app, now)
    whole = app.trashed_entries.page().entries
    seen = []
    page = app.trashed_entries.page(limit=3)
    seen += page.entries
    assert page.next == TrashCursor(whole[2].deleted_at, whole[2].id)
    page = app.trashed_entries.page(before=page.next, limit=3)
    seen += page.entries
    assert page.next is None
    assert seen == list(whole)


def test_a_trashed_customers_entries_are_not_listed(app, now):
    """They come back with the customer, so they are not offered one by one."""
    yamada, *_ = trashed_history(app, now)
    app.customers.delete(yamada.id, now + timedelta(minutes=5))
    assert [e.kind for e in app.trashed_entries.page().entries] == ["reminder"]  # the task
    app.customers.restore(yamada.id, now + timedelta(minutes=6))
    assert len(app.trashed_entries.page().entries) == 4


def test_the_list_matches_the_trash_counts(app, now):
    """What Empty Trash says it purges is what the list shows."""
    trashed_history(app, now)
    counts = app.trash.counts()
    assert counts.interactions + counts.purchases + counts.reminders == len(
        app.trashed_entries.page().entries
    )


@pytest.mark.parametrize("index", [1, 2, 3])
def test_restore_brings_the_entry_back_and_logs_it(app, now, index):
    """Restore: in the timeline again, out of the trash, one change row in the history."""
    yamada, *_ = trashed_history(app, now)
    entry = app.trashed_entries.page().entries[index]
    later = now + timedelta(hours=1)
    app.trashed_entries.restore(entry, later)
    assert entry.id in [e.id for e in app.timeline.feed(yamada.id).entries]
    assert entry.id not in [e.id for e in app.trashed_entries.page().entries]
    with app.db.read() as uow:
        rows = uow.connection.exec_driver_sql(
            "SELECT old_value, new_value FROM changes WHERE record_id = ? AND changed_at = ?",
            (entry.id.bytes, int(later.timestamp() * 1_000_000)),
        ).all()
    assert [tuple(r) for r in rows] == [("1", "0")]


def test_restoring_a_task_logs_it_with_no_customer(app, now):
    """A task (a reminder about no customer) restored from the trash view is logged too,
    with customer_id NULL, like its move to the trash."""
    *_, task = trashed_history(app, now)
    entry = app.trashed_entries.page().entries[0]
    assert entry.id == task.id and entry.customer_id is None
    app.trashed_entries.restore(entry, now + timedelta(hours=1))
    with app.db.read() as uow:
        rows = uow.connection.exec_driver_sql(
            "SELECT customer_id, old_value, new_value FROM changes "
            "WHERE record_id = ? AND field = 'in_trash' ORDER BY id",
            (task.id.bytes,),
        ).all()
    assert [tuple(r) for r in rows] == [(None, "0", "1"), (None, "1", "0")]


def test_restoring_a_purged_entry_says_so(app, now):
    trashed_history(app, now)
    entry = app.trashed_entries.page().entries[3]
    app.trash.empty(now + timedelta(hours=1))
    assert app.trashed_entries.page().entries == ()
    with pytest.raises(EntryNotFound):
        app.trashed_entries.restore(entry, now + timedelta(hours=2))


def test_restoring_a_call_moves_the_last_contact_back(app, now):
    """The customer's contact figures follow the restored call."""
    yamada, call, *_ = trashed_history(app, now)
    assert app.customers.get(yamada.id).last_contact_at is None  # a note is no contact
    entry = next(e for e in app.trashed_entries.page().entries if e.id == call.id)
    app.trashed_entries.restore(entry, now + timedelta(hours=1))
    assert app.customers.get(yamada.id).last_contact_at == now


def test_the_page_reads_through_the_trash_indexes(app):
    """Each part walks its partial deleted_at index (not every live customer's history)."""
    from relationdesk.services import trash_entries
    from relationdesk.services.list_rows import given_first_sql

    clauses = {name: trash_entries._AFTER.format(alias) for name, alias in trash_entries._ALIASES}
    sql = trash_entries._PARTS_SQL.format(given_first=given_first_sql("c"), **clauses)
    with app.db.read() as uow:
        plan = uow.connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + sql, (0, b"", 100) * 3 + (100,)
        ).all()
    searches = [str(row[-1]) for row in plan if "SCAN" in str(row[-1]) or "SEARCH" in str(row[-1])]
    for table, alias in (("interactions", "i"), ("purchases", "p"), ("reminders", "r")):
        assert any(s.startswith(f"SEARCH {alias} USING INDEX ix_{table}_trash") for s in searches)
    assert not any(s.startswith("SCAN c") or "ix_customers" in s for s in searches), searches
