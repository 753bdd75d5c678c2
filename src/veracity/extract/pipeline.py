"""From a document to claims: segment, split, assess, locate, name, and carry what the
article leaves implicit (`implicit`: its date and main country).

Each statement keeps as `quote` the article's exact words it stands on, lengthened to the left
until it is the first place those words occur, so `ClaimSet.article_location` (which looks for
the first occurrence) lands on the right line and column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from veracity.claims.models import Claim
from veracity.extract.document import Block, Document
from veracity.extract.ids import claim_id
from veracity.extract.implicit import Implicit, carry, main_country
from veracity.extract.references import (
    Listed,
    is_person,
    listed_of,
    members_of,
    restate,
    subject_of,
)
from veracity.extract.segment import sentences
from veracity.extract.split import Found, split_sentence
from veracity.extract.worthiness import assess
from veracity.sources.countries import CountryResolver, countries
from veracity.sources.registry import Sources

__all__ = ["extract_claims", "unique_quote"]

_WORD_START = re.compile(r"(?<!\S)\S")


def unique_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """Move `start` left, word by word, until `text[start:end]` first occurs at `start`."""
    while start > 0 and text.find(text[start:end]) != start:
        previous = [m.start() for m in _WORD_START.finditer(text, 0, start)]
        start = previous[-1] if previous else 0
    return start, end


def _statements(
    document: Document, block: Block, listed: list[Listed], resolver: CountryResolver
) -> Iterator[tuple[Found, str | None]]:
    """The block's statements, each with a note on a restated subject if there is one;
    `listed` keeps the last list of names the article gave as a subject; `resolver` tells a
    country from a person's name."""
    if block.kind == "heading":
        if found_list := listed_of(document.text, block.start, block.end):
            listed[:] = [found_list]
        yield (
            Found(" ".join(document.block_text(block).split()), block.start, block.end, None),
            None,
        )
        return
    previous, members, person = None, None, False
    for start, end in sentences(document.block_text(block), block.start):
        last = listed[-1] if listed else None
        for found in split_sentence(document.text, start, end):
            text, note = restate(found.text, previous, members, last, person=person)
            yield found._replace(text=text), note
        previous = subject_of(document.text, start, end)
        person = previous is not None and is_person(
            previous[0], lambda name: resolver.resolve(name) is not None
        )
        members = members_of(document.text, start, end)
        if found_list := listed_of(document.text, start, end):
            listed[:] = [found_list]


def _note(*notes: str | None) -> str | None:
    kept = [n for n in notes if n and not n.startswith("Refers to something named earlier")]
    if notes[-1] is None and notes[0]:
        return notes[0]
    return " ".join(kept) or None


def extract_claims(document: Document) -> list[Claim]:
    """The claims of an article, in article order, one per distinct statement."""
    claims: list[Claim] = []
    seen: set[str] = set()
    listed: list[Listed] = []
    resolver = countries(Sources())
    for block in document.blocks:
        statements = _statements(document, block, listed, resolver)
        for (text, start, end, hedge, said), restated in statements:
            identifier = claim_id(text)
            if identifier in seen:
                continue
            seen.add(identifier)
            start, end = unique_quote(document.text, start, end)
            worth = assess(
                text,
                heading=block.kind == "heading",
                hedge=hedge,
                said=said,
                published=document.published,
            )
            claims.append(
                Claim(
                    id=identifier,
                    text=text,
                    quote=document.text[start:end],
                    checkable=worth.checkable,
                    note=_note(worth.note, restated if worth.checkable else None),
                )
            )
    return _carry_implicit(document, claims, resolver)


def _carry_implicit(
    document: Document, claims: list[Claim], resolver: CountryResolver
) -> list[Claim]:
    """Each claim with the article's date and main country where it leaves them implicit."""
    body = "\n\n".join(document.block_text(b) for b in document.blocks)
    implicit = Implicit(document.published, main_country(body, resolver))
    return [carry(claim, implicit, resolver) for claim in claims]
