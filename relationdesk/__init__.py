"""RelationDesk: a desktop CRM for small businesses, Japanese first, offline first."""

__version__ = "0.1.0"
APP_NAME = "RelationDesk"

# Before any other module of ours: the mypyc-compiled modules run only while their sources are
# unchanged since the build, else the .py sources do (relationdesk/accel.py).
from relationdesk import accel as _accel  # noqa: E402

_accel.install()
