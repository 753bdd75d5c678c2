"""docs/plugins.md stays true: its worked example is the repository's example verifier, and
following it in an empty folder gives what it says."""

from __future__ import annotations

import io
import re
import textwrap
from pathlib import Path

import pytest

from veracity.cli import main

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"<!-- (file|example): (\S+) -->\n *```\w*\n(.*?)\n *```", re.S)
BLOCKS = [(kind, path, textwrap.dedent(body) + "\n") for kind, path, body in BLOCK.findall(DOC)]


def verify(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("path", "text"), [(p, t) for k, p, t in BLOCKS if k == "file"], ids=lambda v: str(v)[:40]
)
def test_the_example_files_are_the_repository_s(path: str, text: str) -> None:
    assert text == (ROOT / path).read_text(encoding="utf-8")


def test_following_the_worked_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert verify("init")[0] == 0
    for _, path, text in BLOCKS:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    assert "capitals: Capital cities" in verify("sources")[1]
    assert "example.capital-city" in verify("--list-verifiers")[1]
    code, out, _ = verify("claims/desk.yaml")
    assert (code, out.splitlines()[0]) == (1, "desk: 1 claims: 1 refuted")
    assert (tmp_path / "reports" / "desk.md").is_file()
    assert (tmp_path / "reports" / "desk.json").is_file()
    with (tmp_path / "pyproject.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[tool.veracity.verifiers."example.capital-city"]\n')
        settings.write('wrong-capital = "misleading"\n')
    code, out, _ = verify("claims/desk.yaml")
    assert (code, out.splitlines()[0]) == (0, "desk: 1 claims: 1 misleading")
    text = (tmp_path / "pyproject.toml").read_text(encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(text.replace("wrong-capital", "wrong-capitol"))
    code, _, err = verify("claims/desk.yaml")
    assert code == 2
    assert "'wrong-capitol' (did you mean 'wrong-capital'?)" in err
