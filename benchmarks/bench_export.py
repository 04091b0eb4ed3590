"""Benchmark ``kg export`` on the whole-Wikinews graph: time and peak memory per format.

The graph is the 293 English Wikinews articles of ``../shared/corpora/wikinews`` ingested
into an embedded store (in a temporary folder, or ``--db`` when it already holds them).
Each format is then exported once per run in a fresh Python process, the store's server
already running, so that:

- *export* is the time of :func:`kg.exporters.export` alone (reading the store, building,
  writing to a file), the best of ``--runs``;
- *peak RSS* is the process's peak resident memory at the end (``VmHWM``), and *added*
  the part of it above the same process before the export (Python, kg and the format's
  libraries imported, the store connected);
- *command* is the wall time of the whole ``kg export --format F -o FILE`` command for each
  format once, which adds starting Python, importing, connecting to the running server.

    python benchmarks/bench_export.py                     # ingests Wikinews first (~2 min)
    python benchmarks/bench_export.py --db /tmp/wikinews  # reuse (or create) a store there
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kg.exporters import EXPORTERS
from kg.store import open_store
from kg.store.embedded import EmbeddedServer

ROOT = Path(__file__).resolve().parent.parent
WIKINEWS = ROOT.parent / "shared" / "corpora" / "wikinews" / "wikinews_en.jsonl.gz"
KG = Path(sys.executable).with_name("kg")

# Runs in the child process: connect, measure memory, export once, measure again.
CHILD = r"""
import json, sys, time

def hwm_kb():
    # The peak RSS of this process since exec (getrusage's ru_maxrss survives exec, and
    # would report the parent's peak if it was higher).
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))

from kg.exporters import EXPORTERS, export
from kg.store import open_store
db, fmt, path = sys.argv[1:4]
EXPORTERS.get(fmt)  # import the format's module (and its libraries) before measuring
if fmt == "html":
    from kg.exporters.html import vis_network_js; vis_network_js()
store = open_store(db, create=False)
store.counts()
before = hwm_kb()
start = time.perf_counter()
with open(path, "wb") as out:
    written = export(store, fmt, out)
elapsed = time.perf_counter() - start
peak = hwm_kb()
store.close()
print(json.dumps({"seconds": elapsed, "before_kb": before, "peak_kb": peak,
                  "actors": written.actors, "statements": written.statements,
                  "posts": written.posts, "edges": written.edges}))
"""


def ensure_graph(db: str) -> dict[str, int]:
    """Ingest Wikinews into ``db`` unless it already holds it; the store's counts."""
    with open_store(db) as store:
        counts = store.counts()
        if counts.posts < 293:
            from kg.ingest import ingest

            print(f"ingesting {WIKINEWS} into {db} ...", file=sys.stderr)
            started = time.perf_counter()
            ingest([str(WIKINEWS)], store)
            print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
            counts = store.counts()
        return {"posts": counts.posts, "actors": counts.actors, "triples": counts.triples}


def measure(db: str, fmt: str, folder: Path, runs: int) -> dict[str, Any]:
    """The best of ``runs`` exports of ``fmt`` in fresh processes, and one whole command."""
    path = folder / f"wikinews.{EXPORTERS.get(fmt).extension}"
    results = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", CHILD, db, fmt, str(path)],
                              capture_output=True, text=True, check=True)
        results.append(json.loads(proc.stdout))
    best = min(results, key=lambda r: r["seconds"])
    best["peak_mb"] = max(r["peak_kb"] for r in results) / 1024
    best["added_mb"] = max(r["peak_kb"] - r["before_kb"] for r in results) / 1024
    best["size_mb"] = path.stat().st_size / 1e6
    started = time.perf_counter()
    subprocess.run([str(KG), "export", "--format", fmt, "-o", str(path), "--db", db, "-q"],
                   check=True)
    best["command"] = time.perf_counter() - started
    return best


def main() -> int:
    """Run the benchmark and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="store folder (default: a temporary one)")
    parser.add_argument("--runs", type=int, default=3, help="exports per format (best counts)")
    parser.add_argument("--formats", default=",".join(EXPORTERS.names()))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or os.path.join(tmp, "kg-data")
        counts = ensure_graph(db)
        server = EmbeddedServer(db)
        server.acquire()  # one server for every child process, as a running kg store has
        try:
            print(f"Whole-Wikinews graph: {counts['posts']} posts, {counts['actors']:,} actors,"
                  f" {counts['triples']:,} triples in the store\n")
            print("| format | exported | export (s) | peak RSS (MB) | added (MB) | file (MB) "
                  "| command (s) |")
            print("|---|---|---:|---:|---:|---:|---:|")
            for fmt in args.formats.split(","):
                r = measure(db, fmt, Path(tmp), args.runs)
                what = f"{r['actors']:,} actors, {r['statements']:,} triples"
                if r["edges"] is not None:
                    what += f", {r['edges']:,} edges"
                print(f"| {fmt} | {what} | {r['seconds']:.2f} | {r['peak_mb']:.0f} | "
                      f"{r['added_mb']:.0f} | {r['size_mb']:.2f} | {r['command']:.1f} |",
                      flush=True)
        finally:
            server.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
