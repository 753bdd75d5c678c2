"""Extract an article's claim set, and write or merge it into a claim-set file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from veracity.claims import MAX_FILE_BYTES, load_claim_set
from veracity.claims.models import Article, Claim, ClaimSet
from veracity.errors import ExtractError
from veracity.extract.document import Document
from veracity.extract.ids import slugify
from veracity.extract.merge import merge
from veracity.extract.output import render_claim_set, write_atomically
from veracity.extract.pipeline import extract_claims
from veracity.extract.reading import read_article
from veracity.workspace import Refused, inside, quoted, read_file, workspace_of

__all__ = ["Extraction", "extract", "extract_to_file"]

MAX_TITLE = 160


@dataclass(frozen=True, slots=True)
class Extraction:
    """What `extract_to_file` did: the file, its claim set, and the fate of each claim."""

    path: Path
    claim_set: ClaimSet
    added: tuple[Claim, ...]
    kept: tuple[Claim, ...]
    vanished: tuple[Claim, ...]
    moved: tuple[Claim, ...] = ()
    changed: tuple[tuple[Claim, Claim], ...] = ()
    """(claim of the file, the added statement it became in the edited article)."""


def _title(document: Document, claims: list[Claim]) -> str:
    title = document.title or claims[0].text
    if len(title) > MAX_TITLE:
        title = title[:MAX_TITLE].rsplit(" ", 1)[0] + "…"
    return title


def _article(document: Document, source: Path, output: Path | None, claims: list[Claim]) -> Article:
    stem = (output or source).stem
    text = None
    if document.format == "text":
        base = output.parent if output is not None else Path.cwd()
        workspace = workspace_of(output if output is not None else base / "claims.yaml")
        if inside(source.resolve(), workspace):  # else `verify` would refuse to read it
            text = Path(os.path.relpath(source.resolve(), base.resolve())).as_posix()
    return Article(
        id=slugify(stem)[:80].strip("-") or "article",
        title=_title(document, claims),
        url=document.url,
        published=document.published,
        publisher=document.publisher,
        text=text,
    )


def extract(article: str | Path, output: str | Path | None = None) -> ClaimSet:
    """The claim set of an article file; `output` (the claim file to be) names it and anchors
    `text:`. Raises ExtractError for an article that cannot be read or has no statement."""
    source = Path(article)
    target = Path(output) if output is not None else None
    document = read_article(source)
    claims = extract_claims(document)
    if not claims:
        raise ExtractError(f"{source}: no statement found in the article — nothing to extract")
    return ClaimSet(
        article=_article(document, source, target, claims),
        claims=tuple(claims),
        path=target,
        article_text=document.text,
    )


def extract_to_file(article: str | Path, output: str | Path) -> Extraction:
    """Write the article's claim set to `output`, merging into it when it exists.

    A claim already in the file is never changed; new statements are inserted where the
    article says them; claims whose words left the article are reported in `changed` (paired
    with the new statement that edits them) or `vanished` (and kept); claims found out of the
    file's order in `moved`. Nothing
    is written when the article or the existing file cannot be read, or when nothing is new.
    """
    target = Path(output)
    fresh = extract(article, target)
    if not target.exists():
        origin = fresh.article.text or Path(article).name
        written = write_atomically(target, render_claim_set(fresh.article, fresh.claims, origin))
        return Extraction(target, written, fresh.claims, (), ())
    existing = load_claim_set(target)
    try:
        raw = read_file(target, limit=MAX_FILE_BYTES, root=workspace_of(target))
        content = raw.decode("utf-8")
    except (Refused, UnicodeDecodeError) as exc:
        raise ExtractError(f"{quoted(target)}: cannot read the claim set: {exc}") from None
    merged = merge(existing, content, fresh.claims, fresh.article_text or "")
    result = write_atomically(target, merged.content) if merged.added else existing
    return Extraction(
        target,
        result,
        merged.added,
        merged.kept,
        merged.vanished,
        merged.moved,
        merged.changed,
    )
