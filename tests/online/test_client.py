"""The one HTTP client: identified, allowlisted, cached, and every failure one exception."""

from __future__ import annotations

import re
import socket
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from veracity import __version__
from veracity.errors import SourceUnavailable
from veracity.online.client import MAX_RESPONSE_BYTES, HttpClient, retrieved_date, user_agent

URL = "https://www.wikidata.org/w/api.php"


def _client(handler: Callable[[httpx.Request], httpx.Response], **kwargs: object) -> HttpClient:
    return HttpClient(transport=httpx.MockTransport(handler), sleep=lambda s: None, **kwargs)  # type: ignore[arg-type]


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"ok": True}, headers={"Date": "Mon, 03 Nov 2025 09:00:00 GMT"})


def test_user_agent_names_tool_version_contact_and_library() -> None:
    agent = user_agent("mailto:desk@example.org")
    assert agent.startswith(f"veracity/{__version__} (")
    assert "mailto:desk@example.org" in agent
    assert re.search(r"\) httpx/\d", agent)
    assert "no contact configured" in user_agent()


def test_every_request_carries_the_user_agent() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _ok(request)

    data, headers = _client(handler, contact="https://example.org/desk").get_json(
        "Wikidata", URL, {"action": "wbsearchentities"}
    )
    assert data == {"ok": True}
    assert retrieved_date(headers) == "2025-11-03"
    assert seen[0].headers["user-agent"] == user_agent("https://example.org/desk")


@pytest.mark.parametrize(
    "url", ["https://example.org/api", "http://www.wikidata.org/w/api.php", "https://evil.test"]
)
def test_hosts_outside_the_allowlist_never_leave_the_machine(url: str) -> None:
    calls: list[httpx.Request] = []
    client = _client(lambda r: calls.append(r) or _ok(r))  # type: ignore[func-returns-value]
    with pytest.raises(SourceUnavailable, match="not an allowed online source"):
        client.get_json("Somewhere", url, {})
    assert calls == []


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (httpx.ReadTimeout("slow"), "timeout"),
        (httpx.ConnectError("[Errno 111] Connection refused"), "connection failed"),
        (httpx.Response(503), "HTTP 503"),
        (httpx.Response(429, headers={"Retry-After": "1"}), "HTTP 429"),
        (httpx.Response(200, content=b"{not json"), "not valid JSON"),
        (OSError("disk"), "request failed"),
    ],
)
def test_every_failure_is_one_source_unavailable(
    answer: httpx.Response | Exception, reason: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(answer, Exception):
            raise answer
        return answer

    with pytest.raises(SourceUnavailable, match=reason) as caught:
        _client(handler).get_json("Wikidata", URL, {})
    assert caught.value.source == "Wikidata"


def test_the_cache_answers_repeated_requests_from_disk(tmp_path: Path) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return _ok(request)

    for _ in range(2):
        client = _client(handler, cache_dir=tmp_path / "cache")
        assert client.get_json("Wikidata", URL, {"search": "AK-47"})[0] == {"ok": True}
        client.close()
    assert len(calls) == 1
    assert (tmp_path / "cache" / ".gitignore").read_text().strip().endswith("*")


def test_failed_answers_are_not_cached(tmp_path: Path) -> None:
    answers = [httpx.Response(500)] * 3 + [httpx.Response(200, json={"ok": 1})]

    def handler(request: httpx.Request) -> httpx.Response:
        return answers.pop(0)

    client = _client(handler, cache_dir=tmp_path)
    with pytest.raises(SourceUnavailable):
        client.get_json("Wikidata", URL, {})
    assert client.get_json("Wikidata", URL, {})[0] == {"ok": 1}


def test_api_keys_travel_below_the_cache_and_are_never_stored(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _ok(request)

    secret = "SECRET-KEY-123"
    host = "factchecktools.googleapis.com"
    client = _client(handler, cache_dir=tmp_path, secrets={host: {"X-Goog-Api-Key": secret}})
    client.get_json("Google", f"https://{host}/v1alpha1/claims:search", {"query": "x"})
    client.get_json("Wikidata", URL, {})
    client.close()
    assert seen[0].headers["x-goog-api-key"] == secret
    assert secret not in str(seen[0].url)
    assert "x-goog-api-key" not in seen[1].headers
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path


def test_the_test_run_blocks_the_network() -> None:
    # pytest runs with --block-network: even a loopback connection is refused before it starts.
    with socket.socket() as sock, pytest.raises(RuntimeError, match="Network is disabled"):
        sock.connect(("127.0.0.1", 9))


def _stream(chunks: list[bytes]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=iter(chunks))  # no Content-Length: read to learn

    return handler


@pytest.mark.parametrize(
    ("handler", "reason"),
    [
        pytest.param(
            lambda r: httpx.Response(200, content=b"[" * 100_000 + b"]" * 100_000),
            "nests deeper than 64 levels",
            id="nesting-beyond-the-parser",  # RecursionError in json.loads
        ),
        pytest.param(
            lambda r: httpx.Response(200, content=b"[" * 65 + b"]" * 65),
            "nests deeper than 64 levels",
            id="nesting-beyond-the-limit",
        ),
        pytest.param(
            lambda r: httpx.Response(
                200, content=b"{}", headers={"Content-Length": str(MAX_RESPONSE_BYTES + 1)}
            ),
            "above 8,388,608 bytes",
            id="declared-too-large",
        ),
        pytest.param(
            _stream([b'{"a": "', b"x" * MAX_RESPONSE_BYTES, b'"}']),
            "above 8,388,608 bytes",
            id="streamed-too-large",
        ),
    ],
)
def test_answers_too_large_or_too_deep_are_one_source_unavailable(
    handler: Callable[[httpx.Request], httpx.Response], reason: str
) -> None:
    with pytest.raises(SourceUnavailable, match=reason) as caught:
        _client(handler).get_json("Wikidata", URL, {})
    assert caught.value.source == "Wikidata"


def test_an_answer_at_the_limits_is_read() -> None:
    nested = b"[" * 64 + b"]" * 64
    data, _ = _client(lambda r: httpx.Response(200, content=nested)).get_json("W", URL, {})
    depth = 0
    while isinstance(data, list) and data:
        data, depth = data[0], depth + 1
    assert depth == 63
