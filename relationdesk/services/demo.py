"""Realistic demo data, written in bulk: customers with contact points, tags, history, reminders.

Rows go in through Core ``executemany`` in large transactions (a group of chunks each),
and the search index is filled in the same transaction, so a cancelled or crashed run
never leaves customers that search cannot find. Aim: 5,000 customers a second with their
history on a 2-core machine.

The work is split between two processes: a helper builds each chunk's rows (names,
phones in national format, search documents and their gram tokens, 五十音 order buckets)
and sends them as one ``marshal`` blob (cheaper than pickling ~100,000 small tuples);
this process only allocates doc ids and inserts. Demo data is disposable, so its
transactions are not durable (``Database.bulk_write(durable=False)``: no fsync per
commit; a power cut may lose the last groups, never corrupt the file).
"""

from __future__ import annotations

import marshal
import multiprocessing
import random
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection

from relationdesk.ids import uuid7
from relationdesk.models.types import to_micros
from relationdesk.normalize.kana import fold, gojuon_key
from relationdesk.normalize.phones import national_format
from relationdesk.services import demo_names as names
from relationdesk.services import search_index
from relationdesk.services.search_index import grams_of, order_bucket
from relationdesk.services.unit_of_work import Database

CHUNK = 5_000
_DAY_US = 86_400_000_000  # the shortest usual interval between contacts (timeline.MIN_INTERVAL)
# Chunks written per transaction: at 1M customers one commit rewrites a large share of
# every index's pages, so fewer, larger transactions write far less.
CHUNKS_PER_COMMIT = 16
_INTERACTION_KINDS = ("call", "visit", "meeting", "email", "line", "letter", "note", "feedback")
_INTERACTION_WEIGHTS = (25, 25, 5, 15, 15, 5, 8, 2)
_STAGES = ("lead", "prospect", "customer", "repeat", "advocate")
_STAGE_WEIGHTS = (10, 10, 45, 30, 5)
_INTERACTION_TABLE = tuple(
    k for k, w in zip(_INTERACTION_KINDS, _INTERACTION_WEIGHTS, strict=True) for _ in range(w)
)
_STAGE_TABLE = tuple(k for k, w in zip(_STAGES, _STAGE_WEIGHTS, strict=True) for _ in range(w))
_CONTACT_KINDS = frozenset(("call", "visit", "meeting", "email", "line", "letter"))


@dataclass(frozen=True, slots=True)
class DemoResult:
    """How much demo data was written."""

    customers: int
    interactions: int
    purchases: int
    reminders: int


@dataclass(slots=True)
class _Chunk:
    """The rows of one chunk of customers, built off the writing thread."""

    customers: list[tuple[Any, ...]]
    points: list[tuple[Any, ...]]
    links: list[tuple[Any, ...]]
    interactions: list[tuple[Any, ...]]
    purchases: list[tuple[Any, ...]]
    lines: list[tuple[Any, ...]]
    reminders: list[tuple[Any, ...]]
    documents: list[str]
    grams: list[str]  # search_index.grams_of of each document
    buckets: list[int]  # search_index.order_bucket of each customer's sort key

    def counts(self) -> tuple[int, int, int, int]:
        """Customers, interactions, purchases and reminders in this chunk."""
        return (
            len(self.customers),
            len(self.interactions),
            len(self.purchases),
            len(self.reminders),
        )


class _Ids:
    """Fast, monotonic UUID v7 bytes for bulk rows.

    A 40-bit counter fills ``rand_a`` and the top of ``rand_b`` under the generation time,
    so each new key sorts after the previous one and every B-tree insert is an append.
    """

    def __init__(self, rng: random.Random, now_ms: int, base: int) -> None:
        self._bits = rng.getrandbits
        self._head = (now_ms & 0xFFFFFFFFFFFF) << 80 | 0x7 << 76 | 0b10 << 62
        self._counter = base

    def new(self) -> bytes:
        self._counter += 1
        ctr = self._counter
        value = self._head | (ctr >> 28 & 0xFFF) << 64 | (ctr & 0xFFFFFFF) << 34 | self._bits(34)
        return value.to_bytes(16, "big")


class DemoGenerator:
    """Writes demo customers with their history into an open database."""

    def __init__(self, db: Database, seed: int = 1) -> None:
        self._db = db
        self._seed = seed
        self._run = 0

    def generate(
        self,
        count: int,
        now: datetime,
        progress: Callable[[int, int], bool] | None = None,
    ) -> DemoResult:
        """Add *count* customers; *progress(done, total)* may return False to stop early.

        Chunks are built in a helper process while the previous chunk is written, so both
        cores work. Each chunk is one transaction: stopping keeps the chunks already
        written and never leaves half of one.
        """
        now_us = to_micros(now)
        tag_ids = self._ensure_tags(now_us)
        sizes = [min(CHUNK, count - start) for start in range(0, count, CHUNK)]
        jobs = [
            (self._seed, self._run, index, size, now_us, tag_ids)
            for index, size in enumerate(sizes)
        ]
        self._run += 1
        totals = [0, 0, 0, 0]
        done = 0
        pending = [0, 0, 0, 0]
        with self._db.bulk_write(durable=False) as uow:
            allocator = search_index.DocIdAllocator(uow.connection)
            documents: list[tuple[int, str, str]] = []
            for index, chunk in enumerate(_chunks(jobs), start=1):
                documents += self._write(uow.connection, allocator, chunk)
                for i, value in enumerate(chunk.counts()):
                    pending[i] += value
                stop = progress is not None and progress(done + pending[0], count) is False
                if index % CHUNKS_PER_COMMIT == 0 or index == len(jobs) or stop:
                    # One sorted pass over the group's documents, in the same transaction.
                    search_index.add_documents_with_grams(uow.connection, documents)
                    documents = []
                    uow.commit()
                    totals = [t + p for t, p in zip(totals, pending, strict=True)]
                    done += pending[0]
                    pending = [0, 0, 0, 0]
                    allocator = search_index.DocIdAllocator(uow.connection)
                if stop:
                    break
        return DemoResult(*totals)

    def _write(
        self, conn: Connection, allocator: search_index.DocIdAllocator, chunk: _Chunk
    ) -> list[tuple[int, str, str]]:
        """Insert one chunk's rows; return its search documents (doc id, text, grams) for the
        caller to index."""
        allocate = allocator.allocate_in
        doc_ids = [allocate(bucket) for bucket in chunk.buckets]
        customers = [(c[0], d, *c[1:]) for c, d in zip(chunk.customers, doc_ids, strict=True)]
        points, links, interactions = chunk.points, chunk.links, chunk.interactions
        purchases, lines, reminders = chunk.purchases, chunk.lines, chunk.reminders
        _insert(
            conn,
            "customers",
            (
                "id, doc_id, kind, family_name, given_name, display_name, reading, "
                "reading_key, sort_key, name_key, honorific, company_id, title, birthday, "
                "birthday_md, "
                "stage, source, "
                "preferred_channel, consent_dm, consent_email, consent_line, line_id, note, "
                "custom_fields, search_text, last_contact_at, first_contact_at, contact_count, "
                "follow_up_at, created_at, updated_at, version"
            ),
            customers,
        )
        _insert(
            conn,
            "contact_points",
            (
                "id, customer_id, kind, label, is_primary, position, phone_raw, phone_e164, "
                "phone_national, email, postal_code, prefecture, city, street, building, "
                "country, created_at, updated_at, version"
            ),
            points,
        )
        _insert(conn, "customer_tags", "customer_id, tag_id", links)
        _insert(
            conn,
            "interactions",
            (
                "id, customer_id, kind, direction, occurred_at, subject, body, outcome, "
                "created_at, updated_at, version"
            ),
            interactions,
        )
        _insert(
            conn,
            "purchases",
            (
                "id, customer_id, purchased_at, currency, total_minor, note, created_at, "
                "updated_at, version"
            ),
            purchases,
        )
        _insert(
            conn,
            "purchase_lines",
            (
                "id, purchase_id, position, product, quantity, unit_price_minor, created_at, "
                "updated_at, version"
            ),
            lines,
        )
        _insert(
            conn,
            "reminders",
            (
                "id, customer_id, title, note, due_at, recurrence, next_due_at, anchor_at, "
                "created_at, updated_at, version"
            ),
            reminders,
        )
        return list(zip(doc_ids, chunk.documents, chunk.grams, strict=True))

    def _ensure_tags(self, now_us: int) -> dict[str, bytes]:
        with self._db.write() as uow:
            ids = self._tags(uow.connection, now_us)
            uow.commit()
        return ids

    def _tags(self, conn: object, now_us: int) -> dict[str, bytes]:
        ids: dict[str, bytes] = {}
        for name in names.TAGS:
            key = fold(name)
            row = conn.exec_driver_sql(  # type: ignore[attr-defined]
                "SELECT id FROM tags WHERE name_key = ?", (key,)
            ).first()
            if row is None:
                tag_id = uuid7().bytes
                conn.exec_driver_sql(  # type: ignore[attr-defined]
                    "INSERT INTO tags (id, name, name_key, color, created_at, updated_at, "
                    "version) VALUES (?, ?, ?, '', ?, ?, 1)",
                    (tag_id, name, key, now_us, now_us),
                )
                ids[name] = tag_id
            else:
                ids[name] = row[0]
        return ids


def _build_chunk(
    seed: int, run: int, index: int, size: int, now_us: int, tag_ids: dict[str, bytes]
) -> _Chunk:
    """Build the rows of one chunk; deterministic for (seed, run, index)."""
    rng = random.Random(f"{seed}/{run}/{index}")
    new_id = _Ids(rng, now_us // 1000, base=(run << 24 | index) << 16).new
    rand = rng.random

    def pick(seq: Sequence[Any]) -> Any:
        return seq[int(rand() * len(seq))]

    five_years = 5 * 365 * 86_400 * 1_000_000
    customers, points, links, interactions, purchases, lines, reminders = (
        [],
        [],
        [],
        [],
        [],
        [],
        [],
    )
    documents = []
    buckets = []
    companies: list[tuple[bytes, str, str]] = []
    for _ in range(size):
        created = now_us - rng.randrange(five_years)
        cid = new_id()
        roll = rng.random()
        company_id = None
        company_key = ""
        title = ""
        if roll < 0.06:
            core, core_r = pick(names.COMPANY_CORE)
            suffix, suffix_r = pick(names.COMPANY_SUFFIX)
            kind, family, given = "company", "", ""
            display = f"株式会社{core}{suffix}"
            reading = f"{core_r}{suffix_r}"
            honorific = "御中"
            romaji = "info"
            companies.append((cid, display, fold(display)))
        elif roll < 0.12:
            (family, family_r), (given, given_r) = (
                pick(names.ENGLISH_FAMILY),
                pick(names.ENGLISH_GIVEN),
            )
            reading = f"{family_r} {given_r}"
            kind, display, honorific = "person", f"{family} {given}", "様"
            romaji = f"{given}.{family}".lower()
        else:
            f = pick(names.FAMILY)
            g = pick(names.GIVEN)
            kind, family, given, honorific = "person", f[0], g[0], "様"
            display = f"{family} {given}"
            reading = f"{f[1]} {g[1]}"
            romaji = f"{g[2]}.{f[2]}"
            if companies and rng.random() < 0.15:
                company_id, _, company_key = pick(companies)
                title = pick(("部長", "課長", "担当", "代表取締役", ""))
        name_key = fold(display)
        reading_key = fold(reading)
        stage = _STAGE_TABLE[int(rand() * len(_STAGE_TABLE))]
        birthday = None
        if kind == "person" and rng.random() < 0.7:
            birthday = date(
                rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
            ).isoformat()
        phone_digits = []
        emails = []
        for position in range(pick((1, 1, 1, 2))):
            if rng.random() < 0.6:
                prefix = pick(names.MOBILE)
                # Subscriber numbers start with 1-9 (090-0... is not a number in use).
                national = f"{prefix}{rng.randrange(10**7, 10**8)}"
                label = "携帯"
            else:
                area = pick(names.AREA_CODES)
                rest = 10 - len(area)  # local numbers start with 2-9
                national = f"{area}{rng.randrange(2 * 10 ** (rest - 1), 10**rest)}"
                while not _valid_exchange(national):
                    national = f"{area}{rng.randrange(2 * 10 ** (rest - 1), 10**rest)}"
                label = "自宅" if kind == "person" else "代表"
            e164 = "+81" + national[1:]
            raw = _national_format(national)
            points.append(
                (
                    new_id(),
                    cid,
                    "phone",
                    label,
                    position == 0,
                    position,
                    raw,
                    e164,
                    raw,
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "JP",
                    created,
                    created,
                    1,
                )
            )
            phone_digits.append(national)
        if rng.random() < 0.7:
            email = f"{romaji}{rng.randrange(1000)}@{pick(names.DOMAINS)}"
            points.append(
                (
                    new_id(),
                    cid,
                    "email",
                    "",
                    True,
                    0,
                    "",
                    "",
                    "",
                    email,
                    "",
                    "",
                    "",
                    "",
                    "",
                    "JP",
                    created,
                    created,
                    1,
                )
            )
            emails.append(email)
        if rng.random() < 0.6:
            prefecture, cities = pick(names.PREFECTURES)
            points.append(
                (
                    new_id(),
                    cid,
                    "address",
                    "",
                    True,
                    0,
                    "",
                    "",
                    "",
                    "",
                    f"{rng.randrange(100, 999)}{rng.randrange(10000):04d}",
                    prefecture,
                    pick(cities),
                    f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
                    "",
                    "JP",
                    created,
                    created,
                    1,
                )
            )
        tag_keys = []
        for tag in rng.sample(names.TAGS, pick((0, 0, 1, 1, 2))):
            links.append((cid, tag_ids[tag]))
            tag_keys.append(fold(tag))
        contacts: list[int] = []
        for _ in range(min(30, int(rng.expovariate(1 / 9)))):
            kind_i = _INTERACTION_TABLE[int(rand() * len(_INTERACTION_TABLE))]
            at = created + rng.randrange(max(1, now_us - created))
            interactions.append(
                (
                    new_id(),
                    cid,
                    kind_i,
                    "outbound" if rng.random() < 0.5 else "inbound",
                    at,
                    pick(names.SUBJECTS[kind_i]),
                    "",
                    pick(names.OUTCOMES),
                    at,
                    at,
                    1,
                )
            )
            if kind_i in _CONTACT_KINDS:
                contacts.append(at)
        for _ in range(min(10, int(rng.expovariate(1 / 4)))):
            at = created + rng.randrange(max(1, now_us - created))
            pid = new_id()
            total = 0
            for position in range(pick((1, 1, 2, 3))):
                product, price = pick(names.PRODUCTS)
                quantity = pick((1, 1, 1, 2))
                total += price * quantity
                lines.append((new_id(), pid, position, product, quantity, price, at, at, 1))
            purchases.append((pid, cid, at, "JPY", total, "", at, at, 1))
            contacts.append(at)
        first_contact = min(contacts) if contacts else None
        last_contact = max(contacts) if contacts else None
        follow_up = None
        if first_contact is not None and last_contact is not None and len(contacts) >= 2:
            gap = (last_contact - first_contact) // (len(contacts) - 1)
            follow_up = last_contact + max(gap, _DAY_US)
        if rng.random() < 0.05:
            due = now_us + rng.randrange(-3 * 86_400_000_000, 14 * 86_400_000_000)
            reminders.append(
                (
                    new_id(),
                    cid,
                    pick(names.REMINDER_TITLES),
                    "",
                    due,
                    "none",
                    due,
                    due,
                    now_us,
                    now_us,
                    1,
                )
            )
        document = search_index.search_document(
            name_key, reading_key, company_key, tag_keys, phone_digits, emails
        )
        sort_key = gojuon_key(reading_key or name_key)
        buckets.append(order_bucket(sort_key))
        customers.append(
            (
                cid,
                kind,
                family,
                given,
                display,
                reading,
                reading_key,
                sort_key,
                name_key,
                honorific,
                company_id,
                title,
                birthday,
                birthday[5:] if birthday else None,
                stage,
                "demo",
                "none",
                rng.random() < 0.5,
                rng.random() < 0.5,
                rng.random() < 0.3,
                "",
                "",
                "{}",
                document,
                last_contact,
                first_contact,
                len(contacts),
                follow_up,
                created,
                created,
                1,
            )
        )
        documents.append(document)
    grams = [grams_of(document) for document in documents]
    return _Chunk(
        customers,
        points,
        links,
        interactions,
        purchases,
        lines,
        reminders,
        documents,
        grams,
        buckets,
    )


# Formats of national numbers by their first digits (see _national_format).
_FORMATS: dict[tuple[str, int], tuple[int, ...]] = {}


def _national_format(national: str) -> str:
    """``national_format`` of a Japanese number, as libphonenumber writes it (090-1234-5678).

    libphonenumber's Japanese formats depend on the leading digits only: the groups it
    makes for a number's first five digits and length are kept and reused (parsing costs
    ~50 µs a number, 40% of building demo rows). A test checks the two agree.
    """
    key = (national[:5], len(national))
    groups = _FORMATS.get(key)
    if groups is None:
        formatted = national_format("+81" + national[1:]) or national
        parts = formatted.split("-")
        if "".join(parts) != national:
            return formatted  # not digits and hyphens: not kept
        _FORMATS[key] = tuple(len(part) for part in parts)
        return formatted
    pieces = []
    start = 0
    for size in groups:
        pieces.append(national[start : start + size])
        start += size
    return "-".join(pieces)


def _build_job(job: tuple[int, int, int, int, int, dict[str, bytes]]) -> bytes:
    chunk = _build_chunk(*job)
    return marshal.dumps(tuple(getattr(chunk, name) for name in _Chunk.__slots__))


def _chunks(jobs: list[tuple[int, int, int, int, int, dict[str, bytes]]]) -> Iterator[_Chunk]:
    """Yield built chunks in order; from the second on they are built in a helper process."""
    for blob in _blobs(jobs):
        yield _Chunk(*marshal.loads(blob))


def _blobs(jobs: list[tuple[int, int, int, int, int, dict[str, bytes]]]) -> Iterator[bytes]:
    if len(jobs) <= 1:
        yield from (_build_job(job) for job in jobs)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        pending: deque[Future[bytes]] = deque(pool.submit(_build_job, job) for job in jobs[:2])
        queued = 2
        try:
            while pending:
                chunk = pending.popleft().result()
                if queued < len(jobs):
                    pending.append(pool.submit(_build_job, jobs[queued]))
                    queued += 1
                yield chunk
        finally:
            for future in pending:
                future.cancel()


def _insert(conn: object, table: str, columns: str, rows: list[tuple[object, ...]]) -> None:
    if not rows:
        return
    marks = ", ".join("?" * (columns.count(",") + 1))
    conn.exec_driver_sql(  # type: ignore[attr-defined]
        f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows
    )


_EXCHANGES: dict[str, bool] = {}


def _valid_exchange(national: str) -> bool:
    """Whether a Japanese landline's area code and exchange are in use (cached per exchange,
    so checking costs libphonenumber's time once per exchange, not per customer)."""
    exchange = national[:6]
    found = _EXCHANGES.get(exchange)
    if found is None:
        import phonenumbers

        found = phonenumbers.is_valid_number(phonenumbers.parse(national, "JP"))
        _EXCHANGES[exchange] = found
    return found
