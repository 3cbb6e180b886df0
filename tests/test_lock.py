"""One writer at a time: the lock marker, the CLI's refusal, rollback journals on shared places."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from raci import db, lock
from raci.cli import main
from raci.filesystems import is_network_type, journal_mode_for, parse_mounts, place_of
from raci.service import ProjectService


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "plan.raci"
    ProjectService.create(path, "Plan").close()
    return path


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _plant(project: Path, **fields: object) -> None:
    lock.lock_path(project).write_text(json.dumps(fields), encoding="utf-8")


def test_acquire_read_release(project: Path) -> None:
    held = lock.acquire(project)
    holder = lock.read_holder(project)
    assert holder is not None and holder.token == held.holder.token
    assert holder.host == socket.gethostname() and holder.pid == os.getpid()
    assert holder.since and not holder.stale and holder.is_this_process()
    with pytest.raises(lock.LockedError) as caught:
        lock.acquire(project)
    assert caught.value.holder.token == held.holder.token
    assert "open for writing by" in str(caught.value)
    held.release()
    assert lock.read_holder(project) is None
    assert not lock.lock_path(project).exists()


def test_stale_marker_on_this_machine_is_replaced(project: Path) -> None:
    _plant(project, user="ann", host=socket.gethostname(), pid=_dead_pid(),
           since="2026-01-01T09:00:00", program="RACI Planner", token="old")
    holder = lock.read_holder(project)
    assert holder is not None and holder.stale
    with lock.acquire(project) as held:
        assert lock.read_holder(project).token == held.holder.token  # type: ignore[union-attr]


def test_marker_from_another_machine_needs_an_explicit_take_over(project: Path) -> None:
    _plant(project, user="raj", host="elsewhere.example", pid=4242,
           since="2026-01-01T09:00:00", program="RACI Planner", token="theirs")
    with pytest.raises(lock.LockedError, match="raj on elsewhere.example"):
        lock.acquire(project)
    taken = lock.acquire(project, take_over=True)
    assert lock.read_holder(project).token == taken.holder.token  # type: ignore[union-attr]
    taken.release()


def test_release_leaves_a_marker_someone_else_took_over(project: Path) -> None:
    first = lock.acquire(project)
    second = lock.acquire(project, take_over=True)
    first.release()
    assert lock.read_holder(project).token == second.holder.token  # type: ignore[union-attr]
    assert not first.still_held()
    second.release()


def test_garbled_marker_is_held_until_old(project: Path) -> None:
    lock.lock_path(project).write_bytes(b"")
    with pytest.raises(lock.LockedError, match="someone"):
        lock.acquire(project)
    old = 1_000_000_000
    os.utime(lock.lock_path(project), (old, old))
    lock.acquire(project).release()


def test_cli_refuses_to_write_a_held_project_unless_forced(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _plant(project, user="ann", host="laptop-7", pid=99, since="2026-05-01T09:30:00",
           program="RACI Planner", token="app")
    code, _, err = run(capsys, "role", "add", str(project), "Product Manager")
    assert code == 2
    assert err.startswith("raci: error: ") and err.count("\n") == 1
    assert "ann on laptop-7" in err and "--force" in err
    code, out, _ = run(capsys, "info", str(project), "--json")  # reading is fine
    assert code == 0 and json.loads(out)["roles"] == []
    code, _, _ = run(capsys, "role", "add", str(project), "Product Manager", "--force")
    assert code == 0
    assert json.loads(lock.lock_path(project).read_text())["token"] == "app"
    code, out, _ = run(capsys, "info", str(project), "--json")
    assert [r["name"] for r in json.loads(out)["roles"]] == ["Product Manager"]


def test_cli_holds_the_lock_while_writing_and_releases_it(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = []
    original = ProjectService.add_role

    def spy(self: ProjectService, *args: object, **kwargs: object) -> int:
        seen.append(lock.read_holder(project))
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ProjectService, "add_role", spy)
    assert run(capsys, "role", "add", str(project), "Product Manager")[0] == 0
    assert seen[0] is not None and seen[0].program == lock.CLI
    assert lock.read_holder(project) is None


def test_read_only_folder_cannot_hold_a_lock(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "p.raci"
    ProjectService.create(path, "P").close()
    folder.chmod(0o555)
    try:
        with pytest.raises(lock.ProjectFileError, match="cannot mark"):
            lock.acquire(path)
    finally:
        folder.chmod(0o755)


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/team nfs4 rw 0 0
//files/share /mnt/smb\\040share cifs rw 0 0
ann@host:/srv /home/ann/remote fuse.sshfs rw 0 0
/dev/sdb1 /mnt/team/local ext4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(("path", "kind"), [
    ("/home/ann/plan.raci", "local"),
    ("/mnt/team/plan.raci", "network"),
    ("/mnt/smb share/plan.raci", "network"),
    ("/home/ann/remote/x/plan.raci", "network"),
    ("/mnt/team/local/plan.raci", "local"),  # a local disk mounted inside the share
    ("/mnt/teamwork/plan.raci", "local"),  # a prefix of the name is not the mount
    ("/home/ann/Dropbox/plans/plan.raci", "sync"),
    ("/home/ann/OneDrive - Contoso/plan.raci", "sync"),
    ("/Users/ann/Library/Mobile Documents/com~apple~CloudDocs/plan.raci", "sync"),
    ("/home/ann/Google Drive/plan.raci", "sync"),
])
def test_place_from_an_injected_mount_table(path: str, kind: str) -> None:
    assert place_of(Path(path), mounts=MOUNTS, drive_type=3).kind == kind


def test_network_types_and_windows_drives() -> None:
    assert parse_mounts(MOUNTS)[2] == ("/mnt/smb share", "cifs")
    for fstype in ("nfs", "cifs", "smb3", "fuse.sshfs", "fuse.rclone", "9p", "ceph"):
        assert is_network_type(fstype), fstype
    for fstype in ("ext4", "btrfs", "xfs", "tmpfs", "fuse.portal", "overlay", "apfs"):
        assert not is_network_type(fstype), fstype
    assert place_of(Path("/x/plan.raci"), mounts="", drive_type=4).kind == "network"
    assert place_of(Path("//server/share/plan.raci"), mounts="").kind == "network"


def test_projects_in_sync_folders_use_a_rollback_journal(tmp_path: Path) -> None:
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    assert journal_mode_for(folder / "p.raci") == "DELETE"
    service = ProjectService.create(folder / "p.raci", "Synced")
    service.add_role("Alpha", "AL")
    with service.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "delete"
    assert not Path(f"{folder / 'p.raci'}-wal").exists()
    service.close()
    local = ProjectService.create(tmp_path / "local.raci", "Local")
    with local.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
    local.close()
    assert db.journal_mode_for is journal_mode_for
