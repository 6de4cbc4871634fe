"""The plain main window: the customer list from the services, in English and Japanese."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from relationdesk.resources import translation_file
from relationdesk.services.customer_data import CustomerInput, PhoneInput
from relationdesk.ui.application import install_translators
from relationdesk.ui.customers.table_model import CustomerTableModel
from relationdesk.ui.main_window import MainWindow


def fill(app, now):
    """Three customers, one with a phone."""
    for family, given, reading in (
        ("山田", "太郎", "ヤマダ タロウ"),
        ("青木", "誠", "アオキ マコト"),
        ("Smith", "John", "スミス ジョン"),
    ):
        phones = (PhoneInput("090-1234-5678"),) if family == "山田" else ()
        app.customers.create(
            CustomerInput(family_name=family, given_name=given, reading=reading, phones=phones), now
        )


def test_table_model_passes_qt_model_tester(qtmodeltester, app, now):
    """The customer table model obeys Qt's model contract."""
    fill(app, now)
    model = CustomerTableModel()
    model.set_rows(app.customers.list_page().rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 5


def test_window_lists_customers_in_gojuon_order(qtbot, app, now):
    """The window shows customers by reading, with phone in local format, and their count."""
    fill(app, now)
    window = MainWindow(app.customers)
    qtbot.addWidget(window)
    window.load()
    window.show()
    qtbot.waitExposed(window)
    model = window.table.model()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["青木 誠", "Smith John", "山田 太郎"]
    assert model.index(2, 3).data() == "090-1234-5678"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert window.count_label.text() == "3 customer(s)"


def test_window_speaks_japanese(qtbot, qapp, app, now):
    """With the Japanese translation installed, headers and the count are in Japanese."""
    assert translation_file("ja").exists(), "run `make setup` to compile translations"
    translators = install_translators(qapp, QLocale(QLocale.Language.Japanese))
    try:
        fill(app, now)
        window = MainWindow(app.customers)
        qtbot.addWidget(window)
        window.load()
        assert window.table.model().headerData(0, Qt.Orientation.Horizontal) == "氏名"
        assert window.count_label.text() == "顧客 3 件"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
