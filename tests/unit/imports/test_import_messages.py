"""Every code the import can report is said in English and Japanese (CLI messages)."""

from __future__ import annotations

import pytest

from relationdesk.importing.errors import FileCode
from relationdesk.importing.problems import RowCode
from relationdesk.importing.values import ValueCode
from relationdesk.messages import MESSAGES, message, problem_text
from relationdesk.services.duplicate_rules import Confidence, MatchRule
from relationdesk.services.errors import ChangeReason
from relationdesk.services.import_prepare import ImportCode


def codes(holder: type) -> list[str]:
    """The string constants of a codes class."""
    return [v for k, v in vars(holder).items() if k.isupper() and isinstance(v, str)]


@pytest.mark.parametrize(
    "key",
    [f"problem_{c}" for holder in (RowCode, ValueCode, ImportCode) for c in codes(holder)]
    + codes(FileCode)
    + [f"reason_{c}" for c in codes(ChangeReason)]
    + [f"rule_{r.value}" for r in MatchRule]
    + [f"confidence_{c.value}" for c in Confidence],
)
def test_every_code_has_both_languages(key, monkeypatch):
    """A message exists in en and ja, and fills in with the parameters its code carries."""
    assert set(MESSAGES[key]) == {"en", "ja"}
    params = {
        "value": "x",
        "cells": "3",
        "columns": "2",
        "max": "40",
        "rule": "email",
        "field": "phones[0]",
        "code": "invalid_phone",
        "path": "a.csv",
        "reason": "E",
        "line": "2",
        "format": "xls",
        "sheet": "s",
        "encoding": "cp932",
    }
    for language in ("en", "ja"):
        monkeypatch.setenv("RELATIONDESK_LANG", language)
        if key.startswith("problem_"):
            text = problem_text(key.removeprefix("problem_"), "x", tuple(params.items()))
        else:
            text = message(key, **params)
        assert text and "{" not in text


def test_unknown_codes_are_said_as_codes():
    """A code without a message (from a newer file reader) still says something."""
    assert problem_text("brand_new_code", "x") == "brand_new_code"
    assert problem_text("too_long", "x") == "too_long"  # its max is missing
