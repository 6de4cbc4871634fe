"""Customer menu: export everything about the shown customer, or erase them completely
(privacy requests under Japan's APPI and GDPR-style laws)."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from relationdesk.clock import utcnow
from relationdesk.services.privacy import ErasurePlan, ErasureReport, PrivacyExport, RecordRef
from relationdesk.ui.names import given_name_first, shown_name
from relationdesk.ui.tasks import TaskRunner


def _language() -> str:
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"


class PrivacyActions(QObject):
    """The two privacy actions of the Customer menu, over the customer the panel shows.

    Signals: ``message(str)`` for the status bar; ``exported(object)`` with the
    PrivacyExport; ``erased(object)`` with the ErasureReport (the list is reloaded).
    """

    message = Signal(str)
    exported = Signal(object)
    erased = Signal(object)

    def __init__(self, app: Any, window: Any, runner: TaskRunner) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self._runner = runner
        self.export_action = QAction(self.tr("E&xport This Customer's Data…"), window)
        self.export_action.triggered.connect(self.export_customer)
        self.erase_action = QAction(self.tr("Erase This Customer &Completely…"), window)
        self.erase_action.triggered.connect(self.erase_customer)

    def _customer(self) -> uuid.UUID | None:
        customer_id: uuid.UUID | None = self._window.panel.customer_id
        if customer_id is None:
            self.message.emit(self.tr("Choose a customer first."))
        return customer_id

    # -- export ----------------------------------------------------------------------------

    def export_customer(self) -> None:
        """Ask for a folder, then write the customer's JSON file and readable report there."""
        customer_id = self._customer()
        if customer_id is None:
            return
        parent: QWidget = self._window
        folder = QFileDialog.getExistingDirectory(
            parent, self.tr("Export This Customer's Data To"), str(Path.home())
        )
        if not folder:
            return
        privacy, language = self._app.privacy, _language()
        tz = datetime.now().astimezone().tzinfo
        self.message.emit(self.tr("Exporting…"))
        self._runner.submit(
            lambda: privacy.export_customer(customer_id, Path(folder), utcnow(), language, tz),
            self._exported,
            self._failed,
            context=self,
        )

    def _exported(self, result: PrivacyExport) -> None:
        self.message.emit(
            self.tr("Exported to %1 and %2")
            .replace("%1", str(result.json_path))
            .replace("%2", result.report_path.name)
        )
        self.exported.emit(result)

    # -- erase -----------------------------------------------------------------------------

    def erase_customer(self) -> None:
        """Show what erasing the customer removes and when backups lose their copy; on Yes,
        erase them off the GUI thread and reload the list."""
        customer_id = self._customer()
        if customer_id is None:
            return
        privacy = self._app.privacy
        self._runner.submit(
            lambda: privacy.erase_preview(customer_id, utcnow()),
            self._confirm,
            self._failed,
            context=self,
        )

    def describe(self, plan: ErasurePlan) -> str:
        """The confirmation's text: what goes, and what becomes of the backups' copies."""
        locale = QLocale()
        first_given, separator = given_name_first(), self.tr(", ")

        def names(refs: tuple[RecordRef, ...]) -> str:
            return separator.join(shown_name(r.name, r.given_first, first_given) for r in refs)

        lines = [
            self.tr("Erase %1 completely? This cannot be undone.").replace(
                "%1", shown_name(plan.name, plan.given_first, first_given)
            ),
            "",
            self.tr(
                "Erased: the customer record, %1 contact details, %2 activities, %3 purchases, "
                "%4 reminders and %5 recorded changes."
            )
            .replace("%1", locale.toString(plan.contact_points))
            .replace("%2", locale.toString(plan.interactions))
            .replace("%3", locale.toString(plan.purchases))
            .replace("%4", locale.toString(plan.reminders))
            .replace("%5", locale.toString(plan.changes)),
        ]
        if plan.duplicates:
            lines.append(
                self.tr(
                    "Erased with it: %1, merged into this customer and still in the trash."
                ).replace("%1", names(plan.duplicates))
            )
        if plan.journal_entries:
            lines.append(
                self.tr(
                    "The import and merge history's %1 copies of this customer go too; "
                    "those imports can still be undone for the other customers."
                ).replace("%1", locale.toString(plan.journal_entries))
            )
        if plan.restored_duplicates:
            lines.append(
                self.tr(
                    "Not erased: %1, once merged into this customer and restored from the "
                    "trash since. Erase it too if the request covers it."
                ).replace("%1", names(plan.restored_duplicates))
            )
        if plan.merged_into:
            lines.append(
                self.tr(
                    "This record was merged into %1, which keeps the details and history it "
                    "took from it. Erase that record too if the request covers it."
                ).replace("%1", names(plan.merged_into))
            )
        lines.append("")
        copies = len(plan.backup_copies)
        if not copies:
            lines.append(self.tr("No backup holds a copy of this customer."))
        elif plan.copies_expire_on is not None:
            lines.append(
                self.tr(
                    "%1 backups still hold a copy; they keep it until they expire. "
                    "The last copy expires on %2."
                )
                .replace("%1", locale.toString(copies))
                .replace("%2", plan.copies_expire_on.isoformat())
            )
        else:
            lines.append(
                self.tr(
                    "%1 backups still hold a copy; with the current backup settings they "
                    "are kept for more than three years. Delete them by hand if needed."
                ).replace("%1", locale.toString(copies))
            )
        if plan.other_copies:
            lines.append(
                self.tr("Damaged files kept aside in the data folder may also hold it: %1").replace(
                    "%1", ", ".join(p.name for p in plan.other_copies)
                )
            )
        return "\n".join(lines)

    def _confirm(self, plan: ErasurePlan) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erase Customer"),
            self.describe(plan),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Erase"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self._window.panel.clear()
        self.message.emit(self.tr("Erasing…"))
        privacy, customer_id = self._app.privacy, plan.customer_id
        self._runner.submit(
            lambda: privacy.erase(customer_id, utcnow()), self._erased, self._failed, context=self
        )

    def _erased(self, report: ErasureReport) -> None:
        name = shown_name(report.plan.name, report.plan.given_first)
        self.message.emit(self.tr("%1 was erased completely.").replace("%1", name))
        self._window.customers.start()
        self.erased.emit(report)

    def _failed(self, error: BaseException) -> None:
        text = self.tr("That did not work: %1").replace("%1", str(error))
        self.message.emit(text)
        QMessageBox.warning(self._window, self.tr("Customer"), text)
