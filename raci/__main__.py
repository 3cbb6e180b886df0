"""``python -m raci`` runs the command line."""

import sys

from raci.cli import main

sys.exit(main())
