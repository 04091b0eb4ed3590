"""Running extraction over a stream of posts, in one process or several."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from kg.errors import ExtractionError, UsageError
from kg.extract.build import EXTRACTOR, build_extraction
from kg.extract.pipeline import load_nlp, model_info
from kg.model import Extraction, Post, Triple

DEFAULT_BATCH = 16
# spaCy refuses texts longer than nlp.max_length; a post this long is split at paragraphs.
MAX_CHARS = 200_000


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
    if workers == 1:
        for batch in _batches(posts, batch_size):
            yield from _extract_batch(batch, model)
        return
    yield from _parallel(posts, model, workers, batch_size)


def extract_triples(posts: Iterable[Post], **options: object) -> Iterator[Triple]:
    """The triples of every post, in input order (see :func:`extract` for the options)."""
    for ex in extract(posts, **options):  # type: ignore[arg-type]
        yield from ex.triples


def _batches(posts: Iterable[Post], size: int) -> Iterator[list[Post]]:
    it = iter(posts)
    while batch := list(islice(it, size)):
        yield batch


def _extract_batch(batch: list[Post], model: str | None) -> list[Extraction]:
    nlp = load_nlp(model)
    info = model_info(nlp)
    extractor = f"{EXTRACTOR} ({info['name']} {info['version']})"
    out: list[Extraction] = []
    texts = [p.text[:MAX_CHARS] for p in batch]
    try:
        for post, doc in zip(batch, nlp.pipe(texts, batch_size=len(batch)), strict=True):
            out.append(build_extraction(post, doc, extractor))
    except (ValueError, RuntimeError) as err:
        raise ExtractionError(
            f"extraction failed on a batch starting at {batch[0].source or batch[0].id}: {err}"
        ) from err
    return out


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
