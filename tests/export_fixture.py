"""The graph the export tests share: ``tests/data/export/graph.jsonl`` written into a store."""

from __future__ import annotations

import json
from pathlib import Path

from kg import schema
from kg.model import Actor, Extraction, Post, Triple
from kg.store import Store

FIXTURE = Path(__file__).parent / "data" / "export" / "graph.jsonl"

#: What an export of the whole fixture holds. Angela Merkel is mentioned in no triple.
ACTORS = 11
STATEMENTS = 14
POSTS = 4
EDGES = 13  # the two sanctions of Russia by the United States share an edge
#: Distinct asserted, non-negated (subject, category, object): what RDF states directly.
DIRECT = 10


def extractions() -> list[Extraction]:
    """The fixture's extractions; each triple's offsets are where its sentence is."""
    out = []
    with FIXTURE.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            p = Post(**d["post"])
            triples = []
            for t in d["triples"]:
                start = p.text.index(t["sentence"])
                category = schema.categories()[t["category"]]
                triples.append(Triple(**{
                    "post": p.id, "date": p.date, "start": start,
                    "end": start + len(t["sentence"]), "extractor": "test-fixture",
                    "score": category.score, **t,
                }))
            out.append(Extraction(p, [Actor(**a) for a in d["actors"]], triples))
    return out


def write_fixture(store: Store) -> Store:
    """Write the fixture into ``store`` and return it."""
    store.write(extractions())
    return store
