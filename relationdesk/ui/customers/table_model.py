"""A table model over one page of customer rows (plain dataclasses, never ORM objects)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from relationdesk.services.customer_data import CustomerRow

_Index = QModelIndex | QPersistentModelIndex


def _columns() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("CustomerTableModel", "Name"),
        QCoreApplication.translate("CustomerTableModel", "Reading"),
        QCoreApplication.translate("CustomerTableModel", "Company"),
        QCoreApplication.translate("CustomerTableModel", "Phone"),
        QCoreApplication.translate("CustomerTableModel", "E-mail"),
    )


class CustomerTableModel(QAbstractTableModel):
    """Shows customer rows: name, reading, company, phone, e-mail.

    The rows are handed in with ``set_rows``; the model never queries anything itself.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CustomerRow] = []
        self._headers = _columns()

    def set_rows(self, rows: Sequence[CustomerRow]) -> None:
        """Replace the rows shown."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CustomerRow:
        """Return the customer shown in *row*."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of customers (QAbstractItemModel override)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns (QAbstractItemModel override)."""
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text (QAbstractItemModel override)."""
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        return (row.display_name, row.reading, row.company_name, row.phone, row.email)[
            index.column()
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles (QAbstractItemModel override)."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None
