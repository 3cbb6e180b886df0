"""Which letter scheme an imported grid uses: the one our export names, or the closest fit.

``declared_scheme`` reads the 'Scheme: RASCI (with Support)' line our own export
writes above its header; ``choose_scheme`` picks the built-in scheme closest to
the letters a foreign grid uses, extended by up to four letters beyond it (each
reported with its cells and whether the workbook's legend defines it).
"""

from __future__ import annotations

from collections import Counter

from raci.excel.grid import Table, shorten
from raci.excel.letters import WORD_LETTERS, denies, fold, glossed
from raci.excel.plan import NoGridError
from raci.schemes import MAX_EXTRA_LETTERS, SCHEMES, Scheme


def declared_scheme(table: Table, header: int) -> Scheme | None:
    """The scheme our own export names above its header row ('Scheme: RASCI (with Support)')."""
    titles = {fold(s.title): s for s in SCHEMES.values()}
    for r in range(header):
        for text in table.row_texts(r):
            label, colon, value = text.partition(":")
            if not colon or fold(label) != "scheme":
                continue
            value = fold(value)
            base, plus, extra = value.partition(" + ")
            if base in titles and not plus:
                return titles[base]
            if base in titles and plus:
                letters = "".join(x.strip().upper() for x in extra.split(","))
                try:
                    return SCHEMES[f"{titles[base].id}+{letters}"]
                except KeyError:
                    return None
    return None


def choose_scheme(used: Counter[str], legend: dict[str, str],
                  cells: dict[str, list[str]], title: str) -> tuple[Scheme, list[str]]:
    """The built-in scheme closest to the letters used, extended by any others."""
    best: tuple[tuple[int, int, int], Scheme] | None = None
    for i, scheme in enumerate(SCHEMES.values()):
        beyond = set(used) - set(scheme.codes)
        unused = set(scheme.codes) - set(used)
        clashes = sum(1 for code, text in legend.items() if code in scheme.codes and
                      WORD_LETTERS.get(fold(text.split()[0]) if text.split() else "") not in
                      (None, code))
        key = (len(beyond) + clashes, len(unused), i)
        if best is None or key < best[0]:
            best = (key, scheme)
    assert best is not None
    scheme = best[1]
    extra = "".join(sorted(set(used) - set(scheme.codes)))
    notes: list[str] = []
    if scheme.id != "RACI":
        notes.append(f"detected the {scheme.id} scheme from the letters used")
    notes += [f"mark {code} is '{shorten(meaning, 40)}' in the workbook's legend: its cells "
              "are read as empty" for code, meaning in legend.items() if denies(code, meaning)]
    notes += [f"letter {code} is '{shorten(meaning, 40)}' in the workbook's legend: its cells "
              f"are read as {letter}" for code, meaning in legend.items()
              if (letter := glossed(code, meaning))]
    if not extra:
        return scheme, notes
    if len(extra) > MAX_EXTRA_LETTERS:
        first = cells.get(extra[0])
        raise NoGridError(
            f"sheet '{title}': letters {', '.join(extra)} are beyond every scheme"
            f"{f' (first at {first[0]})' if first else ''}; at most {MAX_EXTRA_LETTERS} "
            "extra letters can be kept: correct the cells or give the letters a legend"
        )
    for code in extra:
        found = cells.get(code, [])
        where = ", ".join(found[:8]) + (" ..." if len(found) > 8 else "")
        source = f"defined by the workbook's legend as '{shorten(legend[code], 40)}'" if (
            code in legend) else "not defined by a legend in the workbook"
        notes.append(f"letter {code} is {source} and belongs to no built-in scheme; kept as "
                     f"an extra letter{f' (cells {where})' if where else ''}")
    return SCHEMES[f"{scheme.id}+{extra}"], notes
