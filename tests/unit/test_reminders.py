"""Reminder service on a real SQLite file: create, due lists, snooze, complete with recurrence."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest

from relationdesk.services.customer_data import CustomerInput
from relationdesk.services.errors import CustomerNotFound, ReminderNotFound, ValidationError
from relationdesk.services.reminders import ReminderItem, next_occurrence

JST = timezone(timedelta(hours=9))
H = timedelta(hours=1)
D = timedelta(days=1)


def utc(*args: int) -> datetime:
    """An aware UTC datetime."""
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def new_customer(app, now, family="山田", given="太郎", reading="ヤマダ タロウ") -> uuid.UUID:
    """Create a person and return the id."""
    return app.customers.create(
        CustomerInput(family_name=family, given_name=given, reading=reading), now
    ).id


def ids(items: list[ReminderItem]) -> list[uuid.UUID]:
    """The ids of a list of reminders, in order."""
    return [r.id for r in items]


# -- create --------------------------------------------------------------------------


def test_create_without_customer(app, now):
    """A plain task is stored with its title stripped, due and next due equal, nothing done."""
    due = now + 2 * H
    item = app.reminders.create("  請求書を送る  ", due, now, note="月末締め")
    assert isinstance(item, ReminderItem)
    assert (item.title, item.note, item.due_at, item.next_due_at) == (
        "請求書を送る",
        "月末締め",
        due,
        due,
    )
    assert (item.recurrence, item.customer_id, item.customer_name) == ("none", None, "")
    assert item.done_at is None and item.snoozed_until is None
    assert app.reminders.get(item.id) == item


def test_create_with_customer(app, now):
    """A reminder about a customer carries its id and display name, and lists under it."""
    cid = new_customer(app, now)
    item = app.reminders.create("お礼の電話", now + D, now, customer_id=cid, recurrence="weekly")
    assert item.customer_id == cid
    assert item.customer_name == "山田 太郎"
    assert item.recurrence == "weekly"
    assert ids(app.reminders.for_customer(cid)) == [item.id]
    assert app.reminders.for_customer(new_customer(app, now, "佐藤", "花子", "サトウ ハナコ")) == []


def test_create_keeps_instant_of_local_time(app, now):
    """A JST due time is stored as the same instant and read back in UTC."""
    due = datetime(2026, 11, 24, 10, 0, tzinfo=JST)
    item = app.reminders.create("来店予約の確認", due, now)
    assert item.due_at == due
    assert item.due_at.utcoffset() == timedelta(0)


def test_create_reports_blank_title_and_bad_recurrence_together(app, now):
    """A blank title and an unknown recurrence both come back in one ValidationError."""
    with pytest.raises(ValidationError) as caught:
        app.reminders.create("  \u3000 ", now, now, recurrence="hourly")
    assert caught.value.codes() == {"title": "required", "recurrence": "invalid_choice"}
    assert app.reminders.due(now + 365 * D) == []


def test_create_rejects_too_long_title(app, now):
    """A title over 300 characters is reported with its limit."""
    with pytest.raises(ValidationError) as caught:
        app.reminders.create("あ" * 301, now, now)
    assert caught.value.codes() == {"title": "too_long"}
    assert caught.value.errors[0].params == (("max", "300"),)


def test_create_for_unknown_or_trashed_customer_raises(app, now):
    """A reminder cannot be tied to a customer that does not exist or is in the trash."""
    missing = uuid.uuid4()
    with pytest.raises(CustomerNotFound) as caught:
        app.reminders.create("電話", now, now, customer_id=missing)
    assert caught.value.record_id == missing
    cid = new_customer(app, now)
    app.customers.delete(cid, now)
    with pytest.raises(CustomerNotFound):
        app.reminders.create("電話", now, now, customer_id=cid)
    assert app.reminders.due(now + D) == []


def test_get_unknown_reminder_raises(app, now):
    """get() of an unknown id raises ReminderNotFound."""
    with pytest.raises(ReminderNotFound):
        app.reminders.get(uuid.uuid4())


# -- lists ---------------------------------------------------------------------------


def test_due_includes_overdue_and_exactly_now_in_order(app, now):
    """due(now) lists everything up to and including now, oldest first; the future is left out."""
    exact = app.reminders.create("ちょうど", now, now)
    app.reminders.create("未来", now + timedelta(microseconds=1), now)
    old = app.reminders.create("3日前", now - 3 * D, now)
    recent = app.reminders.create("1時間前", now - H, now)
    assert ids(app.reminders.due(now)) == [old.id, recent.id, exact.id]


def test_due_respects_limit(app, now):
    """due() returns at most *limit* items, the oldest ones."""
    made = [app.reminders.create(f"件{i}", now - i * H, now) for i in range(5)]
    assert ids(app.reminders.due(now, limit=2)) == [made[4].id, made[3].id]


def test_overdue_is_strictly_before(app, now):
    """overdue(before) lists items due before *before*, not one due exactly then."""
    start_of_day = utc(2026, 11, 22, 15, 0)  # 00:00 JST on the 23rd
    at_boundary = app.reminders.create("境界", start_of_day, now)
    yesterday = app.reminders.create("昨日", start_of_day - timedelta(microseconds=1), now)
    earlier = app.reminders.create("先週", start_of_day - 7 * D, now)
    app.reminders.create("今日", now, now)
    assert ids(app.reminders.overdue(start_of_day)) == [earlier.id, yesterday.id]
    assert at_boundary.id in ids(app.reminders.due(now))


def test_upcoming_excludes_now_and_includes_until(app, now):
    """upcoming(now, until) lists items after now and up to until inclusive, soonest first."""
    until = now + 7 * D
    app.reminders.create("今", now, now)
    app.reminders.create("過去", now - H, now)
    last = app.reminders.create("ちょうど期限", until, now)
    soon = app.reminders.create("すぐ", now + timedelta(microseconds=1), now)
    app.reminders.create("期限後", until + timedelta(microseconds=1), now)
    middle = app.reminders.create("中間", now + 3 * D, now)
    assert ids(app.reminders.upcoming(now, until)) == [soon.id, middle.id, last.id]


def test_lists_skip_reminders_of_trashed_customers(app, now):
    """A trashed customer's reminders leave every list and come back when it is restored."""
    cid = new_customer(app, now)
    free = app.reminders.create("社内", now - H, now)
    past = app.reminders.create("過去", now - H, now, customer_id=cid)
    future = app.reminders.create("未来", now + H, now, customer_id=cid)
    app.customers.delete(cid, now)
    assert ids(app.reminders.due(now)) == [free.id]
    assert ids(app.reminders.overdue(now)) == [free.id]
    assert app.reminders.upcoming(now, now + D) == []
    assert app.reminders.for_customer(cid) == []
    assert app.reminders.next_due_time(now) is None
    app.customers.restore(cid, now)
    assert set(ids(app.reminders.due(now))) == {free.id, past.id}
    assert ids(app.reminders.upcoming(now, now + D)) == [future.id]
    assert app.reminders.next_due_time(now) == now + H


def test_lists_skip_completed_and_deleted(app, now):
    """Completed and trashed reminders appear in no list and set no timer."""
    done = app.reminders.create("済み", now - H, now)
    gone = app.reminders.create("削除", now - H, now)
    done_future = app.reminders.create("済み未来", now + H, now)
    gone_future = app.reminders.create("削除未来", now + H, now)
    keep = app.reminders.create("残る", now - 2 * H, now)
    app.reminders.complete(done.id, now)
    app.reminders.complete(done_future.id, now)
    app.reminders.delete(gone.id, now)
    app.reminders.delete(gone_future.id, now)
    assert ids(app.reminders.due(now)) == [keep.id]
    assert ids(app.reminders.overdue(now)) == [keep.id]
    assert app.reminders.upcoming(now, now + D) == []
    assert app.reminders.next_due_time(now) is None


def test_delete_unknown_or_twice_raises(app, now):
    """Deleting an unknown or already trashed reminder raises ReminderNotFound."""
    with pytest.raises(ReminderNotFound):
        app.reminders.delete(uuid.uuid4(), now)
    item = app.reminders.create("x", now, now)
    app.reminders.delete(item.id, now)
    with pytest.raises(ReminderNotFound):
        app.reminders.delete(item.id, now)
    with pytest.raises(ReminderNotFound):
        app.reminders.complete(item.id, now)
    with pytest.raises(ReminderNotFound):
        app.reminders.snooze(item.id, now + H, now)
    with pytest.raises(ReminderNotFound):
        app.reminders.reopen(item.id, now)


# -- snooze and the timer ------------------------------------------------------------


def test_snooze_moves_next_due_and_leaves_due_until_then(app, now):
    """A snoozed reminder keeps its due_at, gets a new next_due_at and is not due until then."""
    due = now - 2 * H
    item = app.reminders.create("見積もり", due, now)
    until = now + 3 * H
    snoozed = app.reminders.snooze(item.id, until, now)
    assert (snoozed.due_at, snoozed.next_due_at, snoozed.snoozed_until) == (due, until, until)
    assert app.reminders.get(item.id) == snoozed
    assert app.reminders.due(now) == []
    assert app.reminders.due(until - timedelta(microseconds=1)) == []
    assert ids(app.reminders.due(until)) == [item.id]
    assert ids(app.reminders.upcoming(now, until)) == [item.id]
    assert app.reminders.next_due_time(now) == until


def test_snooze_reorders_due_list(app, now):
    """The due list sorts by next_due_at, so a snoozed item moves behind others."""
    a = app.reminders.create("A", now - 5 * H, now)
    b = app.reminders.create("B", now - 4 * H, now)
    app.reminders.snooze(a.id, now - 3 * H, now)  # snoozing into the past is allowed
    assert ids(app.reminders.due(now)) == [b.id, a.id]


def test_snooze_unknown_or_completed_raises(app, now):
    """Only an open reminder can be snoozed."""
    with pytest.raises(ReminderNotFound):
        app.reminders.snooze(uuid.uuid4(), now + H, now)
    item = app.reminders.create("x", now, now)
    app.reminders.complete(item.id, now)
    with pytest.raises(ReminderNotFound):
        app.reminders.snooze(item.id, now + H, now)


def test_next_due_time_is_earliest_strictly_future(app, now):
    """next_due_time(now) is the earliest next_due_at after now; None when nothing is ahead."""
    assert app.reminders.next_due_time(now) is None
    app.reminders.create("過去", now - H, now)
    app.reminders.create("今", now, now)
    assert app.reminders.next_due_time(now) is None
    app.reminders.create("3時間後", now + 3 * H, now)
    one = app.reminders.create("1時間後", now + H, now)
    assert app.reminders.next_due_time(now) == now + H
    app.reminders.snooze(one.id, now + 5 * H, now)
    assert app.reminders.next_due_time(now) == now + 3 * H
    assert app.reminders.next_due_time(now + 3 * H) == now + 5 * H
    assert app.reminders.next_due_time(now + 5 * H) is None


# -- complete and reopen -------------------------------------------------------------


def test_complete_one_off(app, now):
    """Completing a non-recurring reminder sets done_at and creates nothing else."""
    item = app.reminders.create("DM発送", now - H, now)
    result = app.reminders.complete(item.id, now)
    assert result.completed.id == item.id
    assert result.completed.done_at == now
    assert result.next is None
    assert app.reminders.get(item.id).done_at == now
    assert app.reminders.due(now + 365 * D) == []


@pytest.mark.parametrize(
    ("recurrence", "expected"),
    [
        ("daily", utc(2026, 11, 24, 9, 0)),
        ("weekly", utc(2026, 11, 30, 9, 0)),
        ("monthly", utc(2026, 12, 23, 9, 0)),
        ("yearly", utc(2027, 11, 23, 9, 0)),
    ],
)
def test_complete_recurring_creates_next_occurrence(app, now, recurrence, expected):
    """A recurring reminder completed early gets its next occurrence one step after its due time."""
    cid = new_customer(app, now)
    due = utc(2026, 11, 23, 9, 0)  # later today
    item = app.reminders.create("定期連絡", due, now, cid, note="メモ", recurrence=recurrence)
    result = app.reminders.complete(item.id, now)
    assert result.completed.done_at == now
    nxt = result.next
    assert nxt is not None and nxt.id != item.id
    assert (nxt.due_at, nxt.next_due_at) == (expected, expected)
    assert nxt.due_at > now
    assert (nxt.title, nxt.note, nxt.recurrence) == ("定期連絡", "メモ", recurrence)
    assert (nxt.customer_id, nxt.customer_name) == (cid, "山田 太郎")
    assert nxt.done_at is None and nxt.snoozed_until is None
    assert app.reminders.get(nxt.id) == nxt
    assert ids(app.reminders.for_customer(cid)) == [nxt.id]


def test_complete_overdue_daily_skips_to_first_step_after_now(app, now):
    """A daily reminder 5 days overdue comes back at the first daily step after now."""
    late = app.reminders.create("日報", now - 5 * D + 2 * H, now, recurrence="daily")
    assert app.reminders.complete(late.id, now).next.due_at == now + 2 * H
    exact = app.reminders.create("点検", now - 5 * D, now, recurrence="daily")
    nxt = app.reminders.complete(exact.id, now).next
    assert nxt.due_at == now + D  # a step landing exactly on now is not "after now"


def test_complete_snoozed_recurring_steps_from_due_not_snooze(app, now):
    """The next occurrence steps from the original due time, not from the snooze time."""
    due = now - 2 * H
    item = app.reminders.create("週次", due, now, recurrence="weekly")
    app.reminders.snooze(item.id, now + 4 * H, now)
    nxt = app.reminders.complete(item.id, now).next
    assert nxt.due_at == due + 7 * D
    assert nxt.snoozed_until is None


def test_complete_monthly_from_jan_31(app, now):
    """A monthly reminder due Jan 31 2027 comes back on Feb 28 (the month's last day)."""
    item = app.reminders.create("月末集計", utc(2027, 1, 31, 9, 0), now, recurrence="monthly")
    nxt = app.reminders.complete(item.id, now).next
    assert nxt.due_at == utc(2027, 2, 28, 9, 0)
    late = app.reminders.create("月末集計", utc(2027, 1, 31, 9, 0), now, recurrence="monthly")
    after_feb = app.reminders.complete(late.id, utc(2027, 3, 1, 0, 0)).next
    assert after_feb.due_at == utc(2027, 3, 31, 9, 0)


def test_complete_monthly_chain_returns_to_the_31st(app, now):
    """Completing Jan 31 then its Feb 28 successor gives Mar 31, as next_occurrence promises."""
    item = app.reminders.create("月末集計", utc(2027, 1, 31, 9, 0), now, recurrence="monthly")
    feb = app.reminders.complete(item.id, now).next
    assert feb.due_at == utc(2027, 2, 28, 9, 0)
    mar = app.reminders.complete(feb.id, now).next
    assert mar.due_at == utc(2027, 3, 31, 9, 0)


def test_complete_yearly_from_leap_day(app, now):
    """A yearly reminder due Feb 29 2024 completed then comes back on Feb 28 2025."""
    item = app.reminders.create("契約更新", utc(2024, 2, 29, 0, 0), now, recurrence="yearly")
    nxt = app.reminders.complete(item.id, utc(2024, 3, 1)).next
    assert nxt.due_at == utc(2025, 2, 28, 0, 0)
    overdue = app.reminders.create("契約更新", utc(2024, 2, 29, 0, 0), now, recurrence="yearly")
    assert app.reminders.complete(overdue.id, now).next.due_at == utc(2027, 2, 28, 0, 0)


def test_complete_yearly_chain_returns_to_leap_day(app, now):
    """Completing each occurrence of a Feb 29 yearly reminder lands on Feb 29 again in 2028."""
    item = app.reminders.create("契約更新", utc(2024, 2, 29, 0, 0), now, recurrence="yearly")
    done_at = utc(2024, 3, 1)
    for _ in range(4):
        item = app.reminders.complete(item.id, done_at).next
        done_at = item.due_at + H
    assert item.due_at == utc(2028, 2, 29, 0, 0)


def test_complete_monthly_follows_the_japanese_calendar(app, now):
    """A monthly reminder on 1 March 08:00 JST comes back on 1 April 08:00 JST."""
    due = datetime(2027, 3, 1, 8, 0, tzinfo=JST)
    item = app.reminders.create("月初の棚卸し", due, now, recurrence="monthly")
    nxt = app.reminders.complete(item.id, now).next
    assert nxt.due_at == datetime(2027, 4, 1, 8, 0, tzinfo=JST)


def test_complete_twice_raises(app, now):
    """A completed reminder cannot be completed again; an unknown one neither."""
    item = app.reminders.create("x", now, now, recurrence="daily")
    app.reminders.complete(item.id, now)
    with pytest.raises(ReminderNotFound) as caught:
        app.reminders.complete(item.id, now)
    assert caught.value.record_id == item.id
    with pytest.raises(ReminderNotFound):
        app.reminders.complete(uuid.uuid4(), now)
    assert len(app.reminders.upcoming(now, now + 2 * D)) == 1  # no second follow-up was made


def test_reopen_undoes_completion(app, now):
    """reopen clears done_at and the reminder is due again; the next occurrence stays."""
    item = app.reminders.create("折り返し", now - H, now, recurrence="daily")
    nxt = app.reminders.complete(item.id, now).next
    reopened = app.reminders.reopen(item.id, now + H)
    assert reopened.done_at is None
    assert reopened.due_at == item.due_at
    assert ids(app.reminders.due(now)) == [item.id]
    assert ids(app.reminders.upcoming(now, now + 2 * D)) == [nxt.id]
    with pytest.raises(ReminderNotFound):
        app.reminders.reopen(uuid.uuid4(), now)


# -- next_occurrence -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("due", "recurrence", "after", "expected"),
    [
        (utc(2027, 1, 1, 9), "daily", utc(2027, 1, 1, 9), utc(2027, 1, 2, 9)),
        (utc(2027, 1, 1, 9), "daily", utc(2026, 12, 1), utc(2027, 1, 2, 9)),
        (utc(2027, 1, 1, 9), "daily", utc(2027, 1, 5, 8, 59), utc(2027, 1, 5, 9)),
        (utc(2027, 1, 1, 9), "daily", utc(2027, 1, 5, 9), utc(2027, 1, 6, 9)),
        (utc(2027, 12, 31, 9), "daily", utc(2027, 12, 31, 10), utc(2028, 1, 1, 9)),
        (utc(2027, 1, 1, 9), "weekly", utc(2027, 1, 1, 9), utc(2027, 1, 8, 9)),
        (utc(2027, 1, 1, 9), "weekly", utc(2027, 1, 20), utc(2027, 1, 22, 9)),
        (utc(2027, 1, 31, 9), "monthly", utc(2027, 1, 31, 9), utc(2027, 2, 28, 9)),
        (utc(2027, 1, 31, 9), "monthly", utc(2027, 2, 28, 9), utc(2027, 3, 31, 9)),
        (utc(2027, 1, 31, 9), "monthly", utc(2027, 3, 31, 9), utc(2027, 4, 30, 9)),
        (utc(2027, 1, 31, 9), "monthly", utc(2027, 4, 30, 9), utc(2027, 5, 31, 9)),
        (utc(2028, 1, 31, 9), "monthly", utc(2028, 1, 31, 9), utc(2028, 2, 29, 9)),
        (utc(2027, 11, 30, 9), "monthly", utc(2027, 12, 1), utc(2027, 12, 30, 9)),
        (utc(2027, 12, 15, 9), "monthly", utc(2027, 12, 15, 9), utc(2028, 1, 15, 9)),
        (utc(2024, 2, 29), "yearly", utc(2024, 2, 29), utc(2025, 2, 28)),
        (utc(2024, 2, 29), "yearly", utc(2025, 2, 28), utc(2026, 2, 28)),
        (utc(2024, 2, 29), "yearly", utc(2027, 3, 1), utc(2028, 2, 29)),
        (utc(2027, 6, 15, 9), "yearly", utc(2027, 6, 15, 9), utc(2028, 6, 15, 9)),
    ],
)
def test_next_occurrence(due, recurrence, after, expected):
    """The first occurrence strictly after *after*, counted in steps from the original due."""
    assert next_occurrence(due, recurrence, after) == expected


def test_next_occurrence_is_strictly_after(now):
    """For every recurrence the result is later than *after* and a whole number of steps away."""
    due = utc(2026, 1, 31, 3)
    for recurrence in ("daily", "weekly", "monthly", "yearly"):
        for days in (0, 1, 27, 28, 29, 30, 31, 59, 365, 366, 400):
            after = due + days * D
            got = next_occurrence(due, recurrence, after)
            assert got is not None and got > after
            assert got.time() == due.time()


def test_next_occurrence_keeps_the_given_zone():
    """Given JST times, steps follow the JST calendar (1st of the month stays the 1st)."""
    due = datetime(2027, 3, 1, 8, 0, tzinfo=JST)
    got = next_occurrence(due, "monthly", due)
    assert got == datetime(2027, 4, 1, 8, 0, tzinfo=JST)


def test_next_occurrence_none_does_not_recur(now):
    """'none' yields None, whatever the times."""
    assert next_occurrence(now - 5 * D, "none", now) is None
    assert next_occurrence(now + 5 * D, "none", now) is None


def test_next_occurrence_unknown_recurrence_raises(now):
    """An unknown recurrence is a programming error (ValueError), not a silent None."""
    with pytest.raises(ValueError):
        next_occurrence(now, "hourly", now)
