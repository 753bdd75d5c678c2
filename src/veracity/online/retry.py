"""Retries with exponential backoff for 429 and 5xx answers and dropped connections.

A `Retry-After` header (seconds or an HTTP date) is honoured: never an earlier try, and no try
at all when it asks for more than `max_wait`. The whole request,
waits included, stays inside one time budget, so a struggling source costs a run seconds, not
minutes. What is still failing after the last try is returned (or raised) as it is; the caller
decides what an unavailable source means.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

__all__ = ["RETRY_STATUSES", "RetryPolicy", "RetryTransport", "retry_after"]

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how long to try again."""

    attempts: int = 3
    """Tries in all, the first included."""
    backoff: float = 0.5
    """Seconds before the second try; doubled before each later one."""
    max_wait: float = 5.0
    """No single wait is longer; a Retry-After asking for more ends the retries."""
    budget: float = 12.0
    """Seconds one request may take in all, waits included; no retry would overrun it."""


def retry_after(response: httpx.Response, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait, from `Retry-After`; None if absent or unreadable."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000": HTTP dates are always GMT (RFC 9110, 5.6.7)
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport; retries idempotent requests on 429, 5xx and connection errors."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy = RetryPolicy(),
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self.sleep = sleep
        self.clock = clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = self.policy
        started = self.clock()
        for attempt in range(1, policy.attempts + 1):
            last = attempt == policy.attempts or request.method not in ("GET", "HEAD")
            try:
                response = self.inner.handle_request(request)
            except (httpx.ConnectError, httpx.ReadError, httpx.RemoteProtocolError):
                if last or not self._wait(attempt, None, started):
                    raise
                continue
            if response.status_code not in RETRY_STATUSES or last:
                return response
            asked = retry_after(response)
            if not self._wait(attempt, asked, started):
                return response
            response.close()
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait(self, attempt: int, asked: float | None, started: float) -> bool:
        """Sleep before the next try; False when the budget does not allow one."""
        policy = self.policy
        if asked is not None and asked > policy.max_wait:
            return False  # honour the server: no earlier try, and no waiting that long
        delay = min(max(policy.backoff * 2 ** (attempt - 1), asked or 0.0), policy.max_wait)
        if self.clock() - started + delay >= policy.budget:
            return False
        self.sleep(delay)
        return True

    def close(self) -> None:
        self.inner.close()
