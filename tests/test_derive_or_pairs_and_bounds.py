"""Two roles joined by "or" as one subject, read by the roles the page names."""

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
