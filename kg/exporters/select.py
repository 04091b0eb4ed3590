"""What an export holds: the triples that pass the filters, with their actors and posts.

A :class:`Selection` reads a store through :meth:`kg.store.Store.iter_query` and yields one
:class:`Statement` per stored triple (a relationship between two actors), with the subject,
the object and the post it came from. Every exporter reads the same selection, so the filters
mean the same in every format:

- ``categories``: only triples of these event categories (relationship types);
- ``since`` / ``until``: only triples dated within these bounds (``YYYY``, ``YYYY-MM`` or
  ``YYYY-MM-DD``, both inclusive); a triple without a date is left out when either is set;
- ``actor`` and ``hops``: only triples between actors at most ``hops`` triples away from the
  actor named (following triples either way, within the category and date filters);
- ``min_count``: only triples whose edge (same subject, object, category, action and
  negation) has at least this many triples in the selection.

An export holds the actors that take part in a selected triple and the posts a selected
triple comes from; actors that are only mentioned are left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from kg import schema
from kg.errors import ActorNotFound, AmbiguousActor, UnknownName, UsageError
from kg.model import actor_id
from kg.store import Store
from kg.store.cypher import fold_name

__all__ = [
    "ActorInfo",
    "Filters",
    "PostInfo",
    "Selection",
    "Statement",
    "edge_key",
    "find_actor",
    "neighbourhood",
]

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True)
class Filters:
    """Which part of the graph an export holds (see the module docstring)."""

    actor: str | None = None
    hops: int = 1
    categories: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    min_count: int = 1

    def checked(self) -> Filters:
        """These filters with category names in canonical case; bad values raise at once.

        Raises:
            kg.errors.UnknownName: a category is not one of the schema's.
            kg.errors.UsageError: a date is not ``YYYY[-MM[-DD]]``, ``since`` is after
                ``until``, or ``hops`` or ``min_count`` is out of range.
        """
        known = schema.categories()
        cats: list[str] = []
        for raw in self.categories:
            for name in (n.strip() for n in raw.split(",")):
                if not name:
                    continue
                canonical = name.upper()
                if canonical not in known:
                    raise UnknownName("event category", name, list(known))
                if canonical not in cats:
                    cats.append(canonical)
        for option, value in (("--since", self.since), ("--until", self.until)):
            if value is not None and not _DATE.fullmatch(value):
                raise UsageError(f"{option} {value!r}: write the date as YYYY, YYYY-MM or "
                                 "YYYY-MM-DD")
        if self.since and self.until and self.since[: len(self.until)] > self.until:
            raise UsageError(f"--since {self.since} is after --until {self.until}")
        if self.hops < 0:
            raise UsageError(f"--hops {self.hops}: give 0 or more")
        if self.min_count < 1:
            raise UsageError(f"--min-count {self.min_count}: give 1 or more")
        return Filters(self.actor, self.hops, tuple(cats), self.since, self.until,
                       self.min_count)


@dataclass(frozen=True)
class ActorInfo:
    """An actor as the store holds it."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    affiliation: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None

    @classmethod
    def from_row(cls, node: Mapping[str, Any]) -> ActorInfo:
        """An actor from a node as :class:`kg.store.Store` returns it."""
        return cls(
            id=str(node["id"]), name=str(node.get("name") or node["id"]),
            type=str(node.get("type") or "Actor"),
            aliases=tuple(node.get("aliases") or ()), titles=tuple(node.get("titles") or ()),
            affiliation=node.get("affiliation"), first_seen=node.get("first_seen"),
            last_seen=node.get("last_seen"),
        )


@dataclass(frozen=True)
class PostInfo:
    """A post's metadata as the store holds it (not its text, which kg does not store)."""

    id: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    format: str | None = None
    words: int | None = None

    @classmethod
    def from_row(cls, node: Mapping[str, Any] | None, post_id: str) -> PostInfo:
        """A post from a node, or a bare one when the store has no post ``post_id``."""
        if not node:
            return cls(post_id)
        words = node.get("words")
        return cls(
            id=str(node.get("id") or post_id), title=node.get("title"), date=node.get("date"),
            url=node.get("url"), source=node.get("source"), author=node.get("author"),
            format=node.get("format"), words=int(words) if words is not None else None,
        )


@dataclass(frozen=True)
class Statement:
    """One stored triple, ``subject —action→ object``, with its evidence."""

    id: str
    subject: ActorInfo
    object: ActorInfo
    category: str
    action: str
    post: PostInfo
    negated: bool = False
    modality: str = "asserted"
    confidence: float = 1.0
    score: float = 0.0
    date: str | None = None
    sentence: str = ""
    start: int = 0
    end: int = 0
    extractor: str | None = None

    @property
    def asserted(self) -> bool:
        """True when the post states it as a fact: not negated, and modality ``asserted``."""
        return not self.negated and self.modality == "asserted"


def edge_key(st: Statement) -> tuple[str, str, str, str, bool]:
    """What statements share an edge in the aggregated graph and for ``--min-count``."""
    return (st.subject.id, st.object.id, st.category, st.action, st.negated)


_ACTOR_BY_NAME = (
    "MATCH (a:Actor) WHERE $key IN coalesce(a.search_keys, []) OR toLower(a.name) = $lower "
    "OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = $lower) "
    "RETURN a ORDER BY a.name LIMIT 20"
)
_ACTOR_SUGGEST = (
    "MATCH (a:Actor) WHERE toLower(a.name) CONTAINS $word "
    "RETURN a.name AS name ORDER BY size(a.name), a.name LIMIT 5"
)


def find_actor(store: Store, name: str) -> ActorInfo:
    """The actor ``name`` means: its id, else its name or an alias (ignoring case and accents).

    Raises:
        kg.errors.ActorNotFound: no actor matches; the message suggests close names.
        kg.errors.AmbiguousActor: several actors have this name or alias; lists them.
    """
    rows = store.query("MATCH (a:Actor {id: $id}) RETURN a", {"id": actor_id(name)})
    if not rows:
        rows = store.query(_ACTOR_BY_NAME, {"lower": name.strip().lower(),
                                            "key": fold_name(name)})
    if len(rows) == 1:
        return ActorInfo.from_row(rows[0]["a"])
    if rows:
        names = ", ".join(f"{r['a'].get('name')} ({r['a'].get('type')})" for r in rows[:8])
        raise AmbiguousActor(f"{name!r} names {len(rows)} actors: {names}; give the full name")
    words = sorted(re.findall(r"\w{3,}", name.lower()), key=len, reverse=True)
    close: list[str] = []
    for word in words[:3]:
        close += [r["name"] for r in store.query(_ACTOR_SUGGEST, {"word": word})
                  if r["name"] not in close]
    hint = f"; did you mean {', '.join(close[:5])}?" if close else ""
    raise ActorNotFound(f"no actor named {name!r} in {store.description}{hint}")


class _Query:
    """The Cypher of a selection: its MATCH, its WHERE and their parameters."""

    def __init__(self, filters: Filters, actors: set[str] | None) -> None:
        self.params: dict[str, Any] = {
            "categories": list(filters.categories or schema.categories()),
        }
        conds = ["type(r) IN $categories"]
        if filters.since:
            conds.append("r.date >= $since")
            self.params["since"] = filters.since
        if filters.until:
            # A prefix compare, so that --until 2019-06 keeps 2019-06-30T12:00:00.
            conds.append("left(r.date, size($until)) <= $until")
            self.params["until"] = filters.until
        self.actors = actors
        if actors is None:
            self.match = "MATCH (s:Actor)-[r]->(o:Actor)"
        else:
            # Start from the actors (an index lookup); objects are checked in Python, which
            # is cheaper than testing a long list parameter on every relationship.
            self.match = "UNWIND $actors AS aid MATCH (s:Actor {id: aid})-[r]->(o:Actor)"
            self.params["actors"] = sorted(actors)
        self.where = " AND ".join(conds)

    def cypher(self, returns: str) -> str:
        return f"{self.match} WHERE {self.where} {returns}"

    def keep(self, object_id: str) -> bool:
        return self.actors is None or object_id in self.actors


def neighbourhood(store: Store, start: str, hops: int, filters: Filters) -> set[str]:
    """Ids of the actors at most ``hops`` triples from actor ``start`` (either direction)."""
    q = _Query(filters, None)
    step = (
        "UNWIND $frontier AS fid MATCH (a:Actor {id: fid})-[r]-(b:Actor) "
        f"WHERE {q.where} RETURN DISTINCT b.id AS id"
    )
    seen, frontier = {start}, [start]
    for _ in range(hops):
        if not frontier:
            break
        found = {str(r["id"]) for r in store.iter_query(step, {**q.params, "frontier": frontier})}
        frontier = sorted(found - seen)
        seen |= found
    return seen


def _actor(seen: dict[str, ActorInfo], node: Mapping[str, Any]) -> ActorInfo:
    actor = seen.get(str(node["id"]))
    if actor is None:
        actor = seen[str(node["id"])] = ActorInfo.from_row(node)
    return actor


@dataclass
class Selection:
    """The part of a store an export holds: the triples that pass ``filters``.

    Statements stream from the store in post order (then by position in the post), so a
    post's statements come together; actors and posts met along the way are shared
    objects, not copies.
    """

    store: Store
    filters: Filters = field(default_factory=Filters)
    _actors: set[str] | None = field(default=None, init=False, repr=False)
    _resolved: bool = field(default=False, init=False, repr=False)
    #: The actor ``filters.actor`` names, once resolved.
    center: ActorInfo | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.filters = self.filters.checked()

    def actor_ids(self) -> set[str] | None:
        """Ids of the actors the actor filter allows; None when there is no actor filter."""
        if not self._resolved:
            self._resolved = True
            if self.filters.actor:
                self.center = find_actor(self.store, self.filters.actor)
                self._actors = neighbourhood(
                    self.store, self.center.id, self.filters.hops, self.filters
                )
        return self._actors

    def _query(self) -> _Query:
        return _Query(self.filters, self.actor_ids())

    def _keys(self, q: _Query) -> set[tuple[str, str, str, str, bool]]:
        """Edge keys with at least ``min_count`` statements."""
        counts: Counter[tuple[str, str, str, str, bool]] = Counter()
        returns = ("RETURN s.id AS s, o.id AS o, type(r) AS c, r.action AS a, "
                   "coalesce(r.negated, false) AS n")
        for row in self.store.iter_query(q.cypher(returns), q.params):
            if q.keep(row["o"]):
                counts[(row["s"], row["o"], row["c"], str(row["a"] or ""), bool(row["n"]))] += 1
        return {k for k, n in counts.items() if n >= self.filters.min_count}

    def statements(self) -> Iterator[Statement]:
        """The selected statements, streamed from the store in post order."""
        q = self._query()
        keys = self._keys(q) if self.filters.min_count > 1 else None
        returns = (
            "OPTIONAL MATCH (p:Post {id: r.post}) "
            "RETURN s, o, r, type(r) AS category, p ORDER BY r.post, r.start, r.id"
        )
        actors: dict[str, ActorInfo] = {}
        post: PostInfo | None = None
        for row in self.store.iter_query(q.cypher(returns), q.params):
            s_node, o_node, r = row["s"], row["o"], row["r"]
            if not q.keep(str(o_node["id"])):
                continue
            post_id = str(r.get("post") or "")
            if post is None or post.id != post_id:
                post = PostInfo.from_row(row["p"], post_id)
            st = Statement(
                id=str(r.get("id") or ""), subject=_actor(actors, s_node),
                object=_actor(actors, o_node),
                category=str(row["category"]), action=str(r.get("action") or ""), post=post,
                negated=bool(r.get("negated")), modality=str(r.get("modality") or "asserted"),
                confidence=float(r.get("confidence") if r.get("confidence") is not None else 1),
                score=float(r.get("score") or 0.0), date=r.get("date"),
                sentence=str(r.get("sentence") or ""), start=int(r.get("start") or 0),
                end=int(r.get("end") or 0), extractor=r.get("extractor"),
            )
            if keys is not None and edge_key(st) not in keys:
                continue
            yield st
