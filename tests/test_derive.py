"""Document readers, role discovery, letter rules, provenance and bad input for derivation."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from raci.cli import main
from raci.derive.documents import DocumentError, read_document
from raci.derive.draft import Draft, DraftRow, default_name, derive, merge_rows, open_decisions
from raci.derive.extract import activity_name
from raci.derive.roles import discover_roles
from raci.errors import RaciError
from raci.templates import Template, dump_template, load_template
from tests.derive_docx import build_team_docx

EVAL = Path(__file__).parent / "derive_eval"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Managing product vision: keeps the vision tied to engineering", "Product vision"),
        ("Managing and prioritizing the product backlog.", "Product backlog"),
        ("Prioritizing features based on value", "Feature prioritisation"),
        ("Collaborating with various teams to ensure goals are met",
         "Collaboration with various teams"),
        ("Define the product vision and roadmap.", "Product vision and roadmap"),
        ("Design system upkeep: keep components consistent", "Design system upkeep"),
        ("Will often drive technical dependencies that have to change", "Technical dependencies"),
    ],
)
def test_activity_names_are_short(text: str, name: str) -> None:
    assert activity_name(text) == name


def test_each_format_gives_blocks_with_locations(tmp_path: Path) -> None:
    md = read_document(EVAL / "charter.md")
    assert {b.kind for b in md.blocks} >= {"heading", "item", "para"}
    assert md.blocks[0].location == "line 1"
    html = read_document(EVAL / "comparison.html")
    rows = [b for b in html.blocks if b.kind == "row" and b.header]
    assert rows and rows[0].header[1].startswith("Support Team Lead")
    assert rows[0].location == "table 3, row 2" or rows[0].location.startswith("table")
    docx = read_document(build_team_docx(tmp_path / "t.docx"))
    assert any(b.kind == "item" and b.location.startswith("paragraph") for b in docx.blocks)
    assert any(b.kind == "row" and b.header for b in docx.blocks)
    txt = read_document(EVAL / "overlap.txt")
    assert [b.text for b in txt.blocks if b.kind == "item"][-2:] == [
        "Usability testing", "Persona updates"
    ]


def test_roles_from_titles_acronyms_and_tables() -> None:
    catalog = discover_roles([read_document(EVAL / "charter.md")])
    codes = {r.name: r.code for r in catalog.roles.values()}
    # "keeps the sponsors informed": the sponsors are a party (informed)
    assert codes == {"Delivery Manager": "DM", "Platform Architect": "PA",
                     "Customer Insights Analyst": "CIA", "Sponsor": "SPO"}
    assert catalog.keys_in("the DM and a PA", "charter.md") == [
        "Delivery Manager", "Platform Architect"
    ]


def test_same_acronym_resolved_per_document(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("The Technical Product Manager (TPM) is responsible for specs.\n"
                 "The TPM owns the technical roadmap.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("The Technical Program Manager (TPM) is responsible for program plans.\n"
                 "The TPM drives cross-team dependencies.\n", encoding="utf-8")
    template = derive([a, b]).to_template("x", "x")
    by_activity = {act.name: set(act.letters) for act in template.activities}
    names = {r.code: r.name for r in template.roles}
    assert {names[c] for c in by_activity["Technical roadmap"]} == {"Technical Product Manager"}
    assert {names[c] for c in by_activity["Cross-team dependencies"]} == {
        "Technical Program Manager"
    }


def test_an_acronym_spelt_out_as_a_documents_name_is_no_role(tmp_path: Path) -> None:
    # "Food Safety Plan (FSP)": the plan sets out checks, it does none of them
    path = tmp_path / "kitchen.md"
    path.write_text(
        "# Kitchen hygiene\n\n"
        "The Head Chef keeps the Food Safety Plan (FSP) of the kitchen up to date.\n\n"
        "## Duties\n\n"
        "The FSP sets out every check made at the pass. The Kitchen Porter cleans the "
        "fryers every night. The Sous Chef checks the fridge temperatures against the FSP.\n",
        encoding="utf-8")
    template = derive([path]).to_template("k", "k")
    assert "FSP" not in {r.name for r in template.roles} | {r.code for r in template.roles}
    names = {r.code: r.name for r in template.roles}
    cells = {a.name: {names[c] for c in a.letters} for a in template.activities}
    assert cells["Clean the fryers every night"] == {"Kitchen Porter"}


def test_letter_rules_and_review_marks() -> None:
    template = derive([EVAL / "sentences.txt"]).to_template("s", "s")
    cells = {a.name: dict(a.letters) for a in template.activities}
    assert cells["Schema migrations"] == {"PE": "A/R", "DPO": "C"}
    assert cells["Dashboard certification"] == {"AL": "A/R", "DPO": "I"}
    overlap = derive([EVAL / "overlap.txt"]).to_template("o", "o")
    shared = next(a for a in overlap.activities if a.name == "Usability testing")
    assert shared.letters == {"DL": "A/R", "RL": "R"}
    assert shared.provenance.review and "proposed DL" in shared.provenance.review[0]


def test_accountable_without_doing(tmp_path: Path) -> None:
    doc = tmp_path / "d.md"
    doc.write_text("# Roles\n\nThe Ops Engineer (OE) and the Service Owner (SO).\n\n"
                   "## Responsibilities of the Ops Engineer\n\n- Run the on-call rotation\n\n"
                   "## Responsibilities of the Service Owner\n\n"
                   "- The SO is accountable for the on-call rotation.\n", encoding="utf-8")
    template = derive([doc]).to_template("x", "x")
    rotation = next(a for a in template.activities if a.name == "On-call rotation")
    assert rotation.letters == {"OE": "R", "SO": "A"}


def test_every_cell_keeps_document_location_and_span() -> None:
    template = derive([EVAL / "charter.md"]).to_template("c", "c")
    for act in template.activities:
        assert act.provenance.evidence
        for ev in act.provenance.evidence:
            assert ev.document == "charter.md"
            assert ev.location.startswith("line ")
            assert ev.text and ev.role in act.letters
    release = next(a for a in template.activities if a.name == "Release planning")
    assert "release calendar" in release.provenance.evidence[0].text


def test_role_choices_rename_merge_and_drop() -> None:
    draft = derive([EVAL / "charter.md"], {"Delivery Manager": "Program Lead (PL)",
                                           "PA": "PL", "CIA": "CIA"})
    assert [(r.code, r.name) for r in draft.roles] == [
        ("PL", "Program Lead"), ("CIA", "Customer Insights Analyst")
    ]
    dropped = derive([EVAL / "charter.md"], drop=["CIA"])
    assert "CIA" not in [r.code for r in dropped.roles]
    with pytest.raises(RaciError, match="no such role"):
        derive([EVAL / "charter.md"], {"Chief Cook": "CC"})


def test_dropping_a_role_the_documents_do_not_name_is_an_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A --drop that names no found role (a typo) says so, with the roles found, instead
    of giving the draft as if it had been obeyed; a role is dropped by any of its names."""
    with pytest.raises(RaciError, match=r"--drop 'Chief Cook': no such role in the "
                                        r"documents; found: .*Customer Insights Analyst"):
        derive([EVAL / "charter.md"], drop=["Chief Cook"])
    by_name = derive([EVAL / "charter.md"], drop=["customer insights analyst"])
    assert "CIA" not in [r.code for r in by_name.roles]
    out = tmp_path / "draft.toml"
    assert main(["derive", str(EVAL / "charter.md"), "-o", str(out), "--drop", "Chef"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("raci: error: --drop 'Chef': no such role") and err.count("\n") == 1
    assert not out.exists()


def test_merge_rows_keeps_one_owner() -> None:
    draft = derive([EVAL / "charter.md"])
    rows = [r for r in draft.rows if r.name in ("Incident reviews", "Vendor selection")]
    merged = merge_rows(rows)
    owners = [c for c, letters in merged.letters.items() if "A" in letters]
    assert owners == ["DM"]


def test_open_decisions_lists_review_items() -> None:
    template = derive([EVAL / "overlap.txt"]).to_template("o", "o")
    decisions = open_decisions(template)
    assert len(decisions) == 2
    assert all("proposed DL" in d for d in decisions)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"   \n", "empty"),
        ("binary.txt", b"\x00\x01\x02PK", "binary"),
        ("latin1.txt", "Caf\u00e9 manager".encode("latin-1"), "not UTF-8"),
        ("slides.key", b"whatever", "unsupported document type"),
        ("slides.pptx", b"whatever", ".pptx file is damaged"),
        ("noroles.txt", b"We like tea.\nAnd biscuits.\n", "no roles found"),
        ("broken.docx", b"PK\x03\x04 not really", ".docx"),
        ("broken.odt", b"PK\x03\x04 not really", "not a complete zip archive"),
    ],
)
def test_bad_input_is_a_clear_message(tmp_path: Path, name: str, content: bytes,
                                      expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(RaciError) as err:
        derive([path])
    assert expected in str(err.value)
    assert name in str(err.value)
    # in the user's words: no error class of the reader ("BadZipFile", "ParseError")
    assert not any(word in str(err.value) for word in ("BadZip", "Error", "Exception"))


def test_missing_document() -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_document(Path("nope.txt"))


@pytest.mark.parametrize(("chosen", "used"), [(None, "1"), ("3", "3")])
def test_cli_derive_asks_one_blas_thread_unless_chosen(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chosen: str | None, used: str) -> None:
    # the merge's matrix products run on one thread; a user's own setting is kept
    # (set first, so that the setting the derivation makes is undone after the test)
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", chosen or "")
    if chosen is None:
        monkeypatch.delenv("OPENBLAS_NUM_THREADS")
    doc = tmp_path / "duties.md"
    doc.write_text("# Kiln Technician\n\n- Loads the kiln shelves\n- Logs each firing\n",
                   encoding="utf-8")
    assert main(["derive", str(doc), "-o", str(tmp_path / "t.toml")]) == 0
    assert os.environ["OPENBLAS_NUM_THREADS"] == used


def test_cli_derive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "draft.toml"
    code = main(["derive", str(EVAL / "charter.md"), str(EVAL / "overlap.txt"), "-o", str(out),
                 "--role", "Delivery Manager=DM", "--role", "Design Lead=DL",
                 "--role", "Research Lead=RL"])
    assert code == 0
    printed = capsys.readouterr().out
    assert re.search(r"^\d+ decisions? still open", printed, re.MULTILINE)
    assert "(s)" not in printed
    template = load_template(out)
    assert [r.code for r in template.roles] == ["DM", "DL", "RL"]
    assert set(template.sources) == {"charter.md", "overlap.txt"}
    assert main(["derive", str(EVAL / "charter.md"), "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    bad = tmp_path / "x.bin.txt"
    bad.write_bytes(b"\x00\x00")
    assert main(["derive", str(bad), "-o", str(tmp_path / "y.toml")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("raci: error:") and "binary" in err
    assert not (tmp_path / "y.toml").exists()


def test_cli_derive_leaves_the_cycle_collector_as_it_found_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The command turns Python's cycle collector off while it works, and on again after,
    also when it ends with an error; a caller that had it off keeps it off."""
    import gc

    assert gc.isenabled()
    assert main(["derive", str(EVAL / "charter.md"), "-o", str(tmp_path / "a.toml")]) == 0
    assert gc.isenabled()
    assert main(["derive", str(EVAL / "charter.md"), "-o", str(tmp_path / "a.toml")]) == 2
    assert gc.isenabled()
    gc.disable()
    try:
        assert main(["derive", str(EVAL / "charter.md"), "-o", str(tmp_path / "b.toml")]) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()
    capsys.readouterr()


def test_the_app_derives_without_the_cycle_collector_and_turns_it_on_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's derivation (on its worker thread) runs as the command does: the collector
    off while it works, on again after, also when it fails."""
    import gc

    import raci.derive.draft
    from ui.file_workflows import _derive

    seen: list[bool] = []

    def derive_read(documents: list[object], checkpoint: object = None) -> str:
        seen.append(gc.isenabled())
        if not documents:
            raise RaciError("no documents")
        return "draft"

    monkeypatch.setattr(raci.derive.draft, "derive_read", derive_read)
    assert gc.isenabled()
    assert _derive([EVAL / "charter.md"]) == "draft"
    with pytest.raises(RaciError):
        _derive([])
    assert seen == [False, False]
    assert gc.isenabled()


def test_derivation_is_deterministic() -> None:
    first = derive([EVAL / "charter.md", EVAL / "comparison.html"]).to_template("d", "d")
    second = derive([EVAL / "charter.md", EVAL / "comparison.html"]).to_template("d", "d")
    assert first == second


def _clear_reading_caches() -> None:
    from raci.derive import actors, extract, roles

    for module in (actors, extract, roles):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def test_memoised_reading_does_not_carry_over_between_documents() -> None:
    """The readers keep answers per sentence: a document derived after others, after
    review choices, or with every cache emptied gives the same draft."""
    def draft() -> str:
        return dump_template(derive([EVAL / "charter.md"]).to_template("d", "d"))

    _clear_reading_caches()
    fresh = draft()
    derive([EVAL / "comparison.html", EVAL / "overlap.txt"])
    derive([EVAL / "sentences.txt"], drop=["Analytics Lead"])
    assert draft() == fresh
    _clear_reading_caches()
    assert draft() == fresh


def test_team_mentions_become_roles_and_idle_roles_are_decisions(tmp_path: Path) -> None:
    doc = tmp_path / "team.md"
    doc.write_text(
        "# Who does what\n\nThe Product Lead (PL) works with the marketing, sales, and design "
        "teams.\n\n## Responsibilities of the Product Lead\n\n"
        "- Pricing: set prices, working closely with the sales team.\n"
        "- Launch plan\n", encoding="utf-8")
    draft = derive([doc])
    codes = [r.code for r in draft.roles]
    assert codes == ["PL", "MKT", "SALES", "DES"]
    template = draft.to_template("t", "t")
    pricing = next(a for a in template.activities if a.name == "Pricing")
    assert pricing.letters == {"PL": "A/R", "SALES": "C"}
    decisions = open_decisions(template)
    assert "role Marketing Team (MKT) has no letters yet: give it some or drop it" in decisions
    assert not any("Sales Team" in d for d in decisions)



def test_derived_roles_carry_no_made_up_description(tmp_path: Path) -> None:
    """A drafted role has no description of its own (the passages are the rows'
    evidence): a count of its mentions would reach the project as its description."""
    doc = tmp_path / "team.md"
    doc.write_text("## Release Manager\n\n- Plan each release\n- Publish the notes\n\n"
                   "The Release Manager asks the QA Lead to sign off each release.\n",
                   encoding="utf-8")
    template = derive([doc]).to_template("t", "t")
    assert {r.name for r in template.roles} >= {"Release Manager", "QA Lead"}
    assert all(r.description == "" for r in template.roles)



def test_a_draft_is_named_after_the_title_its_document_opens_with(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]
                                                                 ) -> None:
    page = tmp_path / "roles.html"
    page.write_text("<html><head><title>Roles | Riverside</title></head><body>"
                    "<h1>Volunteer roles at the food bank</h1><h2>Shift Leader</h2>"
                    "<ul><li>Open the hall</li><li>Count the cash</li></ul></body></html>",
                    encoding="utf-8")
    notes = tmp_path / "shift_notes.md"
    notes.write_text("The Shift Leader locks the hall.\n\n## Later\n\nThe Driver returns "
                     "the van.\n", encoding="utf-8")
    draft = derive([page, notes])
    assert draft.titles == {"roles.html": "Volunteer roles at the food bank"}
    assert default_name(draft.documents, draft.titles) == \
        "Volunteer roles at the food bank and 1 more"
    assert default_name(["shift_notes.md"], draft.titles) == "Shift notes"  # no title
    out = tmp_path / "t.toml"
    assert main(["derive", str(page), "-o", str(out)]) == 0
    assert load_template(out).name == "Volunteer roles at the food bank"
    capsys.readouterr()


from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.long_runs import examples  # noqa: E402

WORDS = st.sampled_from(["the", "Product Manager", "PM", "(PM)", "owns", "is responsible for",
                         "Responsibilities of a", "reviews", ":", "-", ",", "and", "roadmap",
                         "\n", "\n- ", "\n# ", "|", "They", "works closely with", "Hire a",
                         "to", "ing", "Scrum Master (SM)", "team", "design teams", "."])


@settings(max_examples=examples(150), deadline=None)
@given(text=st.lists(WORDS, max_size=40).map(" ".join))
@example(text="\n#  Product Manager \n-  :")  # a list item of only a colon under a role
def test_derivation_never_crashes(text: str) -> None:
    assert isinstance(activity_name(text), str)
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        doc = Path(folder) / "fuzz.md"
        doc.write_text(text, encoding="utf-8")
        try:
            template = derive([doc]).to_template("f", "f")
        except RaciError:
            return
        # a row without letters is one found where no role is named, marked for review
        assert all(a.letters or a.provenance.review for a in template.activities)


@settings(max_examples=examples(300), deadline=None)
@given(text=st.text(max_size=120))
def test_activity_name_handles_any_text(text: str) -> None:
    name = activity_name(text)
    assert len(name.split()) <= 12


def test_purpose_and_participle_clauses(tmp_path: Path) -> None:
    doc = tmp_path / "p.txt"
    doc.write_text(
        "The Delivery Lead (DL) and the Product Owner (PO) share a team.\n\n"
        "The Delivery Lead works closely with the Product Owner to plan the release train.\n"
        "The Delivery Lead runs the stand-up, facilitating demos and removing blockers.\n",
        encoding="utf-8")
    template = derive([doc]).to_template("p", "p")
    cells = {a.name: dict(a.letters) for a in template.activities}
    assert cells["Release train planning"] == {"DL": "A/R", "PO": "C"}
    assert cells["Run the stand-up"] == {"DL": "A/R"}
    assert cells["Demo facilitation"] == {"DL": "A/R"}
    assert cells["Remove blockers"] == {"DL": "A/R"}


def test_enumerations_become_one_activity_each() -> None:
    from raci.derive.extract import activity_names

    assert activity_names("Often involved in quality aspects such as telemetry, "
                          "performance, and security") == ["Telemetry", "Performance",
                                                           "Security"]
    assert activity_names("Releases such as hotfixes and majors") == [
        "Releases such as hotfixes and majors"
    ]
    assert activity_names("Technical oversight: scalability, security, and cost") == [
        "Technical oversight"
    ]


def test_owner_and_inform_cue_words(tmp_path: Path) -> None:
    doc = tmp_path / "cues.txt"
    doc.write_text(
        "The Release Manager (RM) and the Build Engineer (BE) run releases.\n\n"
        "The Build Engineer is responsible for the build pipeline and reports to the "
        "Release Manager.\n"
        "The Build Engineer is responsible for nightly builds and communicates progress to "
        "the Release Manager.\n"
        "The Release Manager has the final say on the release calendar.\n"
        "The Build Engineer is responsible for the release calendar.\n"
        "The Release Manager defines the branching policy.\n", encoding="utf-8")
    cells = {a.name: dict(a.letters) for a in derive([doc]).to_template("c", "c").activities}
    assert cells["Build pipeline"] == {"BE": "A/R", "RM": "I"}
    assert cells["Nightly builds"] == {"BE": "A/R", "RM": "I"}
    assert cells["Release calendar"] == {"RM": "A", "BE": "R"}
    assert cells["Branching policy"] == {"RM": "A/R"}


def test_roles_named_only_as_table_columns(tmp_path: Path) -> None:
    doc = tmp_path / "t.md"
    doc.write_text("# Who does what\n\n| Aspect | Release Manager | Build Engineer |\n"
                   "|---|---|---|\n| Responsibilities | Release calendar | Build pipeline |\n",
                   encoding="utf-8")
    template = derive([doc]).to_template("t", "t")
    assert [r.name for r in template.roles] == ["Release Manager", "Build Engineer"]
    assert {a.name: dict(a.letters) for a in template.activities} == {
        "Release calendar": {"RM": "A/R"}, "Build pipeline": {"BE": "A/R"}}


def test_role_lookups_follow_review_choices() -> None:
    """A sentence searched before a role is renamed or dropped is searched again after."""
    doc = read_document(EVAL / "charter.md")
    catalog = discover_roles([doc])
    text = "The Delivery Manager agrees the plan with the Sponsor."
    found = catalog.find(text, doc.name)
    assert [k for k, _s, _e in found] == ["Delivery Manager", "Sponsor"]
    found.clear()  # what a caller does with the answer is its own
    assert catalog.keys_in(text, doc.name) == ["Delivery Manager", "Sponsor"]
    catalog.apply_choices({"Delivery Manager": "Programme Lead (PGL)", "Sponsor": "S"})
    assert catalog.keys_in(text, doc.name) == ["Programme Lead", "Sponsor"]
    catalog.apply_choices({}, drop=["Sponsor"])
    assert catalog.keys_in(text, doc.name) == ["Programme Lead"]


def test_a_draft_too_large_for_a_template_names_its_documents(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # every cell quotes its passage, so a long document's draft can pass the 5 MB a
    # template may have; a small limit stands in for a large document
    monkeypatch.setattr("raci.templates.MAX_TEMPLATE_BYTES", 2_000)
    out = tmp_path / "big.toml"
    assert main(["derive", str(EVAL / "charter.md"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("raci: error: charter.md: the draft (") and err.count("\n") == 1
    assert "too large for a template" in err and "fewer documents" in err
    assert not out.exists()


CLEAN = 8  # most values are written as a project keeps them, a few are not
ROLE_NAMES = st.sampled_from(["Lead", "Editor", "Boss", "Ünit", "Co Lead"] * CLEAN
                             + ["lead", " Editor", "Co  Lead", "Tab\tName", "x" * 301, ""])
ROLE_CODES = st.sampled_from(["L", "ED", "B", "Ü", "CL"] * CLEAN + ["l", "E D", "", "C" * 21])
PHASE_NAMES = st.sampled_from(["", "Plan", "Run", "Ω"] * CLEAN + [" ", "plan", " Plan"])
LETTER_TEXTS = st.sampled_from(["A", "R", "A/R", "C", "I", "A, R", "r (a)"] * CLEAN
                               + ["", "-", "Q", "S"])


@st.composite
def small_templates(draw: st.DrawFn) -> Template:
    from raci.templates import TemplateActivity, TemplateRole

    # names and codes mostly distinct (two alike only by case, or the same by chance)
    names = draw(st.lists(ROLE_NAMES, max_size=4, unique=True))
    codes = draw(st.lists(ROLE_CODES, min_size=len(names), max_size=len(names),
                          unique=draw(st.sampled_from([True] * CLEAN + [False]))))
    roles = tuple(TemplateRole(code, name, draw(st.sampled_from(["", "does it"] * CLEAN
                                                                 + [" spaced "])))
                  for code, name in zip(codes, names, strict=True))
    codes += ["ZZ"] if draw(st.sampled_from([False] * CLEAN + [True])) else []
    acts = tuple(TemplateActivity(
        draw(st.sampled_from(["Budget", "budget", "Plan the launch", "Review"] * CLEAN
                             + [" x ", "", "y" * 301])),
        draw(PHASE_NAMES), draw(st.sampled_from(["", "why"] * CLEAN + ["a\nb"])),
        draw(st.dictionaries(st.sampled_from(codes), LETTER_TEXTS, max_size=4)
             if codes else st.just({})))
        for _ in range(draw(st.integers(0, 5))))
    phases = tuple(draw(st.lists(PHASE_NAMES, max_size=3)))
    thresholds = draw(st.sampled_from([{}] * CLEAN + [{"overload": 3}]))
    scheme = draw(st.sampled_from(["RACI", "RASCI"] * CLEAN + ["raci"]))
    return Template("t", "t", "", scheme, roles, phases, acts, (), thresholds)


@settings(max_examples=examples(400), deadline=None)
@given(small_templates())
def test_open_decisions_without_a_project_are_those_of_the_project(template: Template) -> None:
    # the check errors worked out on the snapshot a new project would hold are the
    # project's own, in its order; where the project would clean, refuse or make up a
    # name or code, the project is asked (and its refusal stays the answer)
    from raci.derive.draft import _errors_as_added, _errors_in_project

    fast = _errors_as_added(template)
    try:
        slow: list[str] | Exception = _errors_in_project(template)
    except (RaciError, KeyError) as error:
        slow = error
    if fast is not None:
        assert fast == slow


def test_open_decisions_of_a_derived_draft_need_no_project() -> None:
    # a derived draft's names are already clean: its open decisions are worked out on
    # the snapshot (no database layer loaded), and they are the project's own
    from raci.derive.draft import _errors_as_added, _errors_in_project

    template = derive([EVAL / "charter.md"]).to_template("c", "c")
    fast = _errors_as_added(template)
    assert fast is not None and fast == _errors_in_project(template)
    code = ("import sys; from pathlib import Path; "
            "from raci.derive.draft import derive, open_decisions; "
            f"open_decisions(derive([Path({str(EVAL / 'charter.md')!r})]).to_template('c', 'c')); "
            "print(sorted(m for m in ('sqlalchemy', 'alembic', 'raci.service') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def _two_team_notes(tmp_path: Path) -> list[Path]:
    first = tmp_path / "kitchen.md"
    first.write_text("# Kitchen rota\n\nThe Head Cook is responsible for ordering the "
                     "vegetables.\nThe Shift Lead approves the weekly menu.\n",
                     encoding="utf-8")
    second = tmp_path / "hall.md"
    second.write_text("# Dining hall\n\nThe Shift Lead is responsible for setting the "
                      "tables.\nThe Head Cook is consulted on the weekly menu.\n",
                      encoding="utf-8")
    return [first, second]


class _StopError(Exception):
    """Raised by a test's checkpoint, as a cancelled job's progress callback would."""


def test_a_checkpoint_stops_the_drafting_before_its_next_stage(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import raci.derive.draft as draft

    documents = [read_document(p) for p in _two_team_notes(tmp_path)]
    ran: list[str] = []
    extract, merge = draft.extract, draft.merge_claims
    monkeypatch.setattr(draft, "extract", lambda doc, catalog, checkpoint=None: (
        ran.append(f"extract {doc.name}"), extract(doc, catalog, checkpoint))[1])
    monkeypatch.setattr(draft, "merge_claims", lambda claims, codes: (
        ran.append("merge"), merge(claims, codes))[1])

    for stop_at, expected in [(1, []), (2, []), (3, ["extract kitchen.md"]),
                              (4, ["extract kitchen.md", "extract hall.md"])]:
        calls: list[int] = []

        def checkpoint(stop_at: int = stop_at, calls: list[int] = calls) -> None:
            calls.append(1)
            if len(calls) == stop_at:
                raise _StopError

        ran.clear()
        with pytest.raises(_StopError):
            draft.derive_read(documents, checkpoint=checkpoint)
        assert ran == expected  # nothing after the stop ran, the merge least of all


def test_a_draft_is_the_same_with_or_without_a_checkpoint(tmp_path: Path) -> None:
    from raci.derive.draft import derive_read

    paths = _two_team_notes(tmp_path)
    documents = [read_document(p) for p in paths]
    calls: list[int] = []
    with_checkpoint = derive_read(documents, checkpoint=lambda: calls.append(1))
    assert with_checkpoint == derive_read(documents) == derive(paths)
    assert with_checkpoint.rows  # the notes give a draft at all
    assert len(calls) == 1 + len(documents) + 1  # roles, each document, the merge


def _long_duty_list(tmp_path: Path, duties: int) -> Path:
    """One role over many bullet duties: a long document, read block by block."""
    lines = ["# Warehouse handbook", "", "## Night Porter", ""]
    lines += [f"- Checks loading bay door {n} at closing time." for n in range(duties)]
    path = tmp_path / "handbook.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_checkpoint_is_reached_within_a_long_document(tmp_path: Path) -> None:
    from raci.derive.draft import derive_read
    from raci.derive.extract import CHECKPOINT_BLOCKS

    documents = [read_document(_long_duty_list(tmp_path, 12 * CHECKPOINT_BLOCKS))]
    calls: list[int] = []
    with_checkpoint = derive_read(documents, checkpoint=lambda: calls.append(1))
    assert with_checkpoint == derive_read(documents)  # the same draft
    # roles, the document, the merge, and about one a CHECKPOINT_BLOCKS blocks inside it
    assert len(calls) >= 3 + 10


def test_a_stop_within_a_long_document_reads_no_further(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import raci.derive.draft as draft
    from raci.derive.extract import CHECKPOINT_BLOCKS

    documents = [read_document(_long_duty_list(tmp_path, 12 * CHECKPOINT_BLOCKS))]
    merged: list[int] = []
    merge, discover = draft.merge_claims, draft.discover_roles
    monkeypatch.setattr(draft, "merge_claims", lambda claims, codes: (
        merged.append(1), merge(claims, codes))[1])
    # (the roles found without stops of their own: this is about reading the duties)
    monkeypatch.setattr(draft, "discover_roles", lambda documents, checkpoint=None:
                        discover(documents))
    calls: list[int] = []

    def checkpoint() -> None:
        calls.append(1)
        if len(calls) == 4:  # roles, the document, then the first inside its reading
            raise _StopError

    with pytest.raises(_StopError):
        draft.derive_read(documents, checkpoint=checkpoint)
    assert merged == [] and len(calls) == 4


def test_finding_roles_in_a_long_document_reaches_a_checkpoint(tmp_path: Path) -> None:
    from raci.derive.documents import CHECKPOINT_BLOCKS
    from raci.derive.roles import discover_roles

    documents = [read_document(_long_duty_list(tmp_path, 12 * CHECKPOINT_BLOCKS))]
    calls: list[int] = []
    found = discover_roles(documents, lambda: calls.append(1))
    assert len(calls) >= 10  # about one a CHECKPOINT_BLOCKS blocks
    assert {k: r.name for k, r in found.roles.items()} == \
        {k: r.name for k, r in discover_roles(documents).roles.items()}
    assert any(r.name == "Night Porter" for r in found.roles.values())

    def stop() -> None:
        raise _StopError

    with pytest.raises(_StopError):
        discover_roles(documents, stop)


def test_documents_none_of_which_can_be_read_share_their_advice_once(tmp_path: Path) -> None:
    from raci.derive.draft import read_each

    picture, project = tmp_path / "org-chart.png", tmp_path / "team.raci"
    empty = tmp_path / "notes.txt"
    picture.write_bytes(b"\x89PNG")
    project.write_bytes(b"SQLite format 3\x00")
    empty.write_text("", encoding="utf-8")
    with pytest.raises(RaciError) as caught:
        read_each([picture, project, empty])
    message = str(caught.value)
    assert message.startswith("none of the documents could be read: org-chart.png "
                              "(unsupported document type .png); team.raci (unsupported "
                              "document type .raci); notes.txt (")
    assert message.count("; use .txt, .md") == 1 and message.endswith(".json or .yaml")


def test_a_marking_above_a_title_does_not_name_the_draft(tmp_path: Path) -> None:
    # "CONFIDENTIAL", "Draft v0.3" over the title: how the page is handled, no title
    page = tmp_path / "charter.txt"
    page.write_text("CONFIDENTIAL\n\nDraft v0.3\n\nCheckout team charter\n\n"
                    "The Shift Leader counts the tills.\n", encoding="utf-8")
    assert derive([page]).titles == {"charter.txt": "Checkout team charter"}
    page.write_text("Draft rota for the fete\n\nThe Shift Leader counts the tills.\n",
                    encoding="utf-8")
    assert derive([page]).titles == {"charter.txt": "Draft rota for the fete"}


def test_an_activity_under_no_phase_adds_no_phase_and_comes_last(tmp_path: Path) -> None:
    from raci.templates import TemplateRole

    draft = Draft([TemplateRole("OM", "Office Manager")],
                  [DraftRow("Order the stationery", "", {"OM": {"A", "R"}}),
                   DraftRow("Plan the move", "Relocation", {"OM": {"A", "R"}})],
                  ["office.md"], {})
    template = draft.to_template("office", "Office")
    assert template.phases == ("Relocation",)
    assert [(a.name, a.phase) for a in template.activities] == [
        ("Plan the move", "Relocation"), ("Order the stationery", "")]
    path = tmp_path / "office.yaml"
    path.write_text(dump_template(template), encoding="utf-8")
    assert load_template(path).phases == ("Relocation",)


def test_open_decisions_name_each_activity_once_with_all_its_reasons(tmp_path: Path) -> None:
    # a row found under a heading that names no role has no letters: its review note and
    # the two check errors of its empty letters are one line, the name said once
    doc = tmp_path / "fete.md"
    doc.write_text("# Summer fete\n\n## Stall Holder\n\n- Sets up the cake stall.\n\n"
                   "## Afterwards\n\n- Count the takings.\n", encoding="utf-8")
    decisions = open_decisions(derive([doc]).to_template("f", "f"))
    takings = [d for d in decisions if "takings" in d.casefold()]
    assert len(takings) == 1, decisions
    line = takings[0]
    assert line.count("Count the takings") == 1
    assert "names no role" in line and "no Accountable (A)" in line
    assert "no Responsible (R)" in line


def test_headings_naming_no_role_are_the_phases_of_the_duties_under_them(
        tmp_path: Path) -> None:
    # a page grouped by the stages of the work, the roles named in its sentences: each
    # stage heading is the phase of its rows; a heading saying only what kind of text
    # follows is none (its rows keep the phase their words give)
    doc = tmp_path / "regatta.md"
    doc.write_text(
        "# Club regatta\n\n## 1. The week before\n\n"
        "- The Race Officer books the safety boats.\n"
        "- The Treasurer orders the trophies.\n\n"
        "## 2. On the water\n\n"
        "- The Race Officer starts each race.\n"
        "- The Safety Officer briefs the boat crews.\n\n"
        "## Responsibilities\n\n- The Treasurer banks the entry fees.\n",
        encoding="utf-8")
    template = derive([doc]).to_template("r", "r")
    phase = {a.name: a.phase for a in template.activities}
    assert phase["Book the safety boats"] == "The week before"
    assert phase["Order the trophies"] == "The week before"
    assert phase["Start each race"] == "On the water"
    assert phase["Brief the boat crews"] == "On the water"
    assert phase["Bank the entry fees"] not in ("Responsibilities", "")
    assert list(template.phases[:2]) == ["The week before", "On the water"]


def test_one_heading_naming_no_role_is_no_phase_of_its_own(tmp_path: Path) -> None:
    # role sections and a single other heading: that heading's rows are marked for review
    # and keep the phases their words give, as before
    doc = tmp_path / "show.md"
    doc.write_text("# Show\n\n## Stage Manager\n\n- Runs the technical rehearsal.\n\n"
                   "## Planning\n\n- Book the hall.\n", encoding="utf-8")
    template = derive([doc]).to_template("s", "s")
    assert "Planning" not in {a.phase for a in template.activities}


def test_headings_that_are_days_of_a_month_keep_their_day(tmp_path: Path) -> None:
    # "3 March 2026": a day, its number no clause's number ("4.2 Payment" loses its own)
    doc = tmp_path / "actions.md"
    doc.write_text("# Committee actions\n\n## 3 March 2026\n\n"
                   "- The Secretary circulates the agenda.\n- The Chair approves the minutes.\n\n"
                   "## 14 April 2026\n\n- The Treasurer presents the accounts.\n"
                   "- The Secretary files the accounts.\n", encoding="utf-8")
    phase = {a.name: a.phase for a in derive([doc]).to_template("c", "c").activities}
    assert phase["Circulate the agenda"] == "3 March 2026", phase
    assert phase["Present the accounts"] == "14 April 2026", phase


def test_headings_that_are_peoples_names_are_no_phases(tmp_path: Path) -> None:
    # "## Jo Bell": whose duties follow, no stage of the work
    doc = tmp_path / "fair.md"
    doc.write_text("# Who does what at the fair\n\n## Jo Bell\n\n"
                   "- The Chef orders food for 300.\n- The Chef runs the tea tent.\n\n"
                   "## Sam Patel\n\n- The Treasurer banks the takings.\n"
                   "- The Treasurer pays the hire firm.\n", encoding="utf-8")
    phases = {a.phase for a in derive([doc]).to_template("f", "f").activities}
    assert not phases & {"Jo Bell", "Sam Patel"}, phases


def test_a_job_descriptions_headings_are_no_phases(tmp_path: Path) -> None:
    # "Job purpose", "Essential duties", "Other duties as required": what kind of text
    # follows, no stages of the work
    doc = tmp_path / "jd.md"
    doc.write_text("# Job description: Site Supervisor\n\n## Job purpose\n\n"
                   "- The Site Supervisor keeps the site safe.\n"
                   "- The Site Supervisor keeps the site tidy.\n\n## Essential duties\n\n"
                   "- The Site Supervisor opens the site each morning.\n"
                   "- The Site Supervisor signs in contractors.\n\n"
                   "## Other duties as required\n\n- The Site Supervisor covers the gatehouse.\n"
                   "- The Site Supervisor orders consumables.\n", encoding="utf-8")
    phases = {a.phase for a in derive([doc]).to_template("j", "j").activities}
    assert not phases & {"Job purpose", "Essential duties", "Other duties as required"}, phases
