"""Published fact-checks of similar claims: related reading in the report, never a verdict."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from veracity.claims.models import Claim
from veracity.engine.aggregate import aggregate
from veracity.findings import NOTE
from veracity.online import HttpClient, Online
from veracity.online.factcheck import HOST, KEY_HEADER
from veracity.online.related import related_reading

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"
CLAIM = Claim(id="masks", text="Video proves that face masks kill.")


def _online(transport: httpx.BaseTransport | None = None) -> Online:
    http = HttpClient(
        transport=transport, secrets={HOST: {KEY_HEADER: "test-key"}}, sleep=lambda s: None
    )
    return Online(http, factcheck=True)


@pytest.mark.vcr
def test_published_checks_are_related_reading() -> None:
    with _online() as online:
        (note,) = related_reading(CLAIM, online)
    assert note.is_note
    assert note.verifier == "online.fact-checks"
    assert note.explanation == (
        "Related reading, not a verdict: 1 published fact-check of similar claims "
        "(leadstories.com rated “Bad Info”)."
    )
    (evidence,) = note.evidence
    assert evidence.url.startswith("https://leadstories.com/hoax-alert/2020/08/")
    assert "Fact Check: Video Does NOT Prove Face Masks Kill" in evidence.detail
    assert "reviewed 2020-08-07" in evidence.detail
    # the note never decides: the claim's verdict and explanation are as without it
    assert aggregate(CLAIM.text, [note]) == aggregate(CLAIM.text, [])


def test_no_key_no_look_up() -> None:
    online = Online(HttpClient(transport=httpx.MockTransport(lambda r: 1 / 0)), factcheck=False)  # type: ignore[arg-type,return-value]
    assert related_reading(CLAIM, online) == []


def test_nothing_found_adds_nothing() -> None:
    online = _online(httpx.MockTransport(lambda r: httpx.Response(200, json={})))
    assert related_reading(CLAIM, online) == []


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(403, json={"error": {"code": 403, "status": "PERMISSION_DENIED"}}),
        httpx.Response(200, content=b"[]"),
        httpx.Response(200, json={"claims": {"text": "x"}}),
        httpx.Response(200, json={"claims": [{"claimReview": "x"}]}),
    ],
)
def test_an_unavailable_source_is_named_and_decides_nothing(answer: httpx.Response) -> None:
    notices: list[str] = []
    online = _online(httpx.MockTransport(lambda r: answer))
    online._notice = notices.append
    (note,) = related_reading(CLAIM, online)
    assert note.is_note
    assert note.verdict == NOTE
    assert note.explanation.startswith("Google Fact Check Tools was unavailable")
    assert len(notices) == 1


def test_the_key_goes_in_a_header_never_in_the_url() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    related_reading(CLAIM, _online(httpx.MockTransport(handler)))
    assert seen[0].headers[KEY_HEADER] == "test-key"
    assert "test-key" not in str(seen[0].url)


def test_no_cassette_holds_a_key() -> None:
    for path in CASSETTES.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8").lower()
        assert "x-goog-api-key" not in text, path
        assert "key=" not in text, path
