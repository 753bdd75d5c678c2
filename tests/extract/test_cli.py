"""`verify extract`: files written or not, messages, exit codes."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from veracity.claims import load_claim_set
from veracity.cli import main

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "extract"


def verify(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def _in_a_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_extract_then_verify(tmp_path: Path) -> None:
    shutil.copy(ROOT / "claims" / "kz2024.txt", tmp_path / "kz2024.txt")
    code, out, err = verify("extract", "kz2024.txt", "-o", "extracted.yaml")
    assert (code, err) == (0, "")
    assert out.startswith("wrote extracted.yaml: ")
    claim_set = load_claim_set(tmp_path / "extracted.yaml")
    assert claim_set.article.id == "extracted"
    assert claim_set.article.text == "kz2024.txt"
    code, out, _ = verify("extracted.yaml")
    assert code == 1  # the article's "five hundred new fighter jets" is refuted
    assert "five hundred new fighter jets" in out
    assert "supported" in out


def test_default_output_is_the_claims_folder(tmp_path: Path) -> None:
    code, out, _ = verify("extract", str(DATA / "korea.html"))
    assert code == 0
    assert out.startswith(f"wrote {Path('claims') / 'korea.yaml'}: 9 claims (2 not checkable)")
    assert load_claim_set(tmp_path / "claims" / "korea.yaml").article.id == "korea"


def test_output_folder(tmp_path: Path) -> None:
    (tmp_path / "sets").mkdir()
    code, _, _ = verify("extract", str(DATA / "poland.md"), "-o", "sets")
    assert code == 0
    assert (tmp_path / "sets" / "poland.yaml").exists()


def test_dash_prints_and_writes_nothing(tmp_path: Path) -> None:
    code, out, _ = verify("extract", str(DATA / "poland.md"), "-o", "-")
    assert code == 0
    assert out.startswith("# Claim set extracted by `verify extract` from poland.md.")
    assert "  id: poland\n" in out
    assert list(tmp_path.iterdir()) == []


def test_rerun_reports_vanished_claims(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Poland ordered 32 F-35A jets in 2020. Romania flies 17 F-16s.\n")
    assert verify("extract", "a.txt", "-o", "a.yaml")[0] == 0
    article.write_text("Poland ordered 32 F-35A jets in 2020. Romania flies 18 F-16s.\n")
    code, out, err = verify("extract", "a.txt", "-o", "a.yaml")
    assert code == 0
    assert out == "a.yaml: 1 claims (0 not checkable) added, 2 kept as they were\n"
    assert "is no longer found in the article" in err
    assert "Romania flies 17 F-16s." in err
    assert "it now reads Romania flies 18 F-16s." in err
    code, out, err = verify("extract", "a.txt", "-o", "a.yaml", "-q")
    assert (code, out) == (0, "")
    article.write_text("Romania flies 18 F-16s. Poland ordered 32 F-35A jets in 2020.\n")
    code, out, err = verify("extract", "a.txt", "-o", "a.yaml")
    assert "moved in the article (kept in place): " in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read the article: No such file or directory"),
        ("directory", "cannot read the article: not a regular file"),
        (b"", "the article is empty"),
        (b"\xff\xfe bad", "is not valid UTF-8"),
        (b"... -- !!\n", "no statement found in the article"),
    ],
)
def test_unusable_article_exits_2_and_writes_nothing(
    tmp_path: Path, content: bytes | str | None, message: str
) -> None:
    path = tmp_path / "article.txt"
    if content == "directory":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    before = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = verify("extract", "article.txt", "-o", "out.yaml")
    assert code == 2
    assert out == ""
    assert err.startswith("ExtractError: article.txt")
    assert message in err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_broken_existing_claim_set_exits_2(tmp_path: Path) -> None:
    (tmp_path / "out.yaml").write_text("article: [\n")
    code, _, err = verify("extract", str(DATA / "wrapped.txt"), "-o", "out.yaml")
    assert code == 2
    assert err.startswith("ClaimFileError: 1 problem in out.yaml")
    assert (tmp_path / "out.yaml").read_text() == "article: [\n"


def test_usage_errors() -> None:
    with pytest.raises(SystemExit) as exc:
        verify("extract")
    assert exc.value.code == 2
