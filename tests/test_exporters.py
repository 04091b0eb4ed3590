"""Every export format, through the registry: it parses back to the graph that was exported.

The fixture graph (``tests/data/export/graph.jsonl``) is written into a real embedded store;
each format is read back with the library its users would read it with (rdflib, networkx,
pydot, a JSON parser), and the filters are checked on the statements every format reads.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from typing import Any

import networkx as nx
import pydot
import pytest
from export_fixture import ACTORS, EDGES, POSTS, STATEMENTS, write_fixture
from rdflib import Dataset
from rdflib.namespace import RDF

from kg.errors import ActorNotFound, AmbiguousActor, UnknownName, UsageError
from kg.exporters import EXPORTERS, Filters, Selection, export
from kg.exporters.select import find_actor
from kg.schema.namespace import KG
from kg.store import Store

RDF_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig",
               "nquads": "nquads", "xml": "xml"}
GRAPH_FORMATS = ["graphml", "gexf", "cytoscape", "d3", "dot", "html"]


@pytest.fixture
def fixture_store(falkordb_store: Store) -> Store:
    """The fixture graph in a fresh embedded store."""
    return write_fixture(falkordb_store)


def run(store: Store, fmt: str, **filters: Any) -> bytes:
    out = io.BytesIO()
    export(store, fmt, out, filters=Filters(**filters))
    return out.getvalue()


def rdf_counts(data: bytes, fmt: str) -> tuple[int, int, int]:
    """Actors, statements and posts of an RDF export, read back by rdflib."""
    ds = Dataset(default_union=True)
    ds.parse(data=data, format=RDF_FORMATS[fmt])
    return tuple(  # type: ignore[return-value]
        len(set(ds.subjects(RDF.type, c))) for c in (KG.Actor, KG.Statement, KG.Post)
    )


def html_data(data: bytes) -> dict[str, Any]:
    m = re.search(rb'<script type="application/json" id="kg-data">(.*?)</script>', data, re.S)
    assert m is not None
    return json.loads(m[1])  # type: ignore[no-any-return]


def read_graph(data: bytes, fmt: str) -> nx.MultiDiGraph:
    """A graph export read back into networkx, as a user of that format would."""
    if fmt == "graphml":
        return nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    if fmt == "gexf":
        return nx.read_gexf(io.BytesIO(data))
    if fmt == "cytoscape":
        return nx.cytoscape_graph(json.loads(data))
    if fmt == "d3":
        return nx.node_link_graph(json.loads(data), edges="links")
    if fmt == "dot":
        (dot,) = pydot.graph_from_dot_data(data.decode("utf-8"))
        g = nx.MultiDiGraph()
        for node in dot.get_nodes():
            if node.get_name() not in ("node", "edge", "graph"):
                g.add_node(node.get_name().strip('"'), **node.get_attributes())
        for edge in dot.get_edges():
            g.add_edge(edge.get_source().strip('"'), edge.get_destination().strip('"'),
                       **edge.get_attributes())
        return g
    if fmt == "html":
        page = html_data(data)
        g = nx.MultiDiGraph()
        g.add_nodes_from((n["id"], n) for n in page["nodes"])
        g.add_edges_from((e["source"], e["target"], e) for e in page["edges"])
        return g
    raise AssertionError(fmt)


def evidence_count(g: nx.MultiDiGraph) -> int:
    return sum(int(str(d["count"]).strip('"')) for _, _, d in g.edges(data=True))


def test_registry_names_every_format() -> None:
    assert EXPORTERS.names() == sorted([*RDF_FORMATS, *GRAPH_FORMATS])
    assert EXPORTERS.canonical("ttl") == "turtle"
    assert EXPORTERS.canonical("graphviz") == "dot"


def test_unknown_format_lists_the_formats(fixture_store: Store) -> None:
    with pytest.raises(UnknownName, match=r"unknown export format 'svg'; choose one of: "
                                          r"cytoscape, d3, dot"):
        run(fixture_store, "svg")


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
def test_rdf_formats_parse_back_to_the_same_counts(fixture_store: Store, fmt: str) -> None:
    assert rdf_counts(run(fixture_store, fmt), fmt) == (ACTORS, STATEMENTS, POSTS)


@pytest.mark.parametrize("fmt", GRAPH_FORMATS)
def test_graph_formats_parse_back_to_the_same_graph(fixture_store: Store, fmt: str) -> None:
    g = read_graph(run(fixture_store, fmt), fmt)
    assert g.number_of_nodes() == ACTORS
    assert g.number_of_edges() == EDGES
    assert evidence_count(g) == STATEMENTS
    names = {str(d.get("name", d.get("label", ""))).strip('"') for _, d in g.nodes(data=True)}
    assert {"Joe Biden", "Кремль", "Zoë O'Brien & Partners <Ltd>"} <= names


@pytest.mark.parametrize("fmt", GRAPH_FORMATS)
def test_graph_formats_carry_the_edge_attributes(fixture_store: Store, fmt: str) -> None:
    g = read_graph(run(fixture_store, fmt), fmt)
    us = "united-states"
    sanctions = [d for _, v, d in g.out_edges(us, data=True) if v == "russia"]
    assert len(sanctions) == 1
    d = {k: str(v).strip('"') for k, v in sanctions[0].items()}
    assert (d["category"], d["action"], d["count"]) == ("SANCTION", "sanction", "2")
    assert float(d["score"]) == -6.0
    assert d["first_date"] == d["last_date"] == "2021-04-15"
    biden = {k: str(v).strip('"') for k, v in g.nodes["joe-biden"].items()}
    assert (biden["type"], biden["degree"]) == ("Person", "5")


@pytest.mark.parametrize("fmt", sorted(EXPORTERS.names()))
def test_output_is_the_same_every_time_and_ends_with_a_newline(
    fixture_store: Store, fmt: str
) -> None:
    first, second = run(fixture_store, fmt), run(fixture_store, fmt)
    assert first == second
    assert first.endswith(b"\n")
    first.decode("utf-8")


@pytest.mark.parametrize("fmt", sorted(EXPORTERS.names()))
def test_filters_apply_in_every_format(fixture_store: Store, fmt: str) -> None:
    data = run(fixture_store, fmt, categories=("sanction",))
    if fmt in RDF_FORMATS:
        assert rdf_counts(data, fmt) == (3, 3, 1)
    else:
        g = read_graph(data, fmt)
        assert (g.number_of_nodes(), g.number_of_edges(), evidence_count(g)) == (3, 2, 3)


@pytest.mark.parametrize("fmt", sorted(EXPORTERS.names()))
def test_an_empty_selection_is_a_valid_empty_export(fixture_store: Store, fmt: str) -> None:
    data = run(fixture_store, fmt, since="2030")
    if fmt in RDF_FORMATS:
        assert rdf_counts(data, fmt) == (0, 0, 0)
    else:
        assert read_graph(data, fmt).number_of_nodes() == 0


# -- the selection: filters, actors ------------------------------------------------------------


def triples(store: Store, **filters: Any) -> set[tuple[str, str, str]]:
    """(subject, action, object) of the statements the filters select."""
    return {(s.subject.name, s.action, s.object.name)
            for s in Selection(store, Filters(**filters)).statements()}


def test_category_filter_takes_any_case_and_commas(store: Store) -> None:
    write_fixture(store)
    assert triples(store, categories=("role,Reject",)) == {
        ("Joe Biden", "president", "United States"),
        ("Vladimir Putin", "president", "Russia"),
        ("Кремль", "reject", "Joe Biden"),
    }


def test_date_filters_are_inclusive_and_drop_undated_triples(store: Store) -> None:
    write_fixture(store)
    # The Geneva summit is dated 2021-06-16T10:00:00+00:00: in on both ends.
    on_the_day = triples(store, since="2021-06-16", until="2021-06-16")
    assert ("Joe Biden", "meet", "Vladimir Putin") in on_the_day
    assert {a for _, a, _ in on_the_day} == {"meet", "president", "sign", "arrive in"}
    assert triples(store, since="2022") == {
        ("Russia", "attack", "Ukraine"), ("Ukraine", "ask", "NATO"),
        ("Vladimir Putin", "president", "Russia"),
    }
    assert ("Кремль", "reject", "Joe Biden") not in triples(store, until="2030")


def test_actor_filter_keeps_the_neighbourhood(store: Store) -> None:
    write_fixture(store)
    assert triples(store, actor="Biden", hops=1) == {
        ("Joe Biden", "meet", "Vladimir Putin"), ("Vladimir Putin", "meet", "Joe Biden"),
        ("Joe Biden", "sign", "Vladimir Putin"), ("Joe Biden", "president", "United States"),
        ("Кремль", "reject", "Joe Biden"),
    }
    two = triples(store, actor="joe biden", hops=2)
    assert ("Vladimir Putin", "arrive in", "Geneva") in two
    assert ("United States", "sanction", "Russia") in two  # Russia: Biden → Putin → Russia
    assert ("Russia", "attack", "Ukraine") not in two  # Ukraine is 3 hops away
    assert triples(store, actor="Joe Biden", hops=0) == set()


def test_actor_filter_follows_only_the_selected_categories(store: Store) -> None:
    write_fixture(store)
    # Without ROLE, the United States is not next to Joe Biden.
    assert triples(store, actor="Joe Biden", hops=3, categories=("CONSULT", "SANCTION")) == {
        ("Joe Biden", "meet", "Vladimir Putin"), ("Vladimir Putin", "meet", "Joe Biden"),
    }


def test_min_count_keeps_relationships_seen_often_enough(store: Store) -> None:
    write_fixture(store)
    assert triples(store, min_count=2) == {("United States", "sanction", "Russia")}
    assert len(list(Selection(store, Filters(min_count=2)).statements())) == 2


def test_find_actor_by_id_name_or_alias(store: Store) -> None:
    write_fixture(store)
    assert find_actor(store, "joe-biden").name == "Joe Biden"
    assert find_actor(store, "JOE BIDEN").name == "Joe Biden"
    assert find_actor(store, "O'Brien & Partners").name == "Zoë O'Brien & Partners <Ltd>"
    assert find_actor(store, "Кремль").type == "Organization"


def test_unknown_actor_suggests_close_names(store: Store) -> None:
    write_fixture(store)
    with pytest.raises(ActorNotFound, match=r"no actor named 'Vladimir Poutine'.*"
                                            r"did you mean Vladimir Putin"):
        find_actor(store, "Vladimir Poutine")


def test_a_name_shared_by_two_actors_is_ambiguous(store: Store) -> None:
    write_fixture(store)
    store.run("MATCH (a:Actor {id: 'russia'}) SET a.aliases = ['Moscow']", write=True)
    store.run("MATCH (a:Actor {id: 'x-3935b6efd7ae'}) SET a.aliases = ['Moscow']", write=True)
    with pytest.raises(AmbiguousActor, match=r"'moscow' names 2 actors: Russia \(Country\), "
                                             r"Кремль \(Organization\)"):
        find_actor(store, "moscow")


@pytest.mark.parametrize(("filters", "message"), [
    ({"categories": ("BRIBE",)}, r"unknown event category 'BRIBE'; choose one of: ACCUSE"),
    ({"since": "16/06/2021"}, r"--since '16/06/2021': write the date as YYYY"),
    ({"since": "2022", "until": "2021-12"}, r"--since 2022 is after --until 2021-12"),
    ({"min_count": 0}, r"--min-count 0: give 1 or more"),
])
def test_bad_filters_are_refused_before_any_query(
    fixture_store: Store, filters: dict[str, Any], message: str
) -> None:
    with pytest.raises((UnknownName, UsageError), match=message):
        Selection(fixture_store, Filters(**filters))


def test_statements_stream_in_post_order(fixture_store: Store) -> None:
    posts: Iterator[str] = (s.post.id for s in Selection(fixture_store).statements())
    seen: list[str] = []
    for pid in posts:
        if not seen or seen[-1] != pid:
            assert pid not in seen
            seen.append(pid)
    assert seen == sorted(seen)
