"""The typed error of the readers: a file that cannot be read as a whole.

Like the services' errors it carries a code and parameters, never English prose; the UI and
the CLI say it in the user's language. Problems of single rows are not errors: they are
reported as ``Problem`` values next to the rows that could be read.
"""

from __future__ import annotations

from relationdesk.services.errors import ServiceError


class FileCode:
    """The codes of ImportFileError (plain strings, so they can be stored or sent)."""

    UNREADABLE = "file_unreadable"  # params: path, reason (the OS error's name)
    EMPTY = "file_empty"  # params: path
    UNDECODABLE = "file_undecodable"  # params: path, line (first bad physical line)
    UNSUPPORTED = "file_unsupported"  # params: path, format (xls, ...)
    DAMAGED = "file_damaged"  # params: path (a workbook that is not a valid .xlsx)
    NO_SHEET = "sheet_not_found"  # params: path, sheet
    NO_CARDS = "no_cards"  # params: path (a .vcf without BEGIN:VCARD)


class ImportFileError(ServiceError):
    """The file cannot be imported at all: unreadable, empty, undecodable, damaged ..."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code + "".join(f" {k}={v}" for k, v in sorted(params.items())))
        self.code = code
        self.params: tuple[tuple[str, str], ...] = tuple(sorted(params.items()))

    def param(self, name: str) -> str:
        """Return the parameter *name* ("" when absent)."""
        return dict(self.params).get(name, "")
