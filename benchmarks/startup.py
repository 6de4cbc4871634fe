"""Whole-process start-up: ``relationdesk`` to its first painted page, against a bare window.

Both are launched as new processes on the offscreen platform and print the monotonic
clock (shared by every process on Linux) when their first paint is done; the time is
taken from just before the launch. Runs alternate (bare, app, app, bare, ...) so that a
busy moment of the shared machine falls on both sides; the first pair is a warm-up.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BARE = Path(__file__).with_name("bare_window.py")
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
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env[FIRST_PAINT_ENV] = "1"
    env.pop("RELATIONDESK_DATA_DIR", None)
    return env


def app_command(data_dir: Path) -> list[str]:
    """The installed ``relationdesk`` next to this interpreter, on *data_dir*."""
    script = Path(sys.executable).with_name("relationdesk")
    return [str(script), "--data-dir", str(data_dir)]


def launch(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Start *command*; return ms from launch to the first paint it reports, and its peak RSS.

    The peak resident memory (MiB) is the process's own, read from wait4() at its exit.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = subprocess.Popen(command, env=env, stdout=out, stderr=err)
        try:
            _pid, status, usage = _wait4(process.pid, started + TIMEOUT_S)
        except TimeoutError:
            process.kill()
            process.wait()
            raise
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace")
        stderr = err.read().decode(errors="replace")
    painted = [line for line in stdout.splitlines() if line.startswith("first-paint ")]
    if process.returncode != 0 or not painted:
        raise RuntimeError(
            f"{command[0]} exited {process.returncode} without a first paint: {stderr[-2000:]}"
        )
    return (float(painted[0].split()[1]) - started) * 1000, usage.ru_maxrss / 1024


def _wait4(pid: int, deadline: float) -> tuple[int, int, resource.struct_rusage]:
    while True:
        found, status, usage = os.wait4(pid, os.WNOHANG)
        if found:
            return found, status, usage
        if time.monotonic() > deadline:
            raise TimeoutError(f"process {pid} did not paint within {TIMEOUT_S} s")
        time.sleep(0.005)


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
