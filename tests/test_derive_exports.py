"""Documents as the tools people use export them: wiki pages, notebooks, office
documents and trackers. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import docx

from raci.derive.documents import read_document
from raci.derive.draft import derive
from raci.derive.roles import discover_roles
from tests.derive_pdf import Line, pdf_bytes
from tests.helpers import derived_cells


def test_a_heading_in_sentence_case_and_a_column_head_are_one_role(tmp_path: Path) -> None:
    # wiki pages write headings in sentence case; the same words over a column of letters
    path = tmp_path / "desk.md"
    path.write_text(
        "# Front desk\n\n"
        "## Shift supervisor\n\n"
        "- Opens the building and counts the float.\n\n"
        "## Desk assistant\n\n"
        "- Answers the phones.\n\n"
        "## Who does what\n\n"
        "| Task | Shift supervisor | Desk assistant |\n"
        "| --- | --- | --- |\n"
        "| Lock up | A/R | I |\n", encoding="utf-8")
    roles = discover_roles([read_document(path)]).roles
    names = [r.name.casefold() for r in roles.values()]
    assert names.count("shift supervisor") == names.count("desk assistant") == 1
    cells = derived_cells(derive([path]))
    assert cells[("Shift Supervisor", "Lock up")] == "A/R"
    assert cells[("Desk Assistant", "Lock up")] == "I"
    assert cells[("Desk Assistant", "Answer the phones")] == "A/R"


def test_a_database_export_titles_its_rows_by_the_name_column(tmp_path: Path) -> None:
    # a notebook's database saved as CSV: the title column is "Name", dates beside it
    path = tmp_path / "launch.csv"
    path.write_text(
        "Name,Assignee,Status,Due,Reviewer\n"
        'Book the venue,Events Coordinator,Done,"March 3, 2027",\n'
        'Print the badges,Design Lead,Not started,"March 9, 2027",Brand Manager\n'
        'Speaker briefing,Events Coordinator,In progress,"March 12, 2027",\n',
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Events Coordinator", "Book the venue")] == "A/R"
    assert cells[("Design Lead", "Print the badges")] == "A/R"
    assert cells[("Brand Manager", "Print the badges")] == "C"
    assert cells[("Events Coordinator", "Speaker briefing")] == "A/R"
    assert not any("2027" in activity for _role, activity in cells)


def test_a_toggle_in_markdown_heads_the_duties_folded_under_it(tmp_path: Path) -> None:
    # a notebook page exported to Markdown keeps its toggles as raw HTML
    path = tmp_path / "allotments.md"
    path.write_text(
        "# Allotment site\n\n"
        "## Spring jobs\n\n"
        "### Plot Secretary\n\n"
        "- Sends out the rent reminders\n"
        "- Keeps the waiting list\n\n"
        "<details>\n<summary>Water Warden</summary>\n\n"
        "- Turns the troughs on in April\n"
        "- Checks the taps for leaks every week\n\n"
        "</details>\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Plot Secretary", "Keep the waiting list")] == "A/R"
    assert cells[("Water Warden", "Check the taps for leaks every week")] == "A/R"
    assert not any(role == "Plot Secretary" and "taps" in activity for role, activity in cells)


def test_column_heads_written_as_what_their_people_do(tmp_path: Path) -> None:
    # a shared document's sign-off table, its heads in everyday words
    path = tmp_path / "fete.md"
    path.write_text(
        "# Summer fete\n\n"
        "| Job | Does it | Signs it off | Asked | Needs to know |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| Raffle licence | Fete Secretary | Parish Clerk | Treasurer | Stall Holders |\n"
        "| Tombola prizes | Stall Holders | Fete Secretary | | Parish Clerk |\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Fete Secretary", "Raffle licence")] == "R"
    assert cells[("Parish Clerk", "Raffle licence")] == "A"
    assert cells[("Treasurer", "Raffle licence")] == "C"
    assert cells[("Stall Holder", "Raffle licence")] == "I"
    assert cells[("Fete Secretary", "Tombola prizes")] == "A"


def test_a_tick_in_a_table_of_letters_leaves_the_rows_letters(tmp_path: Path) -> None:
    # a project initiation document's matrix, mostly letters, a tick here and there
    path = tmp_path / "pid.md"
    path.write_text(
        "# Depot move: initiation\n\n"
        "| Activity | Move Sponsor | Depot Lead | Fleet Planner | Union Rep |\n"
        "| --- | :---: | :---: | :---: | :---: |\n"
        "| Site survey | A | R | C | I |\n"
        "| Route planning | I | A | R | ✓ |\n"
        "| Staff consultation | A | R | ✓ | C |\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Fleet Planner", "Route planning")] == "R"
    assert cells[("Depot Lead", "Route planning")] == "A"
    assert cells[("Union Representative", "Staff consultation")] == "C"
    assert ("Union Representative", "Route planning") not in cells


def test_a_party_named_in_a_role_per_row_cell_is_a_role(tmp_path: Path) -> None:
    # a team charter's "Role | Responsibilities" table
    path = tmp_path / "charter.md"
    path.write_text(
        "# Kitchen team charter\n\n"
        "| Role | Responsibilities |\n"
        "| --- | --- |\n"
        "| Sous Chef | Writes the prep lists. Agrees the weekly menu with the Head of "
        "Catering. |\n"
        "| Kitchen Porter | Washes the pans. Checks the walk-in fridge temperatures. |\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    menu = "Agree the weekly menu with the Head of Catering"
    assert cells[("Sous Chef", menu)] == "A/R"
    assert cells[("Head of Catering", menu)] == "C"


def test_a_swimlane_table_gives_each_step_to_its_lane(tmp_path: Path) -> None:
    path = tmp_path / "returns.md"
    path.write_text(
        "# Returns process\n\n"
        "| Step | Lane | Action |\n"
        "| --- | --- | --- |\n"
        "| 1 | Shop Assistant | Checks the receipt and logs the return |\n"
        "| 2 | Store Manager | Authorises any refund over fifty pounds |\n"
        "| 3 | Returns Clerk | Sends the item back to the warehouse |\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Store Manager", "Authorise any refund over fifty pounds")] == "A/R"
    assert cells[("Returns Clerk", "Send the item back to the warehouse")] == "A/R"


def test_a_tracker_export_is_titled_by_its_summary_not_its_description(
        tmp_path: Path) -> None:
    # an issue tracker's CSV: summary, key, assignee, a long description and watchers
    path = tmp_path / "issues.csv"
    path.write_text(
        "Summary,Issue key,Status,Assignee,Description,Watchers\n"
        'Renew the TLS certificates,OPS-71,To Do,Network Engineer,'
        '"The certificates on the load balancers expire next month, renew them all.",'
        "Service Owner\n"
        'Archive last year\'s logs,OPS-72,Done,Storage Admin,'
        '"Move the logs to cold storage and check the restore works.",\n',
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Network Engineer", "Renew the TLS certificates")] == "A/R"
    assert cells[("Service Owner", "Renew the TLS certificates")] == "I"
    assert cells[("Storage Administrator", "Archive last year's logs")] == "A/R"


def test_a_work_item_export_names_people_without_their_addresses(tmp_path: Path) -> None:
    # a work tracker's query saved as CSV: the type column is no work, the title is
    path = tmp_path / "sprint.csv"
    path.write_text(
        "ID,Work Item Type,Title,Assigned To,State\n"
        "101,Task,Tune the search index,Ola Berg <ola.berg@example.org>,Active\n"
        "102,Bug,Fix the login timeout,Ines Costa <ines.costa@example.org>,New\n"
        "103,Task,Write the upgrade notes,Ola Berg <ola.berg@example.org>,New\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells == {
        ("Ola Berg", "Tune the search index"): "A/R",
        ("Ines Costa", "Fix the login timeout"): "A/R",
        ("Ola Berg", "Write the upgrade notes"): "A/R",
    }


def test_a_title_in_capitals_after_key_keeps_the_key(tmp_path: Path) -> None:
    # a standards-style process document: numbered role sections, MUST and SHOULD
    path = tmp_path / "vault.txt"
    path.write_text(
        "2.  Roles\n\n"
        "2.1.  Key Keeper\n\n"
        "   The Key Keeper MUST open the vault only with a witness present.\n"
        "   The Key Keeper SHOULD log each opening in the vault book.\n\n"
        "2.2.  Key Stakeholders\n\n"
        "   Key Stakeholders are told of every opening.\n", encoding="utf-8")
    names = {r.name for r in discover_roles([read_document(path)]).roles.values()}
    assert "Key Keeper" in names
    assert "Keeper" not in names
    assert "Key Stakeholder" not in names


def test_the_comments_under_a_page_are_no_part_of_it(tmp_path: Path) -> None:
    # an intranet page saved as HTML, with the readers' comments below it
    path = tmp_path / "pool.html"
    path.write_text(
        "<html><body><h1>Pool safety</h1>"
        "<h2>Lifeguard</h2><ul><li>Watches the deep end from the high chair.</li>"
        "<li>Clears the pool when the whistle goes.</li></ul>"
        "<div id=\"comments-section\" class=\"pageSection\">"
        "<h2>Comments</h2>"
        "<div class=\"comment\"><p>The Lifeguard should also test the water every hour.</p>"
        "<p>The Duty Manager locks the plant room at night.</p></div>"
        "</div></body></html>", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Lifeguard", "Clear the pool")] == "A/R"
    assert not any("water" in activity or "plant room" in activity
                   for _role, activity in cells)


def test_a_job_description_set_in_two_columns_is_read_column_by_column(
        tmp_path: Path) -> None:
    # a job description exported to PDF from a two-column layout: a title across the
    # page, then the left column's duties and the right column's
    left = ["Purpose of the role",
            "The Reading Room Supervisor runs the reading",
            "room and looks after its users and its staff.",
            "",
            "Main duties",
            "- Opens the reading room at nine and checks",
            "  every desk lamp and power socket works.",
            "- Issues the day's reader tickets.",
            "- Keeps the register of items fetched from the",
            "  strong room."]
    right = ["- Agrees the weekly staff rota with the",
             "  Collections Manager every Friday.",
             "- Returns every item to the strong room before",
             "  the room closes for the evening.",
             "- Reports any damaged item to the Conservator",
             "  on the same day and labels it clearly.",
             "",
             "Person specification",
             "- Experience of working with the public in a",
             "  library, archive or museum reading room."]
    lines = [Line("Job Description: Reading Room Supervisor", 72, 780, 14, bold=True)]
    for x, column in ((60, left), (310, right)):
        lines += [Line(text, x, 740 - 14 * n, 10) for n, text in enumerate(column) if text]
    path = tmp_path / "supervisor.pdf"
    path.write_bytes(pdf_bytes([lines]))
    cells = derived_cells(derive([path]))
    rota = "Agree the weekly staff rota with the Collections Manager"
    assert cells[("Reading Room Supervisor", rota)] == "A/R"
    assert cells[("Collections Manager", rota)] == "C"
    assert cells[("Conservator", "Report any damaged item to the Conservator")] == "I"
    assert not any("Collections Manager every" in activity or "power socket works" in
                   activity and "rota" in activity for _role, activity in cells)


def test_people_mentioned_with_an_at_sign_are_read_as_their_names(tmp_path: Path) -> None:
    # meeting notes from a wiki or notebook: people written as mentions
    path = tmp_path / "sync.md"
    path.write_text(
        "# Library refit sync\n\n"
        "Attendees: @Nadia Haddad (Branch Manager), @Oskar Lind (Facilities Officer)\n\n"
        "## Action items\n\n"
        "- [ ] @Oskar Lind to book the electrician for the new lighting\n"
        "- [ ] @Nadia Haddad to tell the volunteers about the closure dates\n",
        encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Facilities Officer", "Book the electrician for the new lighting")] == "A/R"
    assert cells[("Branch Manager", "Tell the volunteers about the closure dates")] == "A/R"


def test_a_callout_kept_as_raw_html_is_read_without_its_icon(tmp_path: Path) -> None:
    # a notebook page exported to Markdown keeps its callouts as <aside> blocks
    path = tmp_path / "harbour.md"
    path.write_text(
        "# Harbour duties\n\n"
        "## Berthing Master\n\n"
        "- Allocates the visitor berths each morning.\n\n"
        "<aside>\n"
        "⚠️ The Berthing Master also warns the Lock Keeper before any vessel over twenty "
        "metres arrives.\n\n"
        "</aside>\n\n"
        "## 🚤 Launch Crew\n\n"
        "- Tows disabled boats clear of the channel.\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    warned = [a for r, a in cells if r == "Berthing Master" and a.startswith("Warn the Lock")]
    assert len(warned) == 1 and cells[("Berthing Master", warned[0])] == "A/R"
    assert cells[("Launch Crew", "Tow disabled boats clear of the channel")] == "A/R"


def test_what_a_role_may_not_do_is_no_part_of_its_duty(tmp_path: Path) -> None:
    # a wiki page's note panel saying what a role can and cannot do
    path = tmp_path / "kitchen.md"
    path.write_text(
        "# Kitchen roles\n\n"
        "## Head Chef\n\n"
        "- Signs off the weekly menu but does not order the stock.\n"
        "- Can stop service but cannot close the restaurant on their own.\n",
        encoding="utf-8")
    names = [a for _r, a in derived_cells(derive([path]))]
    assert "Sign off the weekly menu" in names
    assert not any(" but " in name for name in names)


def test_a_decision_logs_stakeholders_are_consulted(tmp_path: Path) -> None:
    path = tmp_path / "decisions.md"
    path.write_text(
        "# Decision log\n\n"
        "| Decision | Owner | Stakeholders | Date |\n"
        "| --- | --- | --- | --- |\n"
        "| Close the east car park on Sundays | Estates Manager | Security Lead, "
        "Events Officer | 2027-01-12 |\n", encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Estates Manager", "Close the east car park on Sundays")] == "A/R"
    assert cells[("Security Lead", "Close the east car park on Sundays")] == "C"
    assert cells[("Events Officer", "Close the east car park on Sundays")] == "C"


def test_a_role_cell_naming_the_post_over_its_holder(tmp_path: Path) -> None:
    # a team charter in Word: the role cell holds the post, then the person, as two
    # paragraphs; the duties cell a bulleted paragraph per duty
    document = docx.Document()
    document.add_heading("Harvest festival team", level=1)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Role"
    table.rows[0].cells[1].text = "Responsibilities"
    for post, person, duties in (
            ("Stall Coordinator", "Maya Brennan", ["Marks out the pitches",
                                                   "Books the marquee"]),
            ("Raffle Organiser", "Dev Sharma", ["Buys the raffle tickets",
                                                "Draws the raffle at four o'clock"])):
        cells = table.add_row().cells
        cells[0].text = post
        cells[0].add_paragraph(person)
        cells[1].paragraphs[0].text = duties[0]
        for duty in duties[1:]:
            cells[1].add_paragraph(duty)
    document.add_paragraph("Maya Brennan agrees the site plan with Dev Sharma in August.")
    path = tmp_path / "festival.docx"
    document.save(str(path))
    cells = derived_cells(derive([path]))
    assert cells[("Stall Coordinator", "Book the marquee")] == "A/R"
    assert cells[("Raffle Organiser", "Buy the raffle tickets")] == "A/R"
    assert cells[("Stall Coordinator", "Agree the site plan")] == "A/R"
    assert cells[("Raffle Organiser", "Agree the site plan")] == "C"


def test_a_pdf_table_of_two_columns_under_a_head_is_a_table(tmp_path: Path) -> None:
    # a duty list exported to PDF as a table of two columns: the task, then who does it
    rows = [("Task", "Done by"),
            ("Sweep the changing rooms after every session", "Caretaker"),
            ("Check the first aid kit on the first of the month", "Club Secretary"),
            ("Lock the pavilion after the last match", "Caretaker"),
            ("Collect the match fees from the visiting team", "Team Captain")]
    lines = [Line("Pavilion duties", 72, 780, 14, bold=True)]
    for n, (task, who) in enumerate(rows):
        lines += [Line(task, 72, 740 - 16 * n, 10), Line(who, 400, 740 - 16 * n, 10)]
    path = tmp_path / "pavilion.pdf"
    path.write_bytes(pdf_bytes([lines]))
    cells = derived_cells(derive([path]))
    assert cells[("Caretaker", "Lock the pavilion after the last match")] == "A/R"
    assert cells[("Team Captain", "Collect the match fees from the visiting team")] == "A/R"
    assert not any(role == "Caretaker" and "first aid" in a for role, a in cells)
