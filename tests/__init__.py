"""RACI Planner tests."""
