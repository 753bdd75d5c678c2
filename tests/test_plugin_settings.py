"""A verifier's own settings in [tool.veracity.verifiers.NAME], checked by its schema."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from veracity.cli import main

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = (
    "article:\n  id: cap\n  title: t\nclaims:\n"  # one claim the example verifier refutes
    "  - id: c1\n    text: Kazakhstan's capital is Almaty.\n"
)


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "verifiers").mkdir()
    (tmp_path / "verifiers" / "capital_city.py").write_bytes(
        (ROOT / "verifiers" / "capital_city.py").read_bytes()
    )
    for name in ("datapackage.json", "capitals.csv"):
        target = tmp_path / "sources" / "capitals" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((ROOT / "sources" / "capitals" / name).read_bytes())
    (tmp_path / "cap.yaml").write_text(CLAIMS, encoding="utf-8")
    return tmp_path


def run(desk: Path, table: str, *args: str) -> tuple[int, str, str]:
    (desk / "pyproject.toml").write_text(f"[tool.veracity]\n{table}", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["cap.yaml", "--fail-on", "none", "-f", "json", *args], out, err)
    return code, out.getvalue(), err.getvalue()


def test_the_table_sets_the_verdict(desk: Path) -> None:
    code, out, err = run(
        desk, '[tool.veracity.verifiers."example.capital-city"]\nwrong-capital = "misleading"\n'
    )
    assert code == 0, err
    assert "1 misleading" in out


def test_defaults_without_a_table(desk: Path) -> None:
    assert "1 refuted" in run(desk, "")[1]


def test_unknown_key_did_you_mean(desk: Path) -> None:
    code, _, err = run(
        desk, '[tool.veracity.verifiers."example.capital-city"]\nwrong-capitol = "misleading"\n'
    )
    assert code == 2
    assert "'wrong-capitol' (did you mean 'wrong-capital'?)" in err


def test_bad_value_names_the_key(desk: Path) -> None:
    code, _, err = run(
        desk, '[tool.veracity.verifiers."example.capital-city"]\nwrong-capital = "maybe"\n'
    )
    assert code == 2
    assert 'ConfigError: [tool.veracity.verifiers."example.capital-city"]: wrong-capital' in err


def test_a_table_for_no_verifier_did_you_mean(desk: Path) -> None:
    code, _, err = run(desk, '[tool.veracity.verifiers."example.capital-cty"]\nx = 1\n')
    assert code == 2
    assert "'example.capital-cty' (did you mean 'example.capital-city'?)" in err


def test_a_verifier_without_a_schema_takes_no_settings(desk: Path) -> None:
    code, _, err = run(desk, '[tool.veracity.verifiers."systems.maker"]\nx = 1\n')
    assert code == 2
    assert "takes no settings" in err


def test_unknown_workspace_key_did_you_mean(desk: Path) -> None:
    code, _, err = run(desk, 'fial-on = "none"\n')
    assert code == 2
    assert "'fial-on' (did you mean 'fail-on'?)" in err
