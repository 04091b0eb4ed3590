"""Events in a parsed sentence: who did what to whom, read off the dependency parse.

Each verb (and each event noun, "talks", "raid", "invasion") is a candidate event. Its actors
are found through the parse: subjects and by-agents, direct objects and prepositional objects
(the preposition becomes part of the action: "meet with", "pull out of"), subjects shared by
conjoined verbs, controllers of infinitives ("urged Moscow to withdraw"), the noun a relative
clause modifies. Governing verbs ("refused to", "said that", "wants to"), auxiliaries and
adverbs give negation and modality. Only mentions that resolve to actors survive.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.extract.frames import (
    Frame,
    FrameReader,
    infinitive,
)
from kg.extract.mentions import Mention, backer, coordinated
from kg.extract.repairs import ELIDED_VERBS, QUOTES
from kg.extract.resolve import Entity
from kg.extract.resources import Action, Resources, fold

_ARTICLES = ("the", "a", "an")
POSSESSOR = "'s"  # marks a target that owns the object: "condemned Caracas's decision"
PATIENT = "<of>"  # marks the one an act noun is done to: "requested his extradition"
CLAIMED = "<claimed>"  # marks the target of an attack a group owns up to: "claimed the attack"
# Categories whose acts on a thing reach its owner.
# Auxiliaries of a reported fact rather than a demand ("said that they had attacked").
_REPORT_AUX = {"had", "has", "have", "was", "were", "is", "are", "did", "does", "do"}
# Judging a thing named by its owner's adjective judges the owner ("a Senegalese plan").
JUDGING_CATEGORIES = {"ACCUSE", "SUPPORT", "REJECT", "AGREE", "PROTEST", "SANCTION"}
OWNER_CATEGORIES = {
    "ACCUSE", "SUPPORT", "REJECT", "ASSAULT", "COERCE", "SANCTION", "THREATEN", "PROTEST",
    "AGREE", "CONCEDE", "AID", "REQUEST",
}
# Conflictual categories, whose event nouns take a target after "on", "over" or "in".
CONFLICT_CATEGORIES = {
    "ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "ACCUSE", "THREATEN", "PROTEST", "REJECT",
}
# A place can be the target of these categories: a captured town, a raided camp.
PLACE_CATEGORIES = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}
ACTOR_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj", "poss", "agent"}
_REL_PRONOUNS = {"who", "that", "which", "whom"}
_REFLEXIVES = {"itself", "himself", "herself", "themselves"}
_PREPOSITIONS = {"on", "in", "to", "with", "against", "from", "of", "for", "at"}
# Verbs whose "to" after an invited person is the destination: "invite Raisi to Riyadh"
_HOSTING = {"invite", "welcome", "bring", "summon"}
# Prepositions that add doers, not targets: "…, along with Ortega"
_COMPANY = {"along with", "together with"}
# Verbs by which one gets a call someone else made: "has not taken Herzog's calls"
_ANSWERING = {"take", "answer", "return", "receive", "ignore"}


@dataclass
class Event:
    """One actor–action–target candidate, before names are attached."""

    subject: int
    object: int
    action: str
    category: str
    score: float
    negated: bool
    modality: str
    sent: Span
    confidence: float
    trigger: int
    known_action: bool = True
    place_ok: bool = False
    object_name: str | None = None  # a ROLE's owner known only by name ("the UN envoy")


class EventFinder:
    """Reads events off one parsed post whose mentions are resolved."""

    def __init__(self, res: Resources) -> None:
        # imported here: these modules build this module's Event records
        from kg.extract.arguments import ArgumentFinder
        from kg.extract.nominal import NounEvents
        from kg.extract.roles import RoleFinder

        self.res = res
        self.roles = RoleFinder(self)
        self.frames = FrameReader(res)
        self.nouns = NounEvents(self)
        self.arguments = ArgumentFinder(self)
        self.target_preps = res.words("target_prep")
        self.light_verbs = res.words("light_verb")
        self.managements = res.words("management")
        self.denials = res.words("denial_label")
        self.phone_nouns = res.words("phone_noun")
        self.act_nouns = res.words("act_noun")
        self.mutual_verbs = res.words("mutual_verb")
        self.blame_verbs = res.words("blame_verb")
        self.naming_verbs = res.words("naming_verb")
        self.praise_words = res.words("praise_word")
        self.charge_words = res.words("charge_word")
        self.reaction_manners = res.words("reaction_manner")
        self.source_preps = res.words("source_prep")
        self.appointing_verbs = res.words("appointing_verb")
        self.brokering = res.words("brokering_verb")
        self.named_place_nouns = res.words("named_place_noun")
        self.quantities = res.words("quantity")
        self.placing_verbs = res.words("placing_verb")
        self.owned_places = res.words("owned_place")
        self.giving_verbs = res.words("giving_verb")
        self.spokesbodies = res.words("spokesbody")
        # listed "declare persona non grata": the verb, then the predicate's words
        self.declaring_verbs: dict[str, list[list[str]]] = {}
        declaring = res.words("declaring_verb")
        for action in res.actions:
            verb_word, _, rest = action.partition(" ")
            if verb_word in declaring and rest and rest.split()[-1] not in _PREPOSITIONS:
                self.declaring_verbs.setdefault(verb_word, []).append(rest.split())
        self.deadlines = res.words("deadline")
        self.claim_verbs = res.words("claim_verb")
        self.name_nouns = res.words("name_noun")
        self.list_nouns = res.words("list_noun")
        self.patient_nouns = res.words("patient_noun")
        self.transfer_verbs = res.words("transfer_verb")
        self.object_control = res.words("object_control")

    def find(self, doc: Doc, mentions: list[Mention], entities: list[Entity]) -> list[Event]:
        """Every event between two resolved actors in ``doc``."""
        self.doc, self.mentions, self.entities = doc, mentions, entities
        self.alleged: list[Event] = []  # charges so far, for "X denies it"
        self.made: list[Event] = []  # every event so far, for "…, which X denies"
        self.included: set[int] = set()  # members of an "including" list, by token
        self.semicolons = ";" in doc.text  # (once per post: most have none)
        self.at: dict[int, int] = {}
        for n, m in enumerate(mentions):
            if m.kind == "name":
                for i in range(m.start, m.end):
                    self.at.setdefault(i, n)
            if not m.split:
                self.at[m.head] = n
        events: list[Event] = []
        before: list[Event] = []  # the last sentence's events, for "So did Germany."
        for sent in doc.sents:
            question = sent.text.rstrip().endswith("?")
            first = len(events)
            for tok in sent:
                if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ == "ROOT") or (
                    # "refusal to sanction Russia": "to" makes it a verb, whatever the tagger
                    tok.pos_ == "NOUN" and tok.dep_ in ("acl", "xcomp", "advcl")
                    and infinitive(tok) and any(c.dep_ == "dobj" for c in tok.children)
                ):
                    events.extend(self._verb_events(tok, sent, question))
                elif tok.pos_ == "NOUN" and self.nouns.event_noun(tok) is not None:
                    events.extend(self.nouns.events(tok, sent, question))
                if tok.dep_ == "amod":
                    events.extend(self._backed(tok, sent))
            events.extend(self.roles.find(sent))
            events.extend(self._so_did(sent, events[first:], before))
            before = events[first:]
        return _dedupe(events)

    def _backed(self, participle: Token, sent: Span) -> list[Event]:
        """ "the Iran-backed Houthis": Iran backs the Houthis, whatever they do."""
        lead = backer(participle)
        if lead is None:
            return []
        subj, obj = self._mention(lead), self._mention(participle.head)
        if subj is None or obj is None or self._same(subj, obj):
            return []
        lemma = participle.lemma_.lower()
        return [self._event(subj, obj, lemma, self.res.actions.get(lemma), Frame(), sent,
                            participle, 1.0, None)]

    def _so_did(self, sent: Span, here: list[Event], before: list[Event]) -> list[Event]:
        """ "urged Beijing to show restraint, and so did Japan", "So did Germany.", "the junta
        thanked New Delhi, and the Chin groups did not": the elided clause repeats the act
        before it with another doer (denied by a "not")."""
        out: list[Event] = []
        for tok in sent:
            lemma = tok.lemma_
            saying = lemma in ("say", "echo")
            if lemma not in ELIDED_VERBS and not saying and not (lemma == "follow" and any(
                c.dep_ == "dobj" and c.lower_ == "suit" for c in tok.children
            )):
                continue
            # "did the same", "followed suit", "said much the same": a stand-in object, not an
            # act of its own
            stand_in = [c for c in tok.children if c.dep_ == "dobj" and (
                c.lower_ == "suit" or ((c.lower_ == "same" or (c.lemma_ == "thing" and any(
                    d.lower_ == "same" for d in c.children
                ))) and any(d.lower_ == "the" for d in c.children)))]
            if saying and not stand_in:
                continue
            # "said much the same as Washington": what Washington said
            like = self._args([p for c in stand_in for prep in c.children
                               if prep.dep_ == "prep" and prep.lower_ == "as"
                               for p in prep.children if p.dep_ == "pobj"])
            inverted = any(c.dep_ == "advmod" and c.lower_ == "so" and c.i == tok.i - 1
                           for c in tok.children)
            if any(c.dep_ in ("dobj", "xcomp", "ccomp", "acomp") and c.i > tok.i
                   and c not in stand_in and not (inverted and c.dep_ == "dobj")
                   for c in tok.children):
                continue
            denied = lemma == "do" and any(
                c.dep_ == "neg" and c.lower_ in ("not", "n't") for c in tok.children)
            if not denied and not stand_in and not inverted and not any(
                (c.dep_ == "advmod" and c.lower_ in ("so", "likewise", "too") and lemma == "do"
                 and not any(d.dep_ == "advmod" for d in c.children))  # not "less so"
                or (c.dep_ == "mark" and c.lower_ == "as" and c.i == tok.i - 1)
                # "did not fly to Caracas, and neither did Lula": the act, still not done
                or (c.lower_ in ("neither", "nor") and c.i < tok.i and lemma == "do")
                for c in tok.children
            ):
                continue
            doers = self._args([c for c in tok.children if c.dep_ == "nsubj" or (
                # "and so have the militias": the doer after the verb, read as its object
                inverted and c.dep_ in ("dobj", "attr") and c.i > tok.i)])
            # "said much the same about the commission": what was said about it
            about = self._args([p for h in (tok, *stand_in) for prep in h.children
                                if prep.dep_ == "prep" and prep.lower_ == "about"
                                for p in prep.children if p.dep_ == "pobj"]) if stand_in else []
            if like or about:
                start = self._paragraph_start(tok, 4)
                sources = [e for e in self.made if e.category != "ROLE"
                           and e.sent.start >= start and e.trigger < tok.i
                           and (not like or any(self._same_side(e.subject, n) for n in like))
                           and (not about or any(self._same(e.object, n) for n in about))]
            elif tok.dep_ in ("conj", "advcl"):
                told = {t.i for t in tok.head.subtree} - {t.i for t in tok.subtree}
                # (not what a relative clause on a name told: "Boulos, who shuttled between
                # Kinshasa and Kigali, was in the room, and so was Al-Khulaifi")
                told -= {x.i for t in tok.head.subtree if t.dep_ in ("relcl", "acl")
                         and t.i != tok.head.i and t.i not in {s.i for s in tok.subtree}
                         for x in t.subtree}
                sources = [e for e in (*here, *out) if e.trigger in told and e.category != "ROLE"]
            elif tok.dep_ == "ROOT":
                # "Hezbollah backed Diab's nomination; the Future Movement did not": the
                # clause the parser hung on it, else the sentence before
                told = {t.i for c in tok.children if c.dep_ in ("ccomp", "parataxis")
                        and c.i < tok.i for t in c.subtree}
                sources = [e for e in (here if told else before) if e.category != "ROLE"
                           and (not told or e.trigger in told)]
            else:
                continue
            if saying:
                # what was said, not the deeds it was about ("condemned Ethiopia's memorandum")
                sources = [e for e in sources if self.doc[e.trigger].pos_ == "VERB"]
            for e in sources:
                for n in doers:
                    if not self._same(n, e.object) and not self._same(n, e.subject):
                        out.append(replace(e, subject=n, sent=sent, trigger=tok.i,
                                           negated=e.negated != denied,
                                           confidence=round(e.confidence * 0.9, 3)))
        return out

    # -- mentions ----------------------------------------------------------------------------

    def _mention(self, tok: Token) -> int | None:
        """The resolved mention a token stands for, looking through titles to the name."""
        if tok.dep_ == "pobj" and tok.lower_ in ("whom", "which") and (
            tok.head.head.dep_ == "relcl"
        ):
            # "Kais Saied, with whom the bloc signed a memorandum": the one the clause is on
            return self._mention(_relative_head(tok.head.head))
        n = self.at.get(tok.i)
        if n is not None and self.mentions[n].entity is None:
            n = None
        if n is not None and self.mentions[n].kind != "name":
            # "Hezbollah and its ally Amal voted": the name right after the noun is the actor
            for appos in tok.children:
                k = self.at.get(appos.i)
                if appos.dep_ == "appos" and appos.i == tok.i + 1 and k is not None and (
                    self.mentions[k].kind == "name" and self.mentions[k].entity is not None
                ):
                    return k
        if (n is None or self.mentions[n].kind != "name") and (
            tok.lemma_.lower() in self.named_place_nouns or tok.lower_ in self.named_place_nouns
            or tok.lower_ == "border"
        ):
            # "the enclave of Afrin" is Afrin, whatever "the enclave" alone would mean;
            # "closed its border at Adré" closed Adré
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "at"):
                    for pobj in prep.children:
                        k = self.at.get(pobj.i)
                        if pobj.dep_ == "pobj" and k is not None and (
                            self.mentions[k].kind == "name"
                            and self.mentions[k].entity is not None
                        ):
                            return k
        if tok.lower_ in self.managements and (n is None or self._entity(n).generic):
            n = None  # "a delegation of five members of the European Parliament": theirs
        if n is None and (tok.lower_ in self.quantities or tok.pos_ == "NUM" or (
            tok.lemma_.lower() in self.named_place_nouns or tok.lower_ in self.managements
        )):
            # "thousands of supporters of Bolsonaro", "five of the militia's bases" (but "one
            # of them, Vladimir Putin" is Putin)
            for appos in tok.children:
                if appos.dep_ == "appos" and appos.i in self.at:
                    return self._mention(appos)
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            return self._mention(pobj)
        if n is None and (tok.lemma_.lower() in self.named_place_nouns
                          or tok.lower_ in self.named_place_nouns):
            # "sealed the Kastanies crossing", "shelled Mekelle city": the named place
            for child in tok.children:
                if child.dep_ == "compound" and child.i in self.at:
                    k = self.at[child.i]
                    if self.mentions[k].kind == "name" and self._entity(k).type == "Place":
                        return k
        if n is None and (
            tok.lower_ in self.owned_places or tok.lemma_.lower() in self.owned_places
        ):
            # "bombed the militia's bases", "shelled positions of the security forces":
            # hitting them hits their owner.
            for child in tok.children:
                if child.dep_ == "poss" or (child.dep_ == "nmod" and any(
                    g.dep_ == "case" for g in child.children
                )):
                    return self._mention(child)
                if child.dep_ in ("amod", "compound") and child.i in self.at and (
                    self.mentions[self.at[child.i]].kind in ("name", "nominal")
                ):
                    # "closed its airspace to Moroccan planes", "ambushed a Kosovo Police
                    # patrol"
                    return self._mention(child)
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return self._mention(pobj)
        if n is None and tok.lemma_.lower() not in self.name_nouns:
            # "Secretary of State Antony Blinken" can come out with the title as head (but
            # "prefers his real name, Ahmed al-Sharaa" prefers no one).
            for child in tok.children:
                if child.dep_ in ("compound", "appos", "flat", "npadvmod") and child.i > tok.i:
                    n = self.at.get(child.i)
                    if n is not None and self.mentions[n].kind == "name":
                        break
                    n = None
        if n is None or self.mentions[n].entity is None:
            return None
        return n

    def _listed_after(self, tok: Token) -> list[Token]:
        """The further names a place noun lists: "the towns of Rihkhawdar and Khawmawi"."""
        if tok.lemma_.lower() not in self.named_place_nouns and tok.lower_ not in (
            self.named_place_nouns
        ):
            return []
        return [c for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children if p.dep_ == "pobj" for c in coordinated(p)[1:]]

    def _args(self, toks: list[Token]) -> list[int]:
        out: list[int] = []
        for t in list(toks):
            spokes = t.tag_ == "NNS" and t.lemma_.lower() in self.spokesbodies and (
                t.i not in self.at or self._entity(self.at[t.i]).generic
            )
            # "the offices of the ZESN and the ERC": both owners are hit
            owned = t.i not in self.at and (
                t.lower_ in self.owned_places or t.lemma_.lower() in self.owned_places
            )
            for prep in t.children:
                # "five armed groups, including the ELN and the Clan del Golfo"
                if prep.dep_ == "prep" and prep.lower_ in ("including", "like"):
                    members = [p for p in prep.children if p.dep_ == "pobj"]
                    toks += members
                    self.included.update(c.i for p in members for c in coordinated(p))
                if (spokes or owned) and prep.dep_ == "prep" and (
                    prep.lower_ in ("from", "of") if spokes else prep.lower_ == "of"
                ):
                    # "commanders from the Ethiopian army and the TPLF" speak for them
                    toks = [p for p in toks if p != t]
                    toks += [p for p in prep.children if p.dep_ == "pobj"]
                    if owned:  # (and what is listed with the offices: "… and the ERC")
                        toks += [c for c in t.conjuncts if c not in toks]
        for t in list(toks):
            k = self.at.get(t.i)
            if t.tag_ == "NNS" and (
                k is None or self.mentions[k].entity is None or self._entity(k).generic
            ):
                # "from four countries, Spain, Britain, Qatar and the UAE": the ones listed
                listed = [a for a in t.children if a.dep_ == "appos" and a.i in self.at]
                if listed:
                    toks = [x for x in toks if x != t] + listed
        for t in toks:
            for c in [c for d in coordinated(t) for c in (d, *self._listed_after(d))]:
                n = self._mention(c)
                if n is None:
                    continue
                for k in self.mentions[n].group or [n]:
                    if k not in out:
                        out.append(k)
        return out

    # -- verbs -------------------------------------------------------------------------------

    def _verb_events(self, verb: Token, sent: Span, question: bool) -> Iterator[Event]:
        lemma = verb.lemma_.lower()
        res = self.res
        if lemma == "lead" and verb.dep_ == "acl":
            return  # "the RSF, led by Dagalo": a ROLE (see _roles), not an act
        if lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
        ) and any(c.dep_ == "advmod" and c.lower_ in self.reaction_manners for c in verb.children):
            return  # "Somalia did not take it well": a reaction, not a capture
        yield from self.arguments._said_to_be(verb, sent, question)
        yield from self.arguments._stay(verb, sent, question)
        governs = None
        if lemma in res.complements and res.complements[lemma][0] != "transparent":
            effect, value, _ = res.complements[lemma]
            # A governing verb makes its own event only when it has a target of its own, or
            # carries an event noun: "are preparing sanctions against Minsk".
            if effect in ("modality", "negate") and lemma not in res.actions:
                with_prep = any(c.dep_ == "prep" and f"{lemma} {c.lower_}" in res.actions
                                for c in verb.children)  # "argued against Tusk's plan"
                if self.nouns.light_noun(verb, any_verb=True) is None and not with_prep:
                    return
                governs = value if effect == "modality" else None
        declared = self._declared(verb, sent)
        if declared is not None:
            # "declared Guterres persona non grata": a listed act with its predicate, which
            # the parser rarely reads as one
            action, targets = declared
            subjects, sconf = self.arguments.subjects(verb)
            frame = self.frames.frame(verb, question)
            for obj in targets:
                for doer in subjects:
                    if not self._same(doer, obj):
                        yield self._event(doer, obj, action, res.actions[action], frame,
                                          sent, verb, sconf, None)
            return
        if lemma in self.naming_verbs and verb.i + 1 < len(self.doc) and (
            self.doc[verb.i + 1].lower_ in ("that", "it", "this")
        ) and any(t.lemma_.lower() in self.denials for t in verb.subtree if t.i > verb.i):
            # "India calls that absurd", "Arce calls that a lie": a denial
            denied = self._denied(verb, sent, labelled=True)
            if denied:
                yield from denied
                return
        if lemma in self.naming_verbs and any(
            c.dep_ in ("dobj", "oprd") and c.lower_ in _REFLEXIVES for c in verb.children
        ):
            return  # "The force calls itself ECOMIG": a name, no act on anyone
        predicate = [c for c in verb.children if c.dep_ in ("oprd", "attr")]
        named_first: list[Token] = []
        if lemma in self.naming_verbs and predicate:
            inner = [a for a in predicate[0].children
                     if a.dep_ in ("dobj", "oprd", "attr") and a.i > predicate[0].i]
            if len(predicate) > 1:
                # "called Yoon a puppet" read as two predicates: the first is the one named
                named_first, predicate = predicate[:1], predicate[1:]
            elif inner and not any(c.dep_ == "dobj" for c in verb.children):
                # "called Yoon's decree the act of a puppet", the name read as the predicate
                named_first, predicate = predicate[:1], inner[:1]
        if predicate and f"{lemma} {predicate[0].lower_}" in res.actions:
            predicate = []  # "holding him hostage": an act, done to the object
        if predicate and predicate[0].dep_ == "oprd" and (
            lemma in self.appointing_verbs or lemma == "make"
        ) and self.roles._title_word(predicate[0]):
            predicate = []  # "elected Spajić prime minister": an act on him
        if not predicate and lemma in self.naming_verbs:
            # "called the decision 'unjustified'": the parser hangs the predicate on the noun
            predicate = [a for c in verb.children if c.dep_ == "dobj" for a in c.children
                         if a.dep_ in ("amod", "dobj", "oprd") and a.i > c.i]
            # "called Dodik's signature 'an assault'", "called Lukashenko's move 'piracy'":
            # a quoted predicate after the object, wherever the parser hung it
            predicate += [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in (
                "it", "that", "this") and _quoted_after(c)]
            predicate += [c for c in verb.children if c.dep_ == "dobj" for n in c.children
                          if n.dep_ == "nmod" and n.i < c.i and _quoted_after(n)]
            described = [a for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                         for a in c.children if a.dep_ == "appos" and a.i > c.i]
            if not predicate and described:
                # "called Mongolia's position one of neutrality": a description, no charge
                # (but "called its position a betrayal" is one)
                if not any(t.lemma_.lower() in self.charge_words | self.praise_words
                           for a in described for t in a.subtree):
                    return
                predicate = described
        if predicate and (lemma in self.naming_verbs or predicate[0].pos_ in ("NOUN", "PROPN")):
            if lemma not in self.naming_verbs:
                return  # "called it a matter of public health": naming, not acting
            # "has called Guaidó a puppet": naming a named actor is a charge against it.
            objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubj")] + named_first
            dobjs = [c for c in objs if c.dep_ == "dobj"] + named_first
            # "called González and Machado 'criminals'": the parser hangs the names on it
            # (or "called Lukashenko's move 'piracy'" on the move)
            dobjs += [c for p in predicate for c in p.children
                      if c.dep_ in ("nmod", "compound") and c.i < p.i and (
                          c.pos_ == "PROPN" or any(g.dep_ == "poss" or g.lower_ == "the"
                                                   for g in c.children))
                      and any(t.text in QUOTES or t.lower_ in ("a", "an")
                              for t in self.doc[c.right_edge.i + 1 : p.i])]
            if not dobjs:
                # "called the Taliban puppets", "called the Taliban India's proxies": a name
                # the parser hung on the plural predicate (or on its owner)
                dobjs += [c for p in predicate if p.dep_ == "oprd" and p.tag_ == "NNS"
                          for c in (*p.children, *(g for o in p.children if o.dep_ == "poss"
                                                  for g in o.children))
                          if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < p.i
                          and c.i in self.at and self.mentions[self.at[c.i]].entity is not None]
            # "called India's objections senseless": the owner is the one charged
            dobjs += [p for c in dobjs for p in c.children if p.dep_ == "poss"]
            named = [n for n in self._args(dobjs) if self.mentions[n].kind != "pronoun"
                     or self._entity(n).type != "Place"]
            subjects, sconf = self.arguments.subjects(verb)
            if any(c.lower_ in ("it", "this") for c in dobjs) and not any(
                t.lemma_.lower() in self.res.actor_words for p in predicate for t in p.subtree
            ):
                # "Borrell called it unacceptable": what was just done, not an actor named
                # before ("called it a terrorist group" names one)
                first = min((self.mentions[j].start for j in subjects), default=verb.i)
                named = self._last_doer(verb, subjects, first)
            if not named and verb.dep_ == "relcl" and any(
                c.dep_ == "dobj" and c.lower_ in _REL_PRONOUNS for c in verb.children
            ) and _relative_head(verb).i in self.at:
                # "Hezbollah, which Washington calls a terrorist group": the antecedent (not
                # "a Philippine supply boat, which Manila called excessive": what was done)
                named = self._args([_relative_head(verb)])
            if not named:
                # "…, which Manila called excessive", "called the admission a lie"
                named = self._act_agents(verb, subjects)
            frame = self.frames.frame(verb, question)
            # "calls him 'my partner'", "called the talks 'very useful'": praise, not a charge
            praised = any(t.lemma_.lower() in self.praise_words
                          for p in predicate for t in p.subtree)
            # "called the charge 'ludicrous'": a charge denied is rejected, not made again
            rejected = any(self.nouns.event_noun(c) == "ACCUSE" for c in dobjs) and any(
                t.lemma_.lower() in self.denials for p in predicate for t in p.subtree)
            charge = self.res.synthetic(
                "SUPPORT" if praised else "REJECT" if rejected else "ACCUSE")
            for obj in named:
                for doer in subjects:
                    if not self._same(doer, obj):
                        yield self._event(doer, obj, lemma, charge, frame, sent, verb, sconf, None)
            return
        denied = self._denied(verb, sent)
        if denied:
            yield from denied
            return
        if self._requested(verb) and not _wanted_done(verb):
            return  # "demanded that Hamas renounce…": the content of a demand is no event
        if infinitive(verb) and (
            (verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in self.deadlines)
            or (verb.dep_ in ("advcl", "xcomp") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.deadlines
                for c in verb.head.children))
        ):
            return  # "gave the junta seven days to reinstate Bazoum": what is demanded
        subjects, sconf = self.arguments.subjects(verb)
        if not subjects:
            subjects, sconf = self._passive_place_agent(verb)
        if not subjects:
            return
        objects = self.arguments.objects(verb)
        # "congratulated Maduro, along with Díaz-Canel and Ortega": those named "along with"
        # the subject did the same, to the same
        if lemma in _HOSTING and any(not w for _, w, _ in objects):
            # "invite Raisi to Riyadh": Raisi is invited; Riyadh is where to
            objects = [o for o in objects if o[1] != "to" or (
                self._entity(o[0]).type not in ("Place", "Country")
                and self._entity(o[0]).capital_of is None)]
        company = self.arguments._company(verb)
        if company:
            objects = [o for o in objects if o[1] not in _COMPANY and not (
                o[1] == "alongside" and f"{lemma} alongside" not in res.actions)]
            subjects = subjects + [n for n in company if n not in subjects]
        if lemma in self.blame_verbs and any(w.endswith("on") for _, w, _ in objects):
            # "the assassination, which Iran blames on Israel": Israel is blamed, not the dead
            objects = [o for o in objects if o[1].endswith("on")]
        particle = " ".join(c.lower_ for c in verb.children if (
            c.dep_ == "prt" and not any(g.dep_ == "pobj" for g in c.children)
            and _up_to(c) is None
        ) or (c.dep_ == "oprd" and f"{lemma} {c.lower_}" in res.actions)  # "took him prisoner"
            # "threw the application out": a particle the parser read as a bare preposition
            or (c.dep_ == "prep" and c.i > verb.i + 1 and c.n_lefts + c.n_rights == 0
                and f"{lemma} {c.lower_}" in res.actions))
        frame = self.frames.frame(verb, question)
        light_noun = self.nouns.light_noun(verb, any_verb=governs is not None)
        if governs is not None:
            # "never confirmed its strikes": the strikes happened; the denial is the verb's
            frame.modality, frame.negated = governs, False
        if not objects and light_noun is not None:
            objects = [(n, words, 0.95) for n, words in self.nouns.targets(light_noun)]
        act = res.actions.get(lemma)
        if not objects and act is not None and act.category in JUDGING_CATEGORIES and (
            lemma not in self.claim_verbs
        ):
            # "condemned the launch", "…, which Tokyo condemned": the act's doer is judged
            # (but ", which the police deny" is the doer denying its own act)
            objects = [(n, "", 0.8) for n in self._act_agents(verb, subjects)]
        found: list[tuple[int, str, Action | None, float]] = []
        # "told London to stop", "wants Ankara to accept": telling someone to act asks
        asks = lemma in self.object_control and lemma != "invite" and any(
            c.dep_ == "xcomp" or (c.dep_ == "ccomp" and infinitive(c)) for c in verb.children
        )
        listed = _listing(verb, self.list_nouns)
        held = _held(verb, res.actions)  # "took him into custody"
        # "giving him 72 hours to leave": a deadline, not a gift
        deadline = lemma in self.giving_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.deadlines for c in verb.children
        )
        for obj, words, oconf in objects:
            action, act = self._action(lemma, particle, words, light_noun, verb)
            if deadline and not words:
                action, act = "give ultimatum to", res.synthetic("THREATEN")
            if asks and not words and (act is None or act.category in ("CONSULT", "OTHER")):
                act = res.synthetic("REQUEST")
            if listed is not None and not words:
                action, act = listed[0], res.synthetic(listed[1])
            if held is not None and not words:
                action, act = held, res.actions[held]
            unknown = act is None and (lemma in res.non_events or verb.pos_ == "AUX")
            if act is _REJECTED or unknown:
                continue  # a verb of being, saying or thinking, or a place, not a target
            if act is None and verb.dep_ in ("amod",):
                continue  # an action kg does not know needs a clause of its own
            if act is not None and act.place_only and not words and (
                self._entity(obj).type == "Person"
            ):
                continue  # "left him with 1,124 delegates" is no retreat
            found.append((obj, action, act, oconf))
        brokered = self.arguments._brokered(verb) if lemma in self.brokering and not found else None
        if brokered is not None:
            noun, parties = brokered
            for n in parties:
                found.append((n, f"{lemma} {noun.lower_} between",
                              res.actions.get(lemma), 0.8))
        protest = res.actions.get("protest against")
        for n in self.arguments._in_protest(verb):
            if protest is not None and not any(f[0] == n for f in found):
                found.append((n, "protest against", protest, 0.85))
        lost = self._lost_places(lemma, found)
        if lost:
            # "the YPG lost Afrin to Turkish troops": the winners took Afrin, from the YPG
            found = [f for f in found if f[0] not in lost]
            capture = res.synthetic("ASSAULT")
            for winner, _, act, oconf in found:
                if act is not None and act.converse:
                    for place in lost:
                        yield self._event(winner, place, "take", capture, frame, sent, verb,
                                          sconf * oconf, None)
        mutual = self._mutual(verb) if len(subjects) > 1 else None
        if mutual is not None and all(self._entity(o).generic for o, _, _, _ in found):
            found = []  # "the SDF and the SNA swapped prisoners": with each other
        pairs = [(s, o) for o, _, _, _ in found for s in subjects]
        if found and frame.prefix == "agree to":
            # "agreed to hand their weapons over to the Azerbaijani army": what they agreed
            # to do to a third party, to come; "agreed to meet" stays their agreement
            frame.category, frame.prefix = None, ""
            if frame.modality == "asserted":
                frame.modality = "future"
        if not found and len(subjects) > 1 and (
            self._symmetric(lemma, particle, light_noun) or _reciprocal(verb)
            or mutual is not None
        ):
            # "Merkel and Macron met", "Riyadh and Tehran restored ties": each acts on the
            # other; one triple per pair, in text order.
            action, act = self._action(lemma, particle, "", light_noun, verb)
            if mutual is not None:
                action, act = mutual.action, mutual
            found = [(o, action, act, 0.9) for o in subjects[1:]]
            # "thirteen embassies, including Germany's and Britain's, signed": one side
            pairs = [(s, o) for k, s in enumerate(subjects) for o in subjects[k + 1:]
                     if self.mentions[s].head not in self.included
                     and self.mentions[o].head not in self.included]
        for obj, action, act, oconf in found:
            for subj in subjects:
                if (subj, obj) not in pairs:
                    continue
                if self._same(subj, obj):
                    continue
                converse = act.converse if act is not None else None
                if converse:
                    # "Ukraine received weapons from the US": the giver is the doer.
                    yield self._event(obj, subj, converse, res.synthetic("ASSAULT") if lost
                                      else act, frame, sent, verb, sconf * oconf, light_noun)
                    if act is None or not act.both_ways:
                        continue
                yield self._event(subj, obj, action, act, frame, sent, verb, sconf * oconf,
                                  light_noun)

    def _denied(self, verb: Token, sent: Span, *, labelled: bool = False) -> list[Event]:
        """ "Rwanda denies it" (or, ``labelled``, "calls that a lie"): the charge just made
        against the denier, restated with the modality ``denied``."""
        if not labelled and (
            verb.lemma_.lower() not in self.claim_verbs or verb.lemma_.lower() == "confirm" or (
                not any(c.dep_ == "dobj" and (c.lower_ in ("it", "this", "that", "them") or (
                    # "…, which Beijing denies" (hung on the main verb when a long name
                    # comes between)
                    c.lower_ == "which" and verb.dep_ in ("relcl", "advcl", "ccomp")
                )) for c in verb.children)
            )
        ):
            return []
        def actor(n: int) -> set[str]:  # "Kigali" is accused, "Rwanda" denies
            e = self._entity(n)
            return {e.capital_of.name if e.capital_of is not None else e.name} | (
                {e.affiliation} if e.affiliation else set())  # "the Israeli military"

        deniers = {a for n in self.arguments.subjects(verb)[0] for a in actor(n)}
        earliest = self.doc[max(sent.start - 1, 0)].sent.start
        out = []
        # charges made so far, and what someone said the denier did ("Petro's government
        # says the ELN attacked a base. The ELN denies it.")
        claims = self.alleged + [ev for ev in self.made if ev.modality == "reported"
                                 and ev.sent.start >= earliest and ev not in self.alleged]
        relative = verb.dep_ == "relcl" or any(
            c.dep_ == "dobj" and c.lower_ == "which" for c in verb.children)
        if relative:
            # "France helped Haftar, which Paris denies": whatever the sentence told of it
            claims = claims + [ev for ev in self.made if ev.sent.start == sent.start
                               and ev.modality != "denied" and ev not in claims
                               # (the charge was made; what it says is denied)
                               and ev.category != "ACCUSE"]
        for ev in claims:
            # the accused denies a charge; "…, which the Israeli military denies" may also be
            # the target denying it was hit
            party = actor(ev.subject) | (actor(ev.object) if relative else set())
            if ev.sent.start >= earliest and ev.trigger < verb.i and party & deniers:
                out.append(replace(ev, modality="denied", sent=sent, trigger=verb.i,
                                   negated=ev.negated or self.frames.negated(verb)))
        return out

    def _declared(self, verb: Token, sent: Span) -> tuple[str, list[int]] | None:
        """A listed "declare X persona non grata", "designate X a terrorist organisation":
        the action and the actors between the verb and its predicate."""
        lemma = verb.lemma_.lower()
        if lemma not in self.declaring_verbs:
            return None
        after = [t for t in sent if t.i > verb.i]
        words = [t.lower_ for t in after]
        for predicate in self.declaring_verbs[lemma]:
            size = len(predicate)
            for k in range(len(words) - size + 1):
                if words[k : k + size] == predicate:
                    if size == 1 and (k == 0 or words[k - 1] not in _ARTICLES) and not any(
                        c.dep_ == "det" and c.lower_ in _ARTICLES for c in after[k].children
                    ):
                        # one word is a predicate only as a noun phrase: "the winner", "a
                        # major non-NATO ally"
                        continue
                    between = [t for t in after[:k] if t.dep_ != "det"]
                    found = self._args([t for t in between if t.head not in between])
                    if found:  # "declared war on Russia" has its target after, not before
                        return f"{lemma} {' '.join(predicate)}", found
        return None

    def _mutual(self, verb: Token) -> Action | None:
        """A listed symmetric action the verb's object makes: "restored ties" is "restore ties
        with", done to each other."""
        lemma = verb.lemma_.lower()
        for c in verb.children:
            if c.dep_ == "dobj":
                for word in (c.lower_, c.lemma_.lower()):
                    act = self.res.actions.get(f"{lemma} {word} with")
                    if act is not None and act.symmetric:
                        return act
        return None

    def _act_agents(self, verb: Token, judges: list[int], *, nouns: bool = True) -> list[int]:
        """Who did the act a verb of judging is about: the doer of the clause a "which"
        refers back to, or of the act "the launch", "the strike" names (just told)."""
        def relative(t: Token) -> bool:
            return any(c.dep_ == "dobj" and c.lower_ in _REL_PRONOUNS and c.i < t.i
                       for c in t.children)

        if relative(verb) and verb.dep_ in ("relcl", "advcl", "conj"):
            if verb.head.i in self.at and self.mentions[self.at[verb.head.i]].entity is not None:
                return []  # "the Kremlin, which Kyiv condemns": the actor itself
            # "fired on the boats, which Manila called excessive": what was done is judged
            clause = verb.head
            while clause.pos_ not in ("VERB", "AUX") or relative(clause):
                if clause.head.i == clause.i:
                    return []
                clause = clause.head
            if clause.i > verb.i:
                return []
            doers, _ = self.arguments.subjects(clause)
            return [n for n in doers if n not in judges]
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if not nouns or len(objs) != 1 or self._mention(objs[0]) is not None:
            return []
        noun = objs[0]
        lemma = noun.lemma_.lower()
        if verb.tag_ == "VBG" or verb.dep_ not in ("ROOT", "conj", "relcl", "ccomp", "advcl"):
            return []  # "accused Canberra of smearing the deal": the charge's content
        if not (lemma in self.act_nouns or self.nouns.event_noun(noun) in _HOSTILE
                or self.nouns.event_noun(noun) in _MEETINGS):
            return []
        by = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
              for p in c.children if p.dep_ == "pobj"]
        if not any(c.dep_ == "auxpass" for c in verb.children):
            # (an active verb's "by" is its object's, however the parser hangs it)
            by += [p for c in verb.children if c.dep_ == "agent" and c.i > noun.i
                   for p in c.children if p.dep_ == "pobj"]
        if by:
            # "condemned the coup by Captain Traoré": the act's doer is named with it
            return [n for n in self._args(by) if n not in judges]
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these")
                   for c in noun.children) or any(
            c.dep_ in ("poss", "compound", "amod") and c.i < noun.i for c in noun.children
        ):
            return []  # "an attack", "Russia's attack", "the Russian attack": not this one
        first = min(self.mentions[j].start for j in judges) if judges else verb.i
        start = self.doc[max(verb.sent.start - 1, 0)].sent.start
        told = [t for t in self.doc[self._paragraph_start(verb, 3):first]
                if t.lemma_.lower() == lemma and t.pos_ == "NOUN"]
        if told:
            # "an air strike by Syrian forces … did not condemn the strike": that strike's doer
            agents = [n for n in self.nouns.agents(told[-1]) if n not in judges]
            clause = told[-1].head.head if told[-1].dep_ == "pobj" else told[-1].head
            if not agents and told[-1].dep_ in ("dobj", "pobj") and clause.pos_ == "VERB" and (
                # (the act done, "staged the drills", not one put to use: "wants to use the
                # attack as an excuse")
                (told[-1].dep_ == "dobj" and clause.lemma_.lower() in self.light_verbs)
                or (told[-1].dep_ == "pobj" and clause.i < told[-1].i)
            ) and clause.i < first:
                # "China sent warships … in drills it calls…; Taiwan condemned the drills"
                agents = [n for n in self.arguments.subjects(clause)[0] if n not in judges]
            return agents
        kind = self.nouns.event_noun(noun)
        if kind == "ACCUSE":
            # "Idriss accused the UAE of arming the RSF; the envoy called the charge
            # ludicrous": the last charge just made, whoever's verb told it
            acts = [ev for ev in self.made if ev.category == kind and ev.sent.start >= start
                    and ev.trigger < verb.i and not any(self._same(ev.subject, j) for j in judges)]
            if acts:
                return [acts[-1].subject]
        done = [t for t in self.doc[self._paragraph_start(verb, 3):first]
                if t.pos_ == "VERB" and len(t.lemma_) >= 4
                and t.i != verb.i and (lemma.startswith(t.lemma_.lower().rstrip("e")) or (
                    # "admitted … the admission", "decided … the decision"
                    len(t.lemma_) >= 5 and lemma[:4] == t.lemma_.lower()[:4]
                    and lemma.endswith(("sion", "tion", "ment", "al"))))]
        if done:
            # "Kindiki deployed the army … the court suspended the deployment": the deployer;
            # "Kim met Putin … Seoul condemned the meeting": both who met
            doers, _ = self.arguments.subjects(done[-1])
            if self.nouns.event_noun(noun) in _MEETINGS:
                doers += [n for n, _, _ in self.arguments.objects(done[-1]) if n not in doers]
            return [n for n in doers if n not in judges]
        if self.nouns.event_noun(noun) in _MEETINGS:
            return []  # a meeting not told just before: whose, we cannot say
        return self._last_doer(verb, judges, first)

    def _last_doer(self, verb: Token, judges: list[int], first: int) -> list[int]:
        """The actor who last did something, in this sentence or the one before it (within the
        paragraph), before ``first``: whose act "the move" or "it" is."""
        start = self._paragraph_start(verb, 1)  # a new paragraph tells a new story
        doers = [n for n, m in enumerate(self.mentions)
                 if start <= m.head < first and self.doc[m.head].dep_ == "nsubj"
                 and self.doc[m.head].head.pos_ == "VERB" and m.entity is not None
                 and self.doc[m.head].head.dep_ != "relcl"  # "a move the Law Society challenged"
                 # (and not one who only judged it too: "Kurti called that a glorification")
                 and self.doc[m.head].head.lemma_.lower() not in self.naming_verbs
                 and not any(self._same(n, j) for j in judges)]
        return doers[-1:]

    def _paragraph_start(self, tok: Token, sentences: int) -> int:
        """Where to look back from ``tok``: up to ``sentences`` sentences before its own,
        within its paragraph."""
        start = tok.sent.start
        for _ in range(sentences):
            if start == 0 or "\n\n" in self.doc.text[max(self.doc[start].idx - 4, 0):
                                                       self.doc[start].idx]:
                break
            start = self.doc[start - 1].sent.start
        return start

    def _lost_places(
        self, lemma: str, found: list[tuple[int, str, Action | None, float]]
    ) -> list[int]:
        """The places of "lost Afrin to Turkish troops", when someone won them."""
        if lemma != "lose" or not any(a is not None and a.converse for _, _, a, _ in found):
            return []
        # (or a name the recogniser did not know for a place: "lost Chinshwehaw to the MNDAA";
        # towns are what is lost to someone, people and bodies are not)
        return [o for o, words, a, _ in found if not (a is not None and a.converse) and (
            self._entity(o).type in ("Place", "Country") or (
                self._entity(o).known is None and self.mentions[o].kind == "name"
                and self.doc[self.mentions[o].head].ent_type_ in ("GPE", "LOC", "FAC", "ORG", "")
                and self._entity(o).type != "Person"))]

    def _requested(self, verb: Token) -> bool:
        """Whether ``verb`` is what someone asks, demands or proposes of another."""
        if verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN" and verb.i > verb.head.i and (
            self.nouns.event_noun(verb.head) == "REQUEST"
            and any(c.lower_ == "that" and c.i < verb.i for c in verb.children)
        ):
            return True  # "rejected Harare's demand that he recall Mumba": only asked for
        if verb.dep_ != "ccomp" or verb.i < verb.head.i:
            return False  # what is asked follows the asking: "Russia sided with him: …warned"
        head = verb.head
        act = self.res.actions.get(head.lemma_.lower())
        if act is not None and act.category == "REQUEST":
            return True
        # "told Moscow to withdraw" asks; "told reporters that Kataib Hezbollah had attacked"
        # reports, and a finite clause with its own tense is a report.
        finite = any(c.dep_ == "aux" and c.lower_ in _REPORT_AUX for c in verb.children) or (
            verb.tag_ in ("VBD", "VBZ") or (verb.tag_ == "VBP" and any(
                c.dep_ == "nsubj" and c.lower_ not in ("i", "you") for c in verb.children))
        )  # "told reporters that Tehran supports…" reports; "told Moscow to stop" asks
        return head.lemma_ in self.object_control and not finite

    def _passive_place_agent(self, verb: Token) -> tuple[list[int], float]:
        """ "was indicted in France": a country named after "in" acts for a legal verb."""
        if not self.arguments.is_passive(verb):
            return [], 0.0
        act = self.res.actions.get(verb.lemma_.lower())
        # ("is wanted in both the United States and South Korea": by their courts)
        if act is None or (act.category not in ("COERCE", "ACCUSE", "SANCTION")
                           and verb.lemma_.lower() != "want"):
            return [], 0.0
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                states = [n for n in self._args([c for c in prep.children if c.dep_ == "pobj"])
                          if self._entity(n).type == "Country"
                          or self._entity(n).capital_of is not None]
                if states:
                    return states, 0.6
        return [], 0.0

    def _symmetric(self, lemma: str, particle: str, noun: Token | None = None) -> bool:
        if noun is not None and self.nouns.event_noun(noun) in ("CONSULT", "AGREE", "COOPERATE"):
            return True  # "the coalition and the Houthis have been holding talks"
        if noun is not None and lemma in self.mutual_verbs:
            return True  # "Pakistani and Afghan border guards exchanged fire"
        act = self.res.actions.get(f"{lemma} {particle}".strip()) or self.res.actions.get(lemma)
        return act is not None and act.symmetric

    def _action(
        self, lemma: str, particle: str, words: str, noun: Token | None, verb: Token
    ) -> tuple[str, Action | None]:
        """The normalised action and its lexicon entry (None when unknown).

        ``words`` is the preposition that introduced the target, after ``thing|`` when the
        verb also has a non-actor object ("ties|with" in "cut ties with Qatar").
        """
        res = self.res
        base = f"{lemma} {particle}".strip()
        if base == "see" and not words and infinitive(verb) and verb.dep_ in ("advcl", "xcomp"):
            # "flew to Luanda to see Lourenço", "was in Rome to see Meloni": a meeting (while
            # "Kyiv sees Moscow as a threat" is no event)
            return base, res.actions.get("meet")
        if words.endswith(f"|{POSSESSOR}"):
            # "condemned Caracas's decision": judging or hitting a thing targets its owner;
            # some things say what is done to him ("met his demands", "withdrew his asylum")
            thing = words.partition("|")[0]
            act = res.actions.get(f"{base} {thing}")
            if act is not None and not act.converse:
                return f"{base} {thing} of", act
            act = res.actions.get(base) or res.actions.get(lemma)
            if act is None or act.category not in OWNER_CATEGORIES or act.converse:
                return base, _REJECTED
            return base, act
        thing, _, words = words.rpartition("|")
        if words == CLAIMED:
            # "claimed the attack": the attack itself is the action
            act = res.actions.get(thing) or res.actions.get(thing.split()[0])
            cat = res.event_nouns.get(thing.split()[0])
            return thing, act if act is not None else (res.synthetic(cat) if cat else None)
        if words == PATIENT:
            # "requested his extradition": the verb's category if it has one, else the act's
            act = res.actions.get(f"{base} {thing}") or res.actions.get(base)
            cat = res.event_nouns.get(thing)
            action = f"{base} {thing} of"
            if act is not None and act.category != "OTHER" and not act.converse:
                return action, act
            return action, res.synthetic(cat) if cat else None
        carrier = noun is not None and (
            lemma in self.light_verbs or noun.dep_ == "pobj" or lemma in res.complements
        )
        if noun is not None and (carrier or base not in res.actions):
            # a verb kg does not know carries its event noun: "repeated its demand that…",
            # "had been plotting attacks on US diplomats"
            noun_text = self.nouns.noun_word(noun)
            cat = self.nouns.event_noun(noun)
            if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "into"):
                noun_text = f"{noun.head.lower_} {noun_text}"  # "remain in contact with"
                cat = res.event_nouns.get(noun_text)
            if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "off"):
                base = ""  # "spent Sunday on the phone to Shoukry": "phone to"
            action = " ".join(p for p in (base, noun_text, words) if p)
            one = " ".join(p for p in (base, noun.lemma_.lower(), words) if p)
            if action not in res.actions and one in res.actions:
                action = one  # "took calls from Berlin and Washington"
            if action in res.actions:
                return action, res.actions[action]  # "took a call from Blinken"
            if not words or _noun_prep_ok(self.target_preps, words, cat or "OTHER"):
                return action, res.synthetic(cat) if cat else None
            if carrier:
                return action, _REJECTED  # "held a summit in Madrid": where, not with whom
        placed_thing = bool(thing) and lemma in self.placing_verbs and thing.split()[-1] not in (
            self.quantities | self.arguments.hardware | self.owned_places
        )
        if thing:
            with_thing = f"{base} {thing} {words}"
            singular = f"{base} {_singular(thing)} {words}"
            act = res.actions.get(with_thing) or res.actions.get(singular)
            if act is not None:
                return with_thing, act
            listed = res.actions.get(f"{base} {words}")
            if words == "of" and thing.split()[-1] in self.quantities:
                listed = None  # "flown thousands of their citizens out": no flying out of them
            if placed_thing:
                listed = None  # "kept a factory in Syria": no troops kept there
            if listed is not None and not (words == "from" and listed.category == "ASSAULT"):
                # (taking a town from the army is an attack, taking money from Russia is not)
                return with_thing, listed
            judged = res.actions.get(base)
            if words in ("from", "by") and judged is not None and judged.category in (
                "REJECT", "AGREE", "SUPPORT", "ACCUSE"
            ):
                # "refused an invitation from Alvi", "rejected calls by Annan": their sender
                return with_thing, judged
            if words == "to" and lemma in self.transfer_verbs:
                # "flying food to Doha", "rushed troops to Qatar": material help.
                return with_thing, res.synthetic("AID")
        full = " ".join(p for p in (base, thing, words) if p)
        if words and words.split()[-1] not in self.target_preps:
            # "met Macron in Berlin": only listed actions take a target after in, for, over…
            act = res.actions.get(full) or (
                None if (particle and particle != "back") or (thing and words == "from")
                or placed_thing else res.actions.get(f"{lemma} {words}")
            )  # "sit down in Granada" is no sit-in; "taking orders from Schmidt" no capture
            # (but "flew back into Nouméa" flew into it)
            return full, act if act is not None else _REJECTED
        for cand in (full, base) if placed_thing else (
            full, base, f"{lemma} {words}".strip(), lemma
        ):
            act = res.actions.get(cand)
            if act is not None:
                return full, act
        return full, None

    def _event(
        self, subj: int, obj: int, action: str, act: Action | None, frame: Frame, sent: Span,
        trigger: Token, conf: float, noun: Token | None,
    ) -> Event:
        known = act is not None and act is not _REJECTED
        if act is not None and known:
            category, score, on_place = act.category, act.score, act.on_place
            if on_place and self.entities[self.mentions[obj].entity or 0].type in (
                "Place", "Country"
            ):
                category = on_place
                score = self.res.category_score(on_place)
        else:
            category, score = "OTHER", 0.0
        held = self.mentions[obj]
        if known and held.kind in ("nominal", "description") and held.head_lemma:
            # "summoned Serbia's ambassador" is a protest to Serbia, as the lexicon says of
            # "summon ambassador of", whether or not the ambassador counts as an actor
            over = self.res.actions.get(f"{action} {held.head_lemma} of")
            if over is not None and not over.converse:
                category, score = over.category, over.score
        if frame.category is not None:
            category, score = frame.category, self.res.category_score(frame.category)
            action = f"{frame.prefix} {action}"
        conf *= 0.85 if known else 0.5
        conf *= _mention_confidence(self.mentions[subj], self.entities)
        conf *= _mention_confidence(self.mentions[obj], self.entities)
        place_ok = (act is not None and act.place) or category in PLACE_CATEGORIES
        if action.endswith(" between"):
            place_ok = False  # "talks between Washington and Tehran" are between countries
        if self.doc[self.mentions[obj].head].dep_ == "poss":
            place_ok = False  # "rammed Manila's boats": the owner, an actor, not a place
        if not sent.start <= self.mentions[obj].head < sent.end:
            place_ok = False  # "the two armies fought": one of two named before, an actor
        event = Event(subj, obj, action, category, score, frame.negated, frame.modality, sent,
                      round(conf, 3), trigger.i, known, place_ok)
        if frame.modality == "alleged":
            self.alleged.append(event)
        self.made.append(event)
        return event

    def _same_side(self, a: int, b: int) -> bool:
        """Whether two mentions speak for one state: "the State Department" and "Washington"."""
        def state(n: int) -> str:
            e = self._entity(n)
            known = e.capital_of or e.known
            return known.name if known is not None and known.type == "Country" else (
                e.affiliation or e.name)

        return self._same(a, b) or state(a) == state(b)

    def _same(self, a: int, b: int) -> bool:
        return self.mentions[a].entity == self.mentions[b].entity

    # -- roles -------------------------------------------------------------------------------

    def _entity(self, n: int) -> Entity:
        return self.entities[self.mentions[n].entity or 0]


# Nominal events with two sides, whose judging judges both ("condemned the meeting").
_MEETINGS = {"CONSULT", "AGREE", "COOPERATE"}
# An action the lexicon rules out in this construction ("meet in Berlin").
_REJECTED = Action("", "OTHER", 0.0, None, False, False)
# Nominal acts whose doer is the one judged ("condemned the strikes"); a deal or talks have
# two sides.
_HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"}


def _noun_prep_ok(targets: frozenset[str], words: str, category: str) -> bool:
    """Whether a preposition after an event noun can introduce its target.

    "talks with", "sanctions on", "invasion of" name the target; "a rally in Minsk" or
    "talks on Syria" name a place or a topic; "withdrawal from Panama" is where one leaves.
    """
    last = words.split()[-1]
    if last in targets or last == "of":
        return True
    if last in ("on", "over", "in"):
        return category in CONFLICT_CATEGORIES
    if last == "for":
        return category in ("SUPPORT", "AID", "COERCE")  # "support for Guyana", "a warrant for"
    return last == "from" and category == "RETREAT"


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _preps(
    head: Token, sources: frozenset[str] = frozenset(), witnesses: frozenset[str] = frozenset()
) -> Iterator[tuple[Token, str]]:
    """Prepositions of ``head`` with the words they add: "with", "out of" (chained)."""
    for c in head.children:
        if c.dep_ == "prt" and any(g.dep_ == "pobj" for g in c.children):
            yield c, c.lower_  # "called on Tehran", parsed as a particle with an object
            continue
        if c.dep_ == "prt":
            # "handed them back to Moscow": the preposition hangs on the particle
            for g in c.children:
                if g.dep_ == "prep" and g.lower_ not in sources:
                    yield g, g.lower_
        if c.dep_ == "dative" and c.pos_ == "ADP" and any(g.dep_ == "pobj" for g in c.children):
            yield c, c.lower_  # "sent warships to Port Sudan", parsed as a dative "to"
            continue
        if c.dep_ == "advmod" and c.lower_ == "back" and not any(
            g.dep_ == "dobj" and g.i < c.i for g in head.children
        ):
            # "flew back to Nouméa": the preposition hangs on "back" (but "send their
            # ambassadors back to Washington and Moscow" sends each home)
            for g in c.children:
                if g.dep_ == "prep" and g.lower_ not in sources:
                    yield g, g.lower_
        if c.dep_ != "prep" or c.lower_ in sources:
            continue  # "according to the AP" names a source, not a target
        if c.lower_ == "with" and any(
            a.dep_ == "prep" and a.lower_ == "as" and (
                (a.head.i == head.i and a.i == c.right_edge.i + 1)
                or a.head.i in {x.i for g in c.children if g.dep_ == "pobj"
                                for x in (g, *g.conjuncts)}
            ) and any(g.lemma_.lower() in witnesses for g in a.children)
            for a in head.doc[c.i : c.right_edge.i + 2]
        ):
            continue  # "signed it, with the AU and ECOWAS as witnesses": no partners
        inner = [g for g in c.children if g.dep_ == "prep"]
        if inner and not any(g.dep_ == "pobj" for g in c.children):
            yield inner[0], f"{c.lower_} {inner[0].lower_}"
        else:
            yield c, c.lower_
            for other in c.conjuncts:  # "to the rebels and to Kigali"
                if other.pos_ == "ADP" and (other.lower_ == c.lower_ or (
                    other.lower_ not in sources and any(g.dep_ == "pobj" for g in other.children)
                )):
                    # (and "to Islamabad on Monday and to Delhi on Thursday", whose second
                    # "to" the parser joins to "on")
                    yield other, other.lower_


def _held(verb: Token, actions: Mapping[str, Action]) -> str | None:
    """A listed action of the verb, its preposition and that preposition's noun: "took him
    into custody", "placed Bongo under house arrest"."""
    lemma = verb.lemma_.lower()
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            words = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")
                     and c.i < noun.i]
            for phrase in (" ".join([*words, noun.lemma_.lower()]), noun.lemma_.lower()):
                action = f"{lemma} {prep.lower_} {phrase}"
                if action in actions:
                    return action
    return None


def _listing(verb: Token, lists: frozenset[str]) -> tuple[str, str] | None:
    """"put the Houthis back on the list of terrorists" sanctions them; taking them off it
    concedes."""
    lemma = verb.lemma_.lower()
    # "put the Houthis back on the list": the parser may hang "on" on "back"
    heads = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt"))]
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ != "prep" or not any(
            p.dep_ == "pobj" and p.lemma_.lower() in lists for p in prep.children
        ):
            continue
        if lemma in ("put", "place", "add", "return") and prep.lower_ in ("on", "onto", "to"):
            return f"{lemma} {prep.lower_} list", "SANCTION"
        if lemma in ("take", "remove", "drop", "strike") and prep.lower_ in ("off", "from"):
            return f"{lemma} {prep.lower_} list", "CONCEDE"
    return None


def _quoted_after(tok: Token) -> bool:
    """Whether a quotation opens right after ``tok``'s phrase: "called the move 'piracy'"."""
    doc = tok.doc
    after = tok.right_edge.i + 1
    return after + 1 < len(doc) and doc[after].text in ('"', "“", "‘", "'") and (
        doc[after + 1].is_alpha
    )


def _relative_head(verb: Token) -> Token:
    """What a relative clause is about: "El Geneina, the capital of West Darfur, which the
    RSF stormed" is about El Geneina, not West Darfur."""
    head = verb.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "appos":
        return head.head.head.head
    return head


def _reciprocal(verb: Token) -> bool:
    """"accuse each other", "fighting one another": the subjects act on each other."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
    ]
    # "have cancelled each other's visas": what each owns
    objects += [p for o in objects for p in o.children if p.dep_ == "poss"]
    return any(o.lower_ in ("other", "another") and any(
        g.lower_ in ("each", "one") for g in o.children
    ) for o in objects)


def _up_to(prt: Token) -> Token | None:
    """The counted noun of "up to 16 advisers" when the parser made "up" a particle."""
    if prt.lower_ != "up":
        return None
    for prep in prt.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and any(c.dep_ == "nummod" for c in pobj.children):
                    return pobj
    return None


_WANTING = {"want", "need", "wish", "have", "get", "see", "like"}


def _wanted_done(verb: Token) -> bool:
    """ "want him extradited", "had the envoy expelled": a participle with the one it is
    done to as its subject, the act the governing verb's subject wants done."""
    return verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("ccomp", "xcomp", "oprd") and (
        verb.head.lemma_.lower() in _WANTING
    ) and any(c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def _mention_confidence(m: Mention, entities: list[Entity]) -> float:
    if m.kind == "name":
        return 1.0
    if m.kind == "pronoun":
        return 0.85
    if m.kind == "description":
        return 0.85
    e = entities[m.entity or 0]
    return 0.75 if e.generic else 0.95


def _dedupe(events: list[Event]) -> list[Event]:
    seen: dict[tuple[object, ...], Event] = {}
    for e in events:
        # "accused Jammeh of sheltering the MFDC, which he denies": the charge and its
        # denial are two statements
        key = (e.sent.start, e.subject, e.object, e.category, e.negated, e.modality == "denied")
        old = seen.get(key)
        if old is None or e.confidence > old.confidence:
            seen[key] = e
    # "Dilan Yeşilgöz, who leads the VVD": the role says it; no second, uncategorised "lead"
    roles = {(e.sent.start, e.subject, e.object) for e in seen.values() if e.category == "ROLE"}
    kept = [e for e in seen.values()
            if e.category != "OTHER" or (e.sent.start, e.subject, e.object) not in roles]
    return sorted(kept, key=lambda e: (e.sent.start, e.trigger))


__all__ = ["Event", "EventFinder", "fold"]
