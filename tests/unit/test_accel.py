"""The mypyc-compiled modules (tools/accelerate.py) and their guard (relationdesk/accel.py).

- The compiled modules, when built, prepare exactly the rows pure Python prepares (the
  import benchmark's file and the sample files), one side in a subprocess with
  RELATIONDESK_PURE=1.
- The guard: an extension module beside a source is loaded only when a manifest says the
  build is current; an edited source (or a module it imports) wins over its build. These run
  on copies in a temporary folder, never on the real sources.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.import_scenario import write_file
from relationdesk import accel

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "tests" / "data" / "import"
BUILT = accel.check()[0]
needs_build = pytest.mark.skipif(
    not BUILT, reason=f"compiled modules not in use ({accel.check()[1]})"
)


def _python(code: str, *, cwd: Path, pure: bool = False) -> str:
    """Run *code* in a fresh interpreter whose `relationdesk` is the one under *cwd*."""
    env = dict(os.environ, PYTHONPATH=str(cwd), PYTHONDONTWRITEBYTECODE="1")
    env.pop("RELATIONDESK_PURE", None)
    if pure:
        env["RELATIONDESK_PURE"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _prepared(tmp_path: Path, files: list[Path], *, pure: bool) -> tuple[dict, list[str]]:
    output = tmp_path / ("pure.pickle" if pure else "compiled.pickle")
    env = dict(os.environ)
    env.pop("RELATIONDESK_PURE", None)
    if pure:
        env["RELATIONDESK_PURE"] = "1"
    command = [sys.executable, "-m", "tests.unit.accel_prepare", str(output), *map(str, files)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return pickle.loads(output.read_bytes())


@needs_build
@pytest.mark.slow
def test_compiled_and_pure_prepare_the_same_rows(tmp_path: Path) -> None:
    benchmark = tmp_path / "customers.csv"
    write_file(benchmark, 3000)
    files = [benchmark, *sorted(p for p in SAMPLES.iterdir() if p.suffix in (".csv", ".vcf"))]
    assert len(files) >= 5
    compiled, loaded = _prepared(tmp_path, files, pure=False)
    pure, loaded_pure = _prepared(tmp_path, files, pure=True)
    assert loaded_pure == []
    assert set(BUILT) <= set(loaded), "the compiled side ran (some of) the sources"
    assert compiled.keys() == pure.keys()
    for name in pure:
        assert compiled[name] == pure[name], name
        assert sum(len(chunk) for chunk in pure[name]) > 0, name


# -- the guard ---------------------------------------------------------------------------------

SUFFIX = accel.SUFFIX
PROBE = (
    "import relationdesk.importing.values as v, relationdesk.importing.checks as c\n"
    "from relationdesk import accel\n"
    "print(v.__file__.rsplit('/', 1)[-1], c.__file__.rsplit('/', 1)[-1],"
    " getattr(v, 'EDITED', None))\n"
)


def _tiny_package(tmp_path: Path) -> Path:
    """relationdesk/__init__.py and accel.py copied, with a module `tiny` beside a file
    named as its extension module that is no extension module: loading it would fail."""
    package = tmp_path / "relationdesk"
    package.mkdir()
    for name in ("__init__.py", "accel.py"):
        shutil.copy2(ROOT / "relationdesk" / name, package / name)
    (package / "tiny.py").write_text("SOURCE = True\n", "utf-8")
    (package / f"tiny{SUFFIX}").write_bytes(b"not a shared library")
    return tmp_path


def test_an_extension_module_without_a_current_manifest_is_never_loaded(tmp_path: Path) -> None:
    root = _tiny_package(tmp_path)
    assert _python("import relationdesk.tiny as t; print(t.SOURCE)", cwd=root) == "True"
    # A manifest that does not list it (or lists a changed source) does not make it trusted.
    manifest = {"suffix": SUFFIX, "modules": [], "sources": {}, "outputs": {}}
    (root / "relationdesk" / accel.MANIFEST).write_text(json.dumps(manifest), "utf-8")
    assert _python("import relationdesk.tiny as t; print(t.SOURCE)", cwd=root) == "True"


def test_without_the_guard_the_extension_module_would_be_loaded(tmp_path: Path) -> None:
    """The premise of the guard: Python prefers the extension module to the source."""
    root = _tiny_package(tmp_path)
    (root / "relationdesk" / "__init__.py").write_text("", "utf-8")
    env = dict(os.environ, PYTHONPATH=str(root))
    done = subprocess.run(
        [sys.executable, "-c", "import relationdesk.tiny"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0 and "ImportError" in done.stderr, done.stderr


def _copy_of_the_package(tmp_path: Path) -> Path:
    """The real package with its build, times kept (the manifest checks them)."""
    shutil.copytree(
        ROOT / "relationdesk",
        tmp_path / "relationdesk",
        ignore=shutil.ignore_patterns("__pycache__"),
        copy_function=shutil.copy2,
    )
    return tmp_path


def _edit(path: Path, line: str) -> None:
    stat = path.stat()
    path.write_text(path.read_text("utf-8") + line, "utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same time: only size differs


@needs_build
def test_a_current_build_is_used_and_pure_can_be_forced(tmp_path: Path) -> None:
    root = _copy_of_the_package(tmp_path)
    assert _python(PROBE, cwd=root) == f"values{SUFFIX} checks{SUFFIX} None"
    assert _python(PROBE, cwd=root, pure=True) == "values.py checks.py None"


@needs_build
def test_an_edited_compiled_module_runs_from_its_source(tmp_path: Path) -> None:
    root = _copy_of_the_package(tmp_path)
    _edit(root / "relationdesk" / "importing" / "values.py", "EDITED = 1\n")
    # All or nothing: checks.py is unchanged but runs from source too.
    assert _python(PROBE, cwd=root) == "values.py checks.py 1"


@needs_build
def test_an_edit_of_the_same_size_is_caught_by_the_hash(tmp_path: Path) -> None:
    root = _copy_of_the_package(tmp_path)
    values = root / "relationdesk" / "importing" / "values.py"
    text = values.read_text("utf-8")
    stat = values.stat()
    values.write_text(text.replace('"no_name"', '"no_nome"', 1), "utf-8")
    os.utime(values, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    probe = "import relationdesk.importing.values as v; print(v.ValueCode.NO_NAME)"
    assert _python(probe, cwd=root) == "no_nome"


@needs_build
def test_an_edited_module_that_compiled_code_imports_makes_it_pure(tmp_path: Path) -> None:
    root = _copy_of_the_package(tmp_path)
    _edit(root / "relationdesk" / "codes.py", "# edited\n")
    assert _python(PROBE, cwd=root) == "values.py checks.py None"


@needs_build
def test_a_touched_but_unchanged_source_keeps_the_build(tmp_path: Path) -> None:
    root = _copy_of_the_package(tmp_path)
    os.utime(root / "relationdesk" / "importing" / "values.py")  # a checkout rewrote it
    assert _python(PROBE, cwd=root) == f"values{SUFFIX} checks{SUFFIX} None"


@needs_build
def test_a_replaced_compiled_file_makes_it_pure(tmp_path: Path) -> None:
    root = _copy_of_the_package(tmp_path)
    (root / "relationdesk" / "normalize" / f"postal{SUFFIX}").unlink()
    assert _python(PROBE, cwd=root) == "values.py checks.py None"
