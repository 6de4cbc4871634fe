"""The trash view's timeline entries and Empty Trash."""
