"""Ingest: posts from files, through extraction, into the graph store.

The pipeline streams (memory does not grow with the corpus):

1. posts come from :func:`kg.loaders.load_posts`, ``batch_size`` at a time;
2. the store is asked for the stored ``content_hash`` of each batch's posts; a post stored
   with the same hash is unchanged and skipped before extraction;
3. the others go through :func:`kg.extract.extract`;
4. extractions are written ``batch_size`` posts per transaction (:meth:`kg.store.Store.write`):
   a post is stored with all its triples or not at all; a changed post's old triples are
   replaced.

A post that cannot be read, extracted or stored is reported through ``on_error`` and the rest
go on; a store that cannot be reached stops the run (what was written stays written).
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from itertools import islice
from typing import Any

from kg.errors import ExtractionError, KGError, SchemaError, StoreError, StoreUnavailable
from kg.model import Extraction, Post
from kg.store import Store
from kg.store.cypher import check_extraction

__all__ = ["DEFAULT_BATCH", "IngestReport", "ingest", "ingest_posts"]

#: Posts per store transaction (and per look-up of stored hashes).
DEFAULT_BATCH = 100

OnError = Callable[[KGError], None]
Extract = Callable[..., Iterable[Extraction]]


@dataclass
class IngestReport:
    """What an ingest did: posts read and how each fared, what the graph gained, how fast."""

    read: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    triples_added: int = 0
    actors_added: int = 0
    elapsed: float = 0.0
    store: str = ""

    @property
    def rate(self) -> float:
        """Posts read per second."""
        return self.read / self.elapsed if self.elapsed > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping, with the rate."""
        return {**asdict(self), "rate": round(self.rate, 2)}

    def summary(self) -> str:
        """Two lines for people: how the posts fared, and what the graph gained."""
        return (
            f"Read {self.read:,} posts: {self.new:,} new, {self.changed:,} changed, "
            f"{self.unchanged:,} unchanged, {self.failed:,} failed.\n"
            f"Added {self.triples_added:,} triples and {self.actors_added:,} actors to "
            f"{self.store} in {self.elapsed:.1f} s ({self.rate:.1f} posts/s)."
        )


def _label(post: Post) -> str:
    return post.source or post.url or post.id


class _Pipeline:
    """The state of one run: which posts are in extraction, the batch being filled."""

    def __init__(
        self, store: Store, report: IngestReport, batch_size: int, on_error: OnError | None,
        progress: Callable[[int], Any] | None, on_stored: Callable[[list[str]], Any] | None,
    ) -> None:
        self.store = store
        self.report = report
        self.batch_size = batch_size
        self.on_error = on_error
        self.progress = progress or (lambda n: None)
        self.on_stored = on_stored
        # Posts handed to extraction and not yet stored: id -> (status, label) in order, and
        # the hash of the latest version, so a post met twice in one run is handled once.
        self.pending: dict[str, deque[tuple[str, str]]] = {}
        self.pending_hash: dict[str, str] = {}
        self.batch: list[Extraction] = []

    def fail(self, err: KGError) -> None:
        self.report.failed += 1
        self.progress(1)
        if self.on_error is None:
            raise err
        self.on_error(err)

    def _done(self, post_id: str) -> str | None:
        """Forget one pending version of a post; its status, or None if it was not pending."""
        queue = self.pending.get(post_id)
        if not queue:
            return None
        status, _ = queue.popleft()
        if not queue:
            del self.pending[post_id]
            del self.pending_hash[post_id]
        return status

    def select(self, posts: Iterable[Post]) -> Iterator[Post]:
        """The posts that need extraction; unchanged ones are counted and passed over."""
        it = iter(posts)
        while chunk := list(islice(it, self.batch_size)):
            stored = self.store.post_hashes(p.id for p in chunk)
            for post in chunk:
                self.report.read += 1
                digest = post.content_hash
                if stored.get(post.id) == digest or self.pending_hash.get(post.id) == digest:
                    self.report.unchanged += 1
                    self.progress(1)
                    continue
                known = post.id in stored or post.id in self.pending_hash
                self.pending.setdefault(post.id, deque()).append(
                    ("changed" if known else "new", _label(post))
                )
                self.pending_hash[post.id] = digest
                yield post

    def add(self, ex: Extraction) -> None:
        try:
            check_extraction(ex)
        except SchemaError as err:
            self._done(ex.post.id)
            self.fail(err)
            return
        self.batch.append(ex)
        if len(self.batch) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        if not batch:
            return
        try:
            self.store.write(batch)
            stored = batch
        except StoreUnavailable:
            raise
        except (StoreError, SchemaError):
            # One post broke the transaction: write them one by one to find it.
            stored = []
            for ex in batch:
                try:
                    self.store.write([ex])
                    stored.append(ex)
                except StoreUnavailable:
                    raise
                except (StoreError, SchemaError) as err:
                    self._done(ex.post.id)
                    self.fail(StoreError(f"{_label(ex.post)}: not stored: {err}"))
        for ex in stored:
            status = self._done(ex.post.id) or "new"
            if status == "changed":
                self.report.changed += 1
            else:
                self.report.new += 1
        self.progress(len(stored))
        if stored and self.on_stored is not None:
            self.on_stored([ex.post.id for ex in stored])

    def fail_pending(self, reason: str) -> None:
        """Every post in extraction is lost (its batch failed): report each one."""
        for post_id in list(self.pending):
            while (queue := self.pending.get(post_id)) and queue:
                label = queue[0][1]
                self._done(post_id)
                self.fail(ExtractionError(f"{label}: not extracted: {reason}"))


def ingest_posts(
    posts: Iterable[Post],
    store: Store,
    *,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH,
    on_error: OnError | None = None,
    progress: Callable[[int], Any] | None = None,
    on_stored: Callable[[list[str]], Any] | None = None,
    extract: Extract | None = None,
    report: IngestReport | None = None,
) -> IngestReport:
    """Extract and store ``posts``; see the module docstring for the steps.

    Args:
        posts: the posts, as the loaders hand them on.
        store: where to write (see :func:`kg.store.open_store`).
        model: the spaCy pipeline extraction uses.
        workers: extraction processes.
        batch_size: posts per store transaction.
        on_error: called with each post that fails; without it the first failure is raised.
        progress: called with the number of posts finished (stored, skipped or failed).
        on_stored: called with the ids of the posts of each committed transaction.
        extract: the extraction function (default :func:`kg.extract.extract`).
        report: a report to add to (the loader's failures may already be counted in it).

    Returns:
        The :class:`IngestReport` of the run.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if extract is None:
        from kg.extract import extract as default_extract

        extract = default_extract
    report = report or IngestReport()
    report.store = store.description
    started = time.monotonic()
    store.ensure_schema()
    before = store.counts()
    run = _Pipeline(store, report, batch_size, on_error, progress, on_stored)
    selected = run.select(posts)
    while True:
        try:
            for ex in extract(selected, model=model, workers=workers):
                run.add(ex)
            break
        except (ExtractionError, ValueError, LookupError, RecursionError) as err:
            # Extraction lost the posts it held; the rest of the stream goes on.
            if os.environ.get("KG_DEBUG"):
                raise
            run.flush()
            run.fail_pending(str(err) if isinstance(err, KGError) else
                             f"{type(err).__name__}: {err}")
    run.flush()
    run.fail_pending("extraction returned nothing for it")
    after = store.counts()
    report.triples_added = after.triples - before.triples
    report.actors_added = after.actors - before.actors
    report.elapsed = time.monotonic() - started
    return report


def ingest(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    store: Store,
    *,
    format: str | None = None,
    on_error: OnError | None = None,
    **options: Any,
) -> IngestReport:
    """Load the posts in ``paths`` and ingest them (see :func:`ingest_posts` for ``options``).

    A file or item the loaders cannot read counts as one failure and is reported through
    ``on_error``; without ``on_error`` it is raised.
    """
    from kg.loaders import load_posts

    report = IngestReport()

    def unreadable(err: KGError) -> None:
        report.failed += 1
        if on_error is None:
            raise err
        on_error(err)

    posts = load_posts(paths, format=format, on_error=unreadable)
    return ingest_posts(posts, store, on_error=on_error, report=report, **options)
