"""The start page shown when no project is open: new, open, recent, import, a template
drafted from documents, the sample."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.palette import ICON_ROLE, icon, themed_icon
from ui.plain import plain_tip
from ui.server_dialog import describe

if TYPE_CHECKING:
    from ui.file_workflows import FileWorkflows


class StartPage(QWidget):
    """One button per way to begin, each with a line saying what it does."""

    recentChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Start page")
        title = QLabel("RACI Planner", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel("Plan who is responsible, accountable, consulted and informed for "
                       "each activity. Start here:", self)
        intro.setWordWrap(True)
        self.buttons: dict[str, QCommandLinkButton] = {}
        self._column = QVBoxLayout()
        self._column.setSpacing(2)
        self.recent_label = QLabel("&Recent projects", self)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName("Recent projects")
        self.recent.setFrameShape(QFrame.Shape.NoFrame)
        self.recent.setIconSize(QSize(16, 16))
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent.setWordWrap(True)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(
            lambda item: self.recentChosen.emit(str(item.data(Qt.ItemDataRole.UserRole))))
        inner = QWidget(self)
        inner.setMinimumWidth(460)
        inner.setMaximumWidth(620)
        layout = QVBoxLayout(inner)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(self._column)
        layout.addSpacing(12)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent, 1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(inner, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def add_choice(self, key: str, text: str, line: str, icon_name: str,
                   slot: Callable[[], object]) -> QCommandLinkButton:
        """A big button with a one-line description under its text."""
        button = QCommandLinkButton(text, line, self)
        button.setIcon(themed_icon(button, icon_name))
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(line)
        button.setAutoDefault(True)  # Enter, not only Space, takes the focused choice
        button.clicked.connect(lambda _checked=False: slot())
        self._column.addWidget(button)
        # Tab goes down the choices in the order shown, then to the recent projects;
        # the page's focus is its first choice.
        last = list(self.buttons.values())[-1] if self.buttons else None
        if last is None:
            self.setFocusProxy(button)
        else:
            QWidget.setTabOrder(last, button)
        QWidget.setTabOrder(button, self.recent)
        self.buttons[key] = button
        return button

    def add_choices(self, files: FileWorkflows) -> None:
        """The ways to begin: new, open, a shared project, import, a template drafted from
        documents, the sample."""
        self.add_choice("new", "&New from a template...",
                        "Pick one of the ready-made team setups, or start empty", "new",
                        files.new_project)
        self.add_choice("open", "&Open a project...", "Continue with a .raci file you saved",
                        "open", files.open_dialog)
        self.add_choice("shared", "Open a s&hared project...",
                        "Join your team's project on a PostgreSQL server", "team",
                        lambda: files.w.shared.open_dialog())
        self.add_choice("import", "&Import an Excel, ODS or CSV sheet...",
                        "Turn an existing RACI spreadsheet (.xlsx, .ods, .csv) into a project",
                        "import",
                        files.import_dialog)
        self.add_choice("derive", "Draft a template from &documents...",
                        "Turn job descriptions, charters or RACI tables into a template",
                        "template", lambda: files.derive_dialog())
        self.add_choice("sample", "Explore the &sample project",
                        "A filled-in product team matrix to try things on", "raci-planner",
                        files.open_sample)

    def set_recent(self, files: list[str]) -> None:
        """List recent project files (name first, folder after), or say there are none."""
        self.recent.clear()
        for name in files:
            path = Path(name)
            shared = _server_project(name)
            kind = "team" if shared else "open"
            item = QListWidgetItem(icon(kind), shared or f"{path.stem}    {path.parent}")
            item.setData(ICON_ROLE, kind)  # drawn again when the palette changes
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(plain_tip(name))
            if not shared and not path.exists():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(plain_tip(f"{name} (not found)"))
            self.recent.addItem(item)
        if not files:
            empty = QListWidgetItem("No recent projects yet: the projects you open appear here.")
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)


def _server_project(name: str) -> str:
    """'project    user@host:port/database' for a server address (never a password), else ''."""
    named = describe(name)
    return f"{named[0]}    {named[1]}" if named else ""
