"""The lemma look-up read from lemminflect's own table answers as lemminflect does."""

from __future__ import annotations

import subprocess
import sys

from lemminflect import getAllLemmas

from raci.derive.lexicon import _tables, all_lemmas


def test_same_answers_as_lemminflect() -> None:
    lines, overrides = _tables()
    words = sorted(lines)[::40] + sorted(overrides)  # every override, a spread of the table
    assert len(words) > 1500
    for word in [*words, "", "123", "x-ray", "Ünïcode", "zzzqx"]:
        for written in {word, word.upper(), word.capitalize()}:
            assert all_lemmas(written) == getAllLemmas(written), written


def test_known_words() -> None:
    assert all_lemmas("reviews")["VERB"] == ("review",)
    assert "NOUN" in all_lemmas("Manager")
    assert all_lemmas("Reviews")["VERB"] == ("Review",)  # written as asked, like lemminflect
    assert all_lemmas("kavotelrimun") == {}


def test_derivation_does_not_load_lemminflect_or_numpy() -> None:
    code = ("import sys; from raci.derive.actors import verb_lemma; "
            "assert verb_lemma('schedules') == 'schedule'; "
            "print('lemminflect' in sys.modules, 'numpy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["False", "False"]
