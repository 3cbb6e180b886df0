"""Open Folder after an export shows the folder with the exported file selected: the command
chosen for each system, and the folder alone where nothing can select the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl

from ui import export_notice, reveal
from ui.main_window import MainWindow


class Launched:
    """What would have been started, asked over D-Bus, or opened as a URL."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, starts: bool = True,
                 answers: bool = True) -> None:
        self.programs: list[tuple[str, list[str]]] = []
        self.uris: list[str] = []
        self.urls: list[QUrl] = []
        monkeypatch.setattr(reveal, "launch",
                            lambda p, a: self.programs.append((p, a)) or starts)
        self.failed: list[Any] = []  # the D-Bus call's failure callbacks, to call later

        def show_items(uri: str, failed: Any) -> bool:
            self.uris.append(uri)
            self.failed.append(failed)
            return answers

        monkeypatch.setattr(reveal, "show_items", show_items)
        monkeypatch.setattr(reveal, "open_url", lambda u: self.urls.append(u) or True)


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    target = tmp_path / "exports" / "Crew plan.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"")
    return target


def test_windows_selects_the_file_in_explorer(monkeypatch: pytest.MonkeyPatch,
                                              exported: Path) -> None:
    seen = Launched(monkeypatch)
    assert reveal.reveal(exported, "win32")
    ((program, arguments),) = seen.programs
    assert program == "explorer"
    assert arguments == ["/select,", str(exported).replace("/", "\\")]
    assert seen.uris == [] and seen.urls == []


def test_macos_reveals_the_file_in_the_finder(monkeypatch: pytest.MonkeyPatch,
                                              exported: Path) -> None:
    seen = Launched(monkeypatch)
    assert reveal.reveal(exported, "darwin")
    assert seen.programs == [("open", ["-R", str(exported)])]
    assert seen.uris == [] and seen.urls == []


def test_linux_asks_the_file_manager_over_dbus(monkeypatch: pytest.MonkeyPatch,
                                               exported: Path) -> None:
    seen = Launched(monkeypatch)
    assert reveal.reveal(exported, "linux")
    assert seen.uris == [reveal.file_uri(exported)]
    assert seen.uris[0].startswith("file:///") and seen.uris[0].endswith("/Crew%20plan.xlsx")
    assert seen.programs == [] and seen.urls == []


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_the_folder_opens_when_nothing_can_select_the_file(
        monkeypatch: pytest.MonkeyPatch, exported: Path, platform: str) -> None:
    seen = Launched(monkeypatch, starts=False, answers=False)
    assert reveal.reveal(exported, platform)
    assert seen.urls == [QUrl.fromLocalFile(str(exported.parent))]


def test_a_file_manager_that_answers_with_an_error_opens_the_folder_then(
        monkeypatch: pytest.MonkeyPatch, exported: Path) -> None:
    """The D-Bus call is not waited for (a file manager may take seconds to start): when
    its answer is an error, the folder opens then."""
    seen = Launched(monkeypatch)
    assert reveal.reveal(exported, "linux")
    assert seen.urls == []
    seen.failed[0]()
    assert seen.urls == [QUrl.fromLocalFile(str(exported.parent))]


def test_no_session_bus_is_no_file_manager(monkeypatch: pytest.MonkeyPatch,
                                           exported: Path) -> None:
    from PySide6.QtDBus import QDBusConnection

    class NoBus:
        def isConnected(self) -> bool:
            return False

    monkeypatch.setattr(QDBusConnection, "sessionBus", staticmethod(lambda: NoBus()))
    assert not reveal.show_items(reveal.file_uri(exported), lambda: None)


def test_open_folder_after_an_export_selects_the_file(
        qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        exported: Path) -> None:
    shown: list[Path] = []
    monkeypatch.setattr(export_notice, "reveal", lambda p, **_k: shown.append(p) or True)
    notice = export_notice.ExportNotice(main_window)
    notice.show(exported)
    qtbot.mouseClick(notice.folder_button, Qt.MouseButton.LeftButton)
    assert shown == [exported]
