"""Shapes of guides, request lists and local rules: a timetable's lines that open with a
time, a list's reviewer beside its preparer. Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def _cells(tmp_path: Path, text: str, name: str) -> dict[tuple[str, str], str]:
    return cells_of_text(tmp_path / name, text)


def test_a_timetable_line_is_read_without_its_time(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "HALL NIGHT ROTA\n\nWHO'S WHO\n\n"
                   "  Hall Steward ........ Priya\n  Kitchen Lead ........ Omar\n\n"
                   "EVENING (18:00 - 22:00)\n\n"
                   "18:00  Hall Steward unlocks the side door and turns on the lights.\n"
                   "18:15  Setting up. The Kitchen Lead checks the fridge temperatures and\n"
                   "       writes them on the sheet.\n"
                   "21:45  Hall Steward locks the side door.\n", "rota.txt")
    assert cells[("Hall Steward", "Unlock the side door")] == "A/R", cells
    assert cells[("Hall Steward", "Lock the side door")] == "A/R", cells
    assert cells[("Kitchen Lead", "Check the fridge temperatures")] == "A/R", cells
    # the slot's title goes with its time: no duty "Setting up"
    assert not any(act.lower().startswith("setting up") for _role, act in cells), cells


def test_a_short_sentence_after_a_time_is_no_slot_title(tmp_path: Path) -> None:
    """"18:00  Caretaker unlocks hall. Kitchen Lead ...": three words and a full stop
    after a time, but a role and its verb, so a sentence that keeps its duty ("Doors
    open." and "Team briefing." stay titles of their slot)."""
    cells = _cells(tmp_path, "QUIZ NIGHT\n\nWHO'S WHO\n\n"
                   "  Caretaker ........ Priya\n  Kitchen Lead ........ Omar\n\n"
                   "18:00  Caretaker unlocks hall. Kitchen Lead checks the fridge.\n"
                   "18:30  Doors open. Kitchen Lead sets out the cups.\n"
                   "21:45  Team briefing. Caretaker locks the side door.\n", "quiz.txt")
    assert cells[("Caretaker", "Unlock hall")] == "A/R", cells
    assert cells[("Kitchen Lead", "Check the fridge")] == "A/R", cells
    assert cells[("Caretaker", "Lock the side door")] == "A/R", cells
    assert not any(act.lower().startswith(("doors open", "team briefing", "briefing"))
                   for _role, act in cells), cells


def test_a_timed_log_line_in_the_past_gives_no_duty(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "FIRE DRILL LOG\n\n"
                   "Fire Marshal: sweeps the building when the alarm sounds.\n\n"
                   "10:02  Fire Marshal sounded the alarm at the east door.\n"
                   "10:09  Fire Marshal checked the toilets and the stores.\n", "log.txt")
    assert not any(act.startswith(("Sound the alarm", "Check the toilets"))
                   for _role, act in cells), cells


def test_a_reviewer_beside_a_preparer_answers_for_the_row(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "Ref,Item requested,Prepared by,Reviewed by,Send to,Due\n"
                   "1,Fixed asset register with additions,Finance Officer,Finance Manager,"
                   "Audit Senior,02/06/2028\n"
                   "2,Payroll reconciliation to the ledger,Payroll Officer,Finance Manager,"
                   "Audit Senior,26/05/2028\n"
                   "3,Lease agreements for the depots,Head of Property,,Audit Senior,"
                   "02/06/2028\n", "pbc.csv")
    payroll = next(act for role, act in cells
                   if role == "Payroll Officer" and "payroll reconciliation" in act.lower())
    assert cells[("Finance Manager", payroll)] == "A", cells
    assert cells[("Payroll Officer", payroll)] == "R", cells
    assert cells[("Audit Senior", payroll)] == "I", cells
    leases = next(act for role, act in cells if "lease agreements" in act.lower())
    assert cells[("Head of Property", leases)] == "A/R", cells


def test_a_reviewer_beside_a_lead_or_a_doer_is_consulted(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Grant\n\n"
                   "| Work package | Lead | Reviewed by |\n| --- | --- | --- |\n"
                   "| Field survey of the hedgerows | Project Officer | Steering Group |\n\n"
                   "## Counting\n\n"
                   "| Task | Done by | Checked by |\n| --- | --- | --- |\n"
                   "| Count the returned ballots | Count Assistant | Count Supervisor |\n",
                   "grant.md")
    survey = next(act for _role, act in cells if "hedgerows" in act.lower())
    assert cells[("Steering Group", survey)] == "C", cells
    counted = next(act for _role, act in cells if "ballots" in act.lower())
    assert cells[("Count Supervisor", counted)] == "C", cells


def test_a_committee_named_by_two_fields_is_one_role(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "Ref,Item requested,Prepared by,Reviewed by,Send to\n"
                   "1,Reserves policy and risk register,Director of Finance,"
                   "Audit & Risk Committee,Audit Senior\n"
                   "2,Bank reconciliations at the year end,Finance Officer,"
                   "Treasurer and Finance Committee,Audit Senior\n", "pbc.csv")
    roles = {role for role, _act in cells}
    assert "Audit & Risk Committee" in roles, roles
    assert "Audit" not in roles and "Risk Committee" not in roles, roles
    # a post beside a committee stays two roles
    assert {"Treasurer", "Finance Committee"} <= roles, roles


def test_a_dotted_whos_who_gives_the_names_people_go_by(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "VILLAGE HALL KEY NOTES\n\nWHO'S WHO\n\n"
                   "  Bookings Secretary ........ Margaret (Meg) Hollis, 07700 900111, "
                   "evenings\n"
                   "  Caretakers ................ usually Dev or Rosa (see the rota)\n"
                   "  Safety Officer ............ Revd Paul Ingram\n"
                   "  Treasurer ................. Alan Reeves\n\n"
                   "BOOKINGS\n\n"
                   "Meg confirms each booking by e-mail and sends the invoice to Alan. Rosa "
                   "sets out the tables. Paul checks the fire log every month.\n", "hall.txt")
    assert cells[("Bookings Secretary", "Confirm each booking by e-mail")] == "A/R", cells
    assert cells[("Treasurer", "Send the invoice")] == "I", cells
    assert any(role.startswith("Caretaker") and act == "Set out the tables"
               for role, act in cells), cells
    assert any(role == "Safety Officer" and act.startswith("Check the fire log")
               for role, act in cells), cells


def test_a_title_cut_by_the_wrap_of_a_plain_paragraph_stays_whole(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "Kiln room rules\n===============\n\n"
                   "Evening classes may borrow the small kiln for a firing. The Evening Class\n"
                   "Tutor books it with the Studio Technician at least two days ahead and\n"
                   "unloads it the next morning. Every firing is logged by the Studio\n"
                   "Technician in the kiln book, and the glazes are ordered by the Friends\n"
                   "of the Studio's Treasurer each term.\n", "kiln.rst")
    roles = {role for role, _act in cells}
    assert "Evening Class Tutor" in roles, roles
    assert "Tutor" not in roles, roles
    booked = next(act for role, act in cells
                  if role == "Evening Class Tutor" and act.startswith("Book"))
    assert cells[("Studio Technician", booked)] == "C", cells


def test_approving_a_thing_whose_word_is_also_a_verb(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "# Summer league\n\n## Who's who\n\n"
                   "| Role | Who |\n| --- | --- |\n| League Organiser | Priya |\n"
                   "| Centre Manager | Hannah |\n\n## Rounds\n\n"
                   "Priya sets the problems for each round. The Centre Manager approves the "
                   "format. The Centre Manager approves the budget.\n", "league.md")
    assert cells[("Centre Manager", "Approve the format")] == "A/R", cells
    assert cells[("Centre Manager", "Approve the budget")] == "A/R", cells
    assert not any(act in ("Format", "Budget") for _role, act in cells), cells


def test_an_item_under_prepared_by_keeps_its_own_name(tmp_path: Path) -> None:
    cells = _cells(tmp_path, "Ref,Item requested,Prepared by,Reviewed by,Send to\n"
                   "1,Trial balance and draft accounts,Finance Manager,Finance Director,"
                   "Audit Senior\n"
                   "2,Lease agreements for the depots,Head of Property,,Audit Senior\n",
                   "pbc.csv")
    assert cells[("Finance Manager", "Trial balance and draft accounts")] == "R", cells
    assert cells[("Finance Director", "Trial balance and draft accounts")] == "A", cells
    assert cells[("Head of Property", "Lease agreements for the depots")] == "A/R", cells
    assert not any(act.startswith("Prepare") for _role, act in cells), cells
