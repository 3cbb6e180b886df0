"""Large documents for timing derivation, one per shape, built from a seed.

Every generator returns the text of a document of about ``size`` bytes (default
1 MB) in one shape a reader meets: many role sections, prose naming many distinct
roles, a long RACI table, a wide comparison table, one role with thousands of
duties, and a .docx of role sections. The words are ours; the same seed gives the
same text, so a run can be repeated and compared.

    python benchmarks/derive_inputs.py OUT_DIR [--size BYTES] [--extra]

``--extra`` writes the other large inputs the performance sections time too
(:func:`write_extra`, at their own sizes).
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable, Iterator
from pathlib import Path

MB = 1_000_000
SYLLABLES = ("ka", "vo", "ri", "tel", "mun", "sa", "dor", "pe", "lin", "gra", "tho", "bex",
             "nor", "qui", "fal", "zen", "mir", "cas", "tov", "hul", "ep", "dra", "som", "vel")
NOUNS = ("Manager", "Lead", "Coordinator", "Officer", "Analyst", "Engineer", "Steward",
         "Specialist", "Administrator", "Supervisor", "Planner", "Director")
VERBS = ("reviews", "approves", "prepares", "maintains", "tracks", "schedules", "audits",
         "updates", "publishes", "checks", "plans", "reports", "records", "tests", "signs")
ADJECTIVES = ("monthly", "weekly", "annual", "regional", "internal", "external", "draft",
              "final", "open", "shared", "critical", "routine", "quarterly", "daily")
OBJECTS = ("budget", "roadmap", "risk register", "release calendar", "supplier contracts",
           "test plans", "incident reports", "training records", "safety checklist",
           "access requests", "change requests", "invoices", "audit findings", "backlog",
           "site inspections", "staffing plan", "vendor scorecards", "service levels")
LETTERS = ("R", "A", "C", "I", "", "")
ROW_LABELS = ("Responsibilities", "Key duties", "Tasks", "Deliverables", "Background", "Focus")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def role_names(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct role titles such as 'Kavotel Rimun Coordinator'."""
    names: dict[str, None] = {}
    while len(names) < count:
        names[f"{_word(rng)} {_word(rng)} {rng.choice(NOUNS)}"] = None
    return list(names)


def duty(rng: random.Random) -> str:
    """A duty in the third person: 'reviews the monthly budget'."""
    return f"{rng.choice(VERBS)} the {rng.choice(ADJECTIVES)} {rng.choice(OBJECTS)}"


def _imperative(rng: random.Random) -> str:
    verb = rng.choice(VERBS)
    verb = verb[:-2] if verb.endswith("hes") else verb[:-1]
    return f"{verb.capitalize()} the {rng.choice(ADJECTIVES)} {rng.choice(OBJECTS)}"


def _fill(size: int, pieces: Iterator[str]) -> str:
    out: list[str] = []
    total = 0
    for piece in pieces:
        out.append(piece)
        total += len(piece)
        if total >= size:
            break
    return "".join(out)


def role_sections(size: int = MB, seed: int = 1) -> str:
    """Markdown: '## Role' headings, each followed by a few bullet duties."""
    rng = random.Random(seed)
    names = role_names(rng, size // 90 + 1)

    def pieces() -> Iterator[str]:
        yield "# Roles\n\n"
        for name in names:
            yield f"## {name}\n\n" + "".join(f"- {_imperative(rng)}\n"
                                             for _ in range(rng.randint(2, 3))) + "\n"
    return _fill(size, pieces())


def role_prose(size: int = MB, seed: int = 2) -> str:
    """Plain text: sentences whose subjects are distinct roles."""
    rng = random.Random(seed)
    names = role_names(rng, size // 60 + 1)

    def pieces() -> Iterator[str]:
        for i, name in enumerate(names):
            end = "\n\n" if i % 5 == 4 else " "
            cue = rng.choice(("is responsible for", "owns", "leads"))
            yield f"The {name} {cue} the {rng.choice(ADJECTIVES)} {rng.choice(OBJECTS)}.{end}"
    return _fill(size, pieces())


def raci_table(size: int = MB, seed: int = 3, columns: int = 40) -> str:
    """Markdown: one RACI table with ``columns`` roles and as many rows as fit."""
    rng = random.Random(seed)
    names = role_names(rng, columns)

    def pieces() -> Iterator[str]:
        yield "# Matrix\n\n| Activity | " + " | ".join(names) + " |\n"
        yield "|---" * (columns + 1) + "|\n"
        n = 0
        while True:
            n += 1
            cells = [rng.choice(LETTERS) for _ in names]
            yield f"| {_imperative(rng)} {n} | " + " | ".join(cells) + " |\n"
    return _fill(size, pieces())


def comparison_table(size: int = MB, seed: int = 4, columns: int = 150) -> str:
    """HTML: a table with one column per role and one row per aspect, duties in cells."""
    rng = random.Random(seed)
    names = role_names(rng, columns)

    def pieces() -> Iterator[str]:
        yield "<html><body><h1>Roles compared</h1>\n<table>\n<tr><th>Aspect</th>"
        yield "".join(f"<th>{n}</th>" for n in names) + "</tr>\n"
        n = 0
        while True:
            n += 1
            label = rng.choice(ROW_LABELS)
            yield f"<tr><td>{label} {n}</td>" + "".join(
                f"<td>{_imperative(rng)}, {_imperative(rng).lower()}</td>" for _ in names) \
                + "</tr>\n"
    return _fill(size, pieces()) + "</table></body></html>\n"


def one_role_many_duties(size: int = MB, seed: int = 5) -> str:
    """Markdown: one role heading over tens of thousands of bullet duties."""
    rng = random.Random(seed)

    def pieces() -> Iterator[str]:
        yield "# Release Manager\n\n## Responsibilities\n\n"
        while True:
            yield f"- {_imperative(rng)} for site {rng.randint(1, 400)}\n"
    return _fill(size, pieces())


def one_role_distinct_duties(size: int = MB, seed: int = 7) -> str:
    """Markdown: one role heading over tens of thousands of bullet duties, each naming a
    thing of its own ('Audit the kavotel rimun records')."""
    rng = random.Random(seed)

    def pieces() -> Iterator[str]:
        yield "# Records Officer\n\n## Responsibilities\n\n"
        while True:
            yield f"- {_imperative(rng).rsplit(' ', 1)[0]} {_word(rng).lower()} " \
                  f"{_word(rng).lower()} records\n"
    return _fill(size, pieces())


def write_docx(path: Path, size: int = MB, seed: int = 6) -> None:
    """A .docx of role sections: Heading 2 per role, List Bullet duties."""
    from docx import Document  # the reader's own library

    rng = random.Random(seed)
    doc = Document()
    doc.add_heading("Roles", level=1)
    total = 0
    for name in role_names(rng, size // 90 + 1):
        doc.add_heading(name, level=2)
        total += len(name)
        for _ in range(rng.randint(2, 3)):
            text = _imperative(rng)
            doc.add_paragraph(text, style="List Bullet")
            total += len(text) + 3
        if total >= size:
            break
    doc.save(str(path))


TEXT_SHAPES: dict[str, tuple[str, Callable[..., str]]] = {
    "role-sections": (".md", role_sections),
    "role-prose": (".txt", role_prose),
    "raci-table": (".md", raci_table),
    "comparison-table": (".html", comparison_table),
    "one-role-many-duties": (".md", one_role_many_duties),
    "one-role-distinct-duties": (".md", one_role_distinct_duties),
}


def write_all(folder: Path, size: int = MB) -> dict[str, Path]:
    """Every shape written into ``folder``; returns shape -> file."""
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    for shape, (suffix, make) in TEXT_SHAPES.items():
        path = folder / f"{shape}{suffix}"
        path.write_text(make(size), encoding="utf-8")
        out[shape] = path
    path = folder / "role-sections.docx"
    write_docx(path, size)
    out["role-sections-docx"] = path
    return out


# The large inputs docs/performance.md times beside the shapes above (1 MB of run-on text,
# of unclosed list items, of a paragraph over 24,000 lines, of job descriptions in prose; a
# grid table, a RACI table of 10,000 distinct rows, a YAML ownership file, numbered rows of
# one wording as a table and as JSON, long alike task names). Each has the size the
# performance sections give; the random ones share one sequence, in this order, so the
# same files come out every time.
EXTRA_ROLES = ("Product Manager", "Release Manager", "QA Lead", "Data Lead", "Site Steward",
               "Finance Officer", "Team Lead", "Project Sponsor", "Scrum Master",
               "Ops Engineer", "Security Officer", "Legal Counsel")
EXTRA_VERBS = ("check", "review", "publish", "approve", "update", "file", "audit", "sign")
EXTRA_OBJECTS = ("invoice", "budget", "schedule", "report", "ledger", "roster", "plan",
                 "register", "policy", "release")
EXTRA_ADJECTIVES = ("internal", "monthly", "annual", "weekly", "external", "draft", "final")
EXTRA_TEAMS = ("falpe", "rimun", "kavo", "tesh", "morla", "quint", "belo", "sarn")
RUN_ON = "The Product Manager owns the roadmap and the Release Manager owns the calendar "
WRAPPED = "The stores clerk counts the pallets on the loading bay and then reorders the\n" \
    "missing parts. "


def write_extra(folder: Path) -> dict[str, Path]:
    """The large inputs of docs/performance.md written into ``folder`` (seed 11); returns
    name -> file. ``long-alike.json`` (3 MB) is written too, as the rows after it need its
    draws, but is not one of the 1 MB inputs."""
    import json

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(11)
    roles = EXTRA_ROLES

    def clause() -> str:
        return f"{rng.choice(EXTRA_VERBS)} the {rng.choice(EXTRA_ADJECTIVES)} " \
               f"{rng.choice(EXTRA_OBJECTS)} of the {rng.choice(EXTRA_TEAMS)} team"

    def long_name() -> str:
        return ", ".join(clause() for _ in range(4)).capitalize() + " and " + clause()

    texts: dict[str, str] = {
        "runon.txt": RUN_ON * 12_500 + "\n",
        "list.html": "<ul>" + ("<li>" + RUN_ON) * 12_000,
        "wrapped.md": "# Yard\n\n" + WRAPPED * 12_000,
    }
    table = ["# Roles\n", "| Task | " + " | ".join(roles) + " |", "|---" * 13 + "|"]
    for i in range(10_000):
        table.append(f"| {clause().capitalize()} {i} | " +
                     " | ".join(rng.choice("RACI  ") for _ in roles) + " |")
    texts["raci10k.md"] = "\n".join(table) + "\n"
    people = [f"{a} {b}" for a in ("Data", "Site", "Unit", "Ops", "Lab")
              for b in ("Lead", "Steward", "Owner", "Keeper", "Manager", "Officer", "Chief",
                        "Warden", "Clerk", "Planner", "Reviewer", "Auditor", "Analyst",
                        "Editor", "Curator")]
    texts["owners.yaml"] = "# Who owns each product\n" + "".join(
        f"product_{i}:\n  owner: {people[i % 75]}\n  steward: {people[(i * 7) % 75]}\n"
        f"  duties: [publish the table, check the schema]\n"
        f"  schema change: {people[(i * 3) % 75]}\n" for i in range(6715))
    texts["numbered.json"] = json.dumps(
        [{"task": f"Review the access requests for site {i}", "responsible": roles[i % 12],
          "accountable": roles[(i + 1) % 12]} for i in range(10_000)], indent=1)
    texts["numbered.md"] = "| Task | Owner | Reviewer |\n|---|---|---|\n" + "".join(
        f"| Review the access requests for site {i} | {roles[i % 12]} | "
        f"{roles[(i + 3) % 12]} |\n" for i in range(10_000))
    texts["long-alike.json"] = json.dumps(
        [{"task": long_name(), "owner": roles[i % 12], "consulted": roles[(i + 5) % 12]}
         for i in range(10_000)], indent=1)
    texts["long-alike-3k.json"] = json.dumps(
        [{"task": long_name(), "owner": roles[i % 12]} for i in range(3_000)], indent=1)
    rule = "+" + "-" * 62 + "+" + "-" * 22 + "+" + "-" * 22 + "+"
    grid = ["Roles", "=====", "", rule,
            "| Task" + " " * 57 + "| Product Manager      | Release Manager      |",
            rule.replace("-", "=")]
    i = 0
    while sum(len(line) for line in grid) < MB:
        task = f"{clause().capitalize()} {i}"[:60]
        grid.append(f"| {task:<61}| {rng.choice('RACI'):<21}| {rng.choice('RACI'):<21}|")
        grid.append(rule)
        i += 1
    texts["grid.rst"] = "\n".join(grid) + "\n"
    jobs: list[str] = []
    while sum(len(part) for part in jobs) < MB:
        role = rng.choice(roles)
        jobs.append(f"## {role}\n\nThe {role} is responsible for the "
                    f"{rng.choice(EXTRA_OBJECTS)} and works closely with the "
                    f"{rng.choice(roles)} to {clause()}. They {clause()}s, keep the "
                    f"{rng.choice(roles)} informed and {clause()}. This includes {clause()} "
                    f"and {clause()}.\n\n")
    texts["jobs.md"] = "".join(jobs)
    out: dict[str, Path] = {}
    for name, text in texts.items():
        out[name] = folder / name
        out[name].write_text(text)
    return out


def main() -> None:
    """Write every shape into a folder."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--size", type=int, default=MB)
    parser.add_argument("--extra", action="store_true",
                        help="also write the large inputs of docs/performance.md (into "
                             "FOLDER/extra, at their own sizes)")
    args = parser.parse_args()
    written = write_all(args.folder, args.size)
    if args.extra:
        written |= write_extra(args.folder / "extra")
    for shape, path in written.items():
        print(f"{shape}: {path} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
