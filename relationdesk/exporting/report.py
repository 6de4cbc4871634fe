"""What an export wrote, and the characters its encoding could not hold."""

from __future__ import annotations

import uuid
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Unencodable:
    """Characters of one field of one customer that the file's encoding cannot hold.

    ``field`` is the column key (``note``, ``phone2``), ``header`` the column's header in
    the file's language, ``characters`` each such character once, in order of appearance;
    ``customer_given_first`` the customer's name given name first, or '' (see
    ``list_rows.given_first``).
    """

    customer_id: uuid.UUID
    customer_name: str
    field: str
    header: str
    characters: str
    customer_given_first: str = ""


@dataclass(frozen=True, slots=True)
class ExportReport:
    """The outcome of writing a file.

    ``customers`` is how many were written. ``unencodable`` lists the fields holding
    characters the encoding cannot hold (at most ``MAX_LISTED`` of them; ``unencodable_total``
    counts them all); in those fields each such character was written as ``〓``.
    """

    customers: int
    unencodable: tuple[Unencodable, ...] = ()
    unencodable_total: int = 0


MAX_LISTED = 10_000
