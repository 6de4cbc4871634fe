"""Mapped records turned into CustomerInput with warnings and errors (importing.values)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relationdesk.importing.fields import Field, FieldValue, MappedRecord
from relationdesk.importing.problems import Problem, RowCode, Severity
from relationdesk.importing.values import ValueCode, convert_record, split_name
from relationdesk.services.customer_validation import check_customer

F = Field


def record(*values: tuple[Field, object] | FieldValue, line: int = 5) -> MappedRecord:
    """A record at *line* from (field, value) pairs; the column is named after the field."""
    items = [
        v if isinstance(v, FieldValue) else FieldValue(v[0], v[1], f"col:{v[0].value}")  # type: ignore[arg-type]
        for v in values
    ]
    return MappedRecord(line, tuple(items))


def codes(conversion: object) -> list[tuple[str, str, str]]:
    """(column, code, value) of every problem."""
    return [(p.column, p.code, p.value) for p in conversion.problems]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("山田 太郎", ("山田", "太郎")),
        ("山田\u3000太郎", ("山田", "太郎")),
        (" 山田  太郎 次郎 ", ("山田", "太郎 次郎")),
        ("山田", ("山田", "")),
    ],
)
def test_split_name(text: str, parts: tuple[str, str]) -> None:
    """A whole name splits at its first space, half- or full-width."""
    assert split_name(text) == parts


def test_full_name_and_reading_columns_split() -> None:
    """One name column and one reading column: family/given, reading widened, one space."""
    result = convert_record(record((F.FULL_NAME, "髙橋\u3000一郎"), (F.READING, "ﾀｶﾊｼ　ｲﾁﾛｳ")))
    assert result.customer is not None
    assert (result.customer.family_name, result.customer.given_name) == ("髙橋", "一郎")
    assert result.customer.reading == "タカハシ イチロウ"
    assert result.problems == ()


def test_separate_columns_win_over_the_full_name() -> None:
    """姓 and 名 columns are used as they are, even when a 氏名 column is also mapped."""
    result = convert_record(
        record(
            (F.FULL_NAME, "山田太郎"),
            (F.FAMILY_NAME, "山田"),
            (F.GIVEN_NAME, "太郎"),
            (F.FAMILY_READING, "ﾔﾏﾀﾞ"),
            (F.GIVEN_READING, "たろう"),
        )
    )
    assert result.customer is not None
    assert (result.customer.family_name, result.customer.given_name) == ("山田", "太郎")
    assert result.customer.reading == "ヤマダ たろう"


def test_a_reading_with_kanji_is_dropped_with_a_warning() -> None:
    """The rest of the record is kept."""
    result = convert_record(
        record((F.FULL_NAME, "佐藤 次郎"), (F.READING, "佐藤じろう"), (F.PHONE, "03-1234-5678"))
    )
    assert result.customer is not None
    assert result.customer.reading == ""
    assert [p.number for p in result.customer.phones] == ["03-1234-5678"]
    assert codes(result) == [("col:reading", ValueCode.READING_NOT_KANA, "佐藤じろう")]
    assert result.problems[0].severity is Severity.WARNING


def test_reading_problems_name_the_column_and_the_value_as_typed() -> None:
    """Separate reading columns: the bad one is named, with the text as the file has it."""
    result = convert_record(
        record(
            (F.FULL_NAME, "山田 太郎"),
            (F.FAMILY_READING, "ﾔﾏﾀﾞ"),
            (F.GIVEN_READING, "ﾀﾛｳ太"),
        )
    )
    assert result.customer is not None
    assert result.customer.reading == "ヤマダ"
    assert codes(result) == [("col:given_reading", ValueCode.READING_NOT_KANA, "ﾀﾛｳ太")]
    too_long = convert_record(record((F.FULL_NAME, "A"), (F.FAMILY_READING, "ア" * 401)))
    assert codes(too_long) == [("col:family_reading", ValueCode.TOO_LONG, "ア" * 40)]


def test_no_name_is_an_error() -> None:
    """No name and no company: no customer, one error at the record's line."""
    result = convert_record(record((F.PHONE, "03-1234-5678"), (F.NOTE, "メモ"), line=7))
    assert result.customer is None
    assert not result.ok
    (problem,) = result.problems
    assert (problem.line, problem.code, problem.severity) == (7, ValueCode.NO_NAME, Severity.ERROR)


def test_a_company_alone_is_a_company_customer() -> None:
    """Only a company name: the record is the company itself, its reading its own."""
    result = convert_record(record((F.COMPANY, "㈲山﨑工務店"), (F.COMPANY_READING, "ﾔﾏｻﾞｷｺｳﾑﾃﾝ")))
    assert result.customer is not None
    assert (result.customer.kind, result.customer.display_name) == ("company", "㈲山﨑工務店")
    assert result.customer.reading == "ヤマザキコウムテン"
    assert result.company_name == ""


def test_a_person_keeps_the_company_name_beside_the_input() -> None:
    """A person's company is returned for the services to link."""
    result = convert_record(
        record((F.FULL_NAME, "山田 太郎"), (F.COMPANY, "㈱山田"), (F.COMPANY_READING, "やまだ"))
    )
    assert result.customer is not None
    assert result.customer.kind == "person"
    assert (result.company_name, result.company_reading) == ("㈱山田", "やまだ")


def test_reader_errors_pass_through() -> None:
    """A row the reader could not parse gives no customer; its problem is kept."""
    broken = Problem(9, "", RowCode.UNCLOSED_QUOTE, "", Severity.ERROR)
    result = convert_record(MappedRecord(9, (FieldValue(F.FULL_NAME, "A", "氏名"),), (broken,)))
    assert result.customer is None
    assert result.problems == (broken,)


def test_too_long_name_is_an_error_and_too_long_title_a_warning() -> None:
    """A name the database cannot keep makes the record unusable; a title is only dropped."""
    long_name = convert_record(record((F.FAMILY_NAME, "長" * 201)))
    assert long_name.customer is None
    assert [(p.code, dict(p.params)) for p in long_name.problems] == [
        (ValueCode.TOO_LONG, {"max": "200"})
    ]
    long_title = convert_record(record((F.FULL_NAME, "山田 太郎"), (F.TITLE, "長" * 201)))
    assert long_title.customer is not None
    assert long_title.customer.title == ""
    assert [p.code for p in long_title.problems] == [ValueCode.TOO_LONG]


def test_invalid_fields_are_warnings_and_the_rest_is_used() -> None:
    """Each bad field is named with its column and value; the good ones are kept."""
    result = convert_record(
        record(
            (F.FULL_NAME, "佐藤 次郎"),
            (F.PHONE, "123"),
            (F.MOBILE, "０９０ー１２３４ー５６７８"),
            (F.EMAIL, "jiro@@example"),
            (F.EMAIL, "jiro@example.jp"),
            (F.POSTAL_CODE, "12345"),
            (F.STREET, "丸の内1-1"),
            (F.BIRTHDAY, "H31.5.1"),
            (F.STAGE, "VIP"),
        )
    )
    assert result.customer is not None
    customer = result.customer
    assert [(p.number, p.label) for p in customer.phones] == [
        ("０９０ー１２３４ー５６７８", "mobile")
    ]
    assert [e.address for e in customer.emails] == ["jiro@example.jp"]
    assert [(a.postal_code, a.street) for a in customer.addresses] == [("", "丸の内1-1")]
    assert customer.birthday is None
    assert customer.stage == "lead"
    assert codes(result) == [
        ("col:birthday", ValueCode.INVALID_DATE, "H31.5.1"),
        ("col:stage", ValueCode.INVALID_CHOICE, "VIP"),
        ("col:phone", ValueCode.INVALID_PHONE, "123"),
        ("col:email", ValueCode.INVALID_EMAIL, "jiro@@example"),
        ("col:postal_code", ValueCode.INVALID_POSTAL_CODE, "12345"),
    ]
    assert all(p.line == 5 and p.severity is Severity.WARNING for p in result.problems)
    check_customer(customer, "JP")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("昭和55年7月15日", date(1980, 7, 15)),
        ("S55.7.15", date(1980, 7, 15)),
        ("1980/07/15", date(1980, 7, 15)),
        ("1980/7/15 0:00:00", date(1980, 7, 15)),
        ("1980-07-15T00:00:00Z", date(1980, 7, 15)),
        ("19800715", date(1980, 7, 15)),
        ("令和元年5月1日", date(2019, 5, 1)),
        (date(1980, 7, 15), date(1980, 7, 15)),
        (datetime(1980, 7, 15, 9, 30), date(1980, 7, 15)),
    ],
)
def test_birthday_forms(value: object, expected: date) -> None:
    """Gregorian, 和暦, Excel date-times and real date cells all become dates."""
    result = convert_record(record((F.FULL_NAME, "A"), (F.BIRTHDAY, value)))
    assert result.customer is not None
    assert result.customer.birthday == expected
    assert result.problems == ()


def test_birthday_without_a_year() -> None:
    """--0715 (vCard) cannot be stored as a date: a warning of its own."""
    result = convert_record(record((F.FULL_NAME, "A"), (F.BIRTHDAY, "--0715")))
    assert codes(result) == [("col:birthday", ValueCode.NO_YEAR, "--0715")]


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("customer", "customer"),
        ("Repeat", "repeat"),
        ("リピーター", "repeat"),
        ("見込み", "prospect"),
        # the window's and the exports' own words win: it calls a lead 見込み客
        ("見込み客", "lead"),
        ("商談中", "prospect"),
        ("Repeat customer", "repeat"),
        ("紹介者・ファン", "advocate"),
    ],
)
def test_stage_words(text: str, stage: str) -> None:
    """Stages in English codes, Japanese words, or the labels RelationDesk exports."""
    result = convert_record(record((F.FULL_NAME, "A"), (F.STAGE, text)))
    assert result.customer is not None
    assert result.customer.stage == stage


def test_tags_split_and_google_system_groups_dropped() -> None:
    """Tags split on commas, 、 and Google's :::; duplicates and * groups are dropped."""
    result = convert_record(
        record(
            (F.FULL_NAME, "A"),
            (F.TAGS, "* myContacts ::: 友人 ::: VIP"),
            (F.TAGS, "VIP、常連,  年賀状"),
        )
    )
    assert result.customer is not None
    assert result.customer.tags == ("友人", "VIP", "常連", "年賀状")


def test_labels_from_label_columns_and_primary_marks() -> None:
    """A Type column labels the phone of its group; "* " marks the primary one."""
    result = convert_record(
        MappedRecord(
            3,
            (
                FieldValue(F.FULL_NAME, "A", "Name"),
                FieldValue(F.PHONE_LABEL, "* Mobile", "Phone 1 - Type", "1"),
                FieldValue(F.PHONE, "090-1111-2222 ::: 090-3333-4444", "Phone 1 - Value", "1"),
                FieldValue(F.PHONE_LABEL, "Work Fax", "Phone 2 - Type", "2"),
                FieldValue(F.PHONE, "03-1111-2222", "Phone 2 - Value", "2"),
                FieldValue(F.PHONE_LABEL, "お店", "Phone 3 - Type", "3"),
                FieldValue(F.PHONE, "03-5555-6666", "Phone 3 - Value", "3"),
                FieldValue(F.EMAIL_LABEL, "勤務先", "E-mail 1 - Type", "1"),
                FieldValue(F.EMAIL, "a@example.jp; b@example.jp", "E-mail 1 - Value", "1"),
            ),
        )
    )
    assert result.customer is not None
    assert [(p.number, p.label, p.primary) for p in result.customer.phones] == [
        ("090-1111-2222", "mobile", True),
        ("090-3333-4444", "mobile", True),
        ("03-1111-2222", "fax", False),
        ("03-5555-6666", "お店", False),
    ]
    assert [(e.address, e.label) for e in result.customer.emails] == [
        ("a@example.jp", "work"),
        ("b@example.jp", "work"),
    ]
    assert check_customer(result.customer, "JP").phones[0].primary


def test_whole_address_is_split() -> None:
    """〒, prefecture and building come out of a one-cell address."""
    result = convert_record(
        record((F.FULL_NAME, "A"), (F.ADDRESS, "〒100-0005 東京都 千代田区 丸の内1-1-1 丸ビル5F"))
    )
    assert result.customer is not None
    (address,) = result.customer.addresses
    assert (
        address.postal_code,
        address.prefecture,
        address.city,
        address.street,
        address.building,
    ) == ("100-0005", "東京都", "千代田区", "丸の内1-1-1", "丸ビル5F")


def test_prefecture_column_and_address_repeating_it() -> None:
    """都道府県 and 住所 columns where 住所 repeats the prefecture: not stored twice."""
    result = convert_record(
        record(
            (F.FULL_NAME, "A"),
            (F.POSTAL_CODE, "5300001"),
            (F.PREFECTURE, "大阪府"),
            (F.CITY, "大阪市北区"),
            (F.ADDRESS, "大阪府大阪市北区梅田1-1-1"),
            (F.BUILDING, "梅田ビル"),
        )
    )
    assert result.customer is not None
    (address,) = result.customer.addresses
    assert (address.prefecture, address.city, address.street, address.building) == (
        "大阪府",
        "大阪市北区",
        "梅田1-1-1",
        "梅田ビル",
    )


def test_postal_code_that_lost_its_leading_zero() -> None:
    """600001 is what Excel makes of 0600001."""
    result = convert_record(record((F.FULL_NAME, "A"), (F.POSTAL_CODE, "600001")))
    assert result.customer is not None
    assert result.customer.addresses[0].postal_code == "0600001"


def test_groups_make_separate_addresses() -> None:
    """Outlook's business and home address columns give two labelled addresses."""
    result = convert_record(
        MappedRecord(
            2,
            (
                FieldValue(F.FULL_NAME, "A", "Name"),
                FieldValue(F.CITY, "千代田区", "Business City", "work"),
                FieldValue(F.PREFECTURE, "東京都", "Business State", "work"),
                FieldValue(F.STREET, "1-1", "Home Street", "home"),
                FieldValue(F.POSTAL_CODE, "1000001", "Home Postal Code", "home"),
            ),
        )
    )
    assert result.customer is not None
    assert [(a.label, a.prefecture, a.postal_code) for a in result.customer.addresses] == [
        ("work", "東京都", ""),
        ("home", "", "1000001"),
    ]


def test_source_and_line_id() -> None:
    """The file name goes into source; a LINE ID is kept; notes are joined."""
    result = convert_record(
        record((F.FULL_NAME, "A"), (F.LINE_ID, "yamada_t"), (F.NOTE, "一\r\n二"), (F.NOTE, "三")),
        source="顧客.csv",
    )
    assert result.customer is not None
    assert (result.customer.source, result.customer.line_id) == ("顧客.csv", "yamada_t")
    assert result.customer.note == "一\n二\n三"


_SAMPLES: dict[Field, list[object]] = {
    F.FAMILY_NAME: ["山田", "", " ", "長" * 210],
    F.GIVEN_NAME: ["太郎", "", "x" * 205],
    F.FULL_NAME: ["髙橋 一郎", "山﨑", "", "　"],
    F.READING: ["ﾀｶﾊｼ ｲﾁﾛｳ", "やまだ", "山田", "ヤ" * 401],
    F.FAMILY_READING: ["ヤマダ", "漢字", ""],
    F.GIVEN_READING: ["ﾀﾛｳ", "abc"],
    F.COMPANY: ["㈱テスト", "", "社" * 401],
    F.COMPANY_READING: ["テスト", "株式"],
    F.TITLE: ["部長", "t" * 201],
    F.PHONE: ["03-1234-5678", "123", "０９０ー１２３４ー５６７８", "9012345678", "abc", "1" * 120],
    F.MOBILE: ["090-1234-5678 ::: 080-1111-2222", "+1 415 555 2671", "0120-123-456"],
    F.FAX: ["06(6123)4567", "03-1234-567"],
    F.PHONE_LABEL: ["* Mobile", "Fax", "x" * 80],
    F.EMAIL: ["a@example.jp", "bad@", "a@b@c", "x@localhost", "山田@例え.jp", "a@example.jp,b@"],
    F.POSTAL_CODE: ["100-0001", "600001", "12345", "〒１００－０００１", "abcdefg"],
    F.PREFECTURE: ["東京都", "県" * 30],
    F.CITY: ["千代田区", "c" * 150],
    F.STREET: ["1-1", "東京都千代田区1-1 ビル"],
    F.BUILDING: ["ビル", "b" * 250],
    F.ADDRESS: ["〒100-0001 東京都千代田区千代田1-1", "なにか", "大阪府 大阪市 北区 1 ビル"],
    F.BIRTHDAY: ["S55.7.15", "1980-02-30", "--0715", "", date(2000, 1, 1), "明日"],
    F.NOTE: ["メモ", "a\r\nb"],
    F.TAGS: ["a, b", "* myContacts", "t" * 120],
    F.STAGE: ["customer", "顧客", "??"],
    F.LINE_ID: ["line_id", "l" * 101],
}
_field_values = st.lists(
    st.sampled_from(sorted(_SAMPLES)).flatmap(
        lambda f: st.tuples(
            st.just(f),
            st.one_of(st.sampled_from(_SAMPLES[f]), st.text(max_size=12)),
            st.sampled_from(["", "1", "2", "work"]),
        )
    ),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(items=_field_values)
def test_every_customer_produced_passes_check_customer(
    items: list[tuple[Field, object, str]],
) -> None:
    """Whatever a record holds, the input produced never fails the services' validation."""
    values = tuple(
        FieldValue(f, v, f"c{i}", g)  # type: ignore[arg-type]
        for i, (f, v, g) in enumerate(items)
    )
    result = convert_record(MappedRecord(4, values))
    assert all(p.line == 4 for p in result.problems)
    if result.customer is None:
        assert any(p.severity is Severity.ERROR for p in result.problems)
    else:
        assert all(p.severity is Severity.WARNING for p in result.problems)
        check_customer(result.customer, "JP")


def test_the_columns_of_our_own_exports() -> None:
    """種別 法人 makes a company of the 表示名; 敬称, 希望連絡方法, the consent flags and
    獲得経路 are read; unknown words are warnings and the defaults stay."""
    company = convert_record(
        record((F.KIND, "法人"), (F.FULL_NAME, "株式会社 山田商事"), (F.READING, "ヤマダショウジ"))
    )
    assert company.customer is not None
    assert (company.customer.kind, company.customer.display_name) == (
        "company",
        "株式会社 山田商事",
    )
    assert company.customer.reading == "ヤマダショウジ"
    person = convert_record(
        record(
            (F.KIND, "Person"),
            (F.FULL_NAME, "山田 太郎"),
            (F.HONORIFIC, "殿"),
            (F.CHANNEL, "メール"),
            (F.CONSENT_DM, "TRUE"),
            (F.CONSENT_EMAIL, "いいえ"),
            (F.CONSENT_LINE, "○"),
            (F.SOURCE, "紹介"),
        ),
        source="file.csv",
    )
    c = person.customer
    assert c is not None and person.problems == ()
    assert (c.kind, c.family_name, c.honorific, c.preferred_channel) == (
        "person",
        "山田",
        "殿",
        "email",
    )
    assert (c.consent_dm, c.consent_email, c.consent_line, c.source) == (True, False, True, "紹介")
    odd = convert_record(
        record((F.FULL_NAME, "A"), (F.KIND, "?"), (F.CONSENT_DM, "maybe"), (F.HONORIFIC, "Mr."))
    )
    assert odd.customer is not None and odd.customer.honorific == "" and not odd.customer.consent_dm
    assert sorted(code for _, code, _ in codes(odd)) == [ValueCode.INVALID_CHOICE] * 3
    assert convert_record(record((F.FULL_NAME, "A")), source="f.csv").customer.source == "f.csv"
