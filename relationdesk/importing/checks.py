"""Answers to "will the normalize functions accept this phone / e-mail?" for the converter.

An import checks every phone and e-mail of 100,000 rows, then stores them. Both normalize
functions answer the common shapes quickly (a Japanese number in national digits is checked
against libphonenumber's metadata directly, an e-mail's domain is validated once per
domain). ``parsed_phone`` and ``normalised_email`` hand back what they found: the converter
keeps it (``Conversion.parsed``) so the row is stored without parsing its values again
(``customer_validation.check_converted``).
"""

from __future__ import annotations

from relationdesk.normalize.emails import InvalidEmail, normalise_email
from relationdesk.normalize.phones import InvalidPhone, Phone, parse_phone


def phone_ok(raw: str, region: str) -> bool:
    """Tell whether ``parse_phone(raw, region)`` succeeds."""
    try:
        parse_phone(raw, region)
    except InvalidPhone:
        return False
    return True


def parsed_phone(raw: str, region: str) -> Phone | None:
    """``parse_phone(raw, region)``, or None where it raises InvalidPhone."""
    try:
        return parse_phone(raw, region)
    except InvalidPhone:
        return None


def normalised_email(raw: str) -> str | None:
    """``normalise_email(raw)``, or None where it raises InvalidEmail."""
    try:
        return normalise_email(raw)
    except InvalidEmail:
        return None


def email_ok(raw: str) -> bool:
    """Tell whether ``normalise_email(raw)`` succeeds."""
    try:
        normalise_email(raw)
    except InvalidEmail:
        return False
    return True
