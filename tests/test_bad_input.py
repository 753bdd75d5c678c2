"""Every bad claim file of tests/data/bad/ makes `verify` exit 2 with located, fixable problems.

tests/data/bad/expected.toml lists, for each file, every problem as `line:col`, a fragment of
what is wrong and a fragment of how to fix it. Each file is run in-process next to a good claim
set, and the whole folder once as a subprocess: no traceback, nothing written, and the reports of
an earlier run stay byte-identical.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from veracity.claims import MAX_FILE_BYTES
from veracity.cli import main

DATA = Path(__file__).parent / "data"
BAD = DATA / "bad"
MINIMAL = DATA / "claims" / "minimal.yaml"
EXPECTED: dict[str, dict[str, object]] = tomllib.loads(
    (BAD / "expected.toml").read_text(encoding="utf-8")
)["files"]
EARLIER = "<!-- an earlier run's report; must survive a failed run -->\n"
SECRET = "VERACITY_FACTCHECK_KEY=not-to-be-leaked"


def verify(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def problems(name: str) -> list[list[str]]:
    entries = EXPECTED[name]["problems"]
    assert isinstance(entries, list)
    return entries


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path with the corpus in claims/ and the reports of an earlier good run in reports/."""
    shutil.copytree(BAD, tmp_path / "claims")
    claims = tmp_path / "claims"
    (claims / "oversized.yaml").write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    # hostile files that cannot be committed: pipes, links, a secret outside the workspace
    (tmp_path / "secret.txt").write_text(f"{SECRET}\n", encoding="utf-8")
    (claims / "outward-link.txt").symlink_to(tmp_path / "secret.txt")
    (claims / "outward-link.yaml").symlink_to(tmp_path / "secret.txt")
    (claims / "loop.yaml").symlink_to(claims / "loop.yaml")
    os.mkfifo(claims / "fifo.yaml")
    os.mkfifo(claims / "fifo.txt")
    url = "https://example.org/" + "a" * 3000
    (claims / "long-url.yaml").write_text(
        f"article:\n  id: long-url\n  title: t\n  url: {url}\nclaims:\n  - id: a\n    text: One.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "minimal.md").write_text(EARLIER + "# Fact-check\n", encoding="utf-8")
    (tmp_path / "reports" / "minimal.json").write_text('{"earlier": true}\n', encoding="utf-8")
    return tmp_path


def check_output(err: str, names: list[str]) -> None:
    assert "Traceback" not in err
    assert err.startswith("ClaimFileError: ")
    for name in names:
        path = os.path.join("claims", name)
        found = [line for line in err.splitlines() if line.startswith(path + ":")]
        expected = problems(name)
        assert len(found) == len(expected), f"{name}: {found}"
        for line, (at, what, how) in zip(found, expected, strict=True):
            assert line.startswith(f"{path}:{at}: " if at else f"{path}: "), line
            message, dash, hint = line.partition(" — ")
            assert dash, f"no fix given: {line}"
            assert what in message, line
            assert how in hint, line


def test_every_corpus_file_has_expectations() -> None:
    committed = {p.name for p in BAD.glob("*.yaml")}
    generated = {name for name, entry in EXPECTED.items() if "generate" in entry}
    assert committed == set(EXPECTED) - generated
    assert all(problems(name) for name in EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file(name: str, workspace: Path) -> None:
    reports = workspace / "reports"
    before = snapshot(reports)
    code, out, err = verify(str(MINIMAL), os.path.join("claims", name), "-f", "markdown")
    assert code == 2
    check_output(err, [name])
    assert out == ""
    assert SECRET not in err
    assert snapshot(reports) == before
    assert not (workspace / "veracity-pwned").exists()
    assert not Path("/tmp/veracity-pwned").exists()


def test_whole_corpus_in_a_subprocess(workspace: Path) -> None:
    before = snapshot(workspace / "reports")
    result = subprocess.run(
        [sys.executable, "-m", "veracity.cli", str(MINIMAL), "claims", "-f", "json"],
        cwd=workspace,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    check_output(result.stderr, sorted(EXPECTED))
    assert result.stdout == ""
    assert snapshot(workspace / "reports") == before
