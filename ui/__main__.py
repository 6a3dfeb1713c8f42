"""``python -m ui`` works as the ``verso`` command (window and command line)."""

import sys

from ui.launcher import main

if __name__ == "__main__":  # a spawned child (ui/jobs/child_process.py) imports this module again
    sys.exit(main())
