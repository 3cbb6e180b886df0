"""Find role aliases in text in one pass over its words.

A catalog's aliases were found with one regular expression, ``\\b(?:A1|A2|...)\\b``
(case-insensitive, longest alias first, each with its plural endings). Python's
regex engine tries every alternative at every word, so a document naming
thousands of roles cost thousands of tries per word. :class:`AliasFinder` gives
the same matches: it looks up each word of the text in an index of the aliases'
first words (after the same case folding the regex uses) and tries only the
aliases starting with that word, in the regex's order.

The index is exact for every alias that starts with a word character and holds
none of the few characters whose case-insensitive match crosses between word and
non-word characters; a set of aliases with such an alias falls back to the single
regular expression.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

from raci.derive import lazy_re as re

# Characters whose case-insensitive matches in Python's ``re`` are not those of
# ``upper().lower()`` (checked against the regex engine over every code point).
_FOLD_FIXES = {"\u0130": "i", "\u1fd3": "\u0390", "\u1fe3": "\u03b0", "\ufb05": "\ufb06"}
# U+0345 (a combining mark) matches the letter iota case-insensitively: a word character
# matching a non-word one, which the word index cannot follow.
_CROSSING = frozenset("\u0345\u0399\u03b9\u1fbe")
_WORD = re.compile(r"\w+")
_WORD_AND_GAP = re.compile(r"(\w+)")  # (split: the gaps and, between them, the words)


def _fold_char(char: str) -> str:
    fixed = _FOLD_FIXES.get(char)
    if fixed:
        return fixed
    upper = char.upper()
    if len(upper) == 1:
        lower = upper.lower()
        if len(lower) == 1:
            return lower
    lower = char.lower()
    return lower if len(lower) == 1 else char


def fold(text: str) -> str:
    """Text with every character replaced by one of the characters it matches under
    ``re.IGNORECASE`` (so two texts that match each other fold to the same)."""
    return text.lower() if text.isascii() else "".join(_fold_char(c) for c in text)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _boundary(text: str, at: int) -> bool:
    before = at > 0 and _is_word(text[at - 1])
    after = at < len(text) and _is_word(text[at])
    return before != after


@dataclass(frozen=True)
class Alias:
    """One alternative of the alias regex: ``case_sensitive`` ones ("CAB") match only as
    written and take ``'s`` or ``s``; the others any case and ``s``, ``es`` or ``'s``."""

    text: str
    case_sensitive: bool

    def regex(self) -> str:
        """This alternative as the one regular expression writes it."""
        if self.case_sensitive:
            return rf"(?-i:{re.escape(self.text)})(?:'?s)?"
        return rf"{re.escape(self.text)}(?:s|es|'s)?"


def _pattern(aliases: list[Alias]) -> re.Pattern[str]:
    joined = "|".join(a.regex() for a in aliases) or r"(?!x)x"
    return re.compile(rf"\b(?:{joined})\b", re.IGNORECASE)


CROWDED = 8  # aliases sharing a first word beyond which they are looked up by their text


class _Prefixes:
    """The aliases of one crowded first word, for :meth:`AliasFinder._prefixed`: by their
    folded text (``by_text``, each list in the order they are tried), and the lengths those
    have (a folded text is as long as its text)."""

    def __init__(self, aliases: list[tuple[int, str]]) -> None:
        self.by_text: dict[str, list[int]] = {}
        for i, folded in aliases:
            self.by_text.setdefault(folded, []).append(i)
        self.lengths = sorted({len(folded) for folded in self.by_text})
        self.longest = max(self.lengths, default=0)


class AliasFinder:
    """Spans of ``aliases`` (in the order they are tried) in a text, left to right and
    not overlapping: what ``_pattern(aliases).finditer`` gives, found word by word."""

    def __init__(self, aliases: list[Alias]) -> None:
        self.aliases = aliases
        self._lowered = [a.text.lower() for a in aliases]
        self._regex: dict[int, re.Pattern[str]] = {}
        self._whole: re.Pattern[str] | None = None
        self._index: dict[str, list[int]] | None = {}
        # a crowded first word ("Unit 1 Coordinator", "Unit 2 Coordinator", ...) -> its
        # aliases by their folded text
        self._prefixes: dict[str, _Prefixes] = {}
        for i, alias in enumerate(aliases):
            first = _WORD.match(alias.text)
            if first is None or _CROSSING.intersection(alias.text):
                self._index = None  # only the one regular expression finds this alias
                break
            head = fold(first.group(0))
            heads = [head]
            if first.end() == len(alias.text):  # "PMs", "Editors": the ending is in the word
                heads += [head + "s", head + "es"]
            for h in heads:
                self._index.setdefault(h, []).append(i)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every alias found in text, in order."""
        if self._index is None:
            if self._whole is None:
                self._whole = _pattern(self.aliases)
            return [m.span() for m in self._whole.finditer(text)]
        index = self._index
        if text.isascii():
            # (whose words fold to their lower case, at the same places)
            return self._ascii_spans(text, text.lower(), index)
        out: list[tuple[int, int]] = []
        done = 0
        for word in _WORD.finditer(text):
            start = word.start()
            if start < done:
                continue
            head = fold(word.group(0))
            tries = index.get(head)
            if not tries:
                continue
            if len(tries) > CROWDED:
                tries = self._prefixed(head, text, start)
            end = self._first_end(text, start, tries)
            if end:
                out.append((start, end))
                done = end
        return out

    def _ascii_spans(self, text: str, folded: str, index: dict[str, list[int]]
                     ) -> list[tuple[int, int]]:
        """:meth:`spans` of an ASCII text, ``folded`` its lower case (whose words are the
        text's words folded, at the same places). Its words and the gaps between them are
        split apart at once, and the place of each word is the length of all before it: a
        word no alias starts with is passed over without a step of Python of its own (a
        document of 170,000 words, every sentence naming a role, is read about four
        times as fast as word by word)."""
        out: list[tuple[int, int]] = []
        parts = _WORD_AND_GAP.split(folded)  # gap, word, gap, word, ..., gap
        words = parts[1::2]
        if index.keys().isdisjoint(words):
            return out  # (most sentences hold no word an alias starts with)
        starts = list(accumulate(map(len, parts)))  # word k starts at starts[2 * k]
        done = 0
        for k in [k for k, word in enumerate(words) if word in index]:
            start = starts[2 * k]
            if start < done:
                continue
            head = words[k]
            tries = index[head]
            if len(tries) > CROWDED:
                tries = self._prefixed(head, text, start)
            end = self._first_end(text, start, tries)
            if end:
                out.append((start, end))
                done = end
        return out

    def _first_end(self, text: str, start: int, tries: list[int]) -> int:
        """Where the first of the aliases ``tries`` that matches at ``start`` ends, or 0."""
        for i in tries:
            end = self._end(text, start, i)
            if end:
                return end
        return 0

    def _prefixed(self, head: str, text: str, start: int) -> list[int]:
        """The aliases of a crowded first word ``head`` that can match at ``start``, in the
        order they are tried (a superset of the matches: ``_end`` checks each).

        An alias matches only where the text, from ``start`` on, matches its text character
        by character (as written, or ignoring case), so where the text folds to the alias's
        folded text (:func:`fold`: two texts that match fold to the same). Only the aliases
        whose folded text is the text's there are tried, looked up by it: one look-up per
        length the head's aliases have. Thousands of people sharing a first name and the
        word after it ("Dana O'Brien", "Dana O'Hara", ...) were each tried at every mention
        of any of them."""
        prefixes = self._prefixes.get(head)
        if prefixes is None:
            prefixes = self._prefixes[head] = _Prefixes(
                [(i, fold(self.aliases[i].text)) for i in (self._index or {}).get(head, [])])
        window = text[start:start + prefixes.longest]
        folded = window.lower() if window.isascii() else fold(window)
        by_text = prefixes.by_text
        found: list[int] = []
        for n in prefixes.lengths:
            same = by_text.get(folded[:n])
            if same:
                found += same
        return sorted(found)

    def _end(self, text: str, start: int, i: int) -> int:
        """Where alias ``i`` tried at ``start`` (a word's start) ends the match, or 0."""
        alias = self.aliases[i]
        n = len(alias.text)
        window = text[start:start + n + 3]
        if not (window.isascii() and alias.text.isascii()):
            regex = self._regex.get(i)
            if regex is None:
                regex = self._regex[i] = re.compile(rf"(?:{alias.regex()})\b", re.IGNORECASE)
            m = regex.match(text, start)
            return m.end() if m else 0
        if len(window) < n:
            return 0
        if alias.case_sensitive:
            if window[:n] != alias.text:
                return 0
            endings: tuple[str, ...] = ("'s", "s", "")
        else:
            if window[:n].lower() != self._lowered[i]:
                return 0
            endings = ("s", "es", "'s", "")
        for ending in endings:
            if ending and window[n:n + len(ending)].lower() != ending:
                continue
            end = start + n + len(ending)
            if _boundary(text, end):
                return end
        return 0
