"""What a cell of a foreign RACI grid says: letters, letter words, legend lines.

A letter cell is a short run of single letters with separators ("A/R", "R, A",
"R et A", "RA"), or the full word for a letter ("Responsible", "Consulté").
Letters beyond the built-in schemes (a "Q", a "D = Driver" from the workbook's
own legend) are read too; the importer decides what to do with them.
"""

from __future__ import annotations

import re
import unicodedata

from raci.schemes import SCHEMES

KNOWN = frozenset(code for scheme in SCHEMES.values() for code in scheme.codes)
RUN_LETTERS = frozenset("RACIS")  # "RA", "AR", "CI" run together; "ID", "DV" are words
NONE_TOKENS = {"", "-", "–", "—", "n", "n/a", "na", "none", "0", ".", "/", "x/", "—/—"}
CONNECTORS = {"et", "and", "y", "und", "en", "og", "och", "ja", "ou", "or", "oder"}
_SPLIT = re.compile(r"[\s/,;+&()\[\]|.\-–—:*\u30fb\uff65\u3001]+")
"""What parts letters in a cell: spaces, punctuation, and the middle dot ('A・R') and the
ideographic comma of Japanese and Chinese writing."""

# Letter words in the languages RACI charts are commonly written in; a workbook's
# own legend adds its words on top.
WORD_LETTERS: dict[str, str] = {
    **dict.fromkeys(["responsible", "responsable", "responsabile", "responsável",
                     "responsavel", "verantwortlich", "odgovoran", "odgovorna"], "R"),
    **dict.fromkeys(["accountable", "approver", "approbateur", "aprobador", "approvatore",
                     "aprovador", "autorité", "autorite", "redevable", "rechenschaftspflichtig",
                     "odobrava"], "A"),
    **dict.fromkeys(["consulted", "consult", "consulté", "consulte", "consultado",
                     "consultato", "konsultiert", "konsultovan", "contributor"], "C"),
    **dict.fromkeys(["informed", "inform", "informé", "informe", "informado", "informato",
                     "informiert", "informisan"], "I"),
    **dict.fromkeys(["support", "supportive", "soutien", "apoyo", "supporto"], "S"),
    **dict.fromkeys(["verifies", "verifier", "verify"], "V"),
    **dict.fromkeys(["driver"], "D"),
    **dict.fromkeys(["out of the loop"], "O"),
}

LEGEND_LINE = re.compile(
    r"^\s*([A-Za-z])\s*(?:[:=–—|│-]|\s)\s*([^\W\d_][^\n]{1,120})$"
)


def fold(text: str) -> str:
    """Text for comparison: NFC, case-folded, inner spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


_PROMPT = re.compile(
    r"(please |bitte |por favor |s il vous plaît )?(select|choose|pick|seleccion\w*|"
    r"sélectionn\w*|choisi\w*|auswählen|wählen|selezion\w*|scegli\w*|selecion\w*|"
    r"escolh\w*|kies|välj|vælg|velg)( one| an? (option|value|letter|role))?")
"""What a drop-down list shows before anything is chosen ('— select —', 'Choose…')."""


def is_none(text: str) -> bool:
    """True for the ways people write 'nobody' in a cell, and for a drop-down list's
    prompt left in it ('— select —', '-- Choose --'): nothing was chosen."""
    folded = fold(text)
    return folded in NONE_TOKENS or (
        len(folded) <= 30 and _PROMPT.fullmatch(" ".join(re.sub(r"[^\w\s]", " ", folded)
                                                         .split())) is not None)


FULL_WIDTH = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20}
"""Full-width ASCII ('Ｒ', '／') and the ideographic space, as their plain forms."""
CIRCLED = {0x24B6 + i: 0x41 + i for i in range(26)} | {0x24D0 + i: 0x61 + i for i in range(26)}
"""Circled Latin letters ('Ⓡ', 'ⓐ'), typed from a symbol table for a letter that stands
out, as their plain forms."""

_JOINED = re.compile(r"\s*((?:[A-Z]{1,3}\s*[,/]\s*)*[A-Z]{1,3})\s+[iaeu]\s+([A-Z]{1,3})\s*")
"""Two capital letters joined by a one-letter word for 'and' ('A i R' in Bosnian, Croatian,
Serbian or Polish, 'R a C' in Czech or Slovak, 'A e R' in Italian or Portuguese, 'A u R' in
Maltese), or the last two of a list so joined ('R, A i C'): the small letter between
capitals, apart by spaces, is the word, not a letter."""

LOOKALIKES = str.maketrans(
    "\u0391\u0399\u03a1\u0410\u0421\u0406\u0420\u0405\u0430\u0441\u0456\u0440", "AIPACIPSacip")
"""Greek and Cyrillic letters that look like the Latin ones, as a Greek or Russian
keyboard types them into a letter cell ('Α' for 'A')."""


def lookalike_letters(text: str, words: dict[str, str] | None = None
                      ) -> frozenset[str] | None:
    """The letters of a cell typed with Greek or Cyrillic look-alikes ('Α', 'С/Ι'), else
    None; for a cell of a known role column only (a Greek heading 'Α/Α' is no letter)."""
    if text.isascii() or len(text) > 8:
        return None
    plain = text.translate(LOOKALIKES)
    return parse_letters(plain, words) if plain != text and plain.isascii() else None


def parse_letters(text: str, words: dict[str, str] | None = None) -> frozenset[str] | None:
    """The letters a cell holds, the empty set for 'none', or None when it is not a letter cell.

    Full-width letters, as East Asian input methods type them ('Ｒ', 'Ａ／Ｒ'), and circled
    ones ('Ⓡ', 'ⒶⓇ') are read as the letters they are; other compatibility characters are
    not (a Roman numeral 'Ⅱ' is no pair of I's)."""
    if not text.isascii():
        text = text.translate(FULL_WIDTH).translate(CIRCLED)
    if is_none(text):
        return frozenset()
    if len(text) > 40:
        return None
    joined = _JOINED.fullmatch(text)
    if joined:
        text = f"{joined[1]} {joined[2]}"
    vocabulary = words or WORD_LETTERS
    whole = fold(text)
    if whole in vocabulary:
        return frozenset(vocabulary[whole])
    letters = _token_letters([t for t in _SPLIT.split(text.strip()) if t], vocabulary)
    if letters is None and _LIST_SPLIT.search(text):
        # "Does, Signs off": a list of the vocabulary's phrases, each read whole
        parts = [p for p in (fold(part) for part in _LIST_SPLIT.split(text.strip())) if p]
        letters = set("".join(vocabulary[p] for p in parts)) \
            if all(p in vocabulary for p in parts) else None
    if not letters or len(letters) > 5:
        return None
    return frozenset(letters)


_LIST_SPLIT = re.compile(r"\s*[,;/+&]\s*")


EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+")
"""Pictographs (a coloured circle, a tick, a star, with their variation and joining marks)."""
_PICTOGRAPH_RUNS = re.compile(f"{EMOJI.pattern}|(?:(?!{EMOJI.pattern}).)+")


def _chips(tokens: list[str], vocabulary: dict[str, str]) -> list[str]:
    """The tokens without the pictographs set before or after letters as decoration, as a
    drop-down list of coloured chips writes them ('🟢 R', '🔴 A 🟢 R'): a pictograph the
    sheet's key gives a meaning stays, and so does one that stands alone (no letter)."""
    parts = [part for token in tokens
             for part in ([token] if token in vocabulary else _PICTOGRAPH_RUNS.findall(token))]
    plain = [t for t in parts if t in vocabulary or not EMOJI.fullmatch(t)]
    return plain if plain and len(plain) < len(parts) else tokens


def _token_letters(tokens: list[str], vocabulary: dict[str, str]) -> set[str] | None:
    """The letters of a cell's words, each a letter, a run of letters or a word of the
    vocabulary; None when a word is none of these. Pictographs beside the letters are
    decoration (_chips)."""
    letters: set[str] = set()
    tokens = _chips(tokens, vocabulary)
    for token in tokens:
        folded = token.casefold()
        if token.islower() and folded in CONNECTORS and len(tokens) > 2:
            continue
        if folded in vocabulary:
            letters.update(vocabulary[folded])  # '' for a mark the legend says is none
        elif len(token) == 1 and token.isascii() and token.isalpha():
            letters.add(token.upper())
        elif len(token) > 1 and all(is_symbol(ch) and ch in vocabulary for ch in token):
            letters.update("".join(vocabulary[ch] for ch in token))  # '▲●': two marks
        elif (2 <= len(token) <= 4 and token.isascii() and token.isalpha() and token.isupper()
              and len(set(token)) == len(token) and set(token) <= RUN_LETTERS):
            letters.update(token)
        else:
            return None
    return letters


ANNOTATED = re.compile(
    r"^\s*(?P<letters>[^()\[\]]{1,12}?)\s*[(\[](?P<note>[^()\[\]]{2,80})[)\]]\s*$")


NUMBERED_LETTER = re.compile(r"^\s*([A-Za-z])\s?(\d{1,2})\s*$")


def annotated_letters(text: str, words: dict[str, str] | None = None
                      ) -> tuple[frozenset[str], str] | None:
    """(letters, words) for letters with words in brackets beside them: 'R (backup)'.

    Only letters of a built-in scheme or of the workbook's legend count, so a
    stray 'X (cancelled)' stays text.
    """
    match = ANNOTATED.match(text)
    return _noted(match, words) if match else None


def _noted(match: re.Match[str], words: dict[str, str] | None
           ) -> tuple[frozenset[str], str] | None:
    """(letters, note) of a cell matched as letters with a note beside them, when its
    letters are all of a built-in scheme or of the workbook's legend."""
    found = parse_letters(match["letters"], words)
    known = KNOWN | set((words or WORD_LETTERS).values())
    if not found or not found <= known:
        return None
    return found, match["note"].strip()


EFFORT = re.compile(r"^\s*(?P<letters>[A-Za-z](?:\s*[/,+&]\s*[A-Za-z]){0,3})\s+"
                    r"(?P<note>\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|d|days?|pd|md|%))\s*$",
                    re.IGNORECASE)
"""Letters, a space and a time with its unit. A bare number ('A 1', 'R 2') is no time: it
numbers lettered items ('A 1', 'B 2' down an activity column) or responsibles."""


def effort_letters(text: str, words: dict[str, str] | None = None
                   ) -> tuple[frozenset[str], str] | None:
    """(letters, effort) for letters followed by the time they take: 'R 4h', 'A/R 0.5h',
    'C 2 days', 'R 20%'. The effort is kept as the cell's note."""
    match = EFFORT.match(text)
    return _noted(match, words) if match else None


CHANGE = re.compile(r"\s*(?P<old>[^→⇒➔>]{1,12}?)\s*(?:→|⇒|➔|->|=>)\s*"
                    r"(?P<new>[^→⇒➔>]{1,12}?)\s*")
"""A cell changed in a version under review, written 'old → new' ('R → A/R', '– → I')."""


def changed_letters(text: str, words: dict[str, str] | None = None
                    ) -> tuple[frozenset[str], str] | None:
    """(new letters, 'changed from old') for a cell written as a change from one set of
    letters to another: 'I → C' is C, 'C → –' is empty, 'R -> A/R' is A and R."""
    match = CHANGE.fullmatch(text)
    if not match:
        return None
    # R, A, C, I or letters the sheet's own legend defines on both sides: 'A → B', 'C → D'
    # down a column of hand-offs from one stage to the next are no change of letters
    known = set("RACI").union(*(v for k, v in (words or {}).items()
                               if WORD_LETTERS.get(k) != v))
    old, found = parse_letters(match["old"], words), parse_letters(match["new"], words)
    if old is None or found is None or not old | found <= known:
        return None
    return found, f"changed from {match['old'].strip()}"


FOOTNOTED = re.compile(r"\s*(?P<letters>[^¹²³⁰-⁹†‡§]{1,12}?)\s*(?P<note>[¹²³⁰-⁹†‡§]{1,3})\s*")
"""Letters with a footnote mark after them: 'C¹', 'A/R⁴', 'R†'."""


def footnoted_letters(text: str, words: dict[str, str] | None = None
                      ) -> tuple[frozenset[str], str] | None:
    """(letters, mark) for letters marked with a footnote: 'C¹', 'A/R⁴', 'R†'."""
    match = FOOTNOTED.fullmatch(text)
    return _noted(match, words) if match else None


REMARKED = re.compile(r"^\s*(?P<letters>[A-Za-z](?:\s*[/,+&]\s*[A-Za-z]){0,3})\s*"
                      r"(?:[:–—]|\s-)\s*(?P<note>\S.{1,80})$")


def remarked_letters(text: str, words: dict[str, str] | None = None
                     ) -> tuple[frozenset[str], str] | None:
    """(letters, remark) for letters followed by a remark after a dash or colon: 'C -
    budget only', 'R/A: for the pilot'. Only read in a column already known to hold
    letters: elsewhere 'A - Approvals' is a heading."""
    match = REMARKED.match(text)
    if not match or is_legend_line(text):  # 'R - Responsible' says what R means
        return None
    return _noted(match, words)


def numbered_letter(text: str, words: dict[str, str] | None = None
                    ) -> tuple[frozenset[str], str] | None:
    """(letter, text) for a numbered letter: 'R1', 'R2' (first and second responsible).

    Only read in a column already known to hold letters: elsewhere 'S1', 'R2' are IDs.
    """
    match = NUMBERED_LETTER.match(text)
    if not match or match[1].upper() not in KNOWN | set((words or WORD_LETTERS).values()):
        return None
    return frozenset(match[1].upper()), text.strip()


_WORDS_IN = re.compile(r"[^\W\d_]+")


def readable_letters(text: str, words: dict[str, str] | None = None) -> frozenset[str]:
    """The letters that can still be read in a cell that is not a set of letters.

    'C?' holds C, 'Resp.' R (the start of a letter word, three characters or more),
    'R/A tbc' R and A. Only when the words read outnumber the others, so a remark
    that happens to hold a letter ('Plan B', 'ask Bob') gives nothing.
    """
    vocabulary = words or WORD_LETTERS
    known = KNOWN | set(vocabulary.values())
    found: set[str] = set()
    others = 0
    for token in _WORDS_IN.findall(text):
        folded = token.casefold()
        if folded in vocabulary:
            found.update(vocabulary[folded])  # '' for a mark the legend says is none
        elif len(token) == 1 and token.upper() in known:
            found.add(token.upper())
        elif (2 <= len(token) <= 4 and token.isascii() and token.isupper()
              and len(set(token)) == len(token) and set(token) <= RUN_LETTERS):
            found.update(token)
        elif len(folded) >= 3 and len(meant := {
                letter for word, letter in vocabulary.items() if word.startswith(folded)}) == 1:
            found.update(meant)  # 'Resp', 'Acc', 'Cons', 'Info'
        else:
            others += 1
    return frozenset(found) if found and len(found) > others else frozenset()


def legend_entry(texts: list[str]) -> tuple[str, str] | None:
    """(letter, meaning) when a row's texts read as a legend line, else None.

    "R = Responsible", "R - Responsible", "R: Responsible" in one cell, or the letter
    in one cell and its meaning in the next ("D | Driver | Assists those ...").
    """
    texts = [t for t in texts if t.strip() not in KEY_SIGNS]  # 'X | = | Responsible'
    if not texts:
        return None
    match = LEGEND_LINE.match(texts[0])
    if match and len(texts[0]) > 2:
        meaning = match.group(2).strip()
        symbol = match.group(1)
        if _letter_word(symbol.upper(), meaning) or stands_for(symbol, meaning) or denies(
                symbol, meaning) or equivalent(meaning):
            return symbol.upper(), meaning
    if len(texts) >= 2 and len(texts[0].strip()) == 1 and texts[0].strip().isalpha():
        letter = texts[0].strip().upper()
        if (_letter_word(letter, texts[1]) or equivalent(texts[1])
                or stands_for(letter, texts[1])) and not _own_letters(texts[2:]):
            # ('C | Consult users | A | R': a row lettered C with its own letters, no key)
            return letter, texts[1].strip()
    if len(texts) >= 2 and is_symbol(texts[0].strip()) and stands_for(
            texts[0], texts[1]) and not _own_letters(texts[2:]):
        return texts[0].strip(), texts[1].strip()  # '● | Responsible — does the work'
    marked = _SYMBOL_LINE.match(texts[0])
    if marked and is_symbol(marked.group(1)) and stands_for(*marked.groups()):
        return marked.group(1), marked.group(2).strip()  # '▲ = Accountable'
    return None


KEY_SIGNS = frozenset({"|", "│", "=", ":", "-", "–", "—", "→"})
"""A cell holding only the sign between a key's mark and its meaning."""
_SYMBOL_LINE = re.compile(r"^\s*(\S)\s*(?:[:=–—-]\s*|\s+)([^\W\d_][^\n]{1,120})$")


def is_symbol(text: str) -> bool:
    """True for one symbol a chart may mark its cells with instead of letters ('●', '▲',
    '○', '△', '✓', '★')."""
    return len(text) == 1 and unicodedata.category(text).startswith("S")


def _own_letters(texts: list[str]) -> bool:
    """True when a row's later texts hold letters that no word of theirs follows: the
    row's own letters ('A | R'), not a legend laid out in pairs ('A | Accountable')."""
    for i, text in enumerate(texts):
        if len(text.strip()) <= 3 and parse_letters(text):
            after = texts[i + 1] if i + 1 < len(texts) else ""
            if not (len(text.strip()) == 1 and _letter_word(text.strip().upper(), after)):
                return True
    return False


LEGEND_LABEL = re.compile(
    r"^\s*(?:legend|key|l[ée]gende|leyenda|legenda|symbols?|codes?|how to read(?: it| this)?"
    r"|凡例|图例|圖例|범례)"
    r"(?![^\W\d_])\s*[:=–—-]?\s*(?=\S)",
    re.IGNORECASE)
"""'Legend:' before a legend written in one cell."""
_ENTRY_BREAK = re.compile(r"\s*(?:[,;|\n·•]|\s{2,})\s*")


def one_cell_legend(text: str) -> list[tuple[str, str]]:
    """Every (letter, meaning) of a legend written in one cell, or [] for another text.

    "Legend: R = Responsible, A = Accountable, ..." (after a label, one entry is enough) or
    "R = Responsible; A = Accountable" (two entries or more): the entries are split at
    commas, semicolons, bars, line breaks or wide gaps, a piece that starts no entry
    staying with the meaning before it ("C = Consulted, before the work").
    """
    if not text.isascii():  # 'R＝実行責任者　A＝...': an ideographic space is a wide gap
        text = text.replace("\u3000", "  ").translate(FULL_WIDTH)
    label = LEGEND_LABEL.match(text)
    rest = text[label.end():] if label else text
    entries: list[tuple[str, str]] = []
    pieces = _ENTRY_BREAK.split(rest.strip())
    if label and (named := _named_letters(pieces)):
        return named
    k = 0
    while k < len(pieces):
        piece, k = pieces[k], k + 1
        found = legend_entry([piece]) if piece else None
        if found is None and SEPARATED_LINE.match(piece):
            # 'M = takes part, is heard (equals C)': the entry's letter named after a comma
            end = k
            while end < len(pieces) and pieces[end] and not SEPARATED_LINE.match(pieces[end]):
                end += 1
            whole = ", ".join(pieces[k - 1:end])
            if end > k and (found := legend_entry([whole])) is not None:
                k = end
        if found is not None:
            entries.append(found)
        elif entries and piece:  # the meaning before goes on
            letter, meaning = entries[-1]
            entries[-1] = (letter, f"{meaning}, {piece}")
        elif not entries:
            return []
    return entries if len(entries) >= (1 if label else 2) else []


_NEXT_ENTRY = re.compile(r"\s+(?=[A-Z]\s*[=:–—-]\s*[^\W\d_])")
"""A space before the next entry of a legend ('R=실무 담당 A=최종 승인')."""


def _named_letters(pieces: list[str]) -> list[tuple[str, str]]:
    """The entries of a labelled legend that gives R, A and more of the scheme's letters,
    each once, whatever its words ('凡例: R=実行責任者  A=説明責任者  C=協議先  I=報告先',
    the entries apart by a gap or a space): a legend in words of no language the reader
    knows. [] for other pieces."""
    found = [LEGEND_LINE.match(part) for piece in pieces if piece
             for part in _NEXT_ENTRY.split(piece)]
    letters = [match.group(1) for match in found if match]
    if (len(letters) < 3 or len(letters) < len(found) or len(set(letters)) < len(letters)
            or not {"R", "A"} <= set(letters) or not set(letters) <= KNOWN):
        return []
    return [(match.group(1), match.group(2).strip()) for match in found if match]


def legend_entries(texts: list[str]) -> list[tuple[str, str]]:
    """Every (letter, meaning) a row's texts define: its legend line (legend_entry), or
    each entry of a legend written in one cell (one_cell_legend)."""
    if len(texts) == 1 and (listed := one_cell_legend(texts[0])):
        return listed
    found = legend_entry(texts)
    return [found] if found is not None else []


LEGEND_TITLE = re.compile(
    r"^\s*(?:[^\W\d_]+\s*/\s*)?(?:legend|key|l[ée]gende|leyenda|legenda|raci\s+(?:legend|key))"
    r"(?:\s*/\s*[^\W\d_]+)?\s*:?\s*$",
    re.IGNORECASE)
"""A cell that only titles a legend ('Legend', 'Key:'), also beside its word in the sheet's
language ('Eochair / Key')."""


def defines_raci_letters(texts: list[str]) -> bool:
    """True when a row's texts define letters by their own RACI words ('R = Responsible',
    'R | Responsible | Does the work', 'Key: R - Responsible, A - Accountable', also after
    the sheet's own word: 'R = Freagrach (Responsible)'): a legend for certain, whatever
    column it stands in, unlike a letter and any word ('A - Audit')."""
    entries = legend_entries(texts)
    return bool(entries) and all(
        WORD_LETTERS.get(fold(re.split(r"[\s(:,;.\-–—]+", meaning.strip(), maxsplit=1)[0]))
        == letter or _bracketed_word(letter, meaning) for letter, meaning in entries)


_BRACKETED = re.compile(r"\(\s*([^\W\d_]+)\s*\)")


def _bracketed_word(letter: str, meaning: str) -> bool:
    """True when the meaning gives the letter's own word alone in brackets after words of
    the sheet's language ('Freagrach (Responsible) - does the work'); not a lettered
    heading with a remark in brackets ('C - Close-out (consult users)')."""
    return "(" in meaning and any(WORD_LETTERS.get(fold(word)) == letter
                                  for word in _BRACKETED.findall(meaning))


SEPARATED_LINE = re.compile(r"^\s*[A-Za-z]\s*[:=–—-]")


def is_legend_line(text: str) -> bool:
    """True for one cell written as a legend line, the letter set off from its own word
    ('R: Responsible', 'A - Accountable'): a legend, not a cell holding that letter."""
    return bool(SEPARATED_LINE.match(text)) and legend_entry([text]) is not None


def label_letters(text: str, words: dict[str, str] | None = None) -> frozenset[str] | None:
    """The letters of a legend-like label chosen in a cell ('A/R - Accountable &
    Responsible' -> A, R): the part before the separator, when it holds letters."""
    head = _LABEL_HEAD.match(text)
    found = parse_letters(head.group(1), words) if head else None
    if not head or not found:
        return None
    # the label names its letter by the letter's own word ('C - Consulted'); a phase or
    # type written 'D - Design', 'C - Construction' on every row of its column is no letter
    # (read as a legend, its words are the sheet's legend words: the built-in ones decide)
    first = fold(re.split(r"[\s(:,;.&/\-–—]+", text[head.end():].strip(), maxsplit=1)[0])
    return found if WORD_LETTERS.get(first) in found else None


_LABEL_HEAD = re.compile(r"^\s*([A-Za-z](?:\s*[/,+&]\s*[A-Za-z])*)\s*[:=–—-]")


def _letter_word(letter: str, meaning: str) -> bool:
    first = fold(re.split(r"[\s(:,;.\-–—]+", meaning.strip(), maxsplit=1)[0])
    return WORD_LETTERS.get(first) == letter or (
        first[:1].upper() == letter and first.isalpha() and len(first) > 2
    ) or _bracketed_word(letter, meaning)


NEGATION = frozenset({"not", "no", "non", "never", "nor", "without", "nicht", "kein", "keine",
                      "pas", "sans", "sin", "geen", "niet", "ohne", "ikke", "inte", "ei",
                      "nie", "nessun", "nessuno", "senza"})
"""Words that deny what follows them ('X = not responsible')."""


_EQUIVALENT = re.compile(
    r"(?:\(\s*(?:[^()]*?[\s:=≙≡→>])?([A-Z])\s*\)|[≙≡→]\s*([A-Z]))\W*$")


def equivalent(meaning: str) -> str:
    """The letter a legend's meaning closes on in brackets, saying which RACI letter its
    own mark stands for: 'E = decides, approves (equals A)', 'D = carries out (= R)',
    'M = takes part (RACI: C)' -> A, R, C, or after an arrow ('E = decides → A'); else
    ''. A workbook with its own letters names the RACI letter of each so: the named letter
    wins over the mark's own meaning."""
    match = _EQUIVALENT.search(meaning)
    named = (match.group(1) or match.group(2)) if match else ""
    return named if named in KNOWN else ""


def stands_for(symbol: str, meaning: str) -> str:
    """The letter a legend's other symbol stands for ('X = does the work (Responsible)' ->
    R): one of R, A, C, I named by its word in the meaning, the symbol no letter of a
    built-in scheme (RASCI's 'S = Supports the Responsible' stays S); else ''. A letter of
    another scheme stands for the RACI letter its meaning is the word of ('O = Informed',
    'O | Informed (kept up to date)': this sheet's I, not CAIRO's O, 'Out of the loop')."""
    if symbol.upper() in KNOWN:
        return glossed(symbol.upper(), meaning)
    words = re.findall(r"[^\W\d_]+", fold(meaning))
    if NEGATION.intersection(words):
        return ""  # 'X = not responsible / not applicable': a mark for no letter
    named = {WORD_LETTERS[w] for w in words if w in WORD_LETTERS} & set("RACI")
    return named.pop() if len(named) == 1 else ""


def glossed(letter: str, meaning: str) -> str:
    """The RACI letter a letter of another scheme stands for when its meaning opens on
    that letter's own word ('O = Informed' -> I); '' for R, A, C, I themselves and for a
    meaning of the letter's own ('S = Supports the Responsible', 'O = Out of the loop')."""
    if letter in RACI_LETTERS:
        return ""
    first = fold(re.split(r"[\s(:,;.\-–—/]+", meaning.strip(), maxsplit=1)[0])
    named = WORD_LETTERS.get(first, "")
    return named if named in RACI_LETTERS and named != letter else ""


RACI_LETTERS = frozenset("RACI")

_NO_LETTER = ("n/a", "none", "nobody", "nil", "nothing", "no one")


def denies(symbol: str, meaning: str) -> bool:
    """True when a legend says its symbol is no letter: 'X = Not responsible / not
    applicable', 'N = No involvement', 'Z = n/a'. The denial opens the meaning (its first
    two words, before any comma: 'F = Facilitates, no vote' is a letter with a remark),
    and the symbol is no letter of a built-in scheme."""
    if symbol.upper() in KNOWN:
        return False
    folded = fold(meaning)
    opening = re.split(r"[,;(]", folded, maxsplit=1)[0]
    return bool(NEGATION.intersection(re.findall(r"[^\W\d_]+", opening)[:2])) or (
        folded.startswith(_NO_LETTER))


def legend_words(entries: dict[str, str]) -> dict[str, str]:
    """The letter vocabulary extended with a legend's own words ('driver' -> D), its
    symbols that stand for a letter ('X = does the work (Responsible)': x -> R), and those
    it says are none ('X = Not applicable': x -> '', no letter)."""
    words = dict(WORD_LETTERS)
    # a chart of its own letters names the RACI letter of most of them; a lone letter in
    # brackets closing one meaning is a remark ('S = helps the doer (under R)')
    own = 2 * sum(1 for meaning in entries.values() if equivalent(meaning)) >= len(entries)
    # a chart of symbols explains two or more; one tick explained alone ('✓ = Accountable
    # person has signed off') marks a status column beside the letters
    symbols = sum(1 for letter in entries if is_symbol(letter)) >= 2
    for letter, meaning in entries.items():
        if is_symbol(letter) and not symbols:
            continue
        if denies(letter, meaning):
            words[letter.casefold()] = ""
            continue
        first = fold(re.split(r"[\s(:,;.\-–—]+", meaning.strip(), maxsplit=1)[0])
        if own and (named := equivalent(meaning)) and WORD_LETTERS.get(first) != letter.upper():
            words[letter.casefold()] = named  # 'C = Consulted (before A)' stays C
            continue
        if alias := stands_for(letter, meaning):
            words[letter.casefold()] = alias
            continue
        if first and first.isalpha():
            words.setdefault(first, letter)
    return words


_KEY_ENTRY = re.compile(
    r"^\s*(?P<phrase>[^\W\d_][^=:→]{0,38}?)\s*(?:=|:|→|=>)\s*(?P<letter>[A-Z])"
    r"(?:\s*\((?P<word>[^()]{2,40})\))?\s*$")
_KEY_BREAK = re.compile(r"\s*(?:[;|\n·•]|\s{2,})\s*")


def key_words(text: str) -> dict[str, str]:
    """The words a key written in one cell gives the letter of, when the cells hold words
    in place of letters ('Does it = R (Responsible); Signs off = A; Asked = C'): two
    entries or more, each a phrase of a few words, then the letter it stands for, and
    maybe that letter's own word in brackets. {} for another text."""
    label = LEGEND_LABEL.match(text)
    out: dict[str, str] = {}
    for piece in _KEY_BREAK.split((text[label.end():] if label else text).strip()):
        match = _KEY_ENTRY.match(piece)
        if not match or match["letter"] not in KNOWN:
            return {}
        phrase = fold(match["phrase"])
        word = fold(match["word"] or "").split(" ")[0]
        if (len(phrase) < 2 or len(phrase.split()) > 4 or parse_letters(phrase) is not None
                or (word in WORD_LETTERS and WORD_LETTERS[word] != match["letter"])):
            return {}
        out[phrase] = match["letter"]
    return out if len(out) >= 2 and len(set(out.values())) == len(out) else {}
