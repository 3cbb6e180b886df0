"""The review step of document derivation: reject, edit, merge rows and roles, save."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt

from raci.derive.draft import derive
from raci.paths import builtin_templates_dir
from raci.templates import TemplateLibrary, load_template
from tests.ui.conftest import Boxes
from ui.derive_dialog import FIXED_COLUMNS, DeriveReviewDialog
from ui.main_window import MainWindow

EVAL = Path(__file__).resolve().parent.parent / "derive_eval"


def _dialog(qtbot: Any, tmp_path: Path) -> DeriveReviewDialog:
    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    dialog = DeriveReviewDialog(derive([EVAL / "charter.md"]), library)
    qtbot.addWidget(dialog)
    return dialog


def _row(dialog: DeriveReviewDialog, name: str) -> int:
    return next(i for i in range(dialog.table.rowCount()) if dialog.table.item(i, 1).text() == name)


def test_review_edits_shape_the_saved_template(qtbot: Any, tmp_path: Path,
                                               boxes: Boxes) -> None:
    dialog = _dialog(qtbot, tmp_path)
    codes = dialog.codes()
    assert codes == ["DM", "PA", "CIA", "S"]  # the sponsors are kept informed
    dialog.table.item(_row(dialog, "Budget control"), 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.table.item(_row(dialog, "Survey design"), 1).setText("Customer surveys")
    dialog.table.item(_row(dialog, "Churn dashboard"), FIXED_COLUMNS + 0).setText("i")
    selection = dialog.table.selectionModel()
    for name in ("Incident reviews", "Vendor selection"):
        selection.select(dialog.table.model().index(_row(dialog, name), 1),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    assert dialog.merge_selected()
    assert "Vendor selection" not in [dialog.table.item(i, 1).text()
                                      for i in range(dialog.table.rowCount())]
    dialog.roles.item(2, 2).setText("DM")  # CIA merged into DM
    template = dialog.build_template()
    names = [a.name for a in template.activities]
    assert "Budget control" not in names
    assert "Customer surveys" in names
    assert [r.code for r in template.roles] == ["DM", "PA", "S"]
    churn = next(a for a in template.activities if a.name == "Churn dashboard")
    assert churn.letters == {"DM": "A/R"}  # CIA's A/R merged into DM; the I is covered
    incident = next(a for a in template.activities if a.name == "Incident reviews")
    assert incident.letters == {"DM": "A/R", "PA": "R"}
    assert all(a.provenance.evidence for a in template.activities)


def test_bad_letter_is_reported_with_row_and_column(qtbot: Any, tmp_path: Path,
                                                    boxes: Boxes) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.table.item(0, FIXED_COLUMNS).setText("Z")
    dialog.save()
    assert "Row 1" in boxes.messages() and "column DM" in boxes.messages()
    assert dialog.saved is None


def test_save_writes_a_user_template(qtbot: Any, tmp_path: Path, boxes: Boxes,
                                     monkeypatch: Any) -> None:
    boxes.answer_yes = True
    dialog = _dialog(qtbot, tmp_path)
    dialog.template_id.setText("checkout-charter")
    dialog.save()
    assert dialog.saved is not None
    saved = load_template(tmp_path / "user" / "checkout-charter.toml")
    assert saved.id == "checkout-charter"
    assert any(a.provenance.review for a in saved.activities)


def test_main_window_derives_in_background(qtbot: Any, main_window: MainWindow,
                                           monkeypatch: Any) -> None:
    shown: list[Any] = []
    monkeypatch.setattr(main_window.files, "review_draft", shown.append)
    main_window.files.derive_dialog([EVAL / "comparison.html"])
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert [r.code for r in shown[0].roles] == ["STL", "KBE"]


def test_main_window_reports_bad_documents(qtbot: Any, main_window: MainWindow,
                                           tmp_path: Path, boxes: Boxes) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    main_window.files.derive_dialog([empty])
    qtbot.waitUntil(lambda: "critical" in boxes.kinds(), timeout=20000)
    assert "empty.md" in boxes.messages()


def test_review_adds_a_missed_role_and_row(qtbot: Any, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.add_role("Security Champion", "SC")
    assert dialog.codes()[-1] == "SC"
    assert dialog.add_row("Threat modelling")
    last = dialog.table.rowCount() - 1
    assert dialog.table.item(last, 1).text() == "Threat modelling"
    column = FIXED_COLUMNS + dialog.codes().index("SC")
    dialog.table.item(last, column).setText("A/R")
    dialog.table.item(_row(dialog, "Survey design"), column).setText("C")
    template = dialog.build_template()
    assert "SC" in [r.code for r in template.roles]
    added = next(a for a in template.activities if a.name == "Threat modelling")
    assert added.letters == {"SC": "A/R"}
    assert added.provenance.review == ("added during review",)
    survey = next(a for a in template.activities if a.name == "Survey design")
    assert survey.letters["SC"] == "C"


def test_review_names_documents_that_contributed_nothing(qtbot: Any, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("A note about the weather, with nothing about anyone.\n", encoding="utf-8")
    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    dialog = DeriveReviewDialog(derive([EVAL / "charter.md", note]), library)
    qtbot.addWidget(dialog)
    assert "note.txt" in dialog.skipped.text()
    assert dialog.draft.documents == ["charter.md"]


def test_edits_in_place_survive_adding_a_role_and_a_row(qtbot: Any, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    survey = _row(dialog, "Survey design")
    dialog.table.item(survey, 1).setText("Customer survey design")
    dialog.table.item(survey, FIXED_COLUMNS + dialog.codes().index("PA")).setText("A/R")
    dialog.table.item(survey, FIXED_COLUMNS + dialog.codes().index("DM")).setText("C")
    assert dialog.add_role("Data Steward", "DS")
    assert dialog.add_row("Data retention")
    # the renamed row keeps its new name and letters in the rebuilt table
    survey = _row(dialog, "Customer survey design")
    assert dialog.table.item(survey, FIXED_COLUMNS + dialog.codes().index("PA")).text() == "A/R"
    dialog.table.item(survey, FIXED_COLUMNS + dialog.codes().index("DS")).setText("I")
    added = dialog.table.rowCount() - 1
    dialog.table.item(added, FIXED_COLUMNS + dialog.codes().index("DS")).setText("A/R")
    template = dialog.build_template()
    edited = next(a for a in template.activities if a.name == "Customer survey design")
    assert (edited.letters["PA"], edited.letters["DM"], edited.letters["DS"]) == ("A/R", "C", "I")
    assert "Survey design" not in [a.name for a in template.activities]
    retention = next(a for a in template.activities if a.name == "Data retention")
    assert retention.letters == {"DS": "A/R"}
    assert [r.name for r in template.roles][-1] == "Data Steward"


def test_a_rasci_draft_shows_and_takes_support_letters(qtbot: Any, tmp_path: Path) -> None:
    doc = tmp_path / "moves.md"
    doc.write_text("# Office moves RASCI\n\n"
                   "| Activity | Facilities Lead | Office Manager | IT Desk |\n"
                   "|---|---|---|---|\n"
                   "| Move the printers | S | A | R |\n"
                   "| Book the movers | R | A | |\n", encoding="utf-8")
    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    dialog = DeriveReviewDialog(derive([doc]), library)
    qtbot.addWidget(dialog)
    column = FIXED_COLUMNS + dialog.codes().index("FL")
    assert dialog.table.item(_row(dialog, "Move the printers"), column).text() == "S"
    dialog.table.item(_row(dialog, "Book the movers"), column).setText("S")
    template = dialog.build_template()
    assert template.scheme == "RASCI"
    movers = next(a for a in template.activities if a.name == "Book the movers")
    assert movers.letters["FL"] == "S"
