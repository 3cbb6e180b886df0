"""Derivation quality on labelled evaluation sets written for this project.

``derive_eval/``: the set the extractor was developed on. Targets: precision and
recall of role-activity pairs and of owner choices all at least 0.9 over the whole set.

``derive_eval/unseen/``: a held-out set of ten documents in ten shapes (policy, process
table, RACI table, job posting, charter, definition list, meeting notes, bold labels,
comparison table, Word document), labelled before the extractor was first run on them
and never tuned on. Its floors are a regression guard, not a target.

``derive_eval/unseen2/``: a second held-out set of ten documents in ten more shapes
(governance page, change procedure, RACI table in words, lab SOP, checklist, committee
terms of reference, onboarding playbook, Word memo, volunteer roles page, on-call
runbook), labelled before its first run; floors as for the first.

``derive_eval/unseen3/``: a third held-out set of ten documents in ten more shapes and
domains (council minutes with ACTION lines, a RASCI table with a row-number column, a
ground-handling job posting, a grant's key personnel in prose, a club handbook with
numbered paragraphs, a patch checklist with owners in brackets, a claims process in
swimlane steps, a race-day roster, a data protection policy in Word, a method statement),
labelled before its first run; its floors are that blind run's figures.

``derive_eval/unseen4/``: a fourth held-out set of ten documents in ten more shapes and
domains (a university module handbook, a museum exhibition plan with Lead / Sign-off /
Input / FYI cells, an IT service catalogue entry, a vineyard task list with "Who:" lines,
a film call sheet, charity trustee role descriptions in Word, a clinical audit protocol, a
factory handover SOP in fixed-width columns, a law firm's engagement letter, a newsroom
corrections policy), labelled and committed before its one blind run at the end of a day's
work on the extractor; studied since, its floors are its figures after the general fixes
that followed.

``derive_eval/unseen6/``: a sixth held-out set of ten documents in ten more shapes and
domains (a stage management handbook, a publisher's schedule pasted with tabs, a research
data management plan, an FOI procedure with a Mermaid swimlane chart, a HACCP plan, a
polling station staff page, a farm biosecurity plan in Word, a work party risk assessment,
festival radio call signs, a church rota of duty codes), labelled and committed before
its first run; studied since, its floors are its figures after the general fixes that
followed.

``derive_eval/unseen7/``: a seventh held-out set of ten documents in ten more shapes and
domains (a county court's guidance page, office fire action cards, an RFC process written
as questions and answers, exam roles in Word with a column per phase, a decision-rights
table in RAPID letters, a mountain rescue callout card with arrow chains, a letting
agent's tick table, a wiki page kept as MediaWiki source, a doctoral supervision
agreement, an incident postmortem), labelled and committed before its first run; studied
since, its floors are its figures after the general fixes that followed.

``derive_eval/unseen8/``: an eighth held-out set of ten documents in ten more shapes and
domains (a chain-of-custody procedure with Relinquished by / Received by columns, a trade
fair matrix with the teams as rows and the work as columns, a committee's chat exported
as text, a maintenance page in reStructuredText with a field list per step, an exercise
script of inject cards, an Easy Read guide, an ISO-style procedure in Word with a
"Responsibility:" paragraph per clause, a procedure kept as AsciiDoc, a slide deck in
Markdown with speaker notes, a duties table whose role cells span rows), labelled and
committed before its first run; studied once the ninth set became the blind one, its
floors are its figures after the general fixes that followed.

``derive_eval/unseen9/``: a ninth held-out set of ten documents in ten more shapes and
domains (a wedding checklist whose cells say "lead", "FYI" or "ask", a laboratory's
safety roles as a definition list, a practice's data breach procedure in plain text,
trustee role descriptions, a re-let matrix written in words, a programme committee's
e-mail, a council memo with ACTION lines, a family's care plan notes with task boxes, a
bank's standard with lettered sub-clauses, a flowchart of who does what), labelled and
committed before its first run; its floors are that blind run's figures.

``derive_eval/unseen10/``: a tenth held-out set of ten documents in ten more shapes and
domains (a trust board's agenda whose Purpose letters are read through its key, a
freight forwarder's export guide whose cells name the party, an operating theatre's
safety script of role-coded lines, a data ownership file in YAML, a care plan's provision
table with "Delivered by" and "Monitored by", a research work package with task leads and
deliverables, a newsroom's gallery roles in AsciiDoc, a volunteer role profile in Word, a
matchday countdown with owners in brackets, a paper's CRediT author contributions),
labelled and committed before its first run; its floors are that blind run's figures.

``derive_eval/unseen11/``: an eleventh held-out set of ten documents in ten more shapes and
domains (an open-source project's MAINTAINERS file read through its M: / R: / L: legend, a
clinical trial's delegation log of numbered duty codes, an awards night's cue sheet with
department codes and a Show Caller, a charity's scheme of delegation with a column per
spending limit, a data processing agreement's schedule in Word, a microscope facility's
booking rules in AsciiDoc, a project board exported to Markdown with @handles and
reviewers, a construction schedule with WBS numbers and Resource Names, an apprenticeship
commitment statement with a column per party, a podcast workflow kept as Org mode text with
:OWNER: and :APPROVER: properties), labelled and committed before its first run; its floors
are that blind run's figures.

``derive_eval/unseen12/``: a twelfth held-out set of ten documents in ten more shapes and
domains (a library's digitisation procedure whose steps end with inline "R: · A: · C: · I:"
lines, a restaurant kitchen's brigade page with calls on the pass, a water company's
notification cascade in Word, a wildlife park's emergency codes table, a brewery's batch
record with DONE and CHECKED initials, a warehouse spill sheet of YES / NO questions, a
high-voltage permit to work drawn as an ASCII box form in five parts, a regatta's sailing
instructions, a rowing club's AGM timetable, an excavation's "Who ...?" questions in
AsciiDoc), labelled and committed before its one blind run; studied since, its floors are
its figures after the general fixes that followed.

``derive_eval/unseen13/``: a thirteenth held-out set of ten documents in ten more shapes and
domains (a ship's standing orders from the Master to the Officer of the Watch, an airline
turnaround's R/A/C/I columns exported as CSV, a hackathon's judging rules in
reStructuredText, a grant's management section as LaTeX source, a data pipeline's README with
a CODEOWNERS block, a food co-op's rota exported as JSON, a club's safeguarding policy in
HTML, an information security Statement of Applicability, a museum loan agreement's
obligations schedule in AsciiDoc, an accounting practice's business continuity plan with a
call tree), labelled and committed before its first run; its floors are that blind run's
figures.

``derive_eval/unseen14/``: a fourteenth held-out set of ten documents in ten more shapes and
domains (a council's purchase-order acceptance tests as a Gherkin feature file, a ground
station's ownership table printed by a command-line tool with box-drawing borders, a
veterinary group's controlled drugs processes as PlantUML swimlanes, a translation agency's
process-mapping workshop transcript, a pharmacy's repeat prescriptions as a Mermaid sequence
diagram, a design responsibility matrix in Word with grouped header cells, a leaver's
handover note, a makerspace's page of role cards with badges, a community energy
co-operative's board decision log, a funeral director's procedure saved from Word as HTML),
labelled and committed before its first run; its floors are that blind run's figures.

``derive_eval/unseen15/``: a fifteenth held-out set of ten documents in ten more shapes and
domains, spread over the formats a user brings (a finance segregation-of-duties matrix
marked X / A / R / C in OpenDocument text, a leisure centre job advert printed to PDF, a
radio station's Trello board exported as CSV, a rail operator's Backstage catalog-info.yaml,
a library's pull-request template with checklists and @team mentions, a house-share
agreement, a county court's directions order, an expedition operation order in Word, a
ward's discharge checklist with a column per profession, a caving club's constitution),
labelled and committed before its first run; its floors are that blind run's figures.

``derive_eval/unseen16/``: a sixteenth held-out set of ten documents in ten more shapes and
domains, spread over the formats a user brings (an Internet-Draft on a DNSSEC key
ceremony's roles in the RFC plain-text format, a hotel pre-opening critical path exported
as TSV with department codes, an automotive supplier's 8D report printed to PDF, a
council's records retention schedule in OpenDocument text, a community nursing procedure
in Word with Action | Rationale tables, a pricing change rollout page exported from Notion
as HTML, an open-source library's SECURITY.md, a university open day project exported from
Asana as JSON, a shopping centre's evacuation warden plan, a rail contractor's possession
arrangements), labelled and committed before its one blind run; studied since, its floors
are its figures after the general fixes that followed.

``derive_eval/unseen17/``: a seventeenth held-out set of ten documents in ten more shapes
and domains, spread over the formats a user brings (a quarry's blast management plan
printed to PDF, a leisure trust's DPIA on the ICO's template in OpenDocument text, a SOX
order-to-cash process narrative in Word with a control matrix, a law firm's completion-day
procedure saved from its intranet as HTML, a supermarket's stocktake plan exported as CSV
with semicolons and letters of its own, a tender evaluation plan in MkDocs Markdown with
admonitions and content tabs, a research ethics review workflow exported as JSON, an
animal unit's named persons page in reStructuredText, a ski patrol's avalanche control
procedure, a glacier field season plan in Org mode), labelled and committed before its
first run; its floors are that blind run's figures.

``derive_eval/unseen18/``: an eighteenth held-out set of ten documents in ten more shapes
and domains, spread over the formats a user brings (a particle physics collaboration's
publication procedure in LaTeX, an aircraft maintenance organisation's exposition chapter
on deferred defects in flat OpenDocument text, a building society branch's vault
dual-control procedure in Word, an HR leaver workflow exported as JSON, a conference
organising committee's YAML data file, a university Clearing RACI saved from a spreadsheet
as CSV, an open-source project's code of conduct enforcement guide in Markdown, a rugby
club's concussion page saved from WordPress as HTML, a port's bunkering procedure printed
to PDF, a commercial diving project plan in plain text), labelled and committed before its
first run; its floors are that blind run's figures.

``derive_eval/unseen20/``: a twentieth held-out set of ten documents in ten more shapes and
domains, spread over the formats a user brings (a zoo's escape drill debrief deck built in
code, a marina's boat lift procedure and a cinema's job description in Word built in code,
a ferry's vehicle loading section printed to PDF, an observatory's public nights page in
HTML, a bakery's allergen changeover in Markdown, a choir committee's minutes in plain
text, a canal trust's work party RACI as CSV, a fostering agency's referral procedure in
OpenDocument text, an ice rink's session roles in reStructuredText), labelled and
committed before its first run; its floors are that blind run's figures.

``derive_eval/unseen21/``: a twenty-first held-out set of ten documents in ten more shapes
and domains, spread over the formats a user brings (a fulfilment centre's peak readiness
deck built in code, a golf club's Head Greenkeeper job description and a veterinary
hospital's roles compared in Word built in code, an MRI safety policy printed to PDF, a
city farm's lambing meeting minutes in OpenDocument text, a council's vehicle defect page
in HTML, a bike-share fleet team charter in Markdown, a drone survey flight procedure in
plain text, a street tree removal process in reStructuredText, a solar co-operative's
installation plan exported as CSV), labelled and committed before its first run; its
floors are that blind run's figures.

``derive_eval/unseen22/``: a twenty-second held-out set of ten documents in ten more shapes
and domains, spread over the formats a user brings (a housing association's damp and mould
task force deck built in code, a bus company's driver fatigue procedure and a
pharmaceutical wholesaler's product recall SOP in Word built in code, a pool's operating
procedures printed to PDF, a council's school admission appeals procedure in OpenDocument
text, a retailer's returns wiki page in HTML, a charity shop's donations handbook page in
Markdown, an IT team's laptop refresh e-mail in plain text, a weather station network's
data quality control procedure in reStructuredText, a hospital ward move RACI as CSV),
labelled and committed before its first run; its floors are that blind run's figures.

``derive_eval/unseen23/``: a twenty-third held-out set of ten documents in ten more shapes
and domains, spread over the formats a user brings (a food bank's Christmas appeal deck
built in code, a building contractor's temporary works procedure in Word built in code with
a letter matrix under merged stage rows, a wind farm's turbine climb and rescue plan
printed to PDF, a town council's allotment inspections procedure in OpenDocument text, a
library's Home Library Service FAQ in HTML, a coffee roastery's green coffee intake page in
Markdown, a council's taxi driver licence procedure in plain text, a hotel's banqueting
event order as TSV, a biobank's access procedure in AsciiDoc, a server decommissioning
runbook template in YAML), labelled and committed before its first run; its floors are
that blind run's figures.

``derive_eval/unseen24/``: a twenty-fourth held-out set of ten documents in ten more shapes
and domains, spread over the formats a user brings (a GP practice's flu clinics briefing
deck built in code, an estate agency's client due diligence procedure in Word built in
code, a heritage railway's footplate crew instruction printed to PDF, a credit union's
lending procedure in OpenDocument text, a council's street party road closure page in
HTML, a climbing centre's route setting guide in Markdown, a night shelter's volunteer
guide in plain text, a hospice's audit request list as CSV, a physics school's sealed
source local rules in reStructuredText, an estates helpdesk's routing rules in JSON),
labelled and committed before its first run; studied once the twenty-fifth set became the
blind one, its floors are its figures after the general fixes that followed.

``derive_eval/unseen25/``: a twenty-fifth held-out set of ten documents in ten more shapes
and domains, spread over the formats a user brings (a university's graduation ceremonies
briefing deck built in code with a SmartArt process and a grid of Lead / Support / Sign off
/ Told cells, a motor dealership's used vehicle preparation procedure in Word built in code
with a small Owner / Approves / Consulted / Informed table under each stage, a distillery's
cask filling and bonded warehouse procedure printed to PDF, a primary school's attendance
procedure in OpenDocument text, a council's Blue Badge application page in HTML, a wildlife
hospital's casualty admissions page in Markdown with a front matter block and a task list,
a village hall's key-holder notes in plain text, a quarterly user access review as TSV, an
API deprecation policy in AsciiDoc, a bank's card dispute process as a PlantUML activity
diagram with swimlanes), labelled and committed before its first run; studied once the
twenty-sixth set became the blind one, its floors are its figures after the general fixes
that followed.

``derive_eval/unseen26/``: a twenty-sixth held-out set of ten documents in ten more shapes
and domains, spread over the formats a user brings (a village cricket club's pre-season
briefing deck built in code, an animal rescue centre's dog rehoming procedure in Word built
in code, a theme park's ride evacuation procedure printed to PDF, a riding school's yard
handbook in OpenDocument text, a day nursery's arrivals and collections page in HTML, a
removals firm's moving-day crew guide in Markdown, an e-mail thread between executors in
plain text, a water company's reservoir safety RACI as CSV, a chess congress's arbiting
page in reStructuredText, a community pub society's org chart with duties in YAML),
labelled and committed before its first run; studied once the twenty-seventh set became
the blind one, its floors are its figures after the general fixes that followed.

``derive_eval/unseen27/``: a twenty-seventh held-out set of ten documents in ten more
shapes and domains (a film production's location filming procedure in Word built in code, a
city half marathon's race-day briefing deck built in code, a county archive's search room
procedure printed to PDF, a beekeepers' association's swarm collection procedure in
OpenDocument text, a payments company's post-incident review page in HTML, an amateur
theatre's get-in notes in Markdown with an actions table, a brewery's chat channel export
about a HACCP deviation in plain text, a school trip's staff duty rota as CSV, an
excavation site manual in LaTeX, a housing co-operative's repair requests as a Mermaid
flowchart with swimlanes), labelled and committed before its first run; studied once the
twenty-eighth set became the blind one.

``derive_eval/unseen28/``: a twenty-eighth held-out set of ten documents in ten more
shapes and domains (a hospital sterile services unit's loan instrument sets procedure in
Word built in code, a fibre broadband programme board deck built in code, a register
office's notice of marriage procedure printed to PDF, a patent firm's formalities and
docketing page in HTML, a university halls' Residence Assistant role description in
Markdown, a repair café's organisers' minutes in plain text, a housebuilder's plot handover
RACI as CSV, a cycling club's ride leaders' handbook in Org mode, a language school's
homestay placement workflow as JSON, an olympiad trust's problems committee procedures in
LaTeX), labelled and committed before its first run; studied once the twenty-ninth set
became the blind one.

``derive_eval/unseen29/``: a twenty-ninth held-out set of ten documents in ten more
shapes and domains (a fire and rescue service's home fire safety visits procedure in Word
built in code, a school's inspection readiness staff briefing deck built in code, a
hospital's interpreting services procedure printed to PDF, a software company's
accessibility standard in HTML, a befriending charity's handbook section in Markdown, a
bell-ringing tower captain's e-mail in plain text, a cosmetics maker's packaging artwork
change RACI as CSV, a design system's contribution guide in reStructuredText, a retailer's
A/B experiment review policy in YAML, a home care agency's Registered Manager job
description in OpenDocument text), labelled and committed before its first run; studied once
the thirtieth set became the blind one.

``derive_eval/unseen30/``: a thirtieth held-out set of ten documents in ten more shapes and
domains (a harbour authority's pilotage booking procedure in Word, an airport's winter
de-icing readiness deck in PowerPoint, both kept as files, a university's research ethics
review procedure in PDF, a law firm's conflict check intranet page in HTML, a mobile app
release process in Markdown, a sailing club race officer's e-mail in plain text, a
hospice's Gift Aid claim RACI as CSV, a water company's burst main response in AsciiDoc, a
housing association's damp and mould workflow in YAML, a museum's incoming loans procedure
in OpenDocument text), labelled and committed before its first run; studied once the
thirty-first set became the blind one.

``derive_eval/unseen31/``: a thirty-first held-out set of ten documents in ten more shapes
and domains (a beekeepers' association's swarm collection procedure in Word, a touring
orchestra's management briefing deck in PowerPoint, both kept as files, an archaeological
dig's finds handling procedure in PDF, a coworking space's member onboarding page in HTML,
an esports team's match-day roles in Markdown, an allotment society's inspection e-mail in
plain text, a botanic garden's plant quarantine RACI as CSV, a data centre's hardware
decommissioning procedure in AsciiDoc, a mountain rescue team's callout roles in YAML, a
dive centre's boat dive procedure in OpenDocument text), labelled and committed before its
first run; studied once the thirty-second set became the blind one.

``derive_eval/unseen32/``: a thirty-second held-out set of ten documents in ten more shapes
and domains (a crematorium's cremation procedure in Word, a ski school's season briefing
deck in PowerPoint, both kept as files, a printer's proof approval procedure in PDF, a
hotel's lost property page in HTML, a podcast network's episode workflow in Markdown, a
choral society's concert e-mail in plain text, a car dealership's vehicle handover RACI as
CSV, a tram network's overnight track possession procedure in AsciiDoc, a student
newspaper's editorial roles in YAML, a golf club's course closure procedure in OpenDocument
text), labelled and committed before its first run; studied once the thirty-third set
became the blind one.

``derive_eval/unseen33/``: a thirty-third held-out set of ten documents in ten more shapes
and domains (a climbing centre's route setting procedure in Word, an auction house's sale
preparation deck in PowerPoint, both kept as files, a tree surgeon's highway work
procedure in PDF, a cinema's show night duties page in HTML, a bakery's wholesale orders
page in Markdown, a scout group leader's camp e-mail in plain text, a self storage
company's overdue accounts RACI as CSV, an astronomical society's public nights page in
AsciiDoc, a farmers' market's day tasks in YAML, a pest control company's contract visits
handbook in OpenDocument text), labelled and committed before its first run; studied once
the thirty-fourth set became the blind one.

``derive_eval/unseen34/``: a thirty-fourth held-out set of ten documents in ten more shapes
and domains (a recycling centre's hazardous waste acceptance procedure in Word, a karting
circuit's race meeting briefing deck in PowerPoint, both kept as files, a marina's winter
lift-out procedure in PDF, a tattoo studio's client procedure page in HTML, a cheese
dairy's batch release page in Markdown, a bowls club secretary's finals day e-mail in plain
text, a university's graduation ceremonies RACI as CSV, a chess congress's officials' guide
in reStructuredText, a primary school's sports day tasks in JSON, a commercial laundry's
hotel linen procedure in OpenDocument text), labelled and committed before its first run;
studied once the thirty-fifth set became the blind one; its floors are its figures after
the general fixes that followed.

``derive_eval/unseen35/``: a thirty-fifth held-out set of ten documents in ten more shapes
and domains (a blood service's mobile donor session procedure in Word, a lifeboat station's
crew briefing deck in PowerPoint, both kept as files, a hospital audiology department's
hearing aid repairs procedure in PDF, a holiday cottage company's changeover day page in
HTML, a community orchard's Apple Day page in Markdown, a parkrun event director's course
change e-mail in plain text, a letting agent's gas safety checks RACI as CSV, a wild-flora
trust's seed bank collection procedure in AsciiDoc, a dance school's summer show tasks in
JSON, a community transport Dial-a-Ride procedure in OpenDocument text), labelled and
committed before its first run; studied once the thirty-sixth set became the blind one;
its floors are its figures after the general fixes that followed.

``derive_eval/unseen36/``: a thirty-sixth held-out set of ten documents in ten more shapes
and domains (a GP surgery's home visit requests procedure in Word, a university library's
exam season opening briefing deck in PowerPoint, both kept as files, a building society's
bereavement notifications procedure in PDF, an estate agent's viewings and offers page in
HTML, a bike shop's workshop jobs page in Markdown, a village cricket club's committee
minutes in plain text, a secondary school's summer exam series RACI as CSV, a community
pottery's kiln firing procedure in reStructuredText, an accountancy practice's
self-assessment season task board in JSON, a students' union's elections procedure in
OpenDocument text), labelled and committed before its first run; studied once the
thirty-seventh set became the blind one; its floors are its figures after the general fixes
that followed.

``derive_eval/unseen37/``: a thirty-seventh held-out set of ten documents in ten more shapes
and domains (a city council's street trading consent procedure in Word, a hospital trust's
staff flu vaccination briefing deck in PowerPoint, both kept as files, a multi-academy
trust's educational visits procedure in PDF, a garden centre's plant area and deliveries
page in HTML, a makerspace's laser cutter page in Markdown, a street food owner's festival
weekend e-mail in plain text, a heating engineers' boiler replacement RACI as CSV, a record
office's searchroom procedure in AsciiDoc, a youth hostel's season opening tasks in JSON,
an advice charity's debt casework handbook part in OpenDocument text), labelled and
committed before its first run; studied once the thirty-eighth set became the blind one; its
floors are its figures after the general fixes that followed.

``derive_eval/unseen38/``: a thirty-eighth held-out set of ten documents in ten more shapes
and domains (a public library's home delivery service procedure in Word, a university's
summer open day briefing deck in PowerPoint, both kept as files, a distillery's cask filling
procedure in PDF, a dog rescue charity's adoption process page in HTML, a canal boat hire
base's turnaround day page in Markdown, a primary school PTA's Christmas fair minutes in
plain text, a county council's pothole repairs RACI as CSV, a driving school's test day
procedure in reStructuredText, a charity shop's donations back room tasks exported as YAML,
a surf life saving club's patrol procedure in OpenDocument text), labelled and committed
before its first run; studied once the thirty-ninth set became the blind one.

``derive_eval/unseen39/``: a thirty-ninth held-out set of ten documents in ten more shapes
and domains (a county council's Blue Badge applications procedure in Word, a city half
marathon's medical briefing deck in PowerPoint, both kept as files, a council's in-year
school admissions procedure in PDF, a city farm's animal care page in HTML, a record shop's
Record Store Day page in Markdown, a residents' association's street party e-mail in plain
text, a solicitors' completion day RACI as CSV, a heritage railway's running day procedure
in AsciiDoc, a curling club's bonspiel tasks exported as JSON, a credit union's member loans
handbook part in OpenDocument text), labelled and committed before its first run; studied
once the fortieth set became the blind one; its floors are its figures after the general
fixes that followed.

``derive_eval/unseen40/``: a fortieth held-out set of ten documents in ten more shapes and
domains (a district council's taxi and private hire driver licence procedure in Word, a
national park's summer ranger season briefing deck in PowerPoint, both kept as files, a care
home's admissions on discharge from hospital procedure in PDF, a dog rescue charity's
rehoming page in HTML, a florist's wedding orders page in Markdown, a rowing club captain's
head race e-mail in plain text, a removals firm's house move RACI as CSV, a brass band's
contest day duties in reStructuredText, a canoe outfitter's trip preparation tasks exported
as YAML, a funeral director's handbook part in OpenDocument text), labelled and committed
before its first run; its floors are that blind run's figures.

``derive_eval/unseen5/``: a fifth held-out set of ten documents in ten more shapes and
domains (a Confluence project page with a Role | Who | Responsibilities table, a Jira
workflow's transitions table, an e-mail thread pasted newest first, quarterly OKRs with
DRI and Contributors columns, a DACI decision record, an onboarding checklist exported as
CSV, a fit-out schedule marked with filled and open circles, a wedding run of show in
Word, a ship's muster list with a column per emergency, a payroll statement of work with a
P/S matrix), labelled and committed before its one blind run; studied since, its floors
are its figures after the general fixes that followed.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from raci.derive.draft import derive
from raci.derive.evaluate import (
    Score,
    junk_rows,
    letter_recall,
    map_roles,
    rename_roles,
    score,
)
from raci.errors import RaciError
from raci.templates import Template, TemplateActivity, TemplateRole
from tests.derive_docx import build_docx, build_team_docx
from tests.derive_pptx import build_deck

HERE = Path(__file__).parent / "derive_eval"
EXPECTED = tomllib.loads((HERE / "expected.toml").read_text(encoding="utf-8"))["doc"]
TARGET = 0.9


def _document(name: str, tmp_path: Path) -> Path:
    if name.endswith(".docx"):
        return build_team_docx(tmp_path / name)
    return HERE / name


def _score(name: str, triples: list[list[str]], tmp_path: Path) -> Score:
    draft = derive([_document(name, tmp_path)])
    template = draft.to_template("eval", "Evaluation")
    return score(template, [(r, a, letter) for r, a, letter in triples])


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> Callable[[dict[str, Any]], Score]:
    """A document's score, derived once for the tests of this module that ask for it (each
    document alone, and the whole set)."""
    folder = tmp_path_factory.mktemp("derive-eval")
    done: dict[str, Score] = {}

    def of(case: dict[str, Any]) -> Score:
        name = str(case["file"])
        if name not in done:
            done[name] = _score(name, case["triples"], folder)
        return done[name]

    return of


@pytest.mark.parametrize("case", EXPECTED, ids=lambda c: c["file"])
def test_each_document_is_read(case: dict[str, Any],
                               scored: Callable[[dict[str, Any]], Score]) -> None:
    result = scored(case)
    assert result.pair_recall >= 0.75, result
    assert result.pair_precision >= 0.75, result


def test_whole_set_meets_targets(scored: Callable[[dict[str, Any]], Score],
                                 capsys: pytest.CaptureFixture[str]) -> None:
    total = Score(0, 0, 0, 0, 0, 0)
    for case in EXPECTED:
        total = total + scored(case)
    with capsys.disabled():
        print(
            f"\nderivation evaluation: pairs precision {total.pair_precision:.2f} "
            f"recall {total.pair_recall:.2f}; owners precision {total.owner_precision:.2f} "
            f"recall {total.owner_recall:.2f} ({total.pairs_expected} expected pairs, "
            f"{total.owners_expected} owners)"
        )
    assert total.pair_precision >= TARGET
    assert total.pair_recall >= TARGET
    assert total.owner_precision >= TARGET
    assert total.owner_recall >= TARGET


UNSEEN = HERE / "unseen"
UNSEEN_EXPECTED = tomllib.loads((UNSEEN / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The held-out set's figures after its misses were studied and their causes fixed in
# general, each rounded down to 0.05 (junk share rounded up): a drop below a floor is a
# regression to explain, not noise. (Its first run, before any change, was lower: see
# docs/derive-measures.md.) The floors of the first six sets were raised again to their figures
# after the pass that followed the eighth set's blind run (see docs/derive-measures.md).
# Pairs precision went to 0.65 when names began to keep whom a duty is agreed with and
# when in the day it is done ("Agree a written escalation plan with the Nurse in
# Charge", "Safety huddle at the start of each shift"): this set's labels drop those
# words, the later sets' labels keep them, and the twenty-first set, blind, gained (177 ->
# 184 of 370 pairs); this set went from 147 to 144 of 206 (0.699).
# Owners went to 0.68 and 0.69 when names began to keep how often and by when a duty is
# done and this set's labels were renamed to keep them too: on the renamed labels the
# extractor before that gave 91 owners of 147, after it 101 (it still cuts a time after a
# clause of its own subject, "before they go to the exam board").
UNSEEN_FLOORS = {"roles recall": 0.95, "pairs precision": 0.65, "pairs recall": 0.65,
                 "owners precision": 0.68, "owners recall": 0.69, "C recall": 0.60,
                 "I recall": 0.60}
UNSEEN_JUNK_CEILING = 0.30

UNSEEN2 = HERE / "unseen2"
UNSEEN2_EXPECTED = tomllib.loads((UNSEEN2 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The second set's figures after the misses of its first run were studied and their
# causes fixed in general, each rounded down to 0.05 (junk share rounded up); every
# document gives a draft.
UNSEEN2_FLOORS = {"roles precision": 0.85, "roles recall": 0.95, "pairs precision": 0.65,
                  "pairs recall": 0.55, "owners precision": 0.60, "owners recall": 0.55,
                  "C recall": 0.65, "I recall": 0.25}
UNSEEN2_JUNK_CEILING = 0.40
UNSEEN2_WITHOUT_DRAFT = 0

UNSEEN3 = HERE / "unseen3"
UNSEEN3_EXPECTED = tomllib.loads((UNSEEN3 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The third set's figures after the misses of its blind first run (see docs/derive-measures.md)
# were studied and their causes fixed in general, each rounded down to 0.05 (junk share
# rounded up); every document gives a draft.
UNSEEN3_FLOORS = {"roles precision": 0.90, "roles recall": 0.80, "pairs precision": 0.55,
                  "pairs recall": 0.45, "owners precision": 0.45, "owners recall": 0.40,
                  "C recall": 0.35, "I recall": 0.50}
UNSEEN3_JUNK_CEILING = 0.50
UNSEEN3_WITHOUT_DRAFT = 0

UNSEEN4 = HERE / "unseen4"
UNSEEN4_EXPECTED = tomllib.loads((UNSEEN4 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The fourth set's figures after the misses of its blind run (see docs/derive-measures.md) were
# studied and their causes fixed in general, each rounded down to 0.05 (junk share
# rounded up); every document gives a draft.
UNSEEN4_FLOORS = {"roles precision": 0.90, "roles recall": 0.75, "pairs precision": 0.55,
                  "pairs recall": 0.45, "owners precision": 0.50, "owners recall": 0.40,
                  "C recall": 0.65, "I recall": 0.25}
UNSEEN4_JUNK_CEILING = 0.50
UNSEEN4_WITHOUT_DRAFT = 0

UNSEEN5 = HERE / "unseen5"
UNSEEN5_EXPECTED = tomllib.loads((UNSEEN5 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The fifth set's figures after the misses of its blind run (see docs/derive-measures.md) were
# studied and their causes fixed in general, each rounded down to 0.05 (junk share
# rounded up); every document gives a draft.
UNSEEN5_FLOORS = {"roles precision": 0.90, "roles recall": 0.90, "pairs precision": 0.70,
                  "pairs recall": 0.60, "owners precision": 0.65, "owners recall": 0.60,
                  "C recall": 0.75, "I recall": 0.50}
UNSEEN5_JUNK_CEILING = 0.35
UNSEEN5_WITHOUT_DRAFT = 0

UNSEEN6 = HERE / "unseen6"
UNSEEN6_EXPECTED = tomllib.loads((UNSEEN6 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The sixth set's figures after the misses of its blind run (see docs/derive-measures.md) were
# studied and their causes fixed in general, each rounded down to 0.05 (junk share
# rounded up); every document gives a draft.
UNSEEN6_FLOORS = {"roles precision": 0.90, "roles recall": 0.85, "pairs precision": 0.50,
                  "pairs recall": 0.45, "owners precision": 0.45, "owners recall": 0.45,
                  "C recall": 0.30, "I recall": 0.45}
UNSEEN6_JUNK_CEILING = 0.50
UNSEEN6_WITHOUT_DRAFT = 0

UNSEEN7 = HERE / "unseen7"
UNSEEN7_EXPECTED = tomllib.loads((UNSEEN7 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The seventh set's figures after the general fixes that followed its study (its blind
# run, at commit 2596536, gave pairs recall 0.09), each rounded down to 0.05 (junk share
# rounded up).
UNSEEN7_FLOORS = {"roles precision": 0.85, "roles recall": 0.70, "pairs precision": 0.40,
                  "pairs recall": 0.30, "owners precision": 0.35, "owners recall": 0.25,
                  "C recall": 0.45, "I recall": 0.10}
UNSEEN7_JUNK_CEILING = 0.60
UNSEEN7_WITHOUT_DRAFT = 0

UNSEEN8 = HERE / "unseen8"
UNSEEN8_EXPECTED = tomllib.loads((UNSEEN8 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The eighth set's figures after it was studied (blind run at 6067528: pairs P 0.48 R 0.26,
# one document without a draft; see the test's docstring), rounded down to 0.05 (junk
# share rounded up); every document now gives a draft.
UNSEEN8_FLOORS = {"roles precision": 0.90, "roles recall": 0.90, "pairs precision": 0.60,
                  "pairs recall": 0.50, "owners precision": 0.55, "owners recall": 0.50,
                  "C recall": 0.55, "I recall": 0.50}
UNSEEN8_JUNK_CEILING = 0.45
UNSEEN8_WITHOUT_DRAFT = 0

UNSEEN9 = HERE / "unseen9"
UNSEEN9_EXPECTED = tomllib.loads((UNSEEN9 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The ninth set's figures once it was studied (with the tenth and eleventh sets written
# and kept blind), each rounded down to 0.05 (junk share rounded up); its blind run, on the
# extractor at commit 2d34c27, gave pairs P 0.49 / R 0.29, owners P 0.42 / R 0.28.
UNSEEN9_FLOORS = {"roles precision": 0.90, "roles recall": 0.80, "pairs precision": 0.55,
                  "pairs recall": 0.45, "owners precision": 0.55, "owners recall": 0.45,
                  "C recall": 0.35, "I recall": 0.35}
UNSEEN9_JUNK_CEILING = 0.45
UNSEEN9_WITHOUT_DRAFT = 0

UNSEEN10 = HERE / "unseen10"
UNSEEN10_EXPECTED = tomllib.loads((UNSEEN10 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The tenth set's figures once it was studied (with the eleventh written and kept
# blind), each rounded down to 0.05 (junk share rounded up); its blind run, on the
# extractor at commit bdef20d, gave pairs P 0.40 / R 0.20, owners P 0.34 / R 0.21.
# Raised once structured data (its ownership file in YAML) was read: pairs P 0.59 R 0.47,
# owners P 0.50 R 0.43, junk 0.40, C 10 of 19, I 20 of 58.
UNSEEN10_FLOORS = {"roles precision": 0.85, "roles recall": 0.80, "pairs precision": 0.55,
                   "pairs recall": 0.45, "owners precision": 0.50, "owners recall": 0.40,
                   "C recall": 0.45, "I recall": 0.30}
# C recall 0.50 -> 0.45: two labels renamed by the "with <party>" rule ("Check every
# presenter and guest microphone with the floor manager") are named so by no reading yet
UNSEEN10_JUNK_CEILING = 0.40
UNSEEN10_WITHOUT_DRAFT = 0

UNSEEN11 = HERE / "unseen11"
UNSEEN11_EXPECTED = tomllib.loads((UNSEEN11 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The eleventh set's blind figures (its first run, on the extractor at commit 650c710,
# before anything was changed for it), each rounded down to 0.05 (junk share rounded up),
# raised where the set's study raised them. Owners P alone was lowered (0.25 -> 0.20):
# reading the cue sheet's column layout gave each cue's department the cue (A/R, 16 more
# owners) where the labels give every cue's A to the Show Caller, who "decides the timing
# of every GO"; pairs rose from 25 to 37 with it. Raised again when its MAINTAINERS file,
# Org mode workflow and Markdown board were read as letter lines, and the scheme of
# delegation's column per spending limit, the delegation log's duty codes, the planning
# export's Resource Names and milestones and the commitment table's listed pledges were
# read (pairs 42 -> 169 of 253 derived; pairs P 0.67 R 0.58, owners P 0.52 R 0.50, junk
# 0.33, C 8 of 12, I 23 of 50). Raised again when a running sheet's "CALLED BY" line gave
# every cue its caller's A and a single step beside one who column kept all its words
# (pairs 188 of 268 derived; pairs P 0.70 R 0.65, owners P 0.60 R 0.58).
UNSEEN11_FLOORS = {"roles precision": 0.90, "roles recall": 0.85, "pairs precision": 0.70,
                   "pairs recall": 0.65, "owners precision": 0.60, "owners recall": 0.55,
                   "C recall": 0.65, "I recall": 0.45}
UNSEEN11_JUNK_CEILING = 0.35
UNSEEN11_WITHOUT_DRAFT = 0

UNSEEN12 = HERE / "unseen12"
UNSEEN12_EXPECTED = tomllib.loads((UNSEEN12 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The twelfth set's blind figures (its first run, on the extractor at commit a06d5da,
# before anything was changed for it), each rounded down to 0.05 (junk share rounded up),
# raised to its figures after it was studied (with the thirteenth set kept blind): pairs
# 92 of 206 -> 180 of 287 derived; pairs P 0.63 R 0.57, owners P 0.57 R 0.55, junk 0.37,
# C 9 of 18, I 28 of 54.
UNSEEN12_FLOORS = {"roles precision": 0.90, "roles recall": 0.85, "pairs precision": 0.60,
                   "pairs recall": 0.55, "owners precision": 0.55, "owners recall": 0.55,
                   "C recall": 0.50, "I recall": 0.50}
UNSEEN12_JUNK_CEILING = 0.40
UNSEEN12_WITHOUT_DRAFT = 0

UNSEEN13 = HERE / "unseen13"
UNSEEN13_EXPECTED = tomllib.loads((UNSEEN13 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The thirteenth set's figures once it was studied (with the fourteenth written and kept
# blind), each rounded down to 0.05 (junk share rounded up); its blind run, on the
# extractor at commit aa94b43, gave pairs P 0.51 / R 0.22, owners P 0.38 / R 0.19, and one
# document (a rota exported as JSON) without a draft. Studied: pairs 74 of 144 -> 183 of
# 253 derived; pairs P 0.72 R 0.546, owners P 0.62 R 0.51, junk 0.32, C 16 of 23, I 32 of
# 71, every document with a draft.
UNSEEN13_FLOORS = {"roles precision": 0.90, "roles recall": 0.75, "pairs precision": 0.70,
                   "pairs recall": 0.50, "owners precision": 0.60, "owners recall": 0.50,
                   "C recall": 0.65, "I recall": 0.45}
UNSEEN13_JUNK_CEILING = 0.35
UNSEEN13_WITHOUT_DRAFT = 0

UNSEEN14 = HERE / "unseen14"
UNSEEN14_EXPECTED = tomllib.loads((UNSEEN14 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The fourteenth set's blind figures (its first run, on the extractor of main at 3bdcea7,
# before anything was changed for it: pairs P 0.28 R 0.10, C and I recall 0) were its
# floors; raised once it was studied (its diagram sources, feature file, transcript and
# hand-over note read step by step, and its other shapes): pairs 264 of 370 derived, 404
# labelled, owners 138 of 229, 225 labelled, junk 0.31, C 37 of 51, I 41 of 88, each
# rounded down to 0.05 (junk share rounded up).
UNSEEN14_FLOORS = {"roles precision": 0.90, "roles recall": 0.80, "pairs precision": 0.70,
                   "pairs recall": 0.65, "owners precision": 0.60, "owners recall": 0.60,
                   "C recall": 0.70, "I recall": 0.45}
UNSEEN14_JUNK_CEILING = 0.35
UNSEEN14_WITHOUT_DRAFT = 0

UNSEEN15 = HERE / "unseen15"
UNSEEN15_EXPECTED = tomllib.loads((UNSEEN15 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The fifteenth set's blind figures (its first run, on the extractor of main at 6fa487b,
# before anything was changed for it), each rounded down to 0.05 (junk share rounded up).
# I recall was 0.05 (3 of 62) at that run, 0 when rounded down, so it has no floor. Main
# 82c513c, merged after the run, made the Trello CSV export give a draft (the set gained
# one row and one draft role, neither labelled): roles precision 0.70 -> 0.69, so its floor
# was 0.65; the Backstage catalogue still gave none. Raised once its structured shapes
# were studied (the duties matrix, the discharge checklist, the board export, the
# catalogue; main 060ef1a merged): each floor the figure then measured, rounded down to
# 0.05, every document giving a draft; the junk share, 0.400 exactly (0.403 with main
# 6ccce72), keeps a ceiling of 0.45 rather than none to spare.
UNSEEN15_FLOORS = {"roles precision": 0.80, "roles recall": 0.75, "pairs precision": 0.55,
                   "pairs recall": 0.50, "owners precision": 0.50, "owners recall": 0.45,
                   "C recall": 0.60, "I recall": 0.40}
UNSEEN15_JUNK_CEILING = 0.45
UNSEEN15_WITHOUT_DRAFT = 0


UNSEEN16 = HERE / "unseen16"
UNSEEN16_EXPECTED = tomllib.loads((UNSEEN16 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The sixteenth set's blind figures (its first run, on the extractor of main at cbccabb,
# before anything was changed for it; labels committed at 62a3ade), each rounded down to
# 0.05 (junk share rounded up): roles P 0.66 R 0.61, pairs P 0.33 R 0.16 (98 of 296
# derived, 597 labelled), owners P 0.32 R 0.21 (75 of 233 derived, 365 labelled), junk
# rows 0.61, C recall 0.06 (5/77), I recall 0.14 (17/118), one document without a draft.
# After merging main a0da847: pairs 99 of 297, owners 76 of 234, the rest the same.
# Studied once the seventeenth set was written (its structured shapes and its prose, every
# change a general mechanism): roles P 0.82 R 0.90, pairs P 0.61 R 0.56 (333 of 549
# derived), owners P 0.51 R 0.48 (176 of 346), junk 0.44, C 57/77, I 71/118, every
# document drafted; the floors are these figures rounded down to 0.05 (roles recall to
# 0.85, the junk share rounded up).
UNSEEN16_FLOORS = {"roles precision": 0.80, "roles recall": 0.85, "pairs precision": 0.60,
                   "pairs recall": 0.55, "owners precision": 0.50, "owners recall": 0.45,
                   "C recall": 0.70, "I recall": 0.60}
UNSEEN16_JUNK_CEILING = 0.45
UNSEEN16_WITHOUT_DRAFT = 0

UNSEEN17 = HERE / "unseen17"
UNSEEN17_EXPECTED = tomllib.loads((UNSEEN17 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The seventeenth set's blind figures (its first run, on the extractor of main at 07828ff,
# before anything was changed for it; labels committed at dc6aca2), each rounded down to
# 0.05 (junk share rounded up): roles P 0.83 R 0.77, pairs P 0.37 R 0.28 (151 of 404
# derived, 548 labelled), owners P 0.31 R 0.25 (87 of 280 derived, 344 labelled), junk
# rows 0.61, C recall 0.29 (20/70), I recall 0.33 (37/113), one document without a draft
# (the stocktake plan's CSV). After merging main 9d1607c, df50b28, 6f87366 and 9559fee:
# the same figures.
UNSEEN17_FLOORS = {"roles precision": 0.85, "roles recall": 0.85, "pairs precision": 0.50,
                   "pairs recall": 0.50, "owners precision": 0.40, "owners recall": 0.40,
                   "C recall": 0.65, "I recall": 0.45}
UNSEEN17_JUNK_CEILING = 0.55
UNSEEN17_WITHOUT_DRAFT = 0

UNSEEN18 = HERE / "unseen18"
UNSEEN18_EXPECTED = tomllib.loads((UNSEEN18 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The eighteenth set's blind figures (its first run, on the extractor of main at af55087,
# before anything was changed for it; documents committed at 2bc3bcd, labels at 4a46283),
# each rounded down to 0.05 (junk share rounded up): roles P 0.84 R 0.68, pairs P 0.39
# R 0.247 (147 of 377 derived, 595 labelled), owners P 0.32 R 0.245 (81 of 253 derived,
# 331 labelled), junk rows 0.549, C recall 0.13 (9/68), I recall 0.27 (42/153), every
# document gave a draft. After merging main 554fb2e: the same figures. After merging main
# 70b2085 (4d88c07 reads a spreadsheet plan's key and names rows): roles P 0.86 R 0.71,
# pairs P 0.50 R 0.38 (228 of 457), owners P 0.38 R 0.31 (104 of 275), junk 0.51, C 36/68,
# I 59/153 (the same after merging main 320b72c). Studied once the nineteenth set was
# written (main 28dca25): roles P 0.90 R 0.85, pairs P 0.60 R 0.56 (333 of 554), owners
# P 0.50 R 0.49, junk 0.43, C 46/68, I 88/153; the floors are those figures rounded down.
UNSEEN18_FLOORS = {"roles precision": 0.90, "roles recall": 0.80, "pairs precision": 0.60,
                   "pairs recall": 0.55, "owners precision": 0.50, "owners recall": 0.45,
                   "C recall": 0.65, "I recall": 0.55}
UNSEEN18_JUNK_CEILING = 0.45
UNSEEN18_WITHOUT_DRAFT = 0

UNSEEN19 = HERE / "unseen19"
UNSEEN19_EXPECTED = tomllib.loads((UNSEEN19 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The nineteenth set's blind figures (its first run, on the extractor of main at 82befac,
# before anything was changed for it; documents committed at 3138d17, labels at 121cdaa),
# each rounded down to 0.05 (junk share rounded up): roles P 0.84 R 0.75 (83 of 110
# labelled roles found), pairs P 0.355 R 0.318 (133 of 375 derived, 418 labelled), owners
# P 0.276 R 0.305 (73 of 265 derived, 239 labelled), junk rows 0.664, C recall 0.19
# (11/57), I recall 0.31 (32/102), every document gave a draft. Studied once the
# twentieth set was written (main 28dca25): roles P 0.85 R 0.78, pairs P 0.45 R 0.46 (192
# of 428), owners P 0.35 R 0.41, junk 0.60, C 21/57, I 48/102; the floors are those
# figures rounded down.
UNSEEN19_FLOORS = {"roles precision": 0.85, "roles recall": 0.75, "pairs precision": 0.40,
                   "pairs recall": 0.45, "owners precision": 0.30, "owners recall": 0.40,
                   "C recall": 0.35, "I recall": 0.45}
UNSEEN19_JUNK_CEILING = 0.60
UNSEEN19_WITHOUT_DRAFT = 0

UNSEEN20 = HERE / "unseen20"
UNSEEN20_EXPECTED = tomllib.loads((UNSEEN20 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The twentieth set's blind figures (its first run, on the extractor of main at 5fb61e1,
# before anything was changed for it; documents committed at 0a0d108, labels at 15bfac5),
# each rounded down to 0.05 (junk share rounded up): roles P 0.957 R 0.90 (63 of 70
# labelled roles found), pairs P 0.561 R 0.551 (134 of 239 derived, 243 labelled), owners
# P 0.515 R 0.535 (85 of 165 derived, 159 labelled), junk rows 0.431, C recall 0.45
# (10/22), I recall 0.61 (33/54), every document gave a draft. Studied once the
# twenty-first set was written (main 8b4072c): roles P 0.97 R 0.96, pairs P 0.64 R 0.68
# (166 of 258 derived), owners P 0.59 R 0.64, junk 0.35, C 13/22, I 44/54; the floors are
# those figures rounded down.
UNSEEN20_FLOORS = {"roles precision": 0.95, "roles recall": 0.95, "pairs precision": 0.60,
                   "pairs recall": 0.65, "owners precision": 0.55, "owners recall": 0.60,
                   "C recall": 0.55, "I recall": 0.80}
UNSEEN20_JUNK_CEILING = 0.40
UNSEEN20_WITHOUT_DRAFT = 0

UNSEEN21 = HERE / "unseen21"
UNSEEN21_EXPECTED = tomllib.loads((UNSEEN21 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The twenty-first set's blind figures (its first run, on the extractor of main at 73f2246,
# before anything was changed for it; documents committed at e162260, labels at 5d5d7d1),
# each rounded down to 0.05 (junk share rounded up): roles P 0.877 R 0.796 (82 of 103
# labelled roles found), pairs P 0.492 R 0.478 (177 of 360 derived, 370 labelled), owners
# P 0.434 R 0.462 (108 of 249 derived, 234 labelled), junk rows 0.532 (134 of 252), C
# recall 0.31 (14/45), I recall 0.42 (28/66), every document gave a draft. Studied once
# the twenty-second set was written (main 2cc0ada): roles P 0.88 R 0.82, pairs P 0.56 R
# 0.54 (201 of 359 derived), owners P 0.50 R 0.53 (125 of 249), junk 0.46, C 17/45, I
# 32/66; the floors are those figures rounded down (owners P, 0.502, one step lower).
UNSEEN21_FLOORS = {"roles precision": 0.85, "roles recall": 0.80, "pairs precision": 0.55,
                   "pairs recall": 0.50, "owners precision": 0.45, "owners recall": 0.50,
                   "C recall": 0.35, "I recall": 0.45}
UNSEEN21_JUNK_CEILING = 0.50
UNSEEN21_WITHOUT_DRAFT = 0

UNSEEN22 = HERE / "unseen22"
UNSEEN22_EXPECTED = tomllib.loads((UNSEEN22 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The twenty-second set's blind figures (its first run, on the extractor of main at 9c6afa0,
# before anything was changed for it; documents committed at 69f8ae0, labels at 878e47a),
# each rounded down to 0.05 (junk share rounded up): roles P 0.901 R 0.772 (91 of 101 draft
# roles labelled, 78 of 101 labelled roles found), pairs P 0.427 R 0.328 (114 of 267
# derived, 348 labelled), owners P 0.355 R 0.310 (66 of 186 derived, 213 labelled), junk
# rows 0.585 (110 of 188), C recall 0.32 (12/38), I recall 0.24 (16/68), every document
# gave a draft.
# Studied once the twenty-third set was written (main 1dc4658): roles P 0.952 R 0.881,
# pairs P 0.515 R 0.440 (153 of 297 derived), owners P 0.440 R 0.394 (84 of 191), junk
# 0.529, C 18/38 (0.474), I 28/68 (0.412); the floors are those figures rounded down to
# 0.05, one step lower where a figure is within 0.01 of the step (roles P), and the junk
# share rounded up.
UNSEEN22_FLOORS = {"roles precision": 0.90, "roles recall": 0.85, "pairs precision": 0.50,
                   "pairs recall": 0.40, "owners precision": 0.40, "owners recall": 0.35,
                   "C recall": 0.45, "I recall": 0.40}
UNSEEN22_JUNK_CEILING = 0.55
UNSEEN22_WITHOUT_DRAFT = 0

UNSEEN23 = HERE / "unseen23"
UNSEEN23_EXPECTED = tomllib.loads((UNSEEN23 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The twenty-third set's blind figures (its first run, on the extractor of main at 55a5241,
# before anything was changed for it; documents committed at dda3ee6, labels at 38ec5b2):
# roles P 0.844 R 0.813 (81 of 96 draft roles labelled, 74 of 91 labelled roles found),
# pairs P 0.523 R 0.408 (169 of 323 derived, 414 labelled), owners P 0.447 R 0.353 (89 of
# 199 derived, 252 labelled), junk rows 0.483 (97 of 201), C recall 0.39 (11/28), I recall
# 0.44 (45/103), every document gave a draft. Each floor is the figure rounded down to
# 0.05, one step lower where the figure was within 0.01 of that step (pairs recall 0.408
# to 0.35, owners recall 0.353 to 0.30), so that one changed role cannot break it; the junk
# share is rounded up.
UNSEEN23_FLOORS = {"roles precision": 0.85, "roles recall": 0.90, "pairs precision": 0.60,
                   "pairs recall": 0.50, "owners precision": 0.50, "owners recall": 0.45,
                   "C recall": 0.45, "I recall": 0.55}
UNSEEN23_JUNK_CEILING = 0.45
UNSEEN23_WITHOUT_DRAFT = 0

UNSEEN24 = HERE / "unseen24"
UNSEEN24_EXPECTED = tomllib.loads((UNSEEN24 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The twenty-fourth set's blind figures (its first run, on the extractor of main at 59c5db0,
# before anything was changed for it; documents committed at 86da33c, labels at 15111ec):
# roles P 0.876 R 0.730 (99 of 113 draft roles labelled, 92 of 126 labelled roles found),
# pairs P 0.517 R 0.366 (167 of 323 derived, 456 labelled), owners P 0.389 R 0.288 (77 of
# 198 derived, 267 labelled), junk rows 0.475 (94 of 198), C recall 0.12 (5/42), I recall
# 0.42 (46/109), every document gave a draft. Once studied (main 5c97485): roles P 0.923 R
# 0.802, pairs P 0.585 R 0.489 (223 of 381 derived), owners P 0.508 R 0.449 (120 of 236),
# junk 0.430, C 0.214 (9/42), I 0.560 (61/109). Each floor is the studied figure rounded
# down to 0.05, one step lower where it stood within 0.01 of that step (roles recall 0.802
# to 0.75, owners precision 0.508 to 0.45, I recall 0.560 to 0.50), so that one changed
# role cannot break it; the junk share is rounded up.
UNSEEN24_FLOORS = {"roles precision": 0.90, "roles recall": 0.75, "pairs precision": 0.55,
                   "pairs recall": 0.45, "owners precision": 0.45, "owners recall": 0.40,
                   "C recall": 0.20, "I recall": 0.50}
UNSEEN24_JUNK_CEILING = 0.45
UNSEEN24_WITHOUT_DRAFT = 0

UNSEEN25 = HERE / "unseen25"
UNSEEN25_EXPECTED = tomllib.loads((UNSEEN25 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The twenty-fifth set's blind figures (its first run, on the extractor of main at 62edf95,
# before anything was changed for it; documents committed at bbbbc12, labels at 48239df):
# roles P 0.902 R 0.688 (92 of 102 draft roles labelled, 88 of 128 labelled roles found),
# pairs P 0.525 R 0.253 (125 of 238 derived, 495 labelled), owners P 0.477 R 0.275 (84 of
# 176 derived, 305 labelled), junk rows 0.373 (69 of 185), C recall 0.14 (6/43), I recall
# 0.18 (19/106), every document gave a draft. Each floor is the figure rounded down to
# 0.05, one step lower where the figure was within 0.01 of that step (roles precision 0.902
# to 0.85, pairs recall 0.253 to 0.20), so that one changed role cannot break it; the junk
# share is rounded up.
# Once studied (main 4cbd2d8): roles P 0.951 R 0.883, pairs P 0.650 R 0.513 (254 of 391
# derived), owners P 0.592 R 0.495 (151 of 255), junk 0.335, C recall 0.465 (20/43), I
# recall 0.415 (44/106). The floors were raised to these figures by the same rule (roles
# precision 0.951 to 0.90, pairs precision 0.650 to 0.60, pairs recall 0.513 to 0.45).
UNSEEN25_FLOORS = {"roles precision": 0.90, "roles recall": 0.85, "pairs precision": 0.60,
                   "pairs recall": 0.45, "owners precision": 0.55, "owners recall": 0.45,
                   "C recall": 0.45, "I recall": 0.40}
UNSEEN25_JUNK_CEILING = 0.35
UNSEEN25_WITHOUT_DRAFT = 0

UNSEEN26 = HERE / "unseen26"
UNSEEN26_EXPECTED = tomllib.loads((UNSEEN26 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The twenty-sixth set's blind figures (its first run, on the extractor of main at 06a95ca,
# before anything was changed for it; documents committed at 46a9051, labels at cbcdb12):
# roles P 0.904 R 0.803, pairs P 0.597 R 0.475 (267 of 447 derived, 562 labelled), owners
# P 0.509 R 0.445 (145 of 285 derived, 326 labelled), junk rows 0.395 (113 of 286), C
# recall 0.37 (28/75), I recall 0.50 (63/126), every document gave a draft. Each floor is
# the figure rounded down to 0.05, one step lower where the figure was within 0.01 of that
# step (roles precision 0.904 to 0.85, roles recall 0.803 to 0.75, owners precision 0.509
# to 0.45, I recall 0.500 to 0.45), so that one changed role cannot break it; the junk
# share is rounded up, one step higher for the same reason (0.395 to 0.45).
# Once studied (main at the end of that pass, with the time and "with <party>" rules of
# "Naming: what an activity's name keeps"; the set's labels were not renamed): roles P
# 0.928 R 0.882, pairs P 0.702 R 0.617 (347 of 494 derived), owners P 0.637 R 0.592 (193 of
# 303), junk 0.320, C recall 0.640 (48/75), I recall 0.556 (70/126). The floors were raised
# to these figures by the same rule (pairs precision 0.702 to 0.65, pairs recall 0.617 to
# 0.60, C recall 0.640 to 0.60); the junk share to 0.35.
UNSEEN26_FLOORS = {"roles precision": 0.90, "roles recall": 0.85, "pairs precision": 0.65,
                   "pairs recall": 0.60, "owners precision": 0.60, "owners recall": 0.55,
                   "C recall": 0.60, "I recall": 0.50}
UNSEEN26_JUNK_CEILING = 0.35
UNSEEN26_WITHOUT_DRAFT = 0

UNSEEN27 = HERE / "unseen27"
UNSEEN27_EXPECTED = tomllib.loads((UNSEEN27 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The twenty-seventh set's blind figures (its first run, on the extractor of main at 5d990fa,
# before anything was changed for it; documents committed at 64b2c01, labels at c5e1bcd):
# roles P 0.922 R 0.711, pairs P 0.527 R 0.396 (154 of 292 derived, 389 labelled), owners
# P 0.521 R 0.451 (111 of 213 derived, 246 labelled), junk rows 0.403 (87 of 216), C
# recall 0.05 (2/39), I recall 0.19 (13/70), every document gave a draft. Each floor is the
# figure rounded down to 0.05, one step lower where the figure was within 0.01 of that step
# (owners recall 0.451 to 0.40), so that one changed role cannot break it; the junk share
# is rounded up. C recall, two cells of 39, would round to nothing: its floor asks for at
# least one of them.
# Studied once the twenty-eighth set became the blind one; its floors are now its figures
# after the general fixes that followed (roles P 0.933 R 0.828, pairs P 0.657 R 0.596,
# owners P 0.629 R 0.606, junk 0.308, C 0.590, I 0.529), by the same rounding.
UNSEEN27_FLOORS = {"roles precision": 0.90, "roles recall": 0.80, "pairs precision": 0.60,
                   "pairs recall": 0.55, "owners precision": 0.60, "owners recall": 0.55,
                   "C recall": 0.55, "I recall": 0.50}
UNSEEN27_JUNK_CEILING = 0.35
UNSEEN27_WITHOUT_DRAFT = 0

UNSEEN28 = HERE / "unseen28"
UNSEEN28_EXPECTED = tomllib.loads((UNSEEN28 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The twenty-eighth set's blind figures (its first run, on the extractor of main at 0ddc5ae,
# before anything was changed for it; documents committed at 262dd0f, labels at b2c0e02):
# roles P 0.872 R 0.768, pairs P 0.472 R 0.341 (152 of 322 derived, 446 labelled), owners
# P 0.407 R 0.348 (88 of 216 derived, 253 labelled), junk rows 0.463, C recall 0.29
# (16/56), I recall 0.26 (26/100), every document gave a draft. Each floor is the figure
# rounded down to 0.05, one step lower where the figure was within 0.01 of that step
# (owners precision 0.407 to 0.35, I recall 0.26 to 0.20); the junk share is rounded up.
# Studied once the twenty-ninth set became the blind one; its floors are now its figures
# after the general fixes that followed (roles P 0.876 R 0.857, pairs P 0.574 R 0.543,
# owners P 0.477 R 0.494, junk 0.405, C 0.643, I 0.530), by the same rounding.
UNSEEN28_FLOORS = {"roles precision": 0.85, "roles recall": 0.80, "pairs precision": 0.55,
                   "pairs recall": 0.50, "owners precision": 0.45, "owners recall": 0.45,
                   "C recall": 0.60, "I recall": 0.50}
UNSEEN28_JUNK_CEILING = 0.45
UNSEEN28_WITHOUT_DRAFT = 0

UNSEEN29 = HERE / "unseen29"
UNSEEN29_EXPECTED = tomllib.loads((UNSEEN29 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The twenty-ninth set's blind figures (its first run, on the extractor of main at 0ddc5ae,
# before anything was changed for it; documents committed at f9b2363, labels at fb0f45f):
# roles P 0.870 R 0.688, pairs P 0.532 R 0.357 (152 of 286 derived, 426 labelled), owners
# P 0.480 R 0.390 (94 of 196 derived, 241 labelled), junk rows 0.472, C recall 0.40
# (27/68), I recall 0.25 (21/83); one document (the RACI matrix in CSV) gave no draft.
# Each floor is the figure rounded down to 0.05, one step lower where the figure was within
# 0.01 of that step (pairs recall 0.357 to 0.30, I recall 0.253 to 0.20); the junk share
# is rounded up.
# Studied once the thirtieth set became the blind one; its floors are now its figures
# after the general fixes that followed (roles P 0.904 R 0.784, pairs P 0.643 R 0.570,
# owners P 0.549 R 0.515, junk 0.406, C 0.691, I 0.590), by the same rounding, and every
# document gives a draft.
UNSEEN29_FLOORS = {"roles precision": 0.85, "roles recall": 0.75, "pairs precision": 0.60,
                   "pairs recall": 0.50, "owners precision": 0.50, "owners recall": 0.45,
                   "C recall": 0.65, "I recall": 0.55}
UNSEEN29_JUNK_CEILING = 0.45
UNSEEN29_WITHOUT_DRAFT = 0

UNSEEN30 = HERE / "unseen30"
UNSEEN30_EXPECTED = tomllib.loads((UNSEEN30 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The thirtieth set's blind figures (its first run, on the extractor of main at cb75cba,
# before anything was changed for it; documents committed at 3533077, labels at 9022239):
# roles P 0.890 R 0.827, pairs P 0.518 R 0.435 (173 of 334 derived, 398 labelled), owners
# P 0.509 R 0.466 (111 of 218 derived, 238 labelled), junk rows 0.386, C recall 0.24
# (11/46), I recall 0.45 (40/88); every document gave a draft. Each floor is the figure
# rounded down to 0.05, one step lower where the figure was within 0.01 of that step
# (owners precision 0.509 to 0.45, I recall 0.455 to 0.40); the junk share is rounded up.
# Studied once the thirty-first set became the blind one; its floors are now its figures
# after the general fixes that followed (roles P 0.907 R 0.888, pairs P 0.605 R 0.563,
# owners P 0.570 R 0.563, junk 0.338, C 0.543, I 0.545), by the same rounding (roles
# precision 0.907 and pairs precision 0.605 one step lower, within 0.01 of theirs).
UNSEEN30_FLOORS = {"roles precision": 0.85, "roles recall": 0.85, "pairs precision": 0.55,
                   "pairs recall": 0.55, "owners precision": 0.55, "owners recall": 0.55,
                   "C recall": 0.50, "I recall": 0.50}
UNSEEN30_JUNK_CEILING = 0.35
UNSEEN30_WITHOUT_DRAFT = 0

UNSEEN31 = HERE / "unseen31"
UNSEEN31_EXPECTED = tomllib.loads((UNSEEN31 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The thirty-first set's blind figures (its first run, on the extractor of main at 059c00c,
# before anything was changed for it; documents committed at 2bfb6ee, labels at d135ced):
# roles P 0.894 R 0.658, pairs P 0.587 R 0.489 (183 of 312 derived, 374 labelled), owners
# P 0.527 R 0.448 (98 of 186 derived, 219 labelled), junk rows 0.370, C recall 0.51
# (24/47), I recall 0.49 (45/91); one document (the callout roles in YAML) gave no draft.
# Studied once the thirty-second set became the blind one; its floors are now its figures
# after the general fixes that followed (roles P 0.911 R 0.802, pairs P 0.641 R 0.607,
# owners P 0.588 R 0.566, junk 0.313, C 0.617, I 0.637; every document a draft), rounded
# down to 0.05, one step lower where a figure was within 0.01 of its step (roles recall
# 0.802 to 0.75, pairs recall 0.607 to 0.55); the junk share is rounded up.
UNSEEN31_FLOORS = {"roles precision": 0.90, "roles recall": 0.75, "pairs precision": 0.60,
                   "pairs recall": 0.55, "owners precision": 0.55, "owners recall": 0.55,
                   "C recall": 0.60, "I recall": 0.60}
UNSEEN31_JUNK_CEILING = 0.35
UNSEEN31_WITHOUT_DRAFT = 0

UNSEEN32 = HERE / "unseen32"
UNSEEN32_EXPECTED = tomllib.loads((UNSEEN32 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The thirty-second set's blind figures (its first run, on the extractor of main at 6dd9e87,
# before anything was changed for it; documents committed at a5f04d9, labels at 284bb7b):
# roles P 0.912 R 0.791, pairs P 0.619 R 0.554 (221 of 357 derived, 399 labelled), owners
# P 0.568 R 0.519 (121 of 213 derived, 233 labelled), junk rows 0.365, C recall 0.51
# (25/49), I recall 0.59 (55/94); every document gave a draft. Studied once the
# thirty-third set became the blind one; its floors are now its figures after the general
# fixes that followed (roles P 0.915 R 0.826, pairs P 0.695 R 0.662, owners P 0.652 R
# 0.635, junk 0.294, C 0.612, I 0.702; every document a draft), rounded down to 0.05, one
# step lower where a figure was within 0.01 of its step (owners precision 0.652 to 0.60,
# I recall 0.702 to 0.65); the junk share is rounded up.
UNSEEN32_FLOORS = {"roles precision": 0.90, "roles recall": 0.80, "pairs precision": 0.65,
                   "pairs recall": 0.65, "owners precision": 0.60, "owners recall": 0.60,
                   "C recall": 0.60, "I recall": 0.65}
UNSEEN32_JUNK_CEILING = 0.30
UNSEEN32_WITHOUT_DRAFT = 0

UNSEEN33 = HERE / "unseen33"
UNSEEN33_EXPECTED = tomllib.loads((UNSEEN33 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The thirty-third set's blind figures (its first run, on the extractor of main at 8f0141a,
# before anything was changed for it; documents committed at 337d38b, labels at e943a49):
# roles P 0.978 R 0.781, pairs P 0.618 R 0.490 (220 of 356 derived, 449 labelled), owners
# P 0.561 R 0.470 (133 of 237 derived, 283 labelled), junk rows 0.370, C recall 0.19
# (10/52), I recall 0.54 (43/79); every document gave a draft. Studied once the
# thirty-fourth set became the blind one; its floors are now its figures after the general
# fixes that followed (roles P 0.979 R 0.848, pairs P 0.682 R 0.610, owners P 0.631 R
# 0.597, junk 0.316, C 0.442, I 0.646; every document a draft), rounded down to 0.05, one
# step lower where a figure was within 0.01 of its step (pairs recall 0.610 to 0.55); the
# junk share is rounded up.
UNSEEN33_FLOORS = {"roles precision": 0.95, "roles recall": 0.80, "pairs precision": 0.65,
                   "pairs recall": 0.55, "owners precision": 0.60, "owners recall": 0.55,
                   "C recall": 0.40, "I recall": 0.60}
UNSEEN33_JUNK_CEILING = 0.35
UNSEEN33_WITHOUT_DRAFT = 0

UNSEEN34 = HERE / "unseen34"
UNSEEN34_EXPECTED = tomllib.loads((UNSEEN34 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The thirty-fourth set's blind figures (its first run, on the extractor of main at b153375,
# before anything was changed for it; documents committed at 4c27000, labels at b5fd088):
# roles P 0.903 R 0.830, pairs P 0.602 R 0.474 (233 of 387 derived, 492 labelled), owners
# P 0.524 R 0.446 (131 of 250 derived, 294 labelled), junk rows 0.367, C recall 0.45
# (27/60), I recall 0.45 (44/97); every document gave a draft. Studied once the
# thirty-fifth set became the blind one; its floors are now its figures after the general
# fixes that followed (roles P 0.929 R 0.848, pairs P 0.681 R 0.626, owners P 0.614 R
# 0.595, junk 0.304, C 0.617, I 0.639; every document a draft), rounded down to 0.05, none
# within 0.01 of its step; the junk share is rounded up.
UNSEEN34_FLOORS = {"roles precision": 0.90, "roles recall": 0.80, "pairs precision": 0.65,
                   "pairs recall": 0.60, "owners precision": 0.60, "owners recall": 0.55,
                   "C recall": 0.60, "I recall": 0.60}
UNSEEN34_JUNK_CEILING = 0.35
UNSEEN34_WITHOUT_DRAFT = 0

UNSEEN35 = HERE / "unseen35"
UNSEEN35_EXPECTED = tomllib.loads((UNSEEN35 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The thirty-fifth set's blind figures (its first run, on the extractor of main at e4d2dba,
# before anything was changed for it; documents committed at 933116e, labels at 331b056):
# roles P 0.917 R 0.810, pairs P 0.561 R 0.475 (199 of 355 derived, 419 labelled), owners
# P 0.524 R 0.467 (119 of 227 derived, 255 labelled), junk rows 0.409, C recall 0.36
# (16/45), I recall 0.52 (47/90); every document gave a draft. Studied once the
# thirty-sixth set became the blind one; its floors are now its figures after the general
# fixes that followed (roles P 0.975 R 0.881, pairs P 0.610 R 0.604, owners P 0.552 R
# 0.561, junk 0.393, C 0.578, I 0.656; every document a draft), rounded down to 0.05, one
# step lower where the figure was within 0.01 of that step (pairs P and R, owners P, I);
# the junk share is rounded up.
UNSEEN35_FLOORS = {"roles precision": 0.95, "roles recall": 0.85, "pairs precision": 0.55,
                   "pairs recall": 0.55, "owners precision": 0.50, "owners recall": 0.55,
                   "C recall": 0.55, "I recall": 0.60}
UNSEEN35_JUNK_CEILING = 0.40
UNSEEN35_WITHOUT_DRAFT = 0

UNSEEN36 = HERE / "unseen36"
UNSEEN36_EXPECTED = tomllib.loads((UNSEEN36 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The thirty-sixth set's blind figures (its first run, on the extractor of main at 764d14d,
# before anything was changed for it; documents committed at bff8aae, labels at d3a196a):
# roles P 0.870 R 0.835, pairs P 0.720 R 0.648 (237 of 329 derived, 366 labelled), owners
# P 0.613 R 0.586 (119 of 194 derived, 203 labelled), junk rows 0.359, C recall 0.61
# (23/38), I recall 0.64 (56/87); every document gave a draft. Studied once the
# thirty-seventh set became the blind one; its floors are now its figures after the general
# fixes that followed (roles P 0.891 R 0.857, pairs P 0.749 R 0.683, owners P 0.662 R
# 0.635, junk 0.308, C 0.605, I 0.667; every document a draft), rounded down to 0.05, one
# step lower where the figure was within 0.01 of that step (roles R, owners P, C); the junk
# share is rounded up.
UNSEEN36_FLOORS = {"roles precision": 0.85, "roles recall": 0.80, "pairs precision": 0.70,
                   "pairs recall": 0.65, "owners precision": 0.60, "owners recall": 0.60,
                   "C recall": 0.55, "I recall": 0.65}
UNSEEN36_JUNK_CEILING = 0.35
UNSEEN36_WITHOUT_DRAFT = 0

UNSEEN37 = HERE / "unseen37"
UNSEEN37_EXPECTED = tomllib.loads((UNSEEN37 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The thirty-seventh set's blind figures (its first run, on the extractor of main at 9cb0236,
# before anything was changed for it; documents committed at 74a05b6, labels at bb2dae8):
# roles P 0.876 R 0.681, pairs P 0.609 R 0.448 (221 of 363 derived, 493 labelled), owners
# P 0.531 R 0.411 (127 of 239 derived, 309 labelled), junk rows 0.371, C recall 0.38
# (21/56), I recall 0.50 (46/92); every document gave a draft. Studied once the
# thirty-eighth set became the blind one; its floors are now its figures after the general
# fixes that followed (roles P 0.926 R 0.814, pairs P 0.693 R 0.615, owners P 0.631 R
# 0.570, junk 0.294, C 0.554, I 0.663; every document a draft), rounded down to 0.05, one
# step lower where the figure was within 0.01 of that step (C); the junk share is rounded
# up, one step more where it was within 0.01 of that step.
UNSEEN37_FLOORS = {"roles precision": 0.90, "roles recall": 0.80, "pairs precision": 0.65,
                   "pairs recall": 0.60, "owners precision": 0.60, "owners recall": 0.55,
                   "C recall": 0.50, "I recall": 0.65}
UNSEEN37_JUNK_CEILING = 0.35
UNSEEN37_WITHOUT_DRAFT = 0

UNSEEN38 = HERE / "unseen38"
UNSEEN38_EXPECTED = tomllib.loads((UNSEEN38 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The thirty-eighth set's blind figures (its first run, on the extractor of main at 67a9d23,
# before anything was changed for it; documents committed at f0e46eb, labels at 77511b8):
# roles P 0.881 R 0.860, pairs P 0.674 R 0.658 (244 of 362 derived, 371 labelled), owners
# P 0.571 R 0.581 (129 of 226 derived, 222 labelled), junk rows 0.352, C recall 0.55
# (26/47), I recall 0.68 (46/68); every document gave a draft. Each floor is the figure
# rounded down to 0.05, one step lower where the figure was within 0.01 of that step
# (roles R, pairs R, C recall); the junk share is rounded up.
# Studied since (the pass after the thirty-eighth set): roles P 0.909 R 0.871, pairs P 0.706
# R 0.712 (264 of 374 derived), owners P 0.638 R 0.667, junk 0.312, C 0.70 (33/47), I 0.74
# (50/68); the floors are raised to those figures, rounded the same way.
UNSEEN38_FLOORS = {"roles precision": 0.85, "roles recall": 0.85, "pairs precision": 0.65,
                   "pairs recall": 0.70, "owners precision": 0.60, "owners recall": 0.65,
                   "C recall": 0.65, "I recall": 0.70}
UNSEEN38_JUNK_CEILING = 0.35
UNSEEN38_WITHOUT_DRAFT = 0

UNSEEN39 = HERE / "unseen39"
UNSEEN39_EXPECTED = tomllib.loads((UNSEEN39 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The thirty-ninth set's blind figures (its first run, on the extractor of main at 486b7b6,
# before anything was changed for it; documents committed at 3a02ee8, labels at 4b69eea):
# roles P 0.855 R 0.714, pairs P 0.685 R 0.558 (239 of 349 derived, 428 labelled), owners
# P 0.588 R 0.506 (120 of 204 derived, 237 labelled), junk rows 0.312, C recall 0.48
# (27/56), I recall 0.63 (61/97); every document gave a draft. Each floor is the figure
# rounded down to 0.05, one step lower where the figure was within 0.01 of that step
# (roles P, pairs R, owners R); the junk share is rounded up.
# Studied since (the pass after the thirty-ninth set): roles P 0.891 R 0.748, pairs P 0.701
# R 0.596 (255 of 364 derived), owners P 0.610 R 0.549, junk 0.310, C 0.54 (30/56), I 0.65
# (63/97); the floors are raised to those figures, rounded the same way (pairs P and owners
# P one step lower, each within 0.01 of its step).
UNSEEN39_FLOORS = {"roles precision": 0.85, "roles recall": 0.70, "pairs precision": 0.65,
                   "pairs recall": 0.55, "owners precision": 0.55, "owners recall": 0.50,
                   "C recall": 0.50, "I recall": 0.60}
UNSEEN39_JUNK_CEILING = 0.35
UNSEEN39_WITHOUT_DRAFT = 0

UNSEEN40 = HERE / "unseen40"
UNSEEN40_EXPECTED = tomllib.loads((UNSEEN40 / "expected.toml").read_text(encoding="utf-8"))["doc"]
# The fortieth set's blind figures (its first run, on the extractor of main at 6e7dc60,
# before anything was changed for it; documents committed at 124e2fd, labels at 0cb6c07):
# roles P 0.884 R 0.807, pairs P 0.630 R 0.553 (278 of 441 derived, 503 labelled), owners
# P 0.555 R 0.510 (146 of 263 derived, 286 labelled), junk rows 0.354, C recall 0.51
# (36/70), I recall 0.63 (68/108); every document gave a draft. Each floor is the figure
# rounded down to 0.05, one step lower where the figure was within 0.01 of that step
# (roles R, pairs R, owners P, owners R); the junk share is rounded up.
UNSEEN40_FLOORS = {"roles precision": 0.85, "roles recall": 0.75, "pairs precision": 0.60,
                   "pairs recall": 0.50, "owners precision": 0.50, "owners recall": 0.45,
                   "C recall": 0.50, "I recall": 0.60}
UNSEEN40_JUNK_CEILING = 0.40
UNSEEN40_WITHOUT_DRAFT = 0


def _held_out(folder: Path, cases: list[dict[str, Any]], tmp_path: Path,
              label: str) -> tuple[dict[str, float], list[str]]:
    """A held-out set's figures, micro-averaged over its documents after mapping draft role
    names onto the labelled ones (names, aliases, plurals; arguable items' roles count as
    labelled), as ``scripts/derive_corpus.py --labelled`` prints them: a document without a
    draft counts all its labels as missed. Also the documents that gave no draft."""
    total = Score(0, 0, 0, 0, 0, 0)
    roles = [0, 0, 0, 0]  # draft roles, draft roles labelled, labelled roles, labelled found
    rows = junk = 0
    letters = {"C": [0, 0], "I": [0, 0]}
    no_draft: list[str] = []
    for case in cases:
        name = case["file"]
        doc = (folder / name if (folder / name).exists()  # kept as a file, else built
               else build_docx(tmp_path / name) if name.endswith(".docx")
               else build_deck(tmp_path / name) if name.endswith(".pptx") else folder / name)
        triples = [(r, a, letter) for r, a, letter in case["triples"]]
        arguable = case.get("arguable", [])
        try:
            template = derive([doc]).to_template(label, name)
        except RaciError as exc:
            no_draft.append(f"{name}: {exc}")
            template = Template(label, name, "", "RACI", (), (), ())
        mapping = map_roles(template, [*case["roles"], *(t[0] for t in arguable)],
                            case.get("aliases", {}))
        named = rename_roles(template, mapping)
        total = total + score(named, triples)
        found = {g for g in mapping.values() if g}
        roles = [roles[0] + len(mapping), roles[1] + sum(1 for g in mapping.values() if g),
                 roles[2] + len(case["roles"]), roles[3] + len(found & set(case["roles"]))]
        rows += len(named.activities)
        junk += junk_rows(named, [t[1] for t in [*case["triples"], *arguable]])
        for letter, counts in letters.items():
            hit, wanted = letter_recall(named, triples, letter)
            counts[0] += hit
            counts[1] += wanted
    figures = {"roles precision": roles[1] / roles[0], "roles recall": roles[3] / roles[2],
               "pairs precision": total.pair_precision, "pairs recall": total.pair_recall,
               "owners precision": total.owner_precision, "owners recall": total.owner_recall,
               "junk rows": junk / rows,
               "C recall": letters["C"][0] / letters["C"][1],
               "I recall": letters["I"][0] / letters["I"][1]}
    return figures, no_draft


def _shortfalls(figures: dict[str, float], no_draft: list[str], floors: dict[str, float],
                junk_ceiling: float, without_draft: int) -> dict[str, object]:
    """What falls short: more documents without a draft than allowed, figures below their
    floor, more junk rows than the ceiling (empty when the set holds)."""
    out: dict[str, object] = {k: round(figures[k], 3) for k, floor in floors.items()
                              if figures[k] < floor}
    if len(no_draft) > without_draft:
        out["without a draft"] = no_draft
    if figures["junk rows"] > junk_ceiling:
        out["junk rows"] = round(figures["junk rows"], 3)
    return out


def _report(title: str, figures: dict[str, float], capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print(f"\n{title}: " + ", ".join(f"{k} {v:.2f}" for k, v in figures.items()))


@dataclass(frozen=True)
class HeldOut:
    """A held-out set and the floors its figures must hold."""

    folder: Path
    cases: list[dict[str, Any]]
    title: str
    floors: dict[str, float]
    junk_ceiling: float
    without_draft: int


# Each set's figures when it was added (blind, before the extractor saw it) and, for the
# studied ones, once studied; the floors and how they were set are above, with the set.
HELD_OUT = [
    # The held-out set: every document gives a draft, and no figure falls below the floor
    # measured when the set was added.
    #
    # Measured at the first run: roles P 0.91 R 0.70 (53 of 58 draft roles labelled, 52
    # of 74 labelled roles found); pairs P 0.44 R 0.33 (67 of 154 derived, 205 labelled);
    # owners P 0.37 R 0.30 (43 of 115 derived, 145 labelled); junk rows 0.55 (63 of 115
    # rows match no labelled or arguable activity); C recall 0.39 (9/23), I recall 0.28
    # (9/32). Re-measured after the meeting-notes change (people named beside their
    # role in an attendee list no longer give the role): roles P 0.89 R 0.66 (50 of 56,
    # 49 of 74), pairs P 0.45 R 0.34 (70 of 157), owners P 0.39 R 0.32 (46 of 119), junk
    # 0.54 (64 of 119), C and I unchanged; the roles floor went down to 0.65 with it.
    HeldOut(UNSEEN, UNSEEN_EXPECTED, "held-out derivation set", UNSEEN_FLOORS,
            UNSEEN_JUNK_CEILING, 0),
    # The second held-out set (ten documents in shapes the extractor was not developed on,
    # labelled before its first run): no figure falls below the floor set from that run, and
    # no more documents than then give no draft.
    #
    # Measured at the first run: roles P 0.85 R 0.68; pairs P 0.38 R 0.19 (45 of 118
    # derived, 238 labelled); owners P 0.34 R 0.18 (31 of 91 derived, 173 labelled); junk
    # rows 0.58; C recall 0.32 (6/19), I recall 0.14 (4/28); the Word memo gave no draft.
    HeldOut(UNSEEN2, UNSEEN2_EXPECTED, "second held-out derivation set", UNSEEN2_FLOORS,
            UNSEEN2_JUNK_CEILING, UNSEEN2_WITHOUT_DRAFT),
    # The third held-out set (ten documents in shapes and domains the extractor was not
    # developed on, labelled before its first run): no figure falls below the floor set from
    # that blind run, and no more documents than then give no draft.
    #
    # Measured at the first run: roles P 0.89 R 0.49 (51 of 57 draft roles labelled, 44 of
    # 89 labelled roles found); pairs P 0.26 R 0.08 (22 of 86 derived, 276 labelled);
    # owners P 0.26 R 0.095 (18 of 68 derived, 189 labelled); junk rows 0.74 (51 of 69); C
    # recall 0.04 (1/27), I recall 0.08 (3/37); the RASCI table and the checklist with
    # bracketed owners gave no draft. After the next three changes to the extractor, made
    # without this set: roles P 0.90 R 0.51; pairs P 0.28 R 0.10 (27 of 98 derived);
    # owners P 0.29 R 0.12 (22 of 77 derived); junk rows 0.72 (56 of 78); C 1/27, I 4/37.
    HeldOut(UNSEEN3, UNSEEN3_EXPECTED, "third held-out derivation set", UNSEEN3_FLOORS,
            UNSEEN3_JUNK_CEILING, UNSEEN3_WITHOUT_DRAFT),
    # The fourth held-out set (ten documents in shapes and domains none of the other sets
    # has, labelled and committed before its first run): no figure falls below the floors
    # set from its figures once its misses were studied, and every document gives a draft.
    #
    # Measured at the blind run: roles P 0.91 R 0.48 (43 of 90 labelled roles found); pairs
    # P 0.27 R 0.12 (32 of 119 derived, 264 labelled); owners P 0.26 R 0.15 (26 of 101
    # derived, 169 labelled); junk rows 0.64 (67 of 104); C recall 0.05 (2/37), I recall
    # 0.08 (3/36); the vineyard task list and the call sheet gave no draft.
    HeldOut(UNSEEN4, UNSEEN4_EXPECTED, "fourth held-out derivation set", UNSEEN4_FLOORS,
            UNSEEN4_JUNK_CEILING, UNSEEN4_WITHOUT_DRAFT),
    # The fifth held-out set (ten documents in shapes and domains none of the other sets
    # has, labelled and committed before its first run): no figure falls below the floors
    # set from its figures once its misses were studied, and every document gives a draft.
    #
    # Measured at the blind run: roles P 0.94 R 0.37 (30 of 81 labelled roles found); pairs
    # P 0.49 R 0.09 (21 of 43 derived, 237 labelled); owners P 0.46 R 0.10 (17 of 37
    # derived, 166 labelled); junk rows 0.46 (17 of 37); C recall 0.05 (1/20), I recall
    # 0.17 (3/18); the e-mail thread and the DACI record gave no draft.
    HeldOut(UNSEEN5, UNSEEN5_EXPECTED, "fifth held-out derivation set", UNSEEN5_FLOORS,
            UNSEEN5_JUNK_CEILING, UNSEEN5_WITHOUT_DRAFT),
    # The sixth held-out set (ten documents in shapes and domains none of the other sets
    # has, labelled and committed before its first run): no figure falls below the floors
    # set from its figures once its misses were studied, and every document gives a draft.
    #
    # Measured at the blind run (commit 67e78c8): roles P 0.86 R 0.66; pairs P 0.34 R 0.18
    # (53 of 157 derived, 297 labelled); owners P 0.35 R 0.20 (45 of 129 derived, 221
    # labelled); junk rows 0.58; C recall 0.17 (4/23), I recall 0.09 (4/44); no document
    # without a draft. After the general fixes made with it in view: roles P 0.93 R 0.84;
    # pairs P 0.49 R 0.43 (127 of 258 derived); owners P 0.45 R 0.43 (94 of 208 derived);
    # junk rows 0.48; C recall 0.22 (5/23), I recall 0.39 (17/44).
    HeldOut(UNSEEN6, UNSEEN6_EXPECTED, "sixth held-out derivation set", UNSEEN6_FLOORS,
            UNSEEN6_JUNK_CEILING, UNSEEN6_WITHOUT_DRAFT),
    # The seventh held-out set (ten documents in shapes and domains none of the other sets
    # has, labelled and committed before its first run): no figure falls below the floor set
    # from that blind run, and every document gives a draft.
    #
    # Measured at the blind run (commit 2596536): roles P 0.84 R 0.47; pairs P 0.22 R 0.09
    # (36 of 166 derived, 383 labelled); owners P 0.21 R 0.12 (31 of 147 derived, 265
    # labelled); junk rows 0.705; C recall 0.07 (3/40), I recall 0.02 (1/55); no document
    # without a draft.
    HeldOut(UNSEEN7, UNSEEN7_EXPECTED, "seventh held-out derivation set", UNSEEN7_FLOORS,
            UNSEEN7_JUNK_CEILING, UNSEEN7_WITHOUT_DRAFT),
    # The eighth held-out set (ten documents in shapes and domains none of the other sets
    # has, labelled and committed before its first run, studied once the ninth set took its
    # place as the blind one): no figure falls below the floors set from the figures after
    # the general fixes that followed, and every document gives a draft.
    #
    # Measured after those fixes: roles P 0.92 R 0.91; pairs P 0.62 R 0.54 (148 of 237
    # derived, 276 labelled); owners P 0.56 R 0.51; junk rows 0.41; C recall 0.56 (19/34),
    # I recall 0.51 (25/49).
    #
    # Measured at the blind run (commit 6067528, labels committed at b9bf024): roles P 0.89
    # R 0.73; pairs P 0.48 R 0.26 (73 of 151 derived, 276 labelled); owners P 0.42 R 0.25
    # (45 of 107 derived, 177 labelled); junk rows 0.54; C recall 0.29 (10/34), I recall
    # 0.14 (7/49); one document without a draft (the committee chat).
    HeldOut(UNSEEN8, UNSEEN8_EXPECTED, "eighth held-out derivation set", UNSEEN8_FLOORS,
            UNSEEN8_JUNK_CEILING, UNSEEN8_WITHOUT_DRAFT),
    # The ninth held-out set (ten documents in shapes and domains none of the other sets
    # has, labelled and committed before its first run, studied since): no figure falls
    # below the floor set from its studied figures, and every document gives a draft.
    #
    # Measured at the blind run (commit 2d34c27): roles P 0.91 R 0.797; pairs P 0.49 R 0.29
    # (105 of 216 derived, 356 labelled); owners P 0.42 R 0.28 (68 of 160 derived, 247
    # labelled); junk rows 0.50; C recall 0.21 (5/24), I recall 0.18 (11/61); every document
    # gave a draft.
    HeldOut(UNSEEN9, UNSEEN9_EXPECTED, "ninth held-out derivation set", UNSEEN9_FLOORS,
            UNSEEN9_JUNK_CEILING, UNSEEN9_WITHOUT_DRAFT),
    # The tenth held-out set (ten documents in shapes and domains none of the other sets
    # has, labelled and committed before its first run, studied since): no figure falls
    # below the floor set from its studied figures, and every document gives a draft.
    #
    # Measured at the blind run (commit bdef20d, labels committed at 91dd941): roles P 0.87
    # R 0.76; pairs P 0.40 R 0.20 (69 of 171 derived, 342 labelled); owners P 0.34 R 0.21
    # (44 of 131 derived, 206 labelled); junk rows 0.51 (67 of 132); C recall 0.11 (2/19),
    # I recall 0.22 (13/58); every document gave a draft.
    HeldOut(UNSEEN10, UNSEEN10_EXPECTED, "tenth held-out derivation set", UNSEEN10_FLOORS,
            UNSEEN10_JUNK_CEILING, UNSEEN10_WITHOUT_DRAFT),
    # The eleventh held-out set (ten documents in shapes and domains none of the other
    # sets has, labelled and committed before its first run): no figure falls below the floor
    # set from that blind run, and every document gives a draft.
    #
    # Measured at the blind run (commit 650c710, labels committed at 583922c): roles P 0.89
    # R 0.51; pairs P 0.25 R 0.09 (25 of 101 derived, 289 labelled); owners P 0.28 R 0.13
    # (22 of 80 derived, 173 labelled); junk rows 0.62 (50 of 80); C recall 0.00 (0/12),
    # I recall 0.06 (3/50); every document gave a draft.
    HeldOut(UNSEEN11, UNSEEN11_EXPECTED, "eleventh held-out derivation set", UNSEEN11_FLOORS,
            UNSEEN11_JUNK_CEILING, UNSEEN11_WITHOUT_DRAFT),
    # The twelfth held-out set (ten documents in shapes and domains none of the other
    # sets has, labelled and committed before its first run): no figure falls below the floor
    # set from that blind run, and every document gives a draft.
    #
    # Measured at the blind run (commit a06d5da, labels committed at 2c698df): roles P 0.91
    # R 0.84; pairs P 0.45 R 0.29 (92 of 206 derived, 317 labelled); owners P 0.42 R 0.31
    # (68 of 160 derived, 217 labelled); junk rows 0.49 (80 of 163); C recall 0.28 (5/18),
    # I recall 0.22 (12/54); every document gave a draft. Studied since (the thirteenth set
    # blind): its floors are its figures after the general fixes that followed.
    HeldOut(UNSEEN12, UNSEEN12_EXPECTED, "twelfth held-out derivation set", UNSEEN12_FLOORS,
            UNSEEN12_JUNK_CEILING, UNSEEN12_WITHOUT_DRAFT),
    # The thirteenth held-out set (ten documents in shapes and domains none of the other
    # sets has, labelled and committed before its first run, studied since): no figure falls
    # below the floor set from its studied figures, and every document gives a draft.
    #
    # Measured at the blind run (commit aa94b43, labels committed at f3f4358): roles P 0.88
    # R 0.58; pairs P 0.51 R 0.22 (74 of 144 derived, 335 labelled); owners P 0.38 R 0.19
    # (37 of 98 derived, 194 labelled); junk rows 0.46 (46 of 99); C recall 0.26 (6/23),
    # I recall 0.13 (9/71); one document (the rota exported as JSON) gave no draft.
    HeldOut(UNSEEN13, UNSEEN13_EXPECTED, "thirteenth held-out derivation set", UNSEEN13_FLOORS,
            UNSEEN13_JUNK_CEILING, UNSEEN13_WITHOUT_DRAFT),
    # The fourteenth held-out set (ten documents in shapes and domains none of the other
    # sets has, labelled and committed before its first run): no figure falls below the floor
    # set from its figures once studied, and no document gives no draft.
    #
    # Measured at the blind run (main 3bdcea7, labels committed at 394ab38): roles P 0.84
    # R 0.73; pairs P 0.28 R 0.10 (41 of 144 derived, 404 labelled); owners P 0.26 R 0.15
    # (33 of 126 derived, 225 labelled); junk rows 0.61; C recall 0 (0/51), I recall 0
    # (0/88); every document gave a draft.
    HeldOut(UNSEEN14, UNSEEN14_EXPECTED, "fourteenth held-out derivation set", UNSEEN14_FLOORS,
            UNSEEN14_JUNK_CEILING, UNSEEN14_WITHOUT_DRAFT),
    # The fifteenth held-out set (ten documents in shapes and domains none of the other
    # sets has, in .odt, .pdf, .csv, .yaml, Markdown, plain text, Word and HTML, labelled and
    # committed before its first run): no figure falls below the floor set from that blind
    # run, and no more documents give no draft than then.
    #
    # Measured at the blind run (main 6fa487b, labels committed at c2cca42): roles P 0.70
    # R 0.51 (46 of 91 labelled roles found); pairs P 0.26 R 0.11 (40 of 154 derived, 375
    # labelled); owners P 0.26 R 0.13 (33 of 126 derived, 246 labelled); junk rows 0.60 (79
    # of 131 rows); C recall 0.10 (4/39), I recall 0.05 (3/62); two documents without a
    # draft (trello-studio-move.csv, catalog-info.yaml). After merging main 82c513c: roles P
    # 0.69; pairs 40 of 155 derived, owners 33 of 127, junk rows 0.61; only catalog-info.yaml
    # without a draft; the other figures as at the blind run. After its structured shapes
    # were studied (main 060ef1a merged): roles P 0.82 R 0.77; pairs P 0.60 R 0.51 (191 of
    # 320 derived); owners P 0.53 R 0.48 (117 of 219); junk rows 0.40; C recall 0.62
    # (24/39), I recall 0.44 (27/62); every document gives a draft.
    HeldOut(UNSEEN15, UNSEEN15_EXPECTED, "fifteenth held-out derivation set", UNSEEN15_FLOORS,
            UNSEEN15_JUNK_CEILING, UNSEEN15_WITHOUT_DRAFT),
    # The sixteenth held-out set (ten documents in shapes and domains none of the other
    # sets has, in plain text, TSV, PDF, OpenDocument, Word, HTML, Markdown and JSON,
    # labelled and committed before its first run): no figure falls below the floor set from
    # that blind run, and no more documents give no draft than then.
    #
    # Measured at the blind run (main cbccabb, labels committed at 62a3ade): roles P 0.66
    # R 0.61 (106 labelled roles); pairs P 0.33 R 0.16 (98 of 296 derived, 597 labelled);
    # owners P 0.32 R 0.21 (75 of 233 derived, 365 labelled); junk rows 0.61; C recall 0.06
    # (5/77), I recall 0.14 (17/118); one document without a draft. After merging main
    # a0da847: pairs 99 of 297 derived, owners 76 of 234, the other figures the same.
    # Studied once the seventeenth set was written: pairs 333 of 549 derived, owners 176
    # of 346, C 57/77, I 71/118, every document drafted; the floors are those figures.
    HeldOut(UNSEEN16, UNSEEN16_EXPECTED, "sixteenth held-out derivation set", UNSEEN16_FLOORS,
            UNSEEN16_JUNK_CEILING, UNSEEN16_WITHOUT_DRAFT),
    # The seventeenth held-out set (ten documents in shapes and domains none of the other
    # sets has, in PDF, OpenDocument, Word, HTML, CSV, Markdown, JSON, reStructuredText,
    # plain text and Org mode, labelled and committed before its first run): no figure falls
    # below the floor set from that blind run, and no more documents give no draft than then.
    #
    # Measured at the blind run (main 07828ff, labels committed at dc6aca2): roles P 0.83
    # R 0.77 (111 labelled roles); pairs P 0.37 R 0.28 (151 of 404 derived, 548 labelled);
    # owners P 0.31 R 0.25 (87 of 280 derived, 344 labelled); junk rows 0.61; C recall 0.29
    # (20/70), I recall 0.33 (37/113); one document without a draft
    # (stocktake-plan-store-0412.csv). After merging main 9d1607c, df50b28, 6f87366 and
    # 9559fee: the same figures. Studied once the eighteenth set was written: roles P 0.85
    # R 0.86, pairs 275 of 535 derived (P 0.51, R 0.50), owners 154 of 351 (P 0.44, R 0.45),
    # junk 0.51, C 46/70, I 55/113, every document drafted; the floors are those figures
    # rounded down to 0.05.
    HeldOut(UNSEEN17, UNSEEN17_EXPECTED, "seventeenth held-out derivation set", UNSEEN17_FLOORS,
            UNSEEN17_JUNK_CEILING, UNSEEN17_WITHOUT_DRAFT),
    # The eighteenth held-out set (ten documents in shapes and domains none of the other
    # sets has, in LaTeX, flat OpenDocument, Word, JSON, YAML, CSV, Markdown, HTML, PDF and
    # plain text, labelled and committed before its first run): no figure falls below the
    # floor set from that blind run, and every document still gives a draft.
    #
    # Measured at the blind run (main af55087, labels committed at 4a46283): roles P 0.84
    # R 0.68 (119 labelled roles); pairs P 0.39 R 0.25 (147 of 377 derived, 595 labelled);
    # owners P 0.32 R 0.24 (81 of 253 derived, 331 labelled); junk rows 0.55; C recall 0.13
    # (9/68), I recall 0.27 (42/153); no document without a draft. After merging main
    # 554fb2e: the same figures; after merging main 70b2085: pairs P 0.50 R 0.38 (228 of
    # 457), owners P 0.38 R 0.31 (104 of 275), C 36/68, I 59/153. Studied once the
    # nineteenth set was written: pairs P 0.60 R 0.56 (333 of 554 derived), owners P 0.50
    # R 0.49, C 46/68, I 88/153; the floors are raised to those figures.
    HeldOut(UNSEEN18, UNSEEN18_EXPECTED, "eighteenth held-out derivation set", UNSEEN18_FLOORS,
            UNSEEN18_JUNK_CEILING, UNSEEN18_WITHOUT_DRAFT),
    # The nineteenth held-out set (ten documents in shapes and domains none of the other
    # sets has, in PowerPoint and Word built in code, PDF, HTML, Markdown, plain text, CSV
    # and OpenDocument text, labelled and committed before its first run): no figure falls
    # below the floor set from that blind run, and every document still gives a draft.
    #
    # Measured at the blind run (main 82befac, documents committed at 3138d17, labels at
    # 121cdaa): roles P 0.84 R 0.75 (83 of 110 labelled roles found); pairs P 0.35 R 0.32
    # (133 of 375 derived, 418 labelled); owners P 0.28 R 0.31 (73 of 265 derived, 239
    # labelled); junk rows 0.66; C recall 0.19 (11/57), I recall 0.31 (32/102); no
    # document without a draft. Studied once the twentieth set was written: pairs P 0.45
    # R 0.46 (192 of 428 derived), C 21/57, I 48/102; the floors are raised to those figures.
    HeldOut(UNSEEN19, UNSEEN19_EXPECTED, "nineteenth held-out derivation set", UNSEEN19_FLOORS,
            UNSEEN19_JUNK_CEILING, UNSEEN19_WITHOUT_DRAFT),
    # The twentieth held-out set (ten documents in shapes and domains none of the other
    # sets has, in PowerPoint and Word built in code, PDF, HTML, Markdown, plain text, CSV,
    # OpenDocument text and reStructuredText, labelled and committed before its first run):
    # no figure falls below the floor set from that blind run, and every document still
    # gives a draft.
    #
    # Measured at the blind run (main 5fb61e1, documents committed at 0a0d108, labels at
    # 15bfac5): roles P 0.96 R 0.90 (63 of 70 labelled roles found); pairs P 0.56 R 0.55
    # (134 of 239 derived, 243 labelled); owners P 0.52 R 0.53 (85 of 165 derived, 159
    # labelled); junk rows 0.43; C recall 0.45 (10/22), I recall 0.61 (33/54); no document
    # without a draft. Studied once the twenty-first set was written: pairs P 0.64 R 0.68
    # (166 of 258 derived), C 13/22, I 44/54; the floors are raised to those figures.
    HeldOut(UNSEEN20, UNSEEN20_EXPECTED, "twentieth held-out derivation set", UNSEEN20_FLOORS,
            UNSEEN20_JUNK_CEILING, UNSEEN20_WITHOUT_DRAFT),
    # The twenty-first held-out set (ten documents in shapes and domains none of the
    # other sets has, in PowerPoint and Word built in code, PDF, OpenDocument text, HTML,
    # Markdown, plain text, reStructuredText and CSV, labelled and committed before its first
    # run): no figure falls below the floor set from that blind run, and every document
    # still gives a draft.
    #
    # Measured at the blind run (main 73f2246, documents committed at e162260, labels at
    # 5d5d7d1): roles P 0.88 R 0.80 (82 of 103 labelled roles found); pairs P 0.49 R 0.48
    # (177 of 360 derived, 370 labelled); owners P 0.43 R 0.46 (108 of 249 derived, 234
    # labelled); junk rows 0.53; C recall 0.31 (14/45), I recall 0.42 (28/66); no document
    # without a draft.
    HeldOut(UNSEEN21, UNSEEN21_EXPECTED, "twenty-first held-out derivation set", UNSEEN21_FLOORS,
            UNSEEN21_JUNK_CEILING, UNSEEN21_WITHOUT_DRAFT),
    # The twenty-second held-out set (ten documents in shapes and domains none of the
    # other sets has, in PowerPoint and Word built in code, PDF, OpenDocument text, HTML,
    # Markdown, plain text, reStructuredText and CSV, labelled and committed before its first
    # run, then studied): no figure falls below the floor set from the figures once studied,
    # and every document still gives a draft.
    #
    # Measured at the blind run (main 9c6afa0, documents committed at 69f8ae0, labels at
    # 878e47a): roles P 0.90 R 0.77 (78 of 101 labelled roles found); pairs P 0.43 R 0.33
    # (114 of 267 derived, 348 labelled); owners P 0.35 R 0.31 (66 of 186 derived, 213
    # labelled); junk rows 0.59; C recall 0.32 (12/38), I recall 0.24 (16/68); no document
    # without a draft. Once studied (main 1dc4658): pairs 153 of 297 derived (P 0.52 R 0.44),
    # owners 84 of 191 (P 0.44 R 0.39), junk 0.53, C 18/38, I 28/68.
    HeldOut(UNSEEN22, UNSEEN22_EXPECTED, "twenty-second held-out derivation set", UNSEEN22_FLOORS,
            UNSEEN22_JUNK_CEILING, UNSEEN22_WITHOUT_DRAFT),
    # The twenty-third held-out set (ten documents in shapes and domains none of the
    # other sets has, in PowerPoint and Word built in code, PDF, OpenDocument text, HTML,
    # Markdown, plain text, TSV, AsciiDoc and YAML, labelled and committed before its first
    # run, then studied): no figure falls below the floor set from the figures once studied,
    # and every document still gives a draft.
    #
    # Measured at the blind run (main 55a5241, documents committed at dda3ee6, labels at
    # 38ec5b2): roles P 0.84 R 0.81 (74 of 91 labelled roles found); pairs P 0.52 R 0.41
    # (169 of 323 derived, 414 labelled); owners P 0.45 R 0.35 (89 of 199 derived, 252
    # labelled); junk rows 0.48; C recall 0.39 (11/28), I recall 0.44 (45/103); no document
    # without a draft. Once studied (main 32c0fe8): roles P 0.91 R 0.91; pairs 225 of 367
    # derived (P 0.61 R 0.54); owners 125 of 236 (P 0.53 R 0.50); junk 0.43; C 14/28, I
    # 60/103.
    HeldOut(UNSEEN23, UNSEEN23_EXPECTED, "twenty-third held-out derivation set", UNSEEN23_FLOORS,
            UNSEEN23_JUNK_CEILING, UNSEEN23_WITHOUT_DRAFT),
    # The twenty-fourth held-out set (ten documents in shapes and domains none of the
    # other sets has, in PowerPoint and Word built in code, PDF, OpenDocument text, HTML,
    # Markdown, plain text, CSV, reStructuredText and JSON, labelled and committed before its
    # first run, then studied): no figure falls below the floor set from the figures once
    # studied, and every document still gives a draft.
    #
    # Measured at the blind run (main 59c5db0, documents committed at 86da33c, labels at
    # 15111ec): roles P 0.88 R 0.73 (92 of 126 labelled roles found); pairs P 0.52 R 0.37
    # (167 of 323 derived, 456 labelled); owners P 0.39 R 0.29 (77 of 198 derived, 267
    # labelled); junk rows 0.47; C recall 0.12 (5/42), I recall 0.42 (46/109); no document
    # without a draft. Once studied (main 5c97485): roles P 0.92 R 0.80; pairs 223 of 381
    # derived (P 0.59 R 0.49); owners 120 of 236 (P 0.51 R 0.45); junk 0.43; C 9/42, I 61/109.
    HeldOut(UNSEEN24, UNSEEN24_EXPECTED, "twenty-fourth held-out derivation set", UNSEEN24_FLOORS,
            UNSEEN24_JUNK_CEILING, UNSEEN24_WITHOUT_DRAFT),
    # The twenty-fifth held-out set (ten documents in shapes and domains none of the
    # other sets has, in PowerPoint and Word built in code, PDF, OpenDocument text, HTML,
    # Markdown, plain text, TSV, AsciiDoc and PlantUML, labelled and committed before its
    # first run): no figure falls below the floor set from that blind run, and every document
    # still gives a draft.
    #
    # Measured at the blind run (main 62edf95, documents committed at bbbbc12, labels at
    # 48239df): roles P 0.90 R 0.69 (88 of 128 labelled roles found); pairs P 0.53 R 0.25
    # (125 of 238 derived, 495 labelled); owners P 0.48 R 0.28 (84 of 176 derived, 305
    # labelled); junk rows 0.37; C recall 0.14 (6/43), I recall 0.18 (19/106); no document
    # without a draft.
    HeldOut(UNSEEN25, UNSEEN25_EXPECTED, "twenty-fifth held-out derivation set", UNSEEN25_FLOORS,
            UNSEEN25_JUNK_CEILING, UNSEEN25_WITHOUT_DRAFT),
    # The twenty-sixth held-out set (ten documents in shapes and domains none of the
    # other sets has, in PowerPoint and Word built in code, PDF, OpenDocument text, HTML,
    # Markdown, plain text, CSV, reStructuredText and YAML, labelled and committed before its
    # first run, studied since): no figure falls below the floor set from its figures once
    # studied, and every document still gives a draft.
    #
    # Measured at the blind run (the extractor of main 06a95ca, documents committed at
    # 46a9051, labels at cbcdb12): roles P 0.90 R 0.80; pairs P 0.60 R 0.48 (267 of 447
    # derived, 562 labelled); owners P 0.51 R 0.44 (145 of 285 derived, 326 labelled); junk
    # rows 0.40; C recall 0.37 (28/75), I recall 0.50 (63/126); no document without a draft.
    # Once studied: pairs 347 of 494 (P 0.70 R 0.62), owners P 0.64 R 0.59, C 48/75, I 70/126.
    HeldOut(UNSEEN26, UNSEEN26_EXPECTED, "twenty-sixth held-out derivation set", UNSEEN26_FLOORS,
            UNSEEN26_JUNK_CEILING, UNSEEN26_WITHOUT_DRAFT),
    # The twenty-seventh held-out set (ten documents in Word, PowerPoint, PDF, OpenDocument,
    # HTML, Markdown, plain text, CSV, LaTeX and Mermaid, labelled and committed before its
    # first run): no figure falls below the floor set from that blind run, and every
    # document still gives a draft.
    #
    # Measured at the blind run (the extractor of main 5d990fa, documents committed at
    # 64b2c01, labels at c5e1bcd): roles P 0.92 R 0.71; pairs P 0.53 R 0.40 (154 of 292
    # derived, 389 labelled); owners P 0.52 R 0.45 (111 of 213 derived, 246 labelled); junk
    # rows 0.40; C recall 0.05 (2/39), I recall 0.19 (13/70); no document without a draft.
    HeldOut(UNSEEN27, UNSEEN27_EXPECTED, "twenty-seventh held-out derivation set",
            UNSEEN27_FLOORS, UNSEEN27_JUNK_CEILING, UNSEEN27_WITHOUT_DRAFT),
    # The twenty-eighth set, blind: pairs P 0.47 R 0.34 (152 of 322 derived, 446 labelled),
    # owners P 0.41 R 0.35; junk rows 0.46; C recall 0.29 (16/56), I recall 0.26 (26/100).
    HeldOut(UNSEEN28, UNSEEN28_EXPECTED, "twenty-eighth held-out derivation set",
            UNSEEN28_FLOORS, UNSEEN28_JUNK_CEILING, UNSEEN28_WITHOUT_DRAFT),
    # The twenty-ninth set, blind: pairs P 0.53 R 0.36 (152 of 286 derived, 426 labelled),
    # owners P 0.48 R 0.39; junk rows 0.47; C recall 0.40 (27/68), I recall 0.25 (21/83);
    # one document without a draft. Studied since: pairs 243 of 378 derived, every document
    # a draft; its floors are its figures at the end of that study.
    HeldOut(UNSEEN29, UNSEEN29_EXPECTED, "twenty-ninth held-out derivation set",
            UNSEEN29_FLOORS, UNSEEN29_JUNK_CEILING, UNSEEN29_WITHOUT_DRAFT),
    # The thirtieth set, blind: pairs P 0.52 R 0.43 (173 of 334 derived, 398 labelled),
    # owners P 0.51 R 0.47; junk rows 0.39; C recall 0.24 (11/46), I recall 0.45 (40/88).
    # Studied since: pairs 224 of 370 derived, C 25/46, I 48/88; its floors are its
    # figures at the end of that study.
    HeldOut(UNSEEN30, UNSEEN30_EXPECTED, "thirtieth held-out derivation set",
            UNSEEN30_FLOORS, UNSEEN30_JUNK_CEILING, UNSEEN30_WITHOUT_DRAFT),
    # The thirty-first set, blind: pairs P 0.59 R 0.49 (183 of 312 derived, 374 labelled),
    # owners P 0.53 R 0.45; junk rows 0.37; C recall 0.51 (24/47), I recall 0.49 (45/91);
    # one document without a draft. Studied since: pairs 227 of 354 derived, C 29/47, I
    # 58/91, every document a draft; its floors are its figures at the end of that study.
    HeldOut(UNSEEN31, UNSEEN31_EXPECTED, "thirty-first held-out derivation set",
            UNSEEN31_FLOORS, UNSEEN31_JUNK_CEILING, UNSEEN31_WITHOUT_DRAFT),
    # The thirty-second set, blind: pairs P 0.62 R 0.55 (221 of 357 derived, 399 labelled),
    # owners P 0.57 R 0.52; junk rows 0.36; C recall 0.51 (25/49), I recall 0.59 (55/94);
    # every document a draft. Studied since: pairs 264 of 380 derived, C 30/49, I 66/94;
    # its floors are its figures at the end of that study.
    HeldOut(UNSEEN32, UNSEEN32_EXPECTED, "thirty-second held-out derivation set",
            UNSEEN32_FLOORS, UNSEEN32_JUNK_CEILING, UNSEEN32_WITHOUT_DRAFT),
    # The thirty-third set, blind: pairs P 0.62 R 0.49 (220 of 356 derived, 449 labelled),
    # owners P 0.56 R 0.47; junk rows 0.37; C recall 0.19 (10/52), I recall 0.54 (43/79);
    # every document a draft. Studied since: pairs 274 of 402 derived, C 23/52, I 51/79;
    # its floors are its figures at the end of that study.
    HeldOut(UNSEEN33, UNSEEN33_EXPECTED, "thirty-third held-out derivation set",
            UNSEEN33_FLOORS, UNSEEN33_JUNK_CEILING, UNSEEN33_WITHOUT_DRAFT),
    # The thirty-fourth set, blind: pairs P 0.60 R 0.47 (233 of 387 derived, 492 labelled),
    # owners P 0.52 R 0.45; junk rows 0.37; C recall 0.45 (27/60), I recall 0.45 (44/97);
    # every document a draft. Studied since: pairs 308 of 452 derived, C 37/60, I 62/97;
    # its floors are its figures at the end of that study.
    HeldOut(UNSEEN34, UNSEEN34_EXPECTED, "thirty-fourth held-out derivation set",
            UNSEEN34_FLOORS, UNSEEN34_JUNK_CEILING, UNSEEN34_WITHOUT_DRAFT),
    # The thirty-fifth set, blind: pairs P 0.56 R 0.47 (199 of 355 derived, 419 labelled),
    # owners P 0.52 R 0.47; junk rows 0.41; C recall 0.36 (16/45), I recall 0.52 (47/90);
    # every document a draft. Studied since: pairs 253 of 415 derived, C 26/45, I 59/90;
    # its floors are its figures at the end of that study.
    HeldOut(UNSEEN35, UNSEEN35_EXPECTED, "thirty-fifth held-out derivation set",
            UNSEEN35_FLOORS, UNSEEN35_JUNK_CEILING, UNSEEN35_WITHOUT_DRAFT),
    # The thirty-sixth set, blind: pairs P 0.72 R 0.65 (237 of 329 derived, 366 labelled),
    # owners P 0.61 R 0.59; junk rows 0.36; C recall 0.61 (23/38), I recall 0.64 (56/87);
    # every document a draft. Studied since: pairs 250 of 334 derived, C 23/38, I 58/87;
    # its floors are its figures at the end of that study.
    HeldOut(UNSEEN36, UNSEEN36_EXPECTED, "thirty-sixth held-out derivation set",
            UNSEEN36_FLOORS, UNSEEN36_JUNK_CEILING, UNSEEN36_WITHOUT_DRAFT),
    # The thirty-seventh set, blind: pairs P 0.61 R 0.45 (221 of 363 derived, 493 labelled),
    # owners P 0.53 R 0.41; junk rows 0.37; C recall 0.38 (21/56), I recall 0.50 (46/92);
    # every document a draft. Studied since: pairs 303 of 437 derived, C 31/56, I 61/92;
    # its floors are its figures at the end of that study.
    HeldOut(UNSEEN37, UNSEEN37_EXPECTED, "thirty-seventh held-out derivation set",
            UNSEEN37_FLOORS, UNSEEN37_JUNK_CEILING, UNSEEN37_WITHOUT_DRAFT),
    # The thirty-eighth set, blind: pairs P 0.67 R 0.66 (244 of 362 derived, 371 labelled),
    # owners P 0.57 R 0.58; junk rows 0.35; C recall 0.55 (26/47), I recall 0.68 (46/68);
    # every document a draft.
    HeldOut(UNSEEN38, UNSEEN38_EXPECTED, "thirty-eighth held-out derivation set",
            UNSEEN38_FLOORS, UNSEEN38_JUNK_CEILING, UNSEEN38_WITHOUT_DRAFT),
    # The thirty-ninth set, blind: pairs P 0.68 R 0.56 (239 of 349 derived, 428 labelled),
    # owners P 0.59 R 0.51; junk rows 0.31; C recall 0.48 (27/56), I recall 0.63 (61/97);
    # every document a draft. Studied since: pairs 255 of 364 derived, C 30/56, I 63/97;
    # its floors are its figures at the end of that study.
    HeldOut(UNSEEN39, UNSEEN39_EXPECTED, "thirty-ninth held-out derivation set",
            UNSEEN39_FLOORS, UNSEEN39_JUNK_CEILING, UNSEEN39_WITHOUT_DRAFT),
    HeldOut(UNSEEN40, UNSEEN40_EXPECTED, "fortieth held-out derivation set",
            UNSEEN40_FLOORS, UNSEEN40_JUNK_CEILING, UNSEEN40_WITHOUT_DRAFT),
]


@pytest.mark.parametrize("held", HELD_OUT, ids=[h.folder.name for h in HELD_OUT])
def test_held_out_set_holds_its_floors(held: HeldOut, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A held-out set (documents in shapes and domains the extractor was not developed on,
    labelled and committed before its first run): no figure falls below its floors, and no
    more documents than then give no draft."""
    figures, no_draft = _held_out(held.folder, held.cases, tmp_path, held.folder.name)
    _report(held.title, figures, capsys)
    assert not _shortfalls(figures, no_draft, held.floors, held.junk_ceiling,
                           held.without_draft)


def test_a_set_below_a_floor_falls_short() -> None:
    figures = {"pairs recall": 0.30, "junk rows": 0.70}
    assert _shortfalls(figures, ["memo.docx"], {"pairs recall": 0.40}, 0.60, 0) == {
        "pairs recall": 0.3, "without a draft": ["memo.docx"], "junk rows": 0.7}
    assert _shortfalls(figures, [], {"pairs recall": 0.30}, 0.70, 0) == {}


def test_an_owner_is_scored_against_the_closest_row_whatever_the_order() -> None:
    roles = (TemplateRole("CH", "Chair"), TemplateRole("TR", "Treasurer"))
    # Two derived rows are alike enough to stand for the one expected duty; the closer
    # one holds the expected owner, so the owner counts as found in either order.
    rows = (TemplateActivity("Approve the annual budget report", letters={"TR": "A"}),
            TemplateActivity("Approve the annual budget", letters={"CH": "A"}))
    expected = [("Chair", "Approve the annual budget", "A")]
    for order in (rows, rows[::-1]):
        result = score(Template("t", "t", activities=order, roles=roles), expected)
        assert (result.owner_hits, result.owners_expected) == (1, 1)
    # Equally close rows: the one with the expected owner is taken, in either order.
    same = (TemplateActivity("Approve the budget", letters={"TR": "A"}),
            TemplateActivity("Approve the budget", letters={"CH": "A"}))
    for order in (same, same[::-1]):
        result = score(Template("t", "t", activities=order, roles=roles),
                       [("Chair", "Approve the budget", "A")])
        assert (result.owner_hits, result.owners_derived) == (1, 1)
    # One row giving A to both names no one owner: no owner found, one derived.
    both = (TemplateActivity("Approve the budget", letters={"TR": "A", "CH": "A"}),)
    result = score(Template("t", "t", activities=both, roles=roles),
                   [("Chair", "Approve the budget", "A")])
    assert (result.owner_hits, result.owners_derived) == (0, 1)
