"""Cell editing and painting: the letter picker, and the corner mark of a cell with a note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette, QPolygon
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from raci.operations import CellValue
from raci.palette import LETTER_FILLS
from raci.schemes import Scheme
from ui.matrix.model import NOTE_ROLE, MatrixModel
from ui.palette import quiet
from ui.plain import plain_tip

Index = QModelIndex | QPersistentModelIndex
NOTE_MARK = 7  # pixels: the size of the corner triangle on a cell with a note
MAX_TITLE_WIDTH = 360  # pixels: a longer activity / role title is elided in the picker
MIN_PICKER_WIDTH = 160


def _quiet(label: QLabel) -> None:
    """A secondary line in a quiet grey: quieter than the text, still readable (4.5:1) on
    the background, in the light and the dark palette alike."""
    palette = label.palette()
    grey = quiet(palette.color(QPalette.ColorRole.WindowText),
                 palette.color(QPalette.ColorRole.Window))
    # both roles: as the matrix's editor, on its viewport, the picker's labels draw in Text
    # (the role that goes with the viewport's Base), and the hint showed black there
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, grey)
    label.setPalette(palette)


class LetterPicker(QFrame):
    """A framed list of the scheme's letters, each with its colour and meaning.

    It opens below the cell like a drop-down list (never over the next cell's
    text on the same row); typing a letter ticks or unticks it, Enter applies.
    """

    def __init__(self, scheme: Scheme, title: str = "", parent: QWidget | None = None,
                 lines: tuple[str, ...] = ()) -> None:
        """title names the cell (its accessible name); lines show it, one elided line each."""
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(f"Letters for {title}" if title else "Letters")
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        self.title = title
        self.lines = lines or ((title,) if title else ())
        self.heading: QLabel | None = None
        if self.lines:  # elided to the picker's width when it is placed; whole in the tooltip
            self.heading = QLabel("\n".join(self.lines), self)
            self.heading.setTextFormat(Qt.TextFormat.PlainText)
            # in the text colour: the cell being edited, not a greyed-out (disabled) line
            font = self.heading.font()
            font.setBold(True)
            self.heading.setFont(font)
            self.heading.setToolTip(plain_tip(title))
            self.heading.setMinimumWidth(1)
            self.heading.setSizePolicy(QSizePolicy.Policy.Ignored,
                                       QSizePolicy.Policy.Preferred)
            layout.addWidget(self.heading)
        self.scheme = scheme
        self.seen: CellValue | None = None
        """What the cell held when the picker opened (None until it is filled)."""
        self.buttons: dict[str, QCheckBox] = {}
        for letter in scheme.letters:
            box = QCheckBox(f"{letter.code}  {letter.name}", self)
            fill = LETTER_FILLS.get(letter.code, "FFFFFF")
            box.setStyleSheet(f"QCheckBox {{ background: #{fill}; color: #1a1a1a; "
                              "padding: 2px 6px; border-radius: 3px; }")
            box.setToolTip(f"{letter.code}: {letter.name}. {letter.meaning}")
            box.setAccessibleName(letter.name)
            box.setAccessibleDescription(letter.meaning)
            box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            layout.addWidget(box)
            self.buttons[letter.code] = box
        # The hint wraps rather than being cut off where the picker is narrow.
        self.hint = QLabel("Type a letter to tick it; Enter applies, Esc cancels.", self)
        _quiet(self.hint)  # secondary, yet readable (a disabled label's grey is too faint)
        self._hint_width = self.hint.sizeHint().width()  # on one line
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def fit(self, width: int) -> QSize:
        """The size to show at (no wider than width): the title elided, the hint wrapped."""
        natural = max(box.sizeHint().width() for box in self.buttons.values())
        margins = self._layout.contentsMargins()
        frame = 2 * self.frameWidth() + margins.left() + margins.right()
        if self.heading is not None:
            metrics = self.heading.fontMetrics()
            widest = max(metrics.horizontalAdvance(line) for line in self.lines)
            natural = max(natural, min(widest, MAX_TITLE_WIDTH))
        natural = max(natural, min(self._hint_width, MAX_TITLE_WIDTH))
        wide = min(max(natural + frame, MIN_PICKER_WIDTH), width)
        if self.heading is not None:
            metrics = self.heading.fontMetrics()
            self.heading.setText("\n".join(
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, wide - frame)
                for line in self.lines))
        self._layout.activate()
        return QSize(wide, self.heightForWidth(wide))

    def letters(self) -> frozenset[str]:
        """The letters ticked."""
        return frozenset(code for code, b in self.buttons.items() if b.isChecked())

    def set_letters(self, letters: frozenset[str]) -> None:
        """Tick exactly these letters."""
        for code, button in self.buttons.items():
            button.setChecked(code in letters)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QWidget.keyPressEvent: typing a letter toggles it."""
        code = event.text().upper()
        if code in self.buttons:
            self.buttons[code].toggle()
            return
        super().keyPressEvent(event)


class LetterDelegate(QStyledItemDelegate):
    """Edits a cell with a LetterPicker; marks cells that have a note."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """Override QStyledItemDelegate.createEditor."""
        model = index.model()
        assert isinstance(model, MatrixModel)
        act, role = model.activity_at(index.row()), model.role_at(index.column())
        if act is None or role is None:
            return LetterPicker(model.state.scheme, "", parent)
        activity, info = model.state.activity(act).name, model.state.role(role)
        # The activity on one line, the role on the next: a long name never hides the role.
        return LetterPicker(model.state.scheme, f"{activity} / {info.name}", parent,
                            (activity, info.label))

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Override QStyledItemDelegate.setEditorData."""
        assert isinstance(editor, LetterPicker)
        model = index.model()
        if editor.seen is not None or not isinstance(model, MatrixModel):
            # Qt refills an open editor when its cell changes (another writer's commit):
            # the user's ticks stay, and applying them is then a conflict to resolve.
            return
        editor.seen = model.cell_seen(index)
        editor.set_letters(editor.seen.letters if editor.seen else frozenset())

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        """Override QStyledItemDelegate.setModelData."""
        assert isinstance(editor, LetterPicker)
        if isinstance(model, MatrixModel):
            model.commit_edit(index, editor.letters(), editor.seen)
        else:
            model.setData(index, editor.scheme.format(editor.letters()), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        """Override: open below the cell, inside the visible area, like a drop-down."""
        parent = editor.parentWidget()
        area = parent.rect() if parent is not None else option.rect
        assert isinstance(editor, LetterPicker)
        size = editor.fit(area.width())
        rect = QRect(option.rect.bottomLeft() + QPoint(0, 1), size)
        if rect.bottom() > area.bottom():  # no room below: open above the cell
            rect.moveBottom(option.rect.top() - 1)
        if rect.right() > area.right():
            rect.moveRight(area.right())
        rect.moveLeft(max(rect.left(), area.left()))
        rect.moveTop(max(rect.top(), area.top()))
        editor.setGeometry(rect)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Override: a small dark triangle in the top-right corner of a cell with a note."""
        super().paint(painter, option, index)
        if index.data(NOTE_ROLE):
            r = option.rect
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#C00000"))
            painter.drawPolygon(QPolygon([QPoint(r.right() - NOTE_MARK, r.top()),
                                          QPoint(r.right(), r.top()),
                                          QPoint(r.right(), r.top() + NOTE_MARK)]))
            painter.restore()
