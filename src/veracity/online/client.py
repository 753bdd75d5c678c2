"""The one HTTP client for every online source: identified, bounded, allowlisted, cached.

The transport stack, outermost first:

    Allowlist   only https to the hosts of ALLOWED_HOSTS; anything else never leaves the machine
    Cache       hishel's on-disk cache (when a folder is given): repeated runs do not refetch
    Credentials API keys added per host *below* the cache, so they are never stored or logged
    Retry       backoff on 429/5xx and dropped connections, honouring Retry-After, time-boxed
    network     httpx.HTTPTransport (tests pass an httpx.MockTransport here)

Every request carries a User-Agent that names the tool, its version and how to reach its
operator, as Wikimedia's User-Agent policy asks (https://meta.wikimedia.org/wiki/User-Agent_policy).
`get_json` turns every failure (timeout, refusal, HTTP error, unreadable JSON, an answer
above 8 MiB or nested deeper than 64 levels) into one `SourceUnavailable`, so callers handle a
single exception.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import time
from collections.abc import Callable, Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx

from veracity.__about__ import __version__
from veracity.errors import SourceUnavailable
from veracity.online.retry import RetryPolicy, RetryTransport

__all__ = [
    "ALLOWED_HOSTS",
    "DEFAULT_TIMEOUT",
    "MAX_JSON_DEPTH",
    "MAX_RESPONSE_BYTES",
    "HttpClient",
    "retrieved_date",
    "user_agent",
]

ALLOWED_HOSTS = frozenset(
    {"www.wikidata.org", "query.wikidata.org", "factchecktools.googleapis.com"}
)
DEFAULT_TIMEOUT = httpx.Timeout(4.0, connect=2.0)
MAX_RESPONSE_BYTES = 8 * 1024 * 1024
"""Answers above this size are not read (Wikidata's entity data for one item is ~1 MB)."""
MAX_JSON_DEPTH = 64
"""Answers nested deeper are refused (Wikidata's claims nest about eight levels)."""
DEFAULT_RETRY = RetryPolicy(budget=8.0)
"""Tries, waits and timeouts together stay under the runner's 10 s per verifier and claim."""


def _project_url() -> str | None:
    """The Homepage of the installed distribution's metadata, when it declares one."""
    try:
        urls = metadata.metadata("veracity").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return None
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "source", "repository"):
            return str(url).strip()
    return None


def user_agent(contact: str | None = None) -> str:
    """`veracity/<version> (<project URL>; <contact>) httpx/<version>`, per Wikimedia's policy.

    `contact` is the operator's e-mail address or URL (`online-contact` in `[tool.veracity]`).
    """
    about = [part for part in (_project_url(), contact) if part]
    detail = "; ".join(about) if about else "news fact-checking toolkit; no contact configured"
    return f"veracity/{__version__} ({detail}) httpx/{httpx.__version__}"


def retrieved_date(headers: httpx.Headers) -> str:
    """The day the answer was made (its Date header; cached answers keep theirs)."""
    try:
        return email.utils.parsedate_to_datetime(headers["date"]).date().isoformat()
    except (KeyError, TypeError, ValueError):
        return dt.datetime.now(dt.UTC).date().isoformat()


class _Allowlist(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, hosts: frozenset[str]) -> None:
        self.inner = inner
        self.hosts = hosts

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme != "https" or request.url.host not in self.hosts:
            raise httpx.UnsupportedProtocol(
                f"{request.url.scheme}://{request.url.host} is not an allowed online source",
                request=request,
            )
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class _Credentials(httpx.BaseTransport):
    def __init__(
        self, inner: httpx.BaseTransport, secrets: Mapping[str, Mapping[str, str]]
    ) -> None:
        self.inner = inner
        self.secrets = secrets

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        secrets = self.secrets.get(request.url.host)
        if not secrets:
            return self.inner.handle_request(request)
        # A copy: the cache above keeps the original request, which must never hold the key.
        headers = httpx.Headers(request.headers)
        headers.update(secrets)
        sent = httpx.Request(
            request.method,
            request.url,
            headers=headers,
            stream=request.stream,
            extensions=request.extensions,
        )
        return self.inner.handle_request(sent)

    def close(self) -> None:
        self.inner.close()


def _cached(inner: httpx.BaseTransport, folder: Path, ttl: float) -> httpx.BaseTransport:
    """hishel's cache transport over an SQLite file in `folder` (created if missing)."""
    from hishel import SqliteStorage
    from hishel.httpx import CacheTransport

    folder.mkdir(parents=True, exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# veracity's HTTP cache; safe to delete\n*\n", encoding="utf-8")
    storage = SqliteStorage(database_path=folder / "http-cache.sqlite", default_ttl=ttl)
    return CacheTransport(next_transport=inner, storage=storage)


def _bounded_body(source: str, response: httpx.Response) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_RESPONSE_BYTES:
        raise SourceUnavailable(source, f"the answer is above {MAX_RESPONSE_BYTES:,} bytes")
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > MAX_RESPONSE_BYTES:
            raise SourceUnavailable(source, f"the answer is above {MAX_RESPONSE_BYTES:,} bytes")
    return bytes(body)


def _decoded(source: str, body: bytes) -> Any:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise SourceUnavailable(source, "the answer was not valid JSON") from None
    except RecursionError:
        data = None
        deep = True
    else:
        deep = _too_deep(data)
    if deep:
        raise SourceUnavailable(source, f"the answer nests deeper than {MAX_JSON_DEPTH} levels")
    return data


def _too_deep(data: Any) -> bool:
    """Whether lists and objects in `data` nest deeper than MAX_JSON_DEPTH (walked without
    recursion, so the check itself cannot overflow the stack)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            if depth > MAX_JSON_DEPTH:
                return True
            stack.extend((item, depth + 1) for item in value if isinstance(item, dict | list))
    return False


class HttpClient:
    """GETs JSON from the allowed hosts; every failure becomes `SourceUnavailable`."""

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        cache_dir: Path | None = None,
        cache_ttl: float = 7 * 24 * 3600,
        secrets: Mapping[str, Mapping[str, str]] | None = None,
        contact: str | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy = DEFAULT_RETRY,
        sleep: Callable[[float], None] = time.sleep,
        hosts: frozenset[str] = ALLOWED_HOSTS,
    ) -> None:
        network = transport if transport is not None else httpx.HTTPTransport()
        stack: httpx.BaseTransport = RetryTransport(network, retry, sleep)
        stack = _Credentials(stack, secrets or {})
        if cache_dir is not None:
            stack = _cached(stack, cache_dir, cache_ttl)
        self.cache_dir = cache_dir
        self._client = httpx.Client(
            transport=_Allowlist(stack, hosts),
            timeout=timeout,
            headers={"User-Agent": user_agent(contact), "Accept": "application/json"},
            follow_redirects=False,
        )

    def get_json(
        self, source: str, url: str, params: Mapping[str, str | int]
    ) -> tuple[Any, httpx.Headers]:
        """The decoded JSON body and the response headers of one GET.

        An answer above MAX_RESPONSE_BYTES is not read further, and one nested deeper than
        MAX_JSON_DEPTH is refused: both are a SourceUnavailable, as every other failure."""
        try:
            with self._client.stream("GET", url, params=dict(params)) as response:
                if response.status_code != 200:
                    reason = response.reason_phrase or "error"
                    raise SourceUnavailable(source, f"HTTP {response.status_code} {reason}")
                body = _bounded_body(source, response)
        except SourceUnavailable:
            raise
        except httpx.TimeoutException:
            raise SourceUnavailable(source, "no answer in time (timeout)") from None
        except httpx.UnsupportedProtocol as exc:
            raise SourceUnavailable(source, str(exc)) from None
        except httpx.HTTPError as exc:
            raise SourceUnavailable(source, f"connection failed ({type(exc).__name__})") from None
        except Exception as exc:  # a broken cache file, a socket error httpx did not wrap
            raise SourceUnavailable(source, f"request failed ({type(exc).__name__})") from None
        return _decoded(source, body), response.headers

    def close(self) -> None:
        self._client.close()
