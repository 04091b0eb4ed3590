"""Antecedents: what a pronoun ("he", "they", "it") or a definite description ("the group",
"the minister", "the junta") refers back to within a post.

Candidates are the actors mentioned before, nearest first, filtered by what the word can refer
to (a person, a group, a state, its forces), by agreement, and by the clause (a pronoun is not an
argument of its own antecedent's verb); a new story or paragraph heading starts afresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.mentions import Mention, coordinated, count_of
from kg.extract.resolve import _STATE_ROLES, _SUBJECT_DEPS, Entity
from kg.extract.resources import KnownActor, fold

if TYPE_CHECKING:
    from kg.extract.resolve import Resolver

# Descriptions of these sectors name a body of their own kind, never just any organisation.
_STRICT_ROLES = {"GOV", "MIL", "POLICE", "JUD", "LEG", "SPY"}

_COUNTS = {"two", "three", "four", "both"}
# How far back (in sentences) a set of actors named together stays the likeliest "the two"
_SALIENT_WINDOW = 20
_OBJECT_DEPS = {"dobj", "dative", "pobj"}
# The words of a state army's name after its country: "Sudanese Armed Forces"
_ARMY_WORDS = {"army", "armed", "forces", "force", "military", "defence", "defense"}
# Entity labels of counted things that are no one: "three days later they…"
_MEASURES = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"}

# What a state's own forces are called besides its name: "Republic of Sierra Leone Armed
# Forces", "Uganda People's Defence Force".
_FORCE_WORDS = {"republic", "of", "the", "armed", "defence", "defense", "forces", "force",
                "army", "military", "people's", "peoples", "royal"}


class AntecedentFinder:
    """Finds antecedents for a :class:`Resolver` on its current post."""

    def __init__(self, resolver: Resolver) -> None:
        self.f = resolver
        res = self.res = resolver.res
        self.armed_branches = res.words("armed_branch")
        self.bloc_words = res.words("bloc_word")
        self.capital_words = res.words("capital_word")
        self.doer_nouns = res.words("doer_noun")
        self.light_verbs = res.words("light_verb")
        self.plural_pronouns = res.words("plural_pronoun")
        self.quantities = res.words("quantity")
        self.sides = res.words("side_word")
        self.singular_bodies = res.words("singular_body")
        self.state_forces = res.words("state_force")
        self.state_forms = res.words("state_form")
        self.voice_nouns = res.words("voice_noun")
        self.willing = res.words("willing_adjective")

    def pronoun(self, n: int, m: Mention) -> None:
        """Join a pronoun to its antecedent's entity, unless it refers to nothing ("it seems")."""
        tok = self.f.doc[m.head]
        if tok.lower_ == "it" and _expletive(tok, self.willing):
            return
        self.antecedent(n, m, tok.lower_)

    def antecedent(self, n: int, m: Mention, word: str) -> bool:
        """Join mention ``n`` to the likeliest compatible earlier actor; whether one was found."""
        res = self.res
        if m.kind == "pronoun":
            types, number, gender = res.pronouns[word]
            window = 2
        else:
            types = res.descriptions.get(word) or res.descriptions.get(
                word.split()[-1], frozenset()
            )  # "the prime minister" refers back like "the minister"
            number, gender = "any", "any"
            window = 6
        tok = self.f.doc[m.head]
        excluded = self.coarguments(tok.i)
        sibling = tok.head.head if m.kind == "pronoun" and tok.dep_ == "poss" and (
            tok.head.dep_ == "conj" and tok.head.head.i < tok.i
        ) else None
        if sibling is not None:
            # "charge Puigdemont and his government": his, the one he is named with
            excluded -= {x.entity for x in self.f._at_head.get(sibling.i, [])}
        if m.kind == "description" and m.head_lemma in self.res.actor_words:
            # "the State Department welcomed the interim government": another country's (but
            # "its president fled the country" fled his own)
            excluded |= self.f._their_countries(excluded)
        if m.kind == "description" and count_of(tok):
            # "Malaysia's prime minister … had been calling both capitals": not his own
            excluded |= self.f._their_countries(excluded)
            # "Blinken announced that the two generals had agreed": not Blinken among them
            teller = self._speaker(tok)
            excluded |= {x.entity for x in self.f._at_head.get(teller, []) if x.entity is not None
                         } if teller is not None else set()
        speaker = self._speaker(tok) if m.kind == "pronoun" else None
        said = next(iter(self.f._at_head.get(speaker, [])), None) if speaker is not None else None
        if said is not None and said.group and m.key in self.plural_pronouns:
            m.group, m.entity = said.group, said.entity  # "Both have said they would…"
            return True
        if m.kind == "pronoun" and m.key in self.plural_pronouns and self._counted_before(
            tok, excluded
        ):
            return False  # "charged three organisers, which their lawyers call absurd"
        scores: dict[int, float] = {}
        own_subject = _clause_subject(tok) if m.kind == "pronoun" and tok.dep_ == "poss" and (
            tok.head.dep_ == "dobj"
        ) else set()
        same_head: set[int] = set()
        actor_word = self.res.actor_words.get(m.head_lemma) if m.kind == "description" else None
        owner_word = actor_word is not None and actor_word.owner and actor_word.role == "GOV"
        bloc = m.kind == "description" and word in self.bloc_words
        owned = self.res.actor_words.get(tok.head.lemma_.lower()) if m.kind == "pronoun" and (
            tok.dep_ == "poss"
        ) else None
        # "urged its parliament", "its police", "their government": a state's, not a body's
        state_owned = owned is not None and (
            owned.role in ("LEG", "POLICE") or (owned.role == "GOV" and owned.owner)
        )
        implicit: dict[str, tuple[float, KnownActor]] = {}
        paragraph = self.f._paragraph_start(tok.idx)
        for k in range(n - 1, -1, -1):
            prev = self.f.mentions[k]
            distance = m.sent - prev.sent
            if distance > window:
                break
            if bloc and prev.kind == "nominal" and prev.affiliation and (
                (org := self.res.known.get(prev.affiliation)) is not None
                and org.type == "Organization"
            ):
                # "An ECOWAS delegation … President Tinubu, who chairs the bloc": ECOWAS
                implicit[org.name] = (max(implicit.get(org.name, (-99.0, org))[0],
                                          3.0 - distance), org)
            if prev.entity is None or prev.entity in excluded:
                continue
            e = self.f.entities[prev.entity]
            if bloc and (e.type != "Organization" or (e.known is None and not (
                self.bloc_words & set(fold(e.name).split())
            ))):
                # a bloc of states is one the gazetteer knows or one named as such ("the
                # Economic Community of Central African States"), not "State House"
                continue
            prev_word = self.res.actor_words.get(prev.head_lemma)
            if owner_word and prev.kind == "nominal" and prev.affiliation and not e.known and (
                prev_word is not None and prev_word.role in _STATE_ROLES
            ) and (
                (country := self.res.known.get(prev.affiliation)) is not None
                and country.type == "Country"
            ):
                # "Venezuelan security forces held her … The government denies it": the
                # government of the forces' country, though the post has not named it there
                near = 3.0 - distance + (1.5 if self.f.doc[prev.head].dep_ in _SUBJECT_DEPS else 0)
                implicit[country.name] = (max(implicit.get(country.name, (-99.0, country))[0],
                                              near), country)
            if not self._compatible(e, prev, types, number, gender, word, m) or (
                state_owned and e.stateless
            ):
                continue
            ptok = self.f.doc[prev.head]
            score = 3.0 - distance
            voiced = ptok.dep_ == "poss" and ptok.head.dep_ in _SUBJECT_DEPS and (
                ptok.head.lemma_.lower() in self.voice_nouns
            )
            if distance == 0 and _source(ptok):
                score -= 2.0  # "According to Amorim, he told him…": the source tells no one
            if word == "there":
                # "talks in Juba … he could fly there": a place named as a place
                if ptok.dep_ == "pobj" and ptok.head.lower_ in ("in", "to", "at", "into"):
                    score += 2.0
            elif (ptok.dep_ in _SUBJECT_DEPS and ptok.head.dep_ != "pcomp") or (
                ptok.head.dep_ in _SUBJECT_DEPS
            ) or (  # (not "with Nigerian jets overhead", a subject of nothing done)
                ptok.dep_ == "attr" and ptok.head.lemma_ == "be" and not any(
                    c.dep_ == "expl" for c in ptok.head.children
                )  # "The holdout was Macron", not "there is the other group"
            ):
                # (a pronoun owning the subject, "His successor, Sybiha, …", is not its topic)
                # (nor is a name owning an actor that is: "Rivera's Ciudadanos", "Bio's chief
                # minister, Sengeh"; but "Sogavare's answer came" is Sogavare's doing)
                owner = ptok.dep_ == "poss" and (prev.kind == "pronoun" or any(
                    x.entity is not None for x in self.f._at_head.get(ptok.head.i, [])))
                score += 0.5 if owner else 1.5
            if prev.kind == "name":
                score += 0.5
            elif m.kind == "pronoun" and e.generic and not voiced:
                score -= 1.5  # "a judge extended his detention": his is the one named before
            if m.kind == "pronoun" and voiced:
                score += 1.0  # "The mission's statement found … It criticised": its maker
            if sibling is not None and ptok.i == sibling.i:
                score += 3.0
            if m.kind == "pronoun" and self.f._paragraph_start(ptok.idx) != paragraph:
                # "my husband Lamine says … ¶ Dakar accused Jammeh …, which he has always
                # denied": one named in this paragraph before one of the last
                score -= 1.0
            if m.kind == "pronoun" and word != "there" and e.type == "Place" and (
                ptok.dep_ == "pobj" and ptok.head.lower_ in ("in", "at")
            ):
                score -= 1.5  # "which Mumba read out in Harare … It criticised": a setting
            if m.kind == "description" and distance and self.f._new_story(ptok, tok, e):
                score -= 1.0  # "A quick one from Mozambique: … the government": Mozambique's
            if m.kind == "description" and word in self.f.armed_forces and (
                e.head_lemma in self.f.armed_forces
            ):
                score += 2.0  # "the army … the junta": the same forces, not a country named
                if e.head_lemma == word:
                    score += 1.0  # "the Congolese army … the army", more than "troops"
            if m.kind == "description" and e.type == "Group" and "Group" in types:
                score += 1.5  # "the group" is likelier the militia than the bloc
            if m.kind == "description" and m.type == "Country" and e.capital_of is not None and (
                ptok.dep_ == "pobj" and ptok.head.lower_ in ("from", "to", "in", "into", "at")
            ):
                score -= 1.5  # "flew back from Paris. The kingdom then…": a city travelled to
            if speaker is not None and ptok.i == speaker:
                score += 2.5  # "Angola says it will send troops": the speaker
            if m.kind == "pronoun" and tok.dep_ in ("dobj", "dative") and ptok.dep_ == "dobj" and (
                tok.head.dep_ in ("advcl", "xcomp") and ptok.head.i == tok.head.head.i
            ):
                score += 1.5  # "met Houthi leaders to ask them why": whom the visit was to
            if ptok.i in own_subject and speaker is None:
                score += 2.0  # "His successor, Sybiha, … spent his first evening": his own
            if m.key in self.plural_pronouns and (e.plural or e.type in ("Group", "Organization")):
                score += 1.0
            if m.kind == "description" and fold(word) in {fold(t) for t in e.titles}:
                score += 3.0
            if m.kind == "pronoun" and e.type == "Place" and e.capital_of is None:
                # "took Kafr Nabudah and lost it": a place is taken, lost and shelled; it
                # rarely does anything itself
                act = self.res.actions.get(tok.head.lemma_.lower())
                if tok.dep_ == "dobj" and act is not None and (act.place or act.on_place):
                    score += 2.0
                elif tok.dep_ in _SUBJECT_DEPS:
                    score -= 2.0
            if m.kind == "description" and prev.kind == "name" and (any(
                word in (t.lower_, t.lemma_.lower())
                for t in self.f.doc[max(ptok.i - 3, ptok.sent.start) : ptok.i + 2]
                if not (ptok.dep_ == "pobj" and ptok.head.head.i == t.i
                        and ptok.head.lower_ not in ("of", "at"))
            ) or any(c.dep_ == "appos" and word == c.lemma_.lower() for c in ptok.children)):
                # "the crossing at Kastanies … the crossing", "the town of Afrin", "Pauktaw,
                # a river town"
                score += 3.0
            if m.kind == "description" and any(
                a.split()[-1:] and a.split()[-1][:1].isupper()
                and fold(a).split()[-1:] == [fold(word)] for a in (e.name, *e.aliases)
            ):
                score += 3.0  # "the Anti-Corruption Foundation … the foundation"
            elif m.kind == "description" and word in self.state_forms and (
                e.known is not None and any(word in fold(a).split() for a in e.known.aliases)
            ):
                score += 2.5  # "the kingdom": the Kingdom of Saudi Arabia, not Iran named since
            elif m.kind == "description" and prev.kind == "nominal" and not e.generic and (
                prev.head_lemma == m.head_lemma and word not in self.f.armed_forces
            ):
                same_head.add(e.index)
            # The actor the post is about is the likeliest referent of a pronoun…
            score += min(len(e.mentions), 10) * 0.1
            # …and "her … her" in neighbouring clauses is one person.
            if prev.kind == "pronoun" and m.kind == "pronoun" and (
                res.pronouns.get(prev.key, (None, None, None))[2] == gender != "any"
            ) and not (ptok.dep_ == "poss" and ptok.head.dep_ == "pobj"):
                # (not "according to his ministry", said in passing)
                score += 1.0
                if tok.dep_ in _OBJECT_DEPS and ptok.dep_ in _OBJECT_DEPS and distance == 0 and (
                    gender in ("m", "f")
                ):
                    # "Museveni hosted him, Abiy gave him lunch": one guest, told in parallel
                    score += 1.5
            scores[e.index] = max(scores.get(e.index, -99.0), score)
        if owner_word and m.head_lemma not in self.state_forces:
            # (a junta is a country's only while it holds power: not kept across a post)
            kept = self._kept_government(n, m, excluded)
            if kept is not None:
                # "According to the government … (twenty sentences on) … the government and
                # the APC signed": the same government, though other countries were named since
                scores[kept.index] = max(scores.get(kept.index, -99.0),
                                         2.5 + min(len(kept.mentions), 10) * 0.1)
        weak = max(scores.values(), default=-99.0) < 2.0
        home = self.f._dominant_country(half=False) if owner_word and weak and (
            m.head_lemma not in self.state_forces
        ) else None
        if home is not None and home.name not in {self.f.entities[k].name for k in excluded}:
            # "The reply. The government's answer was quick" in a piece on Zimbabwe: not
            # Nigeria, named two sentences before only as a former president's country
            for e in self.f.entities:
                if e.known is home and e.capital_of is None and min(e.mentions, default=n) < n:
                    scores[e.index] = max(scores.get(e.index, -99.0), 2.0)
        if m.kind == "description" and m.type != "Place":
            # "gunmen attacked the palace in N'Djamena, and the government blamed…": what
            # speaks for a capital speaks for its country
            by_name = {self.f.entities[i].name: i for i in scores}
            for i in list(scores):
                capital_of = self.f.entities[i].capital_of
                j = by_name.get(capital_of.name) if capital_of is not None else None
                if j is not None and scores[i] > scores[j]:
                    scores[j] = scores[i] + 0.5
        if len(same_head) == 1:
            # "the Saudi-led coalition said … The coalition then bombed": the one coalition
            # (but of two juntas named, neither more than the other)
            scores[next(iter(same_head))] += 3.0
        group = self._group(n, m, types, number, window, excluded)
        if group is not None and speaker is not None and any(
            self.f.mentions[j].head == speaker for j in group[0]
        ):
            group = (group[0], group[1] + 2.5)  # "Norway, Ireland and Spain said they would"
        size = count_of(tok)
        if group is not None and m.kind == "description" and size and scores and (
            len({self.f.mentions[j].entity for j in group[0]}) == size
        ):
            # "Norway, Ireland and Spain … recalled its ambassadors from all three": three
            # named together, not one plural just before
            group = (group[0], max(group[1], max(scores.values())))
        if group is not None and m.head_lemma in _COUNTS and any(
            m.sent - self.f.mentions[k].sent > 1 for k in group[0]
        ):
            group = None  # "the two of them" are two just named, not a pair from long ago
        titled = [i for i in scores if fold(word) in {fold(t) for t in self.f.entities[i].titles}]
        if m.kind == "description" and size and len(titled) >= size:
            group = None  # "both generals" are the two called generals, not the last two named
        named = [i for i in scores if any(
            self.f.mentions[k].kind == "name" for k in self.f.entities[i].mentions
        )]
        # (an owner named deep inside a modifier, "with horsemen in the red and blue of
        # Chinggis Khaan's guard", is not one of the two just named)
        just = [i for i in scores if any(
            m.sent - 1 <= self.f.mentions[k].sent <= m.sent and k < n and not (
                (h := self.f.doc[self.f.mentions[k].head]).dep_ in ("poss", "pobj")
                and _depth(h) > 4
                and (h.dep_ == "poss" or self.f.mentions[k].kind == "nominal")
            ) for k in self.f.entities[i].mentions
        )]
        if m.kind == "description" and size and len(just) == size and (
            not titled or any(i in titled for i in just)
        ):
            # "Erdoğan flew in, where Aliyev met him. The two presidents …": the two just
            # named, though only one was called president
            named = just
            titled = []
            group = None
        # ("the two armies" may be two states at war: the states stand for their forces)
        pair_types = types | {"Country"} if m.head_lemma in self.f.armed_forces else types
        together = self._groups_before(n, m, size, pair_types, excluded) if (
            m.kind == "description" and size and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
            )  # "both sides of the House" say whose
        ) else {}
        salient = self._salient_group(together, m)
        if salient is not None and named is just and m.head_lemma not in self.sides and (
            salient[1] < 3 or frozenset(just) in together
        ):
            salient = None  # "Erdoğan flew in, where Aliyev met him. The two presidents …"
        if salient is not None and size is not None and len(titled) >= size and not (
            {self.f.mentions[j].entity for j in salient[0]} <= set(titled)
        ):
            salient = None  # "both generals" are still the two called generals
        if salient is not None and any(
            prev.sent == m.sent and prev.entity in scores and self.f.doc[prev.head].dep_
            in _SUBJECT_DEPS and prev.entity not in {self.f.mentions[j].entity for j in salient[0]}
            for prev in self.f.mentions[:n]
        ):
            salient = None  # "Zelensky flew in, and the two men met": he is one of them
        if salient is not None and (group is None or (
            {self.f.mentions[j].entity for j in group[0]}
            != {self.f.mentions[j].entity for j in salient[0]}
            and all(m.sent - self.f.mentions[j].sent > 1 for j in group[0])
        )):
            # "The story of the week is two men: Kamiński and Wąsik … both men": the pair the
            # passage keeps naming together, not the last two named since
            group = (salient[0], max(scores.values(), default=0.0) + 1.0)
            named, titled = [], []
        if group is None and m.kind == "description" and size and len(named) >= size:
            # "the two leaders": the last two named actors of that kind; "both generals":
            # the last two called generals, when there are two
            named = [i for i in titled if i in named] if len(titled) >= size else named
            if m.head_lemma in _COUNTS:
                # "Asif flew to Kabul with General Anjum, the head of the ISI, and the two of
                # them met Baradar": the two of the kind of the last one who acted
                doers = [k for k in range(n - 1, -1, -1) if self.f.mentions[k].entity in named
                         and self.f.doc[self.f.mentions[k].head].dep_ in _SUBJECT_DEPS]
                if doers:
                    kind = self.f.entities[self.f.mentions[doers[0]].entity or 0].type
                    alike = [i for i in named if self.f.entities[i].type == kind]
                    named = alike if len(alike) >= size else named
            recent = sorted(named, key=lambda i: -self._last_mention(i, n))[:size]
            members = [self._last_mention(i, n) for i in recent]
            group = (sorted(members), max(scores[i] for i in recent) + 1.0)
        if m.kind == "description" and m.plural and m.head_lemma not in self.f.plural_only:
            # "the four governments" means several actors, not the last one named ("the
            # military", "the police" are one body).
            scores = {i: v for i, v in scores.items()
                      if self.f.entities[i].plural or self.f.entities[i].type == "Group"}
        if group is not None and (not scores or group[1] >= max(scores.values()) - 0.5):
            members = group[0]
            m.group = members
            m.entity = self.f.mentions[members[0]].entity
            return True
        if not scores and m.kind == "description" and not m.plural:
            scores = self._titled_before(n, m, word, excluded) or self._untitled_person(
                n, m, word, excluded)
        if not scores and m.kind == "pronoun" and types == frozenset({"Person"}):
            misread = self._misread_person(n, m, window, excluded)
            if misread is not None:
                scores[misread.index] = 0.0
        if implicit:
            value, country = max(implicit.values(), key=lambda v: v[0])
            states = {known.name for i in scores if (known := self.f.entities[i].known) is not None}
            if value > max(scores.values(), default=-99.0) and country.name not in states and (
                country.name not in {self.f.entities[i].name for i in excluded}
            ):
                self.f._join(self.f._known_entity(country, m), n)
                return True
        if not scores:
            return False
        best = max(scores, key=lambda i: scores[i])
        e = self.f.entities[best]
        if m.kind == "description" and self.f._new_story(
            self.f.doc[self.f.mentions[self._last_mention(best, n)].head], tok, e
        ):
            # "Finally, Colombia. … Petro blamed the military": not the Somali army of the
            # item before; the passage's own country gives it (see _nominal)
            return False
        if gender in ("m", "f") and e.type == "Person" and e.gender is None:
            e.gender = gender
        if owner_word and e.capital_of is not None:
            # "like every street in Freetown … the government put Freetown under a curfew":
            # the country's government, which may act on its own capital
            e = self.f._known_entity(e.capital_of, m)
        self.f._join(e, n)
        return True

    def _kept_government(self, n: int, m: Mention, excluded: set[int]) -> Entity | None:
        """The country an earlier bare "the government" of the same story stood for."""
        for prev in reversed(self.f.mentions[:n]):
            # ("the Mongolian government … the government" as much as "the government" twice)
            if prev.kind not in ("description", "nominal") or prev.head_lemma != m.head_lemma or (
                prev.entity is None
            ):
                continue
            e = self.f.entities[prev.entity]
            if e.type != "Country" or e.index in excluded or self.f._new_story(
                self.f.doc[prev.head], self.f.doc[m.head], e
            ):
                return None
            return e
        return None

    def _groups_before(
        self, n: int, m: Mention, size: int, types: frozenset[str], excluded: set[int],
    ) -> dict[frozenset[int], tuple[int, list[int]]]:
        """The sets of ``size`` actors named together in the passage before mention ``n``
        ("Kamiński and Wąsik", "the two", "both men"): how often, and their latest mentions."""
        out: dict[frozenset[int], tuple[int, list[int]]] = {}
        first = self._salient_start(m.sent)
        sides = m.head_lemma in self.sides
        word = self.res.actor_words.get(m.head_lemma)
        # ("both generals" are two the post calls generals, as in _group)
        office = m.head_lemma if word is not None and word.type == "Person" and (
            m.head_lemma not in self.f.any_office
        ) else None
        for k in range(n - 1, -1, -1):
            prev = self.f.mentions[k]
            if prev.sent < first:
                break
            if prev.group:
                members = list(prev.group)
            else:
                tok = self.f.doc[prev.head]
                if prev.entity is None or tok.dep_ == "conj" or sides:
                    continue  # ("both sides" are not two named together: those are allies)
                members = [k] + [j for c in coordinated(tok)[1:]
                                 for j in (self._mention_at(c.i),) if j is not None]
            ents = frozenset(self._state_of(e) for j in members
                             if (e := self.f.mentions[j].entity) is not None)
            if len(ents) != size or ents & excluded or (types and any(
                self._etype(self.f.mentions[j]) not in types for j in members
            )) or (office and not all(self._titled(self.f.entities[e], office) for e in ents)):
                continue
            count, latest = out.get(ents, (0, sorted(members)))
            out[ents] = (count + 1, latest)
        if size == 2:
            # "Iran fired missiles into Pakistan … Islamabad recalled its ambassador from
            # Tehran": two who act on each other are as much a pair as two named together
            for ents, members in self._opponents(n, m, types, excluded):
                if office and not all(self._titled(self.f.entities[e], office) for e in ents):
                    continue
                count, latest = out.get(ents, (0, members))
                out[ents] = (count + 1, latest)
        return out

    def _opponents(
        self, n: int, m: Mention, types: frozenset[str], excluded: set[int],
    ) -> list[tuple[frozenset[int], list[int]]]:
        """The pairs of actors, subject and object of one verb, in the passage before ``n``."""
        out: list[tuple[frozenset[int], list[int]]] = []
        first = self._salient_start(m.sent)
        for k in range(n - 1, -1, -1):
            prev = self.f.mentions[k]
            if prev.sent < first:
                break
            tok = self.f.doc[prev.head]
            if prev.entity is None or tok.dep_ != "nsubj" or tok.head.pos_ != "VERB":
                continue
            verb = tok.head
            objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            objs += [g for c in verb.children if c.dep_ == "prep" for g in c.children
                     if g.dep_ == "pobj"]
            objs += [p for o in list(objs) for p in o.children if p.dep_ == "poss"]
            for o in objs:
                j = self._mention_at(o.i)
                if j is None or j == k:
                    continue
                pair = frozenset({self._state_of(prev.entity),
                                  self._state_of(self.f.mentions[j].entity or 0)})
                if len(pair) == 2 and not pair & excluded and not (types and any(
                    self._etype(self.f.mentions[x]) not in types for x in (k, j)
                )):
                    out.append((pair, sorted([k, j])))
        return out

    def _salient_group(
        self, groups: dict[frozenset[int], tuple[int, list[int]]], m: Mention,
    ) -> tuple[list[int], int] | None:
        """The one set of actors named together more often than any other, at least twice.
        A set named in the sentence before counts a little more, and for people a whole time
        more ("Putin greeted Orbán. The two men talked" are those two, whoever the post
        paired before; "both governments" are the two the post is about)."""
        bonus = 1.0 if m.type == "Person" else 0.5

        def weight(g: tuple[int, list[int]]) -> float:
            recent = any(m.sent - self.f.mentions[j].sent <= 1 for j in g[1])
            return g[0] + (bonus if recent else 0.0)

        if not groups:
            return None
        ranked = sorted((weight(g) for g in groups.values()), reverse=True)
        best = max(groups.values(), key=weight)
        # "both sides" are two who dealt with each other, even once ("the two armies" two who
        # fought); other pairs are named together at least twice
        least = 1 if m.head_lemma in self.sides | self.f.armed_forces else 2
        if best[0] < least or (len(ranked) > 1 and ranked[1] == ranked[0]):
            return None
        return best[1], best[0]

    def _salient_start(self, sent: int) -> int:
        """The first sentence where a pair named together may still be "the two" at
        ``sent``: some way back, and no further than the item before a roundup's current one."""
        heads = [h for h in self.f._headings() if h <= sent]
        first = sent - _SALIENT_WINDOW
        return max(first, heads[-2]) if len(heads) >= 2 else first

    def _state_of(self, e: int) -> int:
        """A capital's country, where the post names it too ("Delhi" and "India" are one
        side); any other actor itself."""
        capital_of = self.f.entities[e].capital_of
        if capital_of is None:
            return e
        return next((x.index for x in self.f.entities if x.known == capital_of
                     and x.capital_of is None), e)

    def _mention_at(self, head: int) -> int | None:
        """The index of the resolved mention headed at token ``head``, if any."""
        here = [x for x in self.f._at_head.get(head, []) if x.entity is not None]
        # ("RSF leader Mohamed Hamdan Dagalo": the name, not the title heading the same word)
        here.sort(key=lambda x: x.kind != "name")
        return self.f._index[id(here[0])] if here else None

    def _counted_before(self, tok: Token, excluded: set[int]) -> bool:
        """Whether a counted plural that is no actor in particular ("three organisers",
        "dozens of activists", "forty soldiers") stands between a plural pronoun and every
        actor before it in its sentence but its own verb's subject: the pronoun is theirs."""
        for t in reversed(tok.sent[: tok.i - tok.sent.start]):
            here = [x for x in self.f._at_head.get(t.i, [])
                    if x.entity is not None and x.entity not in excluded]
            if any(not self.f.entities[x.entity or 0].generic
                   and self.f.entities[x.entity or 0].type != "Place" for x in here):
                return False
            if t.tag_ == "NNS" and t.pos_ == "NOUN" and t.ent_type_ not in _MEASURES and (
                any(c.dep_ == "nummod" for c in t.children) or count_of(t) is not None
            ):
                return True
        return False

    def _group(
        self, n: int, m: Mention, types: frozenset[str], number: str, window: int,
        excluded: set[int],
    ) -> tuple[list[int], float] | None:
        """ "they", "the four governments": the last coordinated actors that fit."""
        if number == "sing" or (m.kind == "description" and not m.plural):
            return None
        if m.kind == "pronoun" and m.key not in self.plural_pronouns:
            return None
        size = count_of(self.f.doc[m.head])
        word = self.res.actor_words.get(m.head_lemma) if m.kind == "description" else None
        if word is not None and word.type != "Person":
            types = types - {"Person"}  # "the rebels" are no pair of named people
        for k in range(n - 1, -1, -1):
            prev = self.f.mentions[k]
            if m.sent - prev.sent > window:
                break
            tok = self.f.doc[prev.head]
            if prev.group and m.kind == "pronoun":
                # "Both have said they would…": "they" are the same two
                ents = {self.f.mentions[j].entity for j in prev.group}
                if len(ents) >= 2 and not ents & excluded:
                    return list(prev.group), 3.0 - (m.sent - prev.sent) + 2.0
            if prev.group and prev.kind == "description" and m.kind == "description" and (
                m.sent - prev.sent <= 2
            ) and size == len({self.f.mentions[j].entity for j in prev.group}) and not {
                self.f.mentions[j].entity for j in prev.group
            } & excluded and not (types and any(
                self._etype(self.f.mentions[j]) not in types for j in prev.group
            )):  # (not "the Torkham and Chaman crossings … the two armies")
                # "phoned both generals … the two generals agreed … both sides accuse": the
                # same pair, not the last two named since
                return list(prev.group), 3.0 - (m.sent - prev.sent) + 2.0
            others = coordinated(tok)[1:]
            if prev.entity is None or not others or tok.dep_ == "conj" or (
                tok.dep_ == "appos" and not tok.conjuncts  # "two men: Kamiński and Wąsik"
            ):
                continue
            members = [k]
            for c in others:
                j = next((i for i, x in enumerate(self.f.mentions) if x.head == c.i), None)
                if j is not None and self.f.mentions[j].entity is not None:
                    members.append(j)
            ents = {self.f.mentions[j].entity for j in members}
            if len(ents) < 2 or ents & excluded or (size and len(ents) != size):
                continue
            if types and any(self._etype(self.f.mentions[j]) not in types for j in members):
                continue
            office = word is not None and word.type == "Person" and (
                m.head_lemma not in self.f.any_office
            )
            if office and not all(
                self._titled(self.f.entities[self.f.mentions[j].entity or 0], m.head_lemma)
                for j in members
            ):
                continue  # "the generals" are two called generals, not any two people
            score = 3.0 - (m.sent - prev.sent)
            if tok.dep_ in _SUBJECT_DEPS or (
                tok.dep_ == "appos" and tok.head.dep_ in _SUBJECT_DEPS
            ):
                score += 1.5  # (the names of the subject: "the ministers, A and B, signed")
            return members, score + 0.5
        if size == 2 and m.kind == "description":
            return self._last_pair(n, m, types, excluded)
        return None

    def _last_pair(
        self, n: int, m: Mention, types: frozenset[str], excluded: set[int]
    ) -> tuple[list[int], float] | None:
        """ "Rajoy refused to talk to Puigdemont. … called on both sides to talk": the doer
        and the one done to of the last act told, when no two were named together."""
        types = self.res.descriptions.get(m.head_lemma, types)  # "sides" may be two people
        for k in range(n - 1, -1, -1):
            prev = self.f.mentions[k]
            if m.sent - prev.sent > 2:
                return None
            tok = self.f.doc[prev.head]
            if tok.dep_ not in _SUBJECT_DEPS or prev.entity is None:
                continue
            verb = tok.head
            for j in range(k + 1, n):
                other = self.f.mentions[j]
                if other.sent != prev.sent or other.entity in (None, prev.entity):
                    continue
                e = self.f.entities[other.entity or 0]
                if e.type == "Place" or e.capital_of is not None:
                    return None  # "flew to Kabul with Anjum, and the two of them": no place
                otok = self.f.doc[other.head]
                hops, head = 0, otok.head
                while head.i != verb.i and hops < 4 and head.head.i != head.i:
                    head, hops = head.head, hops + 1
                if otok.dep_ not in _OBJECT_DEPS or head.i != verb.i:
                    continue
                pair = [k, j]
                ents = {prev.entity, other.entity}
                if ents & excluded or (types and any(
                    self._etype(self.f.mentions[x]) not in types for x in pair
                )):
                    return None
                return pair, 3.0 - (m.sent - prev.sent)
        return None

    @staticmethod
    def _titled(e: Entity, word: str) -> bool:
        """Whether the post calls ``e`` a ``word`` ("General Burhan" for "the generals")."""
        return any(fold(t).split()[-1:] == [fold(word)] for t in e.titles)

    def _etype(self, m: Mention) -> str:
        e = self.f.entities[m.entity or 0]
        return e.capital_of.type if e.capital_of is not None else e.type

    def _titled_before(
        self, n: int, m: Mention, word: str, excluded: set[int]
    ) -> dict[int, float]:
        """ "the general" long after "General Oligui Nguema": the one person the post gave
        that title, however far back (two generals leave it open)."""
        if word not in self.res.titles:
            return {}
        found = {
            e for k in range(n)
            if (e := self.f.mentions[k].entity) is not None and e not in excluded
            and fold(word) in {fold(t) for t in self.f.entities[e].titles}
        }
        return {found.pop(): 0.0} if len(found) == 1 else {}

    def _untitled_person(
        self, n: int, m: Mention, word: str, excluded: set[int]
    ) -> dict[int, float]:
        """ "the president" when nobody was called president: the most salient named person
        of the last three sentences, whose office the text takes for granted."""
        aw = self.res.actor_words.get(word)
        if aw is None or aw.type != "Person" or aw.role not in ("GOV", "MIL", "LEG", "DIP", "JUD"):
            return {}  # "the president", "the general", "the senator", "the envoy", "the judge"
        scores: dict[int, float] = {}
        for k in range(n - 1, -1, -1):
            prev = self.f.mentions[k]
            if m.sent - prev.sent > 3:
                break
            if prev.entity is None or prev.entity in excluded or prev.kind != "name":
                continue
            e = self.f.entities[prev.entity]
            if e.type != "Person" or (e.titles and word not in self.f.any_office):
                continue  # Putin's spokesman is not "the prime minister"
            ptok = self.f.doc[prev.head]
            score = 3.0 - (m.sent - prev.sent) + min(len(e.mentions), 10) * 0.15
            if ptok.dep_ in _SUBJECT_DEPS:
                score += 1.5
            scores[e.index] = max(scores.get(e.index, -99.0), score)
        return scores

    def _last_mention(self, entity: int, before: int) -> int:
        """The index of ``entity``'s last mention before mention ``before``."""
        return max(k for k in self.f.entities[entity].mentions if k < before)

    def _misread_person(
        self, n: int, m: Mention, window: int, excluded: set[int]
    ) -> Entity | None:
        """ "Maduro … him": a one-word name the recogniser called an organisation or a place
        becomes a person when a personal pronoun needs one and no person is in sight."""
        for k in range(n - 1, -1, -1):
            prev = self.f.mentions[k]
            if m.sent - prev.sent > window:
                break
            if prev.kind != "name" or prev.entity is None or prev.known or prev.capital_of or (
                prev.entity in excluded  # "after Milei called him": not Milei
            ):
                continue
            e = self.f.entities[prev.entity]
            if e.type in ("Organization", "Place", "Group") and len(e.name.split()) == 1 and (
                not e.name.isupper()
            ):
                if e.type == "Place" and self.f.doc[prev.head].dep_ not in _SUBJECT_DEPS:
                    continue  # "Hiba walked out of Singa with her children": a place, no "her"
                if e.type == "Place" and fold(e.name) in self.f._place_voted:
                    continue  # "Goma has two million people": the post has weighed it a place
                e.type = "Person"
                return e
        return None

    def stands_alone(self, m: Mention) -> bool:
        """An unresolved "the army" is still an actor; "the group" or "the minister" is not."""
        word = self.res.actor_words.get(m.head_lemma)
        return word is not None and word.generic

    def _specific(self, e: Entity, word: str, *, counted: bool = False) -> bool:
        """Whether a description ("the army", "the minister", "the company") can mean ``e``.

        Offices and state bodies must match what the text said of the actor ("the minister"
        is someone called minister, "the army" an army); other kinds ("the company", "the
        group") may mean any named actor of their type.
        """
        if e.head_lemma == word or any(word in fold(t).split() for t in e.titles):
            return True
        if not e.head_lemma and word in fold(e.name).split():
            # "the ministry" for the "Ministry of Foreign Affairs"; but "the army" is never
            # the "Arakan Army", a rebel one
            return word not in self.state_forces or self._state_army(e)
        if word in self.capital_words:
            return e.capital_of is not None or e.type == "Country"  # not any town named
        aw = self.res.actor_words.get(word)
        if aw is None or (counted and word == "side"):
            return True  # "the two sides": any two actors
        if word in self.doer_nouns and e.plural and e.type == "Group" and not e.generic:
            return True  # "thirty gunmen ambushed a patrol … Kurti called the attackers"
        head = e.head_lemma or e.name.split()[-1].lower()
        if word in self.armed_branches:
            # "the junta … the navy has been shelling the town": its navy (never a rebel army's)
            return head in self.f.armed_forces and self._state_forces_of(e)
        if word in self.f.armed_forces and not e.head_lemma and self.state_force(e.name):
            return True  # "the army" for the "Lesotho Defence Force" named before
        if word in self.f.armed_forces and head in self.f.armed_forces:
            # "the military" or "the junta" for the Burmese army named before (but not for
            # the Arakan Army, a rebel group)
            return word not in self.state_forces or e.head_lemma != "" or self._state_army(e)
        if aw.role in ("MIL", "REB") and aw.type == "Group" and (
            not e.head_lemma and not e.generic and e.type == "Group"
        ):
            return True  # "the mercenaries" for Wagner, "the rebels" for the Houthis
        if aw.role == "GOV" and aw.type != "Person" and (
            e.type == "Country" or e.capital_of is not None
        ):
            return True
        if counted and aw.type == "Person":
            return e.type == "Person"  # "the two presidents": any two people named before
        if aw.type == "Person" or aw.role in _STRICT_ROLES:
            return False
        # "the company", "the militia": a named actor of that type, not another kind of body
        bodies = {"Organization", "Group"}
        same = e.type == aw.type or (e.type in bodies and aw.type in bodies)
        return not e.generic and not e.head_lemma and same

    def _country_lead(self, name: str) -> tuple[KnownActor | None, list[str]]:
        """The country a name opens with, and the words after it: "Myanmar National
        Democratic Alliance Army" → Myanmar, ["National", …, "Army"]."""
        words = name.split()
        for n in range(len(words) - 1, 0, -1):
            lead = " ".join(words[:n])
            known = self.res.demonyms.get(fold(lead)) or self.res.known.get(lead)
            if known is not None and known.type == "Country":
                return known, words[n:]
        return None, []

    def state_force(self, name: str) -> KnownActor | None:
        """The country whose armed forces a name is, and nothing else: "Kenya Defence
        Forces", "Republic of Sierra Leone Armed Forces" (not "Syrian National Army")."""
        written = name.split()
        words = [fold(w) for w in written]
        if not words or words[-1] not in ("forces", "force", "army", "military"):
            return None
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                part = " ".join(words[i : i + size])
                known = self.res.demonyms.get(part) or self.res.known.get(
                    " ".join(written[i : i + size]))
                if known is None or known.type != "Country":
                    continue
                rest = set(words[:i] + words[i + size :]) - _FORCE_WORDS
                return known if not rest else None
        return None

    def named_country(self, name: str) -> KnownActor | None:
        """The country a name opens with: "Myanmar National Democratic Alliance Army"."""
        return self._country_lead(name)[0]

    def _state_forces_of(self, e: Entity) -> bool:
        """Whether an armed forces' actor is a state's: "the junta", "the Burmese military",
        "Sudanese Armed Forces" (not the "Arakan Army")."""
        known = self.res.known.get(e.affiliation or "")
        if known is not None and known.type == "Country":
            return True
        return (e.generic and e.head_lemma in self.state_forces) or self._state_army(e)

    def _state_army(self, e: Entity) -> bool:
        """Whether a named army is a state's ("Sudanese Armed Forces", "Israel Defense
        Forces"), not a rebel one ("Arakan Army", "Ta'ang National Liberation Army")."""
        country, rest = self._country_lead(e.name)
        return country is not None and all(w.lower() in _ARMY_WORDS for w in rest)

    def _compatible(
        self, e: Entity, prev: Mention, types: frozenset[str], number: str, gender: str,
        word: str, m: Mention,
    ) -> bool:
        etype = e.type
        if e.capital_of is not None:
            etype = e.capital_of.type
        if types and etype not in types:
            return False
        plural = number == "plur" or word in self.plural_pronouns
        if plural and etype == "Person" and not e.plural:
            return False  # "them" is not one person
        if plural and not (e.plural or prev.plural) and m.kind == "pronoun" and self._quantified(
            self.f.doc[m.head]
        ):
            return False  # "spent most of them insulting each other": many of something
        body = e.head_lemma in self.singular_bodies or prev.kind == "name"
        if number == "sing" and e.plural and etype != "Country" and not (
            etype == "Organization" and body
        ):
            return False  # "it" is not "the troops", though it can be "the police"
        if gender in ("m", "f") and e.gender not in (None, gender):
            return False
        if m.kind == "description":
            ptok = self.f.doc[prev.head]
            if e.capital_of is not None and count_of(self.f.doc[m.head]) and (
                ptok.dep_ not in _SUBJECT_DEPS
            ):
                return False  # "flew to Seoul … the two" are people, not the capital
            if not self._specific(e, word, counted=count_of(self.f.doc[m.head]) is not None):
                return False
            if e.generic and e.head_lemma != m.head_lemma and not (
                m.head_lemma in self.armed_branches and e.head_lemma in self.state_forces
            ):
                return False
        return not (prev.kind == "pronoun" and prev.sent == m.sent and prev.head > m.head)

    def _quantified(self, tok: Token) -> bool:
        """Whether a pronoun is counted: "most of them", "hundreds of them"."""
        return tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.lower_ in self.quantities or tok.head.head.pos_ == "NUM"
        )

    def _speaker(self, tok: Token) -> int | None:
        """The subject of the saying verb whose clause a subject pronoun opens: "Angola says
        it will …", "the army said it had killed …"."""
        clause = tok.head
        if tok.dep_ == "poss" and tok.head.dep_ in ("dobj", "pobj", "nsubj") and not any(
            c.lower_ == "own" for c in tok.head.children
        ):
            # "the party says the army raided its offices": the offices are the speaker's
            # (and "the coalition said its air defences shot it down")
            clause = tok.head.head
            for _ in range(4):  # "rammed one of its supply boats": up to the verb
                if clause.pos_ == "VERB" or clause.head.i == clause.i:
                    break
                clause = clause.head
            if clause.pos_ != "VERB":
                return None
        elif tok.dep_ not in _SUBJECT_DEPS:
            return None
        if clause.dep_ != "ccomp":
            return None
        verb = clause.head
        effect = self.res.complements.get(verb.lemma_.lower())
        if effect is None or effect[1] not in ("reported", "alleged", "denied"):
            return None
        for _ in range(3):
            subject = next((c.i for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None or verb.dep_ not in ("xcomp", "pcomp", "advcl", "conj"):
                return subject
            # "Nicosia has spent the months denying that it helps Israel": who denies
            verb = verb.head.head if verb.head.dep_ == "prep" else verb.head
        return None

    def entities_at(self, heads: set[int]) -> set[int]:
        """The entities of the mentions headed by these tokens."""
        return {m.entity for h in heads for m in self.f._at_head.get(h, []) if m.entity is not None}

    def coarguments(self, tok_i: int) -> set[int]:
        """Entities a non-reflexive pronoun cannot be: the subject of its own verb."""
        tok = self.f.doc[tok_i]
        if tok.dep_ in ("nsubj", "csubj"):
            # "He told Johnson": a subject pronoun is not a name its own verb governs
            heads = {c.i for c in tok.head.children if c.dep_ in ("dobj", "dative")}
            heads |= {g.i for c in tok.head.children if c.dep_ in ("prep", "agent")
                      for g in c.children if g.dep_ == "pobj"}
            heads |= {c.i for h in list(heads) for c in self.f.doc[h].conjuncts}
            return {m.entity for h in heads for m in self.f._at_head.get(h, [])
                    if m.kind == "name" and m.entity is not None}
        if tok.dep_ in _SUBJECT_DEPS or tok.dep_ == "poss":
            return set()
        if tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN":
            # "Russia's invasion of the country": the invader is not the invaded
            noun = tok.head.head
            owners = {c.i for c in noun.children if c.dep_ in ("poss", "compound")}
            verbal = noun.dep_ == "dobj" and (
                noun.head.lemma_.lower() in self.light_verbs
                or noun.lemma_.lower() not in self.res.event_nouns
            )
            if self.entities_at(owners) or not verbal:
                return self.entities_at(owners)
            # "he had begun a pardon procedure for both men", "cut ties with the kingdom":
            # the verb's subject is no more its object here than anywhere
        verb = tok.head
        while verb.dep_ in ("prep", "agent", "pobj", "dobj") and verb.head.i != verb.i:
            verb = verb.head
        # "called Merkel and thanked her": the second verb shares the first one's subject.
        while verb.dep_ in ("conj", "advcl", "xcomp", "acomp") and not any(
            c.dep_ in _SUBJECT_DEPS for c in verb.children
        ):
            verb = verb.head
        out: set[int] = set()
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            # "with the DA and the IFP voting for him": the noun the clause hangs on acts
            heads = {verb.head.i, *(c.i for c in verb.head.conjuncts)}
            out |= self.entities_at(heads)
        if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "attr" and (
            verb.head.head.lemma_ in ("be", "become")
        ):
            # "Ethiopia would become the first country to recognise it": not Ethiopia
            out |= self.entities_at({c.i for c in verb.head.head.children
                                      if c.dep_ in _SUBJECT_DEPS})
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            # "the police and the Rangers"; of two subjects the parser gives one verb
            # ("Mondlane called on…, and the government accused him"), the nearer one's
            child = subjects[-1]
            if child.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
                child = verb.head  # "Algeria, which cut ties with the kingdom": Algeria
            out |= self.entities_at({child.i, *(c.i for c in child.conjuncts)})
        return out


def _clause_subject(tok: Token) -> set[int]:
    """The subject of the clause a word stands in (a shared subject of conjoined verbs,
    and a name in apposition to it): whose "his" in "spent his first evening" is."""
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ != "conj":
            break
        verb = verb.head
    return {t.i for s in subjects for t in (s, *(c for c in s.children if c.dep_ == "appos"))
            if t.i != tok.i}

def _depth(tok: Token) -> int:
    """How many arcs a token hangs below its sentence's root."""
    depth = 0
    while tok.head.i != tok.i and depth < 20:
        tok, depth = tok.head, depth + 1
    return depth

def _source(tok: Token) -> bool:
    """Whether a name is the source a sentence cites: "according to Celso Amorim, …"."""
    while tok.dep_ in ("appos", "conj", "compound"):
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"

def _expletive(tok: Token, willing: frozenset[str] = frozenset()) -> bool:
    """ "It" that refers to nothing: "it is clear that…", "it gets worse", "it seems" (but
    "Syria says it is willing to withdraw": an adjective of ``willing`` says someone is)."""
    head = tok.head
    if head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in willing
                                   for c in head.children) and not any(
        c.dep_ == "ccomp" for c in head.children  # "it is not clear that…"
    ):
        return False
    return head.lemma_ in ("be", "seem", "appear", "get", "look", "turn", "remain", "matter")
