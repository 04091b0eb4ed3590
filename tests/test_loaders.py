"""Format detection, the loader registry, and load_posts over batches of files."""

from __future__ import annotations

import gzip
import inspect
import os
import shutil
from pathlib import Path

import pytest

from kg.errors import InputError, UnknownName
from kg.loaders import LOADERS, Head, Loader, detect_format, iter_files, load_posts
from kg.model import Post

DATA = Path(__file__).parent / "data" / "posts"

FORMATS = {
    "roundup.txt": "text",
    "roundup.md": "markdown",
    "wordpress.html": "html",
    "blogger.html": "html",
    "medium.html": "html",
    "hard-page.html": "html",
    "wordpress-feed.rss": "feed",
    "newsletter.atom": "feed",
    "export.wxr": "wxr",
    "posts.jsonl": "jsonl",
    "wp-api.json": "jsonl",
}


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_formats_are_recognised_by_content_whatever_the_file_is_called(name: str) -> None:
    head = (DATA / name).read_bytes()[:16384]
    assert detect_format(head, name) == FORMATS[name]
    # Content decides: the same bytes under a misleading name, or none.
    assert detect_format(head, "download.txt") == FORMATS[name]
    assert detect_format(head, "") == FORMATS[name]


def test_detection_sniffs_the_first_bytes() -> None:
    assert detect_format(b"<rss version='2.0'><channel></channel></rss>") == "feed"
    atom = b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
    assert detect_format(atom) == "feed"
    wxr = b'<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">'
    assert detect_format(wxr) == "wxr"
    assert detect_format(b"<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert detect_format(b"\n  <html lang='en'><head>") == "html"
    assert detect_format(b"<div><p>A fragment of a page.</p></div>") == "html"
    assert detect_format(b'{"title": "x", "text": "y"}\n') == "jsonl"
    assert detect_format(b'[{"title": "x"}]') == "jsonl"
    assert detect_format(b"# A heading\n\nSome [link](http://x).") == "markdown"
    assert detect_format(b"A title\n\nPlain paragraph [not a link].") == "text"
    assert detect_format(b"[Updated] Minister resigns\n\nThe minister resigned.") == "text"
    assert detect_format("\ufeffUn titre\n\nLe ministre a démissionné.".encode("utf-16")) == "text"


def test_the_file_ending_decides_when_the_content_does_not() -> None:
    assert detect_format(b"Title\n\nText.", "notes.md") == "markdown"
    # Not JSON or XML at all, but named so: the JSON and feed loaders report it clearly.
    assert detect_format(b"oops, not json", "data.json") == "jsonl"
    assert detect_format(b"oops, not xml", "feed.rss") == "feed"
    assert detect_format(b"oops, not xml", "feed.rss.gz") == "feed"


def test_other_xml_goes_to_the_feed_loader_for_a_clear_error() -> None:
    head = (DATA / "sitemap.xml").read_bytes()
    assert detect_format(head, "sitemap.xml") == "feed"
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        list(load_posts(DATA / "sitemap.xml"))


def test_registry_names_and_aliases() -> None:
    assert LOADERS.names() == ["feed", "html", "jsonl", "markdown", "text", "wxr"]
    assert LOADERS.get("rss") is LOADERS.get("atom") is LOADERS.get("feed")
    assert LOADERS.get("json") is LOADERS.get("jsonl")
    assert LOADERS.get("md") is LOADERS.get("markdown")


@pytest.mark.parametrize("name", ["feed", "html", "jsonl", "markdown", "text", "wxr"])
def test_every_registered_loader_is_a_loader_with_its_name(name: str) -> None:
    loader = LOADERS.get(name)
    assert issubclass(loader, Loader) and not inspect.isabstract(loader)
    assert loader.name == name
    assert 0 <= loader.sniff(Head(b"anything", "x")) <= 100
    assert loader.__doc__ and loader.load.__doc__


def test_an_unknown_format_name_lists_the_valid_ones() -> None:
    with pytest.raises(UnknownName) as err:
        load_posts(DATA / "roundup.txt", format="docx")
    assert str(err.value) == (
        "unknown input format 'docx'; choose one of: feed, html, jsonl, markdown, text, wxr"
    )


def test_a_forced_format_is_used_for_every_file() -> None:
    (post,) = load_posts(DATA / "roundup.md", format="text")
    assert post.format == "text"
    assert post.title == "Budget week: the coalition holds"


def test_load_posts_reads_every_format() -> None:
    posts = list(load_posts([DATA / name for name in sorted(FORMATS)], on_error=lambda e: None))
    assert {p.format for p in posts} == set(FORMATS.values())
    assert all(isinstance(p, Post) and p.text and p.title and p.id for p in posts)


def test_a_bad_file_in_a_batch_is_reported_and_the_others_still_load() -> None:
    errors: list[InputError] = []
    paths = [DATA / "roundup.txt", DATA / "truncated.rss", DATA / "nope.txt", DATA / "roundup.md"]
    posts = list(load_posts(paths, on_error=errors.append))
    assert [p.source for p in posts] == [str(DATA / "roundup.txt"), str(DATA / "roundup.md")]
    assert [(e.source, e.reason.split(" (")[0]) for e in errors] == [
        (str(DATA / "truncated.rss"), "malformed XML"),
        (str(DATA / "nope.txt"), "no such file or directory"),
    ]


def test_without_a_callback_the_first_failure_is_raised() -> None:
    posts = load_posts([DATA / "roundup.txt", DATA / "empty.txt", DATA / "roundup.md"])
    assert next(posts).source == str(DATA / "roundup.txt")
    with pytest.raises(InputError, match="empty file"):
        next(posts)


def test_posts_stream_out_before_a_later_failure(tmp_path: Path) -> None:
    # 2,000 good lines, then a bad one: the first posts come out before the file is finished.
    path = tmp_path / "many.jsonl"
    good = "".join(
        f'{{"id": "p{i}", "title": "Post {i}", "text": "Text {i}."}}\n' for i in range(2000)
    )
    path.write_text(good + "{broken\n", encoding="utf-8")
    posts = load_posts(path)
    assert inspect.isgenerator(posts)
    assert next(posts).title == "Post 0"
    with pytest.raises(InputError, match="line 2001: malformed JSON"):
        list(posts)


def test_folders_are_walked_recursively_in_sorted_order_without_hidden_files(
    tmp_path: Path,
) -> None:
    root = tmp_path / "blog"
    for rel in ["b.txt", "a/z.txt", "a/c.md", ".hidden.txt", ".git/config.txt", "img/cover.jpg",
                "c/d/e.txt"]:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Post {rel}\n\nSome text about {rel}.\n", encoding="utf-8")
    given = os.path.join(str(tmp_path), "blog")
    assert list(iter_files(given)) == [
        os.path.join(given, "a", "c.md"),
        os.path.join(given, "a", "z.txt"),
        os.path.join(given, "b.txt"),
        os.path.join(given, "c", "d", "e.txt"),
    ]
    assert [p.title for p in load_posts(given)] == [
        "Post a/c.md", "Post a/z.txt", "Post b.txt", "Post c/d/e.txt",
    ]


def test_a_folder_readme_and_licence_are_no_posts_unless_named(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text("# A post\n\nRussia met Ukraine.\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# About these posts\n\nNotes.\n", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("MIT licence text\n", encoding="utf-8")
    assert [p.title for p in load_posts(tmp_path)] == ["A post"]
    assert [p.title for p in load_posts(tmp_path / "README.md")] == ["About these posts"]


def test_sources_keep_the_path_as_the_user_gave_it(tmp_path: Path) -> None:
    shutil.copy(DATA / "wordpress-feed.rss", tmp_path / "feed.xml")
    cwd = os.getcwd()
    try:
        os.chdir(tmp_path)
        sources = [p.source for p in load_posts("feed.xml")]
        assert sources == ["feed.xml#1", "feed.xml#2", "feed.xml#3"]
        assert next(load_posts(".")).source == os.path.join(".", "feed.xml") + "#1"
    finally:
        os.chdir(cwd)


def test_an_empty_folder_is_reported(tmp_path: Path) -> None:
    errors: list[InputError] = []
    assert list(load_posts(tmp_path, on_error=errors.append)) == []
    assert [e.reason for e in errors] == ["folder holds no files to load"]


def test_gzip_files_are_decompressed_then_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "export.gz"
    path.write_bytes(gzip.compress((DATA / "export.wxr").read_bytes()))
    posts = list(load_posts(path))
    assert [p.format for p in posts] == ["wxr", "wxr"]
    assert posts[0].source == f"{path}#1"


def test_ids_are_stable_across_runs_and_folders(tmp_path: Path) -> None:
    names = sorted(FORMATS)
    first = [p.id for p in load_posts([DATA / n for n in names], on_error=lambda e: None)]
    second = [p.id for p in load_posts([DATA / n for n in names], on_error=lambda e: None)]
    assert first == second
    elsewhere = tmp_path / "deep" / "copy"
    elsewhere.mkdir(parents=True)
    for n in names:
        shutil.copy(DATA / n, elsewhere / n)
    moved = [p.id for p in load_posts([elsewhere / n for n in names], on_error=lambda e: None)]
    assert moved == first
    assert len(set(first)) == len(first)


def test_ids_do_not_depend_on_the_file_name(tmp_path: Path) -> None:
    shutil.copy(DATA / "roundup.txt", tmp_path / "renamed-post.txt")
    (a,) = load_posts(DATA / "roundup.txt")
    (b,) = load_posts(tmp_path / "renamed-post.txt")
    assert a.id == b.id and a.source != b.source


def test_binary_and_empty_files_are_refused_whatever_the_format() -> None:
    errors: list[InputError] = []
    paths = [DATA / "picture.png", DATA / "random.bin", DATA / "empty.txt", DATA / "blank.txt"]
    assert list(load_posts(paths, format="text", on_error=errors.append)) == []
    assert [e.reason for e in errors] == [
        "a PNG image, not a file of posts",
        "binary data, not a file of posts",
        "empty file",
        "empty file",
    ]


def test_the_size_limit_bounds_what_is_held_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body>" + "<p>The council met again.</p>" * 100 + "</body></html>")
    posts = tmp_path / "posts.jsonl"
    posts.write_text(
        "".join(f'{{"title": "P{i}", "text": "Post {i}."}}\n' for i in range(100))
        + '{"title": "Huge", "text": "' + "word " * 1000 + '"}\n'
        + '{"title": "After", "text": "The last post."}\n'
    )
    assert page.stat().st_size > 2048 and posts.stat().st_size > 4096
    errors: list[InputError] = []
    loaded = list(load_posts([page, posts], max_bytes=2048, on_error=errors.append))
    # A page is read whole: refused. JSON Lines are streamed: only the overlong line is.
    assert [str(e) for e in errors] == [
        f"{page}: file is 2.9 KB, over the 2 KB limit (set KG_MAX_INPUT_MB to raise it, "
        "0 for no limit)",
        f"{posts} line 101: line longer than the size limit (set KG_MAX_INPUT_MB to raise it)",
    ]
    assert len(loaded) == 101 and loaded[-1].title == "After"
    # The limit comes from the environment by default.
    monkeypatch.setenv("KG_MAX_INPUT_MB", "0.002")
    with pytest.raises(InputError, match="over the 2 KB limit"):
        list(load_posts(page))

