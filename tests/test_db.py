"""Project files: migrations, models/migrations agreement, bad files left untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from raci import db
from raci.errors import ProjectFileError
from raci.models import Base
from raci.service import ProjectService


def test_upgrade_from_empty_database_reaches_head(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "blank.raci")
    db.upgrade(engine)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        mode = conn.execute(text("PRAGMA journal_mode")).scalar_one()
        fks = conn.execute(text("PRAGMA foreign_keys")).scalar_one()
    engine.dispose()
    assert version == db.head_revision()
    assert (mode, fks) == ("wal", 1)


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "m.raci")
    db.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def _unchanged(path: Path, content: bytes) -> None:
    assert path.read_bytes() == content
    assert not Path(f"{path}-wal").exists()


def test_non_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.raci"
    content = b"just some text\n"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError, match="not a RACI project file") as raised:
        ProjectService.open(path)
    _unchanged(path, content)
    # named as a project, so damaged or overwritten: what to do, and no database jargon
    assert "restore it from a copy or a backup" in str(raised.value)
    assert "SQLite" not in str(raised.value) and "workbook" not in str(raised.value)


def test_a_file_that_is_no_project_says_how_to_read_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(b"just some text\n")
    with pytest.raises(ProjectFileError, match="not a RACI project file.*'raci import'"):
        ProjectService.open(path)


def test_a_damaged_database_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "half.raci"
    path.write_bytes(b"SQLite format 3\x00" + b"garbage" * 20)
    with pytest.raises(ProjectFileError, match="restore it from a copy or a backup"):
        ProjectService.open(path)


def test_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.raci"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    content = path.read_bytes()
    with pytest.raises(ProjectFileError, match="not a RACI project"):
        ProjectService.open(path)
    _unchanged(path, content)


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.raci"
    ProjectService.create(path, "Future").close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.close()
    content = path.read_bytes()
    with pytest.raises(ProjectFileError, match="newer version"):
        ProjectService.open(path)
    _unchanged(path, content)


def test_corrupt_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "broken.raci"
    service = ProjectService.create(path, "Broken")
    for i in range(200):
        service.add_role(f"Role number {i}", code=f"R{i}")
    service.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for i in range(page + 100, min(len(data), 3 * page)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectFileError, match="damaged"):
        ProjectService.open(path)
    _unchanged(path, bytes(data))


def test_missing_file_and_existing_target(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="no such file"):
        ProjectService.open(tmp_path / "nope.raci")
    path = tmp_path / "here.raci"
    ProjectService.create(path).close()
    with pytest.raises(ProjectFileError, match="already exists"):
        ProjectService.create(path)
    with pytest.raises(ProjectFileError, match="does not exist"):
        ProjectService.create(tmp_path / "no" / "dir.raci")


def test_revision_ids_read_without_alembic_match_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(db.alembic_config())
    assert db.head_revision() == script.get_current_head()
    assert db.known_revisions() == {rev.revision for rev in script.walk_revisions()}
