"""The repository's example workspace verifier, tested with the kit's fixture as a plugin
author would test theirs (verifiers/capital_city.py, its dataset sources/capitals/)."""

from __future__ import annotations

import pytest

from veracity.errors import ConfigError
from veracity.testing import Workspace

NAME = "example.capital-city"


def test_metadata(veracity_workspace: Workspace) -> None:
    veracity_workspace.check_metadata(NAME)


def test_docstring_example(veracity_workspace: Workspace) -> None:
    veracity_workspace.check_docstring_example(NAME)


def test_cases(veracity_workspace: Workspace) -> None:
    assert len(veracity_workspace.check_cases("verifiers/cases/example.capital-city.yaml")) == 4


def test_the_workspace_dataset_is_cited(veracity_workspace: Workspace) -> None:
    result = veracity_workspace.verify_text("Kazakhstan's capital is Almaty.", NAME)
    (evidence,) = result.findings[0].evidence
    assert (evidence.dataset, evidence.key) == ("capitals", "KAZ")
    assert evidence.url.startswith("https://mfa.gov.kg/")


def test_its_setting(veracity_workspace: Workspace) -> None:
    result = veracity_workspace.verify_text(
        "Kazakhstan's capital is Almaty.", NAME, settings={"wrong-capital": "misleading"}
    )
    assert result.verdict == "misleading"


def test_a_mistyped_setting_says_did_you_mean(veracity_workspace: Workspace) -> None:
    with pytest.raises(ConfigError, match=r"'wrong-capitol' \(did you mean 'wrong-capital'\?\)"):
        veracity_workspace.verify_text("x", NAME, settings={"wrong-capitol": "misleading"})
    with pytest.raises(ConfigError, match="wrong-capital"):
        veracity_workspace.verify_text("x", NAME, settings={"wrong-capital": "maybe"})


def test_a_failing_case_is_reported(veracity_workspace: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        f"verifier: {NAME}\ncases:\n  - name: wrong\n    text: Kazakhstan's capital is Astana.\n"
        "    expect: refuted\n",
        encoding="utf-8",
    )
    with pytest.raises(AssertionError, match="1 of 1 cases fail:\nwrong: expected refuted"):
        veracity_workspace.check_cases(cases)
