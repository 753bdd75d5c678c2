"""What a report shows of a claim's analysis: the names read and the rows they link to, the
places, counts and transfer assertions ("read as"). Plain data, built once after the checks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from veracity.analysis.antecedents import INFERRED, pointed_back
from veracity.analysis.desk import DESK
from veracity.analysis.doc import ClaimDoc
from veracity.findings import Span
from veracity.mentions.readings import one_family

__all__ = ["Assertion", "Link", "Place", "RankingRead", "Reading", "Transfer", "reading"]


@dataclass(frozen=True, slots=True)
class Link:
    """A name in the text and the catalogue rows it may denote (more than one: ambiguous)."""

    text: str
    span: Span
    rows: tuple[str, ...]
    """`dataset:id` of each candidate row."""
    score: float
    """100 for an exact alias; lower for a near miss (a misspelling)."""
    desk: bool = False
    """The claim's `links` gave it, not the text."""
    ambiguous: bool = False
    """The name fits several catalogue systems that are not versions of one (they differ in
    origin or category): a verdict may only rest on what all of them share."""
    names: tuple[str, ...] = ()
    """The candidates' names, for explanations."""
    inferred: str | None = None
    """Where the row was inferred from when the text only points back to it ("such tanks"):
    "claim `delivery-began`" (`veracity.analysis.antecedents`); a contradiction that rests on
    it is withheld."""


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    span: Span
    code: str
    """ISO 3166 alpha-3 for a country; the M49 name for a region."""


@dataclass(frozen=True, slots=True)
class Count:
    text: str
    span: Span
    amount: str
    counted: str
    action: str | None
    period: str | None


@dataclass(frozen=True, slots=True)
class Transfer:
    """A transfer assertion: who orders, receives or supplies which system."""

    system: str
    kind: str
    """order, receive (the recipient is the subject) or send (a supplier is)."""
    planned: bool
    """The verb speaks of the future ("plans to buy", "will deliver")."""
    recipient: str | None
    supplier: str | None
    number: int | None
    year: int | None


@dataclass(frozen=True, slots=True)
class RankingRead:
    """A ranking assertion as a reader is shown it."""

    edition: int | None
    edition_from: str
    """name, text, hint, claim set, published or none (see `analysis.rankings.Ranking`)."""
    subject: str | None
    """ISO 3166 alpha-3 of the country the claim is about."""
    ranks: tuple[str, ...]
    """Each rank as read: "58th in the world", "top 10 for tanks in Africa"."""
    inferred: tuple[str, ...]
    """What the claim leaves implicit and its claim set gives: "edition 2024 (inferred from the
    claim set's title)"."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "edition": self.edition,
            "edition_from": self.edition_from,
            "subject": self.subject,
            "ranks": list(self.ranks),
            "inferred": list(self.inferred),
        }

    def summary(self) -> str:
        edition = f"Global Firepower {self.edition}" if self.edition else "Global Firepower"
        return f"ranking ({edition}): " + ", ".join(
            [*([self.subject] if self.subject else []), *self.ranks, *self.inferred]
        )


@dataclass(frozen=True, slots=True)
class Assertion:
    """A typed assertion of the relations stage: its verb class, the grammar form it was read
    in, the words read as its verb and its arguments by role."""

    kind: str
    form: str
    words: str
    roles: tuple[tuple[str, str], ...]
    """(role, the words that fill it), in the order of the lexicon's roles."""
    stage: str | None
    confident: bool
    candidates: tuple[str, ...] = ()
    """The rows an argument that is not confident may name."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "form": self.form,
            "words": self.words,
            "roles": [list(pair) for pair in self.roles],
            "stage": self.stage,
            "confident": self.confident,
            "candidates": list(self.candidates),
        }

    def summary(self) -> str:
        head = f"{self.kind} ({self.form}" + (f", {self.stage})" if self.stage else ")")
        roles = ", ".join(f"{role} {value}" for role, value in self.roles)
        doubt = "" if self.confident else f" (not confident: {' or '.join(self.candidates)})"
        return f"{head}: {roles}{doubt}"


_STAGE_WORDS = {"order": "order", "receive": "delivery", "send": "supply"}
_DEAL_KINDS = frozenset({"acquisition", "supply"})
"""Verb classes whose assertion tells a reader what the deals stage's transfer tells."""


@dataclass(frozen=True, slots=True)
class Reading:
    links: tuple[Link, ...]
    places: tuple[Place, ...]
    counts: tuple[Count, ...]
    transfers: tuple[Transfer, ...]
    reversals: tuple[str, ...]
    """The words that turn the statement around ("not", "may"), with their kind."""
    year: int | None
    """The year "this year" means, when the claim or its article gives one."""
    ranking: RankingRead | None = None
    assertions: tuple[Assertion, ...] = ()
    """The typed assertions of the relations stage."""
    attributed: tuple[str, ...] = ()
    """The attribution frames: "attributed to the ministry (“said”, not judged)", a hedge or a
    denial (`veracity.analysis.attribution`)."""
    inferred: tuple[str, ...] = ()
    """What the claim only points back to and its claim set gives or leaves open: "system M1A2
    Abrams for “tanks” (inferred from claim `x`)", or the candidates when there are several."""

    def as_dict(self) -> dict[str, Any]:
        """Plain data for the JSON report (what `dataclasses.asdict` gives, without its deep
        copies: a report holds one reading a claim)."""
        return {
            "links": [
                {
                    "text": x.text,
                    "span": list(x.span),
                    "rows": list(x.rows),
                    "score": x.score,
                    "desk": x.desk,
                    "ambiguous": x.ambiguous,
                    "names": list(x.names),
                    "inferred": x.inferred,
                }
                for x in self.links
            ],
            "places": [{"text": x.text, "span": list(x.span), "code": x.code} for x in self.places],
            "counts": [
                {
                    "text": x.text,
                    "span": list(x.span),
                    "amount": x.amount,
                    "counted": x.counted,
                    "action": x.action,
                    "period": x.period,
                }
                for x in self.counts
            ],
            "transfers": [
                {
                    "system": x.system,
                    "kind": x.kind,
                    "planned": x.planned,
                    "recipient": x.recipient,
                    "supplier": x.supplier,
                    "number": x.number,
                    "year": x.year,
                }
                for x in self.transfers
            ],
            "reversals": list(self.reversals),
            "year": self.year,
            "ranking": self.ranking.as_dict() if self.ranking else None,
            "assertions": [x.as_dict() for x in self.assertions],
            "attributed": list(self.attributed),
            "inferred": list(self.inferred),
        }

    @property
    def empty(self) -> bool:
        return not (
            self.links
            or self.places
            or self.counts
            or self.transfers
            or self.reversals
            or self.ranking
            or self.assertions
            or self.attributed
            or self.inferred
        )

    def summary(self) -> str:
        """One line for a reader: "Su-30SM → systems:su-30sm; Kazakhstan (KAZ); 4 aircraft"."""
        parts = [
            f"{link.text} → {' or '.join(link.rows)}"
            + ("" if link.score >= 100 else f" (near miss, {link.score:.0f})")
            + (" (the desk's link)" if link.desk else "")
            + (" (ambiguous)" if link.ambiguous else "")
            + (f" (inferred from {link.inferred})" if link.inferred else "")
            for link in self.links
        ]
        parts += [f"{p.text} ({p.code})" for p in self.places]
        parts += [
            f"{c.amount} {c.counted}".strip() + (f" ({c.action})" if c.action else "")
            for c in self.counts
        ]
        told = {
            value
            for a in self.assertions
            if a.kind in _DEAL_KINDS
            for role, value in a.roles
            if role == "system"
        }
        for t in self.transfers:
            if t.system in told:
                continue  # the deal's assertion below says the same, with the words read
            roles = [
                f"{label} {value}"
                for label, value in (
                    ("recipient", t.recipient),
                    ("supplier", t.supplier),
                    ("number", t.number),
                    ("year", t.year),
                )
                if value is not None
            ]
            stage = ("planned " if t.planned else "") + _STAGE_WORDS.get(t.kind, t.kind)
            parts.append(f"transfer ({stage}): {', '.join([t.system, *roles])}")
        if self.ranking is not None:
            parts.append(self.ranking.summary())
        parts += [a.summary() for a in self.assertions]
        parts += [f"“{r}”" for r in self.reversals]
        parts += list(self.attributed)
        parts += [i for i in self.inferred if "inferred from" not in i]
        return "; ".join(parts)


def reading(doc: ClaimDoc) -> Reading:
    """The reading of `doc` a report shows."""
    found = doc.mentions
    links = tuple(
        Link(
            m.text,
            m.span,
            tuple(f"{e.dataset}:{e.id}" for e in m.entities),
            m.score,
            m.cue == DESK,
            ambiguous=len(m.of("system")) > 1 and not one_family(m.entities),
            names=tuple(e.name for e in m.entities),
            inferred=_inferred_from(m.cue),
        )
        for m in found.names
    )
    places = tuple(Place(c.text, (c.start, c.end), c.country.iso3) for c in found.countries)
    places += tuple(Place(r.text, (r.start, r.end), r.region) for r in found.regions)
    counts = tuple(
        Count(
            q.phrase,
            q.amount.span,
            q.amount.describe(),
            q.counted,
            q.kind,
            q.period.text if q.period else None,
        )
        for q in doc.quantities
    )
    transfers = tuple(
        Transfer(
            system=d.system.text,
            kind=d.kind,
            planned=d.future,
            recipient=d.recipient.country.iso3 if d.recipient else None,
            supplier=(
                d.supplier.country.iso3
                if d.supplier
                else (d.sender.entities[0].name if d.sender and d.sender.entities else None)
            ),
            number=d.number[0] if d.number else None,
            year=d.year[0] if d.year else None,
        )
        for d in doc.deals
    )
    turned = tuple(f"{r.word} ({r.kind})" for r in doc.reversals)
    return Reading(
        links,
        places,
        counts,
        transfers,
        turned,
        doc.year,
        ranking=_ranking_read(doc),
        assertions=_assertions(doc),
        attributed=tuple(f.summary() for f in doc.attribution.frames),
        inferred=_pointed(doc),
    )


def _inferred_from(cue: str) -> str | None:
    """ "claim `x`" for a mention an earlier claim gave (`veracity.analysis.antecedents`)."""
    if not cue.startswith(INFERRED):
        return None
    return "claim " + cue[len(INFERRED) :].strip(" ()")


def _pointed(doc: ClaimDoc) -> tuple[str, ...]:
    found = pointed_back(doc.claim.id, doc.mentions, doc.context)
    return () if found is None else (found.describe(),)


def _ranking_read(doc: ClaimDoc) -> RankingRead | None:
    found = doc.ranking
    if found is None:
        return None
    return RankingRead(
        found.edition,
        found.edition_from,
        found.subject.iso3 if found.subject else None,
        tuple(r.describe() for r in found.ranks),
        tuple(i.describe() for i in found.inferred),
    )


_ROLES = (
    "buyer",
    "seller",
    "operator",
    "former_operator",
    "maker",
    "owner",
    "system",
    "alias",
    "namer",
    "part",
    "base",
    "place",
)


def _assertions(doc: ClaimDoc) -> tuple[Assertion, ...]:
    found = []
    for r in doc.relations:
        roles: list[tuple[str, str]] = []
        for role in _ROLES:
            value = getattr(r, role)
            if value is not None:
                roles.append((role, value.text))
        if r.joint:
            roles.append(("with", ", ".join(c.text for c in r.joint)))
        roles += [(k, str(v)) for k, v in (("number", r.number), ("year", r.year)) if v is not None]
        found.append(
            Assertion(r.kind, r.form, r.words, tuple(roles), r.stage, r.confident, r.candidates)
        )
    return tuple(found)
