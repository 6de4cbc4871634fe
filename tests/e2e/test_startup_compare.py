"""benchmarks.startup_compare, the tool that compares start-up across versions, at a tiny
scale so that it cannot rot (timings are not checked)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_compare_two_copies_of_the_source(app, now, tmp_path):
    """Two versions (here the same source twice), each on its own copy of the data."""
    from relationdesk.services.demo import DemoGenerator

    DemoGenerator(app.db, seed=3).generate(20, now)
    app.close()
    second = tmp_path / "second"
    shutil.copytree(app.paths.root, second)
    env = {k: v for k, v in os.environ.items() if k != "RELATIONDESK_DATA_DIR"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.startup_compare",
            "--runs",
            "1",
            f"one={ROOT}:{app.paths.root}",
            f"two={ROOT}:{second}",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    rows = [line.split("|")[1].strip() for line in done.stdout.splitlines()[2:]]
    assert rows == ["bare", "one", "two"]
