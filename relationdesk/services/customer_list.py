"""The customer list's reads: pages by position or cursor, counts, checkpoints, small look-ups.

Plain SQL over ``Database.query()`` (a pooled sqlite3 connection): no ORM session and no
SQLAlchemy, so the window can read and paint its first page before SQLAlchemy is
imported, and every page costs little more than its SQL. ``CustomerService`` (the writes)
builds on this class.

**Positions.** The window shows the list as a row count and pages fetched by position
(``rows_at``). OFFSET walks the order's index from the start: half a million index
entries to reach the middle of 1M customers (~35 ms). So, once the count is known, the
window asks for ``checkpoints``: one walk of the index (~0.1 s at 1M, off the GUI thread)
that notes the sort key of every ``CHECKPOINT_STEP``-th row. A page at position *p* is
then read from the checkpoint at or before *p*, skipping fewer than ``CHECKPOINT_STEP``
index entries, as fast at any depth as a keyset page.

**Reading ahead.** At start-up, ``read_ahead`` reads the first page in a thread while
the window's modules are imported; the window's first ``rows_at(0, ...)`` takes it
instead of asking again.

Positions are those of the moment the checkpoints were taken: if customers are added
or removed later between a checkpoint and *p*, the page moves by that many rows (with
OFFSET, a change anywhere before *p* moves it); a checkpoint's own row may go away (the
page starts at the next one). The window takes a new count and new checkpoints with
every reload, and it reloads after every change it makes.
"""

from __future__ import annotations

import bisect
import calendar
import operator
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

from relationdesk.normalize.kana import fold, gojuon_key
from relationdesk.normalize.phones import DEFAULT_REGION, PhoneDisplay
from relationdesk.services import search_index
from relationdesk.services.list_rows import (
    Birthday,
    Cursor,
    CustomerFilter,
    CustomerPage,
    CustomerRow,
    Lapsed,
    SortOrder,
    given_first_sql,
)
from relationdesk.services.rows import as_instant, as_uuid, micros, stored_rows
from relationdesk.services.unit_of_work import Database

_PHONE = operator.itemgetter(6)  # CustomerRow.phone
CHECKPOINT_STEP = 512  # rows between checkpoints: a page skips 256 index entries on average
READ_AHEAD_ROWS = 200  # the window's page (ui/customers/list_model.py)


@dataclass(frozen=True, slots=True)
class _Order:
    """A list order: its column, direction, and whether it holds NULLs.

    NULLs (never contacted) come after every value, ordered by id in the same direction;
    they are a second *segment* of the list, read with its own conditions (a row-value
    comparison never holds for NULL).
    """

    column: str
    descending: bool
    nullable: bool = False

    @property
    def direction(self) -> str:
        return "DESC" if self.descending else "ASC"

    @property
    def order_by(self) -> str:
        return f"{self.column} {self.direction}, c.id {self.direction}"

    @property
    def segments(self) -> tuple[int, ...]:
        return (0, 1) if self.nullable else (0,)

    def segment_clause(self, segment: int) -> str:
        if not self.nullable:
            return ""
        return f" AND {self.column} IS {'NOT ' if segment == 0 else ''}NULL"

    def key(self, segment: int) -> str:
        """The keyset key of a segment: (column, id), or the id alone among NULLs."""
        return f"({self.column}, c.id)" if segment == 0 else "c.id"

    def from_key(self, segment: int, inclusive: bool) -> str:
        """The condition "at or after (*inclusive*) / after a key" (one ? per key part)."""
        op = "<" if self.descending else ">"
        if inclusive:
            op += "="
        marks = "(?, ?)" if segment == 0 else "?"
        return f" AND {self.key(segment)} {op} {marks}"


_ORDERS = {
    SortOrder.READING: _Order("c.sort_key", False),
    SortOrder.NAME: _Order("c.name_key", False),
    SortOrder.CREATED: _Order("c.created_at", False),
    SortOrder.LAST_CONTACT: _Order("c.last_contact_at", True, nullable=True),
}
_TRASH = _Order("c.deleted_at", True)


def _order_of(sort: SortOrder, where: CustomerFilter) -> _Order:
    return _TRASH if where.trashed else _ORDERS[sort]


@dataclass(frozen=True, slots=True)
class ListCheckpoints:
    """Where every ``step``-th row of one list (order and filter) was, when taken.

    ``marks`` holds (position, segment, key) with key the stored sort value and id (the
    id alone among never-contacted customers); every segment starts with a mark.
    ``total`` is the list's length at that moment. Opaque to the window: it passes them
    back to ``rows_at``.
    """

    sort: SortOrder
    where: CustomerFilter
    step: int
    total: int
    marks: tuple[tuple[int, int, tuple[Any, ...]], ...]

    def serves(self, sort: SortOrder, where: CustomerFilter) -> bool:
        """Tell whether these checkpoints belong to the list of *sort* and *where*."""
        return self.where == where and (where.trashed or self.sort == sort)


class _Pending:
    """A call running in its own thread, and its answer once there."""

    def __init__(self, call: Callable[[], Any]) -> None:
        self._done = threading.Event()
        self._value: Any = None
        self._error: BaseException | None = None
        threading.Thread(
            target=self._run, args=(call,), name="relationdesk-read-ahead", daemon=True
        ).start()

    def _run(self, call: Callable[[], Any]) -> None:
        try:
            self._value = call()
        except BaseException as exc:  # handed to whoever takes the answer
            self._error = exc
        finally:
            self._done.set()

    def result(self) -> Any:
        """Wait for the answer; raise what the call raised."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._value


class CustomerList:
    """Reads of the customer list (see the module documentation)."""

    def __init__(self, db: Database, region: str = DEFAULT_REGION) -> None:
        self._db = db
        self.region = region
        self._ahead: dict[tuple[Any, ...], tuple[int, _Pending]] = {}
        self._phones = PhoneDisplay(region)
        prefix = self._phones.prefix
        # The columns of CustomerRow, in order. A phone of the home country shows its
        # stored national form; others come back in E.164 (starting with +) and are
        # formatted in Python (``_finish``), as they are rare.
        self._columns = f"""
SELECT c.id, c.kind, c.display_name, c.reading, coalesce(co.display_name, ''), c.stage,
  coalesce((SELECT CASE WHEN p.phone_national <> '' AND substr(p.phone_e164, 1, {len(prefix)})
      = '{prefix}' THEN p.phone_national ELSE p.phone_e164 END FROM contact_points p
    WHERE p.customer_id = c.id AND p.kind = 'phone' ORDER BY p.is_primary DESC, p.position
    LIMIT 1), ''),
  coalesce((SELECT e.email FROM contact_points e
    WHERE e.customer_id = c.id AND e.kind = 'email' ORDER BY e.is_primary DESC, e.position
    LIMIT 1), ''),
  c.last_contact_at, c.created_at, {given_first_sql("c")}"""
        self._from = " FROM customers c LEFT JOIN customers co ON co.id = c.company_id"

    # -- pages -------------------------------------------------------------------------

    def list_page(
        self,
        sort: SortOrder = SortOrder.READING,
        after: Cursor | None = None,
        limit: int = 100,
        where: CustomerFilter | None = None,
    ) -> CustomerPage:
        """Return one page of the list, after *after* (keyset paging: as fast at any depth)."""
        where = where or CustomerFilter()
        order = _order_of(sort, where)
        segment = 0
        key: tuple[Any, ...] | None = None
        if after is not None:
            if order.nullable and after.value is None:
                segment, key = 1, (after.id.bytes,)
            else:
                key = (after.value, after.id.bytes)
        with self._db.query(snapshot=order.nullable) as conn:
            rows = self._read(conn, order, where, segment, key, False, limit, with_sort=True)
            if segment == 0 and order.nullable and len(rows) < limit:
                # Never-contacted customers come last, in id order (newest first).
                rows += self._read(conn, order, where, 1, None, True, limit - len(rows), True)
        result = self._finish(stored_rows(CustomerRow, (r[:-1] for r in rows)))
        next_cursor = None
        if len(rows) == limit:
            last = rows[-1]
            next_cursor = Cursor(value=last[-1], id=as_uuid(last[0]))
        return CustomerPage(rows=tuple(result), next=next_cursor)

    def read_ahead(
        self,
        sort: SortOrder = SortOrder.READING,
        where: CustomerFilter | None = None,
        limit: int = READ_AHEAD_ROWS,
    ) -> None:
        """Start reading the list's first *limit* rows in a thread; the next
        ``rows_at(0, n)`` (n ≤ *limit*) of this list takes them.

        Not the count: at 1M customers it is ~35 ms of CPU, which start-up spends after
        the first page is painted instead.
        """
        where = where or CustomerFilter()
        order = _order_of(sort, where)
        self._ahead[("rows", order, where)] = (
            limit,
            _Pending(partial(self._from_start, order, where, limit)),
        )

    def rows_at(
        self,
        offset: int,
        limit: int,
        sort: SortOrder = SortOrder.READING,
        where: CustomerFilter | None = None,
        total: int | None = None,
        checkpoints: ListCheckpoints | None = None,
    ) -> tuple[CustomerRow, ...]:
        """Return *limit* rows starting at position *offset* of the list.

        For a windowed view that jumps anywhere. With *checkpoints* of this list, a page
        is read from the checkpoint before it (fast at any depth); without, by OFFSET,
        which walks the order's index (given the *total*, a page in the back half is read
        from the end instead, so no page walks more than half the list). The last page
        (given *total*) is read backwards from the end. Off the GUI thread, please.
        Never-contacted customers come last when sorted by last contact.
        """
        where = where or CustomerFilter()
        offset = max(0, offset)
        if limit <= 0:
            return ()
        order = _order_of(sort, where)
        if total is not None and offset + limit >= total and offset > 0:
            rows = self._from_end(order, where, max(0, total - offset), 0)
        elif offset == 0:
            ahead = self._ahead.pop(("rows", order, where), None) if self._ahead else None
            if ahead is not None and limit <= ahead[0]:
                rows = ahead[1].result()[:limit]
            else:
                rows = self._from_start(order, where, limit)
        elif checkpoints is not None and checkpoints.marks and checkpoints.serves(sort, where):
            rows = self._from_checkpoint(order, where, checkpoints, offset, limit)
        elif total is not None and offset > total // 2:
            end = min(offset + limit, total)
            rows = self._from_end(order, where, max(0, end - offset), max(0, total - end))
        else:
            rows = self._by_offset(order, where, offset, limit)
        return tuple(self._finish(stored_rows(CustomerRow, rows)))

    def checkpoints(
        self,
        sort: SortOrder = SortOrder.READING,
        where: CustomerFilter | None = None,
        step: int = CHECKPOINT_STEP,
    ) -> ListCheckpoints:
        """Walk the list's order once and note every *step*-th row (see the module doc).

        ~0.1 s at 1M customers: off the GUI thread, after the count.
        """
        if step <= 0:
            raise ValueError("checkpoints need a positive step")
        where = where or CustomerFilter()
        order = _order_of(sort, where)
        base = " FROM customers c WHERE " + " AND ".join(_filters(where))
        params = _filter_params(where)
        marks: list[tuple[int, int, tuple[Any, ...]]] = []
        position = 0
        with self._db.query(snapshot=True) as conn:
            for segment in order.segments:
                columns = f"SELECT {order.key(segment).strip('()')}"
                tail = f" ORDER BY {order.order_by} LIMIT 1"
                clause = base + order.segment_clause(segment)
                key = conn.execute(columns + clause + tail, params).fetchone()
                step_sql = columns + clause + order.from_key(segment, False) + tail + " OFFSET ?"
                while key is not None:
                    marks.append((position, segment, tuple(key)))
                    following = conn.execute(step_sql, (*params, *key, step - 1)).fetchone()
                    if following is None:
                        rest = conn.execute(
                            f"SELECT count(*) FROM (SELECT 1{clause}"
                            f"{order.from_key(segment, True)} ORDER BY {order.order_by} LIMIT ?)",
                            (*params, *key, step),
                        ).fetchone()[0]
                        position += int(rest)
                    else:
                        position += step
                    key = following
        return ListCheckpoints(sort, where, step, position, tuple(marks))

    def position_of_reading(self, kana: str, where: CustomerFilter | None = None) -> int:
        """Return the list position (五十音 order) of the first reading at or after *kana*.

        For the あかさたな index: ``position_of_reading("カ")`` is where the カ row starts.
        Counts through the sort index: ~50 ms at 1M customers, so call it off the GUI thread.
        """
        where = where or CustomerFilter()
        key = gojuon_key(fold(kana)).split("\x01", 1)[0]
        sql = (
            "SELECT count(*) FROM customers c WHERE "
            + " AND ".join(_filters(where))
            + " AND c.sort_key < ?"
        )
        with self._db.query() as conn:
            (value,) = conn.execute(sql, (*_filter_params(where), key)).fetchone()
        return int(value or 0)

    def count(self, where: CustomerFilter | None = None) -> int:
        """Return how many customers the filter lets through."""
        where = where or CustomerFilter()
        sql = "SELECT count(*) FROM customers c WHERE " + " AND ".join(_filters(where))
        with self._db.query() as conn:
            (value,) = conn.execute(sql, _filter_params(where)).fetchone()
        return int(value or 0)

    # -- small look-ups ------------------------------------------------------------------

    def birthdays(self, start: date, days: int = 7, limit: int = 500) -> list[Birthday]:
        """Customers whose birthday falls in the *days* from *start*, soonest first.

        Someone born on 29 February celebrates on the 28th in other years.
        """
        window = [start + timedelta(days=n) for n in range(days)]
        position = {day.strftime("%m-%d"): n for n, day in enumerate(window)}
        for n, day in enumerate(window):
            if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
                position["02-29"] = n
        # Ordered in SQL by the day of the window, so the limit keeps the soonest ones
        # (about 13,000 people have a birthday in any week of a million customers).
        cases = " ".join(f"WHEN '{key}' THEN {n}" for key, n in position.items())
        marks = ",".join("?" * len(position))
        with self._db.query() as conn:
            rows = conn.execute(
                f"SELECT id, display_name, birthday, {given_first_sql('customers')} "
                "FROM customers INDEXED BY "
                f"ix_customers_birthday WHERE birthday_md IN ({marks}) AND deleted_at IS NULL "
                f"ORDER BY CASE birthday_md {cases} END, sort_key LIMIT ?",
                (*position, limit),
            ).fetchall()
        found = []
        for row_id, name, text, name_given_first in rows:
            born = date.fromisoformat(text)
            for day in window:
                leap_day = born.month == 2 and born.day == 29 and not calendar.isleap(day.year)
                if (day.month, day.day) == (born.month, born.day) or (
                    leap_day and (day.month, day.day) == (2, 28)
                ):
                    turning = day.year - born.year
                    found.append(
                        Birthday(as_uuid(row_id), name, born, day, turning, name_given_first)
                    )
                    break
        return sorted(found, key=lambda b: (b.next_date, b.name))

    def lapsed(self, now: datetime, limit: int = 100) -> list[Lapsed]:
        """Customers overdue for contact (longer than their usual interval), most overdue first.

        Served by the index on follow_up_at, which the timeline service keeps current.
        """
        with self._db.query() as conn:
            rows = conn.execute(
                "SELECT id, display_name, last_contact_at, follow_up_at, "
                f"{given_first_sql('customers')} FROM customers "
                "WHERE deleted_at IS NULL AND follow_up_at < ? ORDER BY follow_up_at LIMIT ?",
                (micros(now), limit),
            ).fetchall()
        return [Lapsed(as_uuid(r[0]), r[1], as_instant(r[2]), as_instant(r[3]), r[4]) for r in rows]

    def companies(self, prefix: str, limit: int = 20) -> list[tuple[uuid.UUID, str]]:
        """Return companies whose name starts with *prefix* (folded), by name: for completion."""
        key = fold(prefix.strip())
        with self._db.query() as conn:
            rows = conn.execute(
                "SELECT id, display_name FROM customers INDEXED BY ix_customers_name "
                "WHERE deleted_at IS NULL AND name_key >= ? AND name_key < ? "
                "AND kind = 'company' ORDER BY name_key, id LIMIT ?",
                (key, key + "\U0010ffff", limit),
            ).fetchall()
        return [(as_uuid(r[0]), r[1]) for r in rows]

    def tag_names(self) -> list[str]:
        """Return every tag in use, sorted by its folded name."""
        with self._db.query() as conn:
            rows = conn.execute(
                "SELECT name FROM tags WHERE deleted_at IS NULL ORDER BY name_key"
            ).fetchall()
        return [r[0] for r in rows]

    # -- reading pages -----------------------------------------------------------------

    def _finish(self, rows: list[CustomerRow]) -> list[CustomerRow]:
        """Format the (rare) phones from abroad, which SQL left in E.164."""
        phones = "\n" + "\n".join(map(_PHONE, rows))  # looked through in C: ~5 µs for 200
        if "\n+" not in phones:
            return rows
        for index, row in enumerate(rows):
            if row.phone[:1] == "+":
                rows[index] = row._replace(phone=self._phones.show(row.phone, ""))
        return rows

    def _read(
        self,
        conn: Any,
        order: _Order,
        where: CustomerFilter,
        segment: int,
        key: tuple[Any, ...] | None,
        inclusive: bool,
        limit: int,
        with_sort: bool = False,
        skip: int = 0,
    ) -> list[Any]:
        """Up to *limit* rows of one segment, from *key* on (or from its start), skipping
        *skip* index entries first; with the sort value last when *with_sort*."""
        if limit <= 0:
            return []
        params = _filter_params(where)
        clause = " AND ".join(_filters(where)) + order.segment_clause(segment)
        start = ""
        if key is not None and skip == 0:
            start = order.from_key(segment, inclusive)
            params += key
        elif skip > 0:
            # Find the row *skip* entries on with a narrow walk of the order's index, then
            # read the page from it as a keyset page.
            inner = f"SELECT {order.key(segment).strip('()')} FROM customers c WHERE {clause}"
            if key is not None:
                inner += order.from_key(segment, inclusive)
            inner += f" ORDER BY {order.order_by} LIMIT 1 OFFSET ?"
            start = f" AND {order.key(segment)} {'<=' if order.descending else '>='} ({inner})"
            params += [*_filter_params(where), *(key or ()), skip]
        columns = self._columns + (f", {order.column}" if with_sort else "")
        sql = f"{columns}{self._from} WHERE {clause}{start} ORDER BY {order.order_by} LIMIT ?"
        return conn.execute(sql, (*params, limit)).fetchall()

    def _from_start(self, order: _Order, where: CustomerFilter, limit: int) -> list[Any]:
        with self._db.query(snapshot=order.nullable) as conn:
            rows = self._read(conn, order, where, 0, None, True, limit)
            if order.nullable and len(rows) < limit:
                rows += self._read(conn, order, where, 1, None, True, limit - len(rows))
        return rows

    def _from_checkpoint(
        self,
        order: _Order,
        where: CustomerFilter,
        checkpoints: ListCheckpoints,
        offset: int,
        limit: int,
    ) -> list[Any]:
        marks = checkpoints.marks
        index = bisect.bisect_right(marks, offset, key=lambda mark: mark[0]) - 1
        position, segment, key = marks[max(index, 0)]
        rows: list[Any] = []
        with self._db.query(snapshot=order.nullable) as conn:
            rows = self._read(conn, order, where, segment, key, True, limit, skip=offset - position)
            if len(rows) < limit:
                # The page goes on into the next segment (never-contacted customers).
                following = next((m for m in marks if m[1] > segment), None)
                if following is not None:
                    rows += self._read(
                        conn, order, where, following[1], following[2], True, limit - len(rows)
                    )
        return rows

    def _from_end(self, order: _Order, where: CustomerFilter, limit: int, skip: int) -> list[Any]:
        """*limit* rows ending *skip* rows before the end, in list order."""
        if limit <= 0:
            return []
        backwards = "ASC" if order.descending else "DESC"
        clause = " AND ".join(_filters(where))
        sql = (
            f"{self._columns}{self._from} WHERE c.rowid IN (SELECT c.rowid FROM customers c "
            f"WHERE {clause} ORDER BY {order.column} {backwards}, c.id {backwards} "
            f"LIMIT ? OFFSET ?) ORDER BY {order.column} {backwards}, c.id {backwards}"
        )
        if skip == 0:
            sql = (
                f"{self._columns}{self._from} WHERE {clause} "
                f"ORDER BY {order.column} {backwards}, c.id {backwards} LIMIT ?"
            )
        with self._db.query() as conn:
            params = (*_filter_params(where), limit) + ((skip,) if skip else ())
            rows = conn.execute(sql, params).fetchall()
        rows.reverse()
        return rows

    def _by_offset(
        self, order: _Order, where: CustomerFilter, offset: int, limit: int
    ) -> list[Any]:
        # OFFSET walks only the narrow order index; the page's full rows (with their
        # phone and e-mail look-ups) are built for the page alone. OFFSET over the full
        # row select took 3 s at position 200,000 of 1M.
        clause = " AND ".join(_filters(where))
        sql = (
            f"{self._columns}{self._from} WHERE c.rowid IN (SELECT c.rowid FROM customers c "
            f"WHERE {clause} ORDER BY {order.order_by} LIMIT ? OFFSET ?) "
            f"ORDER BY {order.order_by}"
        )
        with self._db.query() as conn:
            return conn.execute(sql, (*_filter_params(where), limit, offset)).fetchall()


def _filters(where: CustomerFilter) -> list[str]:
    clauses = ["c.deleted_at IS NOT NULL" if where.trashed else "c.deleted_at IS NULL"]
    if where.stage:
        clauses.append("c.stage = ?")
    if where.tag:
        clauses.append(
            "EXISTS (SELECT 1 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
            "WHERE ct.customer_id = c.id AND t.name_key = ?)"
        )
    return clauses


def _filter_params(where: CustomerFilter) -> list[Any]:
    params: list[Any] = []
    if where.stage:
        params.append(where.stage)
    if where.tag:
        params.append(search_index.fold_tag(where.tag))
    return params


__all__ = ["CHECKPOINT_STEP", "READ_AHEAD_ROWS", "CustomerList", "ListCheckpoints"]
