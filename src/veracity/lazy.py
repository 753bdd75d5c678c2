"""Package attributes imported on first use (PEP 562), so importing a package stays cheap.

    __getattr__, __dir__ = lazy_attributes(__name__, globals(), _EXPORTS, __all__)

`_EXPORTS` maps each public name to the module that defines it; the first access imports that
module and keeps the value in the package's namespace, so later accesses cost nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from typing import Any

__all__ = ["lazy_attributes"]


def lazy_attributes(
    package: str,
    namespace: MutableMapping[str, Any],
    exports: Mapping[str, str],
    public: Sequence[str],
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The `__getattr__` and `__dir__` of a package whose names are imported on first use."""

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return list(public)

    return __getattr__, __dir__
