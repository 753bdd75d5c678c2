"""tools/pin_wikipedia.py, the maintainer's script that pins cited Wikipedia articles to a
permanent revision (docs/data.md, "Source policy"), against a hand-built recorded answer of
the MediaWiki API (tests/cassettes/test_pin_wikipedia/): the network is never reached."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from veracity.sources.importers.citations import read_hosts, refusal

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "tests" / "cassettes"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "pin_wikipedia", ROOT / "tools" / "pin_wikipedia.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES / "test_pin_wikipedia")


HEADER = "id,name,aliases,country,parent,kind,source_url,note,retrieved"


@pytest.mark.vcr
def test_the_tables_wikipedia_citations_are_pinned_to_the_revision_live_that_day(
    tmp_path: Path,
) -> None:
    tool = _tool()
    (tmp_path / "RETRIEVED").write_text("2026-11-25\n", "utf-8")
    table = tmp_path / "manufacturers.csv"
    table.write_text(
        f"{HEADER}\n"
        "otokar,Otokar,,TUR,,manufacturer,https://en.wikipedia.org/wiki/Otokar ; https://www.otokar.com.tr/,,2026-12-08\n"
        "koc-holding,Koç Holding,,TUR,,manufacturer,https://en.wikipedia.org/wiki/Ko%C3%A7_Holding,,\n"
        "ghost,Ghost,,,,manufacturer,https://en.wikipedia.org/wiki/No_such_article,,\n",
        "utf-8",
    )
    assert tool.main([str(tmp_path)]) == 0
    lines = table.read_text("utf-8").splitlines()
    assert (
        "https://en.wikipedia.org/w/index.php?title=Otokar&oldid=1000001 ; https://www.otokar.com.tr/"
        in lines[1]
    )
    assert "https://en.wikipedia.org/w/index.php?title=Ko%C3%A7_Holding&oldid=1000002" in lines[2]
    assert "https://en.wikipedia.org/wiki/No_such_article" in lines[3], "not found: left as it is"


def test_a_pinned_address_is_within_the_source_policy() -> None:
    hosts = read_hosts(ROOT / "data-src" / "hosts.csv")
    url = "https://en.wikipedia.org/w/index.php?title=Ko%C3%A7_Holding&oldid=1000002"
    assert refusal(url, hosts) is None


def test_a_pinned_or_foreign_address_is_not_pinned_again() -> None:
    tool = _tool()
    never = lambda lang, title, day: pytest.fail("no look-up")  # noqa: E731
    assert (
        tool.pinned("https://en.wikipedia.org/w/index.php?title=X&oldid=1", "2026-11-25", never)
        is None
    )
    assert tool.pinned("https://www.otokar.com.tr/", "2026-11-25", never) is None
