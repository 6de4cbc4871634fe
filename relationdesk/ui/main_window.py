"""The main window: arranges the panes and connects their signals; no business logic."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from relationdesk import APP_NAME
from relationdesk.clock import utcnow
from relationdesk.ui.command_palette import CommandPalette
from relationdesk.ui.customers.list_pane import CustomerListPane
from relationdesk.ui.customers.trash_actions import TrashActions
from relationdesk.ui.preferences import PreferencesDialog
from relationdesk.ui.reminders.banner import DueBanner
from relationdesk.ui.reminders.due_watch import DueWatcher
from relationdesk.ui.reminders.tray import ReminderTray
from relationdesk.ui.shortcuts_dialog import ShortcutsDialog
from relationdesk.ui.tasks import TaskRunner
from relationdesk.ui.today_pane import TodayPane
from relationdesk.ui.welcome import WelcomePanel

SAMPLE_CUSTOMERS = 500


class MainWindow(QMainWindow):
    """The window a shop owner lives in: the customer list, Today, the welcome on a first
    start, the reminder tray or banner, and the menus that reach every action."""

    def __init__(self, app: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self._app = app
        self.runner = TaskRunner()
        self.customers = CustomerListPane(app.customers, app.search, self.runner, self)
        self.welcome = WelcomePanel(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.customers)
        self.pages.addWidget(self.welcome)
        self.today = TodayPane(app.customers, app.reminders, self.runner, self)
        self.pages.addWidget(self.today)
        self.today.customer_chosen.connect(self._go_to_customer)
        self.due = DueWatcher(app.reminders, self.runner, self)
        self.due.default_snooze = app.settings.default_snooze
        self.tray: ReminderTray | None = None
        self.banner: DueBanner | None = None
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = ReminderTray(self.due, self)
            self.tray.show()
        else:  # some Linux desktops, offscreen: due reminders show in the window instead
            self.banner = DueBanner(self.due, central)
            column.addWidget(self.banner)
        column.addWidget(self.pages)
        self.setCentralWidget(central)
        self._first_load = True
        self.customers.model.loaded.connect(self._list_loaded)
        self.welcome.load_samples.connect(self.load_samples)
        self.welcome.start_empty.connect(self.show_list)
        self.trash = TrashActions(app.customers, self.customers, self.runner, self)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.triggered.connect(self.show_preferences)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.quit)
        file_menu.addAction(self.preferences_action)
        file_menu.addAction(self.quit_action)
        self._quitting = False
        customer_menu = self.menuBar().addMenu(self.tr("&Customer"))
        for action in (self.trash.trash_action, self.trash.undo_action, self.trash.restore_action):
            customer_menu.addAction(action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.trash.show_trash_action)
        self.list_action = QAction(self.tr("&Customers"), self)
        self.list_action.setShortcut(QKeySequence("Ctrl+L"))
        self.list_action.triggered.connect(self.show_list)
        self.today_action = QAction(self.tr("T&oday"), self)
        self.today_action.setShortcut(QKeySequence("Ctrl+T"))
        self.today_action.triggered.connect(self.show_today)
        view_menu.insertAction(self.trash.show_trash_action, self.list_action)
        view_menu.insertAction(self.trash.show_trash_action, self.today_action)
        self.palette_action = QAction(self.tr("&Command Palette…"), self)
        self.palette_action.setShortcut(QKeySequence("Ctrl+K"))
        self.palette_action.triggered.connect(self.show_palette)
        view_menu.addAction(self.palette_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard Shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        self.statusBar().addWidget(self.trash.status_label, 1)
        self.statusBar().addPermanentWidget(self.trash.undo_button)
        for keys in (QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("/")):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(self.customers.focus_search)
        self.resize(1000, 680)

    def show_shortcuts(self) -> ShortcutsDialog:
        """Show the list of keyboard shortcuts (Help menu, F1)."""
        actions = [a for menu in self.menuBar().findChildren(QMenu) for a in menu.actions()]
        extra = [
            (self.tr("Search customers"), QKeySequence(QKeySequence.StandardKey.Find)),
            (self.tr("Search customers"), QKeySequence("/")),
        ]
        dialog = ShortcutsDialog(actions, extra, self)
        dialog.show()
        return dialog

    def load(self) -> None:
        """Show the customers (or, on a first start with none, the welcome) and due reminders."""
        self.customers.start()
        self.due.check()

    def show_list(self) -> None:
        """Show the customer list."""
        self.pages.setCurrentWidget(self.customers)
        self.customers.focus_search()

    def load_samples(self) -> None:
        """Fill the empty database with sample customers, off the GUI thread."""
        self.welcome.set_busy(True)
        samples = self._app.samples
        self.runner.submit(
            lambda: samples.generate(SAMPLE_CUSTOMERS, utcnow()),
            lambda _result: self._samples_loaded(),
            context=self,
        )

    def _samples_loaded(self) -> None:
        self.welcome.set_busy(False)
        self.show_list()
        self.customers.start()

    def _list_loaded(self) -> None:
        if not self._first_load:
            return
        self._first_load = False
        if self.customers.model.rowCount() == 0 and not self.customers.search_box.text():
            self.pages.setCurrentWidget(self.welcome)

    def show_today(self) -> None:
        """Show the Today view, freshly gathered."""
        self.pages.setCurrentWidget(self.today)
        self.today.load()

    def _go_to_customer(self, customer_id: Any, name: str) -> None:
        self.show_list()
        self.customers.reveal(customer_id, name)

    def show_palette(self) -> CommandPalette:
        """Open the command palette (Ctrl+K): actions and customers by typing."""
        actions = [
            a
            for menu in self.menuBar().findChildren(QMenu)
            for a in menu.actions()
            if a is not self.palette_action
        ]
        palette = CommandPalette(actions, self._app.search, self.runner, self)
        palette.customer_chosen.connect(self.customers.reveal)
        palette.open()
        return palette

    def show_preferences(self) -> PreferencesDialog:
        """Open Preferences; OK keeps the choices."""
        dialog = PreferencesDialog(self._app.settings, self._app.paths.root, self)
        dialog.accepted.connect(lambda: self._keep_preferences(dialog.chosen()))
        dialog.open()
        return dialog

    def _keep_preferences(self, settings: Any) -> None:
        self._app.save_settings(settings)
        self.due.default_snooze = settings.default_snooze
        self.due.check()

    def quit(self) -> None:
        """Leave RelationDesk (also from the tray)."""
        self._quitting = True
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Hide to the tray when so set; otherwise let service calls finish (override)."""
        if self.tray is not None and self._app.settings.close_to_tray and not self._quitting:
            self.hide()
            event.ignore()
            return
        self.runner.wait()
        super().closeEvent(event)
