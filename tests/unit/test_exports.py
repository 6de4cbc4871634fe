"""The export service: scopes, keyset pages, progress, cancel, and no half-written files."""

from __future__ import annotations

import csv
import io
import tracemalloc
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook

from relationdesk.exporting.cp932 import CharacterPolicy, UnencodableText
from relationdesk.exporting.formats import ExportFormat
from relationdesk.exporting.options import CsvEncoding, ExportOptions
from relationdesk.services.customer_data import CustomerInput, PhoneInput
from relationdesk.services.demo import DemoGenerator
from relationdesk.services.errors import ExportCancelled
from relationdesk.services.exports import ExportService, SearchResults, Selection

EN = ExportOptions(language="en")


def ids_in(path: Path) -> list[uuid.UUID]:
    """The customer ids of a UTF-8 CSV export, in file order."""
    text = path.read_text(encoding="utf-8-sig")
    return [uuid.UUID(r["Customer ID"]) for r in csv.DictReader(io.StringIO(text, newline=""))]


def live_ids_by_reading(app) -> list[uuid.UUID]:
    """Every live customer's id in 五十音 order, straight from the table."""
    with app.db.read() as uow:
        rows = uow.connection.exec_driver_sql(
            "SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY sort_key, id"
        )
        return [uuid.UUID(bytes=bytes(r[0])) for r in rows]


@pytest.fixture
def out(tmp_path) -> Path:
    """An empty folder for the exported files (the data folder is elsewhere)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def demo(app, now):
    """The app with 800 demo customers, ten of them in the trash."""
    DemoGenerator(app.db, seed=11).generate(800, now)
    for customer_id in live_ids_by_reading(app)[::80]:
        app.customers.delete(customer_id, now)
    return app


def test_all_customers_in_reading_order_across_small_pages(demo, tmp_path):
    """Pages of 7 (many boundaries, ties in reading) give every live customer once, in order."""
    target = tmp_path / "all.csv"
    report = ExportService(demo.db, page_size=7).export(target, ExportFormat.CSV, options=EN)
    expected = live_ids_by_reading(demo)
    assert len(expected) == 790
    assert ids_in(target) == expected
    assert report.customers == 790


def test_customers_sharing_a_reading_are_not_lost_at_page_edges(app, now, tmp_path):
    """Twenty customers with the same reading (same sort key) and pages of 3."""
    made = {app.customers.create(CustomerInput(family_name="佐藤", reading="サトウ"), now).id}
    made |= {
        app.customers.create(CustomerInput(family_name="佐藤", reading="サトウ"), now).id
        for _ in range(19)
    }
    target = tmp_path / "same.csv"
    ExportService(app.db, page_size=3).export(target, ExportFormat.CSV, options=EN)
    assert sorted(ids_in(target)) == sorted(made)


@pytest.mark.parametrize(
    "query", ["山田", "やまだ", "田", "ヤマ", "a", "090", "example.jp", "株式会社", "常連", "太郎"]
)
def test_search_result_holds_exactly_what_search_finds(demo, tmp_path, query):
    """The export of a search has the same customers as the search with no limit."""
    target = tmp_path / "found.csv"
    ExportService(demo.db, page_size=50).export(target, ExportFormat.CSV, SearchResults(query), EN)
    exported = ids_in(target)
    found = {hit.id for hit in demo.search.search(query, limit=100_000)}
    assert len(exported) == len(set(exported))
    assert set(exported) == found
    assert found or query == "a"


def test_search_with_nothing_to_search_writes_only_the_header(demo, tmp_path):
    """A query with nothing searchable in it exports no customer (and no error)."""
    target = tmp_path / "none.csv"
    report = demo.exports.export(target, ExportFormat.CSV, SearchResults("・・"), EN)
    assert report.customers == 0 and ids_in(target) == []


def test_selection_keeps_its_order_and_skips_trash(demo, now, tmp_path):
    """A selection comes out in the order chosen, each once, without trashed customers."""
    live = live_ids_by_reading(demo)
    chosen = [live[5], live[1], live[300], live[5], live[2]]
    demo.customers.delete(live[1], now)
    calls = []
    target = tmp_path / "chosen.csv"
    report = ExportService(demo.db, page_size=2).export(
        target,
        ExportFormat.CSV,
        Selection((*chosen, uuid.uuid4())),
        EN,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert ids_in(target) == [live[5], live[300], live[2]]
    assert report.customers == 3
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)


def test_progress_counts_up_to_the_total(demo, tmp_path):
    """Progress starts at (0, total), grows after each page and ends at (total, total)."""
    calls: list[tuple[int, int]] = []
    ExportService(demo.db, page_size=100).export(
        tmp_path / "p.xlsx", ExportFormat.XLSX, progress=lambda d, t: calls.append((d, t))
    )
    assert calls[0] == (0, 790) and calls[-1] == (790, 790)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) == 1 + 8


def test_columns_make_room_for_the_most_phones(app, now, tmp_path):
    """One customer with three phones gives every file three phone columns."""
    numbers = ("090-1111-2222", "03-1234-5678", "045-123-4567")
    app.customers.create(
        CustomerInput(family_name="多", phones=tuple(PhoneInput(n) for n in numbers)), now
    )
    app.customers.create(CustomerInput(family_name="少"), now)
    target = tmp_path / "wide.xlsx"
    app.exports.export(target, ExportFormat.XLSX)
    workbook = load_workbook(target)
    rows = list(workbook.active.iter_rows(values_only=True))
    headers = list(rows[0])
    assert headers.count("電話番号") == 1 and "電話番号3" in headers and "電話番号4" not in headers
    first = dict(zip(headers, rows[1], strict=True))
    assert [first[h] for h in ("電話番号", "電話番号2", "電話番号3")] == list(numbers)


def test_the_file_is_a_snapshot_of_one_moment(demo, now, tmp_path):
    """Customers added or trashed while the export runs do not change what it writes."""
    before = live_ids_by_reading(demo)
    changed = []

    def meanwhile(done: int, total: int) -> None:
        if done == 100:
            changed.append(demo.customers.create(CustomerInput(family_name="相"), now).id)
            demo.customers.delete(before[-1], now)

    target = tmp_path / "snap.csv"
    ExportService(demo.db, page_size=100).export(
        target, ExportFormat.CSV, options=EN, progress=meanwhile
    )
    assert changed and ids_in(target) == before


@pytest.fixture
def big(app, now):
    """4,000 demo customers: well over 1 MB of CSV."""
    DemoGenerator(app.db, seed=3).generate(4_000, now)
    return app


def test_cancelling_after_a_megabyte_leaves_no_file(big, out):
    """Cancelled once the temporary file passed 1 MB: ExportCancelled, and nothing left."""
    folder = out
    seen = []

    def cancelled() -> bool:
        parts = list(folder.glob(".*.part"))
        seen.extend(p.stat().st_size for p in parts)
        return any(size > 1_000_000 for size in seen)

    with pytest.raises(ExportCancelled):
        ExportService(big.db, page_size=200).export(
            folder / "all.csv", ExportFormat.CSV, options=EN, cancelled=cancelled
        )
    assert max(seen) > 1_000_000
    assert list(folder.iterdir()) == []


def test_cancelling_keeps_an_older_file(big, out):
    """An older file of the same name is left exactly as it was."""
    target = out / "all.vcf"
    target.write_bytes(b"older")
    with pytest.raises(ExportCancelled):
        big.exports.export(target, ExportFormat.VCF, cancelled=lambda: True)
    assert target.read_bytes() == b"older"
    assert list(out.iterdir()) == [target]


def test_a_cancel_at_the_very_end_still_leaves_no_file(demo, out):
    """Cancelling after the last page, before the rename, still leaves nothing."""
    finished = []
    target = out / "late.csv"
    with pytest.raises(ExportCancelled):
        ExportService(demo.db, page_size=100).export(
            target,
            ExportFormat.CSV,
            progress=lambda done, total: finished.append(done == total),
            cancelled=lambda: finished[-1],
        )
    assert finished[-1]
    assert list(out.iterdir()) == []


def test_a_refused_export_leaves_no_file_and_a_finished_one_replaces(app, now, out):
    """Strict CP932 refusal removes the temporary file; success replaces the older file."""
    app.customers.create(CustomerInput(family_name="寿司", note="🍣"), now)
    target = out / "sjis.csv"
    target.write_bytes(b"older")
    strict = ExportOptions(encoding=CsvEncoding.CP932)
    with pytest.raises(UnencodableText) as caught:
        app.exports.export(target, ExportFormat.CSV, options=strict)
    assert caught.value.report.unencodable[0].characters == "🍣"
    assert target.read_bytes() == b"older" and list(out.iterdir()) == [target]
    lenient = ExportOptions(encoding=CsvEncoding.CP932, policy=CharacterPolicy.REPLACE)
    report = app.exports.export(target, ExportFormat.CSV, options=lenient)
    assert report.unencodable_total == 1
    assert "〓" in target.read_bytes().decode("cp932")
    assert list(out.iterdir()) == [target]


def test_a_missing_folder_is_an_os_error(app, out):
    """Writing into a folder that does not exist raises OSError and creates nothing."""
    with pytest.raises(OSError):
        app.exports.export(out / "no" / "x.csv", ExportFormat.CSV)
    assert list(out.iterdir()) == []


def test_memory_stays_flat_as_customers_grow(big, tmp_path):
    """Peak memory while exporting 4,000 customers is about that of 1,000: pages, not lists."""

    def peak(scope) -> int:
        tracemalloc.start()
        try:
            ExportService(big.db, page_size=250).export(tmp_path / "m.csv", ExportFormat.CSV, scope)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    all_ids = live_ids_by_reading(big)
    small = peak(Selection(tuple(all_ids[:1_000])))
    large = peak(Selection(tuple(all_ids)))
    assert large < small * 1.5, (small, large)
