"""Running extraction over a stream of posts, in one process or several."""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from kg.errors import ExtractionError, UsageError
from kg.extract.build import EXTRACTOR, build_extraction
from kg.extract.pipeline import load_nlp, model_info
from kg.extract.resolve import patronyms
from kg.extract.resources import fold
from kg.model import Actor, Extraction, Post, Triple

_log = logging.getLogger("kg.extract")

DEFAULT_BATCH = 16
# Longer posts are parsed in pieces cut at paragraph breaks: spaCy's memory grows with a
# document's length, and it refuses texts over nlp.max_length.
MAX_CHARS = 100_000


def extract(
    posts: Iterable[Post],
    *,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH,
) -> Iterator[Extraction]:
    """One :class:`Extraction` per post, in input order; streams, so memory stays flat.

    Args:
        posts: the posts, as the loaders hand them on.
        model: an installed spaCy pipeline; the default is en_core_web_sm (or its repackaging).
        workers: parse in this many processes.
        batch_size: posts per ``nlp.pipe`` batch (and per task sent to a worker).
    """
    if workers < 1:
        raise UsageError(f"--workers must be 1 or more, not {workers}")
    load_nlp(model)  # fail early, before any worker starts, when the model is missing
    names = PersonNames()
    if workers == 1:
        for batch in _batches(posts, batch_size):
            for ex in _extract_batch(batch, model):
                yield names.complete(ex)
        return
    for ex in _parallel(posts, model, workers, batch_size):
        yield names.complete(ex)


def extract_triples(posts: Iterable[Post], **options: object) -> Iterator[Triple]:
    """The triples of every post, in input order (see :func:`extract` for the options)."""
    for ex in extract(posts, **options):  # type: ignore[arg-type]
        yield from ex.triples


def _batches(posts: Iterable[Post], size: int) -> Iterator[list[Post]]:
    it = iter(posts)
    while batch := list(islice(it, size)):
        yield batch


def _extract_batch(batch: list[Post], model: str | None) -> list[Extraction]:
    try:
        return _extract_pieces(batch, model, [_pieces(post.text) for post in batch])
    except Exception as err:  # any defect in one post must not sink the rest
        if len(batch) == 1 and len(_paragraphs(batch[0].text)) <= 1:
            raise ExtractionError(
                f"{batch[0].source or batch[0].id}: extraction failed: {err}"
            ) from err
    # One post spoiled the batch: extract post by post, and a post that fails on its own
    # paragraph by paragraph, leaving out only the paragraphs that fail.
    out: list[Extraction] = []
    for post in batch:
        try:
            out += _extract_pieces([post], model, [_pieces(post.text)])
            continue
        except Exception:
            pass
        kept: list[tuple[int, str]] = []
        for offset, text in _paragraphs(post.text):
            try:
                _extract_pieces([post], model, [[(offset, text)]])
                kept.append((offset, text))
            except Exception as err:
                _log.warning("%s: a paragraph at character %d was left out of extraction: %s",
                             post.source or post.id, offset, err)
        out += _extract_pieces([post], model, [kept])
    return out


def _extract_pieces(
    batch: list[Post], model: str | None, pieces_of: list[list[tuple[int, str]]]
) -> list[Extraction]:
    nlp = load_nlp(model)
    info = model_info(nlp)
    extractor = f"{EXTRACTOR} ({info['name']} {info['version']})"
    pieces = [(n, offset, text) for n, found in enumerate(pieces_of) for offset, text in found]
    parts: list[list[Extraction]] = [[] for _ in batch]
    docs = nlp.pipe((text for _, _, text in pieces), batch_size=max(len(batch), 1))
    for (n, offset, _), doc in zip(pieces, docs, strict=True):
        ex = build_extraction(batch[n], doc, extractor)
        for t in ex.triples:
            t.start, t.end = t.start + offset, t.end + offset
        parts[n].append(ex)
    return [_merge(post, found) for post, found in zip(batch, parts, strict=True)]


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """The paragraphs of ``text`` (cut at blank lines), with their offsets."""
    out: list[tuple[int, str]] = []
    start = 0
    for part in text.split("\n\n"):
        if part.strip():
            out.append((start, part))
        start += len(part) + 2
    return out


def _pieces(text: str) -> list[tuple[int, str]]:
    """``text`` cut at paragraph breaks into pieces of at most :data:`MAX_CHARS`, with offsets."""
    if len(text) <= MAX_CHARS:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + MAX_CHARS, len(text))
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            end = cut + 2 if cut > start else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _merge(post: Post, parts: list[Extraction]) -> Extraction:
    """One post's extraction from the extractions of its pieces."""
    if len(parts) == 1:
        return parts[0]
    actors: dict[str, Actor] = {}
    for ex in parts:
        for a in ex.actors:
            kept = actors.setdefault(a.name, a)
            if kept is not a:
                kept.aliases += [x for x in a.aliases if x not in kept.aliases]
                kept.titles += [x for x in a.titles if x not in kept.titles]
    return Extraction(post, list(actors.values()), [t for ex in parts for t in ex.triples])


class PersonNames:
    """Completes a short name with the full name earlier posts of the run gave it.

    Within a post the resolver joins "Merkel" to "Angela Merkel"; a post that only says
    "Merkel" would otherwise add a second actor. Only a short name that one full name ends
    with is completed ("Kim" stays "Kim" when the run knows two Kims).
    """

    def __init__(self) -> None:
        self.full: dict[str, set[str]] = {}

    def complete(self, ex: Extraction) -> Extraction:
        """``ex`` with its one-word person names completed where the run knows them."""
        for a in ex.actors:
            words = a.name.split()
            if a.type == "Person" and len(words) > 1 and fold(words[-1]) not in patronyms(a.name):
                # (but "Salman" is not "Mohammed bin Salman", whose father he is)
                self.full.setdefault(fold(words[-1]), set()).add(a.name)
        renames: dict[str, str] = {}
        for a in ex.actors:
            known = self.full.get(fold(a.name), set()) if a.type == "Person" else set()
            if " " not in a.name and len(known) == 1:
                renames[a.name] = next(iter(known))
        if not renames:
            return ex
        actors: dict[str, Actor] = {}
        for a in ex.actors:
            name = renames.get(a.name, a.name)
            if name != a.name and a.name not in a.aliases:
                a.aliases.append(a.name)
            a.name = name
            kept = actors.setdefault(name, a)
            if kept is not a:
                kept.aliases += [x for x in a.aliases if x not in kept.aliases]
        for t in ex.triples:
            t.subject = renames.get(t.subject, t.subject)
            t.object = renames.get(t.object, t.object)
        triples = [t for t in ex.triples if t.subject != t.object]
        return Extraction(ex.post, list(actors.values()), triples)


def _worker_batch(batch: list[Post], model: str | None) -> list[Extraction]:
    return _extract_batch(batch, model)


def _parallel(
    posts: Iterable[Post], model: str | None, workers: int, batch_size: int
) -> Iterator[Extraction]:
    # fork shares the already-loaded pipeline with the workers; spawn reloads it.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    pending: deque[Future[list[Extraction]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        for batch in _batches(posts, batch_size):
            pending.append(pool.submit(_worker_batch, batch, model))
            # A bounded window of batches in flight keeps memory flat on any corpus size.
            while len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
