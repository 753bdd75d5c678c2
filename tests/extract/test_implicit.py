"""Claims carry the article's date and main country where they leave them implicit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from veracity.claims.models import Claim
from veracity.extract import extract
from veracity.extract.implicit import Implicit, carry, main_country, present_tense

DATA = Path(__file__).parents[1] / "data" / "extract"
APRIL = Implicit(dt.date(2024, 4, 16), "Hungary")


def claim(text: str, checkable: bool = True) -> Claim:
    return Claim(id="c", text=text, checkable=checkable)


def test_main_country_only_when_one_dominates() -> None:
    assert main_country("Hungary buys. Hungary builds. The Hungarian army. Germany sells.") == (
        "Hungary"
    )
    assert main_country("Denmark sells F-16s to Argentina. Argentina pays Denmark.") is None
    assert main_country("No country at all.") is None


def test_present_tense_is_read_from_the_predicate() -> None:
    assert present_tense("The army has 30 operative F-16s.")
    assert present_tense("The plant operates two lines.")
    assert not present_tense("The F-14 was developed by Grumman.")
    assert not present_tense("The plant opened on Monday.")


def test_a_present_claim_without_year_or_country_gets_both_marked_inferred() -> None:
    carried = carry(claim("The army has 30 operative F-16s."), APRIL)
    assert (carried.year, carried.country) == (2024, "Hungary")
    assert carried.note is not None
    assert "Inferred from the article" in carried.note
    assert "2024" in carried.note
    assert "Hungary" in carried.note


def test_what_the_claim_states_itself_is_not_inferred() -> None:
    own = carry(claim("In 2019, Germany sold 12 tanks."), APRIL)
    assert (own.year, own.country, own.note) == (None, None, None)
    past = carry(claim("The plant opened on Monday."), APRIL)
    assert (past.year, past.country) == (None, "Hungary")
    opinion = carry(claim("The army is strong.", checkable=False), APRIL)
    assert (opinion.year, opinion.country) == (None, None)


def test_extracted_claims_carry_the_credit_line_date() -> None:
    claims = extract(DATA / "credited.txt").claims
    body = [c for c in claims if c.checkable]
    assert [c.text for c in body] == ["The army bought 12 tanks."]
    assert body[0].year is None  # a past event: the article's date is not its time
