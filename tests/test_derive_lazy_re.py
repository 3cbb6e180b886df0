"""Patterns compiled when first used (``raci.derive.lazy_re``), against ``re.compile`` of
the same source and flags: every pattern the reading modules name at their top level
answers every method as the compiled pattern does, and a stand-in is compiled only when
first used."""

from __future__ import annotations

import re
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raci.derive import actors, aliases, data, documents, draft, extract, lazy_re, pdf, roles, steps

READING_MODULES = [actors, aliases, data, documents, draft, extract, pdf, roles, steps]

# Text in the shapes the readers meet (written for this test)
TEXTS = [
    "", "Review the rota.", "- Approve the budget each month by the 5th",
    "The Night Porter locks the gate at 11pm and tells the Duty Manager.",
    "Site Lead: signs off the risk assessment (with the Safety Officer)",
    "| Task | Owner | Approver |", "## Roles and responsibilities", "R = Responsible",
    "They consult the Finance Director, who approves spend over £2,000.",
    "Ensure every volunteer has a badge; if not, ask the Coordinator for one.",
    "JANE SMITH (Treasurer) - keeps the accounts up to date", "Weekly: check the fence",
    "Reports to the Board at each meeting, no later than 14 days ahead",
    "The PM, the Tech Lead and QA agree the release date with the client.",
]


def _named_patterns(module: ModuleType) -> list[tuple[str, Any]]:
    """The module's top-level names holding a pattern, compiled or a stand-in."""
    return [(name, value) for name, value in vars(module).items()
            if isinstance(value, re.Pattern) or type(value) is lazy_re._Later]


def _answers(pattern: Any, text: str) -> list[object]:
    """What each method of ``pattern`` answers on ``text`` (match objects as their spans
    and groups)."""
    def seen(m: re.Match[str] | None) -> object:
        return None if m is None else (m.span(), m.groups(), m.groupdict())
    return [seen(pattern.match(text)), seen(pattern.search(text)),
            seen(pattern.fullmatch(text)), seen(pattern.search(text, 3)),
            pattern.findall(text), [seen(m) for m in pattern.finditer(text)],
            pattern.split(text), pattern.sub("<>", text), pattern.subn("", text),
            pattern.flags, pattern.groups, dict(pattern.groupindex), pattern.pattern]


def test_the_reading_modules_name_their_patterns_through_lazy_re() -> None:
    # (every reading module writes ``re.compile`` of lazy_re; a module that went back to
    # ``import re`` would compile its patterns at import again)
    for module in READING_MODULES:
        assert module.re is lazy_re, module.__name__
        assert _named_patterns(module), module.__name__


@pytest.mark.parametrize("module", READING_MODULES, ids=lambda m: m.__name__)
def test_every_named_pattern_answers_as_re_compile(module: ModuleType) -> None:
    for name, pattern in _named_patterns(module):
        plain = re.compile(pattern.pattern, pattern.flags)
        for text in TEXTS:
            assert _answers(pattern, text) == _answers(plain, text), (name, text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aB ,.:;()-'£1\n", max_size=40))
def test_a_stand_in_answers_as_the_compiled_pattern(text: str) -> None:
    source, flags = r"(?P<word>[a-z]+)\s*[,:;]?|\((?P<aside>[^)]*)\)", re.IGNORECASE
    later = lazy_re._Later(source, flags, False)
    assert _answers(later, text) == _answers(re.compile(source, flags), text)


def test_a_pattern_is_compiled_when_first_used() -> None:
    owner: dict[str, Any] = {}
    exec("from raci.derive import lazy_re as re\n"  # noqa: S102 (a module of our own text)
         "BROKEN = re.compile('(unclosed')\n"
         "WORD = re.compile(r'\\w+', re.IGNORECASE)\n"
         "HELD = (WORD,)\n", owner)
    # an invalid pattern never used raises nothing: it was never compiled
    assert type(owner["BROKEN"]) is lazy_re._Later
    with pytest.raises(re.error):
        owner["BROKEN"].search("text")
    # once used, the module's own name holds the compiled pattern itself; a stand-in held
    # elsewhere answers through it
    stand_in = owner["WORD"]
    assert stand_in.search("  Gate").group(0) == "Gate"
    assert isinstance(owner["WORD"], re.Pattern)
    assert owner["WORD"] is stand_in.compiled
    assert owner["HELD"][0] is stand_in
    assert owner["HELD"][0].match("Rota").span() == (0, 4)
    assert owner["HELD"][0].flags == re.compile(r"\w+", re.IGNORECASE).flags


def test_a_pattern_made_in_a_function_is_compiled_at_once() -> None:
    def made(word: str) -> re.Pattern[str]:
        return lazy_re.compile(rf"\b{re.escape(word)}\b")
    assert isinstance(made("gate"), re.Pattern)


def test_every_pattern_of_the_reading_modules_compiles_wherever_it_is_held() -> None:
    # (a pattern held in a tuple, "(("A", re.compile(...)), ...)", is named by no module
    # global: a source that does not compile would otherwise fail only in a user's run)
    import raci.derive.draft  # noqa: F401 (imports every reading module)
    assert lazy_re.compile_all("raci.") >= 1000
    for module, later in lazy_re._MADE:
        if module.startswith("raci."):
            plain = re.compile(later.pattern, later._flags)
            for text in TEXTS:
                assert _answers(later, text) == _answers(plain, text), (module, text)


def test_a_pattern_held_in_a_tuple_that_does_not_compile_is_found() -> None:
    owner: dict[str, Any] = {"__name__": "review_twenty_probe"}
    exec("from raci.derive import lazy_re as re\n"  # noqa: S102 (a module of our own text)
         "MEANINGS = (('A', re.compile('(approv')),)\n", owner)
    with pytest.raises(re.error, match="review_twenty_probe"):
        lazy_re.compile_all("review_twenty_probe")
