"""Customer → Find Duplicates: likely duplicate pairs across all customers, and the merge
dialog that picks each value from one side, moves the whole timeline and can be undone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relationdesk.clock import utcnow
from relationdesk.services.customer_data import CustomerDetail
from relationdesk.services.duplicates import MERGE_FIELDS, MergeSide
from relationdesk.ui.names import given_name_first, shown_name
from relationdesk.ui.tasks import TaskRunner

PairRole = Qt.ItemDataRole.UserRole + 1
PAGE = 50


def rule_names() -> dict[str, str]:
    """What made two customers look like one, in words."""
    return {
        "email": QCoreApplication.translate("Duplicates", "same e-mail"),
        "phone": QCoreApplication.translate("Duplicates", "same phone"),
        "name_reading": QCoreApplication.translate("Duplicates", "same name and reading"),
        "name": QCoreApplication.translate("Duplicates", "same name"),
    }


def confidence_names() -> dict[str, str]:
    """How sure the rule is."""
    return {
        "high": QCoreApplication.translate("Duplicates", "Very likely"),
        "medium": QCoreApplication.translate("Duplicates", "Likely"),
        "low": QCoreApplication.translate("Duplicates", "Possible"),
    }


def field_names() -> dict[str, str]:
    """The profile fields a merge chooses between."""
    return {
        "family_name": QCoreApplication.translate("Duplicates", "Family name"),
        "given_name": QCoreApplication.translate("Duplicates", "Given name"),
        "display_name": QCoreApplication.translate("Duplicates", "Name"),
        "reading": QCoreApplication.translate("Duplicates", "Reading"),
        "honorific": QCoreApplication.translate("Duplicates", "Honorific"),
        "company": QCoreApplication.translate("Duplicates", "Company"),
        "title": QCoreApplication.translate("Duplicates", "Title"),
        "birthday": QCoreApplication.translate("Duplicates", "Birthday"),
        "stage": QCoreApplication.translate("Duplicates", "Stage"),
        "source": QCoreApplication.translate("Duplicates", "Source"),
        "preferred_channel": QCoreApplication.translate("Duplicates", "Prefers"),
        "consent_dm": QCoreApplication.translate("Duplicates", "May send direct mail"),
        "consent_email": QCoreApplication.translate("Duplicates", "May e-mail"),
        "consent_line": QCoreApplication.translate("Duplicates", "May send LINE"),
        "line_id": QCoreApplication.translate("Duplicates", "LINE ID"),
        "note": QCoreApplication.translate("Duplicates", "Note"),
    }


def _value(detail: CustomerDetail, field: str) -> str:
    if field == "company":
        return detail.company_name
    value = getattr(detail, field)
    if isinstance(value, bool):
        return QCoreApplication.translate("Duplicates", "Yes") if value else ""
    return "" if value is None else str(value)


class DuplicatesDialog(QDialog):
    """The likely duplicates, a page at a time; Merge… opens the merge of the chosen pair.

    Signals: ``merged(object)`` with the MergeResult after a merge.
    """

    merged = Signal(object)

    def __init__(self, services: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find Duplicates"))
        self._services = services
        self._runner = runner
        self._next: Any = None
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Customer"),
                self.tr("Perhaps the same as"),
                self.tr("Why"),
                self.tr("How sure"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemActivated.connect(lambda _item: self.merge_current())
        self.message = QLabel(self)
        self.more_button = QPushButton(self.tr("Find More"), self)
        self.more_button.clicked.connect(self.load_more)
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        self.merge_button.clicked.connect(self.merge_current)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(860, 480)
        self.editor: MergeDialog | None = None
        self.reload()

    def reload(self) -> None:
        """Look for pairs from the start."""
        self.table.setRowCount(0)
        self._next = None
        self._request(None)

    def load_more(self) -> None:
        """The next page of pairs."""
        if self._next is not None:
            self._request(self._next)

    def _request(self, after: Any) -> None:
        finder = self._services.duplicates
        self.more_button.setEnabled(False)
        self.message.setText(self.tr("Looking…"))
        self._runner.submit(lambda: finder.find(after, limit=PAGE), self._arrived, context=self)

    def _arrived(self, page: Any) -> None:
        rules, sure, first_given = rule_names(), confidence_names(), given_name_first()
        start = self.table.rowCount()
        self.table.setRowCount(start + len(page.pairs))
        for offset, pair in enumerate(page.pairs):
            row = start + offset
            first, second = (
                shown_name(side.display_name, side.given_first, first_given)
                for side in (pair.first, pair.second)
            )
            cells = (
                f"{first}  {pair.first.reading}",
                f"{second}  {pair.second.reading}",
                "、".join(rules.get(str(r), str(r)) for r in pair.rules),
                sure.get(str(pair.confidence), str(pair.confidence)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PairRole, pair)
                self.table.setItem(row, column, item)
        self._next = page.next
        self.more_button.setEnabled(page.next is not None)
        total = self.table.rowCount()
        self.message.setText(
            self.tr("%1 pair(s) found.").replace("%1", QLocale().toString(total))
            if total
            else self.tr("No likely duplicates.")
        )
        if start == 0 and total:
            self.table.selectRow(0)

    def merge_current(self) -> MergeDialog | None:
        """Open the merge of the chosen pair."""
        item = self.table.item(self.table.currentRow(), 0)
        pair = item.data(PairRole) if item is not None else None
        if pair is None:
            return None
        dialog = MergeDialog(self._services, self._runner, pair.first.id, pair.second.id, self)
        dialog.merged.connect(self._merged)
        dialog.open()
        self.editor = dialog
        return dialog

    def _merged(self, result: Any) -> None:
        self.merged.emit(result)
        self.reload()


class MergeDialog(QDialog):
    """Two customers side by side: for each differing field choose the value to keep.

    The first customer is kept (switch with "Keep the other"); phones, e-mails, addresses,
    tags and the whole timeline of both end up on the kept one; the other goes to the trash.
    A backup is taken first, and the merge can be undone from File → Import History.
    Signals: ``merged(MergeResult)``.
    """

    merged = Signal(object)

    def __init__(
        self,
        services: Any,
        runner: TaskRunner,
        first: Any,
        second: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge Customers"))
        self._services = services
        self._runner = runner
        self._ids = [first, second]
        self._details: list[CustomerDetail] = []
        self._choices: dict[str, QButtonGroup] = {}
        self.grid = QGridLayout()
        body = QWidget(self)
        body.setLayout(self.grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.note = QLabel(
            self.tr(
                "Choose the value to keep where they differ. Phones, e-mails, addresses, tags "
                "and the whole history of both are kept; the other record goes to the trash. "
                "A backup is taken first, and File → Import History can undo the merge."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.message = QLabel(self)
        self.swap_button = QPushButton(self.tr("Keep the Other Record"), self)
        self.swap_button.clicked.connect(self.swap)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        line = QHBoxLayout()
        line.addWidget(self.swap_button)
        line.addStretch(1)
        line.addWidget(self.buttons)
        layout.addLayout(line)
        self.resize(760, 520)
        customers = services.customers
        self.buttons.setEnabled(False)
        self._runner.submit(
            lambda: [customers.get(i) for i in self._ids], self._loaded, self._failed, context=self
        )

    def _loaded(self, details: list[CustomerDetail]) -> None:
        self._details = details
        self.buttons.setEnabled(True)
        self._fill()

    def swap(self) -> None:
        """Keep the other record instead (the choices start again)."""
        self._ids.reverse()
        self._details.reverse()
        self._fill()

    def _fill(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._choices = {}
        keep, other = self._details
        self.grid.addWidget(QLabel(self.tr("<b>Keep</b>"), self), 0, 1)
        self.grid.addWidget(QLabel(self.tr("<b>Merge into it</b>"), self), 0, 2)
        names = field_names()
        row = 1
        for field in MERGE_FIELDS:
            if field == "display_name" and keep.kind == "person":
                continue
            mine, theirs = _value(keep, field), _value(other, field)
            if mine == theirs:
                continue
            self.grid.addWidget(QLabel(names.get(field, field), self), row, 0)
            group = QButtonGroup(self)
            for column, (text, side) in enumerate(
                ((mine, MergeSide.KEEP), (theirs, MergeSide.OTHER)), start=1
            ):
                button = QRadioButton(text or self.tr("(empty)"), self)
                button.setProperty("side", str(side))
                group.addButton(button)
                self.grid.addWidget(button, row, column)
                # An empty value never wins by default: the merge fills gaps.
                button.setChecked(side == (MergeSide.KEEP if mine else MergeSide.OTHER))
            self._choices[field] = group
            row += 1
        if row == 1:
            self.grid.addWidget(
                QLabel(self.tr("The two records agree on every field."), self), 1, 0
            )

    def choices(self) -> dict[str, MergeSide]:
        """The side chosen for each differing field."""
        found = {}
        for field, group in self._choices.items():
            button = group.checkedButton()
            if button is not None:
                found[field] = MergeSide(button.property("side"))
        return found

    def merge(self) -> None:
        """Back up, then merge off the GUI thread; close when done."""
        services, now = self._services, utcnow()
        keep, other, choices = self._ids[0], self._ids[1], self.choices()

        def call() -> Any:
            services.backups.backup_now("before-merge", now)
            return services.duplicates.merge(keep, other, now, choices)

        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Merging…"))
        self._runner.submit(call, self._merged, self._failed, context=self)

    def _merged(self, result: Any) -> None:
        self.merged.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(self.tr("Could not merge: %1").replace("%1", str(error)))
