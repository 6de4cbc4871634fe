"""Start-up of the built app against the app run from source: whole process, launch to
"self-test done" (the window has shown its customer list), offscreen, a fresh data folder
each run.

Used by ``tools/measure_startup.py`` (CI's 1.1x budget, issue 5) and by the benchmarks'
``built_startup`` scenario (``python -m benchmarks``), which is skipped when there is no
build. The two are run alternately (source, built, built, source ...) so that load on the
machine falls on both alike, after one untimed warm-up run of each (cold disk caches are
not what we compare, and the warm-up writes the source tree's bytecode cache).

Both sides run with Python's bytecode cache on: ``PYTHONDONTWRITEBYTECODE`` (set on the
project's shared machines) would make every source launch compile the app's own modules
again, a cost no installed copy pays (the build ships them compiled), and flatter the
build by 40-70 ms (``benchmarks.startup.environment`` drops it for the same reason).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILT = ROOT / "dist" / "RelationDesk" / ("RelationDesk.exe" if os.name == "nt" else "RelationDesk")
BUDGET = 1.1  # issue 5: the built app starts no slower than 1.1 times the source
TIMEOUT_S = 180


@dataclass(frozen=True, slots=True)
class Comparison:
    """Every timed run of each side, in seconds, and their medians."""

    built_samples: list[float]
    source_samples: list[float]

    @property
    def built_s(self) -> float:
        """Median launch-to-exit of the built app."""
        return statistics.median(self.built_samples)

    @property
    def source_s(self) -> float:
        """Median launch-to-exit of the app run from source."""
        return statistics.median(self.source_samples)

    @property
    def ratio(self) -> float:
        """built / source of the medians."""
        return self.built_s / self.source_s


def source_command() -> list[str]:
    """The app run from source by this interpreter."""
    return [sys.executable, "-m", "relationdesk"]


def environment() -> dict[str, str]:
    """Both sides' environment: offscreen, English, the bytecode cache on."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELATIONDESK_LANG="en")
    env.pop("RELATIONDESK_DATA_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_once(command: list[str], scratch: Path) -> float:
    """Seconds from launch to exit of one `COMMAND --selftest` on a fresh data folder."""
    data = Path(tempfile.mkdtemp(prefix="data-", dir=scratch))
    started = time.perf_counter()
    result = subprocess.run(
        [*command, "--data-dir", str(data), "--selftest"],
        env=environment(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        cwd=ROOT,
    )
    elapsed = time.perf_counter() - started
    shutil.rmtree(data, ignore_errors=True)
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} --selftest failed:\n{result.stdout}{result.stderr}")
    return elapsed


def compare(built: Path, runs: int) -> Comparison:
    """Alternate *runs* timed launches of each side (after a warm-up of each)."""
    commands = {"source": source_command(), "built": [str(built)]}
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="relationdesk-startup-") as folder:
        scratch = Path(folder)
        for command in commands.values():
            run_once(command, scratch)  # warm-up, not timed
        for run in range(runs):
            order = ("source", "built") if run % 2 == 0 else ("built", "source")
            for name in order:
                times[name].append(run_once(commands[name], scratch))
    return Comparison(built_samples=times["built"], source_samples=times["source"])
