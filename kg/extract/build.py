"""From a parsed post to kg's records: canonical actors and triples with evidence."""

from __future__ import annotations

from spacy.tokens import Doc

import kg
from kg.extract.events import Event
from kg.extract.mentions import Mention
from kg.extract.resolve import Entity
from kg.extract.resources import resources
from kg.model import Actor, Extraction, Post, Triple

EXTRACTOR = f"kg-extract/{kg.__version__}"


def build_extraction(post: Post, doc: Doc, extractor: str = EXTRACTOR) -> Extraction:
    """The actors and triples of ``post`` from its doc as kg's pipeline left it."""
    mentions: list[Mention] = doc._.kg_mentions or []
    entities: list[Entity] = doc._.kg_entities or []
    events: list[Event] = doc._.kg_events or []
    known = resources().known
    hardware = resources().words("hardware")
    actors: dict[str, Actor] = {}
    triples: dict[str, Triple] = {}

    def actor(
        e: Entity, m: Mention, *, place_ok: bool, as_object: bool = False
    ) -> Actor | None:
        name, type_ = e.name, e.type
        if e.head_lemma in hardware and e.affiliation and e.affiliation in known:
            # "Russian jets bombed Idlib": the state whose jets they are
            name, type_ = e.affiliation, known[e.affiliation].type
        elif e.capital_of is not None and not place_ok:
            # "Moscow warned Kyiv": a capital that acts stands for its country.
            name, type_ = e.capital_of.name, e.capital_of.type
        elif type_ == "Place" and not place_ok and (m.kind != "name" or as_object) and not (
            e.known is not None and e.known.capitals  # a governed entity: Republika Srpska
        ):
            return None  # a place is an actor only when acted upon as a place
        a = actors.get(name)
        if a is None:
            a = actors[name] = Actor(name, type_)
            if name == e.name:
                a.titles = list(e.titles)
                a.affiliation = e.affiliation
        if e.head_lemma in hardware:
            return a  # "Russian jets" is no other name of Russia
        for alias in sorted(e.aliases | ({e.name} if name != e.name else set())):
            if alias != name and alias not in a.aliases:
                a.aliases.append(alias)
        return a

    def named(name: str) -> Actor:
        """An actor known only by name: from the gazetteer, else an organisation."""
        k = known.get(name)
        if name not in actors:
            actors[name] = Actor(name, k.type if k else "Organization")
        return actors[name]

    for ev in events:
        sm, om = mentions[ev.subject], mentions[ev.object]
        if sm.entity is None or om.entity is None:
            continue
        se, oe = entities[sm.entity], entities[om.entity]
        subj = actor(se, sm, place_ok=False)
        obj = (named(ev.object_name) if ev.object_name
               else actor(oe, om, place_ok=ev.place_ok, as_object=True))
        if subj is None or obj is None or subj.name == obj.name:
            continue
        if se.generic or oe.generic:
            continue  # "police", "protesters": without an affiliation, nobody in particular
        if oe.affiliation in (subj.name, se.name) and oe.generic is False and om.kind != "name":
            continue  # an actor acting on its own people: "Russia withdrew its troops"
        if se.affiliation and se.affiliation == obj.name and se.head_lemma:
            continue  # "its last president fled the country": the actor's own country
        t = Triple(
            subject=subj.name, subject_type=subj.type, action=ev.action, category=ev.category,
            object=obj.name, object_type=obj.type, negated=ev.negated, modality=ev.modality,
            confidence=ev.confidence, score=ev.score, sentence=ev.sent.text.strip(),
            start=ev.sent.start_char, end=ev.sent.end_char, post=post.id, date=post.date,
            subject_mention=sm.text, object_mention=om.text, extractor=extractor,
        )
        old = triples.get(t.id)
        if old is None or t.confidence > old.confidence:
            triples[t.id] = t
    for m in mentions:
        # "Colombian President Juan Manuel Santos": a title with a country is a role.
        if m.kind != "name" or not m.titles or not m.affiliation or m.entity is None:
            continue
        e = entities[m.entity]
        if e.type != "Person" or m.affiliation == e.name:
            continue
        sent = doc[m.start].sent
        subj = actor(e, m, place_ok=False)
        obj = named(m.affiliation)
        if subj is None:
            continue
        t = Triple(
            subject=subj.name, subject_type=subj.type, action=m.titles[-1].lower(),
            category="ROLE", object=obj.name, object_type=obj.type, confidence=0.8,
            sentence=sent.text.strip(), start=sent.start_char, end=sent.end_char, post=post.id,
            date=post.date, subject_mention=m.text, object_mention=m.affiliation,
            extractor=extractor,
        )
        triples.setdefault(t.id, t)
    for e in entities:
        if e.known is not None or (not e.generic and e.type != "Place"):
            m = mentions[e.mentions[0]]
            actor(e, m, place_ok=True)
    return Extraction(post, list(actors.values()), list(triples.values()))
