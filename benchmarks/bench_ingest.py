"""Benchmark ``kg ingest`` end to end on the Wikinews corpus, then check a re-ingest is a no-op.

Loads ``../shared/corpora/wikinews/wikinews_en.jsonl.gz`` (relative to the repository root),
extracts and stores it in a fresh embedded store, and reports posts/s, peak memory of kg and
of redis-server, and the store's size on disk. Then it ingests the same file again, which
must find every post unchanged, extract nothing and change no count.

    python benchmarks/bench_ingest.py [--workers N] [--batch-size N] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
from pathlib import Path

from kg.errors import KGError
from kg.ingest import DEFAULT_BATCH, ingest
from kg.store import open_store
from kg.store.falkordb import FalkorDBEngine

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews" / "wikinews_en.jsonl.gz"


def peak_mb(pid: int) -> float:
    """Peak resident memory of process ``pid`` in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def folder_mb(folder: Path) -> float:
    """Size of the files in ``folder``, in MB."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def main() -> int:
    """Ingest twice and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=DEFAULT_BATCH)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    errors: list[KGError] = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-ingest-") as tmp:
        folder = Path(tmp) / "kg-data"
        with open_store(str(folder)) as store:
            engine = store.engine
            assert isinstance(engine, FalkorDBEngine) and engine.server is not None
            assert engine.server.pid is not None
            first = ingest(args.corpus, store, workers=args.workers, batch_size=args.batch_size,
                           model=args.model, on_error=errors.append)
            counts = store.counts()
            server_mb = peak_mb(engine.server.pid)
        kg_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        workers_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        disk_mb = folder_mb(folder)
        with open_store(str(folder)) as store:
            second = ingest(args.corpus, store, workers=args.workers,
                            batch_size=args.batch_size, model=args.model,
                            on_error=errors.append)
            again = store.counts()
    print(f"corpus: {args.corpus.name}, workers: {args.workers}, batch size: {args.batch_size}")
    print(first.summary())
    print(f"ingest: {first.rate:.1f} posts/s ({first.read} posts in {first.elapsed:.1f} s)")
    print(f"peak RSS: kg {kg_mb:.0f} MB"
          + (f" (largest worker {workers_mb:.0f} MB)" if args.workers > 1 else "")
          + f", redis-server {server_mb:.0f} MB")
    print(f"store on disk: {disk_mb:.1f} MB for {counts.posts} posts, {counts.actors} actors, "
          f"{counts.triples} triples")
    print(second.summary())
    no_op = (second.new, second.changed, second.unchanged) == (0, 0, first.read - first.failed) \
        and again == counts
    print(f"re-ingest is a no-op: {'yes' if no_op else 'NO'} ({second.elapsed:.1f} s)")
    for err in errors:
        print(f"error: {err}", file=sys.stderr)
    return 0 if no_op else 1


if __name__ == "__main__":
    sys.exit(main())
