"""Turn document blocks into responsibilities: (role, activity, kind, cue, evidence).

Sources, in the order a reader meets them:

* list items under a heading or lead-in that names one role ("Responsibilities
  of a TPM include:"), or several roles when it speaks of shared or overlapping
  work; "Label: explanation" items take the label as the activity;
* rows of comparison tables with one column per role, where the row label says
  the row lists duties ("Responsibilities", "Key deliverables", "Primary role");
* sentences such as "<role> is responsible for / in charge of / owns / drives ...".

Within a responsibility, a role named after "works closely with", "collaborates
with", "reviews" or "advises" is consulted (C); after "keeps ... informed",
"reports to" or "communicates progress" it is informed (I). Owner cues
("accountable", "owns", "in charge of", "final say", "authority", "defines")
mark the role as the likely owner.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from raci.derive import lazy_re as re
from raci.derive.actors import (
    DETERMINERS,
    FUNCTION_WORDS,
    LANE_STEP,
    MEETING_BODIES,
    MODAL_AUXILIARIES,
    MONTHS,
    OPENING_NO_COMMA,
    OPENING_PHRASE,
    PERIOD_POINT,
    SAME_PARTICIPLE,
    SENTENCE_CACHE,
    SERVED_PEOPLE,
    SUBJECT_VERBS,
    VOCABULARY,
    WEEKDAYS,
    Folded,
    Guarded,
    action_item,
    actor_name,
    actor_word,
    agreeing,
    co_subjects,
    condition_subject,
    dash_doer,
    dash_topic,
    further_actions,
    get_as_be,
    heading_actor,
    is_third_person_verb,
    label_actor,
    label_match,
    label_value,
    may_name_vocabulary,
    post_leading,
    rephrased,
    run_on_clause,
    said_plainly,
    singular,
    subject_actor,
    the_thing,
    third_person_of,
    verb_lemma,
    with_label,
    without_clause_number,
    without_narrowing_clause,
    word_classes,
)
from raci.derive.documents import (
    ARROW,
    CALL_TREE_HEAD,
    CHECKPOINT_BLOCKS,
    Block,
    Document,
    badge_legend,
    key_blocks,
    split_badges,
    without_change_logs,
)
from raci.derive.names import FIRST_NAME, GIVEN_NAME, PERSON_NAME, SURNAME
from raci.derive.naming import (
    ACTION_NOUNS,
    OWNERSHIP_VERBS,
    PURE_OWNERSHIP_VERBS,
    action_noun,
    carries_duty,
)
from raci.derive.roles import (
    ACTIONS_HEAD,
    ADVISED_BY_WORDS,
    HEAD_PERIOD,
    HOLDER_ALONE,
    LETTER_LABEL,
    PERSON_IS,
    ROLE_NOUNS,
    ROLE_ROW_HEAD,
    TELLING_HEAD,
    WHO_LINE,
    WHOS_WHO_HEAD,
    WHOS_WHO_ITEM,
    YOU_GLOSS_OPENING,
    YOUR_ROLE_AS,
    RoleCatalog,
    addressed_roles,
    cell_letters,
    cell_names,
    code_columns,
    commitment_heads,
    doer_in_head,
    inline_letter_line,
    letter_lines,
    letter_row,
    lettered_columns,
    letters_listed,
    limit_cell_names,
    limit_columns,
    listed_codes,
    made_by,
    others_reader,
    owned_action_parts,
    person_and_role,
    role_columns,
    roles_across,
    row_note,
    salutation_reader,
    side_letter,
    who_names,
)
from raci.derive.steps import (
    ACTIVITY,
    APPROVER,
    ASIDE,
    CHOICE,
    CONSULTED,
    DOER,
    STEP,
    TOLD,
)

OWNER_CUES = re.compile(
    r"\b(accountable|owns?|owner of|in charge of|final say|authority|defines?|defining|"
    r"decides?|sets the|oversees?|overseeing|supervises?|supervising)\b",
    re.IGNORECASE,
)
# Pieces every match of OWNER_CUES holds, in lower case
OWNER_CUE_PIECES = ("accountable", "own", "in charge of", "final say", "authority", "defin",
                    "decide", "sets the", "oversee", "supervis")


def _owner_cue(text: str) -> bool:
    """Whether ``text`` holds a word of ownership (OWNER_CUES), asked of the pattern only
    where the text may hold one of its words."""
    return _holds(text, *OWNER_CUE_PIECES) and OWNER_CUES.search(text) is not None
CONSULT_CUES = re.compile(
    r"\b(work(?:s|ing)?\s+(?:closely\s+)?with|collaborat\w*(?:\s+closely)?\s+with|"
    r"in conjunction with|in consultation with|together with|reviews?|advis\w*|consult\w*|"
    # "counts the cash in front of the Supervisor": the witness
    r"in front of|in the presence of|witnessed by|"
    r"help\w*|discuss\w* with|"
    r"meetings? with|(?:discuss|agree|align|confer|check)\w*(?: [\w/-]+){0,6} with|"
    r"liais\w* with|coordinat\w* with|partner\w* with|pair(?:s|ing)? with|"
    r"team(?:s|ing)? up with|"
    r"after (?:asking|hearing from|speaking (?:to|with)|talking (?:to|with))|"
    # "talks to the Studio Manager before starting": the one talked to is asked
    r"(?:talk|speak)s?\s+(?:to|with)|"
    r"(?:with|seeking|taking|after taking|after|following|on)\s+(?:the\s+)?"
    r"(?:input|advice|guidance|views|recommendations?)\s+(?:from|of)|"
    # "..., checked by the Treasurer": the one who looks the work over
    r"(?:checked|reviewed|cleared)\s+by|"
    # "..., with help from the Membership Secretary": the one who helps with it
    r"with\s+(?:the\s+)?(?:help|support|assistance)\s+(?:from|of)|(?:helped|assisted)\s+by)\b",
    re.IGNORECASE,
)
TRAILING_CLAUSE = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+|\s+(?=(?:keeps?|keeping|work(?:s|ing)?\s+(?:closely\s+)?"
    r"(?:with|alongside|together)|collaborat)\b))"
    r"(?:keep(?:s|ing)?(?=\s+(?:[\w-]+\s+){1,4}(?:informed|updated|in the loop|posted|aware)\b)|"
    r"work(?:s|ing)?(?=\s+(?:closely\s+)?(?:with|alongside|together)\b)|"
    # ("..., pairing with a designer", "..., teaming up with the Site Electrician")
    r"(?:pair|partner)(?:s|ing)?(?=\s+(?:closely\s+)?with\b)|team(?:s|ing)?(?=\s+up\s+with\b)|"
    r"collaborat\w*|report(?:s|ing)?(?=\s+(?:to|on|back)\b)|"
    r"consult(?:s|ing)?|communicat(?:es?|ing)|"
    # ("informs the Board of any refusal": what it is told of makes a duty of its own)
    r"inform(?:s|ing)?(?!\s+(?:[\w'’-]+\s+){1,6}?of\s+(?!it\b|this\b|that\b|them\b|"
    r"the\s+(?:outcome|result|decision|change)s?\b)\w))\b.*$",
    re.IGNORECASE,
)
def _without_trailing_clause(obj: str) -> str:
    """The object without a trailing consult or inform clause (", consults the teams"),
    keeping a further duty after it (", consults the teams and schedules the change")."""
    m = TRAILING_CLAUSE.search(obj)
    if m is None:
        return obj
    tail = obj[m.start():]
    more = re.search(r"\s+and\s+([a-z]+s)\s+\w", tail[4:])
    if more and is_third_person_verb(more.group(1)) and \
            not TRAILING_CLAUSE.match(" and " + tail[4 + more.start(1):]):
        return obj[:m.start()] + tail[4 + more.start():]
    return obj[:m.start()]


INFORM_CUES = re.compile(
    r"\b(keeps? \w+ informed|keep(?:s|ing)? informed|reports? to|communicat\w* progress|"
    r"inform\w*|updates?|notif\w*|ping\w*|escalat\w*(?: [\w'’/-]+){0,4} to|"
    # "tags the Reliability team" (in a channel): the one tagged is told
    r"tag(?:s|ged|ging)?(?= (?:the |our |in )?[A-Z])|"
    # "sends starters, leavers and changes to the Provider": whatever is sent
    r"send\w*(?: [\w,'’/-]+){0,8}? to|"
    # "files the annual return with the Charity Commission": the body it is lodged with
    r"(?:fil|regist|lodg)(?:e|es|ed|ing|ers|ering)?(?: [\w,'’/-]+){0,6}? with|"
    r"hand\w* (?:off|over)(?: [\w&/-]+){0,8} to|deliver\w*(?: \w+){0,4} (?:to|for)|"
    r"present\w*(?: \w+){0,3} to|alert\w*|brief\w*|assign\w*|tells?|telling|"
    r"hands?(?: \w+){0,5} to|flag\w*(?: \w+){0,4} to|cop(?:y|ies|ied)(?: \w+){0,3} to|"
    # "the report, which goes to the PM": where the thing made goes
    r"which (?:\w+ ){0,2}go(?:es)? to|"
    r"shar\w*(?: [\w/-]+){0,4} with|"
    # "makes the record available to the Controller": whom it is given to
    r"mak\w*(?: [\w'’/-]+){0,8}? available to|"
    r"cc(?:s|'s)?|"
    r"(?:report|communicat|submit|forward|pass|provid|return|recommend|refer|circulat|"
    # "confirms the stop to the Rescue Lead", "hands the log, the sheets and the video to
    # the Dive Manager", "publishes every answer to all bidders": whom it goes to
    r"confirm|explain|publish|hand(?=(?:s|ed|ing)?\b)|"
    # (but "gives priority / way / rise to": no one is given anything)
    # ("deals with issues relating to ...": the noun, nothing issued)
    r"e-?mail|issu(?=(?:e|es|ed|ing)\b(?!\s+(?:relating|regarding|about|with|of|around|"
    r"raised|arising)\b))|(?:giv|gave)(?!\w*\s+(?:top\s+|high\s+)?(?:priority|way|rise|"
    r"precedence)\b))\w*(?: [\w/,'’-]+){0,9} to|"
    # "confirms to the Ceremony Administrator that ...": whom it is confirmed to
    r"(?:confirm|explain|declare|state)\w* to)\b",
    re.IGNORECASE,
)
OVERLAP_WORDS = re.compile(r"\b(overlap\w*|shared|both|together|joint)\b", re.IGNORECASE)
SKIP_HEADINGS = Folded(re.compile(
    r"\b(criteria|position in|relationships?|tools?|tooling|titles?|you might|skills?|"
    r"you'll bring|you will bring|you bring|requirements|about you|who you are|we offer|"
    r"benefits|perks|you have|you'll need|nice to have|how to apply|about us|"
    # ("What's in it for you", "What you'll get", "Rewards"): what the post offers
    # (but "Rewards Manager" heads a role's duties)
    r"in it for you|what you['’]?(?:ll| will)? get|rewards?(?=\s*$|\s+(?:and|&)\s+benefits)|"
    r"qualities|background|career|salary|pros|cons|examples?|hire|hiring|"
    r"conclusion|faq|people also ask|transition|industr(y|ies)|path|vs\.?|versus|hir\w*|"
    r"differ\w*|difference|compare|comparison|why|what is|person spec\w*|specification|"
    # ("Purpose and strategic importance", "Why it matters"): the value of a party
    r"importance|"
    r"essential|desirable|competenc\w*|qualifications?|"
    r"(?:we['’]re|we are|we['’]ll be|you['’]re) looking for|you['’]ll have|you will need|"
    r"who you['’]?(?:ll| will)? work with)\b",
    re.IGNORECASE,
))
# A heading of a list that holds no duties: the kit a post works with ("Main machinery",
# "Equipment", "Kit list": "Toro Greensmaster 3150 (x3)"), the levels of service it is held
# to ("Service levels": "95% of the fleet available by 07:00") and links to other pages
# ("Related", "See also": "Organise a larger community event")
NO_DUTY_HEADING = re.compile(
    r"^\s*(?:(?:main|key|our|the|your|site)\s+)?(?:machinery|equipment|plant|"
    r"kit(?:\s+list)?|machines|service\s+(?:levels?|standards)|targets|kpis?|related|"
    r"related\s+(?:pages|documents|links|guidance)|see\s+also|further\s+reading|"
    r"useful\s+links|"
    # ("Definitions", "Terms we use", "Glossary": what words mean, no one's work)
    r"definitions?|glossary|abbreviations|(?:key\s+)?terms(?:\s+(?:we\s+use|used))?|"
    r"definitions?\s+and\s+abbreviations)\s*:?\s*$", re.IGNORECASE)
# Headings of a section that says what a party is or why it matters, not who does what
# ("What is a platform team?", "Definition", "Purpose and strategic importance")
EXPLAINING_HEADING = re.compile(
    r"\b(?:(?P<what>what (?:is|are))|definitions?|importance|glossary|terms)\b",
    re.IGNORECASE)
# Headings of a section that sums up a role or a procedure before the sections that give
# its work ("About the role", "Purpose of the post", "1. Introduction", "Overview")
INTRO_HEADING = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:about (?:the|this) (?:role|job|post|position)|"
    r"(?:the )?(?:role|job|post) (?:overview|summary|purpose)|"
    r"(?:main |overall )?(?:job |role )?purpose(?: of (?:the|this) (?:role|job|post|"
    r"position|procedure|document|policy|plan))?|introduction|overview|"
    # ("Who's who": each person's remit in a line, the work given in full after it)
    r"who['’]?s who(?: \w+){0,4})\W*$",
    re.IGNORECASE)
# A sentence about any party of a kind, not this one: "A platform team builds ..."
_GENERIC_SUBJECT = re.compile(r"^\s*(?:an?|any)\s", re.IGNORECASE)
# Words of a sentence that hands a party its work ("is responsible for", "owns", "must"),
# which a description of what such a party is or does in general lacks ("A platform team
# builds and runs shared foundations")
_ASSIGNING = re.compile(
    r"\b(?:responsib\w*|accountab\w*|in charge|tasked|duty|duties|must|shall|has to|"
    r"have to|is to|are to|owns?|owner|leads?|oversees?|decides?|final say|approves?|"
    r"signs? off)\b", re.IGNORECASE)


def _things(name: str) -> set[str]:
    """The words of an activity's name that name things ("centre", "shift"), singular and
    in lower case: words of three letters or more that can be nouns, or verbs the word
    tables hold for nothing else ("log", "van")."""
    return {singular(w) for w in re.findall(r"[a-z]{3,}", name.lower())
            if word_classes(w) & {"NOUN", "VERB"} and w not in _NOT_THINGS}


# Words of when a duty is done ("every morning", "each week"), no thing it is about
_WHEN_THINGS = frozenset({"morning", "evening", "night", "week", "fortnight", "month",
                          "quarter", "year", "shift", "term", "season", "hour", "minute",
                          "weekend", "dusk", "dawn", *WEEKDAYS})


# Words that can be nouns but name no thing a duty is about
_NOT_THINGS = frozenset({"make", "sure", "every", "each", "time", "part", "need", "work",
                         "day", "role", "their", "your", "that", "this", "with", "from",
                         "out", "off", "way", "end", "one", "use", "set", "lot", "due", "all",
                         "any", "own", "per", "new", "top", "can"})


def _restated_dropped(claims: list[Claim], summed_up: set[int]) -> list[Claim]:
    """The claims without those of a summing-up section (``summed_up``, by id) whose row
    names only things rows outside that section name too ("Look after the ovens and the
    proving cabinet" beside "Light the ovens" and "Check the proving cabinet"; not "Check
    the gate log every morning" beside "Open the gate": the log is named nowhere else).
    The row's first word (its verb) and words of when do not count."""
    named: set[str] = set()
    for c in claims:
        if id(c) not in summed_up:
            named |= _things(c.activity)

    def restated(name: str) -> bool:
        own = _things(" ".join(name.split()[1:])) - _WHEN_THINGS
        return bool(own) and own <= named

    return [c for c in claims if id(c) not in summed_up or not restated(c.activity)]


def _assigns(text: str) -> bool:
    """Whether a sentence hands its party work in so many words (_ASSIGNING), a word of a
    role's title not counted ("The Volunteer Lead ...", "The Product Owner ...")."""
    return any(m.group(0)[:1].islower() for m in _ASSIGNING.finditer(text))


def _explained(claims: list[Claim], explains: str) -> list[Claim]:
    """The claims of a section that explains what a party is (``explains`` "all") or asks
    what one is ("generic") that a careful reader takes as duties: those whose sentence
    hands its party work in so many words (_ASSIGNING), and under a question also those
    whose sentence is about this party rather than any of its kind (_GENERIC_SUBJECT);
    elsewhere also those whose sentence says when the work falls due ("orders stock every
    Tuesday": a duty, wherever the page puts it)."""
    return [c for c in claims if _assigns(c.text) or (
        _GENERIC_SUBJECT.match(c.text) is None if explains == "generic"
        else _SCHEDULED.search(c.text) is not None)]


DUTY_HEADINGS = re.compile(
    r"\b(responsib\w*|duties|tasks?|does|do|job|involved|accountab\w*|role of|"
    # ("Key accountabilities", but not "Key relationships", "Key skills")
    r"key(?!\s+(?:relationships?|contacts?|skills?|competenc\w*|requirements|facts|dates|"
    r"information|terms|stakeholders|people|links))|"
    r"in charge|owns?|activities|overlapping)\b",
    re.IGNORECASE,
)
TRAIT_WORDS = Folded(re.compile(
    r"\b(skills?|focused|former|background|experience (?:in|with)|years of experience|savvy|"
    # ("reports to" as a place in the chart, not "sends monthly reports to")
    r"aptitude|understanding|ability|knowledge|expertise|(?:(?<![a-z] )|(?<=\bwho ))reports? to|"
    r"reporting to|reporting line|years of \w+ experience)\b",
    re.IGNORECASE,
))
# Hedges that make an item a description rather than a duty, near its start ("Usually
# has ...", "You may have ..."), not in a clause at its end ("the side effects they may
# have").
TRAIT_LEAD = Folded(re.compile(r"\b(usually|typically|may have|may be)\b", re.IGNORECASE))
# the clause after a verb that holds its own hedge ("decides whether ... may be raised"),
# not a person or place it describes ("someone who may be called out", "work where there
# may be lifting")
_CLAUSE_BEFORE = re.compile(r"\b(?:whether|if|that|when|how)\b", re.IGNORECASE)


# "the person who will use the badge", "an occupational therapist from our service", "part
# of the council's Customer Services": a description under a term of who is involved that
# says who the party is (a noun phrase headed by a person or a body), no duty of it
_WHO_THEY_ARE = re.compile(
    r"^\s*(?:(?:the|an?|our|your|their)\s+(?P<head>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"(?=\s*(?:$|[.,;:–—(]|\s(?:who|that|which|whose|from|for|of|at|in|on|with|based|"
    r"working|employed)\b))|(?:part|one|a\s+member)\s+of\s)", re.IGNORECASE)
# Heads of such a phrase the person words lack: a firm, a body
_BODY_HEADS = frozenset({"company", "organisation", "organization", "business", "firm",
                         "charity", "body", "agency", "resident", "authority", "council",
                         "department", "service", "contractor"})


def _says_who(text: str) -> bool:
    """Whether an item says who its role is ("the person who will use the badge", "part of
    the council's Customer Services") rather than what it does."""
    m = _WHO_THEY_ARE.match(text)
    if m is None:
        return False
    if m.group("head") is None:
        return True
    last = m.group("head").split()[-1].lower()
    return actor_word(last) or singular(last) in _BODY_HEADS


def _is_trait(text: str) -> bool:
    """An item or phrase that describes a person (skills, background) rather than a duty;
    a verb acting on an object ("explains the commercial background") is a duty."""
    words = text.split()
    if not words:
        return False  # an item of only punctuation, "- :", says nothing of anyone
    if len(words) >= 2 and words[0].lower() == "be" and \
            "ADJ" in word_classes(words[1].lower().strip(",.")):
        return True  # "Be reliable and on time": what the person is, not a duty
    if len(words) > 2 and words[1].lower() in ("the", "a", "an", "our", "their", "its") and \
            (verb_lemma(words[0].lower()) or "") not in ("", "be", "have", "bring", "possess",
                                                          "need", "gain", "demonstrate") and \
            "VERB" in word_classes(verb_lemma(words[0].lower()) or "") and \
            not TRAIT_WORDS.search(" ".join(words[:2])):
        return False
    if verb_lemma(words[0].lower()) == "report" and TIMED_REPORT.match(" ".join(words[1:])):
        return False  # "report to the Board after each meeting": a report made, work
    opening = " ".join(words[:6])
    hedge = TRAIT_LEAD.search(opening)
    if hedge and verb_lemma(words[0].lower()) is not None and \
            _CLAUSE_BEFORE.search(opening[:hedge.start()]):
        hedge = None  # "decides whether the budget may be raised": the clause's hedge
    return bool(TRAIT_WORDS.search(text) or hedge or JOB_TERMS.search(text))


# What a job advert says of the post, not of its work: pay, hours, contract, reference
JOB_TERMS = re.compile(
    r"^\s*(?:[£$€]\s?\d|(?:up to|from)\s+[£$€]\s?\d|(?:full|part)[- ]time\b|"
    r"ref(?:erence)?(?:\s+no\.?)?\s*[:#]|(?:permanent|temporary|fixed[- ]term|hybrid|remote)"
    r"(?:\s*[,(/]|\s+(?:role|contract|post|position|working)\b|\s*$)|salary\b|"
    r"closing date\b)", re.IGNORECASE)
ROW_LABELS = re.compile(
    r"\b(responsib\w*|deliverables?|duties|tasks|primary role|primary goal|activities|"
    r"owns|collaboration|focus area)\b",
    re.IGNORECASE,
)
SENTENCE = re.compile(
    r"(?P<verb>is (?:primarily |also |ultimately |usually )?(?:responsible for|in charge of|"
    r"accountable for)|are (?:primarily |also |usually )?(?:responsible for|in charge of|"
    r"accountable for)|owns?|drives?|defines?|leads?|oversees?|manages?|approves?|"
    r"signs? off on|has the final say (?:on|over)|has (?:the )?final (?:authority|say|decision|"
    r"word) (?:on|over|for))\s+(?P<object>(?:[^.;]|(?<=\d)\.(?=\d))+)",
    re.IGNORECASE,
)
LEADING_VERBS = (
    "managing", "manage", "manages", "defining", "define", "defines", "conducting", "conduct",
    "developing", "develop", "creating", "create", "overseeing", "oversee", "oversees",
    "maintaining", "maintain", "handling", "handle", "driving", "drive", "drives", "leading",
    "lead", "leads", "ensuring", "ensure", "providing", "provide", "reviewing", "review",
    "writing", "write", "making", "make", "running", "run", "tracking", "track", "monitoring",
    "monitor", "owning", "own", "owns", "translating", "translate", "identifying", "identify",
    "assessing", "assess", "evaluating", "evaluate", "analysing", "analyzing", "analyse",
    "analyze", "coordinating", "coordinate", "facilitating", "facilitate", "planning", "plan",
    "prioritizing", "prioritising", "prioritize", "prioritise", "supporting", "support",
    "helping", "helps", "help", "refining", "refine", "delivering", "deliver", "setting", "set",
    "establishing", "establish", "guiding", "guide", "performing", "perform", "preparing",
    "prepare", "documenting", "document", "responsible for", "in charge of", "is responsible for",
    "are responsible for", "overseeing the", "championing", "champion", "approving", "approve",
    "uncover", "uncovering", "serve as", "serving as", "act as", "acting as", "utilize",
    "utilise", "collaborate", "collaborating", "conducts", "creates", "maintains", "handles",
    "align", "aligning", "balance", "balancing", "communicate", "communicating", "address",
    "addressing", "solve", "solving", "bridge", "bridging", "gather", "gathering", "foster",
    "fostering", "advocate", "advocating", "collect", "collecting", "build", "building",
    "launch", "launching", "design", "designing", "focus", "focusing", "focuses", "carry",
    "carrying", "remove", "removing", "conducting", "work", "working", "keep", "keeping",
    "ship", "shipping", "decide", "deciding", "approve", "sign off", "signing off",
    "automate", "automating", "schedule", "scheduling", "publish", "publishing", "negotiate",
    "negotiating", "hire", "recruit", "recruiting", "onboard", "onboarding", "mentor",
    "mentoring", "train", "measure", "measuring", "report", "reporting", "forecast",
    "forecasting", "audit", "auditing", "migrate", "migrating", "deploy", "deploying",
    "operate", "operating", "update", "updating", "present", "presenting", "organise",
    "organize", "organising", "organizing", "chair", "chairing", "represent", "representing",
    "escalate", "escalating", "resolve", "resolving", "investigate", "investigating",
    "respond", "responding", "host", "hosting", "prepare", "integrate", "integrating",
    "optimize", "optimise", "optimizing", "optimising", "shape", "shaping", "direct",
    "determine", "determining", "complete", "completing",
    "directing", "serve", "serving", "act", "acting", "give", "gives", "giving",
)
NOMINAL = {
    "prioritiz": ("{x} prioritisation", ""), "prioritis": ("{x} prioritisation", ""),
    "collaborat": ("Collaboration with {x}", "with"), "work": ("Collaboration with {x}", "with"),
    "communicat": ("{x} communication", ""), "balanc": ("{x} balance", ""),
    "align": ("{x} alignment", ""), "plan": ("{x} planning", ""), "test": ("{x} testing", ""),
}
STOP_AT = re.compile(
    r"(?:(?<!\d)[.:]|[.:](?!\d)|[;!?]| to ensure| so that| in order to|, ensuring|, while|"
    r" while | — | – | - |"
    # "... by the Duty Manager": a passive's doer; but "by Friday", "by 6 May", "by the end
    # of the week" say by when, and stay
    r" by (?!(?:(?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|"
    r"midday|midnight|tomorrow|tonight)\b|(?:the\s+)?end\s+of\b|\d|"
    # ("confirm the slot by email", "by phone and e-mail": how it is sent, no doer)
    r"(?:e-?mail|phone|tele(?:phone)?|text|letter|post|radio|courier|hand|bank\s+transfer)"
    r"\b))|"
    # "tell the Car Park Lead so the barrier can be closed": the purpose, with its subject
    r",? so (?:the|a|an|it|they|we|you|he|she|his|her|their|its|everyone|nobody|this|"
    r"these|those) |"
    r",\s*(?:working|collaborating|liaising|partnering|escalating|referring|passing|"
    r"forwarding|handing)\b|,\s*(?:copied|cc'?d|sent|passed|forwarded|circulated|emailed) to\b|"
    r" when | if needed| if necessary| as needed| where (?:appropriate|needed|necessary|"
    r"required)| as (?:appropriate|required|requested|necessary)(?:\s+or\s+\w+)?|"
    r" whenever | once | during | throughout |"
    # "order new books because the budget allows it", "..., as the law requires": why, no
    # part of the duty
    r" because |,\s*(?:as|since) (?:the|a|an|it|they|we|this|these|those|there)\s|"
    # "sort donations as they arrive": when, with a subject of its own
    r" as (?:they|it|he|she|we|you) |"
    # "write them up before you hand over": a condition of its own subject
    r" (?:before|after|until) (?:you|they|we|he|she|I) |"
    r" for their | for the organization|"
    # ("a list of which keys are out": which keys, what the list holds, no relative
    # clause)
    r"(?<! of)(?<! about) which |,? in consultation with |"
    # "lock the doors, except on Sundays": the exception is no part of the duty
    r",? except (?:in|on|at|when|where|if|for|during|after|before)\b|"
    r" where (?:a|an|the|it|they|there|this|that|any|no)\s)",
    re.IGNORECASE,
)
TRAILING_SCOPE = Guarded(re.compile(
    r"\s+(?:on|in|for|within|across|throughout)\s+(?:the|this|a|their|our|your|each)\s+"
    r"(?:project|team|organi[sz]ation|company|business|programme|program|product team)s?\s*$",
    re.IGNORECASE), None, ends=tuple(w + s for w in (
        "project", "team", "organisation", "organization", "company", "business", "programme",
        "program") for s in ("", "s")))
# Pieces every match of STOP_AT holds, in lower case (a new alternative needs its piece)
STOP_AT_PIECES = (".", ":", ";", "!", "?", ",", " to ensure", " so ", " in order to", " while ",
                  " - ", " by ", " when", " if needed", " if necessary", " as ", " where ",
                  " once ", " during ", " throughout ", " before ", " after ", " until ",
                  " because ",
                  " for their ", " for the organization", " which ", " in consultation with ",
                  " except ")
# Words that end a "that" clause's object with when it applies
CLAUSE_TIME = {"before", "after", "when", "within", "until", "once", "whenever", "every",
               "each", "so", "because", "by"}
COMMA_COORDINATION = re.compile(r"^[^,]*\b\w+,\s*(?:[\w-]+\s*){1,3},?\s*(?:and|or)\s+\w")


def _comma_coordination(text: str) -> bool:
    """"project, program, and portfolio management": commas inside one noun phrase, not a
    run of clauses ("books the rooms, orders the food, and ...")."""
    if not COMMA_COORDINATION.search(text):
        return False
    for segment in text.split(",")[1:]:
        first = re.sub(r"^\s*(?:and|or)\s+", "", segment).split()
        if len(first) > 1 and (is_third_person_verb(first[0]) or
                               first[0].lower().endswith("ing")) and \
                first[1].lower() in ("the", "a", "an", "all", "their", "its", "any"):
            return False  # "orders the food": a clause
    return True
# Verbs of putting a thing somewhere: where it goes is part of the duty
# (not "move the ring to Ring 3": where a thing is moved is a step's detail)
PLACING_VERBS = {"add", "attach", "append", "upload", "enter", "save", "pin", "file", "post",
                 "copy"}
DESTINATIONS = {"production", "staging", "market", "customers", "users", "clients", "release",
                "completion", "closure", "resolution", "live"}
# Verbs of moving a thing in a step of a plan: where it is moved to is the step's detail
MOVING_VERBS = {"move", "relocate", "shift", "transfer"}
SAME_WORD_JOIN = re.compile(r"\b(\w+) (to|by) \1\b", re.IGNORECASE)
CONTAINER_LEAD = re.compile(
    r"^(?:activities|aspects|tasks|duties|areas|functions)\s+(?:involved in|of|related to|"
    r"in|within)\s+(?:the\s+|a\s+|an\s+|all\s+)?", re.IGNORECASE)
QUALIFIED_CONTAINER = re.compile(r"^(\w+)\s+(?:aspects|areas|parts|sides)\s+of\s+(?:the\s+)?",
                                 re.IGNORECASE)
ARTICLES = ("the ", "a ", "an ", "all ", "their ", "its ", "his ", "her ", "our ", "your ",
            "any ", "and ", "of ", "every ")
MAX_WORDS = 7
# Words a name listing three things or more keeps whole ("Set up the first aid room, the
# signage and the rescue boards"): a list is never cut before its last thing
LIST_NAME = 14
LONG_NAME = 9
# What a "for" phrase begins with when it names whom or what whole the work serves
FOR_WHOM = re.compile(r"(?:the|their|its|our|this|his|her|your|each|every|all|any)\s",
                      re.IGNORECASE)
# phrases before a duty that name no part of it ("responsible for ", "take part in "), in
# the order they are cut
LEAD_PHRASES = ("responsible for ", "in charge of ", "is responsible for ",
                "are responsible for ", "owner of ", "accountable for ",
                "consult about ", "consult on ", "consults about ", "consults on ",
                "participate in ", "participates in ", "participating in ",
                "take part in ", "takes part in ", "taking part in ", "attend ",
                "attends ", "attending ", "is the ", "are the ")


ACCOUNTABLE_ONLY = re.compile(
    r"\b(is|are) (?:\w+ )?accountable for\b|\bfinal (?:say|authority|decision|word)\b|"
    r"\bsigns? off\b|\bapproves?\b",
    re.IGNORECASE,
)
# Two things, each with its article: "the protocol and the final report" (but "the terms
# and conditions" is one thing)
_ARTICLE = r"(?:the|a|an|all|each|every|any|its|their|our|his|her)"
THINGS_JOINED = re.compile(rf"(?<=\w)\s+and\s+(?={_ARTICLE}\s)", re.IGNORECASE)
SECOND_CLAUSE = re.compile(
    r"\s+and\s+(?P<verb>reviews?|advises? on|approves?|signs? off on)\s+(?P<object>.+)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Claim:
    """One role's link to one activity, with the text that supports it."""

    role: str
    activity: str
    # R (does it), A (accountable only), C, I, V (reviews or advises on it: consulted when
    # another role does it, else the one named doing anything), or ? (found where no role
    # is named)
    kind: str
    owner_cue: bool
    document: str
    location: str
    text: str
    section: str
    # the phase the document names for it (a letter matrix's "Stage" column), else ""
    phase: str = ""


# Verbs that say only that the work is done ("manage", "own", "ensure"): a name drops them
# ("Manage the budget" -> "Budget"). Other verbs carry the duty ("Present research
# results", "Deploy models") and stay, in the imperative.
GENERIC_VERBS = {"manage", "define", "conduct", "develop", "create", "oversee", "maintain",
                 "handle", "drive", "lead", "ensure", "provide", "own", "perform", "carry",
                 "focus", "work", "make", "run", "set", "establish", "do", "serve", "act",
                 "utilize", "utilise", "support", "help", "prepare", "document", "track",
                 "plan", "prioritize", "prioritise", "coordinate", "facilitate", "champion",
                 "deliver", "guide", "keep", "address", "foster", "balance", "align", "bridge",
                 "solve", "uncover", "refine", "shape", "write", "build", "design", "launch",
                 "approve", "decide", "organise", "organize", "host", "chair", "represent",
                 "collaborate", "translate", "review", "evaluate", "assess", "identify",
                 "monitor", "update", "report", "measure", "forecast", "schedule", "ship",
                 "automate", "optimize", "optimise", "operate", "resolve", "respond",
                 "advocate", "remove", "gather", "analyse", "analyze", "train", "audit",
                 "direct", "determine", "complete", "give"}
_VERB_FORMS = {v for base in LEADING_VERBS for v in (base, base + "s", base + "es")}
# A time before the subject, with no comma after it: "By 13:30 the WDO decides ...",
# "Each morning the porter opens ...", "On Fridays the clerk ..."
TIME_OPENING = (r"(?:(?:by|at|before|after|from|until|on)\s+(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|"
                r"\d{1,2}\s?[ap]\.?m\.?|noon|midday|midnight|(?:mon|tues|wednes|thurs|fri|satur|"
                r"sun)days?)|(?:each|every)\s+(?:morning|afternoon|evening|night|day|week|month|"
                r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
                # ("At the end of the patrol the members pack away ...": a point in a
                # period, no comma after it)
                r"(?:at|by|before|after|until|from)\s+the\s+(?:start|end|beginning|close)\s+"
                r"of\s+(?:the|each|every|a|an|their|its)\s+[a-z]+)")
SUBJECT_PREFIX = re.compile(
    rf"^\s*(?:{OPENING_PHRASE},\s*|{TIME_OPENING}\s+)?"
    # ("The two Research Fellows install ...", "All staff report ...": a number of them;
    # "Three maintainers form the team" says who the team is)
    r"(?:(?:the|our|your|its|their)\s+(?:two|three|four|five|six|\d{1,2})\s+|"
    r"(?:the|a|an|any|every|each|our|your|also|typically|usually|often|however,|both|all|"
    r"prof\.?|professor|dr\.?|mr\.?|mrs\.?|ms\.?|cllr\.?|sir|dame|"
    r"in addition,|furthermore,|additionally,|ultimately,)\s+)*"
    r"@?$",  # ("@anika orders the backlog": a handle's "@" before its holder's name)
    re.IGNORECASE,
)
CONTRAST = re.compile(r"\b(?:unlike|compared (?:to|with)|rather than|as opposed to|"
                      r"instead of)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def subject_roles(text: str, catalog: RoleCatalog, document: str) -> list[str]:
    """Roles a heading or lead-in is about, leaving out contrasts ("Unlike PMs, TPMs ...")."""
    keys: list[str] = []
    for key, start, _end in catalog.find(text, document):
        if CONTRAST.search(text[:start]):
            continue
        if key not in keys:
            keys.append(key)
    return keys


MODALS = {"will", "can", "may", "often", "usually", "typically", "also", "then", "must", "shall",
          "should", "that", "regularly", "proactively", "further", "continuously", "actively",
          "jointly", "directly", "personally"}


def _nominal(verb: str) -> tuple[str, str] | None:
    lemma = verb_lemma(verb.lower()) or verb.lower()
    for stem, form in NOMINAL.items():
        if lemma in (stem, stem + "e"):  # "planning", never "planting"
            return form
    return None


def _strip_verb(text: str, gerunds_only: bool = False) -> str:
    """Drop a leading verb ("Managing", "Define"); labels only lose -ing forms."""
    words = text.split()
    if not words:
        return text
    while len(words) > 1 and (words[0].lower() in MODALS or (
            words[0].lower().endswith("ly") and
            word_classes(words[0].lower()) & {"ADV", "ADJ", "NOUN", "VERB"} == {"ADV"})):
        words = words[1:]  # "Possibly run the workshops", "Will often drive ..."
    text = " ".join(words)
    first_word = words[0].lower()
    gerund_or_work = first_word.endswith("ing") or first_word.startswith(("work", "collaborat"))
    if first_word.startswith("work") and len(words) > 1 and \
            words[1].lower() not in ("with", "closely"):
        gerund_or_work = False  # "Work as a mentor for ...": not a collaboration
    form = _nominal(words[0]) if len(words) > 1 and gerund_or_work else None
    if form is not None:
        rest = words[1:]
        if rest and rest[0].lower() == "closely":
            rest = rest[1:]
        if form[1] and rest and rest[0].lower() == form[1]:
            rest = rest[1:]
        rest_text = re.split(r"\s+and\s+\w+ing\b|\s+(?:with|to|based on|across)\s+",
                             " ".join(rest))[0] if not form[1] else " ".join(rest)
        for article in ARTICLES:
            if rest_text.lower().startswith(article):
                rest_text = rest_text[len(article):]
        rest_text = " ".join(rest_text.split()[:MAX_WORDS - 1])
        if " " not in rest_text and rest_text.endswith("s") and not rest_text.endswith("ss") \
                and not form[1]:
            rest_text = rest_text[:-1]
        return form[0].format(x=rest_text)
    if not words:
        return text
    first = words[0].lower().strip(",")
    if gerunds_only and not first.endswith("ing"):
        return text
    if words[0].endswith(",") and len(words) > 2:
        return text  # "Reviewing, challenging and approving proposals": a run of verbs
    if len(words) > 1 and first.endswith("s") and not first.endswith("ss") and \
            words[1].lower() in ("and", "or") and not (
                len(words) > 2 and verb_lemma(words[2].lower()) == words[2].lower().rstrip("s")
                and words[2].lower().endswith("s")):
        return text  # "Audits and process improvements": a plural noun, not a verb
    lemma = verb_lemma(first) or first
    if first.endswith("ed") and len(words) > 1 and words[1][:1].islower() and \
            words[1].lower() not in ARTICLES_AND_DETERMINERS and lemma != first and \
            "ADJ" in word_classes(first) | word_classes(words[0]):
        return text  # "Integrated performance report": a participle before its noun
    if len(words) == 2 and first.endswith("ing") and "NOUN" in word_classes(first) and \
            words[1][:1].islower() and words[1].lower() not in OBJECT_STARTS and \
            (verb_lemma(first) or "") not in PURE_OWNERSHIP_VERBS:
        return text  # "building maintenance", "training materials": a noun before a noun
    if len(words) == 2 and not first.endswith("ing") and (
            first in LEADING_VERBS and "NOUN" in word_classes(first) or
            action_noun(lemma) is not None and lemma not in PURE_OWNERSHIP_VERBS):
        # "Build pipeline", "Test plan": a noun phrase; "Analyze logs": already a clean duty
        return text
    if ((first in _VERB_FORMS or first.rstrip("s") in _VERB_FORMS) and
            (verb_lemma(first) or first) in GENERIC_VERBS or
            (verb_lemma(first) or "") in OWNERSHIP_VERBS or
            action_noun(verb_lemma(first) or "") is not None) and \
            not _names_people(" ".join(words[1:])) and \
            not (len(words) > 1 and words[1].lower() in ("what", "how", "which", "who",
                                                          "whether", "where", "when", "why")):
        rest = words[1:]
        if lemma in LEADING_TO_VERBS and _led_somewhere(rest):
            return text  # "guide the ambulance to the turbine": the guiding is the work
        if lemma in GIVING_VERBS and DOUBLE_OBJECT.match(" ".join(rest)):
            return text  # "give every new starter their induction": to whom, then what
        if (verb_lemma(first) or first) == "focus" and rest and \
                rest[0].lower() in ("the", "a", "an", "all", "each", "every", "its", "their"):
            return text  # "focuses the rig": focusing it is the work, not a focus on it
        if (verb_lemma(first) or first) == "help" and len(rest) >= 3 and \
                rest[0][:1].islower() and rest[0].lower() not in OBJECT_STARTS and \
                verb_lemma(rest[1].lower()) == rest[1].lower() and \
                not is_third_person_verb(rest[1]) and "NOUN" in word_classes(
                    singular(rest[0].lower())):
            return " ".join(["help", *rest])  # "help visitors find their way": the help
        if (verb_lemma(first) or first) == "help" and _people_helped(rest):
            return " ".join(["help", *rest])  # "help any visitor in difficulty": the help
        if (verb_lemma(first) or first) == "help" and len(rest) >= 2 and \
                rest[0][:1].islower() and rest[0].lower() not in ARTICLES_AND_DETERMINERS and \
                rest[1].lower() in ("in", "out", "into", "onto", "off", "up", "down", "on",
                                    "across", "through", "around", "with"):
            return " ".join(["help", *rest])  # "help patients in and out of the car"
        if (verb_lemma(first) or first) == "serve" and len(rest) >= 2 and \
                rest[0].lower() in ("the", "a", "an") and not _names_people(" ".join(rest)):
            return text  # "serve the drinks", "serve a notice": serving it is the work
        if (verb_lemma(first) or first) == "carry" and rest and \
                rest[0].lower() not in ("out", "through", "forward", "over"):
            return text  # "carry their bags": carrying is the work (not "carry out")
        if (verb_lemma(first) or first) in ("keep", "ensure", "make") and _small_clause(
                rest, (verb_lemma(first) or first) == "ensure"):
            # "keeping things on schedule", "ensure everyone meets ...": a state, the verb stays
            if rest[0].lower() == "that" and _small_clause(rest[1:]):
                rest = rest[1:]  # "ensure that the sheets are signed": no "that" needed
            return " ".join([verb_lemma(first) or first, *rest])
        if rest and rest[0].lower() in ("on", "for", "with", "to", "as") and \
                first.startswith(("focus", "responsib", "collaborat", "serv", "act")):
            rest = rest[1:]
        elif rest and rest[0].lower() in ("to", "with", "on", "for", "about", "into", "from",
                                          "in", "at", "up", "out", "off", "them", "it",
                                          "this", "these", "those", "him", "her", "after",
                                          "before", "during", "until", "throughout", "by"
                                          ) or len(rest) > 1 and rest[0].lower() in (
                                              "back", "away", "over", "down", "aside") and \
                rest[1].lower() in OBJECT_STARTS:
            # "Respond to queries", "Follow up with ...", "Serve after the service": the verb
            # carries it (so does its particle before the object: "gives back the tins")
            return text
        if len(rest) == 2 and rest[0].lower() == "and" and verb_lemma(rest[1].lower().strip(",")):
            # "reviews and edits": two verbs and no object, the verbs are the duty
            both = [verb_lemma(first) or first, verb_lemma(rest[1].lower().strip(",")) or rest[1]]
            return f"{both[0]} and {both[1]}"
        second = None
        conjunction = rest[0].lower() if rest else ""
        if len(rest) >= 2 and conjunction in ("and", "or") and (
                rest[1].lower() in _VERB_FORMS or rest[1].lower().rstrip("s") in _VERB_FORMS
                or _same_verb_form(first, rest[1].lower())):
            second = verb_lemma(rest[1].lower()) or rest[1].lower()
            rest = rest[2:]
            if conjunction == "or" and rest:
                # "approve or reject the request": one decision, both verbs stay
                return " ".join([lemma, "or", second, *rest])
        lemma = verb_lemma(first) or first
        if rest and carries_duty(lemma) and second is None:
            if first.endswith("ing") and len(rest) == 1 and singular(rest[0]) == rest[0]:
                return text  # "hiring process", "testing phase": a compound noun
            if _written_imperative(words[0], lemma):
                return text  # "Organise the store room": the document's own words
            return _keep_action(lemma, rest)
        # "Analyse and model the data"; but "manages and prioritises the backlog", "plans and
        # runs the meetings": together the verbs say the role owns it, the object is the duty
        if rest and second and HANDOVER_VERBS.match(lemma) and HANDOVER_VERBS.match(second) \
                and carries_duty(second):
            # "deliver and communicate the insights": one hand-over, the second verb says how
            return _keep_action(second, rest)
        if rest and second and (carries_duty(lemma) or carries_duty(second)) and \
                lemma not in PURE_OWNERSHIP_VERBS and second not in PURE_OWNERSHIP_VERBS:
            return " ".join([lemma, "and", second, *rest])
        if rest and second and lemma in FOUNDING_VERBS and len(rest) >= 2:
            # "builds and manages the test team": the team is made first, both verbs stay
            return " ".join([lemma, "and", second, *rest])
        bare = rest[1:] if rest and rest[0].lower() in ("the", "a", "an", "this", "these") \
            else rest
        if len(bare) == 1 and lemma in ARTEFACT_NOUNS and singular(bare[0]) == bare[0] and \
                ("NOUN" in word_classes(bare[0].lower()) or not word_classes(bare[0].lower())):
            # "writes the protocol": one bare noun says nothing of what is done with it
            return f"{bare[0]} {ARTEFACT_NOUNS[lemma]}"
        if lemma in KEPT_VERBS and bare and bare[0][:1].islower() and (
                lemma == "keep" or bare is not rest) and not re.search(
                r"\b(?:informed|updated|aware|posted|briefed|in the loop)\b", " ".join(bare)):
            # "keeps the risk log": keeping a record is the duty, in the record's words
            return " ".join([lemma, *rest])
        if len(rest) == 1 and lemma == "make" and rest[0][:1].islower():
            return f"make {rest[0]}"  # "makes lunch": what is made, with the making
        if len(bare) == 1 and bare is not rest and lemma not in PURE_OWNERSHIP_VERBS and \
                bare[0][:1].islower() and lemma not in ("help", "support", "work", "serve", "act",
                                                        "focus"):
            # "keeps the register", "develops the strategy": a lone noun says nothing of
            # what is done with it, the verb stays
            return " ".join([lemma, *rest])
        if 0 < len(bare) <= 2 and not any(c.islower() for word in bare for c in word) and \
                lemma not in ("help", "support", "work", "serve", "act", "focus"):
            # "leads the 8D", "owns the SOP": a code or an abbreviation alone names no
            # work, the verb stays (but "helps the PO": a party helped, no work)
            return " ".join([lemma, *rest])
        return _second_action(rest, first) if rest else text
    gerund_lemma = verb_lemma(first) if first.endswith("ing") else None
    if gerund_lemma and not gerunds_only and len(words) >= 3 and \
            "VERB" in word_classes(gerund_lemma) and words[1][:1].islower() and \
            words[1].lower() not in ("and", "or", "of", "to", "with", "for", "in", "on"):
        # "Presenting design decisions" -> "Present design decisions", as a list of duties
        # in the imperative reads
        return " ".join([gerund_lemma, *words[1:]])
    return text


def _written_imperative(word: str, lemma: str) -> bool:
    """Whether a name opens on a verb in the imperative as the document writes it, at the
    head of a line, a step or a task cell ("Organise the store room", "Monitor the
    fridges"): its own words name the duty, no noun of the action ("Store room
    organisation") is made of them. A verb in the third person ("monitors the fridges"),
    a gerund ("monitoring the fridges") or a verb after a subject or "to" (written in lower
    case) is named as before."""
    return word[:1].isupper() and word.lower() == lemma and not lemma.endswith("ing")


ARTICLES_AND_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "all", "any",
                            "each", "every", "its", "their", "our", "your", "his", "her"}


# Verbs that stay before their object: what is done with a record, a form or an event is
# the duty ("Keep the risk log", "Complete the incident form"; but
# "completes peer review", without an article, is the review)
KEPT_VERBS = {"keep", "complete"}


# Verbs that bring what they act on into being: beside a verb of ownership ("build and
# manage the team") they stay, since running a team is not forming one.
FOUNDING_VERBS = {"build", "establish", "form", "found", "assemble", "recruit", "set"}


WH_OBJECT = re.compile(r"^(\w+)\s+(?:when|whether|how|what|which|where|who)\s+(?:to\s+)?\w+\s+\S",
                       re.IGNORECASE)


# A group meeting for a purpose: the purpose is its duty.
MEETS_TO = re.compile(r"^(?:meets?|meeting|convenes?|convening|gathers?|comes? together)\s+"
                      r"(?:\w+ly\s+|(?:every|each|once a|twice a|once every)\s+\w+\s+)?"
                      r"(?:in order\s+)?to\s+(?=[a-z]+\s)", re.IGNORECASE)


# Verbs whose object is people by nature: "hires engineers" is a duty, not a list of
# people.
PEOPLE_VERBS = {"hire", "recruit", "coach", "mentor", "train", "onboard", "interview",
                "supervise", "appraise", "induct", "staff", "roster"}


# Verbs that, before "to / with / on / for", place the role rather than name work
# ("reports to the PM", "works for the board"); "talks to customers" is work.
RELATION_VERBS = {"report", "answer", "belong", "work", "sit", "collaborate", "liaise",
                  "partner", "contribute", "act", "serve", "coordinate", "interface",
                  "cooperate", "engage", "interact", "align", "be", "have"}


# "reports to the Board after each meeting", "report to the trustees every quarter": a
# report made when something happens, work, where "reports to the Board" places the role
TIMED_REPORT = re.compile(r"^to\s+[^,;]{2,60}?\s+(?:after|following|at\s+(?:the\s+end|least|"
                          r"each|every)|every|each|once|twice|annually|monthly|quarterly|"
                          r"weekly|yearly|within)\b", re.IGNORECASE)


def _timed_report(text: str) -> bool:
    """"report to the Board at each meeting": a report to a party named by when it is
    made, whose occasion stays in its name (without it, "Report to the Board" is where the
    role stands in the chart)."""
    text = text.strip(" ,")
    return text[:7].lower() == "report " and TIMED_REPORT.match(text[7:]) is not None


# Verbs that make an artefact: after a lone noun they stay as the noun of the making
# ("Protocol writing", "Budget preparation"), after a longer object the object names it.
ARTEFACT_NOUNS = {"write": "writing", "draft": "drafting", "prepare": "preparation",
                  "produce": "production", "publish": "publication", "document": "documentation",
                  "design": "design", "generate": "generation"}


def _same_verb_form(first: str, word: str) -> bool:
    """"prepares and executes", "preparing and executing": a second verb in the first's form."""
    lemma = verb_lemma(word)
    if lemma is None or "VERB" not in word_classes(lemma):
        return False
    if first.endswith("ing"):
        return word.endswith("ing")
    if is_third_person_verb(first) and first.endswith("s"):
        return is_third_person_verb(word)
    return word == lemma


def _second_action(rest: list[str], first: str) -> str:
    """The object of a verb that only says the work is done, with a second verb-object
    pair after "and" named the same way: "implement security measures and mitigate
    vulnerabilities" -> "Security measures and vulnerability mitigation"."""
    joins = [i for i, w in enumerate(rest) if w.lower() == "and" and 0 < i < len(rest) - 2]
    for i in joins:
        verb = rest[i + 1].lower()
        lemma = verb_lemma(verb)
        if lemma is None or "VERB" not in word_classes(lemma) or \
                not _same_verb_form(first.lower(), verb) or action_noun(lemma) is None:
            continue
        second = _keep_action(lemma, rest[i + 2:])
        if not second.lower().startswith(lemma):
            return " ".join([*rest[:i], "and", second[:1].lower() + second[1:]])
    return " ".join(rest)


ARTICLE_WORDS = {"the", "a", "an", "their", "its", "our", "your", "each", "every"}
EMPTY_HEADS = {"efforts", "activities", "work", "tasks", "matters", "things", "duties"}


def _keep_action(lemma: str, rest: list[str]) -> str:
    """A verb that says what is done stays: as the noun of the action after a short object
    ("monitors the progress" -> "Progress monitoring"), else as the imperative ("Assess the
    severity of incidents")."""
    obj = list(rest)
    while obj and obj[0].lower() in ("the", "a", "an", "all", "any", "its", "their"):
        obj = obj[1:]
    container = CONTAINER_LEAD.match(" ".join(obj))
    if container is None and len(obj) > 3 and obj[1].lower() in DUTY_CONTAINERS and \
            obj[2].lower() == "of":
        obj = [obj[0], *obj[3:]]  # "the technical aspects of incident response"
    elif container is not None:
        obj = " ".join(obj)[container.end():].split()  # "all aspects of a clinical trial"
    while obj and obj[0].lower() in ("the", "a", "an", "all", "any", "its", "their"):
        obj = obj[1:]
    while len(obj) >= 2 and (obj[-1].lower() in ("together", "jointly") or obj[-1].endswith(
            "ly") and word_classes(obj[-1].lower()) == {"ADV"}):
        # "plans the season together": how it is done, no word of the thing done
        obj, rest = obj[:-1], rest[:-1]
    if len(obj) >= 2 and obj[-1].lower() in EMPTY_HEADS:
        obj = obj[:-1]  # "coordinates team efforts" -> "Team coordination"
    # "the severity of incidents" -> "Incident severity"; but "collects feedback from the
    # cohort" keeps where it comes from
    compacted = _compact(obj) if len(obj) <= 5 and not (
        len(obj) > 2 and obj[1].lower() == "from" and obj[2].lower() in ARTICLE_WORDS) \
        else obj
    if compacted != obj and not action_noun(lemma):
        rest = compacted  # "Communicate insights from research": "... research insights"
    obj = compacted
    noun = action_noun(lemma)
    # a name ("the Test & Defect Management Tool") takes the noun of the action up to five
    # words, another object up to three
    named = 1 <= len(obj) <= 5 and "&" not in (obj[0], obj[-1]) and \
        all(w == "&" or w[:1].isupper() and w.isalnum() for w in obj)
    if noun and 1 <= len(obj) <= (5 if named else 3) and \
            obj[0].lower() not in COUNT_WORDS and not obj[0].isdigit() and \
            not (rest and rest[0].lower() in HOW_MANY) and not any(
            w.lower().strip(",") in PHRASE_BOUNDARIES or w.endswith((",", "'s", "’s"))
            or w.endswith("'") or w.lower() in BARE_PRONOUNS for w in obj):
        return f"{' '.join([*obj[:-1], singular(obj[-1])])} {noun}"  # "Alert automation"
    if lemma in SUPERVISING_VERBS and len(obj) > 3 and any(
            w.endswith(",") or w.lower() in ("and", "or") for w in obj):
        # "supervises data collection, analysis and reporting": supervising a list of work
        # is owning it, the work names the duty (a short object keeps "X supervision")
        return " ".join(obj)
    return " ".join([lemma, *rest])


SUPERVISING_VERBS = {"supervise"}
# "reports any defect found to ...", "logs every call": an object that says how many of a
# thing keeps its verb, as a counted one does ("Report any defect", not "Defect reporting")
HOW_MANY = frozenset({"any", "every", "each"})
# "schedules the eight practical sessions": a counted object keeps its verb
COUNT_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "twelve", "twenty", "several", "many", "both"}


STATE_COMPLEMENT = Folded(re.compile(
    r"\b(?:on (?:track|schedule|budget|time)|up[ -]to[ -]date|in sync|informed|aligned)\s*$",
    re.IGNORECASE))


def _small_clause(rest: list[str], ensured: bool = False) -> bool:
    """After "keep"/"ensure": a state ("things on schedule") or a clause ("everyone meets
    their deadlines") rather than an object, so the verb carries the duty."""
    if len(rest) >= 3 and rest[0].lower() == "that":
        return True  # "ensure that vendor choices deliver value"
    text = " ".join(rest).rstrip(" .,")
    last = rest[-1].lower().strip(".,") if rest else ""
    if 3 <= len(rest) <= 6 and "ADJ" in word_classes(last) and \
            rest[0].lower() in ("the", "all", "every", "each", "our", "their", "its") and \
            "NOUN" in word_classes(rest[-2].lower().strip(",")):
        return True  # "keep the floors clean": a noun, then the state it is kept in
    if len(rest) == 2 and "ADJ" in word_classes(last) and \
            singular(rest[0].lower()) != rest[0].lower():
        return True  # "keep walkways clear": a plural, then its state
    if any(w.lower() in ("is", "are", "gets", "get", "stays", "stay", "remains", "remain",
                         "informed", "aware", "updated", "posted", "briefed", "available",
                         "accessible")
           for w in rest[1:14]):
        # "the count sheets are signed", "the Chair updated", "the bay, the dock leveller
        # and the wheel chocks are ready": a state
        return True
    if len(rest) >= 3 and rest[0].lower() in ("the", "every", "each", "all", "our", "their",
                                              "its", "no") and \
            any(is_third_person_verb(w) for w in rest[2:4]):
        return True  # "every session has enough volunteers": a clause to bring about
    if len(rest) >= 3 and rest[0].lower() in ("the", "all", "our", "their", "its") and (
            singular(rest[1].lower()) != rest[1].lower() or rest[1].lower() in (
                "staff", "people", "personnel", "workforce")) and \
            verb_lemma(rest[2].lower()) == rest[2].lower() and \
            "VERB" in word_classes(rest[2].lower()):
        return True  # "ensure their staff complete the training": a plural subject's verb
    if ensured and len(rest) >= 2 and rest[0].islower() and (
            singular(rest[0]) != rest[0] and "NOUN" in word_classes(singular(rest[0])) or
            rest[0] in ("staff", "people", "children")) and \
            verb_lemma(rest[1].lower()) == rest[1].lower() and \
            "VERB" in word_classes(rest[1].lower()) and \
            not word_classes(rest[1].lower()) & {"ADV", "ADP"}:
        return True  # "ensure visitors sign in": a bare plural subject and its verb
    return bool(STATE_COMPLEMENT.search(text)) or (
        len(rest) >= 3 and rest[0].lower() in ("everyone", "everybody", "all", "each", "they",
                                               "it", "nobody", "no one", "things")
        and is_third_person_verb(rest[1]))


# Nouns of a capacity the role serves in: who it is for is part of the duty.
CAPACITIES = {"contact", "liaison", "advocate", "representative", "voice", "champion",
              "spokesperson", "escalation"}
AUXILIARIES = {"is", "are", "has", "have", "does", "do", "will", "must", "should", "can", "may",
               "shall", "need", "needs"}
# The periods "every" and "each" count in ("every shift", "each autumn"): in FREQUENCY's
# pattern and, with and without a plural "s", among the words its matches end with
_PERIODS = ("day", "morning", "evening", "night", "week", "fortnight", "month", "quarter",
            "year", "shift", "sprint", "cycle", "iteration", "term", "semester", "season",
            "session", "meeting", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "spring",
            "summer", "autumn", "fall", "winter")
FREQUENCY = Guarded(re.compile(
    r",?\s+(?:at least\s+|at most\s+|no less than\s+)?"
    # ("a week before each board meeting": how long before is part of when)
    r"(?:(?:(?:a|an|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(?:minute|hour|day|week|"
    r"month)s?\s+(?=before|after))?"
    r"(?:(?:at the (?:start|end|beginning) of|before|after|during|in)\s+)?"
    r"(?:every|each|once a|twice a|once per|per|once every)\s+(?:\w+\s+)?(?:"
    + "|".join(_PERIODS) + r")s?|daily|weekly|"
    r"monthly|quarterly|annually|yearly|regularly|periodically|on a (?:daily|weekly|monthly|"
    r"regular) basis)\s*$", re.IGNORECASE),
    # every alternative above holds one of these (a new one needs its word here)
    r"every|each|once|twice|per|daily|weekly|monthly|quarterly|annually|yearly|regularly|"
    r"periodically|basis",
    # and every alternative ends with one of these words (a new one needs its last word here)
    ends=tuple(w + s for w in _PERIODS for s in ("", "s")) + (
        "daily", "weekly", "monthly", "quarterly", "annually", "yearly", "regularly",
        "periodically", "basis"))


# When a duty falls due: "every Tuesday", "each month", "weekly", "before their first
# shift", "at 10:00"; what a description of a party lacks ("makes sure that every cheese
# reaches its best age")
_SCHEDULED = re.compile(
    r"\b(?:every|each|once a|twice a)\s+(?:other\s+)?(?:" + "|".join(_PERIODS) +
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday)s?\b|"
    r"\b(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly)\b|"
    r"\b(?:before|after|at the (?:start|end) of) (?:the|their|its|each|every) (?:first |"
    r"next |last )?(?:" + "|".join(_PERIODS) + r")\b|"
    r"\b(?:at|by|from) \d{1,2}(?:[:.]\d\d\s?(?:[ap]\.?m\b\.?)?|\s?[ap]\.?m\b)", re.IGNORECASE)


# A participle after the object that says where it came from: "regressions reported
# against a release candidate", "faults raised by users since the last release".
REDUCED_RELATIVE = re.compile(
    r"\s+(?:(?:reported|raised|found|submitted|received|logged|filed|sent|opened|flagged|"
    r"detected|held|kept|owned|managed|run|provided|supplied|issued|approved|agreed|"
    r"requested|prepared|assigned)\s+(?:by|against|in|on|"
    r"to|from|during|at|through|via)\b|since\s+the\b)",
    re.IGNORECASE)
# ... and the participle left when its "by ..." was cut: "tickets raised".
LEFT_PARTICIPLE = re.compile(r"\s+(?:reported|raised|found|submitted|received|logged|filed|"
                             r"opened|flagged|detected|held|kept|owned|managed|provided|supplied|"
                             r"issued|approved|agreed|requested|prepared|assigned|signed off)\s*$",
                             re.IGNORECASE)
# A sign-off's participle left at a name's end after a comma, its "by ..." cut
_LEFT_SIGN_OFF = re.compile(r",\s+(?:signed off|signed|countersigned|co-?signed|endorsed|ratified|"
                            r"approved|authori[sz]ed)\s*$", re.IGNORECASE)
# Pieces every match of REDUCED_RELATIVE or LEFT_PARTICIPLE holds, in lower case
PARTICIPLE_PIECES = ("reported", "raised", "found", "submitted", "received", "logged", "filed",
                     "sent", "opened", "flagged", "detected", "held", "kept", "owned", "managed",
                     "run", "provided", "supplied", "issued", "approved", "agreed", "requested",
                     "prepared", "assigned", "signed off", "since")
TIME_LIMIT = Guarded(re.compile(
    r",?\s+(?:(?:with)?in|in under|no later than)\s+(?:\w+\s+){0,2}?(?:minutes?|hours?|"
    r"(?:working |business |calendar )?days?|weeks?|fortnights?|months?)\b"
    r"(?:\s+of\s+[^,;]{1,60})?\s*$|"
    r",?\s+by\s+(?:(?:the\s+)?end\s+of\s+(?:the\s+|next\s+|this\s+)?\w+|(?:next\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|midnight|"
    r"tomorrow|today|tonight)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}(?:st|nd|rd|th)?\s+\w+)"
    r"\s*$|"
    # "on 25 March", "before 1 May 2027", "until March 31": a date
    r",?\s+(?:on|by|before|after|until|from)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|"
    r"may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?\s*$|"
    # "on day 1", "by day 4", "on working day 3": a day of a cycle
    r",?\s+(?:on|by|before)\s+(?:working\s+|business\s+)?day\s+\d{1,2}\s*$|"
    # "on the Monday after the fair", "on Saturday 19 June 2027", "two weeks before the fair"
    r",?\s+on\s+(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"[^,;]{0,40}$|"
    # ("half an hour before the meeting": the time whole, "half" with it)
    r",?\s+(?:half\s+)?(?:\w+\s+)?(?:minutes?|hours?|days?|weeks?|fortnights?|months?)\s+(?:before|after|"
    r"ahead of|prior to)\s+[^,;]{1,40}$|"
    # "two weeks before", "a day ahead", "ten days in advance": the occasion left unsaid
    r",?\s+(?:half\s+)?(?:\w+\s+)?(?:minutes?|hours?|days?|weeks?|fortnights?|months?)\s+(?:before|"
    r"beforehand|ahead|"
    r"earlier|later|after|in advance)\s*$|"
    # "at 07:00", "by 5pm", "at 10:30 and 16:00", "between 08:00 and 18:00": a time of day
    r",?\s+(?:at|by|before|after|until|from|between)\s+(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|"
    r"\d{1,2}\s?[ap]\.?m\.?)(?:\s*(?:and|or|to|-|–)\s*(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|"
    r"\d{1,2}\s?[ap]\.?m\.?))*(?:\s+on\s+[^,;]{1,40})?\s*$|"
    # "every Monday and Thursday", "each Friday": days of the week
    r",?\s+(?:every|each|on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
    r"(?:\s*(?:,|and|or)\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)*"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*$|"
    # "after each absence", "before every release": an occasion
    r",?\s+(?:after|before|following)\s+(?:each|every|any)\s+[\w-]+\s*$|"
    # "after seven calendar days", "for more than two weeks"
    r",?\s+(?:after|for more than|for over|for longer than|beyond)\s+(?:\w+\s+){0,2}?"
    r"(?:calendar\s+|working\s+|business\s+)?(?:minutes?|hours?|days?|weeks?|fortnights?|months?)\b"
    r"(?:\s+of\s+[^,;]{1,40})?\s*$|"
    # "at the start of the shift", "at the end of each day"
    r",?\s+at\s+the\s+(?:start|end|beginning|close)\s+of\s+(?:the|each|every|a|their)\s+"
    r"[\w-]+\s*$|"
    # "without undue delay", "as soon as possible", "immediately": how soon
    r",?\s+(?:without\s+(?:undue\s+|unnecessary\s+|any\s+)?delay|as\s+soon\s+as\s+"
    r"(?:(?:is\s+)?(?:reasonably\s+)?(?:possible|practicable))|immediately|promptly|at\s+once)"
    r"(?:\s+(?:after|once|when|on|of)\s+[^,;]{1,60})?\s*$|"
    # "on the morning of each exam", "the same day", "the evening before": when in a cycle
    r",?\s+on\s+the\s+(?:morning|afternoon|evening|night|day|eve)\s+(?:of|before|after)\s+"
    r"[^,;]{1,40}$|"
    r",?\s+(?:on\s+|in\s+)?the\s+(?:same\s+(?:day|morning|afternoon|evening|week|month)|"
    r"(?:day|evening|night|"
    r"morning)\s+before|(?:next|following)\s+(?:day|morning))\s*$|"
    # "trains them beforehand": when, with the occasion unsaid
    r",?\s+(?:beforehand|afterwards|in advance)\s*$", re.IGNORECASE),
    # every alternative above holds one of these (a weekday, "today" and "midday" end in "day";
    # a number only after "by", "by 3rd June", with a month, "until March 31", or as a time,
    # "at 07:00", "by 5pm"); a unit of time ends its word, and the other short
    # words are whole words there, so "monthly", "weekend", "attend", "reach", "company" or
    # "develop" try nothing, and nor does a name ending in a number ("... for site 354")
    r"(?:minute|hour|day|week|fortnight|month)s?\b|"
    r"\b(?:end|each|every|any|start|beginning|close|morning|afternoon|evening|night|eve)\b|"
    r"noon|midnight|tomorrow|tonight|\sby\s+\d|\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)|\d[:.]\d|\d\s?[ap]\.?m|"
    r"delay|possible|practicable|immediately|promptly|once|beforehand|afterwards|advance",
    # and every alternative of the guard holds one of these ("eve" in "every" and
    # "evening", "night" in "midnight" and "tonight"; a number only after "by", between
    # the parts of a time, "07:00", "10.30", or before "am", "pm", "a.m." and "p.m.": a
    # number alone, "... for site 354", asks nothing more; a new alternative of the guard
    # needs its piece here)
    quick=("minute", "hour", "day", "week", "fortnight", "month", "end", "each", "eve", "any",
           "start", "beginning", "close", "morning", "afternoon", "night", "noon", "tomorrow",
           "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
           "delay",
           "possible", "practicable", "immediately", "promptly", "once", "beforehand",
           "afterwards", "advance", "by", ":", ".", "am", "pm", ".m"))


TIME_LABEL = re.compile(r"^\s*(?:\d+\s*(?:min|mins|minutes?|hrs?|hours?|days?|weeks?)\b|"
                        r"(?:before|after|at|by|during|within|on)\s+(?:the\s+)?(?:end|start|"
                        r"beginning|close)\b|(?:daily|weekly|monthly|each|every)\b|"
                        r"\d{1,2}[:.]\d{2}\b)", re.IGNORECASE)
PARTNERED_TO = re.compile(r"^\s*(?:partner|work|collaborat|team)\w*\s+(?:up\s+)?(?:closely\s+)?"
                          r"with\s+[^,;]{2,60}?\s+to\s+(?!(?:ensure|make sure|achieve|meet|improve|"
                          r"support|drive|align|enable|help|deliver|bring|create value)\b)"
                          r"(?P<what>[a-z]+\s+\S.*)$", re.IGNORECASE)
# Short words that are words, not acronyms, in a name written in capitals
SHORT_WORDS = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "up",
               "out", "off", "all", "any", "its", "our", "new", "old", "per", "via", "set",
               "run", "get", "key", "day", "end", "use", "who", "how", "log", "fix", "pay"}


STEP_NUMBER = re.compile(r"\W*\d+(?:\.\d+)*\W*")
ASKED_SOMEONE = re.compile(r"^\s*(?:if needed,\s*)?ask(?:s|ing)?\s+(?:the\s+|our\s+)?[^,;]{2,50}?"
                           r"(?=\s+for\s)", re.IGNORECASE)


def _letter_heading_name(title: str) -> str:
    """The name of the step a heading titles when letter lines under it say who does it:
    a short step written as an order is kept as written ("Book the guest and send the
    questions", "Run the acceptance tests", "Return the cluster to service": the heading
    is the step, where the activity name would stop at "and", drop the verb or cut what
    follows the object), without an aside in brackets; a title in capitals in sentence
    case ("THE REST": "The rest"); else the activity name."""
    if DOCUMENT_CONTROL.search(title):
        return ""  # "Procedure WR-07 Issue 3 Effective: 06/01/2027": the page's version
    words = title.split()
    if len(words) >= 2 and title.isupper() and len(words) <= 6:
        # (a word holding more than letters keeps its capitals: "RASTER I/O")
        words = [w if not w.isalpha() else w.lower() for w in words]
        return words[0][:1].upper() + words[0][1:] + "".join(f" {w}" for w in words[1:])
    named = activity_name(title) or title
    # (an aside in brackets is no part of the step: "Book the pickers (2 weeks notice)")
    plain = re.sub(r"\s*\([^()]*\)", "", title).strip()
    words = plain.split()
    if 2 <= len(words) <= 10 and words[0][:1].isupper() and not plain.endswith(".") and \
            verb_lemma(words[0]) == words[0].lower() and \
            words[1].lower() in ("the", "a", "an", "to", "all", "every", "each", "three",
                                 "two", "our", "their", "its") and \
            named.lower() != plain.lower() and not named.lower().startswith(plain.lower()):
        return plain  # ("Book the guest and send ...": "Book the guest" would drop a duty)
    return named


# A phrase after a preposition that holds a list of three or more names ("from the Men's,
# Women's, Junior and Masters captains"): a name would be cut inside it
_NAME_LIST_PHRASE = re.compile(
    r"\s(?:from|to|for|with|of|between|across)\s+(?:the\s+|all\s+)?"
    r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2}(?:(?:,\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2})+"
    r",?\s+(?:and|or|&)\s+[A-Z][\w'’&-]*(?:\s+[a-z][\w'’&-]*)?|"
    # (the list's last part may already stand apart: "from the Men's, Women's, Junior")
    r"(?:,\s+[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2}){2,})(?=\s*[.;,]|\s*$)")


# Whom a duty is done after asking, at its end ("..., after consulting the Finance Chair",
# "on the advice of the Treasurer"): the party, up to five words, then the end. (Not "in
# consultation with": a duty is named with it and without it about as often.)
CONSULTED_AT_END = re.compile(
    r",?\s+(?P<phrase>(?:after consulting|after (?:discussion|consultation) with|"
    r"on the advice of|with the agreement of)\s+"
    r"(?P<party>[A-Za-z][\w'’-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Za-z][\w'’-]*){0,4}?))"
    r"\s*[.;:]?\s*$", re.IGNORECASE)
# The words a party named after such a phrase may open with (else a capital)
PARTY_STARTS = ("the", "a", "an", "all", "each", "any", "both", "other", "their", "its")


def _consulted_name(text: str) -> str:
    """"Set the lab's safety rules after consulting the Head Nurse": the duty's name keeps
    whom it is done after asking (that party is still consulted), when the duty before
    the phrase is named whole and the name stays within ten words; "" else."""
    if not _holds(text, "consult", "advice", "agreement", "discussion"):
        return ""
    found = CONSULTED_AT_END.search(text)
    if found is None or found.start() == 0:
        return ""
    party = found.group("party").split()
    if not (party[0].lower() in PARTY_STARTS or party[0][:1].isupper()):
        return ""
    before_text = text[:found.start()].strip(" ,")
    before = activity_name(before_text)
    if not before or len(before.split()) < 2 or \
            before.split()[-1].lower().strip(".,;:") != \
            before_text.split()[-1].lower().strip(".,;:"):
        return ""
    phrase = " ".join(found.group("phrase").split())
    if len(before.split()) + len(phrase.split()) > 10:
        return ""
    return f"{before} {phrase}"


def _initialism(word: str) -> bool:
    """"IT" in "the IT helpdesk", "US" in "US sales": letters in capitals, never the pronoun
    they spell in lower case."""
    letters = word.strip(",.")
    return len(letters) > 1 and letters.isupper()


# "ask the Treasurer for the float": whom and for what thing, whole
ASK_FOR_THING = re.compile(r"^\s*ask\s+(?P<who>(?:the|our|a|an|each)\s+[^,;:.()]{1,40}?|"
                           r"[A-Z][^,;:.()]{1,40}?)\s+for\s+(?P<what>(?:a|an|the|their|its|his|"
                           r"her|any|some)\s+[^,;:.()]{1,50}?)\s*[.;]?\s*$", re.IGNORECASE)
# "consult the Fire Marshal on escape routes": the consulting and what it is on, whole
CONSULT_ON_TOPIC = re.compile(r"^\s*consult\s+(?P<who>(?:the|our|a|an|all|any|each)\s+"
                              r"[^,;:.()]{1,50}?|[A-Z][^,;:.()]{1,50}?)\s+(?:on|about|regarding)"
                              r"\s+(?P<topic>[^,;:.()]{3,80}?)\s*[.;]?\s*$", re.IGNORECASE)


_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|"
               r"October|November|December)")
_WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SPAN_POINT = (rf"(?:{_MONTH_NAME}|{_WEEKDAY_NAME}|"
               r"\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm)|\d{1,2}[.:]\d\d|noon|midnight)")
# A span of months, days or hours and nothing else: when a duty is done, never one ("7am -
# close", "opening to 2pm": a time to the hour the place opens or closes, or from it)
_SPAN_TO = r"\s*(?:to|until|till|and|-|–|—)\s*"
_OPEN_OR_CLOSE = r"(?:open|opening|close|closing)(?:\s+time)?"
SPAN_ONLY = re.compile(rf"\s*(?:from\s+|between\s+)?(?:{_SPAN_POINT}{_SPAN_TO}"
                       rf"(?:{_SPAN_POINT}|{_OPEN_OR_CLOSE})|{_OPEN_OR_CLOSE}{_SPAN_TO}"
                       rf"{_SPAN_POINT})\s*[.;,]?\s*", re.IGNORECASE)


@lru_cache(maxsize=SENTENCE_CACHE)  # a pure function of the text: a duty met again is named once
def activity_name(text: str) -> str:
    """A short activity name: "Managing product vision: ..." -> "Product vision"."""
    consulted = _consulted_name(text)
    if consulted:
        return consulted
    asked = ASK_FOR_THING.match(text) if _holds(text[:4].lower(), "ask") else None
    if asked and len(text.split()) <= 12 and actor_name(asked.group("who")) and \
            not ASKED_FOR.match(" for " + asked.group("what").split(None, 1)[-1]):
        # "Ask the caller for a photograph": whom and for what, as written (the party is
        # consulted; "for advice" names no duty of its own)
        plain = " ".join(text.strip(" .;").split())
        return plain[:1].upper() + plain[1:]
    on_topic = CONSULT_ON_TOPIC.match(text) if _holds(text[:8].lower(), "consult") else None
    if on_topic and len(text.split()) <= 14 and actor_name(on_topic.group("who")):
        # "Consult the Unit Medic on every stunt at height": whom and on what, as written
        return " ".join(text.strip(" .;").split())[:1].upper() + \
            " ".join(text.strip(" .;").split())[1:]
    listed = _NAME_LIST_PHRASE.search(text) if ", " in text else None
    if listed and len(text[:listed.start()].split()) >= 2:
        # "collect the season reports from the Men's, Women's, Junior and Masters
        # captains": what is collected, not a name cut inside the list
        text = text[:listed.start()] + text[listed.end():]
    partnered = PARTNERED_TO.match(text)
    if partnered:
        # "Partnering with the Research team to plan and run usability tests": the
        # planning and running, the partner consulted
        return activity_name(partnered.group("what"))
    if JOB_TERMS.search(text):
        return ""  # "Ref: SGS-0418", "Full time, shifts": terms of the post, no duty
    if STEP_NUMBER.fullmatch(text):
        return ""  # "1." before "Log the request": a step's number, no duty
    if SPAN_ONLY.fullmatch(text):
        return ""  # "April to July", "Monday to Friday": when, cut from its duty
    if NEVER_DO.match(text):
        return ""  # "never be alone with a swimmer": a rule of conduct, no duty
    if MINUTES_RECORD.match(text):
        return ""  # "Minutes of the meeting held on ...", "Meeting closed 8.40pm"
    if _states_a_fact(text):
        return ""  # "Links expire after 30 days", "Names of people are not given"
    if DOCUMENT_KIND.match(text):
        return ""  # "AUDIT COMMITTEE - TERMS OF REFERENCE": what the page is, no duty
    if _holds(text, "revision", "rev", "version", "issue", "edition") and \
            DOCUMENT_CONTROL.search(text):
        return ""  # "Bunkering procedure Revision 6 – 3 August 2026": the page's version
    asked = ASKED_SOMEONE.match(text)
    if asked and ASKED_FOR.match(text, asked.end()):
        return ""  # "asks the Architect for advice": whom the duty consults, no duty
    copied = COPIED_IN.match(text)
    copied_who = copied.group("who") if copied else ""
    if copied_who and (actor_name(copied_who) or copied_who[:1].isupper()):
        return ""  # "(sends it to X) and copies in the Y": Y is told of that, no duty
    # "including making sure the ratio is kept": the gerund is the duty, not "include"
    if _holds(text, "includ"):
        text = re.sub(r"^\s*(?:including|includes?)\s+(?=\w+ing\b)", "", text,
                      flags=re.IGNORECASE)
    # "let the Site Lead know if ...": told as "tell the Site Lead if ..." is, named as written
    let_know = _LET_KNOW_WHAT.match(text) if _holds(text, "know") else None
    told = TOLD_WHAT.match(f"tell {let_know.group('who')} {text[let_know.end():]}"
                           if let_know else text)
    if told and all(actor_name(who) or who[:1].isupper() or
                    # ("the CCC", "the Contact Centre": a body named in capitals)
                    re.sub(r"^(?:the|our|your|their)\s+", "", who)[:1].isupper() or
                    # ("tell the patient when the aid has arrived": a person served)
                    singular(re.sub(r"^(?:the|our|your|their|each|every)\s+", "",
                                    who).lower()) in SERVED_PEOPLE
                    for who in re.split(r"\s+and\s+", told.group("who"))):
        # "tells the Distribution Centre Leads which items are running low": what they
        # are told is the duty, whole up to the end of its clause
        said = told.group("what")
        if told.group("when") and said.lower().startswith("of "):
            # "at the start of each session if ...": "of" is part of when they are told,
            # what they are told comes after it
            later = TOLD_LATER.search(said)
            said = later.group(0) if later else ""
        # (how far ahead is no part of what: "at least 30 days in advance")
        what = re.split(r"[,;:(]|\.(?:\s|$)|\s+(?:at least|no later than)\s",
                        said, maxsplit=1)[0].split()
        lemma = verb_lemma(told.group("verb").lower()) or told.group("verb").lower()
        if 2 <= len(what) <= 14 and let_know:
            return f"Let {told.group('who')} know {' '.join(what)}"
        if 2 <= len(what) <= 14:
            # (never cut inside the clause: "if your licence, insurance or health changes")
            return " ".join(_closed_clause(
                [lemma.capitalize(), *told.group("who").split(), *what], text))
    opening = OPENING_BEFORE_DUTY.match(text)
    if opening and _verb_first(text[opening.end():]):
        # "With the Chair, prepares the annual budget", "At each meeting, presents the
        # accounts": the opening phrase says with whom or when, the duty follows it
        return activity_name(text[opening.end():])
    name = _with_occasion(text, _activity_name(text))
    if name.startswith("Ensure ") and re.match(r"^\s*(?:makes?|making)\s+sure\b", text,
                                               re.IGNORECASE):
        name = "Make sure " + name[len("Ensure "):]  # in the document's own words
    if len(name.split()) > 1 and name.isupper():
        # "COMMUNITY FLOOD PLAN" from a heading in capitals: "Community flood plan"
        name = " ".join(w.capitalize() if i == 0 else w if any(c.isdigit() for c in w) or (
            len(w) <= 3 and w.lower() not in SHORT_WORDS) else w.lower()
            for i, w in enumerate(name.split()))
    words = text.split()
    if name and len(words) >= 4 and words[1].lower() == "and" and \
            words[3].lower().strip(",.;") in ("them", "it") and \
            name.split()[0].lower() in (words[0].lower(), verb_lemma(words[0].lower())) and \
            all(verb_lemma(w.lower()) and "VERB" in word_classes(verb_lemma(w.lower()) or "")
                for w in (words[0], words[2])):
        # "cleans and oils them": both verbs and what they are done to, the pronoun kept
        # as it is where a verb alone takes one ("Adapt it for the header")
        rest = " ".join(words[3:])
        rest = _cut_when(STOP_AT.split(rest, maxsplit=1)[0]
                         if _holds(rest, *STOP_AT_PIECES) else rest)
        return " ".join([(verb_lemma(words[0].lower()) or words[0]).capitalize(), "and",
                         verb_lemma(words[2].lower()) or words[2], rest.strip(" ,;.")])
    if name and " " not in name and len(words) >= 3 and \
            words[1].lower().strip(",.") in BARE_PRONOUNS:
        # "Adapt it for the email header": the verb alone says too little, the pronoun
        # and what follows it stay
        rest = " ".join(words[1:])
        rest = _cut_when(STOP_AT.split(rest, maxsplit=1)[0]
                              if _holds(rest, *STOP_AT_PIECES) else rest)
        if is_third_person_verb(name):
            name = (verb_lemma(name.lower()) or name).capitalize()  # "reports it": "Report it"
        return f"{name} {rest.strip(' ,;')}".strip()
    if name and " " not in name and len(words) > 1 and \
            words[0].lower() == name.lower() and name.lower() in ANSWERING_VERBS \
            and _DEADLINE_ALONE.fullmatch(" ".join(words[1:]).strip(" .;")):
        # "Reply within ten working days": answering what came in, by then (but "agree by
        # Friday" leaves unsaid what is agreed)
        return f"{name} {' '.join(words[1:]).strip(' .;')}"
    if name.lower() in ("meet", "meets") and \
            (often := FREQUENCY.pattern.search(text.rstrip(" ."))):
        # "The Board meets quarterly": meeting is the duty, and how often tells it apart
        return f"Meet {often.group(0).strip(' ,')}"
    if name.split()[:1] and name.split()[0].lower() in FRAGMENT_STARTS:
        return ""  # "By the candidate", "Or out": a piece of a clause, no duty
    if len(name.split()) > 1 and name.split()[0].lower() == "to" and (
            name.split()[1].lower() in _SUBJECT_DETERMINERS or name.split()[1][:1].isupper()):
        return ""  # "To the coach or first aider": whom something goes to, cut from its verb
    if name.endswith(("including", "such as", "as follows", "in several ways", "in many ways")):
        # "Serve the team in several ways, including" (over its list): the lead-in's frame
        # is no part of the duty
        name = _LEAD_IN_END.sub("", name)
    if name and " " not in name and len(text.split()) > 1 and \
            word_classes(name.lower()) == {"VERB"} and verb_lemma(name.lower()) == name.lower() \
            and not re.search(rf"\b(?:the|a|an|our|their|its|this|that|each|every)\s+"
                              rf"{re.escape(name.lower())}\b", text.lower()):
        # (but "runs the bar": after an article the word is a noun, whatever the lexicon)
        # "Agree", "Arrive" left of a longer text: a verb without its object says nothing
        # of the work
        return ""
    if name and " " not in name and len(words) > 1 and _verb_left_alone(name, words):
        return ""  # "signs them", "meets every quarter": the verb alone, its object unsaid
    return "" if name.lower() in WHOLE_BODY or _names_nothing(name) else name


# When a duty is done, ending its text: a point in a period ("at the end of the night", "at
# the start of each shift", "before the end of the session"), "on the same day", or a
# clause in lower case ("before the doors open", "only when the form is complete")
_COUNT = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|"
          r"fifteen|twenty|thirty|[a-z]+-[a-z]+)")
# A deadline ending a duty: "within 14 days (of the hearing)", "by 31 December", "by noon",
# "by the end of March"
DEADLINE_TAIL = (
    # ("within the first month of trading": the period counted from the start)
    rf"within (?:{_COUNT}|the (?:first|next|following)(?: {_COUNT})?)"
    r"(?: (?:working|school|calendar|clear|business))? "
    r"(?:hours?|days?|weeks?|fortnights?|months?|years?)"
    r"(?: of (?:the |a |an |its |their |his |her |any )?[a-z'-]+(?: [a-z'-]+){0,3})?|"
    rf"by (?:\d{{1,2}}(?:[.:]\d\d)?(?: ?[ap]m)?|noon|midday|midnight|"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)? )?{_MONTH_NAME}(?: \d{{1,2}})?|the \d{{1,2}}(?:st|nd|rd|th)|"
    rf"the (?:end|close) of (?:the |each |every |this |next )?(?:[a-z]+|{_MONTH_NAME})|"
    rf"{_WEEKDAY_NAME})")
OCCASION_TAIL = re.compile(
    rf"\s+(?:{PERIOD_POINT}|{DEADLINE_TAIL}|"
    r"(?:before|after|while|until|only when|once) (?:the|a|an) [a-z-]+(?: [a-z'-]+){1,5}|"
    # "while voting is open", "until stock is counted": a clause whose subject is a bare noun
    r"(?:while|until|once) [a-z-]+ (?:is|are) [a-z'-]+(?: [a-z'-]+){0,3}|"
    # "at 10:00 on the first day", "from 08:30": a time of day, with the day it falls on
    r"(?:at|from|after) \d{1,2}[:.]\d\d(?: ?[ap]m)?(?: on (?:the|each|every) [a-z]+ day)?|"
    # "before their name goes on the rota", "before anything is announced", "before they
    # expire": a clause whose subject is a pronoun or a word for any one
    r"(?:before|after|once) (?:their|its|his|her|anything|anyone|someone|nothing|they|it|he|"
    r"she) "
    r"[a-z-]+(?: [a-z'-]+){0,5}|"
    # "before leaving the compound": a gerund's clause ("after hearing of a complaint"
    # says what sets the duty off, no part of it)
    r"before [a-z]{2,}ing(?: [a-z'-]+){1,5})$")
# An occasion that is a sign-off is another role's letter, not when the duty is done
_SIGNED_OFF = re.compile(r"\b(?:approved|authori[sz]ed|agreed|confirmed|signed off|"
                         r"given the word)\b")


def _with_occasion(text: str, name: str) -> str:
    """``name`` with the occasion that ends ``text`` ("count the tills at the end of the
    night", "brief the marshals before the doors open") when naming cut it whole: when a
    duty is done tells two duties of one verb apart and is part of what the role does."""
    occasion = OCCASION_TAIL.search(text.rstrip(" .;,")) if " " in name else None
    if occasion is None or text[:occasion.start()].rstrip().endswith(("-", "–", "—")):
        return name  # ("repair the nets – by April": a due date in a field of its own)
    words = name.split()
    # (the text's verb, or the object its caller names the verb of: "the register ...")
    first = next((w.lower() for w in text.split() if w.lower() not in ARTICLE_WORDS), "")
    tail = occasion.group(0).strip()
    # (up to fourteen words; twelve for a clause checked or made sure of, "Check that every
    # porter, cleaner and driver holds a valid pass", whose own end is its time)
    if len(words) + len(tail.split()) > (12 if _THAT_CLAUSE.match(name) else 14) or \
            _SIGNED_OFF.search(tail) or \
            words[0].lower() not in (first, verb_lemma(first), "ensure" if _holds(
                text[:20], "sure") else first) or \
            _activity_name(text[:occasion.start()]) != name:
        # (a name without the text's verb, "Key register", keeps no time; nor one the cut
        # changed)
        return name
    return f"{name} {tail}"


# Words after a verb that give it no object: when, how often, where or until when
_NO_OBJECT_AFTER = {"every", "each", "within", "until", "by", "once", "when", "whenever",
                    "if", "after", "before", "weekly", "daily", "monthly", "yearly",
                    "annually", "quarterly", "promptly", "quickly", "regularly", "again",
                    "together", "immediately", "straight"}


def _verb_left_alone(name: str, words: list[str]) -> bool:
    """Whether a one-word ``name`` is only the verb that opens its text, with a pronoun
    or a word of time or place where its object would be ("repairs it", "meets every
    quarter", "replies within two days"): the verb alone says nothing of the work (a
    noun the text opens with, "Budget for the year", stays)."""
    first = words[0].lower().strip(",;:.")
    lemma = verb_lemma(first)
    if lemma is None or lemma != (verb_lemma(name.lower()) or name.lower()):
        return False
    if first != lemma and not is_third_person_verb(first):
        return False  # ("Reports to the Board": a plural noun may open it too)
    after = words[1].lower().strip(",;:.")
    return after in BARE_PRONOUNS or after in _NO_OBJECT_AFTER


_FINITE = {"is", "are", "was", "were", "has", "have", "had", "must", "may", "might", "can",
           "could", "will", "would", "shall", "should"}
_SUBJECT_DETERMINERS = {"the", "a", "an", "all", "any", "each", "every", "our", "their", "its",
                        "some", "no", "both", "your", "this", "these", "those"}
# Verbs whose object may be a clause's subject: "Confirm antibiotics have been given"
_CLAUSE_VERBS = {"check", "confirm", "ensure", "make", "verify", "note", "record", "report",
                 "tell", "decide", "state", "show", "agree", "say", "see", "find", "ask",
                 "explain", "certify", "declare", "attest", "know", "remember", "mind", "prove",
                 "advise", "warn", "notify", "inform", "remind", "judge", "assess", "test"}
# Words inside a noun phrase: "Tickets for the raffle", "Names of people"
_NOUN_JOINERS = {"of", "and", "or", "&", "for", "in", "on", "from", "with", "without", "at"}
# Words that open a phrase after a subject's head noun and before its verb: "Questions
# about this sheet go to ...", "Changes to it are made by ..."
_HEAD_JOINERS = _NOUN_JOINERS | {"about", "to", "under", "during", "after", "before"}
# Words after a word that may be a noun or a verb that make it the verb: "Cards move to
# Done", "Faults go in the show report"
_VERB_FOLLOWERS = {"to", "in", "into", "on", "onto", "through", "back", "only", "straight",
                   "directly", "automatically", "up", "out", "via"}
_PERSONAL = {"i", "you", "he", "she", "it", "we", "they", "who", "whose", "which", "that",
             "what", "whether", "how", "when", "where", "why", "this", "someone", "anyone",
             "everyone"}


def _states_a_fact(text: str) -> bool:
    """Whether ``text`` says what things are or do, its subject no role ("Links expire
    after 30 days", "Images of parked cars are deleted after a week", "Fee and plan are
    all present"): a noun phrase, then a verb of being or having, a modal, or, after a
    plural, a verb that is no noun. A duty starts with its verb ("Check the log",
    "Confirm the doors are shut")."""
    words = [w.strip(",;:.()\"'") for w in text.split()[:10]]
    at = 1 if words and words[0].lower() in _SUBJECT_DETERMINERS else 0
    nouns = 0
    head = ""  # the subject's head noun, the last noun before a phrase after it
    for n, word in enumerate(words[at:], start=at):
        low = word.lower()
        after = words[n + 1].lower() if n + 1 < len(words) else ""
        if low in _FINITE:
            # (not a piece of a clause: "... are to ...", "... can and ...")
            return nouns > 0 and after not in ("", "to", "and", "or")
        classes = word_classes(low)
        plural = words[n - 1].lower() if nouns and not head else head
        if nouns and singular(plural) != plural and \
                "VERB" in classes and verb_lemma(low) == low and after and \
                (classes == {"VERB"} or head and after in _VERB_FOLLOWERS and
                 words[n - 1].lower() not in _SUBJECT_DETERMINERS and
                 "NOUN" in word_classes(words[n - 1].lower())) and \
                words[n - 1].lower() != "to" and not (
                    verb_lemma(words[at].lower()) == words[at].lower() and
                    "VERB" in word_classes(words[at].lower())) and \
                not (not head and n > at + 1 and
                     (verb_lemma(words[at].lower()) or "") in _CLAUSE_VERBS):
            # (but "Checks deliveries arrive on time": the verb's clause)
            # "Orders arrive by EDI": a plural and what it does, also after a phrase
            # ("Faults on the night go in the show report")
            return True
        if low in _HEAD_JOINERS and nouns:
            head = head or words[n - 1].lower()
            if low not in _NOUN_JOINERS and singular(head) == head:
                return False
            continue
        if head and low in ("it", "them", "this") and words[n - 1].lower() in _HEAD_JOINERS:
            continue  # "Changes to it are made by RFC": what the head is about
        if low in _SUBJECT_DETERMINERS and n > at and words[n - 1].lower() in _HEAD_JOINERS:
            continue
        if n == at and low.endswith("ed") and classes == {"VERB"} and after:
            continue  # "Uploaded photos are ...": a participle before its noun
        if n == 0 and (verb_lemma(low) or "") in _CLAUSE_VERBS and not low.endswith("s"):
            return False  # "Confirm antibiotics have been given": a duty
        if low not in _PERSONAL and (low.isdigit() or (word.isupper() and len(word) > 1) or
                                     classes & {"NOUN", "ADJ"}):
            nouns += 1
            continue
        return False
    return False


# A phrase of up to eight words opening a duty, before a comma: with whom, when or where
OPENING_BEFORE_DUTY = re.compile(
    r"^\s*(?:with|at|from|in|on|after|before|during|once|every|each|by|for|together with|"
    r"alongside|working with)\s+[^,;:]{1,60}?,\s+(?=[a-z])", re.IGNORECASE)
# Words a duty's name never starts with: it would be a piece of a clause, a time or place
# ("Within 30 days", "In discussion", "Above these limits") or a clause with its own
# subject ("Where the CEO approves", "What goes to air", "Whoever made the change")
FRAGMENT_STARTS = {"by", "from", "or", "and", "but", "of", "with", "at", "than", "nor",
                   "in", "on", "within", "above", "below", "except", "where", "what",
                   "whoever", "whatever", "wherever", "whichever",
                   # a reason or a concession ("Because their payments stop") and a verb
                   # whose subject was cut off ("Are shipped from the warehouse", "Must be
                   # attached")
                   "because", "although", "though", "unless", "whereas", "whilst", "must",
                   "are", "were", "should", "shall"}


# Telling a party something said as a clause: "tell the Lead if an item runs out"
TOLD_WHAT = re.compile(
    r"^\s*(?P<verb>tell|tells|telling|notify|notifies|notifying|inform|informs|informing|"
    r"ask|asks|asking|remind|reminds|reminding|advise|advises|advising|warn|warns|warning|"
    r"alert|alerts|alerting|radio|radios|radioing|phone|phones|phoning|call|calls|calling|"
    r"email|emails|emailing|e-mail|e-mails)\s+"
    r"(?P<who>(?:the|our|your|their|all|each|every)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+"
    # ("the workplace mentor and the skills coach": two told)
    r"(?:\s+and\s+(?:the|our|your|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?|"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+"
    # ("each Monday", "at once", "within five days": when they are told, no part of what)
    r"(?:(?:each|every|on)\s+\w+\s+|(?:daily|weekly|monthly|at once|immediately|straight "
    r"away|promptly)\s+|within\s+\w+\s+(?:working\s+)?(?:minutes|hours|days|weeks)\s+|"
    # ("at the start of each session")
    r"(?P<when>(?:at|by|during)\s+(?:[\w'’-]+\s+){1,5}?))?"
    # what they are told, or about what and before or after which event
    r"(?P<what>(?:which|what|when|whether|if|how|where|who|why|about)\s+\S.*|"
    # (before or after an event, not a clock time or a day: "before 10:00" says when)
    r"(?:(?:\w+|\d+)\s+(?:working\s+)?(?:minutes|hours|days|weeks)\s+)?"
    r"(?:before|after)\s+(?!\d|noon\b|midnight\b|the\s+(?:end|start|first|last|deadline)\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)\S.*|"
    r"of\s+(?!the\b)[a-z]\S*\s+\S.*)$",
    re.IGNORECASE)
# "Let the Site Lead know (if ...)": the one let know, before what they are told
_LET_KNOW_WHAT = re.compile(r"^\s*(?:let|lets|letting)\s+(?P<who>\S.{0,60}?)\s+know\s+(?=\S)",
                            re.IGNORECASE)
# What a role is told, further on than a phrase of when it is told
TOLD_LATER = re.compile(r"\b(?:which|what|when|whether|if|how|where|who|why|about|before|"
                        r"after)\s+\S.*$", re.IGNORECASE)
# "on behalf of the board": for whom, no part of the duty
ON_BEHALF = re.compile(r",?\s+on behalf of\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+|its\s+)?"
                       r"[\w'-]+(?:\s+[A-Z][\w'-]*)*", re.IGNORECASE)
# "under the direction of the Head Chef": on whose word, no part of the duty (the one named
# answers for it, see _says_go)
_DIRECTION = r"(?:under|at)\s+the\s+(?:direction|instruction|supervision|authority|orders)"
DIRECTED_BY = re.compile(r",?\s+" + _DIRECTION + r"\b(?:\s+of\b[^,;]*)?\s*$", re.IGNORECASE)
# The whole body a role works for is no duty of its own ("jointly responsible for the
# charity")
WHOLE_BODY = {"charity", "organisation", "organization", "company", "business", "firm",
              "matter"}


DOCUMENT_KIND = re.compile(r"^\W*(?:terms?\s+of\s+reference|job\s+description|role\s+description|"
                           r"role\s+profile|job\s+profile|person\s+specification|"
                           r"job\s+specification)\W*$", re.IGNORECASE)
# A document's title with its version and date or when it takes effect: "Revision 6 – 3
# August 2026", "Issue 3 Effective: 06/01/2027", "Version 2.1, May 2025"
DOCUMENT_CONTROL = re.compile(
    r"\b(?:Revision|REVISION|Rev\.?|Version|VERSION|Issue|ISSUE|Edition)\s+\d+(?:\.\d+)*"
    r"\s*(?:[–—,:-]\s*)?(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:19|20)\d\d\b|"
    r"(?i:effective)\b|\d{1,2}/\d{1,2}/\d{2,4})")
MINUTES_RECORD = re.compile(r"^\W*(?:minutes of\b|(?:the\s+)?meeting\s+(?:closed|opened|ended|"
                            r"started|adjourned|began)\b|(?:present|apologies|attendees)\s*:)",
                            re.IGNORECASE)
# A meeting record's list of who came, sent apologies or receives the minutes
ATTENDANCE = re.compile(r"^(?:present|also present|in attendance|attendees|attending|"
                        r"apologies(?: for absence)?|absent|distribution|circulation|"
                        r"copies to)\s*:", re.IGNORECASE)


def _line_number(location: str) -> int:
    """The line a block's location names ("line 12"), else 0."""
    m = re.fullmatch(r"line (\d+)", location)
    return int(m.group(1)) if m else 0


def _after_attendance(block: Block) -> Block | None:
    """The lines of a paragraph after its opening lines of who came, sent apologies or
    receives the minutes ("Present: ..." over "The Site Manager will agree a plan." on the
    next line, one paragraph to Markdown), or None when the whole paragraph is such a list."""
    for at, (offset, line) in enumerate(block.breaks):
        text = block.text[offset:]
        if not ATTENDANCE.match(text):
            return replace(block, text=text, location=f"line {line}",
                           breaks=tuple((o - offset, n) for o, n in block.breaks[at + 1:]))
    return None


NEVER_DO = re.compile(r"^\W*(?:(?:they|you|he|she|we)\s+(?:may|must|should|can|shall|will|"
                      r"do|does)(?:\s+not|n['’]t)\b|"
                      r"never|not|do not|don't|must not|must never|should not|shall not|"
                      r"may not|cannot|no|"
                      r"(?:is|are) (?:the |a |an )?(?:person|people|one|ones|members?))\s",
                      re.IGNORECASE)


# Verbs done between two parties ("agree the menu with the Head Chef", consulted) or that
# hand something to the party they name with "with" ("share the notes with the Bursar",
# "file the return with the regulator", told): that party stays in the duty's name
AGREED_WITH = frozenset({"agree", "discuss", "confirm", "share", "file", "lodge", "register"})
# Nouns whose "with" phrase is their object: "compliance with the GDPR"
WITH_COMPLEMENTS = {"compliance", "conformity", "conformance", "consistency", "alignment",
                    "integration", "relations", "relationship", "relationships"}


def _holds(text: str, *words: str) -> bool:
    """Whether ``text`` may hold one of ``words`` (written in lower case) in any case. A
    pattern that cannot match without one of them is tried only then: most names hold
    none of the rarer words, and each pattern tried costs a scan of the text. An ASCII
    text matches a lower-case word ignoring case exactly where its lower case holds it;
    other text is always tried (``tests/test_derive_index.py`` compares both paths)."""
    if not text.isascii():
        return True
    lowered = text.lower()
    for w in words:  # noqa: SIM110 (a loop: about a third faster than any() over a generator)
        if w in lowered:
            return True
    return False


# Patterns _activity_name tries on every name, compiled once (the others are tried only
# when the name holds their words, see ``_holds``)
_MANNER = re.compile(r"^(\w+)\s+(\w+ly)\s+(?=\w)")
_LEAD_IN_END = re.compile(r"(?:\s+in (?:several|many|various|a number of|different|a few) "
                          r"ways)?,?\s+(?:including|such as|as follows)$|\s+in (?:several|many) "
                          r"ways$", re.IGNORECASE)
_MANNER_IN_PAIR = re.compile(r"^(\w+ing\s+(?:and|or)\s+)(\w+ly)\s+(?=\w+ing\b)", re.IGNORECASE)
_LABEL_PATTERN = re.compile(r"^([^:]{2,60}):\s+\S")


def _label(text: str) -> re.Match[str] | None:
    """A label before a colon at the start of ``text`` ("Weekly: ..."); the pattern is
    asked only where a colon stands among the first 61 characters, where every match
    has its colon."""
    return _LABEL_PATTERN.match(text) if ":" in text[:61] else None
_AT_LEAST_END = re.compile(r"\s+(?:at least|at most|no less than|no more than)$")
# What bounds a time phrase ("at least 14 days ahead", "no later than two weeks before"),
# left at the end once the phrase it bounds is cut: cut with it
_BOUND_LEFT = Guarded(re.compile(
    r",?\s+(?:at\s+(?:the\s+)?(?:least|most|latest|earliest)|no\s+(?:less|more|later|earlier)"
    r"(?:\s+than)?|not\s+(?:less|more|later|earlier)(?:\s+than)?)\s*$", re.IGNORECASE),
    r"least|most|latest|earliest|less|more|later|earlier|than")


def _cut_when(text: str) -> str:
    """``text`` without the time phrase at its end and whatever bounded it ("publish
    rosters at least 14 days ahead" -> "publish rosters")."""
    cut = TIME_LIMIT.sub("", text)
    return _BOUND_LEFT.sub("", cut) if cut != text else cut


def _bare_verb(text: str) -> bool:
    """Whether ``text`` is a verb alone, or with a pronoun for its object ("bank them"):
    no duty a time could be added to."""
    words = text.lower().split()
    return len(words) <= 1 or len(words) == 2 and words[1] in BARE_PRONOUNS


def _split_when(text: str) -> tuple[str, str]:
    """``text`` without how often or by when it is done at its end, and that time phrase
    ("review the log each month" -> ("review the log", "each month")); the time goes
    with nothing kept when only the verb is left without it ("reply within a week" ->
    ("reply", "")), and there is none to split off from an occasion a report is named by
    ("report to the Board at each meeting")."""
    if _timed_report(text):
        return text, ""
    whole = text.strip(" ,")
    cut = _cut_when(FREQUENCY.sub("", whole))
    if _bare_verb(cut) or not whole.startswith(cut):
        return cut, ""
    # ("check the fence, every Friday": no comma before the time in a name)
    return cut, whole[len(cut):].strip(" ,")


_THAT_CLAUSE = re.compile(r"^\w+\s+(?:that|whether)\s", re.IGNORECASE)
_ALTERNATIVE = re.compile(r"^(?:or|and)\s+(\w+)\s+(\w+)?", re.IGNORECASE)
# Words before "of" that name people or a place with what follows ("the head of
# department", "the front of house team", "the members of the board"): no thing owned
PEOPLE_OF = {"head", "heads", "front", "back", "member", "members", "rest", "chair",
             "leader", "leaders", "representative", "representatives"}
_OWNED_BY = re.compile(r"\s+of\s+(?:the\s+|our\s+|its\s+)?(?P<who>[^,;]{2,60})$")
_SERVED_END = re.compile(r"\s+(?:raised|reported|sent|made|received|from|by)(?:\s|$)")
_SUCH_AS = re.compile(r"such as\b", re.IGNORECASE)


_UP_TO_DATE = re.compile(r"\b(up to|out of) date\b", re.IGNORECASE)


# Verbs that say, check or make sure a thing is so: the "that" clause after them (and after
# whom they say it to) is what is said, no relative clause to cut
SAYING_VERBS = {"confirm", "check", "ensure", "verify", "agree", "report", "state", "record",
                "note", "certify", "show", "declare", "say", "tell", "explain", "satisfy"}
_SAID_TO = re.compile(r"^\s*(?P<verb>[A-Za-z]+)(?:\s+to\s+(?:the\s+|their\s+|your\s+)?"
                      r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})?\s*$")


_SAID_CLAUSE = re.compile(r"\s(?:that|whether|where|what|how)\s")


# Verbs whose object is the one told, before what is said: "tell the Site Lead (that
# ...)", "tells Site Office that the gate is locked"
TELLING_WHOM = {"tell", "inform", "notify", "remind", "warn", "assure", "reassure", "advise"}
_TOLD_WHOM = re.compile(r"^\s*(?P<verb>[A-Za-z]+)\s+(?:the|a|an|all|every|each|any|their|"
                        r"your|our)\s+[\w'-]+(?:\s+[\w'-]+){0,5}\s*$", re.IGNORECASE)
_TOLD_NAMED = re.compile(r"^\s*(?P<verb>[A-Za-z]+)\s+[A-Z][\w-]*"
                         r"(?:\s+(?:[A-Z][\w-]*|of|for|and)){0,5}\s*$")


def _said_that(head: str) -> bool:
    """Whether a "that" clause after ``head`` says what is confirmed or checked: "confirms",
    "confirm to the Ceremony Administrator", or what a party is told: "tell the Site Lead",
    "tells Site Office"."""
    m = _SAID_TO.match(head)
    if m is not None and (verb_lemma(m.group("verb").lower()) or "") in SAYING_VERBS:
        return True
    told = _TOLD_WHOM.match(head) or _TOLD_NAMED.match(head)
    return told is not None and (verb_lemma(told.group("verb").lower()) or "") in TELLING_WHOM


# A clause after "but" saying what is not done: "but cannot approve one", "but does not
# sign it off", "but never touches the accounts"
_BUT_NOT = re.compile(r",?\s+but\s+(?:(?:does|do|did|will|would|can|could|may|might|must|"
                      r"should|is|are|has|have)\s*(?:not|n't)|cannot|never|not|no longer)\b"
                      # (with what is denied: "... but do not" alone lost it, and is no duty)
                      r"\s+\w.*$",
                      re.IGNORECASE)


# A numbered part of the work with what it is in brackets, the end of its clause: "WP2
# (pollinator surveys)", "Task 3.1 (pilot design)"
CODED_PART = re.compile(r"\b(?:the\s+)?(?:[A-Z]{1,4}\s?\d{1,3}(?:\.\d{1,2})?|(?:Task|Work "
                        r"Package|Workpackage|Deliverable)\s+\d{1,3}(?:\.\d{1,2})?)\s+"
                        r"\((?P<what>[a-z][^()]{2,60})\)(?=\s*(?:[,;.]|and\b|$))")


def _ensured_verb(words: list[str]) -> int:
    """Where the verb of the clause ``words`` ensure is, its subject before it ("Ensure
    every operative on Line 3 has Level 2 food hygiene": the clause is the object, as
    after "that"); 0 when they ensure no clause."""
    if words[0].lower() != "ensure":
        return 0
    for n, word in enumerate(words[2:9], start=2):
        low = word.lower().strip(",;:")
        if word.endswith((",", ";", ":")) or low in ("to", "by", "and", "or"):
            return 0
        if low in _FINITE or is_third_person_verb(low) and "NOUN" not in word_classes(low):
            return n
    return 0


# What is attended as a gathering, named by itself ("attends the weekly review": "Weekly
# review"); anything else attended is work that keeps its verb ("Attend breakdowns")
_GATHERINGS = frozenset({
    "meeting", "review", "briefing", "debrief", "session", "workshop", "seminar", "webinar",
    "conference", "huddle", "stand-up", "standup", "retro", "retrospective", "demo", "class",
    "course", "training", "induction", "rehearsal", "event", "ceremony", "service", "call",
    "sync", "catch-up", "check-in", "interview", "hearing", "clinic", "surgery", "summit",
    "gathering", "handover", "planning", "parade", "muster", "assembly", "fair", "day",
    "evening", "talk", "lecture", "tutorial", "meet", "party", "dinner", "lunch", "breakfast",
    "show", "festival", "match", "game", "visit", "tour", "inspection", "audit", "exercise",
    "drill", "vigil", "mass", "update"}) | MEETING_BODIES


def _attended_work(rest: str) -> bool:
    """Whether what follows "attends" is work done at its place, no gathering ("attends
    breakdowns", "attends every call-out"), so the name keeps the verb: none of its words is
    a gathering's noun (a meeting, a review, a board, a training ...)."""
    words = [singular(w) for w in re.findall(r"[a-z][a-z-]*", rest.split(",")[0])]
    if not words or words[0] in ("for", "on", "in", "at", "with"):
        return False
    # (what is attended ends where a phrase of place or time begins: "attends incidents at
    # the training ground" is no training, "attends the review of incidents" a review)
    cut = next((k for k, w in enumerate(words) if w in _AFTER_ATTENDED), len(words))
    return not any(w in _GATHERINGS for w in words[:cut])


# Words that end what is attended: "attends falls in the day room"
_AFTER_ATTENDED = frozenset({"at", "in", "on", "of", "during", "after", "before", "within",
                             "from", "for", "with", "by", "across", "around", "throughout",
                             "when", "if", "while", "until", "near", "outside", "inside"})


def _activity_name(text: str) -> str:
    text = " ".join(text.replace("’", "'").split()).strip(" -•*,;")
    source = text  # (a clause a cut leaves open is taken whole from here)
    if _holds(text, "behalf"):
        text = ON_BEHALF.sub("", text)
    if _holds(text, "direction", "instruction", "supervision", "authority", "orders"):
        text = DIRECTED_BY.sub("", text)
    # (each pattern written here is tried only when the text may hold the words its
    # ``_holds`` names: an alternative added to it needs its word there too)
    if _holds(text, "sure"):
        text = re.sub(r"^(?:makes?|making)\s+sure\s+", "ensure ", text, flags=re.IGNORECASE)
    manner = _MANNER.match(text)
    if manner and verb_lemma(manner.group(1).lower()) and \
            word_classes(manner.group(2).lower()) & {"ADV", "ADJ", "NOUN"} == {"ADV"}:
        # "communicates regularly with the lead": how it is done is no part of the duty
        text = manner.group(1) + " " + text[manner.end():]
    if "ly " in text[:60]:
        # "Developing and explicitly communicating the goal": how the second is done is
        # no part of the pair of verbs
        text = _MANNER_IN_PAIR.sub(
            lambda m: m.group(1) if word_classes(m.group(2).lower()) & {"ADV", "ADJ", "NOUN"}
            == {"ADV"} else m.group(0), text, count=1)
    run = _verb_run(text)
    if run:
        return run
    given_to = GIVEN_TO.match(text)
    if given_to and (given_to.group("who") in ("him", "her", "them", "us", "me", "you")
                     or actor_name(given_to.group("who"), acronym=True)):
        # "Gives the Contract Owner a risk summary": what is given names the duty; the
        # one it is given to is told (a letter in their cell)
        text = f"{given_to.group('verb')} {given_to.group('what')}"
    if _holds(text, "everything", "anything", "matters"):
        # "handles everything about registration and visas": registration and visas
        text = re.sub(r"^(\w+)\s+(?:everything|anything|all matters|matters)\s+(?:about|to do "
                      r"with|related to|relating to|concerning|around|regarding)\s+(?=\w)",
                      r"\1 ", text, flags=re.IGNORECASE)
    decision = DECISION_TO.match(text)
    if decision:  # "makes the decision to report to the ICO": deciding whether to
        text = "decide whether to " + text[decision.end():]
    if STATUS_UPDATE.match(text):
        return "Status updates"  # "updates the piece's status to 'Ready'": one duty, however often
    looked_at = LOOKED_AT.match(text)
    if looked_at and verb_lemma(looked_at.group("verb").lower()) in CHECKING_VERBS:
        text = f"{looked_at.group('verb')} {text[looked_at.end():]}"
    label = _label(text)
    if label and TIME_LABEL.search(label.group(1)):
        # "15 min before end of shift: complete the handover sheet": when, then what
        text, label = text[label.end() - 1:].strip(), None
    gerunds_only = False
    if label and len(label.group(1).split()) <= 6:
        text = label.group(1)
        gerunds_only = True
    given = (verb_lemma(text.split()[0].lower()) if text.split() else None) in GIVING_VERBS
    if _holds(text, " but "):
        # "Blocks a release but cannot approve one": what the role may not do is no part
        # of what it does
        text = _BUT_NOT.sub("", text)
    if _holds(text, "whole"):
        text = re.sub(r",?\s+as a whole\b", "", text, flags=re.IGNORECASE)  # says nothing
    if _holds(text, "sample", "selection", "subset", "number", "range", "variety", "handful"):
        text = QUANTITY_HEAD.sub("", text)  # "audit a sample of ten records": the records
    if _holds(text, " to ", " by "):
        text = SAME_WORD_JOIN.sub(r"\1-\2-\1", text)  # "end to end", "step by step": one word
    if _holds(text, "date"):
        text = _UP_TO_DATE.sub(lambda m: m.group(1).replace(" ", "-") + "-date", text)
    # "wherever needed" says nothing of the duty, what follows it may ("guidance wherever
    # needed for the night team")
    if _holds(text, "wherever"):
        text = re.sub(r",?\s+wherever\s+(?:needed|need|necessary|required|possible|"
                      r"appropriate)\b,?", "", text, flags=re.IGNORECASE)
    met = MEETS_TO.match(text)
    if met:
        text = text[met.end():]  # "meets monthly to approve changes": the approving
    # a remark in brackets goes before the name is cut, so its own marks cut nothing
    # ("Book the pickers (2 weeks notice!!)", "Review the plan (e.g. monthly) and ...")
    if "(" in text:
        # but a numbered part of the work says what it is in its brackets ("leads WP2
        # (pollinator surveys)": the surveys)
        text = CODED_PART.sub(r"\g<what>", text)
        text = re.sub(r"\s*\([^()]*\)", "", text)
    asked = WH_OBJECT.match(text)
    explained = _SAID_CLAUSE.search(text)
    if asked and verb_lemma(asked.group(1).lower()) or \
            explained is not None and explained.group(0).strip() != "that" and \
            _said_that(text[:explained.start()]):
        # "decides when to roll back a release": the question is the object, as is what
        # is explained to whom ("explains to the Chair where it is safe to work")
        text = re.split(r"[.;:!?]|,\s", text)[0]
    else:
        # ("at least once a month": how often, cut whole)
        if _holds(text, *STOP_AT_PIECES) and not _timed_report(text):
            text = STOP_AT.split(text, maxsplit=1)[0]
        if _holds(text, "at least", "at most", "than"):
            text = _AT_LEAST_END.sub("", text)
        text = _cut_purpose(text)
    if _holds(text, "follow"):
        text = re.sub(r"\s+(?:in|with|through) the following \w+\s*$|\s+as follows\s*$", "",
                      text, flags=re.I)
    text = TRAILING_SCOPE.sub("", text)
    if "(" in text:
        text = re.sub(r"\([^)]*\)", "", text)
    # how often and by when stay ("sign the sheets every evening", "review the patient
    # within 30 minutes" name the duty as a reader lists it): set aside while the rest is
    # named, put back after it (a verb alone says no duty with its time either, "reply
    # within a week")
    text, when = _split_when(text)
    # "... after talking to the Medical Lead": whom the duty consults, no part of it
    if _holds(text, *AFTER_CONSULTING_PIECES):
        text = AFTER_CONSULTING.sub("", text)
    # (no participle is cut from a clause: "decides whether it must be reported")
    modifier = None if _THAT_CLAUSE.match(text) or not _holds(text, *PARTICIPLE_PIECES) else \
        REDUCED_RELATIVE.search(text) or LEFT_PARTICIPLE.search(text)
    kept = text[:modifier.start()].split() if modifier else []
    if modifier and modifier.group(0).split()[0].lower() == "run" and kept and \
            (kept[-1].isupper() or singular(kept[-1].lower()) == kept[-1].lower()):
        # "the payment run", "the school run": a noun after a singular noun is one name
        # with it ("jobs run by the night team" is the participle)
        modifier = None
    if modifier and len(kept) >= 2 and kept[-1].lower() not in (
            # ("write up what we agreed": the verb of a clause, not a participle)
            "and", "or", "is", "are", "we", "they", "you", "i", "he", "she", "was", "were",
            "been", "be") \
            and not kept[-1].endswith(","):
        text = text[:modifier.start()]  # "triage regressions reported against a release"
    if "," in text and _holds(text, "signed", "approved", "endorsed", "ratified", "authori"):
        # "..., co-signed" left when "by the Branch Manager" was cut: the sign-off is the
        # approver's letter, no part of the name
        text = _LEFT_SIGN_OFF.sub("", text)
    quoted = re.search(r"\s[“\"]", text) if "“" in text or '"' in text else None
    if quoted and len(text[:quoted.start()].split()) >= 2:
        text = text[:quoted.start()]  # "the expert pools “Training” and ...": the pools
    alternative = _ALTERNATIVE.match(text)
    if alternative and (verb_lemma(alternative.group(1).lower()) or "").lower() != "":
        if (alternative.group(2) or "").lower() in PARTICLES:
            text = text.split(None, 1)[1]  # "or fills in the form": the verb and its particle
        else:
            text = text[alternative.end(1):].lstrip()  # "or rejects the request" -> "the request"
    verbs_stripped = 0
    object_first = False
    after_article = False
    for _ in range(3):
        before = text
        lowered = text.lower()
        # (one test of all the phrases first: most names start with none of them)
        for phrase in LEAD_PHRASES if lowered.startswith(LEAD_PHRASES) else ():
            if lowered.startswith(phrase) and phrase.startswith("attend") and \
                    _attended_work(lowered[len(phrase):]):
                # "attends breakdowns": "Attend breakdowns", the verb kept
                text = "Attend " + text[len(phrase):]
                lowered = text.lower()
                break
            if lowered.startswith(phrase):
                text = text[len(phrase):]
                lowered = text.lower()
        first = text.split()[0].lower() if text.split() else ""
        if not after_article and (verbs_stripped == 0 or first in (
                "create", "define", "ensure", "develop", "drive")):
            stripped = _strip_verb(text, gerunds_only)
            if stripped != text:
                verbs_stripped += 1
                head = stripped.split()[0].lower() if stripped.split() else ""
                object_first = verb_lemma(head) != head  # "Grounds budget", not a verb
            text = stripped
        lowered = text.lower()
        for article in ARTICLES if lowered.startswith(ARTICLES) else ():
            if lowered.startswith(article):
                text = text[len(article):]
                lowered = text.lower()
                # "the draft against the terms": after an article comes a noun, never a
                # verb to drop
                after_article = article.strip() not in ("and", "of")
        if text == before:
            break
    container = CONTAINER_LEAD.match(text)
    if container and len(text[container.end():].split()) >= 2:
        text = text[container.end():]  # "activities involved in the X process" -> "X process"
    qualified = QUALIFIED_CONTAINER.match(text)
    if qualified and len(text[qualified.end():].split()) >= 2:
        # "technical aspects of incident response" -> "Technical incident response"
        text = f"{qualified.group(1)} {text[qualified.end():]}"
    if "that" in text:
        relative = re.search(r"\s+that\s+(?:\w+\s+)?(?:have|has|need|needs|must|will|can|"
                             r"cannot|can't|may|should|could|would)\b", text)
        if relative is not None and not _said_that(text[:relative.start()]):
            text = text[:relative.start()]  # (but "confirms that recording has started")
    handed_to = False
    timed = _timed_report(text)  # (its occasion kept, its full stop not)
    text = text.rstrip(" .;,") if timed else text
    for joiner in (" to ", " that ") if not timed else ():
        head, sep, tail = text.partition(joiner)
        if not sep:
            continue  # (without the joiner nothing below applies)
        if sep and joiner == " to " and _asked_to(head) and \
                verb_lemma(tail.split()[0].lower() if tail.split() else "") is not None:
            break  # "ask the requester to clarify"
        if sep and re.match(r"^\w+\s+(?:that|whether)\s", text, re.IGNORECASE) and \
                len(head.split()) > 2 and is_third_person_verb(head.split()[-1]):
            break  # "check that every tenant keeps to the paths": the clause's own verb
        if sep and re.match(r"^\w+\s+(?:which|what|where|who)\s", text, re.IGNORECASE) and \
                len(head.split()) > 3 and head.split()[-1].isalpha() and \
                head.split()[-1].islower() and \
                "VERB" in word_classes(verb_lemma(head.split()[-1]) or "") and \
                _plural_object(head.split()[2:-1]):
            break  # "decide which jobs go to the night shift": the question's own verb
        said = _SAID_CLAUSE.search(text)
        if sep and said is not None and _said_that(text[:said.start()]):
            # "confirm to the Ceremony Administrator that recording has started", "explain
            # to the Competent Person where it is safe to work"
            break
        if sep and joiner == " to " and re.search(r"\b(?:up|close|next|due|prior|according)$",
                                                  head, re.IGNORECASE):
            continue  # "up to GBP 1,500", "next to the door": no purpose, no recipient
        words_after = re.split(r"[,;(]", tail)[0].split()[:6]
        recipient = next((" ".join(words_after[:n]) for n in range(len(words_after), 0, -1)
                          if actor_name(" ".join(words_after[:n]))), None) \
            if joiner == " to " else None
        if recipient is not None:
            recipient = _title_of_capitals(recipient, words_after)
        if recipient is not None and " and " in tail:
            recipient = _second_recipient(recipient, re.split(r"[,;(]", tail)[0].split())
        if sep and recipient is None and joiner == " to " and HANDOVER_VERBS.match(head):
            recipient = _named_recipient(tail)
            if recipient is not None and " and " in tail:
                recipient = _second_recipient(recipient, re.split(r"[,;(]", tail)[0].split())
        receivers = _receivers(tail) if joiner == " to " and given else None
        if sep and receivers and len(head.split()) + len(receivers.split()) < MAX_WORDS:
            # "provide feedback and coaching to apprentices": whom it is given to is part
            # of the duty
            text = f"{head} to {receivers}"
            break
        if sep and recipient and HANDOVER_VERBS.match(head):
            # "Escalate the ticket to the Second Line Desk"; the running case of a process
            # ("escalate the issue to Tier 2") is no part of the hand-off
            head = re.sub(r"\s+(?:the|this|that)\s+(?:issue|ticket|case|request|problem|matter)$",
                          "", head, flags=re.IGNORECASE)
            if REPORTING_VERBS.match(head) and len(_content_words(head.split()[1:])) >= 3 and \
                    not re.match(r"(?:the|their|its|our|your)\s", recipient, re.IGNORECASE):
                # "report the test results and defect status to stakeholders": what is
                # reported names the duty, the recipient is kept informed in its cell
                text = head
                break
            text = f"{head} to {recipient}"
            handed_to = True
            break
        clause = re.split(r"[,;(]", tail)[0].split()
        if sep and joiner == " to " and recipient is None and \
                (verb_lemma(head.split()[0].lower()) or "") in PLACING_VERBS:
            break  # "add the HCSW to the register": where it goes is the duty
        if sep and len(head.split()) >= 3 and not (
                joiner == " that " and 1 <= len(clause) <= 4 and is_third_person_verb(clause[0])
        ) and not (joiner == " to " and 1 <= len(clause) <= 2 and
                   clause[0].lower() in DESTINATIONS) and not (
                joiner == " to " and singular(head.split()[-1].lower()) in TO_COMPLEMENTS):
            # but "every design that touches card data" keeps its restriction, and "deploy
            # the models to production" its destination
            if joiner == " to " and recipient is None and not given and \
                    _whom_or_where(head.split(), clause):
                # "Take the cash box to the Site Office": where a short duty goes, or to
                # whom, stays when that is all the sentence says after it (a role it goes
                # to is told, in its cell)
                text = f"{head} to {' '.join(clause)}"
                break
            text = head
    # "temporary workarounds or solutions": a generic alternative adds nothing
    if _holds(text, "solution", "alternative", "equivalent", "similar", "option"):
        text = re.sub(r"\s+or\s+(?:other\s+)?(?:solutions|alternatives|equivalents?|similar|"
                      r"options)\b", "", text, flags=re.IGNORECASE)
    text = _FILLER_LEAD.sub("", text)  # "necessary guidance for ...": what is given
    owned_by = _OWNED_BY.search(text)
    if owned_by and text[:owned_by.start()].lower().endswith((" in front", " in the presence")):
        owned_by = None  # "count the cash in front of the Supervisor": the witness stays
    if owned_by and len(text[:owned_by.start()].split()) >= 2 and \
            text[:owned_by.start()].split()[-1].lower() not in PEOPLE_OF and \
            actor_name(owned_by.group("who")) and \
            singular(owned_by.group("who").split()[-1].lower()) in VOCABULARY:
        text = text[:owned_by.start()]  # "meetings of the board": whose they are is a letter
    if len(text.split()) > 4:
        for joiner in (" with ", " alongside ", " for ", " across ", " within "):
            head, sep, tail = text.partition(joiner)
            if not sep:
                continue  # (without the joiner nothing below applies)
            served = tail.split(",")[0].strip()
            if sep and joiner == " with " and head.split()[-1:] and \
                    head.split()[-1].lower() in WITH_COMPLEMENTS:
                break  # "compliance with the GDPR": what is complied with is the duty's
            if joiner == " with " and verb_lemma(head.split()[0].lower()) in AGREED_WITH and \
                    head.split()[-1].lower() not in BARE_PRONOUNS and tail.split()[:1] and \
                    (tail[:1].islower() or tail.split()[0].isupper()):
                # "agree the menu with the Head Chef": whom it is agreed with (or shared or
                # filed with) is part of the duty, and has its letter all the same; a person
                # by name ("with Dev Sharma") stays out
                break
            if joiner == " with " and re.search(r"\b(?:that|whether)\s", head) and any(
                    is_third_person_verb(w) for w in tail.split()[1:4]):
                # "check that every volunteer who works alone with clients has a DBS
                # check": the party is inside the clause, whose verb is still to come
                break
            if joiner == " with " and not head.endswith(",") and len(head.split()) >= 2 and \
                    head.split()[-1].lower() not in BARE_PRONOUNS | {
                        "together", "along", "consultation", "conjunction"} and \
                    len(text.split()) <= 10 and _party_named_whole(tail):
                # "walk the fire exits with the registrar": whom it is done with stays, as
                # the labels name it (a party only a name, "with Lena", stays out)
                break
            if joiner == " with " and not head.endswith(",") and len(text.split()) <= 16 and \
                    _with_parties(text):
                # "chair the weekly call with the Site Manager and the Architect": the
                # parties it is done with stay, as the labels name it
                break
            if joiner == " with " and not head.endswith(",") and not re.search(
                    r"\b(?:that|which|who)\s", head) and not _with_party(tail) and \
                    head.split()[-1].lower() not in BARE_PRONOUNS:
                # "update the MES with scrap counts": what it is done with stays; only a
                # party worked with goes ("review the plan with the Data Manager")
                break
            if joiner == " for " and head.split()[-1:] and \
                    head.split()[-1].lower() in CAPACITIES and len(served.split()) <= 3 and \
                    actor_name(served):
                break  # "point of contact for customers": whom the role serves stays
            served = _SERVED_END.split(served)[0]
            if joiner == " for " and head.split()[-1:] and \
                    head.split()[-1].lower() == "contact" and 1 <= len(served.split()) <= 4:
                # "the first point of contact for any welfare concern (raised by ...)": what
                # the role is the contact for stays, the rest goes
                text = f"{head}{sep}{served}"
                break
            if sep and joiner == " for " and len(head.split()) <= 3 and \
                    len(text.split()) <= MAX_WORDS + 1 and not actor_name(served) and \
                    not FOR_WHOM.match(served):
                # "prepare summaries for interim and final data analysis": a short duty
                # keeps what it is for; "for the team", "for new starters" say for whom
                break
            if joiner == " for " and 2 <= len(head.split()) <= 3 and \
                    verb_lemma(head.split()[0].lower()) is not None and \
                    re.fullmatch(r"the\s+[a-z][\w-]*", served) and actor_name(served) and \
                    served == tail.strip().rstrip("."):
                # "open the hall for the hirer": a short act and the one party it is done
                # for, nothing after them
                break
            if joiner == " for " and not when and _scope_named_whole(head, tail, text) and \
                    not re.search(rf"\bfor\s+{re.escape(tail.strip().rstrip(' .'))}\s+to\s",
                                  source, re.IGNORECASE):
                # ("draft the list for the Manager to approve": who acts next, not a scope)
                # "write a justification for every score", "check the insurance cover
                # for each country": what the duty covers stays, as the labels name it
                break
            if sep and len(head.split()) >= 2 and head.split()[-1].lower() not in PARTICLES \
                    and not (len(head.split()) == 2 and
                             head.split()[-1].lower() in ("round", "around", "about")):
                # (but "walk round with the hirer": a verb and its adverb alone say nothing
                # of the work without whom it is done with)
                text = head
                break
    if "and" in text:
        text = re.split(r"\s+and\s+(?:addressing|ensuring|making|keeping)\b", text)[0]
        text = _cut_second_clause(text)
    # (and a time phrase the cuts above left at the end goes as the one set aside)
    text, left = _split_when(text)
    when = when or left
    if when and not _bare_verb(text):
        # (a verb left alone by the cuts keeps its time no more than a verb alone does)
        text = f"{text.strip(' ,')} {when}"
    state = STATE_COMPLEMENT.search(text.strip(" ,"))
    if state and len(text.split()) > MAX_WORDS:
        # "keep the guide of their repository up to date": the state is the duty, the
        # phrase between goes first
        head = re.split(r"\s+(?:of|for|in|on|across|within)\s+", text[:state.start()].strip(),
                        maxsplit=1)[0]
        text = f"{head} {state.group(0).strip()}"
    if len(text.split()) > LONG_NAME:
        # a name too long with how often or by when it is done goes without them first, so
        # that what it is about and where it is done stay ("Order the bar stock from the
        # brewery", not "Order the bar stock" for a Monday's order)
        timeless = _cut_when(FREQUENCY.sub("", text.strip(" ,")))
        if len(timeless.split()) > 1:
            text = timeless
    words = text.strip(" ,").split()
    # "Notify the Steering Committee of high or critical reports": what they are told
    # stays, up to ten words
    told = MAX_WORDS < len(words) <= 10 and (
        TOLD_OF.match(" ".join(words)) is not None or
        # "Keep the Head of Marketing in the loop on launch risks": whom and what about
        re.match(r"keep\w*\s+\S.{0,60}?\s(?:informed|updated|posted|aware|briefed|"
                 r"in the loop)\s+(?:of|on|about|with)\s", text, re.IGNORECASE) is not None or
        re.search(r"\bpoint of contact for\b", text, re.IGNORECASE) is not None or
        # "Agree the order of the loading with the Yard Foreman": whom it is agreed with
        verb_lemma(words[0].lower()) in AGREED_WITH and "with" in (w.lower() for w in words) or
        any(w.lower() in WITH_COMPLEMENTS and n.lower() == "with"
            for w, n in zip(words, words[1:], strict=False))) or \
        10 < len(words) <= 12 and verb_lemma(words[0].lower()) in AGREED_WITH and \
        " with the " in " ".join(words[-6:]).lower() and words[-1][:1].isupper()
    # ("Agree the wording of every external message with the Incident Commander": a duty
    # agreed with a party by its title keeps it up to twelve words)
    # "Run the weekly call with the Site Manager, the Architect and the Client": a duty
    # done with two or more parties keeps them, up to sixteen words
    told = told or MAX_WORDS < len(words) <= 16 and _with_parties(" ".join(words))
    # "Keep the Depot Manager informed of any spill or near miss on the yard", "Notify the
    # insurer of every claim by e-mail before the end of the day": what the party is kept
    # informed of or told of stays whole, up to sixteen words
    told = told or MAX_WORDS < len(words) <= 16 and (re.match(
        r"keep\w*\s+\S.{0,60}?\s(?:informed|updated|posted)\s+(?:of|about)\s", text,
        re.IGNORECASE) is not None or TOLD_OF.match(" ".join(words)) is not None)
    said = _SAID_CLAUSE.search(" ".join(words)) if len(words) > MAX_WORDS else None
    if len(words) > MAX_WORDS and len(words) > 2 and (
            words[1].lower() in ("that", "whether") or _ensured_verb(words) or
            said is not None and _said_that(" ".join(words)[:said.start()])):
        # "Check that every coach, teacher and helper holds a valid DBS check": the clause
        # is the object, whole up to when it applies (also after whom it is said to:
        # "Explain to the Competent Person where it is safe to work"), and so is what is
        # made sure, after its verb ("Make sure the sponsor on each grant has signed it")
        ends = [i for i in range(max(4, _ensured_verb(words) + 1), len(words))
                if words[i].lower() in CLAUSE_TIME]
        words = words[:min([*ends, 16])]
    elif MAX_WORDS + (kept_verb := bool(words and words[0] in KEPT_VERBS)) < len(words) <= \
            LONG_NAME + kept_verb and not handed_to and not told and \
            _plain_phrases(placed := _without_place(text, words)):
        # a name of eight or nine words keeps what it is about ("of the spare gas
        # cylinders") and when ("after the patch"), not where or with what ("on the
        # electronic chart", "using the published rubric") nor what a comma ends
        words = placed
    elif len(words) > (limit := MAX_WORDS + kept_verb) and not handed_to and not told:
        # (a kept verb, "Keep the risk log", takes no word of the name's length)
        # a comma inside a coordination ("project, program, and portfolio management") is
        # no place to cut
        cut = _THOUSANDS_COMMA_FREE.split(text, maxsplit=1)[0].split() \
            if not _comma_coordination(text) else words
        if len(cut) <= limit or _kept_phrase(cut):
            # (a name too long only by one phrase of whom, when or where keeps it)
            words = cut
        else:
            # cut before a trailing phrase ("... for the whole programme"), never inside an
            # "of" complement or a coordination ("quality of investment and project proposals",
            # "Test Entry and Test Exit gate meetings"), which stay whole up to ten words
            # (never inside a measure: "up to £2,000")
            bounds = [i for i in range(3, limit + 1)
                      if cut[i].lower() in PHRASE_BOUNDARIES - {"of", "and", "or"} and not (
                          cut[i].lower() == "to" and cut[i - 1].lower() == "up")] or \
                [i for i in range(4, limit + 1) if cut[i].lower() == "of"]
            asked_at = next((i for i in bounds if cut[i].lower() == "to" and
                             _asked_to(" ".join(cut[:i]))), None)
            if asked_at is not None:
                # "Ask each budget holder to confirm their open orders": what is asked is
                # the duty, up to the phrase after it, within ten words
                bounds = [i for i in range(asked_at + 2, min(len(cut), 11))
                          if cut[i].lower() in PHRASE_BOUNDARIES - {"of", "and", "or"}][:1]
            joins = [i for i in range(2, min(len(cut), 11))
                     if cut[i].lower() in ("and", "or")]
            # "Take the fire box, a hi-vis tabard and a radio from behind reception": the
            # list whole, up to the phrase after it, within ten words
            after_list = [i for i in range(limit + 1, min(len(cut), 11))
                          if cut[i].lower() in PHRASE_BOUNDARIES - {"of", "and", "or"}
                          and joins and i > joins[-1] + 1]
            listed = bool(joins) and "," in " ".join(cut[:joins[-1]])
            # "Inform the Duty Manager, the Pool Engineer and the Site Warden": the parties
            # told, all of them, up to the phrase after them (no list cut before its "and")
            told_end = next((i for i in range(joins[-1] + 2, len(cut))
                             if cut[i].lower() in PHRASE_BOUNDARIES - {"of", "and", "or"}),
                            len(cut)) if listed else 0
            if bounds and len(cut) <= 10 and \
                    cut[bounds[-1] - 1].lower() in ("not", "already", "yet", "still", "only"):
                # "Agree any spend over £200 not already in the budget": a cut after "not
                # already" leaves the phrase it qualifies out; the name stays whole
                bounds = []
            # "Set the problems and routes under the Head Setter's direction": whose
            # direction the work is done under names its owner; the name stays whole
            directed = bool(bounds) and len(cut) <= 12 and \
                cut[bounds[-1]].lower() == "under" and \
                UNDER_DIRECTION.match(" ".join(cut[bounds[-1]:])) is not None
            # "Give each volunteer a copy of the lone working procedure": a name whose words
            # past the cut are only what it is about and when or where it is done stays
            # whole, up to twelve words
            directed = directed or bool(bounds) and asked_at is None and \
                _kept_long(cut, bounds[-1])
            words = cut if directed else \
                cut[:bounds[-1]] if bounds else cut if len(cut) <= 10 else \
                cut[:after_list[0]] if after_list and listed else \
                cut[:told_end] if listed and told_end <= 12 and \
                verb_lemma(cut[0].lower()) in TELLING_VERBS else \
                cut[:told_end] if listed and told_end <= LIST_NAME else \
                cut[:joins[-1]] if joins else cut[:limit]
    if len(words) >= 2 and words[-1].lower().endswith("ly") and \
            word_classes(words[-1].lower()) & {"ADV", "ADJ", "NOUN"} == {"ADV"} and \
            words[-2].lower() not in BARE_PRONOUNS | {"and", "or"}:
        words = words[:-1]  # "align the roadmap accordingly"
    while len(words) > 1 and words[-1].lower().strip(",") in TRAILING_WORDS and not (
            words[-1].lower() in PARTICLES and (len(words) == 2 or words[1].lower() in (
                "that", "whether", "sure") or words[0].lower() == "ensure" or
                words[-3].lower() == "to") and
            verb_lemma(words[-2].lower()) == words[-2].lower()):
        # ("Check in", "Log on", "Make sure all visitors sign in": the particle is the verb's)
        words = words[:-1]  # never end mid-phrase ("... throughout the")
    if len(words) > 3 and words[-2].lower() in ("that", "which", "who"):
        words = words[:-2]  # nor on a clause cut after its verb ("decisions that align")
    measure = _OPEN_MEASURE.search(" ".join(words)) if len(words) > 3 else None
    if measure is not None:
        # nor on a measure cut before its number ("Book in the calendar no more than",
        # "Cancel a booking at least")
        words = " ".join(words)[:measure.start()].split()
    open_time = _OPEN_TIME.search(" ".join(words)) if len(words) > 3 else None
    if open_time is not None and " ".join(words)[:open_time.start()].split()[-1].lower() in (
            "every", "each", "within", "than", "after", "for", "in", "of", "over", "under",
            "per", "before", "by", "least", "most", "about", "around", "once", "twice",
            "on", "at", "during", "until", "through", "throughout"):
        # "every 15 minutes", "within two weeks", "on the night": the time is whole
        open_time = None
    if open_time is not None:
        # nor on a time cut before what it counts from ("Send a reminder 12 weeks",
        # "Tell the Supervisor the same"): the time goes whole
        words = " ".join(words)[:open_time.start()].split()
    if len(words) > 3 and words[-2].lower() in ("until", "unless", "when", "while", "once",
                                                "if", "before", "after") and \
            words[-1].lower() in ("you", "they", "we", "he", "she", "i"):
        words = words[:-2]  # nor on a condition cut after its subject ("... until you")
    if len(words) > 1 and not object_first and is_third_person_verb(words[0]) and \
            words[0].lower() not in AUXILIARIES and (
                words[1].lower() not in ("such", "and", "or", "as", "of", "in") or
                words[1].lower() in PARTICLES and len(words) > 2 and
                words[2].lower() in OBJECT_STARTS):  # "Fills in the form"
        lemma = verb_lemma(words[0].lower())
        if lemma and (lemma not in NON_DUTY_VERBS or lemma in ("go", "come") and
                      words[1].lower() in ("to", "into", "through", "back", "out")):
            # "Submits the protocol" -> "Submit the protocol"; "Goes to the control
            # point" -> "Go to the control point" (a place to be is a duty in a list)
            words = [lemma, *words[1:]]
    elif len(words) > 2 and not object_first and words[0].lower().endswith("ing") and \
            (words[1].lower() in ("the", "a", "an", "all", "each", "every", "their", "its") or
             word_classes(words[0].lower()) == {"VERB"} and (
                 "ADJ" in word_classes(words[1].lower()) or
                 singular(words[1].lower()) != words[1].lower()) or
             # "Weighing incoming loads": a verb, a modifier and a plural object
             len(words) == 3 and "VERB" in word_classes(words[0].lower()) and
             words[1].lower().endswith("ing") and
             singular(words[2].lower()) != words[2].lower()):
        # "Logging the readings", "Sending weekly reminders": a verb with its object; but
        # "Planning sessions" and "Hiring process" are nouns
        lemma = verb_lemma(words[0].lower())
        if lemma and lemma not in NON_DUTY_VERBS and "VERB" in word_classes(lemma):
            words = [lemma, *words[1:]]  # "Logging the readings" -> "Log the readings"
    # a filler before the noun it modifies ("the proper editor"), never the noun of an
    # idiom ("the process as a whole")
    words = [w for i, w in enumerate(words) if w.lower() not in FILLER_MODIFIERS
             or i + 1 == len(words)] \
        if len(words) > 2 or words[:1] and words[0].lower() in FILLER_MODIFIERS else words
    if len(words) > 2 and words[1].lower() in ("our", "your") and verb_lemma(words[0].lower()):
        # "Harden our clusters": whose they are goes; "Sweep your area": the area
        head_end = next((i for i in range(2, len(words)) if words[i].lower() in
                       FUNCTION_WORDS | {"and", "or"} or words[i - 1].endswith((",", ":"))),
                      len(words))
        words = [words[0], *words[2:]] if words[head_end - 1].lower().strip(",:").endswith("s") \
            else [words[0], "the", *words[2:]]
    # "Assign the proper editor" -> "Assign the editor", "Necessary guidance" -> "Guidance"
    words = [w for i, w in enumerate(words) if not (
        i + 1 < len(words) and w.lower().endswith(("s'", "'s")) and
        words[i + 1].lower()[:5] == w.lower()[:5])]  # "contributors' contributions"
    if len(words) >= 2 and words[1].lower().strip(",.") in BARE_PRONOUNS and not (
            words[1].lower() in ("this", "that", "these", "those") and len(words) > 2) \
            and not _initialism(words[1]) and not _person_then_more(words):
        # (but "Maintain this policy": a determiner before its noun)
        return ""  # "Managing them proactively": no duty without its referent
    if words and words[0].lower() in ("them", "it", "him", "her", "us") and \
            not _initialism(words[0]):
        return ""  # "(responsible for) them from that point": nothing named
    words = _closed_clause(words, source)
    words = _without_dangling_alternative(words, source)
    name = " ".join(_compact(words)).strip(" ,—–-")
    if name.count(")") > name.count("("):
        name = name.replace(")", "").strip()  # "Dietary needs)": the rest of an aside
    elif name.count("(") > name.count(")"):
        name = name[:name.rfind("(")].strip(" ,")  # "Clear the hallway (done Sat": the aside
    if _no_duty(name) or OUTCOME.match(name) or _SUCH_AS.match(name):
        return ""
    name = _thing_with_its_verb(name, source)
    return name[:1].upper() + name[1:] if name else ""


# verbs of looking after a thing, which a row names by the thing alone ("manage the
# budget": "Budget")
_ARTEFACT_VERBS = frozenset({"manage", "ensure", "oversee", "handle", "maintain"})
# verbs of charge a name keeps however they are written, as an order too ("Run the
# woodshop induction", "Lead the hill walk", "Drive the minibus")
_CHARGE_KEPT = frozenset({"run", "lead", "drive"})
_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "their", "its", "his", "her", "each",
                                 "every"})


# What follows a person named by a pronoun when a duty is done to them: where, or what
# they are given ("meet them at the gate", "give them the site tour")
_AFTER_PERSON = {"at", "in", "into", "on", "to", "through", "round", "around", "the", "a",
                 "an", "their", "your", "our"}
# Verbs whose object is a person met, shown round or seen off, never a thing
_PERSON_VERBS = {"greet", "welcome", "escort", "show", "give", "introduce", "guide", "seat",
                 "meet", "thank", "sign", "accompany", "induct"}


def _person_then_more(words: list[str]) -> bool:
    """Whether a verb's object is a person named by a pronoun with where the duty takes
    them, or what it gives them, after it ("Meet them at the gate", "Give them the site
    tour"): the duty is named so, as a reader writes it."""
    return len(words) >= 4 and words[1].lower() in ("them", "him", "her") and \
        words[2].lower() in _AFTER_PERSON and \
        (verb_lemma(words[0].lower()) or "") in _PERSON_VERBS


def _second_recipient(first: str, words: list[str]) -> str:
    """``first``, the party a duty goes to, with a second one after "and" ("to the
    church and the soloists"), both named by an article or a capital, up to four words
    each; else ``first``."""
    n = len(first.split())
    if words[n:n + 1] != ["and"] or len(words) < n + 2:
        return first
    rest = words[n + 1:n + 5]
    if not (rest[0].lower() in ("the", "our", "their", "all") or rest[0][:1].isupper()):
        return first
    second = next((" ".join(rest[:m]) for m in range(len(rest), 0, -1)
                   if actor_name(" ".join(rest[:m]))), None)
    return f"{first} and {second}" if second and n + 1 + len(second.split()) == len(words) \
        else first


def _thing_with_its_verb(name: str, source: str) -> str:
    """A name that is the whole object of the verb of charge its clause opens with keeps
    the verb: "owns the report", "runs the workshop" name "Own the report", "Run the
    workshop", not "Report", an area of work that says nothing of the duty; so does an
    object of more words after a verb written as a role's own ("runs the evening
    briefing": "Run the evening briefing") or after "run" and "lead" however written ("Run
    the evening briefing" in a list; "drive" too), except "own" ("owns the module syllabus": what
    is owned, "Module syllabus"). A party or a name ("helps the PO", "runs the Club"), the
    verbs that look after a thing ("manages the budget": "Budget") and an object cut short
    by the naming stay as they were read. The draft keeps such a row and the bare thing
    one row ("oversees the stocktake", "runs the stocktake")."""
    words = source.split()
    if len(words) < 3 or words[1].lower() not in _OBJECT_DETERMINERS:
        return name
    size = len(name.split())
    obj = words[2:2 + size]
    lemma = verb_lemma(words[0].lower())
    if len(obj) < size or size > 1 and lemma not in _CHARGE_KEPT and (
            not is_third_person_verb(words[0]) or lemma == "own"):
        return name
    thing = " ".join(obj).strip(" ,.;:")
    after = words[2 + size] if len(words) > 2 + size else ""
    # ("does a headcount at 6.45": when it is done, after the object, is no more of it)
    rest = " ".join(words[2 + size:]).rstrip(" .;,")
    timed = bool(rest) and not obj[-1].endswith((",", ";", ":")) and \
        _split_when(source.strip(" .;,"))[1] == rest
    if lemma not in OWNERSHIP_VERBS or lemma in _ARTEFACT_VERBS or \
            thing.lower() != name.lower() or thing[:1].isupper() or \
            (after and not re.match(r"[,.;:]|and$|or$", after) and
             not obj[-1].endswith((",", ".", ";", ":")) and not timed):
        return name
    return f"{lemma} {words[1].lower()} {thing}" + (f" {rest}" if timed else "")


# Words that open a clause: a name never ends inside one ("Hold the product if the limit")
SUBORDINATORS = {"if", "when", "whether", "how", "what", "which", "that", "where", "until",
                 "while", "because", "unless", "once", "so"}
# Verbs whose object is a clause ("decide whether ...", "tell the client if ..."): the
# clause whole takes up to twelve words
CLAUSE_OBJECT_VERBS = {"decide", "check", "ask", "agree", "discuss", "tell", "confirm", "advise",
                "explain", "establish", "determine", "consider", "judge", "find", "inform",
                "say", "know"}
# Subordinators that never open a phrase without a verb ("until the first dance" may be
# whole; "if your licence" never is, even when the sentence holds no more of it)
NEVER_PREPOSITIONS = {"if", "whether", "how", "because", "unless", "so", "where"}
_SUBJECT_STARTS = {"the", "a", "an", "all", "any", "every", "each", "your", "their", "its",
                   "our", "his", "her", "this", "these", "those", "no", "some"}
_SUBJECT_PRONOUNS = {"you", "they", "we", "he", "she", "it", "i", "someone", "anyone"}


def _verbal(word: str, before: str = "") -> bool:
    """A word that is a clause's verb ("moves", "is", "changed", "change" after a plural
    subject), never a name."""
    w = word.lower().strip(",;:.")
    return word[:1].islower() and (
        w in AUXILIARIES or w.endswith("n't") or w in ("was", "were", "had", "did") or
        is_third_person_verb(w) or
        # ("each patient responds": an -s form after a singular subject)
        w.endswith("s") and not w.endswith("ss") and before[:1].islower() and
        not before.endswith((",", "s")) or "VERB" in word_classes(w) and (
            w.endswith("ed") or before.lower().endswith("s") and not before.endswith(",") and
            singular(before.lower()) != before.lower()))


def _open_clause(rest: list[str]) -> bool:
    """True when the words after a subordinator hold a subject but no verb ("the fix",
    "your licence", "the Duty Centre", "they have"), or nothing at all."""
    if not rest:
        return True
    first = rest[0].lower().strip(",")
    if first == "to" or first in (CLAUSE_TIME | SUBORDINATORS) - _SUBJECT_STARTS:
        return first != "to" or len(rest) < 2
    if first in _SUBJECT_PRONOUNS:
        return len(rest) == 1 or len(rest) == 2 and (
            rest[1].lower() in AUXILIARIES | {"does", "did", "had"} or
            rest[1].lower().endswith("n't"))
    if first in _SUBJECT_STARTS:
        return not any(_verbal(w, rest[i + 1]) for i, w in enumerate(rest[2:]))
    return all(w[:1].isupper() for w in rest)  # "whether CITES": a name, no verb


def _clause_end(words: list[str], start: int, verb_at: int, limit: int) -> int:
    """Where a clause opened at ``start`` ends: at a comma or when it applies, else (too
    long) before the first phrase after its verb."""
    end = next((i + 1 for i in range(verb_at, len(words)) if words[i][-1:] in ",;:."),
               len(words))
    end = next((i for i in range(verb_at + 1, end) if words[i].lower() in CLAUSE_TIME), end)
    if end <= limit:
        return end
    return next((i for i in range(verb_at + 1, end)
                 if words[i].lower() in PHRASE_BOUNDARIES - {"of"}), end)


def _closed_clause(words: list[str], source: str) -> list[str]:
    """A name that ends inside a clause ("Hold the product if the limit", "Agree with the
    DTL whether") takes the clause whole from ``source`` when it fits, else ends before
    its subordinator when what is left names a duty ("Keep the incident log")."""
    at = next((i for i in range(len(words) - 1, 0, -1)
               if words[i].lower() in SUBORDINATORS), None)
    if at is None or not _open_clause(words[at + 1:]):
        return words
    said = (verb_lemma(words[0].lower()) or words[0].lower()) in CLAUSE_OBJECT_VERBS
    limit = 12 if said else LONG_NAME
    plain = [w.lower().strip(",;:.") for w in source.split()]
    before, word = words[at - 1].lower().strip(","), words[at].lower()
    found = next((k for k in range(1, len(plain)) if plain[k] == word and
                  plain[k - 1] == before), None)
    if found is not None:
        whole = source.split()
        # (the verb of "whether to ask ..." is the word after "to", of "if they ..." the
        # word after its subject)
        verb_at = found + 2 if len(whole) > found + 2 and \
            plain[found + 1] in _SUBJECT_PRONOUNS | {"to"} else \
            next((k for k in range(found + 2, len(whole))
                  if _verbal(whole[k], whole[k - 1]) and
                  not _open_clause(whole[found + 1:k + 1])), None)
        if verb_at is not None:
            end = _clause_end(whole, found, verb_at, found + limit - at)
            clause = [*whole[found:end - 1], whole[end - 1].rstrip(",;:.")]
            if clause[-1].lower() in TRAILING_WORDS | AUXILIARIES:
                pass  # (a clause cut before its verb's complement is no better)
            elif at + len(clause) <= limit or said and at + len(clause) <= 16 and at < 3:
                return [*words[:at], *clause]
    if (found is None or verb_at is None) and (
            word not in NEVER_PREPOSITIONS or len(words) - at > 3):
        return words  # ("Day from arrival until the first dance": a phrase, no clause)
    head = words[:at]
    while len(head) > 1 and head[-1].lower().strip(",") in TRAILING_WORDS:
        head = head[:-1]
    return head if len(head) >= 2 else words


def _without_dangling_alternative(words: list[str], source: str) -> list[str]:
    """A name cut after the verb of a second act, its object left behind ("approve the
    plan or return it with comments" named "Plan or return"), ends before it ("Plan")."""
    if len(words) < 3 or words[-2].lower() not in ("or", "and") or \
            not words[-1][:1].islower() or verb_lemma(words[-1]) != words[-1]:
        return words
    cut = re.search(rf"\b{words[-2]}\s+{re.escape(words[-1])}\s+(?:it|them|the|a|an|this|"
                    r"these|those|its|their|any|all)\b", source, re.IGNORECASE)
    return words[:-2] if cut is not None else words


# The words that open a phrase of whom, when or where a duty is done ("to the audit
# database", "at the weekly review", "for all bidders", "with the site team")
KEPT_PHRASE_HEADS = {"to", "at", "for", "with"}
KEPT_PHRASE_STARTS = ("the", "a", "an", "each", "every", "all", "its", "their", "our", "his",
                      "her", "any", "both")


# Words that open a phrase of where or with what a duty is done (not where a thing is put:
# "scan the forms into the project folder")
PLACE_WORDS = {"in", "on", "using", "via", "through", "from"}


def _place_phrase(words: list[str]) -> int:
    """Where the last phrase of where or with what a duty is done starts in ``words``
    ("on the electronic chart", "using the rubric"), or a date of a one-off ("on 14
    March"); their length when none ends them."""
    for i in range(len(words) - 1, 2, -1):
        word = words[i].lower()
        dated = any(c.isdigit() for c in " ".join(words[i:]))
        if word in ("on", "at") and dated or word in PLACE_WORDS and not dated and \
                not _record_named(words, i):
            return i
    return len(words)


# What a duty is written down in or on: a record kept on paper or on a screen
RECORD_NOUNS = {"record", "log", "logbook", "book", "register", "form", "sheet", "copy",
                "file", "list", "card", "diary", "ledger", "notebook", "board", "whiteboard",
                "noticeboard"}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _record_named(words: list[str], at: int) -> bool:
    """Whether the phrase at ``at`` names the one record a duty is written down in or on,
    "in the theatre record", "on the clinic sheet": "in" or "on", an article and up to
    four words ending on a record, with no phrase, time or place before or after it in
    the name."""
    rest = [w.lower().strip(",.") for w in words[at + 1:]]
    return words[at].lower() in ("in", "on") and 2 <= len(rest) <= 5 and \
        rest[0] in ("the", "a", "an") and singular(rest[-1]) in RECORD_NOUNS and not any(
            w in PHRASE_BOUNDARIES | CLAUSE_TIME | {"that", "which", "who", "they"} or
            singular(w) in _PERIODS or w in _WEEKDAYS for w in rest[1:]) and \
        not any(w.lower() in PLACE_WORDS for w in words[1:at])


def _plain_phrases(words: list[str]) -> bool:
    """Whether a name of up to nine words is only its duty and phrases of what, when or
    where: no amount ("up to £2,000", a limit of its own) and no clause with a subject of
    its own ("after the manager has approved it", "before it is created")."""
    if any(c.isdigit() or c in "£$€%" for w in words[1:] for c in w):
        return False
    return not _subject_clause(words)


def _subject_clause(words: list[str]) -> bool:
    """Whether ``words`` hold a clause of when or if with a subject of its own ("after the
    manager has approved it", "before it is created")."""
    return any(w.lower() in CLAUSE_TIME | {"if", "while", "unless"} and any(
        x.lower() in _FINITE or is_third_person_verb(x) for x in words[i + 2:i + 5])
        for i, w in enumerate(words))


def _without_place(text: str, words: list[str]) -> list[str]:
    """``words`` (the name of ``text``) up to a comma that ends its clause, without a
    trailing phrase of where or with what the duty is done."""
    if "," in text and not _comma_coordination(text):
        words = _THOUSANDS_COMMA_FREE.split(text, maxsplit=1)[0].split()
    return words[:_place_phrase(words)]


# The longest name kept whole when all it holds past its seventh word is what it is about
# and when or where it is done (see _kept_long)
LONGEST_NAME = 12
# The words that open such a phrase: its object's own complement ("of the spare keys"), a
# second object ("and the key log"), where it goes ("to the office"), an occasion ("before
# the doors open", "after each visit", "at the handover") and where it is written or done
# ("on the booking sheet"); not where inside ("in"), a limit ("by", "within"), a measure
# ("against"), nor a party, purpose or source ("with", "for", "from", "about"), which the
# shorter names leave out too
LONG_KEPT_HEADS = frozenset({"of", "and", "or", "to", "at", "on",
                             "before", "after", "through", "using", "over", "under",
                             "around", "between"})
# Words that open a clause: a name holding one is cut as before
_LONG_CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "if", "when",
                                "while", "until", "unless", "because", "whether", "so",
                                "where", "how", "what", "instead", "rather"})


def _kept_long(cut: list[str], at: int) -> bool:
    """Whether a name of eight to twelve words that would be cut at ``at`` stays whole:
    it opens with a verb and a plain object (no title: "Audit Entry and Audit Exit review
    meetings" is a thing, not a duty), holds no clause, and every phrase from ``at`` on
    opens with a word of LONG_KEPT_HEADS ("Give each volunteer a copy of the lone working
    procedure", "Meet the team captains at the side gate before the warm-up"); a phrase
    of where inside or by when ("in the site diary", "by Friday") still goes, and so does
    a clause with a subject of its own ("before it is created") or a contrast ("instead
    of ...")."""
    if len(cut) > LONGEST_NAME or len(cut) < 2 or verb_lemma(cut[0].lower()) is None or \
            cut[1][:1].isupper():
        return False
    if any(w.lower().strip(",") in _LONG_CLAUSE_WORDS for w in cut[1:]) or \
            _subject_clause(cut):
        return False  # (nor "before work starts": a clause with a subject of its own)
    if any(c.isdigit() or c in "£$€%" for w in cut[at:] for c in w) or \
            "together" in (w.lower() for w in cut):
        return False  # (a date or an amount, "at the 2 May huddle", or a party told)
    heads = [w.lower() for w in cut[at:] if w.lower() in PHRASE_BOUNDARIES]
    return bool(heads) and all(h in LONG_KEPT_HEADS for h in heads)


def _kept_phrase(cut: list[str]) -> bool:
    """"Upload the final report to the audit database": a name too long only by one
    trailing phrase of whom, when or where (a party, an occasion, a place after an article
    or a name) keeps it, up to ten words; never a purpose ("to check the stock"), nor a
    dated one-off ("at the 2 May meeting")."""
    if len(cut) > 10:
        return False
    at = [i for i in range(2, len(cut)) if cut[i].lower() in PHRASE_BOUNDARIES]
    if len(at) != 1 or cut[at[0]].lower() not in KEPT_PHRASE_HEADS or at[0] > 6 or \
            cut[at[0] - 1].lower() == "together":
        return False  # (who the duty is done "together with" is told, not named)
    after = cut[at[0] + 1:]
    if not after or any(c.isdigit() for c in " ".join(after)):
        return False
    first = after[0]
    return first.lower() in KEPT_PHRASE_STARTS or first[:1].isupper()


def _whom_or_where(head: list[str], clause: list[str]) -> bool:
    """Whether one "to" phrase after a short duty names a party or a place ("the Site
    Office", "all volunteers", "HMRC"): an article or a name of two words or capitals,
    with no second phrase, no time and no number (not "to Priya", a person whose role is
    told, nor "to review it", a purpose, nor where a thing is moved to)."""
    if not clause or len(head) > 6 or len(head) + len(clause) > 10 or \
            verb_lemma(head[0].lower()) in MOVING_VERBS or \
            any(c.isdigit() for c in " ".join(clause)) or \
            any(w.lower() in PHRASE_BOUNDARIES | CLAUSE_TIME for w in clause[1:]):
        return False
    first = clause[0]
    return first.lower() in KEPT_PHRASE_STARTS or \
        first[:1].isupper() and (len(clause) >= 2 or first.isupper())


_PARTY_WHOLE = re.compile(r"(?:the|their|its|our|your|each|every|all|a|an)\s+[\w'’&-]+"
                          r"(?:\s+[\w'’&-]+){0,4}", re.IGNORECASE)
_SUPPORT_GIVEN = re.compile(r"(?:the\s+|their\s+)?(?:input|help|support|advice|agreement|"
                            r"approval|guidance|sign-?off|consent|assistance|backing|"
                            r"comments?|feedback)\b", re.IGNORECASE)


def _party_named_whole(tail: str) -> bool:
    """Whether what follows "with" is a party named by an article and up to five words and
    nothing after it ("the Centre Lead", "their line manager"), not help given ("the
    input of ...") nor a thing ("the new till")."""
    part = tail.strip().rstrip(" .")
    return _PARTY_WHOLE.fullmatch(part) is not None and \
        _SUPPORT_GIVEN.match(part) is None and _with_party(part)


_SCOPE_WHOLE = re.compile(r"(?:each|every|all|any|the|their|its|this|that|our|your|a|an)"
                          r"\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}", re.IGNORECASE)


def _scope_named_whole(head: str, tail: str, text: str) -> bool:
    """Whether a "for" phrase after a duty names what the duty covers and nothing after
    it ("for every score", "for each country", "for the whole flight"): an article or
    "each", "every", "all" and up to four words, no second phrase, no number and no
    clause, within ten words in all."""
    part = tail.strip().rstrip(" .")
    words = head.split()
    if len(words) < 2 or len(text.split()) > 10 or verb_lemma(words[0].lower()) is None or \
            words[-1].lower() in BARE_PRONOUNS or \
            _SCOPE_WHOLE.fullmatch(part) is None or any(c.isdigit() for c in part):
        return False
    return not any(w.lower() in PHRASE_BOUNDARIES | CLAUSE_TIME | {"that", "which", "who"}
                   for w in part.split()[1:])


def _with_party(tail: str) -> bool:
    """Whether what follows "with" names people or a party (a role, "the team", "staff",
    "them"), not a thing ("scrap counts", "the hold reason")."""
    words = re.split(r"[,;(]", tail, maxsplit=1)[0].split()[:5]
    if not words:
        return False
    if words[0].lower() in ("them", "him", "her", "us", "you", "me", "each", "every", "all",
                            "any", "other", "others", "their", "his", "your", "our"):
        return True
    if re.match(r"(?:the\s+)?(?:input|help|support|advice|agreement|approval|guidance|"
                r"sign-?off|consent|assistance|backing|comments?|feedback)\b", tail.strip(),
                re.IGNORECASE):
        return True  # "with input from everyone involved": whom it is done with
    phrase = " ".join(words)
    # (the phrase's head noun, before a preposition or "and": "the client details" are
    # details)
    noun = re.split(r"\s+(?:and|or|on|in|at|for|to|from|about|of|before|after|when)\s+",
                    phrase)[0].split()
    return actor_name(" ".join(noun), acronym=True) is not None \
        or _names_people(phrase) or any(w[:1].isupper() for w in noun[:3]) or (
            singular(noun[-1].lower().strip(",.")) in RECEIVERS | PEOPLE_WORDS)


def _with_parties(text: str) -> bool:
    """Whether ``text`` ends in "with" and two or more parties, each a title in capitals,
    an initialism or people named by a common noun ("with AOM, DIC and airline reps", "with
    the RC, QA and the PM"), after a verb and its object of two words or more."""
    head, sep, tail = text.rpartition(" with ")
    if not sep or len(head.split()) < 3 or verb_lemma(head.split()[0].lower()) is None or \
            head.split()[-1].lower() in BARE_PRONOUNS | WITH_COMPLEMENTS | {
                "together", "along", "consultation", "conjunction", "line", "accordance",
                "keeping"} or head.endswith(",") or \
            re.search(r"\b(?:after|before|when|while)\s+\w+ing\b", head, re.IGNORECASE):
        # ("together with the President", "after agreeing dates with the Treasurer": a
        # party the duty is done beside or after, no part of its name)
        return False
    pieces = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", tail.strip(" ."))]
    if not pieces or len(pieces) < 2 and not (
            re.sub(r"^the\s+", "", pieces[0])[:1].isupper() and
            actor_name(pieces[0], acronym=True) is not None):
        # (one party must be a title in capitals: "the Health and Safety Advisor", not
        # "all stakeholders")
        return False
    for piece in pieces:
        words = piece.split()
        if words and words[0].lower() in ("the", "our", "their", "all", "its"):
            words = words[1:]
        if not 1 <= len(words) <= 4 or any(w.lower() in PHRASE_BOUNDARIES for w in words):
            return False
        if not (words[0][:1].isupper() or
                singular(words[-1].lower()) in RECEIVERS | PEOPLE_WORDS | {"rep", "airline"}):
            return False
    return True


# People named by a common noun ("with the families", "with partners")
PEOPLE_WORDS = {"family", "partner", "client", "customer", "supplier", "contractor", "vendor",
                "stakeholder", "user", "resident", "tenant", "parent", "member", "mentor",
                "person", "people", "team", "group", "committee", "board", "panel",
                "department", "colleague", "manager", "lead", "officer", "chair", "agency",
                "council", "insurer", "landlord", "owner", "author", "reviewer"}


# Verbs that give something to people: the people it is given to stay in the name.
GIVING_VERBS = {"provide", "give"}
# Whom something is given to, then what: "every new starter their induction", "the board a
# summary" (a short noun phrase, then a determiner opening the second object)
DOUBLE_OBJECT = re.compile(r"^(?:(?:every|each|all|any|the|our|your|new)\s+){1,2}"
                           # (the first object's words no preposition: "give the reasons
                           # for the placings" has one object)
                           r"(?:(?!(?:for|to|of|in|on|at|with|from|by|into|back|over|about|"
                           r"under|after|before)\b)[a-z][\w-]*\s+){1,3}?"
                           # ("give the driver (or their escort) the keys": an aside between)
                           r"(?:\([^()]{1,60}\)\s+)?(?:their|his|her|a|an|the)\s+\w",
                           re.IGNORECASE)
# People who receive work without holding duties of their own (reviewed, lower case).
RECEIVERS = {"apprentice", "intern", "trainee", "newcomer", "hire", "student", "learner",
             "colleague", "peer", "participant", "attendee", "staff", "patient", "volunteer"}


def _receivers(tail: str) -> str | None:
    """The people at the start of ``tail`` ("apprentices in all activities" ->
    "apprentices"), or None when it does not start with people."""
    phrase = re.split(r"\s+(?:in|on|at|for|with|during|across|throughout|when|whenever|as|"
                      r"after|before|once|each|every|until)\s+|[,;(.]",
                      tail.strip(), maxsplit=1)[0].split()
    if not 1 <= len(phrase) <= 3:
        return None
    last = singular(phrase[-1].lower())
    return " ".join(phrase) if last in RECEIVERS or last in VOCABULARY else None


# Where a hand-off's recipient ends: a time, a condition, a purpose or another clause.
_RECIPIENT_END = {"by", "before", "after", "if", "when", "whenever", "once", "for", "within",
                  "on", "at", "every", "each", "so", "as", "in", "with", "and", "or", "who",
                  "which", "that", "to", "via", "from", "until", "unless", "during", "no",
                  "not", "weekly", "monthly", "daily", "quarterly", "annually", "yearly"}
_RECIPIENT_LEAD = {"the", "a", "an", "our", "your", "their", "its", "his", "her"}


def _title_of_capitals(recipient: str, words: list[str]) -> str:
    """A recipient whose title goes on in capitals after "of" ("the Clerk" of "the Clerk of
    the Course", "the Master of the Rolls"): the whole title, as written."""
    rest = words[len(recipient.split()):]
    if not recipient.split() or not recipient.split()[-1][:1].isupper() or \
            rest[:1] != ["of"]:
        return recipient
    taken = ["of"] + (["the"] if rest[1:2] == ["the"] else [])
    named = [w for w in _takewhile_capitals(rest[len(taken):])]
    return " ".join([recipient, *taken, *named]) if named else recipient


def _takewhile_capitals(words: list[str]) -> list[str]:
    out = []
    for w in words:
        if not re.fullmatch(r"[A-Z][\w'’&-]*", w):
            break
        out.append(w)
    return out


def _named_recipient(tail: str) -> str | None:
    """The party a hand-off goes to when no role is named there: a noun phrase after an
    article or a name ("the payroll bureau", "HMRC"), never a purpose ("to review it")."""
    words = re.split(r"[,;(.:]", tail.strip(), maxsplit=1)[0].split()
    phrase: list[str] = []
    for word in words:
        if word.lower() in _RECIPIENT_END or len(phrase) == 5:
            break
        phrase.append(word)
    if not phrase or phrase[-1].lower() in _RECIPIENT_LEAD:
        return None
    first = phrase[0]
    if first.lower() in _RECIPIENT_LEAD:
        return " ".join(phrase) if len(phrase) >= 2 else None
    if first[:1].isupper() and (len(phrase) >= 2 or first.isupper()):
        # "HMRC", "Payroll Services"; a single name ("Priya") is a person, whose role the
        # hand-off informs
        return " ".join(phrase)
    return None


RUN_OF_VERBS = re.compile(r"^(?P<verbs>[a-z]+(?:,\s*[a-z]+)*,?\s+(?:and|or)\s+[a-z]+)\s+"
                          r"(?P<object>(?:(?:the|a|an|all|each|every|its|their|our)\s+)?\S.*)$",
                          re.IGNORECASE)


def _verb_run(text: str) -> str:
    """Verbs in a run over one object ("Schedules, runs and closes the meetings") named
    together in the imperative, the object after them; "" for other text."""
    run = RUN_OF_VERBS.match(text)
    pair = [v for v in run.group("verbs").split() if v not in ("and", "or")] if run else []
    if run is None or "," not in run.group("verbs") and not (
            all(is_third_person_verb(v) for v in pair) and not all(
                (verb_lemma(v.lower()) or "") in OWNERSHIP_VERBS | set(ACTION_NOUNS)
                for v in pair)):
        # a run needs commas, or two verbs in the third person one of which says more
        # than that the work is done ("calls and chairs", not "plans and conducts")
        return ""
    verbs = [v for v in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+",
                                 run.group("verbs")) if v]
    lemmas = [verb_lemma(v.lower()) or "" for v in verbs]
    if len(verbs) < 2 or verbs[0].lower().endswith("ing") or not all(
            lemma and "VERB" in word_classes(lemma) for lemma in lemmas) or not all(
            _same_verb_form(verbs[0].lower(), v.lower()) for v in verbs[1:]):
        return ""
    if run.group("object").split()[0].lower() in ("for", "of", "from", "in", "on", "at"):
        return ""  # "Cones, bibs, nets and balls for training": things, no verbs
    joiner = " or " if re.search(r"\bor\s+\w+$", run.group("verbs")) else " and "
    named = ", ".join(lemmas[:-1]) + joiner + lemmas[-1]
    if run.group("object").split()[0].lower() == "to" and "," in run.group("verbs"):
        # "mix, shape, prove and bake to the production sheet": verbs with no object, what
        # they are done to, as written
        return f"{named[:1].upper()}{named[1:]} {' '.join(run.group('object').split())}"
    obj = activity_name(run.group("object"))
    if not obj:
        return ""
    raw = run.group("object").split()
    if not raw[1 if raw[0].lower() in ("the", "a", "an") and len(raw) > 1 else 0][:1].isupper():
        obj = obj[:1].lower() + obj[1:]  # but "the Change Manager" keeps its capitals
    if raw[0].lower() in ("the", "a", "an") and len(raw) > 1 and \
            obj.split()[0].lower() == raw[1].lower():
        obj = f"{raw[0].lower()} {obj}"  # a verb keeps the article of its object
    return f"{named[:1].upper()}{named[1:]} {obj}"


GIVEN_TO = re.compile(
    r"^(?P<verb>give|gives|giving|send|sends|sending|hand|hands|handing|show|shows|showing|"
    r"offer|offers|offering)\s+(?P<who>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|him|her|me|"
    r"them|us|you)\s+"
    r"(?P<what>(?:a|an|the|their|its|all|any|each|every|your|our|his|her)\s+\S.*)$")


# An outcome the work leads to ("supports improved financial performance"), not a duty.
OUTCOME = re.compile(r"^(?:improved|increased|reduced|better|greater|higher|lower|faster|"
                     r"stronger|enhanced|optimal)\s", re.IGNORECASE)


_SLASH_OR_SPACE = re.compile(r"[/\s]+")
_CAPITAL_AND_SMALL = re.compile(r"[A-Z][a-z]")
_AS_CAPACITY = re.compile(r"^as\s+(?:a|an|the)\s", re.IGNORECASE)


_CONDITION_OPENING = re.compile(
    r"(?:only\s+)?(?:after|before|when|whenever|if|once|until|unless)\s", re.IGNORECASE)
_EXCEPTION_ALONE = re.compile(r"(?:except|apart from|other than|save)\s+(?:in|on|at|when|"
                              r"where|if|for|during|after|before|by)\b", re.IGNORECASE)
_WRITER_CALLED = re.compile(r"\b(?i:me|us)\b")
_PAGE_SAYS = re.compile(r"(?:this|that|it|here|there)\s+(?:is|are|was)\b|these\s+are\b",
                        re.IGNORECASE)


def _names_nothing(name: str) -> bool:
    """A finished name that says no duty: a participle alone ("Reviewed"), a condition
    alone ("Only after the Group has confirmed"), an exception alone ("Except in an
    emergency"), what the page is ("This is who does
    what"), a piece of a phrase ending on a preposition ("Back from"), or a verb and a
    particle or a pointing word without its object ("Carry out"; a verb that is also a
    noun may name the work, and a lone word may be a noun the tables lack, "of spend")."""
    words = name.lower().split()
    lemma = verb_lemma(words[0]) if words else None
    if len(words) == 1 and words[0].endswith("ed") and lemma not in (None, words[0]) and \
            not word_classes(words[0]) & {"NOUN", "ADJ"}:
        return True  # "Reviewed": a participle cut from what it says
    if _CONDITION_OPENING.match(name) and _conditioned_imperative(name) is None:
        return True  # "Only after the Working Group has confirmed": a condition, no duty
    if _EXCEPTION_ALONE.match(name):
        return True  # "Except in an emergency": the exception cut from its duty
    if _PAGE_SAYS.match(name):
        return True  # "This is who does what": what the page is, no duty
    if 2 <= len(words) <= 3 and words[-1] in ("from", "to", "with", "of", "for", "by", "at",
                                              "into", "about", "than"):
        return True  # "Back from" (of "working back from that date"): a piece of a phrase
    if len(words) >= 2 and words[-1] in ("not", "never", "nor"):
        # "Send back anything that is not", "Comment on the report but do not": cut after
        # its negation, what is denied is gone
        return True
    if _made_so_up(words):
        return False  # "Open up", "Tidy up": a whole act, made open or tidy
    return lemma is not None and lemma == words[0] and "NOUN" not in word_classes(lemma) and \
        len(words) == 2 and words[1] in ("out", "around", "up", "over", "this", "that", "you")


def _made_so_up(words: list[str]) -> bool:
    """Whether the words are a verb that is also an adjective and "up" ("open up", "tidy
    up"): the act of making the place so, whole without an object, as "lock up" is."""
    return len(words) == 2 and words[1] == "up" and \
        {"VERB", "ADJ"} <= word_classes(words[0])


def _no_duty(name: str) -> bool:
    """Names that hold no duty: verbs without an object ("updates/accepts"), a capacity
    ("as an expert") and an empty head alone ("efforts")."""
    tokens = [t for t in _SLASH_OR_SPACE.split(name) if t]
    if len(tokens) == 1 and tokens[0].lower() in EMPTY_HEADS | DUTY_CONTAINERS:
        return True
    if len(tokens) >= 2 and all(is_third_person_verb(t) for t in tokens):
        return True
    if len(tokens) == 1 and is_third_person_verb(tokens[0]) and \
            "NOUN" not in word_classes(verb_lemma(tokens[0].lower()) or ""):
        return True  # "Decides": a verb cut from its object
    if "@" in name or "://" in name:
        return True  # "Questions to swarms@example.org": where to write, no duty
    stripped = name.strip()
    if len(stripped) <= 1 or len(stripped) == 2 and _CAPITAL_AND_SMALL.fullmatch(stripped):
        return True  # "I", "Di": a code of a key, no duty (but "QA", "HR" name work)
    return bool(_AS_CAPACITY.match(name) or NO_DUTY_NAME.match(name))


# ("owns both": what both are is in the sentence before; "Anyone who drives a van": who
# the role is, no duty)
_WHO_NOT_WHAT = (r"(?:both|either|neither|these|those)$|"
                 r"(?:anyone|anybody|everyone|everybody|someone|somebody|whoever)\b|")
# A name that points to another part of the document, a pronoun, or a clause with its own
# subject and modal ("Result will be fed back"), not a duty
NO_DUTY_NAME = Guarded(re.compile(
    r"^(?:see\s|(?:consist|comprise|be\s+composed|be\s+made\s+up)\w*\s+of\b|"
    r"(?:any\s+)?other\s+(?:related\s+|similar\s+|reasonable\s+|ad[- ]hoc\s+)?"
    r"(?:duties|tasks|responsibilities)\b|(?:it|they|them|you|we|who|which|the|a|an)$|who\s|"
    + _WHO_NOT_WHAT +
    r"(?:(?!\b(?:that|whether|if|when|unless|so|who|what|which|where|how)\b)[^,;])*?"
    r"\b(?:will|would|shall|could|might)\s+"
    r"(?:be\s+|have\s+)?[a-z]+)", re.IGNORECASE),
    # every alternative above starts with one of these (a new one needs its word here)
    r"\b(?:see\s|consist|compris|be\s|other\s|(?:it|they|them|you|we|who|which|the|a|an)$|"
    r"who\s|" + _WHO_NOT_WHAT +
    r"(?:will|would|shall|could|might)\s)")


PARTITIVES = {"point", "part", "member", "head", "kind", "type", "number", "lot", "list", "set",
              "group", "piece", "state", "rest", "end", "top", "bottom", "side", "front", "back",
              "all", "most", "some", "each", "one", "none", "use", "sense", "source", "way"}


def _compact(words: list[str]) -> list[str]:
    """The compact noun a careful reader writes: "Recruitment of patients" -> "Patient
    recruitment", "Concept for the trial" -> "Trial concept", "Take care of the patients"
    -> "Patient care", "Each patient's care" -> "Patient care"."""
    lower = [w.lower() for w in words]
    if len(words) < 2:
        return words
    if lower[0] in ("take", "takes", "taking") and lower[1:3] == ["care", "of"] and \
            1 <= len(words) - 3 <= 3:
        rest = words[3:]
        if rest[0].lower() in ("the", "a", "an", "all", "their"):
            rest = rest[1:]
        if 1 <= len(rest) <= 2:
            return [*rest[:-1], singular(rest[-1]), "care"]
    if len(words) >= 2 and lower[0] in ("each", "every") and lower[1].endswith(("'s", "’s")):
        return [words[1][:-2], *words[2:]]
    if 3 <= len(words) <= 5 and lower[1] in ("of", "for", "from") and (
            lower[1] == "of" or lower[1] == "from" and len(words) == 3
            or lower[1] == "for" and lower[2] in ("the", "a", "an", "all")):
        # "for" with an article names what it is for ("concept for the trial"), bare it
        # names a purpose ("protocol for approval")
        head, rest = words[0], words[2:]
        if lower[1] == "of" and lower[0] in FIXED_OF_HEADS and \
                rest[0].lower() not in ("the", "a", "an", "all"):
            return words  # "code of conduct", "terms of use": a name of its own
        if rest[0].lower() in ("the", "a", "an", "all"):
            rest = rest[1:]
        if 1 <= len(rest) <= 2 and lower[0] not in PARTITIVES and \
                "NOUN" in word_classes(lower[0]) and (
                    not word_classes(rest[-1].lower())
                    or "NOUN" in word_classes(rest[-1].lower())) and \
                all(w.isalpha() and w.lower() not in PHRASE_BOUNDARIES | TRAILING_WORDS
                    for w in rest):
            return [*rest[:-1], singular(rest[-1]), head.lower()]
    return words


# Nouns that make a fixed name with a bare noun after "of" ("code of conduct", "terms of
# use", "statement of work", "point of contact"), which a compact noun would garble
FIXED_OF_HEADS = frozenset({"code", "codes", "terms", "statement", "statements", "proof",
                            "point", "points", "chain", "scope", "certificate", "certificates",
                            "bill", "letter", "letters", "duty", "deed", "declaration",
                            "declarations", "notice", "notices", "bills", "articles",
                            "memorandum", "conflicts", "conflict"})


PURPOSE = re.compile(r"\s+to\s+(?P<verb>[a-z]+)(?:\s+(?P<next>\w+))?")


def _cut_purpose(text: str) -> str:
    """Cut a purpose clause ("public relations to protect the reputation", "research to
    collect insights"): "to" followed by a verb that is not also a noun, or by one that is
    and then an article. "Escalate the issue to Tier 2" keeps its recipient."""
    for m in PURPOSE.finditer(text):
        if len(text[:m.start()].split()) < 2:
            continue
        if _asked_to(text[:m.start()]):
            continue  # "asks the requester to clarify": what they are asked is the duty
        verb = m.group("verb")
        classes = word_classes(verb)
        if verb_lemma(verb) == verb and "VERB" in classes and verb not in ("be", "have") and (
                "NOUN" not in classes or verb in DUTY_VERBS or (m.group("next") or "").lower()
                in ("the", "a", "an", "their", "its", "all", "it", "them")):
            return text[:m.start()]
    return text


# Verbs whose object is asked to do what the "to" after it says
ASKING_VERBS = frozenset({"ask", "request", "invite", "remind", "instruct", "encourage",
                          "urge", "advise", "tell", "direct", "require"})


def _asked_to(head: str) -> bool:
    """"asks the requester", "reminds all volunteers": a verb of asking and its object of
    up to four words, before the "to" that says what is asked."""
    words = head.split()
    return 2 <= len(words) <= 5 and verb_lemma(words[0].lower()) in ASKING_VERBS and \
        all(w.lower() not in ("to", "for", "with", "and", "or") for w in words[1:])


# Verbs that name work: after "to" they start a purpose, even when they can be nouns
# ("research to collect insights"), unlike "time to market".
DUTY_VERBS = frozenset(LEADING_VERBS) | OWNERSHIP_VERBS | frozenset(ACTION_NOUNS)
SECOND_CLAUSE_OBJECT = re.compile(
    r"\s+and\s+(?P<verb>[a-z]+)\s+(?:it|them|the|a|an|all|its|their)\b.*$")
SECOND_CLAUSE_GERUND = re.compile(
    r"\s+and\s+(?P<verb>[a-z]+ing)\s+(?:it|them|the|a|an|all|its|their|necessary|proper)\b.*$")


def _cut_second_clause(text: str) -> str:
    """Drop a second clause joined by "and" ("Test approach and build it as a strategy",
    "Internal test team and giving guidance to ..."): a new verb with its own object is
    another duty, not part of this name."""
    m = SECOND_CLAUSE_OBJECT.search(text) or SECOND_CLAUSE_GERUND.search(text)
    if m is None or len(text[:m.start()].split()) < 2:
        return text
    if all(len(part.split()) == 1 for part in text[:m.start()].split(",")):
        return text  # "planning, running and closing the meetings": verbs over one object
    verb = m.group("verb").lower()
    return text[:m.start()] if verb_lemma(verb) and "VERB" in word_classes(verb) else text


TOLD_OF = re.compile(r"(?:notif(?:y|ies)|informs?|tells?|briefs?|advises?|updates?|warns?)\s+"
                     r"\S.*?\s(?:of|about|on)\s", re.IGNORECASE)
# How much of something a duty covers ("a sample of 10% of the scripts", "a number of
# suppliers"): the something names the duty.
QUANTITY_HEAD = re.compile(
    r"\b(?:a|an)\s+(?:random\s+|small\s+|large\s+)?(?:sample|selection|subset|number|range|"
    r"variety|handful)\s+of\s+(?:(?:\d+\s*%|\d+|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|twenty|fifty|a hundred)\s+(?:per\s*cent\s+)?(?:of\s+)?)?", re.IGNORECASE)
# Nouns whose "to" phrase completes them ("any change to escape routes", "access to
# production"): no purpose or recipient to cut.
TO_COMPLEMENTS = {"change", "amendment", "update", "addition", "adjustment", "modification",
                  "improvement", "exception", "access", "adherence", "compliance", "response",
                  "answer", "solution", "threat", "risk", "exposure", "commitment", "revision",
                  "upgrade", "alteration", "contribution", "approach", "introduction"}
PARTICLES = {"in", "on", "up", "out", "off", "over", "back", "down", "through", "away"}
FILLER_MODIFIERS = {"proper", "necessary", "essential", "different",
                    "relevant", "appropriate", "respective", "entire", "whole", "correct",
                    "right", "suitable"}
_FILLER_LEAD = re.compile(rf"^(?:{'|'.join(sorted(FILLER_MODIFIERS))})\s+(?=\w)", re.IGNORECASE)
REPORTING_VERBS = re.compile(r"^\s*(?:report|present|communicat|shar|publish|circulat)\w*\s",
                             re.IGNORECASE)
# What a check or a report looks at, said around its object ("review the quality of the
# proposals", "report the results of the tests"): the object names the duty.
LOOKED_AT = re.compile(r"^(?P<verb>[a-z]+)\s+(?:the\s+)?(?:quality|results?|outcomes?)\s+of\s+"
                       r"(?:the\s+|all\s+)?(?=\w+\s+\w)", re.IGNORECASE)
# (a phase or stage only with what it is of or set to: "set the stage" is no status)
STATUS_UPDATE = re.compile(r"^(?:updat(?:e|es|ing)|chang(?:e|es|ing)|set(?:s|ting)?)\s+"
                           r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:(?:status|"
                           r"state)(?:\s+(?:of|in|to|on)\b.*)?|(?:phase|stage)\s+(?:of|in|"
                           r"to|on)\b.*)$", re.IGNORECASE)
CHECKING_VERBS = {"review", "check", "assess", "evaluate", "audit", "verify", "report",
                  "present", "communicate", "share", "publish", "validate", "inspect"}


def _content_words(words: list[str]) -> list[str]:
    return [w for w in words if w.lower() not in TRAILING_WORDS | FILLER_MODIFIERS]
BARE_PRONOUNS = {"them", "it", "this", "these", "those", "him", "her", "us"}


OBJECT_STARTS = {"the", "a", "an", "all", "each", "every", "any", "its", "their", "his", "her",
                 "our", "your", "this", "these", "those", "that", "data", "patients", "staff"}
PHRASE_BOUNDARIES = {"and", "or", "with", "for", "in", "of", "to", "from", "by", "across",
                     "within", "on", "at", "through", "during", "including", "using", "along",
                     "after", "before", "between", "around", "over", "under", "about", "against"}
TRAILING_WORDS = {"the", "a", "an", "of", "to", "for", "with", "and", "or", "in", "on", "at",
                  "by", "from", "during", "throughout", "according", "related", "that", "which",
                  "their", "its", "our", "your", "his", "her", "into", "as", "is", "are", "be",
                  "it", "them", "this", "these", "those", "such", "each", "every", "all", "any",
                  "via", "through", "about", "who", "whom", "whose", "where", "myself",
                  "himself", "herself", "themselves", "ourselves", "itself", "yourself",
                  "instead", "too", "also", "again", "anyway", "first", "immediately", "promptly",
                  "afterwards", "together", "only", "solely", "if", "unless", "when", "once",
                  "while", "whenever", "until", "before", "after"}


DUTY_CONTAINERS = {"aspects", "areas", "activities", "duties", "tasks", "responsibilities",
                   "concerns", "functions", "processes"}
MEANS_NOUNS = {"methods", "means", "ways", "contributions", "practices", "tasks", "ideas"}
CONDITION_ITEM = re.compile(r"^\s*(?:if|when|whenever|once|unless|in case)\b", re.IGNORECASE)
ENUMERATION = re.compile(r"\b(?:such as|including|like)\s+(?P<items>[^.;:]+)", re.IGNORECASE)


def split_enumeration(text: str) -> tuple[str, list[str]]:
    """(the text, enumerated duties) for a text ending in "such as / including / like".

    The items are duties of their own when they are verb phrases ("such as identifying
    the cause, containing it and restoring systems"), when the text calls them aspects,
    areas or tasks, or when "such as" lists three or more things; examples of people or
    objects ("including invoices, receipts ...") are dropped and the text before
    them is the duty."""
    m = ENUMERATION.search(text)
    if not m:
        return text, []
    items = [i.strip() for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+",
                                         m.group("items").strip(" ."))
             if len(i.strip()) > 2]
    head = text[:m.start()].split()
    verb_phrases = all(re.match(r"^\w+ing\b", i) for i in items)
    duties = verb_phrases or (
        bool(head) and head[-1].lower().strip(",") in DUTY_CONTAINERS) or \
        m.group(0).lower().startswith(("such as", "like"))
    people = not verb_phrases and any(actor_name(i) for i in items)
    # "through tasks such as gate duty and litter picks": the text calls them the means
    contained = bool(head) and head[-1].lower().strip(",") in DUTY_CONTAINERS | MEANS_NOUNS
    if (len(items) >= 3 and duties or len(items) == 2 and contained) and not people:
        # the container itself ("through tasks", "all aspects") names no duty beside them;
        # two means are one duty ("gate duty and litter picks")
        before = text[:m.start()].rstrip(" ,")
        if contained:
            # "testing the kit and giving ideas such as ...": a duty before the container
            # stays
            joints = list(re.finditer(r"(?:,|\s+and)\s+", before))
            before = before[:joints[-1].start()] if joints and len(
                before[joints[-1].end():].split()) <= 4 and len(
                before[:joints[-1].start()].split()) >= 2 else ""
        if len(items) == 2:
            return before, [" and ".join(items)]
        return before, items
    if len(items) >= 2 and len(head) >= 2:
        return text[:m.start()].rstrip(" ,"), []
    return text, []


# One verb over two things, each sent its own way: "sends the report to the Board and the
# accounts to the Auditor" (the verb said once, the second thing and its party after "and")
_OBJECT_START = r"(?:the|a|an|all|any|each|every|our|their|its|his|her|this|these|those)\s"
GAPPED_PAIR = re.compile(
    rf"^(?P<verb>[A-Za-z]+)\s+(?P<first>{_OBJECT_START}[^,;]+?)\s+"
    r"(?P<prep>to|with|for|into|onto)\s+(?P<party>[^,;]+?)\s+and\s+"
    rf"(?P<second>{_OBJECT_START}[^,;]+?)\s+(?P=prep)\s+(?P<rest>[^,;]+)$")


def gapped_pair(phrase: str) -> list[str]:
    """A duty whose verb is said once over two things each sent its own way, as two
    ("send the report to the Board", "send the accounts to the Auditor"); else the
    phrase alone."""
    m = GAPPED_PAIR.match(phrase.strip().rstrip(".")) if " and " in phrase else None
    if m is None or verb_lemma(m.group("verb").lower()) is None or \
            " and " in m.group("first") + m.group("second"):
        return [phrase]
    verb, prep = m.group("verb"), m.group("prep")
    return [f"{verb} {m.group('first')} {prep} {m.group('party')}",
            f"{verb} {m.group('second')} {prep} {m.group('rest')}"]


def activity_names(text: str) -> list[str]:
    """One name, or one per item when the text ends in an enumeration of duties
    ("... non-functional aspects such as telemetry, performance and security")."""
    names = _activity_names_once(text)
    if len(names) < 2:
        return list(names)
    # a duty of several whose clause a comma cut ("... and check that the form, fee and
    # site plan are present") takes it whole from the sentence
    return [" ".join(_closed_clause(name.split(), text)) for name in names]


@lru_cache(maxsize=SENTENCE_CACHE)  # a pure function of the text, as activity_name
def _activity_names_once(text: str) -> tuple[str, ...]:
    return tuple(_activity_names(text))


_ASIDE_THEN_OBJECT = (r",\s+(?P<aside>(?:together with|along with|alongside|with|"
                      r"in consultation with|after consulting)\s+[^,;]{2,60}),\s+"
                      r"(?P<what>[^,;]+?)(?=[.;]|$)")
VERB_ASIDE = re.compile(r"^(?P<verb>\s*[a-z]+)" + _ASIDE_THEN_OBJECT)
# The same aside after a later verb of the sentence ("... and decides, with X, whether ...")
_PARTY_AT_END = re.compile(r",\s+(?:together with|along with|alongside|with|in consultation "
                           r"with|after consulting)\s+[^,;]{2,60}?[.;]?\s*$")
LATER_VERB_ASIDE = re.compile(r"(?P<verb>\band\s+[a-z]+)" + _ASIDE_THEN_OBJECT)
# A state to make sure of, after another duty ("..., and make sure the X are ready")
LATER_STATE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<state>(?:make|makes|making)\s+sure\b"
                         r".*|ensures?\s+that\b.*)$", re.IGNORECASE)
_MODALS_BEFORE = frozenset({"will", "shall", "must", "should", "can", "may", "might", "would",
                            "could", "to", "also", "then"})


def _referent(before: str) -> list[str]:
    """The object of a duty, as a later pronoun would stand for it ("sends the report to the
    Board": "the report"), or [] when it names nothing a pronoun could stand for."""
    words = before.split()
    while len(words) > 1 and words[0].lower() in _MODALS_BEFORE:
        words = words[1:]  # "will send the total ...": the verb after the modal
    obj = words[1:] if words and verb_lemma(words[0].lower()) is not None else \
        words if words and words[0].lower() in ("the", "a", "an", "all", "each", "every",
                                               "their", "its") else []
    # (the object of the sentence's first verb, read without it: "labels the helmets,
    # washes them ...": the helmets)
    if len(obj) > 2 and obj[0].lower() in ("and", "or") and \
            verb_lemma(obj[1].lower()) is not None:
        obj = obj[2:]  # "counts and labels the radios, charges them": the radios
    if obj and obj[0].lower() in ("in", "up", "out", "off", "over", "back", "down", "through",
                                  "for"):
        obj = obj[1:]  # "fill in the journey sheet": the sheet ("looks for damage": damage)
    # ("provides the readers and scribes, and trains them": both are meant)
    obj = re.split(r"\s+(?:to|onto|into|for|with|on|in|at|by|from|before|after|when|if|every|"
                   r"each|within)\s+|[,;(]", " ".join(obj))[0].split()
    second = next((i for i, w in enumerate(obj[1:4], start=1)
                   if w.lower() in ("the", "a", "an", "their", "its", "his", "her")), None)
    if second is not None and obj[0].lower() in ("the", "a", "an", "their", "every", "each") \
            and all(word_classes(w.lower()) & {"NOUN", "ADV"} == {"NOUN"} for w in obj[1:second]):
        # "sends the guest the release form and chases it": the form; but "checks the
        # rota the same morning and signs it": the rota, the words after it saying when
        timed = " " + " ".join(obj[second:])
        obj = obj[:second] if _cut_when(FREQUENCY.sub("", timed)) != timed else obj[second:]
    if obj and obj[0].lower() in BARE_PRONOUNS | {"so", "that", "what", "whether"} and \
            not (len(obj) > 1 and obj[0].lower() in ("this", "that", "these", "those")
                 and "NOUN" in word_classes(obj[1].lower().strip(",.")) and
                 "ADV" not in word_classes(obj[1].lower().strip(",."))):
        # (but "this plan" names a thing)
        return []  # "does this instead and passes it on": no referent to read
    return obj if 1 <= len(obj) <= 5 else []


QUANTIFIERS = {"all", "both", "each", "some", "many", "most", "any", "none", "several",
               "either", "neither", "few", "one"}
# A pronoun at the end of a duty, after a preposition: "approves any change to it"
_TRAILING_PRONOUN = re.compile(r"\s(?:to|for|of|on|in|from|about|into|with)\s+(?P<it>it|them)"
                               r"[.;]?$", re.IGNORECASE)


def _plural_object(obj: list[str]) -> bool:
    """Whether an object's words name more than one thing, by its head's number: "a record
    of all meetings" is one, "all of the reports" many (a quantifier's number is its
    noun's)."""
    at = obj.index("of") if "of" in obj[1:] else len(obj)
    head = obj if at < len(obj) and obj[at - 1].lower() in QUANTIFIERS else obj[:at]
    return bool(head) and singular(head[-1].lower()) != head[-1].lower()


# Verbs that send or give a thing to someone, written with the receiver first ("send
# them the form", "give her a copy")
SENDING_VERBS = frozenset({"send", "give", "email", "e-mail", "post", "hand", "show", "offer",
                           "pass", "forward", "issue", "mail", "text"})
# A clause opening a sentence, before its comma: "When a supplier quotes, ..."
_OPENING_CLAUSE = re.compile(r"^\s*(?:when|whenever|if|once|after|where|as soon as)\s+"
                             r"(?P<clause>[^,.;]{3,100}),", re.IGNORECASE)
_PERSON_DETERMINERS = {"the", "a", "an", "each", "every", "our", "their", "your"}


def _person_before(text: str) -> str | None:
    """The last person a duty names ("... with the supplier within five days": "the
    supplier"), as a later "them" or "her" receiving something stands for; else None."""
    words = [w.strip(",;.") for w in text.split()]
    found = None
    for i, word in enumerate(words):
        if word.lower() not in _PERSON_DETERMINERS:
            continue
        for n in range(i + 1, min(i + 4, len(words))):  # "the new applicant": up to three
            low = words[n].lower()
            if low in _PERSON_DETERMINERS or low in PHRASE_BOUNDARIES or not low.isalpha():
                break
            if actor_word(low):
                found = " ".join(words[i:n + 1])
                break
    return found


# An item opening on a verb and a pronoun object: "sends it to two reviewers"
_ITEM_PRONOUN = re.compile(r"^\s*[a-z]+s\s+(?P<it>it|them)\b")


def _lead_in_object(text: str) -> list[str]:
    """The object of a lead-in's verb that ends on "and:" ("The clerk checks the form
    and:"): the thing the items below may call "it"; else []."""
    if not text.endswith((" and:", " then:")):
        return []
    subject = subject_actor(text)
    if subject is None:
        return []
    return _referent(text[subject[1]:].rsplit(None, 1)[0].rstrip(" ,"))


def _with_referents(parts: list[str]) -> list[str]:
    """Duties of one sentence with a pronoun object read with what it stands for: the
    object of the duty before ("recruits volunteers, briefs them on the day": "briefs
    volunteers on the day"; "writes the report and sends it to the Board": "sends the
    report to the Board"; "owns the workflow and approves any change to it": "approves
    any change to the workflow"). Other parts as they are."""
    out: list[str] = []
    for part in parts:
        words = part.split()
        person = _person_before(out[-1]) if out and len(words) >= 4 and \
            words[1].lower() in ("them", "him", "her") and \
            words[2].lower() in ("the", "a", "an", "their", "its", "our", "any", "every") and \
            verb_lemma(words[0].lower()) in SENDING_VERBS else None
        if person is not None:
            # "raises a claim with the supplier, sending them the photos": whom it is sent
            # to is the person named before, the first object ("sending the supplier the
            # photos")
            part = " ".join([words[0], person, *words[2:]])
        elif out and len(words) >= 2 and words[1].lower().strip(",.") in ("them", "it") and \
                verb_lemma(words[0].lower()) is not None:
            obj = _referent(out[-1])
            plural = _plural_object(obj)
            # ("books the applicant onto a course and sends them the letter": "them" for one
            # person, whose word says so, when no plural comes after it: not "sends a porter
            # to meet the paramedics and guide them in")
            if obj and (plural == (words[1].lower().strip(",.") == "them") or
                        not plural and words[1].lower().strip(",.") == "them" and
                        actor_word(obj[-1].lower().strip(",.")) and not any(
                            singular(w) != w for w in re.findall(
                                r"[a-z]{4,}", out[-1][out[-1].find(obj[-1]):].lower()))):
                # ("write them up": the particle before the object, "write up the reports")
                # (but "keep it up to date": a state, the object before it)
                particle = words[2:3] if len(words) > 2 and words[2].lower() in (
                    "up", "out", "back", "off", "over", "down") and (
                    len(words) == 3 or words[3].lower() != "to") else []
                part = " ".join([words[0], *particle, *obj, *words[2 + len(particle):]])
        elif out and len(words) >= 3 and verb_lemma(words[0].lower()) is not None and \
                (trailing := _TRAILING_PRONOUN.search(part)) is not None:
            obj = _referent(out[-1])
            plural = _plural_object(obj)
            if obj and plural == (trailing.group("it").lower() == "them"):
                part = part[:trailing.start("it")] + " ".join(obj)
        out.append(part)
    return out


# Work a thing's relative clause says it includes: ", which includes ordering the items"
INCLUDED_WORK = re.compile(r",?\s+which\s+(?:includes?|involves?|covers?|means|entails?)\s+"
                           r"(?P<work>[a-z]+ing\b.*)$", re.IGNORECASE)
AND_CONDITION = re.compile(r"\s+and,\s+(?i:once|when|if|after|before|where|as soon as|unless)"
                           # (before a subject of its own; "and, if needed, asks ..." is the
                           # same subject's)
                           r"\s[^,]{2,80},\s+(?=(?i:the|a|an|our|their|each|every)\s|[A-Z])")
SAME_SUBJECT_CONDITION = re.compile(
    r"\s+and,\s+(?i:once|when|if|after|before|where|as soon as|unless)\s"
    # (but "and, if needed, asks ...": how the next verb is done, read with it)
    r"(?!(?i:needed|necessary|required|appropriate|possible)\b)[^,]{2,80},\s+"
    r"(?=(?P<verb>[a-z]+s)\s)")
# A step labelled by a bare verb ("Mitigate first:", "Escalate:") before its duties
VERB_LABEL = re.compile(r"^\s*(?P<verb>[A-Za-z]+)(?:\s+(?:first|now|next|then|early|"
                        r"immediately|quickly))?\s*:\s+(?P<rest>[a-z]\S*\s.*)$")
# A comma between parts of a list, not inside a number ("GBP 25,000")
COMMA = re.compile(r"(?:(?<!\d),|,(?!\d))\s*(?:and\s+|then\s+)?")


_RESPONSIBLE_LEAD = re.compile(r"^(?:responsible for|in charge of|(?:must|shall|should|will|"
                               r"may|can)(?:\s+also)?)\s+", re.IGNORECASE)


def _activity_names(text: str) -> list[str]:
    if "have" in text[:160] or "ve " in text[:160]:
        text = _done_as_step(text)  # "I have added or updated tests"
    if JOB_TERMS.search(text) or MINUTES_RECORD.match(text):
        return []  # "Minutes of the meeting held on ..., Village Hall": no list of duties
    each = EACH_DOES.match(text)
    if each and is_third_person_verb(text[each.end():].split()[0]):
        text = text[each.end():]  # "Each supervises one team" under "Supervisors"
    conditioned = _conditioned_imperative(text)
    if conditioned is not None:
        text = conditioned  # "When the coach leaves, tell the Car Park Lead": the duty
    # a remark in brackets lists no duties ("from the voucher (household size, dietary needs)")
    if "(" in text:
        text = re.sub(r"\s*\([^()]*\)", "", text)
    state = LATER_STATE.search(text)
    if state and state.start() > 0 and re.search(r"\b(?:is|are|has been|have been)\b",
                                                 state.group("state")):
        # "brief the ramp team and make sure the GPU, steps and loaders are on stand": the
        # state is one duty, its commas list no duties
        name = activity_name(state.group("state"))
        before = _split_phrases(text[:state.start()])
        if not all(_verb_first(part) for part in before):
            before = [text[:state.start()]]  # ("check X, brief Y": each verb its duty)
        return [n for part in before for n in _activity_names(part)] + ([name] if name else [])
    step = VERB_LABEL.match(text)
    first = step.group("rest").split()[0] if step else ""
    if step and verb_lemma(step.group("verb").lower()) == step.group("verb").lower() and \
            word_classes(step.group("verb").lower()) & {"VERB", "NOUN"} == {"VERB"} and \
            verb_lemma(first) == first and _verb_first(step.group("rest")):
        # "Mitigate first: roll back the deploy, or fail over ...": the label is the kind
        # of step, what follows it the duties
        return [n for part in re.split(r",?\s+or\s+(?=[a-z]+\s)", step.group("rest"))
                for n in _activity_names(part)]
    if not _label(text):
        head, items = split_enumeration(text)
        if items:
            return [n for n in (activity_name(i) for i in items) if n]
        text = head
    core = _RESPONSIBLE_LEAD.sub("", text.strip())
    if "," in core and " and " in core:
        # "... and decides, with the Team Leader, whether to evacuate": the party is no
        # part of either duty (its letter is read from the sentence)
        core = _PARTY_AT_END.sub("", LATER_VERB_ASIDE.sub(
            lambda m: f"{m.group('verb')} {m.group('what')}, {m.group('aside')}"
            if is_third_person_verb(m.group("verb").split()[-1]) else m.group(0), core))
    bare = core.strip(" .")
    parts = [x.strip() for x in (COMMA.split(bare) if "," in bare else (bare,)) if x.strip()]
    if len(parts) >= 2 and all(re.match(r"^\w+ing\b", x) for x in parts) and \
            len(_split_phrases(core)) > 1:
        return _gerund_steps(parts)
    if len(parts) >= 2 and _verb_first(parts[0]) and all(
            _gerund_duty(x) for x in parts[1:]):
        # "Perform the checks, conducting root cause analysis, and replicating the fault":
        # each participle is a further duty of the same role
        return [n for n in (activity_name(x) for x in parts) if n]
    predicates = _verb_series(core)
    if len(predicates) > 1:
        return [n for n in (activity_name(x) for x in _with_referents(predicates)) if n]
    if "," not in core and not _label(text):
        joined = _joined_duties(core.strip(" ."))  # "Schedule contractors and keep the ..."
        if len(joined) > 1 and all(re.match(r"^\w+ing\b", x) for x in joined):
            return _gerund_steps(_with_referents(joined))  # "booking rooms and greeting ..."
        if len(joined) > 1:
            return [n for n in (activity_name(x) for x in _with_referents(joined)) if n]
        if joined and joined[0] != core.strip(" .") and TWO_OBJECTS.match(core.strip(" .")):
            # "check the fire doors and the alarm panel in the east wing": the one step,
            # both things kept and the place left out
            return [n for n in (activity_name(joined[0]),) if n]
    name = activity_name(text)
    return [name] if name else []


# A checklist item written as done, in the first person: "I have added or updated tests",
# "If the change touches X, I've attached ...", "We have signed off the commits"
DONE_IN_FIRST_PERSON = re.compile(
    r"^(?P<when>\s*(?:if|when|where)\s[^,;]{3,120},\s*)?(?:i|we)(?:\s+have|\s*['’]ve)\s+"
    r"(?:(?:also|already|now)\s+)?(?P<done>[a-z]+(?:\s+(?:or|and|and/or)\s+[a-z]+)?)\s+"
    r"(?P<rest>\S.*)$", re.IGNORECASE)


def _done_as_step(text: str) -> str:
    """A checklist item written as done in the first person read as the step to do ("I
    have added or updated tests" -> "add or update tests"; a condition before it goes
    after: "attach the images if the change touches X"); else the text as it is."""
    m = DONE_IN_FIRST_PERSON.match(text)
    if m is None:
        return text
    verbs = re.split(r"(\s+(?:or|and|and/or)\s+)", m.group("done"))
    lemmas = [verb_lemma(v.lower()) if i % 2 == 0 else v for i, v in enumerate(verbs)]
    if any(i % 2 == 0 and (lemma is None or lemma == verbs[i].lower() and
                           verbs[i].lower() not in ("run", "read", "put", "set", "cut"))
           for i, lemma in enumerate(lemmas)):
        return text  # ("I have two weeks ...": no participle)
    step = "".join(x or "" for x in lemmas) + " " + m.group("rest")
    when = m.group("when")
    if when:
        step = f"{step.rstrip(' .')} {when.strip().rstrip(',').lower()}"
    return step


# An item under a plural role's heading that opens on "Each" or "Both" ("Each supervises
# one team"): each of them does it
EACH_DOES = re.compile(r"^\s*(?:each|both|all|they each|they both)\s+(?=[a-z]+s\b)",
                       re.IGNORECASE)
STATEMENT = Folded(re.compile(
    r"^\W*(?:[\w'’/-]+:?\s+){1,5}?(?:is|are|was|were|stays|remains|goes|has been|have been|"
    r"looks|seems|confirmed|agreed|presented|signed off|done|completed|still open|not)\b",
    re.IGNORECASE))


# After a label, a status says it at once: "two routes presented" (a longer subject,
# "A PM's risk assessment is focused on ...", explains the label instead).
LABELLED_STATEMENT = re.compile(r"^\W*(?:[\w'’/-]+\s+){1,2}(?:is|are|was|were|stays|remains|"
                                r"goes|confirmed|agreed|presented|signed off|done|completed|"
                                r"not)\b", re.IGNORECASE)


_LABEL_BEFORE = re.compile(r"^[^:]{2,60}:\s+(?=\S)")


def _statement(text: str) -> bool:
    """A status or a decision, not a duty: "Landing page copy is at second draft",
    "Paid social budget confirmed at 18k", "Route B goes ahead". An item that starts
    with a verb and its object ("Check the fridges are cold") is a duty."""
    label = _LABEL_BEFORE.match(text)
    if label:
        # "Risk assessments: The TPM is responsible for ...": a label over a duty; the
        # label over a status ("Hero visuals: two routes presented") is a status
        rest = text[label.end():]
        return subject_actor(rest) is None and rephrased(rest) is None and \
            bool(LABELLED_STATEMENT.match(rest)) and _statement(rest)
    words = text.split()
    if len(words) < 2 or not STATEMENT.match(text):
        return False
    first = words[0].lower().strip(",;:")
    if _verb_first(text) and words[1].lower() in OBJECT_STARTS | {"that", "all"}:
        return False
    gerund = verb_lemma(first) if first.endswith("ing") else None
    if gerund and gerund != first and "VERB" in word_classes(gerund) and \
            words[1].lower() in OBJECT_STARTS | {"that", "all"}:
        return False  # "Ensuring that the backlog is transparent": a duty, as "Ensure ..."
    stated = STATEMENT.match(text)
    if stated and _verb_first(text) and re.search(
            r"\b(?:whose|who|which|that|where|when|if|whether|once)\b", stated.group(0),
            re.IGNORECASE):
        return False  # "Chase tenants whose rent is late": the verb's object, described
    return not is_third_person_verb(first) and first not in (
        "responsible", "accountable", "ensure", "make", "keep", "check", "verify", "confirm")


_AND_A_VERB = re.compile(r"\s+and\s+(?=[a-z]+\s+\S)")


# A list's separators with the semicolon ("recruits volunteers; briefs them on the day")
COMMA_OR_SEMICOLON = re.compile(r"(?:(?<!\d),|,(?!\d)|;)\s*(?:and\s+|then\s+)?")


def _verb_series(text: str) -> list[str]:
    """A series of predicates, each a verb in one form with its own object ("Cuts the
    branch, chairs the meeting and announces the release"; "Sets the paper and the
    brief, chairs the meeting and signs off the marks"), split into them; else []."""
    if "," not in text and ";" not in text:
        return []  # (one part: no series)
    commas = [x.strip() for x in (COMMA_OR_SEMICOLON if ";" in text else COMMA).split(
        text.strip(" .")) if x.strip()]
    if len(commas) < 2 or not _verb_first(commas[0]):
        return []
    first = commas[0].split()[0].lower()
    if first.endswith("ing"):
        return []
    parts: list[str] = []
    further_object = False
    for comma in commas:
        pieces = _AND_A_VERB.split(comma)
        merged = [pieces[0]]
        for piece in pieces[1:]:
            word = piece.split()[0].lower()
            if len(merged[-1].split()) == 1:
                merged[-1] += " and " + piece  # "plans and tracks the work": one object
            elif _same_verb_form(first, word) and "VERB" in word_classes(verb_lemma(word) or ""):
                merged.append(piece)  # "... and signs off the marks": a further predicate
            else:
                merged[-1] += " and " + piece  # "the paper and the brief": one object
        if parts and (_adjective_before_noun(merged[0].split()) or
                      _nouns_joined(merged[0].split(), first)):
            # "Report any missed dose, wrong dose or device fault ... and complete ...": a
            # further object of the verb before, no predicate of its own
            parts[-1] += ", " + merged[0]
            merged = merged[1:]
            further_object = True
        parts += merged
    singles = next((i for i, p in enumerate(parts) if len(p.split()) != 1), len(parts))
    if 2 <= singles < len(parts) and \
            re.match(r"[a-z]+\s+(?:and|or)\s+([a-z]+)\s+\S", parts[singles]) and all(
                _same_verb_form(first, p.lower()) and
                "VERB" in word_classes(verb_lemma(p.lower()) or "") for p in parts[1:singles]):
        # "mix, shape, prove and bake to the sheet": a longer run of bare verbs up to the
        # "and" that ends it, read as one
        parts[:singles] = [", ".join(parts[:singles])]
    while len(parts) >= 2 and all(len(w.split()) == 1 for w in parts[0].split(", ")) and \
            re.match(r"[a-z]+\s+(?:and|or)\s+([a-z]+)\s+\S", parts[1]) and all(
                _same_verb_form(first, w.lower()) for w in parts[1].split()[0:3:2]):
        # "washes, marks and packs the finds": verbs in a run over the one object (a
        # series of its own length before the run was joined)
        parts[:2] = [f"{parts[0]}, {parts[1]}"]
        further_object = True
    # two predicates only when ", and" parts them ("reports repairs to the agent, and
    # tells the house when someone is coming"): "X, and Y" without a verb is one list
    # (the pattern is made of the text's own words: asked only where ", and" or ";" is);
    # so does ", then" ("rings the bell at ten, then closes the bar": two acts in turn)
    two = len(parts) == 2 and (";" in text or ", and" in text or ", then" in text) and \
        re.search(r"(?:,|;)\s+(?:and\s+|then\s+)?" + re.escape(parts[1][:30]), text) or \
        len(parts) == 2 and further_object  # (the comma listed objects, "and" parts them)
    if len(parts) < 3 and not two or not all(
            len(p.split()) >= 2 and p.split()[0][:1].islower() and
            _same_verb_form(first, p.split()[0].lower()) and
            "VERB" in word_classes(verb_lemma(p.split()[0].lower()) or "")
            for p in parts[1:]):
        return []
    return parts


def _nouns_joined(words: list[str], first: str) -> bool:
    """"brushes and dust sheets" after "Orders paint,": a word that may be a verb, then
    "and" and words that are no verb of the series' form: the list's last objects, no
    predicate ("plans and tracks the work" is two verbs over one object)."""
    return len(words) >= 3 and words[1].lower() in ("and", "or") and \
        not _same_verb_form(first, words[2].lower().strip(",;.")) and \
        all(w.lower() not in ARTICLES_AND_DETERMINERS for w in words[2:])


def _adjective_before_noun(words: list[str]) -> bool:
    """"wrong dose or device fault": a word that may be a verb used as an adjective before
    a bare singular noun, a further object of the verb before it, no predicate."""
    if len(words) < 2:
        return False
    first, second = words[0].lower(), words[1].lower().strip(",;.")
    third = words[2].lower().strip(",;.") if len(words) > 2 else ""
    if third and "NOUN" in word_classes(third) and singular(third) != third and \
            "VERB" in word_classes(verb_lemma(first) or ""):
        return False  # "record oven temperatures": a verb and its object, a plural noun
    return "ADJ" in word_classes(first) and second not in ARTICLES_AND_DETERMINERS and \
        "NOUN" in word_classes(second) and singular(second) == second


def _as_step(text: str) -> str:
    """A duty written as a gerund in the plain form ("greeting visitors" -> "greet
    visitors"), else the text."""
    words = text.split()
    first = words[0].lower() if words else ""
    if len(words) > 1 and (first.endswith(",") or words[1].lower() in ("and", "or")):
        return text  # "recruiting and rostering the stewards": a run, named as one
    lemma = verb_lemma(first) if first.endswith("ing") else None
    if lemma and lemma != first and "VERB" in word_classes(lemma) and len(words) > 1:
        return " ".join([lemma, *words[1:]])
    return text


def _gerund_steps(parts: list[str]) -> list[str]:
    """The names of a list of duties each written as a gerund ("answering the phone,
    taking messages and forwarding post"), each as a step in the plain form, so a short
    one ("greeting visitors") reads like its longer neighbours and not as a noun."""
    steps = [y for x in parts for y in (_joined_duties(x) if " and " in x else [x])]
    return [n for n in (activity_name(_as_step(y)) for y in steps) if n]


# A lead-in's object that names no thing of its own, the list after its colon being the
# things ("does the following: ...", "covers three areas: ...")
_LEAD_IN_OBJECT = re.compile(r"\b(?:following|these|those|this|things?|areas?|duties|tasks?|"
                             r"items?|parts?|steps?|ways?|points?|as follows|including|such as|"
                             r"namely|includes?)\b", re.IGNORECASE)


def _without_checklist(obj: str) -> str:
    """A duty's object without the list after a colon that spells out what the thing
    covers ("checks the car the evening before: tyres, lights, the pedal and a spare
    mirror": the car is checked, its parts are no duties of their own); an object naming
    no thing before its colon ("the following: ...") or a list of acts after it ("...:
    sweep the hall, lock up") keeps it."""
    colon = obj.find(": ")
    if colon < 0:
        return obj
    head, tail = obj[:colon], obj[colon + 2:]
    words = head.split()
    items = [p for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+",
                                 tail.strip(" .;")) if p.strip()]
    # (the object's verb and a particle may come first: "check over the van: ...")
    if len(words) < 2 or not re.match(rf"(?:[a-z-]+\s+){{0,2}}{_ARTICLE}\s\S", head,
                                      re.IGNORECASE) or _LEAD_IN_OBJECT.search(head) or \
            len(items) < 3 or any(len(p.split()) >= 2 and _verb_first(p) for p in items[:2]):
        return obj
    return head


def _verb_first(text: str) -> bool:
    first = text.split()[0].lower().strip(",;:.") if text.split() else ""
    return verb_lemma(first) in (first, first[:-1], first[:-2]) and "VERB" in word_classes(
        verb_lemma(first) or "")


def _names_work(label: str) -> bool:
    """A table's row label that names work ("Check the pumps", "Invoice"), not a thing
    ("Test plan", "Business case"): a verb first, and no noun it could be part of."""
    words = label.split()
    return _verb_first(label) and (len(words) == 1 or "NOUN" not in word_classes(
        words[0].lower()) or words[1].lower() in DETERMINERS or (
            # "Hand out a bottle set": a verb and its particle before the object
            words[1].lower() in PARTICLES and len(words) > 2 and
            words[2].lower() in DETERMINERS))


def _gerund_duty(text: str) -> bool:
    """A participle that adds a duty ("conducting root cause analysis"), not one that
    explains the duty before it ("explaining ...") or lists examples ("including ...")."""
    words = text.split()
    return len(words) >= 2 and words[0].lower().endswith("ing") and \
        words[1].lower() not in ("with", "closely", "alongside", "together", "to") and \
        verb_lemma(words[0].lower()) is not None and not ELABORATION.match(text) and \
        words[0].lower() not in ("including", "using", "according", "regarding", "following",
                                 "concerning", "involving", "depending", "providing",
                                 "attaching", "giving", "leaving", "taking")


MEANS_CLAUSE = re.compile(r",?\s+(?:by|through|via)\s+\w+ing\b.*$", re.IGNORECASE)


_PEOPLE_FROM = re.compile(r"\s+(?:from|of|in|on|across|with)\s+|,")


# Verbs that only say the work is done ("leads the project") unless they take their
# object somewhere ("leads the visitors to the hall"): then they are the work
LEADING_TO_VERBS = frozenset({"guide", "lead", "direct", "escort", "usher"})
_SOMEWHERE = {"to", "into", "towards", "toward", "onto", "back", "across", "through", "out",
              "down", "up"}
# A particle after a led object that ends the clause: where it is taken
_AWAY = {"in", "out", "off", "away", "back", "round", "around", "through", "across"}


def _led_somewhere(rest: list[str]) -> bool:
    """Whether the words after a leading verb are an object taken to a place: an object
    of one to four words opening with an article or a pronoun, then "to the ...",
    "into the ...", "back to ..." ("the ambulance to the turbine", "it to the gate"), or
    a particle that ends the words ("the procession in", "the guests out")."""
    if not rest or rest[0].lower() not in ("the", "a", "an", "them", "it", "him", "her",
                                           "each", "every", "all", "any", "their", "our",
                                           "your", "his", "its", "visitors", "guests"):
        return False
    if 2 <= len(rest) <= 5 and rest[-1].lower().rstrip(".,;") in _AWAY:
        return True  # "the procession in", "the guests out": taken in or out, no owning
    return any(w.lower() in _SOMEWHERE and k + 1 < len(rest) and
               rest[k + 1].lower() in ("the", "a", "an", "to", "of", "our", "their", "your")
               for k, w in enumerate(rest[1:5], start=1))


# Verbs done to people that never begin a role's name ("brief", not "lead" or "support")
_TOLD_PEOPLE_VERBS = frozenset({"brief", "debrief", "thank", "welcome", "notify", "inform",
                                "remind", "warn", "alert"})


def _names_people(phrase: str) -> bool:
    """'representatives from various functions', 'data scientists': people, not duties."""
    words = _PEOPLE_FROM.split(phrase.strip(), maxsplit=1)[0]
    first = words.split()[:2]
    if len(first) == 2 and verb_lemma(first[0].lower()) and first[1].lower() in (
            PARTICLES | {"the", "a", "an", "all", "new", "any", "each", "every"}):
        return False  # "set up new suppliers", "train the new starters": work on people
    if first and first[0].lower().endswith("ing") and (verb_lemma(first[0].lower()) or "") in (
            PEOPLE_VERBS | DUTY_VERBS | {"brief", "thank", "welcome", "supervise", "assign",
                                         "allocate", "contact", "notify", "inform"}):
        return False  # "recruiting judges", "briefing volunteers": work on people
    if first and (verb_lemma(first[0].lower()) or "") in _TOLD_PEOPLE_VERBS:
        return False  # "brief shore crew", "thank helpers": work on people, no role's name
    if not may_name_vocabulary(words):
        return False  # (no word of it can end such a name: actor_name not asked)
    name = actor_name(words)
    return name is not None and singular(name.split()[-1]).lower() in VOCABULARY


ELABORATION = re.compile(
    r"^\s*(?:explain|articulat|describ|detail|outlin|list|summari[sz]|specify|specifi|"
    r"highlight|stat|show|indicat|giving (?:the )?reasons?|cit|copy|cc)\w*ing\b|"
    r"^\s*giving (?:the )?reasons?\b|"
    # "setting out the balances", "spelling out what is needed": what the duty says (not
    # "setting out the chairs", "laying down the dust sheets": work of its own)
    r"^\s*spelling\s+out\b|^\s*(?:setting|laying)\s+(?:out|down)\s+(?:(?:the|any|our|"
    r"their|its|his|her|all)\s+)?(?:(?:\w+\s+){0,2}(?:reasons?|terms|rules|conditions|"
    r"charges|costs?|fees?|rents?|deposits?|balances?|amounts?|sums?|details|steps|"
    r"options|arrangements|requirements|expectations|timetable|position|case|findings|"
    r"decisions?|grounds|points?|facts|figures|dates?|deadlines?|changes|actions|"
    r"responsibilities|duties)\b|what|why|how|when|which|who|whether)", re.IGNORECASE)
SUBORDINATE = re.compile(r"^\s*(?:even\s+)?(?:when|whenever|if|unless|though|although|"
                         r"while|as long as|provided|once|until|before|after|which|whose|"
                         # (what the duty is for or leads to: ", so the Groundsman marks
                         # it", ", so that members can vote")
                         r"so\s+that|so(?=\s+(?:the|a|an|this|these|those|he|she|they|it|we|"
                         r"you|everyone|anyone|nobody|no|all|each|every|our|their|his|her|its)"
                         r"\s))(?=\s)", re.IGNORECASE)
# With whom the duty before it is done: part of that duty (its party), not a duty.
PARTY_CLAUSE = re.compile(
    r"^\s*(?:in (?:consultation|collaboration|conjunction|agreement) with|together with|"
    r"alongside|with the (?:help|support|agreement) of|with (?:the|our|their|its|a|an) |"
    r"(?:seeking|taking|after|following|on) (?:the )?(?:input|advice|guidance|views|"
    r"recommendations?) (?:from|of)|"
    r"(?:agreed|checked|approved|signed off|reviewed|cleared|countersigned|co-?signed|endorsed|"
    r"ratified|authori[sz]ed) (?:with|by)|"
    # ", copied to the PM": where the thing goes, no duty of its own
    r"(?:copied|cc'?d|sent|passed|forwarded|circulated|emailed|copy) to|"
    # ", on the Privacy Officer's advice": whose advice the duty before is done on
    r"(?:on|after|following|with) (?:the |our )?(?-i:(?:[A-Z][\w&-]*\s){0,4}[A-Z][\w&-]*)['’]s? "
    r"(?:advice|recommendations?|input|guidance))\b", re.IGNORECASE)


SECOND_DUTY = re.compile(r"\s+and\s+(?:then\s+)?(?P<verb>[a-z]+)\s+(?:(?:off|up|out|in|over|"
                         r"back)\s+(?:on\s+|to\s+|with\s+)?|(?:me|us|him|her|them)\s+)?"
                         r"(?=(?:the|a|an|all|their|its|any|each|every|our|your)\s|"
                         # ("... and orders anything that is missing", "... and chases
                         # anyone still unpaid")
                         r"(?:anything|everything|whatever|anyone|everyone|anybody|"
                         r"everybody)\s|"
                         # ("... and decides whether to evacuate")
                         r"(?:whether|how|what|which|when|where|who)\s|"
                         # ("... and decide with the Safety Officer (Dave) whether we go")
                         r"with\s+(?:the|our|your|their)\s+(?:[A-Za-z][\w'’-]*\s+){1,5}?"
                         r"(?:\([^()]{1,40}\)\s+)?(?:whether|how|what|which|when|where)\s)")

# The people a role helps, whose help is its work ("help any visitor in difficulty"), not
# a step towards another duty ("helps deliver the roadmap")
PEOPLE_HELPED = frozenset({
    "visitor", "guest", "customer", "patient", "competitor", "member", "child", "children",
    "student", "pupil", "resident", "passenger", "participant", "user", "client", "colleague",
    "newcomer", "volunteer", "player", "tenant", "attendee", "spectator", "learner", "family",
    "people", "starter", "candidate", "applicant", "exhibitor", "delegate", "athlete", "caller",
    "traveller", "shopper", "diner", "audience"})


def _people_helped(words: list[str]) -> bool:
    """"any visitor in difficulty", "new members": an object of "help" that names the
    people helped."""
    helped = [w.lower().strip(",.;") for w in words[:3]
              if w.lower() not in ARTICLES_AND_DETERMINERS and w.lower() != "new"]
    return bool(helped) and (helped[0] in ("anyone", "everyone", "someone") or
                             singular(helped[0]) in PEOPLE_HELPED)


CALLING_VERBS = {"ring", "call", "phone", "text", "page", "contact", "radio", "message"}
PRONOUN_DUTY = re.compile(r"\s+and\s+(?P<verb>[a-z]+)\s+(?=(?:them|it)\s+"
                          # ("make it available to the Controller")
                          r"(?:(?:available|known|public|accessible|ready)\s+)?(?:to|on|back|out|up|"
                          r"for|with|by|in|into|through|before|after|at)\s)")


# Verbs of answering what came in: with only a deadline after them, a duty ("Reply within
# ten working days")
ANSWERING_VERBS = frozenset({"reply", "respond", "answer", "report", "decide"})
# A verb after "and" whose next word opens a deadline ("and reply within ten days")
_AND_VERB_BY = re.compile(r"\s+and\s+(?P<verb>[a-z]+)(?=\s+(?:within|by)\s)")
_DEADLINE_ALONE = re.compile(DEADLINE_TAIL, re.IGNORECASE)
_AND_ENSURE = re.compile(r"\s+and\s+(?:also\s+)?(?P<verb>ensure|ensures|make sure|makes sure)\s+\S",
                         re.IGNORECASE)
_AND_CHECKS_THAT = re.compile(r"\s+and\s+(?:also\s+)?(?P<verb>[a-z]+)\s+(?:that|whether)\s+\S")
# "log the visits and to report any incident": a second infinitive with its own "to"
_AND_TO_VERB = re.compile(r",?\s+and\s+(?:also\s+)?to\s+(?P<verb>[a-z]+)\s+\S")


def _split_second_duty(part: str) -> list[str]:
    """"monitors the progress and reports the results": two duties, the second verb in the
    form of the first and followed by its own object."""
    words = part.split()
    ensure = _AND_ENSURE.search(part)
    if ensure and len(part[:ensure.start()].split()) >= 2 and words and \
            verb_lemma(words[0].lower()) and _same_verb_form(words[0].lower(),
                                                             ensure.group("verb").split()[0]):
        # "maintain the calendar and ensure deadlines are met": a state to keep is a duty
        return [part[:ensure.start()], part[ensure.start("verb"):]]
    to = _AND_TO_VERB.search(part) if " to " in part else None
    # (the first infinitive's own "to" after a comma: "..., to log the visits and to ...")
    opens = 1 if words and words[0].lower() == "to" else 0
    if to and len(part[:to.start()].split()) >= 2 + opens and len(words) > opens and \
            verb_lemma(words[opens].lower()) and \
            "VERB" in word_classes(verb_lemma(to.group("verb")) or ""):
        # "log their visits in the calendar and to report any incident to their manager":
        # the second "to" opens a second duty, as a comma's ", to report" does
        first = part[:to.start()]
        return [first.split(None, 1)[1] if opens else first, part[to.start("verb"):]]
    checked = _AND_CHECKS_THAT.search(part)
    if checked and len(part[:checked.start()].split()) >= 2 and words and \
            verb_lemma(words[0].lower()) and \
            _same_verb_form(words[0].lower(), checked.group("verb")) and \
            "VERB" in word_classes(verb_lemma(checked.group("verb")) or ""):
        # "close nominations and check that every nominee is a member": what is checked is
        # a second duty, not the end of the first one's name
        return [part[:checked.start()], part[checked.start("verb"):]]
    m = SECOND_DUTY.search(part)
    owning = (verb_lemma(words[0].lower()) if words else "") in OWNERSHIP_VERBS
    if m is None:
        # "mentor two analysts and present findings": a duty verb before a plural object
        # (after a verb that only says the work is done, the pair is named as one duty:
        # "own the roadmap and release notes", unless a modifier shows the verb: "build
        # the dashboard and report first-week results")
        m = next((b for b in SECOND_BARE.finditer(part)
                  if _work_verb(verb_lemma(b.group("verb").lower()) or "")
                  and _plural_head(b.group("next"))
                  and (not owning or "-" in b.group("next").split()[0])
                  or _third_person_pair(words[0], b.group("verb"), b.group("next"))
                  # "log every absence and refer staff to ...": a verb that is no noun
                  # "own the pipelines and mentor two engineers": a count after the
                  # word shows it is a verb
                  or _work_verb(verb_lemma(b.group("verb").lower()) or "") and
                  b.group("next").split()[0].lower() in COUNT_WORDS - {"one"} and
                  "VERB" in word_classes(verb_lemma(b.group("verb").lower()) or "")
                  or not owning and _work_verb(verb_lemma(b.group("verb").lower()) or "") and
                  "NOUN" not in word_classes(verb_lemma(b.group("verb").lower()) or "") and
                  b.group("next").split()[0].lower() not in PHRASE_BOUNDARIES | BARE_PRONOUNS
                  or (HANDOVER_VERBS.match(b.group("verb")) or
                      (verb_lemma(b.group("verb")) or "") in CALLING_VERBS)
                  and b.group("next")[:1].isupper()
                  # "... and call out Maya if ...": a verb, its particle, then a name
                  or _PARTICLE_OBJECT.match(b.group("next")) is not None and
                  b.group("next").split()[1][:1].isupper() and
                  "VERB" in word_classes(verb_lemma(b.group("verb").lower()) or "")),
                 None)  # "... and tell Ines", "... and notify the Registrar", "... and ring Aoife"
    if m is None:
        # "prepares the accounts and sends them to the examiner": a second duty on the
        # same thing (named when the pronoun is read as what it stands for)
        m = next((b for b in PRONOUN_DUTY.finditer(part)
                  # (sharing it or copying it in tells the party, on
                  # the duty before: "draw up the rota and share it with the leads")
                  if verb_lemma(b.group("verb").lower()) not in (
                      None, "be", "have", "do", "share", "copy", "show")),
                 None)
    if m is None:
        # "investigate any complaint and reply within ten days": a verb of answering with
        # no object but its deadline is a second duty, done by then
        m = next((b for b in _AND_VERB_BY.finditer(part)
                  if verb_lemma(b.group("verb")) in ANSWERING_VERBS and
                  _DEADLINE_ALONE.fullmatch(part[b.end():].strip(" .;"))), None)
    if m is None or len(words) < 3 or not _same_verb_form(words[0].lower(), m.group("verb")) \
            or not verb_lemma(words[0].lower()) or len(part[:m.start()].split()) < 2:
        return [part]
    second = part[m.start():].strip()[4:]
    # "counts the float and then locks the safe": "then" orders the two, no word of the
    # second duty
    return [part[:m.start()], second[5:] if second.startswith("then ") else second]


def _work_verb(lemma: str) -> bool:
    """A verb that names work: a listed duty verb, or one that cannot be a noun ("refer",
    "notify"), so that "and refer employees to ..." is read as a verb."""
    return lemma in DUTY_VERBS or ("VERB" in word_classes(lemma) and
                                   "NOUN" not in word_classes(lemma) and
                                   lemma not in NON_DUTY_VERBS)


SECOND_BARE = re.compile(r"\s+and\s+(?:then\s+)?(?P<verb>[a-z]+)\s+"
                         r"(?P<next>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})")


def _third_person_pair(first: str, verb: str, after: str) -> bool:
    """"collects payments and sends letters home", "gives medicines and treats minor
    injuries": two verbs in the third person, the second with an object of its own (a verb
    that is also a noun needs an adjective after it to be read as a verb)."""
    lemma = verb_lemma(verb.lower()) or ""
    if not (is_third_person_verb(first) and is_third_person_verb(verb)) or \
            "VERB" not in word_classes(lemma) or lemma in NON_DUTY_VERBS:
        return False
    head = after.split()[0].lower()
    if "NOUN" in word_classes(lemma):  # "treats minor injuries", not "reviews plans"
        # ... or with a recipient after its object: "reports progress to the sponsor"
        return len(after.split()) > 1 and _plural_head(after) or \
            re.match(r"^[\w-]+\s+to\s+(?:the|our|a|an|all|each|every)\b", after) is not None \
            or _bare_singular_end(after)
    return _plural_head(after) or "ADJ" in word_classes(head)


def _bare_singular_end(after: str) -> bool:
    """"(and takes) payment": one singular noun with no article, ending the text, is the
    object of a verb (a plural noun before it, "takes", would name nothing)."""
    words = after.strip(" .;").split()
    return len(words) == 1 and words[0].isalpha() and words[0].islower() and \
        singular(words[0]) == words[0] and \
        word_classes(words[0]) & {"NOUN", "VERB", "ADJ"} == {"NOUN"}


def _plural_head(words: str) -> bool:
    """Whether the noun phrase at the start of ``words`` holds a plural ("findings",
    "first-week results to the lead", "letters home")."""
    phrase: list[str] = []
    for word in words.split()[:3]:
        if word.lower() in PHRASE_BOUNDARIES:
            break
        phrase.append(word.lower().strip(",.;"))
    return any(w.isalpha() and singular(w) != w for w in phrase)


LIST_SEPARATOR = re.compile(r"(?<!\d),\s*(?:and\s+|then\s+)?|,(?!\d)\s*(?:and\s+|then\s+)?|"
                            r";\s*|\s+and\s+(?=[a-z]+ing\b|[A-Z])")
# How the duty before it is done ("..., using the agreed wording", "..., following the
# checklist"): part of that duty, not a duty.
MANNER_CLAUSE = re.compile(r"^\s*(?:using|following|according to|in line with|based on|"
                           r"as per|in accordance with)\b", re.IGNORECASE)


_OPENING, _CLOSING = "([“", ")]”"


def _enclosed(text: str) -> list[bool]:
    """For each character of a text, whether it stands inside brackets or quotation
    marks (straight quotes paired in order; a bracket or quote left open encloses
    nothing, so a stray one does not swallow the rest)."""
    out = [False] * (len(text) + 1)
    depth, quoted, since = 0, False, -1
    opened: list[int] = []
    for i, c in enumerate(text):
        if c in _OPENING:
            depth += 1
            opened.append(i)
        elif c in _CLOSING and depth:
            depth -= 1
            first = opened.pop()
            out[first:i] = [True] * (i - first) if not depth else out[first:i]
        elif c == '"':
            if quoted:
                out[since:i] = [True] * (i - since)
            quoted, since = not quoted, i
    return out


def _list_parts(text: str) -> list[str]:
    """The parts of a list written in a sentence. "and" before a capital word splits only
    when that word is a verb ("the Budget and Review the plan"): "during SEV1 and SEV2
    incidents", "with Sales and Marketing" name one thing."""
    parts: list[str] = []
    start = 0
    enclosed = _enclosed(text)
    for m in LIST_SEPARATOR.finditer(text):
        if enclosed[m.start()]:
            continue  # "(routes, targets, number of shots)", "\"all clear, all safe\"": one
        if m.group(0).strip() == "and" and text[m.end():m.end() + 1].isupper():
            before = text[:m.start()].split()
            nxt = text[m.end():].split()[0].lower().strip(",;:")
            if before and (before[-1][:1].isupper() or any(c.isdigit() for c in before[-1])) \
                    and verb_lemma(nxt) != nxt and not is_third_person_verb(nxt):
                continue
            after = text[m.end():].split()[:2]
            if ACRONYM_WORD.fullmatch(after[0].strip(",;:.")) and not (
                    len(after) > 1 and is_third_person_verb(after[1].strip(",;:."))):
                continue  # "orders gases, solvents and PPE": a thing named by its letters
        parts.append(text[start:m.start()])
        start = m.end()
    parts.append(text[start:])
    return parts


STATE_PARTICLES = {"and", "or", "up", "down", "out", "fully", "always"}


def _complement_words(text: str, noun_too: bool = False) -> bool:
    """True when every word states a condition ("secure", "consistent", "monitored and
    backed up"): adjectives and past participles, with no object of their own; with
    ``noun_too``, adjectives that can also be nouns ("stable")."""
    words = [w.lower().strip(",;.") for w in text.split()]
    return bool(words) and len(words) <= 5 and all(
        w in STATE_PARTICLES or w.endswith("ed") and verb_lemma(w) is not None or
        "ADJ" in word_classes(w) and (noun_too or "NOUN" not in word_classes(w))
        for w in words) and words[0] not in STATE_PARTICLES


_BY_A_DOER_LAST = re.compile(r"\sby\s+(?:a|an|any|the|each|every)\s+[\w-]+$")
_STATE_OPENING = re.compile(r"^(?:ensuring |that |ensures? that |(?:make|makes|making) sure |"
                             r"[a-z]+ (?:that|whether) )", re.IGNORECASE)
_ENSURE_OPENING = re.compile(r"^ensures? ", re.IGNORECASE)
_IS_OR_ARE = re.compile(r"\b(?:is|are)\b")


# The last two of a list of nouns, alone or before a measure: "cost or schedule (over 10%)"
# (or before whom they go to: "visits, falls and repairs to the Board")
_NOUN_PAIR_END = re.compile(r"^([a-z]+)\s+(?:or|and)\s+"
                            # ("pests, disease and dry root balls": the last noun may have
                            # words before it)
                            r"(?:(?!(?:the|a|an|their|its|our|your|his|her|this|these|"
                            r"those|each|every|any)\s)[a-z]+\s+){0,2}?"
                            r"([a-z]+)(?:\s+(?:over|above|under|"
                            r"below|of|for|in|on|at|within|beyond|near|around|to|"
                            # ("... and split boards before the driver leaves": when)
                            r"before|after|until|once)\b.*|"
                            # "any boats, swimmers or divers approaching the buoys": what
                            # the nouns are doing
                            r"\s+[a-z]{3,}ing\s+(?:the|a|an|any|our|their|its)\b.*)?$")


# A part that is a second complement of the words before it, no object of its own: "a copy
# of the passport, or of the visa letter", "a letter to the tenant, and to the agent"
_OR_OF = re.compile(r"^(?:or|and|and/or)\s+(?:of|from|to|for|with|about|on)\s+(?:the|a|an|"
                    r"any|each|every|their|its|his|her|our|your)\s", re.IGNORECASE)


def _split_phrases(text: str) -> list[str]:
    """Split a list written in a sentence; keep it whole when a part is a lone word. Parts
    that say what the duty before them contains ("publishing closure reports, explaining
    the fixes used and giving reasons") are part of it, not duties."""
    parts = _list_parts(text.strip(" ."))
    parts = [p.strip() for p in parts if len(p.strip()) > 2]
    kept = parts[:1]
    aside = False  # inside a subordinate clause that runs over several parts
    for p in parts[1:]:
        if SUBORDINATE.match(p):
            aside = True
            continue  # ", even when there is nothing new": a condition, no duty
        if aside and NOUN_PHRASE_START.match(p) and not _verb_first(p) and \
                not is_third_person_verb(p.split()[0]) and not _gerund_duty(p):
            continue  # "..., which goes to the PM, the director and the FOH Manager"
        aside = False
        if PARTY_CLAUSE.match(p) or MANNER_CLAUSE.match(p) or _OR_OF.match(p) or (
                # "weighs each crate at 2, 4 and 6 kilos": a list of numbers goes on
                p[:1].isdigit() and kept[-1][-1:].isdigit()) or (
                # "raised by a swimmer, a parent or a member of staff": more agents
                _BY_A_DOER_LAST.search(kept[-1]) and
                NOUN_PHRASE_START.match(p) and _bare_object(p)) or (
                _complement_words(p) and _complement_words(kept[-1].split()[-1], True)) or (
                # "approves changes to scope, cost or schedule over 10%": the nouns go on
                (pair := _NOUN_PAIR_END.match(p)) is not None and
                "NOUN" in word_classes(pair.group(1)) and
                "NOUN" in word_classes(singular(pair.group(2))) and (
                    len(kept[-1].split()) >= 3 or
                    # ("orders lenses, mirrors and extraction filters": a verb and its
                    # first noun, when the next part opens on no verb of its own)
                    len(kept[-1].split()) == 2 and _bare_nouns(p))
                and
                "NOUN" in word_classes(kept[-1].split()[-1].lower())):
            # "keeps the systems stable, secure and consistent": the states go on
            kept[-1] += ", " + p  # "..., in consultation with the Ward Manager"
        elif not ELABORATION.match(p):
            kept.append(p)
    parts = _stated_list(text, kept)
    parts = [q for p in parts for q in _split_second_duty(p)]
    state = _STATE_OPENING.match(text.strip()) or (
        _ENSURE_OPENING.match(text.strip()) and _IS_OR_ARE.search(parts[0]))
    if len(parts) > 1 and state:
        # "ensures that the decisions are objective, compliant and aligned": one state;
        # a participle after it is a further duty ("..., addressing any challenges")
        doing = next((i for i, p in enumerate(parts) if i and (
            _gerund_duty(p) or is_third_person_verb(p.split()[0]))), None)
        if doing is not None:
            at = text.find(parts[doing])
            return [text[:at].strip(" ,;."), *parts[doing:]]
        return [text.strip(" .")]
    if len(parts) > 1 and all(len(p.split()) == 1 for p in parts[:-1]) and \
            all(verb_lemma(p.lower()) for p in parts[:-1]) and \
            all(p.lower().endswith("ing") == parts[-1].split()[0].lower().endswith("ing")
                for p in parts[:-1]) and verb_lemma(parts[-1].split()[0].lower()) and \
            len(parts[-1].split()) > 1:
        return [text.strip(" .")]  # "drafting, checking and publishing notes": one duty
    if len(parts) > 1 and _plain_verbs_after_to(parts):
        # "decide to delay, shorten or stop the race": the choices of one decision
        return [", ".join(parts)]
    return parts


_ARTICLES_AND_PRONOUNS = frozenset({"the", "a", "an", "their", "its", "our", "your", "his",
                                    "her", "this", "that", "these", "those", "each", "every",
                                    "any", "them", "it"})


def _bare_nouns(part: str) -> bool:
    """Whether a part of a list is nouns alone, no verb and its object ("mirrors and
    extraction filters", not "sorts and bags the towels"): no article or pronoun in it, and
    no verb in the third person after its "and"."""
    words = part.lower().split()
    if any(w in _ARTICLES_AND_PRONOUNS or w in BARE_PRONOUNS for w in words):
        return False
    after = words[words.index("and") + 1:] if "and" in words else \
        words[words.index("or") + 1:] if "or" in words else []
    return bool(after) and not is_third_person_verb(after[0])


def _plain_verbs_after_to(parts: list[str]) -> bool:
    """Whether a list's parts are verbs in the plain form after a first part's "to" ("decide
    to delay", "shorten or stop the race"): the alternatives of one act, not duties."""
    first = parts[0].split()
    if len(first) < 3 or first[-2].lower() != "to":
        return False

    def plain(word: str) -> bool:
        word = word.lower().strip(",;.")
        return verb_lemma(word) == word and "VERB" in word_classes(word)

    last = parts[-1].split()
    return plain(first[-1]) and all(len(p.split()) == 1 and plain(p) for p in parts[1:-1]) \
        and len(last) >= 3 and plain(last[0]) and last[1].lower() in ("or", "and") and \
        plain(last[2])


# A state to bring about, opening a part of a list or its second duty: "(brief the team
# and) make sure the GPU, steps and belt loaders are on stand"
STATE_OPENER = re.compile(r"(?:^|\s(?:and|or)\s+)(?:(?:make|makes|making) sure|ensur(?:e|es|ing)|"
                          r"(?:check|checks|checking|see|sees) that)\s+(?:that\s+)?"
                          r"(?!.*\b(?:is|are)\b)",
                          re.IGNORECASE)
# the list's last noun and its state: "belt loaders are on stand" (but not "confirms to the
# WDO that routes are covered", a duty of its own)
STATE_VERB = re.compile(r"^(?:(?!(?:to|that|by|with|for|of|on|in)\s)[\w'’-]+\s+){0,8}?"
                        r"(?:is|are|stay|stays|remain|remains)\b")


def _stated_list(text: str, parts: list[str]) -> list[str]:
    """Parts of a list that are one state's subject, "make sure the GPU", "steps and belt
    loaders are on stand", joined back as they were written: a list that is the subject
    of "are" after "make sure" or "ensure" names no duties of its own."""
    for i, part in enumerate(parts[:-1]):
        if not STATE_OPENER.search(part):
            continue
        for j in range(i + 1, len(parts)):
            if not STATE_VERB.match(parts[j]) and (
                    _verb_first(parts[j]) or is_third_person_verb(parts[j].split()[0])):
                break
            if STATE_VERB.match(parts[j]):
                start = text.find(part)
                end = text.find(parts[j], start)
                if start < 0 or end < 0:
                    break
                whole = text[start:end + len(parts[j])].strip(" .")
                return [*parts[:i], whole, *_stated_list(text, parts[j + 1:])]
    return parts


DELEGATED_TO = re.compile(r"^(?P<what>\S.{1,100}?)\s+to\s+(?P<who>(?:the\s+|our\s+)?[^,;.]{2,60})")
# What a party is asked to make sure of: a verb and a clause ("confirm that ...", "check
# whether ...")
_ASKED_CLAUSE = re.compile(r"^[a-z]+\s+(?:that|whether|if)\b", re.IGNORECASE)
ASKED_TO = re.compile(r"^(?P<who>(?:the\s+|our\s+)?[^,;]{2,60}?)\s+to\s+(?P<what>[a-z]+\s+\S.*)$")
# "consults the night porters before any closure of the gate": who, then on what
CONSULTED_ON = re.compile(r"^(?:the|our|a|an|all|any)?\s*(?:[\w-]+\s+){0,4}?"
                          r"(?:on|about|before|regarding)\s+(?P<what>\S+\s+\S.*)$",
                          re.IGNORECASE)
TWO_OBJECTS = re.compile(
    r"^(?P<verb>[a-z]+(?:\s+(?:over|up|on|off|out))?)\s+"
    r"(?P<first>(?:the|its|their|our)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+and\s+"
    r"(?P<second>(?:the|its|their|our)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)"
    # ("... for the practice": where, for both)
    r"(?:\s+(?:for|in|at)\s+(?:the|our|their|each|every)\s+[^,;]{1,30})?\s*$", re.IGNORECASE)


# Verbs that hand a role a standing area rather than one act: each thing joined after
# them is an area of its own ("owns the syllabus and the assessment strategy")
OWNING_VERBS = {"own", "manage", "oversee", "supervise", "take over", "maintain"}


def _owning(verb: str) -> bool:
    """"owns", "manages", "takes over": a verb (with its particle) of a standing area."""
    words = verb.lower().split()
    lemma = verb_lemma(words[0]) if words else None
    return lemma is not None and " ".join([lemma, *words[1:]]) in OWNING_VERBS


_AND_BETWEEN_WORDS = re.compile(r"\sand\s", re.IGNORECASE)


# "(owns) the pipelines and mentor two engineers": a count after a word shows it a verb
SECOND_COUNTED = re.compile(
    rf"\s+and\s+(?P<verb>[a-z]+)\s+(?=(?:{'|'.join(sorted(COUNT_WORDS - {'one', 'both'}))}|"
    r"\d+)\s)")


def _counted_object(phrase: str) -> bool:
    """"mentor two junior engineers": a word that may be a verb before a count, read as
    the verb and its object, not as a title."""
    words = phrase.split()
    return len(words) >= 3 and words[1].lower() in COUNT_WORDS - {"one", "both"} and \
        "VERB" in word_classes(verb_lemma(words[0].lower()) or "")


def _joined_duties(text: str) -> list[str]:
    """"signing the sheets and booking the vans", "the sheets and for booking the vans",
    "sign the sheets and book the vans", "book the vans and you will train the porters":
    two duties joined without a comma."""
    if _AND_BETWEEN_WORDS.search(text) is None:
        return [text]  # (every join below is an "and" between spaces)
    taking_part = re.search(r"\s+and\s+(?:takes?\s+part|participates?|attends?|joins?)\s+"
                            r"(?:in\s+)?(?=\w)", text, re.IGNORECASE)
    if taking_part and len(text[:taking_part.start()].split()) >= 2:
        # "a fire warden and take part in evacuation drills": taking part is a duty too
        return [*_joined_duties(text[:taking_part.start()]),
                text[taking_part.start():].strip()[4:]]
    same_subject = re.search(r"\s+and\s+(?:you|they|he|she)\s+(?:(?:will|can|must|should|"
                             r"also)\s+)*(?=[a-z]+\s)", text)
    if same_subject and len(text[:same_subject.start()].split()) >= 2:
        return [*_joined_duties(text[:same_subject.start()]),
                *_joined_duties(text[same_subject.end():])]
    for_doing = re.search(r"\s+and\s+for\s+(?=[a-z]+ing\s)", text)
    if for_doing and len(text[:for_doing.start()].split()) >= 2:
        # "code reviews and for mentoring engineers": a second duty, whatever the first is
        return [*_joined_duties(text[:for_doing.start()]), text[for_doing.end():]]
    pair = TWO_OBJECTS.match(text)
    if pair and verb_lemma(pair.group("verb").split()[0].lower()) and not any(
            w.lower() in PHRASE_BOUNDARIES or w.lower() in BARE_PRONOUNS
            for w in f"{pair.group('first')} {pair.group('second')}".split()):
        if not _owning(pair.group("verb")):
            # an act done to two things at once is one step ("strike the lectern and the
            # trophies", "check the fire doors and the alarm panel in the east wing"),
            # named without where it is done
            return [f"{pair.group('verb')} {pair.group('first')} and {pair.group('second')}"]
        # "owns the module syllabus and the assessment strategy": two things owned, each
        # an area of its own
        return [f"{pair.group('verb')} {pair.group('first')}",
                f"{pair.group('verb')} {pair.group('second')}"]
    if text.split() and not verb_lemma(text.split()[0].lower()):
        # "(owns) the close calendar and chair the close meeting": after the object of a
        # verb already read, a duty verb with its own object is a second duty
        counted = SECOND_COUNTED.search(text)
        verb_after = SECOND_DUTY.search(text) or counted
        lemma = verb_lemma(verb_after.group("verb").lower()) if verb_after else None
        if verb_after and lemma and (lemma in DUTY_VERBS or HANDOVER_VERBS.match(lemma) or
                                     REPORTING_VERBS.match(lemma + " ") or
                                     verb_after is counted) and \
                "VERB" in word_classes(lemma) and \
                len(text[:verb_after.start()].split()) >= 2:
            return [text[:verb_after.start()], text[verb_after.start():].strip()[4:]]
    if text.split() and verb_lemma(text.split()[0].lower()):
        second = _split_second_duty(text)  # "sign the sheets and book the vans"
        if len(second) > 1 and verb_lemma(second[1].split()[0].lower()) not in NON_DUTY_VERBS:
            return second
    # (not "... which walls are closed and for how long": a question of the same telling)
    m = re.search(r"\s+and\s+for\s+(?!(?:how|what|which|whom|when|where|why)\b)(?=\w)", text,
                  re.IGNORECASE)
    if m is not None and re.search(r"\sfor\s", text[:m.start()], re.IGNORECASE) and \
            not text[m.end():].split()[0].lower().endswith("ing"):
        m = None  # "the contact point for the ICO and for data subjects": one duty
    if m is None:
        first = text.split()[0].lower() if text.split() else ""
        # the second participle has its own object, perhaps after a modifier ("and giving
        # necessary guidance"); "building and managing the team" is one duty
        m = next((g for g in re.finditer(
            r"\s+and\s+(?=[a-z]+ing\s+(?:(?:the|a|an|all|their|its|any|each|every)\s|"
            r"[a-z]+\s+[a-z]+))", text)
            if len(text[:g.start()].split()) >= 2 and verb_lemma(text[g.end():].split()[0])
            and not ELABORATION.match(text[g.end():])), None) \
            if first.endswith("ing") and verb_lemma(first) else None
    if m is None or len(text[:m.start()].split()) < 2:
        return [text]
    return [text[:m.start()], text[m.end():]]


def _gerund_over_people(phrase: str) -> bool:
    """"mentoring engineers", "training new staff": work done on people (a plural after
    the gerund), not a title ("Hiring Manager")."""
    words = phrase.split()
    return len(words) >= 2 and words[0].lower().endswith("ing") and \
        verb_lemma(words[0].lower()) is not None and \
        singular(words[-1].lower()) != words[-1].lower()


NOUN_PHRASE_START = re.compile(r"^(?:the|a|an|their|its|his|her|our|your|each|every|any)\s",
                               re.IGNORECASE)


def _objects_of_one_verb(parts: list[str]) -> list[str]:
    """"explore the market, the problems users have and the behaviour of users": the later
    parts are objects of the first part's verb, so the list is one duty, not one per
    object (a part without its verb names no duty)."""
    if len(parts) > 1 and all(NOUN_PHRASE_START.match(p) for p in parts[1:]) and \
            not NOUN_PHRASE_START.match(parts[0]):
        return [", ".join(parts)]
    if len(parts) > 1 and _verb_first(parts[0]):
        # "confirms setbacks, height and lot coverage": objects of the one verb; a part
        # with its own verb ("..., and records the result") is a duty of its own
        merged = parts[:1]
        for n, p in enumerate(parts[1:], start=1):
            words = p.split()
            if _bare_object(p) or _further_noun(p) or (
                    # "with tea, coffee, milk and the local map": the list's last two
                    # objects after others ("milk" a verb too, though no verb is followed
                    # by "and" and a thing)
                    n == len(parts) - 1 and n >= 2 and len(merged) == 1 and
                    _last_nouns(words)) or (
                    # "arrange tables, clocks and sets": a verb over bare plural nouns, the
                    # next plural going on with them ("clocks" a verb too)
                    # (not one with its own object: "..., gives the safety talk")
                    len(merged) == 1 and _bare_plurals(merged[-1]) and
                    singular(words[0].lower()) != words[0].lower() and
                    "NOUN" in word_classes(singular(words[0].lower())) and
                    (len(words) < 2 or words[1].lower() not in ARTICLES_AND_DETERMINERS)) or (
                    # "from the Men's, Women's, Junior and Masters captains": names in a
                    # list that goes on the last name before it
                    p[:1].isupper() and len(words) <= 4 and
                    merged[-1].split()[-1][:1].isupper() and not _verb_first(p) and
                    not is_third_person_verb(words[0]) and
                    # ("Finance approves", but "West sections": the names' noun)
                    not any(is_third_person_verb(w) and not (
                        n == len(words) - 1 and words[n - 1][:1].isupper() and
                        "NOUN" in word_classes(singular(w.lower())))
                        for n, w in enumerate(words[1:], start=1))):
                merged[-1] += ", " + p
            else:
                merged.append(p)
        return merged
    return parts


def _last_nouns(words: list[str]) -> bool:
    """"milk and the local map", "sugar and a spoon": a bare word that is a noun, "and",
    then a thing with its article and no verb of a clause of its own ("tests and the Chair
    signs it" is a clause)."""
    return len(words) >= 3 and words[0].islower() and words[1] == "and" and \
        "NOUN" in word_classes(words[0].lower()) and \
        words[2].lower() in ("the", "a", "an", "some", "any") and \
        not _IS_OR_ARE.search(" ".join(words)) and \
        not any(w.lower() in AUXILIARIES for w in words[3:]) and \
        not any(is_third_person_verb(w) for w in words[3:-1])  # ("... ice packs": a noun)


def _further_noun(part: str) -> bool:
    """A later part of a list after a verb's first object that can only be a further
    object: one lower-case word that is a noun ("keep the ropes, ladders, helmets and
    lights": "ladders", though "ladder" is a verb too), or a phrase led by a word that is
    only a noun ("helmets and lights in a safe condition")."""
    words = part.split()
    if not words or not words[0][:1].islower():
        return False
    first = words[0].lower().strip(",;:.")
    if first in FUNCTION_WORDS or first in PHRASE_BOUNDARIES or _IS_OR_ARE.search(part) or \
            re.search(r"\b(?:was|were|be|been|has|have|had)\b", part):
        return False  # "they are then approved", "or your club is charged": a clause
    classes = word_classes(first)
    return len(words) == 1 and "NOUN" in classes or \
        len(words) <= 8 and classes == frozenset({"NOUN"})


def _bare_object(part: str) -> bool:
    """A short noun phrase without a verb of its own: a further object of the verb before
    it ("height and lot coverage")."""
    words = part.split()
    core = re.split(r"\s+(?:that|which|who)\s", part)[0]  # "standards that will support"
    # "height and lot coverage against the zoning bylaw": the phrase after the object
    core = re.split(r"\s+(?:against|under|according to|in line with|per)\s", core)[0]
    longest = 8 if NOUN_PHRASE_START.match(part) else 4  # "the cleaners and the supplier"
    return bool(words) and len(TIME_LIMIT.sub("", FREQUENCY.sub("", core)).split()) <= longest \
        and not _verb_first(part) and not _gerund_duty(part) \
        and not is_third_person_verb(words[0].split("/")[0]) \
        and words[0].lower() not in ("you", "they", "we", "he", "she", "it", "i") \
        and (part[:1].islower() or ACRONYM_WORD.fullmatch(words[0]) is not None)


# An acronym standing as a noun: "orders gases, solvents and PPE"
ACRONYM_WORD = re.compile(r"[A-Z]{2,6}s?")


def _owned_things(rest: str) -> list[str]:
    """The things a list written after a role's label names, when it is a list of two or
    more noun phrases led by "the", "our" or "all" and nothing else ("the invited speaker,
    the budget, and the proceedings (chasing ...)"): each as an activity name; else []."""
    text = re.sub(r"\([^)]*\)", "", re.split(r"\.\s|\.$", rest.strip(), maxsplit=1)[0])
    parts = [p.strip(" ,;") for p in _list_parts(text) if p.strip(" ,;")]
    if len(parts) < 2 or not all(
            re.match(r"(?:the|our|their|all)\s+\S", p, re.IGNORECASE) and len(p.split()) <= 6
            for p in parts):
        return []
    names = [activity_name(p) or p for p in parts]
    return [n[:1].upper() + n[1:] for n in names if n]


# "friction tester calibration by 15 October": a thing to be done by a date, its verb left
# out ("by" a day and month, a weekday, "the end of" a period, a date in figures)
_DUE_THING = re.compile(
    r"^(?P<thing>[A-Za-z][\w'’/-]*(?:\s+[\w'’/%-]+){1,9}?)\s+by\s+(?P<due>\d{1,2}(?:st|nd|rd|th)?"
    r"\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|(?:next\s+)?[A-Z][a-z]+day|"
    r"(?:the\s+)?end\s+of\s+(?:the\s+)?\w+|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)\s*[.;]?\s*$")


def _due_thing(rest: str) -> list[str]:
    """What an action line after a role's label is to have done by a date, written as a
    thing ("AOM: friction tester calibration by 15 October"): the whole line as one
    activity; [] for a line with a verb of its own or without such a date."""
    m = _DUE_THING.match(rest.strip())
    if m is None:
        return []
    words = m.group("thing").split()
    if any(is_third_person_verb(w) for w in words) or \
            verb_lemma(words[0].lower()) == words[0].lower() and \
            "NOUN" not in word_classes(words[0].lower()):
        return []  # ("check the rota by Friday" is read as the order it is)
    text = " ".join(rest.strip().rstrip(".;").split())
    return [text[:1].upper() + text[1:]]


class _Context:
    def __init__(self) -> None:
        self.roles: list[str] = []
        self.section = ""
        self.active = False
        self.owner: list[str] = []  # the roles the enclosing role heading names
        self.owner_level = 0
        self.orphan = False  # a section beside role sections that names no role
        self.skip = False  # a section about skills, offers, criteria: no duties by default
        # a section that says what a party is or why it matters ("What is a platform
        # team?", "Definition", "Why it matters"): only a sentence that assigns is a duty
        # ("generic" under "What is ...?", where a sentence about the party itself, "The
        # platform team keeps the core systems stable", still says its work)
        self.explains = ""
        # a section that opens a page by summing up the role or the procedure ("About the
        # role", "Purpose", "Introduction"): what the sections after it say in full
        self.intro = False


def _topic_label(label: str, ctx: _Context, catalog: RoleCatalog, document: str) -> bool:
    """Whether a run-in label over duties ("Health and safety: walk the site ...") is what
    they are about, not who does them: under a heading that is one other role, a label
    that names a department or a field ("Health and safety", "Finance") with no word for a
    person or a group of people, and no letters in capitals only ("HR")."""
    if len(ctx.roles) != 1 or heading_actor(ctx.section) is None:
        return False
    keys = catalog.keys_in(label, document)
    words = re.findall(r"[A-Za-z]+", label)
    return len(keys) == 1 and keys[0] != ctx.roles[0] and bool(words) and \
        not any(w.isupper() or actor_word(w.lower()) for w in words) and \
        not any(w.lower() in _GROUP_WORDS for w in words)


# Words naming a group of people in a label ("Finance Team", "Estates Office")
_GROUP_WORDS = frozenset({"team", "teams", "office", "desk", "department", "committee",
                          "board", "unit", "group", "panel", "council", "crew", "staff",
                          "service", "services", "squad", "trust"})


def _parties(text: str, own: list[str], name: str, doc: Document, location: str,
             evidence: str, where: str, catalog: RoleCatalog) -> list[Claim]:
    """C and I claims on the duty ``name`` for the roles ``text`` consults or informs
    besides ``own`` (an owner cue there gives no letter: the duty has its doer), and A for
    the one it names as approving the work ("changes approved by the Data Owner")."""
    return [Claim(k, name, kind, kind == "A", doc.name, location, evidence[:300], where)
            for k, kind in _cue_roles(text, own, catalog, doc.name)
            if kind in ("C", "I") or kind == "A" and _approves(text, k, catalog, doc.name)]


def _approves(text: str, key: str, catalog: RoleCatalog, document: str) -> bool:
    """Whether ``text`` names the role ``key`` as approving the work ("changes approved by
    the Data Owner", "once the Shift Manager has approved the restart")."""
    approving, last_end = False, -1
    found = catalog.find(text, document)
    for i, (k, start, end) in enumerate(found):
        direct = bool(APPROVED_BY.search(text[:start]) or _signs_off_step(text, start, end)
                      or _says_go(text, start, end))
        # ("approved by the Head, the Bursar and the Chair": each of those joined after
        # an approver approves too, when the list closes there)
        approving = direct or approving and bool(PARTY_JOINER.fullmatch(text[last_end:start]))
        if k == key and approving and (direct or _list_closes(text, found, i)):
            return True
        last_end = end
    return False


# What may follow a list of approvers: its end, or when ("... and the Chair each year")
_LIST_CLOSED = re.compile(r"\s*(?:[.,;:)!?]|$|(?:each|every|once|twice|at|before|after|"
                          r"within|on|by|in|when|if)\b)", re.IGNORECASE)


def _list_closes(text: str, found: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the list of parties the ``i``-th of ``found`` is in ends on the list's own
    end ("approved by the Chair and the Treasurer."), not on words that say something else
    of its last ("approved by the Chair, the Treasurer then filing it")."""
    while i + 1 < len(found) and PARTY_JOINER.fullmatch(text[found[i][2]:found[i + 1][1]]):
        i += 1
    return _LIST_CLOSED.match(text, found[i][2]) is not None


# The one whose word the work is done on: "on the Safety Officer's instruction", "at the
# Director's call", "under the direction of the Head Chef"
_ON_SAY_BEFORE = re.compile(r"\b(?:on|at|upon)\s+(?:the\s+|our\s+)?$", re.IGNORECASE)
_SAY_AFTER = re.compile(r"^(?:['’]s?)?\s+(?:call|calls|instruction|instructions|signal|word|"
                        r"order|orders|say-so|cue|command|direction)\b", re.IGNORECASE)
_DIRECTED_BEFORE = re.compile(r"\b" + _DIRECTION + r"\s+of\s+(?:the\s+|our\s+)?$",
                              re.IGNORECASE)
# The one the work is made for to approve: "drafts the statement for the Director to approve"
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+|our\s+)?$", re.IGNORECASE)
_TO_APPROVE_AFTER = re.compile(r"^\s+to\s+(?:approve|sign(?:\s+off)?|authori[sz]e|agree|"
                               r"clear|countersign|co-?sign|endorse|ratify)\b", re.IGNORECASE)
# The one who approves the work just done, in a clause of their own about "it": "..., and the
# Depot Manager signs it off", "..., where the Board approves it", "..., who approves them"
_APPROVER_OPENS = re.compile(r"(?:[,;]\s*(?:and\s+|where\s+|when\s+|then\s+|and\s+then\s+)?"
                            r"|\s(?:and|where)\s+)(?:the\s+|our\s+)?$", re.IGNORECASE)
_APPROVES_IT = re.compile(r"^,?\s+(?:who\s+)?(?:then\s+|also\s+|finally\s+)?(?:approves|"
                          r"signs\s+off|authori[sz]es|ratifies|countersigns|co-?signs|endorses|"
                          r"signs)\s+(?:it|"
                          r"them|this|these)\b(?!\s+(?:to|for)\b)", re.IGNORECASE)


def _says_go(text: str, start: int, end: int) -> bool:
    """Whether the role named at ``start:end`` is the one whose word or approval the work
    waits on: "on the Safety Officer's instruction", "under the direction of the Head",
    "for the Director to approve", "..., and the Manager signs it off", "..., who approves
    it"; the work is theirs to answer for (A), the doer does it (R)."""
    before, after = text[max(0, start - 60):start], text[end:end + 60]
    return bool(_ON_SAY_BEFORE.search(before) and _SAY_AFTER.match(after)
                or _DIRECTED_BEFORE.search(before)
                or _FOR_BEFORE.search(before) and _TO_APPROVE_AFTER.match(after)
                or _APPROVES_IT.match(after) and (
                    _APPROVER_OPENS.search(before) or after.lstrip().startswith((",", "who"))))


# A sign-off the work waits for: "... once the Shift Manager has approved the restart",
# "after the Dock Master has given the word"
AWAITS = re.compile(r"\b(?:once|after|when|until|as soon as)\s+(?:the\s+|our\s+)?$",
                    re.IGNORECASE)
HAS_APPROVED = re.compile(
    r"\s+(?:(?:has|have)\s+)?(?:(?P<verb>approved|approves|authori[sz]e[sd]|agreed|agrees|"
    r"signed\s+off|signs\s+off)(?P<what>[^,.;:()]*)|(?:has|have)\s+given\s+(?:the|their|his|"
    r"her)\s+(?:word|go-ahead|approval|consent)|gives\s+the\s+(?:word|go-ahead))\b",
    re.IGNORECASE)


# The views the work waits for: "... after the maintainers have commented", "once the
# residents have had their say"
HAS_COMMENTED = re.compile(
    r"\s+(?:(?:has|have)\s+)?(?:commented|comments?|had\s+(?:their|his|her|its)\s+say|"
    r"given\s+(?:their|his|her|its)\s+(?:views|comments|input|advice)|been\s+consulted|"
    r"weighed\s+in)\b", re.IGNORECASE)


def _signs_off_step(text: str, start: int, end: int) -> bool:
    """Whether the role named at ``start:end`` signs off the step itself before it is done:
    "once the Shift Manager has approved the restart" (of "restarts the line"), "has
    approved it", "has given the word"; not another thing the step waits for ("once the
    Secretary approves the result sheet": a row of its own)."""
    if not AWAITS.search(text[max(0, start - 30):start]):
        return False
    m = HAS_APPROVED.match(text, end)
    if m is None:
        return False
    what = (m.group("what") or "").split()
    if not what or what[0].lower() in ("it", "this", "them", "that", "so", "first"):
        return True
    head = what[-1].lower()[:5]
    return len(head) == 5 and any(w.lower().startswith(head)
                                  for w in re.findall(r"[A-Za-z]+", text[:start]))


POSSESSIVE_ADVICE = re.compile(r"(?:(?<=['’]s)|(?<=s['’])|['’]s?)\s+(?:advice|recommendations?|"
                               r"input|guidance|views)\b", re.IGNORECASE)


_WHO_BEFORE = re.compile(r",\s*who\s[^,]*$|\bwho\s+(?:also\s+|only\s+)?[a-z]+s\s[^,]*$",
                         re.IGNORECASE)
_WHICH_BEFORE = re.compile(r",\s*which\s[^,]*$", re.IGNORECASE)
_WHICH_GOES_TO = re.compile(r"\bwhich (?:\w+ ){0,2}go(?:es)? to\s[^,]*$", re.IGNORECASE)
_KEEPS_BEFORE = re.compile(r"\bkeep\w*\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
_INFORMED_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:informed|updated|posted|briefed|aware|"
                             r"in the loop)\b", re.IGNORECASE)
_KNOW_AFTER = re.compile(r"\s+know\b", re.IGNORECASE)
_ON_ADVICE_BEFORE = re.compile(r"\b(?:on|after|with|following|taking)\s+(?:the\s+|our\s+)?$",
                               re.IGNORECASE)
_ASKS_BEFORE = re.compile(r"\bask(?:s|ing)?\s+(?:the\s+|our\s+)?$", re.IGNORECASE)


_REMARK = re.compile(r"\s*\([^()]{1,80}\)")


def _cue_roles(text: str, own: list[str], catalog: RoleCatalog, document: str,
               ) -> list[tuple[str, str]]:
    """Other roles a responsibility text consults (C) or informs (I)."""
    out: list[tuple[str, str]] = []
    quoted = [m.span() for m in QUOTED.finditer(text)]
    last_end, last_kind = -1, ""  # the party just before, and its letter
    parties = catalog.find(text, document)
    for i, (key, start, end) in enumerate(parties):
        if key in own or any(a < start < b for a, b in quoted):
            continue  # a role named in a quoted value ("Ready for Client Review") is no party
        if last_kind and PARTY_JOINER.fullmatch(text[last_end:start]) and (
                last_kind != "A" or _list_closes(text, parties, i)):
            # "with the customer and the Claims Team Leader": both consulted
            out.append((key, last_kind))
            last_end = end
            continue
        found = len(out)
        last_end, last_kind = end, ""
        before = text[max(0, start - 90):start]
        if ")" in before:
            # "sends the details (size, weight and route) to the X": a remark in brackets
            # stands between the verb and the party it names, no part of the cue
            before = _REMARK.sub("", text[max(0, start - 150):start])[-90:]
        if _WHO_BEFORE.search(before) or (
                _WHICH_BEFORE.search(before) and not _WHICH_GOES_TO.search(before)):
            continue  # "The clerk, who reports to the manager, ...": said of the subject
        kept_informed = _KEEPS_BEFORE.search(before) \
            and _INFORMED_AFTER.match(text[end:end + 25]) or LET_KNOW_BEFORE.search(before) \
            and _KNOW_AFTER.match(text[end:end + 6])
        consulted_at = max((m.end() for m in CONSULT_CUES.finditer(before)
                            if NEXT_TO_PARTY.match(before, m.end())), default=-1)
        told_at = max((m.end() for cue in (INFORM_CUES, CONTACTED, GIVEN_BEFORE, CALLED_THEN)
                       for m in cue.finditer(before)), default=-1)
        if _ON_ADVICE_BEFORE.search(before) and POSSESSIVE_ADVICE.match(text, end):
            out.append((key, "C"))  # "..., on the DPO's advice": consulted on it
        elif MEETING_OF.search(before) or APPROVED_BY.search(before) or \
                _signs_off_step(text, start, end) or _says_go(text, start, end):
            # "takes part in the meetings of the board": theirs; "applies the changes
            # approved by the Data Owner": the owner answers for them
            out.append((key, "A"))
        elif kept_informed or told_at > consulted_at:
            out.append((key, "I"))
        elif AWAITS.search(before[-30:]) and HAS_COMMENTED.match(text, end):
            out.append((key, "C"))  # "... after the maintainers have commented": heard first
        elif _ASKS_BEFORE.search(before) and \
                ASKED_FOR.match(text, end):
            out.append((key, "C"))  # "..., asks the Architect for advice": consulted on it
        elif consulted_at >= 0:
            # "works with the X", "consults all X", not "reviews ... X"; the nearer cue
            # wins ("updates the page, using wording agreed with the X")
            out.append((key, "C"))
        elif COPY_LEFT_WITH.search(before):
            out.append((key, "I"))  # "leaves a copy with the School Office": told
        elif SUPPLIED_FROM.search(before) and not re.match(r"['’]s?\b", text[end:end + 2]) \
                and not re.search(r"['’]s?$", text[start:end]):
            # "orders the marquee from the hire firm": who supplies it ("buys paint from
            # the Treasurer's budget": a thing of theirs, the span of the name holding "'s")
            out.append((key, "C"))
        elif WITH_PARTY.search(before) and (not re.match(r"['’]s?\b", text[end:end + 2])
                                            and not re.search(r"['’]s?$", text[start:end])
                                            or WITH_THEIR_PART.match(text, end)):
            # "runs game days with the product teams", "signs the lease with the
            # Treasurer's agreement", not "counts the till with the Treasurer's float" (a
            # thing of theirs)
            out.append((key, "C"))
        if len(out) > found and (out[-1][1] in ("C", "I") or APPROVED_BY.search(before)):
            # ("approved by the Head, the Bursar and the Chair": each an approver)
            last_kind = out[-1][1]
    return out


# The party a thing is got from: "orders the marquee from the hire firm", "buys the
# prizes from the Treasurer": it supplies a piece of the work, consulted (a word after the
# verb that is a preposition makes it a noun: "files orders in the ledger from ..."; "gets
# a reply from X" is no getting from a supplier, but what X sends)
SUPPLIED_FROM = re.compile(r"\b(?:orders?|ordering|obtains?|obtaining|buys?|buying|purchases?|"
                           r"purchasing|sources?|sourcing|hires?|hiring|borrows?|borrowing)\s+"
                           r"(?!(?:in|on|at|to|for|with|by|of|into|from|and|or)\b)"
                           r"(?:[\w'’-]+\s+){1,5}?from\s+"
                           r"(?:the\s+|our\s+|their\s+|your\s+|each\s+|a\s+|an\s+)?$",
                           re.IGNORECASE)
# "Let the Site Manager know ...": the one let know is told
LET_KNOW_BEFORE = re.compile(r"\b(?:let|lets|letting)\s+(?:the\s+|our\s+|their\s+|your\s+)?$",
                             re.IGNORECASE)
# ("rings the Lift Engineer, then the Building Manager": "then" joins the second too)
PARTY_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?(?:then\s+)?|\s+(?:and|or|&)\s+(?:then\s+)?)"
                          r"(?:the\s+|our\s+|their\s+|its\s+)?", re.IGNORECASE)


# How a thing is said or sent, right after the verb: no part of the duty
MANNER_LEAD = re.compile(r"^(?:in writing|in person|by (?:phone|telephone|email|e-mail|letter|"
                         r"post|text)|verbally|formally|informally)\s+(?=\w)", re.IGNORECASE)
# "make the decision to report ...", "takes the final decision whether to ..."
DECISION_TO = re.compile(r"^(?:makes?|making|takes?|taking)\s+(?:the\s+|a\s+|any\s+)?"
                         r"(?:final\s+)?decisions?\s+(?:on\s+)?(?:whether\s+)?to\s+(?=[a-z]+\s)",
                         re.IGNORECASE)
# "copies in the Finance Officer", "copy the Treasurer in": whom a sending is copied to
COPIED_IN = re.compile(r"^\s*(?:cop(?:y|ies|ying)|cc(?:s|'s|'d)?)\s+(?:in\s+)?(?:the\s+|their\s+|"
                       r"our\s+|his\s+|her\s+)?(?P<who>[^,;()]{2,60}?)(?:\s+in)?\s*[.;]?\s*$",
                       re.IGNORECASE)
ASKED_FOR = re.compile(r"\s+for\s+(?:(?:their|his|her|its)\s+)?(?:advice|input|guidance|views|"
                       r"help|comments?|opinion)\b", re.IGNORECASE)
APPROVED_BY = re.compile(r"\b(?:approved|signed off|authori[sz]ed|agreed|countersigned|"
                         r"co-?signed|endorsed|ratified)\s+by\s+"
                         r"(?:the\s+|our\s+|a\s+)?$", re.IGNORECASE)
# The one something is given to: "gives the Contract Owner a risk summary".
GIVEN_BEFORE = re.compile(r"\b(?:gives?|giving|sends?|sending|hands?|handing|shows?|showing|"
                          r"offers?|offering)\s+(?:the\s+|our\s+|your\s+|each\s+|every\s+)?$",
                          re.IGNORECASE)
# The one called, paged or emailed is told: "calls the on-call registrar".
# The one warned, written or replied to is told too: "warns the Engineer on Watch before
# any change", "writes to the tenant with the result", "calls out the recovery contractor".
CONTACTED = re.compile(r"\b(?:calls?(?:\s+out)?|calling(?:\s+out)?|phones?|phoning|pages?|"
                       r"paging|emails?|emailing|"
                       r"rings?|ringing|cop(?:y|ies|ying)(?:\s+in)?|radios?|radioing|texts?|"
                       r"texting|warns?|warning|"
                       r"(?:writ(?:e|es|ing)|repl(?:y|ies|ying))\s+(?:back\s+)?to|"
                       r"messag(?:e|es|ing)|contacts?|contacting)\s+(?:the\s+|our\s+|their\s+|"
                       r"your\s+|any\s+|each\s+|every\s+)?$",
                       re.IGNORECASE)


# The one called or told after another, or after a number: "calls 999 and then the Duty
# Manager", "phones the office, then the site lead"
CALLED_THEN = re.compile(r"\b(?:calls?|calling|phones?|phoning|rings?|ringing|pages?|paging|"
                         r"radios?|radioing|contacts?|contacting|tells?|telling|alerts?|"
                         r"alerting|informs?|informing|notif(?:y|ies|ying))\s+"
                         r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+,?\s+(?:and\s+)?then\s+"
                         r"(?:the\s+|our\s+|their\s+)?$", re.IGNORECASE)


# A copy left or lodged with a party: the party holds it, told ("leaves a copy of the plan
# with the School Office", "lodges one copy with the Court")
COPY_LEFT_WITH = re.compile(r"\b(?:leaves?|leaving|lodges?|lodging|files?|filing|deposits?|"
                            r"depositing)\s+(?:a|one|two|the|an?\s+\w+)\s+(?:\w+\s+)?"
                            r"cop(?:y|ies)\s+(?:of\s+[^,;]{1,60}?\s+)?with\s+"
                            r"(?:the\s+|our\s+|their\s+|your\s+)?$", re.IGNORECASE)
# A role the work is done with ("with the X", "alongside X"), not whose thing it is
# ("the X's plan").
# ("deals with the landlord", "complies with the regulator": whom the duty is about)
WITH_THEIR_PART = re.compile(r"(?:['’]s?)?\s+(?:agreement|help|support|assistance|consent|"
                             r"approval|permission|blessing|backing|co-?operation|"
                             r"involvement|participation)\b", re.IGNORECASE)
"""After a party named with "with" as theirs: a part they take ("with the Treasurer's
agreement"), not a thing of theirs ("with the Treasurer's float")."""


WITH_PARTY = re.compile(r"(?<!\bdeal )(?<!\bdeals )(?<!\bdealing )(?<!\bcope )(?<!\bcopes )"
                        r"(?<!\bcomply )(?<!\bcomplies )\b(?:with|alongside)\s+(?:the\s+|our\s+|"
                        r"their\s+|all\s+|relevant\s+|other\s+|both\s+|(?:the\s+)?(?:two|"
                        r"three|four|five)\s+)?$", re.IGNORECASE)


QUOTED = re.compile(r"[“\"][^”\"\n]{1,120}[”\"]")
# A meeting is owned by the group whose meeting it is; the role taking part does its share.
MEETING_OF = re.compile(r"\b(?:meetings?|sessions?|workshops?|reviews?|boards?)\s+of\s+"
                        r"(?:the\s+|our\s+|its\s+)?$", re.IGNORECASE)
NEXT_TO_PARTY = re.compile(r"(?:\s+(?:the|a|an|all|our|their|its|other|relevant|closely|with|"
                           r"and|both|key|any|each|every|to))*\s*$", re.IGNORECASE)


AFTER_CONSULTING = re.compile(r",?\s+(?:(?:after|before|once|when|while)\s+(?:talking|speaking|"
                              r"consulting|checking|conferring|discussing it|agreeing it|"
                              r"hearing\s+from)|"
                              r"(?:after|following|on)\s+(?:the\s+)?(?:advice|input|guidance|"
                              r"recommendations?)\s+(?:of|from)|"
                              # ", agreed with the Head of IG", ", approved by the Board"
                              r"(?:agreed|checked|approved|signed off|reviewed|cleared|"
                              r"countersigned|co-?signed|endorsed|ratified|authori[sz]ed)\s+"
                              r"(?:with|by)|"
                              r"in (?:partnership|collaboration|conjunction|liaison) with)\b.*$",
                              re.IGNORECASE)
# Pieces every match of AFTER_CONSULTING holds, in lower case
AFTER_CONSULTING_PIECES = ("talking", "speaking", "consulting", "check", "conferring",
                           "hearing", "discussing", "agreeing", "advice", "input", "guidance",
                           "recommendation", "agreed", "approved", "signed off", "reviewed",
                           "cleared", "countersigned", "co-signed", "cosigned", "endorsed",
                           "ratified", "authori", "partnership",
                           "collaboration", "conjunction", "liaison")
def _party_duties(text: str, catalog: RoleCatalog, document: str) -> dict[str, str]:
    """Party -> the one duty of a text of several duties that names it: the nearest duty
    whose first word comes before the party ("sets the budget and signs contracts with
    suppliers": the suppliers go with the signing). Empty for a text of one duty."""
    names = activity_names(text[:MAX_SENTENCE])
    if len(names) < 2:
        return {}
    low = text.lower()
    starts: list[tuple[int, str]] = []
    for name in names:
        words = re.findall(r"[a-z]{3,}", name.lower())
        at = low.find(words[0][:4]) if words else -1
        if at < 0:
            return {}  # a name not in the text's own words: no way to place the party
        starts.append((at, name))
    out: dict[str, str] = {}
    for key, start, _end in catalog.find(text, document):
        before = [name for at, name in starts if at < start]
        if before:
            out.setdefault(key, max((at, n) for at, n in starts if at < start)[1])
    return out


# A phrase that says with whom a duty is done ("with input from X", "in consultation with
# X", "after consulting X", "with support from X"): the party's letter on the duty before.
ACCOMPANYING = re.compile(
    r"^\s*(?:(?:with|after|following)\s+(?:the\s+)?(?:input|advice|guidance|comments?|"
    r"feedback|help|support|agreement|approval|sign-?off|contributions?)\s+(?:from|of)|"
    r"in consultation with|after consulting|together with|jointly with|supported by|"
    r"assisted by|helped by|in front of|in the presence of|witnessed by)\s+\S", re.IGNORECASE)


def _claims_for(text: str, roles: list[str], name: str, doc: Document, block: Block,
                section: str, catalog: RoleCatalog, owner_text: str | None = None,
                piece: str | None = None, pieces: Sequence[str] = (),
                cue_text: str | None = None) -> list[Claim]:
    """The roles' claims on one duty of ``text``, with the parties it consults or informs.
    When the text lists several duties (``pieces``), a party named inside one of them is
    consulted or informed on that one only ("monitors progress and reports the results to
    the stakeholders": the stakeholders are informed of the results, not of progress)."""
    if not name:
        return []
    cue = _owner_cue(owner_text if owner_text is not None else text)
    span = text[:300]
    claims = [Claim(r, name, "R", cue and len(roles) == 1, doc.name, block.location, span,
                    section) for r in roles]
    owned_by = _party_duties(text, catalog, doc.name) if piece is None and not pieces \
        and cue_text is None else {}
    for key, kind in _cue_roles(cue_text or text, roles, catalog, doc.name):
        if key in owned_by and owned_by[key] != name:
            continue  # "sets the budget and signs contracts with suppliers": the signing
        if piece is not None and len(pieces) > 1:
            # (a piece that names no duty of its own, "asks the Architect for advice",
            # gives its party to the others)
            named_in = [p for p in pieces if key in catalog.keys_in(p, doc.name)
                        and (activity_name(p) or not COPIED_IN.match(p) and (not re.search(
                            r"\bask", p, re.IGNORECASE) or not ASKED_FOR.search(p)))]
            if named_in and piece not in named_in:
                continue
        claims.append(Claim(key, name, kind, False, doc.name, block.location, span, section))
    return claims


# "Decision: Replace the donor database": a heading that labels what it is about
SUBJECT_LABEL = re.compile(r"^\s*(?:decision(?: record)?|daci|rapid|raci|topic|subject|"
                           r"activity|task)\s*(?::|\s[-–—])\s*(?=\S)", re.IGNORECASE)


def _heading_subject(heading: str) -> str:
    """A heading without the label of its kind ("DECISION: Replace the donor database")."""
    return SUBJECT_LABEL.sub("", heading, count=1)


def _head_roles(head: str, catalog: RoleCatalog, document: str) -> list[str]:
    """The roles a cell names: "Both Shift Leaders" beside "Outgoing Shift Leader" and
    "Incoming Shift Leader" is the two of them; otherwise the one role it names."""
    both = re.match(r"^\s*(?:both|all|each of the|all the)\s+(?:the\s+)?(?P<kind>.+?)\s*$",
                    head, re.IGNORECASE)
    if both:
        kind = " ".join(both.group("kind").split()[:-1] + [singular(
            both.group("kind").split()[-1].lower())]).lower()
        holders = [k for k, r in catalog.roles.items()
                   if r.name.lower().endswith(" " + kind) and r.name.lower() != kind]
        if len(holders) >= 2:
            return holders
    role = _head_role(head, catalog, document)
    return [role] if role is not None else []


def _head_role(head: str, catalog: RoleCatalog, document: str) -> str | None:
    """The role a table head names, by its exact name or alias first."""
    exact = catalog.spelled(head)
    if exact is not None:
        return exact
    if re.fullmatch(r"[A-Z][a-z]+", head.strip()) and \
            head.strip() not in catalog.titled_words:
        # "Committee" in a cell where the prose says "the committee" for the Code of
        # Conduct Committee: the role's last word, standing alone as a cell, is the role
        # (but not a word the document writes as a title, "The Chair answers")
        short = catalog.spelled(f"the {head.strip()}")
        if short is not None:
            return short
    keys = catalog.keys_in(head, document)
    return keys[0] if len(keys) == 1 else None


_SUPPORT_WORD = re.compile(r"\s*[*_]*supports?[*_]*\s*", re.IGNORECASE)


def _letter_tables(doc: Document, catalog: RoleCatalog) -> list[Claim]:
    """Rows of a RACI table in the document: the letters as written, one A per row.

    A row the table gives two A's keeps the A of the role holding most A's in the table
    and is marked for review (see ``draft``)."""
    rows = [b for b in doc.blocks if b.kind == "row" and b.header and letter_row(b.cells)]
    owners: dict[tuple[str, ...], dict[int, int]] = {}
    for block in rows:
        counts = owners.setdefault(block.header, {})
        for col, cell in enumerate(block.cells[1:], start=1):
            if "A" in (cell_letters(cell) or ()):
                counts[col] = counts.get(col, 0) + 1
    # a grid written in words ("Lead", "Sign off", "Told") whose "Support" is the help the
    # lead draws on, with no cell of its own for those consulted: its "Support" is C, as a
    # "Support" column beside a doer is (beside "Consulted" cells it is RASCI's S)
    consulting = {block.header for block in rows
                  if any("C" in (cell_letters(c) or ()) for c in block.cells[1:])}
    claims: list[Claim] = []
    cells_of = _transposed(rows, doc, catalog)
    head_roles: dict[str, str | None] = {}  # (every row repeats its table's heads)
    # rows of one table whose tasks differ only in an aside ("Approve loan (up to 10)",
    # "Approve loan (over 10)") keep their asides: each is a task of its own
    spelled: dict[tuple[tuple[str, ...], str], set[str]] = {}
    for block in rows:
        spelled.setdefault((block.header, _task_line(block.cells[0], topic=True)), set()).add(
            " ".join(block.cells[0].split()))
    for block in rows:
        if cells_of is not None:
            continue
        name = _task_line(block.cells[0], topic=True)  # the table's own words for its activity
        if name and len(spelled[(block.header, name)]) > 1:
            name = " ".join(block.cells[0].split())
        if not name:
            continue
        counts = owners[block.header]
        cols = sorted(range(1, min(len(block.cells), len(block.header))),
                      key=lambda c: -counts.get(c, 0))
        for col in cols:
            head = block.header[col]
            role = head_roles[head] if head in head_roles else \
                head_roles.setdefault(head, _head_role(head, catalog, doc.name))
            letters = cell_letters(block.cells[col]) or frozenset()
            if letters == {"S"} and block.header not in consulting and \
                    _SUPPORT_WORD.fullmatch(block.cells[col]):
                letters = frozenset("C")
            if role is None or not letters:
                continue
            where = f"table row '{block.cells[0]}'"
            if "R" in letters:
                claims.append(Claim(role, name, "R", "A" in letters, doc.name, block.location,
                                    block.text[:300], where, block.phase))
            elif "A" in letters:
                claims.append(Claim(role, name, "A", True, doc.name, block.location,
                                    block.text[:300], where, block.phase))
            for extra in sorted(letters - {"A", "R"}):
                claims.append(Claim(role, name, extra, False, doc.name, block.location,
                                    block.text[:300], where, block.phase))
    if cells_of is not None:
        claims += cells_of
    return claims


def _transposed(rows: list[Block], doc: Document, catalog: RoleCatalog) -> list[Claim] | None:
    """Claims of RACI tables with one row per role and one column per activity, or None
    when the document's letter tables have their roles across the top."""
    if not rows or roles_across(doc, rows[0].header):
        return None
    claims: list[Claim] = []
    for block in rows:
        role = _head_role(block.cells[0], catalog, doc.name)
        if role is None:
            continue
        for col in range(1, min(len(block.cells), len(block.header))):
            # the table's own words for its activity, as a row label of letters is read
            name = _task_line(block.header[col]) if block.header[col].strip() else ""
            letters = cell_letters(block.cells[col]) or frozenset()
            where = f"table column '{block.header[col]}'"
            kind = "R" if "R" in letters else "A" if "A" in letters else ""
            if kind and name:
                claims.append(Claim(role, name, kind, "A" in letters, doc.name, block.location,
                                    block.text[:300], where))
            claims += [Claim(role, name, x, False, doc.name, block.location, block.text[:300],
                             where) for x in sorted(letters - {"A", "R"}) if name]
    return claims


WHAT_HEADS = re.compile(r"\b(?:what|activit\w*|tasks?|actions?|steps?|stages?|transitions?|"
                        r"description|provision|interventions?|"
                        r"deliverables?|work|process|items?|milestones?|decisions?)\b",
                        re.IGNORECASE)
KIND_HEAD = re.compile(r"\b(?:types?|kinds?|categor(?:y|ies)|status|priority)\s*$",
                       re.IGNORECASE)
# The head of a tracker's or a database's column of each record's title ("Summary |
# Issue key | Assignee | Description | Watchers"): the row's work when no column says what
RECORD_TITLE_HEADS = re.compile(r"\s*(?:summary|title|subject|issue|story|ticket|"
                                r"work item(?: title)?|card(?: name| title)?)\s*",
                                re.IGNORECASE)
# A "what" column that asks what is done ("What they do", "What to do", "Action taken"),
# preferred to one that asks what a row's thing is ("What it means", "What happened")
DOING_HEADS = re.compile(r"\b(?:do|does|done|doing|actions?|tasks?|steps?)\b", re.IGNORECASE)


# Columns about the people, not the work: "Name", "Signature", "Date", "Email".
PERSON_HEADS = re.compile(r"^\s*(?:(?:full |first |last )?names?(?:\s*\(s\))?|person|people|"
                          r"(?:lead |main |key |primary )?contacts?|signature|signed|date|dates|"
                          r"e-?mail|phone|tel|extension|organi[sz]ations?|compan(?:y|ies)|"
                          r"firms?|employers?|"
                          r"location|office|initials|shift|times?|hours|"
                          # "Radio call sign", "Callsign": what the role is called on air
                          r"(?:radio\s+)?call[ -]?signs?|(?:radio\s*/\s*)?"
                          r"reports? to|"
                          # "Usually held by", "Post holder", a column headed "Usually"
                          # or "Currently" beside a role: who holds the role, no work
                          r"(?:usually|currently|normally|typically)(?:\s+(?:held|filled)\s+by)?|"
                          r"(?:now\s+)?(?:held|filled)\s+by|"
                          # "Current holder", "Present postholder": who holds the role now
                          r"(?:(?:current|present)\s+)?(?:(?:post|role|job)\s*)?holders?"
                          r"(?:\s*\(s\))?|(?:(?:current|present)\s+)?incumbents?)\s*$",
                          re.IGNORECASE)


_ASIDE = re.compile(r"\([^)]*\)")
_SECOND_PART = re.compile(r";|:\s")
_STEP_NUMBER_LEAD = re.compile(r"^\s*(?:step\s+)?\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=[A-Za-z])",
                               re.IGNORECASE)
_AS_NEEDED = re.compile(r"\s+(?:if|when|where|as) (?:needed|necessary|required|appropriate)\b")


def _opens_with_order(text: str) -> bool:
    """Whether a part of a cell opens with a verb as an order does ("fill condiments")."""
    first = text.split()[0].lower().strip(",.") if text.split() else ""
    return not first or verb_lemma(first) == first and "VERB" in word_classes(first)


# An aside setting how often at least a grid's task must be done: "(at least twice a
# year)", "(no less than once a month)"; a plain schedule, "(monthly)", is an aside
_HOW_OFTEN = re.compile(r"\((?:at least|no less than|not less than|a minimum of)\s+"
                        r"(?:once|twice|\w+ times|every\s+\w+(?:\s+\w+)?|\w+ly)"
                        r"(?:\s+(?:a|an|per|every|each)\s+\w+)?\)", re.IGNORECASE)


# The parts of a list in brackets: "(online / paper / phone)", "(roles, zones, breaks)",
# "(deep clean + water testing)"
_LIST_PARTS = re.compile(r"\s*(?:,|\s/\s|\s\+\s)\s*")


def _lists_what(aside: str) -> bool:
    """Whether an aside in brackets lists what a grid's task covers, two parts or more
    of a few words each ("(online / paper / phone)", "(roles, zones, breaks)"), not all
    of them parties ("(CRO, SO)", "(Stewards, Supervisors)": who, not what; but "(phone /
    app / councillor)" lists the ways a report comes in, one of them a party; not "(Caretaker
    / weekly)", who and when) and none a remark of its own ("(see note 3, below)")."""
    parts = [p for p in _LIST_PARTS.split(aside.strip("() ")) if p]
    party = [p.isupper() and len(p) <= 6 or actor_name(p, acronym=True) is not None
             for p in parts]
    return len(parts) >= 2 and all(1 <= len(p.split()) <= 4 for p in parts) and \
        not all(party) and \
        not (any(party) and any(_WHEN_PART.fullmatch(p) for p in parts)) and \
        not any(re.match(r"(?i)(?:see|e\.?g|i\.?e|note|ref|incl)\b", p) for p in parts)


# A part of an aside saying when ("weekly", "every Monday", "9am"): beside a party,
# "(Caretaker / weekly)" says who and when, no list of what the task covers
_WHEN_PART = re.compile(r"(?:daily|nightly|weekly|fortnightly|monthly|quarterly|annually|"
                        r"yearly|termly|(?:every|each|once|twice)\b.*|\d{1,2}(?:[:.]\d{2})?"
                        r"\s*[ap]\.?m\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|"
                        r"mornings?|afternoons?|evenings?|weekends?)", re.IGNORECASE)


def _task_line(cell: str, *, topic: bool = False, lists: bool = False) -> str:
    """A checklist's task as the one activity it is ("Set tables, fill condiments, polish
    glasses"), without asides in brackets or a second part after a semicolon; in a grid
    (``topic``) an aside listing what the task covers ("Check the claims (travel / meals /
    phone)") stays, as the grid's own words for the row; beside columns of who does it,
    with whom and whom to tell (``lists``) such a list stays too when it holds no figure
    ("Kit check (boots, gloves, radio)", where "(batch 4, from Tank 2)" is a remark)."""
    parts = _SECOND_PART.split(_ASIDE.sub(
        lambda m: m.group() if topic and _HOW_OFTEN.fullmatch(m.group()) or
        (topic or lists and not any(c.isdigit() for c in m.group())) and
        _lists_what(m.group()) else "", cell))
    text = parts[0]
    if len(parts) == 2 and ";" in cell and len(cell.split()) <= 12 and \
            not any(_opens_with_order(p) for p in parts):
        # "All enabled accounts; accounts not used for 90 days": what a row covers, in
        # two parts, neither a task of its own, is one thing
        text = "; ".join(p.strip() for p in parts)
    elif topic and len(parts) == 2 and ": " in cell and ";" not in cell and \
            len(cell.split()) <= 12 and not (_opens_with_order(parts[0]) and
                                             _names_work(parts[0])):
        # "Site security: locks, fences and signs": in a grid, a topic and the parts of
        # it the row covers are one task; "Bleed the radiators: upstairs first" is the
        # order before its colon
        text = ": ".join(p.strip() for p in parts)
    text = _STEP_NUMBER_LEAD.sub("", text)  # "1. Log the request": the step's number goes
    text = _AS_NEEDED.sub("", " ".join(text.split())).strip(" ,.")
    if not text or len(text.split()) > 20:
        return activity_name(cell) or cell
    return text[:1].upper() + text[1:]


STEP_NUMBER_LEAD = re.compile(r"^\s*(?:step\s+)?\d{1,3}(?:\.\d{1,2})*[*.):]?\s+(?=[A-Za-z])",
                              re.IGNORECASE)
STEP_HEAD = re.compile(r"^\s*(?:steps?|stages?|no\.?|#)\s*$", re.IGNORECASE)
LINK_CELL = re.compile(r"(?:https?://|www\.)\S+|[\w.-]+(?:/[\w.#-]+)+/?")


_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
# A cell that only dates something ("October 7, 2026", "7 Oct 2026", "2026-10-07",
# "Mon 12/10/26", "Q3 2026"): when, never the work
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_CELL = re.compile(
    rf"(?i:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf",?(?:\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|q[1-4]\s+\d{{4}})"
    rf"(?:,?\s+\d{{1,2}}:\d{{2}}(?:\s*[ap]m)?)?)")


def _titled_by_name(block: Block, column: int) -> bool:
    """A database's first column headed "Name" (a Notion or Airtable table, a tracker's
    export) titles each record: "Send the welcome pack" or "Office tour" under it is the
    row's work, where "Hannah Okafor" under "Name" is who signs."""
    cell = block.cells[column].strip()
    return column == 0 and re.fullmatch(r"\s*names?\s*", block.header[0], re.IGNORECASE) \
        is not None and (_verb_first(cell) or any(
            w[:1].islower() and w.isalpha() and w not in ("de", "van", "von", "da", "del")
            for w in cell.split()[1:4]))


def _duty_cell(cell: str) -> bool:
    """A cell of a column headed for people ("Current holder", "Usually held by") that
    holds work all the same: a verb first, then words in lower case ("Orders stock and
    approves refunds"), where a name has none ("Mark Jones", "Front desk team" aside)."""
    words = cell.split()
    return _verb_first(cell.lstrip("-•* ")) and sum(
        w.isalpha() and w.islower() and w not in ("and", "or", "de", "van", "von", "da", "del")
        for w in words[1:]) >= 2


def _duty_column(doc: Document, header: tuple[str, ...], column: int,
                 known: dict[tuple[tuple[str, ...], int], bool]) -> bool:
    """Whether a table's column headed for people ("Current holder", "Usually held by")
    holds work all the same: most of its cells are duties (_duty_cell). Worked out once
    per table and column (``known``)."""
    if (header, column) not in known:
        cells = [r.cells[column] for r in doc.rows_of(header)
                 if column < len(r.cells) and r.cells[column].strip()]
        known[(header, column)] = bool(cells) and \
            sum(_duty_cell(c) for c in cells) * 2 > len(cells)
    return known[(header, column)]


# Heads of a column that says when or how soon a row is done, never what it is
WHEN_COLUMN = re.compile(r"^\W*(?:target(?:\s+(?:time|date|days?))?|timescales?|time\s*limits?|"
                         r"deadlines?|due(?:\s+(?:date|by))?|by\s+when|when|within|"
                         r"frequency|how\s+often|timings?|turnaround(?:\s+time)?|"
                         r"response\s+times?)\W*$", re.IGNORECASE)


def _column_tables(doc: Document, catalog: RoleCatalog) -> list[Claim]:
    """Rows of tables whose columns name the roles: a column per letter ("Activity |
    Responsible | Accountable | Consulted | Informed" over names) or a column of who does
    the row ("Step | Who | What")."""
    claims: list[Claim] = []
    signs_off: list[str] | None = None  # who signs off every milestone, looked up once
    # who commands every row of a table, by the head of its first column, looked up once
    commanders: dict[str, list[tuple[str, set[str]]]] = {}
    # per table, its columns that repeat a few values down the rows, worked out once
    repeated: dict[tuple[str, ...], set[int]] = {}
    # per table and column headed for people, whether it holds work, worked out once
    duty_columns: dict[tuple[tuple[str, ...], int], bool] = {}
    for block in doc.blocks:
        if block.kind != "row" or not block.header or letter_row(block.cells):
            continue
        row_start = len(claims)  # (the row's own claims follow)
        cols = role_columns(block.header)
        if cols and code_columns(doc, block.header) is not None:
            continue  # a delegation log's codes: read by _code_tables
        if len(_role_row_duties(block, doc)) >= 2:
            continue  # "Position | Fire | Abandon ship": read by _table_row
        width = min(len(block.cells), len(block.header))
        rest = [c for c in range(width) if c not in cols
                and _TWO_LETTERS.search(block.cells[c])
                and not DATE_CELL.fullmatch(block.cells[c].strip())
                and (not PERSON_HEADS.search(HEAD_PERIOD.sub("", block.header[c]))
                     or _titled_by_name(block, c)
                     or _duty_column(doc, block.header, c, duty_columns))]
        told = next((c for c in cols if c < width and TELLING_HEAD.match(block.header[c])
                     and block.cells[c].strip()), None)
        # ("Work Item Type", "Task category": what kind of record, no work)
        named = [c for c in rest if WHAT_HEADS.search(block.header[c])
                 and not KIND_HEAD.search(block.header[c])]
        titled = [c for c in rest if RECORD_TITLE_HEADS.fullmatch(block.header[c])]
        if titled and all(re.fullmatch(r"\s*description\s*", block.header[c], re.IGNORECASE)
                          for c in named):
            named = titled  # (a record's description tells more about its title's work)
        if told is not None and not named:
            # "Who | Tells | How | Within": a cascade's row is the telling itself, its how
            # and when no work of their own
            _column_told(block, cols, told, doc, catalog, claims)
            continue
        actions = {c: owned for c in rest if c < width and ACTIONS_HEAD.search(block.header[c])
                   for owned in [_owned_actions(block.cells[c], catalog, doc.name)] if owned}
        if actions and cols:
            # "Secretary: tell members in the February newsletter (28 Feb); Chair: ...":
            # an actions cell's own duties, each its label's (A/R), no name of the row
            rest = [c for c in rest if c not in actions]
            named = [c for c in named if c not in actions]
            for key, action in (a for owned in actions.values() for a in owned):
                for name in activity_names(action):
                    claims.append(Claim(key, name, "R", True, doc.name, block.location,
                                        block.text[:300], f"table row '{action[:80]}'"))
                    claims += _parties(action, [key], name, doc, block.location, block.text,
                                       f"table row '{action[:80]}'", catalog)
        if not cols or not rest:
            continue  # "Name | Role | Signature | Date": who signs, no work
        # ("Code | What it means | Who responds | What they do": the doing is the row's work)
        if any(re.search(r"\bdecisions?\b", block.header[c], re.IGNORECASE) for c in named):
            # (a decision log's row is its decision, the actions after it follow-ups, even
            # when they name no owner: "Owner: TBC")
            named = [c for c in named if not ACTIONS_HEAD.search(block.header[c])] or named
        named = [c for c in named if DOING_HEADS.search(block.header[c])] or named
        # (a link or a path, "Runbooks/Checkout", is no activity)
        worded = [c for c in rest if not LINK_CELL.fullmatch(block.cells[c].strip())] or rest
        # ("Badgers | Duty Vet | Rehabilitation Lead | ..." under "Patients | Treatment plan
        # by | Daily care | ...": a cell naming only roles is no activity, the case is)
        worded = [c for c in worded if not _only_roles(block.cells[c].strip(), catalog,
                                                       doc.name)] or worded
        # ("Risk level | Review by | Decision by | Target" over "Low | ... | 10 working
        # days": how soon the row is done is no name of it, the level is)
        worded = [c for c in worded if not WHEN_COLUMN.match(block.header[c])] or worded
        if named and block.header not in repeated:
            repeated[block.header] = _repeated_columns(doc, block.header)
        if named and 0 in worded and 0 not in cols and set(named) <= repeated[block.header]:
            # ("Record series | Owner | Retention | Action at end": "Destroy" on most rows is
            # what happens to the row's thing, the thing its owner keeps the row's name)
            named = [0]
        what = named[0] if named else max(worded, key=lambda c: len(block.cells[c]))
        beside = [c for c in rest if c != what and c < width and
                  _only_roles(block.cells[c].strip(), catalog, doc.name)] if not named else []
        if beside and any(v in ("R", "A/R") for v in cols.values()):
            # "Daily care" beside "Treatment plan by" in a table whose rows are named by
            # their case ("Hedgehogs"), with no column of the task: a column of a head no
            # word table knows, naming roles on the row, beside the doer's, works on it (R)
            cols = {**cols, **dict.fromkeys(beside, "R")}
        # ("3* Check mash pH" under "Step": the step's number, marked or not, is no work;
        # but "15 min before the end" under "Action" keeps its number)
        cell = block.cells[what].strip()
        if STEP_HEAD.match(block.header[what]):
            cell = STEP_NUMBER_LEAD.sub("", cell)
        if _only_roles(cell, catalog, doc.name):
            continue  # "Hannah Cole | Lead Curator" under "Who | Role on this project"
        # a column per letter holds short activity labels; a "What" column the step
        # as a sentence without its subject, which may hold two duties
        sentences = split_sentences(cell) if len(cell) <= MAX_SENTENCE else [cell]
        if len(sentences) < 2 or not all(_verb_first(s) for s in sentences[1:]):
            sentences = [cell]  # ("Overall in charge. Decides on ...": each sentence apart)
        parts = [p for s in sentences for p in re.split(r"\s*;\s+", s.strip().rstrip("."))]
        head_verb = _head_verb(block.header[what])
        # ("Book the lift; brief the crew", "Daily checks; footbaths": each of the duties
        # the cell lists apart, with the parties its own part names)
        # ("Tour budget and hotels" under "Looks after": the looking after them is the duty)
        listed = [(_head_verb_name(head_verb, p), p) for p in parts] \
            if head_verb and len(parts) > 1 and all(_head_verb_name(head_verb, p) for p in parts) \
            else \
            [(n, p) for p in parts for n in activity_names(p)] \
            if len(cols) == 1 and len(parts) > 1 and all(activity_names(p) for p in parts) \
            else []
        names = [_task_line(cell, lists=True)] if len(cols) > 1 else \
            [_task_line(cell)] if re.fullmatch(r"tasks?|transitions?|(?:task|activity)\s+names?",
                                               block.header[what].strip(),
                                               re.IGNORECASE) else \
            [n for n, _p in listed] if listed else \
            [_head_verb_name(head_verb, cell)] if head_verb else \
            _step_names(cell)
        making = next((made_by(block.header[c]) for c in cols if made_by(block.header[c])
                       and cols[c] in ("R", "A/R") and side_letter(block.header[c]) != "A"),
                      None)  # ("Approved by" alone decides the row: no work to name)
        if making and making not in PURE_OWNERSHIP_VERBS and making not in (
                "deliver", "provide", "give", "run", "lead", "hold", "do", "perform",
                # ("Proposed by", "Raised by": the row is what they propose or ask for;
                # "Prepared by": a request list's or a plan's item, named as written;
                # "Sent by", "Issued by": a message or a report, sent as it is named)
                "propose", "raise", "request", "suggest", "recommend", "submit", "move",
                "prepare", "send", "issue",
                # ("Car tyres" under "Accepted by": a thing brought in, named as it is)
                "accept", "receive"):
            # ("Small-group phonics intervention" under "Delivered by" names the work)
            # "Lesson plan" under "Written by": the writing is the duty
            # ("Up to £3,000" under "Countersigned by": a band of amounts, no thing made)
            names = [n if _names_work(n) or _AMOUNT_BAND.match(n) else
                     f"{making.capitalize()} the " + (
                         n[:1].lower() + n[1:] if n[1:2].islower() else n) for n in names]
        where = f"table row '{cell[:80]}'"
        doers: list[str] = []
        for head_doer in (doer_in_head(block.header[c]) for c in cols):
            # "Referred by the CWO to": the head's role does the row and answers for it
            for role in _head_roles(head_doer, catalog, doc.name) if head_doer else []:
                doers.append(role)
                claims += [Claim(role, name, "R", True, doc.name, block.location,
                                 block.text[:300], where) for name in names]
        for col, column_letters in cols.items():
            said = _said_parties(block.cells[col], catalog, doc.name) \
                if col < width and col != next(iter(cols)) else None
            if said is not None:
                # "Lender approves it before the loan is confirmed", "Certificate sent to
                # the Lender": the cell says how each party it names takes part
                claims += [Claim(role, name, "R" if "R" in letters else letters,
                                 "A" in letters, doc.name, block.location, block.text[:300],
                                 where)
                           for role, said_letters in said
                           for letters in [said_letters or column_letters] for name in names]
                continue
            for person in who_names(block.cells[col]) if col < width else []:
                # "Data Owner (told the result)": the remark says how a party beside the
                # doer takes part
                letters = column_letters if col == next(iter(cols)) else \
                    _remark_letter(block.cells[col], person) or column_letters
                advised = re.search(rf"\b({ADVISED_BY_WORDS})\s+by\s+(?:the\s+|our\s+)?"
                                    rf"{re.escape(person)}",
                                    block.cells[col], re.IGNORECASE) if col < width else None
                if advised:
                    # "Teaching Assistant, advised by the SaLT": consulted, or doing it too
                    letters = "C" if advised.group(1).lower() in ("advised", "checked",
                                                                  "guided") else "R"
                elif "with" in block.cells[col] and "R" in letters and \
                        _consulted_in_cell(block.cells[col], person):
                    letters = "C"  # "Treasurer with the Chair": the Chair is asked
                for role in _head_roles(person, catalog, doc.name):
                    doers.append(role)
                    kind = "R" if "R" in letters else letters
                    for name in names:
                        claims.append(Claim(role, name, kind, "A" in letters, doc.name,
                                            block.location, block.text[:300], where))
        if doers and _milestone(block):
            # a plan's milestone (no duration): the role the document says signs off every
            # milestone answers for it
            if signs_off is None:
                signs_off = _milestone_approvers(doc, catalog)
            claims += [Claim(role, name, "A", True, doc.name, block.location, block.text[:300],
                             where) for role in signs_off if role not in doers for name in names]
        if doers:
            # "| Publish the notice | Comms Officer | Once the Director has approved it |"
            claims += [Claim(role, name, "A", True, doc.name, block.location,
                             block.text[:300], where)
                       for role in _approvers_in_row(block, set(cols) | {what}, doers, doc,
                                                     catalog) for name in names]
        if doers and block.header[0].strip():
            # "The Duty Curator takes command of every code except Code Green" over a
            # table of codes: the commander answers for each row it does not except
            head = block.header[0].strip()
            if head not in commanders:
                commanders[head] = _row_commanders(doc, catalog, head)
            label = set(re.findall(r"[a-z]+", block.cells[0].lower()))
            claims += [Claim(role, name, "A", True, doc.name, block.location, block.text[:300],
                             where)
                       for role, excepted in commanders[head]
                       if role not in doers and not (label and label <= excepted)
                       for name in names]
        if len(cols) == 1 and doers:
            # "Consult the Fire Marshal on any change": the parties the step names
            part_of = dict(listed)
            for name in names:
                claims += _parties(part_of.get(name, cell), doers, name, doc, block.location,
                                   block.text, where, catalog)
            claims += _told_too(cell, names, doers, doc, block, where, catalog)
        elif doers:
            # "Send the seating plan to the client", "Brief the stewards" beside columns of
            # who signs off and who is kept informed: the party the step itself names, when
            # no column names it
            part_of = dict(listed)
            placed = {(c.role, c.activity) for c in claims[row_start:]}
            for name in names:
                claims += [c for c in _parties(part_of.get(name, cell), doers, name, doc,
                                               block.location, block.text, where, catalog)
                           if c.kind in ("C", "I") and (c.role, name) not in placed]
    return claims


# "with" before a party named in a cell of who does the row, where it is not done jointly
# ("together with", "jointly with", "along with" share the work)
_WITH_IN_CELL = r"(?<!together )(?<!jointly )(?<!along )\bwith\s+(?:the\s+|our\s+|a\s+)?"


def _consulted_in_cell(cell: str, person: str) -> bool:
    """Whether a cell of who does a row names ``person`` after "with", after another
    party: "Treasurer with the Chair" (the Chair is consulted)."""
    m = re.search(_WITH_IN_CELL + re.escape(person), cell, re.IGNORECASE)
    return m is not None and bool(cell[:m.start()].strip(" ,"))


def _repeated_columns(doc: Document, header: tuple[str, ...]) -> set[int]:
    """The columns of a table of four rows or more whose cells hold a few values again
    and again ("Destroy", "Review", "Destroy" ...: at most one distinct value for every
    two rows), where the first column's are all distinct: a category of each row's thing,
    not the work the row names."""
    rows = doc.rows_of(header)
    if len(rows) < 4:
        return set()
    firsts = [r.cells[0].strip().lower() for r in rows if r.cells]
    if len(set(firsts)) < len(firsts):
        return set()
    out = set()
    for c in range(1, len(header)):
        values = [r.cells[c].strip().lower() for r in rows if c < len(r.cells)]
        if len(values) >= 4 and len(set(values)) * 2 <= len(values):
            out.add(c)
    return out


# A cell of a row saying when it may be done: once a role has approved it ("Once the
# Incident Director has approved the wording", "after the Head signs it off")
APPROVED_FIRST = re.compile(r"^\s*(?:only\s+)?(?:once|after|when)\s+(?:the\s+|our\s+)?"
                            r"(?P<who>[A-Z][^,;.]{1,60}?)\s+(?:has\s+|have\s+)?"
                            r"(?:approved|approves|signed\s+(?:it\s+|them\s+)?off|signs\s+"
                            r"(?:it\s+|them\s+)?off|authori[sz]e[sd]|agreed|agrees)\b",
                            re.IGNORECASE)


def _approvers_in_row(block: Block, skip: set[int], doers: list[str], doc: Document,
                      catalog: RoleCatalog) -> list[str]:
    """The roles a row's other cells say must approve before it is done (A)."""
    found: list[str] = []
    for col, cell in enumerate(block.cells):
        m = APPROVED_FIRST.match(cell) if col not in skip else None
        for role in _head_roles(m.group("who"), catalog, doc.name) if m else []:
            if role not in doers and role not in found:
                found.append(role)
    return found


CUT_ENDS = {"the", "a", "an", "and", "or", "of", "to", "with", "for", "by", "in", "on", "at",
            "from"}


def _owned_actions(cell: str, catalog: RoleCatalog, document: str) -> list[tuple[str, str]]:
    """The (role, action) pairs a cell lists as "Role: action" parts ("Secretary: tell
    members in the newsletter (28 Feb); Chair: ..."), one role of the document each; []
    when any part is not one."""
    out = []
    for who, action in owned_action_parts(cell):
        keys = catalog.keys_in(who, document)
        if len(keys) != 1 or catalog.find(who, document)[0][1:] != (0, len(who)):
            return []
        out.append((keys[0], action))
    return out


def _told_too(cell: str, names: list[str], doers: list[str], doc: Document, block: Block,
              where: str, catalog: RoleCatalog) -> list[Claim]:
    """I for the roles a cell's last clause only tells ("works the fault from the runbook;
    tells the Duty Manager") on each other duty the cell names."""
    at = telling_tail(cell, catalog, doc.name)
    if at is None:
        return []
    tail = cell[at:]
    told = [k for k, _s, _e in catalog.find(tail, doc.name) if k not in doers]
    own = {n for part in [re.sub(r"^[\s;,]*(?:and\s+)?", "", tail)]
           for n in [*activity_names(part), _task_line(part)]}
    return [Claim(k, name, "I", False, doc.name, block.location, block.text[:300], where)
            for name in names if name not in own for k in dict.fromkeys(told)]


def _step_names(cell: str) -> list[str]:
    """The duties a "What" cell beside one column of who does the row names: a single
    step written as an order keeps its words ("Update the MES with scrap counts and
    downtime reasons"), others are read as any text is."""
    names = activity_names(cell)
    first = cell.split()[0].lower() if cell.split() else ""
    last = cell.split()[-1].lower() if cell.split() else ""
    # (a step that ends on "the" or "and" was cut by its layout: read as any text is)
    if len(names) == 1 and verb_lemma(first) == first and _verb_first(cell) and \
            len(cell.split()) <= 14 and "," not in cell and last not in CUT_ENDS:
        return [_task_line(cell)]
    return names


def _told_name(party: str) -> str:
    """The duty of a cascade's row: telling its party ("Tell the Duty Manager", "Tell
    customers in the zone"), without the party's asides in brackets."""
    party = " ".join(re.sub(r"\([^()]*\)", "", party).split()).strip(" ,.;")
    first = party.split()[0] if party.split() else ""
    if first.lower() in ("the", "a", "an", "all", "every", "each", "any", "our", "your",
                         "their", "its"):
        return f"Tell {party[:1].lower()}{party[1:]}"
    if first.endswith("s") and not first.endswith("ss") and \
            actor_name(party.split(",")[0]) is None:
        # ("Customers in the zone": people told, no one role)
        return f"Tell {party[:1].lower()}{party[1:]}"
    return f"Tell the {party}"


def _column_told(block: Block, cols: dict[int, str], told: int, doc: Document,
                 catalog: RoleCatalog, claims: list[Claim]) -> None:
    """A cascade's row ("Laboratory Analyst | Duty Scientist | Phone | 30 minutes"): the
    role who tells does it (R), each role told is informed (I)."""
    where = f"table row '{block.text[:80]}'"
    name = _told_name(block.cells[told])
    tellers = [c for c, letters in cols.items() if c != told and "R" in letters
               and c < len(block.cells)]
    doers = [role for c in tellers for person in who_names(block.cells[c])
             for role in _head_roles(person, catalog, doc.name)]
    if not doers:
        return
    for role in doers:
        claims.append(Claim(role, name, "R", False, doc.name, block.location,
                            block.text[:300], where))
    for person in who_names(block.cells[told]):
        for role in _head_roles(person, catalog, doc.name):
            if role not in doers:
                claims.append(Claim(role, name, "I", False, doc.name, block.location,
                                    block.text[:300], where))
    claims += [Claim(role, name, "A", True, doc.name, block.location, block.text[:300], where)
               for role in _approvers_in_row(block, set(cols), doers, doc, catalog)]


# The first words of a remark in brackets after a party, and the letter they give
REMARK_LETTERS = (("I", re.compile(r"^(?:told|informed|notified|cc'?d|copied|fyi|kept informed|"
                                   r"sent|receives?)\b", re.IGNORECASE)),
                  ("C", re.compile(r"^(?:consulted|asked|advis\w*|reviews?|checks?|"
                                   r"input|comments?)\b", re.IGNORECASE)),
                  ("A", re.compile(r"^(?:approves?|signs? off|signs?|decides?|authori[sz]es?)\b",
                                   re.IGNORECASE)),
                  ("R", re.compile(r"^(?:drafts?|does|helps?|supports?|assists?|prepares?|"
                                   r"writes?)\b", re.IGNORECASE)))


# A planning tool's duration of nothing: the row is a milestone ("0 days", "0d", "0 wks")
ZERO_DURATION = re.compile(r"^\s*0(?:\.0+)?\s*(?:d|days?|wk?s?|weeks?|h|hrs?|hours?|mons?|"
                           r"months?)?\??\s*$", re.IGNORECASE)
# "The Client Sponsor signs off every milestone", "Milestones are approved by the Board"
MILESTONE_SIGN_OFF = re.compile(
    r"\b(?:signs?\s+off|approves?|accepts?|agrees?)\s+(?:every|each|all|the)\s+milestones?\b|"
    r"\bmilestones?\s+(?:are|is)\s+(?:signed\s+off|approved|accepted)\s+by\s+(?P<by>.+)",
    re.IGNORECASE)


def _milestone(block: Block) -> bool:
    """A row of a plan whose Duration cell holds nothing ("0 days"), or marked in a
    Milestone column ("Yes"): a milestone."""
    return any(c < len(block.cells) and (
        re.fullmatch(r"\s*(?:duration|dur\.?|length)\s*", h, re.IGNORECASE) and
        ZERO_DURATION.match(block.cells[c]) is not None or
        re.fullmatch(r"\s*milestone\??\s*", h, re.IGNORECASE) and
        re.fullmatch(r"\s*(?:yes|y|true|x|✓|✔)\s*", block.cells[c], re.IGNORECASE) is not None)
        for c, h in enumerate(block.header))


def _milestone_approvers(doc: Document, catalog: RoleCatalog) -> list[str]:
    """The roles a document says sign off every milestone ("The Client Sponsor signs off
    every milestone"): the role named last before the verb, or after "by"."""
    found: list[str] = []
    for block in doc.blocks:
        if block.kind not in ("para", "item") or "milestone" not in block.text.lower():
            continue
        for sentence in split_sentences(block.text):
            m = MILESTONE_SIGN_OFF.search(sentence)
            if m is None:
                continue
            named = catalog.keys_in(m.group("by"), doc.name) if m.group("by") else \
                [key for key, _start, end in catalog.find(sentence[:m.start()], doc.name)][-1:]
            found += [r for r in named if r not in found]
    return found


# "takes command of every code except Code Green", "is in charge of all incidents",
# "answers for each stage": a role over every row of a table of such things
EVERY_ROW = re.compile(
    r"\b(?:takes?|taking)\s+(?:command|charge|control)\s+of|\b(?:is|are)\s+in\s+"
    r"(?:command|charge)\s+of|\bcommands|\banswers\s+for|\b(?:is|are)\s+accountable\s+for",
    re.IGNORECASE)
EVERY_NOUN = re.compile(r"^\s+(?:every|each|all(?:\s+the)?|any)\s+(?P<noun>[a-z]+)"
                        r"(?:\s+(?:except|but|other than|apart from)\s+(?P<except>[^,.;]{1,60}?))?"
                        r"(?=\s+and\b|\s+or\b|[,.;]|$)", re.IGNORECASE)


CALLED_BY_FIELD = re.compile(r"^\s*(?:cues?\s+|show\s+|running\s+)?called\s+by\s*:\s*"
                             r"(?:the\s+)?(?P<who>[A-Za-z][\w'’&/ -]{1,60}?)\s*(?:\(|,|;|\s+on\s|"
                             r"\.?$)", re.IGNORECASE)


def _row_commanders(doc: Document, catalog: RoleCatalog, head: str) -> list[tuple[str, set[str]]]:
    """The roles a document says take command of every row of a table whose first column
    is ``head`` ("Code": "The Duty Curator takes command of every code except Code
    Green"), each with the words of the rows it excepts."""
    noun = singular(head.lower().split()[-1]) if head.split() else ""
    found: list[tuple[str, set[str]]] = []
    for block in doc.blocks:
        # "CALLED BY: Show Caller (Priti Anand) on the comms ring": a running sheet's
        # caller, who calls every row of it
        called = CALLED_BY_FIELD.match(block.text) if block.kind in ("para", "item") else None
        keys = catalog.keys_in(called.group("who"), doc.name) if called else []
        if keys and all(keys[0] != role for role, _x in found):
            found.append((keys[0], set()))
    if not noun.isalpha():
        return found
    for block in doc.blocks:
        if block.kind not in ("para", "item") or noun not in block.text.lower():
            continue
        for sentence in split_sentences(block.text):
            for m in EVERY_ROW.finditer(sentence):
                every = EVERY_NOUN.match(sentence[m.end():])
                if every is None or singular(every.group("noun").lower()) != noun:
                    continue
                named = [key for key, _s, _e in catalog.find(sentence[:m.start()], doc.name)]
                if named and all(named[-1] != role for role, _x in found):
                    excepted = set(re.findall(r"[a-z]+", (every.group("except") or "").lower()))
                    found.append((named[-1], excepted))
    return found


# "The Principal Investigator keeps overall responsibility for every delegated duty",
# "The Head retains ultimate responsibility": the one who answers for every duty delegated
OVERALL_RESPONSIBILITY = re.compile(
    r"\b(?:keeps?|retains?|has|holds?|bears?|remains?)\s+(?:the\s+)?(?:overall|ultimate|final)"
    r"\s+(?:responsibility|accountability)\b|\bremains?\s+(?:fully\s+|ultimately\s+)?"
    r"(?:responsible|accountable)\s+for\s+(?:every|each|all)\b", re.IGNORECASE)


def _overall_role(doc: Document, catalog: RoleCatalog) -> str | None:
    """The role a document says keeps overall responsibility for what it delegates: the
    role named last before the words."""
    for block in doc.blocks:
        if block.kind not in ("para", "item"):
            continue
        for sentence in split_sentences(block.text):
            m = OVERALL_RESPONSIBILITY.search(sentence)
            named = [key for key, _s, _e in catalog.find(sentence[:m.start()], doc.name)] \
                if m else []
            if named:
                return named[-1]
    return None


_NUMBER_CELL = re.compile(r"\s*(\d{1,3})[.)]?\s*")


def _code_tables(doc: Document, catalog: RoleCatalog) -> list[Claim]:
    """Rows of a delegation log: duties listed once as a numbered key, then given to each
    row's role by their codes ("| Research Nurse | 1, 4, 7, 8 |", "1–11"). Each role holding
    a code does that duty (R); the role the document says keeps overall responsibility
    answers for every duty (A), doing it too only where nobody else holds it."""
    claims: list[Claim] = []
    key: dict[int, Block] = {}  # the last key read: a numbered list, or a Code | Duty table
    in_list = False
    key_table: tuple[str, ...] | None = None
    keys: dict[tuple[str, ...], dict[int, Block]] = {}
    holders: dict[tuple[str, ...], dict[int, list[tuple[str, Block]]]] = {}
    for block in doc.blocks:
        if block.kind == "item":
            if not in_list:
                key = {}  # a new list: the key from here on
            key[len(key) + 1] = block
            in_list = True
            continue
        in_list = False
        if block.kind != "row" or not block.header:
            continue
        coded = code_columns(doc, block.header)
        number = _NUMBER_CELL.fullmatch(block.cells[0]) \
            if coded is None and len(block.cells) >= 2 else None
        if number is not None and _TWO_LETTERS.search(block.cells[1]):
            # "| 3 | Clean the extractor hood |": a key written as a table
            key = key if key_table == block.header else {}
            key_table = block.header
            key[int(number.group(1))] = Block("item", block.cells[1], block.location)
            continue
        if coded is None:
            continue
        key_table = None  # (a key table after this one starts a new key)
        keys.setdefault(block.header, key)
        role_col, code_col = coded
        cells = block.cells
        codes = listed_codes(cells[code_col]) if code_col < len(cells) else []
        for person in who_names(cells[role_col]) if role_col < len(cells) else []:
            for role in _head_roles(person, catalog, doc.name):
                for code in codes:
                    holders.setdefault(block.header, {}).setdefault(code, []).append(
                        (role, block))
    overall = _overall_role(doc, catalog) if holders else None
    for header, by_code in holders.items():
        items = keys.get(header, {})
        for code, held in sorted(by_code.items()):
            if code not in items:
                continue
            item = items[code]
            name = _task_line(re.sub(r"^\s*\d{1,3}[.)]\s+", "", item.text))
            where = f"duty {code}"
            doers = [r for r, _b in held if r != overall]
            for role, row in held:
                if role == overall and doers:
                    continue
                claims.append(Claim(role, name, "R", role == overall, doc.name, row.location,
                                    f"{row.text[:200]} ({code}: {item.text[:90]})", where))
            if overall is not None and doers:
                claims.append(Claim(overall, name, "A", True, doc.name, item.location,
                                    item.text[:300], where))
            # ("Report serious events to the sponsor": the parties the duty names, as in a
            # Who | What table)
            claims += _parties(item.text, [r for r, _b in held], name, doc, item.location,
                               item.text, where, catalog)
    return claims


def _limit_tables(doc: Document, catalog: RoleCatalog) -> list[Claim]:
    """Rows of a scheme of delegation with a column per spending limit ("Decision | Up to
    £2,000 | £2,000 – £25,000 | Over £25,000 | Noted by"): each limit is a decision of its
    own, the row's words with the column's ("Write-off of a bad debt up to £2,000"); the
    role a cell names decides it (A/R), "X on Y's recommendation" makes X accountable and Y
    responsible; a column beside them ("Noted by", "Consulted") gives its letter on every
    limit the row fills."""
    claims: list[Claim] = []
    for block in doc.blocks:
        limits = limit_columns(block.header) if block.kind == "row" and block.header else ()
        if not limits or not block.cells or letter_row(block.cells):
            continue
        decision = _task_line(block.cells[0])
        if not decision:
            continue
        sides = {c: letter for c, h in enumerate(block.header)
                 if c and c not in limits and c < len(block.cells)
                 and (letter := side_letter(h)) is not None}
        for col in limits:
            cell = block.cells[col].strip() if col < len(block.cells) else ""
            named = [(role, letter) for person, letter in limit_cell_names(cell)
                     for role in _head_roles(person, catalog, doc.name)]
            if not named:
                continue  # "—": nobody decides at this limit
            head = " ".join(block.header[col].split())
            name = f"{decision} {head[:1].lower() + head[1:] if head[1:2].islower() else head}"
            where = f"table row '{block.cells[0][:60]}', column '{head}'"
            for role, letter in named:
                kind = "R" if "R" in letter else letter
                claims.append(Claim(role, name, kind, "A" in letter, doc.name, block.location,
                                    block.text[:300], where))
            for side, letter in sides.items():
                for person in who_names(block.cells[side]):
                    claims += [Claim(role, name, "R" if letter == "R" else letter, False,
                                     doc.name, block.location, block.text[:300], where)
                               for role in _head_roles(person, catalog, doc.name)
                               if role not in {r for r, _ in named}]
    return claims


# How a party a cell's phrase names takes part, by the words right after it ("Lender
# approves it") or right before it ("sent to the Lender")
_SAID_AFTER = (("A", re.compile(r"^['’]?s?\s*(?:approves?|signs?(?:\s+off)?|authori[sz]es?|"
                                r"decides?|agrees?)\b", re.IGNORECASE)),
               ("C", re.compile(r"^['’]?s?\s*(?:(?:is\s+|are\s+)?consulted|asked|advises?|"
                                r"reviews?|checks?|comments?)\b", re.IGNORECASE)),
               ("I", re.compile(r"^['’]?s?\s*(?:(?:is\s+|are\s+)?(?:told|informed|notified|"
                                r"copied)|receives?)\b", re.IGNORECASE)))
_SAID_BEFORE = (("I", re.compile(r"\b(?:sent|copied|given|passed|reported|notified|sent on)"
                                 r"\s+to(?:\s+the)?\s*$|\b(?:tell|inform|notify)"
                                 r"(?:\s+the)?\s*$", re.IGNORECASE)),
                ("A", re.compile(r"\b(?:approved|signed off|authori[sz]ed|agreed)\s+by"
                                 r"(?:\s+the)?\s*$", re.IGNORECASE)),
                ("C", re.compile(r"\b(?:consulted|checked|reviewed)\s+(?:by|with)"
                                 r"(?:\s+the)?\s*$|\b(?:consult|ask)(?:\s+the)?\s*$",
                                 re.IGNORECASE)))


def _said_parties(cell: str, catalog: RoleCatalog, document: str
                  ) -> list[tuple[str, str]] | None:
    """The roles a side column's cell names inside a phrase of its own ("Lender approves
    it before the loan is confirmed": the Lender, A; "Certificate sent to the Lender": I;
    "Borrower consulted on dates": C), each with the letter its words give ("" when they
    give none), or None for a cell that is names alone ("Treasurer, Chair")."""
    if len(cell.split()) < 3 or len(cell) > 300:
        return None
    found = catalog.find(cell, document)
    if not found:
        return None
    rest = cell
    for _key, start, end in reversed(found):
        rest = rest[:start] + " " + rest[end:]
    # (a remark in brackets, "Data Steward (told the result)", is read by _remark_letter)
    words = [w for w in re.findall(r"[A-Za-z]+", re.sub(r"\([^()]*\)", " ", rest))
             if w.lower() not in ("the", "a", "an", "and", "or", "s", "our", "their")]
    if len(words) < 2:
        return None
    said: list[tuple[str, str]] = []
    for key, start, end in found:
        after = next((x for x, pattern in _SAID_AFTER if pattern.match(cell[end:].lstrip())),
                     None)
        before = next((x for x, pattern in _SAID_BEFORE if pattern.search(cell[:start])),
                      None)
        said.append((key, after or before or ""))
    return said


def _remark_letter(cell: str, person: str) -> str | None:
    """The letter the remark in brackets right after ``person`` in a cell gives ("Data
    Steward (told the result)": I; "Open Data Lead (advises on format)": C), else None."""
    at = cell.find(person)
    remark = re.match(r"\s*\(([^()]{1,80})\)", cell[at + len(person):]) if at >= 0 else None
    if remark is None:
        return None
    return next((letter for letter, pattern in REMARK_LETTERS
                 if pattern.match(remark.group(1).strip())), None)


def _only_roles(cell: str, catalog: RoleCatalog, document: str) -> bool:
    """A cell that names roles and nothing else ("Lead Curator", "Comms & Marketing")."""
    names = cell_names(cell)
    return bool(names) and all(
        (found := catalog.find(n, document)) and found[0][1] == 0 and found[-1][2] == len(n)
        for n in names)


# "Head Baker – Ben Ashworth.": a label, a dash and a name in capitals, as a who's-who line
# opens (its first word "Head" is no order)
_HOLDER_LINE = re.compile(r"^[A-Z][\w&'’/() -]{0,60}?\s[–—-]\s+[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)"
                          r"{0,2}\.$")


def _sentence_items(blocks: list[Block]) -> list[Block]:
    """List items written as several sentences that each start with a verb ("Builds the
    course page. Works with the Module Leader on the releases.") as one item per sentence,
    so each is read on its own; other blocks as they are."""
    out: list[Block] = []
    for block in blocks:
        parts = split_sentences(block.text) if block.kind == "item" and \
            len(block.text) <= MAX_SENTENCE and ". " in block.text else [block.text]
        # ("Check the gate. If anyone is waiting, call the Duty Manager.": an instruction
        # after its condition starts with a verb too)
        if len(parts) > 1 and not _HOLDER_LINE.match(parts[0]) and \
                all((_verb_first(p) or _conditioned_imperative(p) is not None)
                    and len(p.split()) >= 2 for p in parts):
            out += [Block("item", p, block.location) for p in parts]
        else:
            out.append(block)
    return out


def extract(doc: Document, catalog: RoleCatalog,
            checkpoint: Callable[[], None] | None = None) -> list[Claim]:
    """Every claim a document makes.

    checkpoint, when given, is called every :data:`CHECKPOINT_BLOCKS` blocks of the
    reading, so a caller can stop a long document part way by raising from it (the
    exception passes through; nothing is kept); it does not change what is found.
    """
    kept = without_change_logs(doc.blocks)
    if len(kept) < len(doc.blocks):
        doc = Document(doc.name, kept)
    marks = badge_legend(doc)
    if not marks:
        return _questions_invited(_charges_named(_approved_after(
            _extract_all(doc, catalog, checkpoint), doc, catalog)))
    # "Order consumables ✔ Treasurer" under a legend "✔ Name means that person has to
    # sign it off": the item is read without its marked names, each of which then takes
    # the letter its mark gives on every duty the item names
    # (found by where the item stands and its words, an HTML page being maybe one line:
    # each claim looked up by its words, only a part of an item's words searched for)
    badged: list[tuple[str, str, list[tuple[str, str]]]] = []
    exact: dict[tuple[str, str], list[int]] = {}
    at: dict[str, list[int]] = {}
    unmarked: set[tuple[str, str]] = set()
    blocks = []
    for block in doc.blocks:
        task, named = split_badges(block.text, marks) if block.kind == "item" else ("", [])
        if named:
            exact.setdefault((block.location, task[:300]), []).append(len(badged))
            at.setdefault(block.location, []).append(len(badged))
            badged.append((task, block.text, named))
            block = replace(block, text=task)
        else:
            unmarked.add((block.location, block.text[:300]))
        blocks.append(block)
    claims = _extract_all(Document(doc.name, blocks), catalog, checkpoint)
    out: list[Claim] = []
    done: set[tuple[int, str]] = set()
    for c in claims:
        found = exact.get((c.location, c.text), [])
        if not found and c.text and (c.location, c.text) not in unmarked:
            found = [next((i for i in at.get(c.location, []) if c.text in badged[i][0]), -1)]
            found = [i for i in found if i >= 0]
        if not found:
            out.append(c)
            continue
        # (two items of the same words: the first whose duty has not been read)
        index = next((i for i in found if (i, c.activity) not in done), found[0])
        _task, source, named = badged[index]
        out.append(replace(c, text=source[:300]))
        if c.kind != "R" or (index, c.activity) in done:
            continue
        done.add((index, c.activity))
        for letters, name in named:
            out += [Claim(k, c.activity, letters, letters == "A", doc.name, c.location,
                          source[:300], c.section)
                    for k in catalog.keys_in(name, doc.name) if k != c.role]
    return _questions_invited(_charges_named(_approved_after(out, doc, catalog)))


# "is in charge of the site", "You are in charge of all three sections": a place, a thing
# or people a party has charge of, opening with an article or a word of how many
_CHARGE_OPENING = r"(?:(?:all|both)\s+(?:the\s+)?|(?:the|a|an|every|each|its|their|our|your|" \
    r"his|her|this|these)\s+)"
IN_CHARGE_OF = re.compile(rf"\bin\s+charge\s+of\s+(?P<opening>{_CHARGE_OPENING})"
                          r"(?P<obj>[^.;:]+)", re.IGNORECASE)


# "Questions about this page?", "Questions — office@example.org": an invitation to ask,
# naming no one who answers
_QUESTIONS_INVITED = re.compile(r"\s*questions?\b(?!.*\b(?:to|with|for)\s)[^.]*[.?!]?\s*$",
                                re.IGNORECASE)


def _questions_invited(claims: list[Claim]) -> list[Claim]:
    """The claims without those of a line that invites questions and names no one to
    take them to ("Questions about this page?"): no duty. "Questions about this page go
    to the Site Manager" names the one who answers them, and stays that party's row."""
    return [c for c in claims if not (c.activity.lower().startswith("question") and
                                      _QUESTIONS_INVITED.match(c.text))]


def _charges_named(claims: list[Claim]) -> list[Claim]:
    """Each claim named by the thing a party is in charge of ("Site", from "The Team
    Leader is in charge of the site") named by the charge: "Be in charge of the site". The
    thing alone names no work; a piece of work named by its noun ("in charge of
    recruitment") opens with no article and keeps its name, and so do things made or kept
    in numbers, after "the" ("in charge of the posters": "Posters")."""
    out = []
    for c in claims:
        m = IN_CHARGE_OF.search(c.text) if "charge" in c.text.lower() else None
        head = re.split(r"\s+(?:and|or|for|at|from|in|on|of|with)\s+", c.activity)[0].split()
        if m is not None and head and \
                m.group("obj").lower().startswith(c.activity.lower()) and \
                (singular(head[-1].lower()) == head[-1].lower() or
                 m.group("opening").lower().startswith(("all", "both"))):
            c = replace(c, activity=f"Be in charge of {m.group('opening')}"
                                    f"{m.group('obj')[:len(c.activity)]}")
        out.append(c)
    return out


# The work just named, handed on to the one who approves it, in the words after it: "...
# and gets it approved by the Manager", "... and presents it to the Board for approval",
# "..., where the CEO approves it", "..., and the Depot Manager signs them off"
APPROVAL_AFTER = re.compile(
    r"\s+and\s+(?:then\s+)?(?:(?:gets?|has|have)\s+(?:it|them)\s+(?:approved|signed\s+off|"
    r"authori[sz]ed|agreed|cleared|countersigned|co-?signed|endorsed|ratified)\s+by\s+"
    r"(?P<by>[^,.;]{2,80})|(?P<hand>presents?|"
    r"submits?|sends?|takes?|brings?|passes|puts?|gives?|forwards?|refers?)\s+(?:it|them)\s+to\s+"
    r"(?P<to>[^,.;]{2,80}?)\s+for\s+(?:(?:their|its|his|her)\s+)?(?:approval|sign-?off|"
    r"authori[sz]ation|agreement|ratification)\b)"
    r"|[,;]\s*(?:and|where)\s+(?P<who>[^,.;]{2,60}?)\s+(?:then\s+)?(?:approves|signs\s+off|"
    r"authori[sz]es|ratifies|countersigns|signs)\s+(?:it|them)\b(?!\s+(?:to|for)\b)",
    re.IGNORECASE)


def _approved_after(claims: list[Claim], doc: Document, catalog: RoleCatalog) -> list[Claim]:
    """The claims with an A for the role a passage names as approving the work it names
    first ("Prepares the budget and presents it to the board for approval": the board
    answers for the budget, the Treasurer prepares it), whichever reader took the duty.
    The work is the duty named before the passage's first "and"; the handing on itself
    ("Present the budget to the board") keeps its own letters."""
    # a passage -> its approvers, its opening, the verb handing the work on
    found: dict[str, tuple[list[str], str, str]] = {}
    out = list(claims)
    have = {(c.role, c.activity) for c in claims if c.kind == "A"}
    for c in claims:
        if c.kind != "R" or not _holds(c.text, "approv", "sign", "authori", "agree", "clear",
                                       "countersign", "ratif"):
            continue
        if c.text not in found:
            m = APPROVAL_AFTER.search(c.text)
            who = (m.group("by") or m.group("to") or m.group("who")) if m else ""
            first = re.search(r"\s(?:and|,)\s|,", c.text)
            opening = c.text[:min(m.start(), first.start() if first else len(c.text))] \
                if m else ""
            hand = verb_lemma(m.group("hand").lower()) if m and m.group("hand") else None
            found[c.text] = (catalog.keys_in(who, doc.name) if who else [], opening.lower(),
                             hand or "")
        approvers, opening, hand = found[c.text]
        words = re.findall(r"[a-z]+", c.activity.lower())
        if not approvers or not words or not re.search(rf"\b{words[-1]}", opening) or \
                hand and verb_lemma(words[0]) == hand:
            continue  # (not the handing on: "Present the budget to the board")
        for a in approvers:
            if a != c.role and (a, c.activity) not in have:
                have.add((a, c.activity))
                out.append(Claim(a, c.activity, "A", True, c.document, c.location, c.text,
                                 c.section))
    return out


def _extract_all(doc: Document, catalog: RoleCatalog,
                 checkpoint: Callable[[], None] | None = None) -> list[Claim]:
    coded = _code_tables(doc, catalog)
    claims: list[Claim] = _letter_tables(doc, catalog) + _column_tables(doc, catalog) + \
        _limit_tables(doc, catalog) + coded + _call_tree_rows(doc, catalog) + \
        _step_claims(doc, catalog)
    ctx = _Context()
    title = _title_role(doc, catalog)
    reading = READER.set(_reader(doc, catalog, title))
    posting = POST.set(READER.get() or title)
    siding = PARTIES.set(_named_parties(doc, catalog))
    try:
        found = _extract(doc, catalog, claims, ctx, title, checkpoint)
    finally:
        READER.reset(reading)
        POST.reset(posting)
        PARTIES.reset(siding)
    if any(c.kind == "A" for c in coded):
        # a delegation log's "keeps overall responsibility for every delegated duty" is the
        # A it gave each duty, no duty of its own
        found = [c for c in found if not OVERALL_RESPONSIBILITY.match(c.activity)]
    return found


# A row named by a band of amounts or sizes: "Up to £3,000", "Over 500 kg", "£3,001 to
# £7,500", "Between 10 and 50 staff"
_AMOUNT_BAND = re.compile(r"^\s*(?:(?:up to|over|under|above|below|more than|less than|"
                          r"fewer than|at least|between|from)\s+)?[£$€]?\d", re.IGNORECASE)


def _call_tree_rows(doc: Document, catalog: RoleCatalog) -> list[Claim]:
    """A call tree's lines ("Caller | Calls", see ``documents._call_trees``): the caller
    makes the call (A/R), the one called is told (I); the row quotes the called line."""
    claims: list[Claim] = []
    for block in doc.blocks:
        if block.kind != "row" or block.header != CALL_TREE_HEAD:
            continue
        caller = _head_role(block.cells[0], catalog, doc.name)
        called = _head_role(block.cells[1], catalog, doc.name)
        if caller is None or called is None or caller == called:
            continue
        name = f"Call the {block.cells[1]}"
        where = f"call tree line '{block.text[:80]}'"
        claims += [Claim(caller, name, "R", True, doc.name, block.location, block.text[:300],
                         where),
                   Claim(called, name, "I", False, doc.name, block.location, block.text[:300],
                         where)]
    return claims


# the words before a role named in a step's aside that give it its letter: "reported to the
# Practice Manager" told, "in consultation with Legal" consulted, "approved by the Chair"
# accountable
_STEP_APPROVED = re.compile(r"\b(?:approved|signed\s+off|authori[sz]ed|countersigned|co-?signed|"
                            r"endorsed|ratified)\s+by\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)
# "Fraud Team Leader approves any refund over £5,000": a note's title approving the step
_STEP_APPROVES = re.compile(r"\s+(?:approves|authori[sz]es|signs\s+(?:it\s+)?off|countersigns|"
                            r"co-?signs|endorses|ratifies)\b")
_STEP_ASKED = re.compile(r"\b(?:with|asks?|asking|consults?|consulting|by)\s+(?:(?:the|a|an|"
                         r"each|every|their|its|any)\s+)?$", re.IGNORECASE)
_STEP_TOLD = re.compile(r"\b(?:to|tells?|telling|informs?|notif(?:y|ies)|copy|copies|cc|lets?|"
                        r"sends?|gives?|e-?mails?|hands?|pass(?:es)?|alerts?|updates?)\s+"
                        r"(?:(?:the|a|an|each|every|all|their|its|any)\s+)?$", re.IGNORECASE)


def _step_claims(doc: Document, catalog: RoleCatalog) -> list[Claim]:
    """Steps whose shape names their doer (see ``steps``): the doer does it (A/R, or R
    beside the one who approves it), those it is handed to are told or consulted, and a
    role its aside names takes the letter the words before it give."""
    claims: list[Claim] = []
    chosen: set[str] = set()  # the choices of steps already made
    for block in doc.blocks:
        if block.kind != STEP:
            continue
        cells = block.cells
        name = cells[ACTIVITY]
        if not name or cells[CHOICE] in chosen:
            continue
        doer = _head_role(cells[DOER], catalog, doc.name) if cells[DOER] else None
        if cells[DOER] and doer is None:
            continue  # "Ledgerline refuses the approval": a system's step, nobody's duty
        if cells[CHOICE]:
            chosen.add(cells[CHOICE])
        approver = _head_role(cells[APPROVER], catalog, doc.name) if cells[APPROVER] else None
        letters: dict[str, str] = {}
        aside = cells[ASIDE]
        for key, start, end in catalog.find(aside, doc.name):
            before = aside[max(0, start - 40):start]
            letter = "A" if _STEP_APPROVED.search(before) or \
                _STEP_APPROVES.match(aside, end) else "C" \
                if _STEP_ASKED.search(before) else "I" if _STEP_TOLD.search(before) else ""
            if letter:
                letters.setdefault(key, letter)
        for column, letter in ((CONSULTED, "C"), (TOLD, "I")):
            for named in filter(None, cells[column].split("; ")):
                role = _head_role(named, catalog, doc.name)
                if role is not None:
                    letters[role] = letter
        if approver is not None:
            letters[approver] = "A"
        where = f"step '{block.text[:80]}'"
        if doer is not None:
            claims.append(Claim(doer, name, "R", approver is None or approver == doer,
                                doc.name, block.location, block.text[:300], where))
        elif not letters:
            continue
        claims += [Claim(role, name, letter, letter == "A", doc.name, block.location,
                         block.text[:300], where)
                   for role, letter in letters.items() if role != doer]
    return claims


def _extract(doc: Document, catalog: RoleCatalog, claims: list[Claim], ctx: _Context,
             title: str | None, checkpoint: Callable[[], None] | None = None) -> list[Claim]:
    top_roles = _main_roles(doc, catalog)
    carry: list[str] = []
    stale: list[str] = []  # the subject before a heading that named no role
    # the role the list item just before had as its subject, for a pronoun opening the next
    item_subject: list[str] = []
    if title:  # "Senior Payroll Specialist" over a job description: the whole page's role
        ctx.owner, ctx.owner_level = [title], 0
        ctx.roles, ctx.active = [title], True
        carry[:] = [title]
    summary = ""  # "section" or "list" while a summary is being skipped
    role_heads: list[int] | None = None  # headings naming one role, found when needed
    heading = ""  # the last heading: the activity of "Responsible: X" lines below it
    led: str | None = None  # the role a heading says leads its section
    led_from = 0  # the first claim of that section
    blocks = _sentence_items([b for b in doc.blocks if b.kind != STEP])
    # a key's lines ("Key: PK = Premises Keeper, SP = Site Porter"), read for no duty
    key_lines = {(b.location, b.text)
                 for b in (doc.blocks[i] for i in key_blocks(doc.blocks))}
    lead_object: list[str] = []  # the object of a lead-in over a list ("checks the form and:")
    explained = -1  # the first claim of a line read where a section explains (else -1)
    explains = ""  # how that section explains (_Context.explains)
    introduced = -1  # the first claim of a line read in a section that sums up (else -1)
    summed_up: set[int] = set()  # (the ids of all such claims)
    attendance_at = 0  # the line of the last short line of who came to a meeting

    def settle() -> None:
        """The claims of the line read last: under a heading that explains, only those a
        careful reader takes as duties (under "What is a platform team?", "A platform team
        builds shared tools" says what such a team does anywhere, no duty handed to it
        here); under one that sums up, noted as such."""
        if explained >= 0:
            claims[explained:] = _explained(claims[explained:], explains)
        if introduced >= 0:
            summed_up.update(id(c) for c in claims[introduced:])

    for n, block in enumerate(blocks):
        if checkpoint is not None and n and n % CHECKPOINT_BLOCKS == 0:
            checkpoint()
        settle()
        explained = len(claims) if ctx.explains and block.kind in ("item", "para") else -1
        explains = ctx.explains
        introduced = len(claims) if ctx.intro and block.kind in ("item", "para") else -1
        if block.kind != "item":
            item_subject[:] = []
            lead_object = _lead_in_object(block.text) if block.kind == "para" and \
                block.text.endswith(":") else []
        elif lead_object and (pronoun := _ITEM_PRONOUN.match(block.text)) is not None and \
                _plural_object(lead_object) == (pronoun.group("it").lower() == "them"):
            # "The clerk checks the form and:" over "- sends it to the panel": the form
            block = replace(block, text=block.text[:pronoun.start("it")] +
                            " ".join(lead_object) + block.text[pronoun.end("it"):])
        if block.kind == "row" and block.cells and _action_table(block.header):
            # "Action | Rationale": the action is a step of the section's role (or of the
            # role it names), why it is done is no duty
            action = block.cells[0].strip()
            if not action or DOCUMENT_HISTORY.search(heading):
                continue  # ("Revision history": edits made to the page, no duties)
            words = action.split()
            block = Block("item" if words and verb_lemma(words[0].lower()) == words[0].lower()
                          else "para", action, block.location)
        if len(block.text) > MAX_SENTENCE and block.kind == "item":
            block = Block("para", block.text, block.location)
        if SUMMARY.match(block.text) and block.kind in ("heading", "para"):
            if role_heads is None:
                role_heads = [i for i, b in enumerate(blocks) if b.kind == "heading"
                              and len(subject_roles(b.text, catalog, doc.name)) == 1]
            if len(role_heads) - bisect.bisect_right(role_heads, n) >= 2:
                # "TL;DR:" over role sections restates them: the sections say it in full
                # (a "Summary" heading up to the next heading, a "TL;DR:" lead-in its list)
                summary = "section" if block.kind == "heading" else "list"
                continue
        if summary == "section" and block.kind != "heading" or \
                summary == "list" and block.kind == "item":
            continue
        summary = ""
        if block.kind in ("item", "para") and _past_event(block.text):
            continue  # "14:09 Primary declared a SEV1": a timeline's event, no duty
        if block.kind == "heading" and (ATTENDANCE.match(block.text) or attendance_at and
                                        _line_number(block.location) == attendance_at + 1):
            # "Apologies: Mark Doherty (Site Manager)" as a short line of its own, and the
            # names on the lines under "Present:": who came, no role whose section follows
            attendance_at = _line_number(block.location)
            block = Block("heading", "Attendance", block.location, level=block.level)
        else:
            attendance_at = 0
        if block.kind in ("item", "para") and ATTENDANCE.match(block.text):
            # "Present: Olu Bakare (Site Manager), ...": who came to a meeting; the lines
            # after it in the same paragraph are read on their own
            read_on = _after_attendance(block)
            if read_on is None:
                continue
            block = read_on
        if block.kind in ("item", "para", "heading") and \
                (block.location, block.text) in key_lines:
            # "Key: PK = Premises Keeper, SP = Site Porter": what the codes below stand
            # for, no one's duty and no subject of the lines after it
            carry[:] = []
            continue
        if block.kind in ("item", "para", "heading") and page_field(block.text[:300]) \
                and PAGE_VERSION.search(block.text[:300]):
            # "Owner: Commercial Director · Version: 3": the page's own details (also on a
            # short line read as a heading: "Version 2.1  Owner: PMO")
            continue
        if block.kind == "heading" and letter_lines(block.text) and \
                not (WHO_LINE.match(block.text) and _step_title(blocks, n)):
            # ("Who: X" under "Step 1 - ..." names the role of the step's lines)
            block = Block("para", block.text, block.location)  # "R: Ward Clerk" in plain text
        if block.kind == "heading":
            heading = block.text
        banner = block.text.rstrip(" |") if block.kind in ("heading", "row") else ""
        if block.kind == "heading" and not banner.lstrip().startswith("(") or \
                block.kind == "row" and led_by(banner):
            # ("STEP 1 TEAM BRIEF   led by SURG": the step's lead answers for its lines,
            # also on a banner a fixed-width page reads as a row)
            claims += _led_claims(claims[led_from:], led)
            lead = led_by(banner)
            keys = catalog.keys_in(lead.group("who") or lead.group("label"),
                                   doc.name) if lead else []
            led, led_from = (keys[0] if len(keys) == 1 else None), len(claims)
        if block.kind == "heading" or (block.kind == "para" and block.text.endswith(":")):
            scope = _pronoun_lead_in(block, doc, catalog)
            by_pronoun = scope != block.text
            if not by_pronoun and block.kind == "para":
                scope = _lead_scope(block.text)
                if scope == block.text:
                    scope = _last_lead_sentence(block.text, doc, catalog)
            _enter(ctx, scope, catalog, doc.name, top_roles,
                   block.level if block.kind == "heading" and block.level else 9)
            if by_pronoun:
                ctx.section = block.text.rstrip(":").strip()  # (the lead-in as written)
            if block.kind == "heading" and ctx.roles:
                carry[:] = ctx.roles[:1]
            elif block.kind == "heading":
                # "## When you get paged" after a list of roles: the last role named
                # above is not the subject of what follows, unless a pronoun takes it up
                # ("This role ...")
                stale[:] = carry or stale
                carry[:] = []
            listless = block.text.endswith(":") and (
                n + 1 == len(blocks) or blocks[n + 1].kind != "item")
            if block.kind == "para" or listless:
                # a lead-in is a sentence; one that no list follows ("The editor suggests
                # edits for:") still states its duty
                claims += _sentences(block, doc, catalog, ctx.section, None, carry)
                if _YOU_LEAD.search(block.text[-80:]) and (reader := READER.get()):
                    # "Before the end of the visit you must:": the list is the page's
                    # reader's, not the role the sentence before it named
                    carry[:] = [reader]
                if scope.lower().startswith("please"):
                    # "The door is opened by the opening member of staff. Please:": the
                    # list asks the reader, not the doer of the sentence before it
                    carry[:] = []
            continue
        listed = letters_listed(block.text) \
            if block.kind in ("item", "para") else []
        inline = inline_letter_line(block.text) if block.kind in ("item", "para") and \
            not listed else None
        who_line = bool(listed) and WHO_LINE.match(block.text)
        above = blocks[n - 1] if n and who_line else None
        if who_line and _step_title(blocks, n):
            # "Step 1 - Review excursions" then "Who: Store Supervisor": the role of the
            # step's lines below, read as their subject
            listed, above = [], None
        elif above is not None and (above.kind not in ("para", "item") or
                                    len(above.text.split()) > 25 or letter_lines(above.text)):
            above = None
        if inline or listed and (heading or above is not None):
            # "Responsible: Release Manager" under the activity's heading; "Reconcile the
            # accounts — R: AP Clerk; A: Finance Manager" on one line; "Who: Marco" under
            # the task line it answers
            # ("T3.1 Pilot design and ethics": the task's code is no part of its name)
            titled = TASK_CODE.sub("", _heading_subject(heading))
            name = (activity_name(inline[0]) or inline[0]) if inline else \
                (activity_name(above.text) or above.text) if above is not None else \
                _letter_heading_name(titled)
            listed = inline[1] if inline else listed
            for letters, people in listed:
                kind = "R" if "R" in letters else "A" if "A" in letters else \
                    next(iter(sorted(letters)))
                held = person_and_role(people)
                people = [held[1]] if held else people  # "Tom Abara, Supporter Care Manager"
                for person in people:
                    role = _head_role(person, catalog, doc.name)
                    if role is not None and name:
                        claims.append(Claim(role, name, kind, "A" in letters, doc.name,
                                            block.location, block.text[:300], heading))
            labels = list(LETTER_LABEL.finditer(block.text[:1000])) if block.kind == "para" \
                else []
            after = block.text.find(". ", labels[-1].end()) if labels else -1
            if after > 0 and not inline:
                # "Lead: GEN. Participants: UNIBO, CIVIX. GEN will choose the sites ...":
                # the sentences after the task's letters are read too
                claims += _sentences(Block("para", block.text[after + 2:], block.location),
                                     doc, catalog, ctx.section, ctx.roles, carry)
            continue
        post = _POST_LEAD_IN.match(block.text) if block.kind in ("item", "para") and \
            block.text[:5].lower() in ("act a", "acts ", "serve") else None
        order = post.group("verb").lower() if post else ""
        if post and "VERB" in word_classes(order) and verb_lemma(order) == order and (
                order in _CAUSATIVE or
                not _subject_after_colon(block.text[post.end("verb"):])):
            # "Act as the branch's fire marshal: check the alarms ...": the post named is
            # a field of work, the orders after the colon its duties
            rest = block.text[post.start("verb"):]
            block = replace(block, text=rest[:1].upper() + rest[1:])
        if block.kind in ("item", "para") and ctx.roles:
            found = _labelled_duties(block, ctx.roles, doc, catalog, ctx.section)
            if found is not None:
                claims += found
                continue
        if block.kind in ("item", "para") and "(" in block.text[:12]:
            # "JN (Head Vet, Jonas Nilsson) – restock the kit": the initials label the
            # action, the bracket says whom they stand for (read with the roles)
            block = replace(block, text=_INITIALS_ASIDE.sub(r"\1", block.text, count=1))
        if block.kind in ("item", "para") and " and " in block.text[:100]:
            # "Night Porter and Security together: clear the building ...": two roles
            # labelling one order are its joint subject, as in a sentence
            block = _joint_label_as_sentence(block, catalog, doc.name)
        topical = _topic_then_doer(block, doc, catalog, ctx.section) \
            if block.kind in ("item", "para") and (
                " to " in block.text or " decide" in block.text) else None
        if topical:
            claims += topical
            continue
        labelled = label_actor(block.text) if block.kind in ("item", "para") else None
        if labelled is None and block.kind in ("item", "para"):
            named = label_match(block.text[:400])
            if named and catalog.keys_in(named.group(1), doc.name) and (
                    catalog.find(named.group(1), doc.name)[0][1:] == (0, len(named.group(1)))
                    or _other_title(named.group(1), catalog, doc.name)):
                # "NetOps – investigates outages": a label that is a role of the document
                labelled = (named.group(1), named.group("rest"))
        if labelled is not None and _topic_label(labelled[0], ctx, catalog, doc.name):
            # "Health and safety: walk the site each morning" under "## Site Manager": the
            # label is what the duties are about; they are the heading role's
            block = replace(block, text=labelled[1][:1].upper() + labelled[1][1:], breaks=())
            labelled = None
        if labelled is not None and label_value(labelled[1]) is not None:
            continue  # "Document owner: Ward Manager": a name, no duty
        if labelled is None and block.kind in ("item", "para") and \
                _holders_alone(block.text, catalog, doc.name):
            continue  # "Priya and Noor (rota)" under "Counter Staff": who holds it
        if labelled is not None and _holds_own_role(labelled, catalog, doc.name):
            continue  # "Dr Helen Marsh – Admissions Tutor, School of ...": who holds it
        if labelled is not None and _holder_only(labelled[1]):
            continue  # "Stage Manager (SM) – Rob Ellis": who holds it, "Rob" no order
        if labelled is not None:
            keys = [k for k in catalog.keys_in(labelled[0], doc.name)]
            if len(keys) == 1:
                carry[:] = keys
                found = []
                # "**DPO** – consulted on every contract; approves the agreement": each
                # predicate on its own, a participle first read as "is consulted on ..."
                parts = re.split(r";\s+", labelled[1])
                for part in parts:
                    # ("Product Owner – accountable for the roadmap": they are)
                    part = re.sub(r"^(?=(?:also\s+|jointly\s+|ultimately\s+|solely\s+)?"
                                  r"(?:consulted|informed|kept informed|notified|accountable|"
                                  r"responsible|in charge)\b)", "They are ", part,
                                  flags=re.IGNORECASE)
                    said = _quoting(_sentences(Block(block.kind, part, block.location), doc,
                                               catalog, ctx.section, keys, carry), labelled[1])
                    if not said and len(parts) > 1 and _verb_first(part):
                        # "PLUMBING: Fit the boiler flue; site manager to sign the permit":
                        # the label's own duty before another role's
                        for name in activity_names(part):
                            said += _claims_for(part, keys, name, doc, block, ctx.section,
                                                catalog)
                    found += said
                if not found and _verb_first(labelled[1]):
                    # "Developers: build, test and deploy the increment": the label's duties
                    for name in activity_names(labelled[1]):
                        found += _claims_for(labelled[1], keys, name, doc, block, ctx.section,
                                             catalog)
                elif not found:
                    # "Me (treasurer): the budget, the raffle and the insurance": the things
                    # the label's role takes on, each its own
                    for part in _owned_things(labelled[1]) or _due_thing(labelled[1]):
                        found.append(Claim(keys[0], part, "R", True, doc.name, block.location,
                                           block.text[:300], ctx.section))
                claims += found
                continue
        if ctx.skip and block.kind in ("item", "para"):
            # under "What you'll bring", "What we offer": only a sentence that names its
            # role says a duty ("The hiring manager screens ..."), nothing is carried over
            claims += _sentences(block, doc, catalog, ctx.section, None, None)
            continue
        if block.kind == "item":
            if EXAMPLE_ITEM.match(block.text) and not (
                    READER.get() is not None and YOU_SUBJECT.match(block.text)):
                # (on a page written to its reader, "You brief the riders." is the reader's
                # duty, as "You will brief the riders." is; elsewhere "You have ..." in a
                # list describes the one a post wants)
                continue
            done = _done_as_step(block.text)  # (the text itself when not written as done)
            if done != block.text:
                # "I have signed off my commits": the step to do, as any item in the plain form
                block = replace(block, text=done[:1].upper() + done[1:], breaks=())
            conditioned = CONDITION_ITEM.match(block.text) is not None and \
                ctx.active and len(ctx.roles) == 1 and \
                _conditioned_imperative(split_sentences(block.text)[0]) is not None
            if CONDITION_ITEM.match(block.text) and not conditioned:
                # "If the fix fails ...": a condition, no duty of the section's role; but
                # "Once approved, the Release Team deploys it" names its doer
                claims += _sentences(block, doc, catalog, ctx.section, None, None)
                continue
            if _statement(block.text) and not conditioned:
                # "Launch date stays 6 April", "Budget confirmed at 18k": a status, read
                # only for a role it names as its subject
                claims += _sentences(block, doc, catalog, ctx.section, None, None)
                continue
            own_sentence = _sentences(block, doc, catalog, ctx.section, ctx.roles)
            if own_sentence and ctx.active and len(ctx.roles) == 1 and \
                    len(split_sentences(block.text)) > 1 and \
                    ctx.roles[0] not in {c.role for c in own_sentence if c.kind in "RAV"}:
                # "Sets up the coffee and washes up. The Treasurer empties the tin." under
                # "Coffee Team": the sentences without a subject are still the section's
                # (also when the next sentence tells them: "The Treasurer tells you ...")
                own_sentence = _sentences(block, doc, catalog, ctx.section, ctx.roles,
                                          list(ctx.roles))
            elif own_sentence and not (ctx.active and ctx.roles) and not ctx.orphan and \
                    carry == [] and READER.get() is not None and \
                    len(split_sentences(block.text)) > 1:
                # "Regroup at the top of the climb. The back marker tells you ...": the
                # sentence without a subject is still the page's reader's, as it is in an
                # item whose other sentences name no one
                again = _sentences(block, doc, catalog, ctx.section, None, [])
                own_sentence = again if len(again) > len(own_sentence) else own_sentence
            first = block.text.split()[0].lower() if block.text.split() else ""
            if not own_sentence and ctx.active and len(ctx.roles) == 1 and \
                    (is_third_person_verb(first) or verb_lemma(first) == first) \
                    and first not in ("is", "are", "has", "have") \
                    and CLAUSE_VERBS.match(block.text):
                own_sentence = _quoting(_sentences(
                    Block("para", "They " + block.text, block.location,
                          breaks=tuple((at + 5, n) for at, n in block.breaks)),
                    doc, catalog, ctx.section, ctx.roles), block.text)
            said_by = item_subject[:]
            item_subject[:] = []
            if own_sentence:
                claims += own_sentence
                if not ctx.roles:
                    # "The Registrar keeps the roll." over "She also issues the cards."
                    last_said = split_sentences(block.text)[-1]
                    its_subject = _leading_role(last_said, catalog.find(last_said, doc.name))
                    item_subject[:] = [its_subject[0]] if its_subject is not None else []
            elif said_by and PERSON_PRONOUN.match(block.text):
                claims += _sentences(block, doc, catalog, ctx.section, None, said_by)
            elif ctx.active and ctx.roles and not _is_trait(block.text.split(":")[0]):
                if _says_who(block.text):
                    continue  # "the company that prints badges": who the role is
                for name in activity_names(block.text):
                    claims += _claims_for(block.text, ctx.roles, name, doc, block,
                                          ctx.section, catalog)
            else:
                # in a section that ended a role's, a bare imperative is nobody's yet
                found = _sentences(block, doc, catalog, ctx.section, None,
                                   None if ctx.orphan else carry)
                if not found and ctx.orphan and _looks_like_duty(block.text):
                    found = [Claim(NO_ROLE, name, "?", False, doc.name, block.location,
                                   block.text[:300], ctx.section)
                             for name in activity_names(block.text)]
                claims += found
            continue
        pledged = commitment_heads(block.header) if block.kind == "row" and block.header \
            else {}
        persons = {c: m.group("who").capitalize() for c, h in enumerate(block.header)
                   if (m := _PERSON_COLUMN.match(h))} \
            if block.kind == "row" and block.header and not pledged else {}
        if len(persons) >= 2:
            # "What's happened | What you do | What we do": each cell is what the page's
            # reader or its team does in the row's case, read as a sentence of theirs
            # (the cell is one act, named as written: "Cancel the old badge and order a new
            # one"; whom it names besides its doer are consulted or told as in a sentence)
            for col, who in persons.items():
                cell = block.cells[col].strip().rstrip(".") if col < len(block.cells) else ""
                keys = ([r] if (r := READER.get()) else []) if who == "You" else \
                    catalog.keys_in("we", doc.name)
                if len(keys) != 1 or not cell or not _verb_first(cell):
                    continue
                # ("Pass it to the Parking Enforcement team, who investigate ...": the
                # clause after its receiver says what they do, no part of this act)
                act = re.split(r",\s+(?:who|which)\s", cell, maxsplit=1)[0]
                name = _cut_when(act[:1].upper() + act[1:])
                found = _claims_for(cell, keys, name, doc, block,
                                    f"table row '{block.cells[0][:80]}'", catalog)
                claims += [replace(c, owner_cue=True) if c.role == keys[0] and c.kind == "R"
                           else c for c in found]
            continue
        if pledged:
            # "| The principal supervisor will | The candidate will |": each cell is a duty
            # of its column's role
            for col, who in pledged.items():
                who = " ".join(w[:1].upper() + w[1:] for w in who.split())  # as a title
                cell = block.cells[col].strip() if col < len(block.cells) else ""
                if not cell or not catalog.keys_in(who, doc.name):
                    continue
                for pledge in _pledges(cell):
                    pledge = pledge[:1].lower() + pledge[1:] if pledge[1:2].islower() \
                        else pledge
                    claims += _quoting(_sentences(
                        Block("para", f"The {who} will {pledge}", block.location), doc,
                        catalog, ctx.section, None, None), block.text)
            continue
        if block.kind == "row" and block.header and not letter_row(block.cells):
            if code_columns(doc, block.header) is not None:
                continue  # a delegation log's codes: read by _code_tables
            if not role_columns(block.header) or len(_role_row_duties(block, doc)) >= 2:
                found = _table_row(block, doc, catalog)  # else read by _column_tables
                found = found or _sentence_cells(block, doc, catalog, ctx.section)
                if not found and ctx.active and len(ctx.roles) == 1:
                    # "Area | What the postholder does" in a job description: the duties
                    # of the page's (or the section's) one role, row by row
                    found = _area_duties(block, doc, catalog, ctx.section, ctx.roles)
                claims += found
            continue
        if block.kind == "row" and block.header and row_note(block.cells) and \
                cell_letters(block.cells[-1]) is None:
            # the notes that end a row of letters are read as sentences of the section
            claims += _sentences(Block("para", row_note(block.cells), block.location), doc,
                                 catalog, ctx.section, ctx.roles, None)
            continue
        if block.kind == "para":
            if not carry and stale and PRONOUN.match(block.text):
                carry[:] = stale
            claims += _sentences(block, doc, catalog, ctx.section, ctx.roles, carry)
    settle()
    claims += _led_claims(claims[led_from:], led)
    if summed_up:
        # "About the role: you make sure the centre opens on time" over "What you'll do:
        # open and close the centre": the sections after it give the work in full, the
        # summary's row restates one of them (a duty only the summary names stays)
        claims = _restated_dropped(claims, summed_up)
    return _first_person_named(claims, catalog)


# "What you do", "What we do", "What we'll do": a column of what the page's reader, or the
# team it speaks for, does in each row's case
_PERSON_COLUMN = re.compile(r"^\s*what\s+(?P<who>you|we)(?:['’]ll|\s+will|\s+need\s+to|"
                            r"\s+should)?\s+do\s*$", re.IGNORECASE)


# A section that records the changes made to the document itself
DOCUMENT_HISTORY = re.compile(r"\b(?:change\s*log|history|revisions?|amendments?|"
                              r"versions?|document control)\b", re.IGNORECASE)
ACTION_HEAD = re.compile(r"^\W*(?:actions?|steps?|tasks?|what to do|procedure|activity|"
                         r"activities)\W*$", re.IGNORECASE)
REASON_HEAD = re.compile(r"^\W*(?:rationale|reasons?|why|notes?|comments?|guidance|evidence|"
                         r"references?|explanation|purpose|because|tips?|hints?)\b",
                         re.IGNORECASE)


_INITIALS_ASIDE = re.compile(r"^(\s*[A-Z]{2,4})\s*\([^()]{3,80}\)(?=\s*[—–-]\s)")


def _action_table(header: Sequence[str] | None) -> bool:
    """"Action | Rationale": a table of steps and the reasons for them, with no column of
    roles or letters."""
    if not header or len(header) < 2:
        return False
    return ACTION_HEAD.match(header[0]) is not None and \
        all(REASON_HEAD.match(h) for h in header[1:])


def _pledges(cell: str) -> list[str]:
    """The pledges one cell of a commitment table lists: its list items, lines or
    sentences ("Attend every session.; Record the hours each week."), and the parts a
    semicolon divides when each starts with a verb."""
    items = [p.strip(" ;.") for p in re.split(r"\n|(?<=\.);\s*", cell)]  # whole sentences
    parts = [q.strip(" ;.") for p in items for q in re.split(r";\s+", p)]
    if len(parts) > 1 and all(_verb_first(p) for p in parts if p):
        return [p for p in parts if p]
    return [p for p in items if p] or [cell]


# A task's code before its title: "T3.1", "WP2", "A.4", "3.2.1"
TASK_CODE = re.compile(r"^\s*(?:[A-Z]{1,3}\s?)?\d{1,3}(?:\.\d{1,3})*[.):]?\s+(?=[A-Za-z])")
# A section heading naming who leads it: "STEP 2  SIGN IN   led by ANAES", "Handover
# (lead: Shift Leader)"
LED_BY = re.compile(r"(?:\bled|\bchaired|\bowned|\brun)\s+by\s+(?:the\s+)?(?P<who>[A-Z][\w&/-]*"
                    r"(?:\s+[A-Za-z][\w&/-]*){0,3})\s*\)?\s*$|\(\s*(?:lead|owner)\s*:\s*"
                    r"(?P<label>[^()]{2,40})\)\s*$", re.IGNORECASE)


def led_by(banner: str) -> re.Match[str] | None:
    """``LED_BY.search(banner)``; at once None for an ASCII banner holding neither "by" (in
    any case) nor "(", one of which every match holds."""
    if banner.isascii() and "(" not in banner and "by" not in banner.lower():
        return None
    return LED_BY.search(banner)


def _led_claims(claims: list[Claim], lead: str | None) -> list[Claim]:
    """The lead of a section answers for the work its lines give others: an A beside
    each duty another role does there."""
    if lead is None:
        return []
    done = {c.activity for c in claims if c.role == lead and c.kind in ("R", "A")}
    out: list[Claim] = []
    for c in claims:
        if c.kind == "R" and c.role != lead and c.activity not in done:
            done.add(c.activity)
            out.append(Claim(lead, c.activity, "A", True, c.document, c.location, c.text,
                             c.section))
    return out


# A field of a page's own details ("Owner: ... · Version: 3 · Applies from: ..."), and
# the fields that make a line such details
PAGE_FIELD = re.compile(r"(?:^|[·|;•]\s*|\s{2,})[*_]*[A-Z][\w ]{1,20}?[*_]*:[*_]*\s")
PAGE_VERSION = re.compile(r"(?:^|[·|;•]\s*|(?<=\.)\s+|\s{2,})[*_]*(?:(?:version|issue|revision|"
                          r"applies from|effective(?: from| date)?|last (?:reviewed|updated)|"
                          r"review(?:ed)? (?:date|due)|next review)[*_]*:|"
                          r"(?:version|rev\.?|v)\s?\d+(?:\.\d+)*\b)", re.IGNORECASE)


def page_field(text: str) -> bool:
    """Whether ``PAGE_FIELD`` finds a field in text; a text without a colon (which every
    field holds) is not searched."""
    return ":" in text and PAGE_FIELD.search(text) is not None


# A line that starts with a time of day or a date: "14:02", "**09:30**", "3 May:", "Day 2"
STAMPED = re.compile(r"^\W{0,3}(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s+[A-Z][a-z]{2,8}\b|"
                     r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)\W{0,3}\s", re.IGNORECASE)


def _past_event(text: str) -> bool:
    """A line of a timeline that records what happened ("14:09 Primary declared a SEV1;
    the lead opened the call", "13:20 Change deployed"): a time stamp, then a verb in the
    past tense among its first words and none in the present; a run of show's "10:30 Set
    the tables" is a duty."""
    stamp = STAMPED.match(text)
    if stamp is None:
        return False
    words = [w.strip(".,;:*_`()").lower() for w in text[stamp.end():].split()[:8]]
    words = [w for w in words if w]
    if any(w in MODAL_WORDS or is_third_person_verb(w) for w in words[:4]) or (
            words and verb_lemma(words[0]) == words[0] and "VERB" in word_classes(words[0])):
        return False
    return any(w.endswith("ed") and verb_lemma(w) not in (None, w) or
               w in PAST_FORMS for w in words)


PAST_FORMS = {"was", "were", "found", "took", "made", "sent", "told", "began", "went", "came",
              "saw", "left", "rang", "ran", "held", "gave", "got", "put", "set", "said"}


# The first column's head of a table of areas of work, not of roles ("Area", "Key result
# area", "Theme"), and a column of what a post does ("What the postholder does", "Main
# tasks", "Key responsibilities")
AREA_HEAD = re.compile(r"^\W*(?:key\s+)?(?:(?:result|responsibility|accountability|work|task|"
                       r"focus)\s+)?(?:areas?|themes?|topics?|categor(?:y|ies)|aspects?|"
                       r"domains?|headings?)\W*$", re.IGNORECASE)
DOES_HEAD = re.compile(r"^\W*what\s+(?:the\s+)?(?:post\s*holder|job\s*holder|role|"
                       r"person|you|they|we)\s+(?:will\s+)?do(?:es)?\b", re.IGNORECASE)


def _area_duties(block: Block, doc: Document, catalog: RoleCatalog, section: str,
                 roles: list[str]) -> list[Claim]:
    """Duties from a row of a table of areas of work under one role's page or section
    ("Recruitment | Advertise volunteer roles, interview applicants and take up references
    with the HR Officer."): each duty column's cell read as an item of that role's list,
    when the first column heads areas (not roles) and a column heads duties."""
    if not block.header or not AREA_HEAD.match(block.header[0]):
        return []
    columns = [c for c, h in enumerate(block.header)
               if c and (ROW_LABELS.search(h) or DOES_HEAD.match(h))]
    claims: list[Claim] = []
    for col in columns:
        cell = block.cells[col].strip() if col < len(block.cells) else ""
        for part in re.split(r"\n+|;\s+|(?<=\.)\s+", cell):
            part = part.strip(" -•*")
            if len(part.split()) >= 2 and _verb_first(part):
                claims += _sentences(Block("item", part, block.location), doc, catalog,
                                     section, roles, list(roles))
    return claims


def _sentence_cells(block: Block, doc: Document, catalog: RoleCatalog, section: str
                    ) -> list[Claim]:
    """Duties from the cells of a table that are sentences naming their doer ("Monitoring
    (who)" over "Line Cook probes every batch", "Corrective action" over "Shift Supervisor
    holds the product"): each cell is read as a paragraph, only for a role it names as a
    subject. A table whose columns name the roles is read by its columns instead."""
    if role_columns(block.header):
        return []
    claims = []
    for cell in block.cells[1:] if len(block.cells) > 1 else ():
        if len(cell.split()) >= 3 and catalog.keys_in(cell, doc.name):
            claims += _sentences(Block("para", cell, block.location), doc, catalog, section,
                                 None, None)
    return claims


def _first_person_named(claims: list[Claim], catalog: RoleCatalog) -> list[Claim]:
    """"Copy me on every complaint" in a memo from the Operations Director: "me" in a
    duty's name is the writer's role, named ("Copy the Operations Director on ..."), in
    the writer's own page only."""
    named = []
    for c in claims:
        writer = catalog.page_alias(c.document, "me") if re.search(r"\bme\b", c.activity) \
            else None
        named.append(c if writer is None else
                     replace(c, activity=re.sub(r"\bme\b", f"the {writer}", c.activity)))
    return named


FRONTED_MEANS = re.compile(r"^\s*by\s+(?P<means>[a-z]+ing\b[^,;]{2,200}),\s*(?P<rest>\S.+)$",
                           re.IGNORECASE)
ALTERNATIVE_CLAUSE = re.compile(r",?\s+or\s+(?P<verb>[a-z]+)\s")
SUMMARY = re.compile(r"^\W*(?:tl;?\s?dr|summary|quick summary|in short|in brief|"
                     r"key takeaways|at a glance)\W*$", re.IGNORECASE)


OWN_CLAUSE = Folded(re.compile(r"\b(?:they|he|she|we|you)\s+(?:can|could|will|may|must|should|"
                        r"do|does|are|is|have|has)\b", re.IGNORECASE))


def _own_clause(phrase: str) -> bool:
    """A clause with a subject of its own ("the rota, and they are paid"), not one a verb
    asks about ("decide ... where they are stationed") nor one that says when the duty is
    done ("... before they are granted")."""
    m = OWN_CLAUSE.search(phrase)
    if m is None:
        return False
    if re.search(r"\b(?:before|after|until|once|when|whenever|unless|because|since|"
                 r"as soon as)\s+$|\S\s+\S+\s+so(?:\s+that)?\s+$", phrase[:m.start()],
                 re.IGNORECASE):
        # "reviews access requests before they are granted": when the duty is done, whose
        # clause the name's end cuts, not a clause of its own; nor is "tell the Warden so
        # he can lock up": what the duty is for
        return False
    if re.search(r"\b(?:the|a|an|each|every|any|their|your|its|his|her)\s+(?:[\w-]+\s+){0,2}$",
                 phrase[:m.start()], re.IGNORECASE) and not re.search(
                     r"\b(?:and|or|but|so|because|since|as|that)\s+(?:[\w-]+\s+){0,3}$",
                     phrase[:m.start()], re.IGNORECASE):
        # "watch the water in the area you are given": a clause saying which area, its
        # "that" left out, not a clause of its own
        return False
    asked = re.search(r"\b(?:how|where|when|whether|what|which|why|if)\s+(?:\w+\s+){0,2}$",
                      phrase[:m.start()], re.IGNORECASE)
    # (but "record it so we know what we have": the clause it hangs on has its own subject)
    return asked is None or re.search(r"\b(?:we|they|he|she|you|i)\b", phrase[:asked.start()],
                                      re.IGNORECASE) is not None


AND_VERB = re.compile(r"\s+and\s+([a-z]+s)\s+\w")
# Bare plural nouns in a list, parted by commas, up to its "and": "tables, clocks"
_BARE_PLURAL_LIST = re.compile(r"(?:^|\s)([a-z]+s)(?:,\s+([a-z]+s))+\s*$")


def _plurals_go_on(before: str, after: str) -> bool:
    """Whether the word in "-s" after "and" ends a list of bare plural nouns ("tables,
    clocks and sets with the help of ...") rather than opening a further clause ("...
    and logs the readings": a verb and its object)."""
    m = _BARE_PLURAL_LIST.search(before)
    if m is None or re.match(r"\s*(?:the|a|an|all|any|every|each|their|its|our|your|them|"
                             r"it|that|whether|when)\b", after):
        return False
    return all("NOUN" in word_classes(singular(w)) for w in re.findall(r"[a-z]+s", m.group(0)))
# "... and send out the report", "... and keep the log": a plain verb and its object
AND_PLAIN_VERB = re.compile(r"\s+and\s+([a-z]+)\s+(?:(?:out|up|off|back|over|in)\s+)?"
                            r"(?:the|a|an|all|any|every|each|their|its|our|your|them|it)\s")
# ... or after a comma, in a series of orders: ", send the programme", ", and keep the log"
SERIES_PLAIN_VERB = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)([a-z]+)\s+"
                               r"(?:(?:out|up|off|back|over|in)\s+)?"
                               r"(?:the|a|an|all|any|every|each|their|its|our|your|them|it)\s")
# When or how a party is told, after it: "the same day", "at once", "by phone"
TOLD_HOW = (r"(?:the same day|on the day|at once|straight away|right away|immediately|"
            r"promptly|without delay|as soon as possible|in writing|in person|"
            r"by (?:phone|telephone|radio|e-?mail|text|letter)|"
            r"within (?:\d+|one|two|three|four|five|six|seven|ten|24|48|72) (?:working )?"
            r"(?:minutes?|hours?|days?))")
# "... and tells the Duty Manager", "... and informs the Chair and the Treasurer of the
# outcome": a further clause that only tells parties of the work before it
TELLING_CLAUSE = re.compile(r"^\s*,?\s*and\s+(?:tells?|informs?|notif(?:y|ies)|alerts?|"
                            r"briefs?|warns?|updates?|cop(?:y|ies)(?:\s+in)?)\s+(?P<who>.+?)"
                            r"(?:(?<=\w)\s+in)?(?:\s+(?:of|about|on)\s+"
                            r"(?:it|this|that|(?:the\s+)?(?:outcome|result|decision)s?))?"
                            # ("... and informs the Archivist the same day", "... at once"):
                            # when or how they are told, no more
                            r"(?:,?\s+" + TOLD_HOW + r")*"
                            r"\s*[.;!]?\s*$", re.IGNORECASE)


def _only_telling(clause: str, catalog: RoleCatalog, document: str) -> bool:
    """Whether ``clause`` (" and tells the Duty Manager") only tells roles of the work
    before it: its object is roles and the words that join them, nothing else."""
    m = TELLING_CLAUSE.match(clause)
    if m is None:
        return False
    who = m.group("who")
    found = catalog.find(who, document)
    if not found:
        return False
    gaps, at = [], 0
    for _key, start, end in found:
        gaps.append(who[at:start])
        at = end
    gaps.append(who[at:])
    return re.fullmatch(r"\s*(?:the|our|their|its|your)?\s*", gaps[0], re.IGNORECASE) is not None \
        and all(PARTY_JOINER.fullmatch(g) for g in gaps[1:-1]) and not gaps[-1].strip()


_TELLING_JOIN = re.compile(r"(?:;\s*|,\s*(?:and\s+)?|\s+and\s+)(?=(?:tells?|informs?|"
                           r"notif(?:y|ies)|alerts?|briefs?|warns?|updates?)\s)", re.IGNORECASE)


def telling_tail(text: str, catalog: RoleCatalog, document: str) -> int | None:
    """Where a last clause that only tells roles of the work before it starts
    ("works the fault from the runbook; tells the Duty Manager"), or None."""
    joins = list(_TELLING_JOIN.finditer(text))
    if not joins or len(text[:joins[-1].start()].split()) < 2:
        return None
    at = joins[-1]
    return at.start() if _only_telling(" and " + text[at.end():], catalog, document) else None


ASSISTED = re.compile(r"^(?P<who>[^,;]{2,60}?)\s+(?:with|in|on)\s+(?P<what>\S.*)$", re.IGNORECASE)
RECEIVED = re.compile(r"^(?P<what>[^;]{2,120}?)\s+from\s+(?P<who>[^,;.]{2,60})", re.IGNORECASE)


def _helped_to(obj: str, catalog: RoleCatalog, document: str) -> re.Match[str] | None:
    """"(helps) the stores clerk count the pallets", "(assists) the chef to plan menus":
    the party helped and what it does, when a role opens the object and a verb follows."""
    found = catalog.find(obj[:120], document)
    if not found or not SUBJECT_PREFIX.match(obj[:found[0][1]]):
        return None
    after = obj[found[0][2]:].split()
    if after[:1] == ["to"]:
        after = after[1:]
    if not after or verb_lemma(after[0].lower()) != after[0].lower():
        return None
    return re.match(r"^(?P<who>.{2,120}?)\s+(?:to\s+)?(?P<what>" + re.escape(after[0]) +
                    r"\b.*)$", obj)


def _assist_or_receive(lemma: str, obj: str, key: str, block: Block, doc: Document,
                       catalog: RoleCatalog, section: str, sentence: str) -> list[Claim] | None:
    """"X assists Y with a, b and c": Y does and owns a, b, c and X does them too;
    "X receives the draft from Y": Y does it, X is informed. None for other verbs."""
    span = sentence[:300]
    if lemma in ("assist", "support", "help"):
        m = ASSISTED.match(obj) or _helped_to(obj, catalog, doc.name)
        others = [k for k in catalog.keys_in(m.group("who"), doc.name) if k != key] if m else []
        if not m or len(others) != 1 or not catalog.find(m.group("who"), doc.name):
            return None
        what, enumerated = split_enumeration(m.group("what"))
        out = []
        for phrase in _split_phrases(what) + enumerated:
            name = activity_name(phrase)
            if name:
                out += [Claim(others[0], name, "R", True, doc.name, block.location, span,
                              section),
                        Claim(key, name, "R", False, doc.name, block.location, span, section)]
        return out
    if lemma == "receive":
        m = RECEIVED.match(obj)
        others = [k for k in catalog.keys_in(m.group("who"), doc.name) if k != key] if m else []
        if not m or len(others) != 1:
            return None
        name = activity_name(m.group("what"))
        return [Claim(others[0], name, "R", True, doc.name, block.location, span, section),
                Claim(key, name, "I", False, doc.name, block.location, span, section)
                ] if name else []
    return None


DUTY_LABEL = re.compile(r"^\s*(?P<label>owns?|responsibilit(?:y|ies)|duties|tasks|does|"
                        r"accountable for|responsible for|in charge of)\s*:\s*(?P<rest>\S.*)$",
                        re.IGNORECASE)
HANDOVER_VERBS = re.compile(r"^\s*(?:\w+\s+and\s+)?(?:deliver|communicat|present|report|share|"
                            r"inform|notif|send|hand|escalat|updat|brief|forward|submit|pass|"
                            r"tell|flag|e-?mail|return|refer|circulat|delegat|assign|allocat|"
                            r"confirm|issu|cop(?:y|ies)|publish|explain|scan|fax|"
                            # "put the caller (straight) through to the Duty Doctor"
                            r"puts?\s(?=.*\sthrough$))",
                            re.IGNORECASE)


# A post a duty list's item names before a colon and the orders that make it up ("Act as
# the branch's fire marshal: check the alarms and ...", "Serve as the data lead: keep ...")
_POST_LEAD_IN = re.compile(r"^(?:acts?|serves?)\s+as\s+[^:;.]{2,80}:\s+(?P<verb>[a-z]+)\s+\S",
                           re.IGNORECASE)


# Verbs whose object the next verb's doer is ("help trainees settle in", "let pupils
# choose"): an order, whatever follows
_CAUSATIVE = {"help", "let", "make", "have", "see", "watch", "hear", "get", "bid", "leave"}


def _subject_after_colon(after: str) -> bool:
    """Whether the words after a post's colon open with a subject and its verb, not an
    order: after "bank" (a word that can be a verb), "statements go to the auditor" (a
    plural noun and a verb agreeing with it), not "alarms weekly" of "check alarms weekly"."""
    words = after.split()[:2]
    if len(words) < 2:
        return False
    noun, verb = words[0].lower().strip(",;"), words[1].lower().strip(",;.")
    return singular(noun) != noun and "NOUN" in word_classes(noun) and \
        verb_lemma(verb) == verb and "VERB" in word_classes(verb)


def _other_title(label: str, catalog: RoleCatalog, document: str) -> bool:
    """Whether a label is a role of the document, a slash and another title of the same
    post that is no role of its own ("Coxswain / Helm: agrees the search pattern ...")."""
    first, slash, other = label.partition("/")
    found = catalog.find(label, document)
    return bool(slash) and len(found) == 1 and \
        found[0][1:] == (0, len(first.rstrip())) and \
        re.fullmatch(r"\s*[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?\s*", other) is not None


def _labelled_duties(block: Block, roles: list[str], doc: Document, catalog: RoleCatalog,
                     section: str) -> list[Claim] | None:
    """Items of a role's section that carry their own label: "Owns: the rota, the budget"
    (duties of the section's role, owned), or "With the Client - perform research;
    present results" (duties done with another party: C, or I when the duty hands
    something over). None when the block has no such label."""
    duty = DUTY_LABEL.match(block.text[:MAX_SENTENCE * 2])
    if duty:
        first = split_sentences(duty.group("rest"))[0]
        owned = _owner_cue(duty.group("label"))
        out = []
        for phrase in _split_phrases(first) if "," in first else [first]:
            name = activity_name(phrase)
            if not name or _names_people(phrase) or name.lower() in OWNERSHIP_WORDS:
                continue  # "Owns: decisions and accountability": owning is no duty
            for r in roles:
                field = catalog.roles[r].name if r in catalog.roles else ""
                out.append(Claim(r, _in_domain(name, field), "R", owned,
                                 doc.name, block.location, block.text[:300], section))
        return out
    party = with_label(block.text)
    if party is None:
        return None
    others = [k for k in catalog.keys_in(party[0], doc.name) if k not in roles]
    out = []
    for part in re.split(r";\s*", party[1][:MAX_SENTENCE]):
        if RECEIVING.match(part):
            continue  # "get support", "need sign-off": what the role receives is no duty
        advised = ADVISING.match(part)
        for name in activity_names(part[advised.end():] if advised else part):
            if " " not in name:
                name = f"{name} with the {party[0]}"  # "Research with the Client"
            if advised and others:
                # "With the Project Lead - consult about the direction": the party owns it
                out += [Claim(o, name, "R", True, doc.name, block.location, block.text[:300],
                              section) for o in others[:1]]
                out += [Claim(r, name, "C", False, doc.name, block.location, block.text[:300],
                              section) for r in roles]
                continue
            out += [Claim(r, name, "R", False, doc.name, block.location, block.text[:300],
                          section) for r in roles]
            letter = "I" if HANDOVER_VERBS.match(part) else "C"
            out += [Claim(o, name, letter, False, doc.name, block.location, block.text[:300],
                          section) for o in others[:1]]
    return out


RANKS = {"senior", "junior", "principal", "chief", "lead", "head", "associate", "assistant",
         "deputy", "general", "staff", "main", "vice", "acting", "interim", "regional", "global",
         "local", "first", "second", "third", "key", "sole", "joint", "overall", "team"}
OWNERSHIP_WORDS = {"accountability", "responsibility", "ownership", "authority", "oversight"}


def _in_domain(name: str, role: str) -> str:
    """A duty named by one bare noun under a role takes the role's field ("Owns: decisions,
    timeline" for the Flood Commander: "Flood decisions", "Flood timeline")."""
    words = role.split()
    field = words[0].lower() if len(words) >= 2 else ""
    if " " in name or not field.isalpha() or "NOUN" not in word_classes(field) or \
            field in RANKS or field.endswith(("al", "ive", "ic", "ior", "ary")) or \
            actor_word(field):
        return name
    return f"{words[0]} {name.lower()}"


ADVISING = re.compile(r"^\s*(?:consult(?:s|ing)?|advis(?:es?|ing)|give (?:input|advice))\s+"
                      r"(?:on|about|over|for)\s+", re.IGNORECASE)
RECEIVING = re.compile(r"^\s*(?:get|gets|getting|receive support|need|needs)\s+"
                       r"(?:support|help|approval|sign-?off|feedback|guidance)\b", re.IGNORECASE)


CLAUSE_VERBS = re.compile(r"^\s*(?:works?|collaborates?|partners?|assists?|supports?|helps?|"
                          r"receives?|communicates?|consults?|coordinates?|liaises?)\b"
                          r"(?! (?:to|on)\b)",
                          re.IGNORECASE)
SENTENCE_OPENER = re.compile(r"^\s*(?:[*•·-]\s+|(?:similarly|additionally|also|further(?:more)?|"
                             r"finally|then|next|moreover|usually|normally|typically|"
                             r"generally|ordinarily),?\s+)", re.IGNORECASE)
RESPONSIBILITY_NOUN = re.compile(
    r"^\s*(?:has\s+|have\s+)?(?:the\s+)?(?:overall|full|primary|day-to-day|ultimate|final|"
    r"sole|joint)\s+(?:responsibility|accountability)\s+for\s+(?=\S)", re.IGNORECASE)
BARE_DUTY_WORD = re.compile(r"^\s*(?:also\s+|jointly\s+)?(?:responsible|accountable)\s+for\s+\S",
                            re.IGNORECASE)
SUBJECTLESS_DUTY = re.compile(r"^\s*(?:is|are) (?:also )?(?:responsible|accountable|in charge|"
                              r"consulted|informed|kept informed|notified|asked)\b",
                              re.IGNORECASE)
PASSIVE_LETTER = re.compile(
    r"^\s*(?:is|are)\s+(?:also\s+|always\s+|usually\s+)?(?P<cue>consulted|informed|kept informed|"
    r"notified|updated|briefed|asked|"
    # (the idioms of telling: "is kept in the loop on", "is looped in on", "is made aware of")
    r"kept in the loop|looped in|kept (?:up to date|updated|posted|aware)|made aware|"
    r"alerted)\s+(?:(?:daily|weekly|monthly|quarterly|annually|regularly|"
    r"promptly|immediately|fully)\s+)?(?:on|of|about|before|when|once|after|for|regarding|"
    r"during)\s+(?P<obj>[^.;]{2,300})"
    # "is sent the exam paper for comment", "is copied on the refusal letters"
    r"|^\s*(?:is|are)\s+(?:also\s+|always\s+)?(?P<sent>sent|given|copied on|copied in on)\s+"
    r"(?P<sent_obj>(?:the|a|an|each|every|all|any)\s[^.;]{2,300})", re.IGNORECASE)
BARE_LETTER = re.compile(r"^\s*(?:is|are)\s+(?:also\s+|always\s+)?(?:(?P<cue>consulted|informed|"
                         r"told|notified|kept informed|kept in the loop|looped in|"
                         r"kept (?:up to date|updated|posted|aware)|made aware)"
                         # "...; the Chair is told the total": told of the duty just stated
                         r"|(?P<told>told|sent|shown)\s+(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?)"
                         # ("must be informed immediately": when, no more)
                         r"(?:\s+(?:immediately|at once|straight away|right away|promptly|"
                         r"without delay|as soon as possible|too|as well))?"
                         r"\s*[.!]?\s*$", re.IGNORECASE)
# A role that must see the work just stated before it goes on: "needs to see it before it
# goes to print", "wants to look them over first"
_SEES_IT = re.compile(r"^\s*(?:(?:needs?|wants?|would like|has asked|asks|is|are)\s+to\s+)?"
                      r"(?:see|sees|read|reads|look\s+(?:it\s+|them\s+)?over|looks\s+(?:it\s+|"
                      r"them\s+)?over)\s+(?:(?:it|them|this|these)\s+)?(?:over\s+)?"
                      r"(?:first|before\b[^.;]{0,80})?\s*[.!]?\s*$", re.IGNORECASE)


def _consulted_cue(bare: re.Match[str]) -> bool:
    """Whether a bare letter ("is consulted", "is told") consults rather than tells."""
    return (bare.group("cue") or "").lower() == "consulted"


def _told_of_last_duty(claims: list[Claim], keys: list[str], consulted: bool, doc: Document,
                       block: Block, sentence: str, section: str) -> list[Claim] | None:
    """Each of ``keys`` told (or consulted) on the duty just stated, the last claim when it
    is a doer's, an owner's or a reviewer's (none for that claim's own role); None when no
    such duty comes before."""
    duty = claims[-1] if claims and claims[-1].kind in ("R", "A", "V") else None
    if duty is None:
        return None
    kind = "C" if consulted else "I"
    return [Claim(k, duty.activity, kind, False, doc.name, block.location, sentence[:300],
                  section) for k in dict.fromkeys(keys) if k != duty.role]


# "The following must be informed immediately: A, B and C": those told, listed after it
_FOLLOWING_TOLD = re.compile(r"^\s*(?:the\s+)?following(?:\s+(?:people|parties|roles|posts))?\s+"
                             r"(?P<verb>(?:must|should|will|shall|are\s+to)\s+(?:also\s+)?be\s+"
                             r"(?:consulted|informed|told|notified)(?:\s+[a-z]+(?:\s+[a-z]+)?)?)"
                             r"\s*:\s+(?P<list>[^:;]{3,200})$", re.IGNORECASE)
# What happens, said as an event: "when a contract is signed" -> "Sign the contract"
EVENT = re.compile(r"^(?:a|an|the|any|each|every)\s+(?P<thing>[\w-]+(?:\s+[\w-]+){0,3}?)\s+"
                   r"(?:is|are|has been|have been)\s+(?P<done>[a-z]+(?:ed|en|gned|ent|t))\b",
                   re.IGNORECASE)
FOR_COMMENT = re.compile(r"\s+for\s+(?P<why>comment|comments|review|input|feedback|approval|"
                         r"sign-off|information)\b.*$", re.IGNORECASE)
# ("disputes raised by a tenant, a neighbour or ...": anyone of a kind is no doer)
PARTICIPLE_DOER = re.compile(r"\s+(?:that\s+(?:is|are|was|were)\s+)?(?P<verb>[a-z]+ed)\s+by\s+"
                             r"(?!(?:a|an|any)\s)(?:the\s+)?(?P<who>[^,.;]{2,60}?)"
                             r"(?=[,.;]|\s+and\s|$)", re.IGNORECASE)
SUPERVISED = re.compile(r"^\s*(?:the\s+|all\s+|our\s+)?(?P<who>[^,;]{2,60}?),?\s+who\s+"
                        r"(?P<verb>[a-z]+)\s+(?P<what>\S.*)$", re.IGNORECASE)
RELATIVE_WHO = re.compile(r",\s+who\s+(?:will\s+|must\s+|shall\s+|then\s+)?(?P<verb>[a-z]+)\s+\S",
                          re.IGNORECASE)
RELATIVE_DOER = re.compile(r",?\s+(?:which|that|whom)\s+", re.IGNORECASE)


PASSIVE_BY = re.compile(
    r"^\s*(?:is|are)\s+(?:also\s+)?(?P<verb>[a-z]+ed|told|given|sent|shown)\s+"
    r"(?P<obj>[^.;]{2,120}?)\s+by\s+"
    r"(?P<who>[^,.;]{2,60}?)(?=\s+and\s|[,.;]|$)", re.IGNORECASE)


_IRREGULAR_TOLD = frozenset({"told", "given", "sent", "shown"})


def _titled_subject(sentence: str, verb: str) -> bool:
    """Whether the subject before "is told" ("is given", ...) is a role written as a title,
    each of its words after its article in capitals ("The Customer", "The Site Manager"):
    a party in lower case ("Deferred donors are told the reason") may be anyone."""
    head = re.split(rf"\s+(?:is|are)\s+(?:also\s+)?{verb}\b", sentence, maxsplit=1)[0]
    words = [w for w in head.split() if w.lower() not in ("the", "a", "an", "each", "every",
                                                          "our", "your", "their", "any")]
    return 0 < len(words) <= 5 and all(w[:1].isupper() for w in words)


def _passive_by(m: re.Match[str], key: str, block: Block, doc: Document,
                catalog: RoleCatalog, section: str, sentence: str) -> list[Claim]:
    """"<role> is delegated X by <other>": the other does it (owner), the role is informed."""
    others = [k for k in catalog.keys_in(m.group("who"), doc.name) if k != key]
    lemma = verb_lemma(m.group("verb").lower())
    if len(others) != 1 or lemma is None:
        return []
    # "are delegated specific areas by the leader": the areas go to them, as the name says
    # when the verb hands something over ("delegate", "assign", "allocate")
    whom = catalog.roles[key].name if key in catalog.roles else key
    if lemma in ("tell", "give", "send", "show") and m.group("verb") in _IRREGULAR_TOLD and \
            not re.match(r"(?:to|that|about|of|on|with|for)\b", m.group("obj")):
        if not _titled_subject(sentence, m.group("verb")):
            return []  # ("Deferred donors are told the reason": no role's title)
        # "The Tenant is told the date by the Warden": the Warden tells the Tenant the date
        name = activity_name(f"{lemma} the {whom} {m.group('obj')}")
    elif HANDOVER_VERBS.match(lemma) and not re.search(r"\bto\b", m.group("obj")):
        name = activity_name(f"{lemma} {m.group('obj')} to {whom}")
    else:
        name = activity_name(f"{lemma} {m.group('obj')}")
    span = sentence[:300]
    return [Claim(others[0], name, "R", True, doc.name, block.location, span, section),
            Claim(key, name, "I", False, doc.name, block.location, span, section)
            ] if name else []


def _quoting(claims: list[Claim], source: str) -> list[Claim]:
    """Claims read from a clause rewritten to stand alone, with the source's own words as
    their evidence (never the rewritten clause)."""
    return [replace(c, text=source[:300]) for c in claims]


def _further_clause(clause: str, sentence: str, key: str, block: Block, doc: Document,
                    catalog: RoleCatalog, section: str) -> list[Claim]:
    """Claims of a further clause of the same subject (" and approves the budget"), read
    as a sentence of its own; the evidence is the whole source sentence."""
    rewritten = "They " + clause.replace(" and ", "", 1)
    return _quoting(_sentences(Block(block.kind, rewritten, block.location), doc, catalog,
                               section, [key]), sentence)


_REASON_AFTER = re.compile(r",\s+(?:since|because|as|so that|so|given that)\s", re.IGNORECASE)


def _passive_letter(m: re.Match[str], key: str, block: Block, doc: Document,
                    catalog: RoleCatalog, section: str, sentence: str) -> list[Claim]:
    """"<role> is consulted on X (and is responsible for Y)": C (or I) on X."""
    out: list[Claim] = []
    if m.group("sent"):
        # "is sent the exam paper for comment": consulted on it; for approval, it approves
        obj = re.split(r"\s+(?:before|after|when|once|so that|as soon as)\s",
                       m.group("sent_obj"))[0]
        why = FOR_COMMENT.search(obj)
        kind = "I" if why is None or why.group("why").lower() == "information" else \
            "A" if why.group("why").lower() in ("approval", "sign-off") else "C"
        name = activity_name(obj[:why.start()] if why else obj)
        if kind == "I" and m.group("sent").lower() == "sent" and name and key in \
                catalog.roles and not re.search(r"\sby\s+(?:the\s+)?[A-Z]", obj):
            # "The Caretaker is sent the rota every Friday": the sending is the work, the
            # Caretaker told by it ("Send the rota to the Caretaker every Friday")
            thing, *after = re.split(r"\s+(?=(?:by|every|each|on|at|in|before|after|within|"
                                     r"once|daily|weekly|monthly)\b)", obj, maxsplit=1)
            # (how it is sent is no part of the name, when it is: "by email every Friday")
            when = re.sub(r"^by\s+(?:e-?mail|post|letter|text|phone|hand|courier)\b\s*", "",
                          after[0] if after else "", flags=re.IGNORECASE)
            sent = activity_name(f"send {thing} to the {catalog.roles[key].name} {when}")
            name = sent if sent.lower().startswith("send ") else name
        return [Claim(key, name, kind, kind == "A", doc.name, block.location, sentence[:300],
                      section)] if name else []
    kind = "C" if m.group("cue").lower() in ("consulted", "asked") else "I"
    # (the reason after it is no part of what: "on actions 4 and 5, since both change ...")
    obj = _REASON_AFTER.split(m.group("obj"), maxsplit=1)[0]
    event = EVENT.match(obj)
    lemma = verb_lemma(event.group("done").lower()) if event else None
    if event and lemma and "VERB" in word_classes(lemma):
        obj = f"{lemma} the {event.group('thing')}"  # "when a contract is signed"
    more = AND_VERB.search(obj)
    if more and is_third_person_verb(more.group(1)):
        out += _further_clause(obj[more.start():], sentence, key, block, doc, catalog, section)
        obj = obj[:more.start()]
    for phrase in _split_phrases(obj) if "," in obj else [obj]:
        name = activity_name(phrase)
        if name:
            out.append(Claim(key, name, kind, False, doc.name, block.location, sentence[:300],
                             section))
    return out


APPOSITIVE = re.compile(r"\s*,\s*(?:(?:who|which) (?:is|are)\s+)?(?:tasked with|responsible for|"
                        r"in charge of|charged with|accountable for)\s+", re.IGNORECASE)
INVERTED = re.compile(r"\b(?:is|are)\s+(?:that of\s+)?(?:the|a|an)\s+$", re.IGNORECASE)
NO_ROLE = ""  # the role of a claim found in a section that names nobody


def _looks_like_duty(text: str) -> bool:
    """An item that starts with a verb ("Verify the backups"), not a trait or a condition."""
    first = text.split()[0].lower().strip(",:") if text.split() else ""
    return bool(first) and not _is_trait(text) and not CONDITION_ITEM.match(text) \
        and (verb_lemma(first) == first or is_third_person_verb(first))


EXAMPLE_SENTENCE = re.compile(r"^\s*(?:for example|for instance|e\.g\.|in the case of)\b",
                              re.IGNORECASE)
EXAMPLE_ITEM = re.compile(r"^\s*(?:for example|for instance|e\.g\.|in the case of|such as|"
                          r"note|you\b(?!['’]ll\b|\s+will\b|['’]re\s+(?:also\s+)?responsible|"
                          r"\s+are\s+(?:also\s+)?responsible))", re.IGNORECASE)


POST_FIELD = re.compile(r"^\s*(?:job\s+title|role\s+title|job\s+role|post\s+title|position|post|"
                        r"role|title)\s*:\s*(?P<post>[^:;]{2,80})$", re.IGNORECASE)


def _title_role(doc: Document, catalog: RoleCatalog) -> str | None:
    """The role a document's title is: its first heading, before any list or table, when
    that heading is itself a role ("Senior Payroll Specialist", "Studio Director"), or a
    field near the top that names the post ("Job title: Facilities Coordinator")."""
    for block in doc.blocks[:8]:
        field = POST_FIELD.match(block.text) if block.kind in ("heading", "para") else None
        keys = catalog.keys_in(field.group("post"), doc.name) if field else []
        if len(keys) == 1:
            return keys[0]
    for block in doc.blocks[:6]:
        if block.kind in ("item", "row"):
            return None
        if block.kind == "heading":
            text = TITLE_LABEL.sub("", block.text)
            name = heading_actor(text)
            keys = catalog.keys_in(text, doc.name) if name else []
            return keys[0] if len(keys) == 1 else None
    return None


WHO_QUESTION = re.compile(r"^\s*who\s+(?P<verb>[a-z]+)\s+(?P<what>[^?]{2,120})\?\s*$",
                          re.IGNORECASE)


_AFTER_STOP = re.compile(r"(?<=[.!])\s+")


def _answered(section: str, rest: str) -> str:
    """Under an FAQ heading "Who decides whether a correction is needed?", the answer "The
    Readers' Editor decides, after asking ..." or just "The Readers' Editor." does what
    the question asks: the predicate the answer leaves out is the question's."""
    asked = WHO_QUESTION.match(section) or WHO_QUESTION.match(
        _AFTER_STOP.split(section)[-1])  # ("I've found a context. Who numbers it?")
    if asked is None or not is_third_person_verb(asked.group("verb")):
        return rest
    verb = asked.group("verb").lower()
    stripped = rest.strip()
    relative = re.match(r"^,\s*who\s+(?=[a-z]+s\b)", stripped)
    if relative:
        # "Your Site Supervisor, who keeps the register.": both are the role's
        return f" {verb} {asked.group('what')} and {stripped[relative.end():]}"
    if re.match(r"^,\s*(?:after|with|in|on|at|using|by|once|before|together|within|"
                r"usually|normally|always|each|every|no later than)\b", stripped,
                re.IGNORECASE):
        # "The Site Director, after talking it through with the Site Surveyor.": the
        # question's predicate, and how it is done
        return f" {verb} {asked.group('what')}{stripped}"
    # ("Usually the author, but any contributor may.": the answer, then a remark on it)
    pronoun = re.match(rf"^{re.escape(verb)}\s+(?:it|them|this|these)\b", stripped,
                       re.IGNORECASE)
    if pronoun:
        # "The Event Lead books it, usually in March": "it" is what the question names
        after = stripped[pronoun.end():]
        return f" {verb} {asked.group('what')}{'.' if after.lstrip()[:1] in ',;' else after}"
    if not stripped.strip(" .") or re.match(r"^[,;]\s*(?:but|though|although|unless|except|"
                                            r"or)\b", stripped, re.IGNORECASE) or re.match(
            rf"^{re.escape(verb)}\b\s*(?:$|[,.;]|after\b|when\b|once\b|if\b)", stripped,
            re.IGNORECASE):
        return f" {verb} {asked.group('what')}."
    return rest


def _as_one_does(subject: str, rest: str) -> str:
    """A plural subject's plain verb as one holder's ("Drivers deliver the crates ...":
    " delivers the crates ..."), so the duty is named as "The Driver delivers ..." is, when
    the predicate is one verb's alone; else ``rest``."""
    m = re.match(r"\s([a-z]+)(?=\s)", rest)
    if m is None or not subject.lower().endswith("s") or subject.lower().endswith("ss") or \
            re.search(r"\sand\s|[,;:(]", rest):
        return rest  # (a run of verbs or of things is read in the subject's own number)
    verb = m.group(1)
    if verb_lemma(verb) != verb or "VERB" not in word_classes(verb) or \
            verb in AUXILIARIES or verb in MODAL_AUXILIARIES or verb in ("do", "have", "be"):
        return rest
    return f" {third_person_of(verb)}{rest[m.end():]}"


def _step_title(blocks: list[Block], n: int) -> bool:
    """Whether the block before block ``n`` titles a step ("Step 1 - Review excursions")."""
    return n > 0 and re.match(r"^\W*(?:step|stage|phase)\s*\d", blocks[n - 1].text,
                              re.IGNORECASE) is not None


# "you" as the subject: at the start of a sentence or clause, after a label's dash
# ("Safety – you carry out ..."), contracted ("you'll", "you're")
_YOU_SUBJECT = re.compile(r"(?:^|[.;:]\s+|,\s+|\s[–—-]\s+|\b(?:when|if|before|after|once|until|"
                          r"unless|while|whenever)\s+)you(?:['’](?:ll|re))?\s+[a-z]",
                          re.IGNORECASE)


def you_subject(text: str) -> bool:
    """Whether ``_YOU_SUBJECT`` finds "you" as a subject in text; an ASCII text without
    "you" in any case is not searched (ignoring case, an ASCII letter matches only its two
    cases)."""
    if text.isascii() and "you" not in text.lower():
        return False
    return _YOU_SUBJECT.search(text) is not None


_WE_WORDS = re.compile(r"\b(?:[Ww]e|[Uu]s)\b")


def _reader(doc: Document, catalog: RoleCatalog, title: str | None) -> str | None:
    """The role a document speaks to as "you": the one it says it is for ("This
    handbook is for the Duty Manager", "As Duty Manager you ..."), else the role its
    title is when "you" is a subject in it; None when it names no such role."""
    you = False
    _writer, titled = addressed_roles(doc)  # "... STANDING ORDERS TO OFFICERS OF THE WATCH"
    titled = titled or salutation_reader(doc.text())  # "Dear members of the Committee,"
    keys = catalog.keys_in(titled, doc.name) if titled else []
    if len(keys) == 1:
        return keys[0]
    # "Your role as a befriender" heading what "you" do: the page's one reader, when every
    # such heading names the same role
    parts = {found[0][0] for block in doc.blocks if block.kind == "heading" and (
        m := YOUR_ROLE_AS.match(block.text)) is not None and len(
        found := catalog.find(m.group("role"), doc.name)) == 1 and found[0][1:] == (
        0, len(m.group("role")))}
    if len(parts) == 1:
        return parts.pop()
    for block in doc.blocks:
        if block.kind == "heading" and not YOU_THE.match(block.text):
            continue
        # (a block that holds no piece every match holds is not scanned)
        for m in ADDRESSED_TO.finditer(block.text) if _holds(block.text, *ADDRESSED_TO_PIECES) \
                else ():
            if m.group("are") or m.group("apposed") or m.group("paren"):
                are = m.group("are") or m.group("apposed") or m.group("paren")
                found = catalog.find(are, doc.name)
                if len(found) == 1 and found[0][1:] == (0, len(are)):
                    return found[0][0]
                continue
            keys = catalog.keys_in(m.group("who") or m.group("as") or m.group("to") or
                                   m.group("means"), doc.name)
            if len(keys) == 1:
                return keys[0]
        you = you or you_subject(block.text)
    if you and title is None and (others := others_reader(doc.text())) is not None:
        # "... please don't hold the door for other families": the reader is a family
        keys = catalog.keys_in(others, doc.name)
        if len(keys) == 1:
            return keys[0]
    return (title or _audience_role(doc, catalog)) if you else None


# A piece of a title line naming the page's kind after the role it is written for:
# "Technician Handbook" in "Acme Pest Control – Technician Handbook – Part 4"
_AUDIENCE_PIECE = re.compile(r"^(?P<role>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}?)(?:['’]s?)?"
                             r"\s+(?:Handbook|Manual|Field\s+Guide|Guide|Briefing|"
                             r"Induction(?:\s+Pack)?|Welcome\s+Pack)$")


def _audience_role(doc: Document, catalog: RoleCatalog) -> str | None:
    """The role a page's title line says it is written for, by the kind of page after the
    role's name ("Brightwell Pest Solutions – Technician Handbook – Part 4": the
    technicians), a piece of the line between dashes or the whole of it, among the page's
    first blocks; None when no such piece names one role."""
    for block in doc.blocks[:3]:
        if block.kind not in ("heading", "para") or len(block.text) > 120:
            continue
        for piece in re.split(r"\s+[–—-]\s+|\s*[:|]\s+", block.text.strip()):
            m = _AUDIENCE_PIECE.match(piece.strip())
            keys = catalog.keys_in(m.group("role"), doc.name) if m else []
            if len(keys) == 1:
                return keys[0]
    return None


def _main_roles(doc: Document, catalog: RoleCatalog) -> list[str]:
    counts: dict[str, int] = {}
    for key, _s, _e in catalog.find(doc.text(), doc.name):
        counts[key] = counts.get(key, 0) + 1
    return [k for k, _n in sorted(counts.items(), key=lambda kv: -kv[1])[:2]]


METADATA_LABEL = re.compile(
    r"^\s*(?:(?:prepared|written|approved|reviewed|authored|checked|issued|signed|"
    r"compiled|updated|edited)\s+by|author|document owner|page owner|date|version|rev(?:ision)?|"
    r"last (?:updated|edited|reviewed)|reports? to|reporting to|line manager|responsible to|"
    r"accountable to|hours|salary|grade|band|location|contract|"
    # a job description's header: whom the post manages, where it sits
    r"direct reports?|reportees|staff (?:managed|responsibility)|people managed|"
    r"supervises|manages|department|directorate|division|team size|budget|base|"
    r"working pattern|closing date|job ref\w*|reference)\s*:", re.IGNORECASE)
# "Role profile: Volunteer Coordinator": the label before a title that is a role
TITLE_LABEL = re.compile(r"^\s*(?:role profile|job profile|job description|role description|"
                         r"job title|position|role|job|post)\s*[:–—-]\s*(?=\S)", re.IGNORECASE)


_LAST_ASIDE = re.compile(r"\s*\([^)]*\)\s*$")
# A title naming the kind of page a role is given, after the role: "Instructor Briefing",
# "Volunteer Handbook", "New Steward Induction Pack"
_AUDIENCE_TITLE = re.compile(r"[A-Za-z]s?\s+(?:briefing|handbook|induction(?:\s+pack)?|"
                             r"welcome\s+pack|newsletter|bulletin)\s*$", re.IGNORECASE)


# A lead-in whose subject is "you" ("Before the end of the visit you must:", "You will:")
_YOU_LEAD = re.compile(r"\byou(?:\s+(?:must|should|will|shall|need\s+to|have\s+to|also|"
                       r"then|always|now))*\s*:$", re.IGNORECASE)


# A lead-in that is only a condition, with no doer of its own ("When a customer brings a
# bike back:", "If the alarm goes off during a class:")
_CONDITION_LEAD_IN = re.compile(r"^\s*(?:when|whenever|if|once|as soon as|after)\s+"
                                r"[^,;.]{2,120}:\s*$", re.IGNORECASE)


# A lead-in that only says the list comes next ("... to the customer. Then:")
_NEXT_LEAD = re.compile(r"(?<=[.!?])\s+(?:then|next|after that|afterwards|and then|please)\s*:$",
                        re.IGNORECASE)


def _lead_scope(text: str) -> str:
    """What a lead-in over a list says of its doer: the whole lead-in, but for one that
    only says the list comes next ("You arrive at eight and greet the customer. Then:"),
    the sentence before it when that sentence names its doer ("The Porter ..."), and the
    connective alone when it names none (the reader's, not "the customer"'s, list)."""
    m = _NEXT_LEAD.search(text)
    if m is None:
        return text
    before = re.split(r"(?<=[.!?])\s+", text[:m.start()])[-1]
    return before if subject_actor(before) is not None else m.group().strip()


def _last_lead_sentence(text: str, doc: Document, catalog: RoleCatalog) -> str:
    """A lead-in of several sentences whose last opens with a role ("Stewards are members
    who hold a first-aid certificate. A steward who takes a booking shall:") scopes its
    list by that sentence alone: the sentences before it say who the role is, and the
    parties they name ("the Scout Association") are not the list's doer."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    if len(sentences) < 2 or not catalog.find(" ".join(sentences[:-1]), doc.name):
        return text  # (nothing named before it to mistake for the doer)
    # ("A steward who ...", "Each steward ...": the role as the page names it with "the")
    last = _ANY_ONE.sub("the ", sentences[-1], count=1)
    return last if _leading_role(last, catalog.find(last, doc.name)) is not None else text


_ANY_ONE = re.compile(r"^(?:a|an|each|every|any)\s+(?=[a-z])", re.IGNORECASE)


def _title_word_only(heading: str, catalog: RoleCatalog, document: str) -> bool:
    """Whether a page's title names its one role only as a word inside a longer name, a
    capitalised word before it and one after it ("Mobile Taster Session: Set-up and
    Pouring", "Village Warden Scheme"): what the page is about, not the role
    whose duties the page lists."""
    found = catalog.find(heading, document)
    if not found:
        return False
    _key, start, end = found[0]
    before = heading[:start].split()
    after = [w.strip(":,;.–—-") for w in heading[end:].split()]
    return bool(before and after) and before[-1][:1].isupper() and \
        before[-1].isalpha() and after[0][:1].isupper() and after[0].isalpha() and \
        before[-1].lower() not in ("the", "our", "a", "an", "your", "for") and \
        after[0].lower() not in ("role", "roles", "duties", "responsibilities", "profile",
                                 "tasks", "job", "overview")


def _enter(ctx: _Context, heading: str, catalog: RoleCatalog, document: str,
           top_roles: list[str], level: int = 9) -> None:
    """Scope a section: a heading that names one role gives it the duties below; a
    heading at the same or a higher level that names none ends that role's section (its
    content is not handed to the role above); a deeper one is a subsection of it."""
    # "Who: Study Coordinator (with the PI for deviations)": the aside names no owner
    # ("What we need from you": a heading whose "we" is a role's is about the reader, not
    # that role's section)
    roles = subject_roles(_LAST_ASIDE.sub("", _WE_WORDS.sub("", heading)), catalog, document) \
        if "we" in heading.lower() or "us" in heading.lower() else \
        subject_roles(_LAST_ASIDE.sub("", heading), catalog, document)
    post = post_leading(heading) if "(" in heading else None
    if post is not None and not roles:
        # "HELPERS (Rosa Lind, Volunteer Lead)": the part's work is its leader's post's
        roles = subject_roles(post, catalog, document)
    if len(roles) >= 2 and "(" in heading:
        # "THE COSS (each work group) WILL:": an aside inside the heading names no owner
        # either
        outside = subject_roles(_ASIDE.sub("", heading), catalog, document)
        roles = outside if len(outside) == 1 else roles
    if roles and _WRITER_CALLED.search(heading) and not subject_roles(
            _WRITER_CALLED.sub("", heading), catalog, document):
        roles = []  # "CALL ME AT ONCE IF": the writer called, not the section's role
    if METADATA_LABEL.match(heading):
        roles = []  # "Prepared by: K. Brandt (Contracts Manager)": who wrote the page
    if len(roles) == 1 and _AUDIENCE_TITLE.search(heading):
        roles = []  # "Season 2027 – Coach Briefing": whom the page is for, no role's section
    if len(roles) == 1 and level == 1 and _title_word_only(heading, catalog, document):
        roles = []  # "Mobile Taster Session: Set-up and Pouring": the page's subject
    condition = level == 9 and _CONDITION_LEAD_IN.match(heading) is not None
    if condition:
        roles = []  # "When a customer brings a bike back:": when the steps apply, not who
    elif not roles and level < 9:
        # "Step by step for Counter Assistants": the one role the section is written for
        roles = [r for r in [_section_reader(heading, catalog, document)] if r]
    ctx.orphan = False
    # "Hiring Manager" is a title, not a heading about hiring
    titled = actor_name(heading.strip().rstrip(":")) is not None
    # (each of these two searched once per heading, for the three tests below that ask)
    skip_words = SKIP_HEADINGS.search(heading) is not None or \
        NO_DUTY_HEADING.match(heading) is not None
    duty_words = skip_words and DUTY_HEADINGS.search(heading) is not None
    ctx.skip = skip_words and not duty_words and not titled
    if level < 9:  # (a lead-in below such a heading keeps to what the section is about)
        ctx.intro = INTRO_HEADING.match(heading) is not None
        explaining = EXPLAINING_HEADING.search(heading) if ctx.skip else None
        ctx.explains = "" if explaining is None else \
            "generic" if explaining.group("what") else "all"
    if ctx.owner and level <= ctx.owner_level and len(roles) != 1:
        ctx.owner, ctx.owner_level = [], 0
        ctx.roles, ctx.active = [], False
        ctx.orphan = not roles  # a sibling of role sections that names no role
    elif ctx.owner and level > ctx.owner_level and not roles:
        ctx.roles, ctx.active = list(ctx.owner), True
    first = heading.split()[0].lower() if heading.split() else ""
    # (a gerund, not a verb that ends so: "RING - Ring Steward")
    if first.endswith("ing") and verb_lemma(first) not in (None, first) and \
            not heading.endswith(":") and \
            actor_name(heading.strip()) is None:
        # "Building a support team": about the team, not its duties ("Learning
        # Technologist", a title, is a role)
        roles = []
    if not condition:  # (the steps after a condition stay in the section above)
        ctx.section = heading.rstrip(":").strip()
    overlap = bool(OVERLAP_WORDS.search(heading))
    if overlap and DUTY_HEADINGS.search(heading):
        ctx.roles = roles if len(roles) >= 2 else top_roles
        ctx.active = True
        return
    if skip_words and not duty_words and not titled:
        ctx.active = False
        ctx.roles = []
        return
    if len(roles) == 1:
        ctx.roles = roles
        ctx.active = True
        if level < 9 and not (ctx.owner == roles and ctx.owner_level == 0):
            ctx.owner, ctx.owner_level = list(roles), level
    elif len(roles) >= 2:
        ctx.roles = []
        ctx.active = False
    elif skip_words:
        ctx.active = False
    # A heading naming no role is a subsection: it keeps the roles it sits under.


STRONG_ROW_LABELS = re.compile(r"\b(responsib\w*|duties|tasks)\b", re.IGNORECASE)
RESTATING_ROW_LABELS = re.compile(r"\b(primary role|primary goal|summary|overview)\b",
                                  re.IGNORECASE)


# The duty columns of the tables of the document being read (one document at a time).
_DUTY_COLUMNS: list[tuple[Document, dict[tuple[str, ...], list[int]]]] = []


def _role_row_duties(block: Block, doc: Document) -> list[int]:
    """The columns of duties in a table with one row per role whose other columns are
    situations or phases ("Crew position | Fire | Abandon ship", "Role | Before | During"):
    the columns most of whose cells start with a verb. Worked out once per table."""
    if not block.header or not ROLE_ROW_HEAD.match(block.header[0]):
        return []
    if not _DUTY_COLUMNS or _DUTY_COLUMNS[0][0] is not doc:
        _DUTY_COLUMNS[:] = [(doc, {})]
    known = _DUTY_COLUMNS[0][1]
    if block.header not in known:
        rows = doc.rows_of(block.header)
        cols = []
        for c in range(1, len(block.header)):
            if PERSON_HEADS.search(HEAD_PERIOD.sub("", block.header[c])):
                continue
            cells = [r.cells[c] for r in rows if c < len(r.cells) and
                     re.search(r"[A-Za-z]{2}", r.cells[c])]
            duties = [x for x in cells if _verb_first(x.lstrip("-•* ")) and len(x.split()) >= 2]
            if len(cells) >= 2 and len(duties) * 2 > len(cells):
                cols.append(c)
        known[block.header] = cols
    return known[block.header]


def _table_row(block: Block, doc: Document, catalog: RoleCatalog) -> list[Claim]:
    """Duties from a comparison table: one column per role (rows labelled as duties; when
    the table has a Responsibilities row, only such rows), or one row per role (columns
    labelled as duties, or columns of situations whose cells state duties)."""
    label = block.cells[0] if block.cells else ""
    # (a table of areas of work names no role in its rows: "Recruitment" under "Area";
    # "Warehouse Manager" under "Area" is a post's title all the same, "Customer Support"
    # an area)
    words = label.split()
    areas = bool(block.header) and AREA_HEAD.match(block.header[0]) is not None and \
        not (words and words[-1].title() in ROLE_NOUNS and
             words[-1].title() not in ("Support", "Desk"))
    row_role = catalog.keys_in(label, doc.name) if len(words) <= 6 and not areas else []
    held = next((c for c, h in enumerate(block.header) if c and FUNCTION_HEAD.match(h)), None)
    if held is not None and held < len(block.cells) and len(block.cells[held].split()) <= 8:
        # "Role in 8D | Name | Function | Responsibility": the function is whose the row's
        # duties are, the first column's "Member" or "Champion" the part played in a team
        named = catalog.keys_in(block.cells[held], doc.name)
        row_role = named[:1] if named else row_role
    lettered = lettered_columns(block.header)
    if len(row_role) == 1 and lettered:
        # "Role | Responsible for | Accountable for | Consulted on": each column says with
        # which letter the row's role holds the duties its cell lists
        claims = []
        for col, m in lettered.items():
            word = m.group("word").lower()
            kind = "A" if word.startswith(("accountable", "approv")) else \
                "C" if word.startswith("consulted") else \
                "I" if word.endswith("informed") else "R"
            cell = block.cells[col] if col < len(block.cells) else ""
            for part in re.split(r";\s*|\n", cell):
                for name in activity_names(part.strip(" -•*")) if part.strip() else []:
                    claims.append(Claim(row_role[0], name, kind, kind == "A", doc.name,
                                        block.location, f"{label}: {part.strip()}"[:300],
                                        f"table column '{block.header[col]}'"))
        return claims
    duty_cols = [c for c, h in enumerate(block.header) if c and ROW_LABELS.search(h)] or \
        _role_row_duties(block, doc)
    if len(row_role) == 1 and duty_cols:
        claims = []
        for col in duty_cols:
            if col < len(block.cells):
                claims += _cell_claims(block, col, row_role[0], doc,
                                       f"table column '{block.header[col]}'", catalog)
        return claims
    if not ROW_LABELS.search(label) and not _duty_cells(block, doc, catalog):
        return []
    siblings = [b.cells[0] for b in doc.rows_of(block.header) if b.cells]
    if RESTATING_ROW_LABELS.search(label) and any(STRONG_ROW_LABELS.search(s)
                                                  for s in siblings):
        return []  # "Primary role" restates the Responsibilities row
    claims = []
    for col, head in enumerate(block.header):
        if col == 0 or col >= len(block.cells):
            continue
        roles = catalog.keys_in(head, doc.name)
        if len(roles) != 1:
            continue
        claims += _cell_claims(block, col, roles[0], doc, f"table row '{label}'", catalog)
    return claims


# A column head that is a verb in the third person, with its particle ("Looks after",
# "Arranges", "Signs off"): the cells under it name what the row's role does that to
_HEAD_VERB = re.compile(r"^\s*(?P<verb>[A-Za-z]{3,}s)(?:\s+(?P<particle>after|for|up|off|"
                        r"out|over|on))?\s*:?\s*$")


def _head_verb(head: str) -> str | None:
    """The verb a duty column's head says ("Looks after" -> "Look after"), or None."""
    m = _HEAD_VERB.match(head)
    if not m or NOT_DUTY_ROWS.search(head):
        return None
    word = m.group("verb").lower()
    lemma = verb_lemma(word)
    if not lemma or lemma == word or lemma in PURE_OWNERSHIP_VERBS:
        return None
    return " ".join([lemma.capitalize(), *([m.group("particle")] if m.group("particle") else [])])


def _head_verb_name(verb: str, cell: str) -> str:
    """The name of a duty in a cell under a verb head: the things it lists whole, after
    the head's verb ("Tour budget, hotels" -> "Look after tour budget, hotels"); a cell that
    says its own verb ("signs off the book"), or a long one, named as any sentence."""
    words = _BRACKETED.sub("", cell).strip(" .;,").split()
    if not words or len(words) > 14 or is_third_person_verb(words[0].lower()) and \
            not words[0].endswith(",") and \
            (len(words) < 2 or words[1].lower() not in ("and", "or", "&")):
        return activity_name(cell)  # (but "Parts and scores" are things)
    plain = " ".join(words)
    return f"{verb} " + (plain[:1].lower() + plain[1:] if plain[1:2].islower() else plain)


# The head of a column of the post each row's person holds, beside a first column of the
# part they play ("Role in the team | Name | Function | Responsibilities")
FUNCTION_HEAD = re.compile(r"^\W*(?:function|job (?:title|role)|position|post|(?:job|role) "
                           r"title|department)\W*$", re.IGNORECASE)


NOT_DUTY_ROWS = re.compile(r"\b(?:reports? to|skills?|salary|pay|qualifications?|experience|"
                           r"education|tools?|location|contact|email|phone|name|grade|"
                           r"title|level|hours)\b", re.IGNORECASE)


def _duty_cells(block: Block, doc: Document, catalog: RoleCatalog) -> bool:
    """A row of a table with one column per role whose label is no duty label ("Before
    the trip", "During the trip") but whose cells state duties ("Books the coaches"): most
    cells under a role start with a verb. Rows such as "Reports to" or "Skills" never."""
    label = block.cells[0] if block.cells else ""
    if NOT_DUTY_ROWS.search(label):
        return False
    cells = [block.cells[c] for c in range(1, min(len(block.cells), len(block.header)))
             if len(catalog.keys_in(block.header[c], doc.name)) == 1 and block.cells[c]]
    verb_first = [c for c in cells if _verb_first(c.lstrip("-•* ")) and len(c.split()) >= 2]
    return len(cells) >= 2 and len(verb_first) * 2 > len(cells)


_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _cell_claims(block: Block, col: int, role: str, doc: Document, where: str,
                 catalog: RoleCatalog) -> list[Claim]:
    """The duties one table cell lists for a role, with the parties each names (C or I:
    "reports progress to the Sponsor")."""
    claims = []
    cell = block.cells[col]
    sentences = split_sentences(cell) if len(cell) <= MAX_SENTENCE else [cell]
    if len(sentences) < 2 or not all(_verb_first(s) for s in sentences[1:]):
        # "Hosts the servers. Converts the file.", "Overall in charge. Decides on ...":
        # each on its own, when every sentence after the first starts with its verb
        sentences = [cell]
    # (a remark in brackets lists no duties: "(extra time, readers, scribes)")
    bare = [_BRACKETED.sub("", s) for s in sentences]
    # ("Signs the prize list and sends it to the Show Office": the list sent)
    phrases = _with_referents([p for s in bare for p in _verb_series(s) or _split_phrases(s)])
    for phrase in phrases:
        name = activity_name(phrase)
        if name and not _is_trait(phrase):
            claims.append(Claim(role, name, "R", False, doc.name, block.location,
                                cell[:300], where))
            claims += _parties(phrase, [role], name, doc, block.location, cell, where,
                               catalog)
    return claims


# ("re-run the CIP": a verb with a prefix and a hyphen is one verb)
GENERAL_VERB = re.compile(r"(?P<verb>[a-z]+(?:-[a-z]+)?)\s+"
                          r"(?P<object>(?:[^.;]|(?<=\d)\.(?=\d)){1,400})", re.IGNORECASE)
MAX_SENTENCE = 400
# What "get" obtains as a duty ("gets three quotes", "get the licence from the council"),
# not what it receives or becomes ("gets paid", "gets a copy", "gets told")
_OBTAINED = re.compile(r"(?:the\s+|a\s+|an\s+|two\s+|three\s+|written\s+|signed\s+)*"
                       r"(?:[\w-]+\s+){0,2}(?:quotes?|quotations?|estimates?|licen[cs]es?|"
                       r"permits?|permission|approval|sign-?off|consent|references?|"
                       r"insurance|funding|keys?|tenders?|bids?)"
                       # (the head of its phrase: "gets approval letters", "gets funding
                       # updates" receive what is named after it)
                       r"(?!\s+(?!(?:from|for|to|of|on|in|at|by|before|after|within|when|"
                       r"and|or|so|each|every|if|once|until|with)\b)[a-z])\b", re.IGNORECASE)
# What "have" or "get" has done by others, or brings in, as a duty: "has the green cut by
# Friday", "gets the hall booked", "get the extra chairs in", "gets the posters up": a
# thing after a determiner, then a past participle or a particle ending the phrase
_HAD_THING = re.compile(r"(?:the|a|an|all|every|each|our|their|its|his|her|some|any|extra|"
                        r"new|enough|\d+)\s", re.IGNORECASE)
# (not "by" after it: "gets the statement approved by the Duty Manager" is that party's
# approval of the statement, read as such)
_HAD_END = re.compile(r"\s*$|\s*[,;.]|\s+(?:and|or|before|after|on|for|from|at|in|"
                      r"within|so|once|with|ready)\b", re.IGNORECASE)
_HAD_PARTICLES = frozenset({"in", "out", "up", "back", "down", "round", "ready", "sorted"})
# Past participles not made with "-ed" that a thing is had done with
_DONE_IRREGULAR = frozenset({"cut", "set", "put", "done", "sent", "made", "paid", "built",
                             "written", "taken", "swept", "mown", "shut"})


def _had_done(obj: str) -> bool:
    """Whether what follows "have" or "get" is a thing had done or brought in ("the green
    cut, rolled and marked out", "the extra barrels in"), a duty, not what is held or
    received ("the final say", "a copy")."""
    if not _HAD_THING.match(obj):
        return False
    for n, m in enumerate(re.finditer(r"[a-z]+", obj[:80], re.IGNORECASE)):
        done = m.group().lower()
        if n == 0 or not _HAD_END.match(obj, m.end()):
            if n > 6 or done in ("which", "who", "that", "to", "of", "when", "where", "if",
                                 "by"):
                return False
            continue
        lemma = verb_lemma(done)
        if done in _HAD_PARTICLES or done in _DONE_IRREGULAR or \
                done.endswith("ed") and lemma is not None and lemma != done and \
                lemma not in STATIVE_PARTICIPLES:
            return True
    return False


# "goes through the questions with the client", "looks for damage": going over them, looking
# for it is the duty; "gets the form signed": having it done is
_GONE_THROUGH_OR_HAD_DONE = re.compile(
    r"(?:go\s+through|look\s+(?:for|over)|"
    r"get\s+(?:the|a|an|each|every|all|any|their|its)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:signed|countersigned|checked|approved|done|fixed|repaired|serviced|printed)"
    # (not "by" after it: "gets it approved by the Warden" is the Warden's approval)
    r"(?!\s+by\b))"
    r"(?:\s+(?:the|a|an|each|every|all|any|their|its|his|her)\s|\b)", re.IGNORECASE)
NON_DUTY_VERBS = {"be", "have", "need", "like", "want", "know", "seem", "tend", "come", "go",
                  "possess", "understand", "mean", "become", "remain", "feel", "look", "get",
                  "say", "think", "believe", "may", "can", "will", "must", "should",
                  "play", "require", "similarly"}
PREDICATE_PREFIX = Folded(re.compile(
    r"^\s*(?:(?:has|have) to|needs? to|(?:has|have|is given|are given) (?:one|two|three|four|"
    r"five|a|an|\d{1,3}) (?:working )?(?:hours?|days?|weeks?|months?) to|"
    r"(?:is|are) (?:also )?(?:able|expected|required) to|"
    r"(?:has|have) the (?:authority|power|right) to|(?:is|are) tasked with|tasked with|"
    r"takes? on the role of|takes? part in|participates? in|(?:is|are) involved in|"
    r"takes? (?:full |overall )?(?:ownership of|responsibility for)|"
    # ("takes care of the accident book": the book is the duty)
    r"takes? (?:good )?care of(?!\s+(?:the\s+|our\s+|their\s+|all\s+)?(?:patients?|children|"
    r"residents?|people|clients?|guests?|visitors?|members?|pupils?|students?|customers?|"
    r"staff|animals?|babies|baby|elderly|sick|injured|themselves|them|him|her)\b)|"
    r"(?:has|have|holds?|bears?) (?:the )?(?:full |overall |primary |day-to-day |ultimate |"
    r"final )?(?:responsibility|accountability) for|"
    r"(?:is|are)(?= the (?:main |first |single |key )?(?:point of )?contact (?:for|person))|"
    r"(?:serves?|acts?) as (?:the |an? )?(?:owner|lead|head|point of contact) (?:of|for)|"
    r"(?:is|are) (?:a|an|the) [^,.;]{0,80}?(?=\s+(?:responsible for|tasked with|in charge of|"
    r"accountable for)\b)|"
    r"plays? an? (?:\w+ ){0,2}role in|serves? as|acts? as|involves?|includes?|entails?|"
    r"(?:is|are) (?:also )?(?:to|about)|"
    r"(?:will|can|may|must|should|shall)(?: also| always| solely| ultimately| jointly)? be "
    r"(?:responsible|accountable) for|"
    r"(?:will|can|may|must|should|shall)(?: also)?(?= [a-z]+ing\b| [a-z]+(?:-[a-z]+)? (?!be\b))|"
    # (but "helps visitors find their way": whom it helps, then what they do)
    r"helps?(?: to)?(?!\s+(?:the|a|an|our|their|its|them|him|her|us|you)\s)"
    r"(?!\s+[a-z]+s\s+[a-z]+\s)|"
    r"(?:is|are) (?:also |jointly |together |both |ultimately |always |solely |primarily |"
    r"directly |personally |collectively |fully |mainly |chiefly |usually |generally |"
    r"normally |typically |equally )?(?:in charge of|responsible for|accountable for))\s+",
    re.IGNORECASE,
))
AUTHORITY = re.compile(r"\b(?:authority|power|right|in charge|responsible|accountable|"
                       r"final|owner|head)\b", re.IGNORECASE)
REFERENCE = re.compile(
    r"^\s*(?:he or she|she or he|he/she|she/he|s/he|"
    r"it(?=\s+(?:also\s+)?(?!is\b|was\b|has\b|does\b|seems\b|means\b|applies\b|covers\b|"
    r"includes\b|contains\b|takes\b|needs\b|should be\b|will be\b|must be\b|can be\b|may\b|"
    r"might\b|"
    # what a body achieves, not what it does: "It plays a central role", "It enhances ..."
    r"plays\b|enhances\b|strengthens\b|supports\b|helps\b|improves\b|ensures\b|promotes\b|"
    r"fosters\b|provides\b|contributes\b|drives\b|enables\b|brings\b|offers\b|serves\b|"
    r"allows\b|gives\b|makes\b|creates\b|reduces\b|increases\b)[a-z]+s\b)|"
    r"they|he|she|you(?=(?:'ll| will| are (?:also )?(?:responsible|accountable|"
    r"in charge)))|this (?:role|person|position|team|group|committee)|the role(?! ?holder)|"
    r"the (?:successful |ideal |right )?(?:candidate|post ?holder|job ?holder|role ?holder|"
    r"incumbent|appointee)|"
    r"this (?:also )?(?:includes?|involves?|means)|that (?:includes?|involves?)|"
    r"(?:their|his|her|its) (?:main |key |primary )?(?:responsibilit(?:y|ies)|duties|"
    r"tasks?|role)(?: (?:includes?|involves?|(?:is|are)(?: to)?))?)\s+"
    r"(?:also\s+|often\s+|usually\s+)?",
    re.IGNORECASE,
)


# "...on day 5; Priya sends her the pack": a clause after a semicolon with a subject and
# a verb of its own is a sentence of its own.
CLAUSE_WITH_SUBJECT = re.compile(  # (";" first, so it is searched for as a literal)
    r";(?<=\w;)\s+(?=(?:(?:the|our|their|your)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    # ("...; our Treasurer, Joe, will chase ...": the person who holds it named between commas)
    rf"(?:,\s+{GIVEN_NAME}(?:\s+{SURNAME})?,)?\s+"
    r"(?:(?:then|also|now|usually|immediately|in turn)\s+)?(?:[a-z]{2,}s|will|must|shall|"
    r"should|can|is|are|has|have)\b|you\s+[a-z]+\s|"
    # "...; AO to provide costings": an action of its own
    r"[A-Z][\w'’-]*(?:\s*/\s*[A-Z][\w'’-]*)?\s+to\s+[a-z]+\s)")


# The end of a sentence: a full stop, "!" or "?" and a space, but not after a title or an
# abbreviation ("Prof. Leon Marsh", "Dr. Ama Boateng", "e.g. the logs", "St. Mary's")
# (the stop tested first: the other tests, each a look back at every place of the text,
# then run only after a stop, ten times faster over a block, with the same matches)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])"
                            r"(?<!\bProf\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)"
                            r"(?<!\bSt\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\bNo\.)"
                            # (a telephone extension: "ext. 2207", "Tel. 0300 ...")
                            r"(?<!\bext\.)(?<!\bExt\.)(?<!\btel\.)(?<!\bTel\.)\s+")


# "Home Captain inspects the pitch → Groundsman advises on it → ...": a line of steps
# joined by arrows, each with a subject and a verb of its own, is a sentence per step
# (read from the start of the spaces before an arrow only: tried from each space of a
# long run, the run was read again from each)
ARROW_STEP = re.compile(r"(?<!\s)\s+(?:->|-->|→|⟶|=>)\s+(?=(?:the\s+)?[A-Z][\w'’-]*"
                        r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:[a-z]{2,}s|will|must)\b)")


def split_sentences(text: str) -> list[str]:
    """Sentences of a block, each at most MAX_SENTENCE characters: a longer run of text
    is cut at clause boundaries (or spaces), so every pattern runs on bounded input."""
    out: list[str] = []
    if ">" in text or "→" in text or "⟶" in text:
        text = ARROW_STEP.sub(". ", text)
    for sentence in (clause for whole in SENTENCE_BREAK.split(text)
                     for clause in CLAUSE_WITH_SUBJECT.split(whole)):
        while len(sentence) > MAX_SENTENCE:
            window = sentence[:MAX_SENTENCE]
            cut = max(window.rfind(", "), window.rfind("; "), window.rfind(" and "))
            if cut < MAX_SENTENCE // 4:
                cut = window.rfind(" ")
            if cut <= 0:
                cut = MAX_SENTENCE
            out.append(sentence[:cut])
            sentence = sentence[cut:].lstrip(" ,;")
        if out:
            # "... chair each meeting. 3.2 The Secretary shall ...": a clause's number
            # inside a paragraph of numbered clauses (the block's first is taken off
            # where the block is read)
            sentence = without_clause_number(sentence)
        out.append(sentence)
    return out
FIRST_MODAL = re.compile(r"\s(?:shall|must|will|should)\s+(?=[a-z])", re.IGNORECASE)
REPEATED_MODAL = re.compile(r"\s*,\s*(?:and\s+)?(?=(?:shall|must|will|should)\s)|"
                            r"\s+and\s+(?=(?:shall|must|will|should)\s)", re.IGNORECASE)


_PERSON_SUBJECT = re.compile(r"\s*(?:[Hh]e|[Ss]he|[Tt]hey)\s*$")


def _modal_predicates(sentence: str) -> list[str]:
    """A subject with several predicates, each with its own modal ("The owner shall
    approve requests, shall be consulted on exceptions and shall be informed of ...")
    read as one sentence per predicate, the subject repeated."""
    first = FIRST_MODAL.search(sentence)
    if first is None or len(sentence[:first.start()].split()) > 8 or (
            subject_actor(sentence) is None and
            # ("He will book the van and will collect the keys": the person just named)
            _PERSON_SUBJECT.match(sentence[:first.start()]) is None):
        return [sentence]
    subject = sentence[:first.start()].strip()
    parts = [p.strip(" ,;.") for p in REPEATED_MODAL.split(sentence[first.start():])]
    if len(parts) < 2:
        return [sentence]
    return [f"{subject} {part}." for part in parts if part]


CONSULT_VERBS = ("review", "reviews", "advise", "advises", "consult", "consults")
ADVISED_PEOPLE = re.compile(r"^(?:the\s+|all\s+|our\s+|other\s+)?(?P<who>[\w-]+(?:\s+[\w-]+){0,3}?)"
                            r"\s+(?:on|about|how)\b", re.IGNORECASE)
PRONOUN = REFERENCE
# A pronoun that stands for a person or a group at a sentence's start
PERSON_PRONOUN = re.compile(r"^\s*(?:he|she|they|he or she|she or he|he/she|s/he)"
                            # (contracted: "He'll agree the allocation ...")
                            r"(?:\s+(?:also\s+)?[a-z]|['’](?:ll|re|d)\s)", re.IGNORECASE)


PARTICIPLE = re.compile(
    r",\s*(?=(?:facilitating|ensuring|removing|providing|managing|driving|coordinating|"
    r"leading|maintaining|tracking|handling|delivering|supporting)\b)",
    re.IGNORECASE,
)


def _participles(obj: str, key: str, block: Block, doc: Document, section: str,
                 sentence: str) -> list[Claim]:
    """Further duties of the same subject in trailing clauses (", facilitating sprints and ...")."""
    parts = PARTICIPLE.split(obj)
    claims = []
    for part in parts[1:]:
        for phrase in re.split(r"\s+and\s+(?=\w+ing\b)", part):
            if ELABORATION.match(phrase):
                continue
            stated = re.sub(r"^ensuring\s+(?:that\s+)?", "", phrase.strip(), flags=re.I)
            # ("ensuring resources are used well": a state to keep, named with its verb)
            phrase = f"ensure {stated}" if stated != phrase.strip() and re.search(
                r"\b(?:is|are|was|were|be|been|has|have)\b", stated) else stated
            name = activity_name(phrase)
            if name and not _is_trait(phrase):
                claims.append(Claim(key, name, "R", False, doc.name, block.location,
                                    sentence[:300], section))
    return claims


ADVICE = re.compile(
    r"\bhire (?:a|an|the)\s+(?P<role1>[^.;]{1,60}?)\s+to\s+(?P<object1>[^.;]+)|"
    r"\b(?:a|an|the)\s+(?P<role2>[^,.;]{1,60}?)\s+(?:is|are) (?:ideal|crucial|essential|key|"
    r"well placed) (?:for|to)\s+(?P<object2>[^.;]+)|"
    r"\b(?:a|an|the)\s+(?P<role3>[^,.;]{1,60}?)\s+will help(?: to)?\s+(?P<object3>[^.;]+)|"
    r"\b(?:a|an|the)\s+(?P<role4>[^,.;()]{1,60}?)\s+who\s+(?:can|will)\s+(?P<object4>[^.;]+)",
    re.IGNORECASE,
)
ADVICE_WORDS = re.compile(r"\b(?:hire|ideal|crucial|essential|key|well placed|will help|"
                          r"who can|who will)\b", re.IGNORECASE)


def _advice(sentence: str, block: Block, doc: Document, catalog: RoleCatalog,
            section: str) -> list[Claim]:
    """Duties stated as advice: "hire a TPM to ...", "a PM is ideal for ...", "... will help",
    "a PM who can handle ..."."""
    claims: list[Claim] = []
    if not _holds(sentence, "hire", "ideal", "crucial", "essential", "key", "well placed",
                  "will help", "who can", "who will") or not ADVICE_WORDS.search(sentence):
        return claims  # (every match holds one of the words)
    for m in ADVICE.finditer(sentence):
        role_text = next((m.group(f"role{i}") for i in range(1, 5) if m.group(f"role{i}")), "")
        obj = next((m.group(f"object{i}") for i in range(1, 5) if m.group(f"object{i}")), "")
        keys = catalog.keys_in(role_text, doc.name)
        if len(keys) != 1 or len(role_text.split()) > 5:
            continue
        obj = re.sub(r"^(?:help\s+|handle\s+)", "", obj.strip(), flags=re.IGNORECASE)
        obj = _without_trailing_clause(obj)
        phrases = _split_phrases(obj) if "," in obj else re.split(r"\s+and\s+(?=[a-z]+\s)",
                                                                   obj)
        for phrase in phrases:
            name = activity_name(phrase)
            if name and not _is_trait(phrase):
                claims.append(Claim(keys[0], name, "R", False, doc.name, block.location,
                                    sentence[:300], section))
    return claims


# A comma that is no thousands' separator ("up to £2,000" is one amount)
_THOUSANDS_COMMA_FREE = re.compile(r",(?!\d{3}(?!\d))")
E_MAIL = re.compile(r"\b([Ee])-mail(?=s\b|ed\b|ing\b|\b)")
# ", and you will mentor ...", "; you must also ...": a second clause of the reader's
SECOND_YOU = re.compile(r"(?:,\s*|;\s*|\s+)(?:and|but)?\s*\byou\s+(?=(?:will|must|should|shall|"
                        r"also|then)\s+[a-z])", re.IGNORECASE)
CONTRACTION = re.compile(r"\b(you|they|we|he|she|I)['’](ll|re)\b", re.IGNORECASE)
# (also after the name of the one addressed: "Tom, as Publicity Officer you are ...")
AS_THE_ROLE = re.compile(r"^\s*(?:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?\s*(?:,|\s[–—-])\s*)?"
                         r"as (?:(?:a|an|the|our)\s+)?(?P<who>[^,]{2,60}?),?\s*you\s+",
                         re.IGNORECASE)
# "You brief the team", "you must tell the manager": the reader does it
YOU_SUBJECT = re.compile(r"^\s*you\s+(?:(?:will|must|should|shall|can|also|then|first|always)"
                         r"\s+)*+(?:(?:are|be)\s+(?:also\s+)?(?:responsible|accountable|"
                         r"in charge)\b|(?!(?:need|have|like|love|want|know|enjoy|thrive|bring|"
                         r"are|were|be|may|might|could|would|get|see|find|learn|read|discover|"
                         r"understand|notice|hear|imagine|think|consider|feel|remember|expect|"
                         r"can't|cannot)\b)(?=[a-z]+[\s,]))", re.IGNORECASE)
# "This handbook is for the Duty Manager", "As Duty Manager you ...": whom "you" means
ADDRESSED_TO = re.compile((
    r"\b(?:this|the)\s+(?:handbook|guide|page|document|runbook|checklist|manual|procedure|"
    r"playbook|pack|section|sop|rota|brief(?:ing)?)\s+is\s+(?:written\s+|meant\s+|intended\s+)?"
    r"for\s+(?:the\s+|a\s+|an\s+|new\s+|all\s+|every\s+|each\s+)?(?P<who>[^.,;:()]{2,60})|"
    # "These rules apply to every user": the rules' reader
    r"\b(?:these|the|this)\s+(?:rules|instructions|guidelines|procedures?|steps|checklist|"
    r"conditions)\s+(?:apply|applies)\s+to\s+(?:every|all|each|any)\s+(?P<to>[^.,;:()]{2,40})|"
    r"\bas\s+(?:(?:the|a|an|our)\s+)?(?P<as>[^.,;:()]{2,50}?),?\s+you(?:['’](?:ll|re|d))?\s|"
    # '"You" below means the ride marshal of a group': a gloss of the reader, in quotes
    ) + YOU_GLOSS_OPENING + (r"(?P<means>[^.,;:()]{2,60})|"
    # "You are the seller (the exporter).": the reader says which role it is, the whole of
    # what follows "the" being the role
    r"(?:^|[.!?]\s+)you\s+are\s+(?:the|a|an|our)\s+(?P<are>[^.,;:()!?]{2,40}?)\s*(?=[.,;:(]|$)|"
    # "You, the organiser" (a list of who is involved): the whole of the text
    r"^\s*you(?:,\s*|\s+\(\s*)the\s+(?P<apposed>[^.,;:()!?]{1,39}?[^.,;:()!?\s])\s*(?:\)\s*)?(?::\s*)?$|"
    # "When a finder rings, you (the Hotline Volunteer) are the first ...": the reader
    # named in brackets after "you" within a sentence
    r"\byou\s+\(\s*the\s+(?P<paren>[^.,;:()!?]{1,39}?[^.,;:()!?\s])\s*\)\s+(?:are|will|must|"
    r"should|[a-z]+)\b"),
    re.IGNORECASE)
# "You, the organiser" as a term of a list of who is involved (a heading in a web page's
# list of terms)
YOU_THE = re.compile(r"^\s*you(?:,\s*|\s+\(\s*)the\s", re.IGNORECASE)
# What every match of ADDRESSED_TO holds (in lower case): the kind of page, "appl" of
# "apply", or "you" (a new alternative needs its piece here)
ADDRESSED_TO_PIECES = ("handbook", "guide", "page", "document", "runbook", "checklist", "manual",
                       "procedure", "playbook", "pack", "section", "sop", "rota", "brief",
                       "appl", "you")
READER: ContextVar[str | None] = ContextVar("READER", default=None)
# The post a page is about (its reader, else the role its title is): whom "you" means
# when another party tells "you" something ("... and report what they find to you")
POST: ContextVar[str | None] = ContextVar("POST", default=None)
# The parties of the document being read, when it names two or more (a court order's
# Claimant and Defendant, a contract's Supplier and Customer), in the order it names them
PARTIES: ContextVar[tuple[str, ...]] = ContextVar("PARTIES", default=())
# What a party is called in an order, a contract or an agreement
PARTY_WORDS = {"claimant", "defendant", "applicant", "respondent", "appellant", "petitioner",
               "buyer", "seller", "supplier", "customer", "landlord", "tenant", "licensor",
               "licensee", "lender", "borrower", "purchaser", "vendor", "lessor", "lessee",
               "employer", "contractor", "client", "provider", "recipient", "discloser",
               "grantor", "grantee", "assignor", "assignee", "guarantor", "partner"}
# "Each party shall ...", "The parties shall ...", "Both parties must ...": every party
EVERY_PARTY = re.compile(r"^(?P<lead>\W*)(?:each|either|both(?:\s+of\s+the)?|the|all(?:\s+the)?)"
                         r"\s+part(?:y|ies)\s+(?=(?P<modal>shall|must|will|should|are\s+to|"
                         r"is\s+to)\s+[a-z]|(?P<verb>[a-z]+)\s)", re.IGNORECASE)
# "The Claimants shall file ..., and the Defendant shall do the same": the second party
# does the first one's duty too
DOES_THE_SAME = re.compile(
    r"^(?P<first>\W*(?:the\s+)?[A-Z][\w'’ -]{1,60}?)\s+(?P<modal>shall|must|will|should)\s+"
    r"(?P<what>[a-z].{3,400}?),?\s+and\s+(?P<second>(?:the\s+)?[A-Z][\w'’ -]{1,60}?)\s+"
    r"(?:shall|must|will|should)\s+(?:also\s+)?do\s+(?:the\s+same|likewise|so)\b(?P<rest>.*)$")


def _named_parties(doc: Document, catalog: RoleCatalog) -> tuple[str, ...]:
    """The roles the document names that are parties (see ``PARTY_WORDS``), in the order
    it first names them, when it names two or more; else ()."""
    text = doc.text().lower()
    named: list[tuple[int, str]] = []
    for role in catalog.roles.values():
        words = role.name.lower().split()
        if not words or singular(words[-1]) not in PARTY_WORDS or "'" in role.name or \
                "’" in role.name:
            continue  # ("the Defendant's Employer" is a party's, no party)
        at = min((i for alias in role.aliases if (i := text.find(alias.lower())) >= 0),
                 default=-1)
        if at >= 0:
            named.append((at, role.name))
    return tuple(name for _at, name in sorted(named)) if len(named) >= 2 else ()


# "We check the form", "When the work is done, we close the job": "we" as the subject
_WE_SUBJECT = re.compile(r"(?:^|(?<=,\s))(?P<we>[Ww]e)\s+(?P<verb>[a-z]+)\b")
# "Send us the invoice", "tell us", "report it to us": "us" as an object
_US_OBJECT = re.compile(r"(?<=[a-z,] )us\b")
_YOU_OBJECT = re.compile(r"(?<=[a-z] )(?P<you>you)\b(?!\s+(?:can|may|will|must|are|have|"
                         r"need|should|do|did|'ve|’ve)\b)")


def _as_written(activity: str, we: str, you: str | None) -> str:
    """A duty's name read from a sentence whose "we", "us" and "you" were named, with the
    page's own words back ("Tell the Forwarder about ..." -> "Tell us about ...")."""
    activity = re.sub(rf"\bthe {re.escape(we)}\b", "us", activity, flags=re.IGNORECASE)
    if you is not None:
        activity = re.sub(rf"\bthe {re.escape(you)}\b", "you", activity, flags=re.IGNORECASE)
    return activity


def _we_as_role(sentence: str, catalog: RoleCatalog, document: str,
                reader: str | None) -> tuple[str, str, str | None] | None:
    """A sentence of a page whose "we" the page says is one role ('"we" means ..., acting
    as your forwarder', "ours (the Programme Chairs)") read with that role named: "We
    check the form" -> "The Forwarder checks the form", with what "we" do to "you" done to
    the page's reader; "Send us the invoice" -> "Send the Forwarder the invoice"."""
    found = catalog.find("We", document)
    if len(found) != 1:
        return None
    name = catalog.roles[found[0][0]].name
    them = catalog.roles[reader].name if reader is not None and reader in catalog.roles \
        else None
    said = sentence
    subject = _WE_SUBJECT.search(sentence)
    if subject is not None and subject.group("verb") not in ("are", "were", "have", "had",
                                                            "may", "might", "can", "could"):
        head = "The" if subject.start() == 0 else "the"
        rest = sentence[subject.end():]
        if them is not None:
            rest = _YOU_OBJECT.sub(f"the {them}", rest)
        said = f"{sentence[:subject.start()]}{head} {name} " \
            f"{agreeing(subject.group('verb'))}{rest}"
    said = _US_OBJECT.sub(f"the {name}", said)
    return said, name, them


# "report what they find to you", "tell you", "keep you informed": "you" told something
# (not "up to you", nor "you" as the subject of what follows: "tell you can ...")
_TOLD_YOU = re.compile(
    r"(?<!\bup )(?<!\bnext )(?<!\bclose )(?<!\bdue )\b(?:to|tells?|telling|informs?|"
    r"informing|notif(?:y|ies|ying)|sends?|sending|lets?|letting|keeps?|keeping|cop(?:y|ies)|"
    r"copying|alerts?|alerting|updates?|updating|e-?mails?|e-?mailing|briefs?|briefing|"
    r"warns?|warning)\s+(?P<you>you)\b(?!\s+(?:can|may|will|must|are|have|need|should|do|"
    r"did|would|could|to)\b|['’])", re.IGNORECASE)


def _told_you(sentence: str, catalog: RoleCatalog, document: str) -> tuple[str, str] | None:
    """A sentence of another role that tells "you" something ("The wardens walk the paths
    and report what they find to you"), on a page about one post (``POST``): the sentence
    with the post named in its place ("... to the Head Groundskeeper") and the post's
    name; None when "you" is anything else in it, no other role does it, or the page
    speaks as "we", a role, to "you", its public."""
    post = POST.get()
    if post is None or post not in catalog.roles:
        return None
    told = list(_TOLD_YOU.finditer(sentence))
    if not told or len(told) != len(re.findall(r"\byou\b", sentence, re.IGNORECASE)) or \
            _WE_WORDS.search(sentence) or len(catalog.find("We", document)) == 1:
        return None  # ("we e-mail you the decision": a service's word to its public)
    lead = _leading_role(sentence, catalog.find(sentence, document))
    if lead is None or lead[0] == post:
        return None
    name = catalog.roles[post].name
    if name.lower() in sentence.lower():
        return None  # (its own name back would be read as "you")
    for m in reversed(told):
        sentence = f"{sentence[:m.start('you')]}the {name}{sentence[m.end('you'):]}"
    return sentence, name


# A role, then the person who holds it between commas: "Our Treasurer, Joe, will ..."
_HOLDER_ASIDE = re.compile(r"^(?P<lead>\s*(?:[Tt]he|[Oo]ur|[Tt]heir|[Yy]our)\s+"
                           r"(?P<role>[A-Z][\w&/-]*(?:\s+(?:of\s+)?[A-Z][\w&/-]*){0,4})),\s+"
                           rf"(?P<person>{PERSON_NAME}),\s+(?=[a-z])")


def _holder_aside(sentence: str, catalog: RoleCatalog, document: str) -> str:
    """"Our Treasurer, Joe, will chase ... and will pay ...": a role's subject with the
    person who holds it between commas, read without the person ("Our Treasurer will
    chase ..."), so each of its predicates is read as any role's; else the sentence."""
    m = _HOLDER_ASIDE.match(sentence)
    if m is None:
        return sentence
    keys = catalog.keys_in(m.group("role"), document)
    if len(keys) != 1 or catalog.keys_in(m.group("person"), document) != keys:
        return sentence
    return f"{m.group('lead')} {sentence[m.end():]}"


# Where a subject works, between it and its verb: "at Central Depot", "at the north gate",
# "in the Main Office"
_SUBJECT_PLACE = re.compile(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|"
                            r"the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}")


def _place_after_subject(sentence: str, catalog: RoleCatalog, document: str) -> str:
    """"Porters at the Riverside site collect ...", "The stewards at the north gate check
    ...": a role's subject, where it works, then its verb in the number the subject takes,
    read without the place ("Porters collect ..."); else the sentence."""
    lead = _leading_role(sentence, catalog.find(sentence[:120], document))
    if lead is None:
        return sentence
    words = sentence[lead[2]:].split(" ")
    if len(words) < 5 or words[0] != "" or words[1] not in ("at", "in"):
        return sentence
    plural = sentence[lead[1]:lead[2]].lower().endswith("s")
    # (the longest place first: "at the north gate check ...", not "at the north")
    for k in range(min(6, len(words) - 2), 2, -1):
        place, verb = " ".join(words[2:k]), words[k]
        if not _SUBJECT_PLACE.fullmatch(place) or not words[k + 1:]:
            continue
        if catalog.find(place, document) or any(
                is_third_person_verb(w) or w in AUXILIARIES for w in place.split()[1:]):
            return sentence  # (a party, or a clause: "at the gate is ...")
        if verb in MODAL_AUXILIARIES or (
                verb_lemma(verb) == verb and "VERB" in word_classes(verb) and
                verb not in AUXILIARIES if plural else is_third_person_verb(verb)):
            return f"{sentence[:lead[2]]} {' '.join(words[k:])}"
    return sentence


def _person_as_role(sentence: str, catalog: RoleCatalog, document: str) -> str:
    """"Sam is the house meeting person: puts the date in the chat ...", "Mr Plant is the
    First Aider and carries the kit": what follows is the role's, read with the role as
    its subject ("The House Meeting Person puts the date ..."); else the sentence."""
    m = PERSON_IS.match(sentence)
    if m is None:
        return sentence
    keys = catalog.keys_in(m.group("role"), document)
    if len(keys) != 1 or catalog.keys_in(m.group("person"), document) not in ([], keys):
        return sentence
    rest = re.sub(r"^\s*(?::|,?\s+and)\s+", "", sentence[m.end():])
    return f"The {catalog.roles[keys[0]].name} {rest}"


# A role's subject, an aside after it, then the present in progress: "Priya is running the
# taster sessions", "Owen (head groundsman) is cutting the greens"
_PROGRESSIVE = re.compile(r"(?P<aside>\s*\([^()]{1,60}\))?\s+(?:is|are)\s+(?:also\s+|now\s+|"
                          r"currently\s+|already\s+)?(?P<verb>[a-z]{2,}ing)\s+(?P<next>\S+)")
# Verbs in progress that say where a person is going or how they are, not work they took on
_PROGRESS_NO_DUTY = {"leave", "retire", "join", "start", "hope", "plan", "wait", "try",
                     "stay", "move", "return", "expect", "use", "make", "do", "take"}


def _progressive_duty(sentence: str, catalog: RoleCatalog, document: str) -> str:
    """"Colin is writing the welcome leaflet", "The Treasurer is booking the coach and will
    ...": a role's work in progress, as a message or a plan gives it out, read as the work
    the role will do ("Colin will write the welcome leaflet"); else the sentence. "is going
    to" is "will"; a passive ("is being checked"), a verb of coming or going ("is leaving")
    and one whose object is no work ("is doing well") are no duty."""
    lead = _leading_role(sentence, catalog.find(sentence[:120], document))
    said = _PRONOUN_PROGRESS.match(sentence) if lead is None else None
    if said is not None:
        # "He's also booking the van and will drive it up": the role just named, as
        # "he will" is read
        lemma = _progress_lemma(said)
        return sentence if lemma is None else \
            f"{said.group('who')} will {sentence[said.end('next'):].lstrip()}" \
            if lemma == "go" else \
            f"{said.group('who')} will {lemma} {sentence[said.start('next'):]}"
    if lead is None:
        return sentence
    m = _PROGRESSIVE.match(sentence, lead[2])
    if m is None:
        return sentence
    lemma = _progress_lemma(m)
    if lemma == "go":
        return f"{sentence[:lead[2]]}{m.group('aside') or ''} will " \
            f"{sentence[m.end('next'):].lstrip()}"
    if lemma is None:
        return sentence
    return f"{sentence[:lead[2]]}{m.group('aside') or ''} will {lemma} " \
        f"{sentence[m.start('next'):]}"


# A pronoun for a person, then the present in progress: "He's also booking the van",
# "She is writing the notice"
_PRONOUN_PROGRESS = re.compile(r"^\s*(?P<who>[Hh]e|[Ss]he|[Tt]hey)(?:['’]s|['’]re|\s+is|\s+are)"
                               r"\s+(?:also\s+|now\s+|currently\s+|already\s+)?"
                               r"(?P<verb>[a-z]{2,}ing)\s+(?P<next>\S+)")


def _progress_lemma(m: re.Match[str]) -> str | None:
    """The verb of a work in progress (its "verb" and "next" groups) as the work taken on:
    "go" for "is going to" (read "will"), None for no work ("is leaving", "is being",
    "is doing well")."""
    verb = m.group("verb").lower()
    lemma = verb_lemma(verb)
    after = m.group("next").lower().strip(",.;")
    if lemma == "go" and after == "to":
        return "go"
    if lemma is None or lemma == verb or lemma in NON_DUTY_VERBS or \
            lemma in _PROGRESS_NO_DUTY or "VERB" not in word_classes(lemma) or \
            after in ("to", "for", "that", "as", "well", "on", "forward"):
        return None
    return lemma


_PLEASE = re.compile(r",?\s+(?:please|pls)\s+(?=[a-z]{3,}\s)", re.IGNORECASE)


def _asked_by_name(sentence: str, catalog: RoleCatalog, document: str) -> str:
    """"Sue please send Alan the list every Monday", "Treasurer, please check the float": a
    role (or a person the message names) asked by name to do a thing, read as the thing
    the role will do ("Sue will send ..."); else the sentence."""
    lead = _leading_role(sentence, catalog.find(sentence[:80], document))
    if lead is None:
        return sentence
    m = _PLEASE.match(sentence, lead[2])
    if m is None:
        return sentence
    verb = sentence[m.end():].split()[0].lower()
    if verb_lemma(verb) != verb or "VERB" not in word_classes(verb) or verb in NON_DUTY_VERBS:
        return sentence
    return f"{sentence[:lead[2]]} will {sentence[m.end():]}"


def _each_party(sentence: str, catalog: RoleCatalog, document: str) -> str:
    """A sentence with "each party" or "the parties" as its subject read with the parties
    named ("The Claimant and the Defendant shall ..."), and one whose second party "shall
    do the same" read with both as its subject."""
    parties = PARTIES.get()
    every = EVERY_PARTY.match(sentence) if parties else None
    verb = every.group("verb") if every is not None and not every.group("modal") else None
    if verb is not None and (verb.lower() in AUXILIARIES | {"might", "could", "would"} or
                             not is_third_person_verb(verb) and not (
                                 verb_lemma(verb) == verb and "VERB" in word_classes(verb))):
        every = None  # "Each party's costs ...", "The parties agreed ...": no duty
    if every is not None:
        return every.group("lead") + " and ".join(f"the {p}" for p in parties) + " " + \
            sentence[every.end():]
    same = DOES_THE_SAME.match(sentence) if " same" in sentence or " likewise" in sentence \
        else None
    if same is not None and len(catalog.keys_in(same.group("first"), document)) == 1 and \
            len(catalog.keys_in(same.group("second"), document)) == 1:
        rest = re.sub(r"^\s*by\s+the\s+same\s+(?:date|time|deadline)\b", "", same.group("rest"))
        return f"{same.group('first')} and {same.group('second')} {same.group('modal')} " \
            f"{same.group('what')}{rest}"
    return sentence
MODAL = re.compile(r"^\s*(?:(?:also|usually|often|typically|then)\s+)?(?:must|should|will|"
                   r"shall|can|needs? to|ha(?:s|ve) to)\s+(?:also\s+|always\s+|usually\s+)?",
                   re.IGNORECASE)
# Another role's word that a step waits for: "... will not display flag D until the
# Safety Officer confirms that the boats are on the water"
GATE = re.compile(r"\b(?i:until|unless|once|after|as soon as)\s+(?i:the\s+|a\s+|an\s+)?"
                  r"(?P<who>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})\s+"
                  r"(?P<verb>confirms|approves|authori[sz]es|agrees|signs off|clears|declares)"
                  r"\b(?P<what>[^.;:]{3,160})")


def _gate_claims(sentence: str, key: str, block: Block, doc: Document, catalog: RoleCatalog,
                 section: str) -> list[Claim]:
    """The confirmation a role's step waits for, as the confirming role's duty (A/R) with
    the waiting role told (I): "The Beach Master will not display flag D until the Safety
    Officer confirms that the safety boats are on the water"."""
    low = " " + sentence.lower()
    gate = GATE.search(sentence) if " until " in low or " once " in low or \
        " unless " in low or " after " in low or " as soon as " in low else None
    if gate is None:
        return []
    who = catalog.keys_in(gate.group("who"), doc.name)
    if len(who) != 1 or who[0] == key:
        return []
    name = activity_name(f"{verb_lemma(gate.group('verb').split()[0]) or ''}"
                         f"{' off' if gate.group('verb').endswith(' off') else ''}"
                         f"{gate.group('what')}")
    if not name:
        return []
    return [Claim(who[0], name, "R", True, doc.name, block.location, sentence[:300], section),
            Claim(key, name, "I", False, doc.name, block.location, sentence[:300], section)]


NEGATED = re.compile(r"^\s*(?:\w+\s+)?(?:not|never|n't)\b|^\s*\w+n't\b", re.IGNORECASE)


# Verbs that open advice to the reader rather than a duty of the role above it.
READER_VERBS = {"ask", "see", "note", "contact", "read", "click", "please", "visit", "find",
                "learn", "join", "apply", "remember", "let", "feel", "try", "get", "go",
                "call", "email", "refer", "speak", "talk", "think", "imagine", "consider",
                "welcome", "thank", "enjoy", "meet", "expect", "bring", "come"}


# Of those, verbs that meet, call or ask a party: under a role's heading, the role's duty
PARTY_VERBS = frozenset({"meet", "contact", "call", "email", "refer", "ask", "phone"})


_FIRST_NOUN = re.compile(r"^(?:(?:our|the|all|each)\s+)?([A-Za-z]+)\b", re.IGNORECASE)


def _short_form(sentence: str, context: list[str] | None, catalog: RoleCatalog,
                document: str) -> str:
    """"Packers make up the parcels" under the heading "Parcel Packer": the last word of
    the section's role, alone as the subject, is that role ("Parcel Packers make up ...")."""
    if not context or len(context) != 1 or context[0] not in catalog.roles:
        return sentence
    full = catalog.roles[context[0]].name.split()
    m = _FIRST_NOUN.match(sentence)
    if len(full) < 2 or m is None or singular(m.group(1).lower()) != full[-1].lower() or \
            not m.group(1)[:1].isupper() and not m.group(0)[:1].isupper():
        return sentence
    return f"{' '.join(full[:-1])} {m.group(1)}{sentence[m.end():]}"


# A one-word label before an instruction: "Before: Check the log book", "After - Clean ..."
_WHEN_LABEL = re.compile(r"^\s*[A-Z][a-z]+\s*(?::|\s[–—-])\s+(?=[A-Z])")


# A heading that says when a role's steps are done ("When the alarm sounds:", "Weekly"):
# its paragraphs' instructions are the role's, as under the role's own heading
_WHEN_HEADING = re.compile(r"^\s*(?:when|whenever|if|before|after|afterwards|during|once|"
                           r"until|at the (?:start|end)|every|each|daily|weekly|monthly|"
                           r"yearly|annually|on arrival)\b", re.IGNORECASE)


# (read on a name's words joined by single spaces)
# A time left open at a name's end: an amount of time whose "before ..." was cut, or "the
# same" without its day
_OPEN_TIME = re.compile(r"(?:,?\s+(?:at least|at most|no later than|no more than|not less than|"
                        r"up to))?\s+(?:half\s+)?(?:a|an|one|two|three|four|five|six|seven|"
                        r"eight|nine|ten|eleven|twelve|\d{1,3})\s+(?:(?:working|business|calendar|clear)\s+)?"
                        r"(?:minutes?|hours?|days?|weeks?|months?)$|\s+the\s+(?:same|day|evening|morning|"
                        r"night|afternoon|week)$",
                        re.IGNORECASE)
_OPEN_MEASURE = re.compile(r" (?:(?:not? (?:more|later|less|fewer|earlier)(?: than)?|"
                           r"(?:more|less|fewer|later|earlier) than|at (?:least|most|"
                           r"the latest))(?: (?:\d{1,3}|one|two|three|four|five|six|seven|"
                           r"eight|nine|ten|eleven|twelve))?|up to|of up)$", re.IGNORECASE)


def _heading_role(context: list[str] | None, section: str) -> str | None:
    """The one role a section's heading names ("## Stock Lead"), else None (a heading of
    a situation: "With a pilot on board")."""
    opening = re.sub(r"^[\W\d]+", "", section).split()[:1]
    if context is not None and len(context) == 1 and heading_actor(section) is not None \
            and opening and opening[0].lower() not in _SITUATION_WORDS:
        return context[0]
    return None


def _you_in_role_section(text: str, context: list[str] | None, section: str) -> str | None:
    """The role a section's heading names when a paragraph under it speaks to "you" ("##
    Groundsman" over "You mow the grass twice a week."): in a page with no reader of its
    own, that paragraph's reader; else None (and None for a paragraph that gives orders
    too, read as the role's own list of duties)."""
    if "you" not in text.lower() or not YOU_ANYWHERE.search(text):
        return None
    sentences = split_sentences(text)
    if any(_reader_duty(sentence) is not None for sentence in sentences):
        return None  # (orders beside it: the paragraph is read as the role's list, as before)
    role = _heading_role(context, section)
    if role is not None and any(role.lower() in sentence.lower() and
                                YOU_ANYWHERE.search(sentence) for sentence in sentences):
        # ("If you want a copy, you email the Scorer" under "## Scorer": "you" is someone
        # who goes to the role, not the role)
        return None
    return role


# "You" as a sentence's subject anywhere in a text
YOU_ANYWHERE = re.compile(r"(?:^|[.!?;:]\s+)(?:[A-Z][^.!?;:]{0,60},\s+)?[Yy]ou\s+"
                          r"(?:will\s+|must\s+|should\s+|also\s+|then\s+)?[a-z]+\s")


def _addressed(reader: str, context: list[str] | None, section: str) -> str:
    """Whom "you" and an order speak to: the role a section's heading names ("## Stock
    Lead" over "Rotate the window display"), else the page's reader."""
    return _heading_role(context, section) or reader


# Words opening a heading about a situation, not a role ("With a pilot on board")
_SITUATION_WORDS = frozenset({"with", "when", "if", "for", "on", "at", "during", "before",
                              "after", "in", "while", "without", "under", "once"})


def _reader_duty(sentence: str) -> str | None:
    """An instruction to the reader of a page written to a role ("Cancel a booking at least
    24 hours in advance, or your group is charged", "Before: Check the log book"): the
    sentence without its label, else None."""
    label = _WHEN_LABEL.match(sentence)
    body = sentence[label.end():] if label else sentence
    words = body.split()
    if not words:
        return None
    first = words[0].lower().strip(",;:")
    if _imperative_duty(_without_you(body), first):
        return body
    # "Book in the calendar no more than four weeks ahead": a verb and its particle
    if len(words) > 3 and first.isalpha() and verb_lemma(first) == first and \
            first not in READER_VERBS and "VERB" in word_classes(first) and \
            words[1].lower() in ("in", "on", "up", "out", "off", "back") and \
            words[2].lower() in OBJECT_STARTS:
        return body
    return None


def _conditioned_imperative(sentence: str) -> str | None:
    """"If anyone is waiting, call the Duty Manager at once" -> "Call the Duty Manager at
    once": an instruction after the condition it is done on, else None (a condition with a
    subject of its own, "If the fix fails, the Release Team rolls back", is no instruction)."""
    if not (CONDITION_ITEM.match(sentence) or _TIME_OPENING.match(sentence)) or \
            "," not in sentence:
        return None
    opening = OPENING_COMMA.match(sentence)
    after_opening = sentence[opening.end():] if opening is not None else ""
    said = after_opening.split()
    if not said or said[0].lower().strip(",;:") not in _CALLING and not _imperative_duty(
            _without_you(after_opening), said[0].lower().strip(",;:")):
        if said and subject_actor(after_opening) is not None:
            # "If the alarm sounds, the Warden will check the floor, close the doors and
            # ...": the main clause has its own subject, whose acts the later commas part
            return None
        # "If a stall (a van, a gazebo) is coming, check ...", "If anything goes wrong,
        # such as a fall or a fight, tell ...": the first comma outside brackets after
        # which an order starts
        # ("Before each arrival you check the list, brief the team ...": the reader's
        # own clause comes before the comma, no condition)
        opening = next((m for m in _outer_commas(sentence) if (
            after := sentence[m.end():].split()) and _imperative_duty(
                _without_you(sentence[m.end():]), after[0].lower().strip(",;:")) and
            not _clause_of_you(sentence[:m.start()])), opening)
    if opening is None or _clause_of_you(sentence[:opening.end()]):
        return None
    rest = sentence[opening.end():]
    words = rest.split()
    if not words:
        return None
    first = words[0].lower().strip(",;:")
    if first in _CALLING and len(words) > 2 and words[1].lower() in ("the", "your", "their"):
        # "If anyone is waiting, call the Duty Manager": whom to call is a party (a reader
        # page's "call us" is not)
        if re.search(r"\b(?:we|our|us)\b", rest, re.IGNORECASE):
            return None
    elif not _imperative_duty(_without_you(rest), first):
        return None
    return rest[:1].upper() + rest[1:]


_YOU = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
# "Before you apply, ...", "After the party, ...": an opening of time before an order
_TIME_OPENING = re.compile(r"^\s*(?:before|after|until|as soon as)\b", re.IGNORECASE)
# a comma and the space after it
_COMMA = re.compile(r",\s*")


def _outer_commas(text: str) -> list[re.Match[str]]:
    """The commas outside brackets, each with the space after it: those the next bracket
    after which is no closing one ("If a stall (a van, a gazebo) is coming, check ..." has
    one, after "coming"). One pass from the end, so a long run of commas costs its length
    (a look ahead to the next bracket from each comma cost the square of it)."""
    closing = [False] * (len(text) + 1)  # whether the next bracket at or after i closes
    for i in range(len(text) - 1, -1, -1):
        c = text[i]
        closing[i] = c == ")" if c in "()" else closing[i + 1]
    return [m for m in _COMMA.finditer(text) if not closing[m.start()]]
# "you" and its verb, with the word before it
# (from a word's start: a long word is tried once, not from each of its letters)
_YOU_CLAUSE = re.compile(r"\b(?P<before>\w+)\s+you\s+(?=[a-z])", re.IGNORECASE)
_CLAUSE_OPENERS = frozenset({"if", "when", "whenever", "once", "unless", "before", "after",
                             "until", "as", "that", "which", "who", "where", "while", "case"})


def _clause_of_you(opening: str) -> bool:
    """Whether "you" acts in an opening other than as the subject of its condition or of a
    clause inside it ("Before each arrival you check ..." does; "Before you apply" and "If
    you see a paper that you wrote" do not)."""
    return any(m.group("before").lower() not in _CLAUSE_OPENERS
               for m in _YOU_CLAUSE.finditer(opening))


def _without_you(text: str) -> str:
    """An instruction to the reader with "you" read as a third party ("Check the doors
    when you leave" -> "... when them leave"), so that only its own verb and object are
    judged by ``_imperative_duty`` (which takes "you" elsewhere for advice)."""
    return _YOU.sub("them", text)


# Verbs of calling someone, advice to a reader on its own ("Call 0800 ..."), a duty after a
# condition ("If the lift fails, call the Duty Engineer")
_CALLING = frozenset({"call", "email", "contact", "ask", "phone", "ring", "radio", "text"})


# Verbs of where or how one moves or stays, whose place or party follows a preposition
_PLACED_VERBS = frozenset({"ride", "walk", "run", "stay", "stand", "wait", "sit", "drive",
                           "cycle", "swim", "follow", "remain", "keep", "go", "travel"})
_PLACED_BY = frozenset({"at", "with", "behind", "beside", "in", "on", "near", "by", "ahead",
                        "alongside", "inside", "outside"})


# Two or more roles labelling one order, maybe with "together" or "jointly" after them:
# "Night Porter and Security together: clear the building if the alarm sounds"
_JOINT_LABEL = re.compile(r"^\s*(?P<who>[^:;.]{2,80}?\s(?:and|&)\s[^:;.]{2,60}?)"
                          r"(?:\s+(?:together|jointly|between them|both))?\s*:\s*"
                          r"(?P<rest>[a-z][\w-]*\s.*)$", re.DOTALL)


def _joint_label_as_sentence(block: Block, catalog: RoleCatalog, document: str) -> Block:
    """A list item or paragraph whose label is two or more roles joined by "and" over an
    order ("Night Porter and Security together: clear the building"), written as the
    sentence it stands for ("Night Porter and Security clear the building"); any other
    block as it is."""
    m = _JOINT_LABEL.match(block.text[:400])
    if m is None:
        return block
    first = m.group("rest").split()[0]
    if verb_lemma(first) != first:
        return block
    who = m.group("who")
    found = catalog.find(who, document)
    left = who
    for _key, start, end in sorted(found, key=lambda f: -f[1]):
        left = left[:start] + left[end:]
    # (nothing but the roles, "the", commas and "and": "Porter and Security", not
    # "Porter and the night log")
    if len({k for k, _s, _e in found}) < 2 or re.sub(r"\b(?:and|the|both)\b|[,&\s]", "",
                                                     left, flags=re.IGNORECASE):
        return block
    return replace(block, text=f"{who} {block.text[m.start('rest'):]}")


def _role_titled(section: str, role: str, catalog: RoleCatalog, document: str) -> bool:
    """Whether a section's heading names a role: by a role's words ("Duty Manager"), or
    by the whole of the name the document gives the section's role, whatever its words
    ("Shop floor" among "Mechanics" and "Workshop Manager")."""
    if heading_actor(section) is not None:
        return True
    label = section.strip(" :.")
    return [(role, 0, len(label))] == catalog.find(label, document)


def _imperative_duty(sentence: str, first: str, under_role: bool = False) -> bool:
    """"Greet clients, check their vouchers ...": a sentence of a role's paragraph that
    starts with a verb and its object (not "Page last reviewed", "Clear communication is
    essential", or advice to the reader). ``under_role``: the sentence stands under a
    heading that names its role, where a verb of meeting or calling someone ("Meet the
    driver at the gate", "Contact the owner") is the role's duty, not advice."""
    words = sentence.split()
    after = words[1].lower().strip(",.;:") if len(words) > 1 else ""
    # "Build, test and deliver the increment", "Plan and run the sessions": verbs in a run
    second = after if words[:1] and words[0].endswith(",") else \
        words[2].lower().strip(",.;:") if after in ("and", "or") and len(words) > 3 else ""
    run = bool(second) and verb_lemma(second) == second and "VERB" in word_classes(second)
    # "Sort donations as they arrive": a bare plural that is only a noun is the object
    plural = len(after) > 3 and singular(after) != after and (
        word_classes(after) == {"NOUN"} or
        # "Book bikes in at the desk": a plural, then the verb's particle
        "NOUN" in word_classes(after) and len(words) > 3 and
        words[2].lower() in PARTICLES and words[3].lower() in OBJECT_STARTS | {"at", "to"})
    # "Ride at the back of the group, stay with any rider ...": a verb of where or how one
    # moves or stays, then its place or party, in a run of orders
    placed = first in _PLACED_VERBS and after in _PLACED_BY and len(words) > 2 and \
        words[2].lower() in OBJECT_STARTS
    reader_verb = first in READER_VERBS and not (under_role and first in PARTY_VERBS)
    # "Sign in with the site contact", "Set up the chairs": a verb and its particle, then
    # its object or whom or where
    particle = after in PARTICLES and len(words) > 2 and \
        words[2].lower() in OBJECT_STARTS | {"at", "with", "to", "for"}
    return first.isalpha() and verb_lemma(first) == first and not reader_verb \
        and (after in OBJECT_STARTS or word_classes(first) == {"VERB"} or run or plural or
             placed or particle) \
        and (after not in ("is", "are", "was", "were", "and", "or") or run) \
        and not re.search(r"\b(?:is|are|was|were)\b", " ".join(words[1:4])) \
        and not re.search(r"\b(?:you|your|we|our|us)\b", sentence, re.IGNORECASE)


def _opened_subject(sentence: str, found: tuple[str, int, int]) -> bool:
    """True when the role found first is the subject after an opening phrase written
    without its comma: the phrase ends right before it and a present-tense verb (or a
    modal) follows it."""
    _key, start, end = found
    if not OPENING_NO_COMMA.match(sentence[:start]):
        return False
    after = sentence[end:].split()
    return bool(after) and (is_third_person_verb(after[0]) or
                            after[0].lower() in ("will", "must", "shall", "should", "can"))


PERSON_HOLDING = re.compile(r",?\s+(?:and|while|but|whereas)\s+(?P<article>)[A-Z][a-z]+"
                            r"(?:\s+[A-Z][a-z]+)?\s+\($")
MODAL_WORDS = {"will", "shall", "must", "should", "can", "may"}
JOINED_CLAUSE = re.compile(
    r"(?:,?\s+(?:and|while|but|whereas)\s+|;\s*(?:and\s+|while\s+|but\s+)?|"
    # ("the lead runs the call, the scribe keeps the log": a comma before "the")
    r",\s+(?=the\s+$))"
    r"(?P<article>(?:the\s+|our\s+|a\s+|an\s+)?)$", re.IGNORECASE)


def _clause_after_semicolon(sentence: str, role: tuple[str, int, int]
                            ) -> tuple[str, str] | None:
    """The two clauses of a sentence whose role, the first it names, opens the clause
    after a semicolon as its subject, a verb in the third person after it ("Tyres go in
    the cage; the operative logs the count"), when the clause before names something
    else doing something (no order, three words or more); else None."""
    _key, start, end = role
    # ("Bread is proved overnight, then the Baker shapes it": "then" after a comma too)
    joined = re.search(r"(?:;|,\s+then)\s*(?P<article>(?:the|our|a|an|each|every)\s+)?$",
                       sentence[:start], re.IGNORECASE)
    after = sentence[end:].split()
    first = sentence[:joined.start()].strip() if joined else ""
    words = first.split()
    # ("Gas bottles go in the cage": a plural and its verb, though "gas" is a verb too)
    ordered = verb_lemma(words[0].lower()) == words[0].lower() and not (
        len(words) >= 3 and words[1].lower().endswith("s") and
        verb_lemma(words[2].lower()) == words[2].lower() and
        "VERB" in word_classes(words[2].lower())) and not (
        # ("Bread is proved overnight": a noun, its verb after it)
        len(words) >= 2 and words[1].lower() in ("is", "are", "was", "were")) \
        if words else True
    if joined is None or not after or not is_third_person_verb(after[0]) or len(words) < 3 \
            or ordered or ";" in first or ", then " in first:
        return None
    return first + ".", (joined.group("article") or "").capitalize() + sentence[start:]


def _own_subject_clauses(sentence: str, catalog: RoleCatalog, document: str) -> list[str]:
    """"The clerk opens a ticket and the manager calls the bank": two clauses joined by
    "and" (or a semicolon), each with a role of its own as subject and a present-tense
    verb after it, read as two sentences. The first needs a predicate of its own (two
    words or more)."""
    found = catalog.find(sentence, document)
    if found and (";" in sentence[:found[0][1]] or ", then " in sentence[:found[0][1]]):
        # "Tyres go in the cage; the operative logs the count": a first clause whose
        # subject is no role, then one whose subject is
        split = _clause_after_semicolon(sentence, found[0])
        if split is not None:
            return [split[0], *_own_subject_clauses(split[1], catalog, document)]
    if len(found) < 2:
        return [sentence]
    listed = co_subjects(sentence) if "," in sentence else None
    if listed is not None and all(catalog.keys_in(p, document) for p in listed[0]):
        return [sentence]  # "The clerk, the porter and the warden sign ...": one subject
    for _key, start, end in found[1:]:
        joined = JOINED_CLAUSE.search(sentence[:start])
        after = sentence[end:].split()
        # "... and Tom (Finance Officer) will approve all overtime": a person and the role
        # they hold, then the verb after a modal
        held = PERSON_HOLDING.search(sentence[:start]) if joined is None else None
        if held is not None and after and after[0].startswith(")"):
            joined = held
            after = [w for w in [after[0][1:], *after[1:]] if w]
            if after and after[0].lower() in MODAL_WORDS and len(after) > 1 and \
                    verb_lemma(after[1].lower()) == after[1].lower():
                after = [_third_person(after[1]), *after[2:]]
        if len(after) > 1 and after[0].lower() in ("then", "also"):
            after = after[1:]  # "...; the clerk then files it": the verb after "then"
        # (a plural subject takes the plain verb: "while Testers own the suite")
        if joined is None or not after or not (is_third_person_verb(after[0]) or (
                sentence[start:end].lower().endswith("s") and
                verb_lemma(after[0].lower()) == after[0].lower() and
                "VERB" in word_classes(after[0].lower()) and
                after[0].lower() not in AUXILIARIES | {"and", "or"})):
            continue
        first = sentence[:joined.start()]
        lead = next((f for f in found if f[2] <= joined.start()), None)
        if lead is not None and len(first[lead[2]:].split()) < 2 and \
                len(first.split()) >= 3 and joined.group(0).lstrip(",; ").startswith("and") \
                and _leading_role(first, found) is None and \
                not is_third_person_verb(first.split()[0].lower()) and \
                verb_lemma(first.split()[0].lower()) != first.split()[0].lower():
            # "Anything still unpaid goes to the Warden, and the Committee decides ...":
            # the first clause's subject is no role, the second's is
            return [first, *_own_subject_clauses(
                joined.group("article") + sentence[start:end] + sentence[end:], catalog,
                document)]
        if lead is None or len(first[lead[2]:].split()) < 2:
            continue
        # ("... drafts the report and the Owner submits it": what "it" stands for)
        rest = joined.group("article") + sentence[start:end] + " " + _referred(
            first[lead[2]:], sentence[end:])
        if held is not None and joined is held:
            rest = "The " + sentence[start:end] + " " + " ".join(after)
        return [first, *_own_subject_clauses(rest, catalog, document)]
    return [sentence]


# How soon a party is let know, alone after "know": "straight away", "at once"
_AT_ONCE = re.compile(r"(?:straight away|at once|immediately|right away|without delay|"
                      r"the same day)", re.IGNORECASE)


# "... and appoints the Welfare Officer": a second predicate of the same subject, its
# verb in the third person and its object after it
def _let_know_name(name: str, sentence: str) -> str:
    """A duty read from "let the Site Manager know" as "tell the Site Manager", named in
    the sentence's own words ("Tell the Site Manager by noon" -> "Let the Site Manager
    know by noon"); any other name as it is."""
    for let in LET_KNOW.finditer(sentence):
        who = let.group("who")
        rest = name[5 + len(who):]
        # (only when nothing but a deadline follows: what the party is told, "about any
        # fault", "if an item runs out", is named with "tell")
        if name.lower().startswith(f"tell {who.lower()}") and \
                (not rest.strip() or rest[:1] == " " and
                 (_DEADLINE_ALONE.fullmatch(rest.strip()) or
                  _AT_ONCE.fullmatch(rest.strip()))):
            return f"Let {who} know{rest}"
    return name


LET_KNOW = re.compile(r"\b(?P<verb>[Ll]ets?)\s+(?P<who>(?:the\s+|their\s+|our\s+)?[A-Z][\w-]*"
                      r"(?:\s+[A-Z][\w-]*){0,3}"
                      # ("lets the Chef and the Porter know": two parties let know)
                      r"(?:\s+(?:and|&)\s+(?:the\s+|their\s+|our\s+)?[A-Z][\w-]*"
                      r"(?:\s+[A-Z][\w-]*){0,3})?|"
                      r"the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+"
                      r"know\b")
# (the spaces before "and" are taken from the first of a run: a run of spaces is not tried
# from each of its places against all that follow)
# A particle after a verb, then what the verb acts on: an article or a name ("out Ron",
# "up the hall", "off the forms")
_PARTICLE_OBJECT = re.compile(r"(?:out|up|off|back|down|over)\s+(?:(?:the|a|an|all|their|its|"
                              r"any|each|every|our|your|this|these|those)\s|[A-Z][a-z])")
SECOND_PREDICATE = re.compile(
    r"(?:(?P<comma>,)|(?<!\s))\s+and\s+(?:also\s+|then\s+)?(?P<modal>(?:must|shall|should|will|may|can)\s+"
    r"(?:also\s+)?)?(?P<verb>[a-z]{3,})\s+"
    r"(?=(?P<det>(?:the|a|an|all|their|its|any|each|every|our|your|this|these|those)\s)?"
    r"\w)")
TELLING_VERBS = {"keep", "inform", "notify", "tell", "consult", "brief", "copy", "involve",
                 "update", "advise", "alert", "ask"}
# Verbs read as such before an object without an article ("and give feedback", "and take
# notes", "and raise issues")
BARE_OBJECT_VERBS = {"give", "take", "make", "provide", "share", "raise", "attend", "set",
                     "offer", "send", "hold", "chair", "agree", "approve", "sign", "review",
                     "escalate", "record", "log", "prepare", "write"}
CLAUSE_WORD = re.compile(r"\b(?:that|whether|who|which|when|if|where|how)\b", re.IGNORECASE)


# ", who fix them ...", ", who will then decide ...": a relative clause of the role before it
WHO_AFTER = re.compile(r"(?:\s*\([^()]{1,60}\))?,\s+who\s+(?P<modal>(?:will|must|shall|should|"
                       r"then|also|usually|normally)\s+){0,2}(?P<verb>[a-z]+)\b")


def _relative_duty(sentence: str, catalog: RoleCatalog, document: str
                   ) -> tuple[str, str] | None:
    """In a sentence with no role as its subject, the relative clause of a role as a
    sentence of its own ("New volunteers are paired with the Education Officer, who checks
    their references": "The Education Officer checks their references"), and the main
    clause without it, or None. The relative clause runs to the sentence's end. (A
    sentence with a role as its subject reads "who" in its object: "oversees the clerk,
    who counts the pallets".)"""
    found = catalog.find(sentence, document)
    if _leading_role(sentence, found) is not None:
        return None
    for _key, start, end in found:
        m = WHO_AFTER.match(sentence, end)
        if m is None or re.search(r"\bby\s+(?:the\s+|a\s+|an\s+|our\s+)?$",
                                  sentence[max(0, start - 12):start]):
            continue  # ("a member of the team, assigned by the team lead, who guides the
            # author": "who" is the member, not the agent of "assigned")
        verb = m.group("verb")
        # (a verb in the third person, or its plain form after a modal or a body or
        # plural that takes it: "the Security Team, who fix them")
        if not (is_third_person_verb(verb) or
                verb_lemma(verb) == verb and "VERB" in word_classes(verb)):
            continue
        # (its modal kept: "who will review it" reads "The ... will review it")
        does = sentence[m.start() + m.group(0).rindex("who") + 3:].lstrip()
        return f"The {sentence[start:end]} {does}", \
            sentence[:m.start()].rstrip(" ,") + "."
    return None


def _action_list(sentence: str, catalog: RoleCatalog, document: str) -> list[str] | None:
    """A list of actions each with its own doer ("The Secretary to renew the licence, and
    the Chair to sign the form") as one sentence an action, or None: the first opens as an
    action does, each further one on a role of the document before "to" and a verb in the
    plain form."""
    acting = action_item(sentence)
    if acting is None or not catalog.keys_in(acting[0], document):
        return None
    cuts = [m for m in further_actions(sentence)
            if catalog.keys_in(m.group("who"), document) and
            catalog.find(m.group("who"), document)[0][1:] == (0, len(m.group("who")))]
    if not cuts:
        return None
    bounds = [0, *(m.start() for m in cuts)]
    parts = [sentence[a:b] for a, b in zip(bounds, [*bounds[1:], len(sentence)], strict=True)]
    # (each later part without its joining comma or "and"; each ends as a sentence does)
    out = [parts[0].rstrip(" ,;") + "."]
    for part in parts[1:]:
        said = re.sub(r"^(?:,|;|\s)*(?:and\s+)?(?:the\s+)?", "The ", part)
        out.append(said.rstrip(" ,;.") + ".")
    return out


# A clause after a colon that opens with a pronoun standing for the subject before it
COLON_PRONOUN = re.compile(r"(?:he|she|they|it)\s+(?:then\s+|also\s+)?", re.IGNORECASE)


# Verbs whose "on" or "about" names what is decided: "decide on the roadmap"
DECIDING_VERBS = {"decide", "agree", "vote", "rule", "adjudicate", "determine"}


# "..., and the Treasurer signs it off", "... and the Vicar approves it": a second subject
# approving the work of the clause before, in the same sentence
_SIGNS_IT_OFF = re.compile(
    r"^(?P<first>.*?\S)\s*,?\s+and\s+(?:then\s+)?(?P<who>(?:the\s+|our\s+)?[A-Z][^,;]{0,60}?"
    # ("... and the Head, the Bursar and the Chair sign it off": each of them)
    r"(?:,\s*(?:the\s+|our\s+)?[A-Z][^,;]{0,60}?){0,3})"
    r"\s+(?:(?:then|also|finally)\s+)?(?:approves?|signs?|countersigns?|authori[sz]es?|"
    r"endorses?|ratif(?:y|ies)|co-?signs?)\s+(?:it|them|this|these)(?:\s+off)?\s*[.;!]?\s*$")


# Words before a sign-off's verb that deny it or hold it back: "The Chair does not approve
# them", "The President never signs these off", "The Captain no longer signs it"
_NOT_SIGNING = re.compile(r"\b(?:not|never|no longer|neither|nor|cannot|seldom|"
                          r"rarely)\b|n[’']t\b", re.IGNORECASE)


def _signed_off_after(sentence: str, catalog: RoleCatalog, document: str) -> str | None:
    """"The Accountant prepares the budget, and the Treasurer signs it off": the first
    subject's clause with the one approving it named as its approver ("..., which the
    Treasurer approves."), or None. The first clause needs a role of its own as subject."""
    m = _SIGNS_IT_OFF.match(sentence)
    if m is None:
        return None
    if _NOT_SIGNING.search(m.group("who")):
        return None  # "The Chair does not approve them": no sign-off
    who = catalog.keys_in(m.group("who"), document)
    first = m.group("first")
    subject = _leading_role(first, catalog.find(first, document))
    if not who or subject is None or subject[0] == who[0] or \
            len(first[subject[2]:].split()) < 2:
        return None
    parts = _PARTY_SPLIT.split(m.group("who"))
    if len(who) > 1 and len(who) == len(parts) and all(
            re.sub(r"^(?:the|our)\s+", "", p.strip(), flags=re.IGNORECASE)[:1].isupper()
            for p in parts):
        # "..., and the Head, the Bursar and the Chair sign it off": each approves it
        # (posts, each written with a capital: "Staff and volunteers sign it" is everyone
        # putting their name to it, no sign-off)
        names = [f"the {catalog.roles[k].name}" for k in who]
        return f"{first}, approved by {', '.join(names[:-1])} and {names[-1]}."
    return f"{first}, which the {m.group('who').removeprefix('the ')} approves."


# The parts of a list of parties: "the Head, the Bursar and the Chair"
_PARTY_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")


# "the officer tries ...": a title's last word after "the", in lower case, as the subject
# of the word after it
_TITLE_WORD_BACK = re.compile(r"\b([Tt]he) ([a-z]+)(?= (?:(?:then|also|now|always|first)"
                              r" )?([a-z]+)\b)")


# Small words after which a title's last word is what the role heads or serves ("Head of
# Department", "Clerk to the Governors", "Officer for Safeguarding"), not the role's own noun
_BEFORE_WHAT_IS_HEADED = frozenset({"of", "to", "for", "the", "at", "in", "and", "&"})


# What a clause's subject comes after: a sentence's start, a comma or a joining word
# ("..., and the officer writes", "Where it is not, the officer prepares")
_CLAUSE_OPENS = re.compile(r"(?:[,;:(—–-]|\b(?:and|but|then|so|or|while|whereas|when|where|"
                           r"if|once|after|before|until|because|since|unless|that))$",
                           re.IGNORECASE)


def _titles_named_back(parts: list[str], catalog: RoleCatalog, document: str,
                       carried: Callable[[], Sequence[str]] = tuple) -> list[str]:
    """The sentences of a block with "the officer" written as the title it stands for when
    two or more roles of the page end on that word: the one the block named last ("...
    acknowledged by the Licensing Officer, and the officer tries to resolve it"), or,
    of several named, the one the others end with ("the Licensing Officer writes ... and
    the Senior Licensing Officer grants ... the officer prepares": the Licensing Officer);
    with none of them named in the block, the subject of the sentence before it (``carried``,
    asked only then: a paragraph of its own, "A lending officer checks ..." over "Where
    ..., the officer approves the loan"). A word ending one role alone is its alias
    already."""
    # (not "Head of Department": "the department" is the department, no person)
    ending = catalog.shared_endings(_BEFORE_WHAT_IS_HEADED)
    if not ending:
        return parts
    named: list[str] = []  # the roles named so far, last named last
    out: list[str] = []
    for part in parts:
        found = catalog.find(part, document)
        taken = [(start, end) for _k, start, end in found]
        for m in reversed(list(_TITLE_WORD_BACK.finditer(part))):
            keys = ending.get(m.group(2))
            if not keys or any(a <= m.start(2) < b for a, b in taken) or not (
                    is_third_person_verb(m.group(3)) or m.group(3) in MODAL_AUXILIARIES):
                continue
            lead = part[:m.start()].rstrip()
            if lead and not _CLAUSE_OPENS.search(lead):
                continue  # "sends the officer notes": an object, whatever follows it
            earlier = [k for k, start, _e in found if start < m.start() and k in keys]
            seen = [k for k in dict.fromkeys(reversed(named + earlier)) if k in keys] or \
                [k for k in carried() if k in keys]
            if not seen:
                continue
            names = {k: catalog.roles[k].name.lower() for k in seen}
            shared = [k for k in seen if all(n.endswith(" " + names[k]) or n == names[k]
                                             for n in names.values())]
            key = shared[0] if shared else seen[0]
            part = f"{part[:m.start()]}{m.group(1)} {catalog.roles[key].name}{part[m.end():]}"
        named += [k for k, _s, _e in catalog.find(part, document)]
        out.append(part)
    return out


def _carried_alone(block: Block, doc: Document, catalog: RoleCatalog,
                   carry: Sequence[str]) -> Sequence[str]:
    """``carry``, the subject of the paragraphs before ``block``, unless a role that ends in
    the same word as its role is named between (as a second subject, or an object:
    "Members call the Lending Officer first." after "The Fraud Officer reviews flags."),
    so that "the officer" after them is either; or nothing, when the carried role is not
    named in the few blocks before this one (back to a heading)."""
    if not carry:
        return ()
    at = next((i for i, b in enumerate(doc.blocks) if b is block), None)
    if at is None:
        return carry  # (a block made for the reading, not one of the document's)
    word = catalog.roles[carry[0]].name.split()[-1].lower() if carry[0] in catalog.roles \
        else ""
    for earlier in reversed(doc.blocks[max(at - _CARRY_BACK, 0):at]):
        keys = [k for k, _s, _e in catalog.find(earlier.text, doc.name)]
        if any(k != carry[0] and k in catalog.roles and
               catalog.roles[k].name.split()[-1].lower() == word for k in keys):
            return ()
        if carry[0] in keys or earlier.kind == "heading":
            return carry if carry[0] in keys else ()
    return ()


_CARRY_BACK = 5  # blocks looked back for the carried subject of "the officer"


# "The Manager signs this off.": a sign-off of the work just named, in a sentence of its own
_SIGNS_OFF_ALONE = re.compile(
    r"^(?P<who>(?:the\s+|our\s+)?[A-Z][^,;]{0,60}?"
    r"(?:,\s*(?:the\s+|our\s+)?[A-Z][^,;]{0,60}?){0,3})"
    r"\s+(?:(?:then|also|finally)\s+)?(?:approves?|signs?|"
    r"countersigns?|authori[sz]es?|endorses?|ratif(?:y|ies)|co-?signs?)\s+(?:it|them|this|these)"
    r"(?:\s+off)?\s*[.!]?\s*$")


def _sign_off_joined(parts: list[str], catalog: RoleCatalog, document: str) -> list[str]:
    """The sentences of a block with a sign-off standing alone ("The Treasurer prepares the
    accounts. The Chair signs these off.") read as the approval of the sentence before
    it, as when both are written in one ("..., which the Chair approves.")."""
    out: list[str] = []
    for part in parts:
        alone = _SIGNS_OFF_ALONE.match(part)
        if out and alone and out[-1].rstrip().endswith(".") and all(
                actor_name(who, acronym=True) for who in _PARTY_SPLIT.split(alone["who"])):
            # (the sign-off's subject only names who signs: "The Agent books the hall and
            # the Director signs it" has work of its own)
            joined = _signed_off_after(f"{out[-1].rstrip(' .')}, and {part[:1].lower()}"
                                       f"{part[1:]}" if part.startswith("The ") else
                                       f"{out[-1].rstrip(' .')}, and {part}",
                                       catalog, document)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(part)
    return out


# "New bowling machine – Treasurer to get three quotes", "Junior fees – the committee
# decides after hearing from the coaches": a thing to settle, a dash, then who is to act
# on it and how
_TOPIC_THEN_DOER = re.compile(r"^(?P<topic>[A-Z][^–—:;.]{2,80}?)\s+[–—-]\s+"
                              r"(?P<who>[A-Za-z][\w'’ -]{1,50}?)\s+(?:to\s+(?P<act>[a-z]+\s"
                              r"[^–—;]{2,120}?)|(?P<decides>decides?)(?P<rest>\s[^–—;]{2,120}?)?)"
                              r"\.?$")
_WEEKDAYS_AND_MONTHS = re.compile(rf"^(?:{'|'.join(WEEKDAYS + MONTHS)})$", re.IGNORECASE)


def _topic_then_doer(block: Block, doc: Document, catalog: RoleCatalog,
                     section: str) -> list[Claim]:
    """A line naming a thing to settle and, after a dash, the role to act on it: the act
    named with the thing ("Get three quotes for the new bowling machine", "Decide on the
    junior fees after hearing from the coaches"), the role doing it (A/R), the roles the
    rest names consulted. [] for other lines."""
    m = _TOPIC_THEN_DOER.match(block.text.strip())
    if m is None:
        return []
    first_word = m.group("topic").split()[0].lower()
    if first_word in ("step", "stage", "phase", "day", "week", "item", "action", "task"):
        return []  # ("Step 3 - Ward Clerk to file the form": a step's line)
    who = m.group("who")
    found = catalog.find(who, doc.name)
    if len(found) != 1 or who[:found[0][1]].strip().lower() not in ("", "the") or \
            found[0][2] != len(who):
        return []
    topic = m.group("topic").strip()
    first, _sep, others = topic.partition(" ")
    if not _WEEKDAYS_AND_MONTHS.match(first) and not first.isupper():
        topic = f"{first.lower()} {others}".strip()
    topic = topic if topic.lower().startswith(("the ", "a ", "an ")) else f"the {topic}"
    if m.group("act"):
        verb, _sep, obj = m.group("act").partition(" ")
        if verb_lemma(verb) != verb or "VERB" not in word_classes(verb):
            return []
        name, rest = f"{verb.capitalize()} {obj.strip()} for {topic}", obj
    else:
        rest = (m.group("rest") or "").strip()
        name = f"Decide on {topic}" + (f" {rest}" if rest else "")
    role = found[0][0]
    out = [Claim(role, name, "R", True, doc.name, block.location, block.text[:300], section)]
    for key in catalog.keys_in(rest, doc.name):
        if key != role:
            out.append(Claim(key, name, "C", False, doc.name, block.location,
                             block.text[:300], section))
    return out


# A lead-in whose last sentence is a pronoun alone before its list: "Becky runs the yard
# and the staff on it. She:"
_PRONOUN_LEAD = re.compile(r"(?:^|(?<=[.!?])\s+)(?:she|he|they)(?:\s+(?:will|must|also|"
                           r"should|is\s+to|has\s+to))?\s*:$", re.IGNORECASE)


def _pronoun_lead_in(block: Block, doc: Document, catalog: RoleCatalog) -> str:
    """The text a lead-in scopes its list by. Over a pronoun alone ("... the staff on it.
    She:") the parties the sentence before names are its objects: the list is the
    sentence's subject's, when a role ("The Yard Manager runs the yard. She:"), else the
    section's (its subject a person's name: "Becky runs the yard. She:")."""
    if block.kind != "para" or not block.text.endswith(":") or \
            (pronoun := _PRONOUN_LEAD.search(block.text[-40:])) is None:
        return block.text
    before = block.text[:len(block.text) - 40 + pronoun.start()] if len(block.text) > 40 \
        else block.text[:pronoun.start()]
    sentence = re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""
    subject = _leading_role(sentence, catalog.find(sentence, doc.name)) if sentence else None
    return sentence[subject[1]:subject[2]] + ":" if subject is not None else "She:"


def _leading_role(sentence: str, found: list[tuple[str, int, int]]
                  ) -> tuple[str, int, int] | None:
    """The first role found with nothing but an opening phrase before it: the subject
    ("Two Funeral Service Operatives bring ...": a count before a title is one too)."""
    # (a title of two words or more may be in lower case: "Two registered nurses sign
    # ...", where "Two chairs are set out" names furniture)
    return next((f for f in found if SUBJECT_PREFIX.match(sentence[:f[1]]) or
                 COUNT_BEFORE.match(sentence[:f[1]]) and (
                     sentence[f[1]:f[1] + 1].isupper() or
                     " " in sentence[f[1]:f[2]].strip())),
                None)


COUNT_BEFORE = re.compile(r"^\s*(?:two|three|four|five|six|\d{1,2})\s+$", re.IGNORECASE)


# Between two roles that are one subject ("The Bar Manager or the Cellar Hand changes
# ..."): "or" and an article; after the second, the verb in the third person
_ROLE_OR = re.compile(r"\s+or\s+(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)
_ONE_DOES = re.compile(r"\s+([a-z]+)\b")
# ... or the second in brackets with when it stands in ("The Launch Manager (or the Deputy
# Manager on a night launch) briefs ..."): the bracket closed before the verb
_ROLE_OR_ASIDE = re.compile(r"\s*\(\s*or\s+(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)
_ASIDE_CLOSED = re.compile(r"[^()]{0,80}\)")
# ... or "and" ("The Cellar Supervisor and the Bar Manager check ..."), the first title at
# the sentence's start or after "the" alone, the verb after the second in the plural
# ("Priya & Tom set up the stalls": "&" between two names in running text is "and")
_ROLE_AND = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)
_PAIR_OPENING = re.compile(r"^\s*(?:the\s+)?$", re.IGNORECASE)
_BOTH_DO = re.compile(r"\s+(?:(?:jointly|together|both)\s+)?([a-z]+)\b")


def _catalogued_pair(sentence: str, doc: Document, catalog: RoleCatalog
                     ) -> tuple[tuple[str, ...], int] | None:
    """Two roles of the catalog joined by "or" or "and" as the subject, the first at the
    sentence's start, the verb after the second: their phrases and where the verb begins.
    Reads the subjects ``co_subjects`` turns down because a word of a title reads as a verb
    on its own ("The Bar Manager or the Cellar Hand changes the barrels", "The Cellar
    Supervisor and the Bar Manager check the deliveries")."""
    head = sentence[:200]
    if " or " not in head and " and " not in head and "(or " not in head and " & " not in head:
        return None
    found = catalog.find(sentence, doc.name)
    if len(found) < 2 or found[0][0] == found[1][0] and not (
            # ("Mia and Joe rake the sand": two people who hold one role, by their names)
            sentence[found[0][1]:found[0][2]] != sentence[found[1][1]:found[1][2]] and
            _ROLE_AND.fullmatch(sentence[found[0][2]:found[1][1]])):
        return None
    between = sentence[found[0][2]:found[1][1]]
    aside = _ROLE_OR_ASIDE.fullmatch(between)
    if _ROLE_OR.fullmatch(between) or aside:
        if not SUBJECT_PREFIX.match(sentence[:found[0][1]]):
            return None
        closed = _ASIDE_CLOSED.match(sentence, found[1][2]) if aside else None
        if aside and closed is None:
            return None
        verb = _ONE_DOES.match(sentence, closed.end() if closed else found[1][2])
        if verb is None or not (is_third_person_verb(verb.group(1)) or
                                verb.group(1) in MODAL_AUXILIARIES):
            return None
    elif _ROLE_AND.fullmatch(between):
        # (only "the" or nothing before the first, and each title in the singular: "Both
        # TPMs and PMs manage products", "TPMs and PMs collaborate" name kinds of staff,
        # not two roles doing one thing)
        if not _PAIR_OPENING.match(sentence[:found[0][1]]) or any(
                singular(w.lower()) != w.lower() or re.fullmatch(r"[A-Z]{2,}s", w)
                for w in (
                    sentence[f[1]:f[2]].split()[-1] for f in found[:2])):
            return None
        verb = _BOTH_DO.match(sentence, found[1][2])
        if verb is None or not (verb.group(1) in MODAL_AUXILIARIES or (
                verb_lemma(verb.group(1)) == verb.group(1) and
                "VERB" in word_classes(verb.group(1)))):
            return None
    else:
        return None
    return ((sentence[found[0][1]:found[0][2]], sentence[found[1][1]:found[1][2]]),
            verb.start(1))


def _bare_plurals(part: str) -> bool:
    """Whether a predicate is a verb over a bare plural noun and nothing more ("arranges
    tables", "sets up benches"), the first of a list of things the next words may go on
    with."""
    words = part.split()
    if len(words) == 3 and words[1].lower() in PARTICLES:
        words = [words[0], words[2]]
    return len(words) == 2 and singular(words[1].lower()) != words[1].lower() and \
        "NOUN" in word_classes(singular(words[1].lower()))


def _serial_predicates(rest: str) -> list[str] | None:
    """A run of predicates separated by commas, each a verb in the third person with an
    object ("reviews drafts, schedules posts and answers reader mail" -> "reviews drafts",
    "schedules posts and answers reader mail"), else None ("reviews drafts, proofs and
    layouts": one verb over a list of things)."""
    if "," not in rest and ";" not in rest or "(" in rest:
        return None
    if ";" in rest:
        # "recruits volunteers; briefs the drivers on the day; and thanks the hosts"
        body = re.split(r"[.:](?:\s|$)", rest.strip(), maxsplit=1)[0]
        parts = [re.sub(r"^(?:and|or)\s+", "", part) for part in re.split(r"[,;]\s+", body)]
        if len(parts) >= 2 and all(
                len(p.split()) >= 2 and p.split()[0].islower() and
                is_third_person_verb(p.split()[0]) for p in parts):
            return parts
        if "," not in rest:
            return None
    body = re.split(r"[.;:](?:\s|$)", rest.strip(), maxsplit=1)[0]
    parts = [re.sub(r"^(?:and|or)\s+", "", part) for part in re.split(r",\s+", body)]
    if len(parts) < 2:
        return None
    if len(parts) >= 2 and re.fullmatch(r"[a-z]+", parts[0]) and \
            is_third_person_verb(parts[0]) and re.match(r"[a-z]+ and [a-z]+s\b", parts[1]):
        return None  # "counts, bags and banks the takings": three verbs over one object
    if len(parts) >= 2 and re.fullmatch(r"[a-z]+", parts[0]) and \
            is_third_person_verb(parts[0]):
        # "visits, takes moisture readings and photos, and grades the case": a first verb
        # without an object ("arrives", "visits") before the predicates that have one names
        # no duty of its own
        parts = parts[1:]
    for n, part in enumerate(parts):
        words = part.split()
        # ("cleans and oils them": two verbs over one object, a predicate too)
        paired = len(words) >= 4 and words[1] == "and" and is_third_person_verb(words[2])
        if len(words) < 2 or not words[0].islower() or not is_third_person_verb(words[0]) or \
                words[1].lower() in ("and", "or", "to", "with", "on", "for", "in", "at", "by") \
                and not paired or CLAUSE_WORD.match(words[1]):
            return None
        if n and verb_lemma(words[0].lower()) in TELLING_VERBS and re.search(
                r"\b(?:informed|updated|aware|posted|in the loop|involved)\b", part):
            return None  # "..., keeps the Owner informed": a letter on the duty before
    return parts


# "He" or "she" opening a sentence as its subject, a verb in the third person after it
_SUBJECT_PRONOUN = re.compile(r"^\s*(He|She)\s+(?=[a-z]+s\s)")


def _coordinated_predicates(sentence: str, catalog: RoleCatalog, document: str) -> list[str]:
    """"The Committee has overall responsibility for safeguarding and appoints the Welfare
    Officer at the AGM": a role's two predicates, the second with a verb in the third
    person and an object of its own, read as two sentences with the subject repeated. The
    first predicate needs two words; after a clause of its own ("checks that every coach
    holds a check") only ", and" starts the subject's next predicate."""
    if (" and " not in sentence or SECOND_PREDICATE.search(sentence) is None) and \
            "; " not in sentence:
        return [sentence]  # (most sentences: no second predicate to look for)
    found = catalog.find(sentence, document)
    subject = _leading_role(sentence, found)
    pronoun = _SUBJECT_PRONOUN.match(sentence) if subject is None else None
    if pronoun is not None:
        # "He advises ... and reviews ...": a pronoun for the role as the subject of both
        # (not "they": a list's items are read as "They ..." of the role over the list)
        subject = ("", pronoun.start(1), pronoun.end(1))
    if subject is None:
        return [sentence]
    end = subject[2]
    # "Sarah Khan (HR Manager) will ...", "Tom Reid, our Payroll Officer, will ...": the
    # subject's aside before its verb
    aside = re.match(r"\s*\([^()]{1,60}\)|\s*,\s*(?:our|the|their|a|an)\s[^,]{2,60},",
                     sentence[end:])
    if aside and _ROLE_OR_ASIDE.match(aside.group()) and \
            len(catalog.find(aside.group(), document)) == 1:
        # "The Launch Manager (or the Deputy Manager on a night launch) briefs ...": a
        # second doer, read with the first as "X or Y" is (one sentence for both)
        return [sentence]
    if aside:
        sentence = sentence[:end] + sentence[end + aside.end():]
        found = catalog.find(sentence, document)
    rest = sentence[end:]
    words = rest.split()
    # a plural subject takes the plain verb: "Stakeholders attend the review and give ..."
    plural = sentence[subject[1]:end].lower().endswith("s") and bool(words) and \
        verb_lemma(words[0].lower()) == words[0].lower() and \
        "VERB" in word_classes(words[0].lower()) and words[0].lower() not in AUXILIARIES
    # "The Competent Person will brief the party and keep this permit": after a modal the
    # verbs are plain, as after a plural subject
    modal = len(words) > 2 and words[0].lower() in ("will", "must", "shall", "should") and \
        verb_lemma(words[1].lower()) == words[1].lower() and \
        "VERB" in word_classes(words[1].lower()) and words[1].lower() not in AUXILIARIES
    plural_subject = plural
    plural = plural or modal
    if not words or not (is_third_person_verb(words[0]) or plural):
        return [sentence]
    serial = _serial_predicates(rest) if not plural else None
    if serial is not None:
        # "reviews drafts, schedules posts and answers reader mail": each its own predicate
        # ("labels the helmets, washes them and ...": "them" is the helmets)
        serial = _with_referents(serial)
        return [part for predicate in serial[:-1] for part in [sentence[:end] + " " + predicate]
                ] + _coordinated_predicates(sentence[:end] + " " + serial[-1], catalog,
                                            document)
    for m in SECOND_PREDICATE.finditer(rest):
        first = rest[:m.start()]
        verb = m.group("verb")
        together = verb_lemma(verb) in ("work", "collaborate", "liaise", "partner") and \
            re.match(r"(?:closely\s+)?with\s", rest[m.end():]) is not None
        asks = re.match(r"(?:whether|when|how|which|what|if)\s", rest[m.end():]) is not None
        if modal and not plural_subject and re.match(r"(?:it|them)\b", rest[m.end():]):
            continue  # "... and make it available to the Buyer": named with what "it" is
        if _RELATIVE_OPEN.search(first):
            # "phones the Duty Engineer, who resets the pump and logs the fault": the verb
            # after "and" carries on the relative clause, the one named before "who" does it
            continue
        shared = re.search(r",\s+([a-z]+)\s*$", first)
        if shared and verb_lemma(shared.group(1)) is not None and \
                "VERB" in word_classes(verb_lemma(shared.group(1)) or ""):
            continue  # "will run the trials, collect and clean the data": one object, two verbs
        # ("... and decide on the project roadmap": a decision, a duty)
        decides = rest[m.end():].split()[:1] in (["on"], ["about"]) and \
            verb_lemma(verb) in DECIDING_VERBS
        # ("... and reports to the Committee monthly": a report made, a duty of its own)
        timed = verb_lemma(verb) == "report" and \
            TIMED_REPORT.match(rest[m.end():].strip()) is not None
        # ("... and call out Ron if ...", "... and set up the hall": a verb, its particle,
        # then what it acts on)
        phrasal = _PARTICLE_OBJECT.match(rest, m.end()) is not None
        timed = timed or phrasal
        if not m.group("det") and not together and not asks and not decides and \
                not timed and (verb_lemma(verb) not in BARE_OBJECT_VERBS or
                               not rest[m.end():m.end() + 1].islower()):
            continue  # "and budget items": without an article, only a verb that is clearly one
        if not m.group("det") and not together and rest[m.end():].split()[:1] and \
                rest[m.end():].split()[0] in ("to", "with", "on", "for", "in", "at", "from",
                                              "about", "into", "by", "up") and not decides \
                and not timed:
            continue  # "... and reports to the Release Manager": a relation, not a duty
        if len(first.split()) < (3 if modal else 2) or not (
                # ("shall file and serve the statements": two verbs over one object)
                is_third_person_verb(verb) or (
                m.group("modal") or plural) and verb_lemma(verb) == verb) or \
                "VERB" not in word_classes(verb_lemma(verb) or "") or \
                (CLAUSE_WORD.search(first) and not m.group("comma") and
                 not _plural_clause_before(first, verb, plural)) or \
                any(s < end + m.start() < e for _k, s, e in found):
            continue
        second = rest[m.start("modal") if m.group("modal") else m.end("verb") - len(verb):]
        told = next((e for _k, s, e in found if 0 < s - (end + m.end("verb")) <= 6), None)
        if verb_lemma(verb) in TELLING_VERBS and told is not None and \
                not _party_object(first, modal, catalog, document) and not (
                    _TOLD_OF_WHAT.match(sentence[told:]) and
                    not _FIELD_BEFORE.search(first)) and (re.match(
                r"^\W*(?:(?:fully |closely |regularly )?(?:informed|updated|aware|posted|"
                r"in the loop|involved)\b|\W*$)", sentence[told:], re.IGNORECASE) or
                _only_telling(" and " + rest[m.start("verb"):], catalog, document)):
            # "... and keeps the Data Owner informed", "... and informs the Night Manager
            # and the Duty Engineer": a letter on the duty before
            continue
        return [sentence[:end] + first,
                *_coordinated_predicates(sentence[:end] + " " + _referred(first, second),
                                         catalog, document)]
    return [sentence]


# "keeps the Treasurer informed of every late payment", "... informed when a crew cannot
# attend": a telling that says what of, or when, is a duty of its own after an act
_TOLD_OF_WHAT = re.compile(r"^\W*(?:fully |closely |regularly )?(?:informed|updated|aware|"
                           r"posted|in the loop)\s+(?:of|on|about|when|whenever|if)\b",
                           re.IGNORECASE)
# "is responsible for regression testing and keeps ... informed of the results": the
# field's party told, a letter on it as before
_FIELD_BEFORE = re.compile(r"\b(?:responsible|accountable)\s+for\b", re.IGNORECASE)


# A relative clause whose verb is plural: "parts that are out of stock", "forms which
# have expired"
_PLURAL_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:are|were|have|do|need|go)\b")
# ... and one whose verb is in the third person: "a tenant who owes", "a form that needs"
_SINGULAR_RELATIVE = re.compile(r"\b(?:that|which|who)\s+([a-z]+s)\b")
# "to" before a plain verb: "who wants to pay"
_INFINITIVE = re.compile(r"\bto\s+([a-z]+)\b")


def _plural_clause_before(first: str, verb: str, plural: bool) -> bool:
    """Whether a verb in the third person after "and" ("... on parts that are out of
    stock and orders the spares") cannot carry on the relative clause before it, whose
    verb is plural, so it is the singular subject's next predicate; or, the other way
    round, whether a plain verb after "and" ("Wardens ring any tenant who owes two months
    and agree a plan") cannot carry on a relative clause whose verb is in the third
    person, so it is the plural subject's (or the modal's) next predicate."""
    clauses = list(CLAUSE_WORD.finditer(first))
    if not clauses:
        return False
    if plural:
        said = _SINGULAR_RELATIVE.match(first, clauses[-1].start())
        # (not after an infinitive in the clause: "any tenant who wants to pay early and
        # agree a plan" may carry on "to pay")
        return said is not None and is_third_person_verb(said.group(1)) and \
            not is_third_person_verb(verb) and verb_lemma(verb) == verb and not any(
                "VERB" in word_classes(m.group(1)) and verb_lemma(m.group(1)) == m.group(1)
                for m in _INFINITIVE.finditer(first, said.end()))
    return is_third_person_verb(verb) and \
        _PLURAL_RELATIVE.match(first, clauses[-1].start()) is not None


def _party_object(first: str, modal: bool, catalog: RoleCatalog, document: str) -> bool:
    """Whether a predicate's object is a party ("calls the police"): telling a further
    party after it is a duty of its own, not a letter on calling the first."""
    obj = " ".join(first.split()[2 if modal else 1:])
    found = catalog.find(obj, document)
    return bool(found) and re.fullmatch(r"\s*(?:the|a|an|our|your|their)?\s*",
                                        obj[:found[0][1]], re.IGNORECASE) is not None


# A relative clause opened after a party, its verb to follow (", who resets")
_RELATIVE_OPEN = re.compile(r",\s+who\s+[a-z]")


def _referred(first: str, second: str) -> str:
    """A second predicate with its pronoun object read as the first's object ("prepares the
    accounts" and "sends them to the examiner": "sends the accounts to the examiner")."""
    first = first.strip()
    # ("has overall responsibility for this plan and reviews it": the plan is reviewed)
    first = RESPONSIBLE_FOR.sub("do ", first)
    words = first.split()
    if not words or verb_lemma(words[0].lower()) is None:
        first = "do " + first  # (the first's object without its verb)
    return _with_referents([first, second.strip()])[1]


RESPONSIBLE_FOR = re.compile(r"^(?:(?:has|have|holds?|takes?|bears?)\s+(?:the\s+)?(?:overall\s+|"
                             r"full\s+|primary\s+|day-to-day\s+|ultimate\s+|final\s+|sole\s+)?"
                             r"(?:responsibility|accountability|ownership)\s+(?:for|of)|"
                             r"(?:is|are)\s+(?:\w+\s+)?(?:responsible|accountable)\s+for|"
                             r"(?:is|are)\s+in\s+charge\s+of|owns?)\s+", re.IGNORECASE)


def _lane_step(block: Block, catalog: RoleCatalog, document: str) -> Block:
    """"Step 2 (Claims Handler): Registers the claim ...": the lane in brackets after a
    step's number is who does the step, as if the step were written "The Claims Handler
    registers the claim ..."."""
    m = LANE_STEP.match(block.text)
    if m is None:
        return block
    who = catalog.keys_in(m.group("who"), document)
    first = m.group("rest").split()[0] if m.group("rest").split() else ""
    if len(who) != 1 or not (is_third_person_verb(first) or verb_lemma(first.lower()) ==
                             first.lower()):
        return block
    name = catalog.roles[who[0]].name if who[0] in catalog.roles else m.group("who")
    verb = first if is_third_person_verb(first) else _third_person(first.lower())
    text = f"The {name} {verb}{m.group('rest')[len(first):]}"
    return replace(block, text=text, breaks=())


def _dash_doer(block: Block, catalog: RoleCatalog, document: str) -> Block:
    """"3.3 Disconnect pipework, cap and label - pipefitters.": an imperative step with
    its doer after a dash, read as "The Pipefitters disconnect ...", what follows the doer
    ("with hospital security") kept as the step's party."""
    m = dash_doer(block.text)
    rest = ""
    if m is None and ". " in block.text and block.kind == "item":
        # "Fit the straps – crane driver, guided by the marks. The foreman checks ...": the
        # step's first sentence names its doer; the sentences after it are read as written
        first_sentence = split_sentences(block.text)[0]
        m = dash_doer(_GUIDED_TAIL.sub("", first_sentence))
        rest = " " + block.text[len(first_sentence):].strip() if m is not None else ""
    if m is None:
        return block
    first = m.group("what").split()[0]
    found = catalog.find(m.group("who"), document)
    tail = (m.group("tail") or "").strip()
    if found and found[0][1:] == (0, len(m.group("who").strip())) and block.kind == "item" \
            and not rest and dash_topic(m.group("what")) and (
                tail.startswith(",") or verb_lemma(first.lower()) != first.lower()):
        # "Press enquiries – Press Officer, after checking with the Chair": a field of work
        # in a plain list, its owner after the dash (and whom they check with)
        name = catalog.roles[found[0][0]].name if found[0][0] in catalog.roles else \
            m.group("who")
        what = m.group("what")
        # (a time after the comma, ", every Monday", is when the field's work falls due:
        # no part of its name, as a field's name in a list is said without it)
        said = tail.startswith(",") and not _DASH_TIME.match(tail)
        text = f"The {name} is responsible for {what[:1].lower()}{what[1:]}" + \
            (f", {tail.lstrip(', ')}" if said else "") + "."
        return replace(block, text=text, breaks=())
    if not found or found[0][1] > 4 or verb_lemma(first.lower()) != first.lower():
        return block
    name = catalog.roles[found[0][0]].name if found[0][0] in catalog.roles else m.group("who")
    timed = _DASH_TIME.match(tail) is not None  # ("Empty the bins – Caretaker, every Friday")
    tail = tail.lstrip(", ")
    text = f"The {name} {_third_person(first.lower())}{m.group('what')[len(first):]}" + \
        (f", working {tail}" if tail.lower().startswith("with") else
         f" {tail}" if timed else "") + "." + rest
    return replace(block, text=text, breaks=())


# ", every Monday", ", by 31 March" after the doer of a line "thing – doer": when
_DASH_TIME = re.compile(r",\s+(?:every|each|by|before|daily|weekly|monthly|quarterly|annually|"
                        r"yearly)\b", re.IGNORECASE)
# ", guided by the sling marks": how the doer after a dash works, no party
_GUIDED_TAIL = re.compile(r",\s+(?:guided|helped|led|watched)\s+by\s+[^.;]{1,80}(?=[.;]?\s*$)")


# A person's name alone: "Rob Ellis", "Dr Ana Lima", "Mary-Jo Price"
_HOLDER_NAME = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
                          r"(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2}")


def _holder_only(text: str) -> bool:
    """Whether a label's text is only the name of the person holding the role: two or three
    capitalised words ending on a surname, no word of the language ("Rob Ellis", where
    "Book Venue" is a task written in capitals)."""
    text = text.strip().rstrip(".")
    if not _HOLDER_NAME.fullmatch(text):
        return False
    last = re.split(r"[\s-]", text)[-1].lower()
    return not word_classes(last) and last not in VOCABULARY


def _holders_alone(text: str, catalog: RoleCatalog, document: str) -> bool:
    """Whether a line only names the people who hold roles ("Priya and Noor (rota)" under
    "Counter Staff"), each name standing for a role of the page: who holds it, no duty."""
    m = HOLDER_ALONE.match(text) if len(text) < 80 else None
    if m is None:
        return False
    for person in (m.group("person"), m.group("second")):
        if person is None:
            continue
        found = catalog.find(person, document)
        if len(found) != 1 or found[0][1:] != (0, len(person)) or \
                actor_name(person, acronym=True) == (catalog.roles[found[0][0]].name
                                                    if found[0][0] in catalog.roles else None):
            return False  # ("Practice Manager" over a list: the role itself, its scope)
    return True


def _holds_own_role(labelled: tuple[str, str], catalog: RoleCatalog, document: str) -> bool:
    """Whether a labelled line only says who holds a role: its label a person's name
    standing for the role its text opens with ("Dr Helen Marsh – Admissions Tutor, School
    of Engineering (coordinates the talks)"), no duty of that role."""
    label, rest = labelled
    keys = catalog.keys_in(label, document)
    if len(keys) != 1 or keys[0] in catalog.roles and \
            catalog.roles[keys[0]].name.casefold() == label.strip().casefold():
        return False
    found = catalog.find(rest[:160], document)
    return bool(found) and found[0][0] == keys[0] and found[0][1] == 0


def _third_person(verb: str) -> str:
    """'check' -> 'checks', 'approve' -> 'approves', 'dispatch' -> 'dispatches'."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


RUN_IN_LABEL = re.compile(r"^\s*(?P<label>[A-Z][\w&/ -]{1,40}?)(?::|\s[–—-])\s+(?=\S)")


def _role_acts_first(rest: str, catalog: RoleCatalog, document: str) -> bool:
    """Whether a text after a step's title and a dash opens on a role, written without an
    article, and its verb ("Lift and wash – crane driver lifts; yard hands jet-wash the
    hull"): a clause of its own, no name of the step's doer."""
    found = catalog.find(rest[:80], document)
    if not found or found[0][1] != 0:
        return False
    after = rest[found[0][2]:].split()
    verb = after[0].strip(",;.") if after else ""
    return bool(verb) and verb[:1].islower() and (is_third_person_verb(verb) or (
        rest[:found[0][2]].lower().endswith("s") and verb_lemma(verb) == verb and
        "VERB" in word_classes(verb) and verb not in AUXILIARIES))


# A role's verb over "it" or "them" ("the Warden cleans it and ..."): the pronoun may stand
# for a label before the sentence's colon
_VERB_OVER_IT = re.compile(r"\s(?P<verb>[a-z]+s)\s+(?P<it>it|them)\b")


def _topic_taken_up(label: str, rest: str, catalog: RoleCatalog, document: str) -> str | None:
    """"Any spill: the Caretaker mops it up and ...": a label naming a thing, no role,
    over a sentence whose role takes it up as "it" (or "them"), read with the thing in
    the pronoun's place ("The Caretaker mops any spill up and ..."); None otherwise."""
    found = catalog.find(rest[:120], document)
    if not found or not SUBJECT_PREFIX.match(rest[:found[0][1]]) or \
            actor_name(label, acronym=True) is not None:
        return None
    m = _VERB_OVER_IT.match(rest, found[0][2])
    if m is None or not is_third_person_verb(m.group("verb")):
        return None
    thing = label if label[:2].isupper() else label[:1].lower() + label[1:]
    after = rest[m.end("it"):]
    # (a particle, not a preposition before what it governs: "keeps them in the safe")
    particle = re.match(r"\s+([a-z]+)\b(?!\s+(?:the|a|an|his|her|its|their|our|your|this|"
                        r"that|these|those|each|every|any|some)\b|\s+[A-Z0-9])", after)
    if particle is not None and particle.group(1) in PARTICLES:
        # ("mops it up": "mops up any spill", the particle kept with its verb)
        return _sentence_start(f"{rest[:m.start('it')]}{particle.group(1)} {thing}"
                               f"{after[particle.end():]}")
    return _sentence_start(f"{rest[:m.start('it')]}{thing}{after}")


def _sentence_start(text: str) -> str:
    return text[:1].upper() + text[1:]


def _without_run_in_label(sentence: str, catalog: RoleCatalog, document: str) -> str:
    """"Safety: incidents are logged by the Course Manager ...", "Loading: the Load
    Controller produces the loadsheet", "Safety – you carry out ...": a one-word label
    naming no role over a sentence whose subject (or agent) is a role, or "you", only
    titles it; the sentence is read without it. A longer label ("Risk assessments: The
    TPM ...") names the duty."""
    # (every match holds a colon or a dash)
    m = RUN_IN_LABEL.match(sentence) if ":" in sentence or "-" in sentence or \
        "–" in sentence or "—" in sentence else None
    if m is None or catalog.keys_in(m.group("label"), document) or \
            action_item(sentence) is not None:
        return sentence  # "ACTION: Clerk - buy the padlock" is read as an action
    rest = sentence[m.end():]
    topic = _topic_taken_up(m.group("label"), rest, catalog, document) \
        if ":" in m.group(0) else None
    if topic is not None:
        return topic
    if len(m.group("label").split()) > 1 and not (
            ":" not in m.group(0) and (run_on_clause(m.group("label"), rest) or
                                       _role_acts_first(rest, catalog, document))) or \
            len(rest.split()) < 4 or label_value(rest) is not None:
        return sentence  # "Risk assessments: The TPM ...": the label names the duty
    found = catalog.find(rest[:160], document)
    acting = bool(found) and (
        SUBJECT_PREFIX.match(rest[:found[0][1]]) is not None or _opened_subject(rest, found[0])
        or re.search(r"\bby\s+(?:the\s+|our\s+)?$", rest[:found[0][1]]) is not None)
    first = rest.split()[0]
    # "Afterwards: hand the roll call sheet to the Supervisor": an instruction the label
    # only places in time
    instruction = first.islower() and _imperative_duty(_without_you(rest), first)
    if not (acting or instruction or YOU_SUBJECT.match(rest)):
        return sentence
    return rest[:1].upper() + rest[1:]


GROUP_WORDS = {"committee", "board", "council", "panel", "group", "team", "forum", "office",
               "unit", "department", "division", "directorate", "secretariat", "commission",
               "taskforce", "agency", "authority", "service", "services", "function", "desk",
               "company", "organisation", "organization", "trust", "network", "centre"}


def _group_role(key: str, catalog: RoleCatalog) -> bool:
    """Whether a role is a body ("Committee", "Service Desk") that "it" can stand for."""
    name = catalog.roles[key].name if key in catalog.roles else key
    return name.split()[-1].lower() in GROUP_WORDS if name.split() else False


# What follows a subject before its verb: "The Technical Reviewer from the owning team
# reviews ...", "The Lead in each centre opens ..."
POST_MODIFIER = re.compile(r"^\s+(?:from|of|in|at|on|within|for)\s+(?:[\w'’-]+\s+){1,6}?"
                           r"(?=[a-z]+s\b)")


@lru_cache(maxsize=4096)  # a role's head word, asked of every sentence under it
def _describing(head: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:the|an?|our|this|its|their)\s+(?:[\w-]+\s+){{0,3}}?{head}s?\b",
                      re.IGNORECASE)


def _described(sentence: str, role: str) -> int | None:
    """Where the verb starts when a sentence's subject describes ``role`` by its last
    word ("An independent Advisory Board of five members will ..." for "Project Advisory
    Board", "The board reviews ..."), else None."""
    head = role.split()[-1]
    if not head.isalpha():
        return None
    m = _describing(head).match(sentence)
    if m is None:
        return None
    rest = sentence[m.end():]
    words = rest.split()
    # after it, at most a short "of ..." phrase or a remark in brackets, then the verb
    skips = [0]
    if words and words[0].lower() in ("of", "from"):
        skips = list(range(2, 6))
    for skip in skips:
        after = re.sub(r"^\s*\([^()]{0,60}\)", "", " ".join(words[skip:]))
        verb = after.split()[:2]
        if verb and (is_third_person_verb(verb[0]) or verb[0].lower() in MODAL_AUXILIARIES
                     and len(verb) > 1 and verb_lemma(verb[1].lower()) == verb[1].lower()):
            return len(sentence) - len(after)
    return None


def _you_at(sentence: str, after_opening: int) -> int | None:
    """Where "you" starts as the subject: first, after an opening phrase with its comma,
    or after one without ("At the end of the day you cash up the tills")."""
    if YOU_SUBJECT.match(sentence[after_opening:]):
        return after_opening
    m = re.search(r"\byou\s", sentence[:80], re.IGNORECASE)
    if m and OPENING_NO_COMMA.match(sentence[:m.start()] + "the ") and \
            YOU_SUBJECT.match(sentence[m.start():]):
        return m.start()
    return None


def _chain_role(part: str, catalog: RoleCatalog, document: str) -> str | None:
    """The one role a step of an arrow chain is ("Duty Team Leader (DTL)", "the Base"),
    else None (a step that says more than who, "999 call", is no role)."""
    found = catalog.find(part, document)
    if len({k for k, _s, _e in found}) != 1:
        return None
    rest = part[:found[0][1]] + " " + part[found[-1][2]:]
    rest = re.sub(r"\([^)]*\)|\b(?:the|our|a|an)\b", " ", rest, flags=re.IGNORECASE)
    return found[0][0] if not rest.strip(" ,.;") else None


def _arrow_chain(sentence: str, block: Block, doc: Document, catalog: RoleCatalog,
                 section: str) -> list[Claim] | None:
    """A hand-off written with arrows, or None when the sentence has none.

    "Party leader -> Base: position report every 30 minutes": the first role does what
    follows the colon and owns it, each role after an arrow is told (I). "full callout ->
    DTL alerts all members": the step after the arrow is read as a sentence, the
    condition before it dropped. "The clerk fills in the form -> Duty Manager": the
    sentence before the arrow is read, and the role after it is told of its duties. A
    chain of roles with nothing after it ("DTL -> informant") gives nothing."""
    if not ARROW.search(sentence):
        return None
    parts = [p.strip() for p in ARROW.split(sentence)]
    last, colon, what = parts[-1].partition(":")
    # ("-> Duty Manager, who signs it": the receiver, then what it does)
    last = re.split(r",\s*(?:who|which)\s", last)[0]
    roles = [_chain_role(p, catalog, doc.name) for p in [*parts[:-1], last]]
    span = sentence[:300]
    if colon and len(parts) >= 2 and roles[0] and any(roles[1:]):
        name = activity_name(what.strip())
        if not name:
            return []
        claims = [Claim(str(roles[0]), name, "R", True, doc.name, block.location, span,
                        section)]
        return claims + [Claim(str(r), name, "I", False, doc.name, block.location, span,
                               section) for r in dict.fromkeys(roles[1:]) if r and r != roles[0]]
    if all(roles[1:]) and not roles[0] and len(parts) == 2:
        # "The clerk fills in the form -> Duty Manager, who signs it": a sentence handed on
        to = roles[1]
        found = _sentences(Block(block.kind, parts[0], block.location), doc, catalog,
                           section)
        return _quoting(found + [Claim(str(to), c.activity, "I", False, doc.name,
                                       block.location, span, section)
                                 for c in found if c.kind == "R" and c.role != to], sentence)
    if len(parts) == 2 and not roles[0] and catalog.find(parts[1], doc.name) and \
            catalog.find(parts[1], doc.name)[0][1] <= 4:
        # "full callout -> DTL alerts all members": what is done in that case
        return _quoting(_sentences(Block(block.kind, parts[1], block.location), doc, catalog,
                                   section), sentence)
    return []


# An opening phrase and its comma ("In the first week, ..."), compiled once
OPENING_COMMA = re.compile(rf"^\s*{OPENING_PHRASE},\s*", re.IGNORECASE)
# A short opening phrase of time with no comma, then "he", "she" or "they" and a verb in
# the third person: "After dark he locks ...", "After lunch they clean ..."
_OPENING_BEFORE_PRONOUN = re.compile(
    r"^\s*(?:at|after|before|on|by|during|every|each|once)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?=(?:he|she)\s+[a-z]+s\b|they\s+[a-z]+\b)", re.IGNORECASE)


def _time_before_pronoun(sentence: str) -> re.Match[str] | None:
    """The short opening phrase of time before "he", "she" or "they" ("After dark he locks
    ..."), or None when it is a clause of its own: no word after its first ("Before they
    leave she checks ...": "they leave" is the clause), a pronoun among them, or a time
    that opens a clause ("By the time she arrives ...", "Every time they ...")."""
    m = _OPENING_BEFORE_PRONOUN.match(sentence)
    words = [w.lower() for w in m.group(0).split()[1:]] if m is not None else []
    if not words or words[-1] in ("time", "moment", "minute", "second", "instant") or \
            any(w in ("he", "she", "they", "we", "you", "i", "it") for w in words):
        return None
    return m


# A passive without its doer: "Instruments are booked in on the LIMS, given a job number
# and inspected for damage", "An uncertainty budget is prepared for each range"
# (behind its guard: every match holds "is", "are" or "be" between white space, which a
# list of duties in the imperative seldom holds; the pattern itself tries every way of
# cutting up to five words before it)
AGENTLESS_PASSIVE = Guarded(re.compile(
    r"^\s*(?P<what>(?:(?:the|an?|all|any|each|every|its|their|completed|damaged|new)\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,4}?)\s+(?:is|are|must\s+be|should\s+be|shall\s+be|"
    r"will\s+be|has\s+to\s+be|have\s+to\s+be|needs?\s+to\s+be)\s+"
    r"(?:always\s+|also\s+|then\s+|usually\s+|normally\s+)?(?P<done>[a-z]+\b.*?)[.;]?\s*$",
    re.IGNORECASE), r"\s(?:is|are|be)\s", quick=("is", "are", "be"))
PASSIVE_SUBORDINATORS = {"if", "when", "whenever", "once", "unless", "where", "while", "as",
                         "after", "before", "until", "because", "since", "although", "though"}
# Participles that state how a thing is, not work done on it
STATIVE_PARTICIPLES = {"be", "have", "base", "locate", "need", "require", "expect", "allow",
                       "permit", "consider", "know", "call", "use", "design", "intend",
                       "suppose", "cover", "involve", "relate", "concern", "find", "hold",
                       "compose", "make", "publish", "see", "show", "list", "describe",
                       "set", "include", "contain", "mean", "define", "apply", "close",
                       "open", "restrict", "limit", "lock", "staff", "fund", "own"}


# A report or a hand-off told without its doer: "reports late returns to the Regulator"
_REPORTED_ACTIVE = re.compile(r"^(?:reports|sends|submits|forwards|passes)\s.*?\sto\s+"
                              r"(?P<who>.+)$", re.IGNORECASE)


def _told_by_passive(sentence: str, block: Block, doc: Document, catalog: RoleCatalog,
                     section: str) -> list[Claim]:
    """I for the role a doerless passive reports or sends something to ("Any breach is
    reported to the Data Protection Officer": "Report any breach to the Data Protection
    Officer", the officer told); the doer is left to the reviewer. [] for other text."""
    active = agentless_passive(sentence)
    told = _REPORTED_ACTIVE.match(active) if active else None
    if active is None or told is None:
        return []
    # (up to a clause about the party: ", which decides whether ...")
    who = re.split(r"[,;(]|\s(?:which|who|before|after|within|when|if|so)\s", told.group("who"))[0]
    roles = [k for k, _s, _e in catalog.find(who, doc.name)]
    return [Claim(role, name, "I", False, doc.name, block.location, sentence[:300], section)
            for name in activity_names(active) for role in dict.fromkeys(roles)]


@lru_cache(maxsize=SENTENCE_CACHE)  # a pure function of the sentence
def agentless_passive(sentence: str) -> str | None:
    """A passive sentence without its doer as the predicates of whoever does it:
    "Instruments are booked in on the LIMS, given a job number and inspected for damage on
    arrival" -> "books in instruments on the LIMS, gives instruments a job number and
    inspects instruments for damage on arrival"; None for any other sentence, a
    condition ("If a seal is found broken ..."), a doer named with "by", or a state ("The
    room is held at 20 °C", "Results are published ...")."""
    m = AGENTLESS_PASSIVE.match(sentence)
    if m is None or len(sentence) > MAX_SENTENCE or re.search(
            r"\bby\b(?!\s+(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|"
            r"midday|midnight|(?:the\s+)?(?:end|close|start)\b|tomorrow|today|tonight))",
            sentence, re.IGNORECASE):
        return None  # (a doer with "by" is read elsewhere; "by Friday" says when)
    what = m.group("what").strip()
    first = what.split()[0].lower()
    if any(w.lower() in BARE_PRONOUNS | {"you", "we", "i", "both", "everyone", "everybody",
                                         "anyone", "anybody", "someone", "either", "neither"}
           for w in what.split()) or actor_word(what.split()[-1].lower()):
        return None  # "All of you are appointed ...", "Members are elected": people
    if first in PASSIVE_SUBORDINATORS or first in (
            "it", "this", "that", "there", "they", "he", "she", "we", "you", "i", "nothing",
            "no", "none"):
        return None
    if what.split()[-1].lower() in ("who", "which", "that", "whom", "whose"):
        return None  # "Reviews any patient who is flagged at triage": a relative clause
    what = what if what[1:2].isupper() else what[:1].lower() + what[1:]
    # the thing named again after its first mention: "an uncertainty budget" -> "the ..."
    again = re.sub(r"^(?:an?|any|each|every)\s+", "the ", what)
    # (", or sooner when ...", ", unless ...": when, no part of the work)
    done = re.split(r",\s*(?:or|but|unless|when|if|so|except)\b", m.group("done"))[0]
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+(?=[a-z]+(?:ed|en|t|wn|ne|id|ld|pt)\b)", done)
    out: list[str] = []
    for n, part in enumerate(parts):
        words = part.split()
        lemma = verb_lemma(words[0].lower()) if words else None
        if n and lemma in STATIVE_PARTICIPLES | GIVING_VERBS:
            continue  # "..., given a job number": what it is given, no work of its own
        if not words or lemma is None or lemma in STATIVE_PARTICIPLES or (
                lemma == words[0].lower() and lemma not in SAME_PARTICIPLE):
            if n == 0:
                return None
            out[-1] += ", " + part  # no participle: the part goes on the one before
            continue
        # "booked in on the LIMS", "sent out to members": a particle, then a preposition or
        # nothing; "stored in fridges", "closed on Sundays" put the thing somewhere
        particle = words[1] if len(words) > 1 and words[1].lower() in PARTICLES - {
            "on", "through"} and (len(words) == 2 or words[2].lower() in (
                "on", "at", "to", "for", "with", "by", "from", "into", "before", "after",
                "during", "within", "every", "each", "once")) else ""
        tail = words[2:] if particle else words[1:]
        out.append(" ".join([third_person_of(lemma), *([particle] if particle else []),
                             again if out else what, *tail]))
    return ", ".join(out[:-1]) + (" and " if len(out) > 1 else "") + out[-1] if out else None


# Courtesies: "Thanks to everyone who bid", "Thank you for agreeing to review", "Welcome
# aboard", "Congratulations on ..."
PLEASANTRY = re.compile(r"^\W*(?:thanks|thank you|many thanks|"
                        r"welcome(?=\s+(?:to|aboard|back)\b|\s*[!,.]|\s*$)|congratulations|"
                        r"apologies|sorry|best wishes|kind regards|cheers)\b", re.IGNORECASE)
# After a role that opens a clause following a colon: its aside in brackets, then a modal
# or a verb
# Words before a colon that name a duty, the sentence after it saying how it is done:
# an act's noun at their end ("Roadmap creation", "Stock management", "Budget approval")
# or a verb in "-ing" at their start ("Defining the vision")
_DUTY_NAMED = re.compile(r"(?:tion|sion|ment|ing|ance|ence|al|ure|sis)s?\W*$|"
                         r"^\W*[A-Z][a-z]+ing\s", re.IGNORECASE)
def _second_subject(text: str, found: list[tuple[str, int, int]]) -> bool:
    """Whether a role after the first in ``text`` is the subject of a clause of its own,
    after "and" or "but" and before a verb in the third person ("... and the supervisor
    notes it in the log")."""
    return any(re.search(r"\b(?:and|but|while|whereas)\s+(?:the\s+)?$", text[:start]) and
               is_third_person_verb((text[end:].split() or [""])[0])
               for _key, start, end in found[1:])


# A verb after a colon that takes what it acts on from the words before the colon: "it",
# "them", "again" ("Cash-up out: the Manager counts again ...": counts the cash-up)
_LEANS_ON_LABEL = re.compile(r"\s*(?:it|them|this|these|those|again|twice|so)\b",
                             re.IGNORECASE)
# A second clause after a first: ", and the Treasurer ...", "; the Chair ..."
_SECOND_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\s+(?:the\s+)?[A-Z]")
COLON_CLAUSE = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?(?:(?P<modal>will|must|shall|should|"
                          r"is to|are to)\s+)?[a-z]+")
# "The reception team, who sign you in and out ...": a role and a relative clause, no
# main clause after it
WHO_DOES = re.compile(r"^\s*(?P<who>(?:the|our|your)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+)"
                      r"(?:\s*\([^()]{1,60}\))?,\s+who\s+(?P<does>[a-z]+\s[^,;]*"
                      r"(?:,\s*and\s+[a-z]+\s[^,;]*)?)\.?$", re.IGNORECASE)
# A marker before a sentence that says what changed ("[NEW]", "[UPDATED]") or which
# control or step it is ("[PAY-03] The Payroll Manager compares ...")
STATUS_TAG = re.compile(r"^\s*\[[A-Z][A-Z0-9 ./-]{1,15}\]\s*")
# ", and they refer ...": a further clause with a pronoun subject of its own
THEY_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?=(?:they|he|she)\s+(?:also\s+)?"
                         # (not a passive: "..., and they are then approved by the Board")
                         r"(?!(?:are|is|were|was|get|gets|will be|must be)\b)[a-z]{3,}\s)|"
                         r",?\s+(?:and|but)\s+(?=I\s+(?:will\s+|then\s+)?[a-z]{3,}\s)")

# "While PMs define X, TPMs ensure Y": two statements
_CONTRAST = re.compile(r"^\s*(?:while|whereas)\s+([^,]+),\s*(.+)$", re.IGNORECASE)


_READERS_OWN = re.compile(r"\s*(?:your|our)\s", re.IGNORECASE)
_LEADING_ASIDE = re.compile(r"^\s*\([^()]{0,80}\)")
_OPENS_COMMA = re.compile(r"^\s*,")
_SHORT_ASIDE = re.compile(r"\s*\([^()]{0,60}\)")
_LEADING_ADVERB = re.compile(r"^\s*(?:also|usually|often|typically|then|either|directly|alone|"
                             r"personally|jointly|always|normally|generally|primarily|mainly)\s+")
_RESPONSIBLE_TO = re.compile(r"\b(responsible|accountable) to\b")
_DUTY_WORDS = re.compile(r"\s*(?:responsible for|accountable for|in charge of|tasked with)\s+",
                         re.IGNORECASE)
_ALTERNATIVE_VERB = re.compile(r"(?:or|and)\s+(\w+)\s")
_A_TEAM = re.compile(r"^(?:a|the|their|its|our)\s+(?:\w+\s+)?team\b", re.IGNORECASE)


# "If a customer asks for an exception, Amara logs it ...": a condition that names the thing
# a later "it" stands for
CONDITION_THEN = re.compile(
    r"^(?:\s*(?:if|when|whenever|once|where|after|as soon as)\s+(?:[^,;:]{3,150}?\s+)?"
    r"(?:a|an|any|the|each|every)\s+(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    # (the thing as the condition's subject: "When a complaint arrives", "is raised")
    r"(?:\s+(?:is|has been)\s+[a-z]+ed|\s+(?:arrives|comes in|happens|occurs))?)\s*,\s*"
    r"(?P<rest>[^,;:]{3,200}?\s[a-z]+s\s+it\b.*)$", re.IGNORECASE)


# ("If the forecast is poor, ...": a state of the thing, no part of its name)
_STATE_VERBS = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "looks",
                "seems", "gets", "becomes", "remains", "stays", "goes"}


def _it_after_condition(sentence: str) -> str:
    """The sentence with "it" after the main clause's verb read as the thing its opening
    condition names ("If a customer asks for an exception, Amara logs it in the tracker"
    -> "..., Amara logs the exception in the tracker"); as it was otherwise."""
    m = CONDITION_THEN.match(sentence)
    if m is None:
        return sentence
    thing = m.group("thing").split()
    if any(w.lower() in _STATE_VERBS for w in thing) or \
            singular(thing[-1].lower()) != thing[-1].lower() or \
            "NOUN" not in word_classes(thing[-1].lower()):
        return sentence  # ("them" would stand for a plural; "it" for a thing)
    rest = re.sub(r"\b(?P<verb>[a-z]+s)\s+it\b",
                  lambda v: f"{v.group('verb')} the {' '.join(thing)}"
                  if is_third_person_verb(v.group("verb")) else v.group(0), m.group("rest"))
    return sentence[:m.start("rest")] + rest


# A duty's object, then ", which are <done> by" another role: "... sets up the till floats,
# which are counted out by the Duty Manager"
_WHICH_DONE_BY = re.compile(
    r"^(?P<main>.*?\s(?P<thing>(?:the|their|its|all|any|each|every)\s+[\w'’-]+"
    r"(?:\s+[\w'’-]+){0,3}?)),\s+which\s+(?P<aux>is|are)\s+(?:then\s+|also\s+)?"
    r"(?P<verb>[a-z]{3,}ed)(?P<rest>(?:\s+(?:up|out|off|over|in|on))?\s+by\s+[^;]+)$")
# A thing, then "that the <role> <does>" to it: "the booking sheet that the Programmer
# sends every Monday"
_THING_A_ROLE_DOES = re.compile(
    r"\b(?P<thing>(?:the|a|an)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+that\s+the\s+"
    r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?P<verb>[a-z]{3,}s)\b"
    r"(?P<rest>(?:\s+(?:every|each|on|by|before|after|at)\s+[^,;.]{1,40})?)\s*(?=[,;.]|$)")
# Steps of checking or approving a thing, which make its checker consulted or its owner
_CHECKING_STEPS = {"review", "check", "verify", "approve", "authorise", "authorize",
                   "sign", "audit", "inspect", "countersign", "endorse", "test", "co-sign",
                   "cosign", "ratify"}


# An entry of a list of contacts: a post or a team, a dash and whom to ring, ending on the
# number ("Safety Manager – Anita Sandhu, ext. 2207.", "Occupational Health – 0300 555
# 0170."): whom to call, no duty
CONTACT_ENTRY = re.compile(r"^(?:[A-Za-z ]{1,30}:\s*)?[^–—:;]{1,60}?\s[–—-]\s+[^–—;]{0,50}?"
                           r"(?:(?:ext|tel|extension|telephone|phone)\.?:?\s*)?\+?\d[\d -]{3,}"
                           r"\.?$", re.IGNORECASE)



def _may_be_contact(sentence: str) -> bool:
    """Whether ``sentence`` holds a dash of CONTACT_ENTRY ("-", "–" or "—"), which every
    match holds between white space: most sentences hold none, and the pattern is tried
    only on those that do (``tests/test_derive_fast_paths.py`` compares both)."""
    return "-" in sentence or "\u2013" in sentence or "\u2014" in sentence


def _may_join_clause(sentence: str) -> bool:
    """Whether ``sentence`` holds "and" or "but" as written (THEY_CLAUSE ignores no case):
    every match of THEY_CLAUSE holds one of them."""
    return "and" in sentence or "but" in sentence

# A heading that says whom its section is written for ("Step by step for CX Advisors",
# "Checklist for new Stewards", "Guidance for the Duty Manager")
_FOR_HEADING = re.compile(r"\bfor\s+(?:the\s+|our\s+|new\s+|all\s+|every\s+|each\s+)?"
                          r"(?P<who>[^.,;:()]{2,60}?)\s*[:.]?\s*$", re.IGNORECASE)


# A heading's last words in brackets naming whom the section is for, after words of its
# own: "Your shift (porters)", "Loading up (all crew)"
_READER_ASIDE = re.compile(r"(?<=\w)\s+\((?:all\s+|the\s+)?(?P<who>[A-Za-z][\w' -]{1,40}?)\)$")


def _section_reader(section: str, catalog: RoleCatalog, document: str) -> str | None:
    """The one role a section's heading says the section is written for ("Step by step
    for CX Advisors"): its reader, whom its "you" and its orders speak to; None when the
    heading names no such role, or two ("Checks for drivers and loaders"). A heading "Your
    role as a driver" names its reader too."""
    heading = _AFTER_STOP.split(section.strip())[-1] if section else ""
    part = YOUR_ROLE_AS.match(heading) if heading[:4].lower() == "your" else None
    if part is not None:
        # "Your role as a driver": that section's reader, where the page's headings name
        # more than one part
        found = catalog.find(part.group("role"), document)
        return found[0][0] if len(found) == 1 and found[0][1:] == (
            0, len(part.group("role"))) else None
    aside = _READER_ASIDE.search(heading) if heading.endswith(")") else None
    if aside is not None:
        # "Your shift (porters)", "On the day (stewards)": the one role the section is
        # written for, named whole in brackets after what the section is about
        who = aside.group("who")
        found = catalog.find(who, document)
        return found[0][0] if len(found) == 1 and found[0][1:] == (0, len(who)) else None
    m = _FOR_HEADING.search(heading) if " for " in f" {heading.lower()} " else None
    if m is None or re.search(r"\b(?:and|or)\b|[&/,]", m.group("who")):
        return None
    who = m.group("who")
    found = catalog.find(who, document)
    # (the whole of what follows "for" is the role: not "the need for a DPIA review")
    return found[0][0] if len(found) == 1 and found[0][1:] == (0, len(who)) else None


# A sentence whose whole object is a pronoun: "The Duty Manager removes it (and logs it)."
_PRONOUN_OBJECT = re.compile(r"^(?P<head>.+?\s(?:(?:will|must|shall|should)\s+[a-z]+|[a-z]+s))"
                             r"\s+(?P<it>it|them)(?=(?:\s+and\s+[a-z]+s\s+(?:it|them))?"
                             # (a place, a party or a time after it: "confirms them with the
                             # league", "will review it every two years")
                             r"(?:\s+(?:to|with|at|on|in|into|by|before|after|every|each|once|"
                             r"within)\s+[^,;:()]{1,60}?)?\s*[.;!]?\s*$)")
# A thing said to go to or be done by someone, the subject of its passive ("Entries are sent
# to the Fixtures Secretary, ...", "Match fees are collected by the Captain, ...")
_PASSIVE_THING = re.compile(r"^\s*(?P<thing>(?:the\s+|all\s+|any\s+)?[A-Za-z][\w'’-]*"
                            r"(?:\s+[a-z][\w'’-]*){0,3}?)\s+(?:is|are)\s+(?:then\s+|also\s+)?"
                            r"[a-z]+(?:ed|en|t)\s+(?:on\s+|over\s+)?(?:to|by|with)\s")
# A thing named before a colon as the lead-in of what is said of it: "Broken glass: ..."
_THING_LEAD = re.compile(r"^\s*(?P<thing>[A-Z][a-z]+(?:\s+[a-z]+){0,3}):\s+\S")


# A thing that needs some work done to it, and perhaps by when: "The boiler needs a service
# before October", "The fire doors are due a check every May", "The gutters need a clean"
_THING_NEEDS = re.compile(
    r"^\s*(?:the|our|this|that|its|their)\s+"
    r"(?P<thing>(?-i:[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?))\s+"
    r"(?:(?P<one>needs|requires|is\s+due(?:\s+for)?)|need|require|are\s+due(?:\s+for)?)\s+"
    r"(?:a|an|another|its|their)\s+(?:new\s+|full\s+|annual\s+|yearly\s+)?"
    r"(?P<what>[a-z][\w-]*)(?P<when>\s+(?:before|by|in|every|each|this|next|within|after)\s+"
    r"[^,;:()]{1,40}?)?\s*[.!]?\s*$", re.IGNORECASE)


def _needed_work(before: str) -> list[str]:
    """What "it" stands for after a sentence saying a thing needs some work: the work,
    named by the thing and kept with when it is due ("The boiler needs a service before
    October. The Caretaker will arrange it.": the boiler service before October; "The
    gutters need a clean": the clean of the gutters), or [] for any other sentence (a
    party in need is written with a capital, "The Chair needs a report": not read)."""
    m = _THING_NEEDS.match(before) if " need" in before or " requir" in before or \
        " due" in before else None
    if m is None or "NOUN" not in word_classes(m.group("what").lower()):
        return []
    when = (m.group("when") or "").split()
    if m.group("one"):
        return ["the", *m.group("thing").split(), m.group("what"), *when]
    return ["the", m.group("what"), "of", "the", *m.group("thing").split(), *when]


def _antecedent(before: str, catalog: RoleCatalog, document: str) -> list[str]:
    """What a pronoun in the sentence after ``before`` stands for: the thing its "Thing:"
    lead-in names ("Broken glass: don't touch it."), the work a thing is said to need
    ("The boiler needs a service."), else the object of its role's verb ("The Porter finds
    the lost keys."), else []."""
    needed = _needed_work(before)
    if needed:
        return needed
    lead = _THING_LEAD.match(before)
    if lead is not None:
        thing = lead.group("thing")
        if catalog.find(thing, document) or thing.split()[0].lower() in (
                "note", "notes", "tip", "warning", "important", "remember", "example", "why",
                "when", "who", "what", "how", "where", "step", "action", "owner"):
            return []
        return [thing[0].lower() + thing[1:]]
    subject = _leading_role(before, catalog.find(before[:120], document))
    if subject is None:
        passive = _PASSIVE_THING.match(before)
        if passive is not None and not catalog.find(passive.group("thing"), document):
            # "Entries are sent to the Fixtures Secretary, who confirms them ...": the
            # passive's subject
            return the_thing(passive.group("thing"))
        owned = rephrased(before)
        what = owned[1].split(" is responsible for ", 1)[1].rstrip(" .").split() \
            if owned is not None and " is responsible for " in owned[1] else []
        # ("Overall responsibility for this policy lies with the Director, who will
        # review it ...": the thing owned, named by a determiner and a noun or two)
        return what if 2 <= len(what) <= 4 and what[0].lower() in (
            "the", "this", "these", "that", "those", "our", "its") and \
            not any(verb_lemma(w.lower()) == w.lower() and w.endswith("ing") for w in what) \
            else []
    predicate = before[subject[2]:].strip()
    if not predicate or not is_third_person_verb(predicate.split()[0]):
        return []
    return _referent(predicate.rstrip(" ."))


# The same party named again after its subject, between commas or in brackets: ", the
# Caretaker,", " (Caretaker)"
_APPOSED = re.compile(r"\s*(?:,\s*[^,.;()]{2,60},|\([^()]{2,60}\))")


def _pronoun_antecedents(sentences: list[tuple[str, str]], catalog: RoleCatalog,
                         document: str) -> list[tuple[str, str]]:
    """Sentences whose role does something to "it" or "them" alone read with what the
    pronoun stands for in the sentence before ("Broken glass: don't touch it. The Duty
    Manager removes it." -> "The Duty Manager removes broken glass.")."""
    out: list[tuple[str, str]] = []
    for n, (sentence, where) in enumerate(sentences):
        m = _PRONOUN_OBJECT.match(sentence) if n and (" it" in sentence or " them" in
                                                      sentence) else None
        found = catalog.find(sentence[:120], document) if m is not None else []
        subject = _leading_role(sentence, found) if m is not None else None
        start = subject[2] if subject is not None else 0
        apposed = _APPOSED.match(sentence, start) if subject is not None else None
        if apposed is not None and subject is not None and any(
                key == subject[0] and apposed.start() < at < apposed.end()
                for key, at, _end in found):
            start = apposed.end()  # "Sam Patel, the Caretaker, will arrange it": one party
        verb = sentence[start:m.end("head")].split() if subject is not None and \
            m is not None else []
        if m is not None and subject is not None and (len(verb) == 1 and is_third_person_verb(
                verb[0]) or len(verb) == 2 and verb[0] in ("will", "must", "shall", "should")
                and verb_lemma(verb[1]) == verb[1]):
            obj = _antecedent(sentences[n - 1][0], catalog, document)
            if obj and _plural_object(obj) == (m.group("it") == "them"):
                sentence = f"{m.group('head')} {' '.join(obj)}{sentence[m.end('it'):]}"
        out.append((sentence, where))
    return out


# A passive's doer named as a person: "(is kept) by Ifeoma", "by Ifeoma Obi"
# (a hyphen never ends it: "by Ngozi Okonjo-Iweala" is the whole name)
_BY_PERSON = re.compile(rf"(?<=\sby\s)(?P<person>{FIRST_NAME}(?:\s{SURNAME})?)(?<!-)\b")


def _by_holder(m: re.Match[str], catalog: RoleCatalog, document: str) -> str:
    """The role a passive's doer holds ("by Ifeoma" -> "the Head Baker"), when the page
    makes that person the holder of one role; else the doer as written."""
    person = m.group("person")
    if actor_name(person, acronym=True) is not None:
        return person
    keys = catalog.keys_in(person, document)
    return f"the {catalog.roles[keys[0]].name}" if len(keys) == 1 else person


def _whole_doer(around: tuple[str, str], sentence: str, catalog: RoleCatalog,
                document: str) -> tuple[str, str]:
    """A passive's doer read back whole when the page names a role it only begins: in
    "Shore crew are briefed by the Head Launcher" the doer is the Head Launcher, a role of
    the page, not a "Head" (the word a role's name ends with as far as the rephrasing can
    tell)."""
    who, text = around
    if not text.startswith(f"The {who} "):
        return around
    for _key, start, end in catalog.find(sentence, document):
        named = sentence[start:end]
        if len(named) > len(who) and named.lower().startswith(who.lower() + " ") and \
                re.search(r"\bby\s+(?:the\s+)?$", sentence[:start], re.IGNORECASE):
            return named, f"The {named} {text[len(who) + 5:]}"
    return around


def _modified_plural_subject(sentence: str) -> bool:
    """Whether a sentence opening with a word in "-ing" goes on with a plural noun and its
    plain verb ("Evening volunteers leave", "Opening times vary"): the word names what
    the noun is, and the sentence says what they do, no step of a gerund."""
    words = [w.strip(",.;:!?").lower() for w in sentence.split()[1:4]]
    if len(words) < 2 or not words[1].isalpha():
        return False
    # (the verb ends the sentence or a word of place, time or manner follows it: no noun
    # it would name, as "publishing defects closure reports" goes on)
    if len(words) > 2 and words[2] not in _AFTER_PLAIN_VERB:
        return False
    noun, verb = words[:2]
    return len(noun) > 3 and singular(noun) != noun and "NOUN" in word_classes(noun) and \
        verb_lemma(verb) == verb and "VERB" in word_classes(verb)


_AFTER_PLAIN_VERB = frozenset({"at", "by", "in", "on", "from", "after", "before", "when",
                               "until", "early", "late", "first", "last", "here", "there",
                               "together", "home", "then", "now", "quietly", "promptly"})


# A condition opening a sentence ("If the gate is locked the Warden ..."), and the words
# a main clause's role goes on with: a modal or a verb in the third person
_BARE_CONDITION = re.compile(r"^\s*(?:if|where|when|whenever|once|unless|as soon as)\s",
                             re.IGNORECASE)
_CLAUSE_MODALS = frozenset({"will", "must", "shall", "should", "can", "may", "needs", "has"})
# Words that make a condition a clause with a verb of its own ("is", "has", "cannot")
_CONDITION_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "not",
                              "cannot", "can't", "isn't", "aren't", "hasn't", "haven't",
                              "does", "do", "will", "must", "should", "would", "can"})


def _comma_after_condition(sentence: str, catalog: RoleCatalog, document: str) -> str:
    """A condition written first with no comma ("Where the tide is too low the Harbour
    Master will postpone the launch") read with the comma written in before the main
    clause's role, as "Where the tide is too low, the Harbour Master will ..." is read: the
    role is one followed by a modal or a verb in the third person, after a condition of two
    words or more that holds a verb of its own. Any other sentence as it was."""
    timed = _POINT_FIRST.match(sentence)
    if _BARE_CONDITION.match(sentence) is None and timed is None:
        return sentence
    for _key, start, end in catalog.find(sentence[:240], document) if timed is None else ():
        before = sentence[:start]
        if "," in before or ";" in before or ":" in before:
            return sentence  # (a comma already closes the condition)
        article = re.search(r"\b(?:the|a|an|our|each|every|any)\s+$", before, re.IGNORECASE)
        cut = article.start() if article else start
        words = [w.lower() for w in sentence[:cut].split()[1:]]
        after = sentence[end:].split()[:1]
        if len(words) < 2 or not after or not (
                after[0] in _CLAUSE_MODALS or is_third_person_verb(after[0])):
            continue
        if any(w in _CONDITION_VERBS or w.endswith("ed") or is_third_person_verb(w)
               for w in words):
            main = sentence[cut:].rstrip()
            stop = main[-1] if main[-1] in ".!" else ""
            condition = sentence[:cut].strip()
            main = main[:len(main) - len(stop)]
            if re.search(r",\s", main):
                # (a second duty joined on, "... will call the engineer and, if ..., warn
                # ...": the comma written in, the clauses where they stand)
                return f"{condition}, {sentence[cut:]}"
            return f"{main[:1].upper()}{main[1:]} {condition[:1].lower()}{condition[1:]}{stop}"
    passive = _PASSIVE_MAIN.search(sentence, 0, 240)
    while passive is not None and not re.search(r"[,;:]", sentence[:passive.start()]):
        words = [w.lower() for w in sentence[:passive.start()].split()[1:]]
        if timed is not None and timed.end() <= passive.start() + 1 or \
                len(words) >= 2 and any(w in _CONDITION_VERBS or w.endswith("ed") or
                                        is_third_person_verb(w) for w in words):
            main = sentence[passive.start() + 1:].rstrip()
            stop = main[-1] if main[-1] in ".!" else ""
            main = main[:len(main) - len(stop)]
            condition = sentence[:passive.start()].strip()
            return f"{main[:1].upper()}{main[1:]} {condition[:1].lower()}{condition[1:]}{stop}"
        # (the condition's own subject matched first: the main clause is further on)
        passive = _PASSIVE_MAIN.search(sentence, passive.start() + 1, 240)
    return sentence


# How often a duty is done, written first ("Each week, the Cook orders ...", "Every evening
# the Warden checks ..."), before the subject
_OFTEN_FIRST = re.compile(
    r"^\s*(?P<when>(?:each|every)\s+(?:other\s+)?(?:day|morning|afternoon|evening|night|"
    r"week|fortnight|month|quarter|year|term|season|sprint|shift|session|iteration|cycle|"
    r"weekday|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day))"
    r"\s*,?\s+(?=(?:the|our|your|its|their)\s)",
    re.IGNORECASE)


def _often_after_duty(sentence: str, catalog: RoleCatalog, document: str) -> str:
    """How often a duty is done written before its subject ("Each week, the Cook orders
    the flour.") read after the duty, where a name keeps it ("The Cook orders the flour
    each week."): the subject a role, followed by a modal or a verb in the third person,
    one act after it (a series parted by commas is read one act at a time, each with the
    time before it; two acts joined by "and" are read as written), and room left in the
    act's name for the time. Any other sentence as it was."""
    opening = _OFTEN_FIRST.match(sentence)
    if opening is None:
        return sentence
    main = sentence[opening.end():].rstrip()
    found = catalog.find(main[:160], document)
    if not found or not re.fullmatch(r"(?:the|our|your|its|their)\s+", main[:found[0][1]],
                                     re.IGNORECASE):
        return sentence
    after = main[found[0][2]:].split()[:1]
    if not after or not (after[0] in MODAL_AUXILIARIES or is_third_person_verb(after[0])) or \
            re.search(r"[,;:]\s", main):
        return sentence
    stop = main[-1] if main[-1] in ".!" else ""
    main = main[:len(main) - len(stop)]
    if any(is_third_person_verb(m.group(1)) for m in _AND_ACT.finditer(main, found[0][2])):
        # ("Every month the Clerk checks two files and records the result": two acts, and
        # which of them the time belongs to the sentence does not say)
        return sentence
    when = opening.group("when").lower()
    if len(activity_name(main[found[0][2]:]).split()) + len(when.split()) > MAX_WORDS:
        # (a name with no room left for when keeps what it is about and where, as a name
        # too long with its time goes without the time first)
        return sentence
    return f"{main[:1].upper()}{main[1:]} {when}{stop}"


_AND_ACT = re.compile(r"\s+and\s+([a-z]+)\b")


# A point in time written first with no comma, before a passive ("At the end of the 28
# days the plot is re-inspected by the Allotments Officer"): read after it, as a condition
_POINT_FIRST = re.compile(r"^\s*(?:at|by|before|after|on)\s+the\s+(?:end|start|beginning|"
                          r"close|day|morning|evening)\s+of\s+[^,;]{2,40}?(?=\s(?:the|a|an|any|"
                          r"all|each|every)\s)", re.IGNORECASE)
# A main clause in the passive after a condition, its doer a name in capitals ("... the
# fee is refunded to the owner by the Harbour Master")
_PASSIVE_MAIN = re.compile(
    r"\s(?:the|a|an|any|all|each|every)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:is|are|will\s+be|must\s+be|should\s+be|shall\s+be)\s+(?:[A-Za-z]{1,12}-)?"
    r"[a-z]+(?:ed|en|nt)\b"
    r"[^,;]*?\sby\s+(?:the\s+)?[A-Z]")


def _labelled_by_role(context: list[str] | None, section: str, reader: str,
                      catalog: RoleCatalog, document: str) -> bool:
    """Whether a paragraph was given one role other than the page's reader by a label of
    its own ("**Drivers** – load the vans ..."), not by the heading it stands under: what
    it says is that role's, even in a page written to its reader."""
    return context is not None and len(context) == 1 and context[0] != reader and \
        not catalog.keys_in(section, document)


# A clause in brackets at a sentence's end whose subject is a role: "Stewards decide any
# protests (the Clerk keeps them informed of every penalty)"
_CLAUSE_IN_BRACKETS = re.compile(r"\s*\((?P<clause>(?:the|our)\s+[^()]{8,200})\)\s*[.;]?\s*$",
                                 re.IGNORECASE)


def _bracketed_clause(sentence: str, catalog: RoleCatalog, document: str) -> list[str]:
    """A sentence and the clause in brackets at its end when that clause has a role of its
    own as subject, a verb in the third person after it, each read on its own ("The
    Clerk keeps them informed ...", "them" the plural role the sentence opens with);
    else the sentence alone."""
    m = _CLAUSE_IN_BRACKETS.search(sentence) if sentence.rstrip(" .;").endswith(")") else None
    if m is None or m.start() == 0:
        return [sentence]
    clause = m.group("clause")
    found = catalog.find(clause, document)
    after = clause[found[0][2]:].split() if found and \
        re.fullmatch(r"(?:the|our)\s+", clause[:found[0][1]], re.IGNORECASE) else []
    if not after or not is_third_person_verb(after[0]):
        return [sentence]
    main = sentence[:m.start()].rstrip(" ,") + "."
    opened = catalog.find(main, document)
    if opened and opened[0][1] == 0 and re.search(r"\bthem\b", clause) and \
            main[:opened[0][2]].lower().endswith("s"):
        clause = re.sub(r"\bthem\b", f"the {main[:opened[0][2]]}", clause, count=1)
    return [main, clause[:1].upper() + clause[1:] + "."]


def _people_line(block: Block, section: str) -> bool:
    """Whether an item under a who's who heading gives the writer by name or several
    people, a dash and the role they hold, and nothing more ("- Me (Carys) - organiser",
    "- Bob, Sue & Kim - timekeepers"): who holds the role, no work of it."""
    if block.kind != "item" or not WHOS_WHO_HEAD.match(section):
        return False
    m = WHOS_WHO_ITEM.match(block.text)
    return m is not None and re.search(r"[(,&]|\band\b", m.group("person")) is not None and \
        not block.text[m.end():].strip(" .;")


def _sentences(block: Block, doc: Document, catalog: RoleCatalog, section: str,
               context: list[str] | None = None, carry: list[str] | None = None
               ) -> list[Claim]:
    """Claims from sentences whose subject is a role, 'they' / 'this role' after one, or
    none at all when the sentence starts with a verb ("Manages the test team.") and a
    role was the subject just before (``carry``) or heads the section."""
    if _people_line(block, section):
        return []  # "- Me (Carys) - organiser": who holds the role, no work of it
    claims = []
    reader = READER.get() or _section_reader(section, catalog, doc.name) or \
        _you_in_role_section(block.text, context, section)
    last = context[0] if context and len(context) == 1 else None
    if carry:
        last = last or carry[0]
    sentences: list[tuple[str, str]] = []  # (sentence, the line it starts on)
    source = block
    block = _dash_doer(_lane_step(block, catalog, doc.name), catalog, doc.name)
    at = 0
    parts = [part for whole in split_sentences(block.text)
             for part in _bracketed_clause(whole, catalog, doc.name)]
    if re.search(r"\b[Tt]he [a-z]", block.text):
        parts = _titles_named_back(parts, catalog, doc.name,
                                   partial(_carried_alone, source, doc, catalog, carry or ()))
    if len(parts) > 1 and _holds(block.text, " off", "approv", "countersign", "authori",
                                 "endorse", "ratif", "co-sign", "cosign"):
        parts = _sign_off_joined(parts, catalog, doc.name)
    for sentence in parts:
        found_at = block.text.find(sentence, at)
        at = found_at if found_at >= 0 else at
        where = block.location_at(at)
        if _may_be_contact(sentence) and CONTACT_ENTRY.match(sentence):
            continue
        sentence = STATUS_TAG.sub("", sentence)  # "[NEW] If a route cannot be covered, ..."
        sentence = said_plainly(sentence)  # ", keeping X informed", ", checking with X"
        sentence = _each_party(sentence, catalog, doc.name)
        sentence = _comma_after_condition(sentence, catalog, doc.name)
        if sentence.lstrip()[:1] in "Ee":
            sentence = _often_after_duty(sentence, catalog, doc.name)
        if " and " in sentence:  # ("..., and the Treasurer signs it off")
            sentence = _signed_off_after(sentence, catalog, doc.name) or sentence
        if " it" in sentence:
            sentence = _it_after_condition(sentence)
        narrowed = without_narrowing_clause(sentence) if " who " in sentence[:200] else None
        if narrowed is not None and catalog.keys_in(narrowed[0], doc.name):
            sentence = narrowed[1]  # "A steward who cannot attend tells ...": the steward
        if ", " in sentence[:80]:
            sentence = _holder_aside(sentence, catalog, doc.name)
        if " at " in sentence[:80] or " in " in sentence[:80]:
            sentence = _place_after_subject(sentence, catalog, doc.name)
        if " is " in sentence[:60]:
            sentence = _person_as_role(sentence, catalog, doc.name)
        if "ing " in sentence[:120] and (" is " in sentence[:80] or " are " in sentence[:80]
                                         or _PRONOUN_PROGRESS.match(sentence)):
            sentence = _progressive_duty(sentence, catalog, doc.name)
        if "please" in sentence[:60].lower():
            sentence = _asked_by_name(sentence, catalog, doc.name)
        relative = WHO_DOES.match(sentence) if "," in sentence and _holds(sentence, "who") \
            else None  # (every match holds ", who")
        if relative and catalog.find(relative.group("who"), doc.name) and not any(
                is_third_person_verb(w) for w in relative.group("who").split()[1:]):
            # "The driver coordinator (Phil Marsh), who plans the rota a month ahead": a
            # role and what it does, with no main clause
            # (under "Who checks the boundary?", what the question asks too)
            answered = _answered(section, ", who " + relative.group("does"))
            sentence = f"{relative.group('who')}{answered}" \
                if not answered.startswith(", who ") else \
                f"{relative.group('who')} {relative.group('does')}"
        colon = sentence.find(": ")
        told = sentence[colon + 2:] if colon > 0 else ""
        lead = _leading_role(told, catalog.find(told[:120], doc.name)) if told else None
        opened = COLON_CLAUSE.match(told, lead[2]) if lead is not None else None
        readers = _READERS_OWN.match(told) is not None
        does = (told[lead[2]:].split() or [""])[0] if lead is not None else ""
        if lead is not None and opened is not None and (
                is_third_person_verb(does) if readers else
                opened.group("modal") or is_third_person_verb(does) and
                does.lower() not in SUBJECT_VERBS and not _SECOND_CLAUSE.search(told) and
                not _DUTY_NAMED.search(sentence[:colon]) and
                not _LEANS_ON_LABEL.match(told, lead[2] + len(does) + 1) and
                not _second_subject(told, catalog.find(told, doc.name))):
            # "Transcripts will not be shared openly: the Co-Investigator will decide
            # requests", "..., but for everyone's information: your AC chases late
            # reviews": the clause after the colon, with a subject and a modal of its own
            # (or a role the reader has), is a sentence of its own; so is one with a verb
            # of its own ("Fair play: the Chief Arbiter decides ..."), read whole when a
            # second clause follows it (", and Hannah reports ...") or when the words
            # before the colon name the duty ("Roadmap creation: the PM maps out ...")
            sentences += [(sentence[:colon + 1], where), (told, where)]
            continue
        made = _THING_A_ROLE_DOES.search(sentence) if " that the " in sentence else None
        if made is not None:
            found = catalog.find(made.group("who"), doc.name)
            if found and found[0][1:] == (0, len(made.group("who"))) and \
                    is_third_person_verb(made.group("verb")) and \
                    verb_lemma(made.group("verb")) not in (None, "be", "have", "need", "want"):
                # "Trailers are added from the booking sheet that the Programmer sends
                # every Monday": what the role does with the thing, a sentence of its own
                sentences += [(sentence, where),
                              (f"The {made.group('who')} {made.group('verb')} "
                               f"{made.group('thing')}{made.group('rest')}.", where)]
                continue
        which = _WHICH_DONE_BY.match(sentence) if ", which " in sentence else None
        if which is not None and verb_lemma(which.group("verb").lower()) not in (
                None, *_CHECKING_STEPS) and catalog.find(which.group("rest"), doc.name):
            # "Bar staff set up the till floats, which are counted out by the Duty
            # Manager": the things, then what another role does to them, two sentences
            thing = which.group("thing")
            sentences += [(which.group("main") + ".", where),
                          (f"{thing[:1].upper()}{thing[1:]} {which.group('aux')} "
                           f"{which.group('verb')}{which.group('rest')}", where)]
            continue
        actions = _action_list(sentence, catalog, doc.name) if " to " in sentence else None
        if actions is not None:
            # "The Secretary to renew the licence, and the Chair to sign the form": each
            # action of the list with its own doer, a sentence of its own
            sentences += [(action, where) for action in actions]
            continue
        clause = _relative_duty(sentence, catalog, doc.name) if ", who " in sentence \
            else None
        if clause is not None:
            # "Reports go to the Security Team, who fix them in a private branch": what the
            # role named before "who" does is a sentence of its own, after the main clause
            # (the main clause read without it when it says who owns a thing: "Overall
            # responsibility for the policy lies with the Director, who will review it")
            main = clause[1] if rephrased(sentence) is None and \
                rephrased(clause[1]) is not None else sentence
            sentences += [(main, where), (clause[0], where)]
            continue
        again = COLON_PRONOUN.match(told) if colon > 0 else None
        subject = _leading_role(sentence[:colon], catalog.find(sentence[:colon], doc.name)) \
            if again is not None else None
        verb = (told[again.end():].split() or [""])[0] if again is not None else ""
        if again is not None and subject is not None and (is_third_person_verb(verb) or (
                again.group(0).lower().startswith("they") and verb_lemma(verb) == verb
                and "VERB" in word_classes(verb))):
            # "The Porter arrives at 7am: he opens the gates and checks the alarm": the
            # clause after the colon is the subject's, read as a sentence of its own
            sentences += [(sentence[:colon + 1], where),
                          (f"{sentence[subject[1]:subject[2]]} {told[again.end():]}", where)]
            continue
        then = THEY_CLAUSE.search(sentence) if _may_join_clause(sentence) else None
        if then:
            # "They do not change the decision, and they refer all press queries to ...":
            # a clause of its own subject, read on its own
            sentences += [(sentence[:then.start()] + ".", where),
                          (sentence[then.end():][:1].upper() + sentence[then.end() + 1:], where)]
            continue
        if ", " in sentence and " and," in sentence:
            # "... reviews the RFC and, once discussion settles, the lead proposes ...": the
            # condition set off after "and" is no part of either clause; "checks the RFC
            # and, if it is incomplete, returns it": nor of the same subject's next verb
            sentence = AND_CONDITION.sub(" and ", sentence)
            sentence = SAME_SUBJECT_CONDITION.sub(
                lambda m: " and " if is_third_person_verb(m.group("verb")) else m.group(0),
                sentence)
        # "While PMs define X, TPMs ensure Y": two statements, one per role.
        contrast = _CONTRAST.match(sentence) if "," in sentence else None
        sentences += [(contrast.group(1), where), (contrast.group(2), where)] if contrast \
            else [(clause, where) for part in _modal_predicates(sentence)
                  for clause in _own_subject_clauses(part, catalog, doc.name)]
    whole = block
    sentences = _pronoun_antecedents(sentences, catalog, doc.name)
    for sentence, where in sentences:
        # (the block itself where it already reads so: a copy per sentence is the costlier)
        block = whole if where == whole.location and not whole.breaks else \
            replace(whole, location=where, breaks=())
        if "and" in sentence and "," in sentence:  # (what the pattern cannot match without)
            sentence = LATER_VERB_ASIDE.sub(
                lambda m: f"{m.group('verb')} {m.group('what')}, {m.group('aside')}"
                if is_third_person_verb(m.group("verb").split()[-1]) else m.group(0), sentence)
        predicates = _coordinated_predicates(sentence, catalog, doc.name)
        if len(predicates) > 1:  # each read as a sentence, quoted as written
            for predicate in predicates:
                claims += _quoting(_sentences(Block(block.kind, predicate, block.location),
                                              doc, catalog, section, context, carry), sentence)
            # "It ..." next is about them
            lead = _leading_role(sentence, catalog.find(sentence, doc.name))
            last = lead[0] if lead else last
            continue
        chain = _arrow_chain(sentence, block, doc, catalog, section)
        if chain is not None:  # "Party leader -> Base: position report"
            claims += chain
            continue
        sentence = SENTENCE_OPENER.sub("", sentence)
        if "-mail" in sentence:  # "e-mails the form": the verb read as one word
            sentence = E_MAIL.sub(lambda m: m.group(1) + "mail", sentence)
        sentence = _without_run_in_label(sentence, catalog, doc.name)
        ours = _we_as_role(sentence, catalog, doc.name, reader) \
            if "we" in sentence.lower() or "us" in sentence.lower() else None
        if ours is not None and ours[0] != sentence:
            # "We check the form", "Send us the invoice": read with the role "we" is named,
            # quoted as written and named with the page's own words
            claims += [replace(c, activity=_as_written(c.activity, ours[1], ours[2]))
                       for c in _quoting(_sentences(Block(block.kind, ours[0], block.location),
                                                    doc, catalog, section, context, carry),
                                         sentence)]
            continue
        told_you = _told_you(sentence, catalog, doc.name) \
            if "you" in sentence.lower() else None
        if told_you is not None:
            # "The wardens ... report what they find to you": the page's post is told,
            # named with the page's own words
            claims += [replace(c, activity=re.sub(
                rf"\bthe {re.escape(told_you[1])}\b", "you", c.activity, flags=re.IGNORECASE))
                       for c in _quoting(_sentences(Block(block.kind, told_you[0],
                                                          block.location),
                                                    doc, catalog, section, context, carry),
                                         sentence)]
            continue
        conditioned = _conditioned_imperative(sentence)
        if conditioned is not None:  # "If anyone is waiting, call the Duty Manager"
            claims += _quoting(_sentences(Block(block.kind, conditioned, block.location), doc,
                                          catalog, section, context,
                                          None if carry is None else [last] if last else carry),
                               sentence)
            continue
        expanded = CONTRACTION.sub(lambda m: m.group(1) + (" will" if m.group(2).lower() == "ll"
                                                           else " are"), sentence) \
            if "'" in sentence or "’" in sentence else sentence  # (a contraction's mark)
        if "get" in expanded and " by " in expanded:
            # "The bins get emptied by the Caretaker": read as "are emptied by"
            expanded = get_as_be(expanded)
        # "let the Site Manager know": tell them
        expanded = LET_KNOW.sub(lambda m: ("tells " if m.group("verb").lower() == "lets" else
                                           "Tell " if m.group("verb") == "Let" else "tell ") +
                                m.group("who"), expanded) if "know" in expanded else expanded
        if expanded != sentence:  # "You'll", "they're": read in full, quoted as written
            # ("The Lead puts up the rota. She'll also brief ...": "she" is the subject
            # just before, as it is in "She will also brief ...")
            read_in_full = _quoting(_sentences(Block(block.kind, expanded, block.location),
                                               doc, catalog, section,
                                               [last] if last else context,
                                               None if carry is None else [last] if last
                                               else carry), sentence)
            claims += [replace(c, activity=_let_know_name(c.activity, sentence))
                       for c in read_in_full] if "know" in sentence else read_in_full
            continue
        second_you = SECOND_YOU.search(sentence) if "you" in sentence.lower() else None
        if second_you is not None and you_subject(sentence[:second_you.start()]):
            # "You will own the pipelines, and you will mentor two engineers": two duties
            # of the reader, each read as a sentence of its own
            for part in (sentence[:second_you.start()] + ".", "You " +
                         sentence[second_you.end():]):
                claims += _quoting(_sentences(Block(block.kind, part, block.location), doc,
                                              catalog, section, context, carry), sentence)
            continue
        sentence = _short_form(sentence, context, catalog, doc.name)
        condition = condition_subject(sentence)
        if condition and catalog.keys_in(condition[0], doc.name):
            sentence = f"{condition[0]} {condition[1]}"
        fronted = FRONTED_MEANS.match(sentence)
        doer = subject_actor(fronted.group("rest")) if fronted else None
        if fronted and doer and catalog.keys_in(doer[0], doc.name):
            # "By testing the kit and logging faults, volunteers keep the club safe": what
            # they do is the means
            sentence = f"The {doer[0]} is responsible for {fronted.group('means')}."
        if EXAMPLE_SENTENCE.match(sentence) or PLEASANTRY.match(sentence):
            # "For example, a clerk could ...": an illustration, not a duty; "Thanks to
            # everyone who bid": a courtesy
            continue
        acting = action_item(sentence)
        if acting is not None and catalog.keys_in(acting[0], doc.name):
            sentence = acting[1]  # "ACTION: QA Lead to prepare the plan": QA Lead will
        addressed = AS_THE_ROLE.match(sentence)
        if addressed and catalog.keys_in(addressed.group("who"), doc.name):
            # "As a site supervisor, you will ...": the reader is that role (in this
            # sentence, whomever the page speaks to elsewhere: "As the Raffle Coordinator,
            # you ..." after "As the Publicity Officer, you ...")
            who = catalog.keys_in(addressed.group("who"), doc.name)[:1]
            speaking = READER.set(who[0])
            try:
                claims += _quoting(_sentences(
                    Block(block.kind, "You " + sentence[addressed.end():], block.location),
                    doc, catalog, section, who), sentence)
            finally:
                READER.reset(speaking)
            continue
        following = _FOLLOWING_TOLD.match(sentence) if ": " in sentence else None
        if following is not None:
            # "The following must be informed at once: the Deputy and the Head": those
            # listed, as the subject ("The Deputy and the Head must be informed at once")
            listed = following.group("list").strip().rstrip(".")
            each = _told_of_last_duty(
                claims, [k for k, _s, _e in catalog.find(listed, doc.name)],
                "consulted" in following.group("verb").lower(), doc, block, sentence, section)
            if each is not None:
                claims += each
                continue
            sentence = f"{listed[:1].upper()}{listed[1:]} {following.group('verb')}."
        pair = co_subjects(sentence) or _catalogued_pair(sentence, doc, catalog)
        if pair is not None and all(catalog.keys_in(p, doc.name) for p in pair[0]):
            # "The clerk and the porter (jointly) sign the sheets": each of them does it
            tail = re.sub(r"^\s*(?:jointly|together|both)\s+", "", sentence[pair[1]:])
            told = re.sub(r"^\s*be\s+", " is ", MODAL.sub(" ", tail)) if MODAL.match(tail) \
                else tail
            bare = BARE_LETTER.match(told)
            # "The Trip Leader organises a search. The Deputy and the Head must be told at
            # once.": both told (or consulted) on the duty just stated
            pair_told = _told_of_last_duty(
                claims, [catalog.keys_in(p, doc.name)[0] for p in pair[0]],
                _consulted_cue(bare), doc, block, sentence, section) if bare else None
            if pair_told is not None:
                claims += pair_told
                continue
            for phrase in pair[0]:
                claims += _quoting(_sentences(Block(block.kind, f"{phrase} {tail}",
                                                    block.location), doc, catalog, section),
                                   sentence)
            continue
        around = rephrased(sentence)
        if around is None and " by " in sentence:
            # "The float is counted by Bartek": by the person who holds a role, read as by
            # that role
            around = rephrased(_BY_PERSON.sub(partial(_by_holder, catalog=catalog,
                                                      document=doc.name), sentence))
        if around is not None and " by " in sentence:
            around = _whole_doer(around, sentence, catalog, doc.name)
        if around is not None:  # "The porter's job is to ...", "... is locked by the porter"
            claims += _quoting(_sentences(Block(block.kind, around[1], block.location), doc,
                                          catalog, section, context, carry), sentence)
            continue
        advice = _advice(sentence, block, doc, catalog, section)
        if advice:
            claims += advice
            continue
        found = catalog.find(sentence, doc.name)
        opening = OPENING_COMMA.match(sentence) if "," in sentence else None
        if opening is None and (" he " in sentence[:60] or " she " in sentence[:60] or
                                " they " in sentence[:60]):
            # "After dark he locks the boathouse": a short opening phrase with no comma
            opening = _time_before_pronoun(sentence)
        # "Together with the manager, they plan ...": the pronoun after the opening phrase
        after_opening = opening.end() if opening else 0
        pronoun = PRONOUN.match(sentence[after_opening:])
        general_ok = True
        first_word = sentence.split()[0].lower().strip(",;:") if sentence.split() else ""
        appositive = next(((k, APPOSITIVE.match(sentence, e)) for k, _s, e in found
                           if APPOSITIVE.match(sentence, e)), None)
        inverted = INVERTED.search(sentence[:found[-1][1]]) if found else None
        # the first role with nothing but an opening phrase before it ("Together with the
        # clerk, the porter ..." is about the porter)
        subject = _leading_role(sentence, found)
        if subject is None and found and _opened_subject(sentence, found[0]):
            subject = found[0]  # "For SEV1 and SEV2 the EM schedules a review"
        if appositive is not None and appositive[1] is not None:
            key, rest = appositive[0], "is responsible for " + sentence[appositive[1].end():]
            last = key
            if carry is not None:
                carry[:] = [key]
        elif inverted and subject is None:
            last = found[-1][0]  # "Assisting the chef is the Kitchen Porter."
            if carry is not None:
                carry[:] = [last]
            continue
        elif subject is not None:
            key, _start, end = subject
            last = key
            if carry is not None:
                carry[:] = [key]
            rest = sentence[end:]
            rest = _LEADING_ASIDE.sub("", rest)
            # "decides, with the House Manager, whether to hold the curtain": the party
            # goes after the duty it is consulted on
            if "," in rest and ("with" in rest or "alongside" in rest or "consulting" in rest):
                rest = VERB_ASIDE.sub(r"\g<verb> \g<what>, \g<aside>", rest, count=1)
            modified = POST_MODIFIER.match(rest)
            if modified and is_third_person_verb(rest[modified.end():].split()[0]):
                rest = " " + rest[modified.end():]  # "The Reviewer from the platform team reviews"
            rest = _answered(section, rest)
            rest = _as_one_does(sentence[_start:end], rest)
            if _OPENS_COMMA.match(rest):  # an appositive: "the Lead, tasked with X"
                # (its own remarks in brackets first: ", to be recruited (36 months,
                # full time), will carry out ...")
                rest = _SHORT_ASIDE.sub("", rest[:160]) + rest[160:]
                rest = re.sub(r"^\s*,\s*(?:[^,]{0,60},\s*)?", " ", rest)
        elif context is not None and len(context) == 1 and \
                (described := _described(sentence, context[0])) is not None:
            # "An independent Advisory Board of five members will meet ..." under
            # "Project Advisory Board": the section's role, described by its head noun
            key, rest = context[0], sentence[described:]
            last = key
        elif reader is not None and (you := _you_at(sentence, after_opening)) is not None:
            key, rest = _addressed(reader, context, section), sentence[you:].lstrip()[3:]
        elif reader is not None and first_word and carry is not None and (
                block.kind == "para" and not _labelled_by_role(context, section, reader,
                                                               catalog, doc.name)
                or block.kind == "item" and last is None) and \
                (instruction := _reader_duty(sentence)) is not None:
            # "Keep the Duty Manager updated on any delay" in a page written to its
            # reader, or an item of such a page under a heading that names no role
            # ("Book in the calendar no more than four weeks ahead"): the reader's duty
            key, rest = _addressed(reader, context, section), instruction
        elif pronoun and last is not None and not (
                reader is not None and pronoun.group(0).lstrip()[:3].lower() == "you") and \
                not (pronoun.group(0).split()[0].lower() == "it" and not _group_role(
                    last, catalog)):
            # ("it" only for a body: "The Committee ... It reviews this policy")
            # ("you" with a reader to mean is the reader, or no duty: "You'll learn ...")
            key, rest = last, sentence[after_opening + pronoun.end():]
            if any(k == key for k, _s, _e in catalog.find(rest, doc.name)):
                continue  # "They report progress to the Incident Commander": not the IC

        elif carry is not None and last is not None and context is not None and \
                len(context) == 1 and heading_actor(section) is not None and \
                (active := agentless_passive(sentence)) is not None:
            # "Instruments are booked in on the LIMS and inspected for damage." under the
            # role's heading: the role does it
            name = catalog.roles[last].name if last in catalog.roles else last
            claims += _quoting(_sentences(Block(block.kind, f"The {name} {active}.",
                                                block.location), doc, catalog, section,
                                          [last]), sentence)
            continue
        elif carry is not None and last is not None and first_word and (
                is_third_person_verb(first_word) or
                (block.kind == "item" and verb_lemma(first_word) == first_word) or
                # "Greet clients, check their vouchers ..." under "Intake volunteers"
                (block.kind == "para" and context is not None and len(context) == 1 and
                 ((titled := _role_titled(section, context[0], catalog, doc.name)) or
                  _WHEN_HEADING.match(section)) and
                 not section.lower().endswith("roles") and
                 _imperative_duty(sentence, first_word, titled))
                or
                (len(block.text) < MAX_SENTENCE and first_word.endswith("ing")
                 and verb_lemma(first_word) is not None
                 # ("Evening volunteers leave.", "Opening times vary": a plural noun
                 # and its plain verb after the word, which names them, no gerund)
                 and not _modified_plural_subject(sentence))) \
                and first_word not in ("is", "are", "has", "have") and not re.match(
                    # ("Reports have to reach the ICO ...": a noun, then its verb; "Volunteers
                    # who ...": a noun, then what narrows it)
                    r"^\s*\S+\s+(?:is|are|was|were|have|has|had|must|will|shall|should|can|"
                    r"could|may|might|need|who)\b", sentence) and not re.match(
                    r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,3}\s+[a-z]{3,}s\b", sentence) and \
                not _states_a_fact(sentence):
            # but "Building Security monitors ...": a subject the catalog does not know,
            # and "Faults on the night go in the show report": what things do
            key, rest = last, sentence  # but "Records are kept ...": a noun, then its verb
        elif last is not None and SUBJECTLESS_DUTY.match(sentence) and (
                carry is not None or block.kind == "item"):
            key, rest = last, sentence  # "Is responsible to configure the tool."
        elif last is not None and carry is not None and block.kind == "para" and \
                BARE_DUTY_WORD.match(sentence):
            # (a list item of the same shape is read as the section's duty already)
            # "Responsible for the cash box; reports any incident ..." under the role's
            # heading: the role is, and each part after a semicolon is its own duty
            name = catalog.roles[last].name if last in catalog.roles else last
            parts = [part.strip() for part in sentence.split(";") if part.strip()]
            stated = [f"The {name} is {part[:1].lower()}{part[1:]}"
                      if BARE_DUTY_WORD.match(part) else f"The {name} {part}"
                      for part in parts if BARE_DUTY_WORD.match(part) or
                      is_third_person_verb(part.split()[0])]
            for text in stated:
                claims += _quoting(_sentences(Block(block.kind, text, block.location), doc,
                                              catalog, section, [last]), sentence)
            continue
        elif last is not None and (duty_noun := RESPONSIBILITY_NOUN.match(sentence)):
            # "Overall responsibility for the works." under the role's heading
            key, rest = last, "is responsible for " + sentence[duty_noun.end():]
        else:
            m2 = re.search(r"it is the\s+(.+?)'s responsibility to\s+([^.]+)", sentence,
                           re.I) if "'" in sentence else None  # (no match without it)
            keys = catalog.keys_in(m2.group(1), doc.name) if m2 else []
            if not m2 or not keys:
                claims += _told_by_passive(sentence, block, doc, catalog, section)
                continue
            key, rest, general_ok = keys[0], "is responsible for " + m2.group(2), False
        consulted: list[str] = []
        detached = ""  # a clause read on its own, whose parties are not this duty's
        claims += _gate_claims(sentence, key, block, doc, catalog, section)
        if NEGATED.match(rest):
            continue  # "must not sign", "never signs": no duty
        if MODAL.match(rest):  # "must sign", "will be responsible for"
            rest = re.sub(r"^\s*be\s+", " is ", re.sub(r"^\s*have\s+", " has ",
                                                        MODAL.sub(" ", rest)))
        rest = _LEADING_ADVERB.sub(" ", rest)
        if "responsible to" in rest or "accountable to" in rest:
            rest = _RESPONSIBLE_TO.sub(r"\1 for", rest, count=1)
        bare = BARE_LETTER.match(rest)
        # "The Reviewer checks the plans. For network changes, the Architect is
        # consulted.": consulted (or told) on the duty just stated
        lettered_on = _told_of_last_duty(claims, [key], _consulted_cue(bare), doc, block,
                                         sentence, section) if bare else None
        if lettered_on is None and _SEES_IT.match(rest):
            # "Colin is writing the leaflet. Priya needs to see it before it goes to print":
            # who must see the work before it goes on is consulted on it
            lettered_on = _told_of_last_duty(claims, [key], True, doc, block, sentence,
                                             section)
        if lettered_on:
            claims += lettered_on
            continue
        passive = PASSIVE_LETTER.match(rest)
        if passive:  # "is consulted on X", "is informed of X", "is kept informed about X"
            lettered = _passive_letter(passive, key, block, doc, catalog, section, sentence)
            duty = next((c for c in reversed(claims) if c.kind in ("R", "A")), None)
            earlier_names = {c.activity.lower() for c in claims}
            # ("is consulted before any failover of the database": an event of its own, no
            # part of the duty just stated)
            own_event = re.fullmatch(r"\s*before\s+", rest[passive.end("cue"):
                                                            passive.start("obj")]) and \
                re.match(r"(?:any|every|each)\s", passive.group("obj"))
            if lettered and duty is not None and duty.role != key and not own_event and \
                    all(c.kind == "C" and c.activity.lower() not in earlier_names
                        for c in lettered):
                # (a duty it names, "is consulted on the technical design", stays its own)
                # "The Head decides the test after advice from Legal. The Service Lead is
                # consulted on the harm of release.": on the duty just stated, a part of it
                lettered = [replace(c, activity=duty.activity) for c in lettered]
            claims += lettered
            continue
        by_agent = PASSIVE_BY.match(rest)
        if by_agent:  # "are assigned submissions by the chair (and score them)"
            claims += _passive_by(by_agent, key, block, doc, catalog, section, sentence)
            tail = rest[by_agent.end():]
            more_verb = re.match(r"\s+and\s+(\w+)\s", tail)
            if more_verb and verb_lemma(more_verb.group(1).lower()):
                claims += _quoting(_sentences(
                    Block(block.kind, "They " + tail[more_verb.start(1):], block.location),
                    doc, catalog, section, [key]), sentence)
            continue
        prefix = PREDICATE_PREFIX.match(rest)
        original = rest
        authority = False
        while prefix and not SENTENCE.match(rest.strip()):
            if re.match(r"\s*helps?\s", prefix.group(0), re.IGNORECASE) and \
                    _people_helped(rest[prefix.end():].split()):
                break  # "will help any competitor in difficulty": the help is the duty
            authority = authority or bool(AUTHORITY.search(prefix.group(0)))
            rest = rest[prefix.end():]
            prefix = PREDICATE_PREFIX.match(rest)
        stripped_prefix = rest is not original
        duty_word = _DUTY_WORDS.match(rest)
        if stripped_prefix and duty_word:
            authority = authority or "accountable" in duty_word.group(0).lower()
            rest = rest[duty_word.end():]
        first_rest = rest.split()[0].lower() if rest.split() else ""
        if authority or (stripped_prefix and not SENTENCE.match(rest.strip()) and (
                verb_lemma(first_rest) is None or first_rest.endswith("ing"))):
            rest = "is responsible for " + rest
        m = SENTENCE.match(rest.strip())
        consult = False
        if m is not None:
            obj, verb = m.group("object"), m.group("verb")
            alternative_verb = _ALTERNATIVE_VERB.match(obj)
            if alternative_verb and is_third_person_verb(verb.split()[-1]) and \
                    is_third_person_verb(alternative_verb.group(1)):
                # "approves or rejects the request": the pair names the duty
                obj = f"{verb.split()[-1]} {obj}"
        else:
            g = GENERAL_VERB.match(rest.strip()) if general_ok else None
            verbs = re.match(r"^([a-z]+),\s+(?:([a-z]+),\s+)?([a-z]+),?\s+(?:and|or)\s+([a-z]+)"
                             r"\s+\S", rest.strip(), re.IGNORECASE) \
                if g is None and general_ok else None
            run = [v.lower() for v in verbs.groups() if v] if verbs else []
            if run and (all(verb_lemma(v) == v for v in run) or
                        all(is_third_person_verb(v) for v in run)):
                # "Build, test and deliver a usable increment": verbs in a run over one object
                # ("recruits, trains and supports the volunteers": so in the third person)
                for name in activity_names(rest.strip().rstrip(".!;")):
                    claims += _claims_for(sentence, [key], name, doc, block, section, catalog)
                continue
            if g is None:
                continue
            lemma = verb_lemma(g.group("verb").lower())
            # "looks after building access": the looking after it is the duty
            looked_after = lemma == "look" and re.match(r"after\s", g.group("object")) or \
                lemma == "get" and _OBTAINED.match(g.group("object")) is not None or \
                lemma in ("have", "get") and _had_done(g.group("object")) or \
                _GONE_THROUGH_OR_HAD_DONE.match(f"{lemma} {g.group('object')}") is not None
            if g.group("verb").lower() not in _VERB_FORMS and (
                    lemma is None or lemma in NON_DUTY_VERBS and not looked_after
                    or not (is_third_person_verb(g.group("verb"))
                            or lemma == g.group("verb").lower()
                            or g.group("verb").lower().endswith("ing"))):
                continue
            verb = g.group("verb")
            if verb[:1].isupper() and verb.lower().endswith("ing") and \
                    re.match(r"[^\S\n]+\S", rest):
                continue  # "Larkhill Catering · Menu guide": a gerund in capitals names a firm
            if lemma == "do" and verb.lower() != "does" and rest.lstrip()[:1].isupper():
                continue  # "Do leave a comment": said to the reader
            if verb.lower() not in _VERB_FORMS and lemma:
                verb = lemma
            obj = g.group("object").strip()
            if verb.lower() in ("work", "works", "collaborate", "collaborates", "partner",
                                "partners"):
                purpose = re.match(r"^(?:closely\s+)?(?:with\s+(?P<who>.+?)\s+)?to\s+"
                                   r"(?P<what>\w+\s.+)$", obj, re.IGNORECASE)
                joint = re.search(r"\s+and\s+(?:also\s+)?(?:partners?|collaborates?|works?|"
                                  r"liaises?|teams? up)\s+(?:closely\s+)?with\s+\S",
                                  purpose.group("what")) if purpose else None
                if purpose and joint:
                    # "... to productionise models and partner with Product to define
                    # metrics": the second partnership is a clause of its own
                    detached = purpose.group("what")[joint.start():]
                    claims += _further_clause(detached, sentence, key, block, doc, catalog,
                                              section)
                    obj = obj[:purpose.start("what") + joint.start()]
                    purpose = re.match(r"^(?:closely\s+)?(?:with\s+(?P<who>.+?)\s+)?to\s+"
                                       r"(?P<what>\w+\s.+)$", obj, re.IGNORECASE)
                if purpose:
                    for other in catalog.keys_in(purpose.group("who") or "", doc.name):
                        if other != key:
                            name = activity_name(purpose.group("what"))
                            if name:
                                claims.append(Claim(other, name, "C", False, doc.name,
                                                    block.location, sentence[:300], section))
                    verb, obj = "", purpose.group("what")
                topic = re.match(r"^(?:closely\s+)?with\s+(?P<who>[^,;]{2,60}?)\s+on\s+"
                                 r"(?P<what>\S.+)$", obj, re.IGNORECASE) if not purpose else None
                if topic and catalog.keys_in(topic.group("who"), doc.name):
                    # "works with the clerk on the count sheets": the sheets, the clerk C
                    consulted += [k for k in catalog.keys_in(topic.group("who"), doc.name)
                                  if k != key]
                    verb, obj = "", topic.group("what")
            if verb.lower().startswith("focus") and obj.lower().startswith("on "):
                verb, obj = "", obj[3:]
            relayed = _assist_or_receive(lemma or verb.lower(), obj, key, block, doc, catalog,
                                         section, sentence)
            if relayed is not None:
                claims += relayed
                continue
            party = re.match(r"^with\s+([^,;]{2,60}),\s*(?P<next>[a-z]+s\b.*)$", obj)
            if party and is_third_person_verb(party.group("next").split()[0]):
                # "Discusses with all stakeholders, designs the approach": they are consulted
                for other in catalog.keys_in(party.group(1), doc.name):
                    if other != key:
                        consulted.append(other)
                verb, obj = party.group("next").split()[0], \
                    party.group("next").split(None, 1)[-1]
            topical = re.match(r"^(?:closely\s+)?with\s+(?P<who>[^,;]{2,60}?)\s+(?:on|about|over|"
                               r"regarding)\s+\S", obj, re.IGNORECASE)
            if re.match(r"^(?:to|with|on|for|into)\b", obj, re.IGNORECASE) and \
                    (lemma or verb.lower()) in RELATION_VERBS and \
                    not split_enumeration(obj[:MAX_SENTENCE])[1] and not topical and \
                    not (lemma == "report" and TIMED_REPORT.match(obj)):
                # (but "liaises with the Estates Officer on access" is work on a topic)
                # a relationship ("reports to the PM"), not an activity; what follows
                # ("... and checks the freezers") is, and so are the means it names
                # ("contributes to the club through tasks such as ...")
                more = AND_VERB.search(obj)
                if more and is_third_person_verb(more.group(1)):
                    claims += _further_clause(obj[more.start():], sentence, key, block, doc,
                                              catalog, section)
                # "... partners with budget holders, preparing the accounts and leading
                # the budget": the participles are the duties
                for part in re.split(r",\s+(?=[a-z]+ing\b)", obj)[1:]:
                    for phrase in re.split(r",?\s+and\s+(?=[a-z]+ing\b)", part):
                        name = activity_name(phrase) if _gerund_duty(phrase) else ""
                        if name:
                            claims += _claims_for(sentence, [key], name, doc, block, section,
                                                  catalog, piece=phrase)
                continue
            obj = MANNER_LEAD.sub("", obj)  # "advises in writing whether ...": how, no part
            # (advising whether something is so is the work, not a consultation)
            consult = verb.lower() in CONSULT_VERBS and not obj.lower().startswith("and ") \
                and not re.match(r"(?:whether|what|how|which|when|if)\s", obj, re.IGNORECASE)
            advised = ADVISED_PEOPLE.match(obj) if consult and lemma == "advise" else None
            if advised and (_names_people(advised.group("who")) or
                            catalog.find(advised.group("who"), doc.name)):
                consult = False  # "advises managers on the policy": advising is the duty
            asked = catalog.find(obj[:80], doc.name) if consult and lemma == "consult" else []
            topic = CONSULTED_ON.match(obj) if consult and lemma == "consult" else None
            if asked and re.fullmatch(r"\s*(?:the|our|a|an|all|any)?\s*", obj[:asked[0][1]],
                                      re.IGNORECASE) and asked[0][0] != key:
                # "consults the Fire Marshal on any change": the role consults, the party is C
                consult = False
                consulted.append(asked[0][0])
            heard = catalog.find(obj[:80], doc.name) if lemma == "hear" else []
            if heard and re.fullmatch(r"\s*(?:the|both|each|every|all)?\s*",
                                      obj[:heard[0][1]], re.IGNORECASE) and heard[0][0] != key:
                # "hears the player and the arbiter before deciding": the party heard is
                # consulted on what the hearing decides
                consulted.append(heard[0][0])
            delegated = DELEGATED_TO.match(obj) if lemma == "delegate" else None
            delegate = catalog.keys_in(delegated.group("who"), doc.name) if delegated else []
            name = activity_name(delegated.group("what")) if delegated else ""
            if delegate and name and delegate[0] != key:
                # "delegates testing to the QA Lead": the QA Lead does it, the role owns it
                claims += [Claim(delegate[0], name, "R", False, doc.name, block.location,
                                 sentence[:300], section),
                           Claim(key, name, "A", True, doc.name, block.location,
                                 sentence[:300], section)]
                continue
            requested = ASKED_TO.match(obj) if lemma in ("ask", "request") else None
            asked_party = catalog.find(requested.group("who"), doc.name) if requested else []
            if requested and asked_party and asked_party[0][0] != key:
                # "asks the Security Team to confirm that ...": what is asked to be made
                # sure of names the duty, the party asked is consulted; "asks the Outreach
                # Officer to email the visitors": the asking is the duty, named so
                consulted.append(asked_party[0][0])
                if _ASKED_CLAUSE.match(requested.group("what")):
                    verb, obj = "", requested.group("what")
            thing = ASK_FOR_THING.match(f"ask {re.split(r'[,;]', obj)[0]}") if lemma == "ask" and \
                not requested else None
            asked_for = catalog.find(thing.group("who"), doc.name) if thing else []
            if thing and asked_for and asked_for[0][0] != key and re.fullmatch(
                    r"\s*(?:the|our|a|an|each)?\s*", thing.group("who")[:asked_for[0][1]],
                    re.IGNORECASE) and not ASKED_FOR.match(
                        " for " + thing.group("what").split(None, 1)[-1]):
                # "asks the caller for a photograph": the party asked is consulted
                consulted.append(asked_for[0][0])
            if topic and not (asked and asked[0][1] > topic.start("what")):
                # what the party is consulted on or before names the duty; on a topic
                # named whole, with the consulting ("Consult the Fire Marshal on escape
                # routes")
                consult = False
                if not CONSULT_ON_TOPIC.match(f"consult {obj}"):
                    verb, obj = "", topic.group("what")
            if not consult and verb:
                # "Calls and chairs the meetings": a pair of verbs keeps its form, to be
                # named as a pair
                paired = re.match(r"(?:and|or)\s+(\w+)", obj)
                said = g.group("verb")
                both = paired and is_third_person_verb(said) and \
                    verb_lemma(said.lower()) == verb.lower() and \
                    is_third_person_verb(paired.group(1))
                obj = f"{said if both else verb} {obj}"
        alternative = ALTERNATIVE_CLAUSE.search(obj)
        if alternative and re.search(r"\beither\b", sentence, re.IGNORECASE) and \
                is_third_person_verb(alternative.group("verb")) and \
                len(obj[:alternative.start()].split()) >= 2:
            # "either books the van, or fills in the form and emails ...": two ways to one
            # duty, the first names it
            obj = obj[:alternative.start()]
        included = INCLUDED_WORK.search(obj)
        included_work: list[str] = []
        if included and obj[:included.start()].strip():
            # "the Product Backlog, which includes developing the Product Goal, ordering
            # backlog items and ...": the work it includes is duties too
            included_work = [x.strip() for x in COMMA.split(included.group("work").strip(" ."))
                             if x.strip()]
            obj = obj[:included.start()]
        claims += _participles(obj, key, block, doc, section, sentence)
        obj = PARTICIPLE.split(obj, maxsplit=1)[0]
        parties_in_obj = catalog.find(obj, doc.name)
        for _other, o_start, o_end in parties_in_obj:
            if obj[o_start:o_start + 1].islower() and re.match(
                    r"\s+(?:the|a|an|all|every|each|its|their|our)\b", obj[o_end:]):
                continue  # "calls and chairs the meetings": a verb, not the Chair
            after = [w.strip(",;:.") for w in obj[o_end:].split()[:1]]
            if after and after[0][:1].islower() and after[0].isalpha() and \
                    not is_third_person_verb(after[0]) and after[0].lower() not in AUXILIARIES \
                    and "NOUN" in word_classes(singular(after[0].lower())):
                continue  # "the service budget and the vendor relationship": a modifier
            joiner = re.search(r"[,;]?\s*\b(?:and|while|whereas|but)\s+(?:a|an|the)?\s*$",
                               obj[:o_start], re.IGNORECASE)
            if joiner and obj.split() and \
                    verb_lemma(obj.split()[0].lower()) in TELLING_VERBS and any(
                        0 <= joiner.start() - e <= 1 for _k, _s, e in parties_in_obj):
                # "tell the Site Lead and the Treasurer about ...": both parties are told,
                # one duty
                continue
            if joiner and not re.search(r"\bbetween\s+(?:(?!\band\b)[^,;])+$",
                                        obj[:joiner.start()], re.IGNORECASE):
                # but "any disagreement between the Examiner and the Officer" is one thing
                obj = obj[:joiner.start()]
                break
        second = SECOND_CLAUSE.search(obj)
        if second and len(obj[:second.start()].split()) > 1:  # not "review and approve X"
            obj = obj[:second.start()]
            other = activity_name(second.group("object"))
            kind = "A" if re.match(r"approv|sign", second.group("verb"), re.I) else "C"
            if other:
                claims.append(Claim(key, other, kind, kind == "A", doc.name, block.location,
                                    sentence[:300], section))
        obj = _without_trailing_clause(obj)
        cue_scope = sentence.replace(detached, "") if detached else sentence
        said = rest.split()[0].lower().strip(",;:") if rest.split() else ""
        more = AND_VERB.search(obj)
        more = more if more and is_third_person_verb(more.group(1)) and \
            not _RELATIVE_OPEN.search(obj[:more.start()]) and \
            not _plurals_go_on(obj[:more.start()], obj[more.end(1):]) else None
        # (see _RELATIVE_OPEN)
        # "Approve the rota each week and agree any overtime with ...": an order to approve
        # whose "and" opens a further order, in the plain form, with its own object
        approval_order = more is None and (" and " in obj or ", " in obj) and \
            ACCOUNTABLE_ONLY.search(verb) is not None and said.startswith("approv")
        if (more or approval_order) and verb_lemma(said) == said and \
                not is_third_person_verb(said) and said not in AUXILIARIES:
            # "They record all blocking and cues in the copy and send out the report": after
            # a verb in its plain form a word in "-s" is a noun of a list ("send the call for
            # nominations and motions"); a further clause starts with a verb in the same form
            # ("Approve the budget, send the programme ... and be the contact": a series of
            # orders, the next after a comma)
            more = next((p for p in (SERIES_PLAIN_VERB if approval_order else AND_PLAIN_VERB)
                         .finditer(obj, more.start() if more else 0)
                         if verb_lemma(p.group(1)) == p.group(1) and
                         "VERB" in word_classes(p.group(1))), None)
        head_words = obj[:more.start()].split() if more else []
        if more and not (len(head_words) == 1 and verb_lemma(head_words[0].lower())):
            claims += _further_clause(" and " + _referred(obj[:more.start()], obj[
                more.end(1) - len(more.group(1)):]), sentence, key, block, doc, catalog, section)
            # parties of the clause read on its own ("... and keeps the manager informed")
            # are not parties of the duties before it; but one only told ("works the fault
            # and tells the Duty Manager") is told of that duty too
            if len(head_words) < 2 or not _only_telling(obj[more.start():], catalog,
                                                        doc.name):
                cue_scope = sentence.replace(obj[more.start():], "")
            obj = obj[:more.start()]
        doers: list[str] = []
        relative = RELATIVE_DOER.search(obj)
        if relative and relative.group(0).strip().lower() == "that" and \
                len(obj[:relative.start()].split()) == 1 and \
                verb_lemma(obj[:relative.start()].strip().lower()) is not None:
            # "checks that the Tenant has emptied the shed": "that" opens what is checked,
            # after the verb and no thing it could be said of
            relative = None
        if relative:  # "approves penetration tests, which the QA engineer runs"
            named = catalog.find(obj[relative.end():relative.end() + 80], doc.name)
            if named and re.fullmatch(r"\s*(?:the\s+|our\s+|a\s+|an\s+)?",
                                      obj[relative.end():relative.end() + named[0][1]]):
                verb_after = obj[relative.end() + named[0][2]:].split()[:1]
                verb_after = [w.strip(",;.") for w in verb_after]
                if verb_after and (is_third_person_verb(verb_after[0]) or verb_lemma(
                        verb_after[0].lower()) == verb_after[0].lower()) and named[0][0] != key:
                    doers = [named[0][0]]
                    obj = obj[:relative.start()]
        made_by = PARTICIPLE_DOER.search(obj)
        if made_by and re.search(r"\s(?:for|about|against|from|on)\s+(?:[^\s,;]+\s+){0,2}"
                                 r"[^\s,;]+$", obj[:made_by.start()]):
            made_by = None  # "checks the log for faults reported by the Porter": the faults'
        helpers: list[str] = []
        if made_by and not doers and verb_lemma(made_by.group("verb").lower()) in (
                "support", "assist", "help", "back"):
            # "leads the analysis, supported by the Research Fellows": they do it too (R),
            # the subject still leads it
            helpers = [k for k in catalog.keys_in(made_by.group("who"), doc.name) if k != key]
            if helpers:
                obj = obj[:made_by.start()]
            made_by = None
        if made_by and not doers:  # "reviews the count sheets prepared by the clerk"
            doers = [k for k in catalog.keys_in(made_by.group("who"), doc.name) if k != key][:1]
            if doers:
                obj = obj[:made_by.start()]
        supervised = SUPERVISED.match(obj) if _holds(obj, "who") else None
        if supervised and verb_lemma(verb.lower()) in ("oversee", "supervise", "manage", "lead",
                                                        "direct", "coordinate") \
                and is_third_person_verb(supervised.group("verb")):
            # "oversees the clerk, who counts the pallets": the clerk does it, the role owns it
            who = [k for k in catalog.keys_in(supervised.group("who"), doc.name) if k != key]
            name = activity_name(f"{verb_lemma(supervised.group('verb')) or ''} "
                                 f"{supervised.group('what')}")
            if len(who) == 1 and name:
                claims += [Claim(who[0], name, "R", False, doc.name, block.location,
                                 sentence[:300], section),
                           Claim(key, name, "A", True, doc.name, block.location,
                                 sentence[:300], section)]
                continue
        handed = RELATIVE_WHO.search(obj) if not doers else None
        if handed and (is_third_person_verb(handed.group("verb")) or
                       verb_lemma(handed.group("verb")) == handed.group("verb") or
                       handed.group(0).split()[1].lower() in ("will", "must", "shall")):
            # ("... with the desk heads, who discuss it with their teams": a plural too)
            # "calls the Change Manager, who decides whether to back out": the one named
            # before "who" does what follows it
            named = catalog.find(obj[max(0, handed.start() - 80):handed.start()], doc.name)
            if named and named[-1][2] == min(80, handed.start()) and named[-1][0] != key:
                claims += _quoting(_sentences(
                    Block(block.kind, "They " + obj[handed.start("verb"):], block.location),
                    doc, catalog, section, [named[-1][0]]), sentence)
                obj = obj[:handed.start()]
        if doers and not ACCOUNTABLE_ONLY.search(verb):
            name = activity_name(obj)
            claims += [Claim(d, name, "R", False, doc.name, block.location, sentence[:300],
                             section) for d in doers if name]
        if ACCOUNTABLE_ONLY.search(verb):
            # "approves the protocol and the final report": each thing approved is a row
            # (but "compliance with the GDPR and the Act": the objects of "with" are one)
            joint = THINGS_JOINED.search(obj)
            things = THINGS_JOINED.split(obj) if re.match(
                rf"\s*{_ARTICLE}\s", obj, re.IGNORECASE) and "," not in obj and \
                not re.search(r"\bbetween\b", obj, re.IGNORECASE) and joint and \
                not re.search(r"\s(?:with|of|under|against|to|for|by)\s", obj[:joint.start()],
                              re.IGNORECASE) else [obj]
            # "accountable for the roadmap and for prioritising the backlog": two duties
            things = [t for thing in things for t in (
                _joined_duties(thing) if re.search(r"\sand\s+for\s", thing) else [thing])]
            gerund_parts = [re.sub(r"^and\s+", "", x.strip()) for x in
                            COMMA.split(obj.strip(" .")) if x.strip()] if "," in obj else []
            if len(gerund_parts) >= 2 and all(_gerund_duty(x) for x in gerund_parts):
                # "accountable for creating a plan, instilling quality and adapting the
                # plan": each gerund a duty the role answers for, named in the plain form
                things = [_as_step(x) for x in gerund_parts]
            # ("approves claims up to £500": a plural noun first, read with its verb so it is
            # not taken for one: "Approve claims up to £500")
            for name in (activity_name(f"{verb.split()[-1]} {thing}" if thing.split() and
                                       is_third_person_verb(thing.split()[0]) and
                                       not thing.lower().startswith("approv") and
                                       verb.split()[-1].lower().startswith("approv")
                                       else thing) for thing in things):
                claims += [Claim(d, name, "R", False, doc.name, block.location,
                                 sentence[:300], section) for d in doers if name]
                if name:
                    claims.append(Claim(key, name, "A", True, doc.name, block.location,
                                        sentence[:300], section))
                    claims += [Claim(k, name, kind, False, doc.name, block.location,
                                     sentence[:300], section)
                               for k, kind in _cue_roles(cue_scope, [key, *doers], catalog,
                                                         doc.name)]
            continue
        owner_words = verb if _owner_cue(verb) else ""
        obj = _without_checklist(obj)
        obj, enumerated = split_enumeration(obj[:MAX_SENTENCE])
        enumerated += included_work
        means = MEANS_CLAUSE.search(obj)
        if means:  # "... by managing the backlog, defining stories": the means are duties too
            enumerated += [p for p in _split_phrases(re.sub(r"^,?\s*(?:by|through|via)\s+", "",
                                                            means.group(0).strip()))]
            obj = obj[:means.start()]
        pieces = (_objects_of_one_verb(_split_phrases(obj)) if "," in obj or "; " in obj else
                  [q for p in _joined_duties(obj) for q in gapped_pair(p)]) + enumerated
        # ", with input from the Researchers": how the duties before are done, and whom
        # they consult, not a duty of its own
        pieces = _with_referents([p for p in pieces if not ACCOMPANYING.match(p)] or pieces)
        opening_clause = _OPENING_CLAUSE.match(sentence) if pieces else None
        if opening_clause is not None:
            # "When a supplier quotes, the Buyer asks them for a sample": the person of the
            # opening clause
            first = pieces[0].split()
            person = _person_before(opening_clause.group("clause")) \
                if len(first) >= 3 and first[1].lower() in ("them", "him", "her") and \
                verb_lemma(first[0].lower()) is not None else None
            if person is not None:
                pieces[0] = " ".join([first[0], person, *first[2:]])
        # "answering the phone, taking messages and forwarding post": steps alike, each
        # in the plain form ("Take messages", not the noun "Taking messages")
        gerunds = len(pieces) > 1 and all(re.match(r"\w+ing\s+\S", p) for p in pieces)
        for n, phrase in enumerate(pieces):
            if not n and re.match(r"(?:this|these)\s+\S+$", phrase, re.IGNORECASE) and \
                    verb.split() and verb_lemma(verb.split()[-1].lower()):
                # "owns this DPIA": the document itself, named with the verb ("Own this
                # DPIA", never "This DPIA")
                phrase = f"{verb_lemma(verb.split()[-1].lower())} {phrase}"
            if not n and _A_TEAM.match(phrase) and verb_lemma(verb.split()[-1].lower()
                                                                if verb.split() else "") in (
                    "lead", "manage", "head", "run", "direct", "build", "supervise"):
                # "leads a team of eight developers": leading the team is the duty
                phrase = f"{verb_lemma(verb.split()[-1].lower())} {phrase}"
            elif not n and verb.split() and verb_lemma(verb.split()[-1].lower()) in \
                    LEADING_TO_VERBS and _led_somewhere(phrase.split()):
                # "leads the visitors to the tower": taking them there is the duty
                phrase = f"{verb_lemma(verb.split()[-1].lower())} {phrase}"
            name = activity_name(_as_step(phrase) if gerunds else phrase)
            if not name or _is_trait(phrase) or _names_people(phrase) and \
                    verb_lemma(phrase.split()[0].lower()) not in PEOPLE_VERBS or \
                    _own_clause(phrase) or (
                    n and not enumerated and actor_name(" ".join(phrase.split()[:5])) and
                    not _gerund_over_people(phrase) and not _counted_object(phrase)):
                continue  # "train all testers, issue resolvers": people, not a duty
            claims += [Claim(o, name, "C", False, doc.name, block.location, sentence[:300],
                             section) for o in consulted]
            if consult:
                claims.append(Claim(key, name, "V", False, doc.name, block.location,
                                    sentence[:300], section))
                # "reviews the procedure, in consultation with the Ward Manager"
                claims += _parties(cue_scope, [key], name, doc, block.location, sentence,
                                   section, catalog)
            else:
                claims += _claims_for(sentence, [key], name, doc, block, section, catalog,
                                      owner_text=owner_words or sentence, piece=phrase,
                                      pieces=pieces, cue_text=cue_scope)
            claims += [Claim(h, name, "R", False, doc.name, block.location, sentence[:300],
                             section) for h in helpers]
    if "-mail" in block.text.lower():
        # ("e-mails the rota to the team": read as one word, named as the page spells it)
        claims = [replace(c, activity=_EMAIL_WORD.sub(lambda m: m.group(1) + "-mail",
                                                      c.activity))
                  if "mail" in c.activity.lower() else c for c in claims]
    return claims


_EMAIL_WORD = re.compile(r"\b([Ee])mail(?=s\b|ed\b|ing\b|\b)")


# A passive's doer and the party the work is done with: "Skip collections are booked by
# the Site Warden with the Waste Officer", "... reviewed by the Shift Leader together with
# the Stock Auditor": the party is consulted on the duty
DOER_WITH_PARTY = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|ne|wn|t)"
    # ("is reviewed every year by ... with ...": how often, before the doer)
    r"(?:\s+(?:every|each|once a|twice a)\s+[a-z]+)?\s+by\s+"
    r"(?P<doer>[^,;.()]{2,60}?)\s+(?:together with|jointly with|along with|with|alongside)\s+"
    r"(?P<party>[^,;.()]{2,80})", re.IGNORECASE)


# "... under the Crew Leader's direction", "under the supervision of the Site Manager": the
# role that directs the work the doer does
UNDER_DIRECTION = re.compile(
    r"\bunder\s+(?:(?:the|their|its)\s+)?(?:(?P<who>[A-Za-z][\w -]{1,50}?)['’]s?\s+"
    r"(?:direction|supervision|instruction)|(?:direction|supervision)\s+of\s+"
    r"(?P<whom>(?:the\s+)?[A-Za-z][\w -]{1,50}?)(?=[,.;)]|\s+(?:and|or|at|in|on|for|when|"
    r"before|after|while)\s|$))", re.IGNORECASE)


def directed_by(claims: list[Claim], catalog: RoleCatalog, document: str) -> list[Claim]:
    """The claims with the role whose direction a duty is done under accountable for it
    ("Porters carry and load under the Crew Leader's direction": the Crew Leader A, the
    porters doing it); the claims as they are when no sentence of theirs says so."""
    out = list(claims)
    held = {(c.role, c.activity) for c in claims}
    for claim in claims:
        if claim.kind != "R" or "under" not in claim.text.lower() or \
                claim.activity.lower().startswith("under "):
            continue  # (a row named by the phrase alone names no work it directs)
        m = UNDER_DIRECTION.search(claim.text)
        if m is None:
            continue
        who = m.group("who") or m.group("whom") or ""
        found = catalog.find(who, document)
        if len(found) != 1 or found[0][2] < len(who.rstrip()) - 1:
            continue  # (the whole phrase names the one role)
        key = found[0][0]
        if key != claim.role and (key, claim.activity) not in held:
            held.add((key, claim.activity))
            out.append(replace(claim, role=key, kind="A", owner_cue=True))
    return out


def consulted_after_doer(claims: list[Claim], catalog: RoleCatalog,
                         document: str) -> list[Claim]:
    """The claims with the party a passive's doer works with consulted (C) on the doer's
    duty ("are agreed by the Depot Manager with the Client Sponsor"); the claims as they
    are when no sentence of theirs says so."""
    out = list(claims)
    done: set[tuple[str, str, str]] | None = None  # (made when first needed: most pages
    # have no such sentence)
    for claim in claims:
        if claim.kind not in ("R", "A") or " by " not in claim.text:
            continue
        for m in DOER_WITH_PARTY.finditer(claim.text):
            if claim.activity.split()[:1] and \
                    claim.activity.split()[0].lower()[:4] not in claim.text.lower():
                continue
            doers = {k for k, _s, _e in catalog.find(m.group("doer"), document)}
            if doers and claim.role not in doers:
                continue
            party = m.group("party")
            found = catalog.find(party, document)
            if not found or not re.fullmatch(r"\s*(?:the|a|an|our|their|its|two|both|all)?\s*",
                                             party[:found[0][1]], re.IGNORECASE):
                continue
            if done is None:
                done = {(c.role, c.activity, c.text) for c in claims}
            for key, _s, _e in found[:1]:
                if key != claim.role and (key, claim.activity, claim.text) not in done:
                    done.add((key, claim.activity, claim.text))
                    out.append(replace(claim, role=key, kind="C", owner_cue=False))
    return out
