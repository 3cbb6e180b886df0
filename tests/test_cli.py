"""The raci command: each command, JSON shapes and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from raci.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the CLI in-process and return (exit code, stdout, stderr)."""
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "p.raci")
    assert run(capsys, "new", path, "--name", "Demo")[0] == 0
    assert run(capsys, "role", "add", path, "Product Manager", "--code", "PM")[0] == 0
    assert run(capsys, "role", "add", path, "Technical Product Manager")[0] == 0
    assert run(capsys, "person", "add", path, "Ann Lee", "--email", "ann@example.org",
               "--title", "Director", "--role", "PM")[0] == 0
    assert run(capsys, "activity", "add", path, "Product vision", "--phase", "Strategy")[0] == 0
    assert run(capsys, "activity", "add", path, "Technical oversight", "--phase", "Build")[0] == 0
    return path


def test_info_json_shape(project: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "assign", project, "Product vision", "PM", "r/a")
    code, out, _ = run(capsys, "info", project, "--json")
    assert code == 0
    info = json.loads(out)
    assert info["name"] == "Demo" and info["scheme"] == "RACI"
    assert info["roles"][0] == {
        "name": "Product Manager", "code": "PM", "description": "", "people": ["Ann Lee"]
    }
    assert info["roles"][1]["code"] == "TPM"
    assert info["people"][0]["roles"] == ["Product Manager"]
    assert info["activities"][0] == {
        "name": "Product vision", "phase": "Strategy", "description": "",
        "assignments": {"Product Manager": "A/R"}, "notes": {},
    }
    run(capsys, "assign", project, "Product vision", "PM", "A/R", "--note", "Quarterly")
    _, out, _ = run(capsys, "info", project, "--json")
    assert json.loads(out)["activities"][0]["notes"] == {"Product Manager": "Quarterly"}


def test_validate_exit_codes_and_json(project: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate", project, "--json")
    assert code == 1
    report = json.loads(out)
    assert report["summary"]["error"] >= 4
    assert {"rule", "severity", "activity", "role", "person", "message"} == set(
        report["findings"][0]
    )
    run(capsys, "assign", project, "Product vision", "PM", "A/R")
    run(capsys, "assign", project, "Technical oversight", "Technical Product Manager", "A")
    run(capsys, "assign", project, "2", "PM", "R")
    code, out, _ = run(capsys, "validate", project, "--json")
    report = json.loads(out)
    assert [f["rule"] for f in report["findings"] if f["severity"] == "error"] == []
    assert [f["role"] for f in report["findings"] if f["rule"] == "unstaffed-role"] == [
        "Technical Product Manager"
    ]
    assert code == 0  # a role nobody fills yet is a warning
    run(capsys, "person", "add", project, "Raj", "--role", "TPM")
    code, out, _ = run(capsys, "validate", project, "--json")
    assert code == 0
    assert "unstaffed-role" not in out


def test_assign_dash_clears(project: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "assign", project, "1", "PM", "A")
    code, out, _ = run(capsys, "assign", project, "1", "PM", "-")
    assert code == 0 and "(empty)" in out
    code, out, _ = run(capsys, "info", project, "--json")
    assert json.loads(out)["activities"][0]["assignments"] == {}


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("assign", "{p}", "Product vision", "PM", "Q"), "unknown letter Q"),
        (("assign", "{p}", "Nope", "PM", "A"), "no activity named 'Nope'"),
        (("assign", "{p}", "1", "Nope", "A"), "no role named 'Nope'"),
        (("person", "add", "{p}", "Bo", "--role", "Nope"), "no role named 'Nope'"),
        (("info", "{d}/missing.raci"), "no such file"),
        (("role", "add", "{p}", "Product Manager"), "already exists"),
        (("new", "{p}"), "already exists"),
        (("new", "{d}/x.raci", "--scheme", "RAPID"), "invalid choice"),
        (("frobnicate",), "invalid choice"),
        (("validate",), "required"),
    ],
)
def test_unusable_input_is_one_error_line_and_exit_2(
    project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...], expected: str,
) -> None:
    filled = [a.format(p=project, d=tmp_path) for a in args]
    code, out, err = run(capsys, *filled)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("raci: error:")
    assert expected in lines[0]
    assert "Traceback" not in err


def test_not_a_project_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.raci"
    bad.write_text("hello", encoding="utf-8")
    code, _, err = run(capsys, "validate", str(bad))
    assert code == 2
    assert err.startswith("raci: error:") and "not a RACI project" in err


def test_new_with_scheme(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "d.raci")
    assert run(capsys, "new", path, "--scheme", "daci")[0] == 0
    run(capsys, "role", "add", path, "Driver role", "--code", "DR")
    run(capsys, "activity", "add", path, "Choose vendor")
    code, _, err = run(capsys, "assign", path, "1", "DR", "A/R")
    assert code == 2 and "DACI scheme allows A, D, C, I" in err
    assert run(capsys, "assign", path, "1", "DR", "A/D")[0] == 0


def test_copy(project: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "copy.raci")
    assert run(capsys, "copy", project, target)[0] == 0
    assert run(capsys, "copy", project, target)[0] == 2
    assert run(capsys, "info", target, "--json")[0] == 0


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    commands = [("new",), ("info",), ("role", "add"), ("person", "add"), ("activity", "add"),
                ("assign",), ("validate",), ("copy",), ("settings",), ("templates",),
                ("template", "save"), ("template", "check"), ("template", "apply"),
                ("export",), ("import",), ("derive",)]
    for command in commands:
        code, out, _ = run(capsys, *command, "--help")
        assert code == 0
        assert "usage: raci" in out


def test_settings_change_thresholds_and_scheme(project: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "assign", project, "1", "PM", "A/R")
    code, out, _ = run(capsys, "settings", project, "--overload", "0", "--max-consulted", "2")
    assert code == 0 and "overload 0" in out and "max consulted 2" in out
    _, out, _ = run(capsys, "validate", project, "--json")
    assert "overloaded" in {f["rule"] for f in json.loads(out)["findings"]}
    code, out, _ = run(capsys, "settings", project, "--scheme", "daci")
    assert code == 0 and "scheme DACI" in out
    _, out, _ = run(capsys, "info", project, "--json")
    assert json.loads(out)["activities"][0]["assignments"] == {"Product Manager": "A/D"}
    code, _, err = run(capsys, "settings", project, "--overload", "-1")
    assert code == 2 and "0 or more" in err


def test_unwritable_places_are_one_error_line(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = run(capsys, "new", str(blocker / "inside.raci"))
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("raci: error:")
    assert "Traceback" not in err


def test_template_apply_rejects_unknown_template_role(
    project: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "template", "apply", project, "startup-team", "--map", "ZZ=PM")
    assert code == 2 and "has no role 'ZZ'" in err
    _, out, _ = run(capsys, "info", project, "--json")
    assert len(json.loads(out)["activities"]) == 2  # nothing applied


def test_a_database_error_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The database layer loads with the first command that needs it; its errors still end
    the command with one line and exit 2."""
    from sqlalchemy.exc import OperationalError

    import raci.cli

    def broken(_args: object) -> int:
        raise OperationalError("SELECT 1", {}, Exception("disk I/O error\nat page 4"))

    monkeypatch.setattr(raci.cli, "cmd_validate", broken)
    code, out, err = run(capsys, "validate", str(tmp_path / "p.raci"))
    assert (code, out) == (2, "")
    assert err == "raci: error: the project file could not be used (disk I/O error)\n"


def test_other_errors_are_not_taken_for_database_errors(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import raci.cli

    def broken(_args: object) -> int:
        raise ValueError("a slip in the code")

    monkeypatch.setattr(raci.cli, "cmd_validate", broken)
    with pytest.raises(ValueError, match="a slip in the code"):
        main(["validate", str(tmp_path / "p.raci")])
