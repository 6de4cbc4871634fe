"""Import words in the user's language: target fields, what happens to a row, problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from relationdesk.importing.errors import ImportFileError
from relationdesk.importing.fields import Field
from relationdesk.importing.problems import Problem


def field_labels() -> list[tuple[Field, str]]:
    """Where a column can go, in the order the column menu lists them."""
    return [
        (Field.IGNORE, QCoreApplication.translate("ImportLabels", "(Do not import)")),
        (
            Field.FULL_NAME,
            QCoreApplication.translate("ImportLabels", "Full name (split at the space)"),
        ),
        (Field.FAMILY_NAME, QCoreApplication.translate("ImportLabels", "Family name")),
        (Field.GIVEN_NAME, QCoreApplication.translate("ImportLabels", "Given name")),
        (Field.READING, QCoreApplication.translate("ImportLabels", "Reading of the full name")),
        (
            Field.FAMILY_READING,
            QCoreApplication.translate("ImportLabels", "Reading of the family name"),
        ),
        (
            Field.GIVEN_READING,
            QCoreApplication.translate("ImportLabels", "Reading of the given name"),
        ),
        (Field.COMPANY, QCoreApplication.translate("ImportLabels", "Company")),
        (
            Field.COMPANY_READING,
            QCoreApplication.translate("ImportLabels", "Reading of the company"),
        ),
        (Field.TITLE, QCoreApplication.translate("ImportLabels", "Title")),
        (Field.PHONE, QCoreApplication.translate("ImportLabels", "Phone")),
        (Field.MOBILE, QCoreApplication.translate("ImportLabels", "Mobile phone")),
        (Field.HOME_PHONE, QCoreApplication.translate("ImportLabels", "Home phone")),
        (Field.WORK_PHONE, QCoreApplication.translate("ImportLabels", "Work phone")),
        (Field.FAX, QCoreApplication.translate("ImportLabels", "Fax")),
        (Field.PHONE_LABEL, QCoreApplication.translate("ImportLabels", "Label of the phone")),
        (Field.EMAIL, QCoreApplication.translate("ImportLabels", "E-mail")),
        (Field.EMAIL_LABEL, QCoreApplication.translate("ImportLabels", "Label of the e-mail")),
        (Field.POSTAL_CODE, QCoreApplication.translate("ImportLabels", "Postal code")),
        (Field.PREFECTURE, QCoreApplication.translate("ImportLabels", "Prefecture")),
        (Field.CITY, QCoreApplication.translate("ImportLabels", "City")),
        (Field.STREET, QCoreApplication.translate("ImportLabels", "Town and street number")),
        (Field.BUILDING, QCoreApplication.translate("ImportLabels", "Building")),
        (
            Field.ADDRESS,
            QCoreApplication.translate("ImportLabels", "Whole address (split on import)"),
        ),
        (Field.ADDRESS_LABEL, QCoreApplication.translate("ImportLabels", "Label of the address")),
        (Field.BIRTHDAY, QCoreApplication.translate("ImportLabels", "Birthday")),
        (Field.NOTE, QCoreApplication.translate("ImportLabels", "Note")),
        (Field.TAGS, QCoreApplication.translate("ImportLabels", "Tags")),
        (Field.STAGE, QCoreApplication.translate("ImportLabels", "Stage")),
        (Field.LINE_ID, QCoreApplication.translate("ImportLabels", "LINE ID")),
    ]


def action_label(action: str) -> str:
    """What an import does with one record."""
    return {
        "new": QCoreApplication.translate("ImportLabels", "New"),
        "merged": QCoreApplication.translate("ImportLabels", "Merged"),
        "skipped": QCoreApplication.translate("ImportLabels", "Skipped (duplicate)"),
        "created_anyway": QCoreApplication.translate("ImportLabels", "New (despite a duplicate)"),
        "rejected": QCoreApplication.translate("ImportLabels", "Not imported"),
    }.get(action, action)


def problem_text(problem: Problem) -> str:
    """One problem of a row or field, in words."""
    params = dict(problem.params)
    texts = {
        "no_name": QCoreApplication.translate(
            "ImportLabels", "No name: the row has no name and no company, so it is not imported."
        ),
        "too_long": QCoreApplication.translate(
            "ImportLabels", "Too long (at most %1 characters)."
        ).replace("%1", params.get("max", "")),
        "invalid_phone": QCoreApplication.translate(
            "ImportLabels", "Not a phone number; imported without it."
        ),
        "invalid_email": QCoreApplication.translate(
            "ImportLabels", "Not an e-mail address; imported without it."
        ),
        "invalid_date": QCoreApplication.translate(
            "ImportLabels", "Not a date; imported without it."
        ),
        "birthday_without_year": QCoreApplication.translate(
            "ImportLabels", "A birthday without a year; imported without it."
        ),
        "invalid_postal_code": QCoreApplication.translate(
            "ImportLabels", "Not a 7-digit postal code; imported without it."
        ),
        "reading_not_kana": QCoreApplication.translate(
            "ImportLabels", "The reading is not in kana; imported without it."
        ),
        "invalid_choice": QCoreApplication.translate(
            "ImportLabels", "Not a known choice; imported without it."
        ),
        "extra_cells": QCoreApplication.translate(
            "ImportLabels", "More cells than columns (%1); the extra ones are left out."
        ).replace("%1", params.get("cells", "")),
        "unclosed_quote": QCoreApplication.translate(
            "ImportLabels", "A quote opened here is never closed; the row is not imported."
        ),
        "malformed_row": QCoreApplication.translate(
            "ImportLabels", "The row cannot be read; it is not imported."
        ),
        "card_not_closed": QCoreApplication.translate(
            "ImportLabels", "The card has no END:VCARD; read up to the end of the file."
        ),
        "undecodable_value": QCoreApplication.translate(
            "ImportLabels", "Characters that cannot be read were left out."
        ),
    }
    return texts.get(
        problem.code,
        QCoreApplication.translate("ImportLabels", "Problem: %1").replace("%1", problem.code),
    )


def file_error_text(error: ImportFileError) -> str:
    """Why a file cannot be imported at all."""
    texts = {
        "file_unreadable": QCoreApplication.translate(
            "ImportLabels", "The file cannot be opened (%1)."
        ).replace("%1", error.param("reason") or ""),
        "file_empty": QCoreApplication.translate("ImportLabels", "The file is empty."),
        "file_undecodable": QCoreApplication.translate(
            "ImportLabels", "The file is neither UTF-8 nor Shift_JIS (first unreadable line: %1)."
        ).replace("%1", error.param("line") or "?"),
        "file_unsupported": QCoreApplication.translate(
            "ImportLabels", "This kind of file (%1) cannot be read: save it as .xlsx or CSV first."
        ).replace("%1", error.param("format") or ""),
        "file_damaged": QCoreApplication.translate(
            "ImportLabels", "The workbook is damaged or not an .xlsx file."
        ),
        "sheet_not_found": QCoreApplication.translate(
            "ImportLabels", "The workbook has no sheet named %1."
        ).replace("%1", error.param("sheet") or ""),
        "no_cards": QCoreApplication.translate(
            "ImportLabels", "The file holds no contacts (no BEGIN:VCARD)."
        ),
    }
    return texts.get(
        error.code,
        QCoreApplication.translate("ImportLabels", "The file cannot be imported (%1).").replace(
            "%1", error.code
        ),
    )
