"""More ways of consulting and telling, read as the plain forms are. Every text here is
written for the test.
"""

from __future__ import annotations

from pathlib import Path

from raci.derive.draft import derive
from tests.helpers import derived_cells

_OTHERS = "\n\nThe Trustees set the fees. The Examiner checks the books.\n"


def _cells(tmp_path: Path, name: str, line: str) -> dict[tuple[str, str], str]:
    path = tmp_path / f"{name}.md"
    path.write_text(f"# Club duties\n\n{line}{_OTHERS}", encoding="utf-8")
    return derived_cells(derive([path]))


def test_views_sought_before_an_act_make_a_consulting_on_the_act(tmp_path: Path) -> None:
    """"seeks the views of X" (or "X's views", "advice from X") before an act:
    X is consulted on the act, and no row of its own is made of the seeking."""
    lines = {"opening": "Before renewing the lease, the Treasurer seeks the views of the "
                        "Trustees.",
             "before": "The Treasurer seeks the Trustees' views before renewing the lease.",
             "advice": "The Treasurer takes advice from the Trustees before renewing the "
                       "lease."}
    for name, line in lines.items():
        cells = _cells(tmp_path, name, line)
        rows = [a for r, a in cells if r == "Treasurer"]
        assert len(rows) == 1 and rows[0].startswith("Renew the lease"), name
        assert cells[("Treasurer", rows[0])] == "A/R", name
        assert cells[("Trustee", rows[0])] == "C", name


def test_advice_taken_or_asked_for_is_a_consulting(tmp_path: Path) -> None:
    """"takes advice from X", "asks X for advice": X is consulted."""
    cells = _cells(tmp_path, "takes",
                   "The Treasurer takes advice from the Examiner on the grant claims.")
    rows = [a for r, a in cells if r == "Treasurer"]
    assert len(rows) == 1
    assert cells[("Examiner", rows[0])] == "C"
    cells = _cells(tmp_path, "asks",
                   "The Treasurer asks the Examiner for advice on the grant claims.")
    rows = [a for r, a in cells if r == "Treasurer"]
    assert len(rows) == 1
    assert cells[("Examiner", rows[0])] == "C"


def test_a_passive_with_input_from_a_party_consults_it(tmp_path: Path) -> None:
    """"is drafted by X with input from Y": Y consulted, as in the active."""
    cells = _cells(tmp_path, "passive",
                   "The fixture list is drafted by the Secretary with input from the "
                   "Examiner.")
    assert cells[("Secretary", "Draft the fixture list")] == "A/R"
    assert cells[("Examiner", "Draft the fixture list")] == "C"


def test_a_reason_after_a_telling_keeps_the_telling(tmp_path: Path) -> None:
    """"and copies the X, because ...": the reason is no part of the duty, and X is still
    told (before, the reason after the comma lost X's letter)."""
    cells = _cells(tmp_path, "because",
                   "The Secretary files the claim and copies the Examiner, because the "
                   "bank asks for it.")
    assert cells[("Secretary", "File the claim")] == "A/R"
    assert cells[("Examiner", "File the claim")] == "I"


def test_a_copy_left_with_a_party_tells_it(tmp_path: Path) -> None:
    """"leaves a copy with the X": X holds the copy, told (before: consulted, as "works
    with the X")."""
    cells = _cells(tmp_path, "copy",
                   "The Secretary leaves a copy with the Examiner before each audit.")
    rows = [a for r, a in cells if r == "Secretary"]
    assert len(rows) == 1
    assert cells[("Examiner", rows[0])] == "I"


def test_an_opening_of_how_often_opens_no_clause(tmp_path: Path) -> None:
    """"Once a month the X reviews ... with the Y, and signs off ...": "Once a month" is
    how often, not "once" opening a clause (before, the sentence gave no row at all)."""
    cells = _cells(tmp_path, "often",
                   "Once a month the Secretary checks the ledger with the Examiner, and "
                   "signs off the bank reconciliation.")
    rows = [a for r, a in cells if r == "Secretary"]
    checking = next(a for a in rows if a.startswith("Check the ledger"))
    assert cells[("Examiner", checking)] == "C"
    assert any(a.startswith("Sign off the bank reconciliation") for a in rows)


def test_a_passive_telling_with_its_teller_reads_as_the_active(tmp_path: Path) -> None:
    """"X must be told by Y of Z": Y tells X of Z, the row named with what is told (before,
    the row lost "of Z")."""
    cells = _cells(tmp_path, "told",
                   "The Examiner must be told by the Secretary of any cheque returned "
                   "unpaid.")
    name = "Tell the Examiner of any cheque returned unpaid"
    assert cells[("Secretary", name)] == "A/R"
    assert cells[("Examiner", name)] == "I"
