"""The matrix by person: activities (under their phase headings) by people.

Each person holds the letters of the roles they fill. Roles nobody fills yet
get a column of their own after the people ("PO (nobody)"), so no letter of the
matrix is missing from this view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from raci.service import Change
from ui.matrix.model import STYLE_ROLES, Row, cell_style, phase_rows
from ui.plain import plain_tip
from ui.service_model import ServiceTableModel

Index = QModelIndex | QPersistentModelIndex
HEADING_BRUSH = QBrush(QColor(128, 128, 128, 40))


class PersonMatrixModel(ServiceTableModel):
    """Read-only view: activities by people, and by the roles nobody fills."""

    def __init__(self, service: Any, parent: Any = None) -> None:
        super().__init__(service, parent)
        self.rows: list[Row] = []
        self._row_of: dict[int, int] = {}
        self.unfilled: list[int] = []
        self._heading_font = QFont()
        self._heading_font.setBold(True)
        self._rebuild()

    def _rebuild(self) -> None:
        self.rows = phase_rows(self.state)
        self._row_of = {r.activity_id: i for i, r in enumerate(self.rows)
                        if r.activity_id is not None}
        self.unfilled = [r.id for r in self.state.roles if not r.people]

    def shape(self) -> tuple[object, ...]:
        """Override ServiceTableModel.shape: rows and columns by id."""
        return (tuple(self.rows), tuple(p.id for p in self.state.people), tuple(self.unfilled))

    def _on_change(self, change: Change) -> None:
        if change.kind in ("cell", "note"):  # the same rows and columns: repaint those rows
            self.state = self.service.state()
            last = self.columnCount() - 1
            for act_id in {a for a, _ in change.cells}:
                row = self._row_of.get(act_id)
                if row is not None and last >= 0:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            return
        self.beginResetModel()
        self.state = self.service.state()
        self._rebuild()
        self.endResetModel()

    def is_phase_row(self, row: int) -> bool:
        """True for a phase heading row."""
        return 0 <= row < len(self.rows) and self.rows[row].activity_id is None

    def _roles_of_column(self, column: int) -> tuple[int, ...]:
        people = self.state.people
        if column < len(people):
            return people[column].roles
        return (self.unfilled[column - len(people)],)

    def where_to_edit(self, column: int) -> str:
        """Where the letters of a column are changed: the roles they come from."""
        people = self.state.people
        codes = ", ".join(self.state.role(r).code for r in self._roles_of_column(column))
        if column >= len(people):
            return f"the {codes} column"
        if not codes:
            return f"Team (Ctrl+T): {people[column].name} fills no role yet"
        noun = "column" if "," not in codes else "columns"
        return f"the {codes} {noun} ({people[column].name} fills {codes})"

    def letters(self, row: int, column: int) -> frozenset[str]:
        """The letters a person (or an unfilled role) holds on the activity of a row."""
        act_id = self.rows[row].activity_id
        if act_id is None:
            return frozenset()
        out: set[str] = set()
        for role_id in self._roles_of_column(column):
            out |= self.state.letters(act_id, role_id)
        return frozenset(out)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(self.state.people) + len(self.unfilled)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override: cells can be selected (to copy), not edited; headings not even that."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_phase_row(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.data."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if row.activity_id is None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return HEADING_BRUSH
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        letters = self.letters(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.state.scheme.format(letters)
        if role in STYLE_ROLES:
            return cell_style(letters, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            act = self.state.activity(row.activity_id)
            people = self.state.people
            if index.column() >= len(people):
                info = self.state.role(self._roles_of_column(index.column())[0])
                return plain_tip(f"{info.name} on {act.name}: nobody fills this role yet")
            person = people[index.column()]
            via = [f"{self.state.role(r).code}: {self.state.cell_text(act.id, r)}"
                   for r in person.roles if self.state.letters(act.id, r)]
            return plain_tip(f"{person.name} on {act.name}"
                             + ("\nvia " + ", ".join(via) if via else ""))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.headerData."""
        if orientation == Qt.Orientation.Horizontal:
            return self._column_header(section, role)
        if not 0 <= section < len(self.rows):
            return None
        row = self.rows[section]
        if row.activity_id is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.phase
            return self._heading_font if role == Qt.ItemDataRole.FontRole else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            name = self.state.activity(row.activity_id).name
            return name if role == Qt.ItemDataRole.DisplayRole else plain_tip(name)
        return None

    def _column_header(self, section: int, role: int) -> Any:
        people = self.state.people
        if not 0 <= section < self.columnCount():
            return None
        if section >= len(people):
            info = self.state.role(self.unfilled[section - len(people)])
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{info.code}\n(nobody)"
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tip(f"{info.label}: nobody fills this role yet; "
                                 "staff it in Team (Ctrl+T)")
            return None
        person = people[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name
        if role == Qt.ItemDataRole.ToolTipRole:
            roles = ", ".join(self.state.role(r).name for r in person.roles) or "no role"
            return plain_tip(f"{person.name}\n{person.title}\nRoles: {roles}"
                             .replace("\n\n", "\n"))
        return None
