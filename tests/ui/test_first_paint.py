"""The start-up hook benchmarks/ uses: a callback once the list has painted its first page."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from relationdesk.services.demo import DemoGenerator
from relationdesk.ui.application import FIRST_PAINT_ENV, FirstPaintWatch
from relationdesk.ui.main_window import MainWindow


def test_first_paint_is_reported_once_the_first_page_is_painted(qtbot, app, now):
    """The callback runs after the list is shown, once, with the first rows in the model."""
    DemoGenerator(app.db, seed=3).generate(250, now)
    window = MainWindow(app)
    qtbot.addWidget(window)
    events: list[str] = []
    window.customers.shown.connect(lambda: events.append("shown"))
    FirstPaintWatch(window, lambda: events.append("painted"))
    window.load()
    window.show()
    qtbot.waitUntil(lambda: "painted" in events, timeout=10_000)
    assert events.index("shown") < events.index("painted")
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
