"""The CLI's messages: every one in English and Japanese, with the same placeholders."""

from __future__ import annotations

import string

from relationdesk.messages import MESSAGES


def placeholders(text: str) -> set[str]:
    """The {names} a message fills in."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_has_both_languages_with_the_same_placeholders():
    """A Japanese text never lacks (or adds) a value the English one shows."""
    for key, texts in MESSAGES.items():
        assert set(texts) == {"en", "ja"}, key
        assert placeholders(texts["en"]) == placeholders(texts["ja"]), key
