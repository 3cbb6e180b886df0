"""The server address dialog: open a shared project, or publish one, on a PostgreSQL server.

The fields are the address (host, port, database, project), the user and the
password; a ``postgresql://`` address pasted into the first line fills them.
``location()`` is the address without the password (what Open Recent lists),
``password()`` is kept apart, and "Remember password" stores it in the system
keyring (``ui.passwords``), never in a file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
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

DEFAULT_PORT = 5432


class ServerDialog(QDialog):
    """Where a shared project lives, and who connects: OK opens (or publishes) it."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None,
                 location: str = "", project: str = "", note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(FORM_WIDTH)
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
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #b00020; }")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in (("&Address:", self.address), ("&Server:", self.host),
                              ("P&ort:", self.port), ("&Database:", self.database),
                              ("Pro&ject:", self.project), ("&User:", self.user),
                              ("&Password:", self.secret)):
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
        layout.addWidget(self.buttons)
        self.address.textEdited.connect(self._address_typed)
        for line in (self.host, self.database, self.project, self.user):
            line.textChanged.connect(self._check)
        if location:
            self.fill(location)
        if project:
            self.project.setText(project)
        self._check()

    def fill(self, location: str) -> None:
        """Fill the fields from a server address (its password goes to the password field)."""
        self.address.setText(location)
        self._address_typed(location)

    def _address_typed(self, text: str) -> None:
        if not is_url(text):
            self.problem.setText("" if not text.strip() else
                                 "The address starts with postgresql://")
            return
        try:
            where = ServerLocation.parse(text)
        except RaciError as exc:
            self.problem.setText(str(exc))
            return
        url = where.url
        self.host.setText(url.host or "")
        self.port.setValue(url.port or DEFAULT_PORT)
        self.database.setText(url.database or "")
        self.project.setText("" if where.project == "public" else where.project)
        self.user.setText(url.username or "")
        if url.password:
            self.secret.setText(str(url.password))
        self.address.setText(where.display)  # the password never stays in view
        self._check()

    def _check(self) -> None:
        missing = [name for name, line in (("server", self.host), ("database", self.database),
                                           ("user", self.user)) if not line.text().strip()]
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)
        if missing and not self.problem.text():
            self.problem.setText(f"Fill in the {', '.join(missing)}")
        elif not missing and self.problem.text().startswith("Fill in"):
            self.problem.setText("")

    def location(self) -> str:
        """The address as typed, without the password: postgresql://user@host:port/db[?project]."""
        project = self.project.text().strip()
        url = URL.create("postgresql", username=self.user.text().strip(),
                         host=self.host.text().strip(), port=self.port.value(),
                         database=self.database.text().strip(),
                         query={"project": project} if project else {})
        return url.render_as_string(hide_password=True)

    def password(self) -> str | None:
        """The password typed (None: let the keyring, PGPASSWORD or ~/.pgpass supply it)."""
        return self.secret.text() or None

    def remember_choice(self) -> bool | None:
        """Keep the password (True), forget it (False), or leave the keyring alone (None:
        no password typed and the box not touched)."""
        if self._remember_clicked or self.password():
            return self.remember.isChecked()
        return None
