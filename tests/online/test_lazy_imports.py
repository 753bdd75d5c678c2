"""An offline run never imports the HTTP stack: httpx is loaded only for `verify --online`."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from veracity.online import wants_online
from veracity.engine.plugins import discover
discover(builtins_only=True)
assert wants_online(None, {}) is False
print("httpx" in sys.modules)
"""


def test_offline_runs_do_not_import_httpx() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_the_online_names_are_still_there() -> None:
    import veracity.online as online

    assert online.Wikidata.__name__ == "Wikidata"
    assert "open_online" in dir(online)
