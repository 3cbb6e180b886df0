"""The status bar of a read-only window: the banner leaves passing messages their room."""

from __future__ import annotations

from typing import Any

import pytest

from ui.main_window import MainWindow


def message_room(window: MainWindow) -> int:
    """Where the status bar's passing message must end: before its first permanent widget
    shown (the banner, or else the counts)."""
    bar = window.statusBar()
    firsts = [w.x() for w in (window.banner.label, window.banner.button,
                              window.findings.counts) if w.isVisible()]
    return min(firsts) - bar.fontMetrics().horizontalAdvance(bar.currentMessage())


@pytest.mark.parametrize("who", ["holder", "reason"])
def test_a_read_only_window_shows_its_messages_whole(qtbot: Any, main_window: MainWindow,
                                                    who: str) -> None:
    """A long read-only banner ('Read-only: /path/plan.raci: the folder is read-only; ...')
    took the status bar's room, and a refused key's note read 'Nothing ch': the note shows
    whole, the banner ends in '…' with all of its text in the tooltip, and takes its room
    back once the note is gone."""
    main_window.resize(1000, 700)
    main_window.show()
    qtbot.waitExposed(main_window)
    long = ("jane on build-server-07 in the raci command line, since 09:14 this morning"
            if who == "holder" else
            "/srv/shared/projects/planning/2027/Kiln rota.raci: the folder is read-only; "
            "opened read-only (save a copy elsewhere to edit it)")
    if who == "holder":
        main_window.banner.show_holder(long)
    else:
        main_window.banner.show_reason(long)
    qtbot.wait(20)
    label = main_window.banner.label
    alone = label.width()
    main_window.statusBar().showMessage("Nothing changed: the project is read-only here")
    qtbot.waitUntil(lambda: message_room(main_window) > 6, timeout=2000)
    assert label.isVisible() and long in label.toolTip()
    assert "Nothing changed" in main_window.statusBar().toolTip()  # a longer one, whole
    main_window.statusBar().clearMessage()
    qtbot.waitUntil(lambda: label.width() >= alone, timeout=2000)
