"""kg's schema as data: the files in this folder, and small readers for them.

Installed as ``kg.schema``. Code elsewhere reads the ontology, the closed lists of labels
and relationship types, the lexicons and the gazetteer from here instead of restating them.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.errors import SchemaError

HERE = Path(__file__).resolve().parent


def path(name: str) -> Path:
    """The path of schema file ``name``; a missing file is a :class:`SchemaError`."""
    p = HERE / name
    if not p.is_file():
        raise SchemaError(f"schema file {name!r} is missing from {HERE}; reinstall kg")
    return p


def read_lines(name: str) -> list[str]:
    """The non-blank lines of a text file in schema/, without ``#`` comment lines."""
    with path(name).open(encoding="utf-8") as f:
        return [s for line in f if (s := line.strip()) and not s.startswith("#")]


def read_tsv(name: str) -> list[dict[str, str]]:
    """The rows of a tab-separated file in schema/ with a header row; ``#`` lines are comments."""
    with path(name).open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for i, row in enumerate(rows, 2):
        if None in row or any(v is None for v in row.values()):
            raise SchemaError(f"schema file {name!r}: row {i} has the wrong number of columns")
    return rows


@dataclass(frozen=True)
class Category:
    """An event category: PLOVER's 16, plus kg's OTHER and ROLE."""

    name: str
    quad_class: str
    score: float
    definition: str


@cache
def categories() -> dict[str, Category]:
    """Event categories by name, from ``categories.tsv`` (the closed list of relationship types)."""
    rows = read_tsv("categories.tsv")
    return {
        r["category"]: Category(r["category"], r["quad_class"], float(r["score"]), r["definition"])
        for r in rows
    }


@dataclass(frozen=True)
class GraphElement:
    """One row of ``graph.tsv``: a node label, an actor type or a relationship type."""

    kind: str
    name: str
    properties: tuple[str, ...]
    description: str


@cache
def graph_model() -> list[GraphElement]:
    """kg's property graph model, from ``graph.tsv`` (labels, actor types, relationship types)."""
    return [
        GraphElement(r["kind"], r["name"], tuple(r["properties"].split()), r["description"])
        for r in read_tsv("graph.tsv")
    ]


@cache
def actor_types() -> tuple[str, ...]:
    """Actor types, each also a node label (the closed list), from ``graph.tsv``."""
    return tuple(e.name for e in graph_model() if e.kind == "actor_type")
