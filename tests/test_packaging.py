"""The wheel carries everything a non-editable install needs."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_data_files_and_entry_points(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
        check=True, capture_output=True, timeout=300,
    )
    wheel = next(tmp_path.glob("raci_planner-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        entry_points = next(zf.read(n).decode() for n in names if n.endswith("entry_points.txt"))
    templates = {Path(n).name for n in names if n.startswith("raci/builtin_templates/")}
    assert {"product-team.toml", "agile-team.toml", "technical-program.toml",
            "startup-team.toml"} <= templates
    assert "raci/migrations/versions/0001_initial.py" in names
    assert "raci/migrations/script.py.mako" in names
    assert "raci/migrations/env.py" in names
    assert "ui/resources/icons/raci-planner.svg" in names
    assert {"ui/guide/user-guide.md", "ui/guide/derive.md",
            "ui/guide/guide/13-derive-review.png"} <= names  # Help > User Guide
    assert "raci = raci.cli:run" in entry_points
    assert "raci-planner = ui.app:main" in entry_points
    assert not any(n.startswith("tests/") for n in names)
