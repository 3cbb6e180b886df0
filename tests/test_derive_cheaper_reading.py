"""Readings of a document made cheaper without changing what they find: each shorter path
is held to the plain one on many texts written in the shapes the readers meet."""

from __future__ import annotations

import random

from raci.derive.actors import VOCABULARY, actor_name, may_name_vocabulary, singular
from raci.derive.aliases import Alias, AliasFinder, _pattern
from raci.derive.extract import ADDRESSED_TO, ADDRESSED_TO_PIECES, _holds, _names_people
from raci.derive.roles import PERSON_DASH, ROLE_DASH, ROLE_DASH_GIVEN, _holds_spaced_dash

ROLE_WORDS = ["Release", "Manager", "Managers", "manager's", "Site", "Lead", "leads", "QA",
              "Kavotel", "Rimun", "Coordinator", "Coordinators", "Unit", "Board", "Boards",
              "CAB", "CABs", "cab", "Editor", "es", "s", "the", "The", "Chief", "12", "7"]
OTHER_WORDS = ["reviews", "approves", "the", "monthly", "budget", "for", "site", "and",
               "with", "R&D", "co-lead", "e-mail", "_", "x", "3rd"]
GAPS = [" ", " ", " ", ", ", ". ", "'s ", "s ", "es ", "-", "\n", "\t", "  ", "", "/", "'"]


def _sentence(rng: random.Random, words: list[str]) -> str:
    return "".join(rng.choice(words) + rng.choice(GAPS)
                   for _ in range(rng.randint(0, 24))).rstrip()


def test_an_ascii_text_gives_the_spans_of_the_one_regex() -> None:
    # the words and their places split apart at once (an ASCII text), as found word by
    # word; crowded first words narrowed by the next word, possessives, plurals, case
    rng = random.Random(32)
    found = 0
    for _ in range(300):
        names = {" ".join(rng.choices(ROLE_WORDS, k=rng.randint(1, 3)))
                 for _ in range(rng.randint(1, 14))}
        aliases = [Alias(n, rng.random() < 0.3) for n in sorted(names, key=lambda n: -len(n))]
        finder = AliasFinder(aliases)
        whole = _pattern(aliases)
        for _ in range(20):
            text = _sentence(rng, ROLE_WORDS + OTHER_WORDS)
            expected = [m.span() for m in whole.finditer(text)]
            assert finder.spans(text) == expected, (names, text)
            found += len(expected)
    assert found > 2000  # (the texts name the roles often, next to each other too)


def test_a_long_text_finds_every_role_it_names() -> None:
    # a page of 2,000 sentences naming roles that share their first word, as a long
    # document's text is read at once
    names = [f"Kavotel {n} Coordinator" for n in range(30)] + ["Kavotel Lead", "QA"]
    aliases = [Alias(n, n.isupper()) for n in sorted(names, key=lambda n: -len(n))]
    rng = random.Random(7)
    text = " ".join(f"The {rng.choice(names)} reviews the budget for site {n}."
                    for n in range(2000))
    spans = AliasFinder(aliases).spans(text)
    assert spans == [m.span() for m in _pattern(aliases).finditer(text)]
    assert len(spans) == 2000


ADDRESSED_WORDS = ["this", "This", "the", "handbook", "Guide", "page", "document", "SOP",
                   "rota", "briefing", "is", "written", "for", "For", "the", "new",
                   "Duty", "Manager", "these", "rules", "apply", "applies", "to", "every",
                   "user", "as", "As", "a", "our", "Steward", "you", "You", "you'll",
                   "are", "seller", ".", ",", "pack", "section", "checklist", "runbook",
                   "manual", "procedure", "playbook", "instructions", "steps", "handbooks"]


def test_every_page_addressed_to_a_reader_holds_a_piece_it_is_asked_by() -> None:
    # a block is scanned for whom the page is written only when it holds one of the
    # pieces: every match holds one (in lower case)
    rng = random.Random(12)
    matched = 0
    for _ in range(20000):
        text = " ".join(rng.choices(ADDRESSED_WORDS, k=rng.randint(2, 14)))
        if ADDRESSED_TO.search(text):
            matched += 1
            assert _holds(text, *ADDRESSED_TO_PIECES), text
    assert matched > 500


def test_the_pages_written_for_a_reader_pass_and_duties_do_not() -> None:
    for text in ("This handbook is written for the Duty Manager.",
                 "These rules apply to every volunteer steward",
                 "As the Site Steward, you open the gates",
                 "You are the seller (the exporter).", "THE SOP IS FOR ALL PORTERS",
                 *(f"The {page} is for the Duty Manager" for page in (
                     "handbook", "guide", "page", "document", "runbook", "checklist", "manual",
                     "procedure", "playbook", "pack", "section", "sop", "rota", "brief",
                     "briefing"))):
        assert ADDRESSED_TO.search(text) and _holds(text, *ADDRESSED_TO_PIECES), text
    assert not _holds("Review the weekly budget for site 17", *ADDRESSED_TO_PIECES)
    assert _holds("Prüfe die Liste", *ADDRESSED_TO_PIECES)  # (outside ASCII: always asked)


WHO_WORDS = ["Sam", "Patel", "Jo", "Kim", "Head", "Baker", "Ifeoma", "Lab", "Manager",
             "Dr", "Kofi", "Asante", "of", "Tech", "Lead", "**", "- ", "* ", "## ", "(PI)",
             "Owns", "the", "recipes", ".", ","]
DASHES = [" - ", " – ", " — ", "\t-\t", " -\t", "\t– ", "-", "–", "—", " -", "- ", "  —  "]


def test_every_line_of_who_holds_what_each_is_read_by() -> None:
    # a document is scanned for who's-who lines ("Jo Kim - Tech Lead", "Lab Manager – Dr
    # Kofi Asante", "Head Baker – Ifeoma. Owns ...") only when it holds a dash between
    # spaces or tabs: every match of the three patterns holds one
    rng = random.Random(5)
    matched = 0
    for _ in range(20000):
        lines = []
        for _ in range(rng.randint(1, 3)):
            before = " ".join(rng.choices(WHO_WORDS, k=rng.randint(1, 4)))
            after = " ".join(rng.choices(WHO_WORDS, k=rng.randint(1, 4)))
            lines.append(before + rng.choice(DASHES) + after)
        text = "\n".join(lines)
        hits = [p.search(text) for p in (PERSON_DASH, ROLE_DASH, ROLE_DASH_GIVEN)]
        if any(hits):
            matched += 1
            assert _holds_spaced_dash(text), text
    assert matched > 1000
    assert not _holds_spaced_dash("Review the e-mail list\n- Audit the budget -weekly")
    assert _holds_spaced_dash("Jo Kim\t–\tTech Lead")


# Words of the shapes a name takes in actor_name: role words singular and plural (in
# capitals too), titles "of" and "in charge", "Responsible for", departments, acronyms,
# numbering and brackets, words no role ends in
NAME_WORDS = ["Manager", "managers", "MANAGERS", "Deputies", "deputy", "Groundsmen", "nurse",
              "Nurse", "in", "Charge", "on", "call", "Head", "of", "Finance", "Officer",
              "Responsible", "for", "Fire", "Safety", "Procurement", "CAB", "QA", "the",
              "Senior", "Key", "Custodian", "Stakeholders", "Front", "House", "Hands",
              "Cellar", "Hand", "deck", "hand", "invoices", "records", "budget", "site",
              "354", "monthly", "Kavotel", "vendors", "Supplier's", "coaches", "Churchwarden",
              "Linesmen", "Spokesperson", "physics", "Mechanics", "team", "Team", "Office",
              "Faculty", "Research", "staff", "captains", "and", "or", "&", "new", "starters",
              "Engineer", "Watch", "Pilot", "Command", "chair", "Chairs", "Board", "analyst"]
NAME_GAPS = [" ", " ", " ", ", ", ". ", "'s ", "s ", "-", " (", ") ", ": ", "’s ", "/"]


def test_a_phrase_said_to_name_no_vocabulary_word_names_none() -> None:
    # ``may_name_vocabulary`` answers False only where actor_name's name (if any) ends in
    # no word of the vocabulary, made singular: the question _names_people asks
    rng = random.Random(12)
    skipped = named = 0
    for _ in range(30_000):
        lead = rng.choice(["", "", "", "1. ", "(b) ", "Step 2: ", "a) ", "- ", "the "])
        phrase = lead + "".join(rng.choice(NAME_WORDS) + rng.choice(NAME_GAPS)
                                for _ in range(rng.randint(1, 7))).rstrip()
        name = actor_name(phrase)
        people = name is not None and singular(name.split()[-1]).lower() in VOCABULARY
        if not may_name_vocabulary(phrase):
            assert not people, (phrase, name)
            skipped += 1
        named += people
    assert skipped > 3_000 and named > 1_000  # (both answers met many times)


def test_a_phrase_of_people_is_read_and_one_of_things_is_not() -> None:
    for phrase in ("data scientists", "the Nurses in Charge", "Secretaries", "SITE MANAGERS",
                   "the Head of Finance", "1. Site Managers (two)"):
        assert may_name_vocabulary(phrase), phrase
    assert _names_people("data scientists")
    for phrase in ("the monthly invoices for site 354", "the annual audit records"):
        assert not may_name_vocabulary(phrase), phrase
        assert not _names_people(phrase)
    assert may_name_vocabulary("the Ärzte")  # (outside ASCII: always read)
