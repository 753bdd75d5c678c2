"""What a report shows of a claim's analysis ("read as"), in the JSON and Markdown reports."""

from __future__ import annotations

import json

from markdown_it import MarkdownIt

from veracity import Article, Claim, ClaimSet, Sources, run
from veracity.analysis import ClaimDoc, reading
from veracity.analysis.reading import Link, Reading
from veracity.context import Context
from veracity.engine.plugins import discover
from veracity.reports import json as json_report
from veracity.reports import markdown


def read(text: str) -> Reading:
    return reading(ClaimDoc(Claim(id="c", text=text), Context(sources=Sources())))


def test_links_name_every_candidate_row() -> None:
    got = read("Kazakhstan ordered 12 Su-30SM fighters from Russia in 2015.")
    assert [(link.text, link.rows, link.score) for link in got.links] == [
        ("Su-30SM", ("systems:su-30sm",), 100.0)
    ]
    assert [p.code for p in got.places] == ["KAZ", "RUS"]
    (transfer,) = got.transfers
    assert (transfer.kind, transfer.planned, transfer.recipient) == ("order", False, "KAZ")
    assert (transfer.number, transfer.year) == (12, 2015)


def test_a_summary_a_reader_can_follow() -> None:
    summary = read("Kazakhstan ordered 12 Su-30SM fighters from Russia in 2015.").summary()
    assert summary.startswith("Su-30SM → systems:su-30sm; Kazakhstan (KAZ); Russia (RUS)")
    assert (
        "acquisition (verb, ordered): buyer Kazakhstan, seller Russia, system Su-30SM, "
        "number 12, year 2015" in summary
    )


def test_a_deal_is_shown_once() -> None:
    # the deals stage's transfer and the relations stage's acquisition say the same thing: the
    # summary shows the assertion (the JSON keeps both)
    got = read("Poland took delivery of the first 10 K2 tanks from South Korea.")
    assert got.transfers
    assert "transfer (" not in got.summary()
    assert got.summary().count("system K2") == 1


def test_a_transfer_no_assertion_tells_is_still_shown() -> None:
    got = read("Kazakhstan ordered 12 Su-30SM fighters from Russia in 2015.")
    bare = Reading(got.links, got.places, got.counts, got.transfers, (), got.year)
    assert "transfer (order): Su-30SM, recipient KAZ, supplier RUS" in bare.summary()


def test_a_near_miss_says_so() -> None:
    reading_ = Reading(
        (Link("Otocar", (0, 6), ("manufacturers:otokar",), 83.0),), (), (), (), (), None
    )
    assert reading_.summary() == "Otocar → manufacturers:otokar (near miss, 83)"


def test_nothing_read_is_empty() -> None:
    assert read("Something happened.").empty


CLAIMS = ClaimSet(
    article=Article(id="t", title="T"),
    claims=(
        Claim(id="a", text="The Arlan <b>is</b> a wheeled armoured vehicle."),
        Claim(id="b", text="The Arlan will be great.", checkable=False),
    ),
)


def test_reports_show_the_reading_of_checked_claims() -> None:
    report = run(CLAIMS, discover(builtins_only=True), Sources())
    data = json.loads(json_report.render(report))
    first, second = data["claims"]
    assert first["reading"]["links"][0]["rows"] == ["systems:arlan"]
    assert "reading" not in second  # not checked, not read
    text = markdown.render(report)
    assert "*Read as:* Arlan → systems:arlan." in text
    assert "<b>" not in MarkdownIt("commonmark", {"html": True}).render(text)


def test_as_dict_is_asdict() -> None:
    from dataclasses import asdict

    got = read("Kazakhstan ordered 12 Su-30SM fighters from Russia in 2015; it was not late.")
    assert json.dumps(got.as_dict()) == json.dumps(asdict(got))


def test_a_ranking_reading_shows_what_the_claim_set_gave() -> None:
    claim = Claim(id="c", text="The country is ranked 24th.")
    article = Article(id="a", title="Taiwan ranks 24th in Global Firepower 2024")
    context = Context(sources=Sources(), claim_set=ClaimSet(article=article, claims=(claim,)))
    got = reading(ClaimDoc(claim, context))
    assert got.ranking is not None
    assert (got.ranking.edition, got.ranking.edition_from, got.ranking.subject) == (
        2024,
        "claim set",
        "TWN",
    )
    assert got.ranking.ranks == ("24th in the world",)
    assert "edition 2024 (inferred from the claim set's title)" in got.summary()
    assert got.as_dict()["ranking"]["inferred"][0].startswith("ranking Global Firepower")


def test_assertions_by_verb_class_are_shown_with_their_roles() -> None:
    got = read("Kazakhstan ordered 12 Su-30SM fighters from Russia in 2015.")
    (assertion,) = [a for a in got.assertions if a.kind == "acquisition"]
    assert dict(assertion.roles)["buyer"] == "Kazakhstan"
    assert (assertion.stage, assertion.confident) == ("ordered", True)
    assert (
        "acquisition (verb, ordered): buyer Kazakhstan, seller Russia, system Su-30SM, "
        "number 12, year 2015" in got.summary()
    )


def test_an_assertion_that_is_not_confident_names_its_candidates() -> None:
    (assertion,) = read("New additions include the Caracal.").assertions
    assert not assertion.confident
    assert "(not confident: systems:caracal or systems:h225m-caracal)" in assertion.summary()


def test_an_attribution_names_its_source_in_json_and_markdown() -> None:
    got = read("Kazakhstan ordered 12 Su-30SM fighters from Russia, the ministry said on Monday.")
    assert got.attributed == ("attributed to the ministry (“said”, not judged)",)
    assert "attributed to the ministry" in got.summary()
    assert got.as_dict()["attributed"] == list(got.attributed)
    claims = ClaimSet(
        article=Article(id="t", title="T"),
        claims=(Claim(id="a", text="According to AFP, the Arlan is a wheeled armoured vehicle."),),
    )
    report = run(claims, discover(builtins_only=True), Sources())
    (first,) = json.loads(json_report.render(report))["claims"]
    assert first["reading"]["attributed"] == ["attributed to AFP (“according to”, not judged)"]
    assert "attributed to AFP" in markdown.render(report)
