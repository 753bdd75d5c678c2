"""Check-worthiness: uncheckable statements are flagged with a note saying why."""

from __future__ import annotations

import datetime as dt

import pytest

from veracity.extract.worthiness import assess


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Experts suggest that the decision was influenced by the war.", "unnamed sources"),
        ("According to analysts, the jets are outdated.", "unnamed sources"),
        ("It is believed that the deal collapsed.", "unnamed sources"),
        ("Some observers said the army is weak.", "unnamed sources"),
        ("In our view, the purchase was a mistake.", "opinion"),
        ("The ministry ought to buy more tanks.", "opinion"),
        ("The army will become much stronger.", "forecast without a figure"),
        ("Kazakhstan is expected to modernize its forces.", "expectation"),
        ("Dassault expects orders for 42 Rafales from France.", "expectation"),
        ("The European Union is expected to deliver the first A400M to Kazakhstan.", "expectation"),
        ("Will the deal survive?", "question"),
        ("The president termed the result a “convincing victory”.", "characterisation"),
        ("An analyst highlighted the much larger military potential.", "characterisation"),
        ("The company has stated that it sees Hungary as a home market.", "characterisation"),
        ("The plant marks a major milestone for the company.", "evaluation"),
        ("The air force was one of the most capable in the region.", "evaluation"),
        ("Years of war have depleted the military resources of Libya.", "broad assessment"),
        ("The outcome has raised concerns in the region.", "evaluation"),
        ("Chile and Peru are rising in military strength due to regional threats.", "trend"),
        ("Paramount is a fast-growing company.", "trend"),
        ("“The line marks our commitment to transfer technology,” the CEO said.", "evaluation"),
        ("“Heavy armour has arrived, welcome to join us!” the ministry said.", "direct quote"),
        ("“The plant can deliver 5 aircraft,” the paper quoted a source as saying.", "unnamed"),
        ("A source quoted by the paper said the plant can deliver 5 aircraft.", "unnamed"),
        ("It is not presently believed that the army renumbered its helicopters.", "unnamed"),
        ("It is thus not evident how many helicopters were ordered.", "not known"),
        ("At the show in April, I had a chance to talk to the company's chief.", "writer"),
        ("This year's results reflect evolving global military power dynamics.", "characteris"),
        ("Vietnam's ranking reflects a disciplined force shaped by decades of war.", "characteris"),
        ("Adding the jet has boosted significantly the front-line capabilities.", "characteris"),
        ("The government has continued to show interest in the maker's products.", "characteris"),
        ("The vehicle has become a TV star.", "evaluation"),
        ("Quite the PR coup for the company.", "evaluation"),
        ("The jet has since made a breakthrough on the international market.", "evaluation"),
        ("Plans are in progress to add an air-to-ground capability to the 14 jets.", "plan"),
        ("The bigger 6X6 vehicle is likely to be marketed the same way.", "forecast"),
        ("The F-16s will be handed over soon.", "forecast"),
        ("“This is an outcome of the partnership between the two countries,” it said.", "quote"),
        ("A Swedish Gripen fighter over the Baltic Sea (undated).", "caption"),
        ("Soldiers stand beside a K2 tank at a base near Seoul (file).", "caption"),
        ("A Rafale of the Greek air force (archive photo).", "caption"),
    ],
)
def test_not_checkable(text: str, note: str) -> None:
    result = assess(text)
    assert not result.checkable
    assert result.note is not None
    assert note in result.note.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan was placed 58th out of 145 countries in Global Firepower 2024.",
        "The ANKA will begin production in Kazakhstan this year.",
        "Deliveries should start in 2029.",
        "After years of delays, 12 F-16s were delivered in 2020.",
        "The Defense Ministry emphasized that the armed forces continue to rearm.",
        "The Defense Department plans to acquire mini unmanned systems (EVOMax).",
        "U.S. officials said 12 F-16s were delivered.",
        "Later versions of the aircraft are “NATO interoperable.”",
        "The minister said “12 F-16s have been delivered to the air force”.",
        "The report highlights Kazakhstan's plans to modernize its weaponry.",
        "Hungary will take delivery of 46 Lynx vehicles.",
        "The tanks are equipped with 120-millimeter guns and will arrive in the 24th week.",
        "Defence spending is rising in Chile by 4 per cent a year.",
    ],
)
def test_checkable(text: str) -> None:
    assert assess(text).checkable


def test_headline_and_hedge() -> None:
    assert assess("Poland Buys Jets", heading=True).note == (
        "Headline; its statements are checked in the article's body."
    )
    hedged = assess("The delay is likely due to sanctions.", hedge="likely")
    assert not hedged.checkable
    assert hedged.note is not None
    assert "likely" in hedged.note


def test_back_reference_is_noted_but_checkable() -> None:
    result = assess("The ministry has been discreet about the purchase of these planes.")
    assert result.checkable
    assert result.note is not None
    assert "these planes" in result.note
    assert assess("These days the army buys drones.").note is None


def test_attributed_fact_stays_checkable_with_the_attribution_named() -> None:
    result = assess("The first tanks were delivered on Monday, the Defense Ministry confirmed.")
    assert result.checkable
    assert result.note is not None
    assert "confirmed" in result.note


def test_a_scheduled_event_after_the_article_date_is_a_forecast() -> None:
    text = "The switch to the new jets is taking place at the end of 2025."
    assert assess(text).checkable
    later = assess(text, published=dt.date(2024, 4, 16))
    assert not later.checkable
    assert later.note is not None
    assert "2025" in later.note
    assert assess(text, published=dt.date(2026, 1, 1)).checkable


@pytest.mark.parametrize(
    ("said", "checkable", "note"),
    [
        ("the defence ministry said on Monday", True, "Attributed (“the defence ministry said"),
        ("officials said Thursday", True, "Attributed (“officials said Thursday”)"),
        ("informed military sources said Thursday", False, "unnamed sources"),
        ("we noted that", False, "writer's own account"),
    ],
)
def test_an_attribution_split_off_is_judged_with_the_statement(
    said: str, checkable: bool, note: str
) -> None:
    worth = assess("Chile has bought 12 F-16 fighters from the Netherlands.", said=said)
    assert worth.checkable is checkable
    assert worth.note is not None
    assert note in worth.note


def test_an_attribution_keeps_the_statement_own_reason() -> None:
    worth = assess("The army will become much stronger.", said="the minister said")
    assert not worth.checkable
    assert worth.note is not None
    assert "forecast" in worth.note


def test_a_speech_verb_inside_a_name_attributes_nothing() -> None:
    assert assess("The United States delivered about 500 aircraft to Iran.").note is None
    said = assess("The United States delivered 500 aircraft, the ministry stated.")
    assert said.note is not None
    assert "stated" in said.note
