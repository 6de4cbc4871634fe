"""The profile editor: every field of one customer, inline errors, Save, Revert, unsaved guard."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from relationdesk.clock import utcnow
from relationdesk.models import Channel, CustomerKind, Honorific
from relationdesk.normalize import name_readings, postal_directory
from relationdesk.normalize.dates import InvalidDate, era_of, parse_date
from relationdesk.normalize.postal import InvalidPostalCode, normalise_postal_code
from relationdesk.services.customer_data import CustomerDetail, CustomerInput
from relationdesk.services.errors import ConcurrencyConflict, FieldError, ValidationError
from relationdesk.ui.customers.contact_rows import (
    address_list,
    email_list,
    phone_list,
)
from relationdesk.ui.customers.list_pane import stage_labels
from relationdesk.ui.field_errors import error_text
from relationdesk.ui.tasks import TaskRunner

ERROR_STYLE = "QLabel#fieldError { color: #c62828; }"


def kind_labels() -> list[tuple[str, str]]:
    """Person or company, in the user's language."""
    return [
        (CustomerKind.PERSON, QCoreApplication.translate("ProfileEditor", "Person")),
        (CustomerKind.COMPANY, QCoreApplication.translate("ProfileEditor", "Company")),
    ]


def channel_labels() -> list[tuple[str, str]]:
    """How a customer prefers to be reached, in the user's language."""
    return [
        (Channel.NONE, QCoreApplication.translate("ProfileEditor", "No preference")),
        (Channel.PHONE, QCoreApplication.translate("ProfileEditor", "Phone")),
        (Channel.EMAIL, QCoreApplication.translate("ProfileEditor", "E-mail")),
        (Channel.LINE, QCoreApplication.translate("ProfileEditor", "LINE")),
        (Channel.DM, QCoreApplication.translate("ProfileEditor", "Direct mail")),
        (Channel.VISIT, QCoreApplication.translate("ProfileEditor", "Visit")),
    ]


def birthday_caption(day: date, today: date) -> str:
    """The birthday in the user's calendar, its 和暦 year and the age: for under the field."""
    locale = QLocale()
    shown = locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
    age = today.year - day.year - ((today.month, today.day) < (day.month, day.day))
    found = era_of(day)
    if found is None:
        era = ""
    else:
        era_info, year = found
        if locale.language() == QLocale.Language.Japanese:
            era = f"{era_info.kanji}{'元' if year == 1 else year}年"
        else:
            era = f"{era_info.letter}{year}"
    text = QCoreApplication.translate("ProfileEditor", "%1 (%2) · age %3")
    return text.replace("%1", shown).replace("%2", era).replace("%3", str(age))


def _comparable(data: CustomerInput) -> CustomerInput:
    """The input without blank contact rows or whitespace noise: to tell real changes."""
    return dataclasses.replace(
        data,
        phones=tuple(p for p in data.phones if p.number.strip()),
        emails=tuple(e for e in data.emails if e.address.strip()),
        addresses=tuple(
            a
            for a in data.addresses
            if any((a.postal_code, a.prefecture, a.city, a.street, a.building))
        ),
        tags=tuple(t for t in data.tags if t),
    )


class ProfileEditor(QWidget):
    """Edits one customer's whole profile, or a new one.

    Signals: ``saved(CustomerDetail)`` after a save (``created`` tells a new one);
    ``dirty_changed(bool)`` as unsaved changes come and go.
    """

    saved = Signal(object)
    created = Signal(object)
    dirty_changed = Signal(bool)

    def __init__(self, customers: Any, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._customers = customers
        self._runner = runner
        self._detail: CustomerDetail | None = None
        self._baseline = CustomerInput()
        self._loading = False
        self._dirty = False
        self._saving = False
        self._readings: name_readings.NameReadings | None = None
        self._postal: postal_directory.PostalDirectory | None = None
        self._suggested = ""
        self._company_query = ""
        self._errors: dict[str, QLabel] = {}
        self._error_widgets: dict[str, QWidget] = {}
        self._build()
        self.setStyleSheet(ERROR_STYLE)
        self._runner.submit(name_readings.shared, self._readings_loaded, context=self)
        self.setEnabled(False)

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.kind = QComboBox(self)
        for kind, label in kind_labels():
            self.kind.addItem(label, kind)
        self.family = QLineEdit(self)
        self.given = QLineEdit(self)
        self.company_display = QLineEdit(self)
        self.reading = QLineEdit(self)
        self.reading.setPlaceholderText(self.tr("In kana, e.g. ヤマダ タロウ"))
        self.reading_hint = QLabel(self)
        self.reading_hint.setObjectName("hint")
        self.honorific = QComboBox(self)
        for honorific in Honorific:
            self.honorific.addItem(honorific.value, honorific.value)
        self.company = QLineEdit(self)
        self.company.setPlaceholderText(self.tr("Type to pick or add a company"))
        self._companies = QStringListModel(self)
        company_completer = QCompleter(self._companies, self)
        company_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.company.setCompleter(company_completer)
        self.title = QLineEdit(self)
        self.birthday = QLineEdit(self)
        self.birthday.setPlaceholderText(self.tr("1980/7/15, 昭和55年7月15日 or S55.7.15"))
        self.birthday_caption = QLabel(self)
        self.stage = QComboBox(self)
        for value, label in stage_labels():
            self.stage.addItem(label, value)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("Separate with commas, e.g. VIP, 紹介"))
        self.phones = phone_list(self)
        self.emails = email_list(self)
        self.addresses = address_list(self)
        self.consent_dm = QCheckBox(self.tr("Direct mail"), self)
        self.consent_email = QCheckBox(self.tr("E-mail"), self)
        self.consent_line = QCheckBox(self.tr("LINE"), self)
        self.line_id = QLineEdit(self)
        self.channel = QComboBox(self)
        for value, label in channel_labels():
            self.channel.addItem(label, str(value))
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("How they found us, e.g. 紹介, チラシ"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(70)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form
        form.addRow(self.tr("Kind"), self.kind)
        self._family_row = self._add(form, self.tr("Family name"), self.family, "family_name")
        self._given_row = self._add(form, self.tr("Given name"), self.given, "given_name")
        self._display_row = self._add(
            form, self.tr("Company name"), self.company_display, "display_name"
        )
        reading_box = QWidget(self)
        reading_column = QVBoxLayout(reading_box)
        reading_column.setContentsMargins(0, 0, 0, 0)
        reading_column.addWidget(self.reading)
        reading_column.addWidget(self.reading_hint)
        self._add(form, self.tr("Reading (フリガナ)"), reading_box, "reading")
        self._add(form, self.tr("Honorific"), self.honorific, "honorific")
        self._company_row = self._add(form, self.tr("Company"), self.company, "company_id")
        self._add(form, self.tr("Title"), self.title, "title")
        birthday_box = QWidget(self)
        birthday_column = QVBoxLayout(birthday_box)
        birthday_column.setContentsMargins(0, 0, 0, 0)
        birthday_column.addWidget(self.birthday)
        birthday_column.addWidget(self.birthday_caption)
        self._add(form, self.tr("Birthday"), birthday_box, "birthday")
        self._add(form, self.tr("Stage"), self.stage, "stage")
        self._add(form, self.tr("Tags"), self.tags, "tags")
        form.addRow(self.tr("Phones"), self.phones)
        form.addRow(self.tr("E-mail"), self.emails)
        form.addRow(self.tr("Addresses"), self.addresses)
        consent = QHBoxLayout()
        for check in (self.consent_dm, self.consent_email, self.consent_line):
            consent.addWidget(check)
        consent.addStretch(1)
        form.addRow(self.tr("May contact by"), consent)
        self._add(form, self.tr("LINE ID"), self.line_id, "line_id")
        self._add(form, self.tr("Prefers"), self.channel, "preferred_channel")
        self._add(form, self.tr("Source"), self.source, "source")
        form.addRow(self.tr("Note"), self.note)

        body = QWidget(self)
        body.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.status = QLabel(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save changes (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setToolTip(self.tr("Undo every change since the last save"))
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        for edit in (
            self.family,
            self.given,
            self.company_display,
            self.reading,
            self.company,
            self.title,
            self.birthday,
            self.tags,
            self.line_id,
            self.source,
        ):
            edit.textChanged.connect(self._edited)
        for box in (self.kind, self.honorific, self.stage, self.channel):
            box.currentIndexChanged.connect(self._edited)
        for consent_box in (self.consent_dm, self.consent_email, self.consent_line):
            consent_box.toggled.connect(self._edited)
        self.note.textChanged.connect(self._edited)
        for contacts in (self.phones, self.emails, self.addresses):
            contacts.changed.connect(self._edited)
        self.family.textEdited.connect(self._suggest_reading)
        self.given.textEdited.connect(self._suggest_reading)
        self.reading.textEdited.connect(self._reading_typed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.birthday.textChanged.connect(self._show_birthday)
        self.company.textEdited.connect(self._complete_company)
        self.addresses.postal_typed.connect(self._postal_typed)
        self._kind_changed()
        self._set_dirty(False)

    def _add(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> QWidget:
        """Add a row whose field has an error line under it; return the row's field box."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(box)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self._errors[field] = error
        self._error_widgets[field] = widget
        form.addRow(label, box)
        return box

    # -- loading -----------------------------------------------------------------------

    @property
    def customer(self) -> CustomerDetail | None:
        """The customer being edited (None for a new one not saved yet)."""
        return self._detail

    def show_customer(self, detail: CustomerDetail | None) -> None:
        """Load a stored customer into the form (None: nothing to edit)."""
        self._detail = detail
        self.setEnabled(detail is not None)
        self._fill(detail)

    def new_customer(self) -> None:
        """Start an empty profile; Save creates the customer."""
        self._detail = None
        self.setEnabled(True)
        self._fill(None)
        self.family.setFocus()

    def _fill(self, d: CustomerDetail | None) -> None:
        self._loading = True
        try:
            self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind if d else "person")))
            self.family.setText(d.family_name if d else "")
            self.given.setText(d.given_name if d else "")
            self.company_display.setText(d.display_name if d and d.kind == "company" else "")
            self.reading.setText(d.reading if d else "")
            self.honorific.setCurrentIndex(
                max(0, self.honorific.findData(d.honorific if d else Honorific.SAMA))
            )
            self.company.setText(d.company_name if d else "")
            self.title.setText(d.title if d else "")
            self.birthday.setText(
                d.birthday.strftime("%Y/%m/%d") if d and d.birthday is not None else ""
            )
            self.stage.setCurrentIndex(max(0, self.stage.findData(d.stage if d else "lead")))
            self.tags.setText(", ".join(d.tags) if d else "")
            self.phones.set_items(d.phones if d else ())
            self.emails.set_items(d.emails if d else ())
            self.addresses.set_items(d.addresses if d else ())
            self.consent_dm.setChecked(bool(d and d.consent_dm))
            self.consent_email.setChecked(bool(d and d.consent_email))
            self.consent_line.setChecked(bool(d and d.consent_line))
            self.line_id.setText(d.line_id if d else "")
            self.channel.setCurrentIndex(
                max(0, self.channel.findData(d.preferred_channel if d else "none"))
            )
            self.source.setText(d.source if d else "")
            self.note.setPlainText(d.note if d else "")
            self._suggested = ""
            self.reading_hint.clear()
            self.reading_hint.hide()
            self._kind_changed()
            self._show_birthday()
            self.show_errors([])
            self.status.clear()
        finally:
            self._loading = False
        self._baseline = _comparable(self.value())
        self._set_dirty(False)

    # -- values ------------------------------------------------------------------------

    def value(self) -> CustomerInput:
        """What the form holds, as the service's input."""
        kind = self.kind.currentData()
        company = kind == CustomerKind.COMPANY
        company_name = self.company.text().strip()
        keep_id = (
            self._detail is not None
            and self._detail.company_id is not None
            and company_name == self._detail.company_name
        )
        return CustomerInput(
            kind=kind,
            family_name="" if company else self.family.text(),
            given_name="" if company else self.given.text(),
            display_name=self.company_display.text() if company else "",
            reading=self.reading.text(),
            honorific=self.honorific.currentData(),
            company_id=self._detail.company_id if keep_id and self._detail else None,
            company_name="" if company or keep_id else company_name,
            title=self.title.text(),
            birthday=self.birthday.text().strip() or None,
            stage=self.stage.currentData(),
            source=self.source.text(),
            preferred_channel=self.channel.currentData(),
            consent_dm=self.consent_dm.isChecked(),
            consent_email=self.consent_email.isChecked(),
            consent_line=self.consent_line.isChecked(),
            line_id=self.line_id.text(),
            note=self.note.toPlainText(),
            tags=tuple(
                t.strip() for t in self.tags.text().replace("、", ",").split(",") if t.strip()
            ),
            custom_fields=dict(self._detail.custom_fields) if self._detail else {},
            phones=self.phones.values(),
            emails=self.emails.values(),
            addresses=self.addresses.values(),
        )

    def is_dirty(self) -> bool:
        """True when the form holds changes not saved yet."""
        return self._dirty

    def _edited(self) -> None:
        if self._loading:
            return
        self._set_dirty(_comparable(self.value()) != self._baseline)

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty and not self._saving)
        self.revert_button.setEnabled(dirty)
        if dirty:
            self.status.setText(self.tr("Unsaved changes"))
        elif self.status.text() == self.tr("Unsaved changes"):
            self.status.clear()
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    # -- saving ------------------------------------------------------------------------

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save the form off the GUI thread; *then* runs after a successful save."""
        if self._saving or not self.isEnabled():
            return
        data = self.value()
        customers, detail, now = self._customers, self._detail, utcnow()
        if detail is None:

            def call() -> Any:
                return customers.create(data, now)
        else:

            def call() -> Any:
                return customers.update(detail.id, data, now, expected_version=detail.version)

        self._saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self._runner.submit(
            call,
            lambda result: self._saved(result, detail is None, then),
            self._save_failed,
            context=self,
        )

    def _saved(self, result: CustomerDetail, was_new: bool, then: Callable[[], None] | None):
        self._saving = False
        self.show_customer(result)
        self.status.setText(self.tr("Saved"))
        self.saved.emit(result)
        if was_new:
            self.created.emit(result)
        if then is not None:
            then()

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self._set_dirty(True)
        if isinstance(error, ValidationError):
            self.show_errors(error.errors)
            self.status.setText(self.tr("Please correct the fields marked in red."))
        elif isinstance(error, ConcurrencyConflict):
            self.status.setText(self.tr("Changed elsewhere"))
            answer = QMessageBox.question(
                self,
                self.tr("Changed elsewhere"),
                self.tr(
                    "This customer was changed elsewhere after you opened it. Load the "
                    "stored version? Your edits here will be lost."
                ),
            )
            if answer == QMessageBox.StandardButton.Yes and self._detail is not None:
                self.reload()
        else:
            self.status.setText(self.tr("Could not save: %1").replace("%1", str(error)))

    def reload(self) -> None:
        """Load the stored version of the customer again (after someone changed it)."""
        if self._detail is None:
            return
        customer_id, customers = self._detail.id, self._customers
        self._runner.submit(lambda: customers.get(customer_id), self.show_customer, context=self)

    def revert(self) -> None:
        """Throw away the unsaved changes."""
        self._fill(self._detail)

    def confirm_leave(self, then: Callable[[], None]) -> None:
        """Run *then* once unsaved changes are saved or discarded, as the user chooses.

        Nothing happens when the user cancels (they stay on this customer).
        """
        if not self._dirty:
            then()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save the changes to this customer?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            self.save(then)
        elif answer == QMessageBox.StandardButton.Discard:
            self.revert()
            then()

    def show_errors(self, errors: list[FieldError]) -> None:
        """Show each problem under its field (and on its contact row); clear the others."""
        by_field: dict[str, str] = {}
        rows: dict[str, dict[int, str]] = {"phones": {}, "emails": {}, "addresses": {}}
        for error in errors:
            head = error.field.split("[", 1)[0]
            if head in rows and "[" in error.field:
                index = int(error.field.split("[", 1)[1].split("]", 1)[0])
                rows[head][index] = error_text(error)
            else:
                by_field.setdefault(head, error_text(error))
        if "company_name" in by_field:
            by_field.setdefault("company_id", by_field.pop("company_name"))
        if self.kind.currentData() == CustomerKind.COMPANY and "family_name" in by_field:
            by_field.setdefault("display_name", by_field.pop("family_name"))
        for field, label in self._errors.items():
            text = by_field.get(field, "")
            label.setText(text)
            label.setVisible(bool(text))
        self.phones.show_errors(rows["phones"])
        self.emails.show_errors(rows["emails"])
        self.addresses.show_errors(rows["addresses"])
        first = next((f for f in self._errors if by_field.get(f)), None)
        if first is not None:
            self._error_widgets[first].setFocus()

    # -- helpers -----------------------------------------------------------------------

    def _kind_changed(self) -> None:
        company = self.kind.currentData() == CustomerKind.COMPANY
        for row, visible in (
            (self._family_row, not company),
            (self._given_row, not company),
            (self._company_row, not company),
            (self._display_row, company),
        ):
            self._form.setRowVisible(row, visible)
        if not self._loading and self._detail is None:
            self.honorific.setCurrentIndex(
                self.honorific.findData(Honorific.ONCHU if company else Honorific.SAMA)
            )

    def _readings_loaded(self, readings: name_readings.NameReadings) -> None:
        self._readings = readings

    def _suggest_reading(self) -> None:
        if self._readings is None:
            return
        current = self.reading.text()
        if current and current != self._suggested:
            return  # the user wrote the reading themselves
        suggestion = self._readings.suggest(self.family.text(), self.given.text())
        self._suggested = suggestion
        self.reading.setText(suggestion)
        self.reading_hint.setText(
            self.tr("Suggested from the name: please check it.") if suggestion else ""
        )
        self.reading_hint.setVisible(bool(suggestion))

    def _reading_typed(self) -> None:
        self._suggested = ""
        self.reading_hint.hide()

    def _show_birthday(self) -> None:
        text = self.birthday.text().strip()
        if not text:
            self.birthday_caption.hide()
            return
        try:
            day = parse_date(text)
        except InvalidDate:
            self.birthday_caption.setText(self.tr("Not a date yet"))
        else:
            self.birthday_caption.setText(birthday_caption(day, datetime.now().date()))
        self.birthday_caption.show()

    def _complete_company(self, text: str) -> None:
        prefix = text.strip()
        if not prefix:
            return
        self._company_query = prefix
        customers = self._customers
        self._runner.submit(
            lambda: customers.companies(prefix),
            lambda found: self._companies_arrived(prefix, found),
            context=self,
        )

    def _companies_arrived(self, prefix: str, found: list[tuple[Any, str]]) -> None:
        if prefix != self._company_query:
            return
        self._companies.setStringList([name for _, name in found])
        completer = self.company.completer()
        if completer is not None and found and self.company.hasFocus():
            completer.setCompletionPrefix(self.company.text())
            completer.complete()

    def _postal_typed(self, row: Any, text: str) -> None:
        try:
            normalise_postal_code(text)
        except InvalidPostalCode:
            return
        if self._postal is not None:
            self._fill_address(row, text)
            return
        self._runner.submit(
            postal_directory.shared,
            lambda directory: self._postal_loaded(directory, row, text),
            context=self,
        )

    def _postal_loaded(self, directory: postal_directory.PostalDirectory, row: Any, text: str):
        self._postal = directory
        self._fill_address(row, text)

    def _fill_address(self, row: Any, text: str) -> None:
        if self._postal is None or row not in self.addresses.rows:
            return
        place = self._postal.lookup(text)
        if place is not None:
            row.fill(place)
