"""The README documents every command, from the commands' own help."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import click

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def _reference_tool() -> ModuleType:
    path = ROOT / "tools" / "cli_reference.py"
    spec = importlib.util.spec_from_file_location("cli_reference", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_command_has_help_text() -> None:
    ctx = click.Context(cli, info_name="kg")
    commands = [cli.get_command(ctx, n) for n in cli.list_commands(ctx)]
    missing = [c.name for c in commands if c is not None and not (c.help or "").strip()]
    assert missing == []


def test_readme_cli_reference_is_up_to_date() -> None:
    tool = _reference_tool()
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert tool.updated(text) == text, "run: python tools/cli_reference.py"


def test_readme_names_every_command() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    ctx = click.Context(cli, info_name="kg")
    for name in cli.list_commands(ctx):
        assert f"### `kg {name}`" in text
