"""Loaders: files of posts in, clean :class:`kg.model.Post` records out (``kg.loaders``).

:func:`load_posts` takes files, folders, ``.gz`` files and ``-`` (standard input), recognises
each input's format by its content (:func:`detect_format`) and streams its posts. One loader
per format, registered in :data:`LOADERS`: ``text``, ``markdown``, ``html``, ``feed`` (RSS
and Atom), ``wxr`` (WordPress exports) and ``jsonl`` (JSON Lines and JSON arrays).
Third-party loaders join through the ``kg.loaders`` entry-point group.
"""

from __future__ import annotations

import os
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property
from typing import Any, BinaryIO, ClassVar

from kg.errors import InputError, KGError
from kg.io import STDIN, binary_kind, display_name, open_input
from kg.model import Post, post_id
from kg.registry import Registry

__all__ = [
    "LOADERS",
    "Head",
    "Loader",
    "OnError",
    "detect_format",
    "drop_repeated_title",
    "iter_files",
    "load_posts",
    "make_post",
]

OnError = Callable[[InputError], None]


class Head:
    """What format detection sees of an input: its first bytes, decoded, and its name."""

    def __init__(self, data: bytes, name: str = "") -> None:
        self.data = data
        self.name = name

    @cached_property
    def text(self) -> str:
        """The first bytes as text (encoding errors replaced), without BOM or leading space."""
        data = self.data
        for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                           (b"\xfe\xff", "utf-16-be")):
            if data.startswith(bom):
                return data[len(bom):].decode(codec, errors="replace").lstrip()
        return data.decode("utf-8", errors="replace").lstrip()

    @cached_property
    def suffix(self) -> str:
        """The file ending that names the format, lower case (``.xml`` for ``feed.xml.gz``)."""
        base = os.path.basename(self.name).lower()
        if base.endswith(".gz"):
            base = base[:-3]
        return os.path.splitext(base)[1]

    @cached_property
    def _markup(self) -> tuple[str | None, str | None, str]:
        """(doctype name, root element name, root start tag) when the text starts as markup."""
        text = self.text
        pos, doctype = 0, None
        while True:
            while pos < len(text) and text[pos].isspace():
                pos += 1
            if text.startswith("<?", pos):
                end, skip = text.find("?>", pos), 2
            elif text.startswith("<!--", pos):
                end, skip = text.find("-->", pos), 3
            elif text[pos : pos + 9].upper() == "<!DOCTYPE":
                m = re.match(r"<!DOCTYPE\s+([\w:.-]+)", text[pos:], re.IGNORECASE)
                doctype = m.group(1).lower() if m else ""
                end, skip = text.find(">", pos), 1
                subset = text.find("[", pos)
                if 0 <= subset < end:
                    # An internal subset ([ <!ENTITY …> ]) holds ">" of its own.
                    end, skip = text.find("]", subset), 1
                    end = text.find(">", end) if end >= 0 else end
            else:
                break
            if end < 0:
                return doctype, None, ""
            pos = end + skip
        m = re.match(r"<([A-Za-z_][\w:.-]*)([^>]*)", text[pos:])
        if not m:
            return doctype, None, ""
        return doctype, m.group(1).lower(), m.group(0)

    @property
    def doctype(self) -> str | None:
        """The name in ``<!DOCTYPE name ...>``, lower case, if there is one."""
        return self._markup[0]

    @property
    def root(self) -> str | None:
        """The first element's name, lower case, when the input starts as markup."""
        return self._markup[1]

    @property
    def root_tag(self) -> str:
        """The first element's start tag as written (attributes included, maybe cut short)."""
        return self._markup[2]

    @property
    def is_xml(self) -> bool:
        """True when the input opens with an XML declaration."""
        return self.text.startswith("<?xml")


class Loader(ABC):
    """Reads posts of one input format.

    Subclasses set :attr:`name`, score inputs in :meth:`sniff` and yield posts in
    :meth:`load`. A bad item in an otherwise good input is reported with :meth:`skip`, and
    the rest still loads; a whole input that cannot be read raises
    :class:`~kg.errors.InputError`.
    """

    name: ClassVar[str]
    #: File endings that suggest the format when the content alone does not tell.
    suffixes: ClassVar[tuple[str, ...]] = ()

    def __init__(self, *, on_error: OnError | None = None) -> None:
        self.on_error = on_error

    @classmethod
    def sniff(cls, head: Head) -> int:
        """How sure this loader is that ``head`` is its format: 0 (not mine) to 100."""
        return 20 if head.suffix in cls.suffixes else 0

    @abstractmethod
    def load(self, data: BinaryIO, source: str) -> Iterator[Post]:
        """The posts in ``data``; ``source`` is the input's name as the user gave it."""

    def skip(self, source: str, reason: str) -> None:
        """Report one bad item (``source`` names it) and go on; without ``on_error``, raise."""
        err = InputError(source, reason)
        if self.on_error is None:
            raise err
        self.on_error(err)


LOADERS: Registry[type[Loader]] = Registry("input format", group="kg.loaders")
LOADERS.register("text", "kg.loaders.text:TextLoader", "txt", "plain")
LOADERS.register("markdown", "kg.loaders.text:MarkdownLoader", "md")
LOADERS.register("html", "kg.loaders.html:HTMLLoader", "htm")
LOADERS.register("feed", "kg.loaders.feed:FeedLoader", "rss", "atom")
LOADERS.register("wxr", "kg.loaders.wxr:WXRLoader", "wordpress")
LOADERS.register("jsonl", "kg.loaders.jsonl:JSONLoader", "json", "ndjson")

# Media and site assets met when walking a folder (a saved blog, an export): never posts.
SKIPPED_IN_FOLDERS = frozenset(
    [
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff",
        ".heic", ".avif", ".mp3", ".m4a", ".wav", ".ogg", ".flac", ".mp4", ".m4v", ".mov",
        ".avi", ".webm", ".mkv", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".css", ".js",
        ".map",
    ]
)
# A folder's own notes: a README or LICENSE beside the posts describes them, it is no post.
NOTES_IN_FOLDERS = ("readme", "license", "licence", "copying", "changelog", "notice")


def drop_repeated_title(paragraphs: list[str], title: str) -> list[str]:
    """The paragraphs without those that only repeat the title (pages and feeds repeat it)."""
    key = " ".join(title.casefold().split())
    kept = [p for p in paragraphs if " ".join(p.casefold().split()) != key]
    return kept if key and kept else paragraphs


def make_post(
    *,
    title: str,
    paragraphs: Sequence[str],
    source: str,
    format: str,
    date: str | None = None,
    url: str | None = None,
    author: str | None = None,
    key: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> Post:
    """A :class:`Post` from a loader's findings, with its stable id and clean text."""
    title = " ".join(title.split())
    text = "\n\n".join(p for p in drop_repeated_title(list(paragraphs), title) if p)
    url = url.strip() if url else None
    author = " ".join(author.split()) if author else None
    pid = post_id(key=key.strip() if key else None, url=url, title=title, date=date, text=text)
    return Post(
        id=pid, title=title, text=text, date=date, url=url or None, author=author or None,
        source=source, format=format, metadata=metadata or {},
    )


def detect_format(head: bytes, name: str = "") -> str:
    """The name of the loader that fits an input best, judged by its first bytes and its name."""
    view = Head(head, name)
    best, best_score = "text", 0
    for loader_name in LOADERS.names():
        score = LOADERS.get(loader_name).sniff(view)
        if score > best_score:
            best, best_score = loader_name, score
    return best


def iter_files(path: str | os.PathLike[str]) -> Iterator[str]:
    """The files a path names: itself, or a folder's files (recursively, sorted, no hidden ones).

    Files are named by joining the path as given with their place in the folder, so a post's
    source reads as the user typed it. Media and asset files in folders are passed over, and
    so are a folder's README, LICENSE and CHANGELOG files (name one to load it).
    """
    path = os.fspath(path)
    if path == STDIN or not os.path.isdir(path):
        yield path
        return
    found: list[tuple[tuple[str, ...], str]] = []
    for folder, dirs, files in os.walk(path):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = os.path.relpath(folder, path)
        parts = () if rel == os.curdir else tuple(rel.split(os.sep))
        for name in files:
            stem, ext = os.path.splitext(name)
            if name.startswith(".") or ext.lower() in SKIPPED_IN_FOLDERS:
                continue
            if stem.lower() in NOTES_IN_FOLDERS:
                continue
            found.append(((*parts, name), os.path.join(folder, name)))
    if not found:
        raise InputError(display_name(path), "folder holds no files to load")
    for _, file in sorted(found):
        yield file


def _load_file(
    path: str, loader_class: type[Loader] | None, on_error: OnError | None,
    max_bytes: int | bool | None,
) -> Iterator[Post]:
    with open_input(path, max_bytes=max_bytes) as opened:
        source, head = opened.source, opened.head
        kind = binary_kind(head)
        if kind is not None:
            raise InputError(source, f"{kind}, not a file of posts")
        if not Head(head, path).text.strip():
            raise InputError(source, "empty file")
        if loader_class is None:
            loader_class = LOADERS.get(detect_format(head, path))
        yield from loader_class(on_error=on_error).load(opened.stream, source)


def load_posts(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    format: str | None = None,
    on_error: OnError | None = None,
    max_bytes: int | bool | None = True,
) -> Iterator[Post]:
    """Stream the posts in files, folders, ``.gz`` files and ``-`` (standard input).

    Args:
        paths: one path or several, as the user named them.
        format: a loader name (see :data:`LOADERS`) to use for every file instead of
            detecting each one's format; an unknown name raises
            :class:`~kg.errors.UnknownName` at once.
        on_error: called with an :class:`~kg.errors.InputError` for each file or item that
            cannot be read, after which loading goes on; without it the first one is raised.
        max_bytes: per-file size limit; ``True`` (the default) takes ``KG_MAX_INPUT_MB``
            or 50 MB, ``None`` means no limit.

    Returns:
        A generator of posts, in the order of ``paths`` and, within a folder, of sorted names.
    """
    loader_class = LOADERS.get(format) if format else None
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return _load_all(list(paths), loader_class, on_error, max_bytes)


def _load_all(
    paths: list[str | os.PathLike[str]], loader_class: type[Loader] | None,
    on_error: OnError | None, max_bytes: int | bool | None,
) -> Iterator[Post]:
    def report(err: InputError) -> None:
        if on_error is None:
            raise err
        on_error(err)

    for path in paths:
        try:
            files = list(iter_files(path))
        except InputError as err:
            report(err)
            continue
        for file in files:
            try:
                yield from _load_file(file, loader_class, on_error, max_bytes)
            except InputError as err:
                report(err)
            except KGError:
                raise
            except Exception as err:
                # A parsing library choking on strange input must not end a batch of
                # thousands: report the file (KG_DEBUG=1 shows the traceback) and go on.
                if os.environ.get("KG_DEBUG"):
                    raise
                reason = f"could not be read ({type(err).__name__}: {err})"
                report(InputError(display_name(file), reason))
