"""One window measurement in its own process: ours (the main window) or a bare QTableView.

    python benchmarks/window.py ours PROJECT.raci
    python benchmarks/window.py bare PROJECT.raci

Both open the same window size on the offscreen platform, paint, then time key
presses (a letter typed into a cell, repainted) and page scrolls. Prints one
JSON line: seconds to the first paint, medians in ms, and peak RSS in MB.
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

START = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

WIDTH, HEIGHT = 1280, 800
PRESSES, SCROLLS = 40, 20


class BareModel(QAbstractTableModel):
    """The least a table of letters needs: a dict of cells, editable."""

    def __init__(self, rows: int, cols: int, cells: dict[tuple[int, int], str]) -> None:
        super().__init__()
        self.rows, self.cols, self.cells = rows, cols, cells

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.cols

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.cells.get((index.row(), index.column()), "")
        return None

    def flags(self, index: Any) -> Qt.ItemFlag:
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: Any, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        self.cells[(index.row(), index.column())] = str(value)
        self.dataChanged.emit(index, index)
        return True


class BareView(QTableView):
    """A letter key sets the current cell, as in the real matrix."""

    def keyPressEvent(self, event: Any) -> None:
        text = event.text().upper()
        if text in ("A", "R", "C", "I"):
            self.model().setData(self.currentIndex(), text)
            return
        super().keyPressEvent(event)


def bare(path: Path) -> QTableView:
    conn = sqlite3.connect(path)
    acts = {a: i for i, (a,) in enumerate(conn.execute("SELECT id FROM activity ORDER BY id"))}
    roles = {r: i for i, (r,) in enumerate(conn.execute("SELECT id FROM role ORDER BY id"))}
    cells = {(acts[a], roles[r]): letters for a, r, letters in
             conn.execute("SELECT activity_id, role_id, letters FROM assignment")}
    conn.close()
    view = BareView()
    view.setModel(BareModel(len(acts), len(roles), cells))
    view.resize(WIDTH, HEIGHT)
    view.show()
    return view


def ours(path: Path, settings_path: Path) -> Any:
    from ui.main_window import MainWindow

    window = MainWindow(QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.files.open_path(path, background=True)
    app = QApplication.instance()
    while window.model is None:  # the file is read on a worker thread
        app.processEvents()
        time.sleep(0.002)
    return window


def main() -> None:
    mode, path = sys.argv[1], Path(sys.argv[2])
    app = QApplication([])
    settings = path.with_suffix(".bench.ini")
    top = bare(path) if mode == "bare" else ours(path, settings)
    view = top if mode == "bare" else top.view
    app.processEvents()
    view.viewport().repaint()
    to_paint = time.perf_counter() - START
    model = view.model()
    first = next(r for r in range(model.rowCount()) if model.flags(model.index(r, 0))
                 & Qt.ItemFlag.ItemIsEditable)
    presses = []
    for i in range(PRESSES):
        view.setCurrentIndex(model.index(first + (i % 5), 3))
        t = time.perf_counter()
        QTest.keyClick(view, "CI"[i % 2])
        app.processEvents()
        view.viewport().repaint()
        presses.append(time.perf_counter() - t)
    scrolls = []
    bar = view.verticalScrollBar()
    for i in range(SCROLLS):
        t = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep() if i % 2 == 0 else bar.value() - bar.pageStep())
        app.processEvents()
        view.viewport().repaint()
        scrolls.append(time.perf_counter() - t)
    findings_ms = None
    if mode == "ours":
        t = time.perf_counter()
        top.findings._shown = None  # noqa: SLF001 - redraw as if the findings had changed
        top.findings.refresh()
        findings_ms = (time.perf_counter() - t) * 1000
        top.close_project()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "to_paint_s": to_paint,
        "key_ms": statistics.median(presses) * 1000,
        "scroll_ms": statistics.median(scrolls) * 1000,
        "findings_ms": findings_ms,
        "rss_mb": rss,
        "width": top.width(),
    }))
    settings.unlink(missing_ok=True)
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 can crash while collecting at exit


if __name__ == "__main__":
    main()
