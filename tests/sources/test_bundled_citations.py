"""Every page the bundled data cites is within the source policy of docs/data.md.

The policy itself is tested in test_citations.py; this runs it over the bundled datasets, their
descriptors and the research tables they are compiled from, and checks that no evidence cites
an article that one of the project's claim sets checks (circular evidence).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from veracity.sources.importers.citations import (
    HostReview,
    canonical_url,
    host_of,
    mirror_names,
    read_hosts,
    refusal,
    reviewed_host,
    row_problems,
)
from veracity.sources.importers.citations import split_urls as urls_of
from veracity.sources.registry import BUNDLED_DATA

ROOT = Path(__file__).resolve().parents[2]
HOSTS = read_hosts(ROOT / "data-src" / "hosts.csv")
TABLES = sorted(BUNDLED_DATA.glob("*/*.csv")) + sorted((ROOT / "data-src").glob("*.csv"))


#: A URL written inside running text (a row's note, a report): up to a space or closing mark.
_URL_IN_TEXT = re.compile(r"https?://[^\s<>()\[\]`\"']+")


def _urls_in_text(text: str) -> list[str]:
    return [url.rstrip(".,;:") for url in _URL_IN_TEXT.findall(text)]


def _rows(path: Path) -> Iterator[tuple[str, list[str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            yield f"{path.name}:{number}", urls_of(row.get("source_url") or "")


def _note_urls(path: Path) -> Iterator[tuple[str, list[str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            yield f"{path.name}:{number} note", _urls_in_text(row.get("note") or "")


def _other_field_urls(path: Path) -> Iterator[tuple[str, list[str]]]:
    """URLs written in any column but `source_url` and `note` (which the tests above read)."""
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            for column, cell in row.items():
                if column not in ("source_url", "note") and (urls := _urls_in_text(cell or "")):
                    yield f"{path.name}:{number} {column}", urls


def _table_problems(path: Path) -> list[str]:
    """Every way a table can cite a page outside the policy: a `source_url`, a URL in a note or
    in any other column, and a note naming a refused copy of another site."""
    cited = [(w, urls) for w, urls in _rows(path)]
    written = [
        (w, [u])
        for rows in (_note_urls(path), _other_field_urls(path))
        for w, us in rows
        for u in us
    ]
    problems = [f"{w}: {p}" for w, urls in cited + written for p in row_problems(urls, HOSTS)]
    return problems + [f"{w}: {n}" for w, note in _notes(path) if (n := mirror_names(note))]


def _same_page(url: str) -> str:
    """A page's address with scheme, `www.` and a closing slash set aside."""
    bare = canonical_url(url).split("://", 1)[-1].rstrip("/")
    return bare.removeprefix("www.")


def _descriptor_urls(path: Path) -> list[str]:
    meta = json.loads(path.read_text(encoding="utf-8"))
    paths = [meta.get("homepage", "")]
    paths += [entry.get("path", "") for key in ("sources", "licenses") for entry in meta[key]]
    return [p for p in paths if p.startswith("http")]


def _checked(field: str) -> set[str]:
    """One field (`url`, `publisher`) of the articles the bundled claim sets (claims/) check."""
    found: set[str] = set()
    for path in sorted(ROOT.glob("claims/*.yaml")):
        article = yaml.safe_load(path.read_text(encoding="utf-8"))["article"]
        if article.get(field):
            found.add(str(article[field]))
    return found


def _articles() -> set[str]:
    """The articles the bundled claim sets (claims/) check."""
    return {_same_page(url) for url in _checked("url")}


@pytest.mark.parametrize("table", TABLES, ids=[f"{t.parent.name}/{t.name}" for t in TABLES])
def test_every_cited_page_is_within_the_policy(table: Path) -> None:
    problems = [f"{where}: {p}" for where, urls in _rows(table) for p in row_problems(urls, HOSTS)]
    assert problems == []


def test_descriptors_cite_pages_within_the_policy() -> None:
    problems = [
        f"{path.parent.name}: {p}"
        for path in sorted(BUNDLED_DATA.glob("*/datapackage.json"))
        for url in _descriptor_urls(path)
        for p in row_problems([url], HOSTS)
    ]
    assert problems == []


@pytest.mark.parametrize("table", TABLES, ids=[f"{t.parent.name}/{t.name}" for t in TABLES])
def test_every_page_a_note_or_another_column_names_is_within_the_policy(table: Path) -> None:
    problems = [
        f"{where}: {p}"
        for written in (_note_urls(table), _other_field_urls(table))
        for where, urls in written
        for url in urls
        for p in row_problems([url], HOSTS)
    ]
    assert problems == []


def _notes(path: Path) -> Iterator[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            yield f"{path.name}:{number} note", row.get("note") or ""


@pytest.mark.parametrize("table", TABLES, ids=[f"{t.parent.name}/{t.name}" for t in TABLES])
def test_no_note_names_a_refused_copy_as_where_a_fact_was_read(table: Path) -> None:
    """A note that names a Wikipedia mirror or scraper (even without its URL) rests a fact on a
    page the policy refuses: the fact is cited at an allowed page or dropped."""
    named = [f"{where}: {names}" for where, note in _notes(table) if (names := mirror_names(note))]
    assert named == []


DENIED = [
    "https://www.cryer.org.uk/wiki/Panzerhaubitze_2000",
    "http://www.worldlibrary.net/articles/eng/Harpoon_(missile)",
    "https://www.typesofplanes.com/f-16-fighting-falcon/",
    "https://bafybeiaysi4s6lnjev27ln5icwm6tueaw2vdykrtjkwiphwekaywqhcjze.ipfs.dweb.link/wiki/T-72",
    "https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/T-72.html",
    "https://www.wikizero.com/en/Leopard_2",
]


@pytest.mark.parametrize("url", DENIED)
@pytest.mark.parametrize("field", ["source_url", "note", "aliases"])
def test_a_denied_host_in_any_url_field_or_note_fails(tmp_path: Path, url: str, field: str) -> None:
    """The checks the bundled tables pass refuse a known Wikipedia copy or IPFS gateway wherever
    a row writes it, even on a host someone listed."""
    listed = HostReview(reviewed_host(host_of(url)), "reference", "2026-12-09")
    assert row_problems([url], {**HOSTS, listed.host: listed}) != []
    table = tmp_path / "manufacturers.csv"
    clean = {"id": "x", "aliases": "X", "source_url": "https://en.wikipedia.org/wiki/Otokar"}
    row = {**clean, "note": "read on the cited page", field: url}
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["id", "aliases", "source_url", "note"])
        writer.writeheader()
        writer.writerows([{**clean, "note": ""}, row])
    problems = _table_problems(table)
    assert problems
    assert all(p.startswith("manufacturers.csv:3") for p in problems)


@pytest.mark.parametrize("name", ["World Library", "TypesOfPlanes", "cryer.org.uk", "IPFS"])
def test_a_note_naming_a_denied_copy_fails(tmp_path: Path, name: str) -> None:
    table = tmp_path / "systems-A.csv"
    table.write_text(f"designation,source_url,note\nX,,introduced 1972 ({name})\n", "utf-8")
    assert _table_problems(table) == [f"systems-A.csv:2 note: [{name!r}]"]


def test_no_evidence_cites_an_article_a_claim_set_checks() -> None:
    articles = _articles()
    assert articles, "the claim sets name their articles"
    circular = [
        f"{where}: {url}"
        for table in TABLES
        for rows in (_rows(table), _note_urls(table))
        for where, urls in rows
        for url in urls
        if _same_page(url) in articles
    ]
    assert circular == []


def test_no_note_credits_the_publisher_of_an_article_a_claim_set_checks() -> None:
    """A note that credits the checked article's publisher by name ("(Polygon Journal 2024)")
    rests a fact on the article being checked, as a cited URL of it would."""
    publishers = _checked("publisher")
    assert publishers, "the claim sets name their publishers"
    circular = [
        f"{where}: {name}"
        for table in TABLES
        for where, note in _notes(table)
        for name in sorted(publishers)
        if name.lower() in note.lower()
    ]
    assert circular == []


def test_the_circular_check_sees_an_article_under_another_scheme_or_host_form() -> None:
    assert _same_page("http://polygonjournal.com/2024/a/") == _same_page(
        "https://www.polygonjournal.com/2024/a?utm_source=x"
    )


FLAGGED = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "citations" / "flagged.yaml").read_text("utf-8")
)


@pytest.mark.parametrize("case", FLAGGED, ids=[c["url"][:60] for c in FLAGGED])
def test_a_page_the_audit_refused_stays_refused(case: dict[str, str]) -> None:
    """Listing, feed and paginated views, slugs cut short and mirrors fail this test's policy."""
    why = refusal(case["url"], HOSTS)
    assert why is not None
    assert case["refused"] in why.lower()


REPORTS = sorted((ROOT / "reports").glob("*.md"))


@pytest.mark.parametrize("report", REPORTS, ids=[r.name for r in REPORTS])
def test_the_committed_reports_cite_only_pages_within_the_policy(report: Path) -> None:
    """A report links its own article (not evidence) and otherwise only pages the policy allows."""
    articles = _articles()
    problems = [
        f"{report.name}: {p}"
        for url in _urls_in_text(report.read_text(encoding="utf-8"))
        if _same_page(url) not in articles
        for p in row_problems([url], HOSTS)
    ]
    assert REPORTS
    assert problems == []
