"""Regression test for the PySide6 pin: 6.12.0 aborts Python 3.11 after ~5,000 calls
of Qt methods that return None (each drops a reference to None). Run in a
subprocess so a crash fails this test instead of killing pytest."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
p = QPoint()
for i in range(20000):
    w.setToolTip("x")
    p.setX(i)
print("ok", p.x())
"""


def test_20000_calls_returning_none_do_not_crash() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=120, env=env)
    assert proc.returncode == 0, f"crashed ({proc.returncode}): {proc.stderr[-2000:]}"
    assert "ok 19999" in proc.stdout
