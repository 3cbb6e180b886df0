"""Find the roles a set of documents names: titles, acronyms and table columns.

A role is a capitalised title ending in a role noun ("Technical Product
Manager", "Scrum Master"); an acronym defined in parentheses ("(TPM)") becomes
its code and an alias. Acronyms are resolved per document first, because two
documents may spell out the same letters differently.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from raci.derive import actors
from raci.derive import lazy_re as re
from raci.derive.aliases import Alias, AliasFinder
from raci.derive.documents import (
    ARROW,
    CALL_TREE_HEAD,
    CHECKPOINT_BLOCKS,
    LANE_LEVEL,
    RUN_IN_LEVEL,
    Block,
    Document,
    key_blocks,
)
from raci.derive.names import FIRST_NAME, GIVEN_NAME, NAME_LOWER, NAME_UPPER, SURNAME
from raci.derive.steps import APPROVER, ASIDE, CONSULTED, DECLARED, DOER, STEP, TOLD
from raci.errors import RaciError
from raci.excel.letters import WORD_LETTERS, annotated_letters, parse_letters
from raci.excel.people import given_names

ROLE_NOUNS = actors.ROLE_NOUNS

# Of those, the ones that name a role on their own when the document has no fuller one
# ("phones the owner" where no "... Owner" role is named: the owner of a pet, a home).
ALONE_OK = {"employee", "manager", "officer", "specialist", "expert",
            "agent", "executive", "committee", "board", "council", "panel", "authority",
            "official", "principal", "delegate", "host", "owner"}
# Words that need a qualifier: a bare one ("the committee") is an alias of the one fuller
# role of the same document that ends with it, never a role of its own.
BARE_GROUPS = {"team", "group", "committee", "board", "council", "panel", "squad", "support",
               "member", "employee", "head", "lead", "owner", "manager", "authority",
               "office", "executive", "agent", "officer", "expert", "specialist", "person",
               "department", "division", "directorate", "commission", "forum", "official",
               "principal", "host", "delegate", "contact"}
_NOUN = "|".join(ROLE_NOUNS)
ABBREVIATIONS = {"mgr": "Manager", "eng": "Engineer", "dir": "Director", "coord": "Coordinator",
                 "admin": "Administrator", "rep": "Representative", "exec": "Executive",
                 "spec": "Specialist", "asst": "Assistant", "sr": "Senior", "jr": "Junior",
                 "ops": "Operations", "mgmt": "Management", "svc": "Service",
                 "proj": "Project", "prod": "Product", "engr": "Engineer", "mktg": "Marketing",
                 "dept": "Department", "assoc": "Associate", "supv": "Supervisor",
                 "mgt": "Management", "adm": "Administrator", "tech.": "Technical"}
# Capitals and small letters of a title word beyond Latin-1: Latin Extended-A and -B,
# Greek and Cyrillic ("Łódź Coordinator", "Şişli Warden"), one character each way
_MORE_LETTERS = [chr(c) for c in range(0x100, 0x530) if chr(c).isalpha() and
                 len(chr(c).upper()) == 1 and len(chr(c).lower()) == 1]
UPPER_MORE = "".join(c for c in _MORE_LETTERS if c.isupper())
_LOWER_MORE = "".join(c for c in _MORE_LETTERS if c.islower())
_CAP = (rf"(?:[A-ZÀ-ÖØ-Þ{UPPER_MORE}][a-zß-öø-ÿ{_LOWER_MORE}]+|[A-Z]{{2,5}}|"
        rf"[A-Z][a-z]*[A-Z][a-zß-öø-ÿ{_LOWER_MORE}]+)")
TITLE = re.compile(
    # ("Front of House Manager": a title with an inner "of" is written whole)
    # (but "Head of Customer Success" is a head of something, read whole elsewhere)
    # (every match starts with a capital: "X of", a capitalised word or a role noun; said
    # first, so the search of a whole document passes every other word at once)
    rf"\b(?=[A-ZÀ-ÖØ-Þ{UPPER_MORE}])((?:(?!(?:Head|Director|Chief|Dean|Manager|Officer|Lead|Secretary|"
    rf"Minister|Commissioner|Chair|Vice|President)\b)[A-Z][a-z]+ of (?=[A-Z]))?"
    # ("Front-of-House Team", "Goods-in Team": a hyphenated noun's small words are in it)
    rf"(?:{_CAP}(?:-[a-z]{{1,4}}(?=[ -]))*[ -]){{0,3}}(?:{_NOUN}))(s|es)?\b"
)
# What follows a title for whom holds the command, the watch or the charge, as part of it
# (not "on call": "the Network Manager on call" is often the manager's stand-in, a rota)
_ON_DUTY_AFTER = re.compile(r" (?:in charge|in command|of the (?:watch|day|deck))\b",
                            re.IGNORECASE)
# An acronym holds two capitals or more ("PM", "TPgM"); "Dana Lee (Project Sponsor)"
# names a person, not an acronym.
_ACRONYM = r"[A-Z][a-z]{0,2}[A-Z][A-Za-z]{0,4}"
DEFINITION = re.compile(
    # ("Stores & Safety Lead (SSL)": two fields of one title joined by "&")
    rf"\b((?:[A-Z][a-z]+(?: &)?[ -]){{0,3}}(?:{_NOUN}))s?\s*\(\s*({_ACRONYM})\s*\)"
)
# "Lead Doping Control Officer (Lead DCO)": a short form that keeps the name's first word
# before the acronym of the rest, beside a role the acronym alone names
PREFIXED_DEFINITION = re.compile(
    rf"\b(([A-Z][a-z]+) (?:[A-Z][a-z]+[ -]){{0,3}}(?:{_NOUN}))\s*\(\s*(\2 {_ACRONYM})\s*\)"
)
REVERSE_DEFINITION = re.compile(
    rf"\b({_ACRONYM})\s*\(\s*((?:[A-Z][a-z]+[ -]){{0,3}}(?:{_NOUN}))\s*\)"
)
# A person's name with the role they fill in brackets: "Priya Shah (Campaign Manager)".
# "Squad Lead (Maya)": the same, the role first.
FROM_LINE = re.compile(r"(?m)^[^\S\n]*(?i:from):\s*(?P<person>[A-Z][\w.'’ -]{1,40}?)\s*"
                       r"(?:,|\(|–|-)\s*"
                       r"(?P<role>[A-Z][\w&/ -]{2,50}?)\s*\)?\s*$")
# The header lines of a mail thread: "From: Helen Marsh <helen@...>", "To: ...", "Cc: ..."
_MAIL_HEADER = re.compile(r"(?m)^[^\S\n]*(?i:from|to|cc):[^\S\n]*(?P<names>.+)$")
_MAIL_PERSON = re.compile(rf"\"?(?P<first>{GIVEN_NAME})(?:[ \t]+{SURNAME})"
                          r"{1,2}\"?[ \t]*<[^>\n]+>")

# "Priya will:", "Priya will send ...": a capitalised word before "will"
_MAIL_NAME_WILL = re.compile(rf"(?<![\w'’-])(?P<name>{FIRST_NAME})(?:\s+will\b|['’]ll\b|\s+has\s+"
                             r"(?:kindly\s+)?(?:offered|agreed|volunteered)\s+to\b|"
                             # ("Colin is writing the leaflet": the work in progress)
                             r"\s+is\s+(?:also\s+|now\s+)?[a-z]{2,}ing\s+(?:the|a|an|our|all)\s|"
                             # ("Sue please send Alan the list": asked by name)
                             r",?\s+(?:please|pls)\s+(?=[a-z]{3,}\s)|"
                             # ("Dev, can you get the licence ...?": asked by name)
                             r",\s+(?:can|could|would|will)\s+you\b)")
_LINE_OPENS_ON = re.compile(r"(?<=\n)|(?<=\n[^\S\n])|(?<=\n[^\S\n]{2})")
_CALENDAR_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                   "Sunday", "January", "February", "March", "April", "May", "June", "July",
                   "August", "September", "October", "November", "December"}




# Words of address before a person's name, no first name ("Canon Peter Amery")
_HONORIFICS = {"Revd", "Rev", "Canon", "Dr", "Prof", "Father", "Sister", "Cllr", "Mr",
               "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame", "Lady", "Lord", "Captain", "Judge"}
# A message's greeting on a line of its own near its top ("Hi all,", "Hello team")
_GREETING_LINE = re.compile(r"(?im)^[^\S\n]*(?:hi|hello|hey|hiya|dear)\b[^.?\n]{0,40}$")


def _greeted(text: str) -> bool:
    """Whether a text opens on a greeting, within its first dozen lines: a lone message."""
    head = "\n".join([line for line in text[:3000].split("\n") if line.strip()][:12])
    return _GREETING_LINE.search(head) is not None


def mail_correspondents(text: str) -> list[str]:
    """The first names of the people a mail thread passes between: each person named
    with an address on its "From:", "To:" or "Cc:" lines ("Mark Marsh <mark@...>" is
    "Mark"), when the text holds two messages or more (two "From:" lines) or opens on a
    greeting; and the people its messages name by first name alone as taking a duty."""
    if len(re.findall(r"(?im)^[^\S\n]*from:", text)) < 2 and not _greeted(text):
        return []
    found: dict[str, None] = {}  # (in the order found)
    for line in _MAIL_HEADER.finditer(text):
        names = line.group("names")
        # (read up to the line's last ">", which every address ends before: each "<" of
        # a line with no ">" after it was read again to the line's end)
        for m in _MAIL_PERSON.finditer(names, 0, names.rfind(">") + 1):
            if m.group("first") not in _HONORIFICS:  # ("Revd Canon Peter Amery": no "Canon")
                found.setdefault(m.group("first"), None)
    mid_sentence: set[str] | None = None  # the words written after a word or a comma
    for m in _MAIL_NAME_WILL.finditer(text):
        # "Priya will:" in a message, and "send both valuations to Priya" elsewhere in the
        # thread: a person the messages name who takes a duty (a word written with a
        # capital only at a sentence's start, "This will", is no name)
        name = m.group("name")
        if name in found or name in _CALENDAR_WORDS:
            continue
        if mid_sentence is None:
            # (gathered in one pass: the thread was read again for each name before "will")
            mid_sentence = {w.group() for w in re.finditer(r"(?<=[a-z,] )\w+", text)}
        if name in mid_sentence or name.casefold() in given_names() or (
                not actors.word_classes(name.lower()) and not _two_words(name.lower()) and
                (m.group(0).endswith("you") or _LINE_OPENS_ON.match(text, m.start()))):
            # (or a given name: "Claire has kindly offered to run the tombola"; or a word of
            # no dictionary asked by name or opening a line: "Dev, can you get the
            # licence?", read "Dev will get the licence"; but "Oakfield will host the
            # fair", two words made one, is a place)
            found[name] = None
    return list(found)


def _named_person(word: str) -> bool:
    """Whether a capitalised word is a given name, or a word of no dictionary ("Dev")."""
    return word.casefold() in given_names() or not actors.word_classes(word.lower())


def _two_words(word: str) -> bool:
    """Whether a word is two words of the dictionary run together, each of three letters
    or more, as a place or a firm is named ("oakfield", "northgate"), a person seldom."""
    return any(actors.word_classes(word[:i]) and actors.word_classes(word[i:])
               for i in range(3, len(word) - 2))


# A message's signature: the sender's full name, then their title after a bar, a comma or
# a dash ("Ana Ruiz | Fleet Manager | Depot 2", "Ana Ruiz, Fleet Manager")
_SIGNATURE = r"(?m)^[^\S\n]*{name}\s*[|,–—-]\s*(?P<role>[A-Z][\w&/ -]{{2,50}}?)\s*(?:[|,].*)?$"
# ... or the name on a line of its own with the title on the line under it, before the
# place or the body ("Ana Ruiz" over "Fleet Manager, Depot 2" or "Fleet Manager | Depot 2")
_SIGNATURE_BLOCK = (r"(?m)^[^\S\n]*{name}[^\S\n]*\n[^\S\n]*(?P<role>[A-Z][\w&/ -]{{2,50}}?)"
                    r"[^\S\n]*(?:[|,–—].*)?$")
_FROM_FIELD = re.compile(r"(?m)^[^\S\n]*(?i:from):")


def _signed_title(text: str, sender: str) -> str | None:
    """The title a lone message's sender signs it with, beside the name or on the line
    under it, when the text holds one message (one "From:" line; a quoted earlier one is
    written "> On ... wrote:") and the sender is named in two words or more (a role that
    sends it is read before)."""
    sender = sender.strip()
    if len(sender.split()) < 2 or len(_FROM_FIELD.findall(text)) != 1:
        return None
    m = re.search(_SIGNATURE.format(name=re.escape(sender)), text) or \
        re.search(_SIGNATURE_BLOCK.format(name=re.escape(sender)), text)
    return actors.actor_name(m.group("role").strip(), acronym=True) if m else None


# A message's sign-off: a closing word on a line of its own ("Thanks,", "Best wishes,"),
# then the writer's name with their title beside it in brackets or after a comma, a bar or
# a dash ("Ruth (Engineering Manager)", "Ruth Khan | Engineering Manager"), or on the line
# under it ("Margaret" over "Secretary")
_SIGN_OFF = re.compile(
    r"(?m)^[^\S\n]*(?i:(?:many\s+|with\s+|big\s+)?thanks(?:\s+(?:again|all|so\s+much))?|"
    r"thank\s+you(?:\s+all)?|(?:all\s+the\s+|very\s+)?best(?:\s+wishes)?|"
    r"(?:kind(?:est)?\s+|warm(?:est)?\s+|best\s+)?regards|cheers|yours(?:\s+(?:sincerely|"
    r"faithfully|truly))?|with\s+best\s+wishes|speak\s+soon|see\s+you\s+(?:there|then))"
    r"[^\S\n]*[,.!]?[^\S\n]*\n[^\S\n]*(?P<name>[A-Z][a-z'’-]+(?:[^\S\n]+[A-Z][a-z'’-]+)?)"
    r"[^\S\n]*(?:\((?P<bracket>[A-Z][^()\n]{2,50})\)[^\S\n]*$|[,|–—-][^\S\n]*"
    r"(?P<beside>[A-Z][\w&/ -]{2,50}?)[^\S\n]*(?:[|,].*)?$|$\n[^\S\n]*"
    r"(?P<under>[A-Z][\w&/ -]{2,50}?)[^\S\n]*(?:[|,–—].*)?$)")


def signed_off_title(text: str) -> tuple[str, str] | None:
    """(name, title) a lone message is signed off with after its closing word ("Thanks,"
    over "Ruth (Engineering Manager)", or "Best wishes," over "Margaret" over
    "Secretary"), the last such sign-off in the text; None when there is none, when the
    title is no role, or when the text holds a thread (two "From:" lines or more)."""
    if len(_FROM_FIELD.findall(text)) > 1:
        return None
    found = None
    for m in _SIGN_OFF.finditer(text):
        said = m.group("bracket") or m.group("beside") or m.group("under")
        title = actors.actor_name(said.strip(), acronym=True)
        if title is not None:
            found = (m.group("name"), title)
    return found


# A title that says who writes a document's orders and to whom ("MASTER'S STANDING ORDERS
# TO OFFICERS OF THE WATCH", "Head Chef's instructions for new commis chefs"): the one
# whose orders they are is its "I", the one they are to its "you"
TITLE_ORDERS = re.compile(
    r"^\s*(?:(?P<writer>[A-Za-z][\w'’ -]{1,40}?)['’][sS]\s+)?"
    # (only words that say what kind of orders: "standing", "night"; "Release notes for the
    # Platform Team" are no orders to it)
    r"(?:(?i:standing|night|general|written|safety|joining|induction|operating|working|"
    r"bridge|duty|house|site|field|daily|local|shift|handover)\s+){0,2}"
    r"(?i:orders|instructions|directions|guidance|notes|briefing|rules|brief)\s+"
    r"(?i:to|for)\s+(?:(?i:the|all|new|our)\s+)?(?P<reader>[A-Za-z][^.,;:()]{2,60}?)\s*$")
# A title that says whom a page of questions or guidance is for ("Who does what on site:
# questions from new diggers", "Hiring the hall: a guide for organisers"): its "you"
TITLE_READER = re.compile(
    r"^\s*(?:[^:\n]{2,60}:\s+)?(?:(?i:a|the|your|our)\s+)?(?:(?i:quick|short|practical|"
    r"frequently\s+asked)\s+)?(?i:questions|faqs?|guide|handbook|advice|tips|help|"
    r"information|answers)\s+(?i:from|for|by)\s+(?:(?i:the|all|new|our)\s+)?"
    r"(?P<reader>[A-Za-z][^.,;:()]{2,40}?)\s*$")


# "Dear members of the Programme Committee,", "Dear Stewards,": whom a letter or a mail is
# written to, on a line of its own
SALUTATION = re.compile(r"(?m)^[ \t]*(?i:dear)[ \t]+(?:(?i:all[ \t]+)?(?i:members[ \t]+of[ \t]+)?"
                        r"(?i:the|our)[ \t]+)?(?P<reader>[A-Za-z][^,\n]{2,50}?)[ \t]*,[ \t]*$")


def salutation_reader(text: str) -> str | None:
    """The role a letter's greeting names ("Dear members of the Programme Committee,":
    the Programme Committee), or None ("Dear Ms Grant,", "Dear all,")."""
    m = SALUTATION.search(text[:2000]) if "dear" in text[:2000].lower() else None
    return actors.actor_name(m.group("reader"), acronym=True) if m else None


def _titled(phrase: str) -> str | None:
    """The role a title's phrase names, written in capitals or in the plural
    ("OFFICERS OF THE WATCH" -> "Officer of the Watch"), or None."""
    words = phrase.split()
    joined = re.fullmatch(r"(?P<first>.+?s)\s+(?:and|&)\s+(?P<second>.+)", phrase)
    if joined and actors.actor_name(joined.group("second"), acronym=True) is not None:
        return None  # "Notes for Key-holders and Hirers": two parties, no one reader
    if phrase.isupper():
        words = [w.lower() if w.lower() in _SMALL_WORDS else w.capitalize() for w in words]
    name = actors.actor_name(" ".join(words), acronym=True)
    if name is None and len(words) > 1 and words[0].lower().endswith("s") and \
            words[1].lower() in _SMALL_WORDS:
        words[0] = actors.singular(words[0].lower()).capitalize()  # "Officers of the Watch"
        name = actors.actor_name(" ".join(words), acronym=True)
    if name is not None and " of " in " ".join(words) and " of " not in name:
        return " ".join(words)  # (keeps "of the": "Officer of the Watch")
    return name


def addressed_roles(doc: Document) -> tuple[str | None, str | None]:
    """(writer, reader) a document's title names ("MASTER'S STANDING ORDERS TO OFFICERS
    OF THE WATCH": the Master, the Officer of the Watch), each None when not named."""
    for block in doc.blocks[:4]:
        m = TITLE_ORDERS.match(block.text) if block.kind == "heading" else None
        if m:
            writer = _titled(m.group("writer")) if m.group("writer") else None
            return writer, _titled(m.group("reader"))
        m = TITLE_READER.match(block.text) if block.kind == "heading" else None
        if m:
            return None, _titled(m.group("reader"))
    return None, None


# "From: LexSem 2027 Programme Chairs <pc-chairs@lexsem2027.example>": a mail's sender
MAIL_FROM = re.compile(r"(?m)^[^\S\n]*(?i:from):\s*\"?(?P<name>[^<\n\"]{2,60}?)\"?"
                       r"\s*<[^>\n]+>\s*$")
# Whom a page's "we" stands for: 'In this guide "we" means Sandford Freight, acting as your
# forwarder', '"We" means the Licensing Team', "we (the Licensing Team)", "the final
# decisions are ours (the Programme Chairs)", "we, the Hall Committee, ..."
_WE_ROLE = r"(?P<role>[A-Za-z][\w&'’-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Za-z][\w&'’-]*){0,4}?)"
WE_MEANS = re.compile(
    r"[\"“‘']we[\"”’']\s+(?:means|is|refers\s+to|stands\s+for)\s+(?:[^.;:()\n]{2,60}?,?\s+"
    r"(?:acting\s+as|as)\s+)?(?:your\s+|the\s+|our\s+|its\s+)?" + _WE_ROLE +
    r"(?=\s*(?:[.,;:()]|\s(?:for|on|in|at|who|which|that)\b|$))|"
    r"\b(?i:we|us|ours)\s+\((?:i\.e\.\s+|that\s+is,?\s+)?(?:the\s+|your\s+)?" +
    _WE_ROLE.replace("role", "bracketed") + r"\s*\)|"
    r"\b(?i:we),\s+the\s+" + _WE_ROLE.replace("role", "apposed") + r",|"
    # "The Events Team (us)": a role named with "us" or "we" in brackets after it (from
    # the start of a word, not after a hyphen or an apostrophe inside one, which would
    # try a long hyphenated word again from each of its parts); 'the Records team ("we")':
    # the pronoun in quotes, the name's last word a body's in lower case
    r"(?-i:(?<![\w&'’-])"
    r"(?P<named>[A-Z][\w&'’-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][\w&'’-]*){0,4}"
    r"(?:[ \t]+(?:team|office|unit|desk|department|committee|group|service))?))"
    r"[ \t]*\([\"“‘']?(?:us|we)[\"”’']?\)",
    re.IGNORECASE)
# "You are the seller (the exporter).": the role a page's reader is, named whole
YOU_ARE = re.compile(r"(?:^|[.!?]\s+)(?i:you\s+are\s+(?:the|a|an|our))\s+" + _WE_ROLE +
                     r"\s*(?=[.,;:(]|$)|"
                     # "You, the organiser" or "You (the organiser)" on a line of its own:
                     # a list of who is involved naming its reader's part
                     r"^[ \t]*(?i:you(?:,[ \t]*|[ \t]+\([ \t]*)the)[ \t]+" +
                     _WE_ROLE.replace("role", "apposed") + r"[ \t]*(?:\)[ \t]*)?(?::[ \t]*)?$",
                     re.MULTILINE)


# '"You" below means the ride marshal of a group': a gloss of the page's reader, in quotes,
# naming the role in lower case as often as not
# (the gloss up to the role's name, read here for the role and by the extractor for whom
# "you" means: ``extract.ADDRESSED_TO``)
# ('Where it says "you", it means the caseworker holding the case', 'When we say "you"
# we mean the warden': the gloss after a comma, its subject "it", "this" or "we")
YOU_GLOSS_OPENING = (r"[\"“‘']you[\"”’'],?\s+(?:(?:it|this|that|we)\s+)?"
                     r"(?:below\s+|here\s+|in\s+this\s+\w+\s+)?"
                     r"(?:means?|is|refers?\s+to|stands?\s+for)\s+(?:the|a|an|our|any|each|every)\s+")
YOU_GLOSS = re.compile(YOU_GLOSS_OPENING +
                       r"(?P<role>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)"
                       r"(?=\s+(?:of|on|in|for|at|who|that|leading|running|holding|handling|"
                       r"taking|working)\b|\s*[.,;:()]|$)",
                       re.IGNORECASE)


# "Your role as a befriender", "Your duties as the duty steward": a heading that names the
# part its reader plays, over what "you" do there (read here for the role and by the
# extractor for the section's reader: ``extract._section_reader``)
YOUR_ROLE_AS = re.compile(
    r"(?im)^[^\S\n]*your[ \t]+(?:role|job|part|duties|responsibilities|tasks)[ \t]+as[ \t]+"
    r"(?:(?:a|an|the)[ \t]+)?(?P<role>[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,3}?)"
    r"[ \t]*:?[ \t]*$")


# "please don't hold the door for other families": a sentence to "you" that speaks of the
# others of the reader's own kind
_YOU_AND_OTHERS = re.compile(r"\b(?:you|your)\b[^.!?;\n]{0,120}?\bother\s+"
                             r"(?P<kind>[a-z]{3,20}s)\b", re.IGNORECASE)
# (words for the people a page is written to that name no post: a household, a family)
_HOUSEHOLD_KINDS = {"families", "parents", "carers", "residents", "households"}


def others_reader(text: str) -> str | None:
    """The role a page's reader is, by the others of their kind it names in a sentence to
    them ("... don't hold the door for other families" -> "Family"), when every such
    sentence names one kind; None when none or several."""
    if "other" not in text or "you" not in text.lower():
        return None
    kinds = set()
    for m in _YOU_AND_OTHERS.finditer(text):
        kind = m.group("kind").lower()
        named = actors.actor_name(kind) or (
            actors.singular(kind).capitalize() if kind in _HOUSEHOLD_KINDS else None)
        if named is not None and kind not in BARE_GROUPS:
            kinds.add(named)
    return kinds.pop() if len(kinds) == 1 else None


# "The nursery closes at 6pm": a page that says "we" speaking of the place it writes for
# by its kind, in lower case, as the subject opening a sentence (not "make sure the centre
# opens", said of a place the reader runs)
_PLACE_ACTS = re.compile(r"(?:^|[.!?][ \t]+|\n)The[ \t]+"
                         r"(?P<kind>nursery|school|club|surgery|practice|library|"
                         r"centre|shelter|museum|theatre|pool|gym|studio|pharmacy|hostel|"
                         r"academy|college|playgroup|creche|kennels|cattery|stables|hall)"
                         r"[ \t]+(?P<verb>[a-z]{3,}s)\b")
_WE_SUBJECT = re.compile(r"(?:^|\n|[.!?;:]\s+|,\s+|\b(?:and|but|if|when|then)\s+)[Ww]e\s+"
                         r"(?:will\s+|can\s+|do\s+not\s+|don['’]t\s+|also\s+)?[a-z]{3,}")


def place_writer(text: str) -> str | None:
    """The role a page's "we" is when the page names the place it writes for by its kind
    ("The nursery closes at 6pm") as one of the page's posts carries it ("Nursery
    Manager"), and says "we" as a subject twice or more: that kind ("Nursery"); None
    when no one kind is so named."""
    if len(_WE_SUBJECT.findall(text)) < 2:
        return None
    kinds = {m.group("kind") for m in _PLACE_ACTS.finditer(text)
             if actors.is_third_person_verb(m.group("verb"))}
    kinds = {k for k in kinds if re.search(
        rf"\b{k.capitalize()}[ \t]+[A-Z][a-z]+", text) is not None}
    return kinds.pop().capitalize() if len(kinds) == 1 else None


# "Marlow & Pike Lettings | Tenants | Landlords | Tenant portal": a site's bar of links on
# the page's first line, the name of the body whose site it is first
_SITE_BAR_NAME = re.compile(r"(?:[A-Z][\w'’-]*|&)(?:[ \t]+(?:[A-Z][\w'’-]*|&|of|and|the))*"
                            r"[ \t]+[A-Z][\w'’-]*")


def site_writer(doc: Document) -> str | None:
    """The body a page's "we" is when the page opens on its site's bar of links whose first
    link is a name of two words or more ("Marlow & Pike Lettings | Tenants | Landlords"),
    and says "we" as a subject twice or more; None otherwise."""
    first = doc.blocks[0] if doc.blocks else None
    if first is None or first.kind != "para" or "|" not in first.text:
        return None
    links = [link.strip() for link in first.text.split("|")]
    if len(links) < 3 or any(not link or len(link.split()) > 4 for link in links):
        return None
    if not _SITE_BAR_NAME.fullmatch(links[0]) or actors.actor_name(links[0]) is not None:
        return None
    return links[0] if len(_WE_SUBJECT.findall(doc.text())) >= 2 else None


# A verb of telling in the third person and the one told, written "the <word>" in lower
# case ("tells the finder the date", "rings the landowner", "lets the finder know")
_TELLS_THE = re.compile(r"\b(?:(?:tells|gives|texts|rings|phones|calls|informs|e-?mails|notifies|"
                        r"updates|contacts|writes\s+to|reports\s+to)\s+the\s+|"
                        r"lets\s+the\s+(?=[a-z][a-z-]{3,20}\s+know\b))"
                        r"(?P<who>[a-z][a-z-]{3,20})\b")


def _told_parties(text: str) -> list[str]:
    """The parties a page's roles tell, written in lower case, one word, each told twice or
    more ("the finder", "the landowner"), as roles ("Finder"); no word that is no person
    word or that names a body that needs a qualifier ("the team")."""
    if "the " not in text:
        return []
    seen = Counter(m.group("who") for m in _TELLS_THE.finditer(text))
    return [who.capitalize() for who, n in seen.items()
            if n >= 2 and who not in BARE_GROUPS and who not in actors.FUNCTION_WORDS and
            actors.actor_name(who) is not None]



# A group let know of something, in lower case: "let the tail walkers know", "lets the
# stewards know"
_LET_GROUP_KNOW = re.compile(r"\b[Ll]et(?:s|ting)?\s+the\s+"
                             r"(?P<who>[a-z][a-z-]{2,20}(?:\s+[a-z][a-z-]{2,20})?s)\s+know\b")


def _let_know_groups(text: str) -> list[str]:
    """The groups of people a page's roles let know of something, written in lower case and
    in the plural after "let the ... know" ("let the tail walkers know"), as roles ("Tail
    Walker"): the telling says they are people, once is enough; a head that is no agent or
    person word ("the stalls") is left."""
    if " know" not in text:
        return []
    out: list[str] = []
    for m in _LET_GROUP_KNOW.finditer(text[:SCANNED]):
        words = m.group("who").split()
        if any(w in actors.FUNCTION_WORDS or w in BARE_GROUPS for w in words):
            continue
        name = actors.actor_name(m.group("who"))
        if name is not None and name not in out:
            out.append(name)
    return out


# A group of people opening a sentence as its doer: a capitalised plural, bare or after
# "The", before a present-tense verb (or a modal and one) and what the verb acts on
# ("Parents pay the deposit", "The Groundworkers must sweep the road")
_PLURAL_DOER = re.compile(
    r"(?:^|[.;!?:]\s+|\n[^\S\n]*)(?:The\s+)?(?P<who>[A-Z][a-z]{2,}s)\s+"
    r"(?:(?P<modal>must|should|will|shall|can|may|also|then|each|always|usually|now|"
    r"normally|both|all)\s+)?(?P<verb>[a-z]{2,})\s+(?P<next>[a-z]+)\b")
# What a duty verb acts on opens with one of these (a passive's "by", an intransitive's
# "at" or "on" opens no object)
_OBJECT_OPENS = frozenset({"the", "a", "an", "their", "all", "any", "each", "every", "our",
                           "your", "both", "up", "out", "off", "in", "back", "down", "them",
                           "it", "one", "two", "three", "this", "these", "those", "its"})
# Verbs that say what something is or has, no work done; verbs a thing does as readily
# as a person ("Labels show the date", "Fees cover the hire"); and a reader's verbs
_NOT_DUTIES = frozenset({"be", "have", "need", "like", "want", "know", "seem", "tend", "come",
                         "go", "mean", "become", "remain", "feel", "look", "get", "say",
                         "think", "believe", "show", "cover", "include", "contain", "hold",
                         "list", "give", "take", "make", "let", "help", "apply", "follow",
                         "replace", "start", "end", "vary", "depend", "differ", "cost",
                         # (what a reader does: "Exhibitors will find the schedule ...")
                         "find", "see", "read", "receive", "hear", "enjoy", "learn"})


def _plural_doers(text: str) -> list[str]:
    """The groups of people a page writes as a sentence's doer, in the plural, with no
    title or heading naming them ("Parents pay the deposit by 1 May", "Groundworkers run
    the lights"), as roles ("Parent"): an agent noun or a person word does so once; any
    other noun that is no verb ("Parents", not "Labels" or "Keys") twice, or once and named
    again elsewhere on the page."""
    acting: Counter[str] = Counter()
    for m in _PLURAL_DOER.finditer(text[:SCANNED]):
        who, verb, after = m.group("who"), m.group("verb"), m.group("next")
        if who.lower() in actors.FUNCTION_WORDS or verb in actors.MODAL_AUXILIARIES or \
                actors.verb_lemma(verb) != verb or after not in _OBJECT_OPENS or \
                verb in _NOT_DUTIES:
            continue
        one = actors.singular(who)
        if one == who or one.lower() in BARE_GROUPS or one.lower() in GENERAL_HEADS or \
                one.lower() in _TIME_UNITS:
            continue  # ("Hours must match the ones in the newsletter": no people)
        acting[one] += 1
    out = []
    for one, n in acting.items():
        word = one.lower()
        if any(m.group(1).lower() not in actors.FUNCTION_WORDS | actors.DETERMINERS
               for m in re.finditer(rf"\b([A-Z][a-z]+)[ -]{one}(?:e?s)?\b", text[:SCANNED])):
            continue  # "Riders" beside "Delivery Riders": the bare plural stands for them
        if actors.actor_word(word):
            out.append(one)
        elif actors.word_classes(word) in _NOUN_ONLY and (n >= 2 or len(re.findall(
                rf"\b{re.escape(word)}s?\b", text[:SCANNED], re.IGNORECASE)) >= 2):
            out.append(one)  # (once as the doer and named again elsewhere will do)
    return out


# "Everyone signs in at the door", "Everybody must wear a badge": the whole of a page's
# people as a sentence's doer
_EVERYONE_DOES = re.compile(r"(?:^|[.;!?:]\s+|\n[^\S\n]*(?:[-*•]\s+)?)(?:Everyone|Everybody)\s+"
                            r"(?:(?:also|always|then|now)\s+)?([a-z]+)\b")


def _everyone_does(text: str) -> bool:
    """Whether a page writes "Everyone" (or "Everybody") as a sentence's doer, before a
    verb of the third person or a modal ("Everyone breaks down the stall", "Everybody must
    sign in"): one role for all its people, "Everyone"."""
    return any(m.group(1) not in _LEAVE_MODALS and (
        actors.is_third_person_verb(m.group(1)) or m.group(1) in actors.MODAL_AUXILIARIES)
               for m in _EVERYONE_DOES.finditer(text[:SCANNED]))


# A team named by a hyphenated noun opening a sentence as its doer, before a verb of the
# third person (or a modal and one) and what the verb acts on ("Goods-in checks each
# delivery", "Front-of-house opens the doors"): a word joined to a small word after it
# ("Goods-in") or by "of" to another ("Front-of-house")
_HYPHEN_DOER = re.compile(
    r"(?:^|[.;!?:]\s+|\n[^\S\n]*(?:[-*•]\s+)?)(?P<who>[A-Z][a-z]{2,}"
    r"(?:-(?:in|out|on|off|up)|-of-(?:the-)?[a-z]{3,}))\s+"
    r"(?:(?P<modal>must|will|should|shall)\s+)?(?:(?:also|then|always|now)\s+)?"
    r"(?P<verb>[a-z]{2,})\s+(?P<next>[a-z]+)\b")


# The first words of "X-of-Y" that name a part of a place's staff ("Front-of-house"),
# not a thing ("Point-of-sale", "Proof-of-concept", "Word-of-mouth")
_PLACE_SIDES = frozenset({"front", "back", "rear"})


def _team_like(word: str) -> bool:
    """Whether a hyphenated noun may name a team: "Goods-in" (a noun and a small word),
    "Front-of-house"; not a thing made of a verb and a small word ("Plug-in", "Log-in",
    "Check-out", "Follow-up") nor "X-of-Y" of a thing ("Point-of-sale")."""
    first = word.split("-")[0].lower()
    if "-of-" in word:
        return first in _PLACE_SIDES
    return actors.verb_lemma(first) != first


def _hyphen_doers(text: str) -> list[str]:
    """The teams a page names by a hyphenated noun as a sentence's doer ("Goods-in checks
    each delivery against the note", "Front-of-house will open the doors"), as roles
    written as the page writes them ("Goods-in"); not before a verb with no object
    ("Check-in opens at nine": a time, no team's work)."""
    out: list[str] = []
    for m in _HYPHEN_DOER.finditer(text[:SCANNED]):
        verb = m.group("verb")
        acts = actors.verb_lemma(verb) == verb if m.group("modal") else \
            actors.is_third_person_verb(verb)
        if acts and m.group("next") in _OBJECT_OPENS and _team_like(m.group("who")) and \
                actors.verb_lemma(verb) not in _NOT_DUTIES and m.group("who") not in out:
            out.append(m.group("who"))
    return out


# Modals that give leave, no duty: "Everyone can edit this page"
_LEAVE_MODALS = frozenset({"can", "could", "may", "might"})


def _ies_plural(name: str) -> set[str]:
    """A title's plural in "-ies" ("Secretary": "Secretaries"), which its spelling with an
    "s" or "es" added does not give; none for other titles."""
    if len(name) > 3 and name[-1] == "y" and name[-2].lower() not in "aeiou":
        return {name[:-1] + "ies"}
    return set()


# Units of time, written as a sentence's subject ("Hours must match ...", "Minutes of
# each meeting go ..."): no group of people
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month",
                         "year", "term", "season", "weekend", "night", "morning", "evening"})


# A noun that is no verb: "Parents", "Residents", not "Labels", "Keys" or "Gates"
_NOUN_ONLY = (frozenset({"NOUN"}), frozenset({"NOUN", "ADJ"}))

# A passive's doer that is an office written in lower case: "is marked as late by the
# school office", "are signed by the front desk"
_BY_THE_OFFICE = re.compile(r"\b(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b[^.;:]{0,40}?"
                            r"\bby\s+the\s+(?P<who>[a-z]{3,}\s+(?:office|desk))\b")


def _office_doers(text: str) -> list[str]:
    """The offices written in lower case that do a passive's work ("by the school office"),
    as roles ("School Office"); not an office named for a thing that says nothing of whose
    it is ("the main office")."""
    if " by the " not in text:
        return []
    return list(dict.fromkeys(
        m.group("who").title() for m in _BY_THE_OFFICE.finditer(text)
        if m.group("who").split()[0] not in actors.FUNCTION_WORDS | {"main", "same", "other"}))


def _holder_read(said: str) -> str | None:
    """"You, the applicant", "You are the candidate": a word a job description uses for
    the post it describes (``actors.GENERIC_HOLDER``) names no role of its own, but a page
    that says its reader is one makes it that page's reader ("Applicant")."""
    words = said.split()
    if len(words) != 1 or not actors.GENERIC_HOLDER.fullmatch(words[0]):
        return None
    return actors.singular(words[0].lower()).capitalize()


ROLE_PERSON = re.compile(
    # (the name within one line: a list item's last words are no part of the heading under it)
    r"\b(?P<role>(?:[A-Z][\w&/-]*[ \t]+){0,4}[A-Z][\w&/-]*)[ \t]*\(\s*"
    rf"(?P<person>{GIVEN_NAME}(?:[ -]{SURNAME})?)\s*\)")
# "Recorders (Jenny and Mike)", "Marshals (Ade, Bea and Cal)": a role and the people who
# fill it, two or three given names in brackets (the first as "person", the rest "more")
ROLE_PEOPLE = re.compile(
    r"\b(?P<role>(?:[A-Z][\w&/-]*[ \t]+){0,4}[A-Z][\w&/-]*)[ \t]*\(\s*"
    r"(?P<person>[A-Z][a-z]+)(?P<more>(?:\s*,\s*[A-Z][a-z]+)?\s+(?:and|&)\s+[A-Z][a-z]+)"
    r"(?=\s*\)|\s+(?:in|on|at|from|with)\s)")
# "Tom, our Lead Dental Nurse, takes over ...", "our HR Business Partner, Ola Mensah,",
# "Dr Patel as Clinical Lead", "Jess in Finance will ...": a person and the role they fill.
# ("Hyun-woo Park": a given name may hold a hyphen before a lower-case part)
_PERSON = (r"(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Mx\.?\s+|Prof\.?\s+|Professor\s+)?"
           rf"{GIVEN_NAME}(?:[ -]{SURNAME})?")
_TITLE_WORDS = r"[A-Z][\w&/-]*(?:\s+(?:of\s+)?[A-Z][\w&/-]*){0,4}"
PERSON_APPOSITIVE = re.compile(
    rf"\b(?P<person>{_PERSON}),\s+(?:our|the|their|your)\s+(?P<role>{_TITLE_WORDS}),")
# "Maya, our site warden, ...": the post in lower case after the person's name and "our"
# (not "the": "Xbox Live, the controller, networking" lists things)
PERSON_LOWER_APPOSITIVE = re.compile(
    rf"\b(?P<person>{_PERSON}),\s+our\s+(?P<role>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){{0,2}}),")
ROLE_APPOSITIVE = re.compile(
    rf"\b(?:[Oo]ur|[Tt]he|[Tt]heir|[Yy]our)\s+(?P<role>{_TITLE_WORDS}),\s+(?P<person>{_PERSON}),")
PERSON_AS = re.compile(
    rf"\b(?P<person>{_PERSON})\s+as\s+(?:the\s+|our\s+)?(?P<role>{_TITLE_WORDS})")
# "Sam is the house meeting person: puts the date ...", "Mr Plant is the expedition's First
# Aider and carries the kit": a person, the role they are, then what they do
PERSON_IS = re.compile(
    rf"(?m)(?:^|(?<=[.!?]\s))(?P<person>{_PERSON})\s+is\s+(?:the|our)\s+(?:[A-Za-z]+['’]s\s+)?"
    r"(?P<role>[A-Za-z][\w&/-]*(?:\s+[A-Za-z][\w&/-]*){0,3}?)"
    r"(?=\s*:\s+[a-z]+s\b|,?\s+and\s+[a-z]+s\s)")
# "Sian is my Assistant Race Officer (ARO).", "Omar is our Site Manager and ...": a person
# and the post they hold, its title in capitals (a word that opens a sentence about a
# thing, "This is our ...", is no person)
PERSON_IS_TITLE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=[,;]\s)|(?<=\sand\s))"
    r"(?!(?:This|That|It|There|Here|What|Which|Who|Today|Tomorrow|Everyone|Nobody|Anyone|"
    r"Someone|He|She|They|We|You|Mine|Ours)\b)"
    rf"(?P<person>{_PERSON})\s+is\s+(?:my|our|the)\s+(?P<role>{_TITLE_WORDS})"
    r"(?=\s*\(|\s*[.,;]|\s+(?:and|for|this|today|on)\s|\s*$)", re.MULTILINE)
# "Dev is our activities lead.", "Hannah is camp first aider.": a person and the post they
# hold, written in lower case as a message writes it, the sentence ending there (a post of
# the vocabulary only: "Sam is our treasurer", not "Sam is the best")
PERSON_IS_POST = re.compile(
    r"(?:^|(?<=[.!?]\s))"
    r"(?!(?:This|That|It|There|Here|What|Which|Who|Today|Tomorrow|Everyone|Nobody|Anyone|"
    r"Someone|He|She|They|We|You|Mine|Ours)\b)"
    r"(?P<person>[A-Z][a-z]+)\s+is\s+(?:(?:my|our|the)\s+)?"
    r"(?P<role>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})(?=[.;](?:\s|$))", re.MULTILINE)
# "- **Sam Patel** — Product Owner", "Jo Kim - Tech Lead": a who's-who line, the person
# first (on a line of its own)
PERSON_DASH = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?(?P<person>{_PERSON})(?:\*\*|__)?[ \t]+[—–-][ \t]+"
    r"(?:\*\*|__)?(?P<role>[A-Z][\w&/-]*(?:[ \t]+(?:(?:of|and|&|for)[ \t]+)?[A-Z][\w&/-]*){0,4})"
    # ("Nadia Farouk – Open Day Lead (Student Recruitment Manager)", "Hannah Kowalczyk –
    # Head of Pricing (DRI)", "Dr Helen Marsh – Admissions Tutor, School of Engineering":
    # a remark in brackets or a place after the role)
    r"(?:\*\*|__)?(?:[ \t]*\([^()\n]{1,80}\)|,[ \t]+[A-Z][^\n]{0,80})*[ \t]*$", re.MULTILINE)
# "Lab Manager – Dr Kofi Asante", "**Principal Investigator (PI) – Prof. Morag Laidlaw**":
# a label line, the role first and the person who holds it after a dash; the person is
# taken only when the text later has them act ("Kofi orders the gases"), so a heading
# such as "Release Manager – Weekly Tasks" names no person
ROLE_DASH = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+|[-*•][ \t]+)?(?:\*\*|__)?"
    r"(?P<role>[A-Z][\w&/-]*(?:[ \t]+(?:of[ \t]+)?[A-Za-z][\w&/-]*){0,4})"
    r"(?:[ \t]*\([A-Z][A-Za-z]{1,6}\))?[ \t]+[—–-][ \t]+"
    r"(?:(?:Prof|Professor|Dr|Mr|Mrs|Ms|Mx|Cllr)\.?[ \t]+)?"
    r"(?P<person>[A-Z][a-z]+(?:[ -][A-Z][a-z'’-]+){1,2})(?:\*\*|__)?[ \t]*$", re.MULTILINE)
# "Bethan Lloyd, Ceremonies Manager · 6 June 2028": a byline on a line of its own (a
# deck's presenter, a report's author), the person's full name, a comma and the post
# they hold, perhaps a date or a place after a separator
PERSON_BYLINE = re.compile(
    # (after a label of who keeps or wrote the page: "Page owner: Lena Ford, Site Manager")
    r"^[ \t]*(?P<label>(?:[A-Z][a-z]+[ \t]+)?(?:[Oo]wner|[Aa]uthor|[Cc]ontact|[Mm]aintainer|"
    r"[Ee]ditor|[Bb]y)[ \t]*:[ \t]*)?"
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]+)?"
    r"(?P<person>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?[ \t]+[A-Z][a-z'’-]+),[ \t]+"
    r"(?P<role>[A-Z][\w&/-]*(?:[ \t]+(?:(?:of|and|&|for)[ \t]+)?[A-Z][\w&/'’-]*){0,4})"
    r"[ \t]*(?:[·|•–—][^\n]{0,60})?$", re.MULTILINE)
# A dash between spaces or tabs, "[ \t]+[—–-][ \t]+", as every match of the three patterns
# of a who's-who line holds: a text without one is not scanned by them
SPACED_DASHES = tuple(f"{a}{dash}{b}" for dash in "-–—" for a in " \t" for b in " \t")


def _holds_spaced_dash(text: str) -> bool:
    """Whether ``text`` holds a dash between spaces or tabs (one of :data:`SPACED_DASHES`)."""
    for piece in SPACED_DASHES:  # noqa: SIM110 (a loop: faster than any() over a generator)
        if piece in text:
            return True
    return False


# "Head Baker – Ifeoma. Owns the recipes.": a who's-who line giving the role, a
# dash, the given name alone and, after a full stop, what the role does (taken, as above,
# only when the person acts later)
ROLE_DASH_GIVEN = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?"
    r"(?P<role>[A-Z][\w&/-]*(?:[ \t]+(?:(?:of|&|and)[ \t]+)?[A-Za-z][\w&/-]*){0,4})"
    # ("Stores & Safety Lead (SSL) – Dana Whitfield.": the role's code in brackets, the
    # holder's full name, and the line may end at the full stop)
    r"(?:[ \t]*\([A-Z][A-Za-z]{1,6}\))?(?:\*\*|__)?"
    r"[ \t]+[—–-][ \t]+(?P<person>[A-Z][a-z]+(?:[ -][A-Z][a-z'’-]+){0,2})\.(?:[ \t]+(?=[A-Z])|"
    r"[ \t]*$)", re.MULTILINE)
# "Producer: Sam Hale      1st AD: Gareth Lloyd (07700 900112)": a role labelling the
# person who holds it, in a header of several such fields (taken when the person acts
# later, "Gareth calls the last safe time")
ROLE_COLON = re.compile(
    r"(?:^|(?<=\s))(?P<role>[A-Z0-9][\w&/-]*(?:[ \t][A-Za-z][\w&/-]*){0,3}):[ \t]+"
    r"(?:(?:Prof|Professor|Dr|Mr|Mrs|Ms|Mx|Cllr)\.?[ \t]+)?"
    r"(?P<person>[A-Z][a-z]+(?:[ -][A-Z][a-z'’-]+){1,2})"
    r"(?=[ \t]+[A-Z0-9][\w&/-]*(?:[ \t][A-Za-z][\w&/-]*){0,3}:|[ \t]*\(|[ \t]*$|[ \t]*\|)",
    re.MULTILINE)
PERSON_IN = re.compile(rf"\b(?P<person>{_PERSON})\s+(?:in|from)\s+(?P<role>[A-Z][A-Za-z&]+(?:\s+"
                       r"[A-Z][A-Za-z&]+)?)\b")
# A person's initials over the role and the name they stand for, as action lists write
# their owners: "JN (Head Vet, Jonas Nilsson)"
INITIALS_ROLE = re.compile(
    r"\b(?P<initials>[A-Z]{2,4})\s*\(\s*(?P<role>[A-Z][\w&/-]*(?:\s+[\w&/-]+){0,4})\s*,\s*"
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?(?P<person>[A-Z][a-z]+(?:[ -][A-Z][a-z'’-]+){1,2})\s*\)")
# A line heading a part of the work over the person leading it and their post, in
# brackets: "VOLUNTEERS (Sue Lanyon, Volunteer Coordinator)", "Catering (Jo Bell, Chef)"
AREA_HOLDER = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?[A-Z][\w&'’-]*(?:[ \t]+(?:&|and|[A-Za-z][\w&'’-]*)){0,4}"
    r"[ \t]*\([ \t]*(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]+)?"
    r"(?P<person>[A-Z][a-z]+(?:[ -][A-Z][a-z'’-]+){1,2}),[ \t]*"
    r"(?P<role>[A-Z][\w&/-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&/-]*){0,4})[ \t]*\)[ \t]*:?[ \t]*$",
    re.MULTILINE)
# Initials opening a line of actions, over the title they stand for alone: "RB (Head of
# Repairs) – recruit two more surveyors"
INITIALS_TITLE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?P<initials>[A-Z]{2,4})[ \t]*\([ \t]*(?P<role>[A-Z][^(),\n]{2,50}?)"
    r"[ \t]*\)(?=[ \t]*[—–-][ \t]+[a-z])", re.MULTILINE)
# A key to the initials of a list of actions: "PR Dr Priya Raman, Clinical Lead · JM Julie
# Morgan, Practice Manager" (entries parted by "·", "|", ";" or a line's end)
INITIALS_KEY = re.compile(
    r"(?:^|[·|;][ \t]*)(?P<initials>[A-Z]{2,4})[ \t]+(?P<person>(?:(?:Dr|Mr|Ms|Mrs|Mx|Prof)"
    r"\.?[ \t]+)?[A-Z][a-z]+(?:[ -][A-Z][a-z'’-]+){1,2}),[ \t]*"
    r"(?P<role>[A-Z][\w&'’-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|&[ \t]+)?[A-Z][\w&'’-]*){0,4})"
    r"[ \t]*(?=[·|;]|$)", re.MULTILINE)
PERSON_ROLE = re.compile(
    r"\b(?P<person>[A-Z][a-z]+(?:[ -](?:O['’]|Mc)?[A-Z][a-z'’-]+)?)\s*\(\s*"
    r"(?P<role>[A-Za-z][\w&/-]*(?:\s+[\w&/-]+){0,4})\s*(?:,\s*[^()]{1,30})?\)")


_TITLE_GOES_ON = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
# A title's words before its last after "of" ("... in Charge of", "Head of")
_TITLE_OF_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+of\s+(?:the\s+)?$")
_TITLE_RUN = re.compile(r"(?:[A-Z][\w-]*[ \t]+(?:(?:in|of|for|and|the)[ \t]+)*)+[A-Z][\w-]*$")


def _code_inside_title(text: str, m: re.Match[str]) -> tuple[str, set[str]] | None:
    """A code in brackets inside a title that goes on after it, "Customer Experience (CX)
    Advisors" (the words before it start that title, no person's name): the role the
    title names with its code ("CX Advisor"), and its spellings in full; else None."""
    after = _TITLE_GOES_ON.match(text, m.end())
    if after is None or re.fullmatch(r"[A-Z][A-Z0-9&]{1,5}", m.group("role")) is None or \
            actors.actor_name(f"{m.group('person')} {after.group(1)}") is None:
        return None
    named = actors.actor_name(f"{m.group('role')} {after.group(1)}", acronym=True)
    return (named, {text[m.start():after.end()], f"{m.group('person')} {after.group(1)}",
                    f"{m.group('role')} {after.group(1)}"}) if named else None


def _surname_like(person: str) -> bool:
    """Whether a name before a role in brackets is a person's though it ends like an agent
    noun: "Tom Okafor (Project Director)", two or more capitalised words whose last is no
    word of the language ("Okafor", "Kessler"), where "Site Manager (Deputy Lead)" ends on
    one."""
    words = re.split(r"[ -]", person)
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and \
        not actors.word_classes(words[-1].lower()) and \
        words[-1].lower() not in actors.VOCABULARY


def _letter_heads(doc: Document) -> set[str]:
    """The heads of the document's tables of letters ("Support" over a column of I's)."""
    return {h.strip() for b in doc.blocks if b.kind == "row" and b.header and
            letter_row(b.cells) for h in b.header[1:]}


# How much of a text the document-wide searches for words read (a bound on their time)
SCANNED = 2_000_000


# A body of people a plan keeps informed or asks as a whole ("Members" under "Notify")
TOLD_BODIES = {"member", "members"}


def _told_in_cells(doc: Document, letters: tuple[str, ...] = ("C", "I")) -> set[str]:
    """The names written in the cells of a table's columns of who is consulted or told
    ("Consulted", "Notify", "Informed"), each in the singular ("Members": "Member"); with
    ``letters``, of the columns giving those letters ("R", "A": "Done by", "Checked by")."""
    names: set[str] = set()
    for block in doc.blocks:
        if block.kind != "row" or not block.header:
            continue
        for col, letter in role_columns(block.header).items():
            if letter in letters and col < len(block.cells):
                names.update(actors.singular(n) for n in cell_names(block.cells[col]))
    return names


def _plural_members(role: str) -> bool:
    """Whether a role in brackets is plural ("cashiers", "duty clerks"), the members of
    a team rather than one person's post."""
    last = role.split()[-1].lower()
    return len(role.split()) <= 3 and last.endswith("s") and actors.singular(last) != last


def _one_acts(after: str) -> bool:
    """Whether the words after "Name (group)" make it one person acting: "Grace (drivers)
    collects the keys" (a verb for one), where "Accounts (cashiers) check ..." or a
    heading "Accounts (cashiers)" is a team."""
    words = after.split()
    first = words[0].lower().strip(",.;:") if words and not after[:1].strip() else ""
    return first in ("is", "has", "was", "does") or actors.is_third_person_verb(first)


# "@anika (Product Owner)": a handle and the role its holder fills (a board's members)
HANDLE_ROLE = re.compile(r"(?<![\w@])@(?P<person>[A-Za-z][\w.-]{0,38}[\w])\s*\(\s*"
                         r"(?P<role>[A-Z][\w&/-]*(?:\s+[\w&/-]+){0,4})\s*\)")


# A heading over a list of who is who: "Who's who", "Who is who", "Key contacts"
WHOS_WHO_HEAD = re.compile(r"^\W*(?:who['’]?s who|who is who|who does what|key contacts|"
                           r"contacts|the team|our team|people)"
                           # ("Who's who for the weekend", "Who's who on the day": the
                           # heading says when or where)
                           r"(?:\s+(?:for|on|at|during|this|in|over)\s+[\w'’ -]{1,30})?"
                           r"\W*$", re.IGNORECASE)
# "Aoife — health lead (she's close by)", "Bluebell Homecare — the care agency, two visits
# a day": a person or company, a dash, and what they are in the plan
_WHOS_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
WHOS_WHO_ITEM = re.compile(rf"^\W*(?P<person>{_WHOS_NAME}"
                           # ("Me (Ana) - owner": the writer, by name; "Ola and Ben -
                           # porters": two people who hold the role)
                           rf"(?:\s*\({_WHOS_NAME}\))?(?:\s*(?:,|&|\band\b)\s*{_WHOS_NAME})*)"
                           r"\s+[—–-]\s+"
                           r"(?:the\s+|our\s+)?(?P<role>[A-Za-z][\w&/' -]{1,40}?)\s*"
                           r"(?:[(,;:.]|$)")
# "head chef on the truck", "steward at the gate": where the role is held, after it
_WHOS_WHERE = re.compile(r"\s+(?:on|at|in|for|from)\s+(?:the|our|this|each|every)\s+.*$")
_SMALL_WORDS = {"and", "of", "&", "for", "the", "in", "on"}


def _whos_who(doc: Document) -> list[tuple[str, str]]:
    """(role, person) for each item of a list under a "Who's who" heading that gives a
    person, a dash and what they do in lower case ("- Rob — money & paperwork"): the
    phrase is the role, written as a title ("Money & Paperwork")."""
    out: list[tuple[str, str]] = []
    under = False
    for block in doc.blocks:
        if block.kind == "heading":
            under = bool(WHOS_WHO_HEAD.match(block.text))
            continue
        if not under or block.kind != "item":
            continue
        m = WHOS_WHO_ITEM.match(block.text)
        if m is None or actors.actor_name(m.group("person"), acronym=True) is not None and \
                actors.word_classes(m.group("person").split()[0].lower()):
            continue  # ("District nurses — from the practice": a role, not a person)
        phrase = _WHOS_WHERE.sub("", m.group("role").strip())
        first, _, rest = phrase.partition(" and ")
        if rest and actors.actor_name(first, acronym=True) is not None and (
                actors.actor_name(rest, acronym=True) is None or " " not in rest and
                actors.singular(rest.lower()) not in actors.VOCABULARY):
            # "driver and generator": the role, then a thing it sees to ("generator" no
            # person word the vocabulary knows, though it ends as one does)
            phrase = first
        if not phrase or not phrase[:1].islower() or len(phrase.split()) > 4 or any(
                actors.is_third_person_verb(w) for w in phrase.split()) and \
                actors.actor_name(phrase, acronym=True) is None:
            # ("Ana - checks the rota": what she does; "Mia - marshals", "Joe - grill
            # cooks": a role, its last word a plural that reads as a verb too)
            continue
        role = actors.actor_name(phrase, acronym=True) or " ".join(
            w if w.lower() in _SMALL_WORDS else w[:1].upper() + w[1:] for w in phrase.split())
        for person in re.split(r"\s*(?:,|&|\band\b|\(|\))\s*", m.group("person")):
            if person:  # ("Me (Ana)": the writer, "me", is Ana)
                out.append((role, "me" if person in ("Me", "Myself") else person))
    return out


@lru_cache(maxsize=4)
def _line_labels(text: str) -> dict[str, int]:
    """Label -> where the last line it opens starts ("1st AD: Safety briefing ..."), read
    once per text rather than searched again for each label."""
    return {m.group(1): m.start()
            for m in re.finditer(r"(?m)^[^\S\n]*([^:\n]{1,60}?)\s*:", text)}


def _title_used_again(text: str, m: re.Match[str]) -> bool:
    """Whether a who's-who line's label, one to three words each in capitals, is written
    again elsewhere in the text, as a role the page goes on to use is."""
    label = m.group("role")
    if not 1 <= len(label.split()) <= 3 or not all(w[:1].isupper() for w in label.split()):
        return False
    return any(found.start() != m.start("role")
               for found in re.finditer(rf"(?<![\w-]){re.escape(label)}(?![\w-])", text))


def _called_by_name(text: str, word: str) -> bool:
    """Whether the text writes a capitalised word alone inside a sentence, after a word in
    lower case and with no article, as a person is called ("let Ben and Ivy know"),
    where a heading's "Weekly Duties" is seldom written "... the Weekly ..."."""
    return re.search(rf"(?<![\w'’])(?!(?:the|a|an|our|their|your|this|each|every|its) )"
                     rf"[a-z][a-z,]* {re.escape(word)}\b(?![ \t]+[A-Z])", text) is not None


def _written_with_article(text: str, name: str) -> bool:
    """Whether the text writes a who's-who line's value after "the" somewhere ("Document
    owner: Lead Audiologist" beside "the Lead Audiologist informs ..."): a title, as no
    person's name is written, not someone holding the label's post."""
    return re.search(rf"\b[Tt]he {re.escape(name)}(?![\w-])", text) is not None


def _acts_later(text: str, m: re.Match[str]) -> bool:
    """Whether the person of a who's-who line is, somewhere after it, the subject of a
    verb ("Kofi runs the day-to-day side", "Aisha will check"; "Kofi & Ann set up"), the
    doer of a passive
    in the present ("The float is counted by Kofi"; "was founded by Kofi" is history) or,
    by their initials, the
    owner of an action ("PB – update the map", "PB to update the map")."""
    first = re.escape(m.group("person").split()[0])
    initials = "".join(w[0] for w in re.split(r"[ -]", m.group("person")) if w)
    if len(initials) >= 2 and re.search(
            rf"^[ \t]*(?:[-*•][ \t]+)?{initials}[ \t]+(?:[—–-][ \t]+|to[ \t]+)[a-z]",
            text[m.end():m.end() + 5000], re.MULTILINE):
        return True
    after = text[m.end():m.end() + 5000]
    return any(actors.is_third_person_verb(later.group(1)) or later.group(1) in (
        "will", "is", "has", "can", "must", "should")
        for later in re.finditer(rf"\b{first}(?:[ -][A-Z][a-z'’-]+)?\s+([a-z]+)\b",
                                 after)) or any(
        # ("Priya & Tom set up the stalls", "Tom and Priya will count the float": one of
        # two people joined as the subject of a verb in the plural)
        actors.verb_lemma(later.group(1)) == later.group(1) and
        "VERB" in actors.word_classes(later.group(1)) or later.group(1) in ("will", "must")
        for later in re.finditer(
            rf"\b(?:{first}(?:\s+[A-Z][a-z'’-]+)?\s+(?:&|and)\s+[A-Z][a-z'’-]+"
            rf"(?:\s+[A-Z][a-z'’-]+)?|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?\s+(?:&|and)\s+"
            rf"{first}(?:\s+[A-Z][a-z'’-]+)?)\s+([a-z]+)\b", after)) or \
        re.search(rf"\b(?:is|are|be|been|gets?)\s+(?:[a-z]+\s+)?[a-z]+\s+"
                  rf"by\s+{first}\b", after) is not None


# "(full-time vineyard hands)": the workload is no part of the role's name
_WORKLOAD = re.compile(r"^\s*(?:(?:full|part)[ -]time|seasonal|temporary|casual|permanent)\s+"
                       r"(?=\w+)", re.IGNORECASE)
# the people joined to the one before a bracket: "Dev + Kasia (vineyard hands)"
CO_PERSONS = re.compile(r"\b([A-Z][a-z]+)\s*(?:\+|&|and|,)\s*$")
_TEAM_WORDS = (r"engineering|development|dev|design|qa|quality assurance|marketing|sales|data|"
               r"operations|security|legal|finance|customer success|support")
TEAM = re.compile(
    rf"\b((?:(?:{_TEAM_WORDS})(?:,\s*(?:and\s+)?|\s+and\s+)){{0,6}}(?:{_TEAM_WORDS}))\s+"
    r"(?:teams?|professionals|engineers)\b(?!\s+(?:lead|leader|manager|member|owner)s?\b)",
    re.IGNORECASE,
)
_TEAM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
# every match of TEAM holds one of these words (a new word for a team needs its word here)
_TEAM_NEEDS = ("team", "professionals", "engineers")


def _team_matches(text: str) -> list[re.Match[str]]:
    """``TEAM.finditer(text)``; an ASCII text holding no word a team needs is not scanned
    (ignoring case, an ASCII letter matches only its two cases in ASCII text)."""
    if text.isascii():
        lowered = text.lower()
        if not any(word in lowered for word in _TEAM_NEEDS):
            return []
    return list(TEAM.finditer(text))


def _inside_a_name(text: str, m: re.Match[str]) -> bool:
    """Whether a team's match stands inside a longer name in capitals ("Information
    Security Team", "Platform Engineering team" name one team each, not a "Security Team"
    too): a capitalised word right before it that opens no phrase."""
    before = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start()) \
        if m.group(1)[:1].isupper() else None
    return before is not None and before.group(1).lower() not in _NOT_NAME_WORDS


# the capitalised word right before a match, on its line ("Information " before "Security
# Team"), and the words that open a sentence or a phrase rather than a name
_NAME_BEFORE = re.compile(r"(?:^|(?<=[ \t(]))([A-Z][\w&'’-]*)[ \t]+$")
_NOT_NAME_WORDS = frozenset({"the", "our", "a", "an", "each", "every", "their", "your", "its",
                             "his", "her", "both", "all", "and", "or", "with", "to", "for",
                             "by", "from", "of", "in", "at", "on", "ask", "tell", "if",
                             "when", "then", "contact", "email", "call", "this", "that"})


def _topic_in_capitals(role: str, text: str) -> bool:
    """Whether the words before a person in brackets are one word of the language in
    capitals that names no role written in title case ("FOOD", "MUSIC", "KIDS" over the
    part of the work someone takes on), not a code ("DSL", "SENCO") nor a role or a
    department in capitals ("TREASURER", "FINANCE"), nor a title the text gives work to
    elsewhere ("SKIP (Morag)" and later "The Skip reports the score ..."), nor a code the
    text spells out ("Patient Access Liaison (PAL)" before "PAL (Tom)")."""
    return re.fullmatch(r"[A-Z]{3,}", role) is not None and \
        bool(actors.word_classes(role.lower())) and \
        actors.actor_name(role.title()) is None and role.title() not in _acting_titles(text) \
        and f"({role})" not in text


# "The Skip reports ...", "the Guide will check ...": a word in title case after "the"
# and before a verb in the third person or a modal
_TITLE_ACTING = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Ee]ach|[Ee]very|[Tt]his)\s+([A-Z][a-z]+)\s+"
                           r"([a-z]+)\b")
_TITLE_MODALS = frozenset({"will", "must", "should", "shall", "can", "may"})


@lru_cache(maxsize=4)
def _acting_titles(text: str) -> frozenset[str]:
    """The words a text gives work to as titles ("The Skip reports the score"), read once
    for all its topics in capitals."""
    return frozenset(m.group(1) for m in _TITLE_ACTING.finditer(text)
                     if m.group(2) in _TITLE_MODALS or actors.is_third_person_verb(m.group(2)))


def _bracketed(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern every match of which holds "(" (the
    definitions "Name (ACR)" and "ACR (Name)", "Priya (Campaign Manager)", "Squad Lead
    (Maya)"): a text without one is not scanned."""
    return list(pattern.finditer(text)) if "(" in text else []


TEAM_CODES = {
    "Engineering Team": "ENG", "Development Team": "DEV", "DEV Team": "DEV", "Design Team": "DES",
    "QA Team": "QA", "Quality Assurance Team": "QA", "Marketing Team": "MKT",
    "Sales Team": "SALES", "Data Team": "DATA", "Operations Team": "OPS",
    "Security Team": "SEC", "Legal Team": "LEGAL", "Finance Team": "FIN",
    "Customer Success Team": "CS", "Support Team": "SUP",
}
LEADING_NOISE = {
    "The", "A", "An", "Our", "Your", "Each", "Every", "Both",
    "Hire", "Unlike", "While", "If", "When", "Whether", "Their", "Its", "This", "That", "As",
    "Any", "Good", "Great", "Strong", "New", "Also", "Key", "What", "How", "Why", "Who",
    "Responsibilities", "Role", "Generic", "Traditional", "General", "Versus", "Vs",
    # (and when a body meets, "Between Board meetings", "the April Board": says_when)
    # how many ("Two Funeral Service Operatives bring ...")
    "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
}


@dataclass
class Role:
    """A role found in the documents."""

    name: str
    code: str = ""
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    defined: bool = False
    in_table: bool = False
    structural: bool = False
    heads_section: bool = False  # a heading below the title names it: "## Maintainer"


# A paragraph that opens with a titled person acting: "Prof. Lena Möller (University of
# Bristol) reviews ...", "Dr Rahman has ..."
TITLED_SUBJECT = re.compile(
    r"^(?P<person>(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Cllr|Sir|Dame)\.?\s+[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+){0,2})\s*(?:\([^()]{1,60}\)\s*)?(?:,[^,]{1,60},\s*)?"
    r"(?P<verb>[a-z]+)\b")
# ... or, under a run-in title ("*Senior associate.* Daniel Frost will run ..."), a
# person's first and last name before "will" or a verb
NAMED_SUBJECT = re.compile(
    r"^(?P<person>[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)\s+"
    r"(?P<verb>[a-z]+)\b")


# "NetOps – investigates connection failures": a capitalised label, a dash or colon, and
# a verb said of it (or "accountable for ...")
WORK_LABEL = re.compile(
    r"^(?P<name>[A-Z0-9][\w&/'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&/'’-]*){0,3})\s*"
    r"(?:[–—]|\s-\s|:)\s*(?P<verb>[A-Za-z][a-z]+)\b")


def _work_labelled(text: str) -> re.Match[str] | None:
    """``WORK_LABEL.match(text)``, asked only of a text that holds a colon or a dash
    (every match does)."""
    if ":" not in text and "-" not in text and "–" not in text and "—" not in text:
        return None
    return WORK_LABEL.match(text)


# Labels of a document's parts, not of who does the work: "Scope: Applies to ...",
# "Note: Check ..."
PART_LABELS = {"purpose", "scope", "background", "note", "notes", "summary", "overview",
               "objective", "objectives", "context", "description", "status", "outcome",
               "result", "results", "method", "procedure", "responsibilities", "definitions",
               "references", "approach", "timeline", "tip", "warning", "important",
               "example", "caution", "action", "actions", "decision", "decisions", "agenda",
               "step", "steps", "goal", "goals", "aim", "aims", "policy", "process",
               "update", "updates", "risk", "risks", "issue", "issues", "next steps"}


# Labels in capitals that give a message's or a record's details, not a department
META_LABELS = {"date", "time", "venue", "location", "weather", "ref", "to", "from", "re",
               "subject", "cc", "attendees", "apologies", "present", "absent", "tel",
               "phone", "email", "address", "page", "version", "title", "author", "owner",
               "approved", "reviewed", "effective", "sunrise", "sunset", "call", "wrap"}
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "week", "day", "month",
              "quarter", "phase", "stage", "step", "round", "morning", "afternoon", "evening",
              "am", "pm", "today", "tomorrow", "q", "h"}
CAPITAL_LABEL = re.compile(r"^(?P<name>(?:\d(?:st|nd|rd|th)\s+)?[A-Z0-9][A-Z0-9&/' .-]{1,30}?)"
                           r"\s*:\s+\S")


def _names_a_party(label: str) -> bool:
    """Whether a label could name who works ("ART DEPT", "1st AD", "NetOps"): not a part
    of a document, a detail of a record, a letter, a time or a part of a plan ("Scope",
    "DATE", "R", "Q3", "WEEK 2", "MONDAY", "PHASE 1")."""
    words = label.lower().replace("/", " ").split()
    return bool(words) and label.lower() not in PART_LABELS and not any(
        w in META_LABELS | TIME_WORDS for w in words) and cell_letters(label) is None and \
        len(words) <= 4 and sum(c.isalpha() for c in label) >= 2 and \
        not any(any(c.isdigit() for c in w) for w in words[1:]) and \
        not (words[0][:1].isdigit() and not re.match(r"\d(?:st|nd|rd|th)$", words[0])) and \
        not re.fullmatch(r"[a-z]\d+", words[0])


def _capital_labels(blocks: list[Block]) -> dict[int, tuple[str, str]]:
    """Department notes: three or more paragraphs of one section that open with a label
    in capitals ("LOCATIONS: Marshals on both ends ...", "ART DEPT: Dress the set"),
    each label a role (block index -> its name and the label as written); none in
    other documents."""
    out: dict[int, tuple[str, str]] = {}
    run: dict[int, tuple[str, str]] = {}
    for i, block in enumerate([*blocks, Block("heading", "", "")]):
        if block.kind == "heading":
            if len(run) >= 3:
                out.update(run)
            run = {}
            continue
        m = CAPITAL_LABEL.match(block.text) if block.kind in ("para", "item") else None
        if m is None or not any(c.isalpha() for c in m.group("name")):
            continue
        name = " ".join(m.group("name").split())
        if not _names_a_party(name):
            continue
        run[i] = (actors.actor_name(name, acronym=True) or " ".join(
            w if len(w) <= 3 else w.capitalize() for w in name.split()), name)
    return out


def _work_label(block: Block) -> bool:
    m = _work_labelled(block.text) if block.kind in ("para", "item") else None
    if m is None or not _names_a_party(m.group("name")):
        return False  # (a legend, "Accountable – owns the outcome", names letters)
    verb = m.group("verb")
    lower = verb.lower()
    # "NetOps – investigates outages", "ART DEPT: Dress the boatyard office"
    return lower not in ("is", "are", "has", "was") and (
        verb.islower() and (actors.is_third_person_verb(verb) or
                            verb in ("accountable", "responsible")) or
        m.group("name").isupper() and actors.verb_lemma(lower) == lower and
        "VERB" in actors.word_classes(lower))


def _labels_work(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is one of two or more blocks in a row that each label work with a
    role's name ("Service Desk – logs all tickets", "NetOps – investigates outages")."""
    return _work_label(blocks[i]) and (i > 0 and _work_label(blocks[i - 1]) or
                                        i + 1 < len(blocks) and _work_label(blocks[i + 1]))


def _titled_holders(doc: Document) -> list[tuple[str, str]]:
    """(role, person) for a section under a heading that names one role whose first
    paragraph opens with a titled person acting ("### External Examiner" over "Prof. Lena
    Möller (University of Bristol) reviews ..."): the person holds the role."""
    out = []
    for i, block in enumerate(doc.blocks[:-1]):
        if block.kind != "heading":
            continue
        following = doc.blocks[i + 1]
        opens = TITLED_SUBJECT.match(following.text) if following.kind == "para" else None
        if opens is None and block.level == RUN_IN_LEVEL and following.kind == "para":
            opens = NAMED_SUBJECT.match(following.text)
            if opens is not None and any(actors.actor_word(w) or w.lower() in
                                         actors.DEPARTMENTS
                                         for w in opens.group("person").split()):
                opens = None  # "Legal Services will ...", "Quality Manager reviews"
        if opens is None or not (actors.is_third_person_verb(opens.group("verb")) or
                                 opens.group("verb") in actors.MODAL_AUXILIARIES):
            continue
        role = actors.heading_actor(block.text)
        if role is not None:
            out.append((role, opens.group("person")))
    return out + _lead_in_holders(doc)


def _lead_in_holders(doc: Document) -> list[tuple[str, str]]:
    """(role, person) for a paragraph led by a role's title and a full stop whose first
    sentence opens with a person acting ("Bench Technician. Paul Grant repairs the bikes
    ...", "Head of Year. Dr Ana Cruz is responsible for ..."): the person holds the role,
    as under a run-in title."""
    out = []
    for block in doc.blocks:
        if block.kind not in ("para", "item") or ". " not in block.text[:70]:
            continue
        lead = actors.lead_in_actor(block.text)
        rest = lead[1] if lead is not None else ""
        opens = TITLED_SUBJECT.match(rest) or NAMED_SUBJECT.match(rest)
        if lead is None or opens is None or any(
                actors.actor_word(w) or w.lower() in actors.DEPARTMENTS
                for w in opens.group("person").split()):
            continue  # ("Wardens. Duty Managers will ...": a role acting, no person)
        if actors.is_third_person_verb(opens.group("verb")) or \
                opens.group("verb") in actors.MODAL_AUXILIARIES:
            out.append((lead[0], opens.group("person")))
    return out


# The whole of a line under a role's heading that only names who holds it: "Oskar
# Lindqvist", "Greta Holm – key holder", "Priya and Noor (rota)"
HOLDER_ALONE = re.compile(
    r"^\s*(?P<person>[A-Z][a-z]+(?:[ -][A-Z][a-z'’-]+){0,2})"
    r"(?:\s+(?:and|&)\s+(?P<second>[A-Z][a-z]+(?:[ -][A-Z][a-z'’-]+){0,2}))?"
    r"(?:\s*\([^()]{1,30}\)|\s+[—–-]\s+[a-z][\w' -]{1,40})?\s*\.?\s*$")


def _headed_holders(doc: Document) -> list[tuple[str, str]]:
    """(role, person) for a heading that names one role over a line that only names the
    people who hold it ("Shop Manager" over "Oskar Lindqvist", as a list of terms and
    their descriptions gives who's who): each person holds the role. A name must be a
    person's: its first word a given name or no word of the language."""
    out = []
    for i, block in enumerate(doc.blocks[:-1]):
        following = doc.blocks[i + 1]
        if block.kind != "heading" or following.kind not in ("item", "para"):
            continue
        m = HOLDER_ALONE.match(following.text)
        if m is None:
            continue
        people = [p for p in (m.group("person"), m.group("second")) if p]
        if not all(_named_person(p.split()[0]) and
                   (actors.actor_name(p, acronym=True) is None or _surname_like(p))
                   for p in people):
            continue
        role = actors.heading_actor(block.text)
        if role is not None:
            out += [(role, p) for p in people]
    return out


# The head of a column of who holds each role now: "Current holder", "Post holder",
# "Held by", "Incumbent"
_HOLDER_HEAD = re.compile(r"^\W*(?:(?:(?:current|present)\s+)?(?:(?:post|role|job)\s*)?holders?|"
                          r"(?:usually\s+|currently\s+|now\s+)?(?:held|filled)\s+by|"
                          r"(?:current|present)\s+incumbents?)\W*$", re.IGNORECASE)
_HOLDER_CELL = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
                          r"{1,2}")


def _tabled_holders(doc: Document) -> list[tuple[str, str]]:
    """(role, person) for each row of a table of who holds each role ("Role | Current
    holder" over "Shop Manager | Oskar Lindqvist"): the person holds the role, and so,
    later, does their first name ("Oskar checks ...")."""
    out = []
    for block in doc.blocks:
        if block.kind != "row" or len(block.header) < 2 or len(block.cells) < 2:
            continue
        column = next((k for k, head in enumerate(block.header)
                       if k and _HOLDER_HEAD.match(head)), None)
        if column is None or column >= len(block.cells):
            continue
        person = block.cells[column].strip()
        post = re.sub(r"\s*\([^()]*\)", "", block.cells[0])
        role = actors.actor_name(post, acronym=True)
        role = role or post_without_unit(post)  # ("Branch Manager, Old Town")
        if role is not None and _HOLDER_CELL.fullmatch(person) and (
                person.split()[0].casefold() in given_names() or _surname_like(person)):
            out.append((role, person))
    return out


def _distinct_title(name: str, text: str) -> str:
    """Of two titles one person holds ("Co-Investigator and WP2 Lead"), the one that
    tells them apart when others hold the first too ("Co-Investigator and WP3 Lead"):
    "WP2 Lead"; the name as it is otherwise."""
    first, joined, second = name.partition(" and ")
    if not joined or (other := actors.actor_name(second, acronym=True)) is None:
        return name
    shared = len(set(re.findall(rf"\(\s*{re.escape(first)}\s+and\s+([^,()]+)", text,
                                re.IGNORECASE)))
    return other if shared >= 2 else name


class _TextLines:
    """A text's lines, found by position without searching the text again: the roles
    known by their word ("chair" in "Tariq (chair)") in brackets after the people of each
    line, read once a line (``_crew_role`` asks for them once a person on it; a line of
    thousands of attendees, or a chat's senders, was read again for each of them)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self.known: dict[tuple[int, int], frozenset[str]] = {}

    def line(self, start: int, end: int) -> tuple[int, int]:
        """Where the line holding ``start`` starts and where the one holding ``end`` ends
        (its newline, or -1 at the text's end): ``text.rfind("\\n", 0, start) + 1`` and
        ``text.find("\\n", end)``."""
        before = bisect_left(self.newlines, start)
        after = bisect_left(self.newlines, end)
        return (self.newlines[before - 1] + 1 if before else 0,
                self.newlines[after] if after < len(self.newlines) else -1)

    def known_roles(self, start: int, end: int) -> frozenset[str]:
        """The roles in brackets after people in ``text[start:end]`` (``end`` -1: to the
        text's end) that are role words."""
        roles = self.known.get((start, end))
        if roles is None:
            line = self.text[start:end if end >= 0 else len(self.text)]
            roles = self.known[(start, end)] = frozenset(
                m.group("role") for m in PERSON_ROLE.finditer(line)
                if actors.actor_name(_WORKLOAD.sub("", m.group("role")), acronym=True))
        return roles


def _crew_role(text: str, found: re.Match[str], lines: _TextLines | None = None) -> str | None:
    """The role in brackets after a person in a list of people and their roles
    ("Crew: Marco (vineyard manager), Dev + Kasia (vineyard hands)"), when another
    person on the line fills a known role: by analogy a plain noun phrase there is a
    role even when its head is no role word. None for other text ("Dev (he has the
    certificate)"). ``lines`` (of ``text``) reads each line's roles once."""
    words = _WORKLOAD.sub("", found.group("role")).split()
    # (a head the vocabulary does not hold, written in lower case, is taken for a noun:
    # "volunteer rota")
    if not 1 <= len(words) <= 4 or any(
            not w.isalpha() or w.lower() in actors.FUNCTION_WORDS for w in words) or \
            "NOUN" not in (actors.word_classes(words[-1].lower()) or
                           ({"NOUN"} if words[-1].islower() else set())):
        return None
    lines = lines if lines is not None and lines.text is text else _TextLines(text)
    if not lines.known_roles(*lines.line(found.start(), found.end())) - {found.group("role")}:
        return None  # (no other person on the line fills a known role)
    words[-1] = actors.singular(words[-1])
    return " ".join(w.capitalize() if w.islower() else w for w in words)


def _area_title(text: str, area: str) -> str | None:
    """The title of the post a person's area in brackets stands for, when the text names
    that post in full ("Dennis Farrow (Lettings)" on a mail's "Cc:" line, "the Lettings
    Officer" in its body: the Lettings Officer); None when it names none, or two ("the
    Grounds Officer" and "the Grounds Manager")."""
    words = area.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    found = {title for m in re.finditer(rf"\b{re.escape(area)}[ \t]+[A-Z][a-z]+"
                                        rf"(?:[ \t]+[A-Z][a-z]+)?", text)
             if (title := _longest_title(m.group(0))) is not None}
    return found.pop() if len(found) == 1 else None


def _longest_title(words: str) -> str | None:
    """The longest run of ``words`` from their start that names a role ("Lettings Officer
    Dennis": "Lettings Officer")."""
    parts = words.split()
    for end in range(len(parts), 1, -1):
        title = actors.actor_name(" ".join(parts[:end]), acronym=True)
        if title is not None:
            return title
    return None


_LOOSE_HYPHEN = re.compile(r"(?<![A-Za-z])-|-(?![A-Za-z])")


# A capitalised word and "and" just before a title: "Health and " (Safety Manager)
_JOINED_BEFORE = re.compile(r"(?<![\w'’])([A-Z][a-z]+) (?:and|&) $")


def _clean_title(title: str) -> str | None:
    # (a hyphen inside a word stays: "Co-Investigator", "Vice-Chair")
    words = _LOOSE_HYPHEN.sub(" ", title).split()
    while words and (words[0] in LEADING_NOISE and not actors.named_new(words) or
                     actors.says_when(words)):
        words.pop(0)
    if not words or (len(words) == 1 and words[0] in ROLE_NOUNS):
        return None
    if words[-1] in ("Contact", "Contacts") and words[-2].lower() in actors.CONTACT_ACTS:
        return None  # "Initial Contact": the act of contacting
    return " ".join(words)


def _singular_acronym(acronym: str) -> str:
    return acronym[:-1] if len(acronym) > 2 and acronym.endswith("s") else acronym


_OWN_CODE = re.compile(r"[A-Z][A-Z0-9&]{1,9}")


def initials_code(name: str) -> str:
    """Default code: the initials ('Scrum Master' -> 'SM'); an acronym is its own code."""
    if _OWN_CODE.fullmatch(name):
        return name
    return "".join(w[0] for w in name.split() if w not in ("and", "&")).upper()


def draft_code(name: str) -> str:
    """A role's code in a draft: its initials, but the first three letters of a one-word
    name ('Coordinator' -> 'COO', as the app codes a role it is given), so that no column
    is headed by a lone letter a reader takes for one of the matrix's ('C' for Consulted)."""
    code = initials_code(name)
    if len(code) == 1 and name.isalpha() and len(name) > 1:
        return name[:3].upper()
    return code


# a plural or possessive ending, cut to look a spelling up (patterns used in every
# sentence's search for roles are compiled here once)
_S_END = re.compile(r"'?s$")
_ES_END = re.compile(r"es$")


class RoleCatalog:
    """The roles of a set of documents and how to find them in text."""

    def __init__(self, roles: dict[str, Role], doc_acronyms: dict[str, dict[str, str]],
                 doc_aliases: dict[str, dict[str, str]] | None = None) -> None:
        self.roles = roles
        self.doc_acronyms = doc_acronyms
        # document -> {alias: the role it names there, as found}: a page's own words for a
        # role ('"we" means the Licensing Team'), no alias of it in the other documents
        self.doc_aliases = doc_aliases or {}
        self._finders: dict[str, tuple[AliasFinder, dict[str, str]]] = {}
        self._spellings: dict[str, str] | None = None
        # words the documents write with a capital after "the" ("The Chair answers"): a
        # title of its own, never a longer role's last word standing alone
        self.titled_words: set[str] = set()
        # (document, text) -> its mentions: the readers ask about one sentence several
        # times; emptied with the finders, and when it holds a large document's sentences
        self._found: dict[tuple[str, str], tuple[tuple[str, int, int], ...]] = {}
        # words that end two roles' names or more -> those roles, per set of words that may
        # not stand before such a last word: asked once a block, built once
        self._endings: dict[frozenset[str], dict[str, list[str]]] = {}

    def shared_endings(self, not_after: frozenset[str]) -> dict[str, list[str]]:
        """The last words that end two or more roles' names of two words or more ("Officer"
        of the Licensing Officer and the Senior Licensing Officer), each with those roles in
        the catalog's order, leaving out a name whose word before the last is in
        ``not_after`` ("Head of Department"). Built once for the catalog's roles: a
        document's blocks each ask it."""
        if not_after not in self._endings:
            ending: dict[str, list[str]] = {}
            for key, role in self.roles.items():
                words = role.name.split()
                if len(words) >= 2 and words[-2].lower() not in not_after:
                    ending.setdefault(words[-1].lower(), []).append(key)
            self._endings[not_after] = {w: keys for w, keys in ending.items()
                                        if len(keys) >= 2}
        return self._endings[not_after]

    def _global_acronyms(self) -> dict[str, str]:
        votes: dict[str, Counter[str]] = {}
        for mapping in self.doc_acronyms.values():
            for acronym, name in mapping.items():
                votes.setdefault(acronym, Counter())[name] += 1
        return {a: c.most_common(1)[0][0] for a, c in votes.items()}

    def _finder(self, document: str) -> tuple[AliasFinder, dict[str, str]]:
        """Every alias of every role, longest first, for a document; and which role each
        (case-folded) spelling names."""
        if document not in self._finders:
            alts: list[tuple[str, str]] = []
            for key, role in self.roles.items():
                alts += [(alias, key) for alias in role.aliases | {role.name}]
            acronyms = {**self._global_acronyms(), **self.doc_acronyms.get(document, {})}
            alts += [(a, name) for a, name in acronyms.items() if name in self.roles]
            for alias, named in self.doc_aliases.get(document, {}).items():
                holder = self._holder(named)
                if holder is not None:
                    alts.insert(0, (alias, holder))  # (before any role's own spelling)
            lookup: dict[str, str] = {}
            aliases = []
            for alias, key in sorted(alts, key=lambda a: -len(a[0])):
                lookup.setdefault(alias.casefold(), key)
                # "CAB", "Sales": a department or acronym only when written as a name
                # (but "the resident", a person served, in any case)
                aliases.append(Alias(alias, alias.isupper() or (
                    " " not in alias and alias[:1].isupper() and not actors.actor_word(alias)
                    and alias.lower() not in actors.SERVED_PEOPLE
                    and alias.lower() not in actors.PARTY_HEADS)))
            self._finders[document] = (AliasFinder(aliases), lookup)
        return self._finders[document]

    def page_alias(self, document: str, alias: str) -> str | None:
        """The role a page's own word stands for there ("me" in a memo: its writer's
        role), None when the page gives the word no role."""
        named = self.doc_aliases.get(document, {}).get(alias)
        holder = self._holder(named) if named is not None else None
        return self.roles[holder].name if holder is not None else None

    def _holder(self, named: str) -> str | None:
        """The role whose name or alias is ``named`` (a role as found, maybe renamed or
        merged since), or None once dropped."""
        folded = named.casefold()
        return next((key for key, role in self.roles.items()
                     if folded in {a.casefold() for a in role.aliases | {role.name}}), None)

    def spelled(self, name: str) -> str | None:
        """The role whose name, code or alias is ``name`` exactly (any case), the first
        role that has it; None for other text."""
        if self._spellings is None:
            self._spellings = {}
            for key, role in self.roles.items():
                for spelling in role.aliases | {role.name, role.code}:
                    self._spellings.setdefault(spelling.casefold(), key)
        return self._spellings.get(name.strip().casefold())

    def find(self, text: str, document: str) -> list[tuple[str, int, int]]:
        """Roles mentioned in text, as (role key, start, end), in order."""
        found = self._found.get((document, text))
        if found is None:
            if len(self._found) >= actors.SENTENCE_CACHE:
                self._found.clear()
            found = self._found[(document, text)] = tuple(self._find(text, document))
        return list(found)

    def _find(self, text: str, document: str) -> list[tuple[str, int, int]]:
        finder, lookup = self._finder(document)
        out: list[tuple[str, int, int]] = []
        reach = 0
        for start, end in finder.spans(text):
            if start < reach:
                continue  # (inside a longer name taken instead)
            if text[start:start + 4].lower() == "the ":
                # "The Team Leader" beside a team also called "the Team": the longer name
                # after the article is meant
                after = finder.spans(text[start + 4:start + 124])
                if after and after[0][0] == 0 and start + 4 + after[0][1] > end:
                    start, end = start + 4, start + 4 + after[0][1]
                    reach = end
            token = text[start:end]
            # the spelling as found, else without its plural or possessive ending (each
            # ending cut only when the spelling before it names no role)
            key = lookup.get(token.casefold()) or \
                lookup.get(_S_END.sub("", token).casefold()) or \
                lookup.get(_ES_END.sub("", token).casefold())
            if key:
                out.append((key, start, end))
        return out

    def keys_in(self, text: str, document: str) -> list[str]:
        """Distinct role keys mentioned in text, in order of first mention."""
        return list(dict.fromkeys(k for k, _s, _e in self.find(text, document)))

    def apply_choices(self, choices: dict[str, str], drop: Iterable[str] = ()) -> dict[str, str]:
        """Confirm, rename, merge or drop roles; returns {old key: new key}.

        choices maps a found name or alias to 'CODE', 'New Name' or 'New Name (CODE)'.
        Several found names given the same target are merged. When choices are
        given, roles not named in them are dropped.
        """
        renames: dict[str, str] = {}
        new_roles: dict[str, Role] = {}
        lookups = {alias.casefold(): key for key, r in self.roles.items()
                   for alias in r.aliases | {r.name, r.code} if alias}
        known = ", ".join(f"{r.name} ({r.code})" for r in self.roles.values()) or "none"
        dropped: set[str] = set()
        for name in drop:
            key = lookups.get(name.strip().casefold())
            if key is None:
                raise RaciError(f"--drop {name!r}: no such role in the documents; found: "
                                f"{known}")
            dropped.add(key.casefold())
        for found, target in choices.items():
            key = lookups.get(found.strip().casefold())
            if key is None:
                raise RaciError(f"--role {found!r}: no such role in the documents; found: "
                                f"{known}")
            name, code = _target(target, self.roles[key])
            existing = next((k for k, r in new_roles.items()
                             if r.code.casefold() == code.casefold()
                             or r.name.casefold() == name.casefold()), None)
            if existing is not None:
                merged = new_roles[existing]
                merged.aliases |= self.roles[key].aliases | {self.roles[key].name}
                merged.mentions += self.roles[key].mentions
                renames[key] = existing
                continue
            role = self.roles[key]
            new_roles[name] = Role(name, code, role.aliases | {role.name}, role.mentions,
                                   role.defined, role.in_table, role.structural,
                                   role.heads_section)
            renames[key] = name
        if not choices:
            for key, role in self.roles.items():
                if key.casefold() in dropped or role.code.casefold() in dropped:
                    continue
                new_roles[key] = role
                renames[key] = key
        self.roles = new_roles
        self.doc_acronyms = {
            d: {a: renames[n] for a, n in m.items() if n in renames}
            for d, m in self.doc_acronyms.items()
        }
        self._finders.clear()
        self._found.clear()
        self._endings.clear()
        self._spellings = None
        return renames


def _target(text: str, role: Role) -> tuple[str, str]:
    text = text.strip()
    m = re.match(r"^(.*?)\s*\(([^()]+)\)$", text)
    if m and m.group(1):
        return m.group(1).strip(), m.group(2).strip()
    if re.fullmatch(r"[A-Z][A-Z0-9&]{0,9}", text):
        return role.name, text
    return text, initials_code(text)


# Words that open a sentence before a title without being part of it ("The Ops team")
_PLAIN_OPENERS = frozenset({"the", "a", "an", "our", "their", "its", "each", "all", "every",
                            "any", "and", "or", "both", "your", "his", "her", "this", "that"})


def _standing_alone(words: list[str], text: str) -> bool:
    """Whether ``text`` names the title of ``words`` on its own somewhere, not only inside a
    longer title ("Airfield Operations" in "Duty Airfield Operations Manager" is part of the
    manager's title, no name of the crews)."""
    pattern = r"\b" + r"\s+".join(map(re.escape, words)) + r"\b"
    for m in re.finditer(pattern, text[:200_000], re.IGNORECASE):
        before = text[max(0, m.start() - 40):m.start()].split()
        after = text[m.end():m.end() + 40].split()
        if not (before and before[-1][:1].isupper() and before[-1].isalpha() and
                before[-1].lower() not in _PLAIN_OPENERS or
                after and after[0][:1].isupper() and after[0].isalpha()):
            return True
    return False


def expand_abbreviation(head: str, text: str, prose: str = "") -> tuple[str, str | None]:
    """A table head's full name: 'Construction Mgr' -> 'Construction Manager' (unless the
    page's ``prose``, its text outside tables, names the role so and the full title is
    nowhere: 'Ops Manager – Sam.' keeps 'Ops Manager'); 'PM' -> 'Project Manager' when the
    document spells out words with those initials."""
    coded = re.fullmatch(r"(?P<role>.{2,80}?)\s*\((?P<code>[A-Z][A-Z0-9&]{1,5})\)", head)
    if coded and len(coded.group("role")) > len(coded.group("code")):
        # "Store Manager (SM)": the name, and the code the table writes elsewhere
        return expand_abbreviation(coded.group("role"), text, prose)[0], coded.group("code")
    held = re.fullmatch(r"(?P<role>[^()]{2,60}?)\s*\((?P<who>[^()]{2,60})\)", head)
    if held and actors.actor_name(held.group("role"), acronym=True) and \
            not re.fullmatch(r"[A-Z][A-Za-z]{1,9}", held.group("who")):
        # "Repairs Contractor (Calder Property Services)": the role, and who holds it
        return expand_abbreviation(held.group("role"), text, prose)[0], head
    words = head.split()
    full = [ABBREVIATIONS.get(w.lower().rstrip("."), w) for w in words]
    if full != words and (head not in prose or _standing_alone(full, text)):
        return " ".join(full), head
    if re.fullmatch(r"[A-Z]{2,4}", head):
        pattern = r"\b" + r"\s+".join(rf"{c}[a-z]+" for c in head) + r"s?\b"
        for m in re.finditer(pattern, text[:200_000], re.IGNORECASE):
            name = actors.actor_name(m.group(0))
            if name:
                return name, head
    return head, None


def _section_heads(doc: Document) -> set[str]:
    """Roles a heading below the document's title names, each heading one role."""
    heads: set[str] = set()
    headings = [b for b in doc.blocks if b.kind == "heading"]
    for block in headings[1:]:
        name = actors.heading_actor(block.text)
        if name and " and " not in name.lower() and block.level >= 2:
            heads.add(name)
    return heads


# Verbs that say what a thing is or when it happens, not what an actor does
STATE_VERBS = {"is", "are", "has", "have", "takes", "happens", "applies", "covers", "means",
               "includes", "starts", "begins", "ends", "lasts", "runs", "occurs", "requires",
               "depends", "refers", "contains", "consists", "involves", "was", "were",
               "needs", "comes", "goes", "gets", "can", "may", "might"}


DUTY_SECTION = re.compile(r"\b(?:responsibilit(?:y|ies)|roles|duties)\b", re.IGNORECASE)
ACTING_NAME = re.compile(r"^\s*(?:the\s+)?(?P<name>[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){1,2})\s+"
                         r"(?P<verb>[a-z]{3,}s)\b")
# "Data Platform (@acme/data-platform) runs Airflow": a name, an aside, its verb
ACTING_ASIDE = re.compile(r"^\s*(?:the\s+)?(?P<name>[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){1,2})\s+"
                          r"\([^()\n]{1,60}\)\s+(?P<verb>[a-z]{3,}s)\b")


def _acting(text: str) -> str | None:
    """The capitalised name a line opens with when a verb of its own follows it (an aside
    in brackets between them allowed), or None."""
    acts = ACTING_NAME.match(text)
    aside = ACTING_ASIDE.match(text) if acts is None else None
    if aside is not None and aside.group("verb") not in ("has", "does", "was", "goes"):
        acts = aside  # (a name with its handle or code beside it acts: "runs" too)
    elif acts is not None and acts.group("verb") in STATE_VERBS:
        return None
    if acts and actors.is_third_person_verb(acts.group("verb")) and \
            acts.group("name").split()[0] not in LEADING_NOISE and \
            not names_a_document(acts.group("name").split(), acts.group("verb")) and \
            not actors.says_when(acts.group("name").split()):
        return acts.group("name")
    return None


# A heading over a list that says the list is of who does what ("Who looks after it",
# "Owners", "Teams", "Contacts"), not of what a thing does ("Features", "How it works")
_WHO_HEADING = re.compile(r"\b(?:who|whom|owners?|owned|ownership|maintain(?:ers?|ed)?|"
                          r"looks? after|teams?|contacts?|people|staff|support|"
                          r"responsib\w*|roles?|duties|stewards?|rota)\b", re.IGNORECASE)


def _acting_items(blocks: list[Block]) -> set[int]:
    """Items in a run of list items of which two or more open with a capitalised name
    acting ("- Data Platform (@data) runs Airflow ...", "- Analytics Engineering writes
    and tests the models"), when one of them names its handle or code in brackets or the
    heading over the list asks who: such names are actors. A list of tools or features
    ("- GitHub Actions runs the tests", "- Dark Mode follows the system") under "How the
    pipeline works" or "Features" names none."""
    found: set[int] = set()
    run: list[int] = []
    heading = ""
    for i, block in enumerate([*blocks, None]):
        if block is not None and block.kind == "item":
            if _acting(block.text):
                run.append(i)
            continue
        if len(run) >= 2 and (_WHO_HEADING.search(heading) or any(
                ACTING_ASIDE.match(blocks[j].text) for j in run)):
            found.update(run)
        run = []
        if block is not None and block.kind == "heading":
            heading = block.text
    return found


# The last word of a document's title that names the document itself, not anyone in it:
# "Procurement Procedure", "Release Process v2", "Change Policy (Draft)"
_DOCUMENT_TITLE_HEADS = frozenset({
    "procedure", "procedures", "process", "processes", "policy", "policies", "guide",
    "guidelines", "guidance", "handbook", "manual", "playbook", "runbook", "charter",
    "plan", "standard", "standards", "protocol", "checklist", "instructions", "sop",
    "framework", "overview", "workflow", "regulations", "rules", "terms"})
# what may follow that word in a title: a version, a year, a state in brackets
_TITLE_TAIL = re.compile(r"^(?:v?\d[\d.]*[a-z]?|version|rev|draft|final|\(.*\)|[-–—|])$",
                         re.IGNORECASE)


# What a document does, said of a title ending in a word that is also a post ("Tour
# Guide leads the walks" is a person; "Visitor Guide describes the galleries" a document)
_DOCUMENT_VERBS = frozenset({
    "sets", "describes", "explains", "covers", "governs", "applies", "outlines", "defines",
    "lists", "contains", "summarises", "summarizes", "details", "documents", "specifies",
    "establishes", "supersedes", "replaces", "complements", "records"})


def names_a_document(words: list[str], verb: str | None = None) -> bool:
    """Whether a heading's words name a document ("Procurement Procedure", "Release
    Process v2", "Incident Policy 2024"): the last word before a version, a year or a
    state in brackets is a word for a procedure, a policy, a guide. With ``verb``, the
    verb said of the title, a guide (also a post: "Tour Guide leads the walks") names a
    document only when the verb is what a document does ("describes", "sets out")."""
    while words and _TITLE_TAIL.match(words[-1]):
        words = words[:-1]
    last = words[-1].lower().strip(".,:;") if words else ""
    if last in ("guide", "guides") and verb is not None and \
            verb.lower() not in _DOCUMENT_VERBS:
        return False
    return len(words) >= 2 and last in _DOCUMENT_TITLE_HEADS


def _heading_subject(heading: str, next_text: str) -> str | None:
    """"4.4 Occupational Health" over "Occupational Health assesses fitness for work":
    a heading that is the subject of the sentence below it, acting, is an actor."""
    head = re.sub(r"^\W*(?:\d+[.)]?)*\s*", "", heading).strip(" :.")
    words = head.split()
    verb_after = next_text[len(head):].split()[:1] if next_text.lower().startswith(
        head.lower() + " ") else []
    if names_a_document(words, verb_after[0].strip(",;:") if verb_after else None):
        return None  # "Procurement Procedure" over "Procurement Procedure sets out ..."
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() or w.lower() in ("of", "and", "&")
                                           for w in words):
        return None
    said = head if next_text.lower().startswith(head.lower() + " ") else \
        initials_code(head) if len(words) > 1 and next_text.startswith(
            initials_code(head) + " ") else None  # "5.3 People Operations" over "PO will ..."
    if said is None:
        return None
    verb = next_text[len(said):].split()[0].lower().strip(",;:")
    acting = verb in ("will", "must", "shall", "should") or \
        actors.is_third_person_verb(verb) and verb not in STATE_VERBS
    return head if acting else None


# (patterns tried on every sentence below, compiled once)
_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+")
_ADDRESSED_AS = re.compile(r"^\s*(?:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?\s*(?:,|\s[–—-])\s*)?"
                           r"as (?:(?:a|an|the|our)\s+)?([^,]{2,60}?),?\s*you\s", re.IGNORECASE)
_SECOND_CLAUSE = re.compile(r",\s+(?:while|whereas|but|and)\s+")
# " and " after a word in lower case (the end of a clause's object), before a name written
# with a capital ("the ceremony and Security evacuates"; not "Estates and Facilities")
_AND_CAPITAL = re.compile(r"(?<=\s)[a-z][\w'’-]* and (?=(?:the )?[A-Z][a-z])")


_LABELLED_NAME = re.compile(r"^[^:]{1,40}:\s*(\S.{1,60})$")
_CLAUSE_END = re.compile(r"(?<=[.;])\s+")


# a party a diagram's step names after a word that tells, asks or works with them
# ("to the Head of Payments Operations": a title's "of" within it)
_STEP_PARTY = re.compile(r"\b(?i:tell|tells|inform|informs|notify|notifies|to|with|by|ask|asks)"
                         r"\s+(?:the\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)"
                         r"{0,3})")
# a note beside a diagram's step that opens with a title checking or approving it: "Fraud
# Team Leader approves any refund over £5,000", "Checked by the Duty Manager"
_NOTE_CHECKER = re.compile(r"\b(?P<who>[A-Z][\w'’-]*"
                           r"(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})\s+(?:approves|authori[sz]es|"
                           r"signs\s+off|countersigns|checks|reviews|must\s+approve)\b")


# A label that could name a group of people ("Shop floor", "Front of house", "Night
# shift"): a word or up to three, the first with a capital, no figures
_GROUP_LABEL = re.compile(r"[A-Z][a-z'’-]+(?:\s+(?:of\s+)?[A-Za-z][a-z'’-]+){0,2}")


def _labels_among_roles(blocks: list[Block]) -> dict[int, str]:
    """Run-in labels that name no role by their words but stand in a run of two or more
    others that do, each over its own paragraph ("**Mechanics**: Carry out ...",
    "**Shop floor**: Book bikes in ..."): block index -> the label as a role's name. A
    run is the labels of one section, with only paragraphs between them."""
    out: dict[int, str] = {}
    run: list[int] = []
    for i, block in enumerate([*blocks, Block("heading", "", "")]):
        if block.kind == "heading" and block.level == RUN_IN_LEVEL and block.text:
            run.append(i)
            continue
        if block.kind == "para":
            continue
        named = [j for j in run if actors.heading_actor(blocks[j].text)]
        if len(named) >= 2 and len(named) * 2 > len(run):
            for j in run:
                label = blocks[j].text.strip(" :.")
                # (one plural word names a kind of work, "Deliveries", "Returns": a
                # group of people of one word is a role's word, named already)
                if j not in named and _GROUP_LABEL.fullmatch(label) and \
                        not (" " not in label and actors.singular(label) != label) and \
                        _names_a_party(label) and j + 1 < len(blocks) and \
                        blocks[j + 1].kind == "para":
                    out[j] = " ".join(w if w == "of" else w[:1].upper() + w[1:]
                                      for w in label.split())
        run = []
    return out


def _structural_names(doc: Document, spelled: dict[str, str] | None = None,
                      checkpoint: Callable[[], None] | None = None
                      ) -> tuple[list[str], list[tuple[str, str]]]:
    """Roles named by a document's structure, and (name, alias) pairs from table heads; a
    code the document spells out (``spelled``, from its key or its definitions) stands for
    the role it gives, not for another whose initials it has. checkpoint: as in
    :func:`discover_roles`."""
    names: list[str] = []
    parties: list[str] = []
    aliases: list[tuple[str, str]] = []
    text = doc.text()
    prose = "\n".join(b.text for b in doc.blocks if b.kind != "row")
    across: dict[tuple[str, ...], bool] = {}  # per table: its answer holds for every row
    worded: dict[tuple[str, ...], frozenset[int]] = {}  # per table: its columns of words
    pledged: dict[tuple[str, ...], dict[int, str]] = {}  # per table: its commitment columns
    expanded: dict[str, tuple[str, str | None]] = {}  # a head's full name, looked up once

    def expand(head: str) -> tuple[str, str | None]:
        if head not in expanded:
            code = head.strip()
            expanded[head] = (spelled[code], code) if spelled and code in spelled else \
                expand_abbreviation(head, text, prose)
        return expanded[head]

    in_duties = False  # under a "Responsibilities" / "Roles" heading
    departments = _capital_labels(doc.blocks)
    acting_items = _acting_items(doc.blocks)
    group_labels = _labels_among_roles(doc.blocks)
    for i, block in enumerate(doc.blocks):
        if checkpoint is not None and i and i % CHECKPOINT_BLOCKS == 0:
            checkpoint()
        if block.kind == STEP:
            # a diagram's lanes and participants are roles whatever their names; the
            # other parties of a step when their names are a post's
            for cell in (block.cells[DOER], block.cells[APPROVER],
                         *block.cells[CONSULTED].split("; "), *block.cells[TOLD].split("; ")):
                name = cell if cell and block.cells[DECLARED] else \
                    actors.actor_name(cell, acronym=True) if cell else None
                if name:
                    names.append(name)
            if block.cells[DECLARED]:
                # "Tell the Borrower about the charge" in a lane: a party told, asked or
                # working with the doer, written as a title
                names += [found for m in (*_STEP_PARTY.finditer(block.cells[ASIDE]),
                                          *_NOTE_CHECKER.finditer(block.cells[ASIDE]))
                          if (found := actors.actor_name(m.group("who")))]
            continue
        if block.kind == "row" and block.header:
            # a task written as an order names whom it goes to: "Notify the insurer",
            # "Report any loss of data to the ICO" (a party told, as in a sentence)
            for cell in block.cells:
                first = cell.split()[0].lower() if cell.split() else ""
                if cell[:1].isupper() and first in _HANDING_ORDERS and len(cell.split()) >= 2:
                    task = re.split(r"\s(?:with|together with|along with|from)\s",
                                    cell[:300])[0]
                    names += [n for n in actors.counterparts(task) if not _cut_name(n, task)]
        if block.kind == "row" and block.header == CALL_TREE_HEAD:
            # a call tree's caller and the one called are posts ("Receptionist", "Tax team")
            names += [actors.actor_name(cell, acronym=True) or cell for cell in block.cells]
            continue
        if block.kind == "heading":
            in_duties = bool(DUTY_SECTION.search(block.text)) or (
                in_duties and block.level > 2)
        elif (in_duties and block.kind in ("para", "item") or i in acting_items) and \
                (acting_name := _acting(block.text)):
            # "3.5 Building Security monitors the alarm": under Responsibilities, or in a
            # list of such items, a capitalised name acting is an actor
            names.append(acting_name)
        if block.kind == "heading" and (not letter_lines(block.text) or
                                        WHO_LINE.match(block.text)):
            labelled = _LABELLED_NAME.match(block.text)
            after = actors.actor_name(labelled.group(1).strip(" .")) if labelled else None
            # "Document owner: Ward Manager": the name after the label is the role
            name = after or actors.heading_actor(block.text)
            following = doc.blocks[i + 1].text.split() if i + 1 < len(doc.blocks) else []
            if name and block.level == RUN_IN_LEVEL and following:
                opener = actors.subject_actor(doc.blocks[i + 1].text)
                if opener is not None and opener[0] != name:
                    # "*Specialists.* Our employment team will review ...": a title
                    # over other roles' work is no role
                    name = None
            if name is None and following and (actors.is_third_person_verb(following[0])
                                               or actors.verb_lemma(following[0]) ==
                                               following[0].lower()):
                # "## CAB" followed by "- Approves normal changes": the acronym is an actor
                name = actors.actor_name(re.sub(r"^\W*\d*\W*", "", block.text), acronym=True)
            if name is None and following:
                name = _heading_subject(block.text, doc.blocks[i + 1].text)
            if name is None and block.text.endswith(":"):
                subject = actors.subject_actor(block.text)  # "The clerk signs the sheets for:"
                name = subject[0] if subject else None
            if name is None and i in group_labels and following and (
                    actors.is_third_person_verb(following[0]) or
                    actors.verb_lemma(following[0]) == following[0].lower()):
                # "**Shop floor**: Book bikes in at the counter." among labels naming
                # roles over their duties: a group of people, though no role word names it
                name = group_labels[i]
            if name:
                names.append(name)
            continue
        if i in departments:
            named, written = departments[i]  # "ART DEPT: Dress the boatyard office"
            names.append(named)
            if written != named:
                aliases.append((named, written))
        elif block.kind in ("para", "item") and _labels_work(doc.blocks, i):
            # "Network Engineering – designs and patches the gateways" in a run of such
            # lines: each label is a role, though its words are no role words
            worker = _work_labelled(block.text)
            if worker is not None:
                names.append(actors.actor_name(worker.group("name"), acronym=True) or
                             worker.group("name"))
        doer = actors.dash_doer(block.text) if block.kind in ("para", "item") else None
        if doer is not None and (actors.verb_lemma(doer.group("what").split()[0].lower()) ==
                                 doer.group("what").split()[0].lower() or
                                 # "Press enquiries – Press Officer": a field of work and
                                 # its owner in a list
                                 block.kind == "item" and actors.dash_topic(doer.group("what"))
                                 and all(w[:1].isupper() for w in doer.group("who").split())):
            who = actors.actor_name(doer.group("who"), acronym=True)
            if who:
                names.append(who)  # "Recover refrigerant - Refrigeration Engineer."
        lane = actors.LANE_STEP.match(block.text) if block.kind in ("para", "item") else None
        if lane is not None:
            who = actors.actor_name(lane.group("who"), acronym=True) or (
                lane.group("who").strip() if lane.group("who")[:1].isupper() and
                len(lane.group("who").split()) <= 4 else None)
            if who:
                names.append(who)  # "Step 1 (Customer): Submits the form"
            continue
        if block.kind == "row" and block.header and block.header not in pledged:
            pledged[block.header] = commitment_heads(block.header)
            for who in pledged[block.header].values():  # "The candidate will" over duties
                names.append(actors.actor_name(who, acronym=True) or who[:1].upper() + who[1:])
        coded = code_columns(doc, block.header) if block.kind == "row" and block.header \
            else None
        if coded is not None:
            # a delegation log: the role column names the roles the duty codes go to
            cell = block.cells[coded[0]] if coded[0] < len(block.cells) else ""
            names += [actors.actor_name(n, acronym=True) or n for n in who_names(cell)]
            continue
        limits = limit_columns(block.header) if block.kind == "row" and block.header else ()
        if limits:
            # "| Write-off | Finance Manager | Chief Executive | Finance Committee |": each
            # cell under a limit names who decides (and on whose recommendation)
            for col in [*limits, *(c for c, h in enumerate(block.header)
                                   if c and c not in limits and _side_letter(h))]:
                cell = block.cells[col] if col < len(block.cells) else ""
                for person, _letter in limit_cell_names(cell):
                    names.append(actors.actor_name(person, acronym=True) or person)
            continue
        named_in = role_columns(block.header) \
            if block.kind == "row" and block.header and not letter_row(block.cells) else {}
        if named_in:
            # "Secretary: write to the members (3 May); Chair: ..." in a cell beside them:
            # each label acts
            names += [actors.actor_name(who, acronym=True) or who
                      for c, cell in enumerate(block.cells) if c not in named_in
                      and c < len(block.header) and ACTIONS_HEAD.search(block.header[c])
                      for who, _action in owned_action_parts(cell)]
            for col in named_in:
                if col != next(iter(named_in)) and col < len(block.cells) and \
                        len(block.cells[col].split()) >= 3 and \
                        actors.actor_name(block.cells[col], acronym=True) is None and \
                        any(w.islower() and w not in ("of", "and", "or", "the", "&", "for",
                                                      "to", "in")
                            for w in re.findall(r"[\w'’-]+",
                                                re.sub(r"\([^()]*\)", " ", _without_when(
                                                    _CELL_CONDITION.sub(
                                                        "", block.cells[col]))))):
                    continue  # "Certificate sent to the Lender": a phrase, no role's name
                # ("Support told", "Finance informed": the letter after the name is how
                # it takes part, no part of the name)
                said = _LETTER_AFTER.sub("", block.cells[col]) if col < len(block.cells) \
                    else ""
                # ("| Branch Manager, Old Town | Tom Hale |" under "Role | Name": the post,
                # and where it is held)
                post = post_without_unit(said) if col == 0 and ", " in said else None
                for cell in [post] if post is not None else who_names(said):
                    full, alias = expand(cell)
                    named = actors.actor_name(full, acronym=True) or full  # "Budget Owners"
                    names.append(named)  # a column of role names: each is a role
                    for spelling in {alias, full} - {None, named}:
                        aliases.append((named, spelling or ""))
                    if col == 0:  # "| Practice Owner | Dr Helen Marsh |" under "Role | Name"
                        aliases += _named_people(named, block.header, block.cells)
            continue
        if block.kind == "row":
            if block.header and len(block.cells) > 1 and letter_row(block.cells) \
                    and block.header not in across:
                across[block.header] = roles_across(doc, block.header)
            if block.header and len(block.cells) > 1 and letter_row(block.cells) and \
                    across[block.header]:
                if block.header not in worded:
                    worded[block.header] = worded_columns(doc, block.header)
                for col, head in enumerate(block.header[1:], start=1):
                    # (a column of remarks or of how often beside the letters names no
                    # role)
                    if head.strip() and head.strip(" :*").casefold() not in NOTE_HEADS \
                            and col not in worded[block.header]:
                        full, alias = expand(head.strip())
                        names.append(full)
                        if alias:
                            aliases.append((full, alias))
            elif block.header and block.cells and letter_row(block.cells):
                full, alias = expand(block.cells[0].strip())
                names.append(full)  # a RACI table with one row per role
                if alias:
                    aliases.append((full, alias))
            elif block.header and block.cells:
                # "Product Owner" over "Jane Doe" in one cell (a cell's paragraphs): the
                # post, and the person who holds it
                name, held_by = _post_and_holder(block.cells[0]) \
                    if "; " in block.cells[0] else (None, [])
                aliases += held_by
                name = name or actors.actor_name(block.cells[0]) or _row_role(block)
                if name:
                    names.append(name)
                    aliases += _named_people(name, block.header, block.cells)
                if block.header not in across:
                    across[block.header] = True
                    names += _compared_roles(block.header)
                # a cell written as a sentence names its doer: "Shift Supervisor holds
                # the batch" under "Corrective action"
                for cell in block.cells[1:]:
                    for clause in _CLAUSE_END.split(cell[:2000]):
                        subject = actors.subject_actor(clause) \
                            if len(clause.split()) >= 3 else None
                        if subject:
                            names.append(subject[0])
                        # "Agrees the roadmap with the Head of Data" beside the role of
                        # the row: the party it works with or tells, as in a sentence,
                        # when written as a title ("with the other breed judges" names
                        # no post beside the row's Judges)
                        # (but "calls the emergency services" names a body outside
                        # the team by what it is, in lower case)
                        names += [n for n in actors.counterparts(clause) if n in clause or
                                  _body_written(n, clause)]
            continue
        listed = letters_listed(block.text) \
            if block.kind != "row" else []
        inline = inline_letter_line(block.text) if block.kind in ("item", "para") else None
        listed = listed or (inline[1] if inline else [])
        if listed:  # "Responsible: Release Manager" under an activity's heading
            for _letters, people in listed:
                held = person_and_role(people)
                if held:  # "Driver: Tom Abara, Supporter Care Manager"
                    aliases += [(held[1], held[0]), (held[1], held[0].split()[0])]
                    people = [held[1]]
                for cell in people:
                    name = actors.actor_name(cell, acronym=True) or cell
                    if name[:1].isupper():
                        names.append(name)
            continue
        alone = actors.actor_name(block.text.rstrip(" :")) \
            if block.kind == "para" and len(block.text.split()) <= 5 else None
        if alone:  # a line that only names a role ("Receptionist:") over its duties
            names.append(alone)
            continue
        label = actors.label_actor(block.text) or actors.lead_in_actor(block.text) \
            or actors.with_label(block.text)
        value = actors.label_value(label[1], block.text.split(":")[0]) if label else None
        if value is not None and block.text.split(":")[0].strip() == block.text.split(":")[0]:
            # "Document owner: Ward Manager": the name after the label is the role
            names.append(value)
        elif label:
            names.append(label[0])
        # a party a contract defines: 'Northgate Housing Trust ("the Client")'
        parties += [m.group("name") for m in DEFINED_PARTY.finditer(block.text[:2000])]
        whole = actors.rephrased(block.text[:400])  # "X's duties include: a; b; c"
        if whole:
            names.append(actors.actor_name(whole[0], acronym=True) or whole[0])
        for sentence in _SENTENCE_END.split(block.text[:20_000]):
            sentence = actors.without_clause_number(sentence)  # "... 3.2 The Clerk shall"
            sentence = actors.said_plainly(sentence)  # ", keeping the Bursar informed"
            sentence = actors.get_as_be(sentence)  # "get emptied by": "are emptied by"
            # ("At half time the Steward checks the gates": after an opening phrase)
            subject = actors.subject_actor(sentence) or actors.opened_subject(sentence)
            topic = None if subject else actors.after_topic(sentence)
            if topic is not None:  # "Bed 7 - the porter takes the patient to theatre"
                subject = actors.subject_actor(topic)
            condition = actors.condition_subject(sentence)  # "When the clerk has ...,"
            if subject:
                names.append(subject[0])
            elif condition:
                names.append(condition[0])
            narrowed = actors.without_narrowing_clause(sentence) \
                if " who " in sentence[:200] else None
            if narrowed:  # "Any steward who cannot attend tells ..."
                names.append(narrowed[0])
            pair = actors.co_subjects(sentence)  # "The clerk and the porter sign ..."
            if pair:
                names += [actors.actor_name(p, acronym=True) or actors.stand_in(p) or p
                          for p in pair[0]]
            addressed = _ADDRESSED_AS.match(sentence)  # "As a site supervisor, you will ..."
            if addressed and actors.actor_name(addressed.group(1)):
                names.append(actors.actor_name(addressed.group(1)) or "")
            acting = actors.action_item(sentence)  # "ACTION: QA Lead to prepare ..."
            if acting and actors.actor_name(acting[0], acronym=True):
                names.append(acting[0])
                # ("... and the Chair to sign the form": each further action's doer)
                names += [n for m in actors.further_actions(sentence)
                          if (n := actors.actor_name(m.group("who"), acronym=True))]
            chain = actors.passive_chain(sentence) if sentence.count(" by ") > 1 else None
            if chain:  # "... drafted by the clerk, checked by X and approved by Y"
                names += chain[2]
            around = actors.rephrased(sentence)  # "The porter's job is to ..."
            if around:
                names.append(actors.actor_name(around[0], acronym=True) or around[0])
            names += actors.counterparts(sentence)
            names += _chain_parties(sentence)
            # "..., while Testers own the regression suite": a second clause's subject
            for clause in _SECOND_CLAUSE.split(sentence[:600])[1:] \
                    if ", " in sentence else ():
                second = actors.subject_actor(clause)
                if second:
                    names.append(second[0])
            # "... stops the ceremony and Security evacuates the hall": a second clause
            # whose subject is written with a capital, with no comma before it
            for joint in _AND_CAPITAL.finditer(sentence[:600]) if " and " in sentence \
                    else ():
                second = actors.subject_actor(sentence[joint.end():600])
                if second:
                    names.append(second[0])
    if len(set(parties)) >= 2:  # the parties of an agreement (one is the organisation)
        names += parties
    titles: dict[str, str] = {}  # (a table's heads come once per row: each read once)
    return [titles[n] if n in titles else titles.setdefault(n, _distinct_title(n, text))
            for n in names], aliases


# Orders that hand something over or tell someone, as a table's task is written: the party
# after them is told ("Notify the insurer", "Send the return to HMRC")
_HANDING_ORDERS = frozenset({
    "notify", "tell", "inform", "alert", "call", "phone", "ring", "email", "e-mail",
    "contact", "brief", "send", "report", "submit", "pass", "forward", "escalate", "hand",
    "give", "return", "copy", "file", "lodge"})


def _body_written(name: str, text: str) -> bool:
    """Whether ``name`` is a body or person outside the team named by what it is (see
    ``actors.PARTY_HEADS``) and written so in ``text`` in any case ("the emergency
    services" for "Emergency Service")."""
    words = name.lower().split()
    return bool(words) and (words[-1] in actors.PARTY_HEADS or len(words) >= 2 and (
        words[-1] in actors.PARTY_KINDS or " ".join(words[-2:]) in actors.PARTY_HEADS)) \
        and name.lower() in text.lower()


def _cut_name(name: str, text: str) -> bool:
    """Whether ``name`` stands in ``text`` only as the start of a longer name in capitals
    ("Head Office" in "to Head Office Inventory Control")."""
    at = text.lower().find(name.lower())
    rest = text[at + len(name):].split() if at >= 0 else []
    return bool(rest) and rest[0][:1].isupper()


def _chain_parties(sentence: str) -> list[str]:
    """The parties of a hand-off chain written with arrows ("Duty Team Leader -> Police
    control: helicopter request") when one of them is a role by its words: every step
    written as a capitalised name of at most three words, without a digit. A path of
    places ("Settings -> Privacy") names no role."""
    if not ARROW.search(sentence):
        return []
    parts = [re.sub(r"\([^)]*\)", "", re.split(r"[,:;]", p)[0]).strip(" .")
             for p in ARROW.split(sentence[:300])]
    if "`" in sentence or not any(actors.actor_name(p) for p in parts):
        return []  # (states of a workflow in code marks, "`OPEN` → `DONE`", are no roles)
    return [actors.actor_name(p, acronym=True) or p for p in parts
            if p[:1].isupper() and len(p.split()) <= 3 and not re.search(r"\d", p)]


# A column head that says what its role commits to: "The candidate will", "Supervisor
# agrees to:", "Each club must"
COMMITMENT_HEAD = re.compile(
    r"^\s*(?:the\s+|each\s+|every\s+|our\s+|your\s+)?(?P<who>[A-Za-z][\w'’&-]*"
    r"(?:\s+[\w'’&-]+){0,3}?)\s+(?:will|shall|must|should|agrees?\s+to|commits?\s+to|"
    r"undertakes?\s+to)\s*:?\s*$", re.IGNORECASE)


def commitment_heads(header: tuple[str, ...]) -> dict[int, str]:
    """The columns of a table that set what each side commits to ("| The principal
    supervisor will | The candidate will |"), with the role each names as written."""
    return dict(_commitment_heads(header))  # (a copy: the answer is kept per head)


@lru_cache(maxsize=4096)  # a pure function of the head, which every row of a table repeats
def _commitment_heads(header: tuple[str, ...]) -> dict[int, str]:
    found = {c: m.group("who") for c, m in ((c, COMMITMENT_HEAD.match(h))
                                           for c, h in enumerate(header)) if m}
    return {c: who for c, who in found.items()
            if not any(w.lower() in actors.FUNCTION_WORDS - {"the"} for w in who.split())}


# An amount, "£2,000", "$25k", "10,000", and the head of a column per spending limit of a
# scheme of delegation: "Up to £2,000", "£2,000 – £25,000", "Over £25,000", "Above 50k"
_AMOUNT = r"[£$€¥]?\s?\d[\d,.]*\s?(?:k|m|bn|million)?"
LIMIT_HEAD = re.compile(
    rf"^\s*(?:(?:up\s+to|over|above|under|below|less\s+than|more\s+than|from|between|"
    rf"at\s+least|exceeding|not\s+exceeding|greater\s+than|to)\s+|[<>≤≥]=?\s*)?{_AMOUNT}"
    rf"(?:\s*(?:–|—|-|to|and)\s*{_AMOUNT})?(?:\s*(?:\+|and\s+(?:over|above|more|less|"
    rf"under|below)|or\s+(?:more|less|over|above)))?\s*(?:\([^()]{{0,30}}\))?\s*$",
    re.IGNORECASE)


@lru_cache(maxsize=4096)  # a pure function of the head, which every row of a table repeats
def limit_columns(header: tuple[str, ...]) -> tuple[int, ...]:
    """The columns of a scheme of delegation's table that each hold who decides up to a
    limit ("Decision | Up to £2,000 | £2,000 – £25,000 | Over £25,000"): two or more heads
    after the first that are amounts or ranges of amounts, one at least with a currency
    sign or a word ("up to", "over"); else none."""
    found = [c for c, h in enumerate(header) if c and LIMIT_HEAD.match(h)
             and re.search(r"\d", h)]
    if len(found) < 2 or not any(re.search(r"[£$€¥]|[A-Za-z]", header[c]) for c in found):
        return ()
    return tuple(found)


# "Grants Officer on the Grants Panel's recommendation", "Head on the advice of the Bursar":
# the one who decides, and the one who prepares the case (R) or advises (C)
RECOMMENDED = re.compile(
    r"^(?P<x>.+?)\s*,?\s+(?:on|after|following|with)\s+(?:(?:the|a)\s+)?"
    r"(?:(?P<kind>recommendation|proposal|advice|nomination)\s+of\s+(?:the\s+)?(?P<y2>.+?)"
    r"|(?P<y>.+?)['’]s?\s+(?P<kind2>recommendation|proposal|advice|nomination))\s*\.?$",
    re.IGNORECASE)


def recommended_by(cell: str) -> tuple[str, str, str] | None:
    """A cell naming who decides on whose recommendation: (decider, recommender, the
    recommender's letter: R for a recommendation or proposal, C for advice), else None."""
    m = RECOMMENDED.match(cell.strip())
    if m is None:
        return None
    who = (m.group("y") or m.group("y2") or "").strip()
    kind = (m.group("kind") or m.group("kind2") or "").lower()
    return m.group("x").strip(), who, "C" if kind == "advice" else "R"


def limit_cell_names(cell: str) -> list[tuple[str, str]]:
    """The roles one cell of a limit column names, each with its letter: the decider A/R,
    or A beside the one whose recommendation it acts on (R) or whose advice it takes (C)."""
    found = recommended_by(cell)
    if found is not None:
        decider, other, letter = found
        return [(n, "A") for n in who_names(decider)] + [(n, letter) for n in who_names(other)]
    return [(n, "A/R") for n in who_names(cell)]


# A cell of a delegation log listing duty codes: "1, 4, 7, 8", "1–11", "2-4 and 9"
_CODE_RANGE = r"\d{1,3}(?:\s*(?:–|—|-|to)\s*\d{1,3})?"
CODE_LIST = re.compile(rf"{_CODE_RANGE}(?:\s*(?:,|;|&|\band\b)\s*{_CODE_RANGE})*\s*\.?")
# The head of such a column: "Duty codes", "Delegated duties", "Tasks (see key)"
CODE_HEAD = re.compile(r"\b(?:codes?|dut(?:y|ies)|tasks?|delegated|activit(?:y|ies)|"
                       r"responsibilit(?:y|ies)|nos?\.?|numbers?)\b", re.IGNORECASE)


def listed_codes(cell: str) -> list[int]:
    """The numbers a cell of duty codes lists, ranges spelt out: "1, 4, 7" -> [1, 4, 7],
    "1–3" -> [1, 2, 3]; empty when the cell is no such list."""
    if not CODE_LIST.fullmatch(cell.strip()):
        return []
    codes: list[int] = []
    for m in re.finditer(r"(\d{1,3})(?:\s*(?:–|—|-|to)\s*(\d{1,3}))?", cell):
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        codes += [n for n in range(first, min(last, first + 200) + 1) if n not in codes]
    return codes


def code_columns(doc: Document, header: tuple[str, ...]) -> tuple[int, int] | None:
    """A delegation log's (role column, duty code column): a column headed as roles ("Trial
    role", "Role", "Position") and one headed as codes or duties ("Duty codes") most of
    whose cells list numbers ("1, 4, 7, 8", "1–11"); else None."""
    if not _CODED or _CODED[0][0] is not doc:
        _CODED[:] = [(doc, {})]
    known = _CODED[0][1]  # worked out once per table, not once per row
    if header not in known:
        known[header] = None
        roles = [c for c, h in enumerate(header) if ROLE_ROW_HEAD.match(h) or
                 _head_key(h) in ("role", "position", "post", "job title", "role title")]
        heads = [c for c, h in enumerate(header) if CODE_HEAD.search(h) and c not in roles]
        rows = doc.rows_of(header) if roles and heads else []
        for c in heads:
            cells = [r.cells[c] for r in rows if c < len(r.cells) and r.cells[c].strip()]
            listed = [x for x in cells if listed_codes(x)]
            if cells and len(listed) * 2 > len(cells) and any(
                    re.search(r"[,–—-]|\bto\b", x) for x in listed):
                known[header] = (roles[0], c)
                break
    return known[header]


_CODED: list[tuple[Document, dict[tuple[str, ...], tuple[int, int] | None]]] = []


# A company's name: a proper name, then a short code or a company ending ("Northgate IT",
# "Bramble Compliance Ltd")
COMPANY = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2} (?:[A-Z]{2,3}|Ltd\.?|Limited|plc|"
                     r"PLC|LLP|Inc\.?|GmbH)")
# A column head's closing words saying for when it holds ("Name this season", "Holder for
# 2026/27", "Name (2027)"): no part of what the column holds
HEAD_PERIOD = re.compile(r"(?:\s+(?:this|next|for(?:\s+the)?|in(?:\s+the)?)\s+"
                         r"(?:\d{4}(?:\s*[-/–]\s*\d{2,4})?|(?:current\s+)?(?:season|year|term|quarter|month|event|"
                         r"week|period))|\s*\(\s*\d{4}(?:\s*[-/–]\s*\d{2,4})?\s*\))\s*$",
                         re.IGNORECASE)
PERSON_HEADS = {"name", "person", "contact", "named person", "person name", "holder",
                "filled by", "assigned person", "who", "held by", "usually held by",
                "currently held by", "post holder", "postholder", "incumbent", "usually",
                "currently", "normally", "typically"}


def _named_people(role: str, header: tuple[str, ...], cells: tuple[str, ...]
                  ) -> list[tuple[str, str]]:
    """"| Project Sponsor | Karen Holt | ... |" under "Role | Name | ...": the person who
    fills the role, as aliases of it (full name and first name)."""
    out: list[tuple[str, str]] = []
    for i, head in enumerate(header[1:len(cells)], start=1):
        # (a remark after the name is none of it: "Northgate IT (helpdesk 0161 555 0199)")
        person = re.sub(r"\s*\([^()]*\)\s*$", "", cells[i]).strip()
        if _head_key(HEAD_PERIOD.sub("", head)) not in PERSON_HEADS:
            continue
        if "," in person and re.search(r"\d", person.split(",", 1)[1]):
            # ("Bernadette Walsh, 07700 900412, office hours": how to reach them after)
            person = person.split(",", 1)[0].strip()
        # ("Maureen Tilley    01404 552 118": a telephone number or an address after the
        # name, with no comma, in a list of contacts)
        # (a cell that long names nobody; the pattern backtracks over long runs of
        # spaces and figures, seconds on a 100,000-character cell)
        if len(person) <= _CONTACT_CELL_MAX:
            person = _REACHED_AT.sub("", person)
        named = _HOLDERS.fullmatch(person)
        if named is not None:
            # "usually Dee or Marcus": the given names of those who take turns in it
            out += [(role, n) for n in re.split(r",\s*|\s+(?:or|and)\s+", named.group(1))
                    if actors.actor_name(n, acronym=True) is None]
            continue
        called = _CALLED.fullmatch(person)
        if called is not None:
            # "Bernadette (Bern) Walsh": the name they go by in brackets, their full name
            # and their given name
            given, short, surname = called.groups()
            out += [(role, f"{given} {surname}"), (role, given), (role, short)]
            continue
        titled = _CLERGY.fullmatch(person)
        if titled is not None:
            # "Revd Tom Ashby", later "Tom": a title of the church or the council before
            # the given name
            out += [(role, person), (role, titled.group(1))]
        elif COMPANY.fullmatch(person):
            out.append((role, person))  # a company holds the role: "Northgate IT"
        elif _PERSON_IN_CELL.fullmatch(person) and \
                actors.actor_name(person, acronym=True) is None:
            out.append((role, person))
            if not person.startswith(("Dr", "Mr", "Ms", "Mrs")):
                out.append((role, person.split()[0]))
    return out


# A person's name alone in a cell, perhaps after a title: "Dr Ana Ruiz", "Iain McLeod",
# "Rhona MacAskill" (a surname may hold a second capital: "McLeod", "DeWitt"), its letters
# perhaps accented ("Siobhán Kelly", "Zoë Müller"), a given name with a second capital
# ("DeShawn Smith-Jones")
_NAME_WORD = f"{NAME_UPPER}{NAME_LOWER}+"
_PERSON_IN_CELL = re.compile(rf"(?:Dr\.? |Mr\.? |Ms\.? |Mrs\.? )?(?:{GIVEN_NAME}|{_NAME_WORD})"
                             rf"(?: {_NAME_WORD}(?:{_NAME_WORD})?){{0,2}}")
# A telephone number or an e-mail address that ends a contact's cell
_CONTACT_CELL_MAX = 300
_REACHED_AT = re.compile(r"(?<!\s)(?:\s+(?:\+?\d[\d ()-]{5,}\d|[\w.+-]+@[\w-]+"
                         r"(?:\.[\w-]+)+))+\s*$")
# A letter in words after the last name of a cell ("Support told", "APM kept informed")
_LETTER_AFTER = re.compile(r"(?<!\s)\s+(?:told|informed|kept\s+informed|notified|consulted|"
                           r"cc'?d)"
                           r"(?:\s+(?:first|too|after|before))?\s*$", re.IGNORECASE)
# "usually Dee or Marcus", "normally Sam, Leah or Kofi": given names of a role's holders
_HOLDERS = re.compile(r"(?:usually|normally|often|mostly|typically|currently)\s+"
                      r"([A-Z][a-z'’-]+(?:(?:,\s*|\s+or\s+|\s+and\s+)[A-Z][a-z'’-]+)*)")
# "Bernadette (Bern) Walsh": a given name, the name the person goes by, the surname
_CALLED = re.compile(r"([A-Z][a-z'’-]+)\s+\(([A-Z][a-z'’-]+)\)\s+([A-Z][a-z'’-]+)")
# "Revd Tom Ashby", "Cllr Ruth Gale", "Fr Michael Byrne"
_CLERGY = re.compile(r"(?:Revd|Rev\.?|Reverend|Canon|Fr\.?|Father|Sister|Cllr\.?)\s+"
                     r"([A-Z][a-z'’-]+)\s+[A-Z][a-z'’-]+")


_PERSON_NAME = re.compile(r"(?:(?:Dr|Mr|Ms|Mrs|Mx|Prof)\.? )?[A-Z][a-z'’-]+"
                          r"(?: [A-Z][a-z'’-]+){1,2}")


def _post_and_holder(cell: str) -> tuple[str | None, list[tuple[str, str]]]:
    """A role cell written as the post over who holds it ("Product Owner; Jane Doe", its
    paragraphs joined): the post, and the person's names as its aliases; (None, []) when
    the first part names no post or a later part names another."""
    first, *others = [p.strip() for p in cell.split("; ")]
    post = actors.actor_name(first, acronym=True)
    if post is None or not others or len(others) > 2:
        return None, []
    people = [p for p in others if _PERSON_NAME.fullmatch(p) and
              actors.actor_name(p, acronym=True) is None]
    if any(actors.actor_name(p, acronym=True) is not None and p not in people
           and p.split()[0].lower() not in ("whole", "all", "the", "entire") for p in others):
        return None, []  # "Chair; Treasurer": two posts
    held = [(post, p) for p in people] + [(post, p.split()[0]) for p in people
                                          if not p.startswith(("Dr", "Mr", "Ms", "Mx", "Prof"))]
    return post, held


# The head of a first column that names one role per row ("Crew position", "Role",
# "Job title", "Post"): its cells are roles whatever their words.
ROLE_ROW_HEAD = re.compile(r"^\W*(?:[a-z]+ )?(?:roles?|positions?|posts?|job(?: title)?|"
                           r"titles?|ranks?)\W*$", re.IGNORECASE)


def _row_role(block: Block) -> str | None:
    """The role a row names in a table whose first column is headed as roles ("Master"
    under "Crew position"; "AB (2)" is AB): a short capitalised name without digits."""
    if not ROLE_ROW_HEAD.match(block.header[0]):
        return None
    cell = re.sub(r"\([^)]*\)", "", block.cells[0]).strip(" *_")
    if not cell[:1].isupper() or re.search(r"\d", cell):
        return None
    post = post_without_unit(cell) if ", " in cell else None
    if post is not None:
        return post  # "Branch Manager, Central Library": the post, where it is held
    if not 1 <= len(cell.split()) <= 4:
        return None
    return actors.actor_name(cell, acronym=True) or cell


def _compared_roles(header: tuple[str, ...]) -> list[str]:
    """The heads of a table with one column per role ("| | Trip Leader | Group Leaders |
    School Office |"): when most heads after the first name an actor, every short,
    capitalised head is a role."""
    heads = [h.strip() for h in header[1:] if h.strip()]
    # ("SC | SET | D/N | PAGES | CAST" over a schedule: words in capitals, no acronyms)
    actors_named = [h for h in heads if actors.actor_name(h, acronym=True) and not (
        h.isupper() and (actors.word_classes(h.lower()) or not h.isalpha()))]
    if len(heads) < 2 or len(actors_named) * 2 <= len(heads):
        return []
    return [actors.actor_name(h, acronym=True) or h for h in heads
            if len(h.split()) <= 4 and h[:1].isupper() and not re.search(r"\d", h) and
            h.strip(" :*").casefold() not in NOTE_HEADS]


def worded_columns(doc: Document, header: tuple[str, ...]) -> frozenset[int]:
    """The columns of a RACI table that hold words, not letters, in some row of letters
    ("Frequency" over "Monthly", "Notes" over remarks): no role's column."""
    return frozenset(c for b in doc.rows_of(header) if letter_row(b.cells)
                     for c, cell in enumerate(b.cells) if c and cell_letters(cell) is None)


def roles_across(doc: Document, header: tuple[str, ...]) -> bool:
    """Whether a RACI table's heads are its roles (else its first column is): the heads
    are, unless the first cells read as roles and the heads do not."""
    firsts = [b.cells[0] for b in doc.rows_of(header) if b.cells and letter_row(b.cells)]
    heads_actors = sum(1 for h in header[1:] if actors.actor_name(h, acronym=True))
    first_actors = sum(1 for c in firsts if actors.actor_name(c, acronym=True))
    return not (first_actors > heads_actors and first_actors * 2 >= len(firsts))


# Table heads over a column of role names, with the letter the column gives them:
# "Responsible | Accountable | Consulted | Informed" (or R, A, C, I) over names.
LETTER_HEADS = {"responsible": "R", "r": "R", "accountable": "A", "a": "A", "approver": "A",
                "consulted": "C", "consult": "C", "c": "C", "informed": "I", "inform": "I",
                "i": "I", "keep informed": "I",
                # decision frameworks: DACI (Driver, Approver, Contributor, Informed) and
                # RAPID (Recommend, Agree, Perform, Input, Decide)
                "driver": "R", "contributor": "C", "contributors": "C", "decider": "A",
                "decide": "A", "decision maker": "A", "recommend": "R", "agree": "C",
                "perform": "R", "input": "C",
                # a column per letter written as what its people do to the row
                # ("Task | Responsible | Approves | Consulted | Informed")
                "approves": "A", "signs off": "A", "signs it off": "A"}
# Heads of the one column that says who does a row's work ("Step | Who | What").
WHO_HEADS = {"who", "role", "owner", "actor", "performed by", "done by", "by", "by whom",
             "responsible party", "party", "responsible role", "performer", "assignee",
             "assigned to", "lead", "department", "function", "position", "post",
             "job title", "role title",
             # a head written as what its people do ("Task | Does it | Signs it off"), the
             # present tense of "Done by"
             "does it", "does this", "does the work", "doer", "carries it out",
             # a swimlane process table's "Step | Lane | Action"
             "lane", "swimlane", "swim lane",
             # a risk assessment's or action log's "Action by" column
             "action by", "actioned by", "action owner", "who by", "by who", "to be done by",
             # a planning tool's export: "Resource Names" ("Electrician[50%], Site Manager")
             "resource", "resource name", "assigned resource",
             # a recovery plan's "Primary | Alternate": the primary does the task
             "primary", "primary owner", "primary contact", "primary responder", "main contact"}
OWNER_HEADS = {"owner"}
# A column of who reviews or checks another's work on the row ("Reviewed by", "Checked by")
CHECKER_HEAD = re.compile(r"^\s*(?:reviewed|checked|verified|countersigned)\s+by\s*$",
                          re.IGNORECASE)
# A column of who checks the row's work by name ("Checked by"), not who reviews it
CHECKED_BY_HEAD = re.compile(r"^\s*checked\s+by\s*$", re.IGNORECASE)
# The bare head "Who" over the column of who does a row's work (not "Who leads", "Who
# does it"): it names the doer and says nothing of who answers for the row
BARE_WHO_HEAD = re.compile(r"^\W*who\W*$", re.IGNORECASE)
# Heads of a column of who does the row only when no other column says who does it
# ("Cue | Time | Dept | Action"; but "Task | Owner | Team": the team is where the owner sits)
# (and a filled-in record's "Step | Time | Reading | Done | Checked": the initials of who
# did it; beside an owner column, "Done" is a tick)
GROUP_WHO_HEADS = {"dept", "team", "crew", "done"}
# A column of the duties themselves: such tables are read with one role per row.
DUTY_HEADS = re.compile(r"responsibilit|duties", re.IGNORECASE)


# "Who might be harmed", "Who is affected": a column of the people a row is about, not
# of those who do it
AFFECTED = re.compile(r"\b(?:harm\w*|affected|at risk|impacted|exposed|injur\w*|benefit\w*|"
                      r"served|covered)\b")
# Heads of an owner column in plans: "DRI" (directly responsible individual).
DRI_HEADS = {"dri", "directly responsible individual", "directly responsible person",
             # a service catalogue's "Owning team" / "Owned by"
             "owning team", "owned by", "owning group", "owning department", "owner team"}


_NOT_A_HEAD_WORD = re.compile(r"\([^)]*\)|[^a-z ]")
_WHO_HEAD = re.compile(r"who\b(?!\s+else\b)")


def _head_key(head: str) -> str:
    key = " ".join(_NOT_A_HEAD_WORD.sub(" ", head.lower()).split())
    if key in DRI_HEADS:
        return "owner"
    if _WHO_HEAD.match(key) and _side_letter(head) is None and \
            not AFFECTED.search(key):
        return "who"  # "Who can do it", "Who leads", "Who does it"
    return key[:-1] if key.endswith("s") and key[:-1] in WHO_HEADS else key


# A column of a table with one row per role that gives its cells a letter ("Role |
# Responsible for | Accountable for | Consulted on"): its cells are duties, not names
LETTER_COLUMN = re.compile(r"^\s*(?P<word>responsible|accountable|consulted|informed|kept informed|"
                           r"approves?|supports?)\s+(?:for|on|of|about|in|over)\b",
                           re.IGNORECASE)


def lettered_columns(header: tuple[str, ...]) -> dict[int, re.Match[str]]:
    """The lettered columns of a table with one row per role ("Responsible for",
    "Consulted on"), when there are two or more or one that is not "Responsible for"
    (a lone "Responsible for" column is the row's duties, read with their parties)."""
    found = {c: m for c, m in ((c, LETTER_COLUMN.match(h)) for c, h in enumerate(header)
                               if c) if m is not None}
    if len(found) >= 2 or any(m.group("word").lower() != "responsible"
                              for m in found.values()):
        return found
    return {}


# A call-and-response table ("Call | Made by | Answered by"): who answers a call, an order
# or a request does the work; who makes or gives it decides when
ANSWERED_BY = re.compile(r"^\s*(?:answered|responded(?:\s+to)?|acted\s+on|actioned|"
                         r"acknowledged|carried\s+out)\s+by\s*$", re.IGNORECASE)
CALLED_BY = re.compile(r"^\s*(?:made|called|given|issued|ordered|commanded|instructed)\s+by\s*$",
                       re.IGNORECASE)


# "Secretary: tell members in the February newsletter (28 Feb)": a role, a colon and the
# action it takes, its date in brackets after it
_OWNED_ACTION = re.compile(r"^\s*(?P<who>[A-Z][\w&'’ -]{1,50}?)\s*:\s+(?P<action>[a-z]\S.*?)"
                           r"\s*(?:\([^()]*\))?\s*$")


# The head of a column of actions each written with its owner ("Actions (owner: action,
# due)", "Follow-up", "Next steps"), not of notes ("Notes", "Status", "Comments")
ACTIONS_HEAD = re.compile(r"\b(?:actions?|follow[- ]?ups?|next steps?|to[- ]?dos?|owners?)\b",
                          re.IGNORECASE)


def owned_action_parts(cell: str) -> list[tuple[str, str]]:
    """(who, action) for each part of a cell written "Role: action (date)", the parts
    parted by semicolons; [] unless every part is such."""
    if ":" not in cell:
        return []
    out = []
    for part in re.split(r"\s*;\s*", cell.strip().rstrip(".")):
        m = _OWNED_ACTION.match(part)
        who = m.group("who") if m else ""
        verb = m.group("action").split()[0] if m else ""
        # (a role, its title in capitals, and an order: "Team briefing: offers, stock"
        # is a task and its notes, "Speeches: father of the bride, groom" who speaks)
        if m is None or len(who.split()) > 5 or not (
                actors.actor_name(who, acronym=True) or len(who.split()) > 1 and all(
                    w[:1].isupper() or w in ("of", "and", "&", "for", "the")
                    for w in who.split())) or \
                actors.verb_lemma(verb) != verb or "VERB" not in actors.word_classes(verb) \
                or actors.actor_name(m.group("action").split(",")[0]) is not None:
            return []
        out.append((who, m.group("action")))
    return out


# What a column of "Who ..." says its people do to the row, after another column of who
# does it: check or approve it (A), help with it (R), advise on it (C)
_WHO_VERB_LETTERS = (("A", re.compile(r"^\s*who\s+(?:checks|approves|signs(?:\s+it)?\s+off|"
                                      r"authori[sz]es|countersigns|verifies|oversees|"
                                      r"decides)\b", re.IGNORECASE)),
                     ("R", re.compile(r"^\s*who\s+(?:helps|supports|assists)\b",
                                      re.IGNORECASE)),
                     ("C", re.compile(r"^\s*who\s+(?:advises|is\s+(?:consulted|asked))\b",
                                      re.IGNORECASE)))


# A column head of the one verb "Checks" ("Task | Does it | Checks | Tell")
_BARE_CHECKS = re.compile(r"^\s*checks\s*$", re.IGNORECASE)


def _who_verb_letter(head: str) -> str | None:
    return next((letter for letter, verb in _WHO_VERB_LETTERS if verb.match(head)), None)


# "Referred by the CWO to", "Escalated by the Duty Manager to": a head that names who does
# the row (by its title, in capitals) and heads the column of those the row is passed to
DOER_IN_HEAD = re.compile(r"^\s*(?:[a-z]+ed|sent|made)\s+by\s+(?:the\s+)?"
                          r"(?P<who>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})\s+to\s*$",
                          re.IGNORECASE)


def doer_in_head(head: str) -> str | None:
    """The role a column head names as the row's doer ("Referred by the CWO to": the
    CWO), else None."""
    m = DOER_IN_HEAD.match(head)
    return m.group("who") if m and m.group("who")[:1].isupper() else None


def role_columns(header: tuple[str, ...]) -> dict[int, str]:
    """The columns of a table whose cells name roles, with the letters each gives: a
    column per letter ("Activity | Responsible | Accountable | Consulted | Informed"), or
    one column of who does the row ("Step | Who | What": R, an "Owner" column A/R).
    Empty for other tables."""
    keys = [_head_key(h) for h in header]
    if limit_columns(header):
        return {}  # a column per spending limit: read by the limit reader
    if lettered_columns(header) and not any(k in OWNER_HEADS for k in keys[1:]):
        # duties in lettered columns, one row per role (read row by row); beside an owner
        # column ("Service | Owning team | Consulted on changes") they name parties
        return {}
    letters = {i: LETTER_HEADS[k] for i, k in enumerate(keys) if k in LETTER_HEADS}
    who = [i for i, k in enumerate(keys) if k in WHO_HEADS or
           k in ("responsible", "accountable") and len(letters) == 1]  # "Task | Responsible"
    if len(who) >= 2 and all(_WHO_HEAD.match(keys[i]) or keys[i] == "who" for i in who):
        # "Session | Who supervises | Who checks the paperwork": the first column of who
        # does the row; a later one says by its verb what its people do to it
        later = {i: _who_verb_letter(header[i]) for i in who[1:]}
        if all(later.values()):
            letters.update({i: v for i, v in later.items() if v})
            who = who[:1]
    if len(who) >= 2 and any(keys[i] == "by" for i in who):
        # "By | Task | Who": beside another column of who does the row, a bare "By" is
        # the date it is done by
        who = [i for i in who if keys[i] != "by"]
    thing_owner = [i for i, k in enumerate(keys) if i and k not in WHO_HEADS and
                   re.fullmatch(r"(?:\w+ ){1,2}owner", k)]
    if not who and len(thing_owner) == 1 and any(
            made_by(h) and _side_letter(h) is None for h in header):
        # "Control owner | Operated by" (a "Product Owner" column alone may be a role's):
        # the owner of the row's thing beside the column of who does it
        who = thing_owner
        keys[who[0]] = "owner"
    if not who and not letters:
        who = [i for i, k in enumerate(keys) if k in GROUP_WHO_HEADS]
    if not who:
        # "Deliverable | Prepared by | Reviewed by | Approved by": the one column of who
        # makes the row's thing
        who = [i for i, h in enumerate(header) if made_by(h) and _side_letter(h) is None]
    also_doing: list[int] = []
    if len(who) >= 2 and all(made_by(header[i]) for i in who) and \
            any(_MADE_BY.match(header[i]) is None for i in who) and \
            any(_side_letter(h) == "A" for h in header):
        # "Extract run by | Reviewed by | Signed off by | Leavers removed by": beside the
        # one who signs the row off, the first column of who makes the row's thing does
        # it, and each later one does a part of it, where a column names the part it
        # does (a bare "Set by | Marked by" names the setting and the marking apart)
        who, also_doing = who[:1], who[1:]
    if not who:
        # "Patients | Treatment plan by | ...": the one column of who makes the thing it
        # names, a noun before "by" (not a date: "Due by", "Needed by")
        who = [i for i, h in enumerate(header) if i and _NOUN_BY.match(h) and
               _side_letter(h) is None]
        who = who if len(who) == 1 else []
    heads_doer = [i for i, h in enumerate(header) if i and doer_in_head(h)]
    if not who and not letters and len(heads_doer) == 1:
        # "Kind of concern | Referred by the CWO to | Also told": the head names who does
        # each row; its column holds those the row is passed to (I), as the others that
        # say whom the row is told to do
        cols = {heads_doer[0]: "I"}
        cols.update({i: "I" for i, h in enumerate(header)
                     if i != heads_doer[0] and _side_letter(h) == "I"})
        return cols if len(cols) < len(header) else {}
    approver_only = False
    if not who:
        # "Decision | Approved by | Consulted first": with nobody else named doing it, the
        # one approver column decides the row (A/R)
        approvers = [i for i, h in enumerate(header) if i and made_by(h) and
                     _side_letter(h) == "A"]
        who, approver_only = (approvers, True) if len(approvers) == 1 else (who, False)
    if len(who) == 1 and len(header) >= 2 and not any(
            DUTY_HEADS.search(h) for i, h in enumerate(header) if i != who[0]):
        cols = {who[0]: "A/R" if keys[who[0]] in OWNER_HEADS | {"accountable"} or approver_only
                else "R"}
        # "Step | Owner | Support | Output", "... | Who else is told": the other columns
        # that name people, with the letter each gives
        for i, head in enumerate(header):
            # beside a column of who does the row, "Contributors" work with them (R)
            # ("Does it | Checks | Tell": a bare "Checks" after it is who passes the work)
            letter = _side_letter(head) or letters.get(i) or (
                "A" if i > who[0] and _BARE_CHECKS.match(head) else None) \
                if i != who[0] else None
            if letter:
                cols[i] = letter
        if ANSWERED_BY.match(header[who[0]]):
            # "Call | Made by | Answered by | What happens": the one who calls decides
            # when (A), the one who answers does the work
            cols.update({i: "A" for i, head in enumerate(header)
                         if i != who[0] and CALLED_BY.match(head)})
        cols.update(dict.fromkeys(also_doing, "R"))
        doing = [i for i, h in enumerate(header) if i != who[0] and i not in cols and
                 made_by(h) and _side_letter(h) is None]
        if keys[who[0]] in OWNER_HEADS and doing:
            # "Owner | Operated by": the owner answers for the row, the other column does it
            cols[who[0]] = "A"
            cols.update(dict.fromkeys(doing, "R"))
        if "A" not in cols.values() and (
                made_by(header[who[0]]) not in (None, "do", "perform") or
                BARE_WHO_HEAD.match(header[who[0]])):
            # "Item | Prepared by | Reviewed by | Send to", "Stage | Arranged by | Checked
            # by": with no approver, the one who reviews what the maker made passes it (A),
            # as a "Does it | Checks it" pair's checker does (beside a "Done by", a checker
            # is asked); so does one beside a bare "Who" ("Task | Who | Checked by | Kept
            # informed"), which names the doer alone
            cols.update({i: "A" for i, head in enumerate(header)
                         if cols.get(i) == "C" and CHECKER_HEAD.match(head)})
        elif "A" not in cols.values() and made_by(header[who[0]]) is None and \
                keys[who[0]] not in OWNER_HEADS | {"accountable"}:
            _checked_beside_lead(header, cols)
        if "A" in cols.values() and cols[who[0]] == "A/R":
            cols[who[0]] = "R"  # an approver column holds the A
        if len(cols) < len(header):
            return cols
    if len(set(letters.values())) >= 2 and len(letters) < len(header):
        return letters
    return {}


def _checked_beside_lead(header: tuple[str, ...], cols: dict[int, str]) -> None:
    """"Stage | Lead | Checked by | Tell" with no approver: the one who checks the lead's
    work passes it (A), the lead does it (R); a "Reviewed by" beside a lead is asked (C)."""
    cols.update({i: "A" for i, head in enumerate(header)
                 if cols.get(i) == "C" and CHECKED_BY_HEAD.match(head)})


# The head of a cascade's (a call tree's) column of whom the row's role tells, read
# after "Who" as a sentence ("Who | Tells | How | Within", "Caller | Then calls")
TELLING_HEAD = re.compile(r"^\s*(?:then\s+)?(?:tells|informs|notifies|alerts|calls|phones|rings|"
                          r"warns|briefs|escalates to)(?:\s+whom)?\s*$", re.IGNORECASE)
SIDE_HEADS = (("I", re.compile(r"\b(?:informed|inform|notif\w*|told|cc|kept in the loop|"
                               # a task tool's followers and watchers get its updates
                               r"followers?|watchers?|subscribers?|"
                               r"(?:keep\s+)?in the loop|loop(?:ed)?\s+in|fyi|for info\w*|"
                               # "Keep posted", "Kept posted": told how the row goes
                               r"(?:keep|kept)\s+posted|"
                               # "Who is paged": those woken for the row, not its doers
                               r"paged|alerted|called out|"
                               r"noted by|needs? to know|interested parties|"
                               # a step's "By | Tell": whom the doer tells when done
                               r"^\s*(?:who\s+to\s+)?(?:tell|warn|alert)\s*$|"
                               # "Let know", "Who to let know": whom the doer lets know
                               r"^\s*(?:who\s+to\s+)?let\s+(?:\w+\s+)?know\s*$|"
                               # "Update", "Kept updated": whom the row's progress goes to
                               r"^\s*(?:(?:keep|kept|who\s+to)\s+)?updated?s?(?:\s+to)?\s*$|"
                               r"escalat\w* to|audiences?|recipients?|distribution|"
                               r"sent to|cop(?:y|ied) to|cc'?d to|received by|receiv(?:er|ing)|"
                               # "Results to", "Findings to": whom the row's outcome goes to
                               r"^\s*(?:results?|findings|outcomes?|minutes|output)\s+to\s*$|"
                               # a check's "Reported to": told its result ("Reports to" is a
                               # post's line manager, no letter)
                               r"reported to|"
                               # "Radio to", "Phone to": whom the row's doer calls in to
                               r"^\s*(?:radio|phone|ring|call|text|message|e-?mail)s?\s+to\s*$|"
                               # "Task | Lead | With | Report to": whom the doer reports
                               # the row's outcome to
                               r"^\s*report\s+to\s*$|"
                               # a hand-off column: "Passes to", "Handed over to", "Goes to"
                               r"(?:pass|hand|send|give|goe)(?:e?s|ed)?\s+(?:(?:it|on|over|off|"
                               r"back)\s+)?to|hand-?(?:off|over)\s+to)\b|"
                               # a cascade's "Who | Tells | How | Within": whom the row's
                               # role tells
                               + TELLING_HEAD.pattern, re.IGNORECASE)),
              ("C", re.compile(r"^\s*(?:is\s+|gets\s+)?asked(?:\s+first)?\s*$|"
                               r"\b(?:consult\w*|input from|reviewers?|reviewed by|advis\w*|"
                               # a decision log's "Stakeholders": asked before it is made
                               r"stakeholders?|"
                               r"checked by|verified by|validated by|"
                               # "Plan agreed with": those the row's plan is agreed with
                               r"(?:agreed|discussed|planned|decided)\s+with|"
                               # "Check with", "Agree with": whom the doer checks with first
                               r"^\s*(?:check|agree|confirm|consult)\s+with\s*$|"
                               # "Work with", "Works with": those the lead works beside
                               r"^\s*(?:works?|working)\s+with\s*$|"
                               # a dual-control step's witness: present for the doer's work
                               r"witness(?:es|ed by)?)\b|"
                               # "Who else": the others a row involves (each cell's remark
                               # may say how: "Data Owner (told)")
                               r"^\s*who else(?:\s+(?:is|are)\s+involved)?\s*$|"
                               # "Support", "Supported by", "Support from": those the doer
                               # draws on for the row, consulted beside its doer
                               r"^\s*support(?:s|ing|ed by| from)?\s*$|"
                               # "Helps", "Help from": those who help the doer, as support
                               r"^\s*(?:helps|help from)\s*$|"
                               # "Also there", "Also present": at the row's work beside
                               # its lead, drawn on as support is
                               r"^\s*(?:also|others?)\s+(?:there|present|attending|on site)\s*$|"
                               # "Task | Lead | With": those the lead does the row with
                               r"^\s*with\s*$", re.IGNORECASE)),
              ("A", re.compile(r"\b(?:approv\w*|signs?[- ]?off|signed off by|signed by|"
                               r"signs?\s+(?:it\s+|this\s+|them\s+)?off|"
                               r"authori[sz]ed by|moderated by|ratified by|monitored by|"
                               r"decided by|decision by|deciders?|"
                               # "OK'd by", "Okayed by": who gives the row its go-ahead
                               r"ok(?:'?d|ayed)?\s+by|"
                               r"overseen by|supervised by)\b|"
                               # a record's "Done | Checked": the second person's check
                               # passes the step, as a "Does it | Checks it" pair's
                               r"^\s*(?:checked|countersigned|checks\s+(?:it|them|this)|"
                               r"countersigns(?:\s+it)?)\s*$",
                               re.IGNORECASE)),
              ("R", re.compile(r"^\s*(?:assist\w*|assisted by|helpers?|"
                               r"backup|contributors?|(?:also |others )?involved)\s*$",
                               re.IGNORECASE)))


# "Treatment plan by", "Risk assessment by": a thing and "by", the column of who makes it
_NOUN_BY = re.compile(r"^\s*(?!(?:due|needed|required|complete|completed|finished|ready|"
                      r"deadline|date|time|done|wanted|expected|back)\b)[a-z][a-z-]+"
                      r"(?:\s+[a-z][a-z-]+){0,2}\s+by\s*$", re.IGNORECASE)
_MADE_BY = re.compile(r"^\s*(?P<verb>[A-Za-z]+(?:ed|en|t|ne)|run)\s+(?:out\s+|up\s+)?by\s*$",
                      re.IGNORECASE)
# "Extract run by", "Leavers removed by": the thing the column's people make or do for
# the row, then the verb ("the extract is run by ...")
_THING_MADE_BY = re.compile(r"^\s*(?P<thing>[A-Za-z]+(?:\s+[A-Za-z]+)?)\s+"
                            r"(?P<verb>[A-Za-z]+(?:ed|en|t|ne)|run)\s+(?:out\s+|up\s+)?by\s*$",
                            re.IGNORECASE)


def made_by(head: str) -> str | None:
    """The verb of a column head that names who makes the row's thing ("Prepared by",
    "Written by", "Set by", "Marked by"): its lemma, else None."""
    m = _MADE_BY.match(head)
    if m is None:
        # (a noun first, no adverb or adjective: "Last updated by" dates a record, and
        # "Signed off by" is a verb and its particle)
        m = _THING_MADE_BY.match(head)
        if m is None or any({"ADJ", "ADV"} & actors.word_classes(actors.singular(w.lower()))
                            for w in m.group("thing").split()):
            return None
    return actors.verb_lemma(m.group("verb").lower())


def _side_letter(head: str) -> str | None:
    """The letter a column beside the one of who does the row gives the people it names."""
    return next((letter for letter, pattern in SIDE_HEADS if pattern.search(head)), None)


side_letter = _side_letter  # (the limit reader's side columns read the same way)


def _shared_head(first: str, joint: str, second: str) -> str | None:
    """The first of two titles sharing the second's head ("Outgoing + Incoming Shift
    Leaders", "Day and Night Porters": "Outgoing Shift Leaders", "Day Porters"), else None;
    a singular head after "and" is one title ("Health and Safety Advisor")."""
    words = second.split()
    if len(first.split()) != 1 or not first[:1].isupper() or len(words) < 2 or \
            actors.actor_name(first, acronym=True) is not None or \
            actors.actor_name(" ".join(words[1:])) is None:
        return None
    if joint in ("and", "&") and actors.singular(words[-1].lower()) == words[-1].lower():
        return None
    return f"{first} {' '.join(words[1:])}" if joint in ("+", "/", "and", "&") else None


# "Trench A", "Ward 7", "Zone B2": one of several places a post is held in, by its letter
# or number
_POST_PLACE = re.compile(r"[A-Z][a-z]+\s+(?:[A-Z]\d?|\d{1,3}[A-Za-z]?)")


_ADDRESS = re.compile(r"\s*<[^<>\s]{0,120}[@\\][^<>\s]{0,120}>")


# A committee, board or panel named by a field ("Risk Committee", "Estates Board")
_FIELDS_BODY = actors.FIELDS_BODY


# "together", "jointly", "between them" or "both" ending a cell that names two or more
_SHARED_END = re.compile(r"(?<=\w)(?:,?\s+(?:together|jointly|"
                         r"between them|both))+\.?$", re.IGNORECASE)
_SHARED_WORDS = ("together", "jointly", "between them", "both")


def _without_shared_end(cell: str) -> str:
    """``cell`` without the words of :data:`_SHARED_END` that end it, read back from its
    end one word at a time (the pattern, searched, tries each place of a long cell in
    turn): the earliest place after a word's character where they start."""
    newline = "\n" if cell.endswith("\n") else ""
    body = cell[:-1] if newline else cell
    body = body[:-1] if body.endswith(".") else body
    starts: list[int] = []
    while True:
        word = next((w for w in _SHARED_WORDS
                     if body[-len(w):].lower() == w and body[:-len(w)][-1:].isspace()), None)
        if word is None:
            break
        body = body[:-len(word)].rstrip()
        body = body[:-1] if body.endswith(",") else body
        starts.append(len(body))
    first = next((k for k in reversed(starts) if re.match(r"\w", cell[k - 1:k])), None)
    return cell if first is None else cell[:first] + newline


_TITLED_WORDS = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")


def _ampersand_name(before: str, joint: str, after: str) -> bool:
    """Whether "&" joins two halves of one team's or body's name ("Planning & Insight",
    "Canal & River Trust"): both halves in capitals and neither a role of its own ("Chair
    & Treasurer" are two), nor both a person's name ("Tom & Priya", "Tom Okafor & Ann
    Kessler": two people)."""
    return joint == "&" and bool(_TITLED_WORDS.fullmatch(before)) and \
        bool(_TITLED_WORDS.fullmatch(after)) and \
        actors.actor_name(before, acronym=True) is None and \
        actors.actor_name(after, acronym=True) is None and \
        not (_person_shaped(before) and _person_shaped(after))  # ("Tom & Priya": two)


def _person_shaped(name: str) -> bool:
    """Whether a name reads as a person's: a given name ("Priya"), or a given name and a
    surname no word of the language ("Tom Okafor")."""
    words = name.split()
    return words[0].casefold() in given_names() and (len(words) == 1 or _surname_like(name))


def post_without_unit(cell: str) -> str | None:
    """The post of a cell that names it and, after a comma, where it is held ("Branch
    Manager, Central Library", "Licensing Officer, Trading Standards"): two to four words
    in capitals that name no role; None for any other cell."""
    post, comma, unit = cell.partition(", ")
    if not comma or not re.fullmatch(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}", unit) or \
            actors.actor_name(unit, acronym=True) is not None:
        return None
    return actors.actor_name(post, acronym=True)


def cell_names(cell: str) -> list[str]:
    """The role names one table cell lists: "Staff Accountant, AP Clerk" -> both."""
    # (a planning tool's share of the resource's time, "Electrician[50%]", is no part of
    # the name, and "M&E" or "R&D" in a name is one word)
    cell = re.sub(r"\s*\[\s*\d[\d.,]*\s*%?\s*\]", "", cell)
    # (a tracker's or a mail tool's "Priya Shah <priya.shah@example.com>", "<CORP\\pshah>":
    # the address is no part of the name)
    cell = _ADDRESS.sub("", cell) if "<" in cell else cell
    # ("Driver and Guard together": how two share the work, no word of the last name)
    cell = _without_shared_end(cell) if re.search(r"\s(?:and|&)\s", cell) else cell
    # ("together with", "along with" and "jointly with" part two names as "with" does)
    pieces = re.split(r"\s*([,;/+\n•]|(?<![A-Z])&|&(?![A-Z]\b)|\band\b|\bor\b|"
                      r"\b(?:(?:together|along|jointly)\s+)?with\b)\s*",
                      re.sub(r"\([^)]*\)", "", cell))
    parts = pieces[:1]
    for joint, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        whole = f"{parts[-1]} {joint} {piece}"
        shared = _shared_head(parts[-1], joint, piece)
        if shared is not None:
            parts[-1] = shared  # "Outgoing + Incoming Shift Leaders": two shift leaders
            parts.append(piece)
        elif joint == "," and _POST_PLACE.fullmatch(piece) and \
                actors.actor_name(parts[-1], acronym=True) is not None:
            continue  # "Site Supervisor, Trench A": where the post is held, no other role
        elif joint in ("and", "&") and actors.actor_name(whole) is not None and (
                actors.actor_name(parts[-1], acronym=True) is None or
                # "Head of Revenues and Benefits": the office's second field, no role
                re.match(r"(?i)(?:head|director|heads|directors)\s+of\s", parts[-1]) and
                re.fullmatch(r"[A-Z][a-z]+", piece) and actors.actor_name(piece) is None or
                # "Audit & Risk Committee", "Finance and Estates Board": a body named by
                # the two fields it sees to, no department beside a committee
                parts[-1].lower() in actors.DEPARTMENTS and _FIELDS_BODY.fullmatch(piece)) \
                or _ampersand_name(parts[-1], joint, piece):
            parts[-1] = whole  # "Health and Safety Advisor" is one role
        else:
            parts.append(piece)
    names = [_acting_name(p.strip(" .*-–—")) for p in parts]
    return [n for n in names if re.search(r"[A-Za-z]{2}", n) and len(n.split()) <= 5
            and n.lower() not in ("n/a", "na", "none", "tbd", "tbc", "nobody", "no one",
                                  # (a column's answer, "Measure approved: Yes", names no one)
                                  "yes", "no", "done", "pending", "agreed", "approved")]


# "the Traffic Commissioner if required": when the party is involved, no part of its name
_CELL_CONDITION = re.compile(r"\s+(?:if|where|when|as)\s+(?:required|needed|necessary|"
                             r"appropriate|applicable|relevant)$", re.IGNORECASE)


# "SENCo where the child has SEND", "Police if a crime is suspected": a clause saying when
# the party named before it takes part
_CELL_WHEN = re.compile(r"\s+(?:if|where|when|whenever)\s+(?:the|a|an|any|it|there|they|"
                        r"this|that|he|she|their|his|her)\s.*$", re.IGNORECASE)


def _without_when(cell: str) -> str:
    """A cell without the clause that says when the parties named before it take part
    ("Attendance Officer, SENCo where the child has SEND"), when each of them is a role's
    name ("Tells the Chair if the night is cancelled" is a duty, kept whole)."""
    when = _CELL_WHEN.search(cell) if " " in cell else None
    if when is None or not when.start():
        return cell
    parts = [p.strip() for p in cell[:when.start()].split(",") if p.strip()]
    if parts and all(len(p.split()) <= 4 and actors.actor_name(p, acronym=True)
                     for p in parts):
        return cell[:when.start()]
    return cell


def _acting_name(name: str) -> str:
    """A cell's name without what it says of the role: "the Traffic Commissioner if
    required" is the Traffic Commissioner; "Safety Manager investigates" and "Depot
    Controller sends relief driver" (a role, then what it does in a present-tense verb)
    are the Safety Manager and the Depot Controller."""
    cut = _CELL_CONDITION.sub("", name)
    cut = _without_when(cut)  # "SENCo where the child has SEND": when, no part of it
    if cut != name and cut.startswith(("the ", "our ")) and cut[4:5].isupper():
        cut = cut[4:]  # ("the Traffic Commissioner if required")
    name = cut
    words = name.split()
    if len(words) < 3 or actors.actor_name(name) is not None:
        return name
    for k in range(2, len(words)):
        if words[k][:1].islower() and actors.is_third_person_verb(words[k]) and \
                all(w[:1].isupper() or w in ("of", "&", "and") for w in words[:k]) and \
                actors.actor_name(" ".join(words[:k])) is not None:
            return " ".join(words[:k])
    return name


def who_names(cell: str) -> list[str]:
    """The role names a cell of a column of who does the row lists; a part that says when
    ("One engineer from the team, for a week") names nobody."""
    return [n for n in cell_names(ADVISED_IN_CELL.sub(", ", cell))
            if n.split()[0].lower() not in CELL_PREPOSITIONS]


# "Teaching Assistant, advised by the SaLT": the one who advises, named in the cell
ADVISED_BY_WORDS = "advised|supported|assisted|helped|checked|guided"
ADVISED_IN_CELL = re.compile(rf"(?:^|,)\s*(?:{ADVISED_BY_WORDS})\s+by\s+(?:the\s+|our\s+)?",
                             re.IGNORECASE)


CELL_PREPOSITIONS = {"for", "in", "at", "on", "during", "from", "until", "till", "after",
                     "before", "per", "every", "each", "via", "by"}


TABLE_LETTERS = frozenset("RACIS")  # RACI and RASCI's Support


# Words that matrices in documents write for letters, besides the letter words the
# workbook import knows: "Lead" (does it), "Sign-off" (answers for it), "Input" (is
# asked), "FYI" (is told).
CELL_WORDS: dict[str, str] = {
    **WORD_LETTERS,
    **dict.fromkeys(["lead", "leads", "does", "doer", "do", "delivers", "owner (doer)",
                     # a scheme of delegation's words: who prepares the decision
                     "recommend", "recommends", "propose", "proposes", "prepare",
                     "prepares"], "R"),
    **dict.fromkeys(["sign-off", "sign off", "signoff", "signs off", "approve", "approves",
                     "approval", "decides", "decision", "final say", "authorise",
                     "authorises", "authorize", "authorizes"], "A"),
    **dict.fromkeys(["input", "inputs", "review", "reviews", "reviewer", "advise", "advises",
                     "ask", "asked", "consult", "endorse", "endorses"], "C"),
    **dict.fromkeys(["fyi", "cc", "notify", "notified", "told", "keep informed",
                     "kept informed", "in the loop",
                     # (who is told of a decision taken: "Note", "For information")
                     "note", "noted", "for information"], "I"),
}


@lru_cache(maxsize=4096)  # a pure function of the cell: a table repeats a few letters
def cell_letters(cell: str) -> frozenset[str] | None:
    """The letters a table cell holds, read as the workbook import reads them ("A/R",
    "R, A", "Responsible", "C (if data)", and "Lead", "Sign-off", "Input", "FYI"); the
    empty set for an empty cell or "n/a"; None for other text."""
    found = parse_letters(cell, CELL_WORDS)
    if found is None:
        annotated = annotated_letters(cell, CELL_WORDS)
        found = annotated[0] if annotated else None
    return found if found is not None and found <= TABLE_LETTERS else None


# "Who: Store Supervisor": a line naming who does the task above it or the step below it
WHO_LINE = re.compile(r"^\W*who\s*[:=]", re.IGNORECASE)
LETTER_LABEL = re.compile(
    r"(?:^|(?<=[\s;.,(\[]))[*_]{0,2}(?P<word>responsible|accountable|consulted|informed|support|"
    r"(?:(?:item|action|task|activity|step)\s+)?(?:owner|lead)|approver|driver|contributors?|"
    r"decider|who|participants?|partners?|"
    r"does it|done by|performed by|doers?|"
    r"[RACIS])[*_]{0,2}\s*(?:[:=]|[–—-](?=\s))"
    r"[*_]{0,2}\s*", re.IGNORECASE)
DOER_WORDS = {"does it", "done by", "performed by", "doer", "doers"}
# A decision record's roles (DACI: Driver, Approver, Contributors, Informed) as letters.
DECISION_WORDS = {"driver": frozenset("R"), "contributor": frozenset("C"),
                  "contributors": frozenset("C"), "decider": frozenset("A")}


# What a legend says a letter means: no role's name
LEGEND_WORDS = {"responsible", "accountable", "consulted", "informed", "support", "supports",
                "approver", "approves", "recommend", "agree", "input", "perform",
                "decide", "driver", "contributor", "contributors", "verifier", "signatory"}


# The words a legend spells its letters out with, first in what it says of one ("I =
# Informed once it is done"): no role's name opens with one
_LETTER_MEANINGS = {"responsible", "accountable", "consulted", "informed"}


def _letter_meaning(name: str) -> bool:
    """Whether a name read off a letter line is what the letter means ("Informed once it
    is done"): a letter's word and lower-case words after it, not a title that opens with
    one ("Accountable Officer", "Responsible Person", "Responsible Individual")."""
    words = name.split()
    return bool(words) and words[0].lower() in _LETTER_MEANINGS and (
        len(words) == 1 or words[1][:1].islower())


# Words a phrase opens on ("In charge of ...", "For the ..."), and words that then make it
# one, not a title that opens on them ("On Call Engineer", "On call engineer")
_PHRASE_OPENERS = frozenset({"in", "of", "for", "on", "at", "with", "from", "into", "to",
                             "by", "about", "under"})
_PHRASE_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your",
                           "all", "each", "every", "any", "be", "charge"})


def _phrase(name: str) -> bool:
    """Whether a name after a letter word is a phrase ("In charge of the coach", "To be
    confirmed"), not a role's title: it opens on a preposition, its next word is in lower
    case and it holds an article or the like."""
    words = name.split()
    return len(words) > 1 and words[0].lower() in _PHRASE_OPENERS and \
        words[1][:1].islower() and any(w.lower() in _PHRASE_WORDS for w in words[1:])


def letter_lines(text: str) -> list[tuple[frozenset[str], list[str]]]:
    """The letters and role names of a line that lists them under an activity
    ("Responsible: Release Manager", "**Consulted:** PM, QA Lead; Informed: Support"),
    else []. Every name must read as a title (capitalised, at most five words)."""
    # (the first label must start the line: what finds it there is a match at the start)
    if LETTER_LABEL.match(text[:1000]) is None:
        return []
    marks = list(LETTER_LABEL.finditer(text[:1000]))
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        word = m.group("word").lower().split()[-1]  # "Item owner:" is an "Owner:"
        if m.group("word").lower() in DOER_WORDS:
            word = "doer"  # ":Does it: HPC Systems Engineer" does the work beside an owner
        # an "Owner:" does the work and answers for it; "Who:" does it
        # ("Lead: GEN. Participants: UNIBO, CIVIX": the lead owns the task, the others
        # take part in it)
        letters = frozenset("AR") if word in ("owner", "lead") else frozenset("R") if word in (
            "who", "doer", "participant", "participants", "partner", "partners") else \
            DECISION_WORDS.get(word) or parse_letters(word)
        value = text[m.end():end]
        # "Item owner: Clerk.   Due: 21 Oct": the next field is no name
        # ("Owner: Clerk · Due: Friday": a dot between fields ends it too)
        value = re.split(r"\.\s|\s{3,}|\s+[A-Z][\w ]{0,20}:\s|\s*[·•]\s*", value)[0]
        if word == "who":  # "Who: Marco. Over GBP 2,000 Paul signs": the first sentence
            value = re.split(r"\.\s|\s(?:on|in|at|for|from|via|with)\s|\(", value)[0]
        names = cell_names(value.strip(" *_;,."))
        if len(word) > 1 and word != "who" and any(n[:1].isupper() for n in names):
            # "Informed: Senior Leadership Team; all fundraising staff": the titles
            names = [n for n in names if n[:1].isupper()]
        # ("Who: vineyard hands": a "Who:" line may name its doers in lower case; they
        # are looked up among the document's roles)
        phrases = [n for n in names if _phrase(n)]
        names = [n for n in names if n not in phrases]
        if phrases and not names:
            # ("Driver: In charge of the train and its crew.": a post's description after
            # its title, a phrase, not a role given a letter; "Informed: To be agreed"
            # after "Responsible: Signaller" names nobody, the line before still does)
            if i == 0:
                return []
            continue
        if not letters or not letters <= TABLE_LETTERS or not names or not all(
                n[:1].isupper() or word == "who" for n in names) or all(
                n.lower() in LEGEND_WORDS or _letter_meaning(n) for n in names):
            # ("Key: R = Responsible, A = Accountable", "I = Informed once it is done": a
            # legend, no roles)
            return []
        out.append((letters, names))
    return out


# "Product Manager (A)", "Legal (C)", "Finance Director (R/A)": a role and its letters
BRACKET_LETTER = re.compile(
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,5}?)\s*\(\s*(?P<letters>[RACIS](?:\s*[/,&+]\s*"
    r"[RACIS]){0,3}|[RACIS]{1,4})\s*\)")
BRACKET_LINE_LABEL = re.compile(r"^\s*(?:owners?|roles?|raci|who|people)\s*:\s*", re.IGNORECASE)


def bracket_letters(text: str) -> list[tuple[frozenset[str], list[str]]]:
    """Roles given their letters in brackets, a line that starts with one ("Product
    Manager (A) – proposes the price", "Owner: Communications Manager (A/R), Legal (C),
    CEO (I)"): the letters and the name of each, else []."""
    label = BRACKET_LINE_LABEL.match(text)
    rest = text[label.end():] if label else text
    # (the first role must start the line, and every one is followed by a bracket)
    if "(" not in rest[:600] or BRACKET_LETTER.match(rest[:600]) is None:
        return []
    marks = list(BRACKET_LETTER.finditer(rest[:600]))
    out = []
    for m in marks:
        letters = frozenset(c for c in m.group("letters").upper() if c in "RACIS")
        name = m.group("name").strip()
        name = re.sub(r"^(?:and|or)\s+", "", name)
        if len(m.group("letters")) > 1 and "".join(
                w[0] for w in name.split() if w[:1].isupper()).endswith(m.group("letters")):
            continue  # "The Area Chair (AC)": the name's initials, not its letters
        if letters and name[:1].isupper():
            out.append((letters, [name]))
    return out


def letters_listed(text: str) -> list[tuple[frozenset[str], list[str]]]:
    """The roles a line gives letters, in brackets after each ("Legal (C)") or after a
    letter label ("Responsible: Release Manager")."""
    return bracket_letters(text) or letter_lines(text)


# "For the launch campaign: Marketing Manager (R), ...": the task, then roles with their
# letters in brackets; "For the redesign, the Director is accountable, the Developer is
# responsible ...": the task, then each role and its letter in words
_TASK_BEFORE_BRACKETS = re.compile(r"^\s*(?:for\s+)?(?P<task>[^:–—()]{3,100}?)\s*[:–—]\s+"
                                   r"(?=[A-Z])", re.IGNORECASE)
_TASK_THEN_WORDS = re.compile(r"^\s*for\s+(?P<task>[^,:;]{3,100}?)\s*[,:]\s+(?P<rest>.+)$",
                              re.IGNORECASE)
_ROLE_IS_LETTER = re.compile(
    r"^(?:and\s+)?(?:the\s+)?(?P<who>[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,5}?)\s+(?:is|are)\s+"
    r"(?:the\s+one\s+)?(?P<word>responsible|accountable|consulted|informed|kept informed)"
    r"\s*[.;]?$", re.IGNORECASE)
_LETTER_OF_WORD = {"responsible": "R", "accountable": "A", "consulted": "C", "informed": "I",
                   "kept informed": "I"}


def _letters_in_words(text: str) -> tuple[str, list[tuple[frozenset[str], list[str]]]] | None:
    """"For the redesign, the Marketing Director is accountable, the Web Developer is
    responsible, and the Legal Team is consulted": (the task, each role's letter), when
    two roles or more are given theirs, else None."""
    m = _TASK_THEN_WORDS.match(text[:600])
    if m is None or " is " not in m.group("rest") and " are " not in m.group("rest"):
        return None
    listed = []
    for part in re.split(r"\s*[,;]\s*", m.group("rest").strip().rstrip(".")):
        said = _ROLE_IS_LETTER.match(part)
        if said is None or actors.actor_name(said.group("who"), acronym=True) is None:
            return None
        listed.append((frozenset(_LETTER_OF_WORD[said.group("word").lower()]),
                       [said.group("who")]))
    return (m.group("task"), listed) if len(listed) >= 2 else None


# "Prepare the statement and send it to the client. Who: assistant, checked by the fee
# earner.": a task, then who does it after "Who:", with whoever checks or approves it, is
# consulted or is told
_TASK_THEN_WHO = re.compile(r"^(?P<task>[^.:]{8,300}?)\.\s+who\s*:\s*(?P<rest>\S.*)$",
                            re.IGNORECASE | re.DOTALL)
# "all staff", "every volunteer", "any member of staff": everyone, no one role
_EVERYONE = re.compile(r"^\W*(?:all|every|any|each|everyone|everybody|anyone|anybody)\b",
                       re.IGNORECASE)
_WHO_PARTIES = (
    (frozenset("C"), re.compile(r"^(?:checked|reviewed|verified)\s+by\s+", re.IGNORECASE)),
    (frozenset("A"), re.compile(r"^(?:approved|signed\s+off|authori[sz]ed)\s+by\s+",
                                re.IGNORECASE)),
    (frozenset("C"), re.compile(r"^(?:consulting|with\s+input\s+from|in\s+consultation\s+"
                                r"with|together\s+with|with)\s+", re.IGNORECASE)),
    (frozenset("I"), re.compile(r"^(?:who|and|then)\s+(?:tells?|informs?|notif(?:y|ies)|"
                                r"e-?mails?|updates?|copies|copy)\s+", re.IGNORECASE)))
_PARTY_END = re.compile(r"\s+(?:on|about|for|by|when|if|before|after|within|at|in|of|once|"
                        r"as|that)\s", re.IGNORECASE)


def _task_then_who(text: str) -> tuple[str, list[tuple[frozenset[str], list[str]]]] | None:
    """A task sentence, then "Who:" and its doer, in one item ("Obtain a redemption
    statement. Who: assistant."; "..., checked by the fee earner", "..., who tell the
    fee earner by the end of the day"): (the task, the doer's R and each other party's
    letter), else None. Only the first sentence after "Who:" is read."""
    m = _TASK_THEN_WHO.match(text[:1200])
    if m is None:
        return None
    said = re.split(r"\.\s|\.$|;", m.group("rest"), maxsplit=1)[0]
    parts = [p.strip() for p in re.split(r",\s*", said) if p.strip()]
    if parts and _EVERYONE.match(parts[0]):
        return None  # ("Who: all staff.", "Who: everyone": no one role's duty)
    doers = cell_names(re.sub(r"\([^)]*\)", "", parts[0]).strip(" *_.")) if parts else []
    if not doers or any(len(d.split()) > 5 for d in doers):
        return None
    listed = [(frozenset("R"), doers)]
    for part in parts[1:]:
        for letters, lead in _WHO_PARTIES:
            found = lead.match(part)
            if found is not None:
                who = _PARTY_END.split(part[found.end():], maxsplit=1)[0].strip(" .")
                if who and len(who.split()) <= 5:
                    listed.append((letters, [who]))
                break
    return m.group("task").strip(), listed


def inline_letter_line(text: str) -> tuple[str, list[tuple[frozenset[str], list[str]]]] | None:
    """A task with its letters on the same line ("Reconcile bank accounts — R: AP Clerk;
    A: Finance Manager; I: CFO", "For the launch: Marketing Manager (R), Sales Team (C)",
    "For the redesign, the Director is accountable, the Developer is responsible"): (the
    task, its letters and names), else None. Two letters at least, after a dash, colon or
    bracket, or in words after "For <task>,"."""
    if text[:4].lower() == "for " and ("accountable" in text or "responsible" in text):
        worded = _letters_in_words(text)
        if worded is not None:
            return worded
    if not any(c in text[:1000] for c in ":=–—-"):
        return None  # (every letter label ends in one of these)
    if "who" in text[:1200].lower():
        who = _task_then_who(text)
        if who is not None:
            return who
    bracketed = _TASK_BEFORE_BRACKETS.match(text[:600]) if "(" in text[:600] else None
    if bracketed is not None:
        listed = bracket_letters(text[bracketed.end():].rstrip(" ."))
        if len(listed) >= 2:
            return bracketed.group("task").strip(), listed
    for m in LETTER_LABEL.finditer(text[:1000]):
        if m.start() < 3:
            continue
        before = text[:m.start()].rstrip(" *_")
        if not before.endswith(("—", "–", "-", ":", "|", "(")):
            continue
        listed = letter_lines(text[m.start():].rstrip(" )"))
        task = before.rstrip("—–-:|( ").strip()
        if len(listed) >= 2 and task:
            return task, listed
        return None
    return None


# 'PayWise Ltd ("the Provider")', '(the "Customer")': a party defined by a contract
DEFINED_PARTY = re.compile(r"\(\s*(?:hereinafter\s+)?(?:the\s+)?[\"“‘']\s*(?:the\s+)?"
                           r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s*[\"”’']\s*\)")
_FULL_NAME = re.compile(r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.? )?[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}")


def person_and_role(names: list[str]) -> tuple[str, str] | None:
    """A person and the role they hold, written as two names of one value ("Tom Abara,
    Supporter Care Manager"; "Finance Director, Ruth Mbeki"): (person, role), else None."""
    if len(names) != 2:
        return None
    for person, role in (names, names[::-1]):
        if _FULL_NAME.fullmatch(person) and actors.actor_name(person, acronym=True) is None \
                and actors.actor_name(role, acronym=True):
            return person, actors.actor_name(role, acronym=True) or role
    return None


# Heads of a column of remarks, beside a row's letters
NOTE_HEADS = frozenset({"remarks", "remark", "notes", "note", "comments", "comment",
                        "explanation", "rationale"})


@lru_cache(maxsize=actors.SENTENCE_CACHE)  # a row is asked about by several readers
def letter_row(cells: tuple[str, ...]) -> bool:
    """A table row of RACI letters after its label: 'Permits | A | C | I | R', also with a
    last column of notes in words ('Drains | A/R | | Ask us first'), or with one or two
    columns of words after its letters, such as how often and notes ('Service | A | R | I
    | Monthly | Sheet uploaded'), when three or more columns of letters come first."""
    values = [cell_letters(c) for c in cells[1:]]
    if len(values) >= 5 and None in values[-2:] and None not in values[:-2] and \
            any(values[:-2]):
        values = values[:-2]  # ("| Monthly | Sheet uploaded |" after the letters)
    elif len(values) >= 3 and values[-1] is None and row_note(cells):
        values.pop()
    return len(values) >= 2 and any(values) and all(v is not None for v in values)


def row_note(cells: tuple[str, ...]) -> str:
    """The notes in words that end a row of letters (two or more words), else ""."""
    return cells[-1] if len(cells) >= 4 and len(cells[-1].split()) >= 2 else ""


_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"[\w'’&/-]+")
_TOKEN_SPLIT = re.compile(r"([\w'’&/-]+)")  # the words and the text between them


def _mentions(text: str, names: list[str]) -> dict[str, int]:
    """How often each multi-word name is written in ``text``, in any case and with a
    plural ending, in one pass over the words. A phrase inside a longer name ("team
    lead" in "support team lead") is not a mention: only punctuation, a determiner or a
    function word may come before it."""
    wanted = {n.lower(): n for n in names}
    if not wanted:
        return {}
    longest = max(len(k.split()) for k in wanted)
    # a mention starts with the first word of a name, as written (only the last word of a
    # name may take a plural ending): other words start none
    firsts = {k.split(" ")[0] for k in wanted}
    # the words, and what comes before each (gaps[i] before words[i]), from one split of
    # the text (a match object per word cost more than the rest of the count)
    pieces = _TOKEN_SPLIT.split(text)
    words = [w.lower() for w in pieces[1::2]]
    gaps = pieces[0::2]
    found: dict[str, int] = {}
    lead_ins = actors.DETERMINERS | actors.FUNCTION_WORDS
    for i, word in enumerate(words):
        if word not in firsts:
            continue
        if i and words[i - 1] not in lead_ins and gaps[i].isspace():
            continue  # inside a longer name
        parts = [word]
        for j in range(i + 1, min(i + longest, len(words))):
            if not gaps[j].isspace():
                break
            parts.append(words[j])
            last = parts[-1]
            for ending in ("", "s", "es"):
                if ending and not last.endswith(ending):
                    continue
                key = " ".join([*parts[:-1], last[:len(last) - len(ending)]])
                if key in wanted:
                    found[wanted[key]] = found.get(wanted[key], 0) + 1
                    break
    return found


# The head of a key's column of codes: "Abbreviation | Meaning", "Call sign | Role".
KEY_HEAD = re.compile(r"^\W*(?:abbreviations?|abbrev\.?|acronyms?|codes?|short(?: ?form)?|"
                      r"call ?signs?|initials|key)\W*$", re.IGNORECASE)
KEY_CODE = re.compile(r"[A-Z][A-Za-z0-9.&/]{0,9}(?: \d{1,2})?")


# The head of the column a key's codes stand for, when it says they are roles or teams
KEY_NAME_HEAD = re.compile(r"^\W*(?:roles?|role names?|teams?|functions?|parties|party|"
                           r"stands? for)\W*$", re.IGNORECASE)
_TITLE_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|&|for|the))*")


def _title_name(cell: str) -> str | None:
    """A cell's name written as a title ("Customer Operations", "Office of the Registrar"),
    of one to five words, or None."""
    text = cell.strip(" *_")
    words = text.split()
    # (its last word a noun, and no word a function word: "To Be Confirmed" names no one)
    return text if _TITLE_NAME.fullmatch(text) and len(words) <= 5 and \
        words[-1][:1].isupper() and "NOUN" in actors.word_classes(words[-1].lower()) and \
        not any(w.lower() in actors.FUNCTION_WORDS and w not in ("of", "and", "&", "for", "the")
                for w in words) else None


# "SAFETY 1 - Event Safety Officer", "CONTROL – Event Control Manager (Lena Hart)": a
# heading that gives a role its call sign or code
CODED_HEADING = re.compile(r"^(?P<code>[A-Z][A-Z0-9]*(?: [A-Z0-9]+){0,2})\s+[-–—=]\s+"
                           r"(?P<name>[^()]{3,60}?)\s*(?:\([^()]*\))?$")


def _key_pairs(doc: Document) -> list[tuple[str, str]]:
    """(code, role) for each row of a key that spells out codes: a table headed
    "Abbreviation", "Code" or "Call sign" whose rows give a short code in capitals and the
    role it stands for ("LX | Chief Electrician": the key, not the initials, ties them);
    and for each heading that titles a role with its code ("CONTROL - Event Control
    Manager"), the code and, for a word in capitals, the word as prose writes it
    ("Control")."""
    pairs = []
    for block in doc.blocks:
        coded = CODED_HEADING.match(block.text) if block.kind == "heading" else None
        name = actors.actor_name(coded.group("name").split(",")[0], acronym=True) \
            if coded else None
        if coded and name and name.casefold() != coded.group("code").casefold():
            code = coded.group("code")
            pairs.append((code, name))
            if code.isalpha() and len(code) >= 4:
                pairs.append((code.capitalize(), name))
            continue
        if block.kind != "row" or len(block.cells) < 2 or not block.header or \
                not KEY_HEAD.match(block.header[0]) or block.cells == block.header:
            continue
        code = block.cells[0].strip(" *_")
        name = actors.actor_name(block.cells[1], acronym=True)
        if name is None and len(block.header) > 1 and KEY_NAME_HEAD.match(block.header[1]):
            name = _title_name(block.cells[1])  # "CUS | Customer Operations" under "Role"
        if name and KEY_CODE.fullmatch(code) and sum(c.isupper() for c in code) >= 2 and \
                name != code:
            pairs.append((_singular_acronym(code), name))
    return pairs


def _first_person(doc_aliases: dict[str, dict[str, str]], document: str, role: str) -> None:
    """The writer of a page (a memo's sender, a mail's signer) is its "I" and "me": that
    page's own words for the role, no alias of it in the documents derived with it."""
    for pronoun in ("I", "me", "myself"):
        doc_aliases.setdefault(document, {}).setdefault(pronoun, role)


def discover_roles(documents: list[Document],
                   checkpoint: Callable[[], None] | None = None) -> RoleCatalog:
    """Every role the documents name: titles, definitions, table heads and structure.

    Structure (a heading, a list label, a lead-in, a sentence subject, a table head, the
    party one works with or informs) is enough on its own; a capitalised title found in
    running text needs a role word. Whether a role stays in the draft is decided later,
    by what it was given. checkpoint, when given, is called every
    :data:`~raci.derive.documents.CHECKPOINT_BLOCKS` blocks of reading a document's
    structure, so a caller can stop there by raising from it; it changes nothing found.
    """
    counts = _Counts()
    defined: dict[str, str] = {}
    doc_acronyms: dict[str, dict[str, str]] = {}
    table_roles: set[str] = set()
    teams: set[str] = set()
    structural: dict[str, set[str]] = {}
    section_heads: set[str] = set()
    extra_aliases: dict[str, set[str]] = {}
    doc_aliases: dict[str, dict[str, str]] = {}  # a page's own aliases ("we")
    spoken: dict[str, dict[str, int]] = {}  # structural name -> document -> mentions
    for doc in documents:
        text = doc.text()
        mapping: dict[str, str] = {}
        for m in _bracketed(DEFINITION, text):
            name = _clean_title(m.group(1))
            if name:
                mapping.setdefault(_singular_acronym(m.group(2)), name)
        for m in _bracketed(PREFIXED_DEFINITION, text):
            name = _clean_title(m.group(1))
            if name:
                mapping.setdefault(m.group(3), name)
        for m in _bracketed(REVERSE_DEFINITION, text):
            name = _clean_title(m.group(2))
            if name:
                mapping.setdefault(_singular_acronym(m.group(1)), name)
        for code, meaning in _key_pairs(doc):
            mapping.setdefault(code, meaning)
        held: dict[str, str] = {}  # a person's initials in a key, standing for their post
        for entries in key_blocks(doc.blocks).values():
            for code, meaning, of_person in entries:
                (held if of_person else mapping).setdefault(code, meaning)
        doc_acronyms[doc.name] = mapping
        for acronym, name in mapping.items():
            # (the code of "Lead DCO" is "LDCO": a code is one word)
            defined.setdefault(name, re.sub(r"^([A-Z])[a-z]+ ", r"\1", acronym))
        for initials, name in held.items():
            # ("JS = Janet Smith (Chair)": the Chair keeps a code of its own, no initials)
            defined.setdefault(name, initials_code(name))
            mapping.setdefault(initials, name)
        people: dict[str, set[str]] = {}
        within = text[:200_000]
        lines: _TextLines | None = None  # (its lines, read once each for a list of people)
        words_within: set[str] | None = None  # (its words, for initials: read once)
        colon = ":" in within  # (every match of ROLE_COLON holds one)
        # (and every match of PERSON_DASH, ROLE_DASH and ROLE_DASH_GIVEN a dash between
        # spaces or tabs)
        dashed = _holds_spaced_dash(within)
        heads: set[str] | None = None  # (the heads of the tables of letters, read once)
        for m in [*_bracketed(PERSON_ROLE, within), *_bracketed(HANDLE_ROLE, within),
                  *_bracketed(ROLE_PERSON, within), *_bracketed(ROLE_PEOPLE, within),
                  *PERSON_APPOSITIVE.finditer(within), *ROLE_APPOSITIVE.finditer(within),
                  *(PERSON_LOWER_APPOSITIVE.finditer(within) if ", our " in within
                    else ()),
                  *PERSON_AS.finditer(within),
                  *(PERSON_DASH.finditer(within) if dashed else ()),
                  *PERSON_IS.finditer(within), *PERSON_IS_TITLE.finditer(within),
                  *(m for m in PERSON_IS_POST.finditer(within)
                    if _named_person(m.group("person"))),
                  *(m for m in (PERSON_BYLINE.finditer(within) if "," in within else ())
                    if m.group("label") or _surname_like(m.group("person"))),
                  *(m for m in ((*ROLE_DASH.finditer(within),
                                 *ROLE_DASH_GIVEN.finditer(within)) if dashed else ())
                    if _acts_later(within, m)),
                  *(m for m in (ROLE_COLON.finditer(within) if colon else ())
                    if _acts_later(within, m)),
                  *(m for m in PERSON_IN.finditer(within)
                    if m.group("role").lower() in actors.DEPARTMENTS)]:
            # "Priya (Campaign Manager)": the person fills the role; later "Priya to
            # chase" is the role's
            if m.re in (ROLE_PERSON, ROLE_PEOPLE) and _topic_in_capitals(m.group("role"), within):
                # "FOOD (Kath)" over what Kath does: a part of the work in capitals and
                # the person who takes it on, no role "FOOD"; the person is the role
                # (in the order written, each once: a set's order changes from run to run)
                for named in dict.fromkeys([m.group("person"), *re.findall(
                        r"[A-Z][a-z]+", m.groupdict().get("more") or "")]):
                    structural.setdefault(named, set()).add(doc.name)
                    counts[named] += 1
                continue
            role_name = actors.actor_name(_WORKLOAD.sub("", m.group("role")), acronym=True)
            if role_name is None and m.re is PERSON_ROLE:
                lines = lines if lines is not None else _TextLines(within)
                role_name = _crew_role(within, m, lines) or _area_title(within, m.group("role"))
            if role_name is None and m.re is ROLE_COLON and \
                    _line_labels(within).get(m.group("role"), -1) >= m.end():
                # "1st AD: Gareth Lloyd" in the header, "1st AD: Safety briefing ..." as a
                # label of its own further down: the label is the role
                role_name = m.group("role")
            if role_name is None and m.re in (ROLE_DASH, ROLE_DASH_GIVEN) and \
                    _title_used_again(within, m):
                # "Saucier – Ivy Marsh." over a table whose cells say "Saucier": a
                # title of the trade no word list knows, the label still the role
                role_name = m.group("role")
            if role_name is not None and m.re is PERSON_ROLE:
                role_name = _distinct_title(role_name, within)
            coded = _code_inside_title(within, m) if m.re is PERSON_ROLE else None
            if coded is not None:
                # "Customer Experience (CX) Advisors": one title, written in full and with
                # its code ("CX Advisors"), no person filling a role "CX"
                coded_title, written_as = coded
                extra_aliases.setdefault(coded_title, set()).update(written_as)
                structural.setdefault(coded_title, set()).add(doc.name)
                counts[coded_title] += 1
                continue
            person = m.group("person")
            if m.re is PERSON_ROLE and _TITLE_OF_BEFORE.search(
                    within[max(0, m.start() - 40):m.start()]):
                # "Person in Charge of Possession (PICOP)": the last word of a title and
                # the title's code, no person holding a role; the code is the title's
                run = _TITLE_RUN.search(within[max(0, m.start() - 60):m.end("person")])
                run_words = run.group(0).split() if run else []
                title = next((named for n in range(len(run_words) - 2)
                              if run_words[n][:1].isupper()
                              for named in [actors.actor_name(" ".join(run_words[n:]))]
                              if named), None)
                if title is not None and re.fullmatch(r"[A-Z]{2,6}", m.group("role")):
                    extra_aliases.setdefault(title, set()).add(m.group("role"))
                    structural.setdefault(title, set()).add(doc.name)
                    counts[title] += 1
                continue
            if m.re is PERSON_ROLE and person in (heads := heads if heads is not None else
                                                  _letter_heads(doc)):
                # "Walk the route with Disability Advice (Estates, 23 June)": a party a
                # table of letters heads a column for, then an action's owner and date,
                # no person holding a post
                continue
            if role_name is None or (actors.actor_name(person, acronym=True) is not None
                                     and not _surname_like(person)
                                     if m.re not in (ROLE_DASH, ROLE_DASH_GIVEN, ROLE_COLON)
                                     else
                                     # (a given name or a surname is no word of the
                                     # language: "Weekly Duties" after a dash names no
                                     # one, "Mark Evans" does; nor is a word the text
                                     # writes as a name inside a sentence, "Ivy Marsh"
                                     # beside "tell Ben and Ivy")
                                     all(actors.word_classes(w.lower())
                                         for w in re.split(r"[ -]", person) if w) and
                                     not _called_by_name(within, person.split()[0])
                                     or _written_with_article(within, person)):
                continue
            if m.re is PERSON_ROLE and " " not in person and \
                    "NOUN" in actors.word_classes(person.lower()) and \
                    _plural_members(m.group("role")) and \
                    CO_PERSONS.search(within[max(0, m.start() - 80):m.start()]) is None and \
                    not _one_acts(within[m.end():m.end() + 40]):
                # "Accounts (cashiers)": a team named by a word of the language, whose
                # members the brackets name, not a person holding a role
                structural.setdefault(person, set()).add(doc.name)
                counts[person] += 1
                extra_aliases.setdefault(person, set()).update(
                    {m.group("role"), actors.actor_name(m.group("role")) or m.group("role")})
                continue
            written = {person, m.group(0).strip(" ,")} if m.re is PERSON_IN else {person}
            if m.re is ROLE_PEOPLE:  # "Recorders (Jenny and Mike)": each fills the role
                written.update(re.findall(r"[A-Z][a-z]+", m.group("more")))
            if m.re is PERSON_ROLE:
                # "Dev + Kasia (vineyard hands)": both fill the role
                before = within[max(0, m.start() - 80):m.start()]
                while (joined := CO_PERSONS.search(before)) is not None:
                    written.add(joined.group(1))
                    before = before[:joined.start()]
            with_title = person.split()[0].rstrip(".") in ("Dr", "Mr", "Ms", "Mrs", "Mx", "Prof",
                                                             "Professor")
            if with_title and len(person.split()) >= 3:
                written.add(person.split()[1])  # "Dr Helen Marsh", later "Helen"
            if not with_title:
                written.add(person.split()[0])
                initials = "".join(w[0] for w in re.split(r"[ -]", person) if w)
                if len(initials) >= 2 and (
                        initials in (words_within := words_within if words_within is not None
                                     else set(re.findall(r"\w+", within)))
                        if re.fullmatch(r"\w+", initials) else
                        re.search(rf"\b{initials}\b", within)):
                    # (initials of word characters are a word of the text as a whole, which
                    # is what "\b...\b" finds; its words are read once, not once a person)
                    written.add(initials)  # minutes: "Helen Varga (Chair)", later "HV to ..."
            for spelling in written:
                people.setdefault(spelling, set()).add(role_name)
            structural.setdefault(role_name, set()).add(doc.name)
            counts[role_name] += 1
        for m in INITIALS_ROLE.finditer(within) if "(" in within else ():
            # "JN (Head Vet, Jonas Nilsson) – restock the kit": the initials, the person
            # and the first name hold the role
            person = m.group("person")
            # (a title in capitals is the role the initials' person holds, whether or not
            # its last word is a title of the vocabulary: "Head Vet")
            role_name = actors.actor_name(m.group("role"), acronym=True) or (
                m.group("role") if all(w[:1].isupper() for w in m.group("role").split())
                else None)
            if role_name is None or m.group("initials") != "".join(
                    w[0] for w in re.split(r"[ -]", person) if w):
                continue
            for spelling in {m.group("initials"), person, person.split()[0]}:
                people.setdefault(spelling, set()).add(role_name)
            structural.setdefault(role_name, set()).add(doc.name)
            counts[role_name] += 1
        for m in AREA_HOLDER.finditer(within) if "(" in within else ():
            # "VOLUNTEERS (Sue Lanyon, Volunteer Coordinator)" over the part's work: the
            # person, by their full and first name, holds the post
            role_name = actors.actor_name(m.group("role"), acronym=True)
            if role_name is None:
                continue
            for spelling in {m.group("person"), m.group("person").split()[0]}:
                people.setdefault(spelling, set()).add(role_name)
            structural.setdefault(role_name, set()).add(doc.name)
            counts[role_name] += 1
        for m in INITIALS_KEY.finditer(within) if "·" in within or "|" in within or \
                ";" in within else ():
            # "PR Dr Priya Raman, Clinical Lead · JM Julie Morgan, ...": the key under a
            # slide of actions opened by initials ("PR – confirm the sign-off")
            holder = re.sub(r"^(?:Dr|Mr|Ms|Mrs|Mx|Prof)\.?\s+", "", m.group("person"))
            role_name = actors.actor_name(m.group("role"), acronym=True)
            if role_name is None or m.group("initials") != "".join(
                    w[0] for w in re.split(r"[ -]", holder) if w):
                continue
            for spelling in {m.group("initials"), holder}:
                people.setdefault(spelling, set()).add(role_name)
            structural.setdefault(role_name, set()).add(doc.name)
            counts[role_name] += 1
        for m in INITIALS_TITLE.finditer(within) if "(" in within else ():
            # "RB (Head of Repairs) – recruit two more surveyors": a line of actions opened
            # by initials, the title they stand for in brackets
            role_name = actors.actor_name(m.group("role"), acronym=True)
            if role_name is None or not all(w[:1].isupper() or w in ("of", "&", "and")
                                            for w in m.group("role").split()):
                continue
            people.setdefault(m.group("initials"), set()).add(role_name)
            structural.setdefault(role_name, set()).add(doc.name)
            counts[role_name] += 1
        for role_name, person in _whos_who(doc):
            # "- Rob — money & paperwork" under "Who's who": Rob holds that role
            structural.setdefault(role_name, set()).add(doc.name)
            counts[role_name] += 1
            if person == "me":  # "- Me (Ana) - owner": the writer holds it
                _first_person(doc_aliases, doc.name, role_name)
                continue
            for spelling in {person, person.split()[0]}:
                people.setdefault(spelling, set()).add(role_name)
        for role_name, person in [*_headed_holders(doc), *_tabled_holders(doc)]:
            # "Shop Manager" over "Oskar Lindqvist", or "Role | Current holder" over "Shop
            # Manager | Oskar Lindqvist": Oskar holds it, later "Oskar calls"
            for spelling in {person, person.split()[0]}:
                people.setdefault(spelling, set()).add(role_name)
        for role_name, person in _titled_holders(doc):
            title, *names = person.split()
            # "Prof. Lena Möller", later "Prof. Möller" or "Lena Möller"
            for spelling in {person, f"{title} {names[-1]}",
                             " ".join(names) if len(names) > 1 else person}:
                people.setdefault(spelling, set()).add(role_name)
        writer, reader = addressed_roles(doc)
        reader = reader or salutation_reader(within)
        for titled in (writer, reader):
            if titled is not None:  # roles the title names: whose orders, to whom
                structural.setdefault(titled, set()).add(doc.name)
                counts[titled] += 1
        if writer is not None:
            _first_person(doc_aliases, doc.name, writer)
        for person in mail_correspondents(within):
            structural.setdefault(person, set()).add(doc.name)
            counts[person] += 1
        sender = FROM_LINE.search(within)
        sender_role = actors.actor_name(sender.group("role"), acronym=True) if sender else None
        first_role = actors.actor_name(sender.group("person"), acronym=True) if sender else None
        mail_from = MAIL_FROM.search(within)
        # (the role the sender's name ends on, after its event or body: "LexSem 2027
        # Programme Chairs"; a person's name ends on no role)
        words = mail_from.group("name").split() if mail_from else []
        # (the longest tail that is a role: "Programme Chairs"; a person's name, "Tom
        # Baker", is no sender role though "Baker" may name a trade: the role must be
        # plural, or a tail of a name of three words or more)
        mailed = next((writer for i in range(len(words)) if (
            writer := actors.actor_name(" ".join(words[i:]), acronym=True)) is not None and (
            words[-1].endswith("s") or i > 0 and len(words) > 2)), None)
        if sender and first_role and first_role == sender.group("person").strip():
            # "FROM: Highways Network Manager, Strathmorven Council": the role first, then
            # the body it works for
            sender_role = first_role
            _first_person(doc_aliases, doc.name, sender_role)
            structural.setdefault(sender_role, set()).add(doc.name)
            counts[sender_role] += 1
        elif mailed is not None:
            # "From: LexSem 2027 Programme Chairs <pc-chairs@...>": a role writes the mail;
            # "we" and "us" are that role when it is plural, "I" and "me" when not
            if words[-1].endswith("s"):  # (this mail's "we": another page's is its own)
                for pronoun in ("we", "We", "us"):
                    doc_aliases.setdefault(doc.name, {}).setdefault(pronoun, mailed)
            else:
                _first_person(doc_aliases, doc.name, mailed)
            structural.setdefault(mailed, set()).add(doc.name)
            counts[mailed] += 1
        elif sender and sender_role:
            # "From: Daniel Achebe, Operations Director": the memo's "I" and "me" are
            # that role
            people.setdefault(sender.group("person").strip(), set()).add(sender_role)
            _first_person(doc_aliases, doc.name, sender_role)
            structural.setdefault(sender_role, set()).add(doc.name)
            counts[sender_role] += 1
        elif mail_from and (signed := _signed_title(within, mail_from.group("name"))):
            # "From: Ana Ruiz <...>" over one message signed "Ana Ruiz | Fleet Manager":
            # its "I" and "me" are that role, and so are the sender's names
            person = mail_from.group("name").strip()
            for spelling in {person, person.split()[0]}:
                people.setdefault(spelling, set()).add(signed)
            _first_person(doc_aliases, doc.name, signed)
            structural.setdefault(signed, set()).add(doc.name)
            counts[signed] += 1
        elif (signed_off := signed_off_title(within)) is not None:
            # "Best wishes," over "Margaret" over "Secretary" at a message's end: its "I"
            # and "me" are that role, and so is the signer's name
            person, signed = signed_off
            for spelling in {person, person.split()[0]}:
                people.setdefault(spelling, set()).add(signed)
            _first_person(doc_aliases, doc.name, signed)
            structural.setdefault(signed, set()).add(doc.name)
            counts[signed] += 1
        for m in YOU_ARE.finditer(within) if "you" in within.lower() else ():
            # "You are the seller (the exporter).": the reader is a role of the page
            said = m.group("role") or m.group("apposed")
            read = actors.actor_name(said, acronym=True) or _holder_read(said)
            if read is not None:
                structural.setdefault(read, set()).add(doc.name)
                counts[read] += 1
        for m in YOUR_ROLE_AS.finditer(within) if "your" in within.lower() else ():
            # "Your role as a befriender" over what "you" do: the reader is a role
            read = actors.actor_name(m.group("role"), acronym=True)
            if read is not None:
                structural.setdefault(read, set()).add(doc.name)
                counts[read] += 1
        for m in YOU_GLOSS.finditer(within) if "you" in within.lower() else ():
            # '"You" below means the ride marshal of a group': the reader is a role
            said = m.group("role")
            read = actors.actor_name(said, acronym=True) or _holder_read(said)
            if read is not None:
                structural.setdefault(read, set()).add(doc.name)
                counts[read] += 1
        if reader is None and not YOU_ARE.search(within) and (
                others := others_reader(within)) is not None:
            # "... don't hold the door for other families": the reader is a family
            structural.setdefault(others, set()).add(doc.name)
            counts[others] += 1
        for party in _office_doers(text):
            # "... is marked as late by the school office": the office is a role
            structural.setdefault(party, set()).add(doc.name)
            counts[party] += 1
        for party in _plural_doers(text):
            # "Parents pay the deposit by 1 May": a group of people the page writes as
            # a sentence's doer
            structural.setdefault(party, set()).add(doc.name)
            counts[party] += 1
        for party in _hyphen_doers(text) if "-" in text else ():
            # "Goods-in checks each delivery": a team named by a hyphenated noun
            structural.setdefault(party, set()).add(doc.name)
            counts[party] += 1
        if "Every" in text and _everyone_does(text):
            structural.setdefault("Everyone", set()).add(doc.name)
            counts["Everyone"] += 1
            extra_aliases.setdefault("Everyone", set()).add("Everybody")
        for party in _let_know_groups(text):
            # "She'll let the tail walkers know": a group told, a party of the page
            structural.setdefault(party, set()).add(doc.name)
            counts[party] += 1
        for party in _told_parties(text):
            # "tells the finder the date", "gives the finder the helpline number": a
            # party written in lower case that the page's roles tell, twice or more
            structural.setdefault(party, set()).add(doc.name)
            counts[party] += 1
        for m in WE_MEANS.finditer(within) if "we" in within.lower() else ():
            # 'In this guide "we" means Sandford Freight, acting as your forwarder', "the
            # decisions are ours (the Programme Chairs)": the role the page writes for as
            # "we"
            glossed = actors.actor_name(m.group("role") or m.group("bracketed") or
                                         m.group("apposed") or m.group("named"), acronym=True)
            if glossed is not None:
                # (this page's "we": another page's is its own writer's)
                for pronoun in ("we", "We", "us"):
                    doc_aliases.setdefault(doc.name, {}).setdefault(pronoun, glossed)
                structural.setdefault(glossed, set()).add(doc.name)
                counts[glossed] += 1
        if "we" not in doc_aliases.get(doc.name, {}) and (
                place := place_writer(within) or site_writer(doc)) is not None:
            # "The nursery closes at 6pm" on a page of "we" with a "Nursery Manager": the
            # page's "we" and "us" are the Nursery
            for pronoun in ("we", "We", "us"):
                doc_aliases.setdefault(doc.name, {}).setdefault(pronoun, place)
            structural.setdefault(place, set()).add(doc.name)
            counts[place] += 1
        for spelling, named in people.items():
            if len(named) == 1 and spelling.lower() not in actors.FUNCTION_WORDS:
                extra_aliases.setdefault(next(iter(named)), set()).add(spelling)
        for m in TITLE.finditer(text):
            name = _clean_title(m.group(1))
            joined = _JOINED_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if name and joined and (
                    actors.actor_name(joined.group(1), acronym=True) is None or
                    # "the Finance and Audit Committee": a body named by the two fields
                    # it sees to, no "Finance" beside an "Audit Committee"
                    joined.group(1).lower() in actors.DEPARTMENTS and
                    _FIELDS_BODY.fullmatch(name)) \
                    and actors.actor_name(f"{joined.group(0)}{name}") is not None:
                # "the Health and Safety Manager": one title, not a "Safety Manager"
                name = f"{joined.group(0)}{name}"
            tail = _ON_DUTY_AFTER.match(text, m.end()) if name else None
            if name and tail:  # "Engineer Officer of the Watch": one title
                name = actors.actor_name(f"{name}{tail.group(0)}") or name
            if name:
                counts[name] += 1
        for m in _team_matches(text):
            if _inside_a_name(text, m):
                continue
            for word in _TEAM_SPLIT.split(m.group(1)):
                label = {"qa": "Quality Assurance", "dev": "Development"}.get(
                    word.lower(), word.title())
                name = f"{label} Team"
                counts[name] += 1
                teams.add(name)
        found, pairs = _structural_names(doc, mapping, checkpoint)
        section_heads |= {_known_case(mapping.get(n, n), counts) for n in _section_heads(doc)}
        for full, alias in pairs:
            extra_aliases.setdefault(full, set()).add(alias)
            table_roles.add(full)
        found = [mapping.get(n, n) for n in found]
        found = [_known_case(n, counts) for n in found]
        # the longer names by their last word, once per document: a table repeats its
        # heads on every row, and testing each one-word head against every name again
        # grew with the square of the rows
        ending = _names_ending(set(found) | set(counts))
        anaphors: dict[str, bool] = {}
        # (a diagram's lane names a party whatever its word: "Member (tenant)")
        lanes = {actors.actor_name(b.text) for b in doc.blocks
                 if b.kind == "heading" and b.level == LANE_LEVEL}
        bare = [n for n in found if " " not in n and n not in lanes and (
            n.lower() in BARE_GROUPS or (
                anaphors[n] if n in anaphors else
                anaphors.setdefault(n, _anaphor_among(n, text, ending))))]
        bare_set = set(bare)
        for name in dict.fromkeys(found):  # (each name once: the same answer, in order)
            if name in bare_set:
                continue
            structural.setdefault(name, set()).add(doc.name)
            counts[name] += 0
        # a role written in lower case ("the night porter") is named as often as it is
        # written, in any case and number (a one-word name, "vendor", is too often a
        # modifier to count that way)
        for name, n in _mentions(text, [n for n in found if " " in n and n not in bare_set]
                                 ).items():
            spoken.setdefault(name, {})[doc.name] = n
        letter_heads = _letter_heads(doc) if bare else set()  # (the tables read once)
        told: set[str] = set()
        if any(n.lower() in TOLD_BODIES for n in bare):
            # "Members" told in a column of who is consulted or told, heading their own
            # duties among the roles' headings, or written in a column of who does the
            # work: the members are a party of the page too
            told = _told_in_cells(doc) | {actors.singular(n) for n in _section_heads(doc)} \
                | _told_in_cells(doc, ("R", "A"))
        for name in dict.fromkeys(bare):
            # ("the Board" is no "Chair of the Board": a title of an office over a body
            # ends on the body's word, not its own)
            fuller = {n for n in ending.get(name.lower(), ()) if n not in bare_set and
                      not _OFFICE_OF.search(n)}
            shortest = min(fuller, key=len) if fuller else ""
            if len(fuller) > 1 and all(n.lower().endswith(shortest.lower()) for n in fuller):
                # "Vendor Bid Evaluation Committee" and "Bid Evaluation Committee": one
                # committee, written in full and shorter; the one named most
                fuller = {max(fuller, key=lambda n: (counts[n] + (n in structural), len(n)))}
            if len(fuller) == 1:
                extra_aliases.setdefault(fuller.pop(), set()).add(f"the {name}")
            elif not fuller and (name.lower() in ALONE_OK or name in letter_heads or
                                 name.lower() in TOLD_BODIES and name in told) and \
                    name[:1].isupper():
                # "Employee submits an access request": no fuller role to stand for (nor
                # does "Support" over a column of letters)
                structural.setdefault(name, set()).add(doc.name)
                counts[name] += 0
        for block in doc.blocks:
            if block.kind == "row" and not block.header:
                for cell in block.cells:
                    head = re.sub(r"\s*\(.*\)$", "", cell).strip()
                    name = mapping.get(head) or _clean_title(head)
                    if name and (name in counts or head in mapping):
                        table_roles.add(name)
    # Acronym mentions count toward their role (an acronym is letters only, so a mention
    # is a whole word: the acronym or its plural).
    for doc in documents:
        if doc_acronyms[doc.name]:
            words = Counter(_WORD.findall(doc.text()))
            for acronym, name in doc_acronyms[doc.name].items():
                counts[name] += words[acronym] + words[acronym + "s"]
    roles: dict[str, Role] = {}
    for name, n in counts.items():
        if n >= 1 or name in defined or name in table_roles or name in teams \
                or name in structural:
            code = defined.get(name) or TEAM_CODES.get(name) or draft_code(name)
            # (a plural a role of its own is named by stays that role's: "Actuaries")
            # (each looked up in ``counts``: a set of it made per role would cost its
            # size over again for every role)
            aliases = {name} | extra_aliases.get(name, set()) | {
                plural for plural in _ies_plural(name) if plural not in counts}
            n = max(n, sum(spoken.get(name, {}).values()))
            roles[name] = Role(name, code, aliases, max(n, 1), name in defined,
                               name in table_roles, name in structural, name in section_heads)
    _merge_cases(roles, doc_acronyms)
    texts = [doc.text() for doc in documents]
    _owned_titles(roles, texts)
    _head_noun_aliases(roles, texts)
    _first_word_aliases(roles, texts)
    _spelled_out_documents(roles, doc_acronyms, texts)
    _acronyms_of_names(roles, {a for m in doc_acronyms.values() for a in m})
    _glossed_acronyms(roles)
    _team_of_names(roles)
    _short_forms(roles, texts)
    # A spelling that is another role's alias ("Svc Owner" of Service Owner) is that role.
    spellings: dict[str, list[str]] = {}
    for name in roles:
        spellings.setdefault(name.casefold(), []).append(name)
    # (a role a table's head names first: "Medical Devices (EBME)" over a column keeps
    # its name, though the code alone was read as a role "Medical Devices" fills)
    for name, role in sorted(roles.items(), key=lambda kv: not kv[1].in_table):
        if name not in roles:
            continue  # (merged into a role whose alias it was, with its mentions)
        for alias in role.aliases - {name}:
            same = spellings.get(alias.casefold(), [])
            other = next((k for k in same if k != name), None)
            if other is not None:
                same.remove(other)
                merged = roles.pop(other)
                role.mentions += merged.mentions
                # (and its people: "Site Mgr – Ana." beside a table's "Site Mgr", read as
                # "Site Manager": Ana holds the role the two spellings are)
                role.aliases |= merged.aliases
    # Codes must be unique: a clash keeps the defined one and numbers the others.
    seen: dict[str, str] = {}
    numbered: dict[str, int] = {}  # code -> the number its next clash starts from
    for name in sorted(roles, key=lambda k: (not roles[k].defined, -roles[k].mentions, k)):
        code = roles[name].code
        base, i = code, numbered.get(code, 2)
        while code.casefold() in seen:
            code, i = f"{base}{i}", i + 1
        numbered[base] = i
        seen[code.casefold()] = name
        roles[name].code = code
    catalog = RoleCatalog(roles, doc_acronyms, doc_aliases)
    catalog.titled_words = {w for t in texts for w in _TITLED_AFTER_THE.findall(t[:SCANNED])}
    return catalog


_TITLED_AFTER_THE = re.compile(r"\b[Tt]he ([A-Z][a-z]+)\b")


# Last words too general to stand for one role: "the team" is the whole team.
GENERAL_HEADS = {"team", "teams", "group", "groups", "staff", "member", "members", "people",
                 "department", "unit", "function", "organisation", "organization", "side",
                 "user", "users", "customer", "customers", "client", "clients", "party"}


# First words of a title that name a second holder beside the one the bare title names:
# "the Referee" beside "Assistant Referee" is the other official, not its short form
SECOND_HOLDERS = {"assistant", "deputy", "vice", "associate", "sub", "under", "junior",
                  "trainee", "apprentice", "second"}


def _short_forms(roles: dict[str, Role], texts: list[str]) -> None:
    """"reports status to the Sponsor" beside "Project Sponsor": a one-word role that is
    the last word of exactly one longer role, heads no section, sits in no table, is
    defined nowhere and is only ever written after "the" outside that longer name, is the
    longer role's short form. ("## Designer" over its own duties beside "Lighting
    Designer" stays a role of its own.) One pass over the words of the text."""
    ends: dict[str, list[str]] = {}
    for name in roles:
        if " " in name and not _OFFICE_OF.search(name):  # ("Chair of Board": no "Board")
            ends.setdefault(name.rsplit(" ", 1)[1], []).append(name)
    for word, names in ends.items():
        shortest = min(names, key=len)
        if len(names) > 1 and all(n == shortest or n.endswith(" " + shortest) for n in names):
            # "Harbour Master" and "Assistant Harbour Master": "the Master" is the shorter
            ends[word] = [shortest]
    candidates = {name: ends[name][0] for name, role in roles.items()
                  if " " not in name and name[:1].isupper() and not name.isupper()
                  and not (role.defined or role.in_table or role.heads_section)
                  and len(ends.get(name, ())) == 1
                  and ends[name][0].split()[0].lower() not in SECOND_HOLDERS}
    if not candidates:
        return
    bare: set[str] = set()
    written: set[str] = set()
    for text in texts:
        for m in re.finditer(r"\b[A-Z][a-z]+\b", text[:SCANNED]):
            word = m.group(0)
            word = word if word in candidates else word[:-1] if word[:-1] in candidates \
                and word.endswith("s") else ""
            if not word:
                continue
            before = text[max(0, m.start() - 60):m.start()]
            if before.endswith(candidates[word][:-len(word)]):
                continue  # inside the longer name
            written.add(word)
            if not re.search(r"\b[Tt]he\s+$", before):
                bare.add(word)
    for name in written - bare:
        role, full = roles.pop(name), roles[candidates[name]]
        full.aliases |= role.aliases | {f"the {name}"}
        full.mentions += role.mentions


def _team_of_names(roles: dict[str, Role]) -> None:
    """"Procurement" beside "Procurement Team": one role, under the name written more
    often (the first found on a tie), the other spelling its alias."""
    for name in list(roles):
        if not name.endswith(" Team") or name not in roles:
            continue
        base = name[:-len(" Team")]
        if base not in roles or base.split()[0].lower() in actors.DETERMINERS or \
                " " in base and not base.isupper() and actors.actor_word(base.split()[-1]):
            continue  # ("Support Lead" and "Support Lead Team" are not one)
        keep, drop = (name, base) if roles[name].mentions >= roles[base].mentions \
            else (base, name)
        merged, gone = roles[keep], roles.pop(drop)
        _absorb(merged, gone)
        merged.aliases.add(drop)


_GLOSSED = re.compile(r"([A-Z]{2,5})\s+(\S.*)")


def _glossed_acronyms(roles: dict[str, Role]) -> None:
    """"PM Production Manager" from a glossary line ("PM    Production Manager") beside
    "Production Manager": the acronym glossing the name is that role's code and alias, not
    a role of its own."""
    for name in list(roles):
        m = _GLOSSED.fullmatch(name)
        if m is None or m.group(2) not in roles or name not in roles:
            continue
        words = [w for w in m.group(2).split() if w[:1].isupper()]
        if "".join(w[0] for w in words) != m.group(1) and \
                initials_code(m.group(2)) != m.group(1) and roles[m.group(2)].code != m.group(1):
            continue
        glossed, full = roles.pop(name), roles[m.group(2)]
        full.aliases |= {m.group(1)}
        full.mentions += glossed.mentions
        full.code = m.group(1)
        full.structural = full.structural or glossed.structural


_OWNED = re.compile(r"^(?P<owner>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3})['’]s (?P<title>[A-Z].*)$")


def _owned_titles(roles: dict[str, Role], texts: list[str]) -> None:
    """A title written with the party that has it ("Processor's Data Protection Officer"
    beside the Processor) is one role, under that name; its title alone, found only
    inside that name ("Data Protection Officer"), is no second role. A title also
    written on its own stays a role of its own ("the buyer's forwarder" beside "your
    forwarder": two forwarders). Either apostrophe is the same spelling. A title a served
    party has, no role ("your child's Key Person" beside the Key Persons), is a spelling of
    the title."""
    folded = {name.casefold() for name in roles}
    folded_texts: list[str] = []  # (folded once, when a title is first looked for)
    for name in list(roles):
        m = _OWNED.match(name)
        if m is not None and m.group("owner").casefold() not in folded and (
                actors.actor_name(m.group("owner"), acronym=True) is None or
                m.group("owner").lower() in actors.SERVED_PEOPLE):
            # "Child's Key Person" beside the Key Persons: the one a served party has is
            # a holder of the title (the child is no role)
            title = actors.actor_name(m.group("title"), acronym=True)
            held = next((r for r in roles if title is not None and r != name and
                         _role_word_key(r) == _role_word_key(title)), None)
            if held is not None:
                _absorb(roles[held], roles.pop(name))
                roles[held].aliases.add(name)
            continue
        if m is None or m.group("owner").casefold() not in folded:
            continue
        owned = roles[name]
        owned.aliases |= {a.replace("'", "’") for a in owned.aliases | {name} if "'" in a}
        title = actors.actor_name(m.group("title"), acronym=True)
        if title is None or title not in roles or title.casefold() == m.group(
                "owner").casefold():
            continue
        folded_texts = folded_texts or [text.casefold().replace("’", "'") for text in texts]
        if not any(_written_alone(title.casefold(), text) for text in folded_texts):
            _absorb(owned, roles.pop(title))


def _role_word_key(name: str) -> str:
    """A title's words in lower case, its last one singular ("Key Persons": "key person")."""
    words = name.casefold().split()
    return " ".join([*words[:-1], actors.singular(words[-1])]) if words else ""


def _written_alone(title: str, text: str) -> bool:
    """Whether a (folded) title occurs in a (folded) text as a word of its own, not right
    after a possessive ("buyer's forwarder"): one scan of the text."""
    at = text.find(title)
    while at >= 0:
        if (at == 0 or not text[at - 1].isalnum()) and not text[max(0, at - 3):at].endswith(
                "'s "):
            return True
        at = text.find(title, at + 1)
    return False


def _absorb(role: Role, other: Role) -> None:
    """``role`` takes in ``other``, a spelling of the same role: its aliases, mentions
    and every place it was found."""
    role.aliases |= other.aliases
    role.mentions += other.mentions
    role.defined = role.defined or other.defined
    role.in_table = role.in_table or other.in_table
    role.structural = role.structural or other.structural
    role.heads_section = role.heads_section or other.heads_section


def _merge_cases(roles: dict[str, Role], doc_acronyms: dict[str, dict[str, str]]) -> None:
    """One role for names that differ only in case: a heading written in sentence case
    ("## Release manager", read as "Release Manager") and the same words over a column of
    letters ("| Release manager |") are one role (two would make a template no project
    can take). The spelling with the most capitals stays."""
    spellings: dict[str, list[str]] = {}
    for name in roles:
        spellings.setdefault(name.casefold(), []).append(name)
    for names in spellings.values():
        if len(names) < 2:
            continue
        keep = max(names, key=lambda n: sum(c.isupper() for c in n))
        for other in names:
            if other != keep:
                _absorb(roles[keep], roles.pop(other))
                for mapping in doc_acronyms.values():
                    for acronym, name in mapping.items():
                        if name == other:
                            mapping[acronym] = keep


_ALL_CAPITALS = re.compile(r"[A-Z]{2,5}")


# The last word of a name that stands for a document or a record people follow or keep,
# not for anyone ("Minimum Equipment List (MEL)", "Standard Operating Procedure (SOP)")
_DOCUMENT_HEADS = frozenset({
    "list", "guide", "procedure", "procedures", "plan", "manual", "policy", "register",
    "log", "agreement", "assessment", "report", "form", "standard", "regulation",
    "regulations", "schedule", "certificate", "checklist", "indicator", "record",
    "specification", "instruction", "instructions", "notice", "directive", "bulletin",
    "exposition", "database"})


_SPELLED_OUT = re.compile(r"\b((?:[A-Z][a-z]+[ -]){1,4}[A-Z][a-z]+)\s*\(\s*([A-Z]{2,5})\s*\)")


def _spelled_out_documents(roles: dict[str, Role], doc_acronyms: dict[str, dict[str, str]],
                           texts: list[str]) -> None:
    """"MEL" where a document writes "Minimum Equipment List (MEL)": an acronym that the
    documents spell out as a document's or a record's name (a list, a plan, a procedure),
    and never as a role's, is no role, however a sentence uses it ("the MEL permits it",
    "the operator's MEL")."""
    acronyms = [n for n in roles if _ALL_CAPITALS.fullmatch(n)]
    if not acronyms:
        return
    as_roles = {a for m in doc_acronyms.values() for a in m}
    things: set[str] = set()
    for text in texts:
        for m in _bracketed(_SPELLED_OUT, text):
            words = re.split(r"[ -]", m.group(1))
            if words[-1].lower() in _DOCUMENT_HEADS and \
                    "".join(w[0] for w in words).endswith(m.group(2)):
                things.add(m.group(2))
    for acronym in acronyms:
        if acronym in things and acronym not in as_roles:
            del roles[acronym]


def _acronyms_of_names(roles: dict[str, Role], spelled: set[str]) -> None:
    """"HR" beside "Human Resources", "OH" beside "Occupational Health": an acronym role
    whose letters are the initials of exactly one other role's name is that role, under
    the acronym as its code; not one a document spells out (``spelled``: "SM" that a key
    gives to the Director of Sales & Marketing is not the Security Manager's)."""
    by_initials: dict[str, list[str]] = {}
    for name in roles:
        if " " in name and not name.isupper():
            by_initials.setdefault(initials_code(name), []).append(name)
    for acronym in [n for n in roles if _ALL_CAPITALS.fullmatch(n)]:
        fuller = by_initials.get(acronym, [])
        if len(fuller) != 1 or acronym not in roles or acronym in spelled:
            continue
        short, full = roles.pop(acronym), roles[fuller[0]]
        _absorb(full, short)
        full.code = short.code or acronym


def _head_noun_aliases(roles: dict[str, Role], texts: list[str]) -> None:
    """"the sponsor" after "Project Sponsor": a role's last word after "the", in lower
    case, stands for it when no other role ends in that word and no role is that word."""
    ends: dict[str, list[str]] = {}
    for name in roles:
        words = name.split()
        if len(words) >= 2 and words[-1].isalpha() and words[-1][:1].isupper() and \
                not _OFFICE_OF.search(name):  # ("Chair of Board": no "board")
            ends.setdefault(words[-1].lower(), []).append(name)
    single = {n.casefold() for n in roles if " " not in n}
    after_the = {w for t in texts for w in re.findall(r"\bthe ([a-z]+)\b", t)}
    after_the_title = {w for t in texts for w in re.findall(r"\bthe ([A-Z][a-z]+)\b", t)}
    acting = _bare_plurals_acting(texts, set(ends)) if ends else set()
    for word, names in ends.items():
        if len(names) != 1 or word in GENERAL_HEADS or word in single:
            continue
        if word in after_the:
            roles[names[0]].aliases.add(f"the {word}")
        if word.capitalize() in after_the_title and word not in actors.PARTY_HEADS:
            # "tells the Coxswain" beside "Pilot Boat Coxswain": the title's last word in
            # capitals after "the" stands for it too
            roles[names[0]].aliases.add(f"the {word.capitalize()}")
        if word in acting and _written_plural(names[0], texts):
            roles[names[0]].aliases.add(word)


# A plural written bare at a sentence's start, before a verb: "Drivers tag each bike"
# (a line's start is its last newline: "\n\s*" would try every newline of a run of blank
# lines against all that follow)
_BARE_PLURAL = re.compile(r"(?:^|[.;!?:]\s+|\n[^\S\n]*)([A-Z][a-z]+?)(?:e?s) ([a-z]+)\b")


def _written_plural(name: str, texts: list[str]) -> bool:
    """Whether a text names the role in the plural ("Rebalancing Drivers"): a group of
    people, whom the bare plural stands for; "Stewards" beside a "Chief Steward" are
    others."""
    plural = re.compile(rf"\b{re.escape(name)}(?:e?s)\b")
    return any(plural.search(t[:SCANNED]) for t in texts)


def _bare_plurals_acting(texts: list[str], words: set[str]) -> set[str]:
    """The last words of roles (``words``) that a text writes as a bare plural opening a
    sentence and doing something ("Drivers tag any bike they collect", "Mechanics must
    sign each check"): "Rebalancing Drivers" are the drivers the text goes on to name."""
    acting: set[str] = set()
    for text in texts:
        for m in _BARE_PLURAL.finditer(text[:SCANNED]):
            word, verb = m.group(1).lower(), m.group(2)
            word = word if word in words else word + "e" if word + "e" in words else ""
            if word and word not in acting and (
                    verb in actors.MODAL_AUXILIARIES or actors.verb_lemma(verb) == verb):
                acting.add(word)
    return acting


# Rank words that stand for their holder after "the" ("the primary", "the outgoing"); a
# reviewed list, since most first words of a title are nouns of their own ("the project")
STANDING_RANKS = {"primary", "secondary", "tertiary", "backup", "outgoing", "incoming",
                  "principal", "deputy", "acting", "interim", "chief"}


def _first_word_aliases(roles: dict[str, Role], texts: list[str]) -> None:
    """"the primary opens a ticket" after "Primary On-call": a role's first word, a rank
    standing as a noun, after "the" and before a verb, stands for it when no other role
    starts with that word and no role is that word."""
    starts: dict[str, list[str]] = {}
    for name in roles:
        words = name.split()
        if len(words) >= 2 and words[0].isalpha() and words[0][:1].isupper():
            starts.setdefault(words[0].lower(), []).append(name)
    single = {n.casefold() for n in roles if " " not in n}
    acting: set[str] = set()
    for text in texts:
        for m in re.finditer(r"\b[Tt]he ([a-z]+) ([a-z]+)\b", text[:SCANNED]):
            if m.group(1) in starts and (actors.is_third_person_verb(m.group(2)) or
                                         m.group(2) in actors.MODAL_AUXILIARIES):
                acting.add(m.group(1))
    for word in acting:
        names = starts[word]
        if len(names) == 1 and word not in single and word in STANDING_RANKS:
            roles[names[0]].aliases.add(f"the {word}")


def _anaphor(name: str, text: str, names: set[str]) -> bool:
    """"the coordinator" after "Shift Coordinator": a one-word name written in lower case
    after "the" (or "The" opening a sentence), and the last word of exactly one longer
    name of the document, once that name has been written ("the volunteer on the rota"
    before any "trained volunteer" is a volunteer, no short form of one named later)."""
    word = name.lower()
    fuller = [n for n in names if " " in n and n.lower().endswith(" " + word)]
    return len(fuller) == 1 and _the_word_after(word, fuller[0], text)


def _the_word_after(word: str, fuller: str, text: str) -> bool:
    """Whether "the <word>" is written after ``fuller`` is first written (in any case), or
    ``fuller`` is never written in ``text`` at all (a name found elsewhere), or is written
    somewhere as a title, with its capitals, and the word never is but in it ("The
    coordinator opens the hall" all through a page whose contacts table at the end names
    the "Shift Coordinator": the short form is the title's wherever the title is written;
    not beside "- Chair" and "The Chair answers questions", a title of its own)."""
    spaced = r"\s+".join(re.escape(w) for w in fuller.split())
    titled = len(re.findall(rf"\b{spaced}\b", text))
    alone = len(re.findall(rf"\b{re.escape(word[:1].upper() + word[1:])}\b", text))
    first = -1 if titled and alone <= titled else text.lower().find(fuller.lower())
    return re.search(rf"\b[Tt]he {re.escape(word)}\b", text[max(first, 0):]) is not None


# "Chair of the Board", "Head of Department": an office named for the body it heads
_OFFICE_OF = re.compile(r"\s(?i:of)\s+(?:(?i:the)\s+)?\S+$")


def _names_ending(names: set[str]) -> dict[str, list[str]]:
    """The names of two or more words by their last word in lower case: the names a
    one-word name ends (``n.lower().endswith(" " + word)``), looked up instead of
    scanned."""
    out: dict[str, list[str]] = {}
    for n in names:
        lowered = n.lower()
        if " " in lowered:
            out.setdefault(lowered.rsplit(" ", 1)[1], []).append(n)
    return out


def _anaphor_among(name: str, text: str, ending: dict[str, list[str]]) -> bool:
    """``_anaphor`` with the longer names looked up by their last word
    (``_names_ending``); ``tests/test_derive_index.py`` compares the two."""
    word = name.lower()
    fuller = ending.get(word, ())
    return len(fuller) == 1 and _the_word_after(word, fuller[0], text)


class _Counts(Counter[str]):
    """Mentions per name, remembering the first spelling of each name in any case."""

    def __init__(self) -> None:
        super().__init__()
        self.spelling: dict[str, str] = {}

    def __setitem__(self, key: str, value: int) -> None:
        if key not in self:
            self.spelling.setdefault(key.casefold(), key)
        super().__setitem__(key, value)


def _known_case(name: str, counts: _Counts) -> str:
    """The spelling already found for a name that differs only in case."""
    return counts.spelling.get(name.casefold(), name)
