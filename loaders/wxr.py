"""WordPress export files (WXR): one post per published post.

Drafts, private and password-protected posts, pages, attachments and navigation menu items
are passed over. The file is read as a stream by defusedxml (entity declarations refused),
so an export of any size is never held whole (the size limit does not apply); a truncated
export yields the posts before the damage, then reports it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, BinaryIO
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from kg.loaders import Head, Loader, make_post
from kg.loaders.dates import parse_date
from kg.loaders.feed import xml_error
from kg.loaders.html import fragment_paragraphs, inline_text
from kg.model import Post

__all__ = ["WXRLoader"]

# Captions, galleries and embeds are page furniture; other shortcodes keep their inner text.
_DROPPED_SHORTCODES = re.compile(
    r"\[(caption|gallery|embed|video|audio|playlist)\b[^\]]*\](?:.*?\[/\1\])?", re.DOTALL
)
_SHORTCODE = re.compile(r"\[/?[a-zA-Z][\w-]*(?:\s[^\]]*)?\]")


def _kind(tag: str) -> str:
    """``wp:status`` style names for WXR's namespaces, whatever the export version."""
    ns, _, local = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
    if "wordpress.org/export" in ns:
        return ("excerpt:" if ns.rstrip("/").endswith("excerpt") else "wp:") + local
    if "purl.org/rss/1.0/modules/content" in ns:
        return "content:" + local
    if "purl.org/dc/elements" in ns:
        return "dc:" + local
    return local


def _fields(item: Element) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """An item's fields by WXR name (first of each) and its (domain, term) categories."""
    fields: dict[str, str] = {}
    categories: list[tuple[str, str]] = []
    for child in item:
        name = _kind(child.tag)
        text = child.text or ""
        if name == "category":
            categories.append((child.get("domain") or "category", text.strip()))
        else:
            fields.setdefault(name, text)
    return fields, categories


def _date(fields: dict[str, str]) -> str | None:
    gmt = fields.get("wp:post_date_gmt", "").strip()
    if gmt and not gmt.startswith("0000"):
        return parse_date(gmt + "Z")
    return parse_date(fields.get("pubDate")) or parse_date(fields.get("wp:post_date"))


class WXRLoader(Loader):
    """One post per published post of a WordPress eXtended RSS export."""

    name = "wxr"
    suffixes = ()

    @classmethod
    def sniff(cls, head: Head) -> int:
        """An RSS root with WordPress's export namespace."""
        if head.root == "rss" and ("xmlns:wp=" in head.root_tag
                                   or "wordpress.org/export/" in head.text):
            return 90
        return 0

    def load(self, data: BinaryIO, source: str) -> Iterator[Post]:
        """Yield each published post, in the order of the export."""
        authors: dict[str, str] = {}
        number = 0
        events = SafeET.iterparse(
            data, events=("end",), forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
        try:
            for _, element in events:
                name = _kind(element.tag)
                if name == "wp:author":
                    fields, _ = _fields(element)
                    login = fields.get("wp:author_login", "").strip()
                    if login:
                        authors[login] = fields.get("wp:author_display_name", "").strip() or login
                elif name == "item":
                    number += 1
                    post = self._post(element, f"{source}#{number}", authors)
                    element.clear()
                    if post is not None:
                        yield post
        except (DefusedXmlException, SafeET.ParseError) as err:
            raise xml_error(source, err) from None

    def _post(self, item: Element, source: str, authors: dict[str, str]) -> Post | None:
        fields, categories = _fields(item)
        if (fields.get("wp:post_type", "").strip() != "post"
                or fields.get("wp:status", "").strip() != "publish"
                or fields.get("wp:post_password", "").strip()):
            return None
        html = _DROPPED_SHORTCODES.sub("", fields.get("content:encoded", ""))
        paragraphs = fragment_paragraphs(_SHORTCODE.sub("", html), autop=True)
        if not paragraphs:
            return None
        creator = fields.get("dc:creator", "").strip()
        metadata: dict[str, Any] = {}
        for domain, key in (("category", "categories"), ("post_tag", "tags")):
            terms = [term for d, term in categories if d == domain and term]
            if terms:
                metadata[key] = terms
        if fields.get("wp:post_id", "").strip():
            metadata["wp_post_id"] = fields["wp:post_id"].strip()
        title = inline_text(fields.get("title", ""))
        return make_post(
            title=title or paragraphs[0][:80],
            paragraphs=paragraphs,
            source=source,
            format=self.name,
            date=_date(fields),
            url=fields.get("link", "").strip() or None,
            author=authors.get(creator, creator) or None,
            key=fields.get("guid", "").strip() or None,
            metadata=metadata,
        )
