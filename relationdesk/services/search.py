"""Customer search: one box that finds a customer by name, reading, company, phone, e-mail or tag.

The query is folded like the index (hiragana = katakana = half-width kana, full = half
width, any case), then answered from an index, never by scanning the table:

* 3+ characters: the trigram index (``customer_fts``), each trigram of the query ANDed,
  then checked as a substring (the index keeps no positions, to stay small);
* 1-2 characters: our gram index (``customer_grams``) of names, readings, companies and
  tags. Phones and e-mails are only searched from 3 characters on: "03" or "ab" alone
  would match most of a shop's customers and tell the user nothing.

Ranking: exact matches of the name or reading first, then names or readings that start
with the query, then the rest; within each tier, 五十音 order by reading. Both indexes
return hits in 五十音 order (doc ids encode it, see ``search_index``), so each tier reads
hits in index order until it has enough, then sorts only the last group of ties. The work
is about ``limit`` rows whether a query matches ten customers or half a million.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from relationdesk.normalize.kana import fold, gojuon_key
from relationdesk.normalize.phones import (
    DEFAULT_REGION,
    PhoneDisplay,
    clean,
    looks_like_phone_query,
)
from relationdesk.services.list_rows import SearchHit, given_first_sql
from relationdesk.services.rows import as_uuid
from relationdesk.services.search_index import (
    COUNTER_BITS,
    GRAM_FIELDS,
    PREFIX_LENGTHS,
    PREFIX_MARK,
    alnum,
    bucket_of_doc,
)
from relationdesk.services.unit_of_work import Database

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy import Connection

BATCH = 256
SMALL_PREFIX = 2_000  # prefix matches found through the name/reading indexes and sorted
_TOP = "\U0010ffff"


@dataclass(frozen=True, slots=True)
class PreparedQuery:
    """A query in index form.

    ``text`` is the folded query; ``table``/``match`` the index and MATCH string for "contains";
    ``prefix_match`` the gram-index MATCH string for "starts with" candidates.
    """

    text: str
    table: str
    match: str
    prefix_match: str
    whole_text: bool  # True: match anywhere in the document; False: names/reading/company/tags


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def prepare_query(query: str) -> PreparedQuery | None:
    """Fold a query the way documents are folded; None when nothing searchable is left."""
    if looks_like_phone_query(query):
        digits = clean(query)
        if digits.startswith("+81"):
            digits = "0" + digits[3:]
        text = "".join(ch for ch in digits if ch.isdigit())
    else:
        text = fold(query)
    letters = alnum(text)
    if not text or not letters:
        return None
    prefix = _quote(PREFIX_MARK + letters[: max(PREFIX_LENGTHS)])
    if len(text) >= 3:
        trigrams = dict.fromkeys(text[i : i + 3] for i in range(len(text) - 2))
        match = " AND ".join(_quote(t) for t in trigrams)
        return PreparedQuery(text, "customer_fts", match, prefix, True)
    return PreparedQuery(letters, "customer_grams", _quote(letters), prefix, False)


def _gram_fields(document: str) -> str:
    head = document.split("\n", GRAM_FIELDS)[:GRAM_FIELDS]
    return "\n".join("".join(ch for ch in line if ch.isalnum() or ch == " ") for line in head)


# Row layout of every ranking query: what a hit shows, then what ranking needs.
_COLUMNS = (
    "c.id, c.display_name, c.reading, coalesce(co.display_name, ''), c.stage, c.sort_key, "
    f"c.name_key, c.reading_key, {given_first_sql('c')}"
)
_ID, _SORT, _NAME_KEY, _READING_KEY, _GIVEN_FIRST = 0, 5, 6, 7, 8
_FROM = "customers c LEFT JOIN customers co ON co.id = c.company_id"
# "Starts with" and "contains" as SQL, the same tests as the Python ones below.
_STARTS = "(substr(c.name_key, 1, :n) = :q OR substr(c.reading_key, 1, :n) = :q)"
_CONTAINS_ANYWHERE = f"NOT {_STARTS} AND instr(c.search_text, :q) > 0"
_CONTAINS_IN_NAMES = f"NOT {_STARTS}"  # the gram index matched names/readings/company/tags
_BUCKET_LAST = (1 << COUNTER_BITS) - 1  # OR-ed into a doc id: the last id of its bucket
_MAX_DOC = (1 << 63) - 1


def _order(row: Any) -> tuple[str, bytes]:
    return row[_SORT], row[_ID]


def _in_gram_fields(text: str, document: str) -> bool:
    """Whether *text* (letters and digits) is in the name, reading, company or tag fields."""
    head = document.split("\n", GRAM_FIELDS)[:GRAM_FIELDS]
    if any(text in line for line in head):
        return True  # found as typed, so also once the other characters are taken out
    return text in _gram_fields(document)


def match_page(
    conn: Connection, query: PreparedQuery, after: int = -1, limit: int = BATCH
) -> tuple[list[uuid.UUID], int | None]:
    """Return the customers matching *query* in one page of index hits, and where to go on.

    Reads up to *limit* hits with doc ids above *after*, in doc-id (五十音) order, and
    keeps those ``SearchService.search`` would find: together the pages hold exactly the
    customers a search with no limit returns. The second value is the doc id to pass as
    *after* for the next page, None after the last. For exporting a search result.
    """
    if limit <= 0:
        raise ValueError("a page holds at least one hit")
    table = query.table
    rows = conn.exec_driver_sql(
        f"SELECT c.doc_id, c.id, c.search_text, c.name_key, c.reading_key FROM {table} "
        f"JOIN customers c ON c.doc_id = {table}.rowid "
        f"WHERE {table} MATCH ? AND {table}.rowid > ? ORDER BY {table}.rowid LIMIT ?",
        (query.match, after, limit),
    ).all()
    n = len(query.text)
    found = []
    for _doc, customer_id, text, name_key, reading_key in rows:
        if query.whole_text:
            hit = query.text in text
        else:
            hit = (
                name_key[:n] == query.text
                or reading_key[:n] == query.text
                or query.text in _gram_fields(text)
            )
        if hit:
            found.append(as_uuid(customer_id))
    return found, (rows[-1][0] if len(rows) == limit else None)


class SearchService:
    """Finds customers from one query string (see the module documentation)."""

    def __init__(self, db: Database, region: str = DEFAULT_REGION) -> None:
        self._db = db
        self.region = region
        self._phones = PhoneDisplay(region)

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        """Return up to *limit* customers matching *query*, best first."""
        prepared = prepare_query(query)
        if prepared is None or limit <= 0:
            return []
        with self._db.query(snapshot=True) as conn:
            rows = self._ranked_rows(conn, prepared, limit)
            return self._hits(conn, rows)

    def count(self, query: str, verify_up_to: int = 2_000) -> int:
        """Return how many customers match *query*.

        Counted in the index alone (trashed customers are never in it), so a million
        matches cost milliseconds. The trigram index keeps no positions, so a query of 4+
        characters could count a customer holding all its trigrams apart; such counts are
        checked against the documents when there are at most *verify_up_to* of them.
        """
        prepared = prepare_query(query)
        if prepared is None:
            return 0
        table = prepared.table
        with self._db.query(snapshot=True) as conn:
            (total,) = conn.execute(
                f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (prepared.match,)
            ).fetchone()
            total = int(total or 0)
            if not prepared.whole_text or len(prepared.text) <= 3 or total > verify_up_to:
                return total
            (found,) = conn.execute(
                f"SELECT count(*) FROM {table} JOIN customers c ON c.doc_id = {table}.rowid "
                f"WHERE {table} MATCH ? AND instr(c.search_text, ?) > 0",
                (prepared.match, prepared.text),
            ).fetchone()
            return int(found)

    # -- ranking -----------------------------------------------------------------------

    def _ranked_rows(self, conn: sqlite3.Connection, q: PreparedQuery, limit: int) -> list[Any]:
        chosen: dict[bytes, Any] = {}
        # Exact matches; in the absurd case of more than SMALL_PREFIX of them they are left
        # to the prefix tier, which holds them too, in reading order.
        exact = self._key_lookup(conn, q.text, False, SMALL_PREFIX) or []
        chosen.update((row[_ID], row) for row in sorted(exact, key=_order)[:limit])
        if len(chosen) < limit:
            for row in self._prefix_tier(conn, q, limit - len(chosen), chosen):
                chosen[row[_ID]] = row
        if len(chosen) < limit:
            for row in self._contains_tier(conn, q, limit - len(chosen), chosen):
                chosen[row[_ID]] = row
        return list(chosen.values())

    def _prefix_tier(
        self, conn: sqlite3.Connection, q: PreparedQuery, need: int, taken: dict[bytes, Any]
    ) -> list[Any]:
        """Names or readings starting with the query, in 五十音 order."""
        if len(alnum(q.text)) > max(PREFIX_LENGTHS) or alnum(q.text) != q.text:
            # The prefix tokens hold only the first letters: when they say little, use
            # the name and reading indexes if the matches are few, and sort them.
            rows = self._key_lookup(conn, q.text, True, SMALL_PREFIX)
            if rows is not None:
                fresh = sorted((r for r in rows if r[_ID] not in taken), key=_order)
                return fresh[:need]
        return self._in_reading_order(
            conn, "customer_grams", q.prefix_match, _STARTS, q.text, need, taken
        )

    def _contains_tier(
        self, conn: sqlite3.Connection, q: PreparedQuery, need: int, taken: dict[bytes, Any]
    ) -> list[Any]:
        """The other matches, in 五十音 order."""
        if q.whole_text:
            return self._in_reading_order(
                conn, q.table, q.match, _CONTAINS_ANYWHERE, q.text, need, taken
            )
        # The gram index holds exactly the 1-2 character pieces of the name, reading,
        # company and tag fields (its tokenizer splits our tokens as we made them), so a
        # match is a hit: SQL ranks them, and the rows shown are checked here against the
        # documented test. Should one fail, the tier is ranked the slow, exact way.
        rows = self._in_reading_order(
            conn, q.table, q.match, _CONTAINS_IN_NAMES, q.text, need, taken, with_text=True
        )
        if all(_in_gram_fields(q.text, row[-1]) for row in rows):
            return [row[:-1] for row in rows]
        n = len(q.text)

        def contains(row: Any) -> bool:
            if row[_NAME_KEY][:n] == q.text or row[_READING_KEY][:n] == q.text:
                return False  # a prefix match: ranked in the tier before
            return q.text in _gram_fields(row[-1])

        found = self._ordered_hits(conn, q.table, q.match, contains, need, taken)
        return [row[:-1] for row in found]

    @staticmethod
    def _in_reading_order(
        conn: sqlite3.Connection,
        table: str,
        match: str,
        accept: str,
        text: str,
        need: int,
        taken: dict[bytes, Any],
        with_text: bool = False,
    ) -> list[Any]:
        """The first *need* hits of an FTS index passing *accept* (SQL), in exact 五十音
        order, in one statement; only those rows come back.

        The index returns hits in doc-id order, which is 五十音 order up to buckets of
        customers sharing their first kana (``search_index``): the inner query finds the
        bucket of the need-th accepted hit, the outer one reads up to the end of that
        bucket and lets SQLite sort and cut it.
        """
        marks = ",".join(f":t{i}" for i in range(len(taken)))
        where = f"{table} MATCH :match AND {accept}"
        if taken:
            where += f" AND c.id NOT IN ({marks})"
        join = f"{table} JOIN customers c ON c.doc_id = {table}.rowid"
        columns = _COLUMNS + (", c.search_text" if with_text else "")
        sql = (
            f"SELECT {columns} FROM {join} LEFT JOIN customers co ON co.id = c.company_id "
            f"WHERE {where} AND {table}.rowid <= coalesce(("
            f"SELECT max(d) | {_BUCKET_LAST} FROM (SELECT {table}.rowid AS d FROM {join} "
            f"WHERE {where} ORDER BY {table}.rowid LIMIT :need) HAVING count(*) = :need), "
            f"{_MAX_DOC}) ORDER BY c.sort_key, c.id LIMIT :need"
        )
        params: dict[str, Any] = {"match": match, "q": text, "n": len(text), "need": need}
        params.update((f"t{i}", key) for i, key in enumerate(taken))
        return conn.execute(sql, params).fetchall()

    @staticmethod
    def _key_lookup(
        conn: sqlite3.Connection, text: str, prefix: bool, cap: int
    ) -> list[Any] | None:
        """Customers whose name or reading equals *text* (or starts with it, *prefix*).

        Names through their index; readings through the 五十音 sort index, whose leading
        part is the plain-kana form of the reading (so no index of its own is kept), then
        checked exactly. Returns None when either holds more than *cap* candidates. The
        indexes are named because, without statistics, SQLite would rather walk an
        ordering index end to end.
        """
        primary = gojuon_key(text).split("\x01", 1)[0]
        if prefix:
            lookups = (
                ("ix_customers_name", "c.name_key >= :q AND c.name_key < :top"),
                ("ix_customers_sort", "c.sort_key >= :p AND c.sort_key < :ptop"),
            )
        else:
            lookups = (
                ("ix_customers_name", "c.name_key = :q"),
                ("ix_customers_sort", "c.sort_key = :exact"),
            )
        params = {
            "q": text,
            "top": text + _TOP,
            "p": primary,
            "ptop": primary + _TOP,
            "exact": gojuon_key(text),
            "cap": cap + 1,
        }
        found: dict[bytes, Any] = {}
        for index, condition in lookups:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM customers AS c INDEXED BY {index} "
                "LEFT JOIN customers co ON co.id = c.company_id "
                f"WHERE c.deleted_at IS NULL AND {condition} LIMIT :cap",
                params,
            ).fetchall()
            if len(rows) > cap:
                return None
            for row in rows:
                keys = (row[_NAME_KEY], row[_READING_KEY])
                if any(k.startswith(text) if prefix else k == text for k in keys):
                    found[row[_ID]] = row
        return list(found.values())

    @staticmethod
    def _ordered_hits(
        conn: sqlite3.Connection,
        table: str,
        match: str,
        accept: Callable[[Any], bool],
        need: int,
        taken: dict[bytes, Any],
    ) -> list[Any]:
        """Read index hits in doc-id (= 五十音) order until *need* are accepted (in Python).

        Then the rest of the last order bucket is read too, and the whole is sorted by the
        exact sort key, so the answer is exactly the first *need* by reading. The slow,
        exact fallback of ``_contains_tier``; rows end with the document.
        """
        found: list[Any] = []
        after = -1
        stop_bucket: int | None = None
        while True:
            rows = conn.execute(
                f"SELECT {_COLUMNS}, c.doc_id, c.search_text FROM {table} "
                f"JOIN customers c ON c.doc_id = {table}.rowid "
                "LEFT JOIN customers co ON co.id = c.company_id "
                f"WHERE {table} MATCH ? AND {table}.rowid > ? "
                f"ORDER BY {table}.rowid LIMIT ?",
                (match, after, BATCH),
            ).fetchall()
            for row in rows:
                if stop_bucket is not None and bucket_of_doc(row[-2]) > stop_bucket:
                    return [r[:-2] + r[-1:] for r in sorted(found, key=_order)[:need]]
                if row[_ID] not in taken and accept(row[:-2] + row[-1:]):
                    found.append(row)
                    if len(found) == need and stop_bucket is None:
                        stop_bucket = bucket_of_doc(row[-2])
            if len(rows) < BATCH:
                return [r[:-2] + r[-1:] for r in sorted(found, key=_order)[:need]]
            after = rows[-1][-2]

    def _hits(self, conn: sqlite3.Connection, rows: Sequence[Any]) -> list[SearchHit]:
        if not rows:
            return []
        ids = [row[0] for row in rows]
        placeholders = ",".join("?" * len(ids))
        phones: dict[bytes, list[str]] = {}
        emails: dict[bytes, list[str]] = {}
        show = self._phones.show
        for customer_id, kind, e164, national, email in conn.execute(
            "SELECT customer_id, kind, phone_e164, phone_national, email FROM contact_points "
            f"WHERE customer_id IN ({placeholders}) AND kind IN ('phone', 'email') "
            "ORDER BY customer_id, kind, is_primary DESC, position",
            ids,
        ):
            if kind == "phone":
                phones.setdefault(customer_id, []).append(show(e164, national))
            else:
                emails.setdefault(customer_id, []).append(email)
        new = tuple.__new__
        return [
            new(
                SearchHit,
                (
                    row[0],
                    row[1],
                    row[2],
                    row[3],
                    row[4],
                    tuple(phones.get(row[0], ())),
                    tuple(emails.get(row[0], ())),
                    row[_GIVEN_FIRST],
                ),
            )
            for row in rows
        ]


__all__ = ["PreparedQuery", "SearchHit", "SearchService", "match_page", "prepare_query"]
