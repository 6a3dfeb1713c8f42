"""Which files a scan reads: folders walked recursively and in order, other files skipped."""

import os

from app.scan.discover import count_documents, walk


def test_folders_are_walked_in_name_order_hidden_ones_passed_over(scan_folder):
    found = list(walk([str(scan_folder)]))
    # A folder's files first, then its subfolders, each in name order.
    assert [os.path.relpath(f.path, scan_folder) for f in found if f.what == "document"] == [
        "bakery.txt", "broken.txt", "football.txt", "rewrite.txt", "same-story.txt", "weather.txt",
        "nested/press.txt", "nested/deeper/verbatim.md"]
    assert [(f.path.rsplit("/", 1)[1], f.reason) for f in found if f.what == "skipped"] == [
        ("picture.png", "not a document by its name")]
    assert count_documents([str(scan_folder)]) == 8


def test_the_original_is_not_scanned_against_itself(scan_folder):
    original = scan_folder / "rewrite.txt"
    found = list(walk([str(scan_folder), str(original)], str(original)))
    skipped = [f for f in found if f.reason == "the original itself"]
    assert len(skipped) == 2  # met in the folder, and named on the command line
    assert all("rewrite.txt" not in f.path for f in found if f.what == "document")


def test_a_file_named_on_the_command_line_is_read_whatever_its_name(scan_folder):
    found = list(walk([str(scan_folder / "picture.png"), str(scan_folder / "missing.txt")]))
    assert [(f.what, f.reason) for f in found] == [("document", ""), ("unreadable", "no such file or folder")]


def test_links_to_folders_are_not_followed(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "story.txt").write_text("text", "utf-8")
    os.symlink(tmp_path, tmp_path / "a" / "loop")  # would never end if followed
    assert [f.path for f in walk([str(tmp_path)])] == [str(tmp_path / "a" / "story.txt")]


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(walk([str(tmp_path)]))
    assert [(f.path, f.what, f.reason) for f in found] == [
        (str(locked), "unreadable", "folder cannot be listed (Permission denied)")]


def test_a_folder_walk_takes_every_format_verso_reads():
    from app.scan.discover import DOCUMENT_SUFFIXES
    from app.vocabulary import FORMAT_TABLE

    assert {".txt", ".md", ".html", ".docx", ".odt", ".rtf", ".pdf"} <= DOCUMENT_SUFFIXES
    assert {s for f in FORMAT_TABLE for s in f.suffixes} == DOCUMENT_SUFFIXES
