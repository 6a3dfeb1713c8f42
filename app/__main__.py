"""``python -m app`` works as the ``verso`` command."""

import sys

from app.cli import main

if __name__ == "__main__":  # a spawned child (ui/jobs/child_process.py) imports this module again
    sys.exit(main())
