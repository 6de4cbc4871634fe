"""The customer list: its item model and view."""
