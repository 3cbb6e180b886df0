"""The collection between UI tests: it walks only what a test made, frees what became
garbage later, once the heap has grown enough to be worth walking, and frees nothing
anywhere else (in the events pytest-qt processes after the teardown)."""

from __future__ import annotations

import gc
import weakref
from typing import Any

from tests.ui.conftest import Collector


class Cycle:
    """An object only a cycle holds once let go (as a dialog and its callback)."""

    def __init__(self) -> None:
        self.me = self


def collections(run: Any) -> int:
    """How many collections run() made."""
    seen: list[str] = []

    def count(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(phase)

    gc.callbacks.append(count)
    try:
        run()
    finally:
        gc.callbacks.remove(count)
    return len(seen)


def test_garbage_made_after_its_test_is_freed() -> None:
    """The objects alive before each test were frozen and never unfrozen: some 650 more each
    test, and what of them became garbage later (a widget Qt deleted after its test) was
    never freed, so the suite's memory only grew."""
    collector = Collector()
    collector.before()
    held = Cycle()
    gone = weakref.ref(held)
    collector.after()
    # a test that makes little: only what it made is walked, not the whole heap again
    collector.before()
    assert collections(collector.after) == 1
    assert gone() is not None
    # alive when the next test starts, garbage during it; the heap has grown by a third
    grown = [[] for _ in range(collector.after_full // 3)]
    collector.before()
    del held
    assert collections(collector.after) == 2  # what the test made, then the whole heap
    assert gone() is None
    assert collector.after_full > len(grown)


def test_garbage_is_freed_only_between_tests_never_in_the_events_after_teardown() -> None:
    """The heap was unfrozen at the end of each test's teardown, with what earlier tests left
    (widgets Qt deleted later) in it: pytest-qt then processes events (after the fixtures'
    teardown), and an automatic collection there freed those widgets inside Qt's event
    dispatch, the crash the collection between tests is for. What is alive after a test
    stays frozen until the next one's collection."""
    collector = Collector()
    collector.before()
    collector.after()  # the first walks the whole heap
    collector.before()
    held = Cycle()
    gone = weakref.ref(held)
    collector.after()
    del held  # Qt lets it go in the events after the teardown
    gc.collect()  # an automatic collection while they are processed
    assert gone() is not None
    grown = [[] for _ in range(collector.after_full // 3)]
    collector.before()
    assert collections(collector.after) == 2
    assert gone() is None and collector.after_full > len(grown)
