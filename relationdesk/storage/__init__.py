"""The database file: engine and connection settings, backups, schema upgrades. No Qt."""
