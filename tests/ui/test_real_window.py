"""The window on a real X server (Xvfb), as a person would start it: xcb platform plugin,
system libraries, fonts. Offscreen tests cannot catch a missing xcb library."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui import main
from ui.shell.main_window import MainWindow

def grab_when_ready():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows or windows[0].comparison is None:
        QTimer.singleShot(100, grab_when_ready)
        return
    w = windows[0]
    QApplication.processEvents()
    image = w.grab().toImage()
    image.save(sys.argv[3])
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    print("platform", QApplication.platformName(), "size", image.width(), image.height(), "colours", len(colours))
    w.close()

app = QApplication(sys.argv[:1])
QTimer.singleShot(100, grab_when_ready)
sys.exit(main.run(sys.argv[1:3]))
"""


@pytest.fixture
def xserver(tmp_path):
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Debian's xvfb is not installed; .ci/run installs it")
    for display in range(97, 120):
        if not Path(f"/tmp/.X11-unix/X{display}").exists() and not Path(f"/tmp/.X{display}-lock").exists():
            break
    proc = subprocess.Popen([xvfb, f":{display}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{display}").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.skip("Xvfb could not start here")
        time.sleep(0.05)
    yield f":{display}"
    proc.terminate()
    proc.wait(timeout=10)


def test_window_paints_the_sample_pair_on_a_real_x_server(xserver, tmp_path):
    shot = tmp_path / "window.png"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=xserver, XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path),
               PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""))
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(SAMPLES / "putin-minerals-bbc.txt"),
                           str(SAMPLES / "putin-minerals-rewrite.txt"), str(shot)],
                          capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    if proc.returncode == 2 and "libxcb" in proc.stderr:
        pytest.skip(f"the xcb libraries are missing ({proc.stderr.strip()}); .ci/run installs them")
    assert proc.returncode == 0, proc.stderr[-2000:]
    words = proc.stdout.split()
    assert words[:2] == ["platform", "xcb"], proc.stdout
    width, height, colours = int(words[3]), int(words[4]), int(words[6])
    assert width >= 800 and height >= 500
    assert colours > 20, "the window looks blank"
    assert shot.stat().st_size > 20_000
    if os.environ.get("VERSO_SCREENSHOT_DIR"):
        shutil.copy(shot, Path(os.environ["VERSO_SCREENSHOT_DIR"]) / "window-xvfb.png")
