"""One window per data folder: a second start brings the first forward and opens nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from relationdesk.ui.single_instance import (
    SingleInstance,
    bring_to_front,
    instance_name,
    notify_running,
)

ROOT = Path(__file__).resolve().parents[2]


def start(*args: str) -> subprocess.Popen[str]:
    """`relationdesk ARGS` from source in a child process (offscreen, English)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELATIONDESK_LANG="en")
    return subprocess.Popen(
        [sys.executable, "-m", "relationdesk", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def first(qtbot, data_dir):
    """The first instance on data_dir: holds the lock, listens, and has a hidden window."""
    guard = SingleInstance(data_dir)
    assert guard.claim()
    assert guard.listen()
    window = QWidget()
    qtbot.addWidget(window)
    guard.activated.connect(lambda show: bring_to_front(window) if show else None)
    yield guard, window
    guard.release()


def test_second_start_brings_the_running_window_forward(qtbot, first, data_dir):
    """`relationdesk` on the same folder asks the first to show itself, then exits 0
    without creating or opening the database."""
    guard, window = first
    assert not window.isVisible()
    with qtbot.waitSignal(guard.activated, timeout=30_000) as activated:
        child = start("--data-dir", str(data_dir))
    out, err = child.communicate(timeout=30)
    assert activated.args == [True]
    assert window.isVisible()
    assert child.returncode == 0, err
    assert "brought to the front" in out
    assert not (data_dir / "relationdesk.sqlite3").exists()


def test_start_in_the_tray_while_running_shows_nothing(qtbot, first, data_dir):
    """The login item starting while RelationDesk already runs does not pop the window up."""
    guard, window = first
    with qtbot.waitSignal(guard.activated, timeout=30_000) as activated:
        child = start("--data-dir", str(data_dir), "--minimized")
    child.communicate(timeout=30)
    assert activated.args == [False]
    assert not window.isVisible()


def test_subcommands_are_not_blocked(qtbot, first, data_dir):
    """The command line works on a folder whose window is open (and asks nothing of it)."""
    guard, _window = first
    with qtbot.assertNotEmitted(guard.activated, wait=200):
        child = start("--data-dir", str(data_dir), "stats", "--json")
        out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert '"customers": 0' in out


def test_two_data_folders_run_side_by_side(tmp_path):
    """The name comes from the folder and the user: another folder is another instance."""
    one, two = SingleInstance(tmp_path / "one"), SingleInstance(tmp_path / "two")
    try:
        assert one.name != two.name
        assert one.claim() and two.claim()
        assert one.listen() and two.listen()
        assert not SingleInstance(tmp_path / "one").claim()
    finally:
        one.release()
        two.release()
    assert instance_name(tmp_path / "x", "alice") != instance_name(tmp_path / "x", "bob")
    assert instance_name(tmp_path / "x" / ".." / "x") == instance_name(tmp_path / "x")


def test_a_crashed_instance_leaves_nothing_in_the_way(qtbot, data_dir):
    """Killed hard, the first leaves its lock file and socket behind; the next start takes
    over both, and a later start reaches the new one."""
    code = (
        "import sys; from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from relationdesk.ui.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "guard = SingleInstance(Path(sys.argv[1]))\n"
        "assert guard.claim() and guard.listen()\n"
        "print('ready', flush=True)\n"
        "app.exec()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    crashed = subprocess.Popen(
        [sys.executable, "-c", code, str(data_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert crashed.stdout is not None
        assert crashed.stdout.readline().strip() == "ready"
        assert not SingleInstance(data_dir).claim()  # it is alive: the lock holds
    finally:
        crashed.kill()  # SIGKILL; TerminateProcess on Windows (no SIGKILL there)
        crashed.communicate(timeout=10)
    guard = SingleInstance(data_dir)
    try:
        assert guard.claim()  # the stale lock is taken over
        assert guard.listen()  # the stale socket is replaced
        with qtbot.waitSignal(guard.activated, timeout=30_000):
            child = start("--data-dir", str(data_dir))
        _out, err = child.communicate(timeout=30)
        assert child.returncode == 0, err
    finally:
        guard.release()


def test_nobody_answering_is_reported(data_dir):
    """With nothing listening, notify_running gives up after its patience."""
    assert notify_running(data_dir, patience_ms=300) is False


def test_user_names_outside_ascii_stay_apart(monkeypatch):
    """Japanese user names do not all fold into one socket name (pipes are machine-wide on
    Windows), and long ones are shortened for Unix socket paths."""
    import getpass

    from relationdesk.ui import single_instance

    seen = set()
    for name in ("山田", "佐藤", "alice", "a" * 40):
        monkeypatch.setattr(getpass, "getuser", lambda name=name: name)
        user = single_instance._user()
        assert len(user) <= 16 and user.isascii()
        seen.add(user)
    assert len(seen) == 4
