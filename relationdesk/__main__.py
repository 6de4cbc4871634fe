"""Entry point for ``python -m relationdesk``."""

import sys

from relationdesk.cli import main

sys.exit(main())
