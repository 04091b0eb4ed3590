"""The store commands as users run them: kg ingest, kg stats, kg cypher."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

POSTS = Path(__file__).parent / "data" / "store"


def kg(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    """Run kg; its exit code, standard output and standard error."""
    result = CliRunner().invoke(cli, list(args), input=stdin)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the test posts, ingested once with kg ingest."""
    folder = str(tmp_path_factory.mktemp("cli") / "kg-data")
    code, out, err = kg("ingest", str(POSTS), "--db", folder, "--batch-size", "2")
    assert (code, err) == (0, "")
    assert out.startswith("Read 3 posts: 3 new, 0 changed, 0 unchanged, 0 failed.\nAdded ")
    return folder


def test_ingest_again_reports_every_post_unchanged(db: str) -> None:
    code, out, _ = kg("ingest", str(POSTS), "--db", db, "--quiet")
    assert code == 0
    assert out.startswith("Read 3 posts: 0 new, 0 changed, 3 unchanged, 0 failed.\n"
                          "Added 0 triples and 0 actors to the kg store in ")


def test_ingest_lists_failures_stores_the_rest_and_exits_non_zero(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    shutil.copytree(POSTS, folder)
    (folder / "empty.txt").write_text("")
    code, out, err = kg("ingest", str(folder), "--db", str(tmp_path / "kg-data"))
    assert code == 1
    assert err.splitlines() == [f"Error: {folder}/empty.txt: empty file"]
    assert "3 new, 0 changed, 0 unchanged, 1 failed." in out


def test_stats_counts_what_was_ingested(db: str) -> None:
    code, out, _ = kg("stats", "--db", db, "--json")
    assert code == 0
    stats = json.loads(out)
    assert stats["posts"] == 3
    assert stats["actors"]["Person"] >= 4
    assert stats["relationships"]["CONSULT"] >= 1 and stats["relationships"]["MENTIONS"] >= 6
    assert stats["top_actors"][0]["name"] == "Elena Marsh"
    code, out, _ = kg("stats", "--db", db, "--top", "3")
    assert code == 0 and "Most connected actors" in out and "Elena Marsh" in out


def test_cypher_answers_the_natural_query_with_parameters(db: str) -> None:
    code, out, _ = kg(
        "cypher", "--db", db, "--format", "json",
        "MATCH (a:Actor {name: $name})-[r]->(b:Actor) RETURN type(r) AS type, r.action AS "
        "action, b.name AS object ORDER BY type",
        "--param", "name=Elena Marsh",
    )
    assert code == 0
    rows = json.loads(out)
    assert {"type": "CONSULT", "action": "meet", "object": "Tomas Varga"} in rows


def test_cypher_prints_tables_and_csv(db: str) -> None:
    query = "MATCH (p:Post) RETURN p.title AS title, p.date AS date ORDER BY date"
    code, out, _ = kg("cypher", "--db", db, query)
    assert code == 0
    assert out.splitlines()[0].split() == ["title", "date"]
    assert "Harbour talks end without a deal" in out
    code, out, _ = kg("cypher", "--db", db, "--format", "csv", query)
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["title", "date"] and rows[1] == ["Harbour talks end without a deal",
                                                        "2023-02-14"]


def test_cypher_params_are_json_when_they_parse_as_json(db: str) -> None:
    code, out, _ = kg("cypher", "--db", db, "--format", "json",
                      "RETURN $n + 1 AS n, $l AS l, $s AS s",
                      "-p", "n=41", "-p", "l=[1, \"two\"]", "-p", "s=not json")
    assert code == 0
    assert json.loads(out) == [{"n": 42, "l": [1, "two"], "s": "not json"}]


def test_cypher_reads_the_query_from_standard_input(db: str) -> None:
    code, out, _ = kg("cypher", "--db", db, "--format", "json", "-",
                      stdin="MATCH (p:Post) RETURN count(p) AS posts")
    assert (code, json.loads(out)) == (0, [{"posts": 3}])


def test_cypher_is_read_only_unless_asked_to_write(db: str) -> None:
    code, _, err = kg("cypher", "--db", db, "CREATE (:Note {text: 'hi'})")
    assert code == 1
    assert err == ("Error: the query changes the graph but was run read-only; allow writes "
                   "(kg cypher --write)\n")
    code, _, err = kg("cypher", "--db", db, "--write", "CREATE (:Note {text: 'hi'})")
    assert code == 0 and "1 nodes created" in err
    code, _, _ = kg("cypher", "--db", db, "--write", "MATCH (n:Note) DELETE n RETURN 1 AS x")
    assert code == 0


def test_a_cypher_syntax_error_is_the_engines_one_line_message(db: str) -> None:
    code, out, err = kg("cypher", "--db", db, "MATC (n) RETURN n")
    assert code == 1 and out == ""
    assert err.startswith("Error: ") and err.count("\n") == 1
    assert "MATCH" in err


def test_bad_parameters_and_unknown_stores_exit_2(db: str) -> None:
    code, _, err = kg("cypher", "--db", db, "RETURN 1", "-p", "no-equals-sign")
    assert code == 2 and "write it as name=value" in err
    code, _, err = kg("stats", "--db", "redis://localhost:6379")
    assert code == 2
    assert err == ("Error: unknown store type 'redis'; choose one of: bolt, bolt+s, bolt+ssc, "
                   "falkordb, file, neo4j, neo4j+s, neo4j+ssc\n")


def test_commands_on_a_store_that_does_not_exist_say_so(tmp_path: Path) -> None:
    code, _, err = kg("stats", "--db", str(tmp_path / "nowhere"))
    assert code == 2
    assert err == (f"Error: no kg store in {tmp_path}/nowhere: run kg ingest first, or name a "
                   "store with --db\n")


def test_kg_db_names_the_store_when_db_is_not_given(db: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_DB", db)
    code, out, _ = kg("cypher", "--format", "json", "MATCH (p:Post) RETURN count(p) AS n")
    assert (code, json.loads(out)) == (0, [{"n": 3}])
