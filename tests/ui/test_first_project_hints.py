"""A first project: what the views say before anyone is in the team."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPalette

from tests.ui.test_matrix_view import _contrast, palette_shown
from ui.main_window import MainWindow


def test_by_person_says_nobody_is_in_the_team_under_the_roles_columns(
        qtbot: Any, main_window: MainWindow, tmp_path: Path) -> None:
    # A project with roles and activities but nobody in it, as a template gives.
    assert main_window.files.new_project(tmp_path / "launch.raci", "__empty__", "Launch")
    main_window.structure.add_role("Product Owner")
    main_window.structure.add_activity("Write the roadmap")
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.tabs.setCurrentWidget(main_window.person_view)
    hint = main_window.hints[1]
    model = main_window.person_model
    assert model.rowCount() and model.columnCount()  # the roles' '(nobody)' columns
    assert "Nobody is in the team yet" in hint.label.text()
    assert hint.label.isVisibleTo(main_window)
    last_row = main_window.person_view.visualRect(model.index(model.rowCount() - 1, 0))
    assert hint.label.geometry().top() > last_row.bottom()  # under the rows, not over them
    service = main_window.service
    assert service is not None
    service.add_person("Ann Lee", roles=[service.state().roles[0].id])
    assert not hint.label.isVisibleTo(main_window)
    main_window.hide()


@pytest.mark.parametrize("dark", [False, True])
def test_the_empty_views_hints_can_be_read(qtbot: Any, main_window: MainWindow,
                                           tmp_path: Path, dark: bool) -> None:
    """The line an empty view shows (what to add, and how) was drawn as disabled text: light
    grey on white (1.9:1), hard to read where a first-time user most needs it, and a screen
    reader took it for an unavailable control. It is a grey that reads at 4.5:1 or more, in
    the light and the dark palette, and is not disabled."""
    with palette_shown(dark=dark):
        assert main_window.files.new_project(tmp_path / "first.raci", "__empty__", "First")
        main_window.show()
        qtbot.waitExposed(main_window)
        said = [hint for hint in main_window.hints if hint.label.text()]
        assert len(said) >= 2  # (the matrix's and By person's at least: none, none checked)
        for hint in said:
            label = hint.label
            assert label.isEnabled()
            back = hint.view.viewport().palette().color(QPalette.ColorRole.Base)
            shown = label.palette().color(label.foregroundRole())  # what it is drawn in
            assert _contrast(shown, back) >= 4.5, (label.text()[:20], shown.name(), back.name())
            # still a hint: lighter than the view's own text
            text = hint.view.viewport().palette().color(QPalette.ColorRole.Text)
            assert _contrast(shown, back) < _contrast(text, back)
        main_window.hide()
