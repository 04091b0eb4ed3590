"""ROLE triples: the offices and memberships a post gives its people (and the alliances and
sponsors its appositions name).

"German Chancellor Angela Merkel" (a title before a name) is read where mentions are found;
this module reads the rest from the parse: appositions ("Antony Blinken, Biden's secretary of
state"), "led by", "as Johnson's chief adviser", "X of the ANC", and relative clauses ("who
chairs CELAC").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.events import Event, _mention_confidence
from kg.extract.mentions import Mention, hyphenated
from kg.extract.resources import fold

if TYPE_CHECKING:
    from kg.extract.events import EventFinder


class RoleFinder:
    """Finds the ROLE events of a sentence for an :class:`EventFinder` on its current doc."""

    def __init__(self, finder: EventFinder) -> None:
        self.f = finder
        res = finder.res
        self.leading_verbs = res.words("leading_verb")
        self.not_roles = res.words("not_role")
        self.appointing_verbs = res.words("appointing_verb")
        self.relation_nouns = res.words("relation_noun")
        self.local_offices = res.words("local_office")

    def _country(self, owner: int, title: str) -> str | None:
        """The country a capital owning an office stands for ("its special envoy", 'its' =
        Ankara), unless the office is the city's own ("the mayor of Kyiv")."""
        capital = self.f._entity(owner).capital_of
        words = title.split()
        if capital is None or (words and words[-1] in self.local_offices):
            return None
        return capital.name

    def find(self, sent: Span) -> Iterator[Event]:
        """ "Antony Blinken, Biden's secretary of state": a ROLE from the person to Biden."""
        for tok in sent:
            if tok.dep_ == "acl" and tok.lemma_ == "lead" and tok.tag_ == "VBN":
                # "the RSF paramilitaries, led by Mohamed Hamdan Dagalo": he leads them
                body = self.f._mention(tok.head)
                for agent in tok.children:
                    if agent.dep_ != "agent" or body is None:
                        continue
                    for n in self.f._args([p for p in agent.children if p.dep_ == "pobj"]):
                        if self._named_person(n) and not self.f._same(n, body):
                            # "an ECOWAS delegation led by X" leads for ECOWAS
                            owner = self.f.mentions[body].affiliation
                            aff = owner if self.f.mentions[body].kind == "nominal" else None
                            yield Event(n, body, "leader", "ROLE", 0.0, False, "asserted", sent,
                                        0.75, tok.i, place_ok=False, object_name=aff)
                continue
            member = self._party_of(tok)
            if member is not None:
                yield member
                continue
            if tok.dep_ == "attr" and tok.head.lemma_ == "be" and not any(
                c.dep_ == "neg" for c in tok.head.children
            ):
                # "Luxon's foreign minister is Winston Peters", "Blinken is Biden's secretary
                # of state": the copula says what the apposition would
                for subj in (c for c in tok.head.children if c.dep_ == "nsubj"):
                    for named, office in ((tok, subj), (subj, tok)):
                        holder = self.f.at.get(named.i)
                        if holder is not None and self._named_person(holder) and (
                            self._title_word(office)
                            and office.lemma_.lower() not in self.not_roles
                        ):
                            yield from self._role(sent, holder, office)
                continue
            first = tok
            while first.dep_ == "conj" and first.head.i < first.i:
                # "resigned as president of UMNO and chairman of the BN" (with "chairman"
                # sometimes joined to UMNO)
                first = first.head
                if first.dep_ == "pobj" and first.head.lower_ == "of" and self._title_word(
                    first.head.head
                ):
                    first = first.head.head
            if first.dep_ == "pobj" and first.head.lower_ == "as" and (
                first.head.dep_ == "prep" and self._title_word(tok)
            ):
                # "is back, as Johnson's chief adviser", "took over as ECOWAS chairman"
                verb = first.head.head
                objects = [c for c in verb.children if c.dep_ == "dobj"]
                subject = False
                # "was sworn in by Shahabuddin as chief adviser"
                if self.f.arguments.is_passive(verb):
                    held = self.f._args([c for c in verb.children if c.dep_ == "nsubjpass"])
                elif objects and verb.lemma_.lower() in self.appointing_verbs:
                    # "appointed Yunus as chief adviser", "a diplomat whom Joly described as
                    # the head of India's intelligence agency": the one described holds it
                    rel = objects[0].lower_ in ("whom", "who", "that") and verb.dep_ == "relcl"
                    held = self.f._args([verb.head] if rel else objects)
                else:
                    held, _ = self.f.arguments.subjects(verb)
                    subject = True
                for n in held:
                    # ("he resigned as president of UMNO": the subject, named before)
                    if self._named_person(n) or (
                        subject and self.f.mentions[n].kind == "pronoun"
                        and not self.f._entity(n).generic and self.f._entity(n).type == "Person"
                    ):
                        yield from self._role(sent, n, tok)
                continue
            if tok.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in tok.children
            ):
                yield from self._relative_role(sent, tok)
                continue
            if tok.dep_ == "relcl":
                yield from self._led_by_relative(sent, tok)
                continue
            if tok.dep_ == "appos" and any(
                t.lemma_.lower() in self.relation_nouns for t in (tok, *(
                    c for c in tok.children if c.dep_ in ("acl", "amod")  # "a gang allied with"
                ))
            ):
                yield from self._relation(sent, tok)
                continue
            if tok.dep_ != "appos":
                lost = self._lost_apposition(tok)
                if lost is not None:
                    yield from self._role(sent, lost, tok)
                continue
            a, b = tok.head, tok
            if a.tag_ == "NNS" and b.conjuncts and self._title_word(a):
                # "the foreign ministers of Congo and Rwanda, Wagner and Nduhungirehe"
                yield from self._respective_roles(sent, a, [b, *b.conjuncts])
                continue
            pa, pb = self.f.at.get(a.i), self.f.at.get(b.i)
            pa = pa if pa is not None and self.f.mentions[pa].entity is not None else None
            pb = pb if pb is not None and self.f.mentions[pb].entity is not None else None
            person, title_tok = None, None
            if self._named_person(pa):
                person, title_tok = pa, b
            elif self._named_person(pb):
                person, title_tok = pb, a
            elif (lost_holder := self._lost_apposition(b)) is not None:
                person, title_tok = lost_holder, b
            if person is None or title_tok is None:
                continue
            listed = any(c.dep_ in ("conj", "cc") for c in b.children) or any(
                c.dep_ == "conj" and c.i > b.i for c in a.children)
            if title_tok is b and listed and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in b.children
            ):
                continue  # "dismissed Puigdemont, his deputy and the cabinet": a list of three
            if title_tok.lower_ == "one":
                # "Yasir al-Atta, one of Burhan's deputies": the title is what he is one of
                title_tok = next((g for prep in title_tok.children if prep.lower_ == "of"
                                  for g in prep.children if g.dep_ == "pobj"), title_tok)
            if title_tok.pos_ not in ("NOUN", "PROPN") and (
                title_tok.pos_ != "ADJ" or not self._title_word(title_tok)  # "secretary-general"
            ):
                continue
            if (title_tok is a and a.dep_ == "pobj" and a.head.lower_ in ("of", "for")
                    and a.head.head.pos_ == "NOUN" and self._title_word(a.head.head)):
                # "the governor of the Federal District, Ibaneis Rocha": the parser hangs the
                # name on the owner; the title is the noun the owner belongs to.
                title_tok = a.head.head
            if title_tok.lemma_.lower() == "counterpart":
                yield from self._counterpart(sent, person, title_tok)
                continue
            titles = (title_tok, *title_tok.conjuncts)
            if any(t.lemma_.lower() in self.not_roles for t in titles) or not any(
                self._title_word(t) for t in titles
            ):
                continue  # "Santos's predecessor", "his fiercest critic": no role
            yield from self._role(sent, person, title_tok)
            for other in title_tok.conjuncts:
                # "the deputy chief of the PMF and the founder of Kataib Hezbollah" (but not
                # "China's vice-president, Han Zheng, and Malaysia's prime minister, Anwar
                # Ibrahim": each office has its own holder)
                if self._title_word(other) and self._title_owner(other) is not None and not any(
                    c.dep_ == "appos" and c.pos_ == "PROPN" for c in other.children
                ):
                    yield from self._role(sent, person, other)

    def _respective_roles(
        self, sent: Span, title_tok: Token, names: list[Token]
    ) -> Iterator[Event]:
        """Each name holds the office of the owner in the same place of the list: "the
        foreign ministers of Congo and Rwanda, Wagner and Nduhungirehe"."""
        owners = [g for p in title_tok.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
        owners = [t for o in owners[:1] for t in (o, *o.conjuncts)]
        if len(owners) == 1:  # "the Democratic Republic of the Congo and Rwanda"
            owners = [t for t in owners[0].subtree if t.dep_ in ("pobj", "conj")
                      and t.pos_ == "PROPN" and (t.i == owners[0].i or t.dep_ == "conj")]
        people = [self.f.at.get(t.i) for t in names]
        places = [self.f._mention(t) for t in owners]
        if len(people) != len(places) or None in people or None in places:
            return
        title = " ".join(t.lower_ for t in title_tok.lefts if t.dep_ in ("amod", "compound"))
        title = f"{title} {title_tok.lemma_.lower()}".strip()
        for person, owner in zip(people, places, strict=True):
            assert person is not None and owner is not None
            yield Event(person, owner, title, "ROLE", 0.0, False, "asserted", sent, 0.75,
                        title_tok.i, place_ok=True, object_name=self._country(owner, title))

    def _counterpart(self, sent: Span, person: int, title_tok: Token) -> Iterator[Event]:
        """ "Meloni and her Albanian counterpart, Edi Rama": Rama holds Meloni's office, in
        Albania."""
        nominal = self.f.at.get(title_tok.i)
        country = self.f.mentions[nominal].affiliation if nominal is not None else None
        owners = [self.f._mention(c) for c in title_tok.children if c.dep_ == "poss"]
        if not country or len(owners) != 1 or owners[0] is None:
            return
        owner = self.f._entity(owners[0])
        if owner.type != "Person" or not owner.titles or owner.affiliation == country:
            return
        yield Event(person, person, owner.titles[-1].lower(), "ROLE", 0.0, False, "asserted",
                    sent, 0.7, title_tok.i, object_name=country)

    def _relation(self, sent: Span, tok: Token) -> Iterator[Event]:
        """ "Los Lobos, an ally of the Jalisco cartel", "Iran, the militia's sponsor", "Los
        Tiguerones, a gang allied with Los Choneros": what the apposition says the named
        actor is to another, as the verb of that name would ("ally with", "sponsor")."""
        subject = self.f.at.get(tok.head.i)
        if subject is None or self.f.mentions[subject].kind != "name":
            return
        word = tok.lemma_.lower()
        others = [p for p in tok.children if p.dep_ == "poss"]
        others += [g for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                   for g in prep.children if g.dep_ == "pobj"]
        for c in tok.children:
            if c.dep_ in ("acl", "amod") and c.lemma_.lower() in self.relation_nouns:
                word = c.lemma_.lower()
                others += [g for prep in c.children if prep.dep_ == "prep"
                           and prep.lower_ == "with" for g in prep.children if g.dep_ == "pobj"]
        action = f"{word} with" if f"{word} with" in self.f.res.actions else word
        act = self.f.res.actions.get(action)
        if act is None:
            return
        for n in self.f._args(others):
            if not self.f._same(subject, n):
                yield Event(subject, n, action, act.category, act.score, False, "asserted",
                            sent, 0.7, tok.i)

    def _party_of(self, tok: Token) -> Event | None:
        """ "Thoko Didiza of the ANC", "Lai Ching-te, of the Democratic Progressive Party",
        "the IFP's Thami Ntuli": a person named with the organisation they belong to."""
        dep = tok.dep_
        if dep not in ("poss", "pobj"):
            return None
        prep = tok.head
        if dep == "poss" and prep.pos_ == "PROPN":
            holder = prep  # "The African Union's Moussa Faki Mahamat", "the IFP's Ntuli"
        elif dep != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
            return None
        else:
            holder = prep.head
        person, body = self.f.at.get(holder.i), self.f._mention(tok)
        if person is None or body is None or not self._named_person(person) or (
            self.f.mentions[body].kind != "name"
            or self.f._entity(body).type not in ("Organization", "Group")
        ):
            return None
        return Event(person, body, "member", "ROLE", 0.0, False, "asserted", tok.sent, 0.7,
                     tok.i, place_ok=False)

    def _relative_role(self, sent: Span, verb: Token) -> Iterator[Event]:
        """ "Ralph Gonsalves, who chairs CELAC", "Vardanyan, who was the enclave's state
        minister": a role told in a relative clause on the person's name."""
        head = verb.head
        if head.dep_ == "appos" and not self._named_person(self.f.at.get(head.i)):
            head = head.head  # "Vardanyan, the banker who was …": the banker is Vardanyan
        person = self.f.at.get(head.i)
        if not self._named_person(person) or person is None:
            return
        if verb.lemma_ in self.leading_verbs:
            for n in self.f._args([c for c in verb.children if c.dep_ == "dobj"]):
                if not self.f._same(person, n) and self.f._entity(n).type != "Person":
                    yield Event(person, n, verb.lemma_, "ROLE", 0.0, False, "asserted", sent,
                                0.75, verb.i, place_ok=False)
        elif verb.lemma_ == "be":
            for attr in verb.children:
                if attr.dep_ == "attr" and self._title_word(attr):
                    yield from self._role(sent, person, attr)

    def _led_by_relative(self, sent: Span, verb: Token) -> Iterator[Event]:
        """ "The National Assembly, which Guaidó leads": the leader told in a relative
        clause on the body's name."""
        if verb.lemma_ not in self.leading_verbs or not any(
            c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children
        ):
            return
        body = self.f.at.get(verb.head.i)
        if body is None or self.f._entity(body).type not in ("Organization", "Group"):
            return
        for n in self.f._args([c for c in verb.children if c.dep_ == "nsubj"]):
            if self._named_person(n) and not self.f._same(n, body):
                yield Event(n, body, verb.lemma_, "ROLE", 0.0, False, "asserted", sent, 0.75,
                            verb.i, place_ok=False)

    def _lost_apposition(self, tok: Token) -> int | None:
        """ "the prosecutors of Consuelo Porras, Guatemala's attorney general, declared…": a
        title between commas right after a person's name is that person's, wherever the
        parser hung it."""
        if tok.pos_ not in ("NOUN", "PROPN") or not self._title_word(tok) or not any(
            c.dep_ == "poss" for c in tok.children
        ):
            return None
        words = [t.i for t in tok.subtree if not t.is_punct]
        if not words:
            return None
        first, last = min(words), max(words)
        doc = self.f.doc
        if first < 2 or doc[first - 1].text != "," or (
            last + 1 >= len(doc) or doc[last + 1].text != ","
        ):
            return None
        named = self.f.at.get(first - 2)
        if named is None or not self._named_person(named) or (
            self.f.mentions[named].end != first - 1
        ):
            return None
        return named

    def _title_owner(self, title_tok: Token) -> int | None:
        """The actor a title belongs to: "Biden's secretary", "chief of the PMF"."""
        owner = None
        # "commissioner general of the police agency": the parser hangs "of" on "general"
        kids = [*title_tok.children, *(g for c in title_tok.rights if c.dep_ == "amod"
                                       and c.i == title_tok.i + 1 for g in c.children)]
        for c in kids:
            named = c.i in self.f.at and self.f.mentions[self.f.at[c.i]].kind == "name"
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and (c.ent_type_ in (
                "NORP", "GPE", "ORG", "PERSON"
            ) or named)):
                owner = self.f._mention(c)  # "Biden's secretary", "the USAID administrator"
            elif c.dep_ == "prep" and owner is None and (c.lower_ == "of" or (
                c.lower_ in ("for", "to") and not self._affiliated(title_tok)
            )):
                # "chief of the PMF", "a spokesman for the Chinese foreign ministry" (but "the
                # UN envoy for Yemen" is the UN's)
                for p in c.children:
                    if p.dep_ == "pobj":
                        owner = self.f._mention(p)
            if owner is not None:
                break
        return owner

    def _affiliated(self, title_tok: Token) -> bool:
        n = self.f.at.get(title_tok.i)
        return n is not None and bool(self.f.mentions[n].affiliation)

    def _role(self, sent: Span, person: int, title_tok: Token) -> Iterator[Event]:
        owner = self._title_owner(title_tok)
        if owner is None:
            # "the UN envoy for Yemen": the owner is the title's affiliation.
            nominal = self.f.at.get(title_tok.i)
            aff = self.f.mentions[nominal].affiliation if nominal is not None else None
            if aff:
                title = _title_text(title_tok, self.f.mentions[person])
                yield Event(person, person, title, "ROLE", 0.0, False, "asserted", sent,
                            0.75, title_tok.i, object_name=aff)
            return
        if self.f._same(person, owner):
            return
        title = _title_text(title_tok, self.f.mentions[owner])
        if not title:
            return  # the title was all owner: "Schmidt, the High Representative"
        yield Event(person, owner, title, "ROLE", 0.0, False, "asserted", sent,
                    round(0.8 * _mention_confidence(self.f.mentions[owner], self.f.entities), 3),
                    title_tok.i, place_ok=True, object_name=self._country(owner, title))

    def _named_person(self, n: int | None) -> bool:
        return n is not None and self.f.mentions[n].kind == "name" and (
            self.f._entity(n).type == "Person"
        )

    def _title_word(self, tok: Token) -> bool:
        word = self.f.res.actor_words.get(tok.lemma_.lower())
        if word is not None and word.type == "Person":
            return True
        return tok.pos_ in ("NOUN", "PROPN") and fold(tok.text) in self.f.res.titles



def _title_text(tok: Token, owner: Mention) -> str:
    words = []
    kids = [*tok.children, *(g for c in tok.rights if c.dep_ == "amod" for g in c.children)]
    skip = {t.i for c in kids if c.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj",
                                            "npadvmod")
            or (c.dep_ == "prep" and owner.head in {x.i for x in c.subtree})
            or (c.dep_ == "prep" and c.lower_ in ("in", "on") and any(
                g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children
            ))  # "spokesman in North Kivu", "deputies on the Sovereign Council"
            for t in c.subtree}
    for t in tok.subtree:
        if owner.start <= t.i < owner.end or (t.dep_ == "prep" and t.i + 1 == owner.start):
            continue
        if t.i in skip:
            continue
        if t.i == tok.i:
            words.append(t)
            continue
        if _hyphen_start(tok) <= t.i < tok.i:
            continue  # "secretary-" of "secretary-general", written with the title word
        if t.dep_ in ("det", "poss", "case", "punct", "relcl", "appos", "acl") or t.tag_ == "POS":
            continue
        if t.i < tok.i and t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
            continue
        if t.head.dep_ == "poss" or (t.dep_ == "amod" and t.ent_type_):
            continue
        words.append(t)
    # Keep the title and an "of"-phrase that is part of it ("secretary of state").
    # "one of Burhan's deputies": one deputy
    text = " ".join((_hyphenated_title(w) if w.i == tok.i else w.lower_)
                    for w in words if w.i <= tok.i + 3)
    return " ".join(text.split()[:5])


def _hyphen_start(tok: Token) -> int:
    """Where the words hyphenated to a title word begin ("secretary" of "secretary-general")."""
    return hyphenated(tok.doc, tok.i, tok.i + 1)[0]


def _hyphenated_title(tok: Token) -> str:
    """The title word with the words hyphenated to it ("secretary-general"), singular."""
    word = tok.lemma_.lower() if tok.tag_ == "NNS" else tok.lower_
    return tok.doc[_hyphen_start(tok) : tok.i].text.lower() + word
