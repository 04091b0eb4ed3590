"""The ``kg`` command line: parse options, call one library function, format the output."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

import click

import kg
from kg.errors import KGError


class KGGroup(click.Group):
    """Turns every :class:`KGError` into one ``Error:`` line and its exit code, in one place."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; report kg's errors as one line unless KG_DEBUG is set."""
        try:
            return super().invoke(ctx)
        except KGError as err:
            if os.environ.get("KG_DEBUG"):
                raise
            click.echo(f"Error: {err}", err=True)
            ctx.exit(err.exit_code)
        except BrokenPipeError:
            # Output piped into `head` and friends: stop quietly, as Unix tools do.
            sys.stderr.close()
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)


class Failures:
    """Collects per-file failures of a batch: each is printed at once, the exit code comes last."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, err: KGError) -> None:
        """Report one failure on standard error and remember it."""
        self.count += 1
        click.echo(f"Error: {err}", err=True)

    def exit(self, ctx: click.Context) -> None:
        """Exit non-zero when anything in the batch failed."""
        if self.count:
            ctx.exit(1)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(kg.__version__, "--version", prog_name="kg")
def cli() -> None:
    """kg: who did what to whom, across a stream of posts.

    Load posts, extract actor–action–target triples, store them in a graph
    (embedded FalkorDB by default, or Neo4j) and ask it relationship questions.
    """


# -- posts ------------------------------------------------------------------------------------

POST_COLUMNS = ("id", "title", "date", "url", "words")


@cli.command("posts")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "json", "csv"]),
              default="table", show_default=True,
              help="Output format; jsonl and json add the text, source and author.")
@click.option("--input-format", default=None, metavar="NAME",
              help="Read every input as this format (text, markdown, html, feed, wxr, jsonl) "
                   "instead of recognising each by its content.")
@click.pass_context
def posts_cmd(ctx: click.Context, paths: tuple[str, ...], fmt: str,
              input_format: str | None) -> None:
    """List the posts in files, folders, .gz files or - (standard input).

    Each input's format is recognised by its content. An input that cannot be read is
    reported on standard error in one line, and the others are still listed.
    """
    from kg.loaders import load_posts
    from kg.output import write_rows

    failures = Failures()
    posts = load_posts(paths, format=input_format, on_error=failures)
    full = fmt in ("jsonl", "json")
    write_rows((p.to_dict(text=full) for p in posts), sys.stdout, fmt, POST_COLUMNS)
    failures.exit(ctx)


# -- extraction -------------------------------------------------------------------------------

TRIPLE_COLUMNS = ("subject", "action", "category", "object", "negated", "modality", "confidence",
                  "date")


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "csv"]), default="jsonl",
              show_default=True, help="Output format.")
@click.option("--input-format", default=None, help="Read every input as this format.")
@click.option("--model", default=None, help="Installed spaCy pipeline (default: en_core_web_sm).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Parse in this many processes.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
def extract_cmd(ctx: click.Context, paths: tuple[str, ...], fmt: str, input_format: str | None,
                model: str | None, workers: int, quiet: bool) -> None:
    """Print the actor–action–target triples of posts, storing nothing.

    PATH is a file, a folder or - for standard input.
    """
    from kg.extract import extract_triples
    from kg.loaders import load_posts
    from kg.output import write_rows
    from kg.progress import progress, wanted

    failures = Failures()
    posts = progress(load_posts(paths, format=input_format, on_error=failures),
                     enabled=wanted(quiet=quiet))
    triples = extract_triples(posts, model=model, workers=workers)
    write_rows((t.to_dict() for t in triples), sys.stdout, fmt, TRIPLE_COLUMNS)
    failures.exit(ctx)


# -- exports ----------------------------------------------------------------------------------

EXPORT_FORMATS = ("turtle, nt, jsonld, trig, nquads, xml (RDF); graphml, gexf, cytoscape, d3, "
                  "dot, html (visualisation)")


@cli.command("export")
@click.option("--format", "fmt", required=True, metavar="FORMAT",
              help=f"Output format: {EXPORT_FORMATS}.")
@click.option("-o", "--output", default="-", metavar="FILE",
              help="Write to FILE (replaced only when the export succeeds); default: "
                   "standard output.")
@click.option("--db", default=None, metavar="DIR|URI",
              help="The store: a folder (default ./kg-data, or KG_DB), falkordb:// or neo4j://.")
@click.option("--actor", default=None, metavar="NAME",
              help="Only the actors within --hops triples of this actor (name, alias or id).")
@click.option("--hops", type=click.IntRange(min=0), default=1, show_default=True,
              help="How far from --actor to go.")
@click.option("--category", "categories", multiple=True, metavar="NAME[,NAME]",
              help="Only triples of these event categories (CONSULT, ASSAULT, ...); repeatable.")
@click.option("--since", default=None, metavar="DATE",
              help="Only triples dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", default=None, metavar="DATE",
              help="Only triples dated on or before DATE.")
@click.option("--min-count", type=click.IntRange(min=1), default=1, show_default=True,
              help="Only relationships (same actors, category, action) seen at least this often.")
@click.option("--base-iri", default=None, metavar="IRI",
              help="RDF: base of actor, post and statement IRIs [default: "
                   "https://example.org/kg/].")
@click.option("--title", default=None, help="html: the page title.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line on standard error.")
def export_cmd(fmt: str, output: str, db: str | None, actor: str | None, hops: int,
               categories: tuple[str, ...], since: str | None, until: str | None,
               min_count: int, base_iri: str | None, title: str | None, quiet: bool) -> None:
    """Write the graph, or the part the filters select, for RDF or graph-visualisation tools.

    RDF formats hold every triple with its evidence in the kg ontology; the others hold
    the actor graph, triples grouped into relationships with counts, dates and scores.
    """
    from kg.exporters import EXPORTERS, Filters, export
    from kg.io import open_output
    from kg.store import open_store

    EXPORTERS.canonical(fmt)
    filters = Filters(actor=actor, hops=hops, categories=categories, since=since, until=until,
                      min_count=min_count)
    with open_store(db, create=False) as store, open_output(output) as stream:
        written = export(store, fmt, stream, filters=filters, base_iri=base_iri, title=title)
    if not quiet and output != "-":
        click.echo(f"Wrote {written.summary()} to {output}", err=True)


@cli.command("sparql")
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]),
              default="table", show_default=True,
              help="Output format of SELECT and ASK results (CONSTRUCT gives Turtle).")
@click.option("--data", "files", multiple=True, metavar="FILE",
              help="Query these RDF files (as kg export writes them) instead of the store; "
                   "repeatable.")
@click.option("--db", default=None, metavar="DIR|URI",
              help="The store: a folder (default ./kg-data, or KG_DB), falkordb:// or neo4j://.")
@click.option("--base-iri", default=None, metavar="IRI",
              help="The base IRI of the data, for the actor:, post: and statement: prefixes.")
def sparql_cmd(query: str, fmt: str, files: tuple[str, ...], db: str | None,
               base_iri: str | None) -> None:
    """Run a SPARQL query over the graph as RDF (what kg export --format trig writes).

    QUERY is the query text, a file holding it, or - for standard input. The prefixes
    kg:, schema:, prov:, dcterms:, rdf:, rdfs:, xsd:, actor:, post: and statement: are
    predefined. Named graphs are the posts; the default graph is the union of all graphs.
    """
    from kg.exporters.rdf import read_query, run_sparql
    from kg.output import write_rows
    from kg.store import open_store

    text = read_query(query)
    if files:
        result = run_sparql(text, files=files, base_iri=base_iri)
    else:
        with open_store(db, create=False) as store:
            result = run_sparql(text, store=store, base_iri=base_iri)
    if result.graph is not None:
        sys.stdout.write(result.graph.serialize(format="turtle"))
    else:
        write_rows(result.rows, sys.stdout, fmt, result.columns)


# -- the graph store: ingest, stats, cypher ---------------------------------------------------


def _store_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The --db and --database options of the commands that open the store."""
    command = click.option(
        "--database", default=None, metavar="NAME",
        help="Neo4j: the database (default NEO4J_DATABASE or the server's). FalkorDB: the "
             "graph (default kg).")(command)
    return click.option(
        "--db", default=None, metavar="DIR|URI",
        help="The store: a folder for the embedded FalkorDB (default KG_DB or ./kg-data), "
             "falkordb://host:port, or neo4j://user:password@host:7687.")(command)


def _notice(message: str) -> None:
    click.echo(f"kg: {message}", err=True)


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@_store_options
@click.option("--input-format", default=None, metavar="NAME",
              help="Read every input as this format instead of recognising each one.")
@click.option("--model", default=None, help="Installed spaCy pipeline (default: en_core_web_sm).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract in this many processes.")
@click.option("--batch-size", type=click.IntRange(min=1), default=100, show_default=True,
              help="Posts per store transaction.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no notices.")
@click.pass_context
def ingest_cmd(ctx: click.Context, paths: tuple[str, ...], db: str | None,
               database: str | None, input_format: str | None, model: str | None,
               workers: int, batch_size: int, quiet: bool) -> None:
    """Load posts, extract their triples and store them in the graph.

    PATH is a file, a folder or - for standard input. Posts already stored unchanged are
    skipped; a changed post has its triples replaced. Posts that fail are listed and the
    others stored; the exit code is 1 if any failed.
    """
    from tqdm import tqdm

    from kg.ingest import ingest
    from kg.store import open_store

    failures = Failures()
    show = not quiet and sys.stderr.isatty()
    with open_store(db, database=database, notify=None if quiet else _notice) as store, \
            tqdm(unit="post", file=sys.stderr, disable=not show, leave=False) as bar:
        report = ingest(paths, store, format=input_format, model=model, workers=workers,
                        batch_size=batch_size, on_error=failures, progress=bar.update)
    click.echo(report.summary())
    failures.exit(ctx)


@cli.command("stats")
@_store_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--top", type=click.IntRange(min=0), default=10, show_default=True,
              help="How many of the most connected actors to list.")
def stats_cmd(db: str | None, database: str | None, as_json: bool, top: int) -> None:
    """Count the posts, actors by type and relationships by type, and list the most
    connected actors."""
    import json

    from kg.store import open_store

    with open_store(db, database=database, notify=_notice, create=False) as store:
        stats = store.stats(top=top)
    text = json.dumps(stats.to_dict(), indent=2, ensure_ascii=False) if as_json else stats.to_text()
    click.echo(text)


@cli.command("cypher")
@click.argument("query")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter, $NAME in the query; VALUE is read as JSON when it is JSON, "
                   "else as a string. Repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]),
              default="table", show_default=True, help="Output format.")
@click.option("--write", is_flag=True, help="Allow the query to change the graph.")
@_store_options
def cypher_cmd(query: str, params: tuple[str, ...], fmt: str, write: bool, db: str | None,
               database: str | None) -> None:
    """Run a Cypher query on the store and print its rows.

    QUERY is the query text, or - to read it from standard input. Queries are read-only
    unless --write is given. Example:

        kg cypher "MATCH (a:Actor {name: \\$name})-[r]->(b:Actor)
        RETURN type(r), r.action, b.name" -p name="Angela Merkel"
    """
    from kg.output import write_rows
    from kg.store import open_store, parse_params

    text = sys.stdin.read() if query == "-" else query
    values = parse_params(params)
    with open_store(db, database=database, notify=_notice, create=write) as store:
        result = store.run(text, values, write=write)
    write_rows(result.rows, sys.stdout, fmt, result.columns)
    if result.counters:
        changes = ", ".join(f"{n:,} {k.replace('_', ' ')}" for k, n in result.counters.items())
        click.echo(f"kg: {changes}", err=True)


# -- relationship questions: actor, relations, between, path, neighbours, timeline, top, search


def _filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options that choose which relations a question counts."""
    for option in reversed([
        click.option("--category", "categories", multiple=True, metavar="NAME[,NAME]",
                     help="Only these event categories (CONSULT, ACCUSE, ... ROLE). "
                          "Repeatable."),
        click.option("--since", default=None, metavar="DATE",
                     help="Only relations dated on or after DATE (2019, 2019-05, 2019-05-17)."),
        click.option("--until", default=None, metavar="DATE",
                     help="Only relations dated on or before DATE."),
        click.option("--include-negated", is_flag=True,
                     help="Also count denied relations (\"did not meet\")."),
        click.option("--include-hypothetical", is_flag=True,
                     help="Also count relations that are not asserted or reported (future, "
                          "possible, conditional, intended, question, alleged, denied)."),
    ]):
        command = option(command)
    return command


def _filters(options: dict[str, Any]) -> dict[str, Any]:
    """The filter keyword arguments of kg.query, taken out of a command's options."""
    names = [c.strip() for value in options.pop("categories") for c in value.split(",")]
    return {"categories": [c for c in names if c] or None,
            **{k: options.pop(k) for k in ("since", "until", "include_negated",
                                           "include_hypothetical")}}


_json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON.")
_evidence_option = click.option("--evidence", is_flag=True,
                                help="Show each relation's sentence, post title and url.")


def _question(store_opts: dict[str, Any], ask: Callable[..., Any], *args: Any,
              **kwargs: Any) -> Any:
    """Open the store named by --db/--database and ask it one kg.query question."""
    from kg.store import open_store

    with open_store(store_opts["db"], database=store_opts["database"], notify=_notice,
                    create=False) as store:
        return ask(store, *args, **kwargs)


def _show(rows: list[dict[str, Any]], columns: list[str]) -> None:
    from kg.output import write_table

    if rows:
        write_table(rows, sys.stdout, columns)
    else:
        click.echo("(nothing found)")


def _dump(data: Any) -> None:
    import json

    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def _evidence(date: str | None, sentence: str, title: str | None, url: str | None,
              indent: str = "  ") -> None:
    """One piece of evidence, whole: the sentence, then where it was read."""
    click.echo(f"{indent}“{' '.join(sentence.split())}”")
    source = "  ".join(x for x in (date, title, url) if x)
    if source:
        click.echo(f"{indent}  {source}")


def _relation_records(relations: list[Any], indent: str = "") -> None:
    """Relations with their evidence, one short block each (sentences are never cut)."""
    if not relations:
        click.echo(f"{indent}(nothing found)")
    for r in relations:
        flags = ", ".join([r.category] + (["negated"] if r.negated else [])
                          + ([r.modality] if r.modality != "asserted" else []))
        click.echo(f"{indent}{r.date or '?'}  {r.subject} —{r.action}→ {r.object}  [{flags}]")
        ev = r.evidence
        _evidence(None, ev.sentence, ev.title, ev.url, indent + "  ")


def _print_relations(relations: list[Any], as_json: bool, evidence: bool) -> None:
    """Dated relations as JSON, as evidence blocks, or as a table."""
    if as_json:
        return _dump([r.to_dict() for r in relations])
    if evidence:
        return _relation_records(relations)
    _show([r.to_dict() for r in relations],
          ["date", "subject", "action", "object", "category", "negated", "modality"])


@cli.command("actor")
@click.argument("name")
@click.option("--top", type=click.IntRange(min=0), default=5, show_default=True,
              help="How many partners to list each way.")
@_filter_options
@_json_option
@_store_options
def actor_cmd(name: str, top: int, as_json: bool, **options: Any) -> None:
    """Who NAME is: names, type, roles, when seen, in how many posts, top partners."""
    from kg.query import actor_profile

    p = _question(options, actor_profile, name, top=top, **_filters(options))
    if as_json:
        return _dump(p.to_dict())
    click.echo(f"{p.name} ({p.type})")
    for label, value in [("aliases", "; ".join(p.aliases)), ("titles", "; ".join(p.titles)),
                         ("roles", "; ".join(p.roles)), ("affiliation", p.affiliation),
                         ("seen", f"{p.first_seen or '?'} to {p.last_seen or '?'}, "
                                  f"in {p.posts} posts")]:
        if value:
            click.echo(f"  {label:<12} {value}")
    for title, partners in (("Acted on", p.partners_out), ("Acted on by", p.partners_in)):
        click.echo(f"\n{title}")
        _show([x.to_dict() for x in partners], ["name", "type", "relations"])


@cli.command("relations")
@click.argument("name")
@click.option("--out", "direction", flag_value="out", help="Only what NAME did to others.")
@click.option("--in", "direction", flag_value="in", help="Only what others did to NAME.")
@_filter_options
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many rows.")
@_evidence_option
@_json_option
@_store_options
def relations_cmd(name: str, direction: str | None, limit: int | None, evidence: bool,
                  as_json: bool, **options: Any) -> None:
    """What NAME did to whom and who did what to it, by partner and action, most frequent first."""
    from kg.query import relations

    groups = _question(options, relations, name, direction=direction or "both", limit=limit,
                       evidence=evidence or as_json, **_filters(options))
    if as_json:
        return _dump([g.to_dict() for g in groups])
    columns = ["direction", "partner", "category", "action", "negated", "count", "first", "last"]
    if not evidence:
        return _show([g.to_dict() for g in groups], columns)
    for g in groups:
        arrow = f"—{g.action}→ {g.partner}" if g.direction == "out" else \
            f"←{g.action}— {g.partner}"
        flags = ", ".join([g.category] + (["negated"] if g.negated else []))
        click.echo(f"{arrow}  [{flags}]  {g.count} × {g.first or '?'} to {g.last or '?'}")
        for e in g.evidence:
            _evidence(e.date, e.sentence, e.title, e.url)


@cli.command("between")
@click.argument("name")
@click.argument("other")
@_filter_options
@_evidence_option
@_json_option
@_store_options
def between_cmd(name: str, other: str, evidence: bool, as_json: bool, **options: Any) -> None:
    """Every relation between NAME and OTHER, both ways, oldest first."""
    from kg.query import between

    _print_relations(_question(options, between, name, other, **_filters(options)),
                     as_json, evidence)


@cli.command("path")
@click.argument("name")
@click.argument("other")
@click.option("--max-hops", type=click.IntRange(min=1), default=4, show_default=True,
              help="The longest path to look for.")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True,
              help="At most this many paths.")
@_filter_options
@_evidence_option
@_json_option
@_store_options
def path_cmd(name: str, other: str, max_hops: int, limit: int, evidence: bool, as_json: bool,
             **options: Any) -> None:
    """The shortest connections between NAME and OTHER, each hop with its evidence."""
    from kg.query import path

    paths = _question(options, path, name, other, max_hops=max_hops, limit=limit,
                      **_filters(options))
    if as_json:
        return _dump([p.to_dict() for p in paths])
    if not paths:
        click.echo(f"(no path of {max_hops} hops or fewer)")
    for p in paths:
        click.echo(f"{' → '.join(p.actors)}  ({p.length} hop{'s' if p.length > 1 else ''})")
        for h in p.hops:
            latest = h.evidence[0]
            click.echo(f"  {h.source} – {h.target}: {h.relations} relation"
                       f"{'s' if h.relations > 1 else ''}, latest {latest.subject} "
                       f"—{latest.action}→ {latest.object} ({latest.date or 'undated'})")
            if evidence:
                _relation_records(h.evidence, "    ")


@cli.command("neighbours")
@click.argument("name")
@click.option("--hops", type=click.IntRange(min=1), default=1, show_default=True,
              help="How far from NAME to go.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True,
              help="At most this many actors besides NAME, the most related first.")
@_filter_options
@_json_option
@_store_options
def neighbours_cmd(name: str, hops: int, limit: int, as_json: bool, **options: Any) -> None:
    """The ego network of NAME: the actors up to --hops away, and the links among them."""
    from kg.query import neighbours

    net = _question(options, neighbours, name, hops=hops, limit=limit, **_filters(options))
    if as_json:
        return _dump(net.to_dict())
    _show([n.to_dict() for n in net.actors], ["name", "type", "hops", "via", "relations"])


@cli.command("timeline")
@click.argument("name")
@_filter_options
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="At most this many events, from the oldest.")
@_evidence_option
@_json_option
@_store_options
def timeline_cmd(name: str, limit: int | None, evidence: bool, as_json: bool,
                 **options: Any) -> None:
    """The dated events of NAME, oldest first."""
    from kg.query import timeline

    _print_relations(_question(options, timeline, name, limit=limit, **_filters(options)),
                     as_json, evidence)


@cli.command("top")
@click.option("--by", type=click.Choice(["degree", "pagerank", "betweenness"]),
              default="degree", show_default=True,
              help="degree: how many actors each has relations with; pagerank: along the "
                   "relations' direction (inside FalkorDB when unfiltered); betweenness: "
                   "shortest paths, sampled on large graphs.")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many actors to list.")
@_filter_options
@_json_option
@_store_options
def top_cmd(by: str, limit: int, as_json: bool, **options: Any) -> None:
    """The most central actors, optionally within some categories or a period."""
    from kg.query import top

    ranked = _question(options, top, by=by, limit=limit, **_filters(options))
    if as_json:
        return _dump([c.to_dict() for c in ranked])
    rows = [{"rank": i, **c.to_dict(), by: f"{c.score:.3g}" if by != "degree" else int(c.score)}
            for i, c in enumerate(ranked, 1)]
    _show(rows, ["rank", "name", "type", by, "relations"])


@cli.command("search")
@click.argument("text")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="How many actors to list.")
@_json_option
@_store_options
def search_cmd(text: str, limit: int, as_json: bool, **options: Any) -> None:
    """Find actors by part of their name or alias, ignoring case and accents."""
    from kg.query import search

    found = _question(options, search, text, limit=limit)
    if as_json:
        return _dump([m.to_dict() for m in found])
    _show([m.to_dict() for m in found], ["name", "type", "matched", "aliases"])
