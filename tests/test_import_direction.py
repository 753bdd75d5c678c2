"""Imports run one way: the claim model, the data, the analysis, verifiers, reports, the engine.

No module of the lower layers imports a module of a higher one (also not lazily, inside a
function), so a verifier can rely on the analysis and the sources without pulling in report
writers, and the analysis never depends on a verifier's private helpers.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "veracity"
LAYERS = {
    "claims": 0,
    "sources": 1,
    "mentions": 2,
    "quantities": 2,
    "lexicons": 2,
    "analysis": 3,
    "extract": 3,
    "verifiers": 4,
    "reports": 5,
    "engine": 6,
}
"""Sub-packages by layer: a module may import its own layer and those below it."""


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return {n for n in names if n.startswith("veracity.")}


def _layer(module: str) -> int | None:
    parts = module.split(".")
    return LAYERS.get(parts[1]) if len(parts) > 1 else None


@pytest.mark.parametrize("package", sorted(LAYERS))
def test_no_module_imports_a_higher_layer(package: str) -> None:
    own = LAYERS[package]
    wrong = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / package).rglob("*.py"))
        for name in sorted(_imported(path))
        if (layer := _layer(name)) is not None and layer > own
    ]
    assert wrong == []
