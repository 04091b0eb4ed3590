"""Neo4j as the store: the connection's own behaviour.

The store operations themselves run on Neo4j through the ``store`` fixture of
``tests/conftest.py`` (every test in ``test_store.py`` and ``test_ingest.py``) when
``NEO4J_URI`` is set; the tests here that need a server are skipped without it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import StoreUnavailable
from kg.store import open_store
from kg.store.neo4j import Neo4jEngine, split_credentials

POSTS = Path(__file__).parent / "data" / "store"
needs_server = pytest.mark.skipif(
    not os.environ.get("NEO4J_URI"), reason="set NEO4J_URI to run tests against Neo4j"
)


def test_credentials_come_from_the_uri_first_then_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEO4J_USERNAME", "reader")
    monkeypatch.setenv("NEO4J_PASSWORD", "from-env")
    assert split_credentials("neo4j://alice:s%40cret@db.example:7687") == (
        "neo4j://db.example:7687", ("alice", "s@cret"))
    assert split_credentials("bolt+s://db.example") == (
        "bolt+s://db.example", ("reader", "from-env"))
    monkeypatch.delenv("NEO4J_PASSWORD")
    monkeypatch.delenv("NEO4J_USERNAME")
    assert split_credentials("neo4j://localhost:7687") == ("neo4j://localhost:7687", None)


def test_an_unreachable_server_is_one_line_and_exit_code_2() -> None:
    result = CliRunner().invoke(cli, ["stats", "--db", "bolt://127.0.0.1:1"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: cannot reach Neo4j at 127.0.0.1:1: ")
    assert result.stderr.count("\n") == 1 and result.stdout == ""


@pytest.mark.neo4j
@needs_server
def test_wrong_credentials_are_refused_before_anything_is_written() -> None:
    uri = os.environ["NEO4J_URI"]
    scheme, _, rest = uri.partition("://")
    with pytest.raises(StoreUnavailable, match="refused the login"):
        open_store(f"{scheme}://neo4j:certainly-not-the-password@{rest.split('@')[-1]}")


@pytest.mark.neo4j
@needs_server
def test_ingest_stats_and_cypher_work_on_neo4j(tmp_path: Path) -> None:
    uri = os.environ["NEO4J_URI"]
    with open_store(uri) as store:
        assert isinstance(store.engine, Neo4jEngine)
        store.run("MATCH (n) DETACH DELETE n", write=True)
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(POSTS), "--db", uri])
    assert result.exit_code == 0, result.output
    assert "3 new" in result.stdout
    result = runner.invoke(cli, ["ingest", str(POSTS), "--db", uri])
    assert "3 unchanged" in result.stdout
    result = runner.invoke(cli, ["stats", "--db", uri, "--json"])
    assert result.exit_code == 0 and '"posts": 3' in result.stdout
    result = runner.invoke(cli, ["cypher", "--db", uri, "CREATE (:Note)"])
    assert result.exit_code == 1 and "read-only" in result.stderr
