"""Start-up of the built app against the app run from source: whole process, launch to
"self-test done" (the window has shown its customer list), offscreen, a fresh data folder
each run.

    .venv/bin/python tools/measure_startup.py [--runs 9] [--budget 1.1] [--built PATH]

The two are run alternately (source, built, source, built ...) so that load on the machine
falls on both alike, after one untimed warm-up run of each (cold disk caches are not what
we compare). Prints the median of each and their ratio; exits 1 when built / source is
over the budget (1.1 by default).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILT = ROOT / "dist" / "RelationDesk" / ("RelationDesk.exe" if os.name == "nt" else "RelationDesk")


def run_once(command: list[str], scratch: Path) -> float:
    """Seconds from launch to exit of one `COMMAND --selftest` on a fresh data folder."""
    data = Path(tempfile.mkdtemp(prefix="data-", dir=scratch))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELATIONDESK_LANG="en")
    started = time.perf_counter()
    result = subprocess.run(
        [*command, "--data-dir", str(data), "--selftest"],
        env=env,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    shutil.rmtree(data, ignore_errors=True)
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} --selftest failed:\n{result.stdout}{result.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each (default 9)")
    parser.add_argument("--budget", type=float, default=1.1, help="allowed built/source ratio")
    parser.add_argument("--built", type=Path, default=BUILT, help="the built executable")
    args = parser.parse_args()
    if not args.built.exists():
        raise SystemExit(f"{args.built} does not exist: run `make dist` first")
    commands = {
        "source": [sys.executable, "-m", "relationdesk"],
        "built": [str(args.built)],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="relationdesk-startup-") as folder:
        scratch = Path(folder)
        for command in commands.values():
            run_once(command, scratch)  # warm-up, not timed
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(run_once(command, scratch))
    median = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        shown = " ".join(f"{v:.2f}" for v in values)
        print(f"{name:6}  median {median[name]:.3f} s  (runs: {shown})")
    ratio = median["built"] / median["source"]
    print(f"built / source = {ratio:.2f} (budget {args.budget:.2f}; {args.runs} runs each)")
    return 0 if ratio <= args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
