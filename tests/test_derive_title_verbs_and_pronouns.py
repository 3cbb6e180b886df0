"""Two roles of the page joined by "and" as one subject, read by the roles the page names
even where a word of a title reads as a verb on its own."""

from pathlib import Path

from tests.helpers import cells_of_text


def test_and_between_two_named_roles_gives_both_rows_where_a_title_word_reads_as_a_verb(
        tmp_path: Path) -> None:
    # ("bar" alone reads as a verb: "The Bar Steward and ..." is no verb phrase)
    cells = cells_of_text(tmp_path / "darts.md", "# Darts league night\n\n"
                          "The Bar Steward chalks the scoreboard. "
                          "The Fixtures Secretary prints the team sheets.\n\n"
                          "The Fixtures Secretary and the Bar Steward count the raffle "
                          "tickets after the last leg.\n")
    raffle = {role: letters for (role, act), letters in cells.items() if "raffle" in act}
    assert raffle == {"Fixtures Secretary": "A/R", "Bar Steward": "R"}, cells

