"""online.wikidata: decides from recorded Wikidata answers; a fault at any step changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from veracity.findings import Verdict
from veracity.online import HttpClient, Online
from veracity.online.bundled import NameIndex
from veracity.testing import load_cases, verify_text
from veracity.verifiers.online_wikidata import WikidataOriginMaker

CASES = load_cases(Path(__file__).parents[1] / "verifiers" / "cases" / "online.wikidata.yaml")
NAME = "online.wikidata"


@pytest.mark.vcr
def test_maker_and_origin() -> None:
    with Online(HttpClient(), factcheck=False) as online:
        made = verify_text("The AK-47 is made by Kalashnikov Concern.", NAME, online=online)
        wrong = verify_text("The Desert Eagle is made in Germany.", NAME, online=online)
    assert made.verdict == Verdict.SUPPORTED
    evidence = made.findings[0].evidence[0]
    assert (evidence.dataset, evidence.key) == ("wikidata", "Q37116")
    assert evidence.url == "https://www.wikidata.org/wiki/Q37116"
    assert evidence.retrieved == "2025-11-03"
    assert "Kalashnikov Concern (Q7427495)" in evidence.detail
    assert wrong.verdict == Verdict.REFUTED
    assert "United States of America (Q30), Israel (Q801)" in wrong.explanation


def test_offline_it_says_nothing() -> None:
    result = verify_text("The AK-47 is made by Kalashnikov Concern.", NAME)
    assert result.findings == ()


def test_bundled_data_wins_when_it_knows_the_system(
    recorded: Callable[[str], Any],
) -> None:
    answers = recorded("test_maker_and_origin")
    verifier = WikidataOriginMaker(known=lambda context: NameIndex({"AK-47", "Kalashnikov"}))
    online = Online(HttpClient(transport=httpx.MockTransport(answers)), factcheck=False)
    result = verify_text("The AK-47 is made by Volkswagen.", verifier, online=online)
    assert result.findings == ()
    assert answers.requests == []


FAULTS: dict[str, Callable[[httpx.Request], httpx.Response]] = {}


def _raise(error: Exception) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    return handler


FAULTS = {
    "timeout": _raise(httpx.ReadTimeout("no answer")),
    "connection refused": _raise(httpx.ConnectError("[Errno 111] Connection refused")),
    "5xx": lambda r: httpx.Response(503, text="Service Unavailable"),
    "429": lambda r: httpx.Response(429, headers={"Retry-After": "1"}),
    "malformed JSON": lambda r: httpx.Response(200, content=b'{"search": [{"id": "Q'),
    "unexpected JSON": lambda r: httpx.Response(200, json={"batchcomplete": "", "query": {}}),
    "unexpected shape": lambda r: httpx.Response(
        200, json={"search": [{"id": 7}], "entities": {"Q37116": {"claims": {"P176": 1}}}}
    ),
}


class _FaultAt:
    """Answers from the recording until request number `step`; from then on, the fault."""

    def __init__(self, answers: Any, step: int, fault: Callable[..., httpx.Response]):
        self.answers, self.step, self.fault, self.count = answers, step, fault, 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        if self.count > self.step:
            return self.fault(request)
        return self.answers(request)


def test_every_fault_leaves_verdicts_unchanged(recorded: Callable[[str], Any]) -> None:
    notices: list[str] = []
    checked = 0
    verifier = WikidataOriginMaker()
    for case in CASES:
        offline = verify_text(case.text, verifier)
        answers = recorded("test_every_fault_leaves_verdicts_unchanged")
        verify_text(
            case.text,
            NAME,
            online=Online(HttpClient(transport=httpx.MockTransport(answers)), factcheck=False),
        )
        steps = len(answers.requests)
        for step in range(steps):
            for kind, fault in FAULTS.items():
                transport = httpx.MockTransport(_FaultAt(answers, step, fault))
                online = Online(
                    HttpClient(transport=transport, sleep=lambda s: None),
                    factcheck=False,
                    notice=notices.append,
                )
                result = verify_text(case.text, verifier, online=online)
                where = f"{case.name}: {kind} at request {step + 1} of {steps}"
                assert result.verdict == offline.verdict, where
                assert result.explanation == offline.explanation, where
                assert all(f.is_note for f in result.findings), where
                assert any("Wikidata was unavailable" in f.explanation for f in result.findings)
                checked += 1
    assert checked > 500
    assert len(notices) == checked  # one notice per run (each verify_text is one run)
