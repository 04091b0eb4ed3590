"""Blog boilerplate removal, driven by the patterns in ``schema/boilerplate.tsv``.

Every loader passes its paragraphs through :func:`strip_boilerplate`, so comment forms,
share and subscribe appeals, cookie notices, related-post lists and navigation never reach
a post's text, whatever the input format. HTML loaders also drop whole elements whose class
or id marks them as such (:func:`is_boilerplate_element`) before taking text from a page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kg import schema
from kg.errors import SchemaError

__all__ = [
    "MAX_LINE",
    "Rules",
    "is_boilerplate",
    "is_boilerplate_element",
    "normalize_line",
    "rules",
    "strip_boilerplate",
]

SCOPES = ("line", "tail", "share", "nav", "element")
# Boilerplate lines are short; a longer line is article text whatever it starts with.
MAX_LINE = 300

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Rules:
    """The boilerplate patterns, one compiled alternation per scope."""

    line: re.Pattern[str]
    tail: re.Pattern[str]
    share: re.Pattern[str]
    nav: re.Pattern[str]
    element: re.Pattern[str]


def _compile(patterns: list[str]) -> re.Pattern[str]:
    if not patterns:
        return re.compile(r"(?!)")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@cache
def rules() -> Rules:
    """The patterns of ``boilerplate.tsv``, checked and compiled (once per process)."""
    by_scope: dict[str, list[str]] = {scope: [] for scope in SCOPES}
    for number, row in enumerate(schema.read_tsv("boilerplate.tsv"), 1):
        pattern, scope = row["pattern"], row["scope"]
        if scope not in by_scope:
            valid = ", ".join(SCOPES)
            where = f"boilerplate.tsv pattern {number}"
            raise SchemaError(f"{where}: scope {scope!r} is not one of {valid}")
        try:
            re.compile(pattern)
        except re.error as err:
            raise SchemaError(f"boilerplate.tsv pattern {number} ({pattern!r}): {err}") from None
        by_scope[scope].append(pattern)
    return Rules(*(_compile(by_scope[scope]) for scope in SCOPES))


def normalize_line(line: str) -> str:
    """A line as patterns see it: trimmed, inner whitespace collapsed."""
    return _SPACE.sub(" ", line).strip()


def _judged(text: str) -> str:
    """A line as the patterns judge it: without the addresses a plain-text e-mail puts after
    its links ("Forward to a friend (https://…)") or at the end of a line."""
    return _BARE_ADDRESS.sub("", _LINK_ADDRESS.sub("", text)).strip()


def is_boilerplate(line: str) -> bool:
    """True when the whole line is boilerplate (of either scope)."""
    text = _judged(normalize_line(line))
    if not text or len(text) > MAX_LINE:
        return False
    r = rules()
    return any(p.fullmatch(text) for p in (r.line, r.tail, r.share, r.nav))


def is_boilerplate_element(tokens: Iterable[str]) -> bool:
    """True when one of an HTML element's class or id tokens marks it as boilerplate."""
    pattern = rules().element
    return any(pattern.fullmatch(token) for token in tokens if token)


def strip_boilerplate(paragraphs: Iterable[str]) -> list[str]:
    """The paragraphs without boilerplate lines, cut at the first tail marker after article text.

    Paragraphs may hold several lines (``\\n``); each line is judged on its own, and a
    paragraph left with no lines is dropped. Only a marker after article prose cuts: a
    "5 Comments" in the byline goes alone, and so does a share box that article prose follows.
    """
    r = rules()
    found: list[tuple[int, str, str]] = []  # (paragraph, kind, text) for every line
    for n, paragraph in enumerate(paragraphs):
        lines = [text for line in paragraph.split("\n") if (text := normalize_line(line))]
        # A box hard-wrapped over several lines ("Forwarded this by a friend? Get … every /
        # Saturday: https://…") is judged whole as well.
        words = [text for text in lines if any(c.isalnum() for c in text)]  # not its rules
        whole = _kind(r, " ".join(words)) if len(words) > 1 else "text"
        prose = [text for text in lines if len(text.split()) >= _PROSE_WORDS]
        for text in lines:
            kind = whole if whole == "line" else _kind(r, text)
            if kind == "line" and prose and any(c.isdigit() for c in text) and not any(
                c.isalpha() for c in text
            ):
                # "talks that began in late / 2021." hard-wrapped: a number on a line of its
                # own inside prose is the sentence's, not a clap count
                kind = "text"
            found.append((n, kind, text))
    kept: dict[int, list[str]] = {}
    seen_prose = False
    for i, (n, kind, text) in enumerate(found):
        if kind == "nav":
            # "<h3>Home</h3>" between two paragraphs of a letter heads its last section
            kind = "text" if _heading_between_prose(found, i) else "line"
        if kind == "share" and seen_prose and not _prose_follows(found, i + 1):
            kind = "tail"
        if kind == "tail" and seen_prose:
            break
        if kind == "line" and seen_prose and _footer_rule(found, i):
            break  # an e-mail's rule before its footer ("Forward this e-mail to a friend …")
        if kind != "text":
            continue
        kept.setdefault(n, []).append(text)
        seen_prose = seen_prose or _is_prose(text)
    return ["\n".join(lines) for _, lines in sorted(kept.items())]


def _heading_between_prose(found: list[tuple[int, str, str]], i: int) -> bool:
    """Whether line ``i`` is a paragraph of its own with article prose right before and after."""
    n = found[i][0]
    if i == 0 or i + 1 >= len(found) or found[i - 1][0] == n or found[i + 1][0] == n:
        return False
    (_, before, prev), (_, after, following) = found[i - 1], found[i + 1]
    return before == after == "text" and _is_prose(prev) and _is_prose(following)


def _footer_rule(found: list[tuple[int, str, str]], i: int) -> bool:
    """Whether line ``i`` is a rule of its own that a footer follows: boilerplate next, and no
    rule after it (a box inside the article is closed by a second rule)."""
    n, _, text = found[i]
    if not _RULE.fullmatch(text) or i + 1 >= len(found) or found[i + 1][1] == "text":
        return False
    alone = (i == 0 or found[i - 1][0] != n) and found[i + 1][0] != n
    return alone and not any(_RULE.fullmatch(t) for _, _, t in found[i + 1 :])


def _kind(r: Rules, text: str) -> str:
    text = _judged(text)
    if len(text) > MAX_LINE:
        return "text"
    for kind in ("tail", "share", "line", "nav"):
        if getattr(r, kind).fullmatch(text):
            return kind
    return "text"


def _is_prose(text: str) -> bool:
    """A sentence of article text, not a title, date or menu label."""
    return len(text.split()) >= _PROSE_WORDS and text[-1:] in _SENTENCE_ENDS


def _prose_follows(found: list[tuple[int, str, str]], start: int) -> bool:
    """Whether two lines of prose come after a share box before any other marker."""
    prose = labels = 0
    for _, kind, text in found[start:]:
        if kind in ("tail", "share") or _COMMENTER.fullmatch(text):
            return False
        if kind == "text":
            if not _is_prose(text):
                labels += 1  # a button the patterns do not know ("Support La Sobremesa")
                if labels > 3:
                    return False  # a list of related-post titles
                continue
            # a closing paragraph of several sentences is as much prose as two lines of it
            prose += 1 + len(_SENTENCE_BREAK.findall(text))
            if prose >= 2:
                return True
    return False


# A line of at least this many words that ends a sentence is article prose.
_PROSE_WORDS = 4
_SENTENCE_ENDS = set(".!?\"”’)")
_LINK_ADDRESS = re.compile(r"\s*[(<](https?://|www\.)[^)>\s]*[)>]")
# ("Sign up, free, at https://…": the address carries no sign of boilerplate, only length)
_BARE_ADDRESS = re.compile(r"\s*\bhttps?://\S+")
_RULE = re.compile(r"[=*_~#·-]{3,}")
_SENTENCE_BREAK = re.compile(r"[a-z][.!?][\"”’)]? +[A-Z]")
_COMMENTER = re.compile(r".{1,60} (says|said|wrote|writes|replied)( on .{1,60})?:.*", re.IGNORECASE)
