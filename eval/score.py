"""Score `verify` on the evaluation corpus (see eval/README.md).

    python eval/score.py                      # both splits: figures, and the dev misses
    python eval/score.py --split dev          # one split
    python eval/score.py --write [BLOCK]      # rewrite a block of eval/results.md (current)
    python eval/score.py --justification      # regenerate eval/JUSTIFICATION.md from gold/
    python eval/score.py --assign             # put new articles into split.yaml (never moves one)
    python eval/score.py --split dev --articles a,b --strict   # exit 1 on a false decided verdict
    python eval/score.py --sources DIR        # with a workspace's datasets (a full SIPRI import)

The test split is printed as numbers only: its per-claim misses are never shown, so that nobody
fixes the code on the claims it is measured on.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"
PARAPHRASES = HERE / "paraphrases"
"""Paraphrase sets (eval/README.md): the corpus's claims reworded, scored apart from the splits."""
SPLIT = HERE / "split.yaml"
RESULTS = HERE / "results.md"
JUSTIFICATION = HERE / "JUSTIFICATION.md"

VERDICTS = ("supported", "refuted", "misleading", "not-enough-evidence")
NEE = "not-enough-evidence"
SPLITS = ("dev", "test")
TEST_SHARE = 0.4


class CorpusError(Exception):
    """The corpus itself is inconsistent (a gold file that does not match its claim set)."""


# --- the corpus ----------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldClaim:
    id: str
    gold: tuple[str, ...]
    why: str
    rows: tuple[str, ...]
    second: str | None


@dataclass(frozen=True)
class Gold:
    article: str
    region: str
    kind: str
    synthetic: bool
    claims: tuple[GoldClaim, ...]


def _yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def load_gold(article: str, root: Path = HERE) -> Gold:
    path = root / "gold" / f"{article}.yaml"
    data = _yaml(path)
    claims = []
    for entry in data.get("claims") or []:
        labels = tuple(entry["gold"])
        unknown = [label for label in labels if label not in VERDICTS]
        if not labels or unknown:
            raise CorpusError(f"{path}: claim {entry['id']!r} has bad gold labels {labels!r}")
        second = entry.get("second")
        claims.append(
            GoldClaim(
                id=entry["id"],
                gold=labels,
                why=str(entry.get("why", "")),
                rows=tuple(entry.get("rows") or ()),
                second=None if second is None else str(second),
            )
        )
    return Gold(
        article=data["article"],
        region=data["region"],
        kind=data["kind"],
        synthetic=bool(data.get("synthetic", False)),
        claims=tuple(claims),
    )


def articles(root: Path = HERE) -> list[str]:
    """Every article (under `root`) that has both a claim set and gold."""
    corpus = root / "corpus"
    return sorted(
        p.stem for p in (root / "gold").glob("*.yaml") if (corpus / f"{p.stem}.yaml").exists()
    )


def load_split() -> dict[str, str]:
    if not SPLIT.exists():
        return {}
    data = _yaml(SPLIT) or {}
    return {article: name for name in SPLITS for article in data.get(name) or []}


def _rank(article: str) -> str:
    return hashlib.sha256(f"veracity-eval-split:{article}".encode()).hexdigest()


def assign(split: dict[str, str], golds: dict[str, Gold]) -> dict[str, str]:
    """`split` with every unassigned article placed; an assigned article never moves.

    Synthetic sets go to dev. Real articles are placed kind by kind, in the order of a hash of
    their id (not of their content), each into the split that keeps the kind's test share
    closest to 40% (dev on a tie), so the split is stratified by kind and fixed by the rule, not
    by anyone's choice.
    """
    result = dict(split)
    by_kind: dict[str, list[str]] = defaultdict(list)
    for article, gold in sorted(golds.items()):
        if article in result:
            continue
        if gold.synthetic:
            result[article] = "dev"
        else:
            by_kind[gold.kind].append(article)
    for kind, new in sorted(by_kind.items()):
        placed = [a for a, s in result.items() if not golds[a].synthetic and golds[a].kind == kind]
        tests = sum(result[a] == "test" for a in placed)
        total = len(placed)
        for article in sorted(new, key=_rank):
            total += 1
            if abs((tests + 1) / total - TEST_SHARE) < abs(tests / total - TEST_SHARE):
                result[article] = "test"
                tests += 1
            else:
                result[article] = "dev"
    return result


def write_split(split: dict[str, str]) -> None:
    lines = [
        "# The frozen dev/test split, by article (eval/README.md). `score.py --assign` adds new",
        "# articles by its rule and never moves one; edit by hand only to remove an article.",
    ]
    for name in SPLITS:
        lines.append(f"{name}:")
        lines += [f"  - {a}" for a in sorted(a for a, s in split.items() if s == name)]
    SPLIT.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- running and scoring --------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    article: str
    kind: str
    claim: str
    gold: tuple[str, ...]
    got: str
    deciders: tuple[str, ...]
    explanation: str

    @property
    def correct(self) -> bool:
        return self.got in self.gold

    @property
    def decided(self) -> bool:
        return self.got != NEE


def run_articles(
    names: Iterable[str], extra: Sequence[Path] = (), root: Path = HERE
) -> list[Outcome]:
    from veracity.claims import load_claim_set
    from veracity.engine.plugins import discover
    from veracity.engine.runner import run
    from veracity.sources import Sources

    verifiers = discover(builtins_only=True)
    sources = Sources(tuple(extra))
    outcomes = []
    for article in names:
        gold = load_gold(article, root)
        claim_set = load_claim_set(root / "corpus" / f"{article}.yaml")
        labels = {c.id: c for c in gold.claims}
        ids = [c.id for c in claim_set.claims]
        if sorted(ids) != sorted(labels):
            missing = sorted(set(ids) ^ set(labels))
            raise CorpusError(f"{article}: claim set and gold differ on {missing}")
        report = run(claim_set, verifiers, sources)
        for result in report.results:
            outcomes.append(
                Outcome(
                    article=article,
                    kind=gold.kind,
                    claim=result.claim.id,
                    gold=labels[result.claim.id].gold,
                    got=str(result.verdict),
                    deciders=tuple(sorted({f.verifier for f in result.deciding})),
                    explanation=result.explanation,
                )
            )
    return outcomes


@dataclass
class Figures:
    claims: int = 0
    correct: int = 0
    baseline: int = 0
    decided: int = 0
    decided_correct: int = 0
    decidable: int = 0
    false: Counter[str] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        self.claims += 1
        self.correct += outcome.correct
        self.baseline += NEE in outcome.gold
        self.decidable += outcome.gold[0] != NEE
        self.confusion[(outcome.gold[0], outcome.got)] += 1
        if outcome.decided:
            self.decided += 1
            self.decided_correct += outcome.correct
            if not outcome.correct:
                self.false[outcome.got] += 1


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "–"


def figures(outcomes: Sequence[Outcome]) -> Figures:
    result = Figures()
    for outcome in outcomes:
        result.add(outcome)
    return result


def summary_rows(outcomes: Sequence[Outcome]) -> list[list[str]]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[outcome.kind].append(outcome)
    rows = []
    for name, group in [("all", list(outcomes)), *sorted(groups.items())]:
        f = figures(group)
        rows.append(
            [
                name,
                str(len({o.article for o in group})),
                str(f.claims),
                _share(f.correct, f.claims),
                _share(f.baseline, f.claims),
                f"{f.decided} of {f.decidable}",
                _share(f.decided_correct, f.decided),
                str(f.false["supported"]),
                str(f.false["refuted"]),
                str(f.false["misleading"]),
            ]
        )
    return rows


SUMMARY_HEAD = [
    "kind",
    "articles",
    "claims",
    "accuracy",
    "all-NEE baseline",
    "decided (of decidable)",
    "precision",
    "false supported",
    "false refuted",
    "false misleading",
]


def table(head: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def confusion_table(outcomes: Sequence[Outcome]) -> str:
    matrix = figures(outcomes).confusion
    rows = [[g, *(str(matrix[(g, got)]) for got in VERDICTS)] for g in VERDICTS]
    return table(["gold (best) \\ verify", *VERDICTS], rows)


def misses_table(outcomes: Sequence[Outcome]) -> str:
    rows = [
        [o.article, o.claim, ", ".join(o.gold), o.got, ", ".join(o.deciders) or "–"]
        for o in outcomes
        if not o.correct
    ]
    return table(["article", "claim", "gold", "verify", "decided by"], rows)


def render(split_name: str, outcomes: Sequence[Outcome], *, misses: bool) -> str:
    parts = [
        f"### {split_name}",
        "",
        table(SUMMARY_HEAD, summary_rows(outcomes)),
        "",
        confusion_table(outcomes),
    ]
    by_verifier = Counter(
        (o.got, d) for o in outcomes if o.decided and not o.correct for d in o.deciders or ("–",)
    )
    if by_verifier:
        rows = [[v, d, str(n)] for (v, d), n in sorted(by_verifier.items())]
        parts += ["", "False decided verdicts by the verifier behind them:", ""]
        parts.append(table(["verdict", "verifier", "claims"], rows))
    if misses:
        parts += [
            "",
            f"Misses ({sum(not o.correct for o in outcomes)}):",
            "",
            misses_table(outcomes),
        ]
    return "\n".join(parts)


# --- extraction ---------------------------------------------------------------------------

MATCH = 70
"""rapidfuzz token_sort_ratio from which an extracted claim counts as a desk claim."""
EXTRACTION_SIZE = 10


@dataclass
class ExtractionFigures:
    desk: int = 0
    desk_checkable: int = 0
    extracted: int = 0
    split: int = 0
    found: int = 0
    unmatched: int = 0
    bad_splits: int = 0
    checkable_opinions: int = 0
    decided_correct: int = 0
    decided_false: int = 0


def extraction_articles(
    split: dict[str, str],
    golds: dict[str, Gold],
    within: str | None = None,
    wanted: set[str] | None = None,
) -> list[str]:
    """The articles the extraction is measured on: every real one of the split `within` (and of
    `wanted`, if given), in hash order; without a split, the first real ones in hash order."""
    real = [a for a in split if not golds[a].synthetic]
    if within is None and wanted is None:
        return sorted(real, key=_rank)[:EXTRACTION_SIZE]
    kept = [a for a in real if (within is None or split[a] == within)]
    return sorted((a for a in kept if wanted is None or a in wanted), key=_rank)


def named_articles(names: Sequence[str], split: dict[str, str]) -> str:
    """The articles measured, as printed: dev ones by name, test ones only counted (their
    names are not shown, so that nobody reads a test article while fixing the code)."""
    dev = [a for a in names if split.get(a) == "dev"]
    hidden = len(names) - len(dev)
    parts = [", ".join(dev)] if dev else []
    if hidden:
        parts.append(f"{hidden} test article{'s' * (hidden != 1)}")
    return " and ".join(parts) or "no articles"


def measure_extraction(names: Iterable[str]) -> ExtractionFigures:
    """Run `extract` on each article text and compare its claims with the desk's claim set.

    A desk claim is *found* when an extracted claim matches it (token_sort_ratio >= MATCH, each
    extracted claim matching its best desk claim). An extracted claim that matches no desk claim
    is *unmatched*: a bad split, or a sentence the desk did not make a claim of; a *bad split* is
    an unmatched claim the splitter made (its text is not its quote: a part of a sentence, or a
    subject restated). A *checkable
    opinion* is an extracted claim left checkable whose desk claim is `checkable: false`. The
    extracted set is then verified, and each matched extracted claim's verdict is scored against
    its desk claim's gold.
    """
    from rapidfuzz import fuzz, process

    from veracity.claims import load_claim_set
    from veracity.engine.plugins import discover
    from veracity.engine.runner import run
    from veracity.extract import extract
    from veracity.sources import Sources

    verifiers = discover(builtins_only=True)
    sources = Sources()
    total = ExtractionFigures()
    for article in names:
        desk = load_claim_set(CORPUS / f"{article}.yaml")
        gold = {c.id: c.gold for c in load_gold(article).claims}
        extracted = extract(CORPUS / f"{article}.txt")
        desk_texts = [c.text for c in desk.claims]
        total.desk += len(desk.claims)
        total.desk_checkable += sum(c.checkable for c in desk.claims)
        total.extracted += len(extracted.claims)
        found: set[str] = set()
        matched: dict[str, str] = {}
        for claim in extracted.claims:
            split = _was_split(claim.text, claim.quote)
            total.split += split
            best = process.extractOne(claim.text, desk_texts, scorer=fuzz.token_sort_ratio)
            if best is None or best[1] < MATCH:
                total.unmatched += 1
                total.bad_splits += split
                continue
            desk_claim = desk.claims[best[2]]
            found.add(desk_claim.id)
            matched[claim.id] = desk_claim.id
            if claim.checkable and not desk_claim.checkable:
                total.checkable_opinions += 1
        total.found += sum(c.checkable and c.id in found for c in desk.claims)
        report = run(extracted, verifiers, sources)
        for result in report.results:
            desk_id = matched.get(result.claim.id)
            if desk_id is None or result.verdict == NEE:
                continue
            if str(result.verdict) in gold[desk_id]:
                total.decided_correct += 1
            else:
                total.decided_false += 1
    return total


def _was_split(text: str, quote: str | None) -> bool:
    """The splitter made this claim's text: it is not its quote, the sentence as written."""

    def flat(words: str) -> str:
        return " ".join(words.split()).rstrip('.!?"”’ ')

    return quote is not None and flat(text) != flat(quote)


def render_extraction(
    names: Sequence[str], f: ExtractionFigures, desk: Figures, split: dict[str, str]
) -> str:
    rows = [
        ["articles", str(len(names))],
        ["desk claims (checkable)", f"{f.desk} ({f.desk_checkable})"],
        ["extracted claims", str(f.extracted)],
        ["recall of checkable desk claims", _share(f.found, f.desk_checkable)],
        ["unmatched extracted claims (bad splits or not a desk claim)", str(f.unmatched)],
        [
            "bad splits (unmatched split claims, of all extracted)",
            f"{f.bad_splits} of {f.extracted} ({_share(f.bad_splits, f.extracted)}; "
            f"{f.split} split claims)",
        ],
        ["checkable opinions, quotes or forecasts", str(f.checkable_opinions)],
        ["extract then verify: correct decided verdicts", str(f.decided_correct)],
        ["extract then verify: false decided verdicts", str(f.decided_false)],
        ["desk claim sets: correct decided verdicts", str(desk.decided_correct)],
        ["desk claim sets: false decided verdicts", str(sum(desk.false.values()))],
    ]
    return "\n".join(
        [
            "### extraction",
            "",
            f"`verify extract` on {named_articles(names, split)}.",
            "",
            table(["measure", "value"], rows),
        ]
    )


# --- justification --------------------------------------------------------------------------


def justification() -> str:
    from veracity.claims import load_claim_set

    parts = [
        "# Gold verdicts and their justification",
        "",
        "Generated from `eval/gold/` by `python eval/score.py --justification`; do not edit.",
        "Each table is one article: the claim as the desk wrote it, the acceptable verdicts",
        "(best first), why, and the rows that decide it. Rows are `dataset:key` of the bundled",
        "data: `arms-transfers` (SIPRI Arms Transfers Database), `gfp-2024` (Global Firepower",
        "2024), `systems` (the project's catalogue).",
    ]
    split = load_split()
    for article in articles():
        gold = load_gold(article)
        claim_set = load_claim_set(CORPUS / f"{article}.yaml")
        texts = {c.id: c.text for c in claim_set.claims}
        a = claim_set.article
        source = f"[{a.publisher or a.url}]({a.url})" if a.url else (a.publisher or "synthetic")
        parts += [
            "",
            f"## {article}",
            "",
            f"{a.title} — {source}, {a.published or 'undated'}. Region {gold.region}, kind"
            f" {gold.kind}, split {split.get(article, 'unassigned')}"
            + (", synthetic (written for the tests)." if gold.synthetic else "."),
            "",
            table(
                ["claim", "text", "gold", "why", "rows", "second reading"],
                (
                    [
                        c.id,
                        texts.get(c.id, "?"),
                        ", ".join(c.gold),
                        c.why,
                        ", ".join(f"`{r}`" for r in c.rows) or "–",
                        c.second or "–",
                    ]
                    for c in gold.claims
                ),
            ),
        ]
    return "\n".join(parts) + "\n"


# --- main ---------------------------------------------------------------------------------


def _commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=HERE, capture_output=True, text=True, check=False
        ).stdout.strip()

    sha = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--", str(HERE.parent / "src"))
    return sha + (" (with uncommitted changes to src/)" if dirty else "")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, help="score one split (default: both)")
    parser.add_argument("--articles", help="comma-separated article ids (within the split)")
    parser.add_argument(
        "--write",
        nargs="?",
        const="current",
        metavar="BLOCK",
        help="rewrite one block of eval/results.md (default: current; e.g. baseline)",
    )
    parser.add_argument("--justification", action="store_true", help="regenerate JUSTIFICATION.md")
    parser.add_argument("--assign", action="store_true", help="add new articles to split.yaml")
    parser.add_argument(
        "--extraction",
        action="store_true",
        help="also measure `verify extract` (on every real article of --split and --articles; "
        "without them, 10 articles)",
    )
    parser.add_argument(
        "--sources",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="a datasets folder that adds to or replaces bundled ones (e.g. the whole SIPRI "
        "register imported with --out DIR/arms-transfers); repeatable",
    )
    parser.add_argument(
        "--paraphrases",
        action="store_true",
        help="score the paraphrase sets of eval/paraphrases instead of the splits",
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 on any false supported, refuted or misleading"
    )
    args = parser.parse_args(argv)

    if args.paraphrases:
        return score_paraphrases(args.sources, strict=args.strict)
    names = articles()
    golds = {a: load_gold(a) for a in names}
    split = load_split()
    if args.assign:
        split = assign(split, golds)
        write_split(split)
        counts = Counter(split.values())
        print(f"split.yaml: {counts['dev']} dev, {counts['test']} test articles")
        return 0
    if args.justification:
        JUSTIFICATION.write_text(justification(), encoding="utf-8")
        print(f"wrote {JUSTIFICATION.relative_to(HERE.parent)}")
        return 0
    unassigned = [a for a in names if a not in split]
    if unassigned:
        print(f"not in split.yaml (run --assign): {', '.join(unassigned)}", file=sys.stderr)
        return 2

    chosen = [args.split] if args.split else list(SPLITS)
    wanted = set(args.articles.split(",")) if args.articles else None
    if wanted is not None and (unknown := wanted - set(names)):
        print(f"unknown articles: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    sections, false_decided = [], 0
    for name in chosen:
        members = [a for a in names if split[a] == name and (wanted is None or a in wanted)]
        outcomes = run_articles(members, args.sources)
        false_decided += sum(o.decided and not o.correct for o in outcomes)
        sections.append(render(name, outcomes, misses=name == "dev"))
    if args.extraction or (args.write and not args.articles):
        chosen_extraction = extraction_articles(split, golds, args.split, wanted)
        desk = figures(run_articles(chosen_extraction))
        measured = measure_extraction(chosen_extraction)
        sections.append(render_extraction(chosen_extraction, measured, desk, split))
    text = "\n\n".join(sections)
    if args.write:
        if args.articles or args.split:
            print("--write measures every article of both splits", file=sys.stderr)
            return 2
        write_block(args.write, text)
        print(f"wrote the {args.write} block of {RESULTS.relative_to(HERE.parent)}")
    else:
        print(text)
    return 1 if args.strict and false_decided else 0


def score_paraphrases(extra: Sequence[Path], *, strict: bool) -> int:
    """Score every paraphrase set: the verdict a reworded claim gets should be its original's."""
    names = articles(PARAPHRASES)
    if not names:
        print(f"no paraphrase sets under {PARAPHRASES}", file=sys.stderr)
        return 2
    outcomes = run_articles(names, extra, PARAPHRASES)
    print(render("paraphrases", outcomes, misses=True))
    return 1 if strict and any(o.decided and not o.correct for o in outcomes) else 0


BLOCKS = {
    "baseline": "Before any fix of this round",
    "current": "Now",
}
"""The blocks of results.md, in order: each rewritten only by `--write BLOCK`."""


def write_block(name: str, body: str) -> None:
    """Rewrite block `name` of results.md, keeping the others as they are."""
    if name not in BLOCKS:
        raise SystemExit(f"unknown block {name!r}: choose from {', '.join(BLOCKS)}")
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    blocks = {}
    for key in BLOCKS:
        start, end = f"<!-- {key} -->", f"<!-- /{key} -->"
        if start in old and end in old:
            blocks[key] = old[old.index(start) + len(start) : old.index(end)].strip("\n")
    blocks[name] = (
        f"## {BLOCKS[name]}\n\nThe code of commit {_commit()}, on the corpus of today.\n\n{body}"
    )
    RESULTS.write_text(results_page(blocks), encoding="utf-8")


def results_page(blocks: dict[str, str]) -> str:
    parts = [
        "# Evaluation results",
        "",
        "Regenerated by `python eval/score.py --write [BLOCK]`; do not edit. A verdict is correct",
        "when it is one of the claim's acceptable gold verdicts; the all-NEE baseline is the",
        "accuracy of answering not-enough-evidence to every claim; *decided* counts verdicts other",
        "than not-enough-evidence, against the claims whose best gold label is decided;",
        "*precision* is the share of decided verdicts that are correct. The confusion matrix",
        "counts the best gold label against the verdict. Test-split misses are not listed, by",
        "rule. The extraction rows compare `verify extract` with the desk's claim sets.",
    ]
    for key in BLOCKS:
        if key in blocks:
            parts += ["", f"<!-- {key} -->", blocks[key], f"<!-- /{key} -->"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    sys.exit(main())
