"""Errors a user can meet: each one says what happened, to what, and what to do."""


class RaciError(Exception):
    """A problem with user input or a user file, safe to show as one line."""


class LetterError(RaciError):
    """A cell value holds a letter the project's scheme does not know."""


class ProjectFileError(RaciError):
    """A project file cannot be opened: missing, not a project, too new or corrupt."""


class NotFoundError(RaciError):
    """A named role, person, activity or phase does not exist in the project."""


class ConflictError(RaciError):
    """A change would break a rule of the project, such as two roles with one name."""

