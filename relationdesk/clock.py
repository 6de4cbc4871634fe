"""The one place that asks the wall clock; services take ``now`` as an argument.

Everything that needs the current time (the window's calls into the services, the
reminder watcher's timer, the quick-add bar's "30分後") asks ``utcnow()`` here, so a
test or a demo can put another clock in its place with ``use_clock`` (for example one
that a test moves a minute on instead of waiting a minute).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime


def _wall() -> datetime:
    return datetime.now(UTC)


_source: Callable[[], datetime] = _wall


def utcnow() -> datetime:
    """Return the current time as a timezone-aware UTC datetime."""
    return _source()


@contextmanager
def use_clock(source: Callable[[], datetime]) -> Iterator[None]:
    """Within the block, ``utcnow()`` returns ``source()`` (an aware UTC datetime)."""
    global _source
    before = _source
    _source = source
    try:
        yield
    finally:
        _source = before
