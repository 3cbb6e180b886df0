"""Build the .docx documents of the derivation evaluation sets (Word files are binary)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt


def add_rows_table(document: WordDocument, rows: Sequence[Sequence[str]]) -> None:
    """A Word table of the given rows, one cell per value."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value


def build_team_docx(path: Path) -> Path:
    """A Word document with headings, list items and a comparison table."""
    document = docx.Document()
    document.add_heading("Agile release train roles", level=1)
    document.add_paragraph(
        "The train has a Release Train Engineer (RTE) and a Solution Architect (SA)."
    )
    document.add_heading("Responsibilities of the Release Train Engineer", level=2)
    for item in ("Program increment planning: prepare and facilitate the planning event.",
                 "Impediment escalation: take blockers the teams cannot clear to management.",
                 "Risk board: keep the list of program risks visible and current."):
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("Responsibilities of the Solution Architect", level=2)
    for item in ("Architectural runway: make sure the technical foundations stay ahead of "
                 "features.",
                 "Enabler stories: write the stories that build the runway."):
        document.add_paragraph(item, style="List Bullet")
    table = document.add_table(rows=3, cols=3)
    rows = [("Aspect", "RTE", "SA"),
            ("Focus", "Flow of the train", "Technical direction"),
            ("Key deliverables", "System demo", "Technical roadmap")]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.save(str(path))
    return path


def build_release_docx(path: Path) -> Path:
    """A Word document of an open-source release process: a heading per role, bullets."""
    document = docx.Document()
    document.add_heading("How we cut a minor release", level=1)
    document.add_paragraph(
        "A minor release of the library is cut every eight weeks. Four roles take part. One "
        "person may hold two of them, but the Release Manager and the Security Reviewer must "
        "be different people."
    )
    sections = {
        "Release Manager": (
            "Announce the feature freeze on the mailing list two weeks before the release "
            "date.",
            "Create the release branch and tag the release candidates.",
            "Decide whether a late fix goes in, after consulting the maintainer of the "
            "affected module.",
            "Publish the final packages to the package index and the release notes on the "
            "website.",
        ),
        "Module Maintainers": (
            "Review and merge the fixes for their module before the freeze.",
            "Triage regressions reported against a release candidate within two days.",
            "Write the changelog entries for their module.",
        ),
        "Security Reviewer": (
            "Audit the dependency updates since the last release.",
            "Sign off the release candidate for known vulnerabilities, and notify the Release "
            "Manager of any blocker.",
        ),
        "Documentation Team": (
            "Update the migration guide for every breaking change.",
            "Check that every new public function has a docstring and an example.",
        ),
    }
    for role, items in sections.items():
        document.add_heading(role, level=2)
        for item in items:
            document.add_paragraph(item, style="List Bullet")
    document.add_heading("When things slip", level=2)
    document.add_paragraph(
        "The Release Manager tells the Steering Council when a release slips by more than a "
        "week. Nobody ships a release on a Friday."
    )
    document.save(str(path))
    return path


def build_memo_docx(path: Path) -> Path:
    """A Word memo that hands out duties in prose, people named with their roles."""
    document = docx.Document()
    document.add_heading("MEMO", level=1)
    for label, value in (("To:", "All staff, Fernhill Dental - Harbour Street practice"),
                         ("From:", "Daniel Achebe, Operations Director"),
                         ("Date:", "14 September 2026"),
                         ("Subject:", "Who does what while we recruit a new Practice Manager")):
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run("\t" + value)
    for text in (
        "Hi all,",
        "As you know, Sunita leaves us on Friday after eleven years as Practice Manager. "
        "Until her replacement starts (we hope by December), her duties are being split "
        "between a few people. Please read this carefully so that nothing falls through the "
        "cracks.",
        "From now on, Jess in Finance will handle supplier invoices and the monthly payroll "
        "inputs for the practice. She will send the payroll file to the payroll bureau by the "
        "20th of each month, and she'll need the timesheets from the Reception Lead by the "
        "18th.",
        "Tom, our Lead Dental Nurse, takes over the nurses' rota and the decontamination room "
        "checks. He will also do the weekly infection-control audit and send me the results.",
        "The Reception Lead (Carla) will look after patient complaints at the first stage: "
        "log every complaint on the day it comes in and acknowledge it within three working "
        "days. Anything clinical must go to Dr Patel as Clinical Lead, who will investigate "
        "and reply to the patient. Carla should copy me on every written complaint.",
        "Dr Patel also becomes our contact for CQC inspections in the meantime. I will deal "
        "with the landlord and the building contractors myself.",
        "Recruitment for the new Practice Manager is being run by our HR Business Partner, "
        "Ola Mensah, with me on the interview panel.",
        "If you're not sure who to go to, ask Carla first.",
        "Thanks,",
        "Daniel",
    ):
        document.add_paragraph(text)
    document.save(str(path))
    return path


def build_data_protection_docx(path: Path) -> Path:
    """A Word policy with numbered clauses, a "must:" list and the Controller/Processor terms."""
    document = docx.Document()
    document.add_heading("Data Protection Policy", level=1)
    document.add_paragraph("Policy no. IG-01 | Owner: Data Protection Officer | Approved by: "
                           "Board, 18 June 2026 | Next review: June 2027")
    document.add_heading("1. Purpose and scope", level=2)
    document.add_paragraph(
        "Larchfield Homes (\u201cthe Association\u201d) is the Controller of the personal data "
        "of its tenants, applicants, staff and contractors. This policy applies to everyone "
        "who handles that data, including contractors acting as Processors."
    )
    document.add_heading("2. Roles and responsibilities", level=2)
    document.add_paragraph(
        "2.1\tThe Board is accountable for the Association\u2019s compliance with the UK GDPR "
        "and the Data Protection Act 2018. It approves this policy and receives an annual "
        "information governance report from the DPO."
    )
    document.add_paragraph("2.2\tThe Data Protection Officer (DPO) must:")
    for item in ("monitor compliance with this policy and with data protection law;",
                 "advise staff on data protection impact assessments (DPIAs);",
                 "act as the contact point for the Information Commissioner\u2019s Office "
                 "(ICO) and for data subjects;",
                 "keep the record of processing activities."):
        document.add_paragraph(item, style="List Bullet")
    for text in (
        "2.3\tEach Head of Service is the Information Asset Owner for the systems in their "
        "area. They must make sure a DPIA is completed before any new system or major change "
        "goes live, consulting the DPO, and keep their entry in the information asset register "
        "up to date.",
        "2.4\tAll staff must complete data protection training every year and report any "
        "suspected personal data breach to the DPO immediately, and in any case within 24 "
        "hours.",
        "2.5\tThe ICT Manager is responsible for the technical security of our systems, "
        "including access control, the encryption of laptops and backups.",
    ):
        document.add_paragraph(text)
    document.add_heading("3. Processors", level=2)
    for text in (
        "3.1\tWhere a contractor processes personal data on our behalf (for example a repairs "
        "contractor or the rent payment provider), the Procurement Lead must make sure that a "
        "written contract with the clauses required by Article 28 is signed before any data "
        "is shared.",
        "3.2\tThe Processor shall process personal data only on our documented instructions, "
        "assist the Association with data subject requests, and notify the Association "
        "without undue delay after becoming aware of a breach.",
    ):
        document.add_paragraph(text)
    document.add_heading("4. Personal data breaches", level=2)
    for text in (
        "4.1\tThe DPO assesses every reported breach, keeps the breach log and decides "
        "whether it must be reported to the ICO. Where it must, the DPO reports it within 72 "
        "hours and informs the Chief Executive.",
        "4.2\tWhere a breach is likely to result in a high risk to tenants, the Head of "
        "Service concerned tells the affected tenants, with wording agreed with the DPO.",
    ):
        document.add_paragraph(text)
    document.add_heading("5. Subject access requests", level=2)
    document.add_paragraph(
        "5.1\tRequests are logged by the Customer Services Team on the day they arrive and "
        "passed to the DPO, who coordinates the response within one month."
    )
    document.save(str(path))
    return path


def build_biosecurity_plan_docx(path: Path) -> Path:
    """A Word farm biosecurity plan: a Title, a metadata line, a Role | Name | Responsible
    for table, numbered rules with passives, prose, a bold label over bullets, a signature."""
    document = docx.Document()
    document.add_paragraph("Hillside Farm \u2013 Farm Biosecurity Plan", style="Title")
    document.add_paragraph("Holding no. 12/345/6789 \u00b7 Dairy herd of 220 cows plus "
                           "followers \u00b7 Reviewed with our vet on 4 April 2027 \u00b7 "
                           "Next review April 2028")
    document.add_heading("1. Who is responsible", level=1)
    rows = [("Role", "Name", "Responsible for"),
            ("Farm Manager", "Owen Pritchard", "This plan as a whole; buying in stock; records"),
            ("Herd Manager", "Gwen Lloyd", "Daily health checks; isolation of sick or "
             "bought-in animals; footbaths"),
            ("Named Vet", "Tanat Vets (Dr Si\u00f4n Evans)", "Herd health plan; disease "
             "testing; advice on outbreaks"),
            ("Relief Milkers", "from the rota", "Following the dairy hygiene routine on their "
             "shifts"),
            ("Farm Office", "Carys (part-time)", "Visitor book; movement reporting to BCMS")]
    add_rows_table(document, rows)
    document.add_heading("2. Visitors and vehicles", level=1)
    for rule in (
        "All visitors sign the visitor book in the farm office and are told the rules by "
        "whoever meets them.",
        "Vehicles that have been on other farms park in the yard by the road, never by the "
        "cattle sheds. The Herd Manager keeps the boot wash at the yard gate topped up with "
        "approved disinfectant (changed twice a week).",
        "Contractors (foot trimmer, AI technician, feed lorry) must arrive with clean boots "
        "and overalls; the Herd Manager checks this before they go near the cattle.",
        "Deadstock is collected from the pick-up point at the road end by the knackerman, "
        "never from the yard. The Herd Manager books the collection.",
    ):
        document.add_paragraph(rule, style="List Number")
    document.add_heading("3. Bought-in and returning animals", level=1)
    document.add_paragraph(
        "We try to run a closed herd. When stock must be bought, the Farm Manager buys only "
        "from herds with a known health status and asks the vet to review the seller\u2019s "
        "health records first. Every new or returning animal is isolated for 28 days in the "
        "isolation box (Shed 4) and tested for BVD and Johne\u2019s before it joins the herd; "
        "the Herd Manager does the isolation and the vet takes the samples."
    )
    document.add_heading("4. If we suspect a notifiable disease", level=1)
    label = document.add_paragraph()
    label.add_run("Do not wait.").bold = True
    for step in (
        "Whoever spots the signs tells the Herd Manager or the Farm Manager straight away.",
        "The Farm Manager reports the suspicion to APHA (03000 200 301) and calls the vet. "
        "Nothing moves on or off the farm until APHA says so.",
        "The Farm Office cancels visits and deliveries and keeps a log of every call.",
    ):
        document.add_paragraph(step, style="List Bullet")
    document.add_heading("5. Records", level=1)
    document.add_paragraph(
        "Animal movements are reported to BCMS within 3 days by the Farm Office. Medicine "
        "records are kept by the Herd Manager and checked by the vet at each quarterly herd "
        "health visit. The Farm Manager reviews this plan every year with the vet and briefs "
        "all staff, relief milkers included, on any change."
    )
    document.add_paragraph("Signed: O. Pritchard (Farm Manager)        Date: 04/04/2027")
    document.save(str(path))
    return path


def build_trustee_roles_docx(path: Path) -> Path:
    """A Word pack of charity trustee role descriptions: a title, a table of office terms,
    bold labels, numbered duties, a person specification and key relationships."""
    document = docx.Document()
    document.add_paragraph("Riverside Community Food Bank (registered charity no. 1187234)",
                           style="Title")
    document.add_paragraph("Trustee role descriptions \u2013 approved at the board meeting "
                           "of 21 January 2027")
    table = document.add_table(rows=4, cols=3)
    rows = [("Office", "Term", "Time commitment"),
            ("Chair", "3 years, renewable once", "About 8 hours a month"),
            ("Treasurer", "3 years, renewable once", "About 6 hours a month"),
            ("Safeguarding Trustee", "3 years", "About 2 hours a month")]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.add_heading("All trustees", level=1)
    document.add_paragraph(
        "Trustees are jointly responsible for the charity. The board sets the strategy, "
        "approves the annual budget and the annual report and accounts, and appoints the "
        "Food Bank Manager. Trustees are expected to attend at least four of the six board "
        "meetings a year and to declare any conflict of interest."
    )
    sections = [
        ("Chair", "The Chair leads the board and makes sure it does its job.", (
            "Chair board meetings and the AGM.",
            "Agree the agenda with the Food Bank Manager before each meeting.",
            "Line-manage the Food Bank Manager, with an appraisal every year.",
            "Act as the charity\u2019s spokesperson with the press, together with the Food "
            "Bank Manager.",
        )),
        ("Treasurer", "The Treasurer oversees the charity\u2019s finances on behalf of the "
         "board.", (
            "Present the management accounts at every board meeting.",
            "Prepare the draft budget with the Food Bank Manager each autumn.",
            "Arrange the independent examination of the accounts and send the examiner\u2019s "
            "report to the board.",
            "Check that Gift Aid is claimed every quarter.",
        )),
        ("Secretary", "The Secretary is the board\u2019s record keeper.", (
            "Take the minutes of board meetings and circulate them within two weeks.",
            "File the annual return with the Charity Commission.",
            "Keep the register of trustees\u2019 interests.",
        )),
        ("Safeguarding Trustee", "The Safeguarding Trustee is the board\u2019s lead on "
         "safeguarding.", (
            "Review the safeguarding policy every year with the Designated Safeguarding Lead "
            "(a member of staff).",
            "Receive a report of every safeguarding concern and make sure it is followed up.",
            "Report serious incidents to the Charity Commission on behalf of the board.",
        )),
    ]
    for role, purpose, duties in sections:
        document.add_heading(f"Role description: {role}", level=1)
        label = document.add_paragraph()
        label.add_run("Purpose of the role").bold = True
        document.add_paragraph(purpose)
        label = document.add_paragraph()
        label.add_run("Main duties").bold = True
        for duty in duties:
            document.add_paragraph(duty, style="List Number")
    label = document.add_paragraph()
    label.add_run("Person specification (all roles)").bold = True
    for trait in ("Commitment to the food bank\u2019s aims",
                  "Good, independent judgement",
                  "For the Treasurer: a finance qualification or experience of charity "
                  "accounts"):
        document.add_paragraph(trait, style="List Bullet")
    label = document.add_paragraph()
    label.add_run("Key relationships").bold = True
    document.add_paragraph(
        "The Food Bank Manager runs the food bank day to day and keeps the Chair informed of "
        "anything that could affect the charity\u2019s reputation. Volunteers report to the "
        "Food Bank Manager, not to trustees."
    )
    document.save(str(path))
    return path


def build_run_of_show_docx(path: Path) -> Path:
    """A Word run of show for a wedding day: a Title, a contacts table, a timeline table
    (Time | What happens | Who leads | Also involved) and a wet-weather paragraph."""
    document = docx.Document()
    document.add_paragraph("Amira & Jonah \u2013 wedding day run of show", style="Title")
    document.add_paragraph("Saturday 18 September 2027 \u00b7 Hollin Barn, Wensleydale \u00b7 "
                           "Version 4 (final) \u00b7 prepared by Kit Lawson, wedding "
                           "coordinator")
    document.add_heading("Key contacts", level=1)
    contacts = [("Role", "Name", "Mobile"),
                ("Wedding coordinator", "Kit Lawson", "07700 900123"),
                ("Venue manager", "Sam Ortiz", "07700 900456"),
                ("Celebrant", "Revd Jo Hale", "07700 900789"),
                ("Photographer", "Nadia Bloom", "07700 900321"),
                ("Caterer (Fork & Field)", "Ade (head chef)", "07700 900654"),
                ("Band leader (The Wensleys)", "Ruaridh", "07700 900987"),
                ("Best man", "Callum", "07700 900111"),
                ("Ushers", "Priya and Dan", "-")]
    add_rows_table(document, contacts)
    document.add_heading("Timeline", level=1)
    timeline = [
        ("Time", "What happens", "Who leads", "Also involved"),
        ("11:00", "Set up ceremony chairs, arch and signage", "Venue team",
         "Wedding coordinator"),
        ("12:30", "Receive buttonholes and bouquets from the florist; check against the "
         "order", "Wedding coordinator", "Florist"),
        ("13:30", "Hand out orders of service and seat guests", "Ushers", ""),
        ("14:00", "Ceremony", "Celebrant", "Best man (rings)"),
        ("14:45", "Group photos on the lawn (list of 8 groups)", "Photographer",
         "Best man (rounds people up)"),
        ("15:30", "Drinks reception; canap\u00e9s served", "Caterer", "Venue team (bar)"),
        ("17:00", "Call guests to dinner", "Venue manager", ""),
        ("17:15", "Wedding breakfast served", "Caterer", ""),
        ("19:00", "Speeches: father of the bride, groom, best man", "Best man (MC)",
         "Venue team (microphone)"),
        ("20:00", "First dance; band\u2019s first set", "Band leader",
         "Wedding coordinator (cue)"),
        ("23:30", "Last orders; taxis called", "Venue manager", "Ushers"),
        ("00:00", "Carriages; band load-out; clear the barn by 00:30", "Venue team",
         "Band leader"),
    ]
    add_rows_table(document, timeline)
    document.add_heading("If it rains", level=2)
    document.add_paragraph(
        "The venue manager decides by 10:00 whether the ceremony moves into the barn and tells "
        "the coordinator, who lets the celebrant and the photographer know."
    )
    document.add_paragraph(
        "Kit holds the emergency kit and the supplier payments envelope; all final balances "
        "are paid by the couple before the day."
    )
    document.save(str(path))
    return path


def build_exam_roles_docx(path: Path) -> Path:
    """A school's exam roles in Word: one table row per role, one column per phase."""
    document = docx.Document()
    document.add_heading("Hollins Park Academy - Examination roles 2026/27", level=1)
    document.add_paragraph(
        "This sheet sets out who does what for every external examination sat at the "
        "Academy (GCSE, A level and vocational). It is issued by the Exams Officer each "
        "September and goes to every member of staff with an exams role."
    )
    rows = [
        ("Role", "Before the exam", "In the exam room", "After the exam"),
        ("Head of Centre (Mr D. Achebe, Headteacher)",
         "Signs the annual centre declaration for the awarding bodies. Appoints the Exams "
         "Officer.",
         "-",
         "Decides whether a suspected malpractice case is reported to the awarding body."),
        ("Exams Officer (Ms R. Kaur)",
         "Makes the entries with the awarding bodies; publishes the timetable and the "
         "seating plans; briefs the invigilators on the morning of each exam.",
         "Opens the sealed question papers in the exam room at the start time, with the "
         "Lead Invigilator as witness.",
         "Packs and dispatches the scripts the same day, with the attendance register."),
        ("Lead Invigilator",
         "Checks the room set-up against the notices checklist.",
         "Reads the start-of-exam announcement; keeps the room log of timings and "
         "incidents.",
         "Collects and counts the scripts with a second invigilator, then signs the "
         "attendance register."),
        ("Invigilators",
         "Arrive 20 minutes before the start. Check candidates' ID against the seating "
         "plan.",
         "Supervise the candidates for the whole exam, moving quietly around the room; "
         "escort any candidate who has to leave the room.",
         "-"),
        ("SENCo (Mrs P. Oyelaran)",
         "Applies for access arrangements (extra time, readers, scribes) by the awarding "
         "bodies' deadline and gives the Exams Officer the list of candidates who have "
         "them.",
         "Provides the readers and scribes, and trains them beforehand.",
         "-"),
        ("Site team",
         "Set out the desks, the exam clock and the candidate numbers the evening before, "
         "from the seating plan.",
         "-",
         "Clear the hall by 8 am the next day."),
        ("Heads of Department",
         "Check the entries for their subject and confirm them to the Exams Officer by 31 "
         "January.",
         "Stay available by phone for the first 30 minutes in case of a query about the "
         "paper; they may not enter the room.",
         "-"),
    ]
    add_rows_table(document, rows)
    document.add_heading("Malpractice and emergencies", level=2)
    for text in (
        "An invigilator who suspects malpractice reports it to the Lead Invigilator straight "
        "away and writes it in the room log. The Exams Officer is kept in the loop and "
        "escalates every case to the Head of Centre the same day.",
        "If the fire alarm sounds or the room has to be cleared, the Lead Invigilator "
        "decides whether to evacuate, together with the Exams Officer, and notes the times "
        "so that the lost time can be added back.",
        "Questions about this sheet go to the Exams Officer, exams@hollinspark.example.",
    ):
        document.add_paragraph(text)
    document.save(str(path))
    return path


def build_calibration_procedure_docx(path: Path) -> Path:
    """An accredited calibration laboratory's procedure in Word, ISO style: a document
    control table, numbered clause headings, and after each clause of the procedure a
    paragraph with a bold "Responsibility:" run-in naming who carries it out."""
    document = docx.Document()
    document.add_paragraph("Calibration of pressure gauges and transducers", style="Title")
    control = [("Document", "QP-07 Calibration of pressure instruments"),
               ("Revision", "6 (supersedes revision 5)"),
               ("Prepared by", "A. Wójcik, Technical Manager"),
               ("Approved by", "J. Okafor, Laboratory Manager"),
               ("Effective from", "1 February 2027")]
    add_rows_table(document, control)

    def clause(number: str, title: str, body: tuple[str, ...], responsibility: str) -> None:
        document.add_heading(f"{number}\t{title}", level=2)
        for text in body:
            document.add_paragraph(text)
        if responsibility:
            paragraph = document.add_paragraph()
            paragraph.add_run("Responsibility: ").bold = True
            paragraph.add_run(responsibility)

    document.add_heading("1\tPurpose", level=1)
    document.add_paragraph(
        "This procedure sets out how Brennock Metrology calibrates pressure gauges and "
        "pressure transducers from 0 to 700 bar under its UKAS accreditation (laboratory "
        "no. 0931), in line with ISO/IEC 17025:2017 clauses 7.2 to 7.8.")
    document.add_heading("2\tScope", level=1)
    document.add_paragraph(
        "Customer instruments calibrated in the pressure laboratory. On-site calibration "
        "is covered by QP-12.")
    document.add_heading("3\tReferences", level=1)
    document.add_paragraph("ISO/IEC 17025:2017; UKAS LAB 14; EURAMET cg-17; work "
                           "instruction WI-PR-03.")
    document.add_heading("4\tProcedure", level=1)
    clause("4.1", "Receipt of instruments", (
        "Instruments are booked in on the LIMS, given a job number and inspected for "
        "damage on arrival. Damaged instruments are quarantined on the red shelf.",),
        "Goods Receipt Clerk. The Customer Services Coordinator contacts the customer "
        "about any damaged instrument before work starts.")
    clause("4.2", "Environmental conditions", (
        "The pressure laboratory is held at 20 \u00b1 1 \u00b0C and its temperature is "
        "recorded continuously. The record is reviewed each morning before any "
        "calibration starts.",),
        "Calibration Technician (review of the record); Facilities Engineer (maintenance "
        "of the air conditioning).")
    clause("4.3", "Calibration", (
        "Calibrate the instrument against the reference standard following WI-PR-03, at "
        "five points rising and falling. Enter the readings on the LIMS as they are taken; "
        "readings on paper are not accepted.",),
        "Calibration Technician authorised for pressure on the competence matrix.")
    clause("4.4", "Measurement uncertainty", (
        "An uncertainty budget is prepared for each range and reviewed every year, or "
        "sooner when a reference standard is replaced.",),
        "Technical Manager.")
    clause("4.5", "Certificates", (
        "Every certificate is checked by a second Calibration Technician who did not do "
        "the calibration. The Authorised Signatory then signs and issues it.",),
        "Authorised Signatory.")
    clause("4.6", "Nonconforming work", (
        "If a reference standard is found out of tolerance, stop all work on that range "
        "and label the standard NOT FOR USE.",
        "The Quality Manager assesses the effect on certificates issued since the last "
        "good check and decides whether customers must be recalled, after consulting the "
        "Technical Manager. Customers affected are told in writing by the Customer "
        "Services Coordinator.",),
        "Quality Manager.")
    clause("4.7", "Records", (
        "Raw data, certificates and the environmental records are kept for six years.",),
        "Quality Manager.")
    document.add_heading("5\tReview", level=1)
    document.add_paragraph(
        "This procedure is reviewed every two years by the Technical Manager and approved "
        "by the Laboratory Manager.")
    history = [("Rev", "Date", "Change"),
               ("5", "03/2024", "Added transducers up to 700 bar"),
               ("6", "01/2027", "Clause 4.6 rewritten after UKAS visit")]
    add_rows_table(document, history)
    document.add_paragraph("QP-07 rev 6 \u2013 controlled copy on the quality system; "
                           "printed copies are uncontrolled. Page 1 of 2")
    document.save(str(path))
    return path


def build_volunteer_driver_docx(path: Path) -> Path:
    """A hospice's volunteer role profile in Word: a details table, "you" and "we" lists."""
    document = docx.Document()
    document.add_heading("Volunteer role profile: Patient Transport Driver", level=1)
    details = [("Role", "Volunteer Patient Transport Driver"),
               ("Service", "Day Hospice, St Aidan's Hospice"),
               ("Responsible to", "Volunteer Services Coordinator (Grace Obi)"),
               ("Time", "One or two mornings a week, 08:30 to 13:00"),
               ("Checks needed", "Enhanced DBS, full driving licence held for 3 years")]
    add_rows_table(document, details)
    document.add_heading("Why the role matters", level=2)
    document.add_paragraph(
        "Many of the people who come to our Day Hospice can no longer drive or use buses. "
        "Without our drivers they could not get to the clinics, therapies and company the "
        "day offers.")
    document.add_heading("What you'll do", level=2)
    for item in ("Collect patients from home in your own car and bring them to the Day "
                 "Hospice, and take them home again after lunch.",
                 "Help patients in and out of the car and carry their bags; you are not "
                 "asked to lift a patient.",
                 "Fill in the journey sheet for every trip and hand it to reception at the "
                 "end of your shift.",
                 "Tell the nurse in charge if a patient seems unwell or confused on the "
                 "journey.",
                 "Let the driver coordinator know by 4pm the day before if you can no "
                 "longer drive your booked morning."):
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("Who you'll work with", level=2)
    for item in ("The Day Hospice nurse in charge, who gives you the list of patients each "
                 "morning and tells you about any change in their needs.",
                 "The driver coordinator (Phil Marsh, himself a volunteer), who plans the "
                 "rota a month ahead and matches drivers to patients.",
                 "The reception team, who sign you in and out and check your journey "
                 "sheets."):
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("What we'll do for you", level=2)
    document.add_paragraph(
        "The Volunteer Services Coordinator arranges your DBS check and checks your "
        "licence and insurance every year. Your first two journeys are shadowed by an "
        "experienced driver. The Moving and Handling Trainer runs a half-day session for "
        "every new driver before they start. We pay a mileage allowance at the HMRC rate.")
    document.add_heading("What we ask of you", level=2)
    for item in ("Be reliable and on time: patients wait by the door for you.",
                 "Keep what patients tell you confidential.",
                 "Tell the Volunteer Services Coordinator straight away if your licence, "
                 "insurance or health changes."):
        document.add_paragraph(item, style="List Bullet")
    document.add_paragraph(
        "Role profile owned by Volunteer Services and reviewed every two years with the "
        "Day Hospice Manager. Registered charity no. 000000.")
    document.save(str(path))
    return path


def build_processing_schedule_docx(path: Path) -> Path:
    """A data processing agreement's schedule in Word: defined terms in a table, numbered
    clauses "The Processor shall", lettered sub-clauses, a sub-processor table."""
    document = docx.Document()
    document.add_heading("Schedule 3 \u2013 Data Processing Terms", level=1)
    document.add_paragraph(
        "This Schedule forms part of the Services Agreement dated 2 April 2026 between "
        "Ellery Housing Group (the \u201cController\u201d) and Tallis Cloud Ltd (the "
        "\u201cProcessor\u201d)."
    )
    table = document.add_table(rows=4, cols=2)
    rows = [("Term", "Meaning"),
            ("Data Subjects", "tenants, applicants and their household members"),
            ("Sub-processor", "any third party the Processor engages to process the "
             "Personal Data"),
            ("Personal Data Breach", "as defined in Article 4(12) UK GDPR")]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.add_heading("1. Obligations of the Processor", level=2)
    for text in (
        "1.1\tThe Processor shall process the Personal Data only on the documented "
        "instructions of the Controller.",
        "1.2\tThe Processor shall ensure that its staff who process the Personal Data are "
        "bound by a duty of confidentiality.",
        "1.3\tThe Processor shall:",
    ):
        document.add_paragraph(text)
    for item in ("(a)\timplement the technical and organisational measures in Annex B;",
                 "(b)\tnotify the Controller of any Personal Data Breach without undue delay "
                 "and in any event within 36 hours of becoming aware of it;",
                 "(c)\tassist the Controller with data protection impact assessments and "
                 "with responding to requests from Data Subjects;",
                 "(d)\tat the end of the Services, delete or return all Personal Data at "
                 "the Controller\u2019s choice."):
        document.add_paragraph(item, style="List Bullet")
    document.add_paragraph(
        "1.4\tThe Processor\u2019s Data Protection Officer shall keep a record of all "
        "processing carried out on behalf of the Controller and make it available to the "
        "Controller on request."
    )
    document.add_heading("2. Obligations of the Controller", level=2)
    for text in (
        "2.1\tThe Controller shall ensure that it has a lawful basis for the processing and "
        "shall give the privacy notices to Data Subjects.",
        "2.2\tThe Controller\u2019s Information Governance Manager shall be the point of "
        "contact for the Processor and shall forward any request from a Data Subject to "
        "the Processor within five working days where the Processor\u2019s help is needed.",
    ):
        document.add_paragraph(text)
    document.add_heading("3. Sub-processors", level=2)
    document.add_paragraph(
        "3.1\tThe Processor shall not engage a Sub-processor without the prior written "
        "authorisation of the Controller. The Sub-processors authorised at the date of this "
        "Schedule are:"
    )
    subs = document.add_table(rows=3, cols=3)
    for r, values in enumerate((("Sub-processor", "Service", "Location"),
                                ("Norvane Hosting BV", "Data centre hosting", "Netherlands"),
                                ("Quillmail Ltd", "Bulk e-mail delivery", "United Kingdom"))):
        for c, value in enumerate(values):
            subs.cell(r, c).text = value
    document.add_paragraph(
        "3.2\tThe Processor shall inform the Controller of any intended change to its "
        "Sub-processors at least 30 days in advance, and the Controller may object to the "
        "change."
    )
    document.add_heading("4. Audit", level=2)
    document.add_paragraph(
        "4.1\tThe Controller may audit the Processor\u2019s compliance with this Schedule "
        "once a year on 30 days\u2019 notice. Audits are carried out by the Controller\u2019s "
        "Internal Audit team or by an independent auditor appointed by the Controller, and "
        "the Processor shall co-operate with them."
    )
    document.save(str(path))
    return path


def build_water_cascade_docx(path: Path) -> Path:
    """A water company's notification cascade in Word: a metadata line, a Step | Who |
    Tells | How | Within table, then a bold run-in role name over each role's duties."""
    document = docx.Document()
    document.add_heading("Drinking water quality events: who tells whom", level=1)
    document.add_paragraph("Procedure WQ-11 \u00b7 Issue 5 \u00b7 Owner: Head of Water "
                           "Quality \u00b7 Applies to every supply zone of Fenwold Water")
    document.add_paragraph(
        "An event is any failed sample, and anything else that may affect the safety of the "
        "water we supply: a burst in a trunk main, a power cut at a treatment works, a "
        "complaint of taste or smell from more than three customers in a zone. The cascade "
        "below is followed in order. Each person calls the next one in the table and writes "
        "the time of the call in the Event Log.")
    document.add_heading("The cascade", level=2)
    rows = [("Step", "Who", "Tells", "How", "Within"),
            ("1", "Laboratory Analyst", "Duty Water Quality Scientist",
             "Phone, then e-mail with the result", "30 minutes of the result being confirmed"),
            ("2", "Duty Water Quality Scientist", "Water Quality Manager on call", "Phone",
             "1 hour"),
            ("3", "Water Quality Manager", "Drinking Water Inspectorate (DWI)",
             "Phone, then the online event form", "24 hours"),
            ("4", "Water Quality Manager", "Consultant in Health Protection (UKHSA)", "Phone",
             "1 hour where there may be a risk to health"),
            ("5", "Water Quality Manager", "Incident Duty Director", "Phone", "1 hour"),
            ("6", "Incident Duty Director", "Chief Executive", "Phone or text", "2 hours"),
            ("7", "Customer Contact Centre Manager", "Customers in the zone",
             "Text message and the website", "Once the Incident Duty Director has approved "
             "the wording")]
    add_rows_table(document, rows)
    document.add_heading("Roles during an event", level=2)
    for role, text in (
        ("Duty Water Quality Scientist. ",
         "Confirms the result with the laboratory and decides whether to resample. Asks the "
         "Sampling Team to take the resample, and opens the Event Log."),
        ("Water Quality Manager. ",
         "Decides whether the event is an incident, after consulting the Consultant in "
         "Health Protection. Leads the incident team until the Incident Duty Director takes "
         "over, and writes the 20-day report to the DWI."),
        ("Incident Duty Director. ",
         "Chairs the incident team. Decides whether to issue Boil Water or Do Not Drink "
         "notices, on the advice of the Consultant in Health Protection, and approves every "
         "message to customers."),
        ("Network Operations Manager. ",
         "Isolates or flushes mains as the incident team directs, and tells the Water "
         "Quality Manager when it is done."),
        ("Communications Lead. ",
         "Drafts the press statement for the Incident Duty Director to approve, and briefs "
         "the Environmental Health team of the local council."),
    ):
        paragraph = document.add_paragraph()
        paragraph.add_run(role).bold = True
        paragraph.add_run(text)
    document.add_heading("After the event", level=2)
    document.add_paragraph(
        "Within 30 days the Water Quality Manager holds a lessons-learned review with "
        "everyone who took part, and the Head of Water Quality updates this procedure. "
        "Out-of-hours numbers are in the Duty Book, not in this document.")
    document.save(str(path))
    return path


def build_design_matrix_docx(path: Path) -> Path:
    """A school building project's design responsibility matrix in Word: a page header, a
    key of D / A / C / I, a table of parties, then a matrix whose first header row groups
    the parties' columns under merged cells ("Client side", "Design team", "Contractor"),
    and numbered notes in prose."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = (
        "Project 2217 \u00b7 St Aldhelm's CE Primary School, new teaching block \u00b7 "
        "DRM Rev C")
    document.add_heading("Design Responsibility Matrix", level=0)
    document.add_paragraph(
        "Issued for RIBA Stage 4 (technical design), 3 November 2025. Prepared by the "
        "Project Manager, Tarn & Ashby Consulting, for the Wessex Diocesan Education Trust.")
    document.add_heading("1. Purpose", level=1)
    document.add_paragraph(
        "The new block adds four classrooms, a group room and an accessible changing place "
        "to the existing Victorian school, on a site that stays open during the works. This "
        "matrix records which party designs each deliverable and who approves, comments on "
        "or receives it, so that nothing is designed twice or not at all. Where it differs "
        "from the building contract or an appointment, the contract or appointment "
        "prevails.")
    document.add_heading("2. Key", level=1)
    for line in ("D \u2013 designs and produces the deliverable",
                 "A \u2013 approves the deliverable before it is issued",
                 "C \u2013 is asked to comment before it is issued",
                 "I \u2013 receives a copy when it is issued"):
        document.add_paragraph(line, style="List Bullet")
    document.add_paragraph("A blank cell means the party has no part in that deliverable.")
    document.add_heading("3. Parties", level=1)
    add_rows_table(document, [
        ("Party", "Organisation", "Lead contact"),
        ("Client", "Wessex Diocesan Education Trust", "Fr. Martin Deakin"),
        ("Project Manager", "Tarn & Ashby Consulting", "Louise Tarn"),
        ("Architect", "Greaves Lunn Architects", "Samir Greaves"),
        ("Structural Engineer", "Pell Structures", "Anna Pell"),
        ("MEP Engineer", "Clearwater Building Services", "Tom Okafor"),
        ("Principal Designer", "Greaves Lunn Architects", "Ruth Lunn"),
        ("Main Contractor", "Holloway Build Ltd", "Gary Holloway"),
    ])
    document.add_heading("4. Matrix", level=1)
    parties = ("Client", "PM", "Architect", "Structural Engineer", "MEP Engineer",
               "Principal Designer", "Main Contractor")
    rows = [
        ("Stage 4 general arrangement drawings", "I", "A", "D", "C", "C", "C", "I"),
        ("Foundation design", "", "A", "C", "D", "", "C", "I"),
        ("Steel frame connection design", "", "", "C", "A", "", "", "D"),
        ("Below-ground drainage design", "", "A", "C", "D", "", "", "I"),
        ("Heating and ventilation design", "C", "A", "C", "", "D", "", "I"),
        ("Fire strategy", "A", "C", "D", "", "C", "C", "I"),
        ("Design risk register", "", "I", "C", "C", "C", "D", "I"),
        ("Room data sheets", "A", "C", "D", "", "C", "", ""),
        ("Internal finishes schedule", "A", "", "D", "", "", "", "C"),
        ("Construction phase plan", "", "I", "", "", "", "A", "D"),
        ("As-built drawings and O&M manual", "A", "C", "", "", "", "", "D"),
        ("Health and safety file", "A", "I", "C", "C", "C", "D", "C"),
    ]
    table = document.add_table(rows=len(rows) + 2, cols=8)
    table.cell(0, 0).text = "Deliverable"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Client side"
    table.cell(0, 3).merge(table.cell(0, 6)).text = "Design team"
    table.cell(0, 7).text = "Contractor"
    for c, party in enumerate(parties, start=1):
        table.cell(1, c).text = party
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.add_heading("5. Notes", level=1)
    for note in (
        "The Architect applies for Building Control approval and sends Building Control's "
        "comments to the design team.",
        "The Architect chairs the fortnightly design team meeting; the Project Manager "
        "issues the minutes within three working days.",
        "A change to a deliverable once it has been approved needs a change request, "
        "raised by the Project Manager and agreed with the Client before any redesign "
        "starts.",
        "The Main Contractor's own designers are appointed by the Main Contractor, which "
        "remains responsible for their work.",
        "This matrix is kept by the Project Manager and reissued at the start of each "
        "stage.",
    ):
        document.add_paragraph(note, style="List Number")
    document.save(str(path))
    return path


def build_operation_order_docx(path: Path) -> Path:
    """A school expedition's operation order in Word in the five-paragraph military shape: a
    page header and footer, a centred bold title block, numbered headings (Situation,
    Mission, Execution, Service Support, Command and Signal), lettered and bracketed
    paragraphs, a bold task heading per role with the holders' names in brackets."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    section = document.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL – for expedition staff and parents on request"
    section.footer.paragraphs[0].text = (
        "Ravensdale School DofE – OPORD 03/27 – Version 2 – 9 March 2027")

    def para(text: str, bold: bool = False, centred: bool = False) -> None:
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = bold
        if centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    para("RAVENSDALE SCHOOL DUKE OF EDINBURGH'S AWARD UNIT", True, centred=True)
    para("OPERATION ORDER 03/27", True, centred=True)
    para("Silver Qualifying Expedition – Peak District (Dark Peak), Fri 23 – Sun 25 April "
         "2027", True, centred=True)
    para("Copy no. 4 of 12\tIssued by: Expedition Leader (Mr N. Harrowby)\tApproved: EVC "
         "(Mrs S. Ifeanyi), 8 March 2027")
    para("References: A. DofE Expedition Guide (2022). B. Ravensdale School Educational "
         "Visits Policy. C. Route cards and risk assessment RA-DofE-27-03 (Annex A and B).")
    document.add_heading("1. SITUATION", level=1)
    para("a. Ground. Moorland and reservoir valleys between Edale, the Derwent reservoirs "
         "and Hathersage. Paths are clear in good visibility but the plateau is "
         "featureless in mist. There is no mobile signal in parts of the Alport and "
         "Westend valleys.")
    para("b. Weather. To be confirmed by the Expedition Leader from the Met Office "
         "mountain forecast at 1800 on Thursday. The expedition will not start if the "
         "forecast is for gusts over 45 mph on the tops.")
    para("c. Participants. 18 Year 11 students in three teams (Teams Kinder, Bleaklow and "
         "Stanage) of six. All completed their Silver practice expedition in October.")
    para("d. Campsites. Friday: Upper Booth Farm. Saturday: North Lees. Both booked and "
         "paid by the school office.")
    document.add_heading("2. MISSION", level=1)
    para("Three teams of Silver participants complete a self-reliant, unaccompanied "
         "expedition of three days and two nights to the standard of the DofE twenty "
         "conditions, and return safely to school by 1700 on Sunday 25 April.")
    document.add_heading("3. EXECUTION", level=1)
    para("a. Concept. Teams walk their own routes, remotely supervised. Supervisors shadow "
         "the teams at checkpoints and meet them at camp. The Assessor assesses the "
         "expedition against the twenty conditions. Base Contact at school keeps the link "
         "to parents.")
    para("b. Tasks.", True)
    para("(1) Expedition Leader (Mr Harrowby).", True)
    para("(a) Commands the expedition and makes the go / no-go decision on Friday at 0700 "
         "after consulting the Assessor.")
    para("(b) Confirms the weather forecast on Thursday evening and briefs the supervisors "
         "at the team meeting at 1900.")
    para("(c) Holds the emergency contact sheets and medical forms.")
    para("(d) Decides whether to withdraw a team or change a route, and informs the Base "
         "Contact of any change.")
    para("(e) Reports any incident requiring medical treatment to the EVC the same day.")
    para("(2) Supervisors (Ms Kaur, Mr Doyle, Mr Plant).", True)
    para("(a) Each supervises one team, remotely, and checks them in at every checkpoint "
         "on the route card.")
    para("(b) Inspect the team's kit and food on Friday morning before departure, together "
         "with the team leader.")
    para("(c) Visit their team's camp each evening and check tents, stoves and welfare.")
    para("(d) Report check-in times to the Expedition Leader by radio or text.")
    para("(3) Assessor (Ms R. Lindqvist, accredited DofE assessor, Peak District "
         "Expeditions Ltd).", True)
    para("(a) Meets each team before the start and at least once each day.")
    para("(b) Runs the presentation debrief with each team on Sunday and signs off the "
         "expedition section in eDofE.")
    para("(4) Team leaders (one student per team, chosen by the team).", True)
    para("(a) Make sure the team reaches each checkpoint and sends the check-in text to "
         "the Base Contact at 1200 and 1700 each day.")
    para("(b) Tell the nearest supervisor at once of any injury, illness or if the team is lost.")
    para("(5) Minibus drivers (Mr Doyle, Mrs Evans).", True)
    para("(a) Carry out the daily minibus checks and complete the vehicle log.")
    para("(b) Drive the teams to the start points and collect them from Hathersage on Sunday.")
    para("c. Coordinating instructions.", True)
    para("(1) Timings: depart school 0630 Friday; start walking 0900; latest arrival at camp 1730.")
    para("(2) If a team misses a check-in by 60 minutes, the Base Contact telephones the "
         "Expedition Leader, who sends the team's supervisor to the last checkpoint.")
    para("(3) If a team has not been found 2 hours after a missed check-in, the Expedition "
         "Leader calls Edale Mountain Rescue via 999 (Police, then Mountain Rescue) and "
         "informs the Head.")
    document.add_heading("4. SERVICE SUPPORT", level=1)
    para("a. Transport. Two school minibuses (see 3.b.(5)). The school office books the fuel card.")
    para("b. Medical. Mr Plant is the expedition's First Aider and carries the group first "
         "aid kit and the participants' medication in the support vehicle. He keeps the "
         "medication log. Participants carry their own inhalers and EpiPens.")
    para("c. Kit. Tents, stoves and maps are issued from the DofE store by the DofE "
         "Manager on the Wednesday before; teams sign for them.")
    document.add_heading("5. COMMAND AND SIGNAL", level=1)
    para("a. Command. Expedition Leader, then the senior supervisor (Ms Kaur) if the "
         "Expedition Leader is out of contact.")
    para("b. Base Contact. Mrs D. Whitfield (Deputy Head), at school and by phone 24 hours "
         "throughout. She keeps the check-in log, and she is the only person who "
         "telephones parents during the expedition, after speaking to the Expedition "
         "Leader.")
    para("c. Communications. Staff radios on channel 3. Mobile numbers on the contact "
         "sheet (Annex C). Participants text check-ins only; they call 999 first in an "
         "emergency.")
    para("")
    para("Annexes: A – Route cards. B – Risk assessment. C – Contact sheet (staff only). D "
         "– Kit list.")
    para("Acknowledge: all staff named above to reply to the Expedition Leader by e-mail "
         "on receipt.")
    document.save(str(path))
    return path


def build_insulin_delegation_docx(path: Path) -> Path:
    """A community nursing procedure in Word in the NHS shape: a document control table, a
    roles section with a bold paragraph per role, and numbered procedure stages as
    two-column Action | Rationale tables whose heading names who carries out the actions."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    section = document.sections[0]
    section.header.paragraphs[0].text = (
        "Westmoor Community Health NHS Trust – Clinical Procedure CP-DN-019")
    section.footer.paragraphs[0].text = (
        "Printed copies are uncontrolled. Check the intranet for the current version.")

    def para(text: str, bold: bool = False) -> None:
        document.add_paragraph().add_run(text).bold = bold

    def action_table(rows: Sequence[tuple[str, str]]) -> None:
        add_rows_table(document, [("Action", "Rationale"), *rows])

    document.add_heading("Delegation of Subcutaneous Insulin Administration to Healthcare "
                         "Support Workers in the Community", level=0)
    add_rows_table(document, [
        ("Document type", "Clinical procedure"),
        ("Version", "2.1"),
        ("Author", "Diabetes Specialist Nurse Lead, Community Services"),
        ("Approved by", "Nursing and Midwifery Clinical Practice Group, 12 September 2026"),
        ("Review date", "September 2028"),
        ("Applies to", "District nursing teams, community healthcare support workers, "
                       "diabetes specialist nurses"),
    ])
    document.add_heading("1. Introduction", level=1)
    para("More people with diabetes are living at home and need insulin injected once or "
         "twice a day by a nurse. Where a patient's diabetes is stable, the registered "
         "nurse may delegate the injection to a trained healthcare support worker (HCSW). "
         "This procedure sets out how that is done safely. It does not cover insulin "
         "pumps, variable doses or patients at the end of life.")
    document.add_heading("2. Roles and responsibilities", level=1)
    para("District Nursing Team Leader", bold=True)
    para("Decides, with the caseload registered nurse, which patients are suitable for "
         "delegation, and keeps the team's register of HCSWs who are signed off as "
         "competent. Makes sure every HCSW has their competence reassessed every year.")
    para("Registered Nurse (RN)", bold=True)
    para("Remains accountable for the decision to delegate and for the patient's care. "
         "Assesses the patient, writes the delegation plan and supervises the HCSW. The "
         "RN must visit the patient at least once every 28 days and review the blood "
         "glucose record.")
    para("Healthcare Support Worker (HCSW)", bold=True)
    para("Gives insulin only to patients named on their delegation plan, at the dose "
         "prescribed, and only after completing the training and being signed off as "
         "competent. Is responsible for their own practice and must refuse any task they "
         "do not feel competent to carry out.")
    para("Diabetes Specialist Nurse (DSN)", bold=True)
    para("Delivers the insulin training to HCSWs and carries out the first competency "
         "assessment. Advises the RN on patients whose blood glucose is unstable.")
    para("Prescriber (GP or non-medical prescriber)", bold=True)
    para("Prescribes the insulin with a fixed dose on the community medication "
         "administration record (MAR) and reviews the prescription when the RN asks.")
    document.add_heading("3. Procedure", level=1)
    document.add_heading("3.1 Before delegation – the registered nurse", level=2)
    action_table([
        ("Assess the patient's suitability using the delegation checklist (Appendix 2).",
         "Only patients with stable, fixed-dose insulin and a stable blood glucose record "
         "for four weeks are suitable."),
        ("Discuss delegation with the patient or their carer and record their consent in "
         "the patient record.",
         "The patient has the right to refuse care from a support worker."),
        ("Check that the prescription on the MAR states the insulin's name, device, dose "
         "and time. If it does not, ask the prescriber to amend it.",
         "An HCSW cannot act on a prescription that is unclear or has a dose range."),
        ("Write the patient's delegation plan, including the blood glucose levels at which "
         "the HCSW must call the RN, and agree it with the Team Leader.",
         "The plan is the HCSW's instruction; the Team Leader checks it against the "
         "caseload."),
        ("Confirm on the register that the HCSW is signed off as competent before "
         "allocating the visit.",
         "Delegation to a worker who is not competent is unsafe."),
    ])
    document.add_heading("3.2 Training and sign-off", level=2)
    action_table([
        ("The DSN delivers the half-day insulin workshop and assesses the HCSW's "
         "competence on the workbook.", "Theory before practice."),
        ("The HCSW completes three supervised administrations with an RN, who records each "
         "one in the competency workbook.", "Practice under observation."),
        ("The DSN signs the HCSW off as competent and sends the signed workbook to the Team "
         "Leader, who adds the HCSW to the register.",
         "The register is the only proof of competence the team uses."),
    ])
    document.add_heading("3.3 At each visit – the healthcare support worker", level=2)
    action_table([
        ("Confirm the patient's identity and check that their name is on your delegation "
         "plan.", "Prevents the wrong patient receiving insulin."),
        ("Check the MAR: insulin name, dose, time and that it has not already been given.",
         "Prevents omitted and double doses."),
        ("Test the patient's blood glucose and record it on the blood glucose chart.",
         "The dose is given only within the range on the plan."),
        ("If the blood glucose is outside the range on the plan, do not give the insulin. "
         "Phone the RN at once and follow their instruction.",
         "Hypoglycaemia or hyperglycaemia needs a nurse's assessment."),
        ("Give the insulin with the patient's own pen device, rotating the injection site "
         "as shown on the site chart.", "Reduces lipohypertrophy."),
        ("Sign the MAR straight after giving the dose.", "An unsigned dose may be repeated."),
        ("Report any missed dose, wrong dose or device fault to the RN the same day and "
         "complete an incident report on Datix.",
         "Incidents are reviewed by the Team Leader each week."),
    ])
    document.add_heading("3.4 Review", level=2)
    para("The RN reviews the blood glucose record at each 28-day visit and tells the "
         "prescriber of any pattern of readings outside the range. The RN may withdraw the "
         "delegation at any time, and informs the Team Leader and the HCSW when they do. "
         "The Team Leader reviews the Datix incidents each week and reports any themes to "
         "the Trust's Medicines Safety Group every quarter.")
    document.add_heading("4. Monitoring compliance", level=1)
    para("The Diabetes Specialist Nurse Lead audits ten delegation plans each year against "
         "this procedure and presents the results to the Clinical Practice Group.")
    document.save(str(path))
    return path


def build_otc_narrative_docx(path: Path) -> Path:
    """A listed company's SOX process narrative in Word: a document information table, prose
    paragraphs per sub-process with the key controls run into the text in bold brackets, a
    walkthrough note and a closing control matrix (Control ID | Control activity | Control
    owner | Reviewer | Frequency | Type)."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(11)
    section = document.sections[0]
    section.header.paragraphs[0].text = (
        "Halvorsen Marine Systems plc – Internal Controls over Financial Reporting")
    section.footer.paragraphs[0].text = (
        "Confidential – prepared for management and the external auditor")

    def para(*runs: tuple[str, bool]) -> None:
        paragraph = document.add_paragraph()
        for text, bold in runs:
            paragraph.add_run(text).bold = bold

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("PROCESS NARRATIVE\nOrder to Cash (OTC) – Aftermarket Parts Division").bold = True
    add_rows_table(document, [
        ("Process owner", "Financial Controller, Aftermarket Parts"),
        ("Prepared by", "L. Whitcombe, SOX Compliance Analyst"),
        ("Reviewed by", "Internal Audit – M. Osei"),
        ("Fiscal year", "FY2027"),
        ("Systems", "SAP S/4HANA (SD, FI-AR), Salesforce CPQ, HighRadius cash application"),
        ("Version", "3.0 – updated for the move of cash application to the shared service centre"),
    ])
    document.add_heading("1. Overview", level=1)
    para(("The Aftermarket Parts Division sells spare parts and service kits for marine propulsion "
          "systems to shipyards, fleet operators and distributors. Annual revenue is about "
          "$180m from roughly 2,400 active customers. Orders arrive by EDI, through the web "
          "portal or by e-mail, and are shipped from the Bergen and Rotterdam warehouses. This "
          "narrative describes the process from customer set-up to cash receipt and identifies "
          "the key controls tested for SOX 404. Controls are shown in bold with their ID.", False))
    document.add_heading("2. Key personnel", level=1)
    para(("The ", False), ("Financial Controller", True),
         (" owns the process and this narrative, approves credit notes above $25,000 and reviews "
          "the monthly revenue and receivables reconciliations. The ", False),
         ("Credit Manager", True),
         (" sets credit limits and manages collections with two Credit Analysts. The ", False),
         ("Customer Service Team Lead", True),
         (" supervises the Order Administrators who enter and release sales orders. The ", False),
         ("Master Data Team", True),
         (" in the Finance Shared Service Centre (SSC) in Gdańsk maintains customer master data. "
          "The ", False), ("Billing Specialist", True),
         (" runs the billing due list. The ", False), ("AR Accountant", True),
         (" at the SSC applies cash and prepares the receivables reconciliation. The ", False),
         ("Revenue Accountant", True),
         (" performs the cut-off review at each month end.", False))
    document.add_heading("3. Process description", level=1)
    document.add_heading("3.1 Customer set-up and changes", level=2)
    para(("New customers are requested by the sales team on the customer request form in "
          "Salesforce, with the trade registration and a signed credit application attached. "
          "The Master Data Team creates the customer in SAP only when the form is "
          "complete. ", False),
         ("[OTC-01] A Master Data Team member other than the one who made the change compares "
          "every new customer and every change to bank details or payment terms with the "
          "request form each week, using the SAP change log report.", True),
         (" Exceptions are corrected and reported to the Financial Controller.", False))
    document.add_heading("3.2 Credit limits", level=2)
    para(("The Credit Analyst proposes a credit limit from the credit agency score and the "
          "customer's accounts. ", False),
         ("[OTC-02] The Credit Manager approves every new credit limit and every increase in "
          "SAP credit management; limits above $500,000 are also approved by the Financial "
          "Controller.", True),
         (" Orders that exceed the limit are blocked automatically (configuration control "
          "OTC-03, tested by IT Audit) and may be released only by the Credit Manager, who "
          "records the reason in the release note.", False))
    document.add_heading("3.3 Sales orders and pricing", level=2)
    para(("Order Administrators enter orders in SAP from the customer's purchase order, or "
          "check those created by EDI. Prices come from the SAP condition records, which "
          "Pricing maintains from the approved price list. Manual price overrides are "
          "possible. ", False),
         ("[OTC-04] Each week the Customer Service Team Lead reviews the report of orders with "
          "a manual price override of more than 5% and agrees each one to the Sales Director's "
          "written approval.", True),
         (" Where no approval exists the order is held and the Sales Director is asked to "
          "approve or reject it.", False))
    document.add_heading("3.4 Shipping and billing", level=2)
    para(("Warehouse staff post the goods issue when the parts are handed to the carrier. "
          "Billing runs nightly from the billing due list. ", False),
         ("[OTC-05] The Billing Specialist reviews the billing due list every morning for "
          "deliveries not invoiced within two days of goods issue, investigates each one with "
          "the warehouse and clears it before month end.", True),
         (" The Billing Specialist also sends copies of invoices to customers who ask for "
          "them.", False))
    document.add_heading("3.5 Credit notes", level=2)
    para(("Credit notes are raised by Order Administrators for returns and pricing errors, "
          "with the return authorisation or the corrected price attached. ", False),
         ("[OTC-06] Credit notes up to $25,000 are approved in the SAP workflow by the Customer "
          "Service Team Lead, and those above $25,000 by the Financial Controller, before they "
          "are released to the customer.", True))
    document.add_heading("3.6 Cash application and collections", level=2)
    para(("Customer payments are received into the division's bank account and loaded each "
          "day into HighRadius, which matches them to open invoices. The AR Accountant applies "
          "unmatched receipts by hand after contacting the customer where necessary. ", False),
         ("[OTC-07] Each month the AR Accountant reconciles the accounts receivable sub-ledger "
          "to the general ledger, and the Financial Controller reviews and signs the "
          "reconciliation by working day 5.", True),
         (" The Credit Analysts chase overdue invoices following the dunning levels in SAP and "
          "tell the Credit Manager of any customer more than 60 days overdue. ", False),
         ("[OTC-08] Each quarter the Credit Manager reviews the aged debt report and proposes "
          "the bad debt provision, which the Financial Controller approves.", True))
    document.add_heading("3.7 Revenue cut-off", level=2)
    para(("[OTC-09] At each month end the Revenue Accountant selects the last 25 deliveries "
          "of the month and the first 25 of the next, agrees each to the carrier's proof of "
          "delivery and the incoterm, and books an adjustment for any item recognised in the "
          "wrong period.", True),
         (" The Financial Controller reviews the cut-off workpaper and the adjustment before "
          "the books are closed. Internal Audit is copied on the workpaper each quarter.", False))
    document.add_heading("4. Walkthrough", level=1)
    para(("Internal Audit performed the FY2027 walkthrough on 9 September 2026 with the "
          "Financial Controller and the SSC AR team. No changes to the design of the controls "
          "were found other than the move of OTC-07 from Bergen to Gdańsk.", False))
    document.add_heading("Appendix – Control matrix", level=1)
    add_rows_table(document, [
        ("Control ID", "Control activity", "Control owner", "Reviewer", "Frequency", "Type"),
        ("OTC-01", "Independent review of customer master data changes",
         "Master Data Team", "Financial Controller", "Weekly", "Manual, detective"),
        ("OTC-02", "Approval of new credit limits and increases", "Credit Manager",
         "Financial Controller (> $500k)", "As needed", "Manual, preventive"),
        ("OTC-04", "Review of manual price overrides above 5%",
         "Customer Service Team Lead", "Sales Director", "Weekly", "Manual, detective"),
        ("OTC-05", "Review of deliveries not billed", "Billing Specialist", "–", "Daily",
         "Manual, detective"),
        ("OTC-06", "Approval of credit notes", "Customer Service Team Lead",
         "Financial Controller (> $25k)", "As needed", "Manual, preventive"),
        ("OTC-07", "AR sub-ledger to GL reconciliation", "AR Accountant",
         "Financial Controller", "Monthly", "Manual, detective"),
        ("OTC-08", "Bad debt provision", "Credit Manager", "Financial Controller", "Quarterly",
         "Manual, detective"),
        ("OTC-09", "Revenue cut-off testing", "Revenue Accountant", "Financial Controller",
         "Monthly", "Manual, detective"),
    ])
    document.save(str(path))
    return path


def build_vault_dual_control_docx(path: Path) -> Path:
    """A building society branch's vault and cash procedure in Word: a header and footer, a
    title in the Title style, a version table, numbered lists in the List Number style with
    lower-case roles, a key holders table and a duties table Activity | Carried out by |
    Witness | Authorised by | Notify."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10)
    section = document.sections[0]
    section.header.paragraphs[0].text = "Fenwick & Tyne Building Society – Branch Operations Manual"
    section.footer.paragraphs[0].text = "BOM 7.3 · Internal use only · Page"

    def para(text: str, bold: bool = False) -> None:
        document.add_paragraph().add_run(text).bold = bold

    def steps(*items: str) -> None:
        for item in items:
            document.add_paragraph(item, style="List Number")

    document.add_paragraph("Vault Opening, Closing and Cash Movements (Dual Control)",
                           style="Title")
    add_rows_table(document, [
        ("Section", "BOM 7.3"),
        ("Owner", "Head of Branch Network"),
        ("Version", "5.0 (replaces 4.2 – timer lock added at all branches)"),
        ("Last reviewed", "October 2026 by Operational Risk"),
    ])
    document.add_heading("Why this matters", level=1)
    para("Cash and the vault are always under dual control: no one person may open the "
         "vault, hold both combination halves or move cash alone. Breaches of dual control "
         "are reportable to Operational Risk and may lead to disciplinary action. This "
         "section sets out who does what at opening, at closing and when cash is "
         "delivered or collected.")
    document.add_heading("Key and combination holders", level=1)
    para("Each branch keeps its holders on the key register. At Gosforth branch they are:")
    add_rows_table(document, [
        ("Key / combination", "Holder", "Deputy"),
        ("Combination half A", "Branch manager – Karen Doyle", "Senior customer adviser – "
                               "Imran Shah"),
        ("Combination half B", "Cash officer – Lewis Purdy", "Customer adviser – Amy Reed"),
        ("Alarm code and timer override", "Branch manager – Karen Doyle", "Area manager"),
        ("ATM safe keys", "Cash officer – Lewis Purdy", "Senior customer adviser – Imran Shah"),
    ])
    para("The branch manager updates the key register whenever a holder changes and sends "
         "a copy to the Regional Security team. Combinations are changed every six months "
         "and whenever a holder leaves; the change is carried out by the two new holders "
         "and witnessed by the area manager.")
    document.add_heading("Opening the branch", level=1)
    para("Two members of staff must arrive together. If one is late, the other waits "
         "outside and does not enter.")
    steps("The first key holder unsets the alarm and checks the branch for signs of "
          "entry while the second waits at the door.",
          "The second key holder enters only when the all-clear signal is given.",
          "The branch manager and the cash officer open the vault together once the timer "
          "lock releases at 08:30, each entering only their own half of the combination.",
          "The cash officer issues each customer adviser's till float and the adviser "
          "counts it and signs for it in the cash book.",
          "The branch manager records the opening in the vault log with both signatures.")
    document.add_heading("Cash delivery and collection", level=1)
    para("Cash in transit is carried by SecureRoute. Deliveries are booked by the cash "
         "officer through the Cash Centre portal by 12:00 on the day before.")
    steps("Before opening the door to the SecureRoute crew, the cash officer checks the "
          "crew's ID cards against the crew list e-mailed by the Cash Centre.",
          "The cash officer receives the sealed bags with a witness and checks the seal "
          "numbers against the manifest before signing it.",
          "Bags are counted within two hours by the cash officer and a second member of "
          "staff. Any difference is reported to the Cash Centre the same day by the branch "
          "manager, with the bag, the seal and the CCTV reference kept for investigation.",
          "For collections, the cash officer prepares and seals the bags with a witness, "
          "and the branch manager authorises the collection in the portal.")
    document.add_heading("Closing", level=1)
    steps("Each customer adviser balances their till and hands it to the cash officer, "
          "who checks the total against the teller system.",
          "The cash officer and the branch manager lock the vault together and set the "
          "timer lock.",
          "The last two members of staff set the alarm and leave together.")
    document.add_heading("Who does what", level=1)
    add_rows_table(document, [
        ("Activity", "Carried out by", "Witness", "Authorised by", "Notify"),
        ("Open and close the vault", "Branch manager + cash officer", "–", "–", "–"),
        ("Order cash from the Cash Centre", "Cash officer", "–", "Branch manager",
         "–"),
        ("Receive a cash delivery", "Cash officer", "Customer adviser", "–",
         "Branch manager"),
        ("Investigate a cash difference over £50", "Branch manager", "–",
         "Area manager", "Operational Risk"),
        ("Override the timer lock", "Branch manager", "Cash officer",
         "Regional Security Manager", "Area manager"),
        ("Quarterly surprise cash count", "Area manager", "Cash officer", "–",
         "Operational Risk"),
        ("Report a breach of dual control", "Any member of staff", "–", "–",
         "Branch manager; Operational Risk"),
    ])
    document.add_heading("Emergencies", level=1)
    para("In a robbery, staff follow the robbery procedure (BOM 7.9). The branch manager "
         "calls the police and the Regional Security Manager once the offenders have left, "
         "and the area manager tells Head of Branch Network the same day. If the vault "
         "cannot be opened at the timer's release, the branch manager phones the Regional "
         "Security Manager, who arranges the locksmith and decides whether the branch "
         "opens without the vault.")
    document.save(str(path))
    return path


def build_donor_session_docx(path: Path) -> Path:
    """A blood service's standard operating procedure for a mobile donor session in Word:
    a header and footer, a document control table, responsibilities as a paragraph per
    role under a heading, the procedure in numbered sub-sections of List Number steps with
    lower-case roles and passives that name their doer, and a summary table Task |
    Performed by | Checked by | Inform."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    section = document.sections[0]
    section.header.paragraphs[0].text = ("Caledonian Blood Transfusion Service    "
                                         "SOP MDS-042    Version 7")
    section.footer.paragraphs[0].text = ("Uncontrolled when printed. Check the Q-Pulse "
                                         "register for the current version.    Page 1 of 4")

    def para(text: str, bold: bool = False) -> None:
        document.add_paragraph().add_run(text).bold = bold

    def steps(*items: str) -> None:
        for item in items:
            document.add_paragraph(item, style="List Number")

    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading.add_run("MOBILE DONOR SESSION: SET-UP, DONATION AND CLOSE-DOWN").bold = True
    add_rows_table(document, [
        ("Document number", "MDS-042", "Version", "7"),
        ("Author", "F. Mackay, Lead Nurse, Donor Services", "Effective date", "02/11/2026"),
        ("Approved by", "Dr R. Sutherland, Clinical Director", "Review date", "02/11/2028"),
        ("Replaces", "MDS-042 v6", "Change", "Section 4.4 rewritten; ADR form DS-19 v3"),
    ])
    document.add_heading("1. Purpose", level=1)
    para("To describe how a mobile donor session is set up, run and closed down so that "
         "donors are kept safe and every donation reaches the Manufacturing Centre in a "
         "condition fit for processing.")
    document.add_heading("2. Scope", level=1)
    para("All mobile sessions held in community venues. Fixed donor centres follow "
         "MDS-040. Plasma sessions are out of scope.")
    document.add_heading("3. Responsibilities", level=1)
    para("Session Manager", bold=True)
    para("The Session Manager is responsible for the safe running of the session. They "
         "brief the team before the first donor is seen, allocate staff to the stations and "
         "complete the session record at close-down.")
    para("Registered Nurse (RN)", bold=True)
    para("The registered nurse assesses donor eligibility when the health screen raises a "
         "query and manages any adverse donor reaction. The RN covers for the Session "
         "Manager when they are on a break.")
    para("Donor Carer", bold=True)
    para("Donor carers carry out the health screen, perform venepuncture, monitor the donor "
         "throughout the donation and label the pack and the sample tubes.")
    para("Session Assistant / Driver", bold=True)
    para("The session assistant drives the session vehicle, sets up and clears the venue, "
         "runs reception and the refreshment area and packs the donations for transport.")
    document.add_heading("4. Procedure", level=1)
    document.add_heading("4.1 Set-up", level=2)
    steps("The session assistant unloads the vehicle and sets up the beds, reception and "
          "refreshment area to the venue plan.",
          "The Session Manager checks the venue against the venue checklist (DS-04) and "
          "records the room temperature; sessions do not start below 16 °C.",
          "The Session Manager briefs the team and allocates each donor carer to a bed.")
    document.add_heading("4.2 Registration and health screen", level=2)
    steps("Donors are registered at reception by the session assistant, who checks their "
          "identity against the donor record.",
          "The donor carer conducts the health screen interview and checks the haemoglobin "
          "by finger-prick.",
          "Where a donor answers yes to a medical question, the donor carer refers them to "
          "the registered nurse, who decides whether they may donate, consulting the "
          "Medical Officer on call where the guidelines do not give the answer.",
          "Deferred donors are told the reason by the registered nurse and given the "
          "deferral leaflet.")
    document.add_heading("4.3 Donation", level=2)
    steps("The donor carer performs venepuncture and stays within sight of the donor for "
          "the whole donation.",
          "At the end of the donation the donor carer seals the line, labels the pack and "
          "the samples at the bedside and places them in the collection tray.",
          "Donors are observed in the refreshment area for at least 15 minutes by the "
          "session assistant.")
    document.add_heading("4.4 Adverse donor reactions", level=2)
    para("Any member of the team who sees a donor unwell calls the registered nurse at "
         "once. The registered nurse manages the reaction and completes the adverse "
         "reaction form (DS-19). Serious reactions are reported to the Medical Officer on "
         "call within one hour by the Session Manager, and the Medical Officer decides "
         "whether the donor should be referred to hospital.")
    document.add_heading("4.5 Close-down and transport", level=2)
    steps("The donor carer counts the packs and completes the dispatch note; the Session "
          "Manager checks the count against the session record and signs the note.",
          "The session assistant packs the donations into validated transport boxes and "
          "drives them to the Manufacturing Centre.",
          "The Manufacturing Centre receipt team checks the boxes against the dispatch note "
          "and tells the Session Manager of any discrepancy the same day.",
          "The Session Manager completes the session record and sends it to the Area "
          "Manager within two working days.")
    document.add_heading("5. Summary of responsibilities", level=1)
    add_rows_table(document, [
        ("Task", "Performed by", "Checked by", "Inform"),
        ("Team briefing and station allocation", "Session Manager", "–", "–"),
        ("Health screen", "Donor carer", "Registered nurse (queries only)", "–"),
        ("Venepuncture and labelling", "Donor carer", "–", "–"),
        ("Pack count and dispatch note", "Donor carer", "Session Manager",
         "Manufacturing Centre"),
        ("Adverse donor reaction", "Registered nurse", "–",
         "Session Manager; Medical Officer on call (serious reactions)"),
        ("Session record", "Session Manager", "–", "Area Manager"),
    ])
    document.add_heading("6. Related documents", level=1)
    para("MDS-040 Fixed centre sessions; DS-04 Venue checklist; DS-19 Adverse reaction "
         "form; Donor Selection Guidelines (current edition).")
    document.save(str(path))
    return path


def build_doping_control_docx(path: Path) -> Path:
    """An anti-doping agency's handbook chapter on an event test mission in Word: a cover
    block, a mission team table Role | Who | Main tasks, a section per role with bulleted
    duties in lower case without a subject, the mission's phases in prose with consult
    and inform wording and passives that name their doer, and a note on what the athlete
    may do."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    section = document.sections[0]
    section.header.paragraphs[0].text = "National Anti-Doping Organisation · DCO Handbook 2027"
    section.footer.paragraphs[0].text = "Chapter 6 – In-competition test missions · Restricted"

    def para(text: str) -> None:
        document.add_paragraph(text)

    def bullets(*items: str) -> None:
        for item in items:
            document.add_paragraph(item, style="List Bullet")

    document.add_heading("Chapter 6: In-competition test missions", level=0)
    para("Applies from 1 January 2027 · Owner: Head of Testing · Aligned with the "
         "International Standard for Testing and Investigations (ISTI)")
    document.add_heading("6.1 The mission team", level=1)
    para("A mission at an event is run by a team appointed for that event. For the "
         "National Indoor Athletics Championships the team is:")
    add_rows_table(document, [
        ("Role", "Who", "Main tasks"),
        ("Lead Doping Control Officer (Lead DCO)", "Gareth Price",
         "Runs the mission on the day and signs the mission report"),
        ("Doping Control Officer (DCO)", "Two officers from the regional pool",
         "Witness urine samples and complete the doping control form"),
        ("Blood Collection Officer (BCO)", "Nominated phlebotomist",
         "Collects blood samples"),
        ("Chaperone", "Four trained chaperones",
         "Notify selected athletes and escort them to the station"),
        ("Event Liaison", "Appointed by the event organiser",
         "Provides the doping control station and the start lists"),
    ])
    document.add_heading("6.2 Duties by role", level=1)
    document.add_heading("Testing Coordinator (headquarters)", level=2)
    bullets("issue the mission order to the Lead DCO at least seven days before the event",
            "agree the number and type of tests with the Head of Testing",
            "book the courier to the laboratory")
    document.add_heading("Lead DCO", level=2)
    bullets("contact the event liaison to arrange the doping control station and access "
            "passes",
            "brief the team one hour before the first session",
            "select athletes for testing according to the mission order",
            "sign the mission report and return it to the Testing Coordinator within 48 "
            "hours")
    document.add_heading("Chaperones", level=2)
    bullets("notify the selected athlete in person as soon as they finish their event",
            "stay in direct sight of the athlete until they reach the station",
            "record the time of notification on the notification form, which the athlete "
            "signs")
    document.add_heading("DCOs and the BCO", level=2)
    bullets("DCO: witness the passing of the urine sample and check the specific gravity",
            "DCO: complete the doping control form with the athlete",
            "BCO: collect the blood samples and complete the blood collection record")
    document.add_heading("6.3 On the day", level=1)
    para("The event liaison provides the start lists to the Lead DCO by 08:00. Selection is "
         "made by the Lead DCO from the results, in consultation with the Testing "
         "Coordinator where the mission order allows a choice. Athletes under 18 must be "
         "accompanied by a representative; the chaperone asks the athlete to name one.")
    para("At the station the athlete chooses a collection vessel and a sample kit. The DCO "
         "witnesses the sample and seals it with the athlete. Any athlete who refuses to "
         "give a sample is warned of the consequences by the Lead DCO, and the refusal is "
         "recorded on a supplementary report.")
    document.add_heading("6.4 After the mission", level=1)
    para("The Lead DCO packs the samples and hands them to the courier the same day, "
         "keeping the chain of custody form with the samples. The paperwork is e-mailed to "
         "the Testing Coordinator by the Lead DCO. Any irregularity (a late athlete, a "
         "broken seal, a refusal) is reported by the Lead DCO to the Results Management "
         "team in a supplementary report. The Testing Coordinator tells the event "
         "organiser that the mission is complete and informs the national governing body "
         "of any refusal.")
    document.add_heading("6.5 The athlete", level=1)
    para("The athlete may ask to delay reporting to the station to attend a medal "
         "ceremony, fulfil media commitments or receive medical treatment, if approved by "
         "the Lead DCO. The athlete may add comments on the doping control form.")
    document.save(str(path))
    return path


def build_haul_out_procedure_docx(path: Path) -> Path:
    """A marina's boat lift procedure in Word: a header and footer, a document control
    line, a purpose paragraph, a role-per-row table Role | Responsibilities, numbered
    steps that open with the doer, a passive with its doer and a permission."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Saltmarsh Quay Marina · Boatyard Procedures"
    section.footer.paragraphs[0].text = "BY-03 Haul-out with the travel hoist · Issue 4"
    document.add_heading("BY-03 Haul-out with the 40-tonne travel hoist", level=0)
    document.add_paragraph("Issue 4 · 1 March 2027 · Owner: Yard Manager · Review: March "
                           "2028")
    document.add_heading("1. Purpose", level=1)
    document.add_paragraph("To lift boats out of the water and onto the hard standing "
                           "safely, without damage to the boat, the hoist or people.")
    document.add_heading("2. Roles", level=1)
    add_rows_table(document, [
        ("Role", "Responsibilities"),
        ("Yard Manager", "Plans the lift schedule; approves any lift over 30 tonnes"),
        ("Hoist Driver", "Drives the travel hoist and is in charge of the lift area"),
        ("Slinger", "Positions the slings and guides the hoist driver by hand signals"),
        ("Marina Office", "Books the lift with the boat owner and takes payment"),
    ])
    document.add_heading("3. Procedure", level=1)
    for step in (
            "The Marina Office books the lift and sends the boat's details (length, beam, "
            "weight and sling marks) to the Yard Manager.",
            "The Yard Manager checks the weight against the hoist's limit and confirms the "
            "lift time with the boat owner.",
            "The boat owner empties the boat of loose gear and shuts off the gas before "
            "the lift.",
            "The Hoist Driver inspects the slings and the hoist before the first lift of the "
            "day and records the check in the hoist log.",
            "The Slinger positions the slings at the sling marks, consulting the boat owner "
            "on the position of the log and the propeller shaft.",
            "The Hoist Driver lifts the boat clear of the water and stops for the pressure "
            "wash.",
            "The hull is pressure washed by the yard hand while the boat hangs in the "
            "slings.",
            "The Hoist Driver moves the boat to its place on the hard standing, where the "
            "yard hand sets the props and chocks.",
            "The Hoist Driver tells the Marina Office that the lift is complete, and the "
            "Marina Office invoices the owner."):
        document.add_paragraph(step, style="List Number")
    document.add_heading("4. Weather and stopping a lift", level=1)
    document.add_paragraph(
        "No lift starts when the wind is above 25 knots. The Hoist Driver stops any lift "
        "that looks unsafe and informs the Yard Manager. The boat owner may watch the lift "
        "from behind the barrier.")
    document.save(path)
    return path


def build_cinema_duty_manager_docx(path: Path) -> Path:
    """An independent cinema's job description in Word: a details table (job title,
    reports-to line, hours), a purpose paragraph, main duties as imperative bullets, a
    working-with-others list with consult and hand-off wording, and a person
    specification of traits."""
    document = docx.Document()
    section = document.sections[0]
    section.footer.paragraphs[0].text = "The Regent Picturehouse · Job description · 2027"
    document.add_heading("Job description: Duty Manager", level=0)
    add_rows_table(document, [
        ("Job title", "Duty Manager"),
        ("Reports to", "General Manager"),
        ("Hours", "30 hours a week, mostly evenings and weekends"),
        ("Salary", "£27,500 pro rata"),
    ])
    document.add_heading("Purpose of the job", level=1)
    document.add_paragraph(
        "The Duty Manager runs the cinema on shift: the front of house team, the bar and "
        "the screens, so that every film starts on time and every customer leaves happy.")
    document.add_heading("Main duties", level=1)
    for item in (
            "Open and close the building, including the alarm and the cash office",
            "Brief the front of house team at the start of each shift",
            "Deal with customer complaints and give refunds up to £50",
            "Check the screens are clean and safe before each performance",
            "Count the tills at the end of the night and bank the takings",
            "Lead the evacuation of the building if the fire alarm sounds"):
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("Working with others", level=1)
    for item in (
            "Agree the weekly staff rota with the General Manager",
            "Tell the projectionist at once if a film starts late or a screen has a fault",
            "Send the nightly takings report to the Finance Officer",
            "Report any accident to the General Manager on the same day"):
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("Person specification", level=1)
    for item in ("Calm under pressure", "Experience of supervising a team",
                 "A personal licence holder, or willing to become one",
                 "A love of film"):
        document.add_paragraph(item, style="List Bullet")
    document.add_paragraph("To apply, send your CV and a covering letter to "
                           "jobs@regentpicturehouse.example by 31 January 2027.")
    document.save(path)
    return path


def build_head_greenkeeper_docx(path: Path) -> Path:
    """A golf club's job description in Word: a header, a details table (reports to,
    responsible for, hours), a purpose paragraph, key responsibilities as bullets without
    a subject, a key relationships list with consult and report wording, a person
    specification table of essential and desirable traits, a machinery list and a closing
    paragraph with contact details."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Ashcombe Park Golf Club · Private and confidential"
    section.footer.paragraphs[0].text = "JD-GC-02 · Head Greenkeeper · January 2027"
    document.add_heading("Job Description – Head Greenkeeper", level=0)
    add_rows_table(document, [
        ("Job title", "Head Greenkeeper"),
        ("Reports to", "General Manager (day to day); Greens Committee (course policy)"),
        ("Responsible for", "Deputy Head Greenkeeper, 4 greenkeepers, 1 apprentice, "
                            "seasonal staff"),
        ("Hours", "45 hours a week, early starts; weekend work on a rota"),
        ("Salary", "£38,000 – £42,000 depending on experience, plus accommodation"),
    ])
    document.add_heading("Purpose of the role", level=1)
    document.add_paragraph(
        "To lead the greenkeeping team in presenting the 18-hole championship course and "
        "the 9-hole academy course to the highest standard the budget allows, in line with "
        "the Course Policy Document agreed by the Greens Committee, and to protect the "
        "course's heathland habitats for the future.")
    document.add_heading("Key responsibilities", level=1)
    for item in (
            "Plan and manage the daily work of the greenkeeping team, including the staff "
            "rota and holidays",
            "Prepare the course for competitions, including hole positions and green "
            "speeds, working with the Competitions Secretary",
            "Draw up the annual course maintenance programme and present it to the Greens "
            "Committee for approval each autumn",
            "Prepare the greenkeeping budget with the General Manager and keep spending "
            "within it",
            "Keep records of all fertiliser and pesticide applications, in line with the "
            "Plant Protection Products Regulations",
            "Make sure that all machinery is serviced and safe, and keep the workshop and "
            "chemical store secure",
            "Decide whether the course is fit for play after heavy rain, frost or snow, and "
            "close it or put it on temporary greens",
            "Carry out annual appraisals for the greenkeeping staff and plan their "
            "training",
            "Manage the heathland restoration work in consultation with Natural England and "
            "the county ecologist"):
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("Key relationships", level=1)
    for item in (
            "General Manager: agree the staff budget and any spending over £1,000 with the "
            "General Manager",
            "Greens Committee: attend its monthly meetings and report on the condition of "
            "the course",
            "Club Professional: consult the Club Professional before changing the academy "
            "course or the practice ground",
            "Members: inform members of course closures and major works through the club's "
            "app and the notice board",
            "Contractors: supervise drainage, irrigation and tree contractors working on "
            "the course"):
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("Person specification", level=1)
    add_rows_table(document, [
        ("", "Essential", "Desirable"),
        ("Qualifications", "NVQ Level 3 in Sports Turf or equivalent; PA1, PA2 and PA6 "
                           "spraying certificates", "Foundation degree in Turf Science"),
        ("Experience", "Five years as deputy or head greenkeeper", "Heathland or links "
                                                                  "course"),
        ("Skills", "Leading a team; budgets; IT (Excel, irrigation software)",
         "Ecology and habitat management"),
    ])
    document.add_heading("Main machinery", level=1)
    for item in ("Toro Greensmaster 3150 (x3)", "John Deere 8800 fairway mower",
                 "Toro Infinity irrigation system", "Charterhouse Verti-Drain"):
        document.add_paragraph(item, style="List Bullet")
    document.add_paragraph(
        "To apply, send a CV and covering letter to the General Manager, Ashcombe Park Golf "
        "Club, Ashcombe Lane, Surrey, or gm@ashcombepark.example, by 26 February 2027.")
    document.save(path)
    return path


def build_vet_roles_compared_docx(path: Path) -> Path:
    """A veterinary hospital's staff handbook page in Word comparing its roles: an intro
    paragraph, a table with a column per role and a row per stage of a patient's stay whose
    cells say what each role does there, notes below in prose with consult and inform
    wording and a version line."""
    document = docx.Document()
    section = document.sections[0]
    section.footer.paragraphs[0].text = ("Brackenfield Veterinary Hospital · Staff handbook "
                                         "· Section 3")
    document.add_heading("3.2 Who does what in the hospital: roles compared", level=1)
    document.add_paragraph(
        "New starters often ask where one role ends and the next begins. The table below "
        "follows an in-patient from admission to discharge. It does not replace the RCVS "
        "Code of Professional Conduct: only a veterinary surgeon may diagnose, prescribe or "
        "carry out surgery, and Schedule 3 procedures are delegated to registered veterinary "
        "nurses under the direction of a veterinary surgeon.")
    add_rows_table(document, [
        ("Stage", "Veterinary Surgeon", "Registered Veterinary Nurse (RVN)",
         "Patient Care Assistant", "Reception Team"),
        ("Admission", "Examines the patient and agrees the treatment plan with the owner",
         "Takes the consent form and the owner's contact details",
         "Prepares the kennel and weighs the patient",
         "Books the admission and confirms the estimate"),
        ("In-patient care", "Sets the medication and fluid plan on the hospital sheet",
         "Gives medication and monitors vital signs every four hours",
         "Feeds, walks and cleans patients", "Updates the owner's record"),
        ("Surgery", "Operates and decides on the anaesthetic protocol",
         "Monitors the anaesthetic and records it",
         "Cleans and restocks the theatre after each list", ""),
        ("Updating the owner", "Phones the owner after surgery and before any change "
         "to the plan", "Phones the owner each afternoon with a progress update", "",
         "Passes owners' calls to the nurse on the ward"),
        ("Discharge", "Signs the discharge summary",
         "Gives the owner the discharge instructions and demonstrates any medication",
         "Brings the patient to the consulting room", "Takes payment"),
    ])
    document.add_heading("Notes", level=2)
    document.add_paragraph(
        "The Clinical Director sets the hospital's clinical protocols after consulting the "
        "Head Nurse. The Head Nurse draws up the nursing rota and checks the controlled "
        "drugs register every week. Any change to the rota that leaves the ward without an "
        "RVN must be agreed with the Clinical Director.")
    document.add_paragraph(
        "When a patient dies or is put to sleep, the Veterinary Surgeon tells the owner and "
        "records the owner's wishes for the body; the Reception Team arranges cremation with "
        "the pet crematorium and informs the owner when the ashes are ready to collect.")
    document.add_paragraph(
        "Complaints are dealt with by the Practice Manager, who keeps the Clinical Director "
        "informed of every complaint about clinical care.")
    document.add_paragraph("Version 2.3 · reviewed by the Practice Manager, March 2027")
    document.save(path)
    return path


def build_driver_fatigue_docx(path: Path) -> Path:
    """A bus company's driver fatigue management procedure in Word: a header and footer, a
    document control table and a revision table, definitions, a section per role of
    "will" sentences (one a bulleted list after a lead-in), the procedure in prose with
    passives (some naming their doer), second person instructions to drivers, a table
    Situation | Who acts | Who must be told and a contacts line."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Wyvern Coaches & Buses Ltd · Safety Management System"
    section.footer.paragraphs[0].text = ("SMS-OP-11 Driver Fatigue Management · Issue 3 · "
                                         "Uncontrolled if printed")
    document.add_heading("Driver Fatigue Management Procedure", level=0)
    add_rows_table(document, [
        ("Document owner", "Head of Operations"),
        ("Approved by", "Managing Director"),
        ("Applies to", "All PCV drivers, depot controllers and schedulers"),
    ])
    document.add_paragraph("Revision history", style="Heading 2")
    add_rows_table(document, [
        ("Issue", "Date", "Change", "By"),
        ("1", "06/2025", "First issue", "G. Pryce"),
        ("2", "03/2026", "Added fitness-for-duty declaration", "G. Pryce"),
        ("3", "01/2028", "Rostering limits aligned with the Fatigue Risk Management "
                         "System; section 5 rewritten", "A. Sandhu"),
    ])
    document.add_heading("1. Purpose", level=1)
    document.add_paragraph(
        "Fatigue is a factor in a large share of serious bus collisions. This procedure sets "
        "out how Wyvern manages the risk of driver fatigue, over and above the legal limits "
        "on drivers' hours (EU Regulation 561/2006 as retained, and the GB domestic rules).")
    document.add_heading("2. Definitions", level=1)
    for term, meaning in (
            ("Duty", "the time from signing on to signing off, including breaks"),
            ("Spread-over", "the time between the start of the first duty and the end of the "
                            "last on the same day"),
            ("FRMS", "Fatigue Risk Management System – the roster analysis software"),
            ("Fatigue report", "a report made by a driver, in confidence, that they are or "
                               "were too tired to drive safely")):
        paragraph = document.add_paragraph()
        paragraph.add_run(term).bold = True
        paragraph.add_run(f": {meaning}.")
    document.add_heading("3. Responsibilities", level=1)
    document.add_heading("3.1 Head of Operations", level=2)
    document.add_paragraph(
        "The Head of Operations will own this procedure and the FRMS, set the rostering "
        "limits in consultation with the trade union, and review fatigue reports and "
        "fatigue-related incidents every quarter with the Safety Manager.")
    document.add_heading("3.2 Scheduling Manager", level=2)
    document.add_paragraph("The Scheduling Manager will:")
    for item in ("build the duty rosters within the rostering limits in section 5;",
                 "run every new roster through the FRMS before it is published, and have "
                 "any duty scoring over 40 approved by the Head of Operations;",
                 "publish rosters at least 14 days ahead."):
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("3.3 Depot Controllers", level=2)
    document.add_paragraph(
        "Depot Controllers will carry out the fitness-for-duty check when each driver signs "
        "on, and will stand a driver down if they have any doubt about the driver's fitness "
        "to drive. They must not ask a driver to work a rest day at less than 24 hours' "
        "notice.")
    document.add_heading("3.4 Drivers", level=2)
    document.add_paragraph(
        "Drivers will arrive for duty fit and rested, complete the fitness-for-duty "
        "declaration at sign-on and report fatigue honestly. Second jobs must be declared to "
        "the Depot Manager.")
    document.add_heading("4. Reporting fatigue", level=1)
    document.add_paragraph(
        "If you feel too tired to drive safely, before or during a duty, tell the Depot "
        "Controller straight away by radio or phone. If you are on the road, pull in at the "
        "next safe stop and wait for a relief driver. You will not be disciplined for a "
        "genuine fatigue report.")
    document.add_paragraph(
        "Fatigue reports are logged by the Depot Controller on the day and reviewed by the "
        "Depot Manager within 72 hours. The Depot Manager will talk to the driver and, if "
        "the cause is the roster, pass the report to the Scheduling Manager. Where a driver "
        "reports fatigue three times in a month, the Depot Manager refers them to "
        "Occupational Health, with the driver's agreement.")
    document.add_heading("5. Rostering limits", level=1)
    for item in ("No duty longer than 11 hours, or spread-over longer than 13 hours",
                 "At least 11 hours' rest between duties",
                 "No more than 6 early starts (before 06:00) in a row",
                 "No more than 12 days worked in a row"):
        document.add_paragraph(item, style="List Number")
    document.add_heading("6. When things go wrong", level=1)
    add_rows_table(document, [
        ("Situation", "Who acts", "Who must be told"),
        ("Driver stood down at sign-on", "Depot Controller (finds cover)", "Depot Manager"),
        ("Driver pulls in mid-duty", "Depot Controller sends relief driver",
         "Depot Manager; Network Control"),
        ("Collision where fatigue may be a factor", "Safety Manager investigates",
         "Head of Operations; the Traffic Commissioner if required"),
    ])
    document.add_paragraph(
        "The Safety Manager will produce the quarterly fatigue report for the Board, using "
        "the data from the FRMS and the fatigue log, and the Managing Director will sign "
        "it off.")
    document.add_paragraph(
        "Contacts: Safety Manager – Anita Sandhu, ext. 2207. Scheduling – Gareth Pryce, "
        "ext. 2231. Occupational Health (Medigold) – 0300 555 0170.")
    document.save(path)
    return path


def build_product_recall_docx(path: Path) -> Path:
    """A pharmaceutical wholesaler's product recall SOP in Word: a header, a title block,
    a purpose line, abbreviations, a RACI letter matrix in a Word table with its own legend
    (letters with their meanings reworded, one cell "R/A" and one "I (copy)"), steps in
    prose with "will" and passives, a notes paragraph and an approval table."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Penrose Pharma Distribution Ltd – GDP Quality System"
    document.add_heading("SOP QA-014: Product recall", level=0)
    document.add_paragraph("Effective: 01 April 2028 · Supersedes: QA-014 v6 · Page 1 of 2")
    document.add_paragraph(
        "Purpose: to remove a recalled medicinal product from the supply chain quickly and "
        "completely, in line with the Guidelines on Good Distribution Practice (2013/C "
        "343/01) chapter 6.")
    document.add_heading("Abbreviations", level=1)
    document.add_paragraph(
        "RP – Responsible Person (named on the WDA(H) licence); DMRC – Defective Medicines "
        "Report Centre of the MHRA; MAH – Marketing Authorisation Holder; WMS – warehouse "
        "management system.")
    document.add_heading("Who does what", level=1)
    add_rows_table(document, [
        ("Activity", "RP", "QA Officer", "Warehouse Manager", "Customer Services",
         "Transport Manager", "Managing Director"),
        ("Receive the recall notice from the MAH or DMRC", "R/A", "C", "", "", "", "I"),
        ("Quarantine all stock of the batch in the WMS", "A", "", "R", "", "", ""),
        ("Identify customers supplied with the batch", "A", "R", "", "C", "", ""),
        ("Contact customers and arrange return of stock", "A", "C", "", "R", "C", ""),
        ("Collect returned stock", "", "", "I", "", "R/A", ""),
        ("Reconcile quantities and close the recall", "A", "R", "C", "", "",
         "I (copy)"),
    ])
    document.add_paragraph(
        "Key – R: carries it out. A: answers for it and signs the record. C: gives input "
        "beforehand. I: is kept up to date. Blank: no part.")
    document.add_heading("Procedure", level=1)
    document.add_paragraph(
        "On receipt of a recall notice the RP will decide the recall level (Class 1 to 4) "
        "and whether the recall goes to patient level, wholesaler level or pharmacy "
        "level. Class 1 recalls are started within 24 hours, including weekends; the RP "
        "on call can be reached through the out-of-hours number.")
    document.add_paragraph(
        "The stock is quarantined by the warehouse team as soon as the RP confirms the "
        "batch. Customers are contacted by Customer Services by phone and e-mail using "
        "the recall letter approved by the RP, and their confirmation of stock held is "
        "recorded on the recall log.")
    document.add_paragraph(
        "Returned stock is kept in the recall cage, separate from saleable stock, until "
        "the MAH collects it or authorises its destruction. The QA Officer will send the "
        "reconciliation to the MAH and file the closure record.")
    document.add_paragraph(
        "Note: a recall is also a trigger for a mock-recall review. The QA Manager runs a "
        "mock recall every year and reports the outcome to the Managing Director.")
    add_rows_table(document, [
        ("", "Name", "Role", "Signature"),
        ("Author", "Yusuf Demir", "QA Officer", ""),
        ("Approved", "Dr Helen Marsh", "Responsible Person", ""),
    ])
    document.save(path)
    return path


def build_temporary_works_docx(path: Path) -> Path:
    """A building contractor's temporary works procedure in Word: a header and footer, a
    document control table, a roles paragraph of abbreviations, a RACI letter matrix whose
    columns are headed by the roles' abbreviations and whose rows are grouped under stage
    rows merged across the table (cells "A/R", "R", "C", "I", "–"), a key under it, the
    stages in prose with "must", "will" and passives, a permit to load and strike paragraph
    and a sign-off table."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Hollins & Reade Construction · Business Management System"
    section.footer.paragraphs[0].text = "HR-CON-PR-021 Temporary Works · Rev 4 · Page 1"
    document.add_heading("Temporary Works Procedure", level=0)
    add_rows_table(document, [
        ("Procedure owner", "Head of Engineering"),
        ("Applies to", "All Hollins & Reade sites where we are Principal Contractor"),
        ("Reference", "BS 5975:2019 Code of practice for temporary works procedures"),
    ])
    document.add_heading("1. Purpose and scope", level=1)
    document.add_paragraph(
        "Temporary works – falsework, formwork, propping, excavation support, scaffolds, "
        "crane bases and the like – cause a large share of serious collapses on building "
        "sites. This procedure sets out how every item of temporary works on our sites is "
        "designed, checked, built, loaded and taken down, and who is responsible at each "
        "stage.")
    document.add_heading("2. Roles", level=1)
    document.add_paragraph(
        "DI – Designated Individual (the Head of Engineering); TWC – Temporary Works "
        "Coordinator, appointed in writing for each site; TWS – Temporary Works "
        "Supervisor, appointed by the TWC for a package of work; TWD – Temporary Works "
        "Designer (in-house or the subcontractor's engineer); DC – Design Checker; SM – "
        "Site Manager; SC – the subcontractor installing the works.")
    document.add_heading("3. Who does what", level=1)
    rows = [
        ("Activity", "DI", "TWC", "TWS", "TWD", "DC", "SM", "SC"),
        ("Stage 1 – Planning", "", "", "", "", "", "", ""),
        ("Appoint the TWC for the site", "A/R", "I", "", "", "", "I", ""),
        ("Open the temporary works register", "", "A/R", "", "", "", "C", ""),
        ("Write the design brief", "", "A", "", "C", "", "R", "C"),
        ("Stage 2 – Design", "", "", "", "", "", "", ""),
        ("Design the temporary works", "", "A", "", "R", "", "", "C"),
        ("Check the design (category 0, 1 or 2)", "", "A", "", "I", "R", "", ""),
        ("Issue the design check certificate", "", "I", "", "I", "A/R", "", ""),
        ("Stage 3 – On site", "", "", "", "", "", "", ""),
        ("Build the temporary works to the design", "", "I", "A", "", "", "", "R"),
        ("Inspect the works before loading", "", "A", "R", "C", "", "I", ""),
        ("Issue the permit to load", "", "A/R", "C", "", "", "I", "I"),
        ("Daily checks while loaded", "", "I", "A/R", "", "", "", ""),
        ("Issue the permit to strike", "", "A/R", "C", "C", "", "I", "I"),
        ("Stage 4 – Review", "", "", "", "", "", "", ""),
        ("Audit the site's temporary works", "A", "C", "", "", "", "I", ""),
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        if values[0].startswith("Stage "):
            merged = table.cell(r, 0).merge(table.cell(r, len(values) - 1))
            merged.text = values[0]
            continue
        for c, value in enumerate(values):
            table.cell(r, c).text = value or "–"
    document.add_paragraph(
        "Key: R = does the work; A = answerable, signs it off (A/R: does it and signs it "
        "off); C = must be asked before; I = is told after; – = no part. The audit is "
        "carried out by the DI's engineering team.")
    document.add_heading("4. The stages", level=1)
    document.add_paragraph(
        "Planning. The Site Manager will list every item of temporary works in the "
        "construction phase plan and agree the list with the TWC before work starts. The "
        "TWC must keep the register up to date and review it at the weekly site meeting.")
    document.add_paragraph(
        "Design. No temporary works are built without a design. Each design is checked "
        "by a Design Checker independent of the designer, to the category the TWC sets; "
        "a category 2 check must be done by a different organisation. Designs from "
        "subcontractors are sent to the TWC, who passes them to the Design Checker.")
    document.add_paragraph(
        "On site. The TWS will brief the installing gang on the design drawings before "
        "they start. Any change to the design, however small, must be referred back to "
        "the TWD through the TWC. The permit to load is signed by the TWC only after the "
        "TWS has inspected the works and completed the pre-load checklist. Loads are not "
        "applied – concrete poured, spoil stacked, plant tracked on – until the permit "
        "has been issued and a copy posted at the works.")
    document.add_paragraph(
        "Striking. The TWS requests the permit to strike once the permanent works can "
        "carry themselves. For formwork to slabs and beams, the TWD confirms the concrete "
        "strength from the cube results before the TWC issues the permit.")
    document.add_heading("5. Competence and audit", level=1)
    document.add_paragraph(
        "The Head of Engineering keeps a list of approved TWCs and TWSs and reviews it "
        "each year. A TWC must have attended a temporary works coordinator course in the "
        "last five years. The engineering team audits every site with temporary works at "
        "least twice a year and sends the audit report to the Site Manager and the "
        "Operations Director.")
    add_rows_table(document, [
        ("", "Name", "Role", "Date"),
        ("Prepared", "Nadia Kowalczyk", "Senior Temporary Works Engineer", "02/2028"),
        ("Approved", "Martin Greaves", "Head of Engineering (DI)", "02/2028"),
    ])
    document.save(path)
    return path

def build_client_due_diligence_docx(path: Path) -> Path:
    """An estate agency's anti-money laundering client due diligence procedure in Word: a
    header and footer, a control table, numbered headings, a section per role (Heading 2)
    over bulleted duties without a subject, a table Risk level | Who checks | Who approves
    | Who is told, enhanced checks in prose with a permission and passives naming their
    doer, suspicious activity in the second person with hand-offs and telling, a records
    paragraph and a prepared / approved table."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Harcourt & Vale Estate Agents · Compliance Manual"
    section.footer.paragraphs[0].text = "CM-03 Client Due Diligence · Version 4 · March 2028"
    document.add_heading("Anti-Money Laundering: Client Due Diligence Procedure", level=0)
    add_rows_table(document, [
        ("Procedure owner", "Money Laundering Reporting Officer (MLRO)"),
        ("Approved by", "Managing Partner"),
        ("Applies to", "All branches, sales and lettings"),
        ("Next review", "March 2029"),
    ])
    document.add_heading("1. Why we do this", level=1)
    document.add_paragraph(
        "Estate agents are supervised by HMRC under the Money Laundering Regulations 2017. "
        "We must identify and verify every seller and buyer before we act for them, assess "
        "the risk each one presents and keep records of what we did. Failing to do so is a "
        "criminal offence for the firm and for the individual.")
    document.add_heading("2. Roles", level=1)
    for role, duties in (
            ("2.1 Money Laundering Reporting Officer (MLRO)", (
                "Keeps the firm-wide risk assessment up to date and reviews it every year "
                "with the Managing Partner",
                "Receives internal suspicion reports and decides whether to report to the "
                "National Crime Agency (NCA)",
                "Trains all staff when they join and every year after")),
            ("2.2 Branch Managers", (
                "Make sure no property is marketed until due diligence on the seller is "
                "complete",
                "Approve the due diligence file for every low and medium risk client")),
            ("2.3 Sales and Lettings Negotiators", (
                "Collect identity documents from the client at the valuation or on "
                "instruction",
                "Complete the client risk form",
                "Pass the form and documents to the Compliance Administrator the same "
                "day")),
            ("2.4 Compliance Administrator", (
                "Runs the electronic identity check and the sanctions and PEP screening",
                "Chases missing documents with the negotiator",
                "Files the completed record in the compliance system"))):
        document.add_heading(role, level=2)
        for duty in duties:
            document.add_paragraph(duty, style="List Bullet")
    document.add_heading("3. Risk levels and checks", level=1)
    document.add_paragraph(
        "The negotiator rates each client low, medium or high risk on the client risk form. "
        "Any client who is a politically exposed person (PEP), who is buying in cash or "
        "through a company or trust registered abroad is high risk.")
    add_rows_table(document, [
        ("Risk level", "Who checks", "Who approves", "Who is told"),
        ("Low", "Compliance Administrator", "Branch Manager", "Negotiator"),
        ("Medium", "Compliance Administrator", "Branch Manager", "MLRO"),
        ("High", "MLRO", "Managing Partner", "Branch Manager"),
    ])
    document.add_heading("4. Enhanced due diligence", level=1)
    document.add_paragraph(
        "Where a client is high risk, the MLRO will carry out enhanced due diligence, "
        "including establishing the source of the client's funds and wealth. Evidence of the "
        "source of funds is requested from the buyer's solicitor by the Compliance "
        "Administrator. The business relationship may begin only once the Managing Partner "
        "has approved it in writing. The MLRO may decline a client without giving reasons.")
    document.add_heading("5. If you suspect money laundering", level=1)
    document.add_paragraph(
        "If you know or suspect that a client or a counterparty is laundering money, make an "
        "internal report to the MLRO on form SAR-1 the same day. Do not discuss your "
        "suspicion with the client or anyone outside the firm: tipping off is a criminal "
        "offence.")
    document.add_paragraph(
        "The MLRO will acknowledge your report within one working day and decide whether to "
        "submit a Suspicious Activity Report to the NCA. Where a defence against money "
        "laundering (DAML) is needed, the MLRO will tell the Branch Manager to pause the "
        "transaction and will notify the Managing Partner. Internal reports are kept by the "
        "MLRO, apart from client files.")
    document.add_heading("6. Records and audit", level=1)
    document.add_paragraph(
        "Due diligence records are kept for five years after the business relationship "
        "ends. Each year the External Compliance Consultant audits a sample of twenty client "
        "files from every branch and reports the findings to the Managing Partner, who "
        "agrees the actions with the MLRO.")
    add_rows_table(document, [
        ("", "Name", "Role", "Date"),
        ("Prepared by", "Claire Dunmore", "MLRO", "03/03/2028"),
        ("Approved by", "Richard Vale", "Managing Partner", "10/03/2028"),
    ])
    document.save(path)
    return path


def build_used_car_preparation_docx(path: Path) -> Path:
    """A motor dealership's used vehicle appraisal, preparation and handover procedure in
    Word: a header and footer, a title, a version history table, the roles as a bulleted
    list of "Role – what it covers" lines with people named, a heading per stage each over
    a short paragraph and a two-column table Owner / Approves / Consulted / Informed, a
    handover checklist of boxes written to the sales executive as "you", complaints in
    prose with a passive naming its doer and a referral, and a document approval line."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Harcourt Motor Group · Tiverton Volkswagen"
    section.footer.paragraphs[0].text = "PROC-SAL-014 · Controlled copy on SharePoint"
    document.add_heading("Used Vehicle Appraisal, Preparation and Handover", level=0)
    add_rows_table(document, [
        ("Version", "Date", "Change", "By"),
        ("3.0", "03/2028", "Stages rewritten; FCA checks added", "L. Okafor"),
        ("2.1", "09/2026", "Valet standard updated", "D. Rowe"),
    ])
    document.add_heading("Roles", level=1)
    for line in (
            "Used Car Manager (Darren Rowe) – buys, prices and approves every used car "
            "for sale",
            "Sales Executives – appraise part-exchanges and hand cars over to customers",
            "Service Manager (Kelly Marsh) – runs the workshop and signs off the "
            "preparation",
            "Workshop Technicians – carry out the inspection and the repairs",
            "Valeting Team – valet and photograph the car",
            "Business Manager (Lewis Okafor) – finance, insurance products and the FCA "
            "paperwork",
            "General Manager (Sue Halliday) – the dealership's results and its customers"):
        document.add_paragraph(line, style="List Bullet")
    stages = [
        ("1. Appraisal",
         "The part-exchange is appraised by the Sales Executive on the Dealer Appraisal "
         "app, with photographs of every panel and the tyres, and a test drive with the "
         "customer where possible.",
         [("Owner", "Sales Executive"), ("Approves", "Used Car Manager"),
          ("Consulted", "–"), ("Informed", "Customer")]),
        ("2. History and finance checks",
         "Run an HPI check for outstanding finance, write-off and mileage before any "
         "price is given. Where there is outstanding finance the settlement figure is "
         "requested from the lender.",
         [("Owner", "Used Car Manager"), ("Approves", "–"),
          ("Consulted", "Business Manager"), ("Informed", "Sales Executive")]),
        ("3. Workshop inspection",
         "Carry out the 120-point inspection and price the work needed on a job card.",
         [("Owner", "Workshop Technician"), ("Approves", "Service Manager"),
          ("Consulted", "Parts Department"), ("Informed", "Used Car Manager")]),
        ("4. Preparation work",
         "Repair everything the Used Car Manager authorises on the job card, fit two "
         "keys and service the car if it is due within 3,000 miles.",
         [("Owner", "Workshop Technician"), ("Approves", "Service Manager"),
          ("Consulted", "–"), ("Informed", "Used Car Manager")]),
        ("5. Valet and photographs",
         "Valet the car to the retail standard and take the 40 website photographs.",
         [("Owner", "Valeting Team"), ("Approves", "Used Car Manager"),
          ("Consulted", "–"), ("Informed", "Marketing")]),
        ("6. Pricing and advertising",
         "Price the car against the market and put it on the website and AutoTrader.",
         [("Owner", "Used Car Manager"), ("Approves", "General Manager"),
          ("Consulted", "–"), ("Informed", "Sales Executives")]),
    ]
    for heading, text, cells in stages:
        document.add_heading(heading, level=2)
        document.add_paragraph(text)
        add_rows_table(document, cells)
    document.add_heading("7. Handover to the customer", level=1)
    document.add_paragraph(
        "You, the Sales Executive, hand the car over. The Business Manager must have "
        "completed the finance and insurance paperwork and the FCA demands-and-needs "
        "record with the customer before you do. Work through the checklist with the "
        "customer present:")
    for line in ("☐ Walk round the car with the customer and note any marks on the "
                 "handover sheet",
                 "☐ Hand over both keys, the V5C slip and the service history",
                 "☐ Show the customer how to pair their phone and use the main controls",
                 "☐ Book the customer's first service with the service reception",
                 "☐ Tell the customer about the 30-day courtesy call"):
        document.add_paragraph(line)
    document.add_paragraph(
        "The handover sheet is signed by the customer and by you and scanned into the "
        "deal file. The courtesy call is made by the Sales Executive 30 days after "
        "handover, and the answers are logged in the CRM.")
    document.add_heading("8. Problems after sale", level=1)
    document.add_paragraph(
        "A customer who reports a fault in the first 30 days is booked into the workshop "
        "by the Service Manager at no charge. Goodwill above £500 is agreed by the General "
        "Manager. A complaint about the sale is passed to the Business Manager, who logs "
        "it and refers any complaint about finance or insurance to Compliance at Group "
        "head office. The General Manager is kept informed of every open complaint.")
    document.add_paragraph(
        "Approved: Sue Halliday, General Manager, 27 March 2028. Next review March 2029.")
    document.save(path)
    return path


def build_dog_rehoming_docx(path: Path) -> Path:
    """An animal rescue centre's dog rehoming procedure in Word: a header and footer, a
    title, a control table, a purpose paragraph, a section per role (Heading 2, some with
    the holder in brackets) over bulleted duties without a subject, a table Step | Done by
    | Signed off by | Who is told, dogs with a behaviour plan in prose with a passive
    naming its doer and a permission, returns written to reception staff as "you" with a
    hand-off and a prohibition, a records paragraph and a prepared / approved table."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Hollybank Animal Rescue · Operations Manual"
    section.footer.paragraphs[0].text = "OP-12 Dog Rehoming · Version 5 · Page 1"
    document.add_heading("Dog Rehoming Procedure", level=0)
    add_rows_table(document, [
        ("Procedure owner", "Rehoming Manager"),
        ("Approved by", "Centre Manager"),
        ("Applies to", "Hollybank and the Marsh Lane satellite kennels"),
        ("Next review", "June 2029"),
    ])
    document.add_heading("1. Purpose", level=1)
    document.add_paragraph(
        "We rehome around 350 dogs a year. This procedure makes sure that every dog goes to "
        "a home that suits it, that every adopter knows what they are taking on, and that "
        "we can show the charity's trustees and our insurers how each decision was made.")
    document.add_heading("2. Roles", level=1)
    for role, duties in (
            ("2.1 Rehoming Manager (Joanne Ellery)", (
                "Decides which dogs are ready for rehoming, after consulting the Canine "
                "Behaviourist and the vet",
                "Approves every match before a home visit is booked",
                "Keeps the rehoming register up to date")),
            ("2.2 Kennel Supervisor", (
                "Carries out the 48-hour settling-in assessment of each new dog",
                "Writes the dog's profile for the website with the kennel staff",
                "Tells the Rehoming Manager about any bite or serious incident the same "
                "day")),
            ("2.3 Canine Behaviourist (Dr Sam Okafor)", (
                "Assesses any dog with a history of guarding or aggression",
                "Writes a behaviour plan and trains the kennel staff to follow it")),
            ("2.4 Rehoming Advisors", (
                "Read every application form within three working days",
                "Phone suitable applicants to talk through the dog's needs",
                "Arrange the meet at the centre")),
            ("2.5 Home Visitors (volunteers)", (
                "Visit the applicant's home and garden",
                "Send the home visit report to the Rehoming Advisor within 48 hours")),
            ("2.6 Veterinary Surgeon (Parkside Vets)", (
                "Neuters, vaccinates and microchips every dog before it leaves",
                "Gives each adopter a copy of the dog's health record"))):
        document.add_heading(role, level=2)
        for duty in duties:
            document.add_paragraph(duty, style="List Bullet")
    document.add_heading("3. From application to home", level=1)
    document.add_paragraph(
        "Each stage is recorded on the dog's page in the rehoming register before the next "
        "one starts.")
    add_rows_table(document, [
        ("Step", "Done by", "Signed off by", "Who is told"),
        ("Screen the application", "Rehoming Advisor", "", "Applicant"),
        ("Match the applicant with a dog", "Rehoming Advisor", "Rehoming Manager",
         "Kennel Supervisor"),
        ("Meet at the centre", "Kennel staff", "", "Rehoming Advisor"),
        ("Home visit", "Home Visitor", "Rehoming Manager", "Applicant"),
        ("Take the adoption fee and sign the contract", "Reception", "Rehoming Manager",
         ""),
        ("Dog goes home", "Kennel Supervisor", "", "Veterinary Surgeon"),
    ])
    document.add_heading("4. Dogs with a behaviour plan", level=1)
    document.add_paragraph(
        "Where a dog has a behaviour plan, the Canine Behaviourist will explain the plan to "
        "the adopters before the dog goes home and ask them to sign it. Follow-up calls are "
        "made by the Canine Behaviourist one week and one month after the adoption. The "
        "Rehoming Manager may refuse any application without giving a reason.")
    document.add_heading("5. If an adopter wants to return a dog", level=1)
    document.add_paragraph(
        "If an adopter phones to return a dog, take their details and pass the call to the "
        "Rehoming Manager. Do not agree a return date yourself. The Rehoming Manager "
        "arranges the return with the Kennel Supervisor and informs the Home Visitor who "
        "approved the home.")
    document.add_heading("6. Records", level=1)
    document.add_paragraph(
        "Application forms, home visit reports and contracts are kept for six years after "
        "the adoption. The Centre Manager audits ten rehoming files every quarter and "
        "reports the results to the trustees.")
    add_rows_table(document, [
        ("", "Name", "Role", "Date"),
        ("Prepared by", "Joanne Ellery", "Rehoming Manager", "02/06/2028"),
        ("Approved by", "Martin Hale", "Centre Manager", "09/06/2028"),
    ])
    document.save(str(path))
    return path


def build_location_shoot_docx(path: Path) -> Path:
    """A film production's location filming procedure in Word: a header and footer, a
    title, a production details table, background paragraphs, the unit's key people as
    "Role – name" lines, a numbered prep list in the imperative with an owner in brackets,
    a shoot-day table When | What | Who | Who needs to know, stunts and special effects in
    "shall" prose with a sign-off and a consultation, a night and public-road section
    addressed to the location manager as "you", a wrap checklist and a contacts block."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Saltmarsh Pictures Ltd · \"The Lantern Keeper\""
    section.footer.paragraphs[0].text = "Location Filming Procedure · Rev C · Confidential"
    document.add_heading("Location Filming Procedure", level=0)
    add_rows_table(document, [
        ("Production", "The Lantern Keeper (feature, 32 shooting days)"),
        ("Location", "Dunmore Point lighthouse and harbour, Co. Antrim"),
        ("Shoot dates", "4 September – 17 October 2029"),
    ])
    document.add_paragraph(
        "The Lantern Keeper is a period drama set in 1911. About a third of the script is "
        "shot on location at Dunmore Point, on a working harbour and a listed lighthouse "
        "owned by the Commissioners of Irish Lights. This procedure sets out how the unit "
        "works there so that we keep the cast, the crew and the public safe and keep our "
        "welcome with the harbour community.")
    document.add_heading("Key people", level=1)
    for line in ("Producer – Orla Brennan", "Line Producer – Declan Hughes",
                 "1st Assistant Director (1st AD) – Femi Adeyemi",
                 "Location Manager – Niamh Quinn", "Unit Medic – Gary Stewart",
                 "Stunt Coordinator – Jonas Lind",
                 "Special Effects Supervisor – Carl McIlroy"):
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("1. Before the unit arrives", level=1)
    for line in (
            "Agree the filming dates and the parking plan with the Harbour Master "
            "(Location Manager).",
            "Apply to the council for the road closure on Quay Street at least eight "
            "weeks ahead (Location Manager).",
            "Write a letter to every household on Quay Street and Harbour Row (Location "
            "Manager).",
            "Complete the location risk assessment and circulate it to heads of "
            "department (1st AD).",
            "Approve the location budget and the insurance cover (Line Producer)."):
        document.add_paragraph(line, style="List Number")
    document.add_heading("2. On shoot days", level=1)
    add_rows_table(document, [
        ("When", "What", "Who", "Who needs to know"),
        ("Call time", "Safety briefing for the whole unit", "1st AD", ""),
        ("Before the first set-up", "Check the tide times and the sea state",
         "Location Manager", "1st AD"),
        ("All day", "Medical cover on set", "Unit Medic", ""),
        ("Each set-up", "Call \"lock it off\" for the public on the quay", "2nd AD",
         "Location marshals"),
        ("Lunch", "Keep the harbour slipway clear for the lifeboat", "Location marshals",
         ""),
        ("Wrap", "Complete the daily progress report", "2nd AD", "Line Producer"),
    ])
    document.add_heading("3. Stunts and special effects", level=1)
    document.add_paragraph(
        "No stunt shall be rehearsed or filmed until the Stunt Coordinator has written a "
        "method statement and the 1st AD has signed it off. The Stunt Coordinator shall "
        "consult the Unit Medic on every stunt involving water or height. Pyrotechnics and "
        "the smoke machine in the lighthouse lamp room shall be operated only by the "
        "Special Effects Supervisor, who shall notify the Fire and Rescue Service 48 hours "
        "before any pyrotechnic effect. The Producer decides whether a sequence goes ahead "
        "if the weather turns.")
    document.add_heading("4. Night shoots and the public road", level=1)
    document.add_paragraph(
        "As Location Manager, you arrange the security guards for the unit base for every "
        "night the equipment trucks stay on site. You post the night shoot schedule "
        "through residents' doors three days before. If a resident complains, take their "
        "number and pass it to the Producer's office; do not offer payments on the spot. "
        "The police are informed of each night shoot by the Line Producer.")
    document.add_heading("5. Wrap", level=1)
    for line in ("☐ Location Manager walks the location with the Harbour Master and "
                 "agrees any reinstatement",
                 "☐ Art department removes all dressing and signage",
                 "☐ Line Producer settles the location fee and any damage claims"):
        document.add_paragraph(line)
    document.add_heading("Contacts", level=1)
    document.add_paragraph(
        "Production office: Harbour Lodge, Dunmore · 028 9099 0412 · "
        "office@saltmarshpictures.example. Nearest A&E: Antrim Area Hospital (35 min).")
    document.save(str(path))
    return path


def build_loan_sets_docx(path: Path) -> Path:
    """A hospital sterile services unit's procedure for loaned surgical instrument sets in
    Word: a header and footer, a title, a document control table, purpose and scope,
    definitions with abbreviations, responsibilities in prose per role (a field of work,
    a holder named in brackets, "in consultation with", a sentence joining two acts),
    numbered steps naming who, a table Stage | Who | Checked by | Inform with empty cells,
    non-conformances with "must not", "may" and passives without a doer, and references."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = (
        "Northgate Hospitals NHS Foundation Trust · Sterile Services (HSDU)")
    section.footer.paragraphs[0].text = "HSDU-SOP-031 v4.2 · Uncontrolled when printed"
    document.add_heading("Receipt, Decontamination and Return of Loan Instrument Sets",
                         level=0)
    add_rows_table(document, [
        ("Document number", "HSDU-SOP-031"),
        ("Version", "4.2 (replaces 4.1, June 2027)"),
        ("Author", "Lee Fairbrother, HSDU Quality Lead"),
        ("Approved by", "Dr Ann Marr, Decontamination Lead"),
        ("Effective from", "3 March 2029"),
        ("Review due", "March 2031, or sooner if the MHRA or the supplier changes the "
         "guidance"),
    ])
    document.add_heading("1. Purpose", level=1)
    document.add_paragraph(
        "Loan sets arrive from outside the Trust, often at short notice, and have been "
        "handled by people we do not know. This procedure sets out how they are booked, "
        "received, checked, decontaminated, used and sent back so that every set reaching "
        "an operating table is complete, clean and traceable to the patient.")
    document.add_heading("2. Scope", level=1)
    document.add_paragraph(
        "All loaned instruments and implant kits used in Main Theatres, the Day Surgery "
        "Unit and the Eye Unit at Northgate General. Single-use items are out of scope. "
        "Demonstration kits brought in for training are covered by HSDU-SOP-033.")
    document.add_heading("3. Definitions", level=1)
    for line in (
            "Loan set – a tray or case of reusable surgical instruments lent by a "
            "manufacturer for a named procedure.",
            "HSDU – Hospital Sterilisation and Decontamination Unit, Level -1, Block C.",
            "LSR – Loan Set Request form (Form HSDU-F12) raised in SteriTrack.",
            "Decontamination certificate – the supplier's signed statement that the set "
            "was cleaned and is safe to handle when it left their premises.",
            "Quarantine – the caged shelf by goods-in where sets wait until checked."):
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("4. Responsibilities", level=1)
    document.add_paragraph(
        "The Decontamination Lead holds overall responsibility for the safety of "
        "decontaminated instruments across the Trust and approves any supplier before its "
        "first loan set is accepted.")
    document.add_paragraph(
        "The Theatre Loan Co-ordinator (Jo Baptiste, Main Theatres) is responsible for the "
        "loan set process from request to return. She raises the LSR for the consultant "
        "surgeon at least five working days before the operation and confirms the delivery "
        "date with the supplier. She also keeps the theatre list team informed of any set "
        "that is late.")
    document.add_paragraph(
        "Consultant surgeons request loan sets through the Theatre Loan Co-ordinator and "
        "must not arrange a loan directly with a company representative.")
    document.add_paragraph(
        "The HSDU Supervisor on shift will:")
    for line in (
            "check each incoming set against the LSR and the supplier's inventory list",
            "decide, in consultation with the Theatre Loan Co-ordinator, whether an "
            "incomplete set can still be processed",
            "sign the release of every loan set in SteriTrack",
            "escalate any set received with visible soil to the Decontamination Lead"):
        document.add_paragraph(line, style="List Bullet")
    document.add_paragraph(
        "HSDU technicians wash, inspect, assemble and sterilise the set following the "
        "supplier's reprocessing instructions, and record the cycle number against the "
        "set. The HSDU Quality Lead audits five loan set records each month.")
    document.add_heading("5. Procedure", level=1)
    for line in (
            "The supplier delivers the set to HSDU goods-in, not to theatres, by 12:00 "
            "on the working day before the operation.",
            "The HSDU receptionist logs the set in SteriTrack and places it in "
            "quarantine.",
            "The HSDU Supervisor checks the decontamination certificate and the "
            "inventory list and photographs any missing or damaged item.",
            "Technicians reprocess the set; the HSDU Supervisor signs the release.",
            "The theatre porter collects the released set from the HSDU dispatch hatch "
            "and takes it to the theatre named on the LSR.",
            "After the case, the scrub practitioner counts the instruments back into "
            "the set and records any implants used on the patient's implant record.",
            "HSDU reprocesses the set again before it goes back to the supplier."):
        document.add_paragraph(line, style="List Number")
    add_rows_table(document, [
        ("Stage", "Who", "Checked by", "Inform"),
        ("Book the loan set", "Theatre Loan Co-ordinator", "", "HSDU Supervisor"),
        ("Receive and log the set", "HSDU receptionist", "", ""),
        ("Decontaminate and sterilise", "HSDU technicians", "HSDU Supervisor", ""),
        ("Record implants used", "Scrub practitioner", "Theatre Team Leader",
         "Theatre Loan Co-ordinator"),
        ("Arrange collection by the supplier", "Theatre Loan Co-ordinator", "",
         "Supplier"),
        ("Invoice check", "Procurement", "", "Theatre Loan Co-ordinator"),
    ])
    document.add_heading("6. Non-conformances", level=1)
    document.add_paragraph(
        "A set that arrives after 12:00 on the day before surgery may be refused by the "
        "HSDU Supervisor. A set must not be opened in theatre unless it carries a "
        "SteriTrack release label. Missing items are reported to the supplier on the day "
        "of receipt. Where a set is found contaminated after reprocessing, the HSDU "
        "Supervisor quarantines the whole batch and raises a Datix incident, and the "
        "Decontamination Lead investigates with the Infection Prevention and Control "
        "team.")
    document.add_paragraph(
        "You can ring HSDU on extension 4471 between 07:00 and 22:00. Out of hours, ask "
        "switchboard for the on-call HSDU technician.")
    document.add_heading("7. References", level=1)
    document.add_paragraph(
        "HTM 01-01 Management and decontamination of surgical instruments (2016); "
        "BS EN ISO 17664-1:2021; Trust Medical Devices Policy MDP-002.")
    document.save(str(path))
    return path


def build_home_fire_safety_docx(path: Path) -> Path:
    """A fire and rescue service's procedure for home fire safety visits in Word: a header
    and footer, a title, a document control table, purpose and scope, definitions with
    abbreviations, responsibilities under a heading per role with bullets and prose, a
    "must not" and "may" rule, numbered steps naming who, a referral table Referral type |
    Made by | Sent to | Copy to, passives without a doer and references."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Marchshire Fire and Rescue Service · Prevention"
    section.footer.paragraphs[0].text = "PREV-PRO-07 · OFFICIAL · Page 1"
    document.add_heading("Home Fire Safety Visits (HFSV) – Delivery Procedure", level=0)
    add_rows_table(document, [
        ("Procedure owner", "Group Manager, Prevention (Kerry Oduya)"),
        ("Author", "Station Manager Phil Ansell, Community Safety"),
        ("Version", "3.0 – rewritten for the Safe and Well pilot"),
        ("Approved", "Prevention Board, 14 May 2030"),
        ("Next review", "May 2032"),
        ("Related", "PREV-POL-01 Prevention Policy; SAFE-PRO-12 Safeguarding Adults"),
    ])
    document.add_heading("1 Purpose", level=1)
    document.add_paragraph(
        "Most people who die in house fires in Marchshire are over 65, live alone, smoke "
        "or have limited mobility. A HFSV puts working smoke alarms in the home and "
        "gives the household advice they can act on. This procedure says who books, "
        "carries out and follows up visits so that the people most at risk are seen "
        "first.")
    document.add_heading("2 Scope", level=1)
    document.add_paragraph(
        "Applies to wholetime and on-call crews, Community Safety Advocates and the "
        "Prevention Hub. Visits carried out by partner agencies under the Safe and Well "
        "data-sharing agreement follow the partner's own procedure.")
    document.add_heading("3 Definitions", level=1)
    for line in (
            "CSA – Community Safety Advocate, a uniformed non-operational member of staff.",
            "Prevention Hub – the central team in Service HQ that takes referrals and "
            "books visits (hub@marchshirefire.gov.uk).",
            "High risk – a household scoring 12 or more on the Person-Centred Risk "
            "Assessment (PCRA).",
            "CFRMIS – the community fire risk management information system."):
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("4 Roles and responsibilities", level=1)
    document.add_heading("Group Manager, Prevention", level=2)
    document.add_paragraph(
        "The Group Manager is accountable for the HFSV programme and sets the annual "
        "visit targets for each station in consultation with the Area Managers. They "
        "report delivery against target to the Prevention Board every quarter.")
    document.add_heading("Prevention Hub", level=2)
    for line in (
            "Triage every referral within two working days using the PCRA screening "
            "questions.",
            "Book high-risk visits with a CSA and other visits with the local station.",
            "Send the household a confirmation letter or text.",
            "Chase any visit that has not been recorded in CFRMIS within five working "
            "days."):
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Station Managers", level=2)
    document.add_paragraph(
        "Station Managers make sure their watches complete the visits booked to them and "
        "keep the Prevention Hub informed when a crew cannot attend. They check a sample "
        "of ten completed visit records each month.")
    document.add_heading("Crew Managers and Community Safety Advocates", level=2)
    document.add_paragraph(
        "The Crew Manager (or the CSA on a high-risk visit) leads the visit, completes the "
        "PCRA with the occupier and fits or tests the alarms. Crews must not fit a "
        "detector to a ceiling they judge unsafe; they may leave a standalone alarm on a "
        "shelf and record why.")
    document.add_heading("Safeguarding Lead", level=2)
    document.add_paragraph(
        "The Service Safeguarding Lead, Rosa Delacroix, advises crews on concerns raised "
        "during a visit and decides whether a concern is passed to the county council's "
        "adult social care team.")
    document.add_heading("5 Carrying out a visit", level=1)
    for line in (
            "The Prevention Hub books the visit and sends the crew the PCRA score and "
            "any notes from the referrer.",
            "On arrival the Crew Manager shows ID and explains the visit; you must ask "
            "before entering each room.",
            "The crew fits a sealed 10-year smoke alarm on each floor and a heat alarm in "
            "the kitchen where one is needed.",
            "The Crew Manager talks the household through an escape plan and leaves the "
            "Safe at Home leaflet.",
            "Any hoarding, oxygen use or unsafe heating is recorded on the PCRA and "
            "photographed with the occupier's consent.",
            "The Crew Manager records the visit in CFRMIS before the end of the shift.",
            "Where a safeguarding concern is raised, the Crew Manager phones the "
            "Safeguarding Lead from the address and follows up in writing the same day."):
        document.add_paragraph(line, style="List Number")
    document.add_heading("6 Onward referrals", level=1)
    add_rows_table(document, [
        ("Referral type", "Made by", "Sent to", "Copy to"),
        ("Adult safeguarding concern", "Safeguarding Lead", "Adult Social Care",
         "Station Manager"),
        ("Falls risk", "Crew Manager", "Community Falls Service", ""),
        ("Fuel poverty / heating", "CSA", "Warm Homes Marchshire", "Prevention Hub"),
        ("Hoarding (clutter scale 7+)", "Crew Manager", "Hoarding Panel",
         "Safeguarding Lead"),
    ])
    document.add_paragraph(
        "Referrals are logged in CFRMIS against the property. Paper PCRA forms are "
        "shredded once the visit has been entered.")
    document.add_heading("7 Quality assurance", level=1)
    document.add_paragraph(
        "The Prevention Hub rings one in twenty households within a month of the visit "
        "to ask how it went. Complaints are handled under the Service's corporate "
        "complaints procedure. The Group Manager reviews this procedure every two years "
        "with the Station Managers' forum.")
    document.add_heading("8 References", level=1)
    document.add_paragraph(
        "Fire and Rescue National Framework for England (2018); NFCC Person-Centred "
        "Framework (2021); Care Act 2014, s.42.")
    document.save(str(path))
    return path


BUILDERS = {"team.docx": build_team_docx, "release-process.docx": build_release_docx,
            "interim-duties-memo.docx": build_memo_docx,
            "farm-biosecurity-plan.docx": build_biosecurity_plan_docx,
            "data-protection-policy.docx": build_data_protection_docx,
            "trustee-role-descriptions.docx": build_trustee_roles_docx,
            "wedding-run-of-show.docx": build_run_of_show_docx,
            "exam-roles.docx": build_exam_roles_docx,
            "calibration-procedure.docx": build_calibration_procedure_docx,
            "volunteer-driver-role.docx": build_volunteer_driver_docx,
            "processing-schedule.docx": build_processing_schedule_docx,
            "water-quality-cascade.docx": build_water_cascade_docx,
            "design-responsibility-matrix.docx": build_design_matrix_docx,
            "expedition-operation-order.docx": build_operation_order_docx,
            "insulin-delegation-procedure.docx": build_insulin_delegation_docx,
            "otc-process-narrative.docx": build_otc_narrative_docx,
            "vault-dual-control.docx": build_vault_dual_control_docx,
            "donor-session-sop.docx": build_donor_session_docx,
            "in-competition-test-mission.docx": build_doping_control_docx,
            "travel-hoist-haul-out.docx": build_haul_out_procedure_docx,
            "duty-manager-job-description.docx": build_cinema_duty_manager_docx,
            "head-greenkeeper-job-description.docx": build_head_greenkeeper_docx,
            "vet-hospital-roles-compared.docx": build_vet_roles_compared_docx,
            "driver-fatigue-procedure.docx": build_driver_fatigue_docx,
            "product-recall-sop.docx": build_product_recall_docx,
            "temporary-works-procedure.docx": build_temporary_works_docx,
            "client-due-diligence-procedure.docx": build_client_due_diligence_docx,
            "used-car-preparation-procedure.docx": build_used_car_preparation_docx,
            "dog-rehoming-procedure.docx": build_dog_rehoming_docx,
            "location-filming-procedure.docx": build_location_shoot_docx,
            "loan-instrument-sets-sop.docx": build_loan_sets_docx,
            "home-fire-safety-visits-procedure.docx": build_home_fire_safety_docx}


def build_docx(path: Path) -> Path:
    """Build the labelled sets' Word document of this file name at ``path``."""
    return BUILDERS[path.name](path)
