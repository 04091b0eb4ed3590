"""Ingest: posts through extraction into the store, re-ingests, failures, and a killed server."""

from __future__ import annotations

import os
import shutil
import signal
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.errors import ExtractionError, InputError, KGError, StoreUnavailable
from kg.extract import extract
from kg.ingest import IngestReport, ingest, ingest_posts
from kg.loaders import load_posts
from kg.model import Extraction, Post, Triple
from kg.store import Store, open_store
from kg.store.falkordb import FalkorDBEngine

POSTS = Path(__file__).parent / "data" / "store"


def expected_triples(posts: Iterable[Post]) -> dict[str, set[str]]:
    """Triple ids per post, as extraction makes them."""
    return {ex.post.id: {t.id for t in ex.triples} for ex in extract(posts)}


def stored_triples(store: Store) -> dict[str, set[str]]:
    """Triple ids per stored post, as the store holds them."""
    rows = store.query("MATCH (p:Post) RETURN p.id AS id")
    out: dict[str, set[str]] = {r["id"]: set() for r in rows}
    for r in store.query("MATCH (:Actor)-[r]->(:Actor) RETURN r.post AS post, r.id AS id"):
        out.setdefault(r["post"], set()).add(r["id"])
    return out


class Recorder:
    """Extraction as kg does it, remembering which posts it was given."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, posts: Iterable[Post], **options: Any) -> Iterator[Extraction]:
        def tap() -> Iterator[Post]:
            for post in posts:
                self.seen.append(post.id)
                yield post
        return extract(tap(), **options)


def test_ingest_stores_every_post_with_its_triples(store: Store) -> None:
    errors: list[KGError] = []
    report = ingest(POSTS, store, on_error=errors.append, batch_size=2)
    assert errors == []
    expected = expected_triples(load_posts(POSTS))
    assert (report.read, report.new, report.unchanged, report.failed) == (3, 3, 0, 0)
    assert stored_triples(store) == expected
    assert report.triples_added == sum(len(ids) for ids in expected.values()) > 0
    assert report.actors_added == store.counts().actors > 0
    assert "Read 3 posts: 3 new, 0 changed, 0 unchanged, 0 failed." in report.summary()
    found = store.query("MATCH (a:Actor {name: 'Elena Marsh'})-[r:CONSULT]->(b:Actor) "
                        "RETURN b.name AS name")
    assert found == [{"name": "Tomas Varga"}]


def test_ingesting_again_changes_nothing_and_extracts_nothing(store: Store) -> None:
    ingest(POSTS, store)
    before, triples = store.counts(), stored_triples(store)
    recorder = Recorder()
    report = ingest(POSTS, store, extract=recorder)
    assert recorder.seen == []
    assert (report.read, report.new, report.changed, report.unchanged) == (3, 0, 0, 3)
    assert (report.triples_added, report.actors_added) == (0, 0)
    assert store.counts() == before and stored_triples(store) == triples


def test_a_changed_post_is_extracted_again_and_its_triples_replaced(
    store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "posts"
    shutil.copytree(POSTS, folder)
    ingest(folder, store)
    harbour = folder / "2023-02-14-harbour-talks.md"
    harbour.write_text(harbour.read_text().replace(
        "Varga accused the Northern Shipping Company of blocking the port for a month.\n", ""))
    recorder = Recorder()
    report = ingest(folder, store, extract=recorder)
    assert (report.new, report.changed, report.unchanged) == (0, 1, 2)
    assert len(recorder.seen) == 1
    assert stored_triples(store) == expected_triples(load_posts(folder))
    accusations = store.query("MATCH (a:Actor {name: 'Tomas Varga'})-[r:ACCUSE]->() RETURN r")
    assert accusations == []


def test_unreadable_inputs_are_reported_and_the_rest_stored(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    shutil.copytree(POSTS, folder)
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    errors: list[KGError] = []
    report = ingest(folder, store, on_error=errors.append)
    assert report.failed == 1 and report.new == 3
    assert len(errors) == 1 and isinstance(errors[0], InputError)
    assert "scan.pdf" in str(errors[0])


def hand_made(post: Post, category: str) -> Extraction:
    """An extraction with one triple of ``category`` (valid or not)."""
    return Extraction(post, [], [Triple(
        subject="Elena Marsh", subject_type="Person", action="meet", category=category,
        object="Tomas Varga", object_type="Person", sentence=post.text, start=0,
        end=len(post.text), post=post.id, date=post.date,
    )])


def posts(n: int) -> list[Post]:
    """``n`` distinct posts."""
    return [Post(id=f"p{i}", title=f"Talks, day {i}", text=f"Marsh met Varga on day {i}.",
                 date=f"2023-05-{i + 1:02d}", source=f"day{i}.txt") for i in range(n)]


def test_a_post_that_breaks_the_schema_fails_alone(store: Store) -> None:
    def extractor(items: Iterable[Post], **options: Any) -> Iterator[Extraction]:
        for p in items:
            yield hand_made(p, "HUG" if p.id == "p2" else "CONSULT")

    errors: list[KGError] = []
    report = ingest_posts(posts(5), store, extract=extractor, on_error=errors.append,
                          batch_size=10)
    assert (report.new, report.failed) == (4, 1)
    assert [str(e) for e in errors] == [
        "post day2.txt ('Talks, day 2'): unknown event category 'HUG'; use one of "
        "AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, "
        "THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT, OTHER, ROLE"
    ]
    assert sorted(stored_triples(store)) == ["p0", "p1", "p3", "p4"]
    # Not stored, so the next run tries it again.
    assert store.post_hashes(["p2"]) == {}


def test_posts_lost_with_a_failed_extraction_are_reported_and_the_rest_go_on(
    store: Store,
) -> None:
    def extractor(items: Iterable[Post], **options: Any) -> Iterator[Extraction]:
        for p in items:
            if p.id == "p1":
                raise ExtractionError("extraction failed on a batch starting at day1.txt: boom")
            yield hand_made(p, "CONSULT")

    errors: list[KGError] = []
    report = ingest_posts(posts(4), store, extract=extractor, on_error=errors.append)
    assert (report.read, report.new, report.failed) == (4, 3, 1)
    assert [str(e) for e in errors] == [
        "day1.txt: not extracted: extraction failed on a batch starting at day1.txt: boom"
    ]
    assert sorted(stored_triples(store)) == ["p0", "p2", "p3"]


def test_a_post_met_twice_in_one_run_is_stored_once(store: Store) -> None:
    twice = posts(3) + posts(2)
    report = ingest_posts(twice, store, extract=lambda items, **o: (
        hand_made(p, "CONSULT") for p in items), batch_size=2)
    assert report.read == 5 and report.new + report.unchanged == 5
    assert store.counts().posts == 3 and store.counts().triples == 3


def test_progress_counts_every_post_and_commits_are_announced(store: Store) -> None:
    done: list[int] = []
    committed: list[list[str]] = []
    ingest_posts(posts(5), store, extract=lambda items, **o: (
        hand_made(p, "CONSULT") for p in items), batch_size=2,
        progress=done.append, on_stored=committed.append)
    assert sum(done) == 5
    assert committed == [["p0", "p1"], ["p2", "p3"], ["p4"]]


def test_an_empty_run_reports_zero_posts(store: Store) -> None:
    report = ingest_posts([], store, extract=lambda items, **o: iter(()))
    assert isinstance(report, IngestReport)
    assert (report.read, report.new, report.triples_added) == (0, 0, 0)


NAMES = ["Elena Marsh", "Tomas Varga", "Ana Sousa", "Jonas Berg", "Marta Lind", "Paul Okafor",
         "Ines Duarte", "Karl Brandt"]
CITIES = ["Lisbon", "Porto", "Madrid", "Vienna", "Oslo", "Dublin"]


def news(n: int) -> list[Post]:
    """``n`` short news posts, each with two or three triples."""
    out = []
    for i in range(n):
        a, b, c = NAMES[i % 8], NAMES[(i + 3) % 8], NAMES[(i + 5) % 8]
        city = CITIES[i % 6]
        text = (f"President {a} met Prime Minister {b} in {city} on Monday. "
                f"{a} praised {c} for the agreement. {b} accused {c} of delay number {i}.")
        out.append(Post(id=f"news-{i:03d}", title=f"Meeting {i}", text=text,
                        date=f"2023-{i % 12 + 1:02d}-{i % 27 + 1:02d}", source=f"news-{i}.txt"))
    return out


def test_a_server_killed_mid_ingest_loses_no_stored_post_and_a_rerun_completes(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "kg-data"
    items = news(60)
    expected = expected_triples(items)
    stored: list[str] = []
    enough = threading.Event()

    def on_stored(ids: list[str]) -> None:
        stored.extend(ids)
        if len(stored) >= 20:
            enough.set()

    with open_store(str(folder)) as store:
        engine = store.engine
        assert isinstance(engine, FalkorDBEngine) and engine.server is not None
        pid = engine.server.pid
        assert pid is not None

        def kill_server() -> None:
            enough.wait(120)
            os.kill(pid, signal.SIGKILL)

        killer = threading.Thread(target=kill_server)
        killer.start()
        with pytest.raises(StoreUnavailable, match="stopped unexpectedly"):
            ingest_posts(items, store, batch_size=4, on_stored=on_stored)
        killer.join()
    assert 20 <= len(stored) < 60

    with open_store(str(folder)) as store:
        after_crash = stored_triples(store)
        # Every post reported stored is there, and no post is there without all its triples.
        assert set(stored) <= set(after_crash)
        assert all(after_crash[pid] == expected[pid] for pid in after_crash)
        report = ingest_posts(items, store, batch_size=4)
        assert report.unchanged == len(after_crash) and report.new == 60 - len(after_crash)
        assert stored_triples(store) == expected
        ids = store.query("MATCH (:Actor)-[r]->(:Actor) RETURN r.id AS id")
        assert len(ids) == len({r["id"] for r in ids}) == sum(len(v) for v in expected.values())
