"""What the change log follows, per record type (plain constants: no ORM, so the History
tab and the history export read them without loading the models)."""

from __future__ import annotations

# The profile fields the log follows, in the order a History view lists them.
TRACKED = (
    "kind",
    "family_name",
    "given_name",
    "display_name",
    "reading",
    "honorific",
    "company",
    "title",
    "birthday",
    "stage",
    "source",
    "preferred_channel",
    "consent_dm",
    "consent_email",
    "consent_line",
    "line_id",
    "note",
    "tags",
    "phones",
    "emails",
    "addresses",
)


IN_TRASH = "in_trash"  # "1" while the record is in the trash

# The fields followed per record type (besides ``in_trash``), in the order a view lists them.
INTERACTION_FIELDS = ("kind", "direction", "occurred_at", "subject", "body", "outcome")
PURCHASE_FIELDS = ("purchased_at", "lines", "total", "note")
REMINDER_FIELDS = ("title", "due_at", "recurrence", "note", "snoozed_until", "done_at")
FIELDS: dict[str, tuple[str, ...]] = {
    "customer": TRACKED,
    "interaction": INTERACTION_FIELDS,
    "purchase": PURCHASE_FIELDS,
    "reminder": REMINDER_FIELDS,
}
# The defaults of a new record: not logged when it is created (they are not news).
BLANK: dict[str, dict[str, str]] = {
    "interaction": {"direction": "none"},
    "reminder": {"recurrence": "none"},
}
# Fields whose values are instants (ISO 8601, UTC): shown in local time.
TIME_FIELDS = frozenset({"occurred_at", "purchased_at", "due_at", "snoozed_until", "done_at"})
