"""Plain text and Markdown: one post per file.

The title is the first line (``#`` marks stripped) or a front-matter ``title:``; a date in
the front matter, in a dateline under the title ("Posted on November 3, 2017 by …") or in the
title itself becomes the post date, and a byline ("By Jane Doe") its author; an e-mail
edition's header lines are metadata too (``From:`` gives the author, "View this e-mail in
your browser: …" the URL) and its footer, after a rule, is boilerplate. Markdown is
rendered with markdown-it and reduced to plain text by the same path as HTML, so links,
emphasis, images, lists and tables become plain paragraphs.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from functools import cache
from typing import Any, BinaryIO, ClassVar

from markdown_it import MarkdownIt

from kg.errors import InputError
from kg.io import decode, read_all
from kg.loaders import Head, Loader, make_post
from kg.loaders.boilerplate import is_boilerplate, strip_boilerplate
from kg.loaders.dates import find_date, parse_date
from kg.loaders.html import fragment_paragraphs, inline_text
from kg.model import Post

__all__ = ["MarkdownLoader", "TextLoader", "parse_text", "split_front_matter"]

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)",
                           re.DOTALL)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$")
_ATX = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_BYLINE = re.compile(
    r"(?:(?:written|posted|published)\s+)?by:?\s+"
    r"((?-i:[A-Z][\w'’.-]*)(?:\s+(?:(?-i:[A-Z][\w'’.-]*)|and|de|da|van|von|der|la|le|bin)){0,5})",
    re.IGNORECASE,
)
# What a dateline may hold besides the date: "Posted on … at 10:15 am · 5 min read".
_URL_LINE = re.compile(r"<?https?://\S+?>?")
_DATELINE_FILLER = re.compile(
    r"\b(posted|published|updated|last|modified|on|at|date|dated|\d+\s+min(ute)?s?\s+read|"
    r"\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?|[ap]\.?m\.?|utc|gmt|[ecmp][sd]t|cet|cest|bst)\b|[|·•,:—–()-]",
    re.IGNORECASE,
)
_MARKDOWN_SIGNS = re.compile(
    r"^\s{0,3}#{1,6}\s+\S|\[[^\]\n]+\]\([^)\s]+\)|^\s{0,3}```|\*\*[^*\n]+\*\*", re.MULTILINE
)
# A rule or setext underline: Markdown in a file without an ending, but e-mail editions
# saved as .txt draw rules too.
_MARKDOWN_RULE = re.compile(r"^\s{0,3}(=+|-+)\s*$", re.MULTILINE)
_TITLE_MAX = 200
_VIEW_ONLINE = re.compile(r"view (?:this|the|it) .{0,40}?(?:browser|online)\W*(https?://\S+)",
                          re.IGNORECASE)
_MAIL_HEADER = re.compile(r"(from|to|reply-to|cc|bcc|sent|date)\s*:\s*(.+)", re.IGNORECASE)
_OPENING_LINES = 3


# A line at least this long that the next line continues was wrapped, not ended.
_WRAP_WIDTH = 40
_LIST_ITEM = re.compile(r"\s*([-*•–]|\d{1,3}[.)])\s")
_ENDS = set(".!?:;\"”’)")


# Hugo ("{{< name args >}}", "{{% name %}}") and Jekyll ("{% name args %}") template tags
_PAIRED_SHORTCODE = re.compile(
    r"\{\{[<%]\s*([\w-]+)([^}]*?)\s*[>%]\}\}(.*?)\{\{[<%]\s*/\s*\1\s*[>%]\}\}"
    r"|\{%\s*([\w-]+)([^}]*?)\s*%\}(.*?)\{%\s*end\4\s*%\}", re.DOTALL)
_SHORTCODE = re.compile(r"\{\{[<%].*?[>%]\}\}|\{%.*?%\}")
_SHORTCODE_VALUE = re.compile(r"""=\s*["']?([\w-]+)""")


@cache
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Simple ``key: value`` front matter (YAML or TOML style) and the text after it."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    fields: dict[str, Any] = {}
    last: str | None = None
    for line in m.group(2).split("\n"):
        field = _FIELD.match(line)
        if field:
            last = field.group(1).lower()
            value = field.group(2).strip()
            if value.startswith("[") and value.endswith("]"):
                fields[last] = [v.strip().strip("\"'") for v in value[1:-1].split(",") if v.strip()]
            else:
                fields[last] = value.strip("\"'")
        elif last and line.strip().startswith("- "):
            # A YAML list under the previous key ("tags:\n  - a\n  - b").
            previous = fields.get(last)
            items = previous if isinstance(previous, list) else []
            fields[last] = [*items, line.strip()[2:].strip().strip("\"'")]
    return fields, text[m.end():]


def _shortcodes(body: str) -> str:
    """Hugo and Jekyll template tags in a post's Markdown: a paired one ("{{< callout
    type="newsletter" >}} … {{< /callout >}}") becomes an element whose classes are its name
    and values, so a newsletter or share box goes as on a page; a lone one, whose output the
    file does not hold ("{{< related-posts >}}", "{% include ad.html %}"), goes."""
    def element(match: re.Match[str]) -> str:
        hugo = match.group(1) is not None
        name, args, inner = match.group(1, 2, 3) if hugo else match.group(4, 5, 6)
        classes = " ".join([name, *_SHORTCODE_VALUE.findall(args)])
        return f'\n\n<div class="{html.escape(classes)}">\n\n{inner}\n\n</div>\n\n'

    body = _PAIRED_SHORTCODE.sub(element, body)
    return _SHORTCODE.sub("", body)


def _plain(line: str, markdown: bool) -> str:
    """A title or dateline line without its heading marks (and Markdown's inline syntax)."""
    heading = _ATX.match(line)
    line = heading.group(1) if heading else line.strip().lstrip("#").strip()
    if markdown:
        line = inline_text(_markdown().renderInline(line))
    return " ".join(line.split())


def _unwrap(paragraph: str) -> str:
    """A paragraph hard-wrapped at a fixed width (plain-text e-mail, 72 columns) without the
    breaks that fall inside a sentence; lists, sign-offs and sentence ends keep theirs."""
    lines = paragraph.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        mid_sentence = len(out[-1]) >= _WRAP_WIDTH and out[-1].rstrip()[-1:] not in _ENDS
        if not _LIST_ITEM.match(line) and (mid_sentence or line[:1].islower()):
            out[-1] = f"{out[-1].rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _dateline(line: str) -> tuple[str | None, str | None, bool]:
    """(date, author, whole line is a dateline/byline) for one opening line."""
    found = find_date(line)
    rest = line if not found else line[: found[1]] + " " + line[found[2]:]
    author = None
    byline = _BYLINE.search(rest)
    if byline and len(line) <= 120:
        author = byline.group(1)
        rest = rest[: byline.start()] + " " + rest[byline.end():]
    leftover = _DATELINE_FILLER.sub(" ", rest).split()
    # "By Viorica Cojocaru · The Prut Ledger · Chișinău": a byline, then the blog and the place
    signed = author is not None and byline is not None and byline.start() == 0 and bool(
        re.search(r"[·|•]", line[byline.end():])
    )
    # "Eastleigh Mornings · No. 318 · Wednesday, 10 January 2024": an edition's masthead
    masthead = found is not None and len(re.findall(r"[·|•]", line)) >= 2
    whole = (found is not None or author is not None) and (
        not leftover or signed or masthead
    ) and len(line) <= 120
    if not whole:
        author = None
    return (found[0] if found else None), author, whole


def _sender(value: str) -> str | None:
    """The name in an e-mail's From line: "Hodan Warsame <hodan@…>" → "Hodan Warsame"."""
    name = re.sub(r"<[^>]*>|\S+@\S+", "", value).strip().strip("\"'")
    return name or None


def _first_value(fields: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = fields.get(key)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        if value:
            return str(value)
    return None


def parse_text(text: str, source: str, *, markdown: bool = False, format: str = "text") -> Post:
    """One post from the text of a plain-text or Markdown file."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    fields, body = split_front_matter(text)
    lines = body.split("\n")
    # The title: front matter, else the first line (with a setext underline, if any).
    title = _first_value(fields, "title")
    start = 0
    # Blank lines, and navigation left over from copying a page ("Skip to content", "Menu").
    while start < len(lines) and (
        not lines[start].strip() or is_boilerplate(_plain(lines[start], markdown))
    ):
        start += 1
    if not title and start < len(lines):
        first = lines[start]
        if len(first.strip()) <= _TITLE_MAX or _ATX.match(first):
            title = _plain(first, markdown)
            end = start + 1
            if markdown and end < len(lines) and _SETEXT.match(lines[end]):
                end += 1
            lines = lines[:start] + lines[end:]
        else:
            words = first.split()
            title = " ".join(words[:12]) + (" …" if len(words) > 12 else "")
    # Datelines and bylines just under the title are metadata, not text. The date comes from
    # the front matter, a dateline, the title, or else a sentence in the opening lines.
    date = parse_date(_first_value(fields, "date", "published", "pubdate", "created"))
    author = _first_value(fields, "author", "authors", "byline")
    url = _first_value(fields, "url", "canonical_url", "link", "permalink")
    mentioned: str | None = None
    seen = 0
    i = start
    while i < len(lines) and seen < _OPENING_LINES:
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        seen += 1
        header = _MAIL_HEADER.fullmatch(line.strip())
        if header:
            # an e-mail edition's header: the sender is the author, the rest is no text
            field, value = header.group(1).lower(), header.group(2)
            if field == "from":
                author = author or _sender(value)
            elif field in ("date", "sent"):
                date = date or parse_date(value)
            seen -= 1
            del lines[i]
            continue
        online = _VIEW_ONLINE.fullmatch(line.strip())
        if online:
            url = url or online.group(1)  # "View this e-mail in your browser: https://…"
            seen -= 1
            del lines[i]
            continue
        if _URL_LINE.fullmatch(line.strip()):
            url = url or line.strip().strip("<>")  # the post's address on a line of its own
            del lines[i]
            continue
        found, by, whole = _dateline(_plain(line, markdown))
        if whole:
            date = date or found
            author = author or by
            del lines[i]
            continue
        mentioned = mentioned or found
        i += 1
    in_title = find_date(title) if title and not date else None
    date = date or (in_title[0] if in_title else None) or mentioned
    body = "\n".join(lines)
    if markdown:
        paragraphs = fragment_paragraphs(_markdown().render(_shortcodes(body)))
    else:
        paragraphs = [_unwrap(p) for p in strip_boilerplate(re.split(r"\n[ \t]*\n", body))]
    if not paragraphs:
        raise InputError(source, "no text (only a title, or nothing but boilerplate)")
    known = {"title", "date", "published", "pubdate", "created", "author", "authors", "byline",
             "url", "canonical_url", "link", "permalink", "id", "guid"}
    return make_post(
        title=title or paragraphs[0][:80],
        paragraphs=paragraphs,
        source=source,
        format=format,
        date=date,
        url=url,
        author=author,
        key=_first_value(fields, "id", "guid"),
        metadata={k: v for k, v in fields.items() if k not in known},
    )


class TextLoader(Loader):
    """One post per plain-text file; the fallback for any text that is no other format."""

    name = "text"
    suffixes: ClassVar[tuple[str, ...]] = (".txt", ".text")
    markdown = False

    @classmethod
    def sniff(cls, head: Head) -> int:
        """Any text will do, a little more so with a ``.txt`` ending."""
        return 20 if head.suffix in cls.suffixes else 10

    def load(self, data: BinaryIO, source: str) -> Iterator[Post]:
        """Yield the file's one post."""
        text = decode(read_all(data), source)
        yield parse_text(text, source, markdown=self.markdown, format=self.name)


class MarkdownLoader(TextLoader):
    """One post per Markdown file, its syntax reduced to plain text; front matter supported."""

    name = "markdown"
    suffixes = (".md", ".markdown", ".mdown", ".mkd")
    markdown = True

    @classmethod
    def sniff(cls, head: Head) -> int:
        """Markdown by its file ending, or by front matter, headings, links or fences."""
        if head.suffix in cls.suffixes:
            return 40
        text = head.text
        if _FRONT_MATTER.match(text) or _MARKDOWN_SIGNS.search(text):
            return 30
        if head.suffix not in TextLoader.suffixes and _MARKDOWN_RULE.search(text):
            return 30
        return 0
