"""Online tests: recorded answers only (tests/cassettes/<module>/<test>.yaml), never the network.

pytest runs with `--block-network --record-mode=none` (pyproject.toml), so a request that no
cassette answers fails the test instead of leaving the machine.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import yaml

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": ["x-goog-api-key", "authorization", "cookie"],
        "filter_query_parameters": ["key"],
        "allow_playback_repeats": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / request.module.__name__.split(".")[-1])


def _key(url: httpx.URL | str) -> tuple[str, tuple[tuple[str, str], ...]]:
    url = httpx.URL(str(url))
    return f"{url.host}{url.path}", tuple(sorted(parse_qsl(url.query.decode())))


class Recorded:
    """A cassette's answers as an httpx.MockTransport handler, counting the requests."""

    def __init__(self, cassette: Path) -> None:
        data = yaml.safe_load(cassette.read_text(encoding="utf-8"))
        self.answers = {_key(i["request"]["uri"]): i["response"] for i in data["interactions"]}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers[_key(request.url)]
        return httpx.Response(
            answer["status"]["code"],
            headers=[(k, v) for k, values in answer["headers"].items() for v in values],
            content=answer["body"]["string"].encode("utf-8"),
        )


@pytest.fixture
def recorded(request: pytest.FixtureRequest) -> Callable[[str], Recorded]:
    """Recorded(<test name>) for the cassette of a test in this module."""
    module = request.module.__name__.split(".")[-1]
    return lambda name: Recorded(CASSETTES / module / f"{name}.yaml")
