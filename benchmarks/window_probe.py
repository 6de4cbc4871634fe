"""rss_after_browse: the real main window, offscreen, browsed like a user; its memory.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.window_probe DATA_DIR

Opens the data folder through the app, shows the main window, waits for the first page,
scrolls to the end of the list, types 20 searches one after another (each waits for its
hits and count), then prints one JSON object: resident memory now and at its peak (MiB),
and how long the steps took. Run in its own process so nothing else is in its memory.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from relationdesk.app import open_app
from relationdesk.clock import utcnow
from relationdesk.ui.main_window import MainWindow

SEARCHES = (
    "山",
    "田",
    "子",
    "山田",
    "田中",
    "花子",
    "やまだ",
    "090",
    "taro",
    "常連",
    "スミス",
    "株式会社",
    "ショウジ",
    "example",
    "鈴木",
    "佐藤",
    "たなか",
    "0312",
    "vip",
    "中",
)
WAIT_MS = 60_000


def wait(signal: Any) -> None:
    """Run the event loop until *signal* fires; fail after a minute."""
    loop = QEventLoop()
    fired: list[bool] = []

    def done(*_args: object) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(WAIT_MS, loop.quit)
    loop.exec()
    signal.disconnect(done)
    if not fired:
        raise TimeoutError(f"no {signal} within {WAIT_MS // 1000} s")


def memory_mib() -> tuple[float, float]:
    """Resident memory now and at its peak, from /proc/self/status."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def main(folder: str) -> dict[str, float]:
    """Browse the window over *folder*; return the figures."""
    started = time.perf_counter()
    qt_app = QApplication.instance() or QApplication([])
    app = open_app(Path(folder), utcnow())
    window = MainWindow(app)
    window.show()
    window.load()
    wait(window.customers.shown)
    first_page = time.perf_counter() - started
    browse_started = time.perf_counter()
    model, table = window.customers.model, window.customers.table
    last = model.rowCount() - 1
    if model.row_at(last) is None:
        table.scrollToBottom()
        model.index(last, 0).data()  # the row the scrolled view asks for
        wait(model.page_loaded)
    jump = time.perf_counter() - browse_started
    for query in SEARCHES:
        window.customers.search_box.setText(query)
        wait(window.customers.shown)
    browse = time.perf_counter() - browse_started
    window.runner.wait()
    rss, peak = memory_mib()
    window.quit()
    app.close()
    del qt_app
    return {
        "rss_mib": round(rss, 1),
        "peak_mib": round(peak, 1),
        "first_page_ms": round(first_page * 1000, 1),
        "jump_to_end_ms": round(jump * 1000, 1),
        "browse_ms": round(browse * 1000, 1),
        "rows": last + 1,
        "searches": len(SEARCHES),
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
