"""The claim-set records: an Article and the Claims made in it.

These are the contract of DESIGN.md: unknown keys are errors, ids are lowercase slugs, and a claim
may carry optional hints that verifiers may use but must never need.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

__all__ = ["ID_PATTERN", "Article", "Claim", "ClaimSet", "Location"]

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
Slug = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=80)]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
Hint = Annotated[str, StringConstraints(max_length=4000)]
LinkName = Annotated[str, StringConstraints(min_length=1, max_length=200)]
LinkTarget = Annotated[
    str, StringConstraints(pattern=r"^(?:none|(?:systems|manufacturers|organisations):[\w.-]+)$")
]
MAX_LINKS = 20
MAX_URL = 2048
MAX_TITLE = 500
MAX_PUBLISHER = 200
"""Article fields that reports repeat for every claim (ClaimReview's `itemReviewed`) are kept
short, so that report size follows the number of claims, not their product with a field."""


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


@dataclass(frozen=True, slots=True)
class Location:
    """A position in a text file, 1-based.

    A plain record, not a model: the loader makes one per claim and never from input, and a
    batch of 100,000 claims holds them all (a pydantic model is several times the size).
    """

    line: int
    column: int


class Article(_Record):
    """The article a claim set is about."""

    id: Slug = Field(description="Names the report files, e.g. `kz2024`.")
    title: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TITLE)
    ]
    url: str | None = Field(default=None, pattern=r"^https?://\S+$", max_length=MAX_URL)
    published: dt.date | None = None
    text: Hint | None = Field(
        default=None, description="The article text file, relative to the claim file."
    )
    publisher: Annotated[str, StringConstraints(max_length=MAX_PUBLISHER)] | None = None


class Claim(_Record):
    """One checkable statement of the article.

    `text` is all a verifier needs. The other fields are optional hints a desk may add.
    """

    id: Slug
    text: NonEmpty
    quote: Hint | None = Field(
        default=None, description="The article's own words, when `text` rephrases them."
    )
    country: Hint | None = Field(default=None, description="Hint: the subject country.")
    year: int | None = Field(default=None, ge=1900, le=2100, description="Hint: the year meant.")
    source: Hint | None = Field(default=None, description="Hint: the table a figure refers to.")
    checkable: bool = Field(default=True, description="False for opinions and forecasts.")
    note: Hint | None = Field(default=None, description="A desk note, shown in reports.")
    links: (
        Annotated[tuple[tuple[LinkName, LinkTarget], ...], Field(max_length=MAX_LINKS)] | None
    ) = Field(
        default=None,
        description=(
            "The desk's reading of names the tool misreads: a mapping of a name as the text "
            "writes it to the catalogue row it means (`systems:<id>`, `manufacturers:<id>`, "
            "`organisations:<id>`), or to `none` when the words name no catalogue entry."
        ),
    )

    @field_validator("text")
    @classmethod
    def _single_paragraph(cls, value: str) -> str:
        return " ".join(value.split())

    @field_validator("links", mode="before")
    @classmethod
    def _links_mapping(cls, value: object) -> object:
        if value is None:
            return None
        if not isinstance(value, dict):
            raise ValueError(
                "`links` must be a mapping of a name to a row, e.g. `Buffel: systems:buffel`"
            )
        return tuple(value.items())

    @field_validator("links")
    @classmethod
    def _links_in_text(
        cls, value: tuple[tuple[str, str], ...] | None, info: ValidationInfo
    ) -> tuple[tuple[str, str], ...] | None:
        text = info.data.get("text", "")
        for name, _ in value or ():
            if name not in text:
                raise ValueError(
                    f"{name!r} does not occur in the claim's text; give the name exactly as the "
                    "text writes it"
                )
        return value


class ClaimSet(BaseModel):
    """An article and its claims, as loaded from one file."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    article: Article
    claims: tuple[Claim, ...]
    path: Path | None = None
    claim_locations: dict[str, Location] = Field(default_factory=dict)
    article_text: str | None = None
    id_location: Location | None = None
    """Where the article id stands in the claim file."""

    def claim(self, claim_id: str) -> Claim:
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)

    @property
    def article_path(self) -> Path | None:
        """The article text file beside the claim file, when the claim set names one."""
        if self.path is None or self.article.text is None:
            return None
        return self.path.parent / self.article.text

    def article_span(self, claim: Claim) -> tuple[int, int] | None:
        """The (start, end) offsets of the claim's words (`quote`, else `text`) in the article:
        their first occurrence (found for all claims at once, `veracity.claims.spans`)."""
        from veracity.claims.spans import locator_of

        locator = locator_of(self)
        if locator is None:
            return None
        needle = claim.quote or claim.text
        index = locator.find(needle)
        return None if index < 0 else (index, index + len(needle))

    def line_column(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of an offset in the article text."""
        from veracity.claims.spans import locator_of

        locator = locator_of(self)
        return (1, offset + 1) if locator is None else locator.line_column(offset)

    def article_location(self, claim: Claim) -> Location | None:
        """Where the claim's words stand in the article text, when they can be found."""
        span = self.article_span(claim)
        if span is None:
            return None
        line, column = self.line_column(span[0])
        return Location(line=line, column=column)
