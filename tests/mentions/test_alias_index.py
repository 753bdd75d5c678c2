"""The alias index: prefix walks over the sorted keys."""

from __future__ import annotations

from veracity.mentions import alias_index
from veracity.sources import Sources


def test_longer_keys_start_with_the_key(sources: Sources) -> None:
    index = alias_index(sources)
    found = list(index.longer("leopard"))
    assert "leopard2a4" in found
    assert "leopard" not in found  # only keys that go on
    assert all(k.startswith("leopard") for k in found)
    assert index.extends("leopard2")
    assert list(index.longer("zzzzzz")) == []
