"""CP932 (Windows Shift_JIS), the encoding Japanese Excel reads CSV files in by default.

CP932 holds JIS X 0208 plus NEC and IBM extensions (① ㈱ 髙 﨑 are fine) but no emoji
(🍣), no JIS X 0213 or Unicode-only kanji (𠮷), and no symbols such as ♡ or the em dash
(—, U+2014; CP932's dash is U+2015 ―). Nothing is dropped silently: every such character
is reported with the customer and the field it is in, and the caller chooses to refuse
(``STRICT``) or to write each one as the geta mark ``〓`` (``REPLACE``), the conventional
stand-in for a character a Japanese typeface or encoding does not have.

Variation selectors (U+FE00-FE0F, U+E0100-E01EF, as in 葛󠄀) only pick a glyph of the
character before them; CP932 has one glyph per character, so they are reported like
the rest but left out rather than replaced, so 葛󠄀城 becomes 葛城, not 葛〓城.

A few characters CP932 does hold come back as their Windows forms, as in every Windows
program: 〜 (U+301C) reads back as ～ (U+FF5E), − (U+2212) as －, ¢ £ ¬ ‖ as ￠ ￡ ￢ ∥.
They are the same marks on screen and are not reported.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from relationdesk.exporting.columns import Column
from relationdesk.exporting.report import MAX_LISTED, ExportReport, Unencodable
from relationdesk.services.customer_data import CustomerDetail
from relationdesk.services.list_rows import given_first

CODEC = "cp932"
REPLACEMENT = "〓"


class CharacterPolicy(enum.StrEnum):
    """What to do with characters the encoding cannot hold."""

    STRICT = "strict"  # write nothing usable: raise UnencodableText with the full report
    REPLACE = "replace"  # write 〓 in their place and report them


class UnencodableText(ValueError):
    """Some customers hold characters the encoding cannot hold; ``report`` lists them all."""

    def __init__(self, report: ExportReport) -> None:
        super().__init__(f"{report.unencodable_total} fields hold characters {CODEC} cannot hold")
        self.report = report


def is_variation_selector(ch: str) -> bool:
    """Tell whether *ch* is a variation selector (it only picks the glyph of the one before)."""
    code = ord(ch)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def unencodable(text: str) -> str:
    """Return each character of *text* that CP932 cannot hold, once, in order."""
    found: dict[str, None] = {}
    for ch in text:
        if ch in found:
            continue
        try:
            ch.encode(CODEC)
        except UnicodeEncodeError:
            found[ch] = None
    return "".join(found)


def replace(text: str, characters: str) -> str:
    """Return *text* with each of *characters* written as 〓 (variation selectors left out)."""
    return "".join(
        ("" if is_variation_selector(ch) else REPLACEMENT) if ch in characters else ch
        for ch in text
    )


class Cp932Guard:
    """Checks the cells of each row before they are encoded; collects what it finds.

    Rows come back safe to encode, the characters replaced; ``finish`` returns the report,
    or raises UnencodableText under the strict policy if anything was found.
    """

    def __init__(self, policy: CharacterPolicy) -> None:
        self.policy = CharacterPolicy(policy)
        self._listed: list[Unencodable] = []
        self._total = 0

    def clean(
        self, customer: CustomerDetail, columns: Sequence[Column], cells: list[str]
    ) -> list[str]:
        """Return *cells* (one per column) with what CP932 cannot hold replaced, noting it."""
        try:
            "".join(cells).encode(CODEC)
        except UnicodeEncodeError:
            pass
        else:
            return cells
        result = []
        for column, cell in zip(columns, cells, strict=True):
            bad = unencodable(cell)
            if bad:
                self._total += 1
                if len(self._listed) < MAX_LISTED:
                    self._listed.append(
                        Unencodable(
                            customer.id,
                            customer.display_name,
                            column.key,
                            column.header,
                            bad,
                            given_first(
                                customer.kind,
                                customer.display_name,
                                customer.family_name,
                                customer.given_name,
                            ),
                        )
                    )
                cell = replace(cell, bad)
            result.append(cell)
        return result

    def finish(self, customers: int) -> ExportReport:
        """Return the report of *customers* written; raise UnencodableText if strict and found."""
        report = ExportReport(customers, tuple(self._listed), self._total)
        if self._total and self.policy == CharacterPolicy.STRICT:
            raise UnencodableText(report)
        return report
