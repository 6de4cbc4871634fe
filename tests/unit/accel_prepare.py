"""Run by test_accel.py in a subprocess: every record of the given files converted and
prepared as an import's helper does, with the ids numbered in order of appearance (they are
random), pickled to the output file. RELATIONDESK_PURE=1 decides which code runs.

    python -m tests.unit.accel_prepare OUTPUT FILE...
"""

from __future__ import annotations

import pickle
import sys
import uuid
from pathlib import Path
from typing import Any

from relationdesk import accel
from relationdesk.importing.mapping import guess_mapping
from relationdesk.importing.readers import FileFormat, detect_format, read_table
from relationdesk.services.import_pipeline import ReadSpec, prepared_records

NOW_US = 1_750_000_000_000_000


def _numbered(value: Any, ids: dict[Any, int]) -> Any:
    """*value* with every id (16 bytes or a UUID) replaced by its number of appearance."""
    if (isinstance(value, bytes) and len(value) == 16) or isinstance(value, uuid.UUID):
        return ("id", ids.setdefault(value, len(ids)))
    if isinstance(value, tuple | list):
        return type(value)(_numbered(item, ids) for item in value)
    if isinstance(value, dict):
        return {key: _numbered(item, ids) for key, item in value.items()}
    return value


def prepared(path: Path) -> list[Any]:
    """The file's prepared rows, ids numbered."""
    mapping = None
    if detect_format(path) is not FileFormat.VCARD:
        mapping = guess_mapping(read_table(path).headers).to_json()
    spec = ReadSpec(str(path), None, None, None, mapping, "JP", "import", NOW_US)
    ids: dict[Any, int] = {}
    return [_numbered(chunk, ids) for chunk in prepared_records(spec)]


def main() -> None:
    """Write {file name: prepared rows} and the loaded compiled modules to argv[1]."""
    output, *files = sys.argv[1:]
    rows = {Path(name).name: prepared(Path(name)) for name in files}
    Path(output).write_bytes(pickle.dumps((rows, accel.loaded_compiled())))


if __name__ == "__main__":
    main()
