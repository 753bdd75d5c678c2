"""The source policy as code (`importers.citations`): which cited pages a dataset may carry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from veracity.sources.importers.citations import (
    canonical_url,
    host_of,
    mirror_names,
    read_hosts,
    refusal,
    reviewed_host,
    row_problems,
)

FIXTURES = Path(__file__).parent / "fixtures" / "citations"
HOSTS = read_hosts(FIXTURES / "hosts.csv")
CASES: list[dict[str, Any]] = yaml.safe_load((FIXTURES / "urls.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["url"][:60] for c in CASES])
def test_refusal(case: dict[str, Any]) -> None:
    why = refusal(case["url"], HOSTS)
    if case["refused"] is None:
        assert why is None
    else:
        assert why is not None
        assert case["refused"].lower() in why.lower()


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://en.m.wikipedia.org/wiki/Mi-17", "https://en.wikipedia.org/wiki/Mi-17"),
        ("https://de.m.wikipedia.org./wiki/HDW", "https://de.wikipedia.org/wiki/HDW"),
        ("https://a.com/x?utm_source=t&utm_medium=m", "https://a.com/x"),
        ("https://a.com/x?id=3&fbclid=abc", "https://a.com/x?id=3"),
        ("https://www.trtworld.com:443/article/1", "https://www.trtworld.com/article/1"),
        ("https://live.ainonline.com/aviation-news/x", "https://www.ainonline.com/aviation-news/x"),
        ("https://a.com/x?page=2", "https://a.com/x?page=2"),
        # the publisher's apex host for its www host
        ("https://shephardmedia.com/news/a-b", "https://www.shephardmedia.com/news/a-b"),
        # referral, session and view parameters select no other page
        ("https://defenseone.com/x/?oref=d1-next-story", "https://defenseone.com/x/"),
        ("https://www.upi.com/x/?u3L=1", "https://www.upi.com/x/"),
        ("https://a.com/x.html?chat_room_id=14874170", "https://a.com/x.html"),
        ("https://www.koreatimes.co.kr/www/x.html?RD", "https://www.koreatimes.co.kr/www/x.html"),
        ("https://seapowermagazine.org/x/?print=print", "https://seapowermagazine.org/x/"),
        ("https://strategypage.com/x.aspx?comments=Y", "https://strategypage.com/x.aspx"),
        ("https://a.com/gun?return=%2Fcollection", "https://a.com/gun"),
        ("https://a.com/x?id=5&print=1", "https://a.com/x?id=5"),
        # a back link to the listing the article was opened from
        ("https://a.com/first-boxer?redirect=/news%3Ff%255B0%255D", "https://a.com/first-boxer"),
        # print, AMP and share views: the article is the same path without the view's segment
        ("http://aviationweek.com/print/awin/a-b", "http://aviationweek.com/awin/a-b"),
        ("https://rferl.org/amp/a-b/32639593.html", "https://rferl.org/a-b/32639593.html"),
        ("https://a.com/news/AMP/a-b", "https://a.com/news/a-b"),
        ("https://a.com/share/a-b/", "https://a.com/a-b/"),
        ("https://a.com/amplifier/print-run", "https://a.com/amplifier/print-run"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical
    assert host_of(url) == canonical.split("/")[2]


def test_state_media_alone_is_a_problem_beside_an_independent_source_it_is_not() -> None:
    alone = row_problems(["https://tass.com/defense/1"], HOSTS)
    assert alone == ["state media is the only source: cite an independent one beside it"]
    assert row_problems(["https://tass.com/defense/1", "https://example-press.com/a"], HOSTS) == []


def test_a_denied_host_cannot_be_reviewed_in(tmp_path: Path) -> None:
    listed = tmp_path / "hosts.csv"
    listed.write_text("host,kind,reviewed,note\nwikimili.com,reference,2026-12-07,\n", "utf-8")
    with pytest.raises(ValueError, match="mirror"):
        read_hosts(listed)


@pytest.mark.parametrize(
    ("line", "error"),
    [("a.com,blog,2026-12-07,", "kind"), ("a.com,press,recently,", "no date")],
)
def test_each_review_names_a_kind_and_a_date(tmp_path: Path, line: str, error: str) -> None:
    listed = tmp_path / "hosts.csv"
    listed.write_text(f"host,kind,reviewed,note\n{line}\n", "utf-8")
    with pytest.raises(ValueError, match=error):
        read_hosts(listed)


def test_a_host_is_reviewed_once(tmp_path: Path) -> None:
    listed = tmp_path / "hosts.csv"
    listed.write_text(
        "host,kind,reviewed,note\na.com,press,2026-12-07,\na.com,publisher,2026-12-07,\n", "utf-8"
    )
    with pytest.raises(ValueError, match="twice"):
        read_hosts(listed)


def test_every_listed_same_publisher_host_is_cited_at_its_publisher_host() -> None:
    """`same-publisher-hosts.txt` holds one pair a line after its comment; each maps as listed."""
    from importlib import resources

    text = (
        resources.files("veracity.sources.importers")
        .joinpath("same-publisher-hosts.txt")
        .read_text("utf-8")
    )
    assert text.startswith("#")
    pairs = [line.split() for line in text.splitlines() if line and not line.startswith("#")]
    assert pairs
    assert all(len(pair) == 2 for pair in pairs)
    for other, cited in pairs:
        assert host_of(f"https://{other}/a") == cited


@pytest.mark.parametrize(
    ("host", "reviewed"),
    [
        ("www.flightglobal.com", "flightglobal.com"),
        ("flightglobal.com", "flightglobal.com"),
        ("WWW.Janes.com.", "janes.com"),
        (" en.wikipedia.org ", "en.wikipedia.org"),
        ("www2.example.com", "www2.example.com"),
        ("wwwexample.com", "wwwexample.com"),
    ],
)
def test_a_host_is_reviewed_under_its_domain_without_www(host: str, reviewed: str) -> None:
    assert reviewed_host(host) == reviewed


def test_the_reviewed_list_holds_the_bare_form_only(tmp_path: Path) -> None:
    listed = tmp_path / "hosts.csv"
    listed.write_text("host,kind,reviewed,note\nwww.a.com,press,2026-12-07,\n", "utf-8")
    with pytest.raises(ValueError, match=r"list it as a\.com"):
        read_hosts(listed)


def test_a_review_of_the_bare_domain_covers_its_www_host() -> None:
    assert refusal("https://www.sipri.org/databases/armstransfers", HOSTS) is None
    assert refusal("https://www.tass.com/defense/1", HOSTS) is None
    assert row_problems(["https://www.tass.com/defense/1"], HOSTS) == [
        "state media is the only source: cite an independent one beside it"
    ]


@pytest.mark.parametrize(
    ("note", "named"),
    [
        ("introduced 1972 (WikiMili; Asian Sky Group)", ["WikiMili"]),
        ("first run 1990 per Liquisearch vs 1992 per WikiClassic", ["Liquisearch", "WikiClassic"]),
        ("derived from the F101 (Everything  Explained)", ["Everything  Explained"]),
        (
            "entered service 1999 (Wikipedia mirror; Military Wiki)",
            ["Wikipedia mirror", "Military Wiki"],
        ),
        ("the Mushshak wiki mirror", ["wiki mirror"]),
        ("built by Eurocopter, now Airbus Helicopters (owiki)", ["owiki"]),
        ("Wikipedia: introduced 1998; Aerospace Technology", []),
        ("Kiddlestone Ltd supplies the mirror", []),
    ],
)
def test_the_refused_copies_a_note_names(note: str, named: list[str]) -> None:
    assert mirror_names(note) == named
