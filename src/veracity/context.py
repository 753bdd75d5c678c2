"""What a verifier may consult besides the claim: the sources, the claim set, the settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from veracity.claims.models import ClaimSet
from veracity.sources.registry import Sources

if TYPE_CHECKING:
    from veracity.online.session import Online

__all__ = ["Context"]


@dataclass(frozen=True, slots=True)
class Context:
    """Shared by every check of one run over one claim set."""

    sources: Sources
    claim_set: ClaimSet | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    """The workspace's `[tool.veracity]` table."""
    online: Online | None = None
    """Online sources (`verify --online`); None when the run is offline. Bundled data wins."""
