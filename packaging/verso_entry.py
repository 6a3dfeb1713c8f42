"""Entry script of the bundled ``verso`` executable (PyInstaller needs a file).

It only hands over to :func:`ui.launcher.main`, the same entry point as the
``verso`` console script of a checkout, so the bundle behaves identically.
"""

import multiprocessing
import sys

from ui.launcher import main

if __name__ == "__main__":
    # The window checks facts in a child process (ui/jobs/child_process.py, "spawn"): in a
    # bundle that child is this executable again, and freeze_support() runs it as one.
    multiprocessing.freeze_support()
    sys.exit(main())
