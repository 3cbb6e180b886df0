"""lemminflect's lemma look-up, read straight from the table its wheel ships.

``lemminflect.getAllLemmas`` answers from two files inside the package: a gzipped
table of ``word,category,lemma/lemma...`` lines and a small overrides file. Reaching
it through the package costs a command about half a second before the first answer:
importing lemminflect imports numpy (for an inference model derivation never uses),
and its loader parses all 80,000 lines into nested dictionaries. :func:`all_lemmas`
gives the same answer as ``getAllLemmas(word)`` (no word class given) from the same
files: the table is decompressed once and kept as one line of text per word, and only
the words asked about are split (``tests/test_derive_lexicon.py`` compares the two).
"""

from __future__ import annotations

import gzip
import importlib.util
from functools import lru_cache
from pathlib import Path


def _resources() -> Path:
    """lemminflect's resources folder, found without importing the package."""
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("lemminflect is not installed", name="lemminflect")
    return Path(next(iter(spec.submodule_search_locations))) / "resources"


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, dict[str, tuple[str, ...]]]]:
    """(word -> its table lines, word -> overrides), each read once per process."""
    folder = _resources()
    lines: dict[str, str] = {}
    with gzip.open(folder / "lemma_lu.csv.gz", "rb") as fh:
        text = fh.read().decode()
    for line in text.split("\n"):
        word, sep, rest = line.strip().partition(",")
        if not sep:
            continue
        before = lines.get(word)
        lines[word] = rest if before is None else f"{before}\n{rest}"
    overrides: dict[str, dict[str, tuple[str, ...]]] = {}
    for raw in (folder / "lemma_overrides.csv").read_text().split("\n"):
        raw = raw.strip()
        if not raw or raw[0] == "#":
            continue
        word_in, pos, word_out = raw.split(",")
        overrides.setdefault(word_in, {})[pos] = (word_out,)
    return lines, overrides


def _caps(word: str, style: str) -> str:
    if style == "all_upper":
        return word.upper()
    return word.capitalize() if style == "first_upper" else word.lower()


def all_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Word class -> lemmas, as ``lemminflect.getAllLemmas(word)`` gives them."""
    style = "all_upper" if word.isupper() else \
        "first_upper" if word and word[0].isupper() else "lower"
    lines, overrides = _tables()
    key = word.lower()
    out: dict[str, tuple[str, ...]] = {}
    found = lines.get(key)
    if found is not None:
        for entry in found.split("\n"):
            category, forms = entry.split(",")
            upos = category.upper()
            out["AUX" if upos == "MODAL" else upos] = tuple(forms.split("/"))
    out.update(overrides.get(key, {}))
    return {upos: tuple(_caps(f, style) for f in forms) for upos, forms in out.items()}
