"""E-mail addresses checked with email-validator, offline (no DNS look-ups)."""

from __future__ import annotations

import unicodedata

from email_validator import EmailNotValidError, validate_email


class InvalidEmail(ValueError):
    """The text is not a syntactically valid e-mail address."""


def normalise_email(raw: str) -> str:
    """Return the normalised address (domain lower-cased, width folded) or raise InvalidEmail."""
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text:
        raise InvalidEmail(raw)
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidEmail(raw) from exc
    return str(result.normalized)
