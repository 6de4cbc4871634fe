"""The change log, stage changes and reminders in the feed, editing timeline entries, and a
person's company chosen by name."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from relationdesk.models import Change, InteractionKind
from relationdesk.services.customer_data import CustomerInput, PhoneInput
from relationdesk.services.errors import EntryNotFound, ReminderNotFound, ValidationError
from relationdesk.services.timeline import PurchaseLineInput


def changes(app, customer_id):
    """Every logged change of a customer as (field, old, new), oldest first."""
    with app.db.read() as uow:
        rows = uow.session.execute(
            select(Change).where(Change.customer_id == customer_id).order_by(Change.id)
        ).scalars()
        return [(c.field, c.old_value, c.new_value) for c in rows]


def test_update_logs_each_changed_field_with_actor(app, now):
    app.customers.actor = "受付 佐藤"
    created = app.customers.create(
        CustomerInput(family_name="山田", reading="ヤマダ", phones=(PhoneInput("090-1234-5678"),)),
        now,
    )
    first = changes(app, created.id)
    assert ("family_name", "", "山田") in first and ("stage", "", "lead") in first
    assert not any(field == "consent_dm" for field, *_ in first)

    later = now + timedelta(hours=1)
    app.customers.update(
        created.id,
        CustomerInput(
            family_name="山田",
            reading="ヤマダ",
            stage="customer",
            phones=(PhoneInput("03-1234-5678"),),
        ),
        later,
    )
    logged = changes(app, created.id)[len(first) :]
    assert sorted(logged) == [
        ("phones", "090-1234-5678", "03-1234-5678"),
        ("stage", "lead", "customer"),
    ]
    with app.db.read() as uow:
        actors = set(uow.session.execute(select(Change.actor)).scalars())
    assert actors == {"受付 佐藤"}


def test_an_update_that_changes_nothing_logs_nothing(app, now):
    data = CustomerInput(family_name="山田", reading="ヤマダ", tags=("VIP",))
    created = app.customers.create(data, now)
    count = len(changes(app, created.id))
    app.customers.update(created.id, data, now + timedelta(minutes=1))
    assert len(changes(app, created.id)) == count


def test_a_failed_update_logs_nothing(app, now):
    created = app.customers.create(CustomerInput(family_name="山田"), now)
    count = len(changes(app, created.id))
    with pytest.raises(ValidationError):
        app.customers.update(created.id, CustomerInput(family_name="山田", stage="nope"), now)
    assert len(changes(app, created.id)) == count


def test_feed_merges_reminders_and_stage_changes(app, now):
    created = app.customers.create(CustomerInput(family_name="山田"), now)
    app.timeline.log_interaction(created.id, InteractionKind.CALL, now - timedelta(days=2), now)
    app.customers.update(
        created.id, CustomerInput(family_name="山田", stage="prospect"), now - timedelta(days=1)
    )
    reminder = app.reminders.create("見積もりを送る", now + timedelta(days=3), now, created.id)
    other = app.customers.create(CustomerInput(family_name="佐藤"), now)
    app.reminders.create("他の人", now + timedelta(days=4), now, other.id)

    entries = app.timeline.feed(created.id).entries
    assert [e.kind for e in entries] == ["reminder", "stage", "call"]
    assert (entries[0].id, entries[0].subject, entries[0].outcome) == (
        reminder.id,
        "見積もりを送る",
        "",
    )
    assert (entries[1].subject, entries[1].body) == ("prospect", "lead")

    app.reminders.complete(reminder.id, now)
    assert app.timeline.feed(created.id).entries[0].outcome == "done"
    app.reminders.delete(reminder.id, now)
    assert [e.kind for e in app.timeline.feed(created.id).entries] == ["stage", "call"]
    app.reminders.restore(reminder.id, now)
    assert app.timeline.feed(created.id).entries[0].id == reminder.id
    with pytest.raises(ReminderNotFound):
        app.reminders.restore(reminder.id, now)


def test_feed_pages_through_all_four_kinds(app, now):
    created = app.customers.create(CustomerInput(family_name="山田"), now)
    expected = set()
    for n in range(7):
        at = now - timedelta(hours=n * 4)
        expected.add(app.timeline.log_interaction(created.id, "note", at, now).id)
        expected.add(
            app.timeline.record_purchase(
                created.id, at - timedelta(hours=1), [PurchaseLineInput("品", 100)], now
            ).id
        )
        expected.add(app.reminders.create(f"r{n}", at - timedelta(hours=2), now, created.id).id)
    for stage in ("prospect", "customer", "repeat"):
        app.customers.update(created.id, CustomerInput(family_name="山田", stage=stage), now)
    seen, page = [], app.timeline.feed(created.id, limit=4)
    while True:
        seen += list(page.entries)
        if page.next is None:
            break
        page = app.timeline.feed(created.id, before=page.next, limit=4)
    assert len(seen) == len({e.id for e in seen}) == 24
    assert expected <= {e.id for e in seen}
    keys = [(e.at, e.id.bytes) for e in seen]
    assert keys == sorted(keys, reverse=True)


def test_editing_an_interaction_moves_last_contact(app, now):
    created = app.customers.create(CustomerInput(family_name="山田"), now)
    entry = app.timeline.log_interaction(created.id, "call", now - timedelta(days=1), now, "電話")
    assert app.customers.get(created.id).last_contact_at == now - timedelta(days=1)

    edited = app.timeline.update_interaction(
        entry.id, "note", now - timedelta(days=3), now, subject="メモ", body="本文"
    )
    assert (edited.kind, edited.subject, edited.body) == ("note", "メモ", "本文")
    assert app.customers.get(created.id).last_contact_at is None  # a note is not contact
    [stored] = app.timeline.feed(created.id).entries
    assert (stored.kind, stored.at, stored.subject) == ("note", now - timedelta(days=3), "メモ")

    with pytest.raises(ValidationError):
        app.timeline.update_interaction(entry.id, "fax", now, now)
    app.timeline.delete_entry(entry.id, now)
    with pytest.raises(EntryNotFound):
        app.timeline.update_interaction(entry.id, "call", now, now)


def test_editing_a_purchase_recomputes_its_total(app, now):
    created = app.customers.create(CustomerInput(family_name="山田"), now)
    entry = app.timeline.record_purchase(
        created.id,
        now,
        [PurchaseLineInput("カット", 4400), PurchaseLineInput("シャンプー", 1650, 2)],
        now,
    )
    assert entry.amount_minor == 7700
    lines = app.timeline.purchase_lines(entry.id)
    assert [(li.product, li.unit_price_minor, li.quantity) for li in lines] == [
        ("カット", 4400, 1),
        ("シャンプー", 1650, 2),
    ]
    edited = app.timeline.update_purchase(
        entry.id, now - timedelta(days=1), [PurchaseLineInput("カラー", 8800)], now, note="秋"
    )
    assert (edited.subject, edited.amount_minor, edited.body) == ("カラー", 8800, "秋")
    [stored] = app.timeline.feed(created.id).entries
    assert (stored.amount_minor, stored.at) == (8800, now - timedelta(days=1))
    assert app.customers.get(created.id).last_contact_at == now - timedelta(days=1)
    with pytest.raises(ValidationError):
        app.timeline.update_purchase(entry.id, now, [], now)


def test_editing_a_reminder_restarts_its_series(app, now):
    reminder = app.reminders.create("毎月の連絡", now, now, recurrence="monthly")
    app.reminders.snooze(reminder.id, now + timedelta(hours=1), now)
    moved = app.reminders.update(
        reminder.id, "毎月の連絡（改）", now + timedelta(days=2), now, recurrence="monthly"
    )
    assert (moved.title, moved.due_at, moved.next_due_at, moved.snoozed_until) == (
        "毎月の連絡（改）",
        now + timedelta(days=2),
        now + timedelta(days=2),
        None,
    )
    with pytest.raises(ValidationError):
        app.reminders.update(reminder.id, " ", now, now)


def test_a_company_named_on_a_person_is_found_or_made(app, now):
    person = app.customers.create(CustomerInput(family_name="山田", company_name="山田商店"), now)
    assert person.company_name == "山田商店" and person.company_id is not None
    company = app.customers.get(person.company_id)
    assert company.kind == "company" and company.display_name == "山田商店"

    again = app.customers.create(CustomerInput(family_name="佐藤", company_name=" 山田商店 "), now)
    assert again.company_id == person.company_id
    assert app.customers.companies("山田") == [(company.id, "山田商店")]
    assert app.customers.companies("やまだ") == []  # names, not readings
    assert app.customers.companies("") == [(company.id, "山田商店")]

    moved = app.customers.update(
        person.id, CustomerInput(family_name="山田", company_name="ＡＢＣ株式会社"), now
    )
    assert moved.company_name == "ＡＢＣ株式会社" and moved.company_id != company.id
    assert {name for _, name in app.customers.companies("")} == {"山田商店", "ＡＢＣ株式会社"}
    cleared = app.customers.update(person.id, CustomerInput(family_name="山田"), now)
    assert cleared.company_id is None and cleared.company_name == ""


def test_search_finds_a_person_by_a_company_made_by_name(app, now):
    person = app.customers.create(CustomerInput(family_name="山田", company_name="花屋はなこ"), now)
    found = {hit.id for hit in app.search.search("花屋はなこ")}
    assert person.id in found and person.company_id in found
