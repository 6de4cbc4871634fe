"""Customer service on a real SQLite file: validation, contact points, tags, trash, the list."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from relationdesk.normalize.kana import fold, gojuon_key
from relationdesk.services.customer_data import (
    AddressInput,
    CustomerFilter,
    CustomerInput,
    EmailInput,
    PhoneInput,
    SortOrder,
)
from relationdesk.services.errors import ConcurrencyConflict, CustomerNotFound, ValidationError


def person(family: str, given: str, reading: str, **extra: object) -> CustomerInput:
    """A person's input with the given names and reading."""
    return CustomerInput(family_name=family, given_name=given, reading=reading, **extra)  # type: ignore[arg-type]


def test_create_stores_profile_normalised(app, now):
    """Phones, e-mails, postal code, reading and 和暦 birthday are stored normalised."""
    created = app.customers.create(
        person(
            "山田",
            "太郎",
            "ﾔﾏﾀﾞ ﾀﾛｳ",
            birthday="S55.7.15",
            tags=("常連", "VIP"),
            phones=(
                PhoneInput("０９０-１２３４-５６７８", "携帯"),
                PhoneInput("03(1234)5678", "自宅"),
            ),
            emails=(EmailInput("Taro@Example.COM"),),
            addresses=(AddressInput(postal_code="〒１００－０００１", prefecture="東京都"),),
        ),
        now,
    )
    got = app.customers.get(created.id)
    assert got.display_name == "山田 太郎"
    assert got.reading == "ヤマダ タロウ"
    assert got.birthday == date(1980, 7, 15)
    assert got.honorific == "様"
    assert [p.e164 for p in got.phones] == ["+819012345678", "+81312345678"]
    assert [p.display for p in got.phones] == ["090-1234-5678", "03-1234-5678"]
    assert got.phones[0].raw == "０９０-１２３４-５６７８"
    assert [p.primary for p in got.phones] == [True, False]
    assert got.emails[0].address == "Taro@example.com"
    assert got.addresses[0].postal_code == "1000001"
    assert set(got.tags) == {"常連", "VIP"}
    assert got.version == 1
    assert got.created_at == now


def test_validation_reports_every_field_at_once(app, now):
    """All field problems come back together, each with its own code."""
    with pytest.raises(ValidationError) as caught:
        app.customers.create(
            CustomerInput(
                reading="山田",
                birthday="R1.4.30",
                stage="vip",
                phones=(PhoneInput("090-1234-5678"), PhoneInput("12345")),
                emails=(EmailInput("taro@"),),
                addresses=(AddressInput(postal_code="12345"),),
            ),
            now,
        )
    assert caught.value.codes() == {
        "family_name": "required",
        "reading": "reading_not_kana",
        "stage": "invalid_choice",
        "birthday": "invalid_date",
        "phones[1].number": "invalid_phone",
        "emails[0].address": "invalid_email",
        "addresses[0].postal_code": "invalid_postal_code",
    }
    assert app.customers.count() == 0


def test_company_gets_onchu_and_person_links_to_it(app, now):
    """A company defaults to 御中; a person can belong to it, and a person cannot be a company."""
    company = app.customers.create(
        CustomerInput(kind="company", display_name="株式会社ひかり商事", reading="ヒカリショウジ"),
        now,
    )
    assert company.honorific == "御中"
    member = app.customers.create(
        person("佐藤", "花子", "サトウ ハナコ", company_id=company.id), now
    )
    assert member.company_name == "株式会社ひかり商事"
    with pytest.raises(ValidationError) as caught:
        app.customers.create(person("鈴木", "一郎", "スズキ イチロウ", company_id=member.id), now)
    assert caught.value.codes() == {"company_id": "company_not_found"}


def test_renaming_a_company_reindexes_its_people(app, now):
    """After a company is renamed, its people are found by the new company name."""
    company = app.customers.create(CustomerInput(kind="company", display_name="旧社名"), now)
    app.customers.create(person("佐藤", "花子", "サトウ ハナコ", company_id=company.id), now)
    app.customers.update(
        company.id,
        CustomerInput(kind="company", display_name="新しい社名", reading="アタラシイシャメイ"),
        now,
    )
    names = [h.name for h in app.search.search("新しい社名")]
    assert names == ["新しい社名", "佐藤 花子"]
    assert app.search.search("旧社名") == []


def test_update_keeps_contact_point_ids_and_bumps_version(app, now):
    """Editing a phone keeps its id; removing one deletes it; the version goes up."""
    created = app.customers.create(
        person(
            "山田",
            "太郎",
            "ヤマダ タロウ",
            phones=(PhoneInput("090-1111-2222"), PhoneInput("03-1234-5678")),
        ),
        now,
    )
    first = created.phones[0]
    later = now + timedelta(minutes=5)
    updated = app.customers.update(
        created.id,
        person("山田", "太郎", "ヤマダ タロウ", phones=(PhoneInput("090-9999-8888", id=first.id),)),
        later,
        expected_version=created.version,
    )
    assert [p.id for p in updated.phones] == [first.id]
    assert updated.phones[0].e164 == "+819099998888"
    assert updated.version == created.version + 1
    assert updated.updated_at == later


def test_update_with_stale_version_is_refused(app, now):
    """An editor holding an old version gets ConcurrencyConflict and nothing is written."""
    created = app.customers.create(person("山田", "太郎", "ヤマダ タロウ"), now)
    app.customers.update(created.id, person("山田", "次郎", "ヤマダ ジロウ"), now)
    with pytest.raises(ConcurrencyConflict):
        app.customers.update(
            created.id,
            person("山田", "三郎", "ヤマダ サブロウ"),
            now,
            expected_version=created.version,
        )
    assert app.customers.get(created.id).given_name == "次郎"


def test_invalid_update_changes_nothing(app, now):
    """A rejected update leaves the stored record and the search index as they were."""
    created = app.customers.create(person("山田", "太郎", "ヤマダ タロウ"), now)
    with pytest.raises(ValidationError):
        app.customers.update(
            created.id, person("田中", "", "タナカ", emails=(EmailInput("x@"),)), now
        )
    assert app.customers.get(created.id).family_name == "山田"
    assert [h.id for h in app.search.search("やまだ")] == [created.id]
    assert app.search.search("たなか") == []


def test_trash_and_restore(app, now):
    """A trashed customer leaves the list and search, shows in the trash, and comes back."""
    kept = app.customers.create(person("佐藤", "花子", "サトウ ハナコ"), now)
    gone = app.customers.create(person("山田", "太郎", "ヤマダ タロウ"), now)
    app.customers.delete(gone.id, now)
    assert [r.id for r in app.customers.list_page().rows] == [kept.id]
    assert app.search.search("山田") == []
    with pytest.raises(CustomerNotFound):
        app.customers.get(gone.id)
    assert app.customers.get(gone.id, include_trashed=True).deleted_at == now
    assert [r.id for r in app.customers.list_page(where=CustomerFilter(trashed=True)).rows] == [
        gone.id
    ]
    with pytest.raises(CustomerNotFound):
        app.customers.delete(gone.id, now)
    app.customers.restore(gone.id, now)
    assert [h.id for h in app.search.search("山田")] == [gone.id]
    assert app.customers.count() == 2


def test_unknown_customer(app, now):
    """Getting, updating, trashing or restoring an unknown id raises CustomerNotFound."""
    missing = uuid.uuid4()
    with pytest.raises(CustomerNotFound):
        app.customers.get(missing)
    with pytest.raises(CustomerNotFound):
        app.customers.update(missing, person("a", "", ""), now)
    with pytest.raises(CustomerNotFound):
        app.customers.delete(missing, now)
    with pytest.raises(CustomerNotFound):
        app.customers.restore(missing, now)


READINGS = [
    ("渡辺", "ワタナベ"),
    ("青木", "アオキ"),
    ("加藤", "カトウ"),
    ("後藤", "ゴトウ"),
    ("伊藤", "イトウ"),
    ("小林", "コバヤシ"),
    ("蒲生", "ガモウ"),
    ("近藤", "コンドウ"),
    ("木村", "キムラ"),
    ("上田", "ウエダ"),
]


def test_list_sorted_by_reading_in_gojuon_order(app, now):
    """The default order is 五十音 by reading, voiced kana next to their plain forms."""
    for family, reading in READINGS:
        app.customers.create(person(family, "", reading), now)
    rows = app.customers.list_page().rows
    assert [r.reading for r in rows] == [
        "アオキ",
        "イトウ",
        "ウエダ",
        "カトウ",
        "ガモウ",
        "キムラ",
        "ゴトウ",
        "コバヤシ",
        "コンドウ",
        "ワタナベ",
    ]


@pytest.mark.parametrize("sort", list(SortOrder))
@pytest.mark.parametrize("page_size", [1, 3, 4, 50])
def test_keyset_paging_visits_every_customer_once(app, now, sort, page_size):
    """Walking the list page by page gives the same rows as one big page, for each order."""
    for i, (family, reading) in enumerate(READINGS * 2):
        created = app.customers.create(person(family, str(i), reading), now + timedelta(seconds=i))
        if i % 3 == 0:
            app.timeline.log_interaction(created.id, "call", now - timedelta(days=i % 5), now)
    whole = [r.id for r in app.customers.list_page(sort=sort, limit=1000).rows]
    walked = []
    cursor = None
    while True:
        page = app.customers.list_page(sort=sort, after=cursor, limit=page_size)
        walked += [r.id for r in page.rows]
        if page.next is None:
            break
        cursor = page.next
    assert walked == whole
    assert len(set(walked)) == len(READINGS) * 2


def test_last_contact_order_puts_never_contacted_last(app, now):
    """Sorted by last contact: most recent first, customers never contacted at the end."""
    a = app.customers.create(person("青木", "", "アオキ"), now)
    b = app.customers.create(person("伊藤", "", "イトウ"), now)
    c = app.customers.create(person("上田", "", "ウエダ"), now)
    app.timeline.log_interaction(a.id, "call", now - timedelta(days=3), now)
    app.timeline.log_interaction(c.id, "visit", now - timedelta(days=1), now)
    rows = app.customers.list_page(sort=SortOrder.LAST_CONTACT).rows
    assert [r.id for r in rows] == [c.id, a.id, b.id]


def test_filters_by_stage_and_tag(app, now):
    """The list and its count can be restricted to a stage and to a tag (any width)."""
    app.customers.create(person("青木", "", "アオキ", stage="customer", tags=("VIP",)), now)
    app.customers.create(person("伊藤", "", "イトウ", stage="customer"), now)
    app.customers.create(person("上田", "", "ウエダ", stage="lead", tags=("VIP",)), now)
    only = CustomerFilter(stage="customer")
    assert [r.reading for r in app.customers.list_page(where=only).rows] == ["アオキ", "イトウ"]
    assert app.customers.count(only) == 2
    tagged = CustomerFilter(tag="ｖｉｐ")
    assert [r.reading for r in app.customers.list_page(where=tagged).rows] == ["アオキ", "ウエダ"]
    both = CustomerFilter(stage="lead", tag="VIP")
    assert [r.reading for r in app.customers.list_page(where=both).rows] == ["ウエダ"]
    assert app.customers.tag_names() == ["VIP"]


def test_list_row_shows_primary_phone_and_company(app, now):
    """A list row carries the display name, company and primary phone in local format."""
    company = app.customers.create(CustomerInput(kind="company", display_name="東都建設"), now)
    app.customers.create(
        person(
            "山田",
            "太郎",
            "ヤマダ タロウ",
            company_id=company.id,
            phones=(PhoneInput("03-1111-2222"), PhoneInput("090-1234-5678", primary=True)),
        ),
        now,
    )
    row = next(r for r in app.customers.list_page().rows if r.kind == "person")
    assert (row.display_name, row.company_name, row.phone) == (
        "山田 太郎",
        "東都建設",
        "090-1234-5678",
    )


def test_reading_is_stored_as_typed_and_folded_for_sorting(app, now):
    """A hiragana reading stays hiragana; half-width kana are widened; order uses the fold."""
    hira = app.customers.create(person("山田", "花子", "やまだ はなこ"), now)
    half = app.customers.create(person("青木", "誠", "ｱｵｷ ﾏｺﾄ"), now)
    assert app.customers.get(hira.id).reading == "やまだ はなこ"
    assert app.customers.get(half.id).reading == "アオキ マコト"
    assert [r.id for r in app.customers.list_page().rows] == [half.id, hira.id]


@pytest.mark.parametrize("sort", list(SortOrder))
def test_rows_at_any_position_match_the_keyset_order(app, now, sort):
    """Reading by position gives the same order as keyset paging, at every offset."""
    for i, (family, reading) in enumerate(READINGS * 2):
        created = app.customers.create(person(family, str(i), reading), now)
        if i % 4 == 0:
            app.timeline.log_interaction(created.id, "visit", now - timedelta(days=i), now)
    whole = [r.id for r in app.customers.list_page(sort=sort, limit=1000).rows]
    for total in (None, len(whole)):  # with the total, the back half is read from the end
        for offset in range(0, len(whole), 3):
            got = [r.id for r in app.customers.rows_at(offset, 3, sort=sort, total=total)]
            assert got == whole[offset : offset + 3], (offset, total)
        assert app.customers.rows_at(len(whole), 5, sort=sort, total=total) == ()
        assert [r.id for r in app.customers.rows_at(len(whole) - 2, 5, sort, None, total)] == (
            whole[-2:]
        )


def test_position_of_reading_for_the_kana_index(app, now):
    """The あかさたな index finds where each kana row starts in 五十音 order."""
    for family, reading in READINGS:
        app.customers.create(person(family, "", reading, stage="customer"), now)
    app.customers.create(person("蒲田", "", "カマタ", stage="lead"), now)
    rows = [r.reading for r in app.customers.list_page().rows]
    for kana in ("ア", "か", "ガ", "サ", "ワ", "ン"):
        position = app.customers.position_of_reading(kana)
        assert all(r < kana or r.startswith(kana) for r in rows[:0])
        first_after = next(
            (i for i, r in enumerate(rows) if gojuon_key(fold(r)) >= gojuon_key(fold(kana))),
            len(rows),
        )
        assert position == first_after, kana
    assert app.customers.position_of_reading("カ", CustomerFilter(stage="customer")) == 3


def test_birthdays_this_week_across_the_new_year_and_leap_days(app, now):
    """Birthdays in the next 7 days, soonest first, across 31 Dec and for 29 February."""
    for family, born in (
        ("大晦日", "1980-12-31"),
        ("元日", "1975-01-01"),
        ("七日", "1990-01-07"),
        ("八日", "1990-01-08"),
        ("閏", "2000-02-29"),
        ("無", None),
    ):
        app.customers.create(person(family, "", "", birthday=born), now)
    week = app.customers.birthdays(date(2026, 12, 31), days=7)
    assert [(b.name, b.next_date, b.turning) for b in week] == [
        ("大晦日", date(2026, 12, 31), 46),
        ("元日", date(2027, 1, 1), 52),
    ]
    assert [b.name for b in app.customers.birthdays(date(2027, 1, 2), days=7)] == ["七日", "八日"]
    leap = app.customers.birthdays(date(2027, 2, 27), days=3)
    assert [(b.name, b.next_date) for b in leap] == [("閏", date(2027, 2, 28))]
    assert [b.next_date for b in app.customers.birthdays(date(2028, 2, 27), 3)] == [
        date(2028, 2, 29)
    ]


def test_birthday_limit_keeps_the_soonest(app, now):
    """With more birthdays than the limit, the soonest ones are kept."""
    for n, born in enumerate(("1990-01-05", "1990-01-03", "1990-01-04", "1990-01-02")):
        app.customers.create(person(f"誕{n}", "", "", birthday=born), now)
    soonest = app.customers.birthdays(date(2027, 1, 1), days=7, limit=2)
    assert [b.next_date for b in soonest] == [date(2027, 1, 2), date(2027, 1, 3)]


def _list_of_twenty(app, now):
    """Twenty people with ties of reading, some contacted, some tagged (for every order)."""
    made = []
    for i, (family, reading) in enumerate(READINGS * 2):
        extra: dict[str, object] = {"stage": "customer" if i % 3 else "lead"}
        if i % 2:
            extra["tags"] = ("VIP",)
        created = app.customers.create(
            person(family, str(i), reading, **extra), now + timedelta(seconds=i)
        )
        if i % 4 == 0:
            app.timeline.log_interaction(created.id, "visit", now - timedelta(days=i), now)
        made.append(created.id)
    return made


LISTS = [
    *((sort, CustomerFilter()) for sort in SortOrder),
    (SortOrder.READING, CustomerFilter(stage="customer")),
    (SortOrder.LAST_CONTACT, CustomerFilter(tag="vip")),
    (SortOrder.READING, CustomerFilter(trashed=True)),
]


@pytest.mark.parametrize(("sort", "where"), LISTS)
@pytest.mark.parametrize("step", [1, 3, 7, 512])
def test_rows_at_from_checkpoints_match_the_keyset_order(app, now, sort, where, step):
    """Pages read from position checkpoints are the rows at those positions, in every order
    and filter, across the never-contacted part of the last-contact order too."""
    made = _list_of_twenty(app, now)
    for gone in made[::5]:
        app.customers.delete(gone, now)
    whole = [r.id for r in app.customers.list_page(sort=sort, limit=1000, where=where).rows]
    marks = app.customers.checkpoints(sort, where, step=step)
    assert marks.total == len(whole) == app.customers.count(where)
    assert [m[0] for m in marks.marks] == sorted({m[0] for m in marks.marks})
    for offset in range(len(whole) + 1):
        for limit in (1, 4):
            got = app.customers.rows_at(offset, limit, sort, where, None, marks)
            assert [r.id for r in got] == whole[offset : offset + limit], (offset, limit)


def test_checkpoints_of_another_list_are_not_used(app, now):
    """Checkpoints are used only for the order and filter they were taken for."""
    _list_of_twenty(app, now)
    by_name = app.customers.checkpoints(SortOrder.NAME, step=2)
    whole = [r.id for r in app.customers.list_page(limit=1000).rows]
    got = app.customers.rows_at(7, 5, SortOrder.READING, None, None, by_name)
    assert [r.id for r in got] == whole[7:12]
    assert not by_name.serves(SortOrder.READING, CustomerFilter())
    trash = app.customers.checkpoints(SortOrder.NAME, CustomerFilter(trashed=True))
    assert trash.serves(SortOrder.READING, CustomerFilter(trashed=True))


def test_checkpoint_pages_move_only_with_changes_between_checkpoint_and_page(app, now):
    """The documented behaviour under changes after the checkpoints were taken.

    A page is read from the checkpoint before it: customers added or removed between that
    checkpoint and the page move it by as many rows; changes before the checkpoint or after
    the page do not (OFFSET would move it for every change before the page). A removed
    checkpoint row is no trouble: the page starts from the next row.
    """
    _list_of_twenty(app, now)
    marks = app.customers.checkpoints(step=5)
    before = [r.id for r in app.customers.list_page(limit=1000).rows]
    # Remove the rows at positions 2 and 17: before the checkpoint at 10, after the page.
    app.customers.delete(before[2], now)
    app.customers.delete(before[17], now)
    assert [r.id for r in app.customers.rows_at(11, 3, checkpoints=marks)] == before[11:14]
    by_offset = [r.id for r in app.customers.rows_at(11, 3)]
    assert by_offset == before[12:15]  # OFFSET moved by the row removed before the page
    # Remove a row between the checkpoint (10) and the page (11): the page moves by one.
    app.customers.delete(before[10], now)
    assert [r.id for r in app.customers.rows_at(11, 3, checkpoints=marks)] == before[12:15]
    # The checkpoint's own row went away: the page still starts right after it.
    assert [r.id for r in app.customers.rows_at(10, 2, checkpoints=marks)] == before[11:13]


def test_read_ahead_answers_the_first_page_once(app, now, monkeypatch):
    """Read ahead at start-up: the first rows_at(0, n) takes the rows read in a thread;
    later calls (and other lists, longer pages) ask the database."""
    _list_of_twenty(app, now)
    service = app.customer_list
    whole = [r.id for r in service.list_page(limit=1000).rows]
    service.read_ahead(limit=10)
    asked: list[str] = []
    monkeypatch.setattr(service, "_from_start", lambda *a: asked.append("rows") or [])
    assert [r.id for r in service.rows_at(0, 5)] == whole[:5]
    assert asked == []
    assert service.rows_at(0, 5) == ()
    assert asked == ["rows"]
    service.read_ahead(limit=10)
    assert service.rows_at(0, 11) == ()  # more than was read ahead: asked again
    assert service.rows_at(0, 3, where=CustomerFilter(stage="lead")) == ()
