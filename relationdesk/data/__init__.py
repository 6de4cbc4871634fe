"""Data files the app reads at run time (the name-reading table)."""
