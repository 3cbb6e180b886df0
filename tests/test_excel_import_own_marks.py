"""Cells written in a workbook's own marks (its own letters, symbols, changes under review,
footnote marks) are read as the RACI letters they stand for."""

from __future__ import annotations

from pathlib import Path

from raci.excel.importer import read_workbook
from tests.test_excel_import_shapes import grid, write


def test_own_letters_whose_legend_names_the_raci_letter_of_each(tmp_path: Path) -> None:
    # a German chart with its own letters: P plans (R), G approves (A), B advises (C),
    # K takes note (I); the legend in one cell, one meaning with a comma in it
    legend = ("Legende:  G = genehmigt (RACI: A)   P = plant und erstellt (RACI: R)   "
              "B = hilft mit, wird angehört (RACI: C)   K = Kenntnisnahme (RACI: I)")
    rows = [
        ["Aufgabendiagramm Umbau Lager"],
        [legend],
        [],
        ["Nr.", "Aufgabe", "Geschäftsleitung", "Bauleitung", "Lagerchef", "Einkauf"],
        ["1", "Bedarf erheben", "K", "B", "G/P", None],
        ["2", "Offerten einholen", "G", "P", "B", "P"],
        ["3", "Auftrag vergeben", "G", "B", None, "P"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {
        "Bedarf erheben": {"Geschäftsleitung": "I", "Bauleitung": "C", "Lagerchef": "AR"},
        "Offerten einholen": {"Geschäftsleitung": "A", "Bauleitung": "R", "Lagerchef": "C",
                              "Einkauf": "R"},
        "Auftrag vergeben": {"Geschäftsleitung": "A", "Bauleitung": "C", "Einkauf": "R"},
    }


def test_a_letter_of_a_built_in_scheme_the_legend_gives_another_raci_letter(
        tmp_path: Path) -> None:
    # D is DACI's driver elsewhere; this legend says its D is the RACI R
    rows = [
        ["Task", "Board", "Lead", "Staff"],
        ["Budget", "E", "D", "M"],
        ["Rollout", "I", "E", "D"],
        [],
        ["E = decides (corresponds to A)"],
        ["D = does it (corresponds to R)"],
        ["M = helps (corresponds to C)"],
        ["I = is told (corresponds to I)"],
    ]
    plan = read_workbook(write(tmp_path, rows))
    assert grid(plan) == {"Budget": {"Board": "A", "Lead": "R", "Staff": "C"},
                          "Rollout": {"Board": "I", "Lead": "A", "Staff": "R"}}
    assert plan.scheme == "RACI"
