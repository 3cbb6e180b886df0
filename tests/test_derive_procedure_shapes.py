"""Shapes of procedures, handbooks, plans sent by e-mail and matrices saved from a
spreadsheet: how a column head names its team, and how a page's steps name their doers.
Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cells_of_text


def test_a_matrix_head_with_a_code_in_brackets_keeps_its_role(tmp_path: Path) -> None:
    # "Patient Transport (PTS)" over a column of letters: a team and its code, not a
    # person "Patient Transport" filling a role "PTS"; its letters stay in the draft
    sheet = ("Task,Site Lead,Patient Transport (PTS),Porters,Comments\n"
             "Move the infusion pumps,R,A,C,\n"
             "Test the suction units,A,R,,before the move\n")
    cells = cells_of_text(tmp_path / "move.csv", sheet)
    assert cells[("Patient Transport", "Move the infusion pumps")] == "A", cells
    assert cells[("Patient Transport", "Test the suction units")] == "R", cells
    assert cells[("Porters", "Move the infusion pumps")] == "C", cells


def test_a_lone_messages_i_is_the_title_its_sender_signs_with(tmp_path: Path) -> None:
    # "From: a person <address>" over one message signed "name | title": the message's
    # "I" and "I'll" are that title's
    mail = ("From: Tomasz Wrona <t.wrona@hillside-leisure.example>\n"
            "To: Site team <site@hillside-leisure.example>\n"
            "Subject: Gala weekend\n\n"
            "Hi all,\n\n"
            "The Lifeguard Supervisor sets the poolside rota for both days.\n"
            "I'll book the extra coaches for the visiting clubs.\n\n"
            "Thanks,\nTomasz\n\n"
            "--\n"
            "Tomasz Wrona | Events Manager | Hillside Leisure\n")
    cells = cells_of_text(tmp_path / "gala.txt", mail)
    assert cells == {
        ("Lifeguard Supervisor", "Set the poolside rota"): "A/R",
        ("Events Manager", "Book the extra coaches for the visiting clubs"): "A/R"}, cells


def test_a_wiki_sidebar_of_links_gives_no_rows(tmp_path: Path) -> None:
    # "<div id="sidebar"><h3>Kitchen</h3><ul><li>Deliveries</li>...": the links of the
    # wiki's space, under their own heading, are no section of the page
    page = ("<html><body>\n"
            "<div id=\"sidebar\"><h3>Kitchen</h3><ul><li><a href=\"/k/in\">Deliveries</a></li>"
            "<li><a href=\"/k/clean\">Cleaning rota</a></li></ul></div>\n"
            "<div class=\"site-menu\"><h4>Catering</h4><ul><li>Menus</li></ul></div>\n"
            "<div id=\"main\"><h1>Closing the kitchen</h1>\n"
            "<p>The Sous Chef checks the fridge temperatures at close.</p>\n"
            "<p>The Kitchen Porter empties the grease trap every Friday.</p></div>\n"
            "</body></html>\n")
    cells = cells_of_text(tmp_path / "closing.html", page)
    assert cells == {("Sous Chef", "Check the fridge temperatures at close"): "A/R",
                     ("Kitchen Porter", "Empty the grease trap every Friday"): "A/R"}, cells


def test_a_box_laid_out_beside_a_sidebar_keeps_its_text(tmp_path: Path) -> None:
    # "<div class="content has-sidebar">" holds the page's text and a sidebar beside it:
    # the box is read, its sidebar alone is left out
    page = ("<html><body>\n"
            "<div class=\"site-content has-sidebar\"><div class=\"content-sidebar-wrap\">\n"
            "<h1>Closing the kitchen</h1>\n"
            "<p>The Sous Chef checks the fridge temperatures at close.</p>\n"
            "<aside class=\"sidebar\"><h3>Kitchen</h3><ul><li>Cleaning rota</li></ul>"
            "</aside>\n"
            "<p>The Kitchen Porter empties the grease trap every Friday.</p>\n"
            "</div></div>\n</body></html>\n")
    cells = cells_of_text(tmp_path / "closing.html", page)
    assert cells == {("Sous Chef", "Check the fridge temperatures at close"): "A/R",
                     ("Kitchen Porter", "Empty the grease trap every Friday"): "A/R"}, cells


def test_a_code_inside_a_title_is_no_person_filling_a_role(tmp_path: Path) -> None:
    # "Guest Relations (GR) Agents": one title with its code inside, later written "GR
    # Agents"; "Guest Relations" is no person holding a role "GR", so "Guests ring ..." is
    # no duty of such a role
    page = ("# Lost property\n\n"
            "Guests often ring about an item days after they leave.\n\n"
            "## Who is involved\n\n"
            "* **Guest Relations (GR) Agents** – the front desk on all shifts\n"
            "* **Housekeeping Supervisor** – Marta\n\n"
            "## Steps\n\n"
            "| # | Step | Owner |\n| --- | --- | --- |\n"
            "| 1 | Log the item in the lost property book | GR Agent |\n"
            "| 2 | Move unclaimed items to the store after 30 days | Housekeeping "
            "Supervisor |\n")
    cells = cells_of_text(tmp_path / "lost.md", page)
    assert cells == {
        ("GR Agent", "Log the item in the lost property book"): "A/R",
        ("Housekeeping Supervisor", "Move unclaimed items to the store after 30 days"): "A/R",
    }, cells


def test_a_thing_only_reviewed_keeps_its_article_in_the_name(tmp_path: Path) -> None:
    # "reviews the weekly stock variance report": the one role said to review it does
    # that step, named with the article the text gives the thing
    page = ("# Stock control\n\n"
            "The Stores Supervisor reviews the weekly stock variance report by noon on "
            "Monday.\n")
    cells = cells_of_text(tmp_path / "stock.md", page)
    assert cells == {("Stores Supervisor", "Review the weekly stock variance report on Monday"):
                     "A/R"}, cells


def test_them_in_a_series_of_acts_is_the_first_acts_object(tmp_path: Path) -> None:
    # "mops the changing rooms, disinfects them and ...": the middle act is done to the
    # changing rooms; after two verbs over one object ("sorts and bags the towels"),
    # "them" is the towels, not "and bags the towels"
    page = ("# Leisure centre cleaning\n\n"
            "The Cleaning Supervisor mops the changing rooms, disinfects them and empties the "
            "bins.\n\n"
            "The Day Attendant sorts and bags the towels, takes them to the laundry and "
            "restocks the lockers.\n")
    cells = cells_of_text(tmp_path / "cleaning.md", page)
    assert cells[("Cleaning Supervisor", "Disinfect the changing rooms")] == "A/R", cells
    assert cells[("Day Attendant", "Take the towels to the laundry")] == "A/R", cells
