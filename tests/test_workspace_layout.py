"""The workspace layout: verifiers/ and sources/ beside claims/ and reports/; `verify init`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import yaml

from veracity.cli import main
from veracity.config import load_settings

ROOT = Path(__file__).resolve().parents[1]
CAPITAL = (
    "article:\n  id: cap\n  title: t\nclaims:\n"
    "  - id: c1\n    text: Kazakhstan's capital is Almaty.\n"
)


def verify(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace made by `verify init`, with the repository's example verifier and dataset."""
    monkeypatch.chdir(tmp_path)
    assert verify("init")[0] == 0
    example = (ROOT / "verifiers" / "capital_city.py").read_text(encoding="utf-8")
    (tmp_path / "verifiers" / "capital_city.py").write_text(example, encoding="utf-8")
    for name in ("datapackage.json", "capitals.csv"):
        target = tmp_path / "sources" / "capitals" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((ROOT / "sources" / "capitals" / name).read_bytes())
    (tmp_path / "claims" / "cap.yaml").write_text(CAPITAL, encoding="utf-8")
    return tmp_path


def test_init_lays_out_a_workspace(tmp_path: Path) -> None:
    code, out, _ = verify("init", str(tmp_path / "desk"))
    assert code == 0
    desk = tmp_path / "desk"
    for folder in ("claims", "verifiers", "sources", "reports"):
        assert (desk / folder).is_dir(), folder
    settings = load_settings(desk)
    assert settings.root == desk.resolve()
    assert settings.folder("verifiers-dir") == desk.resolve() / "verifiers"
    assert settings.folder("sources-dir") == desk.resolve() / "sources"
    workflow = yaml.safe_load((desk / ".github" / "workflows" / "verify.yml").read_text())
    assert "verify claims/" in json.dumps(workflow)
    assert "requirements-verify.txt" in json.dumps(workflow)
    assert "veracity==" in (desk / "requirements-verify.txt").read_text(encoding="utf-8")
    assert "wrote" in out


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    code, _, err = verify("init", str(tmp_path))
    assert code == 2
    assert "pyproject.toml" in err
    assert "exists" in err
    assert (tmp_path / "pyproject.toml").read_text(encoding="utf-8") == "[project]\nname = 'x'\n"
    assert not (tmp_path / "claims").exists()


def test_the_workspace_folders_are_used_by_default(workspace: Path) -> None:
    code, out, _ = verify("--list-verifiers")
    assert code == 0
    assert "example.capital-city" in out
    code, out, _ = verify("sources")
    assert "capitals" in out
    code, out, _ = verify("claims/cap.yaml", "--select", "example.capital-city")
    assert code == 1, out
    assert "refuted: c1" in out


def test_old_keys_still_work_with_a_deprecation_message(workspace: Path) -> None:
    (workspace / "verifiers").rename(workspace / "plugins")
    (workspace / "sources").rename(workspace / "datasets")
    (workspace / "pyproject.toml").write_text(
        '[tool.veracity]\nplugins = "plugins"\ndata = "datasets"\n', encoding="utf-8"
    )
    code, _out, err = verify("claims/cap.yaml", "--select", "example.capital-city")
    assert code == 1, err
    assert "`plugins` is deprecated: call it `verifiers-dir`" in err
    assert "`data` is deprecated: call it `sources-dir`" in err


def test_new_and_old_key_together_is_an_error(workspace: Path) -> None:
    (workspace / "pyproject.toml").write_text(
        '[tool.veracity]\nplugins = "verifiers"\nverifiers-dir = "verifiers"\n', encoding="utf-8"
    )
    code, _, err = verify("--list-verifiers")
    assert code == 2
    assert "both verifiers-dir and plugins" in err


def test_the_repository_ships_an_example_of_each() -> None:
    settings = load_settings(ROOT)
    assert settings.folder("verifiers-dir") == ROOT / "verifiers"
    assert settings.folder("sources-dir") == ROOT / "sources"
    assert (ROOT / "sources" / "capitals" / "datapackage.json").is_file()
