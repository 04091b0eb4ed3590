"""Neo4j as a kg store, through the official driver (``neo4j://``, ``neo4j+s://``, ``bolt://``).

Only the connection lives here; the Cypher is :mod:`kg.store.cypher`'s, the same FalkorDB
runs. Credentials come from the URI (``neo4j://user:password@host:7687``) or from
``NEO4J_USERNAME`` and ``NEO4J_PASSWORD``; the database from ``--database`` or
``NEO4J_DATABASE``. Writes run in managed transactions, which the driver retries on
transient errors (every write kg makes can safely run twice).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

import neo4j
from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import (
    AuthError,
    ConfigurationError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)
from neo4j.graph import Node, Path, Relationship

from kg.errors import StoreError, StoreUnavailable, UsageError
from kg.store.base import Engine, Result
from kg.store.dialect import NEO4J, SchemaItem

__all__ = ["Neo4jEngine", "open_neo4j", "split_credentials"]

# The driver logs connection failures that kg reports itself, in one line, as an error.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

_COUNTERS = (
    "nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
    "properties_set", "labels_added", "labels_removed", "indexes_added", "constraints_added",
)


def split_credentials(uri: str) -> tuple[str, tuple[str, str] | None]:
    """The URI without its user and password, and the credentials (URI first, then env)."""
    try:
        url = urlsplit(uri)
        port = url.port
    except ValueError as err:
        raise UsageError(f"cannot read the store URI {uri!r}: {err}") from None
    netloc = url.hostname or "localhost"
    if ":" in netloc:
        netloc = f"[{netloc}]"
    if port:
        netloc += f":{port}"
    bare = urlunsplit((url.scheme, netloc, url.path, url.query, url.fragment))
    user = unquote(url.username) if url.username else os.environ.get("NEO4J_USERNAME", "neo4j")
    password = unquote(url.password) if url.password else os.environ.get("NEO4J_PASSWORD")
    return bare, ((user, password) if password is not None else None)


def _plain(value: Any) -> Any:
    """A result value as plain Python (see :class:`kg.store.base.Engine`)."""
    if isinstance(value, Node):
        return {**{k: _plain(v) for k, v in value.items()}, "_labels": sorted(value.labels)}
    if isinstance(value, Relationship):
        return {**{k: _plain(v) for k, v in value.items()}, "_type": value.type}
    if isinstance(value, Path):
        out: list[Any] = [_plain(value.start_node)]
        for rel in value.relationships:
            out += [_plain(rel), _plain(rel.end_node)]
        return out
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "iso_format"):  # neo4j.time dates, times, datetimes, durations
        return value.iso_format()
    return value


def _message(err: Exception) -> str:
    text = getattr(err, "message", None) or str(err)
    return " ".join(str(text).split())


def _collect(tx: ManagedTransaction, cypher: str, params: Mapping[str, Any]) -> Result:
    result = tx.run(cypher, dict(params))
    columns = list(result.keys())
    rows = [{c: _plain(record[c]) for c in columns} for record in result]
    counters = result.consume().counters
    counts = {name: int(getattr(counters, name, 0)) for name in _COUNTERS}
    return Result(columns, rows, {k: v for k, v in counts.items() if v})


class Neo4jEngine(Engine):
    """One database of a Neo4j server."""

    dialect = NEO4J

    def __init__(self, driver: Driver, database: str | None, description: str) -> None:
        self.driver = driver
        self.database = database
        self.description = description

    def _error(self, err: Exception) -> StoreError:
        if isinstance(err, (ServiceUnavailable, SessionExpired)):
            return StoreUnavailable(f"lost the connection to {self.description}: {_message(err)}")
        if isinstance(err, AuthError):
            return StoreUnavailable(f"{self.description} refused the login: {_message(err)}")
        if isinstance(err, Neo4jError) and err.code and "AccessMode" in err.code:
            return StoreError("the query changes the graph but was run read-only; allow writes "
                              "(kg cypher --write)")
        return StoreError(_message(err))

    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> Result:
        """Run one statement in a managed write or read transaction."""
        try:
            with self.driver.session(database=self.database) as session:
                work = session.execute_write if write else session.execute_read
                return work(_collect, cypher, params or {})
        except (Neo4jError, DriverError) as err:
            raise self._error(err) from None

    def stream(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> Iterator[dict[str, Any]]:
        """The rows of one statement as the server sends them (an auto-commit transaction)."""
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        try:
            with self.driver.session(database=self.database, default_access_mode=mode) as session:
                result = session.run(cypher, dict(params or {}))
                columns = list(result.keys())
                for record in result:
                    yield {c: _plain(record[c]) for c in columns}
        except (Neo4jError, DriverError) as err:
            raise self._error(err) from None

    def apply_schema(self, items: Sequence[SchemaItem]) -> None:
        """Run each ``CREATE ... IF NOT EXISTS`` (schema changes cannot share a transaction)."""
        try:
            with self.driver.session(database=self.database) as session:
                for item in items:
                    for step in self.dialect.schema_steps(item, self.database or "neo4j"):
                        assert isinstance(step, str)
                        session.run(step).consume()
        except (Neo4jError, DriverError) as err:
            raise self._error(err) from None

    def close(self) -> None:
        """Close the driver."""
        self.driver.close()


def open_neo4j(
    target: str, *, database: str | None = None, notify: Callable[[str], None] | None = None,
    create: bool = True,
) -> Neo4jEngine:
    """A Neo4j server at ``target``; its reachability and the login are checked at once."""
    uri, auth = split_credentials(target)
    database = database or os.environ.get("NEO4J_DATABASE") or None
    url = urlsplit(uri)
    description = f"Neo4j at {url.hostname}:{url.port or 7687}" + (
        f" (database {database})" if database else ""
    )
    try:
        driver = GraphDatabase.driver(uri, auth=auth, connection_timeout=10)
    except (ConfigurationError, ValueError) as err:
        raise UsageError(f"cannot use the store URI {uri!r}: {_message(err)}") from None
    try:
        # A query rather than verify_connectivity(), which cannot name the database.
        with driver.session(database=database) as session:
            session.run("RETURN 1").consume()
    except AuthError as err:
        driver.close()
        raise StoreUnavailable(f"{description} refused the login: {_message(err)}; set "
                               "NEO4J_USERNAME and NEO4J_PASSWORD or put them in the URI") from None
    except (Neo4jError, DriverError, OSError) as err:
        driver.close()
        raise StoreUnavailable(f"cannot reach {description}: {_message(err)}") from None
    return Neo4jEngine(driver, database, description)
