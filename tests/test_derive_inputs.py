"""The large inputs the performance sections time come out the same on every run, at the
sizes those sections give."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from benchmarks.derive_inputs import MB, write_extra


def test_the_extra_inputs_are_the_same_files_on_every_run(tmp_path: Path) -> None:
    files = write_extra(tmp_path / "a")
    first = {name: hashlib.sha256(path.read_bytes()).hexdigest() for name, path in files.items()}
    again = {name: hashlib.sha256(path.read_bytes()).hexdigest()
             for name, path in write_extra(tmp_path / "b").items()}
    assert first == again
    assert set(first) == {"runon.txt", "list.html", "wrapped.md", "raci10k.md", "owners.yaml",
                          "numbered.json", "numbered.md", "long-alike.json",
                          "long-alike-3k.json", "grid.rst", "jobs.md"}
    sizes = {name: path.stat().st_size for name, path in files.items()}
    assert sizes["long-alike.json"] > 2.5 * MB  # the export left out of the 1 MB figures
    assert all(0.7 * MB < size < 1.4 * MB for name, size in sizes.items()
               if name != "long-alike.json"), sizes
    # the structured ones read back as what they say: 10,000 rows, 3,000 long names
    assert len(json.loads(files["numbered.json"].read_text())) == 10_000
    assert len(json.loads(files["long-alike-3k.json"].read_text())) == 3_000
    assert files["raci10k.md"].read_text().count("\n|") == 10_002  # head, rule, 10,000 rows


def test_the_benchmark_compiles_each_tree_it_times_to_byte_code(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    # a timed process then reads the byte code, as an installed copy does, even where the
    # environment says not to write it
    from benchmarks.derive_run import compile_tree

    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    package = tmp_path / "raci" / "derive"
    package.mkdir(parents=True)
    (tmp_path / "raci" / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "extract.py").write_text("WORDS = ('a', 'b')\n")
    compile_tree(tmp_path)
    assert {p.name.split(".")[0] for p in tmp_path.rglob("__pycache__/*.pyc")} == \
        {"__init__", "extract"}
    assert len(list(tmp_path.rglob("*.pyc"))) == 3
