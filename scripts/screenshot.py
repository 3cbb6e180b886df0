"""Render the app's screenshots: the README pictures and the user guide's.

Run from the repository root: ``python scripts/screenshot.py``. It writes

* ``docs/screenshot.png``: the sample project, light palette, with one live problem;
* ``docs/screenshot-dark.png``: the same in the dark palette;
* ``docs/screenshot-start.png``: the start page, dark palette;
* ``docs/guide/*.png``: one picture per step of ``docs/user-guide.md`` (and its shared
  projects section), the review of a template drafted from three documents this
  script writes (``docs/derive.md``), and the review of a workbook it writes before
  import.

It uses a throwaway user folder, so your own settings and sample project are
untouched, and runs on the offscreen platform (on a 1920 x 1200 screen, so that every
dialog has the size it asks for) unless DISPLAY is set (for example under
``xvfb-run``). The dark pictures come from a second run of this script with
``RACI_PLANNER_THEME=dark``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DOCS = ROOT / "docs"
GUIDE = DOCS / "guide"


def _settle(app: Any) -> None:
    for _ in range(5):
        app.processEvents()


def _save(widget: Any, path: Path, app: Any) -> None:
    _settle(app)
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


def _window(home: str) -> tuple[Any, Any]:
    from PySide6.QtCore import QSettings

    from ui.app import make_app
    from ui.main_window import MainWindow

    app = make_app([sys.argv[0]])
    window = MainWindow(QSettings(str(Path(home) / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1400, 860)
    return app, window


def _demo_problem(window: Any) -> None:
    """A second owner on one row, so the findings panel shows a live error."""
    state = window.service.state()
    act = next(a for a in state.activities if a.name == "Feature prioritisation")
    tpm = next(r for r in state.roles if r.code == "TPM")
    window.model.set_cells({(act.id, tpm.id): frozenset({"A", "R"})}, "Demo")
    window.findings.timer.stop()
    window.findings.refresh()  # draw the panel now, not after its delay
    row = window.model.row_of_activity(act.id)
    window.view.setCurrentIndex(window.model.index(row, 1))


def dark(home: str) -> None:
    """The dark pictures: the start page and the sample project."""
    app, window = _window(home)
    window.show()
    _save(window, DOCS / "screenshot-start.png", app)
    window.files.open_sample()
    _demo_problem(window)
    _save(window, DOCS / "screenshot-dark.png", app)
    window.close()


def light(home: str) -> None:
    """The README picture and the user guide's pictures."""
    from PySide6.QtWidgets import QDialog

    from raci.templates import TemplateLibrary
    from ui.dialogs import NewProjectDialog, TeamDialog
    from ui.find_bar import find_bar
    from ui.forms import PersonForm
    from ui.help_dialog import ShortcutsDialog

    app, window = _window(home)
    window.show()
    _save(window, GUIDE / "01-start-page.png", app)
    picker = NewProjectDialog(TemplateLibrary.default().entries(), window)
    picker.show()
    _save(picker, GUIDE / "02-new-from-template.png", app)
    picker.reject()
    window.files.open_sample()
    team = TeamDialog(window.service, window.stack, window)
    team.tabs.setCurrentWidget(team.people_tab)
    team.show()
    _save(team, GUIDE / "03-team.png", app)
    form = PersonForm(window.service.state(), team)
    form.name.setText("Mia Wong")
    form.email.setText("mia.wong@example.com")
    form.job_title.setText("Data protection officer")
    form.show()
    _save(form, GUIDE / "04-add-person.png", app)
    form.reject()
    team.tabs.setCurrentWidget(team.staffing_view)
    _save(team, GUIDE / "05-staffing.png", app)
    team.reject()
    _demo_problem(window)
    _save(window, DOCS / "screenshot.png", app)
    _save(window, GUIDE / "07-findings.png", app)
    index = window.view.currentIndex()
    window.view.edit(index)
    _save(window.centralWidget(), GUIDE / "06-letter-picker.png", app)
    window.view.closePersistentEditor(index)
    window.view.setFocus()
    window.commands["full_names"].trigger()
    _save(window.centralWidget(), GUIDE / "08-full-role-names.png", app)
    window.commands["full_names"].trigger()
    window.commands["find"].trigger()
    bar = find_bar(window)
    bar.edit.setText("test")
    _save(window, GUIDE / "14-find.png", app)
    bar.close_bar()
    window.tabs.setCurrentWidget(window.workload)
    _save(window.centralWidget(), GUIDE / "09-workload.png", app)
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.adjustSize()
    _save(file_menu, GUIDE / "10-file-menu.png", app)
    _history(window, app)
    _derive_review(window, app, Path(home))
    _import_review(window, app, Path(home))
    shortcuts = ShortcutsDialog(window)
    shortcuts.show()
    _save(shortcuts, GUIDE / "shortcuts.png", app)
    shortcuts.done(QDialog.DialogCode.Rejected)
    window.close()


def _history(window: Any, app: Any) -> None:
    """The History panel after a few edits by three people, and the shared-project dialog."""

    from ui.server_dialog import ServerDialog

    window.tabs.setCurrentWidget(window.view)
    state = window.service.state()
    act = next(a for a in state.activities if a.name == "Feature prioritisation")
    codes = {r.code: r.id for r in state.roles}
    who = window.service.who
    for person, role, letters in (("maria", "TPM", "C"), ("tom", "ENG", "I"),
                                  ("maria", "ENG", "C")):
        window.service.who = person  # as history records another team member's edit
        window.model.set_cells({(act.id, codes[role]): frozenset(letters)}, "Demo")
    window.service.who = who
    window.view.setCurrentIndex(window.model.index(window.model.row_of_activity(act.id), 1))
    window.history.show()
    window.history.raise_()
    window.history.choose("activity")
    _save(window, GUIDE / "11-history.png", app)
    window.findings.raise_()
    dialog = ServerDialog("Open shared project", "&Open", window)
    dialog.fill("postgresql://maria@db.example.org:5432/planning?project=website")
    dialog.address.setCursorPosition(0)  # the address read from its start
    dialog.show()
    _save(dialog, GUIDE / "12-open-shared.png", app)
    dialog.reject()


# A food bank's documents, written for this picture: a job description, a charter and a table.
_JOB = """# Volunteer Coordinator: job description

Reports to the Operations Manager.

## Responsibilities
- Recruits new volunteers and runs the monthly induction session.
- Builds the weekly shift rota and publishes it every Friday.
- Keeps the Operations Manager informed of gaps in the rota.
- Consults the Safeguarding Lead before placing a volunteer with children.

The Operations Manager is accountable for the pantry's opening hours and approves the
annual volunteer budget. The Safeguarding Lead runs the DBS checks for new volunteers.

## Cold chain
The Warehouse Lead records fridge temperatures twice a day.
The Operations Manager reviews the temperature log every Monday.
"""
_TABLE = """Activity,Operations Manager,Volunteer Coordinator,Warehouse Lead,Treasurer
Order stock from the regional food bank,A,C,R,I
Count stock at month end,I,,R,A
Reconcile donations with the bank statement,I,,,"A,R"
Plan the Christmas appeal,A,R,C,I
"""
_CHARTER = [
    ("Riverside Pantry team charter", 0),
    ("Operations Manager (OM): owns the pantry's service and its budget.", None),
    ("Warehouse Lead (WL): looks after stock and deliveries.", None),
    ("Treasurer (TR): keeps the accounts.", None),
    ("Who does what", 1),
    ("The Warehouse Lead receives deliveries and checks use-by dates.", None),
    ("The Treasurer prepares the quarterly accounts.", None),
]


def _derive_review(window: Any, app: Any, home: Path) -> None:
    """The review of a template drafted from a job description, a charter and a table."""
    import docx

    from raci.derive.draft import derive
    from ui.derive_dialog import DeriveReviewDialog

    folder = home / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "volunteer-coordinator.md").write_text(_JOB, encoding="utf-8")
    (folder / "stock-raci.csv").write_text(_TABLE, encoding="utf-8")
    charter = docx.Document()
    for text, level in _CHARTER:
        if level is None:
            charter.add_paragraph(text)
        else:
            charter.add_heading(text, level)
    charter.save(str(folder / "team-charter.docx"))
    draft = derive([folder / "volunteer-coordinator.md", folder / "team-charter.docx",
                    folder / "stock-raci.csv"])
    dialog = DeriveReviewDialog(draft, window.library, window)
    dialog.show()
    _save(dialog, GUIDE / "13-derive-review.png", app)
    dialog.reject()


def _import_review(window: Any, app: Any, home: Path) -> None:
    """The import review of a small workbook: the grid as read, a cell kept as a note."""
    from openpyxl import Workbook

    from raci.excel.plan import ReadOptions
    from ui.import_dialog import ImportDialog, read_for_review

    source = home / "documents" / "harbour-festival.xlsx"
    source.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Festival"
    ws["A1"] = "Harbour Festival - who does what"
    ws.append([])
    ws.append(["Phase", "Task", "Festival Director (FD)", "Stage Manager (SM)",
               "Volunteer Lead (VL)", "Finance (FIN)"])
    for row in [("Planning", "Set the budget", "A", "C", "I", "R"),
                ("Planning", "Book the bands", "A", "R", "", "C"),
                ("Planning", "Recruit volunteers", "I", "C", "A/R", ""),
                ("Build", "Build the stage", "I", "A/R", "C", ""),
                ("Build", "Safety inspection", "A", "R?", "I", ""),
                ("Show days", "Run the gates", "I", "C", "A/R", ""),
                ("Wrap-up", "Pay suppliers", "A", "", "", "R")]:
        ws.append(list(row))
    ws["H3"], ws["H4"], ws["H5"] = "Key", "R = Responsible", "A = Accountable"
    wb.save(source)
    dialog = ImportDialog(source, read_for_review(source, None, ReadOptions()), window)
    dialog.show()
    _save(dialog, GUIDE / "15-import-review.png", app)
    dialog.reject()


def main() -> int:
    """Render every picture (the dark ones in a second process)."""
    home = tempfile.mkdtemp(prefix="raci-shot-")
    os.environ["RACI_PLANNER_HOME"] = home
    os.environ["LOGNAME"] = "alex"  # the name the History panel shows for edits to a file
    if not os.environ.get("DISPLAY"):
        # A desktop-sized screen: windows and dialogs are kept within the screen, and the
        # offscreen one is 800 x 800 unless told otherwise.
        screens = Path(home) / "screens.json"
        screens.write_text(json.dumps({"screens": [{
            "name": "shots", "x": 0, "y": 0, "width": 1920, "height": 1200,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
        os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={screens}")
    if os.environ.get("RACI_PLANNER_THEME") == "dark":
        dark(home)
        return 0
    os.environ["RACI_PLANNER_THEME"] = "light"
    light(home)
    env = {**os.environ, "RACI_PLANNER_THEME": "dark"}
    return subprocess.call([sys.executable, __file__], env=env)


if __name__ == "__main__":
    sys.exit(main())
