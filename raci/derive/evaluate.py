"""Score a derived template against expected (role, activity, letter) triples.

Activities match when their names are equal after normalising, or nearly equal
(token-sort score of 85 or more). Reported: precision and recall of
role-activity pairs (any letter), and of owner choices (the role holding A).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from raci.checks import normalise_name
from raci.templates import Template

MATCH_SCORE = 85.0


@dataclass(frozen=True)
class Score:
    """Counts and ratios of one evaluation."""

    pair_hits: int
    pairs_derived: int
    pairs_expected: int
    owner_hits: int
    owners_derived: int
    owners_expected: int

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def pair_precision(self) -> float:
        """Share of derived role-activity pairs that are expected."""
        return self._ratio(self.pair_hits, self.pairs_derived)

    @property
    def pair_recall(self) -> float:
        """Share of expected role-activity pairs that were derived."""
        return self._ratio(self.pair_hits, self.pairs_expected)

    @property
    def owner_precision(self) -> float:
        """Share of derived owners that are the expected owner."""
        return self._ratio(self.owner_hits, self.owners_derived)

    @property
    def owner_recall(self) -> float:
        """Share of expected owners that were chosen."""
        return self._ratio(self.owner_hits, self.owners_expected)

    def __add__(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(self.counts(), other.counts(), strict=True)))

    def counts(self) -> tuple[int, int, int, int, int, int]:
        """The raw counts."""
        return (self.pair_hits, self.pairs_derived, self.pairs_expected, self.owner_hits,
                self.owners_derived, self.owners_expected)


def _same(a: str, b: str) -> bool:
    na, nb = normalise_name(a), normalise_name(b)
    return na == nb or fuzz.token_sort_ratio(na, nb) >= MATCH_SCORE


def score(template: Template, expected: Iterable[tuple[str, str, str]]) -> Score:
    """Compare a template's cells with expected (role name, activity, letters) triples."""
    names = {r.code: r.name for r in template.roles}
    derived = {(names[code], a.name): letters for a in template.activities
               for code, letters in a.letters.items()}
    expected = list(expected)
    exp_pairs = {(role, act): letters for role, act, letters in expected}

    def find(pair: tuple[str, str], pool: dict[tuple[str, str], str]) -> tuple[str, str] | None:
        role, act = pair
        return next((p for p in pool if p[0] == role and _same(p[1], act)), None)

    hits = sum(1 for pair in exp_pairs if find(pair, derived) is not None)
    exp_owner = {act: role for (role, act), letters in exp_pairs.items() if "A" in letters}
    der_owner = {act: role for (role, act), letters in derived.items() if "A" in letters}
    owner_hits = 0
    matched_derived_owners = 0
    for act, role in exp_owner.items():
        match = next((d for d in der_owner if _same(d, act)), None)
        if match is not None:
            matched_derived_owners += 1
            owner_hits += der_owner[match] == role
    unmatched_derived = sum(1 for d in der_owner if not any(_same(d, a) for a in exp_owner))
    return Score(hits, len(derived), len(exp_pairs), owner_hits,
                 matched_derived_owners + unmatched_derived, len(exp_owner))
