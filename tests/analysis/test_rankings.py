"""Ranking assertions read from claim text (cases in cases/rankings.yaml)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from veracity import Article, Claim, ClaimSet, Sources
from veracity.analysis import ClaimDoc
from veracity.analysis.ranking_words import also_counted, alternation, words
from veracity.context import Context

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "rankings.yaml").read_text("utf-8"))


@pytest.fixture(scope="module")
def sources() -> Sources:
    return Sources()


def _doc(case: dict[str, Any], sources: Sources) -> ClaimDoc:
    claim = Claim(id="c", text=case["text"])
    article = Article(id="a", title=case.get("title", "An article"), published=dt.date(2024, 5, 1))
    context = Context(sources=sources, claim_set=ClaimSet(article=article, claims=(claim,)))
    return ClaimDoc(claim, context)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_reading(case: dict[str, Any], sources: Sources) -> None:
    reading = _doc(case, sources).ranking
    if case.get("none"):
        assert reading is None
        return
    assert reading is not None
    if "edition" in case:
        assert reading.edition == case["edition"]
    if "subject" in case:
        assert reading.subject is not None
        assert reading.subject.iso3 == case["subject"]
    if "ranks" in case:
        got = [
            " ".join([r.kind, str(r.value if r.value is not None else "-"), r.scope or ""]).strip()
            for r in reading.ranks
        ]
        assert got == case["ranks"]
    if "totals" in case:
        assert [t.value for t in reading.totals] == case["totals"]
    if "scores" in case:
        assert [s.value for s in reading.scores] == case["scores"]
    if "comparisons" in case:
        got = [
            f"{'ahead' if c.ahead else 'behind'} {c.other.country.iso3 if c.other else '-'}"
            for c in reading.comparisons
        ]
        assert got == case["comparisons"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_measures_groups_and_context(case: dict[str, Any], sources: Sources) -> None:
    reading = _doc(case, sources).ranking
    if reading is None:
        return
    text = case["text"]
    if "measures" in case:
        assert [r.measure.text if r.measure else None for r in reading.ranks] == case["measures"]
    if "doubts" in case:
        assert [text[s:e] for s, e in reading.doubts] == case["doubts"]
    if "groups" in case:
        assert [[c.iso3 for c in r.group] for r in reading.ranks] == case["groups"]
    if "members" in case:
        members = reading.ranks[0].members
        assert members is not None
        assert [members[0], members[1]] == case["members"]
    if "movement" in case:
        moved = None if reading.movement is None else text[slice(*reading.movement)]
        assert moved == case["movement"]
    if "edition_from" in case:
        assert reading.edition_from == case["edition_from"]
    if "overall" in case:
        assert [r.overall for r in reading.ranks] == case["overall"]
    if "inferred" in case:
        assert [i.describe() for i in reading.inferred] == case["inferred"]


def test_word_classes_are_data() -> None:
    assert "ahead of" in words("ahead")
    assert "came in" in words("placement-verbs")  # a lemma stands for all its forms
    assert alternation("world")
    assert also_counted()["RUS"] == ("Asia",)
    with pytest.raises(KeyError, match="no word class"):
        words("no-such-class")


@pytest.mark.parametrize(
    ("text", "reads_ranks"),
    [
        ("The contract was signed in Astana in 2019.", False),  # no rank, no measure
        ("Kazakhstan has the second most tanks in Central Asia.", True),  # a measure: read
        ("Kazakhstan ranks 57th.", True),
    ],
)
def test_in_a_ranking_article_the_ranks_are_read_only_when_the_claim_may_hold_one(
    text: str, reads_ranks: bool, sources: Sources, monkeypatch: pytest.MonkeyPatch
) -> None:
    from veracity.analysis import rankings

    called: list[str] = []
    real = rankings._ranks

    def counting(text: str, *args: Any) -> list[rankings.Rank]:
        called.append(text)
        return real(text, *args)

    monkeypatch.setattr(rankings, "_ranks", counting)
    case = {"text": text, "title": "Global Firepower 2024: Kazakhstan's military strength"}
    doc = _doc(case, sources)
    reading = doc.ranking
    assert bool(called) is reads_ranks
    assert (reading is not None) is reads_ranks
