"""The source policy of docs/data.md as code: which cited pages a bundled dataset may carry.

A cited page must be the publisher's own (canonical URL, no tracking or session parameters)
on a host that someone reviewed and listed in `data-src/hosts.csv` with its kind and review
date. Whatever matches a deny rule (mirrors, proxies, scrapers, document dumps, forums, blogs
on hosting platforms, campaign sites, edit, diff or search URLs, bare IP addresses,
non-standard ports) is refused even if listed. A page of state media counts only beside an
independent one.

    >>> canonical_url("https://en.m.wikipedia.org/wiki/Mi-17?utm_source=x")
    'https://en.wikipedia.org/wiki/Mi-17'
"""

from __future__ import annotations

import csv
import ipaddress
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = [
    "KINDS",
    "HostReview",
    "canonical_url",
    "host_of",
    "mirror_names",
    "read_hosts",
    "refusal",
    "reviewed_host",
    "row_problems",
    "split_urls",
]

#: Kinds of reviewed host; `state-media` supports a fact only beside another kind.
KINDS = ("data", "publisher", "press", "reference", "state-media")

# Query parameters that select no other page: tracking and referral tags, session ids, and
# views of the same page (print, comments, a "back to" or redirect-back link).
_TRACKING = re.compile(
    r"(utm_[a-z]+|fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ocid|cmpid"
    r"|fr|sessionid|sid|phpsessid|jsessionid|rdp_we_resource|related_post_from|source"
    r"|oref|u3l|rd|from_rss|chat_room_id|print|comments|return|redirect)",
    re.IGNORECASE,
)


@cache
def _same_publisher() -> dict[str, str]:
    """Hosts that are the same publisher under another name (mobile, back-end and test hosts, a
    bare domain whose pages are served on `www.`), from `same-publisher-hosts.txt`."""
    text = resources.files(__package__).joinpath("same-publisher-hosts.txt").read_text("utf-8")
    pairs = (line.split("#", 1)[0].split() for line in text.splitlines())
    return {pair[0]: pair[1] for pair in pairs if pair}


@cache
def _mirror_names() -> re.Pattern[str]:
    """The names of refused copies of other sites a note may not name (`mirror-names.txt`)."""
    text = resources.files(__package__).joinpath("mirror-names.txt").read_text("utf-8")
    names = [line.split("#", 1)[0].split("=", 1)[0].strip() for line in text.splitlines()]
    words = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names if name)
    return re.compile(rf"\b({words})\b", re.IGNORECASE)


def mirror_names(text: str) -> list[str]:
    """The refused copies of other sites (Wikipedia mirrors, scrapers ...) a note names.

    >>> mirror_names("introduced 1972 (WikiMili; Asian Sky Group)")
    ['WikiMili']
    """
    return [found.group(0) for found in _mirror_names().finditer(text)]


_MOBILE_WIKIPEDIA = re.compile(r"^([a-z-]+)\.m\.wikipedia\.org$")

# (reason, host pattern): a host matching the pattern is refused whatever the list says.
_DENIED_HOSTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern))
    for reason, pattern in (
        (
            "a Wikipedia mirror or scraper",
            r"(^|\.)(wikimili\.com|liquisearch\.com|wiki\.riteme\.site|wikiwand\.com"
            r"|everything\.explained\.today|alchetron\.com|infogalactic\.com|owiki\.org"
            r"|wikisum\.wiki|kiddle\.co|academic\.ru|de-academic\.com|knowpia\.com"
            r"|wpedia\.goo\.ne\.jp|grokipedia\.com|worddisk\.com|gutenberg\.us|piglix\.com"
            r"|the-uncensored-wiki\.com|pinocchiopedia\.com|rightsta\.com|wikiclassic\.com"
            r"|kampuspedia\.com|profilbaru\.com|areq\.net|askwikinow\.com|clateway\.com"
            r"|nina\.az|wiki-gateway\.eudic\.net|absoluteastronomy\.com|netipedia\.com"
            r"|infospaze\.com|wikicorner\.com|wipi\.ai\.kr|mediated\.wiki|golden\.com"
            r"|perceptiode\.com|wiki\.li|wikiup\.org|earthspot\.org|biancahoegel\.de"
            r"|triplydb\.com|classicistranieri\.com|techsciencenews\.com|reference\.com"
            r"|cryer\.org\.uk|worldlibrary\.net|typesofplanes\.[a-z.]+|wikizero\.com|wiki2\.org"
            r"|en-academic\.com|wikibrief\.org|justapedia\.org|dbpedia\.org"
            r"|encyclopedia2?\.thefreedictionary\.com|wiki\.kidzsearch\.com)$",
        ),
        (
            "an offline or IPFS copy of Wikipedia",
            r"(kiwix|ipfs|ipns|wikipedia-on-ipfs|osmarks\.net|wiki\.av1\.space|jakami\.de"
            r"|(^|\.)dweb\.link$|(^|\.)4everland\.io$|(^|\.)w3s\.link$)",
        ),
        (
            "a user-edited wiki",
            r"(^|\.)(fandom\.com|wikia\.org|wikidot\.com|atwiki\.jp)$",
        ),
        (
            "a document dump",
            r"(^|\.)(docslib\.org|flipbuilder\.com|issuu\.com|issuhub\.com|scribd\.com"
            r"|slideshare\.net|yudu\.com|vlex\.com|preservearticles\.com)$",
        ),
        (
            "a translation or web proxy",
            r"(^|\.)(ilovetranslation\.com|stringtranslate\.com|jpshuntong\.com"
            r"|translate\.goog|movatter\.jp|wonilvalve\.com|yowlink\.com|arietiform\.com"
            r"|fanyv88\.com|clevelandohioweatherforecast\.com|mobsearch\.net)$",
        ),
        (
            "an app-hosting or content-delivery host, not a publisher",
            r"(\.up\.railway\.app|\.deno\.dev|\.cloudfront\.net|\.amazonaws\.com"
            r"|\.fastly\.net|\.cloudns\.be|\.carrierzone\.com|\.tk|\.cfd|\.xyz|\.party)$",
        ),
        (
            "a blog or personal page on a hosting platform",
            r"(^|\.)(blogspot\.com|wordpress\.com|medium\.com|over-blog\.com|tripod\.com"
            r"|ucoz\.com|jimdofree\.com|livedoor\.jp|blogg\.se|rssing\.com|sites\.google\.com)$",
        ),
        (
            "a forum or social site",
            r"(^|\.)(pprune\.org|5ch\.net|pikabu\.ru|wykop\.pl|dzen\.ru|rallypoint\.com"
            r"|listserve\.net|quizzclub\.com)$",
        ),
        (
            "a campaign site",
            r"(^|\.)(boycott-turkey\.net|wri-irg\.org|unitedagainstnucleariran\.com"
            r"|jewworldorder\.org|facing-finance\.org|antiwar\.com)$",
        ),
        (
            "a disinformation network",
            r"(^|\.)(news-pravda\.com|news-front\.info|news-front\.su|topwar\.ru|topcor\.ru)$",
        ),
    )
)
# Query parameters that make a URL a view of a listing rather than an article: a page number
# or offset (what the page shows shifts as entries are added), a feed item's id on a home page,
# or a listing's facets, filters, sort order or entry type. An article's identity is its path or
# an id parameter, never one of these.
_LISTING = re.compile(
    r"(page|paged|pg|start|offset|rss|rssid|feed|f\[\d*\]|filter|facet|sort|type)",
    re.IGNORECASE,
)
# A path segment that makes the URL another view of an article (a print, AMP or share view):
# the article itself is the same path without it, which canonical_url gives.
_VIEW_SEGMENT = re.compile(r"/(print|amp|share)(?=/)", re.IGNORECASE)
# A slug cut short: the last path segment ends in a hyphen (a title cut mid-phrase).
_TRUNCATED_SLUG = re.compile(r"-/?$")
_DENIED_URLS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, re.IGNORECASE))
    for reason, pattern in (
        ("an edit link", r"[?&](veaction|action)=(edit|submit)\b"),
        ("a diff, not a page", r"[?&]diff="),
        ("a search URL", r"(/search\b|[?&](search|q)=)"),
        ("a proxy of another URL", r"(/https?[:/]|=https?(%3a|:)|url-[0-9a-f]{20,})"),
    )
)


@dataclass(frozen=True)
class HostReview:
    """One reviewed host: what kind of source it is, and when someone decided so."""

    host: str
    kind: str
    reviewed: str
    note: str = ""


def split_urls(cell: str) -> list[str]:
    """The URLs of a `source_url` cell (joined by ` ; `)."""
    return [part.strip() for part in cell.split(" ; ") if part.strip()]


def host_of(url: str) -> str:
    """The canonical host of a URL (lower case, no trailing dot or port, desktop host)."""
    return urlsplit(canonical_url(url)).hostname or ""


def reviewed_host(host: str) -> str:
    """The form a host is reviewed under in `data-src/hosts.csv`: lower case, no trailing dot,
    no leading `www.`. A review covers a publisher's domain, whether its pages are served on
    `www.` or on the bare domain (which of the two a URL must use is canonical_url's concern).

    >>> reviewed_host("WWW.FlightGlobal.com.")
    'flightglobal.com'
    """
    return host.strip().lower().rstrip(".").removeprefix("www.")


def canonical_url(url: str) -> str:
    """The URL as its publisher serves it: no tracking or session parameters, no mobile host."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").rstrip(".")
    host = _same_publisher().get(host, host)
    mobile = _MOBILE_WIKIPEDIA.match(host)
    if mobile:
        host = f"{mobile.group(1)}.wikipedia.org"
    port = parts.port if parts.port not in (None, 80, 443) else None
    netloc = host if port is None else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    kept = [(k, v) for k, v in query if not _TRACKING.fullmatch(k)]
    new_query = parts.query if len(kept) == len(query) else urlencode(kept)
    path = _VIEW_SEGMENT.sub("", parts.path)
    return urlunsplit((parts.scheme.lower(), netloc, path, new_query, parts.fragment))


def _denied(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return "not a web page"
    host = (parts.hostname or "").rstrip(".")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return "a bare IP address, not a publisher's host"
    if parts.port not in (None, 80, 443):
        return "a non-standard port"
    for reason, pattern in _DENIED_HOSTS:
        if pattern.search(host):
            return reason
    for reason, pattern in _DENIED_URLS:
        if pattern.search(url):
            return reason
    if any(_LISTING.fullmatch(key) for key, _ in parse_qsl(parts.query, keep_blank_values=True)):
        return "a listing, feed or paginated view, not an article: cite the article's own page"
    if _VIEW_SEGMENT.search(parts.path):
        return "a print, AMP or share view: cite the article's own page"
    if _TRUNCATED_SLUG.search(parts.path):
        return "a truncated slug (it ends in a hyphen): cite the page at its whole address"
    return None


def refusal(url: str, hosts: Mapping[str, HostReview]) -> str | None:
    """Why the policy refuses `url` as it is written, or None when it may be cited."""
    denied = _denied(url)
    if denied:
        return denied
    if canonical_url(url) != url:
        return f"not canonical: cite {canonical_url(url)}"
    if reviewed_host(host_of(url)) not in hosts:
        return f"{host_of(url)} is not on the reviewed list (data-src/hosts.csv)"
    return None


def row_problems(urls: Iterable[str], hosts: Mapping[str, HostReview]) -> list[str]:
    """Every problem of one row's citations, the state-media rule included."""
    urls = list(urls)
    problems = [f"{url}: {why}" for url in urls if (why := refusal(url, hosts))]
    listed = (reviewed_host(host_of(url)) for url in urls)
    kinds = {hosts[h].kind for h in listed if h in hosts}
    if "state-media" in kinds and kinds <= {"state-media"}:
        problems.append("state media is the only source: cite an independent one beside it")
    return problems


def read_hosts(path: Path) -> dict[str, HostReview]:
    """The reviewed hosts (`host,kind,reviewed,note`), keyed by reviewed_host; a host not written
    in that form, a denied host, an unknown kind or a host reviewed twice (two verdicts, one of
    them silently lost) is an error."""
    with path.open(encoding="utf-8", newline="") as handle:
        reviews = [HostReview(**row) for row in csv.DictReader(handle)]
    seen: set[str] = set()
    for review in reviews:
        if review.host != reviewed_host(review.host):
            raise ValueError(f"{path}: {review.host}: list it as {reviewed_host(review.host)}")
        if review.host in seen:
            raise ValueError(f"{path}: {review.host} is listed twice: keep one review")
        seen.add(review.host)
        if review.kind not in KINDS:
            raise ValueError(f"{path}: {review.host}: kind {review.kind!r} is not one of {KINDS}")
        if why := _denied(f"https://{review.host}/"):
            raise ValueError(f"{path}: {review.host} is {why}: it cannot be reviewed in")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", review.reviewed):
            raise ValueError(f"{path}: {review.host}: reviewed {review.reviewed!r} is no date")
    return {review.host: review for review in reviews}
