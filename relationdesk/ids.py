"""Time-ordered UUIDs (RFC 9562 version 7) for every primary key.

Keys made on different machines never collide, and because they grow with time they
keep B-tree inserts at the right-hand edge. Python 3.11 has no ``uuid.uuid7``.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7(now_ms: int | None = None) -> uuid.UUID:
    """Return a new version 7 UUID, monotonic within this process.

    The 12-bit ``rand_a`` field holds a counter that restarts at a random value every
    millisecond, so ids made within the same millisecond still sort in creation order.
    """
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
        if ms > _last_ms:
            _last_ms = ms
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
        else:
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:
                _last_ms += 1
                ms = _last_ms
                _counter = 0
        counter = _counter
    rand_b = int.from_bytes(os.urandom(8), "big") & 0x3FFFFFFFFFFFFFFF
    value = (ms & 0xFFFFFFFFFFFF) << 80 | 0x7 << 76 | counter << 64 | 0b10 << 62 | rand_b
    return uuid.UUID(int=value)
