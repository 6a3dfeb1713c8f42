"""``verso`` is ui.launcher: the core's command line with the window plugged in from outside."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app import cli
from tests.ui.conftest import COPY, ORIGINAL, ROOT
from ui import launcher


def test_paths_open_the_window_and_commands_do_not(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    opened: list[list[str]] = []
    monkeypatch.setattr(launcher, "open_window", lambda paths: opened.append(paths) or 0)
    assert launcher.main([str(ORIGINAL), str(COPY)]) == 0
    assert launcher.main([]) == 0
    assert opened == [[str(ORIGINAL), str(COPY)], []]
    assert launcher.main(["compare", str(ORIGINAL), str(COPY)]) == 0
    assert opened == [[str(ORIGINAL), str(COPY)], []] and "% reused from" in capsys.readouterr().out


def test_the_core_alone_has_no_window(capsys: pytest.CaptureFixture[str]) -> None:
    # python -m app: no window to open; two files are printed as `verso compare` would.
    assert cli.main([str(ORIGINAL), str(COPY)]) == 0
    assert "% reused from" in capsys.readouterr().out
    assert cli.main([]) == cli.EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "window is not available" in err


def test_the_launcher_registers_the_pdf_provider_and_loads_no_qt() -> None:
    code = ("import sys\nfrom ui import launcher\nfrom app.report import exporters\n"
            "try:\n    launcher.main(['--version'])\nexcept SystemExit:\n    pass\n"
            "assert '.pdf' in exporters._PROVIDERS, exporters._PROVIDERS\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "assert not bad, bad\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("verso ")


def test_verso_starts_the_comparison_s_child_before_qt() -> None:
    # ui.launcher imports Qt before the window (to fall back to the command line without it);
    # the comparison's child must be started before that, or it cannot be forked and is
    # spawned: an interpreter and a resource tracker more at every start (ui/jobs/forked.py).
    code = ("import sys\nfrom ui import launcher, main\nfrom ui.jobs import child_process\n"
            "main.run = lambda paths: print(type(child_process._idle[0].process).__name__) or 0\n"
            f"launcher.open_window([{str(ORIGINAL)!r}, {str(COPY)!r}])\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ForkedProcess" if sys.platform.startswith("linux") else "SpawnProcess"]


def test_verso_imports_no_report_writer_before_the_window() -> None:
    # The launcher registers the PDF provider at every start: that must not import the report
    # writer (app.report.html_report brings the facts checker and the engine: ~165 ms of CPU
    # before the window opened).
    code = ("import sys\nfrom ui import launcher\nlauncher.open_window = lambda paths: 0\n"
            f"launcher.main([{str(ORIGINAL)!r}, {str(COPY)!r}])\n"
            "print(sorted(m for m in sys.modules if m.startswith(("
            "'app.report.html_report', 'app.facts.check', 'app.engine.compare', 'PySide6'))))\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
