"""The baselines: the best hand-written sqlite3 query for each scenario's answer.

Each function returns what the screen needs (the same columns the app's service returns,
as plain tuples, with no conversion to dataclasses or datetimes) over a plain ``sqlite3``
connection. The scenarios check that a baseline returns the same ids in the same order as
the app, so a ratio never compares two different answers.

The SQL here is written for the schema (relationdesk/migrations) and its indexes, not
copied from the services; where the best query is the one the service runs, it says so.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from relationdesk.normalize.kana import fold, gojuon_key
from relationdesk.normalize.phones import clean, looks_like_phone_query

Row = tuple[Any, ...]

CACHE_KIB = 32_000  # the app's page cache (relationdesk/storage/engine.py), for a fair match


def connect(database: Path) -> sqlite3.Connection:
    """Open *database* for reading, in autocommit mode, with the app's page cache size."""
    conn = sqlite3.connect(str(database), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA query_only = 1")
    return conn


# -- the customer list (keyset) --------------------------------------------------------

_LIST = """
SELECT c.id, c.kind, c.display_name, c.reading, co.display_name, c.stage,
  (SELECT p.phone_national FROM contact_points p WHERE p.customer_id = c.id AND p.kind = 'phone'
    ORDER BY p.is_primary DESC, p.position LIMIT 1),
  (SELECT e.email FROM contact_points e WHERE e.customer_id = c.id AND e.kind = 'email'
    ORDER BY e.is_primary DESC, e.position LIMIT 1),
  c.last_contact_at, c.created_at, c.sort_key
FROM customers c LEFT JOIN customers co ON co.id = c.company_id
WHERE c.deleted_at IS NULL {after}
ORDER BY c.sort_key {direction}, c.id {direction} LIMIT ?
"""
LIST_FIRST = _LIST.format(after="", direction="ASC")
LIST_AFTER = _LIST.format(after="AND (c.sort_key, c.id) > (?, ?)", direction="ASC")
LIST_LAST = _LIST.format(after="", direction="DESC")


def list_first(conn: sqlite3.Connection, limit: int) -> list[Row]:
    """The first *limit* customers in 五十音 order."""
    return conn.execute(LIST_FIRST, (limit,)).fetchall()


def list_after(conn: sqlite3.Connection, cursor: tuple[str, bytes], limit: int) -> list[Row]:
    """The *limit* customers after *cursor* (sort key, id): a keyset page."""
    return conn.execute(LIST_AFTER, (*cursor, limit)).fetchall()


def list_last(conn: sqlite3.Connection, limit: int) -> list[Row]:
    """The last *limit* customers, in list order (read backwards along the index)."""
    rows = conn.execute(LIST_LAST, (limit,)).fetchall()
    rows.reverse()
    return rows


# -- search ----------------------------------------------------------------------------

# doc ids: 五十音 bucket << 23 | counter (services/search_index.py), up to 2**63 - 1
_BUCKET_LAST = (1 << 23) - 1  # OR-ed into a doc id: the last id of its bucket
_MAX_ID = (1 << 63) - 1
_TOP = "\U0010ffff"
_HIT_COLUMNS = "c.id, c.display_name, c.reading, co.display_name, c.stage, c.sort_key"
_JOIN_COMPANY = "LEFT JOIN customers co ON co.id = c.company_id"


@dataclass(frozen=True, slots=True)
class SearchPlan:
    """A query written out by hand: its folded text and the MATCH strings of its indexes.

    Made before timing, as a person writing the query for this case would; the folding
    functions are the app's because the indexes hold folded text.
    """

    text: str
    exact_sort_key: str
    prefix_token: str | None  # gram-index token for "starts with", or None: use key ranges
    contains_table: str
    contains_match: str
    whole_text: bool  # the trigram index covers every field; the gram index names only


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def plan_search(query: str) -> SearchPlan:
    """Write the queries for *query*."""
    if looks_like_phone_query(query):
        text = "".join(ch for ch in clean(query) if ch.isdigit())
    else:
        text = fold(query)
    simple = text.isalnum() and len(text) <= 3
    if len(text) >= 3:
        trigrams = dict.fromkeys(text[i : i + 3] for i in range(len(text) - 2))
        table, match, whole = "customer_fts", " AND ".join(map(_quote, trigrams)), True
    else:
        table, match, whole = "customer_grams", _quote(text), False
    return SearchPlan(
        text=text,
        exact_sort_key=gojuon_key(text),
        prefix_token=_quote("^" + text) if simple else None,
        contains_table=table,
        contains_match=match,
        whole_text=whole,
    )


_STARTS = "(substr(c.name_key, 1, :n) = :q OR substr(c.reading_key, 1, :n) = :q)"


def _in_reading_order(
    conn: sqlite3.Connection,
    table: str,
    accept: str,
    params: dict[str, Any],
    taken: list[bytes],
    need: int,
) -> list[Row]:
    """The first *need* accepted hits of an FTS index in exact 五十音 order, in one statement.

    The index returns hits in doc-id order, which is 五十音 order up to buckets of equal
    leading kana: the inner query finds the bucket of the need-th accepted hit, the outer
    one reads up to the end of that bucket and sorts only those.
    """
    marks = ",".join(f":t{i}" for i in range(len(taken)))
    where = f"{table} MATCH :match AND {accept}" + (f" AND c.id NOT IN ({marks})" if taken else "")
    sql = (
        f"SELECT {_HIT_COLUMNS} FROM {table} JOIN customers c ON c.doc_id = {table}.rowid "
        f"{_JOIN_COMPANY} WHERE {where} AND {table}.rowid <= coalesce(("
        f"SELECT max(d) | {_BUCKET_LAST} FROM ("
        f"SELECT {table}.rowid AS d FROM {table} JOIN customers c ON c.doc_id = {table}.rowid "
        f"WHERE {where} ORDER BY {table}.rowid LIMIT :need) HAVING count(*) = :need), {_MAX_ID}) "
        "ORDER BY c.sort_key, c.id LIMIT :need"
    )
    values = dict(params, need=need, **{f"t{i}": t for i, t in enumerate(taken)})
    return conn.execute(sql, values).fetchall()


def search(conn: sqlite3.Connection, plan: SearchPlan, limit: int) -> list[Row]:
    """The first *limit* ranked hits: exact name/reading, then prefix, then the rest.

    Each tier in 五十音 order. Returns (id, name, reading, company, stage, phones, emails).
    """
    q = plan.text
    params = {"q": q, "n": len(q)}
    # Exact: the name index and the 五十音 index (whose key starts with the reading).
    rows = conn.execute(
        f"SELECT {_HIT_COLUMNS} FROM customers c INDEXED BY ix_customers_name {_JOIN_COMPANY} "
        "WHERE c.deleted_at IS NULL AND c.name_key = :q UNION "
        f"SELECT {_HIT_COLUMNS} FROM customers c INDEXED BY ix_customers_sort {_JOIN_COMPANY} "
        "WHERE c.deleted_at IS NULL AND c.sort_key = :exact AND c.reading_key = :q "
        "ORDER BY 6, 1 LIMIT :limit",
        dict(params, exact=plan.exact_sort_key, limit=limit),
    ).fetchall()
    if len(rows) < limit:
        taken = [r[0] for r in rows]
        if plan.prefix_token is not None:
            rows += _in_reading_order(
                conn,
                "customer_grams",
                _STARTS,
                dict(params, match=plan.prefix_token),
                taken,
                limit - len(rows),
            )
        else:
            primary = plan.exact_sort_key.split("\x01", 1)[0]
            rows += [
                r
                for r in conn.execute(
                    f"SELECT {_HIT_COLUMNS} FROM customers c INDEXED BY ix_customers_name "
                    f"{_JOIN_COMPANY} WHERE c.deleted_at IS NULL "
                    "AND c.name_key >= :q AND c.name_key < :top UNION "
                    f"SELECT {_HIT_COLUMNS} FROM customers c INDEXED BY ix_customers_sort "
                    f"{_JOIN_COMPANY} WHERE c.deleted_at IS NULL "
                    "AND c.sort_key >= :p AND c.sort_key < :ptop "
                    "AND substr(c.reading_key, 1, :n) = :q ORDER BY 6, 1",
                    dict(params, top=q + _TOP, p=primary, ptop=primary + _TOP),
                )
                if r[0] not in taken
            ][: limit - len(rows)]
    if len(rows) < limit:
        accept = f"NOT {_STARTS}" + (" AND instr(c.search_text, :q) > 0" if plan.whole_text else "")
        rows += _in_reading_order(
            conn,
            plan.contains_table,
            accept,
            dict(params, match=plan.contains_match),
            [r[0] for r in rows],
            limit - len(rows),
        )
    return _with_contacts(conn, rows)


def _with_contacts(conn: sqlite3.Connection, rows: list[Row]) -> list[Row]:
    if not rows:
        return []
    ids = [r[0] for r in rows]
    phones: dict[bytes, list[str]] = {}
    emails: dict[bytes, list[str]] = {}
    for customer, kind, national, email in conn.execute(
        "SELECT customer_id, kind, phone_national, email FROM contact_points "
        f"WHERE customer_id IN ({','.join('?' * len(ids))}) AND kind IN ('phone', 'email') "
        "ORDER BY customer_id, kind, is_primary DESC, position",
        ids,
    ):
        if kind == "phone":
            phones.setdefault(customer, []).append(national)
        else:
            emails.setdefault(customer, []).append(email)
    return [(*r[:5], phones.get(r[0], []), emails.get(r[0], [])) for r in rows]


# -- a customer's timeline -------------------------------------------------------------

# The best query is the service's own shape: each table read newest first along its
# (customer_id, time, id) index, LIMIT on each side, merged.
FEED = """
SELECT * FROM (
  SELECT i.id, i.kind, i.occurred_at, i.subject, i.body, i.outcome, i.direction, NULL, ''
  FROM interactions i WHERE i.customer_id = ? AND i.deleted_at IS NULL
  ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?)
UNION ALL
SELECT * FROM (
  SELECT p.id, 'purchase', p.purchased_at,
    coalesce((SELECT group_concat(product, '、') FROM (SELECT l.product FROM purchase_lines l
      WHERE l.purchase_id = p.id ORDER BY l.position)), ''),
    p.note, '', 'none', p.total_minor, p.currency
  FROM purchases p WHERE p.customer_id = ? AND p.deleted_at IS NULL
  ORDER BY p.purchased_at DESC, p.id DESC LIMIT ?)
UNION ALL
SELECT * FROM (
  SELECT r.id, 'reminder', r.due_at, r.title, r.note,
    CASE WHEN r.done_at IS NULL THEN '' ELSE 'done' END, 'none', NULL, ''
  FROM reminders r WHERE r.customer_id = ? AND r.deleted_at IS NULL
  ORDER BY r.due_at DESC, r.id DESC LIMIT ?)
UNION ALL
SELECT * FROM (
  SELECT ch.id, 'stage', ch.changed_at, ch.new_value, ch.old_value, '', 'none', NULL, ''
  FROM changes ch WHERE ch.customer_id = ? AND ch.field = 'stage' AND ch.old_value <> ''
  ORDER BY ch.changed_at DESC, ch.id DESC LIMIT ?)
ORDER BY 3 DESC, 1 DESC LIMIT ?
"""


def feed(conn: sqlite3.Connection, customer: bytes, limit: int) -> list[Row]:
    """A customer's newest *limit* history entries (interactions, purchases, reminders and
    stage changes, as the app's timeline merges them)."""
    parts = (customer, limit) * 4
    return conn.execute(FEED, (*parts, limit)).fetchall()


# -- due reminders ---------------------------------------------------------------------

# The open-reminder index (done_at, deleted_at, next_due_at) gives the order; SQLite
# sorts only ties of next_due_at by id ("RIGHT PART OF ORDER BY").
DUE = """
SELECT r.id, r.title, r.note, r.due_at, r.next_due_at, r.recurrence, r.customer_id,
       c.display_name, r.done_at, r.snoozed_until
FROM reminders r LEFT JOIN customers c ON c.id = r.customer_id
WHERE r.done_at IS NULL AND r.deleted_at IS NULL AND r.next_due_at <= ?
  AND (c.id IS NULL OR c.deleted_at IS NULL)
ORDER BY r.next_due_at, r.id LIMIT ?
"""


def due(conn: sqlite3.Connection, now_us: int, limit: int) -> list[Row]:
    """Open reminders due at *now_us* (microseconds), oldest first."""
    return conn.execute(DUE, (now_us, limit)).fetchall()
