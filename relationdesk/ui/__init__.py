"""The Qt user interface. Talks to services only; no SQL and no sessions here."""
