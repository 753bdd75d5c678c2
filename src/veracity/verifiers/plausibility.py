"""Weighs the quantities a country acquires, receives or overhauls against its inventory.

Example claim: "Five hundred new fighter jets are being procured for Kazakhstan's Air Defense
Forces."
Expected verdict: refuted

The rule. A count of things ordered, delivered, overhauled, recruited or deployed (not produced:
exporters build more than they field) is `refuted` when it exceeds

    max(FACTOR × the country's inventory of that category, FLOOR of the category)

in the newest Global Firepower edition bundled (`gfp-2024`), and the explanation shows the
arithmetic. The thresholds were calibrated on the SIPRI register (export of March 2025): not
one of its 5,910 orders placed since 2000 with a certain number, weighed against its buyer's
2024 inventory in every category its description falls in, would be refuted (a test re-checks
this whenever the register is installed). FACTOR is 4 for every category: above the floors,
the largest real ratios are 3.2 (Poland's 96 AH-64E against 30 attack helicopters) and 3.0
(Australia's 72 F-35A against 24 fighters). FLOORS are the first batch a country with no or a
tiny inventory may buy, rounded up from the largest such orders: 52 F-35A for Norway (no
fighter counted), 53 S-70 helicopters for Afghanistan, 44 Leopard-2A7 for Lithuania, 54 K-9
for Romania, 26 Cessna-208 for Afghanistan. The figure weighed is the amount's lower bound
("more than 50" weighs 51, "up to 500" weighs 500, "fewer than 30" is never too large).

A figure whose country the claim does not name is weighed against the article's main country,
but refuted only when the claim names a national institution by "the …" alone ("for the Air
Defense Forces"), which points to that country's; a figure with no holder at all ("nearly 300
have been delivered") may be a maker's production, and is not refuted.

A fleet a country "will field" or "will have" is weighed the same way: it is an acquisition
plan in other words. A fleet it has now is not weighed (that is an inventory claim).

A budget rule (a total cost above the yearly defence budget at a typical unit price) is left
out: no bundled dataset gives cited unit prices, and SIPRI's trend-indicator values are not
prices.

With the SIPRI register (`arms-transfers`) installed, a row with the same recipient,
category, number and period (year of order for orders, years of delivery for deliveries; a
plan with no year is never matched) makes the quantity `supported`, and refutations add how
many of that category the country ordered from abroad in all. A plausible quantity that no row
confirms stays `not-enough-evidence`: plausible is not proven. Drones and air-defence systems
have no Global Firepower column, so only SIPRI can speak to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from veracity.analysis import ClaimDoc
from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Evidence, Finding, Verdict
from veracity.lexicons import lexicon
from veracity.mentions.transfers import transfers
from veracity.quantities.deals import Deal, Deals, deals, describe
from veracity.quantities.parse import Quantity
from veracity.sources.dataset import Dataset
from veracity.sources.registry import Sources
from veracity.verifiers.base import BaseVerifier
from veracity.verifiers.gfp_editions import editions

__all__ = ["FACTOR", "FLOORS", "QuantityPlausibility"]

FACTOR = 4.0
FLOORS: dict[str, int] = {
    "fighters": 60,
    "combat-aircraft": 60,
    "attack-aircraft": 40,
    "transport-aircraft": 30,
    "trainer-aircraft": 40,
    "tanker-aircraft": 10,
    "special-mission-aircraft": 20,
    "aircraft": 100,
    "helicopters": 60,
    "attack-helicopters": 40,
    "tanks": 60,
    "armoured-vehicles": 500,
    "sp-artillery": 60,
    "rocket-launchers": 50,
    "towed-artillery": 100,
    "artillery": 100,
    "submarines": 6,
    "aircraft-carriers": 2,
    "helicopter-carriers": 2,
    "destroyers": 6,
    "frigates": 6,
    "corvettes": 6,
    "patrol-vessels": 70,
    "mine-warfare": 12,
    "ships": 40,
    "paramilitary": 20_000,
    "total-personnel": 20_000,
    "personnel": 20_000,
    "reservists": 20_000,
    "equipment": 500,
}
"""The largest first batch a country with no (or a tiny) inventory of the category may buy."""
_KINDS = frozenset({"acquisition", "delivery", "maintenance", "recruitment", "deployment"})


def _edition(sources: Sources) -> tuple[Dataset, str] | None:
    """The newest bundled Global Firepower table, and how to cite it."""
    found = editions(sources)
    if not found:
        return None
    year = max(found)
    return sources.dataset(found[year]), f"Global Firepower {year}"


def _name(name: str) -> str:
    """A country name as a sentence uses it: "the Philippines", "the United States"."""
    listed = name.lower() in lexicon("country-names-with-the")
    plural = listed or name.startswith("United ") or name.endswith(("Republic", "Islands"))
    return f"the {name}" if plural else name


def _possessive(name: str) -> str:
    return f"{_name(name)}'" if name.endswith("s") else f"{_name(name)}'s"


@dataclass(frozen=True, slots=True)
class _Past:
    """What SIPRI says about the country's past orders of the category, for explanations."""

    clause: str = ""
    sentence: str = ""
    evidence: tuple[Evidence, ...] = ()


def _share(size: float, fleet: int) -> str:
    """ "6.2 times" or "15% of": the share of `size` in an inventory of `fleet`."""
    ratio = size / fleet
    if ratio >= 1.5:
        return f"{ratio:.1f} times" if ratio < 10 else f"{ratio:.0f} times"
    percent = 100 * ratio
    return f"{percent:.1f}% of" if percent < 1 else f"{percent:.0f}% of"


def _of_named_systems(found: list[Deal], doc: ClaimDoc) -> list[Deal]:
    """The rows about a weapon the claim names, when it names any: a row of the same number and
    category confirms "two Rafale jets" only if it is a Rafale row, not Egypt's two AW139s."""
    named = [e for m in doc.mentions.systems for e in m.of("system")]
    if not named:
        return found
    index = transfers(doc.context.sources)
    return [d for d in found if any(index.match(system, d.row) for system in named)]


class QuantityPlausibility(BaseVerifier):
    """Weighs quantities ordered, delivered or overhauled against the country's inventory (GFP).

    Example claim: "Five hundred new fighter jets are being procured for Kazakhstan's Air
    Defense Forces."
    Expected verdict: refuted
    """

    name = "quantities.plausibility"
    handles = frozenset({"quantities"})

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        doc = context.analysis(claim)
        quantities = [
            q for q in doc.quantities if q.kind in _KINDS or (q.kind == "inventory" and q.future)
        ]
        if not quantities:
            return
        register = deals(context.sources)
        edition = _edition(context.sources)
        for quantity in quantities:
            yield self._assess(quantity, doc, register, edition)

    def _assess(
        self,
        q: Quantity,
        doc: ClaimDoc,
        register: Deals | None,
        edition: tuple[Dataset, str] | None,
    ) -> Finding:
        said = f"“{q.phrase}”"
        size = q.amount.size
        if size is None:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{said} only sets an upper bound, which cannot be implausibly large.",
            )
        if q.country is None:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{said} names no country, so the figure cannot be weighed.",
            )
        if register is not None:
            confirmed = _of_named_systems(register.confirming(q, doc.spelled), doc)
            if confirmed:
                return self._supported(q, doc, register, confirmed[0])
        past = self._past(q, register, size)
        row = edition[0].get(q.country.iso3) if edition else None
        if edition is None or row is None:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{said}: no bundled inventory covers {q.country.name}, so the figure cannot be "
                f"weighed; no record confirms it.{past.sentence}",
                past.evidence,
            )
        values = [row.get(c) for c in q.category.columns]
        if not values or any(v is None for v in values):
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{said}: {edition[1]} counts no {q.category.plural} for {q.country.name}, so the "
                f"figure cannot be weighed; no record confirms it.{past.sentence}",
                past.evidence,
            )
        return self._weigh(q, size, row, edition, past, doc)

    def _weigh(
        self,
        q: Quantity,
        size: float,
        row: dict[str, Any],
        edition: tuple[Dataset, str],
        past: _Past,
        doc: ClaimDoc,
    ) -> Finding:
        table, label = edition
        country = str(row["country"])  # as the cited table names it
        fleet = sum(int(row[c]) for c in q.category.columns)
        floor = FLOORS.get(q.category.id, 0)
        counted = ", ".join(f"{c.replace('_', ' ')} {int(row[c]):,}" for c in q.category.columns)
        evidence = [
            Evidence(
                table.meta.id,
                str(row["iso3"]),
                table.row_url(row),
                table.meta.retrieved,
                f"{row['country']}: {counted}",
            ),
            *past.evidence,
        ]
        whole = f"{_possessive(country)} whole {q.category.fleet} ({fleet:,}, {label})"
        if size > max(FACTOR * fleet, floor):
            said = f"{q.amount.describe()} {q.counted}"
            head = (
                f"{said} would be {_share(q.amount.stated, fleet)} {whole}"
                if fleet
                else f"{_name(country)} has no {q.category.plural} ({label}), and {said} are more "
                f"than the {floor:,} a first batch may hold"
            )
            rule = (
                f"the rule refutes more than {FACTOR:g} times the inventory, or {floor:,} "
                "where it is small"
            )
            if q.country_from == "article" and not doc.institution:
                return self.finding(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"The claim names no country: if the figure is {_possessive(country)}, the "
                    f"article's main country, {head}; but nothing in the claim says whose it "
                    "is (a maker's production or another country's fleet would be larger), so "
                    "it is not refuted.",
                    evidence,
                )
            return self.finding(
                Verdict.REFUTED,
                f"{head[:1].upper()}{head[1:]}{past.clause}; {rule}.",
                evidence,
                q.spans(),
            )
        said = q.amount.describe()
        weighed = (
            f"{said} is {_share(q.amount.stated, fleet)} {whole}"
            if fleet
            else f"{_name(country)} has no {q.category.plural} ({label}), and {said} is within "
            f"a first batch of {floor:,}"
        )
        return self.finding(
            Verdict.NOT_ENOUGH_EVIDENCE,
            f"Plausible: {weighed}; no record confirms it.{past.sentence}",
            evidence,
        )

    def _supported(self, q: Quantity, doc: ClaimDoc, register: Deals, deal: Deal) -> Finding:
        covers = q.spans()
        if q.new is not None and deal.row.get("status") != "New":
            covers.remove(q.new)  # "24 new F-16s" when SIPRI records them second-hand
        if deal.designation is not None:
            covers.append(deal.designation)
        supplier = deal.row.get("supplier_iso3")
        covers += [(m.start, m.end) for m in doc.mentions.countries if m.country.iso3 == supplier]
        return self.finding(
            Verdict.SUPPORTED,
            f"SIPRI records the deal: {describe(deal.row)}; it matches “{q.phrase}”.",
            [register.evidence(deal.row)],
            covers,
        )

    @staticmethod
    def _past(q: Quantity, register: Deals | None, size: float) -> _Past:
        if register is None or q.country is None or not q.category.sipri:
            return _Past()
        total = register.ordered(q.country.iso3, q.category.id)
        if total is None:
            return _Past()
        units, first, last = total
        years = f"{first}–{last}" if first != last else str(first)
        rows = register.rows(q.country.iso3, q.category.id)
        what = f"{units:,} {q.category.plural} ordered from abroad in {years}"
        evidence = register.evidence(
            rows[0], f"{q.country.name}: {what} ({len(rows)} SIPRI records)"
        )
        period = register.table.meta.period
        part = period is not None and not period.whole
        if period is not None and part:  # "all it ordered" would be false of a part
            what += f" (the register held covers {period.label} only)"
        clause = (
            f" and more than all {units:,} {q.category.plural} it ordered from abroad in {years} "
            "(SIPRI)"
            if size > units and not part
            else ""
        )
        return _Past(clause, f" SIPRI records {what}.", (evidence,))
