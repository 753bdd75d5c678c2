"""Memoise a structure per claim set: an index verifiers build once and reuse for every claim.

The memo lives on the run's `Sources` (so runs with other data never share it) and is keyed by
the claim set's identity; the entry is dropped when the claim set is garbage-collected, so ids
are never reused by mistake and long sessions do not leak.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from veracity.claims.models import ClaimSet
from veracity.context import Context
from veracity.timelimit import paused

__all__ = ["per_claim_set"]

T = TypeVar("T")


class _ClaimSetMemo:
    def __init__(self) -> None:
        self._values: dict[tuple[int, str], Any] = {}
        self._lock = threading.RLock()

    def get(self, claim_set: ClaimSet, name: str, build: Callable[[ClaimSet], T]) -> T:
        key = (id(claim_set), name)
        with self._lock:
            if key not in self._values:
                with paused():  # built for every claim: not charged to the one asking first
                    self._values[key] = build(claim_set)
                weakref.finalize(claim_set, self._values.pop, key, None)
            value: T = self._values[key]
            return value


def per_claim_set(context: Context, name: str, build: Callable[[ClaimSet], T]) -> T:
    """`build(context.claim_set)`, computed once per claim set and sources; needs a claim set."""
    if context.claim_set is None:
        raise ValueError("per_claim_set needs a context with a claim set")
    memo = context.sources.derived("veracity.memo.per-claim-set", lambda _: _ClaimSetMemo())
    return memo.get(context.claim_set, name, build)
