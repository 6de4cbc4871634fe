"""PySide6 6.12.0 on Python < 3.12 aborts after ~5,000 calls of a void Qt method."""

from __future__ import annotations

import subprocess
import sys


def test_twenty_thousand_void_calls_do_not_abort():
    """20,000 processEvents() and appendRow() calls run to the end (none_dealloc regression)."""
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtGui import QStandardItemModel, QStandardItem\n"
        "app = QApplication([])\n"
        "model = QStandardItemModel()\n"
        "for i in range(20000):\n"
        "    app.processEvents()\n"
        "    model.appendRow(QStandardItem(str(i)))\n"
        "print(model.rowCount())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "20000"
