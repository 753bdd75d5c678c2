"""The desk's corrections of a reading: a claim's `links` say which catalogue row a name means.

When the tool links a name to the wrong row, or reads a row into words that name none, the desk
writes what it means in the claim file, and every verifier then checks that reading:

    links:
      Buffel: systems:buffel          # this name is that catalogue row
      Shah: none                      # these words name no catalogue entry

Each occurrence of the name in the text replaces whatever was found there. A link to a row the
catalogue does not hold stops the run before any claim is checked (`link_problems`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from veracity.claims.models import ClaimSet
from veracity.errors import Problem
from veracity.mentions.catalog import DATASETS, Catalog, Entity, EntityKind, catalog
from veracity.mentions.finder import Mention, Mentions
from veracity.sources.registry import Sources
from veracity.suggest import did_you_mean

__all__ = ["NONE", "apply_links", "link_problems"]

NONE = "none"
DESK = "set by the desk (links:)"
"""The `cue` of a mention the desk's links gave."""
_KINDS: dict[str, EntityKind] = {dataset: kind for kind, dataset in DATASETS.items()}


def _entity(target: str, cat: Catalog) -> Entity | None:
    dataset, _, entity_id = target.partition(":")
    kind = _KINDS.get(dataset)
    return None if kind is None else cat.get(kind, entity_id)


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(name)
    while at >= 0:
        spans.append((at, at + len(name)))
        at = text.find(name, at + len(name))
    return spans


def apply_links(found: Mentions, links: Mapping[str, str], cat: Catalog) -> Mentions:
    """`found` with each linked name's occurrences read as the desk says."""
    spans: list[tuple[int, int]] = []
    given: list[Mention] = []
    for name, target in links.items():
        entity = None if target == NONE else _entity(target, cat)
        if target != NONE and entity is None:
            continue  # refused before the run (`link_problems`)
        for start, end in _occurrences(found.text, name):
            spans.append((start, end))
            if entity is not None:
                given.append(Mention(start, end, name, (entity,), entity.name, cue=DESK))

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in spans)

    return replace(
        found,
        names=tuple(
            sorted(
                [*(m for m in found.names if free(m.start, m.end)), *given], key=lambda m: m.start
            )
        ),
        countries=tuple(c for c in found.countries if free(c.start, c.end)),
        regions=tuple(r for r in found.regions if free(r.start, r.end)),
    )


def link_problems(claim_set: ClaimSet, sources: Sources) -> list[Problem]:
    """A located problem for each link to a row the catalogue does not hold."""
    linked = [c for c in claim_set.claims if c.links]
    if not linked:
        return []
    cat = catalog(sources)
    path = claim_set.path or Path("<claims>")
    problems = []
    for claim in linked:
        where = claim_set.claim_locations.get(claim.id)
        line, column = (where.line, where.column) if where else (1, 1)
        for name, target in claim.links or ():
            if target == NONE or _entity(target, cat) is not None:
                continue
            dataset, _, entity_id = target.partition(":")
            kind = _KINDS[dataset]
            known = [e.id for e in cat.by_kind[kind].values()]
            problems.append(
                Problem(
                    path,
                    line,
                    column,
                    f"claim `{claim.id}`: links: {name!r} names `{target}`, which the "
                    f"`{dataset}` dataset does not hold{did_you_mean(entity_id, known)}",
                    f"give a row id of `verify sources`' {dataset}, or `none`",
                )
            )
    return problems
