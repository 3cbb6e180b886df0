"""A first project: what the views say before anyone is in the team."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
