"""What a duty's name keeps after its object: how often and by when it is done stay.
Every text here is written for the test."""

from __future__ import annotations

import pytest

from raci.derive.extract import activity_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # how often
        ("checks the boiler pressure every Tuesday", "Check the boiler pressure every Tuesday"),
        ("walks the car park, every evening", "Walk the car park every evening"),
        # by when
        ("answers each complaint within ten working days",
         "Answer each complaint within ten working days"),
        ("waters the hanging baskets the same day", "Water the hanging baskets the same day"),
        # a noun of the action keeps its time after it
        ("audits the float tin every month", "Float tin audit every month"),
    ],
    ids=["weekday", "comma before the time", "working days", "same day", "noun of the action"])
def test_how_often_and_by_when_stay_in_the_name(text: str, name: str) -> None:
    assert activity_names(text) == [name]


def test_a_verb_alone_keeps_no_time_and_gives_no_duty() -> None:
    assert activity_names("replies within a week") == []


def test_a_long_name_lets_its_time_go_first() -> None:
    # past nine words the time goes before what the duty is about is cut
    assert activity_names(
        "collects the spare keys from the porters lodge beside the north gate every Friday"
    ) == ["Collect the spare keys"]


def test_a_time_cut_from_what_it_counts_from_goes_whole() -> None:
    # "two weeks" without the "before ..." it counts from says no time
    assert activity_names("sends the minutes to the Chair two weeks") == [
        "Send the minutes to the Chair"]


def test_by_when_is_kept_and_a_passive_s_doer_is_not() -> None:
    assert activity_names("confirms the stall plan by Friday") == [
        "Confirm the stall plan by Friday"]
    assert activity_names("orders the flyers by the end of the month") == [
        "Order the flyers by the end of the month"]
    # "by" before a party says who does it, no part of the name
    assert activity_names("signs the cheques raised by the Treasurer") == ["Sign the cheques"]
