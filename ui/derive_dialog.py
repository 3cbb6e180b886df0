"""Review a template derived from documents: accept, reject, edit, add or merge rows and
roles, then save."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from raci.derive.draft import Draft, DraftRow, merge_rows, open_decisions, phase_for
from raci.errors import LetterError, RaciError
from raci.schemes import SCHEMES
from raci.templates import Template, TemplateLibrary, TemplateRole, slugify
from raci.wording import agree, counted
from ui.dialogs import show_error
from ui.palette import icon
from ui.plain import plain_tip, sentence

FIXED_COLUMNS = 2  # Accept, Activity
EVIDENCE_HINT = "Select a row to see where its letters come from."
# what each passage says of its role, in the evidence pane
KIND_WORDS = {"R": "does it", "A": "accountable", "C": "consulted", "I": "informed",
              "V": "reviews or advises", "S": "supports", "?": "no role named"}


def default_name(documents: list[str]) -> str:
    """A short template name from the documents: the first one's name, and how many more
    ("Team charter and 2 more"); the full list goes in the description."""
    if not documents:
        return "Derived template"
    stem = documents[0].rsplit(".", 1)[0].replace("_", " ").replace("-", " ").strip()
    stem = " ".join(stem.split()) or documents[0]
    stem = stem[:1].upper() + stem[1:]
    return stem if len(documents) == 1 else f"{stem} and {len(documents) - 1} more"


class DeriveReviewDialog(QDialog):
    """The review step between a derived draft and a saved template."""

    def __init__(self, draft: Draft, library: TemplateLibrary,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Review the derived template")
        self.setWindowIcon(icon("template"))
        self.draft = draft
        self.scheme = SCHEMES[draft.scheme]  # RASCI when the documents' tables use S
        self.library = library
        self.rows: list[DraftRow] = list(draft.rows)
        self.role_list: list[TemplateRole] = list(draft.roles)
        self.saved: Template | None = None
        first = draft.documents[0].rsplit(".", 1)[0] if draft.documents else "derived"
        self.name = QLineEdit(default_name(draft.documents), self)
        self.name.setAccessibleName("Template name")
        self.template_id = QLineEdit(slugify(first), self)
        self.template_id.setAccessibleName("Template id")
        self.roles = QTableWidget(len(draft.roles), 3, self)
        self.roles.setAccessibleName("Derived roles")
        self.roles.setHorizontalHeaderLabels(["Keep", "Role name", "Code"])
        self.roles.setToolTip("Untick a role to drop it; give two roles the same code to "
                              "merge them")
        for i, role in enumerate(draft.roles):
            keep = QTableWidgetItem()
            keep.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            keep.setCheckState(Qt.CheckState.Checked)
            self.roles.setItem(i, 0, keep)
            self.roles.setItem(i, 1, QTableWidgetItem(role.name))
            self.roles.setItem(i, 2, QTableWidgetItem(role.code))
        self.roles.resizeColumnToContents(0)
        self.roles.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.roles.resizeColumnToContents(2)
        self.table = QTableWidget(self)
        self.table.setAccessibleName("Derived activities")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._show_evidence)
        self.evidence = QTextBrowser(self)
        self.evidence.setAccessibleName("Evidence for the selected row")
        self.evidence.setPlaceholderText(EVIDENCE_HINT)
        self.summary = QLabel(self)
        merge = QPushButton("&Merge Selected Rows", self)
        merge.setToolTip("Combine the selected rows into one activity (letters united, "
                         "one owner kept)")
        merge.clicked.connect(self.merge_selected)
        add_row = QPushButton("Add &Row", self)
        add_row.setToolTip("Add an activity the documents did not yield; name it and give "
                           "it letters in the table")
        add_row.clicked.connect(lambda: self.add_row())
        add_role = QPushButton("Add R&ole", self)
        add_role.setToolTip("Add a role the documents did not yield; rename it and set its "
                            "code in the roles table")
        add_role.clicked.connect(lambda: self.add_role())
        self.skipped = QLabel(self)
        self.skipped.setWordWrap(True)
        if draft.skipped:
            self.skipped.setText("Contributed nothing: " + "; ".join(
                f"{name} ({reason})" for name, reason in draft.skipped.items()))
        else:
            self.skipped.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Template &name:", self.name)
        form.addRow("Template &id:", self.template_id)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("Activities: untick to reject, double-click to edit "
                                     "names and letters.", self))
        left_layout.addWidget(self.table, 1)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(merge)
        row_buttons.addWidget(add_row)
        row_buttons.addWidget(add_role)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.summary)
        left_layout.addLayout(row_buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel("Roles", self))
        right_layout.addWidget(self.roles, 1)
        right_layout.addWidget(QLabel("Evidence", self))
        right_layout.addWidget(self.evidence, 2)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.skipped)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self._fill()
        self.resize(1200, 720)
        # open on what needs a decision: the first row marked for review, with its evidence
        opening = next((i for i, r in enumerate(self.rows) if r.review),
                       0 if self.rows else None)
        if opening is not None:
            self.table.setCurrentCell(opening, 1)

    def showEvent(self, event: QShowEvent) -> None:
        """Override QDialog.showEvent: the current row in the middle once the size is known."""
        super().showEvent(event)
        current = self.table.currentItem()
        if current is not None:
            self.table.scrollToItem(current, QAbstractItemView.ScrollHint.PositionAtCenter)

    # --- table <-> rows ---------------------------------------------------------------

    def codes(self) -> list[str]:
        """The draft's role codes, one letter column each."""
        return [r.code for r in self.role_list]

    def _refill(self, rows: list[DraftRow]) -> None:
        """Show rows again, keeping which ones are ticked."""
        keep = self.accepted_rows()
        self.rows = rows
        self._fill()
        for i, ticked in enumerate(keep):
            if not ticked:
                _item(self.table, i, 0).setCheckState(Qt.CheckState.Unchecked)

    def add_row(self, name: str = "New activity") -> bool:
        """Append an activity the documents missed, marked as added during review."""
        try:
            rows = self._sync()
        except RaciError as exc:
            show_error(self, "Cannot add a row", str(exc))
            return False
        rows.append(DraftRow(name, phase_for(name), {}, [], ["added during review"]))
        self._refill(rows)
        self.table.selectRow(len(self.rows) - 1)
        self.table.editItem(_item(self.table, len(self.rows) - 1, 1))
        return True

    def add_role(self, name: str = "New role", code: str = "") -> bool:
        """Append a role the documents missed: a roles-table row and a letter column."""
        try:
            rows = self._sync()
        except RaciError as exc:
            show_error(self, "Cannot add a role", str(exc))
            return False
        taken = {c.casefold() for c in self.codes()}
        code = code or "NEW"
        base, n = code, 2
        while code.casefold() in taken:
            code, n = f"{base}{n}", n + 1
        self.role_list.append(TemplateRole(code, name, "Added during review"))
        i = self.roles.rowCount()
        self.roles.setRowCount(i + 1)
        keep = QTableWidgetItem()
        keep.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        keep.setCheckState(Qt.CheckState.Checked)
        self.roles.setItem(i, 0, keep)
        self.roles.setItem(i, 1, QTableWidgetItem(name))
        self.roles.setItem(i, 2, QTableWidgetItem(code))
        self._refill(rows)
        self.roles.setCurrentCell(i, 1)
        self.roles.scrollToItem(_item(self.roles, i, 1))
        self.roles.editItem(_item(self.roles, i, 1))
        return True

    def _fill(self) -> None:
        codes = self.codes()
        self.table.clear()
        self.table.setColumnCount(FIXED_COLUMNS + len(codes) + 1)
        self.table.setHorizontalHeaderLabels(["Accept", "Activity", *codes, "Needs review"])
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            accept = QTableWidgetItem()
            accept.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                            | Qt.ItemFlag.ItemIsSelectable)
            accept.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(i, 0, accept)
            self.table.setItem(i, 1, QTableWidgetItem(row.name))
            for j, code in enumerate(codes):
                item = QTableWidgetItem(self.scheme.format(row.letters.get(code, set())))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(i, FIXED_COLUMNS + j, item)
            review = QTableWidgetItem("; ".join(row.review))
            review.setToolTip(plain_tip("\n".join(row.review)))
            review.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if row.review:
                review.setIcon(icon("warning"))
            self.table.setItem(i, FIXED_COLUMNS + len(codes), review)
        self._fit_columns()
        flagged = sum(1 for r in self.rows if r.review)
        self.summary.setText(f"{counted(len(self.rows), 'row')}, {flagged} marked for review")

    def _fit_columns(self) -> None:
        """Narrow tick and letter columns, so every role's column shows without scrolling."""
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, min(max(self.table.sizeHintForColumn(1), 160), 420))
        for j in range(len(self.codes())):
            self.table.resizeColumnToContents(FIXED_COLUMNS + j)
        self.table.horizontalHeader().setStretchLastSection(True)

    def _sync(self) -> list[DraftRow]:
        """Rows as edited in the table (names and letters), checked for bad letters."""
        codes = self.codes()
        out = []
        for i, row in enumerate(self.rows):
            name = _item(self.table, i, 1).text().strip() or row.name
            letters: dict[str, set[str]] = {}
            for j, code in enumerate(codes):
                text = _item(self.table, i, FIXED_COLUMNS + j).text()
                try:
                    parsed = self.scheme.parse(text)
                except LetterError as exc:
                    self.table.setCurrentCell(i, FIXED_COLUMNS + j)  # shown, to correct
                    raise RaciError(f"row {i + 1} ('{name}'), column {code}: {exc}") from exc
                if parsed:
                    letters[code] = set(parsed)
            out.append(replace(row, name=name, phase=phase_for(name) if name != row.name
                               else row.phase, letters=letters))
        return out

    def accepted_rows(self) -> list[bool]:
        """Whether each row is ticked."""
        return [_item(self.table, i, 0).checkState() == Qt.CheckState.Checked
                for i in range(self.table.rowCount())]

    def _show_evidence(self) -> None:
        selected = sorted({i.row() for i in self.table.selectedIndexes()})
        if not selected:
            self.evidence.clear()
            return
        row = self.rows[selected[0]]
        parts = [f"<h3>{_escape(row.name)}</h3>"]
        for note in row.review:
            parts.append(f"<p><b>Needs review:</b> {_escape(note)}</p>")
        shown: set[tuple[str, ...]] = set()
        for claim in row.claims:
            code = self.draft.role_keys.get(claim.role, claim.role)
            key = (code, claim.kind, claim.document, claim.location, claim.text)
            if key in shown:  # two readings of one passage: quoted once
                continue
            shown.add(key)
            said = KIND_WORDS.get(claim.kind, claim.kind)
            parts.append(
                f"<p><b>{code}</b> ({said}{', owner cue' if claim.owner_cue else ''}) "
                f"<i>{_escape(claim.document)}, {_escape(claim.location)}</i><br>"
                f"{_escape(claim.text)}</p>")
        self.evidence.setHtml("".join(parts))

    def merge_selected(self) -> bool:
        """Merge the selected rows into the first of them."""
        try:
            self.rows = self._sync()
        except RaciError as exc:
            show_error(self, "Cannot merge", str(exc))
            return False
        keep = self.accepted_rows()
        selected = sorted({i.row() for i in self.table.selectedIndexes()})
        if len(selected) < 2:
            show_error(self, "Cannot merge", "Select two or more rows to merge.")
            return False
        merged = merge_rows([self.rows[i] for i in selected])
        rest = [(r, k) for i, (r, k) in enumerate(zip(self.rows, keep, strict=True))
                if i not in selected[1:]]
        self.rows = [merged if r is self.rows[selected[0]] else r for r, _k in rest]
        self._fill()
        for i, (_r, k) in enumerate(rest):
            if not k:
                _item(self.table, i, 0).setCheckState(Qt.CheckState.Unchecked)
        self.table.selectRow(selected[0])
        return True

    # --- building and saving ----------------------------------------------------------

    def build_template(self) -> Template:
        """The template as reviewed: kept roles (merged by code) and accepted rows."""
        rows = [r for r, keep in zip(self._sync(), self.accepted_rows(), strict=True) if keep]
        if not rows:
            raise RaciError("no activity is accepted; tick at least one row")
        roles: list[TemplateRole] = []
        code_map: dict[str, str | None] = {}
        for i, role in enumerate(self.role_list):
            keep = _item(self.roles, i, 0).checkState() == Qt.CheckState.Checked
            name = _item(self.roles, i, 1).text().strip() or role.name
            code = _item(self.roles, i, 2).text().strip() or role.code
            if not keep:
                code_map[role.code] = None
                continue
            code_map[role.code] = code
            if all(r.code.casefold() != code.casefold() for r in roles):
                roles.append(TemplateRole(code, name, role.description))
        merged_rows = []
        for row in rows:
            letters: dict[str, set[str]] = {}
            for code, values in row.letters.items():
                target = code_map.get(code, code)
                if target is not None:
                    letters.setdefault(target, set()).update(values)
            for values in letters.values():
                if values & {"A", "R"}:
                    values -= {"C", "I"}  # doing or owning covers being consulted or informed
            owners = [c for c, v in letters.items() if "A" in v]
            for extra in owners[1:]:
                letters[extra].discard("A")
            merged_rows.append(replace(row, letters={c: v for c, v in letters.items() if v}))
        draft = Draft(roles, merged_rows, self.draft.documents,
                      {k: code_map.get(v) or v for k, v in self.draft.role_keys.items()})
        template_id = slugify(self.template_id.text() or self.name.text())
        return draft.to_template(template_id, self.name.text().strip() or template_id,
                                 f"Derived from {', '.join(self.draft.documents)} and reviewed")

    def save(self) -> None:
        """Save to the user's template folder (asking first if decisions are still open)."""
        try:
            template = self.build_template()
            decisions = open_decisions(template)
        except RaciError as exc:
            show_error(self, "Cannot save the template", str(exc))
            return
        if decisions:
            listed = "\n".join(decisions[:15]) + ("\n..." if len(decisions) > 15 else "")
            if not self._save_anyway(
                f"{counted(len(decisions), 'decision')} {agree(len(decisions), 'is')} still "
                f"open:\n\n{listed}\n\n"
                "Save the template anyway? (They are kept as review notes in the file.)"):
                return
        try:
            path = self.library.save_user_template(template)
        except RaciError as exc:
            show_error(self, "Cannot save the template", str(exc))
            return
        self.saved = template
        self.saved_path = path
        self.accept()


    def _save_anyway(self, text: str) -> bool:
        """Ask whether to save with decisions open: Save Anyway, or Keep Reviewing (the
        default, and Esc)."""
        box = QMessageBox(QMessageBox.Icon.Question, "Decisions still open", sentence(text),
                          QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        save = box.addButton("&Save Anyway", QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton("&Keep Reviewing", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is save


def _item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None, f"no item at {row}, {column}"
    return item


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
