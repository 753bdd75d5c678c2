"""Property tests of the country finder: any text, consistent mentions, names always found."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veracity.sources import Sources, countries

RESOLVER = countries(Sources())
CANONICAL = sorted((c.name, c.iso3) for c in RESOLVER.by_iso3.values())
filler = st.from_regex(r"[0-9 .,;:()]{0,15}", fullmatch=True)


@given(st.text(max_size=300))
def test_mentions_are_ordered_slices_that_resolve(text: str) -> None:
    end = 0
    for mention in RESOLVER.find(text):
        assert end <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert RESOLVER.resolve(mention.text) == mention.country
        end = mention.end


@given(st.text(max_size=300))
def test_regions_are_slices_of_known_regions(text: str) -> None:
    known = set(RESOLVER.region_names())
    for mention in RESOLVER.find_regions(text):
        assert text[mention.start : mention.end] == mention.text
        assert mention.region in known


@given(filler, st.sampled_from(CANONICAL), filler)
def test_a_named_country_is_found(before: str, country: tuple[str, str], after: str) -> None:
    name, iso3 = country
    found = list(RESOLVER.find(f"{before} {name} {after}"))
    assert iso3 in {m.country.iso3 for m in found}
    resolved = RESOLVER.resolve(name)
    assert resolved is not None
    assert resolved.iso3 == iso3


def test_every_canonical_name_is_found_and_resolves() -> None:
    missed = [
        (name, iso3)
        for name, iso3 in CANONICAL
        if iso3 not in {m.country.iso3 for m in RESOLVER.find(f"In 2024, {name}.")}
        or getattr(RESOLVER.resolve(name), "iso3", None) != iso3
    ]
    assert missed == []
