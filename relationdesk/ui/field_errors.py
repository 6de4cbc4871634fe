"""Field problems from the services (codes) said in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from relationdesk.services.errors import FieldError


def error_text(error: FieldError) -> str:
    """Return the message for one field problem, in the user's language."""
    params = dict(error.params)
    texts = {
        "required": QCoreApplication.translate("FieldErrors", "Required."),
        "too_long": QCoreApplication.translate(
            "FieldErrors", "Too long (at most %1 characters)."
        ).replace("%1", params.get("max", "")),
        "reading_not_kana": QCoreApplication.translate(
            "FieldErrors", "Write the reading in kana (hiragana or katakana), not kanji."
        ),
        "invalid_choice": QCoreApplication.translate("FieldErrors", "Not one of the choices."),
        "invalid_date": QCoreApplication.translate(
            "FieldErrors", "Not a date. Try 1980/7/15, 1980年7月15日 or S55.7.15."
        ),
        "invalid_phone": QCoreApplication.translate(
            "FieldErrors", "Not a phone number. Check the digits (e.g. 090-1234-5678)."
        ),
        "invalid_email": QCoreApplication.translate(
            "FieldErrors", "Not an e-mail address (e.g. name@example.jp)."
        ),
        "invalid_postal_code": QCoreApplication.translate(
            "FieldErrors", "A postal code has 7 digits (e.g. 100-0001)."
        ),
        "company_not_found": QCoreApplication.translate(
            "FieldErrors", "That company no longer exists."
        ),
        "must_be_positive": QCoreApplication.translate("FieldErrors", "Must be more than 0."),
        "must_not_be_negative": QCoreApplication.translate("FieldErrors", "Must not be negative."),
    }
    return texts.get(
        error.code,
        QCoreApplication.translate("FieldErrors", "Not accepted (%1).").replace("%1", error.code),
    )
