"""The same input gives byte-identical reports: across runs and whatever PYTHONHASHSEED is."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from veracity.reports import FORMATS

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ["claims/kz2024.yaml", "tests/data/claims/full.yaml", "tests/data/claims/minimal.yaml"]
AVAILABLE = sorted(name for name, f in FORMATS.items() if importlib.util.find_spec(f.module))


def reports(out: Path, seed: str) -> dict[str, bytes]:
    formats = [arg for name in AVAILABLE for arg in ("--format", name)]
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-m", "veracity.cli", *CLAIMS, *formats, "--output-dir", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_reports_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    first = reports(tmp_path / "a", "0")
    second = reports(tmp_path / "b", "4242")
    assert len(first) == len(CLAIMS) * len(AVAILABLE)
    assert first == second
