"""What ``raci derive`` tells a user who gives it the wrong thing: one line, exit 2, no file."""

from __future__ import annotations

from pathlib import Path

import pytest

from raci.cli import main

ROLES = ("# Allotment society roles\n\n"
         "The Plot Secretary keeps the waiting list and writes to new tenants.\n"
         "The Treasurer collects the rents each October.\n")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the CLI in-process and return (exit code, stdout, stderr)."""
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _one_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("raci: error: "), err
    return lines[0]


def test_a_damaged_word_file_says_what_to_do(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "rota.docx"
    broken.write_bytes(b"this was never a zip archive")
    out = tmp_path / "draft.toml"
    code, _out, err = run(capsys, "derive", str(broken), "-o", str(out))
    line = _one_error(err)
    assert code == 2 and not out.exists()
    assert "rota.docx" in line and "save it again from Word" in line


def test_an_output_folder_is_named_as_such(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "roles.md"
    doc.write_text(ROLES, encoding="utf-8")
    folder = tmp_path / "drafts"
    folder.mkdir()
    code, _out, err = run(capsys, "derive", str(doc), "-o", str(folder))
    # not "already exists; pass --force", which --force would not mend
    assert code == 2 and "must end in .toml" in _one_error(err)
    looks_like_a_file = tmp_path / "looks.toml"
    looks_like_a_file.mkdir()
    code, _out, err = run(capsys, "derive", str(doc), "-o", str(looks_like_a_file))
    assert code == 2 and "is a folder" in _one_error(err)


def test_help_says_what_a_document_argument_is(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "derive", "--help")
    assert code == 0
    assert "who does what (give several to combine them)" in " ".join(out.split())


def test_help_says_how_a_template_of_several_documents_is_named(
        capsys: pytest.CaptureFixture[str]) -> None:
    """The default name ends with how many documents came after the first ("Team charter
    and 2 more"): the help of --name says so."""
    code, out, _err = run(capsys, "derive", "--help")
    assert code == 0
    assert "else its file name, then 'and N more' for the other documents" in " ".join(
        out.split())
