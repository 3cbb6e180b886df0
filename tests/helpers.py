"""Builders for project states used by the pure-rule tests, and the cells of a derived
draft as the derivation tests compare them."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from raci.derive.draft import Draft, derive
from raci.schemes import SCHEMES
from raci.state import ActivityInfo, PersonInfo, ProjectState, RoleInfo, Thresholds


def make_state(
    roles: list[str],
    rows: Mapping[str, Mapping[str, str]],
    people: Mapping[str, list[str]] | None = None,
    scheme: str = "RACI",
    thresholds: Thresholds | None = None,
) -> ProjectState:
    """A state from role codes, {activity: {role code: letters}} and {person: [role codes]}."""
    people = people or {}
    role_ids = {code: i + 1 for i, code in enumerate(roles)}
    person_ids = {name: 100 + i for i, name in enumerate(people)}
    role_infos = tuple(
        RoleInfo(
            role_ids[code],
            f"Role {code}",
            code,
            people=tuple(person_ids[p] for p, rs in people.items() if code in rs),
        )
        for code in roles
    )
    person_infos = tuple(
        PersonInfo(person_ids[name], name, roles=tuple(role_ids[r] for r in rs))
        for name, rs in people.items()
    )
    acts = tuple(ActivityInfo(1000 + i, name) for i, name in enumerate(rows))
    scheme_obj = SCHEMES[scheme]
    cells = {}
    for act, (name, row) in zip(acts, rows.items(), strict=True):
        assert act.name == name
        for code, text in row.items():
            letters = scheme_obj.parse(text)
            if letters:
                cells[(act.id, role_ids[code])] = letters
    return ProjectState(
        name="T",
        scheme_id=scheme,
        thresholds=thresholds or Thresholds(),
        roles=role_infos,
        people=person_infos,
        activities=acts,
        cells=MappingProxyType(cells),
    )


def rules(findings: list, activity: str | None = None) -> list[str]:  # type: ignore[type-arg]
    """Rule ids of findings, optionally only those about one activity."""
    return sorted(f.rule for f in findings if activity is None or f.activity == activity)


def derived_cells(draft: Draft) -> dict[tuple[str, str], str]:
    """(role name, activity) -> letters, as the draft would be saved."""
    template = draft.to_template("t", "t")
    names = {r.code: r.name for r in template.roles}
    return {(names[c], a.name): letters for a in template.activities
            for c, letters in a.letters.items()}


def cells_of_text(path: Path, text: str) -> dict[tuple[str, str], str]:
    """The cells of the draft derived from ``text`` written to ``path`` (its suffix says
    how it is read)."""
    path.write_text(text, encoding="utf-8")
    return derived_cells(derive([path]))
