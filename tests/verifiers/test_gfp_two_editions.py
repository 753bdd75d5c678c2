"""A change of place between editions, and a place said to be held again, are decided when the
edition before is bundled too: here a made-up "gfp-2023" (the 2024 table with Taiwan and Saudi
Arabia swapped, a test fixture and not Global Firepower's figures) sits beside the real one."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from veracity.sources import Sources
from veracity.sources.registry import BUNDLED_DATA
from veracity.testing import verify_text

SWAPPED = {"TWN": 23, "SAU": 24}
"""The fixture edition's places that differ from 2024's (Taiwan 24th and Saudi Arabia 23rd)."""


@pytest.fixture(scope="module")
def two_editions(tmp_path_factory: pytest.TempPathFactory) -> Sources:
    bundled = Path(BUNDLED_DATA) / "gfp-2024"
    folder = tmp_path_factory.mktemp("sources") / "gfp-2023"
    folder.mkdir()
    descriptor = json.loads((bundled / "datapackage.json").read_text("utf-8"))
    descriptor.update(
        name="gfp-2023",
        title="Global Firepower 2023 (test fixture: the 2024 table with two places swapped)",
        temporal={"start": 2023, "end": 2023, "label": "a test edition"},
    )
    descriptor["veracity:edition"] = 2023
    descriptor["resources"][0].update(name="gfp-2023", path="gfp-2023.csv")
    (folder / "datapackage.json").write_text(json.dumps(descriptor), "utf-8")
    with (bundled / "gfp-2024.csv").open(encoding="utf-8") as source:
        rows = list(csv.DictReader(source))
    for row in rows:
        row["rank"] = str(SWAPPED.get(row["iso3"], row["rank"]))
    with (folder / "gfp-2023.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return Sources(extra_folders=(folder.parent,))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taiwan fell one place to 24th in Global Firepower 2024.", "supported"),
        ("Taiwan dropped one spot in Global Firepower 2024.", "supported"),
        ("Taiwan climbed one place in Global Firepower 2024.", "refuted"),
        ("Saudi Arabia moved up one place in Global Firepower 2024.", "supported"),
        ("Saudi Arabia rose two places in Global Firepower 2024.", "refuted"),
        ("Thailand retained its 25th place in Global Firepower 2024.", "supported"),
        ("Taiwan retained its 24th place in Global Firepower 2024.", "refuted"),
        ("Taiwan moved one place in Global Firepower 2024.", "not-enough-evidence"),
        ("Saudi Arabia is 23rd in Global Firepower 2024, up from 24th.", "supported"),
        ("Saudi Arabia is 23rd in Global Firepower 2024, up from 25th.", "refuted"),
    ],
)
def test_a_change_between_bundled_editions_is_decided(
    two_editions: Sources, text: str, expected: str
) -> None:
    result = verify_text(text, "rankings.global-firepower", sources=two_editions)
    assert result.verdict.value == expected, result.explanation


def test_with_one_edition_a_change_is_not_decided() -> None:
    result = verify_text("Taiwan fell one place to 24th in Global Firepower 2024.")
    assert result.verdict.value == "not-enough-evidence"
    assert "a change of place between editions" in result.explanation
    alone = verify_text("Taiwan fell one place in Global Firepower 2024.")
    assert "2024 only" in alone.explanation
