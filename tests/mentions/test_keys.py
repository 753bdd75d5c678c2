from veracity.mentions.keys import key_of, tokenise, words


def test_separators_and_case_are_normalised_away() -> None:
    assert {key_of(n) for n in ("Su-30SM", "Su 30SM", "SU30SM", "Su-30 SM")} == {"su30sm"}


def test_roman_numerals_become_digits() -> None:
    assert key_of("COBRA II") == key_of("Cobra-2") == "cobra2"


def test_accents_and_dotless_i_are_folded() -> None:
    assert key_of("TUSAŞ") == "tusas"
    assert key_of("Türkiye") == "turkiye"
    assert key_of("Koç Holdıng") == "kocholding"


def test_possessive_is_dropped_and_marked() -> None:
    tokens = tokenise("Otokar's Cobra II")
    assert [t.text for t in tokens] == ["Otokar", "Cobra", "II"]
    assert tokens[0].possessive
    assert not tokens[1].joined  # no n-gram across a possessive


def test_tokens_do_not_join_across_sentence_punctuation() -> None:
    tokens = tokenise("Otokar, Cobra (II). Su-30SM")
    assert [t.joined for t in tokens] == [False, False, False, False, True]


def test_words_keep_hyphenated_designations_whole() -> None:
    assert words(tokenise("Bayraktar TB-2 Su-30SM")) == ["bayraktar", "tb2", "su30sm"]
