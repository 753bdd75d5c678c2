"""Verdicts, evidence and findings: what a verifier says about a claim.

A verifier yields `Finding`s. Each names its verifier, a label, one sentence for the reader, the
evidence rows it used, and `covers`: the character spans of the claim text it actually checked.
The runner turns a claim's findings into one verdict (see `veracity.engine.aggregate`).

Two labels besides the four verdicts never decide a verdict: `error` (the verifier failed) and
`note` (information for the reader, e.g. a related figure elsewhere in the article).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Literal, TypeAlias

__all__ = ["ERROR", "NOTE", "Evidence", "Finding", "Label", "Span", "Verdict"]


class Verdict(enum.StrEnum):
    """The four verdict labels of DESIGN.md, aligned with FEVER/AVeriTeC."""

    SUPPORTED = "supported"
    REFUTED = "refuted"
    MISLEADING = "misleading"
    NOT_ENOUGH_EVIDENCE = "not-enough-evidence"


ERROR: Literal["error"] = "error"
"""The label of a finding whose verifier failed; it never decides a verdict."""

NOTE: Literal["note"] = "note"
"""The label of an informational finding: shown in reports, ignored by the aggregate rule."""

Label: TypeAlias = Verdict | Literal["error", "note"]
Span: TypeAlias = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Evidence:
    """One row or key of a dataset that a finding rests on."""

    dataset: str
    key: str
    url: str
    retrieved: str
    detail: str = ""

    def as_dict(self) -> dict[str, str]:
        data = {
            "dataset": self.dataset,
            "key": self.key,
            "url": self.url,
            "retrieved": self.retrieved,
        }
        if self.detail:
            data["detail"] = self.detail
        return data


@dataclass(frozen=True, slots=True)
class Finding:
    """What one verifier concluded about one claim."""

    verifier: str
    verdict: Label
    explanation: str
    evidence: tuple[Evidence, ...] = ()
    covers: tuple[Span, ...] = field(default=())
    """Spans of the claim text this finding checked; the aggregate rule reads them."""
    related: tuple[str, ...] = ()
    """Ids of other claims this finding refers to (internal-consistency checks)."""
    trace: str = field(default="", compare=False, repr=False)
    """For an `error` finding of a verifier that raised: the traceback (`verify --traceback`
    prints it; reports leave it out). Verifiers do not set it."""

    @property
    def is_error(self) -> bool:
        return self.verdict == ERROR

    @property
    def is_note(self) -> bool:
        return self.verdict == NOTE
