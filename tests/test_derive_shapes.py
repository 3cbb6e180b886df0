"""Derivation on document shapes it was not tuned on, grouped by failure class.

Most tests write one document, derive a draft from it and check the draft against a
``Shape``: a table row whose id names the failure class it guards. Tests that check
something other than a draft (a reader, a name, the command) stay plain functions.
Every text here is written for the test; none is taken from a real document.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from raci.cli import main
from raci.derive.actors import actor_name, subject_actor
from raci.derive.documents import _boxed_text, parse_html, parse_text, read_document
from raci.derive.draft import Draft, derive
from raci.derive.extract import MAX_SENTENCE, activity_name, activity_names, split_sentences
from raci.derive.roles import discover_roles
from raci.templates import load_template
from tests.helpers import derived_cells

Cells = dict[tuple[str, str], str]


class Cell(NamedTuple):
    """A cell of ``role`` (any role when None) whose activity name ``re.search``-es
    ``name``, holding exactly ``letters`` when they are given."""

    role: str | None
    name: str
    letters: str | None = None


@dataclass(frozen=True)
class Shape:
    """A document and what its draft must hold (every field left empty checks nothing).

    Cells are (role name, activity name) as saved in the template."""

    file: str
    text: str
    letters: Mapping[tuple[str, str], str] = field(default_factory=dict)  # exact letters
    has: Collection[tuple[str, str]] = ()  # cells present, any letters
    lacks: Collection[tuple[str, str]] = ()  # cells absent
    exactly: Cells | None = None  # the draft's cells and letters, all of them
    cell_set: Collection[tuple[str, str]] | None = None  # the draft's cells, all of them
    names: Collection[str] | None = None  # the activity names of the cells, all of them
    has_names: Collection[str] = ()  # activity names among the cells
    matrix: Mapping[str, Mapping[str, str]] | None = None  # every activity: role -> letters
    some: Collection[Cell] = ()  # each matches at least one cell
    none: Collection[Cell] = ()  # each matches no cell
    duties: Mapping[str, Collection[str]] = field(default_factory=dict)
    """role-name pattern -> the activities of the roles it matches, all of them"""
    rows_of: Mapping[str, int] = field(default_factory=dict)  # role -> how many cells
    roles: Collection[str] = ()  # role names among the draft's roles
    all_roles: Collection[str] | None = None  # the draft's role names, all of them
    no_roles: Collection[str] = ()  # patterns no role name matches
    review: Mapping[str, str] = field(default_factory=dict)
    """row-name pattern -> words in the first review note of the first row it matches"""
    unlettered: Collection[str] = ()  # row-name patterns: the first such row has no letters
    evidence: list[str] | None = None  # the evidence texts, in order, all of them
    lines: Mapping[str, str] = field(default_factory=dict)  # activity -> evidence location


def case(name: str, file: str, text: str, **expect: Any) -> Any:
    """One table row: ``name`` says the failure class it guards."""
    return pytest.param(Shape(file, text, **expect), id=name)


def _yard(sentence: str) -> str:
    return "Loading yard\n\n" + sentence + "\n"


def _draft(tmp_path: Path, name: str, text: str) -> Draft:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return derive([path])


def _cells(draft: Draft) -> Cells:
    """(role name, activity) -> letters, as saved."""
    template = draft.to_template("t", "t")
    names = {r.code: r.name for r in template.roles}
    return {(names[c], a.name): letters for a in template.activities
            for c, letters in a.letters.items()}


def _roles(draft: Draft) -> set[str]:
    return {r.name for r in draft.roles}


def _evidence(draft: Draft) -> list[tuple[str, str, str]]:
    """(activity, location, text) of every piece of evidence."""
    template = draft.to_template("t", "t")
    return [(a.name, e.location, e.text) for a in template.activities
            for e in a.provenance.evidence]


def _matches(cell: Cell, cells: Cells) -> bool:
    return any((cell.role is None or role == cell.role) and re.search(cell.name, act)
               and (cell.letters is None or letters == cell.letters)
               for (role, act), letters in cells.items())


def _check(tmp_path: Path, shape: Shape) -> None:
    """Derive ``shape``'s document and hold the draft to every expectation it states."""
    draft = _draft(tmp_path, shape.file, shape.text)
    cells = _cells(draft)
    for key, letters in shape.letters.items():
        assert cells.get(key) == letters, (key, cells)
    for key in shape.has:
        assert key in cells, (key, cells)
    for key in shape.lacks:
        assert key not in cells, (key, cells)
    if shape.exactly is not None:
        assert cells == shape.exactly
    if shape.cell_set is not None:
        assert set(cells) == set(shape.cell_set)
    names = {act for _role, act in cells}
    if shape.names is not None:
        assert names == set(shape.names)
    assert set(shape.has_names) <= names, names
    if shape.matrix is not None:
        template = draft.to_template("t", "t")
        codes = {r.code: r.name for r in template.roles}
        assert {a.name: {codes[c]: x for c, x in a.letters.items()}
                for a in template.activities} == shape.matrix
    for cell in shape.some:
        assert _matches(cell, cells), (cell, cells)
    for cell in shape.none:
        assert not _matches(cell, cells), (cell, cells)
    for pattern, duties in shape.duties.items():
        assert {act for role, act in cells if re.search(pattern, role)} == set(duties), cells
    for role, count in shape.rows_of.items():
        assert len([act for r, act in cells if r == role]) == count, cells
    roles = _roles(draft)
    assert set(shape.roles) <= roles, roles
    if shape.all_roles is not None:
        assert roles == set(shape.all_roles)
    for pattern in shape.no_roles:
        assert not any(re.search(pattern, role) for role in roles), (pattern, roles)
    for pattern, words in shape.review.items():
        row = next(r for r in draft.rows if re.search(pattern, r.name))
        assert row.review and words in row.review[0], (pattern, row.review)
    for pattern in shape.unlettered:
        row = next(r for r in draft.rows if re.search(pattern, r.name))
        assert row.letters == {}, (pattern, row.letters)
    evidence = _evidence(draft)
    if shape.evidence is not None:
        assert [text for _n, _l, text in evidence] == shape.evidence
    where = {name: location for name, location, _t in evidence}
    for name, location in shape.lines.items():
        assert where[name] == location, where


# --- roles: found from structure and language, not from a noun list ----------------------

ROLES = [
    case("lower-case role subject", "hiring.txt",
         "How we hire\n\n"
         "The hiring manager creates the job description with the recruiter.\n"
         "The recruiter screens every application within two days.\n",
         roles={"Hiring Manager", "Recruiter"},
         some=[Cell("Recruiter", "(?i)application")]),
    case("acronym roles from headings and subjects", "change.md",
         "# Change management\n\n## CAB\n\n- Approves normal changes\n"
         "- Reviews the change calendar\n\n## API\n\nThe API returns JSON.\n\n"
         "Every week the ECAB meets. The ECAB approves emergency changes.\n",
         roles={"CAB", "ECAB"}, no_roles=["^API$"]),
    case("board described then given duties", "board.txt",
         "An Architecture Review Board is a small group of senior engineers "
         "responsible for reviewing, challenging, and approving design proposals.\n"
         "The Platform Owner is responsible for the developer portal by curating "
         "templates, publishing guides and running office hours.\n",
         some=[Cell("Architecture Review Board", "(?i)design proposals"),
               Cell("Platform Owner", "(?i)^developer portal$"),
               Cell("Platform Owner", "(?i)guides"),
               Cell("Platform Owner", "(?i)office hours")],
         rows_of={"Architecture Review Board": 1}),
    # named in full and, lower-cased in front, shorter: "the committee" is that committee
    case("bare committee is the one named in full", "safety.md",
         "# Depot Safety Review Committee\n\n"
         "A Depot Safety Review Committee is a group of staff responsible for auditing "
         "the loading yards.\n"
         "Every depot safety review committee reports to the board.\n\n"
         "The committee is responsible for overseeing the entire inspection process and "
         "ensuring that all checklists are applied consistently.\n",
         has=[("Depot Safety Review Committee", "Inspection process")]),
    # "shift manager" inside "night shift manager" is another role's name: the shift
    # manager is named once and, with no letters, left out
    case("role name inside a longer name is no mention", "store.md",
         "# Role: Night Shift Lead\n\n## Position in the store\n\n"
         "- Reports to the shift manager\n\n## Tasks\n\n"
         "- Counts the tills with the night shift manager\n"
         "- Briefs the night shift manager on the stock\n",
         roles={"Night Shift Manager"}, no_roles=["^Shift Manager$"]),
    case("departments in process steps", "purchase.html",
         "<h1>Purchase requests</h1><ol>"
         "<li>The requester raises a purchase request in the portal.</li>"
         "<li>The budget holder approves or rejects the request.</li>"
         "<li>Procurement checks the supplier and notifies the requester.</li>"
         "<li>Accounts Payable pays the invoice.</li></ol>",
         roles={"Requester", "Budget Holder", "Procurement", "Accounts Payable"},
         letters={("Budget Holder", "Approve or reject the request"): "A/R",
                  ("Requester", "Notify the requester"): "I",
                  ("Accounts Payable", "Pay the invoice"): "A/R"}),
]


@pytest.mark.parametrize("shape", ROLES)
def test_roles(tmp_path: Path, shape: Shape) -> None:
    _check(tmp_path, shape)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        pytest.param("the data custodian", "Data Custodian", id="lower-case custodian"),
        pytest.param("Change Authority", "Change Authority", id="title outside the nouns"),
        pytest.param("the SRE team", "SRE Team", id="acronym team"),
        pytest.param("Developers", "Developer", id="plural"),
        pytest.param("QA Lead", "QA Lead", id="acronym lead"),
        pytest.param("2. The Release Coordinators", "Release Coordinator",
                     id="numbered plural heading"),
        pytest.param("Staff pharmacist or technician", "Staff Pharmacist or Technician",
                     id="role with an alternative"),
        pytest.param("Product Manager vs Project Manager", None, id="comparison heading"),
        pytest.param("Skills of a designer", None, id="heading about a role"),
        pytest.param("Building an operations team", None, id="heading about building a team"),
        pytest.param("Loading bays", None, id="place"),
    ],
)
def test_actor_phrases(phrase: str, name: str | None) -> None:
    assert actor_name(phrase) == name


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        pytest.param("The logistics team books the vans.", True, id="team as subject"),
        pytest.param("The night porter either locks or opens the gate.", True,
                     id="subject before either-or"),
        pytest.param("The goal is simple.", False, id="abstract subject"),
        pytest.param("Starter templates speed up new services.", False, id="object subject"),
    ],
)
def test_subjects_are_found_before_their_verb(sentence: str, found: bool) -> None:
    assert (subject_actor(sentence) is not None) is found


# --- sections: a heading or label that names a role scopes the duties below it -------------

SECTIONS = [
    case("role heading scopes its section", "release.html",
         "<h1>Release duties</h1>"
         "<h2>Release Manager</h2><ul><li>Plan the release calendar</li>"
         "<li>Run the go/no-go meeting</li></ul>"
         "<h2>QA Lead</h2><ul><li>Sign off the regression suite</li></ul>",
         letters={("Release Manager", "Plan the release calendar"): "A/R",
                  ("Release Manager", "Run the go/no-go meeting"): "A/R"},
         some=[Cell("QA Lead", "regression suite")]),
    # the items stay, without letters, marked for review with the heading they came from
    case("heading that is no role ends the section above", "change.md",
         "# Change process\n\n"
         "## Change Manager\n\n- Schedule the change window\n\n"
         "## Rollback checklist\n\n- Verify the backups\n- Restore the snapshot\n",
         letters={("Change Manager", "Schedule the change window"): "A/R"},
         none=[Cell(None, "(?i)backup|snapshot")],
         unlettered=["(?i)backup"], review={"(?i)backup": "Rollback checklist"}),
    case("unknown title heading is its own role", "records.md",
         "# Records\n\n## Records Custodian\n\n- Keep the retention schedule\n\n"
         "## Change Initiator\n\n- Raise the change request\n",
         letters={("Records Custodian", "Keep the retention schedule"): "A/R"},
         some=[Cell("Change Initiator", "")]),
    # neither the page title nor a heading naming two roles is a role of its own
    case("role heading without duties keeps its role", "choir.md",
         "# Choir committee\n\n"
         "## Conductor\n\nThe conductor chooses the programme.\n\n"
         "## Librarian\n\nAnyone who has lent music, even once, is a friend of the library.\n\n"
         "## Treasurer and Secretary\n\nBoth are elected each spring.\n",
         roles={"Conductor", "Librarian"}, no_roles=["^Choir Committee$", " and "]),
    case("role-colon list items with prose", "scrum.md",
         "# Roles\n\n"
         "1. Delivery Coach: The Delivery Coach is responsible for running the "
         "retrospective.\n"
         "2. Backlog Keeper: Orders the backlog and writes acceptance criteria.\n",
         some=[Cell("Delivery Coach", "(?i)retrospective"),
               Cell("Backlog Keeper", "(?i)backlog")]),
    case("job description titled by its role", "jd.txt",
         "Senior Payroll Specialist\n\nAbout the role\n"
         "We are looking for a Senior Payroll Specialist to join us.\n\n"
         "Key responsibilities:\n"
         "Process monthly payroll for all employees\n"
         "Liaise with HR on starters and leavers\n"
         "Respond to employee queries within two days\n"
         "Support the Payroll Manager with audits and process improvements\n\n"
         "What you'll bring:\n"
         "Five years of payroll experience\n"
         "Strong spreadsheet skills\n\n"
         "Reporting to: Payroll Manager\n",
         letters={("Senior Payroll Specialist", "Process monthly payroll for all employees"): "A/R",
                  ("Senior Payroll Specialist",
                   "Respond to employee queries within two days"): "A/R",
                  ("HR", "Liaise with HR on starters and leavers"): "C",
                  ("Payroll Manager", "Audits and process improvements"): "A/R",
                  ("Senior Payroll Specialist", "Audits and process improvements"): "R"},
         none=[Cell(None, "(?i)experience|skills|reporting")]),
    case("plain-text duty heading without a colon", "job.txt",
         "Site Supervisor\n\nKey responsibilities\nSign the count sheets\nBook the vans\n\n"
         "About the depot\nThe depot opened in 1990\n",
         cell_set={("Site Supervisor", "Sign the count sheets"),
                   ("Site Supervisor", "Book the vans")}),
    case("owns list in a role section", "flood.md",
         "# Flood roles\n\n"
         "## Flood Commander\n\n"
         "Owns: Evacuations, budget, and accountability.\n\n"
         "## Senior Steward\n\n"
         "Owns: Rota, sandbag stores.\n",
         letters={("Flood Commander", "Flood evacuations"): "A/R",
                  ("Flood Commander", "Flood budget"): "A/R"},
         # owning is no duty; a rank is no field
         none=[Cell(None, "(?i)accountab")],
         duties={"Steward$": {"Rota", "Sandbag stores"}}),
    case("html prose under role headings", "kitchen.html",
         "<html><body><h1>Kitchen roles</h1>\n"
         "<h2>Sous Chef</h2>\n"
         "<p>The sous chef runs the pass during service. Prep lists are written by the "
         "sous chef every afternoon.</p>\n"
         "<h2>Kitchen Porter</h2>\n"
         "<ul><li>Washes the pans and keeps the floors clean</li>\n"
         "<li>Takes out the waste at closing</li></ul>\n"
         "</body></html>\n",
         has=[("Sous Chef", "Write prep lists"), ("Kitchen Porter", "Wash the pans"),
              ("Kitchen Porter", "Keep the floors clean"),
              ("Kitchen Porter", "Take out the waste at closing")],
         lines={"Write prep lists": "line 3", "Take out the waste at closing": "line 6"}),
    # the summary's restatements ("keeps things moving") give no rows of their own
    case("summary over role sections is not read twice", "crew.md",
         "# The show crew\n\nTL;DR:\n\n"
         "- The Stage Manager keeps things moving.\n"
         "- The Lighting Designer plots the cues.\n\n"
         "## The Stage Manager\n\nThe Stage Manager calls the cues during the show.\n\n"
         "## The Lighting Designer\n\nThe Lighting Designer plots the lighting cues.\n",
         names={"Call the cues", "Plot the lighting cues"}),
    # without role sections after it, a summary is all there is and is read
    case("summary alone is read", "short.md",
         "# The show crew\n\nSummary:\n\n- The Stage Manager calls the cues.\n",
         some=[Cell(None, "")]),
    # the paragraph after the summary's list is read again
    case("summary list ends with its list", "crew.md",
         "# The show crew\n\nTL;DR:\n\n- The Stage Manager keeps things moving.\n\n"
         "The Stage Manager also signs the fire log.\n\n"
         "## The Stage Manager\n\nThe Stage Manager calls the cues.\n\n"
         "## The Lighting Designer\n\nThe Lighting Designer plots the cues.\n",
         has_names={"Sign the fire log"}, none=[Cell(None, "^Keep things moving$")]),
]


@pytest.mark.parametrize("shape", SECTIONS)
def test_sections(tmp_path: Path, shape: Shape) -> None:
    _check(tmp_path, shape)


# --- tables: a document's own RACI table is read as letters; comparison tables as duties ---

CAB_TABLE = ("The change manager chairs the board.\n\n"
             "| Step | Change Mgr | CAB | Svc Owner | DBA |\n"
             "| --- | --- | --- | --- | --- |\n"
             "| Risk assessment | A | C | I | R |\n"
             "| Approval | R | A | I | - |\n"
             "| Rollback plan | A | I | A | R |\n"
             "| Go-live | I | A | A | - |\n")

TABLES = [
    # two A's on a row: the table's main owner keeps the A, the row is marked for review
    case("RACI table in the text, abbreviated heads", "cab.md", CAB_TABLE,
         letters={("Change Manager", "Risk assessment"): "A",
                  ("CAB", "Risk assessment"): "C",
                  ("DBA", "Risk assessment"): "R",
                  ("CAB", "Approval"): "A",
                  ("Change Manager", "Rollback plan"): "A"},
         review={"^Rollback plan$": "accountable"}),
    case("RACI table with one row per role", "transposed.md",
         "| Role | Budget | Hiring plan | Offsite |\n| --- | --- | --- | --- |\n"
         "| Studio Director | A | A | I |\n"
         "| Office Manager | R | C | A/R |\n"
         "| Finance Partner | C | - | - |\n",
         all_roles={"Studio Director", "Office Manager", "Finance Partner"},
         letters={("Studio Director", "Budget"): "A",
                  ("Office Manager", "Budget"): "R",
                  ("Finance Partner", "Budget"): "C",
                  ("Office Manager", "Offsite"): "A/R",
                  ("Studio Director", "Offsite"): "I"}),
    case("comparison table with one row per role", "grid.md",
         "| Role | Focus | Responsibilities |\n| --- | --- | --- |\n"
         "| Release Manager | Cadence | Plan releases; Publish release notes |\n"
         "| Site Reliability Engineer | Uptime | Run the on-call rotation |\n",
         has=[("Release Manager", "Release notes")],
         some=[Cell("Site Reliability Engineer", "")],
         none=[Cell(None, "^Cadence$")]),
]


@pytest.mark.parametrize("shape", TABLES)
def test_tables(tmp_path: Path, shape: Shape) -> None:
    _check(tmp_path, shape)


def test_a_raci_table_row_with_two_accountables_keeps_one(tmp_path: Path) -> None:
    cells = _cells(_draft(tmp_path, "cab.md", CAB_TABLE))
    # two A's and nobody doing it: still one A, the other shown as R
    assert cells[("CAB", "Go-live")] == "A" or cells[("Service Owner", "Go-live")] == "A"
    assert sorted((cells[("CAB", "Go-live")], cells[("Service Owner", "Go-live")])) == ["A", "R"]


def test_an_abbreviated_table_head_takes_the_code_of_its_role(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "cab.md", CAB_TABLE)
    role = next(r for r in draft.roles if r.name == "Change Manager")
    assert role.code == "CM"


def test_html_lists_inside_table_cells_stay_apart() -> None:
    doc = parse_html("t.html", "<table><tr><th>Aspect</th><th>Tester</th></tr>"
                     "<tr><td>Duties</td><td><ul><li>Write test plans</li>"
                     "<li>Report defects</li></ul></td></tr></table>")
    row = [b for b in doc.blocks if b.kind == "row" and b.header][0]
    assert row.cells[1] == "Write test plans; Report defects"



def test_an_html_paragraph_drops_its_clause_number(tmp_path: Path) -> None:
    """A constitution's "<p>3.5 <strong>The Warden</strong> shall ...": the clause read
    without "3.5", as in Markdown, plain text and Word, so each predicate is a duty."""
    doc = parse_html("c.html", "<p>3.5 <strong>The Warden</strong> shall keep the hut\n"
                     "log, inspect the stove before each term, and lock the store.</p>")
    assert doc.blocks[0].text.startswith("The Warden shall keep the hut log")
    assert doc.blocks[0].location_at(doc.blocks[0].text.index("inspect")) == "line 2"
    draft = _draft(tmp_path, "c.html", "<h1>Hut rules</h1><p>3.5 <strong>The Warden"
                   "</strong> shall keep the hut log, inspect the stove before each "
                   "term, and lock the store.</p><p>3.6 The Treasurer shall collect "
                   "the hut fees.</p>")
    owned = {(a.name, r.name) for a in draft.rows for r in draft.roles
             if a.letters.get(r.code) == frozenset("AR")}
    assert ("Keep the hut log", "Warden") in owned
    assert ("Lock the store", "Warden") in owned
    assert any(r == "Treasurer" for _a, r in owned)

# --- sentences: a clause is read whole, and each duty it states becomes one clean row ------

SENTENCES = [
    case("prose cues: tasked with, plays a role in, serves as, includes", "team.txt",
         "The team has three roles.\n\n"
         "At the centre of the team is the Operations Lead, tasked with shift "
         "planning. The Safety Officer plays a key role in hazard reviews. "
         "The Quality Steward serves as the owner of the audit calendar. "
         "Supporting them is the Training Coordinator. Their responsibility includes "
         "onboarding new staff, such as scheduling induction days, booking trainers "
         "and tracking certificates.\n",
         some=[Cell("Operations Lead", "(?i)shift planning"),
               Cell("Safety Officer", "(?i)hazard reviews"),
               Cell("Training Coordinator", "(?i)certificate")]),
    case("This includes and They continue the subject", "lead.txt",
         "The Kitchen Manager owns the weekly menu. This includes ordering stock. "
         "They take part in the hiring process, conduct performance reviews and "
         "approve the rota.\n",
         some=[Cell("Kitchen Manager", "(?i)stock"),
               Cell("Kitchen Manager", "(?i)hiring process"),
               Cell("Kitchen Manager", "(?i)performance reviews")]),
    case("enumeration of people or objects is no activity", "tpm.txt",
         "The Program Lead aligns the roadmap with all parties, including product "
         "owners, engineers, designers, and clients.\n"
         "The Support Analyst gathers details about the fault, including invoices, "
         "receipts and bank statements.\n",
         none=[Cell(None, "(?i)^(product owners|engineers|designers|clients|invoices|"
                          "receipts)$")]),
    case("objects of one verb are one duty", "keeper.md",
         "# Orchard Keeper\n\n"
         "The Orchard Keeper inspects the old trees, the fences along the lane, and the "
         "state of the cider shed.\n"
         "The Orchard Keeper prunes the apple trees, sprays the pear trees and picks the "
         "fruit.\n",
         some=[Cell(None, "^Inspect the old trees")],
         none=[Cell(None, "^(Fences|State of)")],
         has_names={"Prune the apple trees", "Spray the pear trees", "Pick the fruit"}),
    case("duty with only a pronoun object gives no row", "kiln.md",
         "# Kiln Technician\n\n"
         "The Kiln Technician loads the kilns and fires the glazed pots, "
         "checking them closely.\n",
         has_names={"Load the kilns"}, none=[Cell(None, r"(^|\s)them(\s|$)")]),
    case("duties named by their action", "harbour.txt",
         "The Harbour Supervisor monitors the tide gauges and assesses the state of the "
         "slipways after each storm. The Harbour Supervisor also manages the berth register.\n",
         letters={("Harbour Supervisor", "Tide gauge monitoring"): "A/R",
                  ("Harbour Supervisor", "Berth register"): "A/R"},
         some=[Cell(None, "^Assess the state of the slipways")]),
    case("parts describing the duty before them are no duties", "archive.txt",
         "The Archive Clerk files the incoming deeds.\n"
         "Prepares the yearly loss report, explaining the causes found and giving reasons "
         "for items not recovered.\n",
         some=[Cell(None, "^Prepare the yearly loss report")],
         none=[Cell(None, "(?i)^(explain|giving|reasons)")]),
    case("hedge at the end of a duty is no trait", "vet.md",
         "Ward nurse. Looks after the animals on the ward. This person:\n\n"
         "- records how each animal eats and the reactions they may have\n"
         "- may have a background in farm practice\n",
         some=[Cell("Ward Nurse", "^Record how each animal eats")],
         none=[Cell("Ward Nurse", "(?i)background")]),
    case("text lines wrapped mid-sentence are one sentence", "yard.txt",
         "Loading yard\n\n"
         "Every shift, the stores clerk counts the pallets on the loading bay and\n"
         "reorders the missing parts from the central warehouse.\n",
         has=[("Stores Clerk", "Reorder the missing parts")],
         none=[Cell(None, "(?i)^missing parts")]),
    case("a one-word compound title the word tables lack is a role", "parish.txt",
         "Parish notes\n\n"
         "The Churchwarden locks the vestry after each service.\n"
         "The Lengthsman clears the ditches in March.\n"
         "The Chaplain visits the almshouses.\n",
         roles=["Churchwarden", "Lengthsman", "Chaplain"],
         has=[("Churchwarden", "Lock the vestry after each service"),
              ("Chaplain", "Visit the almshouses")]),
    case("a party after a comma is worked with, no duty of its own", "theatre.txt",
         "Theatre\n\n"
         "Show Caller - writes the cue sheet during the tech, with the lighting designer and "
         "the fly op no.2; runs the plotting session.\n"
         "The lighting designer sets the levels.\n",
         letters={("Show Caller", "Write the cue sheet"): "A/R",
                  ("Lighting Designer", "Write the cue sheet"): "C"},
         none=[Cell(None, "(?i)^with ")]),
    case("'helps them do it' names no pronoun as an activity", "desk.txt",
         "Enquiries\n\n"
         "The Reception Clerk logs each call and helps them narrow it.\n",
         has=[("Reception Clerk", "Log each call")],
         none=[Cell(None, "(?i)^them\\b")]),
    case("a role's name is never an activity", "ward.txt",
         "Ward routine\n\n"
         "Ward Clerks help the CN. They file the notes and book the porters.\n"
         "The Charge Nurse (CN) signs the drug chart.\n",
         has=[("Ward Clerk", "File the notes"), ("Charge Nurse", "Sign the drug chart")],
         none=[Cell(None, "^(?:CN|Charge Nurse)$")]),
    case("a thing copied to, going to or flagged to a role informs it", "marina.txt",
         "Marina office\n\n"
         "The Berthing Clerk sends out the weekly berth list, copied to the Harbour Master.\n"
         "The Dock Attendant writes the fuel log, which goes to the Harbour Master every "
         "Friday.\n",
         exactly={("Berthing Clerk", "Send out the weekly berth list"): "A/R",
                  ("Harbour Master", "Send out the weekly berth list"): "I",
                  ("Dock Attendant", "Write the fuel log"): "A/R",
                  ("Harbour Master", "Write the fuel log"): "I"}),
    case("a heading's call sign stands for its role", "radio.txt",
         "Show day radio card\n\n"
         "BASE - Show Control Officer\n"
         "    Keeps the radio log.\n\n"
         "RING 2 - Ring Steward\n"
         "    Clears the arena between classes. Tells Base of every loose horse.\n\n"
         "GATE - Gate Supervisor\n"
         "    Counts the cars in and sends the totals to BASE every hour.\n",
         letters={("Ring Steward", "Tell Base of every loose horse"): "A/R",
                  ("Show Control Officer", "Tell Base of every loose horse"): "I",
                  ("Show Control Officer", "Send the totals to BASE"): "I"}),
    case("a long role title line over indented lines is their heading", "cards.txt",
         "Library loans: who does what\n\n"
         "DESK - Loans Clerk (Ann Lee on weekdays; weekends and holidays: Bo Chen)\n"
         "    Issues the laptops at the counter and checks the borrower's card before\n"
         "    each loan.\n\n"
         "TECH - Laptop Technician\n"
         "    Wipes every returned laptop.\n",
         has=[("Loans Clerk", "Issue the laptops at the counter"),
              ("Laptop Technician", "Wipe every returned laptop")]),
    case("a wrapped line ending on 'the' or 'of' carries on over a capital", "yard.txt",
         "Loading yard\n\n"
         "Every shift, the stores clerk checks the seals on each lorry with the Head of\n"
         "Goods In.\n",
         roles=["Head of Goods In"], no_roles=["^Goods In$"],
         letters={("Stores Clerk", "Check the seals on each lorry"): "A/R",
                  ("Head of Goods In", "Check the seals on each lorry"): "C"}),
    case("an item's subjectless sentences stay its section's beside another's", "rota.html",
         "<h1>Club rota</h1><dl>"
         "<dt>Tea Team</dt><dd>Sets out the cups and washes up. Donations go in the tin; "
         "the Treasurer banks them weekly.</dd>"
         "<dt>Bar Steward</dt><dd>Opens the bar at six.</dd></dl>",
         has=[("Tea Team", "Set out the cups"), ("Tea Team", "Wash up"),
              ("Bar Steward", "Open the bar at six")],
         none=[Cell("Treasurer", "(?i)cups|wash")]),
    case("an accordion's summary heads its content", "crew.html",
         "<h1>Lifeboat station: who does what</h1>"
         "<details open><summary>Launch Officer</summary><ul><li>checks the engine before launch"
         "<li>plots the route on the chart</ul></details>"
         "<details><summary>Shore Crew</summary><p>They winch the boat up the slipway."
         "</p></details>"
         "<details><summary>Opening times</summary><p>Check the weather forecast.</p>"
         "</details>",
         exactly={("Launch Officer", "Check the engine before launch"): "A/R",
                  ("Launch Officer", "Plot the route on the chart"): "A/R",
                  ("Shore Crew", "Winch the boat up the slipway"): "A/R"}),
    case("a subject with a number or 'all' before the role", "yard.txt",
         "Loading yard\n\n"
         "The two Stores Clerks count the pallets on the bay.\n"
         "All site supervisors sign the count sheets.\n"
         "Three stewards form the Safety Panel.\n",
         has=[("Stores Clerk", "Count the pallets on the bay"),
              ("Site Supervisor", "Sign the count sheets")],
         none=[Cell(None, "(?i)form")]),
    case("swimlanes of a Mermaid flowchart give each lane's steps to its role", "loans.md",
         "# Equipment loans\n\n"
         "```mermaid\n"
         "flowchart TD\n"
         "  subgraph DESK[\"Loans Clerk\"]\n"
         "    a1[Check the borrower's card] --> a2(Issue the laptop)\n"
         "  end\n"
         "  subgraph TECH[\"Laptop Technician\"]\n"
         "    b1[Wipe the returned laptop]\n"
         "  end\n"
         "  a2 --> b1\n"
         "  z1[Borrower returns it]\n"
         "```\n\n"
         "## Opening hours\n\nNine to five on weekdays.\n",
         exactly={("Loans Clerk", "Check the borrower's card"): "A/R",
                  ("Loans Clerk", "Issue the laptop"): "A/R",
                  ("Laptop Technician", "Wipe the returned laptop"): "A/R"},
         lines={"Issue the laptop": "line 6", "Wipe the returned laptop": "line 9"}),
    # the list the lead-in announces is missing; a "Note:" line is a remark, not its item
    case("lead-in without its list still states a duty", "stock.txt",
         "Stock take\n"
         "The stores clerk counts the pallets on the loading bay.\n"
         "The site supervisor signs the count sheets for:\n"
         "Note: counts after six are checked the next morning.\n"
         "The stores clerk files the sheets.\n",
         has=[("Site Supervisor", "Sign the count sheets")],
         none=[Cell(None, "after six")]),
    case("short opening phrase before the subject", "yard.txt",
         "Loading yard\n\n"
         "Every shift, the stores clerk counts the pallets.\n"
         "Finally, the site supervisor signs the count sheets.\n",
         has=[("Stores Clerk", "Count the pallets every shift"),
              ("Site Supervisor", "Sign the count sheets")]),
    *[case(f"modal statement: {label}", "yard.txt", _yard(sentence),
           exactly={("Site Supervisor", name): "A/R"})
      for label, sentence, name in [
          ("must", "The site supervisor must sign the count sheets.", "Sign the count sheets"),
          ("should", "The site supervisor should sign the count sheets every evening.",
           "Sign the count sheets every evening"),
          ("will be responsible for",
           "The site supervisor will be responsible for signing the count sheets.",
           "Sign the count sheets"),
          ("can", "The site supervisor can approve overtime on a weekly basis.",
           "Approve overtime"),
      ]],
    case("negated and example statements are no duties", "yard.txt",
         "Loading yard\n\n"
         "The site supervisor signs the count sheets.\n"
         "The site supervisor must not move the pallets.\n"
         "For example, a site supervisor could book the vans for a busy week.\n",
         cell_set={("Site Supervisor", "Sign the count sheets")}),
    *[case(f"duty stated around its actor: {label}", "yard.txt", _yard(sentence),
           letters={("Site Supervisor", "Sign the count sheets"): "A/R"},
           evidence=[sentence])
      for label, sentence in [
          ("job is to", "The site supervisor's job is to sign the count sheets."),
          ("role of", "The role of the site supervisor is to sign the count sheets."),
          ("up to", "It is up to the site supervisor to sign the count sheets."),
          ("job of", "Signing the count sheets is the job of the site supervisor."),
          ("passive", "The count sheets are signed by the site supervisor."),
          ("relative clause", "The site supervisor, who reports to the depot manager, signs "
                              "the count sheets."),
          ("alone", "The site supervisor alone signs the count sheets."),
      ]],
    case("two duties joined without a comma", "yard.txt",
         "Loading yard\n\n"
         "The site supervisor's responsibilities include signing the count sheets and "
         "booking the vans.\n"
         "The stores clerk is responsible for the pallet labels and for checking the "
         "scales.\n"
         "The stores clerk reviews evaluation notes and scoring sheets.\n",
         has=[("Site Supervisor", "Sign the count sheets"), ("Site Supervisor", "Book the vans"),
              ("Stores Clerk", "Pallet labels"), ("Stores Clerk", "Check the scales")],
         none=[Cell(None, "(?i)^scoring")]),
    case("state to ensure and outcome are not split into rows", "yard.txt",
         "Loading yard\n\n"
         "The site supervisor ensures that the count sheets are complete, signed, and "
         "filed.\n"
         "The site supervisor supports improved stock accuracy by ensuring that every "
         "pallet carries a label.\n",
         names={"Ensure the count sheets are complete, signed, and filed",
                "Ensure every pallet carries a label"}),
    case("job description addressed to the reader", "job.md",
         "# Site Supervisor\n\n"
         "You will be responsible for signing the count sheets.\n"
         "You will book the vans and you will chair the safety briefing.\n"
         "You need to balance speed and care.\n",
         cell_set={("Site Supervisor", "Sign the count sheets"),
                   ("Site Supervisor", "Book the vans"),
                   ("Site Supervisor", "Chair the safety briefing")}),
    case("reader addressed as As a", "job2.md",
         "# Depot roles\n\nAs a site supervisor, you will sign the count sheets and book "
         "the vans.\n",
         cell_set={("Site Supervisor", "Sign the count sheets"),
                   ("Site Supervisor", "Book the vans")}),
    case("one-word restatement folds into the fuller duty", "yard.md",
         "Summary\n\n- The site supervisor is accountable for safety.\n\n"
         "Site supervisor\n\n"
         "The site supervisor is ultimately accountable for the safety of the loading "
         "yard.\n",
         cell_set={("Site Supervisor", "Loading yard safety")}),
    # two means are one duty, three are one each; "through tasks" names no duty itself
    case("means named after tasks such as are the duties", "club.md",
         "# Club roles\n\n## Helper\n\n"
         "Helpers help the club through tasks such as gate duty and litter picks.\n\n"
         "## Supporter\n\n"
         "Supporters contribute to the club through methods such as fund raising, match "
         "reports and kit washing.\n",
         exactly={("Helper", "Gate duty and litter picks"): "A/R",
                  ("Supporter", "Fund raising"): "A/R",
                  ("Supporter", "Match reports"): "A/R",
                  ("Supporter", "Kit washing"): "A/R"}),
    # every status change is one duty; the role after "When ... has ...," does the next one;
    # a role named inside a quoted value is no party to the update
    case("process page of status changes", "repairs.txt",
         "Desk clerk logs the repair in the book.\n"
         "Desk clerk updates status of the job to “Waiting for Workshop Manager”\n"
         "Desk clerk updates the board phase to “In repair”\n"
         "When the bench technician has fitted the part, updates job status to “Done”.\n",
         letters={("Desk Clerk", "Status updates"): "A/R",
                  ("Bench Technician", "Status updates"): "R"},
         none=[Cell("Workshop Manager", ""), Cell(None, "^Part$")]),
    # a stage or a phase is a status only with what it is of or set to
    case("setting the stage is no status change", "crew.md",
         "# Crew\n\n## Stage Crew\n\n- Set the stage\n- Change the phase of the show "
         "to Interval\n",
         exactly={("Stage Crew", "Set the stage"): "A/R",
                  ("Stage Crew", "Status updates"): "A/R"}),
    case("either-or alternatives are one duty", "van.txt",
         "Desk clerk either books the van by phone, or fills in the web form and emails "
         "the depot.\n"
         "Desk clerk logs the repair.\n",
         exactly={("Desk Clerk", "Book the van by phone"): "A/R",
                  ("Desk Clerk", "Log the repair"): "A/R"}),
    case("fronted means clause gives the subject its duties", "club.md",
         "# Club\n\n## Volunteer\n\nBy testing the kit and giving ideas such as safety tips "
         "and route changes, volunteers keep the club safe.\n",
         exactly={("Volunteer", "Kit testing"): "A/R",
                  ("Volunteer", "Safety tips and route changes"): "A/R"}),
]


@pytest.mark.parametrize("shape", SENTENCES)
def test_sentences(tmp_path: Path, shape: Shape) -> None:
    _check(tmp_path, shape)


def test_process_steps_without_full_stops_are_sentences(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "intake.txt", (
        "Intake clerk logs each parcel in the register.\n"
        "Intake clerk assigns the duty courier to the parcel\n"
        "Duty courier has two days to complete delivery\n"
        "Duty courier notifies intake clerk of the hand-over.\n"))
    cells = _cells(draft)
    assert cells[("Duty Courier", "Delivery")] == "A/R"
    # whatever the assignment is named, the courier assigned is informed of that row
    assigned = next(a for r, a in cells if r == "Intake Clerk" and a.startswith("Assign"))
    assert cells[("Duty Courier", assigned)] == "I"


# --- sentences, names: an activity is a clean verb-object phrase, never cut mid-phrase -----

NAMES = [
    # an ownership verb with no object before its time phrase stays: the phrase is no duty
    pytest.param("serves after the match", "Serve after the match", id="serve after"),
    # a "that" clause is the object, whole up to when it applies; its commas are a list
    pytest.param("checks that every porter, cleaner and driver holds a valid pass before "
                 "they start", "Check that every porter, cleaner and driver holds a valid pass",
                 id="that clause with a list"),
    # a rule of conduct is no duty; "including" is no verb of a duty
    pytest.param("never be alone with a pupil in the changing rooms", "", id="never"),
    pytest.param("must not share passwords", "", id="must not"),
    pytest.param("including making sure the doors are locked", "Make sure the doors are locked",
                 id="including a gerund"),
    pytest.param("oversees the charity's finances on behalf of the board",
                 "Charity's finances", id="on behalf of"),
    pytest.param("is jointly responsible for the charity", "", id="the whole body"),
    # no participle is cut from a "whether" clause; "for X and for Y" is one complement
    pytest.param("decides whether the loss must be reported to the insurer",
                 "Decide whether the loss must be reported", id="whether clause, passive"),
    pytest.param("acts as the contact point for the press and for the council",
                 "Contact point", id="and for, one duty"),
    pytest.param("reports it within two days", "Report it", id="pronoun object, imperative"),
    # a record of the meeting is no duty
    pytest.param("Minutes of the meeting held on 3 May at 7pm, Village Hall", "",
                 id="minutes heading"),
    pytest.param("Meeting closed 8.40pm", "", id="meeting closed"),
    # who a role is, or a state of things, is no duty; "out of date" is one word
    pytest.param("no experience is needed unless we say so", "", id="no experience"),
    pytest.param("is the person guests go to with problems", "", id="is the person"),
    pytest.param("is a member of the panel", "", id="is a member"),
    pytest.param("is the first point of contact for any concern",
                 "First point of contact for any concern", id="is the first point"),
    pytest.param("see the enclosed schedule", "", id="a pointer elsewhere"),
    pytest.param("other duties as assigned", "", id="other duties as assigned"),
    pytest.param("TERMS OF REFERENCE", "", id="what the page is"),
    pytest.param("asks the Site Architect for advice", "", id="asking for advice"),
    pytest.param("the result will be fed back to the growers", "",
                 id="a clause with its own subject"),
    pytest.param("decides", "", id="a verb cut from its object"),
    pytest.param("check who will attend", "Check who will attend", id="a question kept"),
    pytest.param("process the recordings only on the club's written instructions",
                 "Process the recordings", id="trailing only"),
    pytest.param("notify the secretary without undue delay after hearing of a complaint",
                 "Notify the secretary", id="without undue delay"),
    pytest.param("tell the coach as soon as reasonably practicable",
                 "Tell the coach as soon as reasonably practicable",
                 id="as soon as practicable"),
    pytest.param("is the point of contact for any billing query raised by a tenant",
                 "Point of contact for any billing query", id="point of contact for what"),
    pytest.param("throw away anything out of date or damaged",
                 "Throw away anything out-of-date or damaged", id="out of date"),
    pytest.param("runs the DBS checks where a role needs one", "DBS checks",
                 id="where a condition"),

    pytest.param("Submits the protocol for approval at the next quarterly ethics review",
                 "Submit the protocol", id="purpose after the object"),
    pytest.param("Submits the protocol for approval", "Submit the protocol for approval",
                 id="short duty keeps its purpose"),
    # verbs without an object and a capacity hold no duty
    pytest.param("checks/signs where needed", "", id="verbs without an object"),
    pytest.param("Work as an adviser in stock control", "", id="a capacity"),
    pytest.param("tracking them closely", "", id="bare pronoun object"),
    # a quoted title after a noun is the noun's name, not part of the duty
    pytest.param("Possibly chair the working groups “Yard safety” and “Night shifts”",
                 "Chair the working groups", id="quoted titles after a noun"),
    # "X from Y" is compact as "Y X"
    pytest.param("Provide insights from inspections", "Inspection insights", id="X from Y"),
    # a named object takes the noun of the action up to five words
    pytest.param("configures the Stock & Yard Booking Tool",
                 "Stock & Yard Booking Tool configuration", id="named object of five words"),
    pytest.param("Configure the stock tool and the yard booking tool for every depot",
                 "Configure the stock tool and the yard booking tool", id="two named objects"),
    # writing, preparing and updating are work of their own: the verb stays, as written
    pytest.param("writes the rota", "Write the rota", id="lone artefact written"),
    pytest.param("prepares the budget", "Prepare the budget", id="lone artefact prepared"),
    pytest.param("writes the shift rota", "Write the shift rota", id="compound artefact written"),
    pytest.param("updates the risk register", "Update the risk register", id="register updated"),
    pytest.param("manages the budget", "Budget", id="lone artefact managed"),
    # how a duty is done is no part of it
    pytest.param("communicates regularly with the site supervisor",
                 "Communicate with the site supervisor", id="manner adverb"),
    # whom a capacity serves is part of it, and so is all a task covers
    pytest.param("Serve as the first point of contact for drivers",
                 "First point of contact for drivers", id="whom a capacity serves"),
    pytest.param("Process the monthly wage slips for all drivers",
                 "Process the monthly wage slips for all drivers", id="whom a task covers"),
    pytest.param("Runs all tasks involved in the end to end release process",
                 "End-to-end release process", id="end to end is no purpose clause"),
    pytest.param("Handles the day to day running of the kiosk",
                 "Day-to-day running of the kiosk", id="day to day is no purpose clause"),
    pytest.param("Picks the proper glaze for each batch", "Pick the glaze for each batch",
                 id="filler modifier and scope"),
    pytest.param("Books the necessary rooms", "Book the rooms", id="filler modifier"),
    pytest.param("keeps the tours on schedule", "Keep the tours on schedule",
                 id="keep with a state"),
    pytest.param("Keeping the tours on track", "Keep the tours on track",
                 id="keeping with a state"),
    pytest.param("ensures everyone signs the visitor book",
                 "Ensure everyone signs the visitor book", id="ensure with a clause"),
    pytest.param("Ensures the visitor book", "Visitor book", id="ensure with a noun"),
    pytest.param("Restocks the leaflets where needed", "Restock the leaflets",
                 id="trailing where needed"),
    pytest.param("Updates the floor plan as required", "Update the floor plan",
                 id="trailing as required"),
    # a short object takes the noun of the action, a longer one keeps the imperative
    pytest.param("Monitors the water levels", "Water level monitoring", id="action noun"),
    pytest.param("contains the outbreak", "Outbreak containment", id="action noun in -ment"),
    pytest.param("Identifies the faulty valves", "Faulty valve identification",
                 id="action noun with a modifier"),
    pytest.param("Assesses the condition of every footbridge",
                 "Assess the condition of every footbridge", id="long object keeps the verb"),
    # a verb that only says the work is done goes; one that makes the artefact stays
    pytest.param("Manages the grounds budget", "Grounds budget", id="managing verb goes"),
    pytest.param("Writes the weekly bulletin", "Write the weekly bulletin",
                 id="artefact verb stays"),
    # "the quality of" what is checked adds nothing to the check
    pytest.param("Checks the quality of tide readings and weather station logs",
                 "Check tide readings and weather station logs", id="the quality of"),
    pytest.param("Reviews the quality of route plans and driver logs",
                 "Review route plans and driver logs", id="the quality of, reviewed"),
    pytest.param("Plans and chairs the spring and autumn mooring review meetings",
                 "Plan and chair the spring and autumn mooring review meetings",
                 id="coordinated verbs and modifiers"),
    # a trailing phrase still goes
    pytest.param("Inspects the lock gates and sluices along the northern reach of the canal",
                 "Inspect the lock gates and sluices", id="trailing place phrase"),
    pytest.param("Writes the mooring rules and publishes them on the notice board",
                 "Write the mooring rules", id="second clause after and"),
    pytest.param("Runs the ferry rota and giving the necessary notice to crews",
                 "Run the ferry rota", id="second participle clause after and"),
    # a list of objects or a run of verbs is not a second clause
    pytest.param("Reviewing, assessing, and approving berth requests",
                 "Reviewing, assessing, and approving berth requests", id="run of verbs"),
    pytest.param("educates wardens, pilots, and visiting skippers",
                 "Educate wardens, pilots, and visiting skippers", id="list of objects"),
    pytest.param("Directs the recruitment of volunteers", "Volunteer recruitment",
                 id="compact noun of an of-phrase"),
    pytest.param("Develops the concept for the festival", "Festival concept",
                 id="compact noun of a for-phrase"),
    pytest.param("takes care of the visitors", "Visitor care", id="compact noun of takes care"),
    pytest.param("each visitor's safety", "Visitor safety", id="compact possessive"),
    # partitives and longer complements stay as written
    pytest.param("Acts as the point of contact", "Point of contact", id="partitive"),
    # an empty head noun ("efforts") leaves what is done to whom
    pytest.param("Coordinates crew efforts", "Crew coordination", id="empty head noun"),
    pytest.param("coordinating crew efforts,", "Crew coordination",
                 id="empty head noun, participle"),
    # a compact object takes the noun of the action ("the severity of floods")
    pytest.param("assessing the severity of floods", "Flood severity assessment",
                 id="compact object, action noun"),
    # "aspects of" names no duty of its own
    pytest.param("leading the practical aspects of flood defence and recovery",
                 "Practical flood defence and recovery", id="aspects of"),
    pytest.param("Supervises all aspects of a river survey", "River survey supervision",
                 id="all aspects of"),
    # a purpose clause is cut, a recipient or a destination is kept
    pytest.param("runs press relations to protect the trust's good name", "Press relations",
                 id="purpose clause cut"),
    pytest.param("Sends drafts to be checked", "Send drafts to be checked",
                 id="to be done is no purpose"),
    pytest.param("Escalate the breach to the River Authority",
                 "Escalate the breach to the River Authority", id="recipient kept"),
    # a two-word duty already written as a verb and its object stays as written
    pytest.param("Analyse samples", "Analyse samples", id="two-word verb and object"),
    pytest.param("Test plan", "Test plan", id="two-word noun"),
    # the project or team a duty is done on is understood; a destination is not
    pytest.param("Review monthly invoices on the project in the following ways:",
                 "Review monthly invoices", id="scope of the project"),
    pytest.param("Mentor junior surveyors on the project", "Mentor junior surveyors",
                 id="people mentored keep the verb"),
    pytest.param("Promote the tested builds to production",
                 "Promote the tested builds to production", id="destination kept"),
    pytest.param("Determines the route of the parade", "Parade route", id="determines goes"),
    # commas inside a coordination are no place to cut
    pytest.param("Further develop the templates for survey, design, and site supervision "
                 "work", "Templates for survey, design, and site supervision work",
                 id="commas inside a coordinated modifier"),
    pytest.param("educates visitors, volunteers, and visiting school groups about the reserve",
                 "Educate visitors, volunteers, and visiting school groups",
                 id="commas inside a list of objects"),
    # a purpose after "to" goes even when its verb can be a noun ("to gather sightings")
    pytest.param("run surveys to gather sightings", "Run surveys",
                 id="purpose whose verb can be a noun"),
    pytest.param("make strategic decisions that align with business goals",
                 "Strategic decisions", id="cut relative clause"),
    # a short object keeps its recipient ("escalate the fault to ...")
    pytest.param("Sends the rota to the Fleet Manager", "Send the rota to the Fleet Manager",
                 id="short object keeps its recipient"),
    # "wherever needed" goes, what follows it stays; a filler before a "for" phrase too
    pytest.param("giving necessary guidance wherever needed for the day team",
                 "Day team guidance", id="wherever needed"),
    # a noun made of a participle stays a noun
    pytest.param("Planning sessions", "Session planning", id="participle as a noun"),
    pytest.param("Picking the correct survey sites", "Pick the survey sites",
                 id="filler after a participle"),
    # a verb and its particle after "or" stay together; "or rejects" shares the object
    pytest.param("or fills in the web form", "Fill in the web form", id="particle after or"),
    pytest.param("or rejects the request", "Request", id="or with a shared object"),
    # a possessive that repeats its noun says nothing more
    pytest.param("reviews and approves members' membership renewals",
                 "Review and approve membership renewals", id="repeated possessive"),
    pytest.param("supervises sample collection, labelling, storage, and disposal",
                 "Sample collection, labelling, storage, and disposal",
                 id="supervising a list of work"),
    # a short object keeps the action ("River survey supervision", above)
    pytest.param("supervises the night shift", "Night shift supervision",
                 id="supervising a short object"),
    pytest.param("Provide temporary repairs or solutions to keep the line running",
                 "Temporary repairs", id="generic alternative or solutions"),
    pytest.param("Offers spare parts or equivalents", "Offer spare parts",
                 id="generic alternative or equivalents"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_activity_names(text: str, name: str) -> None:
    assert activity_name(text) == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Recruiting and rostering the night stewards and giving regular feedback "
                     "wherever needed to the day team.",
                     ["Recruit and roster the night stewards", "Regular feedback to the day team"],
                     id="second participle with a modified object"),
        pytest.param("Booking the coaches and sending weekly reminders to drivers",
                     ["Book the coaches", "Send weekly reminders to drivers"],
                     id="second participle after and"),
        pytest.param("Inspect the pumps, logging the pressure readings, and flushing the "
                     "filters in the plant room.",
                     ["Inspect the pumps", "Log the pressure readings",
                      "Flush the filters in the plant room"],
                     id="trailing participles are further duties"),
        # what accompanies a hand-off, a collaboration or an explanation is no further duty
        pytest.param("Pass the fault to the Night Engineer, providing the readings taken.",
                     ["Pass the fault to the Night Engineer"],
                     id="participle accompanying a hand-off"),
        pytest.param("Calibrate the gauges, working closely with the Site Chemist.",
                     ["Calibrate the gauges"], id="participle accompanying a collaboration"),
    ],
)
def test_duties_in_one_list_item(text: str, names: list[str]) -> None:
    assert activity_names(text) == names


def test_activity_names_are_never_cut_mid_phrase() -> None:
    name = activity_name("Maintain the risk register and update it throughout the lifetime "
                         "of the programme")
    assert not name.lower().endswith((" the", " of", " and", " throughout"))


# --- letters: the text's own cues give A, R, C and I to the parties it names ---------------

LETTERS = [
    case("explicit RACI wording in a charter", "squad.md",
         "# Checkout squad\n\n"
         "The product owner is responsible for the product backlog and is "
         "accountable for release decisions. The tech lead is consulted on release "
         "decisions and is responsible for the technical design. The QA engineer is "
         "responsible for regression testing and keeps the product owner informed "
         "of test results. The data steward is consulted on the technical design. "
         "The security officer is informed of every release decision and approves "
         "penetration tests, which the QA engineer runs.\n",
         all_roles={"Product Owner", "Tech Lead", "QA Engineer", "Data Steward",
                    "Security Officer"},
         letters={("Product Owner", "Product backlog"): "A/R",
                  ("Product Owner", "Release decisions"): "A/R",
                  ("Tech Lead", "Release decisions"): "C",
                  ("Security Officer", "Release decisions"): "I",
                  ("Tech Lead", "Technical design"): "A/R",
                  ("Data Steward", "Technical design"): "C",
                  ("Product Owner", "Regression testing"): "I",
                  ("Security Officer", "Penetration tests"): "A",
                  ("QA Engineer", "Penetration tests"): "R"},
         none=[Cell(None, "(?i)accountable")]),
    case("collaboration gives C to the named departments", "launch.txt",
         "The Engineering Manager collaborates with Sales and Marketing to plan the "
         "launch.\n",
         letters={("Engineering Manager", "Launch planning"): "A/R",
                  ("Sales", "Launch planning"): "C",
                  ("Marketing", "Launch planning"): "C"}),
    case("consult cue must stand next to the party", "edit.txt",
         "The Copy Chief reviews and edits the draft, returning it to the Author.\n"
         "The Copy Chief discusses the style guide with the Author.\n",
         some=[Cell("Author", "(?i)style guide", "C")],
         none=[Cell("Author", "(?i)draft", "C")]),
    case("assists and hand-offs give owner and informed", "ward.md",
         "Ward sister. Runs the ward. This person:\n\n"
         "- assists the consultant physician with ward rounds, bed planning, and "
         "night handovers\n\n"
         "Consultant physician. Leads patient care. This person:\n\n"
         "- prescribes treatment\n\n"
         "The ward clerk receives the discharge letter from the consultant "
         "physician.\n",
         letters={("Consultant Physician", "Ward rounds"): "A/R",
                  ("Ward Sister", "Ward rounds"): "R",
                  ("Ward Sister", "Bed planning"): "R",
                  ("Consultant Physician", "Night handovers"): "A/R",
                  ("Consultant Physician", "Discharge letter"): "A/R",
                  ("Ward Clerk", "Discharge letter"): "I"},
         has=[("Consultant Physician", "Prescribe treatment")]),
    # the running case of the process ("the ticket") is no part of the hand-off's name
    case("hand-off keeps its recipient and informs it", "desk.md",
         "## First Line Desk\n\n- Log the call\n"
         "- Escalate the ticket to the Second Line Desk, attaching the log\n\n"
         "## Second Line Desk\n\n- Reproduce the fault\n"
         "- Escalate the ticket to the Vendor Liaison\n",
         letters={("First Line Desk", "Escalate to the Second Line Desk"): "A/R",
                  ("Second Line Desk", "Escalate to the Second Line Desk"): "I",
                  ("Vendor Liaison", "Escalate to the Vendor Liaison"): "I"}),
    case("hand-off told from both sides is one row", "desk.md",
         "## First Line Desk\n\n"
         "- Escalate the fault to the Second Line Desk with the call log\n\n"
         "## Second Line Desk\n\n"
         "- Receive escalated faults from the First Line Desk\n",
         exactly={("First Line Desk", "Escalate the fault to the Second Line Desk"): "A/R",
                  ("Second Line Desk", "Escalate the fault to the Second Line Desk"): "I"}),
    case("two hand-over verbs are one hand-over", "survey.md",
         "## Site Surveyor\n\n"
         "- With the Planning Office - deliver and share findings from inspections\n"
         "- With the Road Crew - deliver and share findings from inspections\n",
         letters={("Site Surveyor", "Share inspection findings"): "A/R",
                  ("Planning Office", "Share inspection findings"): "I",
                  ("Road Crew", "Share inspection findings"): "I"}),
    case("with the party, consult about gives the party the duty", "gardener.md",
         "# Head Gardener\n\n"
         "## Working with others\n\n"
         "- With the Estate Manager - consult about the planting budget; get support\n"
         "- With the Events Team - prepare the lawns; deliver the flower plan\n",
         letters={("Estate Manager", "Planting budget"): "A/R",
                  ("Head Gardener", "Planting budget"): "C",
                  ("Events Team", "Flower plan"): "I"},
         none=[Cell(None, "(?i)support")]),
    case("with the party, a bare duty names the party", "ranger.md",
         "# Park Ranger\n\n"
         "## Working with others\n\n"
         "- With the Landowner - do fieldwork to gather sightings; share the bird counts\n",
         letters={("Park Ranger", "Fieldwork with the Landowner"): "A/R",
                  ("Landowner", "Fieldwork with the Landowner"): "C"}),
    case("helps to do and makes sure", "yard.txt",
         "Loading yard\n\n"
         "The site supervisor helps the stores clerk count the pallets.\n"
         "The site supervisor makes sure that the count sheets are signed.\n"
         "The stores clerk does the stock count.\n",
         letters={("Stores Clerk", "Count the pallets"): "A/R",
                  ("Site Supervisor", "Count the pallets"): "R",
                  ("Site Supervisor", "Make sure the count sheets are signed"): "A/R",
                  ("Stores Clerk", "Do the stock count"): "A/R"}),
    case("overseeing a duty others run makes the owner", "yard.txt",
         "Loading yard\n\n"
         "The stores clerk runs the stock count.\n"
         "The site supervisor is responsible for overseeing the stock count.\n",
         letters={("Site Supervisor", "Run the stock count"): "A/R",
                  ("Stores Clerk", "Run the stock count"): "R"}),
    case("night shift charter in plain prose", "night.md",
         "# Night Shift\n\n"
         "## Shift Manager\n\n"
         "She approves overtime, which the team leads request, and reports incidents to "
         "the operations director.\n\n"
         "- Works closely with the security guard on the gate log\n"
         "- Is consulted on the weekly rota\n"
         "- Schedule the cleaners and keep the asset register up to date\n\n"
         "## Team Leads\n\n"
         "Team leads assign pickers to aisles. Together with the shift manager, they plan "
         "the loading order. Each pick list is printed by the team lead on duty.\n\n"
         "## Security Guard\n\n"
         "Deliveries after midnight are signed by the security guard.\n",
         letters={("Team Lead", "Overtime"): "R",
                  ("Shift Manager", "Overtime"): "A",
                  ("Security Guard", "Gate log"): "C",
                  ("Shift Manager", "Weekly rota"): "C",
                  ("Team Lead", "Loading order planning"): "A/R",
                  ("Shift Manager", "Loading order planning"): "C"},
         lacks=[("Operations Director", "Overtime")],
         has=[("Shift Manager", "Keep the asset register up-to-date"),
              ("Shift Manager", "Schedule the cleaners"),
              ("Team Lead", "Print each pick list"),
              ("Security Guard", "Sign deliveries after midnight")]),
    # the recipient of a report with a long object, named after an article, stays in the
    # name and is kept informed all the same
    case("long report keeps whom it goes to", "depot.txt",
         "The Depot Supervisor reports the results of the brake inspections and tyre "
         "checks to the Fleet Manager.\n",
         letters={("Depot Supervisor",
                   "Report brake inspections and tyre checks to the Fleet Manager"): "A/R",
                  ("Fleet Manager",
                   "Report brake inspections and tyre checks to the Fleet Manager"): "I"}),
    # a bare plural it goes to is kept informed, not part of the name
    case("long report to a bare plural is named by what is reported", "depot.txt",
         "The Depot Supervisor reports the results of the brake inspections and tyre "
         "checks to stakeholders.\n",
         letters={("Depot Supervisor", "Report brake inspections and tyre checks"): "A/R"}),
    # the group is found from "a member of" and owns its meetings; the role takes part;
    # a role written in lower case and named twice stays in the draft
    case("meetings of a group belong to the group", "depot.md",
         "# Role: Depot Manager\n\n## Position\n\n"
         "- Is a member of the fleet planning group\n"
         "- Night stewards report to the depot manager\n\n"
         "## Tasks\n\n"
         "- Take part in the route meetings of the fleet planning group\n"
         "- Brief the night stewards\n",
         letters={("Fleet Planning Group", "Route meetings"): "A",
                  ("Depot Manager", "Route meetings"): "R"},
         roles={"Night Steward"}),
    case("passive with two participles and two doers", "club.md",
         "# Club\n\n## Treasurer\n\nThe treasurer keeps the books.\n\n## Auditor\n\n"
         "Auditors check the books. Such claims are reviewed and signed by experienced "
         "auditors and treasurers, and then filed in the archive.\n",
         letters={("Auditor", "Review and sign the claims"): "A/R",
                  ("Treasurer", "Review and sign the claims"): "R"}),
    # reviewing the suggested cuts is the desk chief's own step, not a consult on suggesting
    case("what was made and making it are two rows", "desk.txt",
         "Night editor suggests cuts.\n"
         "Desk chief reviews suggested cuts, accepts where needed.\n",
         letters={("Night Editor", "Suggest cuts"): "A/R",
                  ("Desk Chief", "Review suggested cuts"): "A/R"}),
    *[case(f"parties in plain prose: {label}", "yard.txt", _yard(sentence), matrix=expected)
      for label, sentence, expected in [
          ("works closely with",
           "The site supervisor works closely with the stores clerk on the count sheets.",
           {"Count sheets": {"Site Supervisor": "A/R", "Stores Clerk": "C"}}),
          ("reviews what another prepared",
           "The site supervisor reviews the count sheets prepared by the stores clerk.",
           {"Count sheets": {"Stores Clerk": "A/R", "Site Supervisor": "C"}}),
          ("approves what another prepares",
           "The site supervisor approves the count sheets, which the stores clerk prepares.",
           {"Count sheets": {"Stores Clerk": "R", "Site Supervisor": "A"}}),
          ("oversees the one who does it",
           "The site supervisor oversees the stores clerk, who counts the pallets.",
           {"Count the pallets": {"Stores Clerk": "R", "Site Supervisor": "A"}}),
          ("together with",
           "Together with the stores clerk, the site supervisor plans the stock count.",
           {"Stock count planning": {"Site Supervisor": "A/R", "Stores Clerk": "C"}}),
          ("jointly",
           "The site supervisor and the stores clerk jointly plan the stock count.",
           {"Stock count planning": {"Site Supervisor": "A/R", "Stores Clerk": "R"}}),
          ("both",
           "Both the site supervisor and the stores clerk sign the count sheets.",
           {"Sign the count sheets": {"Site Supervisor": "A/R", "Stores Clerk": "R"}}),
          ("final authority",
           "The site supervisor has final authority over the stock plan.",
           {"Stock plan": {"Site Supervisor": "A/R"}}),
          ("keeps informed",
           "The site supervisor keeps the depot manager informed of stock levels.",
           {"Keep the depot manager informed of stock levels": {"Site Supervisor": "A/R",
                                                                 "Depot Manager": "I"}}),
      ]],
]


@pytest.mark.parametrize("shape", LETTERS)
def test_letters(tmp_path: Path, shape: Shape) -> None:
    _check(tmp_path, shape)


def test_passive_voice_gives_the_agent_the_duty(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "guild.html",
                   "<h2>Chair</h2><p>The chair sets the agenda.</p>"
                   "<h2>Reviewer</h2><p>Reviewers are assigned submissions by the chair and "
                   "score them within a week.</p>")
    cells = _cells(draft)
    # whatever the assignment is named, the reviewers are informed of that same row
    assign = next(a for r, a in cells if r == "Chair" and "submissions" in a.lower())
    assert cells[("Chair", assign)] == "A/R"
    assert cells[("Reviewer", assign)] == "I"
    assert any(r == "Reviewer" and a.lower().startswith("score") for r, a in cells)


def test_a_party_named_in_one_duty_is_consulted_or_informed_on_that_one(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "lab.txt", (
        "The Lab Supervisor owns the sample register.\n"
        "Prepares and calibrates the centrifuges, checks the freezers and reports the "
        "weekly results to the Research Board.\n"))
    cells = _cells(draft)
    reported = [a for r, a in cells if r == "Research Board"]
    assert len(reported) == 1 and "weekly results" in reported[0].lower(), cells
    assert cells[("Lab Supervisor", reported[0])] == "A/R"
    assert cells[("Lab Supervisor", "Prepare and calibrate the centrifuges")] == "A/R"
    # a plain "reports to" is a line of the org chart, not a duty
    draft = _draft(tmp_path, "lab2.txt", "The Lab Supervisor reports to the Research Board "
                   "and checks the freezers.\n")
    assert not any("report" in a.lower() for _r, a in _cells(draft))


# --- contributions: every document says what it gave; one that gave nothing is named ------


def test_combined_run_names_documents_that_contributed_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.md"
    good.write_text("## Release Manager\n\n- Plan the release calendar\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("A note about the weather, with nothing about anyone.\n",
                     encoding="utf-8")
    out = tmp_path / "draft.toml"
    assert main(["derive", str(good), str(empty), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "raci: warning: empty.txt contributed nothing" in captured.err
    assert "good.md: 1 cell\n" in captured.out
    assert "1 activity written" in captured.out
    assert load_template(out).sources == ("good.md",)


# --- review: rows without a basis are marked, and evidence is the source's own words -------

REVIEW = [
    case("row without basis for an owner is marked", "shared.md",
         "| Task | Writer | Editor |\n| --- | --- | --- |\n"
         "| Proofreading | R | R |\n",
         review={"^Proofreading$": "no owner"}),
    # beside a role that does the work, the reviewer is consulted
    case("role that only reviews what nobody does is its doer", "press.txt",
         "The Copy Chief assigns the stories to the desk.\n"
         "The Copy Chief reviews the corrected proofs.\n"
         "The Page Designer prepares the layouts. The Copy Chief reviews the layouts.\n",
         letters={("Copy Chief", "Review the corrected proofs"): "A/R",
                  ("Copy Chief", "Prepare the layouts"): "C",
                  ("Page Designer", "Prepare the layouts"): "A/R"},
         review={"^Review the corrected proofs$": "review"}),
    # nobody is said to write the incident notes: reviewing them is the duty
    case("row only reviewed is named for the review", "handover.txt",
         "Shift handover\n\n"
         "The duty manager reviews the incident notes.\n"
         "The night porter locks the gate.\n",
         letters={("Duty Manager", "Review the incident notes"): "A/R"}),
]


@pytest.mark.parametrize("shape", REVIEW)
def test_review(tmp_path: Path, shape: Shape) -> None:
    _check(tmp_path, shape)


def _assert_verbatim_on_its_line(source: str, evidence: list[tuple[str, str, str]]) -> None:
    lines = source.split("\n")
    for _name, location, text in evidence:
        assert location.startswith("line "), location
        line = lines[int(location.split()[1]) - 1]
        assert " ".join(text.split()[:2]) in " ".join(line.split()), (location, text)
        assert " ".join(text.split()) in " ".join(source.split()), text


def test_evidence_is_the_source_sentence_never_a_rewritten_clause(tmp_path: Path) -> None:
    # "... and orders the parts" is read as a clause of its own ("They orders ..."), and
    # a subjectless list item as "They works with ..."; the evidence stays the source's
    text = ("The stores clerk counts the pallets and orders the missing parts.\n\n"
            "## Night Porter\n\n"
            "- works with the stores clerk to check the loading bay\n")
    draft = _draft(tmp_path, "yard.md", text)
    evidence = _evidence(draft)
    said = {name: (location, quote) for name, location, quote in evidence}
    assert said["Order the missing parts"] == (
        "line 1", "The stores clerk counts the pallets and orders the missing parts.")
    assert said["Check the loading bay"] == (
        "line 5", "works with the stores clerk to check the loading bay")
    _assert_verbatim_on_its_line(text, evidence)


@pytest.mark.parametrize("suffix", [".md", ".txt", ".html"])
def test_evidence_names_the_line_its_sentence_starts_on(tmp_path: Path, suffix: str) -> None:
    # one paragraph written over three lines: each sentence has the line it starts on
    lines = ["Loading yard",
             "",
             "The stores clerk counts the pallets at the start of every single shift and",
             "reorders the missing parts. The site supervisor approves overtime. The night",
             "porter locks the gate."]
    if suffix == ".html":
        lines = ["<html><body>", "<h1>Loading yard</h1>", "<p>", *lines[2:], "</p>",
                 "</body></html>"]
    text = "\n".join(lines) + "\n"
    evidence = _evidence(_draft(tmp_path, "yard" + suffix, text))
    where = {name: location for name, location, _t in evidence}
    first = next(n for n, x in enumerate(lines, start=1) if x.startswith("The stores"))
    assert where["Count the pallets"] == f"line {first}"
    assert where["Reorder the missing parts"] == f"line {first}"
    assert where["Approve overtime"] == f"line {first + 1}"
    assert where["Lock the gate"] == f"line {first + 1}"
    if suffix != ".html":
        _assert_verbatim_on_its_line(text, evidence)


# --- reading stays linear in the input: no text is repeated, no piece is unbounded ---------


def test_long_run_on_sentences_are_cut_into_bounded_pieces() -> None:
    text = "The Product Manager owns the roadmap and " * 5000
    pieces = split_sentences(text)
    assert all(len(p) <= MAX_SENTENCE for p in pieces)
    assert sum(len(p) for p in pieces) <= len(text)
    assert len(pieces) >= len(text) // MAX_SENTENCE


def test_unclosed_list_items_do_not_repeat_text() -> None:
    html = "<ul>" + "<li>The Product Manager owns the roadmap " * 2000
    doc = parse_html("x.html", html)
    items = [b for b in doc.blocks if b.kind == "item"]
    assert len(items) == 2000
    # a reader that nests unclosed items would repeat the text (quadratic in the input)
    assert sum(len(b.text) for b in doc.blocks) <= len(html)


def test_plain_text_lines_keep_their_text_once() -> None:
    text = "Lead: owns the plan\n" * 1000
    doc = parse_text("x.txt", text)
    assert sum(len(b.text) for b in doc.blocks) <= len(text)


def test_nested_lists_under_role_items(tmp_path: Path) -> None:
    md = tmp_path / "team.md"
    md.write_text("# Sprint team\n\nResponsibilities:\n\n- Product Owner\n"
                  "  - Orders the product backlog\n- Scrum Master\n"
                  "  - Facilitates the daily stand-up\n", encoding="utf-8")
    txt = tmp_path / "team.txt"
    txt.write_text("Sprint team responsibilities\n\nProduct Owner\n  * Orders the product "
                   "backlog\n\nScrum Master\n  * Facilitates the daily stand-up\n",
                   encoding="utf-8")
    for path in (md, txt):
        cells = derived_cells(derive([path]))
        # a role item over its own nested list owns that list, not the page's title
        assert cells[("Product Owner", "Order the product backlog")] == "A/R", path.name
        assert ("Sprint Team", "Order the product backlog") not in cells, path.name


def test_numbered_agenda_items_in_capitals_are_headings(tmp_path: Path) -> None:
    from raci.derive.documents import read_document
    path = tmp_path / "minutes.txt"
    path.write_text("Minutes\n\n1.  APOLOGIES AND DECLARATIONS OF INTEREST\n"
                    "    None.\n\n2.  MINUTES OF THE LAST MEETING (2 May)\n"
                    "    Agreed.\n", encoding="utf-8")
    headings = [b.text for b in read_document(path).blocks if b.kind == "heading"]
    assert "APOLOGIES AND DECLARATIONS OF INTEREST" in headings
    assert "MINUTES OF THE LAST MEETING (2 May)" in headings


def test_staff_and_units_are_actors_but_a_staff_room_is_not() -> None:
    assert subject_actor("All staff must complete the training every year.") == ("Staff", 10)
    assert actor_name("Nursing staff") == "Nursing Staff"
    assert actor_name("staff room") is None
    assert actor_name("Research Finance Office") == "Research Finance Office"
    assert actor_name("the research office") is None


NAME_LISTS = [
    # two things after a phrasal verb, each with its article, and where they are done
    ("takes over the nurses' rota and the decontamination room checks",
     ["Take over the nurses' rota", "Take over the decontamination room checks"]),
    # an act on two things is one step, named without where it is done
    ("checks the fire doors and the alarm panel in the east wing",
     ["Check the fire doors and the alarm panel"]),
]


@pytest.mark.parametrize(("text", "names"), NAME_LISTS)
def test_two_things_named_with_their_verb(text: str, names: list[str]) -> None:
    assert activity_names(text) == names


def test_several_bold_labels_in_one_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "crew.md"
    path.write_text(
        "# Lifeboat crew\n\n"
        "**Boat Officer:** Checks the engines and briefs the crew. **Navigator:** Plots the "
        "course to the casualty. **Crew Members:** Launch, steer and recover the boat.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Boat Officer", "Check the engines")] == "A/R"
    assert cells[("Navigator", "Plot the course to the casualty")] == "A/R"
    # a run of verbs over one object under a plural role's label
    assert cells[("Crew Member", "Launch, steer and recover the boat")] == "A/R"


def test_a_job_title_field_names_the_role_of_the_duty_list(tmp_path: Path) -> None:
    path = tmp_path / "jd.txt"
    path.write_text(
        "JOB DESCRIPTION\n\n"
        "Job title: Stores Supervisor\n"
        "Reports to: Operations Manager\n\n"
        "MAIN DUTIES\n"
        "• Count the stock every Friday\n"
        "• Act as a first aider and take part in fire drills\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Stores Supervisor", "Count the stock every Friday")] == "A/R"
    assert cells[("Stores Supervisor", "First aider")] == "A/R"
    # taking part is a duty of its own, not the end of the one before
    assert cells[("Stores Supervisor", "Fire drills")] == "A/R"


def test_terms_of_reference_with_numbered_section_titles(tmp_path: Path) -> None:
    path = tmp_path / "tor.txt"
    path.write_text(
        "GRANTS COMMITTEE - TERMS OF REFERENCE\n\n"
        "1. Membership\n"
        "The Committee shall consist of at least four trustees.\n\n"
        "2. Duties\n"
        "The Committee will:\n"
        "(a) review every application over GBP 5,000;\n"
        "(b) set the grants budget each year.\n",
        encoding="utf-8")
    blocks = [(b.kind, b.text) for b in read_document(path).blocks]
    # a numbered title over a sentence is a section heading, not a list item
    assert ("heading", "Membership") in blocks
    cells = derived_cells(derive([path]))
    assert cells[("Grants Committee", "Set the grants budget each year")] == "A/R"
    assert not any(name.startswith(("Consist", "Terms", "Reference", "Membership"))
                   for _role, name in cells)


def test_the_postholder_is_the_pages_role(tmp_path: Path) -> None:
    path = tmp_path / "jd.md"
    path.write_text(
        "# Volunteer Coordinator\n\n"
        "The postholder will recruit new volunteers. The role holder is expected to "
        "organise the annual awards evening. The Volunteer Coordinator keeps the rota and "
        "works closely with the Fundraising Team on appeals.\n",
        encoding="utf-8")
    draft = derive([path])
    assert {role.name for role in draft.roles} == {"Volunteer Coordinator", "Fundraising Team"}
    cells = derived_cells(draft)
    assert cells[("Volunteer Coordinator", "Annual awards evening organisation")] == "A/R"
    # the partner of the second predicate is consulted on it, not on the first
    assert cells[("Fundraising Team", "Appeals")] == "C"
    assert ("Fundraising Team", "Rota") not in cells


def test_a_heading_with_a_possessive_names_its_role(tmp_path: Path) -> None:
    path = tmp_path / "officers.md"
    path.write_text("# Club officers\n\n## The Secretary's responsibilities\n"
                    "- Take the minutes\n- Handle correspondence\n\n"
                    "## Fixtures Officer's main duties\n- Book the pitches\n",
                    encoding="utf-8")
    assert derived_cells(derive([path])) == {
        ("Secretary", "Take the minutes"): "A/R",
        ("Secretary", "Handle correspondence"): "A/R",
        ("Fixtures Officer", "Book the pitches"): "A/R"}


def test_a_title_in_capitals_names_one_body(tmp_path: Path) -> None:
    path = tmp_path / "tor.txt"
    path.write_text(
        "FINANCE AND GENERAL PURPOSES COMMITTEE - TERMS OF REFERENCE\n\n"
        "1. Duties\n"
        "The Committee will:\n"
        "(a) review the management accounts;\n"
        "(b) set the fees each year.\n",
        encoding="utf-8")
    draft = derive([path])
    # "X AND Y COMMITTEE" in a title is one committee, and "the Committee" stands for it
    assert [role.name for role in draft.roles] == ["Finance and General Purposes Committee"]
    cells = derived_cells(draft)
    assert cells[("Finance and General Purposes Committee", "Set the fees each year")] == "A/R"


def test_sending_reports_to_a_role_is_a_duty_not_a_place_in_the_chart(tmp_path: Path) -> None:
    path = tmp_path / "club.md"
    path.write_text("# Club\n\nThe Treasurer sends monthly reports to the Committee.\n",
                    encoding="utf-8")
    assert derived_cells(derive([path])) == {
        ("Treasurer", "Send monthly reports to the Committee"): "A/R",
        ("Committee", "Send monthly reports to the Committee"): "I"}


def test_a_purpose_with_a_group_word_names_no_role(tmp_path: Path) -> None:
    path = tmp_path / "roles.md"
    path.write_text("# Delivery\n\nThe main role of the Delivery Manager is to track "
                    "dependencies across teams.\n", encoding="utf-8")
    draft = derive([path])
    assert [role.name for role in draft.roles] == ["Delivery Manager"]
    assert derived_cells(draft) == {
        ("Delivery Manager", "Track dependencies across teams"): "A/R"}


def test_a_card_titled_in_capitals_with_a_plural_role(tmp_path: Path) -> None:
    """A card between rules of hashes titled "CARD 2: FLOOR WARDENS" (a plural in capitals)
    names its role, "buddy" is a person word, and "Sweep your area" keeps an article in
    its name ("Sweep the area"), while "Harden our servers" drops whose they are."""
    path = tmp_path / "cards.txt"
    path.write_text(
        "OFFICE FIRE CARDS\n\n"
        "##############################\n"
        "CARD 2: FLOOR WARDENS\n"
        "##############################\n\n"
        "When the alarm sounds:\n"
        "1. Sweep your area.\n"
        "2. Close the fire doors.\n\n"
        "##############################\n"
        "CARD 3: EVACUATION BUDDIES\n"
        "##############################\n\n"
        "1. Go straight to your colleague.\n"
        "2. Stay with them at the refuge.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    roles = {role for role, _ in cells}
    assert roles == {"Floor Wardens", "Evacuation Buddies"}, cells
    assert cells[("Floor Wardens", "Sweep the area")] == "A/R"
    assert activity_name("Harden our servers") == "Harden servers"


def test_role_labels_with_accountable_or_responsible_and_no_verb(tmp_path: Path) -> None:
    path = tmp_path / "charter.md"
    path.write_text(
        "# Team charter\n\n## Roles\n\n"
        "- **Product Owner** – accountable for the roadmap and for prioritising the backlog.\n"
        "- **Tech Lead** – responsible for code reviews and for mentoring engineers.\n"
        "- **Scrum Master**: facilitates the ceremonies.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Product Owner", "Roadmap")] == "A/R"
    assert cells[("Product Owner", "Backlog prioritisation")] == "A/R"
    assert cells[("Tech Lead", "Code reviews")] == "A/R"
    assert cells[("Tech Lead", "Mentoring engineers")] == "A/R"
    assert ("Scrum Master", "Ceremony facilitation") in cells


def test_a_numbered_process_with_approvals_and_a_second_doer(tmp_path: Path) -> None:
    path = tmp_path / "purchasing.md"
    path.write_text(
        "# Purchase requests\n\n"
        "1. The requester raises a purchase request and attaches two quotes.\n"
        "2. The budget holder approves or rejects the request within 3 working days.\n"
        "3. Requests over £10,000 also need approval from the Finance Director.\n"
        "4. On delivery, the requester confirms receipt; Accounts Payable then pays the "
        "invoice.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    # a comma inside a number is no clause break
    assert cells[("Finance Director", "Sign off requests over £10,000")] == "A/R"
    # a clause after a semicolon with its own subject, an adverb before its verb
    assert cells[("Accounts Payable", "Pay the invoice")] == "A/R"
    assert cells[("Requester", "Confirm receipt")] == "A/R"


def test_a_policy_s_roles_section_with_shall_clauses(tmp_path: Path) -> None:
    path = tmp_path / "security.md"
    path.write_text(
        "# Information Security Policy\n\n## 5. Roles and responsibilities\n\n"
        "5.1 The Chief Information Security Officer (CISO) shall maintain this policy, "
        "report security risks to the Board quarterly and approve exceptions.\n\n"
        "5.2 The IT Service Desk logs every reported incident and escalates high-severity "
        "incidents to the CISO.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    # "this policy" is a thing, not a pointer elsewhere
    assert cells[("Chief Information Security Officer", "Maintain this policy")] == "A/R"
    # a hyphenated word between the hand-off verb and "to" still tells the receiver
    assert cells[("Chief Information Security Officer",
                  "Escalate high-severity incidents to the CISO")] == "I"


def test_a_party_goes_with_the_duty_that_names_it(tmp_path: Path) -> None:
    path = tmp_path / "event.html"
    path.write_text(
        "<html><body><h1>Event roles</h1><dl>"
        "<dt>Event Lead</dt><dd>Sets the budget and signs contracts with suppliers.</dd>"
        "<dt>First Aider</dt><dd>Staffs the first aid tent.</dd>"
        "</dl></body></html>", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Supplier", "Sign contracts with suppliers")] == "C"
    assert ("Supplier", "Set the budget") not in cells


def test_a_job_page_s_key_relationships_are_no_duties(tmp_path: Path) -> None:
    path = tmp_path / "job.html"
    path.write_text(
        "<html><body><h1>Finance Business Partner</h1>"
        "<h3>Key accountabilities</h3><ul>"
        "<li>Prepare the annual budget in partnership with the Operations Director.</li>"
        "<li>Present monthly management accounts to the Operations leadership team.</li>"
        "</ul><h3>Key relationships</h3>"
        "<ul><li>Operations Director</li><li>Budget holders</li></ul></body></html>",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Finance Business Partner", "Prepare the annual budget")] == "A/R"
    assert cells[("Operations Director", "Prepare the annual budget")] == "C"
    assert not any(name == "Budget holders" for _role, name in cells)


def test_a_memo_of_who_does_what_with_people_and_their_titles(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text(
        "Subject: New responsibilities\n\nHere is who does what from 1 March:\n\n"
        "- Sarah Khan (HR Manager) will handle all new-starter onboarding and will run the "
        "probation reviews.\n"
        "- Tom Reid, our Payroll Officer, will own the monthly payroll and will send the "
        "pension file to the provider.\n"
        "- The Office Manager will look after building access and will order supplies.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("HR Manager", "Run the probation reviews")] == "A/R"
    assert cells[("Payroll Officer", "Monthly payroll")] == "A/R"
    assert cells[("Provider", "Send the pension file to the provider")] == "I"
    assert cells[("Office Manager", "Order supplies")] == "A/R"
    assert any(role == "Office Manager" and "building access" in name.lower()
               for role, name in cells)


def test_work_a_thing_includes_and_conditions_on_a_duty(tmp_path: Path) -> None:
    path = tmp_path / "scrum.md"
    path.write_text(
        "# Roles\n\n## Product Owner\n\n"
        "They manage the Product Backlog, which includes developing and communicating the "
        "Product Goal, creating and ordering backlog items, and ensuring the backlog is "
        "transparent.\n\n## Scrum Master\n\n"
        "The Scrum Master facilitates team events as requested or needed.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Product Owner", "Develop and communicate the Product Goal")] == "A/R"
    assert cells[("Product Owner", "Create and order backlog items")] == "A/R"
    assert cells[("Product Owner", "Ensure the backlog is transparent")] == "A/R"
    # "as requested or needed" says when, no part of the duty
    assert not any("requested" in name for _role, name in cells)


def test_a_glossary_of_abbreviations_gives_codes_not_roles(tmp_path: Path) -> None:
    path = tmp_path / "handbook.txt"
    path.write_text(
        "Stage handbook\n\nTHE TEAM (abbreviations used throughout)\n"
        "  PM    Production Manager\n  DSM   Deputy Stage Manager\n\n"
        "1. REHEARSALS\nThe DSM runs the rehearsal room. The PM owns the budget.\n",
        encoding="utf-8")
    draft = derive([path])
    assert {r.name for r in draft.roles} == {"Production Manager", "Deputy Stage Manager"}
    assert {r.code for r in draft.roles} == {"PM", "DSM"}
    # the glossary line names no role of its own: its acronym is the role's alias
    catalog = discover_roles([read_document(path)])
    assert "PM Production Manager" not in catalog.roles
    assert "PM" in catalog.roles["Production Manager"].aliases


def test_an_html_item_over_a_list_of_its_own_heads_it(tmp_path: Path) -> None:
    path = tmp_path / "committee.html"
    path.write_text(
        "<html><body><h1>Committee roles</h1><ul>"
        "<li><strong>Chair</strong><ul><li>Chairs committee meetings</li>"
        "<li>Signs the annual report</li></ul></li>"
        "<li><strong>Treasurer</strong><ul><li>Keeps the accounts</li></ul></li>"
        "</ul></body></html>", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Chair", "Chair committee meetings")] == "A/R"
    assert cells[("Chair", "Sign the annual report")] == "A/R"
    assert cells[("Treasurer", "Keep the accounts")] == "A/R"


def test_a_department_and_its_team_are_one_role(tmp_path: Path) -> None:
    path = tmp_path / "purchasing.md"
    path.write_text(
        "# Purchasing\n\n1. The requester raises a request.\n"
        "2. Procurement places the order.\n"
        "3. Questions about orders go to the Procurement team.\n"
        "4. All teams are told of supplier changes by the Procurement team.\n",
        encoding="utf-8")
    names = [r.name for r in derive([path]).roles]
    assert len([n for n in names if n.startswith("Procurement")]) == 1
    catalog = discover_roles([read_document(path)])
    assert "All" not in catalog.roles or "All Teams" not in catalog.roles["All"].aliases


def test_role_and_responsibilities_fields(tmp_path: Path) -> None:
    path = tmp_path / "roles.txt"
    path.write_text(
        "ROLES & RESPONSIBILITIES\n\nRole: Project Sponsor\n"
        "Responsibilities: Secures funding, approves the project charter, resolves "
        "escalated issues.\n\nRole: Business Analyst\n"
        "Responsibilities: Gathers requirements; documents process maps.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Project Sponsor", "Secure funding")] == "A/R"
    assert cells[("Project Sponsor", "Approve the project charter")] == "A/R"
    assert cells[("Business Analyst", "Gather requirements")] == "A/R"
    assert cells[("Business Analyst", "Document process maps")] == "A/R"
    # a field label is no duty
    assert not any(name == "Role" for _role, name in cells)


def test_numbered_agenda_titles_in_minutes_are_headings(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(
        "Committee meeting minutes\n\n"
        "Present: Sam Lee (Chair), Ali Khan (Secretary), Jo Park (Treasurer)\n\n"
        "1. Accounts\nJo presented the accounts.\n"
        "ACTION: Jo to send the bank statements to the auditor.\n\n"
        "2. Summer event\nACTION: Ali to book the hall.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Secretary", "Book the hall")] == "A/R"
    assert not any(name in ("Summer event", "Accounts") for _role, name in cells)


def test_a_short_form_after_the_is_the_longer_role(tmp_path: Path) -> None:
    path = tmp_path / "roles.md"
    path.write_text(
        "# Roles\n\n## Project Sponsor\n\n- Secures funding\n\n## Project Manager\n\n"
        "- Reports status weekly to the Sponsor\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Project Sponsor", "Report status weekly to the Sponsor")] == "I"
    # a one-word role with a section of its own stays apart
    path.write_text(
        "# Crew\n\n## Designer\n\n- Draws the set\n\n## Lighting Designer\n\n"
        "- Plots the cues with the Designer\n", encoding="utf-8")
    assert {r.name for r in derive([path]).roles} == {"Designer", "Lighting Designer"}


def test_restructuredtext_fields_under_a_step_title(tmp_path: Path) -> None:
    path = tmp_path / "window.txt"
    path.write_text(
        ".. _window:\n\n==================\nMaintenance window\n==================\n\n"
        ":Last updated: 2 March\n\n.. note::\n\n   Questions go to the ops channel.\n\n"
        "Announce the window\n===================\n\n:Owner: Service Manager\n"
        ":Consulted: Advisory Group\n:Informed: Service Desk\n:When: four weeks before\n\n"
        "The notice goes to the mailing list.\n\n"
        "Patch the nodes\n===============\n\n:Owner: Service Manager\n"
        ":Does it: Systems Engineer\n\nApply the updates and reboot in groups.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Service Manager", "Announce the window")] == "A/R"
    assert cells[("Advisory Group", "Announce the window")] == "C"
    assert cells[("Service Desk", "Announce the window")] == "I"
    assert cells[("Systems Engineer", "Patch the nodes")] == "R"
    assert not any(":" in name or "=" in name for _role, name in cells)


CHAT = """03/03/2027, 18:00 - Ana Ruiz created group "Choir committee"
03/03/2027, 18:01 - Ana Ruiz: Hi all, roles for this year as agreed:
Chair - Tom
Secretary - me
Music Rep - Sam
03/03/2027, 18:05 - Tom Hale: I'll chair the spring meeting. Ana can you book the hall?
03/03/2027, 18:06 - Ana Ruiz: Yes I'll book the hall for the concert.
03/03/2027, 18:07 - Sam Oduya: <Media omitted>
03/03/2027, 18:08 - Sam Oduya: Scores - I'll order the scores and send the list to Tom
03/03/2027, 18:09 - Tom Hale: Thanks
"""


def test_a_chat_export_reads_its_senders_as_their_roles(tmp_path: Path) -> None:
    for name, text in (("chat.txt", CHAT), ("ios.txt", re.sub(
            r"^(\d\d/\d\d/\d{4}), (\d\d:\d\d) - ", r"[\1, \2:00] ", CHAT, flags=re.M))):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        cells = derived_cells(derive([path]))
        assert cells[("Chair", "Chair the spring meeting")] == "A/R", cells
        assert cells[("Secretary", "Book the hall for the concert")] == "A/R"
        assert cells[("Music Rep", "Order the scores")] == "A/R"
        assert cells[("Chair", "Send the list to the Chair")] == "I"
        # no sender's name, time stamp or event is a role or a duty
        assert not any(r in ("Tom Hale", "Ana Ruiz", "Sam Oduya") or ":" in n
                       for r, n in cells), cells


def test_a_list_items_last_words_are_no_part_of_the_heading_below(tmp_path: Path) -> None:
    path = tmp_path / "slides.md"
    path.write_text("# Programme\n\n- Funded by the Ferrand Trust\n\n"
                    "## Outreach Manager (Leila)\n\n- Plans the year with the Music Hub\n",
                    encoding="utf-8")
    roles = {r.name for r in derive([path]).roles}
    assert "Outreach Manager" in roles
    assert not any("Trust Outreach" in r for r in roles), roles


def test_the_affected_holders_of_a_role_are_that_role(tmp_path: Path) -> None:
    path = tmp_path / "GOVERNANCE.md"
    path.write_text("# Governance\n\n## Maintainers\n\nMaintainers review pull requests.\n\n"
                    "## Security Team\n\nThe Security Team confirms the issue with the "
                    "affected maintainers.\n", encoding="utf-8")
    roles = {r.name for r in derive([path]).roles}
    assert roles == {"Maintainer", "Security Team"}, roles


def test_a_job_advert_with_imperative_duties_and_what_we_are_looking_for(
        tmp_path: Path) -> None:
    path = tmp_path / "advert.txt"
    path.write_text(
        "Finance Assistant\n\nAbout the job\nWe are looking for an organised Finance "
        "Assistant to join our team. You will report to the Finance Manager.\n\n"
        "What you'll do\n- Process supplier invoices and check the totals\n"
        "- Reconcile the rent accounts every month\n\n"
        "What we're looking for\n- Confident with spreadsheets\n- Two years in a finance "
        "role\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Finance Assistant", "Process supplier invoices")] == "A/R"
    assert cells[("Finance Assistant", "Reconcile the rent accounts every month")] == "A/R"
    assert not any(r == "Process Supplier" or "Confident" in n for r, n in cells), cells
    # a title that starts with a verb still does its work
    assert subject_actor("Line managers request VPN access for new starters.") is not None


def test_a_whos_who_list_of_people_and_their_titles(tmp_path: Path) -> None:
    path = tmp_path / "charter.md"
    path.write_text("# Relaunch\n\n## Who's who\n\n- **Sam Patel** — Product Owner\n"
                    "- Jo Kim - Tech Lead\n\n## Product Owner\n\n- Signs off every page\n\n"
                    "## Comms\n\nSam posts a weekly update in the team channel.\n",
                    encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Product Owner", "Post a weekly update")] == "A/R"
    assert not any(r in ("Sam", "Sam Patel") for r, _n in cells)


def test_departments_named_by_their_function_are_roles(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Notes\n\nClaims about performance are checked by Regulatory Affairs "
                    "before anything is printed.\n\nEstates repairs the gates.\n",
                    encoding="utf-8")
    roles = {r.name for r in derive([path]).roles}
    assert {"Regulatory Affairs", "Estates"} <= roles, roles


def test_a_chat_greeting_signed_with_a_name_gives_no_role(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_text(
        "12/02/2026, 19:10 - Lou Park: Welcome - Graham\n"
        "12/02/2026, 19:11 - Graham Reid: Chair - Graham\n"
        "12/02/2026, 19:11 - Graham Reid: Treasurer - Lou\n"
        "12/02/2026, 19:13 - Lou Park: I'll send the invoices to members every quarter.\n"
        "12/02/2026, 19:15 - Graham Reid: Thanks, and I will book the hall for the AGM.\n"
        "12/02/2026, 19:16 -  : hello\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Chair", "Book the hall for the AGM")] == "A/R", cells
    assert cells[("Treasurer", "Send the invoices to members every quarter")] == "A/R"
    assert not any(r == "Welcome" for r, _n in cells)


def test_restructuredtext_fields_under_the_title_are_the_pages_details(tmp_path: Path) -> None:
    path = tmp_path / "roles.txt"
    path.write_text("HPC service roles\n=================\n\n:Owner: Service Manager\n"
                    ":Last updated: 2 May\n\nDrain the nodes\n---------------\n\n"
                    ":Owner: Systems Engineer\n\nSet every partition to DRAIN.\n",
                    encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells == {("Systems Engineer", "Drain the nodes"): "A/R"}


# --- file shapes read as letter lines: Org mode drawers, legend-keyed fields, boards ------

FILE_SHAPES = [
    # Org mode: TODO keywords (also those "#+TODO:" declares) are no part of the step's
    # name; a property drawer's letter keys give the heading's letters; planning lines,
    # settings and other drawers give nothing
    case("an Org mode headline's property drawer gives its letters", "allotment-jobs.txt",
         "#+TITLE: Allotment society jobs\n"
         "#+TODO: TODO NEXT | DONE\n\n"
         "Each heading is a job. People: Priya (Plot Secretary), Tomas (Chair), Lena "
         "(Treasurer).\n\n"
         "* NEXT Order the seed potatoes :spring:\n"
         "  DEADLINE: <2027-02-01 Mon>\n"
         "  :PROPERTIES:\n"
         "  :OWNER:    Priya\n"
         "  :APPROVER: Tomas\n"
         "  :CC:       Lena\n"
         "  :EFFORT:   2:00\n"
         "  :END:\n"
         "  :LOGBOOK:\n"
         "  - Note taken on [2027-01-10 Sun 10:00]\n"
         "  :END:\n"
         "* DONE Renew the water contract\n"
         "  :PROPERTIES:\n"
         "  :OWNER:    Lena\n"
         "  :END:\n",
         exactly={("Plot Secretary", "Order the seed potatoes"): "R",
                  ("Chair", "Order the seed potatoes"): "A",
                  ("Treasurer", "Order the seed potatoes"): "I",
                  ("Treasurer", "Renew the water contract"): "A/R"}),
    # a legend near the top spells out one-letter field keys; entries then give each area
    # those fields: the keeper owns the area (the first of two answers for it, the second
    # does it), the helper is consulted, the day and the noticeboard's address give nothing
    case("field lines are read through the legend of their keys", "WARDENS.txt",
         "Wardens of the Millbrook allotment sites\n"
         "=========================================\n\n"
         "\tK: Keeper. Looks after the site and decides who gets a plot.\n"
         "\tH: Helper. Is asked before any plot changes hands, but does not\n"
         "\t   decide.\n"
         "\tD: Day the site opens.\n"
         "\tN: Noticeboard that is told of every new tenant.\n\n"
         "NORTH FIELD\n"
         "K:\tAgnes Morley <agnes@millbrook.example>\n"
         "H:\tBen Osei\n"
         "D:\tSaturdays\n"
         "N:\tnorth@lists.millbrook.example\n\n"
         "RIVERSIDE\n"
         "K:\tCarla Mendes\n"
         "K:\tDavid Quinn\n"
         "D:\tSundays\n",
         exactly={("Agnes Morley", "North field"): "A/R",
                  ("Ben Osei", "North field"): "C",
                  ("Carla Mendes", "RIVERSIDE"): "A",
                  ("David Quinn", "RIVERSIDE"): "R"}),
    # a board kept as a task list: each card's @assignees do it, the reviewer answers for
    # it where the board says a reviewer approves; the front matter is no heading; a
    # handle is its holder's role in a sentence too
    case("a board's cards give their assignees and reviewers letters", "festival-board.md",
         "---\nboard: Summer festival\ncolumns: [To do, Done]\n---\n\n"
         "# Summer festival\n\n"
         "Members: @sam (Stage Manager), @ria (Volunteer Coordinator), @ted (Treasurer)\n\n"
         "A card is done when the reviewer on its Review: line approves it. @ria orders "
         "the backlog.\n\n"
         "## To do\n\n"
         "- [ ] **Book the sound engineer** @sam `stage`\n"
         "  - Review: @ted\n"
         "- [ ] **Recruit the stewards** @ria @sam\n\n"
         "## Done\n\n"
         "- [x] **Print the volunteer rota** @ria `print`\n",
         exactly={("Stage Manager", "Book the sound engineer"): "R",
                  ("Treasurer", "Book the sound engineer"): "A",
                  ("Volunteer Coordinator", "Recruit the stewards"): "A/R",
                  ("Stage Manager", "Recruit the stewards"): "R",
                  ("Volunteer Coordinator", "Print the volunteer rota"): "A/R",
                  ("Volunteer Coordinator", "Order the backlog"): "A/R"},
         no_roles=["(?i)board|columns"]),
    # a definition list of roles, each term a role with its short name in brackets
    # ("Head of Care and Support (HCS)", the code skipping "of" and "and"): a title over
    # the role's duties, not a task with its owner in brackets
    case("a role's title with its short form is no task with an owner", "roles.rst",
         "Care home roles\n===============\n\n"
         "Duty Manager (DM)\n"
         "   Opens the building each morning and checks the fire alarm panel.\n\n"
         "Head of Care and Support (HCS)\n"
         "   Agrees each care plan with the resident's family.\n\n"
         "Estates and Facilities Officer (EFO)\n"
         "   Arranges repairs and keeps the maintenance log.\n\n"
         "Volunteer drivers (VD team)\n"
         "   Drive residents to their hospital appointments.\n",
         letters={("Head of Care and Support",
                  "Agree each care plan with the resident's family"): "A/R",
                  ("Estates and Facilities Officer", "Keep the maintenance log"): "A/R",
                  ("Duty Manager", "Open the building each morning"): "A/R"},
         none=[Cell(None, "^(?:Head of Care|Estates and|Volunteer drivers)")],
         no_roles=["^(?:HCS|EFO|VD Team)$"]),
    # "Named", "Designated", "Nominated" written with a capital open a title ("Named
    # Nurse"), even one of five words after them; in lower case they only say which
    case("a capitalised 'Named' or 'Nominated' is part of the title", "safeguarding.md",
         "# School safeguarding duties\n\n"
         "## Designated Safeguarding Lead\n\n"
         "- Keeps the record of every concern raised by staff.\n\n"
         "## Named Health and Safety Coordinator\n\n"
         "- Inspects the science labs every term.\n\n"
         "## Nominated Governor\n\n"
         "- Reviews the safeguarding policy each year.\n",
         all_roles=["Designated Safeguarding Lead", "Named Health and Safety Coordinator",
                    "Nominated Governor"]),
    # a group named by the words before "staff" acts with a plural verb ("Warehouse staff
    # check"); "All staff read ..." names no role
    case("a group of staff is a subject with its plural verb", "goods-in.txt",
         "Goods in\n\n"
         "The Stores Supervisor books each delivery slot. Warehouse staff check the seals "
         "on every trailer and count the pallets. All staff read the site rules on their "
         "first day.\n",
         letters={("Warehouse Staff", "Check the seals on every trailer"): "A/R",
                  ("Warehouse Staff", "Count the pallets"): "A/R"},
         no_roles=["^Staff$"]),
    # a title that says what its holder answers for, written in capitals word by word
    # ("Officer Responsible for Fire Safety") is one role; in lower case it is a phrase
    case("a title 'X Responsible for Y' is one role", "depot.md",
         "# Depot roles\n\n"
         "## Officer Responsible for Fire Safety\n\n"
         "- Tests the fire alarms every Friday.\n\n"
         "## Yard Officer Responsible for Waste and Recycling\n\n"
         "- Books the skip collections.\n\n"
         "## Depot Manager\n\n"
         "- Signs off the weekly rota.\n",
         all_roles=["Officer Responsible for Fire Safety",
                    "Yard Officer Responsible for Waste and Recycling", "Depot Manager"],
         letters={("Yard Officer Responsible for Waste and Recycling",
                   "Book the skip collections"): "A/R"}),
    # a static site's admonitions and content tabs: the text indented four spaces under
    # '!!! note "..."' or '=== "1. Eligibility"' is read, not taken for code; a fenced
    # block stays code
    case("admonitions and content tabs are read as sections", "grant-review.md",
         "---\ntitle: Grant review procedure\n---\n\n"
         "# Grant review procedure\n\n"
         "!!! note \"Before you start\"\n"
         "    Every reviewer declares any interest before they read an application.\n\n"
         "## Stages\n\n"
         "=== \"1. Eligibility\"\n\n"
         "    The Grants Officer checks each application against the eligibility rules and\n"
         "    records the result in the grants register.\n\n"
         "=== \"2. Scoring\"\n\n"
         "    - The Review Panel scores each eligible application against the criteria.\n"
         "    - The Panel Secretary takes the minutes of the scoring meeting.\n\n"
         "??? tip \"Appeals\"\n"
         "    The Programme Director decides every appeal.\n\n"
         "```text\n=== \"not a tab\"\n\n    The Caretaker locks the office.\n```\n",
         exactly={("Reviewer", "Declare any interest before they read an application"): "A/R",
                  ("Grants Officer", "Check each application against the eligibility "
                                     "rules"): "A/R",
                  ("Grants Officer", "Record the result in the grants register"): "A/R",
                  ("Review Panel", "Score each eligible application against the "
                                   "criteria"): "A/R",
                  ("Panel Secretary", "Take the minutes of the scoring meeting"): "A/R",
                  ("Programme Director", "Decide every appeal"): "A/R"}),
    # a heading whose letter lines say who does it is the step as written; a title
    # in capitals reads in sentence case; an aside in brackets is no part of it
    case("a heading over letter lines is the step, whole", "club-jobs.md",
         "# Club jobs\n\n"
         "## Book the hall and send the invitations\n\nOwner: Club Secretary\n\n"
         "## ANNUAL ACCOUNTS\n\nOwner: Treasurer\n\n"
         "## Run the acceptance tests\n\nOwner: Club Secretary\n\n"
         "## Order the trophies and engrave them (before May)\n\nOwner: Club Secretary\n",
         exactly={("Club Secretary", "Book the hall and send the invitations"): "A/R",
                  ("Treasurer", "Annual accounts"): "A/R",
                  ("Club Secretary", "Run the acceptance tests"): "A/R",
                  ("Club Secretary", "Order the trophies and engrave them"): "A/R"}),
    # without a rule that a reviewer approves, a reviewer is consulted
    case("a card's reviewer is consulted unless the board says reviewers approve",
         "repairs-board.md",
         "# Repairs\n\n"
         "Team: @kim (Caretaker), @lou (Site Manager)\n\n"
         "- [ ] **Fix the gate latch** @kim\n"
         "  - Review: @lou\n"
         "- [ ] **Clear the gutters** @kim\n",
         exactly={("Caretaker", "Fix the gate latch"): "A/R",
                  ("Site Manager", "Fix the gate latch"): "C",
                  ("Caretaker", "Clear the gutters"): "A/R"}),
]


@pytest.mark.parametrize("shape", FILE_SHAPES)
def test_file_shapes(tmp_path: Path, shape: Shape) -> None:
    _check(tmp_path, shape)


def test_an_org_drawer_that_never_closes_is_text(tmp_path: Path) -> None:
    # a line that looks like a drawer's start with no ":END:" after it hides nothing
    path = tmp_path / "beds.txt"
    path.write_text("#+TITLE: Beds\n\n* TODO Water the beds :summer:\n  :NOTE:\n"
                    "  The plot secretary waters the beds at dusk.\n", encoding="utf-8")
    blocks = [(b.kind, b.text) for b in read_document(path).blocks]
    assert ("heading", "Water the beds") in blocks
    assert any("waters the beds at dusk" in text for _kind, text in blocks), blocks


def test_a_transcript_of_initials_is_no_legend_of_fields() -> None:
    # speakers by their initials, three in a row, then again: sentences, not fields
    text = ("Committee meeting\n\n"
            "AB: I will book the hall for the fair.\n"
            "CD: I can bring the urn and the cups.\n"
            "EF: Fine, I lead the raffle.\n"
            "AB: Then I send the posters to the printer.\n"
            "CD: Good.\n")
    lines = [b.text for b in parse_text("minutes.txt", text).blocks]
    assert any("book the hall" in line for line in lines), lines
    assert any("send the posters" in line for line in lines), lines


def test_a_decision_sheet_of_yes_and_no_branches(tmp_path: Path) -> None:
    path = tmp_path / "flood.txt"
    path.write_text(
        "FLOOD IN THE STORE: WHAT TO DO\n\n"
        "Q1  Is water coming through the ceiling?\n"
        "    YES  The Duty Manager must switch off the power to that aisle and call\n"
        "         the Facilities Engineer. Go to Q2.\n"
        "    NO   Go to Q2.\n\n"
        "Q2  Is any stock wet?\n"
        "    YES  The Stock Controller moves the wet stock to bay 9. Go to Q3.\n"
        "    NO   The Duty Manager logs the check. Go to Q3.\n", encoding="utf-8")
    template = derive([path])
    roles = {r.name for r in template.roles}
    # the branch's YES or NO is no part of a role's name
    assert "Duty Manager" in roles and "Stock Controller" in roles
    assert not any(name.startswith(("YES", "NO")) for name in roles)
    cells = derived_cells(template)
    assert cells[("Stock Controller", "Move the wet stock")] == "A/R"
    assert cells[("Duty Manager", "Log the check")] == "A/R"


def test_lines_are_kept_where_titles_and_branch_marks_are_read_away(tmp_path: Path) -> None:
    # the stop of "Hon." and the "YES" of a branch go from the text, and every sentence
    # after them still names the line it starts on
    lines = ["Club rules", "",
             "The Hon. Secretary books the hall for every meeting of the year and",
             "sends the notices. The Hon. Treasurer banks the takings. The Asst. Coach",
             "checks the boats.", "",
             "Q1  Is the hall locked?",
             "    YES  The Hon. Secretary keeps the key for the next meeting and",
             "         returns it to the caretaker. The Asst. Coach sets out the chairs.",
             "    NO   Go to Q2."]
    text = "\n".join(lines) + "\n"
    evidence = _evidence(_draft(tmp_path, "club.txt", text))
    where = {name: location for name, location, _t in evidence}
    assert where["Bank the takings"] == "line 4"
    assert where["Check the boats"] == "line 4"
    assert where["Set out the chairs"] == "line 9"
    _assert_verbatim_on_its_line(text.replace("Hon. ", "Hon ").replace("Asst. ", "Asst ")
                                 .replace("YES  ", ""), evidence)


def test_a_line_of_blanks_to_fill_in_states_no_duty(tmp_path: Path) -> None:
    text = ("PERMIT\n\nPART A - to be completed by the Site Supervisor\n\n"
            "I have checked the work area and isolated the supply.\n\n"
            "Signed ________   Name ________   Date ________\n")
    draft = _draft(tmp_path, "permit.txt", text)
    names = {a.name for a in draft.rows}
    assert not any("Signed" in n or "Name" in n or "Date" in n for n in names)
    # the line itself is read as blank, a line with words and no blanks is kept
    assert _boxed_text(["Signed ________   Name ________   Date ________",
                        "Signed by the Site Supervisor."]) == [
        "", "Signed by the Site Supervisor."]


def test_a_sentence_at_a_line_start_keeps_its_line_after_a_stop_or_mark_goes(
        tmp_path: Path) -> None:
    text = ("# Club rules\n\nThe Hon. Secretary books the hall.\nThe Asst. Coach checks the "
            "boats.\n\nYES The Duty Manager locks the hall.\nThe Head Coach sets out the "
            "chairs.\n")
    where = {name: location
             for name, location, _t in _evidence(_draft(tmp_path, "club.md", text))}
    assert where["Book the hall"] == "line 3"
    assert where["Check the boats"] == "line 4"
    assert where["Lock the hall"] == "line 6"
    assert where["Set out the chairs"] == "line 7"


def test_numbered_role_lines_head_the_tasks_below_them(tmp_path: Path) -> None:
    """An operation order's "b. Tasks." with "(1) Warden (Mr Lowe)." over its items, in
    Word as written with list paragraphs: each role line heads the items under it, and a
    later label line naming no role ("c. Coordinating instructions.") ends the last
    role's tasks."""
    import docx

    document = docx.Document()
    document.add_heading("3. EXECUTION", level=1)
    document.add_paragraph("a. Concept. The Lead Warden walks the route first.")
    document.add_paragraph("b. Tasks.")
    document.add_paragraph("(1) Lead Warden (Mr Lowe).")
    document.add_paragraph("Sets the route and briefs the marshals at 0800.",
                           style="List Bullet")
    document.add_paragraph("Holds the medical forms.", style="List Bullet")
    document.add_paragraph("(2) Marshals (Ms Ode, Mr Fry).")
    document.add_paragraph("Staff each checkpoint and record the runners' times.",
                           style="List Bullet")
    document.add_paragraph("c. Coordinating instructions.")
    document.add_paragraph("Timings: start 0900, close 1500.", style="List Bullet")
    path = tmp_path / "order.docx"
    document.save(str(path))
    cells = derived_cells(derive([path]))
    assert cells[("Lead Warden", "Hold the medical forms")] == "A/R"
    assert any(r == "Marshal" and a.startswith("Staff each checkpoint") and v == "A/R"
               for (r, a), v in cells.items())
    assert not any(r == "Lead Warden" and a.startswith("Staff each") for r, a in cells)
    assert not any("Timings" in a or "0900" in a for _r, a in cells)


def test_a_long_run_of_spaces_reaches_no_pattern(tmp_path: Path) -> None:
    """A long run of spaces (as a PDF's text layer or a padded line leaves) is one space
    in every block read, cells too, so no later pattern meets it (several would take
    time growing with the square or the cube of the run); each line keeps its place, and
    a short label line still heads the items under it."""
    text = ("# Evacuation\n\n(1) Lead Warden (Mr Lowe)." + " " * 20_000 + "x\n\n"
            "(2) Deputy Warden.\n\n- Checks the register.\n- We" + " " * 20_000 + "x\n\n"
            "| Task | Who |\n| --- | --- |\n| Sweep the hall |    Caretaker |\n\n"
            "The Caretaker   locks the gate\nat night and checks the boiler.\n")
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    blocks = read_document(path).blocks
    assert not any("  " in b.text or any("  " in c for c in b.cells) for b in blocks)
    para = next(b for b in blocks if b.text.startswith("The Caretaker"))
    assert para.location_at(para.text.index("at night")) == "line 15"
    cells = _cells(_draft(tmp_path, "plan.md", text))
    assert cells[("Deputy Warden", "Check the register")] == "A/R"


def test_a_padded_plain_text_line_reads_its_name_at_the_end_only() -> None:
    """Whether a plain-text line ends on a name cut by the wrap ("... chaired by Dr
    Amara" over "Nwosu, who ...") is looked for in the line's last 40 characters, not
    over a run of spaces before them (a search that would grow with its square)."""
    import inspect

    from raci.derive import documents
    source = inspect.getsource(documents._logical_lines)
    assert "_NAME_END.search(last[-40:])" in source
    doc = parse_text("minutes.txt", "The annual review meeting of the garden group was "
                     "chaired by Dr Amara\nNwosu, who signs it.\n\n- [ ] We" + " " * 5_000 +
                     "x\n")
    assert doc.blocks[0].text == ("The annual review meeting of the garden group was chaired "
                                  "by Dr Amara Nwosu, who signs it.")


def test_a_person_whose_surname_ends_like_a_role_word(tmp_path: Path) -> None:
    """"Tom Okafor (Project Director)", as a grant's key personnel name people: a surname
    no word of the language, though it ends like "Investigator", is a person's, so the
    role in brackets is theirs and "She will ..." after it its duties."""
    path = tmp_path / "personnel.md"
    path.write_text(
        "## Key personnel\n\n"
        "**Dr Amara Okafor (Principal Investigator)** will chair the project board. She "
        "will manage the budget.\n\n"
        "**Tom Kessler (Project Manager)** will maintain the risk register.\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Principal Investigator", "Chair the project board")] == "A/R"
    assert ("Principal Investigator", "Budget") in cells
    assert cells[("Project Manager", "Risk register")] == "A/R"


def test_a_team_with_its_members_in_brackets_is_the_team(tmp_path: Path) -> None:
    """"Accounts (cashiers)" over the team's duties: one word of the language before a
    plural in brackets names a team and its members, not a person holding a post; the
    team is the role, and "the cashier" later in the text is the same role."""
    path = tmp_path / "completion.md"
    path.write_text("# Completion day\n\n## Who does what\n\n### Fee earner\n\nRuns the "
                    "completion.\n\n### Accounts (cashiers)\n\n- Check and send payments from "
                    "the client account.\n\n## On the day\n\nThe cashier e-mails the payment "
                    "reference to the fee earner.\n", encoding="utf-8")
    draft = derive([path])
    names = {r.name for r in draft.roles}
    assert "Accounts" in names
    assert "Cashier" not in names
    cells = derived_cells(draft)
    assert cells[("Accounts", "Check and send payments")] == "A/R"
    # ("e-mails" is read as the verb it is)
    assert cells[("Accounts", "E-mail the payment reference to the fee earner")] == "A/R"
    assert cells[("Fee Earner", "E-mail the payment reference to the fee earner")] == "I"


def test_two_roles_as_one_subject_the_second_a_possessive_title(tmp_path: Path) -> None:
    """"The Estate Warden and owner's agent walk the boundary": the second of two joined
    subjects is a title with a possessive ("Owner's Agent"), and both do the duty, the
    first named A/R and the other R, as with "... and the owner's agent"."""
    draft = _draft(tmp_path, "estate.txt",
                   "Estate rules\n\nThe Estate Warden keeps the gate book. The Owner's "
                   "Agent signs the leases.\n\nThe Estate Warden and owner's agent walk the "
                   "boundary.\n")
    cells = _cells(draft)
    assert cells[("Estate Warden", "Walk the boundary")] == "A/R"
    assert cells[("Owner's Agent", "Walk the boundary")] == "R"


def test_a_person_with_the_group_in_brackets_stands_for_the_group(tmp_path: Path) -> None:
    """"Hope (wardens) checks the fire doors": a first name that is also a word, before a
    plural in brackets and a verb for one, is a warden, not a team called Hope."""
    path = tmp_path / "night.md"
    path.write_text("# Night routine\n\nThe Duty Manager signs the night log. Hope (wardens) "
                    "checks the fire doors at ten.\nThe wardens lock the side gate.\n",
                    encoding="utf-8")
    draft = derive([path])
    names = {r.name for r in draft.roles}
    assert "Hope" not in names
    cells = derived_cells(draft)
    assert cells[("Warden", "Check the fire doors at ten")] == "A/R"
    assert cells[("Warden", "Lock the side gate")] == "A/R"
