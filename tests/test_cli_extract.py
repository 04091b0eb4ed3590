"""`kg extract`: triples printed, nothing stored, errors in one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli

DATA = Path(__file__).parent / "data" / "extract"


def test_jsonl_has_one_triple_per_line_with_canonical_names() -> None:
    result = CliRunner().invoke(cli, ["extract", str(DATA / "roundup.md")])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    facts = {(r["subject"], r["category"], r["object"]) for r in rows}
    assert ("Angela Merkel", "CONSULT", "Recep Tayyip Erdoğan") in facts
    assert ("Angela Merkel", "REQUEST", "Turkey") in facts
    assert ("Greek coast guard", "ACCUSE", "Turkish coast guard") in facts
    assert all(r["date"] == "2020-03-05" for r in rows)


def test_nothing_from_boilerplate_or_the_blogger() -> None:
    result = CliRunner().invoke(cli, ["extract", str(DATA / "roundup.md")])
    sentences = " ".join(json.loads(line)["sentence"] for line in result.stdout.splitlines())
    assert "share widely" not in sentences
    assert "I suspect" not in sentences


def test_table_and_csv_formats() -> None:
    table = CliRunner().invoke(cli, ["extract", "--format", "table", str(DATA / "roundup.md")])
    assert table.exit_code == 0
    assert table.stdout.splitlines()[0].split()[:4] == ["subject", "action", "category", "object"]
    csv_out = CliRunner().invoke(cli, ["extract", "--format", "csv", str(DATA / "roundup.md")])
    assert csv_out.stdout.splitlines()[0].startswith("subject,action,category,object")


def test_unknown_model_is_one_error_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["extract", "--model", "en_core_web_nonexistent", str(DATA / "roundup.md")]
    )
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("Error: spaCy pipeline 'en_core_web_nonexistent'")


def test_a_bad_file_is_reported_and_the_others_go_through(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"title": "half a record", ', encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(bad), str(DATA / "roundup.md")])
    assert result.exit_code == 1
    assert "broken.json" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) >= 3


def test_python_dash_m_kg_extract_runs_as_a_program() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "extract", "-q", str(DATA / "roundup.md")],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("\n") >= 3
    assert proc.stderr == ""
