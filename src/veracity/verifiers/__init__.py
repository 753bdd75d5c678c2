"""Built-in verifier plugins, one module each, registered under `veracity.verifiers`."""

from veracity.verifiers.base import (
    BaseVerifier,
    Verifier,
    docstring_context,
    docstring_example,
    summary,
)

__all__ = ["BaseVerifier", "Verifier", "docstring_context", "docstring_example", "summary"]
