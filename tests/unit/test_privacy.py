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
    assert values == {("", ERASED), (ERASED, "")}  # joined, then unlinked by the erasure
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


# -- the import and merge journal, and merged duplicates ------------------------------

MERGED_SECRETS = (
    "秘密甲",
    "ヒミツコウ",
    "極秘メモ甲",
    "secret.kou@example.com",
    "08011112222",
    "080-1111-2222",
    "秘密乙",
    "ヒミツオツ",
    "極秘メモ乙",
    "secret.otsu@example.com",
    "1985-04-01",
)


def merged_subject(app, now, tmp_path):
    """A customer an import filled in and a duplicate was merged into by hand; the import
    also created someone else. Returns (customer, duplicate, import result, other's id)."""
    from relationdesk.services.duplicates import MergeSide
    from relationdesk.services.import_data import ImportOptions

    customer = app.customers.create(
        CustomerInput(
            family_name="秘密甲",
            given_name="太郎",
            reading="ヒミツコウ タロウ",
            note="極秘メモ甲",
            emails=(EmailInput("secret.kou@example.com"),),
        ),
        now,
    )
    source = tmp_path / "秘密甲太郎さんと普通さん.csv"
    source.write_text(
        "氏名,フリガナ,メール,電話,誕生日,メモ\n"
        "秘密甲 太郎,ヒミツコウ タロウ,secret.kou@example.com,080-1111-2222,1985-04-01,"
        "極秘メモ甲\n"
        "普通 花子,フツウ ハナコ,hanako@example.com,,,\n",
        encoding="utf-8",
    )
    imported = app.imports.run(source, ImportOptions(), now)
    assert (imported.counts.merged, imported.counts.new) == (1, 1)
    duplicate = app.customers.create(
        CustomerInput(
            family_name="秘密乙",
            reading="ヒミツオツ",
            note="極秘メモ乙",
            emails=(EmailInput("secret.otsu@example.com"),),
        ),
        now,
    )
    app.timeline.log_interaction(duplicate.id, "call", now, now, subject="極秘メモ乙")
    app.duplicates.merge(customer.id, duplicate.id, now, {"note": MergeSide.KEEP})
    other = next(r.id for r in app.customers.list_page().rows if r.display_name == "普通 花子")
    return customer, duplicate, imported, other


def test_erase_leaves_nothing_of_a_merged_customer_in_the_file(app, now, tmp_path):
    """After an import filled the customer in and a duplicate was merged into it, erasing
    it leaves none of its values in the file: not in the journal's before-images and
    details, not in batch names, not in the trashed duplicate. The import stays undoable
    for the others and never brings the erased customer back."""
    customer, duplicate, imported, other = merged_subject(app, now, tmp_path)
    database = app.db.path
    before = file_bytes(database)
    assert all(secret.encode() in before for secret in MERGED_SECRETS)
    plan = app.privacy.erase_preview(customer.id, now)
    assert [d.id for d in plan.duplicates] == [duplicate.id] and plan.restored_duplicates == ()
    assert plan.journal_entries == 3  # the import's fill, the merge's kept and absorbed
    report = app.privacy.erase(customer.id, now)
    assert report.vacuumed and report.wal_cleared
    after = file_bytes(database)
    for secret in MERGED_SECRETS:
        assert secret.encode() not in after, secret
    for gone in (customer.id, duplicate.id):
        with pytest.raises(CustomerNotFound):
            app.customers.get(gone, include_trashed=True)
    batches = app.imports.batches()
    assert [(b.id, b.file_name) for b in batches] == [(imported.batch_id, ERASED)]
    undone = app.imports.undo(imported.batch_id, now)
    assert (undone.removed, undone.restored, undone.kept) == (1, 0, ())
    with pytest.raises(CustomerNotFound):
        app.customers.get(other, include_trashed=True)
    with pytest.raises(CustomerNotFound):
        app.customers.get(customer.id, include_trashed=True)
    assert app.customers.count() == 0 and app.trash.counts().total == 0
    assert app.maintenance.check().healthy
    app.close()
    closed = file_bytes(database)
    for secret in MERGED_SECRETS:
        assert secret.encode() not in closed, secret


def test_export_includes_the_journal_and_merged_duplicates(app, now, tmp_path):
    """The export is everything: the journal's before-images and details, and the merged
    duplicate in the trash with the history it had."""
    customer, duplicate, imported, _ = merged_subject(app, now, tmp_path)
    data = app.privacy.dossier(customer.id, now)
    journal = data["journal"]
    assert [(e["batch_kind"], e["action"]) for e in journal] == [
        ("import", "merged"),
        ("merge", "kept"),
        ("merge", "absorbed"),
    ]
    assert journal[0]["batch_id"] == str(imported.batch_id)
    assert journal[0]["file_name"] == "秘密甲太郎さんと普通さん.csv"
    assert journal[0]["before"]["customer"]["note"] == "極秘メモ甲"
    assert journal[0]["before"]["customer"]["birthday"] is None
    assert set(journal[0]["details"]["filled"]) >= {"birthday"}
    assert journal[2]["before"]["customer"]["family_name"] == "秘密乙"
    assert [d["customer"]["id"] for d in data["merged_duplicates"]] == [str(duplicate.id)]
    assert data["merged_duplicates"][0]["customer"]["deleted_at"] is not None
    written = app.privacy.export_customer(customer.id, tmp_path, now, language="ja")
    report = written.report_path.read_text("utf-8")
    for text in ("取り込み・統合の記録", "秘密乙", "極秘メモ乙", "secret.otsu@example.com"):
        assert text in report
    assert json.loads(written.json_path.read_text("utf-8"))["journal"][1]["action"] == "kept"


def test_erasing_a_merged_away_duplicate_keeps_the_record_it_went_into(app, now, tmp_path):
    """Erasing the duplicate in the trash names the record it was merged into (which keeps
    what it took, and the history that moved to it); its journal entry goes, and the
    merge's undo then puts that record back and nothing else."""
    customer, duplicate, _, _ = merged_subject(app, now, tmp_path)
    plan = app.privacy.erase_preview(duplicate.id, now)
    assert plan.in_trash and [r.id for r in plan.merged_into] == [customer.id]
    assert plan.duplicates == () and plan.journal_entries == 1
    app.privacy.erase(duplicate.id, now)
    with app.db.read() as uow:
        left = uow.connection.exec_driver_sql(
            "SELECT count(*) FROM import_batch_items WHERE customer_id = ?",
            (duplicate.id.bytes,),
        ).scalar()
    assert left == 0
    merge = next(b for b in app.imports.batches() if b.kind == "merge")
    assert merge.file_name == "秘密甲 太郎"  # named after the record that stays
    result = app.duplicates.undo(merge.id, now)
    assert (result.removed, result.restored) == (0, 1)
    with pytest.raises(CustomerNotFound):
        app.customers.get(duplicate.id, include_trashed=True)
    restored = app.customers.get(customer.id)
    assert [e.address for e in restored.emails] == ["secret.kou@example.com"]
    assert app.maintenance.check().healthy


def test_a_duplicate_restored_from_the_trash_is_named_not_erased(app, now, tmp_path):
    """A merged-away duplicate the user brought back is a record of its own: it stays, and
    the confirmation names it."""
    customer, duplicate, _, _ = merged_subject(app, now, tmp_path)
    app.customers.restore(duplicate.id, now)
    plan = app.privacy.erase_preview(customer.id, now)
    assert plan.duplicates == () and [r.id for r in plan.restored_duplicates] == [duplicate.id]
    app.privacy.erase(customer.id, now)
    assert app.customers.get(duplicate.id).display_name == "秘密乙"
    assert "秘密甲".encode() not in file_bytes(app.db.path)


def test_erasing_a_company_takes_it_out_of_its_peoples_journal(app, now, tmp_path):
    """A person's before-image in the import journal holds their company's name: erasing
    the company takes it out, and undo of that import still works."""
    from relationdesk.services.import_data import ImportOptions

    staff = app.customers.create(
        CustomerInput(
            family_name="社員",
            given_name="一郎",
            reading="シャイン イチロウ",
            company_name="秘密商事",
            emails=(EmailInput("ichiro@example.com"),),
        ),
        now,
    )
    company_id = app.customers.get(staff.id).company_id
    source = tmp_path / "staff.csv"
    source.write_text(
        "氏名,フリガナ,メール,電話,会社名\n"
        "社員 一郎,シャイン イチロウ,ichiro@example.com,090-3333-4444,秘密商事\n",
        encoding="utf-8",
    )
    imported = app.imports.run(source, ImportOptions(), now)
    assert imported.counts.merged == 1
    assert "秘密商事".encode() in file_bytes(app.db.path)
    app.privacy.erase(company_id, now)
    assert "秘密商事".encode() not in file_bytes(app.db.path)
    result = app.imports.undo(imported.batch_id, now, keep_changed=True)
    assert [k.customer_id for k in result.kept] == [staff.id]  # unlinked by the erasure
    assert app.customers.get(staff.id).company_id is None
    assert app.maintenance.check().healthy


def test_the_command_line_confirmation_names_merged_records(app, now, tmp_path, monkeypatch):
    """``relationdesk erase`` says the same as the window, in Japanese too."""
    from relationdesk.cli import erase_confirmation

    customer, duplicate, _, _ = merged_subject(app, now, tmp_path)
    plan = app.privacy.erase_preview(customer.id, now)
    monkeypatch.setenv("RELATIONDESK_LANG", "en")
    lines = erase_confirmation(plan)
    assert any(line.startswith("Erased with it: 秘密乙,") for line in lines)
    assert any("history's 3 copies" in line for line in lines)
    monkeypatch.setenv("RELATIONDESK_LANG", "ja")
    lines = erase_confirmation(plan)
    assert any("ごみ箱にある 秘密乙 も一緒に消去" in line for line in lines)
    assert any("コピー 3 件も削除" in line for line in lines)
    app.customers.delete(customer.id, now)
    app.customers.restore(duplicate.id, now)
    lines = erase_confirmation(app.privacy.erase_preview(customer.id, now))
    assert any("秘密乙 は、この顧客に統合された後ごみ箱から戻された" in line for line in lines)
    lines = erase_confirmation(app.privacy.erase_preview(duplicate.id, now))
    assert not any("統合先" in line for line in lines)  # the record it went into is trashed
