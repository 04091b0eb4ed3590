"""HTML pages, and the HTML-to-text path shared with feeds, WordPress exports and Markdown.

A page's article text comes from trafilatura (offline: it is handed the parsed tree, never
a URL); sentences it leaves out of the article's container are put back
(:func:`restore_dropped`), so that no article paragraph is lost. Boilerplate is removed by
class/id before extraction and line by line after it (:mod:`kg.loaders.boilerplate`).
Title, date, author and URL come from the page's own metadata first (Open Graph, article:
tags, JSON-LD, ``<time>``), trafilatura's second. Fragments (a feed item's content) are too
short for trafilatura's article detection, so :func:`fragment_paragraphs` turns them into
text directly, with the same boilerplate removal.
"""

from __future__ import annotations

import copy
import difflib
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any, BinaryIO

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import DEFAULT_CONFIG, Document

from kg.errors import InputError
from kg.io import decode, read_all
from kg.loaders import Head, Loader, drop_repeated_title, make_post
from kg.loaders.boilerplate import is_boilerplate_element, strip_boilerplate
from kg.loaders.dates import parse_date
from kg.model import Post

__all__ = [
    "HTMLLoader",
    "fragment_paragraphs",
    "html_paragraphs",
    "inline_text",
    "page_metadata",
    "parse_html",
]

# Private-use characters mark line and paragraph breaks while whitespace is being collapsed.
_BR, _PARA = "\ue000", "\ue001"

# Elements that hold no article text, in HTML and in trafilatura's XML alike.
_SKIP = frozenset(
    [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
        "canvas", "math", "button", "input", "select", "textarea", "option", "form", "nav",
        "img", "picture", "video", "audio", "source", "track", "map", "area", "figure",
        "figcaption", "aside", "graphic", "fw", "note",
    ]
)
# Elements that end a paragraph. ("head" and "code" mean one thing in HTML, another in
# trafilatura's XML, a heading and a code block; :func:`html_paragraphs` knows both.)
_BLOCKS = frozenset(
    [
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3",
        "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table",
        "caption", "address", "hr", "center", "details", "summary", "fieldset", "body",
        "html", "doc", "list", "item", "quote",
    ]
)
_ROWS = frozenset({"tr", "row"})
_CELLS = frozenset({"td", "th", "cell"})
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))
# Elements whose text may be one paragraph of trafilatura's output.
_CANDIDATES = (
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "dd", "dt",
)
_SENTENCE_END = frozenset(".!?\"”’')…:;")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_MAX_DEPTH = 250


def _parser() -> lxml.html.HTMLParser:
    # No network, no comments or processing instructions: only the elements matter.
    return lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False,
        no_network=True,
    )


def parse_html(text: str, source: str) -> lxml.html.HtmlElement:
    """A whole HTML document parsed with lxml (never fetching anything)."""
    text = _XML_DECL.sub("", text, count=1)
    try:
        return lxml.html.document_fromstring(text, parser=_parser())
    except (etree.ParserError, ValueError) as err:
        raise InputError(source, f"malformed HTML ({err})") from None


def _clean(text: str) -> str:
    """Collapse whitespace, keep marked breaks, drop zero-width characters."""
    text = text.translate(_ZERO_WIDTH)
    lines = (" ".join(part.split()) for part in text.split(_BR))
    return "\n".join(line for line in lines if line)


def _tokens(el: etree._Element) -> list[str]:
    return [*(el.get("class") or "").split(), el.get("id") or ""]


def _hidden(el: etree._Element) -> bool:
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def html_paragraphs(root: etree._Element, *, autop: bool = False, tei: bool = False) -> list[str]:
    """The paragraphs of an element's text: one per block element, ``<br>`` kept as ``\\n``.

    Args:
        root: an lxml element (HTML, or trafilatura's XML output when ``tei`` is set).
        autop: treat blank lines in text as paragraph breaks and single newlines as line
            breaks, as WordPress does when it displays a post.
        tei: the element is trafilatura's output, where ``<head>`` is a heading and
            ``<lb/>`` a line break.
    """
    pieces: list[str] = []

    def text(value: str | None) -> None:
        if not value:
            return
        if tei:
            # trafilatura trims its text; a newline left in it separates lines.
            value = value.strip("\n").replace("\n", _BR)
        elif autop:
            value = re.sub(r"\n[ \t]*\n\s*", _PARA, value.replace("\r\n", "\n"))
            value = value.replace("\n", _BR)
        pieces.append(value)

    def walk(el: etree._Element, depth: int) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.rsplit("}", 1)[-1].lower()
        if not tag or tag in _SKIP or (tag == "head" and not tei) or _hidden(el):
            return
        if tag in ("br", "lb"):
            pieces.append(_BR)
            return
        block = tag in _BLOCKS or (tei and tag in ("head", "code"))
        if block:
            pieces.append(_PARA)
        if tag in _ROWS:
            # A table stays one paragraph, a row per line.
            pieces.append(_BR)
        if tag in _CELLS:
            pieces.append(" | ")
        text(el.text)
        if depth > _MAX_DEPTH:
            # Pathologically deep markup: keep the words without the structure.
            pieces.append(" ".join(t for c in el for t in c.itertext()))
        else:
            for child in el:
                walk(child, depth + 1)
                text(child.tail)
        if block:
            pieces.append(_PARA)

    walk(root, 0)
    paragraphs: list[str] = []
    for chunk in "".join(pieces).split(_PARA):
        # Two line breaks in a row (<br><br>) separate paragraphs, as they look on the page.
        for part in re.split(f"{_BR}\\s*{_BR}", chunk):
            cleaned = _clean(part)
            cleaned = "\n".join(line.strip(" |") for line in cleaned.split("\n"))
            if cleaned.strip():
                paragraphs.append(cleaned.strip())
    return paragraphs


def prune(root: etree._Element) -> None:
    """Drop hidden elements, and those whose class or id marks them as boilerplate.

    The article itself is never dropped: ``<body>``, ``<main>``, ``<article>`` and anything
    holding the page's longest ``<article>`` or ``articleBody`` stay, whatever their classes
    say (a comment section whose comments are ``<article>`` elements of their own goes).
    """
    articles = [el for el in root.iter() if isinstance(el.tag, str) and (
        el.tag == "article" or "articleBody" in (el.get("itemprop") or ""))]
    main = max(articles, key=lambda a: len("".join(a.itertext())), default=None)
    holding = set() if main is None else {main, *main.iterancestors()}
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "main", "article"):
            continue
        if "articleBody" in (el.get("itemprop") or ""):
            continue
        if _hidden(el) or (
            is_boilerplate_element(_tokens(el)) and el not in holding
        ):
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is None:
            continue
        if isinstance(el, lxml.html.HtmlElement):
            el.drop_tree()  # keeps the text after the element, which belongs to the parent
        else:
            parent.remove(el)


def fragment_paragraphs(html: str, *, autop: bool = False) -> list[str]:
    """Clean paragraphs from an HTML fragment (a feed item's or a WordPress post's content)."""
    html = _XML_DECL.sub("", html, count=1)
    if not html.strip():
        return []
    if "<" not in html:
        # Plain text that arrived in an HTML field: keep its paragraphs.
        autop = True
        html = html.replace("&", "&amp;").replace("<", "&lt;")
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div", parser=_parser())
    except (etree.ParserError, ValueError):
        return strip_boilerplate(p for p in re.split(r"\n\s*\n", html))
    prune(root)
    return strip_boilerplate(html_paragraphs(root, autop=autop))


def inline_text(html: str) -> str:
    """The text of a short HTML snippet (a title), tags dropped and whitespace collapsed."""
    if "<" not in html and "&" not in html:
        return " ".join(html.split())
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="span", parser=_parser())
    except (etree.ParserError, ValueError):
        return " ".join(re.sub(r"<[^>]*>", " ", html).split())
    return " ".join(root.text_content().split())


def _first(values: Iterable[str | None]) -> str | None:
    for value in values:
        if value and value.strip():
            return " ".join(value.split())
    return None


def _json_ld(tree: etree._Element) -> Iterator[dict[str, Any]]:
    """Article-like objects in the page's JSON-LD blocks."""
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                if any(k in item for k in ("datePublished", "headline", "articleBody")):
                    yield item


def _ld_name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for v in value if (n := _ld_name(v))]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) and not value.startswith("http") else None


def page_metadata(tree: etree._Element) -> dict[str, str | None]:
    """Title, date, author and URL from a page's metadata (meta tags, JSON-LD, ``<time>``)."""

    tags: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        content = el.get("content")
        if content:
            for attr in ("property", "name", "itemprop"):
                if el.get(attr):
                    tags.setdefault(el.get(attr).lower(), []).append(content)

    def meta(*names: str) -> list[str | None]:
        return [value for name in names for value in tags.get(name.lower(), [])]

    ld = list(_json_ld(tree))
    published = tree.xpath("//*[@itemprop='datePublished']")
    times = tree.xpath("//article//time[@datetime] | //time[@datetime]")
    date_values: list[str | None] = [
        *meta("article:published_time", "og:published_time", "datePublished", "date",
              "pubdate", "publishdate", "DC.date.issued", "dc.date", "dcterms.date",
              "parsely-pub-date", "sailthru.date"),
        *(str(d.get("datePublished")) for d in ld if d.get("datePublished")),
        *(el.get("datetime") or el.get("content") or el.get("title") or el.text_content()
          for el in published),
        *(el.get("datetime") for el in times),
    ]
    date = next((d for v in date_values if (d := parse_date(v))), None)
    authors: list[str | None] = [
        *meta("author", "article:author", "parsely-author", "sailthru.author", "dc.creator"),
        *(_ld_name(d.get("author")) for d in ld),
        *(el.text_content() for el in tree.xpath("//*[@itemprop='author']//*[@itemprop='name']")),
        *(el.text_content() for el in tree.xpath("//*[@rel='author']")),
    ]
    author = _first(a for a in authors if a and not a.strip().startswith(("http:", "https:")))
    urls = [
        *tree.xpath("//link[@rel='canonical']/@href"),
        *meta("og:url"),
        *(str(d.get("url")) for d in ld if isinstance(d.get("url"), str)),
    ]
    url = _first(u for u in urls if u and u.strip().startswith(("http:", "https:")))
    titles = [*meta("og:title", "twitter:title"), *(str(d.get("headline")) for d in ld
                                                   if d.get("headline"))]
    return {"title": _first(titles), "date": date, "author": author, "url": url}


@cache
def _config() -> Any:
    config = copy.deepcopy(DEFAULT_CONFIG)
    # Library use: no signal-based timeout; keep short pages rather than calling them empty.
    config["DEFAULT"]["EXTRACTION_TIMEOUT"] = "0"
    config["DEFAULT"]["MIN_OUTPUT_SIZE"] = "1"
    config["DEFAULT"]["EXTENSIVE_DATE_SEARCH"] = "off"
    return config


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _sentence_like(paragraph: str) -> bool:
    """A paragraph worth restoring: a few words ending like a sentence, not a stray link list."""
    return len(paragraph.split()) >= 5 and paragraph.rstrip()[-1:] in _SENTENCE_END


def restore_dropped(tree: etree._Element, paragraphs: list[str]) -> list[str]:
    """Put back article paragraphs that trafilatura left out (link-heavy or unusual ones).

    The article's container is the deepest element holding nearly all of trafilatura's
    paragraphs; its own paragraphs are aligned with trafilatura's, and sentences found only
    in the container are inserted where they stand. Nothing outside the container is added.
    """
    wanted = {_key(p) for p in paragraphs}
    matched = [el for el in tree.iter(*_CANDIDATES) if _key(el.text_content()) in wanted]
    if len(matched) < 2:
        return paragraphs
    counts: dict[etree._Element, int] = {}
    for el in matched:
        for ancestor in el.iterancestors():
            counts[ancestor] = counts.get(ancestor, 0) + 1
    need = -(-len(matched) * 9 // 10)
    candidates = [el for el, n in counts.items() if n >= need]
    if not candidates:
        return paragraphs
    container = max(candidates, key=lambda el: sum(1 for _ in el.iterancestors()))
    found = html_paragraphs(container)
    merged: list[str] = []
    matcher = difflib.SequenceMatcher(
        a=[_key(p) for p in paragraphs], b=[_key(p) for p in found], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        merged += paragraphs[i1:i2]
        if op == "insert":
            merged += [p for p in found[j1:j2] if _sentence_like(p)]
    return merged


def _unrepeated(paragraphs: list[str]) -> list[str]:
    """Drop second copies of long paragraphs: an extraction artifact, never the writer's."""
    seen: set[str] = set()
    kept = []
    for p in paragraphs:
        key = _key(p)
        if len(key.split()) >= 8:
            if key in seen:
                continue
            seen.add(key)
        kept.append(p)
    return kept


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


# Between a post's title and its site's name in a page's <title>.
_TITLE_SEP = re.compile(r"\s+(?:[|–—·]|::|-)\s+")


def extract_page(text: str, source: str) -> tuple[dict[str, str | None], list[str]]:
    """A page's metadata and article paragraphs, boilerplate removed."""
    tree = parse_html(text, source)
    meta = page_metadata(tree)
    prune(tree)
    # trafilatura's favor_recall repeats whole blocks on some pages; the balanced default,
    # with restore_dropped() behind it, keeps every article paragraph exactly once.
    doc = trafilatura.bare_extraction(
        tree,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        with_metadata=True,
        config=_config(),
    )
    if not isinstance(doc, Document):
        doc = None
    paragraphs: list[str] = []
    if doc is not None and doc.body is not None:
        paragraphs = html_paragraphs(doc.body, tei=True)
    if paragraphs:
        paragraphs = _unrepeated(restore_dropped(tree, paragraphs))
    else:
        # Too little for trafilatura to call an article: take the page's main element.
        main = tree.find(".//article")
        if main is None:
            main = tree.find(".//main")
        if main is None:
            main = tree.find(".//body")
        paragraphs = html_paragraphs(main if main is not None else tree)
    from_metadata = bool(meta["title"])
    if doc is not None:
        meta["title"] = meta["title"] or _first([doc.title])
        meta["author"] = meta["author"] or _first([doc.author])
        meta["date"] = meta["date"] or parse_date(doc.date)
        meta["url"] = meta["url"] or _first(u for u in [doc.url] if u and u.startswith("http"))
    page_title = _first(tree.xpath("//title/text()"))
    if page_title and not from_metadata:
        parts = [p.strip() for p in _TITLE_SEP.split(page_title) if p.strip()]
        if len(parts) > 1 and meta["title"] in parts[1:]:
            # "Morning links, Thursday: … | The Porridge Links": the site's name is not the
            # post's title, whatever the page's first heading says
            meta["title"] = parts[0]
    if not meta["title"]:
        meta["title"] = page_title or _first(tree.xpath("//h1//text()"))
    site = _first(tree.xpath("//meta[@property='og:site_name']/@content"))
    if site and meta["title"]:
        parts = [p.strip() for p in _TITLE_SEP.split(meta["title"]) if p.strip()]
        if len(parts) > 1 and parts[-1] == site.strip():
            # "Saturday No. 58: a vote … — The Castillet Saturday": the site's name again
            meta["title"] = meta["title"][: meta["title"].rindex(parts[-1])].rstrip(" |–—·:-")
    title = meta["title"] or ""
    return meta, drop_repeated_title(strip_boilerplate(paragraphs), title)


class HTMLLoader(Loader):
    """One post per HTML page: the main article text, with the page's title, date and author."""

    name = "html"
    suffixes = (".html", ".htm", ".xhtml", ".shtml")
    _TAGS = frozenset(
        [
            "html", "head", "body", "div", "p", "article", "main", "section", "meta",
            "title", "h1", "h2", "h3", "h4", "h5", "h6", "table", "span", "a", "ul",
            "ol", "img", "link", "script", "style", "header", "nav", "br",
        ]
    )

    @classmethod
    def sniff(cls, head: Head) -> int:
        """HTML by its doctype or first element; else by its file ending."""
        if head.doctype == "html" or head.root == "html":
            return 80
        if head.root in cls._TAGS and not head.is_xml:
            return 60
        return super().sniff(head)

    def load(self, data: BinaryIO, source: str) -> Iterator[Post]:
        """Yield the page's one post."""
        raw = read_all(data)
        text = decode(raw, source, declared=_declared_charset(raw))
        meta, paragraphs = extract_page(text, source)
        if not paragraphs:
            raise InputError(source, "no article text found in the page")
        title = meta["title"] or paragraphs[0][:80]
        yield make_post(
            title=title, paragraphs=paragraphs, source=source, format=self.name,
            date=meta["date"], url=meta["url"], author=meta["author"],
        )
