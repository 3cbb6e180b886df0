"""The app on a shared project, against a real PostgreSQL server: open, live edits, conflicts,
read-only users, a server that goes away, publishing; and the History panel."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import keyring
import pytest
from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QSettings, Qt

from raci import locations
from raci.checks import check_project, sort_findings
from raci.errors import RaciError
from raci.server import ServerLocation
from raci.service import ProjectService
from tests.conftest import Server
from tests.ui.conftest import Boxes
from ui import file_workflows, passwords
from ui.history_panel import (
    ACTIVITY,
    ALL,
    CELL,
    PERSON,
    ROLE,
    HistoryModel,
    full_time,
    when,
)
from ui.main_window import MainWindow
from ui.server_dialog import ServerDialog, error_style


class MemoryKeyring(KeyringBackend):
    """A keyring in memory, set explicitly (never picked by keyring on its own)."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - a class property
        raise RuntimeError("set explicitly in tests only")

    def __init__(self) -> None:
        super().__init__()
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.stored.pop((service, username), None) is None:
            raise PasswordDeleteError("not stored")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def window(qtbot: Any, settings: QSettings, boxes: Boxes) -> Iterator[MainWindow]:
    """A hidden main window showing the start page."""
    w = MainWindow(settings)
    qtbot.addWidget(w)
    yield w
    w.close_project()


NOTICE_MS = 20_000
"""How long a test waits for a server notice to show: waitUntil returns as soon as it shows,
so a long wait costs nothing when it passes and keeps a loaded machine from failing it (how
fast notices arrive is measured in benchmarks/, not asserted here)."""


def _seed(service: ProjectService) -> None:
    pm = service.add_role("Product Manager", "PM")
    service.add_role("Engineering Lead", "ENG")
    service.add_person("Ann Lee", roles=[pm])
    service.add_activity("Release plan", service.add_phase("Build"))


def _shared(pg: Server, project: str | None = None) -> str:
    """A seeded project on the server; its address without the password."""
    url = pg.url(project=project)
    locations.create_location(url, "Shared", fill=_seed)
    pg.grant("bob")
    return url.replace(":alice-pw", "")


def _open(window: MainWindow, qtbot: Any, url: str, password: str | None = "alice-pw") -> None:
    assert window.shared.open_url(url, password, background=False)
    assert window.service is not None and window.service.session is not None


def _synced(service: ProjectService) -> Any:
    """A service's state after it looked for other sessions' commits."""
    service.sync()
    return service.state()


def _cell(window: MainWindow, activity: str, role: str) -> Any:
    model, state = window.model, window.service.state()  # type: ignore[union-attr]
    act = next(a.id for a in state.activities if a.name == activity)
    rid = next(r.id for r in state.roles if r.code == role)
    return model.cell_index(act, rid)  # type: ignore[union-attr]


def _shows(window: MainWindow, activity: str, role: str) -> str:
    return str(window.model.data(_cell(window, activity, role)) or "")  # type: ignore[union-attr]


def test_open_shared_project_keeps_the_password_in_the_keyring_only(
        window: MainWindow, qtbot: Any, pg: Server, memory_keyring: MemoryKeyring,
        settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    url = _shared(pg)
    seen: list[tuple[str, str, bool]] = []  # (the dialog is gone once answered)

    def fill_in(dialog: ServerDialog) -> int:
        dialog.fill(url)
        dialog.secret.setText("alice-pw")
        dialog.remember.setChecked(True)
        seen.append((dialog.windowTitle(), dialog.location(), dialog.remember.isEnabled()))
        return ServerDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ServerDialog, "exec", fill_in)
    assert window.shared.open_dialog()
    qtbot.waitUntil(lambda: window.service is not None, timeout=NOTICE_MS)
    assert window.service is not None and window.service.state().name == "Shared"
    assert seen[0][1:] == (url, True)
    key = window.service.session.location.key  # type: ignore[union-attr]
    assert memory_keyring.stored == {(passwords.SERVICE, key): "alice-pw"}
    assert window.files.recent_files()[0] == url
    settings.sync()
    assert "alice-pw" not in Path(settings.fileName()).read_text()
    assert "Shared" in window.windowTitle() and "alice-pw" not in window.windowTitle()
    assert window.shared.heartbeat.isActive()
    assert not window.files.start_folder().startswith("postgresql")

    # Open Recent lists the address without the password and reopens it from the keyring.
    window.close_project()
    window.start_page.buttons["shared"].click()  # the start page offers the same dialog
    assert len(seen) == 2 and seen[1][0] == "Open shared project"
    qtbot.waitUntil(lambda: window.service is not None, timeout=NOTICE_MS)
    window.close_project()
    window.files.fill_recent(window.recent_menu)
    # Listed by project name, then user, server and port; never the password.
    port = pg.cluster.port
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts[0] == f"&1 {pg.database} (alice@127.0.0.1:{port}/{pg.database})"
    assert window.recent_menu.actions()[0].toolTip() == url
    item = window.start_page.recent.item(0)
    assert item.text() == f"{pg.database}    alice@127.0.0.1:{port}/{pg.database}"
    assert "alice-pw" not in item.text() + item.toolTip() + texts[0]
    assert item.flags() & Qt.ItemFlag.ItemIsEnabled
    window.recent_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: window.service is not None, timeout=NOTICE_MS)
    assert window.service is not None and window.service.session is not None


def test_the_dialog_reads_a_pasted_address_and_keeps_the_password_apart(qtbot: Any) -> None:
    dialog = ServerDialog("Open shared project", "Open")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.hint.text() == "To connect, fill in the server, database and user"
    assert dialog.problem.isHidden() and dialog.problem.text() == ""
    dialog.address.setText("postgresql://bob:s3cret@db.example.org:6000/plans?project=web")
    dialog.address.textEdited.emit(dialog.address.text())
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(),
            dialog.project.text(), dialog.user.text()) == (
        "db.example.org", 6000, "plans", "web", "bob")
    assert dialog.password() == "s3cret" and "s3cret" not in dialog.address.text()
    assert dialog.location() == "postgresql://bob@db.example.org:6000/plans?project=web"
    assert ok.isEnabled() and dialog.hint.isHidden() and dialog.problem.isHidden()
    assert dialog.remember_choice() is False  # a password typed, not to be kept
    dialog.secret.clear()
    assert dialog.remember_choice() is None  # nothing typed: the keyring stays as it is
    dialog.remember.click()
    assert dialog.remember_choice() is True
    # Editing a field writes the address again: the two never disagree.
    dialog.database.setText("budget")
    assert dialog.address.text() == "postgresql://bob@db.example.org:6000/budget?project=web"
    dialog.address.setText("http://example.org")
    dialog.address.textEdited.emit(dialog.address.text())
    assert "postgresql://" in dialog.hint.text() and not ok.isEnabled()
    assert dialog.problem.isHidden()


def test_the_dialog_keeps_an_addresss_options_and_takes_its_password_option(
        qtbot: Any) -> None:
    dialog = ServerDialog("Open shared project", "Open")
    qtbot.addWidget(dialog)
    dialog.address.setText("postgresql://bob@db.example.org/plans?sslmode=verify-full"
                           "&password=s3cret&connect_timeout=3")
    dialog.address.textEdited.emit(dialog.address.text())
    assert dialog.password() == "s3cret" and "s3cret" not in dialog.address.text()
    kept = ServerLocation.parse(dialog.location())
    assert kept.display.startswith("postgresql://bob@db.example.org:5432/plans?")
    assert kept.options == {"sslmode": "verify-full", "connect_timeout": "3"}
    dialog.project.setText("web")  # edited by hand: the options stay
    assert ServerLocation.parse(dialog.address.text()).options == {
        "sslmode": "verify-full", "connect_timeout": "3"}
    assert ServerLocation.parse(dialog.address.text()).project == "web"


def test_typing_an_address_is_quiet_until_it_is_complete(qtbot: Any) -> None:
    """Each keystroke of an address: no red error, no exception, OK only once it is whole."""
    dialog = ServerDialog("Open shared project", "Open")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    address = "postgresql://alice@db.example.org:5433/plans"
    dialog.address.setFocus()
    names_a_database = address.index("/plans") + 1  # from "/p" on, it is a whole address
    for i, char in enumerate(address):
        qtbot.keyClicks(dialog.address, char)
        assert dialog.problem.isHidden(), address[:i + 1]
        assert ok.isEnabled() == (i >= names_a_database), address[:i + 1]
        assert not dialog.hint.isHidden() or ok.isEnabled()
    assert dialog.location() == address
    # A port that is no number, none at all, or out of range: a quiet hint, OK off.
    for typed in ("postgresql://alice@db:x/plans", "postgresql://alice@db:/plans",
                  "postgresql://alice@db:99999/plans", "postgresql://alice@db:5432"):
        dialog.address.clear()
        qtbot.keyClicks(dialog.address, typed)
        assert not ok.isEnabled() and dialog.hint.text() and dialog.problem.isHidden(), typed
    dialog.fill(address)
    assert ok.isEnabled()
    dialog.port.setFocus()
    dialog.port.selectAll()
    qtbot.keyClick(dialog.port, Qt.Key.Key_Backspace)  # the port field emptied
    assert not ok.isEnabled() and dialog.hint.text() == "To connect, fill in the port"
    qtbot.keyClicks(dialog.port, "6543")
    assert ok.isEnabled() and dialog.address.text() == "postgresql://alice@db.example.org:6543/plans"


def test_a_missing_password_is_asked_for_not_reported_as_an_error(
        window: MainWindow, pg: Server, memory_keyring: MemoryKeyring, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    url = _shared(pg)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    asked: list[tuple[str, str, bool]] = []

    def cancel(dialog: ServerDialog) -> int:
        asked.append((dialog.problem.text(), dialog.problem.styleSheet(),
                      dialog.problem.isHidden()))
        return ServerDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ServerDialog, "exec", cancel)
    assert not window.shared.open_url(url, background=False)  # Open Recent, nothing stored
    text, style, hidden = asked[0]
    assert text == "Enter the password of alice on 127.0.0.1 to open the project"
    assert not hidden and style != error_style()
    # A password that was given and refused is an error, in red.
    assert not window.shared.open_url(url, "wrong-pw", background=False)
    text, style, hidden = asked[1]
    assert "check the user name and password" in text and style == error_style()
    assert "wrong-pw" not in text


def test_a_refused_password_is_forgotten_and_asked_for_again(
        window: MainWindow, pg: Server, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    url = _shared(pg)
    key = locations.server.ServerLocation.parse(url).key
    memory_keyring.stored[(passwords.SERVICE, key)] = "old-pw"
    asked: list[tuple[str, str]] = []

    def cancel(dialog: ServerDialog) -> int:
        asked.append((dialog.location(), dialog.problem.text()))
        return ServerDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ServerDialog, "exec", cancel)
    assert not window.shared.open_url(url, background=False)
    assert window.service is None
    assert memory_keyring.stored == {}
    assert len(asked) == 1 and asked[0][0] == url
    assert "check the user name and password" in asked[0][1] and "old-pw" not in asked[0][1]


def test_without_a_keyring_the_app_says_so_and_still_opens(
        window: MainWindow, pg: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    url = _shared(pg)
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = ServerDialog("Open shared project", "Open", window, url)
        window.shared._offer_keyring(dialog, url)
        assert not dialog.remember.isEnabled()
        assert _open_remembering(window, url)
        assert "no system keyring" in window.statusBar().currentMessage()
    finally:
        keyring.set_keyring(before)


class BrokenKeyring(MemoryKeyring):
    """A keyring whose store is locked: every call fails."""

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("the collection is locked\nsecond line")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("the collection is locked")


def test_a_broken_keyring_means_asking_again_never_a_crash() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        assert passwords.usable()
        assert passwords.get_password("alice@db:5432/plans") is None
        kept = passwords.set_password("alice@db:5432/plans", "pw")
        assert not kept.ok and kept.why == ("the system keyring refused to store the password "
                                            "(the collection is locked); you will be asked again")
        passwords.forget_password("alice@db:5432/plans")
    finally:
        keyring.set_keyring(before)


def _open_remembering(window: MainWindow, url: str) -> bool:
    return window.shared.open_url(url, "alice-pw", remember=True, background=False)


def test_another_clients_edits_show_within_a_second_and_nothing_is_lost(
        window: MainWindow, qtbot: Any, pg: Server, memory_keyring: MemoryKeyring,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = _shared(pg)
    _open(window, qtbot, url)
    service = window.service
    assert window.shared.open_url(url) and window.service is service  # already open here
    window.history.timer.setInterval(1_500)  # the history read late, as on a loaded machine
    bob = locations.open_location(pg.url("bob"))
    try:
        act, pm = bob.activities()[0].id, bob.roles()[0].id
        eng = bob.roles()[1].id
        assert any(f.activity_id == act and f.rule == "missing-accountable"
                   for f in window.model.findings())  # type: ignore[union-attr]
        window.shared.beat()
        assert window.shared.presence.text().startswith("Also open: bob (")

        bob.set_cell(act, pm, "A")
        qtbot.waitUntil(lambda: _shows(window, "Release plan", "PM") == "A", timeout=NOTICE_MS)
        qtbot.waitUntil(lambda: not any(f.rule == "missing-accountable"
                                        for f in window.findings._shown or ()),
                        timeout=NOTICE_MS)

        # The app edits another cell; bob sees it; the CLI (as bob) edits a third time.
        assert window.model.setData(_cell(window, "Release plan", "ENG"), "R")  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: _synced(bob).letters(act, eng) == {"R"}, timeout=NOTICE_MS)
        from raci.cli import main

        assert main(["assign", pg.url("bob"), "Release plan", "ENG", "R/C"]) == 0
        capsys.readouterr()
        qtbot.waitUntil(lambda: _shows(window, "Release plan", "ENG") == "R/C", timeout=NOTICE_MS)
        state = window.service.state()  # type: ignore[union-attr]
        assert state.letters(act, pm) == {"A"} and state.letters(act, eng) == {"R", "C"}
        assert window.service.reload_state() == state  # type: ignore[union-attr]
        assert sort_findings(window.model.findings()) == sort_findings(  # type: ignore[union-attr]
            check_project(state))

        # The history is read a moment after a change: wait for the lines, not for a count
        # (the project's own first lines, 'Release plan added'..., were three already, so
        # the lines were compared before the last edit was read when the machine was busy).
        def newest() -> list[tuple[str, str, str]]:
            return [(r.who, r.entry.subject, r.entry.new)
                    for r in window.history.model.records[:3]]

        expected = [("bob", "Release plan / ENG", "R/C"),
                    ("alice", "Release plan / ENG", "R"),
                    ("bob", "Release plan / PM", "A")]
        qtbot.waitUntil(lambda: newest() == expected, timeout=NOTICE_MS)
    finally:
        bob.close()


def test_a_stale_edit_asks_reload_or_overwrite(window: MainWindow, qtbot: Any, pg: Server,
                                               boxes: Boxes) -> None:
    url = _shared(pg)
    _open(window, qtbot, url)
    bob = locations.open_location(pg.url("bob"))
    try:
        act, pm = bob.activities()[0].id, bob.roles()[0].id
        model = window.model
        assert model is not None
        # Bob commits before the app heard of it: the app's edit was built on stale state.
        bob.set_cell(act, pm, "R")
        boxes.click = "Reload"
        assert not model.setData(_cell(window, "Release plan", "PM"), "A")
        kind, title, text = boxes.shown[-1]
        assert title == "Somebody else changed this cell"
        assert "'Release plan' / PM was changed by bob at" in text and "now holds R" in text
        assert _shows(window, "Release plan", "PM") == "R"  # theirs, shown
        assert window.stack.count() == 0

        bob.set_cell(act, pm, "C")
        boxes.click = "Overwrite"
        model.setData(_cell(window, "Release plan", "PM"), "A")
        assert boxes.shown[-1][1] == "Somebody else changed this cell"
        assert _shows(window, "Release plan", "PM") == "A"
        qtbot.waitUntil(lambda: _synced(bob).letters(act, pm) == {"A"}, timeout=NOTICE_MS)
        log = [(r.who, r.entry.old, r.entry.new) for r in bob.log(activity_id=act)[:3]]
        assert log == [("alice", "C", "A"), ("bob", "R", "C"), ("bob", "", "R")]
    finally:
        bob.close()


def test_a_read_only_user_gets_the_banner_and_still_sees_edits(
        window: MainWindow, qtbot: Any, pg: Server, boxes: Boxes) -> None:
    url = _shared(pg)
    pg.grant("reader", write=False)
    window.show()  # the banner must be in view, not merely not hidden
    qtbot.waitExposed(window)
    _open(window, qtbot, url.replace("alice@", "reader@"), "reader-pw")
    assert window.model is not None and window.model.read_only
    # In view at once: the "Opened ..." message in the status bar does not cover it.
    assert window.statusBar().currentMessage().startswith("Opened ")
    assert window.banner.label.isVisible() and window.banner.button.isHidden()
    assert "the server lets reader only read it" in window.banner.label.text()
    assert not window.commands["add_activity"].isEnabled()
    assert window.commands["copy_as"].isEnabled()
    index = _cell(window, "Release plan", "PM")
    assert not window.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    # Typing changes nothing and opens no box: the status bar says why, once per key.
    window.view.setCurrentIndex(index)
    window.view.setFocus()
    for key in ("a", "r", Qt.Key.Key_Delete):
        qtbot.keyClick(window.view, key)
    qtbot.keyClick(window.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert boxes.shown == []
    assert window.statusBar().currentMessage() == (
        "Nothing changed: the server lets reader only read it; opened read-only")
    assert _shows(window, "Release plan", "PM") == "" and window.stack.count() == 0
    assert window.banner.label.isVisible()
    alice = locations.open_location(pg.url())
    try:
        alice.set_cell(alice.activities()[0].id, alice.roles()[0].id, "A")
        qtbot.waitUntil(lambda: _shows(window, "Release plan", "PM") == "A", timeout=NOTICE_MS)
    finally:
        alice.close()


def test_a_server_that_goes_away_gives_one_message_and_a_local_copy(
        window: MainWindow, qtbot: Any, boxes: Boxes, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, own_pg: Server) -> None:
    url = own_pg.url()
    locations.create_location(url, "Going away", fill=_seed)
    _open(window, qtbot, url.replace(":alice-pw", ""))
    assert window.model is not None
    assert window.model.setData(_cell(window, "Release plan", "PM"), "A/R")
    own_pg.cluster.stop()
    target = tmp_path / "kept.raci"
    monkeypatch.setattr(file_workflows, "save_file", lambda *_a: (str(target), ""))
    boxes.click = "Save a Local Copy..."
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=NOTICE_MS)
    # Typing into the matrix now changes nothing and shows no second message.
    window.model.setData(_cell(window, "Release plan", "ENG"), "C")
    window.files.check_outside_changes()
    window.shared.check_server()
    window.shared.beat()
    assert [title for _k, title, _t in boxes.shown] == ["The server cannot be reached"]
    # What happened and what to do, in the words of any other server failure; not the
    # driver's own text ("consuming input failed: server closed the connection...").
    shown = url.replace(":alice-pw", "")
    assert boxes.shown[0][2].startswith(f"{shown}: the server cannot be reached; check that "
                                        "the server is running and reachable.\n\n")
    assert "connection" not in boxes.shown[0][2] and "failed" not in boxes.shown[0][2]
    assert window.model.read_only and not window.commands["add_activity"].isEnabled()
    assert "cannot be reached" in window.banner.label.text()
    kept = ProjectService.open(target)
    try:
        act, pm = kept.activities()[0].id, kept.roles()[0].id
        assert kept.state().letters(act, pm) == {"A", "R"}
        assert kept.state().name == "Going away"
    finally:
        kept.close()


def test_a_server_that_comes_back_lets_the_window_edit_again(
        window: MainWindow, qtbot: Any, boxes: Boxes, monkeypatch: pytest.MonkeyPatch,
        settings: QSettings, own_pg: Server) -> None:
    from raci import server

    monkeypatch.setattr(server, "PING_SECONDS", 0.0)
    url = own_pg.url()
    locations.create_location(url, "Coming back", fill=_seed)
    own_pg.grant("reader", write=False)
    _open(window, qtbot, url.replace(":alice-pw", ""))
    assert window.model is not None
    viewer = MainWindow(settings)
    qtbot.addWidget(viewer)
    _open(viewer, qtbot, own_pg.url("reader").replace(":reader-pw", ""), "reader-pw")
    assert viewer.model is not None and viewer.model.read_only
    own_pg.cluster.stop()
    boxes.click = "Not Now"
    for w in (window, viewer):
        w.files.check_outside_changes()
        w.shared.check_server()
    assert window.model.read_only and not window.banner.label.isHidden()
    assert "This window still shows the project as it was." in boxes.shown[-1][2]
    # Opening it again while the server is away: this window, and why it waits.
    again_address = url.replace(":alice-pw", "").replace("postgresql://", "postgres://")
    assert window.files.open_recent(again_address)
    assert window.statusBar().currentMessage() == (
        "Coming back is the project open in this window; its server still cannot be "
        "reached, and edits resume by themselves when it answers")
    own_pg.cluster.start()
    for w in (window, viewer):
        w.files.check_outside_changes()
        w.shared.check_server()
    assert not window.model.read_only and window.banner.label.isHidden()
    assert window.commands["add_activity"].isEnabled()
    assert "Connected to the server again" in window.statusBar().currentMessage()
    # The reader is still only a reader: the server's rights did not change.
    assert viewer.model.read_only and not viewer.commands["add_activity"].isEnabled()
    assert "the server lets reader only read it" in viewer.banner.label.text()
    assert not viewer.banner.label.isHidden()
    viewer.close_project()
    # Open Recent on the project this window shows (any spelling): it, not a second copy.
    service = window.service
    assert window.files.open_recent(again_address) and window.service is service
    assert window.statusBar().currentMessage() == (
        f"Coming back is the project open in this window ({service.location})")
    assert window.model.setData(_cell(window, "Release plan", "PM"), "A")
    again = locations.open_location(url)
    try:
        act, pm = again.activities()[0].id, again.roles()[0].id
        assert again.state().letters(act, pm) == {"A"}
    finally:
        again.close()
    assert [title for _k, title, _t in boxes.shown] == ["The server cannot be reached"] * 2


def test_publish_a_file_then_work_offline(window: MainWindow, qtbot: Any, pg: Server,
                                          staffed: ProjectService, tmp_path: Path,
                                          memory_keyring: MemoryKeyring, boxes: Boxes) -> None:
    original = staffed.state()
    path = staffed.path
    staffed.close()
    assert path is not None and window.files.open_path(path)
    url = pg.url(project="published").replace(":alice-pw", "")
    assert window.shared.publish(url, "alice-pw", remember=True, background=False)
    assert window.service is not None and window.service.session is not None
    assert window.service.state() == original
    assert window.files.recent_files()[0] == url
    assert memory_keyring.stored  # remembered, as asked
    offline = tmp_path / "offline.raci"
    assert window.files.save_copy(offline)
    copy = ProjectService.open(offline)
    try:
        assert copy.state() == original
    finally:
        copy.close()
    assert not window.shared.publish(url, "alice-pw")  # it is on a server already
    assert boxes.shown[-1][2] == f"{url} is already on a server; use File > Save a Copy As to " \
        "keep a copy in a file"
    # Publishing never merges into a project already there: the file stays open.
    assert window.files.open_path(path)
    assert not window.shared.publish(url, "alice-pw", background=False)
    assert boxes.shown[-1][2].startswith(f"{url}: already holds a RACI project")
    assert window.service is not None and window.service.path == path


def test_history_panel_follows_the_current_cell_and_people(main_window: MainWindow,
                                                           qtmodeltester: Any,
                                                           qtbot: Any) -> None:
    w = main_window
    assert w.commands["history_dock"].isCheckable()
    assert w.model is not None and w.service is not None
    state = w.service.state()
    act, role = state.activities[0].id, state.roles[0].id
    other = state.roles[1].id
    w.model.set_cells({(act, role): frozenset("C"), (act, other): frozenset("I")}, "Edit")
    w.history.refresh()
    first = w.history.model.records[0]
    assert (first.who, first.entry.new) in {(w.service.who, "C"), (w.service.who, "I")}
    qtmodeltester.check(w.history.model)
    assert isinstance(w.history.model, HistoryModel)

    w.view.setCurrentIndex(w.model.cell_index(act, role))
    w.history.choose(CELL)
    subjects = {r.entry.subject for r in w.history.model.records}
    assert subjects == {f"{state.activities[0].name} / {state.roles[0].code}"}
    assert "The current cell: " in w.history.filter.currentText()

    person = state.people[0]
    w.history.choose(ALL)
    w.service.update_person(person.id, title="Chief of staff")  # the panel follows by itself
    qtbot.waitUntil(lambda: w.history.model.records[0].entry.action == "edit person",
                    timeout=NOTICE_MS)
    w.history.choose(PERSON, person.id)
    assert [r.entry.action for r in w.history.model.records][0] == "edit person"
    assert all(r.entry.person_id == person.id for r in w.history.model.records)

    w.view.setCurrentIndex(w.model.cell_index(act, role))
    w.history.choose(ROLE)
    assert w.history.model.rowCount() and all(
        r.entry.role_id == role for r in w.history.model.records)
    w.history.choose(ACTIVITY)
    assert {r.entry.subject for r in w.history.model.records} >= {
        f"{state.activities[0].name} / {state.roles[1].code}"}
    assert all(r.entry.activity_id == act for r in w.history.model.records)
    w.history.choose(ALL)
    assert w.history.model.rowCount() > len(w.service.log(activity_id=act))

    # The current-cell filter follows the cursor.
    w.view.setCurrentIndex(w.model.cell_index(act, other))
    w.history.choose(CELL)
    assert {r.entry.new for r in w.history.model.records[:1]} == {"I"}
    w.history.go_to(w.history.model.index(0, 0))
    assert w.view.currentIndex() == w.model.cell_index(act, other)


def test_server_errors_reach_the_user_worded_with_what_to_do(
        window: MainWindow, pg: Server, boxes: Boxes) -> None:
    """A user who may read only part of the project: the box says what failed, the server's
    reason and what to do, as every other server failure does."""
    url = _shared(pg)
    pg.cluster.new_user("partial", "partial-pw")
    pg.cluster.sql('GRANT USAGE ON SCHEMA public TO partial', pg.database)
    pg.cluster.sql("GRANT SELECT ON project, alembic_version TO partial", pg.database)
    assert not window.shared.open_url(url.replace("alice@", "partial@"), "partial-pw",
                                      background=False)
    assert window.service is None
    kind, title, text = boxes.shown[-1]
    assert title == "Cannot open the shared project"
    assert text.startswith(f"{url.replace('alice@', 'partial@')}: cannot open the project "
                           "(permission denied for table ")
    assert text.endswith("); ask the database owner for access")


@pytest.fixture
def kolkata(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The local time zone is UTC+05:30 for the test."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_history_times_are_local_and_short_for_today(kolkata: None) -> None:
    today = datetime(2026, 3, 1, 12, 0, tzinfo=UTC).astimezone()  # 17:30 there
    assert when("2026-03-01T10:00:00+00:00", today) == "15:30"
    assert when("2026-02-27T10:00:00+00:00", today) == "2026-02-27 15:30"
    assert when("2026-02-27T10:00:00", today) == "2026-02-27 15:30"  # no zone: UTC
    assert full_time("2026-02-27T10:00:05+00:00") == "2026-02-27 15:30:05 IST"
    assert when("not a time", today) == "not a time"


def test_history_lines_read_what_changed_and_how(main_window: MainWindow) -> None:
    w = main_window
    assert w.model is not None and w.service is not None
    state = w.service.state()
    act, role = state.activities[0], state.roles[0]
    before = state.cell_text(act.id, role.id) or "-"
    w.model.set_cells({(act.id, role.id): frozenset("C")}, "Edit")
    w.service.add_phase("Launch")
    w.history.choose(ALL)
    model = w.history.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "When", "Who", "What", "Change"]
    rows = [[model.text(r, c) for c in range(1, 4)] for r in range(2)]
    assert rows == [[w.service.who, "add phase: Launch", "added"],
                    [w.service.who, f"{act.name} / {role.code}", f"{before} \u2192 C"]]
    assert len(model.text(0, 0)) == 5  # today: the time alone
    tip = model.data(model.index(1, 2), Qt.ItemDataRole.ToolTipRole)
    assert f"{act.name} / {role.code}" in tip and "revision" in tip


def test_history_panel_is_hidden_without_a_project(window: MainWindow, qtbot: Any,
                                                   settings: QSettings) -> None:
    window.show()
    qtbot.waitExposed(window)
    history = window.history
    assert history.isHidden() and not window.commands["history_dock"].isEnabled()
    assert window.files.open_sample()
    assert not history.isHidden() and window.commands["history_dock"].isEnabled()
    assert window.findings.isVisible()  # the findings stay in front
    window.close_project()
    assert history.isHidden() and not window.commands["history_dock"].isEnabled()
    # Closed by the user, it stays closed with the next project, and in the next window.
    assert window.files.open_sample()
    window.commands["history_dock"].trigger()
    assert history.isHidden()
    window.close_project()
    assert window.files.open_sample()
    assert history.isHidden()
    window.commands["history_dock"].trigger()
    assert not history.isHidden()
    window.close_project()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.history.isHidden()
    assert again.files.open_sample()
    assert not again.history.isHidden()
    again.close_project()


def test_a_presence_the_server_hides_is_said_in_the_status_bar_not_in_a_box(
        window: MainWindow, qtbot: Any, pg: Server, boxes: Boxes) -> None:
    url = _shared(pg)
    pg.cluster.new_user("unlisted", "unlisted-pw")
    pg.grant("unlisted")
    pg.cluster.sql("REVOKE ALL ON presence FROM unlisted", pg.database)
    _open(window, qtbot, url.replace("alice@", "unlisted@"), "unlisted-pw")
    window.shared.beat()
    window.shared.beat()  # every heartbeat: still no box
    assert boxes.shown == []
    assert window.shared.presence.text() == "Shared: cannot see who else has it open"
    tip = window.shared.presence.toolTip()
    assert "cannot see who else has the project open (permission denied for table presence)" \
        in tip and "ask the database owner for access" in tip


def test_save_as_takes_a_shared_project_into_a_file_and_goes_on_there(
        window: MainWindow, pg: Server, staffed: ProjectService, tmp_path: Path,
        memory_keyring: MemoryKeyring, boxes: Boxes) -> None:
    path = staffed.path
    staffed.close()
    assert path is not None and window.files.open_path(path)
    url = pg.url(project="saved-as").replace(":alice-pw", "")
    assert window.shared.publish(url, "alice-pw", background=False)
    shared, model = window.service, window.model
    assert shared is not None and shared.session is not None and model is not None
    act, role = shared.state().activities[0].id, shared.state().roles[0].id
    before = shared.state().letters(act, role)
    assert model.set_cells({(act, role): frozenset("C")}, "Edit cell")
    target = tmp_path / "taken along.raci"
    assert window.files.save_as(target)
    local = window.service
    assert local is not None and local.session is None and local.path == target
    assert local.state().letters(act, role) == frozenset("C")
    assert "taken along.raci" in window.windowTitle() and "saved-as" not in \
        window.windowTitle()
    assert window.files.recent_files()[:2] == [str(target), url]
    window.stack.undo()  # the step made on the server is undone in the file
    assert local.state().letters(act, role) == before
    server = locations.open_location(pg.url(project="saved-as"))
    try:
        assert server.state().letters(act, role) == frozenset("C")  # the server keeps it
    finally:
        server.close()
    assert not boxes.shown


def test_save_as_goes_on_in_a_file_when_the_server_is_gone(
        window: MainWindow, qtbot: Any, boxes: Boxes, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, own_pg: Server) -> None:
    url = own_pg.url()
    locations.create_location(url, "Gone", fill=_seed)
    _open(window, qtbot, url.replace(":alice-pw", ""))
    assert window.model is not None
    assert window.model.setData(_cell(window, "Release plan", "PM"), "A/R")
    own_pg.cluster.stop()
    target = tmp_path / "rescued.raci"
    monkeypatch.setattr(file_workflows, "save_file", lambda *_a: (str(target), ""))
    boxes.click = "Save As..."  # offered by the message: it needs no server
    window.files.check_outside_changes()
    window.shared.check_server()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=NOTICE_MS)
    assert [title for _k, title, _t in boxes.shown] == ["The server cannot be reached"]
    assert "Save As goes on working in a local file" in boxes.shown[0][2]
    local, model = window.service, window.model
    assert local is not None and local.session is None and local.path == target
    assert model is not None and not model.read_only and window.banner.label.isHidden()
    assert window.commands["add_activity"].isEnabled()
    assert _shows(window, "Release plan", "PM") == "A/R"
    assert model.setData(_cell(window, "Release plan", "ENG"), "C")  # editing again
    window.shared.check_server()  # the server being away no longer concerns this window
    window.shared.beat()
    assert len(boxes.shown) == 1
    assert "Connected to the server" not in window.statusBar().currentMessage()
    window.stack.undo()
    assert _shows(window, "Release plan", "ENG") == ""
    window.stack.undo()  # the step made on the server, undone in the file
    assert _shows(window, "Release plan", "PM") == ""


def test_the_message_of_a_server_gone_names_both_ways_to_keep_the_work(
        window: MainWindow, qtbot: Any, boxes: Boxes, own_pg: Server) -> None:
    url = own_pg.url()
    locations.create_location(url, "Gone too", fill=_seed)
    _open(window, qtbot, url.replace(":alice-pw", ""))
    assert window.model is not None
    own_pg.cluster.stop()
    boxes.click = "Not Now"
    window.files.check_outside_changes()
    window.shared.check_server()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=NOTICE_MS)
    assert not window.model.setData(_cell(window, "Release plan", "PM"), "A")
    service = window.service
    assert service is not None and service.stopped is not None
    assert service.stopped.endswith("Use File > Save As to go on working in a local file, or "
                                    "Save a Copy As to keep a copy of your work")


def _closed_port() -> int:
    """A local port nothing listens on."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_project_that_cannot_be_opened_brings_the_dialog_back_with_why(
        window: MainWindow, qtbot: Any, boxes: Boxes, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A wrong port or database name said why in a message, and the dialog was gone: the
    address, user and password were typed again from the start. The dialog comes back with
    them, and the reason in red above them; Cancel then ends it."""
    address = f"postgresql://ann@127.0.0.1:{_closed_port()}/planning"
    asked: list[tuple[str, str, str, str]] = []

    def answer(dialog: ServerDialog) -> int:
        asked.append((dialog.location(), dialog.secret.text(), dialog.problem.text(),
                      dialog.problem.styleSheet()))
        if len(asked) == 1:
            dialog.fill(address)
            dialog.secret.setText("ann-pw")
            return ServerDialog.DialogCode.Accepted.value
        return ServerDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ServerDialog, "exec", answer)
    window.shared.open_dialog()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=NOTICE_MS)
    location, secret, problem, style = asked[1]
    assert (location, secret) == (address, "ann-pw")
    assert problem.startswith(f"{address}: cannot open the project (") and style == error_style()
    assert boxes.shown == [] and window.service is None


def test_a_publish_that_fails_brings_the_dialog_back_with_why(
        window: MainWindow, qtbot: Any, boxes: Boxes, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """As opening: Publish to Server said why in a message and the dialog was gone."""
    assert window.files.open_sample()
    address = f"postgresql://ann@127.0.0.1:{_closed_port()}/planning?project=Launch"
    asked: list[tuple[str, str, str]] = []

    def answer(dialog: ServerDialog) -> int:
        asked.append((dialog.location(), dialog.secret.text(), dialog.problem.text()))
        if len(asked) == 1:
            dialog.fill(address)
            dialog.secret.setText("ann-pw")
            return ServerDialog.DialogCode.Accepted.value
        return ServerDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ServerDialog, "exec", answer)
    window.shared.publish_dialog()  # the copy is tried on a worker thread
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=NOTICE_MS)
    assert asked[1][:2] == (address, "ann-pw")
    assert asked[1][2].startswith(f"{address}: ") and boxes.shown == []
    assert window.service is not None and window.service.session is None  # the file still


def test_publishing_runs_behind_a_progress_dialog_the_window_stays_live(
        window: MainWindow, qtbot: Any, boxes: Boxes, monkeypatch: pytest.MonkeyPatch) -> None:
    """Publishing copied the project on the GUI thread: the window froze (a wait cursor and
    a status line) until the server answered, with no way to stop it. The copy runs on a
    worker, a progress dialog names it, and its failure is a message box."""
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from raci.locations import Snapshot

    assert window.files.open_sample()
    release = threading.Event()
    threads: list[bool] = []

    def write(*_args: Any, **_kwargs: Any) -> str:
        threads.append(threading.current_thread() is threading.main_thread())
        release.wait(NOTICE_MS / 1000)
        raise RaciError("postgresql://ann@db.example.org/plans: the server went away")

    monkeypatch.setattr(Snapshot, "write", write)
    assert window.shared.publish("postgresql://ann@db.example.org/plans", "pw")
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)),
                    timeout=NOTICE_MS)
    shown = next(d for d in window.findChildren(QProgressDialog) if d.isVisible())
    assert shown.labelText() == ("Publishing Sample product team to db.example.org… (the "
                                 "project and its history are copied)")
    assert shown.windowTitle() == "Publishing to a server"
    # (the dialog shows after 300 ms whether or not the worker has begun: wait for it)
    qtbot.waitUntil(lambda: bool(threads), timeout=NOTICE_MS)
    assert threads == [False]  # not the GUI thread: this test's own loop keeps running
    release.set()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=NOTICE_MS)
    assert boxes.shown[-1][1] == "Cannot publish the project"
    assert window.service is not None and window.service.session is None  # the file still


def _publish_cancelled(window: MainWindow, qtbot: Any, url: str, at: int) -> None:
    """Publish to url, pressing Cancel (on the GUI thread, as the dialog's button does) once
    the copy reaches step at of its steps, the worker held there until it has; wait until
    the window has said what the cancel left. (The worker called cancel itself: Qt widgets
    touched from the worker thread, and a job it could reach before it was assigned.)"""
    from ui import tasks

    reached: list[int] = []
    jobs: list[Any] = []
    original = tasks.run_with_progress

    def run(*args: Any, **kwargs: Any) -> Any:
        work = args[2]

        def slowed(progress: Any) -> Any:
            def step(done: int, total: int) -> None:
                reached.append(done)
                deadline = time.monotonic() + NOTICE_MS / 1000
                while done == at and time.monotonic() < deadline and not (
                        jobs and jobs[0].cancelled):
                    time.sleep(0.005)  # until the GUI thread has cancelled
                progress(done, total)
            return work(step)

        jobs.append(original(*args[:2], slowed, *args[3:], **kwargs))
        return jobs[-1]

    from ui import shared_workflows

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(shared_workflows, "run_with_progress", run)
        assert window.shared.publish(url, "alice-pw")
        qtbot.waitUntil(lambda: at in reached, timeout=NOTICE_MS)
        jobs[0].cancel()
        qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(),
                        timeout=NOTICE_MS)


@pytest.mark.parametrize("at", [1, 2])
def test_cancel_while_publishing_leaves_the_server_as_it_was(
        window: MainWindow, qtbot: Any, pg: Server, staffed: ProjectService,
        boxes: Boxes, memory_keyring: MemoryKeyring, at: int) -> None:
    """Cancel, once the tables are made (1) or filled (2): what was copied is removed, the
    file stays open, and the status bar says so; publishing there again then works."""
    path = staffed.path
    staffed.close()
    assert path is not None and window.files.open_path(path)
    url = pg.url(project=f"cancelled{at}").replace(":alice-pw", "")
    _publish_cancelled(window, qtbot, url, at)
    assert window.statusBar().currentMessage() == (
        "Publishing cancelled: nothing was left on 127.0.0.1, and Test project stays in its "
        "file")
    assert window.service is not None and window.service.path == path
    assert boxes.shown == []
    with pytest.raises(RaciError, match="holds no RACI project"):
        locations.open_location(pg.url(project=f"cancelled{at}"))
    assert window.shared.publish(url, "alice-pw", background=False)
    assert window.service is not None and window.service.session is not None


class _HeldCopy:
    """Snapshot.fill held on the worker until released (or until the job is cancelled, with
    until_cancelled): the copy is mid-way, its tables made, when the test acts."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, until_cancelled: bool = False,
                 then: BaseException | None = None) -> None:
        import threading

        self.release = threading.Event()
        self.entered = threading.Event()
        self.on_gui_thread: list[bool] = []
        original = locations.Snapshot.fill
        window_jobs: list[Any] = []
        self.jobs = window_jobs

        def fill(snapshot: locations.Snapshot, target: ProjectService) -> None:
            self.on_gui_thread.append(threading.current_thread() is threading.main_thread())
            self.entered.set()
            deadline = time.monotonic() + NOTICE_MS / 1000
            while time.monotonic() < deadline:  # (a bound: a broken test ends, it never hangs)
                if self.release.is_set() or (until_cancelled and any(
                        job.cancelled for job in window_jobs)):
                    break
                time.sleep(0.005)
            if then is not None:
                raise then
            original(snapshot, target)

        monkeypatch.setattr(locations.Snapshot, "fill", fill)


def _progress_dialog(window: MainWindow, qtbot: Any) -> Any:
    from PySide6.QtWidgets import QProgressDialog

    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)),
                    timeout=NOTICE_MS)
    return next(d for d in window.findChildren(QProgressDialog) if d.isVisible())


def test_cancel_keeps_the_dialog_until_what_was_copied_is_removed(
        window: MainWindow, qtbot: Any, pg: Server, staffed: ProjectService, boxes: Boxes,
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel closed the progress dialog at once while the worker went on copying (a long
    history, a far server) and then removing it: the window was live again, unseen work
    still writing to the server (publishing there again collided with it). The dialog stays,
    saying it is cancelling, with no Cancel and deaf to Escape and to its close button,
    until the worker is done; then it goes and the status bar says what the server holds."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QPushButton

    from ui.tasks import running_jobs

    held = _HeldCopy(monkeypatch)
    path = staffed.path
    staffed.close()
    assert path is not None and window.files.open_path(path)
    window.show()
    qtbot.waitExposed(window)
    url = pg.url(project="held").replace(":alice-pw", "")
    assert window.shared.publish(url, "alice-pw")
    dialog = _progress_dialog(window, qtbot)
    assert held.entered.wait(NOTICE_MS / 1000) and held.on_gui_thread == [False]
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.isVisible())
    cancel.click()  # as the user does: Qt's own cancel hides the dialog first
    assert dialog.isVisible() and dialog.labelText() == (
        "Cancelling: removing what was copied to 127.0.0.1…")
    assert not any(b.isVisible() for b in dialog.findChildren(QPushButton))
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    QApplication.sendEvent(dialog, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape,
                                             Qt.KeyboardModifier.NoModifier))
    dialog.close()
    assert dialog.isVisible()  # neither dismissed it
    assert running_jobs(window) != []
    held.release.set()
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(),
                    timeout=NOTICE_MS)
    assert running_jobs(window) == []
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(d.isVisible() for d in window.findChildren(type(dialog)))
    assert window.statusBar().currentMessage().startswith(
        "Publishing cancelled: nothing was left on 127.0.0.1")
    assert boxes.shown == []
    with pytest.raises(RaciError, match="holds no RACI project"):
        locations.open_location(pg.url(project="held"))
    window.close()


def test_a_failed_publish_that_could_not_remove_its_copy_says_so(
        window: MainWindow, qtbot: Any, pg: Server, staffed: ProjectService, boxes: Boxes,
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy that failed halfway (the server went away) and whose tables could not be
    removed carried that as a note on its error, which the app never showed: the message
    said only why it failed, and the tables stayed on the server unannounced."""
    from raci import server

    _HeldCopy(monkeypatch, then=RaciError("the server went away")).release.set()
    monkeypatch.setattr(server, "drop", lambda _where: False)
    path = staffed.path
    staffed.close()
    assert path is not None and window.files.open_path(path)
    url = pg.url(project="failed").replace(":alice-pw", "")
    assert window.shared.publish(url, "alice-pw")
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=NOTICE_MS)
    kind, title, text = boxes.shown[-1]
    assert (kind, title) == ("critical", "Cannot publish the project")
    assert text.startswith("The server went away") and locations.LEFT_BEHIND in text
    assert window.service is not None and window.service.path == path  # the file still


def test_a_cancel_then_a_failure_that_left_the_copy_is_not_called_clean(
        window: MainWindow, qtbot: Any, pg: Server, staffed: ProjectService, boxes: Boxes,
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel pressed, then the copy failed and could not remove its tables: only a
    cancelled step was looked at for the note, so the status bar said "nothing was left on
    the server" while the tables were there."""
    from raci import server
    from ui.tasks import running_jobs

    held = _HeldCopy(monkeypatch, until_cancelled=True,
                     then=RaciError("the server went away"))
    monkeypatch.setattr(server, "drop", lambda _where: False)
    path = staffed.path
    staffed.close()
    assert path is not None and window.files.open_path(path)
    url = pg.url(project="both").replace(":alice-pw", "")
    assert window.shared.publish(url, "alice-pw")
    held.jobs.extend(running_jobs(window))
    assert held.entered.wait(NOTICE_MS / 1000)
    held.jobs[0].cancel()
    qtbot.waitUntil(lambda: running_jobs(window) == [] and bool(boxes.shown),
                    timeout=NOTICE_MS)
    assert "nothing was left" not in window.statusBar().currentMessage()
    kind, title, text = boxes.shown[-1]
    assert title == "Publishing cancelled" and locations.LEFT_BEHIND in text


def test_closing_the_window_while_publishing_stops_the_copy_and_leaves_nothing(
        window: MainWindow, qtbot: Any, pg: Server, staffed: ProjectService, boxes: Boxes,
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window closed mid-copy: the copy is cancelled, the close waits for its worker,
    which removes what it made; no worker thread is left running, nothing is shown over
    the closed window, and the server holds no project."""
    from PySide6.QtCore import QCoreApplication, QThreadPool

    from ui.tasks import running_jobs

    held = _HeldCopy(monkeypatch, until_cancelled=True)
    path = staffed.path
    staffed.close()
    assert path is not None and window.files.open_path(path)
    window.show()
    qtbot.waitExposed(window)
    url = pg.url(project="closed").replace(":alice-pw", "")
    assert window.shared.publish(url, "alice-pw")
    held.jobs.extend(running_jobs(window))
    assert held.entered.wait(NOTICE_MS / 1000)
    window.close()  # cancels, then waits for the worker
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    QCoreApplication.processEvents()  # the worker's last signals
    assert running_jobs(window) == [] and boxes.shown == []
    assert window.service is None
    with pytest.raises(RaciError, match="holds no RACI project"):
        locations.open_location(pg.url(project="closed"))


def test_no_server_dialog_stays_behind_with_a_password_in_it(
        window: MainWindow, qtbot: Any, boxes: Boxes, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each Open Shared Project or Publish to Server dialog, a child of the window, stayed
    there hidden after it closed, with the password typed in it: one more for every try,
    now that a failed try brings the dialog back. Once answered, each is gone."""
    from PySide6.QtCore import QCoreApplication, QEvent

    address = f"postgresql://ann@127.0.0.1:{_closed_port()}/planning"
    tries: list[str] = []

    def answer(dialog: ServerDialog) -> int:
        tries.append(dialog.windowTitle())
        if len(tries) in (1, 3):  # each tried once, then cancelled
            dialog.fill(address + ("?project=Launch" if len(tries) == 3 else ""))
            dialog.secret.setText("ann-pw")
            return ServerDialog.DialogCode.Accepted.value
        return ServerDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ServerDialog, "exec", answer)
    window.shared.open_dialog()
    qtbot.waitUntil(lambda: len(tries) == 2, timeout=NOTICE_MS)
    assert window.files.open_sample()
    window.shared.publish_dialog()
    qtbot.waitUntil(lambda: len(tries) == 4, timeout=NOTICE_MS)
    assert tries == ["Open shared project"] * 2 + ["Publish to server"] * 2
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(ServerDialog) == []


@pytest.mark.parametrize("publishing", [False, True])
def test_a_dialog_back_after_a_failure_keeps_remember_as_ticked(
        window: MainWindow, qtbot: Any, boxes: Boxes, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch, publishing: bool) -> None:
    """The dialog came back with the address and password typed, yet Remember unticked
    (set again from the keyring, which held nothing): Open a second time forgot the
    password the user had asked to keep. It comes back as it was ticked."""
    address = f"postgresql://ann@127.0.0.1:{_closed_port()}/planning" + (
        "?project=Launch" if publishing else "")
    ticked: list[bool] = []
    choices: list[bool | None] = []

    def answer(dialog: ServerDialog) -> int:
        ticked.append(dialog.remember.isChecked())
        if len(ticked) == 1:
            dialog.fill(address)
            dialog.secret.setText("ann-pw")
            dialog.remember.click()  # ticked by the user
            return ServerDialog.DialogCode.Accepted.value
        choices.append(dialog.remember_choice())
        return ServerDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ServerDialog, "exec", answer)
    if publishing:
        assert window.files.open_sample()
        window.shared.publish_dialog()
    else:
        window.shared.open_dialog()
    qtbot.waitUntil(lambda: len(ticked) == 2, timeout=NOTICE_MS)
    assert ticked == [False, True] and choices == [True]
