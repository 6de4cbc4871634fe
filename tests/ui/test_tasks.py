"""The task runner: results and errors come back on the GUI thread; a closed database is quiet."""

from __future__ import annotations

import threading

import pytest

from relationdesk.services.unit_of_work import DatabaseClosed
from relationdesk.ui.tasks import TaskRunner
from tests.ui.helpers import settle


def test_result_arrives_on_the_gui_thread(qtbot):
    """The callback gets the call's result and runs on the thread that submitted it."""
    runner = TaskRunner()
    got: list[tuple[int, bool]] = []
    runner.submit(
        lambda: 6 * 7,
        lambda value: got.append((value, threading.current_thread() is threading.main_thread())),
    )
    settle(qtbot, runner)
    assert got == [(42, True)]


def test_error_goes_to_its_callback(qtbot):
    """An error with an error callback is handed to it."""
    runner = TaskRunner()
    errors: list[BaseException] = []
    runner.submit(lambda: 1 / 0, lambda _value: None, errors.append)
    settle(qtbot, runner)
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)


def test_closed_database_without_error_callback_is_dropped(qtbot, app):
    """A call that finds the database closed (window closing, restore) raises nothing on
    the GUI thread when nobody asked for its errors."""
    app.db.close()
    runner = TaskRunner()
    done: list[object] = []

    def read() -> object:
        with app.db.query() as conn:
            return conn.execute("SELECT 1").fetchone()

    runner.submit(read, done.append)
    settle(qtbot, runner)
    assert done == []
    with pytest.raises(DatabaseClosed):
        read()


def test_other_errors_without_callback_still_surface(qtbot):
    """Any other error without an error callback is raised in the event loop, not hidden."""
    runner = TaskRunner()
    runner.submit(lambda: 1 / 0, lambda _value: None)
    with qtbot.captureExceptions() as caught:
        settle(qtbot, runner)
    assert len(caught) == 1 and caught[0][0] is ZeroDivisionError
