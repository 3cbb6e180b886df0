"""LaTeX source (.tex) as Markdown, line for line, for the Markdown reader.

A role page written in LaTeX reads as the page it typesets: sectioning commands are
headings, ``itemize``, ``enumerate`` and ``description`` items are list items, a
``tabular`` is a table, ``\\textbf`` and ``\\emph`` are bold and italics, and the
preamble, comments, footnotes, labels and layout commands are left out. A line of the
source stays a line, so every block keeps the line it starts on (the lines a table
spends come back as blank lines after it).
"""

from __future__ import annotations

import re

_COMMENT = re.compile(r"(?<!\\)%.*$")
_SECTION = re.compile(r"^\s*\\(?P<kind>part|chapter|section|subsection|subsubsection|paragraph|"
                      r"subparagraph)\*?(?:\[[^\]]*\])?\{(?P<title>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}"
                      r"\s*(?P<rest>.*)$")
_LEVELS = {"part": 1, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4}
_BEGIN = re.compile(r"^\s*\\(?P<end>begin|end)\{(?P<env>[a-zA-Z*]+)\}(?:\{[^{}]*\}|\[[^\]]*\])*"
                    r"\s*(?P<rest>.*)$")
_LISTS = {"itemize": "-", "enumerate": "1.", "description": "-"}
_TABLES = {"tabular", "tabular*", "tabularx", "longtable", "tabulary"}
_ITEM = re.compile(r"^\s*\\item(?:\[(?P<label>[^\]]*)\])?\s*(?P<text>.*)$")
_TITLE = re.compile(r"^\s*\\title\{(?P<title>.*)\}\s*$")
_RULES = re.compile(r"\\(?:hline|toprule|midrule|bottomrule|endhead|endfirsthead|endfoot|"
                    r"endlastfoot)\b|\\cline\{[^{}]*\}|\\cmidrule(?:\([^)]*\))?\{[^{}]*\}")
# commands whose argument is no part of the text
_DROPPED = re.compile(r"\\(?:footnote|label|cite|ref|pageref|eqref|vspace|hspace|setlength|"
                      r"includegraphics|index|hypertarget|addcontentsline|thispagestyle|"
                      r"pagestyle)\*?(?:\[[^\]]*\])?\{[^{}]*\}(?:\{[^{}]*\})?")
_BOLD = re.compile(r"\\(?:textbf|bfseries)\{(?P<text>[^{}]*)\}")
_ITALIC = re.compile(r"\\(?:emph|textit|textsl)\{(?P<text>[^{}]*)\}")
_LINK = re.compile(r"\\href\{[^{}]*\}\{(?P<text>[^{}]*)\}")
_MULTI = re.compile(r"\\multi(?:column|row)\{[^{}]*\}\{[^{}]*\}\{(?P<text>[^{}]*)\}")
_ANY = re.compile(r"\\[a-zA-Z]+\*?(?:\[[^\]]*\])?\{(?P<text>[^{}]*)\}")
_BARE = re.compile(r"\\[a-zA-Z]+\*?(?![{\w])\s?")
_ESCAPED = {"\\&": "&", "\\%": "%", "\\$": "$", "\\#": "#", "\\_": "_", "\\{": "{", "\\}": "}",
            "---": "—", "--": "–", "``": "“", "''": "”", "~": " ", "\\ ": " ", "\\,": " "}


def _inline(text: str) -> str:
    """A line's text with its markup read: bold and italics kept as Markdown, links and
    other commands as their text, footnotes and references dropped, escapes undone."""
    text = _DROPPED.sub("", text)
    for _ in range(8):  # nested arguments, innermost first ("\textbf{\emph{x}}")
        before = text
        text = _MULTI.sub(r"\g<text>", text)
        text = _LINK.sub(r"\g<text>", text)
        text = _BOLD.sub(r"**\g<text>**", text)
        text = _ITALIC.sub(r"*\g<text>*", text)
        text = _ANY.sub(r"\g<text>", text)
        if text == before:
            break
    text = re.sub(r"\\\\(?:\[[^\]]*\])?", " ", text)
    text = re.sub(r"\\[&%$#_{} ,]|---|--|``|''|~", lambda m: _ESCAPED[m.group()], text)
    text = _BARE.sub("", text)
    return " ".join(text.replace("{", "").replace("}", "").split())


def _table(rows_text: str) -> list[str]:
    """A tabular's body as Markdown table lines: rows end at ``\\\\``, cells at ``&``."""
    rows = []
    for row in re.split(r"\\\\(?:\[[^\]]*\])?", _RULES.sub("", rows_text)):
        cells = [_inline(c).strip().replace("|", "/") for c in re.split(r"(?<!\\)&", row)]
        if any(cells):
            rows.append(cells)
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width,
            *("| " + " | ".join(r) + " |" for r in rows[1:])]


def _has_document(lines: list[str]) -> bool:
    """Whether the source has a document environment (else all of it is the body)."""
    return any(line.strip().startswith("\\begin{document}") for line in lines)


def from_latex(text: str) -> str:
    """LaTeX source as Markdown, line for line (see the module's docstring)."""
    lines = [_COMMENT.sub("", line) for line in text.split("\n")]
    out: list[str] = []
    in_body = not _has_document(lines)
    lists: list[str] = []  # the open list environments, innermost last
    table: list[str] | None = None  # the lines of an open tabular
    table_at = 0
    for line in lines:
        if not in_body:
            titled = _TITLE.match(line)
            out.append(f"# {_inline(titled.group('title'))}" if titled else "")
            in_body = line.strip().startswith("\\begin{document}")
            continue
        env = _BEGIN.match(line)
        if table is not None:
            if env and env.group("end") == "end" and env.group("env") in _TABLES:
                made = _table(" ".join(table))
                spent = len(out) - table_at + 1
                out[table_at:] = made + [""] * max(spent - len(made), 0)
                table = None
            else:
                table.append(line)
                out.append("")
            continue
        if env:
            name = env.group("env")
            if env.group("end") == "begin" and name in _TABLES:
                table, table_at = [env.group("rest")], len(out)
                out.append("")
                continue
            if name in _LISTS:
                if env.group("end") == "begin":
                    lists.append(name)
                elif lists:
                    lists.pop()
            elif name == "document" and env.group("end") == "end":
                break
            out.append("")
            continue
        section = _SECTION.match(line)
        if section:
            level = _LEVELS.get(section.group("kind"))
            title = _inline(section.group("title"))
            rest = _inline(section.group("rest"))
            # "\paragraph{Treasurer} Keeps the accounts": a run-in title
            out.append(f"{'#' * level} {title}" if level else f"**{title}.** {rest}")
            if level and rest:
                out[-1] += f"\n{rest}"  # (kept on the line: the heading's own line)
            continue
        item = _ITEM.match(line) if lists else None
        if item:
            indent = "   " * (len(lists) - 1)
            mark = _LISTS[lists[-1]]
            label = item.group("label")
            text = _inline(item.group("text"))
            out.append(f"{indent}{mark} " + (f"**{_inline(label)}:** {text}" if label else text))
            continue
        stripped = _inline(line).strip()
        out.append("   " * len(lists) + stripped if lists and stripped else stripped)
    return "\n".join(out)
