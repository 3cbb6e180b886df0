"""The ``raci`` command line: create, inspect, edit, check, import and export projects.

Command names and JSON shapes are a contract scripts rely on. Any unusable input
ends with one ``raci: error: ...`` line on stderr and exit status 2; ``validate``
exits 1 when the project has errors.

Commands that change a project hold its lock (``raci.lock``) while they run and
refuse a project another program holds unless given ``--force``. SIGTERM is
turned into the same clean stop as Ctrl+C, so an interrupted command removes
what it had half made; output cut short by a closed pipe (``raci info F | head``)
ends quietly.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, NoReturn

from raci import __version__
from raci.checks import check_project, summary
from raci.errors import RaciError
from raci.lock import CLI, LockedError, acquire, read_holder
from raci.schemes import SCHEMES
from raci.state import MAX_THRESHOLD
from raci.wording import counted

if TYPE_CHECKING:
    from raci.service import ProjectService

# The service, the database layer and the project locations load with the first command
# that opens or creates a project: `raci derive` and `raci templates` need none of them.

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
MAX_COUNT = MAX_THRESHOLD


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one 'raci: error:' line and exit 2."""

    def error(self, message: str) -> NoReturn:
        """Override ArgumentParser.error."""
        sys.stderr.write(f"raci: error: {message} (see '{self.prog} --help')\n")
        sys.exit(EXIT_USAGE)


Handler = Callable[[argparse.Namespace], int]


@contextmanager
def open_project(path: str | Path, write: bool = False,
                 force: bool = False) -> Iterator[ProjectService]:
    """A project for one command, closed afterwards.

    To write, the command holds the project's lock; a project another program
    holds is refused (naming the holder) unless ``force``. To read, a project
    held by another writer is opened read-only. A server URL opens the shared
    project (the server orders writers itself; no lock is needed).
    """
    from raci.locations import is_url, open_location
    from raci.service import ProjectService

    if is_url(path):
        shared = open_location(str(path))
        try:
            if write and shared.stopped is not None:
                raise RaciError(shared.stopped)
            yield shared
        finally:
            shared.close()
        return
    path = Path(path)
    lock = None
    if write and not force and path.is_file():  # a missing file gets its own message
        try:
            lock = acquire(path, CLI)
        except LockedError as exc:
            raise RaciError(f"{exc}; close it there first, or pass --force to write "
                            "anyway") from exc
    try:
        read_only = False
        if not write:
            holder = read_holder(path)
            read_only = holder is not None and not holder.stale
        service = ProjectService.open(path, read_only=read_only)
        try:
            yield service
        finally:
            service.close()
    finally:
        if lock is not None:
            lock.release()


def count_arg(value: str) -> int:
    """A whole number from 0 to MAX_COUNT (argparse type)."""
    text = value.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 7 or int(text) > MAX_COUNT:
        raise argparse.ArgumentTypeError(
            f"{value[:30]!r} must be a whole number, 0 or more and at most {MAX_COUNT:,}")
    return int(text)


def add_force(p: argparse.ArgumentParser) -> None:
    """The --force option of commands that change a project."""
    p.add_argument("--force", action="store_true",
                   help="write even if another program has the project open for writing")


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


# --- commands -------------------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    """raci new FILE|URL"""
    from raci.locations import create_location, describe, is_url

    path = args.file if is_url(args.file) else Path(args.file)
    if args.template:
        from raci.templates import TemplateLibrary, apply_template

        library = TemplateLibrary.default()
        template = library.get(args.template)
        state = create_location(path, args.name or template.name,
                                args.scheme or template.scheme,
                                lambda service: apply_template(service, template))
    else:
        state = create_location(path, args.name, args.scheme or "RACI")
    print(
        f"created {describe(path)} ({state.scheme_id}, {counted(len(state.roles), 'role')}, "
        f"{counted(len(state.activities), 'activity')})"
    )
    return EXIT_OK


def project_info(service: ProjectService) -> dict[str, Any]:
    """The JSON form of ``raci info``."""
    state = service.state()
    roles_by_id = {r.id: r for r in state.roles}
    people_by_id = {p.id: p for p in state.people}
    return {
        "name": state.name,
        "scheme": state.scheme_id,
        "thresholds": {
            "overload": state.thresholds.overload,
            "max_responsible": state.thresholds.max_responsible,
            "max_consulted": state.thresholds.max_consulted,
        },
        "roles": [
            {
                "name": r.name,
                "code": r.code,
                "description": r.description,
                "people": [people_by_id[p].name for p in r.people],
            }
            for r in state.roles
        ],
        "people": [
            {
                "name": p.name,
                "email": p.email,
                "title": p.title,
                "roles": [roles_by_id[r].name for r in p.roles],
            }
            for p in state.people
        ],
        "activities": [
            {
                "name": a.name,
                "phase": a.phase,
                "description": a.description,
                "assignments": {
                    r.name: state.cell_text(a.id, r.id)
                    for r in state.roles
                    if state.letters(a.id, r.id)
                },
                "notes": {
                    r.name: state.notes[(a.id, r.id)]
                    for r in state.roles
                    if (a.id, r.id) in state.notes
                },
            }
            for a in state.activities
        ],
    }


def cmd_info(args: argparse.Namespace) -> int:
    """raci info FILE"""
    with open_project(args.file) as service:
        info = project_info(service)
    if args.json:
        _print_json(info)
        return EXIT_OK
    print(f"{info['name']}  ({info['scheme']})")
    print(f"roles ({len(info['roles'])}):")
    for r in info["roles"]:
        staffed = ", ".join(r["people"]) or "nobody"
        print(f"  {r['code']:<6} {r['name']}  [{staffed}]")
    print(f"people ({len(info['people'])}):")
    for p in info["people"]:
        print(f"  {p['name']}  {p['email']}  {', '.join(p['roles']) or 'no role'}")
    print(f"activities ({len(info['activities'])}):")
    phase = None
    for a in info["activities"]:
        if a["phase"] != phase:
            phase = a["phase"]
            print(f"  [{phase or 'no phase'}]")
        cells = "  ".join(f"{k}={v}" for k, v in a["assignments"].items())
        print(f"    {a['name']}: {cells}")
    return EXIT_OK


def cmd_role_add(args: argparse.Namespace) -> int:
    """raci role add FILE NAME"""
    with open_project(args.file, write=True, force=args.force) as service:
        role_id = service.add_role(args.name, args.code, args.description or "")
        role = service.state().role(role_id)
    print(f"added role {role.label}")
    return EXIT_OK


def cmd_person_add(args: argparse.Namespace) -> int:
    """raci person add FILE NAME"""
    with open_project(args.file, write=True, force=args.force) as service, \
            service.transaction():
        roles = [service.find_role(r).id for r in args.role or []]
        service.add_person(args.name, args.email or "", args.title or "", roles)
    print(f"added person {args.name}")
    return EXIT_OK


def cmd_activity_add(args: argparse.Namespace) -> int:
    """raci activity add FILE NAME"""
    with open_project(args.file, write=True, force=args.force) as service, \
            service.transaction():
        phase = service.ensure_phase(args.phase or "")
        service.add_activity(args.name, phase, args.description or "")
    print(f"added activity {args.name}")
    return EXIT_OK


def cmd_assign(args: argparse.Namespace) -> int:
    """raci assign FILE ACTIVITY ROLE LETTERS"""
    with open_project(args.file, write=True, force=args.force) as service:
        activity = service.find_activity(args.activity)
        role = service.find_role(args.role)
        text = "" if args.letters.strip() == "-" else args.letters
        with service.transaction():
            service.set_cell(activity.id, role.id, text)
            if args.note is not None:
                service.set_note(activity.id, role.id, args.note)
        shown = service.state().cell_text(activity.id, role.id) or "(empty)"
    print(f"{activity.name} / {role.code}: {shown}")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    """raci validate FILE"""
    with open_project(args.file) as service:
        findings = check_project(service.state())
    counts = summary(findings)
    if args.json:
        _print_json({"findings": [f.as_dict() for f in findings], "summary": counts})
    else:
        for f in findings:
            print(f"{f.severity.value:<7} {f.rule:<22} {f.message}")
        print(
            f"{counted(counts['error'], 'error')}, {counted(counts['warning'], 'warning')}, "
            f"{counted(counts['info'], 'suggestion')}"
        )
    return EXIT_FINDINGS if counts["error"] else EXIT_OK


def cmd_copy(args: argparse.Namespace) -> int:
    """raci copy FILE|URL TARGET (a file or a URL: publish to a server, or work offline)"""
    from raci.locations import copy_project, is_url
    from raci.project_files import check_replaceable

    target: str | Path = args.target
    if not is_url(args.target):
        target = Path(args.target)
        if target.exists():
            if not args.force:
                raise RaciError(f"{target}: already exists; pass --force to overwrite it")
            check_replaceable(target)
    with open_project(args.file) as service:
        shown = copy_project(service, target, overwrite=args.force)
    print(f"saved a copy to {shown}")
    return EXIT_OK


def cmd_log(args: argparse.Namespace) -> int:
    """raci log FILE|URL"""
    with open_project(args.file) as service:
        ids: dict[str, int] = {}
        if args.activity:
            ids["activity_id"] = service.find_activity(args.activity).id
        if args.role:
            ids["role_id"] = service.find_role(args.role).id
        if args.person:
            ids["person_id"] = service.find_person(args.person).id
        records = service.log(limit=args.limit, **ids)
    if args.json:
        _print_json([{"revision": r.revision, "at": r.at, "who": r.who,
                      "action": r.entry.action, "subject": r.entry.subject,
                      "old": r.entry.old, "new": r.entry.new} for r in records])
        return EXIT_OK
    for r in records:
        change = f"{r.entry.old or '-'} -> {r.entry.new or '-'}"
        print(f"{r.at.replace('T', ' ')[:19]}  {r.who:<12} {r.entry.action:<16} "
              f"{r.entry.subject}: {change}")
    if not records:
        print("no recorded changes")
    return EXIT_OK


def _changes_settings(args: argparse.Namespace) -> bool:
    return any(getattr(args, key) is not None for key in
               ("name", "scheme", "overload", "max_responsible", "max_consulted"))


def cmd_settings(args: argparse.Namespace) -> int:
    """raci settings FILE"""
    with open_project(args.file, write=_changes_settings(args), force=args.force) as service:
        with service.transaction():
            if args.name is not None:
                service.rename_project(args.name)
            if args.scheme is not None:
                service.set_scheme(args.scheme)
            if any(v is not None for v in (args.overload, args.max_responsible,
                                            args.max_consulted)):
                service.set_thresholds(args.overload, args.max_responsible, args.max_consulted)
        state = service.state()
    t = state.thresholds
    print(f"{state.name}: scheme {state.scheme_id}, overload {t.overload}, "
          f"max responsible {t.max_responsible}, max consulted {t.max_consulted}")
    return EXIT_OK


# --- parser ---------------------------------------------------------------------------

EXTRA_COMMANDS: list[Callable[[Any], None]] = []
"""Functions that add sub-commands (templates, Excel, derivation register here)."""


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser."""
    parser = _Parser(
        prog="raci",
        description="Create, check, import and export RACI responsibility matrices.",
        epilog="Exit status: 0 success, 1 validate found errors, 2 unusable input.",
    )
    parser.add_argument("--version", action="version", version=f"raci {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("new", help="create a project file (or a project on a server)")
    p.add_argument("file", help="the .raci file to create, or a postgresql://USER@HOST/DB URL")
    p.add_argument("--name", help="project name (default: the file name)")
    p.add_argument("--scheme", choices=list(SCHEMES), type=_scheme_arg, help="letter scheme")
    p.add_argument("--template", metavar="ID", help="start from a template (see 'raci templates')")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("info", help="show roles, people and the matrix")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_info)

    role = sub.add_parser("role", help="manage roles").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    p = role.add_parser("add", help="add a role column")
    p.add_argument("file")
    p.add_argument("name")
    p.add_argument("--code", help="short code shown in the matrix (default: initials)")
    p.add_argument("--description", help="one-line description")
    add_force(p)
    p.set_defaults(func=cmd_role_add)

    person = sub.add_parser("person", help="manage people").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    p = person.add_parser("add", help="add a person")
    p.add_argument("file")
    p.add_argument("name")
    p.add_argument("--email")
    p.add_argument("--title")
    p.add_argument("--role", action="append", help="a role they fill (repeatable)")
    add_force(p)
    p.set_defaults(func=cmd_person_add)

    activity = sub.add_parser("activity", help="manage activities").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    p = activity.add_parser("add", help="add an activity row")
    p.add_argument("file")
    p.add_argument("name")
    p.add_argument("--phase", help="phase to put it in (created if new)")
    p.add_argument("--description")
    add_force(p)
    p.set_defaults(func=cmd_activity_add)

    p = sub.add_parser("assign", help="set the letters of one cell")
    p.add_argument("file")
    p.add_argument("activity", help="activity name or row number")
    p.add_argument("role", help="role name or code")
    p.add_argument("letters", help='letters such as "A/R"; "-" or "" clears the cell')
    p.add_argument("--note", help='a note on the cell ("" removes it)')
    add_force(p)
    p.set_defaults(func=cmd_assign)

    p = sub.add_parser("validate", help="run the checks (exit 1 when there are errors)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("settings", help="show or change the name, scheme and check thresholds")
    p.add_argument("file")
    p.add_argument("--name", help="rename the project")
    p.add_argument("--scheme", choices=list(SCHEMES), type=_scheme_arg,
                   help="switch scheme (letters are mapped, or the command explains why not)")
    p.add_argument("--overload", type=count_arg, metavar="N",
                   help="flag roles and people with A or R on more than N activities")
    p.add_argument("--max-responsible", type=count_arg, metavar="N",
                   help="flag activities with more than N doers")
    p.add_argument("--max-consulted", type=count_arg, metavar="N",
                   help="flag activities with more than N consulted")
    add_force(p)
    p.set_defaults(func=cmd_settings)

    p = sub.add_parser("copy", help="copy a project between files and servers "
                                    "(publish a file to a server, or take a server project "
                                    "offline)")
    p.add_argument("file", help="the project: a .raci file or postgresql://USER@HOST/DB URL")
    p.add_argument("target", help="a .raci file or a postgresql:// URL")
    p.add_argument("--force", action="store_true", help="overwrite a target file")
    p.set_defaults(func=cmd_copy)

    p = sub.add_parser("log", help="show the project's history: who changed what, when")
    p.add_argument("file")
    p.add_argument("--activity", help="only changes to this activity")
    p.add_argument("--role", help="only changes to this role (name or code)")
    p.add_argument("--person", help="only changes to this person")
    p.add_argument("--limit", type=count_arg, default=1000, metavar="N",
                   help="at most N entries, newest first (default 1000)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_log)

    for add in EXTRA_COMMANDS:
        add(sub)
    return parser


def _scheme_arg(value: str) -> str:
    for key in SCHEMES:
        if key.lower() == value.lower():
            return key
    return value


def _register_extras() -> None:
    """Import the modules that add sub-commands."""
    import importlib

    for name in ("raci.template_commands", "raci.excel.commands", "raci.derive.commands"):
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        register = getattr(module, "register_cli", None)
        if register is not None and register not in EXTRA_COMMANDS:
            EXTRA_COMMANDS.append(register)


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: stop like Ctrl+C, so half-made files are removed on the way out."""


def _on_sigterm(signum: int, _frame: FrameType | None) -> None:
    raise Terminated(signum)


@contextmanager
def _stop_cleanly_on_sigterm() -> Iterator[None]:
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread (tests may call main from one)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def one_line(message: str) -> str:
    """A message on one line (messages quoted from libraries may span several)."""
    return " ".join(message.split())


def _quiet_stdout() -> None:
    """After a closed pipe, point stdout at the null device so exit flushes nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``raci`` command."""
    return _run(_parsed(argv))


# Commands that leave nothing open when they return: they read their inputs and write their
# one output file, each closed as soon as it is done, and open no project.
ENDS_AT_ONCE = frozenset({"derive"})


def run() -> NoReturn:
    """The ``raci`` command as a process of its own (the console script, ``python -m raci``).

    After a command of :data:`ENDS_AT_ONCE` the process ends at once, its output flushed:
    Python would otherwise free every object the command made one by one before exiting
    (after deriving a draft from a 1 MB document, the cached readings of some 20,000
    sentences: 0.3 to 0.5 s), which the operating system does in one step. Every other
    command exits as usual, so a project's database is closed as it always is."""
    args = _parsed(None)
    code = _run(args)
    if args.command not in ENDS_AT_ONCE:
        sys.exit(code)
    with suppress(BrokenPipeError):  # (the reader stopped early: nothing more to say)
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


def _parsed(argv: Sequence[str] | None) -> argparse.Namespace:
    _register_extras()
    return build_parser().parse_args(argv)


def _run(args: argparse.Namespace) -> int:
    try:
        with _stop_cleanly_on_sigterm():
            result: int = args.func(args)
            sys.stdout.flush()
        return result
    except BrokenPipeError:
        _quiet_stdout()  # the reader stopped early (raci info F | head): not an error
        return EXIT_OK
    except RaciError as exc:
        sys.stderr.write(f"raci: error: {one_line(str(exc))}\n")
        return EXIT_USAGE
    except OSError as exc:
        from raci.files import os_error_reason

        where = f"{exc.filename}: " if exc.filename else ""
        sys.stderr.write(f"raci: error: {where}{os_error_reason(exc)}\n")
        return EXIT_USAGE
    except Terminated:
        sys.stderr.write("raci: error: stopped by a termination signal\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("raci: error: interrupted\n")
        return EXIT_USAGE
    except Exception as exc:
        # a database error can only come from a command that loaded the database layer
        sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
        if sqlalchemy_exc is None or not isinstance(exc, sqlalchemy_exc.SQLAlchemyError):
            raise
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        sys.stderr.write(f"raci: error: the project file could not be used ({reason})\n")
        return EXIT_USAGE


if __name__ == "__main__":
    run()
