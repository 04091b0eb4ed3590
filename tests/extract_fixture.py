"""One short text extracted as a post: the helpers the extraction tests share."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Extraction, Post, Triple, post_id


def run(text: str) -> Extraction:
    """The extraction of ``text`` as a post of its own."""
    post = Post(id=post_id(text=text), title="test", text=text, date="2021-06-17")
    return next(iter(extract([post])))


def triples(text: str) -> list[Triple]:
    """The triples kg extracts from ``text`` as a post of its own."""
    return run(text).triples


def facts(text: str) -> set[tuple[str, str, str]]:
    """(subject, category, object) of every triple."""
    return {(t.subject, t.category, t.object) for t in triples(text)}


def only(text: str) -> Triple:
    """The one triple of ``text`` (failing when there are none or several)."""
    found = triples(text)
    assert len(found) == 1, [(t.subject, t.action, t.object) for t in found]
    return found[0]
