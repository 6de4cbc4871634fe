"""Checks a CustomerInput and returns the values to store, or every problem at once.

``check_customer`` checks anything; ``check_converted`` gives the same answer for what the
import's converter made (``importing.values``), whose phones, e-mails and postal codes it
already parsed with the same normalize functions: an import checks 100,000 customers.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import NamedTuple

from relationdesk.codes import Channel, CustomerKind, Honorific, Stage
from relationdesk.normalize.dates import InvalidDate, parse_date
from relationdesk.normalize.emails import InvalidEmail, normalise_email
from relationdesk.normalize.kana import fold, gojuon_key, is_kana_reading, widen_kana
from relationdesk.normalize.phones import InvalidPhone, Phone, parse_phone
from relationdesk.normalize.postal import InvalidPostalCode, normalise_postal_code
from relationdesk.services.customer_data import AddressInput, CustomerInput
from relationdesk.services.errors import FieldError, ValidationError

MAX_LENGTHS = {
    "family_name": 200,
    "given_name": 200,
    "display_name": 400,
    "reading": 400,
    "title": 200,
    "source": 200,
    "line_id": 100,
}


class CheckedPhone(NamedTuple):
    """A phone that passed validation."""

    id: uuid.UUID | None
    label: str
    phone: Phone
    primary: bool


class CheckedEmail(NamedTuple):
    """An e-mail address that passed validation (normalised)."""

    id: uuid.UUID | None
    label: str
    address: str
    primary: bool


class CheckedAddress(NamedTuple):
    """An address that passed validation (postal code as 7 digits or empty)."""

    id: uuid.UUID | None
    source: AddressInput
    postal_code: str


class CheckedCustomer(NamedTuple):
    """The values to store for a customer, with its derived keys."""

    data: CustomerInput
    family_name: str
    given_name: str
    display_name: str
    reading: str
    reading_key: str
    name_key: str
    sort_key: str
    honorific: str
    birthday: date | None
    tags: tuple[str, ...]
    phones: tuple[CheckedPhone, ...]
    emails: tuple[CheckedEmail, ...]
    addresses: tuple[CheckedAddress, ...]


class Parsed(NamedTuple):
    """What the import's converter made of an input's values, item for item: each phone
    parsed for *region*, each e-mail address normalised, each address's postal code
    normalised ("" for none)."""

    region: str
    phones: tuple[Phone, ...]
    emails: tuple[str, ...]
    postal_codes: tuple[str, ...]


# The checked values are NamedTuples, not frozen dataclasses: an import checks 100,000
# customers, and a frozen dataclass takes several times longer to create.

# The allowed codes as sets: a membership test against an enum's values walks them all,
# and an import checks 100,000 customers.
_KINDS = frozenset(k.value for k in CustomerKind)
_HONORIFICS = frozenset(h.value for h in Honorific)
_STAGES = frozenset(s.value for s in Stage)
_CHANNELS = frozenset(c.value for c in Channel)


def person_display_name(family: str, given: str) -> str:
    """Return a person's stored display name: family name first, as Japanese writes it."""
    return " ".join(part for part in (family.strip(), given.strip()) if part)


def check_converted(data: CustomerInput, region: str, parsed: Parsed) -> CheckedCustomer:
    """``check_customer(data, region)`` for an input the import's converter made, taking
    its phones, e-mails and postal codes from *parsed* instead of parsing them again.

    The converter keeps only values that pass the same normalize functions: its phones
    parse, its e-mails and postal codes normalise, its birthday is a date or None, its
    reading is half-width-widened kana that ``is_kana_reading`` accepted, its addresses
    are not empty and its names and texts are within ``MAX_LENGTHS``. What is cheap to
    check again (choices, lengths, names, tags, that *parsed* fits *data*) is checked;
    anything off goes to ``check_customer``, which raises as usual.
    """
    family = data.family_name.strip()
    given = data.given_name.strip()
    display = data.display_name.strip() or person_display_name(family, given)
    honorific = data.honorific or (
        Honorific.ONCHU if data.kind == CustomerKind.COMPANY else Honorific.SAMA
    )
    birthday = data.birthday
    tags = tuple(dict.fromkeys(t.strip() for t in data.tags if t.strip()))
    if (
        not display
        or parsed.region != region
        or data.kind not in _KINDS
        or honorific not in _HONORIFICS
        or data.stage not in _STAGES
        or data.preferred_channel not in _CHANNELS
        or (birthday is not None and not isinstance(birthday, date))
        or len(parsed.phones) != len(data.phones)
        or len(parsed.emails) != len(data.emails)
        or len(parsed.postal_codes) != len(data.addresses)
        or any(len(getattr(data, name)) > limit for name, limit in MAX_LENGTHS.items())
        or any(len(tag) > 100 for tag in tags)
    ):
        return check_customer(data, region)
    reading = data.reading.strip()
    chosen = next((i for i, item in enumerate(data.phones) if item.primary), 0)
    phones = tuple(
        CheckedPhone(item.id, item.label, phone, i == chosen)
        for i, (item, phone) in enumerate(zip(data.phones, parsed.phones, strict=True))
    )
    chosen = next((i for i, mail in enumerate(data.emails) if mail.primary), 0)
    emails = tuple(
        CheckedEmail(mail.id, mail.label, address, i == chosen)
        for i, (mail, address) in enumerate(zip(data.emails, parsed.emails, strict=True))
    )
    addresses = tuple(
        CheckedAddress(address.id, address, postal)
        for address, postal in zip(data.addresses, parsed.postal_codes, strict=True)
    )
    return _checked(
        data, family, given, display, reading, honorific, birthday, tags, phones, emails, addresses
    )


def _checked(
    data: CustomerInput,
    family: str,
    given: str,
    display: str,
    reading: str,
    honorific: str,
    birthday: date | None,
    tags: tuple[str, ...],
    phones: tuple[CheckedPhone, ...],
    emails: tuple[CheckedEmail, ...],
    addresses: tuple[CheckedAddress, ...],
) -> CheckedCustomer:
    """The checked customer of checked values, with the keys derived from its names."""
    reading_key = fold(reading)
    name_key = fold(display)
    return CheckedCustomer(
        data=data,
        family_name=family,
        given_name=given,
        display_name=display,
        reading=reading,
        reading_key=reading_key,
        name_key=name_key,
        sort_key=gojuon_key(reading_key or name_key),
        honorific=honorific,
        birthday=birthday,
        tags=tags,
        phones=phones,
        emails=emails,
        addresses=addresses,
    )


def check_customer(data: CustomerInput, region: str) -> CheckedCustomer:
    """Validate *data*; raise ValidationError listing every problem found."""
    errors: list[FieldError] = []
    family = data.family_name.strip()
    given = data.given_name.strip()
    if data.kind not in _KINDS:
        errors.append(FieldError("kind", "invalid_choice", data.kind))
    if data.kind == CustomerKind.COMPANY:
        display = data.display_name.strip() or person_display_name(family, given)
        if not display:
            errors.append(FieldError("display_name", "required"))
    else:
        display = data.display_name.strip() or person_display_name(family, given)
        if not family and not given and not display:
            errors.append(FieldError("family_name", "required"))
    for name, limit in MAX_LENGTHS.items():
        value = getattr(data, name)
        if len(value) > limit:
            errors.append(FieldError(name, "too_long", value[:40], (("max", str(limit)),)))

    reading = data.reading.strip()
    if reading and not is_kana_reading(reading):
        errors.append(FieldError("reading", "reading_not_kana", reading))
    reading = widen_kana(reading)  # stored as typed, half-width kana widened

    honorific = data.honorific or (
        Honorific.ONCHU if data.kind == CustomerKind.COMPANY else Honorific.SAMA
    )
    if honorific not in _HONORIFICS:
        errors.append(FieldError("honorific", "invalid_choice", honorific))
    if data.stage not in _STAGES:
        errors.append(FieldError("stage", "invalid_choice", data.stage))
    if data.preferred_channel not in _CHANNELS:
        errors.append(FieldError("preferred_channel", "invalid_choice", data.preferred_channel))

    birthday: date | None = None
    if isinstance(data.birthday, date):
        birthday = data.birthday
    elif data.birthday and data.birthday.strip():
        try:
            birthday = parse_date(data.birthday)
        except InvalidDate:
            errors.append(FieldError("birthday", "invalid_date", data.birthday))

    # Exactly one primary phone and e-mail: the first marked one, else the first. Decided
    # before the values are made (replacing a frozen dataclass afterwards costs several
    # microseconds, and an import checks 100,000 customers).
    parsed = []
    for index, item in enumerate(data.phones):
        if not item.number.strip():
            continue
        try:
            parsed.append((item, parse_phone(item.number, region)))
        except InvalidPhone:
            errors.append(FieldError(f"phones[{index}].number", "invalid_phone", item.number))
    chosen = next((i for i, (item, _) in enumerate(parsed) if item.primary), 0)
    phones = [
        CheckedPhone(item.id, item.label, phone, i == chosen)
        for i, (item, phone) in enumerate(parsed)
    ]
    normalised = []
    for index, mail in enumerate(data.emails):
        if not mail.address.strip():
            continue
        try:
            normalised.append((mail, normalise_email(mail.address)))
        except InvalidEmail:
            errors.append(FieldError(f"emails[{index}].address", "invalid_email", mail.address))
    chosen = next((i for i, (mail, _) in enumerate(normalised) if mail.primary), 0)
    emails = [
        CheckedEmail(mail.id, mail.label, address, i == chosen)
        for i, (mail, address) in enumerate(normalised)
    ]
    addresses = []
    for index, address in enumerate(data.addresses):
        if not any(
            (
                address.postal_code,
                address.prefecture,
                address.city,
                address.street,
                address.building,
            )
        ):
            continue
        postal = ""
        if address.postal_code.strip():
            try:
                postal = normalise_postal_code(address.postal_code)
            except InvalidPostalCode:
                errors.append(
                    FieldError(
                        f"addresses[{index}].postal_code",
                        "invalid_postal_code",
                        address.postal_code,
                    )
                )
        addresses.append(CheckedAddress(address.id, address, postal))

    tags = tuple(dict.fromkeys(t.strip() for t in data.tags if t.strip()))
    for tag in tags:
        if len(tag) > 100:
            errors.append(FieldError("tags", "too_long", tag[:40], (("max", "100"),)))

    if errors:
        raise ValidationError(errors)
    return _checked(
        data,
        family,
        given,
        display,
        reading,
        honorific,
        birthday,
        tags,
        tuple(phones),
        tuple(emails),
        tuple(addresses),
    )
