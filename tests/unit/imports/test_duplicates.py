"""The duplicate finder (pairs by the import's rule, paged) and the undoable manual merge."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date, timedelta

import pytest

from relationdesk.exporting.formats import ExportFormat
from relationdesk.exporting.options import ExportOptions
from relationdesk.services.customer_data import (
    AddressInput,
    CustomerInput,
    EmailInput,
    PhoneInput,
)
from relationdesk.services.duplicate_rules import Confidence, MatchRule
from relationdesk.services.duplicates import MergeSide
from relationdesk.services.errors import (
    CustomerNotFound,
    UndoRefused,
    ValidationError,
)
from relationdesk.services.timeline import PurchaseLineInput
from tests.unit.imports.helpers import count


def person(family, given, reading="", **kw):
    """A person's input."""
    return CustomerInput(family_name=family, given_name=given, reading=reading, **kw)


@pytest.fixture
def people(app, now):
    """Pairs of each kind, a LOW pair, a trashed twin and a loner."""
    make = lambda data: app.customers.create(data, now).id  # noqa: E731
    ids = {
        "a": make(person("山田", "太郎", emails=(EmailInput("t@example.jp"),))),
        "b": make(person("山田", "太郎", "ヤマダ タロウ", emails=(EmailInput("t@example.jp"),))),
        "c": make(person("佐藤", "花子", phones=(PhoneInput("03-1234-5678"),))),
        "d": make(person("佐藤", "花子", phones=(PhoneInput("03(1234)5678"),))),
        "e": make(person("鈴木", "一郎", "スズキ イチロウ", birthday=date(1980, 1, 2))),
        "f": make(person("鈴木", "一郎", "すずき いちろう", birthday=date(1980, 1, 2))),
        "g": make(person("田中", "実", "タナカ ミノル")),
        "h": make(person("田中", "実", "タナカ ミノル", birthday=date(1990, 5, 5))),
        "i": make(person("山本", "花子", phones=(PhoneInput("06-6123-4567"),))),
        "j": make(person("山本", "次郎", phones=(PhoneInput("06-6123-4567"),))),
        "k": make(person("山田", "太郎", emails=(EmailInput("t@example.jp"),))),
        "z": make(person("一人", "だけ")),
    }
    app.customers.delete(ids["k"], now)
    return ids


def pairs_of(page):
    """(first, second, main rule, confidence) of each pair."""
    return [(p.first.id, p.second.id, p.rules[0], p.confidence) for p in page.pairs]


def test_finder_lists_each_likely_pair_once_under_its_strongest_rule(app, people):
    """E-mail pairs, then phone pairs, then name pairs; LOW ones only on request; the
    trashed twin and the loner are never listed."""
    p = people
    page = app.duplicates.find()
    assert page.next is None
    assert pairs_of(page) == [
        (p["a"], p["b"], MatchRule.EMAIL, Confidence.HIGH),
        (p["c"], p["d"], MatchRule.PHONE, Confidence.HIGH),
        # name groups in the order of their folded names: 田中 (U+7530) before 鈴木
        (p["g"], p["h"], MatchRule.NAME_READING, Confidence.MEDIUM),
        (p["e"], p["f"], MatchRule.NAME_READING, Confidence.HIGH),
    ]
    first = page.pairs[0]
    assert first.first.display_name == "山田 太郎" and first.first.email == "t@example.jp"
    assert page.pairs[1].first.phone == "03-1234-5678"
    everything = app.duplicates.find(min_confidence=Confidence.LOW)
    assert (p["i"], p["j"], MatchRule.PHONE, Confidence.LOW) in pairs_of(everything)
    assert not any(p["k"] in pair[:2] or p["z"] in pair[:2] for pair in pairs_of(everything))


def test_finder_pages_follow_the_cursor_without_repeats(app, people):
    """Page by page (even one pair a page, or one group a call) gives the same pairs."""
    whole = pairs_of(app.duplicates.find(min_confidence=Confidence.LOW, limit=100))
    for limit, groups in ((1, 2000), (2, 1), (3, 2000)):
        seen, cursor = [], None
        for _ in range(50):
            page = app.duplicates.find(
                cursor, limit=limit, min_confidence=Confidence.LOW, max_groups=groups
            )
            assert len(page.pairs) <= limit
            seen += pairs_of(page)
            cursor = page.next
            if cursor is None:
                break
        assert seen == whole


def export_rows(app, path):
    """The CSV export's rows without the Updated column (see test_import_undo.export)."""
    app.exports.export(path, ExportFormat.CSV, options=ExportOptions(language="en"))
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    for row in rows:
        del row["Updated"]
    return rows


def test_merge_moves_the_timeline_and_undo_takes_it_back(app, now, tmp_path):
    """Field by field, the union of contact points and tags, the other's whole history on
    the kept customer, the other in the trash; undo: everything as before."""
    keep = app.customers.create(
        person(
            "山田",
            "太郎",
            emails=(EmailInput("t@example.jp"),),
            note="",
            tags=("常連",),
            phones=(PhoneInput("03-1111-2222"),),
        ),
        now,
    )
    other = app.customers.create(
        person(
            "山田",
            "太郎",
            "ヤマダ タロウ",
            emails=(EmailInput("T@example.jp"),),
            note="紹介で来店",
            tags=("VIP",),
            phones=(PhoneInput("090-1234-5678"),),
            addresses=(AddressInput(postal_code="100-0001", prefecture="東京都"),),
            birthday=date(1980, 1, 2),
        ),
        now,
    )
    later = now + timedelta(hours=1)
    app.timeline.log_interaction(other.id, "call", later, later, subject="問い合わせ")
    app.timeline.record_purchase(other.id, later, [PurchaseLineInput("カット", 5000)], later)
    app.reminders.create("電話する", later, later, customer_id=other.id)
    app.customers.update(
        other.id,
        person(
            "山田",
            "太郎",
            "ヤマダ タロウ",
            emails=(EmailInput("T@example.jp"),),
            note="紹介で来店",
            tags=("VIP",),
            phones=(PhoneInput("090-1234-5678"),),
            addresses=(AddressInput(postal_code="100-0001", prefecture="東京都"),),
            birthday=date(1980, 1, 2),
            stage="customer",
        ),
        later,
    )
    before = export_rows(app, tmp_path / "before.csv")
    feed_before = [e.id for e in app.timeline.feed(other.id).entries]
    assert len(feed_before) == 4  # call, purchase, reminder, stage change

    result = app.duplicates.merge(
        keep.id, other.id, later, {"stage": MergeSide.OTHER, "family_name": MergeSide.KEEP}
    )
    merged = app.customers.get(keep.id)
    assert merged.reading == "ヤマダ タロウ" and merged.birthday == date(1980, 1, 2)
    assert merged.note == "紹介で来店" and merged.stage == "customer"
    assert [p.e164 for p in merged.phones] == ["+81311112222", "+819012345678"]
    assert [e.address for e in merged.emails] == ["t@example.jp"]  # same address, other case
    assert merged.addresses[0].postal_code == "1000001"
    assert sorted(merged.tags) == ["VIP", "常連"]
    assert {e.id for e in app.timeline.feed(keep.id).entries} >= set(feed_before)
    assert app.timeline.feed(other.id).entries == ()
    assert app.customers.get(other.id, include_trashed=True).deleted_at is not None
    assert [h.id for h in app.search.search("09012345678")] == [keep.id]
    assert app.customers.get(keep.id).last_contact_at == later
    history = app.imports.batches()
    assert history[0].id == result.batch_id and history[0].kind == "merge"
    assert app.maintenance.check().healthy

    app.duplicates.undo(result.batch_id, later + timedelta(minutes=1))
    assert export_rows(app, tmp_path / "after.csv") == before
    assert [e.id for e in app.timeline.feed(other.id).entries] == feed_before
    # the kept customer's own log shows the merge's stage change and the undo's, no more
    assert {e.kind for e in app.timeline.feed(keep.id).entries} == {"stage"}
    assert app.customers.get(keep.id).last_contact_at is None
    assert app.customers.get(other.id).last_contact_at == later
    assert [h.id for h in app.search.search("09012345678")] == [other.id]
    assert app.maintenance.check().healthy


def test_merging_companies_moves_their_people(app, now):
    """A company merged into another takes its people along, and they are found by the
    kept company's name; undo sends them back."""
    kept = app.customers.create(CustomerInput(kind="company", display_name="山田商事"), now)
    old = app.customers.create(CustomerInput(kind="company", display_name="ヤマダ商事"), now)
    member = app.customers.create(person("社員", "一号", company_id=old.id), now)
    result = app.duplicates.merge(kept.id, old.id, now)
    assert app.customers.get(member.id).company_id == kept.id
    assert member.id in {h.id for h in app.search.search("山田商事")}
    app.duplicates.undo(result.batch_id, now)
    assert app.customers.get(member.id).company_id == old.id
    assert member.id not in {h.id for h in app.search.search("山田商事")}


def test_merge_refuses_what_cannot_be_merged(app, now):
    """The same customer twice, a person and a company, an unknown field: ValidationError;
    an unknown customer: CustomerNotFound. Nothing is written."""
    a = app.customers.create(person("山田", "太郎"), now).id
    b = app.customers.create(CustomerInput(kind="company", display_name="山田"), now).id
    with pytest.raises(ValidationError):
        app.duplicates.merge(a, a, now)
    with pytest.raises(ValidationError) as caught:
        app.duplicates.merge(a, b, now)
    assert caught.value.codes() == {"kind": "kinds_differ"}
    with pytest.raises(ValidationError):
        app.duplicates.merge(a, b, now, {"shoe_size": MergeSide.OTHER})
    with pytest.raises(CustomerNotFound):
        app.duplicates.merge(a, uuid.uuid4(), now)
    assert count(app, "import_batches") == 0


def test_merge_undo_refuses_after_the_kept_customer_was_edited(app, now):
    """An edit of the kept customer after the merge stops its undo."""
    a = app.customers.create(person("山田", "太郎"), now)
    b = app.customers.create(person("山田", "太郎"), now)
    result = app.duplicates.merge(a.id, b.id, now)
    current = app.customers.get(a.id)
    app.customers.update(a.id, person("山田", "太郎", note="編集"), now, current.version)
    with pytest.raises(UndoRefused):
        app.duplicates.undo(result.batch_id, now)
