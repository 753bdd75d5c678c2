"""Merge a fresh extraction into a claim set a person may have curated.

Rules: every claim already in the file stays exactly as it is (the file's text is kept byte for
byte, comments included). A fresh statement is inserted where the article says it (after the
last claim of the file the article says before it, so the next re-run finds the file in article
order and reports nothing moved) unless the file already has it, whole
or in up to three parts: the same id or text, or claims covering 80% of its words and every name
and figure it carries, so a changed number is always new. A claim of the file whose quote or
text is no longer found in the article, and that no fresh statement says, is reported as
changed (when a fresh statement is nearly the same, edited) or vanished, and kept for a person
to remove; a claim still found but out of the file's order is reported as moved (`changes`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import yaml

from veracity.claims.models import Claim, ClaimSet
from veracity.errors import ExtractError
from veracity.extract.changes import changed, moved, position
from veracity.extract.lexicon import is_name, is_number
from veracity.extract.output import render_claims
from veracity.extract.overlap import best_parts, coverage, stems
from veracity.text import content_words

__all__ = ["SAME_STATEMENT", "Merge", "merge"]

SAME_STATEMENT = 0.8
"""Share of a statement's content words another claim must carry to count as the same."""


@dataclass(frozen=True, slots=True)
class Merge:
    """The merged file's text and what happened to each claim."""

    content: str
    added: tuple[Claim, ...]
    kept: tuple[Claim, ...]
    vanished: tuple[Claim, ...]
    moved: tuple[Claim, ...] = ()
    changed: tuple[tuple[Claim, Claim], ...] = ()
    """(claim of the file, the new statement it became): see `changes`."""


def _anchors(text: str) -> frozenset[str]:
    words = [w for s, _, w in content_words(text) if is_number(w) or is_name(w, s == 0)]
    return stems(" ".join(words))


def _same_statement(claim: Claim, other: Claim) -> bool:
    """`other` says what `claim` says: the same id or text, or most of its words and every
    name and figure."""
    if other.id == claim.id or other.text == claim.text:
        return True
    if not stems(claim.text):
        return False
    return coverage(claim.text, [other.text]) >= SAME_STATEMENT and _anchors(claim.text) <= stems(
        other.text
    )


def _said_already(claim: Claim, existing: Sequence[Claim]) -> bool:
    """The file has the statement, whole or split into parts by a person."""
    if any(_same_statement(claim, other) for other in existing):
        return True
    chosen, score = best_parts(claim.text, [other.text for other in existing])
    return (
        bool(stems(claim.text))
        and score >= SAME_STATEMENT
        and _anchors(claim.text) <= stems(" ".join(chosen))
    )


def _still_there(claim: Claim, fresh: Sequence[Claim], article_text: str) -> bool:
    words = [" ".join(w.split()).rstrip(".!?") for w in (claim.quote, claim.text) if w]
    flat = " ".join(article_text.split())
    if any(w and w in flat for w in words):
        return True
    return any(_same_statement(claim, other) for other in fresh)


def _items(content: str, path: str) -> tuple[list[tuple[int, int]], int]:
    """The file's claim items as (offset of the item's first line, offset after its last
    line), and their indentation."""
    root = yaml.compose(content, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    claims = None
    if isinstance(root, yaml.MappingNode):
        claims = next((v for k, v in root.value if k.value == "claims"), None)
    if not isinstance(claims, yaml.SequenceNode) or claims.flow_style or not claims.value:
        raise ExtractError(
            f"{path}: `claims:` is not a block list, so new claims cannot be appended — "
            "write it as `- id: …` items"
        )
    spans = []
    for item in claims.value:
        node: yaml.Node = item
        while isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.value:
            last = node.value[-1]
            node = last[1] if isinstance(last, tuple) else last
        end = content.find("\n", node.end_mark.index)
        start = content.rfind("\n", 0, item.start_mark.index) + 1
        spans.append((start, len(content) if end < 0 else end + 1))
    return spans, claims.start_mark.column


def _insert(
    content: str, path: str, claims: Sequence[Claim], added: Sequence[Claim], article_text: str
) -> str:
    """`content` with each added claim inserted before the first claim of the file that the
    article says after it (at the end when there is none)."""
    spans, indent = _items(content, path)
    flat = " ".join(article_text.split())
    places = [position(claim, flat) for claim in claims]
    groups: dict[int, list[Claim]] = {}
    for claim in added:
        at = position(claim, flat)
        before = next((n for n, p in enumerate(places) if at >= 0 and p > at), len(claims))
        groups.setdefault(before, []).append(claim)
    for before in sorted(groups, reverse=True):
        at = spans[before - 1][1] if before else spans[0][0]
        head = content[:at] if not at or content[:at].endswith("\n") else content[:at] + "\n"
        content = head + render_claims(groups[before], indent) + content[at:]
    return content


def merge(existing: ClaimSet, content: str, fresh: Sequence[Claim], article_text: str) -> Merge:
    """Merge `fresh` claims into the file `content` that `existing` was loaded from."""
    added = tuple(c for c in fresh if not _said_already(c, existing.claims))
    gone = tuple(c for c in existing.claims if not _still_there(c, fresh, article_text))
    edited = changed(gone, added)
    olds = {id(old) for old, _ in edited}
    vanished = tuple(c for c in gone if id(c) not in olds)
    if added:
        content = _insert(content, str(existing.path), existing.claims, added, article_text)
    shifted = moved([c for c in existing.claims if c not in gone], article_text)
    return Merge(content, added, existing.claims, vanished, shifted, edited)
