"""veracity: fact-check news articles claim by claim against cited reference data.

The public API: load a claim set, run verifiers over it, write reports.

    >>> from veracity import load_claim_set, run, default_verifiers, Sources
    >>> report = run(load_claim_set("claims/kz2024.yaml"), default_verifiers(), Sources())

Names are imported on first use, so `import veracity` (and `verify --version`) stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from veracity.__about__ import __version__
from veracity.lazy import lazy_attributes

if TYPE_CHECKING:
    from veracity.analysis import ClaimDoc, Feature
    from veracity.claims import Article, Claim, ClaimSet, load_claim_set, load_claim_sets
    from veracity.context import Context
    from veracity.engine.plugins import LoadedVerifier, default_verifiers, discover
    from veracity.engine.runner import run
    from veracity.errors import (
        ClaimFileError,
        ConfigError,
        DatasetError,
        PluginLoadError,
        ReportError,
        VeracityError,
    )
    from veracity.findings import ERROR, NOTE, Evidence, Finding, Verdict
    from veracity.reports.model import ClaimResult, Report
    from veracity.sources import Sources
    from veracity.verifiers.base import BaseVerifier, Verifier

_EXPORTS = {
    "ClaimDoc": "veracity.analysis",
    "Feature": "veracity.analysis",
    "Article": "veracity.claims",
    "Claim": "veracity.claims",
    "ClaimSet": "veracity.claims",
    "load_claim_set": "veracity.claims",
    "load_claim_sets": "veracity.claims",
    "Context": "veracity.context",
    "ClaimFileError": "veracity.errors",
    "ConfigError": "veracity.errors",
    "DatasetError": "veracity.errors",
    "PluginLoadError": "veracity.errors",
    "ReportError": "veracity.errors",
    "VeracityError": "veracity.errors",
    "ERROR": "veracity.findings",
    "NOTE": "veracity.findings",
    "Evidence": "veracity.findings",
    "Finding": "veracity.findings",
    "Verdict": "veracity.findings",
    "LoadedVerifier": "veracity.engine.plugins",
    "default_verifiers": "veracity.engine.plugins",
    "discover": "veracity.engine.plugins",
    "ClaimResult": "veracity.reports.model",
    "Report": "veracity.reports.model",
    "run": "veracity.engine.runner",
    "Sources": "veracity.sources",
    "BaseVerifier": "veracity.verifiers.base",
    "Verifier": "veracity.verifiers.base",
}

__all__ = [
    "ERROR",
    "NOTE",
    "Article",
    "BaseVerifier",
    "Claim",
    "ClaimDoc",
    "ClaimFileError",
    "ClaimResult",
    "ClaimSet",
    "ConfigError",
    "Context",
    "DatasetError",
    "Evidence",
    "Feature",
    "Finding",
    "LoadedVerifier",
    "PluginLoadError",
    "Report",
    "ReportError",
    "Sources",
    "VeracityError",
    "Verdict",
    "Verifier",
    "__version__",
    "default_verifiers",
    "discover",
    "load_claim_set",
    "load_claim_sets",
    "run",
]


__getattr__, __dir__ = lazy_attributes(__name__, globals(), _EXPORTS, __all__)
