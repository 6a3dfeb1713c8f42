"""A failed or killed save leaves the previous file byte-identical."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.documents.model import Document
from app.project import Project, ProjectSaveError, load_project, save_project
from app.project.storage import stale_temp_files

ROOT = Path(__file__).resolve().parents[3]


def _old_file(annotated: Project, tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "work.verso"
    save_project(annotated, path)
    return path, path.read_bytes()


def _changed(project: Project) -> Project:
    a, _ = project.annotations.with_highlight(project.left.text, "left", 0, 8, "new note")
    return project.with_annotations(a)


def _no_temp_left(path: Path) -> None:
    assert stale_temp_files(path) == []
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.parametrize("target", ["os.write", "os.fsync", "os.replace"])
def test_injected_oserror_leaves_old_file(annotated: Project, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch, target: str) -> None:
    path, before = _old_file(annotated, tmp_path)

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(target, fail)
    with pytest.raises(ProjectSaveError, match=r"disk is full.*previous version is intact"):
        save_project(_changed(annotated), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    _no_temp_left(path)


def test_short_writes_are_completed(annotated: Project, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    monkeypatch.setattr("os.write", lambda fd, data: real_write(fd, bytes(data[:1000])))
    path = tmp_path / "slowdisk.verso"
    save_project(annotated, path)
    monkeypatch.undo()
    assert load_project(path) == annotated


def test_failure_half_way_through_writing(annotated: Project, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path, before = _old_file(annotated, tmp_path)
    real_write = os.write
    calls = {"n": 0}

    def flaky(fd: int, data: bytes) -> int:
        calls["n"] += 1
        if calls["n"] > 1:
            raise OSError(errno.EIO, "Input/output error")
        return real_write(fd, bytes(data[:100]))

    monkeypatch.setattr("os.write", flaky)
    with pytest.raises(ProjectSaveError, match="Input/output error"):
        save_project(_changed(annotated), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    _no_temp_left(path)


def test_keyboard_interrupt_during_save_cleans_up(annotated: Project, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path, before = _old_file(annotated, tmp_path)

    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("os.fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        save_project(_changed(annotated), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    _no_temp_left(path)


def test_unwritable_folder_gives_a_clear_message(annotated: Project, tmp_path: Path) -> None:
    with pytest.raises(ProjectSaveError, match=r"Could not save x\.verso: the folder does not"):
        save_project(annotated, tmp_path / "missing" / "x.verso")


def test_permissions_of_the_replaced_file_are_kept(annotated: Project, tmp_path: Path) -> None:
    path, _ = _old_file(annotated, tmp_path)
    path.chmod(0o640)
    save_project(_changed(annotated), path)
    assert path.stat().st_mode & 0o777 == 0o640


_SLOW_SAVER = textwrap.dedent("""
    import os, sys, time
    from app.documents.model import Document
    from app.project import Project, save_project
    import app.project.storage as storage

    storage._CHUNK = 4096
    real_write = os.write
    def slow_write(fd, data):
        time.sleep(0.02)
        return real_write(fd, data)
    os.write = slow_write
    text = "A long paragraph of the copy. " * 40000
    print("saving", flush=True)
    save_project(Project(Document.from_text(text), Document.from_text(text)), sys.argv[1])
    print("finished", flush=True)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_save_killed_mid_way_leaves_old_file(annotated: Project, tmp_path: Path) -> None:
    path, before = _old_file(annotated, tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_SAVER, str(path)], env=env,
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "saving"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            temps = stale_temp_files(path)
            if temps and temps[0].stat().st_size > 16 * 4096:
                break
            time.sleep(0.02)
        else:
            pytest.fail("the slow save never started writing its temp file")
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert path.read_bytes() == before
    assert load_project(path) == annotated
    leftover = stale_temp_files(path)
    assert len(leftover) == 1  # a killed process cannot clean up; it is listed, never loaded
    # The next save works, the project is whole, and the killed save's temp file is gone.
    save_project(_changed(annotated), path)
    assert load_project(path) == _changed(annotated)
    assert stale_temp_files(path) == []


def test_save_onto_a_big_text_project(tmp_path: Path) -> None:
    text = "Sentence number one. " * 50_000
    project = Project(Document.from_text(text), Document.from_text(text[::-1]))
    save_project(project, tmp_path / "big.verso")
    assert load_project(tmp_path / "big.verso") == project


def test_saving_through_a_symlink_keeps_the_link(annotated: Project, tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    path, _ = _old_file(annotated, real)
    link = tmp_path / "link.verso"
    link.symlink_to(path)
    save_project(_changed(annotated), link)
    assert link.is_symlink() and load_project(path) == _changed(annotated)
