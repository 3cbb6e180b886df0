"""Cells written in a workbook's own marks (its own letters, symbols, changes under review,
footnote marks) are read as the RACI letters they stand for."""

from __future__ import annotations

from pathlib import Path

from raci.excel.importer import read_workbook
from tests.test_excel_import_shapes import grid, write


def test_own_letters_whose_legend_names_the_raci_letter_of_each(tmp_path: Path) -> None:
    # a German chart with its own letters: P plans (R), G approves (A), B advises (C),
    # K takes note (I); the legend in one cell, one meaning with a comma in it
    legend = ("Legende:  G = genehmigt (RACI: A)   P = plant und erstellt (RACI: R)   "
              "B = hilft mit, wird angehört (RACI: C)   K = Kenntnisnahme (RACI: I)")
    rows = [
        ["Aufgabendiagramm Umbau Lager"],
        [legend],
        [],
        ["Nr.", "Aufgabe", "Geschäftsleitung", "Bauleitung", "Lagerchef", "Einkauf"],
        ["1", "Bedarf erheben", "K", "B", "G/P", None],
        ["2", "Offerten einholen", "G", "P", "B", "P"],
        ["3", "Auftrag vergeben", "G", "B", None, "P"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {
        "Bedarf erheben": {"Geschäftsleitung": "I", "Bauleitung": "C", "Lagerchef": "AR"},
        "Offerten einholen": {"Geschäftsleitung": "A", "Bauleitung": "R", "Lagerchef": "C",
                              "Einkauf": "R"},
        "Auftrag vergeben": {"Geschäftsleitung": "A", "Bauleitung": "C", "Einkauf": "R"},
    }


def test_a_letter_of_a_built_in_scheme_the_legend_gives_another_raci_letter(
        tmp_path: Path) -> None:
    # D is DACI's driver elsewhere; this legend says its D is the RACI R
    rows = [
        ["Task", "Board", "Lead", "Staff"],
        ["Budget", "E", "D", "M"],
        ["Rollout", "I", "E", "D"],
        [],
        ["E = decides (corresponds to A)"],
        ["D = does it (corresponds to R)"],
        ["M = helps (corresponds to C)"],
        ["I = is told (corresponds to I)"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {"Budget": {"Board": "A", "Lead": "R", "Staff": "C"},
                          "Rollout": {"Board": "I", "Lead": "A", "Staff": "R"}}
    assert plan.scheme == "RACI"


def test_symbols_explained_in_a_key_above_the_grid_are_read_as_letters(tmp_path: Path) -> None:
    # no letters at all: filled and hollow shapes, explained mark by mark in a key block
    rows = [
        [None, "Sports club season plan"],
        [],
        [None, "Key"],
        [None, "■", "Responsible: runs it"],
        [None, "◆", "Accountable: answers for it"],
        [None, "□", "Consulted: asked first"],
        [None, "◇", "Informed: told afterwards"],
        [],
        [None, "No.", "Job", "Committee", "Coach", "Treasurer", "Parents"],
        [None, "1", "Book the pitches", "◆", "■", "□", None],
        [None, "2", "Collect the fees", None, "◇", "◆■", "◇"],
        [None, "3", "Buy new kit", "◆", "□", "■", "◇"],
    ]
    plan = read_workbook(write(tmp_path, rows, merges=["C4:E4", "C5:E5"]))
    assert grid(plan) == {
        "Book the pitches": {"Committee": "A", "Coach": "R", "Treasurer": "C"},
        "Collect the fees": {"Coach": "I", "Treasurer": "AR", "Parents": "I"},
        "Buy new kit": {"Committee": "A", "Coach": "C", "Treasurer": "R", "Parents": "I"},
    }


def test_symbols_explained_by_legend_lines_of_one_cell(tmp_path: Path) -> None:
    rows = [
        ["Task", "Owner", "Helper"],
        ["Paint the hall", "★", "✓"],
        ["Order paint", "✓", "★"],
        [],
        ["★ = Accountable"],
        ["✓ = Responsible"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {"Paint the hall": {"Owner": "A", "Helper": "R"},
                          "Order paint": {"Owner": "R", "Helper": "A"}}


def test_letters_chosen_as_coloured_chips_read_as_their_letters(tmp_path: Path) -> None:
    # a drop-down of chips: a coloured circle before each letter, two chips in one cell,
    # one typed without its space; the circles are decoration, the letters say it
    rows = [
        ["Seq", "Job", "Principal", "Librarian", "Volunteers"],
        ["1", "Sort the donated books", "🔵 I", "🔴 A 🟢 R", "🟡 C"],
        ["2", "Paint the shelves", "🔴 A", "🟡 C", "🟢R"],
        ["3", "Open day", "🔴 A", "🟢 R", "⭐ I"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {
        "Sort the donated books": {"Principal": "I", "Librarian": "AR", "Volunteers": "C"},
        "Paint the shelves": {"Principal": "A", "Librarian": "C", "Volunteers": "R"},
        "Open day": {"Principal": "A", "Librarian": "R", "Volunteers": "I"},
    }


def test_coloured_circles_a_key_explains_stay_its_letters(tmp_path: Path) -> None:
    rows = [
        ["Task", "Owner", "Helper"],
        ["Paint the hall", "🔴", "🟢"],
        ["Order paint", "🟢", "🔴 🟡"],
        [],
        ["🔴 = Accountable"],
        ["🟢 = Responsible"],
        ["🟡 = Consulted"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {"Paint the hall": {"Owner": "A", "Helper": "R"},
                          "Order paint": {"Owner": "R", "Helper": "AC"}}


def test_cells_changed_in_a_version_under_review_read_as_the_new_letters(
        tmp_path: Path) -> None:
    # a draft marking each change 'old → new'; one column holds almost only changes
    rows = [
        ["Vendor onboarding matrix, draft 3 (changes marked old → new)"],
        [],
        ["Ref", "Step", "Buyer", "Category Lead", "Treasury", "Risk Officer"],
        ["1", "Collect bank details", "R", "A", "C → I", "- -> C"],
        ["2", "Screen sanctions lists", "C", "A", None, "R ⇒ A/R"],
        ["3", "Create the vendor record", "R → A/R", "A → C", "I", "I → –"],
        ["4", "First payment run", "I", "A", "R", "C"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Buyer", "Category Lead", "Treasury",
                                            "Risk Officer"]
    assert grid(plan) == {
        "Collect bank details": {"Buyer": "R", "Category Lead": "A", "Treasury": "I",
                                 "Risk Officer": "C"},
        "Screen sanctions lists": {"Buyer": "C", "Category Lead": "A", "Risk Officer": "AR"},
        "Create the vendor record": {"Buyer": "AR", "Category Lead": "C", "Treasury": "I"},
        "First payment run": {"Buyer": "I", "Category Lead": "A", "Treasury": "R",
                              "Risk Officer": "C"},
    }
    assert plan.activities[0].notes == {2: "changed from C", 3: "changed from -"}


def test_letters_with_footnote_marks_keep_their_letters(tmp_path: Path) -> None:
    rows = [
        ["Task", "Chair", "Secretary", "Treasurer"],
        ["Call the meeting", "A", "R²", "I"],
        ["Audit the accounts", "A/R¹", "C", "R†"],
        ["Renew insurance", "C³", "I", "A/R"],
        [],
        ["¹ with the auditor's help"],
        ["² by e-mail"],
        ["³ only for the building"],
        ["† when the treasurer is back"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {
        "Call the meeting": {"Chair": "A", "Secretary": "R", "Treasurer": "I"},
        "Audit the accounts": {"Chair": "AR", "Secretary": "C", "Treasurer": "R"},
        "Renew insurance": {"Chair": "C", "Secretary": "I", "Treasurer": "AR"},
    }
    assert plan.activities[1].notes == {0: "¹ with the auditor's help",
                                        2: "† when the treasurer is back"}
    # the footnotes were read, as the cells' notes: part of the grid's frame, not skipped
    assert plan.skipped == []
    assert "A6:A9: footnotes to the letters, read as the notes of the cells marked" in \
        plan.notes


def test_a_footnote_mark_without_its_footnote_is_named_in_the_note(tmp_path: Path) -> None:
    rows = [["Task", "Chair", "Secretary"], ["Call the meeting", "A", "R²"],
            ["Book the room", "A/R", "I"]]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan)["Call the meeting"] == {"Chair": "A", "Secretary": "R"}
    assert plan.activities[0].notes == {1: "see footnote ²"}


def test_a_grid_laid_out_mirror_wise_reads_its_names_right_of_the_roles(
        tmp_path: Path) -> None:
    # a right-to-left chart on a left-to-right sheet: remarks at the far left, the roles,
    # then the task names and their numbers in the last columns
    rows = [
        ["Remarks", "Supplier", "Site Lead", "Sponsor", "Task", "No."],
        [None, "C", "R", "A", "Agree the site plan", "1"],
        ["weather permitting", "R", "A", None, "Lay the foundations", "2"],
        [None, "R", "A", "I", "Raise the frame", "3"],
        [None, "C", "R", "A", "Hand over the keys", "4"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Supplier", "Site Lead", "Sponsor"]
    assert grid(plan) == {
        "Agree the site plan": {"Supplier": "C", "Site Lead": "R", "Sponsor": "A"},
        "Lay the foundations": {"Supplier": "R", "Site Lead": "A"},
        "Raise the frame": {"Supplier": "R", "Site Lead": "A", "Sponsor": "I"},
        "Hand over the keys": {"Supplier": "C", "Site Lead": "R", "Sponsor": "A"},
    }
    assert plan.activities[1].description == "Remarks: weather permitting"


def test_an_outline_numbered_with_the_arabic_decimal_separator_heads_phases(
        tmp_path: Path) -> None:
    # Arabic-Indic digits and the Arabic decimal separator: '١' heads '١٫١' and '١٫٢'
    rows = [
        ["م", "Work", "Owner", "Builder"],
        ["١", "Design", None, None],
        ["١٫١", "Draw the plans", "A", "R"],
        ["١٫٢", "Get the permit", "A/R", "C"],
        ["٢", "Construction", None, None],
        ["٢٫١", "Build the walls", "A", "R"],
        ["٢٫٢", "Fit the roof", "I", "A/R"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert [(a.phase, a.name) for a in plan.activities] == [
        ("Design", "Draw the plans"), ("Design", "Get the permit"),
        ("Construction", "Build the walls"), ("Construction", "Fit the roof")]


def test_a_post_holder_in_square_brackets_fills_the_role(tmp_path: Path) -> None:
    rows = [
        ["Activity", "Office Manager [Laura Price]", "IT Support [vacant]", "Board"],
        ["Renew the lease", "R", None, "A"],
        ["Replace the printers", "A", "R", "I"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert [(r.name, r.people) for r in plan.roles] == [
        ("Office Manager", ["Laura Price"]), ("IT Support [vacant]", []), ("Board", [])]


def test_own_letters_in_a_key_of_two_columns_or_named_after_an_arrow(tmp_path: Path) -> None:
    rows = [
        ["Task", "Director", "Engineer", "Clerk"],
        ["Order the spare parts", "B", "P", "T"],
        ["Check the quality", "B", "P/T", "K"],
        ["Pay the supplier", "K", "B", "P"],
        [],
        ["Key"],
        ["B", "beslutter (svarer til A)"],
        ["P", "udfører (svarer til R)"],
        ["T", "taler med → C"],
        ["K", "kopi → I"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {
        "Order the spare parts": {"Director": "A", "Engineer": "R", "Clerk": "C"},
        "Check the quality": {"Director": "A", "Engineer": "CR", "Clerk": "I"},
        "Pay the supplier": {"Director": "I", "Engineer": "A", "Clerk": "R"}}


def test_a_grid_with_the_roles_down_its_side_reads_the_sheets_legend(tmp_path: Path) -> None:
    # roles down column A, activities across row 1, a legend line under the grid
    rows = [
        ["Role", "Draft the budget", "Approve the budget", "Publish the report", "Archive"],
        ["Finance Lead", "X", "I", "C", "X"],
        ["Director", "A", "X/A", "A", "I"],
        ["Communications", None, "C", "X", None],
        [],
        ["X = does the work (Responsible)"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert plan.transposed
    assert plan.scheme == "RACI"
    assert grid(plan)["Approve the budget"] == {"Finance Lead": "I", "Director": "AR",
                                                "Communications": "C"}


def test_a_ticked_row_naming_a_raci_word_is_no_key_of_its_tick(tmp_path: Path) -> None:
    # a done-tick before an activity whose name holds 'responsible': the row has letters
    rows = [
        ["Done", "Activity", "Owner", "Team"],
        ["✓", "Name the responsible officer", "A", "R"],
        [None, "Write the policy", "A", "R"],
        [None, "Train the staff", "✓", "R"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {"Name the responsible officer": {"Owner": "A", "Team": "R"},
                          "Write the policy": {"Owner": "A", "Team": "R"},
                          "Train the staff": {"Team": "R"}}
    assert plan.activities[2].notes == {0: "As written in the workbook: ✓"}


def test_a_letter_in_brackets_closing_one_legend_line_is_a_remark(tmp_path: Path) -> None:
    # a RASCI legend: one meaning ends on another letter in brackets, as a remark; the
    # sheet has no letters of its own, so S stays S
    rows = [
        ["Task", "Coach", "Captain", "Squad"],
        ["Pick the team", "A", "R", "S"],
        ["Book the pitch", "R", "A", "S"],
        ["Wash the kit", "I", "A", "R"],
        [],
        ["R = Responsible"],
        ["A = Accountable"],
        ["S = Lends a hand (under R)"],
        ["C = Consulted"],
        ["I = Informed"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan)["Pick the team"] == {"Coach": "A", "Captain": "R", "Squad": "S"}
    assert plan.scheme == "RASCI"


def test_one_tick_explained_alone_beside_a_grid_of_letters_is_no_letter(
        tmp_path: Path) -> None:
    # a 'Done' column of ticks; its one line of key names a RACI word in passing
    rows = [
        ["Task", "Coach", "Captain", "Squad", "Done"],
        ["Pick the team", "A", "R", "C", "✓"],
        ["Book the pitch", "R", "A", "I", "✓"],
        ["Wash the kit", "I", "A", "R", None],
        [],
        ["✓ = Accountable person has signed off"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Coach", "Captain", "Squad"]
    assert "Done: ✓" in plan.activities[0].description


def test_a_column_of_hand_offs_between_lettered_stages_is_no_change_of_letters(
        tmp_path: Path) -> None:
    # 'A → B': work passes from stage A to stage B; no RACI letter changed, no role
    rows = [
        ["Task", "Coach", "Captain", "Squad", "Stages"],
        ["Pick the team", "A", "R", "C", "A → B"],
        ["Book the pitch", "R", "A", "I", "B → C"],
        ["Wash the kit", "I", "A", "R", "C → D"],
        ["Pack the bus", "A", "R", "I", "D → E"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert [r.name for r in plan.roles] == ["Coach", "Captain", "Squad"]
    assert plan.scheme == "RACI"
    assert "Stages: C → D" in plan.activities[2].description
