"""Screenshots of the app with demo data, in Japanese and in English, into docs/screenshots/.

    make screenshots

For each language this starts the app's own entry point, ``relationdesk --demo`` (a
throwaway data folder filled with demo customers), under Xvfb (``xvfb-run``) with the
language in ``LANG``, as a user's desktop would start it, and a small driver clicks
through it and saves what the window shows:

- with a tray (``trayer`` as the panel): the welcome, the list, a search for やまだ
  (yamada in English), a customer's timeline and profile, the quick-add bar with a
  reminder, the Today view, the trash view's timeline entries, and the desktop
  notification of a reminder falling due
  (the app's clock is moved on a minute instead of waiting one);
- without a tray (as on a desktop with none): the reminders banner with its menu open.

Without ``xvfb-run`` (set-up installs it, see tools/setup_system.sh) the same runs on
Qt's offscreen platform, which has no tray: the notification is left out, and a note
says so. A Japanese font must be installed (set-up installs one) or Japanese shows as
boxes.

    python tools/screenshots.py [--offscreen] [--only ja|en]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("ja", "en")
# The window's default size, with a 28-pixel panel (the tray) under it.
WINDOW = (1280, 760)
PANEL = 28
SCREEN = f"{WINDOW[0]}x{WINDOW[1] + PANEL}x24"
TIMEZONE = "Asia/Tokyo"  # a shop in Japan: the demo's times are shown in its local time

WORDS = {
    "ja": {
        "search": "やまだ",
        "reminder": "見積もりを送る",
        "when": "明日 10時",
        "soon": "お礼の電話をする",
        "in_a_minute": "1分後",
    },
    "en": {
        "search": "yamada",
        "reminder": "Send the estimate",
        "when": "tomorrow 10:00",
        "soon": "Call to say thank you",
        "in_a_minute": "in 1 minute",
    },
}


# -- the orchestra: one run of the app per language and tray --------------------------------


def environment(language: str, offscreen: bool) -> dict[str, str]:
    """The environment a user of *language* starts the app in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "QT_QPA"))}
    env.pop("LANGUAGE", None)
    env["LANG"] = "ja_JP.UTF-8" if language == "ja" else "en_US.UTF-8"
    env["LANGUAGE"] = language
    env["RELATIONDESK_LANG"] = language
    env["TZ"] = TIMEZONE
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_all(out: Path, offscreen: bool, languages: tuple[str, ...]) -> int:
    """Run the app once per language and tray setting; return non-zero on a failure."""
    xvfb = shutil.which("xvfb-run")
    if not offscreen and (xvfb is None or shutil.which("xauth") is None):
        print(
            "screenshots: xvfb-run (or xauth) is missing, so the app runs offscreen instead: "
            "no tray, no notification shot. Install xvfb, xauth and trayer "
            "(tools/setup_system.sh does as root) for the full set."
        )
        offscreen = True
    tray_host = not offscreen and shutil.which("trayer") is not None
    if not offscreen and not tray_host:
        print("screenshots: trayer is missing: no tray, no notification shot.")
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for language in languages:
        # With a tray: every shot in one run, the banner in a second run without it.
        for with_tray, every in ((True, True), (False, False)) if tray_host else ((False, True),):
            command = [sys.executable, str(Path(__file__).resolve()), "--drive", language]
            command += ["--out", str(out)] + (["--tray"] if with_tray else [])
            command += [] if every else ["--banner-only"]
            if not offscreen:
                command = [xvfb or "xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}", *command]
            started = time.monotonic()
            done = subprocess.run(command, env=environment(language, offscreen), check=False)
            what = "with a tray" if with_tray else "without a tray"
            print(
                f"screenshots: {language}, {what}: exit {done.returncode} "
                f"({time.monotonic() - started:.0f} s)"
            )
            failed |= done.returncode != 0
    print(f"screenshots written to {out}")
    return int(failed)


# -- the driver: inside one run of the app ----------------------------------------------


class Offset:
    """The app's clock: the wall clock plus an offset the driver moves on."""

    def __init__(self) -> None:
        self.by = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.by


def drive(language: str, out: Path, with_tray: bool, every: bool = True) -> int:
    """Start ``relationdesk --demo`` here and take the shots once its window is finished."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    import relationdesk.ui.main_window as main_window
    from relationdesk.cli import main as relationdesk
    from relationdesk.clock import use_clock

    panel = None
    if with_tray:
        qt_app = QApplication([sys.argv[0]])  # the one the app takes (application._start)
        panel = subprocess.Popen(
            [
                *("trayer", "--edge", "bottom", "--align", "right", "--widthtype", "percent"),
                *("--width", "100", "--height", str(PANEL), "--SetDockType", "true"),
                *("--transparent", "true", "--alpha", "0", "--tint", "0x3c3f41"),
            ],
            env={**os.environ, "LANG": "C.UTF-8", "LANGUAGE": ""},  # GTK warns of ja_JP
        )
        deadline = time.monotonic() + 10
        while not QSystemTrayIcon.isSystemTrayAvailable() and time.monotonic() < deadline:
            qt_app.processEvents()
            time.sleep(0.05)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            print("screenshots: the tray (trayer) did not come up", file=sys.stderr)
            panel.terminate()
            return 1
    clock = Offset()
    director = Director(language, out, with_tray, every, clock)
    finish = main_window.MainWindow.finish

    def finish_then_shoot(window: Any) -> None:
        finish(window)
        QTimer.singleShot(300, lambda: director.run(window))

    main_window.MainWindow.finish = finish_then_shoot  # type: ignore[method-assign]
    try:
        with use_clock(clock):
            code = relationdesk(["--demo"])
    finally:
        if panel is not None:
            panel.terminate()
            panel.wait()
    return code or int(not director.done)


def pause(ms: int) -> None:
    """Let the event loop run for *ms* milliseconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


@contextmanager
def waiting(signal: Any, timeout_ms: int = 30_000) -> Iterator[None]:
    """Run the block, then the event loop until *signal* has fired (raise on timeout)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    fired: list[object] = []

    def done(*args: object) -> None:
        fired.append(args)
        loop.quit()

    signal.connect(done)
    try:
        yield
        if not fired:
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
    finally:
        signal.disconnect(done)
    if not fired:
        raise TimeoutError(f"no {signal} within {timeout_ms} ms")


class Director:
    """Clicks through the window and saves each shot (see the module documentation)."""

    def __init__(
        self, language: str, out: Path, with_tray: bool, every: bool, clock: Offset
    ) -> None:
        self.language = language
        self.every = every
        self.words = WORDS[language]
        self.out = out
        self.with_tray = with_tray
        self.clock = clock
        self.done = False

    def run(self, window: Any) -> None:
        """Take the shots, then quit the app (which ends ``relationdesk --demo``)."""
        self.window = window
        try:
            window.move(0, 0)
            self.settle()
            if not self.with_tray:
                self.banner_shot()
            if self.every:
                self.window_shots()
            if self.with_tray:
                self.notification_shot()
            self.done = True
        except Exception:
            traceback.print_exc()
        finally:
            window.runner.wait()
            window.quit()

    # -- helpers ---------------------------------------------------------------------

    def settle(self) -> None:
        """Wait until every service call has delivered, and the window has repainted."""
        runner = self.window.runner
        for _ in range(200):
            runner.wait()
            pause(60)
            if not runner.busy:
                break
        pause(150)

    def save(self, name: str, pixmap: Any = None) -> None:
        """Save the window (or *pixmap*) as docs/screenshots/NAME-LANG.png."""
        self.settle()
        image = self.window.grab() if pixmap is None else pixmap
        path = self.out / f"{name}-{self.language}.png"
        if not image.save(str(path), "PNG", 0):  # quality 0: the smallest PNG
            raise OSError(f"could not write {path}")
        print(f"screenshots: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    def open_row(self, row: int) -> None:
        """Choose a row of the customer list and wait for the customer and timeline."""
        window = self.window
        model, table = window.customers.model, window.customers.table
        found = model.row_at(row)
        if found is not None and found.id == window.panel.customer_id:
            table.setCurrentIndex(model.index(row, 0))  # shown already
        else:
            with waiting(window.panel.opened):
                table.setCurrentIndex(model.index(row, 0))
        self.settle()

    def search(self, text: str) -> None:
        """Type *text* into the search box and wait for the hits."""
        window = self.window
        window.customers.focus_search()
        with waiting(window.customers.shown):
            window.customers.search_box.setText(text)
        self.settle()

    def busiest_hit(self, rows: int = 40) -> int:
        """Among the first *rows* hits, the one whose history has the most kinds."""
        window = self.window
        model, timeline = window.customers.model, window._app.timeline
        best, kinds = 0, -1
        for row in range(min(rows, model.rowCount())):
            found = model.row_at(row)
            if found is None:
                continue
            entries = timeline.feed(found.id, limit=20).entries
            if len({entry.kind for entry in entries}) > kinds:
                best, kinds = row, len({entry.kind for entry in entries})
        return best

    def add_quick(self, kind: str, text: str, when: str = "") -> None:
        """Fill the quick-add bar (the due time of a reminder too) without adding yet."""
        window = self.window
        window.log_activity()
        bar = window.panel.timeline.quick_add
        bar.choose(kind)
        bar.text.setText(text)
        if when:
            bar.due.setText(when)
            bar.due.setFocus()

    def add(self) -> None:
        """Press Enter in the quick-add bar and wait for the timeline to show the entry."""
        timeline = self.window.panel.timeline
        with waiting(timeline.model.loaded):
            timeline.quick_add.add()
        self.settle()

    # -- the shots -------------------------------------------------------------------

    def window_shots(self) -> None:
        """The welcome, list, search, customer, profile, quick-add and Today."""
        window, words = self.window, self.words
        window.pages.setCurrentWidget(window.welcome)  # what a first start shows
        self.save("welcome")
        window.show_list()
        if window.customers.model.rowCount() == 0:
            with waiting(window.customers.shown):
                pass
        self.open_row(0)
        self.save("list")
        self.search(words["search"])
        self.open_row(0)
        self.save("search")
        self.open_row(self.busiest_hit())
        self.save("customer")
        window.edit_profile()
        self.save("profile")
        self.add_quick("reminder", words["reminder"], words["when"])
        self.save("quickadd")
        self.add()
        window.show_today()
        with waiting(window.today.loaded):
            pass
        self.save("today")
        self.trash_shot()

    def trash_shot(self) -> None:
        """The trash view's Timeline entries tab, after a few entries of the customer shown
        were deleted (and one customer moved to the trash)."""
        from relationdesk.clock import utcnow

        window = self.window
        app, customer = window._app, window.panel.customer_id
        window.show_list()
        if customer is not None:
            entries = app.timeline.feed(customer, limit=20).entries
            for entry in [e for e in entries if e.kind not in ("stage", "reminder")][:3]:
                app.timeline.delete_entry(entry.id, utcnow())
            reminder = next((e for e in entries if e.kind == "reminder"), None)
            if reminder is not None:
                app.reminders.delete(reminder.id, utcnow())
            window.panel.timeline.model.reload()
        others = (window.customers.model.row_at(row) for row in range(3))
        other = next((r for r in others if r is not None and r.id != customer), None)
        if other is not None:  # not the one shown: its entries would go to the trash with it
            app.customers.delete(other.id, utcnow())
        view = window.trash_view
        with waiting(window.customers.shown):
            window.trash.show_trash_action.setChecked(True)
        with waiting(view.entries.model.loaded):
            view.show_entries()
        view.entries.table.setCurrentIndex(view.entries.model.index(0, 0))
        self.save("trash")
        window.trash.show_trash_action.setChecked(False)

    def notification_shot(self) -> None:
        """A reminder one minute ahead falls due (the clock is moved on a minute instead of
        waiting one): the tray's notification, over the whole screen."""
        window, words = self.window, self.words
        window.pages.setCurrentWidget(window.customer_page)
        if window.panel.customer_id is None:
            self.open_row(0)
        self.add_quick("reminder", words["soon"], words["in_a_minute"])
        self.add()
        self.clock.by += timedelta(minutes=1, seconds=1)
        with waiting(window.due.fell_due):
            window.due.timer.start(0)
        pause(1200)  # the notification fades in
        screen = window.screen().grabWindow(0)
        self.save("notification", screen)

    def banner_shot(self) -> None:
        """Without a tray: the reminders banner with its menu and a reminder's menu open."""
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QPainter

        window = self.window
        window.show_list()
        self.open_row(0)
        banner = window.banner
        if banner is None or not banner.isVisible():
            print("screenshots: no reminders due, so no banner to show")
            return
        menu = banner.menu
        button = banner.button
        menu.popup(button.mapToGlobal(QPoint(button.width(), button.height())))
        menu.move(menu.pos() - QPoint(menu.sizeHint().width(), 0))
        first = menu.actions()[0]
        menu.setActiveAction(first)
        sub = first.menu()
        place = menu.mapToGlobal(menu.actionGeometry(first).topLeft())
        sub.popup(place - QPoint(sub.sizeHint().width(), 0))
        pause(400)
        shot = window.grab()
        painter = QPainter(shot)
        for popup in (menu, sub):
            painter.drawPixmap(popup.pos() - window.pos(), popup.grab())
        painter.end()
        self.save("reminders", shot)
        sub.hide()
        menu.hide()


def main(argv: list[str] | None = None) -> int:
    """Make the screenshots (or, with --drive, take them inside one run of the app)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--offscreen", action="store_true", help="do not use Xvfb")
    parser.add_argument("--only", choices=LANGUAGES, help="one language")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--drive", choices=LANGUAGES, help=argparse.SUPPRESS)
    parser.add_argument("--tray", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--banner-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.drive:
        return drive(args.drive, args.out, args.tray, every=not args.banner_only)
    languages = (args.only,) if args.only else LANGUAGES
    return run_all(args.out, args.offscreen, languages)


if __name__ == "__main__":
    sys.exit(main())
