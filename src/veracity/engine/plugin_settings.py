"""A verifier's own settings: `[tool.veracity.verifiers.NAME]`, checked by the schema it declares.

A verifier declares `settings_model`, a pydantic model (forbid extra keys); its table in
pyproject.toml is validated once per run, keys written with hyphens (`wrong-capital`) or
underscores, and the verifier reads the validated model with `context.settings_for(self)`.
A verifier without `settings_model` takes no settings; a table for it is an error, as is a
table for no verifier known to the run, and an unknown key (each with "did you mean").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from veracity.errors import ConfigError
from veracity.suggest import did_you_mean

if TYPE_CHECKING:
    from veracity.engine.plugins import LoadedVerifier

__all__ = ["model_of", "validate_settings"]


def model_of(verifier: object) -> type[BaseModel] | None:
    """The settings schema a verifier (class or instance) declares, if any."""
    model = getattr(verifier, "settings_model", None)
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def _one(name: str, model: type[BaseModel], table: Mapping[str, Any]) -> BaseModel:
    where = f'[tool.veracity.verifiers."{name}"]'
    fields = {
        alias: field_name
        for field_name, info in model.model_fields.items()
        for alias in (field_name, field_name.replace("_", "-"), info.alias)
        if alias
    }
    unknown = [k for k in table if k not in fields]
    if unknown:
        hyphenated = sorted({f.replace("_", "-") for f in model.model_fields})
        hints = ", ".join(f"{k!r}{did_you_mean(k, hyphenated)}" for k in unknown)
        raise ConfigError(f"{where}: unknown keys {hints}; known: {hyphenated}")
    try:
        return model.model_validate({fields[k]: v for k, v in table.items()})
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])).replace('_', '-')}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(f"{where}: {problems}") from None


def validate_settings(
    verifiers: Sequence[LoadedVerifier],
    tables: Mapping[str, Any],
    *,
    complete: bool = True,
) -> dict[str, BaseModel]:
    """Each verifier's validated settings (its defaults when it has no table), by name.

    With `complete` (every installed verifier is loaded, no `--select`), a table whose name
    is no verifier's is an error too.
    """
    by_name = {v.name: v for v in verifiers}
    if complete:
        strays = [n for n in tables if n not in by_name]
        if strays:
            hints = ", ".join(f"{n!r}{did_you_mean(n, by_name)}" for n in strays)
            raise ConfigError(f"[tool.veracity.verifiers]: no verifier named {hints}")
    validated: dict[str, BaseModel] = {}
    for name, loaded in by_name.items():
        model = model_of(loaded.verifier)
        table = tables.get(name)
        if model is None:
            if table:
                raise ConfigError(
                    f'[tool.veracity.verifiers."{name}"]: the verifier takes no settings '
                    "(it declares no settings_model)"
                )
            continue
        validated[name] = _one(name, model, table or {})
    return validated
