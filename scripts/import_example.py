"""Build the messy example workbook shown in docs/import.md, render it, and import it.

    python scripts/import_example.py

Writes docs/import-example.png (the sheet, rendered by LibreOffice headless)
and prints what `raci import` makes of it, for the page.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from raci.excel.importer import import_workbook  # noqa: E402


def messy_workbook(path: Path) -> None:
    """A title, a group heading row, a phase row, a blank row, a legend below the grid."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Launch plan"
    ws["A1"] = "Website relaunch - responsibilities"
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    ws.append(["", "Client side", "", "Agency", ""])
    ws.append(["Task", "Sponsor", "Marketing Lead", "Account Director", "Web Developer"])
    ws.append(["Discovery"])
    ws["A5"].font = Font(bold=True)
    ws.append(["Agree goals and budget", "A", "R", "C", ""])
    ws.append(["Interview customers", "I", "A", "R", "C"])
    ws.append([])
    ws.append(["Build"])
    ws["A9"].font = Font(bold=True)
    ws.append(["Design the pages", "", "C", "A", "R"])
    ws.append(["Write the copy", "I", "A/R", "C", ""])
    ws.append(["Go live", "A", "I", "R", "R"])
    ws.append([])
    ws.append([])
    ws.append(["R = Responsible", "A = Accountable", "C = Consulted", "I = Informed"])
    for column, width in zip("ABCDE", (28, 14, 16, 18, 16), strict=True):
        ws.column_dimensions[column].width = width
    # Printed as it looks on screen: landscape, one page wide, with grid lines.
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    ws.print_options.gridLines = True
    wb.save(path)


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    sheet = folder / "relaunch.xlsx"
    messy_workbook(sheet)
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if soffice and pdftoppm:
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                        str(sheet)], check=True, capture_output=True)
        subprocess.run([pdftoppm, "-png", "-r", "90", "-f", "1", "-l", "1", "-x", "40",
                        "-y", "40", "-W", "900", "-H", "330", str(folder / "relaunch.pdf"),
                        str(folder / "page")], check=True)
        shutil.copy(folder / "page-1.png", ROOT / "docs" / "import-example.png")
    else:
        print("LibreOffice and pdftoppm (poppler-utils) render the picture; one is missing",
              file=sys.stderr)
    plan = import_workbook(sheet, folder / "relaunch.raci")
    print(plan.summary())


if __name__ == "__main__":
    main()
