"""Merge a fresh extraction into a claim set a person may have curated.

Rules: every claim already in the file stays exactly as it is (the file's text is kept byte for
byte, comments included); a fresh statement is appended unless the file already has it (the
same id or text, or a claim covering 80% of its words and every name and figure it carries, so
a changed number is always new); a claim of the file whose id, quote or text is no longer found
in the article is reported as vanished, and kept for a person to remove.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import yaml

from veracity.claims.models import Claim, ClaimSet
from veracity.errors import ExtractError
from veracity.extract.lexicon import is_name, is_number
from veracity.extract.output import render_claims
from veracity.extract.overlap import coverage, stems
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


def _anchors(text: str) -> frozenset[str]:
    words = [w for s, _, w in content_words(text) if is_number(w) or is_name(w, s == 0)]
    return stems(" ".join(words))


def _already_there(claim: Claim, existing: Sequence[Claim]) -> bool:
    for other in existing:
        if other.id == claim.id or other.text == claim.text:
            return True
        if coverage(claim.text, [other.text]) >= SAME_STATEMENT and _anchors(claim.text) <= stems(
            other.text
        ):
            return True
    return False


def _still_there(claim: Claim, fresh_ids: set[str], article_text: str) -> bool:
    if claim.id in fresh_ids:
        return True
    return any(words and words in article_text for words in (claim.quote, claim.text))


def _insertion_point(content: str, path: str) -> tuple[int, int]:
    """Where new items go (after the last claim's last line) and their indentation."""
    root = yaml.compose(content, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    claims = None
    if isinstance(root, yaml.MappingNode):
        claims = next((v for k, v in root.value if k.value == "claims"), None)
    if not isinstance(claims, yaml.SequenceNode) or claims.flow_style or not claims.value:
        raise ExtractError(
            f"{path}: `claims:` is not a block list, so new claims cannot be appended — "
            "write it as `- id: …` items"
        )
    node: yaml.Node = claims.value[-1]
    while isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(last, tuple) else last
    end = content.find("\n", node.end_mark.index)
    return (len(content) if end < 0 else end + 1), claims.start_mark.column


def merge(existing: ClaimSet, content: str, fresh: Sequence[Claim], article_text: str) -> Merge:
    """Merge `fresh` claims into the file `content` that `existing` was loaded from."""
    added = tuple(claim for claim in fresh if not _already_there(claim, existing.claims))
    fresh_ids = {claim.id for claim in fresh}
    vanished = tuple(c for c in existing.claims if not _still_there(c, fresh_ids, article_text))
    if added:
        at, indent = _insertion_point(content, str(existing.path))
        head = content[:at] if content[:at].endswith("\n") else content[:at] + "\n"
        content = head + render_claims(added, indent) + content[at:]
    return Merge(content, added, existing.claims, vanished)
