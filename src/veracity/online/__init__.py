"""Online sources, opt-in (`verify --online`, or `online = true` in `[tool.veracity]`).

The bundled datasets stay the default and always win where they know a thing. Online, a system
or maker they lack is looked up on Wikidata (`veracity.verifiers.online_wikidata`), and published
fact-checks of similar claims are listed as related reading (`veracity.online.related`).
Everything goes through one HTTP client (`veracity.online.client`): a descriptive User-Agent,
timeouts, bounded retries, a host allowlist and an on-disk cache. A source that fails is named
in the report and the verdict rests on the offline data; a fault never changes a verdict.
"""

from veracity.online.client import ALLOWED_HOSTS, HttpClient, user_agent
from veracity.online.factcheck import FactChecks, PublishedCheck
from veracity.online.session import DEFAULT_CACHE, Online, open_online, wants_online
from veracity.online.wikidata import Entity, Hit, Wikidata

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
