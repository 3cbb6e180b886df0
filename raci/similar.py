"""Near-equal names found without comparing every pair.

Merging a draft's activities asks, for each new name, which earlier name is
near-equal to it (a fuzzy score of at least 90 on the words in sorted order);
checking a project for near-duplicate names asks the same of names as written.
Comparing each name with every earlier one is quadratic: a document with ten
thousand distinct duties made fifty million comparisons. :class:`NearNames`
keeps an index of the names' character trigrams and returns only the earlier
names that *can* reach the score; the caller still scores those, so the answer
is the same.

Why the index misses nothing: two strings of lengths ``a`` and ``b`` with a
longest common subsequence ``L`` share at least ``(a - 2) - 3 (a - L) - 2 (b - L)``
trigrams (each character of the first string left out of the subsequence breaks at
most three of its trigrams, each character of the second string put between two of
its characters at most two). A score of 90 needs ``L >= 0.45 (a + b)``. So for the
fewest shared trigrams ``t`` any reachable length allows, a near-equal earlier name
holds one of the new name's trigrams other than its ``t - 1`` most common ones; the
names holding those rarer trigrams are the candidates. Short names, for which ``t``
is zero, are compared with every earlier name of a reachable length.

Names the index cannot narrow (thousands sharing most of their words) are scored only
against earlier names holding enough of the same characters: a common subsequence is
never longer than the characters two strings hold in common, counted with repeats, and
that count for a block of names against all earlier ones is one matrix product
(:func:`shared_characters`). :func:`first_near` first takes a product of fewer columns
whose result is never below that count (:func:`common_bound`), and counts the characters
of the few pairs it leaves one by one.
"""

from __future__ import annotations

import bisect
import math
import os
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import repeat
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

if TYPE_CHECKING:
    import numpy as np

Q = 3


def one_blas_thread() -> None:
    """One thread for the matrix products of :func:`shared_characters`, unless the user
    chose otherwise (``OPENBLAS_NUM_THREADS`` set already). Each product is a slice of 256
    names against the names before it: a second thread adds more processor time to the
    products than it could save in wall time on two cores (``docs/performance.md``).
    OpenBLAS reads the setting once, when numpy is first imported, which happens only for
    thousands of alike names; so the command line and the app call this at their start."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def sorted_tokens(name: str) -> str:
    """The string a sorted-token score compares: the words in sorted order."""
    return " ".join(sorted(name.split()))


@lru_cache(maxsize=1024)  # a function of two numbers, asked once per name
def _reachable(a: int, score: float) -> tuple[tuple[int, int], ...]:
    """(length, fewest trigrams shared) for every length a string may have and still
    score ``score`` against one of length ``a``."""
    out = []
    for b in range(0, 2 * a + 8):
        # the common subsequence the score needs (a score just under it in exact
        # arithmetic is under it by far more than a float's rounding)
        common = max(math.ceil(score / 200 * (a + b) - 1e-9), 0)
        if common > min(a, b):
            continue
        out.append((b, (a - Q + 1) - Q * (a - common) - (Q - 1) * (b - common)))
    return tuple(out)


class NearNames:
    """Names added in order; :meth:`candidates` gives, in that order, the ones that may
    score at least ``score`` against a name. The score compares the words in sorted
    order (``fuzz.token_sort_ratio``), or as written with ``sort_words=False``
    (``fuzz.ratio``)."""

    def __init__(self, score: float, sort_words: bool = True) -> None:
        self.score = score
        self._prepare = sorted_tokens if sort_words else str
        self._grams: dict[str, list[int]] = {}
        self._by_length: dict[int, list[int]] = {}
        self._texts_by_length: dict[int, list[str]] = {}
        self._lengths: list[int] = []
        self._texts: list[str] = []
        self._count = 0

    def add(self, name: str) -> int:
        """Index a name; returns its number (0, 1, 2, ...)."""
        text = self._prepare(name)
        return self._add(text, [text[i:i + Q] for i in range(len(text) - Q + 1)])

    def _add(self, text: str, grams: list[str]) -> int:
        """``add`` of a name already prepared, with its trigrams in order."""
        number = self._count
        self._count += 1
        self._lengths.append(len(text))
        self._texts.append(text)
        self._by_length.setdefault(len(text), []).append(number)
        self._texts_by_length.setdefault(len(text), []).append(text)
        index = self._grams
        for gram in set(grams):
            posting = index.get(gram)
            if posting is None:
                index[gram] = [number]
            else:
                posting.append(number)
        return number

    def candidates(self, name: str) -> list[int] | None:
        """Numbers of the added names that may reach the score against ``name``,
        ascending; None when the index cannot narrow them to a small part of all."""
        text = self._prepare(name)
        return self._candidates(text, [text[i:i + Q] for i in range(len(text) - Q + 1)])

    def _candidates(self, text: str, grams: list[str]) -> list[int] | None:
        """``candidates`` of a name already prepared, with its trigrams in order."""
        reachable = _reachable(len(text), self.score)
        lengths = {b for b, _shared in reachable}
        least = min((shared for _b, shared in reachable), default=0)
        if least <= 0:
            found = [n for b in lengths for n in self._by_length.get(b, [])]
            return sorted(found) if len(found) * 4 <= self._count + 64 else None
        # leave out the least - 1 most common trigram occurrences: a name scoring high
        # enough shares at least one of the others
        index = self._grams
        sizes = list(map(len, map(index.get, grams, repeat((), len(grams)))))
        sizes.sort(reverse=True)
        if sum(sizes[least - 1:]) * 4 > self._count + 64:
            return None  # the same test as below, before choosing which trigrams
        ordered = sorted(grams, key=lambda g: -len(index.get(g, ())))
        postings = [self._grams.get(gram, []) for gram in ordered[least - 1:]]
        if sum(len(p) for p in postings) * 4 > self._count + 64:
            return None
        found_set: set[int] = set()
        for posting in postings:
            found_set.update(posting)
        return sorted(n for n in found_set if self._lengths[n] in lengths)

    def scoring(self, name: str) -> list[int]:
        """Numbers of the added names whose score against ``name`` reaches the score
        (and a few just below it, for the caller to score exactly), ascending.

        When the index leaves many candidates (names sharing most of their words), all
        names of a reachable length are scored in one call of the fuzzy library each.
        """
        found = self.candidates(name)
        text = self._prepare(name)
        if found is not None:
            return self._narrow(text, found)
        out = []
        for b, _shared in _reachable(len(text), self.score):
            if b in self._by_length:
                numbers = self._by_length[b]
                hits = process.extract(text, self._texts_by_length[b], scorer=fuzz.ratio,
                                       score_cutoff=self.score - 1, limit=None)
                out += [numbers[i] for _text, _score, i in hits]
        return sorted(out)

    def _narrow(self, text: str, found: list[int]) -> list[int]:
        if len(found) <= 16:
            return found
        hits = process.extract(text, [self._texts[n] for n in found], scorer=fuzz.ratio,
                               score_cutoff=self.score - 1, limit=None)
        return sorted(found[i] for _text, _score, i in hits)


BATCH = 256


def earlier_near(names: Sequence[str], score: float, sort_words: bool = True,
                 groups: Sequence[int] | None = None) -> list[list[int]]:
    """For each name, the earlier names (by position) whose score against it reaches
    ``score``, and a few just below it for the caller to score exactly; ascending.

    Names the trigram index narrows are scored against their candidates; the others
    (names sharing most of their words with many earlier ones) are scored against all
    earlier names in blocks, by the fuzzy library's matrix scorer.

    With ``groups`` (one number per name), two names of different groups other than 0
    are never paired, however alike: the caller would not merge them ("Check batch 12"
    and "Check batch 13"), and thousands of such names would otherwise each be paired with
    thousands of others.
    """
    near = NearNames(score, sort_words)
    out: list[list[int]] = []
    wide: list[int] = []
    for i, name in enumerate(names):
        # each name prepared and cut into trigrams once, for its candidates and its entry
        text = near._prepare(name)
        grams = [text[k:k + Q] for k in range(len(text) - Q + 1)]
        found = near._candidates(text, grams)
        if found is None:
            wide.append(i)
            out.append([])
        else:
            if groups is not None and groups[i]:
                found = [n for n in found if groups[n] in (0, groups[i])]
            out.append(near._narrow(text, found))
        near._add(text, grams)
    if wide:
        _score_in_blocks(near, wide, out, groups)
    return out


def _apart(groups: Sequence[int] | None, i: int, n: int) -> bool:
    """Whether names ``i`` and ``n`` are of two groups other than 0 (``earlier_near``)."""
    return groups is not None and groups[i] != groups[n] and bool(groups[i]) and bool(groups[n])


def _score_in_blocks(near: NearNames, wide: list[int], out: list[list[int]],
                     groups: Sequence[int] | None = None) -> None:
    """Score each of ``wide`` against the earlier names of a length that can reach the
    score (the others cannot, see ``_reachable``), and of its group or group 0 (see
    ``earlier_near``).

    Only pairs whose characters in common allow the score are scored (see
    :func:`shared_characters`): a score needs a common subsequence of ``score / 200``
    of both lengths, and no two strings have a longer common subsequence than the
    characters they hold in common, counted with repeats. That count is a product of two
    vectors, so a block of names is counted against all earlier names in one matrix
    product; the few pairs left are scored one by one.
    """
    import numpy as np  # only for documents with thousands of alike names

    texts, lengths = near._texts, near._lengths
    held = shared_characters(texts)
    if held is None:
        _score_all_in_blocks(near, wide, out, groups)
        return
    group = None if groups is None else np.asarray(groups, dtype=np.int64)
    cutoff = near.score - 1
    # a pair scoring at least ``cutoff`` shares at least cutoff / 200 of both lengths;
    # half a point less leaves room for the float rounding of the product
    least = (cutoff - 0.5) / 200
    size = np.asarray(lengths, dtype=np.float32)
    # rows [held, 1, length] against columns [held, -least * length, -least]: the product
    # is the characters held in common less what the score needs, >= 0 for a candidate
    rows = np.hstack([held, np.ones((len(texts), 1), np.float32), size[:, None]])
    columns = np.hstack([held, -least * size[:, None],
                         np.full((len(texts), 1), -least, np.float32)])
    reach: dict[int, set[int]] = {}
    for start in range(0, len(wide), BATCH):
        block = wide[start:start + BATCH]
        first, end = block[0], block[-1]
        if end == 0:
            continue
        room = rows[block] @ columns[:end].T
        # only earlier names: a name of the block has no room against itself or later ones
        later = np.arange(first, end)[None, :] >= np.asarray(block)[:, None]
        room[:, first:][later] = -1
        if group is not None:  # names of two groups other than 0 are never paired
            mine, theirs = group[block][:, None], group[:end][None, :]
            room[(mine != theirs) & (mine != 0) & (theirs != 0)] = -1
        for at in np.flatnonzero(room >= 0).tolist():
            row, j = divmod(at, end)
            i = block[row]
            a = lengths[i]
            if a not in reach:
                reach[a] = {b for b, _shared in _reachable(a, near.score)}
            if lengths[j] in reach[a] and fuzz.ratio(texts[i], texts[j], score_cutoff=cutoff):
                out[i].append(j)


def shared_characters(texts: Sequence[str]) -> np.ndarray | None:
    """One row per text such that the product of two rows is the number of characters
    the two texts hold in common, counted with repeats (the sum over characters of the
    smaller count): the row has a 1 for each character and each count from 1 up to the
    times the text holds it (min(x, y) is the number of k >= 1 with x >= k and y >= k).
    None when the rows would be too wide (many characters, many repeats)."""
    import numpy as np

    if not texts:
        return None
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
    owner = np.repeat(np.arange(len(texts)), [len(t) for t in texts])
    chars, kind = np.unique(codes, return_inverse=True)
    counts = np.bincount(owner * len(chars) + kind.ravel(),
                         minlength=len(texts) * len(chars)).reshape(len(texts), len(chars))
    most = counts.max(axis=0)
    if int(most.sum()) > WIDEST:
        return None
    held = np.zeros((len(texts), int(most.sum())), dtype=np.float32)
    column = 0
    for c, top in enumerate(most.tolist()):
        for k in range(top):
            held[:, column] = counts[:, c] > k
            column += 1
    return held


WIDEST = 1024  # columns of :func:`shared_characters` (a float each per name)


INDEX_TRIAL = 512  # names first_near offers from the index before it may count them all


def first_near(names: Sequence[str], score: float, accept: Callable[[int, int], bool],
               groups: Sequence[int] | None = None) -> list[int | None]:
    """For each name in order, the first earlier *kept* name (the lowest position) whose
    score against it (words in sorted order) reaches ``score - 1`` and which
    ``accept(earlier, name)`` takes, or None: a name for which there is none is kept.
    Every kept name reaching ``score`` is offered to ``accept``; some between ``score - 1``
    and ``score`` may be as well, so ``accept`` holds the score itself (as the merge does).

    This is a merge of alike names into the first of their kind (``merge_claims``): a
    name joins the first kept name it is near and is never itself offered to later names,
    so only kept names are indexed and counted against, and a name's candidates are
    scored in order only up to the first one taken. Every kept name that can reach the
    score is a candidate (the same exact filters as :func:`earlier_near`: the trigram
    index, a reachable length, the characters held in common), so the answer is the one
    :func:`earlier_near` offering every pair would give; with ``groups``, names of two
    groups other than 0 are never offered (``accept`` must refuse them too).
    """
    near = NearNames(score)
    texts = [sorted_tokens(name) for name in names]
    group = list(groups) if groups is not None else [0] * len(texts)
    cutoff = score - 1
    kept_positions: list[int] = []  # the index's numbers -> positions
    kept = bytearray(len(texts))  # 1 for a kept name
    out: list[int | None] = []
    counting: _Counting | None = None
    indexing, wide = True, 0
    for i, text in enumerate(texts):
        # names the index cannot narrow are counted instead; when nearly all of the first
        # few hundred are, the index is not asked (nor kept) any more
        if indexing and i >= INDEX_TRIAL and wide * 10 >= i * 9:
            indexing = False
        grams = [text[k:k + Q] for k in range(len(text) - Q + 1)] if indexing else []
        found = near._candidates(text, grams) if indexing else None
        if found is None:  # (numpy only for documents with thousands of alike names)
            wide += 1
            if counting is None:
                counting = _Counting(texts, near.score, group)
            candidates = counting.candidates(i, kept)
        else:  # (of a reachable length already)
            candidates = [kept_positions[n] for n in found]
        mine = group[i]
        if mine and candidates:
            candidates = [j for j in candidates if group[j] in (0, mine)]
        first = _first_taken(i, texts, candidates, cutoff, accept)
        out.append(first)
        if first is None:
            if indexing:
                near._add(text, grams)
            kept_positions.append(i)
            kept[i] = 1
    return out


def _first_taken(i: int, texts: Sequence[str], candidates: Sequence[int], cutoff: float,
                 accept: Callable[[int, int], bool]) -> int | None:
    """The first of ``candidates`` (ascending) scoring at least ``cutoff`` against name
    ``i`` and taken by ``accept``, scored in growing slices (one call of the fuzzy library
    each) so a name taken early is not scored against all; numpy is imported only for a
    slice of more than eight (most merges never score one)."""
    text = texts[i]
    start, step = 0, 8
    while start < len(candidates):
        part = candidates[start:start + step]
        if len(part) <= 8:
            hits = [j for j in part if fuzz.ratio(text, texts[j], score_cutoff=cutoff)]
        else:
            import numpy as np

            scores = process.cdist([text], [texts[j] for j in part], scorer=fuzz.ratio,
                                   score_cutoff=cutoff, dtype=np.uint8)[0]
            hits = [part[k] for k in np.flatnonzero(scores).tolist()]
        for j in hits:
            if accept(j, i):
                return j
        start += len(part)
        step *= 4
    return None


class _Counting:
    """For :func:`first_near`: the kept names holding enough characters in common with
    a name and of a reachable length, found for a slice of names at a time against the
    names kept before it and the slice itself; every name of a reachable length when the
    characters are too many.

    Two steps, both exact (neither leaves out a pair the score can reach): a bound on the
    characters in common (:func:`common_bound`, a few columns a character, so one matrix
    product of the slice against the earlier names), then, for the few pairs it leaves,
    the characters in common themselves, counted with repeats (the sum over characters of
    the smaller count), which a common subsequence never exceeds."""

    def __init__(self, texts: Sequence[str], score: float, group: Sequence[int]) -> None:
        import numpy as np

        self.texts, self.score = texts, score
        self.lengths = np.asarray([len(t) for t in texts], dtype=np.int64)
        self.group = np.asarray(group, dtype=np.int64)
        # a pair scoring at least ``score - 1`` (the cutoff it is scored at) has a common
        # subsequence, and so characters in common, of (score - 1) / 200 of both lengths;
        # half a point less, as before, so that no rounding can leave one out
        self.least = (score - 1 - 0.5) / 200
        counts = character_counts(texts)
        bound = None if counts is None else common_bound(counts)
        if counts is None or bound is None:
            self.counts = self.rows = self.columns = None
        else:
            most = int(counts.max()) if counts.size else 0
            self.counts = counts.astype(np.int16 if most < 2 ** 15 else np.int32)
            held, floor = bound
            size = self.lengths.astype(np.float32)
            # rows [bound, 1, length] against columns [bound, floor - least * length,
            # -least]: the product is the bound less what the score needs; a pair is left
            # to the count when it is not below zero (less a margin for the float sums)
            self.rows = np.hstack([held, np.ones((len(texts), 1), np.float32),
                                   size[:, None]])
            self.columns = np.hstack([held, (floor - self.least * size)[:, None],
                                      np.full((len(texts), 1), -self.least, np.float32)])
        self.start = self.end = 0
        self.found: list[list[int]] = []  # the candidates of each name from start to end
        self.held: tuple[np.ndarray, np.ndarray] | None = None
        self.too_wide = False  # (the characters in common cannot be counted in a product)
        self.bounding = True  # whether the bound left few pairs of the slice's first tile

    def _exact(self) -> tuple[np.ndarray, np.ndarray] | None:
        """Rows and columns whose product is the characters two names hold in common
        (:func:`shared_characters`) less what the score needs, made when first asked;
        None when they would be too wide."""
        import numpy as np

        if self.held is None and not self.too_wide:
            held = shared_characters(self.texts)
            if held is None:
                self.too_wide = True
                return None
            size = self.lengths.astype(np.float32)
            self.held = (np.hstack([held, np.ones((len(held), 1), np.float32), size[:, None]]),
                         np.hstack([held, -self.least * size[:, None],
                                    np.full((len(held), 1), -self.least, np.float32)]))
        return self.held

    def candidates(self, i: int, kept: bytearray) -> list[int]:
        """Kept names before ``i`` (``kept``: 1 for each) that may reach the score
        against it, ascending."""
        if not self.start <= i < self.end:
            self._count(i, kept)
        return [j for j in self.found[i - self.start] if kept[j]]

    def _count(self, i: int, kept_names: bytearray) -> None:
        """The candidates of names ``i`` to ``i + BATCH`` among the names kept so far and
        their own (some of which will be kept)."""
        import numpy as np

        kept = np.frombuffer(kept_names, dtype=np.bool_)
        group, lengths = self.group, self.lengths
        end = min(i + BATCH, len(self.texts))
        mine = np.unique(group[i:end])
        cols: np.ndarray | None = None  # None: every name before ``end``
        if mine.size and mine[0] != 0:  # names of other groups than 0 and the slice's
            cols = np.concatenate([np.flatnonzero(kept[:i]), np.arange(i, end)])
            cols = cols[np.isin(group[cols], np.concatenate([[0], mine]))]
        elif int(np.count_nonzero(kept[:i])) * 2 < i:  # (most names joined others)
            cols = np.concatenate([np.flatnonzero(kept[:i]), np.arange(i, end)])
        width = end if cols is None else len(cols)
        low, high = zip(*(_length_range(int(a), self.score) for a in lengths[i:end]),
                        strict=True)
        lowest, highest = np.asarray(low), np.asarray(high)

        def fitting(at: np.ndarray, picked: np.ndarray) -> np.ndarray:
            """Which pairs (name i + at, earlier name picked) are of a reachable length,
            and the earlier name kept or of the slice."""
            size = lengths[picked]
            good: np.ndarray = (picked < at + i) & (size >= lowest[at]) & \
                (size <= highest[at]) & (kept[picked] | (picked >= i))
            return good

        if self.rows is None or self.columns is None or self.counts is None:
            at, picked = np.divmod(np.arange((end - i) * width), width)
            if cols is not None:
                picked = cols[picked]
            good = fitting(at, picked)
            at, picked = at[good], picked[good]
        else:  # a tile of columns at a time, so each product stays in the cache
            found_at, found_picked = [], []
            rows = self.rows[i:end]
            for first in range(0, width, TILE):
                last = min(first + TILE, width)
                taken = np.arange(first, last) if cols is None else cols[first:last]
                against = self.columns[first:last] if cols is None else self.columns[taken]
                # the bound is tried on a slice's first tile, and on its others only when
                # it left few pairs of the first
                exact = None if first == 0 or self.bounding else self._exact()
                if exact is None:
                    flat = np.flatnonzero(rows @ against.T >= -BOUND_MARGIN)
                    if len(flat) * PAIRWISE > (end - i) * len(taken):
                        exact = self._exact()
                if first == 0:
                    self.bounding = exact is None
                if exact is not None:  # the bound leaves many: their characters counted
                    # in one product here rather than pair by pair
                    held_rows, held_columns = exact
                    flat = np.flatnonzero(held_rows[i:end] @ held_columns[taken].T >= 0)
                at, col = np.divmod(flat, len(taken))
                picked = taken[col]
                good = fitting(at, picked)
                at, picked = at[good], picked[good]
                if exact is None and at.size:  # the characters in common themselves
                    common = np.minimum(self.counts[at + i], self.counts[picked]).sum(
                        axis=1, dtype=np.int64)
                    enough = common >= self.least * (lengths[at + i] + lengths[picked])
                    at, picked = at[enough], picked[enough]
                found_at.append(at)
                found_picked.append(picked)
            at, picked = np.concatenate(found_at), np.concatenate(found_picked)
            order = np.lexsort((picked, at))  # by name, then by earlier name
            at, picked = at[order], picked[order]
        ends = np.searchsorted(at, np.arange(end - i), side="right").tolist()
        chosen = picked.tolist()
        self.start, self.end = i, end
        self.found = [chosen[ends[k - 1] if k else 0:ends[k]] for k in range(end - i)]


# how far below zero the float product of :class:`_Counting` may fall for a pair whose
# bound, in exact arithmetic, reaches what the score needs (sums of at most a few thousand
# float32 terms of a few hundred at most are off by far less)
BOUND_MARGIN = 0.05
TILE = 2048  # columns of one product of :class:`_Counting` (8 MB for a slice of 256)
# the bound leaving more than one pair in PAIRWISE of a tile (long names of one small
# vocabulary): the tile's characters in common are counted in one product rather than pair
# by pair
PAIRWISE = 8
STEPS = 2  # exact columns a character of :func:`common_bound`, above its floor


def character_counts(texts: Sequence[str]) -> np.ndarray | None:
    """How many times each text holds each character: one row per text, one column per
    character any of them holds (int64); None when they hold so many distinct characters
    that :func:`common_bound` would be too wide."""
    import numpy as np

    if not texts:
        return None
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
    owner = np.repeat(np.arange(len(texts)), [len(t) for t in texts])
    chars, kind = np.unique(codes, return_inverse=True)
    if len(chars) * (STEPS + 1) > WIDEST:
        return None
    return np.bincount(owner * len(chars) + kind.ravel(),
                       minlength=len(texts) * len(chars)).reshape(len(texts), len(chars))


def common_bound(counts: np.ndarray) -> tuple[np.ndarray, float] | None:
    """Rows and a floor such that the product of two rows plus the floor is never less
    than the characters the two texts hold in common, counted with repeats (the sum over
    characters of the smaller count), and equal to them where, for each character, one of
    the two holds it at most :data:`STEPS` times more than the fewest any text holds.

    For each character, with ``m`` the fewest times any text holds it, ``x`` and ``y``
    the times two texts hold it above that and ``k`` = :data:`STEPS`:
    ``min(x + m, y + m) = m + sum over j = 1..k of [x >= j][y >= j] + min(x - k, y - k)``
    (the last term for x, y > k, else 0), and ``min(u, v) <= sqrt(u v)``: a 1 a step up
    to ``k``, then ``sqrt(max(x - k, 0))``, and ``m`` summed into the floor. A character
    every text holds as often adds no column; one none holds more than ``k`` times above
    its fewest adds no square root. None when the rows would be too wide."""
    import numpy as np

    floor = counts.min(axis=0)
    above = counts - floor
    most = above.max(axis=0)
    parts: list[np.ndarray] = []
    for c, top in enumerate(most.tolist()):
        column = above[:, c]
        parts += [column >= step for step in range(1, min(top, STEPS) + 1)]
        if top > STEPS:
            parts.append(np.sqrt(np.maximum(column - STEPS, 0)))
    if len(parts) > WIDEST:
        return None
    if not parts:
        return np.zeros((len(counts), 1), np.float32), float(floor.sum())
    return np.stack(parts, axis=1).astype(np.float32), float(floor.sum())


@lru_cache(maxsize=1024)
def _length_range(a: int, score: float) -> tuple[int, int]:
    """The lowest and highest length :func:`_reachable` allows (every length between
    them reaches as well)."""
    lengths = [b for b, _shared in _reachable(a, score)]
    if not lengths:
        return 1, 0
    assert len(lengths) == lengths[-1] - lengths[0] + 1
    return lengths[0], lengths[-1]


def _score_all_in_blocks(near: NearNames, wide: list[int], out: list[list[int]],
                         groups: Sequence[int] | None = None) -> None:
    """:func:`_score_in_blocks` scoring every pair of a reachable length, in blocks of
    names of one length (for names of too many characters to count them)."""
    import numpy as np

    texts, lengths = near._texts, near._lengths
    of_length: dict[int, list[int]] = {}
    for i in wide:
        of_length.setdefault(lengths[i], []).append(i)
    for a, group in of_length.items():
        reach = {b for b, _shared in _reachable(a, near.score)}
        columns = [n for n in range(group[-1]) if lengths[n] in reach]
        for start in range(0, len(group), BATCH):
            block = group[start:start + BATCH]
            cols = columns[:bisect.bisect_left(columns, block[-1])]
            # every core scores its share of the rows; each score is the same alone
            matrix = process.cdist([texts[i] for i in block], [texts[n] for n in cols],
                                   scorer=fuzz.ratio, score_cutoff=near.score - 1,
                                   dtype=np.uint8, workers=-1)
            for row, i in enumerate(block):
                earlier = bisect.bisect_left(cols, i)
                out[i] = [cols[j] for j in np.flatnonzero(matrix[row, :earlier]).tolist()
                          if not _apart(groups, i, cols[j])]
