"""One run at a time writes into an output folder; a second is told so and writes nothing;
the temporary files of a killed run are removed by the next."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from veracity.cli import main
from veracity.errors import ReportError
from veracity.reports import files
from veracity.reports.lock import FolderLock

MINIMAL = Path(__file__).parents[1] / "data" / "claims" / "minimal.yaml"
ARGS = ("--select", "rankings.global-firepower", "-f", "markdown", "-f", "json")


def verify(out_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(MINIMAL), *ARGS, "-o", str(out_dir), *args], out, err)
    return code, out.getvalue(), err.getvalue()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_second_lock_on_the_folder_is_refused(tmp_path: Path) -> None:
    first = FolderLock(tmp_path / "out")
    first.acquire()
    try:
        with pytest.raises(ReportError, match="another verify run is writing reports to"):
            FolderLock(tmp_path / "out").acquire()
    finally:
        first.release()
    again = FolderLock(tmp_path / "out")
    again.acquire()
    again.release()


def test_a_run_into_a_folder_being_written_exits_2_and_leaves_it(tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    assert verify(out_dir)[0] == 0
    before = snapshot(out_dir)
    holder = FolderLock(out_dir)
    holder.acquire()
    try:
        code, out, err = verify(out_dir)
    finally:
        holder.release()
    assert code == 2
    assert err.startswith("ReportError: another verify run is writing reports to")
    assert len(err.splitlines()) == 1
    assert out == ""
    assert snapshot(out_dir) == before


def test_the_lock_is_held_by_another_process_too(tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from veracity.reports.lock import FolderLock
        FolderLock(Path({str(out_dir)!r})).acquire()
        print("locked", flush=True)
        sys.stdin.read()
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdin is not None
        assert holder.stdout.readline().strip() == "locked"
        code, _, err = verify(out_dir)
        holder.stdin.close()
        holder.wait(10)
    assert code == 2
    assert "another verify run" in err
    assert verify(out_dir)[0] == 0  # the lock went with the process


def test_the_next_run_removes_what_a_killed_run_left(tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    left = [
        out_dir / ".minimal.md.veracity-0123456789abcdef.tmp",
        out_dir / ".minimal.json.veracity-00000000000000aa.bak",
    ]
    for path in left:
        path.write_text("half a report", encoding="utf-8")
    (out_dir / "notes.txt").write_text("the desk's own\n", encoding="utf-8")
    assert verify(out_dir)[0] == 0
    assert sorted(p.name for p in out_dir.iterdir()) == ["minimal.json", "minimal.md", "notes.txt"]


def test_reports_follow_the_umask(tmp_path: Path) -> None:
    before = os.umask(0o027)
    try:
        assert verify(tmp_path / "out")[0] == 0
    finally:
        os.umask(before)
    assert {p.stat().st_mode & 0o777 for p in (tmp_path / "out").iterdir()} == {0o640}


@pytest.mark.parametrize(
    ("limit", "message"),
    [
        (
            "MAX_FILE_CHARS",
            "the markdown report of 'minimal' would pass the limit of 1,000 "
            "characters for one report file",
        ),
        (
            "MAX_RUN_CHARS",
            "would pass the limit of 1,000 characters for all the reports of one run",
        ),
    ],
)
def test_output_above_a_limit_exits_2_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str, message: str
) -> None:
    out_dir = tmp_path / "out"
    assert verify(out_dir)[0] == 0
    before = snapshot(out_dir)
    monkeypatch.setattr(files, limit, 1000)
    code, out, err = verify(out_dir, "-f", "sarif")  # three files: each small, together not
    assert code == 2
    assert out == ""
    assert err.startswith("ReportError: ")
    assert message in err
    assert len(err.splitlines()) == 1
    assert snapshot(out_dir) == before
    assert not [p for p in out_dir.iterdir() if p.name.startswith(".")]
