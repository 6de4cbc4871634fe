"""Crash safety, proven: writes in a child process killed with SIGKILL at random moments.

    python tools/crashtest.py [--trials 100] [--seed 1] [--dir DIR] [--max-delay 0.8]

Each trial starts a child (this file with ``--child``) on one data folder, which opens the
app and writes at full speed: customers created, updated (name and note, so the search
index changes), trashed and restored, calls logged, purchases recorded, timeline entries
trashed, demo chunks of 20-150 customers with their history written in bulk, and backups
taken. Before each write the child appends an intent line to a journal, after its commit
an acknowledgement. The parent kills the child with SIGKILL after a random delay, then
checks the folder as a new start of the app would find it:

* ``PRAGMA integrity_check`` and ``foreign_key_check`` pass (read-only, before anything
  opens the file for writing);
* every acknowledged change is there, as acknowledged; the one write in flight when the
  child died is there completely or not at all; nothing else changed;
* nothing is half-written: the search indexes hold exactly the live customers, every
  customer's contact figures match its history, every purchase's total its lines, the
  customer count moved by whole demo chunks, and every backup under a final name passes
  its check;
* the app opens again (the lock is free, the WAL is recovered) and search finds every
  acknowledged live customer by its unique name and none of the trashed ones.

The data folder carries over from trial to trial, so each trial also starts from what the
previous kill left. Exit status 0 when every trial passed. ``make crashtest`` runs 100
trials; ``make test`` runs a few (tests/crash/).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CONTACT_KINDS = ("call", "visit", "meeting", "email", "line", "letter")
KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"


# -- the child -----------------------------------------------------------------------------


def child(data_dir: Path, journal: Path, seed: int) -> None:
    """Write until killed, journaling intents and acknowledgements."""
    sys.path.insert(0, str(ROOT))
    from relationdesk.app import open_app
    from relationdesk.services.customer_data import CustomerInput, EmailInput, PhoneInput
    from relationdesk.services.demo import DemoGenerator
    from relationdesk.services.duplicates import MergeSide
    from relationdesk.services.errors import ValidationError
    from relationdesk.services.import_data import ImportOptions
    from relationdesk.services.timeline import PurchaseLineInput

    rng = random.Random(seed)
    if os.environ.get(SABOTAGE):
        _sabotage()
    fd = os.open(journal, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def note(record: dict[str, Any]) -> None:
        os.write(fd, (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))

    now = datetime.now(UTC)
    app = open_app(data_dir, now)
    with app.db.read() as uow:
        rows = uow.connection.exec_driver_sql(
            "SELECT id, deleted_at IS NOT NULL FROM customers"
        ).all()
    live = [uuid.UUID(bytes=r[0]) for r in rows if not r[1]]
    trashed = [uuid.UUID(bytes=r[0]) for r in rows if r[1]]
    entries: list[uuid.UUID] = []
    created: list[uuid.UUID] = []  # made by this child and live: merge candidates
    note({"op": "ready", "seed": seed})
    n = 0
    while True:
        n += 1
        now += timedelta(seconds=1)
        roll = rng.random()
        token = f"{seed}x{n}"
        if roll < 0.28 or not live:
            reading = "".join(rng.choice(KANA) for _ in range(4))
            note({"op": "begin", "n": n, "kind": "create", "name": f"検証{token}"})
            made = app.customers.create(
                CustomerInput(
                    family_name=f"検証{token}",
                    given_name="花子",
                    reading=reading,
                    note=f"note {token}",
                    phones=(
                        PhoneInput(f"090-{rng.randrange(1000, 10**4)}-{rng.randrange(10**4):04d}"),
                    ),
                    emails=(EmailInput(f"t{token}@example.com"),),
                    tags=(rng.choice(("VIP", "常連", "新規")),),
                ),
                now,
            )
            live.append(made.id)
            created.append(made.id)
            note({"op": "ack", "n": n, "id": str(made.id), "name": made.family_name})
        elif roll < 0.46:
            target = rng.choice(live)
            current = app.customers.get(target)
            data = _input_of(current)
            name = f"改{token}" if current.kind == "person" else current.family_name
            changed = _replace(data, family_name=name, note=f"note {token}")
            note(
                {
                    "op": "begin",
                    "n": n,
                    "kind": "update",
                    "id": str(target),
                    "name": name,
                    "note": f"note {token}",
                }
            )
            try:
                after = app.customers.update(target, changed, now)
            except ValidationError:  # demo phones such as 090-0303-... do not validate
                note({"op": "ack", "n": n, "id": str(target), "skipped": True})
                continue
            note(
                {
                    "op": "ack",
                    "n": n,
                    "id": str(target),
                    "name": after.family_name,
                    "display": after.display_name,
                    "note": after.note,
                }
            )
        elif roll < 0.54:
            target = rng.choice(live)
            note({"op": "begin", "n": n, "kind": "trash", "id": str(target)})
            app.customers.delete(target, now)
            live.remove(target)
            trashed.append(target)
            if target in created:
                created.remove(target)
            note({"op": "ack", "n": n, "id": str(target)})
        elif roll < 0.58 and trashed:
            target = rng.choice(trashed)
            note({"op": "begin", "n": n, "kind": "untrash", "id": str(target)})
            app.customers.restore(target, now)
            trashed.remove(target)
            live.append(target)
            note({"op": "ack", "n": n, "id": str(target)})
        elif roll < 0.74:
            target = rng.choice(live)
            kind = rng.choice(CONTACT_KINDS)
            note({"op": "begin", "n": n, "kind": "interaction", "customer": str(target)})
            entry = app.timeline.log_interaction(
                target, kind, now - timedelta(days=rng.randrange(400)), now, subject=token
            )
            entries.append(entry.id)
            note({"op": "ack", "n": n, "id": str(entry.id), "customer": str(target)})
        elif roll < 0.86:
            target = rng.choice(live)
            lines = [
                PurchaseLineInput(f"商品{rng.randrange(50)}", rng.randrange(100, 20000), q)
                for q in range(1, rng.randrange(2, 4))
            ]
            note({"op": "begin", "n": n, "kind": "purchase", "customer": str(target)})
            entry = app.timeline.record_purchase(
                target, now - timedelta(days=rng.randrange(400)), lines, now
            )
            entries.append(entry.id)
            note(
                {
                    "op": "ack",
                    "n": n,
                    "id": str(entry.id),
                    "customer": str(target),
                    "total": entry.amount_minor,
                }
            )
        elif roll < 0.92 and entries:
            target = rng.choice(entries)
            note({"op": "begin", "n": n, "kind": "trash_entry", "id": str(target)})
            try:
                app.timeline.delete_entry(target, now)
            except Exception:  # its customer was trashed meanwhile: still allowed; or gone
                note({"op": "ack", "n": n, "id": str(target), "skipped": True})
                continue
            entries.remove(target)
            note({"op": "ack", "n": n, "id": str(target)})
        elif roll < 0.945:
            size = rng.randrange(5, 60)
            source = data_dir.parent / f"import-{token}.csv"
            rows = [
                f"取込{token}の{i} 花子,トリコミ ハナコ,i{token}x{i}@example.com\n"
                for i in range(size)
            ]
            source.write_text("氏名,フリガナ,メール\n" + "".join(rows), encoding="utf-8")
            note({"op": "begin", "n": n, "kind": "import", "count": size})
            outcome = app.imports.run(source, ImportOptions(), now)
            note({"op": "ack", "n": n, "count": outcome.counts.new})
        elif roll < 0.96 and len(created) >= 2:
            keep, other = rng.sample(created, 2)
            note({"op": "begin", "n": n, "kind": "merge", "id": str(other), "keep": str(keep)})
            app.duplicates.merge(
                keep, other, now, {"family_name": MergeSide.KEEP, "note": MergeSide.KEEP}
            )
            created.remove(other)
            live.remove(other)
            trashed.append(other)
            note({"op": "ack", "n": n, "id": str(other)})
        elif roll < 0.98:
            size = rng.randrange(20, 150)
            note({"op": "begin", "n": n, "kind": "demo", "count": size})
            result = DemoGenerator(app.db, seed * 1000 + n).generate(size, now)
            note({"op": "ack", "n": n, "count": result.customers})
        else:
            note({"op": "begin", "n": n, "kind": "backup"})
            made = app.backups.backup_now("manual", now)
            note({"op": "ack", "n": n, "path": str(made.backup.path)})


SABOTAGE = "RELATIONDESK_CRASHTEST_SABOTAGE"


def _sabotage() -> None:
    """Break creation on purpose, to show the checks catch it: the customer row commits
    first and its search-index entry in a second transaction a moment later."""
    from relationdesk.services import customers, search_index

    real_add = search_index.add_documents
    pending: list[tuple[int, str]] = []

    def postpone(connection: Any, documents: Any) -> None:
        pending.extend(documents)

    original_create = customers.CustomerService.create

    def create(self: Any, data: Any, now: Any) -> Any:
        customers.search_index.add_documents = postpone  # type: ignore[attr-defined]
        try:
            made = original_create(self, data, now)
        finally:
            customers.search_index.add_documents = real_add  # type: ignore[attr-defined]
        time.sleep(0.2)
        with self._db.write() as uow:
            real_add(uow.connection, list(pending))
            uow.commit()
        pending.clear()
        return made

    customers.CustomerService.create = create  # type: ignore[method-assign]


def _input_of(detail: Any) -> Any:
    from relationdesk.services.customer_data import (
        AddressInput,
        CustomerInput,
        EmailInput,
        PhoneInput,
    )

    return CustomerInput(
        kind=detail.kind,
        family_name=detail.family_name,
        given_name=detail.given_name,
        display_name=detail.display_name if detail.kind != "person" else "",
        reading=detail.reading,
        honorific=detail.honorific,
        company_id=detail.company_id,
        title=detail.title,
        birthday=detail.birthday,
        stage=detail.stage,
        source=detail.source,
        preferred_channel=detail.preferred_channel,
        consent_dm=detail.consent_dm,
        consent_email=detail.consent_email,
        consent_line=detail.consent_line,
        line_id=detail.line_id,
        note=detail.note,
        tags=detail.tags,
        custom_fields=detail.custom_fields,
        phones=tuple(PhoneInput(p.raw, p.label, p.primary, p.id) for p in detail.phones),
        emails=tuple(EmailInput(e.address, e.label, e.primary, e.id) for e in detail.emails),
        addresses=tuple(
            AddressInput(
                a.postal_code,
                a.prefecture,
                a.city,
                a.street,
                a.building,
                a.label,
                a.primary,
                a.country,
                a.id,
            )
            for a in detail.addresses
        ),
    )


def _replace(data: Any, **changes: Any) -> Any:
    from dataclasses import replace

    return replace(data, **changes)


# -- the parent ----------------------------------------------------------------------------


@dataclass
class Snapshot:
    """What the database holds, as the checker compares it."""

    customers: dict[str, tuple[str, str, bool]] = field(default_factory=dict)
    entries: dict[str, bool] = field(default_factory=dict)  # interactions and purchases
    purchase_totals: dict[str, int] = field(default_factory=dict)


class TrialFailed(AssertionError):
    """A trial found the data not as it must be."""


def snapshot(database: Path) -> Snapshot:
    """Read the comparable state of the database, read-only."""
    sys.path.insert(0, str(ROOT))
    from relationdesk.storage.files import uri

    conn = sqlite3.connect(uri(database, mode="ro"), uri=True)
    try:
        shot = Snapshot()
        for cid, name, note, deleted in conn.execute(
            "SELECT id, family_name, note, deleted_at IS NOT NULL FROM customers"
        ):
            shot.customers[str(uuid.UUID(bytes=cid))] = (name, note, bool(deleted))
        for table in ("interactions", "purchases"):
            for eid, deleted in conn.execute(f"SELECT id, deleted_at IS NOT NULL FROM {table}"):
                shot.entries[str(uuid.UUID(bytes=eid))] = bool(deleted)
        for pid, total in conn.execute("SELECT id, total_minor FROM purchases"):
            shot.purchase_totals[str(uuid.UUID(bytes=pid))] = int(total)
        return shot
    finally:
        conn.close()


def read_journal(journal: Path) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """The acknowledged operations (with their intents), and the one in flight (or None)."""
    begun: dict[int, dict[str, Any]] = {}
    done: list[dict[str, Any]] = []
    text = journal.read_text(encoding="utf-8") if journal.exists() else ""
    for line in text.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a line cut short by the kill
        if record["op"] == "begin":
            begun[record["n"]] = record
        elif record["op"] == "ack":
            intent = begun.pop(record["n"])
            done.append({**intent, "result": record})
    flying = max(begun.values(), key=lambda r: r["n"]) if begun else None
    return done, flying


def expected_after(before: Snapshot, done: list[dict[str, Any]]) -> tuple[Snapshot, int]:
    """The state the acknowledged operations lead to, and how many demo customers they add."""
    exp = Snapshot(dict(before.customers), dict(before.entries), dict(before.purchase_totals))
    demo = 0
    for op in done:
        result = op["result"]
        kind = op["kind"]
        if result.get("skipped"):
            continue
        if kind == "create":
            exp.customers[result["id"]] = (result["name"], f"note {_token(result['name'])}", False)
        elif kind == "update":
            exp.customers[result["id"]] = (result["name"], result["note"], False)
        elif kind in ("trash", "untrash", "merge"):
            name, text, _ = exp.customers[result["id"]]
            exp.customers[result["id"]] = (name, text, kind != "untrash")
        elif kind in ("interaction", "purchase"):
            exp.entries[result["id"]] = False
            if kind == "purchase":
                exp.purchase_totals[result["id"]] = result["total"]
        elif kind == "trash_entry":
            exp.entries[result["id"]] = True
        elif kind in ("demo", "import"):
            demo += result["count"]
    return exp, demo


def _token(name: str) -> str:
    return name.removeprefix("検証").removeprefix("改")


def compare(exp: Snapshot, demo: int, flying: dict[str, Any] | None, got: Snapshot) -> None:
    """Raise TrialFailed unless *got* is *exp* plus, at most, the write in flight."""
    flying_kind = flying["kind"] if flying else None
    flying_id = flying.get("id") if flying else None
    new_ids = set(got.customers) - set(exp.customers)
    allowed_new = (
        {demo}
        | ({demo + flying["count"]} if flying_kind in ("demo", "import") else set())
        | ({demo + 1} if flying_kind == "create" else set())
    )
    if len(new_ids) not in allowed_new:
        raise TrialFailed(
            f"{len(new_ids)} customers appeared, expected one of {sorted(allowed_new)} "
            f"(in flight: {flying_kind})"
        )
    missing = set(exp.customers) - set(got.customers)
    if missing:
        raise TrialFailed(f"acknowledged customers are gone: {sorted(missing)[:5]}")
    for cid, state in exp.customers.items():
        actual = got.customers[cid]
        if actual == state:
            continue
        if cid == flying_id and flying is not None:
            if flying_kind == "update" and actual == (flying["name"], flying["note"], state[2]):
                continue  # the update in flight committed whole
            if flying_kind in ("trash", "untrash", "merge") and actual == (
                *state[:2],
                not state[2],
            ):
                continue
        raise TrialFailed(f"customer {cid} is {actual}, acknowledged {state}")
    for eid, deleted in exp.entries.items():
        if eid not in got.entries:
            raise TrialFailed(f"acknowledged entry {eid} is gone")
        if got.entries[eid] != deleted and not (eid == flying_id and flying_kind == "trash_entry"):
            raise TrialFailed(f"entry {eid} trashed={got.entries[eid]}, acknowledged {deleted}")
    extra_entries = set(got.entries) - set(exp.entries)
    demo_owned = extra_entries and (demo or flying_kind == "demo")
    if (
        extra_entries
        and not demo_owned
        and not (len(extra_entries) == 1 and flying_kind in ("interaction", "purchase"))
    ):
        raise TrialFailed(f"{len(extra_entries)} timeline entries appeared unacknowledged")
    for pid, total in exp.purchase_totals.items():
        if got.purchase_totals.get(pid) != total:
            raise TrialFailed(f"purchase {pid} total {got.purchase_totals.get(pid)} != {total}")


INVARIANTS = {
    "search index (trigram) holds exactly the live customers": """
        SELECT (SELECT count(*) FROM customers c WHERE c.deleted_at IS NULL AND NOT EXISTS
                  (SELECT 1 FROM customer_fts_docsize d WHERE d.id = c.doc_id))
             + (SELECT count(*) FROM customer_fts_docsize d WHERE NOT EXISTS
                  (SELECT 1 FROM customers c WHERE c.doc_id = d.id AND c.deleted_at IS NULL))""",
    "search index (grams) holds exactly the live customers": """
        SELECT (SELECT count(*) FROM customers c WHERE c.deleted_at IS NULL AND NOT EXISTS
                  (SELECT 1 FROM customer_grams_docsize d WHERE d.id = c.doc_id))
             + (SELECT count(*) FROM customer_grams_docsize d WHERE NOT EXISTS
                  (SELECT 1 FROM customers c WHERE c.doc_id = d.id AND c.deleted_at IS NULL))""",
    "contact counts match the history": """
        SELECT count(*) FROM customers c WHERE c.contact_count !=
          (SELECT count(*) FROM interactions i WHERE i.customer_id = c.id
             AND i.deleted_at IS NULL
             AND i.kind IN ('call', 'visit', 'meeting', 'email', 'line', 'letter'))
          + (SELECT count(*) FROM purchases p WHERE p.customer_id = c.id
             AND p.deleted_at IS NULL)""",
    "last contact matches the history": """
        SELECT count(*) FROM customers c WHERE coalesce(c.last_contact_at, 0) != coalesce(
          (SELECT max(t) FROM (
             SELECT max(occurred_at) AS t FROM interactions i WHERE i.customer_id = c.id
               AND i.deleted_at IS NULL
               AND i.kind IN ('call', 'visit', 'meeting', 'email', 'line', 'letter')
             UNION ALL
             SELECT max(purchased_at) FROM purchases p WHERE p.customer_id = c.id
               AND p.deleted_at IS NULL)), 0)""",
    "purchase totals match their lines": """
        SELECT count(*) FROM purchases p WHERE p.total_minor !=
          (SELECT coalesce(sum(quantity * unit_price_minor), 0) FROM purchase_lines l
           WHERE l.purchase_id = p.id)""",
    "every customer has its contact points": """
        SELECT count(*) FROM customers c WHERE c.kind = 'person' AND NOT EXISTS
          (SELECT 1 FROM contact_points p WHERE p.customer_id = c.id)""",
}


def check_invariants(database: Path) -> None:
    """Raise TrialFailed when the file is damaged or anything is half-written."""
    sys.path.insert(0, str(ROOT))
    from relationdesk.storage.check import run_check
    from relationdesk.storage.files import uri

    problems = run_check(database, "integrity_check")
    if problems:
        raise TrialFailed(f"integrity_check: {problems[:5]}")
    conn = sqlite3.connect(uri(database, mode="ro"), uri=True)
    try:
        for what, sql in INVARIANTS.items():
            bad = conn.execute(sql).fetchone()[0]
            if bad:
                raise TrialFailed(f"not so: {what} ({bad} rows)")
    finally:
        conn.close()


def check_backups(folder: Path) -> None:
    """Every file under a final backup name is a complete, healthy database."""
    from relationdesk.storage.backup import parse_backup_name
    from relationdesk.storage.check import quick_check

    if not folder.is_dir():
        return
    for path in folder.iterdir():
        if parse_backup_name(path.name) is not None and quick_check(path):
            raise TrialFailed(f"a backup under its final name is damaged: {path.name}")


def check_reopen(data_dir: Path, done: list[dict[str, Any]], got: Snapshot) -> None:
    """The app opens again and search agrees with the acknowledged customers."""
    from relationdesk.app import open_app

    app = open_app(data_dir, datetime.now(UTC))
    try:
        for op in done:
            if op["kind"] != "create":
                continue
            cid = op["result"]["id"]
            name, _note, deleted = got.customers[cid]
            if not name.startswith("検証"):
                continue  # renamed since: its new name is checked through its update
            hits = {str(h.id) for h in app.search.search(name, limit=10_000)}
            if (cid in hits) == deleted:
                raise TrialFailed(f"search for {name}: found={cid in hits}, trashed={deleted}")
    finally:
        app.close()


def run_trials(
    trials: int, seed: int, folder: Path, max_delay: float, log: Any = print
) -> list[str]:
    """Run *trials* kill trials in *folder*; return the failures (empty: all passed)."""
    sys.path.insert(0, str(ROOT))
    data_dir = folder / "data"
    database = data_dir / "relationdesk.sqlite3"
    rng = random.Random(seed)
    failures: list[str] = []
    before = Snapshot()
    started = time.perf_counter()
    in_flight_kinds: dict[str, int] = {}
    for trial in range(1, trials + 1):
        journal = folder / f"journal-{trial}.jsonl"
        child_seed = seed * 100_000 + trial
        process = subprocess.Popen(
            [sys.executable, __file__, "--child", str(data_dir), str(journal), str(child_seed)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            cwd=ROOT,
        )
        ready = time.monotonic() + 60
        while time.monotonic() < ready and process.poll() is None:
            if journal.exists() and journal.stat().st_size > 0:
                break
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, max_delay))
        if process.poll() is not None:
            error = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
            failures.append(f"trial {trial}: the child died by itself:\n{error[-2000:]}")
            log(failures[-1])
            break
        process.send_signal(signal.SIGKILL)
        process.wait()
        if process.stderr:
            process.stderr.close()
        done, flying = read_journal(journal)
        kind = flying["kind"] if flying else "none"
        in_flight_kinds[kind] = in_flight_kinds.get(kind, 0) + 1
        try:
            check_invariants(database)
            got = snapshot(database)
            expected, demo = expected_after(before, done)
            compare(expected, demo, flying, got)
            check_backups(data_dir / "backups")
            check_reopen(data_dir, done, got)
        except (TrialFailed, sqlite3.Error) as exc:
            failures.append(f"trial {trial} (seed {child_seed}, in flight: {kind}): {exc}")
            log(failures[-1])
            break
        before = snapshot(database)
        log(
            f"trial {trial}/{trials} ok: {len(done)} writes acknowledged, in flight: {kind}, "
            f"{len(got.customers)} customers"
        )
    log(
        f"{trials - len(failures) if not failures else trial - 1}/{trials} trials passed "
        f"in {time.perf_counter() - started:.0f} s; killed during: "
        + ", ".join(f"{k} {v}" for k, v in sorted(in_flight_kinds.items()))
    )
    return failures


def main(argv: list[str] | None = None) -> int:
    """Command line: the parent by default, the child with --child."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--child", nargs=3, metavar=("DATA_DIR", "JOURNAL", "SEED"))
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", help="work folder (default: a new temporary one, removed)")
    parser.add_argument("--max-delay", type=float, default=0.8, help="seconds before the kill")
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), int(args.child[2]))
        return 0
    folder = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="relationdesk-crash-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        failures = run_trials(args.trials, args.seed, folder, args.max_delay)
    finally:
        if not args.dir:
            shutil.rmtree(folder, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
