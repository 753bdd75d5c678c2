"""Faults seen from `verify`: plugins, datasets, failed writes and hostile terminal output.

A plugin that fails to import or a missing or corrupt dataset exits 2 naming it and writes
nothing; a plugin that raises or hangs becomes an error finding and the exit code follows the
policy; a write that fails midway leaves the earlier reports byte-identical.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from collections.abc import Callable, Iterator
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from veracity.cli import main
from veracity.engine.plugins import GROUP
from veracity.reports import files
from veracity.sources.manifest import write_manifest
from veracity.sources.registry import BUNDLED_DATA

DATA = Path(__file__).parent / "data"
MINIMAL = DATA / "claims" / "minimal.yaml"
REFUTED = (
    "article:\n  id: wrong\n  title: t\nclaims:\n  - id: r\n"
    "    text: Kazakhstan was placed 12th in Global Firepower 2024.\n"
)
FAULTY = '''
import time


class Raises:
    """Raises on every claim."""

    name = "local.raises"

    def check(self, claim, context):
        raise RuntimeError("plugin bug")


class Hangs:
    """Never answers."""

    name = "local.hangs"

    def check(self, claim, context):
        time.sleep(30)
'''


GFP = ("--select", "rankings.global-firepower")
"""Runs that must check claims use one light verifier: the faults, not the verifiers, are tested."""


def verify(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace whose [tool.veracity] names plugins/ and data/, and an earlier report."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.veracity]\nverifiers-dir = "plugins"\nsources-dir = "data"\n', encoding="utf-8"
    )
    (tmp_path / "plugins").mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "wrong.yaml").write_text(REFUTED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "minimal.md").write_text("an earlier report\n", encoding="utf-8")
    (tmp_path / "reports" / "minimal.json").write_text('{"earlier": true}\n', encoding="utf-8")
    return tmp_path


def test_faulty_plugins_become_error_findings_and_policy_decides(workspace: Path) -> None:
    (workspace / "plugins" / "faulty.py").write_text(FAULTY, encoding="utf-8")
    local = ("--select", "local.raises", "--select", "local.hangs", "--timeout", "1")
    code, _, err = verify(str(MINIMAL), "-f", "json", "--fail-on", "none", *GFP, *local)
    assert code == 0, err
    [claim] = json.loads((workspace / "reports" / "minimal.json").read_text())["claims"]
    errors = {f["verifier"]: f["explanation"] for f in claim["findings"] if f["verdict"] == "error"}
    assert "RuntimeError: plugin bug" in errors["local.raises"]
    assert "took longer than 1 s" in errors["local.hangs"]
    assert claim["verdict"] == "supported"
    assert verify(str(MINIMAL), *GFP, *local)[0] == 0  # errors alone do not fail the policy
    assert verify("wrong.yaml", *GFP, *local)[0] == 1  # a refuted claim still does


def test_a_verifier_error_is_one_line_on_stderr_and_counted(workspace: Path) -> None:
    (workspace / "plugins" / "faulty.py").write_text(FAULTY, encoding="utf-8")
    code, out, err = verify(str(MINIMAL), *GFP, "--select", "local.raises")
    assert code == 0
    [line] = [line for line in err.splitlines() if "failed" in line]
    assert line == (
        "verify: minimal: claim gfp-rank: verifier local.raises failed: "
        "The verifier local.raises failed: RuntimeError: plugin bug"
    )
    assert "Traceback" not in err
    assert "minimal: 1 claims: 1 supported; 1 verifier error\n" in out


def test_traceback_shows_the_whole_error(workspace: Path) -> None:
    (workspace / "plugins" / "faulty.py").write_text(FAULTY, encoding="utf-8")
    _, _, err = verify(str(MINIMAL), *GFP, "--select", "local.raises", "--traceback")
    assert "Traceback (most recent call last):" in err
    assert 'faulty.py", line 11, in check' in err
    assert "RuntimeError: plugin bug" in err.splitlines()[-1]


def test_fail_on_error_makes_errors_fail_the_run(workspace: Path) -> None:
    (workspace / "plugins" / "faulty.py").write_text(FAULTY, encoding="utf-8")
    raises = (*GFP, "--select", "local.raises")
    assert verify(str(MINIMAL), *raises, "--fail-on-error")[0] == 1
    with (workspace / "pyproject.toml").open("a", encoding="utf-8") as settings:
        settings.write("fail-on-error = true\n")
    assert verify(str(MINIMAL), *raises)[0] == 1
    assert verify(str(MINIMAL), *GFP)[0] == 0  # no error, no failure


def test_plugin_that_fails_to_import(workspace: Path) -> None:
    (workspace / "plugins" / "broken.py").write_text("import no_such_module\n", encoding="utf-8")
    before = snapshot(workspace / "reports")
    code, _, err = verify(str(MINIMAL))
    assert code == 2
    assert err.startswith("PluginLoadError: local plugin ")
    assert "broken.py failed to load: ModuleNotFoundError" in err
    assert "Traceback" not in err
    assert snapshot(workspace / "reports") == before


def corrupt_gfp(folder: Path) -> None:
    shutil.copytree(BUNDLED_DATA / "gfp-2024", folder / "gfp-2024")
    table = folder / "gfp-2024" / "gfp-2024.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = "x" + lines[2]  # rank "x2" is not an integer
    table.write_text("".join(lines), encoding="utf-8")


def test_corrupt_workspace_dataset(workspace: Path) -> None:
    corrupt_gfp(workspace / "data")
    before = snapshot(workspace / "reports")
    code, _, err = verify(str(MINIMAL))
    assert code == 2
    assert err.startswith("DatasetError: ")
    assert "gfp-2024.csv:3: 'rank' = 'x2' is not a valid integer" in err
    assert snapshot(workspace / "reports") == before


@pytest.mark.parametrize(
    ("files_", "message"),
    [
        ({"datapackage.json": "{not json"}, "dataset 'extra'"),
        ({"datapackage.json": '{"resources": [{"path": "extra.csv", "schema": 3}]}'}, "extra"),
        ({"datapackage.json": "[]"}, "dataset 'extra'"),
    ],
)
def test_unused_corrupt_workspace_dataset_fails_first(
    workspace: Path, files_: dict[str, str], message: str
) -> None:
    folder = workspace / "data" / "extra"
    folder.mkdir()
    for name, text in files_.items():
        (folder / name).write_text(text, encoding="utf-8")
    code, _, err = verify(str(MINIMAL))
    assert code == 2
    assert err.startswith("DatasetError: ")
    assert message in err
    assert "Traceback" not in err


def test_missing_workspace_data_folder(workspace: Path) -> None:
    shutil.rmtree(workspace / "data")
    code, _, err = verify(str(MINIMAL))
    assert code == 2
    assert "DatasetError: the data folder" in err
    assert "does not exist" in err


def test_missing_bundled_data(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("veracity.sources.registry.BUNDLED_DATA", workspace / "nowhere")
    code, _, err = verify(str(MINIMAL), *GFP)
    assert code == 2
    assert err.startswith("DatasetError: the bundled data has no manifest")
    assert "reinstall veracity" in err


def test_corrupt_bundled_data(
    workspace: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path_factory.mktemp("bundled")
    shutil.copytree(BUNDLED_DATA / "countries", bundled / "countries")
    corrupt_gfp(bundled)
    write_manifest(bundled)  # the bad cell is in the manifest: the table itself is wrong
    monkeypatch.setattr("veracity.sources.registry.BUNDLED_DATA", bundled)
    code, _, err = verify(str(MINIMAL), *GFP)
    assert code == 2
    assert "gfp-2024.csv:3:" in err


def _explode(report: object) -> Iterator[str]:
    raise RuntimeError("reporter bug")


def _halfway(report: object) -> Iterator[str]:
    yield "# a report begun\n"
    raise RuntimeError("reporter bug")


@pytest.mark.parametrize(
    ("failing", "reporter", "formats"),
    [
        ("json", _explode, ("-f", "markdown", "-f", "json")),  # fails at once, second format
        ("markdown", _halfway, ("-f", "json", "-f", "markdown")),  # fails midway through
    ],
)
def test_reporter_failing_leaves_the_reports_as_they_were(
    workspace: Path,
    monkeypatch: pytest.MonkeyPatch,
    failing: str,
    reporter: Callable[[object], Iterator[str]],
    formats: tuple[str, ...],
) -> None:
    monkeypatch.setattr(f"veracity.reports.{failing}.chunks", reporter)
    before = snapshot(workspace / "reports")
    code, _, err = verify(str(MINIMAL), *formats, *GFP)
    assert code == 2
    assert f"ReportError: the {failing} report of 'minimal' could not be made" in err
    assert "RuntimeError: reporter bug" in err
    assert snapshot(workspace / "reports") == before
    assert not list((workspace / "reports").glob(".*.tmp"))


@pytest.mark.parametrize("failing_step", ["stage", "rename"])
def test_write_failing_midway(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, failing_step: str
) -> None:
    """The second file fails to be written (disk full) or renamed: nothing changes."""
    calls: list[Path] = []
    real_stage, real_replace = files._stage, os.replace

    def stage(path: Path, text: str, used: int = 0) -> tuple[Path, int]:
        calls.append(path)
        if failing_step == "stage" and len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_stage(path, text, used)

    def replace(src: str | Path, dst: str | Path) -> None:
        if failing_step == "rename" and str(dst).endswith(".json") and Path(src).suffix == ".tmp":
            raise OSError(5, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(files, "_stage", stage)
    monkeypatch.setattr(files.os, "replace", replace)
    before = snapshot(workspace / "reports")
    code, _, err = verify(str(MINIMAL), "-f", "markdown", "-f", "json", *GFP)
    assert code == 2
    assert err.startswith("ReportError: cannot write reports to reports:")
    assert "the reports already there are unchanged" in err
    assert snapshot(workspace / "reports") == before  # no temporary or backup file left either


def test_terminal_output_is_neutralised(workspace: Path) -> None:
    (workspace / "plugins" / "loud.py").write_text(
        'class Loud:\n    """\\x1b[2J\\x1b]0;owned\\x07Clears \\u202eyour screen."""\n\n'
        '    name = "local.loud"\n\n    def check(self, claim, context):\n        return ()\n',
        encoding="utf-8",
    )
    code, out, _ = verify("--list-verifiers")
    assert code == 0
    line = next(line for line in out.splitlines() if line.startswith("local.loud"))
    assert "\x1b" not in line
    assert "\u202e" not in line
    assert "owned" not in line
    assert line.endswith("Clears your screen.")
    long_claim = REFUTED.replace("Global Firepower 2024.", "Global Firepower 2024 " + "x " * 500)
    (workspace / "wrong.yaml").write_text(long_claim.replace("t\n", "t\u202e\n"), "utf-8")
    code, out, _ = verify("wrong.yaml", *GFP)
    assert code == 1
    refuted = next(line for line in out.splitlines() if "refuted: r:" in line)
    assert len(refuted) < 140
    assert refuted.endswith("…")


def test_plugin_that_exits_while_importing(workspace: Path) -> None:
    (workspace / "plugins" / "quits.py").write_text("import sys\nsys.exit(0)\n", encoding="utf-8")
    code, _, err = verify(str(MINIMAL))
    assert code == 2
    assert "quits.py failed to load: SystemExit: 0" in err


def test_installed_plugin_that_fails_to_import(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = EntryPoint(name="third.party", value="no_such_package.mod:Checker", group=GROUP)
    monkeypatch.setattr("veracity.engine.plugins.entry_points", lambda group: [broken])
    code, _, err = verify(str(MINIMAL))
    assert code == 2
    assert err.startswith("PluginLoadError: verifier plugin 'third.party'")
    assert "failed to load: ModuleNotFoundError" in err


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('timeout = "soon"', "timeout must be a positive number"),
        ('formats = "json"', "formats must be a list of"),
        ('formats = ["pdf"]', "formats must be a list of"),
        ("fail-on = 3", "fail-on: 3 is not"),
        ("data = 3", "data must be a string"),
    ],
)
def test_bad_settings(workspace: Path, setting: str, message: str) -> None:
    (workspace / "pyproject.toml").write_text(f"[tool.veracity]\n{setting}\n", encoding="utf-8")
    code, _, err = verify(str(MINIMAL))
    assert code == 2
    assert err.startswith("ConfigError: ")
    assert message in err


@pytest.mark.parametrize("value", ["nan", "-1", "inf"])
def test_bad_timeout_option(workspace: Path, value: str) -> None:
    code, _, err = verify(str(MINIMAL), "--timeout", value)
    assert code == 2
    assert "ConfigError: --timeout" in err


def test_output_dir_that_is_a_file(workspace: Path) -> None:
    (workspace / "taken").write_text("a file", encoding="utf-8")
    code, _, err = verify(str(MINIMAL), *GFP, "--output-dir", "taken")
    assert code == 2
    assert err.startswith("ReportError: cannot write reports to taken")
