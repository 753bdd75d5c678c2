"""Every importer command answers bad input with `path: what is wrong; how to fix`, exit 2.

A missing file, a folder given for a file, or a file that cannot be read must not end in a
Python traceback: the message names the path, says what is wrong with it and what to give.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from veracity.sources.importers import catalogue, countries, gfp, manifest, sipri

Command = Callable[[list[str] | None], int]

COMMANDS: dict[str, Command] = {
    "sipri": sipri.main,
    "gfp": gfp.main,
    "countries": countries.main,
    "catalogue": catalogue.main,
    "manifest": manifest.main,
}


def _run(command: Command, argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_info:
        command(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_missing_input_names_the_path_the_fault_and_the_fix(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such-export.csv"
    err = _run(
        COMMANDS[name],
        [str(missing), "--out", str(tmp_path / "out")] if name != "manifest" else [str(missing)],
        capsys,
    )
    assert err.startswith(f"{missing}: ")
    assert "no such file or folder" in err
    assert "give " in err  # how to fix it
    assert "FileNotFoundError" not in err


@pytest.mark.parametrize("name", ["sipri", "gfp", "countries"])
def test_a_folder_given_for_a_file_is_named_as_such(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _run(COMMANDS[name], [str(tmp_path), "--out", str(tmp_path / "out")], capsys)
    assert err.startswith(f"{tmp_path}: ")
    assert "is a folder, not a file" in err


def test_a_file_given_for_the_research_folder_is_named_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "table.csv"
    table.write_text("a,b\n", encoding="utf-8")
    err = _run(COMMANDS["catalogue"], [str(table), "--out", str(tmp_path / "out")], capsys)
    assert err.startswith(f"{table}: ")
    assert "folder" in err


def test_an_unreadable_encoding_is_named_with_the_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = tmp_path / "gfp.csv"
    raw.write_bytes(b"rank,country\n1,\xff\xfe\n")
    err = _run(COMMANDS["gfp"], [str(raw), "--out", str(tmp_path / "out")], capsys)
    assert err.startswith(f"{raw}: ")
    assert "UTF-8" in err
