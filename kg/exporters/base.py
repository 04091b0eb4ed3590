"""The exporter contract: one class per format with one method, :meth:`Exporter.write`."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import BinaryIO, ClassVar

from kg.exporters.select import Selection

__all__ = ["Exporter", "Written"]


@dataclass
class Written:
    """What an export wrote: actors, statements (stored triples) and posts; and edges for the
    formats that group statements into edges."""

    actors: int
    statements: int
    posts: int
    edges: int | None = None

    def summary(self) -> str:
        """One line for the terminal."""
        edges = f" as {self.edges:,} edges" if self.edges is not None else ""
        return (f"{self.actors:,} actors, {self.statements:,} triples{edges} "
                f"from {self.posts:,} posts")


class Exporter(ABC):
    """Writes the part of a store a :class:`~kg.exporters.select.Selection` holds in one format.

    Register a subclass in :data:`kg.exporters.EXPORTERS` (or through the ``kg.exporters``
    entry-point group) under its format name. Options every exporter accepts come through
    the constructor; a format ignores those it has no use for.
    """

    #: The usual file name ending, without the dot.
    extension: ClassVar[str] = ""
    #: The media type of the output.
    media_type: ClassVar[str] = "application/octet-stream"
    #: True when statements go to the output as they arrive; False when the format needs the
    #: whole (aggregated) graph in memory first.
    streams: ClassVar[bool] = False

    def __init__(self, *, base_iri: str | None = None, title: str | None = None) -> None:
        self.base_iri = base_iri
        self.title = title

    @abstractmethod
    def write(self, graph: Selection, stream: BinaryIO) -> Written:
        """Write the selection to a binary stream (UTF-8 for text formats)."""
