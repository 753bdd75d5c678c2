"""`ClaimDoc`: one claim's analysis, each stage computed once, on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from veracity.analysis.features import FEATURES, Feature
from veracity.analysis.spellings import spelled
from veracity.analysis.stages import STAGES, Stage
from veracity.claims.models import Claim

if TYPE_CHECKING:
    from veracity.analysis.aspect import Aspect
    from veracity.analysis.attribution import Attribution
    from veracity.analysis.inventories import Inventory
    from veracity.analysis.rankings import Ranking
    from veracity.analysis.relations import Relation
    from veracity.analysis.role_links import RoleLink
    from veracity.analysis.statements import Statements
    from veracity.context import Context
    from veracity.findings import Span
    from veracity.mentions.deals import Deal
    from veracity.mentions.finder import Mentions
    from veracity.mentions.historical import HistoricalMention
    from veracity.mentions.keys import Token
    from veracity.mentions.roles import RoleMention
    from veracity.polarity import Reversal
    from veracity.quantities.parse import Quantity

__all__ = ["ClaimDoc"]

_BY_NAME: dict[str, Stage] = {s.name: s for s in STAGES}
_UNSET = object()
T = TypeVar("T")


class _StageValue(Generic[T]):
    """A `ClaimDoc` attribute that is the value of the stage of the same name."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, doc: None, owner: type) -> _StageValue[T]: ...
    @overload
    def __get__(self, doc: ClaimDoc, owner: type) -> T: ...
    def __get__(self, doc: ClaimDoc | None, owner: type) -> T | _StageValue[T]:
        if doc is None:
            return self
        value: T = doc.stage(self.name)
        return value


class ClaimDoc:
    """What one claim was read as. Read-only: each stage is built the first time it is read."""

    __slots__ = ("_values", "claim", "context")

    claim: Claim
    context: Context
    _values: dict[str, Any]

    def __init__(self, claim: Claim, context: Context) -> None:
        object.__setattr__(self, "claim", claim)
        object.__setattr__(self, "context", context)
        object.__setattr__(self, "_values", {})

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"ClaimDoc is read-only: cannot set {name!r}")

    def __repr__(self) -> str:
        return f"ClaimDoc({self.claim.id!r}, built={sorted(self._values)})"

    def stage(self, name: str) -> Any:
        """The value of one stage (see `veracity.analysis.stages.STAGES`), built on first use."""
        values: dict[str, Any] = self._values
        value = values.get(name, _UNSET)
        if value is _UNSET:
            value = values[name] = _BY_NAME[name].build(self)
        return value

    @property
    def text(self) -> str:
        return self.claim.text

    def spelled(self, name: str) -> Span | None:
        """Where the claim writes `name` (a dataset's name of a record), if it does: see
        `veracity.analysis.spellings`."""
        return spelled(self.claim.text, name)

    tokens: _StageValue[tuple[Token, ...]] = _StageValue()
    reversals: _StageValue[tuple[Reversal, ...]] = _StageValue()
    attribution: _StageValue[Attribution] = _StageValue()
    """Who says the statement and how (`veracity.analysis.attribution`): the frames' spans, which
    are not judged when the speech is passed on as fact, and the statement's span."""
    aspect: _StageValue[Aspect] = _StageValue()
    """Whether the statement is under way now, and whether its figure is one batch."""
    year: _StageValue[int | None] = _StageValue()
    """The year "this year" means: the claim's `year` hint, else the article's year."""
    quantities: _StageValue[tuple[Quantity, ...]] = _StageValue()
    mentions: _StageValue[Mentions] = _StageValue()
    institution: _StageValue[bool] = _StageValue()
    """Whether the claim names a national institution by "the …" alone ("for the Air Defense
    Forces"), which in an article about one country points to that country's."""
    roles: _StageValue[tuple[RoleMention, ...]] = _StageValue()
    role_links: _StageValue[tuple[RoleLink, ...]] = _StageValue()
    """Each run of role words with the system it is said of (`veracity.analysis.role_links`)."""
    former: _StageValue[tuple[HistoricalMention, ...]] = _StageValue()
    deals: _StageValue[tuple[Deal, ...]] = _StageValue()
    ranking: _StageValue[Ranking | None] = _StageValue()
    """What the claim asserts of a strength ranking (Global Firepower), if anything."""
    inventory: _StageValue[Inventory | None] = _StageValue()
    """A country's counts in the categories a strength ranking tallies, if any."""
    statements: _StageValue[Statements] = _StageValue()
    """Maker and origin statements of named systems, known to the bundled data or not
    (`veracity.analysis.statements`)."""
    relations: _StageValue[tuple[Relation, ...]] = _StageValue()
    """Typed assertions by verb class, with their argument roles (`veracity.analysis.relations`)."""

    def has(self, feature: Feature) -> bool:
        """Whether the claim holds `feature`: a verifier that needs it can skip the claim
        when it does not."""
        if feature == "systems":
            return bool(self.mentions.systems)
        if feature == "makers":
            return bool(self.mentions.makers)
        if feature == "names":
            return bool(self.mentions.names)
        if feature == "countries":
            return bool(self.mentions.countries)
        if feature == "places":
            return bool(self.mentions.countries or self.mentions.regions)
        if feature == "quantities":
            return bool(self.quantities)
        if feature == "deals":
            return bool(self.deals)
        if feature == "ranking":
            return self.ranking is not None
        raise ValueError(f"unknown feature {feature!r}; known: {', '.join(FEATURES)}")
