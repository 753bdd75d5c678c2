"""Checks arms deals against SIPRI: who ordered or received what, how many, when, from whom.

Example claim: "Kazakhstan ordered 12 Su-30SM in 2021."
Expected verdict: supported

A deal claim names a recipient country, a system and a transfer verb (ordered, bought, is
acquiring, received, is set to receive, delivered … to), and may give a number, a year and a
supplier ("from Türkiye"). The SIPRI rows of that system and recipient decide (see
`veracity.mentions.transfers` for how SIPRI's names are matched), with SIPRI's uncertainty marks
carried into the explanation:

* a row with the claimed year, number and supplier → `supported`;
* rows exist but none has the claimed year or number → `refuted`, except that a number smaller
  than a recorded order may be a tranche of it (SIPRI files a contract as one row), which is left
  undecided; rows exist from another
  supplier → `misleading` (DESIGN: a supplier named wrongly), and the explanation says whether
  the country named is one of the system's programme partners ("France" for the A400M SIPRI
  lists from Spain); a mismatch with a figure SIPRI marks uncertain, or a year of order one off
  SIPRI's (signature and entry into force often fall a year apart), is left undecided;
* a row SIPRI's comment calls "selected but not yet ordered" is no order: a number that only
  its total with such rows reaches is `misleading`;
* a future delivery or an ongoing acquisition is `supported` when SIPRI shows units still to come
  or a delivery in the year claimed, or its comment plans the deliveries of units still to come
  for that year ("delivery planned 2022-2026"; "by" a year: the last planned by then);
* no SIPRI row at all → `not-enough-evidence`: SIPRI does not record every deal, and records none
  of the small drones or announced plans;
* a verdict that rests on a record's absence (no order that year, none of that number, another
  supplier, a total, "the first") stands only when the register holds every year it needs
  (`veracity.sources.coverage`): the bundled part holds orders 2019-2024, so an older order, a
  delivery of an older order or a plan beyond 2024 is `not-enough-evidence`, with the period
  and the command that imports the whole register; a weapon the whole register first records
  ordered within the years held (`TransferIndex.first_record`) has every record there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Finding, Span, Verdict
from veracity.mentions import Entity, catalog
from veracity.mentions.deal_words import delivery_years, first_delivery, fits
from veracity.mentions.deals import Deal
from veracity.mentions.places import country_name, join_names
from veracity.mentions.readings import one_family, one_reading
from veracity.mentions.transfers import DATASET, Transfer, TransferIndex, transfers
from veracity.sources.coverage import coverage
from veracity.sources.sipri import lease_renewals, leased, not_yet_ordered
from veracity.verifiers.base import BaseVerifier
from veracity.verifiers.deal_outcome import Outcome, flags, lists, matched, within
from veracity.verifiers.deal_rules import (
    beyond_records,
    by_year,
    planned,
    serves,
    wrong_supplier,
)

__all__ = ["TransferDeals"]


class TransferDeals(BaseVerifier):
    """Checks arms deals against SIPRI: who ordered or received what, how many, when, from whom.

    Example claim: "Kazakhstan ordered 12 Su-30SM in 2021."
    Expected verdict: supported
    """

    name = "transfers.deals"
    handles = frozenset({"deals"})

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        index = transfers(context.sources)
        if not index.present:
            return
        period = coverage(context.sources, DATASET)
        judged: list[tuple[Deal, Finding]] = []
        for deal in context.analysis(claim).deals:
            if deal.recipient is None:
                continue
            readings = []
            for system in deal.system.of("system"):
                held = period.from_first(index.first_record(system))
                own = _own(deal, system, context)
                verdict_of = own or self._judge(deal, system, index, context)
                outcome = within(held, deal, verdict_of)
                if deal.joint and outcome.verdict is not Verdict.SUPPORTED:
                    outcome = replace(  # one of several buyers or suppliers: may be joint
                        outcome,
                        verdict=Verdict.NOT_ENOUGH_EVIDENCE,
                        text=f"{outcome.text} The claim names several countries as one party, "
                        "and a joint deal may be recorded otherwise.",
                        covers=(),
                    )
                evidence = [index.evidence(t) for t in outcome.rows[:6]]
                evidence.insert(0, catalog(context.sources).evidence(system, system.name))
                readings.append(
                    self.finding(outcome.verdict, outcome.text, evidence, outcome.covers)
                )
            if readings:
                family = one_family(deal.system.of("system"))
                judged.append((deal, one_reading(readings, deal.system.text, family=family)))
        yield from _together(judged)

    def _judge(self, deal: Deal, system: Entity, index: TransferIndex, context: Context) -> Outcome:
        assert deal.recipient is not None
        code = deal.recipient.country.iso3
        who, what = country_name(code), system.name
        rows = index.of(system, code)
        if not rows:
            others = sorted({country_name(str(t.row["recipient_iso3"])) for t in index.of(system)})
            listed = f" (it lists transfers to {join_names(others[:8])})" if others else ""
            return Outcome(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"SIPRI lists no transfer of the {what} to {who}{listed}; SIPRI does not record "
                "every deal, so the claim cannot be checked.",
                (),
            )
        if deal.relative is not None and deal.year is None:
            return Outcome(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{lists(who, system, rows)} The claim dates the deal relative to when it was "
                "written, and the claim set gives no publication date to say which year.",
                tuple(rows),
            )
        covers: list[Span] = [
            deal.system.span,
            *deal.verb_words,
            *([deal.nominal] if deal.nominal else []),
            *([deal.dated_noun] if deal.dated_noun else []),
            (deal.recipient.start, deal.recipient.end),
            *([deal.force[1]] if deal.force and serves(deal.force[0], system) else []),
            *([deal.units] if deal.units else []),
        ]
        beyond = beyond_records(deal, system, rows, covers, context)
        if beyond is not None:
            return beyond
        if deal.supplier is not None:
            supplier = deal.supplier.country.iso3
            same = [t for t in rows if t.row.get("supplier_iso3") == supplier]
            if not same:
                return wrong_supplier(deal, system, rows, context)
            rows = same
            covers.append((deal.supplier.start, deal.supplier.end))
            if deal.from_span:
                covers.append(deal.from_span)
        if deal.earlier is not None and deal.supplier is None:
            before, said = deal.earlier
            same = [t for t in rows if t.row.get("supplier_iso3") == before.country.iso3]
            if not same:
                return Outcome(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{lists(who, system, rows)} It names no transfer from "
                    f"{country_name(before.country.iso3)}, the units' earlier operator the claim "
                    "names, and units may pass through another state.",
                    tuple(rows),
                )
            rows = same
            covers.append(said)
        if deal.lease is not None:  # a lease: only rows SIPRI marks as one decide it
            leases = [t for t in rows if leased(t.row)]
            if not leases:
                return Outcome(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{lists(who, system, rows)} It does not say the units are leased, so the "
                    "lease the claim names is not confirmed.",
                    tuple(rows),
                )
            rows = leases
            covers.append(deal.lease)
            if deal.renewal is not None:
                return _renewal(deal, system, who, rows, covers)
        if deal.holding and deal.number is not None:  # judged without the fleet's count
            bare = self._judge(replace(deal, number=None, holding=False), system, index, context)
            return _holding(deal, system, who, rows, bare)
        if deal.first_of and deal.kind != "order":
            return _first_of(deal, system, who, rows, covers)
        if deal.kind == "order":
            return self._order(deal, system, who, rows, covers)
        end = coverage(context.sources, DATASET).end
        return self._delivery(deal, system, who, rows, covers, end, _written(context))

    def _order(
        self, deal: Deal, system: Entity, who: str, rows: list[Transfer], covers: list[Span]
    ) -> Outcome:
        listed = lists(who, system, rows)
        chosen = rows
        if deal.year is not None:
            year, span = deal.year
            chosen = [t for t in rows if t.row.get("year_of_order") == year]
            if not chosen:
                near = [t for t in rows if abs(int(t.row["year_of_order"]) - year) <= 1]
                if near:
                    dated = near[0].row["year_of_order"]
                    why = (
                        f"marks the year of order {dated}? as uncertain"
                        if near[0].row.get("year_of_order_uncertain")
                        else f"dates an order to {dated}, and a deal's signature, announcement "
                        "and entry into force often fall a year apart"
                    )
                    return Outcome(
                        Verdict.NOT_ENOUGH_EVIDENCE,
                        f"{listed} It dates none to {year}, but {why}.",
                        tuple(rows),
                    )
                return Outcome(
                    Verdict.REFUTED,
                    f"{listed} None was ordered in {year}.",
                    tuple(rows),
                    (*covers, span),
                )
            covers.append(span)
        planned = [t for t in chosen if not_yet_ordered(t.row)]
        chosen = [t for t in chosen if not not_yet_ordered(t.row)]
        if planned and not chosen:
            return Outcome(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{listed} It records the {system.name} as selected but not yet ordered.",
                tuple(planned),
            )
        if deal.number is not None:
            number, span = deal.number
            exact = [t for t in chosen if t.row.get("number_ordered") == number]
            total = sum(int(t.row.get("number_ordered") or 0) for t in chosen)
            selected = sum(int(t.row.get("number_ordered") or 0) for t in planned)
            if exact:
                chosen = exact
            elif planned and total + selected == number:
                return Outcome(
                    Verdict.MISLEADING,
                    f"{listed} Only {total} were ordered: {number} counts the {selected} SIPRI "
                    "records as selected but not yet ordered.",
                    (*chosen, *planned),
                    (*covers, span),
                )
            elif any(t.row.get("number_ordered") == number for t in planned):
                return Outcome(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{listed} SIPRI records the {number} as selected but not yet ordered.",
                    tuple(planned),
                )
            elif total == number and len(chosen) > 1:  # "18 in 2021": SIPRI's 6 and 12
                return Outcome(
                    Verdict.SUPPORTED,
                    f"{listed} In all {total} were ordered"
                    f"{f' in {deal.year[0]}' if deal.year else ''}.{flags(chosen)}",
                    tuple(chosen),
                    (*covers, span),
                    "absence",  # no other order of the years claimed
                )
            elif any(
                t.row.get("number_ordered_uncertain") or t.row.get("number_ordered") is None
                for t in chosen
            ):
                return Outcome(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{listed} SIPRI's figures do not show {number}, and it marks them as "
                    "uncertain or unknown.",
                    tuple(chosen),
                )
            elif deal.loose:
                return Outcome(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{listed} None was of {number}, but an air-defence system may be a battery, "
                    "a battalion or a regiment, and SIPRI may count otherwise.",
                    tuple(chosen),
                )
            elif any(int(t.row.get("number_ordered") or 0) > number for t in chosen):
                return Outcome(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{listed} None was of {number}, but SIPRI records a contract as one order "
                    f"and {number} may be a tranche or batch of a larger one.",
                    tuple(chosen),
                )
            else:
                return Outcome(
                    Verdict.REFUTED,
                    f"{listed} None was of {number}.",
                    tuple(chosen),
                    (*covers, span),
                )
            covers.append(span)
        if deal.future and not any(self._outstanding(t) for t in chosen):
            return Outcome(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{listed} All were delivered, so SIPRI shows no acquisition still under way.",
                tuple(chosen),
            )
        return matched(deal, system, who, chosen, rows, covers, "year_of_order")

    @staticmethod
    def _ended(t: Transfer, year: int) -> bool:
        """Every unit of the order was delivered, the last in `year` (SIPRI's figures sure)."""
        row = t.row
        return (
            max(delivery_years(row), default=None) == year
            and row.get("number_ordered") is not None
            and row.get("number_delivered") == row.get("number_ordered")
            and not row.get("number_delivered_uncertain")
            and not row.get("number_ordered_uncertain")
        )

    @staticmethod
    def _outstanding(t: Transfer, written: int | None = None) -> bool:
        """Units of the order were still to come: by the data's end, or, for an article
        `written` in a year, after it (a delivery in a later year was still to come then)."""
        ordered, delivered = t.row.get("number_ordered"), t.row.get("number_delivered") or 0
        if ordered is None or int(delivered) < int(ordered):
            return True
        return written is not None and max(delivery_years(t.row), default=0) > written

    @staticmethod
    def _held(
        deal: Deal,
        system: Entity,
        who: str,
        rows: list[Transfer],
        covers: list[Span],
        said: tuple[int, Span],
    ) -> Outcome:
        """ "Egypt flew the Rafale in 2022": units had arrived by then (a count is left to the
        inventory verifiers: SIPRI does not say how many are still in service). "Hungary has
        operated the Gripen since 2006": the first units arrived in that year."""
        year, span = said
        listed = lists(who, system, rows)
        firsts = [min(years) if years else None for years in (delivery_years(t.row) for t in rows)]
        arrived = [t for t, first in zip(rows, firsts, strict=True) if first and first <= year]
        if arrived and deal.since:
            if min(f for f in firsts if f) != year:
                return Outcome(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{listed} Its deliveries did not begin in {year}.",
                    tuple(rows),
                )
            covers = [*covers, deal.since]
        if arrived:
            if deal.number is not None:
                return Outcome(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{listed} Units had arrived by {year}, but SIPRI does not say how many were "
                    "in service then.",
                    tuple(rows),
                )
            return matched(deal, system, who, arrived, rows, [*covers, span], "delivery")
        if any(firsts):
            return Outcome(
                Verdict.REFUTED,
                f"{listed} The first units arrived in {min(f for f in firsts if f)}, after {year}.",
                tuple(rows),
                (*covers, span),
            )
        return Outcome(
            Verdict.NOT_ENOUGH_EVIDENCE, f"{listed} None has been delivered yet.", tuple(rows)
        )

    def _delivery(
        self,
        deal: Deal,
        system: Entity,
        who: str,
        rows: list[Transfer],
        covers: list[Span],
        end: int | None = None,
        written: int | None = None,
    ) -> Outcome:
        """A receipt or delivery; `end` is the data's last year, after which only SIPRI's
        planned deliveries can say what is to come; `written`, the article's year, before
        which what SIPRI records delivered later was still to come."""
        listed = lists(who, system, rows)
        delivered = [t for t in rows if t.row.get("number_delivered")]
        pending = [t for t in rows if self._outstanding(t, written)]
        chosen = pending if deal.future else delivered
        if deal.by and deal.year and deal.number and not deal.future:
            return by_year(deal, system, who, delivered, covers)
        if deal.holds and deal.year is not None:
            return self._held(deal, system, who, rows, covers, deal.year)
        if deal.year is not None:
            year, span = deal.year
            chosen = [t for t in delivered if year in (t.row.get("years_of_delivery") or ())]
            if not chosen:
                if deal.future and pending:  # a year past the data's end: `within` says so
                    plan = planned(deal, system, who, pending, covers, end)
                    if plan is not None:
                        return plan
                    return Outcome(
                        Verdict.NOT_ENOUGH_EVIDENCE,
                        f"{listed} It records no delivery in {year}; units are still due.",
                        tuple(rows),
                    )
                return Outcome(
                    Verdict.REFUTED,
                    f"{listed} None was delivered in {year}.",
                    tuple(rows),
                    (*covers, span),
                )
            if (deal.since or deal.began) and first_delivery(t.row for t in rows) != year:
                return Outcome(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{listed} Its deliveries did not begin in {year}.",
                    tuple(rows),
                )
            if deal.completed:  # "were completed in 2024": the last delivery of a whole order
                ended = [t for t in chosen if self._ended(t, year)]
                later = [
                    t
                    for t in rows
                    if self._outstanding(t) or max(delivery_years(t.row), default=0) > year
                ]
                if ended and later:
                    return Outcome(
                        Verdict.NOT_ENOUGH_EVIDENCE,
                        f"{listed} Units of another order were still due after {year}.",
                        tuple(rows),
                    )
                if not ended:
                    return Outcome(
                        Verdict.NOT_ENOUGH_EVIDENCE,
                        f"{listed} It records no order whose deliveries ended in {year}.",
                        tuple(rows),
                    )
                chosen = ended
                covers.append(deal.completed)
            covers += [span, *([deal.since] if deal.since else [])]
        elif deal.years is not None:
            chosen = [t for t in delivered if fits(t.row, deal.years)]
            if not chosen:
                return Outcome(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{listed} No delivery spans just the years claimed.",
                    tuple(rows),
                )
            covers += deal.years.spans
        elif not chosen:
            why = "none is still to come" if deal.future else "none delivered yet"
            return Outcome(Verdict.NOT_ENOUGH_EVIDENCE, f"{listed} So {why}.", tuple(rows))
        if deal.number is not None:
            number, span = deal.number
            column = "number_ordered" if deal.future and deal.year is None else "number_delivered"
            matching = [
                t
                for t in chosen
                if t.row.get(column) == number
                and (deal.year is None or len(t.row.get("years_of_delivery") or ()) <= 1)
            ]
            year_said = deal.year[0] if deal.year else None
            single_year = year_said is not None and all(
                len(t.row.get("years_of_delivery") or ()) == 1
                and not t.row.get("number_delivered_uncertain")
                for t in chosen
            )
            total = sum(int(t.row.get("number_delivered") or 0) for t in chosen)
            if (
                not matching
                and single_year
                and not deal.loose
                and not (deal.part and total > number)
            ):
                return Outcome(
                    Verdict.REFUTED,
                    f"{listed} It records {total}, not {number}, delivered in {year_said}.",
                    tuple(chosen),
                    (*covers, span),
                )
            if not matching:
                return Outcome(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{listed} No single order or delivery of {number} matches; SIPRI gives totals "
                    "per order, not per year.",
                    tuple(chosen),
                )
            covers.append(span)
            chosen = matching
        outcome = matched(deal, system, who, chosen, rows, covers, "delivery")
        if deal.completed and outcome.verdict is Verdict.SUPPORTED:
            return replace(outcome, rests_on="totals")  # no order up to then delivers later
        return outcome


def _own(deal: Deal, system: Entity, context: Context) -> Outcome | None:
    """ "India's Tejas": a possessive alone (no number, no year) says the weapon is the
    country's, which holds of a weapon it designs as much as of one it received; when the
    catalogue gives the country as the weapon's origin it is supported, without any record."""
    if not deal.possessive or deal.number is not None or deal.year is not None or deal.supplier:
        return None
    assert deal.recipient is not None
    code = deal.recipient.country.iso3
    if code not in catalog(context.sources).origin(system):
        return None
    return Outcome(
        Verdict.SUPPORTED,
        f"The {system.name} is {country_name(code)}'s own: the data gives "
        f"{country_name(code)} as the country it comes from.",
        (),
        (deal.system.span, deal.verb, (deal.recipient.start, deal.recipient.end)),
    )


def _holding(deal: Deal, system: Entity, who: str, rows: list[Transfer], bare: Outcome) -> Outcome:
    """ "Egypt's 24 Rafale were bought in 2015": the count after the buyer's possessive is the
    size of its fleet, which may come from several orders, so it is never compared as one
    order's. `bare` judges the deal without it (a wrong year still refutes it); the count is
    confirmed only when that year's orders (for an undated claim, all its orders) add up to it,
    SIPRI's figures sure."""
    assert deal.number is not None
    number, span = deal.number
    if bare.verdict is not Verdict.SUPPORTED:
        return bare
    year = deal.year[0] if deal.year else None  # undated: every order adds to the fleet
    dated = [
        t for t in rows if not not_yet_ordered(t.row) and year in (None, t.row.get("year_of_order"))
    ]
    total = sum(int(t.row.get("number_ordered") or 0) for t in dated)
    sure = not any(
        t.row.get("number_ordered_uncertain") or t.row.get("number_ordered") is None for t in dated
    )
    if dated and sure and total == number:
        return replace(bare, covers=(*bare.covers, span))
    return Outcome(
        Verdict.NOT_ENOUGH_EVIDENCE,
        f"{lists(who, system, rows)} The claim's {number} follows {who}'s possessive: it is the "
        "size of the fleet, which may come from several orders, and the orders "
        f"{f'of {year} ' if year else ''}do not add up to it.",
        tuple(rows),
    )


def _first_of(
    deal: Deal, system: Entity, who: str, rows: list[Transfer], covers: list[Span]
) -> Outcome:
    """ "In 2006 Hungary received the first of 14 Gripens": an order of that many (SIPRI's
    figure sure) whose first units arrived that year. Anything else is left undecided: the
    count is not a delivery's, and a ceremony may fall a year after SIPRI's first delivery."""
    assert deal.number is not None
    assert deal.first is not None
    number, span = deal.number
    listed = lists(who, system, rows)
    orders = [
        t
        for t in rows
        if t.row.get("number_ordered") == number and not t.row.get("number_ordered_uncertain")
    ]
    if deal.year is None or not orders:
        return Outcome(
            Verdict.NOT_ENOUGH_EVIDENCE,
            f"{listed} The claim counts the units of a whole order, which SIPRI does not show "
            "with the year it needs.",
            tuple(rows),
        )
    year, said = deal.year
    firsts = [min(delivery_years(t.row), default=None) for t in orders]
    chosen = [t for t, first in zip(orders, firsts, strict=True) if first == year]
    if not chosen:
        return Outcome(
            Verdict.NOT_ENOUGH_EVIDENCE,
            f"{listed} The first units of an order of {number} arrived in "
            f"{join_names(sorted({str(f) for f in firsts if f})) or 'no year yet'}, not {year}.",
            tuple(orders),
        )
    return Outcome(
        Verdict.SUPPORTED,
        f"{listed} The first units of the order of {number} arrived in {year}.",
        tuple(chosen),
        (*covers, (deal.first[0], span[1]), said),
    )


def _written(context: Context) -> int | None:
    """The year the claim's article was published, if the claim set gives it: what is to come
    is to come from then."""
    article = context.claim_set.article if context.claim_set else None
    return article.published.year if article and article.published else None


def _together(judged: list[tuple[Deal, Finding]]) -> Iterator[Finding]:
    """The findings of deals, where one verb asserting the deals of several systems ("ordered K2
    tanks and K9 howitzers") is confirmed only with every one of them: a deal that is not
    confirmed leaves the others of its verb undecided too (their shared words unchecked)."""
    for deal, finding in judged:
        open_ = [
            d.system.text
            for d, f in judged
            if d.verb == deal.verb and d is not deal and f.verdict is Verdict.NOT_ENOUGH_EVIDENCE
        ]
        if finding.verdict is Verdict.SUPPORTED and open_:
            finding = replace(
                finding,
                verdict=Verdict.NOT_ENOUGH_EVIDENCE,
                explanation=f"{finding.explanation} The claim's verb also asserts the deal of "
                f"the {join_names(open_)}, which is not confirmed.",
                covers=(),
            )
        yield finding


def _renewal(
    deal: Deal, system: Entity, who: str, rows: list[Transfer], covers: list[Span]
) -> Outcome:
    """A lease's extension in a year ("renewed … during 2012"): `supported` when SIPRI's comment
    on a leased row dates an extension to that year (and its term, when the claim gives one, is
    the comment's); else undecided, since SIPRI's comments need not record every extension."""
    assert deal.renewal is not None
    year, span = deal.renewal
    listed = lists(who, system, rows)
    renewed = [t for t in rows if any(y == year for y, _ in lease_renewals(t.row))]
    if not renewed:
        return Outcome(
            Verdict.NOT_ENOUGH_EVIDENCE,
            f"{listed} Its comments date no extension of the lease to {year}.",
            tuple(rows),
        )
    checked = [*covers, span]
    said = ""
    if deal.renewal_term is not None:
        term, term_span = deal.renewal_term
        terms = {t for r in renewed for y, t in lease_renewals(r.row) if y == year}
        if terms == {term}:
            checked.append(term_span)
            said = f" for {term} years"
    return Outcome(
        Verdict.SUPPORTED,
        f"{listed} SIPRI's comment records the lease extended in {year}{said}.",
        tuple(renewed),
        tuple(checked),
    )
