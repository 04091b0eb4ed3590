"""Named relationship questions as Cypher files (installed as ``kg.queries``).

Each question is one file, ``NAME.cypher``: a header of ``//`` comments saying what it answers
and what its parameters mean (with a ``:params`` line for Neo4j Browser), then one statement
that every engine runs as it is. Where one engine would need it said differently, a variant
``NAME.<dialect>.cypher`` (``NAME.falkordb.cypher``) beside it is what :func:`load_query`
gives that engine; no question needs one so far. :mod:`kg.query` runs these files and
types their rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.errors import UnknownName

__all__ = ["Query", "load_query", "queries", "query_info"]

HERE = Path(__file__).resolve().parent
_PARAM = re.compile(r"^//\s+(\$[A-Za-z_]\w*(?:,\s*\$[A-Za-z_]\w*)*)\s+(.*)$")


@dataclass(frozen=True)
class Query:
    """One named question: its file's description, documented parameters and statement."""

    name: str
    description: str
    parameters: dict[str, str]
    statement: str
    path: Path


def _parse(name: str, path: Path) -> Query:
    header: list[str] = []
    body: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not body and line.startswith("//"):
            header.append(line)
        elif line.strip() or body:
            body.append(line)
    description: list[str] = []
    for line in header:
        text = line[2:].strip()
        if text.startswith("Parameters:"):
            break
        description.append(text)
    summary = " ".join(description).partition(": ")[2] or " ".join(description)
    params: dict[str, str] = {}
    for line in header:
        m = _PARAM.match(line)
        if m:
            for p in m[1].split(","):
                params[p.strip().lstrip("$")] = m[2].strip()
    return Query(name, summary, params, "\n".join(body).strip(), path)


@cache
def queries() -> dict[str, Query]:
    """Every named question in this folder, by name (variants for one engine not included)."""
    return {
        p.name.removesuffix(".cypher"): _parse(p.name.removesuffix(".cypher"), p)
        for p in sorted(HERE.glob("*.cypher"))
        if p.name.count(".") == 1
    }


def query_info(name: str) -> Query:
    """The named question ``name``; an unknown name lists the known ones."""
    found = queries().get(name)
    if found is None:
        raise UnknownName("query", name, list(queries()))
    return found


@cache
def load_query(name: str, dialect: str | None = None) -> str:
    """The Cypher of question ``name``, in the variant for ``dialect`` when there is one.

    Args:
        name: the file's name without ``.cypher`` (``"relations"``).
        dialect: the engine's dialect name (``kg.store.Store.dialect.name``), or None.

    Raises:
        kg.errors.UnknownName: no such question.
    """
    query = query_info(name)
    if dialect:
        variant = HERE / f"{name}.{dialect}.cypher"
        if variant.is_file():
            return _parse(name, variant).statement
    return query.statement
