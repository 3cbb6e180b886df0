"""Time from File > Quit to the end of the process, on the display the environment names.

    python benchmarks/quit.py [--runs 5] [--copy] [PROJECT.raci]

Each run starts the app in its own process on PROJECT (the sample project
without one), shows the window, optionally copies a cell (the app then owns
the clipboard), triggers File > Quit and prints the time from the trigger to
the process's end, measured with the system-wide monotonic clock. Run it under
a real X display (``DISPLAY=:1``, Xvfb) or ``QT_QPA_PLATFORM=offscreen``.
Prints the runs and their median in ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOWN_MS, QUIT_MS = 700, 1500


def child(project: str | None, copy: bool) -> int:
    """Run the app; copy a cell once shown, then quit; print when Quit was triggered."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer

    from ui.app import make_app
    from ui.main_window import start_window

    app = make_app([sys.argv[0]])
    window = start_window([project] if project else [], sample=project is None)
    window.show()

    def copy_cell() -> None:
        if copy and window.model is not None:
            window.view.setCurrentIndex(window.model.index(1, 1))
            window.commands["copy"].trigger()

    def quit_app() -> None:
        print(f"quit {time.monotonic():.6f}", file=sys.stderr, flush=True)
        window.commands["quit"].trigger()

    QTimer.singleShot(SHOWN_MS, copy_cell)
    QTimer.singleShot(QUIT_MS, quit_app)
    return app.exec()


def measure(project: str | None, copy: bool) -> float:
    """Seconds from the Quit trigger to the end of one app process."""
    args = [sys.executable, __file__, "--child", *(["--copy"] if copy else []),
            *([project] if project else [])]
    proc = subprocess.run(args, capture_output=True, text=True, check=True, cwd=ROOT)
    ended = time.monotonic()
    triggered = next(float(line.split()[1]) for line in proc.stderr.splitlines()
                     if line.startswith("quit "))
    return ended - triggered


def main() -> int:
    """Measure several runs and print them with their median."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", nargs="?")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copy", action="store_true", help="copy a cell before quitting")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.project, args.copy)
    runs = [measure(args.project, args.copy) * 1000 for _ in range(args.runs)]
    platform = os.environ.get("QT_QPA_PLATFORM") or f"X display {os.environ.get('DISPLAY')}"
    print(f"{platform}, copy={args.copy}: " + ", ".join(f"{r:.0f}" for r in runs)
          + f" ms; median {statistics.median(runs):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
