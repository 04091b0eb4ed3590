"""HTML pages: the article text only, every paragraph of it, and the page's own metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.loaders import load_posts
from kg.loaders.html import fragment_paragraphs, inline_text

DATA = Path(__file__).parent / "data" / "posts"


def page(tmp_path: Path, html: str, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "name, title, date, author, url",
    [
        ("wordpress.html", "Weekly roundup: ministers meet in Vienna",
         "2017-11-03T09:15:00+00:00", "Mara Jensen",
         "https://harbourledger.example/2017/11/03/weekly-roundup/"),
        ("blogger.html", "Port strike enters its second week", "2019-03-12T08:30:00+01:00",
         "Ewa Lindqvist",
         "https://fieldnotes-baltic.blogspot.com/2019/03/port-strike-enters-second-week.html"),
        ("substack.html", "The Sahel after the coups", "2024-02-18T14:02:11+00:00",
         "Amadou Keita", "https://borderdispatches.substack.com/p/the-sahel-after-the-coups"),
        ("medium.html", "What the Arctic Council can still do", "2023-06-05T07:41:22+00:00",
         "Lena Sorensen",
         "https://medium.com/polar-politics/what-the-arctic-council-can-still-do-3f2a9c1b7d10"),
        ("hard-page.html", "Election night in Lagos", "2023-02-26T21:40:00+01:00",
         "Chidi Okafor", "https://gogmonitor.example/2023/02/26/election-night"),
    ],
)
def test_page_metadata(name: str, title: str, date: str, author: str, url: str) -> None:
    (post,) = load_posts(DATA / name)
    assert (post.title, post.date, post.author, post.url) == (title, date, author, url)
    assert post.format == "html"
    assert post.source == str(DATA / name)
    # The headline is the title, not the first paragraph.
    assert title not in post.text.split("\n\n")


def test_no_article_paragraph_is_lost(tmp_path: Path) -> None:
    # Very short paragraphs, link-heavy ones, text straight in a <div>, a heading, a list,
    # a quote and a table: trafilatura alone drops some of these.
    links = ", ".join(f'<a href="/c/{i}">City {i}</a>' for i in range(8))
    html = f"""<!DOCTYPE html><html><head><title>Count | Site</title></head><body>
    <nav><a href="/">Home</a><a href="/news">News</a></nav>
    <article><h1>Count</h1>
    <p>Counting began in the capital on Sunday evening after polls closed at six.</p>
    <p>No.</p>
    <p>Results from {links} were the first to arrive at the commission.</p>
    <div>Observers from the African Union were present at most stations in the north.</div>
    <h2>Reactions</h2>
    <ul><li>The ruling party claimed an early lead.</li><li>The opposition urged calm.</li></ul>
    <blockquote>We will wait for the final count, the opposition leader said.</blockquote>
    <table><tr><td>Turnout</td><td>41%</td></tr></table>
    <p>Final results are expected on Wednesday.</p>
    </article>
    <footer>Contact us</footer></body></html>"""
    (post,) = load_posts(page(tmp_path, html))
    assert post.text.split("\n\n") == [
        "Counting began in the capital on Sunday evening after polls closed at six.",
        "No.",
        "Results from City 0, City 1, City 2, City 3, City 4, City 5, City 6, City 7 were the "
        "first to arrive at the commission.",
        "Observers from the African Union were present at most stations in the north.",
        "Reactions",
        "The ruling party claimed an early lead.",
        "The opposition urged calm.",
        "We will wait for the final count, the opposition leader said.",
        "Turnout | 41%",
        "Final results are expected on Wednesday.",
    ]


def test_a_short_page_keeps_its_text(tmp_path: Path) -> None:
    (post,) = load_posts(page(tmp_path, "<html><body><p>The minister resigned.</p></body></html>"))
    assert post.text == "The minister resigned."
    assert post.title == "The minister resigned."


def test_line_breaks_and_hidden_elements(tmp_path: Path) -> None:
    html = """<html><head><title>Notes</title></head><body><div class="post-body">
    First line of the first paragraph,<br>second line of it.<br><br>
    A second paragraph after two breaks.
    <span style="display:none">Hidden tracking text.</span>
    <p hidden>Also hidden.</p></div></body></html>"""
    (post,) = load_posts(page(tmp_path, html))
    assert post.text.replace("\n\n", "\n").split("\n") == [
        "First line of the first paragraph,",
        "second line of it.",
        "A second paragraph after two breaks.",
    ]


def test_xhtml_with_an_xml_declaration(tmp_path: Path) -> None:
    html = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0'
            ' Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Old page</title></head>'
            "<body><p>The treaty was signed in Lisbon on Thursday by all member states.</p>"
            "</body></html>")
    (post,) = load_posts(page(tmp_path, html, "old.xhtml"))
    assert post.format == "html"
    assert post.text == "The treaty was signed in Lisbon on Thursday by all member states."


def test_declared_charset_and_json_ld(tmp_path: Path) -> None:
    (post,) = load_posts(DATA / "hard-page.html")
    assert "Café owners on Allen Avenue stayed open all night" in post.text
    assert "“tense but calm”" in post.text


def test_time_element_and_article_author_meta(tmp_path: Path) -> None:
    html = """<html><head><title>Talks</title>
    <meta property="article:author" content="https://example.org/people/jo">
    <meta name="author" content="Jo Banda"></head>
    <body><article><h1>Talks</h1><time datetime="2022-08-01T10:00:00-05:00">August 1</time>
    <p>The talks resumed in Nairobi on Monday after a week's pause.</p></article></body></html>"""
    (post,) = load_posts(page(tmp_path, html))
    assert post.date == "2022-08-01T10:00:00-05:00"
    assert post.author == "Jo Banda"


def test_a_page_without_text_is_an_error(tmp_path: Path) -> None:
    path = page(tmp_path, "<html><head><script>var x = 1;</script></head><body></body></html>")
    with pytest.raises(InputError, match="no article text"):
        list(load_posts(path))


def test_deeply_nested_markup_does_not_crash(tmp_path: Path) -> None:
    html = "<html><body>" + "<div>" * 200 + "The minister resigned." + "</div>" * 200
    (post,) = load_posts(page(tmp_path, html + "</body></html>"))
    assert post.text == "The minister resigned."
    # Past the HTML parser's depth limit the text is gone: one clean error, no crash.
    html = "<html><body>" + "<div>" * 5000 + "The minister resigned." + "</div>" * 5000
    with pytest.raises(InputError, match="no article text"):
        list(load_posts(page(tmp_path, html + "</body></html>", "deep.html")))


def test_fragments_are_cleaned_without_losing_short_text() -> None:
    assert fragment_paragraphs("<p>Vienna confirmed the date.</p>") == [
        "Vienna confirmed the date."
    ]
    assert fragment_paragraphs("Plain text.\n\nTwo paragraphs.") == [
        "Plain text.", "Two paragraphs."
    ]
    assert fragment_paragraphs(
        '<p>Talks ended.</p><div class="sharedaddy"><h3>Share this:</h3><a>Twitter</a></div>'
        "<p>Like this:</p><p>Like Loading...</p>"
    ) == ["Talks ended."]
    assert fragment_paragraphs("") == []


def test_wordpress_paragraphs_without_p_tags() -> None:
    html = "First paragraph,\nwith a line break.\n\nSecond <em>paragraph</em>.\n\n\n<p>Third.</p>"
    assert fragment_paragraphs(html, autop=True) == [
        "First paragraph,\nwith a line break.", "Second paragraph.", "Third.",
    ]


def test_inline_text() -> None:
    assert inline_text("Lomé hosts the <em>mediation</em> talks") == (
        "Lomé hosts the mediation talks"
    )
    assert inline_text("Tom &amp; Jerry") == "Tom & Jerry"
    assert inline_text("  plain   title ") == "plain title"


def test_a_blogger_sidebar_and_feed_links_are_not_post_text(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Week 30: a stolen tanker</title></head><body>"
        "<div class='header-outer'><div class='descriptionwrapper'><p class='description'>"
        "Politics and the world, once a week, from the top deck.</p></div></div>"
        "<div class='main-outer'><div class='post-outer'><h3 class='post-title'>Week 30: a "
        "stolen tanker</h3><div class='post-body entry-content'>"
        "<p>Iran's Revolutionary Guards seized a British-flagged tanker in the Strait of "
        "Hormuz on Friday, and London has asked its allies for help.</p>"
        "<p>That's your lot. See you next Saturday from the top deck.</p></div></div>"
        "<div class='post-feeds'><div class='feed-links'>Subscribe to: "
        "<a href='#'>Post Comments (Atom)</a></div></div></div>"
        "<div class='column-right-outer'><div class='sidebar section' id='sidebar-right-1'>"
        "<h2>Popular Posts</h2><div class='widget-content popular-posts'><div "
        "class='item-snippet'>The Commons voted the deal down again, by 58 this time.</div>"
        "</div><h2>Labels</h2><div class='widget-content list-label-widget-content'>Brexit(96)"
        "</div></div></div></body></html>"
    )
    (post,) = load_posts(page(tmp_path, html))
    assert "Revolutionary Guards seized" in post.text
    assert post.text.endswith("See you next Saturday from the top deck.")
    for gone in ("Subscribe to", "Commons voted", "Labels", "Brexit(96)",
                 "Politics and the world"):
        assert gone not in post.text, gone


def test_a_ghost_signup_card_inside_the_post_is_not_post_text(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Morning brief</title></head><body><article><h1>Morning brief</h1>"
        "<section class='gh-content'><p>Kyrgyz and Tajik border troops traded fire again "
        "around Vorukh on Wednesday.</p>"
        "<div class='kg-card kg-signup-card kg-width-regular'><div class='kg-signup-card-text'>"
        "<h2 class='kg-signup-card-heading'>Get the brief before your first coffee</h2>"
        "<p class='kg-signup-card-subheading'>It lands in your inbox at seven. It is free, and "
        "members keep it that way.</p></div></div>"
        "<p>Sadyr Japarov and Emomali Rahmon agreed a ceasefire in Samarkand.</p>"
        "</section></article></body></html>"
    )
    (post,) = load_posts(page(tmp_path, html))
    assert "Vorukh" in post.text and "Samarkand" in post.text
    assert "first coffee" not in post.text and "members keep it" not in post.text


def test_a_blogs_own_support_box_inside_the_post_is_not_post_text(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Morning</title></head><body><article><h1>Morning</h1>"
        "<div class='entry-content'><p>Saudi Arabia and Iran agreed in Beijing to restore "
        "ties on Friday.</p><div class='wp-block-group dallah-support has-background'><p>The "
        "Morning Dallah is written before work by one person. If it saves you some "
        "scrolling, keep the pot warm.</p></div><p>Israel's protests entered their tenth "
        "week.</p></div></article></body></html>"
    )
    (post,) = load_posts(page(tmp_path, html))
    assert "restore ties" in post.text and "tenth week" in post.text
    assert "keep the pot warm" not in post.text


def test_comments_that_are_articles_of_their_own_are_not_post_text(tmp_path: Path) -> None:
    body = " ".join(["Anwar Ibrahim walked out of hospital a free man on Wednesday."] * 8)
    html = (
        "<html><head><title>Three weeks in Putrajaya</title></head><body><main>"
        "<article class='pa3'><h1>Three weeks in Putrajaya</h1>"
        "<p>- 5 minutes read - 1001 words</p>"
        f"<div class='nested-copy-line-height'><p>{body}</p><p>Mahathir flies to Tokyo on "
        "10 June.</p></div>"
        "<section class='js-comments staticman-comments' id='comments'><h3>3 comments</h3>"
        "<article id='comment-1' class='static-comment'><h4>Faizal R.</h4><div><p>Najib robbed "
        "1MDB blind and Apandi covered for him for three years.</p></div></article>"
        "<article id='comment-2' class='static-comment'><h4>K. Chandran</h4><div><p>Singapore "
        "will sue Malaysia over the railway, mark my words.</p></div></article></section>"
        "</article></main></body></html>"
    )
    (post,) = load_posts(page(tmp_path, html))
    assert "free man" in post.text and "Tokyo" in post.text
    assert "Najib" not in post.text and "Singapore" not in post.text
    assert "minutes read" not in post.text


def test_the_site_name_after_the_title_is_not_part_of_it(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Saturday No. 58: a vote — The Castillet Saturday</title>"
        "<meta property='og:site_name' content='The Castillet Saturday'>"
        "<meta property='og:title' content='Saturday No. 58: a vote — The Castillet Saturday'>"
        "</head><body><article><h1>Saturday No. 58: a vote</h1><p>Carles Puigdemont left "
        "for Brussels on Monday, and Mariano Rajoy called an election for December.</p>"
        "</article></body></html>"
    )
    (post,) = load_posts(page(tmp_path, html))
    assert post.title == "Saturday No. 58: a vote"


def test_the_title_is_the_posts_not_the_sites(tmp_path: Path) -> None:
    path = page(tmp_path, """<html><head><title>Morning links: a river and a shoal of ministers
| The Porridge Links</title></head><body><header><h1>The Porridge Links</h1>
<p>News with your breakfast</p></header><article><h2>Morning links: a river and a shoal of
ministers</h2><p>Good morning from Aberdeen, where the haar came in overnight and stayed.</p>
<p>Ukraine. Russia says it is pulling its troops out of Kherson, and Kyiv says it does not
believe a word of it until the last truck has crossed the river.</p></article></body></html>""")
    (post,) = load_posts(path)
    assert post.title == "Morning links: a river and a shoal of ministers"
    assert post.text.startswith("Good morning from Aberdeen")
