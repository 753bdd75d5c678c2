"""Rules of the deal verifier beyond matching one row: who supplied it, how many in all, which
service, and totals up to a year.

* `wrong_supplier`: a supplier SIPRI does not list is named wrongly (`misleading`), unless SIPRI
  lists it for a variant of the system or names it in its comment (left undecided);
* `named_variant`: that variant is the claim's when the words after the name give its category
  ("Patriot missiles": SIPRI's MIM-104 PAC-2 rows);
* `beyond_records`: a past count more than `BEYOND` times all SIPRI records of the system for a
  country that builds none itself is `refuted`;
* `serves`: the service named with the buyer ("the Indian Army") is the only one that takes
  that kind of weapon;
* `by_year`: "by the end of 2024, 84 had been delivered", where SIPRI's totals allow;
* `planned`: "is set to receive … in 2026", where SIPRI's comment plans the deliveries of units
  still to come for that year.
"""

from __future__ import annotations

from veracity.context import Context
from veracity.findings import Span, Verdict
from veracity.mentions import Entity, catalog
from veracity.mentions.deal_words import delivery_years, planned_deliveries
from veracity.mentions.deals import Deal
from veracity.mentions.places import country_name, join_names
from veracity.mentions.transfers import Row, Transfer, transfers
from veracity.sources.countries import countries
from veracity.sources.importers.sipri_categories import category_of
from veracity.verifiers.deal_outcome import Outcome, lists

__all__ = [
    "BEYOND",
    "SERVICES",
    "beyond_records",
    "by_year",
    "named_variant",
    "planned",
    "serves",
    "wrong_supplier",
]

BEYOND = 3
"""How many times all SIPRI records a past count may exceed before it is refuted."""

SERVICES: dict[str, set[str]] = {
    "army": {"tank", "armoured-vehicle", "artillery", "rocket-artillery"},
    "navy": {"ship", "submarine"},
    "air force": {"aircraft"},
}
"""The weapons a service of a country takes in the main. SIPRI names the country, not the
service, so the service is read as part of the recipient's name when the weapon is of its kind:
"the Indian Army ordered T-90S tanks" (tanks go to armies), "the Nigerian air force received 12
Super Tucanos" (fixed-wing aircraft go to air forces; naval and army aviation fly mostly
helicopters, which no service is checked for)."""


def serves(service: str, system: Entity) -> bool:
    """The service named with the recipient ("the Nigerian air force") takes this weapon."""
    kinds = next((k for name, k in SERVICES.items() if name in service), None)
    return kinds is None or system.text("category") in kinds


def countries_in(comment: str, context: Context) -> set[str]:
    """The countries a SIPRI comment names ("ordered via USA and modified in USA")."""
    return {m.country.iso3 for m in countries(context.sources).find(comment)}


def beyond_records(
    deal: Deal, system: Entity, rows: list[Transfer], covers: list[Span], context: Context
) -> Outcome | None:
    """A past count refuted by all SIPRI records of the system for the recipient, or None.

    A country that neither designs nor licence-builds the system gets all of it from abroad,
    so SIPRI, which records every import of major arms it knows of, bounds the count: more
    than `BEYOND` times all its records (every supplier, every order) is an exaggeration,
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
    if number <= BEYOND * total:
        return None
    return Outcome(
        Verdict.REFUTED,
        f"{lists(country_name(code), system, rows)} In all, SIPRI records {total} for "
        f"{country_name(code)} from every supplier; {number:,} is more than {BEYOND} times "
        "that, and the country builds none itself.",
        tuple(rows),
        (*covers, span),
        "totals",
    )


def wrong_supplier(deal: Deal, system: Entity, rows: list[Transfer], context: Context) -> Outcome:
    assert deal.supplier is not None
    code = deal.supplier.country.iso3
    listed = join_names(
        sorted({str(t.row.get("supplier") or t.row["supplier_iso3"]) for t in rows})
    )
    said = country_name(code)
    recipient = deal.recipient.country.iso3 if deal.recipient else ""
    related = transfers(context.sources).related(system, recipient, code)
    noted = [t for t in rows if code in countries_in(str(t.row.get("comments")), context)]
    named = named_variant(deal, system, related, context)
    if named is not None:
        return named
    if related or noted:
        what = (
            f"lists {related[0].get('designation')} from {said}"
            if related
            else f"notes: “{noted[0].row.get('comments')}”"
        )
        return Outcome(
            Verdict.NOT_ENOUGH_EVIDENCE,
            f"SIPRI lists {listed} as the supplier of the {system.name} to "
            f"{country_name(recipient)}, but it also {what}; the supplier cannot be judged.",
            tuple(rows),
        )
    cat = catalog(context.sources)
    partners = (*cat.origin(system), *cat.maker_countries(system))
    if code in partners:
        return Outcome(
            Verdict.MISLEADING,
            f"SIPRI lists {listed} as the supplier of the {system.name} to "
            f"{country_name(deal.recipient.country.iso3) if deal.recipient else 'it'}; "
            f"{said} is a partner in the programme, not the supplier.",
            tuple(rows),
        )
    return Outcome(
        Verdict.MISLEADING,
        f"SIPRI lists {listed}, not {said}, as the supplier of the {system.name} to "
        f"{country_name(deal.recipient.country.iso3) if deal.recipient else 'it'}: the "
        "transfer happened, but the supplier is named wrongly.",
        tuple(rows),
        (deal.system.span, (deal.supplier.start, deal.supplier.end)),
    )


def named_variant(
    deal: Deal, system: Entity, related: list[Row], context: Context
) -> Outcome | None:
    """ "The Netherlands supplied Patriot missiles": the category words right after the name say
    which part of the system is meant, and a row from that supplier of a variant of that
    category (SIPRI's "MIM-104 PAC-2", a missile, for the Patriot SAM system) is the claim's.
    Only a claim with no number and no year is decided so: those would need that row judged."""
    doc = context.doc
    if doc is None or deal.number or deal.year or deal.future or not related:
        return None
    text = doc.text
    run = next((r for r in doc.roles if r.start > deal.system.end), None)
    if run is None or text[deal.system.end : run.start].strip() or not run.categories:
        return None
    fitting = [
        row
        for row in related
        if (found := category_of(str(row.get("description") or ""))) is not None
        and found[0] in run.categories
        # words that fit other kinds of weapon too ("batteries") do not single the part out
        and run.categories <= {found[0], system.text("category")}
        and (deal.kind == "order" or int(row.get("number_delivered") or 0) > 0)
    ]
    if not fitting or deal.supplier is None:
        return None
    said = country_name(deal.supplier.country.iso3)
    return Outcome(
        Verdict.SUPPORTED,
        f"SIPRI lists {fitting[0].get('designation')} of the {system.name} from {said} to "
        f"{country_name(str(fitting[0].get('recipient_iso3')))}: the “{run.text}” of the claim.",
        tuple(Transfer(row=row, how="family", version="") for row in fitting),
        (
            deal.system.span,
            deal.verb,
            (run.start, run.end),
            (deal.supplier.start, deal.supplier.end),
            *([(deal.recipient.start, deal.recipient.end)] if deal.recipient else []),
        ),
    )


def by_year(
    deal: Deal, system: Entity, who: str, delivered: list[Transfer], covers: list[Span]
) -> Outcome:
    """ "By the end of 2024, 84 had been delivered": the total delivered up to the year, which
    SIPRI's per-order totals give only when every order counted ended its deliveries by
    then."""
    assert deal.year is not None
    assert deal.number is not None
    assert deal.by is not None
    year, number = deal.year[0], deal.number[0]
    listed = lists(who, system, delivered)
    counted = [t for t in delivered if min(delivery_years(t.row), default=year + 1) <= year]
    if not counted or any(max(delivery_years(t.row)) > year for t in counted):
        return Outcome(
            Verdict.NOT_ENOUGH_EVIDENCE,
            f"{listed} Its totals per order do not show how many had arrived by {year}.",
            tuple(delivered),
        )
    total = sum(int(t.row.get("number_delivered") or 0) for t in counted)
    if total == number:
        return Outcome(
            Verdict.SUPPORTED,
            f"{listed} By {year}, {total} had been delivered.",
            tuple(counted),
            (*covers, deal.by, deal.number[1]),
            "totals",
        )
    if any(t.row.get("number_delivered_uncertain") for t in counted):
        return Outcome(
            Verdict.NOT_ENOUGH_EVIDENCE,
            f"{listed} It marks the numbers delivered as uncertain.",
            tuple(counted),
        )
    return Outcome(
        Verdict.REFUTED,
        f"{listed} By {year}, {total} had been delivered, not {number}.",
        tuple(counted),
        (*covers, deal.by, deal.number[1]),
    )


def planned(
    deal: Deal,
    system: Entity,
    who: str,
    pending: list[Transfer],
    covers: list[Span],
    end: int | None,
) -> Outcome | None:
    """ "Taiwan is set to receive the M1A2 in 2026": units still to come whose record's comment
    plans deliveries in that year ("delivery planned 2022-2026"), or, with "by", the last of them
    by then, or, "completed" then, the last of them in it; None when no plan says so (plans
    change: a year outside them refutes nothing). A
    count is not weighed: SIPRI's plans are of whole orders. Only for a year after the data's
    last (`end`): within it, the deliveries recorded say what happened."""
    if deal.year is None or deal.number is not None or end is None or deal.year[0] <= end:
        return None
    year, span = deal.year
    fitting = []
    for t in pending:
        plan = planned_deliveries(t.row)
        if plan is None:
            continue
        first, last = plan
        if deal.completed:  # "to be completed in 2026": the last planned then
            fits = last == year
        elif deal.by:
            fits = last is not None and last <= year
        else:
            fits = first is not None and (first <= year <= last if last else first == year)
        if fits:
            fitting.append((t, plan))
    if not fitting:
        return None
    said = join_names([_plan(first, last) for _, (first, last) in fitting])
    return Outcome(
        Verdict.SUPPORTED,
        f"{lists(who, system, [t for t, _ in fitting])} SIPRI's comments plan deliveries "
        f"{said}, as claimed for {year}.",
        tuple(t for t, _ in fitting),
        (*covers, span, *(s for s in (deal.by, deal.completed) if s)),
        "found",
    )


def _plan(first: int | None, last: int | None) -> str:
    """A planned period in words: "2022-2026", "in 2025", "by 2027", "from 2026"."""
    if first is not None and last is not None:
        return f"{first}-{last}" if first != last else f"in {first}"
    return f"by {last}" if last is not None else f"from {first}"
