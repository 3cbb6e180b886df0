"""Alt keys (mnemonics) in dialogs: every button, tab and field label can be reached with
Alt and a letter, and no two shown together share a letter.

Texts written with their own key ('&Apply') keep it; the others (names the user typed, such
as a template's role names, and Qt's standard OK and Cancel) are given the first free letter,
the start of a word first. A '&' in such a text is shown as it is, never taken as a key.
Only an ASCII letter or digit becomes a key (one typed with Alt on any keyboard): a name in
a script without one, such as '设计师', gets no key rather than one no one can type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QLabel,
    QMessageBox,
    QTabBar,
    QToolButton,
    QWidget,
)


def key_of(text: str) -> str:
    """The Alt key a text marks with '&' (lower case), '' for none ('&&' is a plain '&')."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return ""


def escaped(text: str) -> str:
    """A user's text as a label or button shows it: its '&' a character, never a key."""
    return text.replace("&", "&&")


def typeable(char: str) -> bool:
    """Whether a character can be an Alt key: an ASCII letter or digit (Alt and '设', or
    Alt and 'é' on most keyboards, cannot be typed)."""
    return char.isascii() and char.isalnum()


def with_key(text: str, taken: set[str]) -> str:
    """The text with '&' before its first ASCII letter (or digit) not in taken: the start of
    a word before the rest; the text unchanged when every one is taken, or when it has none.
    Its '&&' stay as they are."""
    places: list[tuple[int, int]] = []  # (0 for a word's start, 1 for the rest; position)
    i, before = 0, ""
    while i < len(text):
        char = text[i]
        if char == "&":  # '&&', one shown '&'
            before = "&"
            i += 2
            continue
        if typeable(char) and char.casefold() not in taken:
            places.append((0 if not before.isalnum() else 1, i))
        before = char
        i += 1
    if not places:
        return text
    _rank, at = min(places)
    return text[:at] + "&" + text[at:]


@dataclass(frozen=True)
class Keyed:
    """One text that can hold an Alt key: a field label, a button, a tab."""

    widget: QWidget
    """What must be in view for its key to work."""
    get: Callable[[], str]
    set: Callable[[str], None]


def keyed_texts(root: QWidget) -> list[Keyed]:
    """The texts in root that take an Alt key: buttons with a text (tool buttons show
    icons), tabs, and labels of a field (with a buddy), in that order."""
    found: list[Keyed] = []
    # buttons and tabs first: their texts are the app's own, so they get the same keys
    # whatever the labels say (Cancel stays Alt+C when a template's role is 'Customer')
    for button in root.findChildren(QAbstractButton):
        if not isinstance(button, QToolButton) and button.text():
            found.append(Keyed(button, button.text, button.setText))
    for bar in root.findChildren(QTabBar):
        for tab in range(bar.count()):
            if bar.isTabVisible(tab) and bar.tabText(tab):
                found.append(_tab(bar, tab))
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and label.text():
            found.append(Keyed(label, label.text, label.setText))
    return found


def _tab(bar: QTabBar, tab: int) -> Keyed:
    def get() -> str:
        return bar.tabText(tab)

    def put(text: str) -> None:
        bar.setTabText(tab, text)

    return Keyed(bar, get, put)


def give_mnemonics(root: QWidget) -> set[str]:
    """Give each label, button and tab in root without an Alt key the first free one (a key
    no other text in root has); the keys given."""
    texts = keyed_texts(root)
    taken = {key for item in texts if (key := key_of(item.get()))}
    given: set[str] = set()
    for item in texts:
        text = item.get()
        if not key_of(text):
            keyed = with_key(text, taken)
            if keyed != text:
                taken.add(key_of(keyed))
                given.add(key_of(keyed))
                item.set(keyed)
    return given


def alt_key_problems(root: QWidget) -> list[str]:
    """What breaks the rule, among the texts in view in root (a tab not shown, and what is on
    it, do not count): a text without an Alt key (that has a letter to give it one), a key
    that cannot be typed, or a key two texts share."""
    shown = [item for item in keyed_texts(root)
             if item.widget is root or item.widget.isVisibleTo(root)]
    problems = [f"no Alt key: {item.get()!r}" for item in shown
                if not key_of(item.get()) and any(map(typeable, item.get().replace("&&", "")))]
    problems += [f"Alt key no one can type: {item.get()!r}" for item in shown
                 if (key := key_of(item.get())) and not typeable(key)]
    by_key: dict[str, list[str]] = {}
    for item in shown:
        if key := key_of(item.get()):
            by_key.setdefault(key, []).append(item.get())
    problems += [f"Alt+{key.upper()} on {', '.join(repr(t) for t in texts)}"
                 for key, texts in by_key.items() if len(texts) > 1]
    return problems


class KeyedDialog(QDialog):
    """A dialog whose labels, buttons and tabs have Alt keys when it shows (given then, so
    texts set after it was made, and rows added by a subclass, are covered too)."""

    def showEvent(self, event: QShowEvent) -> None:
        """Override QDialog.showEvent: give the texts without an Alt key one."""
        give_mnemonics(self)
        super().showEvent(event)


class _AltOnly(QObject):
    """Keeps a message box's given keys to Alt: a message box presses the button whose key
    is typed without Alt too, and a box that comes up while the user types letters into
    the matrix ('A', 'R', 'C'...) would take the next letter as an answer."""

    def __init__(self, box: QMessageBox, keys: set[str]) -> None:
        super().__init__(box)
        self.keys = keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: a given key typed without Alt does nothing."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            held = event.modifiers() & (Qt.KeyboardModifier.AltModifier
                                        | Qt.KeyboardModifier.ControlModifier
                                        | Qt.KeyboardModifier.MetaModifier)
            if held == Qt.KeyboardModifier.NoModifier and event.text().casefold() in self.keys:
                return True
        return super().eventFilter(watched, event)


def keyed_box(box: QMessageBox) -> QMessageBox:
    """A message box with an Alt key on each of its buttons (before exec). The keys given
    here answer only with Alt (keys written in a button's text, '&Keep Editing', and Qt's
    own '&Yes' and '&No', also answer without it, as message boxes do)."""
    given = give_mnemonics(box)
    if given:
        box.installEventFilter(_AltOnly(box, given))
    return box
