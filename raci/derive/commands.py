"""``raci derive``: documents to a draft template on the command line."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from raci.derive.formats import SUPPORTED_NAMES
from raci.errors import RaciError
from raci.files import refuse_same
from raci.similar import one_blas_thread
from raci.templates import MAX_TEMPLATE_BYTES, TemplateTooLargeError, write_template
from raci.wording import counted


def _choices(pairs: list[str] | None) -> dict[str, str]:
    out = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise RaciError(f"--role {pair!r}: write it as FOUND=CODE, FOUND=NAME or "
                            "FOUND=NAME (CODE)")
        found, target = pair.split("=", 1)
        out[found.strip()] = target.strip()
    return out


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off for the run of one command: deriving builds hundreds of
    thousands of objects that live to the end (parser tokens, blocks, claims, rows), and
    each full collection scans all of them again, two thirds of the time of reading a
    long table. Nothing a derivation makes needs collecting before the command ends; the
    collector is on again afterwards. The app derives under it too, on its worker thread:
    a full collection would hold the window's thread as long as it scans, so the window
    stays live without it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            # what the run made and kept (its caches) put in the oldest generation at once
            # (frozen, then let go there): the first young collection after enabling would
            # otherwise scan every one of them, 0.1 s after a 1 MB document
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def cmd_derive(args: argparse.Namespace) -> int:
    """raci derive DOC... -o TEMPLATE.toml"""
    one_blas_thread()
    with no_cycle_collection():
        return _derive(args)


def _derive(args: argparse.Namespace) -> int:
    # The extractor (and its word-class data) loads only for this command.
    from raci.derive.draft import default_id, default_name, derive, open_decisions

    out = Path(args.output)
    if out.suffix != ".toml":
        raise RaciError(f"{out}: a template file name must end in .toml")
    if out.is_dir():
        raise RaciError(f"{out}: is a folder; give a file name ending in .toml")
    if out.exists() and not args.force:
        raise RaciError(f"{out}: already exists; pass --force to overwrite it")
    paths = [Path(d) for d in args.documents]
    refuse_same(out, *paths)
    draft = derive(paths, _choices(args.role), args.drop or [])
    template = draft.to_template(args.id or default_id(paths),
                                 args.name or default_name(draft.documents, draft.titles),
                                 f"Draft derived from {', '.join(draft.documents)}")
    try:
        write_template(template, out)
    except TemplateTooLargeError as exc:
        # every cell quotes the passage it comes from, so a long document's draft can pass
        # the size a template file may have: say which documents and what to do
        size = (f"{counted(len(template.activities), 'activity')}, "
                f"{counted(len(template.roles), 'role')}")
        raise RaciError(
            f"{', '.join(p.name for p in paths)}: the draft ({size}) is larger than "
            f"{MAX_TEMPLATE_BYTES // 1_000_000} MB, too large for a template; derive from "
            "the sections that describe roles, or from fewer documents at a time") from exc
    for name, count in draft.contributed.items():
        if name not in draft.skipped:
            print(f"{name}: {counted(count, 'cell')}")
    for name, reason in draft.skipped.items():
        print(f"raci: warning: {name} contributed nothing to the draft: {reason}",
              file=sys.stderr)
    print(f"roles: {', '.join(f'{r.code} = {r.name}' for r in template.roles)}")
    print(f"{counted(len(template.activities), 'activity')} written to {out}")
    decisions = open_decisions(template)
    if decisions:
        print(f"{counted(len(decisions), 'decision')} still open (review them in the app or "
              "edit the file):")
        for line in decisions:
            print(f"  {line}")
    else:
        print("no open decisions: every activity has one owner and a doer")
    return 0


def register_cli(sub: Any) -> None:
    """Add the derive command to the raci parser."""
    p = sub.add_parser(
        "derive",
        help="derive a draft template from role documents "
             f"({SUPPORTED_NAMES.replace(' or ', ', ')})",
        description="Draft a template from documents that say who does what: "
                    f"{SUPPORTED_NAMES.replace(' or ', ', ')} files (a PDF needs a text "
                    "layer; a scan has none). Every cell of the draft points back to the "
                    "sentence it came from.")
    p.add_argument("documents", nargs="+", metavar="DOC",
                   help="a document that says who does what (give several to combine them)")
    p.add_argument("-o", "--output", required=True, help="the template file to write (.toml)")
    p.add_argument("--role", action="append", metavar="FOUND=TARGET",
                   help='confirm, rename or merge a role, e.g. "Technical Product Manager=TPM" '
                        'or "TPM2=Technical Program Manager (TPGM)"; when given, unnamed roles '
                        "are dropped (repeatable)")
    p.add_argument("--drop", action="append", metavar="ROLE", help="leave a role out")
    p.add_argument("--id", help="template id (default: from the first document)")
    p.add_argument("--name", help="template name (default: the title the first document "
                                  "opens with, else its file name, then 'and N more' for "
                                  "the other documents)")
    p.add_argument("--force", action="store_true", help="overwrite the output file")
    p.set_defaults(func=cmd_derive)
