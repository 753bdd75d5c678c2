"""Property tests of the workspace settings: any pyproject.toml gives Settings whose folders
lie inside the workspace, or one ConfigError naming the file; nothing else escapes."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from strategies import hostile
from veracity.config import KEYS, PATH_KEYS, Settings, load_settings
from veracity.errors import ConfigError
from veracity.workspace import inside

paths = st.sampled_from(
    ["reports", "data", "../", "../../etc", "/etc", "a/../../b", "./x", "x/./../..", "~", ""]
) | st.text(max_size=20)
values: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile | paths,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=6,
)


def toml_value(value: Any) -> str:
    """`value` as TOML (None as a string: TOML has no null)."""
    if value is None:
        return '"none"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value) if not isinstance(value, float) or value == value else "nan"
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a TOML basic string, escapes and all
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


tables = st.dictionaries(st.sampled_from(sorted(KEYS)) | st.text(max_size=10), values, max_size=5)


def settings_of(text: str) -> Settings | None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "ws"
        (root / "claims").mkdir(parents=True)
        (root / "pyproject.toml").write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            settings = load_settings(root / "claims")
        except ConfigError as exc:
            message = str(exc)
            assert "pyproject.toml" in message
            assert "\n" not in message
            return None
        assert settings.root == root.resolve()
        for key in PATH_KEYS:
            folder_setting = settings.path(key)
            if isinstance(settings.table.get(key), str) and folder_setting is not None:
                assert inside(Path(os.path.realpath(folder_setting)), root), (key, folder_setting)
        settings.fail_on  # noqa: B018 - validated: must not raise now
        settings.author  # noqa: B018
        return settings


@given(tables)
def test_any_tool_veracity_table(table: dict[str, Any]) -> None:
    lines = [f"{json.dumps(key)} = {toml_value(value)}" for key, value in table.items()]
    settings_of("[tool.veracity]\n" + "\n".join(lines) + "\n")


@given(st.text(max_size=300))
def test_any_text_as_pyproject(text: str) -> None:
    settings_of(text)


@given(st.sampled_from(sorted(PATH_KEYS)), paths)
def test_folder_settings_stay_inside(key: str, value: str) -> None:
    settings = settings_of(f"[tool.veracity]\n{json.dumps(key)} = {json.dumps(value)}\n")
    if settings is not None:
        assert not Path(value).is_absolute()
