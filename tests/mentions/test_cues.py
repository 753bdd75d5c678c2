import pytest

from veracity.mentions.cues import (
    attribution_cue,
    english_word,
    maker_cue,
    named_weapon,
    person_or_place,
    role_cue,
    sentence_initial,
)
from veracity.mentions.keys import tokenise


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Arlan Suleimenov said", "person's name"),
        ("General Arlan said", "after “General”"),
        ("Arlan said", "a person"),
        ("the Arlan district", "place"),
        ("the city of Arlan", "place"),
        ("the Arlan is ready", ""),
        ("Baykar Technologies builds it", ""),
    ],
)
def test_person_or_place(text: str, reason: str) -> None:
    tokens = tokenise(text)
    i = next(k for k, t in enumerate(tokens) if t.text in ("Arlan", "Baykar"))
    found = person_or_place(text, tokens, i, i + 1, frozenset(), system=True)
    assert reason in found
    assert bool(found) is bool(reason)


def test_cues_for_near_misses() -> None:
    assert maker_cue("the Turkish company Otocar", 20, 26)
    assert maker_cue("Otocar company", 0, 6)
    assert not maker_cue("Tales of the Thales Group", 0, 5)
    assert attribution_cue("produced by Otocar", 12)
    assert role_cue("Grippen fighters", 0, 7)
    assert not role_cue("Grippen is a fighter", 0, 7)


def test_sentence_initial() -> None:
    tokens = tokenise("Attack helicopters. The Attack")
    assert sentence_initial("Attack helicopters. The Attack", tokens, 0)
    assert not sentence_initial("Attack helicopters. The Attack", tokens, 3)


def test_a_name_that_is_no_english_word_may_open_a_sentence() -> None:
    text = "Gripen fighters. Rafale jets"
    tokens = tokenise(text)
    assert not sentence_initial(text, tokens, 0)
    assert not sentence_initial(text, tokens, 3)


def test_named_weapon() -> None:
    assert named_weapon("Gripen fighters arrived", 0, 6, ["aircraft"])
    assert not named_weapon("Gripen fighters arrived", 0, 6, ["ship"])  # the role does not fit
    assert not named_weapon("Gripen arrived", 0, 6, ["aircraft"])  # no role word
    assert not named_weapon("Attack helicopters", 0, 6, ["helicopter"])  # an English word


def test_english_words_are_no_names() -> None:
    assert english_word("Marine")
    assert english_word("Being")
    assert not english_word("Otocar")
    assert not english_word("Rheinmettal")


@pytest.mark.parametrize(
    "word", ["Marine", "Being", "tales", "ALL", "another", "Otocar", "Rafale", "Irkutsk", "'d"]
)
def test_english_word_answers_as_lemminflect_does(word: str) -> None:
    import lemminflect

    assert english_word(word) == bool(lemminflect.getAllLemmas(word.lower()))
