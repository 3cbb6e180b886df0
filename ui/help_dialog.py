"""Help > User Guide (the guide shipped with the app, read in a window with its contents
and a find bar), Help > Keyboard Shortcuts (a table of keys, generated from the action
table) and Help > About."""

from __future__ import annotations

import platform
from html import escape
from importlib import import_module, metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from raci import __version__
from ui.actions import help_rows
from ui.mnemonics import KeyedDialog, keyed_box
from ui.screen import fit_to_screen

GUIDE = Path(__file__).resolve().parent.parent / "docs"
GUIDE_PICTURE_WIDTH = 820  # pixels: the guide window's page, less its margins
CONTENTS_LEVELS = 3  # headings down to ### are listed in the contents
CONTENTS_WIDTH, CONTENTS_MAX_WIDTH = 240, 420  # pixels: the contents beside the page
PAGE_WIDTH = 900  # pixels: the page, its pictures at GUIDE_PICTURE_WIDTH and a scroll bar
WINDOW_SLACK = 40  # pixels: the window's margins and the splitter's handle
BLOCK_ROLE = int(Qt.ItemDataRole.UserRole)  # a contents entry's block number in the page
NOT_FOUND_STYLE = "QLineEdit { background: #f8d7da; color: #1a1a1a; }"


def guide_dir() -> Path:
    """``docs/`` in a source checkout, the packaged copy (``ui/guide``) when installed."""
    if (GUIDE / "user-guide.md").is_file():
        return GUIDE
    return Path(__file__).resolve().parent / "guide"


def headings(document: QTextDocument, deepest: int = CONTENTS_LEVELS) -> list[QTextBlock]:
    """The heading blocks of a page, in order, down to level deepest."""
    found = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if 0 < level <= deepest and block.text().strip():
            found.append(block)
        block = block.next()
    return found


class GuideDialog(KeyedDialog):
    """The user guide with its pictures; its links to the other pages open here too, and
    web addresses in the browser. Beside the page, its contents (the headings: a click
    goes there); above it, a find bar (Ctrl+F; Enter or F3 next, Shift+Enter or
    Shift+F3 previous; wraps round, and says when the text is not in the page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("RACI Planner user guide")
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName("User guide")
        self.browser.setOpenExternalLinks(True)
        self.contents = QTreeWidget(self)
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName("Contents")
        self.contents.setToolTip("The headings of this page: choose one to go there")
        self.contents.itemActivated.connect(self._go_to_heading)
        self.contents.itemClicked.connect(self._go_to_heading)
        self.find_box = QLineEdit(self)
        self.find_box.setAccessibleName("Find in the page")
        self.find_box.setPlaceholderText("Find in the page (Ctrl+F)")
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textEdited.connect(lambda _text: self.find_next(again=False))
        self.find_box.returnPressed.connect(self._find_on_enter)
        self.find_state = QLabel(self)
        self.find_state.setTextFormat(Qt.TextFormat.PlainText)
        self.find_state.setAccessibleName("Find result")
        previous = QPushButton("&Previous", self)
        previous.setToolTip("The match before (Shift+F3 or Shift+Enter)")
        previous.clicked.connect(self.find_previous)
        following = QPushButton("Ne&xt", self)
        following.setToolTip("The next match (F3 or Enter)")
        following.clicked.connect(lambda: self.find_next())
        for button in (previous, following):
            button.setAutoDefault(False)  # Enter in the find box finds, never presses them
        self.find_state.setMinimumWidth(  # the box keeps its width when the state shows
            self.find_state.fontMetrics().horizontalAdvance("Not found") + 8)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_find)
        QShortcut(QKeySequence.StandardKey.FindNext, self, lambda: self.find_next())
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, self.find_previous)
        page = guide_dir() / "user-guide.md"
        self.home = QUrl.fromLocalFile(str(page))
        self.browser.sourceChanged.connect(lambda _url: self._page_shown())
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
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_box, 1)
        find_row.addWidget(previous)
        find_row.addWidget(following)
        find_row.addWidget(self.find_state)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addWidget(home)
        row.addStretch(1)
        row.addWidget(buttons)
        split = QSplitter(self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        # Tab goes as the eye does: the find row, the contents, the page, then the buttons
        # under them (not in the order the widgets were made)
        order: list[QWidget] = [self.find_box, previous, following, self.contents, self.browser,
                                back, home, buttons.button(QDialogButtonBox.StandardButton.Close)]
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self._page_shown()
        contents = self.contents_width()  # every heading whole, up to a limit
        split.setSizes([contents, PAGE_WIDTH])
        fit_to_screen(self, contents + PAGE_WIDTH + WINDOW_SLACK, 720)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QDialog.keyPressEvent: Enter in the find box finds, never closes."""
        if self.find_box.hasFocus() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _page_shown(self) -> None:
        """A page was loaded: fit its pictures, list its headings, find again in it."""
        self.fit_pictures()
        self.fill_contents()
        self._show_found(True)

    def fill_contents(self) -> None:
        """List the page's headings, nested by level, each going to its place."""
        self.contents.clear()
        parents: list[tuple[int, QTreeWidgetItem]] = []
        for block in headings(self.browser.document()):
            level = block.blockFormat().headingLevel()
            while parents and parents[-1][0] >= level:
                parents.pop()
            item = QTreeWidgetItem([block.text().strip()])
            item.setData(0, BLOCK_ROLE, block.blockNumber())
            item.setToolTip(0, block.text().strip())
            if parents:
                parents[-1][1].addChild(item)
            else:
                self.contents.addTopLevelItem(item)
            parents.append((level, item))
        self.contents.expandAll()

    def contents_width(self) -> int:
        """The width that shows the longest heading of the contents whole (at least
        CONTENTS_WIDTH, at most CONTENTS_MAX_WIDTH: a longer one is cut, its tooltip whole)."""
        tree = self.contents
        wanted = tree.sizeHintForColumn(0) + 2 * tree.frameWidth() \
            + tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(CONTENTS_WIDTH, min(wanted, CONTENTS_MAX_WIDTH))

    def _go_to_heading(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Scroll the page so the heading of a contents entry is at its top."""
        block = self.browser.document().findBlockByNumber(int(item.data(0, BLOCK_ROLE)))
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)
        layout = self.browser.document().documentLayout()
        self.browser.verticalScrollBar().setValue(int(layout.blockBoundingRect(block).top()))

    def focus_find(self) -> None:
        """Ctrl+F: into the find box, its text selected to type over."""
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def _find_on_enter(self) -> None:
        """Enter finds the next match, Shift+Enter the one before."""
        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.find_previous()
        else:
            self.find_next()

    def find_previous(self) -> bool:
        """The match before the current one (wrapping round to the last)."""
        return self.find_next(backward=True)

    def find_next(self, backward: bool = False, again: bool = True) -> bool:
        """Select the next match of the find box's text in the page, wrapping round at its
        end (or start); False, and the find bar says so (the last match no longer marked),
        when the page does not hold it.
        again=False (typing) looks from the start of the current match, so a longer text
        stays on it."""
        text = self.find_box.text()
        if not text:
            self._show_found(True)
            return True
        flags = QTextDocument.FindFlag.FindBackward if backward else \
            QTextDocument.FindFlag(0)
        was = self.browser.textCursor()
        cursor = QTextCursor(was)
        if not again:
            cursor.setPosition(cursor.selectionStart())
            self.browser.setTextCursor(cursor)
        found = self.browser.find(text, flags)
        if not found:  # wrap round: from the other end of the page
            cursor.movePosition(QTextCursor.MoveOperation.End if backward
                                else QTextCursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        if not found:  # stay where the page was, with no match left marked as found
            was.setPosition(was.selectionStart())  # (taking a letter back finds it again)
            self.browser.setTextCursor(was)
        self._show_found(found)
        return found

    def _show_found(self, found: bool) -> None:
        """The find bar's state: nothing said, or "Not found" with the box marked."""
        missing = not found and bool(self.find_box.text())
        self.find_state.setText("Not found" if missing else "")
        self.find_box.setStyleSheet(NOT_FOUND_STYLE if missing else "")

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


class ShortcutsDialog(KeyedDialog):
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
        fit_to_screen(self, 640, 560)

    def keys(self) -> list[str]:
        """Every key text listed (for tests and screen readers)."""
        out = []
        for row in range(self.table.rowCount()):
            keys, text = self.table.item(row, 0), self.table.item(row, 1)
            if keys is not None and text is not None:
                out.append(keys.text())
        return out


DISTRIBUTION = "raci-planner"
"""The name the app is installed under: its licence and home page are read from there."""
LIBRARIES = (("SQLAlchemy", "sqlalchemy"), ("openpyxl", "openpyxl"))


def _installed() -> tuple[str, str]:
    """The licence and home page the installed package declares ("" for either not given,
    or for both when the app runs from files not installed)."""
    try:
        meta = metadata.metadata(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "", ""

    def first(field: str) -> str:
        return next(iter(meta.get_all(field) or []), "").strip()

    licence = first("License-Expression") or first("License")
    home = first("Home-page")
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if not home and label.strip().lower().replace(" ", "") in ("homepage", "home"):
            home = url.strip()
    return licence, home


def about_text() -> str:
    """What Help > About says: the version, what the app is for, its licence and home page,
    and the versions of what it runs on (to quote in a bug report)."""
    licence, home = _installed()
    lines = [f"<b>RACI Planner {__version__}</b><p>Plan who is responsible, accountable, "
             "consulted and informed, and catch missing or duplicate owners as you go.</p>"]
    if licence:
        lines.append(f"<p>Licence: {escape(licence)}</p>")
    if home:
        lines.append(f'<p><a href="{escape(home)}">{escape(home)}</a></p>')
    running = [f"Python {platform.python_version()}",
               f"Qt {qVersion()} (PySide6 {PySide6.__version__})"]
    for name, module in LIBRARIES:
        running.append(f"{name} {import_module(module).__version__}")
    lines.append("<p>Running on " + ", ".join(running) + "</p>")
    return "".join(lines)


def about_box(parent: QWidget) -> QMessageBox:
    """Help > About's box, not shown yet: the app's icon, the text, and OK with its Alt key
    (QMessageBox.about's OK had none)."""
    box = QMessageBox(parent)
    box.setWindowTitle("About RACI Planner")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    app_icon = box.windowIcon()  # (as QMessageBox.about shows it)
    box.setIconPixmap(app_icon.pixmap(app_icon.actualSize(QSize(64, 64))))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return keyed_box(box)


def show_about(parent: QWidget) -> None:
    """Help > About."""
    about_box(parent).exec()
