"""The benchmark data set: demo data made by the app's own generator, cached per scale.

A data set is a RelationDesk data folder filled by ``DemoGenerator`` (the code behind
``relationdesk demo --customers N``), plus one customer with 10,000 history entries for
``timeline_big_first_page``. Building one takes ~4 minutes at 1M customers, so it is kept
under the cache folder, keyed by scale, schema revision (``HEAD_REVISION``) and
``DATA_VERSION`` (bumped whenever this set-up changes what is in the folder). A folder is
built under a temporary name and renamed when complete, under a file lock, so an
interrupted or concurrent build never leaves a half-made data set that looks finished.
"""

from __future__ import annotations

import fcntl
import json
import os
import random
import resource
import shutil
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from relationdesk.app import App, open_app
from relationdesk.ids import uuid7
from relationdesk.migrations import HEAD_REVISION
from relationdesk.models.types import to_micros
from relationdesk.paths import DATABASE_NAME
from relationdesk.services.customer_data import CustomerInput
from relationdesk.services.demo import DemoGenerator
from relationdesk.services.timeline import follow_up_at

DATA_VERSION = 1
SEED = 1
BIG_ENTRIES = 10_000
BIG_PURCHASE_SHARE = 0.3  # of the big customer's entries, as in the demo data (~1 in 3)
ENV_CACHE = "RELATIONDESK_BENCH_CACHE"

Log = Callable[[str], None]


def default_cache_root() -> Path:
    """Where data sets are kept: $RELATIONDESK_BENCH_CACHE, else ~/.cache/relationdesk-bench."""
    explicit = os.environ.get(ENV_CACHE)
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "relationdesk-bench"


@dataclass(frozen=True, slots=True)
class DataSet:
    """A ready data folder and what the scenarios need to know about it."""

    folder: Path  # pass as --data-dir
    scale: int
    now: datetime  # the "now" the demo data was generated at (reminders are due around it)
    big_customer: uuid.UUID
    typical_customer: uuid.UUID
    typical_entries: int
    generate_seconds: float
    generate_cpu_seconds: tuple[float, float] | None  # writer, row builder (None: not kept)
    generate_load: list[float] | None  # load average when generation ended
    counts: dict[str, int]
    built_at: str
    built_in_this_run: bool

    @property
    def database(self) -> Path:
        """The SQLite file."""
        return self.folder / DATABASE_NAME

    @property
    def customers_per_second(self) -> float:
        """Demo generation speed: customers with their history per second."""
        return self.counts["customers"] / self.generate_seconds

    @property
    def customers_per_cpu_second(self) -> float | None:
        """The speed two idle cores would give: customers per second of the busier process."""
        if self.generate_cpu_seconds is None:
            return None
        return self.counts["customers"] / max(self.generate_cpu_seconds)


def cache_key(scale: int) -> str:
    """The cache entry's name for *scale* at this schema and set-up version."""
    return f"customers-{scale}-rev{HEAD_REVISION}-v{DATA_VERSION}"


def ensure(scale: int, cache_root: Path, log: Log = print) -> DataSet:
    """Return the data set of *scale*, building and caching it first if needed."""
    key = cache_key(scale)
    final = cache_root / key
    if (final / "meta.json").exists():
        return _load(final, built=False)
    cache_root.mkdir(parents=True, exist_ok=True)
    with _locked(cache_root / f"{key}.lock"):
        if (final / "meta.json").exists():  # another run built it while we waited
            return _load(final, built=False)
        building = cache_root / f"{key}.building"
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir()
        meta = _build(building / "data", scale, log)
        (building / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
        os.rename(building, final)
    return _load(final, built=True)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _load(entry: Path, built: bool) -> DataSet:
    meta = json.loads((entry / "meta.json").read_text())
    return DataSet(
        folder=entry / "data",
        scale=meta["scale"],
        now=datetime.fromisoformat(meta["now"]),
        big_customer=uuid.UUID(meta["big_customer"]),
        typical_customer=uuid.UUID(meta["typical_customer"]),
        typical_entries=meta["typical_entries"],
        generate_seconds=meta["generate_seconds"],
        generate_cpu_seconds=(
            (meta["generate_writer_cpu_seconds"], meta["generate_helper_cpu_seconds"])
            if "generate_writer_cpu_seconds" in meta
            else None
        ),
        generate_load=meta.get("load_average_after"),
        counts=meta["counts"],
        built_at=meta["built_at"],
        built_in_this_run=built,
    )


def _build(folder: Path, scale: int, log: Log) -> dict[str, object]:
    now = datetime.now(UTC).replace(microsecond=0)
    app = open_app(folder, now, region="JP")
    try:
        log(f"building the {scale:,}-customer data set with the demo generator (cached) ...")
        load_before = _load_average()
        helpers_before = _children_cpu()
        cpu_started = time.process_time()
        started = time.perf_counter()
        result = DemoGenerator(app.db, SEED).generate(scale, now)
        seconds = time.perf_counter() - started
        writer_cpu = time.process_time() - cpu_started
        helper_cpu = _children_cpu() - helpers_before
        log(
            f"  {result.customers:,} customers in {seconds:.1f} s "
            f"(CPU: writer {writer_cpu:.1f} s, row builder {helper_cpu:.1f} s)"
        )
        big = _add_big_customer(app, now)
        typical, entries = _typical_customer(app)
    finally:
        app.close()
    return {
        "scale": scale,
        "revision": HEAD_REVISION,
        "data_version": DATA_VERSION,
        "seed": SEED,
        "now": now.isoformat(),
        "generate_seconds": round(seconds, 3),
        # The generator writes in this process while a helper builds the next chunk: with
        # two idle cores its speed is set by the busier of the two.
        "generate_writer_cpu_seconds": round(writer_cpu, 3),
        "generate_helper_cpu_seconds": round(helper_cpu, 3),
        "load_average_before": load_before,
        "load_average_after": _load_average(),
        "counts": {
            "customers": result.customers,
            "interactions": result.interactions,
            "purchases": result.purchases,
            "reminders": result.reminders,
        },
        "big_customer": str(big),
        "big_entries": BIG_ENTRIES,
        "typical_customer": str(typical),
        "typical_entries": entries,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def _add_big_customer(app: App, now: datetime) -> uuid.UUID:
    """Add a customer with BIG_ENTRIES history entries (interactions and purchases).

    The customer is created through CustomerService (so it is indexed like any other);
    the entries are written in bulk, like the demo generator writes history, and the
    contact figures the timeline service derives are set from them.
    """
    detail = app.customers.create(
        CustomerInput(
            family_name="履歴",
            given_name="多恵",
            reading="リレキ タエ",
            stage="advocate",
            note="benchmarks: 10,000 history entries",
        ),
        now,
    )
    rng = random.Random(SEED)
    customer = detail.id.bytes
    span = int(timedelta(days=5 * 365).total_seconds() * 1_000_000)
    now_us = to_micros(now)
    interactions, purchases, lines = [], [], []
    contact_times = []
    kinds = ("call", "visit", "email", "line", "note")
    for _ in range(BIG_ENTRIES):
        at = now_us - rng.randrange(span)
        if rng.random() < BIG_PURCHASE_SHARE:
            purchase = uuid7().bytes
            total = 0
            for position in range(rng.choice((1, 1, 2))):
                price = rng.choice((880, 2_750, 4_400, 6_600))
                total += price
                lines.append((uuid7().bytes, purchase, position, "カット", 1, price, at, at, 1))
            purchases.append((purchase, customer, at, "JPY", total, "", at, at, 1))
            contact_times.append(at)
        else:
            kind = rng.choice(kinds)
            interactions.append(
                (uuid7().bytes, customer, kind, "outbound", at, "ご来店", "", "", at, at, 1)
            )
            if kind != "note":
                contact_times.append(at)
    with app.db.bulk_write() as uow:
        conn = uow.connection
        conn.exec_driver_sql(
            "INSERT INTO interactions (id, customer_id, kind, direction, occurred_at, subject, "
            "body, outcome, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            interactions,
        )
        conn.exec_driver_sql(
            "INSERT INTO purchases (id, customer_id, purchased_at, currency, total_minor, note, "
            "created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?)",
            purchases,
        )
        conn.exec_driver_sql(
            "INSERT INTO purchase_lines (id, purchase_id, position, product, quantity, "
            "unit_price_minor, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?)",
            lines,
        )
        first, last = min(contact_times), max(contact_times)
        follow = follow_up_at(
            datetime.fromtimestamp(first / 1e6, UTC),
            datetime.fromtimestamp(last / 1e6, UTC),
            len(contact_times),
        )
        conn.exec_driver_sql(
            "UPDATE customers SET first_contact_at = ?, last_contact_at = ?, contact_count = ?, "
            "follow_up_at = ? WHERE id = ?",
            (first, last, len(contact_times), to_micros(follow) if follow else None, customer),
        )
        uow.commit()
    return detail.id


def _typical_customer(app: App) -> tuple[uuid.UUID, int]:
    """A person whose history length is the median of the first 2,001 people added."""
    with app.db.read() as uow:
        rows = uow.connection.exec_driver_sql(
            "SELECT c.id, (SELECT count(*) FROM interactions i WHERE i.customer_id = c.id) "
            "+ (SELECT count(*) FROM purchases p WHERE p.customer_id = c.id) "
            "FROM customers c WHERE c.kind = 'person' AND c.deleted_at IS NULL "
            "ORDER BY c.rowid LIMIT 2001"
        ).all()
    median = int(statistics.median_low(count for _, count in rows))
    chosen = next(row_id for row_id, count in rows if count == median)
    return uuid.UUID(bytes=bytes(chosen)), median
