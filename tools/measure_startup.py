"""Start-up of the built app against the app run from source: whole process, launch to
"self-test done" (the window has shown its customer list), offscreen, a fresh data folder
each run.

    .venv/bin/python tools/measure_startup.py [--runs 9] [--budget 1.1] [--built PATH]

The two are run alternately, after one untimed warm-up run of each, both with Python's
bytecode cache on (benchmarks/built_startup.py, which the benchmarks' `built_startup`
scenario also uses). Prints the median of each and their ratio; exits 1 when built /
source is over the budget (1.1 by default).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the benchmarks package

from benchmarks.built_startup import BUDGET, BUILT, compare


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each (default 9)")
    parser.add_argument("--budget", type=float, default=BUDGET, help="allowed built/source ratio")
    parser.add_argument("--built", type=Path, default=BUILT, help="the built executable")
    args = parser.parse_args()
    if not args.built.exists():
        raise SystemExit(f"{args.built} does not exist: run `make dist` first")
    try:
        measured = compare(args.built, args.runs)
    except RuntimeError as exc:
        raise SystemExit(str(exc)) from exc
    for name, median, values in (
        ("source", measured.source_s, measured.source_samples),
        ("built", measured.built_s, measured.built_samples),
    ):
        shown = " ".join(f"{v:.2f}" for v in values)
        print(f"{name:6}  median {median:.3f} s  (runs: {shown})")
    print(
        f"built / source = {measured.ratio:.2f} (budget {args.budget:.2f}; {args.runs} runs each)"
    )
    return 0 if measured.ratio <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
