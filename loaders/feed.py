"""RSS and Atom feeds: one post per item, full content preferred over the summary.

The XML is first parsed by defusedxml, which refuses entity declarations (billion laughs,
external entities) and reports malformed XML with its line and column; only then does
feedparser read the items. Item HTML is cleaned like a page's (:func:`fragment_paragraphs`).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any, BinaryIO
from xml.etree.ElementTree import Element

import feedparser
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from kg.errors import InputError
from kg.io import read_all
from kg.loaders import Head, Loader, make_post
from kg.loaders.boilerplate import strip_boilerplate
from kg.loaders.dates import parse_date
from kg.loaders.html import fragment_paragraphs, inline_text
from kg.model import Post

__all__ = ["FeedLoader", "parse_xml", "xml_error"]

_FEED_ROOTS = frozenset({"rss", "feed", "rdf"})


def xml_error(source: str, err: Exception) -> InputError:
    """The one-line error for XML that defusedxml refused or could not parse."""
    if isinstance(err, DefusedXmlException):
        return InputError(
            source,
            "XML with entity declarations or external references, which kg refuses "
            "(they are how entity-expansion and external-entity attacks work)",
        )
    return InputError(source, f"malformed XML ({err})")


def parse_xml(raw: bytes, source: str) -> Element:
    """Parse XML safely: no entity declarations, no external references, nothing fetched."""
    try:
        return SafeET.fromstring(raw, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (DefusedXmlException, SafeET.ParseError) as err:
        raise xml_error(source, err) from None


def local_name(tag: str) -> str:
    """An element's name without its namespace."""
    return tag.rsplit("}", 1)[-1]


def _content(entry: Any) -> list[str]:
    """An item's paragraphs: the longest full content, else the summary."""
    candidates = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    detail = entry.get("summary_detail") or {}
    if not candidates and (detail.get("value") or entry.get("summary")):
        candidates = [{"value": detail.get("value") or entry.get("summary"),
                       "type": detail.get("type", "text/html")}]
    if not candidates:
        return []
    best = max(candidates, key=lambda c: len(c["value"]))
    if best.get("type") == "text/plain":
        return strip_boilerplate(re.split(r"\n\s*\n", best["value"]))
    return fragment_paragraphs(best["value"])


# Blogger export entries that are not posts: the blog's settings, its template, readers'
# comments (boilerplate of the post they answer).
_NOT_POSTS = {"settings", "template", "layout", "comment"}
_KIND_SCHEME = "http://schemas.google.com/g/2005#kind"


def _kind(entry: Any) -> str:
    """What a Blogger export entry is ("post", "page", "comment", "settings"…); "" in an
    ordinary feed."""
    kind = entry.get("blogger_type") or ""
    for tag in entry.get("tags") or []:
        if tag.get("scheme") == _KIND_SCHEME:
            kind = (tag.get("term") or "").rpartition("#")[2]
    return kind.lower()


class FeedLoader(Loader):
    """One post per item of an RSS 0.9x/1.0/2.0 or Atom feed (a Blogger export is one)."""

    name = "feed"
    suffixes = (".rss", ".atom", ".xml", ".rdf")

    @classmethod
    def sniff(cls, head: Head) -> int:
        """Feeds by their root element; other XML too, so that it gets a clear error."""
        root = head.root
        if root in ("rss", "feed", "rdf:rdf", "rdf"):
            return 80
        if root is not None and root != "html" and head.doctype != "html" and head.is_xml:
            return 30
        return super().sniff(head)

    def load(self, data: BinaryIO, source: str) -> Iterator[Post]:
        """Yield a post for each item that has any text."""
        raw = read_all(data)
        root = local_name(parse_xml(raw, source).tag)
        if root.lower() not in _FEED_ROOTS:
            reason = f"XML, but not an RSS or Atom feed (its root element is <{root}>)"
            raise InputError(source, reason)
        parsed = feedparser.parse(io.BytesIO(raw), resolve_relative_uris=False, sanitize_html=True)
        feed_title = inline_text(parsed.feed.get("title") or "")
        for number, entry in enumerate(parsed.entries, 1):
            if _kind(entry) in _NOT_POSTS or (entry.get("blogger_status") or "").upper() in (
                "DELETED", "DRAFT"
            ):
                continue  # a Blogger export holds settings, comments and drafts besides posts
            paragraphs = _content(entry)
            if not paragraphs:
                continue
            author = (entry.get("author_detail") or {}).get("name") or entry.get("author")
            tags = [t.get("term") for t in entry.get("tags") or []
                    if t.get("term") and t.get("scheme") != _KIND_SCHEME]
            metadata: dict[str, Any] = {"feed": feed_title} if feed_title else {}
            if tags:
                metadata["tags"] = tags
            title = inline_text(entry.get("title") or "")
            yield make_post(
                title=title or paragraphs[0][:80],
                paragraphs=paragraphs,
                source=f"{source}#{number}",
                format=self.name,
                date=parse_date(entry.get("published") or entry.get("updated")
                                or entry.get("created")),
                url=entry.get("link"),
                author=author,
                key=entry.get("id"),
                metadata=metadata,
            )
