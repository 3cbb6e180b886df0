"""Structured data read as a document: an ownership or task file in YAML or JSON.

Teams keep who-does-what in configuration as often as in prose: a data catalogue's
``owner:``/``steward:``/``reviewers:`` per product, a rota exported as JSON with one task
object per line, an on-call file of services and their leads. Such a file is parsed with
a YAML or JSON parser and written out as Markdown the rest of derivation reads: a RACI
table whose rows are the duties and entries of the file and whose letters come from its
keys (``owner`` accountable, ``reviewers`` consulted, ``subscribers`` informed) or from a
legend in the file that says what each key means; a key that names a role with duties or
prose under it (``Chair: [run the meetings, ...]``) as that role's section; the file's
leading comments and its notes as paragraphs.
"""

from __future__ import annotations

import csv
import io
import json
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from raci.derive import lazy_re as re
from raci.derive.actors import (
    DETERMINERS,
    MONTHS,
    WEEKDAYS,
    actor_name,
    actor_word,
    verb_lemma,
    word_classes,
)
from raci.excel.letters import WORD_LETTERS, parse_letters

if TYPE_CHECKING:
    from yaml import CSafeLoader, SafeLoader


def _yaml_loader() -> type[CSafeLoader] | type[SafeLoader]:
    """PyYAML's safe loader, imported when a YAML document is first read (the import
    takes a tenth of a second of every run otherwise): libyaml's parser, about ten times
    faster, ships in PyYAML's wheels."""
    try:
        from yaml import CSafeLoader
    except ImportError:  # pragma: no cover - a PyYAML built without libyaml
        from yaml import SafeLoader

        return SafeLoader
    return CSafeLoader

# What a field's key says about the ones it names, when no legend in the file says it
KEY_WORDS: dict[str, str] = {
    **WORD_LETTERS,
    **dict.fromkeys(["owner", "owners", "approver", "approvers", "approved by", "sign off",
                     "signoff", "signed off by", "sign off by", "decides", "decision maker",
                     "authorised by", "authorized by", "accountable owner"], "A"),
    **dict.fromkeys(["lead", "leads", "assignee", "assignees", "assigned to", "assigned",
                     "steward", "stewards", "doer", "doers", "done by", "by", "performed by",
                     "operated by", "carried out by", "handled by", "delivered by",
                     "executed by", "run by", "proposed by", "author", "authors",
                     "who", "operator", "operators", "responsible party", "primary",
                     "maintainer", "maintainers", "on call", "owner team"], "R"),
    **dict.fromkeys(["reviewer", "reviewers", "reviewed by", "review by", "consulted",
                     "consult", "consults", "ask", "advisers", "advisors", "adviser", "advisor",
                     "advised by", "experts", "checked by", "checker",
                     # a workflow tool's collaborators work on a task beside its assignee
                     "collaborators", "collaborator",
                     # a step's "with:" list: the parties the doer works with
                     "with", "works with", "worked with", "work with", "check with"], "C"),
    **dict.fromkeys(["informed", "inform", "notify", "notified", "notifies", "subscribers",
                     "subscriber", "watchers", "watcher", "cc", "fyi", "told", "tell",
                     "observers", "recipients", "copy to", "copied", "informs", "tells",
                     # a task tool's followers get its updates (Asana, Jira's watchers)
                     "followers", "follower"], "I"),
}
KEY_WORDS.pop("driver", None)  # DACI's driver is no RACI letter here
KEY_WORDS.pop("support", None)

# Keys whose value names the entry ("name: orders_daily", "task": "Open the store")
_NAME_KEYS = ("name", "title", "task", "activity", "action", "duty", "step", "summary", "do",
              "job", "item", "label", "id", "key", "code",
              # a role's spelled-out name beside its code ("TR:" over "long_name: Treasurer")
              "long name", "full name", "display name", "full title")
# Keys naming who made or last changed the file or the record ("exported_by",
# "lastModifiedBy"), no party to the work it lists
_RECORD_KEY = re.compile(r"(?:last )?(?:exported|generated|created|modified|updated|edited|"
                         r"saved|printed|downloaded|uploaded|synced|imported|changed) by")
# Keys whose list is the work of the entry's roles ("duties:", "tasks:")
_DUTY_KEY = re.compile(r"^(?:(?:key|main|core|primary|principal) )?(?:duties|tasks|"
                       r"responsibilit(?:y|ies)|actions|activities|steps|sub ?tasks|jobs|"
                       r"checklist|to ?dos?|work|dos|does|remit)$", re.IGNORECASE)
# Keys listing the parts of a task (its checklist), each a duty of the task's doers
_PARTS_KEY = re.compile(r"\b(?:checklist|sub ?tasks|sub ?steps)\b")
# Keys whose prose is a note about the entry ("notes:", "description:")
_NOTE_KEY = re.compile(r"^(?:notes?|comments?|remarks?|details?|how|process|procedure)$",
                       re.IGNORECASE)
# A legend of keys or codes ("roles:", "fields:", "legend:", "codes:")
_LEGEND_KEY = re.compile(r"^(?:roles|fields|legend|keys?|glossary|definitions|codes|"
                         r"people|teams|parties|participants|field meanings|role codes)$",
                         re.IGNORECASE)
_ADDRESS = re.compile(r"<[^<>\s]*>|\S+@\S+\.\w+|\b(?:https?://|www\.)\S+")
# A line of YAML: a key and its colon, an item, a comment, a block's carried-on text
_YAML_LINE = re.compile(r"^\s*(?:#|- |-$|[\"']?[\w .@/()'-]{1,60}[\"']?:(?:\s|$)|[\]}\[{])")
# How often a listed duty is done, ending it ("every day", "at the end of each term", "every
# other week"): "every" or "each" before a period or a number, not before a thing ("sign off
# every story before it is printed", "check that each claim has a receipt": what the duty
# is done to). A deadline ("by 07:00", "within five days") is part of the duty and stays.
_PERIOD = (r"(?:day|week|fortnight|month|quarter|term|season|year|morning|afternoon|evening|"
           rf"night|shift|session|hour|minute|weekend|{'|'.join(WEEKDAYS + MONTHS)})s?")
_EVERY = (r"(?:(?:before|after|at the (?:start|end) of)\s+)?(?:every|each)\s+"
          rf"(?=(?:other\s+|working\s+|school\s+|calendar\s+|\w+\s+)?(?:\d|{_PERIOD}\b))")
_EVERY_CUE = re.compile(rf"\s+{_EVERY}", re.IGNORECASE)


def _how_often_tail(text: str) -> int | None:
    """Where how often the duty is done starts, after its last comma or semicolon, or
    None."""
    every = _EVERY_CUE.search(text, max(text.rfind(","), text.rfind(";")) + 1)
    return every.start() if every is not None else None

# A party named after "with" or "to" by one word at the duty's end: "with the bookkeeper",
# "with the FCA", "to every member"
_PARTY_NAMED = re.compile(r"\b(?P<cue>with|to)\s+(?:the|every|each|all|our)\s+"
                          r"(?P<who>[a-z]{4,}|[A-Z]{2,6})(?=\s*$|\s+(?:\d|(?:by|before|after|"
                          r"within|each|every|once)\b))")
# Cues before a party that does the duty too: "alongside the bar staff"
_TOGETHER = ("together with", "jointly with", "alongside")
# Duties that hand something in to the body named after "with": "file the return with ..."
_HANDED_IN = re.compile(r"^(?:file|lodge|register|deposit)\b", re.IGNORECASE)
_PARTY_AFTER = re.compile(r"\b(?:with|to|alongside)\s+(?:the\s+)?[A-Z]")

Tree = object  # what a YAML or JSON parser gives: dicts, lists and scalars

# A line that starts a YAML document after the first ("---", "--- # entity"), so that the
# file is a stream of documents
_DOCUMENT_START = re.compile(r"\n---[ \t]*(?:#[^\n]*)?(?=\n|$)")
# A commented legend of the file's keys: "#   spec.owner    the team that runs it" (a
# key or a dotted path to it, two spaces or more or a dash between spaces, its meaning,
# "#   check_with - roles the lead asks"), the meaning carried on over comment lines
# indented to it
_COMMENT_FIELD = re.compile(r"^#(?P<pad>\s+)(?P<key>[\w.-]+(?:/[\w.-]+)?)"
                            r"(?P<gap>\s{2,}|\s+[-–—=]\s+)"
                            r"(?P<meaning>\S.*)$")
# A further key of a legend line, after a semicolon: "; approved_by = must agree first"
_LEGEND_PAIRS = re.compile(r";\s*([\w.-]+(?:/[\w.-]+)?)\s+=\s+")
# A note's parts ("who = does it, tell = keep informed."), and a key with its sign and
# meaning in one: "ok_by = signs it off", "tell: keep informed", "helpers - work with"
_PROSE_PARTS = re.compile(r"[,;]\s+|\.(?:\s+|$)|\n")
_PROSE_PAIR = re.compile(r"^([A-Za-z_][\w.-]*)\s*(?:=|:|->|→|\s[-–—]\s)\s*(\S.*)$")
# An entity of a catalogue or a manifest ("apiVersion", "kind", "metadata", "spec"): its
# name and title in "metadata", its fields in "spec" and in "metadata.annotations"
_ENTITY_PARTS = ("metadata", "spec")
# Keys naming the role an entry describes ("role: Finance Chair" over its duties)
_ROLE_KEYS = frozenset({"role", "position", "post", "office", "job title", "role title",
                        "role name"})
# Keys that spell out the role an entry's key is the code of ("TO:" over "description:
# Training Officer")
_SPELLED_KEYS = frozenset({"description", "desc", "meaning", "means", "stands for",
                           "expansion", "role", "position", "post"})
# Keys that list a group's people ("members: [akhan, bdaly]"), no role's duties
_MEMBER_KEYS = frozenset({"members", "member", "users", "people", "staff"})
# A key's namespace ("example.com/owner", "team.io/notify"): the key is the last part
_NAMESPACED = re.compile(r"^(?:[\w-]+\.)+[\w-]+/(?=[\w.-]+$)")

# A tree nested deeper than this, or whose aliases make it more than ten times as many
# nodes as its text has characters (a "billion laughs" of anchors), is not read: the
# walk over it would recurse past Python's limit or take exponential time
MAX_DEPTH = 100


def parse_data(text: str, suffix: str) -> Tree | None:
    """The tree a structured file holds, or None when the text is not structured data.

    JSON (an object or an array, or one object per line) is tried for text that opens
    with a brace or a bracket; YAML for ``.yaml``/``.yml`` files and for text files
    whose lines read as YAML (keys with colons, items, comments) and nest. A tree with
    nothing nested (a few "Key: value" lines) is left to the text reader."""
    body = text.lstrip("\ufeff \t\r\n")
    tree: Tree | None = None
    if body[:1] in "{[" and body:
        try:
            tree = json.loads(body)
        except RecursionError:
            return None
        except ValueError:
            tree = _json_lines(body)
    elif suffix in (".yaml", ".yml") or _reads_as_yaml(body):
        import yaml

        loader = _yaml_loader()
        try:
            if _DOCUMENT_START.search(body):
                # a stream of documents parted by "---" lines (a catalogue of entities, a
                # set of manifests): the list of them, the empty ones left out
                tree = [d for d in yaml.load_all(body, Loader=loader)  # noqa: S506
                        if d is not None]
                tree = tree[0] if len(tree) == 1 else tree
            else:
                tree = yaml.load(body, Loader=loader)  # noqa: S506 - the safe loader
        except (yaml.YAMLError, RecursionError):
            return None
    if not isinstance(tree, (dict, list)) or not _nests(tree) or \
            not _bounded(tree, 10 * len(body) + 10_000):
        return None
    return tree


def _bounded(tree: Tree, most: int) -> bool:
    """Whether the tree, each alias counted as often as it is used, has at most ``most``
    nodes and nests at most MAX_DEPTH deep; stops counting at the first node past."""
    stack: list[tuple[object, int]] = [(tree, 0)]
    count = 0
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > most or depth > MAX_DEPTH:
            return False
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return True


def _json_lines(body: str) -> Tree | None:
    """A file of one JSON value per line (JSON Lines), as a list; None when a line is
    not JSON."""
    values: list[object] = []
    for line in body.splitlines():
        line = line.strip().rstrip(",")
        if not line or line in "[]":
            continue
        try:
            values.append(json.loads(line))
        except ValueError:
            return None
    return values or None


def _reads_as_yaml(body: str) -> bool:
    """Text whose lines (nine in ten of its first 400 that hold something) are YAML's,
    with at least one indented key or item under another: no page of prose parses so."""
    lines = [line for line in body.splitlines()[:400] if line.strip()]
    if len(lines) < 4:
        return False
    yaml_lines = 0
    block = -1  # the indent of a key whose folded or literal text ("key: >") goes on below
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if block >= 0 and indent > block:
            yaml_lines += 1
            continue
        block = indent if re.search(r":\s*[>|][+-]?\s*$", line) else -1
        yaml_lines += bool(_YAML_LINE.match(line))
    nested = any(line[:1] in " \t" and re.match(r"\s+(?:- |[\w .'-]{1,60}:(?:\s|$))", line)
                 for line in lines)
    return nested and yaml_lines * 10 >= len(lines) * 9


def _nests(tree: Tree) -> bool:
    items = tree.values() if isinstance(tree, dict) else tree if isinstance(tree, list) else ()
    return any(isinstance(v, (dict, list)) for v in items)


def leading_comments(text: str) -> list[str]:
    """The comment block a YAML file opens with, as paragraphs ("# Who owns ..."), without
    a first line that only names the file."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in text.lstrip("\ufeff").splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        words = stripped.lstrip("#").strip()
        if not words:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(words)
    if current:
        paragraphs.append(" ".join(current))
    if paragraphs and re.fullmatch(r"[\w.-]+\.(?:ya?ml|json|txt)", paragraphs[0].split()[0]):
        paragraphs[0] = paragraphs[0].split(maxsplit=1)[1].lstrip("—–-: ") \
            if " " in paragraphs[0] else ""
    return [p for p in paragraphs if p]


class _Reader:
    """Walks a tree once, collecting RACI rows, role sections and notes."""

    def __init__(self, meaning_letters: Callable[[str], frozenset[str]], tree: Tree) -> None:
        self.meaning_letters = meaning_letters
        self.tree = tree
        self.key_letters: dict[str, frozenset[str]] = {}
        self.codes: dict[str, str] = {}
        self.rows: list[tuple[str, dict[str, set[str]]]] = []
        self.duty_entries: dict[int, str] = {}  # a duty's row -> the entry it is listed in
        self.sections: list[str] = []
        self.notes: list[str] = []
        self.used: set[str] = set()  # the keys of the entries, outside the legends

    # --- the legend -------------------------------------------------------------------

    def read_comment_legend(self, text: str) -> set[int]:
        """Key meanings from a legend in the file's comments: two or more comment lines in
        a row, each a key (or a dotted path to it, "spec.owner", or a namespaced key,
        "example.com/approvers") then two spaces or more and its meaning, carried on over
        comment lines indented to it; the indices of the lines it spans."""
        lines = text.splitlines()
        keys: list[tuple[str, str]] = []
        spent: set[int] = set()
        run: list[tuple[str, str]] = []
        run_lines: list[int] = []
        column = -1
        for n, line in enumerate([*lines[:400], ""]):
            stripped = line.strip()
            m = _COMMENT_FIELD.match(stripped)
            if m and not (run and len(m.group("pad")) + 1 >= column):
                # ("# owner = does it; approved_by = must agree first": several keys on
                # one line, each with its sign and meaning, parted by semicolons)
                pairs = _LEGEND_PAIRS.split(m.group("meaning")) \
                    if "=" in m.group("gap") else [m.group("meaning")]
                run.append((m.group("key"), pairs[0].rstrip("; ")))
                run += [(key, meaning.rstrip("; ")) for key, meaning in
                        zip(pairs[1::2], pairs[2::2], strict=True) if meaning.strip("; ")]
                run_lines.append(n)
                column = 1 + len(m.group("pad")) + len(m.group("key")) + len(m.group("gap"))
                continue
            if run and stripped.startswith("#") and \
                    len(stripped) - len(stripped[1:].lstrip()) >= column and stripped[1:].strip():
                key, meaning = run[-1]
                run[-1] = (key, f"{meaning} {stripped[1:].strip()}")
                run_lines.append(n)
                continue
            if len(run) >= 2:
                keys += run
                spent.update(run_lines)
            run, run_lines, column = [], [], -1
        fields = {_human(_NAMESPACED.sub("", k)) for node in _nodes(self.tree) if
                  isinstance(node, dict) for k in node}
        found = [(re.split(r"[./]", key)[-1], meaning) for key, meaning in keys]
        if not any(_human(key) in fields for key, _ in found):
            return set()
        self.used |= fields
        for key, meaning in found:
            self._legend_pair(key, meaning)
        return spent

    def read_entities(self) -> None:
        """The names of a catalogue's entities as codes of their titles ("group:data-office"
        and "data-office" for "Data Office"), so that a field naming one by its reference
        names it by its title."""
        for node in _nodes(self.tree):
            meta = node.get("metadata") if isinstance(node, dict) else None
            if not isinstance(meta, dict) or not isinstance(node, dict) or \
                    not all(isinstance(node.get(k), dict) for k in _ENTITY_PARTS):
                continue
            name, title = meta.get("name"), _entity_title(node)
            if not isinstance(name, str) or not title or title == name:
                continue
            self.codes.setdefault(name, title)
            if isinstance(node.get("kind"), str):
                self.codes.setdefault(f"{str(node['kind']).lower()}:{name}", title)

    def read_legends(self, tree: Tree) -> None:
        """Codes and key meanings from mappings under a legend's key ("roles:", "fields:")
        anywhere in the tree; a role named in a legend with prose after it is a section."""
        legends = [(key, value) for key, value in _mappings_under(tree)
                   if _LEGEND_KEY.match(_human(key))]
        inside = {id(v) for _, value in legends for v in _nodes(value)}
        self.used = {_human(k) for node in _nodes(tree) if id(node) not in inside
                     and isinstance(node, dict) for k in node}
        for _, value in legends:
            if isinstance(value, list):  # [{code: OPS, name: Operations Lead}, ...]
                for entry in value:
                    if isinstance(entry, dict):
                        self._legend_entry(entry)
                continue
            if not isinstance(value, dict):
                continue
            for k, v in value.items():
                if isinstance(v, dict):
                    self._legend_entry({"code": k, **v})
                elif isinstance(v, str):
                    self._legend_pair(str(k), v)

    def read_prose_legend(self, tree: Tree) -> None:
        """Key meanings written out in a note of the file, as JSON, which has no comments,
        keeps them: a string at the top of the tree ("_readme": "who = does it, helpers =
        works with, ok_by = signs it off") holding two or more keys of the entries, each
        with a sign and its meaning, parted by commas, semicolons or full stops."""
        strings = [(str(k), v) for node in [tree, *(v for v in (
            tree.values() if isinstance(tree, dict) else []) if isinstance(v, dict))]
            if isinstance(node, dict) for k, v in node.items() if isinstance(v, str)]
        for holder, text in strings:
            pairs = [(m.group(1), m.group(2).strip()) for part in _PROSE_PARTS.split(text)
                     if (m := _PROSE_PAIR.match(part.strip())) is not None and
                     _human(m.group(1)) in self.used and m.group(1) != holder]
            if len(pairs) < 2:
                continue
            for key, meaning in pairs:
                self._legend_pair(key, meaning)

    def _legend_entry(self, entry: dict[object, object]) -> None:
        code = next((str(entry[k]) for k in ("code", "id", "key", "abbreviation", "short")
                     if isinstance(entry.get(k), (str, int))), None)
        name = next((str(entry[k]) for k in ("name", "role", "title", "full name")
                     if isinstance(entry.get(k), str)), None)
        if code and name:
            self.codes[code] = name
        meaning = next((str(entry[k]) for k in ("meaning", "description", "means")
                        if isinstance(entry.get(k), str)), None)
        if code and meaning and not name:
            self._legend_pair(code, meaning)

    def _legend_pair(self, key: str, value: str) -> None:
        text = " ".join(value.split())
        if len(text.split()) <= 6 and not text.endswith((".", "!", "?")) and \
                actor_name(text, acronym=True) is not None and actor_name(key) is None:
            self.codes[key] = text  # "OPS: Operations Lead"
            return
        letters = self.meaning_letters(text)
        if not letters and re.match(r"(?i)(?:(?:the |a |an )?[\w-]+(?: [\w-]+)? "
                                    r"(?:that|who|which) )?(?:does|carries out|performs|"
                                    r"handles|runs|builds|works|prepares|delivers|executes|"
                                    r"is the one who)\b", text):
            letters = frozenset("R")  # "Does the day-to-day work ...": the doer
        if not letters and self.letters_of(key) and (
                _human(key) in self.used or actor_name(key) is None):
            return  # ("approved_by = must agree first": the key's own words say it)
        if _human(key) in self.used or letters and actor_name(key) is None:
            self.key_letters[_human(key)] = letters  # what a field of the entries means
        elif actor_name(key, acronym=True) is not None:
            self.sections.append(f"**{key}**: {text}")  # a role and what it does
        elif letters:
            self.key_letters[_human(key)] = letters

    def name_parties_in_duties(self) -> None:
        """A listed duty that names another party of the file gives it its letter: "set
        the budget with the Finance Chair" consults the Finance Chair, "present the report
        to the Steering Committee" tells the Steering Committee, "approve payments together
        with one General Chair" (or "alongside the bar staff") has the General Chair do it
        too. A party the row already
        holds keeps its letter."""
        parties = sorted({p for _, cells in self.rows for p in cells}, key=len, reverse=True)
        if not parties:
            return
        # a name of two words or more in any case ("with the finance chair"); one word
        # only as written, a lower-case key being a verb as often ("to support the launch")
        spelled = {p.lower(): p for p in parties if " " in p}
        whom = "|".join([*([f"(?i:{'|'.join(map(re.escape, spelled.values()))})"]
                           if spelled else []),
                         *(re.escape(p) for p in parties if " " not in p)])
        named = re.compile(r"\b(?P<cue>together with|jointly with|alongside|in consultation with|"
                           r"after consulting|with|to)\s+(?:(?:the|one|a|an|all|each|every|"
                           r"both)\s+)?(?P<who>" + whom + r")(?:e?s)?\b")
        plural = {p[:-1].lower(): p for p in parties if p.endswith("s")}
        # ("give the tenant heating advice", "send the lender the report": the party a duty
        # gives or sends something is told, as "to the tenant" is)
        given = re.compile(r"^(?:give|send|show|offer|hand|issue|e-?mail|post)\s+"
                           r"(?:the|each|every|all|our)\s+(?P<who>" + whom + r")(?:e?s)?\s+"
                           r"(?:a|an|the|their|its|his|her|our|any|\w+)\b", re.IGNORECASE)
        by_case = {p.lower(): p for p in parties}
        for at, (name, cells) in enumerate(self.rows):
            found = {who: m.group("cue") for m in named.finditer(name)
                     if (who := spelled.get(m.group("who").lower(), m.group("who")))
                     not in cells}
            to = given.match(name)
            if to and (who := by_case.get(to.group("who").lower(), "")) and who not in cells:
                found.setdefault(who, "to")
            for m in _PARTY_NAMED.finditer(name):
                # "with the bookkeeper", "with the FCA", "to every member": a party the
                # file lists no duties for, named by a person's word or a body's letters
                word = m.group("who")
                party: str | None = plural.get(word.lower()) or (
                    word if word.isupper() else actor_name(word, acronym=True)
                    if word.islower() and actor_word(word) else None)
                if party and party not in cells and party not in found:
                    found[party] = "to" if m.group("cue") == "with" and _HANDED_IN.match(name) \
                        else m.group("cue")
            if not found:
                continue
            cells = {p: set(ls) for p, ls in cells.items()}
            for who, cue in found.items():
                cells[who] = {"R"} if cue in _TOGETHER else {"I"} if cue == "to" else {"C"}
            self.rows[at] = (name, cells)

    def name_shared_duties(self) -> None:
        """A duty listed under two or more entries ("publish the table" under orders_daily
        and under customers) named for each ("Publish the table for customers"): the rows
        would otherwise be one, its owners merged."""
        entries: dict[str, set[str]] = {}
        for at, entry in self.duty_entries.items():
            entries.setdefault(self.rows[at][0].lower(), set()).add(entry)
        for at, entry in self.duty_entries.items():
            name, cells = self.rows[at]
            if len(entries[name.lower()]) > 1:
                self.rows[at] = (f"{name} for {entry}", cells)

    # --- entries ----------------------------------------------------------------------

    def letters_of(self, key: str) -> frozenset[str]:
        human = _human(key)
        if human in self.key_letters:
            return self.key_letters[human]
        if _DUTY_KEY.match(human) or _NOTE_KEY.match(human) or human in _NAME_KEYS:
            return frozenset()
        letters = parse_letters(human, KEY_WORDS)
        when = re.fullmatch(r"(\w+) (?:on|when|after|before|if|at|upon) \w+(?: \w+)?", human)
        if not letters and when:  # "notifyOnComplete", "inform_when_done": who is told
            letters = parse_letters(when.group(1), KEY_WORDS)
        if _RECORD_KEY.fullmatch(human):
            return frozenset()  # "exported_by", "last_modified_by": who made the file
        if not letters and re.fullmatch(r"[a-z]+ed by", human):
            return frozenset("R")  # "raised_by", "prepared_by": who does it
        return letters if letters and letters <= set("RACI") else frozenset()

    def names(self, value: object, fields: dict[str, list[str]],
              above: dict[str, list[str]]) -> list[str]:
        """The parties a field's value names: a name, a list of them, a comma-separated
        run, a code the legend spells out, another field of the entry ("steward")."""
        raw: list[str] = []
        if isinstance(value, str):
            raw = [q for p in re.split(r"\s*[,;]\s*", value) if p for q in _coordinated(p)]
        elif isinstance(value, list):
            raw = [str(v) for v in value if isinstance(v, (str, int)) and str(v).strip()]
        out: list[str] = []
        for part in raw:
            part = " ".join(_ADDRESS.sub("", part).split()).strip(" .")
            if not part or len(part.split()) > 8:
                continue
            if _human(part) in fields:  # "proposed_by: steward"
                out += fields[_human(part)]
            elif _human(part) in above:  # the steward of the entry this one is under
                out += above[_human(part)]
            else:
                named = self.codes.get(part, part)
                # "Data Platform team" as the prose names it, "Data Platform Team"
                out.append(actor_name(named, acronym=True) or named)
        return list(dict.fromkeys(out))

    def walk(self, node: Tree, name: str, inherited: dict[str, set[str]],
             above: dict[str, list[str]]) -> None:
        if isinstance(node, list):
            for item in node:
                if isinstance(item, (dict, list)):
                    self.walk(item, name, inherited, above)
            return
        if not isinstance(node, dict):
            return
        keys = _task_fields(_entity_fields(node) or {str(k): v for k, v in node.items()})
        if len(keys) == 1 and any(_LEGEND_KEY.match(_human(k)) and not _duty_entries(v)
                                  for k, v in keys.items()):
            return
        own = _entry_name(keys)
        # the fields naming parties, and what each letter's holders are
        fields: dict[str, list[str]] = {}
        letters_of: dict[str, frozenset[str]] = {}
        for k, v in keys.items():
            letters = self.letters_of(k)
            if letters and isinstance(v, (str, list)) and not _LEGEND_KEY.match(_human(k)):
                fields[_human(k)] = []
                letters_of[_human(k)] = letters
        role = next((k for k, v in keys.items() if _human(k) in _ROLE_KEYS and
                     isinstance(v, str) and _role_title(v)), None)
        duty_keys = [k for k, v in keys.items() if _DUTY_KEY.match(_human(k)) and _strings(v)]
        # an entry among others that names the role it describes, by a "role:" key or by
        # its name ("name: Warehouse Supervisor")
        role_entry = node is not self.tree and (
            role is not None or bool(own) and actor_name(own, acronym=True) is not None)
        if not duty_keys and role_entry:
            duty_keys = _phase_lists(keys, letters_of)
        if role_entry and duty_keys and not any(ls & {"A", "R"} for ls in letters_of.values()):
            # "role: Finance Chair" over "duties: [keep the accounts]", one entry of many:
            # the role does them (a file that is one such entry is a page, its prose read);
            # "name: Warehouse Supervisor" over "does: [...]" and "consults: [Buyer]" does
            # its duties beside the parties its other keys name (with none, it is read as
            # the role's section below)
            doer = role if role is not None else \
                next(k for w in _NAME_KEYS for k in keys if _human(k) == w)
            if role is not None or letters_of:
                fields[_human(doer)], letters_of[_human(doer)] = [], frozenset("R")
            own = own or " ".join(str(keys[doer]).split())
        for k in list(fields):
            fields[k] = self.names(keys[next(x for x in keys if _human(x) == k)], fields, above)
        holders: dict[str, set[str]] = {}
        for k, people in fields.items():
            for person in people:
                holders.setdefault(person, set()).update(letters_of[k])
        entry = own or name
        duties = [d for k in duty_keys for d in _strings(keys[k])]
        if holders:
            cells = _resolved(holders, inherited)
            if duties and own and _PARTS_KEY.search(" ".join(map(_human, keys))) and \
                    actor_name(own, acronym=True) is None:
                # a task over a checklist of its parts: the task a row, its parts its
                # doers' ("Agree the plan" over "checklist: [reassign the tickets, ...]")
                self.rows.append((_sentence_case(own), cells))
                cells = {p: ls for p, ls in cells.items() if ls & {"A", "R"}}
            if duties:
                for duty in [act for d in duties for act in _acts(d)]:
                    if entry:
                        self.duty_entries[len(self.rows)] = entry
                    self.rows.append((_duty_name(duty), cells))
            elif entry and any(ls & {"A", "R"} for ls in cells.values()):
                # ("task: Sweep the hall, stack the chairs and lock up": a list of three
                # acts or more, each a row of the same parties; two acts stay one task)
                for act in (_listed_acts(entry) if own else [entry]):
                    self.rows.append((_sentence_case(act), cells))
            below = {p: {x for x in ls if x in "AR"} for p, ls in cells.items()
                     if ls & {"A", "R"}}
        else:
            below = inherited
            # a role over its duties, named in the entry or by its key in a group
            # ("Treasurer:" over "duties:" under "officers:")
            if duties and entry and actor_name(entry, acronym=True) is not None:
                # a role keyed by its code and spelled out beside its duties ("TO:" over
                # "description: Training Officer") headed by both, "Training Officer (TO)"
                title = "" if own else next(
                    (" ".join(v.split()) for k, v in keys.items() if isinstance(v, str) and
                     _human(k) in _SPELLED_KEYS and len(v.split()) <= 6 and
                     not v.rstrip().endswith((".", "!", "?")) and
                     actor_name(v, acronym=True) is not None), "")
                self.sections.append(_section(f"{title} ({entry})" if title else entry,
                                              duties))
        for k, v in keys.items():
            human = _human(k)
            if _NOTE_KEY.match(human) and isinstance(v, str):
                self.notes += _note_paragraphs(v)
            elif isinstance(v, list) and human not in fields and k not in duty_keys and \
                    _sentences_only(v) and actor_name(str(k), acronym=True) is None and \
                    not _ASKED_OF_KEY.search(human) and not holders:
                # "rules: [Only the Icemaker may ..., Skips must report ...]": sentences
                # of prose, each read as a paragraph (not under a role's name, whose list
                # is its duties: "Treasurer: [Pays the invoices.]", nor under what a post
                # asks of its holder: "requirements: [Drivers must hold a licence.]", nor
                # in a task that names its parties, whose "history: [Card moved to Done by
                # the Secretary.]" is its record, no prose)
                self.notes += [" ".join(x.split()) for x in v]
            elif isinstance(v, (dict, list)) and human not in fields and \
                    k not in duty_keys and \
                    not (_LEGEND_KEY.match(human) and not _duty_entries(v)):
                if isinstance(v, list) and all(isinstance(x, str) for x in v) and v and \
                        human not in _MEMBER_KEYS and actor_name(str(k), acronym=True) is not None:
                    self.sections.append(_section(str(k), [str(x) for x in v]))
                    continue
                # a nested entry is named by its key and the entry it is under
                # ("schema_change" under orders_daily: "Schema change for orders_daily")
                if isinstance(v, dict) and not _entry_name({str(a): b for a, b in v.items()}):
                    # an entry's part ("schema_change" under orders_daily: "Schema change
                    # for orders_daily"), or an entry named by its key in a group
                    # ("payments-api:" under "services:")
                    child = f"{_human(k).capitalize()} for {entry}" if holders and entry \
                        else str(k)
                    self.walk(v, child, below, {**above, **fields})
                else:
                    self.walk(v, entry, below, {**above, **fields})
            elif isinstance(v, str) and human not in fields and not _NOTE_KEY.match(human) \
                    and human not in _NAME_KEYS and len(v.split()) >= 4 and \
                    actor_name(str(k), acronym=True) is not None:
                self.sections.append(f"**{k}**: {' '.join(v.split())}")


# Keys of what a post asks of its holder, not what they do ("qualifications: [Level 5
# referee badge]", "languages: [speak French]", "essential skills: [lead a team]")
_ASKED_OF_KEY = re.compile(r"\b(?:qualifications?|skills?|languages?|requirements?|requires|"
                           r"experience|competenc(?:e|es|y|ies)|knowledge|abilities|"
                           r"certifications?|education|criteria|attributes|must haves?)$",
                           re.IGNORECASE)


def _phase_lists(keys: dict[str, object], letters_of: dict[str, frozenset[str]]) -> list[str]:
    """The keys of a role's entry whose lists are its duties at a stage of the work
    ("on_callout: [take the call, ...]", "after_callout: [write the log]"), when no key
    says "duties": lists of two words or more per item, each opening with a verb, under
    a key that names no party, note, legend or members."""
    out = []
    for k, v in keys.items():
        human = _human(k)
        if not isinstance(v, list) or not v or human in letters_of or human in _NAME_KEYS or \
                human in _MEMBER_KEYS or _NOTE_KEY.match(human) or _LEGEND_KEY.match(human) or \
                _ASKED_OF_KEY.search(human) or actor_name(str(k), acronym=True) is not None:
            continue
        if all(isinstance(x, str) and len(x.split()) >= 2 and
               verb_lemma(x.split()[0].strip(",;:")) is not None for x in v):
            out.append(k)
    return out


def _entity_title(node: dict[object, object]) -> str:
    """An entity's title as a person reads it: its metadata's title, its profile's
    display name, else its metadata's name ("" when it has none)."""
    meta, spec = node.get("metadata"), node.get("spec")
    profile = spec.get("profile") if isinstance(spec, dict) else None
    for holder, key in ((meta, "title"), (profile, "displayName"), (meta, "name")):
        value = holder.get(key) if isinstance(holder, dict) else None
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return ""


def _entity_fields(node: dict[object, object]) -> dict[str, object] | None:
    """An entity of a catalogue or a manifest (a mapping holding a "metadata" and a
    "spec" mapping) as one entry: named by its title, its fields those of its spec and
    its metadata's annotations, a namespaced key by its last part
    ("example.com/approvers": "approvers"); None for any other mapping."""
    meta, spec = node.get("metadata"), node.get("spec")
    if not isinstance(meta, dict) or not isinstance(spec, dict):
        return None
    fields: dict[str, object] = {"title": _entity_title(node)}
    notes = meta.get("annotations")
    for source in (notes if isinstance(notes, dict) else {}, spec):
        for k, v in source.items():
            fields.setdefault(_NAMESPACED.sub("", str(k)), v)
    return fields


# The keys a reference to a person or an object holds beside its name, in a task tool's
# export ({"gid": "1204", "name": "Owen Pritchard", "resource_type": "user"})
_REFERENCE_KEYS = frozenset({"gid", "id", "resource_type", "type", "email", "self", "url",
                             "account_id", "accountid", "login", "key", "username",
                             "display_name", "displayname", "avatar_url"})
# The one key of a reference to a party by the key the file gives it ({"participant":
# "hrbp"}, {"role": "approver"}), as a workflow tool's export writes an assignee
_PARTY_REFERENCES = frozenset({"participant", "party", "role", "user", "group", "team",
                               "person", "actor"})
# The keys of a custom field's value in a task tool's export
_CUSTOM_VALUES = ("display_value", "displayValue", "text_value", "value")


def _reference_name(value: object) -> str | None:
    """The name a reference stands for ({"gid": ..., "name": "Owen Pritchard",
    "resource_type": "user"}: "Owen Pritchard"), or None for any other value: a mapping
    of a name and only a reference's keys with scalar values."""
    if not isinstance(value, dict):
        return None
    if len(value) == 1:  # {"participant": "hrbp"}: the party the file names by that key
        (key, held), = value.items()
        return " ".join(held.split()) if str(key) in _PARTY_REFERENCES and \
            isinstance(held, str) and held.strip() else None
    name = value.get("name") or value.get("displayName") or value.get("display_name")
    if not isinstance(name, str) or not name.strip() or len(value) > 8:
        return None
    post = next((k for k in value if _human(str(k)) in _ROLE_KEYS), None)
    if not all(str(k) in _REFERENCE_KEYS or str(k) in ("name", "displayName", "display_name")
               or k == post for k in value) or len(value) < 2 or \
            any(isinstance(v, (dict, list)) for v in value.values()):
        return None
    held = value.get(post) if post is not None else None
    if isinstance(held, str) and (" ".join(held.split()) == " ".join(name.split()) or
                                  _role_title(held) and not _order(name.split())):
        # ({"name": "Dara Quinn", "role": "Site Manager"}: a person named with the post
        # they hold is the party by that post, as the matrix names its parties; an outside
        # party is its own name and post)
        return " ".join(held.split())
    return " ".join(name.split()) if post is None else None


def _custom_value(field: dict[object, object]) -> object:
    """A custom field's value as the export shows it: its display value, else its text,
    its option's name or the names of the people it holds; None when it is empty."""
    for key in _CUSTOM_VALUES:
        value = field.get(key)
        if isinstance(value, str) and value.strip():
            return value
    for key in ("enum_value", "people_value"):
        value = field.get(key)
        names = [_reference_name(v) or (v.get("name") if isinstance(v, dict) else None)
                 for v in (value if isinstance(value, list) else [value])]
        found = [n for n in names if isinstance(n, str) and n]
        if found:
            return found if key == "people_value" else found[0]
    return None


def _task_fields(keys: dict[str, object]) -> dict[str, object]:
    """An entry of a task tool's export with its references read as names (an
    "assignee" {"gid", "name", "resource_type"} as the assignee's name, "followers" as
    their names) and its custom fields as fields of their own ("custom_fields": [{"name":
    "Approver", "display_value": "Nadia Farouk"}] as "Approver: Nadia Farouk"); any
    other entry as it is."""
    out: dict[str, object] = {}
    changed = False
    for k, v in keys.items():
        name = _reference_name(v)
        if name is not None:
            out[k], changed = name, True
            continue
        if isinstance(v, list) and v and all(_reference_name(x) is not None for x in v):
            out[k], changed = [_reference_name(x) for x in v], True
            continue
        if _human(k) == "custom fields" and isinstance(v, dict) and all(
                isinstance(x, (str, list)) or x is None for x in v.values()):
            # ("custom_fields": {"Approver": "Finance Lead", "Reviewer": null}: the
            # fields by their names, an empty one left out)
            for field, value in v.items():
                if value and str(field) not in keys:
                    out[str(field)] = _task_fields({"v": value}).get("v", value)
            changed = True
            continue
        if _human(k) == "custom fields" and isinstance(v, list) and all(
                isinstance(x, dict) and isinstance(x.get("name"), str) for x in v):
            for field in v:
                if isinstance(field, dict):
                    value = _custom_value(field)
                    if value is not None and str(field["name"]) not in keys:
                        out[str(field["name"])] = value
            changed = True
            continue
        out[k] = v
    return out if changed else keys


_LINE_GOES_ON = re.compile(r"(?:[,;:(&-]|\b(?:the|a|an|of|and|or|to|with|for|by|from|at|in|on|"
                           r"its|their|our|your)\b)\s*$", re.IGNORECASE)


def _sentences_only(items: list[object]) -> bool:
    """Whether a list holds only sentences, two or more: strings of four words or more,
    each opening on a capital and closing on a full stop ("Skips must report scores to
    the Draw Master.") as prose does, no list of names or of duties."""
    return len(items) >= 2 and all(
        isinstance(x, str) and len(x.split()) >= 4 and x.strip()[:1].isupper() and
        x.strip().endswith((".", "!")) for x in items)


def _note_paragraphs(text: str) -> list[str]:
    """A note's paragraphs: its text parted at blank lines and at line breaks that end a
    line of its own ("Nadia Farouk – Open Day Lead" over "Owen Pritchard – Events
    Officer"); a line that stops mid-sentence (on "the", a comma) or one that the next
    carries on in lower case is one paragraph with it."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in block.splitlines() if line.strip()]
        current = ""
        for line in lines:
            if current and (line[:1].islower() or _LINE_GOES_ON.search(current)):
                current = f"{current} {line}"
            else:
                if current:
                    out.append(current)
                current = line
        if current:
            out.append(current)
    return out


def _coordinated(text: str) -> list[str]:
    """The names a run joined by "and", "&" or "/" gives ("Warden and Caretaker" two),
    one when its first words are fields that share the last one's role word ("Research
    and Development Lead", "Sales & Marketing Team"; "Legal / Compliance" two)."""
    parts = [p for p in re.split(r"\s*(?:\band\b|&|\s/\s)\s*", text) if p]
    if len(parts) > 1 and len(parts[-1].split()) >= 2 and \
            actor_name(parts[-1], acronym=True) is not None and \
            all(len(p.split()) == 1 and not actor_word(p.lower()) for p in parts[:-1]):
        return [" ".join(text.split())]
    return parts


def _resolved(holders: dict[str, set[str]], inherited: dict[str, set[str]]
              ) -> dict[str, set[str]]:
    """Each holder's letters in one row: the A of the entry above when none is named here,
    the doer accountable when nobody else is, C or I dropped beside A or R."""
    cells = {p: set(ls) for p, ls in holders.items()}
    if not any("A" in ls for ls in cells.values()):
        for p, ls in inherited.items():
            if "A" in ls:
                cells.setdefault(p, set()).add("A")
    if not any("A" in ls for ls in cells.values()):
        doer = next((p for p, ls in cells.items() if "R" in ls), None)
        if doer:
            cells[doer].add("A")
    if not any("R" in ls for ls in cells.values()):
        owner = next((p for p, ls in cells.items() if "A" in ls), None)
        if owner:
            cells[owner].add("R")
    return {p: ({x for x in ls if x in "AR"} or ls) for p, ls in cells.items()}


def _mappings_under(tree: Tree) -> Iterator[tuple[str, object]]:
    """Every key and value of every mapping in the tree, outermost first."""
    queue: deque[object] = deque([tree])
    while queue:
        node = queue.popleft()
        if isinstance(node, dict):
            for k, v in node.items():
                yield str(k), v
                queue.append(v)
        elif isinstance(node, list):
            queue.extend(node)


def _nodes(tree: Tree) -> Iterator[object]:
    """Every node of the tree, the tree first."""
    stack: list[object] = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_KEY_MARKS = re.compile(r"[_\-.]+")


@lru_cache(maxsize=4096)  # (a file repeats its few keys in every entry)
def _human(key: str) -> str:
    """A key as words: "proposed_by" -> "proposed by", "signOff" -> "sign off"."""
    return " ".join(_KEY_MARKS.sub(" ", _CAMEL.sub(" ", str(key))).split()).lower()


def _entry_name(keys: dict[str, object]) -> str:
    for wanted in _NAME_KEYS:
        for k, v in keys.items():
            if _human(k) == wanted and isinstance(v, (str, int)) and str(v).strip():
                return " ".join(str(v).split())
    return ""


def _role_title(value: str) -> bool:
    """Whether the value of a "role:" key is a role's title: a name the documents' roles
    are known by, or a short name in capitals, as "Deck Hand" or "Bar Staff", which the
    key says is a role."""
    words = value.split()
    return actor_name(value, acronym=True) is not None or (
        0 < len(words) <= 4 and all(w[:1].isupper() for w in words) and
        not value.rstrip().endswith((".", "!", "?", ":")))


def _duty_entries(value: object) -> bool:
    """Whether ``value`` lists entries that each list duties ("roles:" over "- role:
    Treasurer" and its "duties:", or over "TR:" and its "title:" and "duties:"): the work
    of the roles, not a legend of their codes."""
    entries = list(value.values()) if isinstance(value, dict) else value
    return isinstance(entries, list) and bool(entries) and all(
        isinstance(entry, dict) and
        any(_DUTY_KEY.match(_human(str(k))) and _strings(v) for k, v in entry.items())
        for entry in entries)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [" ".join(str(v).split()) for v in value if isinstance(v, (str, int))]
    return []


def _sentence_case(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:]


def _duty_name(duty: str) -> str:
    """A listed duty as a row's name: how often left out, its deadline kept ("publish the
    table by 07:00 every day" -> "Publish the table by 07:00"), the first letter in
    capitals."""
    text = " ".join(duty.split()).rstrip(" .;")
    tail = _how_often_tail(text)
    # ("clean the lines every week with the Bar Manager": a party named after the time
    # is whom the duty is done with, kept with the time before it)
    cut = text if tail is None or _PARTY_AFTER.search(text[tail:]) else text[:tail]
    # ("introduce the successor to each client": "each" names whom, not how often)
    return _sentence_case(cut if len(cut.split()) >= 2 and not _LINE_GOES_ON.search(cut)
                          else text)


_AND = re.compile(r",?\s+and\s+")


def _order(words: list[str]) -> bool:
    """Whether ``words`` open as an order does: a verb as written ("cost every dish")."""
    first = words[0].lower() if words else ""
    return verb_lemma(first) == first and "VERB" in word_classes(first)


def _acts(duty: str) -> list[str]:
    """A listed duty that joins two acts by "and" ("plan the menu and cost every dish")
    as the two duties it is; a second object ("keep the rota and the register") or a
    verb alone after "and" ("agree the budget and plan") leaves it one."""
    parts = _AND.split(" ".join(duty.split()))
    if len(parts) != 2 or not _order(parts[0].split()):
        return [duty]
    first, second = (p.split() for p in parts)
    if len(first) == 2 and first[1].lower() in _BARE_PARTICLES:
        return [duty]  # "set up and run the quiz": what is set up may be the quiz
    if len(first) < 2 or not _order(second) or len(second) < 3 and (
            # "reassign open tickets and pull requests": two words after "and" are a
            # second object unless a determiner follows the verb ("and sign the form")
            len(second) < 2 or second[1].lower() not in DETERMINERS):
        return [duty]
    return parts


# Particles a verb may take with no object after them ("set up", "lock up", "clear away")
_BARE_PARTICLES = frozenset({"up", "out", "off", "in", "on", "away", "down", "back", "over"})
# Three acts or more listed, commas between them and "and" before the last
_ACT_LIST = re.compile(r"[^,;]+(?:,\s+[^,;]+)+,?\s+and\s+[^,;]+")


def _listed_acts(name: str) -> list[str]:
    """A task's name that lists three acts or more ("sweep up, lock the hall and hand in
    the key") as its acts, each an order of two words or more; any other name whole."""
    text = " ".join(name.split())
    halves = text.split("; ")
    if len(halves) > 1 and all(_order(h.split()) for h in halves):
        # "Check the ladders; test the alarms": acts parted by semicolons
        return [act for h in halves for act in _listed_acts(h)]
    parts = _AND.split(text)
    if len(parts) != 2 or not _ACT_LIST.fullmatch(text):
        # "Sweep the hall and lock the doors": two acts, each a row
        return _acts(name)
    acts = [*re.split(r",\s+", parts[0]), parts[1]]
    return acts if all(len(a.split()) >= 2 and _order(a.split()) for a in acts) else [name]


def _section(role: str, duties: list[str]) -> str:
    return "\n".join([f"## {role}", "", *(f"- {' '.join(d.split())}" for d in duties), ""])


def _cell(letters: set[str]) -> str:
    return "/".join(x for x in "ARCI" if x in letters)


@dataclass(frozen=True)
class DataParts:
    """What a structured file is written out as: its leading comments, a RACI table (its
    role columns and, per row, the name and one cell per role), then the sections of roles
    and the notes. :meth:`markdown` is the Markdown the rest of derivation reads."""

    comments: list[str]
    roles: list[str]
    rows: list[tuple[str, list[str]]]
    tail: list[str]

    def table_lines(self) -> list[str]:
        """The table as Markdown lines (none when it has no rows)."""
        if not self.rows:
            return []
        return ["| Activity | " + " | ".join(r.replace("|", "/") for r in self.roles) + " |",
                "| --- " * (len(self.roles) + 1) + "|",
                *(f"| {name.replace('|', '/')} | " + " | ".join(cells) + " |"
                  for name, cells in self.rows)]

    def markdown(self) -> str:
        """The whole file as Markdown."""
        table = self.table_lines()
        return "\n".join([*self.comments, "", *table, *([""] if table else []), *self.tail])


def from_data(text: str, tree: Tree, meaning_letters: Callable[[str], frozenset[str]],
              *, table_only: bool = False) -> str:
    """A structured file as Markdown: its leading comments, a RACI table of its entries
    and duties, the sections of roles it lists duties or prose under, its notes (see
    :func:`data_parts`)."""
    parts = data_parts(text, tree, meaning_letters, table_only=table_only)
    return parts.markdown() if parts is not None else ""


def data_parts(text: str, tree: Tree, meaning_letters: Callable[[str], frozenset[str]],
               *, table_only: bool = False) -> DataParts | None:
    """A structured file's parts: its leading comments, a RACI table of its entries and
    duties, the sections of roles it lists duties or prose under, its notes.

    ``meaning_letters`` reads the letters a legend's meaning gives its key ("Accountable
    for the product." -> A). With ``table_only`` (a plain-text file whose lines only
    read as YAML, "Responsibilities:" over indented items) a tree with no entry naming
    its parties gives None, for the text reader to read the file as the page it is."""
    reader = _Reader(meaning_letters, tree)
    reader.read_legends(tree)
    reader.read_prose_legend(tree)
    legend_lines = reader.read_comment_legend(text)
    reader.read_entities()
    reader.walk(tree, "", {}, {})
    if table_only and not reader.rows:
        return None
    reader.name_parties_in_duties()
    reader.name_shared_duties()
    roles = list(dict.fromkeys(p for _, cells in reader.rows for p in cells))
    if len(roles) == 1 and all(cells[roles[0]] & {"A", "R"} for _, cells in reader.rows):
        # one party does every task ("owner: Treasurer" on each): a table of one column
        # of letters reads as no RACI table, so the tasks are that role's section
        reader.sections.insert(0, _section(roles[0], [name for name, _ in reader.rows]))
        reader.rows, roles = [], []
    rows = []
    for name, cells in reader.rows:  # (most roles hold no letter in a row)
        texts = {p: _cell(letters) for p, letters in cells.items()}
        rows.append((name, [texts.get(r, "") for r in roles]))
    if legend_lines:  # (the legend says what the fields mean, no duty of anyone)
        text = "\n".join("#" if n in legend_lines else line
                         for n, line in enumerate(text.splitlines()))
    return DataParts(leading_comments(text), roles, rows,
                     [s + "\n" for s in reader.sections] + [n + "\n" for n in reader.notes])


# --- a task board exported as CSV -----------------------------------------------------

# The heads of a board export's columns (Trello, Jira, Asana, Planner, a kanban tool):
# the card's title, who is on it, its description, and the columns that only a tool's
# export holds (an id, a key or a link, the list or bucket it stands in, the board), one
# of which must stand beside them
_BOARD_TITLE = re.compile(r"^(?:card (?:name|title)|summary|title|task(?: name)?|name|"
                          r"issue|subject|story)$")
_BOARD_PEOPLE = re.compile(r"^(?:members?|assignees?|assigned to|owners?|responsible)$")
_BOARD_BODY = re.compile(r"^(?:(?:card |task )?description|notes|details|body)$")
_BOARD_TOOL = re.compile(r"^(?:(?:card|task|issue|list|board|item) ?(?:id|url|key|link)|"
                         r"list(?: name)?|bucket(?: name)?|section(?: ?/ ?column)?|"
                         r"board(?: name)?)$")


def board_markdown(text: str, delimiter: str) -> tuple[str, list[int]] | None:
    """A task board exported as CSV (a card a record, under a head naming the card's
    title, its members or assignee, its description and an id, link, list or board
    column only a tool's export holds, and no column of another letter) as Markdown:
    each card a heading of its title over a one-row table of the card and its members
    (the first of several the owner, as a table's names are read everywhere) and of who
    its description says signs it off ("Sign-off: Ana", "Ana signs it off": accountable),
    then each line of its description a paragraph, so the card's text is read under its
    title and "Ana Pereira – Shop Manager" in a card names who holds a role. IDs, links,
    labels, dates, counts and the list a card is in are no duty and are left out.
    Returns the Markdown and, for each of its lines, the line of the file it comes from;
    None for any other CSV."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    head = next(reader, None)
    if head is None or len(head) < 4:
        return None
    keys = [_human(h.strip()) for h in head]
    title = next((i for i, k in enumerate(keys) if _BOARD_TITLE.match(k)), None)
    people = next((i for i, k in enumerate(keys) if _BOARD_PEOPLE.match(k)), None)
    body = next((i for i, k in enumerate(keys) if _BOARD_BODY.match(k)), None)
    if title is None or people is None or body is None or \
            not any(_BOARD_TOOL.match(k) for k in keys) or \
            any(i != people and KEY_WORDS.get(k) in ("A", "C", "I") for i, k in enumerate(keys)):
        return None  # (a table with columns of other letters is read as the table it is)
    lines: list[str] = []
    where: list[int] = []
    start = 2  # the line a record starts on (the head is line 1)
    cards = 0
    for fields in reader:
        if len(fields) > title and fields[title].strip():
            cards += 1
            members = fields[people].strip() if len(fields) > people else ""
            name = " ".join(fields[title].split())
            card = [f"## {name}", ""]
            description = fields[body] if body is not None and len(fields) > body else ""
            if members:
                card += _card_table(name, _board_people(members), description[:5000])
            lines += card
            where += [start] * len(card)
            for n, line in enumerate(description.splitlines()):
                if line.strip():
                    lines += [line.rstrip(), ""]
                    where += [start + n] * 2
        start = reader.line_num + 1
    return ("\n".join(lines), where) if cards >= 2 else None


# Who a card's description says signs the card off: a label ("Sign-off: Ana", "Approver:
# Ana"), or a sentence whose "it" is the card ("Ana signs it off first")
_CARD_SIGNER = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?i:sign[- ]?off|sign-off by|signed off by|approver|"
    r"approved by)\s*:\s*(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b(?!\s+(?:to|will|is|are|"
    r"has|have)\b)|(?P<by>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:signs|approves)\s+"
    r"(?:it|this card|this)\s*(?:off)?\b)")


# Whom a card's description has its members ask or tell, in an order to them at the
# start of a sentence ("Check with Ana which days ...", "Let Ana know the colour") or
# said of the one told ("Drivers get told by text"): consulted and informed on the card
_CARD_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_CARD_ASKED = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Check|Agree|Confirm|Discuss)\s+"
                         rf"(?:it\s+|this\s+|dates\s+)?with\s+(?P<who>{_CARD_NAME})\b")
_CARD_TOLD = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Let\s+(?P<who>{_CARD_NAME})\s+know\b|"
                        rf"(?P<told>{_CARD_NAME})\s+(?:get|gets|are|is)\s+told\b)")


def _card_table(name: str, members: list[str], description: str) -> list[str]:
    """A card's one-row table: the card, its members, and who its description says signs
    it off (accountable), is asked (consulted) or is told (informed)."""
    signer = _CARD_SIGNER.search(description)
    columns = [("Responsible", ", ".join(members))]
    if signer:
        columns.append(("Accountable", signer.group("who") or signer.group("by")))
    asked = [m.group("who") for m in _CARD_ASKED.finditer(description)]
    told = [m.group("who") or m.group("told") for m in _CARD_TOLD.finditer(description)]
    if asked:
        columns.append(("Consulted", ", ".join(dict.fromkeys(asked))))
    if told:
        columns.append(("Informed", ", ".join(dict.fromkeys(told))))
    return ["| Card | " + " | ".join(head for head, _ in columns) + " |",
            "| --- " * (len(columns) + 1) + "|",
            f"| {name.replace('|', '/')} | " + " | ".join(v for _, v in columns) + " |", ""]


def _board_people(value: str) -> list[str]:
    """The people a card's members cell names ("Ben Hollis, Cara Doyle"; "a; b")."""
    return [p for p in (" ".join(q.split()) for q in re.split(r"[,;\n]", value)) if p]
