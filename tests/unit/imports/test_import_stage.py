"""Staged chunks (``import_stage``): the image holds the rows exactly as prepared, the
import copies every customer with its own contact points, and the image goes with the
import's connection."""

from __future__ import annotations

import pickle
import sqlite3

from sqlalchemy import text

from relationdesk.importing.mapping import guess_mapping
from relationdesk.importing.readers import read_table
from relationdesk.services import import_pipeline
from relationdesk.services.customer_columns import CUSTOMER_COLUMNS, POINT_COLUMNS
from relationdesk.services.import_pipeline import ReadSpec, prepared_records
from relationdesk.services.import_prepare import HEAD_COLUMNS
from relationdesk.services.import_stage import SCHEMA, UNSET, StageReader, stage
from relationdesk.storage.engine import make_engine
from tests.unit.imports.helpers import DATA, rows_of, write_csv

NOW_US = 1_750_000_000_000_000


def _prepared(path, chunk=0):
    mapping = guess_mapping(read_table(path).headers).to_json()
    spec = ReadSpec(str(path), None, None, None, mapping, "JP", path.name, NOW_US, chunk)
    return list(prepared_records(spec))


def test_a_staged_chunk_reads_back_as_it_was_prepared():
    """Every customer row and its contact points come back from the image unchanged (a
    record without contact points too), rejected records pass through as they were, and
    the staged chunk survives the trip to another process (pickle)."""
    [prepared] = _prepared(DATA / "excel_cp932.csv")
    assert any(item[2] is None for item in prepared)  # the file has unusable rows
    assert any(item[2] is not None and not item[3] for item in prepared)  # no phone etc.
    staged = pickle.loads(pickle.dumps(stage(prepared)))
    assert len(staged) == len(prepared)
    connection = sqlite3.connect(":memory:", isolation_level=None)
    reader = StageReader(connection)
    reader.load(staged)
    for item, record in zip(prepared, staged.records, strict=True):
        if item[2] is None:
            assert record == item
            continue
        head = dict(zip(HEAD_COLUMNS, record[2], strict=True))
        assert head == {c: item[2][CUSTOMER_COLUMNS.index(c)] for c in HEAD_COLUMNS}
        assert reader.record(record[3]) == (item[2], item[3])
        assert record[4:] == item[4:]


def test_the_columns_left_out_of_the_image_are_empty_in_every_prepared_row():
    """The image leaves out what a prepared row never fills in (UNSET): for the sample
    files of every shape, those columns are 0 (the doc id) or NULL."""
    checked = 0
    for name in ("excel_cp932.csv", "google_contacts.csv", "outlook.csv"):
        for chunk in _prepared(DATA / name):
            for item in chunk:
                if item[2] is not None:
                    row = dict(zip(CUSTOMER_COLUMNS, item[2], strict=True))
                    assert {c: row[c] for c in UNSET} == {
                        c: 0 if c == "doc_id" else None for c in UNSET
                    }
                    checked += 1
    assert checked >= 8


def test_every_customer_is_stored_with_its_own_contact_points(app, now, tmp_path, monkeypatch):
    """Customers with none, one or several contact points, in chunks of three, next to
    rejected rows: each stored contact point belongs to the customer it was prepared for,
    and the customer rows are stored as prepared."""
    monkeypatch.setattr(import_pipeline, "CHUNK", 3)
    rows = []
    for i in range(20):
        phones = " ::: ".join(f"03-1234-{i:02d}{k:02d}" for k in range(i % 4))
        mail = f"p{i}@example.jp" if i % 3 else ""
        address = f"東京都千代田区千代田{i}-1" if i % 2 else ""
        name = "" if i % 7 == 6 else f"山田 太郎{i}"  # no name: rejected
        rows.append((name, "ヤマダ タロウ", phones, mail, "", address, "", "", ""))
    path = write_csv(tmp_path / "people.csv", rows)
    result = app.imports.run(path, None, now)
    assert (result.counts.new, result.counts.rejected) == (18, 2)
    made_apart = {"id", "customer_id", "doc_id", "created_at", "updated_at"}
    point_columns = [c for c in POINT_COLUMNS if c not in made_apart]
    customer_columns = [c for c in CUSTOMER_COLUMNS if c not in made_apart]
    expected_points: dict[str, list[tuple]] = {}
    expected_rows = set()
    for chunk in _prepared(path, chunk=3):
        for item in chunk:
            if item[2] is not None:
                row = dict(zip(CUSTOMER_COLUMNS, item[2], strict=True))
                expected_rows.add(tuple(row[c] for c in customer_columns))
                expected_points[row["display_name"]] = sorted(
                    tuple(dict(zip(POINT_COLUMNS, p, strict=True))[c] for c in point_columns)
                    for p in item[3]
                )
    assert sum(map(len, expected_points.values())) > 20
    found = rows_of(
        app,
        f"SELECT c.display_name, {', '.join(f'p.{c}' for c in point_columns)} "
        "FROM contact_points p JOIN customers c ON c.id = p.customer_id",
    )
    stored_points: dict[str, list[tuple]] = {name: [] for name in expected_points}
    for name, *point in found:
        stored_points[name].append(tuple(point))
    assert {n: sorted(p) for n, p in stored_points.items()} == expected_points
    stored_rows = rows_of(app, f"SELECT {', '.join(customer_columns)} FROM customers")
    assert set(stored_rows) == expected_rows and len(stored_rows) == 18


def test_the_image_is_detached_when_the_connection_goes_back_to_the_pool(tmp_path):
    """A bulk write that attached a chunk's image leaves a plain connection behind."""
    engine = make_engine(tmp_path / "db.sqlite3", pool_size=1)
    try:
        with engine.connect().execution_options(sqlite_bulk=True) as conn, conn.begin():
            raw = conn.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            StageReader(raw)
            names = [row[1] for row in conn.execute(text("PRAGMA database_list"))]
            assert SCHEMA in names
        with engine.connect() as conn:
            names = [row[1] for row in conn.execute(text("PRAGMA database_list"))]
        assert names == ["main"]
    finally:
        engine.dispose()
