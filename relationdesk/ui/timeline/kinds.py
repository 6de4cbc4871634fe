"""Each kind of timeline entry: its name in the user's language and its badge icon."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

# kind: (colour, glyph context) — the glyph is translated so each language reads it.
_COLOURS = {
    "call": "#2e7d32",
    "visit": "#6a1b9a",
    "meeting": "#4527a0",
    "email": "#1565c0",
    "line": "#06c755",
    "letter": "#795548",
    "note": "#546e7a",
    "feedback": "#ef6c00",
    "purchase": "#c62828",
    "reminder": "#f9a825",
    "stage": "#00838f",
}


def kind_name(kind: str) -> str:
    """The name of an entry kind, e.g. "Call" / 「電話」."""
    names = {
        "call": QCoreApplication.translate("TimelineKinds", "Call"),
        "visit": QCoreApplication.translate("TimelineKinds", "Visit"),
        "meeting": QCoreApplication.translate("TimelineKinds", "Meeting"),
        "email": QCoreApplication.translate("TimelineKinds", "E-mail"),
        "line": QCoreApplication.translate("TimelineKinds", "LINE"),
        "letter": QCoreApplication.translate("TimelineKinds", "Letter"),
        "note": QCoreApplication.translate("TimelineKinds", "Note"),
        "feedback": QCoreApplication.translate("TimelineKinds", "Feedback"),
        "purchase": QCoreApplication.translate("TimelineKinds", "Purchase"),
        "reminder": QCoreApplication.translate("TimelineKinds", "Reminder"),
        "stage": QCoreApplication.translate("TimelineKinds", "Stage"),
    }
    return names.get(kind, kind)


def _glyph(kind: str) -> str:
    glyphs = {
        "call": QCoreApplication.translate("TimelineKinds", "C", "badge letter for a call"),
        "visit": QCoreApplication.translate("TimelineKinds", "V", "badge letter for a visit"),
        "meeting": QCoreApplication.translate("TimelineKinds", "M", "badge letter for a meeting"),
        "email": QCoreApplication.translate("TimelineKinds", "@", "badge letter for an e-mail"),
        "line": QCoreApplication.translate("TimelineKinds", "L", "badge letter for LINE"),
        "letter": QCoreApplication.translate("TimelineKinds", "✉", "badge letter for a letter"),
        "note": QCoreApplication.translate("TimelineKinds", "N", "badge letter for a note"),
        "feedback": QCoreApplication.translate("TimelineKinds", "F", "badge letter for feedback"),
        "purchase": QCoreApplication.translate("TimelineKinds", "¥", "badge letter for a purchase"),
        "reminder": QCoreApplication.translate("TimelineKinds", "R", "badge letter for a reminder"),
        "stage": QCoreApplication.translate("TimelineKinds", "S", "badge letter for a stage"),
    }
    return glyphs.get(kind, "?")


@cache
def _badge(kind: str, glyph: str, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(_COLOURS.get(kind, "#757575")))
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont()
    font.setPixelSize(int(size * 0.55))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return QIcon(pixmap)


def kind_icon(kind: str, size: int = 28) -> QIcon:
    """A round badge in the kind's colour with its letter (電, ¥ ...) in the user's language."""
    return _badge(kind, _glyph(kind), size)
