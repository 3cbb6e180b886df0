"""Patterns read on long input in a time that grows with its length: each test gives a
pattern an input that a form of it able to try the same text in many ways would take
minutes or hours over (a run of spaces before the end of a line, a word of thousands of
hyphenated parts, thousands of commas), and checks what it still finds on the text it is
written for."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from raci.derive.extract import ADDRESSED_TO, _clause_of_you, _outer_commas
from raci.derive.roles import WE_MEANS, YOU_ARE

# the comma outside brackets as a look ahead says it (the pattern _outer_commas stands for)
LOOK_AHEAD_COMMA = re.compile(r",\s*(?![^()]*\))")


def test_you_the_role_on_a_line_ends_in_one_pass_over_its_spaces() -> None:
    """"You, the organiser" then a long run of spaces and a full stop: no term of a list
    of who is involved, found at once (three runs of spaces, one after another, each
    optional, were tried in every split of the run)."""
    line = "You, the organiser" + " " * 20_000 + "."
    assert [m.group("apposed") for m in ADDRESSED_TO.finditer(line)
            if m.group("apposed")] == []
    assert [m.group("apposed") for m in YOU_ARE.finditer(line)] == []
    assert [m.group("apposed") for m in ADDRESSED_TO.finditer("You, the organiser:")
            if m.group("apposed")] == ["organiser"]
    assert [m.group("apposed") for m in ADDRESSED_TO.finditer("You (the organiser)  ")
            if m.group("apposed")] == ["organiser"]
    assert [m.group("apposed") for m in YOU_ARE.finditer("Intro\nYou (the organiser) :\n")
            ] == ["organiser"]


def test_a_long_hyphenated_word_is_no_role_named_with_us() -> None:
    """"the Events Team (us)" names the role "we" is; a word of many hyphenated capital
    parts is read from its start once, not again from each part."""
    assert [m.group("named") for m in WE_MEANS.finditer("ask the Events Team (us) first.")
            if m.group("named")] == ["Events Team"]
    assert [m.group("named") for m in WE_MEANS.finditer("we " + "A-" * 100_000)
            if m.group("named")] == []


def test_a_long_word_before_you_is_read_once() -> None:
    """Whether "you" acts in a condition's opening: "Before each arrival you check" does,
    "Before you apply" does not; a word of 200,000 letters is tried from its start only."""
    assert _clause_of_you("Before each arrival you check the list")
    assert not _clause_of_you("Before you apply")
    assert not _clause_of_you("If you see a paper that you wrote")
    assert not _clause_of_you("a" * 200_000)
    assert _clause_of_you("a" * 200_000 + " you check")


def test_the_commas_outside_brackets_of_a_long_sentence_are_found_in_one_pass() -> None:
    """"If a stall (a van, a gazebo) is coming, check ...": the comma after "coming" is
    the one outside brackets; a sentence of 150,000 commas and no bracket keeps them all."""
    sentence = "If a stall (a van, a gazebo) is coming, check the pitch"
    assert [sentence[:m.start()] for m in _outer_commas(sentence)] == [
        "If a stall (a van, a gazebo) is coming"]
    assert len(_outer_commas("a, " * 150_000)) == 150_000
    assert _outer_commas("a, " * 150_000 + ")") == []


@given(st.text(alphabet=" ,()ab\t", max_size=40))
def test_the_commas_outside_brackets_are_those_the_look_ahead_finds(text: str) -> None:
    """One pass from the end finds the commas (and the space after each) the look ahead
    to the next bracket finds."""
    assert [m.span() for m in _outer_commas(text)] == [
        m.span() for m in LOOK_AHEAD_COMMA.finditer(text)]



def test_a_long_run_of_letters_down_a_narrow_column_is_read_in_one_pass() -> None:
    """A page's narrow column of lone letters, each beside a short line of another column,
    tens of thousands of rows long: read back at once (each row was looked up in a list of
    the run's letters, and each word matched against every line of text of the run), each
    word set beside the nearest text, the earlier of two as near."""
    from raci.derive.pdf import _letter_columns

    rows = ["          w", "          h", "          o"] + ["          x", "ab"] * 40_000
    out = _letter_columns("\n".join(rows)).split("\n")
    assert out[:3] == ["ab        whox x", "ab        x", "ab        x"]
    assert out[-1] == "ab" and len(out) == 40_000
    # a word nearer the later line of text, and one (after a blank) nearer the earlier
    rows = ["Step one", "          t", "          o", "          p", "", "          a",
            "          b", "Step two", "          c", "          d", "", "ab", "", "ab"]
    assert _letter_columns("\n".join(rows)).split("\n") == [
        "Step one", "", "Step two   top ab cd", "", "ab", "", "ab"]


def test_the_words_two_share_the_work_by_are_cut_from_a_cell_in_one_pass() -> None:
    """A cell naming two, then tens of thousands of "together" and a last word: nothing
    cut, found at once (the pattern tried each "together" as the start of the cell's
    ending and read on to the cell's end); and what it cuts where the cell ends on them."""
    from raci.derive.roles import _without_shared_end, cell_names

    cell = "Chef and Porter" + " together" * 30_000 + " x"
    assert cell_names(cell)[0] == "Chef"
    assert _without_shared_end(cell) == cell
    assert _without_shared_end("Chef and Porter, together, between them.") == "Chef and Porter"
    assert _without_shared_end("Chef and Porter (together)") == "Chef and Porter (together)"
    assert _without_shared_end("Chef and Porter -- both") == "Chef and Porter -- both"


def test_a_long_run_of_spaces_before_an_arrow_is_read_once() -> None:
    """A line of steps joined by arrows is a sentence per step; a run of 200,000 spaces
    before an arrow is read from its start only (it was read again from each of its
    spaces)."""
    from raci.derive.extract import split_sentences

    assert split_sentences("Home Captain inspects the pitch → Groundsman advises on it") == [
        "Home Captain inspects the pitch.", "Groundsman advises on it"]
    assert split_sentences("The Clerk files it" + " " * 200_000 + "→ Bursar pays it") == [
        "The Clerk files it.", "Bursar pays it"]
    assert len(split_sentences(" " * 200_000 + "→ x")) >= 1


def _thread_of(names: int) -> str:
    """Two messages, then the lines of a long thread: ``names`` first names, each before
    "will." and none written mid-sentence."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    made = (f"Q{a}{b}{c}{d}" for a in letters for b in letters for c in letters
            for d in letters)
    return ("From: Helen Marsh <h@x.org>\n\nFrom: Mark Reid <m@x.org>\n\n" +
            " ".join(f"{next(made)} will." for _ in range(names)))


def test_the_names_before_will_of_a_long_thread_are_looked_up_not_searched_for() -> None:
    """A first name before "will" is a correspondent when the thread writes it
    mid-sentence too (or opens a line with it, as the first of these does); a thread of
    40,000 such names (480,000 characters) is read once, not again for each name."""
    from raci.derive.roles import mail_correspondents

    assert mail_correspondents(_thread_of(40_000)) == ["Helen", "Mark", "Qaaaa"]
    assert mail_correspondents(
        "From: Helen Marsh <h@x.org>\nTo: Jo Reid <j@x.org>\n\nFrom: Jo Reid <j@x.org>\n\n"
        "Priya will: send it. This will do. Send both to Priya. Ann will.") == [
        "Helen", "Jo", "Priya", "Ann"]  # (Ann: a given name; "This": a word, no one)


def test_a_header_line_of_open_addresses_is_read_once() -> None:
    """A "To:" line of 70,000 names each before a "<" no ">" closes: no person found, at
    once (each "<" was read on to the line's end); a closed address still names one."""
    from raci.derive.roles import mail_correspondents

    two = "From: Helen Marsh <h@x.org>\n\nFrom: Mark Reid <m@x.org>\n\n"
    assert mail_correspondents(two + "To: " + "Anna Bell <x " * 70_000) == ["Helen", "Mark"]
    assert mail_correspondents(two + "To: " + "Anna Bell <x " * 70_000 + "Jo Reid <j@x>") == [
        "Helen", "Mark", "Anna"]


def test_a_thread_of_headers_alone_is_read_once() -> None:
    """70,000 "From:" lines with no blank between them: no message has a body, found at
    once (each message's header block was read on to the thread's end)."""
    from raci.derive.documents import _mail_thread_as_text

    lines = ["From: Helen Marsh <h@x.org>"] * 70_000
    assert _mail_thread_as_text(lines) == lines


def test_the_paragraphs_asking_a_correspondent_are_looked_up_by_name() -> None:
    """A paragraph opening on a first name asks the correspondent whose name it starts
    ("Jo - could you ..." asks Joanna); a thread of 60,000 correspondents and 60,000 such
    paragraphs looks each up at once (each was compared with every correspondent)."""
    from raci.derive.documents import _mail_thread_as_text

    letters = "abcdefghijklmnopqrstuvwxyz"
    made = (f"Q{a}{b}{c}{d}" for a in letters for b in letters for c in letters
            for d in letters)
    lines = [line for _ in range(60_000) for line in (f"From: {next(made)} Marsh <h@x>", "")]
    lines += [line for _ in range(60_000) for line in ("Zed, could you do it?", "")]
    out = _mail_thread_as_text(lines)
    assert out[-2] == "Zed, could you do it?"
    thread = ["From: Joanna Reid <j@x>", "", "From: Mark Reid <m@x>", "", "Hi,", "",
              "Jo - could you bring the tables?", "", "Qb - could you?"]
    assert _mail_thread_as_text(thread)[6:] == ["Jo will bring the tables.", "",
                                                 "Qb - could you?"]
