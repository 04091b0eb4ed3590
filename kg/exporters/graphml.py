"""GraphML through networkx: opens in Gephi, yEd and Cytoscape desktop.

Nodes carry name (also as label), type, degree, aliases, titles, affiliation, first and last
seen; edges carry category, action, negated, label, count (statements behind the edge, also
as weight), asserted (how many of them are asserted), first and last date, score (mean
cooperation–conflict score) and the evidence sentences, one per line.
"""

from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from kg.exporters.base import Exporter, Written
from kg.exporters.graph import ActorGraph
from kg.exporters.select import Selection

__all__ = ["GraphMLExporter", "write_graphml"]


def write_graphml(graph: ActorGraph, stream: BinaryIO) -> None:
    """Write ``graph`` as GraphML (UTF-8); edge ids are unique in the file."""
    nx.write_graphml(graph.to_networkx(sentences=True), stream, encoding="utf-8",
                     prettyprint=True, edge_id_from_attribute="id")
    stream.write(b"\n")  # networkx ends the file without one


class GraphMLExporter(Exporter):
    """GraphML (``.graphml``)."""

    extension, media_type = "graphml", "application/graphml+xml"

    def write(self, graph: Selection, stream: BinaryIO) -> Written:
        """Aggregate the selection into the actor graph, then write it."""
        g = ActorGraph.from_statements(graph.statements())
        write_graphml(g, stream)
        return g.written()
