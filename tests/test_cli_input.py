"""Hostile input on the command line: long numbers, control characters, a closed pipe."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from raci.cli import main
from raci.service import ProjectService

ROOT = Path(__file__).resolve().parent.parent


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("value", ["99999999999999999999", "1e9", "-5", "100001", "٣"])
def test_long_or_odd_numbers_in_settings_are_refused(
    value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "p.raci")
    run(capsys, "new", path)
    code, _, err = run(capsys, "settings", path, "--overload", value)
    assert code == 2 and err.startswith("raci: error: ") and err.count("\n") == 1
    assert "whole number, 0 or more" in err
    code, out, _ = run(capsys, "settings", path, "--overload", "100000")
    assert code == 0 and "overload 100000" in out


@pytest.mark.parametrize("name", ["Red\x1b[31m", "A\x00B", "Bell\x07", "C1\x9bcontrol"])
def test_control_characters_in_names_are_refused(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "p.raci")
    run(capsys, "new", path)
    for args in (["role", "add", path, name], ["activity", "add", path, name],
                 ["person", "add", path, name], ["settings", path, "--name", name]):
        code, _, err = run(capsys, *args)
        assert code == 2 and "control character" in err and err.count("\n") == 1, args
    code, _, _ = run(capsys, "role", "add", path, "Tab\tand  spaces")
    assert code == 0  # ordinary white space is tidied, not refused


def test_control_characters_already_in_a_file_are_escaped_on_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.raci"
    service = ProjectService.create(path, "Old file")
    role = service.add_role("Product Manager", "PM")
    act = service.add_activity("Plan", service.ensure_phase("Build"), "why")
    service.set_cell(act, role, "A/R")
    service.set_note(act, role, "note")
    service.close()
    with sqlite3.connect(path) as conn:  # as written by an older version or another tool
        conn.execute("UPDATE activity SET name='Plan\x1b[1m', description='why\x0b'")
        conn.execute("UPDATE assignment SET note='note\x01'")
        conn.execute("UPDATE project SET name='Old\x02file'")
    conn.close()
    out = tmp_path / "m.xlsx"
    code, _, err = run(capsys, "export", str(path), str(out))
    assert code == 0, err
    ws = load_workbook(out)["RACI"]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Plan\\x1b[1m" in texts
    assert run(capsys, "export", str(path), str(tmp_path / "m.csv"))[0] == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_output_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    path = tmp_path / "big.raci"
    service = ProjectService.create(path, "Big")
    with service.transaction():
        phase = service.ensure_phase("Build")
        for i in range(500):  # about 100 KB of output, more than a pipe holds
            service.add_activity(f"Activity {i} " + "with a long name " * 12, phase)
    service.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        f'"{sys.executable}" -m raci info "{path}" | head -n 2', shell=True,
        capture_output=True, text=True, env=env, timeout=120)
    assert result.stdout.splitlines()[0] == "Big  (RACI)"
    assert result.stderr == ""
