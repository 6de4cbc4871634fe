"""The import service on a real SQLite file: what is stored, preview, duplicates, mappings."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from relationdesk.importing.errors import FileCode, ImportFileError
from relationdesk.importing.fields import Field
from relationdesk.importing.mapping import ColumnTarget
from relationdesk.importing.problems import Severity
from relationdesk.importing.readers import FileFormat
from relationdesk.importing.values import ValueCode
from relationdesk.services import import_pipeline
from relationdesk.services.customer_data import CustomerFilter, CustomerInput, PhoneInput
from relationdesk.services.duplicate_rules import Confidence, MatchRule
from relationdesk.services.import_data import DuplicatePolicy, ImportOptions, RowAction
from relationdesk.services.import_prepare import ImportCode
from tests.unit.imports.helpers import DATA, content_digest, count, rows_of, uid, write_csv


def all_customers(app):
    """Every live customer's profile, by reading."""
    page = app.customers.list_page(limit=1000)
    return [app.customers.get(r.id) for r in page.rows]


def by_name(app, name):
    """The one live customer called *name*."""
    found = [c for c in all_customers(app) if c.display_name == name]
    assert len(found) == 1, [c.display_name for c in all_customers(app)]
    return found[0]


def test_excel_cp932_file_is_stored_as_the_editor_would_store_it(app, now):
    """The Excel file: customers, a company made for ㈱髙橋商事, problems by line."""
    result = app.imports.run(DATA / "excel_cp932.csv", None, now)
    assert result.counts.read == 6
    assert (result.counts.new, result.counts.rejected, result.counts.companies) == (5, 1, 1)
    assert result.file.format is FileFormat.CSV
    assert dict(result.file.source)["encoding"] == "cp932"

    takahashi = by_name(app, "髙橋 一郎")
    assert takahashi.reading == "タカハシ イチロウ"
    assert takahashi.birthday == date(1980, 7, 15)
    assert takahashi.note == "いつもの\nお客様"
    assert takahashi.company_name == "㈱髙橋商事"
    assert [p.e164 for p in takahashi.phones] == ["+81312345678", "+819012345678"]
    assert takahashi.phones[0].raw == "０３－１２３４－５６７８"
    assert takahashi.phones[0].primary and not takahashi.phones[1].primary
    assert takahashi.addresses[0].postal_code == "1000001"
    assert takahashi.addresses[0].building == "①号館"
    assert takahashi.source == "excel_cp932.csv"
    company = by_name(app, "㈱髙橋商事")
    assert company.kind == "company"
    assert takahashi.company_id == company.id

    problems = {(p.line, p.column, p.code) for p in result.problems}
    assert (5, "電話番号", ValueCode.INVALID_PHONE) in problems
    assert (7, "", ValueCode.NO_NAME) in problems
    assert all(p.line > 1 for p in result.problems)
    assert [h.name for h in app.search.search("山﨑")][:2] == ["山﨑 花子", "㈲山﨑工務店"]
    assert app.search.search("たかはし")[0].id == takahashi.id
    assert app.search.search("0312345678")[0].id == takahashi.id
    assert app.maintenance.check().healthy


def test_imported_customers_equal_the_ones_the_customer_service_makes(app, now, tmp_path):
    """The bulk path stores exactly what CustomerService.create stores for the same input:
    every profile field, contact point, tag, the company link and the search document."""
    from relationdesk.importing.mapping import guess_mapping
    from relationdesk.importing.readers import read_table
    from relationdesk.importing.values import convert_all

    path = write_csv(
        tmp_path / "people.csv",
        [
            (
                "山田 太郎",
                "ﾔﾏﾀﾞ ﾀﾛｳ",
                "090-1111-2222 ::: 03-1111-2222",
                "Taro@Example.JP",
                "1000001",
                "東京都千代田区千代田1-1 ビル2F",
                "1980/1/2",
                "メモ",
                "常連、VIP",
                "山田商事",
            ),
            ("鈴木 花子", "すずき はなこ", "+44 20 7946 0958", "", "", "", "S55.7.15", "", "", ""),
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
            "会社名",
        ),
    )
    app.imports.run(path, None, now)
    imported = {c.display_name: c for c in all_customers(app)}
    table = read_table(path)
    conversions = list(convert_all(guess_mapping(table.headers).map_rows(table), source=path.name))
    for conversion in conversions:
        assert conversion.customer is not None
        data = dataclasses.replace(conversion.customer, company_name=conversion.company_name)
        made = app.customers.get(app.customers.create(data, now).id)
        ours = imported[made.display_name]
        skip = {"id", "created_at", "updated_at", "version", "phones", "emails", "addresses"}
        for f in dataclasses.fields(ours):
            if f.name not in skip:
                assert getattr(ours, f.name) == getattr(made, f.name), f.name
        for kind in ("phones", "emails", "addresses"):
            theirs = [dataclasses.replace(p, id=made.id) for p in getattr(made, kind)]
            mine = [dataclasses.replace(p, id=made.id) for p in getattr(ours, kind)]
            assert mine == theirs, kind
        documents = rows_of(
            app,
            "SELECT search_text FROM customers WHERE id IN (?, ?)",
            (ours.id.bytes, made.id.bytes),
        )
        assert len(documents) == 2 and documents[0] == documents[1]


def _email(address):
    from relationdesk.services.customer_data import EmailInput

    return EmailInput(address)


def _address():
    from relationdesk.services.customer_data import AddressInput

    return AddressInput(
        postal_code="1000001",
        prefecture="東京都",
        city="千代田区",
        street="千代田1-1",
        building="ビル2F",
    )


def test_preview_writes_nothing_and_counts_like_the_run(app, now, tmp_path):
    """A preview's counts are the import's counts; the database is untouched by it."""
    app.customers.create(
        CustomerInput(
            family_name="髙橋",
            given_name="一郎",
            reading="タカハシ イチロウ",
            emails=(_email("ichiro@example.co.jp"),),
        ),
        now,
    )
    database = app.paths.database
    before = content_digest(database)
    preview = app.imports.preview(DATA / "excel_cp932.csv", None, now)
    assert content_digest(database) == before
    assert preview.counts.merged == 1 and preview.counts.new == 4
    first = preview.rows[0]
    assert first.line == 2 and first.action is RowAction.MERGED
    assert first.match is not None and first.match.confidence is Confidence.HIGH
    assert MatchRule.EMAIL in first.match.rules and first.match.line is None
    assert first.values is not None and first.values.company_name == "㈱髙橋商事"
    assert "company" in first.filled and "+phones" in first.filled
    rejected = next(r for r in preview.rows if r.line == 7)
    assert rejected.action is RowAction.REJECTED and rejected.values is None
    assert rejected.problems[0].severity is Severity.ERROR
    result = app.imports.run(DATA / "excel_cp932.csv", None, now)
    assert result.counts == preview.counts
    assert [(p.line, p.code) for p in result.problems] == [
        (p.line, p.code) for p in preview.problems
    ]


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        (DuplicatePolicy.MERGE, (1, 4, 0, 0)),
        (DuplicatePolicy.SKIP, (1, 0, 4, 0)),
        (DuplicatePolicy.CREATE, (1, 0, 0, 4)),
    ],
)
def test_importing_a_file_twice(app, now, policy, expected):
    """The second import of a file finds every customer it made (佐藤, with nothing but a
    name, is only a possible duplicate, imported again with a warning)."""
    app.imports.run(DATA / "excel_cp932.csv", None, now)
    customers = count(app, "customers")
    second = app.imports.run(DATA / "excel_cp932.csv", ImportOptions(on_duplicate=policy), now)
    c = second.counts
    assert (c.new, c.merged, c.skipped, c.created_anyway) == expected
    assert c.companies == 0
    assert count(app, "customers") == customers + c.new + c.created_anyway
    warnings = [p for p in second.problems if p.code == ImportCode.POSSIBLE_DUPLICATE]
    assert [(w.line, w.value) for w in warnings] == [(5, "佐藤 次郎")]


def test_merge_fills_empty_fields_adds_new_values_and_never_overwrites(app, now, tmp_path):
    """Merge: the birthday and the new phone come in, the note the user wrote stays, the
    change log and the journal say what happened."""
    mine = app.customers.create(
        CustomerInput(
            family_name="山田",
            given_name="太郎",
            note="大切なお客様",
            emails=(_email("taro@example.jp"),),
            phones=(PhoneInput("03-1111-2222"),),
            tags=("常連",),
        ),
        now,
    )
    path = write_csv(
        tmp_path / "again.csv",
        [
            (
                "山田 太郎",
                "ヤマダ タロウ",
                "090-3333-4444",
                "taro@example.jp",
                "",
                "",
                "1970/1/1",
                "別のメモ",
                "VIP、常連",
            )
        ],
    )
    result = app.imports.run(path, None, now)
    assert result.counts.merged == 1 and result.counts.new == 0
    after = app.customers.get(mine.id)
    assert after.note == "大切なお客様"
    assert after.reading == "ヤマダ タロウ" and after.birthday == date(1970, 1, 1)
    assert [p.e164 for p in after.phones] == ["+81311112222", "+819033334444"]
    assert after.phones[0].primary and not after.phones[1].primary
    assert sorted(after.tags) == ["VIP", "常連"]
    assert after.version == mine.version + 1
    assert app.search.search("やまだ")[0].id == mine.id
    changed = {
        r[0]
        for r in rows_of(
            app,
            "SELECT field FROM changes WHERE customer_id = ? AND changed_at = ?",
            (mine.id.bytes, int(now.timestamp() * 1_000_000)),
        )
    }
    assert {"reading", "birthday", "phones", "tags"} <= changed
    assert "note" not in changed
    import json

    (details,) = rows_of(app, "SELECT details FROM import_batch_items WHERE action = 'merged'")
    recorded = json.loads(details[0])
    assert recorded["filled"] == ["birthday", "reading"]
    assert recorded["kept"] == {"note": "別のメモ"}
    assert recorded["added"] == {"phones": 1, "tags": 1}
    assert recorded["lines"] == [2]


def test_duplicates_within_one_file_and_across_chunks(app, now, tmp_path, monkeypatch):
    """Rows of the same file match each other, in the same chunk or chunks apart."""
    monkeypatch.setattr(import_pipeline, "CHUNK", 2)
    path = write_csv(
        tmp_path / "twice.csv",
        [
            ("山田 太郎", "ヤマダ タロウ", "", "taro@example.jp", "", "", "", "", ""),
            ("山田 太郎", "", "090-1234-5678", "taro@example.jp", "", "", "", "", ""),
            ("佐藤 花子", "サトウ ハナコ", "", "", "", "", "1990/1/1", "", ""),
            ("別人", "", "", "", "", "", "", "", ""),
            ("佐藤 花子", "サトウ ハナコ", "03-1234-5678", "", "", "", "1990/1/1", "", ""),
        ],
    )
    result = app.imports.run(path, None, now)
    assert (result.counts.new, result.counts.merged) == (3, 2)
    yamada = by_name(app, "山田 太郎")
    assert [p.e164 for p in yamada.phones] == ["+819012345678"]
    assert by_name(app, "佐藤 花子").phones[0].e164 == "+81312345678"
    preview = app.imports.preview(path, ImportOptions(on_duplicate=DuplicatePolicy.CREATE), now)
    in_file = [r.match for r in preview.rows if r.action is RowAction.CREATED_ANYWAY]
    assert all(m is not None for m in in_file)


def test_a_mapping_used_is_remembered_for_the_next_file_of_that_shape(app, now, tmp_path):
    """The user's mapping is kept (by the run, not the preview) for files of the same
    columns; a file with other columns gets the guess."""
    first = write_csv(tmp_path / "a.csv", [("山田 太郎", "ヤマダ", "", "", "", "", "", "メモ", "")])
    info = app.imports.inspect(first)
    assert not info.remembered
    assert info.mapping is not None
    note = info.headers.index("備考")
    edited = info.mapping.with_target(note, ColumnTarget(Field.IGNORE))
    options = ImportOptions(mapping=edited)
    app.imports.preview(first, options, now)
    assert not app.imports.inspect(first).remembered
    app.imports.run(first, options, now)
    second = write_csv(tmp_path / "b.csv", [("鈴木 一郎", "", "", "", "", "", "", "別", "")])
    again = app.imports.inspect(second)
    assert again.remembered and again.mapping == edited
    app.imports.run(second, None, now)
    assert by_name(app, "鈴木 一郎").note == ""
    other = write_csv(tmp_path / "c.csv", [("x", "y")], headers=("氏名", "メモ"))
    assert not app.imports.inspect(other).remembered


def test_formula_guard_of_our_exports_is_undone(app, now, tmp_path):
    """Cells our export neutralised ('=1+1) come back as they were typed."""
    path = write_csv(
        tmp_path / "guarded.csv",
        [("'=山田", "", "", "", "", "", "", "'-5% off", "'@home")],
    )
    app.imports.run(path, None, now)
    (customer,) = all_customers(app)
    assert customer.display_name == "=山田"
    assert customer.note == "-5% off"
    assert customer.tags == ("@home",)


@pytest.mark.parametrize(
    ("name", "read"),
    [("google_contacts.csv", 2), ("outlook.csv", 1), ("phone_21.vcf", 2)],
)
def test_other_programs_files(app, now, name, read):
    """Google and Outlook exports and a feature phone's vCard come in."""
    result = app.imports.run(DATA / name, None, now)
    assert result.counts.read >= read
    assert result.counts.rejected == 0
    takahashi = by_name(app, "髙橋 一郎")
    assert takahashi.phones and takahashi.emails
    assert app.maintenance.check().healthy


def test_unreadable_files_raise_before_anything_is_written(app, now, tmp_path):
    """A file that cannot be read raises ImportFileError with its code; nothing written."""
    before = content_digest(app.paths.database)
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    for path, code in [
        (tmp_path / "empty.csv", FileCode.EMPTY),
        (tmp_path / "old.xls", FileCode.UNSUPPORTED),
        (tmp_path / "missing.csv", FileCode.UNREADABLE),
    ]:
        with pytest.raises(ImportFileError) as caught:
            app.imports.run(path, None, now)
        assert caught.value.code == code
    assert content_digest(app.paths.database) == before
    assert app.imports.batches() == []


def test_history_lists_batches_newest_first(app, now, tmp_path):
    """The import history: one entry per import, newest first, with its counts."""
    from datetime import timedelta

    first = app.imports.run(DATA / "excel_cp932.csv", None, now)
    second = app.imports.run(DATA / "phone_21.vcf", None, now + timedelta(minutes=1))
    history = app.imports.batches()
    assert [b.id for b in history] == [second.batch_id, first.batch_id]
    assert history[1].file_name == "excel_cp932.csv" and history[1].file_format == "csv"
    assert history[1].counts == first.counts and history[1].undone_at is None
    assert app.imports.batches(limit=1, before=second.batch_id)[0].id == first.batch_id
    # the short form is the last 8 hex digits: the first ones are the time, shared by
    # batches made in the same minute
    assert app.imports.find_batch(first.batch_id.hex[-8:]) == first.batch_id
    assert app.imports.find_batch(str(first.batch_id)[:8]) is None
    assert app.imports.find_batch(str(first.batch_id)) == first.batch_id
    assert app.imports.find_batch(first.batch_id.hex.upper()) == first.batch_id
    assert app.imports.find_batch("zz") is None
    assert app.imports.find_batch("0" * 32) is None


def test_helper_processes_store_the_same_as_the_calling_process(app, now, tmp_path, monkeypatch):
    """A file prepared in helper processes gives the same customers as one prepared here."""
    rows = [
        (
            f"山田 太郎{i}",
            "ヤマダ タロウ",
            f"03-1234-{i:04d}",
            f"t{i}@example.jp",
            "100-0001",
            "東京都千代田区千代田1-1",
            "1980/1/2",
            "メモ",
            "常連",
        )
        for i in range(30)
    ]
    path = write_csv(tmp_path / "many.csv", rows)
    monkeypatch.setattr(import_pipeline, "CHUNK", 4)
    monkeypatch.setattr(import_pipeline, "PARALLEL_FROM", 5)
    monkeypatch.setattr(import_pipeline, "os", _Cores(2))
    parallel = app.imports.run(path, None, now)
    assert parallel.counts.new == 30
    assert parallel.counts.merged == 0
    stored = sorted(
        (c.display_name, c.reading, tuple(p.e164 for p in c.phones), c.emails[0].address, c.tags)
        for c in all_customers(app)
    )
    assert stored == sorted(
        (r[0], "ヤマダ タロウ", (f"+8131234{int(r[2][-4:]):04d}",), r[3], ("常連",)) for r in rows
    )
    assert app.search.search("t29@example.jp")[0].name == "山田 太郎29"
    assert app.maintenance.check().healthy


class _Cores:
    """Stands in for the os module in import_pipeline: a machine with *n* cores."""

    def __init__(self, n: int) -> None:
        self.n = n

    def cpu_count(self) -> int:
        return self.n


def test_trashed_customers_are_not_duplicates(app, now, tmp_path):
    """A customer in the trash does not catch an imported record."""
    gone = app.customers.create(
        CustomerInput(family_name="山田", given_name="太郎", emails=(_email("t@example.jp"),)), now
    )
    app.customers.delete(gone.id, now)
    path = write_csv(
        tmp_path / "a.csv", [("山田 太郎", "", "", "t@example.jp", "", "", "", "", "")]
    )
    assert app.imports.run(path, None, now).counts.new == 1
    assert app.customers.count(CustomerFilter(trashed=True)) == 1


def test_progress_is_reported_and_ends_at_the_total(app, now, tmp_path, monkeypatch):
    """progress(done, total) rises to the number of records."""
    monkeypatch.setattr(import_pipeline, "CHUNK", 3)
    path = write_csv(
        tmp_path / "a.csv", [(f"顧客{i}", "", "", "", "", "", "", "", "") for i in range(10)]
    )
    seen = []
    app.imports.run(path, None, now, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 10) and seen[-1] == (10, 10)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_uid_helper():
    """(The helper turns stored bytes into UUIDs.)"""
    import uuid

    value = uuid.uuid4()
    assert uid(value.bytes) == value
