"""Compile the import's hot modules with mypyc (``make setup`` runs this; a no-op when current).

    .venv/bin/python tools/accelerate.py            # build if the sources changed
    .venv/bin/python tools/accelerate.py --force    # build again
    .venv/bin/python tools/accelerate.py --clean    # remove the compiled modules

Importing a CSV file is CPU-bound in pure Python (converting, checking and preparing every
row). mypyc, which ships inside mypy (already a development dependency), compiles the modules
below, which are already fully typed for mypy, to C extension modules: no second language and
no new dependency. Each ``X.py`` gets an ``X.cpython-311-x86_64-linux-gnu.so`` beside it, which
Python prefers; they share ``relationdesk/compiled__mypyc...so``. The C sources and objects go
to build/accel/. The build then writes relationdesk/accel-manifest.json, which
relationdesk/accel.py checks at every start so that stale compiled code never runs (see
there): edit a compiled module, or a module it imports, and the app runs the .py sources until
this tool runs again.

Without a C compiler or Python's headers this prints one line and exits 0: the app runs pure
Python, only slower at importing. A failed build removes what it wrote and exits 1.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import importlib.machinery
import importlib.util
import json
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from relationdesk import accel  # noqa: E402

# The modules compiled, all in one group (they call each other directly in C). Measured with
# tools/import_cost.py and tools/import_benchmark.py (benchmarks/README.md, section 8).
MODULES = [
    # what the import's helper processes run for every row
    "relationdesk.importing.values",
    "relationdesk.importing.addresses",
    "relationdesk.importing.checks",
    "relationdesk.normalize.kana",
    "relationdesk.normalize.phones",
    "relationdesk.normalize.phone_formats",
    "relationdesk.normalize.dates",
    "relationdesk.normalize.postal",
    "relationdesk.services.import_prepare",
    "relationdesk.services.search_index",
    "relationdesk.services.customer_validation",
    # the values they build and the importing process reads: native classes, whose
    # attributes compiled code reads without Python's generic lookup. (A compiled frozen
    # dataclass does not unpickle: what crosses between processes is plain tuples.)
    "relationdesk.services.customer_data",
    "relationdesk.importing.fields",
    "relationdesk.importing.problems",
    "relationdesk.services.duplicate_rules",
]
GROUP = "relationdesk.compiled"  # the shared library: relationdesk/compiled__mypyc.*.so
BUILD = ROOT / "build" / "accel"
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def source_of(module: str) -> Path | None:
    """The .py file of a relationdesk module (a package's __init__.py), or None."""
    base = ROOT.joinpath(*module.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def imports_of(path: Path, module: str) -> set[str]:
    """Every module name *path* imports (absolute; ``from a import b`` gives a and a.b)."""
    names: set[str] = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_bytes(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names if alias.name != "*")
    return names


def is_module(name: str) -> bool:
    """Whether *name* is an importable module (not an attribute ``from a import b`` named)."""
    if name.startswith("relationdesk."):
        return source_of(name) is not None
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # a.b.C where a.b is a module: its parent is no package
        return False


def hidden_imports() -> list[str]:
    """The modules the compiled modules import; PyInstaller cannot see them (build.spec)."""
    names: set[str] = set()
    for module in MODULES:
        names |= imports_of(source_of(module), module)  # type: ignore[arg-type]
    return sorted(name for name in names if name != "__future__" and is_module(name))


def closure(modules: list[str]) -> list[str]:
    """The relationdesk modules *modules* import, directly or not, themselves included;
    with each one its parent packages (whose __init__ runs first)."""
    seen: set[str] = set()
    todo = list(modules)
    while todo:
        name = todo.pop()
        if name in seen or not (name == "relationdesk" or name.startswith("relationdesk.")):
            continue
        path = source_of(name)
        if path is None:  # an attribute (from a import b), not a module
            continue
        seen.add(name)
        todo.extend(imports_of(path, name))
        todo.append(name.rpartition(".")[0])
    return sorted(seen)


def record(path: Path) -> list[object]:
    """[size, mtime_ns, sha256] of a file, as relationdesk.accel checks it."""
    data = path.read_bytes()
    found = path.stat()
    return [found.st_size, found.st_mtime_ns, hashlib.sha256(data).hexdigest()]


def outputs() -> list[Path]:
    """The compiled files a build writes into the package (whichever build wrote them)."""
    found = []
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        found += (ROOT / "relationdesk").rglob(f"*{suffix}")
    return sorted(set(found))


def clean() -> None:
    """Remove the compiled modules and the manifest (the manifest first)."""
    Path(accel.manifest_path()).unlink(missing_ok=True)
    for path in outputs():
        path.unlink()
    for stray in ROOT.glob(f"*__mypyc{SUFFIX}"):  # a bare `mypyc` run's shared library
        stray.unlink()


def missing_toolchain() -> str | None:
    """Why this machine cannot compile C extensions, or None."""
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        return "mypyc is not installed (it comes with mypy, a development dependency)"
    compiler = shlex.split(sysconfig.get_config_var("CC") or "cc")[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.is_file():
        return f"no Python headers ({headers}; Debian/Ubuntu: apt-get install python3-dev)"
    return None


def manifest_is_current() -> bool:
    """Whether the compiled modules on disk are this list's, built from today's sources."""
    try:
        with open(accel.manifest_path(), encoding="utf-8") as file:
            manifest = json.load(file)
    except (OSError, ValueError):
        return False
    if manifest.get("modules") != MODULES:
        return False
    if sorted(manifest.get("sources", {})) != [
        str(source_of(name).relative_to(ROOT))  # type: ignore[union-attr]
        for name in closure(MODULES)
    ]:
        return False
    return bool(accel.check(manifest)[0])


SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify
paths, group, build = sys.argv[1], sys.argv[2], sys.argv[3]
setup(
    name="relationdesk-accel",
    ext_modules=mypycify(paths.split(","), group_name=group, target_dir=build),
    script_args=["build_ext", "--inplace", "--build-temp", build + "/temp",
                 "--build-lib", build + "/lib"],
)
"""


def build() -> int:
    """Compile MODULES; write the manifest. 0 on success (or nothing to do), 1 on failure."""
    why = missing_toolchain()
    if why is not None:
        clean()
        print(f"accelerate: {why}: the app runs pure Python (importing is slower)")
        return 0
    clean()
    sources = {name: source_of(name) for name in closure(MODULES)}
    before = {name: record(path) for name, path in sources.items() if path is not None}
    paths = [str(source_of(name).relative_to(ROOT)) for name in MODULES]  # type: ignore[union-attr]
    BUILD.mkdir(parents=True, exist_ok=True)
    log = BUILD / "build.log"
    started = time.monotonic()
    with open(log, "w", encoding="utf-8") as out:
        done = subprocess.run(
            [sys.executable, "-c", SETUP, ",".join(paths), GROUP, str(BUILD.relative_to(ROOT))],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=dict(os.environ, RELATIONDESK_PURE="1"),
        )
    seconds = time.monotonic() - started
    written = outputs()
    expected = {ROOT.joinpath(*name.split(".")).with_suffix(SUFFIX) for name in MODULES}
    expected.add(ROOT.joinpath(*GROUP.split(".")).with_name(f"compiled__mypyc{SUFFIX}"))
    after = {name: record(path) for name, path in sources.items() if path is not None}
    if done.returncode != 0 or set(written) != expected or after != before:
        clean()
        tail = log.read_text("utf-8", "replace").strip().splitlines()[-15:]
        print("\n".join(tail), file=sys.stderr)
        reason = "sources changed during the build" if after != before else "mypyc failed"
        print(f"accelerate: {reason} (log: {log}); nothing compiled", file=sys.stderr)
        return 1
    manifest = {
        "suffix": SUFFIX,
        "modules": MODULES,
        "shared": f"{GROUP}__mypyc",
        "sources": {
            str(path.relative_to(ROOT)): before[name]
            for name, path in sorted(sources.items())
            if path is not None
        },
        "outputs": {str(path.relative_to(ROOT)): record(path) for path in written},
        # For build.spec: PyInstaller cannot see what compiled modules import.
        "imports": hidden_imports(),
        "seconds": round(seconds, 1),
    }
    with open(accel.manifest_path(), "w", encoding="utf-8") as file:
        json.dump(manifest, file, indent=1)
    print(f"accelerate: compiled {len(MODULES)} modules with mypyc in {seconds:.0f} s")
    return 0


def main() -> int:
    """Build, rebuild or clean (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="build even if current")
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = parser.parse_args()
    if args.clean:
        clean()
        return 0
    if not args.force and manifest_is_current():
        return 0
    return build()


if __name__ == "__main__":
    sys.exit(main())
