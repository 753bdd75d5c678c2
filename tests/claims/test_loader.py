"""The claim-set loader: valid files load; folders, several files and limits behave.

The corpus of broken files, each with its located problems, is tests/data/bad/ (run through the
CLI by tests/test_bad_input.py); the loader's property tests are in test_loader_properties.py.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import yaml

from veracity.claims import load_claim_set, load_claim_sets, parse_claim_set, stream_claim_sets
from veracity.claims import loader as loader_module
from veracity.errors import ClaimFileError

DATA = Path(__file__).parents[1] / "data" / "claims"


def problems(path: Path) -> list[str]:
    with pytest.raises(ClaimFileError) as info:
        load_claim_set(path)
    return [str(p) for p in info.value.problems]


def test_minimal_file_loads() -> None:
    claim_set = load_claim_set(DATA / "minimal.yaml")
    assert claim_set.article.id == "minimal"
    assert [c.id for c in claim_set.claims] == ["gfp-rank"]
    assert claim_set.claim_locations["gfp-rank"].line == 5


def test_full_file_loads_with_hints_and_article_text() -> None:
    claim_set = load_claim_set(DATA / "full.yaml")
    assert claim_set.article.published == dt.date(2024, 7, 15)
    rank = claim_set.claim("rank")
    assert rank.country == "Kazakhstan"
    assert rank.year == 2024
    assert claim_set.article_location(rank) is not None
    assert claim_set.article_location(rank).line == 2  # type: ignore[union-attr]
    assert claim_set.claim("opinion").checkable is False


def test_the_reference_claim_set_loads() -> None:
    root = Path(__file__).parents[2]
    claim_set = load_claim_set(root / "claims" / "kz2024.yaml")
    assert len(claim_set.claims) >= 25
    assert claim_set.article_text is not None


def test_missing_file() -> None:
    [message] = problems(Path("no/such/file.yaml"))
    assert "cannot read the file" in message
    assert message.startswith("no/such/file.yaml: cannot read")  # no made-up line and column


def test_missing_file_has_no_position() -> None:
    with pytest.raises(ClaimFileError) as caught:
        load_claim_set(Path("no/such/file.yaml"))
    assert caught.value.problems[0].line == 0
    assert ":1:1:" not in str(caught.value)


def test_directory_expands_to_every_yaml(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    write("one.yaml", (DATA / "minimal.yaml").read_text().replace("minimal", "one"))
    write("two.yaml", (DATA / "minimal.yaml").read_text().replace("minimal", "two"))
    write("notes.txt", "not a claim set")
    assert [s.article.id for s in load_claim_sets([tmp_path])] == ["one", "two"]


def test_errors_of_several_files_are_collected(write) -> None:  # type: ignore[no-untyped-def]
    a = write("a.yaml", "[]\n")
    b = write("b.yaml", "{}\n")
    with pytest.raises(ClaimFileError) as info:
        load_claim_sets([a, b])
    assert {p.path.name for p in info.value.problems} == {"a.yaml", "b.yaml"}


def test_parse_from_bytes_with_bom() -> None:
    raw = "\ufeff".encode() + (DATA / "minimal.yaml").read_bytes()
    assert parse_claim_set(raw, DATA / "minimal.yaml").article.id == "minimal"


def test_two_files_with_one_article_id(write) -> None:  # type: ignore[no-untyped-def]
    text = (DATA / "minimal.yaml").read_text()
    a, b = write("a.yaml", text), write("b.yaml", text)
    with pytest.raises(ClaimFileError) as info:
        load_claim_sets([a, b])
    [problem] = info.value.problems
    assert str(problem).startswith(f"{b}:2:7: the article id `minimal` is also used by {a}")


def test_a_file_named_twice_is_loaded_once() -> None:
    assert (
        len(load_claim_sets([DATA / "minimal.yaml", DATA / ".." / "claims" / "minimal.yaml"])) == 1
    )


def _batch(tmp_path: Path, write, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    for name in names:
        write(f"{name}.yaml", (DATA / "minimal.yaml").read_text().replace("minimal", name))


def test_a_streamed_batch_gives_the_claim_sets_in_order(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    _batch(tmp_path, write, ["one", "two", "three"])
    streamed = [s.article.id for s in stream_claim_sets([tmp_path], keep=1)]
    assert (
        streamed == [s.article.id for s in load_claim_sets([tmp_path])] == ["one", "three", "two"]
    )


def test_a_streamed_batch_is_validated_before_the_first_claim_set(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    _batch(tmp_path, write, ["one", "two"])
    write("three.yaml", "claims: [\n")
    with pytest.raises(ClaimFileError) as info:
        stream_claim_sets([tmp_path], keep=0)  # raised here, not on the first next()
    assert [p.path.name for p in info.value.problems] == ["three.yaml"]


def test_a_file_past_the_kept_claims_is_read_again(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    _batch(tmp_path, write, ["one", "two"])
    batch = stream_claim_sets([tmp_path], keep=1)
    assert next(batch).article.id == "one"
    (tmp_path / "two.yaml").write_text("claims: [\n")  # broken after validation: its own error
    with pytest.raises(ClaimFileError, match=r"two\.yaml"):
        next(batch)


def test_a_file_whose_article_id_changed_mid_batch(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    _batch(tmp_path, write, ["one", "two"])
    batch = stream_claim_sets([tmp_path], keep=0)
    text = (tmp_path / "two.yaml").read_text()
    (tmp_path / "two.yaml").write_text(text.replace("id: two", "id: one"))
    assert next(batch).article.id == "one"
    with pytest.raises(ClaimFileError, match="the article id changed from `two`"):
        next(batch)


def test_folder_without_claim_files(tmp_path: Path) -> None:
    with pytest.raises(ClaimFileError, match=r"no \*\.yaml claim file in this folder"):
        load_claim_sets([tmp_path])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_article_text_must_be_a_regular_file(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    os.mkfifo(tmp_path / "pipe.txt")
    path = write(
        "fifo.yaml",
        "article:\n  id: a\n  title: t\n  text: pipe.txt\nclaims:\n  - id: c\n    text: x\n",
    )
    [message] = problems(path)  # returns at once instead of blocking on the pipe
    assert ":4:9:" in message
    assert "not a regular file" in message


def test_many_plain_values_are_refused_without_aliases(
    write, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("veracity.claims.nodes.MAX_NODES", 50)
    monkeypatch.setattr(loader_module, "MAX_NODES", 50)
    [message] = problems(write("many.yaml", "[" + ", ".join(["x"] * 60) + "]\n"))
    assert "holds more than 50 values" in message
    assert "split the file" in message


def test_deep_nesting_with_the_pure_python_parser(write, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(loader_module, "_Loader", yaml.SafeLoader)
    [message] = problems(write("deep.yaml", "[" * 600 + "]" * 600))
    assert "nested too deeply" in message
