"""`verify --jobs N`: a batch checked in worker processes gives what one process gives.

Workers are real processes (spawned), so each test pays a second or two of start-up; the runs
use one light verifier.
"""

from __future__ import annotations

import io
import pickle
from pathlib import Path

import pytest

from veracity.cli import main
from veracity.errors import ClaimFileError, Problem, SourceUnavailable

ARTICLE = """\
article:
  id: {id}
  title: A claim set of the batch
claims:
  - id: rank
    text: In Global Firepower 2024, Kazakhstan was placed {rank} out of 145 countries.
  - id: opinion
    text: The procurement is a sign of ambition.
"""
GFP = ("--select", "rankings.global-firepower")


def verify(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "claims"
    folder.mkdir()
    for number, rank in enumerate(["58th", "12th", "58th"]):
        text = ARTICLE.format(id=f"article-{number}", rank=rank)
        (folder / f"article-{number}.yaml").write_text(text, encoding="utf-8")
    return folder


def read_all(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_two_processes_write_the_reports_one_process_writes(batch: Path, tmp_path: Path) -> None:
    formats = ("-f", "markdown", "-f", "json", "-f", "sarif")
    one = verify(str(batch), "-o", str(tmp_path / "one"), *formats, *GFP)
    two = verify(str(batch), "-o", str(tmp_path / "two"), *formats, *GFP, "--jobs", "2")
    assert one[0] == two[0] == 1  # article-1 has a refuted claim
    assert one[1].replace("/one/", "/two/") == two[1]
    assert read_all(tmp_path / "one") == read_all(tmp_path / "two")
    assert len(read_all(tmp_path / "two")) == 9


def test_a_worker_that_cannot_write_leaves_nothing_behind(batch: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "reports"
    blocked.write_text("a file where the report folder should be", encoding="utf-8")
    code, out, err = verify(str(batch), "-o", str(blocked), *GFP, "--jobs", "2")
    assert code == 2
    assert err.startswith("ReportError: cannot write reports to")
    assert out == ""
    assert blocked.read_text(encoding="utf-8").startswith("a file where")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims", "reports"]


def test_a_bad_file_stops_the_batch_before_any_worker_starts(batch: Path, tmp_path: Path) -> None:
    (batch / "broken.yaml").write_text("claims: [\n", encoding="utf-8")
    code, _, err = verify(str(batch), "-o", str(tmp_path / "out"), *GFP, "--jobs", "2")
    assert code == 2
    assert "broken.yaml:" in err
    assert not (tmp_path / "out").exists()


def test_one_claim_set_is_checked_in_this_process(tmp_path: Path) -> None:
    path = tmp_path / "one.yaml"
    path.write_text(ARTICLE.format(id="one", rank="58th"), encoding="utf-8")
    code, out, _ = verify(str(path), "-o", str(tmp_path / "out"), *GFP, "-j", "auto")
    assert code == 0
    assert "one: 2 claims" in out


@pytest.mark.parametrize("value", ["0", "-1", "two", ""])
def test_jobs_must_be_a_number_of_processes(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["claims/kz2024.yaml", "--jobs", value])
    assert info.value.code == 2
    assert "is not a number of processes (1, 2, … or auto)" in capsys.readouterr().err


def test_errors_cross_from_a_worker_whole() -> None:
    problem = Problem(Path("a.yaml"), 3, 5, "bad value", "fix it")
    relayed = pickle.loads(pickle.dumps(ClaimFileError([problem])))
    assert isinstance(relayed, ClaimFileError)
    assert relayed.problems == [problem]
    assert str(relayed) == str(ClaimFileError([problem]))
    unavailable = pickle.loads(pickle.dumps(SourceUnavailable("Wikidata", "timed out")))
    assert (unavailable.source, unavailable.reason) == ("Wikidata", "timed out")
