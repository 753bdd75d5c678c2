"""Run a call with a time limit, on the main thread or off it.

On the main thread of a platform with `SIGALRM` (and no other interval timer running), a timer
signal raises `Overrun` inside the call wherever it is, even in `time.sleep`, and the call is
really stopped. Elsewhere (a worker thread, a web server, Windows) the call runs on a helper
daemon thread and the caller waits at most `seconds`; on overrun `Overrun` is injected into the
helper thread, which stops at its next Python instruction, and the caller goes on at once. A call
blocked inside C code (a socket read) keeps its helper thread until that C call returns.

`Overrun` derives from BaseException so that a verifier's `except Exception:` cannot swallow it.
"""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["Overrun", "call_with_limit"]

T = TypeVar("T")


class Overrun(BaseException):
    """The call took longer than its limit."""


def _alarm_usable() -> bool:
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0  # nobody else's timer is running
    )


def _on_alarm(signum: int, frame: Any) -> None:
    raise Overrun


def _with_alarm(call: Callable[[], T], seconds: float) -> T:
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return call()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, previous)


def _interrupt(thread: threading.Thread) -> None:
    if thread.ident is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(
            ctypes.c_ulong(thread.ident), ctypes.py_object(Overrun)
        )


def _with_thread(call: Callable[[], T], seconds: float) -> T:
    outcome: list[Any] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:  # handed to the caller below
            failure.append(exc)

    helper = threading.Thread(target=target, name="veracity-time-limit", daemon=True)
    helper.start()
    helper.join(seconds)
    if helper.is_alive():
        _interrupt(helper)
        raise Overrun
    if failure:
        raise failure[0]
    result: T = outcome[0]
    return result


def call_with_limit(call: Callable[[], T], seconds: float | None) -> T:
    """`call()`, or `Overrun` once it has run for `seconds` (None or <= 0: no limit)."""
    if seconds is None or seconds <= 0:
        return call()
    if _alarm_usable():
        return _with_alarm(call, seconds)
    return _with_thread(call, seconds)
