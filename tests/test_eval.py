"""The evaluation corpus (eval/): its files agree with each other, and a few dev articles score.

The full report belongs to `python eval/score.py`; this test runs every dev article, which must
never get a false supported, refuted or misleading verdict, on the bundled data and with the whole
SIPRI register their gold is judged against (imported from the raw export; skipped without it).
The articles in GUARDED must also not fall below the agreement they reached when they were added
here. Raise a floor when the tool gets better; never lower one to let a change through. Only dev
articles are run: test articles are read as numbers.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

EVAL = Path(__file__).resolve().parents[1] / "eval"

GUARDED = {
    "heldout-africa-latam2024": 25,  # of 29
    "heldout-poland2024": 31,  # of 34
    "heldout-southasia2024": 26,  # of 30
    "heldout-ukraine2024": 27,  # of 31
}
"""Dev articles run by the suite, with the number of claims they must get right."""


@pytest.fixture(scope="module")
def score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_article_has_claims_gold_and_a_split(score: ModuleType) -> None:
    names = score.articles()
    assert names, "no article in eval/"
    split = score.load_split()
    assert sorted(split) == names
    for name in names:
        gold = score.load_gold(name)
        assert gold.article == name
        assert (EVAL / "corpus" / f"{name}.txt").is_file()


def test_split_is_by_rule_and_frozen(score: ModuleType) -> None:
    """Re-applying the rule to the committed split moves no article."""
    split = score.load_split()
    golds = {name: score.load_gold(name) for name in split}
    assert score.assign(split, golds) == split


def test_guarded_articles_are_dev(score: ModuleType) -> None:
    split = score.load_split()
    assert {split[name] for name in GUARDED} == {"dev"}


def _falsely_decided(outcomes: list[Any]) -> list[str]:
    return [
        f"{o.article}:{o.claim} gold {o.gold} got {o.got}"
        for o in outcomes
        if o.decided and not o.correct
    ]


def _dev(score: ModuleType) -> list[str]:
    return sorted(name for name, part in score.load_split().items() if part == "dev")


def test_dev_articles_decide_nothing_falsely_on_the_bundled_data(score: ModuleType) -> None:
    """The gold is judged against the whole SIPRI register; the bundled part (orders 2019-2024)
    decides less, but what it decides must be right. Every dev article, not a hand-picked list,
    so a new article that exposes a false verdict fails here the day it is added."""
    outcomes = score.run_articles(_dev(score))
    assert _falsely_decided(outcomes) == []


def test_dev_articles_decide_nothing_falsely(score: ModuleType, whole_register_dir: Path) -> None:
    outcomes = score.run_articles(_dev(score), [whole_register_dir])
    assert _falsely_decided(outcomes) == []
    for name, floor in GUARDED.items():
        mine = [o for o in outcomes if o.article == name]
        missed = [f"{o.claim}: gold {o.gold}, got {o.got}" for o in mine if not o.correct]
        assert len(mine) - len(missed) >= floor, "\n".join(missed)


def test_paraphrases_reword_dev_claims_only(score: ModuleType) -> None:
    """A paraphrase set rewords claims of dev articles (`of: article/claim`), never of test ones,
    and a paraphrase may not be graded unlike the claim it rewords; a counterfactual
    (`alters: article/claim`) changes one fact of a dev claim and may not be graded supported."""
    split = score.load_split()
    names = score.articles(score.PARAPHRASES)
    assert names, "no paraphrase set in eval/paraphrases"
    for name in names:
        assert score.load_gold(name, score.PARAPHRASES).article == name
        data = yaml.safe_load((score.PARAPHRASES / "gold" / f"{name}.yaml").read_text("utf-8"))
        for entry in data["claims"]:
            source = str(entry.get("of") or entry["alters"])
            article, _, claim = source.partition("/")
            assert split.get(article) == "dev", f"{name}:{entry['id']} rewords {source}"
            original = {c.id: c.gold for c in score.load_gold(article).claims}[claim]
            if "of" in entry:
                assert entry["gold"][0] in original, f"{name}:{entry['id']} graded unlike {claim}"
            else:  # a counterfactual: one fact changed, so the claim is no longer true
                assert "supported" not in entry["gold"], f"{name}:{entry['id']} alters {claim}"


def test_paraphrases_decide_nothing_falsely(score: ModuleType) -> None:
    names = score.articles(score.PARAPHRASES)
    assert _falsely_decided(score.run_articles(names, (), score.PARAPHRASES)) == []


def test_extraction_honours_the_split(score: ModuleType) -> None:
    """`--split dev --extraction` measures every real dev article and no other."""
    split = score.load_split()
    golds = {name: score.load_gold(name) for name in split}
    dev = score.extraction_articles(split, golds, "dev")
    assert dev
    assert {split[name] for name in dev} == {"dev"}
    assert {n for n in split if split[n] == "dev" and not golds[n].synthetic} == set(dev)
    assert score.extraction_articles(split, golds, "dev", {dev[0]}) == [dev[0]]


def test_extraction_never_names_test_articles(score: ModuleType) -> None:
    split = score.load_split()
    shown = score.named_articles(sorted(split), split)
    hidden = sum(s == "test" for s in split.values())
    assert shown.endswith(f"and {hidden} test articles")
    assert not any(name in shown.split(", ") for name in split if split[name] == "test")
