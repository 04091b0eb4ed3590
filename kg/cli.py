"""The ``kg`` command line: parse options, call one library function, format the output."""

from __future__ import annotations

import os
import sys
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
