"""veracity: fact-check news articles claim by claim against cited reference data.

The public API: load a claim set, run verifiers over it, write reports.

    >>> from veracity import load_claim_set, run, default_verifiers, Sources
    >>> report = run(load_claim_set("claims/kz2024.yaml"), default_verifiers(), Sources())
"""

from importlib.metadata import PackageNotFoundError, version

from veracity.claims import Article, Claim, ClaimSet, load_claim_set, load_claim_sets
from veracity.context import Context
from veracity.errors import (
    ClaimFileError,
    ConfigError,
    DatasetError,
    PluginLoadError,
    ReportError,
    VeracityError,
)
from veracity.findings import ERROR, Evidence, Finding, Verdict
from veracity.plugins import LoadedVerifier, default_verifiers, discover
from veracity.report import ClaimResult, Report
from veracity.run import run
from veracity.sources import Sources
from veracity.verifiers.base import BaseVerifier, Verifier

try:
    __version__ = version("veracity")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "ERROR",
    "Article",
    "BaseVerifier",
    "Claim",
    "ClaimFileError",
    "ClaimResult",
    "ClaimSet",
    "ConfigError",
    "Context",
    "DatasetError",
    "Evidence",
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
