"""Batch loading of whole profiles with Core: the same values as get(), in the order asked."""

from __future__ import annotations

import uuid

import pytest

from relationdesk.normalize.phones import PhoneDisplay
from relationdesk.services.customer_data import (
    AddressInput,
    CustomerInput,
    EmailInput,
    PhoneInput,
)
from relationdesk.services.customer_details import MAX_BATCH, load_details
from relationdesk.services.demo import DemoGenerator


def load(app, ids, include_trashed=False):
    """load_details in a read unit of work."""
    with app.db.read() as uow:
        return load_details(uow.connection, ids, PhoneDisplay("JP"), include_trashed)


def test_batch_equals_one_at_a_time(app, now):
    """For demo customers (people, companies, members) every field equals get()'s."""
    DemoGenerator(app.db, seed=7).generate(300, now)
    with app.db.read() as uow:
        ids = [
            uuid.UUID(bytes=bytes(r[0]))
            for r in uow.connection.exec_driver_sql("SELECT id FROM customers ORDER BY doc_id")
        ]
    batch = load(app, ids)
    assert batch == [app.customers.get(i) for i in ids]
    assert any(d.kind == "company" for d in batch) and any(d.company_name for d in batch)
    assert any(len(d.phones) > 1 for d in batch)


def test_hand_made_customer_with_everything(app, now):
    """Custom fields, tags, several contact points and a birthday come through too."""
    company = app.customers.create(CustomerInput(kind="company", display_name="㈱テスト"), now)
    created = app.customers.create(
        CustomerInput(
            family_name="山田",
            given_name="花子",
            company_id=company.id,
            birthday="S55.7.15",
            tags=("常連", "VIP"),
            custom_fields={"好み": "辛口", "回数": 3},
            phones=(PhoneInput("03-1234-5678", "自宅"), PhoneInput("+1 212 555 0100", "US")),
            emails=(EmailInput("h@example.jp", primary=True),),
            addresses=(AddressInput("1000001", "東京都", "千代田区"),),
        ),
        now,
    )
    assert load(app, [created.id]) == [app.customers.get(created.id)]


def test_order_missing_and_trashed(app, now):
    """Results follow the ids' order; unknown ids are skipped, trashed ones unless asked."""
    a, b, c = (app.customers.create(CustomerInput(family_name=name), now).id for name in "ABC")
    app.customers.delete(b, now)
    assert [d.id for d in load(app, [c, uuid.uuid4(), b, a, c])] == [c, a]
    assert [d.id for d in load(app, [c, b], include_trashed=True)] == [c, b]
    assert load(app, []) == []


def test_batches_are_bounded(app):
    """More ids than MAX_BATCH is a programming error, not a silent truncation."""
    with pytest.raises(ValueError):
        load(app, [uuid.uuid4() for _ in range(MAX_BATCH + 1)])
