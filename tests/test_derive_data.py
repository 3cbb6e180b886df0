"""Derivation from structured data: ownership files in YAML, task exports in JSON.

Every text here is written for the test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from raci.cli import main
from raci.derive import data
from raci.derive.data import DataParts, leading_comments, parse_data
from raci.derive.documents import DocumentError, data_document, parse_markdown, read_document
from raci.derive.draft import derive
from tests.helpers import derived_cells
from tests.long_runs import examples

ASSET_REGISTER = """\
# asset-register.yaml
# Who looks after each piece of plant in the depot. The Facilities team reviews every
# change to this file.

assets:
  - name: boiler_house
    owner: Depot Manager
    keeper: Heating Engineer
    duties:
      - bleed the radiators every October
      - log the pressure readings each week
      - book the annual gas safety check
    replacement:
      raised_by: keeper
      reviewers: [Finance Officer, Facilities team]
      notify: [Site Caretaker]
  - name: forklift
    owner: Yard Supervisor
    keeper: Forklift Driver
    duties:
      - check the tyres before each shift
      - charge the battery overnight
    replacement:
      raised_by: keeper
      reviewers: [Finance Officer]
      notify: []

meanings:
  owner: >
    Accountable for the asset. Decides when it is replaced.
  keeper: >
    Does the daily checks listed under duties and raises a replacement when one is due.
"""


def _draft(tmp_path: Path, name: str, text: str) -> dict[tuple[str, str], str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return derived_cells(derive([path]))


def test_an_ownership_file_in_yaml_gives_each_duty_its_owner_and_keeper(tmp_path: Path) -> None:
    # the legend's key ("meanings:") is read as any legend: owner A, keeper the doer
    cells = _draft(tmp_path, "assets.txt",
                   ASSET_REGISTER.replace("meanings:", "fields:"))
    assert cells[("Depot Manager", "Bleed the radiators")] == "A"
    assert cells[("Heating Engineer", "Bleed the radiators")] == "R"
    assert cells[("Heating Engineer", "Log the pressure readings")] == "R"
    assert cells[("Forklift Driver", "Check the tyres")] == "R"
    assert cells[("Yard Supervisor", "Charge the battery overnight")] == "A"
    # a nested entry is named by its key and its entry; "raised_by: keeper" is the keeper,
    # the owner above it stays accountable, reviewers are consulted, notify informed
    row = "Replacement for boiler_house"
    assert cells[("Heating Engineer", row)] == "R"
    assert cells[("Depot Manager", row)] == "A"
    assert cells[("Finance Officer", row)] == "C"
    assert cells[("Site Caretaker", row)] == "I"
    assert cells[("Forklift Driver", "Replacement for forklift")] == "R"
    # the leading comment is prose the extractor reads; the file's name is no paragraph
    assert any(role == "Facilities Team" and name.startswith("Review") and "this file" in name
               for role, name in cells)
    # the legend's own keys are no roles
    assert not any(role in ("Owner", "Keeper") for role, _ in cells)


def test_without_a_legend_the_keys_own_words_give_the_letters(tmp_path: Path) -> None:
    text = ("services:\n"
            "  payments-api:\n"
            "    owner: Payments Lead\n"
            "    on_call: Payments Engineer\n"
            "    consulted: Security Architect\n"
            "    informed: [Customer Support Lead, Finance Controller]\n"
            "  search:\n"
            "    owner: Search Lead\n"
            "    assignee: Search Engineer\n")
    cells = _draft(tmp_path, "services.yaml", text)
    assert cells[("Payments Lead", "Payments-api")] == "A"
    assert cells[("Payments Engineer", "Payments-api")] == "R"
    assert cells[("Security Architect", "Payments-api")] == "C"
    assert cells[("Finance Controller", "Payments-api")] == "I"
    assert cells[("Search Engineer", "Search")] == "R"
    assert cells[("Search Lead", "Search")] == "A"


def test_a_json_task_export_with_codes_and_a_field_legend(tmp_path: Path) -> None:
    # one task object per line, the codes spelt out, what each field means in words
    tasks = [
        {"task": "Open the hall", "doer": "KH", "ask": [], "tell": ["SEC"]},
        {"task": "Count the float", "doer": "TR", "ask": ["KH"], "tell": []},
        {"task": "Lock the cash box", "doer": "TR", "ask": [], "tell": ["SEC", "KH"]},
    ]
    text = ('{\n  "legend": {"doer": "Does the task", "ask": "Asked before it is done",\n'
            '             "tell": "Told once it is done"},\n'
            '  "roles": {"KH": "Key Holder", "TR": "Treasurer", "SEC": "Secretary"},\n'
            '  "tasks": [\n' + ",\n".join("    " + json.dumps(t) for t in tasks) + "\n  ]\n}\n")
    cells = _draft(tmp_path, "hall-rota.json", text)
    assert cells[("Key Holder", "Open the hall")] == "A/R"
    assert cells[("Secretary", "Open the hall")] == "I"
    assert cells[("Treasurer", "Count the float")] == "A/R"
    assert cells[("Key Holder", "Count the float")] == "C"
    assert cells[("Key Holder", "Lock the cash box")] == "I"
    assert not any(role in ("KH", "TR", "SEC") for role, _ in cells)


def test_a_json_note_that_says_what_each_key_means_is_its_legend(tmp_path: Path) -> None:
    # JSON has no comments: the meanings of its keys are written out in a note at its top,
    # "key = meaning" parted by commas, and the keys' own words say nothing of the letters
    jobs = [
        {"job": "Book the minibus for the away match", "runner": "Transport Officer",
         "crew": ["Kit Steward"], "ok_by": "Club Captain", "fyi_list": ["Juniors Coach"]},
        {"job": "Wash the match shirts", "runner": "Kit Steward", "crew": ["Parent Helpers"]},
        {"job": "Pay the referee's fee", "runner": "Club Treasurer", "ok_by": "Club Captain"},
    ]
    text = json.dumps({"about": "Exported from the fixtures app. runner = does it, crew = "
                                "works with, ok_by = signs it off, fyi_list = keep informed.",
                       "jobs": jobs}, indent=2)
    cells = _draft(tmp_path, "away-day.json", text)
    assert cells[("Transport Officer", "Book the minibus for the away match")] == "R"
    assert cells[("Kit Steward", "Book the minibus for the away match")] == "C"
    assert cells[("Club Captain", "Book the minibus for the away match")] == "A"
    assert cells[("Juniors Coach", "Book the minibus for the away match")] == "I"
    assert cells[("Parent Helper", "Wash the match shirts")] == "C"
    assert cells[("Club Treasurer", "Pay the referee's fee")] == "R"
    assert cells[("Club Captain", "Pay the referee's fee")] == "A"
    # a note naming fewer than two of the keys is no legend of them
    lone = json.dumps({"about": "crew = works with", "jobs": jobs}, indent=2)
    assert ("Kit Steward", "Book the minibus for the away match") not in \
        _draft(tmp_path, "lone.json", lone)


def test_json_lines_are_read_one_entry_per_line(tmp_path: Path) -> None:
    lines = [{"title": "Restock the first-aid kit", "assignee": "First Aider",
              "approver": "Centre Manager", "watchers": ["Duty Officer"]},
             {"title": "Test the fire alarm", "assignee": "Duty Officer",
              "approver": "Centre Manager", "watchers": []}]
    text = "\n".join(json.dumps(line) for line in lines) + "\n"
    cells = _draft(tmp_path, "tickets.txt", text)
    assert cells[("First Aider", "Restock the first-aid kit")] == "R"
    assert cells[("Centre Manager", "Restock the first-aid kit")] == "A"
    assert cells[("Duty Officer", "Restock the first-aid kit")] == "I"
    assert cells[("Duty Officer", "Test the fire alarm")] == "R"


def test_roles_over_lists_of_duties_in_yaml_are_role_sections(tmp_path: Path) -> None:
    text = ("committee:\n"
            "  Chair:\n"
            "    - chair the monthly meetings\n"
            "    - sign the minutes\n"
            "  Treasurer:\n"
            "    - keep the accounts\n"
            "    - present the budget to the members\n")
    cells = _draft(tmp_path, "committee.yml", text)
    assert cells[("Chair", "Sign the minutes")] == "A/R"
    assert cells[("Treasurer", "Keep the accounts")] == "A/R"



def test_a_duty_listed_under_two_entries_is_a_row_for_each(tmp_path: Path) -> None:
    path = tmp_path / "halls.yaml"
    path.write_text("halls:\n  main_hall:\n    owner: Caretaker\n    duties:\n"
                    "      - sweep the floor\n      - stack the chairs\n"
                    "  annexe:\n    owner: Booking Secretary\n    duties:\n"
                    "      - sweep the floor\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Caretaker", "Sweep the floor for main_hall")] == "A/R"
    assert cells[("Booking Secretary", "Sweep the floor for annexe")] == "A/R"
    assert ("Booking Secretary", "Sweep the floor for main_hall") not in cells
    assert cells[("Caretaker", "Stack the chairs")] == "A/R"  # listed once: its own name


def test_fields_joined_over_one_role_word_are_one_party(tmp_path: Path) -> None:
    path = tmp_path / "rota.yaml"
    path.write_text("tasks:\n  - task: Open the hall\n"
                    "    lead: Research and Development Lead\n"
                    "    notify: Caretaker and Treasurer\n  - task: Lock up\n"
                    "    lead: Sales & Marketing Team\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Research and Development Lead", "Open the hall")] == "A/R"
    assert cells[("Sales & Marketing Team", "Lock up")] == "A/R"
    assert cells[("Caretaker", "Open the hall")] == "I"  # two roles: two parties
    assert cells[("Treasurer", "Open the hall")] == "I"

@pytest.mark.parametrize("text", [
    # a page of prose with a few "Key: value" lines: nothing nests
    "Owner: Jane Hill\nReviewed: March\n\nThe Chair runs the meetings and signs the minutes.\n"
    "The Treasurer keeps the accounts.\nNotes: none\n",
    # a role heading over indented prose is no YAML (prose lines do not read as YAML)
    "Chair:\n  The Chair runs the meetings, signs the minutes and keeps order.\n"
    "  When the Chair is away the Vice-Chair stands in for them.\n"
    "Treasurer:\n  The Treasurer keeps the accounts and banks the takings.\n"
    "  She presents the budget each spring.\n",
    # a one-line scalar
    "just a sentence about who does what\n",
])
def test_text_that_is_not_structured_data_is_left_to_the_text_reader(text: str) -> None:
    assert parse_data(text, ".txt") is None


def test_leading_comments_are_paragraphs_without_the_files_name() -> None:
    text = "# rota.yaml\n# Who opens up.\n# The Warden keeps the keys.\n#\n# Second.\nkey: 1\n"
    assert leading_comments(text) == ["Who opens up. The Warden keeps the keys.", "Second."]


@pytest.mark.parametrize(("name", "text"), [
    ("broken.json", '{"tasks": [{"task": "Open up", "lead": "Warden"}\n'),
    ("broken.yaml", "tasks:\n  - task: Open up\n    lead: [Warden\n"),
    ("flat.yaml", "title: A file with nothing in it\n"),
])
def test_a_data_file_that_does_not_parse_names_itself(tmp_path: Path, name: str,
                                                      text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DocumentError, match=rf"{name}: not readable as (JSON|YAML)"):
        read_document(path)


@pytest.mark.parametrize(("name", "text"), [
    ("rota.yml", "tasks:\n  - task: Keep the accounts\n    owner: Treasurer\n"
                 "  - task: Pay the bills\n    owner: Treasurer\n"),
    ("rota.json", '{"tasks": [{"task": "Keep the accounts", "owner": "Treasurer"}, '
                  '{"task": "Pay the bills", "owner": "Treasurer"}]}'),
])
def test_a_data_file_whose_tasks_all_have_one_owner_drafts(tmp_path: Path, name: str,
                                                          text: str) -> None:
    """Every task owned by the same role: a table of one column of letters is no RACI
    table, so the tasks are read as that role's, not refused as naming no role."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert derived_cells(derive([path])) == {("Treasurer", "Keep the accounts"): "A/R",
                                             ("Treasurer", "Pay the bills"): "A/R"}


def test_a_party_named_in_lower_case_inside_a_duty_gets_its_letter(tmp_path: Path) -> None:
    """"book the hall with the finance chair": a party of the file named in a duty in
    lower case is still that party (a name of two words or more), consulted here."""
    path = tmp_path / "committee.yml"
    path.write_text("committee:\n  - role: Events Lead\n    duties:\n"
                    "      - book the hall with the finance chair\n"
                    "  - role: Finance Chair\n    duties:\n      - keep the accounts\n",
                    encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Events Lead", "Book the hall with the finance chair")] == "A/R"
    assert cells[("Finance Chair", "Book the hall with the finance chair")] == "C"


def test_roles_keyed_by_name_over_their_duties_are_read(tmp_path: Path) -> None:
    """"officers:" over "Treasurer:" over "duties:": each role is named by its key in the
    group, and its duties are its own (no key in the entry names anyone else)."""
    path = tmp_path / "officers.yml"
    path.write_text("officers:\n  Treasurer:\n    duties:\n      - keep the accounts\n"
                    "      - pay the bills\n  Secretary:\n    duties:\n"
                    "      - take the minutes\n", encoding="utf-8")
    assert derived_cells(derive([path])) == {("Treasurer", "Keep the accounts"): "A/R",
                                             ("Treasurer", "Pay the bills"): "A/R",
                                             ("Secretary", "Take the minutes"): "A/R"}


def test_roles_keyed_by_code_in_a_roles_mapping_are_named_by_their_titles(
        tmp_path: Path) -> None:
    """"roles:" over "KP:" over "title:" and "responsibilities:": the roles' work, not a
    legend of codes (before, the file gave "no roles found")."""
    text = ("kitchen:\n  name: Evening service\n  roles:\n"
            "    HC:\n      title: Head Chef\n      responsibilities:\n"
            "        - Sign off the menu\n        - Taste every sauce before service\n"
            "    KP:\n      title: Kitchen Porter\n      key_responsibilities:\n"
            "        - Wash the pans\n")
    assert _draft(tmp_path, "kitchen.yaml", text) == {
        ("Head Chef", "Sign off the menu"): "A/R",
        ("Head Chef", "Taste every sauce before service"): "A/R",
        ("Kitchen Porter", "Wash the pans"): "A/R"}


def test_a_role_entry_named_by_name_does_its_duties_beside_the_parties_it_names(
        tmp_path: Path) -> None:
    """"name: Site Foreman" over "does:" and "consults:"/"informs:": the named role does
    the duties, the other keys' parties are consulted and informed (before, no entry
    named who does the work)."""
    text = ("roles:\n"
            "  - name: Site Foreman\n    does:\n      - check the scaffold tags\n"
            "      - brief the gang each morning\n    consults: [Safety Adviser]\n"
            "    informs: Project Manager\n"
            "  - name: Safety Adviser\n    does: [sign the permits]\n")
    cells = _draft(tmp_path, "site.yaml", text)
    assert cells[("Site Foreman", "Check the scaffold tags")] == "A/R"
    assert cells[("Safety Adviser", "Check the scaffold tags")] == "C"
    assert cells[("Project Manager", "Check the scaffold tags")] == "I"
    assert cells[("Safety Adviser", "Sign the permits")] == "A/R"


def test_a_code_keyed_role_takes_its_long_name_or_description(tmp_path: Path) -> None:
    """"SC:" over "long_name: Stage Crew" or "description: Front of House Manager": the
    role is the spelled-out name, not its code."""
    text = ("positions:\n  SC:\n    long_name: Stage Crew\n    tasks:\n"
            "      - Set the stage\n      - Strike the set\n"
            "  FOH:\n    description: Front of House Manager\n    duties:\n"
            "      - Open the doors\n")
    cells = _draft(tmp_path, "theatre.yaml", text)
    assert cells[("Stage Crew", "Set the stage")] == "A/R"
    assert cells[("Front of House Manager", "Open the doors")] == "A/R"
    assert not any(role in ("SC", "FOH") for role, _ in cells)


def test_a_roles_lists_of_acts_under_stages_are_its_duties(tmp_path: Path) -> None:
    """A role's entry with no "duties:" key but lists under the stages of the work
    ("before_the_match:", "at_half_time:"): lists of acts (each opening with a verb) are
    its duties; a list of things it must hold ("qualifications:") is not."""
    text = ("officials:\n"
            "  - role: Fourth Official\n    before_the_match:\n"
            "      - Check the players' boots\n      - Inspect the nets\n"
            "    at_half_time:\n      - Record the substitutions\n"
            "    qualifications:\n      - Level 5 referee badge\n      - Current first aid\n"
            "    tells: [Match Commissioner]\n")
    cells = _draft(tmp_path, "officials.yaml", text)
    assert cells[("Fourth Official", "Check the players' boots")] == "A/R"
    assert cells[("Fourth Official", "Record the substitutions")] == "A/R"
    assert cells[("Match Commissioner", "Inspect the nets")] == "I"
    assert not any("badge" in activity.lower() or "first aid" in activity.lower()
                   for _, activity in cells)


def test_lists_of_what_a_post_asks_of_its_holder_are_no_duties(tmp_path: Path) -> None:
    """A list under "qualifications:", "languages:" or "essential skills:" whose items open
    with a word that can be a verb ("Level 5 referee badge", "speak French") is what the
    post asks of its holder, not acts at a stage of the work."""
    text = ("- name: Referee\n  before_the_match: [check the players' boots, inspect the "
            "nets]\n  qualifications: [Level 5 referee badge]\n  languages: [speak French]\n"
            "  essential_skills: [manage a team of assistants]\n")
    cells = _draft(tmp_path, "officials.yaml", text)
    assert cells[("Referee", "Check the players' boots")] == "A/R"
    assert not any(word in activity.lower() for _, activity in cells
                   for word in ("badge", "french", "assistants"))


@pytest.mark.parametrize(("name", "text"), [
    ("notes.yml", "meeting:\n  date: 2027-01-12\n  topics:\n    - budget\n    - hall\n"),
    ("list.json", '{"tasks": [{"title": "Open up"}, {"title": "Lock up"}]}'),
])
def test_a_data_file_that_parses_but_names_no_party_says_so(tmp_path: Path, name: str,
                                                            text: str) -> None:
    """A file that parses but whose entries name nobody is not called unreadable: the
    message says what it lacks and what to add."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DocumentError, match=rf"{name}: read as (JSON|YAML), but no entry "
                                            "in it names who does it; give each task"):
        read_document(path)


def test_the_command_reports_a_broken_json_file_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "rota.json"
    path.write_text('{"tasks": [', encoding="utf-8")
    code = main(["derive", str(path), "-o", str(tmp_path / "out.toml")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and err[0].startswith("raci: error:") and "rota.json" in err[0]
    assert not (tmp_path / "out.toml").exists()



def test_a_text_file_whose_lines_only_look_like_yaml_is_read_as_a_page(tmp_path: Path) -> None:
    # "Key:" lines over indented items parse as YAML, but no entry names its parties:
    # the page is read as text, its duties kept
    path = tmp_path / "post.txt"
    path.write_text("Job title: Site Engineer\nReports to: Head of Works\n\n"
                    "Responsibilities:\n  - Plan the weekly pours\n"
                    "  - Check the formwork with the Safety Adviser\n"
                    "Requirements:\n  - A driving licence\n  - Chartered status\n",
                    encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Site Engineer", "Check the formwork with the Safety Adviser")] == "A/R"
    assert cells[("Safety Adviser", "Check the formwork with the Safety Adviser")] == "C"


def test_a_text_file_whose_entries_name_their_parties_is_still_read_as_data(
        tmp_path: Path) -> None:
    path = tmp_path / "rota.txt"
    path.write_text("tasks:\n  - task: Open the hall\n    lead: Caretaker\n"
                    "    notify: Booking Secretary\n  - task: Lock up\n    lead: Caretaker\n",
                    encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Booking Secretary", "Open the hall")] == "I"


@pytest.mark.parametrize(("name", "text"), [
    # anchors that each repeat the one before nine times: 9**8 lists from 400 characters
    ("laughs.yaml", "a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n" for i in range(1, 9))),
    # a tree nested past what a walk over it may recurse
    ("deep.json", "[" * 5000 + "]" * 5000),
    ("deep.yaml", "k: " + "[" * 150 + "]" * 150 + "\n"),
])
def test_a_data_file_that_expands_or_nests_too_far_is_refused_at_once(
        tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DocumentError, match=rf"{name}: not readable"):
        read_document(path)
    assert parse_data(text, name[-5:]) is None

LATEX = r"""% Section 3 of the bid; keep to one page.
\section{Delivery team}\label{sec:team}

The festival is run by a Director (overall lead) with a Production Manager.

\begin{description}
  \item[Festival Director.] Sets the programme and signs every artist contract.
    She chairs the weekly production meeting, books the headliners and
    pays the artists, and is the board's contact.
  \item[Production Manager.] Hires the staging and keeps the site plan up to
    date. The Production Manager briefs the stewards before each gate opens.
\end{description}

\subsection{Who does what on site}
\begin{itemize}
  \item The Safety Officer walks the site every morning.
\end{itemize}

\begin{tabular}{p{5cm}ll}
  \toprule
  \textbf{Task} & \textbf{Responsible} & \textbf{Consulted} \\
  \midrule
  Build the main stage & Production Manager & Safety Officer \\
  Run the box office~100\% online & Festival Director & Production Manager \\
  \bottomrule
\end{tabular}
"""


def test_latex_source_is_read_as_its_sections_lists_and_tables(tmp_path: Path) -> None:
    from raci.derive.documents import from_latex, is_latex

    assert is_latex(LATEX)
    assert not is_latex("Use \\begin{itemize} for lists, says the style guide.\n")
    lines = from_latex(LATEX).split("\n")
    assert len(lines) == len(LATEX.split("\n"))  # line for line: locations hold
    assert lines[1] == "# Delivery team"  # the label dropped
    assert lines[0] == ""  # a comment
    assert lines[6].startswith("- **Festival Director.** Sets the programme")
    assert "| Task | Responsible | Consulted |" in lines or \
        "| **Task** | **Responsible** | **Consulted** |" in lines
    assert "| Run the box office 100% online | Festival Director | Production Manager |" in lines
    # a Markdown table has no blank line inside: the rules come back as blanks after it
    table = [k for k, line in enumerate(lines) if line.startswith("|")]
    assert table == list(range(table[0], table[0] + len(table)))
    cells = _draft(tmp_path, "bid.tex", LATEX)
    assert cells[("Festival Director", "Sign every artist contract")] == "A/R"
    assert cells[("Festival Director", "Chair the weekly production meeting")] == "A/R"
    assert cells[("Production Manager", "Keep the site plan up-to-date")] == "A/R"
    assert cells[("Production Manager", "Build the main stage")] == "A/R"
    assert cells[("Safety Officer", "Build the main stage")] == "C"
    # the same source kept as .txt is recognised
    assert _draft(tmp_path, "bid.txt", LATEX) == cells


def test_latex_rows_ruled_on_their_line_or_carried_over_lines_are_one_row_each(
        tmp_path: Path) -> None:
    from raci.derive.documents import from_latex, is_latex

    source = ("\\section{Stores}\n\\begin{tabular}{|l|l|}\n\\hline\n"
              "Task & Responsible \\\\ \\hline\nCount the stock & Stores\n"
              "  Supervisor \\\\\nPay the invoices & Finance Officer\n\\hline\n"
              "\\end{tabular}\n\\begin{itemize}\n\\item The Driver loads the van.\n"
              "\\end{itemize}\n")
    lines = from_latex(source).split("\n")
    assert len(lines) == len(source.split("\n"))
    assert "| Task | Responsible |" in lines  # "\\ \hline": the row's end and its rule
    assert "| Count the stock | Stores Supervisor |" in lines  # carried over two lines
    assert "| Pay the invoices | Finance Officer |" in lines  # ended by the rule under it
    cells = _draft(tmp_path, "stores.tex", source)
    assert cells[("Stores Supervisor", "Count the stock")] == "A/R"
    # a note that names LaTeX's commands in its prose is no LaTeX source: its "50%"
    # starts no comment
    note = ("How to write the bid\n\nEach part opens with \\section{Title}; lists use "
            "\\begin{itemize} and \\item; bold is \\textbf{word}; cite with \\cite{key}.\n"
            "Discounts of 50% or more go to the Finance Officer, who signs them off.\n")
    assert not is_latex(note)


def test_a_role_run_in_with_a_full_stop_in_a_list_item_heads_every_sentence(
        tmp_path: Path) -> None:
    text = ("- **Treasurer.** Keeps the accounts up to date and banks the takings. "
            "The Treasurer also presents the budget.\n"
            "- **Assess.** The Secretary checks the minutes.\n")
    cells = _draft(tmp_path, "roles.md", text)
    assert cells[("Treasurer", "Bank the takings")] == "A/R"
    assert cells[("Treasurer", "Present the budget")] == "A/R"
    assert any(role == "Secretary" and "minutes" in name for role, name in cells)
    assert not any(role == "Assess" for role, _ in cells)
    # the full stop just after the bold, not in it (beside an item with it inside)
    after = _draft(tmp_path, "roles2.md", "# Committee\n\n- **Treasurer**. Keeps the "
                   "accounts. Banks the takings every week.\n- **Chair.** Runs the "
                   "meetings. Signs the minutes.\n")
    assert after[("Treasurer", "Keep the accounts")] == "A/R"
    assert after[("Treasurer", "Bank the takings every week")] == "A/R"


def test_names_acting_in_a_list_of_items_are_roles_wherever_the_list_stands(
        tmp_path: Path) -> None:
    text = ("# wiki-sync\n\n## Who looks after it\n\n"
            "- **Site Reliability** (`@ops/sre`) runs the servers and renews the "
            "certificates.\n"
            "- **Content Design** (`@web/content`) writes the help pages.\n"
            "- Search Quality tunes the ranking rules.\n")
    cells = _draft(tmp_path, "README.md", text)
    assert cells[("Site Reliability", "Renew the certificates")] == "A/R"
    assert cells[("Content Design", "Write the help pages")] == "A/R"
    assert any(role == "Search Quality" and "ranking" in name for role, name in cells)
    # one such item alone in its list is no evidence: "Google Drive stores ..."
    alone = _draft(tmp_path, "tools.md", "# Tools\n\n- Google Drive stores the files.\n"
                   "- The Secretary keeps the minutes.\n")
    assert not any(role == "Google Drive" for role, _ in alone)



def test_a_list_of_tools_or_features_acting_names_no_role(tmp_path: Path) -> None:
    # capitalised names acting in a list, under a heading that asks no "who" and with
    # no handle beside them: tools and features, not teams
    cells = _draft(tmp_path, "README.md",
                   "# Print server\n\nThe Office Manager orders the toner.\n\n"
                   "## How it works\n\n- Print Queue holds each job until it is paid.\n"
                   "- Colour Match checks the proofs.\n- Night Mode dims the panel.\n")
    assert {role for role, _ in cells} == {"Office Manager"}
    # the same names under a heading that asks who are teams
    teams = _draft(tmp_path, "teams.md",
                   "# Print server\n\n## Who looks after it\n\n"
                   "- Print Queue holds each job until it is paid.\n"
                   "- Colour Match checks the proofs.\n")
    assert {"Print Queue", "Colour Match"} <= {role for role, _ in teams}
    # or anywhere, when one of them names its handle
    handles = _draft(tmp_path, "handles.md",
                     "# Print server\n\n## How it works\n\n"
                     "- Print Queue (`@print/spool`) holds each job until it is paid.\n"
                     "- Colour Match checks the proofs.\n")
    assert {"Print Queue", "Colour Match"} <= {role for role, _ in handles}

CALL_TREE_MD = """\
# Flood plan

## Phone tree

Each person rings the people under them.

- **Maya Green**, Head Teacher (07700 900201)
  - **Omar Hale**, Business Manager (07700 900202)
    - Site Team: Jo Park, Site Supervisor (07700 900203)
    - Catering team (group text)
  - Deputy Head – Ruth Ellis
    - Teaching staff (group e-mail)

## Recovery tasks

| # | Task | Within | Primary | Alternate |
|---|------|--------|---------|-----------|
| 1 | Move the servers upstairs | 2 hours | Business Manager | Site Supervisor |
| 2 | Tell the parents by text | 1 hour | Deputy Head | Head Teacher |
"""


def test_a_call_tree_written_as_a_nested_list_gives_who_calls_whom(tmp_path: Path) -> None:
    cells = _draft(tmp_path, "flood.md", CALL_TREE_MD)
    assert cells[("Head Teacher", "Call the Business Manager")] == "A/R"
    assert cells[("Business Manager", "Call the Business Manager")] == "I"
    assert cells[("Business Manager", "Call the Site Supervisor")] == "A/R"
    assert cells[("Site Supervisor", "Call the Site Supervisor")] == "I"
    assert cells[("Business Manager", "Call the Catering team")] == "A/R"
    assert cells[("Head Teacher", "Call the Deputy Head")] == "A/R"
    assert cells[("Deputy Head", "Call the Teaching staff")] == "A/R"
    # nobody calls the head of the tree; the alternates do nothing unless named so
    assert not any(name == "Call the Head Teacher" for _, name in cells)
    # the Primary column does the task
    assert cells[("Business Manager", "Move the servers upstairs")] == "A/R"
    assert cells[("Deputy Head", "Tell the parents by text")] == "A/R"
    assert ("Site Supervisor", "Move the servers upstairs") not in cells
    # the same tree in plain text, indented by four
    text = ("FLOOD PLAN\n\nCall tree:\n\n"
            "- Maya Green, Head Teacher\n"
            "    - Omar Hale, Business Manager\n"
            "        - Jo Park, Site Supervisor\n"
            "    - Ruth Ellis, Deputy Head\n")
    plain = _draft(tmp_path, "flood.txt", text)
    assert plain[("Business Manager", "Call the Site Supervisor")] == "A/R"
    assert plain[("Head Teacher", "Call the Deputy Head")] == "A/R"
    # numbered, a post alone in its nested list is a line of the tree, not a title
    numbered = _draft(tmp_path, "flood2.md",
                      "# Flood plan\n\n## Call tree\n\n1. Head Teacher\n"
                      "   1. Business Manager\n      1. Site Supervisor\n"
                      "      2. Catering Manager\n   2. Deputy Head\n"
                      "      1. Teaching staff\n")
    assert numbered[("Business Manager", "Call the Catering Manager")] == "A/R"
    assert numbered[("Deputy Head", "Call the Teaching staff")] == "A/R"


def test_a_nested_list_under_a_heading_that_is_no_call_tree_stays_as_it_is(
        tmp_path: Path) -> None:
    text = CALL_TREE_MD.replace("## Phone tree", "## Staff list").replace(
        "Each person rings the people under them.", "Our staff this year.")
    cells = _draft(tmp_path, "flood.md", text)
    assert not any(name.startswith("Call the") for _, name in cells)


ORDERS = """\
RIVERSIDE LEISURE CENTRE
DUTY MANAGER'S STANDING INSTRUCTIONS TO POOL SUPERVISORS
Written by Ines Carvalho, Duty Manager

1. YOUR SHIFT

1.1 Check the pool chemistry before the first session and log the readings.
1.2 Brief the lifeguards on the session plan. The lifeguards rotate every 20 minutes.
1.3 Close the pool at once if the water is cloudy, except during a galas handover.

2. CALL ME AT ONCE IF

  - anyone is taken to hospital;
  - the alarm sounds.

When you call me, tell me what happened. I approve every change to the rota.
"""


def test_a_title_that_says_whose_orders_to_whom_names_the_writer_and_the_reader(
        tmp_path: Path) -> None:
    from raci.derive.documents import parse_text
    from raci.derive.roles import addressed_roles

    writer, reader = addressed_roles(parse_text("orders.txt", ORDERS))
    assert (writer, reader) == ("Duty Manager", "Pool Supervisor")
    cells = _draft(tmp_path, "orders.txt", ORDERS)
    # "you" and the instructions are the reader's; "I" and "me" are the writer's
    assert cells[("Pool Supervisor", "Check the pool chemistry before the first session")] == "A/R"
    assert cells[("Pool Supervisor", "Brief the lifeguards on the session plan")] == "A/R"
    assert any(role == "Duty Manager" and "rota" in name and letters == "A/R"
               for (role, name), letters in cells.items())
    assert any(role == "Duty Manager" and letters == "I" and name.startswith("Tell the Duty")
               for (role, name), letters in cells.items())
    # "CALL ME AT ONCE IF" calls the writer: its conditions are nobody's duties
    assert not any(name.lower().startswith(("anyone", "the alarm")) for _, name in cells)
    # an exception is no duty of its own, nor part of the duty's name
    assert not any(name.lower().startswith("except") for _, name in cells)
    assert not any("except" in name.lower() for _, name in cells)
    titles = ["Notes for new volunteers", "Head Chef's instructions for the commis chefs",
              "Briefing to all stewards", "Night orders to the duty porters",
              "Release notes for the Platform Team"]
    found = [addressed_roles(parse_text("t.txt", f"{t}\n\nSome text here.\n")) for t in titles]
    assert found == [(None, "Volunteer"), ("Head Chef", "Commis Chef"), (None, "Steward"),
                     (None, "Duty Porter"), (None, None)]


RST_LIST_TABLE = """\
Allotment Open Day
==================

:Owner: Show Secretary

.. list-table:: Who does what
   :header-rows: 1
   :widths: 50 25 25

   * - Task
     - Done by
     - Told
   * - Book the marquee and the
       portable toilets
     - Show Secretary
     - Treasurer
   * - Judge the vegetable classes
     - Show Judge
     -

The Treasurer banks the entry fees.
"""


def test_an_rst_list_table_is_read_as_a_table(tmp_path: Path) -> None:
    from raci.derive.documents import _rst_list_tables

    lines = _rst_list_tables(RST_LIST_TABLE.split("\n"))
    assert len(lines) == len(RST_LIST_TABLE.split("\n"))  # line for line
    assert lines[5] == "Who does what"
    assert "| Book the marquee and the portable toilets | Show Secretary | Treasurer |" in lines
    assert "| Judge the vegetable classes | Show Judge |  |" in lines
    rows = [k for k, line in enumerate(lines) if line.startswith("|")]
    assert rows == list(range(rows[0], rows[0] + 3))  # one after another
    for name in ("open-day.txt", "open-day.rst"):
        cells = _draft(tmp_path, name, RST_LIST_TABLE)
        assert cells[("Show Secretary", "Book the marquee and the portable toilets")] == "A/R"
        assert cells[("Treasurer", "Book the marquee and the portable toilets")] == "I"
        assert cells[("Show Judge", "Judge the vegetable classes")] == "A/R"
        assert any(role == "Treasurer" and "entry fees" in n for role, n in cells)


def test_a_side_columns_phrases_say_how_each_party_takes_part(tmp_path: Path) -> None:
    text = ("# Hall hire schedule\n\n"
            "| No. | Obligation | Party | Approval or notice |\n"
            "| --- | --- | --- | --- |\n"
            "| 1 | Send the hire form | Hirer | Bookings Officer approves it before the date |\n"
            "| 2 | Insure the event | Hirer | Certificate sent to the Bookings Officer |\n"
            "| 3 | Set out the chairs | Caretaker | Hirer consulted on the layout |\n"
            "| 4 | Lock the hall | Caretaker | Treasurer |\n")
    cells = _draft(tmp_path, "hire.md", text)
    assert cells[("Hirer", "Send the hire form")] == "R"
    assert cells[("Bookings Officer", "Send the hire form")] == "A"
    assert cells[("Bookings Officer", "Insure the event")] == "I"
    assert cells[("Hirer", "Set out the chairs")] == "C"
    assert cells[("Treasurer", "Lock the hall")] == "A"  # a name alone: the column's letter
    # the phrases are no roles
    assert not any("sent to" in role.lower() or "consulted" in role.lower()
                   for role, _ in cells)


def test_an_owner_column_beside_a_column_of_who_does_it_holds_the_a(tmp_path: Path) -> None:
    text = ("# Controls\n\n"
            "| Control | What we do | Control owner | Operated by |\n"
            "| --- | --- | --- | --- |\n"
            "| 1.2 | Review the door access list every month | Facilities Manager | "
            "Security Desk |\n"
            "| 1.3 | Test the backup generator | Facilities Manager | Facilities Manager |\n")
    cells = _draft(tmp_path, "controls.md", text)
    assert cells[("Facilities Manager", "Review the door access list every month")] == "A"
    assert cells[("Security Desk", "Review the door access list every month")] == "R"
    assert cells[("Facilities Manager", "Test the backup generator")] == "A/R"


def test_a_latex_documents_preamble_is_no_text() -> None:
    from raci.derive.documents import from_latex

    text = ("\\documentclass[11pt]{article}\n\\usepackage{booktabs}\n\\title{Roles}\n"
            "\\begin{document}\n\\maketitle\n\\section{Team}\nThe Chair runs the meetings.\n"
            "\\end{document}\n")
    lines = from_latex(text).split("\n")
    assert len(lines) == len(text.split("\n"))
    assert lines[:5] == ["", "", "", "", ""]  # no "article", no "Roles" from the preamble
    assert lines[5] == "# Team" and lines[6] == "The Chair runs the meetings."
    assert lines[7] == ""


# Pieces of text a data file's table may hold: plain words, underscores inside and at the
# ends of words, inline markup, escapes, entities, brackets, spaces at the ends and doubled
_PIECES = ["orders", "daily", "Kavotel Lead", "orders_daily", "_draft", "draft_", "a__b",
           "*bold*", "`code`", "[link]", "[link]: /url", "<b>", "a & b", "&amp;", "\\|",
           "x\\y", "\\-", "!", "~~gone~~", " padded ", "two  spaces", "é", "5", "-", "#", "|", ""]
_CELLS = st.lists(st.sampled_from(_PIECES), max_size=3).map("".join)
_LINES = st.lists(st.sampled_from(_PIECES + ["```", "~~~", "<!--", "---", "1. Background",
                                             "- item", "    indented", "## Head"]),
                  min_size=1, max_size=3).map(" ".join)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_LINES, max_size=3),
       st.lists(_CELLS, min_size=1, max_size=4, unique=True),
       st.lists(st.tuples(_CELLS, st.lists(st.sampled_from(["A", "R", "C/I", "", "A/R"]),
                                           min_size=4, max_size=4)), max_size=5),
       st.lists(_LINES, max_size=3))
# (a fence indented by a space in the comments holds the table as code)
@example(comments=[" ```"], roles=[""], rows=[("", ["A", "A", "A", "A"])], tail=[])
# (a heading of one "#" is a heading with no text, as the whole Markdown reads it)
@example(comments=["# #"], roles=["#"], rows=[("#", ["A", "A", "A", "A"])], tail=[])
def test_a_data_files_table_made_directly_reads_as_its_markdown(
        comments: list[str], roles: list[str], rows: list[tuple[str, list[str]]],
        tail: list[str]) -> None:
    # the rows of the table are made without markdown-it only when they read the same
    parts = DataParts(comments, roles, [(n, c[:len(roles)]) for n, c in rows],
                      [t + "\n" for t in tail])
    markdown = parts.markdown()
    assert data_document("x.yaml", parts, markdown).blocks == \
        parse_markdown("x.yaml", markdown).blocks


def test_a_large_data_files_table_is_made_without_markdown_it(monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    parts = DataParts(["Who owns what"], ["Data Lead", "Site Steward"],
                      [(f"Publish orders_daily {n}", ["A", "R"]) for n in range(50)],
                      ["## Data Lead\n\n- keep the catalogue\n"])
    expected = parse_markdown("x.yaml", parts.markdown()).blocks
    read: list[str] = []
    monkeypatch.setattr("raci.derive.documents.parse_markdown",
                        lambda name, text: read.append(text) or parse_markdown(name, text))
    assert data_document("x.yaml", parts, parts.markdown()).blocks == expected
    assert not any("| Publish" in text for text in read)  # the rows were not written out


SERVICE_CATALOGUE = """\
# services.yaml - the lab's shared services
# What the fields mean:
#   spec.owner             the team that builds and runs it, and is
#                          called when it breaks
#   lab.example/signoff    the team that must approve a change to it
#   lab.example/asked      teams asked before its interface changes
#   lab.example/told       teams told about every release
---
apiVersion: catalog/v1
kind: Group
metadata:
  name: imaging
  title: Imaging Group
spec:
  type: team
  members: [akhan, bdaly]
---
apiVersion: catalog/v1
kind: Group
metadata:
  name: data-office
spec:
  type: team
  profile:
    displayName: Data Office
---
apiVersion: catalog/v1
kind: Component
metadata:
  name: scan-upload
  title: Scan upload service
  annotations:
    lab.example/signoff: group:data-office
    lab.example/told: group:imaging
spec:
  owner: group:imaging
---
apiVersion: catalog/v1
kind: Component
metadata:
  name: sample-index
  title: Sample index
  annotations:
    lab.example/asked: group:imaging, group:data-office
spec:
  owner: group:data-office
"""


def test_a_stream_of_catalogue_entities_reads_its_fields_through_a_commented_legend(
        tmp_path: Path) -> None:
    # a multi-document stream ("---" between entities), each entity's title in its
    # metadata, its fields in its spec and its namespaced annotations, the groups named by
    # reference, and a legend of the fields in the comments at the top
    path = tmp_path / "services.yaml"
    path.write_text(SERVICE_CATALOGUE, encoding="utf-8")
    assert derived_cells(derive([path])) == {
        ("Imaging Group", "Scan upload service"): "R",
        ("Data Office", "Scan upload service"): "A",
        ("Data Office", "Sample index"): "A/R",
        ("Imaging Group", "Sample index"): "C",
    }
    doc = read_document(path)
    assert not any("approve a change" in b.text or "akhan" in b.text for b in doc.blocks)


BOARD_EXPORT = '''\
Card ID,Card Name,Card URL,Card Description,Labels,Members,Due Date,List Name,Board Name
a1f3,Who is on this board,https://boards.example/c/a1f3,"Bakery refit, spring.

Ana Pereira – Shop Manager
Ben Hollis – Head Baker
Cara Doyle – Delivery Driver",,,,Read me,Refit
b2e4,Order the new proving cabinet,https://boards.example/c/b2e4,"Two quotes attached.
Sign-off: Ana (it is over budget).",Spend,Ben Hollis,2027-03-01,To do,Refit
c3d5,Fit the new shelves,https://boards.example/c/c3d5,Ana signs it off first.,,\
"Ben Hollis, Cara Doyle",,Doing,Refit
d4c6,Repaint the shop front,https://boards.example/c/d4c6,Weekend only.,,Cara Doyle,,Doing,Refit
'''


def test_a_board_exported_as_csv_is_read_card_by_card(tmp_path: Path) -> None:
    # a card a record: its name the activity, its members the doers (the first the owner),
    # a sign-off its description names the approver, a card naming who holds each role;
    # ids, links, labels, dates and lists no duty
    path = tmp_path / "refit.csv"
    path.write_text(BOARD_EXPORT, encoding="utf-8")
    assert derived_cells(derive([path])) == {
        ("Head Baker", "Order the new proving cabinet"): "R",
        ("Shop Manager", "Order the new proving cabinet"): "A",
        ("Head Baker", "Fit the new shelves"): "R",
        ("Delivery Driver", "Fit the new shelves"): "R",
        ("Shop Manager", "Fit the new shelves"): "A",
        ("Delivery Driver", "Repaint the shop front"): "A/R",
    }
    doc = read_document(path)
    assert not any("boards.example" in b.text or b.text == "Spend" for b in doc.blocks)
    assert next(b for b in doc.blocks if b.text.startswith("Cara Doyle")).location == "line 6"


def test_a_csv_table_of_letters_with_a_status_is_no_board(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("Task,Responsible,Accountable,Description,Task ID\n"
                    "Book the hall,Secretary,Chair,For the AGM,1\n"
                    "Print the agenda,Secretary,Chair,Two pages,2\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Chair", "Book the hall")] == "A"
    assert cells[("Secretary", "Book the hall")] == "R"


def test_a_cards_description_asks_and_tells_beside_its_members(tmp_path: Path) -> None:
    # an order to the card's members at the start of a sentence: "Check with X" consults
    # X on the card, "Let X know" and "X get told" inform X
    path = tmp_path / "fete.csv"
    path.write_text(
        "Card ID,Card Name,Card Description,Members,List Name\n"
        'f1,Who is who,"Ivo Brandt – Fete Organiser\nJune Park – Grounds Keeper\n'
        'Lena Voss – Stall Coordinator",,Read me\n'
        "f2,Mark out the stall pitches,Check with June where the pipes run. "
        "Stallholders get told their pitch by email.,Lena Voss,To do\n"
        "f3,Hire the marquee,Let Ivo know the deposit.,June Park,To do\n",
        encoding="utf-8")
    assert derived_cells(derive([path])) == {
        ("Stall Coordinator", "Mark out the stall pitches"): "A/R",
        ("Grounds Keeper", "Mark out the stall pitches"): "C",
        ("Stallholder", "Mark out the stall pitches"): "I",
        ("Grounds Keeper", "Hire the marquee"): "A/R",
        ("Fete Organiser", "Hire the marquee"): "I",
    }


def test_a_task_tool_export_in_json_reads_references_custom_fields_and_followers(
        tmp_path: Path) -> None:
    # a task tool's JSON export: the assignee and the followers as references to users, the
    # approver in a custom field, a note whose lines say who holds which role
    def user(name: str) -> dict[str, str]:
        return {"gid": str(len(name)), "name": name, "resource_type": "user"}

    def task(name: str, assignee: str, approver: str | None, followers: list[str],
             notes: str = "") -> dict[str, object]:
        return {"gid": "77", "resource_type": "task", "name": name,
                "assignee": user(assignee), "completed": False, "due_on": "2027-05-01",
                "followers": [user(f) for f in followers],
                "memberships": [{"project": {"gid": "5", "name": "Spring fair",
                                             "resource_type": "project"},
                                 "section": {"gid": "6", "name": "Planning",
                                             "resource_type": "section"}}],
                "custom_fields": [{"gid": "9", "name": "Approver", "type": "people",
                                   "display_value": approver},
                                  {"gid": "10", "name": "Priority", "type": "enum",
                                   "display_value": "High"}],
                "notes": notes,
                "workspace": {"gid": "1", "name": "Hill School PTA",
                              "resource_type": "workspace"}}

    board = {"data": [
        task("Who is who", "Ada Brook", None, [],
             "Ada Brook – Fair Organiser (PTA Chair)\nDr Tom Reyes – Head Teacher\n"
             "Sal Oduya – Stalls Coordinator, Year Five parents"),
        task("Book the bouncy castle", "Sal Oduya", "Ada Brook", ["Dr Tom Reyes"]),
        task("Write the risk assessment", "Ada Brook", "Dr Tom Reyes", []),
        task("Run the raffle", "Sal Oduya", None, ["Ada Brook"],
             "Tom draws the winning tickets at three."),
    ]}
    cells = _draft(tmp_path, "fair.json", json.dumps(board, indent=1))
    castle = "Book the bouncy castle"
    assert cells[("Stalls Coordinator", castle)] == "R"
    assert cells[("Fair Organiser", castle)] == "A"
    assert cells[("Head Teacher", castle)] == "I"  # a follower is kept informed
    assert cells[("Fair Organiser", "Write the risk assessment")] == "R"
    assert cells[("Head Teacher", "Write the risk assessment")] == "A"
    assert cells[("Stalls Coordinator", "Run the raffle")] == "A/R"  # no approver
    assert cells[("Fair Organiser", "Run the raffle")] == "I"
    # "Dr Tom Reyes" is later "Tom"; the project, the section and the workspace are no rows
    assert cells[("Head Teacher", "Draw the winning tickets at three")] == "A/R"
    assert not any(a in ("Spring fair", "Planning", "Hill School PTA", "High")
                   for _r, a in cells)


def test_a_workflow_export_names_its_participants_by_key(tmp_path: Path) -> None:
    # a workflow tool's export: the participants spelt out once by key and title, each
    # step's assignee and approver a reference to a participant's key, its collaborators
    # and who is told when it is done by key, one step with a checklist of its parts
    def step(title: str, assignee: str, approver: str | None, collaborators: list[str],
             told: list[str], **more: object) -> dict[str, object]:
        return {"order": 1, "title": title, "assignee": {"participant": assignee},
                "approver": {"participant": approver} if approver else None,
                "collaborators": collaborators, "notifyWhenDone": told, **more}

    export = {
        "flow": {"name": "New volunteer", "participants": [
            {"key": "coord", "title": "Volunteer Coordinator", "from": "Group: Office"},
            {"key": "lead", "title": "Shift Leader", "from": "Rota"},
            {"key": "safe", "title": "Safeguarding Officer", "from": "Group: Welfare"},
        ]},
        "steps": [
            step("Check the references", "coord", "safe", [], ["lead"]),
            step("Plan the first shift", "lead", None, ["coord"], [],
                 checklist=["Show the fire exits", "Pair them with a buddy"]),
        ],
    }
    cells = _draft(tmp_path, "volunteer-flow.json", json.dumps(export, indent=2))
    assert cells[("Volunteer Coordinator", "Check the references")] == "R"
    assert cells[("Safeguarding Officer", "Check the references")] == "A"
    assert cells[("Shift Leader", "Check the references")] == "I"
    assert cells[("Shift Leader", "Plan the first shift")] == "A/R"
    assert cells[("Volunteer Coordinator", "Plan the first shift")] == "C"
    # the checklist's parts are the step's doer's, the collaborator not asked on each
    assert cells[("Shift Leader", "Show the fire exits")] == "A/R"
    assert ("Volunteer Coordinator", "Show the fire exits") not in cells
    assert not any(role in ("coord", "lead", "safe") for role, _ in cells)


def test_an_entry_named_by_its_role_does_its_duties(tmp_path: Path) -> None:
    # a committee's data file: each entry a role, its people, its duties, and who is asked
    # or told about them
    text = """\
committee:
  - role: Race Director
    people:
      - Jo Amadi
    duties:
      - choose the course
      - brief the marshals on the morning
    consult:
      - Safety Officer
  - role: Safety Officer
    people: [Lin Park]
    duties:
      - write the risk assessment
    inform:
      - Race Director
"""
    cells = _draft(tmp_path, "race-committee.yml", text)
    assert cells[("Race Director", "Choose the course")] == "A/R"
    assert cells[("Safety Officer", "Choose the course")] == "C"
    assert cells[("Safety Officer", "Write the risk assessment")] == "A/R"
    assert cells[("Race Director", "Write the risk assessment")] == "I"


def test_a_roles_key_over_entries_with_duties_lists_their_work(tmp_path: Path) -> None:
    # "roles:" over entries that each list duties is the roles' work, not a legend of
    # their codes: the file gives a draft, each role doing its own duties
    text = """\
roles:
  - role: Ferry Skipper
    tasks:
      - check the life jackets before the first crossing
      - log each crossing
  - role: Harbour Master
    tasks:
      - allot the moorings
"""
    cells = _draft(tmp_path, "ferry-crew.yaml", text)
    assert cells[("Ferry Skipper", "Log each crossing")] == "A/R"
    assert cells[("Harbour Master", "Allot the moorings")] == "A/R"
    assert ("Harbour Master", "Log each crossing") not in cells


def test_a_role_key_names_a_role_in_capitals_however_plain(tmp_path: Path) -> None:
    # "role: Kitchen Hand": the key says the short capitalised name is a role, even one
    # no list of job titles holds; its duties are its own
    text = """\
kitchen:
  - role: Head Cook
    duties:
      - write the weekly menu
  - role: Kitchen Hand
    duties:
      - scrub the pans after service
  - role: Bar Staff
    duties:
      - change the barrels
"""
    cells = _draft(tmp_path, "cafe-kitchen.yaml", text)
    assert cells[("Head Cook", "Write the weekly menu")] == "A/R"
    assert cells[("Kitchen Hand", "Scrub the pans after service")] == "A/R"
    assert cells[("Bar Staff", "Change the barrels")] == "A/R"


def test_each_that_names_whom_stays_in_a_listed_duty(tmp_path: Path) -> None:
    # "every week" says how often and is left out of the name; "each team leader" says to
    # whom, and cutting it would leave the duty ending on "to"
    text = """\
areas:
  - name: onboarding
    owner: Office Manager
    duties:
      - water the plants every week
      - introduce the new starter to each team leader
  - name: post room
    owner: Post Clerk
    duties:
      - sort the letters by floor
      - take the parcels to reception
"""
    cells = _draft(tmp_path, "onboarding.yml", text)
    assert cells[("Office Manager", "Water the plants")] == "A/R"
    assert cells[("Office Manager", "Introduce the new starter to each team leader")] == "A/R"


def test_a_listed_duty_that_names_another_party_gives_it_a_letter(tmp_path: Path) -> None:
    # the duties of a club's officers name the others they work with, report to or share
    # the work with
    text = """\
officers:
  - role: Club Captain
    duties:
      - pick the first team with the Team Coach
      - send the season report to the Club Secretary
      - sign the kit order together with one Treasurer
  - role: Team Coach
    duties:
      - run the Tuesday training
  - role: Club Secretary
    duties:
      - keep the minutes
  - role: Treasurer
    duties:
      - bank the match fees
"""
    cells = _draft(tmp_path, "club-officers.yml", text)
    assert cells[("Club Captain", "Pick the first team with the Team Coach")] == "A/R"
    assert cells[("Team Coach", "Pick the first team with the Team Coach")] == "C"
    assert cells[("Club Secretary", "Send the season report to the Club Secretary")] == "I"
    assert cells[("Treasurer", "Sign the kit order together with one Treasurer")] == "R"
    assert ("Team Coach", "Keep the minutes") not in cells


def test_an_entry_that_only_names_who_is_told_is_no_activity(tmp_path: Path) -> None:
    # an "alerts" block names who is told when a task runs late, and nobody who does
    # anything: no row "Alerts" of the Chair's
    export = {"tasks": [
        {"task": "Open the hall", "lead": "Caretaker", "notify": ["Booking Secretary"]},
        {"task": "Lock up", "lead": "Caretaker", "notify": []},
        {"task": "Count the float", "lead": "Treasurer", "notify": ["Chair"]},
    ], "alerts": {"late_after_days": 2, "notify": ["Chair"]}}
    cells = _draft(tmp_path, "hall-tasks.json", json.dumps(export, indent=2))
    assert cells[("Booking Secretary", "Open the hall")] == "I"
    assert cells[("Chair", "Count the float")] == "I"
    assert not any(activity == "Alerts" for _role, activity in cells)


def test_a_long_duty_of_cues_without_a_time_is_named_at_once() -> None:
    # each "by" read to the end of the duty took 28 s at 25,000 characters
    duty = "check the tables " + "by " * 200_000 + "the end"
    assert data._duty_name(duty).startswith("Check the tables by by")
    assert data._duty_name("publish the table by 07:00 every day") == \
        "Publish the table by 07:00"


def test_a_task_export_naming_people_with_their_roles_reads_the_roles(tmp_path: Path) -> None:
    # a project tool's export whose people are {"name", "role"} objects: each task's
    # assignee, collaborators and followers are the roles they hold; an outside party is
    # named by itself in both; the custom fields are one mapping, an empty one null; who
    # exported the file is no party to any task
    def person(name: str, role: str) -> dict[str, str]:
        return {"name": name, "role": role}

    warden = person("Priya Shah", "Site Warden")
    groundsman = person("Tom Evans", "Head Groundsman")
    secretary = person("Lena Brooks", "Club Secretary")
    mower = person("Mower hire firm (supplier)", "Mower hire firm (supplier)")

    def task(gid: str, name: str, assignee: dict[str, str], sign_off: str | None,
             collaborators: list[dict[str, str]], followers: list[dict[str, str]]
             ) -> dict[str, object]:
        return {"gid": gid, "name": name, "section": "Before the season",
                "assignee": assignee, "due_on": "2027-04-01", "completed": False,
                "custom_fields": {"Sign-off": sign_off}, "collaborators": collaborators,
                "followers": followers, "notes": ""}

    export = {"data": {"project": {"gid": "1", "name": "Cricket ground - spring",
                                   "owner": secretary},
                       "members": [warden, groundsman, secretary],
                       "tasks": [
                           task("2", "Roll the outfield", groundsman, "Club Secretary",
                                [mower], [warden]),
                           task("3", "Repaint the sight screens", warden, None,
                                [groundsman], [secretary]),
                       ]},
              "exported_by": "Lena Brooks"}
    cells = _draft(tmp_path, "ground.json", json.dumps(export, indent=1))
    roll, paint = "Roll the outfield", "Repaint the sight screens"
    assert cells[("Head Groundsman", roll)] == "R"
    assert cells[("Club Secretary", roll)] == "A"
    assert cells[("Site Warden", roll)] == "I"
    assert cells[("Site Warden", paint)] == "A/R"  # no sign-off: the assignee owns it
    assert cells[("Head Groundsman", paint)] == "C"
    assert cells[("Club Secretary", paint)] == "I"
    assert any(a == roll and r.startswith("Mower hire firm") and v == "C"
               for (r, a), v in cells.items()), cells
    assert not any(r in ("Priya Shah", "Tom Evans", "Lena Brooks") for r, _ in cells), cells
    assert not any(a.lower() == "custom fields" for _, a in cells), cells


def test_a_task_whose_first_act_is_a_verb_and_particle_alone_stays_one(
        tmp_path: Path) -> None:
    # "Set up and run the quiz": "the quiz" may be what is set up, and "Set up" alone is
    # no duty; the task stays one row
    tasks = {"tasks": [
        {"name": "Set up and run the quiz", "assignee": "Quiz Master",
         "followers": ["Club Secretary"]},
        {"name": "Mark the answers", "assignee": "Quiz Master"}]}
    cells = _draft(tmp_path, "quiz.json", json.dumps(tasks))
    assert cells[("Quiz Master", "Set up and run the quiz")] == "A/R", cells
    assert cells[("Club Secretary", "Set up and run the quiz")] == "I", cells


def test_a_task_named_by_two_acts_is_a_row_for_each(tmp_path: Path) -> None:
    # a task whose name joins two acts by "and" or by a semicolon is a row per act, with
    # the task's parties; one verb over two things, or two verbs sharing one object, stay
    # one task
    tasks = {"tasks": [
        {"name": "Mow the outfield and roll the square", "assignee": "Groundsman",
         "followers": ["Club Secretary"]},
        {"name": "Clean and oil the mower; sharpen the blades", "assignee": "Groundsman"},
        {"name": "Order the seed and fertiliser", "assignee": "Club Secretary",
         "collaborators": ["Groundsman"]},
        {"name": "Paint and hang the scoreboard", "assignee": "Club Secretary"},
    ]}
    cells = _draft(tmp_path, "ground.json", json.dumps(tasks))
    for act in ("Mow the outfield", "Roll the square"):
        assert cells[("Groundsman", act)] == "A/R"
        assert cells[("Club Secretary", act)] == "I"
    assert cells[("Groundsman", "Clean and oil the mower")] == "A/R"
    assert cells[("Groundsman", "Sharpen the blades")] == "A/R"
    assert cells[("Groundsman", "Order the seed and fertiliser")] == "C"
    assert cells[("Club Secretary", "Paint and hang the scoreboard")] == "A/R"
