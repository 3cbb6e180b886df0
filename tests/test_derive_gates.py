"""Patterns behind the pieces of text they cannot match without (``raci.derive.gates``):
the pieces read from each pattern are held to the pattern on generated texts, and a gated
pattern answers every call as the pattern itself does."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raci.derive import actors, data, documents, extract, pdf, roles, steps
from raci.derive.gates import Gated, _Gate, gate_patterns, gated, required_pieces

MODULES: tuple[ModuleType, ...] = (actors, data, documents, extract, pdf, roles, steps)


def _raw(value: object) -> re.Pattern[str] | None:
    if isinstance(value, _Gate):
        return value.pattern_object
    return value if isinstance(value, re.Pattern) and isinstance(value.pattern, str) else None


def _patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern the extractor's modules name, gated or not."""
    found = {}
    for module in MODULES:
        for value in vars(module).values():
            raw = _raw(value)
            if raw is not None:
                found[(raw.pattern, raw.flags)] = raw
    return list(found.values())


def _literals(pattern: str) -> list[str]:
    """Runs of plain letters in a pattern's source (to build texts that match it)."""
    return [w for w in re.findall(r"(?<!\\)[A-Za-z’'][a-z’']{1,14}", pattern) if len(w) > 1]


PATTERNS = _patterns()
WORDS = sorted({w for p in PATTERNS for w in _literals(p.pattern)} | {
    "the", "Clerk", "Site Lead", "signs", "reviews", "2", "07:30", "\u212aeep", "ſign",
    "İt", "café", "Ünit", "A", "I"})
SEPARATORS = [" ", " ", " ", ", ", ". ", ": ", "; ", " - ", " — ", "\n", "(", ") ", "'s ",
              "\"", " -> ", "/", "?", ""]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)),
                 max_size=14).map(lambda parts: "".join(w + s for w, s in parts))


def test_the_extractor_gates_some_patterns_and_reads_them_as_written() -> None:
    assert len(GATES) > 100  # (most of the patterns tried on every sentence)
    # a pattern of the extractor used on a sentence without its words: behind its gate
    assert extract.ENUMERATION.search("The Clerk files the daily returns.") is None
    assert isinstance(extract.ENUMERATION, Gated)
    assert extract.ENUMERATION.pieces == ("such as", "including", "like")


GATES = [Gated(p, *found) for p in PATTERNS if (found := required_pieces(p)) is not None]


@settings(max_examples=120, deadline=None)
@given(texts)
def test_a_text_without_the_pieces_holds_no_match(text: str) -> None:
    for gate in GATES:
        pattern = gate.pattern_object
        for sample in (text, text.lower(), text.upper()):
            if gate.absent(sample):
                assert pattern.search(sample) is None, (pattern.pattern[:60], sample)


@pytest.mark.parametrize(("source", "flags", "pieces"), [
    (r"\b(?:such as|including|like)\s+\w", re.IGNORECASE, ("such as", "including", "like")),
    (r"\s(?:->|=>)\s", 0, ("->", "=>")),
    (r"\bwho\s+(?:will\s+)?\w+", 0, ("who",)),  # (the optional part says nothing)
    (r"\w+,\s+(?:\w+\s+)*?keeps\b", 0, ("keeps",)),  # (the comma is less telling)
    (r"\s+(?=[a-z]+\s+handover\b)", 0, ("handover",)),  # what a lookahead needs
    (r"\s(?i:Rota)\b", 0, ("rota",)),  # a scoped flag: looked for in lower case
    (r"[;:]\s+\w", 0, (";", ":")),
    (r"(?:\bshift\s+)+\w", 0, ("shift",)),  # a repeat of at least one
    (r"\b[A-Z]{2,5}(?=\s+rota)", re.IGNORECASE, ("rota",)),
])
def test_the_pieces_a_pattern_needs(source: str, flags: int, pieces: tuple[str, ...]
                                    ) -> None:
    found = required_pieces(re.compile(source, flags))
    assert found is not None and found[0] == pieces


@pytest.mark.parametrize(("source", "flags"), [
    (r"^\s*(?:such as|including)\s", re.IGNORECASE),  # tried at the start only
    (r"rota\s+\w", 0),  # the engine skips to its first word itself
    (r"\b(?:rota)?\s+\w", 0),  # nothing it needs
    (r"\bkeep\b|\s\w+", 0),  # an alternative without a piece
    (r"\b(?:the|and)\s+\w", 0),  # words in nearly every sentence
    (r"\b(?:\u212aelvin|site)\b", re.IGNORECASE),  # a non-ASCII letter ignoring case
    (r"x*", 0),  # a match may be empty
    (r"\b(?:" + "|".join(["rota", "shift", "keys", "till", "float", "stock", "gate", "alarm",
                           "van", "yard", "desk", "log"]) + r")\b", 0),  # too many pieces
])
def test_patterns_without_pieces_worth_asking_for(source: str, flags: int) -> None:
    assert required_pieces(re.compile(source, flags)) is None


def test_a_gated_pattern_answers_as_the_pattern() -> None:
    pattern = re.compile(r"\b(?:keeps?|hands? over)\s+(?P<what>the \w+)", re.IGNORECASE)
    gate = gated(pattern)
    assert isinstance(gate, Gated)
    samples = ["The porter keeps the keys and HANDS OVER the rota.", "The porter locks up.",
               "The porter \u212aeeps the keys.",  # (the kelvin sign matches "k")
               "Le portier garde les clés.", ""]
    for text in samples:
        for name in ("search", "match", "fullmatch", "findall", "split"):
            got, want = getattr(gate, name)(text), getattr(pattern, name)(text)
            if isinstance(want, re.Match):
                assert isinstance(got, re.Match) and got.span() == want.span()
            else:
                assert got == want, (name, text)
        assert gate.sub("X", text) == pattern.sub("X", text)
        assert gate.subn("X", text, 1) == pattern.subn("X", text, 1)
        assert [m.span() for m in gate.finditer(text)] == \
            [m.span() for m in pattern.finditer(text)]
    assert gate.search("The porter keeps the keys", 11) is not None
    assert gate.search("The porter keeps the keys", 12) is None
    # a match's pattern is the pattern itself, equal to its gate
    found = gate.search("He keeps the keys")
    assert found is not None and found.re == gate and found.re in (gate,)
    assert hash(gate) == hash(pattern) and gate.pattern == pattern.pattern


def test_a_module_s_patterns_are_read_at_first_use() -> None:
    names: dict[str, object] = {
        "ROTA": re.compile(r"\s(?:rota|roster)\b"), "START": re.compile(r"^\s*rota"),
        "ANY": re.compile(r"\s\w+"), "TEXT": "rota"}
    gate_patterns(names)
    assert names["START"] is not None and isinstance(names["START"], re.Pattern)
    assert isinstance(names["ANY"], _Gate) and isinstance(names["ROTA"], _Gate)
    kept = names["ANY"]
    assert kept.search("the rota") is not None  # type: ignore[attr-defined]
    assert isinstance(names["ANY"], re.Pattern)  # no pieces: the pattern again
    assert kept.search("a b") is not None  # type: ignore[attr-defined]
    assert names["ROTA"].search("the new rota") is not None  # type: ignore[attr-defined]
    assert isinstance(names["ROTA"], Gated) and names["TEXT"] == "rota"


def test_a_match_s_pattern_is_compared_by_equality() -> None:
    # (a match's ``re`` is never the gate: ``m.re is PATTERN`` would always be false)
    for path in Path(extract.__file__).parent.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"\.re\s+is\b", source), path.name
