"""Actor mentions in a parsed post: names, actor noun phrases, pronouns and descriptions.

A mention is a stretch of tokens that may refer to an actor. Names come from the named-entity
recogniser and the gazetteer; noun phrases headed by actor words ("the Greek coast guard",
"a senior French diplomat") carry their affiliation; pronouns ("she") and definite descriptions
("the group") are left for :mod:`kg.extract.resolve` to link to an earlier actor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg.extract.resources import KnownActor, Resources, acronym_like, fold

NER_TYPES = {
    "PERSON": "Person", "ORG": "Organization", "GPE": "Place", "NORP": "Group",
    "LOC": "Place", "FAC": "Place",
}
BARE_NAME_DEPS = {"nsubj", "nsubjpass", "conj", "appos", "poss"}
# Entity labels whose spans are never actors (a misread name gets another label, and a
# chance as a bare name).
NOT_ACTOR_ENTS = {
    "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LANGUAGE",
}


@dataclass
class Mention:
    """A span of a post that may refer to an actor."""

    start: int
    end: int
    head: int
    text: str
    kind: str  # name | nominal | pronoun | description | place
    type: str  # one of ACTOR_TYPES, or "" when unknown
    sent: int
    key: str = ""
    plural: bool = False
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    known: KnownActor | None = None
    capital_of: KnownActor | None = None
    head_lemma: str = ""
    entity: int | None = None
    possessor: int | None = None  # token index of a possessive pronoun ("its army")
    generic: bool = False
    group: list[int] = field(default_factory=list)  # "they" = several actors: their mentions
    split: bool = False  # the second of "Chinese and Indian troops", sharing the head token
    head_text: str = ""  # a noun phrase's head words without the affiliation: "coast guard"


class MentionFinder:
    """Finds the mentions of one parsed post; built once per vocabulary."""

    def __init__(self, res: Resources, vocab: object) -> None:
        self.res = res
        self.group_words = res.words("group_word")
        self.not_names = res.words("not_name")
        self.documents = res.words("document_word")
        self.calendar_words = res.words("calendar_word")
        self._multiword_ends = frozenset(w.split()[-1] for w in res.actor_words if " " in w)
        self.operation_words = res.words("operation_word")
        self.weather_words = res.words("weather_word")
        self.naming_verbs = res.words("naming_verb")
        self.pronouns = res.words("resolved_pronoun")
        self.motion_verbs = res.words("motion_verb")
        self.owned_places = res.words("owned_place")
        self.leader_bodies = res.words("leader_body")
        self.question_words = res.words("question_word")
        self.plural_only = res.words("plural_only")
        self.place_nouns = res.words("place_noun")
        self.definite = res.words("definite")
        self.armed_forces = res.words("armed_forces") - {"junta"}
        self.exact = PhraseMatcher(vocab)  # type: ignore[arg-type]
        self.lower = PhraseMatcher(vocab, attr="LOWER")  # type: ignore[arg-type]
        self.tokenizer_vocab = vocab
        self._patterns: dict[str, KnownActor] = {}
        self._lc_id = vocab.strings.add("GAZ_LC")  # type: ignore[attr-defined]

    def add_patterns(self, make_doc: object) -> None:
        """Compile the gazetteer's names, aliases, demonyms and capitals into phrase matchers."""
        names: dict[str, KnownActor] = {}
        for actor in self.res.known.values():
            for alias in (actor.name, *actor.aliases, *actor.capitals, *actor.demonyms):
                names.setdefault(alias, actor)
        exact, lower, lowercase = [], [], []
        for alias in names:
            self._patterns[alias] = names[alias]
            exact.append(make_doc(alias))  # type: ignore[operator]
            if acronym_like(alias):
                # "US", "AfD", "U.S." match only as written, or they would fire on ordinary
                # words ("us", "fed up"); long all-caps ones also as British style writes them.
                if alias.isupper() and alias.isalpha() and len(alias) >= 4:
                    exact.append(make_doc(alias.title()))  # type: ignore[operator]
            elif alias[0].islower():
                lowercase.append(make_doc(alias))  # type: ignore[operator]
            else:
                lower.append(make_doc(alias))  # type: ignore[operator]
        self.exact.add("GAZ", exact)
        self.lower.add("GAZ", lower)
        # Names written in lower case ("al-Qaeda") match however the text capitalises them.
        self.lower.add("GAZ_LC", lowercase)

    # -- public ---------------------------------------------------------------------------

    def find(self, doc: Doc) -> list[Mention]:
        """All mentions in ``doc``, in text order, without overlaps."""
        sent_of = _sentence_index(doc)
        names = self._names(doc, sent_of)
        taken: set[int] = set()
        self._name_at: dict[int, Mention] = {}
        for m in names:
            taken.update(range(m.start, m.end))
            for i in range(m.start, m.end):
                self._name_at[i] = m
        mentions = list(names)
        for m in names:
            self._people_of_a_place(doc, m)
        self._twins: list[tuple[Mention, Mention]] = []
        # Names the recogniser missed first, so that a title before one ("president Gustavo
        # Petro") is known to be a title when the noun phrases are read.
        # "Biegun then flew on": a surname already named in full is a name wherever it
        # stands, even when the tagger calls it a noun at the start of a sentence.
        surnames = {m.key.split()[-1] for m in names if len(m.key.split()) > 1 and (
            m.type in ("Person", "") or m.key.split()[0] in self.res.given_names
        )}
        for tok in doc:
            if tok.text in surnames and tok.pos_ == "AUX" and tok.dep_ == "aux" and (
                tok.i + 1 < len(doc) and doc[tok.i + 1].lemma_ in ("have", "be")
            ):
                # "May had asked Tusk": no modal comes before "had"; the surname is the subject
                tok.pos_, tok.dep_ = "PROPN", "nsubj"
            if tok.i not in taken and (tok.pos_ == "PROPN" or (
                tok.text in surnames and tok.pos_ == "NOUN" and tok.is_title
            )):
                bare = self._bare_name(tok, sent_of, taken, surname=_surname_here(tok, surnames))
                if bare is not None:
                    mentions.append(bare)
                    for i in range(bare.start, bare.end):
                        self._name_at[i] = bare
        for tok in doc:
            if tok.i in taken:
                continue
            found = self._pronoun(tok, sent_of) or self._nominal(tok, doc, sent_of, taken)
            if found is None and tok.pos_ == "NOUN":
                found = self._bare_name(tok, sent_of, taken)  # "the IEBC", tagged a noun
            if found is not None:
                mentions.append(found)
                taken.add(found.head)
        mentions += [twin for _, twin in self._twins]
        mentions.sort(key=lambda m: (m.start, m.head, m.split))
        index = {id(m): n for n, m in enumerate(mentions)}
        for first, twin in self._twins:
            n = index[id(first)]
            mentions[n].group = (mentions[n].group or [n]) + [index[id(twin)]]
        return mentions

    # -- names ----------------------------------------------------------------------------

    def _part_candidates(
        self, parts: list[Span], label: str, sent_of: list[int]
    ) -> list[tuple[int, int, int, Mention]]:
        """Name candidates for the parts of a span the recogniser took as one name."""
        found = [self._name_mention(part, label, sent_of) for part in parts]
        return [(m.end - m.start, 0, m.start, m) for m in found if m is not None]

    def _is_place(self, word: str) -> bool:
        """Whether a word is a country or capital the gazetteer knows ("Berlin", "Kenya")."""
        return word in self.res.aliases or fold(word) in self.res.capitals

    def _known_pair(self, span: Span) -> list[Span]:
        """ "US-China", "Japan–South Korea": two gazetteer actors joined by a hyphen (while
        "Guinea-Bissau" and "Waker-uz-Zaman" stay whole)."""
        aliases = self.res.aliases
        if span.text in aliases or fold(span.text) in aliases:
            return []
        parts = _split_at_hyphen(span)
        if parts and all(p.text in aliases for p in parts):
            return parts
        return []

    def _names(self, doc: Doc, sent_of: list[int]) -> list[Mention]:
        candidates: list[tuple[int, int, int, Mention]] = []
        for ent in doc.ents:
            if ent.label_ not in NER_TYPES and not _defined_acronym(ent):
                continue
            span = _trim(ent, self.question_words, self.calendar_words, self.res.titles,
                         self._is_place, self.res.given_names)
            if span is None or span[0].lower_ in self.operation_words or (
                span.start > 0 and doc[span.start - 1].lower_ in self.weather_words
            ) or span[0].lower_ in self.weather_words:
                continue  # "Operation 1027" is what the alliance launched; "Storm Daniel" hit
            if ent.label_ == "NORP" and len(span) == 1 and span.root.dep_ == "compound" and (
                span.root.head.pos_ == "PROPN" and span.end < len(doc)
                and doc[span.end].pos_ == "PROPN" and fold(span.text) not in self.res.demonyms
            ):
                continue  # "Han Duck-soo": a surname, not a people (left to the bare names)
            parts = (_coordinated_names(span) or _names_across_clauses(span)
                     or _backed_names(span))
            label = NER_TYPES.get(ent.label_, "Organization")
            if parts:
                # "Axum and Adwa" as one organisation: two names (a name that really is
                # "X and Y", such as Trinidad and Tobago, comes from the gazetteer and wins)
                candidates += self._part_candidates(parts, label, sent_of)
                continue
            if ent.label_ in ("PERSON", "ORG") and len(span) == 1 and span.end < len(doc) and (
                span.text not in self.res.given_names
                and doc[span.end].ent_type_ in ("", "PERSON") and span[0].dep_ == "compound"
                and span[0].head.i == span.end and doc[span.end].pos_ == "PROPN"
            ):
                # "Ruben Vardanyan": a given name the recogniser took alone, for an
                # organisation; the whole name's type is left to the votes
                label = ""
                span = doc[span.start : span.end + 1]
            elif ent.label_ in ("PERSON", "ORG") and len(span) == 1 and (
                span.text in self.res.given_names and span.end < len(doc)
            ):
                after = doc[span.end]
                if after.is_title and after.pos_ == "PROPN" and after.whitespace_ != "" and (
                    span[0].whitespace_ == " "
                ):
                    # "Theresa May until October 31": the recogniser took the surname for a
                    # date; a given name alone is rarely all of a person's name
                    span = doc[span.start : span.end + 1]
            start, end = hyphenated(doc, span.start, span.end)
            span = doc[start:end]
            pair = self._known_pair(span)
            if pair:
                # "the US-China talks": two actors, not one name
                candidates += self._part_candidates(pair, "", sent_of)
                continue
            m = self._name_mention(span, label, sent_of)
            if m is not None:
                candidates.append((m.end - m.start, 0, m.start, m))
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                if matcher is self.lower and match_id != self._lc_id and (
                    span[0].is_lower or any(t.is_lower and not t.is_stop for t in span)
                ):
                    continue  # "visited Russia today" is no "Russia Today"
                m = self._name_mention(span, "", sent_of)
                if m is not None:
                    candidates.append((end - start, 1, start, m))
        # Longest first; the gazetteer wins a tie because its types are reliable.
        candidates.sort(key=lambda c: (-c[0], -c[1], c[2]))
        chosen: list[Mention] = []
        used: set[int] = set()
        for _, _, _, m in candidates:
            if used.intersection(range(m.start, m.end)):
                continue
            chosen.append(m)
            used.update(range(m.start, m.end))
        return [m for m in chosen if not self._is_modifier_demonym(doc, m)]

    def _people_of_a_place(self, doc: Doc, m: Mention) -> None:
        """ "the Armenians of Karabakh" are a people, not Armenia's state."""
        if m.known is None or m.known.type != "Country" or m.end + 1 >= len(doc) or (
            fold(m.text) not in self.res.demonyms or not m.text.endswith("s")
        ) or doc[m.end].lower_ != "of":
            return
        place = self._name_at.get(m.end + 1)
        if place is None or place.kind != "name" or not (
            place.type == "Place" or (place.known is not None and place.known.type == "Place")
        ):
            return
        m.affiliation = m.known.name
        m.known, m.type = None, "Group"
        m.key = m.text = f"{place.text} {m.text}"

    def _name_mention(self, span: Span, ner_type: str, sent_of: list[int]) -> Mention | None:
        res = self.res
        text = span.text.strip()
        if not text or not any(c.isalpha() for c in text):
            return None
        if ner_type and text.islower():
            return None  # "the senate", "congress": a common noun, read as an actor phrase
        if res.aliases.get(text) is None and _office_named(span[-1], res.titles, span.start):
            return None  # "the Speaker of the House": an office, read as an actor phrase
        key = fold(text)
        known = res.aliases.get(text) or (res.aliases.get(key) if text[0].isupper() else None)
        capital = res.capitals.get(key) if known is None or known.type == "Place" else None
        demonym = res.demonyms.get(key) if known is None else None
        head = span.root.i
        m = Mention(span.start, span.end, head, text, "name", ner_type, sent_of[span.start])
        m.plural = span.root.tag_ in ("NNS", "NNPS")
        if known is not None:
            m.known, m.type, m.key = known, known.type, known.name
        elif capital is not None:
            m.capital_of, m.type, m.key = capital, "Place", text
        elif demonym is not None and _counted(span.root):
            # "two Canadians", "3.6 million Syrians": people of a country, not its state
            m.type, m.key, m.affiliation = "Group", text, demonym.name
        elif demonym is not None:
            m.known, m.type, m.key = demonym, demonym.type, demonym.name
        else:
            if ner_type == "":
                return None
            if ner_type == "Group":
                # An unknown nationality or religion is not an actor on its own.
                return None
            if ner_type == "Organization" and self.group_words.intersection(key.split()):
                m.type = "Group"
            m.key = text
        if m.type in ("Organization", "") and m.known is None and m.capital_of is None:
            self._titles(span, m)
            if m.titles:
                m.type = "Person"  # "Lieutenant-Colonel Paul-Henri Damiba", read as a body
        if m.type == "Person":
            self._strip_titles(span, m)
            if not m.titles:
                self._titles(span, m)
        return m

    def _strip_titles(self, span: Span, m: Mention) -> None:
        """ "Crown Prince Mohammad bin Salman" as one entity: the title goes to ``titles``."""
        words = [t.text for t in span]
        for k in range(len(words) - 1):
            for n in range(min(len(words) - 1 - k, 4), 0, -1):
                # the words as written: "Lieutenant-Colonel" is three tokens
                cand = fold(span[k : k + n].text)
                if cand not in self.res.titles:
                    continue
                # "Solomon Islands Prime Minister Manasseh Sogavare" read as one name: the
                # words before the title must name its affiliation.
                affiliation = self._affiliation_of(" ".join(words[:k])) if k else None
                if k and affiliation is None:
                    continue
                if not k:
                    # "Irish Taoiseach Leo Varadkar", the title inside the name, the
                    # nationality before it
                    before = self._words_before(span)
                    affiliation = self._affiliation_of(" ".join(before)) if before else None
                title = self.res.titles[cand]
                if cand not in self.res.honorifics:
                    m.titles.append(title)
                m.start = span.start + k + n
                m.text = m.key = span.doc[m.start : span.end].text
                if affiliation is not None:
                    m.affiliation = affiliation
                return

    def _is_modifier_demonym(self, doc: Doc, m: Mention) -> bool:
        """A demonym or name used as an adjective of an actor noun ("Greek" coast guard)."""
        tok = doc[m.head]
        if tok.dep_ not in ("amod", "compound", "nmod"):
            return False
        head = tok.head
        if any(t.text == "," for t in doc[m.end : head.i]):
            return False  # "Han Dong-hoon, the PPP's leader": a name, misparsed as a modifier
        return self._actor_word(head) is not None and head.i >= m.end

    def _titles(self, span: Span, m: Mention) -> None:
        """Titles and affiliation written before a person's name ("German Chancellor")."""
        doc = span.doc
        words = self._words_before(span)
        # The longest title that ends right before the name; before it, an affiliation.
        for n in range(len(words), 0, -1):
            cand = fold(" ".join(words[-n:]))
            if cand in self.res.titles:
                title = self.res.titles[cand]
                if cand not in self.res.honorifics:
                    m.titles.append(title)
                rest = words[:-n]
                if rest:
                    text = " ".join(rest)
                    m.affiliation = self._affiliation_of(text)
                    if m.affiliation is None:
                        # "Former Nissan chairman Carlos Ghosn": an organisation's name.
                        toks = doc[span.start - len(words) : span.start - n]
                        names = [t.text for t in toks if t.pos_ == "PROPN"
                                 and t.ent_type_ in ("ORG", "GPE", "NORP")]
                        m.affiliation = " ".join(names) or None
                break

    @staticmethod
    def _words_before(span: Span) -> list[str]:
        """The words right before a name that may be its titles and affiliation."""
        doc = span.doc
        i = span.start
        words: list[str] = []
        while i > 0 and span.start - i < 6:
            tok = doc[i - 1]
            if words and tok.text == "-" and not tok.whitespace_ and i >= 2 and (
                not doc[i - 2].whitespace_ and doc[i - 2].is_alpha
            ):
                # "NATO Secretary-General Jens Stoltenberg": one title, cut at its hyphen
                words[0] = f"{doc[i - 2].text}-{words[0]}"
                i -= 2
                continue
            if tok.is_punct or tok.pos_ == "CCONJ" or (
                tok.pos_ in ("VERB", "AUX", "ADP") and tok.lower_ != "of"
            ) or tok.ent_type_ == "PERSON":
                break
            words.insert(0, tok.text)
            i -= 1
        return words

    def _affiliation_of(self, text: str) -> str | None:
        text = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I).strip()
        text = re.sub(r"('s|’s|'|’)$", "", text).strip()  # "the Solomons' foreign minister"
        if not text:
            return None
        key = fold(text)
        for table in (self.res.aliases, self.res.demonyms):
            actor = table.get(text) or table.get(key)
            if actor is not None:
                return actor.name
        capital = self.res.capitals.get(key)
        if capital is not None:
            return capital.name
        for word in reversed(text.split()):
            actor = self.res.demonyms.get(fold(word)) or self.res.aliases.get(word)
            if actor is not None:
                return actor.name
        return None

    # -- pronouns and noun phrases ---------------------------------------------------------

    def _pronoun(self, tok: Token, sent_of: list[int]) -> Mention | None:
        entry = self.res.pronouns.get(tok.lower_)
        if tok.lower_ == "there" and not (
            tok.dep_ == "advmod" and tok.head.lemma_.lower() in self.motion_verbs
        ):
            return None  # "there" is a place only where someone goes: "will fly there"
        if entry is None or tok.lower_ not in self.pronouns or (
            tok.pos_ not in ("PRON", "DET") and tok.lower_ != "there"
        ):
            return None
        if tok.dep_ == "poss" and tok.head.lower_ == "own" and tok.head.dep_ == "pobj":
            return None  # "answered with bans of their own": the doers themselves, no target
        _, number, _ = entry
        m = Mention(tok.i, tok.i + 1, tok.i, tok.text, "pronoun", "", sent_of[tok.i])
        m.plural = number == "plur"
        m.key = tok.lower_
        return m

    def _bare_name(
        self, tok: Token, sent_of: list[int], taken: set[int], *, surname: bool = False
    ) -> Mention | None:
        """A proper name the recogniser missed, in an actor's place ("Merkel and Macron met")."""
        # An acronym is a name wherever it stands, even when tagged as a noun ("the IEBC").
        acronym = tok.is_upper and 2 <= len(tok.text) <= 6 and tok.is_alpha and tok.pos_ in (
            "PROPN", "NOUN") and tok.dep_ in BARE_NAME_DEPS | {"dobj", "pobj", "dative"}
        chain = [c for c in tok.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
        # In an object's place a capitalised word mid-sentence is a name ("met Pelosi").
        # (and "The man they chose is General Brice Oligui Nguema", after "is")
        named_object = (
            (tok.dep_ in ("dobj", "pobj", "dative") and (len(chain) >= 1 or not tok.is_sent_start))
            or (tok.dep_ == "attr" and len(chain) >= 1)
        ) and fold(tok.text) not in self.res.demonyms
        doc = tok.doc
        # "Han Duck-soo": a hyphenated given name ends in a lower-case word
        titled = tok.is_title or (tok.i >= 2 and tok.is_lower and doc[tok.i - 1].text == "-"
                                  and not doc[tok.i - 1].whitespace_
                                  and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].is_title
                                  and doc[tok.i - 2].pos_ == "PROPN")
        if not acronym and (tok.pos_ not in ("PROPN", "NOUN") or not titled
                            or (tok.dep_ not in BARE_NAME_DEPS and not named_object
                                and not (surname and tok.dep_ == "nmod"))):
            # (a surname the post gave in full is a name wherever the parser hangs it:
            # "calls Chérizier a terrorist", Chérizier/nmod)
            return None
        if not surname and (tok.lower_ in self.not_names or tok.ent_type_ in NOT_ACTOR_ENTS
                            or tok.lower_ in self.documents):
            return None  # a surname the post gave in full is a name even when it is "May"
        if not surname and not acronym and _office_named(tok, self.res.titles):
            # "the Speaker of the House": an office, read as an actor phrase ("the Queen"
            # alone stays a name)
            return None
        if not surname and tok.is_sent_start and not acronym and any(
            w in self.res.actor_words for w in (tok.lower_, tok.lower_[:-1], tok.lower_[:-2])
        ):
            return None  # "Rebels led by HTS took Hama": a common noun that opens a sentence
        start = tok.i
        while start > 0 and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].dep_ in (
            "compound", "flat"
        ) and tok.doc[start - 1].head.i == tok.i and start - 1 not in taken and (
            tok.doc[start - 1].lower_ not in self.calendar_words  # "On Monday Damiba left"
        ) and not tok.doc[start - 1].is_lower:  # "Mirziyoyev rang Tokayev": "rang" is no name
            start -= 1
        start, _ = hyphenated(tok.doc, start, tok.i + 1)
        start = min(start, tok.i)
        while start > 0 and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].dep_ in (
            "compound", "flat"
        ) and start - 1 not in taken and tok.doc[start - 1].whitespace_ and (
            tok.doc[start - 1].lower_ not in self.calendar_words
        ) and not tok.doc[start - 1].is_lower:
            start -= 1  # "General Waker-uz-Zaman"
        span = tok.doc[start : tok.i + 1]
        if span[0].lower_ in self.operation_words or span[0].lower_ in self.weather_words or (
            start > 0 and tok.doc[start - 1].lower_ in self.weather_words
        ):
            return None  # "launched Operation Cast Lead": an event; "Storm Daniel": weather
        m = Mention(start, tok.i + 1, tok.i, span.text, "name", "", sent_of[tok.i])
        m.key = span.text
        self._strip_titles(span, m)
        if m.titles:
            m.type = "Person"  # "Crown Prince Mohammad bin Salman"
        for i in range(start, tok.i + 1):
            taken.add(i)
        return m

    def _actor_word(self, tok: Token) -> tuple[str, str] | None:
        """The actor word ``tok`` heads, with a multiword form when the compound before it fits."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        words = self.res.actor_words
        lemma = tok.lemma_.lower()
        lower = tok.lower_
        # (only words that end a multiword entry look at the word before: this runs on
        # every noun of every post)
        ends = self._multiword_ends
        prev = tok.doc[tok.i - 1] if tok.i > 0 and (lemma in ends or lower in ends) else None
        if prev is not None and prev.head.i == tok.i and prev.dep_ in ("compound", "amod"):
            for cand in (f"{prev.lower_} {lemma}", f"{prev.lower_} {tok.lower_}"):
                if cand in words:
                    return cand, words[cand].type
        for cand in (lower, lemma):
            if cand in words:
                return cand, words[cand].type
        if tok.pos_ == "PROPN" and tok.is_sent_start and lower.endswith("s"):
            # "Rebels led by HTS…": a plural common noun tagged a name at a sentence start
            for cand in (tok.lower_[:-1], tok.lower_[:-2]):
                if cand in words and tok.lower_ not in self.not_names:
                    return cand, words[cand].type
        return None

    def _nominal(
        self, tok: Token, doc: Doc, sent_of: list[int], taken: set[int]
    ) -> Mention | None:
        if tok.dep_ == "oprd" and tok.head.lemma_.lower() in self.naming_verbs:
            return None  # "called González and Machado 'criminals'": what they are called
        found = self._actor_word(tok)
        place = False
        lemma = tok.lemma_.lower()
        subject = tok.dep_ in ("nsubj", "nsubjpass")
        if lemma in self.res.descriptions and (subject or tok.dep_ in ("dobj", "pobj")) and (
            (tok.pos_ == "NUM" and any(c.dep_ == "det" and c.lower_ in ("the", "all")
                                       for c in tok.children))
            or (subject and tok.lower_ == "both" and not list(tok.children))
        ):
            # "The two spoke by phone", "both have said", "recalled its ambassadors from all
            # three": the last actors named
            m = Mention(tok.i, tok.i + 1, tok.i, tok.text, "description", "", sent_of[tok.i])
            m.head_lemma, m.generic, m.key, m.plural = lemma, True, lemma, True
            return m
        if found is None and tok.pos_ == "NOUN" and lemma in self.res.descriptions and any(
            c.dep_ == "det" and c.lower_ in self.definite for c in tok.children
        ) and not any(c.dep_ in ("amod", "compound", "poss") for c in tok.children):
            # "the kingdom", "the emirate", "the island": only ever a reference back
            kinds = sorted(self.res.descriptions[lemma])
            m = Mention(tok.i, tok.i + 1, tok.i, tok.text, "description", kinds[0],
                        sent_of[tok.i])
            m.head_lemma, m.generic, m.key = lemma, True, lemma
            m.plural = tok.tag_ == "NNS"
            return m
        if found is None:
            if tok.pos_ == "NOUN" and lemma in self.place_nouns:
                found, place = (lemma, "Place"), True
            else:
                return None
        word, atype = found
        act = self.res.actions.get(tok.head.lemma_.lower()) if tok.dep_ == "dobj" else None
        if word == "office" and act is not None and act.category in ("ASSAULT", "COERCE") and any(
            (c.dep_ in ("poss", "compound") and c.pos_ == "PROPN") or (
                c.dep_ == "prep" and c.lower_ == "of"
                and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
            ) for c in tok.children
        ):
            return None  # "raided the offices of the ZESN": a place of theirs, where they are hit
        if word == "office" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in (
            "hold", "seek", "take", "leave", "assume"
        ):
            return None  # "disqualified from holding public office": a post, not a body
        if word == "office":
            for child in tok.children:
                named = self._name_at.get(child.i) if child.dep_ == "poss" else None
                if named is not None and named.kind == "name" and named.type == "Person":
                    # "Ariel Henry's office calls Chérizier a terrorist": Henry does
                    m = Mention(tok.i, tok.i + 1, tok.i, named.text, "name", "Person",
                                sent_of[tok.i])
                    m.key, m.known = named.key, named.known
                    return m
        leader = self._led_by(tok) if atype == "Group" else None
        if leader is not None:
            # "rebels led by Hayat Tahrir al-Sham took Hama": the group that leads them did
            m = Mention(tok.i, tok.i + 1, tok.i, leader.text, "name", leader.type,
                        sent_of[tok.i])
            m.key, m.known, m.plural = leader.key, leader.known, True
            return m
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i in taken:
            return None  # a title before a name: "German Chancellor Angela Merkel"
        if atype == "Person" and any(
            c.i > tok.i and c.dep_ in ("compound", "flat", "npadvmod", "nmod")
            and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in tok.children
        ):
            return None  # "Senator from Vermont Bernie Sanders": the name is the actor
        # (a word the tokenizer kept whole, "vice-president", starts where it stands)
        start = tok.i if word in (tok.lower_, lemma) else tok.i - len(word.split()) + 1
        mods: list[str] = []
        backed = ""  # "Turkish-backed", written before all else
        affiliation: str | None = None
        affil_text: str | None = None
        possessor: int | None = None
        # "the militia's bases": the parser may hang "the" on the thing owned
        definite = any(c.dep_ == "case" for c in tok.children) and any(
            d.dep_ == "det" and d.lower_ in self.definite and d.i < tok.i
            for d in tok.head.children
        )
        others: list[tuple[str, str]] = []  # "Chinese and Indian troops": the other affiliations
        if word in self.leader_bodies:
            for child in tok.lefts:
                named = self._name_at.get(child.i)
                if child.dep_ in ("poss", "compound") and named is not None and (
                    named.kind == "name" and named.known is None and named.capital_of is None
                    and named.type in ("Person", "")
                ):
                    # "Lukashenko's government", "the Biden administration": the leader's
                    # country, resolved once the post says whose leader that is
                    first = min(c.left_edge.i for c in tok.lefts)
                    m = Mention(first, tok.i + 1, tok.i, _subtree_text(tok), "owned", "",
                                sent_of[tok.i])
                    m.possessor, m.head_lemma = named.head, word
                    return m
        for child in tok.lefts:
            if child.i >= start:
                continue
            dep = child.dep_
            if dep == "det":
                definite = definite or child.lower_ in self.definite
            elif dep == "poss" and child.lower_ == "whose":
                # "Prigozhin, whose fighters seized Rostov": the relative's antecedent owns them
                clause = tok.head
                while clause.dep_ not in ("relcl", "ROOT") and clause.head.i != clause.i:
                    clause = clause.head
                if clause.dep_ == "relcl":
                    possessor = clause.head.i
            elif dep == "poss":
                if child.pos_ == "PRON":
                    if child.lower_ in ("his", "her") and word in self.owned_places:
                        return None  # "raided his office": a place of his, where he is hit
                    # "its army" belongs to someone; "our prime minister" to the writer
                    possessor = child.i if child.lower_ in self.pronouns else None
                else:
                    text = _subtree_text(child)
                    affiliation = self._name_of(child) or self._affiliation_of(text) or text
                    affil_text = self._adjective(affiliation, text)
            elif dep in ("amod", "compound", "nmod", "npadvmod"):
                if child.lemma_.lower() in _PROVENANCE:
                    continue  # "Chinese-made drones" are the army's, made in China
                if child.ent_type_ in ("DATE", "TIME") or child.lower_ in self.calendar_words:
                    continue  # "On the night of 11 October Taliban forces": a date
                if backer(child) is not None:
                    # "Iranian-backed militias" are not Iran's own: the backer is named in
                    # the name and is an actor of its own
                    backed = "".join(t.text_with_ws for t in child.subtree).strip()
                    continue
                text = _subtree_text(child)
                aff = self._name_of(child) or self._affiliation_of(text)
                police = self.res.actor_words.get(word)
                if aff is not None and police is not None and police.role == "POLICE" and (
                    self.res.capitals.get(fold(text)) is not None
                ):
                    aff = text  # "the Warsaw police" are the city's, not Poland's
                acronym = child.is_upper and child.is_alpha and len(child.text) >= 2
                # "Riot police used tear gas": a capital at a sentence start names nobody
                capital_only = aff is None and child.is_sent_start and not acronym
                if aff is not None or acronym or (child.ent_type_ in (
                    "ORG", "PERSON", "NORP", "GPE"
                ) and not capital_only):
                    if child.conjuncts:
                        text = child.text
                        aff = self._name_of(child) or self._affiliation_of(text)
                        for conj in child.conjuncts:
                            other = self._name_of(conj) or self._affiliation_of(conj.text)
                            if other is not None:
                                others.append((other, self._adjective(other, conj.text)))
                    affiliation = aff or text
                    affil_text = self._adjective(affiliation, text)
                elif dep == "compound" and child.pos_ in ("NOUN", "PROPN"):
                    lead = child.left_edge
                    if lead.i < child.i and lead.is_alpha and ((
                        lead.is_upper and len(lead.text) >= 2
                    ) or (
                        lead.pos_ == "PROPN" and lead.text[:1].isupper() and not lead.is_sent_start
                        and child.lemma_.lower() in self.res.actor_words
                    )):
                        # "OMON riot police": the acronym is whose police they are; "Chin
                        # resistance fighters" are the Chin resistance's
                        if lead.is_upper:
                            affiliation = affil_text = lead.text
                            text = " ".join(t.text for t in child.subtree if t.i > lead.i)
                        else:
                            affiliation = affil_text = text
                            continue
                    mods.append(text.lower() if child.pos_ == "NOUN" else text)
                elif dep in ("amod", "compound") and child.lower_ in self.res.actor_modifiers:
                    mods.append(child.lower_)
        if affiliation is None and possessor is None and not backed:
            # "activists from the National Super Alliance", "governments in Bogotá"
            for prep in tok.rights:
                if prep.dep_ != "prep" or prep.lower_ not in ("from", "of", "in"):
                    continue
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and (pobj.ent_type_ in ("ORG", "GPE", "NORP")
                                                or pobj.pos_ == "PROPN"):
                        named = self._name_at.get(pobj.i)
                        text = named.text if named else _subtree_text(pobj)
                        affiliation = self._name_of(pobj) or self._affiliation_of(text) or text
                        if named is not None and named.capital_of is not None:
                            # "the foreign ministry in Caracas" is Venezuela's
                            affiliation = named.capital_of.name
                            text = self.res.demonym_of.get(affiliation, affiliation)
                        affil_text = self._adjective(affiliation, text)
                        aw = self.res.actor_words.get(word)
                        local = aw is not None and aw.role in ("JUD", "POLICE") and (
                            pobj.pos_ == "PROPN"
                        )  # "a court in Tlemcen" is Tlemcen's court; "officials in Kisumu"
                        if prep.lower_ == "in" and self.res.known.get(affiliation) is None and (
                            not local
                        ):
                            affiliation = affil_text = None
                        elif tok.tag_ == "NNS":
                            # "the juntas in Mali and Burkina Faso": one group per country
                            for conj in pobj.conjuncts:
                                other = self._name_of(conj) or self._affiliation_of(conj.text)
                                if other is not None and self.res.known.get(other) is not None:
                                    others.append((other, self._adjective(other, conj.text)))
                break
        head_text = " ".join(t.text for t in doc[start : tok.i + 1])
        if head_text.lower() == head_text or tok.pos_ == "NOUN":
            head_text = head_text.lower()
        if place and word in self.owned_places and (mods or affiliation):
            # "Houthi positions", "Syrian army positions": hitting them hits their owner.
            owner_word = self.res.actor_words.get(mods[-1].lower()) if mods else None
            if owner_word is not None:
                word, atype, head_text, place = owner_word.word, owner_word.type, mods[-1], False
                mods = mods[:-1]
            elif affiliation is not None:
                m = Mention(tok.i, tok.i + 1, tok.i, affiliation, "owned", "", sent_of[tok.i])
                m.affiliation, m.key = affiliation, fold(affiliation)
                return m
        if place and affiliation is None and not mods:
            return None
        if place and affiliation is not None and not affiliation[:1].isupper():
            return None  # "its members' borders": a place of nobody named
        if (definite and tok.tag_ == "NNS" and affiliation is not None and not others
                and self.res.known.get(affiliation) is None and count_of(tok) is not None):
            # "Lithuania, Latvia and Estonia …: the three Baltic governments": a region's
            # adjective, no owner; the count makes them the countries just named
            affiliation = affil_text = None
            mods = [x for x in mods if x[:1].islower()]
        parts = [p for p in (backed, affil_text, *mods, head_text) if p]
        text = " ".join(parts)
        # not across a comma: "Han Dong-hoon, the PPP's leader" with the name as a modifier
        first = min([start, *(c.left_edge.i for c in tok.lefts if c.dep_ != "det" and not any(
            t.text == "," for t in doc[c.right_edge.i + 1 : tok.i]))])
        kind = "place" if place else "nominal"
        if definite and affiliation is None and not mods and not backed and (
            word in self.res.descriptions or word.split()[-1] in self.res.descriptions
        ):
            kind = "description"  # "the minister", "the prime minister"
        elif affiliation is None and possessor is None and not mods and not backed and (
            not place
        ):
            aw = self.res.actor_words.get(word)
            if aw is None or not aw.generic:
                return None  # "a committee", "reporters": no actor without an affiliation
        m = Mention(first, tok.i + 1, tok.i, text, kind, atype, sent_of[tok.i])
        m.affiliation = affiliation
        m.head_lemma = word
        m.plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_ in self.plural_only
        m.possessor = possessor
        # ("Kursk region", "the Donetsk region": a place its proper name makes particular)
        m.generic = affiliation is None and possessor is None and not backed and not (
            place and any(x[:1].isupper() for x in mods))
        if backed:
            mods = [backed, *mods]
        key_word = word
        if not mods and affiliation is not None and (
            tok.lower_ in self.armed_forces or word in self.armed_forces
        ) and (known := self.res.known.get(affiliation)) is not None and known.type == "Country":
            # "Cambodian troops", "Cambodian soldiers", "the Cambodian army": one actor, the
            # state's armed forces, named as the post first names it
            key_word = "armed forces"
        m.key = fold(" ".join(p for p in (affiliation, *mods, key_word) if p))
        m.head_text = " ".join(p for p in (*mods, head_text) if p)
        for other, adj in others:
            twin_text = " ".join(p for p in (adj, *mods, head_text) if p)
            twin = Mention(first, tok.i + 1, tok.i, twin_text, kind, atype, m.sent)
            twin.affiliation, twin.head_lemma, twin.plural = other, word, m.plural
            twin.key = fold(" ".join(p for p in (other, *mods, word) if p))
            twin.head_text, twin.split = m.head_text, True
            twin.possessor = possessor  # "her Peruvian and Colombian counterparts"
            self._twins.append((m, twin))
        return m

    def _led_by(self, tok: Token) -> Mention | None:
        """The organisation named in "rebels led by X", "militants loyal to X", when no one
        else owns them."""
        if any(c.dep_ in ("poss", "amod", "compound") for c in tok.lefts):
            return None
        for acl in tok.rights:
            if (acl.dep_ == "acl" and acl.lemma_ == "lead") or (
                acl.dep_ == "amod" and acl.lower_ == "loyal"
            ):
                for agent in acl.children:
                    for pobj in agent.children if agent.lower_ in ("by", "to") else ():
                        named = self._name_at.get(pobj.i)
                        if named is not None and (named.known.type if named.known else named.type
                                                  ) in ("Organization", "Group"):
                            return named
        return None

    def _name_of(self, tok: Token) -> str | None:
        """The canonical name of the name mention that ``tok`` belongs to, if any."""
        m = self._name_at.get(tok.i)
        return m.key if m is not None and m.known is not None else (m.text if m else None)

    def _adjective(self, affiliation: str, written: str) -> str:
        """How the affiliation is written in a noun phrase: "Greek", "Kenyan", "Hamas"."""
        written = re.sub(r"^(the|a|an)\s+", "", written.strip(), flags=re.I)
        written = re.sub(r"\s*('s|’s|')$", "", written)
        if self.res.demonyms.get(fold(written)) is not None:
            return written
        if self.res.capitals.get(fold(written)) is not None:
            return written  # "a Tokyo court" is more than "a Japanese court"
        return self.res.demonym_of.get(affiliation, written)


def _defined_acronym(ent: Span) -> bool:
    """Whether a span the recogniser called a law or a work is a body defined by the acronym
    after it: "the Citizens Coalition for Change (CCC)"."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
        return False
    short = doc[ent.end + 1].text
    initials = "".join(t.text[0] for t in ent if t.text[:1].isupper() and t.lower_ != "the")
    return 2 <= len(short) <= 6 and short.isalpha() and short.isupper() and short == initials


def _office_named(tok: Token, titles: dict[str, str], start: int | None = None) -> bool:
    """Whether a capitalised title ends a "the …" that names an office, not a person: "the
    Speaker of the House", "Christian Schmidt, the High Representative," (but "the Queen"
    alone stays a name)."""
    doc = tok.doc
    first = tok.i if start is None else start
    words = fold(doc[first : tok.i + 1].text)
    while first > 0 and doc[first - 1].lower_ != "the" and doc[first - 1].is_title and (
        tok.i - first < 3
    ):
        first -= 1
        words = fold(doc[first : tok.i + 1].text)
    if first == 0 or doc[first - 1].lower_ != "the" or words not in titles:
        return False
    after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    return after == "of" or tok.dep_ == "appos"


def _surname_here(tok: Token, surnames: set[str]) -> bool:
    """Whether a surname the post gave in full stands here as the person ("May had asked
    Tusk"), not as the word it also is ("in May", "May 5")."""
    misplaced = tok.dep_ == "nmod" and tok.head.pos_ == "NOUN"  # "calls Chérizier a terrorist"
    if tok.text not in surnames or (
        tok.dep_ not in BARE_NAME_DEPS | {"dobj", "pobj", "dative"} and not misplaced
    ):
        return False
    doc = tok.doc
    before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return before not in _DATE_WORDS and not (after is not None and after.like_num)


# Words before a month name that make it a date: "in May", "last May", "since May".
_DATE_WORDS = {"in", "on", "since", "until", "till", "by", "from", "of", "last", "next", "this",
               "early", "late", "mid", "before", "after", "during", "through", "to", "that"}


def _split_once(span: Span, separator: Callable[[Token], bool]) -> list[Span]:
    """The two sides of a span around its one inner separator token, else none."""
    seps = [t for t in span if separator(t)]
    if len(seps) != 1 or seps[0].i in (span.start, span.end - 1):
        return []
    return [span.doc[span.start : seps[0].i], span.doc[seps[0].i + 1 : span.end]]


def _split_at_hyphen(span: Span) -> list[Span]:
    """The two sides of "X-Y" (one hyphen between words), else none."""
    return _split_once(span, lambda t: t.text in ("-", "–", "—"))


def _coordinated_names(span: Span) -> list[Span]:
    """The two names of a span "X and Y" whose parts are each a proper noun the parser
    coordinated ("Axum and Adwa"); none for any other span."""
    parts = _split_once(span, lambda t: t.lower_ == "and" and t.dep_ == "cc")
    if not parts or not all(t.pos_ == "PROPN" for p in parts for t in p) or (
        parts[1].root.dep_ != "conj" or parts[1].root.head.i != parts[0].root.i
    ):
        return []
    return parts


def _names_across_clauses(span: Span) -> list[Span]:
    """The two names of a span "Lula after Milei" that the recogniser ran across the word
    joining two clauses; none for any other span."""
    parts = _split_once(span, lambda t: t.lower_ in _CLAUSE_WORDS and t.is_lower) or (
        # "lost Hama to HTS": a preposition of the verb, not of the name
        _split_once(span, lambda t: t.lower_ in ("to", "from") and t.dep_ == "prep" and not (
            span.start <= t.head.i < span.end))
    ) or _split_once(span, lambda t: t.text == ",")  # "moved troops to Belgorod, Kyiv says"
    if not parts or not all(t.pos_ == "PROPN" for p in parts for t in p):
        return []
    return parts


_CLAUSE_WORDS = {"after", "before", "when", "while", "because", "since", "until", "unless",
                 "than", "as", "if", "once", "whereas"}


def hyphenated(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """"Waker-uz-Zaman", "Jean-Yves": a name the tokenizer cut at its hyphens, whole."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and (
        not doc[start - 2].whitespace_ and doc[start - 2].is_alpha
    ):
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and (
        not doc[end].whitespace_ and doc[end + 1].is_alpha
        and doc[end + 1].lemma_.lower() not in SPONSORS | _PROVENANCE  # "Iran" of "Iran-backed"
    ):
        end += 2
    return start, end


def _counted(tok: Token) -> bool:
    """Whether a plural is counted: "two Canadians", "thousands of young Kenyans"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
        tok.head.head.pos_ == "NUM" or tok.head.head.lemma_.lower() in _NUMBER_NOUNS
    ):
        return True
    return any(c.dep_ in ("nummod", "quantmod") or c.lower_ in (
        "many", "some", "several", "all", "more", "most", "fewer") for c in tok.children)


_NUMBER_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
                 "millions", "tens", "scores"}


# Participles that say where a thing comes from, not whose it is: "Chinese-made drones"
_PROVENANCE = {"make", "build", "design", "manufacture", "supply", "produce"}
# Participles that name a backer inside a name: "Iran-backed militias", "Russian-funded"
SPONSORS = {"back", "fund", "sponsor", "support", "arm", "finance", "bankroll"}


def _sponsoring(tok: Token) -> bool:
    """Whether ``tok`` is the "backed" of "Iran-backed": a participle hyphened to a word."""
    return tok.lemma_.lower() in SPONSORS and tok.tag_ == "VBN" and tok.i >= 2 and (
        tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_
    )


def backer(tok: Token) -> Token | None:
    """The "Iran" of "Iran-backed" (a participle modifying a noun), else none."""
    if tok.dep_ != "amod" or not _sponsoring(tok):
        return None
    lead = tok.doc[tok.i - 2]
    if lead.head.i != tok.i or lead.whitespace_ or not lead.text[:1].isupper():
        return None
    return lead


def _backed_names(span: Span) -> list[Span]:
    """ "Turkish-backed Syrian National Army" as the backer and the backed; "Iran-backed"
    alone as its backer; none for any other span."""
    doc = span.doc
    for tok in span:
        if tok.i > span.start + 1 and _sponsoring(tok):
            parts = [doc[span.start : tok.i - 1]]
            if tok.i + 1 < span.end:
                parts.append(doc[tok.i + 1 : span.end])
            return parts
    return []


def coordinated(tok: Token) -> list[Token]:
    """A token and those coordinated with it, through a list misread as apposition
    ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt")."""
    out = [tok, *tok.conjuncts]
    for c in tok.children:
        if c.dep_ == "appos" and c.conjuncts and c.pos_ == "PROPN":
            out += [c, *c.conjuncts]
    return out


def _trim(
    span: Span, question_words: frozenset[str], calendar_words: frozenset[str],
    titles: dict[str, str], is_place: Callable[[str], bool] = lambda _: False,
    given_names: Container[str] = (),
) -> Span | None:
    """Drop leading determiners and a trailing possessive from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or (
        doc[start].is_lower and doc[start].pos_ in ("VERB", "AUX")
    )):
        start += 1  # "the"; "rang Tokayev", a verb the recogniser took into the name
    while end - start > 1 and doc[start].lower_ in calendar_words:
        start += 1  # "On Sunday Damiba agreed": the day is no part of the name
    if end - start > 1 and doc[start].lower_ == "may" and start > 0 and doc[start - 1].like_num:
        start += 1  # "On 16 May Anwar Ibrahim left": a date, though May is a name too
    while end - start > 2 and is_place(doc[start].text) and doc[start + 1].text in given_names:
        start += 1  # "In Berlin Olaf Scholz said": the place is where he said it
    if end - start >= 2 and start > 0 and doc[start - 1].pos_ == "ADP" and (
        is_place(doc[start].text)
    ) and doc[start + 1 : end].text in _people_named(doc):
        start += 1  # "From Ulaanbaatar Putin went on", Putin named as a person elsewhere
    if doc[start].is_sent_start and doc[start].lower_ in question_words and end - start > 1:
        start += 1  # "Will Putin play along?": the recogniser took the auxiliary in
    for i in range(start + 1, end):
        if doc[i].text == "(":
            end = i  # "Civic Coalition (KO": the name, then its acronym in brackets
            break
        if doc[i].is_lower and doc[i].pos_ in ("VERB", "AUX") and doc[i].tag_ in (
            "VBD", "VBZ", "VBP"
        ):
            end = i  # "Nana Akufo-Addo rang Bio": the name ends at its verb
            break
        if doc[i].lower_ in ("at", "in") and doc[start:i].text in _people_named(doc):
            end = i  # "received by Bio at State House": a person, then where
            break
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if span.label_ == "PERSON":
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and (
            doc[start - 1].dep_ in ("compound", "flat") and start <= doc[start - 1].head.i < end
            and doc[start - 1].ent_type_ in ("", "PERSON")
            and doc[start - 1].lower_ not in calendar_words
            and fold(doc[start - 1].text) not in titles
            and not (doc[start - 1].lower_ == "may" and start > 1 and doc[start - 2].like_num)
        ):
            start -= 1  # "Pavan" + "Kumar Rai", but not "Chancellor" + "Angela Merkel"
        # The small model cuts names short: "Ursula von der" + "Leyen".
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and (
            doc[end - 1].head.i == end
            or (doc[end - 1].dep_ in ("compound", "flat") and doc[end].ent_type_ in ("", "PERSON"))
        ):
            end += 1
        if end + 1 < len(doc) and doc[end].tag_ == "HYPH" and not doc[end].whitespace_ and (
            doc[end + 1].pos_ == "PROPN" and doc[end - 1].head.i == end + 1
        ):
            end += 2  # "Yoon Suk-yeol", cut at the hyphen
    return doc[start:end] if end > start else None


def _people_named(doc: Doc) -> set[str]:
    """The names the recogniser calls people anywhere in the doc, and their last words."""
    return {text for e in doc.ents if e.label_ == "PERSON"
            for text in (e.text, e[-1].text)}


def _subtree_text(tok: Token) -> str:
    toks = [t for t in tok.subtree if t.tag_ != "POS" and t.lower_ not in ("the", "a", "an")]
    return " ".join(t.text for t in toks)


def _sentence_index(doc: Doc) -> list[int]:
    out = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            out[i] = n
    return out


# Numbers a description can give in words: "the two leaders", "both generals"
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "both": 2}


def count_of(tok: Token) -> int | None:
    """The number a description gives: "the four governments" → 4, "the two" → 2."""
    if tok.pos_ == "NUM" and tok.lower_ in NUMBERS:
        return NUMBERS[tok.lower_]
    for c in tok.children:
        if c.dep_ in ("nummod", "det", "predet") and c.lower_ in NUMBERS:
            return NUMBERS[c.lower_]
        if c.dep_ == "nummod" and c.like_num and c.text.isdigit():
            return int(c.text)
    return None
