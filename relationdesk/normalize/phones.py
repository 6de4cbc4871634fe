"""Phone numbers in any common Japanese form, parsed with libphonenumber's metadata.

Users type ０９０-１２３４-５６７８, 03(1234)5678, +81 90 1234 5678, 090ー1234ー5678 ...
We keep what they typed, store E.164 (+819012345678) for matching, and show the
national format (090-1234-5678) for the default region.

phonenumbers (~15 ms to import, with its metadata) is imported by the functions that
parse or format, not with this module: the window's first page needs none of it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

DEFAULT_REGION = "JP"

# Look-alikes of the hyphen that Japanese input methods produce.
_DASHES = re.compile("[ー―‐‑–—−ｰ－~〜～]")


class InvalidPhone(ValueError):
    """The text is not a phone number valid for its region."""


@dataclass(frozen=True, slots=True)
class Phone:
    """A parsed phone number: as typed, E.164 for matching, national format, display form."""

    raw: str
    e164: str
    national: str
    display: str


def clean(raw: str) -> str:
    """Return *raw* with full-width characters and dash look-alikes made plain."""
    text = unicodedata.normalize("NFKC", raw).strip()
    return _DASHES.sub("-", text)


def parse_phone(raw: str, region: str = DEFAULT_REGION) -> Phone:
    """Parse *raw* as a phone number of *region*; raise InvalidPhone if it is not one."""
    import phonenumbers

    text = clean(raw)
    if not text or not any(ch.isdigit() for ch in text):
        raise InvalidPhone(raw)
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhone(raw) from exc
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(raw)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return Phone(raw=raw.strip(), e164=e164, national=national, display=display_phone(e164, region))


def national_format(e164: str) -> str:
    """Return the national format of an E.164 number in its own country ("" if unparsable)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


# The home region's calling code, known without loading phonenumbers (a test checks it).
_KNOWN_PREFIXES = {"JP": "+81"}


class PhoneDisplay:
    """Shows stored numbers for one home region, using the stored national format at home.

    Parsing a number again costs ~0.1 ms; a list of 100 customers would spend most of its
    time there. Numbers of the home country show their stored national format; others
    are formatted internationally (parsed, as they are rare).
    """

    def __init__(self, region: str = DEFAULT_REGION) -> None:
        self.region = region
        self._prefix = _KNOWN_PREFIXES.get(region, "")

    @property
    def prefix(self) -> str:
        """The home country's E.164 prefix ("+81")."""
        if not self._prefix:
            import phonenumbers

            self._prefix = f"+{phonenumbers.country_code_for_region(self.region)}"
        return self._prefix

    def show(self, e164: str, national: str) -> str:
        """Return the number as the user should see it."""
        if national and e164.startswith(self.prefix):
            return national
        return display_phone(e164, self.region)


def display_phone(e164: str, region: str = DEFAULT_REGION) -> str:
    """Show an E.164 number the local way: national format at home, international abroad."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_search_digits(e164: str, region: str = DEFAULT_REGION) -> str:
    """Return the digits a user would type to find this number (national form, 0 prefix)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return "".join(ch for ch in e164 if ch.isdigit())
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return "".join(ch for ch in national if ch.isdigit())


def looks_like_phone_query(text: str) -> bool:
    """Tell whether a search query is a phone number fragment (digits and separators only)."""
    cleaned = clean(text)
    return any(ch.isdigit() for ch in cleaned) and all(
        ch.isdigit() or ch in "-+() ." for ch in cleaned
    )
