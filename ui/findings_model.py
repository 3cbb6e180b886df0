"""The findings tree: severity groups, causes, and the findings a cause explains.

Findings that share one cause are shown once: "PO holds A on 12 activities but
nobody fills it", with the 12 activities under it (each jumps to its cell),
instead of 12 rows. Only severities with findings get a group, so a clean
project shows an empty tree (the view then says so).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from raci.checks import RULES, Finding, Severity, owned_or_done
from raci.state import ProjectState
from ui.palette import icon, severity_colour
from ui.plain import plain_tip

Index = QModelIndex | QPersistentModelIndex
GROUPS = (Severity.ERROR, Severity.WARNING, Severity.INFO)
TITLES = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Suggestions"}
ROLE_CAUSES = ("shared-accountable",)
"""Activity findings whose cause is their role: grouped by (rule, role)."""
ROLE_WORK = ("unstaffed-role",)
"""Role findings shown with the activities the role owns or does under them."""
_ROOT = -1


@dataclass
class _Node:
    """A row of the tree: a severity group, a cause, or one finding."""

    parent: int
    text: str
    severity: Severity
    finding: Finding | None = None
    children: list[int] = field(default_factory=list)


def cause_text(rule: str, role: str, count: int, state: ProjectState | None) -> str:
    """One line for several findings with one cause."""
    if rule == "shared-accountable":
        return f"{role} is filled by several people, so {count} activities have several owners"
    return f"{RULES[rule][1]}: {count} activities"


class FindingsModel(QAbstractItemModel):
    """Up to three levels: severity, then causes or findings, then a cause's findings."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.nodes: list[_Node] = []
        self.top: list[int] = []
        self.total = 0
        self._of_activity: dict[int, list[int]] = {}  # activity id -> its rows' nodes

    def set_findings(self, findings: list[Finding], state: ProjectState | None = None) -> None:
        """Replace the findings shown (state, when given, names the scheme's letters)."""
        self.beginResetModel()
        self.nodes, self.top, self.total = [], [], len(findings)
        self._of_activity = {}
        for severity in GROUPS:
            mine = [f for f in findings if f.severity is severity]
            if not mine:
                continue
            group = self._add(_ROOT, "", severity)
            causes: dict[tuple[str, int], list[Finding]] = {}
            for f in mine:
                if f.rule in ROLE_CAUSES and f.role_id is not None:
                    causes.setdefault((f.rule, f.role_id), []).append(f)
            placed: set[tuple[str, int]] = set()
            for f in mine:
                key = (f.rule, f.role_id) if f.rule in ROLE_CAUSES and f.role_id is not None \
                    else None
                if f.rule in ROLE_WORK and f.role_id is not None and state is not None:
                    cause = self._add(group, f.message, severity, f)
                    for act_id in owned_or_done(state, f.role_id):
                        name = state.activity(act_id).name
                        self._add(cause, name, severity,
                                  Finding(f.rule, f"'{name}': {f.message}", act_id,
                                          f.role_id, None, name, f.role))
                elif key is None or len(causes[key]) == 1:
                    self._add(group, f.message, severity, f)
                elif key not in placed:
                    placed.add(key)
                    members = causes[key]
                    head = Finding(f.rule, cause_text(f.rule, self._role_label(f, state),
                                                      len(members), state),
                                   role_id=f.role_id, role=f.role)
                    cause = self._add(group, head.message, severity, head)
                    for member in members:
                        self._add(cause, member.activity or member.message, severity, member)
            self.nodes[group].text = f"{TITLES[severity]} ({len(mine)})"
        # each activity's rows, level by level as the tree shows them (asked as the
        # matrix's cursor moves, so not found by walking the tree each time)
        order = list(self.top)
        for number in order:
            order.extend(self.nodes[number].children)
        for number in order:
            found = self.nodes[number].finding
            if found is not None and found.activity_id is not None:
                self._of_activity.setdefault(found.activity_id, []).append(number)
        self.endResetModel()

    def activity_indexes(self, activity_id: int) -> list[QModelIndex]:
        """The rows of one activity's findings, the tree's upper levels first."""
        out = []
        for number in self._of_activity.get(activity_id, []):
            node = self.nodes[number]
            siblings = self.top if node.parent == _ROOT else self.nodes[node.parent].children
            out.append(self.createIndex(siblings.index(number), 0, number))
        return out

    @staticmethod
    def _role_label(f: Finding, state: ProjectState | None) -> str:
        if state is not None and f.role_id is not None:
            try:
                role = state.role(f.role_id)
            except KeyError:
                return f.role
            return role.label
        return f.role

    def _add(self, parent: int, text: str, severity: Severity,
             finding: Finding | None = None) -> int:
        self.nodes.append(_Node(parent, text, severity, finding))
        number = len(self.nodes) - 1
        (self.top if parent == _ROOT else self.nodes[parent].children).append(number)
        return number

    def _node(self, index: Index) -> _Node | None:
        if not index.isValid():
            return None
        return self.nodes[int(index.internalId())]

    def finding(self, index: Index) -> Finding | None:
        """The finding at an index: a finding, or a cause's summary (None for a group)."""
        node = self._node(index)
        return node.finding if node is not None else None

    def is_cause(self, index: Index) -> bool:
        """True for a row that stands for several findings."""
        node = self._node(index)
        return node is not None and node.parent != _ROOT and bool(node.children)

    def _children(self, parent: Index) -> list[int]:
        node = self._node(parent)
        return self.top if node is None else node.children

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Override QAbstractItemModel.index."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._children(parent)[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Override QAbstractItemModel.parent."""
        node = self._node(index)
        if node is None or node.parent == _ROOT:
            return QModelIndex()
        up = self.nodes[node.parent]
        siblings = self.top if up.parent == _ROOT else self.nodes[up.parent].children
        return self.createIndex(siblings.index(node.parent), 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount."""
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data."""
        node = self._node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return node.text
        if node.parent == _ROOT:
            return icon(node.severity.value) if role == Qt.ItemDataRole.DecorationRole else None
        found = node.finding
        if role == Qt.ItemDataRole.ToolTipRole and found is not None:
            return plain_tip(f"{found.message}\n({found.rule}, {found.severity.value})")
        if role == Qt.ItemDataRole.ForegroundRole and node.severity is Severity.ERROR:
            return severity_colour("error")
        return None
