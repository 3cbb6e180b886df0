"""Recognise the phrases that name an actor: who a heading, a label or a sentence is about.

A role is found from where a phrase stands as much as from its words: a heading or
list label ("Release Manager", "Facilities Team: books ..."), a lead-in ("Ward
clerk. Keeps ..."), the subject of a sentence whose next word is a verb ("the hiring
manager reviews ..."), or the party after "works with", "notifies", "escalate to". The
phrase counts when its last word is a person or group word: one from the reviewed
vocabulary (``ROLE_NOUNS``) or a noun that names an agent ("-er", "-or", "-ist",
"-ian") and is not also a verb. Word classes come from lemminflect's lemma tables, which
ship inside its package (offline, deterministic; read by ``raci.derive.lexicon``).

Every function here looks at a bounded prefix of its text, so the cost of reading a
document stays linear in its length; its answers are memoised (see ``SENTENCE_CACHE``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import islice

from raci.derive import lazy_re as re
from raci.derive.lexicon import all_lemmas
from raci.derive.naming import PURE_OWNERSHIP_VERBS
from raci.excel.people import given_names


class Folded:
    """A pattern that ignores case, searched in an ASCII text's lower case first.

    Python's engine tries a pattern that ignores case several times more slowly than the
    same pattern minding case (each letter compared in both cases, and no quick skip to
    the places a match can start). A pattern written in lower case (its escapes aside)
    and ignoring case matches an ASCII text at exactly the places where the same pattern
    minding case matches the text lower-cased: an ASCII letter matches only its two
    cases, and lower-casing keeps every other character and every length. So the quick
    search in the lower case says where (or whether) the pattern matches, and the
    pattern itself is run only there, giving the very match object it would have given
    (its groups as written). Other text, and a pattern with a capital, a scoped flag or
    a character escape, is searched as it is. ``tests/test_derive_fast_paths.py`` holds
    each such pattern to the plain search."""

    __slots__ = ("lower", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = re.now(pattern)  # (compiled: it is asked often, see lazy_re)
        source = pattern.pattern
        plain = re.sub(r"\\.", "", source)
        self.lower = re.compile(source, pattern.flags & ~re.IGNORECASE) if (
            pattern.flags & re.IGNORECASE and not any(c.isupper() for c in plain)
            and not re.search(r"\\[xuUN0-9]|\(\?[aiLmsux-]+[:)]", source)) \
            else None

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """``pattern.search(text, pos)``."""
        if self.lower is None or not text.isascii():
            return self.pattern.search(text, pos)
        found = self.lower.search(text.lower(), pos)
        return None if found is None else self.pattern.match(text, found.start())

    def match(self, text: str) -> re.Match[str] | None:
        """``pattern.match(text)``."""
        if self.lower is None or not text.isascii():
            return self.pattern.match(text)
        return None if self.lower.match(text.lower()) is None else self.pattern.match(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)`` (each match the pattern's own, where the lower case
        found one)."""
        if self.lower is None or not text.isascii():
            return self.pattern.finditer(text)
        return (m for found in self.lower.finditer(text.lower())
                if (m := self.pattern.match(text, found.start())) is not None)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0
            ) -> str:
        """``pattern.sub(repl, text, count)``: the text as it is where nothing matches."""
        if self.lower is not None and text.isascii() and \
                self.lower.search(text.lower()) is None:
            return text
        return self.pattern.sub(repl, text, count)


# The reviewed role vocabulary: the last word of a title that names a role.
ROLE_NOUNS = (
    "Manager", "Owner", "Master", "Lead", "Leader", "Engineer", "Designer", "Analyst",
    "Architect", "Director", "Officer", "Developer", "Tester", "Coordinator", "Consultant",
    "Specialist", "Scientist", "Administrator", "Sponsor", "Steward", "Coach", "Writer",
    "Editor", "Planner", "Researcher", "Strategist", "Advocate", "Producer", "Accountant",
    "Counsel", "Auditor", "Controller", "Head",
    # reviewed additions: people and groups that hold duties in charters and process pages
    "Expert", "Advisor", "Adviser", "Nurse", "Investigator", "Physician", "Commander",
    "Scribe", "Maintainer", "Committer", "Contributor", "Custodian", "Initiator",
    "Authority", "Committee", "Board", "Council", "Panel", "Representative", "Supervisor",
    "Executive", "Assistant", "Technician", "Operator", "Recruiter", "Reviewer", "Approver",
    "Champion", "Facilitator", "Trainer", "Secretary", "Chair", "Chairperson", "Inspector",
    "Evaluator", "Moderator", "Mentor", "Liaison", "Clerk", "Agent", "Responder",
    "Investor", "Client", "Customer", "Stakeholder", "Contractor", "Supplier", "Vendor",
    "Team", "Group", "Squad", "Support", "Member", "Employee", "User", "Desk", "Chief",
    "Author", "Owner", "Partner", "Liaison", "Crew", "Cast", "Unit",
    "Guard", "Foreman", "Chef", "Cook", "Doctor", "Surgeon", "Paramedic", "Midwife",
    "Attendant", "Associate", "Volunteer", "Captain",
    "Pilot", "Paralegal", "Warden", "Matron", "Registrar", "Dean", "Cashier", "Courier",
    "Marshal", "Lifeguard", "Signatory", "Aider", "Headteacher",
    "Official", "Judge", "Trustee", "President", "Principal", "Medic", "Host", "Chaperone",
    "Delegate", "Department", "Division", "Directorate", "Secretariat", "Commission",
    "Taskforce", "Forum",
    "Handler", "Adjuster", "Processor", "Dispatcher", "Driver", "Porter", "Receptionist",
    "Teacher", "Instructor", "Tutor", "Lecturer", "Pharmacist", "Therapist", "Surveyor",
    "Electrician", "Plumber", "Slinger", "Signaller", "Rigger", "Caretaker",
    "Librarian", "Curator", "Treasurer", "Bursar", "Agency", "Person",
    "Reporter", "Journalist", "Photographer", "Presenter", "Buyer", "Estimator", "Scheduler",
    "Student", "Solicitor", "Barrister", "Lawyer", "Attorney", "Notary",
    "Fellow", "Staff", "Operative", "Keeper", "Warden", "Vicar", "Chaplain", "Priest",
    "Rector", "Curate", "Provider", "Bureau", "Police",
    # parties to a tenancy, a claim or an application
    "Landlord", "Tenant", "Claimant", "Defendant", "Applicant", "Appellant", "Respondent",
    "Participant", "Occupant", "Carer", "Buddy",
    # short forms of titles ("Site Rep", "Union Rep")
    "Rep",
    # a person named to be reached ("Base Contact", "Callout Contact", "Landlord Contact")
    "Contact",
)
# Occupations and parties by their last word, beyond the titles above: a person or body
# named in lower case ("sends them to the independent examiner", "the district nurse
# visits") is a role when its last word is one of these. Words that also name a thing or
# a part of a system ("printer", "marker", "runner", "worker", "interpreter", "regulator",
# "loader", "carrier", "governor") are left out, and so are words read as a plain noun
# as often ("parent", "minister").
OCCUPATIONS = (
    # health and care
    "dentist", "hygienist", "optician", "optometrist", "radiographer", "radiologist",
    "anaesthetist", "anesthetist", "clinician", "practitioner", "psychologist",
    "psychiatrist", "counsellor", "counselor", "physiotherapist", "physio", "dietitian",
    "dietician", "sonographer", "phlebotomist", "pathologist", "podiatrist", "caseworker",
    # law, courts and public bodies
    "examiner", "usher", "bailiff", "magistrate", "constable", "sergeant", "detective",
    "firefighter", "ranger", "coroner", "ombudsman", "inspectorate",
    "councillor", "mayor", "commissioner", "mediator",
    "arbitrator", "adjudicator", "assessor", "appraiser", "valuer", "auctioneer",
    "prosecutor", "advocate", "witness", "administrator",
    # trades and sites
    "builder", "bricklayer", "carpenter", "joiner", "roofer", "glazier", "plasterer",
    "decorator", "welder", "mechanic", "machinist", "labourer", "laborer",
    "scaffolder", "draughtsman", "draftsman", "gardener", "groundskeeper",
    "janitor", "cleaner", "housekeeper", "concierge", "caterer", "waiter", "bartender", "barista",
    "storekeeper", "haulier", "forwarder", "shipper",
    "chauffeur", "skipper", "deckhand", "navigator", "commodore", "bosun", "purser",
    "helmsman", "farmer", "grower", "fitter", "locksmith", "stonemason", "farrier",
    "upholsterer", "projectionist", "florist", "organist", "verger", "sexton",
    "breeder", "veterinarian", "beekeeper", "forester", "stockman",
    # offices, money and trade
    "bookkeeper", "actuary", "underwriter", "banker", "economist",
    "statistician", "epidemiologist", "biologist", "chemist", "archivist", "historian",
    "archaeologist", "osteologist", "surveyor",
    "translator", "proofreader", "copywriter", "illustrator", "animator",
    "typesetter", "programmer", "technologist", "implementer",
    "invigilator", "proctor", "professor", "scholar", "trainee", "apprentice", "intern",
    "pupil", "learner", "referee", "umpire", "timekeeper", "organiser",
    "organizer", "promoter", "caller", "founder", "proprietor", "shareholder", "chancellor",
    "provost", "headmaster", "headmistress", "ambassador", "negotiator", "seller",
    "purchaser", "employer", "freelancer", "subcontractor", "manufacturer",
    "wholesaler", "retailer", "reseller", "importer", "exporter", "insurer",
    "lessor", "lessee", "licensor", "licensee", "funder", "donor", "grantee",
    "beneficiary", "comptroller", "paymaster", "quartermaster", "superintendent",
)
VOCABULARY: set[str] = {n.lower() for n in ROLE_NOUNS} | {
    "stakeholder", "lead", "writer", "nurse", "physician", "client", "on-call"} | {
    w for w in OCCUPATIONS if " " not in w}
# Every function here is a pure function of its text (the vocabulary above is fixed),
# so answers are kept in bounded caches: a sentence read for its roles is not read again
# for its duties, nor a heading met twice. The bound holds the sentences of a large
# document (about 1 MB) and keeps memory small.
SENTENCE_CACHE = 1 << 16

# Person words that end compounds written as one word ("Churchwarden", "Quartermaster")
_COMPOUND_TAILS = tuple(w for w in VOCABULARY if len(w) >= 5 and w.isalpha())
_COMPOUND_TAIL_SET = frozenset(_COMPOUND_TAILS)
_AGENT = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|eer)$")
NOT_ACTORS = {
    "server", "browser", "computer", "error", "container", "cluster", "parameter", "folder",
    "layer", "indicator", "sector", "behavior", "behaviour", "chapter", "header", "footer",
    "banner", "buffer", "router", "adapter", "vector", "tensor", "compiler", "debugger",
    "scheduler", "parser", "tracker", "timer", "wrapper", "meter", "other", "weather",
    "barrier", "border", "corner", "manner", "character", "interior", "exterior", "editor's",
    "paper", "number", "order", "matter", "center", "centre", "water", "power", "letter",
    "answer", "cover", "counter", "filter", "monitor", "register", "trigger", "factor",
    "together", "however", "whether", "whoever",
    # compounds of "over" ("Handover: payroll"): events, not people
    "handover", "takeover", "turnover", "changeover", "leftover", "crossover", "rollover",
    "makeover", "stopover", "hangover", "sleepover", "walkover", "spillover", "carryover",
    "either", "neither", "rather", "further", "never",
    "after", "over", "under", "per", "for", "or", "nor", "major", "minor", "prior",
    "senior", "junior", "superior", "inferior", "upper", "lower", "inner", "outer",
    "former", "latter", "proper", "clear", "bigger", "better", "faster", "smaller",
    "larger", "higher", "earlier", "later", "greater", "stronger", "easier", "harder",
    "sooner", "fewer", "longer", "shorter", "deeper", "wider", "broader", "closer",
    "cancer", "disorder", "dinner", "summer", "winter", "quarter", "ledger",
    # things a passive is often about ("The newsletter is written by the Editor and sent
    # to the printers by the Secretary"): no party told of their own sending
    # (not "blender": a "Master Blender" is a title)
    "newsletter", "newspaper", "poster", "heater", "freezer", "boiler", "toaster",
    "locker", "binder",
    # months and feasts ending like agent nouns ("a service before October")
    "september", "october", "november", "december", "easter",
    "tutorial", "guardian", "median", "meridian", "boundary", "history", "capacitor",
    "detector", "processor", "reactor", "motor", "sensor", "actor", "mirror", "color",
    "colour", "flavor", "favour", "favor", "honor", "honour", "humor", "labor", "labour",
    "vapor", "horror", "terror", "mentor's", "list", "checklist", "playlist",
    "whichever", "whatever", "whenever", "wherever", "checker", "linter", "formatter",
    "installer", "launcher", "loader", "handler", "provider", "trailer", "sticker",
    # animals a clinic or a farm names ("Raptors and owls", "Heifers"), no people
    "raptor", "heifer", "otter", "adder", "viper", "alligator", "predator",
}
# Departments that act as a role when written as a name ("Procurement checks ...").
DEPARTMENTS = {"procurement", "finance", "legal", "hr", "human resources", "it", "security",
               "marketing", "sales", "operations", "engineering", "payroll", "compliance",
               "facilities", "accounts payable", "accounts receivable", "treasury", "audit",
               "internal audit", "customer success", "customer service", "support",
               "product", "design", "research", "quality assurance", "logistics",
               "purchasing", "communications", "risk", "tax", "recruitment", "it support",
               "service desk", "help desk", "development", "infrastructure",
               "regulatory affairs", "medical affairs", "public affairs", "corporate affairs",
               "estates", "health and safety", "information governance", "admissions",
               "catering", "housekeeping", "maintenance", "reception", "investor relations",
               "public relations", "pharmacy", "legal services", "it services"}
# An acronym in mixed case: a capital, two capitals or more and at most two small letters
# in all, six letters at most ("SENCo", "HoD", "DoF", "DofE"; not "Mr", "Ltd", "GitHub",
# nor the plural of an acronym, "OKRs")
_MIXED_ACRONYM = re.compile(r"(?![A-Z]+s$)(?=(?:[a-z]*[A-Z]){2})(?=(?:[A-Z]*[a-z]){0,2}[A-Z]*$)"
                            r"[A-Z][A-Za-z]{1,5}")
NOT_ROLE_ACRONYMS = {"api", "faq", "kpi", "okr", "sla", "slo", "sli", "it", "ui", "ux", "qa",
                     "ci", "cd", "url", "pdf", "csv", "sql", "aws", "gcp", "sdk", "raci",
                     "roi", "tbd", "etc", "usa", "uk", "eu", "gdpr", "hipaa", "iso", "nda",
                     "rfp", "rfc", "mvp", "poc", "eta", "asap", "fyi", "ai", "ml", "os",
                     "db", "vpn", "sso", "mfa", "irb", "ssl", "tls", "http", "json", "xml",
                     # things written in mixed case ("the MoU sets out ...")
                     "mou", "sow", "tor", "dod", "dor", "phd", "saas", "paas", "iaas",
                     # time zones ("Timeline (UTC)")
                     "utc", "gmt", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "ist"}
# Words before the phrase that do not belong to the name.
DETERMINERS = {
    "the", "a", "an", "our", "your", "their", "its", "his", "her", "each", "every", "all",
    "any", "some", "both", "this", "that", "these", "those", "relevant", "other", "others",
    "various", "different", "multiple", "several", "many", "more", "most", "internal",
    "external", "appropriate", "proper", "correct", "respective", "designated", "assigned",
    "senior", "junior", "experienced", "new", "cross-functional", "key", "another", "one",
    "existing", "current", "outgoing", "incoming", "named", "nominated", "responsible",
    "affected", "concerned",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
    "when", "once", "after", "before", "if", "then", "also", "and", "or", "with", "from",
    # when a body meets, no part of its name ("between Board meetings")
    "between", "during", "until",
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
"""The names of days and months, for the patterns that read dates and periods."""

# Words that say which of a body's meetings ("the next Board", "the April Board"): no
# part of its name when written in lower case or before the body's word alone; a title's
# own words otherwise ("Last Mile Courier", "Next Steps Coordinator")
WHEN_WORDS = {"next", "previous", "following", "last", "january", "february", "march",
              "april", "june", "july", "august", "september", "october", "november",
              "december"}
MEETING_BODIES = {"board", "boards", "committee", "committees", "council", "panel", "forum",
                  "meeting", "meetings", "executive", "cabinet", "assembly", "trustees",
                  "governors", "senate", "agm", "egm"}


def says_when(words: list[str]) -> bool:
    """Whether a name's first word only says when its body meets ("next" in "the next
    Board", "April" in "the April Board", "Between" in "Between Board meetings")."""
    if len(words) < 2:
        return False
    first = words[0].lower()
    return first in ("between", "during", "until") or first in WHEN_WORDS and (
        words[0].islower() or all(w.lower() in MEETING_BODIES for w in words[1:]))


# A body whose members a possessive names ("the group's users", "the school's staff")
_COLLECTIVE = re.compile(r"group|team|department|company|organi[sz]ation|school|unit|office|"
                         r"facility|lab|laboratory|site|project|society|club|charity|firm|"
                         r"business|practice|service|centre|center|store|shop")
# "New starter", "new joiners": a role in which "new" is no passing adjective
NEWCOMER = re.compile(r"(?:starter|joiner|hire|recruit|entrant|employee)s?", re.IGNORECASE)


def named_new(words: list[str]) -> bool:
    """Whether a title's first word "New" is part of its name: "New Business Team", "New
    Homes Officer", written in capitals over three words or more with one holder (but "New
    starters" and "the new Project Managers" are people who are new)."""
    return len(words) >= 3 and words[0] == "New" and \
        all(w[:1].isupper() for w in words[1:]) and \
        singular(words[-1].lower()) == words[-1].lower()


# "key worker", "key holder", "key contact": titles in which "key" is no passing adjective
KEY_TITLE = re.compile(r"(?:worker|holder|contact)s?", re.IGNORECASE)
FUNCTION_WORDS = {
    "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "vs.", "versus",
    "is", "are", "was", "be", "been", "how", "what", "why", "who", "which", "where", "when",
    "not", "no", "you", "we", "it", "they", "he", "she", "i", "me", "us", "them", "do",
    "does", "can", "will", "should", "must", "may", "that", "this", "these", "those", "if",
    "about", "into", "than", "like", "per", "via", "&amp;", "among", "between", "would",
    "could", "the", "a", "an", "their", "its", "our", "your", "his", "her", "has", "have",
    "had", "were", "there", "here", "such", "every", "each", "any", "all",
    # ("track dependencies across teams" names no role)
    "across", "within", "throughout", "through", "during", "without", "against", "towards",
    "toward", "upon", "onto", "beyond",
}
ADVERBS = {"either", "also", "then", "usually", "often", "typically", "should", "still",
           "now", "always", "regularly", "directly", "first", "only", "generally", "must",
           "will", "can", "may", "might", "would", "could", "shall", "just", "further",
           "primarily", "mainly", "closely", "actively", "ultimately", "normally", "alone",
           "personally", "jointly"}
MODAL_AUXILIARIES = {"must", "should", "will", "shall", "can", "could", "would", "may",
                     "might"}
SUBJECT_VERBS = {"is", "are", "has", "have", "will", "must", "should", "can", "may",
                 "does", "do", "needs", "need", "shall", "takes", "plays", "serves"}


# Verbs of the workplace the tables know only as nouns, or not at all: "texts the
# postcode to the collector", "onboards new starters"
_NEWER_VERBS = {f"{base}{ending}": base for base in ("text", "onboard", "offboard", "upskill",
                                                      "whatsapp")
                for ending in ("", "s", "ed", "ing")}


# Nouns the tables know only as verbs ("bar": "Bar Manager", "Bar Staff" are posts)
_MISSING_NOUNS = frozenset({"bar"})


@lru_cache(maxsize=SENTENCE_CACHE)
def word_classes(word: str) -> frozenset[str]:
    """The word classes lemminflect knows for a lower-case word ('VERB', 'NOUN', ...)."""
    known = frozenset(all_lemmas(word))
    if word in _MISSING_NOUNS:
        known |= {"NOUN"}
    if not known and _redone(word) is not None:
        return frozenset({"VERB"})  # "reshelve", "rebooks": a verb done again
    return known | {"VERB"} if word in _NEWER_VERBS else known


def _redone(word: str) -> str | None:
    """The base form of a verb written with "re" before it and no hyphen that the tables
    do not hold ("reshelve", "rebooks", "retested": "reshelve", "rebook", "retest"), else
    None."""
    if len(word) < 6 or not word.startswith("re") or all_lemmas(word):
        return None
    base = all_lemmas(word[2:]).get("VERB")
    return f"re{base[0]}" if base else None


_ISE_VERB = re.compile(r"([a-z]{4,}i[sz])(?:e|es|ed|ing)")
# A verb written with a prefix and a hyphen the tables do not hold: "re-run", "pre-book"
_PREFIXED_VERB = re.compile(r"(?P<prefix>re|pre|double|cross)-"
                            r"(?P<verb>[a-z]{2,})")


@lru_cache(maxsize=SENTENCE_CACHE)
def verb_lemma(word: str) -> str | None:
    """The base form when a word can be a verb ('develops' -> 'develop'), else None."""
    newer = _NEWER_VERBS.get(word.lower())
    if newer is not None:
        return newer
    lemmas = all_lemmas(word.lower())
    verbs = lemmas.get("VERB")
    prefixed = _PREFIXED_VERB.fullmatch(word.lower()) if not verbs and "-" in word else None
    if prefixed:
        # "re-run", "pre-books", "double-checked": a verb with a prefix before a hyphen
        base = verb_lemma(prefixed.group("verb"))
        return f"{prefixed.group('prefix')}-{base}" if base else None
    if not lemmas:
        # a word the tables do not know, made a verb by its ending: "pseudonymised",
        # "anonymising" -> "pseudonymise", "anonymise"; or by "re" before a verb:
        # "reshelves" -> "reshelve"
        made = _ISE_VERB.fullmatch(word.lower())
        return made.group(1) + "e" if made else _redone(word.lower())
    return str(verbs[0]) if verbs else None


@lru_cache(maxsize=SENTENCE_CACHE)
def is_third_person_verb(word: str) -> bool:
    """'reviews', 'schedules', 'has': a present-tense verb after a singular subject."""
    w = word.lower().strip(",;:")
    if w in SUBJECT_VERBS:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith("ss") and \
        verb_lemma(w) is not None and verb_lemma(w) != w


def is_verb(word: str) -> bool:
    """Any form that can be a verb."""
    return verb_lemma(word.strip(",;:")) is not None


_MEN_PLURAL = re.compile(r"[a-z]{3,}s(?:wo)?men")


@lru_cache(maxsize=SENTENCE_CACHE)
def singular(word: str) -> str:
    """'Owners' -> 'Owner', 'Committees' -> 'Committee', 'Stakeholders' -> 'Stakeholder'."""
    lower = word.lower()
    if _MEN_PLURAL.fullmatch(lower):
        return word[:-2] + "an"  # "Groundsmen"
    if len(word) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is")) \
            and not word.isupper():
        if lower.endswith("ies") and len(word) > 4:
            return word[:-3] + ("Y" if word[-3].isupper() else "y")
        if lower.endswith(_ES_AFTER) and len(word) > 4 and not word_classes(lower[:-1]):
            # "Coaches", "Witnesses", "Boxes": "es" after a hiss is the plural's ending,
            # unless the word without its "s" is one ("Caches", "Niches", "Headaches")
            return word[:-2]
        if lower.endswith("ics") and lower[:-1] not in VOCABULARY:
            return word  # "Physics", "Logistics": no plural (but "Mechanics", "Medics")
        return word[:-1]
    return word


_ES_AFTER = ("ches", "shes", "sses", "xes", "zzes")


_SPOKESPERSON = re.compile(r"[a-z]{3,}s(?:man|men|woman|women|person)")
_MAN_COMPOUND = re.compile(r"[a-z]{4,}(?:man|men)")


def _person_word(word: str) -> bool:
    """A word the vocabulary holds for a person or group, or a compound that can only
    name one ("groundsman", "spokesperson")."""
    return word in VOCABULARY or _SPOKESPERSON.fullmatch(word) is not None or (
        _MAN_COMPOUND.fullmatch(word) is not None and not all_lemmas(word))


@lru_cache(maxsize=SENTENCE_CACHE)
def actor_word(word: str) -> bool:
    """A person or group word: in the vocabulary, or an agent noun that is no verb."""
    w = singular(word.strip(".,;:()'’").lower())  # ("MARSHALS" in a title in capitals)
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    if w in VOCABULARY or _SPOKESPERSON.fullmatch(w):
        return True  # "Groundsman", "Linesmen", "Spokesperson"
    if (_MAN_COMPOUND.fullmatch(w) or _compound(w)) and not all_lemmas(w):
        return True  # a compound the word tables lack: "Churchwarden", "Stationmaster"
    if _MAN_COMPOUND.fullmatch(w) and word_classes(w) == {"NOUN"}:
        return True  # a "-man" compound that is only a noun: "Fireman", "Chairman"
    head, hyphen, tail = w.rpartition("-")
    if hyphen and head.isalpha() and len(head) >= 3 and head not in ("non", "self", "anti") \
            and tail.isalpha() and len(tail) >= 4 \
            and tail not in NOT_ACTORS and actor_word(tail):
        return True  # "key-holder", "plot-holders": a person word after the thing they hold
    if w in NOT_ACTORS or not _AGENT.fullmatch(w):
        return False
    classes = word_classes(w)
    return "VERB" not in classes and "ADJ" not in classes and "ADV" not in classes


def _compound(word: str) -> bool:
    """Whether the word ends in a person word of five letters or more after at least three
    letters of its own ("church" + "warden"): each such ending of the word looked up in the
    tails, not each tail tried against the word (``any(word.endswith(tail) and len(word) -
    len(tail) >= 3 for tail in _COMPOUND_TAILS)``, as ``tests/test_derive_index.py``
    checks)."""
    return any(word[k:] in _COMPOUND_TAIL_SET for k in range(3, len(word) - 4))


def _title(word: str) -> str:
    if word.lower() in ("or", "and", "of", "&"):
        return word.lower()
    rest = word[1:]
    # (in ASCII, the capitals are the letters lower case changes)
    if (rest != rest.lower() if word.isascii() else any(c.isupper() for c in rest)) or \
            word.isupper():
        return word
    return word[:1].upper() + rest


# Offices named for what they head: "VP of Engineering", "Director of Finance".
TITLE_OF = re.compile(
    # (the body or level whose post it is, before it: "Trust Head of Compliance", "County
    # Director of Education", "Divisional Head of Nursing")
    r"(?:(?:Trust|County|Borough|District|Divisional|Division|Area|Site|Network|Federation|"
    r"Academy|Faculty|Practice|Company|Corporate|Clinical|National|Diocesan|Campus|Branch)"
    r"\s+)?"
    r"(?:(?:Senior|Deputy|Assistant|Associate|Executive|Regional|Group)\s+)?"
    r"(?:VP|SVP|EVP|Vice President|Head|Director|Chief|Dean|Manager|Officer|Lead|Secretary|"
    r"Minister|Commissioner|Chair)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&-]*){0,3}")
# A post named by its holder's word and what it keeps, every word capitalised: "Registrar of
# Cremations", "Clerk of Works" (a title that heads TITLE_OF is read there; "the Keeper of
# the Schedule", with "the", is a figure of speech)
_OFFICE_OF = re.compile(r"[A-Z][a-z]+\s+of\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}")
# A title that says what its holder answers for, each word of it capitalised: "Officer
# Responsible for Fire Safety" (in lower case, "staff responsible for safety", a phrase)
RESPONSIBLE_TITLE = re.compile(r"(?P<who>[A-Z].*?)\s+Responsible\s+for\s+(?P<what>(?:the\s+)?"
                               r"[A-Z][\w&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&-]*){0,3})")
# A role qualified by when or where it serves: "Nurse in Charge", "Engineer on Call".
# A title for whom holds the command or the watch is one too: "Pilot in Command",
# "Engineer Officer of the Watch", "Officer of the Day". "On duty" makes a title of one
# word alone ("the manager on duty", "the vet on duty"): after a title in full it is
# a state ("the Funeral Arranger on duty" is the Funeral Arranger).
ON_DUTY = re.compile(r"(.+?)\s+(in charge|on call|on duty|in command|"
                     r"of the (?:watch|day|deck))", re.IGNORECASE)
# A title in capitals for whom is in charge of a named thing: "Person in Charge of
# Possession", "Officer in Charge of Works" (the thing written with capitals, at most three
# words; "the nurse in charge of the ward" is a nurse)
_IN_CHARGE_OF = re.compile(r"(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+in\s+Charge\s+of\s+"
                           r"(?P<what>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,2})")
ON_DUTY_TAILS = ("in charge", "on call", "on duty", "in command", "of the watch",
                 "of the day", "of the deck")
_DUTY_OF_ONE = re.compile(r"(?:(?:the|a|an)\s+)?[A-Za-z][\w-]*\s+on\s+duty", re.IGNORECASE)
# The last word of a capitalised name of a unit that acts ("Faculty Research Office")
ORG_HEADS = {"Office", "Service", "Services", "Unit", "Bureau", "Registry"}
RANKS = {"external", "senior", "junior", "outgoing", "incoming",  # part of a title when
         "responsible",  # capitalised ("Responsible Pharmacist", "Responsible Person",
         "named", "designated", "nominated"}  # "Named Nurse", "Nominated Governor")
NUMBERING = re.compile(r"^\s*(?:\(?\d{1,3}[.)]|\(?[A-Za-z][.)]\s|step \d+\s*[:.-]?)\s*",
                       re.IGNORECASE)
# A telling said after a comma with a participle (", keeping the Bursar informed",
# ", informing the Registrar") or with an idiom ("and loops in the Bursar", "and copies in
# the Clerk", "and cc's the Clerk"): written as the "and informs ..." the rest reads
_TELLING_PARTICIPLE = re.compile(
    r",\s+(?:(?P<keep>keeping)\s+(?P<kept>(?:the|our|their|your)\s+[^,;.]{2,60}?)\s+"
    r"(?P<how>informed|updated|posted|aware|in the loop|up to date)"
    r"|(?P<verb>informing|notifying|telling|copying in|looping in)\s+(?=(?:the|our|their|your)\s))",
    re.IGNORECASE)
_TELLING_IDIOM = re.compile(r"\s+and\s+(?:(?:loops|copies)\s+in|(?:ccs|cc['’]s)(?:\s+in)?)\s+"
                            r"(?=(?:the|our|their|your)\s)", re.IGNORECASE)


def telling_as_and(sentence: str) -> str:
    """``sentence`` with a participle's or an idiom's telling written as "and informs X"
    (", keeping the Bursar informed" -> " and keeps the Bursar informed", ", informing
    the Registrar" and "and loops in the Registrar" -> " and informs the Registrar")."""
    def said(m: re.Match[str]) -> str:
        if m.group("keep"):
            return f" and keeps {m.group('kept')} {m.group('how')}"
        return " and informs "
    sentence = _TELLING_PARTICIPLE.sub(said, sentence)
    return _TELLING_IDIOM.sub(" and informs ", sentence)


# A party worked with, set between commas after the subject ("The Head of Year, working
# with the Safeguarding Lead, writes the plan"), read as the opening phrase it also is
# ("Working with the Safeguarding Lead, the Head of Year writes the plan")
_SUBJECT_WITH = re.compile(
    r"^(?P<subject>(?:The\s+|Our\s+)?[A-Z][\w&'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&'’-]*){0,4}),\s+"
    r"(?P<with>(?:(?:working|together|jointly|along)\s+with|with|alongside|in consultation "
    r"with)\s+(?:the|our|their|a|an)\s+[^,;.]{2,60}?),\s+(?=[a-z]+s\b|(?:must|will|should|"
    r"shall|can)\s)")
# A consulting said after a comma or with an idiom (", checking with the Safeguarding Lead
# first", ", drawing on the Safeguarding Lead's advice", "and runs it past the Bursar"),
# read as the "in consultation with ..." the rest reads
_CONSULTING = re.compile(
    r",\s+(?:first\s+)?(?:checking|checking in|conferring|liaising|talking|speaking)\s+with\s+"
    r"(?=(?:the|our|their|your)\s)"
    r"|\s+and\s+(?:runs|run)\s+(?:it|them|this|these)\s+(?:past|by)\s+(?=(?:the|our|their|your)\s)",
    re.IGNORECASE)
_DRAWING_ON = re.compile(r",\s+drawing\s+on\s+(?P<who>(?:the|our|their|your)\s+[^,;.]{2,60}?)"
                         r"['’]s?\s+(?:advice|input|expertise|views|guidance)\b", re.IGNORECASE)


# Advice or views sought of a party, said as "consults" ("seeks the views of the Governors",
# "takes advice from the Auditor", "asks the Auditor for advice", "seeks the Auditor's
# views"); before an act, as "consults X before ..." (the act consulted on)
_PARTY = r"(?:the|our|their|your)\s+[A-Za-z][^,;.()]{1,60}?"
_COUNSEL = r"(?:views|advice|input|opinion|comments|guidance)"
_SEEKING = re.compile(
    r"\b(?P<verb>seek|seeks|seeking|take|takes|taking|get|gets|getting|ask|asks|asking)\s+"
    r"(?:(?:the\s+)?" + _COUNSEL + r"\s+(?:of|from)\s+(?P<of>" + _PARTY + r")"
    r"|(?P<whose>" + _PARTY + r")['’]s?\s+" + _COUNSEL +
    r"|(?P<asked>" + _PARTY + r")\s+for\s+(?:(?:their|its|his|her)\s+)?"
    r"(?:views|advice|input|opinion|guidance))"
    r"(?=\s+(?:on|about|before|when|if|for)\b|[,;.]|$)", re.IGNORECASE)
_CONSULTS = {"seek": "consult", "seeks": "consults", "seeking": "consulting",
             "take": "consult", "takes": "consults", "taking": "consulting",
             "get": "consult", "gets": "consults", "getting": "consulting",
             "ask": "consult", "asks": "consults", "asking": "consulting"}
# An opening "Before approving the budget, " ahead of a consulting: the act consulted on
_BEFORE_CONSULTING = re.compile(
    r"^(?P<when>Before|Prior to)\s+(?P<act>[a-z]+ing\s+[^,;]{2,80}),\s+"
    r"(?P<rest>(?:the|our)\s+[^,;]{2,60}?\s+(?:must\s+|will\s+|should\s+|shall\s+)?"
    r"(?:seek|take|get|ask)s?\s+[^,;]{2,80}?)(?P<end>[.;]?\s*)$")


# A passive's doer followed by whom they hear: "is written by the Head of Year with input
# from the Safeguarding Lead" (the Lead consulted, as after "in consultation with")
_PASSIVE_INPUT = re.compile(
    r"(?P<by>\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ne|de|t)\s+by\s+"
    r"(?:the|our|their|your)\s+[^,;.]{2,60}?),?\s+with\s+(?:(?:the|their|its)\s+)?"
    r"(?:input|advice|help)\s+(?:from|of)\s+(?=(?:the|our|their|your)\s)")


def _consulting(sentence: str) -> str:
    """``sentence`` with advice or views sought said as "consults": "seeks the views of
    the Governors" -> "consults the Governors"; "Before approving the budget, the Bursar
    consults the Governors." -> "The Bursar consults the Governors before approving the
    budget." (the act consulted on, as the rest reads it)."""
    finite: list[str] = []

    def said(m: re.Match[str]) -> str:
        who = m.group("of") or m.group("whose") or m.group("asked")
        verb = m.group("verb").lower()
        if verb.endswith("ing"):  # "after taking advice from X": read as it is
            return m.group(0)
        if m.group("asked") or sentence[m.end():].lstrip().startswith("before"):
            return f"{_CONSULTS[verb]} {who}"
        finite.append(who)  # the words kept, the party consulted on them
        return m.group(0)
    opening = _BEFORE_CONSULTING.match(sentence)
    if opening and _SEEKING.search(opening.group("rest")):
        rest = opening.group("rest")
        sentence = f"{rest[:1].upper()}{rest[1:]} {opening.group('when').lower()} " \
            f"{opening.group('act')}{opening.group('end')}"
    sentence = _SEEKING.sub(said, sentence)
    if finite:
        body = sentence.rstrip()
        end = body[-1] if body.endswith((".", ";")) else ""
        sentence = body[:len(body) - len(end)] + " in consultation with " + \
            " and ".join(finite) + end
    return sentence


# A reason given after a comma at a sentence's end (", because the auditors ask for it"):
# why the duty is done, no part of it or of whom it involves
_REASON_AFTER = re.compile(r",\s+(?:because|since)\s+[^;:]{3,160}?(?P<end>[.;]?\s*)$",
                           re.IGNORECASE)


# A telling in the passive with its teller named: "The Bursar must be told by the Clerk of
# any refund" said as the active "The Clerk must tell the Bursar of any refund"
_TOLD_BY = re.compile(
    r"^(?P<told>(?:The|Our|Their|Your)\s+[^,;()]{2,60}?)\s+(?:(?P<modal>must|will|should|"
    r"shall)\s+be|is|are)\s+(?:always\s+|promptly\s+|then\s+)?(?:told|informed|notified)\s+"
    r"by\s+(?P<by>(?:the|our|their|your)\s+[^,;()]{2,60}?)\s+(?P<what>(?:of|about|that)\s)")


def _told_by(m: re.Match[str]) -> str:
    told = m.group("told")
    by = m.group("by")
    verb = f"{m.group('modal')} tell" if m.group("modal") else "tells"
    return f"{by[:1].upper()}{by[1:]} {verb} {told[:1].lower()}{told[1:]} {m.group('what')}"


# ", and makes the report ...": a second verb after a comma, in the third person
_AND_THEN_DOES = re.compile(r",\s+and\s+(?:then\s+)?(?P<verb>[a-z]+)\s")


def _told_by_then(sentence: str) -> str:
    """A telling in the passive said in the active (``_TOLD_BY``), with a further verb
    after ", and" kept with the party told, its subject: "The Bursar is told by the Clerk
    of any refund, and signs it off" reads "The Clerk tells the Bursar of any refund, and
    the Bursar signs it off"."""
    m = _TOLD_BY.match(sentence)
    if m is None:
        return sentence
    rest = sentence[m.end():]
    then = _AND_THEN_DOES.search(rest)
    if then is not None and is_third_person_verb(then.group("verb")):
        told = m.group("told")
        rest = f"{rest[:then.start('verb')]}{told[:1].lower()}{told[1:]} " \
            f"{rest[then.start('verb'):]}"
    return _told_by(m) + rest


# An opening of how often, with no comma before the role it is said of ("Once a month the
# Head of Operations reviews ..."): given its comma, so that "Once" opens no clause
_HOW_OFTEN = re.compile(
    r"^(?P<when>(?:(?:Once|Twice|Three\s+times|Four\s+times)\s+(?:a|an|each|every|per)|Each|Every)"
    r"\s+(?:day|week|fortnight|month|quarter|term|half-term|year|season|shift|morning|"
    r"evening|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+"
    r"(?=(?:the|our|each|every)\s+[A-Z])")


def said_plainly(sentence: str) -> str:
    """``sentence`` with its tellings and consultings written as the rest reads them:
    :func:`telling_as_and`; ", checking with the Lead", "and runs it past the Lead" and
    ", drawing on the Lead's advice" as "in consultation with the Lead"; "The Clerk,
    working with the Lead, files ..." as "Working with the Lead, the Clerk files ..."."""
    if sentence[:1] in "OTFE":
        sentence = _HOW_OFTEN.sub(r"\g<when>, ", sentence)
    if " told by " in sentence or " informed by " in sentence or " notified by " in sentence:
        sentence = _told_by_then(sentence)
    if ", because " in sentence or ", since " in sentence:
        sentence = _REASON_AFTER.sub(lambda m: m.group("end"), sentence)
    if "ing " in sentence or " loops " in sentence or " cc" in sentence or \
            " copies " in sentence:
        sentence = telling_as_and(sentence)
    if " with " in sentence or " past " in sentence or " by " in sentence:
        sentence = _CONSULTING.sub(" in consultation with ", sentence)
        placed = _SUBJECT_WITH.match(sentence)
        if placed:
            opening = placed.group("with")
            sentence = f"{opening[:1].upper()}{opening[1:]}, {placed.group('subject')} " + \
                sentence[placed.end():]
    if re.search(r"\b(?:views|advice|input|opinion|comments|guidance)\b", sentence):
        sentence = _PASSIVE_INPUT.sub(r"\g<by> in consultation with ", sentence)
        sentence = _consulting(sentence)
    if " drawing " in sentence:
        sentence = _DRAWING_ON.sub(lambda m: f" in consultation with {m.group('who')}",
                                   sentence)
    return sentence


# A numbered clause's number of two levels or more ("3.2", "4.1.3."), before a capital: in
# a paragraph of numbered clauses, each sentence's ("... each meeting. 3.2 The Clerk ...")
CLAUSE_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3}){1,3}\.?\s+(?=[A-Z])")


def without_clause_number(sentence: str) -> str:
    """``sentence`` without a numbered clause's number before it ("3.2 The Clerk shall
    ..." -> "The Clerk shall ...")."""
    return CLAUSE_NUMBER.sub("", sentence, count=1) if sentence[:1].isdigit() else sentence


# Words before "Contact" that make it the act, not the person reached ("Initial Contact",
# "First Contact", "Eye Contact")
CONTACT_ACTS = {"initial", "first", "direct", "regular", "close", "eye", "physical", "social",
                "further", "ongoing", "personal", "customer", "skin", "any", "no", "early",
                "face-to-face", "frequent", "prolonged", "casual", "unwanted", "inappropriate"}


# Words a job description uses for the role it describes, not roles of their own
# Words before "contacts" that head a list of whom to call ("Key contacts", "Useful
# contacts"), not a role
CONTACTS_LISTED = {"key", "main", "useful", "important", "other", "local", "further",
                   "additional", "emergency", "our", "all"}
GENERIC_HOLDER = re.compile(r"(?:successful\s+|ideal\s+|right\s+)?(?:post\s?holders?|"
                            r"job\s?holders?|role\s?holders?|office[\s-]?holders?|"
                            r"candidates?|appointees?|"
                            r"incumbents?|applicants?)", re.IGNORECASE)


# A remark in brackets closing a phrase, and the words a name may be made of (compiled
# once: actor_name reads every phrase that may name a role)
_TRAILING_ASIDE = re.compile(r"\s*\([^)]*\)\s*$")
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z0-9/&'-]*|\d{1,3}|&")


def _phrase_words(phrase: str) -> list[str]:
    """The words :func:`actor_name` reads a phrase as: its numbering, the marks around it
    and a remark in brackets at its end left out."""
    text = NUMBERING.sub("", phrase[:120]).strip(" \t.:;,-–—*#\"'“”")
    text = _TRAILING_ASIDE.sub("", text) if "(" in text else text
    return text.replace("’", "'").split()


def may_name_vocabulary(phrase: str) -> bool:
    """False only when :func:`actor_name` surely finds in ``phrase`` no name whose last word,
    made singular, is a word of VOCABULARY (what ``_names_people`` of the extractor asks),
    told without reading the phrase as a name: a few look-ups a word.

    Every name ``actor_name`` gives ends in one of the phrase's words as it reads them
    (:func:`_phrase_words`), its case changed or made singular (a title's words, a
    department's, an acronym, the role word made singular, "... Responsible for X" ending
    in X's last word, "Nurse in Charge" in "Charge"); in ASCII, the singular of a word in
    lower case is the lower case of its singular or the word itself. So the last word of
    a name, made singular and lower-cased, is a word of the phrase in lower case made
    singular at most twice. A phrase outside ASCII is always read
    (``tests/test_derive_cheaper_reading.py`` holds the two to the same answer)."""
    if not phrase.isascii():
        return True
    for word in _phrase_words(phrase):
        low = word.lower()
        if low in VOCABULARY:
            return True
        one = singular(low)
        if one in VOCABULARY or singular(one) in VOCABULARY:
            return True
    return False


# The words a message greets its readers with ("Hi team,", "Hello volunteers")
GREETINGS = frozenset({"hi", "hello", "hey", "hiya", "greetings", "dear"})


@lru_cache(maxsize=SENTENCE_CACHE)
def actor_name(phrase: str, max_words: int = 5, acronym: bool = False) -> str | None:
    """The role a short phrase names ('the Release Coordinators' -> 'Release Coordinator'), or None.

    The last word must be a person or group word and no word may be a function word, so
    "Product Manager vs Project Manager" or "Skills of a Designer" name no role. "or" joins
    two names of one role ("Staff pharmacist or technician") in a heading or label.
    """
    words = _phrase_words(phrase)
    bare = len(words)  # (no article or time before its first word: see "two acts" below)
    while words and (says_when(words) or words[0].lower() in DETERMINERS and not (
            # "Internal Audit": a department's whole name, its first word no determiner
            words[0][:1].isupper() and " ".join(words).lower() in DEPARTMENTS) and not (
            words[0].lower() in RANKS and words[0][:1].isupper() and len(words) > 1
            and words[1][:1].isupper()) and not (
            words[0].lower() == "new" and len(words) == 2 and NEWCOMER.fullmatch(words[1])) \
            and not named_new(words) \
            and not (words[0].lower() == "key" and len(words) == 2 and
                     KEY_TITLE.fullmatch(words[1])) and not (
            # "Key Custodian", "Key Account Manager": a title written in capitals, one
            # holder (but "Key Stakeholders" are the stakeholders who matter)
            words[0] == "Key" and len(words) > 1 and words[1][:1].isupper() and
            singular(words[-1].lower()) == words[-1].lower())):
        words.pop(0)  # "the senior engineers" -> Engineer, but "External Examiner" is a title
    if len(words) > 1 and words[-1][:1].islower() and (
            words[0].isdigit() or words[0][:1].islower() and words[0].endswith(("'s", "s'"))
            and _COLLECTIVE.fullmatch(words[0][:-2].rstrip("'"))):
        # "its 412 members": how many; "the group's users": whose (but "the manufacturer's
        # engineer" is a party's own role); no part of the name
        words.pop(0)
    if len(words) > 1 and words[0].isdigit() and words[1][:1].isupper():
        words.pop(0)  # "2 Management Accountants": how many, no part of the title
    if not words or len(words) > max_words + 2:
        return None
    if len(words) > 1 and words[0].lower() in GREETINGS:
        return None  # "Hi team", "Hello volunteers": a message's greeting, no role
    joined = " ".join(words)
    if GENERIC_HOLDER.fullmatch(joined):
        return None  # "the postholder", "the successful candidate": the page's own role
    if words[-1].lower() in ("contact", "contacts") and (
            len(words) == 1 or words[-2].lower() in CONTACT_ACTS):
        return None  # "Initial Contact and Triage": the act of contacting, no one named
    if len(words) == 2 and words[1].lower() == "contacts" and \
            words[0].lower() in CONTACTS_LISTED:
        return None  # "Key contacts", "Useful contacts": a list of whom to call, no role
    charge = _IN_CHARGE_OF.fullmatch(joined) if " in Charge of " in joined else None
    if charge and (charge.group("who").split()[-1] == "Person" or actor_name(
            charge.group("who"), max_words, acronym)):
        return f"{charge.group('who')} in Charge of {charge.group('what')}"
    tailed = joined.lower().endswith(ON_DUTY_TAILS) and (
        not joined.lower().endswith("on duty") or _DUTY_OF_ONE.fullmatch(joined) is not None)
    office = TITLE_OF.fullmatch(joined) if not tailed else None
    if office:  # "VP of Engineering", "Head of Customer Support"
        return " ".join(_title(w) for w in joined.replace(" the ", " ").split())
    # (a whole match ends in one of the tails)
    duty = ON_DUTY.fullmatch(joined) if not joined.isascii() or tailed else None
    if duty and duty.group(2).lower() == "on duty" and not tailed:
        duty = None
    answers = RESPONSIBLE_TITLE.fullmatch(joined) if " Responsible for " in joined else None
    who = actor_name(answers.group("who"), max_words, acronym) if answers else None
    if answers and who:
        return f"{who} Responsible for {answers.group('what')}"
    if duty and actor_name(duty.group(1), max_words, acronym):  # "Nurse in Charge"
        *small, noun = duty.group(2).lower().split()
        return f"{actor_name(duty.group(1), max_words, acronym)} {' '.join(small)} " \
            f"{noun.title()}"
    # (a rank written with a capital is part of the title, over the words a title has:
    # "Named Health and Safety Coordinator")
    if len(words) > max_words + (words[0].lower() in RANKS and words[0][:1].isupper()):
        return None
    if 3 <= len(words) <= 6 and "of" in words[1:-1] and actor_word(words[-1]) and all(
            w[:1].isupper() or w in ("of", "and", "&") for w in words):
        # "Front of House Manager", "Back of House Supervisor": a title written in full
        return " ".join([*(_title(w) for w in words[:-1]), _title(singular(words[-1]))])
    if not tailed and _OFFICE_OF.fullmatch(joined) and actor_word(words[0]) and \
            not words[0].endswith("s"):
        # "Registrar of Cremations", "Clerk of Works", "Master of Ceremonies": a post named
        # by what it keeps, each word capitalised; the words after "of" stay as written
        return " ".join(words)
    if any(w.lower() in FUNCTION_WORDS and not (w.isupper() and len(w) > 1) for w in words) \
            or words[-1].lower() in ("or", "and"):
        return None
    if any(not _NAME_WORD.fullmatch(w) for w in words):
        return None
    last = words[-1]
    if last.endswith("'s"):
        return None
    if " ".join(words).lower() in DEPARTMENTS and words[0][:1].isupper():
        return " ".join(_title(w) for w in words)  # "Procurement", "Accounts Payable"
    if acronym and len(words) == 1 and (re.fullmatch(r"[A-Z]{2,5}", last) or
                                        _MIXED_ACRONYM.fullmatch(last)) and \
            last.lower() not in NOT_ROLE_ACRONYMS:
        # "The CAB approves ...": an acronym standing as a subject; also one written in
        # mixed case, as schools write their posts ("the SENCo", "the HoD")
        return last
    first = words[0].lower()
    if len(words) == bare > 3 and first.endswith("ing") and \
            words[1].lower() in ("and", "or", "&") \
            and re.fullmatch(r"[a-z]+ing", words[2]) and singular(words[-1]) != words[-1]:
        # "Recruiting and checking volunteers": two acts and what they are done to, no
        # one named ("Marketing and fundraising officer" is, and so is "the cleaning and
        # catering assistants", the article before them)
        return None
    nominal_gerund = first.endswith("ing") and len(words) == 2  # "Hiring Manager"
    if len(words) > 1 and not words[0].isupper() and (first.endswith("ly") or
                           (word_classes(first) and not nominal_gerund
                            # a participle: "Authorised Signatory", "Paid Media Lead"
                            and not (first.endswith("ed") or verb_lemma(first) not in
                                     (None, first) and not first.endswith("s"))
                            and word_classes(first) <= {"VERB", "AUX", "ADV"})
                           or any(is_third_person_verb(w) and not word_classes(w.lower())
                                  & {"NOUN", "PROPN"} for w in words[:-1])):
        return None  # "Building a ... team", "Quickly review ...", "Reduce cost"
    if _clause_of_subject_and_verb(words):
        return None  # "Priya recruits junior stewards", "Pool helpers greet swimmers"
    if not actor_word(last) and not (
            # ("Fire and Rescue Service": a unit of two fields, its "and" inside)
            last in ORG_HEADS and len(words) >= 2 and all(
                w[:1].isupper() or w == "and" and 0 < i < len(words) - 2
                for i, w in enumerate(words))) \
            and not (len(words) >= 2 and singular(last.lower()) in CREW_HEADS and
                     words[-2].lower() in CREW_PLACES) and not _titled_hand(words):
        return None  # (but "Faculty Research Office", "Research Data Service": a unit)
    words[-1] = singular(last)
    if len(words) == 1 and words[0].lower() in ("person", "people", "role", "individual"):
        return None
    if all(w.isupper() for w in words) and any(len(w) >= 4 for w in words):
        # a title in capitals ("SENIOR DATA ANALYST"): title case, short acronyms kept
        words = [w if len(w) <= 3 else w.capitalize() for w in words]
    return " ".join(_title(w) for w in words)


# Hands and ratings named by where they work: "the yard hand", "deck ratings" ("hand" and
# "rating" alone are no person words: "by hand", "risk ratings")
CREW_HEADS = {"hand", "rating"}
CREW_PLACES = {"deck", "yard", "farm", "stage", "stable", "kitchen", "ranch", "dock", "engine",
               "field", "galley", "boat", "warehouse", "site"}


def _clause_of_subject_and_verb(words: list[str]) -> bool:
    """Whether words read as a title are a clause: a person's name, a title or a plural
    with a capital, a verb in small letters, then people it acts on ("Priya recruits junior
    stewards", "Pool helpers greet swimmers"), not a title with a word that can be a verb
    ("Senior train drivers": an adjective first)."""
    if len(words) < 3 or not words[0][:1].isupper() or not words[0].isalpha() or \
            words[0].lower() in RANKS:
        return False
    for k in range(1, min(len(words) - 1, 4)):
        verb, head = words[k], words[k - 1].lower()
        if not verb.islower() or not verb.isalpha():
            continue
        plural = head.endswith("s") and singular(head) != head
        named = k == 1 and (not word_classes(head) or word_classes(head) <= {"PROPN"})
        if not (plural and verb_lemma(verb) == verb or named and is_third_person_verb(verb)):
            continue
        if (k == 1 or actor_name(" ".join(words[:k])) is not None) and \
                "VERB" in word_classes(verb if plural else verb_lemma(verb) or verb) and \
                actor_name(" ".join(words[k + 1:])) is not None:
            return True
    return False


def _titled_hand(words: list[str]) -> bool:
    """"Cellar Hand", "Shed Hands": a hand named by where it works, written as a title (both
    words with a capital) after a noun that is no adjective, adverb or "-ing" word ("Upper
    Hand", "Second Hand", "Helping Hand" name no one)."""
    if len(words) < 2 or words[-1] not in ("Hand", "Hands") or not words[-2][:1].isupper():
        return False
    before = words[-2].lower()
    classes = word_classes(before)
    return bool(classes) and not classes & {"ADJ", "ADV"} and not before.endswith("ing")


HEADING_NOISE = Folded(re.compile(
    r"^(?:(?:the\s+)?(?:role|roles|responsibilities|duties|description)\s+of\s+(?:the\s+|a\s+|an\s+)?|"
    r"(?:description|definition)\s+of\s+the\s+role\s*:?\s*|who\s+is\s+(?:the\s+|a\s+|an\s+)?)|"
    r"(?:['’]s?)?\s+(?:(?:main|key|core)\s+)?(?:role|roles|responsibilities|duties|"
    r"job description|job|profile|overview|tasks)\s*$",
    re.IGNORECASE,
))


_HEADING_PARTS = re.compile(r"\s*(?::|\s[-–—]\s|\|)\s*")


@lru_cache(maxsize=SENTENCE_CACHE)
def heading_actor(text: str) -> str | None:
    """The role a heading or a label names: '2. The Venue Manager: Host of the Day' ->
    'Venue Manager'; 'Profile of the Role: Studio Director' -> 'Studio Director'; 'DSL -
    Mr Lee': an acronym beside the person who holds it, named by a courtesy title."""
    post = post_leading(text)
    if post is not None:
        return post  # "VOLUNTEERS (Sue Lanyon, Volunteer Coordinator)": the post leads it
    parts = _HEADING_PARTS.split(text[:160])
    held = len(parts) == 2 and any(_COURTESY_NAME.fullmatch(p.strip()) for p in parts)
    for part in parts:
        if held and _COURTESY_NAME.fullmatch(part.strip()):
            continue  # (the person, no post: "Mr Okafor")
        cleaned = part
        for _ in range(2):
            cleaned = HEADING_NOISE.sub("", cleaned.strip())
        first, _, rest = cleaned.partition(" ")
        if first.lower() in RANKS and first[:1].isupper() and rest[:1].islower():
            cleaned = f"{first} {rest[:1].upper()}{rest[1:]}"  # "Senior associate": a title
        name = actor_name(cleaned, acronym=held)
        if name:
            return name
    return None


# A heading's part of the work closed by who leads it, a person and their post in
# brackets: "VOLUNTEERS (Sue Lanyon, Volunteer Coordinator)"
_LED_BY = re.compile(r"\(\s*(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[A-Z][a-z]+(?:[ -][A-Z][a-z'’-]+)"
                     r"{1,2},\s*(?P<post>[A-Z][^(),]{1,50}?)\s*\)\s*:?\s*$")
def post_leading(heading: str) -> str | None:
    """The post a heading's bracket at its end gives the person leading the part it heads
    ("VOLUNTEERS (Sue Lanyon, Volunteer Coordinator)": the Volunteer Coordinator), when
    it is a role's title; else None."""
    if not heading[:160].rstrip(" :").endswith(")"):
        return None
    led = _LED_BY.search(heading[:160])
    return actor_name(led.group("post")) if led is not None else None


# A person named by a courtesy title: "Ms Rahman", "Mr D. Lee", "Dr Anna Berg"
_COURTESY_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?(?:\s+[A-Z][\w'’-]*\.?){1,3}")


LABEL = re.compile(r"^\s*([^:.;!?–—]{2,60}?)\s*(?::(?!\d)|\s[-–—]\s)\s*(?P<rest>\S.*)$")
DASHES = ("-", "–", "—")


def label_match(text: str) -> re.Match[str] | None:
    """``LABEL.match(text)``, asked only of a text that holds a colon or a dash (every
    match does)."""
    if ":" not in text and "-" not in text and "–" not in text and "—" not in text:
        return None
    return LABEL.match(text)


def dash_topic(what: str) -> bool:
    """Whether the text before a doer's dash names a field of work, no step: a capitalised
    first word, then up to five words in lower case, none of them a verb's plain form
    that would make it a step ("Press enquiries", "Ground bookings", not "Book the hall")."""
    words = what.split()
    return 1 <= len(words) <= 6 and words[0][:1].isupper() and \
        all(w[:1].islower() or not w[:1].isalpha() for w in words[1:]) and \
        words[0].isalpha() and \
        not (len(words) > 1 and words[1].lower() in ("the", "a", "an", "all", "any", "each",
                                                    "every", "our", "their", "your"))


def dash_doer(text: str) -> re.Match[str] | None:
    """``DASH_DOER.match(text)``, asked only of a text that holds a dash (every match
    does)."""
    if "-" not in text and "–" not in text and "—" not in text:
        return None
    m = DASH_DOER.match(text)
    if m is not None and m.group("due") and any(c.isdigit() for c in m.group("who")):
        return None  # ("Page 1 of 1 - Drill Brief v3 - 02/11/2026": a page's footer)
    if m is not None and _clause_after_dash(m.group("who")):
        return None  # ("Bed 7 - the porter takes her to theatre": a topic, then a clause)
    return m


def _clause_after_dash(who: str) -> bool:
    """Whether the words after a dash are a clause, a subject then its verb and what
    follows it ("the porter takes the patient to theatre"), not a doer's name."""
    words = who.split()
    return any(w.islower() and (is_third_person_verb(w) or w in _MODAL_WORDS) and
               words[k + 1][:1].islower()
               for k, w in enumerate(words[1:-1], start=1))


_MODAL_WORDS = frozenset({"will", "must", "should", "shall", "needs", "can", "may"})
_OBJECT_PRONOUNS = frozenset({"them", "it", "this", "these", "those", "him", "her", "us"})


def run_on_clause(label: str, rest: str) -> bool:
    """Whether what follows a label of some words runs on as a whole clause in small
    letters, a subject and a verb with an object of its own ("Bed 7 - the porter takes the
    patient to theatre", "Agency cover: the ward manager confirms the bookings"): a
    handover note's line, whose label only says what it is about. A label naming an
    activity ("Status reporting: the DM owns the report") or a clause that only owns its
    object names the duty by the label."""
    words = rest.split()
    if len(words) < 5 or words[0] not in ("the", "our") or \
            label.split()[-1].lower().endswith("ing"):
        return False
    return any((is_third_person_verb(w) and verb_lemma(w) not in PURE_OWNERSHIP_VERBS or
                w in _MODAL_WORDS) and words[k + 1].lower() not in _OBJECT_PRONOUNS
               for k, w in enumerate(words[2:5], start=2) if k + 1 < len(words))


# A label of a few words before a colon or a dash ("Bed 7 - ", "Agency cover: ")
RUN_IN_TOPIC = re.compile(r"^\s*(?:\d{1,3}[.)]\s+)?(?P<label>[A-Z][\w&/ -]{1,40}?)\s[–—-]"
                          r"\s+(?=\S)")


def after_topic(sentence: str) -> str | None:
    """The clause after a topic label when it runs on in small letters ("Bed 7 - the
    porter takes ..." -> "The porter takes ..."), else None."""
    m = RUN_IN_TOPIC.match(sentence) if "-" in sentence or "–" in sentence or \
        "—" in sentence else None
    rest = sentence[m.end():] if m else ""
    return rest[:1].upper() + rest[1:] if m and run_on_clause(m.group("label"), rest) \
        else None


@lru_cache(maxsize=SENTENCE_CACHE)
def label_actor(text: str) -> tuple[str, str] | None:
    """'Facilities Team: Books the rooms' -> ('Facilities Team', 'Books the rooms').

    Also 'With the Client - perform research' (a counterpart, see ``with_label``)."""
    m = label_match(text[:400])
    name = actor_name(m.group(1)) if m else None
    held = None if name or not m else PERSON_WITH_ROLE.match(m.group(1))
    if held:  # "Luis (programme chair): recruits ...", "Me (treasurer): the budget"
        name = actor_name(held.group("role"), acronym=True)
    if m and name:
        return name, m.group("rest")
    remarked = REMARKED_LABEL.match(text[:400]) if "(" in text[:400] else None
    # "Tellers (two, chosen by the Chair from members): count the votes": the remark in
    # brackets is about the label
    name = actor_name(remarked.group("label")) if remarked else None
    return (name, remarked.group("rest")) if remarked and name else None


REMARKED_LABEL = re.compile(r"^\s*(?P<label>[^:.;!?–—()]{2,60}?)\s*\([^()]{1,160}\)\s*"
                            r"(?::(?!\d)|\s[-–—]\s)\s*(?P<rest>\S.*)$")


# A person named with their role in brackets: "Luis (programme chair)", "Me (treasurer)"
PERSON_WITH_ROLE = re.compile(r"^\s*(?:(?:Dr|Mr|Ms|Mrs|Prof)\.? )?"
                              r"(?:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}|I|Me)"
                              r"\s*\((?P<role>[^()]{2,50})\)\s*$")


def label_value(rest: str, label: str = "") -> str | None:
    """The role a metadata label names ("Ward Manager" in "Document owner: Ward Manager.
    Version 3"): its value up to the end of the first sentence, when that is a role; after
    a label of whose page it is, the post after its holder's name too ("Page owner: Ann
    Lee, Estates Manager · updated May")."""
    value = re.split(r"[.;]\s|\s[·|•]\s", rest, maxsplit=1)[0].strip(" .")
    held = _HOLDER_THEN_POST.fullmatch(value) if _PAGE_KEEPER.fullmatch(label.strip()) else None
    if held is not None and actor_name(held.group("person")) is None:
        return actor_name(held.group("post"))
    return actor_name(value)


# A label saying whose page or document it is ("Page owner", "Document owner", "Maintained
# by"), and the holder's name then the post after a comma ("Ann Lee, Estates Manager")
_PAGE_KEEPER = re.compile(r"(?:(?:page|document|content|policy|procedure)\s+owner|owner|"
                          r"maintained\s+by|kept\s+by|page\s+kept\s+by)", re.IGNORECASE)
_HOLDER_THEN_POST = re.compile(r"(?P<person>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+"
                               r"(?:(?:our|the)\s+)?(?P<post>[A-Za-z][\w&' -]{2,60})")


_LEAD_IN = re.compile(r"^\s*([^.!?:]{2,60})\.\s+(?P<rest>\S.*)?$")


@lru_cache(maxsize=SENTENCE_CACHE)
def lead_in_actor(text: str) -> tuple[str, str] | None:
    """'Ward clerk. Keeps the records ...' -> (role, the rest)."""
    head = text[:600]
    m = _LEAD_IN.match(head) if "." in head else None  # (every match holds its full stop)
    if not m:
        return None
    name = actor_name(m.group(1), max_words=5)
    return (name, m.group("rest") or "") if name else None


_WORD = re.compile(r"[A-Za-z][A-Za-z0-9/&'’-]*|\d{1,3}")


# A short phrase of time, place or condition before a sentence's subject, ended by a comma:
# "When a ticket arrives, the desk ...", "Every shift, the clerk ...", "Finally, the lead ..."
OPENING_PHRASE = (
    r"(?:(?:when|whenever|once|after|before|if|in|during|within|for|on|at|as|with|where|"
    r"unless|every|each|throughout|until|together with|along with|alongside|from|starting|"
    r"going|effective|working|collaborating|partnering|liaising|consulting|reporting)"
    # ("Where the breach involves a computer, an email account or the software": a list)
    # ("Where the member qualifies (for example, a saver of a year), ...": an aside in
    # brackets, its own commas no end of the phrase)
    r"\s(?:[^,(]|\([^()]{1,80}\)){1,60}"
    r"(?:(?:,\s(?:[^,\s]+\s){0,2}[^,\s]+){0,2},\s(?:[^,\s]+\s){0,2}(?:or|and)\s"
    r"(?:[^,\s]+\s){0,3}[^,\s]+)?|"
    # ("The day before, the Clerk ...", "The next morning, ...", "That evening, ...": a
    # time named as a day or a part of one)
    r"(?:the|that|this|next)\s+(?:(?:next|following|previous|same)\s+)?(?:day|night|morning|"
    r"afternoon|evening|week|weekend|month)(?:\s+(?:before|after|beforehand))?|"
    r"\w+ly|however|next|then|meanwhile|also|finally|first|second|third|lastly|afterwards|"
    r"later|in addition|moreover|furthermore|similarly|instead|ultimately|"
    # ("Post-show, the Stage Manager ...", "Mid-week, ...": a hyphenated word alone)
    r"[a-z]{2,}(?:-[a-z]+){1,2})"
)


# "Step 2 (Claims Handler): Registers the claim": a step's doer in brackets after its number
LANE_STEP = re.compile(r"^\s*(?:(?:step|stage|phase|task)\s*)?\d{1,3}[a-z]?[.)]?\s*"
                       r"[(\[](?P<who>[^)\]]{2,60})[)\]]\s*[:.–—-]?\s*(?P<rest>\S.*)$",
                       re.IGNORECASE | re.DOTALL)


# When an action is due, after its owner on an action line ("Book the hall – Treasurer –
# 3 May"): a day, a date or a week, no work
_DUE = (r"(?:(?i:by|due|before)\s+)?(?:"
        r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+\d{1,2}(?:st|nd|rd|th)?"
        r"(?:\s+[A-Z][a-z]+)?)?|"
        r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?|"
        r"[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|"
        r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{4}-\d{2}-\d{2}|"
        r"(?i:(?:this|next)\s+(?:week|month|term)|today|tomorrow|asap|tbc|ongoing|"
        r"end\s+of\s+(?:the\s+)?[a-z]+|(?:w/c|week\s+of)\s+\d{1,2}\s+[a-z]+))")
# "3.3 Disconnect pipework, cap and label - pipefitters.": a step, then its doer after a
# dash (and when it is due after another: "Book the hall – Treasurer – 3 May")
DASH_DOER = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s+)?(?P<what>[A-Za-z][^–—]{3,200}?)"
                       r"\s+[-–—]\s+(?P<who>[A-Za-z][\w' -]{1,40}?)(?P<tail>\s+(?:with|and|per|"
                       r"using|assisted by|supported by)\s+[^.;–—]{1,80}?|"
                       # ("Press enquiries – Press Officer, after checking with the Chair")
                       r",\s+(?:with|after\s+(?:checking|talking|speaking)\s+(?:with|to)|"
                       r"after\s+consulting|in\s+consultation\s+with)\s+[^.;,–—]{1,80}?|"
                       # ("Footfall figures – Data team, every Monday": when it is done)
                       r",\s+(?:(?:every|each|by|before)\s+[^.;,–—]{1,40}?|daily|weekly|"
                       r"monthly|quarterly|annually|yearly))?"
                       rf"(?:\s+[-–—]\s+(?P<due>{_DUE}))?[.;]?\s*$", re.DOTALL)


_DUTY_NOUN = (r"(?:(?:main|primary|key|core|chief|first|only|overall)\s+)?(?:job|role|task|duty|"
              r"responsibility|responsibilities|duties|tasks|remit)")
_OF_WHOM = r"(?:the\s+|a\s+|an\s+)?(?P<who>[^,.;:()]{2,60}?)"
_REPHRASING_PATTERNS = (
    # "The night porter's main duty is to lock the gate", "... responsibilities include ..."
    re.compile(rf"^\s*(?:the\s+|a\s+|an\s+)?(?P<who>[^,.;:()]{{2,60}}?)(?:'s|’s|'|’)\s+"
               rf"{_DUTY_NOUN}\s+(?:is|are|includes?|involves?|consists? of|covers?)\s*:?\s+"
               r"(?:to\s+)?(?P<what>\S.*)$", re.IGNORECASE),
    # "The role of the night porter is to lock the gate"
    re.compile(rf"^\s*(?:the\s+)?{_DUTY_NOUN}\s+of\s+{_OF_WHOM}\s+(?:is|are|includes?|"
               r"involves?)\s*:?\s+(?:to\s+)?(?P<what>\S.*)$", re.IGNORECASE),
    # "It is up to the night porter to lock the gate"
    re.compile(rf"^\s*it\s+is\s+(?:up\s+to|the\s+{_DUTY_NOUN}\s+of)\s+{_OF_WHOM}\s+to\s+"
               r"(?P<what>\S.*)$", re.IGNORECASE),
    # "Responsibility for the fire risk assessment lies with the Facilities Manager"
    re.compile(rf"^\s*(?:the\s+)?(?:overall\s+)?(?:responsibility|accountability|ownership)\s+"
               rf"for\s+(?P<what>[^;]{{2,120}}?)\s+(?:lies|rests|sits|stays)\s+with\s+"
               rf"{_OF_WHOM}\s*[.!]?$", re.IGNORECASE),
    # "The visitor log is the responsibility of the Receptionist", "First aid cover falls
    # to the Duty Manager"
    re.compile(rf"^\s*(?P<what>(?:the\s+)?[^,;]{{2,100}}?)\s+(?:(?:is|are)\s+(?:the\s+)?"
               rf"(?:sole\s+|joint\s+|overall\s+)?(?:responsibility|job|duty|remit)\s+of|"
               rf"falls?\s+to|(?:is|are)\s+owned\s+by)\s+{_OF_WHOM}\s*[.!]?$",
               re.IGNORECASE),
    # "Locking the gate is the job of the night porter"
    re.compile(rf"^\s*(?P<what>[a-z]+ing\s[^,;]{{2,120}}?)\s+(?:is|are)\s+(?:the\s+)?"
               rf"{_DUTY_NOUN}\s+of\s+{_OF_WHOM}\s*[.!]?$", re.IGNORECASE),
    # "It is the Scrum Master's job to remove impediments"
    re.compile(rf"^\s*it\s+is\s+(?:the\s+)?(?P<who>[^,.;:()]{{2,60}}?)(?:'s|’s|'|’)\s+"
               rf"(?:\w+\s+)?{_DUTY_NOUN}\s+to\s+(?P<what>\S.*)$", re.IGNORECASE),
    # "Approval of the budget rests with the Finance Director", "The final decision on
    # scope lies with the Steering Committee"
    re.compile(rf"^\s*(?P<what>(?:the\s+)?(?:final\s+|ultimate\s+|overall\s+)?(?:approval|"
               rf"decision|decisions|sign-?off|say|authority)\s+(?:of|on|for|over|about)\s+"
               rf"[^;]{{2,100}}?)\s+(?:lies|rests|sits|stays|remains)\s+with\s+{_OF_WHOM}"
               rf"\s*[.!]?$", re.IGNORECASE),
)


def _holds_piece(text: str, pieces: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``pieces`` as written."""
    for piece in pieces:  # noqa: SIM110 (a loop: faster than any() over a generator)
        if piece in text:
            return True
    return False


class Guarded:
    """A slow pattern behind a quick test: ``match`` tries the pattern only when ``guard``
    finds a word the pattern cannot match without (the patterns below scan up to a
    hundred characters for their verb at every position; most sentences hold none of
    their words). The guard is compiled with the pattern's flags; it must be a
    necessary part of every match, which ``tests/test_derive_index.py`` checks on many
    sentences."""

    __slots__ = ("ends", "guard", "lower_guard", "pattern", "quick")

    def __init__(self, pattern: re.Pattern[str], guard: str | None,
                 ends: tuple[str, ...] | None = None,
                 quick: tuple[str, ...] | None = None) -> None:
        self.pattern = re.now(pattern)  # (compiled: it is asked often, see lazy_re)
        # For a guard ignoring case: pieces of text, in lower case, one of which every
        # match of the guard holds. A guard of many alternatives is tried at every place
        # of the text (tens of microseconds a sentence); an ASCII text whose lower case
        # holds none of them is told absent by a few substring tests.
        self.quick = quick
        self.guard = re.compile(guard, pattern.flags) if guard else None
        # For a pattern every match of which ends the text (``...\s*$``): the words, in
        # lower case, one of which every match ends with. An ASCII text whose last word
        # (trailing white space aside) ends with none of them holds no match, wherever the
        # guard's word stands in it ("the daily invoices for site 354").
        self.ends = ends
        # A guard that ignores case, written in lower case (escapes such as \s aside), finds
        # in an ASCII text what the same guard minding case finds in the text lower-cased:
        # Python's engine searches the latter several times faster.
        self.lower_guard = re.compile(guard, pattern.flags & ~re.IGNORECASE) \
            if guard and pattern.flags & re.IGNORECASE and \
            not any(c.isupper() for c in re.sub(r"\\.", "", guard)) else None

    def absent(self, text: str) -> bool:
        """Whether the guard finds no word the pattern needs (never, without a guard)."""
        if self.lower_guard is not None and text.isascii():
            lowered = text.lower()
            if self.quick is not None and not _holds_piece(lowered, self.quick):
                return True
            return self.lower_guard.search(lowered) is None
        return self.guard is not None and self.guard.search(text) is None

    def unended(self, text: str) -> bool:
        """Whether an ASCII text ends with none of the words every match ends with (never,
        without them). Ignoring case, an ASCII letter matches only its two cases, and
        ``\\s`` and ``str.rstrip`` take the same characters for white space."""
        return self.ends is not None and text.isascii() and \
            not text.rstrip().lower().endswith(self.ends)

    def match(self, text: str) -> re.Match[str] | None:
        """``pattern.match(text)``, or None at once when the guard's word is absent."""
        if self.unended(text) or self.absent(text):
            return None
        return self.pattern.match(text)

    def match_among(self, text: str, lowered: str | None,
                    searched: dict[tuple[re.Pattern[str], bool], bool]
                    ) -> re.Match[str] | None:
        """``match``, for one of several patterns tried on the same text: ``lowered`` is
        the text in lower case when it is ASCII (else None), and ``searched`` keeps what
        each guard found in the text or in ``lowered``, so a guard shared by several
        patterns searches once."""
        if self.unended(text):
            return None
        if self.lower_guard is not None and lowered is not None:
            key, searched_in = (self.lower_guard, True), lowered
        elif self.guard is not None:
            key, searched_in = (self.guard, False), text
        else:
            return self.pattern.match(text)
        found = searched.get(key)
        if found is None:
            # (the quick pieces are in lower case: asked only of the lower-cased text; a
            # guard shared by several patterns finds the same whoever asks first)
            found = searched[key] = (
                not key[1] or self.quick is None or _holds_piece(searched_in, self.quick)
            ) and key[0].search(searched_in) is not None
        return self.pattern.match(text) if found else None

    def sub(self, repl: str, text: str) -> str:
        """``pattern.sub(repl, text)``, or the text itself when the guard's word is absent."""
        if self.unended(text) or self.absent(text):
            return text
        return self.pattern.sub(repl, text)


# each duty noun follows a space or starts the text
_DUTY_WORD = r"\b(?:job|role|task|dut|responsibilit|remit)"
_DUTY_PIECES = ("job", "role", "task", "dut", "responsibilit", "remit")
_REPHRASINGS = tuple(Guarded(pattern, guard, quick=quick) for pattern, (guard, quick) in zip(
    _REPHRASING_PATTERNS,
    ((_DUTY_WORD, _DUTY_PIECES), (_DUTY_WORD, _DUTY_PIECES), (None, None), (None, None),
     (r"\b(?:responsibility|job|duty|remit|fall|owned)",
      ("responsibility", "job", "duty", "remit", "fall", "owned")),
     (_DUTY_WORD, _DUTY_PIECES), (_DUTY_WORD, _DUTY_PIECES),
     (r"\s(?:lies|rests|sits|stays|remains)\s+with\s", ("lies", "rests", "sits", "stays",
                                                        "remains"))), strict=True))

# A time of day on the clock: "08:00", "7.30", "7.30pm", "6am"
_CLOCK = r"(?:\d{1,2}[.:]\d\d(?:\s?[ap]m)?|\d{1,2}\s?[ap]m)(?![\w:]|\.\d)"
_PASSIVE = Guarded(re.compile(r"^\s*(?P<what>(?:(?:the|a|all|each|every|any)\s+\S|[A-Z][a-z]+)"
                      r"(?:[^,;]|(?<=\d),(?=\d)){0,100}?)"
                      # ("are to be signed in by the Receptionist": the same passive)
                      r"\s+(?:(?:is|are)(?:\s+to\s+be)?|(?:must|shall|should|will|can|may|"
                      r"has to|have to|needs? to)\s+be)\s+(?:being\s+)?"
                      # ("is formally approved by ...")
                      r"(?:always\s+|usually\s+|also\s+|[a-z]{3,}ly\s+)?"
                      # ("accepted or refused by ...": either is the doer's to do)
                      # ("is ID-checked by ...": a hyphenated participle's last part)
                      # (not an adjective so made: "well-known", "much-loved")
                      r"(?P<verb>(?:(?!(?:well|ill|much|long|best|little|so|self|"
                      r"widely|highly)-)[A-Za-z]{1,12}-)?[a-z]+(?:\s+(?:and|or)\s+[a-z]+ed)?)"
                      r"(?:\s+(?P<particle>off|up|out|over|back|in|with(?=\s+by\s)))?"
                      # how long or when, before the doer: "kept for ten years by the ..."
                      r"(?P<how>\s+(?:for|within|in|on|at|during|every|to|into|against|with|"
                      r"from)\s+[^,.;]{1,30}?|"
                      # ("informed of each closure by ...": what they are told)
                      r"(?:(?<=informed)|(?<=notified)|(?<=told)|(?<=advised)|(?<=warned)|"
                      r"(?<=reminded)|(?<=briefed))\s+(?:of|about)\s+[^,.;]{1,40}?)?"
                      # ("lifted only by ...", "reviewed annually by ...")
                      r"(?:\s+(?:only|solely|always|usually|[a-z]{3,}ly))?"
                      r"\s+by\s+(?:the\s+|a\s+|an\s+)?(?P<who>[^,.;:()]{2,120}?)"
                      # ("passed by X to Y": Y receives it; "by the Business Centre (BC)")
                      r"(?=\s+and\s|\s*[,.;]|\s*$|\s+to\s+(?:the\s+|a\s+|an\s+)?[A-Z]|"
                      # ("posted by the Secretary before 09:00 on the day": when)
                      r"\s+(?:before|after|within|during|until|once|every|each)\s|"
                      # ("set up by St John Ambulance by 08:00", "briefed by the zone
                      # leader at 07:30": a time of day, its colon no end of the doer)
                      r"\s+(?:by|at|before|after|from|until)\s+" + _CLOCK + r"|"
                      # (or the person who holds it: "by the Proceedings Chair (Hyun-woo Park)")
                      r"\s+\([A-Z][^()]{1,40}\)\s*(?:[,.;]|$))",
                      re.IGNORECASE), r"\sby\s", quick=("by",))
# A passive of giving with what is given after the verb: "Children under eight are given
# helmets by the hire assistants", "New members are sent a welcome pack by the Secretary"
_GIVEN_BY = re.compile(
    r"^\s*(?P<what>(?:[A-Z][a-z]+|(?:the|all|each|every|any)\s+\S)[^,;]{0,60}?)\s+"
    r"(?:is|are)\s+(?:(?:also|usually|always)\s+)?(?P<verb>given|sent|shown|offered|issued|"
    r"handed|lent)\s+(?!(?:to|for|into|in|on|at|with|by|from|out|back|over)\s)"
    r"(?P<obj>(?:(?:a|an|the|their|its|any|one|two|three)\s+)?[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,3}?)\s+by\s+(?:the\s+|a\s+|an\s+)?(?P<who>[^,.;:()]{2,80}?)"
    r"\s*(?:[,.;]|$)", re.IGNORECASE)
# a subordinate clause's opening inside what would be a passive's subject
_SUBORDINATE_IN_SUBJECT = re.compile(r"\b(?:before|after|once|until|unless|when|whenever|"
                                     r"while|so that)\s+(?:they|it|he|she|these|this|the)\b",
                                     re.IGNORECASE)
# "... passed by the clerk to the Duty Manager": whom the doer passes it to
_PASSED_TO = re.compile(r"\s+to\s+(?:the\s+|a\s+|an\s+)?(?P<who>[A-Z][^,.;:()]{1,60})")
# "Changes are proposed by pull request, reviewed by the Security Team and merged by the
# Project Lead": one thing, then each step done to it and by whom
_CHAIN_START = re.compile(r"^\s*(?P<what>(?:(?:the|all|each|every|any)\s+\S|[A-Z][a-z]+)"
                          r"[^,;]{0,100}?)\s+(?:is|are|(?:must|shall|should|will)\s+be)\s+"
                          r"(?=[a-z]+(?:\s+(?:off|up|out))?(?:\s+[a-z]{3,}ly)?\s+by\s)",
                          re.IGNORECASE)
_CHAIN_LINK = re.compile(r"(?:\s*,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?)?"
                         r"(?P<verb>[a-z]+)(?:\s+(?P<particle>off|up|out))?"
                         # ("sent to the members by the Director": where it goes, kept)
                         r"(?P<where>\s+(?:to|into|onto)\s+(?:the\s+|our\s+|all\s+|each\s+)?"
                         r"[\w-]+(?:\s+[\w-]+)?)?"
                         r"(?:\s+[a-z]{3,}ly)?\s+by\s+"
                         r"(?:the\s+|a\s+|an\s+)?(?P<who>[^,.;:()]{2,60}?)"
                         # ("the disposal contractor (Greenbyte)": who it is, in brackets)
                         r"(?:\s*\([^()]{1,60}\))?"
                         r"(?=\s*,|\s+and\s|\s*[.;]|\s*$)", re.IGNORECASE)
_ALSO_BY = re.compile(r"\s+and\s+(?:the\s+|a\s+|an\s+)?(?P<who>[^,.;:()]{2,60}?)"
                      r"(?=\s*,|\s*[.;]|\s*$)")
# the steps that review a thing (those who do them are consulted) and those that approve
# it (the one who does answers for it)
_REVIEW_STEPS = {"review", "check", "verify", "comment", "consult", "scrutinise",
                 "scrutinize", "moderate", "audit", "assure", "test"}
_STATE_STEPS = {"surround", "own", "locate", "base", "situate", "house", "border", "bound",
                "cover", "know", "call", "name", "hold", "occupy", "lease", "rent"}
_APPROVAL_STEPS = {"approve", "authorise", "authorize", "endorse", "ratify", "countersign",
                   "accept", "sign", "agree", "co-sign", "cosign"}


@lru_cache(maxsize=SENTENCE_CACHE)
def passive_chain(head: str) -> tuple[str, str, tuple[str, ...]] | None:
    """Three or more steps done to one thing, each by its doer (or two when the first is
    done by no one named, or when each is by its doer and the second is work of its own):
    (the first doer, the statements "The Project Lead is responsible for merging the
    changes in consultation with the Security Team", every role named). Reviewers are
    consulted; each further doer's step, the approval after the work included, is a duty
    of its own."""
    start = _CHAIN_START.match(head)
    if start is None:
        return None
    steps: list[tuple[str, list[str]]] = []  # (the step's verb, its doers' roles)
    where: dict[int, str] = {}  # a step's "to the members", by the step's place
    at = start.end()
    while len(steps) < 6:
        link = _CHAIN_LINK.match(head, at)
        if link is None:
            break
        lemma = verb_lemma(link.group("verb").lower())
        if lemma is None or lemma == link.group("verb").lower() and \
                lemma not in SAME_PARTICIPLE:
            break  # a participle each
        if lemma in _STATE_STEPS:
            return None  # "surrounded by trees, owned by the family": what it is, no steps
        if link.group("particle"):
            lemma += " " + link.group("particle").lower()
        if link.group("where") and steps:
            # (a later step only: the first step's "to" reads as the passive's own)
            where[len(steps)] = link.group("where")
        elif link.group("where"):
            break
        who = actor_name(link.group("who"), acronym=True)
        at = link.end()
        also = _ALSO_BY.match(head, at)  # "checked by the Treasurer and the Auditor"
        other = actor_name(also.group("who"), acronym=True) if also else None
        if also is not None and who and other:
            at = also.end()
        steps.append((lemma, [w for w in (who, other) if w]))
    # (two steps each by its doer are a chain when the second is work of its own, neither
    # a review, an approval nor a confirmation of the first: "conducted by X and
    # transcribed by Y")
    two_doers = len(steps) == 2 and all(who for _lemma, who in steps) and \
        steps[1][0].split()[0] not in _REVIEW_STEPS | _APPROVAL_STEPS | {"confirm"}
    if len(steps) < 2 or not any(who for _lemma, who in steps) or \
            len(steps) == 2 and steps[0][1] and not two_doers or \
            not re.match(r"\s*(?:[.;]|$)", head[at:]):
        return None
    doers = [(lemma, who) for lemma, who in steps
             if who and lemma.split()[0] not in _REVIEW_STEPS | _APPROVAL_STEPS]
    reviewers = [w for lemma, who in steps if lemma.split()[0] in _REVIEW_STEPS for w in who]
    approvers = [w for lemma, who in steps if lemma.split()[0] in _APPROVAL_STEPS
                 for w in who]
    what = start.group("what")
    what = what[:1].lower() + what[1:] if what[1:2].islower() else what
    if not doers and approvers:
        doers = [("approve", approvers[:1])]
    if not doers:
        return None
    lemma, main = doers[0]
    statement = f"The {main[0]} is responsible for {lemma} {what}"
    statement += "".join(f" with the {w}" for w in main[1:2])
    approver = next((w for w in approvers if w not in main), None)
    consulted = [w for w in dict.fromkeys(reviewers) if w not in main]
    if consulted:
        statement += " in consultation with " + " and ".join(f"the {w}" for w in consulted)
    statement = statement.rstrip(",") + "."
    for lemma, doing in doers[1:]:
        to = next((where[i] for i, step in enumerate(steps)
                   if step[0] == lemma and step[1] == doing and i in where), "")
        statement += f" The {doing[0]} is responsible for {lemma} {what}{to}."
    if approver:
        # the approval comes after the work is done (and reviewed): a step of its own
        # (the approval's own step, though the approver reviews or does another too)
        signs = next(lemma for lemma, who in steps
                     if approver in who and lemma.split()[0] in _APPROVAL_STEPS)
        statement += f" The {approver} is responsible for {signs} {what}."
    parties = [w for _lemma, doing in steps for w in doing]
    return main[0], statement, tuple(dict.fromkeys(parties))


# "Stewards are volunteers who direct the traffic": a role, the kind of people it is, and
# what they do
_IS_ONE_WHO = re.compile(
    r"^\s*(?:the\s+|our\s+)?(?P<who>[A-Za-z][^,;:()]{1,60}?)\s+(?P<are>is|are)\s+"
    # ("The researcher is the investigator who builds empathy ...": who they are, no duty)
    r"(?:a\s+|an\s+|one of the\s+|(?<=are\s))(?:[\w'’-]+\s+){0,3}?(?P<kind>[\w'’-]+)\s+who\s+"
    r"(?:also\s+|usually\s+|normally\s+)?(?P<what>[a-z]+\s+\S.*)$", re.IGNORECASE)
_HAS_ONE_WHO = Guarded(re.compile(
    r"^\s*(?:[^,;]{0,60}?\s)?(?:has|have)\s+(?:a|an|one|its own|their own)\s+"
    r"(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+who\s+(?P<what>[a-z]+s\s.+)$"), r"\swho\s")
_ROUTED = Guarded(re.compile(
    r"^\s*(?P<what>[A-Za-z][^,;]{2,80}?)\s+(?:must\s+|should\s+)?(?:go|goes|are sent|is sent|"
    r"are passed|is passed|are referred|is referred|are escalated|is escalated|are reported|"
    r"is reported|(?:must|should|shall|will)\s+be\s+(?:sent|passed|referred|escalated|"
    r"reported))\s+(?:straight\s+|[a-z]{3,}ly\s+)?to\s+(?:the\s+|our\s+)?"
    r"(?P<who>[^,.;:()]{2,60}?)(?=\s*[,.;]|\s+(?:who|which|for|within|and|at)\b|\s*$)",
    re.IGNORECASE), r"\s(?:go|goes|sent|passed|referred|escalated|reported)\s",
    quick=("go", "sent", "passed", "referred", "escalated", "reported"))
# A thing reported or sent to a party: the party is told of it, it does not take it over
# ("Late returns are reported to the Regulator")
_REPORTED_TO = re.compile(r"\b(?:reported|sent)\s+(?:straight\s+|[a-z]{3,}ly\s+)?to\b",
                          re.IGNORECASE)
_NEEDS_SIGN_OFF = Guarded(re.compile(
    # (a comma inside a number is no clause break: "Requests over £10,000 need ...")
    r"^\s*(?P<what>(?:[^,;]|(?<=\d),(?=\d)){2,100}?)\s+(?:also\s+|always\s+)?"
    r"(?:needs?|requires?|must have|must get)\s+(?:the\s+)?"
    r"(?:(?:sign-?off|approval|authori[sz]ation)\s+(?:of|from)\s+"
    r"(?:the\s+)?)?(?P<who>[^,.;:()]{2,60}?)(?:['’]s\s+(?:sign-?off|approval))?\s*[.]?$",
    re.IGNORECASE), r"\s(?:need|require|must )", quick=("need", "require", "must "))
# A letter of a signer's name: none of the words that join two names begins there, so a
# list of names splits one way only (time linear in the line)
_SIGNER = r"(?:(?!\s+and\s|\s*&)[^,.;:()])"
_SIGNED_BY = re.compile(r"\s+and\s+(?:then\s+)?(?:signed(?: off)?|approved|authori[sz]ed|"
                        r"countersigned|co-?signed|endorsed|ratified|checked)\s+by\s+(?:the\s+|a\s+|an\s+)?"
                        r"(?P<who>" + _SIGNER + r"{2,40}?"
                        # ("... by the Head, the Bursar and the Chair": each signs it off)
                        r"(?:(?:,\s*|\s+and\s+|\s*&\s*)(?:the\s+|a\s+|an\s+)?"
                        + _SIGNER + r"{2,40}?){0,4})"
                        # ("... and checked by the Manager each month": when, after it)
                        r"(?=\s*[,.;]|\s*$|\s+(?:each|every|once|twice|at|before|after|"
                        r"within|on)\s[^,.;]{1,40}(?:[,.;]|$))", re.IGNORECASE)
# The parts of a list of parties: "the Head, the Bursar and the Chair"
_PARTY_LIST = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+|a\s+|an\s+)?|\s+(?:and|&)\s+"
                         r"(?:the\s+|a\s+|an\s+)?")
_SECOND_DOER = re.compile(r"\s+and\s+(?:the\s+)?(?P<who>[^,.;:()]{2,40}?)(?=\s*[,.;]|\s*$)")


ACTION_ITEM = re.compile(
    r"^\s*(?:(?P<label>action(?:\s+items?)?|actions|todo|to-do)\s*[:–—-]\s*)?"
    r"(?P<who>[A-Z][\w&-]*(?:\s*/\s*[A-Z][\w&-]*|\s+[\w&-]+){0,4}?)"
    # (who holds the post, in brackets after it: "Bar Manager (Colin) to order ...")
    r"(?P<aside>\s+\([^()]{2,60}\))?"
    r"(?:\s+to|(?(label)\s+[-–—:]|(?!)))\s+(?P<verb>[a-z]+)\s+(?P<rest>\S.*)$",
    re.IGNORECASE)


# ", and the Chair to sign it", "; Treasurer to pay the fee": a further action of a list
# of actions (after "The Secretary to renew the licence"), its own doer before "to"
FURTHER_ACTION = re.compile(r"(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)(?=(?:the\s+)?"
                            r"(?P<who>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})\s+to\s+"
                            r"(?P<verb>[a-z]+)\s)")


def further_actions(sentence: str) -> list[re.Match[str]]:
    """Each further action of a list of actions (:data:`FURTHER_ACTION`), its verb in the
    plain form; not after a bare "and" that follows a name, which joins whom the action
    before it speaks to ("write to the Council and the Parish to agree the dates", "ask
    the Secretary and Treasurer to meet the auditor": to what end, no action of theirs)."""
    out = []
    for m in FURTHER_ACTION.finditer(sentence):
        if verb_lemma(m.group("verb")) != m.group("verb"):
            continue
        before = sentence[max(0, m.start() - 40):m.start()].split()
        if "," not in m.group(0) and ";" not in m.group(0) and before and \
                before[-1][:1].isupper():
            continue
        out.append(m)
    return out


def may_be_action(text: str) -> bool:
    """False where :data:`ACTION_ITEM` cannot match: each match holds "to" as a word of
    its own or opens with its label ("Action:", "TODO -"). The pattern tries every
    capitalised word and up to four more as the one who acts before it fails, some
    20 µs a sentence; an ASCII text's lower case is asked first (any other text is
    always tried: ignoring case, a dotless "ı" matches "i"). ``tests/test_derive_action_gate``
    holds every match to it."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return "to" in lowered.split() or lowered.lstrip().startswith(("action", "todo", "to-do"))


def _order_to_do(who: str) -> bool:
    """Whether the words before an action's "to" are an order in lower case, a verb and
    whom it acts on ("release nurses to attend training", "free up porters to move
    beds"): a duty with its purpose, no party written before what it is to do."""
    words = who.split()
    first = words[0] if words else ""
    return len(words) >= 2 and first.islower() and verb_lemma(first) == first and \
        "VERB" in word_classes(first)


@lru_cache(maxsize=SENTENCE_CACHE)
def action_item(sentence: str) -> tuple[str, str] | None:
    """An action of meeting notes ("ACTION: QA Lead to prepare the plan by Friday"), as
    (actor, the same with the actor as subject: "QA Lead will prepare the plan ...")."""
    head = sentence[:MAX_SUBJECT_SENTENCE]
    m = ACTION_ITEM.match(head) if may_be_action(head) else None
    if m is None or verb_lemma(m.group("verb")) != m.group("verb").lower() or re.match(
            r"(?:the\s+)?(?:first|last|next|only|second|third)\s", m.group("who"), re.I):
        return None  # (but "The first collector to reply takes it": who, not an action)
    # a role, or a name the caller may know as one ("Tom (Content Lead)" earlier); "HV /
    # Clerk to prepare the bid": the first named leads, the second works on it
    written = [w.strip() for w in m.group("who").split("/")]
    if _order_to_do(written[0]):
        return None
    who = actor_name(written[0], acronym=True)
    if who is None and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", written[0]):
        who = written[0]  # a person's name
    if who is None:
        return None
    subject = " and ".join(written)
    return who, f"{subject}{m.group('aside') or ''} will {m.group('verb')} {m.group('rest')}"


# "Food safety is a shared responsibility between the Head Chef and the Kitchen Porter"
_SHARED = Guarded(re.compile(
    r"^\s*(?P<what>[^,;]{2,100}?)\s+(?:is|are)\s+(?:a\s+)?(?:shared|joint)\s+(?:responsibility|"
    r"duty|task)\s+(?:between|of)\s+(?:the\s+)?(?P<who>[^,.;:()]{2,60}?)\s+and\s+(?:the\s+)?"
    r"(?P<other>[^,.;:()]{2,60}?)\s*[.!]?$", re.IGNORECASE), r"\s(?:shared|joint)\s",
    quick=("shared", "joint"))
# "The Head Chef is supported by the Sous Chef in ordering stock"
_SUPPORTED_BY = Guarded(re.compile(
    r"^\s*(?:the\s+)?(?P<who>[^,.;:()]{2,60}?)\s+(?:is|are)\s+(?:supported|assisted|helped)\s+"
    r"by\s+(?:the\s+)?(?P<other>[^,.;:()]{2,60}?)\s+(?:in|with|on)\s+(?P<what>\S[^;]{2,120}?)"
    r"\s*[.!]?$", re.IGNORECASE), r"\s(?:supported|assisted|helped)\s+by\s",
    quick=("supported", "assisted", "helped"))


# The verb and its pronoun object in what a role does with a thing routed to it
_VERB_IT = re.compile(r"^(?P<verb>[a-z]+s)\s+(?P<it>it|them)\b")


def the_thing(what: str) -> list[str]:
    """The words of a thing a sentence names as its subject, as a pronoun after it stands
    for it: a first "all", "any", "every" or "each" left out, "a" or "an" read "the" ("A
    complaint ... is passed to X, who logs it": logs the one complaint), the first word in
    lower case unless it is written in capitals ("DBS checks"); no words when nothing but
    such a word was written ("All are sent to ...")."""
    words = re.sub(r"^(?:all|any|every|each)(?:\s+|$)", "", what.strip(),
                   flags=re.IGNORECASE).split()
    if not words:
        return []
    if words[0].lower() in ("a", "an"):
        words[0] = "the"
    if words[0][1:2].islower() or words[0].lower() in DETERMINERS:
        words[0] = words[0][:1].lower() + words[0][1:]
    return words


def _routed_pronoun(does: str, what: str) -> str:
    """What a role does with a thing sent to it, its pronoun object read as that thing when
    their number agrees ("Entries are sent to the Secretary, who confirms them with the
    league": "confirms entries with the league")."""
    m = _VERB_IT.match(does)
    words = the_thing(what)
    if m is None or not words or len(words) > 5 or \
            (singular(words[-1].lower()) != words[-1].lower()) != (m.group("it") == "them"):
        return does
    return f"{m.group('verb')} {' '.join(words)}{does[m.end():]}"


# A thing, then what is done to it and by whom, with no "is" or "are", as a slide or a
# checklist writes it: "Photographs taken by the Photographer", "Labels printed by the
# Office Administrator the afternoon before", "Floor plan drawn up by the Site Manager"
_HEADLINE_PASSIVE = re.compile(
    r"^(?P<thing>\s*(?:(?:[Tt]he|[Aa]ll|[Aa]ny|[Ee]ach|[Ee]very)\s+)?[A-Za-z][\w'’-]*"
    r"(?:\s+[a-z][\w'’-]*){0,3}?)\s+(?P<done>[a-z]{2,}(?:ed|en)|made|kept|held|sent|run|"
    r"set|put|paid|built|bought|brought|told|sold|led|met|found|laid|spent|drawn|shown|done)"
    r"(?:\s+(?:up|out|off|back|over|in|on))?\s+by\s+(?P<who>(?:the\s+|our\s+)?[A-Z]"
    r"[\w&'’-]*(?:\s+(?:of\s+)?[A-Z][\w&'’-]*){0,3})")
_NO_THING = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
             "must", "should", "can", "may", "shall", "not", "it", "they", "this", "that",
             "these", "those", "which", "who", "if", "when", "once", "and", "or",
             # ("Last reviewed by Hannah": when, no thing; "three directors appointed by the
             # Board": who a body is, no work)
             "last", "first", "next", "recently", "previously", "one", "two", "three", "four",
             "five", "six", "seven", "eight", "nine", "ten"}


def _headline_passive(sentence: str) -> str | None:
    """"Photographs taken by the Photographer from the shot lists": a thing and what a role
    does to it, written without "is" or "are", as the passive it stands for ("Photographs
    are taken by the Photographer ..."); None for any other sentence."""
    m = _HEADLINE_PASSIVE.match(sentence) if " by " in sentence[:120] else None
    if m is None:
        return None
    words = [w.lower() for w in m.group("thing").split()]
    done = m.group("done").lower()
    # (the last word the thing's noun, "Photographs", "Labels": a verb before it says the
    # sentence has its own, "Sue collects forms signed by the Chair")
    if any(w in _NO_THING or w[:1].isdigit() for w in words) or \
            any(is_third_person_verb(w) for w in words[:-1]) or \
            verb_lemma(done) in (None, done) or actor_name(m.group("who"), acronym=True) is None:
        return None
    plural = words[-1].endswith("s") and not words[-1].endswith("ss")
    return f"{m.group('thing')} {'are' if plural else 'is'} {sentence[m.start('done'):]}"


@lru_cache(maxsize=SENTENCE_CACHE)
def rephrased(sentence: str) -> tuple[str, str] | None:
    """A duty stated around its actor, as (actor, the same statement with the actor as
    subject): "The porter's job is to lock the gate" and "The gate is locked by the
    porter" both read "the porter is responsible for locking the gate"."""
    head = sentence[:MAX_SUBJECT_SENTENCE]
    headline = _headline_passive(head)
    if headline is not None:
        return rephrased(headline)
    for pattern in (_SHARED, _SUPPORTED_BY):
        m = pattern.match(head)
        if m and actor_name(m.group("who"), acronym=True) and \
                actor_name(m.group("other"), acronym=True):
            # the first named owns it, the other does it with them
            what = m.group("what")
            what = what[:1].lower() + what[1:] if what[1:2].islower() else what
            return m.group("who"), (f"The {m.group('who')} and the {m.group('other')} are "
                                    f"jointly responsible for {what}")
    # (four of these share one guard: each guard searches the sentence once)
    lowered = head.lower() if head.isascii() else None
    searched: dict[tuple[re.Pattern[str], bool], bool] = {}
    for pattern in _REPHRASINGS:
        m = pattern.match_among(head, lowered, searched)
        if m and actor_name(m.group("who"), acronym=True):
            what = m.group("what").replace("; ", ", ")  # "include: a; b; c" is a list
            return m.group("who"), f"The {m.group('who')} is responsible for {what}"
    kind = _IS_ONE_WHO.match(head) if " who " in head else None
    if kind and actor_name(kind.group("who"), acronym=True) and \
            actor_word(kind.group("kind")) and singular(kind.group("kind").lower()) not in (
                "person", "people", "individual", "someone", "one"):
        # "Maintainers are committers who also cut releases ...", "The Treasurer is a
        # trustee who keeps the accounts": what the kind they are does, they do
        does = kind.group("what").split()[0]
        plural = kind.group("are").lower() == "are"
        if is_third_person_verb(does) if not plural else (
                verb_lemma(does) == does and "VERB" in word_classes(does)):
            return kind.group("who"), f"The {kind.group('who')} {kind.group('what')}"
    having = _HAS_ONE_WHO.match(head)
    if having and actor_name(having.group("who"), acronym=True):
        # "Each centre has a Lead who opens and closes the centre": that Lead does it
        return having.group("who"), f"The {having.group('who')} {having.group('what')}"
    routed = _ROUTED.match(head)
    if routed and re.search(r"\b(?:whether|if|that|which|when|who|before|after|once|until|"
                            r"so)\b", routed.group("what"), re.IGNORECASE):
        routed = None  # "... decides whether it must be reported to the ICO": the routing is
        # inside the clause of another doer's duty
    if routed and actor_name(routed.group("who"), acronym=True):
        # (", chaired by Dr Amara Nwosu, who return ...": the aside about the body first)
        then = re.match(r"\s*(?:,\s+(?:chaired|led|run|headed)\s+by\s+[^,;]{2,40})?,?\s+who\s+"
                        r"(?P<modal>(?:will|must|shall)\s+)?(?P<does>[a-z]+\s.+)$",
                        head[routed.end():])
        verb = then.group("does").split()[0] if then else ""
        # (a body takes the plural too: "the Ethics Committee, who return ...")
        if then and (is_third_person_verb(verb) or verb_lemma(verb) == verb and "VERB" in
                     word_classes(verb) if not then.group("modal") else
                     verb_lemma(verb) == verb):
            # "... are escalated to the Editor, who decides whether ...", "Anything clinical
            # goes to the Clinical Lead, who will investigate": what that role then does is
            # the duty
            return routed.group("who"), \
                f"The {routed.group('who')} {then.group('modal') or ''}" \
                f"{_routed_pronoun(then.group('does'), routed.group('what'))}"
    if routed and actor_name(routed.group("who"), acronym=True) and not re.match(
            r"(?:anything|everything|something|nothing|it|this|that)\b", routed.group("what"),
            re.IGNORECASE) and not _REPORTED_TO.search(routed.group(0)):
        # "Safeguarding concerns go to the Volunteer Manager": that manager handles them
        what = re.sub(r"^(?:all|any|every)\s+", "", routed.group("what"), flags=re.I)
        what = what[:1].lower() + what[1:] if what[1:2].islower() else what
        return routed.group("who"), f"The {routed.group('who')} is responsible for {what}"
    needs = _NEEDS_SIGN_OFF.match(head)
    if needs and actor_name(needs.group("who"), acronym=True):
        # "High-risk changes also need the sign-off of the Head of IT": that head signs
        # them off
        what = re.sub(r"^(?:all|any|every|each)\s+", "", needs.group("what"), flags=re.I)
        if what[1:2].islower() or what[1:2] == "-":
            what = what[:1].lower() + what[1:]
        return needs.group("who"), f"The {needs.group('who')} signs off {what}"
    chain = passive_chain(head) if head.count(" by ") > 1 else None
    if chain is not None:
        return chain[:2]
    given = _GIVEN_BY.match(head) if " by " in head else None
    if given is not None:
        who = given.group("who").split()
        while len(who) > 1 and not actor_name(" ".join(who), acronym=True):
            who = who[:-1]
        name = actor_name(" ".join(who), acronym=True)
        lemma = verb_lemma(given.group("verb").lower())
        if name and lemma:
            # "Children under eight are given helmets by the hire assistants": they give
            # the helmets to the children
            what = given.group("what")
            what = what[:1].lower() + what[1:] if what[1:2].islower() else what
            does = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "o")) else "s")
            return " ".join(who), f"The {name} {does} {given.group('obj')} to {what}."
    m = _PASSIVE.match(head)
    if m and _SUBORDINATE_IN_SUBJECT.search(m.group("what")):
        m = None  # "reviews the accounts before they are approved by the Board": the
        # passive is a clause of the sentence, its subject no thing done
    opening = m.group("what").split()[:2] if m else []
    if len(opening) == 2 and is_third_person_verb(opening[0]) and opening[1].lower() in (
            "sure", "that", "the", "a", "an", "all", "every", "each", "whether", "how",
            "which", "what", "who", "whom", "where", "when") and \
            not (m is not None and _things_that_do(m.group("what").split())):
        # "Makes sure the policy is reviewed ... by the board", "Decides which rooms are
        # used by guests": a duty, no subject
        m = None
    who = m.group("who").split() if m else []
    code = re.match(r"\s+\((?P<code>[A-Z][A-Za-z]{1,9})\)", head[m.end():]) if m else None
    if m and code and actor_name(code.group("code"), acronym=True) and \
            not actor_name(" ".join(who), acronym=True) and all(w[:1].isupper() for w in who):
        # "issued by the Civil Business Centre (CBC)": a body defined with its code acts
        return _passive_statement(m, head, who, " ".join(who))
    while len(who) > 1 and not actor_name(" ".join(who), acronym=True):
        who = who[:-1]  # "the team lead on duty": the team lead
    if m and actor_name(" ".join(who), acronym=True):
        # ("decided by the Committee in consultation with the Coach": the doer, then whom
        # it consults, kept as a phrase of the duty)
        left = m.group("who").split()[len(who):]
        aside = " ".join(left) if left and (_PARTY_PHRASE.match(" ".join(left)) or (
            left[0].lower() == "with" and actor_name(" ".join(left[1:]), acronym=True))) \
            else ""
        # (", in consultation with the Coach and the Chair": the same, after a comma)
        consulted = _PARTY_AFTER_COMMA.match(head, m.end()) if not left else None
        aside = consulted.group("how") if consulted else aside
        return _passive_statement(m, head, who, actor_name(" ".join(who), acronym=True) or "",
                                  aside)
    return None


# A phrase after a passive's doer that names whom the doer works with or before: "in
# consultation with the Coach", "in front of the Supervisor"
_PARTY_PHRASE = re.compile(r"(?:in consultation with|in the presence of|in front of|"
                           r"after consulting|after consultation with)\s+\S", re.IGNORECASE)
# ... the same after a comma, to the clause's end: ", in consultation with the WM and the DM"
_PARTY_AFTER_COMMA = re.compile(r"\s*,\s+(?P<how>(?:in consultation with|in the presence of|"
                                r"after consulting|after consultation with)\s+[^,;.]{2,80})"
                                r"\s*(?:[.;]|$)", re.IGNORECASE)


# words that can follow a clause's own verb ("go in the book", "happen weekly")
_AFTER_VERB = re.compile(r"^(?:in|into|on|onto|at|to|through|out|up|back|off|away|first|"
                         r"straight|the|a|an|every|each|and|[a-z]{3,}ly)$")


def _things_that_do(words: list[str]) -> bool:
    """Whether a passive's subject is things with a clause of their own ("Parcels that
    arrive damaged", "Orders that cannot be filled"): a plural noun in capitals, "that"
    or "which", then the clause's own verb in the plural or a modal; never "Decides which
    rooms ...", whose "which" opens on a noun."""
    if len(words) < 3 or words[1].lower() not in ("that", "which") or \
            not words[0][:1].isupper() or "NOUN" not in word_classes(words[0].lower()) or \
            singular(words[0].lower()) == words[0].lower():
        return False
    verb = words[2].lower()
    return verb in MODAL_AUXILIARIES or verb in ("cannot", "can't", "are", "have", "do",
                                                "don't", "need") or \
        verb_lemma(verb) == verb and "VERB" in word_classes(verb) and \
        not is_third_person_verb(verb)


def _clause_subject(what: str) -> str:
    """The subject of a passive that is a clause's second verb: "Accidents go in the book
    and (are reported by ...)" is about the accidents, not about "accidents go in the
    book". Other subjects are kept whole."""
    words = what.split()
    if len(words) < 3 or words[-1].lower() != "and":
        return what
    for i in range(1, min(5, len(words) - 1)):
        verb, head = words[i].lower(), words[i - 1].lower()
        lemma = verb_lemma(verb)
        if lemma is None or lemma == "be" or not _AFTER_VERB.match(words[i + 1].lower()):
            continue
        plural = head.endswith("s") and not head.endswith("ss")
        if (lemma == verb) if plural else is_third_person_verb(verb):
            return " ".join(words[:i])
    return what


# Where a thing is taken from, before a passive's doer: "fetched from the strongrooms by
# ..." (a place with its article; "signed out from Control by ...", a party, is not)
_TAKEN_FROM = re.compile(r"\s+from\s+(?:the|a|an|our|their|its|each|every)\s", re.IGNORECASE)


def _passive_statement(m: re.Match[str], head: str, who: list[str], name: str,
                       aside: str = "") -> tuple[str, str] | None:
    """A passive with its doer ("The gate is locked by the porter") as the doer's own
    statement, with the doer ``who`` as written and ``name`` as the role it names."""
    verbs = m.group("verb").split()  # "reviewed and signed": both are the duty
    # ("ID-checked": the participle after the hyphen, its first part kept before it)
    fronts = [v[:v.rindex("-") + 1] if "-" in v else "" for v in verbs[::2]]
    lemmas = [verb_lemma(v[len(f):]) for v, f in zip(verbs[::2], fronts, strict=True)]
    if not all(lemma and (lemma != v[len(f):].lower() or v[len(f):].lower() in SAME_PARTICIPLE)
               and lemma not in ("be", "have", "base", "locate", "need") for lemma, v, f in zip(
                   lemmas, verbs[::2], fronts, strict=True)):  # participles
        return None
    lemmas = [f + (lemma or "") for lemma, f in zip(lemmas, fronts, strict=True)]
    what = _clause_subject(m.group("what"))
    # ("such a vehicle": the one just described, not "the a vehicle")
    what = re.sub(r"^(?:such(?:\s+an?(?=\s))?|these|those)\s+", "the ", what,
                  flags=re.IGNORECASE)
    if m.group("how") and (re.match(r"\s+(?:to|into|against|of|about|in|on|at|every|"
                                    r"within|during|for)\s", m.group("how")) or
                           _TAKEN_FROM.match(m.group("how")) and
                           not actor_name(m.group("how").split(None, 1)[1], acronym=True)):
        # "Healthy colonies are offered to members on the waiting list by the ...": to
        # whom, when, within what time, for how long and from where ("every week",
        # "within a fortnight", "from the stores") are part of the duty, as what a party
        # is told of ("The police are informed of each closure by ...")
        what += m.group("how")
    # ("Roads Policing and the bus operators are informed by ...": a name stays as written)
    if not re.match(r"(?!(?:This|That|These|Those|The|All|Each|Every|Any|Our|Their|Its|"
                    r"Your|No|Some|Any|An|A)\s)[A-Z][\w'’-]*\s+[A-Z]", what) and \
            not what[1:2].isupper():
        what = what[:1].lower() + what[1:]
    doing = f" {verbs[1].lower() if len(verbs) > 1 else 'and'} ".join(x or "" for x in lemmas)
    if m.group("particle"):
        doing += " " + m.group("particle").lower()  # "signed off by": sign off
    subject = f"The {name}"
    acted = what.split()
    if lemmas in (["do"], ["handle"]) and not m.group("particle") and len(acted) >= 2 and \
            acted[0].lower().endswith("ing") and \
            (act := verb_lemma(acted[0].lower())) not in (None, acted[0].lower()) and \
            "VERB" in word_classes(act or ""):
        # "Moving a test is done by the Office Manager": the gerund is the doer's act ("The
        # Office Manager moves a test"), the doing says nothing of it
        return " ".join(who), f"{subject} {third_person_of(act or '')} {' '.join(acted[1:])}."
    other = _SECOND_DOER.match(head, m.end())
    second = actor_name(other.group("who"), acronym=True) if other else None
    if second and len(who) == len(m.group("who").split()):
        # "... by experienced auditors and treasurers": both do it
        subject = f"The {name} and the {second}"
        return " ".join(who), f"{subject} {doing} {what}."
    signer = _SIGNED_BY.match(head, m.end())
    signers = [actor_name(part, acronym=True) for part in _PARTY_LIST.split(
        signer.group("who"))] if signer else []
    signer_name = actor_name(signer.group("who"), acronym=True) if signer else None
    if signer and not signer_name and signers and not all(signers):
        # ("... approved by the Chair, the Treasurer keeping a copy": the list is no list
        # of signers; the one named before the comma signs, as it always did)
        signer_name = actor_name(signer.group("who").split(",")[0], acronym=True)
    if len(signers) > 1 and all(signers) and not signer_name:
        # "... and signed off by the Head, the Bursar and the Chair": each of them
        # approves it, as after a comma ("..., approved by the Head, ...")
        return " ".join(who), f"{subject} is responsible for {doing} {what}, approved " \
            f"by {', '.join(f'the {w}' for w in signers[:-1])} and the {signers[-1]}."
    if signer_name:
        # "... are booked by the Technician and signed off by the Safety Officer":
        # the one who signs off answers for the work
        return " ".join(who), f"{subject} is responsible for {doing} " \
            f"{what}, which the {signer_name} approves."
    passed = _PASSED_TO.match(head, m.end())
    receiver = passed.group("who").split() if passed else []
    while len(receiver) > 1 and not actor_name(" ".join(receiver), acronym=True):
        receiver = receiver[:-1]  # "the Duty Manager within a day": the manager
    if passed and len(lemmas) == 1 and actor_name(" ".join(receiver), acronym=True):
        # "are passed by Customer Services to the Technical Manager": a hand-off
        does = doing + ("es" if doing.endswith(("s", "sh", "ch", "x", "o")) else "s")
        return " ".join(who), f"{subject} {does} {what} to " \
            f"the {' '.join(receiver)}."
    which = _WHICH_ALSO.match(head, m.end())
    if which and not is_third_person_verb(which.group("does").split()[0]):
        # "... are opened by the admin team, who check the details and tell the owner":
        # the group's verbs in the plural, said of the doer as its name takes them
        which = _plural_predicates(which)
    if which and is_third_person_verb(which.group("does").split()[0]) and \
            all(lemma and " " not in lemma for lemma in lemmas):
        # "... are issued by the Centre, which also sends the claim to the
        # defendant": the doer does both
        does = " and ".join(third_person_of(x or "") for x in lemmas)
        if m.group("particle"):
            does += " " + m.group("particle").lower()
        return " ".join(who), f"{subject} {does} {what} and " \
            f"{which.group('does')}"
    further = _further_participles(head[m.end():]) \
        if len(lemmas) == 1 and not m.group("particle") and not m.group("how") else None
    if further and len(further) >= 2:
        # "The decision letter is drafted by the Clerk, agreed with the Panel Chair and
        # sent to the appellant": each later participle is the same doer's step on it
        # (one step after the doer, "... and reported to the Board", is left as it was:
        # it says as often where the thing goes as what the doer does next)
        steps = [f"{third_person_of(lemma)} {what}{rest}" for lemma, rest in further]
        return " ".join(who), f"{subject} {third_person_of(doing)} {what}, " + \
            ", ".join(steps[:-1]) + " and " + steps[-1] + "."
    advised = _ADVISED_BY.match(head, m.end())
    how = advised.group("how") if advised else aside
    # (an aside in brackets after it is no part of when: "... before the first viewing
    # (photo ID and proof of address)")
    after_doer = re.sub(r"\s*\([^()]{1,80}\)$", "", " ".join(
        head[m.start("who"):].split()[len(who):]).rstrip(" .;"))
    when = _WHEN_AFTER_DOER.match(after_doer)
    if when is not None and after_doer[when.end():].lstrip()[:1] not in ("", ",", ";"):
        # (the time ends the clause, or a comma does after it: "... within five days, and
        # the Clerk then ...")
        when = None
    if when is not None:
        what += " " + when.group(0)  # "... by the Shift Manager at the end of the shift"
    return " ".join(who), f"{subject} is responsible for {doing} " \
        f"{what}{(' ' if how.startswith('with ') else ', ') + how if how else ''}."


# A point in a period when a duty is done, kept in its name: "at the end of the shift",
# "at the start of each day", "before the end of the session", "on the same day"
PERIOD_POINT = (r"(?:at the (?:start|end|beginning|close)|before the end) of "
                r"(?:the|each|every|a|their) [\w-]+|on the same day")
# When the work is done, after a passive's doer: "The record is filed by the Shift Manager
# at the end of the shift" (as a duty's name keeps it)
_WHEN_AFTER_DOER = re.compile(
    PERIOD_POINT +
    # "... by the Warden before they go up", "... by the Clerk once it is signed": a
    # clause of when, with a pronoun for what the passive is about
    r"|(?:before|after|once|until) (?:they|it|the|its|their) [a-z'-]+(?: [a-z'-]+){0,5}"
    # "... by St John Ambulance by 08:00", "... by the zone leader at 07:30": a time of day
    # (or several, "at 10:00, 14:00 and 16:00"; and the day, "at 17:30 on Sunday")
    r"|(?:by|at|before|after|from|until) " + _CLOCK + r"(?:(?:, | and | or )" + _CLOCK + ")*"
    r"(?: on (?:the day|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?" +
    # "... by the Clerk within five working days", "... by the Warden on the portal within
    # 48 hours of the visit", "... within the first week of term": by when, where first
    r"|(?:(?:on|in|onto|into) (?:the )?[\w-]+ )?within (?:\d+|a|an|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty|the (?:first|next|same|"
    r"following)) (?:[a-z-]+ ){0,2}(?:hours?|days?|weeks?|fortnights?|months?|years?|terms?)"
    r"(?: of (?:the |a |an |its |their )?[a-z'-]+(?: [a-z'-]+){0,2})?",
    re.IGNORECASE)


# ", on the DPO's advice", ", after consulting the Bursar" after a passive's doer: whom
# the doer consults
_ADVICE = r"(?:advice|input|recommendations?|guidance)"
_ADVISED_BY = re.compile(r"\s*(?:\([^()]{1,12}\))?\s*,\s+(?P<how>(?:on|after|following|with|"
                         r"taking)\s+(?:[^,;.]{2,60}?" + _ADVICE +
                         r"(?:\s+(?:of|from)\s+[^,;.]{2,40})?|"
                         # ("with advice from the Assessor": the word of advice first, and
                         # the party after it; "with advice leaflets", "with guidance
                         # notes" name a thing, no party)
                         + _ADVICE + r"\s+(?:of|from)\s+[^,;.]{2,40})|"
                         r"after (?:consulting|asking)\s+[^,;.]{2,40})")
# ", which also sends the claim to the defendant" after a passive's doer
_WHICH_ALSO = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*,\s+(?:which|who)\s+(?:also\s+|then\s+)?"
                         r"(?P<does>[a-z]+\s[^;]+)$")


def _plural_predicates(which: re.Match[str]) -> re.Match[str] | None:
    """A relative clause after a group's name whose verbs are plain ("who check the
    details and tell the owner") as the same clause in the third person ("who checks the
    details and tells the owner"), matched again; None when its first word is no verb."""
    words = which.group("does").split(" ")
    first = words[0]
    if verb_lemma(first) != first or "VERB" not in word_classes(first) or \
            first in MODAL_AUXILIARIES or first in ("be", "have", "do"):
        return None
    said = [third_person_of(w) if k == 0 or words[k - 1] == "and" and
            verb_lemma(w) == w and "VERB" in word_classes(w) and w not in MODAL_AUXILIARIES
            else w for k, w in enumerate(words)]
    return _WHICH_ALSO.match(", who " + " ".join(said))


# Past participles not made with "-ed"
_IRREGULAR_PARTICIPLES = frozenset({
    "sent", "kept", "made", "held", "told", "sold", "brought", "set", "put", "read",
    "built", "spent", "left", "lent", "given", "taken", "written", "shown", "done", "seen",
    "paid"})
# A further participle after a passive's doer: ", agreed with the Chair", " and sent to ..."
_FURTHER_STEP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?P<verb>[a-z]+)"
                           r"(?P<rest>(?:\s+(?!and\b)[^\s,;.]+){1,14})")


def _further_participles(tail: str) -> list[tuple[str, str]] | None:
    """The steps after a passive's doer, each a participle and what follows it (", agreed
    with the Panel Chair and sent to the appellant within five days"), as (lemma, words);
    None unless the whole rest of the sentence is such steps, with no doer of their own."""
    steps: list[tuple[str, str]] = []
    at = 0
    while at < len(tail.rstrip(" .")):
        m = _FURTHER_STEP.match(tail, at)
        if m is None:
            return None
        verb = m.group("verb").lower()
        lemma = verb_lemma(verb)
        if lemma is None or lemma == verb or not (
                verb.endswith("ed") or verb in _IRREGULAR_PARTICIPLES) or \
                re.search(r"\bby\b", m.group("rest")):
            return None
        steps.append((lemma, m.group("rest")))
        at = m.end()
    return steps or None


def third_person_of(lemma: str) -> str:
    """The present tense of a verb's third person: "issue" -> "issues", "carry" ->
    "carries", "check" -> "checks"."""
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "o", "z")) else "s")


_NOT_AGREEING = {"will", "would", "can", "could", "may", "might", "must", "shall", "should",
                 "is", "was", "also", "then", "usually", "always", "never", "just", "only",
                 "often"}


def agreeing(verb: str) -> str:
    """A verb said after "I" or "you" as said after a role: "log" -> "logs", "do" ->
    "does", "have" -> "has"; other words ("will", "then", "logs") as they are."""
    if verb in _NOT_AGREEING or verb_lemma(verb) != verb:
        return verb
    return {"do": "does", "have": "has", "am": "is", "are": "is"}.get(verb,
                                                                       third_person_of(verb))


MAX_SUBJECT_SENTENCE = 400
# Participles spelled as the verb itself: "is being run by", "is set by", "is put in by".
SAME_PARTICIPLE = {"run", "put", "set", "cut", "read", "shut", "let", "cast", "spread", "upset"}


COORDINATED_SUBJECT = re.compile(
    r"^\s*(?:both\s+|either\s+)?(?P<first>(?:the\s+)?[A-Za-z][\w'’-]*"
    r"(?:\s+[A-Za-z][\w'’-]*){0,3}?)\s+"
    r"(?:and|&|or)\s+(?P<second>(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)"
    r"(?=\s+(?:jointly\s+|together\s+|both\s+)?[a-z]+\b)", re.IGNORECASE)


# "The clerk, the porter and the warden sign ...": the names before the last, parted by
# commas, the last after "and" or "or" (each up to 50 characters; one with "and" inside
# is turned down after the match)
LISTED_SUBJECT = re.compile(
    r"^\s*(?:both\s+)?(?P<items>(?:the\s+)?[A-Za-z@][^,;:.()]{0,50}?"
    r"(?:,\s+(?:the\s+)?[A-Za-z@][^,;:.()]{0,50}?){1,5}),?\s+(?:and|&|or)\s+(?=\S)",
    re.IGNORECASE)


# "After each run the clerk ...", "For SEV1 and SEV2 the EM ...": an opening phrase with
# no comma, then the subject; the phrase holds words of its own after its first word
# ("After the clerk signs, ..." is a condition about the clerk, not its subject).
OPENING_NO_COMMA = re.compile(
    r"^\s*(?:after|before|for|on|at|during|in|within|every|each|once|when|whenever)\s+"
    r"(?!(?:the|a|an|our|their|its|each|every)\s*$)[^,;:]{2,60}?\s+(?:the|our|a|an)?\s*$",
    re.IGNORECASE)
# where an article may open the subject after such a phrase
_ARTICLE_AT = re.compile(r"\s(?=(?:the|our)\s+[A-Z])")


def _after_opening(sentence: str) -> int:
    """Where the subject starts after an opening phrase: one ending in a comma ("After the
    match, the clerk and the porter ..."), or one without it that ends before "the" and a
    capital ("After the match the Clerk and the Porter ..."); 0 when there is none."""
    head = sentence[:120]
    if "," in head:
        opener = _OPENER.match(head)
        if opener is not None and opener.end():
            return opener.end()
    for m in _ARTICLE_AT.finditer(head, 0, 80):
        if OPENING_NO_COMMA.match(head[:m.end()]):
            return m.end()
    return 0


def opened_subject(sentence: str) -> tuple[str, int] | None:
    """``subject_actor`` of a sentence whose subject follows an opening phrase written
    without its comma: "At half time the Steward checks the gates" -> ('Steward', offset
    of 'checks')."""
    start = _after_opening(sentence) if "," not in sentence[:120] else 0
    found = subject_actor(sentence[start:]) if start else None
    return None if found is None else (found[0], found[1] + start)


# A committee, board or panel named by a field ("Risk Committee", "Estates Board")
FIELDS_BODY = re.compile(r"[A-Z][\w'’-]+\s+(?:Sub-?)?(?:[Cc]ommittee|[Bb]oard|[Pp]anel|"
                         r"[Gg]roup|[Cc]ouncil|[Ff]orum)")


@lru_cache(maxsize=SENTENCE_CACHE)
def co_subjects(sentence: str) -> tuple[tuple[str, ...], int] | None:
    """Two or more actors as one subject ("The clerk and the porter sign ...", "Both X and
    Y ...", "The clerk, the porter and the warden sign ..."), also after an opening phrase
    ("After the match the Coach and the Captain sign ..."): their phrases and where the
    verb begins."""
    if not any(c.islower() for c in sentence[:120]):
        return None  # (a title in capitals, "AUDIT AND RISK COMMITTEE - ...", is one name)
    found = _co_subjects(sentence)
    if found is None and _MAY_JOIN.search(sentence[:200]):
        start = _after_opening(sentence)
        later = _co_subjects(sentence[start:]) if start else None
        if later is not None:
            return later[0], later[1] + start
    return found


def _co_subjects(sentence: str) -> tuple[tuple[str, ...], int] | None:
    """``co_subjects`` of a sentence that opens with its subject."""
    listed = LISTED_SUBJECT.match(sentence[:300]) if "," in sentence[:300] else None
    if listed is not None:
        items = [item.strip() for item in listed.group("items").split(",")]
        if any(_MAY_JOIN.search(f" {item} ") or not actor_name(item, acronym=True)
               for item in items):
            return None
        last = _last_subject(sentence, listed.end())
        office = re.sub(r"^the\s+", "", items[0], flags=re.IGNORECASE)
        if last is not None and TITLE_OF.fullmatch(office) and \
                not actor_word(last[0].split()[-1]):
            return None  # "The Director of Finance, Estates and Facilities": one title
        return None if last is None else ((*items, last[0]), last[1])
    head = sentence[:200]
    # ("and" or "&" between two spaces: what every match holds)
    m = COORDINATED_SUBJECT.match(head) if _MAY_JOIN.search(head) else None
    if m is None or not actor_name(m.group("first"), acronym=True):
        return None
    last = _last_subject(sentence, m.start("second"))
    first = re.sub(r"^the\s+", "", m.group("first"), flags=re.IGNORECASE)
    if last is not None and first.lower() in DEPARTMENTS and first[:1].isupper() and \
            " " not in first and FIELDS_BODY.fullmatch(last[0]):
        return None  # "The Audit and Risk Committee": one body named by two fields
    return None if last is None else ((m.group("first"), last[0]), last[1])


# Who stands in for a title ("The Director of Studies or Deputy signs ...", "the chair or
# their nominee"): a role of its own when it is the second of two subjects
_STAND_INS = frozenset({"deputy", "nominee", "designee", "substitute", "alternate"})


def stand_in(phrase: str) -> str | None:
    words = phrase.split()
    if len(words) == 2 and words[0].lower() in ("the", "their", "his", "her", "a"):
        words = words[1:]
    return words[0].capitalize() if len(words) == 1 and words[0].lower() in _STAND_INS \
        else None


def _last_subject(sentence: str, start: int) -> tuple[str, int] | None:
    """The last of the joined actors, from ``start``, and where the verb after it begins."""
    words = sentence[start:start + 120].split()
    for cut in range(min(len(words) - 1, 5), 0, -1):
        second = " ".join(words[:cut])
        after = [w for w in words[cut:] if w.lower() not in ("jointly", "together", "both")]
        if after and (actor_name(second, acronym=True) or stand_in(second)) and (
                is_third_person_verb(after[0]) or verb_lemma(after[0]) == after[0].lower()):
            return second, sentence.find(" " + after[0], start + len(second)) + 1
    return None


# "Any steward who cannot attend tells ...": a subject, then a relative clause that
# narrows it (no comma), then the main verb
RELATIVE_SUBJECT = re.compile(
    r"^\s*(?P<who>(?:(?:the|a|an|any|each|every|all)\s+)?[A-Za-z][\w-]*"
    r"(?:\s+[A-Za-z0-9][\w-]*){0,4}?)\s+who\s+(?=[a-z])", re.IGNORECASE)
_CLAUSE_WORD = re.compile(r"[A-Za-z][\w'’-]*|[,;:()]")
# words a relative clause's verb may open with besides a verb in the third person
_RELATIVE_OPENERS = MODAL_AUXILIARIES | {"cannot", "can't", "won't", "does", "did", "do",
                                         "was", "were", "is", "are", "has", "have"}
_PERMISSIONS = {"can", "could", "may", "might"}
_MAIN_VERB_AFTER = DETERMINERS | {"to", "of", "for", "in", "on", "at", "by", "with", "not"}


@lru_cache(maxsize=SENTENCE_CACHE)
def without_narrowing_clause(sentence: str) -> tuple[str, str] | None:
    """(the actor, the sentence without the clause) for "A Crypto Officer who cannot attend
    tells the Ceremony Administrator": the relative clause says which of them, the main
    verb after it what they do ("A Crypto Officer tells the Ceremony Administrator")."""
    m = RELATIVE_SUBJECT.match(sentence[:200])
    if m is None:
        return None
    name = actor_name(m.group("who"), acronym=True)
    if not name:
        return None
    words = [(w.group(0), w.start()) for w in _CLAUSE_WORD.finditer(sentence[:m.end() + 160],
                                                                    m.end())][:16]
    if not words or not (words[0][0].lower() in _RELATIVE_OPENERS or
                         is_third_person_verb(words[0][0])):
        return None
    for k in range(1, len(words)):
        word, at = words[k]
        if word in ",;:()":
            return None  # (a comma: the clause is an aside, read elsewhere)
        if (word.lower() in MODAL_AUXILIARIES or is_third_person_verb(word)) and \
                words[k - 1][0].lower() not in _MAIN_VERB_AFTER and (
                k > 1 or words[0][0].lower() not in _RELATIVE_OPENERS):
            following = words[k + 1][0] if k + 1 < len(words) else ""
            if word.lower() not in MODAL_AUXILIARIES and "NOUN" in word_classes(
                    singular(word.lower())) and (following.lower() in MODAL_AUXILIARIES or
                                                 is_third_person_verb(following)):
                continue  # "who needs supplies orders them": the clause's object, then
                # the main verb
            if word.lower() in ("has", "have") and k + 1 < len(words) and \
                    words[k + 1][0].lower() != "to" or word.lower() in _PERMISSIONS:
                # "Staff who need help have a plan": what they have; "A requester who is
                # unhappy can ask for a review": what they may do; no duty either way
                return None
            return name, f"{m.group('who')} {sentence[at:]}"
    return None


CONDITION_SUBJECT = re.compile(
    r"^\s*(?:when|once|after|as soon as)\s+(?P<who>[^,]{2,60}?)\s+(?:has|have|is|are)\s+"
    r"[^,]{1,80},\s*(?P<rest>[a-z]+\s.*)$", re.IGNORECASE)


@lru_cache(maxsize=SENTENCE_CACHE)
def condition_subject(sentence: str) -> tuple[str, str] | None:
    """(actor, the rest) for "When the clerk has counted the stock, signs the sheet": the
    clause names who acts, the duty is what follows it."""
    m = CONDITION_SUBJECT.match(sentence[:400])
    if m is None or not is_third_person_verb(m.group("rest").split()[0]):
        return None
    name = actor_name(m.group("who"), acronym=True)
    return (name, m.group("rest")) if name else None


# An opening phrase before the subject ends in a comma; without a comma only the spaces
# before the first word are skipped.
_OPENER = re.compile(rf"^\s*(?:{OPENING_PHRASE},\s*)?", re.IGNORECASE)
_LEADING_SPACE = re.compile(r"^\s*")
# what every match of COORDINATED_SUBJECT holds
_MAY_JOIN = re.compile(r"\s(?:and|&|or)\s", re.IGNORECASE)


# group words that are plural without an "s", so the verb after them has none either
PLURAL_WITHOUT_S = frozenset({"staff", "personnel", "people", "police"})


# The doer of a passive, after its participle: "(is soldered on the bench) by the"
_BY_AGENT = re.compile(r"\sby\s+(?:the\s+|our\s+|a\s+)?[A-Z]")


def _verb_after_title(tokens: list[tuple[str, int]], k: int) -> bool:
    """Whether the words from ``k`` on are a plain verb, perhaps after an adverb ("then"),
    then a determiner opening its object ("release the funds"): the verb of a plural
    subject that ends before ``k``."""
    while k < len(tokens) and tokens[k][0].lower() in ADVERBS:
        k += 1
    if k + 1 >= len(tokens):
        return False
    verb = tokens[k][0]
    return verb[:1].islower() and verb_lemma(verb) == verb and is_verb(verb) and \
        tokens[k + 1][0].lower() in DETERMINERS


# An acronym and what it stands for in brackets after it: "the HFSV (high-frequency
# safety visit)", "the CSU (Community Safety Unit)"
SPELLED_ACRONYM = re.compile(r"\b(?P<code>[A-Z]{2,6}|[A-Z][A-Za-z]{1,5})\s+\((?P<words>[A-Za-z]"
                             r"[\w'’-]*(?:[ -](?:of|and|&|for|the|[A-Za-z][\w'’]*)){1,7})\)")


def spelled_out(code: str, words: str) -> bool:
    """Whether ``words`` spell out the acronym ``code``: their initials (each part of a
    hyphenated word counted, small joining words skipped or not) are its capitals."""
    caps = "".join(c for c in code if c.isupper()).lower()
    parts = [w for w in re.split(r"[ -]", words) if w]
    full = "".join(w[0] for w in parts).lower()
    short = "".join(w[0] for w in parts if w.lower() not in ("of", "and", "&", "for", "the"))
    return caps in (full, short.lower())


def spelled_thing(text: str) -> bool:
    """Whether ``text`` opens on an acronym spelled out in brackets as a thing, no party
    ("The HFSV (high-frequency safety visit) checks ...", "A PEEP (personal emergency
    evacuation plan) sets out ..."): the words end on no person's or group's noun. An
    acronym spelled out as a team or a post ("The CSU (Community Safety Unit)") is none."""
    m = SPELLED_ACRONYM.search(text[:80])
    if m is None or text[:m.start()].strip().lower() not in ("", "the", "a", "an", "each",
                                                              "every", "any", "our"):
        return False
    words = m.group("words")
    last = words.split()[-1].lower()
    return spelled_out(m.group("code"), words) and not actor_word(last) and \
        last not in _PARTY_NOUNS and actor_name(words, acronym=True) is None


# Nouns for people or a body that the word lists hold no actor's word for: "the AHP (allied
# health professional)", "the SWP (South West Partnership)"
_PARTY_NOUNS = frozenset({"professional", "professionals", "guardian", "guardians", "deputy",
                          "deputies", "network", "partnership", "body", "bodies", "trust",
                          "service", "services", "cell", "alliance", "consortium",
                          "federation", "association", "society", "foundation", "agency",
                          "commission", "inspectorate", "ombudsman", "tribunal", "kin",
                          "forum", "collective", "cooperative", "co-operative", "charity",
                          "company", "firm"})


@lru_cache(maxsize=SENTENCE_CACHE)
def subject_actor(sentence: str) -> tuple[str, int] | None:
    """The actor a sentence begins with and where its verb starts:
    'Night porter either locks the gate' -> ('Night Porter', offset of 'either')."""
    head = sentence[:160]
    if not any(c.islower() for c in head):
        return None  # a title in capitals states nothing
    # "The clerk, who reports to the manager, signs ...": the relative clause aside
    # (each pattern below is tried only when the text holds what it cannot match without:
    # a comma, "who" or "which", "and" or "&", a bracket)
    if "," in head and ("who" in head or "which" in head):
        head = re.sub(r"^([^,]{2,60}),\s+(?:who|which)\s[^,]{2,80},", r"\1", head, count=1)
    # "The carer (first aider on the team) treats ...": the aside in brackets too
    # (not a list in brackets: "Contractors (trimmer, technician) must ...")
    if "(" in head:
        if spelled_thing(head):
            return None  # "The PEEP (personal evacuation plan) sets out ...": a thing
        head = re.sub(r"^([^,;:()]{2,60}?)\s+\([^(),]{2,80}\)(?=\s+[a-z])", r"\1", head,
                      count=1)
    # "Both the clerk and the porter sign ...": the first of the two, the other below
    pair = COORDINATED_SUBJECT.match(head) if _MAY_JOIN.search(head) else None
    if pair and actor_name(pair.group("first"), acronym=True):
        head = pair.group("first") + " " + head[pair.end():]
    opener = (_OPENER if "," in head else _LEADING_SPACE).match(head)
    start = opener.end() if opener else 0
    tokens = [(m.group(0), m.start()) for m in islice(_WORD.finditer(head, start), 9)]
    # "Catering serve the drinks", "Security evacuate the hall": a department written as a
    # name takes a plural verb as a body of people does (not one that is a verb itself:
    # "Support the users" is an order)
    body = len(tokens) > 2 and tokens[0][0][:1].isupper() and \
        tokens[0][0].lower() in DEPARTMENTS and \
        verb_lemma(tokens[0][0].lower()) != tokens[0][0].lower() and \
        tokens[1][0][:1].islower() and tokens[2][0].lower() in DETERMINERS and \
        head[tokens[0][1] + len(tokens[0][0]):tokens[1][1]] == " "
    if tokens and tokens[0][0].lower().endswith("ing") and not (
            body and is_verb(tokens[1][0]) and (is_third_person_verb(tokens[1][0]) or
                                                verb_lemma(tokens[1][0]) == tokens[1][0])):
        return None  # "Running customer interviews is ...": a gerund clause, not an actor
    for i in range(1, min(len(tokens), 7)):
        between = head[tokens[i - 1][1] + len(tokens[i - 1][0]):tokens[i][1]]
        if between != " " and any(c in between for c in ",;:()"):
            return None
        if tokens[i - 1][0].endswith(("'", "’", "'s", "’s")):
            continue  # "Passes owners' calls to ...": a possessive's next word is its noun
        j = i
        while j < len(tokens) - 1 and tokens[j][0].lower() in ADVERBS:
            j += 1
        verb = tokens[j][0]
        after = tokens[j + 1][0].lower() if j + 1 < len(tokens) else ""
        if j == i and actor_word(verb) and (
                after in MODAL_AUXILIARIES or
                verb_lemma(after) == after and not after.endswith("s")) and not (
                # ("The Restaurant Manager delegates staff rotas": a title already ends
                # in a role word, the lower-case word after it is its verb)
                verb[:1].islower() and tokens[i - 1][0][:1].isupper() and
                actor_word(tokens[i - 1][0]) and is_third_person_verb(verb)):
            continue  # "Department heads need to ...": "heads" ends the subject
        if j == i and i == 1 and verb[:1].islower() and after and actor_word(after) and \
                _verb_after_title(tokens, j + 2) and \
                actor_name(head[tokens[0][1]:tokens[j + 1][1] + len(tokens[j + 1][0])]) \
                is not None:
            # "Member services staff (then) release the funds": a word in "-s" before the
            # word of a role ("services" before "staff") names what the staff do, no verb
            continue
        if j == i and verb[:1].isupper() and tokens[i - 1][0][:1].isupper() and (
                # (the verb in lower case, or before "the": "The Housekeeper Cleans Rooms
                # after checkout" writes its words with capitals, "Cleans" its verb all
                # the same)
                (bool(after) and tokens[j + 1][0][:1].islower() or
                 j + 2 < len(tokens) and
                 tokens[j + 2][0] in ("the", "a", "an", "every", "each", "all")) and
                is_third_person_verb(after) and
                after not in SUBJECT_VERBS or
                j + 1 < len(tokens) and tokens[j + 1][0][:1].isupper() and
                actor_word(after)):
            # "The Head of Library Services signs off ...", "The Customer Services Manager
            # reports ...": a capitalised word that could be a verb ("services") before
            # the verb, or before a role's word, is a word of the title
            continue
        # ("Warehouse staff check the seals": a plural without its "s", after the words
        # that say which)
        plural = tokens[i - 1][0].lower().endswith("s") or body and i == 1 or \
            i >= 2 and tokens[i - 1][0].lower() in PLURAL_WITHOUT_S and \
            tokens[i - 2][0].lower() not in DETERMINERS  # (not "All staff ...")
        modal = j > i and any(tokens[k][0].lower() in MODAL_AUXILIARIES for k in range(i, j))
        first = tokens[0][0]
        if i >= 2 and j == i and not plural and verb.lower().endswith("s") and \
                first[:1].isupper() and tokens[1][0][:1].islower() and \
                verb_lemma(first.lower()) == first.lower() and \
                "VERB" in word_classes(first.lower()) and "NOUN" in word_classes(verb.lower()):
            # "Process supplier invoices and ...": an imperative and its object, the
            # "verb" a plural noun ("invoices"), not "Process Supplier" doing something
            return None
        if is_third_person_verb(verb) or ((plural or modal) and is_verb(verb)):
            phrase = head[tokens[0][1]:tokens[i - 1][1] + len(tokens[i - 1][0])]
            name = actor_name(phrase, acronym=True)
            if name is None and verb.lower() not in SUBJECT_VERBS and \
                    is_third_person_verb(verb) and phrase[:4].lower() == "the ":
                # "The fire service takes charge", "the duty GP assesses": a body or person
                # outside the team that acts, named by what it is
                name = named_body(phrase.split())
            known = name is not None and (singular(name.split()[-1]).lower() in VOCABULARY
                                          or name.isupper() or name.lower() in DEPARTMENTS)
            clear = verb.lower() in SUBJECT_VERBS or (
                tokens[0][0].lower() in ("the", "a", "an", "each", "every", "our", "your"))
            if name and name.isupper() and verb.lower() in ("is", "are", "was", "were") and \
                    after.endswith(("ed", "en")) and \
                    _BY_AGENT.search(head, tokens[j + 1][1]) is not None:
                # "The PCB is soldered by the Technician": a thing known by its letters,
                # the object of a passive whose doer follows, no actor
                return None
            if name and (known or clear):
                return name, tokens[i][1]
            if verb.lower() in SUBJECT_VERBS:
                return None
    return None


COUNTERPART_CUE = Folded(re.compile(
    r"\b(?:with|to|from|notif(?:y|ies)|pings?|tags?|informs?|cc|alerts?|updates?|briefs?|"
    r"calls?(?: out)?|pages?|emails?|phones?|contacts?|tells?|warns?|consults?|asks?|"
    r"involves?|lets?|"
    r"assists?|supports?|helps?|keeps?|which|whom|oversees?|[a-z]+ed by|"
    r"together with|along with|(?:a |the )?members? of|meetings? of|"
    r"in front of|in the presence of)\s+(?=\S)",
    re.IGNORECASE,
))


# A word of a title before a cue word written with a capital ("Volunteer Support Officer",
# "Customer Contact Lead"): the cue word is part of the title, no cue
_INSIDE_TITLE = re.compile(r"\b[A-Z][\w&'’-]*[ \t]+$")


COLLABORATION = re.compile(
    r"\b(?i:work(?:s|ing)?|collaborat\w*|partner(?:s|ing)?|coordinat\w*|liais\w*)\s+"
    r"(?i:closely\s+)?with\s+(?:the\s+)?(?P<who>(?:[A-Z][\w&]*(?:,?\s+(?:and\s+)?)?){1,6}?)"
    r"(?=\s+(?:to|on|for|in|teams?)\b|[,.;]|$)")


# "keeps the Chair informed": the one kept told of something, within a few words
KEPT_TOLD = re.compile(r"^(?:[\w'’&/-]+\s+){1,6}?(?:informed|updated|posted|briefed|aware|"
                       r"in the loop|up to date|up-to-date|in the picture)\b", re.IGNORECASE)


HANDED_TO_ACRONYM = re.compile(
    r"\b(?i:report|send|submit|return|pass|forward|escalat|notif|e-?mail|fil|regist|lodg|"
    r"confirm|agree|appl)"
    r"[a-z]*(?: [\w,'’/-]+){0,8}? (?:to|with) (?:the )?(?P<who>[A-Z]{2,6})"
    # (the whole name: "to the PM office manager" is the manager; how it is sent, "under
    # RIDDOR", "through the portal", "(01234 ...)", "- by Friday", is no part of it)
    r"(?=\s*(?:[.,;:)(]|[–—]|$)|\s+(?:for|by|before|after|if|when|within|and|or|every|each|"
    r"on|at|in|as|so|once|until|with|under|through|using|via)\b)")


# What every match of HANDED_TO_ACRONYM holds, found at a fraction of its cost
TO_INITIALS = re.compile(r" (?:to|with) (?:the )?[A-Z]{2}")


# Cues whose party is told something: an office known by its initials counts there
TELLING_CUE = re.compile(r"(?i:notif\w*|pings?|tags?|informs?|cc|alerts?|updates?|briefs?|calls?|"
                         r"pages?|"
                         r"emails?|phones?|contacts?|tells?|lets?|keeps?)\b")


# The verbs by which an office is told something ("notifies Ops Control", "tells
# Companies House"); a person is called or phoned as often ("calls Mary Evans")
OFFICE_TOLD = re.compile(r"(?i:notif\w*|informs?|tells?|alerts?)\b")
# Words of time that may follow a party with a capital ("tell Ops Control Tomorrow")
TIME_WORDS = frozenset({"today", "tomorrow", "tonight", "daily", "weekly", "monthly",
                        "yearly", "annually", "monday", "tuesday", "wednesday", "thursday",
                        "friday", "saturday", "sunday", "morning", "evening", "now"})


# A verb of giving and its two objects, the first whom the second goes to ("sends the
# care home a copy of the summary")
_GIVES_WHOM = re.compile(r"\b(?i:sends?|gives?|hands?|e-?mails?|texts?|posts?|shows?)\s+"
                         r"(?P<whom>(?i:the|your|their|our|each|every)\s+[a-z][a-z-]*"
                         r"(?:\s+[a-z][a-z-]*){0,2}?)\s+(?i:a|an|the|their|its|his|her|"
                         r"any|every|each)\s")


def counterparts(text: str) -> list[str]:
    """Actors named after 'with', 'to', 'from', 'notifies', 'pings', 'assists', ...:
    'works with the head chef and pastry cook' -> both."""
    out: list[str] = []
    head = text[:2000]
    # (each of the next two patterns is tried only when the text holds what every match
    # of it holds: "with" as written; " to " or " with " before two capitals)
    for m in COLLABORATION.finditer(head) if "with" in head else ():
        # "collaborates with Sales and Marketing to ...": named departments are parties
        for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("who")):
            if re.fullmatch(r"(?:[A-Z][a-z]+|[A-Z]{2,5})(?: (?:[A-Z][a-z]+|[A-Z]{2,5})){0,2}",
                            part) and part.lower() not in FUNCTION_WORDS:
                out.append(part)
    for m in HANDED_TO_ACRONYM.finditer(head) if TO_INITIALS.search(head) else ():
        # "submits RTI returns to HMRC": a body known by its initials that work goes to
        if actor_name(m.group("who"), acronym=True):
            out.append(m.group("who"))
    for m in _GIVES_WHOM.finditer(head) if "the " in head else ():
        # "sends the care home a copy", "gives the guest the form": the first of two
        # objects is whom the second goes to
        words = m.group("whom").split()
        body = named_body(words) or _served_party(words)
        if body is not None:
            out.append(body)
    for m in COUNTERPART_CUE.finditer(text[:2000]):
        tail = text[m.end():m.end() + 120]
        if m.group(0).lower().startswith("keep") and not KEPT_TOLD.match(tail):
            continue  # "keeps the register and trains new users": kept, not told
        if m.group(0)[:1].isupper() and m.start() > 0 and _INSIDE_TITLE.search(
                text, max(0, m.start() - 30), m.start()):
            continue  # "The Volunteer Support Officer recruits ...": a word of a title
        office = TITLE_OF.match(re.sub(r"^(?:the|our|their|a|an)\s+", "", tail))
        if office and actor_name(office.group(0)):  # "with the Head of Finance"
            out.append(actor_name(office.group(0)) or "")
            continue
        phrase = re.split(r"[,.;:()]|\s(?:to|for|with|about|on(?!(?i: call)\b)|"
                          r"in(?!(?i: charge| command)\b)|of(?!(?i: the (?:watch|day|deck))\b)|"
                          r"when|if|who|that|as|by|from|at|so|while|is|are|has|have|will)\s",
                          tail)[0]
        # "the Health and Safety Manager within 48 hours": the title in capitals before
        # the words after it
        capitals = _TITLE_IN_CAPITALS.match(phrase)
        if capitals and " and " in capitals.group(0) and capitals.end() < len(phrase):
            phrase = capitals.group(0)
        whole = actor_name(phrase)
        titled = whole is not None and " and " in phrase and all(
            w[:1].isupper() for w in phrase.split() if w.lower() not in DETERMINERS | {"and"})
        telling = TELLING_CUE.match(m.group(0)) is not None
        if titled and whole is not None and len(phrase.split()) > 5:
            out.append(whole)  # (a title longer than the parts below are looked for in)
            continue
        for part in [phrase] if titled else re.split(r"\s+(?:and|&)\s+", phrase):
            words = part.split()
            if words and words[0][:1].islower() and is_third_person_verb(words[0]):
                continue  # "... and trains new users": a second duty, not a party
            bare = [w for w in words if w.lower() not in DETERMINERS and w.lower() not in (
                "informed", "updated", "posted", "briefed", "aware")]
            if telling and len(bare) == 1 and actor_name(bare[0], acronym=True) and \
                    bare[0].isupper():
                out.append(bare[0])  # "keeps the CMO informed": an office by its initials
                continue
            if len(words) == 1 and words[0].isalpha() and words[0].islower() and \
                    singular(words[0]) in GENERIC_BODIES and singular(words[0]) != words[0]:
                continue  # "liaises with agencies": a kind of body, no one party named
            named = words[:-1] if words and words[-1].lower() in TIME_WORDS else words
            if named and named[0].lower() == "the":
                named = named[1:]  # ("tell the Control Room": an office after its article)
            if telling and 2 <= len(named) <= 3 and bare[:len(named)] == named and all(
                    w[:1].isupper() and w[1:].islower() and w.isalpha() and
                    w.lower() not in FUNCTION_WORDS for w in named) and \
                    not is_third_person_verb(named[-1].lower()) and \
                    OFFICE_TOLD.match(m.group(0)) and \
                    "NOUN" in word_classes(named[-1].lower()):
                # "notify Ops Control of every change", "tell Companies House": an named
                # in capitals told something, whatever its last word
                out.append(" ".join(named))
                continue
            for n in range(min(len(words), 6), 0, -1):
                name = actor_name(" ".join(words[:n]))
                # a known role word, or a title written as one ("to the Headteacher")
                on_duty = ON_DUTY.fullmatch(name or "")
                if name and (_person_word((on_duty.group(1) if on_duty else name).split()[-1]
                                          .lower())
                             or all(w[:1].isupper() for w in words[:n]
                                    if w.lower() not in DETERMINERS)
                             # "to all bidders": every one of a kind of agent
                             or n >= 2 and words[0].lower() in ("all", "both", "every", "each")
                             and actor_word(words[n - 1])):
                    out.append(name)
                    break
            else:
                cue = m.group(0).strip().lower()
                served = _served_party(words) if telling or cue in ("to", "with") and \
                    _SERVED_BY[cue].search(text, max(0, m.start() - 80), m.start()) else None
                if served:
                    out.append(served)
                elif (body := named_body(words)) is not None and (
                        telling or cue in _BODY_CUES or cue in _BODY_BY and
                        _BODY_BY[cue].search(text, max(0, m.start() - 80), m.start())):
                    out.append(body)  # "calls the fire service", "with the trade union"
                elif cue in _BODY_BY and (named := capital_body(words)) is not None and \
                        _BODY_BY[cue].search(text, max(0, m.start() - 80), m.start()):
                    out.append(named)  # "refers the driver to Occupational Health"
    return out


# Kinds of body that, written bare in the plural ("liaises with agencies", "works with
# partners"), name no one party: a party of the document is named as one ("the agency")
GENERIC_BODIES = frozenset({"agency", "organisation", "organization", "body", "partner",
                            "stakeholder", "authority", "provider", "charity", "company",
                            "firm", "business", "institution"})


# People a service is for, told or written to in lower case: "writes to the resident",
# "sends the guest the form" (no role words of their own: "resident" and "patient" are
# adjectives too, and "the guest list" names no one)
SERVED_PEOPLE = frozenset({"guest", "resident", "patient", "family", "parent", "couple",
                           "athlete", "member", "lender", "borrower", "landlord", "tenant",
                           "applicant", "donor", "household", "owner", "appellant"})


# The verbs by which a person served is sent or written something, or agrees it, before
# "to" or "with" ("hands the parcel to the guest" only hands a thing over)
_SERVED_BY = {
    "to": re.compile(r"\b(?:sends?|sending|sent|writes?|writing|wrote|explains?|explaining|"
                     r"e-?mails?|e-?mailing|posts?|posting)\b", re.IGNORECASE),
    "with": re.compile(r"\b(?:agrees?|agreeing|discuss(?:es)?|discussing|confirms?|"
                       r"confirming|arranges?|arranging)\b", re.IGNORECASE)}


def _served_party(words: list[str]) -> str | None:
    """'the residents' -> 'Resident': a person served, after a determiner and alone."""
    if len(words) < 2 or words[0].lower() not in ("the", "your", "their", "each", "every",
                                                   "all", "any", "affected") or \
            len(words) > 2 and words[2].lower() not in FUNCTION_WORDS:
        return None  # ("the patient list", "the guest room": no one)
    word = words[1].strip(".,;:'’").lower()
    one = singular(word)
    return one.title() if one in SERVED_PEOPLE and word.isalpha() else None


# Bodies and people outside the team that a procedure tells, calls, asks or works with,
# named in lower case by what they are ("calls the fire service", "agrees it with the
# trade union", "sends the list to the new school"): the last word of such a party. Each
# stands alone after "the" ("the police", "the embassy"); the words in PARTY_KINDS name a
# party only after a word that says which ("the fire service", "the control room", "the
# governing body": "the service", "the room" and "the body" alone are things).
PARTY_HEADS = frozenset({
    "police", "coastguard", "embassy", "consulate", "court", "tribunal", "school", "college",
    "university", "bank", "building society", "crematorium", "venue", "union", "company",
    "neighbour", "bearer", "landowner", "gp", "vet", "insurer", "funder", "promoter",
    "pilot", "setter", "witness", "trustee", "ambulance service"})
PARTY_KINDS = frozenset({
    "service", "office", "centre", "center", "body", "home", "agency", "organisation",
    "organization", "society", "association", "trust", "authority", "council", "board",
    "committee", "team", "group", "unit", "desk", "carrier", "operator", "officer",
    "visitor", "nurse"})
# Words that say which one of a kind, no part of its name ("the same office", "the
# issuing embassy")
_WHICH_WORDS = frozenset({"same", "other", "right", "wrong", "next", "last", "first",
                          "nearest", "issuing", "relevant", "appropriate", "local", "new",
                          "whole", "main", "own", "usual", "correct"})
_NAME_ENDS = frozenset({"before", "after", "once", "until", "unless", "where", "whenever",
                        "and", "or", "but", "immediately", "straight", "at", "first"})
_BODY_ARTICLES = frozenset({"the", "your", "our", "their", "all", "any", "each", "every",
                            "both", "two", "three", "four", "five"})
# Cues whose party is consulted or worked with outright ("consults the trade union")
_BODY_CUES = frozenset({"consult", "consults", "ask", "asks", "involve", "involves",
                        "together with", "along with"})
# The verbs by which a party is handed, sent or reported something, or worked with,
# before "to" or "with" ("reports the spill to the fire service", "books the rag
# collection with the waste contractor"; "drives to the school" only goes there)
_BODY_BY = {
    "to": re.compile(r"\b(?:sends?|sending|sent|writes?|writing|wrote|e-?mails?|e-?mailing|"
                     r"e-?mailed|posts?|posting|posted|reports?|reporting|reported|passe[sd]|"
                     r"pass|passing|refers?|referring|referred|hands?|handing|handed|gives?|"
                     r"giving|gave|given|returns?|returning|returned|submits?|submitting|"
                     r"submitted|forwards?|forwarding|forwarded|escalates?|escalating|"
                     r"escalated|delivers?|delivering|delivered|explains?|explaining|"
                     r"explained|talks?|talking|speaks?|speaking|copied|copies|copy|"
                     r"circulates?|circulated|applies|apply|applied|lodges?|lodged|"
                     r"notified)\b", re.IGNORECASE),
    "with": re.compile(r"\b(?:agrees?|agreeing|agreed|discuss(?:es|ed)?|discussing|confirms?|"
                       r"confirming|confirmed|arranges?|arranging|arranged|books?|booking|"
                       r"booked|liaises?|liaising|liaised|checks?|checking|checked|meets?|"
                       r"meeting|plans?|planning|planned|works?|working|worked|lodges?|"
                       r"lodged|raises?|raised|shares?|shared|reviews?|reviewed|sets?|"
                       r"consults?|consulted|talks?|speaks?)\b", re.IGNORECASE)}


# Things a name in capitals may stand for after "to" or "with": no party
_NAMED_THINGS = frozenset({"portal", "system", "drive", "folder", "log", "register",
                           "database", "inbox", "channel", "list", "page", "site", "website",
                           "app", "form", "sheet", "spreadsheet", "tracker", "file", "report",
                           "account", "box", "plan", "policy", "procedure", "template",
                           "book", "room", "hall", "building", "office", "meeting", "day",
                           "week", "month", "year", "part", "section", "step", "stage",
                           # places
                           "point", "area", "entrance", "exit", "gate", "park", "road",
                           "street", "lane", "floor", "level", "zone", "bay", "yard"})


def capital_body(words: list[str]) -> str | None:
    """'Occupational Health', 'the Cash Centre' -> the name: a body written as a name in
    capitals of one to three words that are words of the language, the last a noun that
    names no thing (``_NAMED_THINGS``) and no word a given name ("Tom", "Leeds" and "Room
    4" are no bodies)."""
    named = [w.strip(".,;:'’") for w in words]
    if named and named[0].lower() in ("the", "our", "their", "your"):
        named = named[1:]
    if not 1 <= len(named) <= 3 or any(
            not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?", w) or
            w.lower() in FUNCTION_WORDS or w.lower() in DETERMINERS or
            w.lower() in given_names() or w.lower() in TIME_WORDS or w.lower() in WHEN_WORDS
            or not word_classes(w.lower()) for w in named):
        return None
    last = named[-1].lower()
    if last in _NAMED_THINGS or "NOUN" not in word_classes(last) and not last.endswith("ing"):
        return None  # (but "Licensing", "Policing": a service named for what it does)
    return " ".join(named)


def named_body(words: list[str]) -> str | None:
    """'the fire service' -> 'Fire Service', 'the two parcel carriers' -> 'Parcel Carrier':
    a body or a person outside the team, named by what it is after a determiner (see
    ``PARTY_HEADS``), its words up to the end of the phrase; None for anything else ("the
    form", "the hall", "the service")."""
    if len(words) < 2 or words[0].lower() not in _BODY_ARTICLES:
        return None
    # (the name ends where a word that is no part of one starts: "the bearers before they
    # leave", "the new school within 5 days")
    cut = next((i for i, w in enumerate(words[1:], 1) if w.lower() in _NAME_ENDS or
                w.lower() in FUNCTION_WORDS or w.lower() in TIME_WORDS or
                not w.strip(".,;:'’").isalpha()), len(words))
    if cut > 5:
        return None
    named = [w.strip(".,;:'’") for w in words[1:cut]]
    while named and (named[0].lower() in _WHICH_WORDS or named[0].lower() in _BODY_ARTICLES):
        named.pop(0)
    if not named or any(not re.fullmatch(r"[A-Za-z][a-z-]*|[A-Z]{2,3}", w) or
                        w.lower() in FUNCTION_WORDS or w.lower() in DETERMINERS
                        for w in named):
        return None  # (a name in capitals is read above; a possessive is someone's)
    head = singular(named[-1].lower()) if named[-1].lower() != "police" else "police"
    two = f"{named[-2].lower()} {head}" if len(named) >= 2 else ""
    if not (head in PARTY_HEADS or two in PARTY_HEADS or
            head in PARTY_KINDS and len(named) >= 2):
        return None
    if any(is_third_person_verb(w.lower()) and not word_classes(w.lower()) & {"NOUN", "ADJ"}
           for w in named):
        return None  # ("the school closes": a clause, not a name)
    return " ".join([*(w if w.isupper() else w.capitalize() for w in named[:-1]),
                     "GP" if head == "gp" else head.title()])


WITH_LABEL = re.compile(r"^\s*with\s+(?:the\s+)?(?P<who>[A-Za-z][\w/&' ]{1,40}?)\s*(?::|\s[-–—]\s)"
                        r"\s*(?P<rest>\S.*)$", re.IGNORECASE)


# A title written in capitals, perhaps after an article or an owner ("the Union's Health
# and Safety Manager"), up to the first word that is not one
_TITLE_IN_CAPITALS = re.compile(r"(?:(?:the|our|their|its|a|an)\s+)?(?:[A-Z][\w'’-]*\s+"
                                r"(?:(?:and|&)\s+)?)*[A-Z][\w'’-]*")


@lru_cache(maxsize=SENTENCE_CACHE)
def with_label(text: str) -> tuple[str, str] | None:
    """'With the Venue Manager - agree the layout' -> ('Venue Manager', 'agree the layout'):
    the label names the party the duties are done with, whatever its words."""
    m = WITH_LABEL.match(text[:400])
    if not m or len(m.group("who").split()) > 4:
        return None
    who = " ".join(_title(w) for w in m.group("who").split())
    return who, m.group("rest")


# "The bins get emptied by the Caretaker", "Invoices must get checked by the Bursar": a
# passive with "get" for "be", read as one with "be" (quoted as written)
GET_PASSIVE = re.compile(r"\b(?:(?P<modal>(?:must|will|should|shall|can|may|to)\s+)get|"
                         r"(?P<one>gets)|(?P<many>get))"
                         r"(?=\s+(?:[a-z]{3,}ly\s+)?[a-z]{3,}(?:ed|en|wn|ne|nt|lt|pt|id|ught|"
                         r"ung|ut)(?:\s+(?:off|up|out|away|back|in|down|over))?"
                         r"(?:\s+[a-z]{3,}ly)?\s+by\s)")


def _get_as_be(m: re.Match[str]) -> str:
    """A "get" passive's "get" as "be" ("gets" -> "is", "must get" -> "must be")."""
    return f"{m.group('modal')}be" if m.group("modal") else "is" if m.group("one") else "are"


def get_as_be(sentence: str) -> str:
    """``sentence`` with a passive's "get" written as "be" ("The bins get emptied by the
    Caretaker": "The bins are emptied by the Caretaker")."""
    return GET_PASSIVE.sub(_get_as_be, sentence) if "get" in sentence and " by " in sentence \
        else sentence
