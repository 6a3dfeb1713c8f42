"""The Word document with tracked changes: valid WordprocessingML; accept all = the copy, reject all = the original."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import compare
from app.cli import main
from app.documents import read_document
from app.documents.model import Document
from app.engine.records import Comparison
from app.project import Project, Verdict, save_project
from app.report.docx_writer import PARTS, docx_bytes, xml_safe
from app.report.redline import redline

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"
PAIR = [str(SAMPLES / "putin-minerals-bbc.txt"), str(SAMPLES / "putin-minerals-rewrite.txt")]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _compare(left: str, right: str) -> Comparison:
    return compare(Document.from_text(left, "original.txt"), Document.from_text(right, "copy.txt"))


def _parts(data: bytes) -> dict[str, ET.Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.namelist()[0] == "[Content_Types].xml"
        assert z.testzip() is None
        return {name: ET.fromstring(z.read(name)) for name in z.namelist()}


def rebuild(document: ET.Element) -> tuple[str, str]:
    """(Reject all, Accept all): the text of the document with every change rejected / accepted."""
    original: list[str] = []
    copy: list[str] = []
    paragraphs = document.find(f"{W}body").findall(f"{W}p")
    for n, p in enumerate(paragraphs):
        for child in p:
            tag = child.tag
            if tag == f"{W}pPr":
                continue
            runs = [child] if tag == f"{W}r" else child.findall(f"{W}r")
            for r in runs:
                for el in r:
                    text = "\t" if el.tag == f"{W}tab" else (el.text or "")
                    if el.tag in (f"{W}t", f"{W}tab") and tag != f"{W}del":
                        copy.append(text)
                        if tag != f"{W}ins":
                            original.append(text)
                    elif el.tag == f"{W}delText" or (el.tag == f"{W}tab" and tag == f"{W}del"):
                        assert tag == f"{W}del"
                        original.append(text)
        if n < len(paragraphs) - 1:  # the last paragraph mark is the document's, not a line break
            mark = p.find(f"{W}pPr/{W}rPr")
            inserted = mark is not None and mark.find(f"{W}ins") is not None
            deleted = mark is not None and mark.find(f"{W}del") is not None
            if not inserted:
                original.append("\n")
            if not deleted:
                copy.append("\n")
    return "".join(original), "".join(copy)


def check_wordprocessingml(data: bytes) -> dict[str, ET.Element]:
    """The parts Word requires, their content types and relationships, and the rules of the markup it uses."""
    parts = _parts(data)
    assert set(PARTS) <= set(parts)
    types = parts["[Content_Types].xml"]
    defaults = {d.get("Extension"): d.get("ContentType") for d in types.findall(f"{CT}Default")}
    overrides = {o.get("PartName"): o.get("ContentType") for o in types.findall(f"{CT}Override")}
    assert defaults["rels"] == "application/vnd.openxmlformats-package.relationships+xml"
    main_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    assert overrides["/word/document.xml"] == main_type
    for name in parts:
        if not name.endswith(".rels") and name != "[Content_Types].xml":
            assert f"/{name}" in overrides, name  # every part has its content type
    rels = {r.get("Type").rsplit("/", 1)[-1]: r.get("Target")
            for r in parts["_rels/.rels"].findall(f"{PR}Relationship")}
    assert rels["officeDocument"] == "word/document.xml"
    for r in parts["word/_rels/document.xml.rels"].findall(f"{PR}Relationship"):
        assert f"word/{r.get('Target')}" in parts
    document = parts["word/document.xml"]
    assert document.tag == f"{W}document"
    body = list(document.find(f"{W}body"))
    assert body[-1].tag == f"{W}sectPr" and all(p.tag == f"{W}p" for p in body[:-1]) and len(body) >= 2
    change_ids = []
    ranges: dict[str, list[str]] = {"start": [], "end": [], "ref": []}
    for p in body[:-1]:
        children = list(p)
        assert all(c.tag != f"{W}pPr" for c in children[1:])  # pPr first, if at all
        for c in children:
            assert c.tag in {f"{W}pPr", f"{W}r", f"{W}ins", f"{W}del", f"{W}commentRangeStart",
                             f"{W}commentRangeEnd"}, c.tag
            if c.tag in (f"{W}ins", f"{W}del"):
                assert c.get(f"{W}author") and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", c.get(f"{W}date"))
                change_ids.append(c.get(f"{W}id"))
                for r in c:
                    assert r.tag == f"{W}r"
                    for el in r:
                        assert el.tag in ({f"{W}delText", f"{W}tab"} if c.tag == f"{W}del" else {f"{W}t", f"{W}tab"})
            if c.tag == f"{W}r":
                for el in c:
                    assert el.tag in (f"{W}t", f"{W}tab", f"{W}commentReference")
                    if el.tag == f"{W}commentReference":
                        ranges["ref"].append(el.get(f"{W}id"))
            for el in c.iter():
                if el.tag in (f"{W}t", f"{W}delText"):
                    assert el.get(XML_SPACE) == "preserve" and el.text
            if c.tag == f"{W}commentRangeStart":
                ranges["start"].append(c.get(f"{W}id"))
            if c.tag == f"{W}commentRangeEnd":
                ranges["end"].append(c.get(f"{W}id"))
        mark = p.find(f"{W}pPr/{W}rPr")
        if mark is not None:
            for change in mark:
                change_ids.append(change.get(f"{W}id"))
    assert len(change_ids) == len(set(change_ids))
    comments = [c.get(f"{W}id") for c in parts["word/comments.xml"].findall(f"{W}comment")]
    assert sorted(ranges["start"]) == sorted(ranges["end"]) == sorted(ranges["ref"]) == sorted(comments)
    assert not set(comments) & set(change_ids)
    return parts


def test_the_sample_as_a_word_document_with_tracked_changes():
    comparison = compare(*(read_document(p) for p in PAIR))
    parts = check_wordprocessingml(docx_bytes(comparison))
    original, copy = rebuild(parts["word/document.xml"])
    assert original == comparison.left.text  # Reject All
    assert copy == comparison.right.text  # Accept All
    assert original.split() == comparison.left.text.split()
    body = parts["word/document.xml"]
    assert body.find(f".//{W}del") is not None and body.find(f".//{W}ins") is not None
    assert parts["word/settings.xml"].find(f"{W}trackRevisions") is not None


def test_omitted_text_is_deleted_and_added_text_inserted_word_edits_too():
    original = "The council met on Monday.\n\nIt spent 53% of the budget on roads.\n\nNobody objected.\n"
    copy = "The council met on Monday.\n\nIt spent 35% of the budget on roads.\n\nNobody objected. Experts say so.\n"
    parts = check_wordprocessingml(docx_bytes(_compare(original, copy)))
    deleted = ["".join(t.text for t in d.iter(f"{W}delText")) for d in parts["word/document.xml"].iter(f"{W}del")]
    inserted = ["".join(t.text for t in d.iter(f"{W}t")) for d in parts["word/document.xml"].iter(f"{W}ins")]
    assert "53" in deleted and "35" in inserted  # the engine's word edits ("%" kept)
    assert any("Experts say so." in i for i in inserted)
    assert rebuild(parts["word/document.xml"]) == (original, copy)


def test_moved_and_repeated_paragraphs_rebuild_both_texts():
    a = "First paragraph about the council.\n\nSecond paragraph about the budget.\n\nThird about roads."
    b = "Third about roads.\n\nFirst paragraph about the council.\n\nSecond paragraph about the budget.\n\n" \
        "First paragraph about the council."
    parts = check_wordprocessingml(docx_bytes(_compare(a, b)))
    assert rebuild(parts["word/document.xml"]) == (a, b)


WORDS = ["minister", "said", "the", "deal", "Ukraine", "prices", "rose", "\u201cquoted\u201d", "won't", "£396bn",
         "<b>", "&amp;", "5%", "a\tb", "Kyiv", "and"]
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=10).map(lambda ws: " ".join(ws).capitalize() + ".")
paragraph = st.lists(sentence, min_size=1, max_size=3).map(" ".join)
document = st.lists(paragraph, min_size=0, max_size=4).map("\n\n".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document, document)
def test_accept_all_gives_the_copy_and_reject_all_the_original(left, right):
    comparison = _compare(left, right)
    pieces = redline(comparison)
    assert "".join(p.text for p in pieces if p.op != "insert") == comparison.left.text
    assert "".join(p.text for p in pieces if p.op != "delete") == comparison.right.text
    parts = check_wordprocessingml(docx_bytes(comparison))
    assert rebuild(parts["word/document.xml"]) == (comparison.left.text, comparison.right.text)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=120), st.text(max_size=120))
def test_any_characters_make_well_formed_xml(left, right):
    comparison = _compare(left, right)
    parts = check_wordprocessingml(docx_bytes(comparison))
    # Controls XML cannot hold are shown as control pictures, one for one.
    assert rebuild(parts["word/document.xml"]) == (xml_safe(comparison.left.text), xml_safe(comparison.right.text))


def _project(tmp_path: Path) -> tuple[Path, Comparison, int]:
    project = Project.create(*(read_document(p) for p in PAIR))
    comparison = project.compare()
    target = next(d for d in comparison.differences if d.kind == "changed" and not d.furniture)
    annotations = project.annotations.with_review(comparison, target.id, verdict=Verdict.ERROR,
                                                  note="Check the figure <with the desk> & the wire")
    path = tmp_path / "check.verso"
    save_project(project.with_annotations(annotations), path)
    return path, comparison, target.id


def test_verdicts_and_notes_of_a_project_are_word_comments(tmp_path: Path):
    path, comparison, target = _project(tmp_path)
    out = tmp_path / "check.docx"
    assert main(["report", str(path), "-o", str(out)]) == 0
    parts = check_wordprocessingml(out.read_bytes())
    comments = {c.get(f"{W}id"): "\n".join(t.text or "" for t in c.iter(f"{W}t"))
                for c in parts["word/comments.xml"].findall(f"{W}comment")}
    ours = [cid for cid, text in comments.items() if text.split("\n")[0].endswith(f"difference {target}")]
    assert len(ours) == 1
    text = comments[ours[0]]
    assert "Verdict: Error" in text and "Note: Check the figure <with the desk> & the wire" in text
    # The comment spans the difference's text in the copy.
    document = parts["word/document.xml"]
    inside, taking = [], False
    for el in document.iter():
        if el.tag == f"{W}commentRangeStart" and el.get(f"{W}id") == ours[0]:
            taking = True
        elif el.tag == f"{W}commentRangeEnd" and el.get(f"{W}id") == ours[0]:
            break
        elif taking and el.tag == f"{W}t":
            inside.append(el.text)
    d = comparison.difference(target)
    assert "".join(inside) == comparison.right.text[d.right[0]:d.right[1]]
    assert any("\u26a0 Facts:" in t for t in comments.values())  # a project's report checks facts


def test_compare_writes_docx_only_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    out = tmp_path / "copy.docx"
    assert main(["compare", *PAIR, "--format", "docx", "-o", str(out)]) == 0
    check_wordprocessingml(out.read_bytes())
    assert main(["compare", *PAIR, "--format", "docx"]) == 2
    assert "give -o" in capsys.readouterr().err
    assert main(["compare", *PAIR, "--format", "json", "-o", str(tmp_path / "c.json")]) == 0
    assert (tmp_path / "c.json").read_text("utf-8").startswith("{")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_reads_it(tmp_path: Path):
    out = tmp_path / "copy.docx"
    assert main(["compare", *PAIR, "--format", "docx", "--facts", "-o", str(out)]) == 0
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "pdf", str(out), "--outdir", str(tmp_path)],
                   capture_output=True, timeout=180, check=False)
    assert (tmp_path / "copy.pdf").stat().st_size > 10_000


def test_a_fact_verdict_and_note_are_a_word_comment_on_the_fact(tmp_path: Path):
    from app.facts import check_facts

    project = Project.create(*(read_document(p) for p in PAIR))
    comparison = project.compare()
    entry = next(e for e in check_facts(comparison).entries if e.status == "missing" and e.kind != "quote")
    annotations = project.annotations.with_fact_review(comparison, entry, verdict=Verdict.NEEDS_CHECK,
                                                       note="Ask the desk & the wire")
    path, out = tmp_path / "check.verso", tmp_path / "check.docx"
    save_project(project.with_annotations(annotations), path)
    assert main(["report", str(path), "-o", str(out)]) == 0
    parts = check_wordprocessingml(out.read_bytes())
    texts = ["\n".join(t.text or "" for t in c.iter(f"{W}t"))
             for c in parts["word/comments.xml"].findall(f"{W}comment")]
    (ours,) = [t for t in texts if t.startswith("Fact (")]
    assert ours == (f"Fact ({entry.kind}, missing): {entry.left.text}\nVerdict: Needs check\n"
                    "Note: Ask the desk & the wire")
