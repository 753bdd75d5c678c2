"""Helpers for plugin authors: run one verifier on one claim and assert the verdict.

    from veracity.testing import verify_text, assert_verdict

    def test_my_verifier():
        assert_verdict("Kazakhstan was placed 58th in Global Firepower 2024", "supported",
                       verifier=MyVerifier())

`load_cases` reads the YAML case files the built-in verifiers are tested with
(tests/verifiers/cases/<verifier name>.yaml), so a plugin can reuse the same format. A case file
of an online verifier names a `cassette:` of recorded answers; `replay_online` gives the
`Online` sources that answer from it, with the network never touched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from veracity.aggregate import aggregate
from veracity.claims.models import Article, Claim, ClaimSet
from veracity.context import Context
from veracity.findings import Finding, Verdict
from veracity.plugins import LoadedVerifier, Plugin, discover, load_class
from veracity.report import ClaimResult
from veracity.runner import check_claim
from veracity.sources.registry import Sources

if TYPE_CHECKING:
    from veracity.online.session import Online

__all__ = ["Case", "assert_verdict", "load_cases", "replay_online", "verify_text"]

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
    online: Online | None = None,
) -> ClaimResult:
    """Check one claim text with one verifier (an instance or a name; default: all built-ins).

    `other_claims` are texts (or claim mappings) of the same article, for consistency checks;
    `online` the online sources (see `replay_online`).
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
    context = Context(sources=sources or _sources(), claim_set=claim_set, online=online)
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
    cassette: Path | None = None
    """Recorded answers of the online sources the case replays (online verifiers only)."""
    silent: bool = False
    """`expect: none`: the verifier must yield no finding at all (the verdict is then n-e-e)."""
    explanation: tuple[str, ...] = ()
    """Words the verdict's explanation must contain."""
    related: tuple[str, ...] | None = None
    """The claim ids the findings must cite (`related`), when given."""
    labels: tuple[str, ...] | None = None
    """The labels of the findings, in order (e.g. `[note]`), when given."""


@contextmanager
def replay_online(cassette: Path) -> Iterator[Online]:
    """`Online` sources answering from a vcrpy cassette only; an unrecorded request fails."""
    import vcr  # type: ignore[import-untyped]

    from veracity.online.client import HttpClient
    from veracity.online.session import Online

    recorder = vcr.VCR(record_mode="none")
    with (
        recorder.use_cassette(str(cassette), allow_playback_repeats=True),
        Online(HttpClient(), factcheck=True) as online,
    ):
        yield online


def load_cases(path: Path) -> list[Case]:
    """Read a case file: `verifier: name` and `cases: [{name, text, expect, ...}]`.

    A top-level `cassette:` (relative to the case file) applies to every case.
    Optional per case: `hints`, `claims` (other claims of the article), `published`,
    `explanation` (words the explanation must contain), `related`, `labels`; `expect: none`
    means the verifier yields nothing.
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    verifier = data.get("verifier", path.stem)
    cassette = (path.parent / data["cassette"]).resolve() if data.get("cassette") else None
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
            cassette=cassette,
            silent=c["expect"] == "none",
            explanation=tuple(c.get("explanation", ())),
            related=tuple(c["related"]) if "related" in c else None,
            labels=tuple(c["labels"]) if "labels" in c else None,
        )
        for c in cases
    ]
