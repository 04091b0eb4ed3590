"""The records that flow through kg: posts in, actors and triples out."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "Actor",
    "Extraction",
    "Post",
    "Triple",
    "actor_id",
    "post_id",
    "stable_hash",
]


def stable_hash(*parts: object, length: int = 16) -> str:
    """A hex digest of ``parts`` that is the same on every run and machine."""
    h = hashlib.sha256()
    for part in parts:
        h.update(str(part if part is not None else "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def post_id(
    *,
    key: str | None = None,
    url: str | None = None,
    title: str | None = None,
    date: str | None = None,
    text: str = "",
) -> str:
    """A post's stable id, from the most stable identity the input offers.

    An explicit id (a JSON ``id``, a feed ``guid``) wins, then the url, then title and
    date; only a post with none of these is identified by its text. So a post whose
    body is edited keeps its id, and re-ingesting it replaces the old version.
    """
    if key:
        return stable_hash("key", key)
    if url:
        return stable_hash("url", url)
    if title:
        return stable_hash("title", title.strip(), date or "")
    return stable_hash("text", " ".join(text.split()))


def actor_id(name: str) -> str:
    """An actor's stable id from its canonical name: an ASCII slug, or a hash for other scripts."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug if slug else "x-" + stable_hash(name, length=12)


@dataclass(frozen=True)
class Post:
    """One post as a loader hands it on: metadata and clean body text."""

    id: str
    title: str
    text: str
    date: str | None = None
    url: str | None = None
    author: str | None = None
    source: str = ""
    format: str = ""
    metadata: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def words(self) -> int:
        """Whitespace-separated words in the text."""
        return len(self.text.split())

    @property
    def content_hash(self) -> str:
        """Changes whenever anything extraction or storage sees of the post changes."""
        return stable_hash(self.title, self.date, self.url, self.author, self.text, length=32)

    def to_dict(self, *, text: bool = True) -> dict[str, Any]:
        """A JSON-ready mapping of the post, with or without its text."""
        d = asdict(self)
        d["words"] = self.words
        if not text:
            del d["text"]
        return d


@dataclass
class Actor:
    """A resolved actor: one canonical name for all the ways a post refers to it."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None

    @property
    def id(self) -> str:
        """Stable id derived from the canonical name."""
        return actor_id(self.name)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping of the actor."""
        d = asdict(self)
        d["id"] = self.id
        return d


@dataclass
class Triple:
    """``subject —action→ object`` between two actors, with the evidence for it."""

    subject: str
    subject_type: str
    action: str
    category: str
    object: str
    object_type: str
    negated: bool = False
    modality: str = "asserted"
    confidence: float = 1.0
    score: float = 0.0
    sentence: str = ""
    start: int = 0
    end: int = 0
    post: str = ""
    date: str | None = None
    subject_mention: str = ""
    object_mention: str = ""
    extractor: str = ""

    @property
    def id(self) -> str:
        """Stable id: the same statement from the same sentence of the same post."""
        return stable_hash(
            self.post, self.start, self.subject, self.action, self.category, self.object,
            self.negated, self.modality,
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping of the triple, in the documented field order."""
        d = asdict(self)
        d["id"] = self.id
        return d


@dataclass
class Extraction:
    """What extraction makes of one post: its actors and its triples."""

    post: Post
    actors: list[Actor]
    triples: list[Triple]
