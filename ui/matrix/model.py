"""The matrix as a Qt table model: phase heading rows and activity rows by role columns.

The model adapts the project service. Edits go through undo commands; the
service then tells the model what changed, and the model emits ``dataChanged``
for exactly the changed cells (structural changes reset the model).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QUndoStack

from raci.checks import Finding, IncrementalChecker, Severity
from raci.errors import ConflictError, RaciError
from raci.operations import CellValue
from raci.service import Change, ProjectService
from raci.state import ProjectState
from raci.templates import Provenance, builtin_source_titles
from ui.commands import push_operation
from ui.palette import cell_colour, icon
from ui.plain import plain_tip
from ui.service_model import detached

Index = QModelIndex | QPersistentModelIndex
NOTE_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # True for a cell with a note
FULL_NAME_WIDTH = 16  # characters per line of a full role name in the header
BLACK = QColor("#1a1a1a")
ALIGN_CENTER = int(Qt.AlignmentFlag.AlignCenter)

# Roles and flags as plain values: data() runs for every visible cell on every paint.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
EDIT = int(Qt.ItemDataRole.EditRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
FONT = int(Qt.ItemDataRole.FontRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
LOOK_ROLES = frozenset({DISPLAY, EDIT, BACKGROUND, FOREGROUND, ALIGNMENT})
NO_FLAGS = Qt.ItemFlag.NoItemFlags
HEADING_FLAGS = Qt.ItemFlag.ItemIsEnabled
READ_ONLY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
CELL_FLAGS = READ_ONLY_FLAGS | Qt.ItemFlag.ItemIsEditable
EMPTY: frozenset[str] = frozenset()
SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
HEADING_BRUSH = QBrush(QColor(128, 128, 128, 40))


STEP_NAME_CHARS = 28  # an activity or role name in an undo step's text, at most


def short_name(name: str, limit: int = STEP_NAME_CHARS) -> str:
    """A name cut to limit characters, ending in an ellipsis when cut."""
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "\u2026"


def cell_step_text(text: str, state: ProjectState, act_id: int, role_id: int,
                   letters: frozenset[str]) -> str:
    """The undo step's text for an edit of one cell, naming its role and activity:
    "Set R for Release Manager on Plan the release", "Remove I from QA on Test",
    "Clear QA on Test". text is what the step is called for many cells: a letter key's
    "Set R" or Shift+letter's "Add I"/"Remove I" keep their verb; an edit in the cell
    or a paste says the letters it leaves."""
    where = f"{short_name(state.role(role_id).name)} on " \
            f"{short_name(state.activity(act_id).name)}"
    if text.startswith(("Set ", "Add ")):
        return f"{text} for {where}"
    if text.startswith("Remove "):
        return f"{text} from {where}"
    if not letters:
        return f"Clear {where}"
    return f"Set {state.scheme.format(letters)} for {where}"


STYLE_ROLES = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
               Qt.ItemDataRole.TextAlignmentRole)


def cell_style(letters: frozenset[str], role: int) -> Any:
    """Background, text colour and alignment of a letter cell (the Excel palette)."""
    if role == Qt.ItemDataRole.BackgroundRole:
        colour = cell_colour(letters)
        return QBrush(colour) if colour else None
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(BLACK) if letters else None
    return int(Qt.AlignmentFlag.AlignCenter)


@dataclass(frozen=True)
class Row:
    """A row of the view: a phase heading (activity_id None) or an activity.

    Phases are keyed by id (None for the activities without a phase); ``phase``
    is only the text shown on a heading.
    """

    activity_id: int | None
    phase_id: int | None
    phase: str = ""


NO_PHASE = "No phase"


def phase_rows(state: ProjectState) -> list[Row]:
    """The rows of a matrix view: a heading before each phase's activities.

    A phase with no activities yet (one just added) has its heading too, in its place
    among the phases, so that it can be seen, chosen, renamed, and filled with Add Activity.
    """
    rows: list[Row] = []
    phase: int | None | bool = False
    for act in state.activities:
        if act.phase_id != phase:
            phase = act.phase_id
            rows.append(Row(None, act.phase_id, act.phase or NO_PHASE))
        rows.append(Row(act.id, act.phase_id, act.phase))
    used = {act.phase_id for act in state.activities}
    order = state.phase_index
    for empty in (p for p in state.phases if p.id not in used):
        # before the heading of the first later phase, or of the activities without one
        at = next((i for i, r in enumerate(rows) if r.activity_id is None and (
            r.phase_id is None or order.get(r.phase_id, 0) > order[empty.id])), len(rows))
        rows.insert(at, Row(None, empty.id, empty.name))
    return rows


@dataclass(frozen=True)
class CellLook:
    """What a cell with given letters shows: text and colours (shared by equal cells)."""

    text: str
    background: QBrush | None
    foreground: QBrush | None


class MatrixModel(QAbstractTableModel):
    """Activities (rows, grouped under phase headings) by roles (columns)."""

    findingsChanged = Signal()
    errorRaised = Signal(str)
    conflictRaised = Signal(str, object, str)
    """A stale edit refused (another user changed a cell): why, the cells wanted, the step."""

    def __init__(self, service: ProjectService, stack: QUndoStack, parent: Any = None,
                 checker: IncrementalChecker | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.stack = stack
        self.state: ProjectState = service.state()
        self.checker = checker if checker is not None else IncrementalChecker(self.state)
        self.rows: list[Row] = []
        self._row_of: dict[int, int] = {}
        self._findings_by_activity: dict[int, list[Finding]] = {}
        self._looks: dict[frozenset[str], CellLook] = {}
        self._role_ids: list[int] = []
        self._role_headers: dict[int, tuple[str, str]] = {}
        self.full_names = False  # headers show full role names (View menu) or codes
        self._heading_font = QFont()
        self._heading_font.setBold(True)
        self.read_only = False
        self._rebuild()
        self._unsubscribe = service.subscribe(self._on_change)

    def detach(self) -> None:
        """Stop listening to the service (before it is closed); as ServiceTableModel.detach,
        the unsubscribe function (holding this model's listener) goes too."""
        self._unsubscribe()
        self._unsubscribe = detached

    def report_error(self, text: str) -> None:
        """Show a refusal (an undo or redo the service refused) as errorRaised."""
        self.errorRaised.emit(text)

    # --- state ------------------------------------------------------------------------

    def _rebuild(self) -> None:
        rows = phase_rows(self.state)
        self.rows = rows
        self._looks = {}
        self._role_ids = [r.id for r in self.state.roles]
        self._role_headers = {}
        self._row_of = {r.activity_id: i for i, r in enumerate(rows) if r.activity_id is not None}
        self._index_findings()

    def _index_findings(self, activities: Iterable[int] | None = None) -> None:
        if activities is None:
            by_act: dict[int, list[Finding]] = {}
            for f in self.checker.findings():
                if f.activity_id is not None:
                    by_act.setdefault(f.activity_id, []).append(f)
            self._findings_by_activity = by_act
            return
        for act_id in activities:
            found = self.checker.for_activity(act_id)
            if found:
                self._findings_by_activity[act_id] = found
            else:
                self._findings_by_activity.pop(act_id, None)

    def findings(self) -> list[Finding]:
        """Current findings, errors first."""
        return self.checker.findings()

    def _on_change(self, change: Change) -> None:
        old_state = self.state
        self.state = self.service.state()
        found = self.checker.refresh(self.state, change.scope)
        structural = change.kind not in ("cell", "note")
        if structural:
            self.beginResetModel()
            self._rebuild()
            self._index_findings()
            self.endResetModel()
        else:
            if old_state.scheme_id != self.state.scheme_id:
                self._looks = {}
            # The checker says whose findings changed: only those rows can change their mark.
            before = {a: self._worst(a) for a in found.activities}
            self._index_findings(found.activities)
            for act_id, role_id in change.cells:
                index = self.cell_index(act_id, role_id)
                if index.isValid():
                    self.dataChanged.emit(index, index)
            # A row header changes only when its finding icon does: repainting headers
            # needlessly makes the view re-measure every row.
            for act_id, worst in before.items():
                row = self._row_of.get(act_id)
                if row is not None and self._worst(act_id) != worst:
                    self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
        if found or structural:
            self.findingsChanged.emit()

    def _worst(self, activity_id: int) -> Severity | None:
        found = self._findings_by_activity.get(activity_id)
        if not found:
            return None
        return min((f.severity for f in found), key=SEVERITY_RANK.__getitem__)

    def look(self, letters: frozenset[str]) -> CellLook:
        """Text and colours of a cell holding these letters (computed once per letter set)."""
        found = self._looks.get(letters)
        if found is None:
            found = self._looks[letters] = CellLook(
                self.state.scheme.format(letters),
                cell_style(letters, Qt.ItemDataRole.BackgroundRole),
                cell_style(letters, Qt.ItemDataRole.ForegroundRole),
            )
        return found

    # --- look-ups ---------------------------------------------------------------------

    def activity_at(self, row: int) -> int | None:
        """The activity id of a row (None for a phase heading)."""
        return self.rows[row].activity_id if 0 <= row < len(self.rows) else None

    def role_at(self, column: int) -> int | None:
        """The role id of a column."""
        roles = self.state.roles
        return roles[column].id if 0 <= column < len(roles) else None

    def cell_index(self, activity_id: int, role_id: int) -> QModelIndex:
        """The index of a cell, or an invalid index."""
        row = self._row_of.get(activity_id)
        col = self.state.role_index.get(role_id)
        if row is None or col is None:
            return QModelIndex()
        return self.index(row, col)

    def row_of_activity(self, activity_id: int) -> int | None:
        """The view row of an activity."""
        return self._row_of.get(activity_id)

    def is_phase_row(self, row: int) -> bool:
        """True for a phase heading row."""
        return 0 <= row < len(self.rows) and self.rows[row].activity_id is None

    # --- Qt model API -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(self.state.roles)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override QAbstractTableModel.flags."""
        if not index.isValid():
            return NO_FLAGS
        if self.rows[index.row()].activity_id is None:
            return HEADING_FLAGS
        return READ_ONLY_FLAGS if self.read_only else CELL_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.data (answered from per-letter-set looks)."""
        if not index.isValid():
            return None
        role = int(role)
        act_id = self.rows[index.row()].activity_id
        if act_id is None:
            if role == DISPLAY:
                return ""
            if role == BACKGROUND:
                return HEADING_BRUSH
            return None
        role_id = self._role_ids[index.column()]
        if role in LOOK_ROLES:
            letters = self.state.grid.row(act_id).get(role_id, EMPTY)
            look = self._looks.get(letters) or self.look(letters)
            if role in (DISPLAY, EDIT):
                return look.text
            if role == BACKGROUND:
                return look.background
            if role == FOREGROUND:
                return look.foreground
            return ALIGN_CENTER
        if role == NOTE_ROLE:  # the delegate marks the cell's corner, even when it is empty
            return (act_id, role_id) in self.state.notes
        letters = self.state.letters(act_id, role_id)
        if role == TOOLTIP:
            scheme = self.state.scheme
            role_info = self.state.role(role_id)
            lines = [f"{self.state.activity(act_id).name} / {role_info.name}"]
            lines += [f"{c}: {scheme.letter(c).name}" for c in scheme.order(letters)]
            note = self.state.notes.get((act_id, role_id))
            if note:
                lines.append(f"Note: {note}")
            return plain_tip("\n".join(lines))
        if role == ACCESSIBLE:
            scheme = self.state.scheme
            names = ", ".join(scheme.letter(c).name for c in scheme.order(letters)) or "empty"
            # the note, which the eye finds by the corner mark (a screen reader said nothing)
            note = self.state.notes.get((act_id, role_id))
            return f"{self.state.role(role_id).code}: {names}" + (f"; note: {note}" if note
                                                                 else "")
        return None

    def set_full_names(self, on: bool) -> None:
        """Role headers show full names (wrapped) or codes."""
        self.full_names = on
        self._role_headers = {}
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _role_header(self, section: int) -> tuple[str, str]:
        """Display text and tooltip of a role column (cached until the team changes)."""
        cached = self._role_headers.get(section)
        if cached is None:
            info = self.state.roles[section]
            people = [self.state.person(p).name for p in info.people]
            initials = ", ".join(
                "".join(part[0] for part in name.split()[:2]) for name in people
            )
            staffed = ", ".join(people) or "nobody yet"
            desc = f"\n{info.description}" if info.description else ""
            text = f"{info.code}\n{initials or '(nobody)'}"
            if self.full_names:  # the name wrapped over a few lines, then code and people
                name = "\n".join(textwrap.wrap(info.name, FULL_NAME_WIDTH)[:3])
                text = f"{name}\n{info.code}: {initials or 'nobody'}"
            cached = self._role_headers[section] = (
                text, plain_tip(f"{info.label}{desc}\nFilled by: {staffed}"))
        return cached

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.headerData."""
        role = int(role)
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._role_ids):
                return None
            if role == DISPLAY:
                return self._role_header(section)[0]
            if role == TOOLTIP:
                return self._role_header(section)[1]
            return None
        if not 0 <= section < len(self.rows):
            return None
        row = self.rows[section]
        if row.activity_id is None:
            if role == DISPLAY:
                return row.phase
            if role == FONT:
                return self._heading_font
            return None
        if role == DISPLAY:
            return self.state.activity(row.activity_id).name
        if role == DECORATION:
            worst = self._worst(row.activity_id)
            return icon(worst.value) if worst is not None else None
        if role == TOOLTIP:
            act = self.state.activity(row.activity_id)
            found = self._findings_by_activity.get(act.id, [])
            lines = [act.name]
            if act.description:
                lines.append(act.description)
            source = Provenance.from_text(act.provenance).describe(builtin_source_titles())
            if source:
                lines.append(f"Source: {source}")
            lines += [f"{f.severity.value.capitalize()}: {f.message}" for f in found]
            return plain_tip("\n".join(lines))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Override QAbstractTableModel.setData: one undoable edit through the service."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        act_id, role_id = self.activity_at(index.row()), self.role_at(index.column())
        if act_id is None or role_id is None:
            return False
        try:
            letters = self.state.scheme.parse(str(value or ""))
        except RaciError as exc:
            self.errorRaised.emit(str(exc))
            return False
        return self.set_cells({(act_id, role_id): letters}, "Edit cell")

    def cell_seen(self, index: Index) -> CellValue | None:
        """What a cell holds as shown now (letters and note), to compare with later."""
        act_id, role_id = self.activity_at(index.row()), self.role_at(index.column())
        if act_id is None or role_id is None:
            return None
        return CellValue(self.state.letters(act_id, role_id), self.state.note(act_id, role_id))

    def commit_edit(self, index: Index, letters: frozenset[str], seen: CellValue | None) -> bool:
        """Apply an editor's letters to its cell, against what it showed when it opened."""
        act_id, role_id = self.activity_at(index.row()), self.role_at(index.column())
        if act_id is None or role_id is None:
            return False
        key = (act_id, role_id)
        base = {key: seen} if seen is not None else None
        return self.set_cells({key: letters}, "Edit cell", base)

    def set_cells(self, cells: dict[tuple[int, int], frozenset[str]], text: str,
                  seen: Mapping[tuple[int, int], CellValue] | None = None) -> bool:
        """Apply several cell changes as one undo step; False (and a message) if refused.

        text names the step; for one cell it also names the cell (``cell_step_text``).

        ``seen``: what the cells held when the user began this edit (an editor that
        stayed open while another writer changed the cell): that change is then a
        conflict to resolve, never silently overwritten.
        """
        base = seen or {}
        changed = {k: v for k, v in cells.items()
                   if (base[k].letters if k in base else self.state.letters(*k)) != v}
        if not changed:
            return True
        step = text
        if len(changed) == 1:
            (act_id, role_id), letters = next(iter(changed.items()))
            if self.state.has_activity(act_id) and self.state.has_role(role_id):
                # (one gone since: Overwrite answered after another writer deleted it;
                # the service refuses the edit with the reason)
                step = cell_step_text(text, self.state, act_id, role_id, letters)
        try:
            op = self.service.cells_operation(changed, expect=base)
            push_operation(self.stack, self.service, op, step, self.report_error)
        except ConflictError as exc:  # the service has re-read the project: theirs shows
            self.conflictRaised.emit(str(exc), changed, text)
            return False
        except RaciError as exc:
            self.errorRaised.emit(str(exc))
            return False
        return True

    def severity_counts(self) -> dict[Severity, int]:
        """Findings per severity, for the status bar."""
        counts = {s: 0 for s in Severity}
        for f in self.findings():
            counts[f.severity] += 1
        return counts
