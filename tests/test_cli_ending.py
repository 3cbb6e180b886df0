"""How a ``raci`` process ends: ``raci derive`` ends at once after its output is flushed
(``raci.cli.run``), and the collector it turned off is on again without holding anything
for good (``raci.derive.commands.no_cycle_collection``)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

from raci.derive.commands import no_cycle_collection

ROOT = Path(__file__).resolve().parent.parent
DOC = """# Duties

## Stores Clerk
- Counts the pallets on the loading bay
- Orders the missing parts

## Yard Supervisor
- Approves the weekly delivery rota
"""


def _raci(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "raci", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=120, check=False)


def test_derive_in_its_own_process_writes_and_says_everything(tmp_path: Path) -> None:
    (tmp_path / "duties.md").write_text(DOC, encoding="utf-8")
    done = _raci("derive", "duties.md", "-o", "draft.toml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    # stdout is a pipe here (buffered): every line reaches it before the process ends
    assert "roles: " in done.stdout
    assert done.stdout.rstrip().splitlines()[-1].startswith(("no open decisions", "  "))
    assert "written to draft.toml" in done.stdout
    assert "Stores Clerk" in (tmp_path / "draft.toml").read_text(encoding="utf-8")


def test_derive_error_in_its_own_process_is_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "duties.md").write_text(DOC, encoding="utf-8")
    (tmp_path / "draft.toml").write_text("", encoding="utf-8")
    done = _raci("derive", "duties.md", "-o", "draft.toml", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "raci: error: draft.toml: already exists; pass --force to " \
        "overwrite it\n"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_derive_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    (tmp_path / "duties.md").write_text(DOC, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        f'"{sys.executable}" -m raci derive duties.md -o draft.toml | head -c 1',
        shell=True, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert done.stderr == ""
    assert (tmp_path / "draft.toml").exists()


def test_other_commands_exit_as_usual(tmp_path: Path) -> None:
    done = _raci("new", "p.raci", "--name", "Yard", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    done = _raci("info", "p.raci", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Yard")


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_collector_is_on_again_and_holds_nothing_for_good() -> None:
    assert gc.isenabled()
    with no_cycle_collection():
        assert not gc.isenabled()
        first, second = _Node(), _Node()
        first.other, second.other = second, first  # a cycle only the collector frees
        gone = weakref.ref(first)
        kept = [_Node() for _ in range(1000)]  # what a run keeps (its caches)
        del first, second
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # nothing left out of the collector's reach
    assert gone() is not None  # the cycle is still there: nothing was collected ...
    gc.collect()
    assert gone() is None  # ... and the collector frees it when it next runs
    assert len(kept) == 1000


class _EndedError(Exception):
    """Raised in place of ending the process at once."""


def test_only_derive_ends_at_once_other_commands_exit_as_usual(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from raci import cli

    ended: list[int] = []

    def end_at_once(code: int) -> None:
        ended.append(code)
        raise _EndedError

    monkeypatch.setattr(os, "_exit", end_at_once)
    (tmp_path / "duties.md").write_text(DOC, encoding="utf-8")
    draft = tmp_path / "draft.toml"
    monkeypatch.setattr(sys, "argv", ["raci", "derive", str(tmp_path / "duties.md"),
                                      "-o", str(draft)])
    with pytest.raises(_EndedError):
        cli.run()
    assert ended == [0] and draft.exists()
    # a command that opens a project exits as usual (its database closed on the way out)
    monkeypatch.setattr(sys, "argv", ["raci", "new", str(tmp_path / "p.raci"), "--name", "Y"])
    with pytest.raises(SystemExit) as exited:
        cli.run()
    assert exited.value.code == 0 and ended == [0]
