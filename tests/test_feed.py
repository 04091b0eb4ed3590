"""RSS and Atom feeds: one post per item, full content first, and XML read safely."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.loaders import load_posts

DATA = Path(__file__).parent / "data" / "posts"


def feed(tmp_path: Path, xml: str, name: str = "feed.xml") -> Path:
    path = tmp_path / name
    path.write_text(xml, encoding="utf-8")
    return path


def test_rss_items_become_posts() -> None:
    posts = list(load_posts(DATA / "wordpress-feed.rss"))
    # The fourth item is a photo with no text: there is no post in it.
    assert [p.title for p in posts] == [
        "Weekly roundup: the lock gates dispute",
        "Ferry strike ends after nine days",
        "Short note",
    ]
    first = posts[0]
    assert first.source == f"{DATA / 'wordpress-feed.rss'}#1"
    assert first.url == "https://harbourledger.example/2017/11/10/lock-gates/"
    assert first.date == "2017-11-10T09:30:00+00:00"
    assert first.author == "Mara Jensen"
    assert first.format == "feed"
    assert first.metadata == {"feed": "The Harbour Ledger", "tags": ["News", "Danube"]}
    assert posts[1].date == "2017-11-08T16:45:00+01:00"


def test_full_content_is_preferred_over_the_summary() -> None:
    first = next(load_posts(DATA / "wordpress-feed.rss"))
    assert first.text.split("\n\n") == [
        "The Hungarian and Slovak governments traded accusations on Tuesday over the closure of "
        "the Gabcikovo lock gates, which stranded forty barges for two days.",
        "Slovakia’s transport minister, Andrej Kollar, blamed a software fault. Budapest said it "
        "would ask the Danube Commission to investigate.",
        "Barge operators said they would follow the commission’s advice and avoid night "
        "passages until the review ends.",
    ]
    assert "Continue reading" not in first.text
    assert "appeared first on" not in first.text


def test_the_summary_is_used_when_there_is_no_content() -> None:
    second = list(load_posts(DATA / "wordpress-feed.rss"))[1]
    assert second.text == (
        "Ferry crews in Constanta returned to work on Wednesday after the port authority agreed "
        "to a seven percent pay rise.\n\n"
        "The union said it would share the agreement with its members before a vote on Friday."
    )


def test_a_short_item_is_not_dropped() -> None:
    third = list(load_posts(DATA / "wordpress-feed.rss"))[2]
    assert third.text == "Vienna confirmed the date."


def test_atom_entries() -> None:
    first, second = load_posts(DATA / "newsletter.atom")
    assert first.title == "Lomé hosts the mediation talks"
    assert first.date == "2024-02-25T08:30:00+00:00"
    assert first.author == "Amadou Keita"
    assert first.url == "https://borderdispatches.substack.com/p/lome-mediation"
    assert first.text.split("\n\n") == [
        "Togo's president, Faure Gnassingbé, offered on Saturday to host talks between ECOWAS "
        "and the military governments of the Sahel.",
        "Diplomats in Lomé said the juntas had accepted in principle. Nigeria, which chairs the "
        "bloc, did not comment.",
        "The talks could open before the end of March, one adviser said.",
    ]
    # A plain-text entry keeps its paragraphs; its date falls back to <updated>.
    assert second.date == "2024-02-18T07:15:00+00:00"
    assert second.text.split("\n\n") == [
        "Niger's military government reopened the border crossing at Malanville on Friday.",
        "Traders said the first lorries crossed within hours. Benin's foreign minister welcomed "
        "the move.",
    ]


def test_item_ids_come_from_the_guid(tmp_path: Path) -> None:
    xml = """<rss version="2.0"><channel><title>T</title>
    <item><title>Same title</title><guid>urn:post:1</guid><description>One.</description></item>
    <item><title>Same title</title><guid>urn:post:2</guid><description>Two.</description></item>
    </channel></rss>"""
    a, b = load_posts(feed(tmp_path, xml))
    assert a.id != b.id
    xml2 = xml.replace("One.", "One, edited.")
    a2, _ = load_posts(feed(tmp_path, xml2, "again.xml"))
    assert a2.id == a.id


def test_rss_1_0_and_medium_style_footers(tmp_path: Path) -> None:
    xml = """<?xml version="1.0"?>
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
      xmlns:content="http://purl.org/rss/1.0/modules/content/">
      <channel rdf:about="https://x.example/"><title>X</title><link>https://x.example/</link>
      <description>x</description></channel>
      <item rdf:about="https://x.example/1"><title>Ice talks</title><link>https://x.example/1</link>
      <content:encoded><![CDATA[<p>Norway and Russia agreed on fishing quotas.</p>
      <hr><p><a href="https://medium.com/p/1">Ice talks</a> was originally published in
      <a href="https://medium.com/polar">Polar Politics</a> on Medium, where people are
      continuing the conversation by highlighting and responding to this story.</p>
      ]]></content:encoded></item>
    </rdf:RDF>"""
    (post,) = load_posts(feed(tmp_path, xml, "feed.rdf"))
    assert post.text == "Norway and Russia agreed on fishing quotas."
    assert post.url == "https://x.example/1"


@pytest.mark.parametrize(
    "name, reason",
    [
        ("truncated.rss", "malformed XML (no element found: line 12, column 48)"),
        ("bomb.xml", "XML with entity declarations or external references, which kg refuses"),
        ("xxe.rss", "XML with entity declarations or external references, which kg refuses"),
        ("sitemap.xml", "XML, but not an RSS or Atom feed (its root element is <urlset>)"),
    ],
)
def test_bad_xml_is_one_clear_error(name: str, reason: str) -> None:
    with pytest.raises(InputError) as err:
        list(load_posts(DATA / name))
    assert err.value.source == str(DATA / name)
    assert err.value.reason.startswith(reason)
    assert "\n" not in str(err.value)


def test_external_entities_are_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    xml = f"""<?xml version="1.0"?>
    <!DOCTYPE rss [<!ENTITY s SYSTEM "file://{secret}">]>
    <rss version="2.0"><channel><title>T</title>
    <item><title>I</title><description>&s;</description></item></channel></rss>"""
    errors: list[InputError] = []
    posts = list(load_posts(feed(tmp_path, xml), on_error=errors.append))
    assert posts == [] and len(errors) == 1
    assert "TOP SECRET" not in str(errors[0])


def test_a_feed_in_a_declared_legacy_encoding(tmp_path: Path) -> None:
    xml = ('<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel>'
           "<title>T</title><item><title>Café talks</title>"
           "<description>The “café” talks ended in Zürich.</description></item></channel></rss>")
    path = tmp_path / "legacy.rss"
    path.write_bytes(xml.encode("cp1252"))
    (post,) = load_posts(path)
    assert post.title == "Café talks"
    assert post.text == "The “café” talks ended in Zürich."


@pytest.mark.parametrize("name", ["blogger-export.xml", "blogger-export-2015.xml"])
def test_a_blogger_export_gives_its_posts_only(name: str) -> None:
    posts = list(load_posts(DATA / name))
    # settings, the template, readers' comments and deleted posts are not posts
    assert len(posts) == 1
    text = posts[0].text
    assert "Tashkent" not in text and "Moscow" not in text
    assert "Osh" in text or "Baku" in text


def test_blogger_kind_categories_are_not_tags() -> None:
    (post,) = load_posts(DATA / "blogger-export-2015.xml")
    assert post.title == "Baku and Tehran sign a gas deal"
    assert post.metadata["tags"] == ["Azerbaijan"]
    assert post.author == "Leyla Mammadova"
