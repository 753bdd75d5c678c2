"""Checks arms deals against SIPRI: who ordered or received what, how many, when, from whom.

Example claim: "Kazakhstan ordered 12 Su-30SM in 2021."
Expected verdict: supported

A deal claim names a recipient country, a system and a transfer verb (ordered, bought, is
acquiring, received, is set to receive, delivered … to), and may give a number, a year and a
supplier ("from Türkiye"). The SIPRI rows of that system and recipient decide (see
`veracity.mentions.transfers` for how SIPRI's names are matched), with SIPRI's uncertainty marks
carried into the explanation:

* a row with the claimed year, number and supplier → `supported`;
* rows exist but none has the claimed year or number → `refuted`; rows exist from another
  supplier → `misleading` (DESIGN: a supplier named wrongly), and the explanation says whether
  the country named is one of the system's programme partners ("France" for the A400M SIPRI
  lists from Spain); a mismatch with a figure SIPRI marks uncertain, or a year of order one off
  SIPRI's (signature and entry into force often fall a year apart), is left undecided;
* a row SIPRI's comment calls "selected but not yet ordered" is no order: a number that only
  its total with such rows reaches is `misleading`;
* a future delivery or an ongoing acquisition is `supported` when SIPRI shows units still to come
  or a delivery in the year claimed;
* no SIPRI row at all → `not-enough-evidence`: SIPRI does not record every deal, and records none
  of the small drones or announced plans.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Finding, Span, Verdict
from veracity.mentions import Entity, catalog, find_mentions
from veracity.mentions.deal_words import delivery_years, earliest, first_delivery, fits
from veracity.mentions.deals import Deal, find_deals
from veracity.mentions.places import country_name, join_names
from veracity.mentions.readings import one_reading
from veracity.mentions.transfers import Transfer, TransferIndex, transfers, uncertain
from veracity.sources.countries import countries
from veracity.sources.names import name_key
from veracity.sources.sipri import not_yet_ordered
from veracity.verifiers.base import BaseVerifier

__all__ = ["TransferDeals"]

_BEYOND = 3
"""How many times all SIPRI records a past count may exceed before it is refuted."""
_LAST_YEAR = 2024
"""The last year of deliveries the bundled SIPRI export records."""


@dataclass(frozen=True, slots=True)
class _Outcome:
    verdict: Verdict
    text: str
    rows: tuple[Transfer, ...]
    covers: tuple[Span, ...] = ()


def _mark(row: dict[str, object], column: str) -> str:
    value = row.get(column)
    shown = "an unknown number" if value is None else str(value)
    return shown + ("?" if row.get(f"{column}_uncertain") else "")


def _lists(who: str, system: Entity, rows: Sequence[Transfer]) -> str:
    orders = "orders" if len(rows) > 1 else "an order"
    return f"SIPRI lists {orders} of the {system.name} by {who}: {_summary(system, rows)}."


def _summary(system: Entity, rows: Sequence[Transfer]) -> str:
    """ "4 ordered in 2014? (4 delivered in 2015); 12? ordered in 2021? (8 delivered in 2024)"."""
    parts = []
    for t in rows:
        row = t.row
        years = [str(y) for y in row.get("years_of_delivery") or ()]
        done = (
            f"{_mark(row, 'number_delivered')} delivered in {join_names(years)}"
            if years
            else ("none delivered yet")
        )
        shown = t.version and name_key(t.version) not in {name_key(a) for a in system.aliases}
        version = f", SIPRI: {t.version} version" if shown else ""
        verb = "selected (not yet ordered)" if not_yet_ordered(row) else "ordered"
        parts.append(
            f"{_mark(row, 'number_ordered')} {verb} in {_mark(row, 'year_of_order')} "
            f"from {row.get('supplier') or row.get('supplier_iso3')} ({done}{version})"
        )
    return "; ".join(parts)


def _flags(rows: Sequence[Transfer]) -> str:
    marks = sorted({flag for t in rows for flag in uncertain(t.row)})
    return f" SIPRI marks {join_names(marks)} as uncertain." if marks else ""


_SERVICES = {
    "air force": {"aircraft", "helicopter", "uav", "loitering-munition", "missile", "air-defence"},
    "army": {"tank", "armoured-vehicle", "artillery", "rocket-artillery", "helicopter", "uav",
             "loitering-munition", "missile", "air-defence", "radar"},
    "navy": {"ship", "submarine", "helicopter", "aircraft", "uav", "missile", "air-defence",
             "radar"},
}  # fmt: skip
"""The kinds of weapon a service named as the buyer plausibly takes; SIPRI names only the
country, so "the Indian Navy ordered T-90S tanks" leaves "Navy" unchecked."""


def _serves(service: str, system: Entity) -> bool:
    """The service named with the recipient ("the Nigerian air force") takes this weapon."""
    kinds = next((k for name, k in _SERVICES.items() if name in service), None)
    return kinds is None or system.text("category") in kinds


def _matched(
    deal: Deal,
    system: Entity,
    who: str,
    chosen: Sequence[Transfer],
    rows: Sequence[Transfer],
    covers: list[Span],
    when: str,
) -> _Outcome:
    """The rows that match the deal, with what "the first" and "second-hand" or "new" say of
    them checked: the earliest order or delivery, SIPRI's status."""
    listed = f"{_lists(who, system, chosen)}{_flags(chosen)}"
    if deal.first and earliest([t.row for t in chosen], [t.row for t in rows], when):
        covers.append(deal.first)
    if deal.condition:
        said, span = deal.condition
        used = [str(t.row.get("status") or "").startswith("Second hand") for t in chosen]
        if said == "second-hand" and not any(used):
            return _Outcome(
                Verdict.MISLEADING,
                f"{listed} SIPRI records them as new, not second-hand.",
                tuple(chosen),
                (*covers, span),
            )
        if (said == "second-hand" and all(used)) or (said == "new" and not any(used)):
            covers.append(span)
    return _Outcome(Verdict.SUPPORTED, listed, tuple(chosen), tuple(covers))


def _countries_in(comment: str, context: Context) -> set[str]:
    """The countries a SIPRI comment names ("ordered via USA and modified in USA")."""
    return {m.country.iso3 for m in countries(context.sources).find(comment)}


class TransferDeals(BaseVerifier):
    """Checks arms deals against SIPRI: who ordered or received what, how many, when, from whom.

    Example claim: "Kazakhstan ordered 12 Su-30SM in 2021."
    Expected verdict: supported
    """

    name = "transfers.deals"

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        index = transfers(context.sources)
        if not index.present:
            return
        found = find_mentions(claim.text, context.sources)
        for deal in find_deals(claim.text, found):
            if deal.recipient is None:
                continue
            readings = []
            for system in deal.system.of("system"):
                outcome = self._judge(deal, system, index, context)
                evidence = [index.evidence(t) for t in outcome.rows[:6]]
                evidence.insert(0, catalog(context.sources).evidence(system, system.name))
                readings.append(
                    self.finding(outcome.verdict, outcome.text, evidence, outcome.covers)
                )
            if readings:
                yield one_reading(readings, deal.system.text)

    def _judge(
        self, deal: Deal, system: Entity, index: TransferIndex, context: Context
    ) -> _Outcome:
        assert deal.recipient is not None
        code = deal.recipient.country.iso3
        who, what = country_name(code), system.name
        rows = index.of(system, code)
        if not rows:
            others = sorted({country_name(str(t.row["recipient_iso3"])) for t in index.of(system)})
            listed = f" (it lists transfers to {join_names(others[:8])})" if others else ""
            return _Outcome(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"SIPRI lists no transfer of the {what} to {who}{listed}; SIPRI does not record "
                "every deal, so the claim cannot be checked.",
                (),
            )
        covers: list[Span] = [
            deal.system.span,
            deal.verb,
            (deal.recipient.start, deal.recipient.end),
            *([deal.force[1]] if deal.force and _serves(deal.force[0], system) else []),
        ]
        beyond = self._beyond_records(deal, system, rows, covers, context)
        if beyond is not None:
            return beyond
        if deal.supplier is not None:
            supplier = deal.supplier.country.iso3
            same = [t for t in rows if t.row.get("supplier_iso3") == supplier]
            if not same:
                return self._wrong_supplier(deal, system, rows, context)
            rows = same
            covers.append((deal.supplier.start, deal.supplier.end))
            if deal.from_span:
                covers.append(deal.from_span)
        if deal.kind == "order":
            return self._order(deal, system, who, rows, covers)
        return self._delivery(deal, system, who, rows, covers)

    @staticmethod
    def _beyond_records(
        deal: Deal, system: Entity, rows: list[Transfer], covers: list[Span], context: Context
    ) -> _Outcome | None:
        """A past count refuted by all SIPRI records of the system for the recipient, or None.

        A country that neither designs nor licence-builds the system gets all of it from abroad,
        so SIPRI, which records every import of major arms it knows of, bounds the count: more
        than `_BEYOND` times all its records (every supplier, every order) is an exaggeration,
        not a gap in the records. Counts SIPRI leaves unknown bound nothing."""
        if deal.number is None or deal.future or deal.recipient is None:
            return None
        code = deal.recipient.country.iso3
        home = {*catalog(context.sources).origin(system), *system.values("licensed_in")}
        counts = [
            max(int(t.row.get("number_ordered") or 0), int(t.row.get("number_delivered") or 0))
            if t.row.get("number_ordered") is not None
            else None
            for t in rows
        ]
        if code in home or any(c is None for c in counts):
            return None
        total = sum(c or 0 for c in counts)
        number, span = deal.number
        if number <= _BEYOND * total:
            return None
        return _Outcome(
            Verdict.REFUTED,
            f"{_lists(country_name(code), system, rows)} In all, SIPRI records {total} for "
            f"{country_name(code)} from every supplier; {number:,} is more than {_BEYOND} times "
            "that, and the country builds none itself.",
            tuple(rows),
            (*covers, span),
        )

    def _wrong_supplier(
        self, deal: Deal, system: Entity, rows: list[Transfer], context: Context
    ) -> _Outcome:
        assert deal.supplier is not None
        code = deal.supplier.country.iso3
        listed = join_names(
            sorted({str(t.row.get("supplier") or t.row["supplier_iso3"]) for t in rows})
        )
        said = country_name(code)
        recipient = deal.recipient.country.iso3 if deal.recipient else ""
        related = transfers(context.sources).related(system, recipient, code)
        noted = [t for t in rows if code in _countries_in(str(t.row.get("comments")), context)]
        if related or noted:
            what = (
                f"lists {related[0].get('designation')} from {said}"
                if related
                else f"notes: “{noted[0].row.get('comments')}”"
            )
            return _Outcome(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"SIPRI lists {listed} as the supplier of the {system.name} to "
                f"{country_name(recipient)}, but it also {what}; the supplier cannot be judged.",
                tuple(rows),
            )
        cat = catalog(context.sources)
        partners = (*cat.origin(system), *cat.maker_countries(system))
        if code in partners:
            return _Outcome(
                Verdict.MISLEADING,
                f"SIPRI lists {listed} as the supplier of the {system.name} to "
                f"{country_name(deal.recipient.country.iso3) if deal.recipient else 'it'}; "
                f"{said} is a partner in the programme, not the supplier.",
                tuple(rows),
            )
        return _Outcome(
            Verdict.MISLEADING,
            f"SIPRI lists {listed}, not {said}, as the supplier of the {system.name} to "
            f"{country_name(deal.recipient.country.iso3) if deal.recipient else 'it'}: the "
            "transfer happened, but the supplier is named wrongly.",
            tuple(rows),
            (deal.system.span, (deal.supplier.start, deal.supplier.end)),
        )

    def _order(
        self, deal: Deal, system: Entity, who: str, rows: list[Transfer], covers: list[Span]
    ) -> _Outcome:
        listed = _lists(who, system, rows)
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
                    return _Outcome(
                        Verdict.NOT_ENOUGH_EVIDENCE,
                        f"{listed} It dates none to {year}, but {why}.",
                        tuple(rows),
                    )
                return _Outcome(
                    Verdict.REFUTED,
                    f"{listed} None was ordered in {year}.",
                    tuple(rows),
                    (*covers, span),
                )
            covers.append(span)
        planned = [t for t in chosen if not_yet_ordered(t.row)]
        chosen = [t for t in chosen if not not_yet_ordered(t.row)]
        if planned and not chosen:
            return _Outcome(
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
                return _Outcome(
                    Verdict.MISLEADING,
                    f"{listed} Only {total} were ordered: {number} counts the {selected} SIPRI "
                    "records as selected but not yet ordered.",
                    (*chosen, *planned),
                    (*covers, span),
                )
            elif any(t.row.get("number_ordered") == number for t in planned):
                return _Outcome(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{listed} SIPRI records the {number} as selected but not yet ordered.",
                    tuple(planned),
                )
            elif deal.year is None and total == number and len(chosen) > 1:
                return _Outcome(
                    Verdict.SUPPORTED,
                    f"{listed} In all {total} were ordered.{_flags(chosen)}",
                    tuple(chosen),
                    (*covers, span),
                )
            elif any(
                t.row.get("number_ordered_uncertain") or t.row.get("number_ordered") is None
                for t in chosen
            ):
                return _Outcome(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{listed} SIPRI's figures do not show {number}, and it marks them as "
                    "uncertain or unknown.",
                    tuple(chosen),
                )
            else:
                return _Outcome(
                    Verdict.REFUTED,
                    f"{listed} None was of {number}.",
                    tuple(chosen),
                    (*covers, span),
                )
            covers.append(span)
        if deal.future and not any(self._outstanding(t) for t in chosen):
            return _Outcome(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{listed} All were delivered, so SIPRI shows no acquisition still under way.",
                tuple(chosen),
            )
        return _matched(deal, system, who, chosen, rows, covers, "year_of_order")

    @staticmethod
    def _outstanding(t: Transfer) -> bool:
        ordered, delivered = t.row.get("number_ordered"), t.row.get("number_delivered") or 0
        return ordered is None or int(delivered) < int(ordered)

    @staticmethod
    def _by_year(
        deal: Deal, system: Entity, who: str, delivered: list[Transfer], covers: list[Span]
    ) -> _Outcome:
        """ "By the end of 2024, 84 had been delivered": the total delivered up to the year, which
        SIPRI's per-order totals give only when every order counted ended its deliveries by
        then."""
        assert deal.year and deal.number and deal.by
        year, number = deal.year[0], deal.number[0]
        listed = _lists(who, system, delivered)
        counted = [t for t in delivered if min(delivery_years(t.row), default=year + 1) <= year]
        if not counted or any(max(delivery_years(t.row)) > year for t in counted):
            return _Outcome(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{listed} Its totals per order do not show how many had arrived by {year}.",
                tuple(delivered),
            )
        total = sum(int(t.row.get("number_delivered") or 0) for t in counted)
        if total == number:
            return _Outcome(
                Verdict.SUPPORTED,
                f"{listed} By {year}, {total} had been delivered.",
                tuple(counted),
                (*covers, deal.by, deal.number[1]),
            )
        if any(t.row.get("number_delivered_uncertain") for t in counted):
            return _Outcome(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{listed} It marks the numbers delivered as uncertain.",
                tuple(counted),
            )
        return _Outcome(
            Verdict.REFUTED,
            f"{listed} By {year}, {total} had been delivered, not {number}.",
            tuple(counted),
            (*covers, deal.by, deal.number[1]),
        )

    def _delivery(
        self, deal: Deal, system: Entity, who: str, rows: list[Transfer], covers: list[Span]
    ) -> _Outcome:
        listed = _lists(who, system, rows)
        delivered = [t for t in rows if t.row.get("number_delivered")]
        pending = [t for t in rows if self._outstanding(t)]
        chosen = pending if deal.future else delivered
        if deal.by and deal.year and deal.number and not deal.future:
            return self._by_year(deal, system, who, delivered, covers)
        if deal.year is not None:
            year, span = deal.year
            chosen = [t for t in delivered if year in (t.row.get("years_of_delivery") or ())]
            if not chosen:
                last = max(
                    (int(y) for t in rows for y in t.row.get("years_of_delivery") or ()), default=0
                )
                if (deal.future and pending) or year > max(last, _LAST_YEAR):
                    return _Outcome(
                        Verdict.NOT_ENOUGH_EVIDENCE,
                        f"{listed} It records no delivery in {year}; units are still due.",
                        tuple(rows),
                    )
                return _Outcome(
                    Verdict.REFUTED,
                    f"{listed} None was delivered in {year}.",
                    tuple(rows),
                    (*covers, span),
                )
            if (deal.since or deal.began) and first_delivery(t.row for t in rows) != year:
                return _Outcome(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{listed} Its deliveries did not begin in {year}.",
                    tuple(rows),
                )
            covers += [span, *([deal.since] if deal.since else [])]
        elif deal.years is not None:
            chosen = [t for t in delivered if fits(t.row, deal.years)]
            if not chosen:
                return _Outcome(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{listed} No delivery spans just the years claimed.",
                    tuple(rows),
                )
            covers += deal.years.spans
        elif not chosen:
            why = "none is still to come" if deal.future else "none delivered yet"
            return _Outcome(Verdict.NOT_ENOUGH_EVIDENCE, f"{listed} So {why}.", tuple(rows))
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
            if not matching and single_year:
                total = sum(int(t.row.get("number_delivered") or 0) for t in chosen)
                return _Outcome(
                    Verdict.REFUTED,
                    f"{listed} It records {total}, not {number}, delivered in {year_said}.",
                    tuple(chosen),
                    (*covers, span),
                )
            if not matching:
                return _Outcome(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{listed} No single order or delivery of {number} matches; SIPRI gives totals "
                    "per order, not per year.",
                    tuple(chosen),
                )
            covers.append(span)
            chosen = matching
        return _matched(deal, system, who, chosen, rows, covers, "delivery")
