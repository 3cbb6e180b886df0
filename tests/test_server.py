"""Projects on a real PostgreSQL server: two writers, stale edits, NOTIFY, history, copies."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from raci import locations, server
from raci.errors import ConflictError, ProjectFileError, RaciError
from raci.models import Base
from raci.server import ServerLocation
from raci.service import ProjectService
from tests.conftest import Server, commit_mid_read


def _seed(service: ProjectService) -> tuple[int, int, int]:
    pm = service.add_role("Product Manager", "PM")
    eng = service.add_role("Engineering Lead", "ENG")
    act = service.add_activity("Release plan", service.add_phase("Build"))
    return act, pm, eng


def _open(url: str) -> ProjectService:
    return locations.open_location(url)


def _wait_for(service: ProjectService, seconds: float = 1.0) -> float:
    """Call sync until it sees a change; the time it took."""
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        if service.sync():
            return time.perf_counter() - start
        time.sleep(0.02)
    raise AssertionError(f"no change announced within {seconds} s")


def test_location_never_shows_the_password() -> None:
    loc = ServerLocation.parse("postgresql://alice:s3cret@db.example.org:5433/plans?project=web")
    assert loc.display == "postgresql://alice@db.example.org:5433/plans?project=web"
    assert loc.project == "web" and loc.url.password == "s3cret"
    assert "s3cret" not in loc.key
    with pytest.raises(ProjectFileError, match="names no database") as err:
        ServerLocation.parse("postgresql://alice:s3cret@db.example.org")
    assert "s3cret" not in str(err.value)


def test_a_password_in_the_options_is_never_shown_and_a_bad_port_is_one_line() -> None:
    loc = ServerLocation.parse("postgresql://alice@db.example.org/plans"
                               "?password=s3cret&sslmode=require")
    assert "s3cret" not in loc.display and "sslmode=require" in loc.display
    assert loc.password == "s3cret" and loc.options == {"sslmode": "require"}
    twice = ServerLocation.parse("postgresql://alice@h/plans?sslmode=disable&sslmode=require"
                                 "&project=a&project=b")
    assert twice.options == {"sslmode": "require"} and twice.project == "b"
    for shown in (server._scrub("postgresql+psycopg2://alice:s3cret@h/plans"),
                  server._scrub("postgresql://alice@h/plans?Password=s3cret&sslmode=require"),
                  server._scrub("could not connect: host=h password='s3 cret' user=alice")):
        assert "s3cret" not in shown and "s3 cret" not in shown and "alice" in shown
    with pytest.raises(ProjectFileError, match="not a valid server address"):
        ServerLocation.parse("postgresql://alice@db.example.org:54x/plans")
    with pytest.raises(ProjectFileError, match="63 bytes"):
        ServerLocation.parse("postgresql://alice@db.example.org/plans?project=" + "é" * 40)


def test_connection_options_in_the_url_reach_both_connections(pg: Server) -> None:
    url = pg.url() + "?application_name=planning-desk&connect_timeout=5"
    locations.create_location(url, "Shared", fill=_seed)
    service = _open(url)
    try:
        assert service.session is not None
        with service.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW application_name").scalar() == "planning-desk"
        listener = service.session._listener  # noqa: SLF001 - the LISTEN connection itself
        assert listener.execute("SHOW application_name").fetchone()[0] == "planning-desk"
    finally:
        service.close()


def test_a_failed_create_leaves_a_schema_that_held_other_tables(pg: Server) -> None:
    pg.cluster.sql("CREATE SCHEMA analytics AUTHORIZATION alice; "
                   "CREATE TABLE analytics.sales (id int); "
                   "ALTER TABLE analytics.sales OWNER TO alice", pg.database)

    def fail(service: ProjectService) -> None:
        service.add_role("Product Manager", "PM")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        locations.create_location(pg.url(project="analytics"), "P", fill=fail)
    with pytest.raises(ProjectFileError, match="holds no RACI project"):
        _open(pg.url(project="analytics"))
    fresh = pg.url(project="scratch")
    with pytest.raises(KeyboardInterrupt):
        locations.create_location(fresh, "P", fill=fail)
    engine = server.make_engine(ServerLocation.parse(pg.url()))
    try:
        with engine.connect() as conn:
            schemas = {r[0] for r in conn.exec_driver_sql(
                "SELECT nspname FROM pg_namespace WHERE nspname IN ('analytics', 'scratch')")}
            assert schemas == {"analytics"}  # the one made for the project went with it
            assert conn.exec_driver_sql("SELECT to_regclass('analytics.sales')").scalar()
    finally:
        engine.dispose()


def test_a_commit_landing_between_two_reads_is_never_half_seen(pg: Server) -> None:
    url = pg.url()
    locations.create_location(url, "Shared", fill=_seed)
    writer = _open(url)
    person = writer.add_person("Zed")
    with commit_mid_read(writer, person) as armed:
        reader = _open(url)
    try:
        assert not armed[0]  # the commit did land mid-read
        assert [r.code for r in reader.roles()] == ["PM", "ENG"]
        assert reader.people()[0].roles == ()
        assert reader.sync() or _wait_for(reader)
        assert reader.state() == writer.state()
    finally:
        reader.close()
        writer.close()


def test_a_project_of_an_older_version_asks_a_non_owner_to_get_the_owner(pg: Server) -> None:
    from alembic import command

    from raci import db

    where = ServerLocation.parse(pg.url())
    engine = server.make_engine(where)
    try:
        with engine.begin() as conn:  # the owner made it with the version before
            cfg = db.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
            conn.exec_driver_sql("INSERT INTO project VALUES (1, 'Old', 'RACI', 8, 1, 6)")
    finally:
        engine.dispose()
    pg.grant("bob")
    with pytest.raises(ProjectFileError, match="ask the project's owner to open it once") as err:
        _open(pg.url("bob"))
    assert "\n" not in str(err.value) and "bob-pw" not in str(err.value)
    owner = _open(pg.url())  # the owner's open brings it up to date ...
    owner.close()
    bob = _open(pg.url("bob"))  # ... for everyone: the tables it added carry bob's rights
    try:
        assert bob.session is not None and bob.session.writable and bob.stopped is None
        bob.rename_project("Upgraded")
        assert bob.log()[0].who == "bob"
    finally:
        bob.close()


def test_create_reopen_and_migrations_agree(pg: Server) -> None:
    url = pg.url()
    state = locations.create_location(url, "Shared", fill=_seed)
    service = _open(url)
    try:
        assert service.state() == state
        assert service.reload_state() == state
        with service.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        service.close()
    with pytest.raises(ProjectFileError, match="already holds a RACI project"):
        locations.create_location(url, "Again")


def test_several_projects_in_one_database(pg: Server) -> None:
    locations.create_location(pg.url(project="alpha"), "Alpha", fill=_seed)
    locations.create_location(pg.url(project="Beta Plan"), "Beta")
    a, b = _open(pg.url(project="alpha")), _open(pg.url(project="Beta Plan"))
    try:
        assert a.state().name == "Alpha" and len(a.state().roles) == 2
        assert b.state().name == "Beta" and not b.state().roles
    finally:
        a.close()
        b.close()


def test_two_writers_lose_nothing_and_see_each_other_within_a_second(pg: Server) -> None:
    url = pg.url()
    locations.create_location(url, "Shared", fill=_seed)
    pg.grant("bob")
    alice, bob = _open(url), _open(pg.url("bob"))
    try:
        act, pm, eng = (alice.activities()[0].id, *[r.id for r in alice.roles()])
        alice.set_cell(act, pm, "A")
        took = _wait_for(bob)
        assert took < 1.0
        assert bob.state().letters(act, pm) == {"A"}
        bob.set_cell(act, eng, "R")
        _wait_for(alice)
        for s in (alice, bob):
            assert s.state().letters(act, pm) == {"A"} and s.state().letters(act, eng) == {"R"}
            assert s.reload_state() == s.state()
        assert [who for who, _host in alice.others()] == ["bob"]
        assert [who for who, _host in bob.others()] == ["alice"]
        log = alice.log()
        assert [(r.who, r.entry.subject, r.entry.new) for r in log[:2]] == [
            ("bob", "Release plan / ENG", "R"), ("alice", "Release plan / PM", "A")]
        assert alice.log(role_id=eng)[0].who == "bob"
    finally:
        alice.close()
        bob.close()


def test_a_stale_edit_is_refused_naming_who_changed_it(pg: Server) -> None:
    url = pg.url()
    locations.create_location(url, "Shared", fill=_seed)
    pg.grant("bob")
    alice, bob = _open(url), _open(pg.url("bob"))
    try:
        act, pm = alice.activities()[0].id, alice.roles()[0].id
        stale = alice.cells_operation({(act, pm): "R"})  # built on what alice saw
        bob.set_cell(act, pm, "A")
        with pytest.raises(ConflictError, match=r"'Release plan' / PM was changed by bob at .* "
                                                r"\(it now holds A\)"):
            alice.apply(stale)
        assert alice.state().letters(act, pm) == {"A"}  # alice now sees bob's edit
        # Overwriting on purpose is an edit built on what is there now.
        alice.apply(alice.cells_operation({(act, pm): "R"}))
        _wait_for(bob)
        assert bob.state().letters(act, pm) == {"R"}
    finally:
        alice.close()
        bob.close()


def test_copy_file_to_server_to_file_is_lossless(pg: Server, staffed: ProjectService,
                                                 tmp_path: Path) -> None:
    act = staffed.activities()[0].id
    staffed.set_note(act, staffed.roles()[0].id, "agreed in the kick-off")
    staffed.set_note(act, staffed.roles()[2].id, "a note on an empty cell")
    staffed.update_role(staffed.roles()[1].id, description="Owns the architecture")
    original = staffed.state()
    url = pg.url(project="published")
    locations.copy_project(staffed, url)
    shared = _open(url)
    try:
        assert shared.state() == original
        assert shared.reload_state() == original
        shared.add_role("Designer", "DES")  # new ids continue after the copied ones
        back = tmp_path / "offline.raci"
        locations.copy_project(shared, back)
        expected = shared.state()
        history = [r.entry.subject for r in shared.log()]
    finally:
        shared.close()
    offline = ProjectService.open(back)
    try:
        assert offline.state() == expected
        log = offline.log()
        assert [r.entry.subject for r in log[1:]] == history
        shown = url.replace(":alice-pw", "")
        assert (log[0].entry.action, log[0].entry.new) == ("copy", f"copied from {shown}")
        assert "Designer (DES)" in history
    finally:
        offline.close()


def test_a_read_only_user_opens_read_only(pg: Server) -> None:
    url = pg.url()
    locations.create_location(url, "Shared", fill=_seed)
    pg.grant("reader", write=False)
    reader = _open(pg.url("reader"))
    try:
        assert reader.stopped is not None and "only read" in reader.stopped
        assert "reader-pw" not in reader.stopped
        with pytest.raises(RaciError, match="only read"):
            reader.add_role("Designer")
        assert len(reader.state().roles) == 2
    finally:
        reader.close()


def test_wrong_password_is_one_clear_message(pg: Server) -> None:
    locations.create_location(pg.url(), "Shared")
    with pytest.raises(ProjectFileError) as err:
        _open(pg.url(password="wrong-pw"))
    message = str(err.value)
    assert "check the user name and password" in message
    assert "wrong-pw" not in message and "\n" not in message


def test_no_project_there_is_refused(pg: Server) -> None:
    with pytest.raises(ProjectFileError, match="holds no RACI project"):
        _open(pg.url(project="missing"))


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    from raci.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_command_takes_a_url(pg: Server, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    url = pg.url(project="cli")
    shown = url.replace(":alice-pw", "")
    assert _cli(capsys, "new", url, "--name", "Launch")[0] == 0
    assert _cli(capsys, "role", "add", url, "Product Manager", "--code", "PM")[0] == 0
    assert _cli(capsys, "person", "add", url, "Ann Lee", "--role", "PM")[0] == 0
    assert _cli(capsys, "activity", "add", url, "Vision", "--phase", "Plan")[0] == 0
    assert _cli(capsys, "assign", url, "Vision", "PM", "A/R")[0] == 0
    assert _cli(capsys, "settings", url, "--overload", "20")[0] == 0
    code, out, _ = _cli(capsys, "info", url, "--json")
    info = json.loads(out)
    assert code == 0 and info["name"] == "Launch"
    assert info["activities"][0]["assignments"] == {"Product Manager": "A/R"}
    assert _cli(capsys, "validate", url)[0] == 0
    code, out, _ = _cli(capsys, "log", url, "--role", "PM")
    assert code == 0 and "Vision / PM: - -> A/R" in out and "alice" in out
    xlsx = tmp_path / "launch.xlsx"
    assert _cli(capsys, "export", url, str(xlsx))[0] == 0
    offline = tmp_path / "offline.raci"
    code, out, _ = _cli(capsys, "copy", url, str(offline))
    assert code == 0
    code, out, _ = _cli(capsys, "import", str(xlsx), pg.url(project="imported"))
    assert code == 0 and "alice-pw" not in out
    code, out, _ = _cli(capsys, "info", str(offline), "--json")
    assert json.loads(out)["activities"] == info["activities"]
    code, out, err = _cli(capsys, "copy", str(offline), url)
    assert code == 2 and err.startswith("raci: error: ") and err.count("\n") == 1
    assert shown in err and "already holds a RACI project" in err and "alice-pw" not in err
    code, _out, err = _cli(capsys, "info", pg.url(project="cli", password="nope"))
    assert code == 2 and "check the user name and password" in err and "nope" not in err


def test_history_is_kept_in_a_file_too(staffed: ProjectService) -> None:
    act, role = staffed.activities()[0].id, staffed.roles()[0].id
    staffed.set_cell(act, role, "R")
    last = staffed.log(activity_id=act)[0]
    assert (last.entry.subject, last.entry.old, last.entry.new) == (
        "Product vision / PM", "A/R", "R")
    assert last.who == staffed.who
    assert last.revision == staffed.log()[0].revision


def test_a_server_that_goes_away_stops_edits_and_keeps_everything(own_pg: Server,
                                                                  tmp_path: Path) -> None:
    url = own_pg.url()
    locations.create_location(url, "Shared", fill=_seed)
    service = _open(url)
    try:
        act, pm = service.activities()[0].id, service.roles()[0].id
        service.set_cell(act, pm, "A")
        own_pg.cluster.stop()
        with pytest.raises(RaciError) as err:
            service.set_cell(act, pm, "R")
        message = str(err.value)
        assert "the server cannot be reached" in message and "\n" not in message
        assert "Save a Copy As" in message and "alice-pw" not in message
        assert service.stopped == message
        with pytest.raises(RaciError, match="cannot be reached"):
            service.add_role("Designer")  # refused at once, no second timeout
        assert service.sync() is False
        rescue = tmp_path / "rescued.raci"
        service.save_copy(rescue)
        kept = service.state()
    finally:
        service.close()
    copy = ProjectService.open(rescue)
    try:
        assert copy.state() == kept and copy.state().letters(act, pm) == {"A"}
    finally:
        copy.close()


def test_a_server_that_comes_back_takes_edits_again(own_pg: Server,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "PING_SECONDS", 0.0)
    url = own_pg.url()
    locations.create_location(url, "Shared", fill=_seed)
    own_pg.grant("reader", write=False)
    service = _open(url)
    by_choice = locations.open_location(url, read_only=True)
    reader = _open(own_pg.url("reader"))
    try:
        act, pm = service.activities()[0].id, service.roles()[0].id
        own_pg.cluster.stop()
        with pytest.raises(RaciError, match="cannot be reached"):
            service.set_cell(act, pm, "R")
        assert service.unreachable and service.sync() is False
        for session in (by_choice, reader):
            session.sync()
            assert session.unreachable and "cannot be reached" in (session.stopped or "")
        own_pg.cluster.start()
        other = _open(url)
        try:
            other.set_cell(act, pm, "C")  # made while this session was cut off
        finally:
            other.close()
        changes: list[str] = []
        service.subscribe(lambda c: changes.append(c.kind))
        assert service.sync() is True
        assert not service.unreachable and service.stopped is None
        assert changes and service.state().letters(act, pm) == {"C"}
        service.set_cell(act, pm, "A")
        assert service.reload_state().letters(act, pm) == {"A"}
        # Read-only before the server went away, read-only after: by choice, by rights.
        for session, why in ((by_choice, "opened read-only"), (reader, "only read")):
            assert session.sync() is True and not session.unreachable
            assert why in (session.stopped or "")
            with pytest.raises(RaciError, match=why):
                session.set_cell(act, pm, "I")
            assert session.state().letters(act, pm) == {"A"}
    finally:
        for session in (service, by_choice, reader):
            session.close()


def test_an_edit_after_the_connection_was_cut_while_idle_goes_through(pg: Server) -> None:
    """A server that is fine but cut this session's idle connection (a restart of a proxy,
    an administrator, an idle timeout): the next edit connects again, no outage declared."""
    url = pg.url()
    locations.create_location(url, "Shared", fill=_seed)
    service = _open(url)
    try:
        act, pm = service.activities()[0].id, service.roles()[0].id
        pid = service._conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        service._conn.rollback()
        pg.cluster.sql(f"SELECT pg_terminate_backend({int(pid or 0)})", pg.database)
        time.sleep(0.2)
        service.set_cell(act, pm, "A")
        assert not service.unreachable and service.stopped is None
        assert service.reload_state().letters(act, pm) == {"A"}
    finally:
        service.close()


def test_a_stale_rename_names_who_renamed(pg: Server) -> None:
    url = pg.url()
    locations.create_location(url, "Shared", fill=_seed)
    pg.grant("bob")
    alice, bob = _open(url), _open(pg.url("bob"))
    try:
        pm = alice.roles()[0].id
        stale = alice.role_update(pm, name="Product Lead")
        bob.update_role(pm, name="Product Owner")
        with pytest.raises(ConflictError, match="the role 'Product Owner' was changed by bob at"):
            alice.apply(stale)
        assert alice.state().role(pm).name == "Product Owner"
    finally:
        alice.close()
        bob.close()


def test_a_dropped_listening_connection_listens_again(pg: Server,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    url = pg.url()
    locations.create_location(url, "Shared", fill=_seed)
    pg.grant("bob")
    alice, bob = _open(url), _open(pg.url("bob"))
    try:
        act, pm = alice.activities()[0].id, alice.roles()[0].id
        pg.cluster.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                       f"datname = '{pg.database}' AND usename = 'alice' AND "
                       "query LIKE 'LISTEN%'")
        bob.set_cell(act, pm, "A")
        time.sleep(0.2)
        monkeypatch.setattr("raci.server.PING_SECONDS", 0.0)  # the check a few seconds later
        assert alice.sync()  # listens again and catches up
        assert alice.stopped is None and alice.state().letters(act, pm) == {"A"}
        bob.set_cell(act, pm, "R")
        _wait_for(alice)
        assert alice.state().letters(act, pm) == {"R"}
    finally:
        alice.close()
        bob.close()


def test_a_template_is_one_history_entry(tmp_path: Path) -> None:
    from raci.templates import TemplateLibrary, apply_template

    service = ProjectService.create(tmp_path / "t.raci")
    try:
        template = TemplateLibrary.default().get("product-team")
        apply_template(service, template)
        (entry,) = [r.entry for r in service.log()]
        assert entry.action == "template" and template.name in entry.subject
        assert f"{len(template.roles)} roles added" in entry.new and "cells set" in entry.new
    finally:
        service.close()


@pytest.mark.parametrize("at", [0, 1, 2])
def test_a_copy_stopped_between_its_steps_leaves_nothing_on_the_server(
        pg: Server, staffed: ProjectService, at: int) -> None:
    """A publish can be cancelled: its progress callback raises between the steps (nothing
    made yet, tables made, tables filled) and the server holds no project afterwards."""
    class StopError(Exception):
        pass

    steps: list[int] = []

    def progress(step: int, total: int) -> None:
        steps.append(step)
        assert total == 3
        if step == at:
            raise StopError

    url = pg.url(project=f"stopped{at}")
    with pytest.raises(StopError) as stopped:
        locations.Snapshot.of(staffed).write(url, progress=progress)
    assert steps[-1] == at and not getattr(stopped.value, "__notes__", [])
    with pytest.raises(ProjectFileError, match="holds no RACI project"):
        _open(url)
    assert locations.Snapshot.of(staffed).write(url) == ServerLocation.parse(url).display
    copy = _open(url)
    try:
        assert copy.state() == staffed.state()
    finally:
        copy.close()


def test_a_snapshot_is_plain_values_written_on_another_thread_after_the_source_closed(
        pg: Server, staffed: ProjectService) -> None:
    """Publish reads the project on the GUI thread and writes it on a worker: the snapshot
    held a closure over a list, not values that can be seen to be frozen. It holds the
    immutable state, the history as a tuple of frozen records and the origin's name; it is
    written on another thread once the source (a SQLite file, bound to its thread) is
    closed, and the copy has the project and its history whole."""
    import dataclasses
    import threading

    snapshot = locations.Snapshot.of(staffed)
    history = staffed.log(limit=1000)
    path = staffed.path
    staffed.close()
    assert dataclasses.is_dataclass(snapshot)
    assert isinstance(snapshot.records, tuple) and snapshot.records == tuple(history)
    assert snapshot.origin == str(path) and snapshot.name == snapshot.state.name
    with pytest.raises(dataclasses.FrozenInstanceError):
        snapshot.origin = "elsewhere"  # type: ignore[misc]
    url = pg.url(project="threaded")
    written: list[str | BaseException] = []

    def write() -> None:
        try:
            written.append(snapshot.write(url))
        except BaseException as exc:  # (told below, on the test's thread)
            written.append(exc)

    worker = threading.Thread(target=write)
    worker.start()
    worker.join()
    assert written == [ServerLocation.parse(url).display]
    copy = _open(url)
    try:
        assert copy.state() == snapshot.state
        assert [r.entry for r in copy.log(limit=1000)][1:] == [r.entry for r in history]
    finally:
        copy.close()


def test_a_copy_that_fails_and_cannot_be_removed_says_so(
        pg: Server, staffed: ProjectService, monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy that fails halfway removes what it made; when the server cannot be asked to
    (it went away too) the error carries LEFT_BEHIND, the note the app shows."""
    def fill(_self: locations.Snapshot, _target: ProjectService) -> None:
        raise RaciError("the server went away")

    snapshot = locations.Snapshot.of(staffed)
    monkeypatch.setattr(locations.Snapshot, "fill", fill)
    monkeypatch.setattr(server, "drop", lambda _where: False)
    with pytest.raises(RaciError, match="the server went away") as failed:
        snapshot.write(pg.url(project="stuck"))
    assert failed.value.__notes__ == [
        f"{ServerLocation.parse(pg.url(project='stuck')).display}: {locations.LEFT_BEHIND}"]
