"""Time the window on a big data folder: first page, jump to the end, memory after searches.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/measure_window.py /tmp/big
"""

from __future__ import annotations

import resource
import sys
import time

STARTED = time.perf_counter()

from pathlib import Path  # noqa: E402

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from relationdesk.app import open_app  # noqa: E402
from relationdesk.clock import utcnow  # noqa: E402
from relationdesk.ui.main_window import MainWindow  # noqa: E402

SEARCHES = [
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
]


def wait(signal: object) -> None:
    """Run the event loop until *signal* fires (30 s at most)."""
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()


def main(folder: str) -> None:
    """Print launch-to-first-page, jump-to-end and the peak resident memory."""
    from relationdesk.ui.application import FirstPaintWatch

    qapp = QApplication([])
    app = open_app(Path(folder), utcnow())
    app.customer_list.read_ahead()  # as relationdesk.app.run_gui does
    window = MainWindow(app, staged=True)
    loop = QEventLoop()
    FirstPaintWatch(window, loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    window.show()
    window.load()
    loop.exec()
    print(f"launch to first page painted: {time.perf_counter() - STARTED:.2f} s (imports included)")
    window.finish()
    wait(window.customers.shown)
    print(f"window finished and list counted: {time.perf_counter() - STARTED:.2f} s")
    model = window.customers.model
    started = time.perf_counter()
    model.index(model.rowCount() - 1, 0).data()
    wait(model.page_loaded)
    print(f"jump to the end: {(time.perf_counter() - started) * 1000:.0f} ms")
    started = time.perf_counter()
    model.index(model.rowCount() // 2, 0).data()
    wait(model.page_loaded)
    elapsed = (time.perf_counter() - started) * 1000
    print(f"jump to the middle (before the checkpoints): {elapsed:.0f} ms")
    while model.checkpoints is None:  # taken after that first jump, off the GUI thread
        qapp.processEvents()
        time.sleep(0.005)
    started = time.perf_counter()
    model.index(model.rowCount() // 3, 0).data()
    wait(model.page_loaded)
    print(
        f"jump to a third (from the checkpoints): {(time.perf_counter() - started) * 1000:.0f} ms"
    )
    for query in SEARCHES:
        window.customers.search_box.setText(query)
        wait(window.customers.shown)
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    window.runner.wait()
    app.close()
    qapp.quit()


if __name__ == "__main__":
    main(sys.argv[1])
