"""WordPress exports: one post per published post, everything else passed over."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.loaders import load_posts
from kg.model import post_id

DATA = Path(__file__).parent / "data" / "posts"


def test_only_published_posts_are_loaded() -> None:
    posts = list(load_posts(DATA / "export.wxr"))
    # Drafts, pages, attachments, menu items and password-protected posts are left out.
    assert [p.title for p in posts] == [
        "Council votes to close the harbour car park",
        "Mayor resigns over expenses claims",
    ]
    assert [p.source for p in posts] == [f"{DATA / 'export.wxr'}#1", f"{DATA / 'export.wxr'}#2"]
    assert all(p.format == "wxr" for p in posts)


def test_post_fields() -> None:
    first = next(load_posts(DATA / "export.wxr"))
    assert first.author == "Helen Graham"
    assert first.date == "2024-01-09T18:20:00+00:00"
    assert first.url == "https://councilwatch.example/2024/01/09/harbour-car-park/"
    assert first.metadata == {"categories": ["Council"], "tags": ["housing"], "wp_post_id": "212"}


def test_content_is_clean_text() -> None:
    first, second = load_posts(DATA / "export.wxr")
    assert first.text.split("\n\n") == [
        "The county council voted by twenty-two to nineteen on Tuesday to close the harbour car "
        "park and sell the land to a housing association.",
        "Councillor Aidan Price, who leads the opposition group, said the decision would hurt "
        "traders on the quay. The council leader, Morag Ellis, said the site would provide sixty "
        "homes.",
        "Traders plan to follow the council's consultation closely and will share a petition at "
        "the next meeting.",
    ]
    # Blank lines are paragraphs and single newlines line breaks, as WordPress shows them;
    # the share buttons at the end are boilerplate.
    assert second.text.split("\n\n") == [
        "The town mayor, Gareth Lloyd, resigned on Wednesday evening after the local paper "
        "published his expenses claims for the past three years.",
        "In a short statement he said he had done nothing wrong but did not want to distract "
        "from the council's work.\nHis deputy, Siân Evans, will act as mayor until an election "
        "in May.",
    ]
    assert "disgrace" not in first.text  # comments are not the post


def test_ids_come_from_the_guid() -> None:
    first = next(load_posts(DATA / "export.wxr"))
    again = next(load_posts(DATA / "export.wxr"))
    assert first.id == again.id
    assert first.id == post_id(key="https://councilwatch.example/?p=212")


def test_external_entities_are_refused() -> None:
    with pytest.raises(InputError, match="entity declarations"):
        list(load_posts(DATA / "xxe-wxr.xml"))


def test_a_truncated_export_yields_the_posts_before_the_damage(tmp_path: Path) -> None:
    data = (DATA / "export.wxr").read_bytes()
    cut = data.index(b"<title><![CDATA[DRAFT")
    path = tmp_path / "cut.xml"
    path.write_bytes(data[:cut])
    errors: list[InputError] = []
    posts = list(load_posts(path, on_error=errors.append))
    assert [p.title for p in posts] == [
        "Council votes to close the harbour car park",
        "Mayor resigns over expenses claims",
    ]
    assert len(errors) == 1 and errors[0].reason.startswith("malformed XML (no element found")


def test_an_export_larger_than_the_size_limit_still_loads() -> None:
    # Exports are parsed as a stream, one item at a time: nothing is held whole.
    assert (DATA / "export.wxr").stat().st_size > 4096
    assert len(list(load_posts(DATA / "export.wxr", max_bytes=4096))) == 2
