"""`verify init [DIR]`: lay out a new workspace, refusing to overwrite anything.

The layout is the project's vocabulary: `claims/` (claim sets), `verifiers/` (the workspace's
own verifier modules), `sources/` (its own datasets, datapackage.json + CSV), `reports/`
(what `verify` writes), a pyproject.toml with a `[tool.veracity]` table, and a GitHub Actions
workflow that installs requirements-verify.txt and checks every claim set on each push and pull
request.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from veracity.__about__ import __version__
from veracity.errors import ConfigError

__all__ = ["FILES", "FOLDERS", "init_command", "init_workspace"]

FOLDERS = ("claims", "verifiers", "sources", "reports")

PYPROJECT = """\
# The workspace's settings; docs/plugins.md in veracity's repository explains each key.
[tool.veracity]
fail-on = "refuted"          # or "refuted,misleading", or "none"
verifiers-dir = "verifiers"  # the workspace's own verifier modules
sources-dir = "sources"      # the workspace's own datasets (datapackage.json + CSV)
output-dir = "reports"
formats = ["markdown", "json"]
timeout = 10                 # seconds one verifier may spend on one claim

# A verifier's own settings, checked by the schema it declares:
# [tool.veracity.verifiers."example.capital-city"]
# wrong-capital = "misleading"
"""

WORKFLOW = """\
# Fact-check every claim set in claims/ on each push and pull request; the job fails when a
# claim violates the fail-on policy of pyproject.toml, or a verifier fails (--fail-on-error).
name: verify

on:
  push:
    branches: [main]
  pull_request:

permissions:
  contents: read

jobs:
  verify:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-python@v6
        with:
          python-version: "3.12"
      - name: Install veracity
        run: python -m pip install -r requirements-verify.txt
      - name: Verify the claims
        run: verify claims/ --fail-on-error --output-dir verify-out
      - name: Keep the reports
        if: ${{ !cancelled() }}
        uses: actions/upload-artifact@v4
        with:
          name: verify-reports
          path: verify-out/
"""

REQUIREMENTS = f"""\
# What the CI workflow installs: veracity as your desk gets it (this version from your package
# index, a wheel, or a git URL), and what your own verifiers need.
veracity=={__version__}
"""

FILES = {
    "pyproject.toml": PYPROJECT,
    "requirements-verify.txt": REQUIREMENTS,
    ".github/workflows/verify.yml": WORKFLOW,
}
KEEP = ".gitkeep"


def init_workspace(root: Path) -> list[Path]:
    """Create the workspace under `root`; the files written. Nothing is written if any of
    them exists already."""
    targets = [root / name for name in FILES] + [root / f / KEEP for f in FOLDERS]
    existing = [p for p in targets if p.exists() or p.is_symlink()]
    if existing:
        names = ", ".join(str(p) for p in existing)
        raise ConfigError(f"verify init: {names} exists already; nothing was written")
    written = []
    for folder in FOLDERS:
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / KEEP).write_text("", encoding="utf-8")
        written.append(root / folder / KEEP)
    for name, text in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:  # never replaces a file
            handle.write(text)
        written.append(path)
    return written


def init_command(argv: list[str], out: TextIO) -> int:
    parser = argparse.ArgumentParser(
        prog="verify init",
        description="Lay out a new workspace: claims/, verifiers/, sources/, reports/, a "
        "pyproject.toml with [tool.veracity] and a CI workflow. Existing files are never "
        "overwritten.",
    )
    parser.add_argument("dir", nargs="?", type=Path, default=Path("."), metavar="DIR")
    args = parser.parse_args(argv)
    for path in init_workspace(args.dir):
        out.write(f"wrote {path}\n")
    return 0
