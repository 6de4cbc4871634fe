"""Where start-up time goes: the steps of ``relationdesk`` up to the first painted page.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.startup_steps DATA_DIR

Does what the command does (the CLI's imports, SQLAlchemy, the app's services, open_app,
PySide6 and the window, the first page) and prints the time of each step since this
module began (the interpreter's own start, ~20 ms, comes before).
"""

import sys
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
    import sqlalchemy.exc  # noqa: F401

    mark("import sqlalchemy (the CLI imports sqlalchemy.exc)")
    from relationdesk.app import open_app

    mark("import relationdesk.app (services, ORM models, phones, e-mail)")
    from pathlib import Path

    from relationdesk.clock import utcnow

    app = open_app(Path(folder), utcnow())
    mark("open_app (folder, schema revision, engine)")
    from relationdesk.ui import application

    mark("import relationdesk.ui.application (PySide6)")
    import relationdesk.ui.main_window  # noqa: F401

    mark("import relationdesk.ui.main_window")
    qt_app, window = application._start(app, [sys.argv[0]])
    mark("QApplication, translators, MainWindow()")

    def painted() -> None:
        mark("first page painted")
        window.quit()

    window.customers.model.page_loaded.connect(lambda _n: mark("first page loaded (worker)"))
    window.customers.shown.connect(lambda: mark("list shown (count and first page in)"))
    application.FirstPaintWatch(window, painted)
    window.load()
    window.show()
    mark("load() and show()")
    qt_app.exec()
    app.close()
    previous = STARTED
    print("| step | done at, ms | took, ms |\n| --- | ---: | ---: |")
    for label, at in MARKS:
        print(f"| {label} | {(at - STARTED) * 1000:.0f} | {(at - previous) * 1000:.0f} |")
        previous = at


if __name__ == "__main__":
    main(sys.argv[1])
