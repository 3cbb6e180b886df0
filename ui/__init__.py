"""RACI Planner desktop app: Qt views and commands over the ``raci`` core."""
