"""Graphviz DOT: ``dot -Tsvg graph.dot > graph.svg`` (or ``sfdp`` for large graphs).

Nodes are boxes labelled with the actor's name, filled by actor type; edges are labelled
with the action (and the count when above one) and coloured from red (conflict) through
grey to green (cooperation). The other attributes of the GraphML export ride along as extra
attributes (the name is the label), which Graphviz keeps and other DOT readers can use.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping
from typing import Any, BinaryIO

from kg.exporters.base import Exporter, Written
from kg.exporters.graph import ActorGraph, score_color, type_color
from kg.exporters.select import Selection

__all__ = ["DotExporter", "quote", "write_dot"]


def quote(value: Any) -> str:
    """A DOT double-quoted string (or a bare number)."""
    if isinstance(value, bool):
        return '"true"' if value else '"false"'
    if isinstance(value, (int, float)):
        return repr(value) if math.isfinite(value) else '"0"'
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    text = text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    return f'"{text}"'


def _attrs(values: Mapping[str, Any]) -> str:
    return ", ".join(f"{k}={quote(v)}" for k, v in values.items())


def write_dot(graph: ActorGraph, stream: BinaryIO) -> None:
    """Write ``graph`` as a Graphviz digraph (UTF-8)."""
    out = io.TextIOWrapper(stream, encoding="utf-8", newline="\n", write_through=True)
    try:
        out.write('digraph kg {\n  graph [charset="UTF-8", overlap=false, splines=true, '
                  'outputorder=edgesfirst];\n')
        out.write('  node [shape=box, style="rounded,filled", fontname="Helvetica", '
                  'fontsize=10];\n  edge [fontname="Helvetica", fontsize=8];\n')
        for node in graph.sorted_nodes():
            # The name is the label: pydot, the usual DOT reader, cannot take a "name".
            attrs = {"label": node.actor.name, **node.attributes(),
                     "fillcolor": type_color(node.actor.type)}
            del attrs["name"]
            out.write(f"  {quote(node.id)} [{_attrs(attrs)}];\n")
        for edge in graph.sorted_edges():
            label = edge.label + (f" ×{edge.count}" if edge.count > 1 else "")
            attrs = {**edge.attributes(), "key": edge.key, "label": label,
                     "color": score_color(edge.score),
                     "penwidth": round(1 + math.log2(edge.count), 2)}
            if not edge.asserted:
                attrs["style"] = "dashed"
            out.write(f"  {quote(edge.source)} -> {quote(edge.target)} [{_attrs(attrs)}];\n")
        out.write("}\n")
        out.flush()
    finally:
        out.detach()


class DotExporter(Exporter):
    """Graphviz DOT (``.dot``)."""

    extension, media_type = "dot", "text/vnd.graphviz"

    def write(self, graph: Selection, stream: BinaryIO) -> Written:
        """Aggregate the selection into the actor graph, then write it."""
        g = ActorGraph.from_statements(graph.statements())
        write_dot(g, stream)
        return g.written()
