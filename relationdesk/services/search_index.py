"""The customer search index: what is indexed for each customer, and keeping it current.

Each live customer has one document, ``customers.search_text``: folded name, reading,
company, tags, phone digits and e-mails, one field per line. Two contentless FTS5 tables
index it under ``customers.doc_id``:

* ``customer_fts`` (trigram tokenizer, detail=none) answers queries of 3+ characters;
* ``customer_grams`` holds our own tokens, every 1- and 2-character piece of the name,
  reading, company and tag fields, so that one- and two-character queries (most family
  names are two kanji) are index look-ups too. SQLite 3.40's trigram tokenizer cannot
  answer them, and its LIKE on a trigram table is wrong for CJK text.

``doc_id`` is not a counter: it encodes the customer's place in 五十音 order (see
``order_bucket``), so FTS5, which returns hits in rowid order, returns them in reading
order. A search takes the first hits the index gives and only sorts the last small group
of ties; its cost does not grow with the number of matches. The gram index also holds
prefix tokens (``^`` + the first 1-3 characters of the name and of the reading) for the
"starts with" tier of the ranking.

Contentless tables need the old text to delete a document; it is still in
``customers.search_text`` when we update, so every change is "delete old, insert new", in
the caller's transaction. Trashed customers are not in the index.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from relationdesk.normalize.kana import fold

if TYPE_CHECKING:
    from sqlalchemy import Connection

GRAM_FIELDS = 4  # name, reading, company, tags: the fields short queries look at
PREFIX_MARK = "^"
PREFIX_LENGTHS = (1, 2, 3)

# -- doc ids in 五十音 order -----------------------------------------------------------

# Characters of a plain-kana sort key, each given an even code in code-point order; any
# other character gets the odd code between its neighbours. 5 characters x 8 bits sit
# above a 23-bit counter that keeps ids unique among customers sharing those characters.
_KNOWN = sorted(
    set("0123456789abcdefghijklmnopqrstuvwxyz") | {chr(c) for c in range(0x30A1, 0x30FB)} | {"ー"}
)
BUCKET_CHARS = 5
COUNTER_BITS = 23


def order_bucket(sort_key: str) -> int:
    """Return the order bucket of a sort key: an integer that never decreases along the order.

    If bucket(a) < bucket(b) then sort_key(a) < sort_key(b); customers in the same bucket
    share the first characters of their plain-kana key and are ordered exactly by a sort
    of that (small) group. After the first character outside the known alphabet the code
    stops, since distinct unknown characters share a code.
    """
    primary = sort_key.split("\x01", 1)[0]
    value = 0
    stopped = False
    for position in range(BUCKET_CHARS):
        code = 0
        if not stopped and position < len(primary):
            ch = primary[position]
            index = bisect.bisect_left(_KNOWN, ch)
            if index < len(_KNOWN) and _KNOWN[index] == ch:
                code = 2 * index + 2
            else:
                code = 2 * index + 1
                stopped = True
        value = value << 8 | code
    return value


def bucket_of_doc(doc_id: int) -> int:
    """Return the order bucket a doc id belongs to."""
    return doc_id >> COUNTER_BITS


class DocIdAllocator:
    """Hands out doc ids in order buckets; one per write transaction (holds the write lock)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._next: dict[int, int] = {}

    def allocate(self, sort_key: str) -> int:
        """Return a new doc id whose position in the index matches *sort_key*."""
        return self.allocate_in(order_bucket(sort_key))

    def allocate_in(self, bucket: int) -> int:
        """Return a new doc id in order bucket *bucket* (``order_bucket`` of a sort key,
        computed ahead by a bulk writer)."""
        following = self._next.get(bucket)
        if following is None:
            low = bucket << COUNTER_BITS
            high = low + (1 << COUNTER_BITS) - 1
            top = self._connection.exec_driver_sql(
                "SELECT max(doc_id) FROM customers WHERE doc_id BETWEEN ? AND ?", (low, high)
            ).scalar()
            following = low if top is None else int(top) + 1
            if following > high:
                raise OverflowError("too many customers share one order bucket")
        self._next[bucket] = following + 1
        return following


# -- documents ---------------------------------------------------------------------


def search_document(
    name_key: str,
    reading_key: str,
    company_key: str,
    tag_keys: Sequence[str],
    phone_digits: Sequence[str],
    emails: Sequence[str],
) -> str:
    """Return the text indexed for one customer, one field per line."""
    return "\n".join(
        (
            name_key,
            reading_key,
            company_key,
            " ".join(tag_keys),
            " ".join(phone_digits),
            " ".join(e.lower() for e in emails),
        )
    )


def alnum(text: str) -> str:
    """Return only the letters and digits of *text* (what gram tokens are made of)."""
    return "".join(filter(str.isalnum, text))


def grams_of(document: str) -> str:
    """Return the gram tokens of a document.

    Every 1- and 2-character piece of the name, reading, company and tags, and the prefix
    tokens ``^`` + the first 1-3 characters of the name and of the reading. (An import
    computes this for 100,000 documents: words that are letters and digits throughout,
    nearly all of them, skip the per-character filter.)
    """
    lines = document.split("\n", GRAM_FIELDS)
    grams: dict[str, None] = {}
    for key in lines[:2]:
        letters = key if key.isalnum() else alnum(key)
        for length in PREFIX_LENGTHS:
            if len(letters) >= length:
                grams[PREFIX_MARK + letters[:length]] = None
    for line in lines[:GRAM_FIELDS]:
        for word in line.split(" "):
            chars = word if word.isalnum() else alnum(word)
            last = len(chars) - 1
            for index in range(last):
                grams[chars[index]] = None
                grams[chars[index : index + 2]] = None
            if last >= 0:
                grams[chars[last]] = None
    return " ".join(grams)


def fold_tag(name: str) -> str:
    """Return the folded key of a tag name (also its search form)."""
    return fold(name)


def add_documents(connection: Connection, documents: Iterable[tuple[int, str]]) -> None:
    """Index documents given as (doc_id, text).

    They are written in doc-id order: FTS5 flushes its in-memory pending terms to a new
    segment whenever a rowid is not above the previous one in the transaction, and doc
    ids follow 五十音 order, not insertion order (sorting made bulk indexing ~3x faster).
    """
    add_documents_with_grams(
        connection, ((doc_id, text, grams_of(text)) for doc_id, text in documents)
    )


def add_documents_with_grams(
    connection: Connection, documents: Iterable[tuple[int, str, str]]
) -> None:
    """Index documents given as (doc_id, text, ``grams_of(text)``), the grams made earlier
    (an import prepares them in its helper processes)."""
    rows = sorted(documents)
    if not rows:
        return
    connection.exec_driver_sql(
        "INSERT INTO customer_fts (rowid, text) VALUES (?, ?)", [(d, t) for d, t, _ in rows]
    )
    connection.exec_driver_sql(
        "INSERT INTO customer_grams (rowid, grams) VALUES (?, ?)", [(d, g) for d, _, g in rows]
    )


def remove_documents(connection: Connection, documents: Iterable[tuple[int, str]]) -> None:
    """Remove documents given as (doc_id, the text they were indexed with), in doc-id order."""
    rows = sorted(documents)
    if not rows:
        return
    connection.exec_driver_sql(
        "INSERT INTO customer_fts (customer_fts, rowid, text) VALUES ('delete', ?, ?)", rows
    )
    connection.exec_driver_sql(
        "INSERT INTO customer_grams (customer_grams, rowid, grams) VALUES ('delete', ?, ?)",
        [(doc_id, grams_of(text)) for doc_id, text in rows],
    )
