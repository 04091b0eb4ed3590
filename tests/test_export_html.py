"""The html export: one self-contained page that draws the graph offline.

The browser tests open the page from disk in Debian's headless Chromium, with every host name
unresolvable, and read the DOM it ends up with: the page must draw every actor, log nothing
to the console and ask for no resource outside itself. They are marked ``browser`` and
skipped when ``chromium`` is not installed (``apt-get install chromium``).
"""

from __future__ import annotations

import html
import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from export_fixture import ACTORS, EDGES, STATEMENTS, write_fixture

from kg.exporters import Filters, export
from kg.exporters.html import vis_network_js
from kg.store import Store

CHROMIUM = shutil.which("chromium")
# As the machine notes say works here, plus: no host name resolves, so nothing can load.
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0",
]
# Appended to a copy of the page by the test only: what the page loaded, once it has drawn.
PROBE = """<script>
window.addEventListener("load", function () {
  setTimeout(function () {
    var urls = performance.getEntriesByType("resource").map(function (e) { return e.name; });
    document.body.setAttribute("data-test-resources", JSON.stringify(urls));
  }, 3000);
});
</script>
"""


@pytest.fixture
def page(falkordb_store: Store) -> bytes:
    """The html export of the fixture graph."""
    out = io.BytesIO()
    export(write_fixture(falkordb_store), "html", out, title="Fixture <graph> & co")
    return out.getvalue()


def page_data(page: bytes) -> dict[str, Any]:
    m = re.search(rb'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m is not None
    return json.loads(m[1])  # type: ignore[no-any-return]


def test_the_page_holds_the_graph(page: bytes) -> None:
    data = page_data(page)
    assert data["counts"] == {"actors": ACTORS, "statements": STATEMENTS, "posts": 4,
                              "edges": EDGES}
    assert len(data["nodes"]) == ACTORS and len(data["edges"]) == EDGES
    (sanction,) = [e for e in data["edges"] if e["action"] == "sanction"]
    assert [ev["sentence"] for ev in sanction["evidence"]] == [
        "The United States sanctioned Russia over the hacking campaign.",
        "The United States also sanctioned Russia for election interference.",
    ]
    assert sanction["color"] == "#c05c57"  # -6: well towards conflict red
    biden = next(n for n in data["nodes"] if n["name"] == "Joe Biden")
    assert (biden["type"], biden["degree"], biden["color"]) == ("Person", 5, "#4e79a7")


def test_the_page_is_self_contained(page: bytes) -> None:
    text = page.decode("utf-8")
    assert vis_network_js()[:2000] in text  # the library itself, inlined
    assert not re.search(r"""<(script|link|img|iframe)[^>]*\s(src|href)\s*=""", text)
    assert not re.search(r"@import|url\(\s*['\"]?https?:", text)
    markup = text.split('<script type="application/json"', 1)[0]  # before the data and code
    assert "https://" not in markup and "http://" not in markup


def test_data_cannot_break_out_of_the_page(page: bytes) -> None:
    text = page.decode("utf-8")
    # A sentence holds </script><script>alert(1)</script>: it must stay data.
    assert "alert(1)</script>" not in text
    assert text.count("</script>") == 3  # the data, the library, the page's own script
    assert "<title>Fixture &lt;graph&gt; &amp; co</title>" in text
    cafe = next(e for e in page_data(page)["edges"] if e["action"] == "praise")
    assert "</script><script>alert(1)</script>" in cafe["evidence"][0]["sentence"]


def test_an_empty_selection_is_an_empty_page(falkordb_store: Store) -> None:
    out = io.BytesIO()
    export(write_fixture(falkordb_store), "html", out, filters=Filters(since="2030"))
    assert page_data(out.getvalue())["nodes"] == []


def open_in_chromium(path: Path, tmp_path: Path, fragment: str = "") -> tuple[str, str]:
    """The DOM Chromium ends with, and what it logged, for a page opened from disk."""
    assert CHROMIUM is not None
    proc = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
         "--virtual-time-budget=30000", "--dump-dom", path.as_uri() + fragment],
        capture_output=True, text=True, timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout, proc.stderr


def body_attributes(dom: str) -> dict[str, str]:
    m = re.search(r"<body([^>]*)>", dom)
    assert m is not None
    return {k: html.unescape(v) for k, v in re.findall(r'([\w-]+)="([^"]*)"', m[1])}


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)")
def test_the_page_draws_every_actor_offline_without_errors(page: bytes, tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    path.write_bytes(page.replace(b"</body>", PROBE.encode() + b"</body>"))
    dom, log = open_in_chromium(path, tmp_path)
    attrs = body_attributes(dom)
    assert attrs.get("data-kg-state") == "ready"
    assert attrs.get("data-kg-drawn") == str(ACTORS)
    assert json.loads(attrs["data-test-resources"]) == []  # nothing fetched, not even locally
    console = [line for line in log.splitlines() if ":CONSOLE" in line]
    assert console == []
    assert f"{ACTORS} actors, {STATEMENTS} triples in {EDGES} relationships" in dom


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)")
def test_an_actor_named_in_the_address_shows_its_evidence(page: bytes, tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    path.write_bytes(page)
    dom, log = open_in_chromium(path, tmp_path, "#Joe%20Biden")
    panel = dom.split('id="kg-panel"', 1)[1].split("</aside>", 1)[0]
    assert "<h2>Joe Biden</h2>" in panel
    assert "Joe Biden met Vladimir Putin at a lakeside villa." in panel
    assert "Кремль rejected Joe Biden's offer." in html.unescape(panel)
    assert [line for line in log.splitlines() if ":CONSOLE" in line] == []


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)")
def test_the_page_draws_where_no_animation_frame_comes(page: bytes, tmp_path: Path) -> None:
    # A background or headless tab may paint no frame for a while; the page still draws.
    no_frames = b"<script>window.requestAnimationFrame = function () { return 0; };</script>"
    path = tmp_path / "graph.html"
    path.write_bytes(page.replace(b"<script", no_frames + b"<script", 1))
    attrs = body_attributes(open_in_chromium(path, tmp_path)[0])
    assert (attrs.get("data-kg-state"), attrs.get("data-kg-drawn")) == ("ready", str(ACTORS))
