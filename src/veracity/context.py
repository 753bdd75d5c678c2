"""What a verifier may consult besides the claim: the sources, the claim set, the settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from veracity.claims.models import ClaimSet
from veracity.sources.registry import Sources

if TYPE_CHECKING:
    from pydantic import BaseModel

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
    verifier_settings: Mapping[str, BaseModel] = field(default_factory=dict)
    """Each verifier's validated `[tool.veracity.verifiers.NAME]` table, by verifier name."""

    def settings_for(self, verifier: object) -> Any:
        """The verifier's own settings: its `settings_model`, validated from its table, or
        the model's defaults when the run was given none."""
        name = str(getattr(verifier, "name", ""))
        if name in self.verifier_settings:
            return self.verifier_settings[name]
        from veracity.plugin_settings import model_of

        model = model_of(verifier)
        if model is None:
            raise TypeError(f"the verifier {name!r} declares no settings_model")
        return model()
