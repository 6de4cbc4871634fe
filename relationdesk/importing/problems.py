"""Problems found in one record of an imported file: codes and values, never prose.

Every problem names the physical line the record starts on and the column (the header text,
or the vCard property) it was found in, so the user can find it in the file. The UI and the
CLI turn the code and its parameters into words in the user's language.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Final


class Severity(enum.StrEnum):
    """How bad a problem is: an error drops the whole record, a warning only the field."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True, init=False)
class Problem:
    """One problem: where (line, column), what (code, params) and the offending value."""

    line: int
    column: str
    code: str
    value: str = ""
    severity: Severity = Severity.WARNING
    params: tuple[tuple[str, str], ...] = ()

    def __init__(
        self,
        line: int,
        column: str,
        code: str,
        value: str = "",
        severity: Severity = Severity.WARNING,
        params: tuple[tuple[str, str], ...] = (),
    ) -> None:
        # FAST_INIT (relationdesk.services.customer_data)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "column", column)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "severity", severity)
        object.__setattr__(self, "params", params)


def is_error(problem: Problem) -> bool:
    """Tell whether *problem* makes its record unusable."""
    return problem.severity is Severity.ERROR


class RowCode:
    """Codes of the problems a reader finds in one row or card (the values' codes are in
    ``relationdesk.importing.values.ValueCode``)."""

    EXTRA_CELLS: Final = "extra_cells"  # warning; params: cells (how many), columns (header width)
    UNCLOSED_QUOTE: Final = "unclosed_quote"  # error: a quote opened and never closed, to the end
    MALFORMED: Final = "malformed_row"  # error: the csv parser gave up on this row
    CARD_NOT_CLOSED: Final = "card_not_closed"  # warning: BEGIN:VCARD without END:VCARD
    UNDECODABLE: Final = "undecodable_value"  # warning: bytes not valid in the declared charset
