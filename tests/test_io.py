"""Opening inputs: gzip by content, the size limit, missing files, and text in any encoding."""

from __future__ import annotations

import codecs
import gzip
import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.io import (
    MAX_MB_ENV,
    binary_kind,
    decode,
    display_name,
    iter_lines,
    max_input_bytes,
    open_input,
    read_all,
)

DATA = Path(__file__).parent / "data" / "posts"
POST = (DATA / "utf8-bom.txt").read_bytes()[3:].decode("utf-8")


def test_open_reads_a_file_and_keeps_its_first_bytes(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text("Title\n\nBody text.\n", encoding="utf-8")
    with open_input(path) as opened:
        assert opened.source == str(path)
        assert opened.head == b"Title\n\nBody text.\n"
        assert read_all(opened.stream) == b"Title\n\nBody text.\n"
        assert not opened.compressed


def test_gzip_is_undone_whatever_the_file_is_called(tmp_path: Path) -> None:
    for name in ("feed.xml.gz", "feed.xml"):
        path = tmp_path / name
        path.write_bytes(gzip.compress(b"<rss version='2.0'></rss>"))
        with open_input(path) as opened:
            assert opened.compressed
            assert opened.head.startswith(b"<rss")
            assert read_all(opened.stream) == b"<rss version='2.0'></rss>"


def test_truncated_gzip_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "x"}\n' * 1000)[:60])
    with pytest.raises(InputError) as err, open_input(path) as opened:
        read_all(opened.stream)
    assert err.value.source == str(path)
    assert "corrupt or truncated compressed data" in err.value.reason


def test_a_missing_file_or_a_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"), open_input(
        tmp_path / "nope.txt"
    ):
        pass
    with pytest.raises(InputError, match="is a folder"), open_input(tmp_path):
        pass


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 1000)
    with pytest.raises(InputError) as err, open_input(path, max_bytes=1024) as opened:
        read_all(opened.stream)
    assert err.value.reason.startswith("file is 4.9 KB, over the 1 KB limit")
    assert MAX_MB_ENV in err.value.reason
    with open_input(path, max_bytes=None) as opened:
        assert len(read_all(opened.stream)) == 5000


def test_streamed_input_is_limited_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_bytes(b"short line\n" * 200 + b"x" * 5000 + b"\n" + b"last line\n")
    with open_input(path, max_bytes=1024) as opened:
        found = list(iter_lines(opened.stream, opened.source))
    # The file is twice the limit, but only one line is longer than it.
    assert found[0] == (1, "short line") and found[199] == (200, "short line")
    assert found[200:] == [(201, None), (202, "last line")]


def test_the_limit_applies_after_decompression(tmp_path: Path) -> None:
    # A small .gz that unpacks to far more than the limit (a "zip bomb" in miniature).
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 200_000))
    assert path.stat().st_size < 2048
    with pytest.raises(InputError, match="larger than the"), open_input(
        path, max_bytes=50_000
    ) as opened:
        read_all(opened.stream)


def test_the_limit_defaults_to_50_mb_and_is_set_by_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(MAX_MB_ENV, raising=False)
    assert max_input_bytes() == 50 * 1024 * 1024
    monkeypatch.setenv(MAX_MB_ENV, "2")
    assert max_input_bytes() == 2 * 1024 * 1024
    monkeypatch.setenv(MAX_MB_ENV, "0")
    assert max_input_bytes() is None
    monkeypatch.setenv(MAX_MB_ENV, "lots")
    with pytest.raises(InputError, match="not a number"):
        max_input_bytes()


def test_standard_input_is_named_stdin() -> None:
    assert display_name("-") == "<stdin>"
    assert display_name(os.path.join("posts", "a.txt")) == os.path.join("posts", "a.txt")


@pytest.mark.parametrize(
    "name", ["utf8-bom.txt", "utf16le.txt", "utf16be.txt", "cp1252.txt"]
)
def test_text_files_decode_correctly_in_any_common_encoding(name: str) -> None:
    text = decode((DATA / name).read_bytes(), name).replace("\r\n", "\n")
    assert text == POST


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("Café owners in Zürich said the “new rules” were unfair – a résumé.", "cp1252"),
        ("Señor Pérez visitó Bogotá el lunes; la reunión duró dos horas.", "cp1252"),
        ("Der Bürgermeister sagte, die Straße werde gesperrt.", "cp1252"),
        ("Prezydent spotkał się z ministrem w Łodzi w poniedziałek.", "cp1250"),
        ("Президент встретился с министром иностранных дел в понедельник.", "cp1251"),
        ("Ο πρωθυπουργός συναντήθηκε με τον υπουργό εξωτερικών.", "cp1253"),
        ("The minister met the envoy on Monday in Geneva.", "utf-32"),
        ("The minister met the envoy on Monday in Geneva.", "utf-16-le"),
    ],
)
def test_legacy_encodings_are_guessed(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding), "x.txt") == text


def test_a_declared_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    data = "Ærø’s harbour".encode("cp1252")
    assert decode(data, "page.html", declared="windows-1252") == "Ærø’s harbour"


def test_a_bom_that_lies_is_an_error() -> None:
    with pytest.raises(InputError, match="byte-order mark but is not valid UTF-16"):
        decode((DATA / "bad-utf16.txt").read_bytes(), "bad-utf16.txt")


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"%PDF-1.7\n...", "a PDF document"),
        (b"PK\x03\x04\x14\x00", "a ZIP archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image"),
        (b"\x00\x01\x02\x03binary\x00\x00", "binary data"),
    ],
)
def test_binary_input_is_named(data: bytes, kind: str) -> None:
    found = binary_kind(data)
    assert found is not None and found.startswith(kind)
    with pytest.raises(InputError, match=kind.split()[1]):
        decode(data, "x")


def test_text_is_not_taken_for_binary() -> None:
    for name in ("utf16le.txt", "utf16be.txt", "cp1252.txt", "roundup.md"):
        assert binary_kind((DATA / name).read_bytes()) is None


def test_lines_are_numbered_and_decoded_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"a": 1}\r\n' + '{"b": "Zürich"}\n'.encode("cp1252") + b"last")
    with open_input(path) as opened:
        assert list(iter_lines(opened.stream, opened.source)) == [
            (1, '{"a": 1}'), (2, '{"b": "Zürich"}'), (3, "last"),
        ]


def test_utf16_lines_are_read_through_their_bom(tmp_path: Path) -> None:
    path = tmp_path / "u16.jsonl"
    path.write_bytes(codecs.BOM_UTF16_BE + "one\ntwo ü\n".encode("utf-16-be"))
    with open_input(path) as opened:
        assert list(iter_lines(opened.stream, opened.source)) == [(1, "one"), (2, "two ü")]
