"""Every change is in the change log: the trash, timeline entries and reminders too, written
in the transaction of the change, shown per customer and exported."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from relationdesk.services import change_log
from relationdesk.services.customer_data import CustomerInput
from relationdesk.services.duplicates import MergeSide
from relationdesk.services.history import HistoryFormat
from relationdesk.services.timeline import PurchaseLineInput

STAFF = "受付 佐藤"


@pytest.fixture
def staffed(app):
    """The app with a staff name set in Preferences."""
    app.save_settings(app.settings.updated(staff_name=STAFF))
    return app


def customer(app, now, name="山田"):
    return app.customers.create(CustomerInput(family_name=name, reading="ヤマダ"), now).id


def logged(app, customer_id, record_type, after=None):
    """(record id, field, old, new) of one record type, oldest first, after *after*."""
    entries = [
        e
        for e in reversed(app.history.history(customer_id))
        if e.record_type == record_type and (after is None or e.changed_at > after)
    ]
    assert {e.actor for e in entries} <= {STAFF}
    return [(e.record_id, e.field, e.old_value, e.new_value) for e in entries]


def test_trash_and_restore_of_a_customer_are_logged(staffed, now):
    app = staffed
    cid = customer(app, now)
    later = now + timedelta(hours=1)
    app.customers.delete(cid, later)
    app.customers.restore(cid, later + timedelta(minutes=1))
    trash = [e for e in app.history.history(cid) if e.field == "in_trash"]
    assert [(e.old_value, e.new_value, e.record_id, e.actor) for e in trash] == [
        ("1", "0", cid, STAFF),
        ("0", "1", cid, STAFF),
    ]
    assert trash[1].changed_at == later


def test_interactions_are_logged_when_created_edited_deleted_and_restored(staffed, now):
    app = staffed
    cid = customer(app, now)
    at = now - timedelta(days=1)
    call = app.timeline.log_interaction(cid, "call", at, now, subject="見積もりの件")
    key = call.id
    assert logged(app, cid, "interaction") == [
        (key, "kind", "", "call"),
        (key, "occurred_at", "", at.isoformat()),
        (key, "subject", "", "見積もりの件"),
    ]
    edited = now + timedelta(minutes=5)
    app.timeline.update_interaction(
        key, "visit", at, edited, subject="見積もりの件", outcome="受注", direction="inbound"
    )
    assert logged(app, cid, "interaction", now) == [
        (key, "kind", "call", "visit"),
        (key, "direction", "none", "inbound"),
        (key, "outcome", "", "受注"),
    ]
    app.timeline.delete_entry(key, edited + timedelta(minutes=1))
    app.timeline.restore_entry(key, edited + timedelta(minutes=2))
    assert logged(app, cid, "interaction", edited) == [
        (key, "in_trash", "0", "1"),
        (key, "in_trash", "1", "0"),
    ]


def test_purchases_are_logged_with_lines_and_total(staffed, now):
    app = staffed
    cid = customer(app, now)
    bought = app.timeline.record_purchase(cid, now, [PurchaseLineInput("お茶", 500, 2)], now)
    key = bought.id
    assert logged(app, cid, "purchase") == [
        (key, "purchased_at", "", now.isoformat()),
        (key, "lines", "", "お茶 × 2 @ 500"),
        (key, "total", "", "1000 JPY"),
    ]
    edited = now + timedelta(minutes=5)
    app.timeline.update_purchase(
        key, now, [PurchaseLineInput("お茶", 500, 2), PurchaseLineInput("菓子", 300)], edited
    )
    assert logged(app, cid, "purchase", now) == [
        (key, "lines", "お茶 × 2 @ 500", "お茶 × 2 @ 500、菓子 × 1 @ 300"),
        (key, "total", "1000 JPY", "1300 JPY"),
    ]
    app.timeline.delete_entry(key, edited + timedelta(minutes=1))
    assert logged(app, cid, "purchase", edited) == [(key, "in_trash", "0", "1")]


def test_reminders_are_logged_through_their_life(staffed, now):
    app = staffed
    cid = customer(app, now)
    due = now + timedelta(days=1)
    reminder = app.reminders.create("電話する", due, now, customer_id=cid, recurrence="weekly")
    key = reminder.id
    assert logged(app, cid, "reminder") == [
        (key, "title", "", "電話する"),
        (key, "due_at", "", due.isoformat()),
        (key, "recurrence", "", "weekly"),
    ]
    t1 = now + timedelta(minutes=1)
    app.reminders.update(key, "折り返し電話", due, t1, recurrence="weekly")
    app.reminders.snooze(key, due + timedelta(hours=2), t1 + timedelta(minutes=1))
    done_at = t1 + timedelta(minutes=2)
    completion = app.reminders.complete(key, done_at)
    assert completion.next is not None
    following = completion.next.id
    assert logged(app, cid, "reminder", now) == [
        (key, "title", "電話する", "折り返し電話"),
        (key, "snoozed_until", "", (due + timedelta(hours=2)).isoformat()),
        (key, "done_at", "", done_at.isoformat()),
        (following, "title", "", "折り返し電話"),
        (following, "due_at", "", completion.next.due_at.isoformat()),
        (following, "recurrence", "", "weekly"),
    ]
    t2 = done_at + timedelta(minutes=1)
    app.reminders.reopen(key, t2)
    app.reminders.delete(following, t2 + timedelta(minutes=1))
    app.reminders.restore(following, t2 + timedelta(minutes=2))
    assert logged(app, cid, "reminder", done_at) == [
        (key, "done_at", done_at.isoformat(), ""),
        (following, "in_trash", "0", "1"),
        (following, "in_trash", "1", "0"),
    ]


def task_log(app, after=None):
    """(record id, field, old, new) of the changes about no customer, oldest first."""
    with app.db.read() as uow:
        rows = uow.connection.exec_driver_sql(
            "SELECT record_type, record_id, field, old_value, new_value, actor, changed_at "
            "FROM changes WHERE customer_id IS NULL ORDER BY id"
        ).all()
    entries = [
        r for r in app.history.log_entries() if r.customer_id is None
    ]  # the export's reader agrees with the table
    assert [(e.entry.record_id.bytes, e.entry.field) for e in entries] == [
        (r[1], r[2]) for r in rows
    ]
    assert {r[0] for r in rows} <= {"reminder"} and {r[5] for r in rows} <= {STAFF}
    return [
        (e.entry.record_id, e.entry.field, e.entry.old_value, e.entry.new_value)
        for e in entries
        if after is None or e.entry.changed_at > after
    ]


def test_tasks_are_logged_through_their_life_with_no_customer(staffed, now):
    """A reminder about no customer (a task) is logged like a customer's reminder, with
    customer_id NULL: created, edited, snoozed, done (with the series' next one),
    reopened, trashed and restored, as the staff name; in no customer's history."""
    app = staffed
    cid = customer(app, now)
    due = now + timedelta(days=1)
    task = app.reminders.create("棚卸し", due, now, recurrence="monthly", note="倉庫")
    key = task.id
    assert task_log(app) == [
        (key, "title", "", "棚卸し"),
        (key, "due_at", "", due.isoformat()),
        (key, "recurrence", "", "monthly"),
        (key, "note", "", "倉庫"),
    ]
    t1 = now + timedelta(minutes=1)
    app.reminders.update(key, "月末の棚卸し", due, t1, recurrence="monthly", note="倉庫")
    snoozed = due + timedelta(hours=3)
    app.reminders.snooze(key, snoozed, t1 + timedelta(minutes=1))
    done_at = t1 + timedelta(minutes=2)
    completion = app.reminders.complete(key, done_at)
    assert completion.next is not None
    following = completion.next.id
    assert task_log(app, now) == [
        (key, "title", "棚卸し", "月末の棚卸し"),
        (key, "snoozed_until", "", snoozed.isoformat()),
        (key, "done_at", "", done_at.isoformat()),
        (following, "title", "", "月末の棚卸し"),
        (following, "due_at", "", completion.next.due_at.isoformat()),
        (following, "recurrence", "", "monthly"),
        (following, "note", "", "倉庫"),
    ]
    t2 = done_at + timedelta(minutes=1)
    app.reminders.reopen(key, t2)
    app.reminders.delete(following, t2 + timedelta(minutes=1))
    app.reminders.restore(following, t2 + timedelta(minutes=2))
    assert task_log(app, done_at) == [
        (key, "done_at", done_at.isoformat(), ""),
        (following, "in_trash", "0", "1"),
        (following, "in_trash", "1", "0"),
    ]
    assert logged(app, cid, "reminder") == []  # in no customer's history


def test_a_task_and_its_log_commit_together(staffed, now, monkeypatch):
    """When a task's log cannot be written, the task is not made (nor snoozed) either."""
    app = staffed
    task = app.reminders.create("棚卸し", now + timedelta(days=1), now)
    logged_before = task_log(app)

    def broken(conn, rows):
        raise RuntimeError("log failed")

    monkeypatch.setattr(change_log, "write", broken)
    with pytest.raises(RuntimeError, match="log failed"):
        app.reminders.create("発注", now, now)
    with pytest.raises(RuntimeError, match="log failed"):
        app.reminders.snooze(task.id, now + timedelta(days=2), now)
    monkeypatch.undo()
    assert [r.title for r in app.reminders.upcoming(now, now + timedelta(days=3))] == ["棚卸し"]
    assert app.reminders.get(task.id).snoozed_until is None
    assert task_log(app) == logged_before


@pytest.mark.parametrize(
    "write",
    [
        lambda app, cid, now: app.customers.delete(cid, now),
        lambda app, cid, now: app.timeline.log_interaction(cid, "call", now, now),
        lambda app, cid, now: app.reminders.create("電話", now, now, customer_id=cid),
    ],
    ids=["trash", "interaction", "reminder"],
)
def test_the_change_and_its_log_commit_together(staffed, now, monkeypatch, write):
    """The log is written in the change's transaction: when it cannot be written, the
    change is not made either."""
    app = staffed
    cid = customer(app, now)
    count = len(app.history.history(cid))

    def broken(conn, rows):
        raise RuntimeError("log failed")

    monkeypatch.setattr(change_log, "write", broken)
    with pytest.raises(RuntimeError, match="log failed"):
        write(app, cid, now)
    monkeypatch.undo()
    assert app.customers.get(cid).deleted_at is None
    assert app.timeline.feed(cid).entries == ()
    assert len(app.history.history(cid)) == count


def test_a_merge_logs_the_duplicate_going_to_the_trash_and_undo_its_return(staffed, now):
    app = staffed
    kept = customer(app, now)
    other = customer(app, now, "山田 ")
    later = now + timedelta(hours=1)
    merged = app.duplicates.merge(kept, other, later, {"note": MergeSide.KEEP})
    assert logged(app, other, "customer", now) == [(other, "in_trash", "0", "1")]
    app.duplicates.undo(merged.batch_id, later + timedelta(minutes=1))
    assert logged(app, other, "customer", later) == [(other, "in_trash", "1", "0")]
    assert len(app.history.history(kept)) > 0  # its own log came back to it whole


def test_purging_a_company_logs_its_people_losing_it(staffed, now):
    app = staffed
    staff = app.customers.create(CustomerInput(family_name="社員", company_name="消える商事"), now)
    company_id = app.customers.get(staff.id).company_id
    app.customers.delete(company_id, now)
    app.trash.empty(now + timedelta(days=1))
    entries = app.history.history(staff.id, field="company")
    assert [(e.old_value, e.new_value, e.actor) for e in entries] == [
        ("消える商事", "", STAFF),
        ("", "消える商事", STAFF),
    ]


def test_the_export_names_records_and_fields_and_shows_local_times(staffed, now, tmp_path):
    """The CSV in Japanese names the record type and the field of each record type, and
    gives logged instants in the user's time zone like the change's own time."""
    app = staffed
    cid = customer(app, now)
    app.timeline.log_interaction(cid, "call", now, now, subject="見積もり")
    app.reminders.create("電話", now + timedelta(days=1), now, customer_id=cid)
    app.customers.delete(cid, now)
    target = tmp_path / "history.csv"
    app.history.export(cid, target, HistoryFormat.CSV, now, language="ja", tz=app.tz)
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"))))
    cells = {(r[5], r[2]): (r[3], r[4]) for r in rows[1:]}
    assert cells[("対応履歴", "件名")] == ("", "見積もり")
    assert cells[("対応履歴", "日時")] == ("", "2026-11-23 12:00:00")  # 03:00 UTC in Tokyo
    assert cells[("リマインダー", "やること")] == ("", "電話")
    assert cells[("リマインダー", "期限")] == ("", "2026-11-24 12:00:00")
    assert cells[("顧客", "ごみ箱")] == ("0", "1")
    assert cells[("顧客", "姓")] == ("", "山田")
