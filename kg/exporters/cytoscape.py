"""Cytoscape.js elements JSON: ``{"elements": {"nodes": [...], "edges": [...]}}``.

The layout networkx's ``cytoscape_data`` writes (and ``cytoscape_graph`` reads), which
Cytoscape.js takes as ``cytoscape({elements: data.elements})`` and Cytoscape desktop imports
as a ``.cyjs`` file. Each element's ``data`` holds the attributes of the GraphML export, a
``color``, and on edges the ``evidence``: one object per statement (sentence, post, title,
url, date, modality, confidence).
"""

from __future__ import annotations

import json
from typing import Any, BinaryIO

from kg.exporters.base import Exporter, Written
from kg.exporters.graph import ActorGraph, score_color, type_color
from kg.exporters.select import Selection

__all__ = ["CytoscapeExporter", "cytoscape_data", "write_cytoscape"]


def cytoscape_data(graph: ActorGraph) -> dict[str, Any]:
    """The Cytoscape.js document of ``graph`` as plain Python data."""
    nodes = [
        {"data": {"id": n.id, "value": n.id, **n.attributes(),
                  "color": type_color(n.actor.type)}}
        for n in graph.sorted_nodes()
    ]
    edges = [
        {"data": {"id": e.id, "source": e.source, "target": e.target, "key": e.key,
                  **e.attributes(), "color": score_color(e.score),
                  "evidence": [ev.to_dict() for ev in e.evidence]}}
        for e in graph.sorted_edges()
    ]
    return {
        "data": {"name": "kg actor graph"},
        "directed": True,
        "multigraph": True,
        "elements": {"nodes": nodes, "edges": edges},
    }


def write_cytoscape(graph: ActorGraph, stream: BinaryIO) -> None:
    """Write ``graph`` as Cytoscape.js JSON (UTF-8)."""
    text = json.dumps(cytoscape_data(graph), ensure_ascii=False, indent=1)
    stream.write(text.encode("utf-8") + b"\n")


class CytoscapeExporter(Exporter):
    """Cytoscape.js elements JSON (``.cyjs``)."""

    extension, media_type = "cyjs", "application/json"

    def write(self, graph: Selection, stream: BinaryIO) -> Written:
        """Aggregate the selection into the actor graph, then write it."""
        g = ActorGraph.from_statements(graph.statements())
        write_cytoscape(g, stream)
        return g.written()
