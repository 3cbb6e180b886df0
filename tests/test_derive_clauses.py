"""Policies and procedures: numbered sections and clauses, and a subject with several
predicates, each with its own modal. Every text here is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.documents import read_document
from raci.derive.draft import derive
from raci.derive.extract import _modal_predicates


def _cells(path: Path) -> dict[tuple[str, str], str]:
    template = derive([path]).to_template("t", "t")
    names = {r.code: r.name for r in template.roles}
    return {(names[c], a.name): letters for a in template.activities
            for c, letters in a.letters.items()}


POLICY = (
    "Key Handling Policy\n\n"
    "3. Roles\n\n"
    "3.1 The Site Warden shall issue keys to approved staff and shall audit the key "
    "register every month.\n"
    "3.2 The Facilities Officer shall replace lost locks, shall be consulted on new key "
    "types, and shall be informed of every lost key.\n"
)


def test_numbered_sections_are_headings_and_clauses_lose_their_numbers(
        tmp_path: Path) -> None:
    path = tmp_path / "keys.txt"
    path.write_text(POLICY, encoding="utf-8")
    blocks = [(b.kind, b.text) for b in read_document(path).blocks]
    assert ("heading", "Roles") in blocks
    assert any(kind == "para" and text.startswith("The Site Warden shall issue")
               for kind, text in blocks)


def test_each_predicate_with_its_own_modal_is_a_duty(tmp_path: Path) -> None:
    path = tmp_path / "keys.txt"
    path.write_text(POLICY, encoding="utf-8")
    cells = _cells(path)
    assert cells[("Site Warden", "Issue keys to approved staff")] == "A/R"
    assert cells[("Site Warden", "Key register audit")] == "A/R"
    assert cells[("Facilities Officer", "Replace lost locks")] == "A/R"
    assert cells[("Facilities Officer", "New key types")] == "C"
    assert cells[("Facilities Officer", "Lost key")] == "I"


def test_numbered_clauses_in_markdown(tmp_path: Path) -> None:
    path = tmp_path / "keys.md"
    path.write_text("# Key handling\n\n## 3. Roles\n\n"
                    "3.1 The Site Warden shall issue keys to approved staff.\n",
                    encoding="utf-8")
    assert _cells(path) == {("Site Warden", "Issue keys to approved staff"): "A/R"}


def test_a_numbered_list_of_duties_stays_a_list(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("Site Warden duties:\n1. Issue keys\n2. Audit the key register\n",
                    encoding="utf-8")
    kinds = [b.kind for b in read_document(path).blocks]
    assert kinds.count("item") == 2


def test_modal_predicates_split_only_on_a_repeated_modal() -> None:
    assert _modal_predicates("The Site Warden shall issue keys and shall audit the "
                             "register.") == ["The Site Warden shall issue keys.",
                                              "The Site Warden shall audit the register."]
    # one modal over two verbs is one predicate, left to the clause reader
    assert _modal_predicates("The Site Warden shall issue and revoke keys.") == [
        "The Site Warden shall issue and revoke keys."]
    # no role as the subject: nothing to repeat
    assert _modal_predicates("Keys shall be returned and shall be logged.") == [
        "Keys shall be returned and shall be logged."]
