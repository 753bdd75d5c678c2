"""Role assertions: which system a run of role words is said of."""

from __future__ import annotations

import pytest

from veracity.analysis.role_links import read_role_links
from veracity.mentions import find_mentions
from veracity.mentions.roles import find_roles
from veracity.sources import Sources


def _links(text: str, sources: Sources) -> list[tuple[str, str, str | None]]:
    systems = find_mentions(text, sources).systems
    return [
        (link.system.text, link.run.text, text[slice(*link.link)] if link.link else None)
        for link in read_role_links(text, systems, tuple(find_roles(text)))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan operates Arlan wheeled armored vehicles.",
            ("Arlan", "wheeled armored vehicles"),
        ),
        ("It bought the multi-role fighter Su-30SM.", ("Su-30SM", "multi-role fighter")),
        ("The Su-30SM is a multi-role fighter.", ("Su-30SM", "multi-role fighter")),
        ("It flies the A400M, a heavy-lift transport.", ("A400M", "heavy-lift transport")),
    ],
)
def test_a_run_is_linked_to_the_system_it_describes(
    text: str, expected: tuple[str, str], fixture_sources: Sources
) -> None:
    assert [(name, run) for name, run, _ in _links(text, fixture_sources)] == [expected]


def test_a_list_keeps_the_words_that_link_it(fixture_sources: Sources) -> None:
    found = _links("It bought transport aircraft such as the A400M.", fixture_sources)
    assert found == [("A400M", "transport aircraft", " such as the ")]


def test_generic_words_are_linked_only_right_after_a_name(fixture_sources: Sources) -> None:
    assert _links("The military system is the Su-30SM.", fixture_sources) == []


def test_a_run_far_from_any_name_is_no_assertion(fixture_sources: Sources) -> None:
    assert _links("Fighters were discussed; the Su-30SM arrived later.", fixture_sources) == []
