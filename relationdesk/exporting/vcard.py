"""Customers to vCard 3.0 (RFC 2426), the format phones and address books import.

Each customer is one card: FN, N (family;given), the reading as Apple's and Android's
X-PHONETIC-LAST-NAME / X-PHONETIC-FIRST-NAME and as SORT-STRING (so address books sort
them in 五十音 order), ORG and TITLE, every phone, e-mail and address with its TYPE (the
primary one also PREF), BDAY, NOTE, tags as CATEGORIES, the customer id as UID and the
last change as REV. A company is a card whose FN and ORG are its name, with
``X-ABShowAs:COMPANY`` so Apple's Contacts shows it as one.

Text is UTF-8; ``\\``, ``,``, ``;`` and line breaks are escaped; lines are folded at 75
octets (a CRLF and a space) without splitting a UTF-8 character; lines end in CRLF.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC
from typing import BinaryIO

from relationdesk.exporting.columns import primary_first
from relationdesk.exporting.options import ExportOptions
from relationdesk.exporting.report import ExportReport
from relationdesk.normalize.postal import display_postal_code
from relationdesk.services.customer_data import AddressOut, CustomerDetail

LINE_OCTETS = 75
CRLF = "\r\n"

# Phone and address labels as users write them, and the vCard TYPE each one means.
_PHONE_TYPES = {
    "携帯": "CELL",
    "携帯電話": "CELL",
    "mobile": "CELL",
    "cell": "CELL",
    "自宅": "HOME",
    "home": "HOME",
    "勤務先": "WORK",
    "会社": "WORK",
    "代表": "WORK",
    "職場": "WORK",
    "work": "WORK",
    "fax": "FAX",
    "ファックス": "FAX",
    "ファクス": "FAX",
}
_ADDRESS_TYPES = {k: v for k, v in _PHONE_TYPES.items() if v in ("HOME", "WORK")}
_COUNTRIES = {"JP": {"ja": "日本", "en": "Japan"}}
_SPACE = re.compile(r"[ \u3000]+")


def escape(text: str) -> str:
    """Escape a text value: backslash, comma, semicolon and line breaks (RFC 2426 5.)."""
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line into pieces of at most 75 octets, never inside a character.

    Pieces after the first start with a space, which counts toward their 75 octets.
    """
    if len(line) * 4 <= LINE_OCTETS or len(line.encode("utf-8")) <= LINE_OCTETS:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = LINE_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, LINE_OCTETS - 1
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)


def _reading_parts(customer: CustomerDetail) -> tuple[str, str]:
    """Split a person's reading into family and given parts where it has both."""
    parts = _SPACE.split(customer.reading.strip())
    if customer.family_name and customer.given_name and len(parts) == 2:
        return parts[0], parts[1]
    return customer.reading.strip(), ""


def _types(label: str, table: dict[str, str]) -> list[str]:
    kind = table.get(label.strip().lower())
    return [kind] if kind is not None else []


def _params(types: list[str], primary: bool) -> str:
    types = [*types, "PREF"] if primary else types
    return ";TYPE=" + ",".join(types) if types else ""


def _address(address: AddressOut, language: str) -> str:
    country = _COUNTRIES.get(address.country, {}).get(language, address.country)
    parts = (
        "",  # post office box
        address.building,  # extended address: building and room
        address.street,
        address.city,
        address.prefecture,
        display_postal_code(address.postal_code),
        country,
    )
    return ";".join(escape(p) for p in parts)


def card_lines(customer: CustomerDetail, language: str = "ja") -> Iterator[str]:
    """Yield the unfolded content lines of one customer's card."""
    yield "BEGIN:VCARD"
    yield "VERSION:3.0"
    yield f"FN:{escape(customer.display_name)}"
    company = customer.kind == "company"
    if company:
        yield "N:;;;;"
        yield f"ORG:{escape(customer.display_name)}"
        yield "X-ABShowAs:COMPANY"
    else:
        yield f"N:{escape(customer.family_name)};{escape(customer.given_name)};;;"
        if customer.company_name:
            yield f"ORG:{escape(customer.company_name)}"
    if customer.reading:
        family, given = _reading_parts(customer)
        if company:
            yield f"X-PHONETIC-ORG:{escape(family)}"
        else:
            yield f"X-PHONETIC-LAST-NAME:{escape(family)}"
            if given:
                yield f"X-PHONETIC-FIRST-NAME:{escape(given)}"
        yield f"SORT-STRING:{escape(customer.reading)}"
    if customer.title:
        yield f"TITLE:{escape(customer.title)}"
    for phone in primary_first(customer.phones):
        types = _types(phone.label, _PHONE_TYPES) or ["VOICE"]
        yield f"TEL{_params(types, phone.primary)}:{escape(phone.display)}"
    for mail in primary_first(customer.emails):
        yield f"EMAIL{_params(['INTERNET'], mail.primary)}:{escape(mail.address)}"
    for address in primary_first(customer.addresses):
        types = _types(address.label, _ADDRESS_TYPES)
        yield f"ADR{_params(types, address.primary)}:{_address(address, language)}"
    if customer.birthday is not None:
        yield f"BDAY:{customer.birthday.isoformat()}"
    if customer.tags:
        yield "CATEGORIES:" + ",".join(escape(t) for t in customer.tags)
    if customer.note:
        yield f"NOTE:{escape(customer.note)}"
    yield f"UID:urn:uuid:{customer.id}"
    yield f"REV:{customer.updated_at.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}"
    yield "END:VCARD"


def write_vcard(
    customers: Iterable[CustomerDetail], out: BinaryIO, options: ExportOptions
) -> ExportReport:
    """Write one card per customer to *out* (UTF-8, folded, CRLF); return the count."""
    count = 0
    for customer in customers:
        card = "".join(fold(line) + CRLF for line in card_lines(customer, options.language))
        out.write(card.encode("utf-8"))
        count += 1
    return ExportReport(count)
