"""Noticing that the original files changed on disk, and re-comparing."""

from __future__ import annotations

from pathlib import Path

from app import compare
from app.documents import read_document
from app.project import (
    Project,
    SourceState,
    changed_sources,
    check_sources,
    load_project,
    save_project,
)


def test_changed_missing_and_unchanged_sources(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The talks resume on Monday. Prices rose.", "utf-8")
    b.write_text("The talks resume on Tuesday. Prices rose.", "utf-8")
    left, right = read_document(a), read_document(b)
    project = Project.create(left, right)
    save_project(project, tmp_path / "p.verso")
    project = load_project(tmp_path / "p.verso")
    assert [s.state for s in check_sources(project)] == [SourceState.UNCHANGED] * 2
    assert changed_sources(project) == []

    b.write_text("The talks resume on Wednesday. Prices rose.", "utf-8")
    (status,) = changed_sources(project)
    assert status.side == "right" and "changed on disk" in status.message()

    # Re-read, re-compare, digests refreshed: nothing to offer any more.
    new_c = compare(project.left, read_document(b), project.options)
    project, _ = project.recompared(new_c, reread=True)
    assert changed_sources(project) == []

    a.unlink()
    assert check_sources(project)[0].state is SourceState.MISSING


def test_pasted_text_has_no_file_to_check() -> None:
    from app.documents.model import Document

    project = Project.create(Document.from_text("x"), Document.from_text("y"))
    assert [s.state for s in check_sources(project)] == [SourceState.UNKNOWN] * 2


def test_refresh_from_disk_rereads_recompares_and_reanchors(tmp_path: Path) -> None:
    from app.project import Verdict, refresh_from_disk

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The fund holds 4 billion dollars. It was set up in 2019.", "utf-8")
    b.write_text("The fund holds 40 billion dollars. It was set up in 2019.", "utf-8")
    project = Project.create(read_document(a), read_document(b))
    c = project.compare()
    changed = next(d for d in c.differences if d.kind == "changed")
    annotations, _ = project.annotations.with_verdict(c, changed.id, Verdict.ERROR) \
        .with_highlight(project.right.text, "right", 35, 57, "date checked")
    project = project.with_annotations(annotations)

    b.write_text("Intro line.\n\nThe fund holds 4 billion dollars. It was set up in 2019.",
                 "utf-8")
    assert [s.side for s in changed_sources(project)] == ["right"]
    new, comparison, report = refresh_from_disk(project)
    assert new.right.text.startswith("Intro line.") and changed_sources(new) == []
    (h,) = new.annotations.highlights
    assert new.right.text[slice(*h.span)] == "It was set up in 2019."
    assert [type(x).__name__ for x in report.lost] == ["DifferenceReview"]  # error fixed
    assert comparison.right == new.right


def test_a_hostile_project_path_is_not_read(tmp_path: Path) -> None:
    """Paths in a project come from whoever wrote the file: only regular files are hashed.

    A FIFO blocked the check for ever, /dev/zero never ended, a NUL raised ValueError.
    """
    import os
    import threading
    from dataclasses import replace

    from app.documents.model import Document

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path in (str(fifo), "/dev/zero", str(tmp_path), "a\x00b"):
        doc = replace(Document.from_text("The text."), path=path)
        project = Project(doc, doc, left_file_sha256="0" * 64, right_file_sha256="0" * 64)
        states: list[SourceState] = []

        def check(project: Project = project, states: list[SourceState] = states) -> None:
            states.extend(s.state for s in check_sources(project))

        worker = threading.Thread(target=check, daemon=True)
        worker.start()
        worker.join(timeout=10)
        assert not worker.is_alive(), f"check_sources hangs on {path!r}"
        assert states == [SourceState.MISSING] * 2, path
