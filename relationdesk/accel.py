"""The guard in front of the mypyc-compiled modules: never run compiled code that is stale.

``tools/accelerate.py`` (run by ``make setup``) compiles the import's hot modules with mypyc
into extension modules next to their sources (``values.cpython-311-x86_64-linux-gnu.so``
beside ``values.py``, and the shared ``relationdesk/compiled__mypyc...so``), and writes
``relationdesk/accel-manifest.json``: the size, modification time and SHA-256 of every source
the build read (the compiled modules and every relationdesk module they import, directly or
not, since mypyc may inline their constants) and of every file it wrote.

Python prefers an extension module to a ``.py`` of the same name, so without this guard a
developer who edits ``values.py`` and runs pytest without ``make setup`` would run the old
compiled code. ``install()`` (called by ``relationdesk/__init__.py`` before any other
module of ours is imported) checks the manifest once and puts a finder in front of
``sys.meta_path`` that hands out the ``.py`` source of every relationdesk module that has an
extension module beside it, unless the whole build is current:

- every source listed still has its size and modification time (as Python's own ``.pyc``
  check), or else the same SHA-256 (a checkout that rewrote the same text);
- every file the build wrote is still there, unchanged;
- the interpreter is the one it was built for.

It is all or nothing: compiled modules call each other directly in C, so one stale module
makes the whole group pure Python. ``RELATIONDESK_PURE=1`` forces pure Python. In a frozen
(PyInstaller) build there are no sources and the bundled compiled modules are used (the
build refuses a stale set, see build.spec). ``RELATIONDESK_ACCEL_REPORT=1`` prints, at exit,
which relationdesk modules were loaded compiled (the smoke test of the built app uses it).

This module must stay pure Python and import only the standard library: it runs at every
start, before the app's own modules.
"""

from __future__ import annotations

import atexit
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

MANIFEST = "accel-manifest.json"
PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(PACKAGE_DIR)
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]

# What install() decided, for status() and the report.
_state = {"mode": "pure", "why": "not installed"}


def manifest_path() -> str:
    """Where the build writes its manifest."""
    return os.path.join(PACKAGE_DIR, MANIFEST)


def _unchanged(relative: str, record: Sequence[object]) -> bool:
    """Whether the file at *relative* (to the repository root) is the one *record* describes:
    ``[size, mtime_ns, sha256]``; the hash is read only when size or time differ."""
    path = os.path.join(ROOT, relative)
    try:
        found = os.stat(path)
    except OSError:
        return False
    if found.st_size == record[0] and found.st_mtime_ns == record[1]:
        return True
    if found.st_size != record[0]:
        return False
    import hashlib  # only here: most starts never need it

    with open(path, "rb") as file:
        return hashlib.sha256(file.read()).hexdigest() == record[2]


def check(manifest: dict[str, object] | None = None) -> tuple[frozenset[str], str]:
    """The modules whose compiled form is current, all of them or none, and why.

    Reads the manifest unless given one. An empty set means pure Python everywhere.
    """
    if manifest is None:
        try:
            with open(manifest_path(), encoding="utf-8") as file:
                manifest = json.load(file)
        except FileNotFoundError:
            return frozenset(), "not compiled (make setup compiles when a C compiler is there)"
        except (OSError, ValueError) as error:
            return frozenset(), f"unreadable {MANIFEST}: {error}"
    assert manifest is not None
    try:
        if manifest.get("suffix") != SUFFIX:
            return frozenset(), f"built for {manifest.get('suffix')}, this Python is {SUFFIX}"
        for group in ("sources", "outputs"):
            files = manifest[group]
            assert isinstance(files, dict)
            for relative, record in files.items():
                if not _unchanged(relative, record):
                    return frozenset(), f"{relative} changed since the build (run make setup)"
        modules = manifest["modules"]
        assert isinstance(modules, list)
        return frozenset(str(name) for name in modules), f"{len(modules)} modules compiled"
    except (KeyError, TypeError, IndexError, AssertionError) as error:
        return frozenset(), f"malformed {MANIFEST}: {error!r}"


class SourceFirst:
    """A meta-path finder: the ``.py`` source for every relationdesk module that has an
    extension module beside it, except the *trusted* ones (a current compiled build)."""

    def __init__(self, trusted: frozenset[str]) -> None:
        self.trusted = trusted
        self._listings: dict[str, frozenset[str]] = {}

    def _listing(self, folder: str) -> frozenset[str]:
        names = self._listings.get(folder)
        if names is None:
            try:
                names = frozenset(os.listdir(folder))
            except OSError:
                names = frozenset()
            self._listings[folder] = names
        return names

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        """The source's spec for a compiled module we must not use; None lets Python look."""
        if path is None or not fullname.startswith("relationdesk.") or fullname in self.trusted:
            return None
        leaf = fullname.rpartition(".")[2]
        for folder in path:
            names = self._listing(folder)
            if leaf + ".py" in names:
                if any(leaf + suffix in names for suffix in importlib.machinery.EXTENSION_SUFFIXES):
                    return importlib.util.spec_from_file_location(
                        fullname, os.path.join(folder, leaf + ".py")
                    )
                return None
            if leaf in names:  # a package (or a namespace folder) comes first: not ours
                return None
        return None

    def invalidate_caches(self) -> None:
        """Forget the folder listings (importlib.invalidate_caches calls this)."""
        self._listings.clear()


def install() -> None:
    """Decide once per process between the compiled modules and their sources."""
    if os.environ.get("RELATIONDESK_ACCEL_REPORT") == "1":
        atexit.register(_report)
    if any(isinstance(finder, SourceFirst) for finder in sys.meta_path):
        return
    if getattr(sys, "frozen", False):
        _state.update(mode="compiled", why="frozen build: no sources, the bundled modules run")
        return
    trusted: frozenset[str]
    if os.environ.get("RELATIONDESK_PURE") == "1":
        trusted, why = frozenset(), "RELATIONDESK_PURE=1"
    else:
        trusted, why = check()
    _state.update(mode="compiled" if trusted else "pure", why=why)
    sys.meta_path.insert(0, SourceFirst(trusted))


def status() -> str:
    """One line: whether the compiled modules run in this process, and why."""
    return f"{_state['mode']}: {_state['why']}"


def loaded_compiled() -> list[str]:
    """The relationdesk modules this process loaded as extension modules."""
    return sorted(
        name
        for name, module in list(sys.modules.items())
        if name.startswith("relationdesk.")
        and str(getattr(module, "__file__", "") or "").endswith(
            tuple(importlib.machinery.EXTENSION_SUFFIXES)
        )
    )


def _report() -> None:
    compiled = loaded_compiled()
    print(
        f"relationdesk.accel: {status()}; loaded compiled: {', '.join(compiled) or 'none'}",
        file=sys.stderr,
    )
