"""What a verifier may consult besides the claim: the sources, the claim set, the settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from veracity.claims.models import ClaimSet
from veracity.sources.registry import Sources

if TYPE_CHECKING:
    from pydantic import BaseModel

    from veracity.analysis.doc import ClaimDoc
    from veracity.claims.models import Claim
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
    doc: ClaimDoc | None = None
    """The analysis of the claim being checked (set by the runner; read `analysis(claim)`)."""

    def analysis(self, claim: Claim) -> ClaimDoc:
        """What `claim` was read as, shared by every verifier of the claim: its mentions,
        quantities, deals and the rest (see `veracity.analysis`). Outside a run (a test
        calling `check` directly) a fresh analysis."""
        doc = self.doc
        if doc is not None and doc.claim is claim:
            return doc
        from veracity.analysis.doc import ClaimDoc

        return ClaimDoc(claim, self)

    def for_claim(self, claim: Claim) -> Context:
        """This context with the analysis of `claim`, which its checks share."""
        from veracity.analysis.doc import ClaimDoc

        return replace(self, doc=ClaimDoc(claim, self))

    def settings_for(self, verifier: object) -> Any:
        """The verifier's own settings: its `settings_model`, validated from its table, or
        the model's defaults when the run was given none."""
        name = str(getattr(verifier, "name", ""))
        if name in self.verifier_settings:
            return self.verifier_settings[name]
        from veracity.engine.plugin_settings import model_of

        model = model_of(verifier)
        if model is None:
            raise TypeError(f"the verifier {name!r} declares no settings_model")
        return model()
