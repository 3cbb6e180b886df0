"""The review step of document derivation: reject, edit, merge rows and roles, save."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from raci.derive.draft import derive, open_decisions
from raci.paths import builtin_templates_dir
from raci.templates import TemplateLibrary, load_template
from tests.ui.conftest import Boxes
from ui.derive_dialog import FIXED_COLUMNS, NO_PHASE, PHASE_COLUMN, DeriveReviewDialog
from ui.main_window import MainWindow
from ui.palette import severity_colour

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
    assert codes == ["DM", "PA", "CIA", "SPO"]  # the sponsors are kept informed
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
    assert [r.code for r in template.roles] == ["DM", "PA", "SPO"]
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
    dialog = _dialog(qtbot, tmp_path)
    dialog.template_id.setText("checkout-charter")
    dialog.save()
    assert dialog.saved is None  # Keep Reviewing is the default answer
    assert "Decisions still open" in [title for _k, title, _m in boxes.shown]
    boxes.click = "&Save Anyway"
    dialog.save()
    assert dialog.saved is not None
    saved = load_template(tmp_path / "user" / "checkout-charter.toml")
    assert saved.id == "checkout-charter"
    assert any(a.provenance.review for a in saved.activities)


def test_a_second_draft_of_the_same_documents_gets_a_free_id(qtbot: Any, tmp_path: Path,
                                                             boxes: Boxes) -> None:
    boxes.click = "&Save Anyway"
    first = _dialog(qtbot, tmp_path)
    assert first.template_id.text() == "charter"
    first.save()
    assert first.saved is not None
    second = _dialog(qtbot, tmp_path)  # the same documents again
    assert second.template_id.text() == "charter-2"
    # and a name of its own, so File > New does not list two of one name
    assert second.name.text() == f"{first.name.text()} (2)"
    second.save()
    assert second.saved is not None and second.saved.id == "charter-2"
    assert load_template(tmp_path / "user" / "charter.toml").id == "charter"


def test_an_id_in_use_is_said_before_the_open_decisions(qtbot: Any, tmp_path: Path,
                                                        boxes: Boxes) -> None:
    boxes.click = "&Save Anyway"
    first = _dialog(qtbot, tmp_path)
    first.save()
    boxes.shown.clear()
    second = _dialog(qtbot, tmp_path)
    second.show()
    second.template_id.setText("charter")  # typed over the free id offered
    second.save()
    assert second.saved is None
    assert [title for _k, title, _m in boxes.shown] == ["Cannot save the template"]
    assert "'charter' is already used by one of your templates" in boxes.messages()
    assert "charter-2" in boxes.messages()  # what to type instead
    assert second.focusWidget() is second.template_id
    assert second.template_id.selectedText() == "charter"
    second.template_id.setText("product-team")  # a built-in's id
    second.save()
    assert "already used by a built-in template" in boxes.shown[-1][2]
    assert second.saved is None


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
    # and what to choose instead, not the reason alone
    assert "describe who does what" in boxes.messages()
    assert "job descriptions" in boxes.messages()


def test_a_workbook_chosen_to_derive_from_is_sent_to_import_excel(
        qtbot: Any, main_window: MainWindow, tmp_path: Path, boxes: Boxes) -> None:
    """The document picker lists all files too; a RACI workbook chosen there is refused as
    a type of document, and the message says where a workbook is read: Import Excel."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Activity", "Owner", "Engineer"])
    book.active.append(["Release", "A", "R"])
    workbook = tmp_path / "team-raci.xlsx"
    book.save(workbook)
    main_window.files.derive_dialog([workbook])
    qtbot.waitUntil(lambda: "critical" in boxes.kinds(), timeout=20000)
    assert "team-raci.xlsx" in boxes.messages()
    assert "File > Import Excel" in boxes.messages()
    assert "job descriptions" not in boxes.messages()  # (the advice for documents)


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


def test_each_document_that_gave_nothing_has_a_line(qtbot: Any, tmp_path: Path) -> None:
    from raci.derive.draft import Draft

    made = derive([EVAL / "charter.md"])
    skipped = {"menu.pdf": "the PDF file is damaged (bad stream); export it again",
               "notes.txt": "the file is empty"}
    draft = Draft(made.roles, made.rows, made.documents, made.role_keys, skipped)
    dialog = DeriveReviewDialog(draft, TemplateLibrary(builtin_templates_dir(),
                                                       tmp_path / "user"))
    qtbot.addWidget(dialog)
    lines = dialog.skipped.text().splitlines()
    assert lines[1:] == ["  menu.pdf: the PDF file is damaged (bad stream); export it again",
                         "  notes.txt: the file is empty"]


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


# --- what a user meets: names as written, unreadable files, cancel, layout ------------------


def test_an_error_keeps_the_file_name_as_written(qtbot: Any, main_window: MainWindow,
                                                 tmp_path: Path, boxes: Boxes) -> None:
    weather = tmp_path / "weather-notes.md"
    weather.write_text("# Notes\n\nRain on Tuesday, sun on Friday.\n", encoding="utf-8")
    main_window.files.derive_dialog([weather])
    qtbot.waitUntil(lambda: "critical" in boxes.kinds(), timeout=20000)
    assert boxes.messages().startswith("weather-notes.md: no roles found")


def test_an_unreadable_document_among_several_is_named_not_fatal(
        qtbot: Any, main_window: MainWindow, tmp_path: Path, monkeypatch: Any) -> None:
    empty = tmp_path / "minutes.txt"
    empty.write_text("", encoding="utf-8")
    broken = tmp_path / "rota.docx"
    broken.write_bytes(b"not a zip archive at all")
    shown: list[Any] = []
    monkeypatch.setattr(main_window.files, "review_draft", shown.append)
    main_window.files.derive_dialog([EVAL / "charter.md", empty, broken])
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    draft = shown[0]
    assert draft.documents == ["charter.md"]
    assert "empty" in draft.skipped["minutes.txt"]
    assert "rota.docx" in draft.skipped and str(tmp_path) not in draft.skipped["rota.docx"]


def test_unreadable_documents_of_the_same_name_are_each_named(tmp_path: Path) -> None:
    from ui.file_workflows import _derive

    spring, autumn = tmp_path / "spring", tmp_path / "autumn"
    for folder in (spring, autumn):
        folder.mkdir()
        (folder / "minutes.txt").write_text("", encoding="utf-8")
    made = _derive([EVAL / "charter.md", spring / "minutes.txt", autumn / "minutes.txt"])
    assert made.documents == ["charter.md"]
    assert sorted(k for k in made.skipped if k.endswith("minutes.txt")) == sorted(
        [str(spring / "minutes.txt"), str(autumn / "minutes.txt")])


def test_each_document_is_read_once(tmp_path: Path, monkeypatch: Any) -> None:
    import raci.derive.documents as documents
    import raci.derive.draft as draft
    from ui.file_workflows import _derive

    read: list[str] = []
    reader = documents.read_document

    def counted_read(path: Path) -> Any:
        read.append(path.name)
        return reader(path)

    monkeypatch.setattr(documents, "read_document", counted_read)
    monkeypatch.setattr(draft, "read_document", counted_read)
    empty = tmp_path / "minutes.txt"
    empty.write_text("", encoding="utf-8")
    made = _derive([EVAL / "charter.md", empty])
    assert made.documents == ["charter.md"] and "minutes.txt" in made.skipped
    assert sorted(read) == ["charter.md", "minutes.txt"]


def test_when_no_document_can_be_read_each_is_named(qtbot: Any, main_window: MainWindow,
                                                    tmp_path: Path, boxes: Boxes) -> None:
    empty = tmp_path / "minutes.txt"
    empty.write_text("", encoding="utf-8")
    photo = tmp_path / "team.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not text")
    main_window.files.derive_dialog([empty, photo])
    qtbot.waitUntil(lambda: "critical" in boxes.kinds(), timeout=20000)
    assert "minutes.txt (" in boxes.messages() and "team.jpg (" in boxes.messages()


def test_deriving_can_be_cancelled(qtbot: Any, main_window: MainWindow, boxes: Boxes,
                                   monkeypatch: Any) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    shown: list[Any] = []
    monkeypatch.setattr(main_window.files, "review_draft", shown.append)
    before = set(main_window.findChildren(QProgressDialog))
    main_window.files.derive_dialog([EVAL / "charter.md", EVAL / "comparison.html"])
    progress = next(d for d in main_window.findChildren(QProgressDialog) if d not in before)
    cancel = next(b for b in progress.findChildren(QPushButton)
                  if b.text().replace("&", "") == "Cancel")
    cancel.click()
    QThreadPool.globalInstance().waitForDone(60000)
    qtbot.wait(50)  # any late signal is delivered, and must be ignored
    assert shown == [] and boxes.shown == []


def test_the_run_stops_at_the_next_step_once_cancelled(qtbot: Any) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QWidget

    from ui.tasks import run_with_progress

    parent = QWidget()
    qtbot.addWidget(parent)
    steps: list[int] = []
    results: list[Any] = []
    started = threading.Event()  # the job is known to the work before it steps

    def work(progress: Any) -> str:
        started.wait(60)
        for step in range(1000):
            progress(step, 1000)
            steps.append(step)
            if step == 3:
                job.cancelled = True  # as the Cancel button does, between two steps
        return "done"

    job = run_with_progress(parent, "Working...", work, results.append, results.append,
                            cancellable=True, title="Working")
    started.set()
    QThreadPool.globalInstance().waitForDone(60000)
    qtbot.wait(20)
    assert steps == [0, 1, 2, 3] and results == []


def test_a_cancelled_draft_stops_inside_the_drafting(tmp_path: Path, monkeypatch: Any) -> None:
    import raci.derive.draft as draft
    from ui.file_workflows import _derive
    from ui.tasks import CancelledError

    first = tmp_path / "stores.md"
    first.write_text("# Stores\n\nThe Store Keeper is responsible for counting the stock.\n",
                     encoding="utf-8")
    second = tmp_path / "yard.md"
    second.write_text("# Yard\n\nThe Yard Foreman is responsible for loading the vans.\n",
                      encoding="utf-8")
    extracted: list[str] = []
    extract = draft.extract
    monkeypatch.setattr(draft, "extract", lambda doc, catalog, checkpoint=None: (
        extracted.append(doc.name), extract(doc, catalog, checkpoint))[1])
    steps: list[int] = []

    def progress(_step: int, _total: int) -> None:
        steps.append(1)
        # both documents read, and the drafting begun: Cancel is pressed now
        if len(steps) > 3:
            raise CancelledError

    with pytest.raises(CancelledError):
        _derive([first, second], progress)
    assert extracted == []  # stopped once the roles were found, before any document's duties


def test_review_opens_with_every_role_column_in_view(qtbot: Any, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.show()
    qtbot.waitExposed(dialog)
    last = dialog.table.columnCount() - 1  # Needs review
    used = sum(dialog.table.columnWidth(c) for c in range(last))
    assert used < dialog.table.viewport().width()
    assert dialog.name.text() == "Checkout team charter"  # the title it opens with
    assert dialog.evidence.placeholderText()


def test_default_name_is_short_with_several_documents() -> None:
    from raci.derive.draft import default_name

    assert default_name(["team_charter.docx", "roles.md", "rota.csv"]) == \
        "Team charter and 2 more"
    assert default_name(["job-description.pdf"]) == "Job description"


def test_one_passage_read_twice_is_quoted_once(qtbot: Any, tmp_path: Path) -> None:
    from raci.derive.draft import Draft, DraftRow
    from raci.derive.extract import Claim
    from raci.templates import TemplateRole

    said = "Consults the Site Nurse before booking a trip."
    claims = [Claim("Site Nurse", "Book a trip", "C", False, "roles.md", "line 4", said, ""),
              Claim("Trip Organiser", "Book a trip", "R", False, "roles.md", "line 4", said,
                    ""),
              Claim("Site Nurse", "Book a trip", "C", False, "roles.md", "line 4", said, "")]
    draft = Draft([TemplateRole("SN", "Site Nurse"), TemplateRole("TO", "Trip Organiser")],
                  [DraftRow("Book a trip", "Plan", {"SN": {"C"}, "TO": {"A", "R"}}, claims)],
                  ["roles.md"], {"Site Nurse": "SN", "Trip Organiser": "TO"})
    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    dialog = DeriveReviewDialog(draft, library)
    qtbot.addWidget(dialog)
    dialog.table.selectionModel().select(
        dialog.table.model().index(0, 1),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert dialog.evidence.toPlainText().count(said) == 2  # the nurse's and the organiser's


def test_a_bad_letter_is_selected_for_correction(qtbot: Any, tmp_path: Path,
                                                 boxes: Boxes) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.table.item(2, FIXED_COLUMNS + 1).setText("Q")
    dialog.save()
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (2, FIXED_COLUMNS + 1)


def test_an_added_role_is_shown_ready_to_name(qtbot: Any, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.add_role()
    last = dialog.roles.rowCount() - 1
    assert (dialog.roles.currentRow(), dialog.roles.currentColumn()) == (last, 1)
    assert dialog.roles.state() == dialog.roles.State.EditingState


def test_a_saved_draft_can_start_a_project_at_once(qtbot: Any, main_window: MainWindow,
                                                   boxes: Boxes, monkeypatch: Any) -> None:
    # with the decisions still open, then a new project from the saved template
    boxes.click = ("&Save Anyway", "&New Project...")

    def review_and_save(dialog: DeriveReviewDialog) -> int:
        dialog.template_id.setText("ops-charter")
        dialog.save()
        return int(dialog.result())

    started: list[tuple[Any, ...]] = []
    monkeypatch.setattr(DeriveReviewDialog, "exec", review_and_save)
    monkeypatch.setattr(main_window.files, "new_project",
                        lambda **kw: started.append((kw["template_id"], kw["name"])))
    main_window.files.review_draft(derive([EVAL / "charter.md"]))
    assert started == [("ops-charter", "Checkout team charter")]
    assert "or start a new project from it?" in boxes.messages()


def test_a_draft_saved_with_no_project_open_asks_only_about_a_new_one(
        qtbot: Any, main_window: MainWindow, boxes: Boxes, monkeypatch: Any) -> None:
    main_window.close_project()
    boxes.answer_yes = True
    boxes.click = "&Save Anyway"

    def review_and_save(dialog: DeriveReviewDialog) -> int:
        dialog.template_id.setText("ops-charter")
        dialog.save()
        return int(dialog.result())

    started: list[str] = []
    monkeypatch.setattr(DeriveReviewDialog, "exec", review_and_save)
    monkeypatch.setattr(main_window.files, "new_project",
                        lambda **kw: started.append(kw["template_id"]))
    main_window.files.review_draft(derive([EVAL / "charter.md"]))
    assert started == ["ops-charter"]
    assert "Start a new project from it now?" in boxes.messages()
    assert "this project" not in boxes.messages()


def test_a_draft_saved_with_a_project_open_can_be_applied_to_it(
        qtbot: Any, main_window: MainWindow, boxes: Boxes, monkeypatch: Any) -> None:
    from ui.dialogs import ApplyTemplateDialog

    boxes.click = ("&Save Anyway", "&Apply to This Project...")

    def review_and_save(dialog: DeriveReviewDialog) -> int:
        dialog.template_id.setText("ops-charter")
        dialog.save()
        return int(dialog.result())

    mapped: list[str] = []

    def map_roles(dialog: ApplyTemplateDialog) -> int:
        mapped.append(dialog.template.id)
        return int(ApplyTemplateDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(DeriveReviewDialog, "exec", review_and_save)
    monkeypatch.setattr(ApplyTemplateDialog, "exec", map_roles)
    service = main_window.service
    assert service is not None
    before = len(service.state().activities)
    main_window.files.review_draft(derive([EVAL / "charter.md"]))
    asked = boxes.messages()
    assert "Add its roles and activities to 'Sample product team' now" in asked
    assert mapped == ["ops-charter"]  # the roles mapped first, as File > Apply Template does
    assert len(service.state().activities) > before
    assert main_window.stack.undoText() == "Apply template Checkout team charter"
    main_window.stack.undo()
    assert len(service.state().activities) == before


@pytest.mark.parametrize("start", [True, False])
def test_the_status_bar_says_what_came_of_a_saved_draft(
    qtbot: Any, main_window: MainWindow, boxes: Boxes, monkeypatch: Any, tmp_path: Path,
    start: bool,
) -> None:
    from ui import file_workflows

    # start a project from the saved template, or not now
    boxes.click = ("&Save Anyway", "&New Project..." if start else "N&ot Now")

    def review_and_save(dialog: DeriveReviewDialog) -> int:
        dialog.template_id.setText("ops-charter")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(DeriveReviewDialog, "exec", review_and_save)
    target = tmp_path / "ops.raci"
    monkeypatch.setattr(file_workflows, "save_file", lambda *_a: (str(target), ""))
    main_window.files.review_draft(derive([EVAL / "charter.md"]))
    said = main_window.statusBar().currentMessage()
    if start:
        assert main_window.service is not None and main_window.service.path == target
        assert said == f"Created {target} from the template 'Checkout team charter'"
    else:
        assert not target.exists()
        assert said.startswith("Saved template 'Checkout team charter'") and "File > New" in said
        assert "File > Apply Template to add it to this one" in said


def test_the_start_page_offers_drafting_from_documents(qtbot: Any, main_window: MainWindow,
                                                       monkeypatch: Any) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(main_window.files, "derive_dialog", lambda: opened.append(True))
    button = main_window.start_page.buttons["derive"]
    assert "documents" in button.text() and button.description()
    button.click()
    assert opened == [True]


def test_review_opens_on_the_first_row_that_needs_a_decision(qtbot: Any,
                                                             tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    flagged = next(i for i, row in enumerate(dialog.rows) if row.review)
    assert dialog.table.currentRow() == flagged
    assert "Needs review" in dialog.evidence.toPlainText()


def test_setting_a_flagged_rows_letters_answers_its_question(qtbot: Any,
                                                             tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    flagged = [i for i, row in enumerate(dialog.rows) if row.review]
    assert len(flagged) >= 2
    first, other = flagged[0], flagged[1]
    note = dialog.rows[first].review[0]
    name = dialog.table.item(first, 1).text()
    review_column = FIXED_COLUMNS + len(dialog.codes())
    assert f"{len(flagged)} marked for review" in dialog.summary.text()
    assert f"{name}: {note}" in open_decisions(dialog.build_template())
    dialog.table.setCurrentCell(first, FIXED_COLUMNS)
    qtbot.keyClick(dialog.table, Qt.Key.Key_A)  # the reviewer decides who owns it
    assert f"{len(flagged) - 1} marked for review" in dialog.summary.text()
    assert dialog.table.item(first, review_column).icon().isNull()
    assert "Needs review" not in dialog.evidence.toPlainText()
    assert f"{name}: {note}" not in open_decisions(dialog.build_template())
    # a row the reviewer has not touched still asks
    assert not dialog.table.item(other, review_column).icon().isNull()
    assert dialog.rows[other].review
    # adding a row redraws the table: the answered row stays answered
    assert dialog.add_row("Release notes")
    assert f"{len(flagged) - 1} marked for review" in dialog.summary.text()


def test_an_unticked_row_is_no_longer_counted_for_review(qtbot: Any, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    flagged = [i for i, row in enumerate(dialog.rows) if row.review]
    assert f"{len(flagged)} marked for review" in dialog.summary.text()
    dialog.table.item(flagged[0], 0).setCheckState(Qt.CheckState.Unchecked)  # dropped
    qtbot.waitUntil(lambda: f"{len(flagged) - 1} marked for review"
                    in dialog.summary.text())
    dialog.table.item(flagged[0], 0).setCheckState(Qt.CheckState.Checked)  # taken back
    qtbot.waitUntil(lambda: f"{len(flagged)} marked for review" in dialog.summary.text())


def test_a_role_without_letters_is_marked_until_it_has_some(qtbot: Any,
                                                           tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    assert "without letters" not in dialog.summary.text()
    assert dialog.add_role("Data Steward", "DS")
    dialog.roles.commit_edit()
    j = dialog.codes().index("DS")
    name = dialog.roles.item(j, 1)
    assert not name.icon().isNull() and "No letters" in name.toolTip()
    assert dialog.summary.text().endswith(", 1 role without letters")
    dialog.table.item(0, FIXED_COLUMNS + j).setText("C")  # the steward is consulted
    qtbot.waitUntil(lambda: name.icon().isNull())
    assert "without letters" not in dialog.summary.text()
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)  # that row rejected
    qtbot.waitUntil(lambda: "1 role without letters" in dialog.summary.text())
    assert not name.icon().isNull()
    dialog.roles.item(j, 0).setCheckState(Qt.CheckState.Unchecked)  # the role dropped
    qtbot.waitUntil(lambda: "without letters" not in dialog.summary.text())


def test_opening_a_draft_marks_nothing_as_edited(qtbot: Any, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    assert not dialog.edited  # Cancel closes without asking


def test_evidence_says_in_words_what_a_passage_makes_the_role(qtbot: Any,
                                                              tmp_path: Path) -> None:
    from raci.derive.draft import Draft, DraftRow
    from raci.derive.extract import Claim
    from raci.templates import TemplateRole

    said = "The Head Gardener looks over the seed order each spring."
    draft = Draft([TemplateRole("HG", "Head Gardener")],
                  [DraftRow("Review the seed order", "Plan", {"HG": {"A", "R"}},
                            [Claim("Head Gardener", "Review the seed order", "V", False,
                                   "garden.md", "line 2", said, "")],
                            ["HG is only said to review this"])],
                  ["garden.md"], {"Head Gardener": "HG"})
    dialog = DeriveReviewDialog(draft, TemplateLibrary(builtin_templates_dir(),
                                                       tmp_path / "user"))
    qtbot.addWidget(dialog)
    shown = dialog.evidence.toPlainText()  # the flagged row is selected on opening
    assert "HG (reviews or advises) garden.md, line 2" in shown
    assert "(V)" not in shown


def test_ended_jobs_leave_the_windows_list(qtbot: Any) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QWidget

    from ui.tasks import run_with_progress, running_jobs

    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[Any] = []
    gate = threading.Event()

    def waiting(progress: Any) -> str:
        for _ in range(600):  # bounded: about a minute at most
            progress(0, 0)
            if gate.wait(0.1):
                break
        return "done"

    finished = run_with_progress(parent, "Working...", waiting, results.append,
                                 results.append, title="Working")
    failed = run_with_progress(parent, "Working...", lambda _p: 1 / 0, results.append,
                               results.append, title="Working")
    cancelled = run_with_progress(parent, "Working...", waiting, results.append,
                                  results.append, cancellable=True, title="Working")
    assert finished in running_jobs(parent) and cancelled in running_jobs(parent)
    assert cancelled.cancel is not None
    cancelled.cancel()
    gate.set()
    QThreadPool.globalInstance().waitForDone(60000)
    qtbot.waitUntil(lambda: not running_jobs(parent), timeout=5000)
    assert failed.over and finished.over
    # the cancelled one said nothing
    assert sorted(map(str, results)) == ["done", "unexpected ZeroDivisionError: division by zero"]


def test_closing_the_window_after_cancel_while_the_work_stops(qtbot: Any) -> None:
    """Cancel, then close the window before the work reaches its next step: the second
    cancel (closing cancels every job still running) finds the progress dialog gone and
    does nothing, where it raised in the window's close."""
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QWidget

    from ui.tasks import cancel_jobs, run_with_progress, running_jobs

    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[Any] = []
    gate = threading.Event()

    def waiting(progress: Any) -> str:
        gate.wait(60)  # (bounded) the work between two of its steps
        progress(0, 0)
        return "done"

    job = run_with_progress(parent, "Working...", waiting, results.append, results.append,
                            cancellable=True, title="Working")
    assert job.cancel is not None
    job.cancel()  # the user's Cancel: the dialog goes at once
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    cancel_jobs(parent)  # closing the window before the work has stopped
    gate.set()
    QThreadPool.globalInstance().waitForDone(60000)
    qtbot.waitUntil(lambda: not running_jobs(parent), timeout=5000)
    assert results == []


def test_closing_the_window_stops_a_running_draft(qtbot: Any, main_window: MainWindow,
                                                  boxes: Boxes, monkeypatch: Any) -> None:
    import ui.file_workflows as file_workflows
    from ui.tasks import running_jobs

    started = threading.Event()
    steps: list[int] = []

    def endless(_paths: list[Path], progress: Any) -> None:
        started.set()
        for step in range(600):  # bounded: about a minute, unless cancelled
            progress(0, 0)
            steps.append(step)
            threading.Event().wait(0.1)

    shown: list[Any] = []
    monkeypatch.setattr(file_workflows, "_derive", endless)
    monkeypatch.setattr(main_window.files, "review_draft", shown.append)
    main_window.files.derive_dialog([EVAL / "charter.md"])
    assert started.wait(30)
    main_window.close()  # waits for the pool: the draft must stop at its next step
    assert len(steps) < 600 and shown == [] and boxes.shown == []
    qtbot.waitUntil(lambda: not running_jobs(main_window), timeout=5000)


# --- the review table by keyboard -----------------------------------------------------------


def _key(widget: Any, key: Qt.Key, text: str = "",
         modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))


def test_the_review_reaches_rows_roles_and_evidence_by_their_alt_keys(
        qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    dialog = _dialog(qtbot, tmp_path)
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)
               if label.buddy() is not None}
    for part in (dialog.table, dialog.roles, dialog.evidence):
        assert "&" in buddies.get(part, ""), f"{part.accessibleName()} has no Alt key"
    texts = list(buddies.values()) + [b.text() for b in dialog.findChildren(QAbstractButton)]
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(keys) == len(set(keys)), keys  # no Alt key does two things


def test_space_ticks_only_the_accept_cell_under_focus(qtbot: Any, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    table = dialog.table
    row = _row(dialog, "Survey design")
    table.setCurrentCell(row, 1)  # on the name: a space neither ticks nor starts an edit
    _key(table, Qt.Key.Key_Space, " ")
    assert table.state() != table.State.EditingState
    assert table.item(row, 1).text() == "Survey design"
    assert table.item(row, 1).data(Qt.ItemDataRole.CheckStateRole) is None  # no tick box
    assert table.item(row, 0).checkState() == Qt.CheckState.Checked
    table.setCurrentCell(row, 0)
    _key(table, Qt.Key.Key_Space, " ")
    assert table.item(row, 0).checkState() == Qt.CheckState.Unchecked
    _key(table, Qt.Key.Key_Space, " ")
    assert table.item(row, 0).checkState() == Qt.CheckState.Checked


def test_letters_and_delete_on_a_role_column_as_in_the_matrix(qtbot: Any,
                                                              tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    table = dialog.table
    row = _row(dialog, "Survey design")
    column = FIXED_COLUMNS + dialog.codes().index("SPO")
    table.setCurrentCell(row, column)
    _key(table, Qt.Key.Key_C, "c")
    assert table.item(row, column).text() == "C"
    assert table.state() != table.State.EditingState  # set at once, no editor
    _key(table, Qt.Key.Key_I, "I", Qt.KeyboardModifier.ShiftModifier)
    assert table.item(row, column).text() == "C/I"
    _key(table, Qt.Key.Key_Q, "q")  # not a RACI letter: said, nothing changed
    assert table.item(row, column).text() == "C/I"
    assert "Q is not a letter of RACI" in dialog.key_hint.text()
    _key(table, Qt.Key.Key_Delete)
    assert table.item(row, column).text() == ""
    assert not dialog.key_hint.text()
    assert dialog.edited


def test_enter_edits_the_cell_and_never_saves_the_dialog(qtbot: Any, tmp_path: Path,
                                                         monkeypatch: Any) -> None:
    dialog = _dialog(qtbot, tmp_path)
    saved: list[int] = []
    monkeypatch.setattr(dialog, "save", lambda: saved.append(1))
    table = dialog.table
    row = _row(dialog, "Survey design")
    table.setCurrentCell(row, 1)
    _key(table, Qt.Key.Key_Return, "\r")
    assert table.state() == table.State.EditingState  # Enter, like F2, edits the name
    assert saved == []
    table.setCurrentCell(row, 0)
    _key(table, Qt.Key.Key_Return, "\r")
    assert saved == [] and dialog.result() == 0


def test_tab_leaves_the_tables_and_save_has_a_key(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    dialog = _dialog(qtbot, tmp_path)
    assert not dialog.table.tabKeyNavigation() and not dialog.roles.tabKeyNavigation()
    merge = next(b for b in dialog.findChildren(QPushButton) if "Merge" in b.text())
    following = dialog.table.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus or \
            dialog.table.isAncestorOf(following):
        following = following.nextInFocusChain()
    # from the activities the Tab key goes to the buttons under them, not the roles
    assert following is merge
    box = dialog.findChild(QDialogButtonBox)
    assert "Ctrl+S" in box.button(QDialogButtonBox.StandardButton.Save).toolTip()
    assert "Space" in dialog.table.toolTip() and "F2" in dialog.table.toolTip()


def test_cancel_after_edits_asks_before_dropping_them(qtbot: Any, tmp_path: Path,
                                                      boxes: Boxes) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.reject()  # nothing edited: closes without a question
    assert boxes.shown == [] and dialog.result() == 0
    dialog = _dialog(qtbot, tmp_path)
    dialog.show()
    dialog.table.item(_row(dialog, "Survey design"), 1).setText("Surveys")
    dialog.reject()
    assert [t for _k, t, _m in boxes.shown] == ["Discard the review?"]
    assert dialog.isVisible()  # Keep Reviewing is the default answer
    boxes.click = "&Discard"
    dialog.reject()
    assert not dialog.isVisible()


def test_a_role_column_is_headed_by_the_code_as_edited(qtbot: Any, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.add_role()
    i = dialog.roles.rowCount() - 1
    column = FIXED_COLUMNS + i
    assert dialog.table.horizontalHeaderItem(column).text() == "NEW"
    dialog.roles.item(i, 1).setText("Apprentice Baker")
    dialog.roles.item(i, 2).setText("AB")
    header = dialog.table.horizontalHeaderItem(column)
    assert header.text() == "AB" and "Apprentice Baker" in header.toolTip()
    assert "Data Manager" not in header.toolTip()


def test_an_added_row_is_in_view_and_no_open_decision(qtbot: Any, tmp_path: Path,
                                                      boxes: Boxes) -> None:
    from raci.derive.draft import open_decisions

    dialog = _dialog(qtbot, tmp_path)
    dialog.show()
    qtbot.waitExposed(dialog)
    flagged = dialog.summary.text()
    at = (dialog.table.currentRow(), dialog.table.currentColumn())
    assert dialog.add_role("Security Champion", "SC")
    # the cursor stays where it was, with its evidence shown
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == at
    assert dialog.evidence.toPlainText()
    assert dialog.add_row("Threat modelling")
    last = dialog.table.rowCount() - 1
    assert dialog.table.currentRow() == last
    assert dialog.table.state() == dialog.table.State.EditingState
    rect = dialog.table.visualItemRect(dialog.table.item(last, 1))
    assert dialog.table.viewport().rect().contains(rect)
    assert dialog.summary.text().split(", ")[1] == flagged.split(", ")[1]  # none more
    named = [d for d in open_decisions(dialog.build_template()) if "Threat" in d]
    assert named and all("added during review" not in d for d in named)  # it lacks an A
    dialog.table.item(last, FIXED_COLUMNS + dialog.codes().index("SC")).setText("A/R")
    assert not [d for d in open_decisions(dialog.build_template()) if "Threat" in d]
    boxes.click = "&Discard"  # closing the shown dialog asks about the edits


def test_a_name_being_typed_is_kept_when_a_button_acts(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLineEdit

    dialog = _dialog(qtbot, tmp_path)
    row = _row(dialog, "Survey design")
    dialog.table.editItem(dialog.table.item(row, 1))  # F2, then Alt+R before Enter
    editor = next(e for e in dialog.table.viewport().findChildren(QLineEdit)
                  if not e.isHidden())
    editor.setText("Customer survey design")
    assert dialog.add_row("Data retention")
    names = [dialog.table.item(i, 1).text() for i in range(dialog.table.rowCount())]
    assert "Customer survey design" in names and "Survey design" not in names
    dialog.roles.editItem(dialog.roles.item(0, 1))  # a role renamed, then Save
    editor = next(e for e in dialog.roles.viewport().findChildren(QLineEdit)
                  if not e.isHidden())
    editor.setText("Delivery Lead")
    assert dialog.build_template().roles[0].name == "Delivery Lead"


def test_a_letter_cell_is_checked_as_soon_as_it_is_edited(qtbot: Any, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    cell = dialog.table.item(1, FIXED_COLUMNS)
    cell.setText("r, a")  # as typed in the editor (F2 or a double click)
    assert cell.text() == "A/R"  # written the scheme's way at once
    assert not cell.toolTip()
    cell.setText("Q")
    assert cell.text() == "Q"  # kept, to be corrected
    assert "unknown letter Q" in cell.toolTip() and "column DM" in cell.toolTip()
    assert "Row 2, column DM" in dialog.key_hint.text()
    assert cell.foreground().color() == severity_colour("error")
    cell.setText("c")
    assert cell.text() == "C" and not cell.toolTip() and not dialog.key_hint.text()
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_dozen_roles_show_at_the_dialogs_size(qtbot: Any, tmp_path: Path) -> None:
    roles = [f"Role number {i}" for i in range(1, 15)]
    lines = ["Activity," + ",".join(roles)]
    for i in range(len(roles)):
        cells = [""] * len(roles)
        cells[i], cells[(i + 1) % len(roles)] = "A", "R"
        lines.append(f"Step {i}," + ",".join(cells))
    source = tmp_path / "table.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    dialog = DeriveReviewDialog(derive([source]), library)
    qtbot.addWidget(dialog)
    assert dialog.roles.rowCount() == 14
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.roles
    shown = table.viewport().height() / table.rowHeight(0)
    assert shown >= 12
    # the evidence keeps a fair share, and the split between them can be moved
    assert dialog.evidence.height() >= dialog.height() // 4
    assert dialog.side.count() == 2 and not dialog.side.childrenCollapsible()
    dialog.hide()


def test_a_renamed_row_keeps_the_phase_its_document_named(qtbot: Any, tmp_path: Path) -> None:
    # a letter matrix's "Stage" column names each row's phase; renaming a row in review
    # keeps it (a phase worked out from the words follows the new words)
    path = tmp_path / "launch.csv"
    path.write_text("Stage,Task,Product Manager,Engineering Lead\n"
                    "Discovery,Interview ten customers,A/R,C\n"
                    "Discovery,Write the problem statement,A/R,C\n", encoding="utf-8")
    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    dialog = DeriveReviewDialog(derive([path]), library)
    qtbot.addWidget(dialog)
    dialog.table.item(_row(dialog, "Interview ten customers"), 1).setText(
        "Research the customer market")
    template = dialog.build_template()
    phase = {a.name: a.phase for a in template.activities}
    assert phase["Research the customer market"] == "Discovery"
    assert phase["Write the problem statement"] == "Discovery"


def test_a_draft_without_a_name_is_not_saved(qtbot: Any, tmp_path: Path, boxes: Boxes) -> None:
    dialog = _dialog(qtbot, tmp_path)
    dialog.show()
    dialog.name.setText("  ")
    dialog.template_id.setText("")
    dialog.save()
    assert dialog.saved is None
    assert "has no name" in boxes.messages()
    assert dialog.focusWidget() is dialog.name


@pytest.mark.parametrize("add", ["role", "row"])
def test_the_name_typed_after_add_replaces_the_placeholder(qtbot: Any, tmp_path: Path,
                                                           boxes: Boxes, add: str) -> None:
    """Add Role (Add Row) opens the new name for editing: what the user types next is the
    name, not text after 'New role' ('New roleFinance Partner' before: marking the new role
    as one without letters reset the open editor's text, and its selection with it)."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    dialog = _dialog(qtbot, tmp_path)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setFocus()  # as after typing the template's name, or clicking the button
    assert dialog.add_role() if add == "role" else dialog.add_row()
    QApplication.processEvents()  # the marks of roles without letters follow at once
    editor = dialog.focusWidget()  # (the window is not active offscreen)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Finance Partner")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    if add == "role":
        last = dialog.roles.rowCount() - 1
        assert dialog.roles.item(last, 1).text() == "Finance Partner"
        # the stand-in code 'NEW' follows the name typed, and heads the role's column
        assert dialog.roles.item(last, 2).text() == "FP"
        assert dialog.table.horizontalHeaderItem(FIXED_COLUMNS + last).text() == "FP"
        assert "FP" in [r.code for r in dialog.build_template().roles]
    else:
        assert dialog.table.item(dialog.table.rowCount() - 1, 1).text() == "Finance Partner"


def test_a_code_typed_for_an_added_role_is_kept(qtbot: Any, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.add_role()
    last = dialog.roles.rowCount() - 1
    dialog.roles.item(last, 2).setText("FIN")
    dialog.roles.item(last, 1).setText("Finance Partner")
    assert dialog.roles.item(last, 2).text() == "FIN"
    dialog.roles.item(last, 1).setText("Data Manager")  # the initials of a role there: DM
    assert dialog.roles.item(last, 2).text() == "FIN"
    assert dialog.add_role()
    dialog.roles.item(last + 1, 1).setText("Dev Manager")  # DM is the Data Manager's
    assert dialog.roles.item(last + 1, 2).text() == "DM2"


def test_letters_that_do_not_go_together_are_warned_as_in_the_matrix(
        qtbot: Any, tmp_path: Path, boxes: Boxes) -> None:
    dialog = _dialog(qtbot, tmp_path)
    column = FIXED_COLUMNS + 1
    code = dialog.codes()[1]
    dialog.table.item(0, column).setText("i, c")
    item = dialog.table.item(0, column)
    assert item.text() == "C/I"  # kept, written the scheme's way
    warning = ("holds C/I, letters that do not go together: keep one (only A and R combine)")
    assert item.toolTip() and warning in item.toolTip()
    assert item.foreground().color() == severity_colour("warning")
    assert dialog.key_hint.text() == f"Row 1, column {code} {warning}."
    # typed as in the matrix: C, then Shift+I adds I; Shift+I again takes it away
    dialog.table.setCurrentCell(1, column)
    qtbot.keyClick(dialog.table, Qt.Key.Key_C)
    assert not dialog.table.item(1, column).toolTip()
    qtbot.keyClick(dialog.table, Qt.Key.Key_I, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.table.item(1, column).text() == "C/I"
    assert warning in dialog.table.item(1, column).toolTip()
    assert dialog.key_hint.text() == f"Row 2, column {code} {warning}."
    qtbot.keyClick(dialog.table, Qt.Key.Key_I, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.table.item(1, column).text() == "C"
    assert not dialog.table.item(1, column).toolTip() and not dialog.key_hint.text()
    # a warning, not an error: the draft still saves, with the letters as given
    dialog.template_id.setText("odd-letters")
    boxes.click = "&Save Anyway"  # (the draft's own open decisions)
    dialog.save()
    assert dialog.saved is not None
    assert not [m for _k, _t, m in boxes.shown if "C/I" in m]


def _staged(qtbot: Any, tmp_path: Path) -> DeriveReviewDialog:
    path = tmp_path / "rollout.csv"
    path.write_text("Stage,Task,Site Manager,Trainer\n"
                    "Preparation,Book the training rooms,A/R,I\n"
                    "Preparation,Print the handbooks,A,R\n"
                    "Go-live,Switch the tills over,A/R,C\n", encoding="utf-8")
    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    dialog = DeriveReviewDialog(derive([path]), library)
    qtbot.addWidget(dialog)
    return dialog


def test_the_review_shows_each_activitys_phase(qtbot: Any, tmp_path: Path) -> None:
    dialog = _staged(qtbot, tmp_path)
    header = dialog.table.horizontalHeaderItem(PHASE_COLUMN)
    assert header is not None and header.text() == "Phase"
    assert dialog.table.item(_row(dialog, "Print the handbooks"), PHASE_COLUMN).text() \
        == "Preparation"
    assert dialog.table.item(_row(dialog, "Switch the tills over"), PHASE_COLUMN).text() \
        == "Go-live"


def test_the_summary_says_how_many_phases_the_draft_creates(qtbot: Any,
                                                            tmp_path: Path) -> None:
    dialog = _staged(qtbot, tmp_path)
    assert dialog.summary.text().split(", ")[2] == "2 phases to create"
    dialog.table.item(_row(dialog, "Switch the tills over"), 0).setCheckState(
        Qt.CheckState.Unchecked)  # its phase goes with it
    qtbot.waitUntil(lambda: dialog.summary.text().split(", ")[2] == "1 phase to create")
    dialog.table.item(_row(dialog, "Print the handbooks"), PHASE_COLUMN).setText("Printing")
    qtbot.waitUntil(lambda: dialog.summary.text().split(", ")[2] == "2 phases to create")


def test_an_edited_phase_is_what_the_template_gets(qtbot: Any, tmp_path: Path) -> None:
    dialog = _staged(qtbot, tmp_path)
    dialog.table.item(_row(dialog, "Print the handbooks"), PHASE_COLUMN).setText("Printing")
    dialog.table.item(_row(dialog, "Switch the tills over"), PHASE_COLUMN).setText("")
    cell = dialog.table.item(_row(dialog, "Switch the tills over"), PHASE_COLUMN)
    assert cell.text() == NO_PHASE  # an emptied cell says so
    template = dialog.build_template()
    phase = {a.name: a.phase for a in template.activities}
    assert phase == {"Book the training rooms": "Preparation",
                     "Print the handbooks": "Printing", "Switch the tills over": ""}
    assert template.phases == ("Preparation", "Printing")
    assert dialog.summary.text().split(", ")[2] == "2 phases to create"
    assert template.activities[-1].name == "Switch the tills over"  # no phase: last


def test_a_phase_worked_out_from_the_words_follows_a_rename(qtbot: Any,
                                                             tmp_path: Path) -> None:
    dialog = _staged(qtbot, tmp_path)
    dialog.add_row("Tidy the storeroom")
    added = dialog.table.rowCount() - 1
    dialog.table.item(added, 1).setText("Research what the trainees thought")
    assert dialog.table.item(added, PHASE_COLUMN).text() == "Discovery and research"
    dialog.table.item(added, PHASE_COLUMN).setText("Follow-up")  # typed: stays
    dialog.table.item(added, 1).setText("Plan the refresher course")
    assert dialog.table.item(added, PHASE_COLUMN).text() == "Follow-up"
    phase = {a.name: a.phase for a in dialog.build_template().activities}
    assert phase["Plan the refresher course"] == "Follow-up"


def test_the_phase_column_leaves_accept_and_every_role_in_view(qtbot: Any, tmp_path: Path,
                                                               boxes: Boxes) -> None:
    # long activity names and a long phase: the Activity column gives way, wrapping
    roles = ["Site Manager", "Trainer", "Payroll Clerk", "Union Representative",
             "Floor Supervisor", "Regional Director"]
    path = tmp_path / "rollout.csv"
    lines = ["Stage,Task," + ",".join(roles)]
    for n in range(12):
        lines.append(f"Getting every branch ready for the new tills,Walk branch {n} through "
                     "the cash-up routine and write down what staff still find confusing,"
                     "A/R,C,I,I,R,I")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    dialog = DeriveReviewDialog(derive([path]), library)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    last = dialog.table.columnCount() - 1  # Needs review
    used = sum(dialog.table.columnWidth(c) for c in range(last))
    assert used < dialog.table.viewport().width()
    assert dialog.table.horizontalScrollBar().value() == 0  # Accept in view
    dialog.add_role("Cleaner")  # a column more: still in view
    used = sum(dialog.table.columnWidth(c) for c in range(dialog.table.columnCount() - 1))
    assert used < dialog.table.viewport().width()
    boxes.click = "&Discard"  # (closing after the edit)


def _phase_editor(qtbot: Any, dialog: DeriveReviewDialog, row: int) -> Any:
    """Open the Phase cell of row for editing (as F2 does); its editor."""
    from PySide6.QtWidgets import QComboBox

    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setCurrentCell(row, PHASE_COLUMN)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    combos = [w for w in dialog.table.viewport().findChildren(QComboBox) if w.isVisible()]
    assert len(combos) == 1
    return combos[0]


def test_the_phase_column_offers_the_drafts_and_the_projects_phases(
        qtbot: Any, tmp_path: Path, boxes: Boxes) -> None:
    """The Phase column was plain text to type a phase's name again: a drop-down lists
    (no phase), the draft's phases and the open project's, and takes a new name too."""
    path = tmp_path / "rollout.csv"
    path.write_text("Stage,Task,Site Manager,Trainer\n"
                    "Preparation,Book the training rooms,A/R,I\n"
                    "Go-live,Switch the tills over,A/R,C\n", encoding="utf-8")
    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    dialog = DeriveReviewDialog(derive([path]), library, None,
                                phases=["Aftercare", "go-live", "Preparation"])
    qtbot.addWidget(dialog)
    booking = _row(dialog, "Book the training rooms")
    combo = _phase_editor(qtbot, dialog, booking)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        NO_PHASE, "Preparation", "Go-live", "Aftercare"]
    assert combo.currentText() == "Preparation"
    # (the column is as narrow as its names: the drop-down widens to show them whole)
    assert combo.lineEdit().width() >= combo.fontMetrics().horizontalAdvance("Preparation")
    combo.setCurrentIndex(3)  # the project's phase
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.item(booking, PHASE_COLUMN).text() == "Aftercare")
    tills = _row(dialog, "Switch the tills over")
    combo = _phase_editor(qtbot, dialog, tills)
    qtbot.keyClicks(combo.lineEdit(), "Handover")  # a new one, typed over the old
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.item(tills, PHASE_COLUMN).text() == "Handover")
    combo = _phase_editor(qtbot, dialog, tills)
    assert "Handover" in [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(0)
    dialog.table.commit_edit()  # (as Ctrl+S does with the editor open)
    assert dialog.table.item(tills, PHASE_COLUMN).text() == NO_PHASE
    phase = {a.name: a.phase for a in dialog.build_template().activities}
    assert phase == {"Book the training rooms": "Aftercare", "Switch the tills over": ""}


def test_a_draft_reviewed_with_a_project_open_offers_its_phases(
        qtbot: Any, main_window: MainWindow, boxes: Boxes, monkeypatch: Any) -> None:
    seen: list[tuple[str, ...]] = []

    def shown(dialog: DeriveReviewDialog) -> int:
        seen.append(dialog.project_phases)
        return 0

    monkeypatch.setattr(DeriveReviewDialog, "exec", shown)
    main_window.files.review_draft(derive([EVAL / "charter.md"]))
    assert main_window.service is not None
    assert seen == [tuple(p.name for p in main_window.service.state().phases)] and seen[0]
