"""A sentence opening with a pronoun restates the previous sentence's subject when safe."""

from __future__ import annotations

import pytest

from veracity.extract import extract
from veracity.extract.references import is_person, listed_of, members_of, restate, subject_of


def subject(sentence: str) -> tuple[str, bool] | None:
    return subject_of(sentence, 0, len(sentence))


def test_the_subject_of_a_sentence_that_names_something() -> None:
    assert subject("The F-14 was developed by Grumman and first flew in 1970.") == (
        "The F-14",
        False,
    )
    assert subject("In 2024, the F-16s were sold to Argentina.") == ("The F-16s", True)
    assert subject("It was developed by Grumman.") is None
    assert subject("No date for the F-16s was announced.") is None
    assert subject("The sale of the F-16s was approved.") == ("The sale of the F-16s", False)
    assert subject("The ministry said so.") is None  # names nothing a reader could check


@pytest.mark.parametrize(
    ("statement", "restated"),
    [
        ("It is a supersonic aircraft.", "The F-14 is a supersonic aircraft."),
        ("They are old.", "They are old."),  # number disagrees
        ("Its engine is old.", "Its engine is old."),  # not an opening pronoun
        ("It’s old.", "It’s old."),
        ("It is thus not evident how many flew.", "It is thus not evident how many flew."),
        ("It is not presently believed that X flew.", "It is not presently believed that X flew."),
        ("It is expected to fly in 2025.", "The F-14 is expected to fly in 2025."),
        ("It is a jet that first flew in 1970.", "The F-14 is a jet that first flew in 1970."),
    ],
)
def test_restate_only_an_agreeing_pronoun(statement: str, restated: str) -> None:
    text, note = restate(statement, ("The F-14", False))
    assert text == restated
    assert (note is not None) is (text != statement)


def test_extracted_claim_restates_and_says_so(write) -> None:  # type: ignore[no-untyped-def]
    path = write("a.txt", "The F-14 first flew in 1970. It is a twin-engine aircraft.\n")
    claims = extract(path).claims
    assert [c.text for c in claims] == [
        "The F-14 first flew in 1970.",
        "The F-14 is a twin-engine aircraft.",
    ]
    assert claims[1].quote == "It is a twin-engine aircraft"
    assert claims[1].note is not None
    assert "the subject of the sentence before" in claims[1].note


def test_what_a_sentence_counts_described_by_it() -> None:
    sentence = (
        "Prior to the revolution in 1979, the United States delivered about 500 of its"
        " latest aircraft to the Shah of Iran, according to Jane's."
    )
    assert members_of(sentence, 0, len(sentence)) == (
        "the aircraft the United States delivered to the Shah of Iran"
    )
    assert members_of("The F-14 first flew in 1970.", 0, 28) is None  # counts nothing
    assert members_of("It delivered 500 aircraft.", 0, 26) is None  # no named subject


MEMBERS = "the aircraft the US sold"
LISTED = ("Turkey, Egypt and Iran", 3)


@pytest.mark.parametrize(
    ("statement", "restated"),
    [
        ("These included 79 F-14As.", "The aircraft the US sold included 79 F-14As."),
        ("These were old.", "These were old."),  # not a verb of inclusion
        ("They included 79 F-14As.", "They included 79 F-14As."),  # a pronoun: the subject's
        ("All three countries rank above Israel.", "Turkey, Egypt and Iran all rank above Israel."),
        (
            "The three countries all rank above Israel.",
            "Turkey, Egypt and Iran all rank above Israel.",
        ),
        ("The two countries signed.", "The two countries signed."),  # the count disagrees
        ("The three tanks arrived.", "The three tanks arrived."),  # not a group noun
    ],
)
def test_a_demonstrative_or_a_counted_group_reads_what_was_named(
    statement: str, restated: str
) -> None:
    text, note = restate(statement, None, MEMBERS, LISTED)
    assert text == restated
    assert (note is not None) is (text != statement)


def test_a_list_of_names_opening_a_sentence_or_headline() -> None:
    for text, listed in [
        (
            "Turkey, Egypt and Iran top MENA military firepower rankings",
            ("Turkey, Egypt and Iran", 3),
        ),
        ("In 2024, Poland and Romania bought tanks.", ("Poland and Romania", 2)),
        ("The F-16 and the F-35 are jets.", None),  # not names alone
        ("Embraer, Saab Open Fighter Jet Assembly Line", None),  # no list: no "and"
    ]:
        assert listed_of(text, 0, len(text)) == listed


@pytest.mark.parametrize(
    ("name", "article", "expected"),
    [
        (
            "a.txt",
            "The United States delivered 500 aircraft to Iran. These included 79 F-14As and"
            " 177 F-4Es.\n",
            [
                "The aircraft the United States delivered to Iran included 79 F-14As.",
                "The aircraft the United States delivered to Iran included 177 F-4Es.",
            ],
        ),
        (
            "a.md",
            "# Turkey, Egypt and Iran top the rankings\n\n"
            "All three countries rank above Israel according to the index [Getty images]\n",
            ["Turkey, Egypt and Iran all rank above Israel according to the index."],
        ),
    ],
)
def test_extracted_claims_restate_what_was_named_before(  # type: ignore[no-untyped-def]
    write, name: str, article: str, expected: list[str]
) -> None:
    texts = [c.text for c in extract(write(name, article)).claims]
    assert texts[-len(expected) :] == expected


@pytest.mark.parametrize(
    ("statement", "subject", "person", "restated"),
    [
        (
            "He said the jets arrived.",
            ("Jan Novak", False),
            True,
            "Jan Novak said the jets arrived.",
        ),
        ("She signed the deal.", ("Defence Minister Anna Berg", False), True, None),
        ("He said the jets arrived.", ("The F-14", False), False, "He said the jets arrived."),
        ("She signed the deal.", ("South Korea", False), False, "She signed the deal."),
        ("It entered service in 1974.", ("Jan Novak", False), True, "It entered service in 1974."),
        ("It entered service in 1974.", ("The F-14", False), False, None),
    ],
)
def test_a_pronoun_takes_an_antecedent_of_its_kind(
    statement: str, subject: tuple[str, bool], person: bool, restated: str | None
) -> None:
    text, note = restate(statement, subject, person=person)
    if restated is None:
        assert text != statement
        assert note is not None
    else:
        assert text == restated
        assert (note is not None) is (text != statement)


@pytest.mark.parametrize(
    ("words", "person"),
    [
        ("Jan Novak", True),
        ("Defence Minister Anna Berg", True),
        ("The F-14", False),
        ("South Korea", False),
        ("Tatra Defence Systems", False),
        ("Rheinmetall AG", False),
        ("Poland", False),
        ("F-16 Viper", False),
    ],
)
def test_a_subject_that_names_a_person(words: str, person: bool) -> None:
    assert is_person(words, lambda name: name in {"South Korea", "Poland"}) is person


def test_an_unresolved_opening_pronoun_needs_a_subject(write) -> None:  # type: ignore[no-untyped-def]
    path = write("b.txt", "Poland signed the deal in 2022. He ordered 180 tanks from the maker.\n")
    claims = extract(path).claims
    assert claims[1].text.startswith("He ordered")
    assert not claims[1].checkable
    assert claims[1].note is not None
    assert "needs a subject" in claims[1].note.lower()
