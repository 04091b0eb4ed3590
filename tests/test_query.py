"""The relationship questions of kg.query, asked of a small world ingested for the purpose.

tests/data/query/ holds five posts (2021-2022) written so that each question has one exact
answer: Elena Varga meets, thanks and hosts Andrés Manuel López Obrador, accuses Tomas
Lindqvist (who "did not meet" her, and "will visit" Mexico), Lindqvist signs with Marta
Kowalski, who "might sanction" Jorge Ramírez, whom Adam Kowalski criticised.
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from kg import query, schema
from kg.errors import ActorNotFound, AmbiguousActor, UnknownName, UsageError
from kg.ingest import ingest
from kg.queries import load_query, queries, query_info
from kg.store import Store, open_store

POSTS = Path(__file__).parent / "data" / "query"
LOPEZ = "Andrés Manuel López Obrador"
VARGA = "Elena Varga"
LINDQVIST = "Tomas Lindqvist"
MARTA = "Marta Kowalski"
ADAM = "Adam Kowalski"
RAMIREZ = "Jorge Ramírez"
FILTER_LINES = [
    "($categories IS NULL OR type(r) IN $categories)",
    "($since IS NULL OR r.date >= $since)",
    "($until IS NULL OR substring(r.date, 0, size($until)) <= $until)",
    "($include_negated OR NOT r.negated)",
    "($include_hypothetical OR r.modality IN ['asserted', 'reported'])",
]


@pytest.fixture(scope="module",
                params=["falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def world(request: pytest.FixtureRequest, store_dir: Path) -> Iterator[Store]:
    """The five posts, ingested once per engine by kg's own pipeline."""
    if request.param == "neo4j":
        uri = os.environ.get("NEO4J_URI")
        if not uri:
            pytest.skip("set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD) to run on Neo4j")
        store = open_store(uri)
        store.run("MATCH (n) DETACH DELETE n", write=True)
    else:
        store = open_store(str(store_dir), database=f"query-{uuid.uuid4().hex[:12]}")
    with store:
        report = ingest([str(POSTS)], store)
        assert report.failed == 0
        yield store


def relation_rows(groups: list[query.RelationGroup]) -> list[tuple[object, ...]]:
    return [(g.direction, g.partner, g.category, g.action, g.negated, g.count, g.first, g.last)
            for g in groups]


def actor_graph(store: Store, **filters: object) -> nx.Graph:
    """The actor graph under the filters, built from between() answers, for networkx."""
    names = [r["name"] for r in store.query("MATCH (a:Actor) RETURN a.name AS name")]
    graph = nx.Graph()
    graph.add_nodes_from(names)
    for a, b in itertools.combinations(sorted(names), 2):
        if query.between(store, a, b, **filters):  # type: ignore[arg-type]
            graph.add_edge(a, b)
    return graph


# -- names ---------------------------------------------------------------------------------


def test_search_ignores_case_and_accents(world: Store) -> None:
    found = query.search(world, "lopez obrador")
    assert [(m.name, m.matched) for m in found] == [(LOPEZ, "folded alias")]
    assert [(m.name, m.matched) for m in query.search(world, "OBRADOR andrés")] == [
        (LOPEZ, "words")]


def test_search_ranks_exact_matches_first(world: Store) -> None:
    found = query.search(world, "kowalski")
    assert [(m.name, m.type, m.matched) for m in found] == [
        (MARTA, "Person", "folded alias"), (ADAM, "Person", "words")]
    assert [m.matched for m in query.search(world, "Kowalski")] == ["alias", "words"]
    assert query.search(world, "nobody here") == []


def test_names_resolve_through_aliases_and_folding(world: Store) -> None:
    assert query.resolve(world, VARGA) == query.Actor(VARGA, "Person")
    assert query.resolve(world, "Varga").name == VARGA
    assert query.resolve(world, "Hungarian foreign minister").name == VARGA
    assert query.resolve(world, "tomas  LINDQVIST").name == LINDQVIST
    assert query.resolve(world, "jorge ramirez").name == RAMIREZ
    assert query.resolve(world, "Kowalski").name == MARTA  # her alias beats his surname
    assert query.resolve(world, "Obrador").name == LOPEZ


def test_an_ambiguous_name_lists_the_candidates(world: Store) -> None:
    with pytest.raises(AmbiguousActor) as err:
        query.resolve(world, "Kowal")
    assert str(err.value) == (
        "'Kowal' matches 2 actors: Adam Kowalski (Person), Marta Kowalski (Person); "
        "give the full name (kg search 'Kowal' lists them)")


def test_an_unknown_name_suggests_the_closest(world: Store) -> None:
    with pytest.raises(ActorNotFound) as err:
        query.resolve(world, "Lindkvist")
    assert str(err.value).startswith("no actor named 'Lindkvist' in ")
    assert str(err.value).endswith("; did you mean Tomas Lindqvist?")
    with pytest.raises(ActorNotFound, match="kg search TEXT finds actors"):
        query.actor_profile(world, "Zzyzx")
    with pytest.raises(UsageError):
        query.resolve(world, "  ")


# -- questions -----------------------------------------------------------------------------


def test_actor_profile(world: Store) -> None:
    p = query.actor_profile(world, "varga")
    assert p == query.Profile(
        name=VARGA, type="Person", aliases=["Varga", "Hungarian foreign minister"],
        titles=["minister"], affiliation="Hungary", roles=["foreign minister of Hungary"],
        first_seen="2021-03-01", last_seen="2022-06-30", posts=4,
        partners_out=[query.Partner(LOPEZ, "Person", 4), query.Partner(LINDQVIST, "Person", 1)],
        partners_in=[query.Partner(LOPEZ, "Person", 2), query.Partner(ADAM, "Person", 1)],
    )
    with_negated = query.actor_profile(world, VARGA, top=1, include_negated=True)
    assert with_negated.partners_in == [query.Partner(LOPEZ, "Person", 2)]
    assert query.actor_profile(world, LINDQVIST, include_negated=True).partners_out == [
        query.Partner(VARGA, "Person", 1), query.Partner(MARTA, "Person", 1)]


def test_relations_grouped_by_partner_and_action(world: Store) -> None:
    assert relation_rows(query.relations(world, VARGA)) == [
        ("out", LOPEZ, "SUPPORT", "thank", False, 2, "2021-03-01", "2022-06-30"),
        ("out", LOPEZ, "CONSULT", "host", False, 1, "2022-06-30", "2022-06-30"),
        ("out", "Hungary", "ROLE", "foreign minister", False, 1, "2022-06-30", "2022-06-30"),
        ("in", ADAM, "CONSULT", "meet", False, 1, "2022-01-15", "2022-01-15"),
        ("out", LINDQVIST, "ACCUSE", "accuse", False, 1, "2021-05-10", "2021-05-10"),
        ("out", LOPEZ, "REQUEST", "invite", False, 1, "2021-03-01", "2021-03-01"),
        ("in", LOPEZ, "CONSULT", "meet", False, 1, "2021-03-01", "2021-03-01"),
        ("in", LOPEZ, "SUPPORT", "praise", False, 1, "2021-03-01", "2021-03-01"),
    ]


def test_relations_filters(world: Store) -> None:
    incoming = query.relations(world, VARGA, direction="in", include_negated=True)
    assert relation_rows(incoming) == [
        ("in", ADAM, "CONSULT", "meet", False, 1, "2022-01-15", "2022-01-15"),
        ("in", LINDQVIST, "CONSULT", "meet", True, 1, "2021-05-10", "2021-05-10"),
        ("in", LOPEZ, "CONSULT", "meet", False, 1, "2021-03-01", "2021-03-01"),
        ("in", LOPEZ, "SUPPORT", "praise", False, 1, "2021-03-01", "2021-03-01"),
    ]
    consult = query.relations(world, VARGA, direction="out", categories=["consult", "role"])
    assert [(g.partner, g.action) for g in consult] == [
        (LOPEZ, "host"), ("Hungary", "foreign minister")]
    period = query.relations(world, VARGA, since="2021-05", until="2022-01")
    assert [(g.partner, g.action) for g in period] == [(ADAM, "meet"), (LINDQVIST, "accuse")]
    assert [g.action for g in query.relations(world, VARGA, until="2021")] == [
        "accuse", "invite", "meet", "praise", "thank"]
    hypothetical = query.relations(world, LINDQVIST, direction="out", include_hypothetical=True)
    assert [(g.partner, g.action, g.modalities) for g in hypothetical] == [
        (MARTA, "sign agreement with", ["asserted"]), ("Mexico", "visit", ["future"])]
    assert query.relations(world, "Mexico") == []
    with pytest.raises(UnknownName):
        query.relations(world, VARGA, categories=["GOSSIP"])
    with pytest.raises(UsageError):
        query.relations(world, VARGA, since="May 2021")
    with pytest.raises(UnknownName):
        query.relations(world, VARGA, direction="sideways")


def test_relations_evidence(world: Store) -> None:
    thanks = query.relations(world, VARGA, categories=["SUPPORT"], direction="out",
                             evidence=True)
    assert [(e.date, e.sentence, e.title, e.url) for e in thanks[0].evidence] == [
        ("2021-03-01", "Elena Varga thanked López Obrador for his hospitality.",
         "Varga in Mexico City", "https://lakeside.example.org/2021/03/01/mexico-city/"),
        ("2022-06-30", "Varga thanked López Obrador again.", "The lake summit",
         "https://lakeside.example.org/2022/06/30/summit/"),
    ]
    assert query.relations(world, VARGA)[0].evidence == []


def test_between_both_ways_with_evidence(world: Store) -> None:
    found = query.between(world, "López Obrador", "Varga")
    assert [(r.date, r.subject, r.action, r.object) for r in found] == [
        ("2021-03-01", LOPEZ, "meet", VARGA),
        ("2021-03-01", LOPEZ, "praise", VARGA),
        ("2021-03-01", VARGA, "invite", LOPEZ),
        ("2021-03-01", VARGA, "thank", LOPEZ),
        ("2022-06-30", VARGA, "host", LOPEZ),
        ("2022-06-30", VARGA, "thank", LOPEZ),
    ]
    first = found[0].to_dict()
    assert first["sentence"] == (
        "Andrés Manuel López Obrador met Elena Varga in Mexico City on Monday.")
    assert (first["title"], first["url"]) == (
        "Varga in Mexico City", "https://lakeside.example.org/2021/03/01/mexico-city/")
    assert query.between(world, LINDQVIST, VARGA) == query.between(world, VARGA, LINDQVIST)
    assert [(r.action, r.negated) for r in query.between(
        world, LINDQVIST, VARGA, include_negated=True)] == [("accuse", False), ("meet", True)]
    assert query.between(world, LOPEZ, MARTA) == []
    with pytest.raises(UsageError):
        query.between(world, "Varga", VARGA)


def test_path_with_evidence_per_hop(world: Store) -> None:
    paths = query.path(world, "lopez obrador", MARTA)
    assert [p.actors for p in paths] == [[LOPEZ, VARGA, LINDQVIST, MARTA]]
    hops = paths[0].hops
    assert [(h.source, h.target, h.relations) for h in hops] == [
        (LOPEZ, VARGA, 6), (VARGA, LINDQVIST, 1), (LINDQVIST, MARTA, 2)]
    assert [(r.subject, r.action, r.object, r.evidence.title) for r in hops[1].evidence] == [
        (VARGA, "accuse", LINDQVIST, "No handshake in Geneva")]
    assert len(hops[0].evidence) == 3  # the latest three of six
    assert query.path(world, LOPEZ, MARTA, max_hops=2) == []


def test_path_filters_apply_at_every_hop(world: Store) -> None:
    # The only direct link is "might sanction": hypothetical, so the way round is the answer.
    assert [p.actors for p in query.path(world, RAMIREZ, MARTA)] == [
        [RAMIREZ, ADAM, VARGA, LINDQVIST, MARTA]]
    assert [p.actors for p in query.path(world, RAMIREZ, MARTA, include_hypothetical=True)] == [
        [RAMIREZ, MARTA]]
    assert query.path(world, LINDQVIST, "Mexico") == []
    assert query.path(world, RAMIREZ, MARTA, max_hops=3) == []
    assert [p.actors for p in query.path(world, LOPEZ, RAMIREZ, categories=["CONSULT",
                                                                             "ACCUSE"])] == [
        [LOPEZ, VARGA, ADAM, RAMIREZ]]


def test_path_finds_every_shortest_path(world: Store) -> None:
    """kg's search agrees with networkx on every pair of the world, under two filters."""
    for filters in ({}, {"include_hypothetical": True, "include_negated": True}):
        graph = actor_graph(world, **filters)
        for a, b in itertools.permutations(sorted(graph), 2):
            found = [p.actors for p in query.path(world, a, b, max_hops=6, limit=100,
                                                  **filters)]  # type: ignore[arg-type]
            expected = (sorted(nx.all_shortest_paths(graph, a, b))
                        if nx.has_path(graph, a, b) else [])
            assert found == expected, (a, b, filters)


def test_path_cypher_file_agrees_for_neo4j_browser(world: Store) -> None:
    params = {"name": LOPEZ, "other": MARTA, "limit": 10, "categories": None, "since": None,
              "until": None, "include_negated": False, "include_hypothetical": False}
    rows = world.query(load_query("path"), params)
    assert [r["actors"] for r in rows] == [p.actors for p in query.path(world, LOPEZ, MARTA)]


def test_neighbours_is_the_ego_network(world: Store) -> None:
    net = query.neighbours(world, "Varga")
    assert [(n.name, n.hops, n.via, n.relations) for n in net.actors] == [
        (LOPEZ, 1, [VARGA], 6), (ADAM, 1, [VARGA], 1), ("Hungary", 1, [VARGA], 1),
        (LINDQVIST, 1, [VARGA], 1)]
    two = query.neighbours(world, VARGA, hops=2)
    assert [(n.name, n.hops, n.via) for n in two.actors[4:]] == [
        (MARTA, 2, [LINDQVIST]), (RAMIREZ, 2, [ADAM])]
    graph = actor_graph(world)
    for hops in (1, 2, 3):
        net = query.neighbours(world, VARGA, hops=hops)
        ego = nx.ego_graph(graph, VARGA, radius=hops)
        assert {n.name for n in net.actors} | {VARGA} == set(ego)
        assert {(lk.source, lk.target) for lk in net.links} == {
            tuple(sorted(e)) for e in ego.edges}
    assert [n.name for n in query.neighbours(world, VARGA, limit=2).actors] == [LOPEZ, ADAM]
    hypothetical = query.neighbours(world, LINDQVIST, include_hypothetical=True)
    assert [n.name for n in hypothetical.actors] == [MARTA, VARGA, "Mexico"]


def test_timeline_oldest_first(world: Store) -> None:
    events = query.timeline(world, LINDQVIST, include_negated=True)
    assert [(e.date, e.subject, e.action, e.object, e.negated) for e in events] == [
        ("2021-05-10", VARGA, "accuse", LINDQVIST, False),
        ("2021-05-10", LINDQVIST, "meet", VARGA, True),
        ("2021-09-20", LINDQVIST, "sign agreement with", MARTA, False),
        ("2021-09-20", MARTA, "thank", LINDQVIST, False),
    ]
    assert [e.action for e in query.timeline(world, LINDQVIST)] == [
        "accuse", "sign agreement with", "thank"]
    assert [e.action for e in query.timeline(world, LINDQVIST, limit=1)] == ["accuse"]
    # ROLE relations are not events.
    assert "foreign minister" not in [e.action for e in query.timeline(world, VARGA)]
    assert [e.date for e in query.timeline(world, VARGA, since="2022")] == [
        "2022-01-15", "2022-06-30", "2022-06-30"]


def test_top_by_degree_pagerank_and_betweenness(world: Store) -> None:
    by_degree = query.top(world, limit=3)
    assert [(c.name, c.score, c.relations) for c in by_degree] == [
        (VARGA, 4.0, 9), (LINDQVIST, 2.0, 3), (ADAM, 2.0, 2)]
    assert [c.name for c in query.top(world, by="pagerank", limit=2)] == [VARGA, LINDQVIST]
    # With a filter kg ranks with networkx; over the same relations it agrees with the engine.
    every = {"since": "1900", "include_negated": True, "include_hypothetical": True}
    assert [c.name for c in query.top(world, by="pagerank", limit=2, **every)] == [
        VARGA, LINDQVIST]
    between = query.top(world, by="betweenness", limit=1)
    assert (between[0].name, round(between[0].score, 3)) == (VARGA, 0.867)
    accusers = query.top(world, categories=["ACCUSE"])
    assert [(c.name, c.score) for c in accusers] == [
        (ADAM, 1.0), (VARGA, 1.0), (RAMIREZ, 1.0), (LINDQVIST, 1.0)]
    assert query.top(world, by="pagerank", since="2030") == []
    with pytest.raises(UnknownName):
        query.top(world, by="fame")


# -- the query files -----------------------------------------------------------------------


def test_every_question_is_a_documented_cypher_file() -> None:
    names = set(queries())
    assert {"actor_profile", "relations", "between", "path", "neighbours", "timeline", "top",
            "search"} <= names
    for q in queries().values():
        used = set(re_params(q.statement))
        assert used == set(q.parameters), q.name
        assert q.description and q.path.suffix == ".cypher"
        assert ":params {" in q.path.read_text(encoding="utf-8"), q.name
    with pytest.raises(UnknownName):
        query_info("gossip")


def re_params(statement: str) -> list[str]:
    import re

    return re.findall(r"\$([A-Za-z_]\w*)", statement)


def test_relation_questions_share_one_filter() -> None:
    for name in ("actor_profile", "relations", "between", "path", "neighbours", "path_hops",
                 "links", "timeline", "top", "actor_graph"):
        statement = " ".join(load_query(name).split())
        for expected in FILTER_LINES:
            assert expected in statement, (name, expected)


def test_path_file_names_every_relationship_type() -> None:
    statement = load_query("path")
    assert f"[:{'|'.join(schema.categories())}*..4]" in statement


def test_the_installed_package_ships_the_files() -> None:
    from importlib.resources import files

    shipped = {p.name for p in files("kg.queries").iterdir() if p.name.endswith(".cypher")}
    assert {f"{name}.cypher" for name in queries()} == shipped
