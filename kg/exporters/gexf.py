"""GEXF through networkx, for Gephi: the attributes of GraphML, plus colours and sizes.

Nodes are coloured by actor type and sized by degree, edges coloured from red (conflict)
through grey to green (cooperation) by their mean score and weighted by their count, so the
graph opens in Gephi already styled.
"""

from __future__ import annotations

import math
from typing import Any, BinaryIO

import networkx as nx

from kg.exporters.base import Exporter, Written
from kg.exporters.graph import ActorGraph, score_color, type_color
from kg.exporters.select import Selection

__all__ = ["GEXFExporter", "write_gexf"]


def _rgba(color: str) -> dict[str, Any]:
    return {"r": int(color[1:3], 16), "g": int(color[3:5], 16), "b": int(color[5:7], 16),
            "a": 1.0}


def write_gexf(graph: ActorGraph, stream: BinaryIO) -> None:
    """Write ``graph`` as GEXF 1.2 (UTF-8)."""
    g = graph.to_networkx(sentences=True)
    for node in graph.nodes.values():
        g.nodes[node.id]["viz"] = {
            "color": _rgba(type_color(node.actor.type)),
            "size": round(4 + 4 * math.sqrt(node.degree), 2),
        }
    for edge in graph.edges.values():
        g.edges[edge.source, edge.target, edge.key]["viz"] = {
            "color": _rgba(score_color(edge.score)),
            "thickness": round(1 + math.log2(edge.count), 2),
        }
    nx.write_gexf(g, stream, encoding="utf-8", prettyprint=True, version="1.2draft")
    stream.write(b"\n")  # networkx ends the file without one


class GEXFExporter(Exporter):
    """GEXF (``.gexf``)."""

    extension, media_type = "gexf", "application/gexf+xml"

    def write(self, graph: Selection, stream: BinaryIO) -> Written:
        """Aggregate the selection into the actor graph, then write it."""
        g = ActorGraph.from_statements(graph.statements())
        write_gexf(g, stream)
        return g.written()
