"""`verify --online` end to end: Wikidata decides what the bundled data cannot; faults don't."""

from __future__ import annotations

import io
import json
from pathlib import Path

import httpx
import pytest

from veracity.cli import main

CLAIMS = """\
article:
  id: online-demo
  title: "Claims about systems the bundled data lacks"
claims:
  - id: ak-maker
    text: "The AK-47 is made by Kalashnikov Concern."
  - id: eagle-origin
    text: "The Desert Eagle is made in Germany."
  - id: zorbax
    text: "The Zorbax-9 is made by Zorbax Arms."
  - id: masks
    text: "Video proves that face masks kill."
"""


def _verify(tmp_path: Path, *args: str, config: str = "") -> tuple[int, dict[str, str], str]:
    (tmp_path / "pyproject.toml").write_text(f"[tool.veracity]\n{config}", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [
            "claims.yaml",
            "-f",
            "json",
            "-f",
            "markdown",
            "-o",
            "reports",
            "--fail-on",
            "none",
            *args,
        ],
        out,
        err,
    )
    report = json.loads((tmp_path / "reports" / "online-demo.json").read_text(encoding="utf-8"))
    return code, {c["id"]: c for c in report["claims"]}, err.getvalue()


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("VERACITY_FACTCHECK_KEY", "test-key")
    return tmp_path


@pytest.mark.vcr
def test_verify_online_decides_from_wikidata(workspace: Path) -> None:
    code, claims, err = _verify(workspace, "--online")
    assert code == 0
    assert err == ""
    verdicts = {k: c["verdict"] for k, c in claims.items()}
    assert verdicts == {
        "ak-maker": "supported",
        "eagle-origin": "refuted",
        "zorbax": "not-enough-evidence",
        "masks": "not-enough-evidence",
    }
    (finding,) = [f for f in claims["ak-maker"]["findings"] if f["verifier"] == "online.wikidata"]
    assert finding["evidence"][0]["url"] == "https://www.wikidata.org/wiki/Q37116"
    assert finding["evidence"][0]["retrieved"] == "2025-11-03"
    (note,) = claims["masks"]["findings"]
    assert note["verifier"] == "online.fact-checks"
    assert note["verdict"] == "note"
    assert "leadstories.com" in note["explanation"]
    assert (workspace / ".veracity-cache" / "http-cache.sqlite").is_file()
    report = json.loads((workspace / "reports" / "online-demo.json").read_text(encoding="utf-8"))
    cited = {d["id"]: d for d in report["datasets"]}
    assert cited["wikidata"]["licence"].startswith("CC0")
    assert cited["wikidata"]["retrieved"] == "2025-11-03"
    assert "google-fact-check-tools" in cited
    markdown = (workspace / "reports" / "online-demo.md").read_text(encoding="utf-8")
    assert "- 📝 note by `online.fact-checks`: Related reading, not a verdict" in markdown
    assert "| — |\n" in markdown  # the note decided nothing: no verifier in "Decided by"


def test_offline_by_default(workspace: Path) -> None:
    _, claims, err = _verify(workspace)
    assert {c["verdict"] for c in claims.values()} == {"not-enough-evidence"}
    assert all(c["findings"] == [] for c in claims.values())
    assert err == ""
    assert not (workspace / ".veracity-cache").exists()


def test_blocked_network_one_message_then_offline_verdicts(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[httpx.Request] = []

    def refuse(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", refuse)
    _, offline, _ = _verify(workspace)
    code, claims, err = _verify(workspace, config="online = true\nonline-cache = false\n")
    assert code == 0
    assert err.count("\n") == 1
    assert err.startswith("verify: online: ")
    assert "unavailable (connection failed (ConnectError))" in err
    assert "verdicts rest on the bundled data" in err
    for claim_id, claim in claims.items():
        assert claim["verdict"] == offline[claim_id]["verdict"]
        assert claim["explanation"] == offline[claim_id]["explanation"]
        assert all(f["verdict"] == "note" for f in claim["findings"])
    # each source is tried once (with its retries), then closed for the run
    hosts = {r.url.host for r in calls}
    assert hosts == {"www.wikidata.org", "factchecktools.googleapis.com"}
    assert len(calls) <= 6
