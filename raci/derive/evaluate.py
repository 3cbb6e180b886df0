"""Score a derived template against expected (role, activity, letter) triples.

Activities match when their names are equal after normalising, or nearly equal
(token-sort score of 85 or more). Reported: precision and recall of
role-activity pairs (any letter), and of owner choices (the role holding A); for a
labelled corpus also the role mapping (names, codes, aliases), rows that match no
expected activity, and the recall of one letter (C or I).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from raci.checks import normalise_name
from raci.derive.actors import singular
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


def _likeness(a: str, b: str) -> float:
    """How alike two activity names are, 0 to 100 (100 for the same name once normalised)."""
    na, nb = normalise_name(a), normalise_name(b)
    return 100.0 if na == nb else fuzz.token_sort_ratio(na, nb)


def _same(a: str, b: str) -> bool:
    return _likeness(a, b) >= MATCH_SCORE


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
    # Every derived row holding an A, two rows of one name both kept; a row giving A to
    # several roles names no one owner, and so matches none.
    der_owner: list[tuple[str, str | None]] = []
    for a in template.activities:
        owners = sorted({names[code] for code, letters in a.letters.items() if "A" in letters})
        if owners:
            der_owner.append((a.name, owners[0] if len(owners) == 1 else None))
    owner_hits = 0
    matched_derived_owners = 0
    for act, role in exp_owner.items():
        # The closest derived row stands for the expected one, not the first alike in the
        # draft's order, so a draft that only orders its rows otherwise scores the same;
        # between rows as close, one with the expected owner is taken.
        alike = [(_likeness(d, act), d_role == role) for d, d_role in der_owner]
        best = max((a for a in alike if a[0] >= MATCH_SCORE), default=None)
        if best is not None:
            matched_derived_owners += 1
            owner_hits += best[1]
    unmatched_derived = sum(1 for d, _ in der_owner if not any(_same(d, a) for a in exp_owner))
    return Score(hits, len(derived), len(exp_pairs), owner_hits,
                 matched_derived_owners + unmatched_derived, len(exp_owner))


def _role_key(text: str) -> str:
    # (plurals as the reader makes them singular: "coaches" is "coach", "witnesses"
    # "witness")
    words = [singular(w) if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
             for w in normalise_name(text).split()]
    if len(words) > 1 and words[-1] == "team":
        words = words[:-1]
    return " ".join(words)


def map_roles(template: Template, roles: Iterable[str],
              aliases: dict[str, list[str]] | None = None) -> dict[str, str | None]:
    """Draft role code -> expected role name, matching names, codes and aliases after
    normalising case, plurals and a trailing 'team'; None for a role nobody expected."""
    keys: dict[str, str] = {}
    for role in roles:
        for spelling in [role, *(aliases or {}).get(role, [])]:
            keys.setdefault(_role_key(spelling), role)
            if spelling.isupper():
                keys.setdefault("code:" + spelling, role)
    return {r.code: (keys.get(_role_key(r.name)) or keys.get("code:" + r.code)
                     or keys.get(_role_key(r.code))) for r in template.roles}


def rename_roles(template: Template, mapping: dict[str, str | None]) -> Template:
    """The template with its roles named as expected (others keep their names)."""
    roles = tuple(replace(r, name=mapping.get(r.code) or r.name) for r in template.roles)
    return replace(template, roles=roles)


def junk_rows(template: Template, expected_activities: Iterable[str]) -> int:
    """Activities that match no expected activity at all (fragments, non-duties)."""
    wanted = list(expected_activities)
    return sum(1 for a in template.activities if not any(_same(a.name, w) for w in wanted))


def letter_recall(template: Template, expected: Iterable[tuple[str, str, str]],
                  letter: str) -> tuple[int, int]:
    """(found, expected) role-activity pairs whose expected letters include ``letter`` and
    whose derived cell holds it too."""
    names = {r.code: r.name for r in template.roles}
    derived = [(names[code], a.name, letters) for a in template.activities
               for code, letters in a.letters.items()]
    wanted = [(r, a) for r, a, letters in expected if letter in letters.split("/")]
    found = sum(1 for r, a in wanted
                if any(dr == r and _same(da, a) and letter in dl.split("/")
                       for dr, da, dl in derived))
    return found, len(wanted)
