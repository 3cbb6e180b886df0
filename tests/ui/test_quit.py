"""Quitting: the app gives up the X11 clipboard it owns, so exit never waits for a manager."""

from __future__ import annotations

from PySide6.QtGui import QClipboard

from ui.app import release_clipboard


class FakeClipboard:
    """What release_clipboard reads and does, recorded."""

    def __init__(self, clipboard: bool, selection: bool) -> None:
        self.owns = {QClipboard.Mode.Clipboard: clipboard, QClipboard.Mode.Selection: selection}
        self.cleared: list[QClipboard.Mode] = []

    def ownsClipboard(self) -> bool:  # noqa: N802 (Qt's name)
        return self.owns[QClipboard.Mode.Clipboard]

    def ownsSelection(self) -> bool:  # noqa: N802
        return self.owns[QClipboard.Mode.Selection]

    def clear(self, mode: QClipboard.Mode) -> None:
        self.cleared.append(mode)


def test_x11_clipboard_owned_after_a_copy_is_released_on_quit() -> None:
    board = FakeClipboard(clipboard=True, selection=False)
    assert release_clipboard(board, "xcb") == [QClipboard.Mode.Clipboard]
    assert board.cleared == [QClipboard.Mode.Clipboard]


def test_selected_text_owning_the_x11_selection_is_released_too() -> None:
    board = FakeClipboard(clipboard=True, selection=True)
    release_clipboard(board, "xcb")
    assert board.cleared == [QClipboard.Mode.Clipboard, QClipboard.Mode.Selection]


def test_another_programs_clipboard_is_never_cleared() -> None:
    board = FakeClipboard(clipboard=False, selection=False)
    assert release_clipboard(board, "xcb") == []
    assert board.cleared == []


def test_other_platforms_keep_the_clipboard_after_exit() -> None:
    for platform in ("windows", "cocoa", "wayland", "offscreen"):
        board = FakeClipboard(clipboard=True, selection=True)
        assert release_clipboard(board, platform) == []
        assert board.cleared == []
