"""Validate a claim file's data against the models, every problem located at its node."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from veracity.claims.messages import FIELDS, describe, unknown_key_hint
from veracity.claims.models import Article, Claim
from veracity.claims.nodes import REFUSED, DataPath, NodeReader

__all__ = ["validate"]

M = TypeVar("M", bound=BaseModel)


def _name(key: str, limit: int = 40) -> str:
    key = key if len(key) <= limit else key[: limit - 1] + "…"
    return "`" + key.replace("`", "'") + "`"


def validate(data: Any, reader: NodeReader) -> tuple[Article | None, list[Claim]]:
    """The article and the valid claims; a problem is added to `reader` for each fault."""
    if data is REFUSED:
        return None, []
    if not isinstance(data, dict):
        reader.problem(
            reader.positions.value.get(()),
            "the file must be a mapping with `article:` and `claims:`",
            "see the minimal form in README.md",
        )
        return None, []
    for key in data:
        if key not in FIELDS["top"]:
            reader.problem(
                reader.positions.key.get((key,)),
                f"unknown key {_name(key)}",
                unknown_key_hint("top", key),
            )
    for key in ("article", "claims"):
        if key not in data:
            reader.problem(None, f"`{key}:` is missing", f"add a top-level `{key}:` section")
    article = None
    if "article" in data:
        article = _validate_one(Article, "article", data["article"], ("article",), reader)
    return article, _claims(data, reader)


def _claims(data: dict[str, Any], reader: NodeReader) -> list[Claim]:
    raw_claims = data.get("claims")
    if raw_claims is REFUSED:
        return []
    if "claims" in data and not isinstance(raw_claims, list):
        reader.problem(
            reader.positions.find(("claims",)),
            "`claims` must be a list",
            "start each claim with `- id: …`",
        )
        return []
    if isinstance(raw_claims, list) and not raw_claims:
        reader.problem(
            reader.positions.find(("claims",)), "`claims` is empty", "add at least one claim"
        )
    claims: list[Claim] = []
    first_seen: dict[str, int] = {}
    for index, raw in enumerate(raw_claims or []):
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        if isinstance(raw_id, str) and raw_id in first_seen:
            reader.problem(
                reader.positions.find(("claims", index, "id")),
                f"the claim id {_name(raw_id)} is used twice",
                f"ids must be unique; claim {first_seen[raw_id] + 1} already uses it",
            )
            continue
        if isinstance(raw_id, str):
            first_seen[raw_id] = index
        claim = _validate_one(Claim, "claim", raw, ("claims", index), reader)
        if claim is not None:
            claims.append(claim)
    return claims


def _validate_one(
    model: type[M], section: str, raw: Any, at: DataPath, reader: NodeReader
) -> M | None:
    if raw is REFUSED:
        return None
    if not isinstance(raw, dict):
        reader.problem(
            reader.positions.find(at),
            f"this {section} must be a mapping",
            "write `key: value` lines under it",
        )
        return None
    try:
        return model.model_validate(raw, strict=False)
    except ValidationError as exc:
        for error in exc.errors():
            if error.get("input") is REFUSED:
                continue
            loc = (*at, *error["loc"])
            if error["type"] == "extra_forbidden":
                key = str(error["loc"][-1])
                reader.problem(
                    reader.positions.key.get(loc) or reader.positions.find(loc),
                    f"unknown key {_name(key)} in this {section}",
                    unknown_key_hint(section, key),
                )
                continue
            what, hint = describe(error)
            reader.problem(reader.positions.find(loc), what, hint)
        return None
