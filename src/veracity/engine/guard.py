"""Keep a verifier's faults inside its own findings on one claim.

`guarded_check` runs one verifier on one claim with a time limit (see `veracity.timelimit`),
takes at most `MAX_FINDINGS` findings and checks each one. A verifier that raises (even
`SystemExit`), overruns, yields too much or yields something that is not a valid `Finding` gets
one `error` finding instead of all it produced: a half-working verifier must not decide a
verdict. Two faults are not the verifier's and stop the run: `DatasetError` (a missing or corrupt
dataset; the CLI exits 2 naming it) and `KeyboardInterrupt`.
"""

from __future__ import annotations

import dataclasses
import traceback
from collections.abc import Iterable
from itertools import islice
from typing import Any

from veracity.claims.models import Claim
from veracity.context import Context
from veracity.engine.plugins import LoadedVerifier
from veracity.errors import DatasetError
from veracity.findings import ERROR, NOTE, Evidence, Finding, Label, Verdict
from veracity.timelimit import Overrun, call_with_limit

__all__ = ["MAX_FINDINGS", "InvalidFinding", "guarded_check", "normalise_finding"]

MAX_FINDINGS = 100
"""Findings one verifier may yield on one claim; more means it is looping."""


_VERDICTS = frozenset(v.value for v in Verdict)


class InvalidFinding(ValueError):
    """A verifier yielded something that is not a well-formed Finding."""


def _label(value: object) -> Label:
    if isinstance(value, str):
        if value == ERROR:
            return ERROR
        if value == NOTE:
            return NOTE
        if value in _VERDICTS:
            return Verdict(value)
    raise InvalidFinding(f"the verdict {_short(repr(value))} is not a verdict label")


def _strings(value: object, what: str) -> tuple[str, ...]:
    if not isinstance(value, tuple | list) or not all(isinstance(v, str) for v in value):
        raise InvalidFinding(f"`{what}` must be a tuple of strings")
    return tuple(value)


def _spans(value: object, text: str) -> tuple[tuple[int, int], ...]:
    if not isinstance(value, tuple | list):
        raise InvalidFinding("`covers` must be a tuple of (start, end) spans")
    spans = []
    for span in value:
        if (
            not isinstance(span, tuple | list)
            or len(span) != 2
            or not all(type(i) is int for i in span)
            or not 0 <= span[0] <= span[1] <= len(text)
        ):
            raise InvalidFinding(
                f"the span {_short(repr(span))} is not a (start, end) pair inside the claim text"
            )
        spans.append((span[0], span[1]))
    return tuple(spans)


def _evidence(value: object) -> tuple[Evidence, ...]:
    if not isinstance(value, tuple | list):
        raise InvalidFinding("`evidence` must be a tuple of Evidence")
    for item in value:
        fields = (
            (item.dataset, item.key, item.url, item.retrieved, item.detail)
            if isinstance(item, Evidence)
            else None
        )
        if fields is None or not all(isinstance(f, str) for f in fields):
            raise InvalidFinding(f"the evidence {_short(repr(item))} is not an Evidence of text")
    return tuple(value)


def normalise_finding(item: object, verifier: str, text: str) -> Finding:
    """`item` as a well-formed Finding of `verifier` on a claim `text`; else InvalidFinding."""
    if not isinstance(item, Finding):
        raise InvalidFinding(f"it yielded {type(item).__name__}, not a Finding")
    if not isinstance(item.explanation, str):
        raise InvalidFinding("the explanation is not text")
    label, evidence = _label(item.verdict), _evidence(item.evidence)
    covers, related = _spans(item.covers, text), _strings(item.related, "related")
    held = (item.verifier, item.verdict, item.evidence, item.covers, item.related)
    if _same(held, (verifier, label, evidence, covers, related)):
        return item  # already well-formed, as most findings are: no copy needed
    return dataclasses.replace(
        item, verifier=verifier, verdict=label, evidence=evidence, covers=covers, related=related
    )


def _same(given: object, checked: object) -> bool:
    """True if the checked value is what the finding holds already, down to its types."""
    if given is checked:  # tuple(a_tuple) is a_tuple: evidence and related usually are
        return True
    if isinstance(checked, tuple):
        return (
            isinstance(given, tuple)
            and len(given) == len(checked)
            and all(_same(a, b) for a, b in zip(given, checked, strict=True))
        )
    return type(given) is type(checked) and given == checked


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(exc: BaseException) -> str:
    try:
        message = str(exc)
    except Exception:  # an exception whose __str__ fails
        message = "(unprintable message)"
    return _short(f"{type(exc).__name__}: {message}" if message else type(exc).__name__)


def _trace(exc: BaseException) -> str:
    try:
        return "".join(traceback.format_exception(exc))
    except Exception:  # an exception that cannot even be formatted
        return _describe(exc)


def _collect(loaded: LoadedVerifier, claim: Claim, context: Context) -> list[Any]:
    produced: Iterable[Any] | None = loaded.verifier.check(claim, context)
    if produced is None:
        return []
    iterator = iter(produced)
    try:
        return list(islice(iterator, MAX_FINDINGS + 1))
    finally:
        close = getattr(iterator, "close", None)
        if callable(close):
            close()


def guarded_check(
    loaded: LoadedVerifier, claim: Claim, context: Context, timeout: float | None
) -> list[Finding]:
    """The findings of one verifier on one claim, or a single `error` finding if it failed."""
    name = loaded.name

    def error(message: str, trace: str = "") -> list[Finding]:
        return [Finding(verifier=name, verdict=ERROR, explanation=message, trace=trace)]

    try:
        produced = call_with_limit(lambda: _collect(loaded, claim, context), timeout)
    except Overrun:
        return error(f"The verifier {name} took longer than {timeout:g} s on this claim.")
    except (DatasetError, KeyboardInterrupt):
        raise
    except BaseException as exc:  # SystemExit, or a panic of compiled code (pyo3's PanicException)
        return error(f"The verifier {name} failed: {_describe(exc)}", _trace(exc))
    if len(produced) > MAX_FINDINGS:
        return error(
            f"The verifier {name} yielded more than {MAX_FINDINGS} findings on this claim "
            "and was stopped; its findings were dropped."
        )
    try:
        return [normalise_finding(item, name, claim.text) for item in produced]
    except InvalidFinding as exc:
        return error(f"The verifier {name} returned an invalid finding: {exc}.")
    except Exception as exc:  # an object whose attributes or comparisons fail
        return error(f"The verifier {name} returned an invalid finding: {_describe(exc)}.")
