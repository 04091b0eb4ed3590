"""The Cypher kg.store sends, shared by every engine, and the rows that go with it.

Nothing from the data is ever part of a statement: values travel as parameters, and the only
names spliced into statements are relationship types and labels from the schema's closed
lists (:func:`kg.schema.categories`, :func:`kg.schema.actor_types`), each checked to be a
plain identifier first.

A batch of posts is written by one statement, :func:`write_statement`, in one transaction:

1. the triples and mentions the batch's posts had are deleted (a changed post's triples are
   replaced; a new post has none), found through the post's MENTIONS so no index is needed;
2. the batch's actors are merged: a new one is created with its type label, one already
   stored is updated only when the batch adds to it (aliases, titles and search keys
   accumulate, first_seen and last_seen widen); then all are collected in a list in the
   order of the ``actors`` rows;
3. each triple becomes a relationship between two actors of that list, found by position
   rather than by an index lookup, with its category as its type;
4. the posts are merged and linked to the actors they mention.

Rows are lists rather than maps, because both engines read them faster; the field order of
each kind of row is :data:`ACTOR_ROW`, :data:`TRIPLE_ROW` and :data:`POST_ROW`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from kg import schema
from kg.errors import SchemaError
from kg.model import Extraction, Post, actor_id

__all__ = [
    "ACTOR_ROW",
    "POST_ROW",
    "TRIPLE_ROW",
    "batch_params",
    "check_extraction",
    "fold_name",
    "write_statement",
]

#: Fields of an ``actors`` row; all are Actor properties.
ACTOR_ROW = ("id", "name", "type", "aliases", "titles", "affiliation", "first_seen", "last_seen",
             "search_keys")
#: Fields of a triple row: the positions of its two actors in ``actors``, then its properties.
TRIPLE_ROW = (
    "subject", "object", "id", "action", "negated", "modality", "confidence", "score", "date",
    "post", "sentence", "start", "end", "extractor",
)
#: Fields of a ``posts`` row: Post properties, then the positions of the actors it mentions.
POST_ROW = (
    "id", "title", "date", "url", "source", "author", "format", "words", "content_hash",
    "mentions",
)
TRIPLE_PROPERTIES = TRIPLE_ROW[2:]
POST_PROPERTIES = POST_ROW[:-1]

POST_HASHES = "UNWIND $ids AS id MATCH (p:Post {id: id}) RETURN p.id AS id, p.content_hash AS hash"
COUNT_POSTS = "MATCH (p:Post) RETURN count(p) AS n"
COUNT_ACTORS = "MATCH (a:Actor) RETURN count(a) AS n"
COUNT_RELATIONSHIPS = "MATCH ()-[r]->() RETURN count(r) AS n"
COUNT_MENTIONS = "MATCH ()-[r:MENTIONS]->() RETURN count(r) AS n"
ACTORS_BY_TYPE = "MATCH (a:Actor) RETURN a.type AS type, count(a) AS n ORDER BY n DESC, type"
RELATIONSHIPS_BY_TYPE = (
    "MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n ORDER BY n DESC, type"
)
TOP_ACTORS = (
    "MATCH (a:Actor)-[r]-(:Actor) RETURN a.name AS name, a.type AS type, count(r) AS degree "
    "ORDER BY degree DESC, name LIMIT $top"
)

_IDENTIFIER = re.compile(r"[A-Z][A-Za-z_]*")


def _identifier(name: str) -> str:
    # The last guard before a name from the schema becomes part of a statement.
    if not _IDENTIFIER.fullmatch(name):
        raise SchemaError(f"schema name {name!r} cannot be a label or relationship type")
    return name


# Letters NFKD leaves whole: folded by hand so "Yıldız" and "Łódź" are found as typed in ASCII.
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th",
                          "æ": "ae", "œ": "oe", "’": "", "'": ""})


def fold_name(text: str) -> str:
    """``text`` as names are searched: lower case, no accents, punctuation as single spaces.

    >>> fold_name("Andrés Manuel López-Obrador")
    'andres manuel lopez obrador'
    """
    text = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def _search_keys(name: str, aliases: Iterable[str]) -> list[str]:
    # Written with each actor (Actor.search_keys) so that kg.query finds names without
    # reading every actor: the folded name, then the folded aliases.
    keys = [fold_name(name)]
    for alias in aliases:
        key = fold_name(alias)
        if key and key not in keys:
            keys.append(key)
    return keys


def relationship_types() -> list[str]:
    """The relationship types triples are written with: the event categories."""
    return [_identifier(c) for c in schema.categories()]


def _param(category: str) -> str:
    return f"r_{category}"


def _props(row: tuple[str, ...], names: Iterable[str], var: str) -> str:
    return ", ".join(f"`{name}`: {var}[{row.index(name)}]" for name in names)


def _merge_list(var: str, prop: str, new: str) -> str:
    """``var.prop`` with the items of ``new`` it lacks appended (a list as a set, in order)."""
    return (f"{var}.{prop} = reduce(acc = coalesce({var}.{prop}, []), n IN {new} |"
            " CASE WHEN n IN acc THEN acc ELSE acc + n END)")


@cache
def write_statement() -> str:
    """The statement that writes one batch (see the module docstring for its steps)."""
    a = {name: f"a[{i}]" for i, name in enumerate(ACTOR_ROW)}
    lists = ("aliases", "titles", "search_keys")
    lines = [
        "UNWIND $post_ids AS pid",
        "OPTIONAL MATCH (:Post {id: pid})-[m:MENTIONS]->(a:Actor)",
        "OPTIONAL MATCH (a)-[r]->(:Actor) WHERE r.post = pid",
        "WITH collect(DISTINCT r) AS old_triples, collect(DISTINCT m) AS old_mentions",
        "FOREACH (r IN old_triples | DELETE r)",
        "FOREACH (m IN old_mentions | DELETE m)",
        "WITH count(*) AS deleted",
        "UNWIND $actors AS a",
        f"OPTIONAL MATCH (old:Actor {{id: {a['id']}}})",
        "WITH a, old",
    ]
    # A new actor is created with its type label in the pattern: adding a label to a node
    # afterwards (SET x:Person, even ON CREATE) costs FalkorDB time that grows with the graph.
    # On Neo4j, two writers creating the same actor at once make the second fail on the
    # uniqueness constraint with nothing written; it succeeds when tried again.
    props = ", ".join(f"`{name}`: {a[name]}" for name in ACTOR_ROW)
    for t in schema.actor_types():
        label = _identifier(t)
        lines.append(
            f"FOREACH (go IN CASE WHEN old IS NULL AND {a['type']} = '{label}' THEN [1] ELSE [] END"
            f" | CREATE (:Actor:{label} {{{props}}}))"
        )
    # An actor already stored is written only when the batch adds to it: most are not.
    changed = " OR ".join(
        [f"any(n IN {a[name]} WHERE NOT n IN coalesce(old.{name}, []))" for name in lists]
        + [
            f"({a['affiliation']} IS NOT NULL AND coalesce(old.affiliation <> "
            f"{a['affiliation']}, true))",
            f"coalesce({a['first_seen']} < old.first_seen, old.first_seen IS NULL "
            f"AND {a['first_seen']} IS NOT NULL)",
            f"coalesce({a['last_seen']} > old.last_seen, old.last_seen IS NULL "
            f"AND {a['last_seen']} IS NOT NULL)",
        ]
    )
    sets = ", ".join(
        [_merge_list("old", name, a[name]) for name in lists]
        + [
            f"old.affiliation = coalesce({a['affiliation']}, old.affiliation)",
            f"old.first_seen = CASE WHEN old.first_seen IS NULL OR {a['first_seen']} < "
            f"old.first_seen THEN {a['first_seen']} ELSE old.first_seen END",
            f"old.last_seen = CASE WHEN old.last_seen IS NULL OR {a['last_seen']} > "
            f"old.last_seen THEN {a['last_seen']} ELSE old.last_seen END",
        ]
    )
    lines += [
        f"FOREACH (go IN CASE WHEN old IS NOT NULL AND ({changed}) THEN [1] ELSE [] END |",
        f"  SET {sets})",
        # The batch's actors, in the order that triples and posts refer to them by.
        "WITH count(*) AS merged",
        "UNWIND range(0, size($actors) - 1) AS i",
        f"WITH i, $actors[i][{ACTOR_ROW.index('id')}] AS aid",
        "MATCH (x:Actor {id: aid})",
        "WITH i, x ORDER BY i",
        "WITH collect(x) AS xs",
        # A guard: a missing actor would shift every position after it, so fail instead.
        "WITH xs, 1 / CASE WHEN size(xs) = size($actors) THEN 1 ELSE 0 END AS checked",
    ]
    subj, obj = TRIPLE_ROW.index("subject"), TRIPLE_ROW.index("object")
    for rel in relationship_types():
        props = _props(TRIPLE_ROW, TRIPLE_PROPERTIES, "t")
        if rel == "ROLE":
            props += f", `title`: t[{TRIPLE_ROW.index('action')}]"
        lines.append(
            f"FOREACH (t IN ${_param(rel)} | FOREACH (s IN [xs[t[{subj}]]] |"
            f" FOREACH (o IN [xs[t[{obj}]]] | CREATE (s)-[:{rel} {{{props}}}]->(o))))"
        )
    sets = ", ".join(f"p.{name} = r[{i}]" for i, name in enumerate(POST_PROPERTIES) if i)
    lines += [
        "WITH xs",
        "UNWIND $posts AS r",
        "MERGE (p:Post {id: r[0]})",
        f"SET {sets}",
        f"FOREACH (k IN r[{POST_ROW.index('mentions')}] | FOREACH (a IN [xs[k]] |"
        " CREATE (p)-[:MENTIONS]->(a)))",
    ]
    return "\n".join(lines)


@cache
def _actor_types() -> dict[str, str]:
    return {t.casefold(): t for t in schema.actor_types()}


def _where(post: Post) -> str:
    return f"post {post.source or post.id}" + (f" ({post.title!r})" if post.title else "")


def _actor_type(post: Post, name: str, type_: str) -> str:
    found = _actor_types().get(type_.casefold())
    if found is None:
        valid = ", ".join(schema.actor_types())
        raise SchemaError(
            f"{_where(post)}: actor {name!r} has type {type_!r}, not one of {valid}"
        )
    return found


def _category(post: Post, category: str) -> str:
    cats = schema.categories()
    found = category if category in cats else category.upper()
    if found not in cats:
        valid = ", ".join(cats)
        raise SchemaError(
            f"{_where(post)}: unknown event category {category!r}; use one of {valid}"
        )
    return found


def check_extraction(ex: Extraction) -> None:
    """Raise :class:`SchemaError` when an extraction breaks the schema's closed lists."""
    for actor in ex.actors:
        _actor_type(ex.post, actor.name, actor.type)
    for t in ex.triples:
        _category(ex.post, t.category)
        _actor_type(ex.post, t.subject, t.subject_type)
        _actor_type(ex.post, t.object, t.object_type)


@lru_cache(maxsize=1 << 14)
def _actor_id(name: str) -> str:
    return actor_id(name)


@lru_cache(maxsize=1 << 14)
def _cached_search_keys(name: str, aliases: tuple[str, ...]) -> list[str]:
    # Popular actors come in every batch; folding their names once is enough.
    return _search_keys(name, aliases)


class _Batch:
    """The parameters of one write, built post by post."""

    def __init__(self) -> None:
        self.actors: list[list[Any]] = []
        self.positions: dict[str, int] = {}  # actor name -> position in self.actors
        self.by_id: dict[str, int] = {}  # actor id -> position
        self.posts: list[list[Any]] = []
        self.triples: dict[str, list[list[Any]]] = {c: [] for c in relationship_types()}

    def actor(self, post: Post, name: str, type_: str, seen: str | None) -> int:
        """The position of actor ``name`` in the batch, seen in ``post`` on date ``seen``."""
        pos = self.positions.get(name)
        if pos is None:
            aid = _actor_id(name)
            # Names with the same id ("Angela Merkel", "angela merkel") are one actor.
            pos = self.by_id.get(aid)
            if pos is None:
                pos = self.by_id[aid] = len(self.actors)
                type_ = _actor_type(post, name, type_)
                self.actors.append([aid, name, type_, [], [], None, seen, seen])
                self.positions[name] = pos
                return pos
            self.positions[name] = pos
        row = self.actors[pos]
        if type_ != row[2]:
            _actor_type(post, name, type_)  # the first type stays; a wrong one is an error
        if seen is not None:
            if row[6] is None or seen < row[6]:
                row[6] = seen
            if row[7] is None or seen > row[7]:
                row[7] = seen
        return pos

    def add(self, ex: Extraction) -> None:
        post, seen = ex.post, ex.post.date
        mentions: set[int] = set()
        for a in ex.actors:
            pos = self.actor(post, a.name, a.type, seen)
            mentions.add(pos)
            row = self.actors[pos]
            for field, values in ((3, a.aliases), (4, a.titles)):
                for v in values:
                    if v not in row[field]:
                        row[field].append(v)
            if a.affiliation:
                row[5] = a.affiliation
        unique = {t.id: t for t in ex.triples}  # the same statement twice is stored once
        rows = self.triples
        for tid, t in unique.items():
            category = t.category if t.category in rows else _category(post, t.category)
            s = self.actor(post, t.subject, t.subject_type, seen)
            o = self.actor(post, t.object, t.object_type, seen)
            mentions.add(s)
            mentions.add(o)
            rows[category].append([
                s, o, tid, t.action, t.negated, t.modality, t.confidence, t.score,
                t.date or seen, post.id, t.sentence, t.start, t.end, t.extractor or None,
            ])
        self.posts.append([
            post.id, post.title, post.date, post.url, post.source or None, post.author,
            post.format or None, post.words, post.content_hash, sorted(mentions),
        ])

    def params(self) -> dict[str, Any]:
        for row in self.actors:
            row.append(list(_cached_search_keys(row[1], tuple(row[3]))))
        out: dict[str, Any] = {
            "post_ids": [p[0] for p in self.posts], "actors": self.actors, "posts": self.posts,
        }
        for category, rows in self.triples.items():
            out[_param(category)] = rows
        return out


def batch_params(extractions: Iterable[Extraction]) -> dict[str, Any]:
    """The parameters of :func:`write_statement` for a batch of extractions.

    A post that comes twice is written once, as its last version; an extraction that breaks
    the schema raises :class:`SchemaError` naming its post.
    """
    latest = {ex.post.id: ex for ex in extractions}
    batch = _Batch()
    for ex in latest.values():
        batch.add(ex)
    return batch.params()
