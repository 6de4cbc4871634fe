"""Undoing imports: exact round trips, refusals when records changed since, the journal."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from relationdesk.exporting.formats import ExportFormat
from relationdesk.exporting.options import ExportOptions
from relationdesk.services.customer_data import (
    CustomerInput,
    EmailInput,
    PhoneInput,
)
from relationdesk.services.errors import (
    BatchAlreadyUndone,
    BatchNotFound,
    ChangeReason,
    UndoRefused,
)
from tests.unit.imports.helpers import DATA, content_digest, count, rows_of, write_csv


def export(app, path):
    """Every customer as a CSV export: its rows, without the Updated column.

    Undo changes a restored record, so its updated time (and version) move on, as they
    must for an editor holding the record open and, later, for sync; every other
    exported value comes back exactly.
    """
    app.exports.export(path, ExportFormat.CSV, options=ExportOptions(language="en"))
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    for row in rows:
        del row["Updated"]
    return rows


@pytest.fixture
def shop(app, now):
    """A database with customers of its own before any import."""
    yamada = app.customers.create(
        CustomerInput(
            family_name="山田",
            given_name="太郎",
            note="大切なお客様",
            emails=(EmailInput("taro@example.jp"),),
            phones=(PhoneInput("03-1111-2222"),),
            tags=("常連",),
        ),
        now,
    )
    takahashi = app.customers.create(
        CustomerInput(
            family_name="髙橋",
            given_name="一郎",
            reading="タカハシ イチロウ",
            emails=(EmailInput("ichiro@example.co.jp"),),
        ),
        now,
    )
    app.customers.create(CustomerInput(kind="company", display_name="株式会社テスト"), now)
    return {"yamada": yamada, "takahashi": takahashi}


def import_file(tmp_path):
    """A file that creates, merges (filling fields, adding phones, tags and a company)."""
    return write_csv(
        tmp_path / "mixed.csv",
        [
            (
                "山田 太郎",
                "ヤマダ タロウ",
                "090-3333-4444",
                "taro@example.jp",
                "1000001",
                "東京都千代田区千代田1-1",
                "1970/1/1",
                "別のメモ",
                "VIP、新規タグ",
            ),
            (
                "新井 次郎",
                "アライ ジロウ",
                "080-1234-5678",
                "jiro@example.jp",
                "",
                "",
                "",
                "",
                "新規タグ",
            ),
            ("新井 次郎", "", "06-6123-4567", "jiro@example.jp", "", "", "", "追記", ""),
        ],
        headers=(
            "氏名",
            "フリガナ",
            "電話番号",
            "メール",
            "郵便番号",
            "住所",
            "誕生日",
            "備考",
            "タグ",
        ),
    )


def test_undo_puts_the_database_back_as_it_was(app, now, tmp_path, shop):
    """Export, import (new and merged customers, a new company and tags), undo, export
    again: the same file. Search, tags and the integrity check agree."""
    before = export(app, tmp_path / "before.csv")
    tags_before = app.customers.tag_names()
    customers_before = count(app, "customers")
    result = app.imports.run(DATA / "excel_cp932.csv", None, now)
    second = app.imports.run(import_file(tmp_path), None, now + timedelta(seconds=1))
    assert second.counts.merged == 2 and second.counts.new == 1
    assert app.customers.get(shop["yamada"].id).birthday is not None
    assert "新規タグ" in app.customers.tag_names()

    undone = app.imports.undo(second.batch_id, now + timedelta(seconds=2))
    assert (undone.removed, undone.restored, undone.kept) == (1, 1, ())
    app.imports.undo(result.batch_id, now + timedelta(seconds=3))
    after = export(app, tmp_path / "after.csv")
    assert after == before
    assert len(after) == 3 and {r["Family name"] for r in after} == {"山田", "髙橋", ""}
    assert count(app, "customers") == customers_before
    assert app.customers.tag_names() == tags_before
    yamada = app.customers.get(shop["yamada"].id)
    assert yamada.note == "大切なお客様" and yamada.birthday is None and yamada.reading == ""
    assert [p.e164 for p in yamada.phones] == ["+81311112222"]
    assert yamada.version > shop["yamada"].version  # an undo is a change an editor must see
    assert app.search.search("新井") == []
    assert [h.id for h in app.search.search("やまだ")] == []
    assert [h.id for h in app.search.search("山田")] == [shop["yamada"].id]
    assert app.search.search("09033334444") == []
    assert [h.id for h in app.search.search("taro@example.jp")] == [shop["yamada"].id]
    assert app.maintenance.check().healthy
    history = app.imports.batches()
    assert all(b.undone_at is not None for b in history)


def test_undo_is_logged_like_a_profile_save(app, now, tmp_path, shop):
    """A merged customer's fields going back are in its change log."""
    result = app.imports.run(import_file(tmp_path), None, now)
    app.imports.undo(result.batch_id, now + timedelta(minutes=1))
    from tests.unit.imports.helpers import rows_of

    rows = rows_of(
        app,
        "SELECT field, old_value, new_value FROM changes WHERE customer_id = ? "
        "AND field = 'birthday' ORDER BY changed_at",
        (shop["yamada"].id.bytes,),
    )
    assert rows == [("birthday", "", "1970-01-01"), ("birthday", "1970-01-01", "")]


def test_undo_refuses_when_a_record_was_edited_since(app, now, tmp_path, shop):
    """An edited record makes undo refuse with every such record listed, changing nothing;
    keep_changed undoes the rest and leaves the edited one as it is."""
    result = app.imports.run(import_file(tmp_path), None, now)
    yamada = app.customers.get(shop["yamada"].id)
    edited = CustomerInput(
        family_name="山田",
        given_name="太郎",
        reading=yamada.reading,
        note="書き換えた",
        emails=(EmailInput("taro@example.jp"),),
    )
    app.customers.update(yamada.id, edited, now + timedelta(minutes=1))
    digest = content_digest(app.paths.database)
    with pytest.raises(UndoRefused) as refused:
        app.imports.undo(result.batch_id, now + timedelta(minutes=2))
    assert [(c.customer_id, c.reason) for c in refused.value.conflicts] == [
        (yamada.id, ChangeReason.EDITED)
    ]
    assert refused.value.conflicts[0].name == "山田 太郎"
    assert content_digest(app.paths.database) == digest
    partial = app.imports.undo(result.batch_id, now + timedelta(minutes=2), keep_changed=True)
    assert [c.customer_id for c in partial.kept] == [yamada.id]
    assert partial.removed == 1
    assert app.customers.get(yamada.id).note == "書き換えた"
    assert app.search.search("新井") == []


def test_created_customers_with_their_own_history_stay(app, now, tmp_path):
    """A customer the import made who has a logged call since is not erased."""
    result = app.imports.run(import_file(tmp_path), None, now)
    arai = app.search.search("新井")[0]
    app.timeline.log_interaction(arai.id, "note", now, now, subject="電話メモ")
    with pytest.raises(UndoRefused) as refused:
        app.imports.undo(result.batch_id, now)
    assert [(c.customer_id, c.reason) for c in refused.value.conflicts] == [
        (arai.id, ChangeReason.HAS_HISTORY)
    ]


def test_a_created_company_someone_joined_since_stays(app, now, tmp_path):
    """A company the import made for its people, which a customer typed in by hand has
    joined since, is in use: undo keeps it (with keep_changed) and erases the rest."""
    result = app.imports.run(DATA / "excel_cp932.csv", None, now)
    company = app.customers.companies("㈱髙橋")[0][0]
    app.customers.create(CustomerInput(family_name="社員", company_id=company), now)
    with pytest.raises(UndoRefused) as refused:
        app.imports.undo(result.batch_id, now)
    assert [(c.customer_id, c.reason) for c in refused.value.conflicts] == [
        (company, ChangeReason.IN_USE)
    ]
    app.imports.undo(result.batch_id, now, keep_changed=True)
    assert app.customers.get(company).display_name == "㈱髙橋商事"
    assert count(app, "customers") == 2
    assert app.maintenance.check().healthy


def test_batches_undo_newest_first(app, now, tmp_path, shop):
    """An older batch whose customers a newer batch changed waits for the newer one."""
    first = app.imports.run(import_file(tmp_path), None, now)
    more = write_csv(
        tmp_path / "more.csv",
        [("新井 次郎", "", "", "jiro@example.jp", "", "", "1980/2/2", "", "")],
    )
    second = app.imports.run(more, None, now + timedelta(minutes=1))
    assert second.counts.merged == 1
    with pytest.raises(UndoRefused):
        app.imports.undo(first.batch_id, now + timedelta(minutes=2))
    app.imports.undo(second.batch_id, now + timedelta(minutes=2))
    app.imports.undo(first.batch_id, now + timedelta(minutes=3))
    assert app.search.search("新井") == []


def test_undo_twice_or_an_unknown_batch(app, now, tmp_path):
    """A batch is undone once; an unknown id is a typed error."""
    import uuid

    result = app.imports.run(import_file(tmp_path), None, now)
    app.imports.undo(result.batch_id, now)
    with pytest.raises(BatchAlreadyUndone):
        app.imports.undo(result.batch_id, now)
    with pytest.raises(BatchNotFound):
        app.imports.undo(uuid.uuid4(), now)


def test_undo_reports_progress(app, now, tmp_path):
    """Undo calls progress(done, total) up to the number of records it handles."""
    result = app.imports.run(DATA / "excel_cp932.csv", None, now)
    seen = []
    app.imports.undo(result.batch_id, now, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1] == (6, 6)


def test_the_journal_holds_each_customers_version_after_the_import(app, now, tmp_path, shop):
    """Undo compares each customer's version with the journal's after_version: an entry
    that disagreed would refuse the undo. New customers (one filled in again by a later
    record of the file) and stored customers filled in alike."""
    result = app.imports.run(import_file(tmp_path), None, now)
    assert result.counts.merged == 2 and result.counts.new == 1
    pairs = rows_of(
        app,
        "SELECT i.action, i.after_version, c.version FROM import_batch_items i "
        "JOIN customers c ON c.id = i.customer_id WHERE i.batch_id = ?",
        (result.batch_id.bytes,),
    )
    assert {action for action, _, _ in pairs} == {"created", "merged"}
    assert all(after == version for _, after, version in pairs)
