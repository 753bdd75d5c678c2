"""Imports run one way: the claim model, the data, the analysis, online sources, verifiers,
reports, the engine.

No module of the lower layers imports a module of a higher one (also not lazily, inside a
function), so a verifier can rely on the analysis and the sources without pulling in report
writers, and the analysis never depends on a verifier's private helpers. The modules at the
package's root (`context`, `config`, `memo`) belong to no layer, so the data and the analysis are
also checked through them: no chain of run-time imports leads from `sources/` or `analysis/` to
a verifier or a report module.
"""

from __future__ import annotations

import ast
import functools
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
    "online": 4,
    "verifiers": 5,
    "reports": 6,
    "engine": 7,
}
"""Sub-packages by layer: a module may import its own layer and those below it. `online/` (the
HTTP client, Wikidata, published fact-checks) reads the sources and the analysis; a verifier may
consult it, never the other way round."""


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


def _module_path(name: str) -> Path | None:
    path = PACKAGE.joinpath(*name.split(".")[1:])
    if (path / "__init__.py").exists():
        return path / "__init__.py"
    return path.with_suffix(".py") if path.with_suffix(".py").exists() else None


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def _run_time_imports(path: Path) -> set[str]:
    """The package's modules `path` imports when it runs (relative imports resolved; imports
    under `if TYPE_CHECKING:` left out, since they never execute)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(child)
        for node in ast.walk(tree)
        if isinstance(node, ast.If)
        and isinstance(node.test, ast.Name)
        and node.test.id == "TYPE_CHECKING"
        for stmt in node.body
        for child in ast.walk(stmt)
    }
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return {n for n in names if n.startswith("veracity") and _module_path(n) is not None}


def _reached(start: str) -> dict[str, str]:
    """Every module `start` imports at run time, directly or through others: module → importer."""
    via: dict[str, str] = {}
    todo = [start]
    while todo:
        current = todo.pop()
        path = _module_path(current)
        assert path is not None
        for name in _run_time_imports(path):
            if name not in via and name != start:
                via[name] = current
                todo.append(name)
    return via


_HIGHER = ("veracity.verifiers", "veracity.reports")
_OUT_OF_REACH = {
    "sources": (*_HIGHER, "veracity.online"),
    "analysis": (*_HIGHER, "veracity.online"),
    "online": _HIGHER,
}
"""What no chain of run-time imports from each package may arrive at."""


@pytest.mark.parametrize("package", sorted(_OUT_OF_REACH))
def test_the_data_the_analysis_and_online_sources_never_reach_a_verifier_or_a_report(
    package: str,
) -> None:
    """Also not through a root module (`veracity.context`, `veracity.config`): the chain of
    imports from each module of the package never arrives at `verifiers` or `reports`, and
    from `sources/` or `analysis/` never at `online/` either (an offline run needs no HTTP)."""
    wrong: list[str] = []
    for path in sorted((PACKAGE / package).rglob("*.py")):
        start = _module_name(path)
        via = _reached(start)
        for name in sorted(via):
            if name.startswith(_OUT_OF_REACH[package]):
                chain = [name]
                while chain[-1] != start:
                    chain.append(via[chain[-1]])
                wrong.append(" <- ".join(chain))
                break
    assert wrong == []
