"""Where FalkorDB's Cypher differs from Neo4j's: the one place kg.store deals with it.

Everything else kg.store sends (writes, lookups, statistics) is Cypher that both engines run
as it is. The differences, and where each is handled:

- Schema. Neo4j creates uniqueness constraints and indexes with ``CREATE CONSTRAINT`` and
  ``CREATE INDEX ... IF NOT EXISTS``, as ``schema/constraints.cypher`` writes them. FalkorDB
  creates indexes with ``CREATE INDEX FOR ... ON ...`` (without names or ``IF NOT EXISTS``) and
  unique constraints with its ``GRAPH.CONSTRAINT CREATE`` command, which needs an exact-match
  index on the property first. :meth:`Dialect.schema_steps` translates.
- Read-only queries. Neo4j runs them in read transactions, FalkorDB with ``GRAPH.RO_QUERY``;
  each engine does this in its ``run`` method, and :attr:`Dialect.read_only` names it.
- ``shortestPath``. FalkorDB allows it only in ``WITH`` and ``RETURN``, not in ``MATCH``;
  queries that need it test :attr:`Dialect.shortest_path_in_match`.
- Graph algorithms. FalkorDB ranks nodes inside the engine (``algo.pageRank``, in a fraction
  of a second on a million relations); Neo4j Community has no such procedure, so kg ranks
  there with networkx. :attr:`Dialect.pagerank` is the engine's statement, or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg import schema
from kg.errors import SchemaError

__all__ = ["FALKORDB", "NEO4J", "Dialect", "SchemaItem", "Step", "schema_items"]

#: One schema step: a Cypher statement, or a raw server command as a tuple of arguments.
Step = str | tuple[str, ...]

_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_PATTERNS = {
    ("unique", "node"): re.compile(
        rf"CREATE CONSTRAINT ({_NAME}) IF NOT EXISTS FOR \((\w+):({_NAME})\) "
        rf"REQUIRE \2\.({_NAME}) IS UNIQUE"
    ),
    ("index", "node"): re.compile(
        rf"CREATE INDEX ({_NAME}) IF NOT EXISTS FOR \((\w+):({_NAME})\) ON \(\2\.({_NAME})\)"
    ),
    ("index", "relationship"): re.compile(
        rf"CREATE INDEX ({_NAME}) IF NOT EXISTS FOR \(\)-\[(\w+):({_NAME})\]-\(\) "
        rf"ON \(\2\.({_NAME})\)"
    ),
}


@dataclass(frozen=True)
class SchemaItem:
    """One constraint or index of ``constraints.cypher``, understood."""

    kind: str  # "unique" or "index"
    entity: str  # "node" or "relationship"
    name: str
    label: str  # node label or relationship type
    prop: str
    statement: str  # as Neo4j runs it


@cache
def schema_items() -> tuple[SchemaItem, ...]:
    """The constraints and indexes of ``schema/constraints.cypher``, ``{TYPE}`` lines expanded."""
    items: list[SchemaItem] = []
    types = list(schema.categories())
    for raw in schema.read_lines("constraints.cypher"):
        if raw.startswith("//"):
            continue
        lines = [raw.replace("{TYPE}", t) for t in types] if "{TYPE}" in raw else [raw]
        for line in lines:
            stmt = line.rstrip(";").strip()
            for (kind, entity), pattern in _PATTERNS.items():
                m = pattern.fullmatch(stmt)
                if m:
                    items.append(SchemaItem(kind, entity, m[1], m[3], m[4], stmt))
                    break
            else:
                raise SchemaError(f"constraints.cypher: cannot read {stmt!r}; reinstall kg")
    return tuple(items)


@dataclass(frozen=True)
class Dialect:
    """What one engine needs said differently; see the module docstring."""

    name: str
    read_only: str
    shortest_path_in_match: bool
    pagerank: str | None = None

    def schema_steps(self, item: SchemaItem, graph: str) -> list[Step]:
        """The statements and commands that create ``item`` on this engine."""
        if self.name == "neo4j":
            return [item.statement]
        pattern = f"(n:{item.label})" if item.entity == "node" else f"()-[n:{item.label}]-()"
        steps: list[Step] = [f"CREATE INDEX FOR {pattern} ON (n.{item.prop})"]
        if item.kind == "unique":
            entity = "NODE" if item.entity == "node" else "RELATIONSHIP"
            steps.append(
                ("GRAPH.CONSTRAINT", "CREATE", graph, "UNIQUE", entity, item.label,
                 "PROPERTIES", "1", item.prop)
            )
        return steps


NEO4J = Dialect("neo4j", read_only="read transactions", shortest_path_in_match=True)
FALKORDB = Dialect(
    "falkordb", read_only="GRAPH.RO_QUERY", shortest_path_in_match=False,
    pagerank=(
        "CALL algo.pageRank('Actor', null) YIELD node, score "
        "RETURN node.name AS name, node.type AS type, score ORDER BY score DESC, name LIMIT $limit"
    ),
)
