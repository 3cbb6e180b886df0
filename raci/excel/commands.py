"""``raci export`` and ``raci import`` on the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from raci.cli import open_project
from raci.errors import RaciError
from raci.files import refuse_same
from raci.wording import counted

# The workbook modules (and openpyxl) load inside the commands that need them:
# every other command starts faster without them.


def cmd_export(args: argparse.Namespace) -> int:
    """raci export PROJECT OUT.xlsx|OUT.csv"""
    from raci.excel.export import export_csv, export_xlsx

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise RaciError(f"{out}: choose a .xlsx or .csv file name")
    refuse_same(out, Path(args.project))
    with open_project(args.project) as service:
        state = service.state()
    if suffix == ".csv":
        export_csv(state, out)
    else:
        export_xlsx(state, out)
    print(f"exported {counted(len(state.activities), 'activity')} x "
          f"{counted(len(state.roles), 'role')} to {out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """raci import WORKBOOK OUT.raci"""
    from raci.excel.importer import import_workbook
    from raci.excel.plan import ReadOptions
    from raci.locations import describe, is_url

    options = ReadOptions(args.people, args.header_row, args.phase_column,
                          tuple(c.strip() for c in (args.people_columns or "").split(",")
                                if c.strip()), args.all_sheets)
    target = args.out if is_url(args.out) else Path(args.out)
    plan = import_workbook(Path(args.workbook), target, args.sheet, args.force,
                           options=options)
    print(plan.summary())
    print(f"created {describe(args.out)}")
    return 0


def register_cli(sub: Any) -> None:
    """Add the Excel commands to the raci parser."""
    p = sub.add_parser("export", help="export a project to Excel (.xlsx) or CSV (.csv)")
    p.add_argument("project")
    p.add_argument("out", help="OUT.xlsx for the full workbook, OUT.csv for the matrix alone")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="create a project from a RACI workbook (.xlsx, .xlsm; "
                                      ".ods through LibreOffice)")
    p.add_argument("workbook")
    p.add_argument("out", help="the .raci file to create")
    p.add_argument("--sheet", help="the sheet holding the matrix (default: found automatically)")
    p.add_argument("--force", action="store_true", help="overwrite out")
    p.add_argument("--all-sheets", action="store_true",
                   help="read every sheet with the same roles as the one chosen, each "
                        "sheet's activities under a phase named after it")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--people", dest="people", action="store_true", default=None,
                       help="read the role headings as people's names (each becomes a role "
                            "filled by that person)")
    group.add_argument("--no-people", dest="people", action="store_false",
                       help="never read role headings as people")
    p.add_argument("--people-columns", metavar="C,D",
                   help="these role columns name people, whatever the evidence says (row "
                        "numbers when the roles run down the side)")
    p.add_argument("--header-row", type=int, metavar="N",
                   help="the row of headings across the top: the role names, or the activity "
                        "names when the roles run down the side (default: found automatically)")
    p.add_argument("--phase-column", metavar="C",
                   help="the column holding phases ('' for none; default: guessed)")
    p.set_defaults(func=cmd_import)
