"""``python -m app`` works as the ``verso`` command."""

import sys

from app.cli import main

sys.exit(main())
