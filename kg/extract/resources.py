"""The extractor's knowledge, read once from the data files in ``schema/``.

Nothing here restates the data: this module only turns the TSV and text files into lookup
tables shaped for the extractor (lower-cased keys, accent-folded names, sets).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from kg import schema
from kg.errors import SchemaError

ACTOR_TYPES = ("Person", "Organization", "Country", "Group", "Place")
MODALITIES = (
    "asserted", "future", "possible", "conditional", "intended", "reported", "alleged",
    "denied", "question",
)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip accents and normalise spaces and dots, for matching names."""
    # (cached: the same few thousand names and words are folded over and over in a post)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'")
    return " ".join(text.lower().split())


def acronym_like(alias: str) -> bool:
    """An alias with a word of two or more capitals: "US", "AfD", "U.S.", "FARC-EP"."""
    return any(sum(c.isupper() for c in word) >= 2 for word in alias.split())


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


@dataclass(frozen=True)
class Action:
    """A lexicon entry: the category and score of a normalised action."""

    action: str
    category: str
    score: float
    on_place: str | None
    symmetric: bool
    place: bool
    place_only: bool = False
    converse: str | None = None
    both_ways: bool = False  # the converse is told as well as the action itself


@dataclass(frozen=True)
class KnownActor:
    """A gazetteer entry: a canonical actor and the ways news refers to it."""

    name: str
    type: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class ActorWord:
    """A common noun that heads an actor noun phrase ("police", "minister")."""

    word: str
    type: str
    role: str
    generic: bool
    owner: bool = False


@dataclass
class Resources:
    """Every lookup table the extractor uses."""

    actions: dict[str, Action]
    event_nouns: dict[str, str]
    complements: dict[str, tuple[str, str, str]]
    modality_cues: dict[tuple[str, str], str]
    negations: frozenset[str]
    non_events: frozenset[str]
    known: dict[str, KnownActor]
    aliases: dict[str, KnownActor]
    demonyms: dict[str, KnownActor]
    capitals: dict[str, KnownActor]
    actor_words: dict[str, ActorWord]
    titles: dict[str, str]
    honorifics: frozenset[str]
    pronouns: dict[str, tuple[frozenset[str], str, str]]
    descriptions: dict[str, frozenset[str]]
    actor_modifiers: frozenset[str] = frozenset()
    given_names: dict[str, str] = field(default_factory=dict)
    lemmas: dict[str, str] = field(default_factory=dict)
    classes: dict[str, frozenset[str]] = field(default_factory=dict)

    def words(self, name: str) -> frozenset[str]:
        """A closed class of words from ``word_classes.tsv``; an unknown class is a bug."""
        try:
            return self.classes[name]
        except KeyError:
            raise SchemaError(f"word_classes.tsv has no class {name!r}; reinstall kg") from None
    demonym_of: dict[str, str] = field(default_factory=dict)
    # "Congress" → ("United States", "Congress of {country}"): see shared_names.tsv
    shared_names: dict[str, tuple[str, str]] = field(default_factory=dict)

    def category_score(self, category: str) -> float:
        """The cooperation–conflict score of an event category."""
        cat = schema.categories().get(category)
        return cat.score if cat else 0.0

    def synthetic(self, category: str) -> Action:
        """An action entry for a category alone (event nouns, "call X a puppet")."""
        return Action("", category, self.category_score(category), None, False, False)


def _actions() -> dict[str, Action]:
    known = schema.categories()
    out: dict[str, Action] = {}
    for row in schema.read_tsv("lexicon.tsv"):
        cat = row["category"]
        if cat not in known:
            raise SchemaError(f"lexicon.tsv: {row['action']!r} has unknown category {cat!r}")
        flags = set(_split(row["flags"]))
        score = float(row["score"]) if row["score"] else known[cat].score
        out[row["action"]] = Action(
            row["action"], cat, score, row["on_place"] or None, "sym" in flags,
            "place" in flags or "place_only" in flags, "place_only" in flags,
            row["converse"] or None, "both" in flags,
        )
    return out


def _gazetteer(res: dict[str, object]) -> None:
    known: dict[str, KnownActor] = {}
    aliases: dict[str, KnownActor] = {}
    demonyms: dict[str, KnownActor] = {}
    capitals: dict[str, KnownActor] = {}
    demonym_of: dict[str, str] = {}
    for row in schema.read_tsv("gazetteer.tsv"):
        if row["type"] not in ACTOR_TYPES:
            raise SchemaError(f"gazetteer.tsv: {row['name']!r} has unknown type {row['type']!r}")
        actor = KnownActor(
            row["name"], row["type"], tuple(_split(row["aliases"])),
            tuple(_split(row["demonyms"])), tuple(_split(row.get("capital", ""))),
        )
        known[actor.name] = actor
        for alias in (actor.name, *actor.aliases):
            aliases.setdefault(alias, actor)
            if not acronym_like(alias):
                aliases.setdefault(fold(alias), actor)
        for d in actor.demonyms:
            demonyms.setdefault(fold(d), actor)
        if actor.demonyms:
            demonym_of[actor.name] = actor.demonyms[0]
        for c in actor.capitals:
            capitals.setdefault(fold(c), actor)
    # the adjective the news uses for a country's bodies, where it is not the first demonym
    demonym_of.update({r["name"]: r["adjective"] for r in schema.read_tsv("adjectives.tsv")})
    shared = {r["name"]: (r["country"], r["pattern"]) for r in schema.read_tsv("shared_names.tsv")}
    res.update(known=known, aliases=aliases, demonyms=demonyms, capitals=capitals,
               demonym_of=demonym_of, shared_names=shared)


def _classes() -> dict[str, frozenset[str]]:
    grouped: dict[str, set[str]] = {}
    for row in schema.read_tsv("word_classes.tsv"):
        grouped.setdefault(row["class"], set()).add(row["word"])
    return {name: frozenset(words) for name, words in grouped.items()}


def verb_forms(stem: str) -> list[str]:
    """The forms of a regular verb: "re-elect", "re-elects", "re-elected", "re-electing"."""
    base = stem[:-1] if stem.endswith("e") else stem
    return [stem, f"{stem}s", f"{base}ed", f"{base}ing"]


def _hyphenated_lemma(stem: str, actions: dict[str, Action]) -> str:
    """The lemma the lexicon knows a hyphenated verb by: "re-elect" as itself, "re-open" as
    "reopen", "re-impose" as "impose" (the act done again)."""
    verbs = {a.split()[0] for a in actions}
    joined, base = stem.replace("-", ""), stem.partition("-")[2]
    for lemma in (stem, joined, base):
        if lemma in verbs:
            return lemma
    return stem


@cache
def resources() -> Resources:
    """All the extractor's lookup tables (read once per process)."""
    parts: dict[str, object] = {}
    _gazetteer(parts)
    complements = {
        r["verb"]: (r["effect"], r["value"], r["speaker"])
        for r in schema.read_tsv("complements.tsv")
    }
    cues = {(r["cue"], r["kind"]): r["modality"] for r in schema.read_tsv("modality.tsv")}
    classes = _classes()
    actions = _actions()
    for (cue, _), mod in cues.items():
        if mod not in MODALITIES:
            raise SchemaError(f"modality.tsv: cue {cue!r} has unknown modality {mod!r}")
    words = {
        r["word"]: ActorWord(
            r["word"], r["type"], r["role"], r["generic"] == "yes", r["owner"] == "yes"
        )
        for r in schema.read_tsv("actor_words.tsv")
    }
    titles: dict[str, str] = {}
    honorifics: set[str] = set()
    for r in schema.read_tsv("titles.tsv"):
        titles[fold(r["title"])] = r["canonical"] or r["title"]
        if r.get("honorific", "").lower() in {"yes", "y", "true", "1"}:
            honorifics.add(fold(r["title"]))
    pronouns = {
        r["pronoun"].lower(): (frozenset(_split(r["types"])), r["number"], r["gender"])
        for r in schema.read_tsv("pronouns.tsv")
    }
    descriptions: dict[str, frozenset[str]] = {}
    for r in schema.read_tsv("descriptions.tsv"):
        key = next(k for k in r if k not in {"types", "note"})
        descriptions[r[key].lower()] = frozenset(_split(r["types"]))
    return Resources(
        actions=actions,
        event_nouns={r["noun"]: r["category"] for r in schema.read_tsv("event_nouns.tsv")},
        complements=complements,
        modality_cues=cues,
        negations=frozenset(schema.read_lines("negation.txt")),
        actor_modifiers=frozenset(schema.read_lines("actor_modifiers.txt")),
        given_names={r["name"]: r["gender"] for r in schema.read_tsv("given_names.tsv")},
        lemmas={r["form"]: r["lemma"] for r in schema.read_tsv("lemmas.tsv")} | {
            form: _hyphenated_lemma(stem, actions)
            for stem in classes.get("hyphenated_verb", ()) for form in verb_forms(stem)
        },
        classes=classes,
        non_events=frozenset(schema.read_lines("non_events.txt")),
        actor_words=words,
        titles=titles,
        honorifics=frozenset(honorifics),
        pronouns=pronouns,
        descriptions=descriptions,
        **parts,  # type: ignore[arg-type]
    )
