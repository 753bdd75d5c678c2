"""The online sources of one run: opened from the settings, shared by every verifier.

`Online.ask(source, call)` runs one look-up. The first fault of a source (timeout, refusal,
HTTP error, unreadable answer) prints ONE notice for the whole run and closes that source for
the rest of the run, so a blocked network costs one timeout, not one per claim; the verifier
that asked gets `SourceUnavailable` and rests on the offline data.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from veracity.errors import ConfigError, SourceUnavailable
from veracity.online import factcheck, wikidata
from veracity.online.factcheck import HOST, KEY_HEADER, KEY_VARIABLE, FactChecks
from veracity.online.wikidata import Wikidata
from veracity.sources.dataset import DatasetMeta

if TYPE_CHECKING:  # the HTTP stack is imported when the client is made, not by offline runs
    import httpx

    from veracity.online.client import HttpClient

__all__ = ["DEFAULT_CACHE", "Online", "open_online", "wants_online"]

T = TypeVar("T")
DEFAULT_CACHE = ".veracity-cache"
"""The cache folder, relative to the workspace (the folder of its pyproject.toml)."""

Notice = Callable[[str], None]
_CITATIONS = {  # title, publisher, URL, licence, description
    wikidata.DATASET: (
        "Wikidata",
        "Wikimedia Foundation; Wikidata contributors",
        "https://www.wikidata.org/",
        "CC0 1.0 (structured data)",
        "Items read online with wbsearchentities and wbgetentities.",
    ),
    factcheck.DATASET: (
        "Google Fact Check Tools API, claims:search",
        "Google; each review by its fact-check publisher",
        "https://developers.google.com/fact-check/tools/api",
        "the publishers' own terms (linked, not copied)",
        "Published fact-checks of similar claims, listed as related reading.",
    ),
}


class Online:
    """Wikidata and Google Fact Check Tools behind one client, with one notice per run."""

    def __init__(self, http: HttpClient, *, factcheck: bool, notice: Notice | None = None) -> None:
        self.http = http
        self.wikidata = Wikidata(http)
        self.factchecks = FactChecks(http) if factcheck else None
        self.unavailable: dict[str, str] = {}
        """Sources closed for this run, with the reason."""
        self._notice = notice
        self._noticed = False

    def ask(self, source: str, call: Callable[..., T], *args: Any) -> T:
        """`call(*args)`, unless `source` already failed in this run; faults close the source.
        Any failure of the call, also an answer its reader could not take apart, is one
        SourceUnavailable."""
        if source in self.unavailable:
            raise SourceUnavailable(source, self.unavailable[source])
        try:
            try:
                return call(*args)
            except (TypeError, KeyError, AttributeError, IndexError, ValueError) as exc:
                # an answer of a shape the reader did not foresee is the source's fault too
                raise SourceUnavailable(
                    source, f"unexpected answer ({type(exc).__name__})"
                ) from None
            except RecursionError:
                raise SourceUnavailable(source, "the answer nests too deeply") from None
        except SourceUnavailable as exc:
            self.unavailable[exc.source] = exc.reason
            if self._notice is not None and not self._noticed:
                self._noticed = True
                self._notice(
                    f"online: {exc.source} is unavailable ({exc.reason}); "
                    "verdicts rest on the bundled data"
                )
            raise

    def meta(self, dataset_id: str) -> DatasetMeta | None:
        """How a report cites an online source its findings used (None for other ids)."""
        readers = {wikidata.DATASET: self.wikidata, factcheck.DATASET: self.factchecks}
        reader = readers.get(dataset_id)
        if reader is None:
            return None
        title, publisher, url, licence, description = _CITATIONS[dataset_id]
        return DatasetMeta(
            dataset_id, title, publisher, url, reader.retrieved, licence, description
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Online:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def wants_online(flag: bool | None, settings: Mapping[str, Any]) -> bool:
    """`--online` on the command line, else `online = true` in `[tool.veracity]`."""
    if flag is not None:
        return flag
    value = settings.get("online", False)
    if not isinstance(value, bool):
        raise ConfigError(f"online: expected true or false, got {value!r}")
    return value


def open_online(
    settings: Mapping[str, Any],
    root: Path,
    *,
    notice: Notice | None = None,
    transport: httpx.BaseTransport | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Online:
    """The run's online sources, configured from `[tool.veracity]` and the environment.

    `online-cache` names the cache folder (default `.veracity-cache/` in the workspace; `false`
    turns the cache off), `online-contact` the operator's e-mail or URL for the User-Agent.
    """
    cache_setting = settings.get("online-cache", DEFAULT_CACHE)
    cache_dir: Path | None = None
    if cache_setting is not False:
        if not isinstance(cache_setting, str):
            raise ConfigError(f"online-cache: expected a folder or false, got {cache_setting!r}")
        cache_dir = root / cache_setting
        try:
            import hishel  # noqa: F401
        except ImportError:
            cache_dir = None
            if notice is not None:
                notice("online: hishel is not installed (pip install 'veracity[online]'); no cache")
    contact = settings.get("online-contact")
    if contact is not None and not isinstance(contact, str):
        raise ConfigError(f"online-contact: expected an e-mail address or URL, got {contact!r}")
    key = environ.get(KEY_VARIABLE, "").strip()
    from veracity.online.client import HttpClient

    http = HttpClient(
        transport=transport,
        cache_dir=cache_dir,
        contact=contact,
        secrets={HOST: {KEY_HEADER: key}} if key else None,
    )
    return Online(http, factcheck=bool(key), notice=notice)
