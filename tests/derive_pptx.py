"""Build small PowerPoint decks (.pptx) for the derivation tests with the standard library:
the package's content types and relationships, ``ppt/presentation.xml`` listing the
slides, one slide master and one layout (its body placeholder bulleted by the master's
body style), and a slide part for each slide, whose shapes are written with the helpers
below."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

P = "http://schemas.openxmlformats.org/presentationml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
NS = f'xmlns:p="{P}" xmlns:a="{A}" xmlns:r="{R}"'
REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/ppt/presentation.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>')
# the master's body style bullets every level; its placeholders stand where slides put
# theirs unless a slide says otherwise
MASTER = (
    f'<?xml version="1.0" encoding="UTF-8"?><p:sldMaster {NS}><p:cSld><p:spTree>'
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
    '<p:grpSpPr/>'
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr/><p:nvPr>'
    '<p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="457200" y="274638"/>'
    '<a:ext cx="8229600" cy="1143000"/></a:xfrm></p:spPr></p:sp>'
    '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Body"/><p:cNvSpPr/><p:nvPr>'
    '<p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm>'
    '<a:off x="457200" y="1600200"/><a:ext cx="8229600" cy="4525963"/></a:xfrm></p:spPr>'
    '</p:sp></p:spTree></p:cSld>'
    '<p:txStyles><p:bodyStyle><a:lvl1pPr><a:buChar char="&#8226;"/></a:lvl1pPr>'
    '<a:lvl2pPr><a:buChar char="&#8211;"/></a:lvl2pPr></p:bodyStyle></p:txStyles>'
    '</p:sldMaster>')
LAYOUT = (
    f'<?xml version="1.0" encoding="UTF-8"?><p:sldLayout {NS}><p:cSld><p:spTree>'
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
    '<p:grpSpPr/></p:spTree></p:cSld></p:sldLayout>')


def _rels(*targets: tuple[str, str, str]) -> str:
    """A relationships part: (id, type, target) each."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELS}">' +
            "".join(f'<Relationship Id="{i}" Type="{REL_TYPE}{t}" Target="{target}"/>'
                    for i, t, target in targets) + "</Relationships>")


def slide_xml(*shapes: str, hidden: bool = False) -> str:
    """A slide part holding the shapes' XML."""
    show = ' show="0"' if hidden else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?><p:sld {NS}{show}><p:cSld><p:spTree>'
            '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
            '<p:grpSpPr/>' + "".join(shapes) + "</p:spTree></p:cSld></p:sld>")


def build_pptx(path: Path, slides: list[str], order: list[int] | None = None,
               notes: dict[int, str] | None = None,
               diagrams: dict[int, str] | None = None) -> Path:
    """Write a deck of the slide parts' XML; ``order`` lists the parts' numbers (from 1)
    in the order the deck shows them (by default as written), ``notes`` a notes slide's
    XML for a part, ``diagrams`` the data part of the SmartArt diagram on a part (the
    ``smart_art`` frame)."""
    order = order or list(range(1, len(slides) + 1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", TYPES)
        package.writestr("_rels/.rels", _rels(("rId1", "officeDocument",
                                               "ppt/presentation.xml")))
        ids = "".join(f'<p:sldId id="{255 + n}" r:id="rId{n + 1}"/>' for n in order)
        package.writestr("ppt/presentation.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><p:presentation {NS}>'
            '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
            f'<p:sldIdLst>{ids}</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/>'
            '</p:presentation>'))
        package.writestr("ppt/_rels/presentation.xml.rels", _rels(
            ("rId1", "slideMaster", "slideMasters/slideMaster1.xml"),
            *((f"rId{n + 1}", "slide", f"slides/slide{n}.xml")
              for n in range(1, len(slides) + 1))))
        package.writestr("ppt/slideMasters/slideMaster1.xml", MASTER)
        package.writestr("ppt/slideLayouts/slideLayout1.xml", LAYOUT)
        package.writestr("ppt/slideLayouts/_rels/slideLayout1.xml.rels", _rels(
            ("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")))
        for n, slide in enumerate(slides, start=1):
            package.writestr(f"ppt/slides/slide{n}.xml", slide)
            targets = [("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml")]
            if notes and n in notes:
                targets.append(("rId2", "notesSlide", f"../notesSlides/notesSlide{n}.xml"))
                package.writestr(f"ppt/notesSlides/notesSlide{n}.xml", notes[n])
            if diagrams and n in diagrams:
                targets.append(("rId3", "diagramData", f"../diagrams/data{n}.xml"))
                package.writestr(f"ppt/diagrams/data{n}.xml", diagrams[n])
            package.writestr(f"ppt/slides/_rels/slide{n}.xml.rels", _rels(*targets))
    return path


def para(text: str, level: int = 0, bullet: bool | None = None, bold: bool = False) -> str:
    """A paragraph of a text frame: its indent level, a bullet set (True), taken away
    (False) or left to the shape (None), its run in bold or not."""
    marks = "" if bullet is None else '<a:buChar char="&#8226;"/>' if bullet else "<a:buNone/>"
    props = f'<a:pPr lvl="{level}">{marks}</a:pPr>' if level or marks else ""
    run = '<a:rPr lang="en-GB" b="1"/>' if bold else '<a:rPr lang="en-GB"/>'
    return f"<a:p>{props}<a:r>{run}<a:t>{escape(text)}</a:t></a:r></a:p>"


def _position(at: tuple[int, int] | None) -> str:
    if at is None:
        return "<p:spPr/>"
    return (f'<p:spPr><a:xfrm><a:off x="{at[1]}" y="{at[0]}"/><a:ext cx="3000000" '
            f'cy="1000000"/></a:xfrm></p:spPr>')


def title(text: str, kind: str = "title") -> str:
    """A title placeholder (it stands where the master's does)."""
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr/><p:nvPr>'
            f'<p:ph type="{kind}"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>'
            f'{para(text)}</p:txBody></p:sp>')


def body(*paragraphs: str, at: tuple[int, int] | None = None) -> str:
    """A body placeholder holding paragraphs (``para``'s XML), where the master's stands
    unless ``at`` (top, left) says."""
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="3" name="Content"/><p:cNvSpPr/><p:nvPr>'
            f'<p:ph idx="1"/></p:nvPr></p:nvSpPr>{_position(at)}<p:txBody><a:bodyPr/>'
            f'{"".join(paragraphs)}</p:txBody></p:sp>')


def text_box(*paragraphs: str, at: tuple[int, int]) -> str:
    """A text box at (top, left) holding paragraphs."""
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="4" name="TextBox"/><p:cNvSpPr txBox="1"/>'
            f'<p:nvPr/></p:nvSpPr>{_position(at)}<p:txBody><a:bodyPr/>'
            f'{"".join(paragraphs)}</p:txBody></p:sp>')


def group(*shapes: str, at: tuple[int, int]) -> str:
    """A group of shapes at (top, left)."""
    return (f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="5" name="Group"/><p:cNvGrpSpPr/><p:nvPr/>'
            f'</p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="{at[1]}" y="{at[0]}"/>'
            f'<a:ext cx="1" cy="1"/><a:chOff x="0" y="0"/><a:chExt cx="1" cy="1"/></a:xfrm>'
            f'</p:grpSpPr>{"".join(shapes)}</p:grpSp>')


def table(rows: list[list[str]], at: tuple[int, int] = (1600200, 457200)) -> str:
    """A table in a graphic frame; a cell "<" is merged into the one to its left, "^"
    into the one above."""
    def cell(text: str) -> str:
        merge = ' hMerge="1"' if text == "<" else ' vMerge="1"' if text == "^" else ""
        shown = "" if merge else escape(text)
        return (f'<a:tc{merge}><a:txBody><a:bodyPr/><a:p><a:r><a:t>{shown}</a:t></a:r></a:p>'
                f'</a:txBody><a:tcPr/></a:tc>')
    grid = "".join('<a:gridCol w="1000000"/>' for _ in rows[0])
    body_rows = "".join('<a:tr h="370840">' + "".join(cell(c) for c in r) + "</a:tr>"
                        for r in rows)
    return (f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="6" name="Table"/>'
            f'<p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm>'
            f'<a:off x="{at[1]}" y="{at[0]}"/><a:ext cx="8000000" cy="3000000"/></p:xfrm>'
            f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/'
            f'table"><a:tbl><a:tblPr firstRow="1"/><a:tblGrid>{grid}</a:tblGrid>{body_rows}'
            f'</a:tbl></a:graphicData></a:graphic></p:graphicFrame>')


def notes_xml(text: str) -> str:
    """A notes slide whose body holds the text."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><p:notes {NS}><p:cSld><p:spTree>'
            '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
            '<p:grpSpPr/><p:sp><p:nvSpPr><p:cNvPr id="2" name="Notes"/><p:cNvSpPr/><p:nvPr>'
            f'<p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>'
            f'{para(text)}</p:txBody></p:sp></p:spTree></p:cSld></p:notes>')


DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"


def smart_art(at: tuple[int, int] = (1600200, 457200)) -> str:
    """The frame of a SmartArt diagram whose data part is the slide's ``rId3``."""
    return (f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="7" name="Diagram"/>'
            f'<p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm>'
            f'<a:off x="{at[1]}" y="{at[0]}"/><a:ext cx="8000000" cy="3000000"/></p:xfrm>'
            f'<a:graphic><a:graphicData uri="{DGM}"><dgm:relIds xmlns:dgm="{DGM}" '
            f'r:dm="rId3" r:lo="rId4" r:qs="rId5" r:cs="rId6"/></a:graphicData></a:graphic>'
            f'</p:graphicFrame>')


def diagram_data(tree: list[tuple[str, list[str]]]) -> str:
    """A SmartArt data part: boxes (text, the bullets inside them), written in the
    reverse of their order, which the connections' ``srcOrd`` give, with the points that
    only draw the diagram between them."""
    points = ['<dgm:pt modelId="doc" type="doc"><dgm:t><a:bodyPr/><a:p/></dgm:t></dgm:pt>']
    links: list[str] = []

    def point(model: str, text: str) -> str:
        return (f'<dgm:pt modelId="{model}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/><dgm:t>'
                f'<a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB"/>'
                f'<a:t>{escape(text)}</a:t></a:r></a:p></dgm:t></dgm:pt>')
    for b, (text, bullets) in reversed(list(enumerate(tree))):
        points.append(point(f"b{b}", text))
        points.append(f'<dgm:pt modelId="pres{b}" type="pres"><dgm:t><a:p><a:r>'
                      f'<a:t>drawn {b}</a:t></a:r></a:p></dgm:t></dgm:pt>')
        links.append(f'<dgm:cxn modelId="c{b}" srcId="doc" destId="b{b}" srcOrd="{b}" '
                     f'destOrd="0"/>')
        links.append(f'<dgm:cxn modelId="p{b}" type="presOf" srcId="b{b}" destId="pres{b}" '
                     f'srcOrd="0" destOrd="0"/>')
        for k, bullet in enumerate(bullets):
            points.append(point(f"b{b}-{k}", bullet))
            links.append(f'<dgm:cxn modelId="c{b}-{k}" srcId="b{b}" destId="b{b}-{k}" '
                         f'srcOrd="{k}" destOrd="0"/>')
    return (f'<?xml version="1.0" encoding="UTF-8"?><dgm:dataModel xmlns:dgm="{DGM}" '
            f'xmlns:a="{A}"><dgm:ptLst>{"".join(points)}</dgm:ptLst>'
            f'<dgm:cxnLst>{"".join(links)}</dgm:cxnLst></dgm:dataModel>')


def _footer(deck: str, n: int) -> str:
    """The running line a deck's template puts at the foot of every slide."""
    return text_box(para(f"{deck}  |  {n}"), at=(6400000, 457200))


def build_deicing_briefing_pptx(path: Path) -> Path:
    """An airport's winter operations briefing deck: a title slide, an agenda, what is new,
    the roles as bold lines with their duties indented under them, a RACI table with a
    legend in a text box, the day's sequence as numbered lines, stands in prose, speaker
    notes and a running footer on every slide."""
    deck = "Northfield Airport – Winter Operations Briefing 2026/27 – OFFICIAL"
    slides = [
        slide_xml(title("Aircraft De-icing and Anti-icing: Winter 2026/27", "ctrTitle"),
                  body(para("Briefing for ground handlers, airlines and ATC", bullet=False),
                       para("Airside Operations · Version 3 · 14 October 2026",
                            bullet=False))),
        slide_xml(title("Agenda"),
                  body(para("What has changed since last winter"),
                       para("Who does what"),
                       para("The de-icing sequence on the day"),
                       para("Snow and ice on stands"),
                       para("Questions")),
                  _footer(deck, 2)),
        slide_xml(title("What’s new for 2026/27"),
                  body(para("Remote de-icing pad D opens on 1 November – stands 40–44 no "
                            "longer used for de-icing"),
                       para("Glycol recovery now by EcoFlow Ltd (new contract)"),
                       para("New frequency 131.805 for the De-icing Coordinator "
                            "(call sign “Iceman”)"),
                       para("Type IV fluid only on pads C and D")),
                  _footer(deck, 3)),
        slide_xml(title("Roles"),
                  body(para("Winter Operations Manager (WOM)", bold=True),
                       para("Declares the start and end of each winter phase (Amber / Red)",
                            level=1),
                       para("Chairs the 05:30 winter call with the Met Office forecaster "
                            "and the airlines", level=1),
                       para("Approves the snow clearance priority list", level=1),
                       para("De-icing Coordinator (“Iceman”)", bold=True),
                       para("Allocates aircraft to pads and keeps the sequence", level=1),
                       para("Logs every treatment in the De-icing Log", level=1),
                       para("De-icing rig operator", bold=True),
                       para("Applies the fluid mix requested by the flight crew", level=1),
                       para("Airline station manager / handling agent", bold=True),
                       para("Requests de-icing in the DMS no later than 45 minutes before "
                            "off-blocks", level=1),
                       para("Pilot in command", bold=True),
                       para("Decides whether the aircraft needs treatment (clean aircraft "
                            "concept)", level=1),
                       para("Carries out the final contamination check before take-off",
                            level=1)),
                  _footer(deck, 4)),
        slide_xml(title("Who does what (RACI)"),
                  table([["Activity", "WOM", "Iceman", "Rig operator", "Station manager",
                          "Pilot in command", "ATC Ground"],
                         ["Declare the winter phase", "A/R", "I", "", "I", "", "I"],
                         ["Request de-icing in the DMS", "", "I", "", "A/R", "C", ""],
                         ["Sequence aircraft to the pads", "A", "R", "I", "I", "", "C"],
                         ["Spray the aircraft and inspect it", "", "A", "R", "", "I", ""],
                         ["Pass the anti-icing code", "", "", "A/R", "", "I", ""],
                         ["Clear the aircraft to taxi from the pad", "", "C", "", "", "I",
                          "A/R"],
                         ["Record fluid used for glycol billing", "I", "A/R", "C", "I", "",
                          ""]]),
                  text_box(para("R = Responsible   A = Accountable   C = Consulted   "
                                "I = Informed"), at=(5200000, 457200)),
                  _footer(deck, 5)),
        slide_xml(title("On the day: the sequence"),
                  body(para("1. Station manager requests de-icing in the DMS with the "
                            "fluid type and the stand", bullet=False),
                       para("2. Iceman allocates a pad and a slot and tells the flight crew "
                            "on 131.805", bullet=False),
                       para("3. ATC Ground gives taxi clearance to the pad", bullet=False),
                       para("4. Rig operator treats the aircraft and passes the anti-icing "
                            "code to the flight crew", bullet=False),
                       para("5. Pilot in command checks the holdover time and decides to "
                            "depart or return for re-treatment", bullet=False),
                       para("6. Iceman sends the fluid figures to Finance by 09:00 the next "
                            "morning", bullet=False)),
                  _footer(deck, 6)),
        slide_xml(title("Snow and ice on stands"),
                  body(para("Stand clearance is carried out by Airfield Operations, in "
                            "consultation with the WOM on priorities.", bullet=False),
                       para("Handling agents clear their own equipment areas before 06:00.",
                            bullet=False),
                       para("Stand closures are notified to ATC by the Airfield Duty "
                            "Manager.", bullet=False)),
                  _footer(deck, 7)),
        slide_xml(title("Questions?"),
                  body(para("winter.ops@northfield-airport.example · ext. 4410",
                            bullet=False),
                       para("Next briefing: 11 November, Airside Training Room 2",
                            bullet=False)),
                  _footer(deck, 8)),
    ]
    notes = {6: notes_xml("Remind airlines that late requests go to the back of the queue. "
                          "The WOM may suspend de-icing in freezing rain."),
             5: notes_xml("Walk through one row at a time; ask station managers to check "
                          "their DMS logins work before 1 November.")}
    return build_pptx(path, slides, notes=notes)


def build_tour_planning_pptx(path: Path) -> Path:
    """An orchestra's tour planning deck: a title slide, the tour at a glance, a tour team
    table Role | Name | Looks after | Reports to, key decisions in passives and prose, a
    freight slide of bullets, a timeline table When | What | Who, a wellbeing slide, the
    meeting's actions under people's initials, a hidden slide left from last year and a
    running footer."""
    deck = "Northern Sinfonia · Spring Tour 2027 · Planning meeting 1 · 9 December 2026"
    slides = [
        slide_xml(title("Spring Tour 2027 – Germany & Austria", "ctrTitle"),
                  body(para("Planning meeting 1", bullet=False),
                       para("Tour office · 9 December 2026", bullet=False))),
        slide_xml(title("Tour at a glance"),
                  body(para("11 concerts in 14 days: 4–17 April 2027"),
                       para("Hamburg, Hanover, Leipzig, Dresden, Nuremberg, Munich, Salzburg, "
                            "Linz, Vienna (3)"),
                       para("Conductor: Maria Lindqvist · Soloist: Tomasz Wrona (piano)"),
                       para("68 players, 9 staff, 1 instrument truck")),
                  _footer(deck, 2)),
        slide_xml(title("Tour team"),
                  table([["Role", "Name", "Looks after", "Reports to"],
                         ["Tour Manager", "Hannah Okafor (HO)",
                          "Tour budget, hotels and the daily schedule; signs off the tour "
                          "book", "Chief Executive"],
                         ["Orchestra Manager", "Dev Patel (DP)",
                          "Player contracts, seating and the rota of extra players",
                          "Tour Manager"],
                         ["Stage Manager", "Luis Romero (LR)",
                          "Instrument truck, stage plans, get-in and get-out",
                          "Tour Manager"],
                         ["Librarian", "Agnes Bell (AB)",
                          "Parts and scores for every programme", "Orchestra Manager"],
                         ["Travel agent", "Encore Travel",
                          "Flights, coaches and visas", "Tour Manager"]]),
                  _footer(deck, 3)),
        slide_xml(title("Key decisions"),
                  body(para("The programme for each concert is decided by the Artistic "
                            "Director in consultation with the conductor"),
                       para("Repertoire changes after 1 March must be approved by the "
                            "Chief Executive"),
                       para("Promoters’ fees: agreed by the Tour Manager, Finance Director "
                            "consulted"),
                       para("The Tour Manager circulates the tour book to all players two "
                            "weeks before departure")),
                  _footer(deck, 4)),
        slide_xml(title("Instrument freight"),
                  body(para("Stage Manager books the truck and the ATA carnet"),
                       para("Players hand their cases to the stage crew by 22:00 after each "
                            "last concert in a city"),
                       para("Finance Manager checks the insurance cover for each country and "
                            "copies the certificate to the Tour Manager"),
                       para("Timpani and harp hired locally in Salzburg and Linz – Stage "
                            "Manager to confirm")),
                  _footer(deck, 5)),
        slide_xml(title("Timeline"),
                  table([["When", "What", "Who"],
                         ["15 Jan", "Confirm venues and fees with promoters", "Tour Manager"],
                         ["1 Feb", "Issue player contracts", "Orchestra Manager"],
                         ["15 Feb", "Apply for visas for non-EU players",
                          "Travel agent with Orchestra Manager"],
                         ["1 Mar", "Send bowed parts to the players", "Librarian"],
                         ["20 Mar", "Approve the final tour budget", "Chief Executive"],
                         ["25 Mar", "Circulate the tour book", "Tour Manager"]]),
                  _footer(deck, 6)),
        slide_xml(title("Health and wellbeing on tour"),
                  body(para("Orchestra Manager keeps the players’ emergency contacts and "
                            "medical notes"),
                       para("Any injury or illness is reported to the Orchestra Manager, "
                            "who tells the Tour Manager"),
                       para("Player reps (Sam Ito, Ruth Mensah) raise concerns at the daily "
                            "staff meeting")),
                  _footer(deck, 7)),
        slide_xml(title("Actions from today"),
                  body(para("HO – send hotel shortlist to player reps by 16 Dec"),
                       para("DP – confirm extra players for Mahler 5 with the Artistic "
                            "Director"),
                       para("LR – get truck quotes from two hauliers"),
                       para("AB – check Schott hire parts arrive before 1 Feb")),
                  _footer(deck, 8)),
        slide_xml(title("Autumn Tour 2026 – lessons (old slide)"),
                  body(para("Coach transfers too tight in Spain")), hidden=True),
    ]
    return build_pptx(path, slides)


def build_code_red_debrief_pptx(path: Path) -> Path:
    """A zoo's debrief deck after an animal escape drill: a title slide, the drill in
    numbers, a Roles slide whose bold lines name a role (with its holder and initials) and
    whose indented lines are duties without a subject, a RACI table with a legend in a text
    box, what went well and what to improve, actions under people's initials, speaker
    notes with a permission and a running footer."""
    deck = "Westmoor Zoo · Code Red drill debrief · Internal"
    slides = [
        slide_xml(title("Code Red drill – big cat escape", "ctrTitle"),
                  body(para("Debrief · Carnivore section", bullet=False),
                       para("Education centre · 16 November 2026", bullet=False))),
        slide_xml(title("The drill in numbers"),
                  body(para("Drill started 10:02, stand-down 10:41"),
                       para("23 staff took part, 140 visitors (volunteers playing visitors)"),
                       para("All visitors under cover in 6 minutes (target: 8)")),
                  _footer(deck, 2)),
        slide_xml(title("Who does what on a Code Red"),
                  body(para("Duty Curator (DC) – Priya Bhatt", bold=True),
                       para("Declares Code Red on radio channel 1", level=1),
                       para("Decides when the animal is contained and stands the zoo down",
                            level=1),
                       para("Section keepers", bold=True),
                       para("Secure the other carnivore houses", level=1),
                       para("Keep the animal in sight from a safe place and report its "
                            "position to the Duty Curator", level=1),
                       para("Firearms team", bold=True),
                       para("Go to the rally point with the dart rifle", level=1),
                       para("Visitor services team", bold=True),
                       para("Move visitors into the nearest safe building", level=1),
                       para("Close the main gate and the car park gate", level=1)),
                  _footer(deck, 3)),
        slide_xml(title("Code Red RACI"),
                  table([["Activity", "DC", "Keepers", "Firearms", "Vet", "Visitor services",
                          "Press office"],
                         ["Declare Code Red", "A/R", "I", "I", "I", "I", "I"],
                         ["Get visitors under cover", "A", "", "", "", "R", ""],
                         ["Dart the animal", "A", "C", "R", "C", "", ""],
                         ["Check the animal after darting", "I", "C", "", "A/R", "", ""],
                         ["Stand down", "A/R", "I", "I", "I", "I", "I"],
                         ["Statement to the media", "C", "", "", "", "", "A/R"]]),
                  text_box(para("R does it · A owns it · C asked first · I told"),
                           at=(5600000, 457200)),
                  _footer(deck, 4)),
        slide_xml(title("What went well / what to improve"),
                  body(para("Radio discipline was good"),
                       para("Gate 3 took too long to close"),
                       para("Rally point map was out of date")),
                  _footer(deck, 5)),
        slide_xml(title("Actions"),
                  body(para("PB – update the rally point map and send it to the firearms "
                            "team by 30 Nov"),
                       para("JN (Head Vet, Jonas Nilsson) – restock the darting kit"),
                       para("SM (Visitor Services Manager, Sara Malik) – brief new visitor "
                            "services staff on the safe buildings")),
                  _footer(deck, 6)),
    ]
    notes = {3: notes_xml("Keepers may use the fire hose to keep an animal back.")}
    return build_pptx(path, slides, notes=notes)


def build_peak_readiness_pptx(path: Path) -> Path:
    """A fulfilment centre's peak season readiness deck: a title slide, key dates as
    bullets, a comparison slide of two columns (day shift and night shift leads, each a
    heading box over its text), an ownership table Workstream | Owner | Support |
    Sign-off | Keep informed, go/no-go criteria in a text box beside the table's slide,
    an escalation path as numbered lines, actions as "Name (role): action" lines, a
    speaker note and a running footer."""
    deck = "Larkfield DC · Peak 2027 readiness · Confidential"
    slides = [
        slide_xml(title("Peak 2027 readiness review", "ctrTitle"),
                  body(para("Larkfield Distribution Centre – Site Leadership Team",
                            bullet=False),
                       para("Readiness review 3 of 4 · 7 October 2027", bullet=False))),
        slide_xml(title("Key dates"),
                  body(para("Temp labour onboarding: 18 Oct – 8 Nov"),
                       para("Peak code freeze on the WMS: 1 Nov"),
                       para("Black Friday: 26 Nov · Cyber Monday: 29 Nov"),
                       para("Last order for Christmas delivery: 20 Dec")),
                  _footer(deck, 2)),
        slide_xml(title("Shift leadership in peak"),
                  text_box(para("Day Shift Manager", bold=True),
                           para("Runs the 06:00–18:00 operation", bullet=True),
                           para("Chairs the 06:15 start-up huddle", bullet=True),
                           para("Hands over open issues to the Night Shift Manager at "
                                "17:45", bullet=True),
                           at=(1600200, 457200)),
                  text_box(para("Night Shift Manager", bold=True),
                           para("Runs the 18:00–06:00 operation", bullet=True),
                           para("Releases the overnight waves in the WMS", bullet=True),
                           para("Sends the end-of-night report to the Site General "
                                "Manager", bullet=True),
                           at=(1600200, 4800000)),
                  _footer(deck, 3)),
        slide_xml(title("Who owns what"),
                  table([["Workstream", "Owner", "Support", "Sign-off", "Keep informed"],
                         ["Temp labour recruitment and induction", "HR Business Partner",
                          "Agency on-site manager", "Site General Manager",
                          "Shift Managers"],
                         ["Labour plan by day and shift", "Operations Planner",
                          "Shift Managers", "Site General Manager", "HR Business Partner"],
                         ["Extra MHE and scanner hire", "Engineering Manager",
                          "Health & Safety Advisor", "Site General Manager", "Finance"],
                         ["Carrier collection schedule", "Transport Manager", "",
                          "Client Account Manager", "Shift Managers"],
                         ["WMS wave and capacity settings", "Systems Lead",
                          "Operations Planner", "", "Client Account Manager"],
                         ["Fire risk assessment for extra stock", "Health & Safety Advisor",
                          "Engineering Manager", "Site General Manager", ""]]),
                  _footer(deck, 4)),
        slide_xml(title("Go / no-go for peak (review 4, 4 November)"),
                  body(para("Labour plan at 95% filled for weeks 47–49"),
                       para("All hired MHE inspected and operators licensed"),
                       para("Carrier trailers confirmed for every day to 24 Dec"),
                       para("WMS load test passed at 180,000 units a day")),
                  text_box(para("The Site General Manager makes the go / no-go call, after "
                                "consulting the Client Account Manager."),
                           at=(5600000, 457200)),
                  _footer(deck, 5)),
        slide_xml(title("Escalation in peak"),
                  body(para("1. Team leader fixes it on the floor within 30 minutes",
                            bullet=False),
                       para("2. Shift Manager decides on re-planning and tells the "
                            "Operations Planner", bullet=False),
                       para("3. Site General Manager is called for anything that puts "
                            "the day's dispatch at risk", bullet=False),
                       para("4. The Client Account Manager informs the client of any "
                            "missed carrier cut-off", bullet=False)),
                  _footer(deck, 6)),
        slide_xml(title("Actions from review 2"),
                  body(para("Amira Haddad (HR Business Partner): confirm the second "
                            "induction room by 14 Oct"),
                       para("Lee Foster (Engineering Manager): book the LOLER inspection "
                            "of the hired reach trucks"),
                       para("Grace Obi (Transport Manager): agree Sunday collections with "
                            "the two parcel carriers"),
                       para("Ravi Menon (Systems Lead): rerun the WMS load test after the "
                            "patch")),
                  _footer(deck, 7)),
    ]
    notes = {5: notes_xml("If we are not at 95% on labour, we can still go with the agency's "
                          "reserve list – the SGM may accept that.")}
    return build_pptx(path, slides, notes=notes)


def build_damp_mould_taskforce_pptx(path: Path) -> Path:
    """A housing association's damp and mould task force update deck: a title slide, an
    agenda, a slide of figures, a "who does what" table Action | Lead | Support |
    Sign-off | Update with an "as above" cell, the case journey as numbered lines opening with
    the doer, a slide of two text boxes each a bold heading over its points, next steps
    as "Initials – action – date" lines, a speaker note and a running footer."""
    deck = "Calder Vale Homes · Damp & Mould Task Force · Board update · OFFICIAL"
    slides = [
        slide_xml(title("Damp & Mould Task Force", "ctrTitle"),
                  body(para("Update to the Board – Customer Services Committee",
                            bullet=False),
                       para("Ifeoma Nwosu, Director of Property Services · 14 March 2028",
                            bullet=False))),
        slide_xml(title("Agenda"),
                  body(para("Where we are: cases and timescales"),
                       para("Who does what"),
                       para("The case journey"),
                       para("Lessons from the Ombudsman's report"),
                       para("Next steps")),
                  _footer(deck, 2)),
        slide_xml(title("Where we are"),
                  body(para("1,184 open damp and mould cases (down from 1,610 in October)"),
                       para("Category 1 cases inspected within 2 working days: 91%"),
                       para("Average time to complete works: 34 days (target 28)"),
                       para("Complaints upheld by the Housing Ombudsman this year: 3")),
                  _footer(deck, 3)),
        slide_xml(title("Who does what"),
                  table([["Action", "Lead", "Support", "Sign-off", "Update"],
                         ["Log the report and book the survey", "Customer Contact Centre",
                          "", "", "Tenant"],
                         ["Survey the home and grade the case (Cat 1 / 2 / 3)",
                          "Damp & Mould Surveyor", "", "Surveying Team Leader",
                          "Housing Officer"],
                         ["Mould wash and treatment", "Operatives (DLO)", "",
                          "as above", "Housing Officer"],
                         ["Raise and schedule the repair works", "Repairs Planner",
                          "Damp & Mould Surveyor", "", "Tenant"],
                         ["Move the household out while works are done",
                          "Housing Officer", "Tenancy Support", "Head of Housing",
                          "Tenant"],
                         ["Post-works inspection at 6 weeks", "Damp & Mould Surveyor",
                          "", "Surveying Team Leader", "Tenant"]]),
                  _footer(deck, 4)),
        slide_xml(title("The case journey"),
                  body(para("1. Contact Centre logs the report in Orchard and books a "
                            "survey slot with the tenant", bullet=False),
                       para("2. Surveyor visits, takes moisture readings and photos, and "
                            "grades the case", bullet=False),
                       para("3. Cat 1: Surveyor calls the Surveying Team Leader the same "
                            "day – works start within 7 days", bullet=False),
                       para("4. Repairs Planner books the works and confirms the dates "
                            "with the tenant by text", bullet=False),
                       para("5. Housing Officer visits any household with a child under "
                            "5 or a health condition and refers them to Tenancy Support "
                            "where needed", bullet=False),
                       para("6. Case closed only after the 6-week inspection",
                            bullet=False)),
                  _footer(deck, 5)),
        slide_xml(title("Lessons from the Ombudsman's spotlight report"),
                  text_box(para("What we heard", bold=True),
                           para("Tenants told to 'open a window' instead of a survey",
                                bullet=True),
                           para("No one owning the case end to end", bullet=True),
                           para("Tenants not kept informed of delays", bullet=True),
                           at=(1600200, 457200)),
                  text_box(para("What we changed", bold=True),
                           para("Every case now has a named Housing Officer",
                                bullet=True),
                           para("The Customer Insight Manager reviews every damp "
                                "complaint before we reply", bullet=True),
                           para("Surveyors have a new script agreed with the Tenants' "
                                "Panel", bullet=True),
                           at=(1600200, 4800000)),
                  _footer(deck, 6)),
        slide_xml(title("Next steps"),
                  body(para("IN – present the revised Damp & Mould Policy to the Board "
                            "for approval – May"),
                       para("RB (Head of Repairs) – recruit two more surveyors – by June"),
                       para("SK (Data & Performance Lead) – add damp cases to the monthly "
                            "Board dashboard – April"),
                       para("Tenants' Panel to be consulted on the new policy – April")),
                  _footer(deck, 7)),
    ]
    notes = {4: notes_xml("Mould wash is done first, within 5 days, before the repair works "
                          "that fix the cause. Tenancy Support is the Citizens Advice "
                          "partnership, not our staff.")}
    return build_pptx(path, slides, notes=notes)


def build_food_bank_appeal_pptx(path: Path) -> Path:
    """A food bank's Christmas appeal planning deck for its volunteers' meeting: a title
    slide with the presenter, last year in figures, an ownership table Workstream |
    Who's on it | OK'd by | Keep posted whose cells give first names and roles, a slide of
    three text boxes (collection points, packing weekend, delivery day), the delivery day
    run as "time — who — what" lines, a risks slide with "if ... then" sentences, actions
    as "Name → action (by date)" lines, a speaker note and a running footer."""
    deck = "Riverside Food Bank · Christmas Appeal 2028 · volunteers' meeting"
    slides = [
        slide_xml(title("Christmas Appeal 2028", "ctrTitle"),
                  body(para("Planning meeting for volunteers and partners", bullet=False),
                       para("Presented by Gail Osei, Volunteer Coordinator · 3 October",
                            bullet=False))),
        slide_xml(title("Last year in numbers"),
                  body(para("612 hampers delivered to 1,480 people"),
                       para("9.4 tonnes of food collected at 14 supermarkets and schools"),
                       para("143 volunteers over three weekends"),
                       para("2 complaints: hampers arrived late in Eastfield")),
                  _footer(deck, 2)),
        slide_xml(title("Who's on what"),
                  table([["Workstream", "Who's on it", "OK'd by", "Keep posted"],
                         ["Supermarket collections rota", "Gail (Volunteer Coordinator)",
                          "", "Warehouse Lead"],
                         ["School and church collections", "Faith Groups Liaison", "",
                          "Gail"],
                         ["Referrals from agencies", "Referrals Officer",
                          "Food Bank Manager", "Delivery Coordinator"],
                         ["Hamper contents and packing list", "Warehouse Lead",
                          "Food Bank Manager", "Trustees"],
                         ["Van hire and drivers", "Delivery Coordinator",
                          "Treasurer", ""],
                         ["Press and social media", "Comms volunteer (Ollie)",
                          "Chair of Trustees", "Food Bank Manager"]]),
                  _footer(deck, 3)),
        slide_xml(title("Three big moments"),
                  text_box(para("Collections (18 Nov – 9 Dec)", bold=True),
                           para("Supermarket teams of three, two-hour shifts", bullet=True),
                           para("Team leader weighs the trolleys and texts the total to "
                                "Gail", bullet=True),
                           at=(1600200, 457200)),
                  text_box(para("Packing weekend (13–14 Dec)", bold=True),
                           para("Warehouse Lead runs the packing line", bullet=True),
                           para("Every hamper checked against the packing list before "
                                "it is sealed", bullet=True),
                           at=(1600200, 3200000)),
                  text_box(para("Delivery day (20 Dec)", bold=True),
                           para("Drivers work in pairs", bullet=True),
                           para("No hamper left on a doorstep", bullet=True),
                           at=(1600200, 5950000)),
                  _footer(deck, 4)),
        slide_xml(title("Delivery day"),
                  body(para("07:30 — Warehouse Lead — opens the warehouse and loads the "
                            "vans by route", bullet=False),
                       para("08:00 — Delivery Coordinator — briefs the drivers and hands "
                            "out route sheets", bullet=False),
                       para("08:30 onwards — drivers — deliver and ring in any failed "
                            "delivery to the Delivery Coordinator", bullet=False),
                       para("14:00 — Referrals Officer — calls the referring agency about "
                            "every household we could not reach", bullet=False),
                       para("16:00 — Delivery Coordinator — reports the day's numbers to "
                            "the Food Bank Manager", bullet=False)),
                  _footer(deck, 5)),
        slide_xml(title("What could go wrong"),
                  body(para("If a van breaks down, the Delivery Coordinator moves its "
                            "route to the spare van"),
                       para("If donations fall short, the Food Bank Manager decides "
                            "what to buy in, with the Treasurer"),
                       para("Any safeguarding worry on a doorstep goes to the Food Bank "
                            "Manager the same day")),
                  _footer(deck, 6)),
        slide_xml(title("Actions from tonight"),
                  body(para("Gail → send the collections rota to team leaders (by 17 Oct)"),
                       para("Hamid → confirm van hire with the Treasurer (by 24 Oct)"),
                       para("Ollie → draft the appeal post for the Chair to approve "
                            "(by 31 Oct)"),
                       para("Rosa → ask the schools for their collection weeks")),
                  _footer(deck, 7)),
    ]
    notes = {3: notes_xml("Hamid is our Delivery Coordinator this year; Rosa is the Faith "
                          "Groups Liaison and also covers schools. Ask me if you want to "
                          "swap shifts.")}
    return build_pptx(path, slides, notes=notes)

def build_flu_clinics_briefing_pptx(path: Path) -> Path:
    """A GP practice's Saturday flu clinics briefing deck for the practice team: a title
    slide with the presenter, the season in figures, a table Task | Lead | Helps |
    Sign-off | Tell with empty cells, four text boxes in a grid each a bold role over its
    duties without a subject, a reaction's handling as one line of steps joined by arrows,
    decisions as "what – who decides" lines, actions under initials with a key of the
    initials in a text box, a speaker note and a running footer."""
    deck = "Brookside Medical Practice · Flu season 2027/28 · Internal"
    slides = [
        slide_xml(title("Saturday Flu Clinics 2027", "ctrTitle"),
                  body(para("Practice team briefing", bullet=False),
                       para("Dr Priya Raman, Clinical Lead for Immunisations · "
                            "9 September 2027", bullet=False))),
        slide_xml(title("The season at a glance"),
                  body(para("4,900 eligible patients (over-65s, at-risk, carers, "
                            "pregnant women)"),
                       para("Target uptake 75% for over-65s, 55% for at-risk under-65s"),
                       para("Four Saturday clinics: 30 Sept, 7, 14 and 21 Oct"),
                       para("Last year: 3,620 jabs, 2,410 of them on Saturdays")),
                  _footer(deck, 2)),
        slide_xml(title("Who runs what"),
                  table([["Task", "Lead", "Helps", "Sign-off", "Tell"],
                         ["Order vaccine stock and book the deliveries",
                          "Practice Manager", "Dispensary Lead", "", "Partners"],
                         ["Invite eligible patients by text and letter",
                          "Reception Team Leader", "Care Coordinator", "Practice Manager",
                          ""],
                         ["Clinic rota", "Practice Manager", "", "Clinical Lead",
                          "All staff"],
                         ["Cold chain: fridge temperatures logged twice a day",
                          "Practice Nurses", "HCAs", "Clinical Lead", ""],
                         ["Patient Group Direction signed for each vaccinator",
                          "Clinical Lead", "", "", "Practice Nurses"],
                         ["Record every jab on EMIS by the Monday", "Data Clerk",
                          "Reception", "", ""]]),
                  _footer(deck, 3)),
        slide_xml(title("On the day"),
                  text_box(para("Meeters and greeters (PPG volunteers)", bold=True),
                           para("Direct patients from the car park to the queue",
                                bullet=True),
                           para("Hand out the consent leaflets", bullet=True),
                           para("Tell the Floor Lead if the queue backs up past the gate",
                                bullet=True),
                           at=(1500000, 457200)),
                  text_box(para("Reception", bold=True),
                           para("Check each patient in on EMIS", bullet=True),
                           para("Book a Covid booster for anyone due one", bullet=True),
                           at=(1500000, 4800000)),
                  text_box(para("Vaccinators (nurses, HCAs, pharmacist)", bold=True),
                           para("Check consent and allergies", bullet=True),
                           para("Give the vaccine and note the batch number on the clinic "
                                "sheet", bullet=True),
                           at=(3900000, 457200)),
                  text_box(para("Floor Lead", bold=True),
                           para("Open the building at 07:45 and lock up after",
                                bullet=True),
                           para("Hand the clinic sheets to the Data Clerk on Monday",
                                bullet=True),
                           at=(3900000, 4800000)),
                  _footer(deck, 4)),
        slide_xml(title("If a patient reacts"),
                  body(para("Vaccinator stops and calls the Floor Lead → Floor Lead brings "
                            "the anaphylaxis kit and calls the duty GP → duty GP assesses "
                            "and calls 999 if needed → Clinical Lead completes the "
                            "incident report by Monday", bullet=False),
                       para("Adrenaline is given by the vaccinator under the PGD – do not "
                            "wait for the GP", bullet=False)),
                  _footer(deck, 5)),
        slide_xml(title("Decisions we need today"),
                  body(para("Tuesday evening clinic for working-age patients – Practice "
                            "Manager decides after hearing from the nurses"),
                       para("Nasal spray clinics for 2–3 year olds – Clinical Lead to agree "
                            "the dates with the health visitors"),
                       para("Housebound patients – district nurses vaccinate; Care "
                            "Coordinator sends them the list")),
                  _footer(deck, 6)),
        slide_xml(title("Actions"),
                  body(para("PR – confirm the PGD sign-off with the ICB – by 20 Sept"),
                       para("JM – rota out to all staff – Friday"),
                       para("KB – first invitation texts go out – Monday 13th"),
                       para("JM – ask the PPG for six volunteers per Saturday")),
                  text_box(para("PR Dr Priya Raman, Clinical Lead · JM Julie Morgan, "
                                "Practice Manager · KB Kerry Bell, Reception Team Leader"),
                           at=(5600000, 457200)),
                  _footer(deck, 7)),
    ]
    notes = {3: notes_xml("Remind everyone the fridge log is checked at the CQC visit, and "
                          "thank the PPG for last year.")}
    return build_pptx(path, slides, notes=notes)


def build_graduation_ceremonies_pptx(path: Path) -> Path:
    """A university's summer graduation ceremonies briefing deck for the staff who run
    them: a title slide with the presenter, the week in figures, a grid table with the
    roles as columns and "Lead", "Support", "Sign off" or "Told" in its cells, the ceremony
    day as a SmartArt process of boxes with bullets under each, a group of three text boxes
    each a bold role over "will" duties, the stage party in prose with a hand-off, a
    contingency slide of "if ..." lines, actions with owners in brackets, a speaker note
    and a running footer."""
    deck = "Summer Graduation 2028 · Staff briefing · Student Administration"
    slides = [
        slide_xml(title("Summer Graduation 2028", "ctrTitle"),
                  body(para("Briefing for ceremony staff, marshals and ushers",
                            bullet=False),
                       para("Bethan Lloyd, Ceremonies Manager · 6 June 2028",
                            bullet=False))),
        slide_xml(title("The week in numbers"),
                  body(para("14 ceremonies over 5 days, 10–14 July, in the Great Hall"),
                       para("5,200 graduands and about 11,000 guests"),
                       para("60 marshals (academic and professional staff) and 45 student "
                            "ushers"),
                       para("Livestream on every ceremony; BSL interpreting on request")),
                  _footer(deck, 2)),
        slide_xml(title("Before the week: who does what"),
                  table([["", "Ceremonies Manager", "Student Records", "Schools",
                          "Estates", "Disability Advice"],
                         ["Confirm who is eligible to graduate", "Told", "Lead",
                          "Support", "", ""],
                         ["Allocate graduands to ceremonies", "Lead", "Support", "Told",
                          "", ""],
                         ["Order the programme and check the names", "Lead", "Sign off",
                          "Support", "", ""],
                         ["Seating plan and step-free routes", "Sign off", "", "",
                          "Lead", "Support"],
                         ["Reasonable adjustments for graduands", "Told", "", "", "",
                          "Lead"],
                         ["Book marshals from each school", "Support", "", "Lead", "",
                          ""]]),
                  _footer(deck, 3)),
        slide_xml(title("A ceremony day"), smart_art(), _footer(deck, 4)),
        slide_xml(title("In the hall"),
                  group(text_box(para("Chief Marshal", bold=True),
                                 para("will line up the academic procession at 10:40",
                                      bullet=True),
                                 para("will cue the organist when the procession is "
                                      "ready", bullet=True),
                                 at=(0, 0)),
                        text_box(para("School marshals", bold=True),
                                 para("will check each graduand's name card against the "
                                      "list", bullet=True),
                                 para("will send each row up to the stage in order",
                                      bullet=True),
                                 at=(0, 3000000)),
                        text_box(para("Ushers", bold=True),
                                 para("will show guests to their seats", bullet=True),
                                 para("will keep the aisles clear", bullet=True),
                                 at=(0, 6000000)),
                        at=(1500000, 300000)),
                  _footer(deck, 5)),
        slide_xml(title("The stage party"),
                  body(para("The Presiding Officer confers the degrees. The Dean of each "
                            "school reads the names of their graduands; the name cards are "
                            "handed to the Dean by the school marshal at the foot of the "
                            "stage steps. The Public Orator presents the honorary "
                            "graduate, whose citation is agreed with the Vice-Chancellor's "
                            "Office beforehand.", bullet=False)),
                  _footer(deck, 6)),
        slide_xml(title("If things go wrong"),
                  body(para("If the fire alarm sounds – the Chief Marshal stops the "
                            "ceremony and Security evacuates the hall"),
                       para("If a graduand is taken ill – ushers call the First Aid team "
                            "on the radio"),
                       para("If a name is read wrongly – the Ceremonies Manager apologises "
                            "to the graduand afterwards and corrects the livestream "
                            "caption"),
                       para("If the livestream drops – AV Services restart it and tell "
                            "the Ceremonies Manager")),
                  _footer(deck, 7)),
        slide_xml(title("Actions from today"),
                  body(para("Send the marshals' rota to every school (Bethan, 16 June)"),
                       para("Walk the step-free route with Disability Advice (Estates, "
                            "23 June)"),
                       para("Confirm the BSL interpreters (Student Records, 30 June)"),
                       para("Brief the ushers on the day (Chief Marshal, 9 July)")),
                  _footer(deck, 8)),
    ]
    diagrams = {4: diagram_data([
        ("Robing 08:30", ["Robemakers fit the gowns", "Photographers take the portraits"]),
        ("Registration 09:00", ["Student Records check graduands in",
                                "Student Records hand out the name cards"]),
        ("Procession 10:45", ["Chief Marshal leads the procession in"]),
        ("Ceremony 11:00", ["Presiding Officer opens the ceremony",
                            "Deans read the names"]),
        ("Reception 12:30", ["Catering serve the drinks in the Quad"]),
    ])}
    notes = {3: notes_xml("Schools: please send your marshal names by Friday. Estates "
                          "tell me the Quad marquee goes up on the 8th.")}
    return build_pptx(path, slides, notes=notes, diagrams=diagrams)


def build_cricket_season_briefing_pptx(path: Path) -> Path:
    """A village cricket club's pre-season briefing deck for captains, committee and
    volunteers: a title slide with the presenter, the season in figures, a table Job |
    Who does it | Helps | Tell with empty cells (rows named by a task or by a thing:
    "Teas"), four text boxes in a two-by-two grid each a bold role with its holder in
    brackets over duties without a subject, the wet-weather call as one line of steps
    joined by arrows with a statement after it, decisions as "what – who decides" lines,
    actions under initials with a key of the initials, a speaker note and a running
    footer."""
    deck = "Ashcombe Cricket Club · Season 2028 · Members only"
    slides = [
        slide_xml(title("2028 Season Briefing", "ctrTitle"),
                  body(para("Captains, committee and match-day volunteers", bullet=False),
                       para("Tom Whitfield, Club Chair · Pavilion, 29 March 2028",
                            bullet=False))),
        slide_xml(title("The season in numbers"),
                  body(para("Four Saturday XIs in the Downs League, two Sunday friendly "
                            "sides"),
                       para("Juniors: 96 players from Under-9s to Under-15s"),
                       para("League starts Saturday 6 May; first home game 13 May"),
                       para("New roll-on covers bought over the winter (£4,200)")),
                  _footer(deck, 2)),
        slide_xml(title("Match days: who does what"),
                  table([["Job", "Who does it", "Helps", "Tell"],
                         ["Cut and mark the square on Friday", "Groundsman",
                          "Ground volunteers", "Match Captains"],
                         ["Put the covers on when rain is forecast", "Groundsman",
                          "Home Captain", ""],
                         ["Confirm the umpires with the league by Wednesday",
                          "Fixtures Secretary", "", "Match Captains"],
                         ["Pick the team and post it on the club app by Thursday 8pm",
                          "Match Captains", "Selection Committee", "Players"],
                         ["Teas", "Teas Coordinator", "Parents' rota", "Bar Manager"],
                         ["Score the match and upload it to Play-Cricket the same evening",
                          "Scorer", "", "Fixtures Secretary"],
                         ["Match fees", "Match Captains", "", "Treasurer"]]),
                  _footer(deck, 3)),
        slide_xml(title("Club officers this season"),
                  text_box(para("Welfare Officer (Sarah Kemp)", bold=True),
                           para("Check every coach and team manager has a current DBS "
                                "check before the season", bullet=True),
                           para("Refer any concern about a junior to the County Welfare "
                                "Officer the same day", bullet=True),
                           para("Run the safeguarding refresher at the April nets",
                                bullet=True),
                           at=(1500000, 457200)),
                  text_box(para("Junior Section Manager (Dave Price)", bold=True),
                           para("Organise Friday night training for the Under-9s to "
                                "Under-15s", bullet=True),
                           para("Arrange lifts to away junior matches with the parents",
                                bullet=True),
                           para("Send the junior fixture list to parents by 20 April",
                                bullet=True),
                           at=(1500000, 4800000)),
                  text_box(para("Bar Manager (Steve Ashworth)", bold=True),
                           para("Order stock from the brewery every fortnight",
                                bullet=True),
                           para("Run the bar on match days and bank the takings every "
                                "Monday", bullet=True),
                           at=(3900000, 457200)),
                  text_box(para("Treasurer (Linda Okoro)", bold=True),
                           para("Chase unpaid subscriptions after 1 June", bullet=True),
                           para("Pay the league and umpire fees", bullet=True),
                           para("Report the accounts to the committee each month",
                                bullet=True),
                           at=(3900000, 4800000)),
                  _footer(deck, 4)),
        slide_xml(title("Wet weather: calling a game off"),
                  body(para("Home Captain inspects the ground at 10:00 → Groundsman "
                            "advises on the square → Home Captain agrees the decision with "
                            "the visiting captain → Fixtures Secretary tells the league by "
                            "11:00 if the game is off", bullet=False),
                       para("Once play has started, whether to go off is the umpires' "
                            "decision alone", bullet=False)),
                  _footer(deck, 5)),
        slide_xml(title("Decisions for tonight"),
                  body(para("Junior membership fee for 2028 – committee decides after "
                            "hearing from the Junior Section Manager"),
                       para("New bowling machine – Treasurer to get three quotes"),
                       para("Women's softball team – Chair to agree a start date with the "
                            "county board")),
                  _footer(deck, 6)),
        slide_xml(title("Actions"),
                  body(para("TW – book the pre-season work party for 11 April"),
                       para("LO – send subscription reminders to all members – by 15 "
                            "April"),
                       para("SK – put the updated safeguarding policy on the website"),
                       para("GB – order the new sight screens – end of March")),
                  text_box(para("TW Tom Whitfield, Chair · LO Linda Okoro, Treasurer · SK "
                                "Sarah Kemp, Welfare Officer · GB Gary Birch, Groundsman"),
                           at=(5600000, 457200)),
                  _footer(deck, 7)),
    ]
    notes = {3: notes_xml("Thank Gary and the ground volunteers for the winter work. "
                          "Remind captains the league fines us for a late team sheet.")}
    return build_pptx(path, slides, notes=notes)


def build_half_marathon_briefing_pptx(path: Path) -> Path:
    """A city half marathon's race-day briefing deck for zone leads and marshals: a title
    slide with the presenter, the race in figures, a table Zone / job | Lead | Also there |
    Radio to (rows named by a place or by a task), a slide of "role will ..." lines, two
    text boxes side by side each a bold team over duties without a subject, a medical
    slide of "If ..." lines with hand-offs, the finish in prose with a sign-off and a
    consultation, actions as "act – owner – date" lines, a speaker note and a running
    footer."""
    deck = "Riverside Half Marathon 2029 · Race Day Briefing"
    slides = [
        slide_xml(title("Race Day Briefing", "ctrTitle"),
                  body(para("Zone leads, marshal captains and water station teams",
                            bullet=False),
                       para("Anita Rowe, Race Director · Guildhall, 12 April 2029",
                            bullet=False))),
        slide_xml(title("The race in numbers"),
                  body(para("8,400 runners; start 09:00 on Castle Parade"),
                       para("Course closed to traffic 07:30–13:00"),
                       para("6 water stations, 2 medical posts, 310 marshals"),
                       para("Raising £1.2m for local charities since 2009")),
                  _footer(deck, 2)),
        slide_xml(title("Zones on the day"),
                  table([["Zone / job", "Lead", "Also there", "Radio to"],
                         ["Start pens", "Start Manager", "Marshal captains",
                          "Race Control"],
                         ["Water stations 1–6", "Water Station Leads", "Scouts and "
                          "volunteers", ""],
                         ["Open the road closures", "Traffic Management contractor",
                          "Police", "Race Control"],
                         ["Sweep the course behind the last runner", "Sweep Team",
                          "", "Race Control"],
                         ["Finish funnel and medals", "Finish Manager", "Volunteers",
                          ""],
                         ["Baggage tent", "Baggage Lead", "", "Finish Manager"]]),
                  _footer(deck, 3)),
        slide_xml(title("Race Control"),
                  body(para("The Race Director will decide to delay, shorten or stop the "
                            "race, after taking advice from the Medical Director"),
                       para("The Safety Officer will chair the Safety Advisory Group call "
                            "at 07:00"),
                       para("The Radio Coordinator will log every incident reported on "
                            "channel 1"),
                       para("The Communications Manager will post updates for runners on "
                            "the race app")),
                  _footer(deck, 4)),
        slide_xml(title("Marshals and water stations"),
                  text_box(para("Marshal captains", bold=True),
                           para("Sign in their marshals at the zone tent by 07:15",
                                bullet=True),
                           para("Hand out hi-vis and radios", bullet=True),
                           para("Stop anyone crossing the course when runners are close",
                                bullet=True),
                           at=(1500000, 457200)),
                  text_box(para("Water Station Leads", bold=True),
                           para("Set out the tables 50 m after the water sign",
                                bullet=True),
                           para("Keep the bottle drop zone clear", bullet=True),
                           para("Ask the Recycling Team to collect bottles once the "
                                "sweep has passed", bullet=True),
                           at=(1500000, 4800000)),
                  _footer(deck, 5)),
        slide_xml(title("If a runner goes down"),
                  body(para("If a runner collapses – marshal radios Race Control with the "
                            "nearest mile marker"),
                       para("Race Control sends the nearest cycle responder and tells "
                            "the Medical Director"),
                       para("If a runner needs hospital – St John Ambulance hand over to "
                            "the NHS ambulance crew"),
                       para("The Medical Director rings the runner's emergency contact")),
                  _footer(deck, 6)),
        slide_xml(title("At the finish"),
                  body(para("The Finish Manager opens the finish funnel at 09:55 once the "
                            "Safety Officer has checked the barriers. Results are "
                            "published by the timing company within two hours; the Race "
                            "Director signs them off first. Lost children are taken to "
                            "the Welfare Tent and the Police are told.", bullet=False)),
                  _footer(deck, 7)),
        slide_xml(title("Actions before the day"),
                  body(para("Send final marshal allocations to captains – Volunteer "
                            "Coordinator – 19 April"),
                       para("Deliver water pallets to all six stations – Logistics Lead "
                            "– Saturday 27 April"),
                       para("Confirm road closure order with the council – Safety Officer "
                            "– this week")),
                  _footer(deck, 8)),
    ]
    notes = {3: notes_xml("Thank the Rotary Club for running station 4 again. Remind "
                          "everyone the course map is in the marshal pack.")}
    return build_pptx(path, slides, notes=notes)


def build_fibre_programme_board_pptx(path: Path) -> Path:
    """A broadband network builder's fibre programme board deck: a title slide with the
    presenter, a status slide with a RAG line and figures, the board's members as "role
    (name) – duties" lines, a letter matrix Workstream | one column per party with R, A,
    C, I cells (one "A/R", some empty), two text boxes side by side each a bold team over
    duties without a subject, a risks table Risk | Owner | Mitigation, decisions asked of
    the board, an actions table ID | Action | Owner | Due | Status with closed rows, a
    speaker note and a running footer."""
    deck = "Project Skylark · Wyre Valley build · Commercial in confidence"
    slides = [
        slide_xml(title("Project Skylark – Programme Board #9", "ctrTitle"),
                  body(para("Phase 2: Wyre Valley full-fibre build (14,200 premises)",
                            bullet=False),
                       para("Imran Qureshi, Programme Manager · 18 October 2029",
                            bullet=False))),
        slide_xml(title("Where we are"),
                  body(para("Overall status: AMBER (was GREEN at board #8)"),
                       para("6,310 premises passed (44%); plan to date 7,050"),
                       para("Cabinet 14 delayed by a wayleave refusal at Hollins Farm"),
                       para("Spend £9.8m of £23.4m; forecast on budget"),
                       para("No reportable safety incidents this period; two near misses "
                            "at Garstang Road were investigated", level=1)),
                  _footer(deck, 2)),
        slide_xml(title("Board members and what they do"),
                  body(para("Programme Sponsor (Claire Ndlovu, COO) – chairs the board; "
                            "approves change requests over £50k"),
                       para("Programme Manager (Imran Qureshi) – runs the integrated plan "
                            "and reports progress to the board each month"),
                       para("Head of Network Planning (Tomasz Wolski) – signs off the "
                            "high-level design for each cabinet area"),
                       para("Build Partner Contract Manager (Severn Civils Ltd) – "
                            "delivers civils and cabling to the agreed weekly run rate"),
                       para("Commercial Lead (Rachel Amoah) – manages the build "
                            "contract and the BDUK grant claims"),
                       para("HSQE Manager – attends for the safety item only")),
                  _footer(deck, 3)),
        slide_xml(title("Who does what by workstream"),
                  table([["Workstream", "Build Partner", "Network Planning",
                          "Wayleaves Team", "Programme Manager", "Commercial",
                          "Programme Sponsor"],
                         ["Detailed design per cabinet", "C", "A/R", "C", "I", "", ""],
                         ["Landowner wayleaves", "", "C", "R", "A", "", ""],
                         ["Civils and duct build", "R", "C", "", "A", "I", ""],
                         ["Fibre blowing and splicing", "R", "", "", "A", "", ""],
                         ["As-built records to GIS", "R", "A", "", "I", "", ""],
                         ["Grant milestone claims", "C", "", "", "C", "A/R", "I"],
                         ["Change requests over £50k", "", "C", "", "R", "C", "A"]]),
                  text_box(para("R = does the work · A = accountable · C = consulted "
                                "· I = informed"), at=(5200000, 457200)),
                  _footer(deck, 4)),
        slide_xml(title("Wayleaves and street works"),
                  text_box(para("Wayleaves Team (2 officers)", bold=True),
                           para("Agree a wayleave with every landowner before poles go "
                                "on private land", bullet=True),
                           para("Log each refusal in the consents tracker and tell "
                                "Network Planning the same week", bullet=True),
                           para("Offer a site meeting with the build partner where a "
                                "landowner objects", bullet=True),
                           at=(1500000, 457200)),
                  text_box(para("Permits Officer (Dawn Pickering)", bold=True),
                           para("Apply for street works permits to Lancashire County "
                                "Council at least 10 working days before each dig",
                                bullet=True),
                           para("Send the permit pack to the build partner's site "
                                "supervisor", bullet=True),
                           para("Check traffic management plans with the build "
                                "partner", bullet=True),
                           at=(1500000, 4800000)),
                  _footer(deck, 5)),
        slide_xml(title("Top risks"),
                  table([["Risk", "Owner", "Mitigation"],
                         ["Wayleave refusals on the Hollins Farm route", "Wayleaves "
                          "Team", "Redesign via the B5269 verge; Network Planning to "
                          "issue revised design by 1 Nov"],
                         ["Build partner run rate below 450 premises a week",
                          "Build Partner Contract Manager", "Second splicing crew "
                          "from November"],
                         ["Grant claim 4 rejected for missing evidence", "Commercial "
                          "Lead", "Pre-check pack with BDUK monitoring officer"]]),
                  _footer(deck, 6)),
        slide_xml(title("Decisions asked of the board"),
                  body(para("Approve CR-017: redesign of cabinet 14 route (+£72k) – "
                            "Sponsor to approve, Commercial Lead consulted"),
                       para("Agree the Phase 3 area list – board to agree, Head of "
                            "Network Planning to recommend"),
                       para("Note: the Q3 grant claim was submitted on 30 September")),
                  _footer(deck, 7)),
        slide_xml(title("Actions"),
                  table([["ID", "Action", "Owner", "Due", "Status"],
                         ["A8.2", "Share the revised run-rate plan with the board",
                          "Build Partner Contract Manager", "25 Oct", "Open"],
                         ["A8.4", "Brief the parish councils on the Hollins Farm "
                          "redesign", "Wayleaves Team", "8 Nov", "Open"],
                         ["A8.5", "Book the Phase 3 survey contractor", "Head of "
                          "Network Planning", "15 Nov", "Open"],
                         ["A7.1", "Update the risk register", "Programme Manager",
                          "4 Oct", "Closed"],
                         ["A9.1", "Prepare the Q4 grant claim pack with the Programme "
                          "Manager", "Commercial Lead", "20 Dec", "New"]]),
                  _footer(deck, 8)),
    ]
    notes = {2: notes_xml("Stress that AMBER is about the schedule only. Thank Severn "
                          "Civils for the Garstang Road follow-up."),
             8: notes_xml("Next board 15 November, Preston office and Teams.")}
    return build_pptx(path, slides, notes=notes)


def build_inspection_readiness_pptx(path: Path) -> Path:
    """A secondary school's staff briefing deck on being ready for an inspection: a title
    slide with the presenter, what happens on the phone call, the first 24 hours as
    numbered times naming who, a who-does-what table Task | Lead | Support | Keep informed
    with empty cells, a slide per group in the second person, "do not" reminders, a
    text box on the side, a slide of bold role lines over duties, speaker notes and a
    running footer."""
    deck = "Castle Brook Academy · Staff briefing · Not for circulation"
    slides = [
        slide_xml(title("If the call comes: inspection readiness", "ctrTitle"),
                  body(para("INSET day, 3 September 2030", bullet=False),
                       para("Mrs H. Okonjo, Deputy Headteacher (Quality of Education)",
                            bullet=False))),
        slide_xml(title("Why we are talking about this now"),
                  body(para("We are in the inspection window from this term"),
                       para("Notice is usually given by phone the working day before"),
                       para("Nothing in this deck asks you to prepare anything extra – "
                            "teach the lessons you planned"),
                       para("The evidence is the everyday work of the school",
                            level=1)),
                  _footer(deck, 2)),
        slide_xml(title("The phone call"),
                  body(para("The Lead Inspector phones the school office around midday"),
                       para("Office staff put the call through to the Headteacher, or "
                            "to the Deputy Head if the Head is off site"),
                       para("The Headteacher takes the call and agrees the timings of "
                            "the planning conversation"),
                       para("The School Business Manager tells the Chair of Governors "
                            "and the Trust's Director of Education within the hour")),
                  _footer(deck, 3)),
        slide_xml(title("The first 24 hours"),
                  body(para("12:30  SLT meet in the Head's office", bullet=False),
                       para("14:00  The Head holds the planning call with the Lead "
                            "Inspector; the Deputy Head takes notes", bullet=False),
                       para("15:30  All-staff briefing in the library (15 minutes)",
                            bullet=False),
                       para("16:00  The Data Manager uploads the documents list to the "
                            "inspection portal", bullet=False),
                       para("17:00  Heads of Department check the deep-dive subjects' "
                            "curriculum plans are on SharePoint", bullet=False),
                       para("08:00  Inspectors arrive – the Site Team reserves the car "
                            "park bays by the front entrance", bullet=False)),
                  _footer(deck, 4)),
        slide_xml(title("Who leads what"),
                  table([["Task", "Lead", "Support", "Keep informed"],
                         ["Planning call with the Lead Inspector", "Headteacher",
                          "Deputy Head (QoE)", "Chair of Governors"],
                         ["Single central record check", "School Business Manager",
                          "HR Officer", "DSL"],
                         ["Safeguarding evidence file", "DSL", "Deputy DSLs", ""],
                         ["Deep-dive timetable for each subject", "Deputy Head (QoE)",
                          "", "Heads of Department"],
                         ["Governors' meeting with inspectors", "Chair of Governors",
                          "Clerk to Governors", "Headteacher"],
                         ["Pupil voice groups", "Head of Year 9", "Student Council",
                          ""],
                         ["Rooms, refreshments and parking", "Site Manager",
                          "Office staff", "School Business Manager"]]),
                  _footer(deck, 5)),
        slide_xml(title("Class teachers"),
                  body(para("Teach the lesson you had planned"),
                       para("Keep your seating plan and SEND register on the desk"),
                       para("If an inspector asks for books, you choose a spread of "
                            "work; do not pick only the best"),
                       para("Tell your Head of Department after any deep-dive "
                            "conversation")),
                  text_box(para("Remember", bold=True),
                           para("Do not change your timetable or cover arrangements "
                                "without asking Mr Lindqvist (cover).", bullet=False),
                           at=(4800000, 5500000)),
                  _footer(deck, 6)),
        slide_xml(title("Heads of Department"),
                  body(para("Prepare to explain the curriculum journey in your subject "
                            "from Year 7 to 11"),
                       para("Agree with the Deputy Head which lessons the inspector will "
                            "visit"),
                       para("Debrief your team at the end of each day and pass any "
                            "concerns to SLT")),
                  _footer(deck, 7)),
        slide_xml(title("Support staff and others"),
                  body(para("Pastoral team (Heads of Year)", bold=True),
                       para("Have behaviour and attendance logs for the last term ready "
                            "to share", level=1),
                       para("SENCo – Ms Rahman", bold=True),
                       para("Meets the inspector about provision for pupils with SEND "
                            "and brings a sample of support plans", level=1),
                       para("Reception", bold=True),
                       para("Signs inspectors in and issues visitor lanyards", level=1),
                       para("IT Technician", bold=True),
                       para("Sets up guest Wi-Fi access for the inspection team", level=1)),
                  _footer(deck, 8)),
        slide_xml(title("After the inspection"),
                  body(para("The Head and the Chair of Governors attend the final "
                            "feedback meeting"),
                       para("The outcome is confidential until the report is published"),
                       para("The Headteacher writes to parents when the final report "
                            "arrives; the Trust approves the letter first")),
                  _footer(deck, 9)),
    ]
    notes = {4: notes_xml("Times are a guide – last time the call came at 11:45."),
             6: notes_xml("Reassure ECTs. Mentors will check in with them at lunch.")}
    return build_pptx(path, slides, notes=notes)


BUILDERS = {"deicing-operations-briefing.pptx": build_deicing_briefing_pptx,
            "spring-tour-planning.pptx": build_tour_planning_pptx,
            "code-red-drill-debrief.pptx": build_code_red_debrief_pptx,
            "peak-readiness-review.pptx": build_peak_readiness_pptx,
            "damp-mould-taskforce-update.pptx": build_damp_mould_taskforce_pptx,
            "christmas-appeal-planning.pptx": build_food_bank_appeal_pptx,
            "saturday-flu-clinics-briefing.pptx": build_flu_clinics_briefing_pptx,
            "graduation-ceremonies-briefing.pptx": build_graduation_ceremonies_pptx,
            "cricket-season-briefing.pptx": build_cricket_season_briefing_pptx,
            "race-day-briefing.pptx": build_half_marathon_briefing_pptx,
            "fibre-programme-board-9.pptx": build_fibre_programme_board_pptx,
            "inspection-readiness-briefing.pptx": build_inspection_readiness_pptx}


def build_deck(path: Path) -> Path:
    """Build the labelled sets' PowerPoint deck of this file name at ``path``."""
    return BUILDERS[path.name](path)
