"""The workspace's example verifier: `docs/plugins.md` explains each part of it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict

from veracity import BaseVerifier, Claim, Context, Evidence, Finding, Verdict

STATEMENT = re.compile(r"\b(?P<country>[A-Z]\w+)'s capital is (?P<city>[A-Z]\w+)")


class CapitalSettings(BaseModel):
    """`[tool.veracity.verifiers."example.capital-city"]` in pyproject.toml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    wrong_capital: Literal["refuted", "misleading"] = "refuted"
    """The verdict for a claim naming another city as the capital."""


class CapitalCity(BaseVerifier):
    """Checks "X's capital is Y" against the workspace's `capitals` dataset.

    Example claim: "Kazakhstan's capital is Astana."
    Expected verdict: supported
    """

    name = "example.capital-city"
    settings_model = CapitalSettings

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        match = STATEMENT.search(claim.text)
        if match is None:
            return
        capitals = context.sources.dataset("capitals")
        row = next((r for r in capitals if r["country"] == match["country"]), None)
        if row is None:
            return  # a country the dataset does not hold: not this verifier's business
        settings: CapitalSettings = context.settings_for(self)
        evidence = Evidence(
            dataset="capitals",
            key=capitals.row_key(row),
            url=capitals.row_url(row),
            retrieved=capitals.meta.retrieved,
            detail=f"capital: {row['capital']}",
        )
        country, capital, said = row["country"], row["capital"], match["city"]
        if said == capital:
            verdict, explanation = Verdict.SUPPORTED, f"{capital} is the capital, as claimed."
        else:
            verdict = Verdict(settings.wrong_capital)
            explanation = f"The capital of {country} is {capital}, not {said}."
        yield self.finding(verdict, explanation, [evidence], covers=[match.span()])
