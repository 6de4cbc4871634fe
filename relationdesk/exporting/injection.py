"""Formula-injection neutralisation for cells of CSV and Excel files.

A spreadsheet runs a cell that begins with ``=``, ``+``, ``-`` or ``@`` (and, in some
programs, a tab or a carriage return) as a formula, so a customer named ``=HYPERLINK(...)``
could make the shop's own Excel call out or run a command. Every such text cell gets a
leading apostrophe, which spreadsheets read as "this is text". The first character is
looked at after NFKC width folding as well, so full-width ＝ ＋ － ＠ count too.

The rule is kept for every cell, as issue 4 asks, including phone numbers abroad:
``+1 212-555-0100`` is written ``'+1 212-555-0100``, and a note ``-5% off`` as
``'-5% off``. Domestic numbers (``090-...``) never start with one of these characters.

So that the apostrophe can always be taken off again, a text that already starts with
apostrophes followed by one of these characters gets one more: ``restore`` undoes
``neutralise`` exactly, for any text. An importer reading our files should call it.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

TRIGGERS = frozenset("=+-@\t\r")
MARK = "'"
_LOOK_CLOSER = TRIGGERS | {MARK}


@lru_cache(maxsize=4096)
def _folds_to_trigger(ch: str) -> bool:
    return unicodedata.normalize("NFKC", ch)[:1] in TRIGGERS


def is_dangerous(text: str) -> bool:
    """Tell whether a spreadsheet could read *text*, apostrophes aside, as a formula."""
    rest = text.lstrip(MARK) if text[:1] == MARK else text
    if not rest:
        return False
    first = rest[0]
    return first in TRIGGERS if first.isascii() else _folds_to_trigger(first)


def neutralise(text: str) -> str:
    """Return *text* with a leading apostrophe if it could be read as a formula."""
    if not text or (text[0].isascii() and text[0] not in _LOOK_CLOSER):
        return text
    return MARK + text if is_dangerous(text) else text


def restore(text: str) -> str:
    """Undo ``neutralise``: ``restore(neutralise(t)) == t`` for every text *t*."""
    if text.startswith(MARK) and is_dangerous(text[1:]):
        return text[1:]
    return text
