"""Benchmark kg's store write path at scale, beside bare UNWIND ... MERGE on the same engine.

Generates triples shaped like extracted ones (about 10 per post, between actors drawn with a
Zipf law from a fixed population, categories from the schema, evidence sentences of news
length), streamed in batches, and writes them three times, into a fresh graph each time, in
the same kind of server (a fresh embedded FalkorDB for each):

- kg: ``Store.write``, one transaction per batch (posts, actors with aliases and type labels,
  mentions, triples), as ``kg ingest`` writes;
- kg, pipelined: ``Store.writer()``, which encodes each batch while the one before it is
  being written;
- bare: the same triples as rows of ``UNWIND $rows AS r MERGE (s:Actor {id: r.s})
  MERGE (o:Actor {id: r.o}) MERGE (s)-[e:TYPE {id: r.id}]->(o) SET e += r.props``, one
  statement per category and batch, through the falkordb client's own ``Graph.query``.

Only the time spent in write calls is counted (generating the data is not); rows for the
bare run are built before its clock starts, so kg's row building counts against kg only. In
the pipelined run the server works on a batch while the next is generated, as it would while
a caller extracts or reads the next batch, so that figure is what the caller waits for, not
the server's own speed. Peak memory (RSS) of this process and of redis-server is reported at
10 %, 50 % and 100 %.

    python benchmarks/bench_store.py                  # 1,000,000 triples over 100,000 actors
    python benchmarks/bench_store.py --triples 100000 # a quick run
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg import schema
from kg.model import Actor, Extraction, Post, Triple, actor_id
from kg.store import open_store
from kg.store.base import Store
from kg.store.falkordb import FalkorDBEngine

TYPES = (["Person"] * 45 + ["Organization"] * 25 + ["Country"] * 10 + ["Group"] * 10
         + ["Place"] * 10)
SYLLABLES = ["an", "ber", "cal", "dor", "el", "fa", "gri", "hol", "ib", "jo", "ka", "lu", "mar",
             "nor", "os", "pel", "qui", "ros", "sa", "tor", "ul", "ve", "wen", "xa", "yo", "zu"]
NEWS = (
    "the government said on monday that officials would meet opposition leaders in "
    "the capital after weeks of talks over the disputed election results and a "
    "ceasefire agreement signed by both sides last year according to a statement from "
    "the ministry spokesman who added that police had arrested several protesters "
    "near parliament"
)
WORDS = NEWS.split()
ACTIONS = ("meet", "accuse", "attack", "sign", "urge", "praise", "sanction", "arrest", "visit",
           "criticise", "threaten", "support", "reject", "host", "warn")


class Corpus:
    """A reproducible stream of extractions: posts of ~10 triples over a Zipf population."""

    def __init__(self, actors: int, seed: int = 7) -> None:
        self.rnd = random.Random(seed)
        self.names = [self._name(i) for i in range(actors)]
        self.types = [self.rnd.choice(TYPES) for _ in range(actors)]
        self.cum = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(actors)))
        self.categories = list(schema.categories())

    def _name(self, i: int) -> str:
        rnd = self.rnd
        first = "".join(rnd.choice(SYLLABLES) for _ in range(2)).title()
        last = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 3))).title()
        return f"{first} {last} {i}"

    def _actor(self) -> int:
        return bisect.bisect_left(self.cum, self.rnd.random() * self.cum[-1])

    def _sentence(self) -> str:
        n = self.rnd.randint(18, 40)  # news sentences run 20-30 words, ~150-200 characters
        return " ".join(self.rnd.choice(WORDS) for _ in range(n)).capitalize() + "."

    def posts(self, triples: int) -> Iterator[Extraction]:
        """Extractions holding ``triples`` triples in all."""
        rnd, made, n = self.rnd, 0, 0
        while made < triples:
            n += 1
            pid = f"post-{n:08d}"
            date = f"20{rnd.randint(10, 24)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            cast = list({self._actor() for _ in range(rnd.randint(3, 8))})
            while len(cast) < 2:
                cast.append(self._actor())
            actors = []
            for i in cast:
                name = self.names[i]
                aliases = [name.split()[1]] if rnd.random() < 0.5 else []
                titles = ["minister"] if self.types[i] == "Person" and rnd.random() < 0.2 else []
                actors.append(Actor(name, self.types[i], aliases=aliases, titles=titles))
            k = min(rnd.randint(6, 14), triples - made)
            triples_ = []
            for j in range(k):
                s, o = rnd.sample(cast, 2)
                sentence = self._sentence()
                start = j * 200
                triples_.append(Triple(
                    subject=self.names[s], subject_type=self.types[s],
                    action=rnd.choice(ACTIONS), category=rnd.choice(self.categories),
                    object=self.names[o], object_type=self.types[o],
                    negated=rnd.random() < 0.05, modality="asserted",
                    confidence=round(rnd.uniform(0.5, 1.0), 2), score=rnd.uniform(-10, 10),
                    sentence=sentence, start=start, end=start + len(sentence), post=pid,
                    date=date, extractor="bench",
                ))
            made += k
            post = Post(id=pid, title=f"Post {n}", text="", date=date,
                        url=f"https://news.example/{pid}", source="bench")
            yield Extraction(post, actors, triples_)


def batches(items: Iterator[Extraction], size: int) -> Iterator[list[Extraction]]:
    """Lists of ``size`` extractions."""
    while batch := list(itertools.islice(items, size)):
        yield batch


def rss_peak_mb(pid: int | None = None) -> float:
    """Peak resident memory of ``pid`` (or of this process) in MB."""
    if pid is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def bare_rows(batch: list[Extraction]) -> dict[str, list[dict[str, Any]]]:
    """The batch's triples as map rows per category, the way one writes them by hand."""
    rows: dict[str, list[dict[str, Any]]] = {}
    for ex in batch:
        for t in ex.triples:
            rows.setdefault(t.category, []).append({
                "s": actor_id(t.subject), "o": actor_id(t.object), "id": t.id,
                "props": {
                    "action": t.action, "negated": t.negated, "modality": t.modality,
                    "confidence": t.confidence, "score": t.score, "date": t.date,
                    "post": t.post, "sentence": t.sentence, "start": t.start, "end": t.end,
                    "extractor": t.extractor,
                },
            })
    return rows


MODES = ("kg", "kg, pipelined", "bare")
BARE = ("UNWIND $rows AS r MERGE (s:Actor {{id: r.s}}) MERGE (o:Actor {{id: r.o}}) "
        "MERGE (s)-[e:{type} {{id: r.id}}]->(o) SET e += r.props")


def run(store: Store, corpus: Corpus, triples: int, batch_size: int, mode: str,
        server_pid: int) -> dict[str, Any]:
    """Write ``triples`` triples one way; returns the rate and memory checkpoints."""
    engine = store.engine
    assert isinstance(engine, FalkorDBEngine)
    store.ensure_schema()
    written, busy, marks = 0, 0.0, {}
    server_cpu, client_cpu = server_seconds(engine), 0.0
    checkpoints = {int(triples * f): f"{int(f * 100)} %" for f in (0.1, 0.5, 1.0)}
    writer = store.writer()
    for batch in batches(corpus.posts(triples), batch_size):
        n = sum(len(ex.triples) for ex in batch)
        if mode == "kg":
            t0, c0 = time.perf_counter(), time.thread_time()
            store.write(batch)
            busy, client_cpu = busy + time.perf_counter() - t0, client_cpu + time.thread_time() - c0
        elif mode == "kg, pipelined":
            t0, c0 = time.perf_counter(), time.thread_time()
            writer.write(batch)
            busy, client_cpu = busy + time.perf_counter() - t0, client_cpu + time.thread_time() - c0
        else:
            rows = bare_rows(batch)
            t0, c0 = time.perf_counter(), time.thread_time()
            for type_, part in rows.items():
                engine.graph.query(BARE.format(type=type_), {"rows": part})
            busy, client_cpu = busy + time.perf_counter() - t0, client_cpu + time.thread_time() - c0
        before, written = written, written + n
        for at, label in checkpoints.items():
            if before < at <= written:
                marks[label] = (rss_peak_mb(), rss_peak_mb(server_pid))
                print(f"  {mode}: {written:,} triples, {written / busy:,.0f} triples/s, "
                      f"peak RSS kg {marks[label][0]:.0f} MB, redis-server "
                      f"{marks[label][1]:.0f} MB", file=sys.stderr)
    t0 = time.perf_counter()
    with writer:  # waits for the last batch
        pass
    busy += time.perf_counter() - t0
    server_cpu = server_seconds(engine) - server_cpu
    return {"triples": written, "seconds": busy, "rate": written / busy, "memory": marks,
            "client_us": client_cpu / written * 1e6, "server_us": server_cpu / written * 1e6}


def server_seconds(engine: FalkorDBEngine) -> float:
    """CPU seconds the server has used so far, all its threads."""
    info = engine.db.connection.info("cpu")
    return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])


def one_run(mode: str, folder: str, args: argparse.Namespace) -> dict[str, Any]:
    """Write the whole stream one way into a store of its own."""
    corpus = Corpus(args.actors)  # the same stream each time
    with open_store(folder) as store:
        engine = store.engine
        assert isinstance(engine, FalkorDBEngine) and engine.server is not None
        assert engine.server.pid is not None
        print(f"{mode}: writing {args.triples:,} triples over {args.actors:,} actors "
              f"in batches of {args.batch_size} posts", file=sys.stderr)
        result = run(store, corpus, args.triples, args.batch_size, mode, engine.server.pid)
        if mode.startswith("kg"):
            counts = store.counts()
            print(f"  {mode} graph: {counts.posts:,} posts, {counts.actors:,} actors, "
                  f"{counts.triples:,} triples", file=sys.stderr)
    return result


def main() -> int:
    """Run the three writes, each in a process and store of its own, and print a summary."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--actors", type=int, default=100_000)
    ap.add_argument("--batch-size", type=int, default=500, help="posts per write")
    ap.add_argument("--db", default=None,
                    help="folder for the three stores (default: a temporary one)")
    ap.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)
    ap.add_argument("--folder", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.mode:  # one run, in a process of its own so that its peak memory is its own
        print(json.dumps(one_run(args.mode, args.folder, args)))
        return 0

    results = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for mode in MODES:
            folder = str(Path(args.db or tmp) / mode.replace(", ", "-"))
            out = subprocess.run(
                [sys.executable, __file__, "--mode", mode, "--folder", folder,
                 "--triples", str(args.triples), "--actors", str(args.actors),
                 "--batch-size", str(args.batch_size)],
                stdout=subprocess.PIPE, text=True, check=True,
            ).stdout
            results[mode] = json.loads(out)
    bare = results["bare"]["rate"]
    print(f"\n{args.triples:,} triples over {args.actors:,} actors, batches of "
          f"{args.batch_size} posts, load average before the run {LOAD:.1f}")
    for mode in MODES:
        r = results[mode]
        print(f"{mode + ':':15} {r['rate']:>8,.0f} triples/s ({r['seconds']:.1f} s), "
              f"{r['rate'] / bare:.0%} of bare; CPU per triple: caller "
              f"{r['client_us']:.0f} µs, server {r['server_us']:.0f} µs")
    for mode in MODES:
        marks = ", ".join(f"{label} kg {kg_mb:.0f} MB / redis-server {server_mb:.0f} MB"
                          for label, (kg_mb, server_mb) in results[mode]["memory"].items())
        print(f"{mode}: peak RSS at {marks}")
    return 0


LOAD = os.getloadavg()[0]

if __name__ == "__main__":
    sys.exit(main())
