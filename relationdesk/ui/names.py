"""How a person's name is shown: family name first in Japanese, given name first in English.

Names are stored, searched and sorted family name first in every language ("山田 太郎",
"Smith John"); the services hand the given-name-first form beside it (``given_first``,
'' for companies, single names and display names the user wrote). Which one the window
shows is the translation's word, the way Qt asks its translations for the layout
direction: the source (English) says GIVEN_FIRST, the Japanese translation FAMILY_FIRST.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

GIVEN_FIRST = "GIVEN_FIRST"


def given_name_first() -> bool:
    """Whether the window's language writes a person's given name first."""
    order = QCoreApplication.translate(
        "PersonNames",
        "GIVEN_FIRST",
        "Translate as FAMILY_FIRST if your language writes a person's family name first "
        "(山田 太郎), else leave GIVEN_FIRST (John Smith).",
    )
    return order == GIVEN_FIRST


def shown_name(stored: str, given_first: str, first_given: bool | None = None) -> str:
    """The name to show: *given_first* where the language wants it and there is one, else
    the *stored* (family name first) one. *first_given*: ``given_name_first()``, if known."""
    if not given_first:
        return stored
    if first_given is None:
        first_given = given_name_first()
    return given_first if first_given else stored
