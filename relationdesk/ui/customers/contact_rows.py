"""Editors for a customer's several phones, e-mail addresses and postal addresses.

Each list has a row per item with a label, the value, a "primary" choice and a remove
button, and an "Add" button under it. Errors from the service name items by position
(``phones[1].number``), so a row can show its own message.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from relationdesk.normalize.postal import display_postal_code
from relationdesk.normalize.postal_directory import PostalPlace
from relationdesk.services.customer_data import (
    AddressInput,
    AddressOut,
    EmailInput,
    EmailOut,
    PhoneInput,
    PhoneOut,
)


def phone_labels() -> list[str]:
    """Usual labels of a phone number, in the user's language."""
    return [
        QCoreApplication.translate("ContactRows", "Mobile"),
        QCoreApplication.translate("ContactRows", "Home"),
        QCoreApplication.translate("ContactRows", "Work"),
        QCoreApplication.translate("ContactRows", "Main"),
        QCoreApplication.translate("ContactRows", "Fax"),
    ]


def email_labels() -> list[str]:
    """Usual labels of an e-mail address."""
    return [
        QCoreApplication.translate("ContactRows", "Personal"),
        QCoreApplication.translate("ContactRows", "Work"),
    ]


def _label_box(parent: QWidget, labels: list[str], text: str) -> QComboBox:
    box = QComboBox(parent)
    box.setEditable(True)
    box.addItems(labels)
    box.setEditText(text)
    box.setMinimumContentsLength(6)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return box


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


class _Row(QWidget):
    """One item: its widgets in a line, the primary choice, a remove button, an error line."""

    removed = Signal(object)

    def __init__(self, item_id: uuid.UUID | None, group: QButtonGroup, parent: QWidget) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.primary = QRadioButton(self.tr("Primary"), self)
        group.addButton(self.primary)
        self.remove = QToolButton(self)
        self.remove.setText("×")
        self.remove.setToolTip(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove"))
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.error = _error_label(self)

    def show_error(self, text: str) -> None:
        """Show (or with "" hide) this row's problem."""
        self.error.setText(text)
        self.error.setVisible(bool(text))


class _ValueRow(_Row):
    """A phone or an e-mail address: a label box, the value, primary, remove."""

    def __init__(
        self,
        item_id: Any,
        label: str,
        value: str,
        primary: bool,
        labels: list[str],
        placeholder: str,
        accessible: str,
        group: QButtonGroup,
        parent: QWidget,
    ) -> None:
        super().__init__(item_id, group, parent)
        self.label = _label_box(self, labels, label)
        self.edit = QLineEdit(value, self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(accessible)
        self.primary.setChecked(primary)
        line = QHBoxLayout()
        line.addWidget(self.label)
        line.addWidget(self.edit, 1)
        line.addWidget(self.primary)
        line.addWidget(self.remove)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(line)
        column.addWidget(self.error)


class _PhoneRow(_ValueRow):
    def __init__(self, item: PhoneOut | None, group: QButtonGroup, parent: QWidget) -> None:
        super().__init__(
            item.id if item else None,
            item.label if item else "",
            item.raw if item else "",
            bool(item and item.primary),
            phone_labels(),
            "090-1234-5678",
            QCoreApplication.translate("ContactRows", "Phone number"),
            group,
            parent,
        )
        self.number = self.edit

    def value(self) -> PhoneInput:
        return PhoneInput(
            self.number.text().strip(),
            self.label.currentText().strip(),
            self.primary.isChecked(),
            self.item_id,
        )


class _EmailRow(_ValueRow):
    def __init__(self, item: EmailOut | None, group: QButtonGroup, parent: QWidget) -> None:
        super().__init__(
            item.id if item else None,
            item.label if item else "",
            item.address if item else "",
            bool(item and item.primary),
            email_labels(),
            "name@example.jp",
            QCoreApplication.translate("ContactRows", "E-mail address"),
            group,
            parent,
        )
        self.address = self.edit

    def value(self) -> EmailInput:
        return EmailInput(
            self.address.text().strip(),
            self.label.currentText().strip(),
            self.primary.isChecked(),
            self.item_id,
        )


class _AddressRow(_Row):
    """An address the Japanese way: 〒, prefecture, city, street, building."""

    postal_typed = Signal(object, str)

    def __init__(self, item: AddressOut | None, group: QButtonGroup, parent: QWidget) -> None:
        super().__init__(item.id if item else None, group, parent)
        self.country = item.country if item else "JP"
        self.label = _label_box(
            self,
            [
                QCoreApplication.translate("ContactRows", "Home"),
                QCoreApplication.translate("ContactRows", "Work"),
            ],
            item.label if item else "",
        )
        self.postal = QLineEdit(display_postal_code(item.postal_code) if item else "", self)
        self.postal.setPlaceholderText(self.tr("〒 100-0001"))
        self.postal.setAccessibleName(self.tr("Postal code"))
        self.postal.setMaximumWidth(110)
        self.prefecture = QLineEdit(item.prefecture if item else "", self)
        self.prefecture.setPlaceholderText(self.tr("Prefecture"))
        self.city = QLineEdit(item.city if item else "", self)
        self.city.setPlaceholderText(self.tr("City"))
        self.street = QLineEdit(item.street if item else "", self)
        self.street.setPlaceholderText(self.tr("Town and street number"))
        self.building = QLineEdit(item.building if item else "", self)
        self.building.setPlaceholderText(self.tr("Building, room"))
        self.towns = QStringListModel(self)
        completer = QCompleter(self.towns, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.street.setCompleter(completer)
        self.primary.setChecked(bool(item and item.primary))
        self._filled: tuple[str, str, str] | None = None
        grid = QGridLayout()
        grid.addWidget(self.label, 0, 0)
        grid.addWidget(self.postal, 0, 1)
        grid.addWidget(self.prefecture, 0, 2)
        grid.addWidget(self.city, 0, 3)
        grid.addWidget(self.primary, 0, 4)
        grid.addWidget(self.remove, 0, 5)
        grid.addWidget(self.street, 1, 1, 1, 2)
        grid.addWidget(self.building, 1, 3)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(grid)
        column.addWidget(self.error)
        self.postal.textEdited.connect(lambda text: self.postal_typed.emit(self, text))

    def fill(self, place: PostalPlace) -> None:
        """Fill the address from its postal code, keeping what the user typed themselves."""
        town = place.towns[0] if len(place.towns) == 1 else ""
        mine = (self.prefecture.text(), self.city.text(), self.street.text())
        if any(mine) and mine != self._filled:
            return
        self.prefecture.setText(place.prefecture)
        self.city.setText(place.city)
        self.street.setText(town)
        self._filled = (place.prefecture, place.city, town)
        self.towns.setStringList(list(place.towns))
        if len(place.towns) > 1:
            self.street.setFocus()
            completer = self.street.completer()
            if completer is not None and self.street.isVisible():
                completer.complete()

    def value(self) -> AddressInput:
        return AddressInput(
            postal_code=self.postal.text().strip(),
            prefecture=self.prefecture.text().strip(),
            city=self.city.text().strip(),
            street=self.street.text().strip(),
            building=self.building.text().strip(),
            label=self.label.currentText().strip(),
            primary=self.primary.isChecked(),
            country=self.country,
            id=self.item_id,
        )


class ContactList(QWidget):
    """A list of rows of one kind with an Add button; ``changed()`` on any edit.

    ``values()`` returns the service inputs in order; ``show_errors`` puts messages on rows.
    ``postal_typed(row, text)`` when a postal code is typed into an address row.
    """

    changed = Signal()
    postal_typed = Signal(object, str)

    def __init__(
        self,
        make_row: Callable[[Any, QButtonGroup, QWidget], _Row],
        add_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self.rows: list[_Row] = []
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._column = QVBoxLayout()
        self._column.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(lambda: self.add_row(None, focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._column)
        line = QHBoxLayout()
        line.addWidget(self.add_button)
        line.addStretch(1)
        layout.addLayout(line)

    def set_items(self, items: tuple[Any, ...]) -> None:
        """Show these stored items, one row each (replacing the rows there were)."""
        for row in self.rows:
            self._group.removeButton(row.primary)
            self._column.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for item in items:
            self.add_row(item)

    def add_row(self, item: Any = None, focus: bool = False) -> _Row:
        """Append a row (empty when *item* is None); the first row is the primary one."""
        row = self._make_row(item, self._group, self)
        if not self.rows and item is None:
            row.primary.setChecked(True)
        self.rows.append(row)
        self._column.addWidget(row)
        row.removed.connect(self._remove)
        for child in row.findChildren(QLineEdit):
            child.textChanged.connect(self.changed)
        for box in row.findChildren(QComboBox):
            box.currentTextChanged.connect(self.changed)
        row.primary.toggled.connect(self.changed)
        if isinstance(row, _AddressRow):
            row.postal_typed.connect(self.postal_typed)
        if focus:
            edits = row.findChildren(QLineEdit)
            value = next((e for e in edits if e.parent() is row and e.isEnabled()), None)
            if value is not None:
                value.setFocus()
            self.changed.emit()
        return row

    def _remove(self, row: _Row) -> None:
        was_primary = row.primary.isChecked()
        self._group.removeButton(row.primary)
        self.rows.remove(row)
        self._column.removeWidget(row)
        row.deleteLater()
        if was_primary and self.rows:
            self.rows[0].primary.setChecked(True)
        self.add_button.setFocus()
        self.changed.emit()

    def values(self) -> tuple[Any, ...]:
        """The rows as service inputs in row order, blank ones too (the service skips those),
        so that the positions in the service's errors are row positions."""
        return tuple(row.value() for row in self.rows)  # type: ignore[attr-defined]

    def show_errors(self, messages: dict[int, str]) -> None:
        """Put *messages* (by row position) on their rows; clear the others."""
        for index, row in enumerate(self.rows):
            row.show_error(messages.get(index, ""))


def phone_list(parent: QWidget) -> ContactList:
    """The phones editor."""
    return ContactList(
        lambda item, group, owner: _PhoneRow(item, group, owner),
        QCoreApplication.translate("ContactRows", "Add phone"),
        parent,
    )


def email_list(parent: QWidget) -> ContactList:
    """The e-mail addresses editor."""
    return ContactList(
        lambda item, group, owner: _EmailRow(item, group, owner),
        QCoreApplication.translate("ContactRows", "Add e-mail"),
        parent,
    )


def address_list(parent: QWidget) -> ContactList:
    """The postal addresses editor."""
    return ContactList(
        lambda item, group, owner: _AddressRow(item, group, owner),
        QCoreApplication.translate("ContactRows", "Add address"),
        parent,
    )
