"""Parse repairs: what the small English pipelines get wrong the same way every time, mended
before kg reads the parse."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kg.extract.resources import Resources, fold

Reparse = Callable[[str], Doc]
Lemmatize = Callable[[Token], str]


def repair(
    doc: Doc, res: Resources, reparse: Reparse | None = None, lemmatize: Lemmatize | None = None
) -> Doc:
    """Every repair, in order; returns the doc (retokenised where a repair merges words).
    ``reparse`` parses a sentence again (tagger and parser only), for the repairs that mend a
    sentence by parsing it with the comma its writer left out; ``lemmatize`` lemmatises a
    token again, for the repairs that change a word's part of speech."""
    verbs = _verbs_of(res)
    reporting = _reporting_verbs(res)
    if reparse is not None:
        times = {e.start: e for e in doc.ents if e.label_ in ("DATE", "TIME")}
        months = res.words("calendar_word") | {"may"}
        for sent in list(doc.sents):
            if sent[0].lower_ in _TIME_OPENERS and sent.start + 1 not in times:
                date = _day_and_month(sent, months)  # "On 16 May", which the recogniser missed
                if date is not None:
                    times[date.start] = date
            if sent[0].lower_ in _TIME_OPENERS:
                _fronted_time(sent, times, reparse)
            elif sent[0].lower_ in _QUESTION_AUX:
                _yes_no_question(sent, verbs, reparse)
    phrasal = _phrasal_verbs(res)
    giving = res.words("giving_verb")
    naming = res.words("naming_verb")
    causative = res.words("causative_verb")
    appointing = res.words("appointing_verb") | {"make"}
    for tok in doc:
        # each repair looks at one kind of token; dispatch on it (this runs on every token)
        dep = tok.dep_
        if lemmatize is not None and (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)):
            _verb_read_as_noun(tok, verbs, lemmatize)  # (a lower-case "proper noun": "rang")
        if tok.pos_ in ("VERB", "AUX"):
            _lemma(tok, res)
        if tok.ent_type_ and dep in ("advcl", "xcomp", "ccomp"):
            _name_read_as_infinitive(tok)
        if dep == "dative":
            _demonym_dative(tok, res)
        elif dep == "advmod":
            _particle(tok, phrasal)
        elif dep in ("amod", "compound"):
            _recipient_as_modifier(tok, giving, res)
            _gerund_as_modifier(tok, res)
            _object_as_modifier(tok, causative)
            _finite_verb_as_modifier(tok)
        elif dep == "conj":
            _verb_after_clause_aside(tok)
            _when_clause_read_as_apposition(tok)
            _names_after_plural_office(tok, res)
            _named_pair_predicate(tok, naming)
            _gapped_object(tok)
            _finite_conjunct(tok)
            _subject_of_conjunct(tok)
            _quoted_predicate(tok, naming)
            _name_after_title(tok, res)
        elif dep == "appos":
            _name_after_place(tok, res)
            _apposition_of_conjunct(tok)
        if dep in ("nmod", "compound") and tok.pos_ == "PROPN":
            _name_read_as_modifier(tok, res)
        elif dep == "npadvmod":
            _listed_name(tok)
        elif dep == "parataxis":
            _subject_before_aside(tok, reporting)
        elif dep == "ccomp":
            _listed_clause(tok)
            _object_read_as_next_subject(tok, reporting)
            _clause_before_semicolon(tok)
            _subject_before_clause_aside(tok)
        elif dep == "acl":
            _verb_read_as_subject_modifier(tok)
            _spliced_clause(tok)
            _verb_after_apposition(tok)
            _naming_verb_as_modifier(tok, naming)
            _listed_verb_as_modifier(tok)
        elif dep == "prep":
            _stranded_preposition(tok)
            _charge_after_time(tok)
        elif dep == "dobj":
            _names_before_predicate(tok, naming)
            _name_before_office(tok, appointing, res)
            _hostage(tok)
            _quoted_predicate(tok, naming)
            _appositive_predicate(tok, naming)
            _recipient_as_object(tok, giving)
    if "-" in doc.text and _merge_hyphenated_titles(doc, res):
        for tok in doc:  # ("his vice-president, Oriol Junqueras": one word only now)
            if tok.dep_ == "appos":
                _apposition_of_conjunct(tok)
    for sent in doc.sents:
        if ", and " in sent.text:
            _paired_appositions(sent, res)
            _paired_titles_first(sent, res)
        if sent.root.pos_ in ("PROPN", "NOUN"):
            _verb_as_reduced_relative(sent, verbs)
            _stranded_subject(sent)
            _verb_as_compound(sent, verbs, lemmatize)
        if sent.root.pos_ == "VERB":
            _apposition_as_subject(sent.root)
            _fronted_place(sent)
    return doc


# What opens a sentence with a time: "On Monday", "In March", "Last week", "Early on Friday".
_TIME_OPENERS = {"on", "in", "at", "by", "since", "until", "after", "before", "during", "last",
                 "this", "early", "late", "earlier", "later", "that"}


def _fronted_time(sent: Span, times: dict[int, Span], reparse: Reparse) -> None:
    """"In March Duda pardoned them": with no comma after the time that opens the sentence,
    the small parser may read the subject into the time ("March Duda"). Such a sentence is
    parsed again with the comma, and the new tree, when it has the verb and its subject,
    replaces the old (when the tagger also misreads the verb, as in "On Monday Trump hosted
    Imran Khan", the new tree is no better and is not used)."""
    doc = sent.doc
    if len(sent) > 80:
        return
    time = times.get(sent.start) or times.get(sent.start + 1)
    if time is None or time.end >= sent.end or doc[time.end].is_punct or doc[time.end].is_space:
        return
    k = time.end - sent.start  # where the comma goes, in the sentence's tokens
    if _has_subject(sent.root, sent.start + k):
        return  # parsed well without it
    cut = doc[time.end].idx - sent.start_char
    text = sent.text
    new = reparse(text[:cut].rstrip() + ", " + text[cut:])
    if len(new) != len(sent) + 1 or new[k].text != "," or any(
        new[j + (j >= k)].text != sent[j].text for j in range(len(sent))
    ):
        return  # tokenised otherwise: no safe way to carry the parse over
    roots = [t for t in new if t.dep_ == "ROOT"]
    if len(roots) != 1 or any(t.head.i == k and t.i != k for t in new) or (
        not _has_subject(roots[0], k + 1)
    ):
        return
    toks = list(sent)
    olds = [new[j + (j >= k)] for j in range(len(toks))]
    _reshape(sent, {tok.i: (toks[old.head.i - (old.head.i > k)].i, old.dep_)
                    for tok, old in zip(toks, olds, strict=True)})
    for tok, old in zip(toks, olds, strict=True):
        tok.tag_, tok.pos_, tok.lemma_ = old.tag_, old.pos_, old.lemma_


def _name_read_as_infinitive(tok: Token) -> None:
    """"on the phone to Puigdemont and to Rajoy": the parser read "to Rajoy" as an
    infinitive; it is the preposition again, with the name as its object."""
    doc = tok.doc
    if tok.i < 3 or not tok.is_title or tok.is_sent_start or tok.ent_type_ not in (
        "PERSON", "ORG", "GPE", "NORP"
    ):
        return
    to, cc = doc[tok.i - 1], doc[tok.i - 2]
    if to.lower_ != "to" or to.head.i != tok.i or cc.dep_ != "cc" or cc.head.lower_ != "to":
        return
    first = cc.head
    _rehang(tok.sent, [(to, first, "conj"), (tok, to, "pobj")])
    if tok.head.i == to.i:
        to.pos_, to.tag_ = "ADP", "IN"
        tok.pos_, tok.tag_, tok.lemma_ = "PROPN", "NNP", tok.text


def _day_and_month(sent: Span, months: frozenset[str]) -> Span | None:
    """"16 May" or "May 16" after the sentence's first word, as a span."""
    if len(sent) < 4:
        return None
    a, b = sent[1], sent[2]
    if (a.like_num and b.lower_ in months) or (a.lower_ in months and b.like_num):
        return sent.doc[sent.start + 1 : sent.start + 3]
    return None


def _yes_no_question(sent: Span, verbs: frozenset[str], reparse: Reparse) -> None:
    """"Will HTS and the SDF fight over Deir ez-Zor?", "Will ECCAS readmit Gabon?": the small
    parser often loses the verb of a yes/no question. Such a question is parsed again as the
    statement it asks about ("HTS and the SDF will fight …"), the modal moved before each word
    the lexicon knows as a verb in turn, and the first new tree whose verb has that subject
    and the modal replaces the old; the question mark keeps it a question."""
    toks = [t for t in sent if not t.is_space]
    if not 4 <= len(toks) <= 40 or toks[-1].text != "?" or toks[0].i != sent.start:
        return
    aux, root = toks[0], sent.root
    if root.pos_ in ("VERB", "AUX") and root.i != aux.i and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in root.children
    ) and aux.head.i == root.i:
        return  # parsed well
    for j in range(2, min(len(toks) - 1, 9)):
        verb = toks[j]
        if verb.lower_ not in verbs or verb.is_title or verb.is_upper:
            continue
        order = [*toks[1:j], aux, *toks[j:]]  # the statement's tokens, as the question's
        text = "".join(
            (t.lower_ if t is aux else t.text) + (t.whitespace_ or (" " if t is aux else ""))
            for t in order
        )
        new = reparse(text)
        if len(new) != len(order) or any(
            n.text.lower() != t.lower_ for n, t in zip(new, order, strict=True)
        ):
            return  # tokenised otherwise: no safe way to carry the parse over
        nverb = new[j]
        if nverb.dep_ != "ROOT" or nverb.pos_ != "VERB" or new[j - 1].head.i != j or not any(
            c.dep_ == "nsubj" and c.left_edge.i == 0 for c in nverb.children
        ):
            continue
        heads = {t.i: (order[n.head.i].i, n.dep_) for n, t in zip(new, order, strict=True)}
        heads.update({t.i: (order[j].i, "dep") for t in sent if t.is_space})
        _reshape(sent, heads)
        for n, t in zip(new, order, strict=True):
            t.tag_, t.pos_, t.lemma_ = n.tag_, n.pos_, n.lemma_
        return


# Modals and auxiliaries that open a yes/no question ("Will Moscow back Simion?").
_QUESTION_AUX = frozenset({"will", "would", "could", "can", "should", "did", "does", "do",
                           "may", "might", "must", "shall"})


def _verb_read_as_noun(tok: Token, verbs: frozenset[str], lemmatize: Lemmatize) -> None:
    """"Thaksin, whom the Royal Thai Army overthrew", "Will he and Aliyev sign a treaty?":
    a verb the tagger took for a noun, though the parser gave it a subject. Mended only for
    verbs the lexicon knows, in a verb's place, inflected or with a modal or an object."""
    # "spent Thursday evening chatting with Alice Weidel": a participle with no subject
    relative = [c for c in tok.children if c.dep_ in ("det", "nsubj")
                and c.lower_ in ("which", "who", "that") and c.i == tok.i - 1]
    if tok.dep_ == "relcl" and relative and tok.tag_ in ("NNS", "NN"):
        # "Tehran, which arms and trains the Houthis": a noun cannot head a relative clause
        lemma = _verb_lemma(tok, verbs, lemmatize)
        if lemma is not None:
            relative[0].dep_ = "nsubj"
            tok.pos_, tok.lemma_, tok.tag_ = "VERB", lemma, "VBZ"
            return
    participle = tok.dep_ in ("xcomp", "advcl") and tok.lower_.endswith("ing") and (
        tok.head.pos_ == "VERB"
    )
    subject = any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON", "NOUN") and c.i < tok.i
                  for c in tok.children)
    clause = tok.dep_ in ("ROOT", "relcl", "ccomp", "conj", "advcl") and subject
    if not (participle or clause) or any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children
    ):
        return
    lemma = _verb_lemma(tok, verbs, lemmatize)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)
    if lemma is None or not (
        participle or lemma != tok.lower_ or modal or any(c.dep_ == "dobj" for c in tok.children)
    ):
        return
    tok.pos_, tok.lemma_ = "VERB", lemma
    if participle:
        tok.tag_ = "VBG"
    elif lemma == tok.lower_:
        tok.tag_ = "VB"
    else:
        tok.tag_ = "VBZ" if tok.lower_ == lemma + "s" or tok.lower_ == lemma + "es" else "VBD"


def _verb_lemma(tok: Token, verbs: frozenset[str], lemmatize: Lemmatize) -> str | None:
    """The lemma ``tok`` has as a verb, when the lexicon knows that verb (``tok`` unchanged)."""
    pos, tok.pos_ = tok.pos_, "VERB"
    lemma = lemmatize(tok)
    tok.pos_ = pos
    return lemma if lemma in verbs else None


def _stranded_preposition(prep: Token) -> None:
    """"granted asylum to five officers holed up in a residence": the parser made the
    officers the subject of "holed", a clause of its own, and left "to" with no object. The
    noun is the preposition's object again, and the participle describes it."""
    if prep.i + 1 >= len(prep.doc) or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return
    for noun in prep.doc[prep.i + 1 : prep.sent.end]:
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.left_edge.i != prep.i + 1:
            continue
        verb = noun.head
        if verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("advcl", "conj", "ccomp") and (
            verb.head.i == prep.head.i and not any(c.dep_ == "aux" for c in verb.children)
        ):
            noun.head, noun.dep_ = prep, "pobj"
            verb.head, verb.dep_ = noun, "acl"
        return


def _charge_after_time(prep: Token) -> None:
    """"accused the Taliban for years of sheltering the TTP": the parser hung "of" and the
    charge on "years"; they belong to the verb, as in "accused the Taliban of sheltering"."""
    time = prep.head
    if prep.lower_ != "of" or time.dep_ != "pobj" or time.ent_type_ not in ("DATE", "TIME") or (
        not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)
    ):
        return
    verb = time.head.head
    if time.head.dep_ == "prep" and verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.i < time.i for c in verb.children
    ):
        _rehang(prep.sent, [(prep, verb, "prep")])


def _has_subject(root: Token, start: int) -> bool:
    """Whether ``root`` is a verb with a subject whose phrase begins at token ``start``."""
    return root.pos_ in ("VERB", "AUX") and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == start for t in root.subtree
    )


def _lemma(tok: Token, res: Resources) -> None:
    """Verb lemmas the rule lemmatiser cuts wrongly ("staged" → "stag"; ``lemmas.tsv``)."""
    if tok.pos_ in ("VERB", "AUX"):
        lemma = res.lemmas.get(tok.lower_)
        if lemma is not None:
            tok.lemma_ = lemma


def _phrasal_verbs(res: Resources) -> frozenset[str]:
    """Verb + particle pairs the lexicon lists ("walk out", from "walk out on")."""
    return _from_lexicon(res, "phrasal", lambda a: " ".join(a.split()[:2]) if len(a.split()) >= 2
                         and a.split()[1] in _PARTICLES else None)


def _verbs_of(res: Resources) -> frozenset[str]:
    """The verbs the lexicon knows."""
    return _from_lexicon(res, "verbs", lambda a: a.split()[0])


def _reporting_verbs(res: Resources) -> frozenset[str]:
    """Verbs of saying, hearing and believing (``complements.tsv``): what an aside is made
    of ("says Hargeisa", "I am told", "I suspect")."""
    return frozenset(verb for verb, (effect, _, _) in res.complements.items()
                     if effect == "modality")


def _from_lexicon(
    res: Resources, kind: str, pick: Callable[[str], str | None]
) -> frozenset[str]:
    """What ``pick`` takes from every lexicon action, worked out once per lexicon."""
    key = (id(res.actions), kind)
    found = _FROM_LEXICON.get(key)
    if found is None:
        found = frozenset(w for w in map(pick, res.actions) if w)
        _FROM_LEXICON[key] = found
    return found


_FROM_LEXICON: dict[tuple[int, str], frozenset[str]] = {}


def _particle(tok: Token, phrasal: frozenset[str]) -> None:
    """A particle read as an adverb: "walk out on the Ethiopians" (out/advmod)."""
    verb = tok.head
    # right after the verb, or after its object ("hand Sheikh Hasina back to Dhaka")
    between = tok.doc[verb.i + 1 : tok.i]
    on_verb = [t for t in between if t.head.i == verb.i]
    after_object = bool(on_verb) and all(t.dep_ in ("dobj", "dative") for t in on_verb)
    if tok.dep_ == "advmod" and tok.lower_ in _PARTICLES and (
        tok.i == verb.i + 1 or after_object
    ) and verb.pos_ == "VERB" and f"{verb.lemma_.lower()} {tok.lower_}" in phrasal:
        tok.dep_ = "prt"


_PARTICLES = {"out", "off", "back", "away", "down", "up", "over"}


def _recipient_as_modifier(tok: Token, giving: frozenset[str], res: Resources) -> None:
    """A recipient read as a modifier of the gift: "offered Kyiv help" (Kyiv/amod of help),
    mended to "offered Kyiv/dative help"."""
    verb = tok.head
    if tok.dep_ not in ("amod", "compound") or verb.dep_ != "dobj" or tok.i != verb.head.i + 1:
        return
    if verb.head.lemma_.lower() not in giving or tok.ent_type_ not in ("GPE", "PERSON", "ORG"):
        return
    if res.event_nouns.get(verb.lemma_.lower()) == "AID" and tok.i + 1 == verb.i:
        tok.head, tok.dep_ = verb.head, "dative"


def _recipient_as_object(tok: Token, giving: frozenset[str]) -> None:
    """The first of two objects of a giving verb read as its object: "sent Michel/dobj a
    letter/dobj", mended to Michel/dative."""
    verb = tok.head
    if verb.lemma_.lower() not in giving or tok.pos_ not in ("PROPN", "PRON"):
        return
    if any(c.dep_ == "dobj" and c.i > tok.i for c in verb.children) and not any(
        c.dep_ == "dative" for c in verb.children
    ):
        tok.dep_ = "dative"


def _object_as_modifier(tok: Token, causative: frozenset[str]) -> None:
    """The object of "help", "let" or "make" read as a modifier of the verb after it: "would
    help Armenia defend itself" (Armenia/compound of defend), mended to Armenia/dobj of help."""
    verb = tok.head
    if tok.dep_ != "compound" or tok.pos_ != "PROPN" or verb.pos_ != "VERB" or (
        verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in causative
    ):
        return
    if tok.right_edge.i + 1 == verb.i and tok.left_edge.i == verb.head.i + 1:
        tok.head, tok.dep_ = verb.head, "dobj"


def _gerund_as_modifier(tok: Token, res: Resources) -> None:
    """A gerund read as a modifier of its own object: "considering halting arms sales"
    (halting/amod of sales), mended to halting/xcomp with sales/dobj."""
    noun = tok.head
    verb = noun.head
    if tok.dep_ != "amod" or tok.tag_ != "VBG" or noun.dep_ != "dobj" or tok.i != verb.i + 1:
        return
    if verb.lemma_.lower() not in res.complements or tok.lemma_.lower() not in _verbs_of(res):
        return
    tok.head, tok.dep_, tok.pos_ = verb, "xcomp", "VERB"
    noun.head = tok


def _quoted_predicate(tok: Token, naming: frozenset[str]) -> None:
    """"called González and Machado "criminals"": the quoted word is what they are called,
    not a noun the names modify."""
    doc = tok.doc
    # "called González and Machado "criminals"" with "criminals" as the object, or as a
    # conjunct of the first name
    first = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "dobj" else None
    verb = first.head if first is not None else tok.head
    if verb.lemma_.lower() not in naming or tok.i < 1 or doc[tok.i - 1].text not in QUOTES:
        return
    names = [c for c in tok.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
             and c.i < tok.i - 1]
    if names:
        if first is not None:
            names[0].head, names[0].dep_ = first, "conj"
        else:
            names[0].head, names[0].dep_ = verb, "dobj"
        tok.head, tok.dep_ = verb, "oprd"


# Opening quotation marks, straight and curly
QUOTES = {'"', "“", "'", "‘"}
# Verbs that stand for the clause before them: "and so did Japan", "…; Tshisekedi did not".
ELIDED_VERBS = frozenset({"do", "have", "be", "will", "would", "can", "could", "should"})


def _appositive_predicate(tok: Token, naming: frozenset[str]) -> None:
    """"calls Chérizier a terrorist": the label read as an apposition of the name."""
    verb = tok.head
    if verb.lemma_.lower() not in naming:
        return
    for c in tok.rights:
        if c.dep_ == "appos" and not any(t.text == "," for t in tok.doc[tok.i + 1 : c.i]) and any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children
        ):
            c.head, c.dep_ = verb, "oprd"


def _finite_conjunct(tok: Token) -> None:
    """"The M23 accuses the army of bombing civilians and accuses Kinshasa of…", "Petro
    ordered the army to reinforce the border and spoke by phone with Noboa": a finite verb
    the parser joined to the gerund or infinitive before it, not to the verb it goes with."""
    if tok.dep_ != "conj" or tok.tag_ not in ("VBZ", "VBD", "VBP"):
        return
    infinitive = tok.head.tag_ == "VB" and tok.head.dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children)
    if tok.head.tag_ != "VBG" and not infinitive:
        return
    for verb in tok.head.ancestors:
        if verb.tag_ in ("VBZ", "VBD", "VBP") and (
            verb.lemma_ == tok.lemma_ or (infinitive and verb.tag_ == tok.tag_)
        ):
            tok.head = verb
            cc = tok.doc[tok.i - 1]
            if cc.dep_ == "cc":
                cc.head = verb
            return


def _name_after_title(tok: Token, res: Resources) -> None:
    """"met Daniel Chapo, Frelimo's candidate, Ossufo Momade, the leader of Renamo, and…":
    a name the parser joined to the title before it, not to the name that title is of."""
    title = tok.head
    if tok.dep_ != "conj" or tok.pos_ != "PROPN" or title.dep_ != "appos" or (
        title.pos_ != "NOUN" or title.head.pos_ != "PROPN" or title.i > tok.i
    ):
        return
    if _title_word(title, res) and tok.ent_type_ == "PERSON":
        tok.head = title.head
        for c in title.children:
            if c.dep_ == "cc" and c.i > title.i:
                c.head = title.head


def _name_before_office(tok: Token, appointing: frozenset[str], res: Resources) -> None:
    """"elected Milojko Spajić prime minister", "made Kamiński interior minister": the parser
    reads the name as a modifier of the office; the name is the object, the office what he
    was made (as in "elected him prime minister")."""
    verb = tok.head
    if verb.lemma_.lower() not in appointing or not _title_word(tok, res):
        return
    names = [c for c in tok.children if c.dep_ in ("nmod", "compound", "poss")
             and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and c.i < tok.i]
    if len(names) != 1 or any(c.tag_ == "POS" for c in names[0].children):
        return  # ("made Kamiński's deputy …": whose deputy)
    name = names[0]
    if any(c.dep_ == "det" for c in tok.children) or not all(
        c.dep_ in ("amod", "compound") for c in tok.children if name.i < c.i < tok.i
    ):
        return
    name.head, name.dep_ = verb, "dobj"
    tok.dep_ = "oprd"


def _names_after_plural_office(tok: Token, res: Resources) -> None:
    """"the foreign ministers of Congo and Rwanda, Thérèse Kayikwamba Wagner and Olivier
    Nduhungirehe, signed": the names are the ministers, in apposition, not more signers."""
    office, doc = tok.head, tok.doc
    if office.dep_ == "pobj" and office.head.lower_ == "of" and any(
        c.dep_ == "conj" and c.i < tok.i for c in office.children
    ):
        office = office.head.head  # (or hangs them on the first owner: "of Rwanda and Congo")
    if tok.pos_ != "PROPN" or office.tag_ != "NNS" or not _title_word(office, res) or (
        doc[tok.left_edge.i - 1].text != ","
    ):
        return
    of = next((p for p in office.children if p.dep_ == "prep" and p.lower_ == "of"), None)
    if of is None or not any(t.dep_ == "conj" and t.pos_ == "PROPN" and t.i < tok.i
                             for t in of.subtree):
        return  # (the owners are two or more: "of Congo and Rwanda")
    owners_end = max(t.i for t in of.subtree if t.i < tok.left_edge.i)
    if owners_end in (tok.left_edge.i - 2, tok.left_edge.i - 1):  # the names right after
        _rehang(tok.sent, [(tok, office, "appos")])


def _named_pair_predicate(tok: Token, naming: frozenset[str]) -> None:
    """"Maduro called González and Machado criminals": the parser reads the last name as a
    modifier of the predicate noun ("Machado criminals") and the noun as the second object;
    the name is the second object and the noun what both were called."""
    first = tok.head
    verb = first.head
    if tok.pos_ != "NOUN" or not tok.is_lower or first.dep_ not in ("dobj", "oprd") or any(
        c.dep_ == "det" for c in tok.children
    ) or (
        verb.lemma_.lower() not in naming
        or any(c.dep_ == "oprd" and c.i != first.i for c in verb.children)
    ):
        return
    name = tok.doc[tok.i - 1]
    if name.head.i != tok.i or name.pos_ != "PROPN" or name.dep_ not in ("compound", "nmod"):
        return
    name.head, name.dep_ = first, "conj"
    tok.head, tok.dep_ = verb, "oprd"
    first.dep_ = "dobj"  # (or the first name, read as the predicate)


def _names_before_predicate(tok: Token, naming: frozenset[str]) -> None:
    """"Maduro also called González and Machado criminals": the names read as modifiers of
    the predicate noun; they are the objects, the noun what they were called."""
    verb = tok.head
    if tok.pos_ != "NOUN" or not tok.is_lower or verb.lemma_.lower() not in naming or any(
        c.dep_ in ("det", "poss") for c in tok.children
    ) or any(c.dep_ == "oprd" for c in verb.children):
        return
    names = [c for c in tok.children if c.dep_ in ("nmod", "compound") and c.i < tok.i
             and c.pos_ == "PROPN" and (c.conjuncts or c.ent_type_ == "PERSON")]
    if len(names) != 1:
        return
    names[0].head, names[0].dep_ = verb, "dobj"
    tok.dep_ = "oprd"


def _verb_after_apposition(tok: Token) -> None:
    """"… and Vikram Misri, India's foreign secretary, accused Pakistan of violations": the
    name's own verb, which the parser read as a reduced relative on the name."""
    name = tok.head
    doc = tok.doc
    if tok.tag_ in ("VBD", "VBZ") and name.dep_ == "appos" and name.pos_ == "NOUN" and (
        name.head.pos_ == "PROPN" and name.head.i < name.i and doc[tok.i - 1].text == ","
    ):
        # "Chris Mutsvangwa, ZANU-PF's spokesman, accused Mumba": hung on the office
        tok.head, name = name.head, name.head
    if tok.tag_ not in ("VBD", "VBZ") or name.pos_ != "PROPN" or doc[tok.i - 1].text != ",":
        return
    if not any(c.dep_ == "appos" and c.right_edge.i == tok.i - 2 for c in name.children):
        return
    later = name.head
    if name.dep_ == "nsubj" and later.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" and c.i > tok.i for c in later.children
    ) and any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp") for c in tok.children):
        # "Mogherini, the EU's foreign policy chief, called on Haftar to stop, and Italy …
        # has spent the week …": two clauses, the first the name's
        saved = [(t, t.head, t.dep_) for t in (tok, name, later)]
        tok.head, tok.dep_ = tok, "ROOT"
        later.head, later.dep_ = tok, "conj"
        name.head, name.dep_ = tok, "nsubj"
        if not _is_tree(tok.sent):
            for t, head, dep in saved:
                t.head, t.dep_ = head, dep
        return
    if name.dep_ in ("nsubj", "nsubjpass") or not any(c.dep_ == "dobj" for c in tok.children):
        return
    saved = [(t, t.head, t.dep_) for t in (tok, name)]
    if name.head.i == name.i:
        tok.head, tok.dep_ = tok, "ROOT"
    else:
        tok.head, tok.dep_ = name.head, name.dep_
    name.head, name.dep_ = tok, "nsubj"
    if not _is_tree(tok.sent):
        for t, head, dep in saved:
            t.head, t.dep_ = head, dep


def _spliced_clause(tok: Token) -> None:
    """"Pyongyang kept quiet for a week, then the KCNA called Yoon's decree …": a second
    clause after a comma, whose subject the parser left loose and whose verb it read as a
    modifier of that subject."""
    subject, first = tok.head, tok.head.head
    if tok.tag_ not in ("VBD", "VBN") or subject.dep_ not in ("dep", "npadvmod") or (
        first.pos_ not in ("VERB", "AUX") or not first.i < subject.i < tok.i
    ) or tok.i != max([subject.i] + [c.right_edge.i for c in subject.children if c.i < tok.i]
                      ) + 1 or any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children
    ) or not any(c.dep_ in ("dobj", "oprd", "ccomp", "prep") for c in tok.children):
        return
    lead = subject.doc[max(subject.left_edge.i - 1, first.i + 1) : subject.i]
    if not any(t.lower_ in (",", "then", ";") for t in lead) or not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in first.children
    ):
        return
    _rehang(tok.sent, [(tok, first, "conj"), (subject, tok, "nsubj")])


def _verb_read_as_subject_modifier(tok: Token) -> None:
    """"Four days later the two armies fought again, …, and Pakistani jets struck …": the
    parser reads the first verb as a modifier of its subject and gives the second verb two
    subjects; the first clause is the sentence's own, the second its conjunct."""
    subject = tok.head
    later = subject.head
    if tok.tag_ not in ("VBN", "VBD") or tok.i != subject.i + 1 or subject.dep_ != "nsubj" or (
        later.pos_ not in ("VERB", "AUX") or later.i < tok.i
    ) or any(c.dep_ in ("dobj", "agent", "auxpass") for c in tok.children) or not any(
        c.dep_ == "nsubj" and c.i > tok.i for c in later.children
    ):
        return
    top = (tok, "ROOT") if later.head.i == later.i else (later.head, later.dep_)
    _rehang(tok.sent, [(tok, *top), (subject, tok, "nsubj"), (later, tok, "conj")])


def _naming_verb_as_modifier(tok: Token, naming: frozenset[str]) -> None:
    """"Trump called Smith 'deranged' … and insisted that…", "The US embassy called Dodik's
    signature 'an assault', and Michael Murphy reminded…": the parser read the naming verb as
    a reduced relative on its subject ("the man called Smith") and the later verb as the main
    one. Mended to the naming verb as the root, the later verb its conjunct."""
    name, doc = tok.head, tok.doc
    root = name.head
    if tok.lemma_.lower() not in naming or tok.i != name.i + 1 or name.dep_ != "nsubj" or (
        root.dep_ != "ROOT" or root.i <= tok.right_edge.i or root.pos_ != "VERB"
        or not any(c.dep_ in ("dobj", "oprd") for c in tok.children)
        or name.pos_ not in ("PROPN", "NOUN")
    ):
        return
    saved = [(t, t.head, t.dep_) for t in doc[tok.sent.start : tok.sent.end]]
    name.head, name.dep_ = tok, "nsubj"
    tok.head, tok.dep_ = tok, "ROOT"
    root.head, root.dep_ = tok, "conj"
    for c in list(name.children):
        if c.i > tok.right_edge.i and c.dep_ == "cc":
            c.head = tok
        elif c.i > tok.right_edge.i and c.dep_ == "conj":
            c.head, c.dep_ = root, "nsubj"  # "…, and Michael Murphy … reminded everyone"
    predicates = [c for c in tok.children if c.dep_ == "oprd"]
    if len(predicates) == 2 and not any(c.dep_ == "dobj" for c in tok.children):
        predicates[0].dep_ = "dobj"  # "called Smith/oprd 'deranged'/oprd"
    if not _is_tree(tok.sent):
        for t, head, dep in saved:
            t.head, t.dep_ = head, dep


def _listed_verb_as_modifier(tok: Token) -> None:
    """"Kagame called that a distortion, called the SADC mission 'a belligerent force'":
    the second verb of a list, in the past tense, read as a reduced relative on the object of
    the first; mended to a conjunct of the first."""
    verb = tok.head.head
    if tok.tag_ != "VBD" or tok.doc[tok.i - 1].text != "," or verb.pos_ != "VERB" or (
        tok.head.dep_ not in ("dobj", "oprd") or verb.tag_ not in ("VBD", "VBZ", "VBP")
    ):
        return
    tok.head, tok.dep_ = verb, "conj"


def _listed_clause(tok: Token) -> None:
    """"The M23 says the strikes hit villages, accuses the army of bombing civilians and…,
    all of which the army denies": the second verb of the list read as a second clause of the
    verb after it, with no subject; mended to a conjunct of the first, which has one."""
    doc = tok.doc
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBZ", "VBD") or tok.left_edge.i < 1 or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children
    ) or doc[tok.left_edge.i - 1].text != ",":
        return
    for first in tok.head.children:
        if first.dep_ == "ccomp" and first.i < tok.i and (
            tok.left_edge.i - 2 <= first.right_edge.i < tok.left_edge.i  # (with the comma)
        ) and any(c.dep_ == "nsubj" for c in first.children):
            tok.head, tok.dep_ = first, "conj"
            return




def _apposition_of_conjunct(tok: Token) -> None:
    """"Puigdemont and his vice-president, Oriol Junqueras, …": the name in apposition
    belongs to the conjunct just before it, not to the first name of the pair."""
    head = tok.head
    doc = tok.doc
    for conj in head.children:
        if conj.dep_ == "conj" and conj.pos_ == "NOUN" and head.i < conj.i < tok.i and (
            conj.right_edge.i == tok.left_edge.i - 2 and doc[tok.left_edge.i - 1].text == ","
        ) and tok.pos_ == "PROPN":
            _rehang(tok.sent, [(tok, conj, "appos")])
            return


def _when_clause_read_as_apposition(tok: Token) -> None:
    """"Mahathir waited until the night of 10 May, when Malaysia's king, Sultan Muhammad V,
    swore him in": the parser hung the "when" clause's subject (and its apposition) on the
    date as appositions, and its verb on the main verb as a conjunct."""
    first = tok.head
    if tok.pos_ != "VERB" or first.pos_ != "VERB" or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
    ) or tok.doc[tok.i - 1].text != ",":
        return
    for when in tok.doc[first.i + 1 : tok.i]:
        subject = when.head
        if when.lower_ not in _WHEN or when.dep_ != "advmod" or subject.dep_ != "appos" or (
            subject.pos_ not in ("NOUN", "PROPN") or not when.i < subject.i < tok.i
        ):
            continue
        changes = [(subject, tok, "nsubj"), (when, tok, "advmod"), (tok, first, "advcl")]
        changes += [(a, subject, "appos") for a in subject.head.children
                    if a.dep_ == "appos" and subject.i < a.i < tok.i]
        _rehang(tok.sent, changes)
        return


# Words that open a time clause: "…, when the king swore him in".
_WHEN = {"when", "while", "after", "before", "until", "as"}


def _clause_before_semicolon(tok: Token) -> None:
    """"The Socialists backed Rajoy; Iglesias accused him of …": a clause the parser made
    the content of the verb after the semicolon; it is a sentence of its own."""
    verb = tok.head
    if tok.i > verb.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or (
        verb.lemma_.lower() in ELIDED_VERBS
    ):
        return  # ("backed Diab; the Future Movement did not": an elided clause repeats it)
    if any(t.text == ";" and t.head.i == verb.i for t in tok.doc[tok.right_edge.i + 1 : verb.i]):
        _rehang(tok.sent, [(tok, verb, "conj")])


def _object_read_as_next_subject(tok: Token, reporting: frozenset[str]) -> None:
    """"Rajoy dismissed Puigdemont, his vice-president and the cabinet, removed the head of
    the Mossos …": the parser made the first verb's objects the subject of the next verb of
    the list, a clause of its own; they are the first verb's objects, the next verb its
    conjunct."""
    first = tok.head
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or tok.tag_ != "VBD" or first.pos_ != "VERB" or (
        first.lemma_.lower() in reporting or subject.i != first.i + 1
    ) or any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i != tok.i for c in first.children) or (
        any(c.dep_ in ("aux", "mark") for c in tok.children) or tok.doc[tok.i - 1].text != ","
    ):
        return
    _rehang(tok.sent, [(subject, first, "dobj"), (tok, first, "conj")])


def _subject_of_conjunct(tok: Token) -> None:
    """"The embassy called it an assault, and Michael Murphy, the ambassador, reminded…": the
    second clause's subject read as a conjunct of the first's, although it comes after the
    first verb; mended to the subject of the second verb."""
    verb = tok.head
    if tok.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return
    for subj in verb.children:
        if subj.dep_ != "nsubj" or subj.i > verb.i:
            continue
        for c in subj.children:
            if c.dep_ == "conj" and verb.i < c.i < tok.i and c.pos_ in ("PROPN", "NOUN"):
                c.head, c.dep_ = tok, "nsubj"
                return
    # "The M23 are near Goma, and Kinshasa, which expelled…, is accusing Kigali": the
    # subject read as a conjunct of the first clause's last noun, right before the verb
    doc = tok.doc
    edge = tok.left_edge.i - (doc[tok.left_edge.i - 1].text == ",")
    for c in doc[verb.i + 1 : tok.left_edge.i]:
        if c.dep_ == "conj" and c.pos_ == "PROPN" and edge - 1 <= c.right_edge.i <= edge and (
            doc[c.left_edge.i - 1].lower_ == "and" and c.head.dep_ in ("pobj", "dobj", "attr")
        ):
            c.head, c.dep_ = tok, "nsubj"
            return


def _finite_verb_as_modifier(tok: Token) -> None:
    """"President el-Sisi phoned Hassan Sheikh twice": a past-tense verb with a subject of its
    own read as a modifier of its object; mended to the clause's verb with that object."""
    noun = tok.head
    if tok.tag_ != "VBD" or tok.dep_ != "amod" or noun.i < tok.i or noun.pos_ not in (
        "PROPN", "NOUN"
    ) or not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        return
    sent = tok.sent
    heads = {t.i: (t.head.i, t.dep_) for t in sent}
    heads[tok.i] = (tok.i, "ROOT") if noun.dep_ == "ROOT" else (noun.head.i, noun.dep_)
    heads[noun.i] = (tok.i, "dobj")
    for c in noun.children:
        if c.i > noun.i and c.dep_ in ("prep", "advmod", "npadvmod", "punct", "cc", "conj"):
            heads[c.i] = (tok.i, c.dep_)  # "twice in three days": the verb's, not the name's
    if noun.dep_ == "ROOT":
        for c in sent:
            if c.dep_ == "punct" and heads[c.i][0] == noun.i:
                heads[c.i] = (tok.i, c.dep_)
    _reshape(sent, heads)


def _reshape(sent: Span, heads: dict[int, tuple[int, str]]) -> None:
    """Give every token of ``sent`` the (head, dep) in ``heads``, with no step making a
    cycle: all on the new root first, then each on its head."""
    doc = sent.doc
    root = next(i for i, (h, _) in heads.items() if h == i)
    top = doc[root]
    top.head = top
    for t in sent:
        t.head = top
    for i, (h, dep) in heads.items():
        doc[i].head, doc[i].dep_ = doc[h], dep


def _gapped_object(tok: Token) -> None:
    """"nominated Omar Ayub Khan for prime minister and Ali Amin Gandapur for chief
    minister": the second name, with a preposition of its own, read as a conjunct of the
    first one's prepositional object; mended to a conjunct of the first name."""
    if tok.pos_ not in ("PROPN", "NOUN"):
        return
    if tok.head.pos_ == "VERB" and any(c.dep_ == "prep" for c in tok.children):
        # "nominated his brother, Shehbaz, for prime minister, and his daughter, Maryam, for
        # chief minister": hung on the verb, with the preposition on the second object
        verb, mine = tok.head, {c.lower_ for c in tok.children if c.dep_ == "prep"}
        before = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in mine
                  and c.i < tok.i]
    else:
        pobj = tok.head
        prep = pobj.head
        if tok.pos_ != "PROPN" or pobj.dep_ != "pobj" or prep.dep_ != "prep" or (
            prep.head.pos_ != "VERB"
        ) or not any(c.dep_ == "prep" and c.lower_ == prep.lower_ for c in prep.head.children
                     if c.i > tok.i):
            return
        verb, before = prep.head, [prep]
    first = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")
             and before and c.i < before[0].i]
    if first and (first[0].pos_ == "PROPN" or tok.pos_ == first[0].pos_):
        tok.head, tok.dep_ = first[0], "conj"


def _subject_before_aside(tok: Token, reporting: frozenset[str]) -> None:
    """"Morawiecki, I am told, took calls from Berlin", "Ethiopia, says Hargeisa, would
    become the first country to recognise it": the subject before an aside read as a
    modifier of the aside, or as an object of the clause before; mended to the subject of
    the verb after it."""
    verb = tok.head
    if tok.i > verb.i or verb.pos_ not in ("VERB", "AUX") or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children
    ):
        return
    if tok.lemma_.lower() not in reporting:
        return
    writer = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we")
                 for c in tok.children)
    said = any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.children)  # "says Hargeisa"
    if not writer and not said:
        return
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("npadvmod", "nsubj", "dep") and (
            c.pos_ in ("PROPN", "NOUN")
        ):
            c.head, c.dep_ = verb, "nsubj"
            return
    doc = tok.doc
    comma = tok.i - 1
    if comma < 1 or doc[comma].text != ",":
        return
    before = doc[comma - 1]
    if before.pos_ in ("PROPN", "NOUN") and before.dep_ in ("dobj", "pobj", "conj", "appos") and (
        before.head.i < before.i and before.right_edge.i == before.i
        and before.sent.start == verb.sent.start and verb.i > tok.i
    ) and not any(t.dep_ == "cc" and t.i > before.head.i for t in before.children):
        before.head, before.dep_ = verb, "nsubj"


def _subject_before_clause_aside(tok: Token) -> None:
    """"Tuvalu, it is worth remembering, still recognises Taiwan": an aside of its own between
    the subject and its verb, which the parser made the verb's content and gave the subject."""
    verb, doc = tok.head, tok.doc
    if tok.i > verb.i or verb.pos_ not in ("VERB", "AUX") or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children
    ) or doc[tok.right_edge.i + 1].text != "," or tok.right_edge.i + 1 >= verb.i:
        return
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("dep", "npadvmod") and c.pos_ in ("PROPN", "NOUN") and (
            doc[c.right_edge.i + 1].text == ","
        ):
            _rehang(tok.sent, [(c, verb, "nsubj"), (tok, verb, "parataxis")])
            return


def _verb_after_clause_aside(tok: Token) -> None:
    """The same aside read as the sentence's main clause, with the real verb its conjunct:
    "Tuvalu, it is worth remembering, still recognises Taiwan, and …"."""
    aside, doc = tok.head, tok.doc
    if tok.pos_ != "VERB" or aside.i > tok.i or tok.left_edge.i < 1 or (
        doc[tok.left_edge.i - 1].text != ","
    ) or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children
    ) or not any(c.dep_ == "nsubj" and c.lower_ in _ASIDE_SUBJECTS for c in aside.children):
        return
    for c in aside.children:
        if c.i < aside.i and c.dep_ in ("dep", "npadvmod") and c.pos_ in ("PROPN", "NOUN") and (
            doc[c.right_edge.i + 1].text == ","
        ):
            changes = [(c, tok, "nsubj"), (aside, tok, "parataxis")]
            if aside.dep_ == "ROOT":
                changes.insert(0, (tok, tok, "ROOT"))
            else:
                changes.insert(0, (tok, aside.head, aside.dep_))
            _rehang(tok.sent, changes)
            return


# Subjects of an aside about what follows: "it is worth remembering", "I think", "we hear".
_ASIDE_SUBJECTS = {"it", "i", "we", "you"}


def _listed_name(tok: Token) -> None:
    """"met Daniel Chapo, Frelimo's candidate and the president-elect if the courts agree,
    Ossufo Momade, the leader of Renamo, and …": a name in a list of the verb's objects that
    the parser hung on the verb as a modifier."""
    verb = tok.head
    if tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON" or verb.pos_ != "VERB" or (
        tok.i < 1 or tok.doc[tok.left_edge.i - 1].text != ","
    ):
        return
    first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i
                  and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)
    if first is not None:
        tok.head, tok.dep_ = first, "conj"


def _name_after_place(tok: Token, res: Resources) -> None:
    """"The army's spokesman in North Kivu, Lieutenant-Colonel Guillaume Ndjike, said…": the
    name is the spokesman's, not in apposition to the place."""
    place = tok.head
    if tok.dep_ != "appos" or tok.pos_ != "PROPN" or place.dep_ != "pobj":
        return
    title = place.head.head
    word = res.actor_words.get(title.lemma_.lower())
    if place.ent_type_ in ("GPE", "LOC") and word is not None and word.type == "Person" and (
        place.head.dep_ == "prep" and place.head.lower_ in ("in", "for")
    ):
        tok.head = title


def _name_read_as_modifier(name: Token, res: Resources) -> None:
    """"appointed by Hakainde Hichilema, Zambia's president, who chairs…": the parser hangs
    the name on the office (and sometimes the country on the name); the office is the
    name's apposition, and the country owns it."""
    doc, office = name.doc, name.head
    if office.i <= name.i + 3 or doc[name.i + 1].text != "," or not _title_word(office, res):
        return
    owner = doc[name.i + 2 : office.i - 1]
    if doc[office.i - 1].tag_ != "POS" or any(
        t.pos_ != "PROPN" and t.tag_ != "HYPH" and t.text != "-" for t in owner
    ) or not any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in owner):
        return  # (a country's, or a party's: "Chris Mutsvangwa, ZANU-PF's spokesman")
    last = doc[office.i - 2]  # the owner's head word, before "'s"
    # (when the parser made the office the root, the name becomes it)
    top = (name, "ROOT") if office.head.i == office.i else (office.head, office.dep_)
    _rehang(name.sent, [
        *((t, last, "punct" if t.text == "-" else "compound") for t in owner[:-1]),
        (name, *top), (office, name, "appos"), (last, office, "poss"),
    ])


def _demonym_dative(tok: Token, res: Resources) -> None:
    """A demonym read as an indirect object: "accuses Azerbaijani forces"."""
    doc = tok.doc
    if tok.dep_ == "dative" and tok.i + 1 < len(doc) and fold(tok.text) in res.demonyms:
        after = doc[tok.i + 1]
        if after.dep_ == "dobj" and after.head.i == tok.head.i and after.pos_ == "NOUN" and (
            not list(tok.children)
        ):
            tok.head, tok.dep_ = after, "amod"


def _merge_hyphenated_titles(doc: Doc, res: Resources) -> bool:
    """"secretary-general", "president-elect", "commander-in-chief" as one word: the tokeniser
    splits an office at its hyphens, and the parser heads it on the wrong half ("the UN
    secretary" who accused, "general" as an adjective). Merged only where the whole word is
    an actor word or a title."""
    spans: list[tuple[int, int, str]] = []
    i = 1
    while i < len(doc) - 1:
        end = i
        while end < len(doc) - 1 and doc[end].text == "-" and not doc[end].whitespace_ and (
            not doc[end - 1].whitespace_ and doc[end + 1].is_alpha and doc[end - 1].is_alpha
        ):
            end += 2  # "commander-in-chief": every hyphen of the word
        if end == i:
            i += 1
            continue
        start, stop = i - 1, end  # tokens start .. stop-1
        word = fold(doc[start:stop].text)
        title = res.titles.get(word)
        lemma = word if word in res.actor_words else fold(title) if title is not None and (
            fold(title) in res.actor_words
        ) else word if title is not None else None
        if lemma is not None:
            spans.append((start, stop, lemma))
        i = end + 1
    if spans:
        with doc.retokenize() as retokenizer:
            for start, stop, lemma in spans:
                retokenizer.merge(doc[start:stop], attrs={"LEMMA": lemma, "POS": "NOUN"} if (
                    doc[start].is_lower
                ) else {"LEMMA": lemma})
    return bool(spans)


def _paired_appositions(sent: Span, res: Resources) -> None:
    """"Cho Ji-ho, commissioner general of the police agency, and Kim Bong-sik, head of the
    Seoul police, were arrested": two people, each with their own title, coordinated (the
    small parser hangs the second name on the first title, the second title on the first
    name, or the first name on its own title)."""
    doc = sent.doc
    for first in [e for e in sent.ents if e.label_ == "PERSON"]:
        if first.end >= sent.end - 4 or doc[first.end].text != ",":
            continue
        k = next((i for i in range(first.end + 1, sent.end - 2) if doc[i].text == ","
                  and doc[i + 1].lower_ == "and" and doc[i + 2].pos_ == "PROPN"), None)
        if k is None or any(e.label_ == "PERSON" and first.end <= e.start < k
                            and e.root.dep_ not in ("poss", "compound") for e in sent.ents):
            continue  # the pair is the last person named before ", and" (not "Yoon's")
        j = k + 2  # the second name: proper nouns, hyphens and all ("Han Duck-soo")
        while j < sent.end and (doc[j].pos_ == "PROPN" or doc[j].text == "-" or (
            doc[j - 1].text == "-" and not doc[j - 1].whitespace_
        )):
            j += 1
        end = next((t.i for t in doc[j + 1 : sent.end] if t.text == ","), None)
        title1 = _title_between(doc, first.end, k, res)
        title2 = _title_between(doc, j, end, res) if end is not None else None
        if title1 is None or title2 is None or j >= sent.end or doc[j].text != ",":
            continue
        root1, root2 = first.root, doc[k + 2 : j].root
        saved = [(t, t.head, t.dep_) for t in (root1, root2, title1, title2, doc[k + 1])]
        if title1 in root1.ancestors:
            if title1.head.i == title1.i:
                continue
            root1.head, root1.dep_ = title1.head, title1.dep_  # "Han Dong-hoon/nmod leader"
        title1.head, title1.dep_ = root1, "appos"
        for t in doc[title1.i + 1 : k]:
            if t.dep_ == "conj" and t.head.i == root1.i and _title_word(t, res):
                saved.append((t, t.head, t.dep_))
                t.head = title1  # "the PPP's leader and once Yoon's justice minister"
        title2.head, title2.dep_ = root2, "appos"
        root2.head, root2.dep_ = root1, "conj"
        doc[k + 1].head, doc[k + 1].dep_ = root1, "cc"
        if not _is_tree(sent):
            for tok, head, dep in saved:
                tok.head, tok.dep_ = head, dep
        return


def _paired_titles_first(sent: Span, res: Resources) -> None:
    """"met China's vice-president, Han Zheng, and Malaysia's prime minister, Anwar
    Ibrahim": two offices, each followed by its holder's name (the small parser makes the
    first name a second object and hangs the second office on it)."""
    doc = sent.doc
    for title1 in sent:
        if title1.i + 2 >= sent.end or doc[title1.i + 1].text != "," or not _title_word(
            title1, res
        ):
            continue
        j = title1.i + 2
        while j < sent.end and doc[j].pos_ == "PROPN":
            j += 1
        if j == title1.i + 2 or j + 2 >= sent.end or doc[j].text != "," or (
            doc[j + 1].lower_ != "and"
        ):
            continue
        title2 = next((t for t in doc[j + 2 : min(j + 7, sent.end)] if _title_word(t, res)), None)
        if title2 is None or title2.i + 2 >= sent.end or doc[title2.i + 1].text != "," or (
            doc[title2.i + 2].pos_ != "PROPN"
        ):
            continue
        name1 = doc[title1.i + 2 : j].root
        k = title2.i + 2
        while k < sent.end and doc[k].pos_ == "PROPN":
            k += 1
        name2 = doc[title2.i + 2 : k].root
        _rehang(sent, [(name1, title1, "appos"), (title2, title1, "conj"),
                       (name2, title2, "appos"), (doc[j + 1], title1, "cc")])
        return


def _stranded_subject(sent: Span) -> None:
    """"Samir Geagea, whose Lebanese Forces hold the largest bloc, called Frangieh…": the
    parser made the name the root and the main verb a conjunct of the relative clause."""
    root = sent.root
    doc = sent.doc
    for rel in root.children:
        if rel.dep_ != "relcl":
            continue
        mains = [c for c in rel.children if c.dep_ == "conj" and c.pos_ == "VERB" and (
            c.tag_ in ("VBD", "VBZ", "VBP")
            # "called" is past tense or participle: a participle with no auxiliary of its own
            or (c.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass") for a in c.children))
        ) and doc[c.left_edge.i - 1].text == ","]
        if not mains:
            continue
        main = mains[0]
        saved = [(t, t.head, t.dep_) for t in (root, main, *rel.children)]
        for c in list(rel.children):
            if c.dep_ in ("conj", "cc") and c.i > main.i:
                c.head = main  # "… called Frangieh … and said his MPs would boycott"
        main.head, main.dep_ = main, "ROOT"
        root.head, root.dep_ = main, "nsubj"
        if not _is_tree(sent):
            for tok, head, dep in saved:
                tok.head, tok.dep_ = head, dep
        return


def _verb_as_reduced_relative(sent: Span, verbs: frozenset[str]) -> None:
    """"The summit called on the M23 and the Congolese government to stop fighting": with no
    other verb in the sentence, the parser read the main verb as a participle on its subject
    ("the summit [that was] called on …"). A sentence whose root is its opening noun phrase
    and whose only verb right after it is one the lexicon knows, with an object or a
    preposition, is mended: the verb is the root, the noun its subject, and a "to" clause
    hung on the noun is the verb's."""
    root = sent.root
    if root.i - root.left_edge.i > 4 or root.left_edge.i != sent.start or any(
        c.dep_ in ("relcl", "appos") for c in root.children
    ):
        return
    verb = sent.doc[root.i + 1] if root.i + 1 < sent.end else None
    if verb is None or verb.dep_ != "acl" or verb.head.i != root.i or verb.tag_ not in (
        "VBN", "VBD"
    ) or verb.lemma_.lower() not in verbs or not any(
        c.dep_ in ("dobj", "prep") for c in verb.children
    ):
        return
    inside = {t.i for t in verb.subtree}
    if any(t.pos_ in ("VERB", "AUX") and t.i not in inside and not (
        t.dep_ == "acl" and t.head.i == root.i and t.i > verb.i
    ) for t in sent):
        return  # the sentence has a verb of its own
    saved = [(t, t.head, t.dep_) for t in sent]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    for c in list(root.children):
        if c.dep_ == "acl" and c.i > verb.i and any(g.dep_ == "aux" and g.lower_ == "to"
                                                    for g in c.children):
            c.head, c.dep_ = verb, "xcomp"
    if not _is_tree(sent):
        for t, head, dep in saved:
            t.head, t.dep_ = head, dep


def _verb_as_compound(sent: Span, known: frozenset[str], lemmatize: Lemmatize | None) -> None:
    """"Shavkat Mirziyoyev rang Tokayev twice": the parser made the object the root and the
    verb a modifier of it (rang/compound, perhaps tagged a proper noun), with the subject hung
    on the object."""
    root = sent.root
    if root.pos_ != "PROPN" or lemmatize is None:
        return
    verbs = [c for c in root.children if c.dep_ == "compound" and c.i < root.i and c.is_lower
             and c.pos_ in ("VERB", "PROPN")]
    if not verbs:
        return
    verb = verbs[0]
    subjects = [c for c in (*root.children, *verb.children) if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects:
        return
    lemma = _verb_lemma(verb, known, lemmatize)
    if lemma is None:
        return
    moved = [c for c in root.children if c.i > root.i or c in subjects]
    saved = [(t, t.head, t.dep_) for t in (root, verb, *moved)]
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "dobj"
    for c in moved:
        c.head = verb
    if not _is_tree(sent):
        for tok, head, dep in saved:
            tok.head, tok.dep_ = head, dep
        return
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", lemma


def _hostage(tok: Token) -> None:
    """"holding Mohamed Bazoum hostage": the name read as a modifier of "hostage"; mended to
    the object, with "hostage" as what he is held as."""
    verb = tok.head
    if tok.lower_ not in ("hostage", "hostages", "captive", "prisoner", "prisoners") or (
        verb.lemma_.lower() not in ("hold", "take", "keep")
    ):
        return
    # (or a plural: "took twenty Cambodian soldiers prisoner")
    names = [c for c in tok.children if c.dep_ in ("compound", "nmod") and (
        c.pos_ == "PROPN" or c.tag_ == "NNS")]
    if names and names[-1].i == tok.i - 1:
        name = names[-1]
        name.head, name.dep_ = verb, "dobj"
        tok.head, tok.dep_ = verb, "oprd"


def _fronted_place(sent: Span) -> None:
    """"In Senegal, Ousmane Sonko, the opposition leader, was arrested": the place after the
    opening preposition read as the subject, the real subject as its conjunct; mended to the
    place as the preposition's object and the conjunct as the subject."""
    doc = sent.doc
    prep, verb = sent[0], sent.root
    if prep.pos_ != "ADP":
        return
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        # "In Senegal, Ousmane Sonko, the opposition leader …, was arrested": the subject
        # read as a conjunct of the place, the verb left with none
        for pobj in prep.children:
            names = [c for c in pobj.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                     and doc[c.left_edge.i - 1].text == "," and pobj.dep_ == "pobj"]
            if names and names[0].i < verb.i:
                passive = any(c.dep_ == "auxpass" for c in verb.children)
                names[0].head, names[0].dep_ = verb, "nsubjpass" if passive else "nsubj"
                return
    place = next((t for t in sent[1:5] if t.dep_ in ("nsubj", "nsubjpass")
                  and t.left_edge.i == prep.i + 1), None)
    if any(True for _ in prep.children) or place is None:
        return
    if place.dep_ not in ("nsubj", "nsubjpass") or doc[place.i + 1].text != ",":
        return
    subjects = [c for c in place.children if c.dep_ == "conj" and c.i > place.i + 1]
    if not subjects:
        return
    verb, dep, subject = place.head, place.dep_, subjects[0]
    subject.head, subject.dep_ = verb, dep
    place.head, place.dep_ = prep, "pobj"


def _apposition_as_subject(verb: Token) -> None:
    """"ASEAN's chair, Cambodian Prime Minister Hun Sen, condemned…": the name after the
    title read as a second subject of the verb; mended to the title's apposition."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2:
        return
    title, name = subjects
    doc = verb.doc
    if title.pos_ == "NOUN" and name.pos_ == "PROPN" and doc[title.i + 1].text == "," and (
        name.left_edge.i == title.i + 2 and doc[name.i + 1].text == ","
    ):
        name.head, name.dep_ = title, "appos"


def _rehang(sent: Span, changes: list[tuple[Token, Token, str]]) -> None:
    """Give each token its new (head, dep), all or none: undone if the sentence would no
    longer be a tree."""
    saved = [(t, t.head, t.dep_) for t, _, _ in changes]
    for t, head, dep in changes:
        t.head, t.dep_ = head, dep
    if not _is_tree(sent):
        for t, head, dep in saved:
            t.head, t.dep_ = head, dep


def _is_tree(sent: Span) -> bool:
    """Whether every token of the sentence reaches its root without a cycle."""
    for tok in sent:
        seen = 0
        while tok.head.i != tok.i:
            tok = tok.head
            seen += 1
            if seen > len(sent) or not sent.start <= tok.i < sent.end:
                return False
    return True


def _title_between(doc: Doc, comma: int, end: int, res: Resources) -> Token | None:
    """The title heading the words between a comma and ``end`` (", head of the Seoul police"),
    or None when they are no title."""
    if comma >= end or doc[comma].text != ",":
        return None
    words = doc[comma + 1 : end]
    for tok in words:
        if _title_word(tok, res):
            return tok
        if tok.lower_ in ("of", ","):
            break
    return None


def _title_word(tok: Token, res: Resources) -> bool:
    """Whether a noun names a person's office ("leader", "minister", "commissioner")."""
    word = res.actor_words.get(tok.lemma_.lower())
    return tok.pos_ == "NOUN" and word is not None and word.type == "Person"
