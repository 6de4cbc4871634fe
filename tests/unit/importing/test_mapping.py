"""Guessing which column is which, and keeping a user's mapping (relationdesk.importing.mapping)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from relationdesk.importing.fields import Field, FieldValue
from relationdesk.importing.mapping import (
    ColumnMapping,
    ColumnTarget,
    guess_mapping,
    guess_target,
    mapping_for,
    normalise_header,
    shape_key,
)
from relationdesk.importing.problems import Problem
from relationdesk.importing.readers import read_table
from relationdesk.importing.table import Row
from tests.unit.importing.helpers import DATA

F = Field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("氏名", F.FULL_NAME),
        ("名前", F.FULL_NAME),
        ("姓", F.FAMILY_NAME),
        ("名", F.GIVEN_NAME),
        ("フリガナ", F.READING),
        ("ふりがな", F.READING),
        ("ﾌﾘｶﾞﾅ", F.READING),
        ("セイ", F.FAMILY_READING),
        ("ｾｲ", F.FAMILY_READING),
        ("メイ", F.GIVEN_READING),
        ("めい", F.GIVEN_READING),
        ("会社名", F.COMPANY),
        ("電話番号", F.PHONE),
        ("ＴＥＬ", F.PHONE),
        ("携帯", F.MOBILE),
        ("携帯電話", F.MOBILE),
        ("メール", F.EMAIL),
        ("メールアドレス", F.EMAIL),
        ("【メールアドレス】", F.EMAIL),
        ("郵便番号", F.POSTAL_CODE),
        ("〒", F.POSTAL_CODE),
        ("住所", F.ADDRESS),
        ("都道府県", F.PREFECTURE),
        ("市区町村", F.CITY),
        ("番地", F.STREET),
        ("建物名", F.BUILDING),
        ("建物名・部屋番号", F.BUILDING),
        ("誕生日", F.BIRTHDAY),
        ("生年月日", F.BIRTHDAY),
        ("メモ", F.NOTE),
        ("備考", F.NOTE),
        ("役職", F.TITLE),
        ("タグ", F.TAGS),
        ("ステージ", F.STAGE),
        ("LINE ID", F.LINE_ID),
        ("Name", F.FULL_NAME),
        ("First Name", F.GIVEN_NAME),
        ("Last Name", F.FAMILY_NAME),
        ("Company", F.COMPANY),
        ("Phone", F.PHONE),
        ("Mobile", F.MOBILE),
        ("Email", F.EMAIL),
        (" E-Mail  Address ", F.EMAIL),
        ("Zip", F.POSTAL_CODE),
        ("Postal Code", F.POSTAL_CODE),
        ("Address", F.ADDRESS),
        ("Birthday", F.BIRTHDAY),
        ("Notes", F.NOTE),
        ("姓 (ふりがな)", F.FAMILY_READING),
        ("名 (ふりがな)", F.GIVEN_READING),
        ("フリガナ（姓）", F.FAMILY_READING),
        ("フリガナ(名)", F.GIVEN_READING),
        ("会社名 (ふりがな)", F.COMPANY_READING),
        ("部署", F.IGNORE),
        ("顧客番号", F.IGNORE),
        ("", F.IGNORE),
    ],
)
def test_guess_single_headers(header: str, field: Field) -> None:
    """Japanese and English headers, in any width, case, spacing and brackets."""
    assert guess_target(header).field is field


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Phone 1 - Type", ColumnTarget(F.PHONE_LABEL, "1")),
        ("Phone 1 - Value", ColumnTarget(F.PHONE, "1")),
        ("Phone 2 - Label", ColumnTarget(F.PHONE_LABEL, "2")),
        ("E-mail 1 - Value", ColumnTarget(F.EMAIL, "1")),
        ("E-mail 1 - Type", ColumnTarget(F.EMAIL_LABEL, "1")),
        ("Address 1 - Postal Code", ColumnTarget(F.POSTAL_CODE, "1")),
        ("Address 1 - Formatted", ColumnTarget(F.ADDRESS, "1")),
        ("Address 1 - Region", ColumnTarget(F.PREFECTURE, "1")),
        ("Address 2 - City", ColumnTarget(F.CITY, "2")),
        ("Address 1 - Country", ColumnTarget()),
        ("Organization 1 - Name", ColumnTarget(F.COMPANY, "1")),
        ("Organization 1 - Yomi Name", ColumnTarget(F.COMPANY_READING, "1")),
        ("Organization 2 - Name", ColumnTarget()),
        ("Given Name Yomi", ColumnTarget(F.GIVEN_READING)),
        ("Phonetic Last Name", ColumnTarget(F.FAMILY_READING)),
        ("Group Membership", ColumnTarget(F.TAGS)),
        ("Business Phone 2", ColumnTarget(F.WORK_PHONE, "2")),
        ("Home Phone", ColumnTarget(F.HOME_PHONE)),
        ("Business Fax", ColumnTarget(F.FAX)),
        ("E-mail 2 Address", ColumnTarget(F.EMAIL, "2")),
        ("E-mail Display Name", ColumnTarget()),
        ("Business Postal Code", ColumnTarget(F.POSTAL_CODE, "work")),
        ("Home Street", ColumnTarget(F.STREET, "home")),
        ("Business Street 2", ColumnTarget(F.BUILDING, "work")),
        ("勤務先住所 番地", ColumnTarget(F.STREET, "work")),
        ("勤務先 郵便番号", ColumnTarget(F.POSTAL_CODE, "work")),
        ("自宅住所 都道府県", ColumnTarget(F.PREFECTURE, "home")),
        ("電子メール 2 アドレス", ColumnTarget(F.EMAIL, "2")),
        ("勤務先電話 2", ColumnTarget(F.WORK_PHONE, "2")),
        ("勤務先 FAX", ColumnTarget(F.FAX)),
        ("電話番号2", ColumnTarget(F.PHONE, "2")),
    ],
)
def test_guess_export_columns(header: str, target: ColumnTarget) -> None:
    """Google Contacts (old and new) and Outlook (English and Japanese) columns and groups."""
    assert guess_target(header) == target


def test_google_contacts_old_header_set() -> None:
    """The older Google CSV: names, yomi, typed phones paired with their type column."""
    headers = [
        "Name", "Given Name", "Additional Name", "Family Name", "Yomi Name",
        "Given Name Yomi", "Additional Name Yomi", "Family Name Yomi", "Birthday", "Notes",
        "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type",
        "Phone 1 - Value", "Phone 2 - Type", "Phone 2 - Value", "Address 1 - Type",
        "Address 1 - Formatted", "Address 1 - Postal Code", "Organization 1 - Name",
        "Organization 1 - Title",
    ]  # fmt: skip
    targets = dict(zip(headers, guess_mapping(headers).targets, strict=True))
    assert targets["Name"] == ColumnTarget(F.FULL_NAME)
    assert targets["Family Name Yomi"] == ColumnTarget(F.FAMILY_READING)
    assert targets["Additional Name"] == ColumnTarget()
    assert targets["Phone 2 - Type"] == ColumnTarget(F.PHONE_LABEL, "2")
    assert targets["Phone 2 - Value"] == ColumnTarget(F.PHONE, "2")
    assert targets["Organization 1 - Title"] == ColumnTarget(F.TITLE, "1")


def test_outlook_title_is_not_the_job_title() -> None:
    """Outlook's "Title" holds Mr./Dr.; "Job Title" is the position and wins."""
    mapping = guess_mapping(["Title", "First Name", "Last Name", "Job Title"])
    assert [t.field for t in mapping.targets] == [F.IGNORE, F.GIVEN_NAME, F.FAMILY_NAME, F.TITLE]
    assert guess_mapping(["Title", "Name"]).targets[0] == ColumnTarget(F.TITLE)


def test_a_single_field_keeps_its_first_column() -> None:
    """Two columns for one single-valued field: the second is left for the user."""
    mapping = guess_mapping(["氏名", "名前", "電話", "電話番号", "メモ", "備考"])
    assert [t.field for t in mapping.targets] == [
        F.FULL_NAME,
        F.IGNORE,
        F.PHONE,
        F.PHONE,
        F.NOTE,
        F.NOTE,
    ]


def test_committed_export_files_are_guessed() -> None:
    """The Google and Outlook files in tests/data map their key columns."""
    google = guess_mapping(read_table(DATA / "google_contacts.csv").headers)
    used = {(h, t.field, t.group) for h, t in zip(google.headers, google.targets, strict=True)}
    assert ("Phone 2 - Label", F.PHONE_LABEL, "2") in used
    assert ("E-mail 2 - Label", F.EMAIL_LABEL, "2") in used
    assert ("Phonetic Last Name", F.FAMILY_READING, "") in used
    assert ("Address 1 - Extended Address", F.BUILDING, "1") in used
    outlook = guess_mapping(read_table(DATA / "outlook.csv").headers)
    fields = dict(zip(outlook.headers, outlook.targets, strict=True))
    assert fields["Mobile Phone"] == ColumnTarget(F.MOBILE)
    assert fields["Business State"] == ColumnTarget(F.PREFECTURE, "work")
    assert fields["Title"] == ColumnTarget()


def test_normalise_header() -> None:
    """Width, case, spaces, kana kind and brackets do not matter."""
    assert normalise_header("フリガナ（姓）") == normalise_header("ふりがな (姓)")
    assert normalise_header("ﾌﾘｶﾞﾅ 姓") == normalise_header("フリガナ姓")
    assert normalise_header("Ｅ－ＭＡＩＬ") == "email"


def test_shape_key_is_stable_and_tells_shapes_apart() -> None:
    """The same headers in another spelling share a key; another order or column does not."""
    key = shape_key(["氏名", "電話番号", "メール"])
    assert key == "cf1e8668bac586a277faa343c529b229"  # stored keys must survive releases
    assert shape_key(["氏名 ", "電話番号", "ﾒｰﾙ"]) == shape_key(["氏名", "電話番号", "メール"])
    assert shape_key(["電話番号", "氏名", "メール"]) != key
    assert shape_key(["氏名", "電話番号", "メール", "備考"]) != key


def test_mapping_json_round_trip() -> None:
    """A user's edit survives JSON and comes back only for a file of the same shape."""
    headers = ("名前", "連絡先", "Eメール")
    mapping = guess_mapping(headers).with_target(1, ColumnTarget(F.MOBILE))
    stored = json.loads(json.dumps(mapping.to_json()))
    assert stored["shape"] == shape_key(headers)
    assert ColumnMapping.from_json(stored, headers) == mapping
    assert ColumnMapping.from_json(stored, ("名前", "連絡先")) is None
    assert ColumnMapping.from_json({"version": 99}, headers) is None
    assert ColumnMapping.from_json({**stored, "columns": [{"field": "nope"}] * 3}, headers) is None
    assert ColumnMapping.from_json("garbage", headers) is None


def test_mapping_for_prefers_a_stored_mapping() -> None:
    """A stored mapping of the same shape is used; otherwise the guess."""
    table = read_table(DATA / "excel_cp932.csv")
    guessed = mapping_for(table)
    assert guessed == guess_mapping(table.headers)
    edited = guessed.with_target(0, ColumnTarget(F.COMPANY))
    assert mapping_for(table, edited.to_json()) == edited
    assert mapping_for(table, {"version": 1, "shape": "other"}) == guessed


def test_apply_keeps_lines_problems_and_non_empty_values() -> None:
    """Applying a mapping: ignored and empty cells are left out; short rows are fine."""
    mapping = guess_mapping(["氏名", "部署", "電話", "誕生日"])
    problem = Problem(7, "", "extra_cells")
    row = Row(7, ("山田 太郎", "営業", " "), (problem,))
    record = mapping.apply(row)
    assert record.line == 7
    assert record.problems == (problem,)
    assert record.values == (FieldValue(F.FULL_NAME, "山田 太郎", "氏名"),)
    dated = mapping.apply(Row(8, ("A", "", "", date(1980, 1, 2))))
    assert dated.values[-1] == FieldValue(F.BIRTHDAY, date(1980, 1, 2), "誕生日")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_headers_of_our_own_exports_are_all_understood(language: str) -> None:
    """Every column RelationDesk exports maps to a field (ids and times aside), repeated
    phones, e-mails and addresses to numbered groups; "Street 2" beside "Postal code 2" is
    the second address's street, not a second line."""
    from relationdesk.exporting.labels import HEADERS, header

    keys = [k for k in HEADERS if k not in ("created_at", "updated_at", "id")]
    headers = [header(k, language) for k in keys]
    for key in ("phone", "email", "postal_code", "prefecture", "city", "street", "building"):
        headers.append(header(key, language, 2))
    mapping = guess_mapping(headers)
    targets = dict(zip(headers, mapping.targets, strict=True))
    assert [h for h, t in targets.items() if t.field is Field.IGNORE] == []
    assert targets[header("street", language, 2)] == ColumnTarget(Field.STREET, "2")
    assert targets[header("postal_code", language, 2)] == ColumnTarget(Field.POSTAL_CODE, "2")
    assert targets[header("kind", language)].field is Field.KIND
    assert targets[header("consent_line", language)].field is Field.CONSENT_LINE


def test_street_2_alone_is_a_second_line() -> None:
    """Without other numbered address columns, "Street 2" stays the building line."""
    mapping = guess_mapping(["Name", "Street", "Street 2", "City"])
    assert mapping.targets[2] == ColumnTarget(Field.BUILDING)
