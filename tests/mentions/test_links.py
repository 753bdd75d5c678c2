from veracity.mentions import find_mentions
from veracity.mentions.links import clause_start, copula_subject, subtract
from veracity.sources import Sources


def test_copula_subject_skips_a_relative_clause(fixture_sources: Sources) -> None:
    text = "The A400M that Kazakhstan is acquiring is a European heavy transport aircraft."
    systems = find_mentions(text, fixture_sources).systems
    found = copula_subject(text, text.index("European"), systems)
    assert found is not None
    assert found[0].text == "A400M"


def test_copula_subject_skips_a_which_aside(fixture_sources: Sources) -> None:
    text = "The Su-30SM, which replaced the F-16, is a Russian fighter."
    systems = find_mentions(text, fixture_sources).systems
    found = copula_subject(text, text.index("Russian"), systems)
    assert found is not None
    assert found[0].text == "Su-30SM"


def test_no_copula_no_subject(fixture_sources: Sources) -> None:
    text = "Kazakhstan considered French Rafale fighters."
    systems = find_mentions(text, fixture_sources).systems
    assert copula_subject(text, text.index("fighters"), systems) is None


def test_clauses_break_at_sentence_ends() -> None:
    text = "The Rafale is French. The Su-30SM is Russian."
    assert clause_start(text, text.index("Su-30SM")) == text.index("The Su-30SM")


def test_subtract_cuts_holes() -> None:
    assert subtract((0, 10), [(3, 5)]) == [(0, 3), (5, 10)]
    assert subtract((0, 10), [(0, 10)]) == []


def test_a_passive_verb_is_not_a_nominal_predicate(fixture_sources: Sources) -> None:
    """After "was delivered to the", the adjective modifies the verb's object, not the subject."""
    text = "The Su-30SM was delivered to the Kazakh air force."
    systems = find_mentions(text, fixture_sources).systems
    assert copula_subject(text, text.index("Kazakh"), systems) is None


def test_a_progressive_verb_is_not_a_nominal_predicate(fixture_sources: Sources) -> None:
    text = "Otokar is courting the Kazakh market."
    makers = find_mentions(text, fixture_sources).makers
    assert copula_subject(text, text.index("Kazakh"), makers) is None


def test_a_preposition_ends_the_predicate(fixture_sources: Sources) -> None:
    text = "The Su-30SM is in service with the Kazakh air force."
    systems = find_mentions(text, fixture_sources).systems
    assert copula_subject(text, text.index("Kazakh"), systems) is None


def test_an_adjective_between_copula_and_predicate_is_kept(fixture_sources: Sources) -> None:
    text = "The A400M is a modified European transport aircraft."
    systems = find_mentions(text, fixture_sources).systems
    found = copula_subject(text, text.index("European"), systems)
    assert found is not None
    assert found[0].text == "A400M"
