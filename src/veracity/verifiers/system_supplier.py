"""Checks who is said to deliver or sell a system; organisations that build nothing are flagged.

Example claim: "The European Union is expected to deliver the first A400M to Kazakhstan."
Expected verdict: misleading

The source of a delivery is read from a transfer verb ("the EU will deliver …", "… was supplied
by NATO", "… received the A400M from OCCAR"):

* a political union, alliance or international organisation (the EU, NATO, the CSTO) builds
  and sells no weapons → `misleading`, saying who builds the system and whom SIPRI lists as the
  supplier to that recipient;
* a procurement agency (OCCAR) buys for its member states: delivering to a non-member is
  `misleading`; a government body (a ministry, a state export agency such as Rosoboronexport)
  may well hand weapons over, so either is otherwise left undecided;
* a maker: `supported` if it (or a company of its group) builds the system, `refuted` if not;
  undecided when SIPRI records every unit the recipient got as second-hand (the HIMARS sent to
  Ukraine came from US Army stocks, not from Lockheed Martin), and when the register held lacks
  the years that would show it (`veracity.sources.coverage`: the bundled part holds orders
  2019-2024 only).

A name several unrelated rows share is judged on each row the context other than the sender
leaves (`Mention.judged`), and decided only when every row reaches the same verdict; else
`not-enough-evidence`, the candidates named.
"""

from __future__ import annotations

from collections.abc import Iterator

from veracity.analysis.collectives import names_members
from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Evidence, Finding, Verdict
from veracity.mentions import Entity, catalog
from veracity.mentions.catalog import Catalog
from veracity.mentions.deals import Deal
from veracity.mentions.places import country_name, join_names, names
from veracity.mentions.readings import agreed_reading, one_family
from veracity.mentions.roles import with_article
from veracity.mentions.transfers import DATASET, transfers
from veracity.sources.coverage import coverage
from veracity.sources.registry import Sources
from veracity.verifiers.base import BaseVerifier
from veracity.verifiers.deal_outcome import absent_years

__all__ = ["SystemSupplier"]

_NON_SELLERS = frozenset({"political-union", "alliance", "international-organisation"})
"""Kinds that never sell arms; ministries and state export agencies (Rosoboronexport) do."""


class SystemSupplier(BaseVerifier):
    """Checks who is said to deliver or sell a system; organisations that build nothing are flagged.

    Example claim: "The European Union is expected to deliver the first A400M to Kazakhstan."
    Expected verdict: misleading
    """

    name = "systems.supplier"
    handles = frozenset({"deals"})

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        cat = catalog(context.sources)
        doc = context.analysis(claim)
        for deal in doc.deals:
            if deal.sender is None:
                continue
            organisations = deal.sender.of("organisation")
            makers = deal.sender.of("maker")
            if organisations and names_members(doc, deal.sender.end):
                continue  # "NATO members delivered …": the member states, not the body
            systems = deal.system.judged(deal.sender.span)  # not the rows the sender chose
            if organisations:
                findings = [
                    self._organisation(deal, organisations[0], s, cat, context.sources)
                    for s in systems
                ]
            elif makers:
                findings = [self._maker(deal, makers[0], s, cat, context.sources) for s in systems]
            else:
                continue
            if findings:
                yield agreed_reading(findings, deal.system.text, family=one_family(systems))

    def _who_builds(self, system: Entity, cat: Catalog) -> tuple[str, list[Evidence]]:
        makers = cat.makers_of(system)
        evidence = [
            cat.evidence(system, f"{system.name}: makers {', '.join(system.values('makers'))}")
        ]
        evidence += [cat.evidence(m, f"{m.name} ({names(m.values('country'))})") for m in makers]
        if not makers:
            return f"the data does not name the maker of the {system.name}", evidence
        built = join_names(f"{m.name} ({names(m.values('country'))})" for m in makers)
        return f"the {system.name} is built by {built}", evidence

    def _sipri_supplier(
        self, deal: Deal, system: Entity, sources: Sources
    ) -> tuple[str, list[Evidence]]:
        if deal.recipient is None:
            return "", []
        index = transfers(sources)
        rows = index.of(system, deal.recipient.country.iso3) if index.present else []
        if not rows:
            return "", []
        suppliers = join_names(sorted({str(t.row.get("supplier") or "") for t in rows}))
        who = country_name(deal.recipient.country.iso3)
        return (
            f", and SIPRI lists {suppliers} as the supplier of {who}'s {system.name}",
            [index.evidence(t) for t in rows],
        )

    def _organisation(
        self, deal: Deal, body: Entity, system: Entity, cat: Catalog, sources: Sources
    ) -> Finding:
        kind = body.text("kind")
        members = body.values("members")
        built, evidence = self._who_builds(system, cat)
        supplied, rows = self._sipri_supplier(deal, system, sources)
        evidence = [cat.evidence(body, f"{body.name}: {kind.replace('-', ' ')}"), *evidence, *rows]
        covers = [*([deal.sender.span] if deal.sender else []), *deal.verb_words]
        what = with_article(kind.replace("-", " ") or "organisation")
        the = "" if body.name.isupper() else "The "
        if kind in _NON_SELLERS:
            return self.finding(
                Verdict.MISLEADING,
                f"{the}{body.name} is {what} and builds or sells no weapons: {built}{supplied}.",
                evidence,
                covers,
            )
        recipient = deal.recipient.country.iso3 if deal.recipient else None
        if recipient and members and recipient not in members:
            return self.finding(
                Verdict.MISLEADING,
                f"{the}{body.name} buys for its member states, and {country_name(recipient)} is "
                f"not one: {built}{supplied}.",
                evidence,
                covers,
            )
        return self.finding(
            Verdict.NOT_ENOUGH_EVIDENCE,
            f"{the}{body.name} is {what}; whether it handled this delivery is not recorded "
            f"({built}{supplied}).",
            evidence,
        )

    def _maker(
        self, deal: Deal, maker: Entity, system: Entity, cat: Catalog, sources: Sources
    ) -> Finding:
        built, evidence = self._who_builds(system, cat)
        covers = [*([deal.sender.span] if deal.sender else []), *deal.verb_words, deal.system.span]
        made_by = cat.builds(maker, system)
        recipient = deal.recipient.country.iso3 if deal.recipient else None
        index = transfers(sources)
        rows = index.of(system, recipient) if recipient and made_by else []
        gap = (
            coverage(sources, DATASET)
            .from_first(index.first_record(system))
            .gap(*absent_years(deal))
            if recipient and made_by and not rows and DATASET in sources
            else None
        )
        if gap:  # no record held: whether the maker delivered them is not known
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{maker.name} builds the {system.name}, but SIPRI's records of what "
                f"{country_name(recipient or '')} received (new, or second-hand from another "
                f"supplier) are not all held. {gap}",
                evidence,
            )
        if rows and all(str(t.row.get("status") or "").startswith("Second") for t in rows):
            suppliers = join_names(sorted({str(t.row.get("supplier")) for t in rows}))
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{maker.name} builds the {system.name}, but SIPRI records those sent to "
                f"{country_name(recipient or '')} as second-hand, from {suppliers}: its maker did "
                "not deliver them.",
                [*evidence, transfers(sources).evidence(rows[0])],
            )
        if made_by is not None:
            part = f" ({made_by.name} is part of it)" if made_by != maker else ""
            return self.finding(
                Verdict.SUPPORTED,
                f"{maker.name} builds the {system.name}{part}, so it can supply it.",
                evidence,
                covers,
            )
        if not cat.makers_of(system):
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE, f"{built[0].upper()}{built[1:]}.", evidence
            )
        return self.finding(
            Verdict.REFUTED,
            f"{maker.name} does not build the {system.name}: {built}.",
            evidence,
            covers,
        )
