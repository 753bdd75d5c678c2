"""Guard for optimisations: the reports must stay byte-identical (not part of the test run).

    python bench/verdicts_unchanged.py --record    # once, before optimising
    python bench/verdicts_unchanged.py             # after each change; exit 1 on any difference

`--record` writes the JSON and Markdown reports of claims/kz2024.yaml, the JSON reports of every
other case file (the claim sets of `claims/`, `tests/data/claims/` and `eval/corpus/`) and the
JSON report of the generated 10,000-claim set (copied beside them, so a later change to
bench/generate.py does not move the goalposts) to bench/generated/verdicts/. Without it, the same
runs go through `verify` again and every report is compared byte for byte; the first claims that
differ are printed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BASELINE = HERE / "generated" / "verdicts"
SIZE = 10_000
CASES = {"claims": "claims", "tests-data": "tests/data/claims", "eval": "eval/corpus"}
"""The folders of case files, by the name of the baseline subfolder their reports go to."""


def _verify(claims: list[str | Path], out: Path, formats: list[str]) -> None:
    verify = Path(sys.executable).with_name("verify")
    flags = [arg for fmt in formats for arg in ("-f", fmt)]
    files = [str(c) for c in claims]
    command = [str(verify), *files, *flags, "-o", str(out), "--fail-on", "none", "-q"]
    subprocess.run(command, cwd=ROOT, check=True)


def _run(out: Path) -> None:
    """Reports of kz2024 and of the baseline's copy of the generated set, into `out`."""
    _verify([Path("claims/kz2024.yaml")], out, ["json", "markdown"])
    _verify([BASELINE / f"bench-{SIZE}.yaml"], out, ["json"])
    for name, folder in CASES.items():
        files = sorted(p.relative_to(ROOT) for p in (ROOT / folder).glob("*.yaml"))
        _verify(list(files), out / name, ["json"])


def record() -> None:
    BASELINE.mkdir(parents=True, exist_ok=True)
    generated = BASELINE / f"bench-{SIZE}.yaml"
    with generated.open("w", encoding="utf-8") as handle:
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), str(SIZE)], stdout=handle, check=True
        )
    _run(BASELINE)
    names = sorted(str(p.relative_to(BASELINE)) for p in BASELINE.rglob("*") if p.is_file())
    print(f"recorded {len(names)} reports in {BASELINE}")


def _test_split() -> frozenset[str]:
    """The articles of the evaluation's test split, which are read as numbers only."""
    split = Path(__file__).resolve().parents[1] / "eval" / "split.yaml"
    if not split.exists():
        return frozenset()
    return frozenset(yaml.safe_load(split.read_text(encoding="utf-8")).get("test") or ())


def _differences(expected: Path, actual: Path, limit: int = 5) -> list[str]:
    if expected.suffix != ".json":
        return [f"{expected.name} differs"]
    old = json.loads(expected.read_text(encoding="utf-8"))
    new = json.loads(actual.read_text(encoding="utf-8"))
    if expected.stem in _test_split():  # never name a test claim: counts only
        pairs = list(zip(old["claims"], new["claims"], strict=False))
        changed = sum(a["verdict"] != b["verdict"] for a, b in pairs)
        other = sum(a != b for a, b in pairs) - changed
        return [f"{expected.name} (test split): {changed} verdicts changed, {other} other findings"]
    lines = [
        f"{expected.name}: claim {a['id']}: {a['verdict']} -> {b['verdict']}"
        + ("" if a["verdict"] != b["verdict"] else " (same verdict, other findings)")
        for a, b in zip(old["claims"], new["claims"], strict=False)
        if a != b
    ]
    others = [k for k in old if k != "claims" and old[k] != new.get(k)]
    lines += [f"{expected.name}: `{k}` differs" for k in others]
    return lines[:limit] or [f"{expected.name} differs in formatting only"]


def compare(baseline: Path, out: Path) -> list[str]:
    """What differs between the reports of `baseline` and those of `out`, one line each: a
    report of an article of the test split by its name and counts only."""
    problems: list[str] = []
    for expected in sorted(p for p in baseline.rglob("*") if p.is_file()):
        if expected.suffix == ".yaml":
            continue
        actual = out / expected.relative_to(baseline)
        if not actual.exists():
            problems.append(f"{expected.name} was not written")
        elif actual.read_bytes() != expected.read_bytes():
            problems += _differences(expected, actual)
    return problems


def check() -> int:
    if not (BASELINE / f"bench-{SIZE}.yaml").exists():
        print("no baseline: run with --record first (before optimising)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        _run(out)
        problems = compare(BASELINE, out)
    for line in problems:
        print(line, file=sys.stderr)
    print("reports differ" if problems else "reports byte-identical")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--record", action="store_true", help="record the baseline reports")
    if parser.parse_args().record:
        shutil.rmtree(BASELINE, ignore_errors=True)
        record()
        return 0
    return check()


if __name__ == "__main__":
    raise SystemExit(main())
