"""Relationship questions: who an actor is, what it did to whom, how two actors connect.

Each function takes an open :class:`~kg.store.Store`, resolves actor names, runs the named
Cypher files of :mod:`kg.queries` (the same files on every engine) and returns typed rows.
The CLI's ``kg actor``, ``kg relations``, ``kg between``, ``kg path``, ``kg neighbours``,
``kg timeline``, ``kg top`` and ``kg search`` are these functions and nothing more.

Names resolve in this order: the exact canonical name, an exact alias, the name folded (case,
accents and punctuation ignored), an alias folded, then every word of the name inside a name
or alias. The first step that finds anything decides: one actor is the answer, several raise
:class:`~kg.errors.AmbiguousActor` naming them, none raises :class:`~kg.errors.ActorNotFound`
with the closest names.

Relations are filtered alike by every question. By default only relations that happened
count: not negated ("did not meet") and not hypothetical, a modality other than asserted or
reported (future, possible, conditional, intended, question, alleged, denied).
``include_negated`` and ``include_hypothetical`` let them in; ``categories``, ``since`` and
``until`` narrow the relations to some event categories and a period.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from kg import schema
from kg.errors import ActorNotFound, AmbiguousActor, UnknownName, UsageError
from kg.model import actor_id
from kg.queries import load_query
from kg.store.base import Store
from kg.store.cypher import fold_name

__all__ = [
    "CENTRALITY",
    "DIRECTIONS",
    "FACTUAL_MODALITIES",
    "Actor",
    "Central",
    "Evidence",
    "Filters",
    "Hop",
    "Link",
    "Match",
    "Neighbour",
    "Neighbourhood",
    "Partner",
    "Path",
    "Profile",
    "Relation",
    "RelationGroup",
    "actor_profile",
    "between",
    "neighbours",
    "path",
    "relations",
    "resolve",
    "search",
    "suggestions",
    "timeline",
    "top",
]

#: Modalities of relations that happened; any other is hypothetical.
FACTUAL_MODALITIES = ("asserted", "reported")
#: Directions of ``relations``: what the actor did, what was done to it, or both.
DIRECTIONS = ("out", "in", "both")
#: Measures ``top`` ranks actors by.
CENTRALITY = ("degree", "pagerank", "betweenness")
#: Betweenness is estimated from this many source actors (exact on smaller graphs).
BETWEENNESS_SAMPLE = 32
# Stand-in for "no limit" where a statement needs a number.
_ALL = 2**31 - 1
_PAIRS_PER_QUERY = 5000
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_MATCHED = ("name", "alias", "folded name", "folded alias", "words")


# -- rows ---------------------------------------------------------------------------------


@dataclass
class Row:
    """Base of the result rows: plain data, with a JSON-ready dict."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping of the row."""
        return asdict(self)


@dataclass
class Actor(Row):
    """An actor under its canonical name."""

    name: str
    type: str


@dataclass
class Match(Row):
    """An actor found by :func:`search`, and how its name matched."""

    name: str
    type: str
    aliases: list[str]
    matched: str  # one of "name", "alias", "folded name", "folded alias", "words"


@dataclass
class Partner(Row):
    """An actor at the other end of some relations, and how many."""

    name: str
    type: str
    relations: int


@dataclass
class Profile(Row):
    """Who an actor is: :func:`actor_profile`."""

    name: str
    type: str
    aliases: list[str]
    titles: list[str]
    affiliation: str | None
    roles: list[str]  # "foreign minister of Hungary"
    first_seen: str | None
    last_seen: str | None
    posts: int
    partners_out: list[Partner]
    partners_in: list[Partner]


@dataclass
class Evidence(Row):
    """Where a relation was read: the sentence and its post."""

    sentence: str
    date: str | None
    post: str
    title: str | None = None
    url: str | None = None


@dataclass
class Relation(Row):
    """One relation (a triple) with its evidence."""

    subject: str
    category: str
    action: str
    object: str
    negated: bool
    modality: str
    date: str | None
    evidence: Evidence
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The relation with its evidence fields inline (sentence, post, title, url)."""
        d = asdict(self)
        ev = d.pop("evidence")
        d.update(sentence=ev["sentence"], post=ev["post"], title=ev["title"], url=ev["url"])
        return d


@dataclass
class RelationGroup(Row):
    """Relations of one actor with one partner, one direction, category, action and negation."""

    direction: str  # "out": the actor acted on the partner; "in": the partner acted on it
    partner: str
    partner_type: str
    category: str
    action: str
    negated: bool
    count: int
    first: str | None
    last: str | None
    modalities: list[str]
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Hop(Row):
    """One step of a path: two actors, how many relations link them, the latest ones."""

    source: str
    target: str
    relations: int
    evidence: list[Relation]

    def to_dict(self) -> dict[str, Any]:
        """The hop with its relations flattened like :meth:`Relation.to_dict`."""
        return {"source": self.source, "target": self.target, "relations": self.relations,
                "evidence": [r.to_dict() for r in self.evidence]}


@dataclass
class Path(Row):
    """A shortest connection between two actors: the actors in order and each hop."""

    actors: list[str]
    hops: list[Hop]

    @property
    def length(self) -> int:
        """How many hops."""
        return len(self.hops)

    def to_dict(self) -> dict[str, Any]:
        """The path with its hops."""
        return {"length": self.length, "actors": self.actors,
                "hops": [h.to_dict() for h in self.hops]}


@dataclass
class Neighbour(Row):
    """An actor in an ego network: how far from the centre, and through whom."""

    name: str
    type: str
    hops: int
    via: list[str]  # the actors one hop nearer the centre it is linked to
    relations: int  # relations with those actors


@dataclass
class Link(Row):
    """Two actors of an ego network linked by relations."""

    source: str
    target: str
    relations: int
    categories: list[str]


@dataclass
class Neighbourhood(Row):
    """The ego network of an actor: :func:`neighbours`."""

    center: str
    actors: list[Neighbour]
    links: list[Link]


@dataclass
class Central(Row):
    """An actor ranked by :func:`top`."""

    name: str
    type: str
    score: float
    relations: int | None = None


# -- filters ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """Which relations a question counts (see the module docstring)."""

    categories: tuple[str, ...] | None = None
    since: str | None = None
    until: str | None = None
    include_negated: bool = False
    include_hypothetical: bool = False

    @classmethod
    def make(
        cls, categories: Iterable[str] | None = None, since: str | None = None,
        until: str | None = None, include_negated: bool = False,
        include_hypothetical: bool = False,
    ) -> Filters:
        """Checked filters: known categories (any case), dates as YYYY, YYYY-MM or YYYY-MM-DD.

        Raises:
            kg.errors.UnknownName: a category is not one of ``schema/categories.tsv``.
            kg.errors.UsageError: a date is not written as above.
        """
        known = list(schema.categories())
        cats: list[str] = []
        for c in categories or ():
            name = c.strip().upper()
            if name not in known:
                raise UnknownName("category", c, known)
            cats.append(name)
        for label, value in (("since", since), ("until", until)):
            if value is not None and not _DATE.fullmatch(value):
                raise UsageError(f"--{label} {value!r}: write a date as 2019, 2019-05 or "
                                 "2019-05-17")
        return cls(tuple(cats) or None, since, until, include_negated, include_hypothetical)

    @property
    def restrictive(self) -> bool:
        """True when some relations may fail the filters."""
        return bool(self.categories or self.since or self.until
                    or not self.include_negated or not self.include_hypothetical)

    def params(self) -> dict[str, Any]:
        """The filter parameters every relation question takes."""
        return {
            "categories": list(self.categories) if self.categories else None,
            "since": self.since,
            "until": self.until,
            "include_negated": self.include_negated,
            "include_hypothetical": self.include_hypothetical,
        }


def _run(store: Store, name: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
    return store.query(load_query(name, store.dialect.name), params)


# -- names --------------------------------------------------------------------------------


def _clean(name: str) -> str:
    text = " ".join(name.split())
    if not text:
        raise UsageError("the actor name is empty; give a name, or part of one")
    return text


def _search_rows(store: Store, text: str, limit: int) -> list[dict[str, Any]]:
    key = fold_name(text)
    if not key:
        raise UsageError(f"{text!r} has no letters or digits to search for")
    params = {"text": text, "key": key, "tokens": key.split(), "limit": limit}
    return _run(store, "search", params)


def search(store: Store, text: str, *, limit: int = 20) -> list[Match]:
    """Actors whose name or alias contains ``text``, ignoring case and accents.

    Every word of ``text`` must occur in the name or in one alias ("lopez obrador" finds
    "Andrés Manuel López Obrador"). Exact matches come first, then shorter names.
    """
    rows = _search_rows(store, _clean(text), limit)
    return [Match(r["name"], r["type"], list(r["aliases"] or []), _MATCHED[int(r["rank"])])
            for r in rows]


def _grams(key: str) -> list[str]:
    grams: set[str] = set()
    for word in key.split():
        grams.update(word[i:i + 3] for i in range(max(1, len(word) - 2)))
    return sorted(grams)[:40]


def suggestions(store: Store, text: str, *, n: int = 5) -> list[str]:
    """The names closest to ``text``, for "did you mean" (difflib on folded names)."""
    key = fold_name(text)
    if not key:
        return []
    rows = _run(store, "suggest", {"grams": _grams(key), "limit": 200})
    scored = []
    for r in rows:
        score = max(difflib.SequenceMatcher(None, key, k).ratio() for k in r["keys"] or [""])
        if score >= 0.5:
            scored.append((-score, r["name"]))
    return [name for _, name in sorted(scored)[:n]]


def _listing(rows: Sequence[Mapping[str, Any]], most: int = 8) -> str:
    shown = ", ".join(f"{r['name']} ({r['type']})" for r in rows[:most])
    return shown + (f" and {len(rows) - most} more" if len(rows) > most else "")


def resolve(store: Store, name: str) -> Actor:
    """The one actor ``name`` stands for (see the module docstring for the order of tries).

    Raises:
        kg.errors.AmbiguousActor: several actors match equally well; the message lists them.
        kg.errors.ActorNotFound: nothing matches; the message suggests the closest names.
    """
    text = _clean(name)
    by_id = _run(store, "resolve", {"id": actor_id(text)})
    if by_id and by_id[0]["name"] == text:
        return Actor(by_id[0]["name"], by_id[0]["type"])
    rows = _search_rows(store, text, 50)
    if by_id and all(r["name"] != by_id[0]["name"] for r in rows):
        rows.append({**by_id[0], "rank": 2})  # same slug, so the same name folded
    if rows:
        best = min(int(r["rank"]) for r in rows)
        tier = [r for r in rows if int(r["rank"]) == best]
        if len(tier) == 1:
            return Actor(tier[0]["name"], tier[0]["type"])
        more = "" if len(tier) < 50 else "+"
        raise AmbiguousActor(
            f"{text!r} matches {len(tier)}{more} actors: {_listing(tier)}; give the full name"
            f" (kg search {text!r} lists them)"
        )
    close = suggestions(store, text)
    hint = f"; did you mean {', '.join(close)}?" if close else \
        "; kg search TEXT finds actors by part of their name"
    raise ActorNotFound(f"no actor named {text!r} in {store.description}{hint}")


# -- questions ----------------------------------------------------------------------------


def actor_profile(
    store: Store, name: str, *, top: int = 5, categories: Iterable[str] | None = None,
    since: str | None = None, until: str | None = None, include_negated: bool = False,
    include_hypothetical: bool = False,
) -> Profile:
    """Who an actor is: names, type, roles, when seen, in how many posts, its top partners.

    Partners are counted in relations passing the filters, ROLE relations aside (they are
    the actor's roles).
    """
    filters = Filters.make(categories, since, until, include_negated, include_hypothetical)
    actor = resolve(store, name)
    rows = _run(store, "actor_profile", {"name": actor.name, "top": top, **filters.params()})
    if not rows:
        raise ActorNotFound(f"{actor.name!r} is no longer in {store.description}")
    r = rows[0]
    return Profile(
        name=r["name"], type=r["type"], aliases=list(r["aliases"] or []),
        titles=list(r["titles"] or []), affiliation=r["affiliation"],
        roles=sorted(f"{title} of {org}" for title, org in r["roles"] or []),
        first_seen=r["first_seen"], last_seen=r["last_seen"], posts=int(r["posts"]),
        partners_out=[Partner(n, t, int(c)) for n, t, c in r["partners_out"] or []],
        partners_in=[Partner(n, t, int(c)) for n, t, c in r["partners_in"] or []],
    )


def _attach_posts(store: Store, evidence: Iterable[Evidence]) -> None:
    items = list(evidence)
    ids = sorted({e.post for e in items if e.post})
    if not ids:
        return
    posts = {r["id"]: r for r in _run(store, "posts", {"ids": ids})}
    for e in items:
        p = posts.get(e.post)
        if p is not None:
            e.title, e.url = p["title"], p["url"]


def relations(
    store: Store, name: str, *, direction: str = "both", categories: Iterable[str] | None = None,
    since: str | None = None, until: str | None = None, include_negated: bool = False,
    include_hypothetical: bool = False, evidence: bool = False, limit: int | None = None,
) -> list[RelationGroup]:
    """What an actor did to whom and who did what to it, grouped by partner and action.

    Args:
        direction: "out" (the actor acted), "in" (it was acted on) or "both".
        evidence: also give each group's sentences, with their posts' titles and urls.
        limit: at most this many groups, the most frequent first.
    """
    if direction not in DIRECTIONS:
        raise UnknownName("direction", direction, list(DIRECTIONS))
    filters = Filters.make(categories, since, until, include_negated, include_hypothetical)
    actor = resolve(store, name)
    params = {"name": actor.name, "direction": direction, "evidence": evidence,
              "limit": _ALL if limit is None else limit, **filters.params()}
    groups = []
    for r in _run(store, "relations", params):
        ev = sorted((Evidence(s, d, p) for d, p, s, _ in r["evidence"] or []),
                    key=lambda e: (e.date or "", e.post, e.sentence))
        groups.append(RelationGroup(
            r["direction"], r["partner"], r["partner_type"], r["category"], r["action"],
            bool(r["negated"]), int(r["relations"]), r["first"], r["last"],
            sorted(r["modalities"] or []), ev,
        ))
    if evidence:
        _attach_posts(store, (e for g in groups for e in g.evidence))
    return groups


def _relation(r: Mapping[str, Any]) -> Relation:
    return Relation(
        r["subject"], r["category"], r["action"], r["object"], bool(r["negated"]),
        r["modality"], r["date"], Evidence(r["sentence"], r["date"], r["post"], r["title"],
                                           r["url"]), r["id"],
    )


def between(
    store: Store, name: str, other: str, *, categories: Iterable[str] | None = None,
    since: str | None = None, until: str | None = None, include_negated: bool = False,
    include_hypothetical: bool = False,
) -> list[Relation]:
    """Every relation between two actors, in both directions, oldest first, with evidence."""
    filters = Filters.make(categories, since, until, include_negated, include_hypothetical)
    a, b = resolve(store, name), resolve(store, other)
    if a.name == b.name:
        raise UsageError(f"{name!r} and {other!r} are the same actor, {a.name}")
    rows = _run(store, "between", {"name": a.name, "other": b.name, **filters.params()})
    return [_relation(r) for r in rows]


def timeline(
    store: Store, name: str, *, categories: Iterable[str] | None = None,
    since: str | None = None, until: str | None = None, include_negated: bool = False,
    include_hypothetical: bool = False, limit: int | None = None,
) -> list[Relation]:
    """The dated events of an actor, oldest first (ROLE relations are not events)."""
    filters = Filters.make(categories, since, until, include_negated, include_hypothetical)
    actor = resolve(store, name)
    params = {"name": actor.name, "limit": _ALL if limit is None else limit, **filters.params()}
    return [_relation(r) for r in _run(store, "timeline", params)]


# -- paths --------------------------------------------------------------------------------

# One step of the search: the (actor, neighbour) pairs next to ``names``, keeping only
# neighbours among ``within`` when it is given.
Step = Callable[[Sequence[str], Sequence[str] | None], list[tuple[str, str]]]


def _trails(node: str, parents: Mapping[str, set[str]], cap: int) -> list[list[str]]:
    """Every shortest route from ``node`` back to the root of ``parents`` (at most ``cap``)."""
    if not parents.get(node):
        return [[node]]
    out: list[list[str]] = []
    for parent in sorted(parents[node]):
        for trail in _trails(parent, parents, cap):
            out.append([node, *trail])
            if len(out) >= cap:
                return out
    return out


def _shortest(a: str, b: str, max_hops: int, step: Step, cap: int) -> list[list[str]]:
    """The shortest routes from ``a`` to ``b``: a breadth-first search from both ends.

    Before each expansion the two frontiers are tested for a link between them, which the
    engine answers without sending the frontier's neighbours; only when there is none does
    the smaller frontier grow by one hop. Hubs with thousands of neighbours are thus rarely
    expanded.
    """
    parents: tuple[dict[str, set[str]], dict[str, set[str]]] = ({a: set()}, {b: set()})
    frontier = [[a], [b]]
    depth = [0, 0]
    while frontier[0] and frontier[1] and depth[0] + depth[1] < max_hops:
        links = step(frontier[0], frontier[1])
        if links:
            routes = []
            for x, y in sorted(set(links)):
                for head in _trails(x, parents[0], cap):
                    for tail in _trails(y, parents[1], cap):
                        routes.append([*reversed(head), *tail])
            return sorted(routes)[:cap]
        if depth[0] + depth[1] + 1 >= max_hops:
            break
        # The smaller frontier grows; on a tie the shallower one (the other may hold a hub).
        side = min((len(frontier[i]), depth[i], i) for i in (0, 1))[2]
        seen = parents[side]
        found: dict[str, set[str]] = {}
        for x, y in step(frontier[side], None):
            if y not in seen:
                found.setdefault(y, set()).add(x)
        seen.update(found)
        frontier[side] = sorted(found)
        depth[side] += 1
        # A node both searches reached: the routes meet there.
        meet = [n for n in frontier[side] if n in parents[1 - side]]
        if meet:
            routes = []
            for m in meet:
                for head in _trails(m, parents[0], cap):
                    for tail in _trails(m, parents[1], cap):
                        routes.append([*reversed(head), *tail[1:]])
            shortest = min(len(r) for r in routes)
            return sorted(r for r in routes if len(r) == shortest)[:cap]
    return []


def _unfiltered_step(store: Store) -> Step:
    def step(names: Sequence[str], within: Sequence[str] | None) -> list[tuple[str, str]]:
        rows = _run(store, "path_expand", {"names": list(names),
                                           "within": list(within) if within else None})
        return [(r["source"], r["target"]) for r in rows]
    return step


def _filtered_step(store: Store, filters: Filters) -> Step:
    # The unfiltered step, then each pair it found checked under the filters: reading only the
    # relationships of those pairs costs far less than reading every relationship of a hub.
    unfiltered = _unfiltered_step(store)

    def step(names: Sequence[str], within: Sequence[str] | None) -> list[tuple[str, str]]:
        pairs = unfiltered(names, within)
        keep: set[tuple[str, str]] = set()
        for i in range(0, len(pairs), _PAIRS_PER_QUERY):
            chunk = [list(p) for p in pairs[i:i + _PAIRS_PER_QUERY]]
            rows = _run(store, "links", {"pairs": chunk, **filters.params()})
            keep.update((r["source"], r["target"]) for r in rows)
        return [p for p in pairs if p in keep]
    return step


def _hops(store: Store, routes: list[list[str]], filters: Filters,
          per_hop: int) -> dict[tuple[str, str], Hop]:
    pairs = sorted({(r[i], r[i + 1]) for r in routes for i in range(len(r) - 1)})
    hops: dict[tuple[str, str], Hop] = {}
    if not pairs:
        return hops
    rows = _run(store, "path_hops", {"hops": [list(p) for p in pairs], "per_hop": per_hop,
                                     **filters.params()})
    for r in rows:
        key = (r["source"], r["target"])
        hop = hops.setdefault(key, Hop(key[0], key[1], int(r["relations"]), []))
        hop.evidence.append(_relation(r))
    for hop in hops.values():
        hop.evidence.sort(key=lambda e: (e.date or "", e.id), reverse=True)
    return hops


def path(
    store: Store, name: str, other: str, *, max_hops: int = 4, limit: int = 10,
    per_hop: int = 3, categories: Iterable[str] | None = None, since: str | None = None,
    until: str | None = None, include_negated: bool = False,
    include_hypothetical: bool = False,
) -> list[Path]:
    """The shortest connections between two actors, up to ``max_hops`` hops, with evidence.

    Every hop is a pair of actors with at least one relation between them (either way) that
    passes the filters; each hop carries up to ``per_hop`` of those relations, latest first.
    The search first ignores the filters, which the engine answers fastest, then checks each
    hop; only when no shortest route passes does it search again, filtering at every step.
    """
    if max_hops < 1:
        raise UsageError(f"--max-hops must be 1 or more, not {max_hops}")
    filters = Filters.make(categories, since, until, include_negated, include_hypothetical)
    a, b = resolve(store, name), resolve(store, other)
    if a.name == b.name:
        raise UsageError(f"{name!r} and {other!r} are the same actor, {a.name}")
    cap = max(limit * 10, 100)
    found: list[Path] = []
    steps = [_unfiltered_step(store)]
    if filters.restrictive:
        steps.append(_filtered_step(store, filters))
    for step in steps:
        routes = _shortest(a.name, b.name, max_hops, step, cap)
        hops = _hops(store, routes, filters, per_hop)
        for route in routes:
            pairs = [(route[i], route[i + 1]) for i in range(len(route) - 1)]
            if all(p in hops for p in pairs):
                found.append(Path(route, [hops[p] for p in pairs]))
        if found or not routes:
            break
    return found[:limit]


# -- networks -----------------------------------------------------------------------------


def neighbours(
    store: Store, name: str, *, hops: int = 1, limit: int | None = 100,
    categories: Iterable[str] | None = None, since: str | None = None,
    until: str | None = None, include_negated: bool = False,
    include_hypothetical: bool = False,
) -> Neighbourhood:
    """The ego network of an actor: the actors up to ``hops`` hops away and the links among them.

    Args:
        limit: keep at most this many actors besides the centre; at each hop the ones with
            the most relations to the hop before are kept first.
    """
    if hops < 1:
        raise UsageError(f"--hops must be 1 or more, not {hops}")
    filters = Filters.make(categories, since, until, include_negated, include_hypothetical)
    center = resolve(store, name)
    room = _ALL if limit is None else limit
    kept: dict[str, Neighbour] = {}
    links: dict[tuple[str, str], Link] = {}
    distance = {center.name: 0}
    frontier = [center.name]

    def link(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for r in rows:
            key = (min(r["source"], r["target"]), max(r["source"], r["target"]))
            if key[0] != key[1] and key not in links:
                links[key] = Link(key[0], key[1], int(r["relations"]), sorted(r["categories"]))
        return rows

    def expand(names: list[str]) -> list[dict[str, Any]]:
        return link(_run(store, "neighbours", {"names": names, "within": None,
                                               **filters.params()}))

    for depth in range(1, hops + 1):
        if not frontier or room <= 0:
            break
        new: dict[str, Neighbour] = {}
        for r in expand(frontier):
            target = r["target"]
            if target in distance:
                continue
            n = new.setdefault(target, Neighbour(target, r["type"], depth, [], 0))
            n.via.append(r["source"])
            n.relations += int(r["relations"])
        chosen = sorted(new.values(), key=lambda n: (-n.relations, n.name))[:room]
        room -= len(chosen)
        for n in chosen:
            n.via.sort()
            kept[n.name] = n
            distance[n.name] = depth
        frontier = [n.name for n in chosen]
    if frontier:
        # Links among the outermost actors: the pairs that touch at all, found without reading
        # relationships (their hubs may have many), then counted under the filters.
        touching = _unfiltered_step(store)(frontier, frontier)
        pairs = sorted({(min(x, y), max(x, y)) for x, y in touching if x != y})
        if pairs:
            link(_run(store, "links", {"pairs": [list(p) for p in pairs], **filters.params()}))
    members = set(distance)
    return Neighbourhood(
        center.name,
        sorted(kept.values(), key=lambda n: (n.hops, -n.relations, n.name)),
        sorted((lk for lk in links.values() if lk.source in members and lk.target in members),
               key=lambda lk: (lk.source, lk.target)),
    )


def top(
    store: Store, *, by: str = "degree", limit: int = 10, categories: Iterable[str] | None = None,
    since: str | None = None, until: str | None = None, include_negated: bool = False,
    include_hypothetical: bool = False,
) -> list[Central]:
    """The most central actors: by degree (how many other actors they have relations with),
    PageRank or betweenness on the actor graph of the relations that pass the filters.

    PageRank follows relations in their direction, each ordered pair of actors once. On
    FalkorDB without a category or date filter it runs inside the engine (``algo.pageRank``,
    fast on any graph, counting every relation, negated and hypothetical ones too); otherwise
    networkx ranks the same way over the relations that pass the filters. Betweenness counts
    hops alike and is estimated from :data:`BETWEENNESS_SAMPLE` source actors on larger
    graphs (the sample is fixed, so answers repeat).
    """
    if by not in CENTRALITY:
        raise UnknownName("centrality", by, list(CENTRALITY))
    filters = Filters.make(categories, since, until, include_negated, include_hypothetical)
    native = store.dialect.pagerank
    if by == "pagerank" and native and not (filters.categories or filters.since or filters.until):
        # The engine's own PageRank (FalkorDB): over every relation between actors, directed,
        # negated and hypothetical ones included; fast on any size of graph.
        return [Central(r["name"], r["type"], float(r["score"]), None)
                for r in store.query(native, {"limit": limit})]
    if by == "degree":
        rows = _run(store, "top", {"limit": limit, **filters.params()})
        return [Central(r["name"], r["type"], float(r["degree"]), int(r["relations"]))
                for r in rows]
    import networkx as nx

    graph = nx.Graph()
    directed = nx.DiGraph()
    for r in store.iter_query(load_query("actor_graph", store.dialect.name), filters.params()):
        s, t, w = r["source"], r["target"], int(r["relations"])
        if s == t:
            continue
        directed.add_edge(s, t)
        if graph.has_edge(s, t):
            graph[s][t]["weight"] += w
        else:
            graph.add_edge(s, t, weight=w)
    if not graph:
        return []
    if by == "pagerank":
        # Directed, each ordered pair once: the same ranking as FalkorDB's algo.pageRank.
        scores = nx.pagerank(directed)
    else:
        k = None if len(graph) <= BETWEENNESS_SAMPLE else BETWEENNESS_SAMPLE
        scores = nx.betweenness_centrality(graph, k=k, seed=0)
    best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    types = {r["name"]: r["type"] for r in _run(store, "actors", {"names": [n for n, _ in best]})}
    return [Central(n, types.get(n, ""), float(s),
                    sum(int(d["weight"]) for _, _, d in graph.edges(n, data=True)))
            for n, s in best]
