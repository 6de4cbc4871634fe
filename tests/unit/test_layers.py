"""The layering rule: services and models never import Qt."""

from __future__ import annotations

import subprocess
import sys


def test_services_and_models_load_no_qt():
    """Importing every service, model, importing and exporting module in a fresh interpreter
    loads no Qt."""
    code = (
        "import sys, pkgutil, importlib\n"
        "import relationdesk.services, relationdesk.models, relationdesk.normalize\n"
        "import relationdesk.storage, relationdesk.app, relationdesk.cli\n"
        "import relationdesk.importing, relationdesk.exporting\n"
        "for pkg in (relationdesk.services, relationdesk.models, relationdesk.normalize,\n"
        "            relationdesk.importing, relationdesk.exporting):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith('PySide6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_ui_holds_no_sql():
    """No module under ui/ imports SQLAlchemy or sqlite3, or builds a session."""
    from pathlib import Path

    import relationdesk.ui

    root = Path(relationdesk.ui.__file__).parent
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for banned in ("sqlalchemy", "sqlite3", "Session(", "exec_driver_sql"):
            assert banned not in text, f"{path.name} mentions {banned}"


def test_importing_touches_no_database():
    """The import readers, mapping and values open no database session or connection."""
    from pathlib import Path

    import relationdesk.importing

    root = Path(relationdesk.importing.__file__).parent
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for banned in ("sqlalchemy", "sqlite3", "Session", "unit_of_work", "PySide6"):
            assert banned not in text, f"{path.name} mentions {banned}"
