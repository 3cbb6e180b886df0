"""A letter matrix saved from a spreadsheet as CSV, with the rows a real sheet carries: a
title and a line of version and owner over the head, blank rows between blocks of
activities, a head of two rows (codes over names), a legend under the table."""

from __future__ import annotations

from pathlib import Path

from raci.derive.documents import delimited_rows
from tests.helpers import cells_of_text

# a title, then a version line filling two cells (neither is the head), a blank row, the
# head with a stage column before the activity, blocks of rows parted by blank rows
TITLED = (
    "Depot Relocation - RACI,,,,,,\n"
    "Site: Northgate (units 4-7),,,,Rev C 02/03/2031,,\n"
    ",,,,,,\n"
    "Stage,Activity,Depot Manager,Facilities Lead,IT Lead,Finance Partner,Notes\n"
    "Planning,Agree the move budget,A,C,C,R,\n"
    "Planning,Choose the removal firm,A/R,C,,C,Three quotes\n"
    ",,,,,,\n"
    "Move,Pack the racking,A,R,,,\n"
    "Move,Move the servers,I,C,A/R,,Out of hours\n"
    "Move,Test the scanners,C,,A/R,,\n"
    ",,,,,,\n"
    "Aftercare,Close the old lease,A/R,,,C,\n"
)


def test_a_version_line_over_the_head_is_no_head(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "relocation.csv", TITLED)
    assert cells[("Finance Partner", "Agree the move budget")] == "R"
    assert cells[("Depot Manager", "Agree the move budget")] == "A"
    assert cells[("IT Lead", "Move the servers")] == "A/R"
    assert cells[("Finance Partner", "Close the old lease")] == "C"


def test_blank_rows_between_blocks_keep_each_row_its_own(tmp_path: Path) -> None:
    # the rows of one stage between two blank rows are rows of their own, never one row
    # of a grid whose cells wrapped
    cells = cells_of_text(tmp_path / "relocation.csv", TITLED)
    names = {activity for _role, activity in cells}
    assert {"Pack the racking", "Move the servers", "Test the scanners",
            "Close the old lease"} <= names
    assert cells[("Facilities Lead", "Pack the racking")] == "R"
    assert cells[("Depot Manager", "Test the scanners")] == "C"
    assert not any("Pack the racking Move" in name for name in names)


def test_the_rows_over_a_letter_head_are_text_and_blank_rows_no_grid_rules() -> None:
    rows = delimited_rows(TITLED, ".csv")
    assert rows[0] == "Depot Relocation - RACI"
    assert not rows[1].startswith("|")  # the version line is a line of text
    assert rows[3].startswith("| Stage | Activity | Depot Manager")
    assert rows[6] == "| --- |"  # a blank row: a table's separator, no grid's rule "|---|"


def test_a_head_of_codes_over_names_starts_at_the_codes(tmp_path: Path) -> None:
    # the names under the codes head the letters too; the table starts at the codes
    text = ("Stocktake plan,,,\n"
            ",,,\n"
            "Task,SM,SC,AM\n"
            ",Store Manager,Stock Controller,Area Manager\n"
            "Print the count labels,,A/R,\n"
            "Sign off the result,R,C,A\n"
            "Send the report to head office,,A/R,I\n")
    rows = delimited_rows(text, ".csv")
    assert rows[2].startswith("| Task | SM | SC | AM")
    cells = cells_of_text(tmp_path / "stocktake.csv", text)
    assert cells[("Stock Controller", "Print the count labels")] == "A/R"
    assert cells[("Area Manager", "Sign off the result")] == "A"


def test_a_legend_under_the_table_is_no_row_of_work(tmp_path: Path) -> None:
    text = ("Task,Project Manager,Architect,Developer\n"
            "Define the scope,A/R,C,\n"
            "Write the code,I,C,A/R\n"
            ",,,\n"
            "Legend,,,\n"
            "R,Responsible,,\n"
            "A,Accountable,,\n"
            "C,Consulted,,\n"
            "I,Informed,,\n")
    rows = delimited_rows(text, ".csv")
    assert "R = Responsible" in rows and "I = Informed" in rows
    cells = cells_of_text(tmp_path / "apollo.csv", text)
    assert {activity for _role, activity in cells} == {"Define the scope", "Write the code"}
    assert cells[("Architect", "Define the scope")] == "C"


def test_a_row_whose_letter_id_starts_its_name_is_no_legend(tmp_path: Path) -> None:
    # "A | Accrue the invoices" reads like a legend line ("A | Accountable"), but the row
    # holds letters under the roles: a row of work, and the rows under it stay under
    # the head (as a line of text it cut the head off the whole table)
    text = ("Finance close RACI,,,,\n"
            ",,,,\n"
            "Ref,Activity,Finance Manager,AP Clerk,Controller\n"
            "A,Accrue the invoices,A,R,I\n"
            "B,Reconcile the bank,A,R,C\n"
            "C,Post the journals,R,C,A\n")
    cells = cells_of_text(tmp_path / "close.csv", text)
    assert cells[("AP Clerk", "Accrue the invoices")] == "R"
    assert cells[("Controller", "Post the journals")] == "A"
    assert cells[("Controller", "Reconcile the bank")] == "C"


def test_a_lettered_band_of_the_plan_is_no_legend(tmp_path: Path) -> None:
    # "A | Administration", "B | Build": bands with no letters, each named after its
    # letter, in the table with no blank row before them
    text = ("Ref,Activity,Site Manager,Electrician,Client\n"
            "A,Administration,,,\n"
            "A1,Issue the permits,A/R,C,I\n"
            "B,Build,,,\n"
            "B1,Fit the cabling,A,R,\n"
            "B2,Test the circuits,A,R,I\n")
    assert delimited_rows(text, ".csv")[1] == "| A | Administration | | | |"
    cells = cells_of_text(tmp_path / "fitout.csv", text)
    assert cells[("Electrician", "Issue the permits")] == "C"
    assert cells[("Electrician", "Test the circuits")] == "R"


def test_a_task_list_without_letters_has_no_legend(tmp_path: Path) -> None:
    # no letter head, no legend: "A | Approve the budget | Jo Smith" is a row
    text = ("ID,Task,Who,When\n"
            "A,Approve the budget,Jo Smith,Monday\n"
            "B,Book the venue,Sam Lee,Tuesday\n"
            "C,Confirm the caterer,Jo Smith,Wednesday\n")
    assert delimited_rows(text, ".csv")[1] == "| A | Approve the budget | Jo Smith | Monday |"
    cells = cells_of_text(tmp_path / "launch.csv", text)
    assert ("Jo Smith", "Approve the budget") in cells
    assert ("Sam Lee", "Book the venue") in cells


def test_a_legend_right_under_the_table_is_still_text() -> None:
    text = ("Task,Project Manager,Architect,Developer\n"
            "Define the scope,A/R,C,\n"
            "Write the code,I,C,A/R\n"
            "R,Responsible,does the work,\n"
            "A,Accountable,signs it off,\n")
    rows = delimited_rows(text, ".csv")
    assert rows[3:5] == ["R = Responsible; does the work", "A = Accountable; signs it off"]


def test_a_version_line_right_over_the_head_does_not_join_it(tmp_path: Path) -> None:
    # "Version 3" and "Updated 02/03/2031" stand over two role columns with no blank row
    # between: a line of text, not the top row of a head of codes over names
    text = ("Depot Relocation - RACI,,,,,\n"
            "Prepared for the board,,Version 3,,Updated 02/03/2031,\n"
            "Activity,Depot Manager,Facilities Lead,IT Lead,Finance Partner,Notes\n"
            "Agree the move budget,A,C,C,R,\n"
            "Move the servers,I,C,A/R,,Out of hours\n")
    rows = delimited_rows(text, ".csv")
    assert not rows[1].startswith("|")
    assert rows[2].startswith("| Activity | Depot Manager")
    cells = cells_of_text(tmp_path / "relocation.csv", text)
    assert cells[("Finance Partner", "Agree the move budget")] == "R"
    assert cells[("IT Lead", "Move the servers")] == "A/R"


def test_a_row_of_groups_over_the_roles_is_no_head(tmp_path: Path) -> None:
    # "Organisers" over two roles, "Venue" over two (merged cells saved in their first
    # cell): a row over the head naming some of its columns only is text, the roles
    # are the names under it
    text = ("Event RACI,,,,\n"
            ",,,,\n"
            ",Organisers,,Venue,\n"
            "Task,Event Lead,Volunteer Coordinator,Venue Manager,Caterer\n"
            "Book the hall,A,I,R,\n"
            "Plan the menu,A,,C,R\n")
    rows = delimited_rows(text, ".csv")
    assert rows[3].startswith("| Task | Event Lead")
    cells = cells_of_text(tmp_path / "event.csv", text)
    assert cells[("Caterer", "Plan the menu")] == "R"
    assert cells[("Volunteer Coordinator", "Book the hall")] == "I"


def test_semicolons_under_a_title_with_none(tmp_path: Path) -> None:
    # the title lines hold no separator at all: the first line holding one tells it
    text = ("Projekt Umzug\n"
            "Stand 2031\n"
            "Aufgabe;Leiter;Techniker;Einkauf\n"
            "Budget freigeben;A;C;R\n"
            "Server umziehen;I;A/R;\n")
    assert delimited_rows(text, ".csv")[2].startswith("| Aufgabe | Leiter | Techniker")
    cells = cells_of_text(tmp_path / "umzug.csv", text)
    assert cells[("Einkauf", "Budget freigeben")] == "R"
    assert cells[("Techniker", "Server umziehen")] == "A/R"


def test_a_lettered_band_after_a_blank_row_is_no_legend(tmp_path: Path) -> None:
    # "B | Build" after a blank row, over rows with letters: a band, not a legend line
    # (as a line of text it cut every row under it off the head)
    text = ("Ref,Activity,Site Manager,Electrician,Client\n"
            "A1,Issue the permits,A/R,C,I\n"
            ",,,,\n"
            "B,Build,,,\n"
            "B1,Fit the cabling,A,R,\n"
            "B2,Test the circuits,A,R,I\n")
    assert "B = Build" not in delimited_rows(text, ".csv")
    cells = cells_of_text(tmp_path / "fitout.csv", text)
    assert cells[("Electrician", "Fit the cabling")] == "R"
    assert cells[("Client", "Test the circuits")] == "I"


def test_short_rows_after_a_blank_row_stay_rows_of_the_matrix(tmp_path: Path) -> None:
    # "Programme | Call for papers | I | A" after a blank row reads like the head of a
    # table of its own (short cells, fewer filled than the head); its letters under the
    # letter head make it one more row, and the rows after it keep the head
    text = ("Stage,Activity,Event Lead,Programme Chair,Venue Coordinator\n"
            "Planning,Set the conference budget,A,C,R\n"
            ",,,,\n"
            "Programme,Call for papers,I,A/R,\n"
            "Programme,Build the schedule,C,A/R,\n"
            ",,,,\n"
            "Logistics,Book catering,I,,A/R\n")
    rows = delimited_rows(text, ".csv")
    assert rows[2] == "| --- |"  # no blank line ending the table
    cells = cells_of_text(tmp_path / "event.csv", text)
    assert cells[("Programme Chair", "Call for papers")] == "A/R"
    assert cells[("Event Lead", "Build the schedule")] == "C"
    assert cells[("Venue Coordinator", "Book catering")] == "A/R"


def test_a_legend_titled_on_a_row_of_its_own_is_text(tmp_path: Path) -> None:
    text = ("Task,Event Lead,Venue Coordinator\n"
            "Book catering,I,A/R\n"
            ",,\n"
            "Legend,,\n"
            "R = Responsible (does the work),,\n"
            "I = Informed,,\n")
    rows = delimited_rows(text, ".csv")
    assert rows[3] == "Legend"
    assert rows[4] == "R = Responsible (does the work)"
    cells = cells_of_text(tmp_path / "event.csv", text)
    assert {activity for _role, activity in cells} == {"Book catering"}


def test_a_stage_column_names_the_draft_phases_in_their_order(tmp_path: Path) -> None:
    from raci.derive.draft import derive

    path = tmp_path / "relocation.csv"
    path.write_text(TITLED, encoding="utf-8")
    template = derive([path]).to_template("t", "t")
    assert template.phases[:3] == ("Planning", "Move", "Aftercare")
    phase = {a.name: a.phase for a in template.activities}
    assert phase["Agree the move budget"] == "Planning"
    assert phase["Test the scanners"] == "Move"
    assert phase["Close the old lease"] == "Aftercare"


def test_a_stage_written_on_its_block_s_first_row_holds_for_the_rows_under_it(
        tmp_path: Path) -> None:
    from raci.derive.draft import derive, is_keyword_phase

    path = tmp_path / "launch.csv"
    path.write_text("Phase,Task,Product Manager,Engineering Lead\n"
                    "Discovery,Interview ten customers,A/R,C\n"
                    ",Write the problem statement,A/R,C\n"
                    "Delivery,Build the beta,A,R\n"
                    ",Run the beta,A/R,C\n", encoding="utf-8")
    template = derive([path]).to_template("t", "t")
    phase = {a.name: a.phase for a in template.activities}
    assert phase["Write the problem statement"] == "Discovery"
    assert phase["Run the beta"] == "Delivery"
    assert not is_keyword_phase("Discovery") and is_keyword_phase("Other responsibilities")


def test_a_band_row_over_its_rows_names_their_phase(tmp_path: Path) -> None:
    from raci.derive.draft import derive

    # a numbered plan ("1 | Planning" alone on its row, "1.1 | Agree ..." under it) and a
    # Markdown matrix with bands in bold: each row's phase is the band over it
    csv_path = tmp_path / "move.csv"
    csv_path.write_text("ID,Activity,Ops Manager,Facilities Lead,IT Lead\n"
                        "1,Planning,,,\n"
                        "1.1,Agree the move budget,A/R,C,C\n"
                        "1.2,Plan the network cutover,I,C,A/R\n"
                        "2,Move weekend,,,\n"
                        "2.1,Pack the racking,A,R,\n"
                        "2.2,Move the servers,I,C,A/R\n", encoding="utf-8")
    md_path = tmp_path / "launch.md"
    md_path.write_text("# Launch plan\n\n| Task | PM | Eng Lead | QA Lead |\n|---|---|---|---|\n"
                       "| **Discovery** | | | |\n| Interview customers | A/R | C | |\n"
                       "| **Delivery** | | | |\n| Build the beta | A | R | C |\n"
                       "| Test the beta | I | C | A/R |\n", encoding="utf-8")
    for path, expected in ((csv_path, {"Agree the move budget": "Planning",
                                       "Move the servers": "Move weekend"}),
                           (md_path, {"Interview customers": "Discovery",
                                      "Test the beta": "Delivery"})):
        template = derive([path]).to_template("t", "t")
        phase = {a.name: a.phase for a in template.activities}
        assert {name: phase[name] for name in expected} == expected


def test_a_line_of_version_and_owner_is_the_page_s_details_not_a_duty(
        tmp_path: Path) -> None:
    # over a matrix ("Version 2 | Owner: PMO") or under a title in text ("Owner: Depot
    # Manager. Approved by the Board. Next review: May."): who owns the document, no row
    cells = cells_of_text(tmp_path / "move.csv",
                          "Depot move,,,\n"
                          "Version 2.1 approved 03/04/2031,,Owner: PMO,\n"
                          ",,,\n"
                          "Task,Ops Manager,Facilities Lead,IT Lead\n"
                          "Agree the move budget,A/R,C,C\n"
                          "Move the servers,I,C,A/R\n")
    assert {activity for _role, activity in cells} == {"Agree the move budget",
                                                        "Move the servers"}
    cells = cells_of_text(tmp_path / "move.txt",
                          "Depot move procedure\n\n"
                          "Owner: Depot Manager. Approved by the Board. Next review: May.\n\n"
                          "The Depot Manager agrees the move budget.\n")
    assert set(cells) == {("Depot Manager", "Agree the move budget")}
