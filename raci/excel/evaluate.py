"""Compare an imported workbook with hand-made truth: the measure of ``raci import`` on
workbooks it was not written for (``scripts/import_corpus.py`` prints it for a folder).

The truth of one workbook (a JSON object): the roles of its matrix (``name``, accepted
``aliases``, or ``parts`` that must all appear in the imported name), the activities in
order with their letters keyed by the role's index (in RACI terms: a scheme's doer is R
and its owner A, DACI's driver D is R), ``n`` (the number of activities), the
indices of the activities with no accountable (``missing_accountable``), with several
(``multiple_accountable``) and with no responsible (``missing_responsible``), and an
optional ``placeholder`` pattern for role columns the truth leaves out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from raci.checks import check_project
from raci.errors import RaciError
from raci.excel.importer import import_workbook
from raci.service import ProjectService
from raci.state import ProjectState

OWNER_RULES = {"missing-accountable": "missing_accountable",
               "multiple-accountable": "multiple_accountable",
               "missing-responsible": "missing_responsible"}


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text)).replace("\xa0", " ")
    return " ".join(text.split()).casefold()


def _bare(text: str) -> str:
    """The name without an outline number, bullet or list letter in front ("1.2 Plan",
    "b) Plan" -> "plan"): the import drops them from names, and says so."""
    return re.sub(r"^(?:[\s\-–•\d.)]+|[a-z][.)]\s+)", "", _key(text))


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", _key(text)))


@dataclass
class Outcome:
    """One workbook's figures."""

    name: str
    error: str = ""
    roles_right: bool = False
    count: tuple[int, int] = (0, 0)  # imported, truth
    cells: tuple[int, int, int] = (0, 0, 0)  # right, truth, letters the truth has not
    findings_right: bool = False
    detail: list[str] = field(default_factory=list)

    @property
    def fully_right(self) -> bool:
        right, total, extra = self.cells
        return (not self.error and self.roles_right and self.count[0] == self.count[1]
                and right == total and not extra and self.findings_right)


def _accepts(truth_role: dict[str, Any], name: str) -> bool:
    got = _key(name)
    numbered = re.sub(r"\s*(\(\d+\)|#\d+|\d+)$", "", got)  # a repeated head "QA 2"
    if any(_key(c) in (got, numbered) for c in [truth_role["name"],
                                                   *truth_role.get("aliases", [])] if c):
        return True
    parts = truth_role.get("parts") or []
    return bool(parts) and all(_words(p) in _words(name) for p in parts)


def _match_roles(truth: list[dict[str, Any]], names: list[str]) -> dict[int, int]:
    """Truth role index -> imported role index, a maximum matching of accepted names."""
    options = [[j for j, n in enumerate(names) if _accepts(t, n)] for t in truth]
    taken: dict[int, int] = {}  # imported index -> truth index

    def place(i: int, seen: set[int]) -> bool:
        free = next((j for j in options[i] if j not in taken and j not in seen), None)
        if free is not None:  # a name no other role holds yet first, in the sheet's order:
            taken[free] = i   # the first "Teacher" keeps "Teacher", the second "Teacher 2"
            return True
        for j in options[i]:
            if j not in seen:
                seen.add(j)
                if j not in taken or place(taken[j], seen):
                    taken[j] = i
                    return True
        return False

    for i in range(len(truth)):
        place(i, set())
    return {i: j for j, i in taken.items()}


def _match_activities(truth: list[dict[str, Any]], names: list[str]) -> dict[int, int]:
    """Truth activity index -> imported activity index: the k-th of a name with the k-th of
    that name, then once more without outline numbers."""
    pairs: dict[int, int] = {}
    for key in (_key, _bare):
        free: dict[str, list[int]] = {}
        for j, n in enumerate(names):
            if j not in pairs.values():
                free.setdefault(key(n), []).append(j)
        for i, t in enumerate(truth):
            if i not in pairs and free.get(key(t["name"])):
                pairs[i] = free[key(t["name"])].pop(0)
    return pairs


def compare(state: ProjectState, truth: dict[str, Any], outcome: Outcome) -> None:
    """Fill outcome with how the imported project compares with the workbook's truth."""
    placeholder = truth.get("placeholder")
    roles = [r for r in state.roles
             if not (placeholder and re.search(placeholder, _key(r.name)))]
    names = [r.name for r in roles]
    rmap = _match_roles(truth["roles"], names)
    outcome.roles_right = len(rmap) == len(truth["roles"]) == len(roles)
    left_truth = [i for i in range(len(truth["roles"])) if i not in rmap]
    left_ours = [j for j in range(len(roles)) if j not in rmap.values()]
    if left_truth or left_ours:
        outcome.detail.append(f"roles: not found {[truth['roles'][i]['name'] for i in left_truth]}"
                              f", not in the truth {[names[j] for j in left_ours]}")
        if len(left_truth) == len(left_ours):  # a name fault counts once, under roles
            rmap.update(zip(left_truth, left_ours, strict=True))
    acts = list(state.activities)
    outcome.count = (len(acts), truth["n"])
    # the truth writes the letters in RACI terms: the scheme's doer and owner are R and A
    # (DACI's driver D is R), its other letters stay
    scheme = state.scheme
    as_raci = {scheme.doer: "R", scheme.owner: "A"}
    pairs = _match_activities(truth["activities"], [a.name for a in acts])
    right = total = extra = 0
    for i, t in enumerate(truth["activities"]):
        total += len(t["letters"])
        if i not in pairs:
            outcome.detail.append(f"activity not found: {t['name']!r}")
            continue
        act = acts[pairs[i]]
        for j, role in enumerate(roles):
            got = {as_raci.get(code, code) for code in state.letters(act.id, role.id)}
            ti = next((k for k, v in rmap.items() if v == j), None)
            want = set(t["letters"].get(str(ti), [])) if ti is not None else set()
            if want and got == want:
                right += 1
            elif got and not want:
                extra += 1
            if got != want:
                outcome.detail.append(f"{t['name'][:30]!r} / {role.name[:20]!r}: want "
                                      f"{''.join(sorted(want)) or '-'}, got "
                                      f"{''.join(sorted(got)) or '-'}")
    matched = set(pairs.values())
    outcome.detail += [f"activity not in the truth: {a.name!r}" for j, a in enumerate(acts)
                       if j not in matched]
    outcome.cells = (right, total, extra)
    found: dict[str, list[str]] = {rule: [] for rule in OWNER_RULES}
    for f in check_project(state):
        if f.rule in found:
            found[f.rule].append(_bare(f.activity))
    outcome.findings_right = True
    for rule, key in OWNER_RULES.items():
        owed = sorted(_bare(truth["activities"][i]["name"]) for i in truth[key])
        if sorted(found[rule]) != owed:
            outcome.findings_right = False
            outcome.detail.append(f"{rule}: want {len(owed)}, got {len(found[rule])}")


def score_workbook(path: Path, truth: dict[str, Any], scratch: Path) -> Outcome:
    """Import one workbook into scratch and compare it with its truth."""
    outcome = Outcome(path.name)
    target = scratch / (path.name + ".raci")
    try:
        import_workbook(path, target, overwrite=True)
    except RaciError as exc:
        outcome.error = str(exc)
        outcome.cells = (0, sum(len(t["letters"]) for t in truth["activities"]), 0)
        outcome.count = (0, truth["n"])
        return outcome
    service = ProjectService.open(target, read_only=True)
    try:
        compare(service.state(), truth, outcome)
    finally:
        service.close()
    return outcome
