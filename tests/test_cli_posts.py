"""``kg posts``: the posts of files, folders and standard input, with one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli

DATA = Path(__file__).parent / "data" / "posts"
ROOT = Path(__file__).parent.parent


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["posts", *args], input=input)
    return result.exit_code, result.stdout, result.stderr


def test_table_lists_id_title_date_url_and_words() -> None:
    code, out, err = run(str(DATA / "wordpress-feed.rss"))
    assert code == 0 and err == ""
    header, _, *rows = out.splitlines()
    assert header.split() == ["id", "title", "date", "url", "words"]
    assert len(rows) == 3
    assert "Short note" in rows[2] and rows[2].rstrip().endswith("4")


def test_jsonl_adds_text_source_and_author() -> None:
    code, out, _ = run(str(DATA / "roundup.txt"), "--format", "jsonl")
    assert code == 0
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert row["title"] == "Weekly roundup: the grain corridor talks"
    assert row["date"] == "2017-11-03"
    assert row["author"] == "Mara Jensen"
    assert row["source"] == str(DATA / "roundup.txt")
    assert row["words"] == len(row["text"].split())
    assert row["text"].startswith("Negotiators from Turkey")


def test_failures_are_one_line_each_and_the_rest_is_listed() -> None:
    code, out, err = run(
        str(DATA / "roundup.md"), str(DATA / "truncated.rss"), str(DATA / "missing.txt"),
        str(DATA / "posts.jsonl"), "--format", "jsonl",
    )
    assert code == 1
    titles = [json.loads(line)["title"] for line in out.splitlines()]
    assert titles[0] == "Budget week: the coalition holds"
    assert len(titles) == 4
    assert err.splitlines() == [
        f"Error: {DATA / 'truncated.rss'}: malformed XML (no element found: line 12, column 48)",
        f"Error: {DATA / 'missing.txt'}: no such file or directory",
        f"Error: {DATA / 'posts.jsonl'} line 3: malformed JSON (Unterminated string starting at "
        "column 53)",
        f"Error: {DATA / 'posts.jsonl'} line 4: item has no text field (looked for text, content, "
        "body, full_text, article, html, description, summary)",
        f"Error: {DATA / 'posts.jsonl'} line 7: not a JSON object",
    ]


def test_standard_input() -> None:
    text = (DATA / "newsletter.atom").read_text(encoding="utf-8")
    code, out, _ = run("-", "--format", "jsonl", input=text)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in rows] == ["<stdin>#1", "<stdin>#2"]


def test_input_format_is_forced_and_checked() -> None:
    code, out, _ = run(str(DATA / "roundup.md"), "--input-format", "text", "--format", "jsonl")
    assert code == 0 and json.loads(out)["format"] == "text"
    code, out, err = run(str(DATA / "roundup.md"), "--input-format", "docx")
    assert code == 2 and out == ""
    assert err == (
        "Error: unknown input format 'docx'; "
        "choose one of: feed, html, jsonl, markdown, text, wxr\n"
    )


def test_help_describes_the_command() -> None:
    result = CliRunner().invoke(cli, ["posts", "--help"])
    assert result.exit_code == 0
    assert "--input-format NAME" in result.stdout and "standard input" in result.stdout


def test_a_real_process_reports_errors_without_a_traceback(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "KG_DEBUG"}
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "posts", str(DATA / "roundup.txt"), str(DATA / "bomb.xml"),
         str(DATA / "picture.png")],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
    )
    assert proc.returncode == 1
    assert "Weekly roundup: the grain corridor talks" in proc.stdout
    assert proc.stderr.splitlines() == [
        f"Error: {DATA / 'bomb.xml'}: XML with entity declarations or external references, which "
        "kg refuses (they are how entity-expansion and external-entity attacks work)",
        f"Error: {DATA / 'picture.png'}: a PNG image, not a file of posts",
    ]
    assert "Traceback" not in proc.stderr


def test_a_real_process_reads_standard_input_and_exits_zero() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "posts", "-", "--format", "jsonl"],
        input=(DATA / "posts.jsonl").read_bytes().split(b"\n")[0] + b"\n",
        capture_output=True, cwd=ROOT, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    (row,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert row["source"] == "<stdin>#1"
