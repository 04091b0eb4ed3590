"""Exports: kg's graph in the formats linked-data and graph-visualisation tools read.

:func:`export` writes the part of a store that :class:`Filters` select in one format of
:data:`EXPORTERS`, a table keyed by format name (other packages add formats through the
``kg.exporters`` entry-point group):

- RDF, through rdflib (:mod:`kg.exporters.rdf`): ``turtle``, ``nt``, ``jsonld``, ``trig``,
  ``nquads``, ``xml``; every stored triple with its evidence, in the kg ontology;
- visualisation, from the aggregated actor graph (:mod:`kg.exporters.graph`): ``graphml``
  and ``gexf`` (networkx; Gephi, yEd), ``cytoscape`` (Cytoscape.js elements JSON), ``d3``
  (node-link JSON), ``dot`` (Graphviz) and ``html`` (one self-contained interactive page).
"""

from __future__ import annotations

from typing import BinaryIO

from kg.exporters.base import Exporter, Written
from kg.exporters.select import Filters, Selection
from kg.registry import Registry
from kg.store import Store

__all__ = ["EXPORTERS", "Exporter", "Filters", "Selection", "Written", "export"]

EXPORTERS: Registry[type[Exporter]] = Registry("export format", group="kg.exporters")
EXPORTERS.register("turtle", "kg.exporters.rdf:TurtleExporter", "ttl")
EXPORTERS.register("nt", "kg.exporters.rdf:NTriplesExporter", "ntriples", "n-triples")
EXPORTERS.register("jsonld", "kg.exporters.rdf:JSONLDExporter", "json-ld")
EXPORTERS.register("trig", "kg.exporters.rdf:TriGExporter")
EXPORTERS.register("nquads", "kg.exporters.rdf:NQuadsExporter", "n-quads", "nq")
EXPORTERS.register("xml", "kg.exporters.rdf:RDFXMLExporter", "rdfxml", "rdf/xml", "rdf")
EXPORTERS.register("graphml", "kg.exporters.graphml:GraphMLExporter")
EXPORTERS.register("gexf", "kg.exporters.gexf:GEXFExporter")
EXPORTERS.register("cytoscape", "kg.exporters.cytoscape:CytoscapeExporter", "cyjs")
EXPORTERS.register("d3", "kg.exporters.d3:D3Exporter", "node-link")
EXPORTERS.register("dot", "kg.exporters.dot:DotExporter", "graphviz", "gv")
EXPORTERS.register("html", "kg.exporters.html:HTMLExporter")


def export(
    store: Store,
    format: str,
    stream: BinaryIO,
    *,
    filters: Filters | None = None,
    base_iri: str | None = None,
    title: str | None = None,
) -> Written:
    """Write the part of ``store`` that ``filters`` select to ``stream`` in ``format``.

    Args:
        store: an open store.
        format: a name (or alias) in :data:`EXPORTERS`.
        stream: where the bytes go (UTF-8 for text formats).
        filters: which triples; all of them when None.
        base_iri: the base of actor, post and statement IRIs in RDF formats.
        title: the page title of the ``html`` format.

    Returns:
        What was written: actors, statements, posts (and edges, for graph formats).

    Raises:
        kg.errors.UnknownName: an unknown format or category.
        kg.errors.UsageError: a filter value or the base IRI is malformed.
        kg.errors.ActorNotFound, kg.errors.AmbiguousActor: the ``--actor`` name.
        kg.errors.StoreError: the store failed.
    """
    exporter = EXPORTERS.get(format)(base_iri=base_iri, title=title)
    return exporter.write(Selection(store, filters or Filters()), stream)
