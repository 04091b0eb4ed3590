"""Fixtures shared by kg's tests.

The graph store is real: one embedded FalkorDB server for the session, in a temporary folder,
with a fresh graph for each test (``store``). With ``NEO4J_URI`` set, every test that uses
``store`` also runs against that Neo4j server (its database is emptied first); without it,
those runs are skipped.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.store import Store, open_store
from kg.store.embedded import EmbeddedServer
from kg.store.falkordb import FalkorDBEngine

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The folder of the session's embedded store; its server runs for the whole session."""
    folder = tmp_path_factory.mktemp("store") / "kg-data"
    server = EmbeddedServer(folder)
    server.acquire()
    try:
        yield folder
    finally:
        server.release()


def _fresh_falkordb(folder: Path) -> Iterator[Store]:
    store = open_store(str(folder), database=f"test-{uuid.uuid4().hex[:12]}")
    try:
        yield store
    finally:
        engine = store.engine
        assert isinstance(engine, FalkorDBEngine)
        # The graph may never have been created, or the test may have stopped the server.
        with contextlib.suppress(Exception):
            engine.db.connection.execute_command("GRAPH.DELETE", engine.graph_name)
        store.close()


def _fresh_neo4j() -> Iterator[Store]:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.skip("set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD) to run Neo4j tests")
    store = open_store(uri)
    store.run("MATCH (n) DETACH DELETE n", write=True)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(params=["falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, store_dir: Path) -> Iterator[Store]:
    """An empty graph: on the session's embedded FalkorDB, and on Neo4j when NEO4J_URI is set."""
    if request.param == "neo4j":
        yield from _fresh_neo4j()
    else:
        yield from _fresh_falkordb(store_dir)


@pytest.fixture
def falkordb_store(store_dir: Path) -> Iterator[Store]:
    """An empty graph on the session's embedded FalkorDB only."""
    yield from _fresh_falkordb(store_dir)
