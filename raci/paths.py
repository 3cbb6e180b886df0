"""Where RACI Planner keeps user files, from platformdirs (overridable for tests).

Set ``RACI_PLANNER_HOME`` to keep everything under one folder instead of the
platform's user data directory.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "RACI Planner"
APP_AUTHOR = "RACI Planner"


def user_data_dir() -> Path:
    """The folder for the user's templates and the sample project."""
    override = os.environ.get("RACI_PLANNER_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_templates_dir() -> Path:
    """The user's template folder (created on demand by callers that write)."""
    return user_data_dir() / "templates"


def sample_project_path() -> Path:
    """Where the first-run sample project lives."""
    return user_data_dir() / "Sample project.raci"


def builtin_templates_dir() -> Path:
    """The built-in templates: ``templates/`` in a source checkout, package data when installed."""
    checkout = Path(__file__).resolve().parent.parent / "templates"
    if any(checkout.glob("*.toml")):
        return checkout
    return Path(__file__).resolve().parent / "builtin_templates"
