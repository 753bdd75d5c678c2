"""Opening the online layer from the settings: opt-in, cache folder, contact, key."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from veracity.errors import ConfigError, SourceUnavailable
from veracity.online import Online, open_online, wants_online
from veracity.online.client import HttpClient


def test_online_is_opt_in() -> None:
    assert wants_online(None, {}) is False
    assert wants_online(None, {"online": True}) is True
    assert wants_online(True, {"online": False}) is True
    with pytest.raises(ConfigError, match="online"):
        wants_online(None, {"online": "yes"})


def test_defaults_cache_in_the_workspace_and_no_fact_checks_without_a_key(tmp_path: Path) -> None:
    with open_online({}, tmp_path, environ={}) as online:
        assert online.http.cache_dir == tmp_path / ".veracity-cache"
        assert online.factchecks is None


def test_settings_and_environment(tmp_path: Path) -> None:
    settings = {"online-cache": "cache/http", "online-contact": "mailto:desk@example.org"}
    with open_online(settings, tmp_path, environ={"VERACITY_FACTCHECK_KEY": "k"}) as online:
        assert online.http.cache_dir == tmp_path / "cache" / "http"
        assert online.factchecks is not None
    with open_online({"online-cache": False}, tmp_path, environ={}) as online:
        assert online.http.cache_dir is None


@pytest.mark.parametrize(
    "settings", [{"online-cache": 3}, {"online-contact": ["a"]}], ids=["cache", "contact"]
)
def test_bad_settings_are_config_errors(tmp_path: Path, settings: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        open_online(settings, tmp_path, environ={})


def test_a_failed_source_is_closed_for_the_run_with_one_notice() -> None:
    calls: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ConnectError("refused")

    notices: list[str] = []
    online = Online(
        HttpClient(transport=httpx.MockTransport(refuse), sleep=lambda s: None),
        factcheck=False,
        notice=notices.append,
    )
    for _ in range(3):
        with pytest.raises(SourceUnavailable):
            online.ask("Wikidata", online.wikidata.search, "AK-47")
    assert len(calls) == 3  # one request, with its retries; then closed
    assert notices == [
        "online: Wikidata is unavailable (connection failed (ConnectError)); "
        "verdicts rest on the bundled data"
    ]


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (KeyError("labels"), "unexpected answer (KeyError)"),
        (TypeError("not subscriptable"), "unexpected answer (TypeError)"),
        (RecursionError(), "the answer nests too deeply"),
    ],
)
def test_a_reader_that_fails_on_an_answer_is_one_source_unavailable(
    fault: BaseException, reason: str
) -> None:
    online = Online(
        HttpClient(transport=httpx.MockTransport(lambda r: httpx.Response(200))), factcheck=False
    )

    def read() -> None:
        raise fault

    with pytest.raises(SourceUnavailable, match=re.escape(reason)):
        online.ask("Wikidata", read)
    assert online.unavailable == {"Wikidata": reason}
