"""Shapes left by the twenty-fourth set's study, read as a mechanism each: a PDF table
whose narrow last column is wrapped one letter a line, a cell naming two who do the work
"together". Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from raci.derive.documents import read_document
from tests.derive_pdf import Line, pdf_bytes, write_pdf
from tests.helpers import cells_of_text


def _column_of_letters(words: list[str], x: float, top: float) -> tuple[list[Line], float]:
    """Words set down a narrow column one letter a line, a blank line between words."""
    lines, y = [], top
    for n, word in enumerate(words):
        if n:
            y -= 12
        for letter in word:
            lines.append(Line(letter, x, y, 10))
            y -= 12
    return lines, y


def _row(cells: list[tuple[list[str], float]], letters: list[str],
         top: float) -> tuple[list[Line], float]:
    """A table row: its cells (wrapped lines at a column's offset) set beside the middle
    of its last cell, a word of letters down the narrow last column."""
    lines, bottom = _column_of_letters(letters, 430, top)
    middle = (top + bottom) / 2 + 12
    for wrapped, x in cells:
        for n, text in enumerate(wrapped):
            lines.append(Line(text, x, middle - 12 * n, 10))
    return lines, bottom - 12


def test_a_column_wrapped_one_letter_a_line_is_read_back_into_words(
        tmp_path: Path) -> None:
    lines = [Line("Closing the workshop", 72, 780, 14, bold=True)]
    rows = [([(["Step"], 72), (["Who does", "it"], 260)], ["Who", "is", "told"]),
            ([(["Lathe guards fitted", "and locked"], 72), (["Technician"], 260)],
             ["Supervisor"]),
            ([(["Dust extractor", "emptied"], 72), (["Apprentice"], 260)],
             ["Technician"]),
            ([(["Power isolated at", "the main board"], 72), (["Supervisor"], 260)],
             ["Caretaker"])]
    y = 750.0
    for cells, letters in rows:
        row, y = _row(cells, letters, y)
        lines += row
    lines.append(Line("Keys are returned to the office.", 72, y - 30))
    doc = read_document(write_pdf(tmp_path / "workshop.pdf", pdf_bytes([lines])))
    assert [b.cells for b in doc.blocks if b.kind == "row"] == [
        ("Step", "Who does it", "Who is told"),
        ("Lathe guards fitted and locked", "Technician", "Supervisor"),
        ("Dust extractor emptied", "Apprentice", "Technician"),
        ("Power isolated at the main board", "Supervisor", "Caretaker")]


def test_two_named_in_a_cell_with_together_are_two_roles(tmp_path: Path) -> None:
    # "Chef and Porter together": how the two share the work, no word of the Porter's name
    page = ("# Kitchen close\n\n"
            "| Task | Who does it | Who is told |\n| --- | --- | --- |\n"
            "| Deep clean the fryers | Chef and Porter together | Kitchen Manager |\n"
            "| Empty the grease trap | Porter | Kitchen Manager |\n")
    cells = cells_of_text(tmp_path / "close.md", page)
    assert cells[("Porter", "Deep clean the fryers")] == "R", cells
    assert ("Porter Together", "Deep clean the fryers") not in cells, cells
    assert cells[("Chef", "Deep clean the fryers")] == "A/R", cells


def test_a_plural_named_by_a_word_in_ing_is_no_carried_step(tmp_path: Path) -> None:
    # "Evening cleaners arrive.": "Evening" names the cleaners, no step of the Warden's
    # (read so, it was "Even cleaners arrive")
    page = ("Hostel day\n\n"
            "07:00  The Warden unlocks the front door.\n"
            "21:00  Evening cleaners arrive.\n")
    cells = cells_of_text(tmp_path / "day.txt", page)
    assert cells[("Warden", "Unlock the front door")] == "A/R", cells
    assert not [k for k in cells if "cleaners" in k[1].lower()], cells


def test_a_hyphenated_e_mail_keeps_its_hyphen_in_the_name(tmp_path: Path) -> None:
    # "e-mails" is read as one verb, and the row is named as the page spells it
    page = "Rota\n\nThe Coordinator e-mails the rota to the Team Leader every Friday.\n"
    cells = cells_of_text(tmp_path / "rota.txt", page)
    named = "E-mail the rota to the Team Leader every Friday"
    assert cells[("Coordinator", named)] == "A/R", cells
    assert cells[("Team Leader", named)] == "I", cells




def test_a_lone_letter_of_another_column_stays_in_its_cell() -> None:
    # "beside exit B" in the first column, beside the gap between the narrow column's two
    # words: its "B" is no letter of "Site team" (read so: "SiteBteam", "beside exit")
    from raci.derive.pdf import _letter_columns

    left = ["", "", "", "Check fire doors", "beside exit B", "and lock up", "", "", ""]
    rows = [text.ljust(25) + letter if letter != " " else text
            for text, letter in zip(left, "Site team", strict=True)]
    assert _letter_columns("\n".join(rows)).split("\n") == [
        "Check fire doors         Site team", "beside exit B", "and lock up"]
