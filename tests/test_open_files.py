"""Open projects are never disturbed: inspection through SQLite, refused files left as they were."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from raci import db
from raci.errors import ProjectFileError
from raci.service import ProjectService

READ_AND_CLOSE = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1])\n"
    "c.execute('SELECT count(*) FROM role').fetchone()\n"
    "c.close()\n"
)


def _other_process_reads(path: Path) -> None:
    """Another program opens the project, reads and closes (as the raci command does)."""
    subprocess.run([sys.executable, "-c", READ_AND_CLOSE, str(path)], check=True)


def _role_names(path: Path) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c",
         "import sqlite3, sys\n"
         "c = sqlite3.connect(sys.argv[1])\n"
         "print('|'.join(r[0] for r in c.execute('SELECT name FROM role ORDER BY id')))\n"
         "c.close()\n", str(path)],
        check=True, capture_output=True, text=True)
    return [n for n in out.stdout.strip().split("|") if n]


def test_inspecting_the_open_project_keeps_its_wal(tmp_path: Path) -> None:
    path = tmp_path / "open.raci"
    ProjectService.create(path, "Open").close()
    app = ProjectService.open(path)
    try:
        app.add_role("Alpha", "AL")
        db.inspect_file(path)
        _other_process_reads(path)
        # The other program's close must not have found the file unused and removed the WAL.
        assert Path(f"{path}-wal").exists()
        app.add_role("Beta", "BE")
        assert _role_names(path) == ["Alpha", "Beta"]
    finally:
        app.close()


def test_reopening_the_open_project_is_harmless(tmp_path: Path) -> None:
    path = tmp_path / "twice.raci"
    ProjectService.create(path, "Twice").close()
    app = ProjectService.open(path)
    try:
        app.add_role("Alpha", "AL")
        again = ProjectService.open(path)
        assert [r.name for r in again.state().roles] == ["Alpha"]
        again.close()
        _other_process_reads(path)
        assert Path(f"{path}-wal").exists()
        app.add_role("Beta", "BE")
    finally:
        app.close()
    assert _role_names(path) == ["Alpha", "Beta"]


def test_is_open_here_and_same_file(tmp_path: Path) -> None:
    path = tmp_path / "p.raci"
    service = ProjectService.create(path, "P")
    link = tmp_path / "link.raci"
    link.symlink_to(path)
    try:
        assert db.is_open_here(path) and db.is_open_here(link)
        (tmp_path / "sub").mkdir()
        assert db.same_file(link, tmp_path / "sub" / ".." / "p.raci")
        assert not db.same_file(path, tmp_path / "other.raci")
    finally:
        service.close()
    assert not db.is_open_here(path)


def _wal_project(path: Path) -> None:
    service = ProjectService.create(path, "Refused")
    for i in range(30):
        service.add_role(f"Role {i}", f"R{i}")
    service.close()
    assert path.read_bytes()[18:20] == b"\x02\x02"  # stays a WAL database on disk


def _future(path: Path) -> None:
    _wal_project(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.close()


def _truncated(path: Path) -> None:
    _wal_project(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE notes (x)")
    conn.close()


def _damaged(path: Path) -> None:
    _wal_project(path)
    data = bytearray(path.read_bytes())
    for i in range(4096 + 100, min(len(data), 3 * 4096)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(("make", "reason"), [
    (_future, "newer version"), (_truncated, "damaged"), (_foreign, "not a RACI project"),
    (_damaged, "damaged"),
])
def test_refused_file_is_left_exactly_as_it_was(tmp_path: Path, make, reason: str) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    path = folder / "x.raci"
    make(path)
    before = (sorted(os.listdir(folder)), path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(ProjectFileError, match=reason):
        ProjectService.open(path)
    assert (sorted(os.listdir(folder)), path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize(("name", "said"), [
    ("x.raci", "x.raci: the file is empty (0 bytes), not a RACI project: it was cut short"),
    ("notes.md", "notes.md: an empty file, not a RACI project file (projects are .raci files)"),
])
def test_an_empty_file_is_named_as_such_never_as_an_empty_database(
        tmp_path: Path, name: str, said: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(ProjectFileError) as refused:
        ProjectService.open(path)
    assert said in str(refused.value) and "database" not in str(refused.value)
    assert path.read_bytes() == b"" and sorted(os.listdir(tmp_path)) == [name]


def test_read_only_open_reads_and_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "ro.raci"
    service = ProjectService.create(path, "Read only")
    service.add_role("Alpha", "AL")
    try:
        reader = ProjectService.open(path, read_only=True)
        assert [r.name for r in reader.state().roles] == ["Alpha"]
        with pytest.raises(Exception, match="readonly"):
            reader.add_role("Beta", "BE")
        reader.close()
    finally:
        service.close()
    assert _role_names(path) == ["Alpha"]


def test_save_as_opens_the_copy_as_its_one_writer_and_refuses_what_it_must(
        staffed: ProjectService, tmp_path: Path) -> None:
    from raci import lock
    from raci.project_files import save_as

    assert staffed.path is not None
    with pytest.raises(ProjectFileError, match="this project's own file"):
        save_as(staffed, staffed.path)
    held = tmp_path / "held.raci"
    ProjectService.create(held, "Held").close()
    with lock.acquire(held, program=lock.CLI), \
            pytest.raises(ProjectFileError, match="open for writing by"):
        save_as(staffed, held)
    check = ProjectService.open(held)
    try:
        assert check.state().name == "Held"  # never replaced
    finally:
        check.close()
    target = tmp_path / "moved.raci"
    opened = save_as(staffed, target)
    try:
        assert opened.service.path == target and opened.held_by is None
        assert opened.lock is not None and opened.lock.still_held()
        assert opened.service.state() == staffed.state()
        assert opened.service.log() == staffed.log()  # the history goes along
    finally:
        opened.service.close()
        if opened.lock is not None:
            opened.lock.release()
    assert staffed.stopped is None  # the open project is untouched: the caller closes it
