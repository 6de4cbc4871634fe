"""Derive the bundled table of Japanese name readings from SudachiDict (Apache-2.0).

    .venv/bin/python tools/name_readings.py

writes relationdesk/data/name_readings.tsv.gz: one line per written form, ``F`` (family
name) or ``G`` (given name), the form, and its readings in katakana separated by ``|``,
the likeliest first. The dictionary itself (110 MB) is too big to ship; the names in it
are about 46,000 lines, a few hundred kilobytes compressed.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from pathlib import Path

from sudachipy import Dictionary, SplitMode

OUT = Path(__file__).resolve().parent.parent / "relationdesk" / "data" / "name_readings.tsv.gz"
KINDS = {"姓": "F", "名": "G"}


def _is_japanese(text: str) -> bool:
    return not text.isascii()


def main() -> None:
    """Write the table."""
    dictionary = Dictionary(dict="small")
    tokenizer = dictionary.tokenizer(mode=SplitMode.C)
    readings: dict[tuple[str, str], list[str]] = defaultdict(list)
    for morpheme in dictionary.entries():
        pos = morpheme.part_of_speech()
        if pos[1] != "固有名詞" or pos[2] != "人名" or pos[3] not in KINDS:
            continue
        surface, reading = morpheme.surface(), morpheme.reading_form()
        if not _is_japanese(surface) or not reading or reading == surface:
            continue
        found = readings[(KINDS[pos[3]], surface)]
        if reading not in found:
            found.append(reading)
    lines = []
    for (kind, surface), found in sorted(readings.items()):
        if len(found) > 1:
            # The tokenizer's choice for the form on its own is the likeliest reading.
            tokens = tokenizer.tokenize(surface)
            if len(tokens) == 1 and tokens[0].reading_form() in found:
                found.remove(tokens[0].reading_form())
                found.insert(0, tokens[0].reading_form())
        lines.append(f"{kind}\t{surface}\t{'|'.join(found)}\n")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as raw:
        raw.write("".join(lines).encode("utf-8"))
    print(f"{len(lines)} names -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
