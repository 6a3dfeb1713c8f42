"""Bad input gives one DocumentError line naming the file, never anything else."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.documents import (
    MAX_FILE_BYTES,
    DocumentError,
    document_from_bytes,
    document_from_string,
    read_document,
)
from app.documents import reader as reader_module


def error_of(call, *args, **kwargs) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        call(*args, **kwargs)
    message = str(info.value)
    assert "\n" not in message and message.strip() == message
    return info.value


def test_missing_file(tmp_path):
    error = error_of(read_document, tmp_path / "copy.txt")
    assert str(error) == f"{tmp_path / 'copy.txt'}: no such file"
    assert error.reason == "no such file"


def test_folder(tmp_path):
    assert "folder" in str(error_of(read_document, tmp_path))


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t  ", "\ufeff \n".encode(), b"\xff\xfe"])
def test_empty_or_whitespace_file(content, write_file):
    path = write_file("copy.txt", content)
    assert str(error_of(read_document, path)) == f"{path}: the file is empty"


def test_empty_markdown_after_rendering(write_file):
    path = write_file("copy.md", "<!-- only a comment -->\n\n<script>x()</script>\n")
    assert "no readable text" in str(error_of(read_document, path))


@pytest.mark.parametrize(
    "content",
    [
        b"BIN1\x00\x00\x00\x01\x00\x02\x00\x00\x00\x10" * 8,
        bytes(range(256)) * 4,
        b"\x01\x02\x03\x04\x05\x06\x07\x08abc" * 10,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    ],
)
def test_binary_file(content, write_file):
    path = write_file("copy.txt", content)
    message = str(error_of(read_document, path))
    assert message.startswith(f"{path}: this ")
    assert "not text" in message


def test_size_checked_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk

    def must_not_open(*args, **kwargs):
        raise AssertionError("a file over the limit was opened")

    monkeypatch.setattr(reader_module, "open", must_not_open, raising=False)
    message = str(error_of(read_document, path))
    assert "too large" in message and "20 MB" in message


def test_file_at_the_limit_is_read(tmp_path):
    path = tmp_path / "limit.txt"
    path.write_bytes(b"word " * (MAX_FILE_BYTES // 5))
    assert len(read_document(path).text) == MAX_FILE_BYTES // 5 * 5


def test_big_bytes_and_strings_refused():
    assert "too large" in str(error_of(document_from_bytes, b"a" * (MAX_FILE_BYTES + 1)))
    assert "too large" in str(error_of(document_from_string, "a" * (MAX_FILE_BYTES + 1)))


def test_permission_denied(write_file, monkeypatch):
    path = write_file("secret.txt", "hello")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reader_module, "open", denied, raising=False)
    assert str(error_of(read_document, path)) == f"{path}: permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_permission_denied_for_real(write_file):
    path = write_file("secret.txt", "hello")
    path.chmod(0)
    assert "permission denied" in str(error_of(read_document, path))


def test_other_os_error(write_file, monkeypatch):
    path = write_file("flaky.txt", "hello")

    def broken(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(reader_module, "open", broken, raising=False)
    assert str(error_of(read_document, path)) == f"{path}: cannot be read (input/output error)"


def test_not_a_regular_file(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in str(error_of(read_document, fifo))


def test_undecodable_bytes(monkeypatch):
    import charset_normalizer

    # Not UTF-8, not cp1252 (0x81 is unassigned), and no guess from the detector.
    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data: [])
    error = error_of(document_from_bytes, b"caf\xe9 \x81 ok", "copy.txt")
    assert str(error) == ("copy.txt: could not work out the text encoding (tried UTF-8, UTF-16 and cp1252/latin-1)")


def test_detector_failure_is_not_a_crash(monkeypatch):
    import charset_normalizer

    def broken(data):
        raise RuntimeError("detector bug")

    monkeypatch.setattr(charset_normalizer, "from_bytes", broken)
    # cp1251 Cyrillic: not plausible as cp1252, so the detector is asked.
    doc = document_from_bytes("Привет, мир".encode("cp1251"), "copy.txt")
    assert doc.encoding == "cp1252"  # the last resort


def test_unknown_reading_mode():
    assert "unknown reading mode" in str(error_of(document_from_string, "x", "a.txt", "pdfx"))


def test_pasted_text_label():
    assert str(error_of(document_from_string, "  ")) == "pasted text: the text is empty"


def test_path_and_name_recorded(write_file):
    path = write_file("copy.txt", "hello")
    doc = read_document(str(path))
    assert doc.name == "copy.txt"
    assert doc.path == str(Path(path).resolve())
