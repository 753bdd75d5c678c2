"""`bench/verdicts_unchanged.py` names the claims an optimisation changed, except in an article of
the evaluation's test split, of which it gives counts only: no claim id, text or verdict."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "verdicts_unchanged.py"
DATA = Path(__file__).resolve().parent / "data" / "verdicts_unchanged"
WITHHELD = "withheld-article"
"""The fixture's stand-in for an article of the test split."""
_VERDICTS = ("supported", "refuted", "misleading", "not-enough-evidence")


@pytest.fixture
def script(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("verdicts_unchanged", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "_test_split", lambda: frozenset({WITHHELD}))
    return module


def _withheld_words() -> set[str]:
    """Every claim id, text and explanation of the withheld article's reports (its verdicts
    are words any other report holds too: the tests check those by line)."""
    import json

    words: set[str] = set()
    for side in ("before", "after"):
        report = json.loads((DATA / side / f"{WITHHELD}.json").read_text(encoding="utf-8"))
        for claim in report["claims"]:
            words.update(str(claim[k]) for k in ("id", "text", "explanation"))
    return words


def test_a_changed_claim_of_another_article_is_named_with_its_verdicts(
    script: ModuleType,
) -> None:
    lines = script.compare(DATA / "before", DATA / "after")
    assert "open-article.json: claim first: supported -> not-enough-evidence" in lines
    assert not any("second" in line for line in lines)  # unchanged


def test_a_test_split_article_gives_counts_only(script: ModuleType) -> None:
    lines = [line for line in script.compare(DATA / "before", DATA / "after") if WITHHELD in line]
    assert lines == [f"{WITHHELD}.json (test split): 1 verdicts changed, 1 other findings"]
    assert not any(word in line for line in lines for word in _withheld_words())
    assert not any(verdict in line for line in lines for verdict in _VERDICTS)


def test_check_prints_nothing_of_a_test_split_claim(
    script: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    baseline = tmp_path / "baseline"
    shutil.copytree(DATA / "before", baseline)
    (baseline / f"bench-{script.SIZE}.yaml").write_text("claims: []\n", encoding="utf-8")
    monkeypatch.setattr(script, "BASELINE", baseline)
    monkeypatch.setattr(
        script, "_run", lambda out: shutil.copytree(DATA / "after", out, dirs_exist_ok=True)
    )
    assert script.check() == 1
    printed = capsys.readouterr()
    shown = printed.out + printed.err
    assert "reports differ" in shown
    assert "claim first: supported -> not-enough-evidence" in shown
    assert f"{WITHHELD}.json (test split)" in shown
    assert not any(word in shown for word in _withheld_words())
    assert [line for line in shown.splitlines() if WITHHELD in line] == [
        f"{WITHHELD}.json (test split): 1 verdicts changed, 1 other findings"
    ]


def test_a_missing_report_is_named(script: ModuleType, tmp_path: Path) -> None:
    shutil.copy(DATA / "before" / "open-article.json", tmp_path / "open-article.json")
    assert script.compare(DATA / "before", tmp_path) == [f"{WITHHELD}.json was not written"]
