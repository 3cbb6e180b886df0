"""RACI Planner core: everything about a responsibility matrix that needs no screen.

Nothing in this package imports Qt; the desktop app in ``ui/`` and the ``raci``
command line are both thin layers over :mod:`raci.service`.
"""

__version__ = "0.1.0"
