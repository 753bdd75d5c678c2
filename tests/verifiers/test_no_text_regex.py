"""No built-in verifier reads claim text with a regex of its own: the analysis reads the claim.

Verifiers keep the data look-up and the judgement; every reading of a claim's words is a stage of
the shared analysis (`veracity.analysis`) or a mention finder it runs, and word lists are lexicon
data files. This scan fails on any call of the `re` module (or an import from it) in a module of
`src/veracity/verifiers/`, and on a verifier's use of the text-matching helper `gap_is`, unless
the call is listed in `ALLOWED` with the reason it reads no claim text.
"""

from __future__ import annotations

import ast
from pathlib import Path

VERIFIERS = Path(__file__).resolve().parents[2] / "src" / "veracity" / "verifiers"
TEXT_HELPERS = frozenset({"gap_is"})
"""Helpers that match a pattern the caller passes over a span of the claim's text."""

ALLOWED: dict[tuple[str, str], str] = {
    ("base.py", "NAME_PATTERN"): "checks a verifier's own name (the plugin contract)",
    ("base.py", "_EXAMPLE"): "reads the example claim of a verifier's docstring (its test)",
    ("base.py", "_OTHER"): "reads the other claims of a verifier's docstring example",
    ("gfp_editions.py", "editions"): "parses a dataset id ('gfp-2024'), a field format",
}
"""(module, top-level name holding the call) → why it is no reading of claim text."""


def _owner(tree: ast.Module, node: ast.AST) -> str:
    """The top-level function, class or assigned name whose body holds `node`."""
    for top in tree.body:
        if any(child is node for child in ast.walk(top)):
            if isinstance(top, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                return top.name
            if isinstance(top, ast.Assign) and isinstance(top.targets[0], ast.Name):
                return top.targets[0].id
            if isinstance(top, ast.AnnAssign) and isinstance(top.target, ast.Name):
                return top.target.id
    return "<module>"


def _regex_uses(path: Path) -> list[tuple[str, str, int]]:
    """(owner, what, line) of each `re.…` call, `from re import`, and text-helper call."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in {"re", "regex"}:
            found.append((_owner(tree, node), f"from {node.module} import", node.lineno))
        elif isinstance(node, ast.Call):
            func = node.func
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id in {"re", "regex"}
            ):
                found.append((_owner(tree, node), f"{func.value.id}.{func.attr}", node.lineno))
            elif isinstance(func, ast.Name) and func.id in TEXT_HELPERS:
                found.append((_owner(tree, node), func.id, node.lineno))
    return found


def _uses() -> dict[tuple[str, str], list[str]]:
    uses: dict[tuple[str, str], list[str]] = {}
    for path in sorted(VERIFIERS.rglob("*.py")):
        for owner, what, line in _regex_uses(path):
            uses.setdefault((path.name, owner), []).append(f"{path.name}:{line} {what}")
    return uses


def test_no_verifier_compiles_a_regex_over_claim_text() -> None:
    unexplained = [where for key, found in _uses().items() if key not in ALLOWED for where in found]
    assert unexplained == [], "read claim text in an analysis stage, not in a verifier"


def test_every_allowed_use_still_exists() -> None:
    """An entry whose use was moved out is deleted, so the list only ever shrinks."""
    assert sorted(set(ALLOWED) - set(_uses())) == []


def test_the_scan_sees_a_regex_and_a_text_helper(tmp_path: Path) -> None:
    module = tmp_path / "example.py"
    module.write_text(
        "import re\n_X = re.compile('a')\n\ndef f(t):\n    return gap_is(t, 0, 1, 'b')\n",
        encoding="utf-8",
    )
    assert _regex_uses(module) == [("_X", "re.compile", 2), ("f", "gap_is", 5)]
