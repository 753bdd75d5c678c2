"""What `verify sources` shows: every dataset with its rows and provenance.

    for summary in summarise(Sources()):
        print(summary.id, summary.rows, summary.publisher, summary.retrieved, summary.licence)

`render_text` is for people, `render_json` for scripts and CI (a list of objects with the same
fields). Loading a dataset validates it, so a broken dataset raises `DatasetError` here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from veracity.sources.coverage import Period
from veracity.sources.registry import Sources

__all__ = ["DatasetSummary", "render_json", "render_text", "summarise"]


@dataclass(frozen=True, slots=True)
class DatasetSummary:
    id: str
    title: str
    rows: int
    publisher: str
    retrieved: str
    licence: str
    url: str
    upstream: tuple[tuple[str, str], ...]
    """(title, url) of each upstream source named in the descriptor."""
    row_sources: int
    """Distinct per-row source URLs (0 when the dataset cites one source for all rows)."""
    period: str = ""
    """The period the data covers (its `temporal` label), and for a part how to import the rest."""


def summarise(sources: Sources) -> list[DatasetSummary]:
    """One summary per dataset, sorted by id."""
    summaries = []
    for dataset in sources:
        meta = dataset.meta
        urls: set[str] = set()
        if dataset.row_url_field:
            for row in dataset:
                urls.update(u for u in str(row[dataset.row_url_field] or "").split(" ; ") if u)
        summaries.append(
            DatasetSummary(
                id=meta.id,
                title=meta.title,
                rows=len(dataset),
                publisher=meta.publisher,
                retrieved=meta.retrieved,
                licence=meta.licence,
                url=meta.url,
                upstream=meta.sources,
                row_sources=len(urls),
                period=_period(meta.period),
            )
        )
    return summaries


def _period(period: Period | None) -> str:
    if period is None:
        return ""
    if period.whole:
        return period.label
    return f"{period.label} (a part; import the whole: {period.more})"


def render_text(summaries: list[DatasetSummary]) -> str:
    lines = []
    for s in summaries:
        lines.append(f"{s.id}: {s.title}")
        noun = "row" if s.rows == 1 else "rows"
        lines.append(f"  {s.rows:,} {noun} · {s.publisher} · retrieved {s.retrieved}")
        lines.append(f"  licence: {s.licence}")
        if s.period:
            lines.append(f"  covers: {s.period}")
        for title, url in s.upstream:
            lines.append(f"  source: {title} <{url}>")
        if s.row_sources:
            lines.append(f"  per-row sources: {s.row_sources:,} distinct pages")
    total = sum(s.rows for s in summaries)
    lines.append(f"{len(summaries)} datasets, {total:,} rows")
    return "\n".join(lines) + "\n"


def render_json(summaries: list[DatasetSummary]) -> str:
    return json.dumps([asdict(s) for s in summaries], indent=2, ensure_ascii=False) + "\n"
