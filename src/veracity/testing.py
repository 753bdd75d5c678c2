"""Helpers for plugin authors: run one verifier on one claim and assert the verdict.

    from veracity.testing import verify_text, assert_verdict

    def test_my_verifier():
        assert_verdict("Kazakhstan was placed 58th in Global Firepower 2024", "supported",
                       verifier=MyVerifier())

`load_cases` reads the YAML case files the built-in verifiers are tested with
(tests/verifiers/cases/<verifier name>.yaml), so a plugin can reuse the same format. A case file
of an online verifier names a `cassette:` of recorded answers; `replay_online` gives the
`Online` sources that answer from it, with the network never touched.

`Workspace` sees what `verify` sees in a workspace: the built-in verifiers plus those of its
`verifiers/` folder, the bundled datasets plus those of its `sources/` folder (or the folders
`[tool.veracity]` names) and each verifier's `[tool.veracity.verifiers.NAME]` settings. As a
pytest plugin (`pytest_plugins = ["veracity.testing"]` in conftest.py) this module gives the
fixture `veracity_workspace`, the workspace of the test run's root folder:

    def test_capital_city(veracity_workspace):
        veracity_workspace.check_metadata("example.capital-city")
        veracity_workspace.check_docstring_example("example.capital-city")
        veracity_workspace.check_cases("tests/cases/example.capital-city.yaml")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml

from veracity.claims.models import Article, Claim, ClaimSet
from veracity.config import Settings, load_settings
from veracity.context import Context
from veracity.engine.aggregate import aggregate
from veracity.engine.plugin_settings import model_of, validate_settings
from veracity.engine.plugins import LoadedVerifier, Plugin, discover, load_class
from veracity.engine.runner import check_claim
from veracity.findings import Finding, Verdict
from veracity.reports.model import ClaimResult
from veracity.sources.registry import Sources
from veracity.verifiers.base import NAME_PATTERN, docstring_context, docstring_example, summary

if TYPE_CHECKING:
    from veracity.online.session import Online

__all__ = [
    "Case",
    "Workspace",
    "assert_verdict",
    "case_problems",
    "load_cases",
    "replay_online",
    "veracity_workspace",
    "verify_text",
]

_SHARED_SOURCES: list[Sources] = []


def _sources() -> Sources:
    if not _SHARED_SOURCES:
        _SHARED_SOURCES.append(Sources())
    return _SHARED_SOURCES[0]


def _loaded(verifier: object | str | None, folder: Path | None = None) -> list[LoadedVerifier]:
    if verifier is None:
        return discover(folder=folder, builtins_only=True)
    if isinstance(verifier, str):
        return discover(folder=folder, builtins_only=True, select=frozenset({verifier}))
    plugin = Plugin(str(getattr(verifier, "name", "?")), "test", "-", repr(verifier))
    loaded = load_class(type(verifier), plugin)
    return [LoadedVerifier(plugin, verifier, loaded.description)]  # type: ignore[arg-type]


def verify_text(
    text: str,
    verifier: object | str | None = None,
    *,
    sources: Sources | None = None,
    hints: dict[str, Any] | None = None,
    other_claims: Sequence[str | dict[str, Any]] = (),
    published: dt.date | None = None,
    title: str = "test",
    online: Online | None = None,
    settings: Mapping[str, Any] | None = None,
    workspace: Workspace | None = None,
) -> ClaimResult:
    """Check one claim text with one verifier (an instance or a name; default: all built-ins).

    `other_claims` are texts (or claim mappings) of the same article, for consistency checks;
    `title` and `published` the article's headline and date, for claims that leave context
    implicit;
    `online` the online sources (see `replay_online`); `settings` the verifier's own settings
    (`{"wrong-capital": "misleading"}`; default: the workspace's table, else the defaults).
    With `workspace`, a name may be a verifier of the workspace's folder and its datasets
    are consulted.
    """
    claim = Claim(id="claim", text=text, **(hints or {}))
    others = [
        Claim(id=f"other-{i}", text=c) if isinstance(c, str) else Claim(**c)
        for i, c in enumerate(other_claims, start=1)
    ]
    claim_set = ClaimSet(
        article=Article(id="test", title=title, published=published),
        claims=(claim, *others),
    )
    folder = workspace.verifiers_dir if workspace else None
    loaded = _loaded(verifier, folder)
    tables = dict(workspace.settings.verifier_tables) if workspace else {}
    if settings is not None:
        tables.update({v.name: dict(settings) for v in loaded})
    context = Context(
        sources=sources or (workspace.sources if workspace else _sources()),
        claim_set=claim_set,
        online=online,
        verifier_settings=validate_settings(loaded, tables, complete=False),
    )
    findings = check_claim(claim, loaded, context, timeout=None)
    verdict, explanation = aggregate(claim.text, findings)
    return ClaimResult(claim, verdict, explanation, tuple(findings))


def assert_verdict(text: str, expected: str | Verdict, **kwargs: Any) -> list[Finding]:
    """Fail with the findings shown unless `text` gets the `expected` verdict."""
    result = verify_text(text, **kwargs)
    if result.verdict != Verdict(expected):
        shown = "\n".join(f"  {f.verifier}: {f.verdict}: {f.explanation}" for f in result.findings)
        raise AssertionError(
            f"{text!r}: expected {Verdict(expected).value}, got {result.verdict.value}: "
            f"{result.explanation}\n{shown}"
        )
    return list(result.findings)


@dataclass(frozen=True)
class Case:
    """One named case of a verifier's case file."""

    verifier: str
    name: str
    text: str
    expect: Verdict
    hints: dict[str, Any] = field(default_factory=dict)
    other_claims: tuple[Any, ...] = ()
    published: dt.date | None = None
    title: str = "test"
    """The article's headline (claim-set context: a ranking, a country it is about)."""
    cassette: Path | None = None
    """Recorded answers of the online sources the case replays (online verifiers only)."""
    silent: bool = False
    """`expect: none`: the verifier must yield no finding at all (the verdict is then n-e-e)."""
    explanation: tuple[str, ...] = ()
    """Words the verdict's explanation must contain."""
    related: tuple[str, ...] | None = None
    """The claim ids the findings must cite (`related`), when given."""
    labels: tuple[str, ...] | None = None
    """The labels of the findings, in order (e.g. `[note]`), when given."""
    register: str = "bundled"
    """`whole`: the verdict needs the whole SIPRI register, which a user imports into a
    workspace (the package bundles only its recent orders); run it with those sources."""


@contextmanager
def replay_online(cassette: Path) -> Iterator[Online]:
    """`Online` sources answering from a vcrpy cassette only; an unrecorded request fails."""
    import vcr  # type: ignore[import-untyped]

    from veracity.online.client import HttpClient
    from veracity.online.session import Online

    recorder = vcr.VCR(record_mode="none")
    with (
        recorder.use_cassette(str(cassette), allow_playback_repeats=True),
        Online(HttpClient(), factcheck=True) as online,
    ):
        yield online


def load_cases(path: Path) -> list[Case]:
    """Read a case file: `verifier: name` and `cases: [{name, text, expect, ...}]`.

    A top-level `cassette:` (relative to the case file) applies to every case.
    Optional per case: `hints`, `claims` (other claims of the article), `published`, `title`,
    `explanation` (words the explanation must contain), `related`, `labels`, `register`
    (`whole`: run against the whole SIPRI register a user imports); `expect: none` means the
    verifier yields nothing.
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    verifier = data.get("verifier", path.stem)
    cassette = (path.parent / data["cassette"]).resolve() if data.get("cassette") else None
    cases: Iterable[dict[str, Any]] = data["cases"]
    return [
        Case(
            verifier=c.get("verifier", verifier),
            name=c["name"],
            text=c["text"],
            expect=Verdict.NOT_ENOUGH_EVIDENCE if c["expect"] == "none" else Verdict(c["expect"]),
            hints=c.get("hints", {}),
            other_claims=tuple(c.get("claims", ())),
            published=c.get("published"),
            title=c.get("title", "test"),
            cassette=cassette,
            silent=c["expect"] == "none",
            explanation=tuple(c.get("explanation", ())),
            related=tuple(c["related"]) if "related" in c else None,
            labels=tuple(c["labels"]) if "labels" in c else None,
            register=str(c.get("register", "bundled")),
        )
        for c in cases
    ]


def verify_case(
    case: Case, *, workspace: Workspace | None = None, sources: Sources | None = None
) -> ClaimResult:
    """Check a case's claim with its verifier, replaying its cassette if it names one."""
    with replay_online(case.cassette) if case.cassette else nullcontext() as online:
        return verify_text(
            case.text,
            case.verifier,
            sources=sources,
            hints=case.hints,
            other_claims=case.other_claims,
            published=case.published,
            title=case.title,
            online=online,
            workspace=workspace,
        )


def case_problems(case: Case, result: ClaimResult) -> list[str]:
    """What is wrong with `result` for `case` (empty when it passes)."""
    detail = "; ".join(f"{f.verifier}: {f.verdict}: {f.explanation}" for f in result.findings)
    problems = []
    if case.silent and result.findings:
        problems.append(f"expected no finding, got {detail}")
    if result.verdict != case.expect:
        problems.append(
            f"expected {case.expect.value}, got {result.verdict.value}: {result.explanation}"
            + (f" [{detail}]" if detail else "")
        )
    problems += [
        f"the explanation lacks {words!r}: {result.explanation}"
        for words in case.explanation
        if words not in result.explanation
    ]
    cited = sorted({r for f in result.findings for r in f.related})
    if case.related is not None and cited != sorted(case.related):
        problems.append(f"expected related {sorted(case.related)}, got {cited}")
    labels = [str(f.verdict) for f in result.findings]
    if case.labels is not None and labels != list(case.labels):
        problems.append(f"expected labels {list(case.labels)}, got {labels}")
    return problems


class Workspace:
    """The verifiers, datasets and settings `verify` would use in the workspace at `root`."""

    def __init__(self, root: Path | None = None) -> None:
        self.settings: Settings = load_settings(root)
        self.root = self.settings.root
        self.verifiers_dir = self.settings.folder("verifiers-dir")
        self.sources_dir = self.settings.folder("sources-dir")

    @cached_property
    def sources(self) -> Sources:
        """The bundled datasets and the workspace's own (which win on a shared id)."""
        return Sources((self.sources_dir,) if self.sources_dir else ())

    def verifiers(self) -> list[LoadedVerifier]:
        """The built-in verifiers and the workspace's own (installed plugins left out)."""
        return discover(folder=self.verifiers_dir, builtins_only=True)

    def verifier(self, name: str) -> LoadedVerifier:
        return discover(folder=self.verifiers_dir, builtins_only=True, select=frozenset({name}))[0]

    def verify_text(
        self, text: str, verifier: object | str | None = None, **kwargs: Any
    ) -> ClaimResult:
        """`veracity.testing.verify_text` in this workspace."""
        return verify_text(text, verifier, workspace=self, **kwargs)

    def check_case(self, case: Case) -> None:
        """Fail unless `case` passes."""
        problems = self._problems(case)
        if problems:
            raise AssertionError(f"{case.verifier}:{case.name}: " + "; ".join(problems))

    def check_cases(self, path: Path | str) -> list[Case]:
        """Run every case of a case file (relative to the workspace root); fail listing each
        failing case. Returns the cases run."""
        path = Path(path)
        cases = load_cases(path if path.is_absolute() else self.root / path)
        failures = [
            f"{case.name}: {'; '.join(problems)}"
            for case in cases
            if (problems := self._problems(case))
        ]
        if failures:
            raise AssertionError(
                f"{len(failures)} of {len(cases)} cases fail:\n" + "\n".join(failures)
            )
        return cases

    def _problems(self, case: Case) -> list[str]:
        return case_problems(case, verify_case(case, workspace=self))

    def check_docstring_example(self, name: str) -> None:
        """Fail unless the verifier's docstring example gets the verdict it says."""
        cls = type(self.verifier(name).verifier)
        example = docstring_example(cls)
        if example is None:
            raise AssertionError(
                f"{name}: the docstring gives no 'Example claim: \"…\"' with 'Expected verdict:'"
            )
        text, expected = example
        result = self.verify_text(text, name, other_claims=docstring_context(cls))
        if result.verdict != expected:
            raise AssertionError(
                f"{name}: the docstring example {text!r} expects {expected.value}, got "
                f"{result.verdict.value}: {result.explanation}"
            )

    def check_metadata(self, name: str) -> None:
        """Fail unless the verifier's metadata is what `verify` and its reports need: a dotted
        lowercase name, a one-line description, an example, and settings whose defaults hold."""
        loaded = self.verifier(name)
        cls = type(loaded.verifier)
        problems = []
        if not NAME_PATTERN.match(loaded.name):
            problems.append(f"the name {loaded.name!r} is not dotted lowercase")
        description = summary(cls)
        if not description or len(description) > 120:
            problems.append("the docstring's first line must describe it in at most 120 characters")
        if docstring_example(cls) is None:
            problems.append("the docstring gives no example claim and expected verdict")
        model = model_of(cls)
        if getattr(cls, "settings_model", None) is not None and model is None:
            problems.append("settings_model is not a pydantic model")
        if model is not None:
            try:
                model()
            except Exception as exc:  # every setting needs a default
                problems.append(f"its settings have no defaults for every key: {exc}")
            if model.model_config.get("extra") != "forbid":
                problems.append('settings_model must forbid unknown keys (extra="forbid")')
        if problems:
            raise AssertionError(f"{name}: " + "; ".join(problems))


@pytest.fixture
def veracity_workspace(request: pytest.FixtureRequest) -> Workspace:
    """The workspace of the test run's root folder (the nearest pyproject.toml above it)."""
    return Workspace(Path(request.config.rootpath))
