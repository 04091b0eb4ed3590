"""``kg export`` and ``kg sparql``: formats, files, filters and one-line errors."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from export_fixture import ACTORS, POSTS, STATEMENTS, write_fixture
from rdflib import Graph
from rdflib.namespace import RDF

from kg.cli import cli
from kg.schema.namespace import KG
from kg.store import open_store
from kg.store.embedded import EmbeddedServer


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store folder holding the fixture graph; its server runs while the module's tests do."""
    folder = tmp_path_factory.mktemp("cli-export") / "kg-data"
    server = EmbeddedServer(folder)
    server.acquire()
    try:
        with open_store(str(folder)) as store:
            write_fixture(store)
        yield str(folder)
    finally:
        server.release()


def kg(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_export_writes_to_standard_output(db: str) -> None:
    code, out, err = kg("export", "--format", "turtle", "--db", db)
    assert code == 0 and err == ""
    g = Graph().parse(data=out, format="turtle")
    assert len(set(g.subjects(RDF.type, KG.Statement))) == STATEMENTS


def test_export_to_a_file_says_what_it_wrote(db: str, tmp_path: Path) -> None:
    path = tmp_path / "graph.gexf"
    code, out, err = kg("export", "--format", "gexf", "-o", str(path), "--db", db)
    assert code == 0 and out == ""
    assert err == (f"Wrote {ACTORS} actors, {STATEMENTS} triples as 13 edges from {POSTS} posts "
                   f"to {path}\n")
    assert path.read_bytes().startswith(b"<?xml")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.gexf"]  # no temporary file left


def test_filters_and_base_iri(db: str) -> None:
    code, out, _ = kg("export", "--format", "nt", "--db", db, "--actor", "Putin", "--hops", "1",
                      "--category", "CONSULT,OTHER", "--since", "2021", "--until", "2021-12",
                      "--base-iri", "https://data.example.net/kg/")
    assert code == 0
    g = Graph().parse(data=out, format="nt")
    actors = {str(a) for a in g.subjects(RDF.type, KG.Actor)}
    assert actors == {"https://data.example.net/kg/actor/" + a
                      for a in ("vladimir-putin", "joe-biden", "geneva")}
    assert len(set(g.subjects(RDF.type, KG.Statement))) == 3


def test_min_count(db: str) -> None:
    code, out, _ = kg("export", "--format", "d3", "--db", db, "--min-count", "2")
    assert code == 0
    data = json.loads(out)
    assert [(link["source"], link["action"], link["target"]) for link in data["links"]] == [
        ("united-states", "sanction", "russia")]


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--format", "svg"], 2, "Error: unknown export format 'svg'; choose one of: cytoscape, "),
    (["--format", "dot", "--category", "BRIBE"], 2, "Error: unknown event category 'BRIBE'"),
    (["--format", "dot", "--since", "June 2021"], 2,
     "Error: --since 'June 2021': write the date as YYYY, YYYY-MM or YYYY-MM-DD"),
    (["--format", "nt", "--base-iri", "not an iri"], 2, "Error: --base-iri 'not an iri': give"),
    (["--format", "dot", "--actor", "Vladimir Poutine"], 1,
     "Error: no actor named 'Vladimir Poutine' in the kg store in"),
])
def test_errors_are_one_line(db: str, tmp_path: Path, args: list[str], code: int,
                             message: str) -> None:
    path = tmp_path / "out"
    exit_code, _, err = kg("export", *args, "-o", str(path), "--db", db)
    assert exit_code == code
    assert err.startswith(message) and err.count("\n") == 1
    assert not path.exists()


def test_a_missing_output_folder_is_named(db: str, tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "graph.dot"
    code, _, err = kg("export", "--format", "dot", "-o", str(path), "--db", db)
    assert code == 1
    assert err == f"Error: {path}: cannot write: no folder {path.parent}\n"


def test_sparql_select_as_csv(db: str) -> None:
    code, out, err = kg("sparql", "--db", db, "--format", "csv",
                        "SELECT ?name WHERE { ?a kg:sanction ?b . ?a schema:name ?name }")
    assert code == 0 and err == ""
    assert list(csv.reader(io.StringIO(out))) == [["name"], ["United States"]]


def test_sparql_from_a_file_over_exported_files(db: str, tmp_path: Path) -> None:
    data = tmp_path / "graph.trig"
    assert kg("export", "--format", "trig", "-o", str(data), "--db", db, "-q")[0] == 0
    query = tmp_path / "negated.rq"
    query.write_text("SELECT ?action ?sentence WHERE { ?s kg:negated true ; kg:action ?action ;"
                     " kg:sentence ?sentence }", encoding="utf-8")
    code, out, _ = kg("sparql", str(query), "--data", str(data), "--format", "json")
    assert code == 0
    assert json.loads(out) == [{"action": "sign",
                                "sentence": "Biden did not sign any agreement with Putin."}]


def test_sparql_construct_prints_turtle(db: str) -> None:
    code, out, _ = kg("sparql", "--db", db,
                      "CONSTRUCT { ?a kg:relatesTo ?b } WHERE { ?a kg:assault ?b }")
    assert code == 0
    g = Graph().parse(data=out, format="turtle")
    assert len(g) == 1


def test_sparql_errors_are_one_line(db: str) -> None:
    code, _, err = kg("sparql", "--db", db, "SELECT WHERE")
    assert code == 2
    assert err.startswith("Error: the SPARQL query failed: ") and err.count("\n") == 1


def test_commands_have_help() -> None:
    for command in ("export", "sparql"):
        code, out, _ = kg(command, "--help")
        assert code == 0
        assert "--db" in out
    assert "graphml, gexf, cytoscape, d3, dot, html" in kg("export", "--help")[1]
