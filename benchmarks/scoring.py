"""Scoring of actor–action–target triples against kg's gold posts, PLOVER GSR and PETRARCH2.

Pure functions over plain data: the gold files are read by :func:`load_gold`, the shared
benchmarks by :func:`load_jsonl` and :func:`load_actor_codes`; everything else takes records
and predicted :class:`kg.model.Triple` objects and returns counts. ``bench_extract.py`` runs
the extractors and prints the figures; ``tests/test_scoring.py`` checks these rules.

The rules follow ``benchmarks/gold/README.md`` and the READMEs of ``../shared/benchmarks``.
Where those leave a choice open, this module decides, and says so in a comment.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.model import Triple

__all__ = [
    "Counts",
    "GoldPost",
    "GoldTriple",
    "NormText",
    "PostScore",
    "gold_actor_match",
    "load_actor_codes",
    "load_gold",
    "load_jsonl",
    "max_matching",
    "norm_name",
    "petrarch_actor_match",
    "petrarch_expected",
    "plover_actor_match",
    "plover_record_match",
    "score_gold_post",
    "score_petrarch",
    "score_plover",
    "split_compound",
    "sum_post_scores",
]

# ---------------------------------------------------------------------------------------------
# Text: normalised views with offsets back to the original
# ---------------------------------------------------------------------------------------------

_CHARMAP = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "",
}


class NormText:
    """A text with whitespace collapsed, quotes straightened and letters lower-cased.

    ``o2n[i]`` is the position in :attr:`text` of the original character ``i``, so spans
    found in either can be compared. Loaders and extractors may differ in whitespace and
    quote style; matching on this view makes "same sentence" robust to that.
    """

    def __init__(self, original: str) -> None:
        out: list[str] = []
        o2n: list[int] = []
        for ch in original:
            o2n.append(len(out))
            c = _CHARMAP.get(ch, ch)
            if not c:
                continue
            if c.isspace():
                if out and out[-1] != " ":
                    out.append(" ")
                continue
            low = c.lower()
            out.append(low if len(low) == 1 else c)
        o2n.append(len(out))
        self.original = original
        self.text = "".join(out)
        self.o2n = o2n

    @staticmethod
    def normalize(s: str) -> str:
        """The normalised form of a snippet, comparable with :attr:`text`."""
        return NormText(s).text.strip()

    def find_all(self, snippet: str) -> list[tuple[int, int]]:
        """Every occurrence of ``snippet`` (normalised) as (start, end) in :attr:`text`."""
        needle = self.normalize(snippet)
        hits: list[tuple[int, int]] = []
        if not needle:
            return hits
        i = self.text.find(needle)
        while i >= 0:
            hits.append((i, i + len(needle)))
            i = self.text.find(needle, i + 1)
        return hits

    def span_of(self, start: int, end: int) -> tuple[int, int]:
        """Original character offsets mapped into :attr:`text`."""
        n = len(self.o2n) - 1
        start, end = max(0, min(start, n)), max(0, min(end, n))
        return self.o2n[start], self.o2n[end]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two half-open spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def locate_triple(nt: NormText, triple: Triple) -> tuple[int, int] | None:
    """Where a predicted triple's sentence is in the post, in ``nt.text`` coordinates.

    The sentence text decides; the triple's ``start``/``end`` only choose between repeated
    sentences, or stand in when the sentence text cannot be found (e.g. the extractor
    normalised it differently).
    """
    valid = 0 <= triple.start < triple.end <= len(nt.original)
    anchor = nt.span_of(triple.start, triple.end) if valid else None
    hits = nt.find_all(triple.sentence) if triple.sentence.strip() else []
    if hits:
        if anchor is None:
            return hits[0]
        a = anchor
        return min(hits, key=lambda h: (not overlaps(h, a), abs(h[0] - a[0])))
    return anchor


# ---------------------------------------------------------------------------------------------
# Actor names
# ---------------------------------------------------------------------------------------------

PRONOUNS = frozenset(
    [
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
        "it", "its", "they", "them", "their", "this", "that", "these", "those", "who", "whom",
        "which", "what", "one", "someone", "anyone", "everyone", "nobody", "none",
    ]
)
# Words that alone do not identify an actor: an unresolved "the group" or "police" must not
# match "Kenyan police" just because one contains the other.
GENERIC = frozenset(
    [
        "the", "a", "an", "of", "and", "for", "in", "on", "at", "to", "with", "from", "by",
        "side", "sides", "group", "groups", "government", "governments", "army", "forces",
        "force", "troops", "soldiers", "police", "rebels", "militants", "militia", "president",
        "minister", "ministers", "leader", "leaders", "official", "officials", "authorities",
        "authority", "company", "companies", "party", "parties", "ministry", "coalition",
        "state", "states", "country", "countries", "court", "military", "foreign", "prime",
        "chief", "senior", "former", "new", "people", "spokesman", "spokeswoman",
        "spokesperson", "envoy", "envoys", "diplomat", "diplomats", "ambassador", "head",
        "deputy", "secretary", "general", "agency", "office", "council", "members", "member",
        "two", "three", "four", "both", "other", "others",
    ]
)


def fold(s: str) -> str:
    """Lower-case, straight quotes, no diacritics ("Erdoğan" → "erdogan")."""
    s = "".join(_CHARMAP.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def norm_name(name: str) -> str:
    """An actor name reduced for comparison: folded, possessives and punctuation gone,
    leading articles dropped ("the U.S.'s" → "u s")."""
    s = re.sub(r"'s\b", " ", fold(name))
    words = re.sub(r"[\W_]+", " ", s).split()
    while words and words[0] in ("the", "a", "an"):
        words.pop(0)
    return " ".join(words)


def _contains_words(long: str, short: str) -> bool:
    return f" {short} " in f" {long} "


def gold_actor_match(predicted: str, names: Iterable[str]) -> bool:
    """A predicted actor matches a gold actor given by its canonical name, aliases and
    accepted alternatives.

    Case-insensitive equality with one of ``names``, or one contains the other on word
    boundaries. Two guards (kg's own reading of "contains"): a pronoun never matches, and
    the contained side must have a word that is not generic, so "police" does not match
    "Kenyan police" but "Merkel" matches "Angela Merkel".
    """
    p = norm_name(predicted)
    if not p or p in PRONOUNS:
        return False
    for name in names:
        g = norm_name(name)
        if not g:
            continue
        if p == g:
            return True
        short, long = (p, g) if len(p) <= len(g) else (g, p)
        if _contains_words(long, short) and any(w not in GENERIC for w in short.split()):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Counts and matching
# ---------------------------------------------------------------------------------------------


@dataclass
class Counts:
    """True positives among ``predicted`` predictions and ``expected`` expected items."""

    tp_pred: int = 0
    predicted: int = 0
    tp_gold: int = 0
    expected: int = 0

    @property
    def precision(self) -> float | None:
        """Matched predictions / predictions (None when there are none)."""
        return self.tp_pred / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        """Matched expected items / expected items (None when there are none)."""
        return self.tp_gold / self.expected if self.expected else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall (0 when one of them is 0)."""
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.tp_pred + other.tp_pred,
            self.predicted + other.predicted,
            self.tp_gold + other.tp_gold,
            self.expected + other.expected,
        )

    def to_dict(self) -> dict[str, Any]:
        """Counts plus P/R/F1, for JSON output."""
        return {
            "tp": self.tp_pred, "predicted": self.predicted,
            "tp_expected": self.tp_gold, "expected": self.expected,
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
        }


def max_matching(n_left: int, edges: dict[int, list[int]]) -> dict[int, int]:
    """A maximum one-to-one matching left → right (Kuhn's augmenting paths).

    ``edges[i]`` lists the right nodes left node ``i`` may take, best first; earlier
    entries are tried first, so among maximum matchings a preferred one tends to come out.
    """
    right_of: dict[int, int] = {}
    left_of: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges.get(i, []):
            if j in seen:
                continue
            seen.add(j)
            if j not in left_of or augment(left_of[j], seen):
                left_of[j] = i
                right_of[i] = j
                return True
        return False

    for i in range(n_left):
        augment(i, set())
    return right_of


# ---------------------------------------------------------------------------------------------
# Gold posts
# ---------------------------------------------------------------------------------------------

MODALITIES = (
    "asserted", "future", "possible", "conditional", "intended", "reported", "alleged", "denied",
    "question",
)


@dataclass
class GoldTriple:
    """One annotated triple of a gold post."""

    sentence: str
    subject: str
    action: str
    category: str
    object: str
    negated: bool = False
    modality: str = "asserted"
    subject_names: list[str] = field(default_factory=list)
    object_names: list[str] = field(default_factory=list)
    categories: set[str] = field(default_factory=set)
    symmetric: bool = False
    tags: list[str] = field(default_factory=list)
    note: str = ""

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> GoldTriple:
        """Build from one gold JSONL line."""
        aliases = d.get("aliases") or {}
        also = d.get("also_ok") or {}
        return cls(
            sentence=d["sentence"],
            subject=d["subject"],
            action=d.get("action", ""),
            category=d["category"],
            object=d["object"],
            negated=bool(d.get("negated", False)),
            modality=d.get("modality", "asserted"),
            subject_names=[d["subject"], *aliases.get("subject", []), *also.get("subject", [])],
            object_names=[d["object"], *aliases.get("object", []), *also.get("object", [])],
            categories={d["category"], *d.get("category_also_ok", [])},
            symmetric=bool(d.get("symmetric", False)),
            tags=list(d.get("tags", [])),
            note=d.get("note", ""),
        )

    def label(self) -> str:
        """``subject —action→ object [CATEGORY]`` for reports."""
        return f"{self.subject} —{self.action}→ {self.object} [{self.category}]"


@dataclass
class GoldPost:
    """A gold file: where the article is in its post, its triples, its must-be-empty sentences."""

    name: str
    post_file: str
    header: dict[str, Any]
    triples: list[GoldTriple]
    no_triple: list[str]

    @property
    def title(self) -> str:
        """Title of the post the gold file annotates."""
        return str(self.header.get("title", ""))


def load_gold(path: Path) -> GoldPost:
    """Read a ``<post>.gold.jsonl`` file: a header line, triple lines, ``no_triple`` lines."""
    lines = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if not lines or "post" not in lines[0]:
        raise ValueError(f"{path}: the first line must be the header with a 'post' field")
    header, rest = lines[0], lines[1:]
    triples = [GoldTriple.from_dict(d) for d in rest if not d.get("no_triple")]
    empty = [d["sentence"] for d in rest if d.get("no_triple")]
    name = path.name.removesuffix(".gold.jsonl")
    return GoldPost(name, header["post"], header, triples, empty)


@dataclass
class PostScore:
    """Figures for one post and one extractor."""

    name: str
    actors: Counts = field(default_factory=Counts)
    category: Counts | None = None
    events: Counts = field(default_factory=Counts)
    matched: int = 0
    negation_correct: int = 0
    modality_correct: int = 0
    boilerplate: int = 0
    unlocated: int = 0
    on_no_triple: int = 0
    tags: dict[str, list[int]] = field(default_factory=dict)
    missing_sentences: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def negation_accuracy(self) -> float | None:
        """Share of matched triples whose ``negated`` agrees with gold."""
        return self.negation_correct / self.matched if self.matched else None

    @property
    def modality_accuracy(self) -> float | None:
        """Share of matched triples whose ``modality`` agrees with gold."""
        return self.modality_correct / self.matched if self.matched else None

    def to_dict(self, details: bool = False) -> dict[str, Any]:
        """JSON-ready figures (and error lists with ``details``)."""
        d: dict[str, Any] = {
            "post": self.name,
            "actors": self.actors.to_dict(),
            "category": self.category.to_dict() if self.category else None,
            "events_without_role": self.events.to_dict(),
            "matched": self.matched,
            "negation_accuracy": self.negation_accuracy,
            "modality_accuracy": self.modality_accuracy,
            "boilerplate_predictions": self.boilerplate,
            "unlocated_predictions": self.unlocated,
            "predictions_on_no_triple_sentences": self.on_no_triple,
            "recall_by_tag": {
                t: {"matched": m, "gold": n} for t, (m, n) in sorted(self.tags.items())
            },
            "gold_sentences_not_found": self.missing_sentences,
        }
        if details:
            d["false_negatives"] = self.false_negatives
            d["false_positives"] = self.false_positives
        return d


def _article_bounds(nt: NormText, header: dict[str, Any]) -> tuple[int, int]:
    """The article's span in the loaded text; everything outside it is boilerplate."""
    start = 0
    hits = nt.find_all(str(header.get("article_starts", "")))
    if hits:
        start = hits[0][0]
    end = len(nt.text)
    hits = nt.find_all(str(header.get("article_ends", "")))
    if hits:
        end = hits[-1][1]
    else:
        hits = nt.find_all(str(header.get("boilerplate_starts", "")))
        if hits:
            end = hits[0][0]
    return start, end


def _triple_fits(p: Triple, g: GoldTriple) -> bool:
    if gold_actor_match(p.subject, g.subject_names) and gold_actor_match(p.object, g.object_names):
        return True
    return g.symmetric and (
        gold_actor_match(p.subject, g.object_names) and gold_actor_match(p.object, g.subject_names)
    )


def score_gold_post(
    text: str,
    gold: GoldPost,
    predictions: Sequence[Triple],
    *,
    with_category: bool = True,
) -> PostScore:
    """Score one post's predicted triples against its gold file.

    A prediction matches a gold triple when its sentence overlaps the gold sentence, its
    subject matches the gold subject and its object the gold object (either way round for
    ``symmetric`` gold triples); matching is one-to-one. Every prediction counts in
    precision, including those from boilerplate or from text that cannot be found.
    """
    nt = NormText(text)
    score = PostScore(gold.name)
    a0, a1 = _article_bounds(nt, gold.header)
    inside = [h for s in gold.header.get("boilerplate_inside", []) for h in nt.find_all(s)]

    gold_spans: list[tuple[int, int] | None] = []
    for g in gold.triples:
        hits = [h for h in nt.find_all(g.sentence) if a0 <= h[0] < a1] or nt.find_all(g.sentence)
        gold_spans.append(hits[0] if hits else None)
        if not hits and g.sentence not in score.missing_sentences:
            score.missing_sentences.append(g.sentence)
    empty_spans = [h for s in gold.no_triple for h in nt.find_all(s)]

    pred_spans = [locate_triple(nt, p) for p in predictions]
    for span in pred_spans:
        if span is None:
            score.unlocated += 1
        elif span[1] <= a0 or span[0] >= a1 or any(overlaps(span, b) for b in inside):
            score.boilerplate += 1
        elif any(overlaps(span, e) for e in empty_spans) and not any(
            gs is not None and overlaps(span, gs) for gs in gold_spans
        ):
            score.on_no_triple += 1

    def candidates(keep: Callable[[Triple, GoldTriple], bool]) -> dict[int, list[int]]:
        edges: dict[int, list[int]] = {}
        for i, (p, ps) in enumerate(zip(predictions, pred_spans, strict=True)):
            if ps is None:
                continue
            js = [
                j for j, (g, gs) in enumerate(zip(gold.triples, gold_spans, strict=True))
                if gs is not None and overlaps(ps, gs) and _triple_fits(p, g) and keep(p, g)
            ]
            # prefer the gold triple that agrees in category, negation and modality
            js.sort(key=lambda j: (
                predictions[i].category not in gold.triples[j].categories,
                predictions[i].negated != gold.triples[j].negated,
                predictions[i].modality != gold.triples[j].modality,
            ))
            if js:
                edges[i] = js
        return edges

    match = max_matching(len(predictions), candidates(lambda p, g: True))
    score.actors = Counts(len(match), len(predictions), len(match), len(gold.triples))
    score.matched = len(match)
    for i, j in match.items():
        p, g = predictions[i], gold.triples[j]
        score.negation_correct += p.negated == g.negated
        score.modality_correct += p.modality == g.modality
    for j, g in enumerate(gold.triples):
        for tag in g.tags:
            counts = score.tags.setdefault(tag, [0, 0])
            counts[0] += j in match.values()
            counts[1] += 1
    matched_gold = set(match.values())
    score.false_negatives = [
        f"{g.label()} | {g.sentence}" for j, g in enumerate(gold.triples) if j not in matched_gold
    ]
    score.false_positives = [
        f"{p.subject} —{p.action}→ {p.object} [{p.category}] | {p.sentence.strip()[:120]}"
        for i, p in enumerate(predictions) if i not in match
    ]

    if with_category:
        cat = max_matching(len(predictions), candidates(lambda p, g: p.category in g.categories))
        score.category = Counts(len(cat), len(predictions), len(cat), len(gold.triples))

    # events without ROLE: the same matching on the action triples only
    ev_preds = [i for i, p in enumerate(predictions) if p.category != "ROLE"]
    ev_gold = {j for j, g in enumerate(gold.triples) if g.category != "ROLE"}
    edges = candidates(lambda p, g: g.category != "ROLE")
    sub = {k: edges.get(i, []) for k, i in enumerate(ev_preds)}
    ev = max_matching(len(ev_preds), sub)
    score.events = Counts(len(ev), len(ev_preds), len(ev), len(ev_gold))
    return score


def sum_post_scores(name: str, scores: Iterable[PostScore]) -> PostScore:
    """Micro-averaged totals over posts."""
    total = PostScore(name)
    cats: list[Counts] = []
    for s in scores:
        total.actors = total.actors + s.actors
        total.events = total.events + s.events
        if s.category is not None:
            cats.append(s.category)
        total.matched += s.matched
        total.negation_correct += s.negation_correct
        total.modality_correct += s.modality_correct
        total.boilerplate += s.boilerplate
        total.unlocated += s.unlocated
        total.on_no_triple += s.on_no_triple
        for tag, (m, n) in s.tags.items():
            t = total.tags.setdefault(tag, [0, 0])
            t[0] += m
            t[1] += n
        total.missing_sentences += s.missing_sentences
        total.false_negatives += [f"{s.name}: {x}" for x in s.false_negatives]
        total.false_positives += [f"{s.name}: {x}" for x in s.false_positives]
    if cats:
        total.category = sum(cats, Counts())
    return total


# ---------------------------------------------------------------------------------------------
# PLOVER gold-standard records
# ---------------------------------------------------------------------------------------------

# country (as a gazetteer names it, plus short forms) -> demonyms; for "Iraqi forces" ~ "Iraq"
_DEMONYMS = """
afghanistan:afghan|afghans
albania:albanian|albanians
algeria:algerian|algerians
angola:angolan|angolans
argentina:argentine|argentinian|argentinians
armenia:armenian|armenians
australia:australian|australians
austria:austrian|austrians
azerbaijan:azerbaijani|azeri|azerbaijanis|azeris
bahrain:bahraini|bahrainis
bangladesh:bangladeshi|bangladeshis
belarus:belarusian|belarusians
belgium:belgian|belgians
bolivia:bolivian|bolivians
bosnia:bosnian|bosnians
brazil:brazilian|brazilians
britain|united kingdom|uk|great britain|england:british|briton|britons|english
bulgaria:bulgarian|bulgarians
burundi:burundian|burundians
cambodia:cambodian|cambodians
cameroon:cameroonian|cameroonians
canada:canadian|canadians
chad:chadian|chadians
chile:chilean|chileans
china:chinese
colombia:colombian|colombians
congo:congolese
croatia:croatian|croat|croats|croatians
cuba:cuban|cubans
cyprus:cypriot|cypriots
czech republic|czechia:czech|czechs
denmark:danish|dane|danes
egypt:egyptian|egyptians
el salvador:salvadoran|salvadorans
eritrea:eritrean|eritreans
estonia:estonian|estonians
ethiopia:ethiopian|ethiopians
fiji:fijian|fijians
finland:finnish|finn|finns
france:french|frenchman|frenchmen
gambia:gambian|gambians
georgia:georgian|georgians
germany:german|germans
ghana:ghanaian|ghanaians
greece:greek|greeks
guatemala:guatemalan|guatemalans
guinea:guinean|guineans
haiti:haitian|haitians
honduras:honduran|hondurans
hungary:hungarian|hungarians
iceland:icelandic|icelander|icelanders
india:indian|indians
indonesia:indonesian|indonesians
iran:iranian|iranians|persian
iraq:iraqi|iraqis
ireland:irish
israel:israeli|israelis
italy:italian|italians
ivory coast|cote d ivoire:ivorian|ivorians
jamaica:jamaican|jamaicans
japan:japanese
jordan:jordanian|jordanians
kazakhstan:kazakh|kazakhs|kazakhstani
kenya:kenyan|kenyans
north korea|dprk:north korean|north koreans
south korea|republic of korea:south korean|south koreans
kosovo:kosovar|kosovars|kosovan
kuwait:kuwaiti|kuwaitis
kyrgyzstan:kyrgyz
laos:lao|laotian|laotians
latvia:latvian|latvians
lebanon:lebanese
liberia:liberian|liberians
libya:libyan|libyans
lithuania:lithuanian|lithuanians
macedonia|north macedonia:macedonian|macedonians
malawi:malawian|malawians
malaysia:malaysian|malaysians
mali:malian|malians
mauritania:mauritanian|mauritanians
mexico:mexican|mexicans
moldova:moldovan|moldovans
mongolia:mongolian|mongolians
montenegro:montenegrin|montenegrins
morocco:moroccan|moroccans
mozambique:mozambican|mozambicans
myanmar|burma:burmese|myanmar
namibia:namibian|namibians
nepal:nepalese|nepali
netherlands|holland:dutch|dutchman
new zealand:new zealander|new zealanders
nicaragua:nicaraguan|nicaraguans
niger:nigerien|nigeriens
nigeria:nigerian|nigerians
norway:norwegian|norwegians
oman:omani|omanis
pakistan:pakistani|pakistanis
palestine|palestinian territories:palestinian|palestinians
panama:panamanian|panamanians
paraguay:paraguayan|paraguayans
peru:peruvian|peruvians
philippines|phillippines:filipino|filipinos|philippine
poland:polish|pole|poles
portugal:portuguese
qatar:qatari|qataris
romania:romanian|romanians
russia|soviet union|ussr:russian|russians|soviet|soviets
rwanda:rwandan|rwandans
saudi arabia:saudi|saudis
senegal:senegalese
serbia|yugoslavia:serbian|serb|serbs|serbians|yugoslav|yugoslavs
sierra leone:sierra leonean|sierra leoneans
singapore:singaporean|singaporeans
slovakia:slovak|slovaks|slovakian
slovenia:slovenian|slovene|slovenes
somalia:somali|somalis
south africa:south african|south africans
spain:spanish|spaniard|spaniards
sri lanka:sri lankan|sri lankans
sudan:sudanese
south sudan:south sudanese
sweden:swedish|swede|swedes
switzerland:swiss
syria:syrian|syrians
taiwan:taiwanese
tajikistan:tajik|tajiks
tanzania:tanzanian|tanzanians
thailand:thai|thais
tunisia:tunisian|tunisians
turkey:turkish|turk|turks
turkmenistan:turkmen
uganda:ugandan|ugandans
ukraine:ukrainian|ukrainians
united arab emirates|uae|emirates:emirati|emiratis
united states|us|u s|usa|u s a|america:american|americans
uruguay:uruguayan|uruguayans
uzbekistan:uzbek|uzbeks
venezuela:venezuelan|venezuelans
vietnam:vietnamese
yemen:yemeni|yemenis
zambia:zambian|zambians
zimbabwe:zimbabwean|zimbabweans
"""


def _country_groups() -> list[tuple[list[str], list[str]]]:
    groups: list[tuple[list[str], list[str]]] = []
    for line in _DEMONYMS.strip().splitlines():
        countries, demonyms = line.split(":")
        groups.append((countries.split("|"), demonyms.split("|")))
    return groups


# (names of a country, its demonyms): "Iraqi forces" ~ "Iraq", "U.S. officials" ~ "United States"
COUNTRY_GROUPS = _country_groups()


def head_noun(name: str) -> str:
    """The head of a (normalised) actor phrase: its last word before any "of"."""
    words = name.split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    return words[-1] if words else ""


def _country_match(a: str, b: str) -> bool:
    """``a`` names a country or uses its demonym, and ``b`` names the same country (in any
    of its name variants)."""
    for names, demonyms in COUNTRY_GROUPS:
        if any(_contains_words(a, t) for t in (*names, *demonyms)) and any(
            _contains_words(b, n) for n in names
        ):
            return True
    return False


def plover_actor_match(predicted: str, gold_text: str) -> bool:
    """PLOVER GSR actor match: case-insensitive; one contains the other (on word boundaries),
    or they share the head noun, or a demonym matches its country ("Iraqi forces" ~ "Iraq").

    The demonym rule is read as "a country, by demonym or by any of its names, matches that
    country by any of its names", so "U.S. officials" ~ "United States" too.
    """
    p, g = norm_name(predicted), norm_name(gold_text)
    if not p or not g or p in PRONOUNS:
        return False
    if p == g or _contains_words(p, g) or _contains_words(g, p):
        return True
    hp, hg = head_noun(p), head_noun(g)
    if hp and hp == hg and hp not in PRONOUNS and hp not in ("the", "and", "of"):
        return True
    return _country_match(p, g) or _country_match(g, p)


_SRC_TAR = re.compile(r"\(SRC/TAR:\s*([^)]*)\)")


def plover_record_match(subject: str, obj: str, record: dict[str, Any]) -> bool:
    """A predicted ``subject → object`` matches a PLOVER record's sources and targets.

    Records with ``SRC/TAR`` marks are reciprocal: any two different marked actors match
    in either direction (their ``targets`` are often empty).
    """
    sources = [s["text"] for s in record.get("sources", []) if s.get("text")]
    targets = [t["text"] for t in record.get("targets", []) if t.get("text")]
    if any(plover_actor_match(subject, s) for s in sources) and any(
        plover_actor_match(obj, t) for t in targets
    ):
        return True
    if "SRC/TAR" not in record.get("markup", ""):
        return False
    pool = list(dict.fromkeys([*sources, *targets, *_SRC_TAR.findall(record["markup"])]))
    subj_hits = {i for i, a in enumerate(pool) if plover_actor_match(subject, a)}
    obj_hits = {i for i, a in enumerate(pool) if plover_actor_match(obj, a)}
    return any(i != j for i in subj_hits for j in obj_hits)


def score_plover(
    records: Sequence[dict[str, Any]],
    predictions: dict[str, list[Triple]],
    *,
    with_category: bool = True,
) -> dict[str, Any]:
    """Actor and actor+category agreement on PLOVER GSR, as its README describes.

    Only records with ``actors_complete`` are scored. Recall = records with a matching
    triple / records; precision = predictions that match their record / predictions.
    ROLE triples are not events and are left out (their number is reported).
    """
    actors, category = Counts(), Counts()
    role_left_out = 0
    for rec in records:
        if not rec.get("actors_complete"):
            continue
        preds = predictions.get(rec["id"], [])
        role_left_out += sum(p.category == "ROLE" for p in preds)
        preds = [p for p in preds if p.category != "ROLE"]
        hits = [plover_record_match(p.subject, p.object, rec) for p in preds]
        cat_hits = [h and p.category == rec["plover"] for p, h in zip(preds, hits, strict=True)]
        actors += Counts(sum(hits), len(preds), int(any(hits)), 1)
        category += Counts(sum(cat_hits), len(preds), int(any(cat_hits)), 1)
    out: dict[str, Any] = {"actors": actors.to_dict(), "role_triples_left_out": role_left_out}
    out["category"] = category.to_dict() if with_category else None
    return out


# ---------------------------------------------------------------------------------------------
# PETRARCH2 unit-test records
# ---------------------------------------------------------------------------------------------


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """Records of a JSON Lines file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_actor_codes(path: Path) -> dict[str, list[str]]:
    """``actor_codes.tsv``: code → every name it may be matched by (name, root, aliases)."""
    names: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            found = [row.get("name") or "", row.get("root_name") or ""]
            found += (row.get("aliases") or "").split(";")
            names[row["code"]] = [n.strip() for n in found if n and n.strip()]
    return names


_COMPOUND = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.IGNORECASE)


def split_compound(actor: str) -> list[str]:
    """"Gondor and Osgiliath" → ["Gondor", "Osgiliath"]; a single actor stays as it is."""
    parts = [p for p in _COMPOUND.split(actor) if p.strip()]
    return parts or [actor]


@dataclass
class Expected:
    """One expected PETRARCH event after collapsing, with the names its actors match by."""

    source_names: list[str]
    target_names: list[str]
    categories: set[str]
    counted_actors: bool
    counted_category: bool


def petrarch_expected(
    record: dict[str, Any], codes: dict[str, list[str]], *, core: bool = False
) -> list[Expected]:
    """The record's scorable events, collapsed on (source_name, target_name, plover).

    ``counted_actors``/``counted_category`` say whether the event is in recall for the
    actors-only and the actors+category score; an event not counted is "ignorable": a
    prediction whose only actor match is such an event is neither right nor wrong. In the
    core set, artifact events are ignorable in both scores; ``plover`` = null events are
    ignorable in the category score.
    """
    out: list[Expected] = []
    seen: set[tuple[Any, ...]] = set()
    for ev in record.get("events", []):
        if not ev.get("scorable"):
            continue
        key = (ev.get("source_name"), ev.get("target_name"), ev.get("plover"))
        if key in seen:
            continue
        seen.add(key)
        artifact = core and bool(ev.get("artifact"))

        def names(side: str, ev: dict[str, Any] = ev) -> list[str]:
            found = [*codes.get(ev[side], [])]
            found += [ev.get(f"{side}_name") or "", ev.get(f"{side}_root_name") or ""]
            return list(dict.fromkeys(n for n in found if n))

        plover = ev.get("plover")
        out.append(Expected(
            source_names=names("source"),
            target_names=names("target"),
            categories={plover, *ev.get("plover_also_ok", [])} if plover else set(),
            counted_actors=not artifact,
            counted_category=not artifact and plover is not None,
        ))
    return out


def petrarch_actor_match(predicted: str, names: Iterable[str]) -> bool:
    """PETRARCH actor match: case-insensitive containment either way with the code's readable
    name, root name or an alias (on word boundaries, so "Iran" does not match "Tirana")."""
    p = norm_name(predicted)
    if not p or p in PRONOUNS:
        return False
    for n in names:
        g = norm_name(n)
        if g and (p == g or _contains_words(p, g) or _contains_words(g, p)):
            return True
    return False


def _petrarch_record(
    preds: list[tuple[str, str, str]], expected: list[Expected], *, category: bool
) -> tuple[int, int, int, int]:
    """(true positives, predictions counted, matched expected, expected counted) for a record."""

    def actor_fit(p: tuple[str, str, str], e: Expected) -> bool:
        return petrarch_actor_match(p[0], e.source_names) and petrarch_actor_match(
            p[1], e.target_names
        )

    is_counted = [e.counted_category if category else e.counted_actors for e in expected]
    counted = [e for e, c in zip(expected, is_counted, strict=True) if c]
    ignorable = [e for e, c in zip(expected, is_counted, strict=True) if not c]
    edges = {
        i: [j for j, e in enumerate(counted)
            if actor_fit(p, e) and (not category or p[2] in e.categories)]
        for i, p in enumerate(preds)
    }
    match = max_matching(len(preds), edges)
    ignored = sum(
        1 for i, p in enumerate(preds)
        if i not in match
        and not any(actor_fit(p, e) for e in counted)
        and any(actor_fit(p, e) for e in ignorable)
    )
    return len(match), len(preds) - ignored, len(match), len(counted)


def score_petrarch(
    records: Sequence[dict[str, Any]],
    codes: dict[str, list[str]],
    predictions: dict[str, list[Triple]],
    *,
    with_category: bool = True,
) -> dict[str, Any]:
    """Score predictions on PETRARCH2 records as its README's "Scoring a tool on it" says.

    Records expecting ``events`` or ``no_events`` are scored (``error``/``unspecified``
    skipped); compound predicted actors are split into one triple per actor pair; matching
    is one-to-one; any prediction on a ``no_events`` record is a false positive. Reported
    for all scorable events and for the core set (no ``no_event_questionable`` records,
    artifact events ignorable). ROLE triples are not events and are left out.
    """
    result: dict[str, Any] = {}
    for setname, core in (("all", False), ("core", True)):
        actors, cat = Counts(), Counts()
        no_ev_records = no_ev_clean = no_ev_preds = 0
        scored = 0
        role_left_out = 0
        for rec in records:
            if rec.get("expected") not in ("events", "no_events"):
                continue
            if core and rec.get("no_event_questionable"):
                continue
            scored += 1
            raw = predictions.get(rec["id"], [])
            role_left_out += sum(p.category == "ROLE" for p in raw)
            preds = [
                (s, o, p.category)
                for p in raw if p.category != "ROLE"
                for s in split_compound(p.subject) for o in split_compound(p.object)
            ]
            if rec["expected"] == "no_events":
                no_ev_records += 1
                no_ev_preds += len(preds)
                no_ev_clean += not preds
                actors += Counts(0, len(preds), 0, 0)
                cat += Counts(0, len(preds), 0, 0)
                continue
            expected = petrarch_expected(rec, codes, core=core)
            actors += Counts(*_petrarch_record(preds, expected, category=False))
            cat += Counts(*_petrarch_record(preds, expected, category=True))
        result[setname] = {
            "records": scored,
            "actors": actors.to_dict(),
            "category": cat.to_dict() if with_category else None,
            "no_events": {
                "records": no_ev_records,
                "records_without_predictions": no_ev_clean,
                "predictions": no_ev_preds,
            },
            "role_triples_left_out": role_left_out,
        }
    return result
