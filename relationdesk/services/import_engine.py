"""The import's engine: converted records in, customers written with Core statements.

The service (``imports.py``) reads the file and hands over the converted records a chunk
at a time, inside the one transaction of the import. For each chunk the engine:

1. checks each usable record with ``check_customer`` (the same values the customer
   service would store; the converter has already made sure it passes);
2. looks up, with a few indexed queries for the whole chunk, the stored customers that
   share an e-mail, a phone, or the name and reading (the name alone for a company):
   customers stored before and those this import wrote in earlier chunks alike;
3. decides each record in file order with ``duplicate_rules``: new, merged, skipped or
   created anyway; records of the same chunk are matched against each other in memory;
4. writes the chunk: new customers, their contact points and tags, the filled-in
   customers (one UPDATE each, the version moved on), the journal entries and, for
   changed customers, the change log. A chunk comes staged (``import_stage``): the new
   customers and their contact points are copied from its image with INSERT ... SELECT,
   not bound value by value here.

The search index is written in a few large batches (``INDEX_BATCH`` documents, sorted by
doc id), as the demo generator does: per-row index writes would cost most of the
import's time, and one batch at the end would leave the whole indexing for after the
last chunk, when the helper processes are done and one core idles. A customer indexed in
an earlier batch and changed since is indexed again (its old document removed first).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection

from relationdesk.importing.problems import Problem, Severity
from relationdesk.models import ContactKind, CustomerKind, ItemAction
from relationdesk.models.types import to_micros
from relationdesk.normalize.kana import fold
from relationdesk.normalize.phones import PhoneDisplay
from relationdesk.normalize.postal import display_postal_code
from relationdesk.services import change_log, search_index
from relationdesk.services.customer_data import CustomerInput
from relationdesk.services.customer_records import (
    CUSTOMER_COLUMNS,
    POINT_COLUMNS,
    PROFILE_COLUMNS,
    StoredCustomer,
    customer_tuple,
    insert_rows,
    load_customers,
    load_identities,
    point_tuple,
    slices,
)
from relationdesk.services.customer_validation import check_customer
from relationdesk.services.duplicate_rules import Assessment, Confidence, Identity, assess, best
from relationdesk.services.import_data import (
    DuplicatePolicy,
    ImportCounts,
    MatchInfo,
    PreviewRow,
    RowAction,
    StoredValues,
)
from relationdesk.services.import_prepare import (
    ImportCode,
    Incoming,
    Preparer,
    identity_keys,
    unwire,
)
from relationdesk.services.import_stage import CUSTOMERS as STAGED_CUSTOMERS
from relationdesk.services.import_stage import POINTS as STAGED_POINTS
from relationdesk.services.import_stage import SCHEMA as STAGE
from relationdesk.services.import_stage import (
    Staged,
    StageReader,
    customer_values,
    point_values,
)
from relationdesk.services.list_rows import given_first
from relationdesk.services.rows import as_uuid

CHUNK = 1000
# Documents indexed at a time: batches this large cost about what one batch at the end
# costs (measured: 25,000 at a time 1.8 s CPU for 100,000 documents against 2.2 s at the
# end; 1,000 at a time 3.6 s, as FTS5 then writes and merges many small segments).
INDEX_BATCH = 25_000
# Namesakes compared per name (the oldest first): e-mail and phone matches are always
# found through their indexes; a name shared by more live customers than this is
# compared with the oldest of them only.
NAME_CANDIDATES = 50
_ROW_STAGE = CUSTOMER_COLUMNS.index("stage")
_ROW_SOURCE = CUSTOMER_COLUMNS.index("source")
_ITEM_COLUMNS = ("batch_id", "customer_id", "action", "line", "after_version", "before", "details")
_CHANGE_COLUMNS = tuple(change_log.CHANGE_COLUMNS.split(", "))
# Fields a merge fills in when the stored customer has none (never overwritten).
FILLABLE = ("family_name", "given_name", "reading", "title", "birthday", "line_id", "note")
_KEPT_TEXT = 200  # characters of an ignored file value kept in the journal


@dataclass(slots=True)
class _Draft:
    """A customer the current chunk creates or changes.

    A new customer from the file stays the tuples it was prepared as (``incoming``) unless
    something needs it whole (a merge into it, a preview row): ``customer`` makes it then.
    """

    created: bool  # made by this batch (now or in an earlier chunk)
    stored: bool  # already in the database (loaded for a merge)
    line: int
    record: StoredCustomer | None = None
    incoming: Incoming | None = None
    company: tuple[bytes, str, str] | None = None  # id, name, folded name
    # a stored customer as loaded (for the change log, the old search document and, when
    # ``journal``, the before-image): a shallow copy, as a merge only appends contact
    # points and tags and sets fields of the row
    pristine: StoredCustomer | None = None
    journal: bool = False  # the batch's first change of a stored customer: keep its image
    new_points: list[dict[str, Any]] = field(default_factory=list)
    new_tags: list[int] = field(default_factory=list)  # indexes into customer.tags
    dirty: bool = False

    @property
    def customer(self) -> StoredCustomer:
        """The whole customer (made from the prepared tuples on first use)."""
        if self.record is None:
            assert self.incoming is not None
            record = self.incoming.customer
            if self.company is not None:
                record.row["company_id"] = self.company[0]
                record.company_name, record.company_key = self.company[1], self.company[2]
            self.record = record
        return self.record

    @property
    def name(self) -> str:
        """The display name."""
        if self.record is None and self.incoming is not None:
            return self.incoming.display_name
        return str(self.customer.row["display_name"])

    @property
    def given_first(self) -> str:
        """The name given name first, or '' (see ``list_rows.given_first``)."""
        if self.record is None and self.incoming is not None:
            incoming = self.incoming
            return given_first(
                incoming.kind, incoming.display_name, incoming.family_name, incoming.given_name
            )
        return _given_first(self.customer.row)


@dataclass(slots=True)
class _Fill:
    """What one merge did."""

    filled: list[str]
    kept: dict[str, str]
    added: dict[str, int]

    @property
    def changed(self) -> bool:
        return bool(self.filled or any(self.added.values()))


class _Chunk:
    """What deciding one chunk works on: stored candidates and the chunk's own customers."""

    def __init__(
        self,
        identities: dict[bytes, Identity],
        names: dict[bytes, tuple[str, str]],
        incoming: list[Incoming],
    ) -> None:
        self.stored = identities  # live stored customers found by the chunk's keys
        self.names = names  # theirs: display name, given name first
        self.drafts: dict[bytes, _Draft] = {}  # customers the chunk creates or changes
        self.identities: dict[bytes, Identity] = {}  # of the drafts, kept current
        self.index = _KeyIndex()  # the drafts by key
        # Keys more than one record of the chunk has: only a record with one of them can
        # match another record of the chunk, so only those go through the index.
        seen: set[tuple[str, str]] = set()
        self.shared: set[tuple[str, str]] = set()
        for item in incoming:
            for key in item.keys:
                (self.shared if key in seen else seen).add(key)

    def wanted(self, keys: tuple[tuple[str, str], ...]) -> bool:
        """Whether a record of these keys (``_keys``) may match another of the chunk."""
        return not self.shared.isdisjoint(keys)

    def identity(self, key: bytes) -> Identity | None:
        """The current identity of a candidate (a draft's, as changed so far)."""
        return self.identities.get(key) or self.stored.get(key)

    def name(self, key: bytes) -> str:
        """A candidate's display name."""
        draft = self.drafts.get(key)
        return draft.name if draft else self.names.get(key, ("", ""))[0]

    def given_first(self, key: bytes) -> str:
        """A candidate's name given name first, or ''."""
        draft = self.drafts.get(key)
        return draft.given_first if draft else self.names.get(key, ("", ""))[1]

    def put(
        self,
        key: bytes,
        draft: _Draft,
        identity: Identity,
        index: bool = True,
        keys: tuple[tuple[str, str], ...] | None = None,
    ) -> None:
        """Keep a draft; with *index*, findable by its keys (which count as shared);
        *keys* are the identity's (``_keys``) when known."""
        self.drafts[key] = draft
        self.identities[key] = identity
        if index:
            keys = _keys(identity) if keys is None else keys
            self.shared.update(keys)
            self.index.add(key, keys)


class _KeyIndex:
    """The chunk's customers by the keys the duplicate rule looks at."""

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], list[bytes]] = {}

    def add(self, customer_id: bytes, keys: tuple[tuple[str, str], ...]) -> None:
        for key in keys:
            ids = self.keys.setdefault(key, [])
            if customer_id not in ids:
                ids.append(customer_id)

    def find(self, identity: Identity, names: bool) -> set[bytes]:
        """Drafts sharing an e-mail or phone with *identity* (or, with *names*, its name)."""
        found: set[bytes] = set()
        if names:
            found.update(self.keys.get(("name", identity.name_key), ()))
            return found
        for email in identity.emails:
            found.update(self.keys.get(("email", email), ()))
        for phone in identity.phones:
            found.update(self.keys.get(("phone", phone), ()))
        return found


def _keys(identity: Identity) -> tuple[tuple[str, str], ...]:
    """The keys the chunk's index finds *identity* by (``Incoming.keys`` for a record)."""
    return identity_keys(identity.emails, identity.phones, identity.name_key)


class ImportEngine:
    """Writes converted records into the caller's transaction (see the module docstring)."""

    def __init__(
        self,
        conn: Connection,
        batch_id: bytes,
        *,
        policy: DuplicatePolicy,
        region: str,
        now: datetime,
        actor: str,
        preview_rows: int = 0,
        indexing: bool = True,
    ) -> None:
        self.conn = conn
        self.indexing = indexing  # False for a preview (rolled back): the index is left alone
        self.batch_id = batch_id
        self.policy = policy
        self.region = region
        self.now_us = to_micros(now)
        self.actor = actor
        self.preview_rows = preview_rows
        self.preview: list[PreviewRow] = []
        self.problems: list[Problem] = []
        self._counts = dict.fromkeys(
            ("read", "new", "merged", "skipped", "created_anyway", "rejected", "companies"), 0
        )
        self._preparer = Preparer(region, self.now_us)
        self._ids = self._preparer.ids
        self._allocator = search_index.DocIdAllocator(conn)
        self._phones = PhoneDisplay(region)
        self._tags: dict[str, bytes] = {}  # folded name -> tag id
        self.created_tags: list[bytes] = []
        self._companies: dict[str, tuple[bytes, str]] = {}  # folded name -> (id, name)
        self._created_lines: dict[bytes, int] = {}  # customers this batch made -> their line
        self._merged: dict[bytes, dict[str, Any]] = {}  # journal details of changed customers
        # documents to index: doc id, text, grams (None: to be made)
        self._pending_docs: dict[bytes, tuple[int, str, str | None]] = {}
        # what the index holds for the customers this import indexed or changed: doc id
        # and text (a contentless index needs both to remove a document)
        self._indexed: dict[bytes, tuple[int, str]] = {}
        self._stage: StageReader | None = None

    @property
    def counts(self) -> ImportCounts:
        """The counts so far."""
        return ImportCounts(**self._counts)

    # -- one chunk ---------------------------------------------------------------------

    def add_chunk(self, staged: Staged) -> None:
        """Decide and write one staged chunk of prepared records (in file order)."""
        if self._stage is None:
            raw = self.conn.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            self._stage = StageReader(raw)
        stage = self._stage
        stage.load(staged)
        records = [unwire(item, stage) for item in staged.records]
        self._counts["read"] += len(records)
        incoming = [r for r in records if isinstance(r, Incoming)]
        candidates, identities, names = self._stored_candidates(incoming)
        self._find_companies(incoming)
        chunk = _Chunk(identities, names, incoming)
        self._load(self._merge_targets(incoming, candidates, identities), chunk)
        found = iter(candidates)
        for record in records:
            self.problems.extend(record.problems)
            if isinstance(record, Incoming):
                self._decide(record, next(found), chunk)
            else:
                self._counts["rejected"] += 1
                self._preview(record.line, RowAction.REJECTED, None, None, (), record.problems)
        self._write(chunk.drafts)
        if self.indexing and len(self._pending_docs) >= INDEX_BATCH:
            self._index()

    # -- finding stored duplicates ------------------------------------------------------

    def _stored_candidates(
        self, incoming: list[Incoming]
    ) -> tuple[list[_Candidates], dict[bytes, Identity], dict[bytes, tuple[str, str]]]:
        """Per record, the live stored customers sharing an e-mail or a phone with it, and
        those of its name; their identities and names."""
        conn = self.conn
        by_email: dict[str, list[bytes]] = {}
        by_phone: dict[str, list[bytes]] = {}
        emails = sorted({e for item in incoming for e in item.identity.emails})
        for part in slices(emails):
            marks = ",".join("?" * len(part))
            # Addresses are stored normalised (domain lower-cased); the local part is
            # compared as stored and lower-cased, through the index on email.
            variants = tuple({*part, *(e.lower() for e in part)})
            marks = ",".join("?" * len(variants))
            for email, customer_id in conn.exec_driver_sql(
                f"SELECT email, customer_id FROM contact_points WHERE email IN ({marks})",
                variants,
            ):
                by_email.setdefault(email.lower(), []).append(bytes(customer_id))
        phones = sorted({p for item in incoming for p in item.identity.phones})
        for part in slices(phones):
            marks = ",".join("?" * len(part))
            for phone, customer_id in conn.exec_driver_sql(
                f"SELECT phone_e164, customer_id FROM contact_points WHERE phone_e164 IN ({marks})",
                tuple(part),
            ):
                by_phone.setdefault(phone, []).append(bytes(customer_id))
        by_name = self._name_matches(incoming)
        found: list[_Candidates] = []
        for item in incoming:
            contact: set[bytes] = set()
            for email in item.identity.emails:
                contact.update(by_email.get(email, ()))
            for phone in item.identity.phones:
                contact.update(by_phone.get(phone, ()))
            found.append((contact, set(by_name.get(item.identity.name_key, ()))))
        identities, names = load_identities(
            self.conn, {i for contact, named in found for i in contact | named}
        )
        return found, identities, names

    def _name_matches(self, incoming: list[Incoming]) -> dict[str, list[bytes]]:
        """The oldest live customers of each name in the chunk.

        One query per slice of names over the covering index (deleted_at, name_key, id);
        at most NAME_CANDIDATES per name, the oldest first, so a very common name does
        not cost a table read per namesake.
        """
        names = sorted({item.identity.name_key for item in incoming})
        found: dict[str, list[bytes]] = {}
        for part in slices(names):
            marks = ",".join("?" * len(part))
            for name_key, customer_id in self.conn.exec_driver_sql(
                "SELECT name_key, id FROM (SELECT name_key, id, row_number() OVER "
                "(PARTITION BY name_key ORDER BY id) AS n FROM customers "
                "INDEXED BY ix_customers_name "
                f"WHERE deleted_at IS NULL AND name_key IN ({marks})) WHERE n <= ?",
                (*part, NAME_CANDIDATES),
            ):
                found.setdefault(name_key, []).append(bytes(customer_id))
        return found

    def _merge_targets(
        self,
        incoming: list[Incoming],
        candidates: list[_Candidates],
        identities: dict[bytes, Identity],
    ) -> set[bytes]:
        """Stored customers the chunk will most likely merge into, to load in one go."""
        if self.policy is not DuplicatePolicy.MERGE:
            return set()
        targets = set()
        for item, (contact, named) in zip(incoming, candidates, strict=True):
            found = _choose(item.identity, contact, named, identities.get)
            if found is not None and found[0].is_duplicate:
                targets.add(found[1])
        return targets

    def _load(self, ids: Iterable[bytes], chunk: _Chunk) -> None:
        """Load stored customers into the chunk's drafts, with what undo and the log need."""
        wanted = [i for i in ids if i not in chunk.drafts]
        if not wanted:
            return
        for key, customer in load_customers(self.conn, wanted).items():
            created = key in self._created_lines
            draft = _Draft(
                created=created,
                stored=True,
                line=self._created_lines.get(key, 0),
                record=customer,
                pristine=StoredCustomer(
                    dict(customer.row),
                    list(customer.points),
                    list(customer.tags),
                    customer.company_name,
                    customer.company_key,
                ),
                journal=not created and key not in self._merged,
            )
            chunk.drafts[key] = draft
            identity = chunk.stored.get(key)
            if identity is not None:
                chunk.identities[key] = identity

    # -- deciding ------------------------------------------------------------------------

    def _decide(self, item: Incoming, stored: _Candidates, chunk: _Chunk) -> None:
        contact, named = stored
        if chunk.wanted(item.keys):
            contact = contact | chunk.index.find(item.identity, names=False)
            named = named | chunk.index.find(item.identity, names=True)
        found = _choose(item.identity, contact, named, chunk.identity)
        match = None
        if found is not None:
            assessment, target = found
            match = MatchInfo(
                as_uuid(target),
                chunk.name(target),
                assessment.rules,
                assessment.confidence,
                self._created_lines.get(target),
                chunk.given_first(target),
            )
            if assessment.is_duplicate:
                if self.policy is DuplicatePolicy.SKIP:
                    self._counts["skipped"] += 1
                    self._preview(item.line, RowAction.SKIPPED, None, match, (), item.problems)
                elif self.policy is DuplicatePolicy.MERGE:
                    self._merge(item, target, match, chunk)
                else:
                    self._create(item, RowAction.CREATED_ANYWAY, match, chunk)
                return
            warning = Problem(
                item.line,
                "",
                ImportCode.POSSIBLE_DUPLICATE,
                match.name,
                Severity.WARNING,
                (("rule", assessment.rule.value),),
            )
            item.problems.append(warning)
            self.problems.append(warning)
        self._create(item, RowAction.NEW, match, chunk)

    def _create(
        self, item: Incoming, action: RowAction, match: MatchInfo | None, chunk: _Chunk
    ) -> None:
        key = item.id
        draft = _Draft(created=True, stored=False, line=item.line, incoming=item)
        if item.kind == CustomerKind.PERSON and item.company_name:
            draft.company = self._company(item, chunk)
        self._created_lines[key] = item.line
        chunk.put(key, draft, item.identity, index=chunk.wanted(item.keys), keys=item.keys)
        if item.kind == CustomerKind.COMPANY:
            self._companies.setdefault(item.identity.name_key, (key, draft.name))
        self._counts["new" if action is RowAction.NEW else "created_anyway"] += 1
        if len(self.preview) < self.preview_rows:
            self._preview(item.line, action, draft.customer, match, (), item.problems)

    def _merge(self, item: Incoming, target: bytes, match: MatchInfo, chunk: _Chunk) -> None:
        if target not in chunk.drafts:
            self._load([target], chunk)
        draft = chunk.drafts[target]
        customer = draft.customer
        company = None
        if customer.row["kind"] == CustomerKind.PERSON and item.company_name:
            if customer.row["company_id"] is None:
                company = self._company(item, chunk)
            elif fold(item.company_name.strip()) != customer.company_key:
                company = (b"", item.company_name, "")  # reported as kept, not changed
        fill = self._fill(draft, item, company)
        self._counts["merged"] += 1
        if fill.changed:
            draft.dirty = True
            chunk.put(target, draft, customer.identity())
            if not draft.created:
                details = self._merged.setdefault(
                    target, {"lines": [], "filled": [], "kept": {}, "added": {}}
                )
                details["lines"].append(item.line)
                details["filled"] = sorted({*details["filled"], *fill.filled})
                details["kept"].update(fill.kept)
                for name, count in fill.added.items():
                    if count:
                        details["added"][name] = details["added"].get(name, 0) + count
        filled = (*fill.filled, *(f"+{name}" for name, n in fill.added.items() if n))
        self._preview(item.line, RowAction.MERGED, customer, match, filled, item.problems)

    def _fill(self, draft: _Draft, item: Incoming, company: tuple[bytes, str, str] | None) -> _Fill:
        """Fill the draft's empty fields from *item* and add what it lacks; never overwrite."""
        customer = draft.customer
        row, new = customer.row, dict(zip(CUSTOMER_COLUMNS, item.row, strict=True))
        filled: list[str] = []
        kept: dict[str, str] = {}
        for name in FILLABLE:
            if row["kind"] == CustomerKind.COMPANY and name in ("family_name", "given_name"):
                continue
            value = new[name]
            if not value:
                continue
            current = row[name]
            if not current:
                row[name] = value
                filled.append(name)
            elif current != value if name in ("birthday", "note") else fold(current) != fold(value):
                kept[name] = str(value)[:_KEPT_TEXT]
        if filled:
            customer.derive_keys()
        if company is not None:
            company_id, company_name, company_key = company
            if company_id:
                row["company_id"] = company_id
                customer.company_name, customer.company_key = company_name, company_key
                filled.append("company")
            else:
                kept["company"] = company_name[:_KEPT_TEXT]
        added = self._add_points(
            draft, [dict(zip(POINT_COLUMNS, p, strict=True)) for p in item.points]
        )
        have = {key for _, _, key in customer.tags}
        added["tags"] = 0
        for name, _ in item.tags:
            key = search_index.fold_tag(name)
            if key not in have:
                have.add(key)
                customer.tags.append((b"", name, key))
                draft.new_tags.append(len(customer.tags) - 1)
                added["tags"] += 1
        return _Fill(filled, kept, added)

    def _add_points(self, draft: _Draft, points: list[dict[str, Any]]) -> dict[str, int]:
        customer = draft.customer
        have: dict[str, set[Any]] = {
            ContactKind.PHONE: set(),
            ContactKind.EMAIL: set(),
            ContactKind.ADDRESS: set(),
        }
        positions = dict.fromkeys(have, 0)
        for point in customer.points:
            have[point["kind"]].add(_point_key(point))
            positions[point["kind"]] = max(positions[point["kind"]], point["position"] + 1)
        added = {"phones": 0, "emails": 0, "addresses": 0}
        counter = {ContactKind.PHONE: "phones", ContactKind.EMAIL: "emails"}
        for source in points:
            kind = source["kind"]
            key = _point_key(source)
            if key in have[kind]:
                continue
            point = dict(source)
            point["id"] = self._ids.new()
            point["customer_id"] = customer.id
            point["position"] = positions[kind]
            point["is_primary"] = not have[kind]  # primary only when it is the first
            point["created_at"] = point["updated_at"] = self.now_us
            point["version"] = 1
            positions[kind] += 1
            have[kind].add(key)
            customer.points.append(point)
            if draft.stored:
                draft.new_points.append(point)
            added[counter.get(kind, "addresses")] += 1
        return added

    def _company(self, item: Incoming, chunk: _Chunk) -> tuple[bytes, str, str]:
        """The company a person's company column names: the oldest live one of that name,
        else one made now (as ``CustomerService`` does, with the file's reading)."""
        key = fold(item.company_name.strip())
        found = self._companies.get(key)
        if found is not None:
            return found[0], found[1], key
        checked = check_customer(
            CustomerInput(
                kind=CustomerKind.COMPANY,
                display_name=item.company_name.strip(),
                reading=item.company_reading,
                stage=item.row[_ROW_STAGE],
                source=item.row[_ROW_SOURCE],
            ),
            self.region,
        )
        company = self._preparer.stored(checked)
        company_id = company.id
        self._created_lines[company_id] = item.line
        chunk.put(
            company_id,
            _Draft(created=True, stored=False, line=item.line, record=company),
            company.identity(),
        )
        self._companies[key] = (company_id, company.row["display_name"])
        self._counts["companies"] += 1
        return company_id, company.row["display_name"], key

    def _find_companies(self, incoming: list[Incoming]) -> None:
        """Look up, for the chunk at once, the stored companies its people name."""
        wanted = sorted(
            {
                fold(item.company_name.strip())
                for item in incoming
                if item.company_name and item.kind == CustomerKind.PERSON
            }
            - set(self._companies)
        )
        for part in slices(wanted):
            marks = ",".join("?" * len(part))
            # Through the name index, sorted here: with ORDER BY created_at SQLite would
            # walk every live customer in the order of creation (15 s at 1M customers).
            found = self.conn.exec_driver_sql(
                "SELECT name_key, id, display_name, created_at FROM customers "
                "INDEXED BY ix_customers_name "
                f"WHERE deleted_at IS NULL AND name_key IN ({marks}) AND kind = 'company'",
                tuple(part),
            ).all()
            for name_key, company_id, name, _ in sorted(found, key=lambda r: (r[3], r[1])):
                self._companies.setdefault(name_key, (bytes(company_id), name))

    # -- writing -------------------------------------------------------------------------

    def _write(self, drafts: dict[bytes, _Draft]) -> None:
        conn = self.conn
        new = [d for d in drafts.values() if not d.stored]
        changed = [d for d in drafts.values() if d.stored and d.dirty]
        self._resolve_tags(new, changed)
        customers: list[tuple[Any, ...]] = []
        points: list[tuple[Any, ...]] = []
        links: list[tuple[bytes, bytes]] = []
        items: list[tuple[Any, ...]] = []
        staged: list[tuple[int, int, int]] = []  # staged rowid, doc id, line
        companies: list[tuple[bytes, bytes]] = []  # company id, customer id
        allocate = self._allocator.allocate
        allocate_in = self._allocator.allocate_in
        tags = self._tags
        for draft in new:
            incoming = draft.incoming
            if draft.record is None and incoming is not None:
                # the common case: a new customer copied from the chunk's image as staged
                # (its journal entry too: ``_copy_staged``)
                doc_id = allocate_in(incoming.bucket)
                staged.append((incoming.stage_row, doc_id, draft.line))
                key = incoming.id
                if draft.company is not None:
                    companies.append((draft.company[0], key))
                links.extend((key, tags[tag_key]) for _, tag_key in incoming.tags)
                self._pending_docs[key] = (doc_id, incoming.search_text, incoming.grams)
                continue
            customer = draft.customer
            record = customer.row
            key = customer.id
            record["doc_id"] = allocate(record["sort_key"])
            record["search_text"] = customer.document(self.region)
            customers.append(customer_tuple(record))
            points.extend(point_tuple(p) for p in customer.points)
            links.extend((key, tag_id) for tag_id, _, _ in customer.tags)
            self._pending_docs[key] = (record["doc_id"], record["search_text"], None)
            items.append((self.batch_id, key, ItemAction.CREATED, draft.line, 1, "", ""))
        updates, changes, details_updates = [], [], []
        for draft in changed:
            customer = draft.customer
            record = customer.row
            key = customer.id
            pristine = draft.pristine
            assert pristine is not None
            old_doc_id = pristine.row["doc_id"]
            old_text = pristine.row["search_text"]
            old_sort_key = pristine.row["sort_key"]
            if not draft.created:
                record["version"] += 1
                record["updated_at"] = self.now_us
            if record["sort_key"] != old_sort_key:  # a new place in 五十音 order: a new doc id
                record["doc_id"] = allocate(record["sort_key"])
            record["search_text"] = customer.document(self.region)
            updates.append(
                (
                    *(record[c] for c in PROFILE_COLUMNS),
                    record["version"],
                    record["updated_at"],
                    key,
                )
            )
            points.extend(point_tuple(p) for p in draft.new_points)
            links.extend((key, customer.tags[i][0]) for i in draft.new_tags)
            self._pending_docs[key] = (record["doc_id"], record["search_text"], None)
            if draft.created:
                continue
            self._indexed.setdefault(key, (old_doc_id, old_text))
            changes.extend(
                change_log.change_rows(
                    key, pristine.snapshot(), customer.snapshot(), self.now_us, self.actor
                )
            )
            details = json.dumps(self._merged[key], ensure_ascii=False)
            if draft.journal:
                items.append(
                    (
                        self.batch_id,
                        key,
                        ItemAction.MERGED,
                        draft.line or None,
                        0,
                        pristine.image(),
                        details,
                    )
                )
            else:
                details_updates.append((details, self.batch_id, key))
        self._copy_staged(staged)
        insert_rows(conn, "customers", CUSTOMER_COLUMNS, customers)
        if companies:
            conn.exec_driver_sql("UPDATE customers SET company_id = ? WHERE id = ?", companies)
        if updates:
            columns = (*PROFILE_COLUMNS, "version", "updated_at")
            assignments = ", ".join(f"{c} = ?" for c in columns)
            conn.exec_driver_sql(f"UPDATE customers SET {assignments} WHERE id = ?", updates)
        insert_rows(conn, "contact_points", POINT_COLUMNS, points)
        insert_rows(conn, "customer_tags", ("customer_id", "tag_id"), links)
        insert_rows(conn, "import_batch_items", _ITEM_COLUMNS, items)
        if details_updates:
            conn.exec_driver_sql(
                "UPDATE import_batch_items SET details = ? WHERE batch_id = ? AND customer_id = ?",
                details_updates,
            )
        insert_rows(conn, "changes", _CHANGE_COLUMNS, changes)

    def _copy_staged(self, chosen: list[tuple[int, int, int]]) -> None:
        """Write the new customers given as (staged rowid, doc id, line) from the chunk's
        image: their rows, contact points and journal entries."""
        if not chosen:
            return
        conn = self.conn
        given = (json.dumps(chosen),)
        # The chosen records in the order given, each with its staged row.
        source = (
            "FROM json_each(?) AS j JOIN "
            f"{STAGE}.{STAGED_CUSTOMERS} AS s ON s.rowid = json_extract(j.value, '$[0]')"
        )
        values = customer_values("s", "json_extract(j.value, '$[1]')")
        conn.exec_driver_sql(
            f"INSERT INTO customers ({', '.join(CUSTOMER_COLUMNS)}) SELECT {values} {source}",
            given,
        )
        conn.exec_driver_sql(
            f"INSERT INTO contact_points ({', '.join(POINT_COLUMNS)}) "
            f"SELECT {point_values('p', 's')} {source} "
            f"JOIN {STAGE}.{STAGED_POINTS} AS p ON p.rowid BETWEEN s.point_first AND s.point_last",
            given,
        )
        conn.exec_driver_sql(
            f"INSERT INTO import_batch_items ({', '.join(_ITEM_COLUMNS)}) "
            f"SELECT ?, s.id, ?, json_extract(j.value, '$[2]'), 1, '', '' {source}",
            (self.batch_id, ItemAction.CREATED.value, *given),
        )

    def _resolve_tags(self, new: list[_Draft], changed: list[_Draft]) -> None:
        """Give every tag of the chunk its id, creating the tags that do not exist yet."""
        wanted: dict[str, str] = {}
        for draft in new:
            if draft.record is None and draft.incoming is not None:
                for name, key in draft.incoming.tags:
                    wanted.setdefault(key, name)
            else:
                for _, name, key in draft.customer.tags:
                    wanted.setdefault(key, name)
        for draft in changed:
            for i in draft.new_tags:
                _, name, key = draft.customer.tags[i]
                wanted.setdefault(key, name)
        missing = sorted(set(wanted) - set(self._tags))
        for part in slices(missing):
            marks = ",".join("?" * len(part))
            for key, tag_id, deleted_at in self.conn.exec_driver_sql(
                f"SELECT name_key, id, deleted_at FROM tags WHERE name_key IN ({marks})",
                tuple(part),
            ):
                self._tags[key] = bytes(tag_id)
                if deleted_at is not None:  # a tag in the trash comes back, as in the editor
                    self.conn.exec_driver_sql(
                        "UPDATE tags SET deleted_at = NULL, updated_at = ?, version = version + 1 "
                        "WHERE id = ?",
                        (self.now_us, tag_id),
                    )
        rows = []
        for key in missing:
            if key not in self._tags:
                tag_id = self._ids.new()
                self._tags[key] = tag_id
                self.created_tags.append(tag_id)
                rows.append((tag_id, wanted[key], key, "", self.now_us, self.now_us, 1))
        insert_rows(
            self.conn,
            "tags",
            ("id", "name", "name_key", "color", "created_at", "updated_at", "version"),
            rows,
        )
        for draft in [*new, *changed]:
            if draft.record is None:
                continue
            draft.customer.tags = [
                (tag_id or self._tags[key], name, key) for tag_id, name, key in draft.customer.tags
            ]

    # -- the end -------------------------------------------------------------------------

    def finish(self) -> None:
        """Index the last documents (unless ``indexing`` is off) and settle the journal."""
        conn = self.conn
        if self.indexing:
            self._index()
        # A customer the batch created was written with after_version 1 and stays at
        # version 1 through it (filling it in from a later record does not move it on);
        # only the stored customers it changed need their version looked up.
        conn.exec_driver_sql(
            "UPDATE import_batch_items SET after_version = (SELECT version FROM customers c "
            "WHERE c.id = import_batch_items.customer_id) WHERE batch_id = ? AND action <> ?",
            (self.batch_id, ItemAction.CREATED.value),
        )

    def _index(self) -> None:
        """Index the pending documents, removing first what the index holds for them."""
        pending, self._pending_docs = self._pending_docs, {}
        if not pending:
            return
        indexed = self._indexed
        search_index.remove_documents(
            self.conn, [indexed.pop(key) for key in pending if key in indexed]
        )
        search_index.add_documents_with_grams(
            self.conn,
            (
                (doc_id, text, grams if grams is not None else search_index.grams_of(text))
                for doc_id, text, grams in pending.values()
            ),
        )
        for key, (doc_id, text, _) in pending.items():
            indexed[key] = (doc_id, text)

    # -- preview -------------------------------------------------------------------------

    def _preview(
        self,
        line: int,
        action: RowAction,
        customer: StoredCustomer | None,
        match: MatchInfo | None,
        filled: tuple[str, ...],
        problems: list[Problem],
    ) -> None:
        if len(self.preview) >= self.preview_rows:
            return
        values = None if customer is None else self._values(customer)
        self.preview.append(PreviewRow(line, action, values, match, filled, tuple(problems)))

    def _values(self, customer: StoredCustomer) -> StoredValues:
        row = customer.row
        birthday = row["birthday"]
        return StoredValues(
            kind=row["kind"],
            display_name=row["display_name"],
            reading=row["reading"],
            company_name=customer.company_name,
            title=row["title"],
            birthday=date.fromisoformat(birthday) if birthday else None,
            stage=row["stage"],
            phones=tuple(
                self._phones.show(p["phone_e164"], p["phone_national"])
                for p in customer.points_of(ContactKind.PHONE)
            ),
            emails=tuple(p["email"] for p in customer.points_of(ContactKind.EMAIL)),
            addresses=tuple(_address_line(p) for p in customer.points_of(ContactKind.ADDRESS)),
            tags=tuple(name for _, name, _ in customer.tags),
            line_id=row["line_id"],
            note=row["note"],
            given_first=_given_first(row),
        )


def _given_first(row: dict[str, Any]) -> str:
    return given_first(
        str(row["kind"]),
        str(row["display_name"]),
        str(row["family_name"] or ""),
        str(row["given_name"] or ""),
    )


_Candidates = tuple[set[bytes], set[bytes]]  # sharing an e-mail or phone; sharing the name


def _choose(
    identity: Identity,
    contact: set[bytes],
    named: set[bytes],
    lookup: Callable[[bytes], Identity | None],
) -> tuple[Assessment, bytes] | None:
    """The best candidate (``duplicate_rules.best``), looking at namesakes only when no
    candidate sharing an e-mail or a phone is a HIGH match: a namesake without them can
    at best tie on confidence with a weaker rule, so it could not win (and a common
    name has dozens of namesakes to weigh)."""
    found = _assessed(identity, contact, lookup)
    chosen = best(found)
    if chosen is not None and chosen[0].confidence is Confidence.HIGH:
        return chosen
    return best(found + _assessed(identity, named - contact, lookup))


def _assessed(
    identity: Identity, ids: Iterable[bytes], lookup: Callable[[bytes], Identity | None]
) -> list[tuple[Assessment, bytes]]:
    found = []
    for key in ids:
        other = lookup(key)
        if other is not None:
            verdict = assess(identity, other)
            if verdict is not None:
                found.append((verdict, key))
    return found


def _point_key(point: dict[str, Any]) -> Any:
    kind = point["kind"]
    if kind == ContactKind.PHONE:
        return point["phone_e164"]
    if kind == ContactKind.EMAIL:
        return point["email"].lower()
    return (
        point["postal_code"],
        fold(point["prefecture"]),
        fold(point["city"]),
        fold(point["street"]),
        fold(point["building"]),
    )


def _address_line(point: dict[str, Any]) -> str:
    code = point["postal_code"]
    place = "".join(point[k] for k in ("prefecture", "city", "street"))
    parts = [f"〒{display_postal_code(code)}" if code else "", place, point["building"]]
    return " ".join(p for p in parts if p)


ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

__all__ = ["CHUNK", "FILLABLE", "CancelCheck", "ImportCode", "ImportEngine", "ProgressCallback"]
