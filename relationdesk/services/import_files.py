"""Opening a file to import and feeding its records to the engine (the import's heavy half).

Kept apart from ``imports.py`` so that the service the window builds at start-up does not
load the readers, the converter and the helper-process machinery until an import is
actually made.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from relationdesk.importing.mapping import ColumnMapping, guess_mapping
from relationdesk.importing.readers import FileFormat, detect_format, read_table
from relationdesk.importing.vcard import read_vcards
from relationdesk.importing.xlsx_reader import xlsx_sheet_names
from relationdesk.models.types import to_micros
from relationdesk.services import import_pipeline as pipeline
from relationdesk.services.errors import ImportCancelled
from relationdesk.services.import_data import FileInfo, ImportOptions
from relationdesk.services.import_engine import ImportEngine
from relationdesk.services.import_pipeline import ReadSpec, count_records, prepared_chunks, restored

SAMPLE_ROWS = 5

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Opened:
    """A file ready to import: what it is, and how helper processes read it."""

    info: FileInfo
    spec: ReadSpec


def open_file(
    path: Path,
    options: ImportOptions,
    region: str,
    now: datetime | None,
    remembered: Callable[[tuple[str, ...]], ColumnMapping | None],
) -> Opened:
    """Read the file's header and first rows and choose the mapping: the one given, else
    the *remembered* one for the file's shape, else the guess. Raise ImportFileError."""
    fmt = detect_format(path)
    now_us = to_micros(now) if now is not None else 0
    if fmt is FileFormat.VCARD:
        read_vcards(path)  # raise now when the file has no cards
        info = FileInfo(path, fmt, (), None, False, (), (), ())
        spec = ReadSpec(
            str(path), None, None, None, None, region, path.name, now_us, pipeline.CHUNK
        )
        return Opened(info, spec)
    table = read_table(
        path, sheet=options.sheet, encoding=options.encoding, delimiter=options.delimiter
    )
    was_remembered = False
    mapping = options.mapping
    if mapping is None:
        stored = remembered(table.headers)
        was_remembered = stored is not None
        mapping = stored or guess_mapping(table.headers)
    elif mapping.headers != table.headers:
        raise ValueError("the mapping was made for a file with other columns")
    sample = tuple(
        tuple(_cell_text(c) for c in row.cells)
        for row in itertools.islice(restored(iter(table)), SAMPLE_ROWS)
    )
    info = FileInfo(
        path=path,
        format=fmt,
        headers=table.headers,
        mapping=mapping,
        remembered=was_remembered,
        source=table.source,
        sheets=tuple(xlsx_sheet_names(path)) if fmt is FileFormat.XLSX else (),
        sample=sample,
    )
    spec = ReadSpec(
        str(path),
        options.sheet,
        options.encoding or table.info("encoding") or None,
        options.delimiter or table.info("delimiter") or None,
        mapping.to_json(),
        region,
        path.name,
        now_us,
        pipeline.CHUNK,
    )
    return Opened(info, spec)


def feed(
    engine: ImportEngine,
    opened: Opened,
    progress: Progress | None,
    cancelled: Cancelled | None,
    workers: int | None = None,
) -> None:
    """Prepare the records (in helper processes for a big file) and write them."""
    check(cancelled)
    total = count_records(opened.spec)
    if progress is not None:
        progress(0, total)
    done = 0
    helpers = pipeline.workers_for(total) if workers is None else workers
    with (
        collector_paused(),
        contextlib.closing(prepared_chunks(opened.spec, helpers)) as chunks,
    ):
        for chunk in chunks:
            check(cancelled)
            engine.add_chunk(chunk)
            done += len(chunk)
            if progress is not None:
                progress(min(done, total), max(total, done))
    if progress is not None and done != total:
        progress(done, done)  # the estimate was off (blank lines, cells over lines)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while an import runs.

    An import allocates millions of small containers (rows, tuples, dicts) that are not
    cyclic; with the collector on, its full collections walk every live object again
    and again as the import's state grows (measured: a third of a 100,000-row import).
    Reference counting still frees everything; the collector resumes afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def check(cancelled: Cancelled | None) -> None:
    """Raise ImportCancelled when *cancelled* says so."""
    if cancelled is not None and cancelled():
        raise ImportCancelled


def _cell_text(cell: object) -> str:
    return cell.isoformat() if isinstance(cell, date) else str(cell)
