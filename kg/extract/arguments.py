"""A verb's arguments: who does it and who it is done to.

Subjects and by-agents, direct objects and prepositional objects, subjects shared by conjoined
verbs, controllers of infinitives ("urged Moscow to withdraw"), the noun a relative clause
modifies, and the special cases news prose needs: a force sent by its state, a travelling
companion, a fronted subject, a claim owned up to.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.events import (
    _COMPANY,
    _REL_PRONOUNS,
    CLAIMED,
    JUDGING_CATEGORIES,
    PATIENT,
    POSSESSOR,
    Event,
    _preps,
    _relative_head,
    _up_to,
    _wanted_done,
)
from kg.extract.frames import infinitive

if TYPE_CHECKING:
    from kg.extract.events import EventFinder

# Nouns an infinitive relative gives a rank among doers: "the first to congratulate"
_RANKS = {"first", "last", "only", "one", "leader", "president"}
# Verbs whose object is a text, never an actor: "signed the Falepili Union"
_SIGNING = {"sign", "ratify", "initial", "countersign"}
# Acts done by speaking, which a report's "and" joins to the speaker ("said …, and urged").
_SPEECH_ACTS = {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "PROTEST"}


class ArgumentFinder:
    """Finds the subjects and objects of verbs for an :class:`EventFinder` on its current doc."""

    def __init__(self, finder: EventFinder) -> None:
        self.f = finder
        res = self.res = finder.res
        self.brokered = res.words("brokered_noun")
        self.calendar = res.words("calendar_word")
        self.causatives = res.words("causative_verb")
        self.confinement = res.words("confinement")
        self.decision_nouns = res.words("decision_noun")
        self.hardware = res.words("hardware")
        self.intent_nouns = res.words("intent_noun")
        self.keeping_verbs = res.words("keeping_verb")
        self.measures = res.words("measure_verb")
        self.motion_verbs = res.words("motion_verb")
        self.owning_up = res.words("owning_up_verb")
        self.removal_verbs = res.words("removal_verb")
        self.sending_verbs = res.words("sending_verb")
        self.visit_roles = res.words("visit_role")  # "invited his host": not his own
        self.voice_nouns = res.words("voice_noun")
        self.witnesses = res.words("witness_word")

    def _owned_by_other(self, verb: Token, thing: Token) -> bool:
        """Whether "its"/"their" before the verb's object is an actor other than the verb's
        subject: "Ukraine says Russia shelled its cities" (Ukraine's), not "Russia recalled
        its ambassador" (Russia's own)."""
        owners = [p for p in thing.children if p.dep_ == "poss" and p.pos_ == "PRON"]
        if not owners or verb.lemma_.lower() in self.f.giving_verbs:
            return False  # "offered her asylum": she gets it (see the giving verbs)
        subjects = {self.f.mentions[n].entity for n in self.subjects(verb)[0]}
        owned = {self.f.mentions[n].entity for n in self.f._args(owners)}
        if not owned or owned & subjects:
            return False
        if all(p.lower_ in ("his", "her") for p in owners):
            return True  # "the government dissolved his party": a person's, not the state's
        word = self.res.actor_words.get(thing.lemma_.lower())
        if word is not None and (word.role in ("LEG", "POLICE") or (
            word.role == "GOV" and word.owner
        )) and all(self.f.entities[e].stateless for e in subjects if e is not None):
            return True  # "the Commission urged its parliament": a state's, as resolved
        # "its" and "their" are ambiguous, but not in what a speaker says was done to it
        if verb.dep_ != "ccomp":
            return False
        said_by = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return owned <= {self.f.mentions[n].entity for n in self.f._args(said_by)}

    def _military(self, n: int) -> bool:
        m = self.f.mentions[n]
        # (a name too: "fly Marines into Port-au-Prince")
        lemma = self.f.doc[m.head].lemma_.lower()
        words = (self.res.actor_words.get(w) for w in (m.head_lemma, lemma, lemma.rstrip("s")))
        return any(w is not None and w.role in ("MIL", "POLICE") for w in words)

    def _sent_agent(self, n: int) -> bool:
        """A person or a body of soldiers or officials: sent, they act for the sender."""
        m = self.f.mentions[n]
        e = self.f._entity(n)
        if e.type == "Person":
            return True
        last = self.res.actor_words.get(e.name.split()[-1].lower()) if e.name else None
        if m.kind == "name" and last is not None and last.role == "MIL":
            return True  # "send the PLA into Hong Kong": the People's Liberation Army
        word = self.res.actor_words.get(m.head_lemma)
        return m.kind == "nominal" and word is not None and word.role in ("MIL", "POLICE", "DIP")

    def _speech_after_report(self, verb: Token) -> bool:
        """Whether a conjoined speech act ("…, and accused France") hangs on the reported
        clause of a verb of saying rather than on the saying itself."""
        head = verb.head
        effect = self.res.complements.get(head.head.lemma_.lower())
        act = self.res.actions.get(verb.lemma_.lower())
        return head.dep_ == "ccomp" and effect is not None and effect[1] in (
            "reported", "alleged") and act is not None and act.category in _SPEECH_ACTS and (
            any(c.dep_ == "nsubj" for c in head.head.children)
        )

    def _claimed(self, verb: Token) -> list[tuple[int, str, float]]:
        """The targets of the attack a group owns up to: "gunmen attacked the Karachi police
        headquarters … The TTP claimed the attack" (also "claimed responsibility for it")."""
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
        nouns += [p for c in nouns if c.lemma_.lower() == "responsibility" for prep in c.children
                  if prep.dep_ == "prep" and prep.lower_ == "for"
                  for p in prep.children if p.dep_ == "pobj"]
        nouns += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "for"
                  for p in prep.children if p.dep_ == "pobj"]  # "took responsibility for"
        for noun in nouns:
            lemma = noun.lemma_.lower()
            if self.f.nouns.event_noun(noun) != "ASSAULT" or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children
            ):
                continue
            start = self.f.doc[max(verb.sent.start - 1, 0)].sent.start
            start = self.f.doc[max(start - 1, 0)].sent.start
            for t in reversed(self.f.doc[start : verb.sent.start]):
                if t.pos_ == "VERB" and len(t.lemma_) >= 4 and (
                    lemma.startswith(t.lemma_.lower().rstrip("e"))
                ):
                    act = t.lemma_.lower()
                    return [(n, f"{act}|{CLAIMED}", 0.85) for n, words, _ in self.objects(t)
                            if not words]
                if t.pos_ == "NOUN" and t.lemma_.lower() == lemma and t.i != noun.i:
                    return [(n, f"{lemma} {words}".strip() + f"|{CLAIMED}", 0.85)
                            for n, words in self.f.nouns.targets(t)]
        return []

    def _dated_subject(self, verb: Token, *, opening: bool) -> list[Token]:
        """A subject the parser hung on the date before its verb: "On Friday Colombo
        asked…", "on Monday Olga Kovalkova and Sergei Dylevsky … were detained"
        (``opening``: only a date that opens the sentence)."""
        return [p for c in verb.children if c.dep_ == "prep" and c.i < verb.i
                and (c.is_sent_start or not opening)
                for p in c.children if p.dep_ == "pobj" and self.f._mention(p) is not None
                and any(g.ent_type_ in ("DATE", "TIME") or g.lower_ in self.calendar
                        for g in p.children)]

    def _stay(self, verb: Token, sent: Span, question: bool) -> Iterator[Event]:
        """ "Putin is expected in Baku on Sunday": a named person expected in a foreign
        capital or country on a given day is going there on a visit. (Only expected: where
        someone simply "was in Doha", the post says what he did there.)"""
        if verb.lemma_.lower() != "expect" or not self.is_passive(verb):
            return
        if not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
            return  # ("is expected in Doha to stay": no day, no trip)
        places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                  for p in c.children if p.dep_ == "pobj"]
        subjects = [n for n in self.f._args([c for c in verb.children
                                           if c.dep_ in ("nsubj", "nsubjpass")])
                    if self.f.mentions[n].kind == "name" and self.f._entity(n).type == "Person"]
        act = self.res.actions.get("visit")
        for n in subjects:
            home = self.f._entity(n).affiliation
            for place in self.f._args(places):
                e = self.f._entity(place)
                country = e.capital_of or (e.known if e.type == "Country" else None)
                if country is None or country.name == home:
                    continue
                frame = self.f.frames.frame(verb, question)
                if frame.modality == "asserted":
                    frame.modality = "future"
                yield self.f._event(n, place, "visit", act, frame, sent, verb, 0.75, None)

    def _said_to_be(self, verb: Token, sent: Span, question: bool) -> Iterator[Event]:
        """ "Imran Khan says the commission is biased", "told reporters that Schmidt was
        illegitimate", "posted that Orbán was a very smart man": calling someone so in a
        reported clause is a charge (or praise) against them, as "called him biased" is."""
        kind = self.res.complements.get(verb.lemma_.lower())
        if kind is None or kind[1] != "reported":
            return
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.lemma_ != "be":
                continue
            said = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
            words = {t.lemma_.lower() for p in said for t in p.subtree}
            praised, charged = words & self.f.praise_words, words & self.f.charge_words
            if not (praised or charged) or (praised and charged):
                continue
            subjects, sconf = self.subjects(verb)
            judged = self.f._args([c for c in clause.children if c.dep_ == "nsubj"])
            act = self.res.synthetic("SUPPORT" if praised else "ACCUSE")
            frame = self.f.frames.frame(verb, question)
            if self.f.frames.negated(clause):
                frame.negated = not frame.negated  # "says the court is not biased"
            for obj in judged:
                for subj in subjects:
                    if not self.f._same(subj, obj):
                        yield self.f._event(subj, obj, verb.lemma_.lower(), act, frame, sent, verb,
                                          sconf * 0.9, None)

    def _brokered(self, verb: Token) -> tuple[Token, list[int]] | None:
        """The sides of a deal or talks that a verb of brokering is about, when its object
        names no actor: "The deal was brokered by China" after "Saudi Arabia and Iran agreed",
        "talks mediated by the United States", "which Saudi Arabia hosted"."""
        if self.is_passive(verb):
            nouns = [c for c in verb.children if c.dep_ == "nsubjpass"]
        elif verb.dep_ in ("acl", "relcl") and (verb.tag_ == "VBN" or any(
            c.dep_ == "dobj" and c.lower_ in _REL_PRONOUNS for c in verb.children
        )):
            nouns = [verb.head]  # "a deal brokered by China", "the talks, which X hosted"
        else:
            nouns = [c for c in verb.children if c.dep_ == "dobj"]
        if len(nouns) != 1 or nouns[0].lemma_.lower() not in self.brokered or (
            self.f._args(nouns)
        ):
            return None  # (a summit or a conference has more than two sides)
        noun = nouns[0]
        sides = [n for n, _ in self.f.nouns.targets(noun)] + self.f.nouns.agents(noun)
        if not sides:
            # the deal just told: "Saudi Arabia and Iran agreed to restore relations … The
            # deal was brokered by China"
            start = self.f._paragraph_start(verb, 2)
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
                # "the deal" may be the one the paragraph before told
                sent = verb.sent
                for _ in range(4):
                    if sent.start == 0:
                        break
                    sent = self.f.doc[sent.start - 1].sent
                start = min(start, sent.start)
            told = [ev for ev in self.f.made if ev.category in ("AGREE", "CONSULT")
                    and ev.sent.start >= start and ev.trigger < verb.i
                    and (act := self.res.actions.get(ev.action)) is not None and (
                        act.symmetric or ev.action.endswith(" with"))]  # two sides
            if told:
                sides = [told[-1].subject, told[-1].object]
        return (noun, sides) if len(sides) >= 2 else None

    def _in_protest(self, verb: Token) -> list[int]:
        """Whom an act done "in protest at" or "in protest against" someone (or at their
        presence, their decision) protests: "stayed away in protest at Lavrov's presence"."""
        heads = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                 for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == "protest"]
        if not heads:
            return []
        pobjs = [g for h in (verb, heads[0]) for c in h.children if c.dep_ == "prep"
                 and c.lower_ in ("at", "against", "over") for g in c.children if g.dep_ == "pobj"]
        found = self.f._args(pobjs)
        return found or self.f._args([o for p in pobjs for o in p.children if o.dep_ == "poss"])

    def _company(self, verb: Token) -> list[int]:
        """Those named "along with" or "together with" a verb's subject (or "alongside" it,
        where the lexicon does not make them the target: "fought alongside the M23")."""
        beside = f"{verb.lemma_.lower()} alongside" not in self.res.actions
        travel = self._travelling(verb)
        return [n for prep, words in _preps(verb)
                if words in _COMPANY or (words == "alongside" and beside)
                or (words == "with" and travel)
                for n in self.f._args([g for g in prep.children if g.dep_ == "pobj"])
                if not travel or self.f._entity(n).type != "Place"]

    def _travelling(self, verb: Token) -> bool:
        """Whether a verb is a journey of its subject's ("flew into Banjul with Sirleaf"),
        whose "with" names fellow travellers, not a target."""
        return verb.lemma_.lower() in self.motion_verbs and not any(
            c.dep_ == "dobj" for c in verb.children)

    def _own_people(self, verb: Token, obj: Token) -> bool:
        """Whether the object is the subject's own people sent somewhere or called back from
        somewhere ("recalled his diplomats from Kigali"): the place is the target."""
        owners = [p for p in obj.children if p.dep_ == "poss" and p.pos_ == "PRON"]
        if obj.lemma_.lower() in self.visit_roles:
            return False  # "invited his host to Ankara": his host is no one he sends
        if not owners or not any(c.dep_ == "prep" and c.lower_ in ("from", "to")
                                 and any(self.f._args([g]) for g in c.children if g.dep_ == "pobj")
                                 for c in verb.children):
            return False
        subjects = {self.f.mentions[n].entity for n in self.subjects(verb)[0]}
        return bool({self.f.mentions[n].entity for n in self.f._args(owners)} & subjects)

    def _fronted_subject(self, verb: Token) -> list[int]:
        """A subject the parser joined to the place before it: "And here in Amman, Ayman
        Safadi, Jordan's foreign minister, spent Sunday…" (Safadi as a second Amman)."""
        for c in verb.lefts:
            if c.dep_ not in ("prep", "advmod"):
                continue
            for t in c.subtree:
                n = self.f._mention(t) if t.dep_ == "conj" and t.head.dep_ == "pobj" else None
                if n is not None and self.f._entity(n).type != "Place" and (
                    t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","
                ) and self.f._mention(t.head) is not None and (
                    self.f._entity(self.f._mention(t.head) or 0).type == "Place"
                ):
                    return [n]
        return []

    def _named_inside(self, subj: Token) -> Token | None:
        """The person named inside a subject the parser got wrong: "Next door in Bolivia, Luis
        Fernando Camacho, …, was detained" (the subject "door", the name in apposition)."""
        if self.f._mention(subj) is not None:
            return None
        for t in subj.subtree:
            n = self.f._mention(t) if t.dep_ == "appos" else None
            if n is not None and self.f.mentions[n].kind == "name" and (
                self.f._entity(n).type == "Person"
            ):
                return t
        return None

    def is_passive(self, verb: Token) -> bool:
        """Whether ``verb`` is passive ("was detained by Kenyan police")."""
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)

    def subjects(self, verb: Token, depth: int = 0) -> tuple[list[int], float]:
        """Logical subjects of ``verb`` and how sure we are of them."""
        if depth > 4:
            return [], 0.0
        kids = list(verb.children)
        if _wanted_done(verb):
            found, conf = self.subjects(verb.head, depth + 1)
            return found, conf * 0.9  # "the Americans want him extradited": they would
        appositive = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i > 0 and ((
            verb.doc[verb.i - 1].text == "," and verb.head.pos_ == "PROPN"
        ) or any(c.dep_ == "agent" for c in kids))  # "a deal brokered by China"
        if self.is_passive(verb) or appositive or _reduced_passive(verb):
            # "Hunt, beaten by Johnson in the race": a reduced passive names its doer too
            agents = [p for c in kids if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if not agents and self.is_passive(verb):
                agents = _agent_after_from(verb)
            if agents and not self.f._args(agents):
                # "was hit by M23 fire": the fire's agent hit him
                doers = [n for a in agents if self.f.nouns.event_noun(a) is not None
                         for n in self.f.nouns.agents(a)]
                if doers:
                    return doers, 0.85
            if agents:
                return self.f._args(agents), 1.0
            if self.is_passive(verb):
                return [], 0.0
        subj = [c for c in kids if c.dep_ == "nsubj"]
        voice = verb.dep_ == "relcl" and _voice_clause(self.voice_nouns, verb)
        if voice:
            doers = [n for c in verb.head.children if c.dep_ in ("poss", "compound")
                     for n in self.f._args([c])]
            if doers:
                return doers, 0.8
        if subj and self.f._mention(subj[0]) is None and subj[0].lemma_ in self.voice_nouns:
            doers = [n for c in subj[0].children if c.dep_ in ("poss", "compound")
                     for n in self.f._args([c])]
            if doers:
                return doers, 0.8  # "China's statement accused…"
        if subj and self.f._mention(subj[0]) is None and (
            self.f.nouns.event_noun(subj[0]) is not None
        ):
            # "an air strike by Syrian government forces killed…": the strike's agent acts.
            doers = self.f.nouns.agents(subj[0])
            if doers:
                return doers, 0.85
        if not subj and not self.is_passive(verb):
            # "The TPLF fired rockets at Asmara": the parser took the name for an adverb
            loose = [c for c in kids if c.dep_ == "npadvmod" and c.i < verb.i
                     and c.pos_ == "PROPN" and self.f._mention(c) is not None]
            if loose:
                return self.f._args(loose), 0.8
        first = verb.head
        if not subj and verb.dep_ in ("relcl", "acl") and infinitive(verb) and (
            first.lower_ in _RANKS
            or any(c.dep_ == "amod" and c.lower_ in _RANKS for c in first.children)
        ):
            # "Arce was among the first to congratulate Maduro", "the only leader to visit",
            # "Ethiopia would become the first country to recognise it"
            copula = first.head.head if first.dep_ == "pobj" else first.head
            if copula.lemma_ in ("be", "become") and first.dep_ in ("pobj", "attr"):
                found, conf = self.subjects(copula, depth + 1)
                return found + [n for n in self._company(copula) if n not in found], conf * 0.9
        if not subj and verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and infinitive(verb):
            # "Maduro's answer was to call Boric a little boy": the owner of the answer acts
            for c in verb.head.children:
                owners = [p for p in c.children if p.dep_ == "poss"] if c.dep_ == "nsubj" else []
                if owners and self.f._args(owners):
                    return self.f._args(owners), 0.8
        if not subj:
            dated = self._dated_subject(verb, opening=True)
            if dated:
                return self.f._args(dated), 0.8
            fronted = self._fronted_subject(verb)
            if fronted:
                return fronted, 0.8
        if subj:
            if subj[0].lower_ in _REL_PRONOUNS and verb.dep_ == "relcl":
                found = self.f._args([verb.head])
                if not found and self.f.nouns.event_noun(verb.head) is not None:
                    # "launched a rocket attack that killed a contractor": the attacker
                    found = self.f.nouns.agents(verb.head)
                    if not found and verb.head.dep_ == "dobj" and (
                        verb.head.head.lemma_.lower() in self.f.light_verbs
                    ):
                        found, conf = self.subjects(verb.head.head, depth + 1)
                        return found, conf * 0.8
                return found, 0.9
            control = verb.head.lemma_ in self.f.object_control
            if verb.dep_ == "ccomp" and control and infinitive(verb):
                return [], 0.0  # "wants Ankara to accept": the content of the request
            return self.f._args([self._named_inside(t) or t for t in subj]), 1.0
        head = verb.head
        if verb.dep_ == "dep" and head.pos_ == "VERB" and head.i < verb.i and any(
            c.lower_ == "then" for c in verb.children
        ):
            # "forced a flight to land, then arrested…": a conjunct the parser left loose
            found, conf = self.subjects(head, depth + 1)
            return found, conf * 0.9
        if verb.dep_ == "conj" and head.i != verb.i:
            if self.is_passive(head) and not self.is_passive(verb):
                if verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBD" and any(
                    c.dep_ in ("dobj", "dative") for c in verb.children
                )):
                    # "Islamabad is committed to the ceasefire and blames Indian troops", "was
                    # sworn in and asked ECOWAS to help": a finite verb with an object of its
                    # own has the same subject (a bare participle shares the passive)
                    return self.f._args([c for c in head.children if c.dep_ == "nsubjpass"]), 0.9
                return [], 0.0
            opener = _after_semicolon(verb) if self.f.semicolons else None
            if opener is not None and self.f._mention(opener) is not None:
                # "…; Baku, naturally, blames Armenia": the parser hung the new clause's
                # subject on the old one
                return self.f._args([opener]), 0.85
            if self._speech_after_report(verb):
                # "Traoré's camp announced that Damiba had fled …, and accused France": the
                # charge is the announcer's, whatever clause the parser joined it to
                found, conf = self.subjects(head.head, depth + 1)
                return found, conf * 0.9
            found, conf = self.subjects(head, depth + 1)
            return found, conf * 0.95
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and (
            head.head.i != head.i
        ):
            # "are likely to agree", "is ready to fly Marines", "is keen to meet him"
            head = head.head
        if verb.dep_ in ("xcomp", "ccomp", "advcl", "pcomp") and head.i != verb.i:
            if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "for":
                # "arrested two supporters for threatening officials", "was praised for
                # helping": the one arrested or praised did it
                gov = head.head
                act = self.res.actions.get(gov.lemma_.lower())
                if act is not None and act.category in (*JUDGING_CATEGORIES, "COERCE"):
                    objs = [c for c in gov.children if c.dep_ == "dobj" or (
                        c.dep_ == "nsubjpass" and self.is_passive(gov))]
                    found = self.f._args(objs)
                    if found:
                        return found, 0.85
            if verb.dep_ == "pcomp" and head.lower_ == "from" and head.dep_ == "prep" and any(
                c.dep_ == "dobj" for c in head.head.children
            ) and head.head.lemma_.lower() in self.keeping_verbs:
                # "barred Najib from leaving the country": what he was kept from is no act
                return [], 0.0
            if verb.dep_ == "pcomp" and head.lower_ != "of" and (
                head.dep_ == "prep" or (head.dep_ == "agent" and not self.is_passive(head.head))
            ):
                # "responded by banning…", "after meeting…": the clause's own doer acts;
                # "hit back by bombing Saravan", whatever the parser took the "by" for.
                found, conf = self.subjects(head.head, depth + 1)
                return found, conf * 0.9
            if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "of":
                # "accused Russia of attacking", "was accused of attacking": the accused is
                # the doer.
                gov = head.head
                objs = [c for c in gov.children if c.dep_ == "dobj" or (
                    c.dep_ == "nsubjpass" and self.is_passive(gov))]
                if not objs and gov.dep_ == "acl" and gov.tag_ == "VBN":
                    objs = [gov.head]  # "the Colombians accused of killing Moïse"
                if not objs and gov.dep_ == "dobj" and (
                    act := self.res.actions.get(gov.head.lemma_.lower())
                ) is not None and act.category == "ACCUSE":
                    objs = [gov]  # "accuses Azerbaijani forces of shelling": "of" on the noun
                if objs:
                    return self.f._args(objs), 0.85
            if verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ") and head.i < verb.i and (
                not any(c.dep_ == "mark" for c in verb.children)
            ) and any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
                # "condemned the offensive and, in plainer words, called on Rwanda…": a second
                # verb of the same subject the parser read as an adverbial clause
                found, conf = self.subjects(head, depth + 1)
                return found, conf * 0.95
            purpose = verb.dep_ == "advcl" and (verb.tag_ == "VBG" or infinitive(verb))
            if verb.dep_ == "xcomp" or purpose:
                objs = [c for c in head.children if c.dep_ == "dobj"] + [
                    p for c in head.children
                    if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")
                    for p in c.children if p.dep_ == "pobj"
                ]
                if objs and head.lemma_ in self.f.object_control:
                    return [], 0.0  # "urged Moscow to withdraw": what is asked is no event
                found, conf = self.subjects(head, depth + 1)
                if not found and verb.dep_ == "xcomp" and self.is_passive(head) and not any(
                    c.dep_ == "agent" for c in head.children
                ):
                    # "the European Parliament is expected to condemn…", "is said to have…"
                    found = self.f._args([c for c in head.children if c.dep_ == "nsubjpass"])
                    conf = 1.0
                return found, conf * 0.9
        if verb.dep_ == "acl" and infinitive(verb) and (
            head.lemma_.lower() in self.decision_nouns or head.lemma_.lower() in self.intent_nouns
        ):
            # "Mexico's decision to grant asylum to Morales": the decider acts
            owners = [c for c in head.children if c.dep_ in ("poss", "compound", "amod")
                      and c.i < head.i]
            if not owners and head.dep_ == "dobj" and head.head.lemma_ == "have":
                # "Kyiv has no plans to annex Kursk": the one who has them
                found, conf = self.subjects(head.head, depth + 1)
                return found, conf * 0.85
            return self.f._args(owners), 0.85
        if verb.dep_ == "relcl":
            return self.f._args([head]), 0.85
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            if self.f._mention(head) is None and head.dep_ == "dobj" and head.head.pos_ == "VERB":
                # "recorded a video urging the Lebanese…", "issued a statement calling on…":
                # who made it says it
                found, conf = self.subjects(head.head, depth + 1)
                return found, conf * 0.85
            return self.f._args([head]), 0.85
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and head.dep_ == "ROOT":
            # "Mogherini, the EU's foreign policy chief, called on Haftar…": the parser made
            # the name the root and its verb a clause on it
            return self.f._args([head]), 0.85
        return [], 0.0

    def objects(self, verb: Token) -> list[tuple[int, str, float]]:
        """Targets of ``verb`` with the words they add to the action ("with", "out of")."""
        out: list[tuple[int, str, float]] = []
        kids = list(verb.children)
        if self.is_passive(verb) or _reduced_passive(verb):
            subj = [c for c in kids if c.dep_ == "nsubjpass"]
            if subj and subj[0].lower_ in _REL_PRONOUNS and verb.dep_ == "relcl":
                subj = [verb.head]
            if not subj:
                subj = self._dated_subject(verb, opening=False)
            subj = [self._named_inside(t) or t for t in subj]
            if not subj and verb.dep_ == "xcomp":
                # "Hezbollah has spent the autumn being pounded by Israel": the one who spent it
                subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
            if not subj and verb.dep_ in ("conj", "advcl"):
                # "announced a ceasefire and was contradicted by the ELN", "won, having been
                # denounced by Beijing": the main clause's subject is the one done to
                subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if any(c.dep_ == "expl" for c in verb.head.children):
                    # "there is Guy Philippe, who led …, was deported by the United States"
                    subj = [c for c in verb.head.children if c.dep_ == "attr"]
                elif subj and subj[0].lower_ in _REL_PRONOUNS and verb.head.dep_ == "relcl":
                    subj = [verb.head.head]  # "X, who led …, was deported by …"
            out += [(n, "", 1.0) for n in self.f._args(subj)]
        elif verb.dep_ == "acl" and verb.tag_ == "VBN":
            out += [(n, "", 0.85) for n in self.f._args([verb.head])]
        if _wanted_done(verb):
            out += [(n, "", 0.9) for n in self.f._args([c for c in kids if c.dep_ == "nsubj"])]
        if verb.lemma_.lower() in self.owning_up:
            out += self._claimed(verb)
        thing = ""
        has_object = any(c.dep_ == "dobj" for c in kids)
        if verb.dep_ == "relcl" and not self.is_passive(verb):
            rel_obj = [c for c in kids if c.dep_ == "dobj" and c.lower_ in _REL_PRONOUNS]
            if not has_object and any(c.dep_ == "nsubj" for c in kids) and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in kids
            ) and verb.lemma_.lower() in self.res.actions:
                # "the town that Azerbaijan took from the Armenians": "that" read as a mark
                rel_obj = [c for c in kids if c.dep_ == "mark"]
            zero = not has_object and any(c.dep_ == "nsubj" and c.lower_ not in _REL_PRONOUNS
                                          for c in kids) and (
                not any(c.dep_ in ("prep", "ccomp", "xcomp") for c in kids)
            ) and verb.head.i < verb.i
            said = bool(rel_obj) and rel_obj[0].lower_ == "which" and (
                verb.lemma_.lower() in self.f.claim_verbs
            ) and self.f.doc[rel_obj[0].i - 1].text == ","
            if said:
                has_object = True  # ", which Beijing denies": the claim, not the noun before
            elif rel_obj or zero:
                # "whom Aoun asked", "a prosecutor Biden has never met": the noun is the object
                out += [(n, "", 0.85) for n in self.f._args([_relative_head(verb)])]
                has_object = True
        for c in kids:
            counted = _up_to(c) if c.dep_ == "prt" else None
            if counted is not None:
                # "kidnapped up to 16 Russian advisers": a count, not a particle
                out += [(n, "", 1.0) for n in self.f._args([counted])]
                has_object = True
            if c.dep_ == "dobj" and c.lower_ in _REL_PRONOUNS:
                continue
            if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > verb.i and not has_object and (
                not any(t.is_punct for t in self.f.doc[verb.i + 1 : c.i])  # not "…, the Left"
            ):
                # "The militia later attacked Haifa": the small parser's stray object
                out += [(n, "", 0.8) for n in self.f._args([c])]
            if c.dep_ == "dobj" and c.lower_ in ("it", "this", "that") and (
                verb.lemma_.lower() in self.f.claim_verbs or verb.lemma_.lower() in self.measures
            ):
                # "He denies it": the charge, not an actor (see _denied); "declared martial
                # law and lifted it": a measure
                continue
            if c.dep_ == "dative" and any(g.dep_ == "dobj" and g.lemma_.lower() in self.f.name_nouns
                                          for g in kids):
                continue  # "JNIM, to give it its full name": a name given, not an act
            if c.dep_ in ("dobj", "dative"):
                found = self.f._args([c])
                if c.dep_ == "dobj" and found and all(
                    self.f._entity(n).generic and self.f.mentions[n].head_lemma in self.hardware
                    for n in found
                ):
                    # "flew Sukhoi-25 jets against M23 positions": no one's jets, a thing
                    found = []
                if c.dep_ == "dobj" and found and self._own_people(verb, c):
                    found = []  # "recalled his diplomats from Kigali": from Kigali
                if c.dep_ == "dobj" and found and verb.lemma_.lower() in _SIGNING and all(
                    self.f._entity(n).type in ("Organization", "Place") for n in found
                ):
                    found = []  # "signed the Falepili Union": a treaty, whatever its name
                if c.dep_ == "dobj" and found and c.pos_ == "NOUN" and (any(
                    f"{verb.lemma_.lower()} {c.lemma_.lower()} {p.lower_}" in self.res.actions
                    for p in c.children if p.dep_ == "prep"
                ) or (f"{verb.lemma_.lower()} {c.lemma_.lower()}" in self.res.actions and any(
                    p.dep_ == "poss" for p in c.children
                ))):
                    # "opened an embassy in Tegucigalpa": an act on Honduras; "has taken
                    # Ukraine's side": Ukraine's
                    found = []
                if c.dep_ == "dobj" and found and all(
                    self.f._entity(n).generic or self.f.mentions[n].kind == "nominal" for n in found
                ) and (
                    any(a is not None and a.converse for a in (self.res.actions.get(
                        f"{verb.lemma_.lower()} {p.lower_}") for p in c.children
                        if p.dep_ == "prep"))
                ):
                    found = []  # "accepted rescue teams from four countries": from them
                if not found and c.dep_ == "dobj" and c.pos_ == "NOUN" and (
                    self.f.roles._title_word(c)
                ):
                    # "sacked the head of the security service, Karim Massimov": the parser
                    # hangs the name on the verb
                    named = [g for g in kids if g.dep_ in ("npadvmod", "appos") and g.i > c.i
                             and g.pos_ == "PROPN" and g.doc[g.left_edge.i - 1].text == ","]
                    found = [n for n in self.f._args(named[:1])
                             if self.f._entity(n).type == "Person"]
                punished = verb.lemma_.lower() in self.removal_verbs and all(
                    self.f._entity(n).type == "Person" for n in found)
                if found and all(self.f.mentions[n].possessor is not None
                                 and self.f.mentions[n].head_lemma not in self.visit_roles
                                 for n in found) and (
                    not self._owned_by_other(verb, c) and not punished
                ):
                    # "recalled its ambassador", "withdrew its troops": its own (but "sacked
                    # her interior minister" and "arrested his own aides" are acts on them)
                    found = []
                if found and c.dep_ == "dobj" and verb.lemma_.lower() in self.sending_verbs and (
                    all(self._sent_agent(n) for n in found)
                ):
                    # "sent Kurt Campbell to Honiara", "send Nigerian troops into Niger": the
                    # envoys and soldiers sent are the sender's; where they go is the target
                    jail = next((f"{prep.lower_} {p.lower_}" for prep, _ in _preps(verb)
                                 for p in prep.children if p.dep_ == "pobj"
                                 and p.lemma_.lower() in self.confinement), None)
                    if jail is not None:
                        # "sent him to prison": the one sent is punished, not an envoy
                        out += [(n, jail, 1.0) for n in found]
                        continue
                    people = all(self.f._entity(n).type == "Person" and not self._military(n)
                                 for n in found)
                    found = []
                    thing = "envoy" if people else "troops"
                    where = [*_preps(verb, self.f.source_preps), *_preps(c, self.f.source_preps)]
                    for prep, words in where:  # "massed troops against Guyana"
                        if words in ("to", "into", "against", "toward", "towards"):
                            for n in self.f._args([p for p in prep.children if p.dep_ == "pobj"]):
                                out.append((n, f"{thing}|{words}", 1.0))
                    continue
                given = [g for g in kids if g.dep_ == "dobj" and g.pos_ == "NOUN"
                         and not self.f._args([g])] if c.dep_ == "dative" else []
                # "sent Michel a letter": the action is what was sent, to whom
                words = f"{given[0].lower_}|to" if given else ""
                out += [(n, words, 1.0) for n in found]
                if not found and c.dep_ == "dobj" and not thing and (
                    c.pos_ == "NOUN" or c.lower_ in self.f.quantities  # "most of its weapons"
                ):
                    thing = c.lower_
                    # "providing photographs and intelligence to Macedonia"
                    for conj in c.conjuncts:
                        for prep, words in _preps(conj, self.f.source_preps):
                            for n in self.f._args([p for p in prep.children if p.dep_ == "pobj"]):
                                out.append((n, f"{thing}|{words}", 0.9))
                    if verb.lemma_.lower() in self.f.giving_verbs:
                        # "has given her shelter", "has not offered her asylum": the parser
                        # reads the recipient as the thing's owner
                        recipients = [p for p in c.children if p.dep_ == "poss"
                                      and p.pos_ == "PRON" and p.lower_ == "her"]
                        out += [(n, f"{thing}|to", 0.85) for n in self.f._args(recipients)]
                    # "condemned Caracas's decision": the owner of the thing is the target.
                    act = self.res.actions.get(verb.lemma_.lower())
                    judges = act is not None and act.category in ("REJECT", "ACCUSE", "SUPPORT")
                    # "rejected his offer": judging what someone did judges them; "its budget
                    # support" is more often the subject's own
                    owned = self.f.nouns.counted(c)  # "rejected half of Macron's ideas"
                    owners = [p for p in {*c.children, *owned.children} if p.dep_ == "poss" and (
                        p.pos_ != "PRON" or (judges and p.lower_ != "its")
                        or self._owned_by_other(verb, c)
                    )]
                    if act is not None and act.category in JUDGING_CATEGORIES:
                        # "rejected a Senegalese peace plan", "backed a UN resolution"
                        owners += [p for p in c.children if p.dep_ in ("amod", "compound", "nmod")
                                   and p.i in self.f.at and self.f.mentions[self.f.at[p.i]].kind
                                   == "name"]
                    patient = c.lemma_.lower() in self.f.patient_nouns
                    # "taken Herzog's calls"
                    light = verb.lemma_.lower() in self.f.light_verbs and (
                        f"{verb.lemma_.lower()} {c.lemma_.lower()}" not in self.res.actions
                    )  # (but "has taken Ukraine's side" is listed)
                    if not patient and not light:
                        out += [(n, f"{c.lemma_.lower()}|{POSSESSOR}", 0.8)
                                for n in self.f._args(owners)]
                    elif patient:
                        # "request his extradition", "ordered the release of Khaleda Zia",
                        # "restored his pardon": the one the act is done to
                        done_to = [p for p in c.children if p.dep_ == "poss"] + [
                            g for prep in c.children if prep.dep_ == "prep"
                            and prep.lower_ == "of" for g in prep.children if g.dep_ == "pobj"]
                        out += [(n, f"{c.lemma_.lower()}|{PATIENT}", 0.85)
                                for n in self.f._args(done_to)]
                    if c.lower_ in self.f.owned_places and act is not None and (
                        act.category == "ASSAULT"
                    ):
                        # "struck targets in Sistan-Baluchestan": the place they are in is hit
                        sites = [p for h in (verb, c) for prep in h.children
                                 if prep.dep_ == "prep" and prep.lower_ in ("in", "inside")
                                 for p in prep.children if p.dep_ == "pobj"]
                        out += [(n, "", 0.85) for n in self.f._args(sites)
                                if self.f._entity(n).type in ("Place", "Country")]
                    # "cut ties with Qatar": the target hangs off the object noun, or off
                    # what it counts ("gets most of its weapons from Washington")
                    inner = self.f.nouns.counted(c)
                    nouns = [c] if inner is c else [c, inner]
                    # "signed a memorandum of understanding with Somaliland"
                    nouns += [p for prep in c.children if prep.dep_ == "prep"
                              and prep.lower_ == "of" for p in prep.children
                              if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.i not in self.f.at
                              and p is not inner]
                    for noun in nouns:
                        for prep, words in _preps(noun, self.f.source_preps):
                            pobj = [p for p in prep.children if p.dep_ == "pobj"]
                            found = self.f._args(pobj)
                            if not found and words == "against":
                                # "staged a strike against his bill": against its owner
                                found = self.f._args([o for p in pobj if p.pos_ == "NOUN"
                                                    for o in p.children if o.dep_ == "poss"])
                            for n in found:
                                out.append((n, f"{thing}|{words}", 1.0))
        for c in kids:
            if c.dep_ == "advmod" and c.lower_ == "there" and c.i in self.f.at:
                # "Turkey has rushed troops there", "he could fly there within days"
                into = "in" if verb.lemma_.lower() in ("land", "arrive") else "to"
                out += [(n, f"{thing}|{into}" if thing else into, 0.85)
                        for n in self.f._args([c])]
        acted_on = any(not words for _, words, _ in out)
        for prep, words in _preps(verb, self.f.source_preps, self.witnesses):
            pobj = [c for c in prep.children if c.dep_ == "pobj"]
            if prep.i < verb.i and words in ("in", "at", "on"):
                continue  # "in London Sunak's office let it be known": where, not whom
            went = self.res.actions.get(f"{verb.lemma_.lower()} for")
            if words == "for" and acted_on and not (
                went is not None and went.place_only  # "left Taipei for Guatemala": whereto
            ):
                continue  # "blamed Washington for it", "thanked Qatar for its help": the reason
            if words == "with" and any(c.lower_.endswith("ing") and c.dep_ in ("acl", "conj")
                                       for p in pobj for c in p.children):
                continue  # "re-elected him, with the DA voting for him": who voted, not a target
            for n in self.f._args(pobj):
                out.append((n, f"{thing}|{words}" if thing else words, 1.0))
            if words == "against" and not thing and not self.f._args(pobj):
                # "argued against Tusk's plan", "ruled against Trump's ban": against its owner
                owners = [p for c in pobj if c.pos_ == "NOUN" for p in c.children
                          if p.dep_ == "poss" and p.pos_ != "PRON"]
                out += [(n, words, 0.85) for n in self.f._args(owners)]
        if not out:
            # "wants Ankara to accept", "demanded that China stop": the doer asked is the target.
            act = self.res.actions.get(verb.lemma_.lower())
            demands = act is not None and act.category == "REQUEST"
            for c in kids:
                infinitival = c.dep_ == "xcomp" or infinitive(c)
                # "told reporters that X attacked" reports; "demanded that China stop" asks
                asks = (verb.lemma_ in self.f.object_control and infinitival) or (
                    demands and verb.lemma_ not in self.f.object_control
                )
                if c.dep_ in ("ccomp", "xcomp") and asks:
                    subj = [s for s in c.children if s.dep_ == "nsubj"]
                    out += [(n, "", 0.9) for n in self.f._args(subj)]
        if not out and verb.lemma_.lower() in self.causatives:
            # "let Fujimori go", "made Kabul back down": the parser hangs the one let or made
            # on the bare infinitive that follows
            for c in kids:
                if c.dep_ in ("ccomp", "xcomp") and not any(
                    g.dep_ == "mark" or (g.dep_ == "aux" and g.lower_ == "to")
                    for g in c.children
                ):
                    subj = [g for g in c.children if g.dep_ == "nsubj"]
                    particle = next((g.lower_ for g in c.children if g.dep_ == "prt"), "")
                    # "let go", "let in": the bare infinitive is part of a listed action
                    listed = f"{verb.lemma_.lower()} {c.lemma_.lower()}" in self.res.actions
                    words = c.lemma_.lower() if listed else particle
                    out += [(n, words, 0.9) for n in self.f._args(subj)]
        purpose = verb.dep_ in ("xcomp", "advcl") and infinitive(verb)
        if not out and not has_object and purpose and (
            verb.head.lemma_.lower() not in self.f.object_control
        ) and not any(c.dep_ in ("prep", "ccomp") for c in kids):
            # "phoned Vladimir Putin to apologise": the call's object is whom he apologised to
            lemma = verb.lemma_.lower()
            words = "to" if f"{lemma} to" in self.res.actions else ""
            act = self.res.actions.get(f"{lemma} {words}".strip())
            if act is not None and act.category not in ("OTHER", "CONSULT"):
                out += [(n, words, 0.8) for n in self.f._args(
                    [c for c in verb.head.children if c.dep_ == "dobj"])]
        if not out and verb.dep_ != "conj" and not has_object:
            # "attacked and captured the town": the object is shared.
            for conj in verb.conjuncts:
                if conj.i > verb.i and not any(c.dep_ in ("nsubj", "nsubjpass")
                                               for c in conj.children):
                    objs = [c for c in conj.children if c.dep_ == "dobj"]
                    out += [(n, "", 0.8) for n in self.f._args(objs)]
                    break
        return out


def _voice_clause(voices: frozenset[str], verb: Token) -> bool:
    """A relative clause on a statement: "a G7 statement that criticised the drills"."""
    return verb.head.lemma_ in voices and any(
        c.dep_ == "nsubj" and c.lower_ in _REL_PRONOUNS for c in verb.children
    )


def _after_semicolon(verb: Token) -> Token | None:
    """The name that opens a clause after a semicolon, when the parser gave its verb no
    subject and the name to the clause before."""
    start = verb.i
    while start > verb.sent.start and verb.doc[start - 1].text != ";":
        start -= 1
    if start == verb.sent.start or start >= verb.i:
        return None
    first = verb.doc[start]
    if first.pos_ == "PROPN" and first.dep_ in ("appos", "conj", "npadvmod") and (
        first.head.i < start and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return first
    return None


def _agent_after_from(verb: Token) -> list[Token]:
    """ "was rescued from a coup by Senegalese troops", "disqualified from holding office by
    the ECP": the by-phrase the parser hung inside the "from" phrase is the passive's agent."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        clauses = {t.i for c in prep.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
        inner = [t for t in prep.subtree if t.dep_ == "prep" and t.lower_ == "by"
                 and t.i not in clauses]
        if len(inner) == 1:
            return [p for p in inner[0].children if p.dep_ == "pobj"]
    return []


def _reduced_passive(verb: Token) -> bool:
    """ "Maduro and Ali met in Argyle, hosted by Ralph Gonsalves": a participle with a by-agent
    and no subject of its own, done to the main clause's subject."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(
        c.dep_ == "agent" for c in verb.children
    ) and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in verb.children)
