"""Shortcuts taken for the import's speed give exactly what the plain code gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from relationdesk.services.search_index import GRAM_FIELDS, PREFIX_LENGTHS, PREFIX_MARK, grams_of


def reference_grams(document: str) -> str:
    """grams_of as it was written first, character by character."""
    lines = document.split("\n")
    grams: dict[str, None] = {}
    for key in lines[:2]:
        letters = "".join(ch for ch in key if ch.isalnum())
        for length in PREFIX_LENGTHS:
            if len(letters) >= length:
                grams[PREFIX_MARK + letters[:length]] = None
    for line in lines[:GRAM_FIELDS]:
        for word in line.split(" "):
            chars = [ch for ch in word if ch.isalnum()]
            for index, ch in enumerate(chars):
                grams[ch] = None
                if index + 1 < len(chars):
                    grams[ch + chars[index + 1]] = None
    return " ".join(grams)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="ab山田ｱｲ1２ -.\n　_①@", max_size=40))
def test_grams_of_equals_the_character_by_character_version(document: str) -> None:
    """The same tokens in the same order, whatever the text."""
    assert grams_of(document) == reference_grams(document)
