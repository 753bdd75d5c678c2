"""Helpers for plugin authors: run one verifier on one claim and assert the verdict.

    from veracity.testing import verify_text, assert_verdict

    def test_my_verifier():
        assert_verdict("Kazakhstan was placed 58th in Global Firepower 2024", "supported",
                       verifier=MyVerifier())

`load_cases` reads the YAML case files the built-in verifiers are tested with
(tests/verifiers/cases/<verifier name>.yaml), so a plugin can reuse the same format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from veracity.aggregate import aggregate
from veracity.claims.models import Article, Claim, ClaimSet
from veracity.context import Context
from veracity.findings import Finding, Verdict
from veracity.plugins import LoadedVerifier, Plugin, discover, load_class
from veracity.report import ClaimResult
from veracity.runner import check_claim
from veracity.sources.registry import Sources

__all__ = ["Case", "assert_verdict", "load_cases", "verify_text"]

_SHARED_SOURCES: list[Sources] = []


def _sources() -> Sources:
    if not _SHARED_SOURCES:
        _SHARED_SOURCES.append(Sources())
    return _SHARED_SOURCES[0]


def _loaded(verifier: object | str | None) -> list[LoadedVerifier]:
    if verifier is None:
        return discover(builtins_only=True)
    if isinstance(verifier, str):
        return discover(builtins_only=True, select=frozenset({verifier}))
    plugin = Plugin(str(getattr(verifier, "name", "?")), "test", "-", repr(verifier))
    loaded = load_class(type(verifier), plugin)
    return [LoadedVerifier(plugin, verifier, loaded.description)]  # type: ignore[arg-type]


def verify_text(
    text: str,
    verifier: object | str | None = None,
    *,
    sources: Sources | None = None,
    hints: dict[str, Any] | None = None,
    other_claims: Sequence[str | dict[str, Any]] = (),
    published: dt.date | None = None,
) -> ClaimResult:
    """Check one claim text with one verifier (an instance or a name; default: all built-ins).

    `other_claims` are texts (or claim mappings) of the same article, for consistency checks.
    """
    claim = Claim(id="claim", text=text, **(hints or {}))
    others = [
        Claim(id=f"other-{i}", text=c) if isinstance(c, str) else Claim(**c)
        for i, c in enumerate(other_claims, start=1)
    ]
    claim_set = ClaimSet(
        article=Article(id="test", title="test", published=published),
        claims=(claim, *others),
    )
    context = Context(sources=sources or _sources(), claim_set=claim_set)
    findings = check_claim(claim, _loaded(verifier), context, timeout=None)
    verdict, explanation = aggregate(claim.text, findings)
    return ClaimResult(claim, verdict, explanation, tuple(findings))


def assert_verdict(text: str, expected: str | Verdict, **kwargs: Any) -> list[Finding]:
    """Fail with the findings shown unless `text` gets the `expected` verdict."""
    result = verify_text(text, **kwargs)
    if result.verdict != Verdict(expected):
        shown = "\n".join(f"  {f.verifier}: {f.verdict}: {f.explanation}" for f in result.findings)
        raise AssertionError(
            f"{text!r}: expected {Verdict(expected).value}, got {result.verdict.value}: "
            f"{result.explanation}\n{shown}"
        )
    return list(result.findings)


@dataclass(frozen=True)
class Case:
    """One named case of a verifier's case file."""

    verifier: str
    name: str
    text: str
    expect: Verdict
    hints: dict[str, Any] = field(default_factory=dict)
    other_claims: tuple[Any, ...] = ()
    published: dt.date | None = None
    silent: bool = False
    """`expect: none`: the verifier must yield no finding at all (the verdict is then n-e-e)."""
    explanation: tuple[str, ...] = ()
    """Words the verdict's explanation must contain."""
    related: tuple[str, ...] | None = None
    """The claim ids the findings must cite (`related`), when given."""
    labels: tuple[str, ...] | None = None
    """The labels of the findings, in order (e.g. `[note]`), when given."""


def load_cases(path: Path) -> list[Case]:
    """Read a case file: `verifier: name` and `cases: [{name, text, expect, ...}]`.

    Optional per case: `hints`, `claims` (other claims of the article), `published`,
    `explanation` (words the explanation must contain), `related`, `labels`; `expect: none`
    means the verifier yields nothing.
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    verifier = data.get("verifier", path.stem)
    cases: Iterable[dict[str, Any]] = data["cases"]
    return [
        Case(
            verifier=c.get("verifier", verifier),
            name=c["name"],
            text=c["text"],
            expect=Verdict.NOT_ENOUGH_EVIDENCE if c["expect"] == "none" else Verdict(c["expect"]),
            hints=c.get("hints", {}),
            other_claims=tuple(c.get("claims", ())),
            published=c.get("published"),
            silent=c["expect"] == "none",
            explanation=tuple(c.get("explanation", ())),
            related=tuple(c["related"]) if "related" in c else None,
            labels=tuple(c["labels"]) if "labels" in c else None,
        )
        for c in cases
    ]
