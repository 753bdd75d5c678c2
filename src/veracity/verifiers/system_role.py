"""Checks what kind of weapon a system is: "multi-role fighter", "quadcopter", "battle tank".

Example claim: "The Su-30SM is a multi-role fighter."
Expected verdict: supported

The analysis links role words to a system name (`veracity.analysis.role_links`: next to it,
"Arlan wheeled armored vehicles", "the multi-role fighter Su-30SM"; after a copula, "The ANKA is
a heavy-class unmanned aerial vehicle"; in an apposition, "the A400M, a heavy-lift transport";
in a list, "drones such as the TB2"). They are compared with the system's category, role and
class (see `veracity.mentions.roles`):

* every word matches → `supported`; words the data says nothing about stay unchecked, so the
  claim as a whole is then not confirmed ("heavy" when the data gives no weight class);
* a word contradicts the data (a helicopter called a fighter, a tracked vehicle called wheeled,
  a MALE drone called a quadcopter) → `refuted`;
* a class the data records as disputed (its `class_note` names another classification, as when
  the maker and the buyer class a drone differently) → `misleading`, naming both sides.

"Multi-role" claims several missions: it contradicts no one mission of the data, and the bare
mission word "combat" beside it ("multi-role combat aircraft") is one of those missions, so a
transport helicopter that can be armed is not contradicted by it; "multi-role fighter" still
claims a fighter. Role words beside a name inside a counted noun phrase ("a dozen H225M
multi-role combat aircraft", a `descriptive` link) describe what is counted and are no role
assertion: they may confirm the class, but a clash there is `not-enough-evidence`, not
`refuted`; "X is a ..." predicates the class and is judged in full.

A name several unrelated rows share (after the finder's narrowing by makers and role words) is
decided only on what every row that gives a role shares (`shared_reading`): a fighter's role and
a light aircraft's leave "fighter" `not-enough-evidence`, the candidates named. The role words
judged never narrow the rows they are judged against (`Mention.judged`): "The Caracal is a
helicopter" is checked against the helicopter and the armoured vehicle of that name.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Finding, Span, Verdict
from veracity.mentions import Entity, Mention, RoleMention, catalog
from veracity.mentions.catalog import Catalog
from veracity.mentions.class_notes import other_classes
from veracity.mentions.readings import one_family, shared_reading
from veracity.mentions.roles import (
    AXES,
    RolePart,
    axis_of,
    category_label,
    implied,
    tag_label,
    tags_of,
    with_article,
)
from veracity.sources.registry import Sources
from veracity.verifiers.base import BaseVerifier

__all__ = ["SystemRole"]


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the data says a system is."""

    category: str
    tags: frozenset[str]
    disputed: dict[str, str]
    """Tags another classification gives, with the note's sentence that says so."""
    described: str
    noted: frozenset[str] = frozenset()
    """Tags only the note's description gives on an axis the columns leave open (speed,
    engine count): they support a claim but never contradict one."""


@dataclass(frozen=True, slots=True)
class _Part:
    span: Span
    text: str
    status: str  # "ok", "unknown", "wrong", "disputed"
    why: str = ""


def _facts(system: Entity) -> _Facts:
    _, role_tags = tags_of(system.text("role"))
    _, class_tags = tags_of(system.text("class"))
    tags = role_tags | class_tags
    mobility = tags_of(system.text("note"))[1] & AXES["mobility"]
    if len(mobility) == 1 and not tags & AXES["mobility"]:
        tags |= mobility  # "Otokar 4x4 tactical wheeled armoured vehicle" in the note
    role = system.text("role") or category_label(system.text("category"))
    klass = system.text("class")
    described = f"{role} (class: {klass})" if klass and klass.lower() not in role.lower() else role
    described = with_article(described) if described else ""
    others = other_classes(system.text("class_note"), system.text("note"))
    disputed = {t: s for t, s in others.items() if t not in tags}
    return _Facts(system.text("category"), tags, disputed, described, _noted(system, tags))


_NOTED_AXES = ("speed", "engines")
"""Axes the columns never give, read from the note's description of the system."""


def _noted(system: Entity, tags: frozenset[str]) -> frozenset[str]:
    """The one tag per axis of `_NOTED_AXES` the note gives ("ramjet supersonic cruise
    missile", "single-engine delta fighter"); none where it names two (a note comparing)."""
    said = tags_of(system.text("note"))[1]
    found: set[str] = set()
    for axis in _NOTED_AXES:
        on_axis = said & AXES[axis]
        if len(on_axis) == 1 and not tags & AXES[axis]:
            found |= on_axis
    return frozenset(found)


def _facts_of(system: Entity, sources: Sources) -> _Facts:
    """`_facts` of a system, worked out once per sources (the notes are long)."""
    memo: dict[Entity, _Facts] = sources.derived("systems.role.facts", lambda _: {})
    facts = memo.get(system)
    if facts is None:
        facts = memo[system] = _facts(system)
    return facts


def _fits(tag: str, facts: _Facts) -> bool:
    """True if what the tag implies is in the data: "mini" fits NATO class I."""
    implied_only = implied(frozenset({tag})) - {tag}
    return bool(implied_only) and implied_only <= facts.tags


def _conflict(tag: str, facts: _Facts) -> str:
    """The data's tag that excludes `tag`, or ""."""
    for claimed in implied(frozenset({tag})):
        axis = axis_of(claimed)
        if axis is None or claimed in facts.tags:
            continue
        other = sorted(facts.tags & AXES[axis])
        if other:
            return other[0]
    return ""


def _one_of_several(part: RolePart, run: RoleMention) -> bool:
    """True for the bare mission word "combat" in a run that claims several missions
    ("multi-role combat aircraft"): one mission among others, not the system's class."""
    return part.tags == {"combat"} and "multirole" in run.tags


def _judge_part(part: RolePart, run: RoleMention, text: str, facts: _Facts) -> _Part:
    span = (part.start, part.end)
    words = text[part.start : part.end]
    if part.categories is not None:
        if not facts.category:
            return _Part(span, words, "unknown")
        if facts.category not in part.categories:
            return _Part(span, words, "wrong", with_article(category_label(facts.category)))
    missing = sorted(part.tags - facts.tags - facts.noted)
    disputed = [facts.disputed[t] for t in missing if t in facts.disputed and not _fits(t, facts)]
    if disputed:
        return _Part(span, words, "disputed", disputed[0])
    for tag in missing:
        clash = "" if _one_of_several(part, run) else _conflict(tag, facts)
        if clash:
            return _Part(span, words, "wrong", tag_label(clash))
    return _Part(span, words, "unknown" if missing else "ok")


class SystemRole(BaseVerifier):
    """Checks what kind of weapon a system is: "multi-role fighter", "quadcopter", "battle tank".

    Example claim: "The Su-30SM is a multi-role fighter."
    Expected verdict: supported
    """

    name = "systems.role"
    handles = frozenset({"systems"})

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        text = claim.text
        doc = context.analysis(claim)
        if not doc.mentions.systems:
            return
        cat = catalog(context.sources)
        for said in doc.role_links:
            mention, run = said.system, said.run
            systems = mention.judged((run.start, run.end))  # not the rows these words chose
            facts = [_facts_of(s, context.sources) for s in systems]
            findings = [
                self._judge(mention, s, f, run, text, cat, said.link)
                for s, f in zip(systems, facts, strict=True)
            ]
            if said.descriptive:
                findings = [self._described_only(f, run) for f in findings]
            silent = [not (f.category or f.tags or f.described) for f in facts]
            yield shared_reading(findings, silent, mention.text, family=one_family(systems))

    def _described_only(self, finding: Finding, run: RoleMention) -> Finding:
        """A finding on a descriptive link: a clash becomes `not-enough-evidence`, since words
        describing what a count counts assert no class."""
        if finding.verdict not in (Verdict.REFUTED, Verdict.MISLEADING):
            return finding
        return self.finding(
            Verdict.NOT_ENOUGH_EVIDENCE,
            f"{finding.explanation} But “{run.text}” only describes the systems counted, "
            "not a class the claim asserts, so it is not judged.",
            finding.evidence,
        )

    def _judge(
        self,
        mention: Mention,
        system: Entity,
        facts: _Facts,
        run: RoleMention,
        text: str,
        cat: Catalog,
        link: Span | None = None,
    ) -> Finding:
        evidence = [
            cat.evidence(
                system,
                f"{system.name}: category {facts.category or 'not given'}; role "
                f"{system.text('role') or 'not given'}"
                + (f"; class {system.text('class')}" if system.text("class") else "")
                + (f"; {system.text('class_note')}" if system.text("class_note") else ""),
            )
        ]
        parts = [_judge_part(p, run, text, facts) for p in run.parts]
        wrong = [p for p in parts if p.status == "wrong"]
        disputed = [p for p in parts if p.status == "disputed"]
        ok = [p for p in parts if p.status == "ok"]
        unknown = [p for p in parts if p.status == "unknown"]
        name = system.name
        if wrong:
            said = ", ".join(f"“{p.text}”" for p in wrong)
            why = wrong[0].why
            note = f" ({why})" if why.lower() not in facts.described.lower() else ""
            return self.finding(
                Verdict.REFUTED,
                f"The data classes the {name} as {facts.described}{note}, so {said} is wrong.",
                evidence,
                [mention.span, *(p.span for p in wrong)],
            )
        if disputed:
            said = ", ".join(f"“{p.text}”" for p in disputed)
            notes = " ".join(dict.fromkeys(p.why for p in disputed))
            return self.finding(
                Verdict.MISLEADING,
                f"The {name}'s class is disputed: the data classes it as {facts.described}, "
                f"and notes: “{notes.rstrip('.')}”. {said} gives one side only.",
                evidence,
                [mention.span, *(p.span for p in disputed)],
            )
        if not ok:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"The data classes the {name} as {facts.described or 'nothing'}, which says "
                f"nothing about “{run.text}”.",
                evidence,
            )
        used = sorted(run.tags & facts.noted)
        described = facts.described
        if used:
            said = ", ".join(tag_label(t) for t in used)
            described = f"{described} (its description: {said})"
        explanation = f"The {name} is {described}, which matches “{run.text}”."
        if unknown:
            words = ", ".join(f"“{p.text}”" for p in unknown)
            explanation = (
                f"The {name} is {described}; the data does not say whether {words} applies."
            )
        return self.finding(
            Verdict.SUPPORTED,
            explanation,
            evidence,
            [mention.span, *(p.span for p in ok), *([link] if link else [])],
        )
