"""Start-up of several versions of the app, against the bare window, launches alternating.

    python -m benchmarks.startup_compare [--runs 21] [--compile] NAME=SOURCE:DATA_DIR ...

Each NAME is a copy of the source (a folder holding ``relationdesk/``, e.g. from
``git archive COMMIT relationdesk resources | tar -x -C DIR``) started with
``python -m relationdesk --data-dir DATA_DIR`` and that folder first on PYTHONPATH, from a
neutral working folder (``-m`` puts the working folder first on ``sys.path``). Give each
its own copy of the data folder: a running copy locks its folder, and an older version
would upgrade (or refuse) a newer file. Every round launches the bare window and each
version once, in alternating order; the ratio printed is the median over the rounds of
each launch against the bare window's of the same round (less moved by a busy moment
than a ratio of medians), with its interquartile range. ``--compile``: run every version
with ``PYTHONDONTWRITEBYTECODE=1`` and no bytecode cache (what the shared machines did to
``make bench`` before the harness dropped that variable). This is how benchmarks/README.md
section 7 compared the code before and after the safety work.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.startup import BARE, environment, launch


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, alternate the launches, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("versions", nargs="+", metavar="NAME=SOURCE:DATA_DIR")
    parser.add_argument("--runs", type=int, default=21, help="rounds (after one warm-up)")
    parser.add_argument("--compile", action="store_true", help="no bytecode cache")
    args = parser.parse_args(argv)
    versions: dict[str, tuple[Path, Path]] = {}
    for spec in args.versions:
        name, _, rest = spec.partition("=")
        source, _, data = rest.partition(":")
        versions[name] = (Path(source).resolve(), Path(data).resolve())
        if args.compile:
            for cache in Path(source, "relationdesk").rglob("__pycache__"):
                shutil.rmtree(cache)
    samples: dict[str, list[float]] = {name: [] for name in ("bare", *versions)}
    with tempfile.TemporaryDirectory() as neutral:
        for run in range(args.runs + 1):
            order = ["bare", *versions]
            if run % 2:
                order.reverse()
            for name in order:
                env = environment()
                command = [sys.executable, str(BARE)]
                if name != "bare":
                    source, data = versions[name]
                    env["PYTHONPATH"] = str(source)
                    if args.compile:
                        env["PYTHONDONTWRITEBYTECODE"] = "1"
                    command = [sys.executable, "-m", "relationdesk", "--data-dir", str(data)]
                elapsed, _peak = launch(command, env, cwd=neutral)
                if run:
                    samples[name].append(elapsed)
    bare = samples["bare"]
    print("| version | median ms | min ms | ratio (paired median) | IQR |")
    print("| --- | ---: | ---: | ---: | --- |")
    for name, values in samples.items():
        ratios = sorted(v / b for v, b in zip(values, bare, strict=True))
        quarter = len(ratios) // 4
        print(
            f"| {name} | {statistics.median(values):.1f} | {min(values):.1f} "
            f"| {statistics.median(ratios):.2f}x "
            f"| {ratios[quarter]:.2f}–{ratios[-1 - quarter]:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
