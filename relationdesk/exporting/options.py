"""The choices an export is written with."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, tzinfo

from relationdesk.exporting.columns import Layout
from relationdesk.exporting.cp932 import CharacterPolicy
from relationdesk.exporting.labels import check_language


class CsvEncoding(enum.StrEnum):
    """The encodings a CSV file can be written in."""

    UTF8 = "utf-8"  # with a byte-order mark, so Excel recognises it
    CP932 = "cp932"  # Windows Shift_JIS, what Japanese Excel assumes without a mark


@dataclass(frozen=True)
class ExportOptions:
    """How to write a file.

    ``language`` ("ja"/"en") heads the columns and names stages and kinds; ``encoding``
    and ``policy`` apply to CSV (Excel and vCard files are always Unicode); ``layout``
    is the number of phone, e-mail and address columns (CSV and Excel); times are
    written in ``tz``, the user's zone.
    """

    language: str = "ja"
    encoding: CsvEncoding = CsvEncoding.UTF8
    policy: CharacterPolicy = CharacterPolicy.STRICT
    layout: Layout = field(default_factory=Layout)
    tz: tzinfo = UTC

    def __post_init__(self) -> None:
        check_language(self.language)
        object.__setattr__(self, "encoding", CsvEncoding(self.encoding))
        object.__setattr__(self, "policy", CharacterPolicy(self.policy))
