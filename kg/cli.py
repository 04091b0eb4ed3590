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
