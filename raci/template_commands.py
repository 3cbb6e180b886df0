"""``raci templates`` and ``raci template save|check|apply`` on the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from raci.cli import add_force, open_project
from raci.errors import RaciError
from raci.files import refuse_same
from raci.templates import (
    TemplateLibrary,
    apply_template,
    describe_templates,
    load_template,
    template_from_project,
    write_template,
)
from raci.wording import counted


def cmd_templates(args: argparse.Namespace) -> int:
    """raci templates"""
    library = TemplateLibrary.default()
    entries = library.entries()
    if args.json:
        good = describe_templates(e.template for e in entries if e.template is not None)
        origins = {e.id: (e.origin, str(e.path)) for e in entries if e.template is not None}
        for item in good:
            item["origin"], item["path"] = origins[item["id"]]
        broken = [{"id": e.id, "path": str(e.path), "error": e.error}
                  for e in entries if e.template is None]
        print(json.dumps({"templates": good, "broken": broken}, indent=2, ensure_ascii=False))
        return 0
    for entry in entries:
        t = entry.template
        if t is None:
            print(f"{entry.id}  [broken] {entry.error}")
            continue
        roles = ", ".join(r.code for r in t.roles)
        print(f"{t.id}  ({entry.origin}) {t.name}: "
              f"{counted(len(t.activities), 'activity')}; roles {roles}")
        if t.description:
            print(f"    {t.description}")
        if t.source_files():
            print(f"    sources: {'; '.join(t.source_title(f) for f in t.source_files())}")
    return 0


def cmd_template_save(args: argparse.Namespace) -> int:
    """raci template save PROJECT OUT"""
    out = Path(args.out)
    if out.exists() and not args.force:
        raise RaciError(f"{out}: already exists; pass --force to overwrite it")
    refuse_same(out, Path(args.project))
    with open_project(args.project) as service:
        template = template_from_project(service, args.id, args.name, args.description or "")
    write_template(template, out)
    print(f"saved template {template.id} ({counted(len(template.activities), 'activity')}) "
          f"to {out}")
    return 0


def cmd_template_check(args: argparse.Namespace) -> int:
    """raci template check FILE"""
    template = load_template(Path(args.file))
    print(
        f"{args.file}: valid template {template.id} ({counted(len(template.roles), 'role')}, "
        f"{counted(len(template.activities), 'activity')})"
    )
    return 0


def _role_map(pairs: list[str] | None) -> dict[str, str]:
    mapping = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise RaciError(f"--map {pair!r}: write it as TEMPLATE_CODE=PROJECT_ROLE")
        left, right = pair.split("=", 1)
        mapping[left.strip()] = right.strip()
    return mapping


def cmd_template_apply(args: argparse.Namespace) -> int:
    """raci template apply PROJECT TEMPLATE"""
    template = TemplateLibrary.default().get(args.template)
    with open_project(args.project, write=True, force=args.force) as service:
        report = apply_template(service, template, _role_map(args.map), args.on_conflict)
    print(report.summary())
    for c in report.conflicts:
        print(f"  conflict: '{c.activity}' / {c.role}: project {c.existing}, template {c.template}")
    return 0


def register_cli(sub: Any) -> None:
    """Add the template commands to the raci parser."""
    p = sub.add_parser("templates", help="list the available templates")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_templates)

    template = sub.add_parser("template", help="save, check or apply a template")
    actions = template.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(template)
    )
    p = actions.add_parser("save", help="save a project's roles and activities as a template")
    p.add_argument("project")
    p.add_argument("out", help="the .toml file to write")
    p.add_argument("--id", help="template id (default: from the name)")
    p.add_argument("--name", help="template name (default: the project name)")
    p.add_argument("--description")
    p.add_argument("--force", action="store_true", help="overwrite out")
    p.set_defaults(func=cmd_template_save)

    p = actions.add_parser("check", help="check a template file (exit 2 with reasons if invalid)")
    p.add_argument("file")
    p.set_defaults(func=cmd_template_check)

    p = actions.add_parser("apply", help="add a template's roles and activities to a project")
    p.add_argument("project")
    p.add_argument("template", help="template id or .toml file")
    p.add_argument("--map", action="append", metavar="CODE=ROLE",
                   help="use an existing project role for a template role (repeatable)")
    p.add_argument("--on-conflict", choices=["keep", "replace", "error"], default="keep",
                   help="what to do with filled cells the template disagrees with (default keep)")
    add_force(p)
    p.set_defaults(func=cmd_template_apply)
