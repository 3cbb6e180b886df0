"""Two roles joined by "or" as one subject, read by the roles the page names; a time limit
bounded by "at least", "no later than" ... cut whole from a duty's name, never in half."""

from pathlib import Path

from tests.helpers import cells_of_text


def test_or_between_two_named_roles_gives_the_row_even_where_a_title_word_reads_as_a_verb(
        tmp_path: Path) -> None:
    # ("bar" alone reads as a verb: the pair is read by the roles the page names)
    cells = cells_of_text(tmp_path / "quiz.md", "# Quiz night\n\n"
                          "The Bar Manager books the quiz host. "
                          "The Cellar Hand stacks the empty crates.\n\n"
                          "The Bar Manager or the Cellar Hand changes the barrels before "
                          "the quiz starts.\n")
    barrels = {role: letters for (role, act), letters in cells.items() if "barrel" in act}
    assert barrels == {"Bar Manager": "A/R", "Cellar Hand": "R"}, cells


def test_a_bounded_time_limit_is_cut_whole_from_the_name(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "allotments.md", "# Allotment society\n\n"
                          "The Secretary opens the seed store. "
                          "The Secretary publishes newsletters at least 14 days ahead. "
                          "The Treasurer posts the accounts no later than ten days before "
                          "the meeting.\n")
    names = {act for _role, act in cells}
    # (how far ahead is cut with what bounds it: never "Newsletters at least")
    assert names == {"Open the seed store", "Newsletters", "Post the accounts"}, names
