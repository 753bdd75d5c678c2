"""The JSON report keeps the DESIGN contract."""

from __future__ import annotations

import json

from veracity.reports import json as json_report

from .test_markdown import small_report as report


def test_contract_shape() -> None:
    data = json.loads(json_report.render(report()))
    assert set(data) >= {"article", "claims", "summary"}
    first = data["claims"][0]
    assert set(first) >= {"id", "text", "verdict", "findings"}
    assert first["findings"][0]["evidence"][0]["dataset"] == "gfp-2024"
    assert first["findings"][0]["checked"] == ["Kazakhstan"]
    assert data["summary"]["claims"] == 2
    assert data["summary"]["verdicts"]["supported"] == 1


def test_deterministic() -> None:
    assert json_report.render(report()) == json_report.render(report())
