"""README.md stays true: its plugin example runs, its report excerpt matches the report."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from veracity.testing import assert_verdict, verify_text
from veracity.verifiers.base import docstring_example

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def block_after(marker: str, language: str) -> str:
    match = re.search(rf"<!-- {marker} -->\n```{language}\n(.*?)```", README, re.S)
    assert match, f"README.md has no {language} block after <!-- {marker} -->"
    return match[1]


def test_plugin_example_runs() -> None:
    namespace: dict[str, Any] = {}
    exec(compile(block_after("plugin-example", "python"), "README.md", "exec"), namespace)
    plugin = namespace["CapitalCity"]
    example = docstring_example(plugin)
    assert example is not None
    text, expected = example
    assert verify_text(text, plugin()).verdict == expected
    assert_verdict("Kazakhstan's capital is Almaty.", "refuted", verifier=plugin())
    assert_verdict(
        "Kazakhstan's capital is Astana, a big city.", "not-enough-evidence", verifier=plugin()
    )


def test_report_excerpt_is_from_the_committed_report() -> None:
    report = (ROOT / "reports" / "kz2024.md").read_text(encoding="utf-8")
    for line in block_after("report-excerpt", "markdown").splitlines():
        assert line in report.splitlines(), f"README excerpt line not in reports/kz2024.md: {line}"


def test_ci_runs_the_readme_test_command() -> None:
    command = re.search(r"Set up and run the tests:\n\n```sh\n(.+)\n```", README)
    assert command
    assert command[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
