import pytest

from veracity.mentions import Mentions, find_mentions
from veracity.sources import Sources


def ids(found: Mentions) -> list[tuple[str, list[str]]]:
    return [(m.text, [e.id for e in m.entities]) for m in found.names]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Su30SM is Russian.", [("Su30SM", ["su-30sm"])]),
        ("Su 30 SM and Su-30SMs", [("Su 30 SM", ["su-30sm"]), ("Su-30SMs", ["su-30sm"])]),
        (
            "the Bayraktar TB-2 and TB2s",
            [("Bayraktar TB-2", ["bayraktar-tb2"]), ("TB2s", ["bayraktar-tb2"])],
        ),
        ("COBRA II vehicles", [("COBRA II", ["cobra-ii"])]),
        ("Cobra-2 vehicles", [("Cobra-2", ["cobra-ii"])]),
        ("built by TUSAŞ", [("TUSAŞ", ["turkish-aerospace"])]),
        (
            "the Arlan, produced by Kazakhstan Paramount Engineering",
            [
                ("Arlan", ["arlan"]),
                ("Kazakhstan Paramount Engineering", ["kazakhstan-paramount-engineering"]),
            ],
        ),
        ("The EVOMax drones", [("EVOMax", ["evo-max-4t"])]),
    ],
)
def test_exact_hits(
    fixture_sources: Sources, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert ids(find_mentions(text, fixture_sources)) == expected


@pytest.mark.parametrize(
    ("text", "typed", "entity"),
    [
        ("The COBRA II comes from the Turkish company Otocar.", "Otocar", "otokar"),
        ("Lockhead Martin builds it.", "Lockhead Martin", "lockheed-martin"),
        ("Ukraine flies Bayrakter TB2 drones.", "Bayrakter TB2", "bayraktar-tb2"),
        ("Dassualt Aviation's Rafale", "Dassualt Aviation", "dassault-aviation"),
        ("Su-30MS fighters", "Su-30MS", "su-30sm"),
    ],
)
def test_near_misses_with_a_cue(
    fixture_sources: Sources, text: str, typed: str, entity: str
) -> None:
    found = find_mentions(text, fixture_sources)
    hit = next(m for m in found.names if m.text == typed)
    assert [e.id for e in hit.entities] == [entity]
    assert not hit.exact
    assert hit.cue


@pytest.mark.parametrize(
    "text",
    [
        "Otocar said nothing.",  # a near miss with no cue
        "Being a drone, it flies.",  # a common word near "Boeing"
        "Tales of the sea",  # near "Thales"
        "Jets were built in Irkutsk.",  # a city that extends "Irkut"
        "the Su-30MK2 and Su-30MS",  # another variant; a slip without a cue
        "Rafaela fighters",
        "cobra snakes and a leopard",  # common words in lower case
        "Leopard 2A7 tanks",  # a variant the data lacks is not guessed
    ],
)
def test_no_false_near_misses(fixture_sources: Sources, text: str) -> None:
    assert all(m.exact for m in find_mentions(text, fixture_sources).names)
    assert "Irkut" not in ids(find_mentions(text, fixture_sources))


def test_rafael_is_the_maker_not_the_fighter(fixture_sources: Sources) -> None:
    found = find_mentions("Rafael builds Iron Dome; the Rafale is French.", fixture_sources)
    assert ids(found)[0] == ("Rafael", ["rafael"])
    assert ids(found)[2] == ("Rafale", ["rafale"])


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Arlan Suleimenov said the army is ready.", "person"),
        ("Arlan said the army is ready.", "person"),
        ("Colonel Arlan inspected the troops.", "person"),
        ("They met in the Arlan district.", "place"),
        ("in the city of Arlan", "place"),
    ],
)
def test_people_and_places_named_like_vehicles(
    fixture_sources: Sources, text: str, reason: str
) -> None:
    found = find_mentions(text, fixture_sources)
    assert not found.systems
    assert reason in found.rejected[0].reason


def test_the_vehicle_with_context(fixture_sources: Sources) -> None:
    for text in (
        "The Arlan is produced in Kazakhstan.",
        "They drive Arlan APCs",
        "new ARLAN vehicles",
    ):
        assert [m.alias for m in find_mentions(text, fixture_sources).systems] == ["Arlan"]


def test_short_acronyms_need_capitals(fixture_sources: Sources) -> None:
    assert ids(find_mentions("the EU and the eu", fixture_sources)) == [("EU", ["eu"])]
    assert ids(find_mentions("Nato and NATO", fixture_sources)) == [
        ("Nato", ["nato"]),
        ("NATO", ["nato"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Page was turned over to Iris, who wrote about the Sigma of the Swarm.",
        "Kyiv received more Nasams and Himars units.",
    ],
)
def test_a_system_acronym_of_four_letters_or_more_needs_capitals(text: str) -> None:
    """A system's all-capital name of four letters or more ("PAGE", "IRIS", "NASAMS") names
    the system only written in capitals: in mixed case it is a word or another name."""
    assert find_mentions(text, Sources()).systems == []


def test_a_system_acronym_in_capitals_is_the_system() -> None:
    found = find_mentions("Kyiv received more NASAMS and HIMARS units.", Sources())
    assert [m.text for m in found.systems] == ["NASAMS", "HIMARS"]


def test_countries_inside_names_are_not_countries(fixture_sources: Sources) -> None:
    found = find_mentions("Kazakhstan Paramount Engineering and Turkish Aerospace", fixture_sources)
    assert found.countries == ()
    found = find_mentions("The Turkish company Otocar, in Kazakhstan", fixture_sources)
    assert [(c.text, c.adjective) for c in found.countries] == [
        ("Turkish", True),
        ("Kazakhstan", False),
    ]


def test_regions(fixture_sources: Sources) -> None:
    found = find_mentions("a European heavy transport aircraft", fixture_sources)
    assert [r.region for r in found.regions] == ["Europe"]


def test_possessive_names(fixture_sources: Sources) -> None:
    found = find_mentions("Otokar's Cobra II", fixture_sources)
    assert found.makers[0].possessive
    assert found.systems[0].alias == "Cobra II"


def test_results_are_memoised(fixture_sources: Sources) -> None:
    text = "The Su-30SM is Russian."
    assert find_mentions(text, fixture_sources) is find_mentions(text, fixture_sources)


def test_a_one_word_system_name_opening_a_sentence_is_read_as_a_word(
    fixture_sources: Sources,
) -> None:
    found = find_mentions("Cobra vehicles arrived. Atlas is a Titan.", fixture_sources)
    assert not found.systems
    assert [r.reason for r in found.rejected] == ["an ordinary word opening a sentence"] * 2
    assert find_mentions("They flew the Atlas.", fixture_sources).systems[0].alias == "Atlas"


def test_a_sentence_opening_name_that_is_no_word_with_a_fitting_role_is_a_system(
    fixture_sources: Sources,
) -> None:
    found = find_mentions("Gripen fighters were delivered. Rafale jets too.", fixture_sources)
    assert [m.alias for m in found.systems] == ["Gripen", "Rafale"]
    assert not find_mentions("Cobra vehicles arrived.", fixture_sources).systems  # a word


def test_places_named_like_systems(fixture_sources: Sources) -> None:
    assert not find_mentions("hiking in the Atlas mountains", fixture_sources).systems


def test_a_one_word_name_inside_a_longer_unknown_name(fixture_sources: Sources) -> None:
    found = find_mentions("The Golden Atlas is old; the Turkish Cobra II is new.", fixture_sources)
    assert [m.alias for m in found.systems] == ["Cobra II"]
    assert "longer name" in found.rejected[0].reason


def test_short_name_of_a_family_is_set_aside(sources: Sources) -> None:
    found = find_mentions("Germany sent Leopard tanks to Ukraine.", sources)
    assert found.systems == []
    assert [r.reason for r in found.rejected] == ["a family the data lists by variant"]


def test_a_family_name_without_version_letters_is_no_misspelling(sources: Sources) -> None:
    """ "F-14 Tomcat" names the family of the catalogue's F-14A Tomcat, correctly."""
    found = find_mentions("Iran's F-14 Tomcat fighters flew.", sources)
    tomcat = next(m for m in found.systems if m.text == "F-14 Tomcat")
    assert tomcat.exact
    assert "F-14A Tomcat" in [e.name for e in tomcat.entities]


def test_a_known_name_beside_another_word_is_no_near_miss(sources: Sources) -> None:
    """ "<maker> F-4Es": the maker's name is found as itself, not "<maker> F" as a slip."""
    found = find_mentions("Iran received 177 McDonnell Douglas F-4Es.", sources)
    assert [m.text for m in found.names if not m.exact] == []
    assert "McDonnell Douglas" in [m.text for m in found.makers]


def test_a_family_written_without_version_letters_has_its_versions_as_candidates(
    sources: Sources,
) -> None:
    """ "Mirage F1": the catalogue holds only its versions (F-1A, F-1C, …); the short name
    "Mirage" (another aircraft) must not be read instead."""
    found = find_mentions("The Mirage F1 is a French fighter.", sources)
    [mirage] = found.systems
    assert mirage.text == "Mirage F1"
    assert {e.name for e in mirage.entities} >= {"Mirage F-1A", "Mirage F-1C"}


def test_a_designation_without_the_name_after_it_is_that_system(sources: Sources) -> None:
    """ "F-4Ds": the plural of a designation the catalogue writes "F-4D Phantom-2"."""
    found = find_mentions("The aircraft included 32 F-4Ds.", sources)
    assert [(m.text, [e.name for e in m.entities]) for m in found.systems] == [
        ("F-4Ds", ["F-4D Phantom-2"])
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # SIPRI files the German recovery vehicle and the South African MRAP both as "Buffel":
        # the name stays with both rows, and words of a vehicle that supports others decide
        ("the Büffel armoured recovery vehicles", ["bergepanzer-3-buffel"]),
        ("the Büffel", ["buffel", "bergepanzer-3-buffel"]),
    ],
)
def test_a_recovery_vehicle_is_not_the_apc_that_shares_its_name(text: str, rows: list[str]) -> None:
    (mention,) = find_mentions(text, Sources()).systems
    assert [e.id for e in mention.of("system")] == rows


def test_a_capital_designation_written_in_lower_case_is_words(sources: Sources) -> None:
    """ "the deployment of 40 F-35A": "of 40" is a preposition and a count, not the OF-40."""
    found = find_mentions("Korea completed the deployment of 40 F-35A fighters.", sources)
    assert [m.text for m in found.systems] == ["F-35A"]
    assert [m.text for m in find_mentions("Italy built the OF-40 tank.", sources).systems] == [
        "OF-40"
    ]


def test_a_plural_mark_after_a_one_word_name_makes_a_longer_name(sources: Sources) -> None:
    """ "Tiger IIs" is the plural of a "Tiger II", never the helicopter called "Tiger"."""
    found = find_mentions("Iran flew 28 Tiger IIs.", sources)
    assert "ec665-tiger" not in [e.id for m in found.systems for e in m.entities]


def test_a_system_name_that_is_no_english_word_may_open_a_sentence(sources: Sources) -> None:
    found = find_mentions("Gripen fighters have been delivered to Brazil.", sources)
    assert [m.text for m in found.systems] == ["Gripen"]


def test_a_version_sipri_files_under_its_sibling_is_that_row(sources: Sources) -> None:
    """SIPRI files the two-seat F-5F under its F-5E Tiger-2 rows ("incl 2 F-5F version")."""
    found = find_mentions("Iran received 28 F-5F Tiger IIs.", sources)
    assert [(m.text, [e.id for e in m.entities]) for m in found.systems] == [
        ("F-5F", ["f-5e-tiger-2"])
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The CASA 295 is made by Airbus.", "c295"),
        ("Leonardo builds the AgustaWestland 109.", "a109-aw109"),
    ],
)
def test_a_maker_word_and_the_number_is_no_misspelling(
    sources: Sources, text: str, row: str
) -> None:
    """The press writes a designation's number after the maker's name, without its letters."""
    (mention,) = find_mentions(text, sources).systems
    assert mention.exact
    assert [e.id for e in mention.entities] == [row]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # SIPRI holds a German light aircraft as "Mirage" and the French fighters as
        # "Mirage-2000", "Mirage F-1A", …: the bare name may be any of them
        ("The Mirage is a fighter.", {"mirage", "mirage-2000", "mirage-f-1a"}),
        # a name ending in a number goes on with digits to another designation, no version
        ("The K2 is a tank.", {"k2-black-panther"}),
    ],
)
def test_a_one_word_name_shared_with_another_systems_versions_keeps_them_all(
    sources: Sources, text: str, kept: set[str]
) -> None:
    (mention,) = find_mentions(text, sources).systems
    ids = {e.id for e in mention.of("system")}
    assert kept <= ids
    assert not ids & {"k-200-kifv", "k239-chunmoo"}


def test_a_capital_standing_for_its_state_is_no_one_word_system(sources: Sources) -> None:
    """ "Berlin delivered": the state, not the replenishment ship the catalogue calls Berlin;
    after an article ("the Berlin was delivered") the name stays the ship's."""
    found = find_mentions("In 2023 Berlin delivered 18 Leopard 2A6 tanks to Kyiv.", sources)
    assert [m.text for m in found.systems] == ["Leopard 2A6"]
    assert [(c.text, c.country.iso3) for c in found.countries] == [
        ("Berlin", "DEU"),
        ("Kyiv", "UKR"),
    ]
    found = find_mentions("The Berlin was delivered to Canada.", sources)
    assert [m.text for m in found.systems] == ["Berlin"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan flies Chengdu-built J-10C fighters.",
            [("Chengdu", "maker"), ("J-10C", "system")],
        ),
        ("Pakistan ordered Chengdu-made fighters.", [("Chengdu", "maker")]),
    ],
)
def test_a_word_before_a_participle_of_making_names_a_maker_not_a_system(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = find_mentions(text, Sources())  # the bundled catalogue
    assert [(m.text, m.entities[0].kind) for m in found.names] == expected
    assert len(found.names[0].entities) == 1


@pytest.mark.parametrize(
    ("text", "word", "maker"),
    [
        ("Lockheed-built jets flew in.", "Lockheed", "lockheed-martin"),
        ("The F-16 is Lockheed-built.", "Lockheed", "lockheed-martin"),
    ],
)
def test_a_makers_first_word_before_a_participle_of_making_names_that_maker(
    text: str, word: str, maker: str
) -> None:
    """A word that is no name of its own but opens one maker's name ("Lockheed" of Lockheed
    Martin), hyphened to a participle of making, names that maker."""
    found = find_mentions(text, Sources())
    assert [(m.text, [e.id for e in m.entities]) for m in found.makers] == [(word, [maker])]


@pytest.mark.parametrize(
    "text",
    [
        "Poland bought 48 light combat aircraft from South Korea.",
        "Light combat aircraft are cheaper to fly.",
        "The light combat aircraft is made by Lockheed Martin.",
    ],
)
def test_a_generic_class_phrase_is_no_system_name(sources: Sources, text: str) -> None:
    """A catalogue alias made of role words only ("Light Combat Aircraft", a programme's name)
    names the system only where it is written as a name, each word capitalised."""
    assert find_mentions(text, sources).systems == []


def test_a_class_phrase_written_as_a_name_is_the_system(sources: Sources) -> None:
    found = find_mentions("India flew its Light Combat Aircraft in 2001.", sources)
    assert [m.text for m in found.systems] == ["Light Combat Aircraft"]


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Uruguay is going to receive a ship from the Republic of Korea.", "KOR"),
        ("The aircraft was bought from the Republic of Korea.", "KOR"),
    ],
)
def test_a_country_name_is_no_system_name(sources: Sources, text: str, iso3: str) -> None:
    """A word of a country's name ("Republic", a ship class in the catalogue) inside that
    name is the country, never a system."""
    found = find_mentions(text, sources)
    assert found.systems == []
    assert iso3 in [c.country.iso3 for c in found.countries]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UAE flies 62 Mirage 2000-9 fighters.", [("Mirage 2000-9", ["mirage-2000-5-mk-2"])]),
        ("Greece flies the Mirage 2000-5 Mk 2.", [("Mirage 2000-5 Mk 2", ["mirage-2000-5-mk-2"])]),
        ("The Mirage 2000-7 never flew.", []),
    ],
)
def test_a_number_hyphened_to_a_designation_stays_part_of_it(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """A number joined by a hyphen to a name ending in digits ("Mirage 2000-9") continues the
    designation: it is the version that name holds, and when the data holds none, no system,
    never the shorter name's row ("Mirage 2000")."""
    found = find_mentions(text, Sources())
    assert [(m.text, [e.id for e in m.entities]) for m in found.systems] == expected
