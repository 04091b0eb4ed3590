"""Nominal events: "her talks with Macron", "an army raid on a rebel camp", "Russia's invasion
of Ukraine", "the US-China talks".

An event noun listed in ``schema/event_nouns.tsv`` is an event when its doer (an owner, a
compound, a by-phrase, a light verb's subject: "held talks with") and its target (a preposition
the noun takes: "with", "on", "against", "of") are actors. A light verb only carries the noun
("held talks", "launched strikes"), and the verb's own event then covers it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.events import (
    _ANSWERING,
    JUDGING_CATEGORIES,
    Event,
    _noun_prep_ok,
    _preps,
)
from kg.extract.frames import Frame, in_main_clause

if TYPE_CHECKING:
    from kg.extract.events import EventFinder

_NOUN_MODALITY = {
    "alleged": "alleged", "planned": "intended", "proposed": "intended", "possible": "possible",
    "potential": "possible", "threatened": "possible", "rumoured": "alleged",
    "rumored": "alleged", "reported": "reported", "future": "future", "upcoming": "future",
}


class NounEvents:
    """Finds the events of event nouns for an :class:`EventFinder` on its current doc."""

    def __init__(self, finder: EventFinder) -> None:
        self.f = finder
        res = self.res = finder.res
        self.operation_words = res.words("operation_word")
        self.joint_words = res.words("joint_word")
        self.documents = res.words("document_word")

    def light_noun(self, verb: Token, *, any_verb: bool = False) -> Token | None:
        """The event noun a verb only carries: "held talks", "hit back with drone strikes"."""
        unknown = verb.lemma_.lower() not in self.res.actions
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "through", "in", "into", "on", "off"):
                for p in c.children:
                    # "on the phone to Shoukry", "got off the phone with Erdoğan"
                    phone = p.lemma_.lower() in self.f.phone_nouns
                    on_phone = c.lower_ in ("on", "off") and phone and any(
                        g.dep_ == "prep" and g.lower_ in ("to", "with")
                        for g in (*p.children, *verb.children)
                    )
                    if p.dep_ == "pobj" and self.event_noun(p) is not None and (
                        c.lower_ in ("with", "through") or (any(
                            g.dep_ == "prep" and g.lower_ == "with" for g in p.children
                        ) and unknown and c.lower_ != "on") or (on_phone and unknown)
                    ):  # "remains in contact with Baku", "entered into talks with", "spent
                        # Sunday on the phone to Shoukry"
                        return p
        lemma = verb.lemma_.lower()
        if not any_verb and lemma not in self.f.light_verbs and lemma in self.res.actions:
            return None
        for c in verb.children:
            if c.dep_ == "dobj":
                counted = self.counted(c)
                if self.event_noun(counted) is not None and (
                    counted is c or lemma in self.f.light_verbs  # "held a new round of talks"
                ):
                    return counted
        return None

    def counted(self, tok: Token) -> Token:
        """What a quantity counts: "a new round of talks" is talks."""
        if tok.lower_ in self.f.quantities:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            return pobj
        return tok

    def noun_word(self, tok: Token) -> str:
        """The event noun a token stands for, as ``event_nouns.tsv`` lists it."""
        nouns = self.res.event_nouns
        if tok.lower_ in nouns:
            return tok.lower_
        first = tok.left_edge
        if tok.pos_ == "PROPN" and first.lower_ in self.operation_words and (
            first.dep_ == "compound"
        ):
            return first.lower_  # "launched Operation Cast Lead against Hamas"
        return tok.lemma_.lower()

    def event_noun(self, tok: Token) -> str | None:
        """The category of the event ``tok`` names ("talks": CONSULT), if it names one."""
        found = self.res.event_nouns.get(self.noun_word(tok))
        if found == "ASSAULT" and any(
            c.dep_ == "amod" and c.lower_ in self.joint_words for c in tok.children
        ):
            return "COOPERATE"  # "a joint operation with Ethiopian troops"
        return found

    def events(self, noun: Token, sent: Span, question: bool) -> Iterator[Event]:
        """The events of an event noun between its doers and its targets."""
        category = self.event_noun(noun)
        assert category is not None
        between = [obj for obj, words in self.targets(noun) if words == "between"]
        pair = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
                and c.i < noun.i and self.f._mention(c) is not None]
        if len(pair) == 1:  # "US-China talks": the parser hangs "US" on "China"
            pair = [g for g in pair[0].children if g.dep_ in ("compound", "amod", "nmod")
                    and self.f._mention(g) is not None] + pair
        if len(pair) == 2 and self.f.doc[pair[0].i + 1].text in ("-", "–", "—") and (
            pair[1].i == pair[0].i + 2
        ):
            # "the US-China talks", "the Japan–South Korea summit": the two hold them
            between = between or [n for c in pair for n in self.f._args([c])][:2]
        if len(between) == 2 and category in ("CONSULT", "AGREE", "COOPERATE", "ASSAULT"):
            # "the talks between Washington and Tehran": the two hold them with each other
            noun_text = self.noun_word(noun)
            yield self.f._event(between[0], between[1], f"{noun_text} with",
                              self.res.synthetic(category), Frame(), sent, noun, 0.8, None)
        head = noun.head
        if noun.dep_ == "dobj" and head.lemma_.lower() in _ANSWERING and (
            noun.lemma_.lower() in self.f.phone_nouns
        ):
            # "Levin has not taken Herzog's calls": Herzog called Levin (who did not answer)
            callers = self.f._args([c for c in noun.children if c.dep_ == "poss"])
            frame = self.f.frames.frame(head, question)
            frame.negated = False
            for caller in callers:
                for callee in self.f.arguments.subjects(head)[0]:
                    if not self.f._same(caller, callee):
                        yield self.f._event(caller, callee, noun.lemma_.lower(),
                                          self.res.synthetic("CONSULT"), frame, sent, noun, 0.8,
                                          None)
            return
        asked = category == "REQUEST" and any(
            c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" and g.i < c.i for g in c.children)
            for c in noun.children
        )  # "rejected Harare's demand that he recall Mumba": Harare asked him all the same
        if noun.dep_ == "dobj" and head.pos_ == "VERB" and not asked and (
            head.lemma_.lower() in self.f.light_verbs or head.lemma_.lower() in self.res.complements
        ):
            # The verb's own event covers it ("held talks with", "imposed sanctions on").
            subj, _ = self.f.arguments.subjects(head)
            if subj:
                return
        category = self.event_noun(noun)
        assert category is not None
        agents = self.agents(noun)
        if not agents:
            return
        frame = Frame()
        for c in noun.children:
            if c.dep_ == "amod":
                mod = _NOUN_MODALITY.get(c.lower_)
                if mod:
                    frame.modality = mod
            if c.dep_ == "det" and c.lower_ == "no":
                frame.negated = True
        if question and in_main_clause(noun):
            frame.modality = "question"
        gov = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        charge = self.res.actions.get(gov.lemma_.lower()) if gov is not None else None
        if charge is not None and charge.category == "ACCUSE":
            frame.modality = "alleged"  # "accusing Israel of genocide": a charge, not a fact
        noun_text = self.noun_word(noun)
        act = self.res.synthetic(category)
        targets = list(self.targets(noun))
        if category == "REQUEST" and noun.dep_ == "pobj" and noun.head.lower_ == "at" and (
            head.head.pos_ in ("VERB", "AUX")
        ):
            # "stopped at the request of Qatar", "came at Lourenço's invitation": the one
            # asked is the one who did it
            targets = [(n, "") for n in self.f.arguments.subjects(head.head)[0]]
        for obj, words in targets:
            for agent in agents:
                if not self.f._same(agent, obj):
                    yield self.f._event(agent, obj, f"{noun_text} {words}".strip(), act, frame,
                                      sent, noun, 0.9, None)

    def agents(self, noun: Token) -> list[int]:
        """Who does a nominal event: "Russia's invasion", "an army raid", "strikes by X"."""
        agents: list[int] = []
        patient = noun.lower_ in self.f.patient_nouns or noun.lemma_ in self.f.patient_nouns
        if patient and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            patient = False  # "Israel's killing of Nasrallah": the owner kills
        for c in noun.children:
            if c.dep_ == "poss" and patient:
                continue
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i:
                agents += self.f._args([c])
            elif c.dep_ == "prep" and c.lower_ == "by":
                agents += self.f._args([p for p in c.children if p.dep_ == "pobj"])
            elif c.dep_ == "prep" and c.lower_ == "of" and noun.dep_ == "pobj" and (
                noun.head.lower_ == "at" and self.event_noun(noun) == "REQUEST"
            ):
                # "at the request of Qatar and Saudi Arabia": they asked
                agents += self.f._args([p for p in c.children if p.dep_ == "pobj"])
        if not agents and noun.dep_ == "nsubjpass" and (
            noun.head.lemma_.lower() in self.f.light_verbs
        ):
            # "the attack on the station had been carried out by Los Tiguerones"
            agents = self.f._args([p for c in noun.head.children if c.dep_ == "agent"
                                 for p in c.children if p.dep_ == "pobj"])
        gov = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if not agents and gov is not None and gov.pos_ == "VERB":
            act = self.res.actions.get(gov.lemma_.lower())
            if act is not None and act.category == "ACCUSE":
                # "accusing Israel of genocide against the Palestinians": the accused did it
                agents = self.f._args([c for c in gov.children if c.dep_ == "dobj"])
        if not agents and self.event_noun(noun) in ("CONSULT", "AGREE", "COOPERATE") and any(
            c.dep_ == "prep" and c.lower_ in ("with", "to") for c in noun.children
        ):
            # "flew to Ankara for three days of talks with the Turks": the traveller talks;
            # "during a visit to Ankara, Blinken pressed…": the visitor
            t = noun
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "pobj":
                t = t.head.head
            if t.dep_ == "pobj" and t.head.lower_ in ("for", "after", "during", "in", "on") and (
                t.head.head.pos_ == "VERB"
            ):
                agents, _ = self.f.arguments.subjects(t.head.head)
        return agents

    def targets(self, noun: Token) -> Iterator[tuple[int, str]]:
        """Targets of an event noun: "talks with Macron", "invasion of Ukraine"."""
        if noun.pos_ == "PROPN" and noun.lower_ in self.documents:
            return  # "signed the Treaty of Lisbon": the rest is its name, not a party
        category = self.event_noun(noun)
        if (noun.lower_ in self.f.patient_nouns or noun.lemma_ in self.f.patient_nouns) and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
        ):
            # "his extradition", "Navalny's arrest": the owner is done to, not doing
            for c in noun.children:
                if c.dep_ == "poss":
                    for obj in self.f._args([c]):
                        yield obj, ""
        for prep, words in _preps(noun, self.f.source_preps):
            if not _noun_prep_ok(self.f.target_preps, words, category or "OTHER"):
                continue
            pobjs = [c for c in prep.children if c.dep_ == "pobj"]
            found = self.f._args(pobjs)
            if not found and (category in JUDGING_CATEGORIES or any(
                p.lemma_ in self.f.patient_nouns for p in pobjs
            )):
                # "a march against Milei's cuts", "a warrant for Putin's arrest", "a ban on
                # Serbian goods": the owner
                found = self.f._args([o for p in pobjs for o in p.children if o.dep_ == "poss" or (
                    o.dep_ in ("amod", "compound") and o.i in self.f.at
                    and self.f.mentions[self.f.at[o.i]].kind == "name" and p.pos_ == "NOUN"
                )])
            for obj in found:
                yield obj, words
        if category == "REQUEST":
            # "its demand that Manila tow the ship away": the one asked to act
            for clause in noun.children:
                if clause.dep_ in ("acl", "ccomp") and any(
                    g.lower_ == "that" and g.i < clause.i for g in clause.children
                ):
                    for obj in self.f._args([g for g in clause.children if g.dep_ == "nsubj"]):
                        yield obj, ""
