"""Customer search: one box that finds a customer by name, reading, company, phone, e-mail or tag.

The query is folded like the index (hiragana = katakana = half-width kana, full = half
width, any case), then answered from an index, never by scanning the table:

* 3+ characters: the trigram index (``customer_fts``), each trigram of the query ANDed,
  then checked as a substring (the index keeps no positions, to stay small);
* 1-2 characters: our gram index (``customer_grams``) of names, readings, companies and
  tags. Phones and e-mails are only searched from 3 characters on: "03" or "ab" alone
  would match most of a shop's customers and tell the user nothing.

Ranking: exact matches of the name or reading first, then prefix matches, then the rest;
within each, 五十音 order by reading. When a query matches few customers (at most
``DENSE`` of them) they are ranked in one SQL statement; when it matches many, ranked
rows are taken in sort order and checked one by one, which stops early because matches
are common. Either way the cost stays near ``DENSE`` row visits at 1,000,000 customers.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from relationdesk.normalize.kana import fold
from relationdesk.normalize.phones import (
    DEFAULT_REGION,
    clean,
    display_phone,
    looks_like_phone_query,
)
from relationdesk.services.rows import as_uuid
from relationdesk.services.search_index import GRAM_FIELDS
from relationdesk.services.unit_of_work import Database

DENSE = 10_000
_TOP = "\U0010ffff"


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A customer found by a search, with what the result list shows."""

    id: uuid.UUID
    name: str
    reading: str
    company: str
    stage: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PreparedQuery:
    """A query in index form: the folded text, which index answers it, and its MATCH string."""

    text: str
    table: str
    match: str
    whole_text: bool  # True: match anywhere in the document; False: names/reading/company/tags


def prepare_query(query: str) -> PreparedQuery | None:
    """Fold a query the way documents are folded; None when nothing searchable is left."""
    if looks_like_phone_query(query):
        digits = clean(query)
        if digits.startswith("+81"):
            digits = "0" + digits[3:]
        text = "".join(ch for ch in digits if ch.isdigit())
    else:
        text = fold(query)
    if not text:
        return None
    if len(text) >= 3:
        trigrams = dict.fromkeys(text[i : i + 3] for i in range(len(text) - 2))
        match = " AND ".join('"' + t.replace('"', '""') + '"' for t in trigrams)
        return PreparedQuery(text, "customer_fts", match, True)
    short = "".join(ch for ch in text if ch.isalnum())
    if not short:
        return None
    return PreparedQuery(short, "customer_grams", '"' + short + '"', False)


def _gram_fields(document: str) -> str:
    head = document.split("\n", GRAM_FIELDS)[:GRAM_FIELDS]
    return "\n".join("".join(ch for ch in line if ch.isalnum() or ch == " ") for line in head)


_RANK = (
    "CASE WHEN c.name_key = :q OR c.reading_key = :q THEN 0 "
    "WHEN substr(c.name_key, 1, :n) = :q OR substr(c.reading_key, 1, :n) = :q THEN 1 "
    "ELSE 2 END"
)
_COLUMNS = "c.id, c.display_name, c.reading, co.display_name, c.stage, c.sort_key, c.search_text"
_FROM = "customers c LEFT JOIN customers co ON co.id = c.company_id"


class SearchService:
    """Finds customers from one query string (see the module documentation)."""

    def __init__(self, db: Database, region: str = DEFAULT_REGION) -> None:
        self._db = db
        self.region = region

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        """Return up to *limit* customers matching *query*, best first."""
        prepared = prepare_query(query)
        if prepared is None or limit <= 0:
            return []
        with self._db.read() as uow:
            conn = uow.connection
            rows = self._ranked_rows(conn, prepared, limit)
            return self._hits(conn, rows)

    def count(self, query: str, cap: int = 100_000) -> int:
        """Return how many customers match *query*, counting at most *cap*."""
        prepared = prepare_query(query)
        if prepared is None:
            return 0
        with self._db.read() as uow:
            conn = uow.connection
            sql = (
                f"SELECT count(*) FROM (SELECT c.search_text FROM {prepared.table} "
                f"JOIN customers c ON c.doc_id = {prepared.table}.rowid "
                f"WHERE {prepared.table} MATCH ? AND c.deleted_at IS NULL LIMIT ?)"
            )
            if not prepared.whole_text:
                return int(conn.exec_driver_sql(sql, (prepared.match, cap)).scalar() or 0)
            texts = conn.exec_driver_sql(
                f"SELECT c.search_text FROM {prepared.table} "
                f"JOIN customers c ON c.doc_id = {prepared.table}.rowid "
                f"WHERE {prepared.table} MATCH ? AND c.deleted_at IS NULL LIMIT ?",
                (prepared.match, cap),
            ).scalars()
            return sum(1 for t in texts if prepared.text in t)

    # -- ranking -----------------------------------------------------------------------

    def _ranked_rows(self, conn: Connection, q: PreparedQuery, limit: int) -> list[Any]:
        hits = conn.exec_driver_sql(
            f"SELECT count(*) FROM (SELECT rowid FROM {q.table} WHERE {q.table} MATCH ? LIMIT ?)",
            (q.match, DENSE + 1),
        ).scalar()
        params = {"q": q.text, "n": len(q.text), "match": q.match, "limit": limit}
        if (hits or 0) <= DENSE:
            check = "AND instr(c.search_text, :q) > 0" if q.whole_text else ""
            sql = (
                f"SELECT {_COLUMNS}, {_RANK} AS rank FROM {q.table} "
                f"JOIN customers c ON c.doc_id = {q.table}.rowid "
                "LEFT JOIN customers co ON co.id = c.company_id "
                f"WHERE {q.table} MATCH :match AND c.deleted_at IS NULL {check} "
                "ORDER BY rank, c.sort_key, c.id LIMIT :limit"
            )
            return list(conn.exec_driver_sql(sql, params).all())
        return self._ranked_dense(conn, q, limit, params)

    def _ranked_dense(
        self, conn: Connection, q: PreparedQuery, limit: int, params: dict[str, Any]
    ) -> list[Any]:
        """Rank a query that matches many customers: tier by tier, each in sort order."""
        chosen: dict[bytes, Any] = {}

        def take(rows: Sequence[Any]) -> bool:
            for row in rows:
                chosen.setdefault(row[0], row)
                if len(chosen) >= limit:
                    return True
            return False

        exact_sql = (
            f"SELECT {_COLUMNS} FROM {_FROM} WHERE c.deleted_at IS NULL AND "
            "(c.name_key = :q OR c.reading_key = :q) ORDER BY c.sort_key, c.id LIMIT :limit"
        )
        if take(conn.exec_driver_sql(exact_sql, params).all()):
            return list(chosen.values())

        prefix = (
            "((c.name_key >= :q AND c.name_key < :top) "
            "OR (c.reading_key >= :q AND c.reading_key < :top))"
        )
        params = params | {"top": q.text + _TOP, "dense": DENSE + 1}
        count_sql = (
            f"SELECT count(*) FROM (SELECT 1 FROM customers c WHERE c.deleted_at IS NULL "
            f"AND {prefix} LIMIT :dense)"
        )
        prefixes = conn.exec_driver_sql(count_sql, params).scalar()
        if (prefixes or 0) <= DENSE:
            prefix_sql = (
                f"SELECT {_COLUMNS} FROM {_FROM} WHERE c.deleted_at IS NULL AND {prefix} "
                "ORDER BY c.sort_key, c.id LIMIT :limit"
            )
            done = take(conn.exec_driver_sql(prefix_sql, params).all())
        else:
            n = len(q.text)
            done = take(
                self._scan(
                    conn,
                    lambda row: row[7][:n] == q.text or row[8][:n] == q.text,
                    limit,
                    extra=True,
                )
            )
        if done:
            return list(chosen.values())

        if q.whole_text:
            take(self._scan(conn, lambda row: q.text in row[6], limit + len(chosen)))
        else:
            take(self._scan(conn, lambda row: q.text in _gram_fields(row[6]), limit + len(chosen)))
        return list(chosen.values())

    @staticmethod
    def _scan(
        conn: Connection, predicate: Callable[[Any], bool], limit: int, extra: bool = False
    ) -> list[Any]:
        """Walk live customers in 五十音 order and keep the first *limit* that match."""
        found: list[Any] = []
        columns = _COLUMNS + (", c.name_key, c.reading_key" if extra else "")
        after: tuple[str, bytes] | None = None
        batch = 2_000
        while len(found) < limit:
            if after is None:
                rows = conn.exec_driver_sql(
                    f"SELECT {columns} FROM {_FROM} WHERE c.deleted_at IS NULL "
                    "ORDER BY c.sort_key, c.id LIMIT ?",
                    (batch,),
                ).all()
            else:
                rows = conn.exec_driver_sql(
                    f"SELECT {columns} FROM {_FROM} WHERE c.deleted_at IS NULL "
                    "AND (c.sort_key, c.id) > (?, ?) ORDER BY c.sort_key, c.id LIMIT ?",
                    (*after, batch),
                ).all()
            if not rows:
                break
            found.extend(row for row in rows if predicate(row))
            after = (rows[-1][5], rows[-1][0])
            batch = min(batch * 2, 20_000)
        return found[:limit]

    def _hits(self, conn: Connection, rows: Sequence[Any]) -> list[SearchHit]:
        if not rows:
            return []
        ids = [row[0] for row in rows]
        placeholders = ",".join("?" * len(ids))
        phones: dict[bytes, list[str]] = {}
        emails: dict[bytes, list[str]] = {}
        for customer_id, kind, e164, email in conn.exec_driver_sql(
            "SELECT customer_id, kind, phone_e164, email FROM contact_points "
            f"WHERE customer_id IN ({placeholders}) AND kind IN ('phone', 'email') "
            "ORDER BY customer_id, kind, is_primary DESC, position",
            tuple(ids),
        ):
            if kind == "phone":
                phones.setdefault(customer_id, []).append(display_phone(e164, self.region))
            else:
                emails.setdefault(customer_id, []).append(email)
        return [
            SearchHit(
                id=as_uuid(row[0]),
                name=row[1],
                reading=row[2],
                company=row[3] or "",
                stage=row[4],
                phones=tuple(phones.get(row[0], ())),
                emails=tuple(emails.get(row[0], ())),
            )
            for row in rows
        ]
