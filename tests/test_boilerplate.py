"""Blog boilerplate never reaches a post's text, and no article sentence is lost on the way.

Each sample post (WordPress, Blogger, Substack and Medium pages, a plain-text and a Markdown
blog post, all written for these tests) lists every article sentence and every boilerplate
sentence it holds; both lists are checked one sentence at a time.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg import schema
from kg.loaders import boilerplate as bp
from kg.loaders import load_posts

DATA = Path(__file__).parent / "data" / "posts"


def one_post(name: str) -> str:
    (post,) = list(load_posts(DATA / name))
    return post.text


def flat(text: str) -> str:
    return " ".join(text.split())


def lines(text: str) -> set[str]:
    return {line.strip() for line in text.split("\n") if line.strip()}


def assert_clean(text: str, article: list[str], boilerplate: list[str]) -> None:
    """Every article sentence is in the text; no boilerplate sentence is."""
    body = flat(text)
    missing = [s for s in article if s not in body]
    assert not missing, f"article sentences lost: {missing}"
    # Short labels ("Like", "Related") are also ordinary words: they must not stand as a line.
    present = [
        s for s in boilerplate
        if (s in lines(text) if len(s.split()) <= 2 else s.casefold() in body.casefold())
    ]
    assert not present, f"boilerplate kept: {present}"


SAMPLES = {
    "wordpress.html": (
        [
            "Foreign ministers from twelve countries met in Vienna on Thursday to discuss a new "
            "framework for shipping on the Danube.",
            "Austria's foreign minister, Karl Weber, said the talks had been constructive and "
            "that a draft would follow within weeks.",
            "Shares of Danube Freight fell four percent after the announcement.",
            "Talks resumed.",
            "What the delegates agreed",
            "The delegations agreed to share inspection data from all river ports, according to "
            "a statement released after the meeting.",
            "Hungary will host a joint inspection office in Budapest.",
            "Romania pledged to dredge the lower river before the spring floods.",
            "Austria | 4",
            "We did not come here to argue about buoys, said the Slovak envoy, Petra Horvath.",
            "Posted in Belgrade for a decade, the Serbian ambassador urged the group to follow "
            "the example of the Rhine commission.",
            "The army will follow orders from the civilian government, the Bulgarian defence "
            "ministry said in a note to its partners.",
            "Officials declined to comment on the timetable.",
            "Like the previous round, the meeting ended without a vote.",
            "The next meeting is planned for Budapest in March.",
        ],
        [
            "Skip to content", "News from the river ports, every Friday", "Menu", "Home",
            "About", "Posted on", "Share this:", "Click to share on Twitter", "Twitter",
            "Facebook", "Email", "Like this:", "Like", "Loading...", "Related",
            "Thanks for reading!", "please share widely", "Posted in News", "Tagged Danube",
            "Post navigation", "Previous post", "Next post", "2 thoughts on",
            "Great summary, I look forward to it every week.",
            "The table of delegates is missing Slovakia.", "Dieter", "says:", "Reply",
            "Leave a Reply", "Cancel reply", "Your email address will not be published.",
            "Required fields are marked", "Comment", "Name *",
            "Save my name, email, and website in this browser for the next time I comment.",
            "Notify me of new comments via email.", "Notify me of new posts via email.",
            "This site uses Akismet to reduce spam.",
            "Learn how your comment data is processed.", "Recent Posts",
            "Weekly roundup: the lock gates dispute", "Follow Blog via Email",
            "Enter your email address to follow this blog",
            "Proudly powered by WordPress", "This site uses cookies",
            "By continuing to use this website, you agree to their use.",
            "To find out more, including how to control cookies", "Close and accept",
        ],
    ),
    "blogger.html": (
        [
            "Dock workers in Gdansk extended their strike into a second week on Monday, halting "
            "container traffic at the largest port on the Polish coast.",
            "The union leader, Tomasz Nowak, told reporters that talks with the port authority "
            "had collapsed over night-shift pay.",
            "Shipping lines have begun to divert vessels to Gdynia and Klaipeda.",
            "Maersk said two of its feeder ships would follow the new route until further notice.",
            "Prime Minister Mateusz Morawiecki urged both sides to return to the table.",
            "Comment sections on local news sites have been flooded with messages of support "
            "for the strikers.",
        ],
        [
            "Blog navbar", "Labour, shipping and politics around the Baltic Sea",
            "Tuesday, March 12, 2019", "Port strike enters its second week", "Posted by",
            "8:30 AM", "No comments:", "Email This", "BlogThis!", "Share to X",
            "Share to Facebook", "Labels:", "Post a Comment", "Newer Post", "Older Post", "Home",
            "Subscribe to:", "Post Comments (Atom)", "Powered by Blogger.",
        ],
    ),
    "substack.html": (
        [
            "The military governments of Mali, Burkina Faso and Niger announced in January that "
            "they would leave the Economic Community of West African States.",
            "Regional diplomats say the decision caught the bloc off guard.",
            "ECOWAS had threatened to restore the ousted Nigerien president by force last summer "
            "but never followed through.",
            "The three juntas have formed their own Alliance of Sahel States, and Russian "
            "military instructors have arrived in Niamey.",
            "Officials in Paris would not comment on the withdrawal of the last French troops.",
            "Who pays the price",
            "Traders crossing from Benin into Niger describe long delays at the border.",
            "Prices of rice and cooking oil have doubled in Niamey since August.",
            "Follow the money, one economist in Abidjan told me: the sanctions hurt importers "
            "first and the generals last.",
            "Next week I will look at how the alliance plans to share a single currency, an idea "
            "that has been floated since the first coup.",
        ],
        [
            "Subscribe now", "Subscribe", "Sign in", "Share",
            "Thanks for reading Dispatches from the Border!",
            "Subscribe for free to receive new posts and support my work.", "Type your email…",
            "This post is public so feel free to share it.", "Leave a comment",
            "Discussion about this post", "Very clear summary.", "What about Chad?",
            "© 2024 Amadou Keita", "Privacy", "Terms", "Collection notice", "Start writing",
            "Get the app", "Substack is the home for great culture", "142", "31",
        ],
    ),
    "medium.html": (
        [
            "When Russia took over the chair of the Arctic Council in 2021, few diplomats "
            "expected the body to stop meeting within a year.",
            "After the invasion of Ukraine, the seven other members paused all work with Moscow.",
            "Norway, which took the chair in May, has tried to revive the scientific working "
            "groups.",
            "Canada and Denmark support the Norwegian plan.",
            "The United States has said it will follow Oslo's lead on the working groups but not "
            "on ministerial meetings.",
            "The scientists' view",
            "Researchers warn that losing Russian data on permafrost would leave a hole in "
            "climate models.",
            "Some share their measurements informally through universities.",
            "Half the Arctic is Russian, said the Tromso glaciologist Ingrid Berg.",
            "You cannot model it with half the data.",
            "Clap if you must, but the real question is whether the council survives the next "
            "chairmanship, a former Icelandic minister wrote last week.",
        ],
        [
            "Open in app", "Sign up", "Sign in", "Write",
            "Sign up to discover human stories that deepen your understanding of the world.",
            "Member-only story", "Follow", "6 min read", "Jun 5, 2023", "312", "7", "Listen",
            "Share", "Written by Lena Sorensen", "1.2K Followers", "Writer for Polar Politics",
            "Former correspondent in Tromso.", "More from Lena Sorensen and Polar Politics",
            "Greenland's election and the rare earth question",
            "Mining licences dominated the campaign", "Recommended from Medium",
            "Ten maps that explain the Arctic", "See more recommendations", "Help", "Status",
            "Careers", "Text to speech", "Teams", "Diplomacy",
        ],
    ),
    "newsletter.txt": (
        [
            "Good morning from a wet quayside.",
            "Norway and Denmark reopened talks on the Skagerrak ferry subsidy on Tuesday.",
            "The Danish transport minister said the two governments were close to a deal.",
            "Iceland rejected the mackerel quota proposed by the European Union.",
            "Trawler owners in Reykjavik expect another season without an agreement.",
            "That's all for this week. Go and buy a fisherman a coffee.",
        ],
        [
            "View this email in your browser", "Forward this letter to a friend",
            "READER MAIL (replies to issue 40)", "Denmark has been bullying Norway",
            "The Commission threatened Iceland", "Reply to this email",
            "You are receiving this", "Unsubscribe", "4 Quay Lane",
        ],
    ),
    "roundup.txt": (
        [
            "Negotiators from Turkey, Ukraine and Russia met in Istanbul on Wednesday to extend "
            "the agreement that lets grain ships leave the Black Sea ports.",
            "The Turkish defence minister, Hulusi Akar, said the parties were close to a deal.",
            "Shares of Anatolian Shipping rose six percent on the news.",
            "The Ukrainian delegation asked for a longer extension.",
            "Russia said it would follow the talks closely but gave no commitment.",
            "Inspectors in Istanbul have cleared more than three hundred ships since the summer.",
            "A joint coordination centre will share its schedules with insurers from next month.",
            "Posted in Istanbul since 2015, the Reuters correspondent Elif Demir described the "
            "mood as cautious.",
            "Related talks on prisoner exchanges are due to start next week.",
        ],
        [
            "Posted on November 3, 2017 by Mara Jensen", "Thanks for reading!",
            "please share widely", "Follow me on Twitter for more updates.", "Share this:",
            "Twitter", "Facebook", "Like this:", "Like Loading...", "Related",
            "Weekly roundup: the ferry strike", "Weekly roundup: budget week", "Posted in News",
            "Leave a comment", "« Previous post", "Next post »", "2 thoughts on", "Dieter says:",
            "Excellent overview, as always.", "Leave a Reply", "Enter your comment here...",
            "You are commenting using your WordPress.com account.", "Connecting to %s",
            "Notify me of new comments via email.", "Notify me of new posts via email.",
            "This site uses Akismet to reduce spam.",
        ],
    ),
    "roundup.md": (
        [
            "The three-party coalition survived its first budget vote on Thursday, with 312 "
            "votes in favour and 290 against.",
            "Finance minister Katrin Vogel told parliament the deficit would fall below three "
            "percent by 2023.",
            "The opposition leader, Stefan Roth, called the plan a fantasy.",
            "What changed",
            "Defence spending rises by four billion euros.",
            "The fuel tax cut ends in June.",
            "Pension increases follow the inflation rate.",
            "We will follow the money, and so should the voters, said the auditor general, "
            "Petra Lange.",
            "Defence | +4.1bn",
            "Shares of the state rail company fell after the transport cuts were announced.",
            "The unions said they would share their own figures next week.",
        ],
        [
            "Thanks for reading!", "follow me on Twitter", "Subscribe now", "Buy me a coffee",
            "Support this blog on Patreon", "Related posts", "Budget week: the first draft",
            "The coalition agreement, annotated", "Parliament at night",
        ],
    ),
    "hard-page.html": (
        [
            "Polls closed across Nigeria at 2:30 pm, but queues remained outside many stations "
            "in Lagos.",
            "Yes.",
            "That was the answer from the electoral commission's spokesman when asked whether "
            "results would be uploaded tonight.",
            "Results from Ikeja, Surulere, Alimosho and Kosofe were the first to arrive.",
            "The Labour Party candidate, Peter Obi, led in Lagos, Abuja and Enugu.",
            "What observers said",
            "European Union observers said the vote was delayed in a third of the stations they "
            "visited.",
            "Turnout (provisional): 27 percent",
            "The Independent National Electoral Commission runs the vote.",
            "Counting resumed at dawn in Kano, where officials said ballot boxes had been seized "
            "in two wards.",
            "Café owners on Allen Avenue stayed open all night; one said the mood was “tense but "
            "calm”.",
        ],
        [
            "Home", "Politics", "Economy", "Share on Facebook", "Share on X", "Leave a comment",
            "Comments are closed.", "© 2023 Gulf of Guinea Monitor", "All rights reserved.",
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_posts_keep_every_article_sentence_and_no_boilerplate(name: str) -> None:
    article, boilerplate = SAMPLES[name]
    assert_clean(one_post(name), article, boilerplate)


def test_markdown_post_has_no_markdown_syntax_left() -> None:
    text = one_post("roundup.md")
    assert not re.search(r"\]\(|\*\*|^#|^\s*[-*+] |\|-", text, re.MULTILINE)


# Sentences an article may well contain, each mentioning a word boilerplate also uses.
ARTICLE_SENTENCES = [
    "Enjoying the ceasefire while it lasts, are we?",
    "Buy American, the president said, and Congress bought it.",
    "The vaccine is free, and the health ministry says it will support every clinic.",
    "Enjoyed this? Not the Kremlin, which called the summit a farce.",
    "Shares of Tesla fell 4 percent in early trading.",
    "Share prices in Tokyo recovered on Friday.",
    "The army will follow orders from the new government.",
    "Follow-up talks are planned for May.",
    "The two countries share a 900-kilometre border.",
    "Officials declined to comment on the report.",
    "No comment on “the matter” was offered, the spokesman said.",
    "No comments to the press were made by the embassy.",
    "Leave a reply to the ministry's letter by Friday, the court ordered.",
    "Like his predecessor, the minister refused to resign.",
    "Related talks in Geneva were postponed.",
    "Subscribers to the state broadcaster's service complained about the blackout.",
    "Posted in Kabul for three years, the ambassador knew the city well.",
    "Posted on social media, the video drew millions of views.",
    "Tagged as a terrorist group by Washington, the movement denies any link to the attack.",
    "Written by a former diplomat, the memo warns that the talks will fail.",
    "Written by hand.",
    "More from the summit is expected on Tuesday.",
    "Thanks to the new treaty, fishing boats may enter both zones.",
    "Lyse Doucet, the BBC's chief international correspondent, was in Kabul.",
    "The Kremlin is a reliable partner, the correspondent was told.",
    "Support for the measure has fallen to 40 percent.",
    "Next, the committee will question the defence minister.",
    "Read the full statement below, the party said on Twitter.",
    "The mayor said residents should share widely any information about the fire.",
    "Continue reading the minister's speech below.",
    "Related to the case, two police officers were suspended.",
    "Home Secretary Priti Patel visited the border on Monday.",
    "3 comments by the minister caused an uproar.",
    "The bill drew 12 responses from the opposition.",
    "One comment from the minister was enough.",
    "The ministry has no sponsor for the bill, and support is fading.",
    "Keep the ceasefire going, the envoy urged both sides.",
    "The minister wants to keep the border free of checkpoints.",
]

# Boilerplate lines from the platforms the patterns are written for.
BOILERPLATE_LINES = [
    "Share this notebook: Facebook · X · Telegram · Email",
    "If someone forwarded you this notebook, you can get it every Saturday by e-mail. It is "
    "free, and it will stay free while my coffee budget holds out.",
    "Reading this on Medium? Follow The Kitchen Table to get a long read every other Saturday. "
    "Claps pay for nothing, but they cheer me up.",
    "The Salween Notebook is written by one person with a laptop. If it helps you follow the "
    "news, you can buy me a coffee or send it to a friend.",
    "SHARE THIS ISSUE",
    "From the comments on last Friday's post, lightly trimmed:",
    "Share this: Twitter Facebook Like this: Like Loading...",
    "View this email in your browser",
    "Share this letter: Twitter · WhatsApp · Telegram · Email",
    "Subscribe to:", "Post Comments (Atom)",
    "Suya & Statecraft is free, and it stays free because readers chip in. If this roundup "
    "saved you an hour of doomscrolling, consider buying me a plate of suya.",
    "The Monsoon Ledger is reader-supported. If this letter helped, you can chip in via bKash "
    "or PayPal: monsoonledger.com/support",
    "Enjoyed this? The Southerly Buster is free and always will be. Subscribe by email to get "
    "it every Friday, or shout me a flat white.",
    "Leave a Reply", "Leave a Reply Cancel reply", "Leave a comment",
    "3 thoughts on “Weekly roundup: ministers meet in Vienna”",
    "12 Responses to \"Budget week\"", "One comment on ‘Port strike’",
    "You are commenting using your Twitter account. ( Log Out / Change )",
    "Connecting to %s", "Notify me of new comments via email.",
    "Notify me of follow-up comments by email.", "Thanks for reading", "Thanks for reading!",
    "Thank you for reading, see you next week.", "Follow me on Twitter",
    "Follow us on Instagram for more", "Please share widely.", "share widely",
    "If you liked this post, please share widely!", "Share this:", "Like this:",
    "Like Loading...", "Subscribe now", "Subscribe", "Buy me a coffee",
    "If you enjoy my work, you can buy me a coffee.", "Support this blog on Patreon",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "We use cookies to improve your experience.", "Related posts", "You may also like",
    "« Previous post", "Next post »", "← Older posts", "Previous Post: The ferry strike",
    "Posted in News | Tagged Danube, Vienna", "Posted in Uncategorized",
    "Categories: Politics, Europe", "Filed under: Elections", "Tags: budget, coalition",
    "Type your email…", "This post is public so feel free to share it.",
    "Thanks for reading Border Notes! Subscribe for free to receive new posts and support my "
    "work.", "Discussion about this post",
    "Sign up to discover human stories that deepen your understanding of the world.", "Follow",
    "Clap", "Written by Jane Doe", "More from Jane Doe and The Startup",
    "Recommended from Medium", "Member-only story", "6 min read · Jun 5, 2023",
    "Posted by Ewa Lindqvist at 8:30 AM", "No comments:", "Post a Comment",
    "Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)",
    "Email This BlogThis! Share to X Share to Facebook Share to Pinterest",
    "The post Weekly roundup appeared first on The Harbour Ledger.",
    "Weekly roundup was originally published in Polar Politics on Medium, where people are "
    "continuing the conversation by highlighting and responding to this story.",
    "Continue reading on Medium »", "Tuesday, March 12, 2019", "1.2K",
    "3 Comments", "12 Responses", "Write a comment…", "❤️ 214 Likes · 💬 3 Comments · ↻ Restack",
    "Like (12) · Reply", "Start Writing · Get the app",
    "Share this roundup: WhatsApp · X · Facebook · Telegram", "Buy Nino a coffee →",
    "Buy me a tinto: La Sobremesa is reader-supported.", "Enjoying The Tamada’s Table?",
    "Enjoying this? Follow The Jeepney Dispatch on Medium and get an email whenever Bea "
    "Villanueva publishes.",
    "READER MAIL (replies to issue #57)", "From the mailbag",
    "Share: WhatsApp · X · Facebook · Email", "Comments", "Comments (4)",
    "View this email in your browser: https://example.org/41",
    # a plain-text e-mail puts each link's address after it
    "View this email in your browser (https://mailchi.mp/example/47-summits)",
    "Forward to a friend (https://us21.forward-to-friend.com/forward?u=5f3c&id=8a41)",
    "Share on X (https://x.com/intent/post?url=a) | Share on Facebook "
    "(https://www.facebook.com/sharer/sharer.php?u=a) | Share on WhatsApp (https://wa.me/?text=a)",
    "Copyright (C) 2025 Lakeshore. All rights reserved.",
    "Forwarded this by someone? Sign up here (https://example.org/subscribe).",
    "Lakeshore has no paywall and no sponsor. If this letter helps you, a small monthly gift "
    "keeps it that way: Support Lakeshore (https://example.org/support)",
    "** KEEP LAKESHORE FREE",
    "3 comments on the site. The top one, from Gonzalo in Salto: \"Lula will follow.\"",
    "Buy me a coffee? Ala-Too Mornings is written before work, in a cold kitchen, by one person "
    "with two browsers open. If it saves you an hour of scrolling, a coffee keeps the kettle on.",
    "☕ Buy Aizada a coffee",
    "Read also: How Lithuania courted Kyiv's grain traders all summer",
    "Share on X: https://x.com/intent/post?url=https://amberroad.lt/2023/09/23/grain/",
    "Giorgi Tsiklauri is The Black Sea Monitor's Tbilisi correspondent. He has covered Georgian "
    "politics since 2012.",
    "- 5 minutes read - 1001 words",
]


@pytest.mark.parametrize("sentence", ARTICLE_SENTENCES)
def test_article_sentences_that_mention_boilerplate_words_are_kept(sentence: str) -> None:
    assert not bp.is_boilerplate(sentence)
    assert bp.strip_boilerplate(["The talks opened on Monday.", sentence, "They end today."]) == [
        "The talks opened on Monday.", sentence, "They end today."
    ]


@pytest.mark.parametrize("line", BOILERPLATE_LINES)
def test_boilerplate_lines_are_recognised(line: str) -> None:
    assert bp.is_boilerplate(line)
    assert bp.strip_boilerplate(["The minister resigned.", line]) == ["The minister resigned."]


def test_a_tail_marker_cuts_the_rest_of_the_post() -> None:
    paragraphs = [
        "The minister resigned on Monday.",
        "Share this:\nTwitter\nFacebook",
        "Dieter says: what a shame, he was a good minister.",
    ]
    assert bp.strip_boilerplate(paragraphs) == ["The minister resigned on Monday."]


def test_a_tail_marker_before_any_article_text_is_only_removed() -> None:
    paragraphs = ["Written by Jane Doe", "The minister resigned on Monday.", "Parliament met."]
    expected = ["The minister resigned on Monday.", "Parliament met."]
    assert bp.strip_boilerplate(paragraphs) == expected


def test_a_comment_count_in_the_byline_does_not_cut_the_article() -> None:
    paragraphs = ["The River Post", "Archive", "December 16, 2023\n7 min read\n5 Comments",
                  "The minister resigned on Monday.", "Parliament met."]
    kept = bp.strip_boilerplate(paragraphs)
    assert kept[-2:] == ["The minister resigned on Monday.", "Parliament met."]
    assert "5 Comments" not in "\n".join(kept)


def test_a_share_box_inside_the_article_goes_alone() -> None:
    paragraphs = [
        "The minister resigned on Monday.",
        "Share this:\nWhatsApp\nX\nFacebook\nTelegram\nSupport The River Post",
        "Parliament will vote on his successor on Friday.",
        "The opposition wants an early election instead.",
        "2 thoughts on “The minister goes”",
        "Dieter says: what a shame, he was a good minister.",
    ]
    kept = bp.strip_boilerplate(paragraphs)
    assert kept[0] == "The minister resigned on Monday."
    assert kept[-2:] == ["Parliament will vote on his successor on Friday.",
                         "The opposition wants an early election instead."]
    assert "WhatsApp" not in "\n".join(kept)


def test_a_closing_paragraph_after_a_share_line_is_kept() -> None:
    # one paragraph of several sentences after the share line is article text, not a tail
    paragraphs = ["The minister resigned on Monday.",
                  "Share this letter: Facebook X WhatsApp",
                  "One last thing before I go. The president will meet his neighbour next "
                  "month. Nobody here believes it.", "— Grâce"]
    kept = bp.strip_boilerplate(paragraphs)
    assert kept[:2] == ["The minister resigned on Monday.", paragraphs[2]]
    assert "WhatsApp" not in "\n".join(kept)


def test_a_share_box_followed_by_comments_ends_the_article() -> None:
    paragraphs = ["The minister resigned on Monday.", "Share this:\nTwitter\nFacebook",
                  "Dieter says: what a shame.", "He was a good minister, and honest too.",
                  "Anna wrote: agreed.", "Nobody will replace him soon, I fear."]
    assert bp.strip_boilerplate(paragraphs) == ["The minister resigned on Monday."]


def test_lines_inside_a_paragraph_are_judged_one_by_one() -> None:
    assert bp.strip_boilerplate(["Parliament met on Monday.\nShare\nThe vote is on Friday."]) == [
        "Parliament met on Monday.\nThe vote is on Friday."
    ]


def test_long_lines_are_never_boilerplate() -> None:
    line = "Thanks for reading " + "the long report, which runs to many pages, " * 10
    assert len(line) > bp.MAX_LINE
    assert not bp.is_boilerplate(line)


def test_boilerplate_elements_are_known_by_class_or_id() -> None:
    assert bp.is_boilerplate_element(["sharedaddy", "sd-sharing-enabled"])
    assert bp.is_boilerplate_element(["", "jp-relatedposts"])
    assert bp.is_boilerplate_element(["comments-area"])
    assert not bp.is_boilerplate_element(["entry-content"])
    assert not bp.is_boilerplate_element(["post-body", "entry-content"])


def test_the_patterns_are_data_in_the_schema() -> None:
    rows = schema.read_tsv("boilerplate.tsv")
    assert {row["scope"] for row in rows} == {"line", "tail", "share", "nav", "element"}
    assert all(row["note"] for row in rows)
    for row in rows:
        re.compile(row["pattern"])
    # The code reads the patterns; it does not restate them.
    code = Path(bp.__file__).read_text(encoding="utf-8")
    assert "akismet" not in code.lower() and "thoughts on" not in code


def test_every_pattern_matches_whole_lines_only() -> None:
    for row in schema.read_tsv("boilerplate.tsv"):
        if row["scope"] == "element":
            continue
        pattern = re.compile(row["pattern"], re.IGNORECASE)
        example = next(
            (s for s in BOILERPLATE_LINES if pattern.fullmatch(bp.normalize_line(s))), None
        )
        if example is None:
            continue
        wrapped = f"The minister said that {example} was not an issue for the government."
        assert not bp.is_boilerplate(wrapped), row["pattern"]


def test_a_comments_heading_ends_the_article() -> None:
    paragraphs = ["The minister resigned on Monday.", "Comments",
                  "Thabo · 14:02\nThe DA did not walk away twice.", "Reply"]
    assert bp.strip_boilerplate(paragraphs) == ["The minister resigned on Monday."]


def test_a_box_hard_wrapped_over_several_lines_goes_whole() -> None:
    paragraphs = [
        "Dodik signed the law on Friday.",
        "------------------------------------------------------------\n"
        "Forwarded this by a friend? Get The Fildzan in your own inbox every\n"
        "Saturday: https://example.org/fildzan\n"
        "The Fildzan is free to read. If you can spare the price of a coffee\n"
        "in Bascarsija, a paid subscription keeps it that way.\n"
        "------------------------------------------------------------",
        "Schmidt annulled it a week later.",
    ]
    assert bp.strip_boilerplate(paragraphs) == [
        "Dodik signed the law on Friday.", "Schmidt annulled it a week later."]


def test_reader_comments_quoted_after_a_roundup_are_cut() -> None:
    paragraphs = ["ECOWAS sent a delegation to Ouagadougou on Tuesday.", "— Aminata",
                  "From the comments on last Friday's post, lightly trimmed:",
                  "\u201cECOWAS will sanction Mali again before Christmas, you watch.\u201d"]
    assert bp.strip_boilerplate(paragraphs) == [
        "ECOWAS sent a delegation to Ouagadougou on Tuesday.", "— Aminata"]


def test_a_navigation_word_between_paragraphs_is_a_section_heading() -> None:
    paragraphs = ["Home", "Search", "The first round is on 25 June, and the list gets shorter.",
                  "Home", "Rodrigo Chaves spent the week telling everyone about China.",
                  "Home"]
    assert bp.strip_boilerplate(paragraphs) == paragraphs[2:5]


def test_readers_replies_after_a_letter_are_cut() -> None:
    paragraphs = ["Next week is Holy Week, so expect a short letter and a long siesta.",
                  "From last week’s replies",
                  "Carlos, Heredia: Managua will break with Spain next, mark my words."]
    assert bp.strip_boilerplate(paragraphs) == paragraphs[:1]
