"""The actor graph the visualisation formats draw: actors as nodes, grouped triples as edges.

Statements that share subject, object, category, action and negation become one
:class:`Edge` with the number of statements behind it, the first and last date, the mean
cooperation–conflict score, how many of them are asserted as facts (not negated, modality
``asserted``) and the evidence (sentence, post, date, modality) of each. A node
is an actor with its degree: the number of edges that touch it, as networkx and Gephi count.

The graph is built in memory from a :class:`~kg.exporters.select.Selection`'s statements;
its size grows with the number of edges and evidence sentences.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.exporters.base import Written
from kg.exporters.select import ActorInfo, Statement, edge_key

__all__ = [
    "TYPE_COLORS",
    "ActorGraph",
    "Edge",
    "Evidence",
    "Node",
    "score_color",
    "type_color",
]

#: Node colours by actor type (Tableau 10, readable for most colour-blind viewers).
TYPE_COLORS = {
    "Person": "#4e79a7",
    "Organization": "#f28e2b",
    "Country": "#b07aa1",
    "Group": "#edc948",
    "Place": "#76b7b2",
}
_OTHER_TYPE = "#bab0ac"
_CONFLICT, _NEUTRAL, _COOPERATION = (0xD7, 0x30, 0x27), (0x9E, 0x9E, 0x9E), (0x1A, 0x98, 0x50)


def type_color(actor_type: str) -> str:
    """The ``#rrggbb`` colour of an actor type."""
    return TYPE_COLORS.get(actor_type, _OTHER_TYPE)


def score_color(score: float) -> str:
    """``#rrggbb`` from red (-10, conflict) through grey (0) to green (+10, cooperation)."""
    t = max(-1.0, min(1.0, score / 10.0))
    end = _COOPERATION if t > 0 else _CONFLICT
    rgb = (round(n + (e - n) * abs(t)) for n, e in zip(_NEUTRAL, end, strict=True))
    return "#" + "".join(f"{c:02x}" for c in rgb)


@dataclass(frozen=True)
class Evidence:
    """One statement behind an edge: where it was said, and how."""

    statement: str
    post: str
    title: str | None
    url: str | None
    date: str | None
    sentence: str
    modality: str
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping."""
        return {
            "statement": self.statement, "post": self.post, "title": self.title,
            "url": self.url, "date": self.date, "sentence": self.sentence,
            "modality": self.modality, "confidence": self.confidence,
        }


@dataclass
class Node:
    """An actor in the actor graph."""

    actor: ActorInfo
    degree: int = 0

    @property
    def id(self) -> str:
        """The actor's id."""
        return self.actor.id

    def attributes(self) -> dict[str, Any]:
        """Scalar attributes, as GraphML, GEXF, DOT and JSON carry them (no None values)."""
        a = self.actor
        attrs: dict[str, Any] = {
            "name": a.name, "type": a.type, "degree": self.degree,
            "aliases": "; ".join(a.aliases), "titles": "; ".join(a.titles),
            "affiliation": a.affiliation, "first_seen": a.first_seen, "last_seen": a.last_seen,
        }
        return {k: v for k, v in attrs.items() if v not in (None, "")}


@dataclass
class Edge:
    """The statements with one subject, object, category, action and negation."""

    source: str
    target: str
    category: str
    action: str
    negated: bool
    count: int = 0
    asserted: int = 0
    first_date: str | None = None
    last_date: str | None = None
    score_total: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def key(self) -> str:
        """The edge's key between its two actors: ``CATEGORY:action``, ``:not`` if negated."""
        return f"{self.category}:{self.action}" + (":not" if self.negated else "")

    @property
    def id(self) -> str:
        """A stable id, unique in the graph."""
        digest = hashlib.sha256(f"{self.source}\x1f{self.target}\x1f{self.key}".encode())
        return "e" + digest.hexdigest()[:16]

    @property
    def score(self) -> float:
        """The mean cooperation–conflict score of the statements."""
        return round(self.score_total / self.count, 3) if self.count else 0.0

    @property
    def label(self) -> str:
        """The action as a reader sees it ("meet", "not meet")."""
        return ("not " if self.negated else "") + self.action

    def add(self, st: Statement) -> None:
        """Count one more statement."""
        self.count += 1
        self.asserted += st.asserted
        self.score_total += st.score
        if st.date:
            if self.first_date is None or st.date < self.first_date:
                self.first_date = st.date
            if self.last_date is None or st.date > self.last_date:
                self.last_date = st.date
        self.evidence.append(Evidence(
            st.id, st.post.id, st.post.title, st.post.url, st.date, st.sentence, st.modality,
            st.confidence,
        ))

    def attributes(self) -> dict[str, Any]:
        """Scalar attributes, as GraphML, GEXF, DOT and JSON carry them (no None values)."""
        attrs: dict[str, Any] = {
            "category": self.category, "action": self.action, "negated": self.negated,
            "label": self.label, "count": self.count, "asserted": self.asserted,
            "first_date": self.first_date, "last_date": self.last_date, "score": self.score,
        }
        return {k: v for k, v in attrs.items() if v is not None}


@dataclass
class ActorGraph:
    """Actors and the grouped triples between them."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str, str, str, bool], Edge] = field(default_factory=dict)
    posts: set[str] = field(default_factory=set)
    statements: int = 0

    def add(self, st: Statement) -> None:
        """Add one statement: its actors, and one more count on its edge."""
        for actor in (st.subject, st.object):
            if actor.id not in self.nodes:
                self.nodes[actor.id] = Node(actor)
        key = edge_key(st)
        edge = self.edges.get(key)
        if edge is None:
            edge = self.edges[key] = Edge(st.subject.id, st.object.id, st.category, st.action,
                                          st.negated)
            self.nodes[edge.source].degree += 1
            self.nodes[edge.target].degree += 1
        edge.add(st)
        self.posts.add(st.post.id)
        self.statements += 1

    @classmethod
    def from_statements(cls, statements: Iterable[Statement]) -> ActorGraph:
        """The actor graph of ``statements``."""
        graph = cls()
        for st in statements:
            graph.add(st)
        return graph

    def written(self) -> Written:
        """What an export of this graph holds."""
        return Written(actors=len(self.nodes), statements=self.statements,
                       posts=len(self.posts), edges=len(self.edges))

    def sorted_nodes(self) -> list[Node]:
        """Nodes by id, for output that is the same on every run."""
        return [self.nodes[k] for k in sorted(self.nodes)]

    def sorted_edges(self) -> list[Edge]:
        """Edges by source, target and key."""
        return sorted(self.edges.values(), key=lambda e: (e.source, e.target, e.key))

    def to_networkx(self, *, sentences: bool = False) -> nx.MultiDiGraph:
        """A networkx multigraph with the scalar attributes; ``sentences`` adds the evidence
        sentences to each edge as one text attribute, one per line."""
        g = nx.MultiDiGraph(name="kg actor graph")
        for node in self.sorted_nodes():
            g.add_node(node.id, label=node.actor.name, **node.attributes())
        for edge in self.sorted_edges():
            attrs = edge.attributes()
            attrs["weight"] = edge.count
            if sentences:
                attrs["sentences"] = "\n".join(e.sentence for e in edge.evidence)
            g.add_edge(edge.source, edge.target, key=edge.key, id=edge.id, **attrs)
        return g
