"""One font face for Japanese and Latin text (relationdesk/ui/fonts.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from relationdesk.ui.fonts import japanese_family, ui_font, use_one_font

# Timeline headlines as the list shows them: a date and time, the kind, what happened.
LINES = (
    "2025/06/20 2:54   メモ   好み: 短め",
    "2025/06/28 8:42   購入   定期点検  ￥11,000",
    "2025/06/09 7:15   LINE   LINEお問い合わせ",
    "10/11/26 11:52 PM   Purchase   トリートメント  ¥6,600",
)


def faces(text: str, font: QFont) -> set[str]:
    """The font families Qt sets *text* in."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


@pytest.fixture
def app_font(qapp):
    """The application's font, put back afterwards."""
    before = QApplication.font()
    yield
    QApplication.setFont(before)


def test_every_timeline_line_is_set_in_one_face(qapp, app_font):
    """With the app's font, a line whose first words are kana is set in the same face as
    one whose first words are Latin or kanji (its date and time included)."""
    if not QFontDatabase.families(QFontDatabase.WritingSystem.Japanese):
        pytest.skip("no Japanese font installed")
    use_one_font(qapp)
    font = QApplication.font()
    seen = [faces(line, font) for line in LINES]
    assert all(len(used) == 1 for used in seen), seen
    assert len(set().union(*seen)) == 1, seen


def test_a_font_that_writes_japanese_is_kept(qapp):
    """A desktop font with Japanese (Windows, macOS, a Japanese Linux desktop) stays."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    if not families:
        pytest.skip("no Japanese font installed")
    font = QFont()
    font.setFamily(families[0])
    assert ui_font(font) is None


def test_the_choice_prefers_proportional_faces():
    """Noto Sans CJK JP before IPA P Gothic; a fixed-pitch face (IPAGothic) only if nothing
    else writes Japanese, and then not at all."""
    assert japanese_family(["IPAGothic", "IPAPGothic"], {"IPAGothic"}) == "IPAPGothic"
    assert japanese_family(["IPAPGothic", "Noto Sans CJK JP"], set()) == "Noto Sans CJK JP"
    assert japanese_family(["Some Gothic"], set()) == "Some Gothic"
    assert japanese_family(["IPAGothic"], {"IPAGothic"}) is None
