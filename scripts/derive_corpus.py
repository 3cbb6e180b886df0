"""Score derivation on a labelled corpus of third-party documents and print a table.

Usage (from the repository root; the corpus lives outside the repository):

    python scripts/derive_corpus.py [--corpus ../shared/corpus/documents] [--doc NAME ...]
                                    [--detail] [--markdown]
    python scripts/derive_corpus.py --labelled tests/derive_eval/unseen [--detail]

The corpus folder holds ``docs/`` (the documents) and ``gold/`` (one TOML file per
document in the format of ``tests/derive_eval/expected.toml`` plus ``roles``,
``aliases`` and ``arguable``). Every document is derived on its own, exactly as
``raci derive DOC`` would, and scored with ``raci.derive.evaluate``: roles P/R after
mapping draft roles onto the gold roles (names, codes, aliases), role-activity pairs
P/R, owners P/R, junk rows (activities matching no gold or arguable activity) and the
recall of C and I. A document without a draft counts all its gold as missed. No
document text is printed unless --detail is given, and nothing is written.

``--labelled DIR`` scores a labelled set kept in the repository instead: the documents
in DIR and one ``expected.toml`` listing them all (Word documents and PowerPoint decks
named there are built by ``tests/derive_docx.py`` and ``tests/derive_pptx.py`` into a
temporary folder).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from raci.derive.draft import derive  # noqa: E402
from raci.derive.evaluate import (  # noqa: E402
    Score,
    _same,
    junk_rows,
    letter_recall,
    map_roles,
    rename_roles,
    score,
)
from raci.errors import RaciError  # noqa: E402
from raci.wording import counted  # noqa: E402


@dataclass
class Result:
    """One document's figures."""

    name: str
    error: str | None = None
    roles: tuple[int, int, int, int] = (0, 0, 0, 0)  # derived, derived hit, gold, gold hit
    pairs: Score = field(default_factory=lambda: Score(0, 0, 0, 0, 0, 0))
    rows: int = 0
    junk: int = 0
    c: tuple[int, int] = (0, 0)
    i: tuple[int, int] = (0, 0)
    detail: list[str] = field(default_factory=list)


def run(doc: Path, gold: dict[str, object]) -> Result:
    """Derive one document and score it against its gold."""
    triples = [tuple(t) for t in gold["triples"]]  # type: ignore[attr-defined]
    arguable = [tuple(t) for t in gold.get("arguable", [])]  # type: ignore[attr-defined]
    gold_roles = list(dict.fromkeys([*gold.get("roles", []),  # type: ignore[misc]
                                     *(t[0] for t in triples)]))
    result = Result(doc.name)
    try:
        template = derive([doc]).to_template("corpus", doc.name)
    except RaciError as exc:
        result.error = str(exc).split(": ", 1)[-1][:60]
        result.roles = (0, 0, len(gold_roles), 0)
        result.pairs = score(rename_roles(_empty(), {}), triples)  # type: ignore[arg-type]
        result.c = (0, sum(1 for t in triples if "C" in t[2]))
        result.i = (0, sum(1 for t in triples if "I" in t[2]))
        return result
    mapping = map_roles(template, [*gold_roles, *(t[0] for t in arguable)],
                        gold.get("aliases", {}))  # type: ignore[arg-type]
    named = rename_roles(template, mapping)
    hit = {g for g in mapping.values() if g}
    result.roles = (len(template.roles), sum(1 for g in mapping.values() if g),
                    len(gold_roles), len(hit & set(gold_roles)))
    result.pairs = score(named, triples)  # type: ignore[arg-type]
    result.rows = len(template.activities)
    result.junk = junk_rows(named, [t[1] for t in triples + arguable])
    result.c = letter_recall(named, triples, "C")  # type: ignore[arg-type]
    result.i = letter_recall(named, triples, "I")  # type: ignore[arg-type]
    for role in gold_roles:
        if role not in hit:
            result.detail.append(f"  ! role {role} (missed)")
    for original, gold_role in mapping.items():
        if gold_role is None:
            result.detail.append(f"  - role {original} (not labelled)")
    names = {r.code: r.name for r in named.roles}
    for a in named.activities:
        for code, letters in a.letters.items():
            role = names[code]
            mark = "+" if any(r == role and _same(x, a.name) for r, x, _l in triples) else \
                "?" if any(r == role and _same(x, a.name) for r, x, _l in arguable) else "-"
            result.detail.append(f"  {mark} {role} | {a.name} | {letters}")
    derived = [(names[c], a.name) for a in named.activities for c in a.letters]
    for role, act, letters in triples:  # labelled cells the draft does not hold
        if not any(r == role and _same(x, act) for r, x in derived):
            result.detail.append(f"  ! {role} | {act} | {letters} (missed)")
    return result


def _corpus(corpus: Path) -> list[tuple[Path, dict[str, object]]]:
    """The corpus documents with their gold, one gold file per document."""
    golds = [tomllib.loads(p.read_text(encoding="utf-8"))["doc"][0]
             for p in sorted((corpus / "gold").glob("*.toml"))]
    return [(corpus / "docs" / g["file"], g) for g in golds]


def _labelled(folder: Path, built: Path) -> list[tuple[Path, dict[str, object]]]:
    """A labelled set's documents with their gold; Word documents and decks not kept in the
    folder are built first (from tests/derive_docx.py and tests/derive_pptx.py)."""
    from tests.derive_docx import build_docx
    from tests.derive_pptx import build_deck
    golds = tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8"))["doc"]
    builders = {".docx": build_docx, ".pptx": build_deck}
    return [(builders[Path(g["file"]).suffix](built / g["file"])
             if Path(g["file"]).suffix in builders and not (folder / g["file"]).exists()
             else folder / g["file"], g)
            for g in golds]


def _empty() -> object:
    from raci.templates import Template
    return Template("x", "x", "", "RACI", (), (), ())


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "documents"))
    parser.add_argument("--labelled", metavar="DIR",
                        help="a labelled set: documents and one expected.toml in DIR")
    parser.add_argument("--doc", action="append", help="only these documents")
    parser.add_argument("--detail", action="store_true",
                        help="print every derived cell (+ labelled, ? arguable, - neither) "
                             "and every labelled cell missed (!)")
    args = parser.parse_args()
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as built:
        for doc, gold in _labelled(Path(args.labelled), Path(built)) if args.labelled \
                else _corpus(Path(args.corpus)):
            if not args.doc or gold["file"] in args.doc:
                results.append(run(doc, gold))
    print("| Document | Roles P | Roles R | Pairs P | Pairs R | Owners P | Owners R | Junk rows "
          "| C recall | I recall |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    total = Score(0, 0, 0, 0, 0, 0)
    sums = [0] * 10
    for r in results:
        s = r.pairs
        total = total + s
        for k, v in enumerate((*r.roles, r.rows, r.junk, *r.c, *r.i)):
            sums[k] += v
        name = r.name + (f" (no draft: {r.error})" if r.error else "")
        print(f"| {name} | {_ratio(r.roles[1], r.roles[0])} | {_ratio(r.roles[3], r.roles[2])} "
              f"| {_ratio(s.pair_hits, s.pairs_derived)} | {_ratio(s.pair_hits, s.pairs_expected)} "
              f"| {_ratio(s.owner_hits, s.owners_derived)} "
              f"| {_ratio(s.owner_hits, s.owners_expected)} | {r.junk}/{r.rows} "
              f"| {r.c[0]}/{r.c[1]} | {r.i[0]}/{r.i[1]} |")
        if args.detail:
            print("\n".join(r.detail))
    failed = sum(1 for r in results if r.error)
    print(f"| **micro-average** | {_ratio(sums[1], sums[0])} | {_ratio(sums[3], sums[2])} "
          f"| {_ratio(total.pair_hits, total.pairs_derived)} "
          f"| {_ratio(total.pair_hits, total.pairs_expected)} "
          f"| {_ratio(total.owner_hits, total.owners_derived)} "
          f"| {_ratio(total.owner_hits, total.owners_expected)} "
          f"| {_ratio(sums[5], sums[4])} | {_ratio(sums[6], sums[7])} "
          f"| {_ratio(sums[8], sums[9])} |")
    print(f"\n{counted(len(results), 'document')}, {failed} without a draft; "
          f"pairs {total.pair_hits} of {total.pairs_derived} derived, {total.pairs_expected} "
          "expected; owners "
          f"{total.owner_hits} of {total.owners_derived} derived, {total.owners_expected} "
          f"expected; C {sums[6]}/{sums[7]}, I {sums[8]}/{sums[9]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
