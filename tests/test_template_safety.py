"""Broken user templates stop nothing; activity identity survives template round trips."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from raci import paths, toml_text
from raci.cli import main
from raci.service import ProjectService
from raci.templates import (
    _TO_BRACKET,
    MAX_TEMPLATE_BYTES,
    Evidence,
    Provenance,
    Template,
    TemplateActivity,
    TemplateError,
    TemplateLibrary,
    TemplateRole,
    _least_length,
    apply_template,
    load_template,
    parse_template,
    template_from_project,
    template_to_dict,
    write_template,
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _break_user_folder() -> Path:
    folder = paths.user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "deep.toml").write_text(
        'format = 1\nid = "deep"\nname = "Deep"\nx = ' + "[" * 1000 + "]" * 1000 + "\n")
    with (folder / "huge.toml").open("wb") as fh:
        fh.truncate(MAX_TEMPLATE_BYTES + 1)
    (folder / "inline.toml").write_text("a = " + "{b = " * 600 + "1" + "}" * 600 + "\n")
    return folder


def test_broken_user_templates_are_listed_and_stop_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _break_user_folder()
    code, out, err = run(capsys, "templates", "--json")
    assert code == 0, err
    broken = {b["id"]: b["error"] for b in json.loads(out)["broken"]}
    assert "nested more than" in broken["deep"]
    assert "nested more than" in broken["inline"]
    assert "larger than" in broken["huge"]
    assert any(t["id"] == "product-team" for t in json.loads(out)["templates"])
    code, out, _ = run(capsys, "templates")
    assert code == 0 and "deep  [broken]" in out
    code, _, err = run(capsys, "new", str(tmp_path / "p.raci"), "--template", "product-team")
    assert code == 0, err
    code, _, err = run(capsys, "new", str(tmp_path / "q.raci"), "--template", "deep")
    assert code == 2 and err.startswith("raci: error: ") and "nested" in err
    code, _, err = run(capsys, "template", "check", str(paths.user_templates_dir() / "deep.toml"))
    assert code == 2 and err.count("\n") == 1
    assert len(TemplateLibrary.default().templates()) >= 1


def test_nesting_inside_strings_and_comments_is_not_counted() -> None:
    text = (
        'format = 1\nid = "t"\nname = "Brackets [[[[[[[[[[[[[[[[[[[[ in text"\n'
        "description = '''" + "{" * 40 + "'''\n"
        "# " + "[" * 40 + "\n"
        '[[roles]]\ncode = "A"\nname = "Alpha"\n'
    )
    assert parse_template(text, "t").name.startswith("Brackets")
    with pytest.raises(TemplateError, match="line 2"):
        parse_template('format = 1\nx = ' + "[" * 17 + "]" * 17, "t")


def _round_trip(service: ProjectService, tmp_path: Path) -> ProjectService:
    out = tmp_path / "t.toml"
    write_template(template_from_project(service, "round-trip"), out)
    template = TemplateLibrary.default().get(str(out))
    fresh = ProjectService.in_memory()
    apply_template(fresh, template)
    return fresh


def _rows(service: ProjectService) -> list[tuple[str, str, dict[str, str]]]:
    state = service.state()
    return [(a.phase, a.name, {r.code: state.cell_text(a.id, r.id) for r in state.roles
                               if state.letters(a.id, r.id)}) for a in state.activities]


def test_same_named_activities_stay_apart_through_a_template(
    service: ProjectService, tmp_path: Path
) -> None:
    pm = service.add_role("Product Manager", "PM")
    eng = service.add_role("Engineering Lead", "ENG")
    plan, build = service.add_phase("Plan"), service.add_phase("Build")
    first = service.add_activity("Review", plan)
    second = service.add_activity("Review", build)
    upper = service.add_activity("Sign-off", build)
    lower = service.add_activity("sign-off", build)
    composed = service.add_activity(unicodedata.normalize("NFC", "Café check"), build)
    decomposed = service.add_activity(unicodedata.normalize("NFD", "Café check"), build)
    service.set_cells({(first, pm): "A/R", (second, eng): "A/R", (upper, pm): "A",
                       (lower, eng): "R", (composed, pm): "C", (decomposed, eng): "I"})
    before = _rows(service)
    after = _round_trip(service, tmp_path)
    assert _rows(after) == before
    assert len(after.state().activities) == 6


def test_applying_twice_reuses_each_activity_once(service: ProjectService) -> None:
    pm = service.add_role("Product Manager", "PM")
    plan, build = service.add_phase("Plan"), service.add_phase("Build")
    service.set_cells({(service.add_activity("Review", plan), pm): "A",
                       (service.add_activity("Review", build), pm): "R"})
    template = template_from_project(service, "t")
    report = apply_template(service, template)
    assert report.activities_added == [] and report.conflicts == []
    assert len(service.state().activities) == 2


def test_same_named_activities_stay_apart_through_a_workbook(
    service: ProjectService, tmp_path: Path
) -> None:
    from raci.excel.export import export_xlsx
    from raci.excel.importer import import_workbook

    pm = service.add_role("Product Manager", "PM")
    eng = service.add_role("Engineering Lead", "ENG")
    plan, build = service.add_phase("Plan"), service.add_phase("Build")
    cells = {(service.add_activity("Review", plan), pm): "A/R",
             (service.add_activity("Review", build), eng): "A/R",
             (service.add_activity("Sign-off", build), pm): "A",
             (service.add_activity("sign-off", build), eng): "R"}
    service.set_cells(cells)
    export_xlsx(service.state(), tmp_path / "m.xlsx")
    import_workbook(tmp_path / "m.xlsx", tmp_path / "back.raci")
    back = ProjectService.open(tmp_path / "back.raci")
    try:
        assert _rows(back) == _rows(service)
    finally:
        back.close()


@pytest.mark.parametrize(("description", "written"), [
    ("x" * (MAX_TEMPLATE_BYTES - 1000), True),   # under the limit: written
    ("x" * (MAX_TEMPLATE_BYTES - 180), False),   # its text passes the limit, its strings not
    ("x" * (MAX_TEMPLATE_BYTES + 1), False),     # its strings alone pass the limit
    ('"' * (MAX_TEMPLATE_BYTES // 2 + 1), False),  # escaped, twice as long as written
])
def test_writing_a_template_past_the_size_limit_is_one_answer(
        tmp_path: Path, description: str, written: bool) -> None:
    """However early the limit is seen, the answer is the same and no file is left."""
    template = Template("big", "Big", description, roles=(TemplateRole("PM", "Manager"),),
                        activities=(TemplateActivity("Plan", letters={"PM": "A/R"}),))
    path = tmp_path / "big.toml"
    if written:
        write_template(template, path)
        assert load_template(path).description == description
        return
    with pytest.raises(TemplateError) as caught:
        write_template(template, path)
    assert str(caught.value) == f"{path}: larger than 5 MB; too large for a template"
    assert not path.exists()


_TEXT = st.text(st.characters(codec="utf-8"), max_size=12)
_VALUES = st.recursive(
    _TEXT | st.integers(-5, 5) | st.booleans(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=20)


@given(st.dictionaries(_TEXT, _VALUES, max_size=6))
def test_the_size_seen_before_formatting_is_never_more_than_the_text(data: dict) -> None:
    """A template is refused before formatting only when its text would pass the limit."""
    assert _least_length(data) <= len(tomli_w.dumps(data))


@given(st.dictionaries(_TEXT, _VALUES, max_size=6), st.integers(0, 400))
def test_the_limit_seen_early_is_the_limit_of_the_whole_size(data: dict, limit: int) -> None:
    """Stopping once the parts counted pass the limit gives the answer of counting all."""
    assert (_least_length(data, stop_above=limit) > limit) == \
        (_least_length(data) > limit)


# Tables in lists as a template holds them (activities, their evidence), some short
# enough to be written inline, some over the width, some holding lists or tables.
_FIELD = st.text(st.characters(codec="utf-8"), max_size=90) | st.integers(-5, 5) | \
    st.booleans() | st.lists(_TEXT, max_size=2) | st.dictionaries(_TEXT, _TEXT, max_size=2)
_TABLE = st.dictionaries(_TEXT, _FIELD, max_size=5)
_TABLES = st.lists(_TABLE | st.dictionaries(_TEXT, st.lists(_TABLE, max_size=3), max_size=2),
                   min_size=1, max_size=4)


@given(st.dictionaries(_TEXT, _TABLES | _VALUES | st.dictionaries(_TEXT, _TABLES, max_size=2),
                       max_size=4))
def test_lists_of_tables_are_never_counted_longer_than_written(data: dict) -> None:
    """Headers counted for lists written as tables, never for lists written inline."""
    assert _least_length(data) <= len(tomli_w.dumps(data))


def test_a_draft_past_the_limit_with_its_headers_is_refused_before_formatting(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A derived draft's quotes are written as tables under "[[activities.evidence]]"
    headers; counted, they refuse a draft whose text passes the limit by 4% before its
    text is made (its keys and strings alone, about 4.6 MB, would not)."""
    quote = "The Release Manager checks the weekly release calendar for the site."
    acts = tuple(
        TemplateActivity(f"Check the calendar {n}", "Plan", "", {"RM": "A/R"},
                         Provenance("roles.md", "Release Manager", "Derived from 4 passages",
                                    tuple(Evidence("RM", "A/R", "roles.md", f"line {n}", quote)
                                          for _ in range(4))))
        for n in range(5_850))
    template = Template("big", "Big", roles=(TemplateRole("RM", "Release Manager"),),
                        phases=("Plan",), activities=acts)
    written = len(tomli_w.dumps(template_to_dict(template)))
    assert MAX_TEMPLATE_BYTES < written < MAX_TEMPLATE_BYTES * 1.04

    def formatting(*_args: object, **_kwargs: object) -> str:
        raise AssertionError("formatted a draft the count could refuse")

    monkeypatch.setattr(tomli_w, "dumps", formatting)
    monkeypatch.setattr(toml_text, "dumps", formatting)
    path = tmp_path / "big.toml"
    with pytest.raises(TemplateError, match="larger than 5 MB"):
        write_template(template, path)
    assert not path.exists()


def test_a_derived_template_written_is_read_back_the_same(tmp_path: Path) -> None:
    """Writing checks the data it formats: what it writes reads back as that template."""
    evidence = (Evidence("PM", "A", "notes.md", "line 3", 'says "sign" \\ here\ttoo'),)
    template = Template(
        "derived", "Derived", "From notes", roles=(TemplateRole("PM", "Product Manager"),
                                                   TemplateRole("QA", "QA Lead", "")),
        phases=("Plan",),
        activities=(TemplateActivity("Sign off", "Plan", "", {"PM": "A/R", "QA": "C"},
                                     Provenance("notes.md", "Roles", "said so", evidence,
                                                ("check the owner",))),),
        sources=("notes.md",))
    path = tmp_path / "derived.toml"
    write_template(template, path)
    assert load_template(path) == template
    bad = Template("derived", "Derived", roles=(TemplateRole("PM", "Product Manager"),
                                                 TemplateRole("pm", "Other")))
    with pytest.raises(TemplateError, match=r"roles\[1\]\.code: 'pm' is used by two roles"):
        write_template(bad, tmp_path / "bad.toml")
    assert not (tmp_path / "bad.toml").exists()


# Strings a template's text escapes (quotes, backslashes, control characters, DEL) or
# writes as they are, some long enough that their table cannot be written inline.
_WRITTEN = st.text(st.sampled_from('ab Zé"\\\t\n\r\b\f\x00\x1f\x7f\u2028-_.=#[]{}'),
                   max_size=12) | st.text(st.characters(codec="utf-8"), max_size=30) | \
    st.builds(lambda s, n: s * n, st.sampled_from(["quote ", '"', "\\", "é"]),
              st.integers(10, 60))
_KEY = _WRITTEN | st.sampled_from(["name", "evidence", "a-b_c", "", "x y", "1"])
_SCALAR = _WRITTEN | st.integers(-10**12, 10**12) | st.booleans() | \
    st.floats(allow_nan=False)
_ANY = st.recursive(_SCALAR, lambda inner: st.lists(inner, max_size=4) |
                    st.lists(inner, max_size=3).map(tuple) |
                    st.dictionaries(_KEY, inner, max_size=4), max_leaves=24)
_ROWS = st.lists(st.dictionaries(_KEY, _ANY, max_size=4) |
                 st.dictionaries(_KEY, _WRITTEN, max_size=4), min_size=1, max_size=4)


@given(st.dictionaries(_KEY, _ANY | _ROWS | st.dictionaries(_KEY, _ROWS | _ANY, max_size=3),
                       max_size=5))
def test_a_template_is_written_as_tomli_w_writes_it(data: dict) -> None:
    """The faster writer gives tomli_w's text, character for character: escapes, keys
    quoted or bare, lists of tables inline within the line width or as tables."""
    assert toml_text.dumps(data) == tomli_w.dumps(data)


def test_values_the_writer_leaves_to_tomli_w_are_written_or_refused_alike() -> None:
    import datetime
    from collections import OrderedDict
    from decimal import Decimal

    for data in ({"when": datetime.date(2026, 12, 5)}, {"n": Decimal("1.5")},
                 {"t": OrderedDict(a="b")}, {"rows": [{"a": 1}, OrderedDict(b=2)]},
                 {"rows": [{"a": "x" * 120, "d": datetime.date(2026, 1, 1)}]}):
        assert toml_text.dumps(data) == tomli_w.dumps(data)
    for bad in ({"rows": [{1: "x" * 200}]}, {"a": {2: "b"}}, {"a": object()}):
        with pytest.raises(TypeError):
            tomli_w.dumps(bad)
        with pytest.raises(TypeError):
            toml_text.dumps(bad)


def test_a_derived_draft_is_written_as_tomli_w_writes_it(tmp_path: Path) -> None:
    from raci.derive.draft import derive

    doc = tmp_path / "roles.md"
    doc.write_text("# Roles\n\n## Release Manager\n\n- Plans the \"weekly\" release\n"
                   "- Checks the release calendar\\notes for every site of the region, with "
                   "the Site Leads and the Quality Lead, before the monthly review\n\n"
                   "## Quality Lead\n\n- Tests the release\n- Signs off the release\n",
                   encoding="utf-8")
    data = template_to_dict(derive([doc]).to_template("d", "D"))
    assert data["activities"] and toml_text.dumps(data) == tomli_w.dumps(data)


class _Str(str):
    """A string the size count takes the long way round (not exactly ``str``)."""


@given(st.lists(st.dictionaries(_KEY, _WRITTEN, max_size=5), max_size=4),
       st.integers(0, 400))
def test_a_table_of_strings_is_counted_at_once_as_string_by_string(
        quotes: list[dict[str, str]], limit: int) -> None:
    """A quote's table (strings only) is counted in one sum: the count of each string and
    key in turn, which a table holding anything else still takes."""
    data = {"activities": [{"name": "Plan", "evidence": quotes}], "quote": quotes[:1]}
    slow = {"activities": [{"name": "Plan", "evidence": [
        {k: _Str(v) for k, v in q.items()} for q in quotes]}],
        "quote": [{k: _Str(v) for k, v in q.items()} for q in quotes[:1]]}
    assert _least_length(data) == _least_length(slow)
    assert (_least_length(data, stop_above=limit) > limit) == (_least_length(slow) > limit)


# The scan token by token that check_toml_shape made before it looked for brackets only
_TOKEN_BY_TOKEN = re.compile(
    r"#[^\n]*+"
    r'|"""(?:[^"\\]++|\\[\s\S]|"(?!""))*+(?:"""|\Z)'
    r"|'''(?:[^']++|'(?!''))*+(?:'''|\Z)"
    r'|"(?:[^"\\\n]++|\\.)*+"?'
    r"|'[^'\n]*+'?"
    r"|[\[\]{}]"
)


@given(st.text(alphabet=st.sampled_from(list("[]{}\"'#\\\n x=,.")), max_size=80))
def test_the_nesting_check_finds_the_brackets_a_scan_token_by_token_finds(text: str) -> None:
    """Brackets inside comments and strings (closed or not, of every kind of quote) are
    skipped; every other bracket is found at its place, once."""
    slow = [(m.start(), m.group()) for m in _TOKEN_BY_TOKEN.finditer(text)
            if m.group() in ("[", "]", "{", "}")]
    fast = [(m.start(1), m.group(1)) for m in _TO_BRACKET.finditer(text) if m.group(1)]
    assert fast == slow
