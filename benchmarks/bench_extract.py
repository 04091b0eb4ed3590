"""Extraction quality: kg's extractor beside textacy's SVO triples, on the same texts.

Run by hand from the repository root (offline; ``../shared`` must sit beside the repository)::

    python benchmarks/bench_extract.py [--model NAME] [--only gold|plover|petrarch]
                                       [--textacy/--no-textacy] [--json] [--errors]

Three benchmarks:

- ``gold``: the hand-annotated blog posts in ``benchmarks/gold/`` (see its README), loaded
  with ``kg.loaders.load_posts`` so boilerplate is handled as the product handles it;
- ``plover``: ``../shared/benchmarks/plover_gsr/sentences.jsonl``, scored as its README says;
- ``petrarch``: ``../shared/benchmarks/petrarch2/sentences.jsonl``, scored as its README's
  "Scoring a tool on it" says.

Scoring rules live in ``benchmarks/scoring.py``. Each benchmark sentence is fed to kg as a
post of its own.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scoring import (  # noqa: E402
    Counts,
    GoldPost,
    PostScore,
    load_actor_codes,
    load_gold,
    load_jsonl,
    score_gold_post,
    score_petrarch,
    score_plover,
    sum_post_scores,
)
from kg.model import Post, Triple, post_id  # noqa: E402

GOLD_DIR = ROOT / "benchmarks" / "gold"

Extractor = Callable[[Sequence[Post]], dict[str, list[Triple]]]


# ---------------------------------------------------------------------------------------------
# Extractors: each maps posts to {post id: triples}
# ---------------------------------------------------------------------------------------------


def kg_extractor(model: str | None) -> Extractor:
    """kg's extractor: ``kg.extract.extract``, one Extraction per post."""
    from kg.extract import extract

    kwargs: dict[str, Any] = {"model": model} if model else {}

    def run(posts: Sequence[Post]) -> dict[str, list[Triple]]:
        out: dict[str, list[Triple]] = {p.id: [] for p in posts}
        for ex in extract(list(posts), **kwargs):
            out.setdefault(ex.post.id, []).extend(ex.triples)
        return out

    return run


def textacy_extractor(model: str) -> Extractor:
    """textacy's ``subject_verb_object_triples`` over a spaCy pipeline, as Triples.

    Subject and object are the text of the SVO token lists; negation is a ``neg`` token in
    the verb group and modality is read from its auxiliaries; textacy gives no category.
    """
    import spacy
    import textacy.extract

    nlp = spacy.load(model)

    def tokens_text(tokens: Sequence[Any]) -> str:
        return "".join(t.text_with_ws for t in tokens).strip()

    def modality(verb: Sequence[Any]) -> str:
        words = {t.lower_ for t in verb}
        if words & {"will", "shall", "'ll", "wo"}:
            return "future"
        if "would" in words:
            return "conditional"
        if words & {"may", "might", "could", "can", "ca"}:
            return "possible"
        return "asserted"

    def run(posts: Sequence[Post]) -> dict[str, list[Triple]]:
        out: dict[str, list[Triple]] = {}
        for post, doc in zip(posts, nlp.pipe(p.text for p in posts), strict=True):
            found: list[Triple] = []
            for svo in textacy.extract.subject_verb_object_triples(doc):
                sent = svo.verb[0].sent
                found.append(Triple(
                    subject=tokens_text(svo.subject), subject_type="",
                    action=" ".join(t.lemma_ for t in svo.verb), category="",
                    object=tokens_text(svo.object), object_type="",
                    negated=any(t.dep_ == "neg" for t in svo.verb),
                    modality=modality(svo.verb),
                    sentence=sent.text, start=sent.start_char, end=sent.end_char,
                    post=post.id, extractor="textacy",
                ))
            out[post.id] = found
        return out

    return run


# ---------------------------------------------------------------------------------------------
# Loading the gold posts
# ---------------------------------------------------------------------------------------------


def load_posts_for(path: Path) -> list[Post]:
    """The posts of a gold post file, read by kg's own loaders (boilerplate handling included)."""
    from kg.loaders import load_posts

    return list(load_posts([path]))


def pick_post(posts: list[Post], gold: GoldPost) -> Post | None:
    """The post a gold file annotates: the only one, or the one with its title."""
    if len(posts) == 1:
        return posts[0]
    for p in posts:
        if p.title.strip() == gold.title.strip():
            return p
    return None


# ---------------------------------------------------------------------------------------------
# Benchmarks
# ---------------------------------------------------------------------------------------------


def run_gold(systems: dict[str, Extractor], gold_dir: Path) -> dict[str, Any]:
    """Score every system on every gold post; per post and micro-averaged totals."""
    golds = [load_gold(p) for p in sorted(gold_dir.glob("*.gold.jsonl"))]
    posts: list[Post] = []
    pairs: list[tuple[GoldPost, Post]] = []
    problems: list[str] = []
    for g in golds:
        loaded = load_posts_for(gold_dir / g.post_file)
        post = pick_post(loaded, g)
        if post is None:
            problems.append(f"{g.post_file}: no post titled {g.title!r} among {len(loaded)} loaded")
            continue
        posts.append(post)
        pairs.append((g, post))
    result: dict[str, Any] = {
        "posts": [g.name for g, _ in pairs],
        "gold_triples": sum(len(g.triples) for g, _ in pairs),
        "problems": problems,
        "systems": {},
    }
    for name, extractor in systems.items():
        preds = extractor(posts)
        scores: list[PostScore] = []
        for g, post in pairs:
            scores.append(score_gold_post(
                post.text, g, preds.get(post.id, []), with_category=name != "textacy"
            ))
        result["systems"][name] = {
            "total": sum_post_scores("total", scores),
            "posts": scores,
        }
    return result


def sentence_posts(records: Sequence[dict[str, Any]], source: str) -> list[Post]:
    """One post per benchmark sentence, keyed by the record id."""
    return [
        Post(id=post_id(key=f"{source}:{r['id']}"), title="", text=r["text"], date=r.get("date"),
             source=source, format="text", metadata={"record": r["id"]})
        for r in records
    ]


def by_record(posts: Sequence[Post], preds: dict[str, list[Triple]]) -> dict[str, list[Triple]]:
    """Predictions re-keyed from post id to benchmark record id."""
    return {p.metadata["record"]: preds.get(p.id, []) for p in posts}


def run_plover(systems: dict[str, Extractor], shared: Path) -> dict[str, Any]:
    """PLOVER GSR: actor and actor+category agreement per system."""
    records = load_jsonl(shared / "benchmarks" / "plover_gsr" / "sentences.jsonl")
    posts = sentence_posts(records, "plover_gsr")
    out: dict[str, Any] = {"records": sum(bool(r.get("actors_complete")) for r in records)}
    for name, extractor in systems.items():
        preds = by_record(posts, extractor(posts))
        out[name] = score_plover(records, preds, with_category=name != "textacy")
    return out


def run_petrarch(systems: dict[str, Extractor], shared: Path) -> dict[str, Any]:
    """PETRARCH2 unit-test sentences: all scorable events and the core set, per system."""
    base = shared / "benchmarks" / "petrarch2"
    records = load_jsonl(base / "sentences.jsonl")
    codes = load_actor_codes(base / "actor_codes.tsv")
    posts = sentence_posts(records, "petrarch2")
    out: dict[str, Any] = {}
    for name, extractor in systems.items():
        preds = by_record(posts, extractor(posts))
        out[name] = score_petrarch(records, codes, preds, with_category=name != "textacy")
    return out


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------


def fmt(x: float | None) -> str:
    """A ratio as a 3-digit decimal, or an en dash when there is nothing to divide."""
    return "–" if x is None else f"{x:.3f}"


def prf(c: Counts | dict[str, Any] | None) -> list[str]:
    """P, R, F1 cells."""
    if c is None:
        return ["n/a", "", ""]
    if isinstance(c, Counts):
        return [fmt(c.precision), fmt(c.recall), fmt(c.f1)]
    return [fmt(c["precision"]), fmt(c["recall"]), fmt(c["f1"])]


def table(header: list[str], rows: list[list[str]]) -> str:
    """A plain text table, first column left-aligned, the rest right-aligned."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(r: list[str]) -> str:
        rest = [c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)]
        cells = [r[0].ljust(widths[0]), *rest]
        return "  ".join(cells).rstrip()

    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def print_gold(res: dict[str, Any], errors: bool) -> None:
    """Tables for the gold posts."""
    names = list(res["systems"])
    print(f"\n## Gold posts: {len(res['posts'])} posts, {res['gold_triples']} gold triples")
    for p in res["problems"]:
        print(f"  problem: {p}")
    head = ["", *[f"{n} {m}" for n in names for m in ("P", "R", "F1")]]
    totals = {n: res["systems"][n]["total"] for n in names}
    rows = [
        ["triples, actors only", *[c for n in names for c in prf(totals[n].actors)]],
        ["triples, actors + category", *[c for n in names for c in prf(totals[n].category)]],
        ["events only (no ROLE)", *[c for n in names for c in prf(totals[n].events)]],
    ]
    print(table(head, rows))
    extra = [
        ["matched triples", *[str(totals[n].matched) for n in names]],
        ["negation accuracy (matched)", *[fmt(totals[n].negation_accuracy) for n in names]],
        ["modality accuracy (matched)", *[fmt(totals[n].modality_accuracy) for n in names]],
        ["predictions from boilerplate (must be 0)", *[str(totals[n].boilerplate) for n in names]],
        ["predictions on no-triple sentences", *[str(totals[n].on_no_triple) for n in names]],
        ["predictions not found in the text", *[str(totals[n].unlocated) for n in names]],
    ]
    print()
    print(table(["", *names], extra))
    rows = []
    for i, post in enumerate(res["posts"]):
        cells = [post]
        for n in names:
            s = res["systems"][n]["posts"][i]
            mpg = f"{s.actors.tp_pred}/{s.actors.predicted}/{s.actors.expected}"
            cells += [mpg, *prf(s.actors)]
        rows.append(cells)
    print("\nPer post, actors only (matched/predicted/gold, P, R, F1):")
    print(table(["post", *[f"{n} {m}" for n in names for m in ("m/p/g", "P", "R", "F1")]], rows))
    tags = sorted({t for n in names for t in totals[n].tags})
    rows = [[t, str(totals[names[0]].tags[t][1]),
             *[fmt(totals[n].tags[t][0] / totals[n].tags[t][1]) for n in names]] for t in tags]
    print("\nRecall by phenomenon (gold triples carrying the tag):")
    print(table(["tag", "gold", *[f"{n} R" for n in names]], rows))
    for m in res["systems"][names[0]]["total"].missing_sentences:
        print(f"  gold sentence not found in the loaded text: {m!r}")
    if errors:
        for n in names:
            t = totals[n]
            print(f"\n### {n}: missed gold triples ({len(t.false_negatives)})")
            print("\n".join("  " + x for x in t.false_negatives))
            print(f"\n### {n}: unmatched predictions ({len(t.false_positives)})")
            print("\n".join("  " + x for x in t.false_positives))


def print_plover(res: dict[str, Any], names: list[str]) -> None:
    """Table for PLOVER GSR."""
    print(f"\n## PLOVER GSR: {res['records']} records with source and target")
    head = ["", *[f"{n} {m}" for n in names for m in ("P", "R", "F1")]]
    rows = [
        ["actors", *[c for n in names for c in prf(res[n]["actors"])]],
        ["actors + category", *[c for n in names for c in prf(res[n]["category"])]],
    ]
    print(table(head, rows))


def print_petrarch(res: dict[str, Any], names: list[str]) -> None:
    """Table for PETRARCH2."""
    print("\n## PETRARCH2 unit-test sentences")
    head = ["", *[f"{n} {m}" for n in names for m in ("P", "R", "F1")]]
    rows = []
    for s in ("all", "core"):
        rows.append([f"{s}: actors", *[c for n in names for c in prf(res[n][s]["actors"])]])
        rows.append([f"{s}: actors + category",
                     *[c for n in names for c in prf(res[n][s]["category"])]])
    print(table(head, rows))
    rows = []
    for s in ("all", "core"):
        cells = [s]
        for n in names:
            ne = res[n][s]["no_events"]
            clean = f"{ne['records_without_predictions']}/{ne['records']}"
            cells += [clean, str(ne["predictions"])]
        rows.append(cells)
    print("\nno_events records (records left without predictions / records; predictions on them):")
    print(table(["set", *[f"{n} {m}" for n in names for m in ("clean", "predictions")]], rows))


def jsonable(x: Any) -> Any:
    """Scores as plain JSON values."""
    if isinstance(x, PostScore):
        return x.to_dict(details=True)
    if isinstance(x, Counts):
        return x.to_dict()
    if isinstance(x, dict):
        return {k: jsonable(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [jsonable(v) for v in x]
    return x


def main(argv: list[str] | None = None) -> int:
    """Parse options, run the chosen benchmarks, print tables or JSON."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", help="spaCy pipeline for kg and textacy (default: kg's default)")
    ap.add_argument("--only", choices=["gold", "plover", "petrarch"], help="run one benchmark")
    ap.add_argument("--textacy", action=argparse.BooleanOptionalAction, default=True,
                    help="also score textacy's SVO triples (default: yes)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of tables")
    ap.add_argument("--errors", action="store_true",
                    help="list missed gold triples and unmatched predictions of the gold posts")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                    help="the shared data folder (default: ../shared beside the repository)")
    ap.add_argument("--gold", type=Path, default=GOLD_DIR, help="folder of gold posts")
    args = ap.parse_args(argv)

    systems: dict[str, Extractor] = {"kg": kg_extractor(args.model)}
    if args.textacy:
        # the same spaCy pipeline as kg, so the two differ only in what they do with the parse
        from kg.extract.pipeline import installed_model

        systems["textacy"] = textacy_extractor(args.model or installed_model())

    results: dict[str, Any] = {"systems": list(systems), "model": args.model}
    if args.only in (None, "gold"):
        results["gold"] = run_gold(systems, args.gold)
    if args.only in (None, "plover"):
        results["plover"] = run_plover(systems, args.shared)
    if args.only in (None, "petrarch"):
        results["petrarch"] = run_petrarch(systems, args.shared)

    if args.json:
        print(json.dumps(jsonable(results), indent=2, ensure_ascii=False))
        return 0
    names = list(systems)
    if "gold" in results:
        print_gold(results["gold"], args.errors)
    if "plover" in results:
        print_plover(results["plover"], names)
    if "petrarch" in results:
        print_petrarch(results["petrarch"], names)
    return 0


if __name__ == "__main__":
    sys.exit(main())
