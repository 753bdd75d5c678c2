"""Flags misspelt maker and system names ("Otocar" for Otokar), giving the right spelling.

Example claim: "The COBRA II comes from the Turkish company Otocar."
Expected verdict: misleading

Only a near miss that the mention finder accepted counts: a name that is not in the data but is
one slip away from a name that is, with a cue that this maker or system is meant (the text names
the system the maker builds, a word such as "company", a role word next to a system). Case,
spaces and hyphens are not misspellings ("COBRA II", "Su30SM", "Bayraktar TB-2"). The verdict is
`misleading`: the claim names the right thing wrongly; whatever else it asserts is checked by
the other verifiers, and a false assertion there still makes the claim `refuted`.
"""

from __future__ import annotations

from collections.abc import Iterator

from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Finding, Verdict
from veracity.mentions import Entity, Mention, catalog
from veracity.mentions.catalog import Catalog
from veracity.mentions.places import names
from veracity.mentions.roles import category_label, with_article
from veracity.verifiers.base import BaseVerifier

__all__ = ["SystemSpelling"]


class SystemSpelling(BaseVerifier):
    """Flags misspelt maker and system names ("Otocar" for Otokar), giving the right spelling.

    Example claim: "The COBRA II comes from the Turkish company Otocar."
    Expected verdict: misleading
    """

    name = "systems.spelling"
    handles = frozenset({"names"})

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        found = context.analysis(claim).mentions
        cat = catalog(context.sources)
        for mention in found.names:
            if mention.exact:
                continue
            entity = mention.entities[0]
            named = (
                mention.alias
                if mention.alias == entity.name
                else (f"{mention.alias} (the {entity.name})")
            )
            yield self.finding(
                Verdict.MISLEADING,
                f"“{mention.text}” is a misspelling of {named}, "
                f"{self._what(entity, cat)}; {self._why(mention)}.",
                [cat.evidence(entity, f"{entity.name}; aliases: {', '.join(entity.aliases)}")],
                [mention.span],
            )

    @staticmethod
    def _what(entity: Entity, cat: Catalog) -> str:
        if entity.kind == "maker":
            return f"a maker based in {names(entity.values('country')) or 'an unrecorded country'}"
        if entity.kind == "system":
            makers = cat.makers_of(entity)
            kind = entity.text("role") or category_label(entity.text("category")) or "system"
            by = f" built by {' and '.join(m.name for m in makers)}" if makers else ""
            return f"{with_article(kind)}{by}"
        return f"the {entity.text('kind').replace('-', ' ') or 'organisation'}"

    @staticmethod
    def _why(mention: Mention) -> str:
        return f"read as {mention.alias} because {mention.cue}" if mention.cue else "a near match"
