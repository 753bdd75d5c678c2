"""The verifier protocol, and a small base class that saves plugin authors some typing.

A verifier is any class with a dotted lowercase `name`, a docstring whose first line describes
it, and `check(claim, context)` yielding `Finding`s (nothing when the claim is not its business).
The docstring may give an example claim and its expected verdict::

    Example claim: "Kazakhstan was placed 58th out of 145 countries in Global Firepower 2024."
    Expected verdict: supported

and the test suite runs that example. Lines `Other claim: "..."` after it give further claims
of the same article, for verifiers that compare claims (`docstring_context`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar, Protocol, runtime_checkable

from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import NOTE, Evidence, Finding, Label, Span, Verdict

__all__ = [
    "NAME_PATTERN",
    "BaseVerifier",
    "Verifier",
    "docstring_context",
    "docstring_example",
    "summary",
]

NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$")
_EXAMPLE = re.compile(
    r'Example claim:\s*"(?P<text>[^"]+)"\s*\n\s*Expected verdict:\s*(?P<verdict>[a-z-]+)'
)


@runtime_checkable
class Verifier(Protocol):
    name: ClassVar[str]

    def check(self, claim: Claim, context: Context) -> Iterable[Finding]: ...


def summary(verifier: type[object]) -> str:
    """The first line of a verifier's docstring: its description for users."""
    doc = (verifier.__doc__ or "").strip()
    return doc.splitlines()[0].strip() if doc else ""


def docstring_example(verifier: type[object]) -> tuple[str, Verdict] | None:
    """The (claim text, expected verdict) a verifier's docstring gives, if any."""
    match = _EXAMPLE.search(verifier.__doc__ or "")
    if not match:
        return None
    return " ".join(match["text"].split()), Verdict(match["verdict"])


_OTHER = re.compile(r'Other claim:\s*"(?P<text>[^"]+)"')


def docstring_context(verifier: type[object]) -> tuple[str, ...]:
    """The other claims of the article a verifier's docstring example is set in, if any."""
    return tuple(" ".join(m["text"].split()) for m in _OTHER.finditer(verifier.__doc__ or ""))


class BaseVerifier:
    """Optional base: `self.finding(...)` fills in the verifier's name."""

    name: ClassVar[str] = ""

    def check(self, claim: Claim, context: Context) -> Iterable[Finding]:
        raise NotImplementedError

    def finding(
        self,
        verdict: Label,
        explanation: str,
        evidence: Iterable[Evidence] = (),
        covers: Iterable[Span] = (),
        related: Iterable[str] = (),
    ) -> Finding:
        return Finding(
            verifier=self.name,
            verdict=verdict,
            explanation=explanation,
            evidence=tuple(evidence),
            covers=tuple(covers),
            related=tuple(related),
        )

    def note(
        self, explanation: str, evidence: Iterable[Evidence] = (), related: Iterable[str] = ()
    ) -> Finding:
        """An informational finding: shown in reports, never part of the verdict."""
        return self.finding(NOTE, explanation, evidence, related=related)
