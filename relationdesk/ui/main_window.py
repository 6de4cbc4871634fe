"""The main window: arranges the panes and connects their signals; no business logic.

It is built in two steps so that start-up paints the customer list as early as it can
(and without touching PySide6's ``Qt`` namespace, whose 93 Python enums take ~16 ms to
make: see ``list_model``):
the frame (the list pane, empty menus, the status bar) needs only Qt and the list's
plain-SQL reads; ``finish()`` then imports and builds the rest (the customer panel, Today,
the reminder tray or banner, the trash actions, the menus' actions), which loads the ORM.
``MainWindow(app)`` does both at once; the app's start-up (``application.run``) builds
the frame, paints, and finishes right after the first page has been painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSignalBlocker, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from relationdesk import APP_NAME
from relationdesk.clock import utcnow
from relationdesk.services.unit_of_work import DatabaseClosed
from relationdesk.ui.customers.list_pane import CustomerListPane
from relationdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from relationdesk.ui.backups_dialog import BackupsDialog
    from relationdesk.ui.command_palette import CommandPalette
    from relationdesk.ui.duplicates import DuplicatesDialog
    from relationdesk.ui.export_dialog import ExportDialog
    from relationdesk.ui.imports.history import ImportHistoryDialog
    from relationdesk.ui.imports.wizard import ImportWizard
    from relationdesk.ui.preferences import PreferencesDialog
    from relationdesk.ui.reminders.banner import DueBanner
    from relationdesk.ui.reminders.tray import ReminderTray
    from relationdesk.ui.shortcuts_dialog import ShortcutsDialog

SAMPLE_CUSTOMERS = 500
OPEN_DELAY_MS = 120


class MainWindow(QMainWindow):
    """The window a shop owner lives in: the customer list, Today, the welcome on a first
    start, the reminder tray or banner, and the menus that reach every action.

    *staged*: build only the frame now (the list, empty menus); ``finish()`` builds the
    rest. Without it, both happen here.

    Signal: ``housekept(object)`` with the Housekeeping report of the start-up work.
    """

    housekept = Signal(object)

    def __init__(self, app: Any, parent: QWidget | None = None, *, staged: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME}[*]")
        self._app = app
        self.runner = TaskRunner()
        self.customers = CustomerListPane(app.customer_list, _Search(app), self.runner, self)
        # Where the customer panel goes: until finish(), its placeholder's twin.
        self._waiting_panel = QLabel(
            QCoreApplication.translate(
                "CustomerPanel", "Choose a customer on the left, or add one with Ctrl+N."
            ),
            self,
        )
        self._waiting_panel.setWordWrap(True)
        self._waiting_panel.setMargin(24)
        # parent= by keyword: with a positional widget, PySide6 checks the overload taking a
        # Qt.Orientation first, which builds the whole Qt namespace (see list_model).
        self.customer_page = QSplitter(parent=self)  # horizontal
        # The list's column: the trash view adds its switch and buttons around the list.
        self.list_column = QWidget(self)
        self._list_layout = QVBoxLayout(self.list_column)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(0)
        self._list_layout.addWidget(self.customers, 1)
        self.customer_page.addWidget(self.list_column)
        self.customer_page.addWidget(self._waiting_panel)
        self.customer_page.setStretchFactor(0, 1)
        self.customer_page.setStretchFactor(1, 1)
        self.customer_page.setChildrenCollapsible(False)
        self.customer_page.setSizes([640, 640])
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.customer_page)
        central = QWidget(self)
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addWidget(self.pages)
        self.setCentralWidget(central)
        self._first_load = True
        self._welcome_wanted = False
        self._loading = False
        self._finished = False
        self._quitting = False
        self._housekeeping_pending = False
        self.customers.model.loaded.connect(self._list_loaded)
        self._file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._customer_menu = self.menuBar().addMenu(self.tr("&Customer"))
        self._view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.statusBar()
        for keys in (QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("/")):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(self.customers.focus_search)
        self.resize(1280, 760)
        if not staged:
            self.finish()

    def finish(self) -> None:
        """Build the rest of the window (once; see the module documentation)."""
        if self._finished:
            return
        self._finished = True
        if self._loading:
            self.customers.model.count_now()  # counted off the GUI thread while this builds
        from PySide6.QtWidgets import QSystemTrayIcon

        from relationdesk.ui.customers.customer_panel import CustomerPanel
        from relationdesk.ui.customers.privacy_actions import PrivacyActions
        from relationdesk.ui.customers.trash_actions import TrashActions
        from relationdesk.ui.data_check import DataCheck
        from relationdesk.ui.reminders.banner import DueBanner
        from relationdesk.ui.reminders.due_watch import DueWatcher
        from relationdesk.ui.reminders.tray import ReminderTray
        from relationdesk.ui.today_pane import TodayPane
        from relationdesk.ui.trash.trash_view import TrashView
        from relationdesk.ui.welcome import WelcomePanel

        app = self._app
        sizes = self.customer_page.sizes()
        self.panel = CustomerPanel(app, self.runner, self)
        self.customer_page.replaceWidget(1, self.panel)
        self._waiting_panel.deleteLater()
        total = max(sum(sizes), self.customer_page.width(), self.width())
        if not self.customer_page.isVisible() or min(sizes) < 200:
            sizes = [total // 2, total - total // 2]  # the list and the customer, half each
        self.customer_page.setSizes(sizes)
        self.welcome = WelcomePanel(self)
        self.pages.addWidget(self.welcome)
        self.today = TodayPane(app.customers, app.reminders, self.runner, self)
        self.pages.addWidget(self.today)
        self.today.customer_chosen.connect(self._go_to_customer)
        self.due = DueWatcher(app.reminders, self.runner, self)
        self.due.default_snooze = app.settings.default_snooze
        self.due.open_requested.connect(self._bring_customer)
        self.tray: ReminderTray | None = None
        self.banner: DueBanner | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = ReminderTray(self.due, self)
            self.tray.show()
        else:  # some Linux desktops, offscreen: due reminders show in the window instead
            self.banner = DueBanner(self.due, self.centralWidget())
            self._column.insertWidget(0, self.banner)
        self.welcome.load_samples.connect(self.load_samples)
        self.welcome.start_empty.connect(self.show_list)
        self.welcome.import_contacts.connect(lambda: self.show_import())
        self.trash = TrashActions(app.customers, self.customers, self.runner, self)
        self.trash_view = TrashView(app, self.trash, self._list_layout, self.runner, self)
        self.trash_view.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.trash_view.entry_restored.connect(self._entry_restored)
        self.trash_view.emptied.connect(self._trash_emptied)
        self.trash_view.customer_chosen.connect(self._show_entry_customer)
        file_menu = self._file_menu
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.triggered.connect(self.show_preferences)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.quit)
        self.import_action = QAction(self.tr("&Import Contacts…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(lambda: self.show_import())
        self.import_history_action = QAction(self.tr("Import &History…"), self)
        self.import_history_action.setShortcut(QKeySequence("Ctrl+Shift+L"))  # the imports' log
        self.import_history_action.triggered.connect(self.show_import_history)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.import_history_action)
        self.export_action = QAction(self.tr("&Export Customers…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.show_export)
        file_menu.addAction(self.export_action)
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backups_action.triggered.connect(self.show_backups)
        file_menu.addAction(self.backups_action)
        self.data_check = DataCheck(app, self.runner, self)
        self.data_check.damaged.connect(self.offer_recovery)
        self.data_check.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.check_action = QAction(self.tr("Check &Data…"), self)
        self.check_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.check_action.triggered.connect(self.data_check.check_now)
        file_menu.addAction(self.check_action)
        if self._housekeeping_pending:  # a real start: the full check, daily, when idle
            self.data_check.schedule()
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addAction(self.quit_action)
        customer_menu = self._customer_menu
        self.new_action = QAction(self.tr("&New Customer"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.new_customer)
        self.save_action = QAction(self.tr("&Save Customer"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setEnabled(False)
        self.save_action.triggered.connect(lambda: self.panel.editor.save())
        self.revert_action = QAction(self.tr("Re&vert Changes"), self)
        # Not F5 (Refresh) nor a single key: reverting throws edits away.
        self.revert_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.revert_action.setEnabled(False)
        self.revert_action.triggered.connect(self.panel.editor.revert)
        self.log_action = QAction(self.tr("&Log Activity…"), self)
        self.log_action.setShortcut(QKeySequence("Ctrl+J"))
        self.log_action.triggered.connect(self.log_activity)
        self.profile_action = QAction(self.tr("Edit &Profile"), self)
        self.profile_action.setShortcut(QKeySequence("Ctrl+I"))
        self.profile_action.triggered.connect(self.edit_profile)
        self.history_action = QAction(self.tr("Change &History"), self)
        # Not Ctrl+H: on macOS (Ctrl is Command there) Command+H hides the application.
        self.history_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.history_action.triggered.connect(self.show_history)
        for action in (
            self.new_action,
            self.save_action,
            self.revert_action,
            self.log_action,
            self.profile_action,
            self.history_action,
        ):
            customer_menu.addAction(action)
        self.duplicates_action = QAction(self.tr("Find &Duplicates…"), self)
        self.duplicates_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.duplicates_action.triggered.connect(self.show_duplicates)
        customer_menu.addAction(self.duplicates_action)
        customer_menu.addSeparator()
        for action in (self.trash.trash_action, self.trash.undo_action, self.trash.restore_action):
            customer_menu.addAction(action)
        customer_menu.addSeparator()
        self.privacy = PrivacyActions(app, self, self.runner)
        self.privacy.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.privacy.erased.connect(lambda _report: self.due.check())  # its reminders went
        # Ctrl+Shift+X as the menu's E&xport; Ctrl+Shift+Del as "delete for good" (Del alone
        # moves to the trash). Not Ctrl+E: Linux text fields take it for "end of line".
        self.privacy.export_action.setShortcut(QKeySequence("Ctrl+Shift+X"))
        self.privacy.erase_action.setShortcut(QKeySequence("Ctrl+Shift+Del"))
        customer_menu.addAction(self.privacy.export_action)
        customer_menu.addAction(self.privacy.erase_action)
        view_menu = self._view_menu
        view_menu.addAction(self.trash.show_trash_action)
        view_menu.addAction(self.trash_view.empty_trash.action)
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
        self.shortcuts_action = QAction(self.tr("&Keyboard Shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self._help_menu.addAction(self.shortcuts_action)
        self.statusBar().addWidget(self.trash.status_label, 1)
        self.statusBar().addPermanentWidget(self.trash.undo_button)
        self.location_label: QLabel | None = None
        if app.location is not None:
            self.location_label = QLabel(self._location_text(app.location), self)
            self.location_label.setStyleSheet("color: #b00020;")
            self.location_label.setToolTip(str(app.location.path))
            self.statusBar().addPermanentWidget(self.location_label)
        self.customers.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.panel.editor.dirty_changed.connect(self._dirty_changed)
        self.panel.saved.connect(lambda _detail: self.customers.refresh())
        self.panel.editor.created.connect(self._customer_created)
        self.panel.timeline_changed.connect(self._timeline_changed)
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(OPEN_DELAY_MS)
        self._open_timer.timeout.connect(self._open_current)
        if self._welcome_wanted:
            self.pages.setCurrentWidget(self.welcome)
        if self._loading:
            self.due.check()

    # -- the customer on the right -------------------------------------------------------

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        chosen = self.customers.selected()
        if chosen is None or chosen[0] == self.panel.customer_id:
            return
        editor = self.panel.editor
        if editor.is_dirty():
            self._open_timer.stop()
            table = self.customers.table
            if previous.isValid():  # stay on the edited customer until the user decides
                with QSignalBlocker(table.selectionModel()):
                    table.setCurrentIndex(previous)
            editor.confirm_leave(lambda: self._select(chosen[0], current.row()))
            return
        self._open_timer.start()  # holding an arrow key does not read every customer

    def _select(self, customer_id: Any, row: int) -> None:
        table = self.customers.table
        with QSignalBlocker(table.selectionModel()):
            table.setCurrentIndex(self.customers.model.index(row, 0))
        self.panel.open(customer_id, trashed=self.customers.trash_mode)

    def _open_current(self) -> None:
        chosen = self.customers.selected()
        if chosen is not None and chosen[0] != self.panel.customer_id:
            self.panel.open(chosen[0], trashed=self.customers.trash_mode)

    def new_customer(self) -> None:
        """Start a new customer in the Profile tab (Ctrl+N)."""
        self.panel.editor.confirm_leave(self._start_new)

    def _start_new(self) -> None:
        if self.customers.trash_mode:
            self.trash.show_trash_action.setChecked(False)
        self.pages.setCurrentWidget(self.customer_page)
        self.panel.new_customer()

    def log_activity(self) -> None:
        """Go to the shown customer's timeline and its quick-add bar (Ctrl+J)."""
        if self.panel.customer_id is None:
            return
        self.panel.tabs.setCurrentWidget(self.panel.timeline)
        self.panel.timeline.focus_quick_add()

    def edit_profile(self) -> None:
        """Go to the shown customer's profile (Ctrl+I)."""
        if self.panel.pages.currentIndex() == 0:
            return
        self.panel.tabs.setCurrentWidget(self.panel.editor)
        self.panel.editor.family.setFocus()

    def show_history(self) -> None:
        """Go to the shown customer's change history (Ctrl+Shift+H)."""
        if self.panel.pages.currentIndex() == 0:
            return
        self.panel.tabs.setCurrentWidget(self.panel.history)

    def _dirty_changed(self, dirty: bool) -> None:
        self.save_action.setEnabled(dirty)
        self.revert_action.setEnabled(dirty)
        self.setWindowModified(dirty)

    def _customer_created(self, detail: Any) -> None:
        self.customers.reveal(detail.id, detail.display_name)

    def _timeline_changed(self) -> None:
        self.due.check()

    def _entry_restored(self, entry: Any) -> None:
        """An entry came back from the trash: the shown customer's timeline shows it."""
        if entry.customer_id is not None and entry.customer_id == self.panel.customer_id:
            self.panel.timeline.model.reload()
        self.due.check()

    def _show_entry_customer(self, customer_id: Any) -> None:
        """A trashed entry was made current: its customer is shown beside the list."""
        if customer_id != self.panel.customer_id:
            self.panel.editor.confirm_leave(lambda: self.panel.open(customer_id))

    def _trash_emptied(self, _result: Any) -> None:
        if self.customers.trash_mode:
            self.panel.clear()  # it may have shown a customer that is gone now
        self.due.check()

    def show_shortcuts(self) -> ShortcutsDialog:
        """Show the list of keyboard shortcuts (Help menu, F1)."""
        from PySide6.QtCore import Qt

        from relationdesk.ui.shortcuts_dialog import ShortcutsDialog

        actions = [a for menu in self.menuBar().findChildren(QMenu) for a in menu.actions()]
        extra = [
            (self.tr("Search customers"), QKeySequence(QKeySequence.StandardKey.Find)),
            (self.tr("Search customers"), QKeySequence("/")),
            (
                self.tr(
                    "Quick add kind: Alt+1 note, 2 call, 3 visit, 4 e-mail, 5 LINE, "
                    "6 purchase, 7 reminder"
                ),
                QKeySequence("Alt+1"),
            ),
            (self.tr("Quick add: add the entry"), QKeySequence(Qt.Key.Key_Return)),
            (self.tr("Timeline: edit the entry"), QKeySequence(Qt.Key.Key_Return)),
            (
                self.tr("Timeline: delete the entry"),
                QKeySequence(QKeySequence.StandardKey.Delete),
            ),
        ]
        dialog = ShortcutsDialog(actions, extra, self)
        dialog.show()
        return dialog

    def load(self, housekeeping: bool = False) -> None:
        """Show the customers (or, on a first start with none, the welcome) and due reminders.

        Before ``finish()``, only the first page is read: the count and due reminders are
        asked for when the window is finished (after the first page has been painted).
        With *housekeeping*, the start-up work (backup when due, trash purge, deferred
        check) runs off the GUI thread once the list has shown its first page.
        """
        if housekeeping and not self._housekeeping_pending:
            self._housekeeping_pending = True
            self.customers.shown.connect(self._first_page_shown)
        self._loading = True
        self.customers.start(count_later=not self._finished)
        if self._finished:
            self.due.check()

    def _first_page_shown(self) -> None:
        self.customers.shown.disconnect(self._first_page_shown)
        self.start_housekeeping()

    def start_housekeeping(self) -> None:
        """Run ``app.housekeeping`` off the GUI thread (on a thread of its own: it starts
        with the start-up quick_check, which writes wait for); report problems in the status
        bar, and offer the newest good backup when the check finds damage."""
        app = self._app
        self.runner.submit(
            lambda: app.housekeeping(utcnow()),
            self._housekept,
            self._housekeeping_failed,
            context=self,
            own_thread=True,
        )

    def _housekeeping_failed(self, error: BaseException) -> None:
        if isinstance(error, DatabaseClosed):
            return  # closing, or a restore replaced the file (which was checked)
        if hasattr(error, "problems") and hasattr(error, "backup"):  # app.DatabaseDamaged
            self.offer_recovery(error)
            return
        self.statusBar().showMessage(
            self.tr("Start-up maintenance failed: %1").replace("%1", str(error))
        )

    def offer_recovery(self, damage: Any) -> None:
        """The start-up check or the full data check found the file damaged (writes are
        refused: nothing is written to it): offer the newest good backup; restore it (the
        damaged file is kept as ".damaged"), or quit leaving everything as it is."""
        from relationdesk.ui.recovery import ask_to_recover

        if self._finished:
            self.due.pause()
        if not ask_to_recover(damage.problems, damage.backup, self) or damage.backup is None:
            self._quit_now()  # nothing was written; the file stays as it is for a repair
            return
        self.statusBar().showMessage(self.tr("Restoring the backup…"))
        self.runner.wait()  # no other service call may run during the swap
        app, path = self._app, damage.backup.path
        self.runner.submit(
            lambda: app.restore(path, utcnow()),
            self._recovered,
            self._recovery_failed,
            context=self,
        )

    def _recovered(self, report: Any) -> None:
        from PySide6.QtCore import QLocale

        self.statusBar().showMessage(
            self.tr("Restored the backup of %1 (%2 customers); the damaged file was kept.")
            .replace("%1", report.backup_taken_at.astimezone().strftime("%Y-%m-%d %H:%M"))
            .replace("%2", QLocale().toString(report.customers)),
            30_000,
        )
        if self._finished:
            self._restored(report)
        else:
            self.customers.start()

    def _recovery_failed(self, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            self,
            self.tr("The customer data is damaged"),
            self.tr("The backup could not be restored: %1").replace("%1", str(error)),
        )
        self._quit_now()

    def _housekept(self, report: Any) -> None:
        if report.backup_error is not None:
            self.statusBar().showMessage(
                self.tr("The start-up backup failed: %1").replace("%1", report.backup_error)
            )
        elif report.backup is not None and report.backup.fallback:
            self.statusBar().showMessage(
                self.tr(
                    "The backup folder chosen in Preferences is not available; "
                    "the backup went to %1"
                ).replace("%1", str(report.backup.backup.path)),
                30_000,
            )
        self.housekept.emit(report)

    def _location_text(self, warning: Any) -> str:
        if str(warning.risk) == "network":
            text = self.tr("The data folder is on a network share (%1): keep it on this computer.")
        else:
            text = self.tr("The data folder is in a cloud-sync folder (%1): keep it outside it.")
        return text.replace("%1", warning.detail)

    def show_list(self) -> None:
        """Show the customer list."""
        self.pages.setCurrentWidget(self.customer_page)
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
            if self._finished:
                self.pages.setCurrentWidget(self.welcome)
            else:
                self._welcome_wanted = True

    def show_today(self) -> None:
        """Show the Today view, freshly gathered."""
        self.pages.setCurrentWidget(self.today)
        self.today.load()

    def _go_to_customer(self, customer_id: Any, name: str) -> None:
        self.panel.editor.confirm_leave(lambda: self.open_customer(customer_id, name))

    def _bring_customer(self, customer_id: Any, name: str) -> None:
        """From the tray or banner: bring the window to the front with the customer."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self._go_to_customer(customer_id, name)

    def open_customer(self, customer_id: Any, name: str) -> None:
        """Show a customer: found in the list, with their timeline on the right."""
        self.show_list()
        self.customers.reveal(customer_id, name)
        self.panel.open(customer_id)

    def show_palette(self) -> CommandPalette:
        """Open the command palette (Ctrl+K): actions and customers by typing."""
        from relationdesk.ui.command_palette import CommandPalette

        actions = [
            a
            for menu in self.menuBar().findChildren(QMenu)
            for a in menu.actions()
            if a is not self.palette_action
        ]
        palette = CommandPalette(actions, self._app.search, self.runner, self)
        palette.customer_chosen.connect(self._go_to_customer)
        palette.open()
        return palette

    def show_import(self, path: str = "") -> ImportWizard:
        """Open File → Import Contacts (also offered on the welcome)."""
        from relationdesk.ui.imports.wizard import ImportWizard

        wizard = ImportWizard(self._app.imports, self.runner, path, self, self._app.backups)
        wizard.imported.connect(self._imported)
        wizard.undone.connect(self.customers.start)
        wizard.open()
        return wizard

    def _imported(self, _result: Any) -> None:
        self.show_list()
        self.customers.start()

    def show_import_history(self) -> ImportHistoryDialog:
        """Open File → Import History: every import and merge, each undoable."""
        from relationdesk.ui.imports.history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self._app.imports, self.runner, self, self._app.backups)
        dialog.undone.connect(self.customers.start)
        dialog.open()
        return dialog

    def show_duplicates(self) -> DuplicatesDialog:
        """Open Customer → Find Duplicates: likely pairs, each mergeable (and undoable)."""
        from relationdesk.ui.duplicates import DuplicatesDialog

        dialog = DuplicatesDialog(self._app, self.runner, self)
        dialog.merged.connect(self._duplicates_merged)
        dialog.open()
        return dialog

    def _duplicates_merged(self, result: Any) -> None:
        self.customers.start()
        self.panel.open(result.kept_id)
        self.statusBar().showMessage(self.tr("Merged. File → Import History can undo it."), 15_000)

    def show_export(self) -> ExportDialog:
        """Open File → Export Customers: all, the current search or the selected one."""
        from relationdesk.ui.export_dialog import ExportDialog

        search = "" if self.customers.trash_mode else self.customers.search_box.text()
        chosen = self.customers.selected()
        if chosen is not None:  # named as the list shows it (given name first in English)
            chosen = (chosen[0], self.customers.shown_name() or chosen[1])
        dialog = ExportDialog(self._app.exports, self.runner, search, chosen, self)
        dialog.exported.connect(lambda text, _count: self.statusBar().showMessage(text, 15_000))
        dialog.open()
        return dialog

    def show_backups(self) -> BackupsDialog:
        """Open File → Backups: the list, Back Up Now and Restore."""
        from relationdesk.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self._app, self.runner, self, self.panel.editor.confirm_leave)
        dialog.restoring.connect(self.due.pause)
        dialog.restored.connect(self._restored)
        dialog.finished.connect(lambda _result: self.due.check())
        dialog.open()
        return dialog

    def _restored(self, _report: Any) -> None:
        """After a restore every view shows the restored data."""
        self.panel.clear()
        self.customers.start()
        self.due.check()

    def show_preferences(self) -> PreferencesDialog:
        """Open Preferences; OK keeps the choices."""
        from relationdesk.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self._app.settings, self._app.paths.root, self)
        dialog.accepted.connect(lambda: self._keep_preferences(dialog.chosen()))
        dialog.open()
        return dialog

    def _keep_preferences(self, settings: Any) -> None:
        self._app.save_settings(settings)
        self.due.default_snooze = settings.default_snooze
        self.due.check()

    def quit(self) -> None:
        """Leave RelationDesk (also from the tray), after unsaved changes are dealt with."""
        if not self._finished:
            self._quit_now()
            return
        self.panel.editor.confirm_leave(self._quit_now)

    def _quit_now(self) -> None:
        self._quitting = True
        self.close()  # closeEvent ends the event loop

    def closeEvent(self, event: QCloseEvent) -> None:
        """Hide to the tray when so set; else ask about unsaved changes, then let service
        calls finish (override)."""
        if not self._finished:  # closed before it was finished: nothing to ask about
            self.runner.wait()
            super().closeEvent(event)
            QApplication.quit()
            return
        if self.tray is not None and self._app.settings.close_to_tray and not self._quitting:
            self.hide()
            event.ignore()
            return
        if self.panel.editor.is_dirty() and not self._quitting:
            event.ignore()
            QTimer.singleShot(0, self.quit)  # ask after this close has been refused
            return
        self.data_check.cancel()
        self.runner.wait()
        super().closeEvent(event)
        # The application does not quit on its last window closing (see application._start),
        # so that a message box closed while this window waits in the tray does not end it.
        QApplication.quit()


class _Search:
    """The app's search service, looked up when first used (typing in the box), so that
    the window's frame is built without importing it."""

    def __init__(self, app: Any) -> None:
        self._app = app

    def search(self, query: str, limit: int = 100) -> Any:
        """``SearchService.search``."""
        return self._app.search.search(query, limit=limit)

    def count(self, query: str) -> int:
        """``SearchService.count``."""
        return int(self._app.search.count(query))
