"""D3 node-link JSON: ``{"nodes": [{"id": ...}], "links": [{"source": ..., "target": ...}]}``.

The layout ``d3.forceSimulation`` and ``d3.forceLink().id(d => d.id)`` take as they are, and
networkx reads with ``node_link_graph(data, edges="links")``. Nodes and links carry the
attributes of the GraphML export and a ``color``; links also carry their ``evidence``.
"""

from __future__ import annotations

import json
from typing import Any, BinaryIO

from kg.exporters.base import Exporter, Written
from kg.exporters.graph import ActorGraph, score_color, type_color
from kg.exporters.select import Selection

__all__ = ["D3Exporter", "node_link_data", "write_d3"]


def node_link_data(graph: ActorGraph) -> dict[str, Any]:
    """The node-link document of ``graph`` as plain Python data."""
    return {
        "directed": True,
        "multigraph": True,
        "graph": {"name": "kg actor graph"},
        "nodes": [
            {"id": n.id, **n.attributes(), "color": type_color(n.actor.type)}
            for n in graph.sorted_nodes()
        ],
        "links": [
            {"source": e.source, "target": e.target, "key": e.key, "id": e.id,
             **e.attributes(), "color": score_color(e.score),
             "evidence": [ev.to_dict() for ev in e.evidence]}
            for e in graph.sorted_edges()
        ],
    }


def write_d3(graph: ActorGraph, stream: BinaryIO) -> None:
    """Write ``graph`` as D3 node-link JSON (UTF-8)."""
    text = json.dumps(node_link_data(graph), ensure_ascii=False, indent=1)
    stream.write(text.encode("utf-8") + b"\n")


class D3Exporter(Exporter):
    """D3 node-link JSON (``.json``)."""

    extension, media_type = "json", "application/json"

    def write(self, graph: Selection, stream: BinaryIO) -> Written:
        """Aggregate the selection into the actor graph, then write it."""
        g = ActorGraph.from_statements(graph.statements())
        write_d3(g, stream)
        return g.written()
