"""Regenerate the derivation comparison in docs/derive.md from the seed articles.

Usage (from the repository root; the articles live outside the repository):

    python scripts/derive_seeds.py [--seeds ../shared/seeds] [--drafts DIR]

For every built-in template it derives a draft from that template's source
articles and pairs each built-in activity with the draft row(s) it comes from.
Only names we wrote, row counts and source locations go into docs/derive.md;
no article text does. With --drafts the raw drafts (which do quote the
articles in their evidence) are written to DIR for inspection, outside the
repository.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from raci.checks import normalise_name  # noqa: E402
from raci.derive.draft import DraftRow, derive  # noqa: E402
from raci.templates import Template, TemplateLibrary, write_template  # noqa: E402

PAIR_SCORE = 40.0
BEGIN = "<!-- derive-seeds:begin -->"
END = "<!-- derive-seeds:end -->"


def _similar(a: str, b: str) -> float:
    return float(fuzz.token_set_ratio(normalise_name(a), normalise_name(b)))


STOP = {"and", "the", "of", "for", "with", "to", "a", "an", "in", "on", "product", "team",
        "teams", "technical", "off", "all"}


SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "es", "s", "ed")


def _stem(word: str) -> str:
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:5]


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in normalise_name(text).split() if w not in STOP and len(w) > 2}


def _score(act_name: str, act_text: str, row: DraftRow) -> float:
    """How well a draft row supports a built-in activity: shared word stems, then names."""
    row_text = row.name + " " + " ".join(c.text for c in row.claims)
    wanted = _stems(act_name)
    name_share = len(wanted & _stems(row.name)) / max(1, len(wanted))
    text_share = len(wanted & _stems(row_text)) / max(1, len(wanted))
    return 60 * name_share + 25 * text_share + 0.15 * _similar(act_name + " " + act_text,
                                                                row_text)


def pair(template: Template, rows: list[DraftRow]) -> list[tuple[str, DraftRow | None, float]]:
    """Each built-in activity with its best draft row from the same article (or None)."""
    out = []
    for act in template.activities:
        source = act.provenance.source
        candidates = [r for r in rows if any(c.document == source for c in r.claims)]
        scored = [(_score(act.name, act.description, r), r) for r in candidates]
        score, best = max(scored, key=lambda s: s[0], default=(0.0, None))
        out.append((act.name, best if score >= PAIR_SCORE else None, score))
    return out


def render(seeds: Path, drafts: Path | None) -> str:
    """The markdown between the markers of docs/derive.md."""
    library = TemplateLibrary.default()
    lines = []
    for template in library.templates():
        sources = [seeds / s for s in template.source_files()]
        draft = derive(sources)
        if drafts is not None:
            drafts.mkdir(parents=True, exist_ok=True)
            write_template(draft.to_template(f"draft-{template.id}", f"Draft for {template.id}"),
                           drafts / f"draft-{template.id}.toml")
        pairs = pair(template, draft.rows)
        found = sum(1 for _n, row, _s in pairs if row is not None)
        review = sum(1 for r in draft.rows if r.review)
        lines.append(f"### {template.name} (`{template.id}`)\n")
        lines.append(
            f"Draft from {len(sources)} article(s): {len(draft.roles)} roles "
            f"({', '.join(r.code for r in draft.roles)}), {len(draft.rows)} rows, "
            f"{review} marked for review. Built-in activities with a draft row: "
            f"**{found} of {len(pairs)}**.\n"
        )
        lines.append("| Built-in activity | Draft row (document, location) | Similarity |")
        lines.append("| --- | --- | --- |")
        for name, row, score in pairs:
            if row is None:
                lines.append(f"| {name} | none | - |")
            else:
                first = next(c for c in row.claims)
                lines.append(f"| {name} | {first.document[:3]}, {first.location} | "
                             f"{score:.0f} |")
        lines.append("")
    return "\n".join(lines)


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
    doc.write_text(f"{head}{BEGIN}\n{render(args.seeds, args.drafts)}\n{END}{tail}",
                   encoding="utf-8")
    print(f"updated {doc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
