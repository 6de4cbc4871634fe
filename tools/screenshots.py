"""Write screenshots of the app with demo data, in Japanese and English, to docs/screenshots/.

    make screenshots

Runs offscreen (Qt renders the window itself, no X server needed); a Japanese font must
be installed (set-up installs one) or Japanese shows as boxes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QApplication

from relationdesk.app import open_app
from relationdesk.clock import utcnow
from relationdesk.services.demo import DemoGenerator
from relationdesk.ui.application import install_translators
from relationdesk.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def wait_for(signal: object, timeout_ms: int = 30_000) -> None:
    """Run the event loop until *signal* fires (or the timeout passes)."""
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def shoot(qapp: QApplication, app: object, language: str) -> None:
    """Save the list and a search, in *language*."""
    QLocale.setDefault(QLocale(language))
    translators = install_translators(qapp, QLocale(language))
    window = MainWindow(app)
    window.resize(1280, 760)
    window.show()
    window.load()
    wait_for(window.customers.shown)
    qapp.processEvents()
    window.grab().save(str(OUT / f"list-{language}.png"))
    window.customers.search_box.setText("やまだ" if language == "ja" else "yamada")
    wait_for(window.customers.shown)
    qapp.processEvents()
    window.grab().save(str(OUT / f"search-{language}.png"))
    panel = window.panel
    window.customers.table.setCurrentIndex(window.customers.model.index(0, 0))
    wait_for(panel.opened)
    if panel.timeline.model.rowCount() == 0:
        wait_for(panel.timeline.model.loaded)
    qapp.processEvents()
    window.grab().save(str(OUT / f"customer-{language}.png"))
    panel.tabs.setCurrentWidget(panel.editor)
    qapp.processEvents()
    window.grab().save(str(OUT / f"profile-{language}.png"))
    window.runner.wait()
    window.close()
    for translator in translators:
        qapp.removeTranslator(translator)


def main() -> int:
    """Make the screenshots."""
    OUT.mkdir(parents=True, exist_ok=True)
    qapp = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        app = open_app(Path(folder) / "data", utcnow())
        DemoGenerator(app.db, seed=8).generate(3_000, utcnow())
        for language in ("ja", "en"):
            shoot(qapp, app, language)
        app.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
