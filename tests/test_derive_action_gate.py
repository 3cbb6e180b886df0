"""Meeting actions ("ACTION: QA Lead to prepare the plan") are looked for only in a text
that may hold one (``actors.may_be_action``): every match of the pattern passes the gate."""

from __future__ import annotations

import random

from raci.derive.actors import ACTION_ITEM, action_item, may_be_action

WORDS = ["QA", "Lead", "Kiln", "Technician", "to", "To", "TO", "tomorrow", "onto", "toward",
         "prepare", "check", "the", "glaze", "log", "by", "Friday", "Action:", "ACTIONS -",
         "todo:", "To-do —", "Action items:", "/", "Clerk", "and", "will", "action",
         "Todo", "stock", "ıt", "Ärztin", "\t", "\u00a0", "\x1c", "-", ":", "photo", "TOAST"]


def test_every_match_passes_the_gate() -> None:
    rng = random.Random(4)
    matched = 0
    for _ in range(20000):
        text = rng.choice(["", " ", "\t"]) + " ".join(rng.choices(WORDS, k=rng.randint(1, 9)))
        if ACTION_ITEM.match(text):
            matched += 1
            assert may_be_action(text), text
    assert matched > 500  # (the sentences reach the pattern's every branch)


def test_the_gate_and_the_action() -> None:
    assert not may_be_action("Schedule the annual kiln inspection")
    assert not may_be_action("The Kiln Technician stocks the glaze store")
    assert may_be_action("Kiln Technician to check the glaze log by Friday")
    assert may_be_action("  todo: Kiln Technician - restock the glaze")
    assert may_be_action("Kıln Technician prepares the log")  # (not ASCII: always asked)
    assert action_item("Schedule the annual kiln inspection") is None
    found = action_item("ACTION: Kiln Technician to check the glaze log by Friday")
    assert found is not None and found[0] == "Kiln Technician"
