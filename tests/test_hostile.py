"""A hostile workspace, as a pull request can bring it: settings, datasets, plugins and file
names that try to read outside the workspace, hang the run, or write into the CI log.

Each attack ends in exit 2 with a one-line message (no traceback), reads nothing outside the
workspace, leaks no secret and leaves the earlier reports byte-identical. The attacks a claim
file carries on its own are in the bad-input corpus (tests/data/bad/, test_bad_input.py).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import threading
from pathlib import Path

import pytest

from veracity.cli import main

DATA = Path(__file__).parent / "data"
SECRET = "VERACITY_FACTCHECK_KEY=not-to-be-leaked"
CLAIMS = "article:\n  id: kz\n  title: t\n  text: {text}\nclaims:\n  - id: a\n    text: {claim}\n"
CLAIM = "Kazakhstan was placed 58th out of 145 countries in Global Firepower 2024."
GFP = ("--select", "rankings.global-firepower")


def verify(*args: str, timeout: float = 60) -> tuple[int, str, str]:
    """`verify` in a thread that must end in `timeout` seconds: nothing may hang."""
    out, err = io.StringIO(), io.StringIO()
    result: list[int] = []
    runner = threading.Thread(target=lambda: result.append(main(list(args), out, err)))
    runner.daemon = True
    runner.start()
    runner.join(timeout)
    assert not runner.is_alive(), "verify hangs"
    return result[0], out.getvalue(), err.getvalue()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path/ws: a workspace with a claim set, its text, an earlier report; a secret beside."""
    (tmp_path / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")
    root = tmp_path / "ws"
    (root / "claims").mkdir(parents=True)
    (root / "pyproject.toml").write_text("[tool.veracity]\n", encoding="utf-8")
    (root / "claims" / "kz.txt").write_text(CLAIM + "\n", encoding="utf-8")
    (root / "claims" / "kz.yaml").write_text(
        CLAIMS.format(text="kz.txt", claim=CLAIM), encoding="utf-8"
    )
    (root / "reports").mkdir()
    (root / "reports" / "kz.md").write_text("an earlier report\n", encoding="utf-8")
    monkeypatch.chdir(root)
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "GITHUB_WORKSPACE"):
        monkeypatch.delenv(name, raising=False)
    return root


def settings(root: Path, table: str) -> None:
    (root / "pyproject.toml").write_text(f"[tool.veracity]\n{table}\n", encoding="utf-8")


def refused(root: Path, before: dict[str, bytes], start: str, lines: int = 1) -> str:
    """Exit 2 with `lines` lines (a ClaimFileError: its count, then one per problem)."""
    code, out, err = verify("claims/kz.yaml", *GFP)
    assert code == 2, err
    assert err.startswith(start), err
    assert len(err.splitlines()) == lines, err
    assert "Traceback" not in err
    assert SECRET not in out + err
    assert snapshot(root / "reports") == before
    return err


def test_the_workspace_itself_runs_clean(workspace: Path) -> None:
    code, _, err = verify("claims/kz.yaml", *GFP, "-f", "markdown")
    assert code == 0, err
    assert "58th out of 145" in (workspace / "reports" / "kz.md").read_text(encoding="utf-8")


def test_an_article_text_elsewhere_in_the_workspace_is_read(workspace: Path) -> None:
    (workspace / "texts").mkdir()
    shutil.move(workspace / "claims" / "kz.txt", workspace / "texts" / "kz.txt")
    (workspace / "claims" / "kz.yaml").write_text(
        CLAIMS.format(text="../texts/kz.txt", claim=CLAIM), encoding="utf-8"
    )
    code, _, err = verify("claims/kz.yaml", *GFP, "-f", "json")
    assert code == 0, err
    report = json.loads((workspace / "reports" / "kz.json").read_text(encoding="utf-8"))
    assert report["claims"][0]["article_location"] == {"line": 1, "column": 1}


@pytest.mark.parametrize(
    ("table", "what"),
    [
        ('data = "../"', "data"),
        ('plugins = "/etc"', "plugins"),
        ('sources-dir = "../"', "sources-dir"),
        ('verifiers-dir = "/etc"', "verifiers-dir"),
        ('output-dir = "../../tmp/reports"', "output-dir"),
        ('online-cache = "../cache"', "online-cache"),
        ('data = "a\\u0000b"', "data"),  # a NUL byte: realpath raised ValueError (hypothesis)
    ],
)
def test_folder_settings_cannot_lead_outside(workspace: Path, table: str, what: str) -> None:
    settings(workspace, table)
    err = refused(workspace, snapshot(workspace / "reports"), "ConfigError: ")
    assert f"[tool.veracity] {what} = " in err
    assert "leads outside the workspace" in err


def test_a_settings_folder_that_links_outside_is_refused(workspace: Path) -> None:
    (workspace / "data").symlink_to(workspace.parent)
    settings(workspace, 'sources-dir = "data"')
    refused(workspace, snapshot(workspace / "reports"), "ConfigError: ")


def _dataset(root: Path, table: str = "extra.csv") -> Path:
    folder = root / "data" / "extra"
    folder.mkdir(parents=True)
    descriptor = json.loads(
        (DATA / "datasets" / "arms-transfers" / "datapackage.json").read_text(encoding="utf-8")
    )
    descriptor["name"] = "extra"
    descriptor["resources"][0]["path"] = table
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    settings(root, 'sources-dir = "data"')
    return folder


def test_a_dataset_table_that_is_a_named_pipe_is_refused_at_once(workspace: Path) -> None:
    os.mkfifo(_dataset(workspace) / "extra.csv")
    err = refused(workspace, snapshot(workspace / "reports"), "DatasetError: dataset 'extra'")
    assert "cannot read extra.csv: not a regular file" in err


def test_a_dataset_table_that_links_to_dev_zero_is_refused(workspace: Path) -> None:
    (_dataset(workspace) / "extra.csv").symlink_to("/dev/zero")
    err = refused(workspace, snapshot(workspace / "reports"), "DatasetError: dataset 'extra'")
    assert "not an ordinary file" in err


def test_a_dataset_table_outside_its_folder_is_refused(workspace: Path) -> None:
    _dataset(workspace, table="../../../secret.txt")
    err = refused(workspace, snapshot(workspace / "reports"), "DatasetError: dataset 'extra'")
    assert "outside the workspace" in err


def test_a_plugin_module_that_links_outside_is_not_run(workspace: Path) -> None:
    (workspace.parent / "evil.py").write_text(
        "open('pwned', 'w').close()\n\nclass Evil:\n    '''Evil.'''\n    name = 'x.evil'\n"
        "    def check(self, claim, context):\n        return ()\n",
        encoding="utf-8",
    )
    (workspace / "plugins").mkdir()
    (workspace / "plugins" / "evil.py").symlink_to(workspace.parent / "evil.py")
    settings(workspace, 'verifiers-dir = "plugins"')
    err = refused(workspace, snapshot(workspace / "reports"), "PluginLoadError: local plugin ")
    assert "outside the workspace" in err
    assert not (workspace / "pwned").exists()


def test_a_file_name_with_a_line_break_injects_no_workflow_command(workspace: Path) -> None:
    name = "claims/x\n::add-mask::leak\n::error file=a::pwned.yaml"
    Path(name).write_text("article: [", encoding="utf-8")
    code, out, err = verify(name, *GFP)
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 2, err  # the count, then one line per problem
    assert lines[1].startswith("'claims/x\\n::add-mask::leak\\n::error file=a::pwned.yaml':")
    assert not any(line.lstrip().startswith("::") for line in (out + err).splitlines())


def test_a_folder_named_as_a_workflow_command_starts_no_line_with_it(workspace: Path) -> None:
    folder = workspace / "::warning::x"
    folder.mkdir()
    (folder / "a.yaml").write_text("article: [", encoding="utf-8")
    code, _, err = verify(str(folder.relative_to(workspace)), *GFP)
    assert code == 2
    assert not any(line.lstrip().startswith("::") for line in err.splitlines()), err


def test_in_github_actions_a_leaking_text_reaches_neither_log_nor_summary(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (workspace / "claims" / "env.txt").symlink_to("/proc/self/environ")
    (workspace / "claims" / "kz.yaml").write_text(
        CLAIMS.format(text="env.txt", claim=CLAIM), encoding="utf-8"
    )
    summary = workspace.parent / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setenv("VERACITY_FACTCHECK_KEY", "not-to-be-leaked")
    err = refused(workspace, snapshot(workspace / "reports"), "ClaimFileError: 1 problem", 2)
    assert "env.txt" in err
    assert not summary.exists()
