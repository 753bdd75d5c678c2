"""Pin every Wikipedia page the research tables cite to the revision that was live when the
row was read: `https://<lang>.wikipedia.org/wiki/<Title>` becomes
`https://<lang>.wikipedia.org/w/index.php?title=<Title>&oldid=<revision>`.

No machine of the project reaches Wikipedia, so this is for a maintainer with network access
(docs/data.md, "Source policy"). For each cited article it asks the MediaWiki API for the
newest revision at or before the end of the row's `retrieved` day (the row's own date, else
`data-src/RETRIEVED`), following redirects, and rewrites the cell in place. An article the API
does not know, or one created after that day, is left as it is and reported.

    python tools/pin_wikipedia.py data-src            # rewrite the tables
    python tools/pin_wikipedia.py data-src --dry-run  # only print what would change

Then rebuild the catalogue with the command in docs/data.md.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, unquote

import httpx

#: A cited Wikipedia article by title (not already a permanent revision).
ARTICLE = re.compile(r"^https://([a-z-]+)\.wikipedia\.org/wiki/([^?#]+)$")
TABLES = (
    "systems-A",
    "systems-B",
    "systems-C",
    "manufacturers",
    "organisations",
    "country-names",
    "historical-states",
)
USER_AGENT = "veracity-pin-wikipedia/1 (https://github.com/veracity; maintainer run)"

Lookup = Callable[[str, str, str], int | None]


def revision_at(client: httpx.Client) -> Lookup:
    """A look-up of the revision of `title` on `lang`.wikipedia.org live at the end of `day`."""

    def lookup(lang: str, title: str, day: str) -> int | None:
        answer = client.get(
            f"https://{lang}.wikipedia.org/w/api.php",
            params={
                "action": "query",
                "format": "json",
                "formatversion": "2",
                "prop": "revisions",
                "titles": title,
                "redirects": "1",
                "rvlimit": "1",
                "rvprop": "ids|timestamp",
                "rvdir": "older",
                "rvstart": f"{day}T23:59:59Z",
            },
        )
        answer.raise_for_status()
        pages = answer.json().get("query", {}).get("pages", [])
        revisions = pages[0].get("revisions", []) if pages else []
        return int(revisions[0]["revid"]) if revisions else None

    return lookup


def pinned(url: str, day: str, lookup: Lookup) -> str | None:
    """The permanent-revision URL of a cited article, or None when it cannot be pinned."""
    match = ARTICLE.match(url)
    if match is None:
        return None
    lang, title = match.group(1), unquote(match.group(2)).replace("_", " ")
    revision = lookup(lang, title, day)
    if revision is None:
        return None
    slug = quote(title.replace(" ", "_"), safe="()_,'-.:")
    return f"https://{lang}.wikipedia.org/w/index.php?title={slug}&oldid={revision}"


def pin_table(path: Path, research_date: str, lookup: Lookup, log: Callable[[str], None]) -> str:
    """The table's text with its Wikipedia citations pinned (same bytes when nothing is)."""
    text = path.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    urls, dated = header.index("source_url"), "retrieved" in header
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            continue
        day = (row[header.index("retrieved")] if dated else "") or research_date
        cited = [u.strip() for u in row[urls].split(" ; ") if u.strip()]
        for i, url in enumerate(cited):
            if ARTICLE.match(url):
                new = pinned(url, day, lookup)
                log(f"{path.name}:{number}: {url} -> {new or 'not pinned'}")
                cited[i] = new or url
        row[urls] = " ; ".join(cited)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("research", type=Path, help="the folder of researched tables (data-src)")
    parser.add_argument("--dry-run", action="store_true", help="print, do not rewrite")
    args = parser.parse_args(argv)
    research_date = (args.research / "RETRIEVED").read_text(encoding="utf-8").strip()
    with httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=30) as client:
        lookup = revision_at(client)
        for name in TABLES:
            path = args.research / f"{name}.csv"
            if not path.exists():
                continue
            text = pin_table(path, research_date, lookup, lambda line: print(line))
            if not args.dry_run:
                path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
