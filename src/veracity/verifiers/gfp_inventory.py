"""Checks a country's inventory counts against Global Firepower: tanks, fighters, troops, ships.

Example claim: "According to Global Firepower 2024, Poland has 612 tanks."
Expected verdict: supported

The claim gives a count of a kind Global Firepower tallies ("612 tanks", "about 600 fighter
jets", "1.45 million troops"; see `veracity.quantities.categories`; or a defence budget in
dollars, `veracity.analysis.inventories`) that a country has, fields or counts, or compares two
countries ("Poland has more tanks than Germany"). The edition is the year the claim names, else
the article's (see `veracity.verifiers.gfp_editions`), else the newest one bundled.

* a count within the claim's interval of Global Firepower's ("about 600" allows 450 to 750; a
  round "600" 550 to 649), or within 1% of it ("1.45 million" for 1,455,550) → `supported`;
* a count more than 5% off it → `refuted` when the claim cites Global Firepower with the
  edition written with its name ("Global Firepower 2024") or given by a hint, else
  `not-enough-evidence`: inventories differ between sources (IISS, national figures), so only a
  figure attributed to Global Firepower can be wrong against it, and only against the edition
  it was taken from;
* a comparison is judged only when the claim cites Global Firepower.

A count of one weapon ("612 K2 tanks"), of new units or of a plan is no inventory and is left to
the deal and plausibility verifiers.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from veracity.analysis.inventories import Figure, InventoryComparison
from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Evidence, Finding, Span, Verdict
from veracity.sources.dataset import Dataset
from veracity.verifiers.base import BaseVerifier
from veracity.verifiers.gfp_editions import editions, not_bundled

__all__ = ["GlobalFirepowerInventory"]

_CLOSE = 0.01
"""A stated round figure this close to Global Firepower's is its figure rounded ("1.45 million"
for 1,455,550); a figure written to the unit ("288 fighters" for 286) is no rounding."""
_NEAR = 0.05
"""A cited figure this close is not refuted: rounding, or the figure of a neighbouring edition."""


class GlobalFirepowerInventory(BaseVerifier):
    """Checks a country's inventory counts against Global Firepower: tanks, fighters, troops, ships.

    Example claim: "According to Global Firepower 2024, Poland has 612 tanks."
    Expected verdict: supported
    """

    name = "inventories.global-firepower"
    handles = frozenset({"quantities", "countries"})

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        reading = context.analysis(claim).inventory
        if reading is None:
            return
        cited = reading.cited
        year = reading.edition
        have = editions(context.sources)
        if year is None and have:  # no year anywhere: today's inventory, the newest edition
            year = max(have)
        if year is None or year not in have:
            if cited:
                yield self.finding(
                    Verdict.NOT_ENOUGH_EVIDENCE, not_bundled(year, have, "the count")
                )
            return
        table = context.sources.dataset(have[year])
        label = f"Global Firepower {year}"
        said = list(reading.said)
        for figure in reading.figures:
            yield self._count(figure, table, label, cited, said, reading.dated)
        yield from self._all_hold(
            [self._compare(pair, table, label, said, reading.dated) for pair in reading.comparisons]
        )

    def _all_hold(self, found: list[Finding]) -> list[Finding]:
        """The comparisons of one claim ("fewer than Russia and China") hold together: one
        that is not borne out leaves the others undecided, never supported."""
        if all(f.verdict == Verdict.SUPPORTED for f in found):
            return found
        return [
            f
            if f.verdict != Verdict.SUPPORTED
            else self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{f.explanation} Not every comparison of the claim is borne out.",
                list(f.evidence),
            )
            for f in found
        ]

    def _count(
        self,
        figure: Figure,
        table: Dataset,
        label: str,
        cited: bool,
        said: list[Span],
        dated: bool,
    ) -> Finding:
        """`dated`: the edition is written with the ranking's name (or given by a hint), so a
        figure off it may be refuted."""
        q = figure.quantity
        assert q.country is not None
        row = table.get(q.country.iso3)
        if row is None:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE, f"{label} does not list {q.country.name}."
            )
        value = _value(row, q.category.columns)
        amount = q.amount.tolerant()
        evidence = [_evidence(table, row, q.category.columns)]
        counted = f"{value:,} {q.category.plural}"
        if figure.active and q.category.columns == ("active_personnel",):
            said = [*said, figure.active]
        if figure.named:
            said = [*said, figure.named]
        stated = q.amount.stated
        close = (
            q.amount.qualifier == "exact"
            and _round(stated)
            and abs(value - stated) <= _CLOSE * value
        )
        if amount.low <= value <= amount.high or close:
            return self.finding(
                Verdict.SUPPORTED,
                f"{label} counts {counted} for {row['country']}, which matches “{q.phrase}”.",
                evidence,
                [*q.spans(), *said],
            )
        near = abs(value - q.amount.stated) <= _NEAR * value
        if not value:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{label} gives 0 {q.category.plural} for {row['country']}, which may mean it has "
                f"no figure; “{q.phrase}” cannot be weighed against it.",
                evidence,
            )
        if not cited or near or not dated:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{label} counts {counted} for {row['country']}, not “{q.phrase}”; "
                + (
                    "a difference this small may be rounding or another year's figure."
                    if near
                    else "the claim does not cite it, and other sources count differently."
                    if not cited
                    else "the claim does not write the edition with the ranking's name, and "
                    "counts change every year."
                ),
                evidence,
            )
        return self.finding(
            Verdict.REFUTED,
            f"{label} counts {counted} for {row['country']}, not “{q.phrase}”.",
            evidence,
            [*q.spans(), *said],
        )

    def _compare(
        self,
        pair: InventoryComparison,
        table: Dataset,
        label: str,
        said: list[Span],
        dated: bool = True,
    ) -> Finding:
        """`dated`: as for `_count`; a comparison the edition does not bear out is refuted only
        then."""
        subject, noun, other = pair.subject, pair.noun, pair.other
        rows = [table.get(subject.country.iso3), table.get(other.country.iso3)]
        if rows[0] is None or rows[1] is None:
            return self.finding(Verdict.NOT_ENOUGH_EVIDENCE, f"{label} does not list both.")
        columns = noun.category.columns
        mine, theirs = _value(rows[0], columns), _value(rows[1], columns)
        if not mine or not theirs:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{label} gives 0 {noun.category.plural} for one of them, which may mean it has no "
                "figure.",
            )
        more = pair.more
        plural = noun.category.plural
        text = (
            f"{label} counts {mine:,} {plural} for {rows[0]['country']} and {theirs:,} for "
            f"{rows[1]['country']}"
        )
        covers = [
            (subject.start, subject.end),
            (pair.word[0], noun.end),
            (noun.end, other.end),
            *said,
        ]
        evidence = [_evidence(table, r, columns) for r in rows if r is not None]
        if (mine > theirs) if more else (mine < theirs):
            return self.finding(Verdict.SUPPORTED, f"{text}, as claimed.", evidence, covers)
        if not dated:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{text}; the claim does not write the edition with the ranking's name, and "
                "counts change every year.",
                evidence,
            )
        return self.finding(Verdict.REFUTED, f"{text}.", evidence, covers)


def _round(stated: float) -> bool:
    """A figure a writer rounds to: a multiple of 100 ("1.45 million", "4,600")."""
    return stated >= 100 and stated % 100 == 0


def _value(row: dict[str, Any], columns: tuple[str, ...]) -> int:
    return sum(int(row[c] or 0) for c in columns)


def _evidence(table: Dataset, row: dict[str, Any], columns: tuple[str, ...]) -> Evidence:
    counted = ", ".join(f"{c.replace('_', ' ')} {int(row[c] or 0):,}" for c in columns)
    meta = table.meta
    return Evidence(
        meta.id,
        str(row["iso3"]),
        table.row_url(row),
        meta.retrieved,
        f"{row['country']}: {counted}",
    )
