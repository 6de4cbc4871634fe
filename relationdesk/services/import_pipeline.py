"""Reading, converting and preparing a file's records: in helper processes for big files.

Converting a record (reading its cells, parsing phones and 和暦 dates, splitting
addresses, checking every value) costs more than writing it, and needs no database. For a
large file, helper processes (as many as the machine has cores, at most ``MAX_WORKERS``)
each read the file and prepare every n-th chunk of records, while the importing process
takes the chunks in file order and writes them: on two cores the writing and the
converting run side by side. A small file is prepared in the calling process. Either way
a chunk is handed over staged (``import_stage``): its rows already bound into a SQLite
image, so that the importing process copies them with INSERT ... SELECT.

Helper processes are started with "spawn" (what Windows and macOS need and what a
PyInstaller build supports with ``multiprocessing.freeze_support``), are daemons, and are
stopped as soon as the chunks stop being taken: when the import ends, fails or is
cancelled.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import queue
import threading
import traceback
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from relationdesk.exporting.injection import restore
from relationdesk.importing.fields import MappedRecord
from relationdesk.importing.mapping import ColumnMapping
from relationdesk.importing.readers import FileFormat, detect_format, read_table
from relationdesk.importing.table import Row, Table
from relationdesk.importing.values import convert_record
from relationdesk.importing.vcard import read_vcards
from relationdesk.services.import_prepare import Preparer, Wire
from relationdesk.services.import_stage import Staged, stage

CHUNK = 1000
MAX_WORKERS = 2
PARALLEL_FROM = 4 * CHUNK  # records; below this, spawning helpers costs more than it saves
_POLL_SECONDS = 0.5
_QUEUE_CHUNKS = 3


@dataclass(frozen=True)
class ReadSpec:
    """Everything a helper process needs to read and prepare the file (picklable)."""

    path: str
    sheet: str | None
    encoding: str | None
    delimiter: str | None
    mapping: dict[str, Any] | None  # ColumnMapping.to_json(); None for a vCard file
    region: str
    source: str
    now_us: int
    chunk: int = 0  # records per chunk (0: CHUNK)


class HelperFailed(RuntimeError):
    """A helper process failed or ended early; the import was rolled back."""


def count_records(spec: ReadSpec) -> int:
    """About how many records the file has, cheaply, for progress: a CSV's lines after the
    header (a cell over several lines makes it a little high), a workbook sheet's rows
    after the header, a vCard file's cards (exact)."""
    path = Path(spec.path)
    fmt = detect_format(path)
    if fmt is FileFormat.XLSX:
        return sum(1 for _ in _table(spec))
    data = path.read_bytes()
    if fmt is FileFormat.VCARD:
        return data.upper().count(b"BEGIN:VCARD")
    table = _table(spec)
    lines = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
    return max(0, lines - table.header_line)


def prepared_records(
    spec: ReadSpec, wanted: Callable[[int], bool] = lambda _: True
) -> Iterator[list[Wire]]:
    """The file's records prepared (not staged), a chunk at a time, in this process; only
    the *wanted* chunks (by index) are prepared."""
    preparer = Preparer(spec.region, spec.now_us)
    for _, records in _record_chunks(spec, wanted):
        yield [preparer.prepare(convert_record(r, spec.region, spec.source)) for r in records]


def prepared_chunks(spec: ReadSpec, workers: int) -> Generator[Staged, None, None]:
    """The file's records prepared and staged (``import_stage``), a chunk at a time, in
    file order.

    With *workers* > 1 helper processes prepare them; close the iterator (or let it be
    collected) to stop them early.
    """
    if workers <= 1:
        for chunk in prepared_records(spec):
            yield stage(chunk)
        return
    context = multiprocessing.get_context("spawn")
    queues = [context.Queue(maxsize=_QUEUE_CHUNKS) for _ in range(workers)]
    helpers = [
        context.Process(target=_work, args=(spec, k, workers, queues[k]), daemon=True)
        for k in range(workers)
    ]
    for helper in helpers:
        helper.start()
    try:
        for index in itertools.count():
            kind, payload = _take(queues[index % workers], helpers[index % workers])
            if kind == "end":
                return
            if kind == "error":
                raise HelperFailed(payload)
            yield payload
    finally:
        for helper in helpers:
            if helper.is_alive():
                helper.terminate()
            helper.join()
        for q in queues:
            q.close()
            q.cancel_join_thread()


def workers_for(records: int) -> int:
    """How many helper processes to prepare *records* with (1: none, in this process)."""
    if records < PARALLEL_FROM:
        return 1
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


def _take(source: Any, helper: Any) -> tuple[str, Any]:
    while True:
        try:
            return source.get(timeout=_POLL_SECONDS)
        except queue.Empty:
            if not helper.is_alive():
                raise HelperFailed(f"helper process ended (exit code {helper.exitcode})") from None


def _work(spec: ReadSpec, share: int, workers: int, out: Any) -> None:
    """A helper process: prepare every *workers*-th chunk, starting with chunk *share*."""
    gc.disable()  # a short-lived process of acyclic rows: collection would only cost time
    try:
        for chunk in prepared_records(spec, lambda index: index % workers == share):
            _put(out, ("chunk", stage(chunk)))
        _put(out, ("end", None))
    except BaseException:
        _put(out, ("error", traceback.format_exc()))
    _drain(out)


def _drain(out: Any) -> None:
    """Wait until the importing process has taken everything, or is gone.

    A queue's feeder thread writes into a pipe this process also holds open, so a write
    into a full pipe whose reader died never fails: exiting would wait for it forever.
    """
    out.close()
    parent = multiprocessing.parent_process()
    feeder = threading.Thread(target=out.join_thread, daemon=True)
    feeder.start()
    while feeder.is_alive():
        feeder.join(_POLL_SECONDS)
        if parent is not None and not parent.is_alive():
            os._exit(0)


def _put(out: Any, item: tuple[str, Any]) -> None:
    """Hand a result to the importing process; end this helper if that process is gone
    (killed mid-import: nobody will read the queue, and a daemon's parent is not there to
    stop it)."""
    parent = multiprocessing.parent_process()
    while True:
        try:
            out.put(item, timeout=_POLL_SECONDS)
            return
        except queue.Full:
            if parent is not None and not parent.is_alive():
                os._exit(0)


def _record_chunks(
    spec: ReadSpec, wanted: Callable[[int], bool]
) -> Iterator[tuple[int, list[MappedRecord]]]:
    """The file's records in chunks of CHUNK; only *wanted* chunks are mapped (the others'
    rows are only read past)."""
    path = Path(spec.path)
    size = spec.chunk or CHUNK
    if detect_format(path) is FileFormat.VCARD:
        cards = read_vcards(path)
        for index, start in enumerate(range(0, len(cards), size)):
            if wanted(index):
                yield index, cards[start : start + size]
        return
    table = _table(spec)
    mapping = ColumnMapping.from_json(spec.mapping, table.headers)
    if mapping is None:
        raise ValueError("the mapping does not fit the file's columns")
    rows = iter(table)
    for index in itertools.count():
        chunk = list(itertools.islice(rows, size))
        if not chunk:
            return
        if wanted(index):
            yield index, [mapping.apply(row) for row in restored(chunk)]


def _table(spec: ReadSpec) -> Table:
    return read_table(
        Path(spec.path), sheet=spec.sheet, encoding=spec.encoding, delimiter=spec.delimiter
    )


def restored(rows: Iterator[Row] | list[Row]) -> Iterator[Row]:
    """The rows with our export's formula guard undone (``exporting.injection.restore``)."""
    for row in rows:
        if any(isinstance(c, str) and c[:1] == "'" for c in row.cells):
            cells = tuple(restore(c) if isinstance(c, str) else c for c in row.cells)
            yield Row(row.line, cells, row.problems)
        else:
            yield row


__all__ = [
    "CHUNK",
    "HelperFailed",
    "ReadSpec",
    "count_records",
    "prepared_chunks",
    "prepared_records",
    "restored",
    "workers_for",
]
