"""Two roles of the page joined by "and" as one subject, read by the roles the page names
even where a word of a title reads as a verb on its own; a pronoun that is the whole object
of a sentence read as what the sentence before names."""

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



def test_a_pronoun_object_is_named_by_the_thing_the_sentence_before_leads_with(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "allotments.md", "# Allotment rules\n\n"
                          "The Plot Warden walks the paths each Sunday.\n\n"
                          "Wasp nests: keep children away from them. "
                          "The Plot Warden destroys them.\n")
    assert cells.get(("Plot Warden", "Destroy wasp nests")) == "A/R", cells


def test_a_pronoun_object_is_named_by_the_object_of_the_sentence_before(
        tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "allotments.md", "# Allotment rules\n\n"
                          "The Treasurer drafts the water bill. The Chair signs it.\n")
    assert cells.get(("Chair", "Sign the water bill")) == "A/R", cells
