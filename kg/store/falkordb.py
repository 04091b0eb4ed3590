"""FalkorDB as a kg store: the embedded one kg runs in a folder, or a server someone else runs."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from urllib.parse import unquote, urlsplit

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.exceptions import SchemaVersionMismatchException
from falkordb.helpers import stringify_param_value
from falkordb.node import Node
from falkordb.path import Path as FalkorPath
from falkordb.query_result import QueryResult

from kg.errors import StoreError, StoreUnavailable, UsageError
from kg.store.base import Engine, Result
from kg.store.dialect import FALKORDB, SchemaItem
from kg.store.embedded import EmbeddedServer

__all__ = ["FalkorDBEngine", "cypher_literal", "open_embedded", "open_remote", "params_header"]

DEFAULT_GRAPH = "kg"


def answer_timeout() -> float | None:
    """How long to wait for FalkorDB to answer one query: ``KG_STORE_TIMEOUT`` seconds."""
    # FalkorDB can, rarely, hang under write load; a bound turns a hang into an error.
    try:
        seconds = float(os.environ.get("KG_STORE_TIMEOUT", "600"))
    except ValueError:
        raise UsageError("KG_STORE_TIMEOUT must be a number of seconds (0 for no limit)") from None
    return seconds if seconds > 0 else None
_PARAM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_COUNTERS = (
    "nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
    "properties_set", "properties_removed", "labels_added", "labels_removed",
    "indices_created", "indices_deleted",
)


def _has_map(value: Any) -> bool:
    if isinstance(value, dict):
        return True
    if isinstance(value, (list, tuple)):
        return any(isinstance(v, (dict, list, tuple)) and _has_map(v) for v in value)
    return False


def cypher_literal(value: Any) -> str:
    """``value`` written as a Cypher literal for FalkorDB's parameter header.

    JSON is FalkorDB's literal syntax for strings, numbers, booleans, null and lists, and
    Python writes it fast; but FalkorDB reads neither ``\\u`` escapes (which JSON uses for
    control characters) nor quoted map keys. Values with either take the falkordb client's
    own, slower writer. A JSON string can never close early: every quote and backslash in it
    is escaped.
    """
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError):
        return str(stringify_param_value(value))
    # '":' follows every map key, and may also sit in a string (as \":), hence the check.
    if "\\u" in text or ('":' in text and _has_map(value)):
        return str(stringify_param_value(value))
    return text


def params_header(params: Mapping[str, Any] | None) -> str:
    """FalkorDB's way of passing parameters: ``CYPHER name=value ...`` before the query."""
    if not params:
        return ""
    parts = []
    for name, value in params.items():
        if not _PARAM_NAME.fullmatch(name):
            raise UsageError(f"parameter name {name!r} is not a plain name (letters, digits, _)")
        parts.append(f"{name}={cypher_literal(value)}")
    return "CYPHER " + " ".join(parts) + " "


def _plain(value: Any) -> Any:
    """A result value as plain Python (see :class:`kg.store.base.Engine`)."""
    if isinstance(value, Node):
        return {**{k: _plain(v) for k, v in value.properties.items()},
                "_labels": list(value.labels or [])}
    if isinstance(value, Edge):
        return {**{k: _plain(v) for k, v in value.properties.items()}, "_type": value.relation}
    if isinstance(value, FalkorPath):
        out: list[Any] = []
        nodes, edges = value.nodes(), value.edges()
        for i, node in enumerate(nodes):
            out.append(_plain(node))
            if i < len(edges):
                out.append(_plain(edges[i]))
        return out
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _message(err: Exception) -> str:
    return " ".join(str(err).split())


class FalkorDBEngine(Engine):
    """One graph of a FalkorDB server, over a unix socket or TCP."""

    dialect = FALKORDB

    def __init__(
        self, db: FalkorDB, graph: str, description: str, server: EmbeddedServer | None = None
    ) -> None:
        self.db = db
        self.graph_name = graph
        self.graph = db.select_graph(graph)
        self.description = description
        self.server = server

    def _unavailable(self, err: Exception) -> StoreUnavailable:
        # A connection dropped by a dying server comes a moment before the process ends.
        if self.server is not None and self.server.stopped(timeout=1.0):
            return StoreUnavailable(
                f"the store server for {self.server.directory} stopped unexpectedly "
                f"(see {self.server.log})"
            )
        return StoreUnavailable(f"lost the connection to {self.description}: {_message(err)}")

    def _execute(self, query: str, *, write: bool) -> QueryResult:
        command = "GRAPH.QUERY" if write else "GRAPH.RO_QUERY"
        for attempt in range(3):
            try:
                response = self.db.connection.execute_command(
                    command, self.graph_name, query, "--compact"
                )
                return QueryResult(self.graph, response)
            except SchemaVersionMismatchException as err:
                # The client's cache of label and property names is stale: refresh, retry.
                self.graph.schema.refresh(err.version)
            except redis.ResponseError as err:
                text = str(err)
                if "empty key" in text and not write and attempt == 0:
                    # The graph does not exist yet: create it empty, then read it.
                    self.db.connection.execute_command("GRAPH.QUERY", self.graph_name, "RETURN 1")
                    continue
                if "RO_QUERY is to be executed only on read-only queries" in text:
                    raise StoreError(
                        "the query changes the graph but was run read-only; allow writes "
                        "(kg cypher --write)"
                    ) from None
                raise StoreError(_message(err)) from None
            except redis.TimeoutError:
                raise StoreUnavailable(
                    f"{self.description} did not answer within {answer_timeout():.0f} s; "
                    "set KG_STORE_TIMEOUT to wait longer"
                ) from None
            except (redis.ConnectionError, OSError) as err:
                raise self._unavailable(err) from None
        raise StoreError(f"{self.description}: the graph schema kept changing during a query")

    def run(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> Result:
        """Run one statement (``GRAPH.QUERY`` or, read-only, ``GRAPH.RO_QUERY``)."""
        return self.execute(self.prepare(cypher, params), write=write)

    def prepare(self, cypher: str, params: Mapping[str, Any] | None = None) -> str:
        """The query as FalkorDB takes it: the parameters, encoded, before the statement."""
        return params_header(params) + cypher

    def execute(self, prepared: str, *, write: bool = False) -> Result:
        """Run a query :meth:`prepare` made."""
        result = self._execute(prepared, write=write)
        columns = [str(h[1]) for h in result.header]
        rows = [
            {c: _plain(v) for c, v in zip(columns, row, strict=True)} for row in result.result_set
        ]
        counters = {name: int(getattr(result, name)) for name in _COUNTERS}
        return Result(columns, rows, {k: v for k, v in counters.items() if v})

    def _command(self, *args: str) -> Any:
        try:
            return self.db.connection.execute_command(*args)
        except redis.ResponseError as err:
            raise StoreError(_message(err)) from None
        except (redis.ConnectionError, redis.TimeoutError, OSError) as err:
            raise self._unavailable(err) from None

    def apply_schema(self, items: Sequence[SchemaItem]) -> None:
        """Create missing indexes with Cypher and unique constraints with GRAPH.CONSTRAINT."""
        indexed = {
            (str(r["entitytype"]).lower(), r["label"], p)
            for r in self.run("CALL db.indexes()").rows for p in r["properties"]
        }
        unique = {
            (str(r["entitytype"]).lower(), r["label"], tuple(r["properties"]))
            for r in self.run("CALL db.constraints()").rows
        }
        for item in items:
            for step in self.dialect.schema_steps(item, self.graph_name):
                try:
                    if isinstance(step, str):
                        if (item.entity, item.label, item.prop) not in indexed:
                            self.run(step, write=True)
                    elif (item.entity, item.label, (item.prop,)) not in unique:
                        self._command(*step)
                except StoreError as err:
                    # Another kg command may have created it a moment ago.
                    if "already" not in str(err):
                        raise

    def close(self) -> None:
        """Close the connection, then leave the embedded server (it stops with its last user)."""
        try:
            self.db.connection.close()
        finally:
            if self.server is not None:
                self.server.release()


def _connect(make: Callable[[], FalkorDB], description: str) -> FalkorDB:
    try:
        db = make()
        db.connection.ping()
    except redis.AuthenticationError as err:
        raise StoreUnavailable(f"{description} refused the login: {_message(err)}") from None
    except (redis.ConnectionError, redis.TimeoutError, OSError) as err:
        raise StoreUnavailable(f"cannot reach {description}: {_message(err)}") from None
    except redis.ResponseError as err:
        raise StoreUnavailable(f"{description}: {_message(err)}") from None
    return db


def open_embedded(
    target: str, *, database: str | None = None, notify: Callable[[str], None] | None = None,
    create: bool = True,
) -> FalkorDBEngine:
    """The embedded store in folder ``target`` (a path, or a ``file://`` URI)."""
    path = unquote(urlsplit(target).path) if target.startswith("file://") else target
    server = EmbeddedServer(path, notify=notify, create=create)
    server.acquire()
    try:
        description = f"the kg store in {path}"
        db = _connect(
            lambda: FalkorDB(unix_socket_path=server.socket, socket_timeout=answer_timeout()),
            description,
        )
        return FalkorDBEngine(db, database or DEFAULT_GRAPH, description, server)
    except BaseException:
        server.release()
        raise


def open_remote(
    target: str, *, database: str | None = None, notify: Callable[[str], None] | None = None,
    create: bool = True,
) -> FalkorDBEngine:
    """A FalkorDB server at ``falkordb://[user:password@]host[:port][/graph]``."""
    url = urlsplit(target)
    host, port = url.hostname or "localhost", url.port or 6379
    graph = database or unquote(url.path.strip("/")) or DEFAULT_GRAPH
    description = f"FalkorDB at {host}:{port} (graph {graph})"
    db = _connect(
        lambda: FalkorDB(
            host=host, port=port, username=unquote(url.username) if url.username else None,
            password=unquote(url.password) if url.password else None,
            socket_connect_timeout=10, socket_timeout=answer_timeout(),
        ),
        description,
    )
    return FalkorDBEngine(db, graph, description, None)
