"""Run mypy on kg as it installs: loaders/, queries/, schema/ as kg.loaders, kg.queries, kg.schema.

mypy cannot follow setup.cfg's package_dir mapping, so this mirrors the installed layout
with symbolic links under build/typecheck/ and checks that tree.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAPPED = {"loaders": "loaders", "queries": "queries", "schema": "schema"}


def stage() -> Path:
    """Build the mirror tree and return its kg/ folder."""
    base = ROOT / "build" / "typecheck"
    shutil.rmtree(base, ignore_errors=True)
    pkg = base / "kg"
    pkg.mkdir(parents=True)
    for entry in (ROOT / "kg").iterdir():
        if entry.name not in {"__pycache__"}:
            (pkg / entry.name).symlink_to(entry)
    for name, folder in MAPPED.items():
        (pkg / name).symlink_to(ROOT / folder)
    return pkg


def main() -> int:
    """Stage the tree and run mypy on it with the project's settings."""
    pkg = stage()
    cmd = [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "setup.cfg"), str(pkg)]
    return subprocess.call(cmd, cwd=pkg.parent)


if __name__ == "__main__":
    sys.exit(main())
