"""The core stays free of Qt; every module says what lives in it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE = sorted((ROOT / "raci").rglob("*.py"))
FORBIDDEN = ("PySide6", "shiboken6", "ui")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(ROOT)))
def test_core_never_imports_qt(path: Path) -> None:
    assert not _imports(path) & set(FORBIDDEN)


def test_the_check_sees_qt_imports(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtCore import Qt\n", encoding="utf-8")
    assert "PySide6" in _imports(sample)


@pytest.mark.parametrize(
    "path",
    [p for p in CORE + sorted((ROOT / "ui").rglob("*.py")) if "versions" not in p.parts],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_every_module_has_a_docstring(path: Path) -> None:
    assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))


def test_the_main_window_only_composes() -> None:
    """The window puts the parts together; commands and workflows live in their controllers."""
    lines = (ROOT / "ui" / "main_window.py").read_text(encoding="utf-8").count("\n")
    assert lines < 300, (
        f"ui/main_window.py has {lines} lines: move the work into ui/actions.py, "
        "ui/file_workflows.py, ui/structure.py or a panel")


def test_deriving_loads_no_database_layer() -> None:
    """`raci derive` and template files load without SQLAlchemy, Alembic or openpyxl (a
    second of start-up on a busy machine): only applying a template opens a project."""
    code = ("import sys, raci.cli; raci.cli._register_extras(); raci.cli.build_parser(); "
            "import raci.derive.draft, raci.derive.commands, raci.templates; "
            "print(sorted(m for m in ('sqlalchemy', 'alembic', 'openpyxl', 'raci.service', "
            "'raci.db') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    assert done.stdout.strip() == "[]"
