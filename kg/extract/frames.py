"""What governs a verb: its negation, its modality, and a category a governing verb imposes.

"will not allow", "never signed" are negated; "would meet", "reportedly struck", "wants Ankara
to accept" carry a modality; "urged Moscow to withdraw" makes the withdrawal a REQUEST. The cues
are data in ``schema/`` (``modality.tsv``, ``negation.txt``,
``complements.tsv``); this module reads them off the
parse.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.resources import Resources

MODALITY_RANK = {
    "denied": 8, "question": 7, "conditional": 6, "possible": 5, "intended": 4, "future": 3,
    "alleged": 2, "reported": 1, "asserted": 0,
}


@dataclass
class Frame:
    """What governs a verb: negation, modality, and a category it imposes."""

    negated: bool = False
    modality: str = "asserted"
    category: str | None = None
    prefix: str = ""


class FrameReader:
    """Reads the frame of a verb in a parsed sentence."""

    def __init__(self, res: Resources) -> None:
        self.res = res
        self.intent_nouns = res.words("intent_noun")

    def frame(self, verb: Token, question: bool) -> Frame:
        """The negation, modality and imposed category of ``verb``, from it and what governs it."""
        frame = Frame()
        rank = 0
        res = self.res
        frame.negated = self.negated(verb)
        mod = self.local_modality(verb)
        if mod:
            frame.modality, rank = mod, MODALITY_RANK[mod]
        if verb.dep_ in ("relcl", "acl") and infinitive(verb) and verb.head.dep_ == "attr" and (
            verb.head.head.lemma_ in ("be", "become")
        ):
            # "Ethiopia, says Hargeisa, would become the first country to recognise it": the
            # copula's modality (not its negation: "not the first to" still did)
            outer = self.frame(verb.head.head, question).modality
            if MODALITY_RANK[outer] > rank:
                frame.modality, rank = outer, MODALITY_RANK[outer]
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in self.intent_nouns:
            frame.modality, rank = "intended", MODALITY_RANK["intended"]  # "a plan to annex"
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in ("refusal", "failure"):
            frame.negated = True  # "Hungary's refusal to sanction Russia"
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in self.intent_nouns and any(
            c.dep_ == "det" and c.lower_ == "no" for c in verb.head.children
        ):
            frame.negated = True  # "has no plans to annex Kursk"
        for aside in verb.children:
            effect = res.complements.get(aside.lemma_.lower())
            if aside.dep_ == "parataxis" and effect is not None and effect[0] == "modality" and (
                rank < MODALITY_RANK[effect[1]]
            ) and (effect[2] == "any" or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we")
                for c in aside.children
            )):
                # an aside: "Russia, says Kyiv, has moved troops"; the writer's own: "Morawiecki,
                # I am told, took calls", "X, I suspect, will"
                frame.modality, rank = effect[1], MODALITY_RANK[effect[1]]
        tok = verb
        hops = 0
        while tok.dep_ in ("xcomp", "ccomp", "conj", "advcl", "pcomp", "acomp") and hops < 4:
            hops += 1
            clause = tok
            head = tok.head
            if head.dep_ == "prep" and tok.dep_ == "pcomp":
                head = head.head
            if tok.dep_ == "conj":
                # Conjoined verbs share their auxiliaries ("will meet and sign"), unless the
                # second has a subject and auxiliaries of its own.
                if any(c.dep_ in ("aux", "neg", "nsubj", "nsubjpass") for c in clause.children):
                    break
                tok = head
                mod = self.local_modality(tok)
                if mod and MODALITY_RANK[mod] > rank:
                    frame.modality, rank = mod, MODALITY_RANK[mod]
                frame.negated = frame.negated or self.negated(tok)
                continue
            if clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children
            ):
                frame.modality, rank = "conditional", MODALITY_RANK["conditional"]
                break
            if clause.dep_ == "xcomp" and head.lemma_ == "have" and any(
                g.lower_ == "yet" for g in head.children
            ):
                frame.negated = True  # "has yet to ratify"
            if clause.dep_ == "advcl":
                if infinitive(clause) and rank < MODALITY_RANK["intended"]:
                    frame.modality = "intended"  # "flew to Ankara to talk to Erdoğan"
                break
            gov = head.lemma_.lower()
            effect = res.complements.get(gov)
            phrase = res.modality_cues.get((head.lower_, "phrase"))
            if effect is not None:
                kind, value, speaker = effect
                if kind == "category" and clause.dep_ == "xcomp":
                    frame.category = value
                    frame.prefix = f"{gov} to"
                elif kind == "negate" and clause.dep_ == "xcomp":
                    frame.negated = not frame.negated
                elif kind == "modality" and value == "reported" and frame.modality in (
                    "conditional", "future"
                ):
                    # "said he would introduce sanctions": reported speech's "would" is "will".
                    frame.modality, rank = "future", MODALITY_RANK["future"]
                elif kind == "modality" and MODALITY_RANK[value] > rank:
                    if speaker == "first" and not first_person_subject(head):
                        pass
                    else:
                        frame.modality, rank = value, MODALITY_RANK[value]
            elif phrase is not None and MODALITY_RANK[phrase] > rank:
                frame.modality, rank = phrase, MODALITY_RANK[phrase]
            if self.negated(head) and frame.category is not None:
                frame.negated = True
            mod = self.local_modality(head)
            if mod and MODALITY_RANK[mod] > rank and clause.dep_ == "xcomp":
                frame.modality, rank = mod, MODALITY_RANK[mod]
            if head.dep_ == "ROOT" or (clause.dep_ == "ccomp" and effect is not None):
                break
            tok = head
        if for_mark := [c for c in verb.children if c.dep_ == "mark"]:
            cue = res.modality_cues.get((for_mark[0].lower_, "mark"))
            if cue and MODALITY_RANK[cue] > rank:
                frame.modality, rank = cue, MODALITY_RANK[cue]
        if question and rank < MODALITY_RANK["question"] and in_main_clause(verb):
            frame.modality = "question"
        return frame

    def negated(self, verb: Token) -> bool:
        """Whether ``verb`` itself is negated ("did not", "never", "no longer", "has yet to")."""
        negs = self.res.negations
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "neither" for g in c.children):
                return True  # "Neither Russia nor China condemned…"
            if c.dep_ == "xcomp" and verb.lemma_ == "have" and any(
                g.lower_ == "yet" for g in verb.children
            ):
                return True  # "has yet to ratify"
            if c.dep_ == "neg" or (c.dep_ in ("advmod", "preconj") and c.lower_ in negs):
                return True
            if c.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in c.children):
                return True
            if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
                return True
            if c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children):
                return True  # "has had no talks with Israel", "got no reply from Pakistan"
        return False

    def local_modality(self, verb: Token) -> str | None:
        """The strongest modality of ``verb``'s own auxiliaries and adverbs, if any."""
        cues = self.res.modality_cues
        best: str | None = None
        for c in verb.children:
            mod = None
            if c.dep_ == "aux":
                mod = cues.get((c.lower_, "aux"))
            elif c.dep_ == "advmod":
                mod = cues.get((c.lower_, "adverb"))
            if mod and (best is None or MODALITY_RANK[mod] > MODALITY_RANK[best]):
                best = mod
        return best


def infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def first_person_subject(verb: Token) -> bool:
    """Whether the writer ("I", "we") is ``verb``'s subject."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)


def in_main_clause(tok: Token) -> bool:
    """Whether ``tok`` is outside every subordinate clause of its sentence."""
    while tok.dep_ not in ("ROOT",) and tok.head.i != tok.i:
        if tok.dep_ in ("ccomp", "advcl", "relcl", "acl"):
            return False
        tok = tok.head
    return True
