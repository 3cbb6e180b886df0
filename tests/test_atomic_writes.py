"""Nothing written unless complete: exclusive temporary files, no links followed, clean stops."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook

from raci import files
from raci.cli import main
from raci.errors import RaciError
from raci.excel.export import export_csv, export_xlsx
from raci.service import ProjectService
from raci.templates import TemplateLibrary, template_from_project, write_template

ROOT = Path(__file__).resolve().parent.parent


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _plant_links(folder: Path, name: str, victim: Path,
                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Links at the old fixed temporary name and at the first name the writer will pick."""
    (folder / f".{name}.part").symlink_to(victim)
    (folder / f"{name}.part").symlink_to(victim)
    planted = folder / f".{name}.planted.part"
    planted.symlink_to(victim)
    real = getattr(files, "temporary_name", None)
    names: Iterator[Path] = iter([planted])
    monkeypatch.setattr(files, "temporary_name",
                        lambda target: next(names, None) or real(target), raising=False)


@pytest.mark.parametrize("kind", ["xlsx", "csv", "template", "copy"])
def test_a_link_at_the_temporary_name_is_never_followed(
    kind: str, staffed: ProjectService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    name = {"xlsx": "m.xlsx", "csv": "m.csv", "template": "t.toml", "copy": "c.raci"}[kind]
    target = out_dir / name
    _plant_links(out_dir, name, victim, monkeypatch)
    state = staffed.state()
    if kind == "xlsx":
        export_xlsx(state, target)
    elif kind == "csv":
        export_csv(state, target)
    elif kind == "template":
        write_template(template_from_project(staffed, "t"), target)
    else:
        staffed.save_copy(target)
    assert victim.read_text() == "precious\n"
    assert target.is_file() and not target.is_symlink() and target.stat().st_size > 0
    leftovers = {p.name for p in out_dir.iterdir()} - {name}
    assert all((out_dir / n).is_symlink() for n in leftovers)  # only the planted links


def test_full_disk_export_is_a_clear_error_and_leaves_nothing(
    staffed: ProjectService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    staffed.close()
    project = tmp_path / "test.raci"

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)  # the disk fills up as the file is flushed
    for name in ("m.xlsx", "m.csv"):
        code, _, err = run(capsys, "export", str(project), str(tmp_path / name))
        assert code == 2 and err.count("\n") == 1
        assert err.startswith(f"raci: error: {tmp_path / name}: cannot be written")
        assert "disk is full" in err
    code, _, err = run(capsys, "template", "save", str(project), str(tmp_path / "t.toml"))
    assert code == 2 and "disk is full" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["test.raci"]


def test_output_equal_to_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "x.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["Activity", "PM", "ENG"])
    ws.append(["Plan", "A/R", "C"])
    wb.save(book)
    before = book.read_bytes()
    code, _, err = run(capsys, "import", str(book), str(book), "--force")
    assert code == 2 and "is also the file being read" in err
    assert book.read_bytes() == before
    project = tmp_path / "p.raci"
    assert run(capsys, "import", str(book), str(project))[0] == 0
    code, _, err = run(capsys, "copy", str(project), str(project), "--force")
    assert code == 2 and "open project itself" in err
    code, _, err = run(capsys, "template", "save", str(project), str(project), "--force")
    assert code == 2 and "is also the file being read" in err
    assert run(capsys, "info", str(project))[0] == 0


def test_creating_over_an_existing_file_is_refused_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.raci"
    path.write_text("mine")
    code, _, err = run(capsys, "new", str(path))
    assert code == 2 and "already exists" in err
    assert path.read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.raci"]


def test_error_while_building_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import raci.templates

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RaciError("the template broke half-way")

    monkeypatch.setattr(raci.templates, "apply_template", broken)
    code, _, err = run(capsys, "new", str(tmp_path / "p.raci"), "--template", "product-team")
    assert code == 2 and "half-way" in err
    assert list(tmp_path.iterdir()) == []


STOPPED_MIDWAY = textwrap.dedent("""
    import sys, time
    import {module} as target
    original = target.{function}

    def slow(*args, **kwargs):
        result = original(*args, **kwargs)
        print("ready", flush=True)
        time.sleep(60)
        return result

    target.{function} = slow
    from raci.cli import main
    sys.exit(main(sys.argv[1:]))
""")


def _stop_midway(module: str, function: str, args: list[str], cwd: Path) -> tuple[int, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", STOPPED_MIDWAY.format(module=module, function=function), *args],
        cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    child.send_signal(signal.SIGTERM)
    _, err = child.communicate(timeout=60)
    return child.returncode, err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_during_new_from_template_leaves_nothing(tmp_path: Path) -> None:
    TemplateLibrary.default().get("product-team")  # the template exists
    code, err = _stop_midway("raci.templates", "apply_template",
                             ["new", "p.raci", "--template", "product-team"], tmp_path)
    assert code == 2 and err.startswith("raci: error: stopped")
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_during_import_leaves_nothing(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Activity", "Product Manager", "Engineering Lead"])
    for i in range(50):
        ws.append([f"Activity {i}", "A/R", "C"])
    wb.save(tmp_path / "in.xlsx")
    (tmp_path / "out.raci").write_text("old content")
    code, err = _stop_midway("raci.excel.importer", "apply_plan",
                             ["import", "in.xlsx", "out.raci", "--force"], tmp_path)
    assert code == 2 and err.startswith("raci: error: stopped")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.xlsx", "out.raci"]
    assert (tmp_path / "out.raci").read_text() == "old content"
