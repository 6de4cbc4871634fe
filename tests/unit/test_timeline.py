"""Timeline service on a real SQLite file: interactions, purchases, the feed, last contact."""

from __future__ import annotations

import itertools
import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

import relationdesk.services.timeline as timeline_module
from relationdesk.models import Interaction, InteractionKind, Purchase
from relationdesk.services.customer_data import CustomerInput, SortOrder
from relationdesk.services.errors import CustomerNotFound, EntryNotFound, ValidationError
from relationdesk.services.timeline import (
    CONTACT_KINDS,
    PurchaseLineInput,
    TimelineCursor,
    TimelineEntry,
)

JST = timezone(timedelta(hours=9))
ALL_KINDS = [str(k) for k in InteractionKind]
CONTACTS = sorted(str(k) for k in CONTACT_KINDS)
NON_CONTACTS = sorted(set(ALL_KINDS) - set(CONTACTS))


def new_customer(app, now, family="山田", given="太郎", reading="ヤマダ タロウ") -> uuid.UUID:
    """Create a person and return the id."""
    return app.customers.create(
        CustomerInput(family_name=family, given_name=given, reading=reading), now
    ).id


def last_contact(app, customer_id):
    """The customer's stored last contact time."""
    return app.customers.get(customer_id).last_contact_at


def count_rows(app, table: str) -> int:
    """How many rows a table holds, deleted or not."""
    with app.db.read() as uow:
        return int(uow.connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar())


def walk(app, customer_id, page_size):
    """Page through the whole feed; return the entries in order and the number of pages."""
    entries: list[TimelineEntry] = []
    cursor = None
    pages = 0
    while True:
        page = app.timeline.feed(customer_id, before=cursor, limit=page_size)
        pages += 1
        assert len(page.entries) <= page_size
        entries.extend(page.entries)
        if page.next is None:
            return entries, pages
        assert page.next == TimelineCursor(page.entries[-1].at, page.entries[-1].id)
        cursor = page.next
        assert pages < 200, "feed paging does not terminate"


# -- log_interaction -----------------------------------------------------------------


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_log_interaction_stores_each_kind(app, now, kind):
    """Every interaction kind is stored and the returned entry equals what the feed shows."""
    cid = new_customer(app, now)
    at = now - timedelta(days=1)
    entry = app.timeline.log_interaction(
        cid,
        kind,
        at,
        now,
        subject="  ご来店のお礼  ",
        body="本文\n二行目",
        outcome=" 好感触 ",
        direction="outbound",
    )
    assert isinstance(entry, TimelineEntry)
    assert isinstance(entry.id, uuid.UUID)
    assert (entry.kind, entry.at, entry.subject, entry.outcome) == (
        kind,
        at,
        "ご来店のお礼",
        "好感触",
    )
    assert (entry.body, entry.direction, entry.amount_minor, entry.currency) == (
        "本文\n二行目",
        "outbound",
        None,
        "",
    )
    page = app.timeline.feed(cid)
    assert page.entries == (entry,)
    assert page.next is None


def test_log_interaction_keeps_the_instant_of_an_aware_local_time(app, now):
    """A JST occurred_at is stored as the same instant and read back in UTC."""
    cid = new_customer(app, now)
    at = datetime(2026, 11, 20, 9, 30, tzinfo=JST)
    app.timeline.log_interaction(cid, "call", at, now)
    stored = app.timeline.feed(cid).entries[0].at
    assert stored == at
    assert stored.utcoffset() == timedelta(0)
    assert last_contact(app, cid) == at


def test_log_interaction_rejects_bad_kind_and_direction_at_once(app, now):
    """An unknown kind and an unknown direction are both reported, and nothing is stored."""
    cid = new_customer(app, now)
    with pytest.raises(ValidationError) as caught:
        app.timeline.log_interaction(cid, "fax", now, now, direction="sideways")
    assert caught.value.codes() == {"kind": "invalid_choice", "direction": "invalid_choice"}
    assert {e.value for e in caught.value.errors} == {"fax", "sideways"}
    assert app.timeline.feed(cid).entries == ()
    assert count_rows(app, "interactions") == 0


def test_log_interaction_rejects_too_long_subject(app, now):
    """A subject longer than 300 characters is reported with its limit."""
    cid = new_customer(app, now)
    with pytest.raises(ValidationError) as caught:
        app.timeline.log_interaction(cid, "call", now, now, subject="あ" * 301)
    assert caught.value.codes() == {"subject": "too_long"}
    assert caught.value.errors[0].params == (("max", "300"),)
    app.timeline.log_interaction(cid, "call", now, now, subject="あ" * 300)
    assert len(app.timeline.feed(cid).entries[0].subject) == 300


def test_log_interaction_unknown_customer_raises(app, now):
    """Logging for an id that is no customer raises CustomerNotFound."""
    missing = uuid.uuid4()
    with pytest.raises(CustomerNotFound) as caught:
        app.timeline.log_interaction(missing, "call", now, now)
    assert caught.value.record_id == missing
    assert count_rows(app, "interactions") == 0


def test_trashed_customer_gets_no_new_history(app, now):
    """A customer in the trash takes neither interactions nor purchases."""
    cid = new_customer(app, now)
    app.customers.delete(cid, now)
    with pytest.raises(CustomerNotFound):
        app.timeline.log_interaction(cid, "visit", now, now)
    with pytest.raises(CustomerNotFound):
        app.timeline.record_purchase(cid, now, [PurchaseLineInput("シャンプー", 1980)], now)
    assert count_rows(app, "interactions") == 0
    assert count_rows(app, "purchases") == 0


# -- last contact --------------------------------------------------------------------


@pytest.mark.parametrize("kind", CONTACTS)
def test_contact_kind_moves_last_contact_forward_only(app, now, kind):
    """A contact kind sets last contact to the newest occurred_at; an older one does not undo it."""
    cid = new_customer(app, now)
    assert last_contact(app, cid) is None
    t1 = now - timedelta(days=10)
    app.timeline.log_interaction(cid, kind, t1, now)
    assert last_contact(app, cid) == t1
    app.timeline.log_interaction(cid, kind, t1 - timedelta(days=3), now)
    assert last_contact(app, cid) == t1
    t2 = now - timedelta(days=2)
    app.timeline.log_interaction(cid, kind, t2, now)
    assert last_contact(app, cid) == t2


@pytest.mark.parametrize("kind", NON_CONTACTS)
def test_note_and_feedback_do_not_touch_last_contact(app, now, kind):
    """A note or a feedback, however recent, leaves last contact as it was."""
    cid = new_customer(app, now)
    app.timeline.log_interaction(cid, kind, now - timedelta(days=1), now)
    assert last_contact(app, cid) is None
    t1 = now - timedelta(days=5)
    app.timeline.log_interaction(cid, "call", t1, now)
    app.timeline.log_interaction(cid, kind, now, now)
    assert last_contact(app, cid) == t1


def test_purchase_moves_last_contact(app, now):
    """A purchase counts as a contact: newer moves it, older leaves it."""
    cid = new_customer(app, now)
    t1 = now - timedelta(days=7)
    app.timeline.log_interaction(cid, "call", t1, now)
    t2 = now - timedelta(days=1)
    app.timeline.record_purchase(cid, t2, [PurchaseLineInput("化粧水", 3300)], now)
    assert last_contact(app, cid) == t2
    app.timeline.record_purchase(cid, t1 - timedelta(days=1), [PurchaseLineInput("乳液", 1)], now)
    assert last_contact(app, cid) == t2


def test_last_contact_orders_the_customer_list(app, now):
    """The LAST_CONTACT list puts the most recent contact first and never-contacted last."""
    never = new_customer(app, now, "佐藤", "花子", "サトウ ハナコ")
    old = new_customer(app, now, "鈴木", "一郎", "スズキ イチロウ")
    recent = new_customer(app, now, "高橋", "次郎", "タカハシ ジロウ")
    noted = new_customer(app, now, "田中", "三郎", "タナカ サブロウ")
    app.timeline.log_interaction(old, "visit", now - timedelta(days=30), now)
    app.timeline.record_purchase(recent, now - timedelta(days=1), [PurchaseLineInput("x", 1)], now)
    app.timeline.log_interaction(noted, "note", now, now)
    rows = app.customers.list_page(sort=SortOrder.LAST_CONTACT).rows
    ids = [r.id for r in rows]
    assert ids[:2] == [recent, old]
    assert set(ids[2:]) == {never, noted}
    assert rows[0].last_contact_at == now - timedelta(days=1)
    assert rows[2].last_contact_at is None and rows[3].last_contact_at is None


# -- record_purchase -----------------------------------------------------------------


def test_record_purchase_totals_in_integer_yen(app, now):
    """The total is the sum of quantity times unit price, an int, in JPY by default."""
    cid = new_customer(app, now)
    at = now - timedelta(hours=3)
    lines = [
        PurchaseLineInput(" シャンプー ", 1980, 2),
        PurchaseLineInput("トリートメント", 2500),
        PurchaseLineInput("試供品", 0, 3),
    ]
    entry = app.timeline.record_purchase(cid, at, lines, now, note="ポイント利用")
    assert entry.kind == "purchase"
    assert entry.amount_minor == 1980 * 2 + 2500
    assert type(entry.amount_minor) is int
    assert entry.currency == "JPY"
    assert entry.subject == "シャンプー、トリートメント、試供品"
    assert (entry.at, entry.body, entry.outcome, entry.direction) == (
        at,
        "ポイント利用",
        "",
        "none",
    )
    fed = app.timeline.feed(cid).entries
    assert fed == (entry,)
    assert type(fed[0].amount_minor) is int


def test_record_purchase_large_total_stays_exact(app, now):
    """Big yen amounts are summed exactly (no floats)."""
    cid = new_customer(app, now)
    entry = app.timeline.record_purchase(
        cid, now, [PurchaseLineInput("振袖", 1_234_567_891, 7), PurchaseLineInput("帯", 1)], now
    )
    assert entry.amount_minor == 8_641_975_238
    assert app.timeline.feed(cid).entries[0].amount_minor == 8_641_975_238


def test_record_purchase_currency_is_upper_cased(app, now):
    """A lower-case ISO code is accepted and stored upper-case."""
    cid = new_customer(app, now)
    entry = app.timeline.record_purchase(
        cid, now, [PurchaseLineInput("Wine", 2599)], now, currency="usd"
    )
    assert entry.currency == "USD"
    assert app.timeline.feed(cid).entries[0].currency == "USD"


def test_record_purchase_reports_every_problem_at_once(app, now):
    """Blank product, zero and negative quantity, negative price and bad currency all come back."""
    cid = new_customer(app, now)
    lines = [
        PurchaseLineInput("   ", 100, 0),
        PurchaseLineInput("ハンドクリーム", 800, -2),
        PurchaseLineInput("割引", -500),
        PurchaseLineInput("正常な行", 100),
    ]
    with pytest.raises(ValidationError) as caught:
        app.timeline.record_purchase(cid, now, lines, now, currency="J1Y")
    assert caught.value.codes() == {
        "lines[0].product": "required",
        "lines[0].quantity": "must_be_positive",
        "lines[1].quantity": "must_be_positive",
        "lines[2].unit_price_minor": "must_not_be_negative",
        "currency": "invalid_choice",
    }
    assert count_rows(app, "purchases") == 0
    assert count_rows(app, "purchase_lines") == 0
    assert last_contact(app, cid) is None


def test_record_purchase_without_lines_is_rejected(app, now):
    """A purchase needs at least one line; the currency problem is reported alongside."""
    cid = new_customer(app, now)
    with pytest.raises(ValidationError) as caught:
        app.timeline.record_purchase(cid, now, [], now, currency="YEN!")
    assert caught.value.codes() == {"lines": "required", "currency": "invalid_choice"}


@pytest.mark.parametrize("currency", ["", "JP", "JPYY", "1PY", "J Y"])
def test_record_purchase_rejects_malformed_currency(app, now, currency):
    """Anything but three letters is not a currency code."""
    cid = new_customer(app, now)
    with pytest.raises(ValidationError) as caught:
        app.timeline.record_purchase(cid, now, [PurchaseLineInput("x", 1)], now, currency=currency)
    assert caught.value.codes() == {"currency": "invalid_choice"}


def test_record_purchase_rejects_kanji_currency(app, now):
    """A currency written in kanji is not an ISO 4217 code and must be rejected."""
    cid = new_customer(app, now)
    with pytest.raises(ValidationError):
        app.timeline.record_purchase(cid, now, [PurchaseLineInput("x", 1)], now, currency="日本円")


def test_record_purchase_full_width_currency_is_not_stored_full_width(app, now):
    """Full-width letters are either normalised to ASCII 'JPY' or rejected, never stored as is."""
    cid = new_customer(app, now)
    try:
        entry = app.timeline.record_purchase(
            cid, now, [PurchaseLineInput("x", 1)], now, currency="ｊｐｙ"
        )
    except ValidationError:
        return
    assert entry.currency == "JPY"


# -- feed ----------------------------------------------------------------------------


def test_feed_merges_interactions_and_purchases_newest_first(app, now):
    """Interactions and purchases come back in one list, newest first."""
    cid = new_customer(app, now)
    call = app.timeline.log_interaction(cid, "call", now - timedelta(days=3), now, subject="電話")
    buy = app.timeline.record_purchase(
        cid, now - timedelta(days=2), [PurchaseLineInput("A", 100), PurchaseLineInput("B", 50)], now
    )
    note = app.timeline.log_interaction(cid, "note", now - timedelta(days=1), now, subject="メモ")
    old_buy = app.timeline.record_purchase(
        cid, now - timedelta(days=4), [PurchaseLineInput("C", 10, 3)], now, currency="USD"
    )
    page = app.timeline.feed(cid)
    assert [e.id for e in page.entries] == [note.id, buy.id, call.id, old_buy.id]
    assert [e.kind for e in page.entries] == ["note", "purchase", "call", "purchase"]
    purchase = page.entries[1]
    assert (purchase.subject, purchase.amount_minor, purchase.currency) == ("A、B", 150, "JPY")
    assert (page.entries[3].subject, page.entries[3].amount_minor) == ("C", 30)
    assert page.entries[3].currency == "USD"
    assert page.entries[0].amount_minor is None and page.entries[0].currency == ""
    assert page.next is None


def test_feed_purchase_subject_follows_line_order(app, now):
    """The purchase subject joins product names in the order the lines were given."""
    cid = new_customer(app, now)
    names = ["ん", "あ", "Zebra", "apple", "中", "ア"]
    app.timeline.record_purchase(cid, now, [PurchaseLineInput(n, 1) for n in names], now)
    assert app.timeline.feed(cid).entries[0].subject == "、".join(names)


def test_feed_of_customer_without_history_is_empty(app, now):
    """No history: an empty page and no cursor."""
    cid = new_customer(app, now)
    page = app.timeline.feed(cid)
    assert page.entries == ()
    assert page.next is None


@pytest.fixture
def busy(app, now):
    """A customer with 25 entries (many sharing a timestamp) and a neighbour with 10 of their own.

    Returns (customer id, the expected feed ids newest first, the neighbour's ids).
    """
    cid = new_customer(app, now)
    other = new_customer(app, now, "佐藤", "花子", "サトウ ハナコ")
    base = now - timedelta(days=30)
    made: list[TimelineEntry] = []
    for i in range(25):
        # Groups of up to 4 entries share one instant; kinds and purchases interleave.
        at = base + timedelta(hours=(i * 5) % 7)
        if i % 3 == 0:
            made.append(
                app.timeline.record_purchase(cid, at, [PurchaseLineInput(f"品{i}", 100 + i)], now)
            )
        else:
            made.append(app.timeline.log_interaction(cid, ALL_KINDS[i % 8], at, now))
    theirs = set()
    for i in range(10):
        at = base + timedelta(hours=i % 9)
        if i % 2:
            theirs.add(app.timeline.log_interaction(other, "call", at, now).id)
        else:
            theirs.add(
                app.timeline.record_purchase(other, at, [PurchaseLineInput("他", 1)], now).id
            )
    expected = [e.id for e in sorted(made, key=lambda e: (e.at, e.id), reverse=True)]
    return cid, expected, theirs


def test_busy_fixture_really_has_shared_timestamps(app, busy):
    """Sanity check of the data set: 7 instants, each shared by 3+ entries of mixed types."""
    cid, expected, _ = busy
    entries = app.timeline.feed(cid, limit=100).entries
    by_time: dict[datetime, list[str]] = {}
    for e in entries:
        by_time.setdefault(e.at, []).append(e.kind)
    assert len(entries) == len(expected) == 25
    assert len(by_time) == 7
    assert min(len(v) for v in by_time.values()) >= 3
    assert all("purchase" in v and len(set(v)) > 1 for v in by_time.values())


@pytest.mark.parametrize("page_size", [1, 2, 3, 5, 7, 24, 25, 26, 100])
def test_feed_paging_walks_every_entry_once_in_order(app, busy, page_size):
    """Following the cursor yields each entry exactly once, strictly descending by (at, id)."""
    cid, expected, theirs = busy
    entries, pages = walk(app, cid, page_size)
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    assert ids == expected
    keys = [(e.at, e.id) for e in entries]
    assert all(a > b for a, b in itertools.pairwise(keys))
    assert not theirs & set(ids)
    full, rest = divmod(25, page_size)
    assert pages == full + 1  # the last page is short (or empty when the size divides 25)
    if rest == 0:
        tail = app.timeline.feed(cid, before=TimelineCursor(entries[-1].at, entries[-1].id))
        assert (tail.entries, tail.next) == ((), None)


def test_feed_cursor_inside_a_group_of_equal_times(app, now):
    """Entries sharing one instant are split across pages by id without loss or repetition."""
    cid = new_customer(app, now)
    at = now - timedelta(days=1)
    made = [app.timeline.log_interaction(cid, "call", at, now).id for _ in range(4)]
    made += [
        app.timeline.record_purchase(cid, at, [PurchaseLineInput("同時", 1)], now).id
        for _ in range(3)
    ]
    entries, _ = walk(app, cid, 2)
    assert [e.id for e in entries] == sorted(made, reverse=True)
    assert {e.at for e in entries} == {at}


def test_feed_never_shows_another_customers_entries(app, now):
    """Each customer's feed holds only their own interactions and purchases."""
    a = new_customer(app, now)
    b = new_customer(app, now, "佐藤", "花子", "サトウ ハナコ")
    mine = {
        app.timeline.log_interaction(a, "call", now, now).id,
        app.timeline.record_purchase(a, now, [PurchaseLineInput("A", 1)], now).id,
    }
    theirs = {
        app.timeline.log_interaction(b, "visit", now, now).id,
        app.timeline.record_purchase(b, now, [PurchaseLineInput("B", 1)], now).id,
    }
    assert {e.id for e in app.timeline.feed(a).entries} == mine
    assert {e.id for e in app.timeline.feed(b).entries} == theirs
    assert app.timeline.feed(uuid.uuid4()).entries == ()


# -- delete / restore ----------------------------------------------------------------


def test_delete_newest_call_moves_last_contact_back_and_restore_returns_it(app, now):
    """Trashing the newest call hides it and moves last contact back; restoring undoes both."""
    cid = new_customer(app, now)
    t1, t2 = now - timedelta(days=5), now - timedelta(days=1)
    first = app.timeline.log_interaction(cid, "call", t1, now)
    newest = app.timeline.log_interaction(cid, "call", t2, now)
    app.timeline.log_interaction(cid, "note", now, now)
    assert last_contact(app, cid) == t2

    app.timeline.delete_entry(newest.id, now)
    ids = [e.id for e in app.timeline.feed(cid).entries]
    assert newest.id not in ids and first.id in ids
    assert last_contact(app, cid) == t1

    app.timeline.restore_entry(newest.id, now)
    assert newest.id in [e.id for e in app.timeline.feed(cid).entries]
    assert last_contact(app, cid) == t2


def test_delete_last_contact_entry_clears_last_contact(app, now):
    """With its only contact trashed (a note left over), the customer has no last contact."""
    cid = new_customer(app, now)
    call = app.timeline.log_interaction(cid, "call", now - timedelta(days=2), now)
    app.timeline.log_interaction(cid, "feedback", now - timedelta(days=1), now)
    app.timeline.delete_entry(call.id, now)
    assert last_contact(app, cid) is None
    assert [e.kind for e in app.timeline.feed(cid).entries] == ["feedback"]


def test_delete_and_restore_purchase(app, now):
    """A purchase can be trashed and restored; last contact follows it."""
    cid = new_customer(app, now)
    t1, t2 = now - timedelta(days=9), now - timedelta(days=3)
    app.timeline.log_interaction(cid, "email", t1, now)
    buy = app.timeline.record_purchase(cid, t2, [PurchaseLineInput("石鹸", 500)], now)
    app.timeline.delete_entry(buy.id, now)
    assert [e.kind for e in app.timeline.feed(cid).entries] == ["email"]
    assert last_contact(app, cid) == t1
    app.timeline.restore_entry(buy.id, now)
    assert app.timeline.feed(cid).entries[0] == buy
    assert last_contact(app, cid) == t2


def test_deleted_entries_do_not_break_paging(app, now):
    """Trashed entries are skipped by every page and the cursor still walks the rest."""
    cid = new_customer(app, now)
    made = [
        app.timeline.log_interaction(cid, "call", now - timedelta(hours=i % 3), now)
        for i in range(9)
    ]
    for e in made[::2]:
        app.timeline.delete_entry(e.id, now)
    kept = sorted((e for e in made[1::2]), key=lambda e: (e.at, e.id), reverse=True)
    entries, _ = walk(app, cid, 2)
    assert [e.id for e in entries] == [e.id for e in kept]


def test_delete_or_restore_unknown_entry_raises(app, now):
    """An id that is neither an interaction nor a purchase raises EntryNotFound."""
    missing = uuid.uuid4()
    with pytest.raises(EntryNotFound) as caught:
        app.timeline.delete_entry(missing, now)
    assert caught.value.record_id == missing
    with pytest.raises(EntryNotFound):
        app.timeline.restore_entry(missing, now)


# -- atomicity -----------------------------------------------------------------------


def _explode_after_flush(monkeypatch, seen):
    """Patch _touch to run, flush the pending insert, note the row counts, then raise."""
    original = timeline_module._touch

    def exploding(session, customer, at):
        original(session, customer, at)
        session.flush()
        seen.append(
            (
                session.execute(select(func.count()).select_from(Interaction)).scalar(),
                session.execute(select(func.count()).select_from(Purchase)).scalar(),
            )
        )
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(timeline_module, "_touch", exploding)


def test_failed_interaction_write_leaves_nothing(app, now, monkeypatch):
    """If the unit of work fails after the insert was flushed, neither row nor last contact stay."""
    cid = new_customer(app, now)
    t1 = now - timedelta(days=3)
    app.timeline.log_interaction(cid, "call", t1, now)
    before = app.timeline.feed(cid).entries
    seen: list[tuple[int, int]] = []
    _explode_after_flush(monkeypatch, seen)
    with pytest.raises(RuntimeError, match="disk on fire"):
        app.timeline.log_interaction(cid, "visit", now - timedelta(hours=1), now)
    assert seen == [(2, 0)]  # the row really was written inside the transaction
    assert app.timeline.feed(cid).entries == before
    assert last_contact(app, cid) == t1
    assert count_rows(app, "interactions") == 1


def test_failed_purchase_write_leaves_nothing(app, now, monkeypatch):
    """A purchase that fails mid-way leaves no purchase, no lines and last contact unchanged."""
    cid = new_customer(app, now)
    seen: list[tuple[int, int]] = []
    _explode_after_flush(monkeypatch, seen)
    with pytest.raises(RuntimeError):
        app.timeline.record_purchase(
            cid, now, [PurchaseLineInput("A", 1), PurchaseLineInput("B", 2)], now
        )
    assert seen == [(0, 1)]
    assert app.timeline.feed(cid).entries == ()
    assert last_contact(app, cid) is None
    assert count_rows(app, "purchases") == 0
    assert count_rows(app, "purchase_lines") == 0


def test_failed_delete_leaves_entry_and_last_contact(app, now, monkeypatch):
    """If recomputing last contact fails, the entry is not trashed."""
    cid = new_customer(app, now)
    t1 = now - timedelta(days=2)
    call = app.timeline.log_interaction(cid, "call", t1, now)
    original = timeline_module._recompute_last_contact

    def exploding(session, customer_id):
        original(session, customer_id)
        session.flush()
        raise RuntimeError("boom")

    monkeypatch.setattr(timeline_module, "_recompute_last_contact", exploding)
    with pytest.raises(RuntimeError):
        app.timeline.delete_entry(call.id, now)
    assert app.timeline.feed(cid).entries == (call,)
    assert last_contact(app, cid) == t1


def test_entry_times_are_utc(app, now):
    """Feed times are aware UTC datetimes."""
    cid = new_customer(app, now)
    app.timeline.log_interaction(cid, "call", now, now)
    app.timeline.record_purchase(cid, now, [PurchaseLineInput("x", 1)], now)
    assert all(
        e.at.tzinfo is not None and e.at.utcoffset() == timedelta(0)
        for e in app.timeline.feed(cid).entries
    )
    assert all(e.at == now.astimezone(UTC) for e in app.timeline.feed(cid).entries)


def test_usual_interval_and_lapsed_customers(app, now):
    """Contacts set the usual interval; past last contact + interval a customer has lapsed."""
    from relationdesk.services.timeline import follow_up_at

    regular = new_customer(app, now)
    for days_ago in (90, 60, 30):
        app.timeline.log_interaction(regular, "visit", now - timedelta(days=days_ago), now)
    with app.db.read() as uow:
        (count,) = uow.connection.exec_driver_sql(
            "SELECT contact_count FROM customers WHERE id = ?", (regular.bytes,)
        ).one()
    assert count == 3
    # every 30 days, last seen 30 days ago: due now, lapsed a moment later
    assert [c.id for c in app.customers.lapsed(now + timedelta(seconds=1))] == [regular]
    assert app.customers.lapsed(now - timedelta(days=1)) == []
    lapsed = app.customers.lapsed(now + timedelta(days=1))[0]
    assert lapsed.follow_up_at == now and lapsed.last_contact_at == now - timedelta(days=30)
    assert app.customers.get(regular).version == 1  # derived data: no version bump
    entries = app.timeline.feed(regular).entries
    app.timeline.delete_entry(entries[0].id, now)  # the newest visit goes to the trash
    assert app.customers.lapsed(now - timedelta(days=25))[0].follow_up_at == (
        now - timedelta(days=30)
    )
    assert follow_up_at(now, now, 1) is None
    assert follow_up_at(now, now + timedelta(hours=1), 2) == now + timedelta(hours=1, days=1)
