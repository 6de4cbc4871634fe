"""The duplicate finder and the manual merge of two customers (issue 4, item 10).

**Finding.** Likely duplicate pairs across the whole database, by the rule imports use
(``duplicate_rules``), found through indexes only: groups of customers sharing an e-mail
(``ix_contact_points_email``), a phone (``ix_contact_points_phone``) or a folded name
(``ix_customers_name``) are read with ``GROUP BY ... HAVING count(*) > 1`` in key order,
a few hundred groups at a time, so a page costs the same at any depth of a million
customers. Within a group each customer is paired with the earlier customer (by id, that
is by age) the rule likes best, among the group's first ``GROUP_PARTNERS``; a pair is
listed under its strongest rule only (a pair sharing an e-mail and a name appears once,
as an e-mail match). Pages follow a cursor; a page can hold fewer than ``limit`` pairs
and still have a next cursor when ``max_groups`` groups were looked at without filling
it (the scan pauses rather than walking the whole index in one call).

**Merging.** ``merge(keep, other, now, choices)`` makes one customer of two, in one
transaction: every profile field is taken from the side ``choices`` names (by default the
kept customer's value, or the other's where the kept one has none); phones, e-mails,
addresses and tags are united; the other's whole history (interactions, purchases,
reminders, change log, and a company's people) moves to the kept customer; the other
goes to the trash; the change is logged (the kept customer's fields, and the other's
move to the trash in its own log); and it is journaled as a batch, so ``undo`` (here, or
in the import history) takes it back exactly.
"""

from __future__ import annotations

import enum
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection

from relationdesk.ids import uuid7
from relationdesk.models import BatchKind, ContactKind, CustomerKind, ItemAction
from relationdesk.models.types import to_micros
from relationdesk.normalize.kana import fold
from relationdesk.normalize.phones import DEFAULT_REGION, PhoneDisplay
from relationdesk.services import change_log, search_index
from relationdesk.services.batches import (
    HISTORY_TABLES,
    BatchUndo,
    finish_batch,
    reindex_members,
    start_batch,
)
from relationdesk.services.change_log import default_actor
from relationdesk.services.customer_records import (
    POINT_COLUMNS,
    PROFILE_COLUMNS,
    StoredCustomer,
    insert_rows,
    load_customers,
    load_identities,
    point_tuple,
    slices,
)
from relationdesk.services.duplicate_rules import Confidence, Identity, MatchRule, assess
from relationdesk.services.errors import CustomerNotFound, FieldError, ValidationError
from relationdesk.services.import_data import ImportCounts, UndoResult
from relationdesk.services.list_rows import given_first_sql
from relationdesk.services.rows import as_instant, as_uuid
from relationdesk.services.timeline import recompute_contacts
from relationdesk.services.unit_of_work import Database

GROUP_PARTNERS = 50  # earlier members of a group each customer is compared with
GROUP_BATCH = 200  # group keys read per query
MEMBER_BATCH = 8  # groups whose members are read at once
MAX_GROUPS = 2_000  # groups looked at per call before a page is returned unfilled

# The passes of the finder, in the order pairs are listed, with the group query of each.
_PASSES = (MatchRule.EMAIL, MatchRule.PHONE, MatchRule.NAME)
_GROUPS = {
    MatchRule.EMAIL: (
        "SELECT email FROM contact_points INDEXED BY ix_contact_points_email "
        "WHERE email {op} ? GROUP BY email HAVING count(*) > 1 ORDER BY email LIMIT ?"
    ),
    MatchRule.PHONE: (
        "SELECT phone_e164 FROM contact_points INDEXED BY ix_contact_points_phone "
        "WHERE phone_e164 {op} ? GROUP BY phone_e164 HAVING count(*) > 1 "
        "ORDER BY phone_e164 LIMIT ?"
    ),
    MatchRule.NAME: (
        "SELECT name_key FROM customers INDEXED BY ix_customers_name "
        "WHERE deleted_at IS NULL AND name_key {op} ? GROUP BY name_key "
        "HAVING count(*) > 1 ORDER BY name_key LIMIT ?"
    ),
}
_MEMBERS = {
    MatchRule.EMAIL: "SELECT email, customer_id FROM contact_points WHERE email IN ({marks})",
    MatchRule.PHONE: (
        "SELECT phone_e164, customer_id FROM contact_points WHERE phone_e164 IN ({marks})"
    ),
    MatchRule.NAME: (
        "SELECT name_key, id FROM customers INDEXED BY ix_customers_name "
        "WHERE deleted_at IS NULL AND name_key IN ({marks})"
    ),
}
# Which main rules each pass lists (a name pass lists name-and-reading and name matches).
_LISTS = {
    MatchRule.EMAIL: {MatchRule.EMAIL},
    MatchRule.PHONE: {MatchRule.PHONE},
    MatchRule.NAME: {MatchRule.NAME_READING, MatchRule.NAME},
}


class MergeSide(enum.StrEnum):
    """Which customer a merged field takes its value from."""

    KEEP = "keep"
    OTHER = "other"


# The fields a merge can take from either side (the rest is united or moved).
MERGE_FIELDS = (
    "family_name",
    "given_name",
    "display_name",  # a company's name (a person's follows from family and given name)
    "reading",
    "honorific",
    "company",
    "title",
    "birthday",
    "stage",
    "source",
    "preferred_channel",
    "consent_dm",
    "consent_email",
    "consent_line",
    "line_id",
    "note",
)


@dataclass(frozen=True, slots=True)
class DuplicateSide:
    """One customer of a pair, as the finder lists it; ``given_first`` is the name given
    name first, or '' (see ``list_rows.given_first``)."""

    id: uuid.UUID
    kind: str
    display_name: str
    reading: str
    birthday: date | None
    phone: str
    email: str
    created_at: datetime
    given_first: str = ""


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two customers the rule takes for one: the older first, the rules, how sure."""

    first: DuplicateSide
    second: DuplicateSide
    rules: tuple[MatchRule, ...]
    confidence: Confidence


@dataclass(frozen=True, slots=True)
class DuplicateCursor:
    """Where a page of pairs ended: the pass, the group key, and pairs of it already given."""

    rule: MatchRule
    key: str
    done: int


@dataclass(frozen=True, slots=True)
class DuplicatePage:
    """A page of pairs and the cursor of the next page (None when the scan is complete)."""

    pairs: tuple[DuplicatePair, ...]
    next: DuplicateCursor | None


@dataclass(frozen=True, slots=True)
class MergeResult:
    """A committed merge: its batch (to undo it) and the kept customer's id."""

    batch_id: uuid.UUID
    kept_id: uuid.UUID


class DuplicateService:
    """Finds likely duplicates and merges two customers (see the module documentation)."""

    def __init__(
        self, db: Database, region: str = DEFAULT_REGION, actor: str | None = None
    ) -> None:
        self._db = db
        self.region = region
        self.actor = default_actor() if actor is None else actor
        self._phones = PhoneDisplay(region)

    # -- finding -----------------------------------------------------------------------

    def find(
        self,
        after: DuplicateCursor | None = None,
        limit: int = 50,
        min_confidence: Confidence = Confidence.MEDIUM,
        max_groups: int = MAX_GROUPS,
    ) -> DuplicatePage:
        """One page of likely duplicate pairs, continuing after *after*.

        Pairs below *min_confidence* are left out (LOW: shared details with different
        names, or a name alone; see ``duplicate_rules``).
        """
        cursor = after or DuplicateCursor(_PASSES[0], "", 0)
        found: list[tuple[Any, ...]] = []
        looked = 0
        with self._db.read() as uow:
            conn = uow.connection
            for rule in _PASSES[_PASSES.index(cursor.rule) :]:
                key, done = (cursor.key, cursor.done) if rule is cursor.rule else ("", 0)
                inclusive = bool(key) and rule is cursor.rule
                while True:
                    groups = _groups(conn, rule, key, inclusive)
                    if not groups:
                        break
                    # Members are read a few groups at a time: a name shared by hundreds
                    # of customers makes a big group, and a page may need only one.
                    for first in range(0, len(groups), MEMBER_BATCH):
                        part = groups[first : first + MEMBER_BATCH]
                        members = _members(conn, rule, part)
                        identities, _ = load_identities(
                            conn, {i for ids in members.values() for i in ids}
                        )
                        for group in part:
                            pairs = _pairs(rule, members.get(group, []), identities, min_confidence)
                            start = done if group == key else 0
                            for index in range(start, len(pairs)):
                                if len(found) == limit:
                                    return self._page(
                                        conn, found, DuplicateCursor(rule, group, index)
                                    )
                                found.append(pairs[index])
                            key, done, inclusive = group, len(pairs), False
                        # the group a call resumes in is not counted: each call moves on
                        looked += sum(1 for g in part if (rule, g) != (cursor.rule, cursor.key))
                        if looked >= max_groups:
                            return self._page(conn, found, DuplicateCursor(rule, key, done))
                    if len(groups) < GROUP_BATCH:
                        break
            return self._page(conn, found, None)

    def _page(
        self, conn: Connection, found: list[tuple[Any, ...]], cursor: DuplicateCursor | None
    ) -> DuplicatePage:
        sides = self._sides(conn, {k for pair in found for k in pair[:2]})
        pairs = tuple(
            DuplicatePair(sides[a], sides[b], verdict.rules, verdict.confidence)
            for a, b, verdict in found
        )
        return DuplicatePage(pairs, cursor)

    def _sides(self, conn: Connection, ids: set[bytes]) -> dict[bytes, DuplicateSide]:
        sides = {}
        for part in slices(sorted(ids)):
            marks = ",".join("?" * len(part))
            rows = conn.exec_driver_sql(
                "SELECT c.id, c.kind, c.display_name, c.reading, c.birthday, c.created_at, "
                "(SELECT p.phone_e164 || char(9) || p.phone_national FROM contact_points p "
                "WHERE p.customer_id = c.id AND p.kind = 'phone' "
                "ORDER BY p.is_primary DESC, p.position LIMIT 1), "
                "(SELECT e.email FROM contact_points e WHERE e.customer_id = c.id "
                "AND e.kind = 'email' ORDER BY e.is_primary DESC, e.position LIMIT 1), "
                f"{given_first_sql('c')} FROM customers c WHERE c.id IN ({marks})",
                tuple(part),
            ).all()
            for r in rows:
                phone = self._phones.show(*r[6].split("\t")) if r[6] else ""
                sides[bytes(r[0])] = DuplicateSide(
                    id=as_uuid(r[0]),
                    kind=r[1],
                    display_name=r[2],
                    reading=r[3],
                    birthday=date.fromisoformat(r[4]) if r[4] else None,
                    phone=phone,
                    email=r[7] or "",
                    created_at=as_instant(r[5]),
                    given_first=r[8] or "",
                )
        return sides

    # -- merging -----------------------------------------------------------------------

    def merge(
        self,
        keep_id: uuid.UUID,
        other_id: uuid.UUID,
        now: datetime,
        choices: Mapping[str, MergeSide] | None = None,
    ) -> MergeResult:
        """Merge *other_id* into *keep_id* (see the module documentation).

        *choices* maps fields of ``MERGE_FIELDS`` to the side their value comes from.
        Raises CustomerNotFound, or ValidationError (the same customer twice, a person
        and a company, an unknown field or side).
        """
        choices = dict(choices or {})
        problems = [
            FieldError(name, "invalid_choice", str(side))
            for name, side in choices.items()
            if name not in MERGE_FIELDS or side not in MergeSide.__members__.values()
        ]
        if keep_id == other_id:
            problems.append(FieldError("other_id", "same_customer"))
        if problems:
            raise ValidationError(problems)
        now_us = to_micros(now)
        batch_id = uuid7()
        with self._db.write() as uow:
            conn = uow.connection
            found = load_customers(conn, [keep_id.bytes, other_id.bytes])
            for wanted in (keep_id, other_id):
                if wanted.bytes not in found:
                    raise CustomerNotFound(wanted)
            keep, other = found[keep_id.bytes], found[other_id.bytes]
            if keep.row["kind"] != other.row["kind"]:
                raise ValidationError([FieldError("kind", "kinds_differ")])
            keep_image, other_image = keep.image(), other.image()
            before = keep.snapshot()
            old_doc = (keep.row["doc_id"], keep.row["search_text"])
            old_sort = keep.row["sort_key"]
            added = _take_fields(keep, other, choices)
            added.update(_unite(keep, other, now_us))
            row = keep.row
            row["version"] += 1
            row["updated_at"] = now_us
            if row["sort_key"] != old_sort:
                row["doc_id"] = search_index.DocIdAllocator(conn).allocate(row["sort_key"])
            row["search_text"] = keep.document(self.region)
            columns = (*PROFILE_COLUMNS, "version", "updated_at")
            conn.exec_driver_sql(
                f"UPDATE customers SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                (*(row[c] for c in columns), keep.id),
            )
            new_points = [p for p in keep.points if p.get("_new")]
            insert_rows(
                conn,
                "contact_points",
                POINT_COLUMNS,
                [point_tuple(p) for p in new_points],
            )
            insert_rows(
                conn,
                "customer_tags",
                ("customer_id", "tag_id"),
                [(keep.id, tag_id) for tag_id, _, _ in keep.tags if tag_id not in added["tags"]],
            )
            search_index.remove_documents(conn, [old_doc])
            search_index.add_documents(conn, [(row["doc_id"], row["search_text"])])
            moved = _move_history(conn, other.id, keep.id, self.region)
            conn.exec_driver_sql(
                "UPDATE customers SET deleted_at = ?, updated_at = ?, version = version + 1 "
                "WHERE id = ?",
                (now_us, now_us, other.id),
            )
            search_index.remove_documents(conn, [(other.row["doc_id"], other.row["search_text"])])
            recompute_contacts(uow.session, keep_id)
            recompute_contacts(uow.session, other_id)
            change_log.write(
                conn,
                [
                    *change_log.change_rows(keep.id, before, keep.snapshot(), now_us, self.actor),
                    # after its history moved: this one stays with the trashed customer
                    *change_log.trash_rows(other.id, True, now_us, self.actor),
                ],
            )
            start_batch(
                conn, batch_id, BatchKind.MERGE, now, self.actor, file_name=row["display_name"]
            )
            finish_batch(conn, batch_id, ImportCounts(read=2, merged=1), 0, {})
            versions: dict[bytes, int] = {
                bytes(key): version
                for key, version in conn.exec_driver_sql(
                    "SELECT id, version FROM customers WHERE id IN (?, ?)", (keep.id, other.id)
                )
            }
            details_keep = {"absorbed": other.id.hex(), "filled": sorted(added["fields"])}
            details_other = {"kept": keep.id.hex(), "moved": moved}
            insert_rows(
                conn,
                "import_batch_items",
                ("batch_id", "customer_id", "action", "line", "after_version", "before", "details"),
                [
                    (
                        batch_id.bytes,
                        keep.id,
                        ItemAction.KEPT,
                        None,
                        versions[keep.id],
                        keep_image,
                        json.dumps(details_keep),
                    ),
                    (
                        batch_id.bytes,
                        other.id,
                        ItemAction.ABSORBED,
                        None,
                        versions[other.id],
                        other_image,
                        json.dumps(details_other),
                    ),
                ],
            )
            uow.commit()
        return MergeResult(batch_id, keep_id)

    def undo(self, batch_id: uuid.UUID, now: datetime, keep_changed: bool = False) -> UndoResult:
        """Take a merge back (the same as undoing it from the import history)."""
        with self._db.write() as uow:
            result = BatchUndo(uow.session, self.region, self.actor, now).undo(
                batch_id, keep_changed
            )
            uow.commit()
        return result


# -- the finder's queries ----------------------------------------------------------------


def _groups(conn: Connection, rule: MatchRule, after: str, inclusive: bool) -> list[str]:
    """The next group keys (shared by two rows or more) after *after*, in key order."""
    op = ">=" if inclusive else ">"
    return [
        r[0]
        for r in conn.exec_driver_sql(_GROUPS[rule].format(op=op), (after, GROUP_BATCH)).all()
        if r[0]
    ]


def _members(conn: Connection, rule: MatchRule, groups: list[str]) -> dict[str, list[bytes]]:
    """The customers of each group, oldest (smallest id) first."""
    members: dict[str, set[bytes]] = {}
    for part in slices(groups):
        marks = ",".join("?" * len(part))
        for key, customer_id in conn.exec_driver_sql(
            _MEMBERS[rule].format(marks=marks), tuple(part)
        ):
            members.setdefault(key, set()).add(bytes(customer_id))
    return {key: sorted(ids) for key, ids in members.items()}


def _pairs(
    rule: MatchRule,
    members: list[bytes],
    identities: dict[bytes, Identity],
    min_confidence: Confidence,
) -> list[tuple[bytes, bytes, Any]]:
    """The pairs of one group: each member with its best earlier partner, if good enough
    and if this pass is the pair's strongest rule."""
    live = [m for m in members if m in identities]
    pairs = []
    for index, member in enumerate(live[1:], start=1):
        best = None
        for partner in live[: min(index, GROUP_PARTNERS)]:
            verdict = assess(identities[member], identities[partner])
            if verdict is None or verdict.confidence.rank < min_confidence.rank:
                continue
            if best is None or verdict.sort_key() < best[2].sort_key():
                best = (partner, member, verdict)
        if best is not None and best[2].rule in _LISTS[rule]:
            pairs.append(best)
    return pairs


# -- merging -------------------------------------------------------------------------------


_TEXT_FIELDS = (
    "family_name",
    "given_name",
    "display_name",
    "reading",
    "title",
    "birthday",
    "source",
    "line_id",
    "note",
)
_KEPT_FIELDS = (
    "honorific",
    "stage",
    "preferred_channel",
    "consent_dm",
    "consent_email",
    "consent_line",
)


def _take_fields(
    keep: StoredCustomer, other: StoredCustomer, choices: dict[str, MergeSide]
) -> dict[str, Any]:
    """Set each chosen field on *keep*; by default keep's value, else the other's."""
    row, theirs = keep.row, other.row
    taken = set()
    for name in _TEXT_FIELDS:
        if name == "display_name" and row["kind"] != CustomerKind.COMPANY:
            continue
        side = choices.get(name)
        if side is None:
            side = MergeSide.OTHER if not row[name] and theirs[name] else MergeSide.KEEP
        if side is MergeSide.OTHER and row[name] != theirs[name]:
            row[name] = theirs[name]
            taken.add(name)
    for name in _KEPT_FIELDS:
        if choices.get(name) is MergeSide.OTHER and row[name] != theirs[name]:
            row[name] = theirs[name]
            taken.add(name)
    side = choices.get("company")
    if side is None:
        side = (
            MergeSide.OTHER
            if row["company_id"] is None and theirs["company_id"]
            else MergeSide.KEEP
        )
    if side is MergeSide.OTHER and row["company_id"] != theirs["company_id"]:
        if theirs["company_id"] == keep.id:
            raise ValidationError([FieldError("company", "company_is_self")])
        row["company_id"] = theirs["company_id"]
        keep.company_name, keep.company_key = other.company_name, other.company_key
        taken.add("company")
    if row["kind"] == CustomerKind.PERSON and not (row["family_name"] or row["given_name"]):
        raise ValidationError([FieldError("family_name", "required")])
    custom = json.loads(theirs["custom_fields"] or "{}") | json.loads(row["custom_fields"] or "{}")
    row["custom_fields"] = json.dumps(custom)
    keep.derive_keys()
    return {"fields": taken}


def _unite(keep: StoredCustomer, other: StoredCustomer, now_us: int) -> dict[str, Any]:
    """Add the other's phones, e-mails, addresses and tags that *keep* lacks."""
    have: dict[str, set[Any]] = {
        ContactKind.PHONE: set(),
        ContactKind.EMAIL: set(),
        ContactKind.ADDRESS: set(),
    }
    positions = dict.fromkeys(have, 0)
    for point in keep.points:
        have[point["kind"]].add(_point_key(point))
        positions[point["kind"]] = max(positions[point["kind"]], point["position"] + 1)
    for source in sorted(other.points, key=lambda p: (p["kind"], p["position"])):
        kind = source["kind"]
        key = _point_key(source)
        if key in have[kind]:
            continue
        point = dict(source)
        point.update(
            id=uuid7().bytes,
            customer_id=keep.id,
            position=positions[kind],
            is_primary=not have[kind],
            created_at=now_us,
            updated_at=now_us,
            version=1,
        )
        positions[kind] += 1
        have[kind].add(key)
        keep.points.append({**point, "_new": True})
    existing = {tag_id for tag_id, _, _ in keep.tags}
    for tag in other.tags:
        if tag[0] not in existing:
            keep.tags.append(tag)
    return {"tags": existing}


def _point_key(point: dict[str, Any]) -> Any:
    kind = point["kind"]
    if kind == ContactKind.PHONE:
        return point["phone_e164"]
    if kind == ContactKind.EMAIL:
        return point["email"].lower()
    return tuple(
        fold(point[k]) for k in ("postal_code", "prefecture", "city", "street", "building")
    )


def _move_history(conn: Connection, other: bytes, keep: bytes, region: str) -> dict[str, list[str]]:
    """Move the other's history (and a company's people) to *keep*; return what moved."""
    moved: dict[str, list[str]] = {}
    for table in HISTORY_TABLES:
        ids = [
            bytes(r[0])
            for r in conn.exec_driver_sql(f"SELECT id FROM {table} WHERE customer_id = ?", (other,))
        ]
        conn.exec_driver_sql(
            f"UPDATE {table} SET customer_id = ? WHERE customer_id = ?", (keep, other)
        )
        moved[table] = [i.hex() for i in ids]
    members = [
        bytes(r[0])
        for r in conn.exec_driver_sql("SELECT id FROM customers WHERE company_id = ?", (other,))
    ]
    conn.exec_driver_sql("UPDATE customers SET company_id = ? WHERE company_id = ?", (keep, other))
    if members:
        reindex_members(conn, members, region)
    moved["members"] = [m.hex() for m in members]
    return moved


__all__ = [
    "MERGE_FIELDS",
    "DuplicateCursor",
    "DuplicatePage",
    "DuplicatePair",
    "DuplicateService",
    "DuplicateSide",
    "MergeResult",
    "MergeSide",
]
