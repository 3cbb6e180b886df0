"""The one undo command: it applies a core operation and, on undo, the inverse the service returned.

Every edit in the app is an operation from :mod:`raci.operations`. A command
is applied once before it is pushed (``push_command``), so an edit the service
refuses never lands on the undo stack; Qt's first ``redo`` after the push is
then skipped. Changes that already happened as one recorded transaction
(applying a template, importing into the open project) enter the stack with
:func:`recorded_command`.

An undo or redo the service refuses (somebody else changed the same cell since)
changes nothing: the command reports the reason, marks itself obsolete and
Qt drops it from the stack.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from raci.errors import RaciError
from raci.operations import Operation
from raci.service import ProjectService


def _weakly(callback: Callable[[str], None] | None
            ) -> Callable[[], Callable[[str], None] | None]:
    """A way back to callback that does not keep its object alive.

    The stack owns its commands; a command holding a model's (or a window's) method
    would hold the model, which holds the stack: a cycle through objects Qt owns, which
    only Python's cycle collector frees, at a moment Qt does not choose (a crash there
    deletes the stack's commands twice). A method is held weakly: once its object is
    gone there is nobody left to tell. A plain function is held as it is.
    """
    if callback is None:
        return lambda: None
    if hasattr(callback, "__self__") and hasattr(callback, "__func__"):
        return weakref.WeakMethod(callback)
    return lambda: callback


class OperationCommand(QUndoCommand):
    """Apply an operation through the service; undo applies its inverse."""

    def __init__(self, service: ProjectService, op: Operation | None, text: str,
                 inverse: Operation | None = None,
                 on_error: Callable[[str], None] | None = None) -> None:
        super().__init__(text)
        self.service = service
        self.forward = op
        self.inverse = inverse
        self._on_error = _weakly(on_error)
        self._skip_redo = inverse is not None

    def apply(self) -> None:
        """Carry out the change now (may raise RaciError); push afterwards."""
        assert self.forward is not None
        self.inverse = self.service.apply(self.forward)
        self._skip_redo = True

    def redo(self) -> None:
        """Override QUndoCommand.redo."""
        if self._skip_redo:
            self._skip_redo = False
            return
        assert self.forward is not None
        try:
            self.inverse = self.service.apply(self.forward)
        except RaciError as exc:
            self._refused(exc)

    def undo(self) -> None:
        """Override QUndoCommand.undo."""
        assert self.inverse is not None
        try:
            self.forward = self.service.apply(self.inverse)
        except RaciError as exc:
            self._refused(exc)

    def _refused(self, exc: RaciError) -> None:
        self.setObsolete(True)
        on_error = self._on_error()
        if on_error is not None:
            on_error(f"Cannot {self.actionText().lower() or 'undo'}: {exc}")


def push_command(stack: QUndoStack, command: OperationCommand) -> None:
    """Apply a command, then put it on the stack (nothing is pushed if it fails)."""
    command.apply()
    stack.push(command)


def push_operation(stack: QUndoStack, service: ProjectService, op: Operation, text: str,
                   on_error: Callable[[str], None] | None = None) -> OperationCommand:
    """Apply an operation and push it as one undo step (nothing is pushed if it fails)."""
    command = OperationCommand(service, op, text, on_error=on_error)
    push_command(stack, command)
    return command


def recorded_command(service: ProjectService, inverse: Operation, text: str,
                     on_error: Callable[[str], None] | None = None) -> OperationCommand:
    """A command for a change already made, given the inverse its transaction recorded."""
    return OperationCommand(service, None, text, inverse, on_error)


def retarget(stack: QUndoStack, service: ProjectService) -> None:
    """Apply the stack's steps to service from now on: the same project, written to another
    file (File > Save As keeps its ids, so every step and its inverse still fit it)."""
    for i in range(stack.count()):
        command = stack.command(i)
        if isinstance(command, OperationCommand):
            command.service = service
