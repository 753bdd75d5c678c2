"""Fuzz a whole workspace with atheris: the claim file, its article text and pyproject.toml.

Each input is cut into three parts (by atheris' FuzzedDataProvider): the `[tool.veracity]`
table of pyproject.toml, the article text, and the claims, which are written as a claim file
that names the text. The settings and the claim set are loaded as `verify` loads them, and
the report is rendered in every format. Only a VeracityError may escape, and its message holds
no line that starts with `::` (GitHub would run it as a workflow command); every claim is placed
where `str.find` puts it; ClaimReview holds no `<`, `>` or `&`; JUnit parses as XML and the JSON
formats parse.

Not part of the pytest run (the same invariants are property tests in tests/); to run it:

    .venv/bin/pip install atheris
    mkdir -p fuzz/corpus-workspace fuzz/artifacts
    .venv/bin/python fuzz/fuzz_workspace.py fuzz/corpus-workspace -max_total_time=600 \\
        -dict=fuzz/yaml.dict -artifact_prefix=fuzz/artifacts/
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["veracity"]):
    from veracity.claims import load_claim_set
    from veracity.claims.spans import Locator
    from veracity.config import load_settings
    from veracity.engine.runner import run
    from veracity.errors import VeracityError
    from veracity.reports import FORMATS, render
    from veracity.sources import Sources

_ROOT = Path(tempfile.mkdtemp(prefix="veracity-fuzz-ws-"))
_SOURCES = Sources()


def _workspace(settings: str, text: str, claims: list[str]) -> Path:
    root = _ROOT / "ws"
    shutil.rmtree(root, ignore_errors=True)
    (root / "claims").mkdir(parents=True)
    (root / "pyproject.toml").write_text(
        "[tool.veracity]\n" + settings + "\n", encoding="utf-8", errors="surrogatepass"
    )
    (root / "claims" / "a.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    items = "".join(
        f"  - id: c{n}\n    text: {json.dumps(claim)}\n" for n, claim in enumerate(claims) if claim
    )
    (root / "claims" / "a.yaml").write_text(
        f"article:\n  id: a\n  title: Fuzzed\n  text: a.txt\nclaims:\n{items or '  []'}\n",
        encoding="utf-8",
        errors="surrogatepass",
    )
    return root


def _check_message(exc: VeracityError) -> None:
    for line in str(exc).split("\n"):
        if line.lstrip().startswith("::"):
            raise AssertionError(f"a workflow command in an error message: {exc!s}")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    settings_text = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 300))
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 3000))
    claims = [fdp.ConsumeUnicodeNoSurrogates(120) for _ in range(fdp.ConsumeIntInRange(0, 6))]
    root = _workspace(settings_text, text, claims)
    try:
        settings = load_settings(root / "claims")
        claim_set = load_claim_set(root / "claims" / "a.yaml")
    except VeracityError as exc:
        _check_message(exc)
        return
    if claim_set.article_text is not None:
        locator = Locator(claim_set.article_text, [])
        for claim in claim_set.claims:
            span = claim_set.article_span(claim)
            index = locator.find(claim.quote or claim.text)
            if (span[0] if span else -1) != index:
                raise AssertionError(f"claim {claim.id} placed at {span}, find says {index}")
    report = run(claim_set, [], _SOURCES, settings=settings.table)
    try:
        texts = {name: render(report, name) for name in FORMATS}
    except VeracityError as exc:  # a bad author table is a ConfigError when ClaimReview needs it
        _check_message(exc)
        return
    if {"<", ">", "&"} & set(texts["claimreview"]):
        raise AssertionError("ClaimReview not safe inside an HTML <script> block")
    for name in ("json", "sarif", "claimreview"):
        json.loads(texts[name])
    ET.fromstring(texts["junit"].encode("utf-8"))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
