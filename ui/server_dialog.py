"""The server address dialog: open a shared project, or publish one, on a PostgreSQL server.

The fields are the address (host, port, database, project), the user and the
password; a ``postgresql://`` address pasted into the first line fills them,
and editing a field writes the address again. While the user types, the dialog
only says, in a neutral line, what is still missing (OK stays off until the
address is complete); a server's refusal is shown in red only after the user
asked to connect (``show_problem``). ``location()`` is the address without
the password (what Open Recent lists), ``password()`` is kept apart, and
"Remember password" stores it in the system keyring (``ui.passwords``), never
in a file. ``describe`` names a server project in the recent lists.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from raci.errors import RaciError
from raci.server import ServerLocation, is_url
from ui.forms import FORM_WIDTH
from ui.mnemonics import KeyedDialog
from ui.palette import severity_colour
from ui.plain import sentence

DEFAULT_PORT = 5432
OPEN_TEXT = "&Open"
"""The button of File > Open Shared Project (its key, Alt+O, no label here takes)."""
PUBLISH_TEXT = "&Publish"
"""The button of File > Publish to Server (its key, Alt+P, no label here takes)."""
SHAPE = "postgresql://USER@HOST:PORT/DATABASE"


def error_style() -> str:
    """Red text for a refusal, as the findings show errors (lighter on a dark palette)."""
    return f"QLabel {{ color: {severity_colour('error').name()}; }}"


def describe(location: str) -> tuple[str, str] | None:
    """A server project as the recent lists name it: (project, 'user@host:port/database').

    The port and user are always shown (5432 when the address names none), the
    password never; None for a file or an address that cannot be read.
    """
    if not is_url(location):
        return None
    try:
        where = ServerLocation.parse(location)
        url, port = where.url, where.url.port or DEFAULT_PORT
    except (RaciError, ValueError):
        return None
    host = url.host or "localhost"
    host = f"[{host}]" if ":" in host else host
    user = f"{url.username}@" if url.username else ""
    project = where.project if where.project != "public" else str(url.database)
    return project, f"{user}{host}:{port}/{url.database}"


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


class ServerDialog(KeyedDialog):
    """Where a shared project lives, and who connects: OK opens (or publishes) it."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None,
                 location: str = "", project: str = "", note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(FORM_WIDTH)
        self._filling = False  # the fields are being filled from the address line
        self._address_hint = ""  # why the address line cannot be read yet ('' when it can)
        self._options: dict[str, str] = {}  # the address's own options (sslmode=...), kept
        self.address = QLineEdit(self)
        self.address.setPlaceholderText("postgresql://user@host:5432/database?project=name")
        self.address.setAccessibleName("Server address")
        self.address.setToolTip("Paste a server address to fill the fields below")
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("db.example.org")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.project = QLineEdit(self)
        self.project.setPlaceholderText("(the database's only project)")
        self.project.setToolTip("One database can hold several projects, each under its "
                                "own name")
        self.user = QLineEdit(self)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText("(from the keyring, PGPASSWORD or ~/.pgpass)")
        self.remember = QCheckBox("&Remember password in the system keyring", self)
        self._remember_clicked = False
        self.remember.clicked.connect(lambda _c: setattr(self, "_remember_clicked", True))
        self.hint = QLabel(self)  # neutral: what is still missing while the user types
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName("What is still missing")
        self.problem = QLabel(self)  # why the server refused, once the user asked to connect
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("Why the server refused")
        self.problem.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # (Port and Password leave O and P to Open and Publish: they shared them)
        for label, widget in (("&Address:", self.address), ("&Server:", self.host),
                              ("Por&t:", self.port), ("&Database:", self.database),
                              ("Pro&ject:", self.project), ("&User:", self.user),
                              ("Pass&word:", self.secret)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
            widget.setAccessibleName(widget.accessibleName() or label.strip(":").replace("&", ""))
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if note:
            intro = QLabel(note, self)
            intro.setTextFormat(Qt.TextFormat.PlainText)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.address.textEdited.connect(self._address_typed)
        for line in (self.host, self.database, self.project, self.user):
            line.textChanged.connect(self._field_edited)
        self.port.lineEdit().textChanged.connect(self._field_edited)  # also when emptied
        if location:
            self.fill(location)
        if project:
            self.project.setText(project)
        self._check()

    def fill(self, location: str) -> None:
        """Fill the fields from a server address (its password goes to the password field)."""
        self.address.setText(location)
        self._address_typed(location)

    def show_problem(self, text: str, error: bool = True) -> None:
        """Say why connecting failed (in red), or, with error False, what the server asks for."""
        self.problem.setText(sentence(text))
        self.problem.setStyleSheet(error_style() if error else "")
        self.problem.setVisible(bool(text))

    def _address_typed(self, text: str) -> None:
        """The user typed in the address line: fill the fields once it reads as an address."""
        self._address_hint = self._read_address(text)
        self._check()

    def _read_address(self, text: str) -> str:
        """Fill the fields from an address; '' when it was read, else what it still needs."""
        if not text.strip():
            return ""
        if not is_url(text):
            return f"An address reads {SHAPE}; or fill in the fields below"
        try:
            where = ServerLocation.parse(text)
            port = where.url.port
        except (RaciError, ValueError):  # half typed: say what it looks like, quietly
            return f"Keep typing: an address reads {SHAPE}"
        if port is not None and not 1 <= port <= 65535:
            return "The port is a number from 1 to 65535"
        url = where.url
        self._filling = True
        try:
            self.host.setText(url.host or "")
            self.port.setValue(port or DEFAULT_PORT)
            self.database.setText(url.database or "")
            self.project.setText("" if where.project == "public" else where.project)
            self.user.setText(url.username or "")
            self._options = where.options
            if where.password:
                self.secret.setText(where.password)
                self.address.setText(where.display)  # the password never stays in view
        finally:
            self._filling = False
        return ""

    def _field_edited(self, _text: str = "") -> None:
        """A field changed by hand: the address line shows the address the fields make."""
        if self._filling:
            return
        self._address_hint = ""
        self._filling = True
        try:
            self.address.setText(self.location() if not self._missing() else "")
        finally:
            self._filling = False
        self._check()

    def _missing(self) -> list[str]:
        missing = [name for name, line in (("server", self.host), ("database", self.database),
                                           ("user", self.user)) if not line.text().strip()]
        port = self.port.cleanText().strip()  # empty while the user retypes it
        if not (port.isdigit() and 1 <= int(port) <= 65535):
            missing.insert(1, "port")
        return missing

    def _check(self) -> None:
        """OK only for a complete address; a neutral line says what is still missing."""
        missing = self._missing()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not missing and not self._address_hint)
        hint = self._address_hint or (f"To connect, fill in the {_listed(missing)}"
                                      if missing else "")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def location(self) -> str:
        """The address as typed, without the password: postgresql://user@host:port/db, with
        the options a pasted address gave (sslmode=...) and ?project=."""
        project = self.project.text().strip()
        url = URL.create("postgresql", username=self.user.text().strip(),
                         host=self.host.text().strip(), port=self.port.value(),
                         database=self.database.text().strip(),
                         query=self._options | ({"project": project} if project else {}))
        return url.render_as_string(hide_password=True)

    def password(self) -> str | None:
        """The password typed (None: let the keyring, PGPASSWORD or ~/.pgpass supply it)."""
        return self.secret.text() or None

    def choose_remember(self, keep: bool) -> None:
        """Tick Remember (or not) as chosen already, in a try that failed."""
        self.remember.setChecked(keep)
        self._remember_clicked = True

    def remember_choice(self) -> bool | None:
        """Keep the password (True), forget it (False), or leave the keyring alone (None:
        no password typed and the box not touched)."""
        if self._remember_clicked or self.password():
            return self.remember.isChecked()
        return None
