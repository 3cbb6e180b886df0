"""Derivation quality on a labelled evaluation set written for this project.

Targets: precision and recall of role-activity pairs and of owner choices all
at least 0.9 over the whole set.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from raci.derive.draft import derive
from raci.derive.evaluate import Score, score
from tests.derive_docx import build_team_docx

HERE = Path(__file__).parent / "derive_eval"
EXPECTED = tomllib.loads((HERE / "expected.toml").read_text(encoding="utf-8"))["doc"]
TARGET = 0.9


def _document(name: str, tmp_path: Path) -> Path:
    if name.endswith(".docx"):
        return build_team_docx(tmp_path / name)
    return HERE / name


def _score(name: str, triples: list[list[str]], tmp_path: Path) -> Score:
    draft = derive([_document(name, tmp_path)])
    template = draft.to_template("eval", "Evaluation")
    return score(template, [(r, a, letter) for r, a, letter in triples])


@pytest.mark.parametrize("case", EXPECTED, ids=lambda c: c["file"])
def test_each_document_is_read(case: dict[str, object], tmp_path: Path) -> None:
    result = _score(str(case["file"]), case["triples"], tmp_path)  # type: ignore[arg-type]
    assert result.pair_recall >= 0.75, result
    assert result.pair_precision >= 0.75, result


def test_whole_set_meets_targets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    total = Score(0, 0, 0, 0, 0, 0)
    for case in EXPECTED:
        total = total + _score(case["file"], case["triples"], tmp_path)
    with capsys.disabled():
        print(
            f"\nderivation evaluation: pairs precision {total.pair_precision:.2f} "
            f"recall {total.pair_recall:.2f}; owners precision {total.owner_precision:.2f} "
            f"recall {total.owner_recall:.2f} ({total.pairs_expected} expected pairs, "
            f"{total.owners_expected} owners)"
        )
    assert total.pair_precision >= TARGET
    assert total.pair_recall >= TARGET
    assert total.owner_precision >= TARGET
    assert total.owner_recall >= TARGET
