import datetime as dt

import pytest

from veracity.mentions import deals, find_mentions
from veracity.mentions.deals import find_deals
from veracity.sources import Sources


@pytest.mark.parametrize(
    ("text", "kind", "future", "recipient", "supplier", "number", "year"),
    [
        ("Kazakhstan ordered 12 Su-30SM in 2021.", "order", False, "KAZ", None, 12, 2021),
        (
            "Ukraine received the Bayraktar TB2 from Türkiye.",
            "receive",
            False,
            "UKR",
            "TUR",
            None,
            None,
        ),
        (
            "The A400M that Kazakhstan is acquiring is European.",
            "order",
            True,
            "KAZ",
            None,
            None,
            None,
        ),
        (
            "In 2024, Kazakhstan is set to receive COBRA II vehicles.",
            "receive",
            True,
            "KAZ",
            None,
            None,
            2024,
        ),
        ("Spain delivered two A400M to Kazakhstan in 2024.", "send", False, "KAZ", "ESP", 2, 2024),
        (
            "The Su-30SM jets were ordered by Kazakhstan in 2018.",
            "order",
            False,
            "KAZ",
            None,
            None,
            2018,
        ),
        # a supply under way is the recipient's ongoing order, its seller the supplier
        ("Spain is supplying two A400M to Kazakhstan.", "order", True, "KAZ", "ESP", 2, None),
        # "handed (over) to … by …": a passive of giving
        ("Two A400M were handed to Kazakhstan by Spain.", "send", False, "KAZ", "ESP", 2, None),
        # the other party of an order between the phrase and "for"
        (
            "Kazakhstan placed an order with Russia for 12 Su-30SM.",
            "order",
            False,
            "KAZ",
            "RUS",
            12,
            None,
        ),
        # "agreed to buy" is an order; "agreed to sell" one seen from the seller
        ("Kazakhstan agreed to buy 12 Su-30SM in 2021.", "order", False, "KAZ", None, 12, 2021),
        ("Russia agreed to sell Kazakhstan 12 Su-30SM.", "order", False, "KAZ", "RUS", 12, None),
        (
            "The Kazakh air force received a dozen Su-30SM fighters.",
            "receive",
            False,
            "KAZ",
            None,
            12,
            None,
        ),
    ],
)
def test_deals(
    fixture_sources: Sources,
    text: str,
    kind: str,
    future: bool,
    recipient: str | None,
    supplier: str | None,
    number: int | None,
    year: int | None,
) -> None:
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert (deal.kind, deal.future) == (kind, future)
    assert (deal.recipient.country.iso3 if deal.recipient else None) == recipient
    assert (deal.supplier.country.iso3 if deal.supplier else None) == supplier
    assert (deal.number[0] if deal.number else None) == number
    assert (deal.year[0] if deal.year else None) == year


def test_a_lease_and_its_lessor(fixture_sources: Sources) -> None:
    """ "leased" makes the deal a lease; "under a leasing arrangement with the Swedish
    government" does too, and names the lessor (an adjective with its government)."""
    text = "Kazakhstan leased two A400M from Spain."
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert deal.lease == deal.verb
    text = "Kazakhstan operates two A400M under a leasing arrangement with the Spanish government."
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert deal.lease is not None
    assert text[slice(*deal.lease)] == "under a leasing arrangement"
    assert (deal.supplier and deal.supplier.country.iso3) == "ESP"
    text = "Kazakhstan bought two A400M from Spain."
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert deal.lease is None


@pytest.mark.parametrize(
    ("text", "year", "said", "term"),
    [
        (
            "The leasing arrangement for Kazakhstan's A400M was renewed for another decade "
            "during 2012.",
            2012,
            "during 2012",
            10,
        ),
        ("Kazakhstan extended the lease of its A400M in 2012.", 2012, "2012", None),
        ("The lease of Kazakhstan's A400M was renewed for five years in 2012.", 2012, "2012", None),
    ],
)
def test_a_leases_renewal(
    fixture_sources: Sources, text: str, year: int, said: str, term: int | None
) -> None:
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert (deal.kind, deal.year, deal.number) == ("order", None, None)
    assert deal.recipient is not None
    assert deal.recipient.country.iso3 == "KAZ"
    assert deal.lease is not None
    assert deal.renewal is not None
    assert deal.renewal[0] == year
    assert text[slice(*deal.renewal[1])] == said
    assert (deal.renewal_term[0] if deal.renewal_term else None) == term


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan bought two A400M formerly flown by Spain.",
        "Kazakhstan bought two A400M once fielded by Spain.",
        "Kazakhstan bought two A400M previously in service with Spain.",
    ],
)
def test_an_earlier_operator_is_never_the_buyer(fixture_sources: Sources, text: str) -> None:
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert (deal.recipient and deal.recipient.country.iso3) == "KAZ"
    assert deal.earlier is not None
    assert deal.earlier[0].country.iso3 == "ESP"


def test_a_noun_of_units_after_the_system(fixture_sources: Sources) -> None:
    text = "Kazakhstan received the first of two A400M examples."
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert deal.units is not None
    assert text[slice(*deal.units)] == "examples"


def test_capitals_for_both_parties(sources: Sources) -> None:
    """ "Washington has sent Kyiv …": the sender a capital before the verb, the recipient a
    capital as its indirect object."""
    text = "Washington has sent Kyiv 39 HIMARS."
    (deal,) = find_deals(text, find_mentions(text, sources))
    assert deal.kind == "send"
    assert (deal.recipient and deal.recipient.country.iso3) == "UKR"
    assert (deal.supplier and deal.supplier.country.iso3) == "USA"
    assert deal.number is not None
    assert deal.number[0] == 39


def test_the_sender_of_a_delivery(fixture_sources: Sources) -> None:
    text = "The European Union is expected to deliver the first A400M to Kazakhstan."
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert deal.sender is not None
    assert deal.sender.text == "European Union"


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan earlier considered purchasing French Rafale fighters.",
        "The preferred choice for new aircraft is the Su-30SM.",
        "Kazakhstan wants to buy fighters.",
    ],
)
def test_no_deal(fixture_sources: Sources, text: str) -> None:
    assert find_deals(text, find_mentions(text, fixture_sources)) == []


def test_a_time_span_is_no_number(fixture_sources: Sources) -> None:
    text = "In 12 years Kazakhstan bought Su-30SM jets."
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert deal.number is None


def test_every_capturing_group_is_a_verb() -> None:
    """find_deals reads the verb from `lastgroup`: a verb pattern must not capture."""
    assert deals._VERB.groups == len(deals._VERBS)


@pytest.mark.parametrize(
    "text",
    [
        "Poland bought spare parts for its F-16 fighters.",
        "Türkiye will deliver engines for the ANKA.",
    ],
)
def test_a_system_after_for_is_the_platform_not_the_thing_traded(
    fixture_sources: Sources, text: str
) -> None:
    assert find_deals(text, find_mentions(text, fixture_sources)) == []


def test_a_contract_for_a_system_is_still_a_deal(fixture_sources: Sources) -> None:
    text = "Kazakhstan signed a contract for the Su-30SM."
    [deal] = find_deals(text, find_mentions(text, fixture_sources))
    assert deal.system.text == "Su-30SM"


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Four of Kazakhstan's Su-30SM were delivered in 2015.", "KAZ"),
        ("Russia delivered the Su-30SM to the armed forces of Kazakhstan.", "KAZ"),
    ],
)
def test_recipients_named_through_of(fixture_sources: Sources, text: str, recipient: str) -> None:
    [deal] = find_deals(text, find_mentions(text, fixture_sources))
    assert deal.recipient is not None
    assert deal.recipient.country.iso3 == recipient


@pytest.mark.parametrize(
    ("text", "kind", "recipient", "supplier", "number"),
    [
        # "N of X's weapons": X's own units change hands, so X is the source, not a recipient
        ("Romania's deal to buy 32 of Norway's F-16 jets was approved.", "order", "ROU", "NOR", 32),
        ("Ukraine received six of Sweden's Gripen fighters.", "receive", "UKR", "SWE", 6),
        ("Chile bought twelve of the Netherlands' F-16 fighters.", "order", "CHL", "NLD", 12),
    ],
)
def test_the_owner_of_the_units_traded_is_their_source(
    fixture_sources: Sources, text: str, kind: str, recipient: str, supplier: str, number: int
) -> None:
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert deal.kind == kind
    assert deal.recipient is not None
    assert deal.recipient.country.iso3 == recipient
    assert deal.supplier is not None
    assert deal.supplier.country.iso3 == supplier
    assert deal.number is not None
    assert deal.number[0] == number


def test_a_count_of_a_countrys_own_weapons_is_no_receipt_by_it(fixture_sources: Sources) -> None:
    text = "Four of Kazakhstan's Su-30SM fighters flew in the parade."
    found = find_deals(text, find_mentions(text, fixture_sources))
    assert [d.recipient.country.iso3 for d in found if d.recipient] == ["KAZ"]


@pytest.mark.parametrize(
    "text",
    [
        "Four of Kazakhstan's Su-30SMs were delivered in 2015.",
        "Four of Kazakhstan's Su-30SM arrived.",
    ],
)
def test_a_count_of_the_recipients_own_units_is_a_part(fixture_sources: Sources, text: str) -> None:
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert deal.recipient is not None
    assert deal.recipient.country.iso3 == "KAZ"
    assert deal.number is not None
    assert deal.number[0] == 4
    assert deal.part
    assert deal.supplier is None


def test_a_fleets_count_is_no_part_of_a_deal(fixture_sources: Sources) -> None:
    text = "Four of Kazakhstan's Su-30SM fighters flew in the parade."
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert deal.number is None
    assert not deal.part


def test_one_verb_gives_each_coordinated_system_its_deal(fixture_sources: Sources) -> None:
    text = "Poland ordered 24 Bayraktar TB2 drones and 212 K9 howitzers from Turkey in 2022."
    first, second = find_deals(text, find_mentions(text, fixture_sources))
    assert (first.system.text, second.system.text) == ("Bayraktar TB2", "K9")
    assert first.number is not None
    assert first.number[0] == 24
    assert second.number is not None
    assert second.number[0] == 212
    assert second.verb == first.verb
    assert second.recipient == first.recipient
    assert second.supplier == first.supplier
    assert second.year == first.year


def test_a_country_or_a_verb_ends_the_list(fixture_sources: Sources) -> None:
    text = "Poland ordered Bayraktar TB2 drones, and Germany sent Leopard 2A4 tanks to Ukraine."
    deals = find_deals(text, find_mentions(text, fixture_sources))
    assert [(d.system.text, d.recipient.text if d.recipient else None) for d in deals] == [
        ("Bayraktar TB2", "Poland"),
        ("Leopard 2A4", "Ukraine"),
    ]


@pytest.mark.parametrize(
    ("text", "said", "earlier"),
    [
        ("Argentina bought 24 ex-Polish F-16 fighters.", "ex-Polish", "POL"),
        (
            "Argentina bought 24 F-16 previously operated by Denmark.",
            "previously operated by Denmark",
            "DNK",
        ),
    ],
)
def test_the_units_earlier_operator(
    fixture_sources: Sources, text: str, said: str, earlier: str
) -> None:
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert deal.recipient is not None
    assert deal.recipient.country.iso3 == "ARG"
    assert deal.supplier is None
    assert deal.earlier is not None
    country, (start, end) = deal.earlier
    assert country.country.iso3 == earlier
    assert text[start:end] == said


@pytest.mark.parametrize(
    ("text", "force", "named"),
    [
        ("The Kazakh air force ordered 12 Su-30SM.", "air force", "Kazakh air force"),
        ("Kazakhstan's army ordered 12 Su-30SM.", "army", "Kazakhstan's army"),
        (
            "Argentina’s defense minister signed a deal to buy 24 F-16.",
            "defense minister",
            "Argentina’s defense minister",
        ),
        (
            "Poland's defence ministry ordered 12 Su-30SM.",
            "defence ministry",
            "Poland's defence ministry",
        ),
    ],
)
def test_who_acts_for_the_recipient_is_part_of_its_name(
    fixture_sources: Sources, text: str, force: str, named: str
) -> None:
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert deal.recipient is not None
    assert deal.force is not None
    name, (_, end) = deal.force
    assert name == force
    assert text[deal.recipient.start : end] == named


def test_getting_a_weapon_is_receiving_it(fixture_sources: Sources) -> None:
    text = "Norway is getting new F-35 aircraft."
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert (deal.kind, deal.future) == ("receive", True)
    assert deal.recipient is not None
    assert deal.recipient.country.iso3 == "NOR"


@pytest.mark.parametrize(
    ("text", "future", "completed"),
    [
        # the noun "delivery of X to Y" is a delivery to Y; its completion is its last year
        ("The delivery of the M1A2 Abrams to Taiwan is due to be completed in 2026.", True, True),
        ("Deliveries of the K2 Black Panther to Poland were completed in 2024.", False, True),
        ("The delivery of 12 FA-50 to Poland took place in 2023.", False, False),
    ],
)
def test_a_delivery_named_by_its_noun(
    sources: Sources, text: str, future: bool, completed: bool
) -> None:
    (deal,) = find_deals(text, find_mentions(text, sources))
    assert (deal.kind, deal.future) == ("send", future)
    assert deal.recipient is not None
    assert deal.supplier is None
    assert (deal.completed is not None) == completed


@pytest.mark.parametrize(
    "text",
    [
        "The US approved the delivery of 108 M1A2T tanks to Taiwan in 2022.",
        "The US cleared the delivery of 108 M1A2T tanks to Taiwan in 2015.",
    ],
)
def test_a_sale_approved_is_a_plan_not_a_deal(text: str) -> None:
    (deal,) = find_deals(text, find_mentions(text, Sources()))
    assert deal.future


def test_an_approval_alone_is_no_deal() -> None:
    text = "The sale of the M1A2T tanks to Taiwan was approved in 2019."
    assert find_deals(text, find_mentions(text, Sources())) == []


def test_a_passive_subject_is_its_first_system_not_its_class_noun(sources: Sources) -> None:
    """ "48 FA-50 light combat aircraft were bought": the class noun after the system reads as
    another system's name (the Tejas's), but the subject is the first of the run."""
    text = "48 FA-50 light combat aircraft were bought by Poland from South Korea."
    (deal,) = find_deals(text, find_mentions(text, sources))
    assert deal.system.text == "FA-50"
    assert (deal.recipient.country.iso3 if deal.recipient else None) == "POL"
    assert (deal.supplier.country.iso3 if deal.supplier else None) == "KOR"


def test_a_deal_named_by_its_noun(sources: Sources) -> None:
    """ "An order for … was placed by Poland": the noun's passive verb names the buyer; a noun
    with neither that verb nor a buyer's possessive asserts no deal."""
    text = "An order for 1,000 K2 tanks was placed by Poland."
    (deal,) = find_deals(text, find_mentions(text, sources))
    assert (deal.kind, deal.number[0] if deal.number else None) == ("order", 1000)
    assert deal.nominal is not None
    assert text[slice(*deal.nominal)] == "was placed by"
    assert (deal.recipient.country.iso3 if deal.recipient else None) == "POL"
    text = "The order for 180 K2 tanks was a milestone."
    assert find_deals(text, find_mentions(text, sources)) == []


@pytest.mark.parametrize(
    ("text", "anchor", "year"),
    [
        ("Egypt ordered 30 Rafale earlier this year.", dt.date(2021, 12, 3), 2021),
        ("Last year Egypt ordered 30 Rafale.", dt.date(2022, 1, 10), 2021),
        ("Egypt ordered 30 Rafale this year.", 2021, 2021),
        ("Egypt ordered 30 Rafale this year.", None, None),
        ("Egypt ordered 30 Rafale in November.", dt.date(2022, 1, 10), 2021),
        ("Egypt ordered 30 Rafale in November.", 2022, None),
        ("Egypt ordered 30 Rafale on Friday.", dt.date(2022, 1, 3), 2021),
        ("Egypt will receive 30 Rafale in January.", dt.date(2021, 12, 3), 2022),
        ("Egypt will receive 30 Rafale on Friday.", dt.date(2021, 12, 30), 2021),
        ("Egypt will receive 30 Rafale on Monday.", dt.date(2021, 12, 30), 2022),
        # a weekday standing alone, as news agencies write it, and inside a signed deal
        ("Egypt signed a deal Friday to buy 30 Rafale.", dt.date(2022, 1, 3), 2021),
        ("Egypt signed a contract on Friday for 30 Rafale.", dt.date(2022, 1, 3), 2021),
    ],
)
def test_a_year_relative_to_the_published_date(
    fixture_sources: Sources, text: str, anchor: dt.date | int | None, year: int | None
) -> None:
    (deal,) = find_deals(text, find_mentions(text, fixture_sources), anchor)
    assert deal.relative is not None
    assert (deal.year[0] if deal.year else None) == year


def test_additional_units(fixture_sources: Sources) -> None:
    text = "Egypt ordered 30 additional Rafale in 2021."
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert deal.more is not None
    assert text[slice(*deal.more)] == "additional"


def test_coordinated_countries_are_each_a_party(fixture_sources: Sources) -> None:
    text = "Poland and Ukraine received 24 Bayraktar TB2 from Türkiye."
    deals = find_deals(text, find_mentions(text, fixture_sources))
    assert [d.recipient.country.iso3 for d in deals if d.recipient] == ["POL", "UKR"]
    assert all(d.joint and d.number is None for d in deals)
    text = "Spain and France delivered the A400M to Kazakhstan."
    deals = find_deals(text, find_mentions(text, fixture_sources))
    assert [d.supplier.country.iso3 for d in deals if d.supplier] == ["ESP", "FRA"]


def test_a_supplier_finding_leaves_an_orders_rank_unread(whole_register: Sources) -> None:
    """ "placed a third order for … from Airbus": the maker's finding covers the verb, not the
    rank inside it, which only the order's record can confirm."""
    text = "Uzbekistan placed a third order for AS532 helicopters from Airbus."
    (deal,) = find_deals(text, find_mentions(text, whole_register))
    assert deal.nth is not None
    assert all(text[a:b] != "third" and "third" not in text[a:b] for a, b in deal.verb_words)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan's 12 Su-30SM fighters were bought in 2015.",
        "Kazakhstan’s 12 Su-30SM were delivered in 2016.",
    ],
)
def test_a_count_after_its_owners_possessive_is_a_holding(
    fixture_sources: Sources, text: str
) -> None:
    (deal,) = find_deals(text, find_mentions(text, fixture_sources))
    assert deal.number is not None
    assert deal.number[0] == 12
    assert deal.holding


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan ordered 12 Su-30SM in 2015.",
        "Kazakhstan's order for 12 Su-30SM was placed in 2015.",
    ],
)
def test_a_count_the_verb_governs_is_no_holding(fixture_sources: Sources, text: str) -> None:
    found = find_deals(text, find_mentions(text, fixture_sources))
    assert found
    assert not any(d.holding for d in found)
