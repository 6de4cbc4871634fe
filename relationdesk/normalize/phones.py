"""Phone numbers in any common Japanese form, parsed with libphonenumber's metadata.

Users type ０９０-１２３４-５６７８, 03(1234)5678, +81 90 1234 5678, 090ー1234ー5678 ...
We keep what they typed, store E.164 (+819012345678) for matching, and show the
national format (090-1234-5678) for the default region.

phonenumbers (~15 ms to import, with its metadata) is imported by the functions that
parse or format, not with this module: the window's first page needs none of it.

``parse_phone`` is on the hot path of an import (100,000 rows, one or two numbers each), so
it does the least libphonenumber work that gives the same answer: a Japanese number
written with digits and separators (0 + 9 or 10 digits) is checked against the metadata
directly instead of going through ``phonenumbers.parse``, it is formatted nationally once
(the display form of a number of the home region is that same national form, where the
old code parsed the E.164 text again to find it), phonenumbers keeps its patterns
compiled, and the last few thousand answers are remembered, so validating a value and
then storing it parses it once. The national format and the validity check themselves
are libphonenumber's answers found with less work (``phone_formats``: the format chosen
per prefix of the number, a template per format and length, one alternation of the type
patterns per length).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

DEFAULT_REGION = "JP"

# Look-alikes of the hyphen that Japanese input methods produce.
_DASHES = re.compile("[ー―‐‑–—−ｰ－~〜～]")
# phonenumbers.country_code_for_region("JP"), known without importing it (a test checks it).
_JP_CODE = 81
_SEPARATORS = re.compile(r"[\s\-()]")
# A national Japanese number: the trunk prefix 0, then 9 or 10 digits not starting with 0.
_JP_NATIONAL = re.compile(r"^0[1-9][0-9]{7,9}$")
_CACHE_SIZE = 8192
_pattern_cache_on = False


def _keep_patterns_compiled() -> None:
    """Once phonenumbers is imported (on first use), keep its patterns compiled.

    phonenumbers compiles its metadata's patterns on every use through re's own bounded
    cache; keeping them compiled makes checking and formatting a number ~20% cheaper.
    """
    global _pattern_cache_on
    if not _pattern_cache_on:
        import phonenumbers

        phonenumbers.enable_pattern_cache()
        _pattern_cache_on = True


class InvalidPhone(ValueError):
    """The text is not a phone number valid for its region."""


@dataclass(frozen=True, slots=True, init=False)
class Phone:
    """A parsed phone number: as typed, E.164 for matching, national format, display form."""

    raw: str
    e164: str
    national: str
    display: str

    def __init__(
        self,
        raw: str,
        e164: str,
        national: str,
        display: str,
    ) -> None:
        # FAST_INIT (relationdesk.services.customer_data)
        object.__setattr__(self, "raw", raw)
        object.__setattr__(self, "e164", e164)
        object.__setattr__(self, "national", national)
        object.__setattr__(self, "display", display)


def clean(raw: str) -> str:
    """Return *raw* with full-width characters and dash look-alikes made plain."""
    text = unicodedata.normalize("NFKC", raw).strip()
    return _DASHES.sub("-", text)


def parse_phone(raw: str, region: str = DEFAULT_REGION) -> Phone:
    """Parse *raw* as a phone number of *region*; raise InvalidPhone if it is not one."""
    return _parse_phone(raw, region)


@lru_cache(maxsize=_CACHE_SIZE)
def _parse_phone(raw: str, region: str) -> Phone:
    # Cached: an import checks a value while converting a row and parses it again when it
    # stores the row. InvalidPhone is raised, not cached (lru_cache keeps only returns).
    import phonenumbers

    import relationdesk.normalize.phone_formats as phone_formats

    _keep_patterns_compiled()
    text = clean(raw)
    if region == "JP":
        digits = _japanese_national(text)
        if digits is not None:
            national = phone_formats.national_of_digits(_JP_CODE, digits)
            if national is None:
                number = phonenumbers.PhoneNumber(
                    country_code=_JP_CODE, national_number=int(digits)
                )
                national = phone_formats.national(number)
            # A valid +81 number belongs to JP, the home region: shown in national form.
            return Phone(
                raw=raw.strip(), e164=f"+{_JP_CODE}{digits}", national=national, display=national
            )
    if not text or not any(ch.isdigit() for ch in text):
        raise InvalidPhone(raw)
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhone(raw) from exc
    if not phone_formats.is_valid(number):
        raise InvalidPhone(raw)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    national = phone_formats.national(number)
    return Phone(raw=raw.strip(), e164=e164, national=national, display=display_phone(e164, region))


def _japanese_national(text: str) -> str | None:
    """Return the national significant number (digits after the trunk prefix 0) if *text*
    is a valid Japanese number in national digits, else None.

    None means "ask phonenumbers.parse", never "invalid". What parse would do with these
    digits under region JP: strip the trunk prefix 0 (the national number does not start
    with 0), keep region JP's country code; the validity check is the same metadata check,
    made on the digits (``phone_formats.is_valid_digits``) without a PhoneNumber.
    """
    digits = _SEPARATORS.sub("", text)
    if not _JP_NATIONAL.match(digits):
        return None
    import relationdesk.normalize.phone_formats as phone_formats

    _keep_patterns_compiled()
    significant = digits[1:]
    valid = phone_formats.is_valid_digits(DEFAULT_REGION, significant)
    if valid is None:
        import phonenumbers

        number = phonenumbers.PhoneNumber(country_code=_JP_CODE, national_number=int(digits))
        valid = phone_formats.is_valid(number)
    return significant if valid else None


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


def stored_search_digits(e164: str, national: str, region: str = DEFAULT_REGION) -> str:
    """``phone_search_digits`` for a stored number, without parsing it again when it can.

    A Japanese number's stored national form (090-1234-5678) already holds the digits a
    user types; anything else (an extension, a number abroad) is parsed as before.
    """
    if e164.startswith("+81") and national[:1] == "0":
        digits = national.replace("-", "")
        if digits.isascii() and digits.isdigit():
            return digits
    return phone_search_digits(e164, region)


def looks_like_phone_query(text: str) -> bool:
    """Tell whether a search query is a phone number fragment (digits and separators only)."""
    cleaned = clean(text)
    return any(ch.isdigit() for ch in cleaned) and all(
        ch.isdigit() or ch in "-+() ." for ch in cleaned
    )
