"""A system a claim only points back to ("108 such tanks") is taken from the nearest earlier
claim of its set that names one of that category, as a labelled inference
(veracity.analysis.antecedents)."""

from __future__ import annotations

from veracity import Article, Claim, ClaimSet, Sources, run
from veracity.analysis import ClaimDoc, reading
from veracity.analysis.antecedents import INFERRED
from veracity.context import Context
from veracity.engine.plugins import discover
from veracity.findings import Verdict


def _doc(*texts: str, sources: Sources) -> ClaimDoc:
    """The analysis of the last text, the others being earlier claims of its set."""
    claims = tuple(Claim(id=f"c{i}", text=t) for i, t in enumerate(texts))
    article = Article(id="a", title="An article")
    context = Context(sources=sources, claim_set=ClaimSet(article=article, claims=claims))
    return ClaimDoc(claims[-1], context)


def test_a_pointing_phrase_takes_the_system_of_an_earlier_claim(sources: Sources) -> None:
    doc = _doc(
        "The 38 M1A2T tanks reached the port on Sunday.",
        "Taiwan has bought 108 such tanks from the US.",
        sources=sources,
    )
    (mention,) = doc.mentions.systems
    assert (mention.text, mention.entities[0].id) == ("such tanks", "m1a2-abrams")
    assert mention.cue.startswith(INFERRED)
    (deal,) = doc.deals
    assert deal.system is mention
    assert deal.number is not None
    assert deal.number[0] == 108
    got = reading(doc)
    assert got.links[0].inferred == "claim `c0`"
    assert "(inferred from claim `c0`)" in got.summary()
    assert got.as_dict()["inferred"] == [
        "system M1A2 Abrams for “tanks” (inferred from claim `c0`)"
    ]


def test_the_nearest_earlier_claim_of_the_category_wins(sources: Sources) -> None:
    doc = _doc(
        "Poland ordered M1A2 Abrams tanks.",
        "Germany sent Leopard 2A4 tanks.",
        "Turkey ordered F-16V jets.",
        "Ukraine received these tanks in 2023.",
        sources=sources,
    )
    assert [e.id for m in doc.mentions.systems for e in m.entities] == ["leopard-2a4"]


def test_several_candidates_are_named_and_nothing_inferred(sources: Sources) -> None:
    doc = _doc(
        "Poland ordered K2 and M1A2 Abrams tanks.",
        "Poland received the tanks in 2022.",
        sources=sources,
    )
    assert not doc.mentions.systems
    (said,) = reading(doc).inferred
    assert "K2" in said
    assert "M1A2 Abrams" in said
    assert said.endswith("not inferred")


def test_no_determiner_or_another_category_points_back_to_nothing(sources: Sources) -> None:
    before = "The 38 M1A2T tanks reached the port on Sunday."
    assert not _doc(before, "Taiwan last bought tanks in 1994.", sources=sources).mentions.systems
    assert not _doc(before, "Taiwan bought the jets in 1992.", sources=sources).mentions.systems


def test_a_claim_that_names_its_system_infers_nothing(sources: Sources) -> None:
    doc = _doc(
        "Poland ordered K2 tanks.", "Poland received 10 such M1A2 Abrams tanks.", sources=sources
    )
    assert [e.id for m in doc.mentions.systems for e in m.entities] == ["m1a2-abrams"]
    assert not reading(doc).inferred


def test_a_verdict_on_an_inferred_system_names_it() -> None:
    claims = (
        Claim(id="delivered", text="The 38 M1A2T tanks reached Taiwan on Sunday."),
        Claim(id="bought", text="Taiwan has bought 108 such tanks from the US."),
    )
    article = Article(id="a", title="Abrams tanks delivered to Taiwan")
    report = run(ClaimSet(article=article, claims=claims), discover(builtins_only=True), Sources())
    got = next(r for r in report.results if r.claim.id == "bought")
    assert got.verdict == Verdict.SUPPORTED
    assert "inferred from claim `delivered`" in got.explanation


def test_nothing_is_shown_when_no_earlier_claim_names_the_category(sources: Sources) -> None:
    doc = _doc("Turkey ordered F-16V jets.", "Taiwan bought the tanks in 1992.", sources=sources)
    assert not reading(doc).inferred
