"""Which column goes to which customer field: guessed from the headers, editable, storable.

Headers are compared in a normalised form (NFKC, lower case, hiragana as katakana, without
spaces, brackets and punctuation), so 「フリガナ（姓）」, "ふりがな(姓)" and "ﾌﾘｶﾞﾅ 姓" match
alike. Besides Japanese and English spreadsheets' own headers, the guesses know the columns
of Google Contacts exports (old "Given Name" / "Phone 1 - Type" and new "First Name" /
"Phone 1 - Label" forms) and of Outlook exports (English and Japanese).

A mapping the user edited can be kept for the next file of the same shape: ``shape_key``
of the headers is the key, ``ColumnMapping.to_json`` the value to store.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from typing import Any

from relationdesk.importing.fields import (
    ADDRESS_PARTS,
    GROUPED,
    MULTI_VALUED,
    PHONE_LABELS,
    Field,
    FieldValue,
    MappedRecord,
)
from relationdesk.importing.table import Row, Table
from relationdesk.normalize.kana import fold

JSON_VERSION = 1
_PUNCTUATION = re.compile(r"""[()\[\]{}<>「」『』【】〈〉《》〔〕\-‐–—_:;・/\\.。,、'"*#＃!?@]""")

# Header spellings per field, written as people write them; normalised when loaded.
# fmt: off
_SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.FULL_NAME: (
        "氏名", "名前", "お名前", "姓名", "フルネーム", "氏名漢字", "顧客名", "お客様名",
        "担当者名", "Name", "Full Name", "Display Name", "Contact Name", "Customer Name",
        "表示名",
    ),
    Field.FAMILY_NAME: ("姓", "苗字", "名字", "氏", "Last Name", "Family Name", "Surname"),
    Field.GIVEN_NAME: ("名", "First Name", "Given Name", "Forename"),
    Field.READING: (
        "フリガナ", "よみがな", "よみ", "読み", "読み仮名", "カナ", "氏名カナ", "氏名フリガナ",
        "フリガナ氏名", "名前フリガナ", "お名前フリガナ", "氏名よみがな", "Reading", "Furigana",
        "Yomi", "Yomi Name", "Kana", "Phonetic Name", "Name Reading",
    ),
    Field.FAMILY_READING: (
        "セイ", "姓フリガナ", "フリガナ姓", "姓カナ", "カナ姓", "姓よみ", "よみ姓", "姓よみがな",
        "Family Name Yomi", "Phonetic Last Name", "Last Name Phonetic", "Last Name Kana",
        "Last Name Furigana", "Yomi Last Name", "Family Reading",
    ),
    Field.GIVEN_READING: (
        "メイ", "名フリガナ", "フリガナ名", "名カナ", "カナ名", "名よみ", "よみ名", "名よみがな",
        "Given Name Yomi", "Phonetic First Name", "First Name Phonetic", "First Name Kana",
        "First Name Furigana", "Yomi First Name", "Given Reading",
    ),
    Field.COMPANY: (
        "会社名", "会社", "企業名", "法人名", "勤務先", "勤務先名", "屋号", "所属", "取引先名",
        "団体名", "Company", "Company Name", "Organization", "Organization Name", "Employer",
    ),
    Field.COMPANY_READING: (
        "会社名フリガナ", "会社名カナ", "会社名よみ", "会社フリガナ", "フリガナ会社名",
        "勤務先フリガナ", "Company Yomi", "Company Reading", "Organization Yomi Name",
        "Organization Phonetic Name", "Phonetic Organization Name",
    ),
    Field.TITLE: (
        "役職", "役職名", "肩書", "肩書き", "Job Title", "Position", "Organization Title",
        "Title",
    ),
    Field.PHONE: (
        "電話", "電話番号", "TEL", "TEL番号", "Telephone", "Phone", "Phone Number", "Tel No",
        "固定電話", "代表電話", "会社代表電話", "その他の電話", "Primary Phone",
        "Company Main Phone", "Other Phone", "Car Phone",
    ),
    Field.MOBILE: (
        "携帯", "携帯電話", "携帯番号", "携帯電話番号", "携帯TEL", "スマホ", "スマートフォン",
        "Mobile", "Mobile Phone", "Cell", "Cell Phone", "Cellphone", "Cellular",
    ),
    Field.HOME_PHONE: ("自宅電話", "自宅電話番号", "自宅TEL", "Home Phone"),
    Field.WORK_PHONE: (
        "会社電話", "会社電話番号", "会社TEL", "勤務先電話", "勤務先電話番号", "勤務先TEL",
        "Business Phone", "Work Phone", "Office Phone",
    ),
    Field.FAX: (
        "FAX", "FAX番号", "ファックス", "ファックス番号", "ファクス", "勤務先ファックス",
        "勤務先FAX", "自宅ファックス", "自宅FAX", "Business Fax", "Home Fax", "Other Fax",
    ),
    Field.EMAIL: (
        "メール", "メールアドレス", "Eメール", "Eメールアドレス", "電子メール",
        "電子メールアドレス", "PCメール", "PCメールアドレス", "携帯メール", "携帯メールアドレス",
        "Email", "E-mail", "Email Address", "E-mail Address", "Mail", "Mail Address",
    ),
    Field.POSTAL_CODE: (
        "郵便番号", "〒", "〒番号", "郵便", "Zip", "Zip Code", "Postal Code", "Postcode",
    ),
    Field.PREFECTURE: ("都道府県", "都道府県名", "県", "Prefecture", "State", "Region"),
    Field.CITY: ("市区町村", "市町村", "市区郡", "市区町村名", "City", "Town"),
    Field.STREET: (
        "番地", "町名番地", "町域番地", "丁目番地", "住所番地", "町域", "Street",
        "Address Line 1", "Street 1",
    ),
    Field.BUILDING: (
        "建物名", "建物", "建物名部屋番号", "マンション名", "ビル名", "マンションビル名",
        "住所2", "Address Line 2", "Street 2", "Building", "Apartment",
    ),
    Field.ADDRESS: (
        "住所", "ご住所", "現住所", "所在地", "住所1", "Address", "Full Address",
    ),
    Field.BIRTHDAY: (
        "誕生日", "お誕生日", "生年月日", "誕生年月日", "Birthday", "Birth Date", "Birthdate",
        "Date of Birth", "DOB",
    ),
    Field.NOTE: (
        "メモ", "備考", "備考欄", "メモ欄", "コメント", "特記事項", "Notes", "Note", "Memo",
        "Comment", "Comments", "Remarks",
    ),
    Field.TAGS: (
        "タグ", "カテゴリ", "カテゴリー", "グループ", "分類", "Tags", "Tag", "Labels",
        "Group Membership", "Categories", "Category",
    ),
    Field.STAGE: ("ステージ", "顧客ステージ", "関係ステージ", "Stage", "Lifecycle Stage"),
    Field.LINE_ID: ("LINE ID", "LINE", "LINEアカウント", "ラインID"),
    Field.KIND: ("種別", "顧客種別", "個人法人", "個人・法人", "Type", "Kind", "Customer Type"),
    Field.HONORIFIC: ("敬称", "Honorific"),
    Field.CHANNEL: (
        "希望連絡方法", "連絡方法", "希望連絡手段", "Preferred channel", "Preferred Contact Method",
        "Contact Method",
    ),
    Field.CONSENT_DM: ("DM送付可否", "DM可否", "DM送付", "DM allowed", "Direct Mail Allowed"),
    Field.CONSENT_EMAIL: (
        "メール配信可否", "メール配信", "メルマガ配信", "Email allowed", "Email Opt In",
    ),
    Field.CONSENT_LINE: ("LINE配信可否", "LINE配信", "LINE allowed"),
    Field.SOURCE: ("獲得経路", "流入経路", "来店経路", "Source", "Lead Source"),
    Field.IGNORE: (
        "部署", "部署名", "Department", "Organization Department", "Middle Name",
        "Name Prefix", "Name Suffix", "Nickname", "File As", "Phonetic Middle Name",
        "Additional Name", "Additional Name Yomi", "E-mail Type", "E-mail Display Name",
    ),
}
# fmt: on
# Generic spellings that yield to a more specific column of the same field (Outlook's
# "Title" is the honorific, "Job Title" the position).
_WEAK = frozenset({"title"})

_GOOGLE_NUMBERED = re.compile(r"^(phone|email|address|organization)(\d+)(\w+)$")
_GOOGLE_PARTS: dict[str, dict[str, Field]] = {
    "phone": {"type": Field.PHONE_LABEL, "label": Field.PHONE_LABEL, "value": Field.PHONE},
    "email": {"type": Field.EMAIL_LABEL, "label": Field.EMAIL_LABEL, "value": Field.EMAIL},
    "address": {
        "type": Field.ADDRESS_LABEL,
        "label": Field.ADDRESS_LABEL,
        "formatted": Field.ADDRESS,
        "street": Field.STREET,
        "extendedaddress": Field.BUILDING,
        "city": Field.CITY,
        "region": Field.PREFECTURE,
        "postalcode": Field.POSTAL_CODE,
    },
    "organization": {
        "name": Field.COMPANY,
        "yominame": Field.COMPANY_READING,
        "phoneticname": Field.COMPANY_READING,
        "title": Field.TITLE,
    },
}
_PLACES = {
    "business": "work",
    "home": "home",
    "other": "other",
    "勤務先": "work",
    "自宅": "home",
    "その他": "other",
}
_OUTLOOK_ADDRESS = re.compile(
    r"^(business|home|other|勤務先|自宅|その他)(?:住所)?(?:の)?"
    r"(street|street2|street3|city|state|postalcode|番地|番地2|番地3|市区町村|市町村|都道府県|郵便番号)$"
)
_OUTLOOK_PARTS = {
    "street": Field.STREET,
    "番地": Field.STREET,
    "street2": Field.BUILDING,
    "street3": Field.BUILDING,
    "番地2": Field.BUILDING,
    "番地3": Field.BUILDING,
    "city": Field.CITY,
    "市区町村": Field.CITY,
    "市町村": Field.CITY,
    "state": Field.PREFECTURE,
    "都道府県": Field.PREFECTURE,
    "postalcode": Field.POSTAL_CODE,
    "郵便番号": Field.POSTAL_CODE,
}
_NUMBERED = re.compile(r"^(.*?[^\d])(\d+)$")
_STREET_NUMBERED = re.compile(r"^street(\d+)$")
_EMAIL_NUMBERED = re.compile(r"^(email|電子メール)(\d+)(address|アドレス)$")


def normalise_header(text: str) -> str:
    """Return the comparison form of a header: NFKC, case-folded, katakana, no punctuation."""
    return _PUNCTUATION.sub("", fold(text)).casefold()


_LOOKUP: dict[str, Field] = {
    normalise_header(spelling): field
    for field, spellings in _SYNONYMS.items()
    for spelling in spellings
}


@dataclass(frozen=True, slots=True)
class ColumnTarget:
    """Where one column goes: a field, and the group (which phone/e-mail/address) it is in."""

    field: Field = Field.IGNORE
    group: str = ""


def guess_target(header: str) -> ColumnTarget:
    """Guess the field of one column from its header (IGNORE when nothing matches)."""
    key = normalise_header(header)
    if not key:
        return ColumnTarget()
    if key in _LOOKUP:
        return ColumnTarget(_LOOKUP[key])
    match = _GOOGLE_NUMBERED.match(key)
    if match:
        kind, number, part = match.groups()
        found = _GOOGLE_PARTS[kind].get(part)
        if found is not None and (kind != "organization" or number == "1"):
            return ColumnTarget(found, number)
    match = _OUTLOOK_ADDRESS.match(key)
    if match:
        place, part = match.groups()
        return ColumnTarget(_OUTLOOK_PARTS[part], _PLACES[place])
    match = _EMAIL_NUMBERED.match(key)
    if match:
        return ColumnTarget(Field.EMAIL, match.group(2))
    match = _NUMBERED.match(key)
    if match:
        base = _LOOKUP.get(match.group(1))
        if base in PHONE_LABELS or base == Field.EMAIL:
            return ColumnTarget(base, match.group(2))
        if base in ADDRESS_PARTS and base is not Field.ADDRESS_LABEL:
            # a second address in numbered columns (our exports: 郵便番号2, 都道府県2 ...)
            return ColumnTarget(base, match.group(2))
    return ColumnTarget()


def shape_key(headers: Sequence[str]) -> str:
    """Return a stable key of a file's header list, to remember its mapping for next time."""
    joined = "\x1f".join(normalise_header(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class ColumnMapping:
    """The target of every column of a table, in column order."""

    headers: tuple[str, ...]
    targets: tuple[ColumnTarget, ...]

    @property
    def shape(self) -> str:
        """The shape key of the headers (see ``shape_key``)."""
        return shape_key(self.headers)

    def with_target(self, index: int, target: ColumnTarget) -> ColumnMapping:
        """Return a copy with column *index* sent to *target* (a user's edit)."""
        targets = list(self.targets)
        targets[index] = target
        return replace(self, targets=tuple(targets))

    def to_json(self) -> dict[str, Any]:
        """Return the mapping as JSON-able data, keyed by its shape."""
        return {
            "version": JSON_VERSION,
            "shape": self.shape,
            "columns": [
                {"header": h, "field": t.field.value, "group": t.group}
                for h, t in zip(self.headers, self.targets, strict=True)
            ],
        }

    @classmethod
    def from_json(cls, data: Any, headers: Sequence[str]) -> ColumnMapping | None:
        """Rebuild a stored mapping for *headers*; None if it is for another shape or damaged."""
        try:
            if data["version"] != JSON_VERSION or data["shape"] != shape_key(headers):
                return None
            columns = data["columns"]
            if len(columns) != len(headers):
                return None
            targets = tuple(ColumnTarget(Field(c["field"]), str(c["group"])) for c in columns)
        except (KeyError, TypeError, ValueError):
            return None
        return cls(tuple(headers), targets)

    @cached_property
    def _used(self) -> tuple[tuple[int, Field, str, str], ...]:
        """(index, field, header, group) of every column not ignored."""
        return tuple(
            (index, target.field, self.headers[index], target.group)
            for index, target in enumerate(self.targets)
            if target.field is not Field.IGNORE
        )

    def apply(self, row: Row) -> MappedRecord:
        """Return the row's non-empty cells as field values (ignored columns left out)."""
        cells = row.cells
        width = len(cells)
        values = []
        for index, field, header, group in self._used:
            if index < width:
                cell = cells[index]
                if isinstance(cell, date) or cell.strip():
                    values.append(FieldValue(field, cell, header, group))
        return MappedRecord(row.line, tuple(values), row.problems)

    def map_rows(self, rows: Iterable[Row]) -> Iterator[MappedRecord]:
        """Apply the mapping to every row, lazily."""
        for row in rows:
            yield self.apply(row)


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """Guess every column's target; a field that takes one value keeps its best column only.

    Several columns may feed phones, e-mails, notes and tags; an address part or a label
    column may appear once per group. Of two columns for the same single field the specific
    spelling wins over a generic one (Outlook's "Job Title" over "Title"), else the first;
    the other is ignored, for the user to reassign.
    """
    targets = [guess_target(h) for h in headers]
    # "Street 2" is usually an address's second line, but beside "Postal code 2" and
    # "City 2" (RelationDesk's English exports) it is the second address's street.
    numbered = {t.group for t in targets if t.field in ADDRESS_PARTS and t.group.isdigit()}
    for index, header in enumerate(headers):
        match = _STREET_NUMBERED.match(normalise_header(header))
        if match and match.group(1) in numbered:
            targets[index] = ColumnTarget(Field.STREET, match.group(1))
    chosen: dict[ColumnTarget, int] = {}
    for index, target in enumerate(targets):
        if target.field in MULTI_VALUED:
            continue
        key = target if target.field in GROUPED else ColumnTarget(target.field)
        if key not in chosen:
            chosen[key] = index
            continue
        keep = chosen[key]
        if (
            normalise_header(headers[keep]) in _WEAK
            and normalise_header(headers[index]) not in _WEAK
        ):
            targets[keep] = ColumnTarget()
            chosen[key] = index
        else:
            targets[index] = ColumnTarget()
    return ColumnMapping(tuple(headers), tuple(targets))


def mapping_for(table: Table, stored: Any = None) -> ColumnMapping:
    """Return the *stored* mapping (``to_json`` data) when it fits the table, else a guess."""
    found = ColumnMapping.from_json(stored, table.headers) if stored is not None else None
    return found or guess_mapping(table.headers)
