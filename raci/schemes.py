"""Letter schemes as data (RACI, RASCI, RACI-VS, CAIRO, DACI) and cell parsing.

A cell holds a set of letters. Parsing is forgiving about case, spacing and
separators ("a, r", "R/A", "RA" all mean the same set) and strict about the
letters themselves: an unknown letter is an error naming it and the allowed ones.
Cells are always shown in the scheme's canonical order ("A/R").
A scheme id "BASE+XY" is BASE extended with the extra letters X and Y: an
imported workbook that uses letters beyond every built-in scheme keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from raci.errors import LetterError


@dataclass(frozen=True)
class Letter:
    """One letter of a scheme with its meaning."""

    code: str
    name: str
    meaning: str


@dataclass(frozen=True)
class Scheme:
    """A responsibility scheme: its letters in canonical order and their roles."""

    id: str
    title: str
    letters: tuple[Letter, ...]
    owner: str
    doer: str
    consulted: str = "C"
    pairs: tuple[frozenset[str], ...] = ()
    """Combinations this scheme allows besides owner with doer."""

    @cached_property
    def codes(self) -> tuple[str, ...]:
        """The scheme's letters in canonical order."""
        return tuple(letter.code for letter in self.letters)

    def letter(self, code: str) -> Letter:
        """The letter with this code."""
        for letter in self.letters:
            if letter.code == code:
                return letter
        raise LetterError(f"{code!r} is not a letter of {self.id}; allowed: {self.allowed()}")

    def allowed(self) -> str:
        """The allowed letters as a short human list, e.g. 'R, A, C, I'."""
        return ", ".join(self.codes)

    def order(self, letters: Iterable[str]) -> tuple[str, ...]:
        """The given letters sorted in canonical order."""
        wanted = set(letters)
        return tuple(code for code in self.codes if code in wanted)

    def format(self, letters: Iterable[str]) -> str:
        """Canonical text for a set of letters: 'A/R', or '' for none."""
        return "/".join(self.order(letters))

    def parse(self, text: str | None) -> frozenset[str]:
        """Parse forgiving cell text into a set of letters of this scheme.

        Case, spaces, '/', ',', ';', '+', '&' and parentheses are ignored, so
        "R (A)" and "a, r" both give {A, R}. Empty text or a lone dash is the empty set.
        """
        if text is None or str(text).strip() in ("-", "–", "—"):
            return frozenset()
        cleaned = _SEPARATORS.sub("", str(text)).upper()
        unknown = [ch for ch in cleaned if ch not in self.codes]
        if unknown:
            bad = "".join(dict.fromkeys(unknown))
            raise LetterError(
                f"unknown letter{'s' if len(bad) > 1 else ''} {', '.join(bad)} in {text!r}: "
                f"the {self.id} scheme allows {self.allowed()}"
            )
        return frozenset(cleaned)

    def sensible(self, letters: frozenset[str]) -> bool:
        """True for one letter, owner with doer, or one of the scheme's own pairs."""
        return (len(letters) <= 1 or letters == {self.owner, self.doer}
                or letters in self.pairs)

    def common_combinations(self) -> list[str]:
        """Single letters plus the combinations people usually write, for dropdowns."""
        combos = list(self.codes)
        combos.append(self.format({self.owner, self.doer}))
        return combos


_SEPARATORS = re.compile(r"[\s/,;+&()\[\]|.]+")

_C = Letter("C", "Consulted", "Asked for input before the work is done or the decision made")
_I = Letter("I", "Informed", "Kept up to date on progress and outcome")

class _SchemeTable(dict[str, Scheme]):
    """The built-in schemes by id; 'BASE+XY' ids give BASE extended with extra letters."""

    def __missing__(self, key: str) -> Scheme:
        base, plus, extra = key.partition("+")
        if plus and base in self and is_extra_letters(extra, self[base]):
            return extend_scheme(self[base], extra)
        raise KeyError(key)


def is_extra_letters(extra: str, base: Scheme) -> bool:
    """True when extra is 1-4 distinct capital letters A-Z the base scheme lacks."""
    return (0 < len(extra) <= MAX_EXTRA_LETTERS and extra.isascii() and extra.isalpha()
            and extra.isupper() and len(set(extra)) == len(extra)
            and not set(extra) & set(base.codes))


def extend_scheme(base: Scheme, extra: str) -> Scheme:
    """base with extra letters a workbook used (kept as they are; no rule reads them)."""
    added = tuple(
        Letter(code, code, "A letter the imported workbook used beyond the scheme")
        for code in extra
    )
    return Scheme(f"{base.id}+{extra}", f"{base.title} + {', '.join(extra)}",
                  base.letters + added, base.owner, base.doer, base.consulted, base.pairs)


MAX_EXTRA_LETTERS = 4

SCHEMES: dict[str, Scheme] = _SchemeTable(
    (s.id, s)
    for s in (
        Scheme(
            "RACI",
            "RACI",
            (
                Letter("A", "Accountable", "Owns the outcome and signs it off; exactly one"),
                Letter("R", "Responsible", "Does the work"),
                _C,
                _I,
            ),
            owner="A",
            doer="R",
        ),
        Scheme(
            "RASCI",
            "RASCI (with Support)",
            (
                Letter("A", "Accountable", "Owns the outcome and signs it off; exactly one"),
                Letter("R", "Responsible", "Does the work"),
                Letter("S", "Support", "Helps those responsible with resources or effort"),
                _C,
                _I,
            ),
            owner="A",
            doer="R",
        ),
        Scheme(
            "RACI-VS",
            "RACI-VS (with Verifies and Signs off)",
            (
                Letter("A", "Accountable", "Owns the outcome; exactly one"),
                Letter("R", "Responsible", "Does the work"),
                Letter("V", "Verifies", "Checks the result against the agreed criteria"),
                Letter("S", "Signs off", "Approves the verified result"),
                _C,
                _I,
            ),
            owner="A",
            doer="R",
        ),
        Scheme(
            "CAIRO",
            "CAIRO (with Out of the loop)",
            (
                Letter("A", "Accountable", "Owns the outcome and signs it off; exactly one"),
                Letter("R", "Responsible", "Does the work"),
                _C,
                _I,
                Letter("O", "Out of the loop", "Deliberately not involved"),
            ),
            owner="A",
            doer="R",
        ),
        Scheme(
            "DACI",
            "DACI (Driver, Approver, Contributor, Informed)",
            (
                Letter("A", "Approver", "Makes the final decision; exactly one"),
                Letter("D", "Driver", "Drives the work to a decision"),
                Letter("C", "Contributor", "Contributes knowledge or work"),
                _I,
            ),
            owner="A",
            doer="D",
        ),
    )
)

DEFAULT_SCHEME = "RACI"


def get_scheme(scheme_id: str) -> Scheme:
    """The scheme with this id (case-insensitive), or a clear error listing the known ones."""
    for key, scheme in SCHEMES.items():
        if key.lower() == scheme_id.strip().lower():
            return scheme
    base, plus, extra = scheme_id.strip().partition("+")
    if plus:
        for key in list(SCHEMES):
            if key.lower() == base.lower():
                try:
                    return SCHEMES[f"{key}+{extra.upper()}"]
                except KeyError:
                    break
    raise LetterError(f"unknown scheme {scheme_id!r}; choose one of {', '.join(SCHEMES)}")


def convert_letters(
    letters: frozenset[str], source: Scheme, target: Scheme
) -> frozenset[str] | None:
    """Map letters to another scheme, or None when a letter has no counterpart.

    Owner maps to owner and doer to doer; other letters keep their code when the
    target knows it.
    """
    out: set[str] = set()
    for code in letters:
        if code == source.owner:
            out.add(target.owner)
        elif code == source.doer:
            out.add(target.doer)
        elif code in target.codes and code not in (target.owner, target.doer):
            out.add(code)
        else:
            return None
    return frozenset(out)
