"""One font for Japanese and Latin text alike, where the desktop's own font has no Japanese.

Why: Qt lays a line out in runs of one script, and characters of no script of their own
(digits, spaces, ``/``, ``:``, ``¥``) join the run next to them. When the window's font
cannot write Japanese (DejaVu Sans, the usual Linux default), a run in kana goes to the
fallback font that fontconfig picks for Japanese, and the date and time in front of it
go along: a timeline line "2025/06/20 2:54 メモ …" came out wholly in that font (IPAGothic,
a fixed-pitch one), while "2025/06/28 8:42 購入 …" kept its date in DejaVu Sans. Lines
of the same list looked set in two different fonts.

So where the desktop's font has no Japanese, the application's font becomes a
proportional Japanese font that also has Latin letters (Noto Sans CJK JP, IPA P Gothic,
...), with the desktop's font behind it: every run of every line is then set in the same
face. Windows and macOS (and a Japanese Linux desktop) already use a font with Japanese
and are left alone.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

# Proportional faces with Japanese and Latin, best first.
PREFERRED = (
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Source Han Sans JP",
    "Source Han Sans",
    "IPAPGothic",
    "IPAexGothic",
    "TakaoPGothic",
    "VL PGothic",
    "Yu Gothic UI",
    "Meiryo UI",
    "Hiragino Sans",
)


def japanese_family(families: list[str], fixed_pitch: set[str]) -> str | None:
    """The family to use among *families* (those that write Japanese), or None."""
    for family in PREFERRED:
        if family in families:
            return family
    proportional = [family for family in families if family not in fixed_pitch]
    return proportional[0] if proportional else None


def ui_font(base: QFont) -> QFont | None:
    """The application font to use instead of *base*, or None to keep *base* (it writes
    Japanese already, or no font here does)."""
    japanese = QFontDatabase.WritingSystem.Japanese
    current = QFontInfo(base).family()
    if japanese in QFontDatabase.writingSystems(current):
        return None
    families = QFontDatabase.families(japanese)
    fixed = {family for family in families if QFontDatabase.isFixedPitch(family)}
    family = japanese_family(families, fixed)
    if family is None:
        return None
    font = QFont(base)
    font.setFamilies([family, current])
    return font


def use_one_font(app: object) -> None:
    """Give *app* (the QApplication) a font that writes Japanese and Latin alike."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    font = ui_font(app.font())
    if font is not None:
        QApplication.setFont(font)
