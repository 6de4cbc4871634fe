"""RelationDesk: a desktop CRM for small businesses, Japanese first, offline first."""

__version__ = "0.1.0"
APP_NAME = "RelationDesk"
