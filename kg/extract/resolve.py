"""Resolution within a post: which mentions refer to the same actor.

Names are grouped first, over the whole post (a short name may come before the full one):
gazetteer variants share their canonical actor, "Merkel" joins "Angela Merkel", an acronym
joins the name it abbreviates. Then, in text order, actor noun phrases join an earlier
phrase with the same head ("the army" → "the Egyptian army"), appositions join the name they
describe, and pronouns and definite descriptions ("she", "the group") join the most salient
compatible actor of the last few sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.extract.mentions import Mention
from kg.extract.resources import KnownActor, Resources, fold

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}

# Bodies of a state: a bare "the army" or "the government" is some country's.
_STATE_ROLES = {"GOV", "MIL", "POLICE", "LEG", "SPY"}


@dataclass
class Entity:
    """One actor of a post, with every mention that refers to it."""

    index: int
    name: str
    type: str
    mentions: list[int] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    known: KnownActor | None = None
    capital_of: KnownActor | None = None
    gender: str | None = None
    plural: bool = False
    generic: bool = False
    head_lemma: str = ""
    head_text: str = ""
    key: str = ""

    @property
    def stateless(self) -> bool:
        """A named body of no state ("the European Commission", a company): it has no
        parliament, police or government that "its" could mean."""
        return self.type == "Organization" and self.affiliation is None and not self.head_lemma

    def add_title(self, title: str) -> None:
        """Record a title once, in the order first seen."""
        if title and title not in self.titles:
            self.titles.append(title)


class Resolver:
    """Links the mentions of one post into entities."""

    def __init__(self, res: Resources) -> None:
        # imported here: antecedents reads this module's entities and helpers
        from kg.extract.antecedents import AntecedentFinder

        self.res = res
        self.antecedents = AntecedentFinder(self)
        self.acronym_stop = res.words("acronym_stop")
        self.person_targets = res.words("person_target")
        self.person_verbs = res.words("person_verb")
        self.place_preps = res.words("place_prep")
        self.commanding_verbs = res.words("commanding_verb")
        self.any_office = res.words("any_office")
        self.nickname_verbs = res.words("nickname_verb")
        self.armed_forces = res.words("armed_forces")
        self.plural_only = res.words("plural_only")
        self.female_kin = res.words("female_kin")
        self.kin_words = self.female_kin | res.words("male_kin")
        self.hosting_verbs = res.words("hosting_verb")
        self.visit_roles = res.words("visit_role")
        self.motion_verbs = res.words("motion_verb")
        self.visit_verbs = self.hosting_verbs | self.motion_verbs
        self.place_verbs = res.words("place_verb")
        self.named_place_nouns = res.words("named_place_noun")
        self.female_titles = res.words("female_title")
        self.male_titles = res.words("male_title")
        self.leader_bodies = res.words("leader_body")
        self.spokesbodies = res.words("spokesbody")

    def resolve(self, doc: Doc, mentions: list[Mention]) -> list[Entity]:
        """Fill ``Mention.entity`` for every mention that refers to an actor; return the actors."""
        self.doc = doc
        self.mentions = mentions
        self.entities: list[Entity] = []
        self._heading_sents: list[int] | None = None
        self._sent_starts: list[int] | None = None
        self._heading_cache: dict[int, list[KnownActor]] = {}
        # the post's dominant country, worked out on first use (mentions resolved so far)
        self._dominant: tuple[dict[str, int], dict[str, KnownActor]] | None = None
        self._at_head: dict[int, list[Mention]] = {}
        # paragraphs, for a roundup's items: where each starts, and what it opens on
        self._paragraph_starts = [m.start() for m in re.finditer("\n\n", doc.text)]
        self._openers: dict[int, list[tuple[int, KnownActor]]] = {}
        self._index = {id(m): n for n, m in enumerate(mentions)}
        for m in mentions:
            self._at_head.setdefault(m.head, []).append(m)
        self._names()
        by_head = {m.head: n for n, m in enumerate(mentions)}
        for n, m in enumerate(mentions):
            if m.kind == "name":
                continue
            if m.head_lemma in self.visit_roles and m.kind in ("nominal", "description"):
                # "welcomed him … his host", "the guest": who received whom
                visit = self._visit(n, m)
                if visit is not None:
                    self._join(visit, n)
                continue
            if m.kind == "pronoun":
                self.antecedents.pronoun(n, m)
            elif m.kind == "owned" and m.possessor is not None:
                self._leader_body(n, m)
            elif m.kind == "owned":
                self._join(self._entity_named(m.affiliation or "", m), n)
            elif (subject := self._predicated(m, by_head)) is not None:
                self._join(self.entities[subject], n)
            elif m.kind == "description":
                anchor = self._anchor(m, by_head)
                if self._holder(m) is not None:
                    self._nominal(n, m, by_head)
                elif anchor is not None and anchor.entity is not None:
                    # "the dissident journalist Roman Protasevich": the name is the referent
                    e = self.entities[anchor.entity]
                    self._join(e, n)
                    if e.type == "Place" and e.known is None and e.capital_of is None and (
                        m.type in ("Group", "Organization", "Person")
                    ):
                        e.type = m.type  # "the militias everyone calls Wazalendo": no place
                elif _own_complement(self.doc[m.head]):
                    # "the leaders of the civic committees" say who they are: no anaphor
                    self._nominal(n, m, by_head)
                elif not self.antecedents.antecedent(n, m, m.head_lemma) and (
                    self.antecedents.stands_alone(m)
                ):
                    self._nominal(n, m, by_head)
            else:
                self._nominal(n, m, by_head)
        self._shared_names()
        for e in self.entities:
            e.aliases.discard(e.name)
        return self.entities

    def _shared_names(self) -> None:
        """ "Congress removed Pedro Castillo" in a passage about Peru: Peru's congress, not
        the one the gazetteer gives the bare name to."""
        for e in list(self.entities):
            shared = self.res.shared_names.get(self.mentions[e.mentions[0]].text) if (
                e.known is not None and e.mentions) else None
            if shared is None or any(self.mentions[k].text != self.mentions[e.mentions[0]].text
                                     for k in e.mentions if self.mentions[k].kind == "name"):
                continue
            country, pattern = shared
            first = e.mentions[0]
            topic = self._topic_country(first, self.mentions[first])
            if topic is not None and topic.name != country:
                e.name, e.known, e.key = pattern.format(country=topic.name), None, ""

    # -- names ----------------------------------------------------------------------------

    def _new(self, m: Mention, name: str, type_: str) -> Entity:
        e = Entity(len(self.entities), name, type_)
        e.known, e.capital_of = m.known, m.capital_of
        # Only a common noun's number says anything: "the rebels"; names ("the FARC") don't.
        e.plural = m.plural and m.kind != "name"
        self.entities.append(e)
        return e

    def _join(self, e: Entity, n: int) -> None:
        m = self.mentions[n]
        m.entity = e.index
        e.mentions.append(n)
        if m.kind in ("name", "nominal", "place"):
            e.aliases.add(m.text)
        for t in m.titles:
            e.add_title(t)
            g = fold(t)
            if g in self.female_titles:
                e.gender = e.gender or "f"
            elif g in self.male_titles:
                e.gender = e.gender or "m"
        if m.affiliation and not e.affiliation:
            e.affiliation = m.affiliation

    def _names(self) -> None:
        names = [(n, m) for n, m in enumerate(self.mentions) if m.kind == "name"]
        by_key: dict[str, Entity] = {}
        persons: list[tuple[set[str], Entity]] = []
        # Longest person names first, so short names find the full name wherever it is.
        order = sorted(names, key=lambda nm: (-(nm[1].end - nm[1].start), nm[0]))
        pending: list[tuple[int, Mention]] = []
        for n, m in order:
            if m.known is not None or m.capital_of is not None:
                key = m.key
            elif m.type == "Person" and len(m.key.split()) > 1 and not self._captured(m):
                key = fold(m.key)
            else:
                pending.append((n, m))
                continue
            e = by_key.get(key)
            if e is None and m.type == "Person" and m.known is None:
                # "Ali Bongo" after "Ali Bongo Ondimba": the first words of one full name
                words = key.split()
                fuller = {pe.index: pe for _, pe in persons
                          if fold(pe.name).split()[: len(words)] == words}
                if len(fuller) == 1:
                    e = next(iter(fuller.values()))
                    by_key[key] = e
            if e is None:
                e = self._new(m, m.key, m.type)
                by_key[key] = e
                if m.type == "Person":
                    persons.append((_name_words(m.key), e))
            self._join(e, n)
        defined = self._acronym_definitions()
        tallies = self._type_votes(pending)
        votes = {k: max(t, key=lambda x: t[x]) for k, t in tallies.items() if t}
        # names weighed a place against a person's label: no stray "he" makes them people
        self._place_voted = {k for k, t in tallies.items()
                             if votes.get(k) == "Place" and t.get("Person", 0.0) > 0.0}
        for n, m in sorted(pending, key=lambda nm: nm[0]):
            folded = fold(m.key)
            toks = set(folded.split())
            e = by_key.get(folded)
            if e is None and n in defined and self.mentions[defined[n]].entity is not None:
                e = self.entities[self.mentions[defined[n]].entity or 0]
                # "the Constitutional Court (CCR) … the CCR upheld": the acronym, as defined
                by_key[folded] = e
            if e is None:
                e = self._by_acronym(m.text)
            if e is None and (e := self._nicknamed(m)) is not None:
                by_key[folded] = e
            if e is None and _acronym(m.text) and len(m.text) >= 3:
                # "MBS", "AMLO": a person called by the initials of their name
                initials = [pe for _, pe in persons
                            if "".join(w[0] for w in pe.name.split()).upper() == m.text]
                e = initials[0] if len({pe.index for pe in initials}) == 1 else None
            if e is None and len(toks) == 1 and m.text[:1].isupper():
                # "the Fund's managing director" after the International Monetary Fund
                bodies = {id(b): b for b in by_key.values() if b.type in (
                    "Organization", "Group") and fold(b.name).split()[1:][-1:] == [folded]}
                if len(bodies) == 1:
                    e = next(iter(bodies.values()))
            if e is None:
                # "King Salman" is not Mohammed bin Salman: a father's name is no short name
                cands = [pe for words, pe in persons if toks and toks <= words
                         and not (len(toks) == 1 and toks <= patronyms(pe.name))]
                if len(cands) == 1 or (cands and len({c.index for c in cands}) == 1):
                    e = cands[0]
                elif cands:
                    e = self._closest(n, cands)
            if e is None:
                e = self._new(m, m.key, self._name_type(m, votes.get(folded)))
                by_key[folded] = e
                if e.type == "Person":
                    persons.append((toks, e))
            self._join(e, n)
        for e in self.entities:
            if e.type == "Person":
                e.name = max((a for a in e.aliases | {e.name}), key=_name_quality)
                # a given name says more than a title: "Sheikh Hasina" is a woman
                e.gender = self.res.given_names.get(e.name.split()[0]) or e.gender
                kin = self._kin(e)
                if kin is not None and e.gender is None:
                    e.gender = "f" if kin in self.female_kin else "m"  # "His wife, Sia …"

    def _nicknamed(self, m: Mention) -> Entity | None:
        """ "Mohamed Hamdan Dagalo, better known as Hemedti": the name a name is known by."""
        tok = self.doc[m.head]
        verb = tok.head.head if tok.head.lower_ == "as" else tok.head
        if not (tok.dep_ in ("pobj", "oprd", "dobj") and verb.dep_ in ("acl", "relcl")
                and verb.tag_ == "VBN" and verb.lemma_ in self.nickname_verbs
                and verb.left_edge.i > 0 and self.doc[verb.left_edge.i - 1].text in (",", "(")):
            return None
        for other in self._at_head.get(verb.head.i, []):
            if other.kind == "name" and other.entity is not None:
                return self.entities[other.entity]
        return None

    def _name_type(self, m: Mention, voted: str | None) -> str:
        """ "Independent Electoral and Boundaries Commission" is an organisation, whatever the
        recogniser said: a multiword name ending in an actor word takes that word's type."""
        words = m.key.split()
        if len(words) > 1:
            last = self.res.actor_words.get(words[-1].lower())
            if last is not None and last.type != "Person":
                return last.type
        found = voted or m.type or "Person"
        if found == "Person" and _acronym(m.text):
            return "Organization"  # "the PNH": people are not called by their initials
        if found == "Person" and not m.titles and m.start > 0 and (
            self.doc[m.start - 1].lower_ == "the" and words[0] not in self.res.given_names
        ):
            return "Organization"  # "the Third Way and the Left": people take no article
        return found

    def _captured(self, m: Mention) -> bool:
        """Whether a name is what an attack takes or hits ("took Kafr Nabudah"): a place,
        whatever the recogniser said."""
        if m.type == "Group" and m.affiliation:
            return False  # "took in two million Ukrainians": people, counted
        tok = self.doc[m.head]
        lemma = tok.head.lemma_.lower()
        particle = next((c.lower_ for c in tok.head.children if c.dep_ == "prt"), None)
        if particle is not None and f"{lemma} {particle}" in self.res.actions:
            lemma = f"{lemma} {particle}"  # "took in", not "took"
        act = self.res.actions.get(lemma)
        if tok.dep_ == "dobj" and act is not None and act.place_only:
            return True  # "toured Panmunjom", "left Kabul": only places are toured and left
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            verb = tok.head.head
            particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
            moved = self.res.actions.get(" ".join([verb.lemma_.lower(), *particles,
                                                   tok.head.lower_]))
            if particles and moved is not None and moved.place and moved.category == "ASSAULT":
                return True  # "the rebels had been closing in on Goma" (not "fired at")
        if tok.dep_ in ("pobj", "conj") and any(
            t.dep_ == "prep" and t.lower_ == "of" and t.head.lemma_ == "control"
            for t in (tok.head, tok.head.head)
        ):
            return True  # "took control of Axum and Adwa"
        if tok.dep_ == "dobj" and tok.head.lemma_ in ("lose", "cede") and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in tok.head.children
        ):
            return True  # "The army lost Goma to the M23": a town the winner took
        return bool(tok.dep_ == "dobj" and act is not None and "ASSAULT" in (
            act.category, act.on_place
        ) and (act.place or act.on_place) and tok.head.lemma_ not in self.person_targets)

    def _type_votes(self, pending: list[tuple[int, Mention]]) -> dict[str, dict[str, float]]:
        """Votes on each unknown name's type: the recogniser's labels across the post, its roles.

        The small English model often calls the same surname a person in one sentence and a
        place in the next; a person label anywhere, or acting like a person (saying,
        wanting, thinking), wins.
        """
        votes: dict[str, dict[str, float]] = {}
        for _, m in pending:
            key = fold(m.key)
            tally = votes.setdefault(key, {})
            if m.type:
                tally[m.type] = tally.get(m.type, 0.0) + (2.0 if m.type == "Person" else 1.0)
            first = m.key.split()[0] if m.key else ""
            if len(m.key.split()) > 1 and first in self.res.given_names:
                tally["Person"] = tally.get("Person", 0.0) + 2.5  # "Gustavo Petro"
            tok = self.doc[m.head]
            if tok.dep_ == "nsubj" and tok.head.lemma_ in self.person_verbs:
                tally["Person"] = tally.get("Person", 0.0) + 1.5
            governor = tok.head.head if tok.dep_ == "pobj" else tok.head
            if tok.dep_ == "pobj" and tok.head.lower_ != "of":
                governor = tok  # "met Putin in Geneva": the setting is no person
            if tok.dep_ in ("dobj", "pobj", "nsubjpass") and governor.lemma_ in self.person_targets:
                tally["Person"] = tally.get("Person", 0.0) + 1.5  # "the killing of Khashoggi"
            if self._captured(m):
                tally["Place"] = tally.get("Place", 0.0) + 2.5  # "took Kafr Nabudah"
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.place_verbs and (
                tok.tag_ == "NNP" and not any(c.dep_ == "prep" for c in tok.head.children)
            ):  # ("Shells fell on Gisenyi": things fall on places)
                tally["Place"] = tally.get("Place", 0.0) + 2.5  # "the week Goma fell"
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                tok.head.head.lemma_.lower() in self.named_place_nouns
            ):
                tally["Place"] = tally.get("Place", 0.0) + 3.0  # "the town of Cabaret"
            if tok.tag_ in ("NNP", "NNPS") and any(
                c.dep_ == "poss" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"
                for c in tok.children
            ):
                # "Albert Rivera's Ciudadanos", "Sánchez's Socialists": a person's party
                tally["Organization"] = tally.get("Organization", 0.0) + 3.0
            if any(c.dep_ == "appos" and c.lemma_.lower() in self.named_place_nouns
                   for c in tok.children):
                tally["Place"] = tally.get("Place", 0.0) + 3.0  # "Pauktaw, a river town"
            named = tok.head if tok.dep_ in ("compound", "nmod") else (
                tok.head.head if tok.dep_ == "conj" and tok.head.dep_ in ("compound", "nmod")
                else None)
            if named is not None and named.lemma_.lower() in self.named_place_nouns:
                tally["Place"] = tally.get("Place", 0.0) + 3.0  # "the Torkham and Chaman crossings"
            prep = tok.head.lower_ if tok.dep_ == "pobj" else ""
            if m.type != "Group" and (prep in self.place_preps or (
                prep in ("to", "into") and tok.head.head.lemma_.lower() in self.motion_verbs
            )):
                tally["Place"] = tally.get("Place", 0.0) + 3.0  # "flew to Nakhchivan"
            for sib in tok.conjuncts:
                other = next(iter(self._at_head.get(sib.i, [])), None)
                if other is not None and other.type:
                    tally[other.type] = tally.get(other.type, 0.0) + 1.0
        return votes

    def _acronym_definitions(self) -> dict[int, int]:
        """"Revolutionary Armed Forces of Colombia (FARC)": the acronym's mention → the name's."""
        out: dict[int, int] = {}
        doc = self.doc
        for n, m in enumerate(self.mentions):
            if m.kind != "name" or n == 0 or m.start < 2 or doc[m.start - 1].text != "(":
                continue
            prev = self.mentions[n - 1]
            if prev.kind == "name" and prev.end == m.start - 1:
                out[n] = n - 1
        return out

    def _by_acronym(self, text: str) -> Entity | None:
        letters = re.sub(r"[.\s]", "", text)
        if not (2 <= len(letters) <= 7 and letters.isupper()):
            return None
        for e in self.entities:
            if e.type in ("Organization", "Group", "Country"):
                for name in (e.name, *e.aliases):
                    words = [w for w in name.split() if w.lower() not in self.acronym_stop]
                    initials = "".join(w[0] for w in words)
                    if initials.upper() == letters and len(name.split()) > 1:
                        return e
        return None

    def _closest(self, n: int, cands: list[Entity]) -> Entity:
        """Of several people a short name fits, the last named before it (but not a
        relative named in passing: "Koroma … His wife, Sia Nyama Koroma, … Koroma")."""
        def distance(e: Entity) -> tuple[bool, int]:
            before = [i for i in e.mentions if i < n]
            kin = self._kin(e) is not None
            return kin, n - max(before) if before else 10_000 + min(e.mentions) - n
        return min(cands, key=distance)

    def _kin(self, e: Entity) -> str | None:
        """The family relation a person is introduced by: "His wife, Sia Nyama Koroma"."""
        if not e.mentions:
            return None
        first = self.doc[self.mentions[min(e.mentions)].head]
        word = first.head.lemma_.lower()
        return word if first.dep_ == "appos" and word in self.kin_words else None

    # -- noun phrases -----------------------------------------------------------------------

    def _nominal(self, n: int, m: Mention, by_head: dict[int, int]) -> None:
        anchor = self._anchor(m, by_head)
        if m.plural and anchor is not None and anchor.kind == "name" and anchor.entity is not None:
            # "the foreign ministers of Congo and Rwanda, Wagner and Nduhungirehe": the two
            listed = self.doc[anchor.head]
            members = [by_head[t.i] for t in (listed, *listed.conjuncts)
                       if t.i in by_head and self.mentions[by_head[t.i]].entity is not None]
            if len(members) >= 2:
                for j in members:
                    e = self.entities[self.mentions[j].entity or 0]
                    if m.type == "Person" and e.known is None and e.capital_of is None:
                        e.type = "Person"  # what the recogniser called "Thérèse … Wagner"
                        e.add_title(m.head_lemma)  # "… the two ministers were taken"
                m.group, m.entity = members, anchor.entity
                return
        if anchor is not None and anchor.entity is not None:
            e = self.entities[anchor.entity]
            if m.type == "Person" and e.type != "Person" and e.known is None and (
                e.capital_of is None and not m.plural  # ("soldiers of the LDF": its people)
            ):
                e.type = "Person"  # "president Gustavo Petro": a title's name is a person's
            elif m.type in ("Group", "Organization") and e.type == "Person" and (
                e.known is None and not e.titles and anchor.kind == "name"
                and anchor.key.split()[0] not in self.res.given_names
            ):
                e.type = m.type  # "Jaish al-Adl, a Sunni militant group": not a person
            if (m.type == "Person") == (e.type == "Person"):
                if m.type == "Person" and m.head_lemma != "counterpart":
                    e.add_title(m.head_lemma)
                self._join(e, n)
                return
        holder = self._holder(m) if m.affiliation is None else None
        if holder is not None:
            # "Burundi has some ten thousand soldiers in South Kivu": Burundi's soldiers
            adj = self.res.demonym_of.get(holder.name, holder.name)
            m.affiliation, m.generic = holder.name, False
            m.key = fold(f"{holder.name} {m.head_text or m.head_lemma}")
            m.text = f"{adj} {m.text}"
        if m.head_lemma == "counterpart" and m.possessor is not None and m.affiliation:
            owner = self._owner(m.possessor)
            if owner is not None and owner.type == "Person" and owner.titles and (
                owner.affiliation != m.affiliation
            ):
                # "Sommerfeld, Ecuador's foreign minister, … her Peruvian counterpart": Peru's
                # foreign minister
                adj = self.res.demonym_of.get(m.affiliation, m.affiliation)
                title = next((x.head_text for k in reversed(owner.mentions)
                              if (x := self.mentions[k]).kind == "nominal" and x.head_text
                              and x.head_text.split()[-1] == owner.titles[-1].lower()),
                             owner.titles[-1].lower())
                m.text, m.head_text = f"{adj} {title}", title
                m.key, m.head_lemma = fold(f"{m.affiliation} {title}"), title
                m.type, m.generic, m.possessor = "Person", False, None
            elif owner is not None and owner.head_lemma:
                # "its Turkish counterpart": the same body, of another country
                adj = m.text.rsplit(" ", 1)[0]
                m.text = f"{adj} {owner.head_text}"
                m.key, m.head_lemma = fold(f"{m.affiliation} {owner.head_lemma}"), owner.head_lemma
                m.type, m.generic = owner.type, False
                m.possessor = None
        if m.affiliation and m.affiliation.islower() and m.affiliation in self.res.descriptions:
            owner_e = self._described_owner(n, m)
            if owner_e is not None:
                # "the country's army" after "Russia invaded": the Russian army
                name = owner_e.capital_of.name if owner_e.capital_of else owner_e.name
                adj = self.res.demonym_of.get(name, name)
                m.affiliation, m.key = name, fold(f"{name} {m.head_lemma}")
                m.text, m.generic = f"{adj} {m.head_text or m.head_lemma}", False
        if m.possessor is not None and m.affiliation is None:
            owner = self._owner(m.possessor)
            if owner is not None and owner.type == "Person" and (
                m.head_lemma in self.leader_bodies and owner.affiliation in self.res.known
            ):
                self._leader_body(n, m)  # "her government": the country she leads
                return
            if owner is not None and m.plural and self.doc[m.head].lower_ in self.armed_forces and (
                owner.head_lemma in self.armed_forces or self.antecedents.state_force(owner.name)
            ):
                self._join(owner, n)  # "The army denies it … says its soldiers were there"
                return
            if owner is not None:
                name = owner.capital_of.name if owner.capital_of else owner.name
                if owner.head_lemma and owner.affiliation:
                    name = owner.affiliation  # "Iranian officials … their government"
                elif owner.type == "Person" and owner.affiliation in self.res.known and (
                    self.res.actor_words.get(m.head_lemma) is not None
                    and self.res.actor_words[m.head_lemma].role in _STATE_ROLES
                ):
                    name = owner.affiliation or name  # "Boluarte … her interior minister"
                m.affiliation = name
                m.generic = False
                # "her interior minister" and "her defence minister" are two people
                m.key = fold(f"{name} {m.head_text or m.head_lemma}")
                adj = self.res.demonym_of.get(name, name)
                m.text = f"{adj} {m.text}"
        word = self.res.actor_words.get(m.head_lemma)
        known = self.res.known.get(m.affiliation or "")
        # "the Saudi government", "Russian missiles": a state's; "the Taliban movement": a group's
        state = word is not None and word.role in ("GOV", "MIL")
        kinds = ("Country",) if state else ("Group", "Organization")
        if word is not None and word.owner and known is not None and known.type in kinds:
            # "the Saudi government", "Kenyan authorities", "the Taliban movement": the owner.
            self._join(self._known_entity(known, m), n)
            return
        if m.plural and m.head_lemma in self.spokesbodies and m.affiliation and (
            known is None or known.type != "Country"
        ):
            # "sat down with the leaders of the BNP and Jamaat": with the parties
            self._join(self._entity_named(m.affiliation, m), n)
            return
        if m.generic:
            head = self.doc[m.head]
            definite = m.kind == "description" or any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children
            ) or (  # "the foreign ministry" as much as "the ministry"
                # and "On Thursday parliament elected Aoun": a body with no article at all
                head.tag_ == "NN" and word is not None and word.role in ("LEG", "GOV")
                and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)
            )
            named = self._named_before(n, m) if definite and (
                not m.plural or m.head_lemma in self.plural_only
            ) else None
            if named is not None:
                self._join(named, n)  # "the Sierra Leone Police … the police said"
                return
            prior = self._same_head(n, m)
            if prior is not None and not (prior.generic and definite):
                self._join(prior, n)
                return
            ahead = self._named_ahead(n, m) if definite else None
            if ahead is not None:
                self._join(ahead, n)  # "when the police fired …, the Mozambique Republic
                return  # Police (PRM) and its Rapid Intervention Unit have killed …"
            unknown = any(c.dep_ in ("amod", "compound", "nmod") and c.i < head.i
                          and c.ent_type_ == "NORP" for c in head.children)
            if definite and word is not None and word.role in _STATE_ROLES and not unknown:
                # (but "the three Baltic foreign ministers" say whose they are, if not to kg)
                country = self._commander_country(m) or self._topic_country(n, m) or (
                    self._post_country(m) if not any(
                        c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children
                    ) else None)
                if country is not None:
                    # "the army sacked…", "the new government" in a post about Bangladesh
                    if word.owner:
                        self._join(self._known_entity(country, m), n)
                        return
                    m.affiliation, m.generic = country.name, False
                    m.key = fold(f"{country.name} {m.head_lemma}")
                    m.text = f"{self.res.demonym_of.get(country.name, country.name)} {m.text}"
        for e in self.entities:
            if (e.key and e.key == m.key) or (e.head_lemma and fold(e.name) == fold(m.text)):
                self._join(e, n)
                return
        holder = self._office_holder(n, m) if not m.plural else None
        if holder is not None:
            self._join(holder, n)  # "the Kenyan leader" after "Kenya's president, William Ruto"
            return
        e = self._new(m, m.text, m.type)
        e.head_lemma, e.generic, e.affiliation = m.head_lemma, m.generic, m.affiliation
        e.head_text = m.head_text
        e.name, e.key = m.text, m.key
        self._join(e, n)

    def _visit(self, n: int, m: Mention) -> Entity | None:
        """Who "his host" or "the guest" is: the one who welcomed, received or hosted him
        (or the country he flew to), and the one welcomed, in the sentences before."""
        host = m.head_lemma == "host"
        guest = self._owner(m.possessor) if host and m.possessor is not None else None
        if host and guest is None:
            return None
        tok = self.doc[m.head]
        if self._sent_starts is None:
            self._sent_starts = [s.start for s in self.doc.sents]
        first = self._sent_starts[max(0, bisect_right(self._sent_starts, tok.i) - 9)]
        for verb in reversed(self.doc[first : tok.i]):
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or lemma not in self.visit_verbs:
                continue
            kids = list(verb.children)
            doers = [c.i for c in kids if c.dep_ == "nsubj"] + [
                g.i for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            done = [c.i for c in kids if c.dep_ in ("dobj", "nsubjpass")]
            if lemma in self.hosting_verbs:
                hosts = [e for i in doers if (e := self._owner(i)) is not None]
                guests = [e for i in done if (e := self._owner(i)) is not None]
            else:  # "flew to Beijing … his hosts": the country visited
                guests = [e for i in doers if (e := self._owner(i)) is not None]
                hosts = [self._known_entity(c, m) for p in kids if p.dep_ == "prep"
                         and p.lower_ in ("to", "in", "into") for g in p.children
                         if g.dep_ == "pobj" and (e := self._owner(g.i)) is not None
                         and (c := e.capital_of or (e.known if e.type == "Country" else None))]
            if host and guest in guests and hosts:
                return hosts[0]
            if not host and guests and hosts:
                return guests[0]
        return None

    def _holder(self, m: Mention) -> Entity | None:
        """The country that has the forces a bare "soldiers" or "troops" names: "Burundi has
        some ten thousand soldiers in South Kivu", "Turkey keeps troops in Qatar"."""
        tok = self.doc[m.head]
        if not m.plural or tok.lower_ not in self.armed_forces or tok.dep_ != "dobj" or (
            tok.head.lemma_ not in ("have", "keep", "station", "maintain")
        ):
            return None
        for c in tok.head.children:
            if c.dep_ == "nsubj":
                owner = self._owner(c.i)
                if owner is None:
                    continue
                known = owner.capital_of or owner.known
                if known is not None and known.type == "Country":
                    # "Kinshasa has troops in…": the country, not its capital
                    return self._known_entity(known, m) if owner.capital_of else owner
        return None

    def _topic_country(self, n: int, m: Mention) -> KnownActor | None:
        """The country a bare "the government" or "the army" most likely belongs to: the one
        the last few sentences talk about most, not one acting on it in the same clause."""
        excluded = self.antecedents.coarguments(m.head)
        tok = self.doc[m.head]
        # "In Beijing, the foreign ministry asked…": where it acts is not acted on
        excluded -= self.antecedents.entities_at({g.i for c in tok.head.children
                                       if c.dep_ == "prep" and c.lower_ in ("in", "at")
                                       for g in c.children if g.dep_ == "pobj"})
        excluded |= self._their_countries(excluded)
        # "Beijing … asked Washington": a capital acted on excludes its country too
        barred = {c.name for k in excluded
                  if (c := self.entities[k].capital_of or self.entities[k].known) is not None}
        scores: dict[str, float] = {}
        found: dict[str, KnownActor] = {}
        section = max((h for h in self._headings() if h <= m.sent), default=-1)
        opened = {head for head, _ in self._opened_on(tok)}
        # "called on Yameen, the army and the police": the country of the one named with it
        for sibling in tok.conjuncts:
            for named in self._at_head.get(sibling.i, []):
                e = self.entities[named.entity] if named.entity is not None else None
                own = None if e is None else (e.capital_of or (
                    e.known if e.type == "Country" else self.res.known.get(e.affiliation or "")))
                if own is not None and own.type == "Country" and own.name not in barred:
                    scores[own.name] = scores.get(own.name, 0.0) + 3.0
                    found[own.name] = own
        for k, prev in enumerate(self.mentions):
            if prev.entity is None or prev.entity in excluded:
                continue
            if k > n and prev.sent != m.sent:
                break
            e = self.entities[prev.entity]
            known = e.capital_of or (e.known if e.type == "Country" else None)
            share = 1.0
            if known is None and e.type == "Group" and prev.kind == "name" and e.affiliation:
                people = self.res.known.get(e.affiliation)  # "thousands of young Kenyans"
                known = people if people is not None and people.type == "Country" else None
            if known is None and prev.kind == "name" and e.known is None:
                # "the Myanmar National Democratic Alliance Army" is at least Myanmar's story
                known, share = self.antecedents.named_country(e.name), 0.5
            if known is None or known.name in barred:
                continue
            if k > n and not self._somewhere(prev.head):
                continue  # "the talks between the army and the RSF, which the US hosted"
            if prev.sent == section or prev.head in opened:
                weight = 3.0  # the heading of the section, or its opening words, say where
            elif k > n:
                weight = 0.5  # "the army … in the streets of Khartoum"
            else:
                # a roundup moves on: what the post said long ago, or in an earlier
                # paragraph, counts for little
                weight = 1.0 if m.sent - prev.sent <= 3 else (
                    0.2 if m.sent - prev.sent <= 12 else 0.0)
                if weight == 1.0 and self._paragraph_start(self.doc[prev.head].idx) != (
                    self._paragraph_start(tok.idx)
                ):
                    weight = 0.2
            ptok = self.doc[prev.head]
            if ptok.dep_ == "pobj" and ptok.head.lower_ in ("to", "into") and (
                ptok.head.head.lemma_.lower() in self.motion_verbs
            ):
                weight *= 0.5  # "Thabane fled to South Africa. The army…": not its army
            scores[known.name] = scores.get(known.name, 0.0) + weight * share
            found[known.name] = known
        if not scores:
            return None
        ranked = sorted(scores.values(), reverse=True)
        best = max(scores, key=lambda name: scores[name])
        # only a clear favourite: a guess between two countries is worse than no actor
        clear = len(ranked) == 1 or ranked[0] >= 2 * ranked[1]
        return found[best] if scores[best] >= 1.0 and clear else None

    def _post_country(self, m: Mention) -> KnownActor | None:
        """The country a whole post is about, when one dominates it: "the army" in a piece on
        Sudan that names Sudan less often than its generals."""
        best = self._dominant_country()
        if best is None or any(
            self.entities[k].name == best.name for k in self.antecedents.coarguments(m.head)
        ):
            return None  # "the army … fought Sudan": not Sudan's own
        return best

    def _dominant_country(self, *, half: bool = True) -> KnownActor | None:
        """The country most named in the post (by name, capital or demonym), if at least five
        times and either three times the next and half of all country mentions or (without
        ``half``) twice the next."""
        if self._dominant is None:
            self._dominant = self._country_counts()
        counts, found = self._dominant
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < 5 or (half and ranked[0] * 2 < sum(ranked)) or (
            len(ranked) > 1 and ranked[0] < (3 if half else 2) * ranked[1]
        ):
            return None
        return found[max(counts, key=lambda name: counts[name])]

    def _country_counts(self) -> tuple[dict[str, int], dict[str, KnownActor]]:
        """How often the post names each country (mentions resolved so far)."""
        counts: dict[str, int] = {}
        found: dict[str, KnownActor] = {}
        for prev in self.mentions:
            if prev.entity is None or prev.kind not in ("name", "nominal"):
                continue
            e = self.entities[prev.entity]
            known = e.capital_of or (e.known if e.type == "Country" else None)
            if known is None and prev.kind == "nominal" and prev.affiliation:
                own = self.res.known.get(prev.affiliation)  # "Sudanese officials"
                known = own if own is not None and own.type == "Country" else None
            if known is not None:
                counts[known.name] = counts.get(known.name, 0) + 1
                found[known.name] = known
        return counts, found

    def _named_ahead(self, n: int, m: Mention) -> Entity | None:
        """A body its own sentence names later, by a name ending in the description's word:
        "the police" before "the Mozambique Republic Police"."""
        for prev in self.mentions[n + 1 :]:
            if prev.sent != m.sent:
                break
            if prev.kind == "name" and prev.entity is not None and (
                fold(prev.text).split()[-1:] == [fold(m.head_text or m.head_lemma)]
            ):
                return self.entities[prev.entity]
        return None

    def _named_before(self, n: int, m: Mention) -> Entity | None:
        """A body named earlier in the passage by a name ending in the description's word:
        "the Zimbabwe Republic Police" before "the police"."""
        word = fold(m.head_text or m.head_lemma)
        forces = m.head_lemma in self.armed_forces
        tok = self.doc[m.head]
        for prev in reversed(self.mentions[:n]):
            if m.sent - prev.sent > 40:
                break
            if prev.kind != "name" or prev.entity is None:
                continue
            e = self.entities[prev.entity]
            if forces:
                # "the Republic of Sierra Leone Armed Forces … the army" (but not "the Arakan
                # Army … the army": a state's army, not the rebels')
                if self.antecedents.state_force(e.name) is None:
                    continue
            elif e.type == "Person" or not any(
                a.split()[-1:] and a.split()[-1][:1].isupper() and fold(a).split()[-1:] == [word]
                for a in (e.name, *e.aliases)
            ):
                continue
            return None if self._new_story(self.doc[prev.head], tok, e) else e
        return None

    def _commander_country(self, m: Mention) -> KnownActor | None:
        """The country of a state's leader who orders or sends "the army": "Colombian
        President Gustavo Petro ordered the army to reinforce the border"."""
        tok = self.doc[m.head]
        if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in self.commanding_verbs:
            return None
        verb = tok.head
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "declared a conflict and ordered the armed forces to…"
        for subj in verb.children:
            if subj.dep_ == "nsubj":
                owner = self._owner(subj.i)
                known = self.res.known.get(owner.affiliation or "") if owner else None
                if owner is not None and owner.type == "Person" and known is not None and (
                    known.type == "Country"
                ):
                    return known
        return None

    def _somewhere(self, i: int) -> bool:
        """Whether a name says where something is: "in the streets of Khartoum"."""
        tok = self.doc[i]
        for _ in range(6):
            if tok.dep_ not in ("pobj", "compound", "conj", "appos"):
                return False
            tok = tok.head
            if tok.dep_ == "prep" and tok.lower_ in self.place_preps:
                return True
            if tok.dep_ == "prep" and tok.lower_ == "of":
                tok = tok.head  # "the streets of Khartoum"
        return False

    def _their_countries(self, actors: set[int]) -> set[int]:
        """The countries (and their capitals) of these actors: "Modi urged the new
        government" means no Indian government."""
        names = {aff for k in actors if (aff := self.entities[k].affiliation)}
        # "which the junta thanked New Delhi for": not India's junta
        names |= {c.name for k in actors if (c := self.entities[k].capital_of) is not None}
        # (only countries: "Radoičić … resigned from the party" left his own party)
        return {e.index for e in self.entities if (
            e.name in names and e.type == "Country"
        ) or (e.capital_of is not None and e.capital_of.name in names)}

    def _new_story(self, before: Token, tok: Token, e: Entity) -> bool:
        """Whether ``tok`` is in a later paragraph than ``before`` that opens on another
        country than ``e``'s: a roundup's next item."""
        own = e.capital_of or e.known or self.res.known.get(e.affiliation or "")
        if any(country is not own for country in self._headed_between(before, tok)):
            return True  # "Phnom Penh: ASEAN loses patience" heads the next item
        start = self._paragraph_start(tok.idx)
        if start < before.idx:
            return False
        return any(country is not own for _, country in self._opened_on(tok))

    def _headed_between(self, before: Token, tok: Token) -> list[KnownActor]:
        """The countries (or their capitals) named by the headings between two tokens."""
        if self._sent_starts is None:
            self._sent_starts = [s.start for s in self.doc.sents]
        first = bisect_right(self._sent_starts, before.i)
        last = bisect_right(self._sent_starts, tok.i) - 1
        return [country for h in self._headings() if first <= h <= last
                for country in self._heading_countries(h)]

    def _heading_countries(self, h: int) -> list[KnownActor]:
        """The countries (or their capitals) a heading sentence names (its names are
        resolved before any description after it, so once is enough)."""
        cached = self._heading_cache.get(h)
        if cached is not None:
            return cached
        found: list[KnownActor] = []
        self._heading_cache[h] = found
        for m in self.mentions:
            if m.sent == h and m.entity is not None:
                other = self.entities[m.entity]
                country = other.capital_of or (other.known if other.type == "Country" else None)
                if country is not None:
                    found.append(country)
        return found

    def _paragraph_start(self, idx: int) -> int:
        """Where the paragraph holding character ``idx`` starts (-1 for the first)."""
        starts = self._paragraph_starts
        k = bisect_right(starts, idx) - 1
        return starts[k] if k >= 0 else -1

    def _opened_on(self, tok: Token) -> list[tuple[int, KnownActor]]:
        """The countries the paragraph of ``tok`` opens on, with their mentions: "Damascus
        next.", "A quick one from Mozambique: …", "In Kenya, …" (not one named along the way,
        "… from her exile in Vilnius", nor a subject carrying the story on, "Washington
        wants Ottawa to…")."""
        start = self._paragraph_start(tok.idx)
        cached = self._openers.get(start)
        if cached is not None:
            return cached
        found: list[tuple[int, KnownActor]] = []
        self._openers[start] = found
        opener = self.doc.char_span(max(start + 2, 0), tok.idx + 1, alignment_mode="expand")
        if opener is None or not len(opener):
            return found
        first = opener[0].sent
        verb = first.root.pos_ in ("VERB", "AUX")
        lead = first[: first.root.i - first.start] if verb else first
        for t in lead:
            if t.dep_ in _SUBJECT_DEPS:
                continue
            for m in self._at_head.get(t.i, []):
                if m.entity is None:
                    continue
                other = self.entities[m.entity]
                country = other.capital_of or (other.known if other.type == "Country" else None)
                if country is not None:
                    found.append((m.head, country))
        return found

    def _described_owner(self, n: int, m: Mention) -> Entity | None:
        """The actor "the country" means in "the country's army": the last one of its type."""
        word = m.affiliation.split()[-1].lower() if m.affiliation else ""
        types = self.res.descriptions.get(word)
        if not types or not types <= {"Country", "Place"}:
            return None  # "the party's youth wing", "the junta's drones" keep their words
        best: tuple[float, Entity | None] = (0.0, None)
        for k in range(n - 1, -1, -1):
            prev = self.mentions[k]
            if m.sent - prev.sent > 4:
                break
            if prev.entity is None or prev.kind == "pronoun":
                continue
            e = self.entities[prev.entity]
            etype = e.capital_of.type if e.capital_of else e.type
            if etype in types and not e.generic:
                # like a pronoun's: the nearer and the subject first
                score = 5.0 - (m.sent - prev.sent)
                score += 1.5 if self.doc[prev.head].dep_ in _SUBJECT_DEPS else 0.0
                if score > best[0]:
                    best = (score, e)
        return best[1]

    def _office_holder(self, n: int, m: Mention) -> Entity | None:
        """The person a definite "the Kenyan leader", "the Russian president" means: the one
        the last few sentences named as holding an office of that country."""
        word = self.res.actor_words.get(m.head_lemma)
        tok = self.doc[m.head]
        if m.type != "Person" or not m.affiliation or m.possessor is not None or word is None or (
            word.type != "Person" or word.role not in ("GOV", "MIL")
        ) or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        for k in range(n - 1, -1, -1):
            prev = self.mentions[k]
            if m.sent - prev.sent > 6:
                break
            if prev.entity is None or prev.kind != "name":
                continue
            e = self.entities[prev.entity]
            if e.type == "Person" and e.affiliation == m.affiliation and e.titles and (
                m.head_lemma in self.any_office
                or any(t.lower().split()[-1] == m.head_lemma.split()[-1] for t in e.titles)
            ):
                return e
        return None

    def _headings(self) -> list[int]:
        """The sentences that are headings: a short line without closing punctuation."""
        if self._heading_sents is None:
            self._heading_sents = [
                i for i, sent in enumerate(self.doc.sents)
                if len(sent) <= 12 and sent.text.strip().rstrip(")]")
                # "Phnom Penh: ASEAN loses patience (a bit)" but not "(Often.)"
                and sent.text.strip().rstrip(")]")[-1] not in ".!?:;,\"”’"
                and "\n" in sent[-1].text + sent[-1].whitespace_
            ]
        return self._heading_sents

    def _leader_body(self, n: int, m: Mention) -> None:
        """"Lukashenko's government" is Belarus when the post calls him its president, and
        Lukashenko when it does not say."""
        leader = self._owner(m.possessor or 0)
        if leader is None:
            return
        known = self.res.known.get(leader.affiliation or "")
        if leader.type == "Person" and known is not None and known.type == "Country":
            self._join(self._known_entity(known, m), n)
        else:
            self._join(leader, n)

    def _entity_named(self, name: str, m: Mention) -> Entity:
        """The post's actor called ``name``, made from the gazetteer when not yet seen."""
        for e in self.entities:
            if e.name == name or e.key == fold(name):
                return e
        known = self.res.known.get(name)
        if known is not None:
            return self._known_entity(known, m)
        e = Entity(len(self.entities), name, "Organization", key=fold(name))
        self.entities.append(e)
        return e

    def _predicated(self, m: Mention, by_head: dict[int, int]) -> int | None:
        """The named subject a predicate noun with a relative clause describes: "400 Mawozo
        is the gang that kidnapped…", "Hlophe is the judge who was impeached…"."""
        tok = self.doc[m.head]
        verb = tok.head
        if tok.dep_ == "attr" and verb.lemma_ == "be" and verb.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in verb.children
        ) and verb.head.i in by_head and not any(c.dep_ == "neg" for c in verb.children):
            # "Dina Boluarte, who was Castillo's vice-president": she
            named = self.mentions[by_head[verb.head.i]]
            if named.kind == "name" and named.entity is not None and (
                self.entities[named.entity].type == m.type == "Person"
            ):
                return named.entity
        if tok.dep_ not in ("attr", "nsubj") or verb.lemma_ != "be" or not any(
            c.dep_ == "relcl" for c in tok.children
        ) or any(c.dep_ == "neg" for c in verb.children):
            return None
        # ("The man the officers chose is General Oligui Nguema": the name, the other way round)
        other = "nsubj" if tok.dep_ == "attr" else "attr"
        for c in tok.head.children:
            if c.dep_ == other and c.i in by_head:
                subj = self.mentions[by_head[c.i]]
                if subj.kind != "name" or subj.entity is None:
                    return None
                e = self.entities[subj.entity]
                if (e.type == "Person") != (m.type == "Person"):
                    if e.known is not None:
                        return None
                    e.type = m.type  # "Jaish al-Adl is a militant group": the post says so
                return e.index
        return None

    def _anchor(self, m: Mention, by_head: dict[int, int]) -> Mention | None:
        """The name an apposition describes: "Blinken, Biden's secretary", "his counterpart,
        Wang Yi" (also when the parser lost the apposition and the name just follows)."""
        doc = self.doc
        head = doc[m.head]
        if head.dep_ == "appos" and head.head.i in by_head:
            return self.mentions[by_head[head.head.i]]
        for child in head.children:
            if child.dep_ in ("appos", "compound") and child.i > head.i and child.i in by_head:
                cand = self.mentions[by_head[child.i]]
                if cand.kind == "name":
                    return cand
            if child.dep_ in ("acl", "relcl") and child.lemma_ in ("name", "call") and (
                child.dep_ == "acl" or not any(g.dep_ == "dobj" for g in child.children)
            ):
                # "a Kurdish businessman named Peshraw Dizayee", "the militias everyone
                # calls Wazalendo"
                for g in child.children:
                    if g.dep_ in ("oprd", "dobj", "attr", "xcomp") and g.i in by_head:
                        cand = self.mentions[by_head[g.i]]
                        if cand.kind == "name":
                            return cand
        if m.type == "Person" and head.dep_ == "attr" and head.head.lemma_ in ("be", "become"):
            # "William Ruto became the first African leader to…": the subject, described
            for subj in head.head.children:
                if subj.dep_ == "nsubj" and subj.i in by_head:
                    cand = self.mentions[by_head[subj.i]]
                    if cand.kind == "name" and cand.type in ("Person", ""):
                        return cand
        if m.type == "Person":
            # "the governor of the Federal District, Ibaneis Rocha": the parser hangs the
            # apposition on the owner rather than on the title.
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "at", "to"):
                    continue
                for pobj in prep.children:
                    for child in pobj.children:
                        if child.dep_ == "appos" and child.i in by_head:
                            cand = self.mentions[by_head[child.i]]
                            if cand.kind == "name" and cand.type in ("Person", ""):
                                return cand
        nxt = m.end
        if m.type == "Person" and nxt + 1 < len(doc) and doc[nxt].text == ",":
            for cand in self.mentions:
                if cand.kind == "name" and cand.start == nxt + 1 and cand.type == "Person":
                    return cand
        return None

    def _known_entity(self, actor: KnownActor, m: Mention) -> Entity:
        for e in self.entities:
            if e.known is actor and e.capital_of is None:
                return e
        e = Entity(len(self.entities), actor.name, actor.type, known=actor)
        self.entities.append(e)
        return e

    def _owner(self, tok_i: int) -> Entity | None:
        for m in self._at_head.get(tok_i, []):
            if m.entity is not None:
                return self.entities[m.entity]
        return None

    def _same_head(self, n: int, m: Mention) -> Entity | None:
        for k in range(n - 1, -1, -1):
            prev = self.mentions[k]
            if prev.entity is None or prev.head_lemma != m.head_lemma:
                continue
            if m.sent - prev.sent > 12:
                break
            if m.head_text != m.head_lemma and prev.head_text != m.head_text:
                continue  # "foreign forces" are not the "Afghan forces" named before
            e = self.entities[prev.entity]
            if self._new_story(self.doc[prev.head], self.doc[m.head], e):
                return None  # "Finally, Colombia. … an army raid": not the Somali army
            return e
        return None


def _own_complement(tok: Token) -> bool:
    """ "the leaders of the civic committees": a description whose "of" names a group of
    common nouns, so that it introduces its referent rather than pointing back."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.pos_ == "NOUN" and g.tag_ == "NNS" for g in c.children
        ) for c in tok.children
    )


def _name_words(key: str) -> set[str]:
    """The words a short name may take from a full one: "al-Burhan" gives "Burhan" too."""
    words = set(fold(key).split())
    for word in list(words):
        article, _, rest = word.partition("-")
        if rest and article in _NAME_ARTICLES:
            words.add(rest)
    return words


def patronyms(name: str) -> set[str]:
    """The father's names inside a name: "Mohammed bin Salman" → {"salman"}."""
    words = fold(name).split()
    return {w for k, w in enumerate(words[1:], 1) if words[k - 1] in _PATRONYMIC}


_PATRONYMIC = {"bin", "ibn", "bint", "ben"}
_NAME_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud"}




def _acronym(text: str) -> bool:
    """ "PNH", "U.S.": a name of capital letters only (people are not called by initials)."""
    letters = text.replace(".", "").replace("-", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _name_quality(name: str) -> tuple[int, int]:
    words = name.split()
    return (min(len(words), 3), len(name))
