"""The graph store: what kg writes, how it merges and replaces, and what queries see."""

from __future__ import annotations

import pytest

from kg import schema
from kg.errors import SchemaError, StoreError, UnknownName, UsageError
from kg.model import Actor, Extraction, Post, Triple, actor_id
from kg.store import STORES, Store, open_store, parse_params, store_target
from kg.store.cypher import POST_PROPERTIES, TRIPLE_PROPERTIES
from kg.store.dialect import FALKORDB, NEO4J, schema_items

SUMMIT = "Angela Merkel met Emmanuel Macron in Paris on Tuesday to discuss the budget."
ROLE = "Angela Merkel, the German chancellor, arrived late."
PROTEST = "Farmers blocked roads and accused the government of ignoring them."


def post(pid: str, text: str = SUMMIT, *, date: str = "2019-05-14",
         title: str | None = None) -> Post:
    """A post as a loader would make it."""
    return Post(id=pid, title=f"Report {pid}" if title is None else title, text=text, date=date,
                url=f"https://news.example/{pid}", source=f"{pid}.md", format="markdown")


def triple(p: Post, subject: str, action: str, category: str, obj: str, *,
           subject_type: str = "Person", object_type: str = "Person",
           sentence: str = SUMMIT, negated: bool = False) -> Triple:
    """A triple with its evidence in ``p``."""
    start = p.text.find(sentence)
    known = schema.categories().get(category.upper())
    return Triple(
        subject=subject, subject_type=subject_type, action=action, category=category,
        object=obj, object_type=object_type, negated=negated, modality="asserted",
        confidence=0.9, score=known.score if known else 0.0, sentence=sentence,
        start=max(start, 0), end=max(start, 0) + len(sentence), post=p.id, date=p.date,
        subject_mention=subject.split()[-1], object_mention=obj.split()[-1],
        extractor="test",
    )


def summit(pid: str = "p1", *, date: str = "2019-05-14") -> Extraction:
    """Merkel meets Macron; Merkel is chancellor of Germany."""
    p = post(pid, SUMMIT + " " + ROLE, date=date)
    merkel = Actor("Angela Merkel", "Person", aliases=["Merkel"], titles=["chancellor"],
                   affiliation="Germany")
    macron = Actor("Emmanuel Macron", "Person", aliases=["Macron"])
    return Extraction(p, [merkel, macron], [
        triple(p, "Angela Merkel", "meet", "CONSULT", "Emmanuel Macron"),
        triple(p, "Angela Merkel", "chancellor", "ROLE", "Germany", object_type="Country",
               sentence=ROLE),
    ])


def rels(store: Store, name: str) -> list[dict[str, object]]:
    """The natural query: what an actor did to whom."""
    return store.query(
        "MATCH (a:Actor {name: $name})-[r]->(b:Actor) "
        "RETURN type(r) AS type, r.action AS action, b.name AS object, r AS r "
        "ORDER BY type, object",
        {"name": name},
    )


def test_the_natural_query_finds_each_triple_as_a_typed_relationship(store: Store) -> None:
    ex = summit()
    store.write([ex])
    found = rels(store, "Angela Merkel")
    assert [(r["type"], r["action"], r["object"]) for r in found] == [
        ("CONSULT", "meet", "Emmanuel Macron"), ("ROLE", "chancellor", "Germany"),
    ]
    consult = found[0]["r"]
    assert isinstance(consult, dict)
    t = ex.triples[0]
    assert consult["id"] == t.id
    assert consult["sentence"] == SUMMIT
    assert (consult["start"], consult["end"]) == (0, len(SUMMIT))
    assert consult["post"] == "p1" and consult["date"] == "2019-05-14"
    assert consult["negated"] is False and consult["modality"] == "asserted"
    assert consult["confidence"] == pytest.approx(0.9)
    assert consult["score"] == pytest.approx(schema.categories()["CONSULT"].score)
    assert consult["extractor"] == "test"
    assert set(TRIPLE_PROPERTIES) <= set(consult)
    assert found[1]["r"]["title"] == "chancellor"  # type: ignore[index]


def test_actors_have_stable_ids_type_labels_and_merged_properties(store: Store) -> None:
    store.write([summit()])
    rows = store.query("MATCH (a:Actor) RETURN a ORDER BY a.name")
    actors = {r["a"]["name"]: r["a"] for r in rows}
    merkel = actors["Angela Merkel"]
    assert merkel["id"] == actor_id("Angela Merkel") == "angela-merkel"
    assert sorted(merkel["_labels"]) == ["Actor", "Person"]
    assert merkel["aliases"] == ["Merkel"] and merkel["titles"] == ["chancellor"]
    assert merkel["affiliation"] == "Germany"
    assert merkel["first_seen"] == merkel["last_seen"] == "2019-05-14"
    # An actor met only as the object of a triple is stored with that triple's type.
    assert sorted(actors["Germany"]["_labels"]) == ["Actor", "Country"]
    assert store.query("MATCH (c:Country) RETURN c.name AS name") == [{"name": "Germany"}]


def test_posts_are_nodes_that_mention_their_actors(store: Store) -> None:
    ex = summit()
    store.write([ex])
    [row] = store.query("MATCH (p:Post) RETURN p")
    p = row["p"]
    assert p["id"] == "p1" and p["title"] == "Report p1" and p["url"] == "https://news.example/p1"
    assert p["content_hash"] == ex.post.content_hash and p["words"] == ex.post.words
    assert set(POST_PROPERTIES) - {"author"} <= set(p)
    mentioned = store.query(
        "MATCH (:Post {id: 'p1'})-[:MENTIONS]->(a:Actor) RETURN a.name AS name ORDER BY name"
    )
    assert [r["name"] for r in mentioned] == ["Angela Merkel", "Emmanuel Macron", "Germany"]


def test_writing_the_same_posts_again_creates_nothing(store: Store) -> None:
    store.write([summit("p1"), summit("p2")])
    before = store.counts()
    ids = store.query("MATCH ()-[r:CONSULT]->() RETURN r.id AS id ORDER BY id")
    store.write([summit("p1"), summit("p2")])
    assert store.counts() == before
    assert store.query("MATCH ()-[r:CONSULT]->() RETURN r.id AS id ORDER BY id") == ids
    assert store.query("MATCH (n) RETURN count(n) AS n") == [{"n": 5}]  # 2 posts, 3 actors


def test_a_changed_post_has_its_triples_replaced_and_nothing_else_touched(store: Store) -> None:
    store.write([summit("p1"), summit("p2")])
    p = post("p1", SUMMIT + " " + PROTEST)
    changed = Extraction(p, [Actor("Farmers", "Group")], [
        triple(p, "Farmers", "accuse", "ACCUSE", "French government", subject_type="Group",
               object_type="Organization", sentence=PROTEST),
    ])
    store.write([changed])
    by_post = store.query(
        "MATCH (a:Actor)-[r]->(b:Actor) RETURN r.post AS post, type(r) AS type, "
        "a.name AS subject ORDER BY post, type"
    )
    assert by_post == [
        {"post": "p1", "type": "ACCUSE", "subject": "Farmers"},
        {"post": "p2", "type": "CONSULT", "subject": "Angela Merkel"},
        {"post": "p2", "type": "ROLE", "subject": "Angela Merkel"},
    ]
    mentioned = store.query(
        "MATCH (:Post {id: 'p1'})-[:MENTIONS]->(a) RETURN a.name AS name ORDER BY name"
    )
    assert [r["name"] for r in mentioned] == ["Farmers", "French government"]
    assert store.post_hashes(["p1", "p2"]) == {
        "p1": p.content_hash, "p2": summit("p2").post.content_hash,
    }
    # Actors stay, as the other post still needs them.
    assert store.counts().actors == 5


def test_aliases_and_titles_accumulate_and_dates_widen_across_posts(store: Store) -> None:
    store.write([summit("p1", date="2019-05-14")])
    later = summit("p2", date="2021-09-01")
    later.actors[0].aliases = ["Chancellor Merkel", "Merkel"]
    later.actors[0].titles = ["chancellor", "CDU leader"]
    earlier = summit("p3", date="2005-11-22")
    store.write([later])
    store.write([earlier])
    [row] = store.query("MATCH (a:Actor {id: 'angela-merkel'}) RETURN a")
    merkel = row["a"]
    assert merkel["aliases"] == ["Merkel", "Chancellor Merkel"]
    assert merkel["titles"] == ["chancellor", "CDU leader"]
    assert (merkel["first_seen"], merkel["last_seen"]) == ("2005-11-22", "2021-09-01")
    assert merkel["search_keys"][0] == "angela merkel"
    assert store.counts().actors == 3


def test_the_first_type_an_actor_is_stored_with_stays(store: Store) -> None:
    store.write([summit("p1")])
    p = post("p2", "Germany hosted the talks.")
    store.write([Extraction(p, [Actor("Germany", "Place")], [])])
    [row] = store.query("MATCH (a:Actor {name: 'Germany'}) RETURN a.type AS type, labels(a) AS l")
    assert row["type"] == "Country" and sorted(row["l"]) == ["Actor", "Country"]


def test_one_post_twice_in_a_batch_is_stored_once_as_its_last_version(store: Store) -> None:
    first = summit("p1")
    p = post("p1", PROTEST)
    last = Extraction(p, [], [
        triple(p, "Farmers", "accuse", "ACCUSE", "Government", subject_type="Group",
               object_type="Organization", sentence=PROTEST),
    ])
    store.write([first, last])
    assert store.counts().posts == 1
    assert [r["type"] for r in store.query("MATCH ()-[r]->(:Actor) WHERE type(r) <> 'MENTIONS' "
                                           "RETURN type(r) AS type")] == ["ACCUSE"]


def test_a_batch_with_a_post_that_breaks_the_schema_writes_nothing(store: Store) -> None:
    good = summit("p1")
    p = post("p2", PROTEST)
    bad = Extraction(p, [], [triple(p, "Farmers", "block", "BLOCKADE", "Roads",
                                    subject_type="Group", object_type="Place")])
    with pytest.raises(SchemaError, match=r"p2.md.*BLOCKADE.*CONSULT"):
        store.write([good, bad])
    odd = Extraction(post("p3"), [Actor("Zeus", "Deity")], [])
    with pytest.raises(SchemaError, match="'Zeus' has type 'Deity', not one of Person"):
        store.write([odd])
    assert store.counts().posts == 0


def test_categories_and_types_are_matched_without_regard_to_case(store: Store) -> None:
    p = post("p1")
    ex = Extraction(p, [Actor("Angela Merkel", "person")],
                    [triple(p, "Angela Merkel", "meet", "consult", "Emmanuel Macron",
                            object_type="PERSON")])
    store.write([ex])
    assert [r["type"] for r in rels(store, "Angela Merkel")] == ["CONSULT"]
    assert store.query("MATCH (a:Person) RETURN count(a) AS n") == [{"n": 2}]


NASTY = [
    'He said "stop" and left',
    "O'Brien's \\ backslash \\\\ and \\\" quote",
    "line one\nline two\ttab\r",
    '"}) MATCH (n) DETACH DELETE n //',
    "' OR 1=1 --",
    "unicode: Zelenskyy Зеленський 習近平 🇺🇦 é ü ß",
    "control \x01 char and \\u0041 literal",
    "ends with a backslash \\",
    '"id": "not a key"',
    "",
]


@pytest.mark.parametrize("text", NASTY)
def test_any_text_is_stored_exactly_and_never_becomes_cypher(store: Store, text: str) -> None:
    p = post("p1", text or "x", title=text)
    ex = Extraction(p, [Actor("Angela Merkel", "Person", aliases=[text] if text else [])], [
        triple(p, "Angela Merkel", text or "x", "CONSULT", "Emmanuel Macron", sentence=text),
    ])
    store.write([ex])
    [row] = store.query("MATCH (p:Post)-[:MENTIONS]->(a:Actor {name: 'Angela Merkel'}) "
                        "RETURN p.title AS title, a.aliases AS aliases")
    assert row["title"] == text
    assert row["aliases"] == ([text] if text else [])
    [r] = store.query("MATCH ()-[r:CONSULT]->() RETURN r.sentence AS s, r.action AS a")
    assert r["s"] == text and r["a"] == (text or "x")
    assert store.query("MATCH (x {title: $t}) RETURN count(x) AS n", {"t": text}) == [{"n": 1}]
    assert store.counts().posts == 1


def test_post_hashes_answers_for_the_posts_it_holds(store: Store) -> None:
    assert store.post_hashes(["p1"]) == {}
    ex = summit("p1")
    store.write([ex])
    assert store.post_hashes(["p1", "p9"]) == {"p1": ex.post.content_hash}


def test_a_statement_that_fails_writes_nothing(store: Store) -> None:
    with pytest.raises(StoreError):
        store.run("CREATE (:Scratch {n: 1}) WITH 1 AS one RETURN 1 / 0 AS boom", write=True)
    assert store.query("MATCH (s:Scratch) RETURN count(s) AS n") == [{"n": 0}]


def test_queries_are_read_only_unless_writes_are_allowed(store: Store) -> None:
    with pytest.raises(StoreError, match="run read-only"):
        store.query("CREATE (:Scratch)")
    result = store.run("CREATE (s:Scratch {n: $n}) RETURN s.n AS n", {"n": 3}, write=True)
    assert result.rows == [{"n": 3}] and result.columns == ["n"]
    assert result.counters["nodes_created"] == 1


def test_a_syntax_error_is_reported_as_the_engine_says_it_in_one_line(store: Store) -> None:
    with pytest.raises(StoreError) as info:
        store.query("MATC (n) RETURN n")
    assert "\n" not in str(info.value) and str(info.value)


def test_parameters_of_every_kind_reach_the_query_as_they_were(store: Store) -> None:
    params = {"s": "it's \"quoted\"", "i": 42, "f": 2.5, "b": True, "n": None,
              "l": ["a", 1, [2, 3]], "m": {"key": "v", "with space": [1]}}
    [row] = store.query("RETURN $s AS s, $i AS i, $f AS f, $b AS b, $n AS n, $l AS l, "
                        "$m AS m", params)
    assert row == params


def test_nodes_relationships_and_paths_come_back_as_plain_values(store: Store) -> None:
    store.write([summit()])
    [row] = store.query(
        "MATCH p = (a:Actor {name: 'Angela Merkel'})-[r:CONSULT]->(b) RETURN a, r, p"
    )
    assert row["a"]["name"] == "Angela Merkel" and "Person" in row["a"]["_labels"]
    assert row["r"]["_type"] == "CONSULT" and row["r"]["action"] == "meet"
    assert [step.get("name", step.get("_type")) for step in row["p"]] == [
        "Angela Merkel", "CONSULT", "Emmanuel Macron",
    ]


def test_iter_query_yields_rows_one_at_a_time(store: Store) -> None:
    store.write([summit("p1"), summit("p2")])
    rows = store.iter_query("MATCH (p:Post) RETURN p.id AS id ORDER BY id")
    assert next(rows) == {"id": "p1"}
    assert list(rows) == [{"id": "p2"}]


def test_stats_count_posts_actors_by_type_and_relationships_by_type(store: Store) -> None:
    store.write([summit("p1"), summit("p2")])
    stats = store.stats(top=2)
    assert stats.posts == 2
    assert stats.actors == {"Person": 2, "Country": 1}
    assert stats.relationships == {"MENTIONS": 6, "CONSULT": 2, "ROLE": 2}
    assert stats.top_actors[0] == {"name": "Angela Merkel", "type": "Person", "degree": 4}
    assert len(stats.top_actors) == 2
    d = stats.to_dict()
    assert d["triples_total"] == 4 and d["actors_total"] == 3
    assert "Angela Merkel" in stats.to_text()


def test_an_empty_store_has_zero_of_everything(store: Store) -> None:
    assert store.counts().posts == 0
    assert store.stats().to_dict()["triples_total"] == 0


def test_uniqueness_constraints_are_created_on_first_write(store: Store) -> None:
    store.write([summit()])
    store.ensure_schema()  # a second time is harmless
    with pytest.raises(StoreError):
        store.run("CREATE (:Actor {id: 'angela-merkel'})", write=True)


def test_the_schema_files_and_the_written_properties_agree() -> None:
    model = {(e.kind, e.name): e.properties for e in schema.graph_model()}
    assert model[("relationship", "category")] == TRIPLE_PROPERTIES
    assert model[("node", "Post")] == POST_PROPERTIES
    assert schema.actor_types() == ("Person", "Organization", "Country", "Group", "Place")
    items = schema_items()
    assert {(i.kind, i.label, i.prop) for i in items if i.entity == "node"} >= {
        ("unique", "Actor", "id"), ("unique", "Post", "id"), ("index", "Actor", "name"),
    }


def test_the_dialects_write_constraints_their_own_way() -> None:
    actor_unique = next(i for i in schema_items() if i.kind == "unique" and i.label == "Actor")
    assert NEO4J.schema_steps(actor_unique, "neo4j") == [
        "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE"
    ]
    assert FALKORDB.schema_steps(actor_unique, "kg") == [
        "CREATE INDEX FOR (n:Actor) ON (n.id)",
        ("GRAPH.CONSTRAINT", "CREATE", "kg", "UNIQUE", "NODE", "Actor", "PROPERTIES", "1", "id"),
    ]
    assert not FALKORDB.shortest_path_in_match and NEO4J.shortest_path_in_match


def test_an_unknown_store_scheme_lists_the_valid_ones() -> None:
    with pytest.raises(UnknownName, match=r"'mongodb'.*bolt.*falkordb.*neo4j"):
        open_store("mongodb://localhost")
    assert store_target("./here") == ("file", "./here")
    assert store_target("NEO4J+S://db.example:7687")[0] == "neo4j+s"
    assert {"file", "falkordb", "neo4j", "bolt"} <= set(STORES.names())


def test_query_parameters_from_the_command_line_are_json_or_text() -> None:
    assert parse_params(["n=3", "name=Angela Merkel", "l=[1, 2]", "$q=\"7\"", "e="]) == {
        "n": 3, "name": "Angela Merkel", "l": [1, 2], "q": "7", "e": "",
    }
    with pytest.raises(UsageError, match="name=value"):
        parse_params(["novalue"])
