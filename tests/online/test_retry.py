"""Retries: 429 and 5xx are tried again with backoff, Retry-After is honoured, all time-boxed."""

from __future__ import annotations

import email.utils

import httpx
import pytest

from veracity.online.retry import RetryPolicy, RetryTransport, retry_after


def _transport(
    answers: list[httpx.Response | Exception], **policy: float
) -> tuple[RetryTransport, list[float], list[int]]:
    waits: list[float] = []
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    now = [0.0]

    def sleep(seconds: float) -> None:  # a clock that moves only when we wait
        waits.append(seconds)
        now[0] += seconds

    retry = RetryTransport(
        httpx.MockTransport(handler), RetryPolicy(**policy), sleep, clock=lambda: now[0]
    )
    return retry, waits, calls


def _get(transport: httpx.BaseTransport) -> httpx.Response:
    with httpx.Client(transport=transport) as client:
        return client.get("https://www.wikidata.org/w/api.php")


def test_a_503_then_success_is_retried_with_backoff() -> None:
    retry, waits, _ = _transport([httpx.Response(503), httpx.Response(503), httpx.Response(200)])
    assert _get(retry).status_code == 200
    assert waits == [0.5, 1.0]


def test_retry_after_seconds_is_honoured() -> None:
    retry, waits, _ = _transport(
        [httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200)]
    )
    assert _get(retry).status_code == 200
    assert waits == [3.0]


def test_a_retry_after_beyond_the_bound_ends_the_retries() -> None:
    retry, waits, calls = _transport(
        [httpx.Response(429, headers={"Retry-After": "3600"}), httpx.Response(200)]
    )
    assert _get(retry).status_code == 429
    assert waits == []
    assert len(calls) == 1


def test_retry_after_as_an_http_date() -> None:
    response = httpx.Response(
        429, headers={"Retry-After": email.utils.formatdate(1000 + 7, usegmt=True)}
    )
    assert retry_after(response, now=1000) == pytest.approx(7)
    assert retry_after(httpx.Response(429, headers={"Retry-After": "soon"})) is None
    assert retry_after(httpx.Response(429)) is None


def test_the_last_answer_is_returned_after_the_last_try() -> None:
    retry, waits, calls = _transport([httpx.Response(502)] * 3)
    assert _get(retry).status_code == 502
    assert len(calls) == 3
    assert len(waits) == 2


def test_dropped_connections_are_retried_then_raised() -> None:
    retry, _, calls = _transport([httpx.ConnectError("refused")] * 3)
    with pytest.raises(httpx.ConnectError):
        _get(retry)
    assert len(calls) == 3


def test_the_time_budget_bounds_the_waits() -> None:
    retry, waits, calls = _transport([httpx.Response(500)] * 5, attempts=5, budget=1.2)
    assert _get(retry).status_code == 500
    assert sum(waits) < 1.2
    assert len(calls) == 2


def test_client_errors_are_not_retried() -> None:
    retry, waits, calls = _transport([httpx.Response(404)])
    assert _get(retry).status_code == 404
    assert waits == []
    assert len(calls) == 1
