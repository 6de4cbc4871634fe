"""One mapped record turned into a CustomerInput, with every problem found on the way.

A record without any name (and no company to stand for it) is an error and gives no
customer. A field that does not validate (a phone libphonenumber refuses, an e-mail with
bad syntax, a day that does not exist, a postal code that is not 7 digits, a reading with
kanji, a value longer than the database keeps) is a warning: that field is left out and the
rest of the record is used. Each field is checked with the same normalize functions as
``check_customer``, so what comes out passes it; what they made of the phones, e-mails and
postal codes is kept (``Conversion.parsed``) for ``check_converted``.

A person's company name is returned beside the input (``Conversion.company_name``): linking
to a company record needs the database, which is the services' part.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Final

from relationdesk.codes import Channel, CustomerKind, Honorific, Stage
from relationdesk.exporting import labels as export_labels
from relationdesk.importing.addresses import split_address, starts_with_prefecture
from relationdesk.importing.checks import normalised_email, parsed_phone
from relationdesk.importing.fields import (
    ADDRESS_PARTS,
    PHONE_LABELS,
    Field,
    FieldValue,
    MappedRecord,
)
from relationdesk.importing.problems import Problem, Severity, is_error
from relationdesk.importing.table import Cell
from relationdesk.normalize.dates import InvalidDate, parse_date
from relationdesk.normalize.kana import fold, is_kana_reading, widen_kana
from relationdesk.normalize.phones import DEFAULT_REGION, Phone
from relationdesk.normalize.postal import InvalidPostalCode, normalise_postal_code
from relationdesk.services.customer_data import (
    AddressInput,
    CustomerInput,
    EmailInput,
    PhoneInput,
)
from relationdesk.services.customer_validation import MAX_LENGTHS, Parsed


class ValueCode:
    """Codes of the problems found in a record's values."""

    NO_NAME: Final = "no_name"  # error: no family, given or full name and no company
    TOO_LONG: Final = "too_long"  # params: max; an error for a name, else a warning
    INVALID_PHONE: Final = "invalid_phone"
    INVALID_EMAIL: Final = "invalid_email"
    INVALID_DATE: Final = "invalid_date"
    NO_YEAR: Final = "birthday_without_year"  # a vCard's --0715
    INVALID_POSTAL_CODE: Final = "invalid_postal_code"
    READING_NOT_KANA: Final = "reading_not_kana"
    INVALID_CHOICE: Final = "invalid_choice"  # a stage we do not know


# Lengths the database keeps (models.contact_point, models.tag) beyond MAX_LENGTHS.
LIMITS = {
    "company": MAX_LENGTHS["display_name"],
    "phone": 100,
    "email": 320,
    "label": 50,
    "prefecture": 20,
    "city": 100,
    "street": 200,
    "building": 200,
    "tag": 100,
}

_STAGE_WORDS = {
    Stage.LEAD: ("リード", "新規", "見込み前"),
    Stage.PROSPECT: ("見込み", "見込", "見込み客", "見込客", "商談中"),
    Stage.CUSTOMER: ("顧客", "既存顧客", "お客様", "客"),
    Stage.REPEAT: ("リピーター", "リピート", "常連", "常連客", "リピート客"),
    Stage.ADVOCATE: ("紹介者", "推奨者", "ファン", "アドボケイト", "アンバサダー"),
}
# The words RelationDesk itself shows and exports (exporting.labels) come last, so they win:
# the window calls a lead 見込み客, and an exported file must read back as it was.
_STAGES = (
    {fold(s.value): s.value for s in Stage}
    | {fold(word): stage.value for stage, words in _STAGE_WORDS.items() for word in words}
    | {
        fold(label): code
        for code, words in export_labels.STAGES.items()
        for label in words.values()
    }
)
_KINDS = (
    {fold(k.value): k.value for k in CustomerKind}
    | {fold(w): CustomerKind.PERSON.value for w in ("個人", "個人客", "individual", "personal")}
    | {fold(w): CustomerKind.COMPANY.value for w in ("法人", "会社", "企業", "団体", "corporation")}
    | {fold(label): code for code, words in export_labels.KINDS.items() for label in words.values()}
)
_HONORIFICS = {fold(h.value): h.value for h in Honorific} | {
    fold("さま"): Honorific.SAMA.value,
    fold("おんちゅう"): Honorific.ONCHU.value,
    fold("どの"): Honorific.DONO.value,
}
_CHANNELS = (
    {fold(c.value): c.value for c in Channel}
    | {
        fold(w): code
        for code, w in (("line", "ライン"), ("dm", "ダイレクトメール"), ("none", "なし"))
    }
    | {
        fold(label): code
        for code, words in export_labels.CHANNELS.items()
        for label in words.values()
        if label
    }
)
_FLAGS = {
    fold(word): value
    for value, words in (
        (True, ("true", "yes", "y", "1", "はい", "可", "許可", "○", "〇", "ok", "済", "希望")),
        (False, ("false", "no", "n", "0", "いいえ", "不可", "拒否", "×", "ng", "否", "不要")),
    )
    for word in words
}
_LABELS = (
    ("fax", ("fax", "ファックス", "ファクス")),
    ("mobile", ("mobile", "cell", "携帯", "モバイル", "iphone")),
    ("home", ("home", "自宅", "personal")),
    ("work", ("work", "business", "勤務先", "会社", "仕事", "office")),
    ("main", ("main", "代表")),
    ("other", ("other", "その他")),
)
_PLACE_GROUPS = frozenset({"home", "work", "other"})
_NAME_SPLIT = re.compile(r"\s+")
_MULTI = re.compile(r"\s*:::\s*|\r?\n")
_EMAIL_SPLIT = re.compile(r"\s*(?::::|[;,；，\s])\s*")
_TAG_SPLIT = re.compile(r"\s*(?::::|[,、;；\n])\s*")
_TIME_PART = re.compile(r"(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_SEPARATOR_CHARS = frozenset(":;,；，\n\r\t 　")
_READING_FIELDS = {
    True: (Field.COMPANY_READING,),
    False: (Field.READING, Field.FAMILY_READING, Field.GIVEN_READING),
}
_ADDRESS_TEXTS: tuple[Field, ...] = tuple(ADDRESS_PARTS - {Field.ADDRESS_LABEL})
# Codes read once: an enum's ``.value`` is a descriptor call, and every record needs them.
_PERSON, _COMPANY = CustomerKind.PERSON.value, CustomerKind.COMPANY.value
_LEAD = Stage.LEAD.value
_NO_CHANNEL = Channel.NONE.value
_PART_LIMITS = {
    part: LIMITS[part.value]
    for part in (Field.PREFECTURE, Field.CITY, Field.STREET, Field.BUILDING)
}


@dataclass(frozen=True, init=False)
class Conversion:
    """What one record became: the customer input (None when unusable) and its problems."""

    line: int
    customer: CustomerInput | None
    problems: tuple[Problem, ...] = ()
    company_name: str = ""
    company_reading: str = ""
    # The customer's phones, e-mails and postal codes as the checks parsed them, for
    # ``check_converted`` (None when the customer did not come from the converter).
    parsed: Parsed | None = field(default=None, compare=False, repr=False)

    def __init__(
        self,
        line: int,
        customer: CustomerInput | None,
        problems: tuple[Problem, ...] = (),
        company_name: str = "",
        company_reading: str = "",
        parsed: Parsed | None = None,
    ) -> None:
        # FAST_INIT (relationdesk.services.customer_data)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "customer", customer)
        object.__setattr__(self, "problems", problems)
        object.__setattr__(self, "company_name", company_name)
        object.__setattr__(self, "company_reading", company_reading)
        object.__setattr__(self, "parsed", parsed)

    @property
    def ok(self) -> bool:
        """Tell whether the record gave a customer (warnings allowed)."""
        return self.customer is not None


class _Sorted:
    """A record's values sorted by what they become (a plain class for its compiled
    __init__: see FAST_INIT in relationdesk.services.customer_data)."""

    def __init__(self) -> None:
        self.singles: dict[Field, FieldValue] = {}
        self.phones: list[FieldValue] = []
        self.phone_labels: dict[str, FieldValue] = {}
        self.emails: list[FieldValue] = []
        self.email_labels: dict[str, FieldValue] = {}
        self.addresses: dict[str, list[FieldValue]] = {}
        self.notes: list[FieldValue] = []
        self.tags: list[FieldValue] = []


def split_name(text: str) -> tuple[str, str]:
    """Split a whole name at its first space (half- or full-width): (family, given)."""
    parts = _NAME_SPLIT.split(text.strip(), maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def convert_all(
    records: Iterable[MappedRecord], region: str = DEFAULT_REGION, source: str = ""
) -> Iterator[Conversion]:
    """Convert every record, lazily (see convert_record)."""
    for record in records:
        yield convert_record(record, region, source)


def convert_record(
    record: MappedRecord, region: str = DEFAULT_REGION, source: str = ""
) -> Conversion:
    """Turn one mapped record into a CustomerInput plus problems, or only problems.

    *region* is the default phone region; *source* goes into ``CustomerInput.source``
    (for example the file's name).
    """
    return _Converter(record, region).convert(source)


class _Converter:
    """Converts one record; collects problems as it goes."""

    def __init__(self, record: MappedRecord, region: str) -> None:
        self.record = record
        self.region = region
        self.problems: list[Problem] = list(record.problems)
        self.parsed_phones: list[Phone] = []
        self.parsed_emails: list[str] = []
        self.postal_codes: list[str] = []

    def warn(self, column: str, code: str, value: str, **params: str) -> None:
        """Record a warning: the field is left out, the record is used."""
        self.problems.append(
            Problem(self.record.line, column, code, value, Severity.WARNING, tuple(params.items()))
        )

    def fail(self, column: str, code: str, value: str = "", **params: str) -> Conversion:
        """Record an error and return the conversion without a customer."""
        self.problems.append(
            Problem(self.record.line, column, code, value, Severity.ERROR, tuple(params.items()))
        )
        return Conversion(self.record.line, None, tuple(self.problems))

    def convert(self, source: str) -> Conversion:
        """Build the CustomerInput, or fail when the record cannot give one."""
        line = self.record.line
        if any(is_error(p) for p in self.problems):
            return Conversion(line, None, tuple(self.problems))
        values = _sort(self.record.values)
        single = values.singles

        family, given = _text(single.get(Field.FAMILY_NAME)), _text(single.get(Field.GIVEN_NAME))
        name_source = single.get(Field.FAMILY_NAME) or single.get(Field.GIVEN_NAME)
        company = _text(single.get(Field.COMPANY))
        company_value = single.get(Field.COMPANY)
        full_name = _text(single.get(Field.FULL_NAME))
        declared = self.choice(single.get(Field.KIND), _KINDS, "")
        if declared == CustomerKind.COMPANY:
            # a company row of a file that says so (our exports: 法人 and its 表示名)
            company_value = company_value or single.get(Field.FULL_NAME) or name_source
            company = company or full_name or " ".join(p for p in (family, given) if p)
            family = given = full_name = ""
        # a company's own card or row often repeats its name as the person's (iOS: FN = ORG)
        if not family and not given and full_name and full_name != company:
            name_source = single[Field.FULL_NAME]
            family, given = split_name(full_name)
        company_column = company_value.source if company and company_value else ""
        kind = _PERSON
        if not family and not given:
            if not company:
                return self.fail("", ValueCode.NO_NAME)
            kind = _COMPANY
        else:
            column = name_source.source if name_source else ""
            for part in (family, given):
                if len(part) > MAX_LENGTHS["family_name"]:
                    return self.fail(
                        column, ValueCode.TOO_LONG, part[:40], max=str(MAX_LENGTHS["family_name"])
                    )
        if len(company) > LIMITS["company"]:
            if kind == CustomerKind.COMPANY:
                return self.fail(
                    company_column, ValueCode.TOO_LONG, company[:40], max=str(LIMITS["company"])
                )
            self.warn(company_column, ValueCode.TOO_LONG, company[:40], max=str(LIMITS["company"]))
            company = ""

        is_company = kind == CustomerKind.COMPANY
        company_reading_value = single.get(Field.COMPANY_READING)
        if is_company and company_reading_value is None and declared == CustomerKind.COMPANY:
            company_reading_value = single.get(Field.READING)  # our exports' reading column
        company_reading = self.reading_part(company_reading_value) if company else ""
        reading = company_reading if is_company else self.person_reading(single)
        reading_value = (
            company_reading_value
            if is_company
            else next((single[f] for f in _READING_FIELDS[False] if f in single), None)
        )
        customer = CustomerInput(
            kind=kind,
            family_name=family,
            given_name=given,
            display_name=company if is_company else "",
            reading=self.limited(reading, "reading", reading_value),
            title=self.limited(_text(single.get(Field.TITLE)), "title", single.get(Field.TITLE)),
            birthday=self.birthday(single.get(Field.BIRTHDAY)),
            stage=self.stage(single.get(Field.STAGE)),
            honorific=self.choice(single.get(Field.HONORIFIC), _HONORIFICS, ""),
            preferred_channel=self.choice(single.get(Field.CHANNEL), _CHANNELS, _NO_CHANNEL),
            consent_dm=self.flag(single.get(Field.CONSENT_DM)),
            consent_email=self.flag(single.get(Field.CONSENT_EMAIL)),
            consent_line=self.flag(single.get(Field.CONSENT_LINE)),
            source=(
                self.limited(_text(single.get(Field.SOURCE)), "source", single.get(Field.SOURCE))
                or source[: MAX_LENGTHS["source"]]
            ),
            line_id=self.limited(
                _text(single.get(Field.LINE_ID)), "line_id", single.get(Field.LINE_ID)
            ),
            note="\n".join(_text(v).replace("\r\n", "\n") for v in values.notes),
            tags=self.tags(values.tags),
            phones=self.phones(values),
            emails=self.emails(values),
            addresses=self.addresses(values),
        )
        return Conversion(
            line,
            customer,
            tuple(self.problems),
            company_name="" if is_company else company,
            company_reading="" if is_company else company_reading,
            parsed=Parsed(
                self.region,
                tuple(self.parsed_phones),
                tuple(self.parsed_emails),
                tuple(self.postal_codes),
            ),
        )

    def limited(self, text: str, name: str, value: FieldValue | None) -> str:
        """Return *text*, or "" with a warning when it is longer than the database keeps."""
        limit = MAX_LENGTHS[name]
        if len(text) <= limit:
            return text
        self.warn(value.source if value else "", ValueCode.TOO_LONG, text[:40], max=str(limit))
        return ""

    def reading_part(self, value: FieldValue | None) -> str:
        """Return one reading column's kana, half-width widened; "" with a warning if kanji."""
        typed = _text(value)
        reading = widen_kana(typed)
        if value is not None and reading and not is_kana_reading(reading):
            self.warn(value.source, ValueCode.READING_NOT_KANA, typed)
            return ""
        return reading

    def person_reading(self, single: dict[Field, FieldValue]) -> str:
        """Return "family given" from the reading columns (or one split reading column)."""
        family_value = single.get(Field.FAMILY_READING)
        given_value = single.get(Field.GIVEN_READING)
        if family_value or given_value:
            parts = [self.reading_part(family_value), self.reading_part(given_value)]
        elif Field.READING in single:
            whole = single[Field.READING]
            family, given = split_name(widen_kana(_text(whole)))
            if not is_kana_reading(f"{family}{given}"):
                self.warn(whole.source, ValueCode.READING_NOT_KANA, _text(whole))
                return ""
            parts = [family, given]
        else:
            return ""
        return " ".join(p for p in parts if p)

    def birthday(self, value: FieldValue | None) -> date | None:
        """Return the birthday as a date; None with a warning when it is not a real day."""
        if value is None:
            return None
        cell = value.value
        if isinstance(cell, datetime):
            return cell.date()
        if isinstance(cell, date):
            return cell
        text = cell.strip()
        if _NO_YEAR.match(text):
            self.warn(value.source, ValueCode.NO_YEAR, text)
            return None
        try:
            return parse_date(_TIME_PART.sub("", text) if ":" in text or "T" in text else text)
        except InvalidDate:
            self.warn(value.source, ValueCode.INVALID_DATE, text)
            return None

    def stage(self, value: FieldValue | None) -> str:
        """Return the stage code for an English code or a Japanese word; lead if unknown."""
        if value is None:
            return _LEAD
        text = _text(value)
        found = _STAGES.get(fold(text))
        if found is None:
            self.warn(value.source, ValueCode.INVALID_CHOICE, text)
            return _LEAD
        return found

    def choice(self, value: FieldValue | None, table: dict[str, str], default: str) -> str:
        """Return the code a word stands for in *table*; *default* with a warning if none."""
        if value is None:
            return default
        text = _text(value)
        found = table.get(fold(text))
        if found is None:
            self.warn(value.source, ValueCode.INVALID_CHOICE, text)
            return default
        return found

    def flag(self, value: FieldValue | None) -> bool:
        """Return a yes/no column's answer (TRUE, はい, 可, ○ ...); no with a warning if unclear."""
        if value is None:
            return False
        text = _text(value)
        found = _FLAGS.get(fold(text))
        if found is None:
            self.warn(value.source, ValueCode.INVALID_CHOICE, text)
            return False
        return found

    def tags(self, values: list[FieldValue]) -> tuple[str, ...]:
        """Return the tags of all tag columns, split, without duplicates."""
        tags: list[str] = []
        for value in values:
            for tag in _TAG_SPLIT.split(_text(value)):
                if not tag or tag.startswith("*"):  # Google's system groups: * myContacts
                    continue
                if len(tag) > LIMITS["tag"]:
                    self.warn(value.source, ValueCode.TOO_LONG, tag[:40], max=str(LIMITS["tag"]))
                elif tag not in tags:
                    tags.append(tag)
        return tuple(tags)

    def phones(self, values: _Sorted) -> tuple[PhoneInput, ...]:
        """Return the valid phones with their labels; each invalid one is a warning."""
        phones = []
        for value in values.phones:
            label, primary = _label(
                values.phone_labels.get(value.group), value, PHONE_LABELS[value.field]
            )
            for number in _split(_MULTI, _text(value)):
                if not number:
                    continue
                phone = (
                    parsed_phone(number, self.region) if len(number) <= LIMITS["phone"] else None
                )
                if phone is None:
                    self.warn(value.source, ValueCode.INVALID_PHONE, number)
                    continue
                phones.append(PhoneInput(number=number, label=label, primary=primary))
                self.parsed_phones.append(phone)
        return tuple(phones)

    def emails(self, values: _Sorted) -> tuple[EmailInput, ...]:
        """Return the valid e-mail addresses with their labels; each invalid one a warning."""
        emails = []
        for value in values.emails:
            label, primary = _label(values.email_labels.get(value.group), value, "")
            for address in _split(_EMAIL_SPLIT, _text(value)):
                if not address:
                    continue
                normalised = normalised_email(address) if len(address) <= LIMITS["email"] else None
                if normalised is None:
                    self.warn(value.source, ValueCode.INVALID_EMAIL, address)
                    continue
                emails.append(EmailInput(address=address, label=label, primary=primary))
                self.parsed_emails.append(normalised)
        return tuple(emails)

    def addresses(self, values: _Sorted) -> tuple[AddressInput, ...]:
        """Return one address per group of address columns (or vCard ADR)."""
        addresses = []
        for group, parts in values.addresses.items():
            address = self.address(group, parts)
            if address is not None:
                addresses.append(address)
        return tuple(addresses)

    def address(self, group: str, values: list[FieldValue]) -> AddressInput | None:
        """Return one group's address: parts as given, a whole address split, long parts
        and a bad postal code dropped with warnings; None when nothing is left."""
        texts: dict[Field, str] = {}
        sources: dict[Field, str] = {}
        for value in values:
            if value.field is not Field.ADDRESS_LABEL:
                joined = f"{texts.get(value.field, '')} {_text(value)}".strip()
                texts[value.field] = joined
                sources.setdefault(value.field, value.source)
        label_value = next((v for v in values if v.field is Field.ADDRESS_LABEL), None)
        label, primary = _label(label_value, values[0], group if group in _PLACE_GROUPS else "")
        parts = {f: texts.get(f, "") for f in _ADDRESS_TEXTS}
        whole = None
        if parts[Field.ADDRESS] and not parts[Field.STREET]:
            whole = Field.ADDRESS
        elif (
            not parts[Field.PREFECTURE]
            and not parts[Field.CITY]
            and starts_with_prefecture(parts[Field.STREET])
        ):
            whole = Field.STREET  # a vCard's whole address in its street
        if whole is not None:
            found = split_address(parts[whole])
            parts[Field.STREET] = ""
            for part, text in (
                (Field.POSTAL_CODE, found.postal_code),
                (Field.PREFECTURE, found.prefecture),
                (Field.CITY, found.city),
                (Field.STREET, found.street),
            ):
                if text and not parts[part]:
                    parts[part], sources[part] = text, sources[whole]
            if found.building:
                parts[Field.BUILDING] = f"{found.building} {parts[Field.BUILDING]}".strip()
                sources.setdefault(Field.BUILDING, sources[whole])
        street = parts[Field.STREET]
        for part in (Field.PREFECTURE, Field.CITY):  # 都道府県 and 住所 columns both say 東京都
            if parts[part] and street.startswith(parts[part]):
                street = street[len(parts[part]) :].lstrip(" \u3000")
        parts[Field.STREET] = street
        postal, postal_digits = self.postal_code(
            parts[Field.POSTAL_CODE], sources.get(Field.POSTAL_CODE, "")
        )
        kept = {}
        for part, limit in _PART_LIMITS.items():
            text = parts[part]
            if len(text) > limit:
                self.warn(sources.get(part, ""), ValueCode.TOO_LONG, text[:40], max=str(limit))
                text = ""
            kept[part] = text
        if not postal and not any(kept.values()):
            return None
        self.postal_codes.append(postal_digits)
        return AddressInput(
            postal_code=postal,
            prefecture=kept[Field.PREFECTURE],
            city=kept[Field.CITY],
            street=kept[Field.STREET],
            building=kept[Field.BUILDING],
            label=label,
            primary=primary,
        )

    def postal_code(self, text: str, column: str) -> tuple[str, str]:
        """Return the postal code as typed (a lost leading 0 restored) and its 7 digits;
        ("", "") if invalid."""
        if not text:
            return "", ""
        plain = unicodedata.normalize("NFKC", text).strip()
        if len(plain) == 6 and plain.isascii() and plain.isdigit():
            text = "0" + plain  # a spreadsheet took 0600001 for a number and dropped the 0
        try:
            digits = normalise_postal_code(text)
        except InvalidPostalCode:
            self.warn(column, ValueCode.INVALID_POSTAL_CODE, text)
            return "", ""
        return text, digits


def _sort(values: Iterable[FieldValue]) -> _Sorted:
    result = _Sorted()
    for value in values:
        kind = value.field
        if kind in PHONE_LABELS:
            result.phones.append(value)
        elif kind is Field.PHONE_LABEL:
            result.phone_labels.setdefault(value.group, value)
        elif kind is Field.EMAIL:
            result.emails.append(value)
        elif kind is Field.EMAIL_LABEL:
            result.email_labels.setdefault(value.group, value)
        elif kind in ADDRESS_PARTS:
            result.addresses.setdefault(value.group, []).append(value)
        elif kind is Field.NOTE:
            result.notes.append(value)
        elif kind is Field.TAGS:
            result.tags.append(value)
        elif kind is not Field.IGNORE and _text(value):
            result.singles.setdefault(kind, value)
    return result


def _split(pattern: re.Pattern[str], text: str) -> list[str]:
    """Split a cell holding several values; most hold one, so skip the regex then."""
    if _SEPARATOR_CHARS.isdisjoint(text):
        return [text]
    return pattern.split(text)


def _text(value: FieldValue | None) -> str:
    if value is None:
        return ""
    return _cell_text(value.value)


def _cell_text(cell: Cell) -> str:
    return cell.isoformat() if isinstance(cell, date) else cell.strip()


def _label(label_value: FieldValue | None, value: FieldValue, default: str) -> tuple[str, bool]:
    """Return (label, primary): a label column's text, else the file's label, else *default*.

    Known words become codes (携帯, Mobile, CELL -> mobile); a label marked with a leading
    "*" (Google's primary) makes the value primary; other text is kept as typed.
    """
    text = _text(label_value) or value.label
    primary = value.primary or text.startswith("*")
    text = text.lstrip("* ").strip()
    if not text:
        return default, primary
    key = fold(text)
    for code, words in _LABELS:
        if any(word in key for word in words):
            return code, primary
    return text[: LIMITS["label"]], primary
