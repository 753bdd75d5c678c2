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
    canonical_url,
    mirror_names,
    read_hosts,
    refusal,
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


def _same_page(url: str) -> str:
    """A page's address with scheme, `www.` and a closing slash set aside."""
    bare = canonical_url(url).split("://", 1)[-1].rstrip("/")
    return bare.removeprefix("www.")


def _descriptor_urls(path: Path) -> list[str]:
    meta = json.loads(path.read_text(encoding="utf-8"))
    paths = [meta.get("homepage", "")]
    paths += [entry.get("path", "") for key in ("sources", "licenses") for entry in meta[key]]
    return [p for p in paths if p.startswith("http")]


def _articles() -> set[str]:
    """The articles the bundled claim sets (claims/) check."""
    found: set[str] = set()
    for path in sorted(ROOT.glob("claims/*.yaml")):
        article = yaml.safe_load(path.read_text(encoding="utf-8"))["article"]
        if article.get("url"):
            found.add(_same_page(article["url"]))
    return found


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
def test_every_page_a_note_names_is_within_the_policy(table: Path) -> None:
    problems = [
        f"{where}: {p}"
        for where, urls in _note_urls(table)
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
