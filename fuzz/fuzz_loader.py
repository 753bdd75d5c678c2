"""Fuzz the claim-set loader with atheris (libFuzzer for Python).

The loader must turn any bytes into either a ClaimSet or a ClaimFileError whose problems are
located (line and column >= 1) and printable; nothing else may escape. A ClaimSet it accepts must
render as Markdown and JSON, and the JSON must parse back.

Not part of the pytest run. To run it (atheris is not a test dependency):

    .venv/bin/pip install atheris
    mkdir -p fuzz/corpus fuzz/artifacts
    .venv/bin/python fuzz/fuzz_loader.py fuzz/corpus tests/data/bad tests/data/claims claims \\
        -dict=fuzz/yaml.dict -max_total_time=600 -artifact_prefix=fuzz/artifacts/

`-max_total_time` bounds the run in seconds; new inputs go to the first folder (git-ignored),
crashes to fuzz/artifacts/. Add each crash as a case of tests/data/bad/ once fixed, and record
the run in fuzz/README.md. `-runs=N` replays or bounds by executions instead.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["veracity"]):
    from veracity.claims.loader import parse_claim_set
    from veracity.engine.runner import run
    from veracity.errors import ClaimFileError
    from veracity.reports import render
    from veracity.sources import Sources

_FOLDER = Path(tempfile.mkdtemp(prefix="veracity-fuzz-"))
_PATH = _FOLDER / "fuzzed.yaml"
_SOURCES = Sources()


def check_problems(exc: ClaimFileError) -> None:
    if not exc.problems:
        raise AssertionError("a ClaimFileError without problems")
    for problem in exc.problems:
        if problem.line < 1 or problem.column < 1 or not problem.message or not problem.hint:
            raise AssertionError(f"a problem without place, message or hint: {problem!r}")
    str(exc).encode("utf-8")


def test_one_input(data: bytes) -> None:
    try:
        claim_set = parse_claim_set(data, _PATH)
    except ClaimFileError as exc:
        check_problems(exc)
        return
    report = run(claim_set, [], _SOURCES)
    render(report, "markdown").encode("utf-8")
    data_out = json.loads(render(report, "json"))
    if data_out["article"]["id"] != claim_set.article.id:
        raise AssertionError("the JSON report lost the article id")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
