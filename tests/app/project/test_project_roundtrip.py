"""Save -> load gives back the same project, and re-comparing gives the same comparison."""

from __future__ import annotations

import json
from pathlib import Path

from app import compare
from app.documents.model import Block, Document, Style
from app.project import CURRENT_VERSION, FORMAT_NAME, Project, load_project, save_project
from app.project.storage import project_bytes


def test_round_trip_keeps_documents_options_annotations_view(annotated: Project,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "check.verso"
    save_project(annotated, path)
    loaded = load_project(path)
    assert loaded == annotated
    assert loaded.left.text == annotated.left.text and loaded.left.name == annotated.left.name
    assert loaded.left.blocks == annotated.left.blocks
    assert loaded.options == annotated.options
    assert loaded.annotations == annotated.annotations
    assert loaded.view_state == {"current": annotated.view_state["current"], "scroll": [0.25, 0.5]}


def test_re_comparing_a_loaded_project_gives_the_same_comparison(annotated: Project,
                                                                 tmp_path: Path) -> None:
    path = tmp_path / "check.verso"
    save_project(annotated, path)
    loaded = load_project(path)
    before = compare(annotated.left, annotated.right, annotated.options).to_dict()
    assert loaded.compare().to_dict() == before


def test_saving_twice_is_byte_identical_for_a_fixed_time(annotated: Project) -> None:
    from datetime import UTC, datetime

    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert project_bytes(annotated, when) == project_bytes(annotated, when)


def test_file_is_self_describing_json(annotated: Project, tmp_path: Path) -> None:
    path = tmp_path / "check.verso"
    save_project(annotated, path)
    data = json.loads(path.read_text("utf-8"))
    assert data["format"] == FORMAT_NAME and data["version"] == CURRENT_VERSION == 2
    left = data["documents"]["left"]
    expected = {"name", "path", "read_as", "encoding", "file_sha256", "text_sha256", "text"}
    assert expected <= set(left)
    review = data["annotations"]["reviews"][0]
    assert review["verdict"] == "error"
    kinds = [s["type"] for s in (review["left"] or review["right"])["selector"]]
    assert kinds == ["TextPositionSelector", "TextQuoteSelector"]


def test_markdown_structure_paths_and_odd_text_survive(tmp_path: Path) -> None:
    text = "Title\n\nBody with *stress* and a \u2028 odd \U0001f600 emoji \x00 nul."
    left = Document(text, "a.md", (Block("heading", 0, 5, 1), Block("paragraph", 7, len(text))),
                    (Style("italic", 17, 23), Style("link", 7, 11, "https://example.org")),
                    path=str(tmp_path / "a.md"), read_as="markdown", encoding="windows-1252")
    right = Document.from_text("Body with stress.", "b.txt")
    project = Project(left, right, left_file_sha256="ab" * 32)
    save_project(project, tmp_path / "p.verso")
    loaded = load_project(tmp_path / "p.verso")
    assert loaded == project
    assert loaded.left.path == left.path and loaded.left.encoding == "windows-1252"
    assert loaded.left_file_sha256 == "ab" * 32 and loaded.right_file_sha256 is None


def test_lone_surrogates_become_replacement_characters_offsets_kept(tmp_path: Path) -> None:
    project = Project(Document.from_text("bad \ud800\udc00 half"), Document.from_text("copy"))
    a, _ = project.annotations.with_highlight(project.left.text, "left", 4, 10, "odd \udfff")
    save_project(project.with_annotations(a), tmp_path / "s.verso")
    loaded = load_project(tmp_path / "s.verso")
    assert loaded.left.text == "bad \ufffd\ufffd half"
    assert loaded.annotations.highlights[0].note == "odd \ufffd"


def test_create_records_file_digests(tmp_path: Path) -> None:
    import hashlib

    f = tmp_path / "orig.txt"
    f.write_bytes(b"hello\r\n")
    doc = Document.from_text("hello\n", "orig.txt", path=str(f))
    project = Project.create(doc, Document.from_text("hi"))
    assert project.left_file_sha256 == hashlib.sha256(b"hello\r\n").hexdigest()
    assert project.right_file_sha256 is None


def test_kinds_from_a_newer_verso_are_ignored_not_fatal(annotated: Project,
                                                       tmp_path: Path) -> None:
    path = tmp_path / "newer-kinds.verso"
    save_project(annotated, path)
    data = json.loads(path.read_text("utf-8"))
    data["documents"]["left"]["blocks"].append(["table", 0, 5, 0])
    data["documents"]["left"]["styles"].append(["superscript", 0, 5, None])
    data["documents"]["left"]["read_as"] = "epub"
    data["unknown_section"] = {"x": 1}
    path.write_text(json.dumps(data), "utf-8")
    loaded = load_project(path)
    assert loaded.left.blocks == annotated.left.blocks and loaded.left.read_as == "epub"
