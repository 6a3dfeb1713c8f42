"""Entry script of the bundled ``verso`` executable (PyInstaller needs a file).

It only hands over to :func:`app.cli.main`, the same entry point as the
``verso`` console script of a checkout, so the bundle behaves identically.
"""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
