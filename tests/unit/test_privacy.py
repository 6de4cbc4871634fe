"""Privacy requests: everything about a customer exported; a customer erased to the last byte."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from relationdesk.services.customer_data import AddressInput, CustomerInput, EmailInput, PhoneInput
from relationdesk.services.errors import CustomerNotFound
from relationdesk.services.privacy import ERASED
from relationdesk.services.timeline import PurchaseLineInput

SECRETS = (
    "忘却",
    "綾乃",
    "ボウキャク",
    "forget.me.please@example.com",
    "9087654321",
    "秘密の相談内容",
    "極秘の電話",
    "内緒の商品",
    "忘却家族",
    "千代田区霞が関",
)


def subject(app, now):
    """The customer a privacy request is about, with history everywhere."""
    customer = app.customers.create(
        CustomerInput(
            family_name="忘却",
            given_name="綾乃",
            reading="ボウキャク アヤノ",
            note="秘密の相談内容",
            tags=("忘却家族", "VIP"),
            custom_fields={"好み": "紅茶"},
            phones=(PhoneInput("090-8765-4321", "携帯"),),
            emails=(EmailInput("forget.me.please@example.com"),),
            addresses=(AddressInput("100-0013", "東京都", "千代田区霞が関", "1-1"),),
        ),
        now,
    )
    app.timeline.log_interaction(customer.id, "call", now, now, subject="極秘の電話")
    app.timeline.record_purchase(customer.id, now, [PurchaseLineInput("内緒の商品", 5000)], now)
    app.reminders.create("折り返し", now + timedelta(days=1), now, customer_id=customer.id)
    app.customers.update(
        customer.id,
        CustomerInput(
            family_name="忘却",
            given_name="綾乃",
            reading="ボウキャク アヤノ",
            note="秘密の相談内容 (2)",
            tags=("忘却家族", "VIP"),
            phones=(PhoneInput("090-8765-4321", "携帯"),),
            emails=(EmailInput("forget.me.please@example.com"),),
            addresses=(AddressInput("100-0013", "東京都", "千代田区霞が関", "1-1"),),
        ),
        now,
    )
    return customer


def others(app, now):
    """Other customers who must stay as they are."""
    made = []
    for name in ("山田", "田中", "鈴木"):
        c = app.customers.create(
            CustomerInput(family_name=name, reading="タロウ", tags=("VIP",)), now
        )
        app.timeline.log_interaction(c.id, "visit", now, now, subject="来店")
        made.append(c)
    return made


def file_bytes(database: Path) -> bytes:
    """The database file with its WAL and shared-memory files."""
    data = b""
    for suffix in ("", "-wal", "-shm", "-journal"):
        path = database.with_name(database.name + suffix)
        if path.exists():
            data += path.read_bytes()
    return data


def test_export_everything_about_a_customer(app, now, tmp_path):
    """JSON with every stored value (history included) and a readable, escaped HTML report."""
    customer = subject(app, now)
    app.customers.create(CustomerInput(family_name="<script>alert(1)</script>"), now)
    data = app.privacy.dossier(customer.id, now)
    assert data["customer"]["family_name"] == "忘却" and data["customer"]["id"] == str(customer.id)
    assert data["customer"]["custom_fields"] == {}
    assert {p["kind"] for p in data["contact_points"]} == {"phone", "email", "address"}
    assert sorted(data["tags"]) == sorted(["忘却家族", "VIP"])
    assert data["interactions"][0]["subject"] == "極秘の電話"
    assert data["purchases"][0]["lines"][0]["product"] == "内緒の商品"
    assert data["reminders"][0]["title"] == "折り返し"
    assert any(c["field"] == "note" for c in data["changes"])
    assert "search_text" not in data["customer"] and "doc_id" not in data["customer"]
    written = app.privacy.export_customer(customer.id, tmp_path, now, language="ja")
    loaded = json.loads(written.json_path.read_text("utf-8"))
    assert loaded["customer"]["note"] == "秘密の相談内容 (2)"
    report = written.report_path.read_text("utf-8")
    assert "RelationDesk が保有する 忘却 綾乃 様の全情報" in report or "忘却" in report
    for text in ("極秘の電話", "内緒の商品", "forget.me.please@example.com", "対応履歴"):
        assert text in report
    hostile = app.customers.list_page().rows
    bad = next(r for r in hostile if r.display_name.startswith("<script>"))
    page = app.privacy.export_customer(bad.id, tmp_path, now + timedelta(seconds=1))
    assert "<script>alert" not in page.report_path.read_text("utf-8")
    with pytest.raises(CustomerNotFound):
        app.privacy.dossier(bad.id.__class__(int=1), now)


def test_erase_preview_says_what_goes_and_when_backups_forget(app, now):
    """The confirmation's facts: the counts, the backups holding a copy and their expiry."""
    customer = subject(app, now)
    others(app, now)
    app.backups.backup_now("manual", now - timedelta(days=2))
    plan = app.privacy.erase_preview(customer.id, now)
    assert (plan.name, plan.kind, plan.in_trash) == ("忘却 綾乃", "person", False)
    assert (plan.contact_points, plan.interactions, plan.purchases, plan.reminders) == (3, 1, 1, 1)
    assert plan.changes > 0 and plan.tags == 1 and plan.members == 0
    assert len(plan.backup_copies) == 1
    assert plan.copies_expire_on is not None
    assert now.date() < plan.copies_expire_on <= now.date() + timedelta(days=400)
    assert plan.other_copies == ()


def test_erase_removes_every_byte(app, now):
    """After erasure none of the customer's values is anywhere in the file or its WAL; the
    others are untouched and the database is healthy."""
    customer = subject(app, now)
    kept = others(app, now)
    database = app.db.path
    before = file_bytes(database)
    assert all(secret.encode() in before for secret in SECRETS[:4])
    report = app.privacy.erase(customer.id, now)
    assert report.vacuumed and report.wal_cleared
    after = file_bytes(database)
    for secret in SECRETS:
        assert secret.encode() not in after, secret
    with pytest.raises(CustomerNotFound):
        app.customers.get(customer.id, include_trashed=True)
    assert app.search.search("忘却") == [] and app.search.search("ぼうきゃく") == []
    assert app.customers.count() == 3
    assert {h.id for h in app.search.search("たろう")} == {c.id for c in kept}
    assert "VIP" in app.customers.tag_names() and "忘却家族" not in app.customers.tag_names()
    assert app.maintenance.check().healthy
    # The app goes on writing normally.
    app.customers.create(CustomerInput(family_name="新規"), now)
    assert app.customers.count() == 4


def test_erasing_a_company_redacts_it_from_its_peoples_history(app, now):
    """A company's name leaves its people's records, search and change history."""
    staff = app.customers.create(
        CustomerInput(family_name="社員", reading="シャイン", company_name="秘密商事"), now
    )
    company_id = app.customers.get(staff.id).company_id
    assert company_id is not None
    plan = app.privacy.erase_preview(company_id, now)
    assert plan.kind == "company" and plan.members == 1 and plan.history_mentions == 1
    app.privacy.erase(company_id, now)
    after = app.customers.get(staff.id)
    assert after.company_id is None
    values = {(e.old_value, e.new_value) for e in app.history.history(staff.id, "company")}
    assert values == {("", ERASED)}
    assert app.search.search("秘密商事") == []
    assert "秘密商事".encode() not in file_bytes(app.db.path)
    assert app.maintenance.check().healthy


def test_erase_a_customer_in_the_trash(app, now):
    """A trashed customer can be erased too (it is not in the search index any more)."""
    customer = subject(app, now)
    app.customers.delete(customer.id, now)
    plan = app.privacy.erase_preview(customer.id, now)
    assert plan.in_trash
    app.privacy.erase(customer.id, now)
    assert "忘却".encode() not in file_bytes(app.db.path)
    assert app.maintenance.check().healthy
    with pytest.raises(CustomerNotFound):
        app.privacy.erase(customer.id, now)


def test_no_backup_holds_a_new_customer(app, now):
    """A customer added after the last backup is in no backup: nothing to expire."""
    others(app, now)
    app.backups.backup_now("manual", now)
    customer = subject(app, now + timedelta(minutes=1))
    plan = app.privacy.erase_preview(customer.id, now + timedelta(minutes=2))
    assert plan.backup_copies == () and plan.copies_expire_on is None
    assert isinstance(plan.policy.monthly, int)
    assert date.today() is not None
