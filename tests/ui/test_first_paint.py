"""The start-up hook benchmarks/ uses: a callback once the list has painted its first page."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from relationdesk.services.demo import DemoGenerator
from relationdesk.ui.application import FIRST_PAINT_ENV, FirstPaintWatch
from relationdesk.ui.main_window import MainWindow


@pytest.mark.parametrize("staged", [False, True], ids=["whole", "frame-first"])
def test_first_paint_is_reported_once_the_first_page_is_painted(qtbot, app, now, staged):
    """The callback runs after the first page is in the model, once (the count may still
    be coming); the window's frame alone can paint it."""
    DemoGenerator(app.db, seed=3).generate(250, now)
    window = MainWindow(app, staged=staged)
    qtbot.addWidget(window)
    events: list[str] = []
    window.customers.model.page_loaded.connect(lambda page: events.append(f"page {page}"))
    FirstPaintWatch(window, lambda: events.append("painted"))
    window.load()
    window.show()
    qtbot.waitUntil(lambda: "painted" in events, timeout=10_000)
    assert events.index("page 0") < events.index("painted")
    assert window.customers.model.row_at(0) is not None
    window.customers.table.viewport().repaint()
    qtbot.wait(50)
    assert events.count("painted") == 1
    window.runner.wait()


def test_relationdesk_prints_the_first_paint_time_and_exits(tmp_path, app, now):
    """With the variable set, the real command prints a monotonic time and exits 0."""
    DemoGenerator(app.db, seed=3).generate(50, now)
    app.close()  # the data folder is locked while an app has it open
    env = {k: v for k, v in os.environ.items() if k != "RELATIONDESK_DATA_DIR"}
    env.update({"QT_QPA_PLATFORM": "offscreen", FIRST_PAINT_ENV: "1"})
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "relationdesk", "--data-dir", str(app.paths.root)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    word, value = done.stdout.split()
    assert word == "first-paint" and started < float(value) < time.monotonic()


def test_a_staged_window_finishes_into_the_whole_window(qtbot, app, now):
    """Built frame first, the window paints its list, then finish() adds the rest: the
    customer panel, menus with their actions, the reminders; a second finish() is a no-op."""
    DemoGenerator(app.db, seed=3).generate(30, now)
    window = MainWindow(app, staged=True)
    qtbot.addWidget(window)
    assert not hasattr(window, "panel")
    with qtbot.waitSignal(window.customers.model.page_loaded, timeout=10_000):
        window.load()
        window.show()
    assert window.customers.model.rowCount() == 30  # the first page, not counted yet
    with qtbot.waitSignal(window.customers.shown, timeout=10_000):
        window.finish()  # counts now
    window.finish()
    assert window.customer_page.widget(1) is window.panel
    actions = [a.text() for a in window.menuBar().actions()[1].menu().actions()]
    assert any("New Customer" in text for text in actions)
    window.customers.table.setCurrentIndex(window.customers.model.index(0, 0))
    qtbot.waitUntil(lambda: window.panel.customer_id is not None, timeout=10_000)
    window.runner.wait()


def test_an_empty_file_shows_the_welcome_once_finished(qtbot, app):
    """With no customers, the welcome shows even when the list loaded before finish()."""
    window = MainWindow(app, staged=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.customers.model.page_loaded, timeout=10_000):
        window.load()
    with qtbot.waitSignal(window.customers.model.loaded, timeout=10_000):
        window.finish()
    assert window.pages.currentWidget() is window.welcome
    window.runner.wait()


FRAME_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from relationdesk.app import open_app
from relationdesk.clock import utcnow

app = open_app(Path(sys.argv[1]), utcnow())
app.customer_list.read_ahead()
from relationdesk.ui.application import _start, FirstPaintWatch

qt_app, window = _start(app, [sys.argv[0]], staged=True)
loop = QEventLoop()
FirstPaintWatch(window, loop.quit)
QTimer.singleShot(20_000, loop.quit)
window.load()
window.show()
loop.exec()
print(window.customers.model.row_at(0) is not None)
print(",".join(sorted(m for m in sys.modules if m.split(".")[0] in HEAVY
                      or m.startswith("relationdesk.models"))))
window.runner.wait()
"""


def test_the_first_page_is_painted_before_the_orm_is_imported(app, now):
    """Start-up's promise: SQLAlchemy, the ORM models, phonenumbers, openpyxl and
    email-validator are not imported before the list's first page is painted."""
    DemoGenerator(app.db, seed=3).generate(20, now)
    app.close()  # the started copy takes the data folder's lock
    heavy = "{'sqlalchemy', 'phonenumbers', 'openpyxl', 'email_validator', 'alembic'}"
    env = {k: v for k, v in os.environ.items() if k != "RELATIONDESK_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", f"HEAVY = {heavy}\n{FRAME_SCRIPT}", str(app.paths.root)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    painted, loaded = done.stdout.splitlines()
    assert painted == "True"
    assert loaded == ""
