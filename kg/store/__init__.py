"""The graph store: where kg keeps posts, actors and triples, and answers Cypher.

:func:`open_store` opens the store ``--db`` names and returns a :class:`Store`:

- a folder (the default, ``./kg-data``): an embedded FalkorDB that kg starts itself;
- ``falkordb://host:port[/graph]``: a FalkorDB server someone else runs;
- ``neo4j://``, ``neo4j+s://``, ``bolt://`` (and ``+s``/``+ssc`` variants): Neo4j.

Engines are found in :data:`STORES` by URI scheme; other packages add schemes through the
``kg.stores`` entry-point group, with a function like :func:`kg.store.falkordb.open_remote`.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from kg.errors import UsageError
from kg.registry import Registry
from kg.store.base import Counts, Engine, Result, Stats, Store

__all__ = [
    "DEFAULT_DB",
    "STORES",
    "Counts",
    "Engine",
    "Result",
    "Stats",
    "Store",
    "open_store",
    "parse_params",
    "store_target",
]

#: The store used when neither ``--db`` nor ``KG_DB`` names one.
DEFAULT_DB = "./kg-data"


class EngineFactory(Protocol):
    """Opens an engine for a ``--db`` value; what :data:`STORES` holds."""

    def __call__(
        self, target: str, *, database: str | None = ...,
        notify: Callable[[str], None] | None = ..., create: bool = ...,
    ) -> Engine: ...


STORES: Registry[EngineFactory] = Registry("store type", group="kg.stores")
STORES.register("file", "kg.store.falkordb:open_embedded")
STORES.register("falkordb", "kg.store.falkordb:open_remote")
for _scheme in ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"):
    STORES.register(_scheme, "kg.store.neo4j:open_neo4j")

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")


def store_target(db: str | None = None) -> tuple[str, str]:
    """The scheme and target a ``--db`` value names (``KG_DB`` or the default when None)."""
    target = db or os.environ.get("KG_DB") or DEFAULT_DB
    m = _SCHEME.match(target)
    return (m[1].lower(), target) if m else ("file", target)


def open_store(
    db: str | None = None,
    *,
    database: str | None = None,
    notify: Callable[[str], None] | None = None,
    create: bool = True,
) -> Store:
    """Open the store that ``db`` names (a folder or a URI; see the module docstring).

    Args:
        db: the ``--db`` value; None takes ``KG_DB``, then ``./kg-data``.
        database: the Neo4j database, or the FalkorDB graph (default ``kg``).
        notify: called with one-line notices, such as "sharing the store server ...".
        create: create an embedded store that does not exist yet; when False, opening one
            that does not exist fails.

    Raises:
        kg.errors.UnknownName: the URI scheme is not one of :data:`STORES`.
        kg.errors.StoreUnavailable: the store cannot be started, reached or logged into.
    """
    scheme, target = store_target(db)
    factory = STORES.get(scheme)
    return Store(factory(target, database=database, notify=notify, create=create))


def parse_params(pairs: Iterable[str]) -> dict[str, Any]:
    """Query parameters from ``name=value`` strings; a value is JSON when it parses as JSON."""
    params: dict[str, Any] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        name = name.strip().lstrip("$")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise UsageError(f"--param {pair!r}: write it as name=value")
        try:
            params[name] = json.loads(text)
        except ValueError:
            params[name] = text
    return params
