"""The ``re`` module, with patterns compiled when first used.

The reading modules hold about a thousand patterns, compiled at module level. Python's
``re`` compiles in Python, and keeps nothing from one process to the next: compiling them
all took some 0.3 s of every ``raci derive`` command, though most documents ask only a
few hundred of them (a document of role prose, about 200 of some 930). A module reading
``from raci.derive import lazy_re as re`` writes its patterns as before
(``NAME = re.compile(...)``), and each is compiled the first time it is used.

How a pattern stays as fast as a compiled one once compiled: :func:`compile` notes the
globals of the module that calls it (the module that names the pattern). On first use
the pattern is compiled with the very source and flags given, and every global of that
module naming the stand-in is set to the compiled pattern itself, so the module's own
code then calls ``re.Pattern`` methods directly, with no stand-in between. A stand-in
held elsewhere (imported by another module, in a tuple, in a wrapper) keeps working: it
holds the compiled pattern's methods and attributes from then on, one attribute look-up
more a call.

The answers are those of ``re.compile(source, flags)`` by construction (the stand-in
hands every call to that compiled pattern); ``tests/test_derive_lazy_re.py`` compares
stand-ins and compiled patterns on every pattern of the reading modules, and compiles
every one of them (:func:`compile_all`, also those held in a tuple rather than named), so a
pattern that does not compile fails the tests, not a user's run.

Everything else (``re.sub``, ``re.IGNORECASE``, ``re.Match`` ...) is ``re``'s own.
"""

from __future__ import annotations

import re
import sys
from re import (
    DOTALL,
    IGNORECASE,
    MULTILINE,
    I,
    Match,
    Pattern,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    search,
    split,
    sub,
)
from typing import Any, cast

__all__ = ["DOTALL", "IGNORECASE", "MULTILINE", "I", "Match", "Pattern", "compile",
           "compile_all", "escape", "findall", "finditer", "fullmatch", "match", "now",
           "search", "split", "sub"]

# What a stand-in copies from its compiled pattern once compiled (every public method and
# attribute of ``re.Pattern``)
_COPIED = ("match", "search", "fullmatch", "sub", "subn", "split", "findall", "finditer",
           "scanner", "flags", "groups", "groupindex")


class _Later:
    """A pattern compiled when first used (see the module's docstring). Its source is
    known at once as ``pattern``, as other patterns are often built from it."""

    __slots__ = ("_flags", "_named", "compiled", "findall", "finditer", "flags", "fullmatch",
                 "groupindex", "groups", "match", "pattern", "scanner", "search", "split",
                 "sub", "subn")

    def __init__(self, source: str, flags: int, named: bool) -> None:
        self.pattern = source
        self._flags = flags
        self._named = named  # made at a module's top level: its names are to be set

    def __getattr__(self, name: str) -> Any:
        # Asked only for an attribute not yet set: before the first use, or one that
        # ``re.Pattern`` has and ``_COPIED`` leaves out.
        return getattr(self.now(), name)

    def now(self) -> re.Pattern[str]:
        """The compiled pattern, compiled now if not yet."""
        try:
            return cast("re.Pattern[str]", object.__getattribute__(self, "compiled"))
        except AttributeError:
            return self._compile()

    def _compile(self) -> re.Pattern[str]:
        compiled = re.compile(self.pattern, self._flags)
        for name in _COPIED:
            setattr(self, name, getattr(compiled, name))
        self.compiled = compiled
        if self._named:
            # every name for it in a module naming patterns (the one that made it, and one
            # that imported it from there), to the compiled pattern
            self._named = False
            for owner in _OWNERS.values():
                for name in _names_in(owner).get(id(self), ()):
                    if owner.get(name) is self:
                        owner[name] = compiled
        return compiled

    def __repr__(self) -> str:
        return f"re.compile({self.pattern!r}) (when first used)"


# The globals of every module that made a stand-in at its top level, by their id
_OWNERS: dict[int, dict[str, Any]] = {}
# Per module (by its globals' id): the size its globals had, and the names of each
# stand-in among them by the stand-in's id. Built once a module has its patterns, not
# once a pattern: a module names some 400 of them among a thousand other names. A module
# whose globals grew since (a pattern used while the module is still being read) is
# indexed again; a name is set only where it still holds the stand-in.
_INDEX: dict[int, tuple[int, dict[int, list[str]]]] = {}


def _names_in(owner: dict[str, Any]) -> dict[int, list[str]]:
    """The names of each stand-in among the globals ``owner``, by the stand-in's id."""
    known = _INDEX.get(id(owner))
    if known is not None and known[0] == len(owner):
        return known[1]
    names: dict[int, list[str]] = {}
    for name, value in owner.items():
        if type(value) is _Later:
            names.setdefault(id(value), []).append(name)
    _INDEX[id(owner)] = (len(owner), names)
    return names


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 (re's own name)
    """``re.compile(pattern, flags)``, compiled when first used when asked at a module's
    top level; asked within a function (a pattern made for one document's names), at
    once, as ``re.compile`` does. Typed as the compiled pattern it stands for: every
    method and attribute of one answers as that pattern's would (an ``isinstance`` test
    against ``re.Pattern`` is the one thing that tells it apart, and the reading modules
    make none)."""
    caller = sys._getframe(1)
    if caller.f_code.co_name != "<module>":
        return re.compile(pattern, flags)
    _OWNERS.setdefault(id(caller.f_globals), caller.f_globals)
    later = _Later(pattern, int(flags), True)
    _MADE.append((str(caller.f_globals.get("__name__", "")), later))
    return cast("re.Pattern[str]", later)


# Every stand-in made, with the name of the module that made it (also those held in a
# tuple or a dict rather than named), for compile_all
_MADE: list[tuple[str, _Later]] = []


def compile_all(prefix: str) -> int:
    """Compile now every stand-in made by a module whose name starts with ``prefix``, so
    that a pattern that does not compile fails a test rather than a user's run, wherever
    the pattern is held; the number compiled. Raises ``re.error`` naming the module."""
    for module, later in _MADE:
        if module.startswith(prefix):
            try:
                later.now()
            except re.error as exc:
                raise re.error(f"{module}: {exc}", later.pattern) from exc
    return sum(1 for module, _ in _MADE if module.startswith(prefix))


def now(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The compiled pattern itself, compiled now if not yet: for a wrapper that keeps a
    pattern to call it often (no stand-in between)."""
    held: object = pattern  # (typed as the pattern it stands for, see compile)
    return held.now() if isinstance(held, _Later) else pattern
