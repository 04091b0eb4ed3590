"""The graph store: :class:`Store`, one class that talks Cypher to every engine.

An :class:`Engine` is a connection to one database (FalkorDB embedded or remote, Neo4j): it
runs a statement with parameters and creates the schema's constraints. :class:`Store` holds
one and does everything else in Cypher shared by all engines (:mod:`kg.store.cypher`); what
the engines say differently lives in :mod:`kg.store.dialect`.
"""

from __future__ import annotations

import io
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from types import TracebackType
from typing import Any

from kg.model import Extraction
from kg.output import write_table
from kg.store import cypher as statements
from kg.store.dialect import Dialect, SchemaItem, schema_items

__all__ = ["BatchWriter", "Counts", "Engine", "Result", "Stats", "Store"]


@dataclass
class Result:
    """What a statement returned: its columns, its rows, and what it changed."""

    columns: list[str]
    rows: list[dict[str, Any]]
    counters: dict[str, int] = field(default_factory=dict)


class Engine(ABC):
    """A connection to one graph database, as :class:`Store` uses it.

    Values in results are plain Python: a node becomes a dict of its properties plus
    ``_labels``, a relationship a dict of its properties plus ``_type``, a path a list of those.
    """

    #: How this engine's Cypher differs from the others'.
    dialect: Dialect
    #: Says which database this is, in messages ("the kg store in ./kg-data").
    description: str

    @abstractmethod
    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> Result:
        """Run one statement in one transaction; read-only unless ``write``."""

    def stream(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> Iterator[dict[str, Any]]:
        """The rows of one statement, as the engine delivers them."""
        yield from self.run(cypher, params, write=write).rows

    def prepare(self, cypher: str, params: Mapping[str, Any] | None = None) -> Any:
        """Whatever :meth:`execute` needs to run the statement, done ahead of time.

        Engines that encode parameters themselves do it here, so that a batch can be
        encoded while the one before it is being written (see :class:`BatchWriter`).
        """
        return (cypher, params)

    def execute(self, prepared: Any, *, write: bool = False) -> Result:
        """Run a statement :meth:`prepare` made ready."""
        cypher, params = prepared
        return self.run(cypher, params, write=write)

    @abstractmethod
    def apply_schema(self, items: Sequence[SchemaItem]) -> None:
        """Create the constraints and indexes among ``items`` that do not exist yet."""

    @abstractmethod
    def close(self) -> None:
        """Let go of the connection (and of the server kg started for it, if the last user)."""


@dataclass
class Counts:
    """How many posts, actors and triples a store holds."""

    posts: int
    actors: int
    triples: int


@dataclass
class Stats:
    """What ``kg stats`` reports about a store."""

    store: str
    posts: int
    actors: dict[str, int]
    relationships: dict[str, int]
    top_actors: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping, with totals."""
        d = asdict(self)
        d["actors_total"] = sum(self.actors.values())
        d["triples_total"] = sum(n for t, n in self.relationships.items() if t != "MENTIONS")
        return d

    def to_text(self) -> str:
        """The statistics as a few aligned tables."""
        d = self.to_dict()
        out = io.StringIO()
        out.write(f"{self.store}\n\n")
        rows: list[dict[str, Any]] = [
            {"what": "posts", "count": self.posts},
            {"what": "actors", "count": d["actors_total"]},
            {"what": "triples", "count": d["triples_total"]},
        ]
        write_table(rows, out, ["what", "count"])
        sections: list[tuple[str, Sequence[Mapping[str, Any]], list[str]]] = [
            ("Actors by type", [{"type": k, "actors": v} for k, v in self.actors.items()],
             ["type", "actors"]),
            ("Relationships by type",
             [{"type": k, "relationships": v} for k, v in self.relationships.items()],
             ["type", "relationships"]),
            ("Most connected actors", self.top_actors, ["name", "type", "degree"]),
        ]
        for title, section, columns in sections:
            if section:
                out.write(f"\n{title}\n")
                write_table(section, out, columns)
        return out.getvalue().rstrip("\n")


class BatchWriter:
    """Writes batches of extractions one transaction each, one batch ahead of its caller.

    ``on_written`` is called with each batch once its transaction has committed, in order,
    from the caller's thread (during a later ``write``, or ``flush``).
    """

    def __init__(
        self, store: Store, on_written: Callable[[Sequence[Extraction]], Any] | None = None
    ) -> None:
        self.store = store
        self.on_written = on_written
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-store-writer")
        self._pending: tuple[Future[Result], Sequence[Extraction]] | None = None

    def __enter__(self) -> BatchWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                self.flush()
        finally:
            self.close()

    def write(self, extractions: Sequence[Extraction]) -> None:
        """Encode a batch now and write it in the background (after the one before it)."""
        prepared = self.store._prepare_write(extractions)
        self.flush()
        if prepared is not None:
            future = self._pool.submit(self.store.engine.execute, prepared, write=True)
            self._pending = (future, extractions)

    def flush(self) -> None:
        """Wait for the batch being written; raise its error, or announce it."""
        if self._pending is None:
            return
        future, batch = self._pending
        self._pending = None
        future.result()
        if self.on_written is not None:
            self.on_written(batch)

    def close(self) -> None:
        """Stop the background thread, waiting for a batch still being written."""
        self._pool.shutdown(wait=True)


class Store:
    """kg's graph store: posts, actors and triples as a property graph, queried in Cypher.

    Open one with :func:`kg.store.open_store` and close it when done, or use it as a context
    manager. The graph model is in ``schema/graph.tsv``; writes go through :meth:`write`,
    everything else is Cypher through :meth:`query` or :meth:`iter_query`.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._schema_ready = False

    @property
    def dialect(self) -> Dialect:
        """How the engine's Cypher differs (see :mod:`kg.store.dialect`)."""
        return self.engine.dialect

    @property
    def description(self) -> str:
        """Which store this is, for messages."""
        return self.engine.description

    def __repr__(self) -> str:
        return f"<Store {self.description}>"

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection; an embedded server stops when its last user closes."""
        self.engine.close()

    # -- Cypher ---------------------------------------------------------------------------

    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> Result:
        """Run one statement; the result keeps its columns and what it changed.

        Args:
            cypher: the statement; values belong in ``params``, referred to as ``$name``.
            params: parameter values (strings, numbers, booleans, lists, maps, None).
            write: allow the statement to change the graph; without it a statement that
                writes is refused by the engine (a read transaction, ``GRAPH.RO_QUERY``).

        Raises:
            kg.errors.StoreError: the engine refused the statement; its message says why.
            kg.errors.StoreUnavailable: the store cannot be reached.
        """
        if write:
            self.ensure_schema()
        return self.engine.run(cypher, params, write=write)

    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """The rows of one statement, each a dict keyed by column (see :meth:`run`)."""
        return self.run(cypher, params, write=write).rows

    def iter_query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> Iterator[dict[str, Any]]:
        """The rows of one statement, one at a time, for results too large to hold.

        Neo4j streams rows from the server as they are read; FalkorDB sends a whole result
        in one reply, so there the iterator saves converting rows, not receiving them.
        """
        if write:
            self.ensure_schema()
        return self.engine.stream(cypher, params, write=write)

    # -- kg's graph -----------------------------------------------------------------------

    def ensure_schema(self) -> None:
        """Create the constraints and indexes of ``schema/constraints.cypher`` if missing."""
        if not self._schema_ready:
            self.engine.apply_schema(schema_items())
            self._schema_ready = True

    def post_hashes(self, ids: Iterable[str]) -> dict[str, str]:
        """The stored ``content_hash`` of each post in ``ids`` that the store holds."""
        rows = self.engine.run(statements.POST_HASHES, {"ids": list(ids)}).rows
        return {r["id"]: r["hash"] for r in rows}

    def write(self, extractions: Iterable[Extraction]) -> dict[str, int]:
        """Store posts with their actors and triples, all in one transaction.

        A post already stored has its triples and mentions replaced; actors merge (aliases
        and titles accumulate). Nothing is written when any part fails.

        Returns:
            The engine's counters (``nodes_created``, ``relationships_created``, ...).

        Raises:
            kg.errors.SchemaError: an extraction breaks the schema's closed lists.
        """
        prepared = self._prepare_write(extractions)
        if prepared is None:
            return {}
        return self.engine.execute(prepared, write=True).counters

    def _prepare_write(self, extractions: Iterable[Extraction]) -> Any:
        params = statements.batch_params(extractions)
        if not params["posts"]:
            return None
        self.ensure_schema()
        return self.engine.prepare(statements.write_statement(), params)

    def writer(
        self, *, on_written: Callable[[Sequence[Extraction]], Any] | None = None
    ) -> BatchWriter:
        """A writer that stores batches in the background while the next is prepared.

        For bulk loads: ``write()`` returns once the batch is encoded, and the transaction
        runs in a background thread while the caller builds the next batch. Use it as a
        context manager, which waits for the last batch; errors come out of the ``write``
        or ``flush`` that follows the failed batch.
        """
        return BatchWriter(self, on_written)

    def _count(self, statement: str) -> int:
        rows = self.engine.run(statement).rows
        return int(rows[0]["n"]) if rows else 0

    def counts(self) -> Counts:
        """How many posts, actors and triples the store holds."""
        count, q = self._count, statements
        triples = count(q.COUNT_RELATIONSHIPS) - count(q.COUNT_MENTIONS)
        return Counts(count(q.COUNT_POSTS), count(q.COUNT_ACTORS), triples)

    def stats(self, *, top: int = 10) -> Stats:
        """Posts, actors by type, relationships by type and the ``top`` most connected actors."""
        run = self.engine.run
        return Stats(
            store=self.description,
            posts=self._count(statements.COUNT_POSTS),
            actors={str(r["type"]): int(r["n"]) for r in run(statements.ACTORS_BY_TYPE).rows},
            relationships={
                str(r["type"]): int(r["n"]) for r in run(statements.RELATIONSHIPS_BY_TYPE).rows
            },
            top_actors=run(statements.TOP_ACTORS, {"top": top}).rows,
        )
