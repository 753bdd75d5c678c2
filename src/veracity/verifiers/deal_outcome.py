"""How a deal verdict is said: the outcome of one reading, and SIPRI's rows in words.

`lists` names the orders ("SIPRI lists an order of the K2 Black Panther by Poland: 180 ordered
in 2022 from South Korea (84 delivered in 2022, 2023 and 2024)"), keeping SIPRI's "?" marks;
`matched` is the outcome for rows that fit a claim, with "the first", "second-hand" and "new"
checked against them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from veracity.findings import Span, Verdict
from veracity.mentions import Entity
from veracity.mentions.deal_words import ROUNDING, earliest, money_in, worth_recorded
from veracity.mentions.deals import Deal
from veracity.mentions.licensed import built_there
from veracity.mentions.places import join_names
from veracity.mentions.transfers import Transfer, uncertain
from veracity.sources.coverage import Period
from veracity.sources.names import name_key
from veracity.sources.sipri import not_yet_ordered

__all__ = ["Outcome", "absent_years", "flags", "lists", "matched", "needs", "within"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One reading of a deal: the verdict, why, the rows used and the words checked."""

    verdict: Verdict
    text: str
    rows: tuple[Transfer, ...]
    covers: tuple[Span, ...] = ()
    rests_on: Literal["found", "absence", "totals"] | None = None
    """What the verdict rests on: rows found; rows not found in the years claimed; or totals over
    every record up to them. None: a refutation or a misleading supplier rests on absence, a
    supported verdict on rows found (see `needs`)."""


def needs(deal: Deal, outcome: Outcome) -> tuple[int | None, int | None] | None:
    """The years of order the register must hold whole for `outcome` to stand, as
    `Period.gap` takes them (None: from its first record, to its last year); None when the
    outcome rests on rows found, which stand whatever the register leaves out."""
    rests = outcome.rests_on or ("found" if outcome.verdict is Verdict.SUPPORTED else "absence")
    if rests == "found" or outcome.verdict is Verdict.NOT_ENOUGH_EVIDENCE:
        return None
    return absent_years(deal, rests)


def absent_years(deal: Deal, rests: str = "absence") -> tuple[int | None, int | None]:
    """The years of order in which no record may be missing for an absence (or, with
    "totals", a total) to decide `deal`: an order's are the years claimed (every year, for a
    claim that gives none); a delivery's or a total's every order up to them, since older
    orders deliver too."""
    said = (
        (deal.year[0], deal.year[0])
        if deal.year
        else (min(deal.years.values), max(deal.years.values))
        if deal.years and deal.years.values
        else (None, None)
    )
    if rests == "totals" or deal.kind != "order":
        return None, said[1]
    return said


def within(period: Period, deal: Deal, outcome: Outcome) -> Outcome:
    """`outcome`, or not-enough-evidence saying why when it rests on years `period` lacks; an
    undecided outcome says it too ("none delivered yet" is about the records held)."""
    if outcome.verdict is Verdict.NOT_ENOUGH_EVIDENCE:
        gap = period.gap(*absent_years(deal))
        if gap is None or gap in outcome.text:
            return outcome
        return replace(outcome, text=f"{outcome.text} {gap}")
    years = needs(deal, outcome)
    gap = period.gap(*years) if years is not None else None
    if gap is None:
        return outcome
    return Outcome(Verdict.NOT_ENOUGH_EVIDENCE, f"{outcome.text} {gap}", outcome.rows)


def mark(row: dict[str, object], column: str) -> str:
    value = row.get(column)
    shown = "an unknown number" if value is None else str(value)
    return shown + ("?" if row.get(f"{column}_uncertain") else "")


def lists(who: str, system: Entity, rows: Sequence[Transfer]) -> str:
    orders = "orders" if len(rows) > 1 else "an order"
    return f"SIPRI lists {orders} of the {system.name} by {who}: {summary(system, rows)}."


def summary(system: Entity, rows: Sequence[Transfer]) -> str:
    """ "4 ordered in 2014? (4 delivered in 2015); 12? ordered in 2021? (8 delivered in 2024)"."""
    parts = []
    for t in rows:
        row = t.row
        years = [str(y) for y in row.get("years_of_delivery") or ()]
        done = (
            f"{mark(row, 'number_delivered')} delivered in {join_names(years)}"
            if years
            else ("none delivered yet")
        )
        shown = t.version and name_key(t.version) not in {name_key(a) for a in system.aliases}
        version = f", SIPRI: {t.version} version" if shown else ""
        verb = "selected (not yet ordered)" if not_yet_ordered(row) else "ordered"
        parts.append(
            f"{mark(row, 'number_ordered')} {verb} in {mark(row, 'year_of_order')} "
            f"from {row.get('supplier') or row.get('supplier_iso3')} ({done}{version})"
        )
    return "; ".join(parts)


def flags(rows: Sequence[Transfer]) -> str:
    marks = sorted({flag for t in rows for flag in uncertain(t.row)})
    return f" SIPRI marks {join_names(marks)} as uncertain." if marks else ""


def matched(
    deal: Deal,
    system: Entity,
    who: str,
    chosen: Sequence[Transfer],
    rows: Sequence[Transfer],
    covers: list[Span],
    when: str,
) -> Outcome:
    """The rows that match the deal, with what "the first" and "second-hand" or "new" say of
    them checked: the earliest order or delivery, SIPRI's status."""
    listed = f"{lists(who, system, chosen)}{flags(chosen)}"
    rests: Literal["found", "totals"] = "found"
    if deal.first and earliest([t.row for t in chosen], [t.row for t in rows], when):
        covers.append(deal.first)
        rests = "totals"  # the earliest of every record up to then
    if deal.nth and _ranked(deal.nth[0], chosen, rows, dated=deal.year is not None):
        covers.append(deal.nth[1])
        if deal.year is not None:
            rests = "totals"  # its rank among every order up to then
    if deal.condition:
        said, span = deal.condition
        used = [str(t.row.get("status") or "").startswith("Second hand") for t in chosen]
        if said == "second-hand" and not any(used):
            return Outcome(
                Verdict.MISLEADING,
                f"{listed} SIPRI records them as new, not second-hand.",
                tuple(chosen),
                (*covers, span),
                "found",
            )
        if (said == "second-hand" and all(used)) or (said == "new" and not any(used)):
            covers.append(span)
    if deal.more and deal.kind == "order" and _earlier_order(chosen, rows):
        covers.append(deal.more)
    if deal.money and any(_valued(t.row, deal.money[0]) for t in chosen):
        covers.append(deal.money[1])
    if deal.worth and any(
        worth_recorded(str(t.row.get("comments") or ""), deal.worth) for t in chosen
    ):
        covers.append(deal.worth.span)
    if deal.built_in and any(built_there(t.row, deal.built_in[0]) for t in chosen):
        covers.append(deal.built_in[1])
    return Outcome(Verdict.SUPPORTED, listed, tuple(chosen), tuple(covers), rests)


def _ranked(nth: int, chosen: Sequence[Transfer], rows: Sequence[Transfer], *, dated: bool) -> bool:
    """ "a second order": SIPRI records at least `nth` orders of the recipient's (years of
    order sure), and, when the claim dates it, the chosen one is the `nth` of them by year."""
    years = [t.row.get("year_of_order") for t in rows if not not_yet_ordered(t.row)]
    if any(y is None for y in years) or any(t.row.get("year_of_order_uncertain") for t in rows):
        return False
    ordered = sorted(int(str(y)) for y in years)
    if len(set(ordered)) < len(ordered) or len(ordered) < nth:
        return False  # two orders of one year: their rank is unknown
    if not dated:
        return True
    return {int(str(t.row.get("year_of_order"))) for t in chosen} == {ordered[nth - 1]}


def _earlier_order(chosen: Sequence[Transfer], rows: Sequence[Transfer]) -> bool:
    """An order of the recipient's before every chosen one: "30 additional Rafales" came on top
    of it (SIPRI's years of order sure)."""
    years = [t.row.get("year_of_order") for t in chosen]
    if not years or any(
        y is None or t.row.get("year_of_order_uncertain")
        for t, y in zip(chosen, years, strict=True)
    ):
        return False
    first = min(int(str(y)) for y in years)
    return any(
        t.row.get("year_of_order") is not None and int(str(t.row["year_of_order"])) < first
        for t in rows
    )


def _valued(row: Mapping[str, Any], dollars: float) -> bool:
    """SIPRI's comment gives this value, within the rounding of a press figure (3%)."""
    return any(
        low * (1 - ROUNDING) <= dollars <= high * (1 + ROUNDING)
        for low, high in money_in(str(row.get("comments") or ""))
    )
