"""reports/kz2024.md is committed; it must be what `verify claims/kz2024.yaml` writes today."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from veracity.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_committed_report_is_fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "out"
    code = main(
        ["claims/kz2024.yaml", "--format", "markdown", "--output-dir", str(out)],
        io.StringIO(),
        io.StringIO(),
    )
    assert code in (0, 1)
    fresh = (out / "kz2024.md").read_text(encoding="utf-8")
    committed = (ROOT / "reports" / "kz2024.md").read_text(encoding="utf-8")
    assert fresh == committed, (
        "reports/kz2024.md is stale: run `verify claims/kz2024.yaml` and commit the result"
    )
