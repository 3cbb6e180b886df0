"""``python -m raci`` runs the command line."""

from raci.cli import run

run()
