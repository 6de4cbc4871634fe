"""Japanese postal codes: whatever the user typed, stored as 7 digits, shown as 123-4567."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s〒\-ー―‐‑–—−ｰ－]")


class InvalidPostalCode(ValueError):
    """The text is not a 7-digit Japanese postal code."""


def normalise_postal_code(raw: str) -> str:
    """Return the 7 digits of a postal code (〒１２３－４５６７ -> 1234567) or raise."""
    text = _SEPARATORS.sub("", unicodedata.normalize("NFKC", raw))
    if len(text) != 7 or not text.isdigit() or not text.isascii():
        raise InvalidPostalCode(raw)
    return text


def display_postal_code(digits: str) -> str:
    """Show 7 stored digits the Japanese way (1234567 -> 123-4567)."""
    if len(digits) == 7 and digits.isdigit():
        return f"{digits[:3]}-{digits[3:]}"
    return digits
