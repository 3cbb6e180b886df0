"""Table models for the Team dialog: roles, people, and who fills which role.

Every edit is an undo command through the service; the models reset when the
service reports a change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack

from raci.errors import RaciError
from raci.operations import Operation, SetStaffing
from raci.service import ProjectService
from ui.commands import push_operation
from ui.plain import plain_tip
from ui.service_model import ServiceTableModel

Index = QModelIndex | QPersistentModelIndex


class _ServiceTableModel(ServiceTableModel):
    """Editable team tables: edits become undo commands; refused ones are reported."""

    errorRaised = Signal(str)
    headers: tuple[str, ...] = ()

    def __init__(self, service: ProjectService, stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(service, parent)
        self.stack = stack

    def _push(self, op: Operation, text: str) -> bool:
        try:
            push_operation(self.stack, self.service, op, text)
        except RaciError as exc:
            self.errorRaised.emit(str(exc))
            return False
        return True

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.headerData."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override QAbstractTableModel.flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


class _FieldsModel(_ServiceTableModel):
    """Editable text fields of roles or people, plus a read-only column of the other side."""

    fields: tuple[str, ...] = ()

    def items(self) -> tuple[Any, ...]:
        """The rows: roles or people, in order."""
        raise NotImplementedError

    def linked(self, info: Any) -> str:
        """Text of the read-only last column."""
        raise NotImplementedError

    def update(self, ident: int, **fields: str) -> Operation:
        """The operation that changes fields of one row."""
        raise NotImplementedError

    def label(self, info: Any) -> str:
        """How an item is named in undo texts."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self.items())

    def shape(self) -> tuple[object, ...]:
        """Override ServiceTableModel.shape: the ids of the rows."""
        return tuple(info.id for info in self.items())

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override: the linked column is read-only (use the staffing tab)."""
        flags = super().flags(index)
        if index.isValid() and index.column() == len(self.fields):
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.data."""
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.EditRole):
            return None
        info = self.items()[index.row()]
        if index.column() == len(self.fields):
            return self.linked(info)
        return getattr(info, self.fields[index.column()])

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Override QAbstractTableModel.setData: one undoable change through the service."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or \
                index.column() >= len(self.fields):
            return False
        info = self.items()[index.row()]
        name = self.fields[index.column()]
        if getattr(info, name) == value:
            return True
        # the field as its column names it ("Change job title of ...", not "title")
        return self._push(self.update(info.id, **{name: str(value)}),
                          f"Change {self.headers[index.column()].lower()} of {self.label(info)}")


class RolesModel(_FieldsModel):
    """Roles: name, code, description, and who fills them (read-only column)."""

    headers = ("Name", "Code", "Description", "Filled by")
    fields = ("name", "code", "description")

    def items(self) -> tuple[Any, ...]:
        """The roles in column order."""
        return self.state.roles

    def linked(self, info: Any) -> str:
        """The people who fill the role."""
        return ", ".join(self.state.person(p).name for p in info.people)

    def label(self, info: Any) -> str:
        """The role code."""
        return str(info.code)

    def update(self, ident: int, **fields: str) -> Operation:
        """The operation that changes a role's fields."""
        return self.service.role_update(ident, **fields)


class PeopleModel(_FieldsModel):
    """People: name, email, title, and their roles (read-only column)."""

    headers = ("Name", "E-mail", "Job title", "Roles")  # as the Add person form says
    fields = ("name", "email", "title")

    def items(self) -> tuple[Any, ...]:
        """The people in list order."""
        return self.state.people

    def linked(self, info: Any) -> str:
        """The codes of the roles the person fills."""
        return ", ".join(self.state.role(r).code for r in info.roles)

    def label(self, info: Any) -> str:
        """The person's name."""
        return str(info.name)

    def update(self, ident: int, **fields: str) -> Operation:
        """The operation that changes a person's fields."""
        return self.service.person_update(ident, **fields)


class StaffingModel(_ServiceTableModel):
    """People (rows) by roles (columns): a check box says who fills which role."""

    def shape(self) -> tuple[object, ...]:
        """Override ServiceTableModel.shape: people and roles by id."""
        return (tuple(p.id for p in self.state.people), tuple(r.id for r in self.state.roles))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self.state.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(self.state.roles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.headerData."""
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.state.roles):
                return None
            info = self.state.roles[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return info.code
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tip(info.name)
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.state.people):
            return self.state.people[section].name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override: cells are check boxes."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.data."""
        if not index.isValid():
            return None
        person = self.state.people[index.row()]
        role_info = self.state.roles[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole:
            fills = role_info.id in person.roles
            return Qt.CheckState.Checked if fills else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(f"{person.name} fills {role_info.name}?")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            verb = "fills" if role_info.id in person.roles else "does not fill"
            return f"{person.name} {verb} {role_info.name}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Override QAbstractTableModel.setData: toggle staffing as an undo step."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        person = self.state.people[index.row()]
        role_info = self.state.roles[index.column()]
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        verb = "Staff" if checked else "Unstaff"
        return self._push(SetStaffing(person.id, role_info.id, checked),
                          f"{verb} {person.name} in {role_info.code}")
