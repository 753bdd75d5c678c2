"""Run a call with a time limit, on the main thread or off it.

On the main thread of a platform with `SIGALRM` (and no other interval timer running), a timer
signal raises `Overrun` inside the call wherever it is, even in `time.sleep`, and the call is
really stopped. Elsewhere (a worker thread, a web server, Windows) the call runs on a helper
daemon thread and the caller waits at most `seconds`; on overrun `Overrun` is injected into the
helper thread, which stops at its next Python instruction, and the caller goes on at once. A call
blocked inside C code (a socket read) keeps its helper thread until that C call returns.

`Overrun` derives from BaseException so that a verifier's `except Exception:` cannot swallow it.

A run makes thousands of limited calls: inside `alarm_installed()` the signal handler is put in
place once, and each call on the main thread only starts and stops the timer (two system calls;
installing and restoring the handler around every call cost several times more). A call that
replaces the SIGALRM handler itself is then no longer stopped by the alarm.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

__all__ = ["Overrun", "alarm_installed", "call_with_limit", "paused"]

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


_installed = False
"""True inside `alarm_installed()` on the main thread, where `_on_alarm` handles SIGALRM."""


@contextmanager
def alarm_installed() -> Iterator[None]:
    """Keep the time limit's SIGALRM handler in place for many calls (a whole run).

    Does nothing off the main thread, where no signal is used, or while another interval timer
    runs (each call then falls back as `call_with_limit` says)."""
    global _installed
    if _installed or not _alarm_usable():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    _installed = True
    try:
        yield
    finally:
        _installed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_limiting = False
"""True while a call runs under the alarm (on the main thread)."""


def _timed(call: Callable[[], T], seconds: float) -> T:
    global _limiting
    signal.setitimer(signal.ITIMER_REAL, seconds)
    _limiting = True
    try:
        return call()
    finally:
        _limiting = False
        signal.setitimer(signal.ITIMER_REAL, 0)


@contextmanager
def paused() -> Iterator[None]:
    """Stop the limited call's alarm for a while, then give it back the time that was left.

    For work that serves every claim and only happens to run in the call that needs it first:
    loading a dataset, building an index or the ledger of a whole claim set. Its cost grows
    with the data or the claim set, not with the claim, so it must not count against the time
    limit of one claim. Elsewhere (off the main thread, outside a limited call) does nothing.
    """
    if not _limiting or threading.current_thread() is not threading.main_thread():
        yield
        return
    left, _ = signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        yield
    finally:
        if left > 0:
            signal.setitimer(signal.ITIMER_REAL, left)


def _with_alarm(call: Callable[[], T], seconds: float) -> T:
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        return _timed(call, seconds)
    finally:
        signal.signal(signal.SIGALRM, previous)


def _interrupt(thread: threading.Thread) -> None:
    import ctypes  # only for this fallback

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
    if _installed and threading.current_thread() is threading.main_thread():
        return _timed(call, seconds)
    if _alarm_usable():
        return _with_alarm(call, seconds)
    return _with_thread(call, seconds)
