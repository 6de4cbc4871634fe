"""RelationDesk's benchmarks: the app's own paths against raw SQLite and a bare Qt window.

Run with ``make bench SCALE=N`` or ``python -m benchmarks --scale N``; see README.md.
"""
