"""Regenerate the derivation comparison in docs/derive.md from the seed articles.

Usage (from the repository root; the articles live outside the repository):

    python scripts/derive_seeds.py [--seeds ../shared/seeds] [--drafts DIR]

For every built-in template it derives a draft from that template's source
articles and checks the reviewed pairing in scripts/seed_mapping.toml: every
built-in activity is either reached from named draft rows by review edits, or
explained. It exits 1 when the mapping no longer fits the drafts.
Only names we wrote, row counts and source locations go into docs/derive.md;
no article text does. With --drafts the raw drafts (which do quote the
articles in their evidence) are written to DIR for inspection, outside the
repository.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from raci.derive.draft import DraftRow, derive  # noqa: E402
from raci.templates import Template, TemplateLibrary, write_template  # noqa: E402
from raci.wording import counted  # noqa: E402

BEGIN = "<!-- derive-seeds:begin -->"
END = "<!-- derive-seeds:end -->"


MAPPING = Path(__file__).with_name("seed_mapping.toml")


def row_keys(rows: list[DraftRow]) -> dict[str, DraftRow]:
    """Stable names for draft rows: article prefix, line, order on that line."""
    seen: dict[str, int] = {}
    out: dict[str, DraftRow] = {}
    for row in rows:
        first = row.claims[0]
        base = f"{first.document[:3]}:{first.location.split()[-1]}"
        seen[base] = seen.get(base, 0) + 1
        out[f"{base}:{seen[base]}"] = row
    return out


def check_roles(template: Template, draft_codes: set[str],
                mapping: dict[str, object]) -> list[str]:
    """Every built-in role must come from draft roles (renamed or merged)."""
    roles = mapping.get("roles", {})
    assert isinstance(roles, dict)
    problems = []
    for role in template.roles:
        codes = roles.get(role.code)
        if not codes:
            problems.append(f"{template.id}: role {role.code} has no draft role in the mapping")
            continue
        problems += [f"{template.id}: role {role.code}: the draft has no role {code}"
                     for code in codes if code not in draft_codes]
    return problems


def check_mapping(template: Template, rows: list[DraftRow],
                  mapping: dict[str, object]) -> tuple[list[tuple[str, object]], list[str]]:
    """Pair each activity with its mapped rows; report problems with the mapping."""
    keys = row_keys(rows)
    problems: list[str] = []
    used: dict[str, str] = {}
    pairs: list[tuple[str, object]] = []
    for act in template.activities:
        entry = mapping.get(act.name)
        if entry is None:
            problems.append(f"{template.id}: '{act.name}' is not in {MAPPING.name}")
            entry = "not reviewed yet"
        if isinstance(entry, list):
            for key in entry:
                if key not in keys:
                    problems.append(f"{template.id}: '{act.name}': no draft row {key}")
                elif key in used:
                    problems.append(f"{template.id}: row {key} used by '{used[key]}' and "
                                    f"'{act.name}'")
                used[key] = act.name
        pairs.append((act.name, entry))
    extra = set(mapping) - {a.name for a in template.activities} - {"roles"}
    problems += [f"{template.id}: '{name}' is mapped but not in the template" for name in extra]
    return pairs, problems


def render(seeds: Path, drafts: Path | None) -> tuple[str, list[str]]:
    """The markdown between the markers of docs/derive.md, and any mapping problems."""
    library = TemplateLibrary.default()
    mappings = tomllib.loads(MAPPING.read_text(encoding="utf-8"))
    lines: list[str] = []
    problems: list[str] = []
    totals = [0, 0]
    for template in library.templates():
        sources = [seeds / s for s in template.source_files()]
        draft = derive(sources)
        if drafts is not None:
            drafts.mkdir(parents=True, exist_ok=True)
            write_template(draft.to_template(f"draft-{template.id}", f"Draft for {template.id}"),
                           drafts / f"draft-{template.id}.toml")
        mapping = mappings.get(template.id, {})
        pairs, found = check_mapping(template, draft.rows, mapping)
        problems += found
        problems += check_roles(template, {r.code for r in draft.roles}, mapping)
        role_map = mapping.get("roles", {})
        reached = sum(1 for _n, entry in pairs if isinstance(entry, list) and entry)
        totals[0] += reached
        totals[1] += len(pairs)
        review = sum(1 for r in draft.rows if r.review)
        lines.append(f"### {template.name} (`{template.id}`)\n")
        lines.append(
            f"Draft from {counted(len(sources), 'article')}: {counted(len(draft.roles), 'role')} "
            f"({', '.join(r.code for r in draft.roles)}), {counted(len(draft.rows), 'row')}, "
            f"{review} marked for review. Built-in activities reachable by review edits: "
            f"**{reached} of {len(pairs)}**.\n"
        )
        lines.append("Roles: " + "; ".join(
            f"{r.code} from {' + '.join(role_map.get(r.code, ['?']))}" for r in template.roles
        ) + ".\n")
        lines.append("| Built-in activity | Draft rows (article:line:order) |")
        lines.append("| --- | --- |")
        for name, entry in pairs:
            shown = ", ".join(entry) if isinstance(entry, list) else f"none: {entry}"
            lines.append(f"| {name} | {shown} |")
        lines.append("")
    lines.insert(0, f"Reachable by review edits alone: **{totals[0]} of {totals[1]}** built-in "
                    "activities.\n")
    return "\n".join(lines), problems


def main() -> int:
    """Regenerate the section and report what changed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--drafts", type=Path, help="also write the raw drafts here")
    args = parser.parse_args()
    if not args.seeds.is_dir():
        print(f"derive_seeds: error: {args.seeds}: no such folder", file=sys.stderr)
        return 2
    doc = ROOT / "docs" / "derive.md"
    text = doc.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        print(f"derive_seeds: error: {doc} lacks the {BEGIN} markers", file=sys.stderr)
        return 2
    head, rest = text.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    section, problems = render(args.seeds, args.drafts)
    doc.write_text(f"{head}{BEGIN}\n{section}\n{END}{tail}", encoding="utf-8")
    print(f"updated {doc}")
    for problem in problems:
        print(f"derive_seeds: mapping: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
