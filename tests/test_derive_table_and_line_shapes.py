"""Table and line shapes: a title merged over a whole table row, a PDF table whose rows
gaps part (a cell centred top to bottom starting over its row)."""

from __future__ import annotations

from pathlib import Path

from raci.derive.documents import read_document
from raci.derive.draft import derive
from tests.derive_pdf import Line, pdf_bytes, write_pdf
from tests.helpers import cells_of_text, derived_cells


def test_a_title_merged_over_a_whole_row_of_role_columns_is_no_duty(tmp_path: Path) -> None:
    # "Close down" spans every column, so a web page repeats it in each: it titles the
    # rows below it and is nobody's duty, though "Close" reads as a verb (and "Pack up –
    # Stall Lead" as a step and its doer)
    page = tmp_path / "fair.html"
    page.write_text(
        "<html><body><h1>Summer fair</h1><table>"
        "<tr><th>Phase</th><th>Site Warden</th><th>Gate Keeper</th><th>Stall Lead</th></tr>"
        "<tr><td>Setting up</td><td>Marks out the pitches</td><td>Opens the field gate</td>"
        "<td>Builds the stalls</td></tr>"
        "<tr><td colspan='4'>Close down the field</td></tr>"
        "<tr><td colspan='4'>Pack up – Stall Lead</td></tr>"
        "<tr><td>Clearing away</td><td>Walks the field for litter</td>"
        "<td>Locks the field gate</td><td>Packs the stalls away</td></tr>"
        "</table></body></html>", encoding="utf-8")
    cells = derived_cells(derive([page]))
    assert ("Gate Keeper", "Lock the field gate") in cells
    assert ("Stall Lead", "Build the stalls") in cells
    assert not any(act.startswith(("Close down", "Pack up")) for _role, act in cells)


def _gapped_table(tmp_path: Path) -> Path:
    # a table whose rows a gap parts; the duties cell of the Gate Keeper's row is centred
    # top to bottom over three lines, so it starts a line above the role's name
    rows: list[list[tuple[str, int]]] = [
        [("Role", 72), ("Who", 200), ("Duties on the day", 330)], [],
        [("Site Warden", 72), ("Chosen by the", 200), ("Marks out the pitches;", 330)],
        [("(SW)", 72), ("committee each year", 200), ("walks the field for litter", 330)],
        [],
        [("", 72), ("", 200), ("Open the field gate at", 330)],
        [("Gate Keeper", 72), ("A volunteer", 200), ("eight; count the cars", 330)],
        [("", 72), ("", 200), ("in and out", 330)], [],
        [("Stall Lead", 72), ("One per row of stalls", 200), ("Builds the stalls; packs", 330)],
        [("", 72), ("", 200), ("them away at the end", 330)]]
    lines = [Line("Summer fair plan", 72, 760, 14, bold=True),
             Line("Everyone on the field wears a yellow vest.", 72, 730)]
    y = 700
    for cells in rows:
        lines += [Line(text, x, y) for text, x in cells if text]
        y -= 14
    lines.append(Line("The Site Warden keeps this plan.", 72, y - 40))
    return write_pdf(tmp_path / "fair.pdf", pdf_bytes([lines]))


def test_a_pdf_table_whose_rows_gaps_part_gives_each_run_of_lines_one_row(
        tmp_path: Path) -> None:
    doc = read_document(_gapped_table(tmp_path))
    assert [b.cells for b in doc.blocks if b.kind == "row"][1:] == [
        ("Site Warden (SW)", "Chosen by the committee each year",
         "Marks out the pitches; walks the field for litter"),
        ("Gate Keeper", "A volunteer", "Open the field gate at eight; count the cars in and out"),
        ("Stall Lead", "One per row of stalls", "Builds the stalls; packs them away at the end")]
    assert not any(b.kind == "heading" and b.text.startswith("Open the field")
                   for b in doc.blocks)


def test_okd_by_and_keep_posted_columns_give_a_and_i(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "fair.md", (
        "# Summer fair\n\n"
        "| Area | Who's on it | OK'd by | Keep posted |\n"
        "| --- | --- | --- | --- |\n"
        "| Pitches and stalls | Site Warden | Fair Chair | Stall Leads |\n"
        "| Car park and gate | Gate Keeper | Site Warden | Fair Chair |\n"))
    assert cells[("Site Warden", "Pitches and stalls")] == "R"
    assert cells[("Fair Chair", "Pitches and stalls")] == "A"
    assert cells[("Stall Lead", "Pitches and stalls")] == "I"
    assert cells[("Site Warden", "Car park and gate")] == "A"
    assert cells[("Fair Chair", "Car park and gate")] == "I"


def test_a_run_sheet_line_of_time_who_and_what_gives_the_duty(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "fair.txt", (
        "Fair day\n\n"
        "The Site Warden and the Gate Keeper run the fair.\n\n"
        "Running order\n\n"
        "07:30 — Site Warden — opens the field and marks out the pitches\n\n"
        "08:00 onwards — Gate Keeper — counts the cars in and reports the total to the "
        "Site Warden\n\n"
        "09:15 — Gate Keeper — opened the gate late\n"))
    assert cells[("Site Warden", "Open the field")] == "A/R"
    assert cells[("Gate Keeper", "Count the cars")] == "A/R"
    assert cells[("Gate Keeper", "Report the total to the Site Warden")] == "A/R"
    assert cells[("Site Warden", "Report the total to the Site Warden")] == "I"
    # (a log's record of what was done is no duty)
    assert not any("gate late" in act.lower() for _role, act in cells)


def test_an_action_line_with_an_arrow_after_its_owner_gives_the_duty(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "fair.txt", (
        "Fair day\n\n"
        "Kim Hale (Site Warden) and Ben Ode (Gate Keeper) run the fair.\n\n"
        "Actions\n\n"
        "- Kim → order the portable toilets with the Gate Keeper (by 3 May)\n"
        "- Ben -> send the car park plan to the Site Warden\n"))
    assert cells[("Site Warden", "Order the portable toilets with the Gate Keeper")] == "A/R"
    assert cells[("Gate Keeper", "Order the portable toilets with the Gate Keeper")] == "C"
    assert cells[("Gate Keeper", "Send the car park plan to the Site Warden")] == "A/R"
    assert cells[("Site Warden", "Send the car park plan to the Site Warden")] == "I"


def test_a_duty_keeps_its_occasion_said_with_a_gerund(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "hall.txt", (
        "Village hall\n\n"
        "The Caretaker reads the meters and the gauges before locking up the hall.\n"))
    assert cells[("Caretaker", "Read the meters and the gauges before locking up the "
                               "hall")] == "A/R"


def test_a_leading_verb_that_takes_its_object_somewhere_stays_in_the_name(
        tmp_path: Path) -> None:
    # "leads the safety briefing" is the briefing; "leads the visitors to the tower" is
    # the leading
    cells = cells_of_text(tmp_path / "open-day.txt", (
        "Open day\n\n"
        "The Duty Steward meets the coach at the gate and guides it to the main hall. The "
        "Tour Leader leads the visitors to the tower. The Tour Leader also leads the "
        "safety briefing.\n"))
    assert cells[("Duty Steward", "Guide the coach to the main hall")] == "A/R"
    assert cells[("Tour Leader", "Lead the visitors to the tower")] == "A/R"
    assert cells[("Tour Leader", "Safety briefing")] == "A/R"


def test_a_sign_off_table_of_names_posts_and_dates_gives_no_duty(tmp_path: Path) -> None:
    page = tmp_path / "rules.html"
    page.write_text(
        "<html><body><h1>Hall rules</h1>"
        "<p>The Caretaker locks the hall every evening.</p>"
        "<table><tr><th></th><th>Name</th><th>Role</th><th>Date</th></tr>"
        "<tr><td>Prepared</td><td>Rhys Vaughan</td><td>Bookings Secretary</td>"
        "<td>03/2029</td></tr>"
        "<tr><td>Approved</td><td>Lena Ortiz</td><td>Hall Chair</td><td>03/2029</td></tr>"
        "</table></body></html>", encoding="utf-8")
    cells = derived_cells(derive([page]))
    assert cells[("Caretaker", "Lock the hall every evening")] == "A/R"
    assert not any(act in ("Prepared", "Approved") for _role, act in cells)
