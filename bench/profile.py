"""Profile one end-to-end run with pyinstrument (not part of the test run).

    pip install pyinstrument
    python bench/profile.py bench/generated/bench-10000.yaml [--html out.html]

Profiles what `verify FILE -f markdown -f json` does in-process: load the claim set, discover the
verifiers, load the datasets and indexes from the data cache as the CLI does (`preload`, then
`settle`), check every claim, render both reports. Prints the call tree (or writes HTML) and the
process CPU time of the run, so a busy machine does not distort the figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from pyinstrument import Profiler

from veracity.claims import load_claim_set
from veracity.engine.plugins import discover
from veracity.engine.runner import run
from veracity.preload import preload, settle
from veracity.reports import render
from veracity.sources import Sources


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("claims", type=Path)
    parser.add_argument("--html", type=Path, help="write pyinstrument's HTML view here")
    parser.add_argument("--interval", type=float, default=0.001, help="sampling interval (s)")
    args = parser.parse_args()
    profiler = Profiler(interval=args.interval)
    cpu = time.process_time()
    with profiler:
        claim_set = load_claim_set(args.claims)
        verifiers = discover(builtins_only=True)
        sources = Sources()
        preload(sources)
        settle()
        report = run(claim_set, verifiers, sources, timeout=None)
        for fmt in ("markdown", "json"):
            render(report, fmt)
    cpu = time.process_time() - cpu
    if args.html:
        args.html.write_text(profiler.output_html(), encoding="utf-8")
    else:
        print(profiler.output_text(unicode=True, color=False))
    claims = len(claim_set.claims)
    print(f"{claims:,} claims, {cpu:.2f} s CPU, {claims / cpu:,.0f} claims/s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
