"""E-mail addresses checked with email-validator, offline (no DNS look-ups).

email-validator costs ~25 µs an address, most of it on the domain, which an import of
100,000 rows sees a few dozen distinct values of. The common shape (an ASCII dot-atom
before the @, a plain ASCII domain) is therefore answered by checking the local part here
and the domain once per distinct domain with email-validator itself; anything else goes
through email-validator whole. Both give the same answer (the tests hold them to it).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from email_validator import EmailNotValidError, validate_email
from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES

# RFC 5322 atext, as email-validator's DOT_ATOM_TEXT has it.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_DOT_ATOM = re.compile(rf"^{_ATOM}(?:\.{_ATOM})*$")
_LOCAL_MAX = 64
_ADDRESS_MAX = 254
_CASE_INSENSITIVE = frozenset(CASE_INSENSITIVE_MAILBOX_NAMES)


class InvalidEmail(ValueError):
    """The text is not a syntactically valid e-mail address."""


def normalise_email(raw: str) -> str:
    """Return the normalised address (domain lower-cased, width folded) or raise InvalidEmail."""
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text:
        raise InvalidEmail(raw)
    fast = _plain_address(text)
    if fast is not None:
        return fast
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidEmail(raw) from exc
    return str(result.normalized)


def _plain_address(text: str) -> str | None:
    """The normalised form of a plain ASCII address, or None to ask email-validator.

    None never means "invalid": only that this shortcut does not decide.
    """
    if not text.isascii() or len(text) > _ADDRESS_MAX:
        return None
    local, at, domain = text.rpartition("@")
    if not at or len(local) > _LOCAL_MAX or not _DOT_ATOM.match(local):
        return None
    if local.lower() in _CASE_INSENSITIVE:  # postmaster@, info@ ... are lower-cased
        return None
    normalised = _plain_domain(domain)
    if normalised is None:
        return None
    return f"{local}@{normalised}"


@lru_cache(maxsize=4096)
def _plain_domain(domain: str) -> str | None:
    """email-validator's form of *domain* when it is valid and plain ASCII, else None.

    A domain whose normalised form is not simply lower-cased (IDNA ``xn--`` labels become
    Unicode, which changes the address's length) is left to email-validator.
    """
    try:
        result = validate_email(f"a@{domain}", check_deliverability=False)
    except EmailNotValidError:
        return None
    found = str(result.domain)
    return found if found == domain.lower() else None
