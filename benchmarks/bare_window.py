"""The start-up baseline: a bare QMainWindow, the same size as RelationDesk's, first paint.

Prints ``first-paint <time.monotonic()>`` when its first paint has finished, then quits,
just as ``relationdesk`` does with RELATIONDESK_EXIT_AFTER_FIRST_PAINT=1.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _FirstPaint(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-paint {time.monotonic():.6f}", flush=True)
        self._window.close()
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1000, 680)
    window.installEventFilter(_FirstPaint(window))
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
