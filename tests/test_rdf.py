"""RDF exports: the ontology, SHACL conformance, what is asserted, stable IRIs, SPARQL."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pyshacl
import pytest
from export_fixture import ACTORS, DIRECT, POSTS, STATEMENTS, extractions, write_fixture
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SDO

from kg import schema
from kg.errors import UsageError
from kg.exporters import Filters, export
from kg.exporters.rdf import FORMATS, build_dataset, run_sparql, write_rdf
from kg.exporters.select import Selection, Statement
from kg.schema.namespace import KG
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "schema" / "kg.ttl"
SHAPES = ROOT / "schema" / "shapes.ttl"
BASE = "https://example.org/kg/"
# An IRI as RFC 3987 allows it, roughly: a scheme, then no spaces, quotes, angle brackets...
IRI = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+')


@pytest.fixture
def fixture_store(falkordb_store: Store) -> Store:
    """The fixture graph in a fresh embedded store."""
    return write_fixture(falkordb_store)


def export_rdf(store: Store, fmt: str, base_iri: str | None = None, **filters: object) -> bytes:
    out = io.BytesIO()
    export(store, fmt, out, base_iri=base_iri, filters=Filters(**filters))  # type: ignore[arg-type]
    return out.getvalue()


def parse(data: bytes, fmt: str) -> Dataset:
    ds = Dataset(default_union=True)
    ds.parse(data=data, format=FORMATS[fmt])
    return ds


def union(ds: Dataset) -> Graph:
    """All the triples of a dataset, whatever graph they are in."""
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def statement(g: Graph, action: str) -> URIRef:
    (node,) = g.subjects(KG.action, Literal(action))
    assert isinstance(node, URIRef)
    return node


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


# -- the ontology ------------------------------------------------------------------------------


def test_every_category_has_a_property_under_relates_to(ontology: Graph) -> None:
    for name, cat in schema.categories().items():
        prop = URIRef(str(KG) + name.lower())
        assert (prop, RDFS.subPropertyOf, KG.relatesTo) in ontology, name
        assert ontology.value(prop, KG.quadClass) == Literal(cat.quad_class)
        assert float(ontology.value(prop, KG.categoryScore)) == cat.score  # type: ignore[arg-type]


def test_actor_types_are_aligned_with_schema_org_and_foaf(ontology: Graph) -> None:
    assert set(ontology.subjects(RDFS.subClassOf, KG.Actor)) == {
        URIRef(str(KG) + t) for t in schema.actor_types()
    }
    assert (KG.Person, RDFS.subClassOf, SDO.Person) in ontology
    assert (KG.Organization, RDFS.subClassOf, URIRef("http://xmlns.com/foaf/0.1/Organization")) \
        in ontology
    assert (KG.Statement, RDFS.subClassOf, PROV.Entity) in ontology
    assert (KG.Statement, RDFS.subClassOf, RDF.Statement) in ontology


def test_exports_use_only_terms_the_ontology_defines(fixture_store: Store,
                                                     ontology: Graph) -> None:
    g = union(parse(export_rdf(fixture_store, "trig"), "trig"))
    used = {t for triple in g for t in triple if isinstance(t, URIRef) and t.startswith(str(KG))}
    defined = set(ontology.subjects())
    assert used - defined == set()


def test_the_typed_namespace_is_up_to_date_and_strict() -> None:
    check = subprocess.run([sys.executable, str(ROOT / "tools" / "namespace.py"), "--check"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    with pytest.raises(AttributeError, match="not in namespace"):
        KG.consul  # noqa: B018


# -- SHACL -------------------------------------------------------------------------------------


def conforms(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, str]:
    ok, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology,
                                   advanced=True, allow_warnings=False)
    return bool(ok), str(text)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_satisfies_the_shapes(fixture_store: Store, fmt: str, shapes: Graph,
                                           ontology: Graph) -> None:
    ok, report = conforms(union(parse(export_rdf(fixture_store, fmt), fmt)), shapes, ontology)
    assert ok, report


def test_the_shapes_catch_a_negated_statement_stated_as_fact(
    fixture_store: Store, shapes: Graph, ontology: Graph
) -> None:
    g = union(parse(export_rdf(fixture_store, "turtle"), "turtle"))
    g.add((URIRef(BASE + "actor/joe-biden"), KG.agree, URIRef(BASE + "actor/vladimir-putin")))
    ok, report = conforms(g, shapes, ontology)
    assert not ok
    assert "only when an asserted, non-negated statement supports it" in report


def test_the_shapes_catch_a_statement_without_evidence(
    fixture_store: Store, shapes: Graph, ontology: Graph
) -> None:
    g = union(parse(export_rdf(fixture_store, "turtle"), "turtle"))
    g.remove((statement(g, "attack"), KG.sentence, None))
    ok, report = conforms(g, shapes, ontology)
    assert not ok
    assert "kg:sentence" in report or str(KG.sentence) in report


# -- what is said ------------------------------------------------------------------------------


def test_only_asserted_non_negated_statements_are_stated_directly(fixture_store: Store) -> None:
    g = union(parse(export_rdf(fixture_store, "turtle"), "turtle"))
    actor = {name: URIRef(BASE + "actor/" + name) for name in
             ("joe-biden", "vladimir-putin", "russia", "united-states", "american-diplomats",
              "ukraine")}
    direct = [(s, p, o) for s, p, o in g if str(p).startswith(str(KG)) and
              (p, RDFS.subPropertyOf, KG.relatesTo) not in g and (o, RDF.type, KG.Actor) in g]
    assert len(set(direct)) == DIRECT
    assert (actor["joe-biden"], KG.consult, actor["vladimir-putin"]) in g
    assert (actor["russia"], KG.assault, actor["ukraine"]) in g
    # "did not sign", "reportedly accused", "may expel": statements only.
    assert (actor["joe-biden"], KG.agree, actor["vladimir-putin"]) not in g
    assert (actor["russia"], KG.accuse, actor["united-states"]) not in g
    assert (actor["russia"], KG.sanction, actor["american-diplomats"]) not in g
    sign = statement(g, "sign")
    assert g.value(sign, KG.negated) == Literal(True)
    assert g.value(sign, RDF.predicate) == KG.agree
    assert g.value(statement(g, "expel"), KG.modality) == Literal("possible")


def test_every_statement_keeps_its_evidence(fixture_store: Store) -> None:
    g = union(parse(export_rdf(fixture_store, "nt"), "nt"))
    stored = {t.id: t for ex in extractions() for t in ex.triples}
    nodes = set(g.subjects(RDF.type, KG.Statement))
    assert len(nodes) == STATEMENTS
    for node in nodes:
        t = stored[str(g.value(node, DCTERMS.identifier))]
        assert str(g.value(node, KG.sentence)) == t.sentence
        assert (int(g.value(node, KG.start)), int(g.value(node, KG.end))) == (  # type: ignore
            t.start, t.end)
        assert g.value(node, PROV.wasDerivedFrom) == URIRef(BASE + "post/" + t.post)
    cafe = statement(g, "praise")
    assert "\n" in str(g.value(cafe, KG.sentence))
    assert "</script>" in str(g.value(cafe, KG.sentence))


def test_posts_carry_their_metadata(fixture_store: Store) -> None:
    g = union(parse(export_rdf(fixture_store, "turtle"), "turtle"))
    geneva = URIRef(BASE + "post/p-geneva")
    assert g.value(geneva, DCTERMS.title) == Literal("Biden and Putin meet in Geneva")
    published = g.value(geneva, SDO.datePublished)
    assert isinstance(published, Literal)
    assert published.datatype == URIRef("http://www.w3.org/2001/XMLSchema#dateTime")
    assert g.value(geneva, SDO.url) == URIRef("https://news.example/2021/06/16/geneva%20summit")
    assert g.value(URIRef(BASE + "post/p-cafe"), SDO.datePublished) is None


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_dataset_formats_have_a_named_graph_per_post(fixture_store: Store, fmt: str) -> None:
    ds = parse(export_rdf(fixture_store, fmt), fmt)
    named = {g.identifier: g for g in ds.graphs() if g.identifier != ds.default_context.identifier}
    assert set(named) == {URIRef(BASE + "post/" + p) for p in
                          ("p-geneva", "p-sanctions", "p-cafe", "p-invasion")}
    invasion = named[URIRef(BASE + "post/p-invasion")]
    assert (URIRef(BASE + "post/p-invasion"), DCTERMS.title, Literal("Russia attacks Ukraine")) \
        in invasion
    assert len(set(invasion.subjects(RDF.type, KG.Statement))) == 3
    default = ds.default_context
    assert (URIRef(BASE + "actor/russia"), KG.assault, URIRef(BASE + "actor/ukraine")) in default
    assert not set(default.subjects(RDF.type, KG.Statement))


def test_all_formats_hold_the_same_graph(fixture_store: Store) -> None:
    graphs = {fmt: union(parse(export_rdf(fixture_store, fmt), fmt)) for fmt in FORMATS}
    for fmt, g in graphs.items():
        assert isomorphic(g, graphs["turtle"]), fmt
        counts = tuple(len(set(g.subjects(RDF.type, c))) for c in
                       (KG.Actor, KG.Statement, KG.Post))
        assert counts == (ACTORS, STATEMENTS, POSTS), fmt


def test_large_exports_are_written_in_chunks_that_join_up(fixture_store: Store) -> None:
    statements = list(Selection(fixture_store).statements())
    # 50 times the fixture, each copy under other ids: many chunks, and still one document.
    many = [
        Statement(**{**s.__dict__, "id": f"{s.id}-{i}"})
        for i in range(50) for s in statements
    ]
    for fmt in FORMATS:
        out = io.BytesIO()
        written = write_rdf(many, out, fmt)
        g = union(parse(out.getvalue(), fmt))
        assert written.statements == len(set(g.subjects(RDF.type, KG.Statement))) == 700, fmt


@pytest.mark.parametrize(("stored", "datatype"), [
    ("2019-06", "gYearMonth"), ("2019", "gYear"), ("2019-06-03T08:15:00.5+02:00", "dateTime"),
    ("2019-02-30", None), ("last spring", None),  # kept as text, not as an ill-typed date
])
def test_dates_get_the_type_their_form_allows(fixture_store: Store, stored: str,
                                              datatype: str | None) -> None:
    (first, *_) = Selection(fixture_store).statements()
    out = io.BytesIO()
    write_rdf([Statement(**{**first.__dict__, "date": stored})], out, "turtle")
    date = Graph().parse(data=out.getvalue(), format="turtle").value(
        URIRef(BASE + "statement/" + first.id), KG.date)
    assert isinstance(date, Literal)
    expected = URIRef("http://www.w3.org/2001/XMLSchema#" + datatype) if datatype else None
    assert date.datatype == expected


# -- IRIs --------------------------------------------------------------------------------------


def test_iris_are_stable_valid_and_under_the_base(fixture_store: Store) -> None:
    first = union(parse(export_rdf(fixture_store, "nt"), "nt"))
    again = union(parse(export_rdf(fixture_store, "nt"), "nt"))
    assert set(first) == set(again)
    base = "https://data.example.net/news graph"  # a space: refused, see below
    with pytest.raises(UsageError, match="--base-iri"):
        export_rdf(fixture_store, "nt", base_iri=base)
    g = union(parse(export_rdf(fixture_store, "nt", base_iri="urn:kg:test:"), "nt"))
    actors = set(g.subjects(RDF.type, KG.Actor))
    assert URIRef("urn:kg:test:actor/joe-biden") in actors
    assert URIRef("urn:kg:test:actor/x-3935b6efd7ae") in actors  # Кремль
    for term in {t for triple in g for t in triple if isinstance(t, URIRef)}:
        assert IRI.fullmatch(str(term)), term


def test_a_base_without_a_trailing_slash_gets_one(fixture_store: Store) -> None:
    g = union(parse(export_rdf(fixture_store, "nt", base_iri="https://data.example.net/kg"),
                    "nt"))
    assert (URIRef("https://data.example.net/kg/actor/nato"), RDF.type, KG.Actor) in g


def test_the_same_triple_has_the_same_iri_in_another_store(falkordb_store: Store) -> None:
    one = build_dataset(Selection(write_fixture(falkordb_store)).statements())
    ids = {str(t.id) for ex in extractions() for t in ex.triples}
    assert {str(s).rsplit("/", 1)[1] for s in one.subjects(RDF.type, KG.Statement)} == ids


# -- SPARQL ------------------------------------------------------------------------------------


def test_sparql_over_the_store(fixture_store: Store) -> None:
    result = run_sparql(
        "SELECT ?who WHERE { ?s kg:sanction actor:russia ; schema:name ?who }",
        store=fixture_store,
    )
    assert result.columns == ["who"]
    assert result.rows == [{"who": "United States"}]
    evidence = run_sparql(
        "SELECT ?sentence ?post WHERE { GRAPH ?post { ?st rdf:predicate kg:agree ; "
        "kg:negated true ; kg:sentence ?sentence } }", store=fixture_store)
    assert evidence.rows == [{"sentence": "Biden did not sign any agreement with Putin.",
                              "post": BASE + "post/p-geneva"}]
    ask = run_sparql("ASK { actor:joe-biden kg:agree actor:vladimir-putin }",
                     store=fixture_store)
    assert ask.rows == [{"ask": False}]


def test_sparql_over_exported_files(fixture_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    path.write_bytes(export_rdf(fixture_store, "turtle"))
    result = run_sparql("CONSTRUCT { ?a kg:relatesTo ?b } WHERE { ?a kg:consult ?b }",
                        files=[str(path)])
    assert result.graph is not None and len(result.graph) == 2


def test_a_bad_query_is_one_line(fixture_store: Store) -> None:
    with pytest.raises(UsageError, match="the SPARQL query failed"):
        run_sparql("SELEC ?x WHERE { ?x ?y ?z }", store=fixture_store)
