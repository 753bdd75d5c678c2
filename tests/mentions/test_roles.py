import pytest

from veracity.mentions import roles
from veracity.mentions.roles import axis_of, find_roles, implied, tags_of


@pytest.mark.parametrize(
    ("text", "run", "categories", "tags"),
    [
        (
            "The A400M is a heavy-lift military transport aircraft.",
            "heavy-lift military transport aircraft",
            {"aircraft", "helicopter", "uav"},
            {"heavy", "transport"},
        ),
        (
            "a heavy-class unmanned aerial vehicle",
            "heavy-class unmanned aerial vehicle",
            {"uav", "loitering-munition"},
            {"heavy"},
        ),
        (
            "multi-role fighter jets",
            "multi-role fighter jets",
            {"aircraft"},
            {"multirole", "fighter"},
        ),
        ("Chinese quadcopters", "quadcopters", {"uav"}, {"quadcopter"}),
        ("Gepard anti-aircraft guns", "anti-aircraft guns", {"air-defence"}, set()),
        (
            "a towed field gun",
            "towed field gun",
            {"artillery", "rocket-artillery", "air-defence", "gun"},
            {"towed"},
        ),
        ("air defence missiles", "air defence missiles", {"air-defence"}, set()),
        ("a main battle tank", "main battle tank", {"tank"}, {"mbt"}),
        ("a light tank", "light tank", {"tank"}, {"light-tank"}),
        (
            "Arlan wheeled armored vehicles",
            "wheeled armored vehicles",
            {"armoured-vehicle", "tank"},
            {"wheeled"},
        ),
        ("a MALE UAV", "MALE UAV", {"uav", "loitering-munition"}, {"male"}),
        (
            "a light utility helicopter",
            "light utility helicopter",
            {"helicopter"},
            {"light", "utility"},
        ),
        ("anti-aircraft missile systems", "anti-aircraft missile systems", {"air-defence"}, set()),
        # a carrier of personnel is an APC with or without "armoured"
        ("a personnel carrier", "personnel carrier", {"armoured-vehicle"}, {"apc"}),
        # "mine/blast-resistant", "blast-protected": the MRAP's protection words
        ("is mine/blast-resistant", "mine/blast-resistant", None, {"mrap"}),
        ("a blast-protected hull", "blast-protected", None, {"mrap"}),
        # speed and engine count: axes a system's description may settle
        (
            "a supersonic cruise missile",
            "supersonic cruise missile",
            {"missile"},
            {"supersonic", "cruise"},
        ),
        (
            "a single-engine multirole fighter",
            "single-engine multirole fighter",
            {"aircraft"},
            {"single-engine", "multirole", "fighter"},
        ),
        ("a twin-engined jet", "twin-engined jet", {"aircraft"}, {"twin-engine"}),
        # "protected vehicle": an armoured vehicle, no class said
        ("the protected vehicle", "protected vehicle", {"armoured-vehicle", "tank"}, set()),
    ],
)
def test_runs(text: str, run: str, categories: set[str] | None, tags: set[str]) -> None:
    found = find_roles(text)
    assert [r.text for r in found] == [run]
    assert found[0].categories == categories
    assert found[0].tags == tags


def test_lower_case_male_is_not_a_uav_class() -> None:
    assert find_roles("a male pilot") == []


def test_generic_words_assert_nothing() -> None:
    assert find_roles("domestically produced models")[0].generic


def test_dataset_phrases_become_tags() -> None:
    assert tags_of("4x4 tactical wheeled armoured vehicle") == (
        frozenset({"armoured-vehicle", "tank"}),
        frozenset({"wheeled", "tactical"}),
    )
    assert implied(frozenset({"male"})) == {"male", "fixed-wing", "nato-3"}
    assert axis_of("wheeled") == axis_of("tracked") == "mobility"
    assert axis_of("armed") is None


def test_every_capturing_group_is_a_term() -> None:
    """find_roles reads the term from `lastgroup`: a term pattern must not capture."""
    assert roles._PATTERN.groups == len(roles._TERMS)


@pytest.mark.parametrize(
    "text", ["40 radar-evading fighters", "missile-armed boats", "drone-carrying ships"]
)
def test_a_noun_hyphened_to_a_participle_is_a_modifier_not_a_role(text: str) -> None:
    """Only the head noun ("fighters", "boats", "ships") is a role word."""
    runs = find_roles(text)
    assert [r.text for r in runs] == [text.split()[-1]]
