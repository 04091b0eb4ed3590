"""Plain text and Markdown posts: title, date, author, front matter and clean paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.loaders import load_posts
from kg.loaders.text import parse_text, split_front_matter

DATA = Path(__file__).parent / "data" / "posts"


def test_plain_text_post_from_a_blog() -> None:
    (post,) = load_posts(DATA / "roundup.txt")
    assert post.title == "Weekly roundup: the grain corridor talks"
    assert post.date == "2017-11-03"
    assert post.author == "Mara Jensen"
    assert post.format == "text"
    assert post.source == str(DATA / "roundup.txt")
    assert post.text.startswith("Negotiators from Turkey, Ukraine and Russia met in Istanbul")
    # Paragraphs are separated by one blank line; a line break inside a paragraph stays.
    assert "\n\n\n" not in post.text
    assert "since the summer.\nA joint coordination centre" in post.text


def test_markdown_post_with_front_matter() -> None:
    (post,) = load_posts(DATA / "roundup.md")
    assert post.title == "Budget week: the coalition holds"
    assert post.date == "2021-03-19"
    assert post.author == "Jonas Berger"
    assert post.metadata == {"tags": ["politics", "budget"]}
    paragraphs = post.text.split("\n\n")
    assert paragraphs[0] == (
        "The three-party coalition survived its first budget vote on Thursday, with 312 votes "
        "in favour and 290 against."
    )
    assert "Finance minister Katrin Vogel told parliament" in paragraphs[1]
    assert paragraphs[2:6] == [
        "What changed",
        "Defence spending rises by four billion euros.",
        "The fuel tax cut ends in June.",
        "Pension increases follow the inflation rate.",
    ]
    assert "Ministry | Change\nDefence | +4.1bn\nTransport | -1.2bn" in post.text


def test_markdown_syntax_is_reduced_to_plain_text() -> None:
    md = (
        "# The *big* [summit](http://example.org) ends\n\n"
        "Leaders of **Canada** and _Mexico_ met in `Ottawa`. See ![map](m.png) the [report][1].\n"
        "The talks went well.\n\n"
        "1. First point\n2. Second point\n\n"
        "* Starred item\n\n"
        "> A quoted line.\n\n"
        "```\ncode stays as text\n```\n\n"
        "Heading two\n-----------\n\n"
        "[1]: http://example.org/report\n"
    )
    post = parse_text(md, "summit.md", markdown=True, format="markdown")
    assert post.title == "The big summit ends"
    assert post.text.split("\n\n") == [
        "Leaders of Canada and Mexico met in Ottawa. See the report. The talks went well.",
        "First point",
        "Second point",
        "Starred item",
        "A quoted line.",
        "code stays as text",
        "Heading two",
    ]


def test_navigation_copied_with_a_page_is_not_the_title() -> None:
    text = "Skip to content\nMenu\nHome\n\nPort strike ends\nMarch 14, 2019\n\nThe strike ended.\n"
    post = parse_text(text, "copied.txt")
    assert (post.title, post.date) == ("Port strike ends", "2019-03-14")
    assert post.text == "The strike ended."


def test_setext_title() -> None:
    post = parse_text("Summit ends\n===========\n\nThe summit ended.\n", "s.md", markdown=True)
    assert post.title == "Summit ends"
    assert post.text == "The summit ended."


@pytest.mark.parametrize(
    "opening, date",
    [
        ("November 3 2017", "2017-11-03"),
        ("3 Nov 2017", "2017-11-03"),
        ("2017-11-03", "2017-11-03"),
        ("Friday, November 3rd, 2017", "2017-11-03"),
        ("Posted on 3 November 2017 at 10:15 am", "2017-11-03"),
        ("Published: Nov. 3, 2017 | 5 min read", "2017-11-03"),
    ],
)
def test_a_dateline_under_the_title_becomes_the_date_and_leaves_the_text(
    opening: str, date: str
) -> None:
    post = parse_text(f"Ministers meet\n{opening}\n\nThe ministers met in Vienna.\n", "m.txt")
    assert post.date == date
    assert post.text == "The ministers met in Vienna."


@pytest.mark.parametrize(
    "title, date",
    [
        ("Weekly roundup: November 3 2017", "2017-11-03"),
        ("Roundup for 3 Nov 2017", "2017-11-03"),
        ("# 2017-11-03 roundup", "2017-11-03"),
    ],
)
def test_a_date_in_the_title_becomes_the_date(title: str, date: str) -> None:
    post = parse_text(f"{title}\n\nThe ministers met in Vienna.\n", "m.md", markdown=True)
    assert post.date == date
    assert post.title == title.lstrip("# ")


def test_a_date_in_an_opening_sentence_is_used_and_the_sentence_kept() -> None:
    text = "Ministers meet\n\nOn 3 November 2017 the ministers met in Vienna to talk.\n"
    post = parse_text(text, "m.txt")
    assert post.date == "2017-11-03"
    assert post.text == "On 3 November 2017 the ministers met in Vienna to talk."


def test_a_date_in_the_title_comes_before_one_in_a_sentence() -> None:
    text = "Roundup: 10 Nov 2017\n\nOn 3 November 2017 the ministers met in Vienna.\n"
    assert parse_text(text, "m.txt").date == "2017-11-10"


def test_a_byline_becomes_the_author() -> None:
    post = parse_text("Ministers meet\nBy Anna Kowalska\n\nThe ministers met.\n", "m.txt")
    assert post.author == "Anna Kowalska"
    assert post.text == "The ministers met."
    # A sentence that starts with "By" is text, not a byline.
    post = parse_text("Ministers meet\n\nBy Monday the ministers had met.\n", "m.txt")
    assert post.author is None
    assert post.text == "By Monday the ministers had met."


def test_a_post_without_a_date_has_none() -> None:
    post = parse_text("Ministers meet\n\nThe ministers met in Vienna.\n", "m.txt")
    assert post.date is None


def test_a_long_first_line_is_text_not_a_title() -> None:
    first = "The ministers met in Vienna on Thursday " + "and talked about the river " * 8 + "."
    post = parse_text(first + "\n", "m.txt")
    assert post.text == " ".join(first.split())
    assert post.title.endswith("…") and len(post.title.split()) == 13


def test_windows_line_endings_and_bom() -> None:
    post = parse_text("\ufeffTitle\r\n\r\nFirst paragraph.\r\n\r\nSecond.\r\n", "w.txt")
    assert post.title == "Title"
    assert post.text == "First paragraph.\n\nSecond."


def test_front_matter_fields() -> None:
    fields, body = split_front_matter(
        "---\ntitle: \"A: title\"\ndate: 2020-01-02\ntags:\n  - one\n  - two\n"
        "url: https://x.example/a\nid: post-7\n---\nBody\n"
    )
    assert fields == {"title": "A: title", "date": "2020-01-02", "tags": ["one", "two"],
                      "url": "https://x.example/a", "id": "post-7"}
    assert body == "Body\n"
    post = parse_text("---\ntitle: T\nid: post-7\nurl: https://x.example/a\n---\nBody.\n", "t.md")
    assert (post.url, post.title, post.text) == ("https://x.example/a", "T", "Body.")


def test_a_file_with_only_a_title_is_an_error() -> None:
    with pytest.raises(InputError, match="no text"):
        parse_text("Just a title\n", "t.txt")


@pytest.mark.parametrize("name", ["utf8-bom.txt", "utf16le.txt", "utf16be.txt", "cp1252.txt"])
def test_text_in_any_common_encoding(name: str) -> None:
    (post,) = load_posts(DATA / name)
    assert post.title == "Zürich café owners protest “new rules”"
    assert "Señor Pérez, who runs a tapas bar near the lake, called them “absurd”." in post.text
    assert "rules – which ban outdoor heaters – would cost" in post.text


def test_a_txt_file_with_rules_is_plain_text_not_markdown(tmp_path: Path) -> None:
    path = tmp_path / "edition.txt"
    path.write_text(
        "Wednesday roundup\n\nRussia and Ukraine swapped prisoners.\n\nThat's all for "
        "today.\n\nShare this:\nTwitter\nFacebook\n" + "-" * 70 + "\nLike this:\n"
        "Like Loading...\n", encoding="utf-8")
    (post,) = load_posts(path)
    assert post.format == "text"
    assert post.text == "Russia and Ukraine swapped prisoners.\n\nThat's all for today."


def test_canonical_url_in_front_matter_is_the_post_url() -> None:
    post = parse_text("---\ntitle: Strikes\ncanonical_url: https://example.org/p/strikes\n---\n\n"
                      "The strikes went on.\n", "s.md", markdown=True)
    assert post.url == "https://example.org/p/strikes"


def test_a_paragraph_hard_wrapped_inside_sentences_is_unwrapped() -> None:
    text = ("Lakeshore letter\n\nThe army\nlost Goma to the M23 and, UN experts say, to three "
            "or four\nthousand Rwandan soldiers fighting alongside it.\nKigali denies it.\n\n"
            "- first item of a list\n- second item of a list\n\nGrâce\nBujumbura\n")
    post = parse_text(text, "letter.txt")
    assert ("The army lost Goma to the M23 and, UN experts say, to three or four thousand "
            "Rwandan soldiers fighting alongside it.\nKigali denies it.") in post.text
    assert "- first item of a list\n- second item of a list" in post.text
    assert "Grâce\nBujumbura" in post.text


def test_an_address_line_and_a_signed_byline_under_the_title_are_metadata() -> None:
    text = ("Ministers meet\n12 March 2025\nhttps://ledger.example/2025/03/12/meet/\n"
            "By Viorica Cojocaru · The Ledger · Chișinău\n\nThe ministers met.\n")
    post = parse_text(text, "m.txt")
    assert (post.date, post.url, post.author) == (
        "2025-03-12", "https://ledger.example/2025/03/12/meet/", "Viorica Cojocaru")
    assert post.text == "The ministers met."


def test_a_number_on_a_line_of_its_own_inside_a_wrapped_paragraph_is_kept() -> None:
    text = ("Horn of Africa\n\nThe port deal was first discussed in talks that began in late\n"
            "2021.\nNobody in Mogadishu knew until this week, and the answer was\n42\n"
            "which surprised everyone.\n\nClaps\n\n1.2K\n")
    post = parse_text(text, "horn.txt")
    assert "began in late 2021." in post.text
    assert "the answer was 42 which surprised everyone." in post.text
    assert "1.2K" not in post.text  # a count standing alone is still no text


def test_an_e_mail_edition_header_and_footer_are_metadata_and_boilerplate() -> None:
    text = ("A port, a law and a long red carpet\n"
            "Eastleigh Mornings · No. 318 · Wednesday, 10 January 2024\n"
            "From: Hodan Warsame <hodan@eastleigh.example>\n"
            "Reply-To: letters@eastleigh.example\n"
            "To: you, and 3,106 other early risers\n"
            "View this e-mail in your browser: https://eastleigh.example/2024/01/10/318/\n\n"
            "=========================================\n\n"
            "Ethiopia signed a memorandum with Somaliland on Monday, and Somalia recalled its\n"
            "ambassador from Addis Ababa the next day.\n\n— Hodan\n\n"
            "=========================================\n\n"
            "Forward this e-mail to a friend who still thinks Berbera is a kind of\n"
            "fish. Was this forwarded to you? Sign up, free, at\n"
            "https://eastleigh.example/join\n\n"
            "Eastleigh Mornings is written in Nairobi by Hodan Warsame and sent to\n"
            "3,107 readers before seven. Reply to this e-mail to reach me.\n\n"
            "Like what you read? Buy me a chai: https://eastleigh.example/chai\n")
    post = parse_text(text, "318.txt")
    assert (post.date, post.url, post.author) == (
        "2024-01-10", "https://eastleigh.example/2024/01/10/318/", "Hodan Warsame")
    assert post.text == ("Ethiopia signed a memorandum with Somaliland on Monday, and Somalia "
                         "recalled its ambassador from Addis Ababa the next day.\n\n— Hodan")


def test_hugo_shortcodes_are_boxes_or_nothing() -> None:
    text = ("---\ntitle: The Lagoon Line\ndate: 2023-12-09\n---\n\n"
            "Pat Conroy flew into Port Vila on Monday to meet Charlot Salwai.\n\n"
            '{{< callout type="newsletter" >}}\n**First time here?** It arrives every '
            "Saturday. [Subscribe here](https://example.org/subscribe/).\n{{< /callout >}}\n\n"
            "{{% aside %}}\nSalwai has been prime minister three times.\n{{% /aside %}}\n\n"
            "Salwai told him that Vanuatu wanted more climate and less security.\n\n"
            "{{< related-posts >}}\n\n{% include footer.html %}\n")
    post = parse_text(text, "lagoon.md", markdown=True)
    assert "Subscribe" not in post.text and "arrives every" not in post.text
    assert "{{" not in post.text and "{%" not in post.text
    assert post.text.split("\n\n") == [
        "Pat Conroy flew into Port Vila on Monday to meet Charlot Salwai.",
        "Salwai has been prime minister three times.",
        "Salwai told him that Vanuatu wanted more climate and less security.",
    ]
