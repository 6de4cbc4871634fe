"""The trash: purged after the trash period or by Empty Trash, with everything that belongs."""

from __future__ import annotations

from datetime import timedelta

from relationdesk.services.customer_data import CustomerInput, PhoneInput
from relationdesk.services.timeline import PurchaseLineInput


def count(app, sql: str, *params) -> int:
    """One number from the database."""
    with app.db.read() as uow:
        return int(uow.connection.exec_driver_sql(sql, params).scalar() or 0)


def person(app, now, name: str, **extra):
    """A person with a phone, a tag, a call, a purchase and a reminder."""
    customer = app.customers.create(
        CustomerInput(
            family_name=name, reading="テスト", phones=(PhoneInput("090-1234-5678"),), **extra
        ),
        now,
    )
    app.timeline.log_interaction(customer.id, "call", now, now, subject="電話")
    app.timeline.record_purchase(customer.id, now, [PurchaseLineInput("花", 1000, 2)], now)
    app.reminders.create("また電話", now + timedelta(days=3), now, customer_id=customer.id)
    return customer


def test_purge_after_the_trash_period(app, now):
    """Only what was trashed more than trash_days ago goes; with its rows and index."""
    old = person(app, now, "古田")
    recent = person(app, now, "新田")
    keep = person(app, now, "残田")
    app.customers.delete(old.id, now - timedelta(days=31))
    app.customers.delete(recent.id, now - timedelta(days=29))
    entry = app.timeline.feed(keep.id).entries
    call = next(e for e in entry if e.kind == "call")
    app.timeline.delete_entry(call.id, now - timedelta(days=40))
    assert app.trash.counts().customers == 2 and app.trash.counts().interactions == 1

    result = app.trash.purge_expired(now)
    assert (result.customers, result.interactions, result.purchases) == (1, 1, 0)
    assert result.customer_entries == 3  # old's call, purchase and reminder went with it
    assert result.cutoff == now - timedelta(days=30)
    key = old.id.bytes
    for table in ("contact_points", "interactions", "purchases", "reminders", "changes"):
        assert count(app, f"SELECT count(*) FROM {table} WHERE customer_id = ?", key) == 0
    assert count(app, "SELECT count(*) FROM customer_tags WHERE customer_id = ?", key) == 0
    assert count(app, "SELECT count(*) FROM purchase_lines") == 2  # recent's and keep's
    assert count(app, "SELECT count(*) FROM customers WHERE id = ?", key) == 0
    # The trashed-but-recent customer can still come back, with its history.
    app.customers.restore(recent.id, now)
    assert [h.id for h in app.search.search("新田")] == [recent.id]
    assert app.maintenance.check().healthy


def test_trash_period_is_a_setting(app, now):
    """Preferences' trash_days applies at once."""
    customer = person(app, now, "設定")
    app.customers.delete(customer.id, now - timedelta(days=8))
    assert app.trash.purge_expired(now).customers == 0
    app.save_settings(app.settings.updated(trash_days=7))
    assert app.trash.purge_expired(now).customers == 1


def test_empty_trash_purges_everything_in_it(app, now):
    """Empty Trash: every trashed customer and entry, whatever its age; live ones stay."""
    gone = person(app, now, "消田")
    stays = person(app, now, "残田")
    app.customers.delete(gone.id, now)
    purchase = next(e for e in app.timeline.feed(stays.id).entries if e.kind == "purchase")
    app.timeline.delete_entry(purchase.id, now)
    result = app.trash.empty(now)
    assert result.cutoff is None and result.customers == 1 and result.purchases == 1
    assert app.trash.counts().total == 0
    assert count(app, "SELECT count(*) FROM customers") == 1
    assert count(app, "SELECT count(*) FROM purchase_lines") == 0
    assert [h.id for h in app.search.search("残田")] == [stays.id]
    assert app.maintenance.check().healthy


def test_purging_a_company_unlinks_its_people_and_their_search(app, now):
    """People at a purged company lose the link and the company's name in search."""
    staff = app.customers.create(
        CustomerInput(family_name="社員", reading="シャイン", company_name="消える商事"), now
    )
    company_id = app.customers.get(staff.id).company_id
    assert company_id is not None
    assert staff.id in {h.id for h in app.search.search("消える商事")}
    version = app.customers.get(staff.id).version
    app.customers.delete(company_id, now)
    result = app.trash.empty(now)
    assert result.customers == 1 and result.unlinked_members == 1
    after = app.customers.get(staff.id)
    assert after.company_id is None and after.company_name == ""
    assert after.version == version + 1  # an open editor sees a conflict, not a ghost
    assert app.search.search("消える商事") == []
    assert [h.id for h in app.search.search("社員")] == [staff.id]
    assert app.maintenance.check().healthy


def test_stale_index_entries_of_trashed_customers_are_removed_too(app, now):
    """Should a trashed customer still be in the index (an older version), purge removes it."""
    from relationdesk.services import search_index

    customer = person(app, now, "古版")
    app.customers.delete(customer.id, now)
    with app.db.write() as uow:
        row = uow.connection.exec_driver_sql(
            "SELECT doc_id, search_text FROM customers WHERE id = ?", (customer.id.bytes,)
        ).one()
        search_index.add_documents(uow.connection, [(row[0], row[1])])
        uow.commit()
    assert app.maintenance.check().index_only
    app.trash.empty(now)
    assert app.maintenance.check().healthy
