"""Formatting rows for the terminal and for machines: tables, JSON Lines, CSV, JSON."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

FORMATS = ("table", "jsonl", "json", "csv")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    return " ".join(str(value).split())


def write_jsonl(rows: Iterable[Mapping[str, Any]], stream: TextIO) -> int:
    """Write one JSON object per line; returns the number of rows."""
    n = 0
    for row in rows:
        stream.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def write_json(rows: Iterable[Mapping[str, Any]], stream: TextIO) -> int:
    """Write the rows as one JSON array; returns the number of rows."""
    data = list(rows)
    json.dump(data, stream, ensure_ascii=False, indent=2, default=str)
    stream.write("\n")
    return len(data)


def write_csv(rows: Iterable[Mapping[str, Any]], stream: TextIO, columns: Sequence[str]) -> int:
    """Write the rows as CSV with a header of ``columns``; returns the number of rows."""
    writer = csv.writer(stream)
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
        n += 1
    return n


def write_table(
    rows: Iterable[Mapping[str, Any]],
    stream: TextIO,
    columns: Sequence[str],
    *,
    width: int | None = None,
) -> int:
    """Write an aligned text table that fits the terminal; returns the number of rows."""
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    width = width or shutil.get_terminal_size((120, 24)).columns
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    # Shrink the widest columns until the table fits; long text is cut with an ellipsis.
    while sum(widths) + 2 * (len(widths) - 1) > width and max(widths) > 12:
        widest = widths.index(max(widths))
        widths[widest] -= 1
    lines = [columns, ["-" * w for w in widths], *cells]
    for line in lines:
        out = []
        for value, w in zip(line, widths, strict=True):
            out.append(value if len(value) <= w else value[: w - 1] + "…")
        padded = (v.ljust(w) for v, w in zip(out, widths, strict=True))
        stream.write("  ".join(padded).rstrip() + "\n")
    return len(cells)


def write_rows(
    rows: Iterable[Mapping[str, Any]], stream: TextIO, fmt: str, columns: Sequence[str]
) -> int:
    """Write rows in one of :data:`FORMATS`; table and csv show ``columns`` only."""
    if fmt == "jsonl":
        return write_jsonl(rows, stream)
    if fmt == "json":
        return write_json(rows, stream)
    if fmt == "csv":
        return write_csv(rows, stream, columns)
    return write_table(rows, stream, columns)
