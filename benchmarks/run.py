"""``python -m benchmarks``: build or reuse the data set, run every scenario, write the results.

    python -m benchmarks --scale 100000            # what `make bench` runs
    python -m benchmarks --scale 1000000           # the full run (generation cached)
    python -m benchmarks --scale 300 --reps 1 --startup-runs 1 --cache-dir /tmp/c \\
        --results-dir /tmp/r                       # a smoke run (tests/ does this)

built_startup (the standalone build against the source tree) runs when dist/RelationDesk/
exists (`make dist`; `--built PATH` for another) and is reported as skipped otherwise.

Writes RESULTS_DIR/latest.json (the list issue 7 asks for), RESULTS_DIR/machine.json,
RESULTS_DIR/scale-N.json (both together, kept per scale) and prints the table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks import built_startup, dataset, import_scenario, machine, scenarios, startup

RESULTS_DIR = Path(__file__).with_name("results")
FULL_SCALE = 1_000_000

# Issue 7's targets that are not ratios.
STARTUP_RATIO = 2.0
DEMO_PER_SECOND = 5_000
RSS_LIMIT_MIB = 250
# The order of the list, then anything extra.
ORDER = (
    "startup",
    "list_first_page",
    "list_middle_page",
    "list_end",
    *(name for name, _ in scenarios.SEARCHES),
    "timeline_first_page",
    "timeline_big_first_page",
    "due_reminders",
    "import_100k",
    "demo_generate",
    "rss_after_browse",
    "built_startup",  # issue 5 (packaging), not issue 7: measured only when there is a build
)


def _entry(
    name: str,
    scale: int,
    app_ms: float | None,
    raw_ms: float | None,
    target_ratio: float | None,
    rss_mib: float | None = None,
    **extra: Any,
) -> dict[str, Any]:
    ratio = app_ms / raw_ms if app_ms is not None and raw_ms else None
    return {
        "name": name,
        "scale": scale,
        "app_ms": _round(app_ms),
        "raw_ms": _round(raw_ms),
        "ratio": round(ratio, 2) if ratio is not None else None,
        "target_ratio": target_ratio,
        "rss_mib": round(rss_mib, 1) if rss_mib is not None else None,
        **extra,
    }


def _round(value: float | None) -> float | None:
    if value is None:
        return None
    return round(value, 3 if value < 100 else 1)


def timing_entry(timing: scenarios.Timing, scale: int) -> dict[str, Any]:
    """The result entry of one in-process scenario, with whether it met its targets."""
    entry = _entry(timing.name, scale, timing.app_ms, timing.raw_ms, timing.target_ratio)
    target = f"≤{timing.target_ratio}x" if timing.target_ratio else "none (extra)"
    met: bool | None = None
    if timing.target_ratio is not None:
        met = entry["ratio"] <= timing.target_ratio
    if timing.limit_ms is not None:
        target += f", ≤{timing.limit_ms:g} ms at 1M"
        if scale >= FULL_SCALE:
            met = bool(met) and timing.app_ms <= timing.limit_ms
    entry.update(target=target, met=met, rows=timing.rows, reps=timing.reps)
    if timing.note:
        entry["note"] = timing.note
    return entry


def run(args: argparse.Namespace) -> list[dict[str, Any]]:
    """Run everything; return the result entries in the issue's order."""
    scale = args.scale
    only = set(args.only.split(",")) if args.only else None

    def wanted(name: str) -> bool:
        return only is None or name in only

    print(f"RelationDesk benchmarks at {scale:,} customers")
    data = dataset.ensure(scale, Path(args.cache_dir))
    print(f"data set: {data.folder} (built {data.built_at})")
    entries: list[dict[str, Any]] = []
    print("in-process scenarios (median after warm-up; app = the service the window calls):")
    for timing in scenarios.run_all(data, args.reps, only, args.min_seconds):
        entries.append(timing_entry(timing, scale))
    if wanted("startup"):
        print(f"start-up: relationdesk vs a bare QMainWindow, {args.startup_runs} runs each ...")
        measured = startup.measure(data.folder, args.startup_runs)
        entry = _entry(
            "startup",
            scale,
            measured.app_ms,
            measured.bare_ms,
            STARTUP_RATIO,
            measured.app_peak_mib,
        )
        entry.update(
            target=f"≤{STARTUP_RATIO}x",
            met=entry["ratio"] <= STARTUP_RATIO,
            reps=len(measured.app_samples),
            note="launch to the list's first painted page vs a bare window's first paint; "
            "rss_mib: the app's peak at that moment",
        )
        entries.append(entry)
    if wanted("built_startup"):
        entries.append(_built_startup(scale, Path(args.built), args.startup_runs))
    if wanted("import_100k"):
        rows = min(import_scenario.ROWS, args.import_rows)
        print(f"import_100k: a {rows:,}-row CP932 CSV, the app's import vs a raw bulk insert ...")
        measured_import = import_scenario.measure(rows, args.import_reps)
        entry = _entry(
            "import_100k",
            scale,
            measured_import.app_ms,
            measured_import.raw_ms,
            import_scenario.TARGET_RATIO,
        )
        entry.update(
            target=f"≤{import_scenario.TARGET_RATIO}x",
            met=entry["ratio"] <= import_scenario.TARGET_RATIO,
            rows=measured_import.customers,
            contact_points=measured_import.points,
            reps=len(measured_import.app_runs),
            app_runs_s=[round(s, 2) for s in measured_import.app_runs],
            raw_runs_s=[round(s, 2) for s in measured_import.raw_runs],
            note=f"{rows:,} rows into a fresh data folder (not the data set); raw: the "
            "same customers, contact points and index documents in one executemany each",
        )
        entries.append(entry)
    if wanted("demo_generate"):
        rate = data.customers_per_second
        entries.append(
            _entry(
                "demo_generate",
                scale,
                data.generate_seconds * 1000,
                None,
                None,
                target=f"≥{DEMO_PER_SECOND:,} customers/s",
                met=rate >= DEMO_PER_SECOND,
                customers_per_second=round(rate),
                customers_per_busier_cpu_second=(
                    round(data.customers_per_cpu_second) if data.customers_per_cpu_second else None
                ),
                load_average=data.generate_load,
                note=(
                    "measured in this run"
                    if data.built_in_this_run
                    else f"measured when the cached data set was built ({data.built_at})"
                )
                + "; customers_per_busier_cpu_second: the speed on two idle cores (customers "
                "per CPU second of the busier of writer and row builder)",
            )
        )
    if wanted("rss_after_browse"):
        print("rss_after_browse: the real window, offscreen: end of the list, 20 searches ...")
        probe = _window_probe(data.folder)
        entries.append(
            _entry(
                "rss_after_browse",
                scale,
                probe["browse_ms"],
                None,
                None,
                probe["rss_mib"],
                target=f"≤{RSS_LIMIT_MIB} MiB",
                met=probe["rss_mib"] <= RSS_LIMIT_MIB,
                peak_mib=probe["peak_mib"],
                jump_to_end_ms=probe["jump_to_end_ms"],
                note="app_ms: jump to the end + 20 searches (each waits 200 ms of typing "
                "debounce); rss_mib: resident memory after them",
            )
        )
    rank = {name: i for i, name in enumerate(ORDER)}
    entries.sort(key=lambda e: rank.get(e["name"], len(ORDER)))
    return entries


def _built_startup(scale: int, built: Path, runs: int) -> dict[str, Any]:
    """The standalone build's whole-process start-up against the source tree's, or a skipped
    entry when there is no build (``make dist`` makes one)."""
    target = f"≤{built_startup.BUDGET}x"
    if not built.exists():
        print(f"built_startup: skipped, no {built} (make dist)")
        return _entry(
            "built_startup",
            scale,
            None,
            None,
            built_startup.BUDGET,
            target=target,
            met=None,
            skipped=True,
            note=f"skipped: no build at {built} (run make dist)",
        )
    print(f"built_startup: {built} vs python -m relationdesk, {runs} runs each ...")
    measured = built_startup.compare(built, runs)
    entry = _entry(
        "built_startup",
        scale,
        measured.built_s * 1000,
        measured.source_s * 1000,
        built_startup.BUDGET,
        target=target,
        skipped=False,
        reps=runs,
        app_runs_s=[round(s, 3) for s in measured.built_samples],
        raw_runs_s=[round(s, 3) for s in measured.source_samples],
        note="whole process, launch to exit of --selftest on a fresh data folder (not the "
        "data set): app = the standalone build, raw = python -m relationdesk from this tree; "
        "alternating runs after a warm-up of each, medians",
    )
    entry["met"] = entry["ratio"] <= built_startup.BUDGET
    return entry


def _window_probe(folder: Path) -> dict[str, Any]:
    env = startup.environment()
    env.pop(startup.FIRST_PAINT_ENV, None)
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.window_probe", str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=Path(__file__).parent.parent,
    )
    if done.returncode != 0:
        raise RuntimeError(f"window probe failed: {done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def table(entries: Sequence[dict[str, Any]]) -> str:
    """The results as a Markdown table (also readable as plain text)."""

    def show(value: Any, fmt: str = "{}") -> str:
        return "" if value is None else fmt.format(value)

    lines = [
        "| scenario | scale | app ms | raw ms | ratio | target | met | RSS MiB |",
        "| --- | ---: | ---: | ---: | ---: | --- | --- | ---: |",
    ]
    for e in entries:
        met = {True: "yes", False: "**no**", None: ""}[e.get("met")]
        if e.get("skipped"):
            met = "skipped"
        app, raw = _ms(e["app_ms"]), _ms(e["raw_ms"])
        if e["name"] == "demo_generate":
            app = f"{e['customers_per_second']:,}/s"
        lines.append(
            f"| {e['name']} | {e['scale']:,} | {app} | {raw} | "
            f"{show(e['ratio'], '{:.2f}x')} | {e.get('target', '')} | {met} | "
            f"{show(e['rss_mib'])} |"
        )
    return "\n".join(lines)


def _ms(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.3f}" if value < 100 else f"{value:,.0f}"


def write(entries: list[dict[str, Any]], info: dict[str, Any], folder: Path, scale: int) -> None:
    """Write latest.json, machine.json and scale-N.json into *folder*."""
    folder.mkdir(parents=True, exist_ok=True)
    dump = {"ensure_ascii": False, "indent": 2}
    (folder / "latest.json").write_text(json.dumps(entries, **dump) + "\n")  # type: ignore[arg-type]
    (folder / "machine.json").write_text(json.dumps(info, **dump) + "\n")  # type: ignore[arg-type]
    both = {"machine": info, "results": entries}
    (folder / f"scale-{scale}.json").write_text(json.dumps(both, **dump) + "\n")  # type: ignore[arg-type]


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--scale", type=int, default=100_000, help="customers (default 100000)")
    parser.add_argument("--reps", type=int, default=7, help="timed runs at least (default 7)")
    parser.add_argument(
        "--min-seconds",
        type=float,
        default=scenarios.MIN_SECONDS,
        help="fast scenarios repeat for this long (default %(default)s s)",
    )
    parser.add_argument(
        "--startup-runs",
        type=int,
        default=7,
        help="launches of each side, startup and built_startup (default 7)",
    )
    parser.add_argument(
        "--import-reps",
        type=int,
        default=import_scenario.IMPORT_REPS,
        help="import_100k runs of each side (default %(default)s; ~30 s a pair)",
    )
    parser.add_argument(
        "--import-rows",
        type=int,
        default=import_scenario.ROWS,
        help="rows of the import_100k file (default %(default)s; fewer for a smoke run)",
    )
    parser.add_argument("--cache-dir", default=str(dataset.default_cache_root()))
    parser.add_argument("--results-dir", default=str(RESULTS_DIR))
    parser.add_argument("--only", help="comma-separated scenario names")
    parser.add_argument(
        "--built",
        default=str(built_startup.BUILT),
        help="built_startup: the standalone executable (default %(default)s; skipped if absent)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks; exit 0 when they ran (missed targets are reported, not failed)."""
    args = parse(argv)
    started = time.perf_counter()
    info = machine.describe()
    entries = run(args)
    info["load_average_end"] = machine.load_average()
    info["wall_seconds"] = round(time.perf_counter() - started, 1)
    write(entries, info, Path(args.results_dir), args.scale)
    print()
    print(table(entries))
    print()
    print(
        f"{info['cpu']}, {info['cores']} cores; Python {info['python']}, SQLite {info['sqlite']}, "
        f"Qt {info['qt']}; load {info['load_average_start']} -> {info['load_average_end']}; "
        f"{info['wall_seconds']} s"
    )
    missed = [e["name"] for e in entries if e.get("met") is False]
    print("missed: " + (", ".join(missed) if missed else "none"))
    return 0
