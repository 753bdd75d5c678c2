"""Re-running on an edited article: curated claims untouched, new ones inserted, gone ones told."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from veracity.claims import load_claim_set
from veracity.errors import ClaimFileError, ExtractError
from veracity.extract import extract_to_file

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "extract"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    return Path(shutil.copy(DATA / "wrapped.txt", tmp_path / "wrapped.txt"))


def _kept_in_order(before: str, after: str) -> bool:
    """Every line of `before` is in `after`, in the same order, untouched."""
    lines = iter(after.splitlines())
    return all(any(line == other for other in lines) for line in before.splitlines())


def test_rerun_on_the_same_article_changes_nothing(article: Path) -> None:
    output = article.with_suffix(".yaml")
    first = extract_to_file(article, output)
    before = output.read_bytes()
    again = extract_to_file(article, output)
    assert output.read_bytes() == before
    assert again.added == ()
    assert again.vanished == ()
    assert again.kept == first.claim_set.claims


def test_curated_claims_are_never_overwritten(article: Path) -> None:
    output = article.with_suffix(".yaml")
    extract_to_file(article, output)
    first = load_claim_set(output).claims[1]
    curated = output.read_text("utf-8").replace(
        f"    text: {first.text!r}".replace("'", '"'),
        "    # checked by hand against the TKMS press release\n"
        '    text: "Norway ordered four Type 212CD submarines from TKMS in 2021."\n'
        "    year: 2021",
    )
    assert curated != output.read_text("utf-8")
    output.write_text(curated, encoding="utf-8")
    article.write_text(
        article.read_text("utf-8").replace("5.5 billion", "5.8 billion")
        + "\nThe first boat will be named Sabotøren. It is 73 metres long.\n",
        encoding="utf-8",
    )
    result = extract_to_file(article, output)
    text = output.read_text("utf-8")
    assert _kept_in_order(curated, text)  # every line a person wrote, comments included
    added = [c.text for c in result.added]
    assert added == [
        "The boats will cost about 5.8 billion euros in total — roughly 1.4 billion euros each.",
        "The first boat will be named Sabotøren.",
        "It is 73 metres long.",
    ]
    assert result.vanished == ()
    was = "The boats will cost about 5.5 billion euros in total — roughly 1.4 billion euros each."
    assert [(old.text, new.text) for old, new in result.changed] == [(was, added[0])]
    reloaded = load_claim_set(output)
    assert (
        reloaded.claim(first.id).text
        == "Norway ordered four Type 212CD submarines from TKMS in 2021."
    )
    assert reloaded.claim(first.id).year == 2021
    assert [c.text for c in reloaded.claims[-2:]] == added[1:]  # where the article adds them
    texts = [c.text for c in reloaded.claims]
    assert texts.index(added[0]) == texts.index(was) + 1  # next to the claim it edits


def test_merge_into_a_hand_written_claim_set(tmp_path: Path) -> None:
    folder = tmp_path / "claims"
    shutil.copytree(ROOT / "claims", folder)
    output = folder / "kz2024.yaml"
    before = output.read_text("utf-8")
    result = extract_to_file(folder / "kz2024.txt", output)
    assert _kept_in_order(before, output.read_text("utf-8"))
    assert result.vanished == ()  # every curated claim's words are still in the article
    assert len(result.added) < len(result.kept)  # most statements are curated already
    load_claim_set(output)


def test_a_broken_existing_file_is_left_alone(article: Path) -> None:
    output = article.with_suffix(".yaml")
    output.write_text('article:\n  id: x\n  title: t\nclaims:\n  - id: a\n    text: "x\n')
    with pytest.raises(ClaimFileError):
        extract_to_file(article, output)
    assert output.read_text() == 'article:\n  id: x\n  title: t\nclaims:\n  - id: a\n    text: "x\n'


def test_flow_style_claims_cannot_be_appended_to(article: Path) -> None:
    output = article.with_suffix(".yaml")
    output.write_text("article: {id: x, title: t}\nclaims: [{id: a, text: Something else.}]\n")
    with pytest.raises(ExtractError, match="not a block list"):
        extract_to_file(article, output)


def test_indentless_claim_lists(article: Path) -> None:
    output = article.with_suffix(".yaml")
    output.write_text(
        "article:\n  id: x\n  title: t\nclaims:\n- id: a\n  text: Something else entirely.\n# end\n"
    )
    result = extract_to_file(article, output)
    assert result.added
    assert output.read_text().startswith(
        "article:\n  id: x\n  title: t\nclaims:\n- id: a\n  text: Something else entirely.\n- id: "
    )
    assert output.read_text().endswith("# end\n")
    assert [c.id for c in result.vanished] == ["a"]


def test_ids_stay_and_moved_claims_are_reported(article: Path) -> None:
    output = article.with_suffix(".yaml")
    first = extract_to_file(article, output).claim_set.claims
    paragraphs = article.read_text("utf-8").split("\n\n")
    article.write_text("\n\n".join([paragraphs[0], *paragraphs[2:], paragraphs[1]]), "utf-8")
    again = extract_to_file(article, output)
    assert again.added == ()
    assert again.vanished == again.changed == ()
    assert [c.id for c in again.claim_set.claims] == [c.id for c in first]
    assert again.moved
    assert set(again.moved) < set(first)


def test_a_new_statement_goes_to_its_article_place_and_never_moves(article: Path) -> None:
    """A statement added to the middle of the article is inserted among the file's claims
    where the article says it, so the next re-run reports nothing moved; ids stay."""
    output = article.with_suffix(".yaml")
    first = extract_to_file(article, output).claim_set.claims
    article.write_text(
        article.read_text("utf-8").replace(
            "The U.S. Navy\nis not involved.", "The U.S. Navy\nis not involved. Poland has none."
        ),
        encoding="utf-8",
    )
    result = extract_to_file(article, output)
    assert [c.text for c in result.added] == ["Poland has none."]
    assert result.moved == ()
    ids = [c.id for c in load_claim_set(output).claims]
    at = ids.index(result.added[0].id)
    assert 0 < at < len(ids) - 1
    assert [i for i in ids if i != result.added[0].id] == [c.id for c in first]
    again = extract_to_file(article, output)
    assert again.added == again.moved == ()
