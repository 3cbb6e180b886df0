"""Render the main window with the sample project to docs/screenshot.png.

Run from the repository root: ``python scripts/screenshot.py``. It uses a
throwaway user folder, so your own settings and sample project are untouched.
It runs on the offscreen platform unless DISPLAY is set (for example under
``xvfb-run``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    """Render and save the screenshot."""
    home = tempfile.mkdtemp(prefix="raci-shot-")
    os.environ["RACI_PLANNER_HOME"] = home
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from ui.app import make_app
    from ui.main_window import MainWindow

    app = make_app([sys.argv[0]])
    window = MainWindow(QSettings(str(Path(home) / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1400, 860)
    window.files.open_sample()
    assert window.model is not None and window.service is not None
    # Show a live problem: a second owner on one row, so the findings panel has an error.
    state = window.service.state()
    act = next(a for a in state.activities if a.name == "Feature prioritisation")
    tpm = next(r for r in state.roles if r.code == "TPM")
    window.model.set_cells({(act.id, tpm.id): frozenset({"A", "R"})}, "Demo")
    window.show()
    app.processEvents()
    out = ROOT / "docs" / "screenshot.png"
    window.grab().save(str(out))
    window.close()
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
