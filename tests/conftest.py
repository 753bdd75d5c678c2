"""Shared fixtures. Tests run only veracity's built-in verifiers unless a test adds its own."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, settings

from veracity.engine.plugins import LoadedVerifier, discover
from veracity.sources import Sources
from veracity.sources.importers import sipri
from veracity.sources.importers._write import field, write_dataset

pytest_plugins = ["veracity.testing"]

# The user's data cache stays untouched: tests (and the `verify` they start) run without one,
# except the tests of the cache, which give it a folder of their own.
os.environ["VERACITY_CACHE_DIR"] = ""

# Property tests: modest and deterministic, so the suite stays fast and a failure reproduces.
settings.register_profile(
    "veracity",
    max_examples=100,
    deadline=None,
    derandomize=True,
    print_blob=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("veracity")

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
SHARED = ROOT.parent / "shared"
FIXTURE_DATA = DATA / "datasets"


@pytest.fixture(scope="session")
def sources() -> Sources:
    return Sources()


@pytest.fixture(scope="session")
def sipri_sources() -> Sources:
    """Bundled datasets, with the SIPRI test excerpt in place of the bundled register."""
    return Sources((FIXTURE_DATA,))


RAW_DATA = Path(os.environ.get("VERACITY_RAW_DATA") or SHARED / "data")
"""The raw material the bundled datasets are compiled from (not in the repository)."""
RAW_SIPRI = RAW_DATA / "sipri-trade-register-1950-2024-raw.csv"


@pytest.fixture(scope="session")
def whole_register_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A datasets folder holding the whole SIPRI register, imported as a user imports it into a
    workspace; skipped when the raw export is absent (a fresh clone)."""
    if not RAW_SIPRI.exists():
        pytest.skip(f"the whole SIPRI register needs the raw export at {RAW_SIPRI}")
    folder = tmp_path_factory.mktemp("whole-register")
    out = folder / "arms-transfers"
    sipri.main([str(RAW_SIPRI), "--retrieved", "2025-03-13", "--out", str(out)])
    return folder


@pytest.fixture(scope="session")
def whole_register(whole_register_dir: Path) -> Sources:
    """Bundled datasets with the whole SIPRI register in place of the bundled part."""
    return Sources((whole_register_dir,))


@pytest.fixture
def bare_sources() -> Sources:
    """Bundled datasets without the SIPRI register, as on an install that lacks it."""
    sources = Sources()
    sources._folders.pop("arms-transfers", None)
    return sources


@pytest.fixture(scope="session")
def builtins() -> list[LoadedVerifier]:
    return discover(builtins_only=True)


@pytest.fixture
def write(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write a text (or bytes) file under tmp_path and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


FIXTURE_SOURCES = Path(__file__).parent / "fixtures" / "sources"


def write_fixture_sources(folder: Path) -> Path:
    """Write every dataset of tests/fixtures/sources/*.yaml into `folder`; return it."""
    for path in sorted(FIXTURE_SOURCES.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        write_dataset(
            folder / spec["descriptor"]["name"],
            spec["descriptor"],
            [field(**f) for f in spec["fields"]],
            spec["rows"],
            spec["primary_key"],
        )
    return folder


@pytest.fixture(scope="session")
def fixture_sources(tmp_path_factory: pytest.TempPathFactory) -> Sources:
    """Bundled datasets plus the small systems, makers, organisations and SIPRI fixtures."""
    return Sources(extra_folders=(write_fixture_sources(tmp_path_factory.mktemp("sources")),))
