"""JSON Lines and JSON documents: fields recognised by name, bad lines reported and skipped."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.loaders import load_posts
from kg.model import post_id

DATA = Path(__file__).parent / "data" / "posts"
# The corpus is read where it lies, beside the repository (../shared), never copied into it.
WIKINEWS = Path(__file__).parents[2] / "shared" / "corpora" / "wikinews" / "wikinews_en.jsonl.gz"


def lines(tmp_path: Path, *objects: object, name: str = "posts.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


def test_json_lines_with_a_bad_line_and_an_item_without_text() -> None:
    errors: list[InputError] = []
    posts = list(load_posts(DATA / "posts.jsonl", on_error=errors.append))
    assert [p.source for p in posts] == [
        f"{DATA / 'posts.jsonl'}#1", f"{DATA / 'posts.jsonl'}#2", f"{DATA / 'posts.jsonl'}#6",
    ]
    assert [str(e) for e in errors] == [
        f"{DATA / 'posts.jsonl'} line 3: malformed JSON (Unterminated string starting at "
        "column 53)",
        f"{DATA / 'posts.jsonl'} line 4: item has no text field (looked for text, content, body, "
        "full_text, article, html, description, summary)",
        f"{DATA / 'posts.jsonl'} line 7: not a JSON object",
    ]


def test_a_file_of_records_that_are_no_posts_is_one_error_not_one_per_line(
    tmp_path: Path,
) -> None:
    path = lines(tmp_path, *({"subject": "Merkel", "object": "Macron"} for _ in range(50)))
    errors: list[InputError] = []
    assert list(load_posts(path, on_error=errors.append)) == []
    looked = "looked for text, content, body, full_text, article, html, description, summary"
    assert [str(e) for e in errors] == [
        *(f"{path} line {n}: item has no text field ({looked})" for n in (1, 2, 3)),
        f"{path}: 47 more of 50 items have no text field ({looked}); is this a file of posts?",
    ]


def test_fields_are_recognised_whatever_their_case() -> None:
    first, second, third = load_posts(DATA / "posts.jsonl", on_error=lambda e: None)
    assert first.id == post_id(key="wn-2019-0412")
    assert (first.title, first.date, first.url, first.author) == (
        "Sudan's army removes President Omar al-Bashir", "2019-04-11",
        "https://news.example/2019/04/11/sudan", "Staff reporter",
    )
    assert first.metadata == {"section": "Africa"}
    assert "Share this:" not in first.text and "Twitter" not in first.text
    # GUID, Headline, Published (a Unix time) and Body, with HTML in the body.
    assert second.id == post_id(key="post-88")
    assert second.title == "Algeria's president withdraws from election"
    assert second.date == "2019-03-11T00:00:00+00:00"
    assert second.text == (
        "Algeria's president, Abdelaziz Bouteflika, said on Monday he would not seek a fifth term."
        "\n\nThe announcement followed three weeks of protests in Algiers."
    )
    assert second.metadata == {"Tags": ["Algeria", "elections"]}
    assert third.date == "2019-05-01T10:30:00-04:00"


def test_a_json_array_in_the_shape_of_wordpress_api() -> None:
    first, second = load_posts(DATA / "wp-api.json")
    assert first.title == "Ferry contract goes to Norwegian yard"
    assert first.url == "https://islandpost.example/2022/05/04/ferry-contract/"
    assert first.date == "2022-05-04T10:00:00"
    assert first.author is None and first.metadata["author"] == 3
    assert first.text.split("\n\n") == [
        "The island council awarded the contract for two new ferries to a shipyard in Norway on "
        "Tuesday.",
        "The transport secretary, Fiona Reid, said the first vessel would arrive in 2025.",
    ]
    assert second.source == f"{DATA / 'wp-api.json'}#2"


def test_a_single_object_and_an_object_holding_a_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"title": "One", "text": "Only one post."}, indent=2))
    assert [p.text for p in load_posts(one)] == ["Only one post."]
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"posts": [{"title": "A", "text": "First."},
                                             {"title": "B", "text": "Second."}]}, indent=2))
    assert [p.title for p in load_posts(wrapped)] == ["A", "B"]
    empty = tmp_path / "other.json"
    empty.write_text(json.dumps({"version": 2, "name": "not posts"}))
    with pytest.raises(InputError, match="no post text and no list of posts"):
        list(load_posts(empty))


def test_malformed_json_is_one_error() -> None:
    with pytest.raises(InputError) as err:
        list(load_posts(DATA / "malformed.json"))
    assert err.value.reason == "malformed JSON (Expecting ',' delimiter at line 3, column 1)"


def test_utf16_json_lines() -> None:
    assert [p.text for p in load_posts(DATA / "utf16.jsonl")] == [
        "Der Bürgermeister von Zürich sprach am Montag über Punkt 1.",
        "Der Bürgermeister von Zürich sprach am Montag über Punkt 2.",
    ]


def test_a_first_line_longer_than_the_sniffing_window(tmp_path: Path) -> None:
    long_text = "The minister spoke at length. " * 5000
    path = lines(tmp_path, {"title": "Long", "text": long_text}, {"title": "Short", "text": "Hi."})
    assert [p.title for p in load_posts(path)] == ["Long", "Short"]


def test_titles_default_to_the_start_of_the_text(tmp_path: Path) -> None:
    (post,) = load_posts(lines(tmp_path, {"text": "The minister resigned on Monday."}))
    assert post.title == "The minister resigned on Monday."


def test_gzipped_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "posts.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": 1, "title": "T", "text": "Body."}\n'))
    (post,) = load_posts(path)
    assert post.id == post_id(key="1") and post.text == "Body."


@pytest.mark.skipif(not WIKINEWS.exists(), reason="needs ../shared/corpora/wikinews")
def test_the_wikinews_corpus_loads_whole_and_clean() -> None:
    with gzip.open(WIKINEWS, "rt", encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    posts = list(load_posts(WIKINEWS))
    assert len(posts) == len(records) == 293
    for post, record in zip(posts, records, strict=True):
        assert post.id == post_id(key=record["id"])
        assert (post.title, post.date, post.url) == (record["title"], record["date"], record["url"])
        assert post.metadata == {"categories": None}
        assert "\n\n\n" not in post.text
    words = sum(p.words for p in posts)
    # Only two leftover dateline lines (8 words) are taken out of 215,316 words.
    assert words == 215_316 - 8


def test_a_scraped_record_holding_a_whole_page(tmp_path: Path) -> None:
    page = """<!doctype html><html><head><title>Harbour notes</title></head><body>
<nav><a href="/">Home</a> <a href="/archive">Archive</a></nav>
<article><h1>Harbour notes</h1>
<p>Norway and Denmark reopened talks on the ferry subsidy on Tuesday, after a month of
quarrels over who pays for the new terminal.</p>
<p>Iceland rejected the mackerel quota proposed by the European Union, and its fisheries
minister said the offer ignored the science.</p>
<ul class="share"><li>Share this:</li><li>Facebook</li><li>X</li></ul></article>
<section id="comments"><h3>2 Comments</h3><p>Magnus says: Denmark bullies Norway.</p></section>
<footer>© Harbour notes</footer></body></html>"""
    path = lines(tmp_path, {"title": "Harbour notes", "date": "2023-05-02",
                            "url": "https://example.org/harbour", "html": page})
    (post,) = load_posts(path)
    assert (post.title, post.date, post.url) == (
        "Harbour notes", "2023-05-02", "https://example.org/harbour")
    assert "Norway and Denmark reopened talks" in post.text
    assert "the offer ignored the science" in post.text
    for chrome in ("Archive", "Share this", "Magnus", "Denmark bullies"):
        assert chrome not in post.text
