"""The extraction benchmark's scoring rules, on small hand-made predictions with known answers."""

from __future__ import annotations

import html
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kg import schema
from kg.loaders import jsonl
from kg.model import Triple

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "benchmarks" / "gold"


def _load_scoring() -> ModuleType:
    # benchmarks/ is not an installed package; load the module from its file
    path = ROOT / "benchmarks" / "scoring.py"
    spec = importlib.util.spec_from_file_location("bench_scoring", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


sc = _load_scoring()

TEXT = (
    "Good morning, readers. German Chancellor Angela Merkel met French President Emmanuel Macron "
    "in Aachen. Russia did not attack Ukraine, the Kremlin said. Kenyan police detained an "
    "opposition senator. That's all for today.\n\nShare this: Twitter Facebook. "
    "Reader comment: Merkel should have snubbed Macron."
)


def gold_post(**header: Any) -> Any:
    """A small gold file in memory, as load_gold would build it."""
    head = {
        "post": "x.txt", "title": "x", "article_starts": "Good morning, readers.",
        "article_ends": "That's all for today.", "boilerplate_starts": "Share this:",
        **header,
    }
    lines = [
        {"sentence": "Angela Merkel met French President", "subject": "Angela Merkel",
         "action": "meet", "category": "CONSULT", "object": "Emmanuel Macron",
         "aliases": {"subject": ["Merkel"], "object": ["Macron"]}, "tags": ["title"]},
        {"sentence": "Russia did not attack Ukraine", "subject": "Russia", "action": "attack",
         "category": "ASSAULT", "object": "Ukraine", "negated": True, "modality": "reported",
         "aliases": {"subject": ["Kremlin", "Moscow"], "object": ["Kyiv"]},
         "category_also_ok": ["COERCE"], "tags": ["negation"]},
        {"sentence": "Kenyan police detained an opposition senator", "subject": "Kenyan police",
         "action": "detain", "category": "COERCE", "object": "opposition senator"},
        {"sentence": "Good morning, readers.", "no_triple": True, "note": "greeting"},
    ]
    triples = [sc.GoldTriple.from_dict(d) for d in lines if not d.get("no_triple")]
    empty = [d["sentence"] for d in lines if d.get("no_triple")]
    return sc.GoldPost("x", "x.txt", head, triples, empty)


def triple(
    subject: str, obj: str, category: str = "", *, sentence: str = "", negated: bool = False,
    modality: str = "asserted", text: str = TEXT,
) -> Triple:
    """A predicted triple whose sentence is located in ``text`` like an extractor's would be."""
    start = text.find(sentence) if sentence else 0
    return Triple(
        subject=subject, subject_type="", action="x", category=category, object=obj,
        object_type="", negated=negated, modality=modality, sentence=sentence,
        start=max(start, 0), end=max(start, 0) + len(sentence), post="p",
    )


MEET = "German Chancellor Angela Merkel met French President Emmanuel Macron in Aachen."
ATTACK = "Russia did not attack Ukraine, the Kremlin said."
DETAIN = "Kenyan police detained an opposition senator."

PERFECT = [
    triple("Angela Merkel", "Emmanuel Macron", "CONSULT",
           sentence=MEET),
    triple("Russia", "Ukraine", "ASSAULT", sentence=ATTACK,
           negated=True, modality="reported"),
    triple("Kenyan police", "opposition senator", "COERCE",
           sentence=DETAIN),
]


# -- gold posts ---------------------------------------------------------------------------------


def test_perfect_prediction_scores_one() -> None:
    s = sc.score_gold_post(TEXT, gold_post(), PERFECT)
    assert (s.actors.precision, s.actors.recall, s.actors.f1) == (1.0, 1.0, 1.0)
    assert s.category.f1 == 1.0
    assert s.negation_accuracy == 1.0 and s.modality_accuracy == 1.0
    assert s.boilerplate == 0 and s.on_no_triple == 0


def test_no_prediction_scores_zero_recall_and_no_precision() -> None:
    s = sc.score_gold_post(TEXT, gold_post(), [])
    assert s.actors.recall == 0.0
    assert s.actors.precision is None
    assert len(s.false_negatives) == 3


def test_reversed_triple_does_not_match() -> None:
    rev = triple("Emmanuel Macron", "Angela Merkel", "CONSULT",
                 sentence=MEET)
    s = sc.score_gold_post(TEXT, gold_post(), [rev])
    assert s.actors.tp_pred == 0 and s.actors.precision == 0.0


def test_reversed_triple_matches_a_symmetric_gold_triple() -> None:
    g = gold_post()
    g.triples[0].symmetric = True
    rev = triple("Macron", "Merkel", "CONSULT",
                 sentence=MEET)
    assert sc.score_gold_post(TEXT, g, [rev]).actors.tp_pred == 1


def test_right_actors_in_another_sentence_do_not_match() -> None:
    wrong_place = triple("Angela Merkel", "Emmanuel Macron", "CONSULT",
                         sentence=DETAIN)
    assert sc.score_gold_post(TEXT, gold_post(), [wrong_place]).actors.tp_pred == 0


def test_prediction_from_boilerplate_is_counted_and_wrong() -> None:
    bp = triple("Angela Merkel", "Emmanuel Macron", "REJECT",
                sentence="Reader comment: Merkel should have snubbed Macron.")
    s = sc.score_gold_post(TEXT, gold_post(), [*PERFECT, bp])
    assert s.boilerplate == 1
    assert s.actors.precision == 0.75


def test_boilerplate_inside_the_article_is_counted() -> None:
    g = gold_post(boilerplate_inside=["Kenyan police detained"])
    s = sc.score_gold_post(TEXT, g, PERFECT)
    assert s.boilerplate == 1


def test_prediction_on_a_no_triple_sentence_is_counted() -> None:
    p = triple("readers", "Russia", "OTHER", sentence="Good morning, readers.")
    s = sc.score_gold_post(TEXT, gold_post(), [p])
    assert s.on_no_triple == 1 and s.actors.precision == 0.0


def test_short_names_aliases_and_accents_match() -> None:
    preds = [
        triple("Merkel", "Macron", "CONSULT",
               sentence=MEET),
        triple("the Kremlin", "Ukraine", "COERCE", sentence=ATTACK),
    ]
    s = sc.score_gold_post(TEXT, gold_post(), preds)
    assert s.actors.tp_pred == 2
    assert s.category.tp_pred == 2  # COERCE is in category_also_ok
    assert sc.gold_actor_match("Recep Tayyip Erdogan", ["Recep Tayyip Erdoğan"])
    assert sc.gold_actor_match("the U.S.", ["United States", "U.S."])


def test_unresolved_generic_words_and_pronouns_do_not_match() -> None:
    assert not sc.gold_actor_match("police", ["Kenyan police"])
    assert not sc.gold_actor_match("the group", ["Houthi rebels", "Houthis"])
    assert not sc.gold_actor_match("she", ["Angela Merkel"])
    assert sc.gold_actor_match("Kenyan police officers", ["Kenyan police"])


def test_wrong_category_matches_actors_only() -> None:
    p = triple("Angela Merkel", "Emmanuel Macron", "ACCUSE",
               sentence=MEET)
    s = sc.score_gold_post(TEXT, gold_post(), [p])
    assert s.actors.tp_pred == 1 and s.category.tp_pred == 0


def test_matching_is_one_to_one() -> None:
    twice = [PERFECT[0], PERFECT[0]]
    s = sc.score_gold_post(TEXT, gold_post(), twice)
    assert s.actors.tp_pred == 1 and s.actors.precision == 0.5


def test_negation_and_modality_are_scored_on_matched_triples() -> None:
    asserted = triple("Russia", "Ukraine", "ASSAULT",
                      sentence=ATTACK)
    s = sc.score_gold_post(TEXT, gold_post(), [PERFECT[0], asserted])
    assert s.matched == 2
    assert s.negation_accuracy == 0.5 and s.modality_accuracy == 0.5


def test_loader_whitespace_and_quotes_do_not_hide_a_sentence() -> None:
    text = TEXT.replace("Aachen. Russia", "Aachen.\n\n  Russia").replace("That's", "That’s")
    preds = [triple(p.subject, p.object, p.category, sentence=p.sentence, negated=p.negated,
                    modality=p.modality, text=text) for p in PERFECT]
    s = sc.score_gold_post(text, gold_post(), preds)
    assert s.actors.f1 == 1.0 and s.boilerplate == 0


def test_totals_are_micro_averaged() -> None:
    a = sc.score_gold_post(TEXT, gold_post(), PERFECT)
    b = sc.score_gold_post(TEXT, gold_post(), [])
    total = sc.sum_post_scores("total", [a, b])
    assert (total.actors.tp_pred, total.actors.predicted, total.actors.expected) == (3, 3, 6)
    assert total.actors.recall == 0.5


# -- the gold files themselves ------------------------------------------------------------------


def _visible_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".xml"):
        raw = html.unescape(re.sub(r"<[^>]+>", " ", html.unescape(raw)))
    elif path.suffix == ".jsonl":
        records = [json.loads(line) for line in raw.splitlines() if line.strip()]
        # the loader's first text key (TEXT_KEYS), markup stripped
        fields = [next(r[k] for k in jsonl.TEXT_KEYS if k in r) for r in records]
        raw = "\n".join(html.unescape(re.sub(r"<[^>]+>", " ", f)) for f in fields)
    return sc.NormText(raw).text


GOLD_FILES = sorted(GOLD_DIR.glob("*.gold.jsonl")) + sorted(GOLD_DIR.glob("*/*.gold.jsonl"))


def test_there_are_at_least_six_gold_posts() -> None:
    assert len(sorted(GOLD_DIR.glob("*.gold.jsonl"))) >= 6


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_is_well_formed(path: Path) -> None:
    g = sc.load_gold(path)
    categories = set(schema.categories())
    text = _visible_text(path.parent / g.post_file)
    assert 25 <= len(g.triples) <= 60
    for key in ("article_starts", "article_ends"):
        assert sc.NormText.normalize(g.header[key]) in text, key
    for t in g.triples:
        assert t.category in categories and t.categories <= categories, t.label()
        assert t.modality in sc.MODALITIES, t.label()
        assert sc.NormText.normalize(t.sentence) in text, t.sentence
    for s in g.no_triple:
        assert sc.NormText.normalize(s) in text, s


# -- PLOVER GSR ---------------------------------------------------------------------------------

PLOVER_RECORD = {
    "id": "R1", "plover": "ASSAULT", "actors_complete": True,
    "markup": "(SRC: Iraqi forces) (EVT: shelled) (TAR: Kurdish rebels)",
    "sources": [{"text": "Iraqi forces"}], "targets": [{"text": "Kurdish rebels"}],
}
RECIPROCAL = {
    "id": "R2", "plover": "AGREE", "actors_complete": True,
    "markup": "(SRC/TAR: Jordan) and (SRC/TAR: Britain) have (EVT: agreed)",
    "sources": [{"text": "Jordan"}, {"text": "Britain"}], "targets": [{"text": ""}],
}


def test_plover_demonym_matches_its_country() -> None:
    assert sc.plover_actor_match("Iraq", "Iraqi forces")
    assert sc.plover_actor_match("Iraqi forces", "Iraq")
    assert sc.plover_actor_match("U.S. officials", "United States")
    assert not sc.plover_actor_match("Iran", "Iraqi forces")


def test_plover_head_noun_and_containment() -> None:
    assert sc.plover_actor_match("the rebels", "Kurdish rebels")  # shared head noun
    assert sc.plover_actor_match("Warren Christopher", "U.S. Secretary of State Warren Christopher")
    assert not sc.plover_actor_match("he", "Kurdish rebels")


def test_plover_direction_counts_except_for_reciprocal_records() -> None:
    assert sc.plover_record_match("Iraq", "Kurdish rebels", PLOVER_RECORD)
    assert not sc.plover_record_match("Kurdish rebels", "Iraq", PLOVER_RECORD)
    assert sc.plover_record_match("Britain", "Jordan", RECIPROCAL)
    assert sc.plover_record_match("Jordan", "Britain", RECIPROCAL)
    assert not sc.plover_record_match("Jordan", "Jordan", RECIPROCAL)


def test_plover_scores_records_and_predictions() -> None:
    incomplete = {**PLOVER_RECORD, "id": "R3", "actors_complete": False}
    preds = {
        "R1": [triple("Iraq", "Kurdish rebels", "ASSAULT"), triple("Iraq", "Turkey", "ASSAULT")],
        "R2": [triple("Jordan", "Britain", "CONSULT"), triple("Jordan", "King", "ROLE")],
        "R3": [triple("Iraq", "Kurdish rebels", "ASSAULT")],
    }
    res = sc.score_plover([PLOVER_RECORD, RECIPROCAL, incomplete], preds)
    assert res["actors"]["recall"] == 1.0  # both complete records have a matching triple
    assert res["actors"]["precision"] == 2 / 3  # the ROLE triple and record R3 are left out
    assert res["category"]["recall"] == 0.5  # R2's triple has the wrong category
    assert res["role_triples_left_out"] == 1


# -- PETRARCH2 ----------------------------------------------------------------------------------

CODES = {
    "GON": ["Gondor", "Gondor", "Minas Tirith"],
    "GONGOV": ["Gondor government", "Gondor", "Minas Tirith"],
    "OSG": ["Osgiliath", "Osgiliath"],
    "ARN": ["Arnor", "Arnor"],
}


def event(source: str, target: str, plover: str | None, **extra: Any) -> dict[str, Any]:
    """An expected PETRARCH event with readable names from CODES."""
    return {
        "source": source, "target": target, "plover": plover, "plover_also_ok": [],
        "source_name": CODES[source][0], "source_root_name": CODES[source][1],
        "target_name": CODES[target][0], "target_root_name": CODES[target][1],
        "scorable": True, "artifact": None, **extra,
    }


def record(rid: str, expected: str, events: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    """A PETRARCH record."""
    return {"id": rid, "expected": expected, "events": events, "no_event_questionable": False,
            **extra}


def test_petrarch_prediction_on_no_events_record_is_a_false_positive() -> None:
    recs = [record("N1", "no_events", [])]
    res = sc.score_petrarch(recs, CODES, {"N1": [triple("Gondor", "Arnor", "ASSAULT")]})
    assert res["all"]["actors"]["precision"] == 0.0
    assert res["all"]["no_events"] == {"records": 1, "records_without_predictions": 0,
                                       "predictions": 1}


def test_petrarch_compound_actors_are_split_and_matched_one_to_one() -> None:
    events = [event("GON", "ARN", "SUPPORT"), event("OSG", "ARN", "SUPPORT")]
    recs = [record("C1", "events", events)]
    preds = {"C1": [triple("Gondor and Osgiliath", "Arnor", "SUPPORT")]}
    res = sc.score_petrarch(recs, CODES, preds)
    assert res["all"]["actors"]["recall"] == 1.0 and res["all"]["actors"]["precision"] == 1.0
    assert res["all"]["category"]["f1"] == 1.0


def test_petrarch_alias_and_role_codes_match_their_country() -> None:
    recs = [record("A1", "events", [event("GONGOV", "ARN", "ACCUSE")])]
    preds = {"A1": [triple("Minas Tirith border police", "Arnor", "ACCUSE")]}
    assert sc.score_petrarch(recs, CODES, preds)["all"]["actors"]["f1"] == 1.0


def test_petrarch_events_without_category_are_ignored_in_the_category_score() -> None:
    recs = [record("U1", "events", [event("GON", "ARN", None), event("OSG", "ARN", "ASSAULT")])]
    preds = {"U1": [triple("Gondor", "Arnor", "OTHER"), triple("Osgiliath", "Arnor", "ASSAULT")]}
    res = sc.score_petrarch(recs, CODES, preds)["all"]
    assert res["actors"]["recall"] == 1.0
    # the Gondor prediction's only match has no category: neither right nor wrong
    assert res["category"]["predicted"] == 1 and res["category"]["precision"] == 1.0
    assert res["category"]["expected"] == 1


def test_petrarch_core_set_drops_questionable_records_and_artifacts() -> None:
    recs = [
        record("Q1", "no_events", [], no_event_questionable=True),
        record("F1", "events", [event("GON", "ARN", "ACCUSE", artifact="critic coded as target")]),
        record("E1", "error", [event("GON", "ARN", "ACCUSE")]),
    ]
    preds = {rid: [triple("Gondor", "Arnor", "ACCUSE")] for rid in ("Q1", "F1", "E1")}
    res = sc.score_petrarch(recs, CODES, preds)
    assert res["all"]["records"] == 2 and res["core"]["records"] == 1
    assert res["all"]["actors"]["precision"] == 0.5  # Q1's prediction is a false positive
    assert res["core"]["actors"]["expected"] == 0 and res["core"]["actors"]["predicted"] == 0


def test_split_compound() -> None:
    assert sc.split_compound("Gondor and Osgiliath") == ["Gondor", "Osgiliath"]
    assert sc.split_compound("Arnor, Gondor & Rohan") == ["Arnor", "Gondor", "Rohan"]
    assert sc.split_compound("Arnor") == ["Arnor"]


def test_max_matching_finds_the_larger_matching() -> None:
    # greedy would give left 0 the right node 0 and leave left 1 unmatched
    assert sc.max_matching(2, {0: [0, 1], 1: [0]}) == {0: 1, 1: 0}
