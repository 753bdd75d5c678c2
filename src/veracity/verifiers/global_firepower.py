"""Checks a country's place in the Global Firepower ranking: rank, field size, regional standing.

Example claim: "In the annual Global Firepower-2024 ranking, Kazakhstan was placed 58th
out of 145 countries."
Expected verdict: supported

The verifier reads the claim's ranking assertion (`veracity.analysis.rankings`): a country, a
rank ("58th", "number 12", "seventh in the world", "the strongest in Central Asia",
"second-strongest in Europe", "in the top 20", "the three strongest", "just outside the top
10", "among the three weakest"), the number of countries ranked ("out of 145"), comparisons
("ahead of Uzbekistan", "two places below Vietnam"), index scores and how the index reads
("the lower the score, the better": the PowerIndex rises with the rank), counts of a region's
countries in a top ("seven Southeast Asian countries among the top 50") and the edition year,
and checks each against the Global Firepower table of that edition. Regional standings use the
UN M49 regions.

A rank may be in one measure the table publishes per country ("fifth in tanks", "the
second-largest defence budget", "third in Total Military Personnel", the sum of its columns):
the place is counted as Global Firepower orders its per-measure lists, by the figure, largest
first (`veracity.verifiers.gfp_standing`); the table does not say how the publisher orders
equal figures, so a claimed place inside a tie stays undecided. Precision first:

* a contradiction is `refuted` only on a confident reading: the edition written with the
  ranking's name, given by a hint or by the claim set (an article about that edition); a year
  elsewhere in the claim ("the 2024 rankings" released in 2025 may be the 2025 edition), or
  only the article's date, gives `not-enough-evidence`;
* a measure named but attached to no rank, one the table does not publish ("air power", "20th
  in oil production"), leaves the overall rank unchecked, unless the rank's own words name
  the overall strength ("among the top 10 powerful militaries"); a measure rank the claim
  does not attribute to Global Firepower is never refuted;
* a regional place is decided only when it holds, or fails, both by UN M49 and as outlets
  count the region (countries of two continents counted in both, `also-counted`; a press
  region's own members, `press-regions`: "South Asia" without Iran); a country the M49 table
  gives no region (Taiwan) has no regional place; a region the claim names only by pointing
  back ("the continent's strongest") is the one of its claim set's title, never refuted, or
  undecided; a group the UN regions do not define ("the strongest Arab military", "NATO's
  second-strongest") is undecided;
* one place said of several countries is undecided (candidates named); a top group ("the top
  five countries included …") checks every country listed;
* a subject taken from the claim set's title or an earlier claim is shown as an inference and
  never refuted;
* an edition the data lacks gives `not-enough-evidence` naming the editions bundled; a change
  of place between editions ("climbed two places"), a place held again ("retained its fourth
  place") or a place before ("up from 26th") is checked against the edition before when it is
  bundled, else the claim is `not-enough-evidence` however its present place checks out.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from veracity.analysis.measures import Measure
from veracity.analysis.ranking_words import also_counted, press_regions
from veracity.analysis.rankings import UNKNOWN, Comparison, Rank, Ranking, Score, Total
from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Evidence, Finding, Span, Verdict
from veracity.ordinals import ordinal_word
from veracity.sources.countries import Country, CountryResolver, countries
from veracity.sources.dataset import Dataset
from veracity.verifiers.base import BaseVerifier
from veracity.verifiers.gfp_editions import editions, not_bundled
from veracity.verifiers.gfp_standing import figure, standing

__all__ = ["GlobalFirepowerRank"]


class GlobalFirepowerRank(BaseVerifier):
    """Checks a country's place in the Global Firepower ranking of the year the claim names.

    Example claim: "In the annual Global Firepower-2024 ranking, Kazakhstan was placed 58th
    out of 145 countries."
    Expected verdict: supported
    """

    name = "rankings.global-firepower"
    handles = frozenset({"ranking"})

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        reading = context.analysis(claim).ranking
        if reading is None:
            return
        found_editions = editions(context.sources)
        year = reading.edition
        if reading.movement is not None and not (
            year and (year - 1) in found_editions and reading.change is not None
        ):
            # "fell one place to 24th": the place may hold, the change is not checked
            said = claim.text[slice(*reading.movement)]
            for finding in self._check(claim, context, reading):
                if finding.verdict == Verdict.SUPPORTED:
                    finding = self.finding(
                        Verdict.NOT_ENOUGH_EVIDENCE,
                        f"{finding.explanation} The claim also says “{said}”, a change of place "
                        "between editions, which is not checked.",
                        list(finding.evidence),
                    )
                yield finding
            return
        if not reading.continuity:
            yield from self._check(claim, context, reading)
            return
        # "retained the top spot", "still ninth": the place held in the edition before too
        words = ", ".join(f"“{claim.text[s:e]}”" for s, e in reading.continuity)
        before = year - 1 if year and (year - 1) in found_editions else None
        now = list(self._check(claim, context, reading))
        earlier = (
            list(self._check(claim, context, replace(reading, edition=before, movement=None)))
            if before is not None
            else []
        )
        paired = len(earlier) == len(now)
        for i, finding in enumerate(now):
            if finding.verdict != Verdict.SUPPORTED:
                yield finding
                continue
            then = earlier[i] if paired else None
            if then is not None and then.verdict == Verdict.SUPPORTED:
                yield self.finding(
                    Verdict.SUPPORTED,
                    f"{finding.explanation} {then.explanation}",
                    [*finding.evidence, *then.evidence],
                    [*finding.covers, *then.covers, *reading.continuity],
                )
            elif then is not None and then.verdict == Verdict.REFUTED:
                yield self.finding(
                    Verdict.REFUTED,
                    f"{finding.explanation} But the claim also says {words}, that it held "
                    f"before: {then.explanation}",
                    [*finding.evidence, *then.evidence],
                    [*then.covers, *reading.continuity],
                )
            else:
                yield self.finding(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{finding.explanation} The claim also says {words}: that it held before, "
                    "which the edition bundled cannot show."
                    if before is None
                    else f"{finding.explanation} The claim also says {words}, and the "
                    f"{before} edition does not decide it.",
                    list(finding.evidence),
                )

    def _check(self, claim: Claim, context: Context, reading: Ranking) -> Iterator[Finding]:
        year = reading.edition
        found_editions = editions(context.sources)
        label = f"Global Firepower {year}" if year else "Global Firepower"
        if year is None or year not in found_editions:
            yield self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE, not_bundled(year, found_editions, "the rank")
            )
            return
        table = context.sources.dataset(found_editions[year])
        if reading.movement is not None:
            said = claim.text[slice(*reading.movement)]
            before = found_editions.get(year - 1)
            if before is None:
                yield self.finding(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"“{said}” is a change of place between editions; the bundled data has the "
                    f"edition(s) {', '.join(str(y) for y in sorted(found_editions))} only, so it "
                    "cannot be checked.",
                )
            elif reading.subject is None or reading.change is None:
                yield self.finding(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"“{said}” does not say which way the place changed, or of which country, "
                    "so it is not checked.",
                )
            else:
                yield self._check_movement(
                    reading, said, table, context.sources.dataset(before), year - 1
                )
        if reading.scale is not None:
            yield self._check_scale(reading, table, label)
        for rank in reading.ranks:
            if rank.members is not None:
                yield self._check_members(
                    rank, rank.members, table, label, reading, countries(context.sources)
                )
        if reading.subject is None:  # "the index ranks 145 nations": only the total is checked
            shared_total = [*reading.named, *reading.vocabulary]
            if reading.edition_span:  # "ranked 145 militaries in its 2024 edition"
                shared_total.append(reading.edition_span)
            for total in reading.totals:
                yield self._check_total(
                    total, table, label, shared_total, self._unsure(reading, None)
                )
            return
        rows = context.sources.derived(  # by ISO code, made once per edition
            f"rankings.gfp-rows:{table.meta.id}", lambda _: {str(r["iso3"]): r for r in table}
        )
        shared: list[Span] = [*reading.named, *reading.vocabulary]
        if reading.edition_span:
            shared.append(reading.edition_span)
        shared += reading.previous
        # "follows in third position": an order word with no country after it says no more
        # than the rank it goes with
        shared += [(c.start, c.end) for c in reading.comparisons if c.other is None]
        resolver = countries(context.sources)

        def spans_of(country: Country) -> list[Span]:
            return [
                *shared,
                *((m.start, m.end) for m in reading.mentions if m.country == country),
                *(  # "the South Asian nation", said of India: true by UN M49 and the press
                    span
                    for span, named, region in reading.epithets
                    if named == country and _in_region(country, region, resolver)
                ),
            ]

        unranked: set[str] = set()
        items: list[Rank | Comparison] = [*reading.ranks, *reading.comparisons]
        doubt = self._doubt(reading, claim.text)
        for item in sorted(items, key=lambda x: x.start):
            group = item.group or ((item.subject,) if item.subject else ())
            if len(group) > 1 and isinstance(item, Rank) and item.kind not in ("top", "bottom"):
                names = ", ".join(c.name for c in group)
                yield self.finding(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"The claim names {names} before one rank, so which of them it is said of "
                    "cannot be told.",
                )
                continue
            for country in group:
                row = rows.get(country.iso3)
                if row is None:
                    if country.iso3 not in unranked:
                        unranked.add(country.iso3)
                        yield self.finding(
                            Verdict.NOT_ENOUGH_EVIDENCE,
                            f"{label} does not rank {country.name}, so its place cannot be "
                            "checked.",
                            [self._evidence(table, None, f"{len(table)} countries ranked")],
                        )
                    continue
                if isinstance(item, Rank):
                    if item.measure is None and doubt and not item.overall:
                        yield self.finding(Verdict.NOT_ENOUGH_EVIDENCE, doubt)
                        continue
                    yield self._check_rank(
                        item,
                        row,
                        table,
                        country,
                        resolver,
                        label,
                        spans_of(country),
                        self._unsure(reading, item),
                        reading.counted if item.measure is None else (),
                    )
                elif item.other is not None:
                    yield self._check_comparison(
                        item, row, table, label, spans_of(country), self._unsure(reading, None)
                    )
        before = found_editions.get(year - 1)
        if before is None and reading.earlier:  # "previously ranked seventh", no such edition
            said = ", ".join(f"“{claim.text[r.start : r.end]}”" for r in reading.earlier)
            yield self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                not_bundled(year - 1, found_editions, f"the place before ({said})"),
            )
        if before is not None:  # "up from 26th": the place in the edition before, when bundled
            earlier = context.sources.dataset(before)
            for rank in reading.earlier:
                then = next(
                    (r for r in earlier if rank.subject and r["iso3"] == rank.subject.iso3), None
                )
                if rank.subject is not None and then is not None:
                    yield self._check_rank(
                        rank,
                        then,
                        earlier,
                        rank.subject,
                        resolver,
                        f"Global Firepower {year - 1}",
                        spans_of(rank.subject),
                        self._unsure(reading, rank),
                    )
        for total in reading.totals:
            yield self._check_total(total, table, label, shared, self._unsure(reading, None))
        for score in reading.scores:
            assert score.subject is not None
            row = rows.get(score.subject.iso3)
            if row is not None:
                yield self._check_score(
                    score,
                    row,
                    table,
                    label,
                    spans_of(score.subject),
                    reading.edition_span is not None and reading.edition_from == "name",
                )

    def _check_members(
        self,
        rank: Rank,
        members: tuple[int, str, Span],
        table: Dataset,
        label: str,
        reading: Ranking,
        resolver: CountryResolver,
    ) -> Finding:
        """ "seven Southeast Asian countries … among the top 50": count the region's countries
        the table ranks within the top N."""
        claimed, region, span = members
        codes = {c.iso3 for c in resolver.members(region)}
        inside = [r for r in table if r["iso3"] in codes]
        within = sorted(
            (r for r in inside if int(r["rank"]) <= (rank.value or 0)), key=lambda r: r["rank"]
        )
        listed = ", ".join(f"{r['country']} ({ordinal_word(int(r['rank']))})" for r in within)
        evidence = [
            self._evidence(table, None, f"{region} (UN M49) in the top {rank.value}: {listed}")
        ]
        text = f"{label} ranks {len(within)} countries of {region} (UN M49) in the top {rank.value}"
        covers = [*reading.named, *reading.vocabulary, span, (rank.start, rank.end)]
        if reading.edition_span:
            covers.append(reading.edition_span)
        if rank.scope_span:
            covers.append(rank.scope_span)
        if len(within) == claimed:
            return self.finding(Verdict.SUPPORTED, f"{text}, as claimed.", evidence, covers)
        unsure = self._unsure(reading, rank)
        if unsure is not None:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE, f"{text}, not {claimed}; {unsure}", evidence
            )
        return self.finding(Verdict.REFUTED, f"{text}, not {claimed}.", evidence, covers)

    @staticmethod
    def _doubt(reading: Ranking, text: str) -> str | None:
        """Why the claim's overall rank is no confident reading: it names a measure the rank
        may be in ("with its air power, ranks 15th")."""
        if not reading.doubts:
            return None
        words = ", ".join(f"“{text[s:e]}”" for s, e in reading.doubts)
        return (
            f"The claim names {words}, so its rank may be in that measure rather than in the "
            "overall ranking; it is not checked."
        )

    @staticmethod
    def _unsure(reading: Ranking, rank: Rank | None) -> str | None:
        """Why a contradiction may not be refuted, or None when it may."""
        if reading.edition_from == "published":
            return (
                "the claim names no edition (the year is the article's), and ranks change "
                "every year."
            )
        if reading.edition_from == "text":
            return (
                "the year the claim gives is not written with the ranking's name, so it may be "
                "another time than the edition's, and ranks change every year."
            )
        inferred = {i.what: i for i in reading.inferred}
        if "subject" in inferred:
            return (
                f"the claim names no country; {inferred['subject'].value} is assumed from "
                f"{inferred['subject'].source}."
            )
        if "region" in inferred and rank is not None and rank.scope == inferred["region"].value:
            return (
                f"the claim names no region; {inferred['region'].value} is assumed from "
                f"{inferred['region'].source}."
            )
        if rank is not None and rank.listed:
            return (
                "the place is a list item's number, and a list may be ordered by another "
                "measure than the overall rank."
            )
        if rank is not None and rank.measure is not None and not reading.cited:
            return "the claim does not cite Global Firepower, and other sources count differently."
        return None

    @staticmethod
    def _evidence(table: Dataset, row: dict[str, object] | None, detail: str) -> Evidence:
        meta = table.meta
        key = str(row["iso3"]) if row else "*"
        return Evidence(meta.id, key, meta.url, meta.retrieved, detail)

    def _row_evidence(self, table: Dataset, row: dict[str, object]) -> Evidence:
        return self._evidence(
            table,
            row,
            f"{row['country']}: rank {row['rank']} of {len(table)}, "
            f"PowerIndex {row['power_index']}",
        )

    def _check_rank(
        self,
        rank: Rank,
        row: dict[str, object],
        table: Dataset,
        subject: Country,
        resolver: CountryResolver,
        label: str,
        spans: list[Span],
        confident: str | None,
        counted: tuple[Measure, ...] = (),
    ) -> Finding:
        """`confident`: None when a contradiction may be refuted, else why it may not;
        `counted`: measures the claim counts, whose place an overall rank may be instead."""
        covers = [*spans, (rank.start, rank.end)]
        if rank.scope and rank.scope.startswith(UNKNOWN):
            place = rank.scope[1:]
            if _pointing(place):
                return self.finding(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"The claim does not say which region “{place}” is, so the standing there "
                    "cannot be checked.",
                )
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"“{place}” is no region the data defines (UN M49 regions only), so the "
                "standing there cannot be checked.",
            )
        if rank.scope and not subject.regions:
            return self.finding(  # Taiwan, Kosovo: UN M49 assigns them no region
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"The UN M49 table assigns {subject.name} to no region, so whether it is in "
                f"{rank.scope} and its standing there cannot be decided.",
            )
        if rank.scope_span:
            covers.append(rank.scope_span)
        if rank.measure is not None:
            covers.append(rank.measure.span)
        variants: list[tuple[str, list[Row], bool]] = []
        if rank.scope is None:
            field = list(table)
            where = "in the world"
        else:
            members = {c.iso3 for c in resolver.members(rank.scope)}
            field = [r for r in table if r["iso3"] in members]
            where = f"in {rank.scope}"
            continent = {c.region for c in resolver.members(rank.scope)} == {rank.scope}
            variants = _variants(list(table), rank.scope, members, continent)
            if not any(r["iso3"] == subject.iso3 for r in field):
                elsewhere = next(
                    (
                        how
                        for how, rows, _ in variants
                        if any(r["iso3"] == subject.iso3 for r in rows)
                        and _holds(rows, subject.iso3, rank)
                    ),
                    None,
                )
                if elsewhere is not None:
                    return self.finding(
                        Verdict.NOT_ENOUGH_EVIDENCE,
                        f"{subject.name} is not in {rank.scope} by UN M49; the claim holds "
                        f"{elsewhere}, as some outlets count, so it is not decided.",
                    )
                counted_in = next(
                    (
                        (how, rows)
                        for how, rows, _ in variants
                        if any(r["iso3"] == subject.iso3 for r in rows)
                    ),
                    None,
                )
                besides = ""
                if counted_in is not None:  # "the UK, second in Western Europe": first if so
                    how, rows = counted_in
                    there = standing(
                        rows, subject.iso3, rank.measure.columns if rank.measure else None
                    )
                    besides = (
                        f"; {how}, as some outlets count, it is {ordinal_word(there.best)} there, "
                        "which the claim does not say either"
                    )
                return self.finding(
                    Verdict.REFUTED,
                    f"{subject.name} is not in {rank.scope} (UN M49), so it cannot rank there"
                    f"{besides}.",
                    [
                        Evidence(
                            "countries",
                            subject.iso3,
                            "https://unstats.un.org/unsd/methodology/m49/",
                            "2024-06-19",
                            f"{subject.name}: {', '.join(subject.regions)}",
                        )
                    ],
                    covers,
                )
        measure = rank.measure
        at = standing(field, subject.iso3, measure.columns if measure else None)
        if measure is not None:
            where = f"for {measure.name} {where}"
            if not at.value:
                return self.finding(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{label} gives 0 {measure.name} for {row['country']}, which may mean it has "
                    "no figure, so its place for them cannot be checked.",
                    [self._measure_evidence(table, row, measure.columns)],
                )
        evidence = [
            self._row_evidence(table, row)
            if measure is None
            else self._measure_evidence(table, row, measure.columns)
        ]
        if rank.scope is not None or measure is not None:
            standings = ", ".join(
                f"{i}. {r['country']} ("
                + (
                    ordinal_word(int(r["rank"]))
                    if measure is None
                    else f"{figure(r, measure.columns):,}"
                )
                + ")"
                for i, r in enumerate(at.ordered[: max(at.worst, 3)], start=1)
            )
            scope = f"{rank.scope} (UN M49)" if rank.scope else "The world"
            by = f" by {measure.name}" if measure else ""
            evidence.append(self._evidence(table, None, f"{scope}{by} in {label}: {standings}"))
        back = rank.value or 1  # for "last": the place counted from the foot
        claimed = (rank.value or 0) if rank.kind != "last" else at.size - back + 1
        if rank.kind == "top":
            ok = at.worst <= claimed if at.best <= claimed else False
            tied = at.best <= claimed < at.worst
            said = f"in the top {claimed} {where}"
        elif rank.kind == "outside":  # "just outside the top 10"
            ok = at.best > claimed
            tied = at.best <= claimed < at.worst
            said = f"outside the top {claimed} {where}"
        elif rank.kind == "bottom":  # "among the three weakest"
            ok = at.best > at.size - claimed
            tied = at.best <= at.size - claimed < at.worst
            said = f"in the bottom {claimed} {where}"
        elif rank.kind == "last":
            ok = at.best == at.worst == claimed
            tied = at.best <= claimed <= at.worst and at.best < at.worst
            nth = "" if back == 1 else f"{ordinal_word(back)} "
            said = f"the {nth}{'weakest' if measure is None else 'last'} {where}"
        else:
            ok = at.best == at.worst == claimed
            tied = at.best <= claimed <= at.worst and at.best < at.worst
            said = f"{ordinal_word(claimed or 0)} {where}"
        place = (
            ordinal_word(at.best)
            if at.best == at.worst
            else f"tied {ordinal_word(at.best)} to {ordinal_word(at.worst)}"
        )
        actual = f"{place} of {at.size} {where}" + (
            f" ({ordinal_word(int(row['rank']))} overall)"  # type: ignore[call-overload]
            if rank.scope and measure is None
            else ""
        )
        if ok:
            fails = next(  # "China, the strongest in Asia": not if Russia is counted in Asia
                (
                    (how, rows)
                    for how, rows, as_a_rule in variants
                    if as_a_rule and not _holds(rows, subject.iso3, rank)
                ),
                None,
            )
            if fails is not None:
                how, rows = fails
                columns = measure.columns if measure else None
                counted_so = (
                    f"it is {ordinal_word(standing(rows, subject.iso3, columns).best)}"
                    if any(r["iso3"] == subject.iso3 for r in rows)
                    else "it is not there"
                )
                return self.finding(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"{label} places {row['country']} {actual} by UN M49 regions, as claimed; "
                    f"but {how}, as some outlets count, {counted_so}, so the claim is not "
                    "decided.",
                    evidence,
                )
            return self.finding(
                Verdict.SUPPORTED,
                f"{label} places {row['country']} {actual}, as claimed.",
                evidence,
                covers,
            )
        elsewhere = (
            next((how for how, rows, _ in variants if _holds(rows, subject.iso3, rank)), None)
            if rank.scope is not None
            else None
        )
        in_counted = next(
            (m for m in counted if _holds(field, subject.iso3, replace(rank, measure=m))), None
        )
        if in_counted is not None:  # "ninth place with a tank force of 2,501": the tank list
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{label} places {row['country']} {actual}, not {said}; the place holds for "
                f"“{in_counted.text}”, which the claim counts, so it may be that list's.",
                evidence,
            )
        if elsewhere is not None:  # "India, third in Asia": so if Russia is counted in Asia
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{label} places {row['country']} {actual} by UN M49 regions, not {said}; the "
                f"claim holds {elsewhere}, as some outlets count, so it is not decided.",
                evidence,
            )
        if tied:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{label} places {row['country']} {actual}: the data does not say how the "
                f"publisher orders countries with the same figure, so “{said}” cannot be decided.",
                evidence,
            )
        if confident is not None:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{label} places {row['country']} {actual}, not {said}; {confident}",
                evidence,
            )
        return self.finding(
            Verdict.REFUTED,
            f"{label} places {row['country']} {actual}, not {said}.",
            evidence,
            covers,
        )

    def _measure_evidence(
        self, table: Dataset, row: dict[str, object], columns: tuple[str, ...]
    ) -> Evidence:
        counted = ", ".join(f"{c.replace('_', ' ')} {int(row[c] or 0):,}" for c in columns)  # type: ignore[call-overload]
        return self._evidence(table, row, f"{row['country']}: {counted}")

    def _check_score(
        self,
        score: Score,
        row: dict[str, object],
        table: Dataset,
        label: str,
        spans: list[Span],
        named: bool,
    ) -> Finding:
        said = score.value
        places = len(said.split(".")[1])
        actual = float(row["power_index"])  # type: ignore[arg-type]
        evidence = [self._row_evidence(table, row)]
        covers = [*spans, score.span]
        if round(actual, places) == float(said):
            return self.finding(
                Verdict.SUPPORTED,
                f"{label} gives {row['country']} a PowerIndex of {row['power_index']}, as claimed.",
                evidence,
                covers,
            )
        if not named:  # the edition is inferred: the score may be another edition's
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{label} gives {row['country']} a PowerIndex of {row['power_index']}, not "
                f"{said}; the claim does not write the edition with the ranking's name, and "
                "scores change every year.",
                evidence,
            )
        return self.finding(
            Verdict.REFUTED,
            f"{label} gives {row['country']} a PowerIndex of {row['power_index']}, not {said}.",
            evidence,
            covers,
        )

    def _check_movement(
        self, reading: Ranking, said: str, table: Dataset, earlier: Dataset, before: int
    ) -> Finding:
        """ "climbed two places": the places between the edition before and this one."""
        assert reading.subject is not None
        assert reading.change is not None
        assert reading.movement is not None
        iso3 = reading.subject.iso3
        now = next((r for r in table if r["iso3"] == iso3), None)
        then = next((r for r in earlier if r["iso3"] == iso3), None)
        if now is None or then is None:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"Global Firepower does not rank {reading.subject.name} in both the {before} "
                f"and {reading.edition} editions, so “{said}” cannot be checked.",
            )
        moved = int(then["rank"]) - int(now["rank"])
        way = "up" if moved > 0 else "down"
        text = (
            f"Global Firepower places {now['country']} {ordinal_word(int(then['rank']))} in "
            f"{before} and {ordinal_word(int(now['rank']))} in {reading.edition}: "
            + (
                f"{abs(moved)} place{'s' if abs(moved) != 1 else ''} {way}"
                if moved
                else "no change"
            )
        )
        evidence = [self._row_evidence(earlier, then), self._row_evidence(table, now)]
        covers = [
            *reading.named,
            *reading.vocabulary,
            reading.movement,
            *((m.start, m.end) for m in reading.mentions if m.country == reading.subject),
        ]
        if moved == reading.change:
            return self.finding(Verdict.SUPPORTED, text + ", as claimed.", evidence, covers)
        unsure = self._unsure(reading, None)
        if unsure is not None:
            return self.finding(Verdict.NOT_ENOUGH_EVIDENCE, f"{text}; {unsure}", evidence)
        return self.finding(Verdict.REFUTED, f"{text}, not “{said}”.", evidence, covers)

    def _check_scale(self, reading: Ranking, table: Dataset, label: str) -> Finding:
        """ "the lower the score, the better": whether the PowerIndex rises with the rank."""
        assert reading.scale is not None
        span, lower_better = reading.scale
        rows = sorted(table, key=lambda r: int(r["rank"]))
        values = [float(r["power_index"]) for r in rows]
        rising = all(a <= b for a, b in itertools.pairwise(values))
        first, last = rows[0], rows[-1]
        evidence = [
            self._evidence(
                table,
                None,
                f"PowerIndex by rank: 1st {first['country']} {first['power_index']}, "
                f"{ordinal_word(len(rows))} {last['country']} {last['power_index']}",
            )
        ]
        covers = [*reading.named, *reading.vocabulary, span]
        if reading.edition_span:
            covers.append(reading.edition_span)
        if not rising:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"In {label} the PowerIndex does not follow the rank, so which way it reads "
                "cannot be told from the table.",
                evidence,
            )
        if lower_better:
            return self.finding(
                Verdict.SUPPORTED,
                f"In {label} the PowerIndex rises from the strongest country to the weakest: a "
                "lower value is a stronger military, as claimed.",
                evidence,
                covers,
            )
        return self.finding(
            Verdict.REFUTED,
            f"In {label} the PowerIndex rises from the strongest country to the weakest: a "
            "lower value is a stronger military, not a higher one.",
            evidence,
            covers,
        )

    def _check_total(
        self, total: Total, table: Dataset, label: str, spans: list[Span], unsure: str | None
    ) -> Finding:
        claimed = total.value
        covers = [*spans, total.span]
        evidence = [self._evidence(table, None, f"{len(table)} countries ranked")]
        if claimed == len(table):
            return self.finding(
                Verdict.SUPPORTED,
                f"{label} ranks {len(table)} countries, as claimed.",
                evidence,
                covers,
            )
        if unsure is not None:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{label} ranks {len(table)} countries, not {claimed}; {unsure}",
                evidence,
            )
        return self.finding(
            Verdict.REFUTED,
            f"{label} ranks {len(table)} countries, not {claimed}.",
            evidence,
            covers,
        )

    def _check_comparison(
        self,
        match: Comparison,
        row: dict[str, object],
        table: Dataset,
        label: str,
        spans: list[Span],
        unsure: str | None,
    ) -> Finding:
        other = match.other
        assert other is not None
        covers = [*spans, (match.start, match.end), (other.start, other.end)]
        other_row = next((r for r in table if r["iso3"] == other.country.iso3), None)
        if other_row is None:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE, f"{label} does not rank {other.country.name}."
            )
        ahead = match.ahead
        mine, theirs = int(row["rank"]), int(other_row["rank"])  # type: ignore[call-overload]
        ok = mine < theirs if ahead else mine > theirs
        evidence = [self._row_evidence(table, row), self._row_evidence(table, other_row)]
        relation = "ahead of" if mine < theirs else "behind"
        text = (
            f"{label} places {row['country']} ({ordinal_word(mine)}) {relation} "
            f"{other_row['country']} ({ordinal_word(theirs)})"
        )
        next_to = match.next_to
        if ok and next_to and abs(mine - theirs) != 1:
            return self.finding(
                Verdict.MISLEADING,
                f"{text}: {abs(mine - theirs)} places apart, not “{match.next_word}” {match.word}.",
                evidence,
                [*covers, next_to],
            )
        if next_to:
            covers.append(next_to)
        apart = abs(mine - theirs)
        if ok and match.distance is not None and match.distance_span is not None:
            said = f"{match.distance} place{'s' if match.distance != 1 else ''}"
            if apart != match.distance:  # "two places below Vietnam" when three apart
                why = f"{text}: {apart} places apart, not {said}"
                if unsure is not None:
                    return self.finding(Verdict.NOT_ENOUGH_EVIDENCE, f"{why}; {unsure}", evidence)
                return self.finding(
                    Verdict.MISLEADING, why + ".", evidence, [*covers, match.distance_span]
                )
            covers.append(match.distance_span)
            return self.finding(
                Verdict.SUPPORTED, f"{text}, {said} apart, as claimed.", evidence, covers
            )
        if ok:
            return self.finding(Verdict.SUPPORTED, text + ", as claimed.", evidence, covers)
        if unsure is not None:
            return self.finding(Verdict.NOT_ENOUGH_EVIDENCE, f"{text}; {unsure}", evidence)
        return self.finding(Verdict.REFUTED, text + ".", evidence, covers)


Row = dict[str, Any]


def _pointing(place: str) -> bool:
    """Whether the analysis's unknown place is named only by pointing back ("the continent",
    "its region", "regional"): the words are the ranking stage's, not the claim text."""
    low = place.lower()
    return low.startswith(("the ", "its ", "their ")) or low.endswith(("regional", "continental"))


def _in_region(country: Country, region: str, resolver: CountryResolver) -> bool:
    """Whether `country` is in `region` by UN M49 and as the press counts it."""
    press = press_regions().get(region, {})
    members = {c.iso3 for c in resolver.members(region)}
    return country.iso3 in members and country.iso3 not in press.get("drop", ())


def _variants(
    table: list[Row], region: str, members: set[str], continent: bool
) -> list[tuple[str, list[Row], bool]]:
    """The fields of `region` as outlets also count them, each with how and whether outlets
    count it so as a rule (`True`: a country of two continents counted in this one too, a press
    region's own members, `also-counted` and `press-regions` in rankings.toml) or only at times
    (`False`: a country of two continents left out of its M49 continent)."""
    counted = also_counted()
    press = press_regions().get(region, {})
    field = [r for r in table if r["iso3"] in members]
    added = [
        r
        for r in table
        if (region in counted.get(str(r["iso3"]), ()) or r["iso3"] in press.get("add", ()))
        and r["iso3"] not in members
    ]
    dropped = [r for r in field if r["iso3"] in press.get("drop", ())]
    removed = [
        r
        for r in table
        if continent and r["iso3"] in members and str(r["iso3"]) in counted and r not in added
    ]
    found = []
    if added or dropped:
        kept = [r for r in field if r not in dropped]
        how = " and ".join(
            [
                *([f"{_names(added)} counted in {region}"] if added else []),
                *([f"{_names(dropped)} left out of {region}"] if dropped else []),
            ]
        )
        found.append((f"if {how}", [*kept, *added], True))
    if removed:
        kept = [r for r in field if r not in removed]
        found.append((f"if {_names(removed)} left out of {region}", kept, False))
        if added:
            found.append(
                (
                    f"if {_names(added)} counted in {region} and {_names(removed)} left out",
                    [*kept, *added],
                    False,
                )
            )
    return found


def _names(rows: list[Row]) -> str:
    """ "Russia is", "Russia and Egypt are"."""
    names = [str(r["country"]) for r in rows]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{listed} {'is' if len(names) == 1 else 'are'}"


def _holds(field: list[Row], iso3: str, rank: Rank) -> bool:
    """Whether `rank` holds for `iso3` in `field`, ties aside."""
    if not any(r["iso3"] == iso3 for r in field):
        return False
    at = standing(field, iso3, rank.measure.columns if rank.measure else None)
    back = rank.value or 1
    claimed = (rank.value or 0) if rank.kind != "last" else at.size - back + 1
    if rank.kind == "top":
        return at.worst <= claimed
    if rank.kind == "outside":
        return at.best > claimed
    if rank.kind == "bottom":
        return at.best > at.size - claimed
    return at.best == at.worst == claimed
