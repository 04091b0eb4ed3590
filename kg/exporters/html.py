"""One self-contained interactive page: the actor graph drawn by vis-network, offline.

The page (``page.html`` beside this module) inlines everything it needs: the vis-network
library (9.1.2, MIT or Apache-2.0; taken from the ``pyvis`` package, which ships it), the
graph as JSON, the styles and the script. Opened from disk it fetches nothing. Nodes are
coloured by actor type and sized by degree; edges are coloured from red (conflict) through
grey to green (cooperation) by their mean score, dashed when no statement behind them is
asserted; hovering shows a summary, clicking lists the actions and their evidence
sentences; a search box finds an actor; the mouse zooms and pans.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path
from typing import Any, BinaryIO

import kg
from kg.errors import OutputError
from kg.exporters.base import Exporter, Written
from kg.exporters.graph import TYPE_COLORS, ActorGraph, score_color, type_color
from kg.exporters.select import Selection

__all__ = ["HTMLExporter", "page_data", "vis_network_js", "write_html"]

_PLACEHOLDER = re.compile(r"__KG_(TITLE|VERSION|DATA|VIS)__")
_VIS = re.compile(r"pyvis/lib/vis-(\d+)\.(\d+)\.(\d+)/vis-network\.min\.js")


@cache
def vis_network_js() -> str:
    """The vis-network library as the installed ``pyvis`` package ships it (newest copy).

    Raises:
        kg.errors.OutputError: pyvis is not installed, or ships no vis-network.
    """
    try:
        dist = distribution("pyvis")
    except PackageNotFoundError:
        raise OutputError("the html export needs the vis-network library that the pyvis "
                          "package ships: pip install 'pyvis>=0.3.2,<0.4'") from None
    found = []
    for f in dist.files or ():
        m = _VIS.fullmatch(str(f).replace("\\", "/"))
        if m:
            found.append((tuple(int(x) for x in m.groups()), f))
    if not found:
        raise OutputError(f"pyvis {dist.version} ships no vis-network.min.js; install "
                          "'pyvis>=0.3.2,<0.4'")
    path = Path(str(dist.locate_file(max(found)[1])))
    return path.read_text(encoding="utf-8")


def _template() -> str:
    return resources.files("kg.exporters").joinpath("page.html").read_text(encoding="utf-8")


def page_data(graph: ActorGraph) -> dict[str, Any]:
    """What the page draws, as plain Python data."""
    written = graph.written()
    return {
        "counts": {"actors": written.actors, "statements": written.statements,
                   "posts": written.posts, "edges": written.edges},
        "types": TYPE_COLORS,
        "nodes": [
            {"id": n.id, **n.attributes(), "color": type_color(n.actor.type)}
            for n in graph.sorted_nodes()
        ],
        "edges": [
            {"id": e.id, "source": e.source, "target": e.target, **e.attributes(),
             "color": score_color(e.score), "evidence": [ev.to_dict() for ev in e.evidence]}
            for e in graph.sorted_edges()
        ],
    }


def _script_json(data: Any) -> str:
    """JSON that cannot end its <script> element or open a comment inside it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(graph: ActorGraph, stream: BinaryIO, *, title: str | None = None) -> None:
    """Write ``graph`` as one self-contained HTML page (UTF-8)."""
    values = {
        "TITLE": _escape(title or "kg actor graph"),
        "VERSION": kg.__version__,
        "DATA": _script_json(page_data(graph)),
        "VIS": vis_network_js().replace("</script", "<\\/script"),
    }
    # One pass, so that a placeholder inside the data or the library stays as it is.
    page = _PLACEHOLDER.sub(lambda m: values[m[1]], _template())
    stream.write(page.encode("utf-8"))


class HTMLExporter(Exporter):
    """One interactive HTML page (``.html``)."""

    extension, media_type = "html", "text/html"

    def write(self, graph: Selection, stream: BinaryIO) -> Written:
        """Aggregate the selection into the actor graph, then draw it in a page."""
        g = ActorGraph.from_statements(graph.statements())
        write_html(g, stream, title=self.title)
        return g.written()
