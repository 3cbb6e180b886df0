"""Review an Excel import before anything is written: what the reader found, what it
skipped and why, and controls to correct its guesses and read again."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from raci.errors import RaciError
from raci.excel.plan import ImportPlan, ReadOptions
from raci.wording import counted, role_label
from ui.dialogs import show_error
from ui.import_preview import LEGEND, ImportPreviewModel, preview_view, size_columns
from ui.mnemonics import KeyedDialog
from ui.screen import fit_to_screen
from ui.tasks import run_with_progress

BEST_SHEET = "Best sheet found"
HEADINGS = {"Guess from the headings": None, "Roles": False, "People": True}
PHASE_GUESS, PHASE_NONE = "Guess", "No phase column"
COLUMN = re.compile(r"[A-Z]{1,3}")
ROW = re.compile(r"[1-9][0-9]{0,6}")
MAX_ROW = 1_048_576
ALL_SHEETS = "&Every sheet with these roles, each sheet a phase"
CONTROLS = {"--sheet": "Sheet", "--all-sheets": ALL_SHEETS.replace("&", ""),
            "--no-people": "Headings are: Roles",
            "--people-columns": "People columns", "--people": "Headings are: People",
            "--header-row": "Header row", "--phase-column": "Phase column"}
"""The reader's command-line hints, and the control doing the same here."""
HINT = re.compile(r"\buse (--[a-z-]+)")
NAMES_LISTED = 12
"""How many roles, people or phases the review names before saying how many more."""
SKIPPED_HEADING = "S&kipped (on the sheet, left out of the project):"
NOTES_HEADING = ("&Notes (how the sheet was read: guesses, and the title, headings and "
                 "legend around the grid):")
PENDING = ("Corrections not read yet: Re-read (Enter) shows the sheet read with them; "
           "Import reads them first too.")
"""Said under the corrections while what they ask differs from the reading shown."""
SKIPPED_ROWS = 6
"""The skipped list's height in lines at most (it scrolls beyond); the notes take the rest."""


@dataclass
class Reading:
    """One reading of a workbook: the plan, and the workbook's sheets."""

    plan: ImportPlan
    sheets: list[str]


def read_for_review(source: Path, sheet: str | None, options: ReadOptions,
                    sheets: list[str] | None = None) -> Reading:
    """Read a workbook for the review (on a worker thread); sheets: already known ones."""
    from raci.excel import importer  # openpyxl loads on first use

    plan = importer.read_workbook(source, sheet, options=options)
    return Reading(plan, sheets if sheets is not None else importer.sheet_names(source))


def counts(plan: ImportPlan) -> str:
    """The plan's size in one line."""
    phases = {a.phase for a in plan.activities if a.phase}
    cells = sum(1 for a in plan.activities for letters in a.cells.values() if letters)
    return ", ".join([counted(len(plan.roles), "role"), counted(len(plan.people_names()), "person"),
                      counted(len(plan.activities), "activity"), counted(len(phases), "phase"),
                      counted(cells, "cell")])


def named(label: str, names: list[str], limit: int = NAMES_LISTED) -> str:
    """'Roles: A, B and 3 more', or '' when there are none."""
    if not names:
        return ""
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return f"{label}: {', '.join(names[:limit])}{more}"


def found_names(plan: ImportPlan) -> str:
    """What the counts count, by name: roles (with their codes where the sheet gives
    them), people and phases, one line each, so that a heading read as the wrong kind
    shows before anything is written."""
    phases = list(dict.fromkeys(a.phase for a in plan.activities if a.phase))
    roles = [role_label(r.name, r.code) for r in plan.roles]
    lines = [named("Roles", roles),
             named("People", plan.people_names()), named("Phases", phases)]
    return "\n".join(line for line in lines if line)


def for_the_dialog(note: str) -> str:
    """A reader's note with its command-line hints naming this dialog's controls instead."""
    return HINT.sub(lambda m: f"set '{CONTROLS[m.group(1)]}' below"
                    if m.group(1) in CONTROLS else m.group(0), note)


def _label(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


def _fill(shown: QListWidget, lines: list[str], heading: QLabel, keyed: str) -> None:
    """The list's lines under its heading (keyed: the heading with its Alt key, which
    goes to the list); with none, the list is hidden and its heading says ': none', with
    no Alt key (a key to an empty list did nothing)."""
    shown.clear()
    shown.addItems(lines)
    shown.setVisible(bool(lines))
    heading.setBuddy(shown if lines else None)  # type: ignore[arg-type]
    heading.setText(keyed if lines else keyed.replace("&", "").removesuffix(":") + ": none")


class HeaderRowBox(QSpinBox):
    """The header row: 'As found (row 9)' until changed; the arrow keys start from the row
    found, so Up tries the row below it (row 10), not row 1."""

    found = 0

    def show_found(self, found: int, where: str) -> None:
        """Name the row (or column) the reading used."""
        self.found = found
        self.setSpecialValueText(f"As found ({where})")

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        """Override QAbstractSpinBox.stepEnabled: from 'As found', down is a row too."""
        if self.value() == self.minimum() and self.found > 1:
            return (QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
                    | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled)
        return super().stepEnabled()

    def stepBy(self, steps: int) -> None:
        """Override QAbstractSpinBox.stepBy."""
        if self.value() == self.minimum() and self.found:
            self.setValue(self.found)
        super().stepBy(steps)


class ImportDialog(KeyedDialog):
    """The review step between choosing a workbook and creating the project."""

    def __init__(self, source: Path, reading: Reading, parent: QWidget | None = None,
                 reader: Callable[..., Reading] = read_for_review) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import {source.name}")
        self.source = source
        self.reader = reader
        self.reading = reading
        self.sheet_label = _label("", self, "Sheet read")
        self.counts_label = _label("", self, "What was found")
        self.names_label = _label("", self, "Roles, people and phases found")
        self.skipped = QListWidget(self)
        self.skipped.setAccessibleName("Skipped ranges and why")
        self.notes = QListWidget(self)
        self.notes.setAccessibleName("Notes on what was guessed")
        self.preview_model = ImportPreviewModel(reading.plan, self)
        self.preview = preview_view(self, self.preview_model)
        for shown in (self.skipped, self.notes):  # long lines wrap, read without scrolling
            shown.setWordWrap(True)
            shown.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.sheet = QComboBox(self)
        self.sheet.setAccessibleName("Sheet to read")
        self.sheet.addItems([BEST_SHEET, *reading.sheets])
        # one sheet: its name as text, with no Alt key to a box that could not change
        only = reading.sheets[0] if reading.sheets else reading.plan.sheet
        self.sheet_name = _label(only, self, f"Sheet: {only}")  # (read with its name)
        self.all_sheets = QCheckBox(ALL_SHEETS, self)
        self.all_sheets.setAccessibleName("Import every sheet with the same roles, each "
                                          "sheet's activities under a phase named after it")
        self.headings = QComboBox(self)
        self.headings.setAccessibleName("Headings across the top are")
        self.headings.addItems(list(HEADINGS))
        self.header_row = HeaderRowBox(self)
        self.header_row.setAccessibleName("Header row")
        self.header_row.setRange(0, MAX_ROW)
        self.header_row.setSpecialValueText("As found")
        self.phase_column = QComboBox(self)
        self.phase_column.setAccessibleName("Phase column")
        self.phase_column.setEditable(True)
        # a letter typed and Enter re-reads; it is not added to the list
        self.phase_column.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.phase_column.addItems([PHASE_GUESS, PHASE_NONE, *(chr(c) for c in range(65, 91))])
        self.people_columns = QLineEdit(self)
        self.people_columns.setAccessibleName("Columns whose headings name people")
        self.people_columns.setPlaceholderText(
            "column letters, e.g. F, G (row numbers when the roles run down the side)")
        self.reread_button = QPushButton("&Re-read", self)
        self.reread_button.setAccessibleName("Re-read the workbook with these corrections")
        self.reread_button.clicked.connect(self.reread)
        self.reread_button.setAutoDefault(False)
        self.pending_label = _label(PENDING, self, "Corrections not read yet")
        self.pending_label.setVisible(False)
        self.shown_as: tuple[str | None, ReadOptions] = (None, ReadOptions())
        """The sheet and corrections the reading shown was read with."""

        form = QFormLayout()
        # Alt+letter reaches each correction, as in the other forms.
        if len(reading.sheets) > 1:
            form.addRow("&Sheet:", self.sheet)
            form.addRow("", self.all_sheets)
            self.sheet_name.setVisible(False)
        else:
            form.addRow(_label("Sheet:", self, "Sheet, the workbook's only one"),
                        self.sheet_name)
            self.sheet.setVisible(False)
            self.all_sheets.setVisible(False)
        form.addRow("&Headings are:", self.headings)
        form.addRow("Header r&ow:", self.header_row)
        form.addRow("&Phase column:", self.phase_column)
        form.addRow("Peop&le columns:", self.people_columns)
        form.addRow("", self.reread_button)
        form.addRow("", self.pending_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Import")
        ok.setAccessibleName("Import: create the project")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel: write nothing")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.import_button = ok
        for signal in (self.sheet.currentTextChanged, self.all_sheets.toggled,
                       self.headings.currentTextChanged,
                       self.header_row.valueChanged, self.phase_column.currentTextChanged,
                       self.people_columns.textChanged):
            signal.connect(self.update_pending)

        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.names_label)
        # each part read has a heading whose Alt key goes to it
        parts: list[tuple[str, str, QWidget, int]] = [
            (LEGEND, "Grid heading", self.preview, 2),
            (SKIPPED_HEADING, "Skipped heading", self.skipped, 0),
            (NOTES_HEADING, "Notes heading", self.notes, 1)]
        self.headings_of: dict[QListWidget, tuple[QLabel, str]] = {}
        for heading, name, part, stretch in parts:
            label = _label(heading, self, name)
            label.setBuddy(part)
            layout.addWidget(label)
            layout.addWidget(part, stretch)
            if isinstance(part, QListWidget):
                self.headings_of[part] = (label, heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        # Tab goes as the eye does, top to bottom: the grid, the lists, the corrections and
        # the buttons (the lists and the grid were made first, and Tab went to them after
        # the sheet's lines above, then up to the grid, then down again)
        chain = [self.preview, self.skipped, self.notes, self.sheet, self.all_sheets,
                 self.headings, self.header_row, self.phase_column, self.people_columns,
                 self.reread_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        fit_to_screen(self, 900, 780)
        self.show_reading(reading)

    @property
    def plan(self) -> ImportPlan:
        """The plan the Import button writes."""
        return self.reading.plan

    def show_reading(self, reading: Reading) -> None:
        """Show what a reading found."""
        self.reading = reading
        plan = reading.plan
        read = plan.sheets_read()
        self.sheet_label.setText(f"{read[:1].upper()}{read[1:]}, {plan.header()}, "
                                 f"scheme {plan.scheme}")
        self.counts_label.setText(counts(plan))
        self.names_label.setText(found_names(plan))
        self.names_label.setVisible(bool(self.names_label.text()))
        self.preview_model.set_plan(plan)
        size_columns(self.preview)
        # (turned on its side, the header row asked for is another line: no row to start at)
        self.header_row.show_found(0 if plan.transposed else plan.header_row,
                                   plan.header().removeprefix("header "))
        _fill(self.skipped, plan.skipped, *self.headings_of[self.skipped])
        # as tall as its lines (a sheet mostly skips little), so the notes get the room
        lines = min(self.skipped.count(), SKIPPED_ROWS)
        self.skipped.doItemsLayout()
        self.skipped.setFixedHeight(sum(self.skipped.sizeHintForRow(i) for i in range(lines))
                                    + 2 * self.skipped.frameWidth() + 2)
        notes = [for_the_dialog(n) for n in plan.notes] + [
            line.strip() for line in plan.unread_lines()]
        _fill(self.notes, notes, *self.headings_of[self.notes])
        self.offer_all_sheets()

    def all_sheets_mean_something(self) -> bool:
        """Whether 'Every sheet with these roles' changes the reading: the best sheet read
        (a sheet picked is read alone), and other sheets with its roles (the reading names
        them, or was read with them)."""
        if self.chosen_sheet() is not None:
            return False
        return self.shown_as[1].all_sheets or any(
            "--all-sheets" in note for note in self.reading.plan.notes)

    def offer_all_sheets(self) -> None:
        """The box is on only where it means something (it was on for every workbook of
        several sheets, where ticking it read the same again), and says why when off."""
        on = self.all_sheets_mean_something()
        self.all_sheets.setEnabled(on)
        self.all_sheets.setToolTip("" if on else (
            "Reads the sheet picked above alone: pick 'Best sheet found' to read every "
            "sheet with its roles" if self.chosen_sheet() is not None else
            "No other sheet of this workbook has these roles over letters of its own"))

    def chosen(self) -> tuple[str | None, ReadOptions] | None:
        """The sheet and corrections the controls ask for (None: one is unusable)."""
        try:
            return self.chosen_sheet(), self.options()
        except RaciError:
            return None

    def pending(self) -> bool:
        """Whether the controls ask for something the reading shown was not read with."""
        return self.chosen() != self.shown_as

    def update_pending(self) -> None:
        """Say when the corrections are not read yet, and let Enter re-read them (not
        import the reading above as if they had been applied)."""
        self.offer_all_sheets()
        pending = self.pending()
        self.pending_label.setVisible(pending)
        self.import_button.setDefault(not pending)
        self.reread_button.setDefault(pending)

    def accept(self) -> None:
        """Override QDialog.accept: Import creates what is shown, so corrections changed
        since the last reading are read first, and shown before Import is pressed again."""
        if self.pending():
            self.reread()
            return
        super().accept()

    def options(self) -> ReadOptions:
        """The corrections chosen; RaciError names a control holding something unusable."""
        phase = self.phase_column.currentText().strip()
        column: str | None
        if phase == PHASE_GUESS or not phase:
            column = None
        elif phase == PHASE_NONE:
            column = ""
        elif COLUMN.fullmatch(phase.upper()):
            column = phase.upper()
        else:
            raise RaciError(f"phase column {phase!r}: give a column letter such as C, "
                            f"or '{PHASE_GUESS}', or '{PHASE_NONE}'")
        people: list[str] = []
        for part in self.people_columns.text().split(","):
            part = part.strip().upper()
            if part and not (COLUMN.fullmatch(part) or ROW.fullmatch(part)):
                raise RaciError(f"people columns: {part!r} is not a column letter; "
                                "give letters separated by commas, such as F, G (or row "
                                "numbers, when the roles run down the side)")
            if part:
                people.append(part)
        return ReadOptions(HEADINGS[self.headings.currentText()],
                           self.header_row.value() or None, column, tuple(people),
                           all_sheets=self.all_sheets.isChecked()
                           and self.all_sheets_mean_something())

    def chosen_sheet(self) -> str | None:
        """The sheet picked, or None for the best one."""
        text = self.sheet.currentText()
        return None if text == BEST_SHEET else text

    def reread(self) -> None:
        """Read the workbook again with the corrections, on a worker thread."""
        try:
            options = self.options()
        except RaciError as exc:
            show_error(self, "Cannot read the workbook", str(exc))
            return
        self.reread_button.setEnabled(False)
        sheet, sheets = self.chosen_sheet(), self.reading.sheets

        def done(reading: Any) -> None:
            self.reread_button.setEnabled(True)
            self.shown_as = (sheet, options)
            self.show_reading(reading)
            self.update_pending()

        def failed(text: str) -> None:
            self.reread_button.setEnabled(True)
            show_error(self, f"Cannot read {self.source.name}", text)

        run_with_progress(self, f"Reading {self.source.name} again…",
                          lambda _progress: self.reader(self.source, sheet, options, sheets),
                          done, failed, title="Re-reading the sheet")
