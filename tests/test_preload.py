"""Loading before the first claim: the bundled data and shared indexes, cached between runs."""

from __future__ import annotations

import gc
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from veracity.cli import main
from veracity.errors import DatasetError
from veracity.mentions.finder import find_mentions
from veracity.mentions.transfers import transfers
from veracity.preload import preload
from veracity.sources import BUNDLED_DATA, Sources
from veracity.sources.cache import CACHE_ENV

EXCERPT = Path(__file__).parent / "data" / "datasets"
"""A workspace folder whose `arms-transfers` stands in for the bundled register."""
TEXT = "Kazakhstan ordered Su-30SM fighters and Airbus C295 transports from Russia and Spain."


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_second_run_reads_what_the_first_built(folder: Path) -> None:
    first, second = Sources(), Sources()
    assert not preload(first)
    assert len(list(folder.glob("*.pickle"))) == 1
    assert preload(second)
    assert sorted(second._derived) == sorted(first._derived)
    assert {i: len(d) for i, d in second._loaded.items()} == {
        i: len(d) for i, d in first._loaded.items()
    }
    assert find_mentions(TEXT, second) == find_mentions(TEXT, first)
    assert transfers(second).sources is second  # the live sources, not a copy


def test_no_cache_is_written_when_it_is_turned_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert not preload(Sources())
    assert list(tmp_path.iterdir()) == []


def test_workspace_data_is_neither_cached_nor_replaced_by_the_cache(folder: Path) -> None:
    assert not preload(Sources((EXCERPT,)))
    assert not folder.exists() or not list(folder.glob("*.pickle"))
    preload(Sources())  # the bundled register, cached
    workspace = Sources((EXCERPT,))
    assert not preload(workspace)
    rows = len(workspace.dataset("arms-transfers"))
    assert rows == len(Sources((EXCERPT,)).dataset("arms-transfers")) < 29_000


def test_a_bundled_file_damaged_after_caching_is_still_reported(
    folder: Path, tmp_path: Path
) -> None:
    bundled = shutil.copytree(BUNDLED_DATA, tmp_path / "data")
    assert not preload(Sources(bundled=bundled))
    assert preload(Sources(bundled=bundled))
    table = bundled / "countries" / "countries.csv"
    table.write_bytes(table.read_bytes().replace(b"Kazakhstan", b"Kazakhstam", 1))
    with pytest.raises(DatasetError, match=r"countries\.csv is damaged"):
        preload(Sources(bundled=bundled))


def test_a_checking_process_collects_less_often() -> None:
    script = (
        "import gc; from veracity.preload import COLLECT_EVERY, settle; settle(); "
        "assert gc.get_threshold() == COLLECT_EVERY and gc.get_freeze_count() > 0"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_verify_called_in_a_process_leaves_its_collector_alone(tmp_path: Path) -> None:
    before = gc.get_threshold()
    claims = tmp_path / "c.yaml"
    claims.write_text("article:\n  id: a\n  title: T\nclaims:\n  - id: c\n    text: Hello.\n")
    assert main([str(claims), "-q", "-o", str(tmp_path)], io.StringIO(), io.StringIO()) == 0
    assert gc.get_threshold() == before


def test_reports_are_the_same_with_the_cache_empty_full_or_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = Path(__file__).resolve().parents[1] / "claims" / "kz2024.yaml"
    texts = []
    for name, folder in (
        ("off", ""),
        ("empty", str(tmp_path / "c")),
        ("full", str(tmp_path / "c")),
    ):
        monkeypatch.setenv(CACHE_ENV, folder)
        out = tmp_path / name
        flags = ["-f", "json", "-f", "markdown", "--fail-on", "none", "-q", "-o", str(out)]
        assert main([str(claims), *flags], io.StringIO(), io.StringIO()) == 0
        texts.append([(out / f"kz2024.{ext}").read_bytes() for ext in ("json", "md")])
    assert texts[0] == texts[1] == texts[2]
    assert len(list((tmp_path / "c").glob("*.pickle"))) == 1
