"""The time limit: signal-based on the main thread, a helper thread elsewhere; nothing leaks."""

from __future__ import annotations

import signal
import time

import pytest

from veracity.timelimit import Overrun, alarm_installed, call_with_limit, paused

needs_alarm = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM")


def test_result_and_exceptions_pass_through() -> None:
    assert call_with_limit(lambda: 42, 1) == 42
    assert call_with_limit(lambda: 42, None) == 42
    with pytest.raises(ZeroDivisionError):
        call_with_limit(lambda: 1 / 0, 1)


def test_overrun() -> None:
    with pytest.raises(Overrun):
        call_with_limit(lambda: time.sleep(5), 0.1)


@needs_alarm
def test_previous_alarm_handler_is_restored() -> None:
    def handler(signum: int, frame: object) -> None:  # pragma: no cover - never fired
        pass

    previous = signal.signal(signal.SIGALRM, handler)
    try:
        call_with_limit(lambda: None, 1)
        with pytest.raises(Overrun):
            call_with_limit(lambda: time.sleep(5), 0.1)
        assert signal.getsignal(signal.SIGALRM) is handler
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, previous)


@needs_alarm
def test_someone_elses_timer_is_left_alone() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    signal.setitimer(signal.ITIMER_REAL, 0.5)
    try:
        with pytest.raises(Overrun):  # the helper-thread fallback
            call_with_limit(lambda: time.sleep(5), 0.1)
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 0
        time.sleep(0.6)
        assert fired == [signal.SIGALRM]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@needs_alarm
def test_handler_installed_once_for_many_calls() -> None:
    previous = signal.getsignal(signal.SIGALRM)
    with alarm_installed():
        assert call_with_limit(lambda: 42, 1) == 42
        with pytest.raises(Overrun):
            call_with_limit(lambda: time.sleep(5), 0.1)
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        assert call_with_limit(lambda: 43, 1) == 43
    assert signal.getsignal(signal.SIGALRM) is previous
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@needs_alarm
def test_paused_work_is_not_charged_and_the_rest_of_the_limit_holds() -> None:
    def shared_then_own() -> None:
        with paused():
            time.sleep(0.3)  # longer than the limit, but paused
        time.sleep(5)  # the call's own work overruns what is left

    with alarm_installed():
        started = time.monotonic()
        with pytest.raises(Overrun):
            call_with_limit(shared_then_own, 0.2)
    assert 0.45 < time.monotonic() - started < 2


@needs_alarm
def test_paused_outside_a_limited_call_does_nothing() -> None:
    with paused():
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
