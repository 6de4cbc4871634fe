"""The customer search index: what is indexed for each customer, and keeping it current.

Each live customer has one document, ``customers.search_text``: folded name, reading,
company, tags, phone digits and e-mails, one field per line. Two contentless FTS5 tables
index it under ``customers.doc_id``:

* ``customer_fts`` (trigram tokenizer, detail=none) answers queries of 3+ characters;
* ``customer_grams`` holds our own tokens, every 1- and 2-character piece of the name,
  reading, company and tag fields, so that one- and two-character queries (most family
  names are two kanji) are index look-ups too. SQLite 3.40's trigram tokenizer cannot
  answer them, and its LIKE on a trigram table is wrong for CJK text.

Contentless tables need the old text to delete a document; it is still in
``customers.search_text`` when we update, so every change is "delete old, insert new", in
the caller's transaction. Trashed customers are not in the index.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection

from relationdesk.normalize.kana import fold

GRAM_FIELDS = 4  # name, reading, company, tags: the fields short queries look at


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


def grams_of(document: str) -> str:
    """Return the 1- and 2-character tokens of a document's name, reading, company and tags."""
    grams: dict[str, None] = {}
    for line in document.split("\n")[:GRAM_FIELDS]:
        for word in line.split(" "):
            chars = [ch for ch in word if ch.isalnum()]
            for index, ch in enumerate(chars):
                grams[ch] = None
                if index + 1 < len(chars):
                    grams[ch + chars[index + 1]] = None
    return " ".join(grams)


def fold_tag(name: str) -> str:
    """Return the folded key of a tag name (also its search form)."""
    return fold(name)


def add_documents(connection: Connection, documents: Iterable[tuple[int, str]]) -> None:
    """Index documents given as (doc_id, text)."""
    rows = list(documents)
    if not rows:
        return
    connection.exec_driver_sql("INSERT INTO customer_fts (rowid, text) VALUES (?, ?)", rows)
    connection.exec_driver_sql(
        "INSERT INTO customer_grams (rowid, grams) VALUES (?, ?)",
        [(doc_id, grams_of(text)) for doc_id, text in rows],
    )


def remove_documents(connection: Connection, documents: Iterable[tuple[int, str]]) -> None:
    """Remove documents given as (doc_id, the text they were indexed with)."""
    rows = list(documents)
    if not rows:
        return
    connection.exec_driver_sql(
        "INSERT INTO customer_fts (customer_fts, rowid, text) VALUES ('delete', ?, ?)", rows
    )
    connection.exec_driver_sql(
        "INSERT INTO customer_grams (customer_grams, rowid, grams) VALUES ('delete', ?, ?)",
        [(doc_id, grams_of(text)) for doc_id, text in rows],
    )


def rebuild(connection: Connection, batch: int = 20_000) -> int:
    """Rebuild both indexes from ``customers.search_text``; return the documents indexed."""
    connection.exec_driver_sql("INSERT INTO customer_fts (customer_fts) VALUES ('delete-all')")
    connection.exec_driver_sql("INSERT INTO customer_grams (customer_grams) VALUES ('delete-all')")
    total = 0
    last = -1
    while True:
        rows = connection.exec_driver_sql(
            "SELECT doc_id, search_text FROM customers "
            "WHERE doc_id > ? AND deleted_at IS NULL ORDER BY doc_id LIMIT ?",
            (last, batch),
        ).all()
        if not rows:
            return total
        add_documents(connection, [(r[0], r[1]) for r in rows])
        total += len(rows)
        last = rows[-1][0]


def next_doc_ids(connection: Connection, count: int = 1) -> range:
    """Reserve *count* new doc ids (the caller holds the write lock)."""
    top = connection.exec_driver_sql("SELECT coalesce(max(doc_id), 0) FROM customers").scalar()
    start = int(top or 0) + 1
    return range(start, start + count)
