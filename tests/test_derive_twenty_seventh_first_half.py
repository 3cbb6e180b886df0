"""Shapes of the twenty-seventh set, studied (first half): a rota's "Let know" column and
a plan's "Check with" column, the party a step names beside columns of letters, and a
chat channel exported with each message under a line of its time and its sender. Every
text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.roles import role_columns
from tests.helpers import cells_of_text


def test_let_know_and_check_with_heads_give_their_letters() -> None:
    assert role_columns(("Task", "Owner", "Check with", "Due")) == {1: "A/R", 2: "C"}
    assert role_columns(("Day", "What", "Lead", "Let know"))[3] == "I"
    assert role_columns(("Day", "What", "Lead", "Who to let know"))[3] == "I"
    # (a "With" column beside the lead: those the lead does the row with, consulted, as
    # the labelled sets' rule "Helps / With: C" reads it; "Check with" the same)
    cols = role_columns(("Task", "Lead", "With", "Check with"))
    assert (cols[2], cols[3]) == ("C", "C")


def test_a_rota_names_whom_each_row_is_told_and_checked_with(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "regatta.csv",
        "When,Job,Lead,Check with,Let know\n"
        "Sat 09:00,Lay the course buoys,Race Officer,Harbour Master,Club Secretary\n"
        "Sat 12:00,Run the safety boat briefing,Safety Officer,,Race Officer\n")
    assert cells[("Race Officer", "Lay the course buoys")] == "A/R"
    assert cells[("Harbour Master", "Lay the course buoys")] == "C"
    assert cells[("Club Secretary", "Lay the course buoys")] == "I"
    assert cells[("Race Officer", "Run the safety boat briefing")] == "I"


def test_a_step_beside_columns_of_letters_names_its_own_party(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "fete.md",
        "# Summer fete\n\n"
        "| Task | Owner | Check with | Due |\n"
        "|---|---|---|---|\n"
        "| Brief the car park stewards | Events Manager | Safety Officer | 3 June |\n"
        "| Book the marquee | Treasurer | Events Manager | 1 June |\n")
    assert cells[("Events Manager", "Brief the car park stewards")] == "A/R"
    assert cells[("Safety Officer", "Brief the car park stewards")] == "C"
    # the stewards the step briefs are told, though no column names them
    assert cells[("Car Park Steward", "Brief the car park stewards")] == "I"


_CHANNEL = """Slack export – #site-ops – Harrow Road depot
Exported 4 Jun 2029 by n.cole
------------------------------------------

[Tue 03 Jun 08:02] Nina Cole (Site Lead)
Morning. The north gate lock jammed again last night and the night shift
had to leave it open.

[Tue 03 Jun 08:05] Nina Cole (Site Lead)
@Omar Haddad can you order a new padlock and fit it before the
evening shift?

[Tue 03 Jun 08:09] Omar Haddad (Facilities)
Will do 👍

[Tue 03 Jun 08:15] Omar Haddad (Facilities)
Noted, I'll log the fault on the helpdesk first.

[Tue 03 Jun 09:40] Rhea Banks (Security Manager)
Thanks Omar. Keep me posted on the new lock.

[Tue 03 Jun 10:02] Tom Price (Transport Planner)
Do I need to tell the drivers anything?

[Tue 03 Jun 10:05] Nina Cole (Site Lead)
No. If a driver asks, direct the driver to the south gate.

------------------------------------------
End of export · 7 messages
"""


def test_a_channel_export_reads_each_message_as_its_sender_s(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "depot-channel.txt", _CHANNEL)
    # "@Omar can you ...": asked of the person the message calls, the role his header gives
    # ("(Facilities)": a role beside the others in brackets, though no role word)
    assert cells[("Facilities", "Order a new padlock")] == "A/R"
    # "I'll ..." is the sender's, "Noted," before it no part of it
    assert cells[("Facilities", "Log the fault on the helpdesk")] == "A/R"
    # "Thanks Omar. Keep me posted": an order to the person thanked, the sender told
    assert cells[("Facilities", "Keep the Security Manager posted on the new lock")] == "A/R"
    assert cells[("Security Manager", "Keep the Security Manager posted on the new lock")] \
        == "I"
    # an answer to a question addresses its asker, the order after "If ..., " theirs
    assert cells[("Transport Planner", "Direct the driver to the south gate")] == "A/R"
    # "Will do" only acknowledges; the header lines are no duties
    assert not any(activity.startswith("Do") for _role, activity in cells)


def test_a_programme_of_times_is_no_channel_export() -> None:
    from raci.derive.documents import _chat_headed_as_text

    programme = ["Sat 14 Jun 09:00 Registration", "Coffee in the foyer.", "",
                 "Sat 14 Jun 10:00 Keynote", "The Chair opens the day.", "",
                 "Sat 14 Jun 11:00 Workshops", "Pick one of three.", "",
                 "Sat 14 Jun 12:30 Lunch", "In the hall.", ""]
    assert _chat_headed_as_text(programme) == programme


def test_a_verb_with_a_prefix_and_a_hyphen_is_a_verb(tmp_path: Path) -> None:
    from raci.derive.actors import verb_lemma

    assert verb_lemma("re-runs") == "re-run"
    assert verb_lemma("double-checked") == "double-check"
    assert verb_lemma("re-entry") is None  # a noun with a prefix is no verb
    cells = cells_of_text(
        tmp_path / "stores.txt",
        "Stores\n\nThe Stores Clerk will re-order the nitrile gloves when the box is half "
        "empty.\nThe Charge Nurse re-checks the controlled drugs count every evening.\n")
    assert cells[("Stores Clerk", "Re-order the nitrile gloves")] == "A/R"
    assert cells[("Charge Nurse", "Re-check the controlled drugs count every evening")] \
        == "A/R"


def test_a_row_under_sent_by_is_named_as_the_thing_sent(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "notices.md",
        "# Notices\n\n"
        "| What | Sent by | Goes to | When |\n"
        "|---|---|---|---|\n"
        "| Planned outage notice | Service Desk Lead | All staff | A week before |\n"
        "| Monthly uptime report | Operations Manager | Finance Director | First Monday |\n")
    assert cells[("Service Desk Lead", "Planned outage notice")] == "A/R"
    assert cells[("Operations Manager", "Monthly uptime report")] == "A/R"
    assert cells[("Finance Director", "Monthly uptime report")] == "I"


_FLOWCHART = """flowchart LR
    %% Kept by the Lettings Committee (reviewed each spring): see the handbook first.
    subgraph Member["Member (plot holder)"]
        A1([Apply for a second plot on the waiting list form])
        A2[Walk the new plot with the steward]
    end
    subgraph Steward["Site Steward (volunteer)"]
        B1[Check the waiting list order]
        B2[Offer the plot by e-mail]
    end
    subgraph Lettings["Lettings Committee"]
        C1[Approve the tenancy]
    end
    A1 --> B1 --> C1 --> B2 --> A2
    N1>"Steward tells the Treasurer about any unpaid rent"]
    N2>"Committee reports the lettings to the annual meeting"]
    B2 -.- N1
    C1 -.- N2
"""


def test_a_mermaid_flowchart_s_lanes_and_notes(tmp_path: Path) -> None:
    cells = cells_of_text(tmp_path / "plots.mmd", _FLOWCHART)
    # a lane's label names a party, whatever its word ("Member" alone is a role here)
    # (a name of up to twelve words keeps where the duty is written: "on the ... form")
    assert cells[("Member", "Apply for a second plot on the waiting list form")] == "A/R"
    assert cells[("Site Steward", "Check the waiting list order")] == "A/R"
    # a note outside the lanes names a lane by its id ("Steward") or by its label's last
    # word ("Committee")
    assert cells[("Site Steward", "Tell the Treasurer about any unpaid rent")] == "A/R"
    assert cells[("Treasurer", "Tell the Treasurer about any unpaid rent")] == "I"
    assert cells[("Lettings Committee", "Report the lettings to the annual meeting")] == "A/R"
    # a comment draws no node: its words in brackets are no step
    assert not any("reviewed" in activity.lower() for _role, activity in cells)


def test_the_party_a_step_tags_is_told(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "outage.md",
        "# Outages\n\n"
        "1. The Duty Engineer posts the status update and tags the Service Desk Lead.\n"
        "2. The Duty Engineer tags each faulty router with a red label.\n")
    assert cells[("Duty Engineer", "Tag the Service Desk Lead")] == "A/R"
    assert cells[("Service Desk Lead", "Tag the Service Desk Lead")] == "I"
    # a thing tagged is no party
    assert not any(role not in ("Duty Engineer", "Service Desk Lead") for role, _a in cells)


def test_a_play_s_cast_is_a_party_like_its_crew(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "tech-week.md",
        "# Tech week\n\n"
        "After each dress rehearsal the Director gives notes to the cast and the Stage "
        "Manager briefs the crew.\n\n"
        "The Props Manager oils the cast iron wheel of the wagon.\n")
    assert cells[("Cast", "Notes to the cast")] == "I"
    assert cells[("Crew", "Brief the crew")] == "I"
    # "cast iron" names no one
    assert ("Props Manager", "Oil the cast iron wheel of the wagon") in cells
    assert not any(role == "Cast" for role, activity in cells if "wheel" in activity)


def test_a_holder_s_name_after_a_role_label_is_no_duty(tmp_path: Path) -> None:
    cells = cells_of_text(
        tmp_path / "kitchen.md",
        "# Kitchen\n\n## Who\n\n"
        "- **Head Chef (HC)** – Mark Obuya\n"
        "- **Sous Chef (SC)** – Sue Adeyemi\n"
        "- **Kitchen Porter** – Book Skip\n\n"
        "## Service\n\nThe Head Chef checks every plate. The Sous Chef orders the fish.\n")
    assert cells[("Head Chef", "Check every plate")] == "A/R"
    # "Mark Obuya" names who holds the post, though "mark" and "sue" are verbs
    assert not any("Obuya" in activity or "Adeyemi" in activity for _role, activity in cells)
    # a task written in capitals after a label stays a duty
    assert ("Kitchen Porter", "Book Skip") in cells
