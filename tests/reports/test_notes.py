"""Notes appear in the Markdown and JSON reports, with links to the claims they cite."""

from __future__ import annotations

import json
from collections.abc import Iterator

from veracity.claims.models import Article, Claim, ClaimSet
from veracity.context import Context
from veracity.engine.plugins import Plugin, load_class
from veracity.engine.runner import run
from veracity.findings import Finding
from veracity.reports import render
from veracity.reports.model import Report
from veracity.sources import Sources
from veracity.verifiers.base import BaseVerifier


class _Noter(BaseVerifier):
    """Notes the first claim."""

    name = "test.noter"

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        if claim.id == "first":
            yield self.note("A related figure stands in claim second.", related=["second"])


def _report() -> Report:
    claim_set = ClaimSet(
        article=Article(id="notes", title="Notes"),
        claims=(Claim(id="first", text="Forty tanks."), Claim(id="second", text="Four hundred.")),
    )
    return run(
        claim_set,
        [load_class(_Noter, Plugin("test.noter", "test", "-", "_Noter"))],
        Sources(),
        timeout=None,
    )


def test_markdown_shows_the_note_and_links_the_claim() -> None:
    text = render(_report(), "markdown")
    assert "- 📝 note by `test.noter`: A related figure stands in claim second." in text
    assert "[second](#claim-second)" in text
    assert "📝 notes **1**" in text


def test_json_shows_the_note_and_counts_it() -> None:
    data = json.loads(render(_report(), "json"))
    first = data["claims"][0]
    assert first["verdict"] == "not-enough-evidence"
    assert first["findings"][0]["verdict"] == "note"
    assert first["findings"][0]["related"] == ["second"]
    assert data["summary"]["notes"] == 1
