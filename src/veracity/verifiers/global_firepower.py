"""Checks a country's place in the Global Firepower ranking: rank, field size, regional standing.

Example claim: "In the annual Global Firepower-2024 ranking, Kazakhstan was placed 58th
out of 145 countries."
Expected verdict: supported

The verifier reads the claim text for a country, a rank ("58th", "number 12", "seventh in the
world", "the strongest in Central Asia", "second-strongest in Europe", "in the top 20"), the
number of countries ranked ("out of 145"), comparisons ("ahead of Uzbekistan") and the edition
year, and checks each against the Global Firepower table of that edition. It applies when the
claim names Global Firepower (or GFP) or speaks of military strength; regional standings use the
UN M49 regions. An edition the data lacks gives `not-enough-evidence` naming the editions it has.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Evidence, Finding, Span, Verdict
from veracity.ordinals import ORDINAL_PATTERN, ordinal_value
from veracity.sources.countries import Country, CountryMention, RegionMention, countries
from veracity.sources.dataset import Dataset
from veracity.verifiers.base import BaseVerifier
from veracity.verifiers.gfp_editions import (
    GFP,
    edition,
    editions,
    not_bundled,
    ranking_article,
)

__all__ = ["GlobalFirepowerRank"]

_STRENGTH = re.compile(
    r"\b(?:military\s+(?:strength|power|might)|firepower|strongest|most\s+powerful|mightiest|"
    r"most\s+formidable|weakest|least\s+powerful|militar(?:y|ies)|armed\s+forces|arm(?:y|ies))\b",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(
    r"\b(?:(?P<ord>" + ORDINAL_PATTERN.pattern[2:-2] + r")[\s-]+(?:most\s+)?)?"
    r"(?P<sup>strongest|most[\s-]+powerful|mightiest|most[\s-]+formidable|top[\s-]+ranked|"
    r"highest[\s-]+ranked|best|weakest|least[\s-]+powerful|lowest[\s-]+ranked)\b",
    re.IGNORECASE,
)
_NUMBERED = re.compile(
    r"(?:\b(?:number|no\.|ranked|ranks|rank(?:ed)?\s+at|placed|place|position|spot)|#)\s*"
    r"(?P<n>\d{1,3})\b(?![\d,.]*\s*(?:%|per|countries|nations))",
    re.IGNORECASE,
)
_TOP = re.compile(
    r"\b(?:in|among|within|into|inside|of)\s+the\s+top[\s-]+(?P<n>\d{1,3}|(?a:five|ten|twenty|"
    r"twenty-five|thirty|forty|fifty|hundred))\b",
    re.IGNORECASE,
)
_TOP_WORDS = {
    "five": 5,
    "ten": 10,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
}
_TOTAL = re.compile(
    r"\b(?:(?:out\s+of|of|among|from)\s+(?:the\s+)?(?P<n>\d{2,3})\s+(?:countries|nations|"
    r"states|militaries|armies|ranked)\b|out\s+of\s+(?P<m>\d{2,3})\b(?!\s*(?:%|percent))|"
    r"(?:ranks|ranked|evaluated|evaluates|assessed|assesses|covers|covered|includes|included|"
    r"lists|listed)\s+(?P<k>\d{2,3})\s+(?:countries|nations|states|militaries)(?:['’]\s+"
    r"militaries)?\b)",
    re.IGNORECASE,
)
_PREVIOUS = re.compile(
    r"\b(?:last\s+year|a\s+year\s+(?:earlier|before|ago)|(?:the\s+)?previous\s+(?:year|"
    r"edition|ranking|index|list|report)|(?:the\s+)?year\s+before)\b",
    re.IGNORECASE,
)
"""Words that put a rank in the edition before the one the article is about."""
_FROM_BEFORE = re.compile(
    r"\b(?:up|down|climbing|climbed|rising|rose|dropping|dropped|falling|fell|moving|moved|"
    r"jumping|jumped|slipping|slipped)\s+(?:\w+\s+){0,3}?from\s+(?:the\s+)?(?:\w+\s+)?$|"
    r"\b(?:compared\s+(?:with|to)|versus)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Words before a rank that make it the previous edition's ("up from 26th")."""
_RANK_WORDS = re.compile(
    r"\b(?:position|place|spot|rank(?:s|ed|ing|ings)?|placed|globally|worldwide|in\s+the\s+world|"
    r"score[sd]?|PwrIndx|power[\s-]*index|PowerIndex|top(?:s|ped)?|bottom|leads|led|heads|"
    r"headed|strongest|weakest|most\s+powerful)\b",
    re.IGNORECASE,
)
"""Words that make a claim speak of a ranking, in an article about one."""
_HEAD = re.compile(
    r"\b(?P<first>topped|tops|(?:the\s+)?top\s+(?:spot|position|place)|first\s+place|leads|led|"
    r"heads|headed)\b|\b(?P<last>(?:at|in)\s+the\s+bottom|last\s+place|bottom\s+spot)\b",
    re.IGNORECASE,
)
"""Rank words that are no ordinal: "topped the ranking", "leads <region>", "at the bottom"."""
_SCORE = re.compile(
    r"\b(?:(?:PwrIndx|PowerIndex|power[\s-]*index)(?:\s+score)?(?:\s+(?:of|was|is|at))?|"
    r"scored(?:\s+a)?|score\s+of)\s+(?P<v>\d\.\d{2,4})\b",
    re.IGNORECASE,
)
"""A PowerIndex score said of a country ("a PwrIndx score of 0.2283", "scored 0.0699")."""
_WORLD = re.compile(
    r"\b(?:in\s+the\s+world|world(?:'s|’s|wide)?|globally|on\s+the\s+planet)\b", re.IGNORECASE
)
_COMPARE = re.compile(
    r"\b(?P<dir>ahead\s+of|above|higher\s+than|outrank(?:s|ing)?|stronger\s+than|"
    r"behind|below|lower\s+than|trail(?:s|ed|ing)?|weaker\s+than|follow(?:s|ed|ing))\s+"
    r"(?:the\s+)?(?:neighbou?ring\s+|rival\s+)?",
    re.IGNORECASE,
)
_NEXT_TO = re.compile(r"\b(?:just|right|immediately|directly|one\s+place)\s+$", re.IGNORECASE)
"""Words that make a comparison one of neighbours: "just behind Iran"."""
_VOCABULARY = re.compile(
    r"\b(?:annual|ranking|rankings|ranked|ranks|rank|placed|place|places|position|positioned|"
    r"rated|rates|rating|puts|put|came|comes|come|listed|named|index|list|edition|report|"
    r"recogni[sz](?:ing|ed|es|e)|making|considered|countries|nations|states|country|military|"
    r"militaries|armed|forces|force|army|armies|strength|power|powerful|strongest|mightiest|"
    r"formidable|weakest|least|world|globally|worldwide|top|ahead|behind|above|below|higher|"
    r"lower|number|spot|overall|according|score|strong|most|out|among|ranked|planet|"
    r"out of|stands|stood|sits|sat|finished|holds|held|occupies|occupied|great|year|this|"
    r"latest|new|study|survey|assessment|review|rival|neighbouring|neighboring|outranks|"
    r"outranking|stronger|weaker|trails|trailing|found|tops|topped|top|leads|led|heads|headed|per|"
    r"according|ranking's|says|said|shows|showed|finds|gives|gave|secures|secured|earned|earns|"
    r"claims|claimed|takes|took|score|scored|PwrIndx|bottom|evaluated|assessed)\b",
    re.IGNORECASE,
)


_PLACE = re.compile(
    r"(?:\s+(?:military|army|armed\s+forces|navy|air\s+force))?\s+(?:in|of|among|across)\s+"
    r"(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)
_UNKNOWN = "?"
"""Marks the scope of a rank "in" a place no UN M49 region names ("?Gulf", "?NATO")."""


@dataclass(frozen=True, slots=True)
class _Rank:
    """One rank assertion found in the text."""

    start: int
    end: int
    value: int | None  # the place claimed; None for "last"
    scope: str | None  # None: the world; else an M49 region name
    scope_span: Span | None
    kind: str  # "place", "top", "last"


def _ordinal_word(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


class GlobalFirepowerRank(BaseVerifier):
    """Checks a country's place in the Global Firepower ranking of the year the claim names.

    Example claim: "In the annual Global Firepower-2024 ranking, Kazakhstan was placed 58th
    out of 145 countries."
    Expected verdict: supported
    """

    name = "rankings.global-firepower"

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        text = claim.text
        gfp = list(GFP.finditer(text))
        hinted = bool(claim.source and re.search(r"fire\s*power|gfp", claim.source, re.I))
        about = ranking_article(context)
        if about is not None and not gfp and not hinted:
            # in an article about the ranking, a claim that names it not is about it only
            # when it speaks of ranks ("secures the 26th position"), not "the second batch"
            hinted = bool(_RANK_WORDS.search(text))
        if not gfp and not hinted and not _STRENGTH.search(text):
            return
        resolver = countries(context.sources)
        regions = list(resolver.find_regions(text))
        ranks = self._ranks(text, regions)
        totals = list(_TOTAL.finditer(text))
        comparisons = list(_COMPARE.finditer(text))
        scores = list(_SCORE.finditer(text))
        if not ranks and not totals and not comparisons and not scores:
            return
        # "ranked 12th" with no ranking named and no military superlative: not ours
        if (
            not gfp
            and not hinted
            and not any(r.kind != "place" or r.scope for r in ranks)
            and not re.search(r"military\s+(?:strength|power)", text, re.I)
        ):
            return
        mentions = [
            m for m in resolver.find(text) if not any(r.start <= m.start < r.end for r in regions)
        ]
        others = {id(m) for m in mentions for c in comparisons if 0 <= m.start - c.end() <= 3}
        subjects = [m for m in mentions if id(m) not in others]
        subject = (
            subjects[0].country
            if subjects
            else (resolver.resolve(claim.country) if claim.country else None)
        )
        year, year_span = edition(text, gfp, claim, context)
        if year_span is None and claim.year is None and about:  # the article's edition
            year = about
        if year_span is None and year and _PREVIOUS.search(text):
            year -= 1  # "ranked 26th last year": the edition before the one meant
        found_editions = editions(context.sources)
        label = f"Global Firepower {year}" if year else "Global Firepower"
        if year is None or year not in found_editions:
            yield self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE, not_bundled(year, found_editions, "the rank")
            )
            return
        table = context.sources.dataset(found_editions[year])
        if subject is None:  # "the index ranks 145 nations": only the total can be checked
            shared_total = [(m.start(), m.end()) for m in gfp]
            shared_total += [(m.start(), m.end()) for m in _VOCABULARY.finditer(text)]
            for match in totals:
                yield self._check_total(match, table, label, shared_total)
            return
        rows = context.sources.derived(  # by ISO code, made once per edition
            f"rankings.gfp-rows:{table.meta.id}", lambda _: {str(r["iso3"]): r for r in table}
        )
        shared: list[Span] = [(m.start(), m.end()) for m in gfp]
        shared += [(m.start(), m.end()) for m in _VOCABULARY.finditer(text)]
        if year_span:
            shared.append(year_span)
        shared += [m.span() for m in _PREVIOUS.finditer(text)]

        def whose(at: int) -> Country:
            """The country a rank or comparison at `at` is about: the nearest one named before
            it ("India ranks fourth while Pakistan ranks ninth"), else the first one named."""
            before = [m for m in subjects if m.start < at]
            return before[-1].country if before else subject

        unranked: set[str] = set()
        for at, item in sorted(
            [(r.start, r) for r in ranks] + [(c.start(), c) for c in comparisons],
            key=lambda pair: pair[0],
        ):
            country = whose(at)
            row = rows.get(country.iso3)
            if row is None:
                if country.iso3 not in unranked:
                    unranked.add(country.iso3)
                    yield self.finding(
                        Verdict.NOT_ENOUGH_EVIDENCE,
                        f"{label} does not rank {country.name}, so its place cannot be checked.",
                        [self._evidence(table, None, f"{len(table)} countries ranked")],
                    )
                continue
            spans = [*shared, *((m.start, m.end) for m in mentions if m.country == country)]
            if isinstance(item, _Rank):
                yield self._check_rank(item, row, table, country, resolver, label, spans)
                continue
            other = next((m for m in mentions if 0 <= m.start - item.end() <= 3), None)
            if other is not None:
                yield self._check_comparison(item, other, row, table, country, label, spans)
        for match in totals:
            yield self._check_total(match, table, label, shared)
        for match in scores:
            country = whose(match.start())
            row = rows.get(country.iso3)
            if row is not None:
                spans = [*shared, *((m.start, m.end) for m in mentions if m.country == country)]
                yield self._check_score(match, row, table, label, spans, year_span is not None)

    @staticmethod
    def _scope(text: str, end: int, regions: list[RegionMention]) -> tuple[str | None, Span | None]:
        window = text[end : end + 60]
        for region in regions:
            if end <= region.start <= end + 60:
                between = text[end : region.start]
                if re.search(r"\b(?:in|of|among|across)\b", between, re.I) or not between.strip():
                    return region.region, (region.start, region.end)
        world = _WORLD.search(window)
        if world:
            return None, (end + world.start(), end + world.end())
        for region in regions:  # "the Central Asian country ranked strongest"
            if region.end <= end and end - region.end <= 40:
                return region.region, (region.start, region.end)
        other = _PLACE.match(text, end)
        if other and not GFP.match(other["place"]):  # "strongest in the Gulf": no M49 region
            return _UNKNOWN + other["place"], other.span("place")
        return None, None

    def _ranks(self, text: str, regions: list[RegionMention]) -> list[_Rank]:
        found: list[_Rank] = []
        taken: list[Span] = []

        def free(start: int, end: int) -> bool:
            return not any(s < end and start < e for s, e in taken)

        for match in _SUPERLATIVE.finditer(text):
            place = ordinal_value(match["ord"]) if match["ord"] else 1
            last = match["sup"].lower().startswith(("weakest", "least", "lowest"))
            scope, span = self._scope(text, match.end(), regions)
            kind = "last" if last and place == 1 else "place"
            found.append(
                _Rank(
                    match.start(), match.end(), None if kind == "last" else place, scope, span, kind
                )
            )
            taken.append(match.span())
        for match in _HEAD.finditer(text):
            if not free(*match.span()):
                continue
            last = match["last"] is not None
            scope, span = self._scope(text, match.end(), regions)
            found.append(
                _Rank(
                    match.start(),
                    match.end(),
                    None if last else 1,
                    scope,
                    span,
                    "last" if last else "place",
                )
            )
            taken.append(match.span())
        for match in _TOP.finditer(text):
            raw = match["n"].lower()
            value = int(raw) if raw.isdigit() else _TOP_WORDS[raw]
            scope, span = self._scope(text, match.end(), regions)
            found.append(_Rank(match.start(), match.end(), value, scope, span, "top"))
            taken.append(match.span())
        for match in ORDINAL_PATTERN.finditer(text):
            if not free(*match.span()):
                continue
            tail = text[match.end() : match.end() + 12].lower()
            if re.match(
                r"[\s-]*(?:century|anniversary|time|batch|generation|quarter|half|hand|tranche|"
                r"phase|stage|round|lot|contract|order|squadron)",
                tail,
            ):
                continue
            scope, span = self._scope(text, match.end(), regions)
            place = ordinal_value(match.group())
            found.append(_Rank(match.start(), match.end(), place, scope, span, "place"))
            taken.append(match.span())
        for match in _NUMBERED.finditer(text):
            if not free(*match.span("n")):
                continue
            scope, span = self._scope(text, match.end(), regions)
            found.append(_Rank(match.start(), match.end(), int(match["n"]), scope, span, "place"))
            taken.append(match.span())
        # "up from 26th", "down from 30th": the rank of the previous edition, not checked here
        return sorted(
            (r for r in found if not _FROM_BEFORE.search(text, max(0, r.start - 30), r.start)),
            key=lambda r: r.start,
        )

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
        rank: _Rank,
        row: dict[str, object],
        table: Dataset,
        subject: Country,
        resolver: object,
        label: str,
        spans: list[Span],
    ) -> Finding:
        covers = [*spans, (rank.start, rank.end)]
        if rank.scope and rank.scope.startswith(_UNKNOWN):
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"“{rank.scope[1:]}” is no region the data defines (UN M49 regions only), so the "
                "standing there cannot be checked.",
            )
        if rank.scope_span:
            covers.append(rank.scope_span)
        if rank.scope is None:
            field = list(table)
            where = "in the world"
        else:
            members = {c.iso3 for c in resolver.members(rank.scope)}  # type: ignore[attr-defined]
            field = [r for r in table if r["iso3"] in members]
            where = f"in {rank.scope}"
            if not any(r["iso3"] == subject.iso3 for r in field):
                return self.finding(
                    Verdict.REFUTED,
                    f"{subject.name} is not in {rank.scope} (UN M49), so it cannot rank there.",
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
        ordered = sorted(field, key=lambda r: int(r["rank"]))
        position = next(i for i, r in enumerate(ordered, start=1) if r["iso3"] == subject.iso3)
        evidence = [self._row_evidence(table, row)]
        if rank.scope is not None:
            standings = ", ".join(
                f"{i}. {r['country']} ({_ordinal_word(int(r['rank']))})"
                for i, r in enumerate(ordered[: max(position, 3)], start=1)
            )
            evidence.append(
                self._evidence(table, None, f"{rank.scope} (UN M49) in {label}: {standings}")
            )
        claimed = (rank.value or 0) if rank.kind != "last" else len(ordered)
        if rank.kind == "top":
            ok = position <= (claimed or 0)
            said = f"in the top {claimed} {where}"
        elif rank.kind == "last":
            ok = position == len(ordered)
            said = f"the weakest {where}"
        else:
            ok = position == claimed
            said = f"{_ordinal_word(claimed or 0)} {where}"
        actual = f"{_ordinal_word(position)} of {len(ordered)} {where}" + (
            f" ({_ordinal_word(int(row['rank']))} overall)"  # type: ignore[call-overload]
            if rank.scope
            else ""
        )
        if ok:
            return self.finding(
                Verdict.SUPPORTED,
                f"{label} places {row['country']} {actual}, as claimed.",
                evidence,
                covers,
            )
        return self.finding(
            Verdict.REFUTED,
            f"{label} places {row['country']} {actual}, not {said}.",
            evidence,
            covers,
        )

    def _check_score(
        self,
        match: re.Match[str],
        row: dict[str, object],
        table: Dataset,
        label: str,
        spans: list[Span],
        named: bool,
    ) -> Finding:
        said = match["v"]
        places = len(said.split(".")[1])
        actual = float(row["power_index"])  # type: ignore[arg-type]
        evidence = [self._row_evidence(table, row)]
        covers = [*spans, match.span()]
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
                f"{said}; the claim names no edition, and scores change every year.",
                evidence,
            )
        return self.finding(
            Verdict.REFUTED,
            f"{label} gives {row['country']} a PowerIndex of {row['power_index']}, not {said}.",
            evidence,
            covers,
        )

    def _check_total(
        self, match: re.Match[str], table: Dataset, label: str, spans: list[Span]
    ) -> Finding:
        claimed = int(match["n"] or match["m"] or match["k"])
        covers = [*spans, match.span()]
        evidence = [self._evidence(table, None, f"{len(table)} countries ranked")]
        if claimed == len(table):
            return self.finding(
                Verdict.SUPPORTED,
                f"{label} ranks {len(table)} countries, as claimed.",
                evidence,
                covers,
            )
        return self.finding(
            Verdict.REFUTED,
            f"{label} ranks {len(table)} countries, not {claimed}.",
            evidence,
            covers,
        )

    def _check_comparison(
        self,
        match: re.Match[str],
        other: CountryMention,
        row: dict[str, object],
        table: Dataset,
        subject: Country,
        label: str,
        spans: list[Span],
    ) -> Finding:
        covers = [*spans, match.span(), (other.start, other.end)]
        other_row = next((r for r in table if r["iso3"] == other.country.iso3), None)
        if other_row is None:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE, f"{label} does not rank {other.country.name}."
            )
        ahead = match["dir"].lower().startswith(("ahead", "above", "higher", "outrank", "strong"))
        mine, theirs = int(row["rank"]), int(other_row["rank"])  # type: ignore[call-overload]
        ok = mine < theirs if ahead else mine > theirs
        evidence = [self._row_evidence(table, row), self._row_evidence(table, other_row)]
        relation = "ahead of" if mine < theirs else "behind"
        text = (
            f"{label} places {row['country']} ({_ordinal_word(mine)}) {relation} "
            f"{other_row['country']} ({_ordinal_word(theirs)})"
        )
        next_to = _NEXT_TO.search(match.string, 0, match.start())
        if ok and next_to and abs(mine - theirs) != 1:
            return self.finding(
                Verdict.MISLEADING,
                f"{text}: {abs(mine - theirs)} places apart, not “{next_to.group().strip()}” "
                f"{match['dir'].strip()}.",
                evidence,
                [*covers, next_to.span()],
            )
        if next_to:
            covers.append(next_to.span())
        if ok:
            return self.finding(Verdict.SUPPORTED, text + ", as claimed.", evidence, covers)
        return self.finding(Verdict.REFUTED, text + ".", evidence, covers)
