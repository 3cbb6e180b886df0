"""Shapes of the thirty-second set, studied (first half): an AsciiDoc procedure whose
description list names a title "in Charge of" a thing, an e-mail listing who does what on
a day. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.actors import actor_name
from raci.derive.extract import activity_names
from tests.helpers import cells_of_text

_WORKS_ROLES = """\
= Weekend Line Closure
:doctype: article

== Roles

Officer in Charge of Closure (OICC):: Takes the line from the Signaller, sets out the \
warning signs and the lamps, and briefs every gang leader.
Signaller:: Blocks the line. Confirms the block to the Officer in Charge of Closure.
"""


def test_a_title_in_charge_of_a_named_thing_is_a_role(tmp_path: Path) -> None:
    assert actor_name("the Person in Charge of Possession") == "Person in Charge of Possession"
    assert actor_name("Officer in Charge of Works") == "Officer in Charge of Works"
    # a lower-case phrase is a person, not a title
    assert actor_name("person in charge") is None
    cells = cells_of_text(tmp_path / "closure.adoc", _WORKS_ROLES)
    assert cells[("Officer in Charge of Closure", "Take the line from the Signaller")] == "A/R"
    assert cells[("Officer in Charge of Closure",
                  "Set out the warning signs and the lamps")] == "A/R"
    # the whole title stays in the name of a duty that reaches it
    assert cells[("Signaller", "Confirm the block to the Officer in Charge of Closure")] == "A/R"
    assert cells[("Officer in Charge of Closure",
                  "Confirm the block to the Officer in Charge of Closure")] == "I"


def test_a_time_after_on_or_at_stays_whole() -> None:
    # "on the day" is when the duty is done: never cut to a dangling "on"
    assert activity_names("pays the caterers on the day and banks the gate money on the "
                          "Monday") == ["Pay the caterers on the day",
                                        "Bank the gate money on the Monday"]
    assert activity_names("briefs the stewards at the evening") == [
        "Brief the stewards at the evening"]
    # a time with nothing before it is still cut: whom is told is the duty
    assert activity_names("tells the Captain the same") == ["Tell the Captain"]


_OPEN_DAY_MAIL = """\
From: Ruth Bell <secretary@hillsidebowls.example>
To: Committee
Subject: Open day - who's doing what

Hi all,

Here's the list for the open day on 12 June.

Colin is writing the welcome leaflet. The Head Groundsman is cutting the greens and will \
mark out the rinks. The Captain is going to book the coach. The Treasurer is leaving in \
May.

Thanks,
Ruth
Club Secretary, Hillside Bowls Club
"""


def test_work_in_progress_is_the_work_a_role_will_do(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "open-day.txt", _OPEN_DAY_MAIL)
    # a first name before "is writing" is a person the message gives work to
    assert cells[("Colin", "Write the welcome leaflet")] == "A/R"
    assert cells[("Head Groundsman", "Cut the greens")] == "A/R"
    assert cells[("Head Groundsman", "Mark out the rinks")] == "A/R"
    # "is going to" is "will"
    assert cells[("Captain", "Book the coach")] == "A/R"
    # leaving is no work
    assert not [key for key in cells if key[0] == "Treasurer"]


_FIXTURES_MAIL = """\
From: Ruth Bell <secretary@hillsidebowls.example>
To: Members
Subject: Autumn dates

Hi everyone,

Here are the dates for the autumn, please put them in your diaries now.

FIXTURES
  Wed 3 Sep  - league match at home (Owen to mark the rinks)
  Sat 6 Sep  - county finals at Ashby; Colin is booking the minibus
  Sun 14 Sep - club pairs: draw at 10.00 sharp

Thanks,
Ruth
Club Secretary, Hillside Bowls Club
"""


def test_lines_of_a_list_of_dates_are_each_their_own(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "dates.txt", _FIXTURES_MAIL)
    # the next date's line is not carried on into the duty before it
    assert cells[("Colin", "Book the minibus")] == "A/R"
    assert not [key for key in cells if "Sun 14" in key[1]]


def test_a_verb_of_charge_keeps_its_object_and_the_time_after_it() -> None:
    # the verb stays with its bare object, and so does when it is done
    assert activity_names("do a roll call at 9.30 and tell the Captain if anyone is "
                          "late") == ["Do a roll call at 9.30",
                                      "Tell the Captain if anyone is late"]
    assert activity_names("runs the raffle on the night") == ["Run the raffle on the night"]
    # without a time nothing changes
    assert activity_names("does the stocktake") == ["Do the stocktake"]


def test_a_duty_sent_to_two_parties_names_both() -> None:
    assert activity_names("sends a thank you card to the clubhouse and the stewards") == [
        "Send a thank you card to the clubhouse and the stewards"]
    assert activity_names("sends the minutes to the Chair and the Secretary") == [
        "Send the minutes to the Chair and the Secretary"]
    # a second verb after "and" is a duty of its own, not a party
    assert activity_names("sends the form to the Bursar and files a copy") == [
        "Send the form to the Bursar", "File a copy"]


_KIT_TABLE = """\
<html><body><h1>Boat house</h1><h2>Who does what</h2>
<table>
<tr><th>Task</th><th>Responsible</th><th>Approves</th><th>Consulted</th><th>Informed</th></tr>
<tr><td>Log and store returned kit</td><td>Kit Steward</td><td>Head Coach</td><td></td>
<td></td></tr>
<tr><td>Repair damaged boats</td><td>Boatman</td><td></td><td>Head Coach</td>
<td>Treasurer</td></tr>
</table></body></html>
"""


def test_an_approves_column_beside_letter_columns_is_the_owner(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "boathouse.html", _KIT_TABLE)
    assert cells[("Kit Steward", "Log and store returned kit")] == "R"
    assert cells[("Head Coach", "Log and store returned kit")] == "A"
    # with no one in the column the doer answers for the row
    assert cells[("Boatman", "Repair damaged boats")] == "A/R"
    assert cells[("Head Coach", "Repair damaged boats")] == "C"
    assert cells[("Treasurer", "Repair damaged boats")] == "I"


_COACH_BRIEFING = """\
# Season 2027 – Coach Briefing

## The season at a glance

- Opening day: Saturday 11 May
- 20 coaches, 4 trainees
- New this year: online booking

## Who does what

### Head Coach

- Sets the programme

### Coaches

- Take the register
"""


def test_a_briefing_titled_by_its_audience_is_no_section_of_that_role(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "briefing.md", _COACH_BRIEFING)
    # the facts under the title are no duties of the coaches the page is for
    assert not [key for key in cells if key[1] in ("Opening day", "New this year")]
    assert not [key for key in cells if key[1].startswith("20 coaches")]
    # the role sections under it are read as before
    assert cells[("Head Coach", "Set the programme")] == "A/R"
    assert cells[("Coach", "Take the register")] == "A/R"


_CODED_CLOSURE = """\
= Weekend Line Closure

== Roles

Officer in Charge of Closure (OICC):: Takes the line from the Signaller.
Signaller:: Blocks the line.

== On the night

A closure stops the trains. The Signaller confirms the block to the OICC.
"""


def test_a_code_after_a_title_in_charge_of_a_thing_is_the_titles(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "closure.adoc", _CODED_CLOSURE)
    # the title's last word before the code is no person holding a role "OICC"
    assert not [key for key in cells if key[0] in ("Closure", "OICC")]
    assert cells[("Officer in Charge of Closure", "Take the line from the Signaller")] == "A/R"
    # the code is the title's own: whom the block is confirmed to is told
    assert cells[("Officer in Charge of Closure", "Confirm the block to the OICC")] == "I"


def test_a_name_is_not_cut_after_not_already() -> None:
    assert activity_names("agrees any purchase over £50 not already in the plan") == [
        "Agree any purchase over £50 not already in the plan"]


def test_who_needs_to_see_the_work_before_it_goes_on_is_consulted(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "minutes.md",
                          "# Minutes\n\nThe Clerk drafts the minutes. The Chair needs to see "
                          "them before they go to the printer.\n\nThe Secretary drafts the "
                          "agenda. The Treasurer wants to look it over first.\n")
    assert cells[("Clerk", "Draft the minutes")] == "A/R"
    assert cells[("Chair", "Draft the minutes")] == "C"
    assert cells[("Treasurer", "Draft the agenda")] == "C"
    # seeing is no duty of its own
    assert not [key for key in cells if key[1].lower().startswith(("see ", "look "))]


def test_a_person_asked_by_name_with_please_does_the_thing(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "prizes.txt",
                          "Hi all,\n\nHere is the list.\n\nPeter will keep the accounts. Megan "
                          "please send Peter a prize list every Monday so he can keep the "
                          "accounts up to date.\n\nThanks,\nRuth\n")
    assert cells[("Megan", "Send Peter a prize list every Monday")] == "A/R"
    assert cells[("Peter", "Send Peter a prize list every Monday")] == "I"
