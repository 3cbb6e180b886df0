"""Patterns behind the words they cannot match without, found from the patterns themselves.

Most patterns of the extractor are tried on every sentence and match almost none: a
sentence without "such as", "including" or "like" holds no enumeration, whatever the
rest of the pattern says. Python's engine finds that out by trying the pattern at every
place of the text (a microsecond or more a sentence, for each of about a hundred
patterns), unless the pattern starts with a fixed string it can skip to.

:func:`required_pieces` reads a compiled pattern's parse tree and returns pieces of text
one of which every match holds (the literal words of a sequence, one per alternative of
a choice, what a repeat of at least one holds, what a lookaround needs); :class:`Gated`
asks a text for them with substring tests and runs the pattern only where one is
present, so it gives exactly the pattern's answers. :func:`gate_patterns` puts every
compiled pattern of a module's namespace behind its pieces, where they are words a
sentence rarely holds; a pattern with no such pieces (or added later without any) stays
as it is and is always run. ``tests/test_derive_gates.py`` holds each gated pattern of
the extractor to the pattern itself on generated sentences and checks that each piece
is necessary.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from typing import Any

# Python's own reader of patterns (what ``re.compile`` parses with; no typed stubs)
sre: Any = importlib.import_module("re._constants")
sre_parse: Any = importlib.import_module("re._parser")

# A choice of more pieces than this is not worth asking for one by one.
MAX_PIECES = 8
# Pieces shorter than this (white space aside) are in too many sentences to gate on,
# unless they are punctuation (a comma, a colon, a bracket are in few).
MIN_WORD = 3
# Pieces so common in prose that a gate on them would rarely spare the pattern.
COMMON = frozenset({"the", "and", "ing", "ion", "ent", "for", "tion", "ed ", "es ", "to "})

_Set = tuple[str, ...] | None  # pieces one of which every match holds; None: none known


def _score(pieces: tuple[str, ...]) -> int:
    """How selective a choice of pieces is: the least worth of its pieces (0: useless)."""
    worst = 99
    for piece in pieces:
        core = piece.strip()
        if not core:
            return 0
        if core.isascii() and any(c.isalnum() for c in core):
            worth = 0 if core.lower() in COMMON or len(core) < MIN_WORD else len(core)
        else:
            worth = MIN_WORD  # punctuation, or a letter outside ASCII
        worst = min(worst, worth)
    return worst


def _best(sets: list[tuple[str, ...]]) -> _Set:
    """The most selective of several choices each of which every match holds."""
    usable = [s for s in sets if s]
    if not usable:
        return None
    return max(usable, key=lambda s: (_score(s), -len(s), sum(len(p) for p in s)))


def _sequence(items: Any, fold: bool) -> tuple[_Set, bool]:
    """Pieces of a sequence of parsed items, and whether any of them ignores case."""
    sets: list[tuple[str, ...]] = []
    folded = False
    run: list[str] = []

    def close() -> None:
        if run:
            sets.append(("".join(run),))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            folded = folded or fold
            continue
        if op is sre.BRANCH and run and len(av[1]) <= MAX_PIECES:
            # ("rota|roster" is read as "ro" then "ta" or "ster"): the string before a
            # choice joined to each alternative's own first letters
            sets.append(tuple(dict.fromkeys("".join(run) + _head(alternative)
                                            for alternative in av[1])))
        close()
        found, inner_fold = _item(op, av, fold)
        if found:
            sets.append(found)
            folded = folded or inner_fold
    close()
    best = _best(sets)
    return best, folded and best is not None


def _head(items: Any) -> str:
    """The letters a sequence of parsed items starts with ("" if none)."""
    head = []
    for op, av in items:
        if op is not sre.LITERAL:
            break
        head.append(chr(av))
    return "".join(head)


def _item(op: Any, av: Any, fold: bool) -> tuple[_Set, bool]:
    """Pieces one of which every match of one parsed item holds."""
    if op is sre.SUBPATTERN:
        _group, add, remove, body = av
        inner = (fold or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _sequence(body, inner)
    if op is sre.BRANCH:
        union: list[str] = []
        folded = False
        for alternative in av[1]:
            found, inner_fold = _sequence(alternative, fold)
            if not found:
                return None, False
            union.extend(found)
            folded = folded or inner_fold
        pieces = tuple(dict.fromkeys(union))
        return (pieces, folded) if len(pieces) <= MAX_PIECES else (None, False)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _most, body = av
        return _sequence(body, fold) if least >= 1 else (None, False)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av, fold)
    if op is sre.ASSERT:  # a lookahead or lookbehind looks at the same text
        return _sequence(av[1], fold)
    if op is sre.IN and av and all(o is sre.LITERAL for o, _v in av):
        pieces = tuple(dict.fromkeys(chr(v) for _o, v in av))
        return (pieces, fold) if len(pieces) <= MAX_PIECES else (None, False)
    return None, False


def _quick_start(items: Any, fold: bool, multiline: bool) -> bool:
    """Whether the engine rejects a text quickly by itself: a pattern anchored at the
    start of the text is tried there only, and one that starts with a letter or string
    minding case is tried only where that string stands."""
    while items:
        op, av = items[0]
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            items = av[3]
            continue
        if op is sre.AT:
            return av is sre.AT_BEGINNING_STRING or (av is sre.AT_BEGINNING and not multiline)
        return op is sre.LITERAL and not fold
    return False


def required_pieces(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], bool] | None:
    """Pieces of text one of which every match of ``pattern`` holds, and whether they are
    to be looked for ignoring case (then in lower case, for an ASCII text); None when no
    such pieces are found, or none worth asking for."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.LOCALE | re.VERBOSE):
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError):  # (never, for a compiled pattern)
        return None
    fold = bool(parsed.state.flags & re.IGNORECASE)
    if _quick_start(parsed.data, fold, bool(parsed.state.flags & re.MULTILINE)):
        return None
    found, folded = _sequence(parsed.data, fold)
    if found is None or _score(found) == 0:
        return None
    if folded:
        # (ignoring case, a letter outside ASCII may match one inside it: "K", the kelvin
        # sign, matches "k"; such a piece says nothing of an ASCII text)
        if not all(p.isascii() for p in found):
            return None
        found = tuple(dict.fromkeys(p.lower() for p in found))
    return found, folded


class _Gate:
    """A compiled pattern behind the pieces every match of it holds (see below)."""

    __slots__ = ("fold", "homes", "pattern_object", "pieces")

    def __init__(self, pattern: re.Pattern[str], pieces: tuple[str, ...] = (),
                 fold: bool = False) -> None:
        self.pattern_object = pattern
        self.pieces = pieces
        self.fold = fold
        self.homes: list[tuple[dict[str, Any], str]] = []  # the names it stands under

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern_object, name)  # pattern, flags, groups, groupindex

    def __eq__(self, other: object) -> bool:
        """Equal to its pattern (``match.re == PATTERN``: a match's ``re`` is the
        pattern itself, never its gate, so it is compared by equality, not identity)."""
        if isinstance(other, _Gate):
            other = other.pattern_object
        return bool(self.pattern_object == other)

    def __hash__(self) -> int:
        return hash(self.pattern_object)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.pattern_object!r}, {self.pieces!r})"


class Gated(_Gate):
    """A compiled pattern run only on texts that hold one of its required pieces: the
    same answers as the pattern, found at once (by substring tests) where no match can
    be. ``match`` and ``fullmatch`` try one place only, as quickly as a gate would, so
    they run the pattern as it is; every other attribute is the pattern's own."""

    __slots__ = ()

    def absent(self, text: str) -> bool:
        """Whether ``text`` holds none of the pieces (so the pattern cannot match it)."""
        if self.fold:
            if not text.isascii():
                return False
            text = text.lower()
        for piece in self.pieces:  # noqa: SIM110 (a loop: twice as quick as all())
            if piece in text:
                return False
        return True

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        """``pattern.search``."""
        return None if self.absent(text) else self.pattern_object.search(text, *args)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        """``pattern.match``."""
        return self.pattern_object.match(text, *args)

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        """``pattern.fullmatch``."""
        return self.pattern_object.fullmatch(text, *args)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0
            ) -> str:
        """``pattern.sub``: the text as it is where nothing can match."""
        return text if self.absent(text) else self.pattern_object.sub(repl, text, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0
             ) -> tuple[str, int]:
        """``pattern.subn``."""
        return (text, 0) if self.absent(text) else \
            self.pattern_object.subn(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        """``pattern.split``."""
        return [text] if self.absent(text) else self.pattern_object.split(text, maxsplit)

    def findall(self, text: str, *args: int) -> list[Any]:
        """``pattern.findall``."""
        return [] if self.absent(text) else self.pattern_object.findall(text, *args)

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        """``pattern.finditer``."""
        return iter(()) if self.absent(text) else self.pattern_object.finditer(text, *args)


class _Ungated(_Gate):
    """A pattern without pieces worth asking for, still reached through a name bound
    before that was known: every call the pattern's own."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern_object, name)


class _Unread(_Gate):
    """A pattern not yet read for its pieces: read at its first use (most patterns of a
    run are never used, and reading one costs a tenth of a millisecond), then a
    :class:`Gated` or, without pieces, the pattern itself again under its name."""

    __slots__ = ()

    def _read(self) -> _Gate:
        found = required_pieces(self.pattern_object)
        if found is None:
            self.__class__ = _Ungated  # type: ignore[assignment]
            for namespace, name in self.homes:
                if namespace.get(name) is self:
                    namespace[name] = self.pattern_object
        else:
            self.pieces, self.fold = found
            self.__class__ = Gated  # type: ignore[assignment]
        return self

    def __getattr__(self, name: str) -> Any:
        return getattr(self._read(), name)


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind its required pieces, or as it is where it has none worth
    asking for (typed as the pattern: a :class:`Gated` answers as it does)."""
    found = required_pieces(pattern)
    if found is None:
        return pattern
    return Gated(pattern, *found)  # type: ignore[return-value]


def gate_patterns(namespace: dict[str, Any]) -> None:
    """Every compiled pattern among a module's names put behind its required pieces
    (called at the end of the module, after the patterns built from others). A pattern
    anchored at the start of the text (its source opens with "^") is left as it is:
    the engine tries it at one place only. The others are read at their first use; one
    found to have no pieces goes back under every name it was given here."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str) and \
                not value.pattern.startswith(("^", "\\A")):
            value = namespace[name] = _Unread(value)
        if isinstance(value, _Unread):  # (its own, or imported from a module before)
            value.homes.append((namespace, name))
