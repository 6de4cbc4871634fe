"""Where start-up time goes: the steps of ``relationdesk`` up to the first painted page.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.startup_steps DATA_DIR

Does what the command does (the CLI's imports, the single-instance claim, which loads
PySide6's QtCore, open_app as a window start calls it, the rest of PySide6 and the window's
frame, the first page, then the rest of the window and the start-up quick_check, off the
GUI thread as the window runs it) and prints the time of each step since this module began
(the interpreter's own start, ~20 ms, comes before).
"""

import sys
import threading
import time

STARTED = time.monotonic()
MARKS: list[tuple[str, float]] = []


def mark(label: str) -> None:
    """Note that *label* is done."""
    MARKS.append((label, time.monotonic()))


def main(folder: str) -> None:
    """Start the window over *folder* step by step; print the steps."""
    import relationdesk.cli

    mark("import relationdesk.cli")
    from relationdesk.app import open_app

    mark("import relationdesk.app (no service yet)")
    from pathlib import Path

    from relationdesk.app import claim_window
    from relationdesk.clock import utcnow

    instance = claim_window(Path(folder))
    mark("single-instance claim (imports PySide6.QtCore)")
    app = open_app(Path(folder), utcnow(), check_later=True)
    mark("open_app (lock, header, schema revision, settings)")
    app.customer_list.read_ahead()
    mark("read-ahead started (imports the list's reads)")
    from relationdesk.ui import application

    mark("import relationdesk.ui.application (PySide6)")
    import relationdesk.ui.main_window  # noqa: F401

    mark("import relationdesk.ui.main_window (the frame's modules)")
    qt_app, window = application._start(app, [sys.argv[0]], staged=True)
    mark("QApplication, translators, the window's frame")

    def verify() -> None:
        app.verify()
        mark("start-up quick_check passed (own thread, from the first paint)")

    def painted() -> None:
        mark("first page painted")
        threading.Thread(target=verify, daemon=True).start()
        window.finish()
        mark("window finished (panel, Today, reminders, menus: imports the ORM)")

    def shown() -> None:
        mark("row count in (list shown)")

    def quit_when_done() -> None:
        labels = " ".join(label for label, _ in MARKS)
        if all(step in labels for step in ("row count in", "window finished", "quick_check")):
            window.quit()
        else:
            QTimer.singleShot(5, quit_when_done)

    from PySide6.QtCore import QTimer

    window.customers.model.page_loaded.connect(
        lambda n: mark("first page loaded (worker)") if n == 0 else None
    )
    window.customers.shown.connect(shown)
    application.FirstPaintWatch(window, painted)
    window.load()
    window.show()
    mark("load() and show()")
    QTimer.singleShot(5, quit_when_done)
    qt_app.exec()
    window.runner.wait()
    app.close()
    instance.release()
    previous = STARTED
    print("| step | done at, ms | took, ms |\n| --- | ---: | ---: |")
    for label, at in sorted(MARKS, key=lambda m: m[1]):
        print(f"| {label} | {(at - STARTED) * 1000:.0f} | {(at - previous) * 1000:.0f} |")
        previous = at


if __name__ == "__main__":
    main(sys.argv[1])
