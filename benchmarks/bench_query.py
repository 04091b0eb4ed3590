"""Benchmark the relationship questions of kg.query: latency per question, through the Python API.

Two graphs, each built once into a store folder and reused by later runs:

- wikinews: the 293 Wikinews articles (``../shared/corpora/wikinews/wikinews_en.jsonl.gz``)
  ingested by kg's own pipeline (loaders, extraction, ``Store.write``);
- generated: the 1,000,000-triple graph of ``benchmarks/bench_store.py`` (its ``Corpus``: about
  10 triples per post between actors drawn with a Zipf law from 100,000 names).

Each question is asked of the same sample of actors (drawn uniformly among the actors that
have relations) or pairs, once to warm up and then timed; the table gives the median, the
95th percentile and the slowest in milliseconds. ``between`` is asked of related pairs,
``path`` of random pairs (at most 4 hops). ``top`` is timed once per measure, without a
warm-up.

    python benchmarks/bench_query.py                       # both graphs, 50 samples each
    python benchmarks/bench_query.py --graph wikinews --samples 20
    python benchmarks/bench_query.py --graph generated --db /tmp/kg-big
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg import query
from kg.store import open_store
from kg.store.base import Store

ROOT = Path(__file__).resolve().parent.parent
WIKINEWS = ROOT.parent / "shared" / "corpora" / "wikinews" / "wikinews_en.jsonl.gz"
DEFAULT_DBS = {"wikinews": "/tmp/kg-bench-wikinews", "generated": "/tmp/kg-bench-generated"}


def build_wikinews(store: Store) -> None:
    """Ingest the Wikinews corpus with kg's own loaders and extractor."""
    from kg.extract import extract
    from kg.loaders import load_posts

    extractions = extract(load_posts([str(WIKINEWS)]))
    while batch := list(itertools.islice(extractions, 25)):
        store.write(batch)


def build_generated(store: Store, triples: int, actors: int) -> None:
    """Write bench_store.py's generated graph."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.bench_store import Corpus, batches

    for batch in batches(Corpus(actors).posts(triples), 200):
        store.write(batch)


def sample_actors(store: Store, n: int, rnd: random.Random) -> list[str]:
    """``n`` actors drawn uniformly among those with at least one relation."""
    names = sorted(r["name"] for r in store.query("MATCH (a:Actor) RETURN a.name AS name"))
    rnd.shuffle(names)
    chosen = []
    for name in names:
        rows = store.query("MATCH (a:Actor {name: $name})-[r]-(:Actor) RETURN r LIMIT 1",
                           {"name": name})
        if rows:
            chosen.append(name)
            if len(chosen) == n:
                break
    return chosen


def related_pairs(store: Store, actors: list[str], rnd: random.Random) -> list[tuple[str, str]]:
    """For each actor, one actor it has relations with."""
    pairs = []
    for name in actors:
        rows = store.query("MATCH (a:Actor {name: $name})-[r]-(b:Actor) WHERE a <> b "
                           "RETURN DISTINCT b.name AS b LIMIT 50", {"name": name})
        if rows:
            pairs.append((name, rnd.choice(rows)["b"]))
    return pairs


def timed(call: Callable[[], Any]) -> float:
    """Milliseconds one call takes."""
    t0 = time.perf_counter()
    call()
    return (time.perf_counter() - t0) * 1000


def measure(label: str, calls: list[Callable[[], Any]], *, warm: bool = True) -> dict[str, Any]:
    """Median, 95th percentile and maximum latency of ``calls`` (after one warm-up call)."""
    if calls and warm:
        calls[0]()
    times = sorted(timed(c) for c in calls)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    row = {"question": label, "n": len(times), "median": statistics.median(times),
           "p95": p95, "max": times[-1]}
    print(f"  {label:<28} median {row['median']:8.1f} ms  p95 {p95:8.1f} ms  "
          f"max {times[-1]:8.1f} ms", file=sys.stderr)
    return row


def bench(store: Store, samples: int, seed: int, top: bool = True) -> list[dict[str, Any]]:
    """Time every question on ``store``."""
    rnd = random.Random(seed)
    actors = sample_actors(store, samples, rnd)
    pairs = related_pairs(store, actors, rnd)
    random_pairs = [(a, b) for a, b in zip(actors, actors[1:] + actors[:1], strict=True)
                    if a != b]
    words = [a.split()[-1] for a in actors]
    q = query
    rows = [
        measure("actor profile", [lambda a=a: q.actor_profile(store, a) for a in actors]),
        measure("relations", [lambda a=a: q.relations(store, a, limit=100) for a in actors]),
        measure("relations --evidence",
                [lambda a=a: q.relations(store, a, limit=100, evidence=True) for a in actors]),
        measure("between (related pairs)",
                [lambda a=a, b=b: q.between(store, a, b) for a, b in pairs]),
        measure("path (≤ 4 hops)",
                [lambda a=a, b=b: q.path(store, a, b, max_hops=4) for a, b in random_pairs]),
        measure("neighbours (1 hop)", [lambda a=a: q.neighbours(store, a) for a in actors]),
        measure("timeline (first 100)",
                [lambda a=a: q.timeline(store, a, limit=100) for a in actors]),
        measure("search (last word)", [lambda w=w: q.search(store, w) for w in words]),
    ]
    if top:
        for by in query.CENTRALITY:
            rows.append(measure(f"top --by {by}", [lambda by=by: q.top(store, by=by)],
                                warm=False))
    return rows


def main() -> int:
    """Build the graphs if needed, time the questions, print a Markdown table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--graph", choices=["wikinews", "generated", "both"], default="both")
    ap.add_argument("--db", default=None, help="store folder (with one --graph)")
    ap.add_argument("--samples", type=int, default=50, help="actors and pairs per question")
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--actors", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-top", action="store_true", help="skip kg top (minutes on 1M triples)")
    args = ap.parse_args()

    graphs = ["wikinews", "generated"] if args.graph == "both" else [args.graph]
    results = {}
    for graph in graphs:
        folder = args.db if args.db and len(graphs) == 1 else DEFAULT_DBS[graph]
        with open_store(folder) as store:
            if not store.counts().triples:
                print(f"{graph}: building the graph in {folder}", file=sys.stderr)
                t0 = time.perf_counter()
                if graph == "wikinews":
                    build_wikinews(store)
                else:
                    build_generated(store, args.triples, args.actors)
                print(f"  built in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
            counts = store.counts()
            print(f"{graph}: {counts.posts:,} posts, {counts.actors:,} actors, "
                  f"{counts.triples:,} triples", file=sys.stderr)
            results[graph] = (counts, bench(store, args.samples, args.seed, not args.no_top))
    print("| question | " + " | ".join(f"{g} median / p95 / max (ms)" for g in results) + " |")
    print("|---|" + "---:|" * len(results))
    labels = [r["question"] for r in next(iter(results.values()))[1]]
    for i, label in enumerate(labels):
        cells = [f"{r[i]['median']:,.1f} / {r[i]['p95']:,.1f} / {r[i]['max']:,.1f}"
                 for _, r in results.values()]
        print(f"| {label} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
