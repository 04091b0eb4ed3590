"""A progress bar on standard error, only where a person is watching."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def wanted(*, quiet: bool = False) -> bool:
    """Show progress only on a terminal: not with --quiet, not when output is piped."""
    return not quiet and sys.stderr.isatty() and sys.stdout.isatty()


def progress(items: Iterable[T], *, enabled: bool, unit: str = "post") -> Iterator[T]:
    """``items``, counted by a tqdm bar on standard error when ``enabled``."""
    if not enabled:
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, unit=unit, file=sys.stderr, dynamic_ncols=True, leave=False)
