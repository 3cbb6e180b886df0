"""Words in messages: counted nouns ("1 activity", "3 activities", never "activity(s)")
and a role's label ("Project Manager (PM)", or "PM" alone when its code adds nothing)."""

from __future__ import annotations

_IRREGULAR = {"person": "people", "activity": "activities", "is": "are", "was": "were",
              "has": "have", "does": "do", "uses": "use", "fits": "fit"}


def plural(word: str) -> str:
    """The plural of one of the nouns (or verbs) our messages count."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def counted(n: int, word: str, many: str = "", thousands: bool = False) -> str:
    """``n`` and the word, singular for exactly one: counted(1, "row") is "1 row".

    ``many`` overrides the plural; ``thousands`` writes 12,000 with a separator.
    """
    number = f"{n:,}" if thousands else str(n)
    return f"{number} {word if n == 1 else (many or plural(word))}"


def agree(n: int, verb: str) -> str:
    """A verb agreeing with a count: agree(1, "is") is "is", agree(2, "is") is "are"."""
    return verb if n == 1 else plural(verb)


def role_label(name: str, code: str) -> str:
    """A role as people read it: "Project Manager (PM)", or the name alone when the code
    adds nothing to it (no code, the name again ignoring case and spaces: "PM", not
    "PM (PM)", or written at the name's end already: "Change Advisory Board (CAB)", not
    "Change Advisory Board (CAB) (CAB)")."""
    squeezed = _squeezed(name)
    if not code or _squeezed(code) == squeezed or squeezed.endswith(f"({_squeezed(code)})"):
        return name
    return f"{name} ({code})"


def _squeezed(text: str) -> str:
    return "".join(text.split()).casefold()
