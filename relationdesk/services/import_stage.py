"""How a chunk of prepared records travels to the importing process: as a SQLite image.

Writing a new customer with ``executemany`` makes the importing process bind every value
of its row and of its contact points (~110 values a record) and run the INSERTs one row
at a time: measured, that was most of the importing process's time. So whoever prepares
a chunk (a helper process, for a big file) also binds it, into a small in-memory SQLite
database, and hands over that database's image (``sqlite3.Connection.serialize``) with
the few values the duplicate decisions need. The importing process loads the image into
a schema attached to its own connection (``deserialize``) and copies the customers it
keeps with INSERT ... SELECT, inside its transaction (``ImportEngine``). Measured on the
import_100k file: the importing process's writes of customers and contact points fell
from ~105-120 to ~35 µs a record, its CPU for the whole import from ~18 to ~11 s, and the
helpers' CPU stayed about the same (binding here costs what pickling the rows cost).

The staged tables hold the rows as prepared, but for the columns a prepared row always
leaves empty (``UNSET``: NULL, or the doc id the importing process gives) and the contact
points' customer id (their customer's); each staged customer also names the rowids of
its contact points (``point_first`` to ``point_last``). Ids are bound as bytearrays:
sqlite3 binds a bytearray directly but looks for an adapter for bytes, a bool or None
(measured with callgrind: ~3,300 instructions a value, a third of the staging's cost).
Nothing here loads SQLAlchemy: the helpers do without.
"""

from __future__ import annotations

import operator
import sqlite3
from dataclasses import dataclass
from typing import Any

from relationdesk.services.customer_columns import CUSTOMER_COLUMNS, POINT_COLUMNS
from relationdesk.services.import_prepare import HEAD_COLUMNS

SCHEMA = "import_stage"  # the name the image is attached under
CUSTOMERS = "staged_customers"
POINTS = "staged_points"
_HEAD_AT = tuple(CUSTOMER_COLUMNS.index(c) for c in HEAD_COLUMNS)
# Customer columns a prepared row always leaves empty (doc_id 0, the rest NULL): the
# importing process sets the doc id and links companies afterwards.
UNSET = (
    "doc_id",
    "company_id",
    "last_contact_at",
    "first_contact_at",
    "follow_up_at",
    "deleted_at",
)
STAGED_CUSTOMER_COLUMNS = ("id", *[c for c in CUSTOMER_COLUMNS if c not in (*UNSET, "id")])
STAGED_POINT_COLUMNS = ("id", *[c for c in POINT_COLUMNS if c not in ("id", "customer_id")])
_CUSTOMER_ID = CUSTOMER_COLUMNS.index("id")
_POINT_ID = POINT_COLUMNS.index("id")
_customer_values = operator.itemgetter(
    *[CUSTOMER_COLUMNS.index(c) for c in STAGED_CUSTOMER_COLUMNS[1:]]
)
_point_values = operator.itemgetter(*[POINT_COLUMNS.index(c) for c in STAGED_POINT_COLUMNS[1:]])


@dataclass(frozen=True, slots=True)
class Staged:
    """A chunk of prepared records: the image holding their rows, and their wire tuples.

    A record that gives a customer is (line, problems, head, staged rowid, tags, company,
    company reading, identity, grams, order bucket); one that gives none keeps its
    prepared tuple (line, problems, None).
    """

    image: bytes
    records: list[tuple[Any, ...]]

    def __len__(self) -> int:
        return len(self.records)


def stage(prepared: list[tuple[Any, ...]]) -> Staged:
    """Bind the chunk's customer rows and contact points into an in-memory database and
    return its image with the records' wire tuples (see ``Staged``)."""
    customers: list[tuple[Any, ...]] = []
    points: list[tuple[Any, ...]] = []
    records: list[tuple[Any, ...]] = []
    for item in prepared:
        row = item[2]
        if row is None:
            records.append(item)
            continue
        first = len(points) + 1
        points.extend([(bytearray(p[_POINT_ID]), *_point_values(p)) for p in item[3]])
        customers.append((bytearray(row[_CUSTOMER_ID]), *_customer_values(row), first, len(points)))
        records.append(
            (
                item[0],
                item[1],
                tuple([row[i] for i in _HEAD_AT]),
                len(customers),
                *item[4:],
            )
        )
    db = sqlite3.connect(":memory:", isolation_level=None)
    try:
        columns = ", ".join(STAGED_CUSTOMER_COLUMNS)
        db.execute(f"CREATE TABLE {CUSTOMERS} ({columns}, point_first, point_last)")
        db.execute(f"CREATE TABLE {POINTS} ({', '.join(STAGED_POINT_COLUMNS)})")
        db.execute("BEGIN")
        marks = ", ".join("?" * (len(STAGED_CUSTOMER_COLUMNS) + 2))
        db.executemany(f"INSERT INTO {CUSTOMERS} VALUES ({marks})", customers)
        marks = ", ".join("?" * len(STAGED_POINT_COLUMNS))
        db.executemany(f"INSERT INTO {POINTS} VALUES ({marks})", points)
        db.execute("COMMIT")
        return Staged(db.serialize(), records)
    finally:
        db.close()


class StageReader:
    """The importing side: the current chunk's image, attached to the import's connection.

    *connection* is the sqlite3 connection the import writes with, inside its
    transaction. The image is attached as ``SCHEMA`` and only ever read; the pool
    detaches it when the connection is returned (``storage.engine``).
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        attached = {row[1] for row in connection.execute("PRAGMA database_list")}
        if SCHEMA not in attached:
            connection.execute(f"ATTACH DATABASE ':memory:' AS {SCHEMA}")

    def load(self, chunk: Staged) -> None:
        """Make *chunk*'s image the attached one (the previous chunk's is dropped)."""
        self._db.deserialize(chunk.image, name=SCHEMA)

    def record(self, row_id: int) -> tuple[tuple[Any, ...], tuple[tuple[Any, ...], ...]]:
        """A staged customer's row and contact point rows, as prepared (in
        ``CUSTOMER_COLUMNS`` and ``POINT_COLUMNS`` order)."""
        found = self._db.execute(
            f"SELECT {customer_values('s', '0')}, point_first, point_last "
            f"FROM {SCHEMA}.{CUSTOMERS} AS s WHERE rowid = ?",
            (row_id,),
        ).fetchone()
        if found is None:
            raise LookupError(f"staged record {row_id} is not in the loaded chunk")
        points = self._db.execute(
            f"SELECT {point_values('p', 's')} FROM {SCHEMA}.{POINTS} AS p "
            f"JOIN {SCHEMA}.{CUSTOMERS} AS s ON s.rowid = ? "
            "WHERE p.rowid BETWEEN ? AND ? ORDER BY p.rowid",
            (row_id, *found[-2:]),
        ).fetchall()
        return tuple(found[:-2]), tuple(points)


def customer_values(staged: str, doc_id: str) -> str:
    """The SELECT list of a staged customer's row in ``CUSTOMER_COLUMNS`` order, read from
    the staged table *staged*, with the SQL expression *doc_id* as its doc id."""
    return ", ".join(
        doc_id if c == "doc_id" else "NULL" if c in UNSET else f"{staged}.{c}"
        for c in CUSTOMER_COLUMNS
    )


def point_values(points: str, customer: str) -> str:
    """The SELECT list of a staged contact point's row in ``POINT_COLUMNS`` order, read
    from the staged tables *points* and (for the customer id) *customer*."""
    return ", ".join(
        f"{customer}.id" if c == "customer_id" else f"{points}.{c}" for c in POINT_COLUMNS
    )


__all__ = [
    "CUSTOMERS",
    "POINTS",
    "SCHEMA",
    "STAGED_CUSTOMER_COLUMNS",
    "STAGED_POINT_COLUMNS",
    "UNSET",
    "StageReader",
    "Staged",
    "customer_values",
    "point_values",
    "stage",
]
