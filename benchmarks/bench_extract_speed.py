"""Extraction speed and memory: kg's pipeline beside bare ``nlp.pipe`` of the same model.

Run by hand from the repository root:

    python benchmarks/bench_extract_speed.py [--corpus PATH] [--limit N] [--rounds 3]

It reports, on the same texts in one run:
- words/s of bare ``nlp.pipe`` (the installed English pipeline, nothing of kg) and of
  ``kg.extract.extract`` (the same pipeline plus kg's components and triple building), and
  kg's overhead on top of parsing;
- the speed-up of two processes: bare ``nlp.pipe(n_process=2)`` against kg's ``workers=2``;
- peak memory (RSS) of extraction over the corpus once and repeated five times, each in a
  fresh process, so that flat memory shows as equal peaks.
Rounds alternate between the systems and the median is kept, to even out a busy machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews" / "wikinews_en.jsonl.gz"


def load(corpus: Path, limit: int | None, repeat: int = 1) -> list:
    """The corpus's posts, as kg's loaders read them (``repeat`` copies with distinct ids)."""
    from dataclasses import replace

    from kg.loaders import load_posts

    posts = list(load_posts([str(corpus)]))[:limit]
    return [replace(p, id=f"{p.id}-{r}") for r in range(repeat) for p in posts]


def bare_rate(texts: list[str], model: str, n_process: int = 1) -> float:
    """Words per second of ``nlp.pipe`` with the model alone."""
    import spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.load(model, exclude=["textcat", "senter"])
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=n_process):
        pass
    return words / (time.perf_counter() - start)


def kg_rate(posts: list, model: str, workers: int = 1) -> float:
    """Words per second of kg's extraction, triples built."""
    from kg.extract import extract

    words = sum(p.words for p in posts)
    start = time.perf_counter()
    for _ in extract(posts, model=model, workers=workers):
        pass
    return words / (time.perf_counter() - start)


def peak_rss(corpus: Path, limit: int | None, repeat: int, model: str) -> dict[str, float]:
    """Peak RSS (MiB) of one extraction run in a fresh process."""
    here = str(Path(__file__).parent)
    code = (
        f"import sys, resource; sys.path.insert(0, {here!r})\n"
        "from bench_extract_speed import load\n"
        "from kg.extract import extract\n"
        f"posts = load(__import__('pathlib').Path({str(corpus)!r}), {limit!r}, {repeat!r})\n"
        f"n = sum(len(e.triples) for e in extract(iter(posts), model={model!r}))\n"
        "print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    return {"triples": int(out[0]), "peak_mib": int(out[1]) / 1024}


def main() -> int:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="use the first N posts")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: kg's)")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory runs")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from kg.extract.pipeline import installed_model

    model = args.model or installed_model()
    posts = load(args.corpus, args.limit)
    texts = [p.text for p in posts]
    words = sum(p.words for p in posts)
    # Warm both paths up (model files in the page cache, lazy imports done).
    bare_rate(texts[:5], model)
    kg_rate(posts[:5], model)

    rates: dict[str, list[float]] = {"bare": [], "kg": [], "bare2": [], "kg2": []}
    for _ in range(args.rounds):
        rates["bare"].append(bare_rate(texts, model))
        rates["kg"].append(kg_rate(posts, model))
        rates["bare2"].append(bare_rate(texts, model, n_process=2))
        rates["kg2"].append(kg_rate(posts, model, workers=2))
    med = {k: statistics.median(v) for k, v in rates.items()}
    result: dict[str, object] = {
        "model": model,
        "posts": len(posts),
        "words": words,
        "words_per_s": {k: round(v) for k, v in med.items()},
        "kg_overhead": round(1 - med["kg"] / med["bare"], 3),
        "speedup_bare_2": round(med["bare2"] / med["bare"], 2),
        "speedup_kg_2": round(med["kg2"] / med["kg"], 2),
    }
    # The target: kg's two-worker speed-up is at least 90 % of the bare one.
    result["kg_share_of_bare_speedup"] = round(
        (med["kg2"] / med["kg"]) / (med["bare2"] / med["bare"]), 2
    )
    if not args.no_memory:
        result["memory"] = {
            "corpus x1": peak_rss(args.corpus, args.limit, 1, model),
            "corpus x5": peak_rss(args.corpus, args.limit, 5, model),
        }
    result["self_peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    w = result["words_per_s"]
    assert isinstance(w, dict)
    print(f"{model}: {len(posts)} posts, {words:,} words, median of {args.rounds} rounds")
    print(f"  bare nlp.pipe            {w['bare']:>7,} words/s")
    overhead = result["kg_overhead"]
    print(f"  kg extract               {w['kg']:>7,} words/s   overhead {overhead:.1%}")
    print(f"  bare nlp.pipe n_process=2 {w['bare2']:>6,} words/s   x{result['speedup_bare_2']}")
    print(f"  kg extract --workers 2   {w['kg2']:>7,} words/s   x{result['speedup_kg_2']}"
          f"  ({result['kg_share_of_bare_speedup']:.0%} of the bare speed-up)")
    if "memory" in result:
        mem = result["memory"]
        assert isinstance(mem, dict)
        for name, m in mem.items():
            mib, n = m["peak_mib"], m["triples"]
            print(f"  peak RSS, {name:<9}      {mib:>7.0f} MiB  ({n:,} triples)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
