"""How a duty is named: the verb that only says the work is done goes, the verb that
says what is done stays, and nothing the duty needs is cut.

Every text here is written for the test; none is taken from a real document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from raci.derive.draft import derive
from raci.derive.extract import activity_name, activity_names
from tests.helpers import derived_cells


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "implement" only says the work is done: the object names the duty
        ("implements resilient payment services", "Resilient payment services"),
        ("Implement the retention policy", "Retention policy"),
        # a second verb-object pair is named the same way as the first
        ("Implement access controls and monitor privileged sessions",
         "Access controls and privileged session monitoring"),
        ("Implement encryption at rest and rotate keys", "Encryption at rest and key rotation"),
        # a verb without a noun of its action keeps the pair as written
        ("Implement access controls and chair reviews", "Access controls and chair reviews"),
    ],
    ids=["light verb", "light verb with article", "second pair named", "second pair short",
         "second verb without noun"],
)
def test_light_verb_and_a_second_action(text: str, name: str) -> None:
    assert activity_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Provide guidance and feedback to interns on every project",
         "Guidance and feedback to interns"),
        ("Gives weekly coaching to the trainees", "Weekly coaching to the trainees"),
        ("Provide support to volunteers during events", "Support to volunteers"),
        # a thing, not people: what is given names the duty alone
        ("Provide weekly cost estimates to the planning process", "Weekly cost estimates"),
    ],
    ids=["interns", "trainees", "volunteers", "not people"],
)
def test_whom_something_is_given_to_stays(text: str, name: str) -> None:
    assert activity_name(text) == name


def test_a_document_keeps_whom_feedback_is_given_to(tmp_path: Path) -> None:
    path = tmp_path / "mentor.md"
    path.write_text("# Lab Mentor\n\nThe Lab Mentor is responsible for:\n\n"
                    "- Provide feedback to interns after each experiment\n"
                    "- Implement safety checks and audit the storage cabinets\n",
                    encoding="utf-8")
    template = derive([path]).to_template("t", "t")
    names = [a.name for a in template.activities]
    assert "Feedback to interns after each experiment" in names
    # two verb-object pairs with their own articles are two duties
    assert {"Safety checks", "Storage cabinet audit"} <= set(names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a series of predicates, each verb with its own object, is one duty per predicate
        ("Opens the ward, checks the fridges and signs the handover sheet",
         ["Open the ward", "Check the fridges", "Sign the handover sheet"]),
        # verbs in a run over one object are one duty, in the imperative
        ("Books, confirms and cancels the rooms", ["Book, confirm and cancel the rooms"]),
        # an adverb of contrast or repetition ends no name
        ("Build on top of this platform instead", ["Build on top of this platform"]),
        # what a party is told stays in the name, up to ten words
        ("Notifies the Steering Committee of high or critical reports",
         ["Notify the Steering Committee of high or critical reports"]),
        # two verbs over an object without an article
        ("Accepts or rejects finished stories", ["Accept or reject finished stories"]),
        # a hand-off said as a participle is a letter of the duty, no part of its name
        ("Removes impediments, escalating to the Engineering Manager when needed",
         ["Remove impediments"]),
        ("Draft, review or approve the budget", ["Draft, review or approve the budget"]),
        # a second verb with a particle keeps its own object
        ("Run the smoke tests and sign off on the release notes",
         ["Run the smoke tests", "Sign off on the release notes"]),
        # a verb and its particle are never cut from whom they are done with
        ("Collects the forms and follows up with the requesters",
         ["Form collection", "Follow up with the requesters"]),
        # a verb that brings the object into being stays beside a verb of ownership
        ("Building and managing the night shift rota team",
         ["Build and manage the night shift rota team"]),
        ("Manages and prioritises the intake queue", ["Intake queue"]),
        # a series whose first object is itself a pair
        ("Sets the menu and the prices, hires the band each fortnight and signs off the "
         "accounts", ["Set the menu and the prices", "Band hiring each fortnight",
                      "Sign off the accounts"]),
    ],
    ids=["predicate series", "verb run", "trailing adverb", "told of what", "pair without article",
         "hand-off participle", "verb run with or", "particle verb",
         "follow up with", "founding verb", "ownership verbs", "series with a pair"],
)
def test_several_verbs_in_one_item(text: str, names: list[str]) -> None:
    assert activity_names(text) == names


def test_partnering_and_working_alongside_make_the_party_consulted(tmp_path: Path) -> None:
    path = tmp_path / "sre.md"
    path.write_text("# Storage Engineer\n\n## What you'll do\n\n"
                    "- Partner with the Security Officer to harden our backup servers\n"
                    "- Plan capacity reviews alongside the Finance Partner\n"
                    "- Rehearse restores with the Database Administrators\n",
                    encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Storage Engineer", "Harden backup servers")] == "A/R"
    assert cells[("Security Officer", "Harden backup servers")] == "C"
    assert cells[("Finance Partner", "Plan capacity reviews")] == "C"
    rehearse = "Rehearse restores with the Database Administrators"
    assert cells[("Database Administrator", rehearse)] == "C"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Triage faults reported against a release", "Triage faults"),
        ("Respond to tickets raised by users", "Respond to tickets"),
        ("Audit the firewall rules since the last review", "Audit the firewall rules"),
        # a state of several participles stays whole
        ("Ensure that the forms are complete, signed, and filed",
         "Ensure the forms are complete, signed, and filed"),
        # "run" after a singular noun is part of it, not the participle
        ("Send the salary run to the bureau", "Send the salary run to the bureau"),
        ("Forward the BACS run to the treasurer", "Forward the BACS run to the treasurer"),
    ],
    ids=["reported against", "raised by", "since", "state kept", "a noun run",
         "a noun run in capitals"],
)
def test_where_an_object_came_from_is_no_part_of_the_duty(text: str, name: str) -> None:
    assert activity_name(text) == name



def test_a_noun_after_an_article_is_never_dropped_as_a_verb() -> None:
    # "draft" is also a verb; after "the" it is the object
    assert activity_name("the draft against the house style") == "Draft against the house style"


def test_what_is_given_names_the_duty_and_the_receiver_is_told(tmp_path: Path) -> None:
    path = tmp_path / "review.md"
    path.write_text("# Lease review\n\n- **Lease Lawyer** – gives the Estates Officer a short "
                    "risk note.\n- **Estates Officer** – approves the lease.\n",
                    encoding="utf-8")
    cells = derived_cells(derive([path]))
    assert cells[("Lease Lawyer", "Short risk note")] == "A/R"
    assert cells[("Estates Officer", "Short risk note")] == "I"


def test_a_noun_ending_in_ly_is_no_adverb() -> None:
    assert activity_name("Isolate the water supply") == "Isolate the water supply"
    assert activity_name("align the roadmap accordingly") == "Roadmap"


def test_a_name_in_capitals_is_written_in_sentence_case() -> None:
    assert activity_name("COMMUNITY FLOOD PLAN") == "Community flood plan"
    assert activity_name("SET UP THE PA SYSTEM") == "Set up the PA system"


def test_a_clause_to_bring_about_keeps_its_verb_in_the_document_s_words() -> None:
    assert activity_name("makes sure every session has enough volunteers") == \
        "Make sure every session has enough volunteers"
    assert activity_name("ensures every van carries a first-aid kit") == \
        "Ensure every van carries a first-aid kit"
    assert activity_name("ensures the budget") == "Budget"


def test_gerund_items_read_as_imperatives_and_partners_as_parties() -> None:
    assert activity_name("Presenting design decisions to senior leadership") == \
        "Present design decisions"
    assert activity_name("Partnering with the Research team to plan and run usability "
                         "tests").lower().endswith("usability tests")
    # a goal after "to" is no task of its own
    assert activity_name("Collaborating with various teams to ensure goals are met") == \
        "Collaboration with various teams"


def test_a_gerund_on_people_is_work_not_a_list_of_people() -> None:
    assert activity_names("recruiting judges, writing the scoring rubric") == [
        "Recruit judges", "Write the scoring rubric"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brief the stewards on the morning of each show",
         "Brief the stewards on the morning of each show"),
        ("Post the results the same day", "Post the results the same day"),
        ("Lay out the chairs the evening before", "Lay out the chairs"),
        ("Fill in the evaluation form the same week", "Fill in the evaluation form the same week"),
        ("Meet the candidate at least once a month", "Meet the candidate"),
        ("Book the hall ten days in advance", "Book the hall ten days in advance"),
        ("Send the plan to the Head Teacher two weeks before",
         "Send the plan to the Head Teacher"),
        ("Check the morning post", "Check the morning post"),
    ])
def test_when_in_a_cycle_stays_in_a_name(text: str, name: str) -> None:
    """"on the morning of each show", "the same day", "ten days in advance" say when the
    duty is done and stay; a time cut from what it counts from ("the evening before",
    "two weeks before") goes whole, and a morning that is part of the thing stays."""
    assert activity_name(text) == name


def test_a_list_of_things_taken_stays_whole_and_a_condition_cut_at_its_subject_goes() -> None:
    assert activity_name("Take the fire box, a hi-vis tabard and a radio from behind "
                         "reception.") == "Take the fire box, a hi-vis tabard and a radio"
    assert activity_name("Stop anyone entering the building until you are told of the "
                         "all clear.") == "Stop anyone entering the building"


@pytest.mark.parametrize(
    "text",
    [
        "Uploaded photos are kept for ninety days",
        "Tickets for the raffle are sold at the gate",
        "Parcels arrive at the side door before noon",
        "The two heaviest costs are hire and fuel",
        "A second committee member must countersign it",
        "The tenants have a right to see the file",
    ])
def test_a_statement_about_things_is_no_duty(text: str) -> None:
    """What things are or what happens to them, the subject no role, is context: a noun
    phrase, then a verb of being or having, a modal, or what a plural does."""
    assert activity_names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Make sure every van carries a spare tyre",
         "Make sure every van carries a spare tyre"),
        ("Check that the fire doors are shut", "Check that the fire doors are shut"),
        ("Keep what members say in meetings private",
         "Keep what members say in meetings private"),
        ("Sweep the hall", "Sweep the hall"),
    ])
def test_a_duty_whose_object_holds_a_clause_stays(text: str, name: str) -> None:
    assert activity_name(text) == name



def test_statements_beside_duties_give_no_rows(tmp_path: Path) -> None:
    doc = tmp_path / "allotments.md"
    doc.write_text(
        "# Allotment rules\n\n"
        "The Plot Secretary keeps the waiting list.\n"
        "The Treasurer collects the rents in October.\n\n"
        "Names of tenants are not given out; the Plot Secretary keeps them on file.\n"
        "Rents and water charges are the two biggest incomes of the Treasurer.\n",
        encoding="utf-8")
    cells = derived_cells(derive([doc]))
    assert cells == {("Plot Secretary", "Keep the waiting list"): "A/R",
                     ("Treasurer", "Collect the rents in October"): "A/R"}


@pytest.mark.parametrize(
    "text",
    ["repairs it", "signs them", "replies within a week", "checks them"])
def test_a_verb_without_its_object_is_no_duty(text: str) -> None:
    """The verb alone, a pronoun or a word of when where its object would be, says
    nothing of the work (a meeting is the exception: "meets every month" keeps how often,
    see below)."""
    assert activity_names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("Budget for the year", "Year budget"), ("signs every cheque", "Sign every cheque"),
     ("meets the new volunteers", "Meet the new volunteers")])
def test_a_verb_with_its_object_or_a_noun_first_stays(text: str, name: str) -> None:
    assert activity_name(text) == name


def test_verbs_left_alone_give_no_rows(tmp_path: Path) -> None:
    # ("who checks them and signs them" after "Booking forms go to ...": the pronouns are
    # the forms, and name the rows; "writes" alone names nothing. "Replies within a week"
    # is a duty: answering what came in, by then)
    doc = tmp_path / "hall.md"
    doc.write_text(
        "# Village hall\n\n"
        "The Caretaker opens the hall for every booking.\n"
        "The Hall Committee meets every month.\n"
        "Booking forms go to the Bookings Secretary, who checks them and signs them.\n"
        "The Treasurer writes within a week.\n", encoding="utf-8")
    assert derived_cells(derive([doc])) == {
        ("Caretaker", "Open the hall for every booking"): "A/R",
        ("Hall Committee", "Meet every month"): "A/R",
        ("Bookings Secretary", "Check booking forms"): "A/R",
        ("Bookings Secretary", "Sign booking forms"): "A/R"}


def test_two_things_maintained_are_two_rows() -> None:
    """"maintains the asset list and the spares book": two registers kept, a row each,
    as after "owns" or "manages" (not one row "Asset list and the spares book")."""
    assert activity_names("maintains the asset list and the spares book") == [
        "Asset list", "Spares book"]


def test_a_reason_is_no_part_of_a_name() -> None:
    """"because ...", ", as ...", ", since ...": why a duty is done is cut, as a purpose is."""
    assert activity_names("renews the licence because the old one lapses in May") == [
        "Renew the licence"]
    assert activity_names("logs every visitor, as the landlord requires it") == [
        "Log every visitor"]


def test_a_body_that_only_meets_keeps_how_often() -> None:
    """"The Trustees meet twice a year": how often is cut from a duty, but a bare "Meet"
    says nothing, so a meeting keeps it; a meeting for a purpose is the purpose."""
    assert activity_names("meets twice a year") == ["Meet twice a year"]
    assert activity_names("meets every term to agree the fixtures") == ["Agree the fixtures"]


def test_a_month_or_a_season_after_every_is_how_often() -> None:
    """"every March", "each autumn" say how often, as "every month" does: kept in the
    name as its time, never read as part of its object."""
    assert activity_names("renews the hall licence every March") == [
        "Renew the hall licence every March"]
    assert activity_names("Clear the gutters each autumn") == ["Clear the gutters each autumn"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("empties the cash drawers at the end of the evening",
         "Empty the cash drawers at the end of the evening"),
        ("walks the car park at the start of each shift",
         "Walk the car park at the start of each shift"),
        ("returns the loan forms before the end of the week",
         "Return the loan forms before the end of the week"),
        ("logs each dropped parcel on the same day", "Log each dropped parcel on the same day"),
        ("unlocks the side gate before the coaches arrive",
         "Unlock the side gate before the coaches arrive"),
        ("keeps the hatch shut while the lift is moving",
         "Keep the hatch shut while the lift is moving"),
    ],
    ids=["end of", "start of each", "before the end of", "same day", "before a clause",
         "while a clause"],
)
def test_when_a_duty_is_done_stays_in_its_name(text: str, name: str) -> None:
    """When in the day or the shift a duty is done is part of it ("count the tills at the
    end of the night" is not "count the tills" at noon), up to twelve words."""
    assert activity_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("sends the minutes to the Parish Clerk within ten working days",
         "Send the minutes to the Parish Clerk within ten working days"),
        ("returns the keys to the landlord within a week of the viewing",
         "Return the keys to the landlord within a week of the viewing"),
        ("sends the audited accounts to the Charity Commission by 31 January",
         "Send the audited accounts to the Charity Commission by 31 January"),
        ("hands the float to the Bar Manager by 6pm", "Hand the float to the Bar Manager by 6pm"),
        ("renews the hall insurance by the end of March",
         "Renew the hall insurance by the end of March"),
        ("orders the trophies by the 15th", "Order the trophies by the 15th"),
    ],
    ids=["within days", "within of", "by a date", "by a time", "by the end of", "by the nth"],
)
def test_a_deadline_stays_in_a_name(text: str, name: str) -> None:
    """When a duty is due ("within ten working days", "by 31 January") is part of it, as
    when in the day it is done is: a reader names "send the minutes to the clerk within ten
    days" whole."""
    assert activity_name(text) == name


def test_a_deadline_that_is_no_deadline_stays_out() -> None:
    """A response time in minutes is a standing target, not the duty's deadline; a due date
    in a field of its own, after a dash, is the action list's column, not the name's."""
    assert activity_name("escalates the outage to the Network Lead within 20 minutes") == \
        "Escalate the outage to the Network Lead"
    assert activity_name("paint the goalposts – by June") == "Paint the goalposts"


def test_a_person_named_by_a_pronoun_keeps_where_they_are_taken() -> None:
    """"Meet them at the gate", "Give them the site tour": a duty done to a person
    named by a pronoun is named as written; a thing named by one still needs its
    referent ("Store them in the cupboard" says nothing of what)."""
    assert activity_name("Welcome them at the front door") == "Welcome them at the front door"
    assert activity_name("Give them the site tour: the labs, the canteen and the exits") == \
        "Give them the site tour"
    assert activity_name("Escort him to the visitors' car park") == \
        "Escort him to the visitors' car park"
    assert activity_name("Store them in the cupboard") == ""
    assert activity_name("Managing them proactively") == ""


def test_an_occasion_whose_subject_is_a_pronoun_stays_in_a_name() -> None:
    """"before they expire", "before anything is announced", "once its lid is sealed":
    when a duty is done, in a clause whose subject is a pronoun, stays as a clause after
    "the" does; "each" or "you" after "before" is left out."""
    assert activity_name("renews the parking permits before they expire") == \
        "Renew the parking permits before they expire"
    assert activity_name("tells the sponsor before anything is announced") == \
        "Tell the sponsor before anything is announced"
    assert activity_name("labels the sample once its lid is sealed") == \
        "Label the sample once its lid is sealed"
    assert activity_name("fills in the permit before you start") == "Fill in the permit"


@pytest.mark.parametrize("text", ["October to March", "Monday to Friday.",
                                  "between 9am and 5pm", "from 07:30 until 18:00"])
def test_a_span_of_months_days_or_hours_alone_is_no_duty(text: str) -> None:
    """"Staff the kiosk between 9am and 5pm, October to March": the span left after a
    comma says when, and names no duty of its own."""
    assert activity_name(text) == ""


def test_a_sign_off_or_a_nameless_duty_keeps_no_occasion() -> None:
    """An occasion that is someone's approval is their letter, not when the duty is
    done; a duty named without its verb takes no time after it."""
    assert activity_name("posts the rota after the manager has approved it") == "Post the rota"
    assert activity_name("holds a team huddle at the start of each shift") == \
        "Hold a team huddle at the start of each shift"
    assert activity_name("maintains the key register at the end of each term") == \
        "Key register at the end of each term"


def test_people_named_with_of_stay_whole() -> None:
    """"the head of department", "the front of house team", "the members of the board":
    the words before "of" name people with what follows, no thing the party owns (as
    "the meetings of the board" are, named "Board meetings")."""
    assert activity_name("Brief the front of house staff") == "Brief the front of house staff"
    assert activity_name("Tell the head of department") == "Tell the head of department"
    assert activity_name("Welcome the members of the panel") == \
        "Welcome the members of the panel"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a condition cut after its subject takes its verb back when the name still fits
        ("holds the batch if the reading is not confirmed after three tries",
         "Hold the batch if the reading is not confirmed"),
        ("adds the hotfix tag if the patch is needed on the old branch",
         "Add the hotfix tag if the patch is needed"),
        # a verb whose object is the clause keeps it whole, up to when it applies
        ("agrees with the Shift Lead whether to call in the relief crew.",
         "Agree with the Shift Lead whether to call in the relief crew"),
        ("discusses with the Group Leader whether the hike goes ahead in heavy rain",
         "Discuss with the Group Leader whether the hike goes ahead"),
        ("decides with the Site Engineer how the leak is made safe before the team leaves",
         "Decide with the Site Engineer how the leak is made safe"),
        ("Tell the Fleet Office if your permit, insurance or eyesight changes",
         "Tell the Fleet Office if your permit, insurance or eyesight changes"),
        # a clause too long for a name goes whole, back to the duty before it
        ("Keeps the radio log until the Night Control Officer hands the shift over.",
         "Keep the radio log"),
        # a fragment whose clause the text holds no more of ends before its subordinator
        # ("if" never opens a phrase without a verb); "until" may ("until the last coach")
        ("Tell the Fleet Office if your permit", "Tell the Fleet Office"),
        ("Stay with the group until the last coach", "Stay with the group until the last coach"),
        # a whole clause is left as it is
        ("tells the tenant if the visit moves", "Tell the tenant if the visit moves"),
        ("keeps the doors shut while the press is on", "Keep the doors shut while the press is on"),
    ],
)
def test_a_name_never_ends_inside_a_clause(text: str, name: str) -> None:
    assert activity_name(text) == name


def test_a_clause_a_comma_cut_from_a_second_duty_is_taken_whole() -> None:
    # the second of two duties, its clause holding a list
    assert activity_names("File the request in the booking system and check that the "
                          "map, fee and risk form are all attached.")[-1] == \
        "Check that the map, fee and risk form are all attached"


SUBORDINATORS = {"if", "when", "whether", "how", "what", "which", "that", "where", "until",
                 "while", "because", "unless", "so"}
OPENERS = {"if", "when", "whether", "how", "what", "which", "that", "where", "until",
           "while", "because", "unless", "so", "the", "a", "an", "of", "to", "in", "with",
           "for", "on", "at", "by", "your", "their", "its"}


@pytest.mark.parametrize("text", [
    "decides with the Duty Planner how the late delivery is handled before the store opens",
    "checks with the Records Officer whether the archive boxes can be moved this week",
    "keeps the visitor book until the Front Desk Supervisor closes the building at night",
    "tells the Ward Clerk if your address, phone number or next of kin changes",
    "confirms with the Treasurer that the grant money has arrived in the club account",
    "stops the line if the guard on the cutting table is opened during a run",
    "asks the Caretaker whether the hall heating can be left on over the holiday",
])
def test_no_name_ends_on_a_word_that_opens_a_phrase(text: str) -> None:
    name = activity_name(text)
    assert name
    assert name.split()[-1].lower() not in OPENERS
    words = name.lower().split()
    # nor on a subordinator followed by a subject alone ("... if the guard")
    for i, word in enumerate(words[:-1]):
        if word in SUBORDINATORS and words[i + 1] in ("the", "a", "your"):
            assert len(words) - i > 3, name


def test_a_second_act_cut_from_its_object_leaves_no_name(tmp_path: Path) -> None:
    """"will approve the plan or return it with comments": the second act's verb, its
    object left behind, is no part of the name ("Plan or return" was the row); a second
    act whose object stays keeps both ("Grant the licence or refer the case")."""
    path = tmp_path / "approvals.md"
    path.write_text("# Plan approvals\n\nThe Site Manager writes the lifting plan. The Works "
                    "Director will either approve the plan or return it with comments.\n\n"
                    "The Panel will either grant the licence or refer the case to the "
                    "Committee.\n", encoding="utf-8")
    names = {activity for _, activity in derived_cells(derive([path]))}
    assert not any(name.endswith((" or return", " and return")) for name in names)
    assert "Approve the plan" in names  # (the one-word thing approved, named as approved)
    assert "Grant the licence or refer the case" in names


@pytest.mark.parametrize(("text", "name"), [
    # a fixed name with a bare noun after "of" stays whole, not "Conduct code", "Use terms"
    ("reviews the code of conduct", "Review the code of conduct"),
    ("is responsible for the terms of use", "Terms of use"),
    ("maintains the chain of custody", "Chain of custody"),
    # ("the severity of incidents" is still the compact "Incident severity")
    ("monitors the severity of incidents", "Incident severity monitoring"),
])
def test_a_fixed_name_with_of_is_not_compacted(text: str, name: str) -> None:
    assert activity_name(text) == name


def test_a_list_of_things_before_for_is_no_run_of_verbs() -> None:
    # "cones", "bibs", "nets", "balls" may each be read as a verb in the third person;
    # before "for" they are things, not a run of verbs over an object
    assert activity_name("Cones, bibs, nets and balls for training") == \
        "Cones, bibs, nets and balls"
    assert activity_name("Schedules, runs and closes the meetings") == \
        "Schedule, run and close the meetings"


@pytest.mark.parametrize(("text", "name"), [
    # what the duty is about ("of ..."), where and when it is done ("at ...", "before ...")
    # past the seventh word: the name keeps them, up to twelve words
    ("Hands each new volunteer a copy of the lone working procedure.",
     "Hand each new volunteer a copy of the lone working procedure"),
    ("Meets the visiting team captains at the side gate before the warm-up.",
     "Meet the visiting team captains at the side gate before the warm-up"),
    # where inside a record ("in the daily log book") still goes
    ("Records the fridge temperatures of the kitchen in the daily log book.",
     "Record the fridge temperatures of the kitchen"),
    # a name holding a clause ("how volunteers are coping") is cut as before
    ("Report trends of how volunteers are coping on the night shift",
     "Report trends of how volunteers are coping"),
    # nor is a contrast with another act ("instead of rewriting them") kept
    ("Reuse the parts of this toolkit instead of rewriting them",
     "Reuse the parts of this toolkit"),
    # a title after its first word names a thing, not a duty done with the sponsors
    ("Audit Entry and Audit Exit review meetings with all sponsors",
     "Audit Entry and Audit Exit review meetings"),
], ids=["object's complement", "place and occasion", "place inside", "clause", "contrast",
        "title"])
def test_a_name_keeps_what_and_when_up_to_twelve_words(text: str, name: str) -> None:
    assert activity_name(text) == name
