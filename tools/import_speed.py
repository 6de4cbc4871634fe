"""Measure reading + converting a generated 100,000-row CP932 CSV (not a test; prints figures).

.venv/bin/python tools/import_speed.py [ROWS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the benchmarks package

from benchmarks.import_scenario import write_file
from relationdesk.importing.mapping import guess_mapping
from relationdesk.importing.readers import read_table
from relationdesk.importing.values import convert_all
from relationdesk.services.customer_validation import check_customer


def main() -> None:
    """Generate the file, then time reading, mapping + converting, and check_customer.

    Wall-clock and CPU seconds are both printed: the machine may be shared, and CPU time
    is what this process itself spent.
    """
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "customers.csv"
        write_file(path, rows)
        size = path.stat().st_size

        wall, cpu = time.perf_counter(), time.process_time()
        count = sum(1 for _ in read_table(path))
        read = (time.perf_counter() - wall, time.process_time() - cpu)

        wall, cpu = time.perf_counter(), time.process_time()
        table = read_table(path)
        mapping = guess_mapping(table.headers)
        usable = problems = 0
        for conversion in convert_all(mapping.map_rows(table)):  # streamed, as an import runs
            usable += conversion.ok
            problems += len(conversion.problems)
        total = (time.perf_counter() - wall, time.process_time() - cpu)

        table = read_table(path)
        conversions = convert_all(guess_mapping(table.headers).map_rows(table))
        customers = [c.customer for c in conversions if c.customer is not None]

    wall, cpu = time.perf_counter(), time.process_time()
    for customer in customers:
        check_customer(customer, "JP")
    checked = (time.perf_counter() - wall, time.process_time() - cpu)

    print(f"{count} rows, {size / 1e6:.1f} MB CP932")
    print(f"read only:                 {read[0]:6.2f} s wall {read[1]:6.2f} s CPU")
    print(f"read + map + convert:      {total[0]:6.2f} s wall {total[1]:6.2f} s CPU")
    print(f"  ({usable} customers, {problems} problems)")
    print(f"check_customer afterwards: {checked[0]:6.2f} s wall {checked[1]:6.2f} s CPU")


if __name__ == "__main__":
    main()
