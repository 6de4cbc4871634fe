"""Measure reading + converting a generated 100,000-row CP932 CSV (not a test; prints figures).

.venv/bin/python tools/import_speed.py [ROWS]
"""

from __future__ import annotations

import csv
import io
import sys
import tempfile
import time
from pathlib import Path

from relationdesk.importing.mapping import guess_mapping
from relationdesk.importing.readers import read_table
from relationdesk.importing.values import convert_all

HEADERS = ["氏名", "フリガナ", "電話番号", "携帯", "メール", "郵便番号", "住所", "生年月日", "備考"]


def write_file(path: Path, rows: int) -> None:
    """Write an Excel-style CP932 CSV (CRLF) of *rows* customers."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for i in range(rows):
        writer.writerow(
            [
                f"髙橋 一郎{i}",
                "ﾀｶﾊｼ ｲﾁﾛｳ",
                f"03-{1000 + i % 9000}-{i % 10000:04d}",
                f"０９０-{1000 + i % 9000}-{i % 10000:04d}",
                f"user{i}@example.co.jp",
                "100-0001",
                f"東京都千代田区千代田{i % 9 + 1}-1 ①ビル",
                f"昭和{i % 60 + 1}年{i % 12 + 1}月{i % 28 + 1}日",
                "備考" if i % 3 else "",
            ]
        )
    path.write_bytes(buffer.getvalue().encode("cp932"))


def main() -> None:
    """Generate the file, then time reading alone and reading plus converting."""
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "customers.csv"
        write_file(path, rows)
        started = time.perf_counter()
        table = read_table(path)
        count = sum(1 for _ in table)
        read_s = time.perf_counter() - started
        started = time.perf_counter()
        table = read_table(path)
        mapping = guess_mapping(table.headers)
        usable = problems = 0
        for conversion in convert_all(mapping.map_rows(table)):
            usable += conversion.ok
            problems += len(conversion.problems)
        total_s = time.perf_counter() - started
    print(f"{count} rows, {path.stat().st_size if path.exists() else 0} bytes")
    print(f"read only:          {read_s:.2f} s")
    print(f"read + convert:     {total_s:.2f} s ({usable} usable, {problems} problems)")


if __name__ == "__main__":
    main()
