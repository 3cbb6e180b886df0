"""Help > User Guide (the guide shipped with the app, read in a window), Help > Keyboard
Shortcuts (a table of keys, generated from the action table) and Help > About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from raci import __version__
from ui.actions import help_rows

GUIDE = Path(__file__).resolve().parent.parent / "docs"
GUIDE_PICTURE_WIDTH = 820  # pixels: the guide window's page, less its margins


def guide_dir() -> Path:
    """``docs/`` in a source checkout, the packaged copy (``ui/guide``) when installed."""
    if (GUIDE / "user-guide.md").is_file():
        return GUIDE
    return Path(__file__).resolve().parent / "guide"


class GuideDialog(QDialog):
    """The user guide with its pictures; its links to the other pages open here too, and
    web addresses in the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("RACI Planner user guide")
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName("User guide")
        self.browser.setOpenExternalLinks(True)
        page = guide_dir() / "user-guide.md"
        self.home = QUrl.fromLocalFile(str(page))
        self.browser.sourceChanged.connect(lambda _url: self.fit_pictures())
        if page.is_file():
            self.browser.setSource(self.home)
        else:  # an install without its data files: say so, never an empty window
            self.browser.setPlainText(
                f"The user guide is not installed with this copy of RACI Planner ({page} is "
                "missing). Reinstall the app, or read docs/user-guide.md in its source.")
        back = QPushButton("&Back", self)
        back.setShortcut(QKeySequence.StandardKey.Back)
        back.setToolTip("The page before (Alt+Left)")
        back.setEnabled(False)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        home = QPushButton("&Guide", self)
        home.setToolTip("Back to the start of the user guide")
        home.clicked.connect(lambda: self.browser.setSource(self.home))
        home.setEnabled(page.is_file())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addWidget(home)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self.resize(900, 700)
        self.fit_pictures()

    def fit_pictures(self) -> None:
        """Show each picture of the page at most as wide as the page (screenshots are wider
        than the window), keeping its proportions."""
        document = self.browser.document()
        width = GUIDE_PICTURE_WIDTH
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().isImageFormat():
                    image = fragment.charFormat().toImageFormat()
                    picture = document.resource(QTextDocument.ResourceType.ImageResource.value,
                                                QUrl(image.name()))
                    size = getattr(picture, "size", lambda: None)()
                    if size is not None and size.width() > width:
                        image.setWidth(width)
                        image.setHeight(size.height() * width / size.width())
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(),
                                           QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image)
                it += 1
            block = block.next()


class ShortcutsDialog(QDialog):
    """Keys and what they do, grouped by where they work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = help_rows()
        self.table = QTableWidget(0, 2, self)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Keys", "What they do"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        section = ""
        for where, keys, text in rows:
            if where != section:
                section = where
                heading = QTableWidgetItem(where)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.table.insertRow(self.table.rowCount())
                self.table.setItem(self.table.rowCount() - 1, 0, heading)
                self.table.setSpan(self.table.rowCount() - 1, 0, 1, 2)
            self.table.insertRow(self.table.rowCount())
            self.table.setItem(self.table.rowCount() - 1, 0, QTableWidgetItem(keys))
            self.table.setItem(self.table.rowCount() - 1, 1, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def keys(self) -> list[str]:
        """Every key text listed (for tests and screen readers)."""
        out = []
        for row in range(self.table.rowCount()):
            keys, text = self.table.item(row, 0), self.table.item(row, 1)
            if keys is not None and text is not None:
                out.append(keys.text())
        return out


def show_about(parent: QWidget) -> None:
    """Help > About."""
    QMessageBox.about(
        parent, "About RACI Planner",
        f"<b>RACI Planner {__version__}</b><p>Plan who is responsible, accountable, "
        "consulted and informed, and catch missing or duplicate owners as you go.</p>")
