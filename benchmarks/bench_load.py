"""How fast kg loads posts: the Wikinews corpus as JSON Lines, and the same articles as HTML pages.

HTML is the slow path (trafilatura's article extraction), so the corpus is also written out as
one blog-style page per article (navigation, share buttons, comments and a cookie notice
around the article) in a temporary folder and loaded from there. Each figure is the median of
several runs. Run from the repository:

    python benchmarks/bench_load.py
    python benchmarks/bench_load.py --corpus path/to/posts.jsonl.gz --runs 5
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kg.loaders import load_posts

ROOT = Path(__file__).resolve().parent.parent
CORPUS = "../shared/corpora/wikinews/wikinews_en.jsonl.gz"

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} &#8211; The Daily Ledger</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}">
<link rel="canonical" href="{url}">
</head><body class="single single-post">
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header"><p class="site-title"><a href="/">The Daily Ledger</a></p>
<nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/world/">World</a></li>
<li><a href="/politics/">Politics</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<main id="content"><article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta">Posted on <time datetime="{date}">{date}</time></div></header>
<div class="entry-content">
{paragraphs}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
<ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>
</div>
<footer class="entry-footer">Posted in <a href="/news/">News</a> |
Tagged <a href="/t/">world</a></footer>
</article>
<div id="comments" class="comments-area"><h2>2 thoughts on &ldquo;{title}&rdquo;</h2>
<ol><li><p>Thanks for the write-up.</p></li></ol>
<div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div>
</main>
<aside class="widget-area"><h2>Recent Posts</h2>
<ul><li><a href="/">Another story</a></li></ul></aside>
<footer class="site-footer">Proudly powered by WordPress</footer>
<div class="cookie-notice">This site uses cookies. <a>Close and accept</a></div>
</body></html>
"""


def read_corpus(path: Path) -> list[dict[str, Any]]:
    """The corpus records, one per JSON line."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_pages(records: list[dict[str, Any]], folder: Path) -> None:
    """One HTML page per record, its paragraphs in <p> (line breaks as <br>)."""
    for number, record in enumerate(records):
        paragraphs = "\n".join(
            "<p>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</p>"
            for p in record["text"].split("\n\n")
            if p.strip()
        )
        page = PAGE.format(
            title=html.escape(record["title"]), date=record.get("date") or "",
            url=html.escape(record.get("url") or ""), paragraphs=paragraphs,
        )
        (folder / f"{number:04d}.html").write_text(page, encoding="utf-8")


def timed(path: Path, runs: int) -> tuple[float, int, int]:
    """(median seconds, posts, words) of loading everything under ``path``."""
    seconds: list[float] = []
    posts = words = 0
    for _ in range(runs):
        start = time.perf_counter()
        loaded = list(load_posts(path))
        seconds.append(time.perf_counter() - start)
        posts, words = len(loaded), sum(p.words for p in loaded)
    return statistics.median(seconds), posts, words


def main(argv: list[str] | None = None) -> int:
    """Load the corpus as JSON Lines and as HTML pages; print posts/s and words/s."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=CORPUS, help="JSON Lines file of posts, relative "
                        f"to the repository or absolute (default {CORPUS})")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure; the median counts")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.is_absolute():
        corpus = ROOT / corpus
    if not corpus.exists():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 1
    records = read_corpus(corpus)
    source_words = sum(len(r["text"].split()) for r in records)
    print(f"corpus: {args.corpus}: {len(records)} articles, {source_words:,} words; "
          f"median of {args.runs} runs")
    print(f"{'input':<24}{'posts':>7}{'words':>10}{'seconds':>10}{'posts/s':>10}{'words/s':>12}")

    def report(label: str, seconds: float, posts: int, words: int) -> None:
        print(f"{label:<24}{posts:>7}{words:>10,}{seconds:>10.2f}{posts / seconds:>10,.0f}"
              f"{words / seconds:>12,.0f}")

    report("JSON Lines (.jsonl.gz)", *timed(corpus, args.runs))
    with tempfile.TemporaryDirectory() as tmp:
        write_pages(records, Path(tmp))
        seconds, posts, words = timed(Path(tmp), args.runs)
        report("HTML pages", seconds, posts, words)
    print(f"HTML pages kept {words:,} of the {source_words:,} article words "
          f"({100 * words / source_words:.2f}%), page furniture removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
