"""Write the README's CLI reference from the commands' own help, or check it is up to date.

    python tools/cli_reference.py          # rewrite the block in README.md
    python tools/cli_reference.py --check  # exit 1 when README.md is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import cli

README = Path(__file__).resolve().parent.parent / "README.md"
START = "<!-- cli-reference:start (tools/cli_reference.py writes this block) -->"
END = "<!-- cli-reference:end -->"


def reference() -> str:
    """The CLI reference as Markdown: each command's usage line, help and options."""
    parts = []
    ctx = click.Context(cli, info_name="kg", **cli.context_settings)
    for name in cli.list_commands(ctx):
        command = cli.get_command(ctx, name)
        assert command is not None
        sub = click.Context(command, info_name=name, parent=ctx, **cli.context_settings)
        usage = " ".join(command.collect_usage_pieces(sub))
        parts.append(f"### `kg {name}`\n\n```\nkg {name} {usage}\n```\n")
        parts.append((command.help or "").strip() + "\n")
        rows = [p.get_help_record(sub) for p in command.get_params(sub)]
        options = [r for r in rows if r is not None and r[1].strip()]
        if options:
            parts.append("| option | meaning |\n|---|---|")
            for opt, text in options:
                text = " ".join(text.split()).replace("|", "\\|")
                opt = opt.replace("|", "\\|")
                parts.append(f"| `{opt}` | {text} |")
            parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def updated(readme: str) -> str:
    """``readme`` with the block between the markers replaced by :func:`reference`."""
    head, _, rest = readme.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n\n{reference()}\n{END}{tail}"


def main() -> int:
    """Rewrite or check the README block."""
    text = README.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print(f"README.md has no {START} … {END} block", file=sys.stderr)
        return 1
    new = updated(text)
    if "--check" in sys.argv:
        if new != text:
            print("README.md's CLI reference is out of date: run python tools/cli_reference.py",
                  file=sys.stderr)
            return 1
        return 0
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
