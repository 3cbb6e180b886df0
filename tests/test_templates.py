"""Built-in templates, the template format, the library and applying templates."""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from raci.checks import Severity, check_project
from raci.cli import main
from raci.paths import builtin_templates_dir
from raci.sample import create_sample_project
from raci.service import ProjectService
from raci.templates import (
    DEFAULT_TEMPLATE_ID,
    Provenance,
    TemplateError,
    TemplateLibrary,
    apply_template,
    dump_template,
    load_template,
    parse_template,
    template_from_project,
    write_template,
)

BUILTIN = sorted(builtin_templates_dir().glob("*.toml"))
SEED_FILES = {
    "000_db16cde769d81962.txt", "001_dfa7cb41c801b576.txt", "002_cb5ed133ab440d49.txt",
    "003_869c86136817aab9.txt", "004_95ed6b03687ce9dd.txt",
}


def test_at_least_four_builtins() -> None:
    assert len(BUILTIN) >= 4
    ids = {load_template(p).id for p in BUILTIN}
    assert {"product-team", "agile-team", "technical-program", "startup-team"} <= ids


@pytest.mark.parametrize("path", BUILTIN, ids=lambda p: p.stem)
def test_builtin_loads_applies_and_has_no_errors(path: Path) -> None:
    template = load_template(path)
    assert 15 <= len(template.activities) <= 40
    assert all(r.description for r in template.roles)
    for act in template.activities:
        assert act.phase in template.phases
        assert act.provenance.source in SEED_FILES
        assert act.provenance.section and act.provenance.rationale
        assert act.description
    service = ProjectService.in_memory()
    try:
        apply_template(service, template)
        state = service.state()
        assert len(state.activities) == len(template.activities)
        errors = [f for f in check_project(state) if f.severity is Severity.ERROR]
        assert errors == []
        # exactly one owner and at least one doer on every row
        for act in state.activities:
            owners = [r for r in state.roles if "A" in state.letters(act.id, r.id)]
            doers = [r for r in state.roles if "R" in state.letters(act.id, r.id)]
            assert len(owners) == 1 and doers
    finally:
        service.close()


def test_mission_examples_hold_in_the_product_template() -> None:
    template = TemplateLibrary.default().get(DEFAULT_TEMPLATE_ID)
    by_name = {a.name: a for a in template.activities}
    assert "R" in by_name["Technical oversight"].letters["TPM"]
    assert "A" in by_name["Product vision"].letters["PM"]


def test_save_load_round_trip_is_lossless(tmp_path: Path) -> None:
    for path in BUILTIN:
        template = load_template(path)
        out = tmp_path / f"{template.id}.toml"
        write_template(template, out)
        assert load_template(out) == template


def test_project_to_template_round_trip(tmp_path: Path) -> None:
    template = TemplateLibrary.default().get("agile-team")
    service = ProjectService.create(tmp_path / "a.raci")
    apply_template(service, template)
    service.add_person("Someone", roles=[service.find_role("PO").id])
    saved = template_from_project(service, "agile-team", template.name, template.description)
    service.close()
    assert saved.roles == template.roles
    assert saved.phases == template.phases
    # A project keeps each source's readable title, not the file name it is stored under.
    titled = tuple(replace(a, provenance=replace(
        a.provenance, source=template.source_title(a.provenance.source)))
        for a in template.activities)
    assert saved.activities == titled
    assert all(not re.match(r"\d{3}_[0-9a-f]+\.txt$", a.provenance.source)
               for a in saved.activities)
    assert "Someone" not in dump_template(saved)


def test_source_titles_read_and_write_back() -> None:
    text = dump_template(TemplateLibrary.default().get("product-team"))
    again = parse_template(text, "t.toml")
    assert again.source_titles == TemplateLibrary.default().get("product-team").source_titles
    assert again.source_title("000_db16cde769d81962.txt").startswith("Article: ")
    assert again.source_title("other.docx") == "other.docx"
    with pytest.raises(TemplateError, match=r"\[source_titles\] 'a.txt': must be text"):
        parse_template(text.replace("[source_titles]", "[source_titles]\n\"a.txt\" = 3"),
                       "t.toml")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("format = 1\nid = 'x'\nname = 'X'\n[[roles]\n", "not valid TOML"),
        ("format = 2\nid = 'x'\nname = 'X'\n", "format' is 2"),
        ("id = 'x'\nname = 'X'\n", "key 'format' must be 1"),
        ("format = 1\nid = 'Bad Id'\nname = 'X'\n", "key 'id'"),
        ("format = 1\nid = 'x'\nname = 'X'\nscheme = 'RAPID'\n[[roles]]\ncode='A'\nname='A'\n",
         "'RAPID' is unknown"),
        ("format = 1\nid = 'x'\nname = 'X'\n[[roles]]\ncode = 'PM'\nname = 'PM'\n"
         "[[activities]]\nname = 'Vision'\nletters = { PM = 'A', QQ = 'R' }\n",
         "activity 'Vision' (activities[0]).letters: unknown role code 'QQ'"),
        ("format = 1\nid = 'x'\nname = 'X'\n[[roles]]\ncode = 'PM'\nname = 'PM'\n"
         "[[activities]]\nname = 'Vision'\nletters = { PM = 'A/Z' }\n",
         "letters.PM: unknown letter Z"),
        ("format = 1\nid = 'x'\nname = 'X'\n[[roles]]\ncode = 'PM'\nname = 'PM'\n"
         "[[roles]]\ncode = 'pm'\nname = 'Other'\n", "roles[1].code: 'pm' is used by two roles"),
    ],
)
def test_broken_template_gives_precise_error(text: str, expected: str) -> None:
    with pytest.raises(TemplateError) as err:
        parse_template(text, "mine.toml")
    assert str(err.value).startswith("mine.toml")
    assert expected in str(err.value)


def test_toml_syntax_error_names_the_line() -> None:
    with pytest.raises(TemplateError, match="line 4"):
        parse_template("format = 1\nid = 'x'\nname = 'X'\nroles = = 3\n[x]\n", "t.toml")


def test_broken_user_template_is_listed_not_fatal(tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    (user / "broken.toml").write_text("format = 1\nid = \n", encoding="utf-8")
    (user / "binary.toml").write_bytes(b"\xff\xfe\x00junk")
    library = TemplateLibrary(builtin_templates_dir(), user)
    entries = library.entries()
    broken = {e.id: e.error for e in entries if e.template is None}
    assert set(broken) == {"broken", "binary"}
    assert "not valid TOML" in broken["broken"]
    assert "UTF-8" in broken["binary"]
    assert len(library.templates()) == len(BUILTIN)
    with pytest.raises(TemplateError, match="not valid TOML"):
        library.get("broken")


def test_a_free_name_is_one_no_template_has(tmp_path: Path) -> None:
    from dataclasses import replace

    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "u")
    template = library.get("startup-team")
    assert library.free_name("Night shift") == "Night shift"
    assert library.free_name(template.name) == f"{template.name} (2)"
    assert library.free_name(template.name.upper()) == f"{template.name.upper()} (2)"
    library.save_user_template(replace(template, id="mine", name=f"{template.name} (2)"))
    assert library.free_name(template.name) == f"{template.name} (3)"


def test_a_free_name_asks_to_replace_no_template_when_saved(tmp_path: Path) -> None:
    from dataclasses import replace

    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "u")
    template = library.get("startup-team")
    # a second draft of the same documents, saved under the first one's name (as drafts
    # were named before a free name was offered): "Charter (2)" would be its id,
    # charter-2, and Save as Template would ask to replace it
    library.save_user_template(replace(template, id="charter", name="Charter"))
    library.save_user_template(replace(template, id="charter-2", name="Charter"))
    assert library.free_name("Charter") == "Charter (3)"
    # a template of the user's renamed keeps its id: its old name would replace it
    library.save_user_template(replace(template, id="ops", name="Operations"))
    assert library.free_name("Ops") == "Ops (2)"
    # a project made from a numbered template is offered the next number
    library.save_user_template(replace(template, id="night-2", name="Night shift (2)"))
    assert library.free_name("Night shift (2)") == "Night shift (3)"
    assert library.free_name("Day shift (2)") == "Day shift (2)"


def test_user_templates_cannot_shadow_builtins(tmp_path: Path) -> None:
    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "u")
    template = library.get("startup-team")
    with pytest.raises(TemplateError, match="built-in"):
        library.save_user_template(template)
    from dataclasses import replace

    path = library.save_user_template(replace(template, id="my-startup"))
    assert library.get("my-startup") == replace(template, id="my-startup")
    assert path.parent == tmp_path / "u"



def test_only_the_users_own_templates_can_be_deleted(tmp_path: Path) -> None:
    from dataclasses import replace

    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "u")
    template = library.get("startup-team")
    path = library.save_user_template(replace(template, id="my-startup"))
    with pytest.raises(TemplateError, match="built-in template and cannot be deleted"):
        library.delete_user_template("startup-team")
    assert library.delete_user_template("my-startup") == path
    assert not path.exists() and "my-startup" not in [e.id for e in library.entries()]
    with pytest.raises(TemplateError, match="no template of yours with id 'my-startup'"):
        library.delete_user_template("my-startup")
    assert builtin_templates_dir().joinpath("startup-team.toml").exists()

def test_deleting_a_chosen_file_of_yours_deletes_that_one(tmp_path: Path) -> None:
    # two files of yours giving one id (one copied by hand), and one giving a built-in's:
    # the file chosen is deleted, and one already gone is no error
    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    first = library.save_user_template(replace(library.get("startup-team"), id="mine"))
    copy = first.with_name("mine-copy.toml")
    shutil.copy(first, copy)
    assert library.delete_user_template("mine", copy) == copy
    assert first.exists() and not copy.exists()
    assert library.delete_user_template("mine", copy) == copy  # already gone
    shadow = tmp_path / "user" / "startup-team.toml"
    shutil.copy(builtin_templates_dir() / "startup-team.toml", shadow)
    library.delete_user_template("startup-team", shadow)
    assert not shadow.exists() and (builtin_templates_dir() / "startup-team.toml").exists()
    with pytest.raises(TemplateError, match="no template in your folder"):
        library.delete_user_template("startup-team", builtin_templates_dir() / "startup-team.toml")


def test_a_template_of_yours_is_renamed_keeping_its_id_and_file(tmp_path: Path) -> None:
    from raci.errors import RaciError

    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    original = replace(library.get("startup-team"), id="mine", name="My team")
    path = library.save_user_template(original)
    renamed = library.rename_user_template(path, "  Our   launch team ")
    assert renamed == replace(original, name="Our launch team")
    assert load_template(path) == renamed and library.get("mine") == renamed
    assert [p.name for p in (tmp_path / "user").iterdir()] == ["mine.toml"]
    with pytest.raises(RaciError, match="The template name cannot be empty"):
        library.rename_user_template(path, "   ")
    with pytest.raises(TemplateError, match="no template in your folder"):
        library.rename_user_template(builtin_templates_dir() / "startup-team.toml", "Ours")
    assert library.get("startup-team").name == load_template(
        builtin_templates_dir() / "startup-team.toml").name
    broken = tmp_path / "user" / "broken.toml"
    broken.write_text("id = \n", encoding="utf-8")
    with pytest.raises(TemplateError, match="cannot be renamed, only deleted"):
        library.rename_user_template(broken, "Fixed")
    assert load_template(path) == renamed


def test_apply_into_existing_project_with_mapping_and_conflict(service: ProjectService) -> None:
    lead = service.add_role("Tech Lead", "TL")
    pm = service.add_role("Product Manager", "PM")
    vision = service.add_activity("Product vision")
    service.set_cell(vision, pm, "R")
    service.set_cell(vision, lead, "A")
    template = TemplateLibrary.default().get("product-team")

    with pytest.raises(TemplateError, match="would change"):
        apply_template(service, template, {"TPM": "Tech Lead"}, on_conflict="error")
    assert len(service.state().activities) == 1  # nothing applied

    report = apply_template(service, template, {"TPM": "Tech Lead"}, on_conflict="keep")
    state = service.state()
    names = [r.name for r in state.roles]
    assert "Technical Product Manager" not in names  # mapped onto Tech Lead
    assert report.roles_mapped == {"TPM": "Tech Lead"}
    assert "Product Manager" not in report.roles_added  # reused by name
    assert {(c.activity, c.role) for c in report.conflicts} == {
        ("Product vision", "Product Manager"), ("Product vision", "Tech Lead")
    }
    assert state.cell_text(vision, pm) == "R"  # kept
    assert state.cell_text(vision, lead) == "A"
    oversight = next(a for a in state.activities if a.name == "Technical oversight")
    assert state.cell_text(oversight.id, lead) == "A/R"

    report = apply_template(service, template, {"TPM": "TL"}, on_conflict="replace")
    state = service.state()
    assert state.cell_text(vision, pm) == "A/R"
    assert state.cell_text(vision, lead) == "C"
    assert report.activities_added == []


def test_a_role_added_under_another_code_says_so_in_the_summary(
        service: ProjectService) -> None:
    """A template role whose code another project role holds is added under a code of its
    own; the summary said only "1 role added", and the matrix header showed a code the
    template never used."""
    service.add_role("Quality Assurance Lead", "ENG")
    template = TemplateLibrary.default().get("product-team")
    report = apply_template(service, template)
    added = next(r for r in service.state().roles if r.name == "Engineering Lead")
    assert added.code != "ENG"
    assert report.codes_changed == {"Engineering Lead": ("ENG", added.code)}
    assert f"code {added.code} for Engineering Lead (ENG is another role's)" in report.summary()


def test_cells_that_hold_the_templates_letters_already_are_not_counted_as_filled(
        service: ProjectService) -> None:
    """Applying a template again (or to a project made from it) said '31 cells filled'
    (the sample: 101) though not one cell changed; cells already holding the template's
    letters are left alone and said to be so."""
    template = TemplateLibrary.default().get("product-team")
    first = apply_template(service, template)
    assert first.cells_written > 0 and first.cells_same == 0
    assert "had the template's letters" not in first.summary()
    vision = next(a.id for a in service.state().activities if a.name == "Product vision")
    pm = next(r.id for r in service.state().roles if r.code == "PM")
    service.set_cells({(vision, pm): frozenset("C")})
    again = apply_template(service, template, on_conflict="replace")
    assert again.cells_written == 1 and again.cells_same == first.cells_written - 1
    assert (f"1 cell filled ({again.cells_same} cells had the template's letters already)"
            in again.summary())
    assert service.state().cell_text(vision, pm) == "A/R"
    same = apply_template(service, template)
    assert same.cells_written == 0 and same.cells_same == first.cells_written
    assert same.conflicts == []
    # a cell holding other letters is a conflict, not a cell that held the letters
    service.set_cells({(vision, pm): frozenset("C")})
    kept = apply_template(service, template)
    assert kept.cells_written == 0 and kept.cells_same == first.cells_written - 1
    assert "1 conflicting cell kept as it was" in kept.summary()


def test_provenance_text_round_trip() -> None:
    p = Provenance("doc.txt", "list", "why")
    assert Provenance.from_text(p.to_text()) == p
    assert Provenance.from_text("typed by hand").rationale == "typed by hand"
    assert Provenance().to_text() == ""


def test_sample_project_is_staffed_and_error_free(tmp_path: Path) -> None:
    service = create_sample_project(tmp_path / "sample.raci")
    try:
        state = service.state()
        assert len(state.people) >= 5
        assert len(state.activities) >= 15
        assert not [f for f in check_project(state) if f.severity is Severity.ERROR]
    finally:
        service.close()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_templates_new_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "templates", "--json")
    assert code == 0
    listed = {t["id"]: t for t in json.loads(out)["templates"]}
    product = listed["product-team"]
    assert product["activity_count"] == 31
    assert set(product["source_files"]) == SEED_FILES
    assert {"id", "name", "description", "roles", "activity_count", "source_files"} <= set(product)
    path = str(tmp_path / "x.raci")
    assert _run(capsys, "new", path, "--template", "product-team")[0] == 0
    assert _run(capsys, "validate", path)[0] == 0
    out_toml = str(tmp_path / "saved.toml")
    assert _run(capsys, "template", "save", path, out_toml, "--id", "saved")[0] == 0
    code, out, _ = _run(capsys, "template", "check", out_toml)
    assert code == 0 and "valid template saved" in out
    bad = tmp_path / "bad.toml"
    bad.write_text("format = 1\nid = 'bad'\nname = 'B'\n[[roles]]\ncode = 'X'\n", encoding="utf-8")
    code, _, err = _run(capsys, "template", "check", str(bad))
    assert code == 2
    assert err.startswith("raci: error:") and "roles[0].name" in err
    code, _, err = _run(capsys, "new", str(tmp_path / "y.raci"), "--template", "nope")
    assert code == 2 and "no template with id 'nope'" in err
    assert not (tmp_path / "y.raci").exists()


def test_cli_template_apply(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "p.raci")
    _run(capsys, "new", path)
    _run(capsys, "role", "add", path, "Tech Lead", "--code", "TL")
    code, out, _ = _run(capsys, "template", "apply", path, "startup-team", "--map", "TPM=TL")
    assert code == 0 and "mapped TPM -> Tech Lead" in out
    code, out, _ = _run(capsys, "info", path, "--json")
    roles = [r["name"] for r in json.loads(out)["roles"]]
    assert roles == ["Tech Lead", "Product Lead (acting PM)", "Partner Development Team"]


def test_cli_uses_a_template_file_by_path_and_lists_broken_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from raci.paths import user_templates_dir

    mine = tmp_path / "mine.toml"
    write_template(TemplateLibrary.default().get("startup-team"), mine)
    project = tmp_path / "p.raci"
    assert _run(capsys, "new", str(project), "--template", str(mine))[0] == 0
    assert _run(capsys, "validate", str(project))[0] == 0
    user = user_templates_dir()  # inside the test's isolated home
    user.mkdir(parents=True)
    (user / "half.toml").write_text("format = 1\nid = 'half'\n", encoding="utf-8")
    code, out, _ = _run(capsys, "templates", "--json")
    assert code == 0
    broken = json.loads(out)["broken"]
    assert [b["id"] for b in broken] == ["half"]
    assert "key 'name'" in broken[0]["error"]


def test_template_of_a_project_with_extra_letters_saves_and_loads(tmp_path: Path) -> None:
    service = ProjectService.create(tmp_path / "d.raci", "Driven", "RACI+D")
    try:
        lead = service.add_role("Lead", "LD")
        crew = service.add_role("Crew", "CR")
        act = service.add_activity("Steer", service.add_phase("Start"))
        service.set_cells({(act, lead): "A/D", (act, crew): "R"})
        saved = template_from_project(service, "driven")
    finally:
        service.close()
    out = tmp_path / "driven.toml"
    write_template(saved, out)
    loaded = load_template(out)
    assert loaded == saved
    assert loaded.scheme == "RACI+D"
    assert loaded.activities[0].letters == {"LD": "A/D", "CR": "R"}
    target = ProjectService.create(tmp_path / "again.raci", "Again", "RACI+D")
    try:
        apply_template(target, loaded)
        state = target.state()
        assert [state.cell_text(state.activities[0].id, r.id) for r in state.roles] == [
            "A/D", "R"]
    finally:
        target.close()


def test_template_with_a_scheme_beyond_every_extension_is_refused_clearly() -> None:
    text = "format = 1\nid = 'x'\nname = 'X'\nscheme = 'RACI+A'\n"
    with pytest.raises(TemplateError, match=r"mine.toml: key 'scheme' 'RACI\+A' is unknown.*"
                                            r"extra capital letters"):
        parse_template(text, "mine.toml")


def test_a_project_that_names_sources_by_file_shows_their_titles(tmp_path: Path) -> None:
    """Made before templates gave titles, a project still names its sources by stored file
    name: the tooltip line and the exported Sources sheet give the title."""
    from openpyxl import load_workbook

    from raci.excel.export import export_xlsx
    from raci.templates import builtin_source_titles

    stored = "001_dfa7cb41c801b576.txt"
    title = builtin_source_titles()[stored]
    assert title.startswith("Article: ")
    service = ProjectService.create(tmp_path / "old.raci")
    service.add_role("Product Manager", "PM")
    act = service.add_activity("Product vision", None, "",
                               Provenance(stored, "PM list", "said so").to_text())
    line = Provenance.from_text(service.state().activity(act).provenance)
    assert line.describe(builtin_source_titles()) == f"{title}, PM list: said so"
    assert line.describe() == f"{stored}, PM list: said so"
    export_xlsx(service.state(), tmp_path / "old.xlsx")
    service.close()
    sheet = load_workbook(tmp_path / "old.xlsx")["Sources"]
    assert sheet.cell(2, 3).value == title


def test_a_link_in_your_folder_is_deleted_never_what_it_points_to(tmp_path: Path) -> None:
    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    library.user_dir.mkdir()
    shared = tmp_path / "shared" / "team.toml"  # a team's template, linked in
    shared.parent.mkdir()
    write_template(replace(library.get("startup-team"), id="team", name="Team"), shared)
    link = library.user_dir / "team.toml"
    link.symlink_to(shared)
    entry = next(e for e in library.entries() if e.id == "team")
    assert entry.origin == "user" and entry.path == link
    with pytest.raises(TemplateError, match="is a link to .*delete the link"):
        library.rename_user_template(link, "Ours")  # never written through, nor replaced
    assert link.is_symlink() and load_template(shared).name == "Team"
    assert library.delete_user_template("team", link) == link
    assert not link.is_symlink() and not link.exists()
    assert load_template(shared).name == "Team"
    # by id (the command line) too; and a link whose file is gone
    link.symlink_to(shared)
    assert library.delete_user_template("team") == link
    assert not os.path.lexists(link) and shared.exists()
    dangling = library.user_dir / "gone.toml"
    dangling.symlink_to(tmp_path / "nowhere.toml")
    assert library.delete_user_template("gone", dangling) == dangling
    assert not os.path.lexists(dangling)


def test_a_link_that_leads_round_in_a_loop_is_refused_a_rename(tmp_path: Path) -> None:
    library = TemplateLibrary(builtin_templates_dir(), tmp_path / "user")
    library.user_dir.mkdir()
    first, second = library.user_dir / "loop.toml", library.user_dir / "round.toml"
    first.symlink_to(second)
    second.symlink_to(first)
    with pytest.raises(TemplateError, match="loop.toml: is a link to"):
        library.rename_user_template(first, "Ours")
    assert first.is_symlink() and second.is_symlink()


TWO_ONTO_ONE = """format = 1
id = "two-onto-one"
name = "Two onto one"
description = "A small team whose two leads a project may have as one role."
scheme = "RACI"
phases = ["Plan"]

[[roles]]
code = "OL"
name = "Outreach lead"

[[roles]]
code = "VL"
name = "Venue lead"

[[roles]]
code = "HC"
name = "Host committee"

[[activities]]
name = "Book the hall"
phase = "Plan"
letters = { OL = "R", VL = "C", HC = "A" }

[[activities]]
name = "Set the date"
phase = "Plan"
letters = { OL = "A", VL = "R" }

[[activities]]
name = "Print the flyers"
phase = "Plan"
letters = { OL = "C", VL = "I", HC = "A/R" }
"""


def test_two_template_roles_mapped_onto_one_role_fill_one_cell_once(
        service: ProjectService) -> None:
    """Two template roles put onto one project role counted its cell once per template role
    (a cell holding A/R already was two conflicts, 'A/R vs A' and 'A/R vs R'), and wrote
    letters no one writes together (R/C): the cell takes both letters when the scheme writes
    them together, else the stronger one, and is counted once."""
    lead = service.add_role("Event lead", "EL")
    date = service.add_activity("Set the date")
    flyers = service.add_activity("Print the flyers")
    service.set_cell(date, lead, "A/R")
    service.set_cell(flyers, lead, "R")
    template = parse_template(TWO_ONTO_ONE, "two.toml")
    report = apply_template(service, template, {"OL": "Event lead", "VL": "EL"})
    state = service.state()
    hall = next(a.id for a in state.activities if a.name == "Book the hall")
    assert state.cell_text(hall, lead) == "R"  # R with C: the stronger
    assert state.cell_text(date, lead) == "A/R"
    assert state.cell_text(flyers, lead) == "R"  # kept: C with I is C, a conflict
    assert report.cells_same == 1
    assert [(c.activity, c.existing, c.template) for c in report.conflicts] == [
        ("Print the flyers", "R", "C")]
    assert report.cells_written == 3  # the hall's two, the flyers' host committee
    assert "3 cells filled (1 cell had the template's letters already)" in report.summary()
    assert "1 conflicting cell kept as it was" in report.summary()
