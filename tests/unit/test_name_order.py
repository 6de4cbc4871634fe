"""A person's name given name first, beside the stored family-name-first one (list_rows)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from relationdesk.services.customer_data import CustomerInput
from relationdesk.services.list_rows import given_first


@pytest.mark.parametrize(
    ("kind", "display", "family", "given", "expected"),
    [
        ("person", "山田 太郎", "山田", "太郎", "太郎 山田"),
        ("person", "Smith John", "Smith", "John", "John Smith"),
        ("person", "山田", "山田", "", ""),  # one name only
        ("person", "ヤマちゃん", "山田", "太郎", ""),  # a display name of the user's own
        ("company", "株式会社山田", "", "", ""),
    ],
)
def test_given_first(kind, display, family, given, expected):
    assert given_first(kind, display, family, given) == expected


def test_every_read_carries_the_name_given_first(app, now):
    """The list, search hits, due reminders and birthdays carry it, as ``given_first``
    says; the stored name and the order stay family name first."""
    from dataclasses import replace

    from relationdesk.services.customer_data import PhoneInput

    people = [
        CustomerInput(family_name="山田", given_name="太郎", reading="ヤマダ タロウ"),
        CustomerInput(family_name="Smith", given_name="John", reading="スミス ジョン"),
        CustomerInput(family_name="青木", reading="アオキ", phones=(PhoneInput("0312345678"),)),
        CustomerInput(
            family_name="山田",
            given_name="花子",
            display_name="はなちゃん",
            reading="ヤマダ ハナコ",
        ),
        CustomerInput(kind="company", display_name="株式会社山田", reading="ヤマダ"),
    ]
    tomorrow = now.date() + timedelta(days=1)
    made = [
        app.customers.create(
            replace(person, birthday=tomorrow) if person.kind == "person" else person, now
        )
        for person in people
    ]
    expected = {
        d.id: given_first(d.kind, d.display_name, d.family_name, d.given_name) for d in made
    }
    assert sorted(v for v in expected.values() if v) == ["John Smith", "太郎 山田"]
    rows = app.customers.rows_at(0, 10)
    assert [r.display_name for r in rows] == [
        "青木",
        "Smith John",
        "株式会社山田",
        "山田 太郎",
        "はなちゃん",
    ]
    assert {r.id: r.given_first for r in rows} == expected
    hits = app.search.search("やまだ")
    assert {h.id: h.given_first for h in hits} == {k: expected[k] for k in (h.id for h in hits)}
    for detail in made:
        app.reminders.create("電話", now - timedelta(minutes=1), now, customer_id=detail.id)
    due = app.reminders.due(now)
    assert {r.customer_id: r.customer_given_first for r in due} == expected
    born = app.customers.birthdays(now.date(), days=7)
    assert {b.id: b.given_first for b in born} == {
        d.id: expected[d.id] for d in made if d.kind == "person"
    }
