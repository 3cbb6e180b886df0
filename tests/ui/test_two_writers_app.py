"""A scripted two-writer session: the app in its own process (offscreen) and the CLI on one file.

The app opens the project, the CLI is refused while the app holds it, the app
makes edits and is killed with SIGKILL; every edit it acknowledged is in the
file, and the CLI can write again (the dead app's lock marker is stale).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from raci.cli import main as raci
from raci.service import ProjectService

APP = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from ui.main_window import MainWindow

    app = QApplication([])
    window = MainWindow(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    assert window.files.open_path(Path(sys.argv[1]), background=False)
    print("open", flush=True)
    sys.stdin.readline()                      # the test runs the CLI meanwhile
    model = window.model
    for i, act in enumerate(model.state.activities):
        assert model.set_cells({(act.id, model.state.roles[0].id): frozenset("CI"[i % 2])},
                               "Edit cell")
    print("edited", flush=True)
    time.sleep(60)                            # killed here
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_app_and_cli_on_one_file_then_the_app_is_killed(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    path = tmp_path / "team.raci"
    service = ProjectService.create(path, "Team")
    role = service.add_role("Lead", "L")
    acts = [service.add_activity(f"Step {i}") for i in range(4)]
    service.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    app = subprocess.Popen([sys.executable, "-c", APP, str(path), str(tmp_path / "s.ini")],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert app.stdout is not None and app.stdin is not None
        assert app.stdout.readline().strip() == "open"
        # While the app holds the project, the CLI refuses to write, naming the holder.
        assert raci(["assign", str(path), "Step 0", "L", "A"]) == 2
        assert "RACI Planner" in capsys.readouterr().err
        app.stdin.write("go\n")
        app.stdin.flush()
        assert app.stdout.readline().strip() == "edited"
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
    after = ProjectService.open(path)
    try:
        assert [after.state().cell_text(a, role) for a in acts] == ["C", "I", "C", "I"]
    finally:
        after.close()
    # The killed app's marker is stale: the CLI writes again without --force.
    assert raci(["assign", str(path), "Step 0", "L", "A"]) == 0
