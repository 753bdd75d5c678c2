"""The claim-set loader: valid files load; every broken file gives located, fixable errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from veracity.claims import MAX_FILE_BYTES, load_claim_set, load_claim_sets
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


def test_syntax_error_is_located(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "broken.yaml", 'article:\n  id: b\n  title: t\nclaims:\n  - id: a\n    text: "open\n'
    )
    [message] = problems(path)
    assert message.startswith(f"{path}:")
    assert "YAML syntax error" in message


def test_tab_indentation(write) -> None:  # type: ignore[no-untyped-def]
    path = write("tabs.yaml", "article:\n\tid: x\n")
    [message] = problems(path)
    assert "tab" in message
    assert "spaces" in message


def test_unknown_key_suggests_the_right_one(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "typo.yaml",
        "article:\n  id: a\n  titel: t\nclaims:\n  - id: c\n    txt: hello\n",
    )
    found = problems(path)
    assert any(":3:3: unknown key `titel`" in p and "did you mean `title`" in p for p in found)
    assert any(":6:5: unknown key `txt`" in p and "did you mean `text`" in p for p in found)
    assert any("`title` is missing" in p for p in found)


def test_several_errors_reported_at_once(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "many.yaml",
        "article:\n  id: Bad Id\n  title: t\nclaims:\n"
        "  - id: a\n    text: ''\n  - id: a\n    text: x\n  - id: a\n    text: y\n",
    )
    found = problems(path)
    assert len(found) == 4
    assert sum("used twice" in p for p in found) == 2
    assert any("lowercase letters" in p for p in found)
    assert any("`text` is empty" in p for p in found)


def test_wrong_types(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "types.yaml",
        "article:\n  id: a\n  title: t\n  published: yesterday\n"
        "claims:\n  - id: c\n    text: [1, 2]\n    year: soon\n",
    )
    found = problems(path)
    assert any("`published` must be a date" in p for p in found)
    assert any("`text` must be text" in p for p in found)
    assert any("year" in p for p in found)


def test_top_level_list(write) -> None:  # type: ignore[no-untyped-def]
    [message] = problems(write("list.yaml", "- a\n- b\n"))
    assert "must be a mapping" in message


def test_python_tags_are_refused_not_executed(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "tag.yaml",
        "article: !!python/object/apply:os.system ['touch /tmp/pwned']\nclaims: []\n",
    )
    found = problems(path)
    assert any("tag" in p and "not allowed" in p for p in found)


def test_alias_bomb_is_stopped(write) -> None:  # type: ignore[no-untyped-def]
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    found = problems(write("bomb.yaml", "\n".join(lines) + "\n"))
    assert any("expands to more than" in p for p in found)


def test_non_utf8_bytes(write) -> None:  # type: ignore[no-untyped-def]
    path = write("latin1.yaml", "article:\n  id: a\n  title: caf\xe9\n".encode("latin-1"))
    [message] = problems(path)
    assert ":3:13:" in message
    assert "UTF-8" in message


def test_binary_file(write) -> None:  # type: ignore[no-untyped-def]
    [message] = problems(write("blob.yaml", b"\x89PNG\r\n\x1a\n\x00\x00"))
    assert "binary" in message


def test_oversized_file(write) -> None:  # type: ignore[no-untyped-def]
    [message] = problems(write("big.yaml", b"#" * (MAX_FILE_BYTES + 1)))
    assert "above the limit" in message


def test_empty_file(write) -> None:  # type: ignore[no-untyped-def]
    [message] = problems(write("empty.yaml", ""))
    assert "empty" in message


def test_duplicate_keys(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "dup.yaml", "article:\n  id: a\n  id: b\n  title: t\nclaims:\n  - id: c\n    text: x\n"
    )
    assert any("appears twice" in p for p in problems(path))


def test_missing_article_text_file(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "text.yaml",
        "article:\n  id: a\n  title: t\n  text: nowhere.txt\nclaims:\n  - id: c\n    text: x\n",
    )
    [message] = problems(path)
    assert ":4:9:" in message
    assert "nowhere.txt" in message


def test_missing_file() -> None:
    [message] = problems(Path("no/such/file.yaml"))
    assert "cannot read the file" in message


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
