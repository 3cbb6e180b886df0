"""TOML text of a template's data, as ``tomli_w.dumps`` writes it, made faster.

A derived draft holds tens of thousands of strings (the evidence of every cell, each a
table of three strings). ``tomli_w`` escapes each string one character at a time in
Python, and to decide whether a list of tables is written inline it first writes every
table inline and measures it. :func:`dumps` gives the same text, character for character
(``tests/test_template_safety.py`` compares the two on generated data and on derived
drafts): a string is escaped by one pattern search (and copied as it is when it holds
nothing to escape), and a table whose strings alone pass the width of an inline line is
known not to fit without writing it. Data holding anything but strings, whole numbers,
floats, booleans, lists, tuples and dicts with string keys is written by ``tomli_w``
itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import tomli_w

INDENT = "    "  # tomli_w's default indent of list items
MAX_LINE_LENGTH = 100  # tomli_w writes a list of tables inline only within this width
_ESCAPED = re.compile('[\x00-\x08\x0a-\x1f\x7f"\\\\]')  # what a basic string escapes
_COMPACT = {"\b": "\\b", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


class _OtherValueError(Exception):
    """A value this writer leaves to tomli_w."""


def dumps(data: dict[str, Any]) -> str:
    """``tomli_w.dumps(data)``: the same text."""
    try:
        return "".join(_table_chunks(data, "", False, {}))
    except _OtherValueError:
        return tomli_w.dumps(data)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _COMPACT.get(char) or "\\u" + hex(ord(char))[2:].rjust(4, "0")


def _string(text: str) -> str:
    if _ESCAPED.search(text) is None:
        return f'"{text}"'
    return f'"{_ESCAPED.sub(_escape, text)}"'


def _key(key: object) -> str:
    if not isinstance(key, str):
        raise _OtherValueError
    return key if _BARE_KEY.fullmatch(key) else _string(key)


def _literal(value: object, inline: dict[int, str], nest: int = 0) -> str:
    kind = type(value)
    if kind is str:
        return _string(value)  # type: ignore[arg-type]
    if kind is bool:
        return "true" if value else "false"
    if kind is int or kind is float:
        return str(value)
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = INDENT * (1 + nest)
        return "[\n" + ",\n".join(inner + _literal(item, inline, nest + 1)
                                  for item in value) + f",\n{INDENT * nest}]"  # type: ignore[attr-defined]
    if kind is dict:
        return _inline_table(value, inline)  # type: ignore[arg-type]
    raise _OtherValueError


def _inline_table(table: dict[Any, Any], inline: dict[int, str]) -> str:
    done = inline.get(id(table))
    if done is None:
        done = "{ " + ", ".join(f"{_key(k)} = {_literal(v, inline)}"
                                for k, v in table.items()) + " }" if table else "{}"
        inline[id(table)] = done
    return done


def _fits_inline(table: dict[Any, Any], inline: dict[int, str]) -> bool:
    """tomli_w's test of whether a table of a list is written inline: its inline form,
    indented and with its comma, within the line width and on one line. A table whose
    keys and strings alone (each string with its quotes, each key with " = ") pass the
    width does not fit, whatever else it holds."""
    least = len(INDENT) + 1 + 2 * len(table) + 2
    for k, v in table.items():
        if type(k) is not str:
            raise _OtherValueError  # (tomli_w refuses it)
        least += len(k) + 3
        if type(v) is str:
            least += len(v) + 2
    if least > MAX_LINE_LENGTH:
        return False
    rendered = f"{INDENT}{_inline_table(table, inline)},"
    return len(rendered) <= MAX_LINE_LENGTH and "\n" not in rendered


def _is_tables(value: object) -> bool:
    return (type(value) is list or type(value) is tuple) and bool(value) and \
        all(type(t) is dict for t in value)


def _table_chunks(table: dict[Any, Any], name: str, in_list: bool, inline: dict[int, str]
                  ) -> Iterator[str]:
    """tomli_w's ``gen_table_chunks``: the table's own values, then its tables."""
    if type(table) is not dict:
        raise _OtherValueError
    literals = []
    tables: list[tuple[str, Any, bool]] = []
    for k, v in table.items():
        if type(v) is dict:
            tables.append((k, v, False))
        elif _is_tables(v) and not all(_fits_inline(t, inline) for t in v):
            tables.extend((k, t, True) for t in v)
        else:
            if not isinstance(v, str | bool | int | float | list | tuple | dict):
                raise _OtherValueError
            literals.append((k, v))
    written = False
    if in_list or name and (literals or not tables):
        written = True
        yield f"[[{name}]]\n" if in_list else f"[{name}]\n"
    if literals:
        written = True
        for k, v in literals:
            yield f"{_key(k)} = {_literal(v, inline)}\n"
    for k, v, listed in tables:
        if written:
            yield "\n"
        else:
            written = True
        part = _key(k)
        yield from _table_chunks(v, f"{name}.{part}" if name else part, listed, inline)
