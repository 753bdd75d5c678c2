"""Narrowing a shared name's rows by context, never by the words a verifier judges."""

from __future__ import annotations

import pytest

from veracity.mentions import Entity, find_mentions
from veracity.mentions.narrowing import Cue, narrow
from veracity.sources import Sources


def _system(entity_id: str) -> Entity:
    return Entity("system", entity_id, entity_id, {})


HELICOPTER, VEHICLE, LAUNCHER = _system("helicopter"), _system("vehicle"), _system("launcher")
READINGS = (HELICOPTER, VEHICLE, LAUNCHER)


def test_a_cue_keeps_its_readings() -> None:
    cues = [Cue("role", (10, 20), (HELICOPTER,))]
    assert narrow(READINGS, cues) == (HELICOPTER,)


def test_the_judged_words_never_narrow() -> None:
    """The role words judged chose nothing: every reading stays."""
    cues = [Cue("role", (10, 20), (HELICOPTER,))]
    assert narrow(READINGS, cues, judged=[(12, 20)]) == READINGS


def test_other_context_still_narrows() -> None:
    cues = [Cue("maker", (0, 5), (VEHICLE, LAUNCHER)), Cue("role", (10, 20), (HELICOPTER,))]
    assert narrow(READINGS, cues, judged=[(10, 20)]) == (VEHICLE, LAUNCHER)


def test_makers_decide_before_role_words() -> None:
    cues = [Cue("role", (10, 20), (HELICOPTER,)), Cue("maker", (0, 5), (VEHICLE,))]
    assert narrow(READINGS, cues) == (VEHICLE,)


def test_support_words_decide_when_nothing_else_narrows() -> None:
    cues = [Cue("role", (10, 20), READINGS), Cue("support", (10, 30), (LAUNCHER,))]
    assert narrow(READINGS, cues) == (LAUNCHER,)


def test_origin_words_decide_when_makers_and_role_words_do_not() -> None:
    cues = [Cue("role", (10, 20), READINGS), Cue("origin", (0, 6), (HELICOPTER,))]
    assert narrow(READINGS, cues) == (HELICOPTER,)
    assert narrow(READINGS, cues, judged=[(0, 6)]) == READINGS


def test_role_words_decide_before_origin_words() -> None:
    cues = [Cue("origin", (0, 6), (VEHICLE,)), Cue("role", (10, 20), (HELICOPTER,))]
    assert narrow(READINGS, cues) == (HELICOPTER,)


@pytest.fixture(scope="module")
def bundled() -> Sources:
    return Sources()


def _ids(entities: tuple[Entity, ...]) -> list[str]:
    return sorted(e.id for e in entities)


def test_a_mention_judged_on_its_own_role_words_keeps_every_reading(bundled: Sources) -> None:
    text = "The Caracal is a helicopter."
    caracal = find_mentions(text, bundled).systems[0]
    assert _ids(caracal.of("system")) == ["h225m-caracal"]  # narrowed for other verifiers
    role = (text.index("helicopter"), len(text) - 1)
    assert _ids(caracal.judged(role)) == ["caracal", "h225m-caracal"]


def test_a_mention_judged_on_its_maker_keeps_the_role_words_narrowing(bundled: Sources) -> None:
    text = "The Caracal helicopter is made by Airbus Helicopters."
    found = find_mentions(text, bundled)
    caracal, maker = found.systems[0], found.makers[-1]
    assert _ids(caracal.judged(maker.span)) == ["h225m-caracal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The K9 is a self-propelled howitzer.", ["k9-thunder"]),
        ("The Krab is built on a licensed K9 chassis.", ["k-9", "k9-thunder"]),
        ("Poland bought K-9 chassis.", ["k-9", "k9-thunder"]),
    ],
)
def test_a_bare_name_is_the_system_not_the_part_recorded_under_it(
    bundled: Sources, text: str, expected: list[str]
) -> None:
    k9 = next(
        m for m in find_mentions(text, bundled).systems if m.text.startswith("K") and "9" in m.text
    )
    assert _ids(k9.of("system")) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The French Caracal is in service.", "French", ["h225m-caracal"]),
        ("A Belarusian-built Caracal was sold.", "Belarusian", ["caracal"]),
        ("A Belarusian-made Caracal was sold.", "Belarusian", ["caracal"]),
    ],
)
def test_origin_words_before_a_shared_name_narrow_it_but_not_for_their_own_judge(
    bundled: Sources, text: str, word: str, expected: list[str]
) -> None:
    """An origin adjective ("the French Caracal", "a Belarusian-built Caracal") narrows the
    rows for every verifier but the one judging that origin."""
    caracal = find_mentions(text, bundled).systems[0]
    assert _ids(caracal.of("system")) == expected
    start = text.index(word)
    assert _ids(caracal.judged((start, start + len(word)))) == ["caracal", "h225m-caracal"]


def test_an_origin_no_reading_has_leaves_every_reading(bundled: Sources) -> None:
    caracal = find_mentions("The Iraqi Caracal is in service.", bundled).systems[0]
    assert _ids(caracal.of("system")) == ["caracal", "h225m-caracal"]
