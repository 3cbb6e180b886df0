"""Letter schemes and forgiving, exact cell parsing."""

from __future__ import annotations

import pytest

from raci.errors import LetterError
from raci.schemes import SCHEMES, convert_letters, get_scheme

RACI = SCHEMES["RACI"]


@pytest.mark.parametrize("text", ["A/R", "R/A", "RA", "a, r", " A / R ", "r;a", "R (A)", "ar"])
def test_forgiving_spellings_give_the_same_set_in_canonical_order(text: str) -> None:
    letters = RACI.parse(text)
    assert letters == {"A", "R"}
    assert RACI.format(letters) == "A/R"


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_text_is_the_empty_set(text: str | None) -> None:
    assert RACI.parse(text) == frozenset()
    assert RACI.format(frozenset()) == ""


def test_unknown_letter_is_named_with_the_allowed_ones() -> None:
    with pytest.raises(LetterError) as err:
        RACI.parse("R/X")
    message = str(err.value)
    assert "X" in message
    assert "A, R, C, I" in message


def test_every_scheme_names_owner_and_doer_among_its_letters() -> None:
    assert set(SCHEMES) == {"RACI", "RASCI", "RACI-VS", "CAIRO", "DACI"}
    for scheme in SCHEMES.values():
        assert scheme.owner in scheme.codes
        assert scheme.doer in scheme.codes
        assert len(set(scheme.codes)) == len(scheme.codes)


def test_scheme_specific_letters() -> None:
    assert SCHEMES["RASCI"].parse("s") == {"S"}
    assert SCHEMES["RACI-VS"].format(SCHEMES["RACI-VS"].parse("S,V,R")) == "R/V/S"
    assert SCHEMES["CAIRO"].parse("O") == {"O"}
    daci = SCHEMES["DACI"]
    assert (daci.owner, daci.doer) == ("A", "D")
    assert daci.format(daci.parse("d/a")) == "A/D"
    with pytest.raises(LetterError):
        daci.parse("R")
    with pytest.raises(LetterError):
        RACI.parse("S")


def test_get_scheme_is_case_insensitive_and_rejects_unknown() -> None:
    assert get_scheme("rasci").id == "RASCI"
    with pytest.raises(LetterError, match="RACI, RASCI"):
        get_scheme("RAPID")


def test_convert_maps_owner_and_doer_and_refuses_lost_letters() -> None:
    daci, rasci = SCHEMES["DACI"], SCHEMES["RASCI"]
    assert convert_letters(frozenset({"A", "R"}), RACI, daci) == {"A", "D"}
    assert convert_letters(frozenset({"C", "I"}), RACI, daci) == {"C", "I"}
    assert convert_letters(frozenset({"S"}), rasci, RACI) is None


def test_a_cell_is_coloured_by_the_first_letter_it_shows() -> None:
    """RACI-VS shows a cell with both new letters as "V/S" (verifies, then signs off), yet
    coloured it yellow, the colour of S, shown second: in the matrix, the letter picker's
    cell and the workbook, the colour and the text disagreed. For every built-in scheme and
    every combination of its letters, the colour is that of the first letter shown."""
    from itertools import combinations

    from raci.palette import LETTER_FILLS, fill_for

    for scheme in SCHEMES.values():
        for size in (2, 3):
            for letters in combinations(scheme.codes, size):
                shown = scheme.format(letters)
                first = shown.split("/")[0]
                assert fill_for(set(letters)) == LETTER_FILLS.get(first), (scheme.id, shown)
    vs = SCHEMES["RACI-VS"]
    assert vs.format(vs.parse("s, v")) == "V/S"
    assert fill_for(vs.parse("S/V")) == LETTER_FILLS["V"]
