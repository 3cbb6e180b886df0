"""Step blocks: documents whose own shape says who does each step, read as one block a step
naming its doer and the parties it hands the step to.

* PlantUML activity diagrams: a swimlane (``|Practice Manager|``) is the doer of every
  ``:action;`` drawn after it, a note beside an action adds the parties it names;
* sequence diagrams (Mermaid ``sequenceDiagram``, PlantUML): ``A->>B: Sends the request``
  is A's step, handed to B (told, or consulted when the message asks or queries);
* Gherkin feature files: ``When the Budget Holder approves the requisition`` is the Budget
  Holder's step, ``Then the Requisitioner is notified`` tells the Requisitioner of the step
  before it;
* hand-over lists: ``- Weekly payroll run → **Sam** (Payroll Officer)`` is Sam's step.

A step block (kind ``step``) keeps the source line as its text (the evidence) and its
parts as cells: the activity in the imperative, the doer, the one who approves it, those
consulted, those told, an aside whose role names are read for their letters at
extraction (a note, the step's own words), and whether the diagram declared its parties
(lanes and participants are roles whatever their names).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from raci.derive import lazy_re as re
from raci.derive.actors import (
    DETERMINERS,
    actor_name,
    agreeing,
    is_third_person_verb,
    subject_actor,
    verb_lemma,
)
from raci.derive.documents import Block

STEP = "step"
# the cells of a step block, by position
ACTIVITY, DOER, APPROVER, CONSULTED, TOLD, ASIDE, DECLARED, CHOICE = range(8)


@dataclass
class Step:
    """One step while a reader collects it."""

    text: str
    line: int
    activity: str
    doer: str
    approver: str = ""
    consulted: list[str] = field(default_factory=list)
    told: list[str] = field(default_factory=list)
    aside: str = ""
    declared: bool = False
    # steps of one choice (the same mark): only the first whose doer is a role counts
    choice: str = ""

    def block(self) -> Block:
        """The step as a block."""
        return Block(STEP, self.text, f"line {self.line}", cells=(
            self.activity, self.doer, self.approver, "; ".join(dict.fromkeys(self.consulted)),
            "; ".join(dict.fromkeys(self.told)), self.aside, "1" if self.declared else "",
            self.choice))


# --- wording -------------------------------------------------------------------------

_MARKUP = re.compile(r"\*\*|//|__|\"\"|~~|<[^<>]{1,40}>|\\n")


def _plain(text: str) -> str:
    return " ".join(_MARKUP.sub(" ", text).split())


def _base(word: str) -> str:
    """A verb written after a subject in its base form ("Logs" -> "Log"), other words as
    they are."""
    if not is_third_person_verb(word):
        return word
    lemma = verb_lemma(word.lower().strip(",;:")) or word
    return lemma.capitalize() if word[:1].isupper() else lemma


# "... in consultation with Legal Services": who the doer works with is a letter of the
# step, no part of its name
_WORKED_WITH = re.compile(r"\s+(?:in consultation with|in agreement with|together with|"
                          r"jointly with|with the help of|with)\s+(?:the\s+)?[A-Z][^,;]*$")


def imperative(text: str) -> str:
    """A step written after its doer ("Clinically checks the prescription", "Hands in the
    slip or orders in the app") in the imperative, as a duty is named ("Clinically check
    the prescription", "Hand in the slip or order in the app"); a party it is done with
    ("in consultation with Legal") is left out of the name."""
    words = _WORKED_WITH.sub("", text.strip().rstrip(".;")).split()
    if not words:
        return ""
    first = 1 if len(words) > 1 and words[0].lower().endswith("ly") and \
        is_third_person_verb(words[1]) else 0
    words[first] = _base(words[first])
    for k in range(first + 1, len(words) - 1):
        if words[k].lower() in ("or", "and", "then"):
            words[k + 1] = _base(words[k + 1])
    out = " ".join(words)
    return out[:1].upper() + out[1:]


_JOIN = re.compile(r"(?:,\s*|\s+)(?:and(?:\s+then)?|then)\s+(?=(?P<verb>[A-Za-z]+)\b)")


def duties(text: str) -> list[str]:
    """The duties of one step, split where "and" joins a second verb after the doer
    ("Downloads the prescription and labels the items": two), each in the imperative; a
    step in the imperative already is one duty."""
    words = text.split()
    if not words or not (is_third_person_verb(words[0]) or len(words) > 1 and
                         words[0].lower().endswith("ly") and is_third_person_verb(words[1])):
        return [imperative(text)] if text.strip() else []
    parts: list[str] = []
    start = 0
    for m in _JOIN.finditer(text):
        if is_third_person_verb(m.group("verb")) and m.group("verb").lower() not in (
                "is", "are", "has", "have"):
            parts.append(text[start:m.start()])
            start = m.start("verb")
    parts.append(text[start:])
    return [imperative(p) for p in parts if p.strip()]


# --- PlantUML activity diagrams and sequence diagrams ---------------------------------

# a swimlane: "|Practice Manager|", "|#pink|Practice Manager|", "|PM| Practice Manager"
_LANE = re.compile(r"^\s*\|(?:\[?#[\w]+\]?\|)?(?P<name>[^|]{1,80})\|\s*(?P<label>[^|]{0,80})$")
_ACTION_OPEN = re.compile(r"^\s*(?:#[\w]+\s*)?:(?P<text>.*)$")
_ACTION_END = re.compile(r"[;|<>/\]}]\s*$")
_NOTE_ONE = re.compile(r"^\s*(?:floating\s+)?note\s*(?:left|right|top|bottom)?(?:\s+of\s+\S+)?"
                       r"\s*:\s*(?P<text>.+)$", re.IGNORECASE)
_NOTE_OPEN = re.compile(r"^\s*(?:floating\s+)?note\b[^:]*$", re.IGNORECASE)
_NOTE_END = re.compile(r"^\s*end\s?note\s*$", re.IGNORECASE)
# a branch of an activity diagram: "if (...) then", "else (no)", "elseif (...)", "endif",
# and the end of a flow ("stop", "end", "kill", "detach")
_IF_OPEN = re.compile(r"^\s*if\s*\(", re.IGNORECASE)
_ELSE = re.compile(r"^\s*else(?:\s*if\s*\(|\s*\(|\s*$)", re.IGNORECASE)
_END_IF = re.compile(r"^\s*end\s?if\b", re.IGNORECASE)
_FLOW_END = re.compile(r"^\s*(?:stop|end|kill|detach)\s*$", re.IGNORECASE)
_PARTICIPANT = re.compile(r'^\s*(?:participant|actor|boundary|control|entity|database|'
                          r'collections|queue)\s+(?P<first>"[^"]+"|[^\s"]+(?:\s+[^\s"]+)*?)'
                          r'(?:\s+as\s+(?P<second>"[^"]+"|[^"]+?))?\s*(?:<<[^>]*>>)?\s*'
                          r'(?:#\w+)?\s*$', re.IGNORECASE)
_MESSAGE = re.compile(r'^\s*(?P<a>"[^"]+"|[\w.@]+)\s*(?P<back><)?(?:-{1,2}|\.{1,2}|={1,2})'
                      r'(?:\[[^\]]*\]-?)?(?P<head>>>|>|x|\)|\\\\|\\|//|/)?\s*[+\-*!]?\s*'
                      r'(?P<b>"[^"]+"|[\w.@]+)\s*:\s*(?P<msg>\S.*?)\s*$')
# a message that asks the one it goes to consults them: "Phones the prescriber to resolve
# the query", "Asks the surveyor for advice"
_ASKS = re.compile(r"\b(?:quer(?:y|ies)|ask(?:s|ing)?|consults?|advice|advises?|clarif\w*|"
                   r"check(?:s|ing)?\s+with|confirm(?:s|ing)?\s+with|discuss\w*)\b",
                   re.IGNORECASE)
_SEQUENCE_HEAD = re.compile(r"^\s*sequenceDiagram\b")


def _unquote(name: str) -> str:
    return " ".join(name.strip().strip('"').replace("\\n", " ").split())


def is_sequence(source: str) -> bool:
    """A diagram source of a sequence diagram: Mermaid's ``sequenceDiagram``, or PlantUML
    messages between participants and no swimlane or action."""
    lines = source.split("\n")
    if any(_SEQUENCE_HEAD.match(line) for line in lines[:5]):
        return True
    return sum(1 for line in lines if _MESSAGE.match(line)) >= 2 and not any(
        _LANE.match(line) or _ACTION_OPEN.match(line) for line in lines)


def sequence_steps(source: str, first_line: int, *, mermaid: bool) -> list[Block]:
    """A sequence diagram's messages as steps: the sender does each one, the receiver is
    told (consulted when the message asks them), a message to oneself is the sender's
    alone. ``participant MCA as Medicines Counter Assistant`` (Mermaid) and ``participant
    "Medicines Counter Assistant" as MCA`` (PlantUML) name the parties; notes, branches
    (``alt``, ``else``, ``loop``) and numbering are no steps."""
    names: dict[str, str] = {}
    steps: list[Block] = []
    for number, line in enumerate(source.split("\n"), start=first_line):
        declared = _PARTICIPANT.match(line)
        if declared:
            first, second = declared.group("first"), declared.group("second")
            if second is None:
                label = _unquote(first)
            elif second.startswith('"') or (mermaid and not first.startswith('"')):
                label = _unquote(second)
            else:
                label = _unquote(first)
            for spelling in (first, second):
                if spelling:
                    names[_unquote(spelling)] = label
            continue
        message = _MESSAGE.match(line)
        if message is None or not (message.group("head") or message.group("back")):
            continue
        sender, receiver = (_unquote(message.group("a")), _unquote(message.group("b")))
        if message.group("back") and not message.group("head"):
            sender, receiver = receiver, sender
        sender, receiver = names.get(sender, sender), names.get(receiver, receiver)
        msg = _plain(message.group("msg"))
        asks = bool(_ASKS.search(msg))
        for duty in duties(msg):
            step = Step(line.strip(), number, duty, sender, aside=msg, declared=True)
            if receiver != sender:
                (step.consulted if asks else step.told).append(receiver)
            steps.append(step.block())
    return steps


def plantuml_steps(source: str, first_line: int) -> list[Block]:
    """A PlantUML diagram: a sequence diagram's messages (see ``sequence_steps``), or an
    activity diagram's actions, each the step of the swimlane it is drawn in, a note beside
    it read with it (``note right: witnessed by the Vet``); an action outside any lane is a
    sentence of its own ("The clerk files the form")."""
    if is_sequence(source):
        return sequence_steps(source, first_line, mermaid=False)
    blocks: list[Block] = []
    steps: list[Step] = []
    lane = ""
    lanes: dict[str, str] = {}
    action: list[str] | None = None
    action_line = 0
    note: list[str] | None = None
    last: Step | None = None
    # the lane each open "if" was drawn in, and whether the branch read last ended its flow
    branches: list[str] = []
    ended = False
    for number, line in enumerate(source.split("\n"), start=first_line):
        if note is None and action is None:
            if _IF_OPEN.match(line):
                branches.append(lane)
                ended = False
            elif _ELSE.match(line) and branches:
                if ended:
                    # a branch that moved to another lane and stopped there: the next
                    # branch goes on from the lane of its "if"
                    lane = branches[-1]
                ended = False
            elif _END_IF.match(line) and branches:
                branches.pop()
                ended = False
            elif _FLOW_END.match(line):
                ended = True
        if note is not None:
            if _NOTE_END.match(line):
                if last is not None:
                    last.aside += " " + _plain(" ".join(note))
                note = None
            else:
                note.append(line)
            continue
        if action is not None:
            action.append(line)
        else:
            lane_line = _LANE.match(line)
            if lane_line:
                # "|PM| Practice Manager" names the lane once, "|PM|" after it
                name = _unquote(lane_line.group("name"))
                lane = lanes.setdefault(name, _unquote(lane_line.group("label") or name))
                continue
            one = _NOTE_ONE.match(line)
            if one:
                if last is not None:
                    last.aside += " " + _plain(one.group("text"))
                continue
            if _NOTE_OPEN.match(line):
                note = []
                continue
            opened = _ACTION_OPEN.match(line)
            if opened is None:
                continue
            action, action_line = [opened.group("text")], number
        if not _ACTION_END.search(action[-1]):
            continue
        action[-1] = _ACTION_END.sub("", action[-1].rstrip())
        text = _plain(" ".join(action))
        action = None
        if not text:
            continue
        if not lane:
            blocks.append(Block("para", text.rstrip(".") + ".", f"line {action_line}"))
            continue
        for duty in duties(text):
            last = Step(text, action_line, duty, lane, aside=text, declared=True)
            steps.append(last)
    return blocks + [s.block() for s in steps]


def mermaid_sequence(source: str, first_line: int) -> list[Block] | None:
    """A Mermaid block's steps when it is a sequence diagram, else None."""
    if not any(_SEQUENCE_HEAD.match(line) for line in source.split("\n")[:5]):
        return None
    return sequence_steps(source, first_line, mermaid=True)


def plain_sequence(text: str) -> bool:
    """A text that is a Mermaid sequence diagram's source: its first line with words is
    ``sequenceDiagram``."""
    first = next((line for line in text.split("\n")[:20] if line.strip()
                  and not line.strip().startswith("%%")), "")
    return bool(_SEQUENCE_HEAD.match(first))


_START_UML = re.compile(r"^\s*@startuml\b.*$")
_END_UML = re.compile(r"^\s*@enduml\b")


def plantuml_in_text(text: str) -> tuple[str, list[Block]]:
    """A plain text holding PlantUML diagrams (``@startuml`` ... ``@enduml``): the text with
    the diagrams' lines blank, and their steps."""
    lines = text.split("\n")
    if not any(_START_UML.match(line) for line in lines):
        return text, []
    blocks: list[Block] = []
    start: int | None = None
    for k, line in enumerate(lines):
        if start is None and _START_UML.match(line):
            start = k
        elif start is not None and _END_UML.match(line):
            blocks += plantuml_steps("\n".join(lines[start + 1:k]), start + 2)
            for j in range(start, k + 1):
                lines[j] = ""
            start = None
    return "\n".join(lines), blocks


def by_line(blocks: list[Block], more: list[Block]) -> list[Block]:
    """Two lists of blocks as one, in the order of their source lines."""
    def line(block: Block) -> int:
        m = re.match(r"line (\d+)", block.location)
        return int(m.group(1)) if m else 0
    return sorted(blocks + more, key=line)


# --- Gherkin feature files ------------------------------------------------------------

_FEATURE = re.compile(r"^[^\S\n]*Feature:", re.MULTILINE)
_SCENARIO = re.compile(r"^\s*(?:Scenario(?: Outline| Template)?|Example|Background|Rule|"
                       r"Examples|Scenarios):\s*(?P<title>.*)$")
_GHERKIN_STEP = re.compile(r"^\s*(?P<kw>Given|When|Then|And|But|\*)\s+(?P<text>\S.*?)\s*$")
_GHERKIN_NOISE = re.compile(r"^\s*(?:#|@\w)")
# "the Requisitioner is notified", "the Chief Executive's Office is copied on the e-mail"
_TOLD_SUBJECT = re.compile(r"^(?P<who>.+?)\s+(?:is|are|gets?|will be)\s+(?:notified|informed|"
                           r"told|copied|cc'?d|alerted|updated|sent a copy)\b", re.IGNORECASE)
# "the requisition is routed to the Budget Holder"
_ROUTED = re.compile(r"^(?:the|a|an|each|every|their|its)?\s*(?P<what>.+?)\s+(?:is|are|gets?)\s+"
                     r"(?:routed|passed|forwarded|sent|escalated|referred|handed|assigned)"
                     r"(?:\s+(?:on|back|over))?\s+to\s+(?P<who>.+?)"
                     r"(?:\s+(?:for|with|by|within|before|after)\b.*)?$", re.IGNORECASE)
# "the contract is signed by Legal Services"
_BY_AGENT = re.compile(r"^(?:the|a|an|each|every)?\s*(?P<what>[^,]+?)\s+(?:is|are|gets?|"
                       r"has been|have been)\s+(?P<done>[a-z]+(?:ed|en|wn|ne|de|t))"
                       r"(?:\s+(?P<particle>off|out|up|over|in))?\s+by\s+(?P<who>.+?)$")
_ATTEMPT = {"tries", "attempts"}


def _subject(text: str) -> tuple[str, str] | None:
    """(the doer, the rest from its verb) of a step that names a doer in capitals ("the
    Budget Holder approves ...", "Accounts Payable pays ...", "Dev Malhotra has checked
    ..."), or None."""
    words = text.split()
    for k in range(1, min(len(words), 8)):
        word = words[k]
        if word.lower() in ("is", "are", "was", "were", "gets", "get"):
            return None
        if is_third_person_verb(word) and word[:1].islower():
            subject = [w for w in words[:k] if w.lower() not in DETERMINERS]
            if not subject or not all(w[:1].isupper() or w.lower() in ("of", "and", "&", "for")
                                      for w in subject):
                return None
            rest = words[k:]
            if rest[0].lower() in ("has", "have", "does", "do"):
                if len(rest) < 2 or not (rest[1].endswith(("ed", "en", "wn", "ne", "de"))
                                         or rest[1] == "set"):
                    return None  # "a Claimant has a receipt": a state, no step
                lemma = verb_lemma(rest[1].lower())
                rest = ([lemma] if lemma else rest[1:2]) + rest[2:]
            return " ".join(subject), " ".join(rest)
    return None


def feature_steps(text: str, first_line: int = 1, *, fenced: bool = False
                  ) -> tuple[str, list[Block]] | None:
    """A Gherkin feature file's text, its steps, comments, tags and scenario titles blank,
    and its steps (see the module), or None when the text is no feature file. ``fenced``:
    the text is a block marked as Gherkin (```` ```gherkin ````), which needs no
    ``Feature:`` line; ``first_line`` is the source line of its first line."""
    lines = text.split("\n")
    if not (fenced or _FEATURE.search(text)) or \
            not (fenced or any(_SCENARIO.match(line) for line in lines)) or \
            sum(1 for line in lines if _GHERKIN_STEP.match(line)) < (1 if fenced else 3):
        return None
    steps: list[Step] = []
    scenario: list[Step] = []  # the steps of the scenario so far that someone does
    keyword = ""
    persona = feature_persona = ""  # the role "I" stands for: "As a Buyer", "I am a Buyer"
    for k, line in enumerate(lines):
        if _GHERKIN_NOISE.match(line):
            lines[k] = ""
            continue
        if _SCENARIO.match(line):
            lines[k] = ""
            scenario, keyword = [], ""
            if not line.strip().startswith("Background"):
                persona = feature_persona
            continue
        narrative = _AS_A.match(line)
        if narrative and not scenario:
            persona = feature_persona = narrative.group("role")
        m = _GHERKIN_STEP.match(line)
        if m is None:
            continue
        lines[k] = ""
        keyword = keyword if m.group("kw") in ("And", "But", "*") else m.group("kw")
        said = _plain(m.group("text")).rstrip(".")
        number = k + first_line
        playing = _I_AM.match(said)
        if playing:  # "Given I am logged in as a Budget Holder"
            persona = playing.group("role")
            continue
        if persona:  # "When I approve the requisition": the persona's step
            named = persona.title() if persona.islower() else persona
            mine = re.match(r"^I\s+(?P<verb>[a-z]+)\b", said)
            if mine:
                said = f"the {named} {agreeing(mine.group('verb'))}{said[mine.end():]}"
        found = _step_of(said, keyword, scenario, number)
        for step in found:
            steps.append(step)
            if step.doer and keyword != "Given":
                scenario.append(step)
    return "\n".join(lines), [s.block() for s in steps]


# "As a Budget Holder" in a feature's narrative; "I am logged in as a Budget Holder" in a
# step: the role "I" stands for in the steps after it
_AS_A = re.compile(r"^\s*As\s+(?:an?|the)\s+(?P<role>[A-Za-z][\w'’ -]{1,60}?)\s*,?\s*$")
_I_AM = re.compile(r"^I\s+am\s+(?:(?:logged|signed)\s+in\s+as\s+|registered\s+as\s+)?"
                   r"(?:an?|the)\s+(?P<role>[A-Za-z][\w'’ -]{1,60}?)$")


def _step_of(said: str, keyword: str, scenario: list[Step], number: int) -> list[Step]:
    """The steps one Gherkin step makes (see ``feature_steps``)."""
    told = _TOLD_SUBJECT.match(said)
    receives = re.match(r"^(?P<who>.+?)\s+(?:receives|gets)\s+(?:a|an|the)\b", said)
    routed = _ROUTED.match(said)
    if told or receives or routed:
        if keyword == "Given" or not scenario:
            return []
        who = (told or receives or routed).group("who")  # type: ignore[union-attr]
        earlier = list(reversed(scenario))
        if routed:  # the step that made what is routed ("raises a requisition") first
            noun = routed.group("what").split()[-1].lower()
            earlier.sort(key=lambda s: noun not in s.activity.lower().split())
        # each earlier step with its doer, the latest first: the first whose doer is a
        # role is told of ("Ledgerline refuses the approval" is a system's, no one's step)
        return [Step(said, number, s.activity, s.doer, told=[who], choice=f"{number}")
                for s in earlier]
    agent = _BY_AGENT.match(said)
    if agent and keyword != "Given":
        lemma = verb_lemma(agent.group("done"))
        if lemma is None:
            return []
        particle = f" {agent.group('particle')}" if agent.group("particle") else ""
        duty = f"{lemma.capitalize()}{particle} the {agent.group('what')}"
        return [Step(said, number, duty, agent.group("who"), aside=said)]
    subject = _subject(said)
    if subject is None or subject[1].split()[0].lower() in _ATTEMPT:
        return []
    doer, rest = subject
    return [Step(said, number, duty, doer, aside=rest) for duty in duties(rest)]


# --- hand-over lists --------------------------------------------------------------------

# "Weekly payroll run → **Sam** (Payroll Officer), from 1 May", "Rota -> Ana, but the Chair
# signs it off"
_HANDED = re.compile(r"^(?P<what>[^→]{3,200}?)\s*(?:→|->|-->|⟶|=>)\s*(?P<who>[A-Z][\w'’.-]*"
                     r"(?:\s+(?:[A-Z][\w'’.-]*|team|group|office|desk|unit|committee|panel|"
                     r"board|service|services)){0,4})(?:\s*\((?P<role>[^()]{2,60})\))?"
                     r"(?P<rest>.*)$")
_SIGNS_OFF = re.compile(r"\bbut\s+(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
                        r"(?:signs?\s+off|approves?|checks?|authori[sz]es?)\b")


# "From: Kezia Obi, Senior Compliance Officer", "Cc: Dr Helen Pryce, Head of Admissions"
_MEMO_FIELD = re.compile(r"\b(?:From|To|Cc|CC|Bcc|Date|Subject|Re)\b:?\s*")
_NAMED_HOLDER = re.compile(r"^(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[A-Z][\w'’-]+"
                           r"(?:\s+[A-Z][\w'’-]+){1,3}),\s*(?P<role>[A-Z][^,(\n]{2,60}?)"
                           r"[ \t]*(?:\(|,|\n|$)")
_TITLE = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?$")
# a sentence's opening before an instruction: "Every other Monday, ", "Then ", "For
# courses that need it, "
_OPENING = re.compile(r"^(?:(?:then|first|next|finally|also)\s+|(?:(?:every|each|when|once|"
                      r"if|for|after|before|on)\b[^,.]{0,80},\s*))", re.IGNORECASE)
_OBJECT_WORDS = {"the", "a", "an", "each", "every", "their", "its", "it", "them", "your",
                 "any", "all", "both", "this", "that", "these", "those", "our"}


def _spellings(name: str) -> list[str]:
    """The ways a text names a person: "Dr Helen Pryce", "Helen Pryce", "Helen", "Dr
    Pryce"."""
    words = name.split()
    title = words[0] if _TITLE.match(words[0]) else ""
    bare = words[1:] if title else words
    out = [name, " ".join(bare), bare[0]]
    if title and len(bare) > 1:
        out.append(f"{title} {bare[-1]}")
    return out


def _holders(blocks: list[Block], found: dict[int, re.Match[str]]) -> dict[str, str]:
    """Who holds which role in a hand-over note: a name with its role in brackets in the
    list ("**Tomasz** (CAS Officer)"), and the memo's fields ("Cc: Dr Helen Pryce, Head of
    International Admissions"); the name as written, its first name and its title with the
    surname."""
    holders: dict[str, str] = {}
    for m in found.values():
        role = (m.group("role") or "").strip()
        if role and actor_name(role, acronym=True):
            for spelling in _spellings(m.group("who").strip()):
                holders.setdefault(spelling, role)
    top = "\n".join(b.text for b in blocks[:10] if b.kind in ("heading", "para"))
    for part in _MEMO_FIELD.split(top):
        held = _NAMED_HOLDER.match(part.strip())
        if held and actor_name(held.group("role").strip(), acronym=True):
            for spelling in _spellings(held.group("name")):
                holders.setdefault(spelling, held.group("role").strip())
    for name, role in list(holders.items()):  # "Tomasz" in the list, "Tomasz Wrona" above
        for part in _MEMO_FIELD.split(top):
            for full in re.findall(rf"\b{re.escape(name)}\s+[A-Z][\w'’-]+", part):
                holders.setdefault(full, role)
    return holders


def _addressed(text: str, role: str) -> str:
    """A passage written to a role as "you" read as about it: "You'll raise every CAS" ->
    "The CAS Officer will raise every CAS", "Every Monday, pull the export" -> "Every
    Monday, the CAS Officer will pull the export"."""
    text = re.sub(r"\b[Yy]ou['’]ll\b", f"the {role} will", text)
    text = re.sub(r"\b[Yy]ou\s+(?:(?P<adverb>then|also|usually|always)\s+)?(?P<verb>[a-z]+)\b",
                  lambda m: f"the {role} " + (f"{m.group('adverb')} " if m.group("adverb")
                                              else "") + agreeing(m.group("verb")), text)
    text = re.sub(r"\b[Yy]our\b", f"the {role}'s", text)
    sentences = re.split(r"(?<=[.!?])\s+", text)
    for k, sentence in enumerate(sentences):
        opening = _OPENING.match(sentence)
        at = opening.end() if opening else 0
        words = sentence[at:].split(maxsplit=2)
        if len(words) >= 2 and verb_lemma(words[0].lower()) == words[0].lower() and \
                words[1].lower() in _OBJECT_WORDS and words[0].lower() != "please":
            sentences[k] = f"{sentence[:at]}the {role} will {words[0].lower()} " + \
                sentence[at + len(words[0]):].lstrip()
    text = " ".join(sentences)
    return re.sub(r"(^|[.!?]\s+)the ", lambda t: t.group(1) + "The ", text)


# ", with Aisha spot-checking a sample": a second holder's duty beside the first's
_WITH_DOING = re.compile(r"\bwith\s+(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
                         r"(?P<verb>[a-z]+(?:-[a-z]+)?ing)\b(?P<rest>[^,;.]*)")


def _lemma_of(verb: str) -> str | None:
    """The base form of a verb in -ing, hyphenated ones too ("spot-checking" ->
    "spot-check")."""
    head, _dash, last = verb.rpartition("-")
    lemma = verb_lemma(last)
    return f"{head}-{lemma}" if head and lemma else lemma


def _handed_duty(m: re.Match[str]) -> bool:
    """An item handing a duty on ("Bar stock orders → Priya"), not a hand-off between roles
    ("Party leader -> Base: position report"), nor a sentence handed to a role ("The clerk
    fills in the form -> Duty Manager")."""
    what = m.group("what").strip()
    return not m.group("rest").lstrip().startswith(":") and \
        actor_name(what, acronym=True) is None and subject_actor(what) is None


def handover_steps(blocks: list[Block]) -> list[Block]:
    """A list of two or more items each handing a duty to its new holder ("CAS requests →
    **Tomasz** (CAS Officer)") as steps: the holder (the role in brackets after the name
    when there is one, or the role the note's memo fields give the name) does it, one who
    "signs off" after "but" approves it. The rest of such a note reads each holder's name
    as their role, and a section whose heading names a holder ("## CAS (Tomasz)") as
    written to that role: its "you" and its instructions are the role's. Other documents'
    blocks are as they were."""
    found = {k: m for k, b in enumerate(blocks) if b.kind == "item"
             and ("→" in b.text or "->" in b.text or "⟶" in b.text or "=>" in b.text)
             and (m := _HANDED.match(b.text)) is not None and _handed_duty(m)}
    if len(found) < 2:
        return blocks
    holders = _holders(blocks, found)
    out = list(blocks)
    after: dict[int, list[Block]] = {}  # steps that follow a block
    for k, m in found.items():
        role = (m.group("role") or "").strip()
        who = m.group("who").strip()
        doer = role if role and actor_name(role, acronym=True) else holders.get(who, who)
        rest = m.group("rest")
        signs = _SIGNS_OFF.search(rest)
        approver = holders.get(signs.group("who"), signs.group("who")) if signs else ""
        line = int(blocks[k].location.split()[1]) if blocks[k].location.startswith("line ") \
            else 0
        what = m.group("what").strip().rstrip(":,;")
        doing = _WITH_DOING.search(rest)
        step = Step(blocks[k].text, line, what[:1].upper() + what[1:], doer,
                    approver=approver, aside=rest[:doing.start()] if doing else rest)
        out[k] = Block(STEP, blocks[k].text, blocks[k].location, cells=step.block().cells)
        lemma = _lemma_of(doing.group("verb")) if doing else None
        if doing and lemma:
            # ", with Omar checking the list": a second duty, the one named does it
            more = Step(blocks[k].text, line, f"{lemma.capitalize()}{doing.group('rest')}",
                        holders.get(doing.group("who"), doing.group("who")))
            after.setdefault(k, []).append(more.block())
    if holders:
        _as_holders(out, holders)
    return [b for k, block in enumerate(out) for b in (block, *after.get(k, ()))]


def _as_holders(out: list[Block], holders: dict[str, str]) -> None:
    """A hand-over note's other blocks with each holder's name as their role, and the
    sections headed by a holder's name as written to them (see ``handover_steps``)."""
    names = sorted(holders, key=len, reverse=True)
    mention = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    to: str | None = None
    to_level = 0
    for k, block in enumerate(out):
        if block.kind == STEP or k < 10 and _MEMO_FIELD.search(block.text):
            continue
        if block.kind == "heading":
            named = re.search(r"\(([^()]+)\)\s*$", block.text)
            if named and named.group(1).strip() in holders:
                to, to_level = holders[named.group(1).strip()], block.level
                out[k] = replace(block, text=block.text[:named.start(1)] + to + ")")
                continue
            if to is not None and block.level <= to_level:
                to = None
        text = _addressed(block.text, to) if to and block.kind in ("para", "item") \
            else block.text
        text = mention.sub(lambda n: f"the {holders[n.group(0)]}", text)
        text = re.sub(r"(^|[.!?]\s+)the ", lambda t: t.group(1) + "The ", text)
        if text != block.text:
            out[k] = replace(block, text=text, breaks=())
