"""The benchmark harness at a tiny scale, so that it cannot rot (timings are not checked)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = {"name", "scale", "app_ms", "raw_ms", "ratio", "target_ratio", "rss_mib"}
SCENARIOS = [
    "startup",
    "list_first_page",
    "list_middle_page",
    "list_end",
    "search_1char",
    "search_2char",
    "search_3char",
    "search_kana",
    "search_email",
    "search_phone",
    "timeline_first_page",
    "timeline_big_first_page",
    "due_reminders",
    "import_100k",
    "demo_generate",
    "rss_after_browse",
]


@pytest.mark.slow
def test_harness_runs_every_scenario_at_300_customers(tmp_path):
    """make bench's harness builds, caches, checks every answer and writes the result list."""
    env = {k: v for k, v in os.environ.items() if k != "RELATIONDESK_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    command = [
        sys.executable,
        "-m",
        "benchmarks",
        "--scale",
        "300",
        "--reps",
        "1",
        "--min-seconds",
        "0",
        "--startup-runs",
        "1",
        "--import-reps",
        "1",
        "--import-rows",
        "2000",
        "--cache-dir",
        str(tmp_path / "cache"),
        "--results-dir",
        str(tmp_path / "results"),
        "--built",
        str(tmp_path / "no-build" / "RelationDesk"),
    ]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "| scenario | scale |" in done.stdout

    entries = json.loads((tmp_path / "results" / "latest.json").read_text())
    names = [e["name"] for e in entries]
    assert names[: len(SCENARIOS)] == SCENARIOS
    for entry in entries:
        assert set(entry) >= REQUIRED, entry
        assert entry["scale"] == 300
        if entry["raw_ms"]:
            assert entry["ratio"] == pytest.approx(entry["app_ms"] / entry["raw_ms"], rel=0.02)
    by_name = {e["name"]: e for e in entries}
    assert by_name["search_1char"]["rows"] > 0  # the ids of app and raw were compared
    assert by_name["rss_after_browse"]["rss_mib"] > 0
    assert by_name["demo_generate"]["customers_per_second"] > 0
    # the baseline stored what the app stored (checked by the harness): 2,000 people
    assert by_name["import_100k"]["rows"] == 2000
    assert by_name["import_100k"]["contact_points"] == 8000
    # without a standalone build the build's start-up is reported as skipped, not failed
    skipped = by_name["built_startup"]
    assert skipped["skipped"] is True and skipped["met"] is None and skipped["app_ms"] is None
    assert "| built_startup | 300 |" in done.stdout and "| skipped |" in done.stdout
    machine = json.loads((tmp_path / "results" / "machine.json").read_text())
    assert {"cpu", "cores", "python", "sqlite", "qt"} <= set(machine)
    # The data set is cached per scale and schema revision.
    assert len(list((tmp_path / "cache").glob("customers-300-rev*/meta.json"))) == 1


@pytest.mark.slow
def test_built_startup_times_a_build_against_the_source(tmp_path):
    """With a build, built_startup times its --selftest against the source tree's, runs
    alternating, and reports the ratio against the 1.1x budget. The "build" here is a
    stand-in that runs the source tree, so the harness is tested without `make dist`."""
    built = tmp_path / "dist" / "RelationDesk"
    built.parent.mkdir()
    built.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m relationdesk "$@"\n')
    built.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k != "RELATIONDESK_DATA_DIR"}
    command = [
        sys.executable,
        "-m",
        "benchmarks",
        "--scale",
        "300",
        "--only",
        "built_startup",
        "--startup-runs",
        "1",
        "--cache-dir",
        str(tmp_path / "cache"),
        "--results-dir",
        str(tmp_path / "results"),
        "--built",
        str(built),
    ]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    (entry,) = json.loads((tmp_path / "results" / "latest.json").read_text())
    assert entry["name"] == "built_startup" and entry["skipped"] is False
    assert entry["target_ratio"] == 1.1 and entry["reps"] == 1
    assert len(entry["app_runs_s"]) == len(entry["raw_runs_s"]) == 1
    assert entry["app_ms"] > 0 and entry["raw_ms"] > 0
    assert entry["ratio"] == pytest.approx(entry["app_ms"] / entry["raw_ms"], rel=0.02)
    assert entry["met"] is (entry["ratio"] <= 1.1)
