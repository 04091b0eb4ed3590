"""JSON Lines and JSON documents of posts: one post per object.

Fields are recognised case-insensitively (see the ``*_KEYS`` tables below, first match
wins); every other field is kept in :attr:`Post.metadata`. JSON Lines are streamed line by
line, so a file of any size is never held whole (the size limit applies to each line), and a
bad line is reported with its number while the other lines still load. A JSON array, or an
object holding a list of posts, is read as one document.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from kg.errors import InputError
from kg.io import MAX_MB_ENV, decode, iter_lines, read_all
from kg.loaders import Head, Loader, make_post
from kg.loaders.boilerplate import strip_boilerplate
from kg.loaders.dates import from_timestamp, parse_date
from kg.loaders.html import extract_page, fragment_paragraphs, inline_text
from kg.model import Post

__all__ = ["AUTHOR_KEYS", "DATE_KEYS", "ID_KEYS", "TEXT_KEYS", "TITLE_KEYS", "URL_KEYS",
           "JSONLoader"]

TEXT_KEYS = ("text", "content", "body", "full_text", "article", "html", "content_html",
             "body_html", "raw_html", "page", "description", "summary")
# A whole page, not a fragment: its article is found as an HTML page's is.
_PAGE = re.compile(r"<(html|body|head)\b", re.IGNORECASE)
# The fields named when none is found (the *_html variants go without saying).
_LOOKED = ", ".join(k for k in TEXT_KEYS if not k.endswith("_html") and k != "page")
_TEXTLESS_SHOWN = 3  # items without text reported one by one before the rest are summed up
TITLE_KEYS = ("title", "headline", "subject")
DATE_KEYS = ("date", "published", "published_at", "pubdate", "pub_date", "date_published",
             "datepublished", "created_at", "created", "timestamp", "updated")
URL_KEYS = ("url", "link", "permalink", "canonical_url")
ID_KEYS = ("id", "guid", "uuid", "_id", "post_id")
AUTHOR_KEYS = ("author", "authors", "byline", "creator")
# An object without text that holds its posts in a list under one of these keys.
LIST_KEYS = ("posts", "items", "entries", "articles", "data", "results", "documents", "records")

_HTML = re.compile(r"<(p|div|br|h[1-6]|ul|ol|li|blockquote|span|a|em|strong|b|i|img|table)\b",
                   re.IGNORECASE)


def _string(value: Any) -> str | None:
    """A field's value as text: WordPress API ``{"rendered": …}``, lists of names, numbers."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dict):
        for key in ("rendered", "name", "value", "text", "$t"):
            if key in value:
                return _string(value[key])
        return None
    if isinstance(value, list):
        parts = [s for v in value if (s := _string(v))]
        return ", ".join(parts) or None
    return None


def _pick(fields: dict[str, str], obj: dict[str, Any], keys: Iterable[str]) -> tuple[str, Any]:
    """The first of ``keys`` present with a value: (original key, value), or ("", None)."""
    for key in keys:
        original = fields.get(key)
        if original is not None and obj[original] not in (None, "", [], {}):
            return original, obj[original]
    return "", None


def _json_error(err: json.JSONDecodeError, *, line: bool) -> str:
    """'malformed JSON (Expecting ',' delimiter at line 3, column 1)' and the like."""
    where = f"line {err.lineno}, column {err.colno}" if line else f"column {err.colno}"
    joint = " " if err.msg.endswith(" at") else " at "
    return f"malformed JSON ({err.msg}{joint}{where})"


def _paragraphs(text: str) -> list[str]:
    if _HTML.search(text):
        return fragment_paragraphs(text)
    return strip_boilerplate(re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")))


class JSONLoader(Loader):
    """One post per JSON object: JSON Lines, a JSON array, or a single object."""

    name = "jsonl"
    suffixes = (".jsonl", ".json", ".ndjson", ".jsonlines")

    @classmethod
    def sniff(cls, head: Head) -> int:
        """An object or an array of them at the start; else a JSON file ending."""
        if re.match(r'\{\s*("|\}|$)|\[\s*(\{|\]|$)', head.text):
            return 80
        return super().sniff(head)

    def post(
        self, obj: dict[str, Any], source: str, where: str | None = None,
        textless: list[str] | None = None,
    ) -> Post | None:
        """The post for one object, or None when it has no text (reported as ``where``, or
        added to ``textless`` when the object has no text field at all)."""
        fields = {key.lower(): key for key in obj}
        text_key, text = _pick(fields, obj, TEXT_KEYS)
        text = _string(text)
        page: dict[str, str | None] = {}
        if text and _PAGE.search(text[:4096]):
            # a scraped record holding the whole page: its nav, share bar and comments go
            page, paragraphs = extract_page(text, where or source)
        else:
            paragraphs = _paragraphs(text) if text else []
        if not paragraphs:
            if not text_key and textless is not None:
                textless.append(where or source)
                if len(textless) > _TEXTLESS_SHOWN:
                    return None  # summed up in one line at the end of the file
            what = "empty text" if text_key else f"no text field (looked for {_LOOKED})"
            self.skip(where or source, f"item has {what}")
            return None
        title_key, title = _pick(fields, obj, TITLE_KEYS)
        date_key, date = _pick(fields, obj, DATE_KEYS)
        url_key, url = _pick(fields, obj, URL_KEYS)
        id_key, key = _pick(fields, obj, ID_KEYS)
        author_key, author = _pick(fields, obj, AUTHOR_KEYS)
        if isinstance(author, (int, float)):
            # A user number (as in WordPress's API) is no name: keep it as metadata.
            author_key, author = "", None
        used = {text_key, title_key, date_key, url_key, id_key, author_key}
        if isinstance(date, (int, float)) and not isinstance(date, bool):
            iso = from_timestamp(float(date))
        else:
            iso = parse_date(_string(date))
        title_text = inline_text(_string(title) or "") or page.get("title") or ""
        return make_post(
            title=title_text or paragraphs[0].split("\n")[0][:80],
            paragraphs=paragraphs,
            source=source,
            format=self.name,
            date=iso or page.get("date"),
            url=_string(url) or page.get("url"),
            author=_string(author) or page.get("author"),
            key=_string(key),
            metadata={k: v for k, v in obj.items() if k not in used},
        )

    def load(self, data: BinaryIO, source: str) -> Iterator[Post]:
        """Yield a post per object; JSON Lines one line at a time."""
        head = Head(data.peek(1 << 16) if hasattr(data, "peek") else b"").text
        first_line, newline, _ = head.partition("\n")
        if head.startswith("{") and newline and self._is_object(first_line):
            yield from self._lines(iter_lines(data, source), source)
            return
        text = decode(read_all(data), source)
        try:
            document = json.loads(text)
        except json.JSONDecodeError as err:
            if err.msg == "Extra data" and text.lstrip().startswith("{"):
                # Several objects one after another: JSON Lines after all.
                lines = enumerate(text.lstrip("\ufeff").splitlines(), 1)
                yield from self._lines(lines, source)
                return
            raise InputError(source, _json_error(err, line=True)) from None
        yield from self._document(document, source)

    @staticmethod
    def _is_object(line: str) -> bool:
        try:
            return isinstance(json.loads(line), dict)
        except ValueError:
            return False

    def _report_textless(self, source: str, textless: list[str], total: int) -> None:
        """One line for the rest of a file whose objects are not posts, not one per object."""
        if len(textless) > _TEXTLESS_SHOWN:
            more = len(textless) - _TEXTLESS_SHOWN
            self.skip(source, f"{more} more of {total} items have no text field (looked for "
                              f"{_LOOKED}); is this a file of posts?")

    def _lines(self, lines: Iterable[tuple[int, str | None]], source: str) -> Iterator[Post]:
        textless: list[str] = []
        total = 0
        for number, line in lines:
            if line is None:
                reason = f"line longer than the size limit (set {MAX_MB_ENV} to raise it)"
                self.skip(f"{source} line {number}", reason)
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                self.skip(f"{source} line {number}", _json_error(err, line=False))
                continue
            if not isinstance(obj, dict):
                self.skip(f"{source} line {number}", "not a JSON object")
                continue
            total += 1
            post = self.post(obj, f"{source}#{number}", f"{source} line {number}", textless)
            if post is not None:
                yield post
        self._report_textless(source, textless, total)

    def _document(self, document: Any, source: str) -> Iterator[Post]:
        if isinstance(document, dict):
            fields = {key.lower(): key for key in document}
            if not _pick(fields, document, TEXT_KEYS)[0]:
                _, items = _pick(fields, document, LIST_KEYS)
                if not isinstance(items, list):
                    raise InputError(source, "a JSON object with no post text and no list of posts")
                document = items
            else:
                document = [document]
        if not isinstance(document, list):
            raise InputError(source, "JSON, but neither an object nor a list of objects")
        textless: list[str] = []
        for number, obj in enumerate(document, 1):
            if not isinstance(obj, dict):
                self.skip(f"{source}#{number}", "not a JSON object")
                continue
            post = self.post(obj, f"{source}#{number}", textless=textless)
            if post is not None:
                yield post
        self._report_textless(source, textless, len(document))
