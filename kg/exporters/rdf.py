"""RDF exports: Turtle, N-Triples, JSON-LD, TriG, N-Quads and RDF/XML from one graph builder.

The vocabulary is the kg ontology (``schema/kg.ttl``, :class:`kg.schema.namespace.KG`),
aligned with schema.org, FOAF, PROV-O and Dublin Core; ``schema/shapes.ttl`` holds the SHACL
shapes every export satisfies. For each stored triple an export holds:

- a statement node ``<base>statement/ID`` (a ``kg:Statement``, which is an ``rdf:Statement``
  and a ``prov:Entity``) with ``rdf:subject``, ``rdf:predicate`` (the category property,
  ``kg:consult``), ``rdf:object``, the action, negation, modality, confidence, score, date,
  the evidence sentence with its offsets, and ``prov:wasDerivedFrom`` its post;
- the direct triple ``actor —kg:consult→ actor``, but only when the statement is asserted
  and not negated: "Merkel did not meet Putin" or "Merkel may meet Putin" is kept as a
  statement node, never stated as a fact;
- its two actors (``<base>actor/ID``, typed ``kg:Actor`` and one of its subclasses) and its
  post (``<base>post/ID``, a ``kg:Post``), each described once.

In the triple formats (Turtle, N-Triples, JSON-LD, RDF/XML) everything is in one graph. In
TriG and N-Quads the actors and the direct triples are in the default graph, and each post
has a named graph, named by the post's IRI, holding the post's metadata and its statements;
the union of the graphs is the same as the triple formats' graph.

Output streams: statements are read from the store in post order and serialised by rdflib a
chunk at a time; what is kept between chunks is the set of actor and post ids already
described.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, BinaryIO, ClassVar, cast
from urllib.parse import quote, urlsplit

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SDO, XSD
from rdflib.query import Result, ResultRow

from kg.errors import InputError, UsageError
from kg.exporters.base import Exporter, Written
from kg.exporters.select import ActorInfo, Filters, PostInfo, Selection, Statement
from kg.schema.namespace import KG
from kg.store import Store

__all__ = [
    "DEFAULT_BASE_IRI",
    "FORMATS",
    "IRIs",
    "SparqlResult",
    "build_dataset",
    "check_base_iri",
    "chunks",
    "load_dataset",
    "prefixes",
    "read_query",
    "run_sparql",
    "sparql",
    "write_jsonld",
    "write_nquads",
    "write_nt",
    "write_rdf",
    "write_trig",
    "write_turtle",
    "write_xml",
]

#: Data IRIs are made under this base unless ``--base-iri`` names another.
DEFAULT_BASE_IRI = "https://example.org/kg/"
#: Statements per rdflib graph serialised at once.
CHUNK = 500
#: Export format → rdflib serialiser name.
FORMATS = {
    "turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig", "nquads": "nquads",
    "xml": "xml",
}
_DATASET_FORMATS = {"trig", "nquads"}

_IRI_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_IRI_BAD = re.compile(r'[\s<>"{}|\\^`]')
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")
_YEAR_MONTH = re.compile(r"\d{4}-\d{2}")
_YEAR = re.compile(r"\d{4}")
# Characters left as they are in a URL made an IRI: RFC 3986's reserved ones and '%'.
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"


def check_base_iri(base: str | None) -> str:
    """The base IRI data IRIs are made under: absolute, without spaces, ending in / # or :.

    Raises:
        kg.errors.UsageError: ``base`` is not an absolute IRI.
    """
    base = (base or DEFAULT_BASE_IRI).strip()
    if not _IRI_SCHEME.match(base) or _IRI_BAD.search(base):
        raise UsageError(f"--base-iri {base!r}: give an absolute IRI such as "
                         f"{DEFAULT_BASE_IRI} (with a scheme, without spaces)")
    return base if base.endswith(("/", "#", ":")) else base + "/"


def _segment(value: str) -> str:
    # Ids are slugs and hex digests, but a store written by other tools may hold anything.
    return quote(value, safe="-._~")


@dataclass(frozen=True)
class IRIs:
    """The IRIs of an export's actors, posts and statements, under one base IRI."""

    base: str = DEFAULT_BASE_IRI

    def actor(self, actor_id: str) -> URIRef:
        """``<base>actor/ID``."""
        return URIRef(f"{self.base}actor/{_segment(actor_id)}")

    def post(self, post_id: str) -> URIRef:
        """``<base>post/ID``."""
        return URIRef(f"{self.base}post/{_segment(post_id)}")

    def statement(self, statement_id: str) -> URIRef:
        """``<base>statement/ID``."""
        return URIRef(f"{self.base}statement/{_segment(statement_id)}")


def prefixes(base: str = DEFAULT_BASE_IRI) -> dict[str, str]:
    """The prefixes of an export: the vocabularies, and ``actor:``, ``post:``, ``statement:``."""
    return {
        "kg": str(KG), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL),
        "schema": str(SDO), "foaf": str(FOAF), "prov": str(PROV), "dcterms": str(DCTERMS),
        "actor": f"{base}actor/", "post": f"{base}post/", "statement": f"{base}statement/",
    }


def category_property(category: str) -> URIRef:
    """The property of an event category: ``CONSULT`` → ``kg:consult``."""
    return URIRef(str(KG) + category.lower())


def _date(value: str | None) -> Literal | None:
    """A date as the most precise XSD type its form allows, else as plain text."""
    if not value:
        return None
    for pattern, datatype in ((_DATETIME, XSD.dateTime), (_DATE, XSD.date),
                              (_YEAR_MONTH, XSD.gYearMonth), (_YEAR, XSD.gYear)):
        if pattern.fullmatch(value):
            # An impossible date (2019-02-30) would make an ill-typed literal: keep it as text.
            return Literal(value, datatype=datatype) if _possible(value) else Literal(value)
    return Literal(value)


def _possible(value: str) -> bool:
    """Whether a date of one of the forms :func:`_date` types names a real day and time."""
    try:
        if "T" in value:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        else:
            date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        return False
    return True


def _url(value: str | None) -> URIRef | None:
    """A post's URL as an IRI (unsafe characters percent-encoded), if it is absolute."""
    if not value:
        return None
    value = quote(value.strip(), safe=_URL_SAFE)
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    return URIRef(value) if parts.scheme and (parts.netloc or parts.path) else None


_ACTOR_TYPES = {
    "Person": KG.Person, "Organization": KG.Organization, "Country": KG.Country,
    "Group": KG.Group, "Place": KG.Place,
}


def _graph(base: str, *, dataset: bool) -> Graph:
    # SimpleMemory adds triples twice as fast as the default store; a dataset needs contexts.
    g: Graph = Dataset() if dataset else Graph(store="SimpleMemory", bind_namespaces="none")
    for prefix, ns in prefixes(base).items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


@dataclass
class _Describer:
    """Adds actors, posts and statements to graphs, each actor and post only once."""

    iris: IRIs
    actors: set[str] = field(default_factory=set)
    posts: set[str] = field(default_factory=set)
    statements: int = 0

    def actor(self, g: Graph, a: ActorInfo) -> URIRef:
        node = self.iris.actor(a.id)
        if a.id in self.actors:
            return node
        self.actors.add(a.id)
        g.add((node, RDF.type, KG.Actor))
        type_iri = _ACTOR_TYPES.get(a.type)
        if type_iri is not None:
            g.add((node, RDF.type, type_iri))
        g.add((node, DCTERMS.identifier, Literal(a.id)))
        g.add((node, SDO.name, Literal(a.name)))
        g.add((node, RDFS.label, Literal(a.name)))
        for alias in a.aliases:
            g.add((node, SDO.alternateName, Literal(alias)))
        for title in a.titles:
            g.add((node, KG.title, Literal(title)))
        if a.affiliation:
            g.add((node, KG.affiliation, Literal(a.affiliation)))
        for prop, value in ((KG.firstSeen, a.first_seen), (KG.lastSeen, a.last_seen)):
            lit = _date(value)
            if lit is not None:
                g.add((node, prop, lit))
        return node

    def post(self, g: Graph, p: PostInfo) -> URIRef:
        node = self.iris.post(p.id)
        if p.id in self.posts:
            return node
        self.posts.add(p.id)
        g.add((node, RDF.type, KG.Post))
        g.add((node, DCTERMS.identifier, Literal(p.id)))
        if p.title:
            g.add((node, DCTERMS.title, Literal(p.title)))
        date, url = _date(p.date), _url(p.url)
        if date is not None:
            g.add((node, SDO.datePublished, date))
        if url is not None:
            g.add((node, SDO.url, url))
        for prop, value in ((SDO.author, p.author), (KG.source, p.source),
                            (KG.format, p.format)):
            if value:
                g.add((node, prop, Literal(value)))
        if p.words is not None:
            g.add((node, KG.words, Literal(p.words)))
        return node

    def statement(self, default: Graph, evidence: Graph, st: Statement) -> None:
        """Describe ``st``: actors, direct triple in ``default``; the rest in ``evidence``."""
        self.statements += 1
        s, o = self.actor(default, st.subject), self.actor(default, st.object)
        post = self.post(evidence, st.post)
        prop = category_property(st.category)
        node = self.iris.statement(st.id)
        g = evidence
        g.add((node, RDF.type, KG.Statement))
        g.add((node, DCTERMS.identifier, Literal(st.id)))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, prop))
        g.add((node, RDF.object, o))
        g.add((node, KG.action, Literal(st.action)))
        g.add((node, KG.negated, Literal(st.negated)))
        g.add((node, KG.modality, Literal(st.modality)))
        g.add((node, KG.confidence, Literal(float(st.confidence), datatype=XSD.double)))
        g.add((node, KG.score, Literal(float(st.score), datatype=XSD.double)))
        date = _date(st.date)
        if date is not None:
            g.add((node, KG.date, date))
        g.add((node, KG.sentence, Literal(st.sentence)))
        g.add((node, KG.start, Literal(st.start)))
        g.add((node, KG.end, Literal(st.end)))
        if st.extractor:
            g.add((node, KG.extractor, Literal(st.extractor)))
        g.add((node, PROV.wasDerivedFrom, post))
        if st.asserted:
            default.add((s, prop, o))


def chunks(
    statements: Iterable[Statement], *, base: str = DEFAULT_BASE_IRI, dataset: bool = False,
    size: int = CHUNK, describer: _Describer | None = None,
) -> Iterator[Graph]:
    """rdflib graphs of about ``size`` statements each, together describing ``statements``.

    With ``dataset``, each is a :class:`rdflib.Dataset` with a named graph per post;
    otherwise a plain :class:`rdflib.Graph`. A chunk ends where a post ends when it can.
    """
    d = describer or _Describer(IRIs(base))
    g = _graph(base, dataset=dataset)
    n = 0
    post: str | None = None
    for st in statements:
        if n >= size and (st.post.id != post or n >= 4 * size):
            yield g
            g, n = _graph(base, dataset=dataset), 0
        if isinstance(g, Dataset):
            d.statement(g.default_context, g.graph(d.iris.post(st.post.id)), st)
        else:
            d.statement(g, g, st)
        post = st.post.id
        n += 1
    if n or not d.statements:
        yield g


def build_dataset(statements: Iterable[Statement], *, base: str = DEFAULT_BASE_IRI) -> Dataset:
    """The whole export as one in-memory dataset (named graph per post), e.g. for SPARQL."""
    ds = next(iter(chunks(statements, base=base, dataset=True, size=sys.maxsize)))
    assert isinstance(ds, Dataset)
    ds.default_union = True
    return ds


# -- serialisation, a chunk at a time ----------------------------------------------------------


def _text(g: Graph, fmt: str, **options: Any) -> str:
    return g.serialize(format=fmt, encoding="utf-8", **options).decode("utf-8")


def _prefix_lines(base: str) -> list[str]:
    return [f"@prefix {p}: <{ns}> ." for p, ns in sorted(prefixes(base).items())]


def _turtle_body(text: str, header: set[str]) -> str:
    """A chunk's Turtle or TriG without the prefix lines the document header already has."""
    lines = text.split("\n")
    i = 0
    while i < len(lines) and (lines[i] in header or not lines[i].strip()):
        i += 1
    return "\n".join(lines[i:]).strip("\n")


def _xml_body(text: str, declared: set[tuple[str, str]]) -> str:
    """A chunk's RDF/XML without the XML declaration and the ``rdf:RDF`` element around it."""
    head, sep, rest = text.partition("\n>\n")
    if not sep:  # an empty graph: <rdf:RDF ... /> or an element with nothing inside
        return ""
    for prefix, ns in re.findall(r'xmlns:(\w+)="([^"]*)"', head):
        if (prefix, ns) not in declared:
            # Only the vocabularies of prefixes() ever appear; anything else is a bug here.
            raise AssertionError(f"RDF/XML chunk declares {prefix}={ns} outside the header")
    body, _, _ = rest.rpartition("</rdf:RDF>")
    return body.strip("\n")


def _jsonld_nodes(text: str) -> list[Any]:
    doc = json.loads(text)
    if isinstance(doc, list):
        return doc
    if "@graph" in doc:
        return list(doc["@graph"])
    doc.pop("@context", None)
    return [doc] if doc else []


def write_rdf(
    selection: Selection | Iterable[Statement], stream: BinaryIO, fmt: str, *,
    base_iri: str | None = None,
) -> Written:
    """Write the statements of ``selection`` as RDF in ``fmt`` (a key of :data:`FORMATS`)."""
    base = check_base_iri(base_iri)
    statements = selection.statements() if isinstance(selection, Selection) else selection
    describer = _Describer(IRIs(base))
    out = io.TextIOWrapper(stream, encoding="utf-8", newline="\n", write_through=True)
    try:
        _write(statements, out, fmt, base, describer)
        out.flush()
    finally:
        out.detach()
    return Written(actors=len(describer.actors), statements=describer.statements,
                   posts=len(describer.posts))


def _write(statements: Iterable[Statement], out: io.TextIOWrapper, fmt: str, base: str,
           describer: _Describer) -> None:
    rdflib_format = FORMATS[fmt]
    parts = chunks(statements, base=base, dataset=fmt in _DATASET_FORMATS, describer=describer)
    if fmt in ("nt", "nquads"):
        for g in parts:
            # rdflib puts two spaces before the dot of a default-graph quad.
            text = _text(g, rdflib_format).replace("  .\n", " .\n").strip("\n")
            if text:
                out.write(text + "\n")
    elif fmt in ("turtle", "trig"):
        header = _prefix_lines(base)
        out.write("\n".join(header) + "\n")
        for g in parts:
            body = _turtle_body(_text(g, rdflib_format), set(header))
            if body:
                out.write("\n" + body + "\n")
    elif fmt == "jsonld":
        context = prefixes(base)
        out.write('{\n  "@context": ' + json.dumps(context, indent=2).replace("\n", "\n  "))
        out.write(',\n  "@graph": [')
        first = True
        for g in parts:
            text = _text(g, rdflib_format, context=context, auto_compact=True)
            for node in _jsonld_nodes(text):
                out.write(("\n    " if first else ",\n    ") +
                          json.dumps(node, ensure_ascii=False, indent=2).replace("\n", "\n    "))
                first = False
        out.write("\n  ]\n}\n")
    elif fmt == "xml":
        declared = sorted(prefixes(base).items())
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF\n')
        out.write("".join(f'   xmlns:{p}="{ns}"\n' for p, ns in declared) + ">\n")
        for g in parts:
            body = _xml_body(_text(g, rdflib_format), set(declared))
            if body:
                out.write(body + "\n")
        out.write("</rdf:RDF>\n")
    else:
        raise ValueError(f"not an RDF format: {fmt}")


def write_turtle(selection: Selection | Iterable[Statement], stream: BinaryIO, *,
                 base_iri: str | None = None) -> Written:
    """Write Turtle."""
    return write_rdf(selection, stream, "turtle", base_iri=base_iri)


def write_nt(selection: Selection | Iterable[Statement], stream: BinaryIO, *,
             base_iri: str | None = None) -> Written:
    """Write N-Triples."""
    return write_rdf(selection, stream, "nt", base_iri=base_iri)


def write_jsonld(selection: Selection | Iterable[Statement], stream: BinaryIO, *,
                 base_iri: str | None = None) -> Written:
    """Write JSON-LD (one document, compacted with the export's prefixes)."""
    return write_rdf(selection, stream, "jsonld", base_iri=base_iri)


def write_trig(selection: Selection | Iterable[Statement], stream: BinaryIO, *,
               base_iri: str | None = None) -> Written:
    """Write TriG: actors and direct triples in the default graph, a named graph per post."""
    return write_rdf(selection, stream, "trig", base_iri=base_iri)


def write_nquads(selection: Selection | Iterable[Statement], stream: BinaryIO, *,
                 base_iri: str | None = None) -> Written:
    """Write N-Quads, with the same graphs as TriG."""
    return write_rdf(selection, stream, "nquads", base_iri=base_iri)


def write_xml(selection: Selection | Iterable[Statement], stream: BinaryIO, *,
              base_iri: str | None = None) -> Written:
    """Write RDF/XML."""
    return write_rdf(selection, stream, "xml", base_iri=base_iri)


class RDFExporter(Exporter):
    """An RDF serialisation; :attr:`fmt` says which."""

    fmt: ClassVar[str] = "turtle"
    streams = True

    def write(self, graph: Selection, stream: BinaryIO) -> Written:
        """Write the selection's statements, with their actors and posts."""
        return write_rdf(graph, stream, self.fmt, base_iri=self.base_iri)


class TurtleExporter(RDFExporter):
    """Turtle (``.ttl``)."""

    fmt, extension, media_type = "turtle", "ttl", "text/turtle"


class NTriplesExporter(RDFExporter):
    """N-Triples (``.nt``), one triple per line."""

    fmt, extension, media_type = "nt", "nt", "application/n-triples"


class JSONLDExporter(RDFExporter):
    """JSON-LD (``.jsonld``)."""

    fmt, extension, media_type = "jsonld", "jsonld", "application/ld+json"


class TriGExporter(RDFExporter):
    """TriG (``.trig``), a named graph per post."""

    fmt, extension, media_type = "trig", "trig", "application/trig"


class NQuadsExporter(RDFExporter):
    """N-Quads (``.nq``), a named graph per post."""

    fmt, extension, media_type = "nquads", "nq", "application/n-quads"


class RDFXMLExporter(RDFExporter):
    """RDF/XML (``.rdf``)."""

    fmt, extension, media_type = "xml", "rdf", "application/rdf+xml"


# -- SPARQL ------------------------------------------------------------------------------------

_PARSE_FORMATS = {
    ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".trig": "trig",
    ".nq": "nquads", ".rdf": "xml", ".xml": "xml", ".owl": "xml", ".n3": "n3",
}


def load_dataset(paths: Sequence[str], *, base: str = DEFAULT_BASE_IRI) -> Dataset:
    """A dataset of RDF files (as ``kg export`` writes them), each read by its file ending.

    Raises:
        kg.errors.InputError: a file is missing, of an unknown kind, or not valid RDF.
    """
    ds = Dataset(default_union=True)
    for prefix, ns in prefixes(base).items():
        ds.bind(prefix, ns, override=True, replace=True)
    for path in paths:
        ending = "." + path.rsplit(".", 1)[-1].lower() if "." in path else ""
        fmt = _PARSE_FORMATS.get(ending)
        if fmt is None:
            raise InputError(path, "unknown RDF file ending; use one of "
                             + ", ".join(sorted(_PARSE_FORMATS)))
        try:
            ds.parse(path, format=fmt)
        except FileNotFoundError:
            raise InputError(path, "no such file") from None
        except Exception as err:  # rdflib's parsers raise many kinds
            message = " ".join(str(err).split())[:300]
            raise InputError(path, f"not valid {fmt}: {message}") from None
    return ds


@dataclass
class SparqlResult:
    """What a SPARQL query returned: rows (SELECT, ASK) or a graph (CONSTRUCT, DESCRIBE)."""

    columns: list[str]
    rows: list[dict[str, Any]]
    graph: Graph | None = None


def _value(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, (str, int, float, bool)) else str(term)
    return str(term)


def sparql(query: str, dataset: Graph, *, base: str = DEFAULT_BASE_IRI) -> SparqlResult:
    """Run a SPARQL query over ``dataset``; the export's prefixes need no PREFIX lines.

    Raises:
        kg.errors.UsageError: the query cannot be parsed or evaluated.
    """
    try:
        result: Result = dataset.query(query, initNs=prefixes(base))
        if result.type == "ASK":
            return SparqlResult(["ask"], [{"ask": bool(result.askAnswer)}])
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return SparqlResult([], [], result.graph)
        columns = [str(v) for v in (result.vars or [])]
        rows = [
            {c: _value(row[i]) for i, c in enumerate(columns)}
            for row in cast(Iterable[ResultRow], result)
        ]
    except Exception as err:  # pyparsing and rdflib raise many kinds
        message = " ".join(str(err).split())[:300]
        raise UsageError(f"the SPARQL query failed: {message}") from None
    return SparqlResult(columns, rows)


def read_query(query: str) -> str:
    """A query given on the command line: its text, a file holding it, or ``-`` (stdin)."""
    if query == "-":
        return sys.stdin.read()
    if "\n" not in query and len(query) < 4096 and os.path.isfile(query):
        try:
            with open(query, encoding="utf-8") as f:
                return f.read()
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(query, f"cannot read the query: {err}") from None
    return query


def run_sparql(
    query: str, *, store: Store | None = None, files: Sequence[str] = (),
    filters: Filters | None = None, base_iri: str | None = None,
) -> SparqlResult:
    """Run a SPARQL query over RDF ``files``, or else over ``store`` exported as a dataset.

    The store's export is built in memory (as TriG holds it: a named graph per post, the
    default graph the union of all).
    """
    base = check_base_iri(base_iri)
    if files:
        dataset = load_dataset(files, base=base)
    elif store is not None:
        dataset = build_dataset(Selection(store, filters or Filters()).statements(), base=base)
    else:
        raise ValueError("run_sparql needs a store or files")
    return sparql(query, dataset, base=base)
