"""Whole-process start-up: ``relationdesk`` to its first painted page, against a bare window.

Both are launched as new processes on the offscreen platform and print the monotonic
clock (shared by every process on Linux) when their first paint is done; the time is
taken just before the launch, by launch.py, which also reads the peak memory. Runs
alternate (bare, app, app, bare, ...) so that a busy moment of the shared machine falls
on both sides; the first pair is a warm-up.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

BARE = Path(__file__).with_name("bare_window.py")
LAUNCHER = Path(__file__).with_name("launch.py")
FIRST_PAINT_ENV = "RELATIONDESK_EXIT_AFTER_FIRST_PAINT"  # relationdesk/ui/application.py
TIMEOUT_S = 180


@dataclass(frozen=True, slots=True)
class Startup:
    """Median launch-to-first-paint of each side, and every sample."""

    app_ms: float
    bare_ms: float
    app_peak_mib: float
    app_samples: list[float]
    bare_samples: list[float]


def environment() -> dict[str, str]:
    """Both sides' environment: offscreen, the app's first-paint hook, and Python's normal
    bytecode cache.

    PYTHONDONTWRITEBYTECODE (set on some shared machines) would make every launch compile
    the app's own modules again (~7,000 lines before the first paint, 40-70 ms) while the
    bare window's PySide6 comes precompiled from its wheel: a cost no installed copy pays
    (pip and the standalone build ship bytecode). Without it, the warm-up pair writes the
    cache, as the first start after an install does.
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env[FIRST_PAINT_ENV] = "1"
    env.pop("RELATIONDESK_DATA_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def app_command(data_dir: Path) -> list[str]:
    """The installed ``relationdesk`` next to this interpreter, on *data_dir*."""
    script = Path(sys.executable).with_name("relationdesk")
    return [str(script), "--data-dir", str(data_dir)]


def launch(command: list[str], env: dict[str, str], cwd: str | None = None) -> tuple[float, float]:
    """Start *command* (in *cwd*); return ms from launch to the first paint it reports, and
    its peak RSS.

    Launched through launch.py, a small process, so the peak resident memory (MiB) is the
    command's own.
    """
    done = subprocess.run(
        [sys.executable, str(LAUNCHER), *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        cwd=cwd,
    )
    if done.returncode != 0:
        raise RuntimeError(f"launch.py failed: {done.stderr[-2000:]}")
    report = json.loads(done.stdout)
    painted = [line for line in report["stdout"].splitlines() if line.startswith("first-paint ")]
    if report["returncode"] != 0 or not painted:
        raise RuntimeError(
            f"{command[0]} exited {report['returncode']} without a first paint: "
            f"{report['stderr'][-2000:]}"
        )
    return (float(painted[0].split()[1]) - report["started"]) * 1000, report["peak_kib"] / 1024


def measure(data_dir: Path, runs: int) -> Startup:
    """Alternate *runs* launches of each (after a warm-up pair); return the medians."""
    env = environment()
    sides = {"app": app_command(data_dir), "bare": [sys.executable, str(BARE)]}
    samples: dict[str, list[float]] = {"app": [], "bare": []}
    peaks: list[float] = []
    for run in range(runs + 1):
        order = ("bare", "app") if run % 2 == 0 else ("app", "bare")
        for side in order:
            elapsed, peak = launch(sides[side], env)
            if run > 0:
                samples[side].append(elapsed)
                if side == "app":
                    peaks.append(peak)
    return Startup(
        statistics.median(samples["app"]),
        statistics.median(samples["bare"]),
        statistics.median(peaks),
        samples["app"],
        samples["bare"],
    )
