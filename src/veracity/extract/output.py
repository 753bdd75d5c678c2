"""Write claim sets as YAML in the DESIGN format: deterministic text, written atomically.

Every string is double-quoted (YAML's JSON-like style, escapes included), keys come in the
order of the models, and nothing depends on the clock or the machine, so the same article gives
the same bytes. A file is first written beside its destination, loaded back with the claim-set
loader (so a file that would not load is never left behind) and then moved into place.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import yaml

from veracity.claims import load_claim_set
from veracity.claims.models import Article, Claim, ClaimSet
from veracity.errors import ClaimFileError, ExtractError

__all__ = ["render_claim_set", "render_claims", "write_atomically"]


def _new_file_mode() -> int:
    """The permissions a new file gets under the process's umask (0644 under the usual 022)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


_ARTICLE_KEYS = ("id", "title", "url", "published", "publisher", "text")
_CLAIM_KEYS = ("text", "quote", "country", "year", "source", "checkable", "note")


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if not isinstance(value, str):
        return str(value)  # dates: ISO form
    dumped = yaml.safe_dump(value, default_style='"', allow_unicode=True, width=1_000_000_000)
    return dumped.rstrip("\n")


def render_claims(claims: Iterable[Claim], indent: int = 2) -> str:
    """The claims as YAML block-sequence items, each starting with `- id:`."""
    pad = " " * indent
    lines: list[str] = []
    for claim in claims:
        lines.append(f"{pad}- id: {claim.id}")
        for key in _CLAIM_KEYS:
            value = getattr(claim, key)
            if value is not None and value is not True:
                lines.append(f"{pad}  {key}: {_scalar(value)}")
    return "".join(line + "\n" for line in lines)


def render_claim_set(article: Article, claims: Iterable[Claim], origin: str) -> str:
    """A whole claim-set file, with a header saying where it comes from."""
    lines = [
        f"# Claim set extracted by `verify extract` from {origin}.",
        "# Curate freely: re-running the extraction keeps every claim of this file as it is,",
        "# inserts new statements where the article says them and reports claims whose words",
        "# left the article.",
        "article:",
    ]
    for key in _ARTICLE_KEYS:
        value = getattr(article, key)
        if value is not None:
            lines.append(f"  {key}: {value if key == 'id' else _scalar(value)}")
    lines.append("claims:")
    return "\n".join(lines) + "\n" + render_claims(claims)


def write_atomically(path: Path, content: str) -> ClaimSet:
    """Write a claim-set file only if it loads back; return the loaded set."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExtractError(f"{path}: cannot write the claim set: {exc.strerror or exc}") from None
    temp = Path(temporary)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(content)
        os.chmod(temp, path.stat().st_mode & 0o7777 if path.exists() else _new_file_mode())
        claim_set = load_claim_set(temp)
        os.replace(temp, path)
    except ClaimFileError as exc:
        raise ExtractError(
            f"{path}: the claim set would not load, nothing written:\n{exc}"
        ) from None
    except OSError as exc:
        raise ExtractError(f"{path}: cannot write the claim set: {exc.strerror or exc}") from None
    finally:
        temp.unlink(missing_ok=True)
    return claim_set.model_copy(update={"path": path})
