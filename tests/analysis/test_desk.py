"""The desk's links: a claim file corrects what a name means, and every verifier reads that."""

from __future__ import annotations

from pathlib import Path

import pytest

from veracity import ClaimFileError, Sources, run
from veracity.analysis import ClaimDoc
from veracity.claims import load_claim_set
from veracity.context import Context
from veracity.engine.plugins import discover

HEAD = "article:\n  id: t\n  title: T\nclaims:\n"


def claims(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "t.yaml"
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def doc(tmp_path: Path, body: str) -> ClaimDoc:
    claim_set = load_claim_set(claims(tmp_path, body))
    return ClaimDoc(claim_set.claims[0], Context(sources=Sources(), claim_set=claim_set))


def test_a_link_replaces_what_the_finder_read(tmp_path: Path) -> None:
    found = doc(
        tmp_path,
        "  - id: a\n    text: The Cobra is a Turkish armoured vehicle.\n"
        "    links:\n      Cobra: systems:cobra-ii\n",
    ).mentions
    (cobra,) = found.systems
    assert (cobra.text, [e.id for e in cobra.entities]) == ("Cobra", ["cobra-ii"])


def test_none_says_the_words_name_nothing(tmp_path: Path) -> None:
    found = doc(
        tmp_path,
        "  - id: a\n    text: The Arlan is a wheeled armoured vehicle.\n"
        "    links:\n      Arlan: none\n",
    ).mentions
    assert found.systems == []


def test_verifiers_check_the_desks_reading(tmp_path: Path) -> None:
    path = claims(
        tmp_path,
        "  - id: a\n    text: The Cobra is a Turkish armoured vehicle.\n"
        "    links:\n      Cobra: systems:cobra-ii\n",
    )
    (result,) = run(load_claim_set(path), discover(builtins_only=True), Sources()).results
    assert result.verdict == "supported"
    assert result.reading is not None
    assert result.reading.links[0].desk
    assert "(the desk's link)" in result.reading.summary()


def test_a_row_the_data_lacks_stops_the_run_with_a_suggestion(tmp_path: Path) -> None:
    path = claims(
        tmp_path,
        "  - id: a\n    text: The Cobra is Turkish.\n    links:\n      Cobra: systems:cobra-iii\n",
    )
    with pytest.raises(ClaimFileError, match=r"t\.yaml:5:5: .*did you mean 'cobra-ii'"):
        run(load_claim_set(path), discover(builtins_only=True), Sources())


@pytest.mark.parametrize(
    ("links", "message"),
    [
        ("\n      Arlen: none", "'Arlen' does not occur in the claim's text"),
        (" [Arlan]", "must be a mapping of a name to a row"),
        ("\n      Arlan: arlan", "a link must name a catalogue row or `none`"),
    ],
)
def test_bad_links_are_located(tmp_path: Path, links: str, message: str) -> None:
    path = claims(tmp_path, f"  - id: a\n    text: The Arlan is Kazakh.\n    links:{links}\n")
    with pytest.raises(ClaimFileError, match=message):
        load_claim_set(path)
