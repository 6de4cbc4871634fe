"""A window start on a file of an older version: a small window says the data is being
updated while the backup and the migrations run off the GUI thread; then the main window."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

import relationdesk.app as app_module
import relationdesk.cli as cli
import relationdesk.migrations as migrations
import relationdesk.ui.application as application
import relationdesk.ui.upgrade_progress as upgrade_progress
from relationdesk.app import open_app
from relationdesk.migrations import current_revision
from relationdesk.settings import save_settings
from relationdesk.ui.upgrade_progress import upgrade_windows
from tests.ui.helpers import fill, open_window


def downgrade(path, revision: str) -> None:
    """Take the file back to *revision* with the real scripts (as an older version left it)."""
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(path))
    with engine.begin() as connection:
        command.downgrade(migrations.alembic_config(connection), revision)  # type: ignore[arg-type]
    engine.dispose()
    assert current_revision(path) == revision


@pytest.fixture
def older(data_dir, now, monkeypatch):
    """A data folder of three customers whose file is at 0004 (the release before 0005);
    the window start's single-instance claim is left out, Qt's messages go to pytest-qt."""
    app = open_app(data_dir, now)
    fill(app, now)
    app.close()
    downgrade(data_dir / "relationdesk.sqlite3", "0004")
    monkeypatch.setattr(app_module, "claim_window", lambda *a, **k: None)
    monkeypatch.setattr(application, "qInstallMessageHandler", lambda handler: None)
    return data_dir


class SlowUpgrade:
    """Holds the migrations back until ``release()``: the upgrade "takes long"."""

    def __init__(self, monkeypatch) -> None:
        self.started = threading.Event()
        self.released = threading.Event()
        original = migrations._upgrade

        def slow(path):
            self.started.set()
            if not self.released.wait(20):
                raise TimeoutError("the test never let the upgrade go on")
            original(path)

        monkeypatch.setattr(migrations, "_upgrade", slow)

    @property
    def running(self) -> bool:
        return self.started.is_set() and not self.released.is_set()

    def release(self) -> None:
        self.released.set()


class MainWindowSeen:
    """Stands in for run_gui: opens the real main window over the opened app, notes what
    it shows, closes it (the event loop of a real start is not run)."""

    def __init__(self, qtbot, monkeypatch) -> None:
        self.upgraded_from: list[str | None] = []
        self.rows: list[int] = []
        self.progress_left: list[int] = []

        def run_gui(app, argv, instance=None, minimized=False):
            self.progress_left.append(len(upgrade_windows()))
            self.upgraded_from.append(app.opened.upgraded_from)
            main = open_window(qtbot, app)
            self.rows.append(main.customers.model.rowCount())
            main.runner.wait()
            main.close()
            return cli.EXIT_OK

        monkeypatch.setattr(app_module, "run_gui", run_gui)
        monkeypatch.setattr(application.QApplication, "quit", staticmethod(lambda: None))


def start_ticking(folder, tick, *after) -> int:
    """A window start on *folder* (``cli.main``) with *tick* called every 20 ms on the GUI
    thread meanwhile; each of *after* runs however it ends (releasing a slowed upgrade)."""
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    try:
        return cli.main(["--data-dir", str(folder)])
    finally:
        timer.stop()
        for step in after:
            step()


def test_the_upgrade_shows_a_progress_window_that_stays_responsive(qtbot, older, monkeypatch):
    """While the (slowed) upgrade runs, the window is up and the GUI thread's timers fire;
    closing it is refused with a note; then the main window shows the upgraded data."""
    slow = SlowUpgrade(monkeypatch)
    seen = MainWindowSeen(qtbot, monkeypatch)
    ticks: list[bool] = []  # at each tick during the upgrade: was the window up?
    looks: list[tuple[str, str, int, int, bool]] = []

    def tick() -> None:
        if not slow.running:
            return
        windows = upgrade_windows()
        ticks.append(bool(windows))
        if not windows:
            return
        window = windows[0]
        looks.append(
            (
                window.windowTitle(),
                window.message.text(),
                window.bar.minimum(),
                window.bar.maximum(),
                window.wait_note.isVisible(),
            )
        )
        if len(looks) == 1:
            window.close()  # the user tries to close it: refused, "please wait"
        if ticks[-5:] == [True] * 5:
            slow.release()

    assert start_ticking(older, tick, slow.release) == cli.EXIT_OK
    assert ticks[-5:] == [True] * 5  # five timer ticks with the window up, mid-upgrade
    title, text, low, high, _ = looks[0]
    assert title == "RelationDesk"
    assert text == "Updating your data for this version of RelationDesk… A backup is taken first."
    assert (low, high) == (0, 0)  # busy
    assert [look[4] for look in looks] == [False, True, True, True, True]  # close refused
    assert seen.progress_left == [0]  # gone before the main window came
    assert seen.upgraded_from == ["0004"]
    assert seen.rows == [3]
    assert current_revision(older / "relationdesk.sqlite3") == migrations.HEAD_REVISION
    assert list((older / "backups").glob("*before-upgrade-0004*"))


def test_the_progress_window_speaks_the_language_chosen_in_preferences(qtbot, older, monkeypatch):
    """The language is read from the folder's settings before the data is opened."""
    from relationdesk.settings import load_settings

    save_settings(older, replace(load_settings(older), language="ja"))
    slow = SlowUpgrade(monkeypatch)
    MainWindowSeen(qtbot, monkeypatch)
    texts: list[str] = []

    def tick() -> None:
        windows = upgrade_windows()
        if slow.running and windows:
            texts.append(windows[0].message.text())
            slow.release()

    assert start_ticking(older, tick, slow.release) == cli.EXIT_OK
    assert texts and "バックアップ" in texts[0]


def test_a_start_without_an_upgrade_shows_no_progress_window(qtbot, data_dir, now, monkeypatch):
    open_app(data_dir, now).close()
    monkeypatch.setattr(app_module, "claim_window", lambda *a, **k: None)
    calls: list[object] = []
    monkeypatch.setattr(upgrade_progress, "open_with_progress", lambda *a: calls.append(a))
    seen = MainWindowSeen(qtbot, monkeypatch)
    assert cli.main(["--data-dir", str(data_dir)]) == cli.EXIT_OK
    assert calls == []
    assert seen.upgraded_from == [None] and seen.rows == [0]


def test_a_failed_upgrade_still_says_so_in_its_box(qtbot, older, monkeypatch, capsys):
    """The migration fails after the window came up: the file is put back as it was, the
    window is gone and the box says what it always said."""
    before = current_revision(older / "relationdesk.sqlite3")
    window_up = threading.Event()

    def broken(path):
        window_up.wait(20)
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(migrations, "_upgrade", broken)
    timer = QTimer()
    timer.timeout.connect(lambda: window_up.set() if upgrade_windows() else None)
    timer.start(20)
    boxes: list[tuple[str, str, int]] = []

    def critical(parent, title, text, *args):
        boxes.append((title, text, len(upgrade_windows())))

    monkeypatch.setattr(QMessageBox, "critical", critical)
    try:
        assert cli.main(["--data-dir", str(older)]) == cli.EXIT_USAGE
    finally:
        timer.stop()
        window_up.set()
    assert len(boxes) == 1
    title, text, progress_windows = boxes[0]
    assert title == "RelationDesk cannot start"
    assert "Could not upgrade the database from schema 0004" in text
    assert "disk on fire" in text and "nothing was lost" in text
    assert progress_windows == 0
    assert current_revision(older / "relationdesk.sqlite3") == before == "0004"
    assert "disk on fire" in capsys.readouterr().err


def test_a_second_start_during_the_upgrade_brings_the_upgrade_window_forward(
    qtbot, older, monkeypatch
):
    """The upgrade can outlast a second start's patience: the first start answers from the
    moment its upgrade window exists, and the second is told the window came forward."""
    from relationdesk.ui.single_instance import SingleInstance
    from tests.ui.test_single_instance import start

    guard = SingleInstance(older)
    assert guard.claim()
    monkeypatch.setattr(app_module, "claim_window", lambda *a, **k: guard)
    slow = SlowUpgrade(monkeypatch)
    MainWindowSeen(qtbot, monkeypatch)
    children: list = []
    shown: list[bool] = []

    def tick() -> None:
        if not slow.running:
            return
        if not children:
            children.append(start("--data-dir", str(older)))
        elif children[0].poll() is not None:
            shown.append(bool(upgrade_windows()))
            slow.release()

    assert start_ticking(older, tick, slow.release, guard.release) == cli.EXIT_OK
    out, err = children[0].communicate(timeout=30)
    assert children[0].returncode == cli.EXIT_OK, err
    assert "brought to the front" in out
    assert shown == [True]  # the upgrade window was up when the second start had its answer
    assert current_revision(older / "relationdesk.sqlite3") == migrations.HEAD_REVISION


def test_a_running_copy_that_does_not_answer_is_said_in_a_box(qtbot, data_dir, monkeypatch):
    """A double-clicked start has nobody reading stderr: the message is in a box too."""
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: boxes.append(text))

    def taken(*args, **kwargs):
        raise app_module.AlreadyRunning(answered=False)

    monkeypatch.setattr(app_module, "claim_window", taken)
    assert cli.main(["--data-dir", str(data_dir)]) == cli.EXIT_PROBLEM
    assert len(boxes) == 1 and "does not answer" in boxes[0] and "wait a moment" in boxes[0]
    assert not (data_dir / "relationdesk.sqlite3").exists()
