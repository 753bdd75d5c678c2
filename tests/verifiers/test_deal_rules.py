"""Rules of the deal verifier: the buyer's service, and how SIPRI rows are said."""

from __future__ import annotations

from veracity.mentions import catalog
from veracity.mentions.transfers import transfers
from veracity.sources import Sources
from veracity.verifiers.deal_outcome import lists
from veracity.verifiers.deal_rules import serves


def test_services_take_their_weapons(sources: Sources) -> None:
    tank = catalog(sources).get("system", "k2-black-panther")
    fighter = catalog(sources).get("system", "j-10c")
    assert tank is not None
    assert fighter is not None
    assert serves("army", tank)
    assert not serves("navy", tank)
    assert serves("air force", fighter)  # fixed-wing aircraft go to air forces in the main
    assert not serves("air force", tank)
    assert not serves("navy", fighter)
    assert serves("military", tank)  # no service named: nothing to contradict


def test_a_selection_is_said_as_one(sources: Sources) -> None:
    system = catalog(sources).get("system", "k2-black-panther")
    assert system is not None
    rows = transfers(sources).of(system, "POL")
    said = lists("Poland", system, rows)
    assert "180 ordered in 2022 from South Korea" in said
    assert "820? selected (not yet ordered) in 2022?" in said
