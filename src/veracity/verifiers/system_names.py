"""Checks a name the text gives a system: "the Storm Shadow, which France calls SCALP-EG".

Example claim: "The Gripen E is also known as the F-39E."
Expected verdict: supported

The text links two system names with naming words: "X, which <someone> calls (the) Y", "X,
(also) known (in <place>) as (the) Y", "X, (also) called / dubbed / designated (the) Y", "X is
referred to as Y", or "<someone> calls (the) X (the) Y". Then:

* both names are names of one system in the catalogue (its name, an alias, a SIPRI name) →
  `supported`, citing the row that lists both;
* every system the second name may denote differs from every system the first may denote,
  and their own names begin differently (not "Su-30SM" and "Su-35S", one family) →
  `refuted`: "the F-16" is not another name of the Gripen;
* otherwise nothing is said.

Who uses the name ("which Russia calls the Geran-2") is not checked: the catalogue lists names,
not who uses them, so those words stay open for the aggregate.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Finding, Span, Verdict
from veracity.mentions import Entity, Mention, catalog
from veracity.mentions.catalog import Catalog
from veracity.mentions.keys import key_of
from veracity.verifiers.base import BaseVerifier

__all__ = ["SystemNames"]

_NAMER = r"(?:[\w'’.-]+\s+){0,4}?"
_LINK = re.compile(
    r"(?P<role>(?:\s+[a-z][\w-]*){0,3}?)\s*,?\s*(?:"
    rf"(?:which|that|whom)\s+(?P<who>{_NAMER})(?:calls?|called|names?|named|designates?|designated)"
    r"|(?:(?:is|are|was|were)\s+)?(?:also\s+|otherwise\s+|locally\s+|better\s+|widely\s+)?"
    r"(?:known|referred\s+to|designated|marketed|sold|exported)"
    rf"(?P<where>\s+(?:in|to|by)\s+{_NAMER}[\w'’.-]+)?\s+as"
    r"|(?:(?:is|are|was|were)\s+)?(?:also\s+|locally\s+)?(?:called|named|dubbed|designated)"
    r")\s+(?:the\s+|an?\s+)?",
    re.IGNORECASE,
)
"""The words between two names that make the second a name of the first: role words of the
first may come between ("the Storm Shadow missile, which…"); `who` and `where` are the user of
the name, which the catalogue cannot confirm."""
_CALLS_BEFORE = re.compile(
    r"\b(?:calls?|called|names?|named|designates?|designated|dubs|dubbed)\s+(?:the\s+|its\s+)?$",
    re.IGNORECASE,
)
_BETWEEN_CALLED = re.compile(r"\s+(?:the\s+|an?\s+)?")
"""Between the two names of "<someone> calls the X the Y"."""
_STEM = 3
"""Systems whose names share a key prefix this long may be one family: never refuted."""


class SystemNames(BaseVerifier):
    """Checks a name the text gives a system: "the Storm Shadow, which France calls SCALP-EG".

    Example claim: "The Gripen E is also known as the F-39E."
    Expected verdict: supported
    """

    name = "systems.names"
    handles = frozenset({"systems"})

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        text = claim.text
        found = context.analysis(claim).mentions.of("system")
        cat = catalog(context.sources)
        for first, second in itertools.pairwise(found):
            link = self._link(text, first, second)
            if link is None:
                continue
            yield from self._judge(first, second, link, cat)

    @staticmethod
    def _link(text: str, first: Mention, second: Mention) -> list[Span] | None:
        """The spans of the naming words between two names (not the role words or who uses
        the name: other verifiers or nobody check those), or None when they are not linked."""
        gap = text[first.end : second.start]
        match = _LINK.fullmatch(gap)
        if match:
            start = first.end + match.end("role")
            open_ = [match.span(g) for g in ("who", "where") if match.group(g)]
            spans, at = [], start
            for s, e in sorted((first.end + s, first.end + e) for s, e in open_):
                spans.append((at, s))
                at = e
            return [*spans, (at, second.start)]
        before = _CALLS_BEFORE.search(text[: first.start])
        if before and _BETWEEN_CALLED.fullmatch(gap):
            return [(before.start(), first.start)]
        return None

    def _judge(
        self, first: Mention, second: Mention, link: list[Span], cat: Catalog
    ) -> Iterator[Finding]:
        covers = [first.span, *link, second.span]
        shared = [e for e in first.of("system") if e in second.of("system")]
        if shared:
            entity = shared[0]
            yield self.finding(
                Verdict.SUPPORTED,
                f"“{second.text}” is a name of the {entity.name}, as “{first.text}” is: the "
                "catalogue lists both.",
                [cat.evidence(entity, _names(entity))],
                covers,
            )
            return
        ones, others = first.of("system"), second.of("system")
        if not first.exact or not second.exact:
            return  # a misspelt name: which system is meant is a guess
        if any(_related(a, b) for a in ones for b in others):
            return  # one family ("Su-30SM", "Su-35S"): the text may mean either
        one = ones[0]
        named = " or the ".join(o.name for o in others)
        yield self.finding(
            Verdict.REFUTED,
            f"“{second.text}” names another system, the {named}, not the {one.name}; the "
            f"{one.name}'s names are {_names(one)}.",
            [cat.evidence(e, _names(e)) for e in (*ones, *others)],
            covers,
        )


def _all_names(entity: Entity) -> list[str]:
    return list(dict.fromkeys([entity.name, *entity.aliases, *entity.values("sipri_names")]))


def _names(entity: Entity) -> str:
    shown = _all_names(entity)[:8]
    return ", ".join(shown)


def _related(a: Entity, b: Entity) -> bool:
    """Two systems whose names begin alike ("Su-30SM" and "Su-35S", "MiG-29" and "MiG-31",
    "Bayraktar TB2" and "Bayraktar Akinci"): one family or one maker's line, where a text
    may mean either; only their own names are compared, not aliases with a maker's name."""
    x, y = key_of(a.name), key_of(b.name)
    return len(x) >= _STEM and len(y) >= _STEM and x[:_STEM] == y[:_STEM]
