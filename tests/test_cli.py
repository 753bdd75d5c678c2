"""The `verify` command: exit codes, files written or not, messages, help."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from veracity.cli import main

ROOT = Path(__file__).resolve().parents[1]
MINIMAL = ROOT / "tests" / "data" / "claims" / "minimal.yaml"


def verify(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def _outside_the_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_writes_markdown_by_default(tmp_path: Path) -> None:
    code, out, _ = verify(str(MINIMAL))
    assert code == 0
    assert (tmp_path / "reports" / "minimal.md").exists()
    assert "minimal: 1 claims: 1 supported" in out


def test_formats_and_output_dir(tmp_path: Path) -> None:
    code, _, _ = verify(str(MINIMAL), "--format", "json", "-f", "markdown", "-o", "out")
    assert code == 0
    data = json.loads((tmp_path / "out" / "minimal.json").read_text())
    assert data["claims"][0]["verdict"] == "supported"
    assert (tmp_path / "out" / "minimal.md").exists()


def test_refuted_claim_fails_by_default(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "wrong.yaml",
        "article:\n  id: wrong\n  title: t\nclaims:\n  - id: r\n"
        "    text: Kazakhstan was placed 12th in Global Firepower 2024.\n",
    )
    code, out, _ = verify(str(path))
    assert code == 1
    assert "refuted: r:" in out
    assert verify(str(path), "--fail-on", "none")[0] == 0
    assert verify(str(path), "--fail-on", "misleading")[0] == 0


def test_the_summary_lists_twenty_claims_against_the_policy(write) -> None:  # type: ignore[no-untyped-def]
    claims = "".join(
        f"  - id: r{n}\n    text: Kazakhstan was placed {n}th in Global Firepower 2024.\n"
        for n in range(4, 29)
    )
    path = write("many.yaml", f"article:\n  id: many\n  title: t\nclaims:\n{claims}")
    code, out, _ = verify(str(path), "--select", "rankings.global-firepower")
    assert code == 1
    listed = [line for line in out.splitlines() if line.startswith("  refuted: ")]
    assert len(listed) == 20
    assert "  … and 5 more against the policy (see the report)" in out


def test_bad_fail_on() -> None:
    code, _, err = verify(str(MINIMAL), "--fail-on", "wrong")
    assert code == 2
    assert err.startswith("ConfigError: fail-on")


def test_broken_file_writes_nothing(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    good_report = tmp_path / "reports" / "minimal.md"
    verify(str(MINIMAL))
    before = good_report.read_text()
    broken = write(
        "broken.yaml", 'article:\n  id: broken\n  title: t\nclaims:\n  - id: a\n    text: "x\n'
    )
    code, _, err = verify(str(MINIMAL), str(broken))
    assert code == 2
    assert err.startswith("ClaimFileError: 1 problem in")
    assert f"{broken}:7:1:" in err or f"{broken}:6:" in err
    assert "Traceback" not in err
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == ["minimal.md"]
    assert good_report.read_text() == before


def test_no_arguments() -> None:
    code, _, err = verify()
    assert code == 2
    assert "give at least one claim file" in err


def test_list_verifiers() -> None:
    code, out, _ = verify("--list-verifiers")
    assert code == 0
    assert "rankings.global-firepower" in out
    assert "veracity" in out


def test_sources_command() -> None:
    code, out, _ = verify("sources")
    assert code == 0
    assert "gfp-2024: Global Firepower 2024" in out
    assert "145 rows" in out


def test_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    assert "examples:" in capsys.readouterr().out


def test_console_script_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "veracity.cli", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.startswith("veracity ")


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([str(MINIMAL), "--format", "pdf"])
    assert exit_info.value.code == 2


@pytest.mark.parametrize("value", ["3", "true", '["refuted", 1]', '"maybe"'])
def test_bad_fail_on_in_pyproject(write, value: str) -> None:  # type: ignore[no-untyped-def]
    write("pyproject.toml", f"[tool.veracity]\nfail-on = {value}\n")
    code, _, err = verify(str(MINIMAL))
    assert code == 2
    assert err.startswith("ConfigError:")
    assert "fail-on" in err


def test_a_mistyped_flag_says_did_you_mean(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        verify(str(MINIMAL), "--fial-on", "none")
    assert exited.value.code == 2
    assert (
        "unrecognized arguments: --fial-on (did you mean '--fail-on'?)" in capsys.readouterr().err
    )


def test_a_mistyped_subcommand_says_did_you_mean() -> None:
    code, _, err = verify("sourcse")
    assert code == 2
    assert (
        err
        == "verify: sourcse is neither a claim file nor a subcommand (did you mean 'sources'?)\n"
    )


def test_a_mistyped_verifier_name_says_did_you_mean() -> None:
    code, _, err = verify(str(MINIMAL), "--select", "systems.makr")
    assert code == 2
    assert "no verifier named 'systems.makr' (did you mean 'systems.maker'?)" in err


def test_a_missing_file_has_no_made_up_position() -> None:
    code, _, err = verify("no-such.yaml")
    assert code == 2
    assert "no-such.yaml: cannot read the file" in err
    assert ":1:1:" not in err
