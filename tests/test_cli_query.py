"""The relationship questions as users ask them: kg actor, relations, between, path,
neighbours, timeline, top and search, on a store built with kg ingest from tests/data/query/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

POSTS = Path(__file__).parent / "data" / "query"
LOPEZ = "Andrés Manuel López Obrador"


def kg(*args: str) -> tuple[int, str, str]:
    """Run kg; its exit code, standard output and standard error."""
    result = CliRunner(env={"COLUMNS": "200"}).invoke(cli, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the test world, ingested once with kg ingest."""
    folder = str(tmp_path_factory.mktemp("query") / "kg-data")
    code, out, err = kg("ingest", str(POSTS), "--db", folder, "--quiet")
    assert (code, err) == (0, "")
    assert out.startswith("Read 5 posts: 5 new")
    return folder


def test_actor(db: str) -> None:
    code, out, _ = kg("actor", "varga", "--db", db)
    assert code == 0
    assert out.splitlines()[:7] == [
        "Elena Varga (Person)",
        "  aliases      Varga; Hungarian foreign minister",
        "  titles       minister",
        "  roles        foreign minister of Hungary",
        "  affiliation  Hungary",
        "  seen         2021-03-01 to 2022-06-30, in 4 posts",
        "",
    ]
    assert "Acted on\n" in out and "Acted on by\n" in out
    assert f"{LOPEZ}  Person  4" in out


def test_actor_json(db: str) -> None:
    code, out, _ = kg("actor", "Elena Varga", "--db", db, "--json", "--top", "1")
    assert code == 0
    profile = json.loads(out)
    assert profile["partners_out"] == [{"name": LOPEZ, "type": "Person", "relations": 4}]
    assert profile["posts"] == 4


def test_relations_table_and_flags(db: str) -> None:
    code, out, _ = kg("relations", "Varga", "--out", "--db", db)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["direction", "partner", "category", "action", "negated", "count",
                                "first", "last"]
    assert lines[2].split() == ["out", *LOPEZ.split(), "SUPPORT", "thank", "no", "2",
                                "2021-03-01", "2022-06-30"]
    assert len(lines) == 2 + 5
    _, negated, _ = kg("relations", "Tomas Lindqvist", "--out", "--include-negated", "--db", db)
    assert ["out", "Elena", "Varga", "CONSULT", "meet", "yes", "1", "2021-05-10",
            "2021-05-10"] in [line.split() for line in negated.splitlines()]
    _, hypothetical, _ = kg("relations", "Lindqvist", "--include-hypothetical", "--category",
                            "consult", "--db", db)
    assert "Mexico" in hypothetical and "visit" in hypothetical
    _, nothing, _ = kg("relations", "Varga", "--since", "2023", "--db", db)
    assert nothing == "(nothing found)\n"


def test_relations_evidence_and_json(db: str) -> None:
    _, out, _ = kg("relations", "Varga", "--out", "--category", "SUPPORT", "--evidence",
                   "--db", db)
    assert out.splitlines() == [
        f"—thank→ {LOPEZ}  [SUPPORT]  2 × 2021-03-01 to 2022-06-30",
        "  “Elena Varga thanked López Obrador for his hospitality.”",
        "    2021-03-01  Varga in Mexico City  "
        "https://lakeside.example.org/2021/03/01/mexico-city/",
        "  “Varga thanked López Obrador again.”",
        "    2022-06-30  The lake summit  https://lakeside.example.org/2022/06/30/summit/",
    ]
    _, out, _ = kg("relations", "Varga", "--in", "--json", "--db", db)
    rows = json.loads(out)
    assert [(r["partner"], r["action"]) for r in rows] == [
        ("Adam Kowalski", "meet"), (LOPEZ, "meet"), (LOPEZ, "praise")]
    assert rows[0]["evidence"][0]["title"] == "Trouble in Warsaw"


def test_between(db: str) -> None:
    code, out, _ = kg("between", "Lindqvist", "Elena Varga", "--include-negated", "--evidence",
                      "--db", db)
    assert code == 0
    assert out.splitlines()[3:6] == [
        "2021-05-10  Tomas Lindqvist —meet→ Elena Varga  [CONSULT, negated]",
        "  “Tomas Lindqvist did not meet Elena Varga in Geneva.”",
        "    No handshake in Geneva  https://lakeside.example.org/2021/05/10/geneva/",
    ]
    _, table, _ = kg("between", "Lindqvist", "Elena Varga", "--db", db)
    assert [line.split() for line in table.splitlines()[2:]] == [
        ["2021-05-10", "Elena", "Varga", "accuse", "Tomas", "Lindqvist", "ACCUSE", "no",
         "asserted"]]


def test_path(db: str) -> None:
    code, out, _ = kg("path", "lopez obrador", "Marta Kowalski", "--db", db)
    assert code == 0
    assert out.splitlines()[0] == (
        f"{LOPEZ} → Elena Varga → Tomas Lindqvist → Marta Kowalski  (3 hops)")
    _, out, _ = kg("path", "Jorge Ramírez", "Marta Kowalski", "--max-hops", "3", "--db", db)
    assert out == "(no path of 3 hops or fewer)\n"
    _, out, _ = kg("path", "Jorge Ramírez", "Marta Kowalski", "--include-hypothetical",
                   "--evidence", "--db", db)
    assert out.splitlines() == [
        "Jorge Ramírez → Marta Kowalski  (1 hop)",
        "  Jorge Ramírez – Marta Kowalski: 1 relation, latest Marta Kowalski —sanction→ "
        "Jorge Ramírez (2022-01-15)",
        "    2022-01-15  Marta Kowalski —sanction→ Jorge Ramírez  [SANCTION, possible]",
        "      “Marta Kowalski might sanction Jorge Ramírez.”",
        "        Trouble in Warsaw  https://lakeside.example.org/2022/01/15/warsaw/",
    ]
    _, out, _ = kg("path", "Ramírez", "Kowalski", "--json", "--db", db)
    assert [p["actors"] for p in json.loads(out)] == [
        ["Jorge Ramírez", "Adam Kowalski", "Elena Varga", "Tomas Lindqvist", "Marta Kowalski"]]


def test_neighbours(db: str) -> None:
    code, out, _ = kg("neighbours", "Varga", "--hops", "2", "--db", db)
    assert code == 0
    assert [line.split("  ")[0] for line in out.splitlines()[2:]] == [
        LOPEZ, "Adam Kowalski", "Hungary", "Tomas Lindqvist", "Marta Kowalski", "Jorge Ramírez"]
    _, out, _ = kg("neighbours", "Varga", "--json", "--db", db)
    net = json.loads(out)
    assert net["center"] == "Elena Varga"
    assert {"source": "Elena Varga", "target": "Hungary", "relations": 1,
            "categories": ["ROLE"]} in net["links"]


def test_timeline(db: str) -> None:
    code, out, _ = kg("timeline", "Tomas Lindqvist", "--db", db)
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()[2:]] == [
        "2021-05-10", "2021-09-20", "2021-09-20"]
    _, out, _ = kg("timeline", "Tomas Lindqvist", "--limit", "1", "--json", "--db", db)
    assert [(e["date"], e["action"], e["title"]) for e in json.loads(out)] == [
        ("2021-05-10", "accuse", "No handshake in Geneva")]


def test_top(db: str) -> None:
    code, out, _ = kg("top", "--limit", "2", "--db", db)
    assert code == 0
    assert [line.split() for line in out.splitlines()[:1] + out.splitlines()[2:]] == [
        ["rank", "name", "type", "degree", "relations"],
        ["1", "Elena", "Varga", "Person", "4", "9"],
        ["2", "Tomas", "Lindqvist", "Person", "2", "3"]]
    _, out, _ = kg("top", "--by", "pagerank", "--json", "--limit", "1", "--db", db)
    assert json.loads(out)[0]["name"] == "Elena Varga"


def test_search(db: str) -> None:
    code, out, _ = kg("search", "lopez obrador", "--db", db)
    assert code == 0
    assert out.splitlines()[2].split("  ")[0] == LOPEZ
    _, out, _ = kg("search", "kowal", "--json", "--db", db)
    assert [m["name"] for m in json.loads(out)] == ["Adam Kowalski", "Marta Kowalski"]


def test_errors_are_one_line(db: str) -> None:
    code, out, err = kg("relations", "Kowal", "--db", db)
    assert (code, out) == (1, "")
    assert err == ("Error: 'Kowal' matches 2 actors: Adam Kowalski (Person), Marta Kowalski "
                   "(Person); give the full name (kg search 'Kowal' lists them)\n")
    code, _, err = kg("actor", "Lindkvist", "--db", db)
    assert code == 1 and err.endswith("; did you mean Tomas Lindqvist?\n")
    code, _, err = kg("timeline", "Varga", "--since", "last year", "--db", db)
    assert (code, err) == (2, "Error: --since 'last year': write a date as 2019, 2019-05 or "
                              "2019-05-17\n")
    code, _, err = kg("top", "--category", "CONSULT,GOSSIP", "--db", db)
    assert code == 2 and err.startswith("Error: unknown category 'GOSSIP'; choose one of: ")
    code, _, err = kg("between", "Varga", "Elena Varga", "--db", db)
    assert code == 2 and "are the same actor" in err


def test_no_store_says_so(tmp_path: Path) -> None:
    code, _, err = kg("search", "anyone", "--db", str(tmp_path / "nothing"))
    assert code == 2
    assert err.startswith("Error: no kg store in ")
