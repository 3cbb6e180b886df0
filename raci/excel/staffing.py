"""Who the role columns are: roles, people, or roles filled by people.

Decided on the evidence of the header rows (raci/excel/people.py): a person
row under a role row, "Name (Title)" headings, "Role / Person" two-line
headings, a whole row of people's names; otherwise roles, with a note when
some headings look like people. Our own export's headings are read exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from raci.excel import people as who
from raci.excel.grid import Table, col_name, col_word, cols_word, lines, row_word, shorten
from raci.excel.layout import Layout, header_rows
from raci.excel.own_export import role_heading
from raci.excel.plan import ImportedPerson, ImportedRole, ReadOptions

CODE = re.compile(r"^(?P<name>.+?)\s*\((?P<code>[A-Z][A-Za-z0-9&]{1,7})\)$")
BARE_CODE = re.compile(r"[A-Z][A-Z0-9&]{0,7}")
"""A heading that is a short upper-case code alone ('QA'), as our CSV export heads a role
whose name is its code."""


@dataclass
class Staffing:
    """The roles, the people and what was said about them."""

    roles: list[ImportedRole]
    people: list[ImportedPerson]
    notes: list[str]


def _own_headings(out: list[ImportedRole], heads: list[str]) -> None:
    """Our own export's 'Name (CODE)' headings with the people on the lines below."""
    for role, text in zip(out, heads, strict=True):
        read = role_heading(text)
        role.name, role.code, role.people = read.name, read.code, read.people


def _two_line_headings(out: list[ImportedRole], heads: list[str], roles: list[int],
                       people: list[ImportedPerson], notes: list[str]) -> None:
    """'Project Manager / Anna Berg' on two lines: the role, filled by that person."""
    for role, text, c in zip(out, heads, roles, strict=True):
        lines = [" ".join(x.split()) for x in text.splitlines() if x.strip()]
        if (len(lines) == 2 and who.ROLE_WORDS.search(lines[0])
                and not who.ROLE_WORDS.search(lines[1])
                and who.looks_like_name(lines[1], strict=False)):
            role.name, role.people = lines[0], [lines[1]]
            people.append(ImportedPerson(lines[1], roles=[lines[0]]))
            notes.append(f"{col_word(c)}: '{lines[0]}' filled by "
                         f"'{lines[1]}' (the heading's second line)")


def _unsure_note(named: list[int]) -> list[str]:
    """The note for role headings that look like people without enough evidence."""
    if len(named) == 1:
        return [f"{col_word(named[0])} looks like a person; imported as a role "
                "(use --people to import the role headings as people)"]
    if named:
        return [f"{cols_word(named)} look like people; imported as roles "
                "(use --people to import them as people)"]
    return []


def _group_headings(table: Table, h: int, roles: list[int]) -> list[str]:
    """The group heading over each role column in the row above the header ('TIM TI'
    merged over three roles, or written over each), '' where there is none."""
    if h == 0:
        return ["" for _ in roles]
    tops = [table.heading(h - 1, c) for c in roles]
    return [top if top and ((h - 1, c) in table.across or any(
        (h - 1, x) in table.across and table.across[(h - 1, x)] == c for x in roles)
        or tops.count(top) > 1) else "" for top, c in zip(tops, roles, strict=True)]


def _split_codes(out: list[ImportedRole], notes: list[str], where: str) -> None:
    """Every role heading written 'Name (CODE)', a short upper-case code in brackets (or the
    code alone, 'QA'), as our CSV export heads its roles: each role is named 'Name', with
    the code 'CODE'. Kept whole when two names would be the same ('Chair (BOARD)' and
    'Chair (IT)': the brackets tell the roles apart) or a heading names a person."""
    found = [CODE.match(role.name) for role in out]
    if not any(found) or any(role.people for role in out):
        return
    names: list[str] = []
    for role, match in zip(out, found, strict=True):
        if match is None:
            if not BARE_CODE.fullmatch(role.name):
                return
            names.append(role.name)
        elif match["code"] != match["code"].upper():
            return
        else:
            names.append(match["name"])
    codes = [role.code or name for role, name in zip(out, names, strict=True)]
    if len({n.casefold() for n in names}) < len(names) or len(set(codes)) < len(codes):
        return
    for role, name, code in zip(out, names, codes, strict=True):
        role.name, role.code = name, code
    notes.append(f"{where}: each role heading is 'Name (CODE)'; read as the role's name and "
                 f"its code ('{out[0].name}', code '{out[0].code}')")


def _grouped_names(out: list[ImportedRole], roles: list[int], groups: list[str],
                   notes: list[str]) -> None:
    """Roles of one name under different group headings ('Ketua' under 'PENGURUS' and
    under 'TIM TI') are named with their group: 'Ketua (PENGURUS)', 'Ketua (TIM TI)'."""
    same_name: dict[str, list[str]] = {}  # a name -> the groups over its columns
    for role, group in zip(out, groups, strict=True):
        same_name.setdefault(role.name.casefold(), []).append(group)
    for role, c, group in zip(out, roles, groups, strict=True):
        same = same_name[role.name.casefold()]
        if len(same) > 1 and group and len(set(same)) == len(same) and all(same):
            new = f"{role.name} ({' '.join(group.split())})"
            notes.append(f"{col_word(c)}: '{role.name}' under the group heading "
                         f"'{' '.join(group.split())}'; imported as '{new}'")
            role.people = [new if p == role.name else p for p in role.people]
            role.name = new


def _distinct_names(out: list[ImportedRole], roles: list[int], notes: list[str]) -> None:
    """Repeated headings become 'Name 2', 'Name 3' (a project's role names are unique)."""
    seen: dict[str, int] = {}
    for role, c in zip(out, roles, strict=True):
        key = role.name.casefold()
        if key not in seen:
            seen[key] = 1
            continue
        n = seen[key] + 1
        while f"{role.name} {n}".casefold() in seen:
            n += 1
        seen[key] = n
        new = f"{role.name} {n}"
        seen[new.casefold()] = 1
        notes.append(f"{col_word(c)} repeats the heading '{role.name}'; imported as '{new}'")
        role.people = [new if p == role.name else p for p in role.people]
        role.name = new


def _other_heading_row(table: Table, r: int, roles: list[int], out: list[ImportedRole],
                       notes: list[str]) -> None:
    """A heading row under the role names: group headings, or a line about each role.

    A row filling most role columns ('Leads the work', 'Builds it') describes the
    roles and is kept in their descriptions; a sparse one groups them and is noted.
    """
    filled = [" ".join(table.g[r][c].split()) for c in roles if table.g[r][c]]
    if len(filled) < 0.6 * len(roles):
        notes.append(f"{row_word(r)}: group headings over the roles "
                     f"({', '.join(sorted(set(filled)))[:80]}); not imported")
        return
    for role, c in zip(out, roles, strict=True):
        text = " ".join(table.g[r][c].split())
        if text:
            role.description = "\n".join(filter(None, [role.description, text]))
    label = " ".join(table.row_texts(r, 0, roles[0] - 1)[-1:])
    notes.append(f"{row_word(r)}{f' ({shorten(label, 30)!r})' if label else ''}: a second heading "
                 f"{lines('row')} under the role names ({', '.join(filled[:3])[:60]}...); "
                 "kept in each role's description")


def split_titles(table: Table, h: int, roles: list[int]) -> bool:
    """True when the role names are written over two rows, unmerged ('Procurement' over
    'Manager'): the row above the header holds the other headings ('Step | Activity')
    while the header row has none left of the roles, and its texts over the roles are
    distinct words of one title each, not a group heading over several columns nor
    people's names. Most roles carry an upper half: a group heading written once over its
    first column ('Business' over 'Sponsor | Finance') tops at most half of them."""
    above = h - 1
    if above < 0 or table.row_texts(h, 0, roles[0] - 1) or not table.row_texts(
            above, 0, roles[0] - 1):
        return False
    tops = [table.g[above][c] for c in roles if table.g[above][c]]
    merged = any(c1 <= roles[-1] and c2 >= roles[0] for c1, c2 in table.row_merges.get(above, []))
    return (len(tops) >= 2 and len(tops) > len(roles) / 2 and len(set(tops)) == len(tops)
            and not merged and not who.person_row(tops) and all(len(t.split()) <= 3 for t in tops))


def read_staffing(table: Table, layout: Layout, roles: list[int], own_export: bool,
                  options: ReadOptions) -> Staffing:
    """Roles (and people) from the header rows over the role columns."""
    h = layout.header
    heads = [table.heading(h, c) for c in roles]
    comments = table.sheet.comments
    notes: list[str] = []
    if not own_export and split_titles(table, h, roles):
        heads = [" ".join(t for t in (table.g[h - 1][c], head) if t)
                 for c, head in zip(roles, heads, strict=True)]
        notes.append(f"{row_word(h - 1)} and {row_word(h)}: each role's name written over "
                     "the two rows; read as one")
    out = [ImportedRole(" ".join(text.split()), "", [], col_name(c), comments.get((h, c), ""))
           for text, c in zip(heads, roles, strict=True)]
    for role, c in zip(out, roles, strict=True):
        if not role.name:  # letters under no heading: kept, under the name of their column
            where = col_word(c)
            role.name = where[:1].upper() + where[1:]
            notes.append(f"{where} holds letters but no heading in {row_word(h)}; "
                         f"imported as role '{role.name}' (rename it, or give the "
                         f"{lines('column')} a heading and import again)")
    people: list[ImportedPerson] = []
    if own_export:
        _own_headings(out, heads)
        return Staffing(out, people, notes)
    if options.people is not False:
        _two_line_headings(out, heads, roles, people, notes)
    for role in out:
        match = CODE.match(role.name)
        if match:
            role.code = match["code"]
    label = " ".join(table.row_texts(h, 0, roles[0] - 1)[-1:])
    extra = header_rows(table, h, roles, layout.data_start)
    cols = (f"{cols_word([roles[0]])}-{col_name(roles[-1])}" if len(roles) > 1
            else cols_word(roles))
    titled = [who.name_and_title(t) for t in heads]
    person_rows = [r for r in extra
                   if who.person_row([_name_of(table.g[r][c]) for c in roles],
                                     " ".join(table.row_texts(r, 0, roles[0] - 1)[-1:]))]
    staffed_row = person_rows[0] if (person_rows and options.people is not False
                                     and not who.person_row(heads, label)) else None
    for r in extra:
        if r != staffed_row:
            _other_heading_row(table, r, roles, out, notes)
    if staffed_row is not None:
        row = staffed_row
        titles = 0
        for role, c in zip(out, roles, strict=True):
            name = " ".join(table.g[row][c].split())
            if name:
                found = who.name_and_title(table.g[row][c])
                titles += found is not None
                role.people = [found[0] if found else name]
                people.append(ImportedPerson(role.people[0], title=found[1] if found else "",
                                             roles=[role.name]))
        notes.append(f"{row_word(row)}: people's names under the role names"
                     f"{' (with their job titles)' if titles else ''}; imported as staffing")
    elif options.people is not False and sum(t is not None for t in titled) > len(heads) / 2:
        for role, found in zip(out, titled, strict=True):
            if found:
                _fill(role, found, people)
        notes.append(f"{cols} name a person and a job title; each became a role "
                     "filled by that person, with the title")
    elif options.people:
        for role, found in zip(out, titled, strict=True):
            _fill(role, found or (role.name, ""), people)
        notes.append(f"{cols} read as people, as chosen; each became a role of the same "
                     "name, filled by that person")
    elif options.people is None and who.person_row(heads, label):
        for role in out:
            role.people = who.joint_holders(role.name) or [role.name]
        notes.append(f"{cols} look like people; each became a role of the same name, "
                     "filled by that person (use --no-people to import them as roles only)")
        notes += _joint_note(out, roles)
    elif options.people is None:
        notes += _per_heading(out, heads, roles, people)
    if not own_export:
        _split_codes(out, notes, row_word(h))
        _grouped_names(out, roles, _group_headings(table, h, roles), notes)
    _distinct_names(out, roles, notes)
    forced = _chosen_columns(roles, options.people_columns, notes)
    for role, c, found in zip(out, roles, titled, strict=True):
        if c in forced and not role.people:
            _fill(role, found or (role.name, ""), people)
    return Staffing(out, people, notes)


def _joint_note(out: list[ImportedRole], roles: list[int]) -> list[str]:
    """The note naming the headings that give one column to two people or more."""
    joint = [(role, c) for role, c in zip(out, roles, strict=True) if len(role.people) > 1]
    return [f"{col_word(c)} ('{shorten(role.name, 40)}'): one role held by "
            f"{' and '.join(role.people)}, who share its letters" for role, c in joint]


def _chosen_columns(roles: list[int], chosen: tuple[str, ...], notes: list[str]) -> set[int]:
    """The role columns named in a people-columns correction, by their names on the sheet
    (letters; row numbers in a grid with the roles down its side); notes the others."""
    names = {col_name(c).upper(): c for c in roles}
    wanted = list(dict.fromkeys(x.strip().upper() for x in chosen if x.strip()))
    unknown = [x for x in wanted if x not in names]
    if unknown:
        notes.append(f"people {lines('columns')} {', '.join(unknown)}: no role "
                     f"{lines('column')} there; ignored (the role {lines('columns')} are "
                     f"{', '.join(names)})")
    return {names[x] for x in wanted if x in names}


def _name_of(cell: str) -> str:
    """The person's name of a cell that may add a job title: 'Anna Berg (Developer)'."""
    found = who.name_and_title(cell)
    return found[0] if found else cell


def _fill(role: ImportedRole, person: tuple[str, str], people: list[ImportedPerson]) -> None:
    """The role filled by a person (name, job title) read from its heading."""
    name, title = person
    role.people = [name]
    if name != role.name or title:
        people.append(ImportedPerson(name, title=title, roles=[role.name]))


def _per_heading(out: list[ImportedRole], heads: list[str], roles: list[int],
                 people: list[ImportedPerson]) -> list[str]:
    """Headings that are people on their own evidence, in a row of roles; notes.

    'Keisha Brown (Developer)' (a known given name, a job in brackets) is a role
    filled by that person, with the title; 'Project Manager (Anna Berg)' the role
    filled by her. The other headings stay roles, with a note for those that only
    look like people.
    """
    notes: list[str] = []
    unsure: list[int] = []
    for role, text, c in zip(out, heads, roles, strict=True):
        if role.people:
            continue  # a two-line 'Role / Person' heading, already read
        if found := who.person_with_title(text):
            _fill(role, found, people)
            notes.append(f"{col_word(c)} ('{shorten(role.name, 40)}'): a person and a job title; "
                         f"a role filled by {found[0]}, title '{found[1]}'")
        elif filled := who.role_and_person(text):
            role.name = filled[0]
            role.code = ""
            _fill(role, (filled[1], ""), people)
            notes.append(f"{col_word(c)}: role '{filled[0]}' filled by '{filled[1]}' "
                         "(the name in brackets)")
        elif who.looks_like_name(code["name"] if (code := CODE.match(role.name)) else text) \
                or who.joint_holders(text):
            unsure.append(c)  # 'Mary Jones', or 'Mary Jones (MJ)' with her initials
    return notes + _unsure_note(unsure)
