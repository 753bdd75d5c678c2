"""Online sources, opt-in (`verify --online`, or `online = true` in `[tool.veracity]`).

The bundled datasets stay the default and always win where they know a thing. Online, a system
or maker they lack is looked up on Wikidata (`veracity.verifiers.online_wikidata`), and published
fact-checks of similar claims are listed as related reading (`veracity.online.related`).
Everything goes through one HTTP client (`veracity.online.client`): a descriptive User-Agent,
timeouts, bounded retries, a host allowlist and an on-disk cache. A source that fails is named
in the report and the verdict rests on the offline data; a fault never changes a verdict.

Names are imported on first use: an offline run imports the verifier's statement reading from
here but never the HTTP stack (httpx), as `import veracity` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from veracity.lazy import lazy_attributes

if TYPE_CHECKING:
    from veracity.online.client import ALLOWED_HOSTS, HttpClient, user_agent
    from veracity.online.factcheck import FactChecks, PublishedCheck
    from veracity.online.session import DEFAULT_CACHE, Online, open_online, wants_online
    from veracity.online.wikidata import Entity, Hit, Wikidata

_EXPORTS = {
    "ALLOWED_HOSTS": "veracity.online.client",
    "HttpClient": "veracity.online.client",
    "user_agent": "veracity.online.client",
    "FactChecks": "veracity.online.factcheck",
    "PublishedCheck": "veracity.online.factcheck",
    "DEFAULT_CACHE": "veracity.online.session",
    "Online": "veracity.online.session",
    "open_online": "veracity.online.session",
    "wants_online": "veracity.online.session",
    "Entity": "veracity.online.wikidata",
    "Hit": "veracity.online.wikidata",
    "Wikidata": "veracity.online.wikidata",
}

__all__ = [
    "ALLOWED_HOSTS",
    "DEFAULT_CACHE",
    "Entity",
    "FactChecks",
    "Hit",
    "HttpClient",
    "Online",
    "PublishedCheck",
    "Wikidata",
    "open_online",
    "user_agent",
    "wants_online",
]


__getattr__, __dir__ = lazy_attributes(__name__, globals(), _EXPORTS, __all__)
