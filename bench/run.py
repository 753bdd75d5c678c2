"""Measure veracity: throughput, scaling, per-verifier share, peak memory, cold start, YAML floor.

    python bench/run.py [--sizes 1000 10000 100000] [--repeat 3] [--parallel] [--out FILE]
                        [--against CHECKOUT]

Every figure comes from the `verify` command as a desk runs it (`-f markdown -f json`), each run
in a fresh process whose CPU time and peak memory (ru_maxrss) are its own, with Python's bytecode
cache on as in any installation (a sandbox that sets PYTHONDONTWRITEBYTECODE recompiles every
module on every start). The machine may be shared: CPU time is the steadier figure, wall time
what a user waits; the best of `--repeat` runs is kept. A size above the loader's file limit
(5 MB, about 65,000 claims) is generated as claim sets of 10,000 given to `verify` as a
directory, as a desk checks a batch of articles. `--parallel` also times `verify --jobs 2` on
two claim sets against one process on both. `--against` times another checkout's `verify`
(its `.venv/bin/verify`, say the commit before an optimisation) in the same run, each of its
runs beside the same run of this one, so both meet the same load on a shared machine.
The data cache (`veracity.sources.cache`) is a fresh folder of the run's own: the first
`verify claims/kz2024.yaml` builds it (its time is given as the first run), the rest read it.
The table replaces the block between the `measurements` markers of the output file, so the
analysis written around it stays.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GENERATED = HERE / "generated"
PART = 10_000
"""Claims per file of a batch larger than one claim set may be."""
BEGIN, END = "<!-- measurements -->", "<!-- /measurements -->"

MEASURE = r"""
import json, resource, subprocess, sys, time
commands = json.loads(sys.argv[1])
start, cpu = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
running = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
           for c in commands]
errors = [p.communicate()[1] for p in running]
wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
used = after.ru_utime + after.ru_stime - cpu.ru_utime - cpu.ru_stime
print(json.dumps({"code": max(p.returncode for p in running), "stderr": errors[0][-2000:],
                  "wall": wall, "cpu": used, "rss_mb": after.ru_maxrss / 1024}))
"""

FLOOR = r"""
import json, sys, time, yaml
best = float("inf")
for _ in range(int(sys.argv[1])):
    start = time.process_time()
    for path in sys.argv[2:]:
        with open(path, "rb") as handle:
            yaml.load(handle, Loader=yaml.CSafeLoader)
    best = min(best, time.process_time() - start)
print(json.dumps({"parse": best}))
"""

SHARE = r"""
import json, sys, time
from collections import defaultdict
from veracity.claims import load_claim_set
from veracity.engine.plugins import discover
from veracity.preload import preload
from veracity.reports import render
from veracity.engine.runner import run
from veracity.sources import Sources

verifiers = discover(builtins_only=True)
share = defaultdict(float)
for loaded in verifiers:
    def timed(claim, context, _inner=loaded.verifier.check, _name=loaded.name):
        start = time.process_time()
        result = list(_inner(claim, context))
        share[_name] += time.process_time() - start
        return result
    object.__setattr__(loaded.verifier, "check", timed)
stages = {}
start = time.process_time()
sources = Sources()
preload(sources)
stages["datasets and indexes (data cache)"] = time.process_time() - start
start = time.process_time()
claim_set = load_claim_set(sys.argv[1])
stages["load"] = time.process_time() - start
start = time.process_time()
report = run(claim_set, verifiers, sources)
stages["check"] = time.process_time() - start
for fmt in ("markdown", "json"):
    start = time.process_time()
    render(report, fmt)
    stages[f"render {fmt}"] = time.process_time() - start
print(json.dumps({"stages": stages, "share": share}))
"""


ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
CACHE_ENV = "VERACITY_CACHE_DIR"


def _python(script: str, *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", script, *args], cwd=ROOT, capture_output=True, text=True, env=ENV
    )
    if done.returncode != 0:
        raise SystemExit(f"bench step failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def generate(size: int) -> list[Path]:
    """The claim files of a generated set of `size` claims (made once, then reused)."""
    GENERATED.mkdir(exist_ok=True)
    if size <= PART:
        parts = [(GENERATED / f"bench-{size}.yaml", size, 2024)]
    else:
        folder = GENERATED / f"bench-{size}"
        folder.mkdir(exist_ok=True)
        count = -(-size // PART)
        parts = [(folder / f"part-{i:03d}.yaml", PART, 2024 + i) for i in range(count)]
    for path, count, seed in parts:
        if not path.exists():
            with path.open("w", encoding="utf-8") as handle:
                command = [sys.executable, str(HERE / "generate.py"), str(count), str(seed)]
                subprocess.run(command, stdout=handle, check=True)
    return [path for path, _, _ in parts]


VERIFY = str(Path(sys.executable).with_name("verify"))


def verify(
    *args: str, repeat: int, alongside: tuple[str, ...] = (), program: str = VERIFY
) -> dict[str, Any]:
    """The best of `repeat` runs of `program args` (wall, CPU, peak memory of each); with
    `alongside`, a second `verify` runs at the same time and the figures cover both."""
    commands = [[program, *args]]
    if alongside:
        commands.append([program, *alongside])
    runs = [_python(MEASURE, json.dumps(commands)) for _ in range(repeat)]
    failed = [r for r in runs if r["code"] not in (0, 1)]
    if failed:
        raise SystemExit(f"verify failed: {failed[0]['stderr']}")
    return {
        "wall": min(r["wall"] for r in runs),
        "cpu": min(r["cpu"] for r in runs),
        "rss_mb": max(r["rss_mb"] for r in runs),
    }


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory = next(
            line.split()[1]
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        ram = f", {int(memory) / 1024**2:.0f} GB RAM"
    except (OSError, StopIteration, ValueError):
        ram = ""
    load = f", load average {os.getloadavg()[0]:.1f} at the start"
    return (
        f"{cpu}, {os.cpu_count()} cores{ram}, Python {platform.python_version()}, "
        f"{platform.system()}{load}"
    )


def parallel(out: str) -> list[str]:
    """Two claim sets of 10,000: one `verify` on both, then `verify --jobs 2` on both."""
    first, second = generate(2 * PART)[:2]
    flags = ["-f", "markdown", "-f", "json", "--fail-on", "none", "-q", "-o", out]
    both = verify(str(first), str(second), *flags, repeat=1)
    jobs = verify(str(first), str(second), *flags, "--jobs", "2", repeat=1)
    return [
        "",
        f"Two claim sets of {PART:,} claims: one process took {both['wall']:.1f} s wall "
        f"({both['cpu']:.1f} s CPU, {both['rss_mb']:.0f} MB); `--jobs 2` took "
        f"{jobs['wall']:.1f} s wall ({jobs['cpu']:.1f} s CPU of all processes, the largest "
        f"{jobs['rss_mb']:.0f} MB), {both['wall'] / jobs['wall']:.2f}× the speed.",
    ]


def _label(program: str) -> str:
    if program == VERIFY:
        return "this checkout"
    root = Path(program).resolve().parents[2]
    done = subprocess.run(
        ["git", "-C", str(root), "log", "-1", "--format=%h"], capture_output=True, text=True
    )
    return f"`{done.stdout.strip()}`" if done.returncode == 0 else str(root)


def measure(sizes: list[int], repeat: int, side_by_side: bool, against: str | None) -> list[str]:
    rows = []
    programs = [VERIFY] if against is None else [VERIFY, against]
    labels = {p: _label(p) for p in programs}
    kz_args = ("claims/kz2024.yaml", "--fail-on", "none", "-q", "-f", "markdown", "-f", "json")
    starts: list[tuple[str, dict[str, Any], dict[str, Any], dict[str, Any]]] = []
    with tempfile.TemporaryDirectory() as out:
        ENV[CACHE_ENV] = str(Path(out) / "cache")
        for program in programs:
            verify("--version", repeat=1, program=program)  # writes the bytecode cache
        first = {p: verify(*kz_args, "-o", out, repeat=1, program=p) for p in programs}
        for size in sizes:
            files = generate(size)
            target = str(files[0].parent) if len(files) > 1 else str(files[0])
            flags = ["-f", "markdown", "-f", "json", "--fail-on", "none", "-q", "-o", out]
            runs = 1 if size > PART else repeat
            floor = _python(FLOOR, str(runs), *map(str, files))["parse"]
            results = {p: [] for p in programs}
            for _ in range(runs):  # the checkouts in turn, so both meet the same load
                for program in programs:
                    results[program].append(verify(target, *flags, repeat=1, program=program))
            for program in programs:
                result = {
                    "wall": min(r["wall"] for r in results[program]),
                    "cpu": min(r["cpu"] for r in results[program]),
                    "rss_mb": max(r["rss_mb"] for r in results[program]),
                }
                rows.append((labels[program], size, len(files), result, floor))
                print(f"{labels[program]} {size:,}: {result}, YAML {floor:.2f} s", file=sys.stderr)
        for program in programs:
            version = verify("--version", repeat=5, program=program)
            kz = verify(*kz_args, "-o", out, repeat=repeat, program=program)
            starts.append((labels[program], version, kz, first[program]))
        pair = parallel(out) if side_by_side else []
        share = _python(SHARE, str(generate(PART)[0]))  # with the data cache of the run
    lines = [
        BEGIN,
        "",
        f"Machine: {machine()}. Measured by `python bench/run.py` on {time.strftime('%Y-%m-%d')}.",
        "",
        "| version | claims | files | wall (s) | CPU (s) | claims/s (wall) | claims/s (CPU) "
        "| µs/claim (CPU) | YAML parse (s) | CPU / YAML parse | peak memory (MB) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, size, count, result, floor in rows:
        lines.append(
            f"| {label} | {size:,} | {count} | {result['wall']:.2f} | {result['cpu']:.2f} "
            f"| {size / result['wall']:,.0f} | {size / result['cpu']:,.0f} "
            f"| {1e6 * result['cpu'] / size:,.0f} | {floor:.2f} | {result['cpu'] / floor:.1f}× "
            f"| {result['rss_mb']:.0f} |"
        )
    lines += [
        "",
        "Cold start (`verify claims/kz2024.yaml -f markdown -f json`, best of several):",
        "",
    ]
    for label, version, kz, cold in starts:
        lines.append(
            f"- {label}: `verify --version` {version['wall']:.3f} s wall; kz2024 "
            f"{kz['wall']:.2f} s wall, {kz['cpu']:.2f} s CPU, {kz['rss_mb']:.0f} MB; the first "
            f"run (data cache empty) {cold['wall']:.2f} s wall, {cold['cpu']:.2f} s CPU."
        )
    lines += [
        *pair,
        "",
        f"Where the CPU time of one {PART:,}-claim run goes (in-process, one run):",
        "",
        "| stage | CPU (s) |",
        "|---|---:|",
        *(f"| {name} | {seconds:.2f} |" for name, seconds in share["stages"].items()),
        "",
        "| verifier (first to ask pays for the shared mention finding and indexes) | CPU (s) "
        "| share |",
        "|---|---:|---:|",
    ]
    spent = sum(share["share"].values()) or 1.0
    for name, seconds in sorted(share["share"].items(), key=lambda kv: -kv[1]):
        lines.append(f"| {name} | {seconds:.2f} | {seconds / spent:.0%} |")
    return [*lines, "", END]


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is kept")
    parser.add_argument("--out", type=Path, default=HERE / "results.md")
    parser.add_argument("--parallel", action="store_true", help="time --jobs 2 against one process")
    parser.add_argument(
        "--against", type=Path, help="another checkout, whose .venv/bin/verify is timed too"
    )
    args = parser.parse_args()
    against = None
    if args.against is not None:
        against = str(args.against.resolve() / ".venv" / "bin" / "verify")
        if not Path(against).is_file():
            parser.error(f"{against} does not exist (make the checkout's .venv first)")
    block = "\n".join(measure(args.sizes, args.repeat, args.parallel, against))
    text = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END) :]
    else:
        text = f"# Benchmarks\n\n{block}\n"
    args.out.write_text(text, encoding="utf-8")
    print(block)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
