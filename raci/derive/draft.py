"""Build a draft template from documents: merge claims into activities and choose letters.

Rules (documented in docs/derive.md and tested):

1. Every role whose text names an activity does it: R; a role only said to be
   accountable for it ("is accountable for", "approves", "signs off", "final
   say") gets A without R, unless no other role does it.
2. Roles named after a consult cue get C, after an inform cue get I (unless they also do it).
3. Exactly one owner (A) per activity: the doing role with owner cues; or the
   only role that lists the activity; otherwise the first role that lists it,
   and the activity is marked for review.
4. The same responsibility found for several roles is one activity; names are
   compared after normalising case, punctuation and plurals, and near-equal
   names (a fuzzy score of 90 or more) are merged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from raci.checks import RULES, Severity, check_errors, normalise_name
from raci.derive import lazy_re as re
from raci.derive.actors import MONTHS, WEEKDAYS, verb_lemma, word_classes
from raci.derive.documents import Document, read_document, split_pipe
from raci.derive.extract import (
    MINUTES_RECORD,
    NO_ROLE,
    Claim,
    consulted_after_doer,
    directed_by,
    extract,
)
from raci.derive.naming import MAKING_VERBS, OWNERSHIP_VERBS
from raci.derive.roles import RoleCatalog, cell_letters, discover_roles, letter_row
from raci.errors import RaciError
from raci.schemes import SCHEMES
from raci.similar import first_near
from raci.state import ActivityInfo, PhaseInfo, ProjectState, RoleInfo
from raci.templates import (
    Evidence,
    Provenance,
    Template,
    TemplateActivity,
    TemplateRole,
    apply_template,
    slugify,
)
from raci.text import CODE_LIMIT, DESCRIPTION_LIMIT, clean_text
from raci.wording import counted

MERGE_SCORE = 90.0
# words between a verb of charge and the one thing it is over ("run the stocktake")
CHARGE_DETERMINERS = frozenset({"the", "a", "an", "their", "its", "his", "her", "each",
                                "every"})
PHASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Strategy and vision", ("vision", "strategy", "strategic", "business", "goal", "market fit",
                             "product-market", "financial", "pricing", "positioning")),
    ("Discovery and research", ("research", "feedback", "customer", "competitor", "insight",
                                "discovery", "trend", "evaluat", "api", "third-party")),
    ("Planning and roadmap", ("roadmap", "plan", "priorit", "backlog", "requirement", "stor",
                              "scope", "timeline", "estimate", "sprint", "specification")),
    ("Technical execution", ("technical", "architecture", "engineering", "code", "develop",
                             "build", "integration", "debt", "infrastructure", "dependenc",
                             "execution", "delivery", "documentation", "communication",
                             "coordination", "collaborat")),
    ("Quality and risk", ("risk", "quality", "test", "security", "compliance", "reliab",
                          "scalab", "contingency", "acceptance", "impediment")),
    ("Launch and go-to-market", ("launch", "release", "go-to-market", "marketing", "sales",
                                 "training", "evangel", "stakeholder")),
    ("Operate and improve", ("performance", "metric", "kpi", "optimi", "improvement",
                             "retrospective", "telemetry", "monitor", "beta", "experiment")),
)
OTHER_PHASE = "Other responsibilities"
TITLE_LIMIT = 80  # characters of a heading that can be a document's title


@dataclass
class DraftRow:
    """One derived activity with its letters, evidence and open questions."""

    name: str
    phase: str
    letters: dict[str, set[str]] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    review: list[str] = field(default_factory=list)


@dataclass
class Draft:
    """A derived template before it is saved."""

    roles: list[TemplateRole]
    rows: list[DraftRow]
    documents: list[str]
    role_keys: dict[str, str]
    skipped: dict[str, str] = field(default_factory=dict)
    contributed: dict[str, int] = field(default_factory=dict)  # document -> cells it gave
    titles: dict[str, str] = field(default_factory=dict)  # document -> its title, if any

    @property
    def scheme(self) -> str:
        """RASCI when a document's own table gave Support letters (S), else RACI."""
        return "RASCI" if any("S" in v for r in self.rows for v in r.letters.values()) \
            else "RACI"

    def to_template(self, template_id: str, name: str, description: str = "") -> Template:
        """The template to save, with provenance and review notes on every activity."""
        # the documents' own phases first, in the order they come, then the standard ones
        used_phases = list(dict.fromkeys(r.phase for r in self.rows
                                         if r.phase and not is_keyword_phase(r.phase)))
        used_phases += [p for p, _ in PHASES if any(r.phase == p for r in self.rows)]
        if any(r.phase == OTHER_PHASE for r in self.rows):
            used_phases.append(OTHER_PHASE)
        acts = []
        # (an activity under no phase goes last, as a project lists it)
        for row in sorted(self.rows, key=lambda r: used_phases.index(r.phase) if r.phase
                          else len(used_phases)):
            if not row.claims:  # added by hand during review
                acts.append(TemplateActivity(
                    row.name, row.phase, "",
                    {code: _letters_text(v) for code, v in row.letters.items() if v},
                    Provenance("", "", "Added during review", (), tuple(row.review))))
                continue
            first = row.claims[0]
            # each role's letters written once per row, not once per passage quoting it
            texts = {code: _letters_text(letters) for code, letters in row.letters.items()}
            evidence = tuple(
                Evidence(self.role_keys.get(c.role, ""),
                         texts.get(self.role_keys.get(c.role, ""), ""),
                         c.document, c.location, c.text)
                for c in row.claims
            )
            acts.append(TemplateActivity(
                row.name, row.phase, "",
                {code: texts[code] for code, letters in row.letters.items() if letters},
                Provenance(first.document, first.section,
                           f"Derived from {counted(len(row.claims), 'passage')} naming "
                           f"{', '.join(sorted(row.letters))}", evidence, tuple(row.review)),
            ))
        return Template(template_id, name, description, self.scheme, tuple(self.roles),
                        tuple(used_phases), tuple(acts), tuple(self.documents))


def _letters_text(letters: set[str]) -> str:
    return "/".join(x for x in "ARSCI" if x in letters)


def _key(name: str) -> str:
    words = normalise_name(name).split()
    if len(words) > 1 and verb_lemma(words[0]) in MAKING_VERBS:
        words = words[1:]  # "Prepare the layouts" is the row of "the layouts"
    elif len(words) >= 3 and words[1] in CHARGE_DETERMINERS and \
            verb_lemma(words[0]) in OWNERSHIP_VERBS:
        words = words[2:]  # "Run the stocktake" is the row of "Stocktake" another oversees
    elif len(words) > 3 and verb_lemma(words[0]) == "carry" and words[1] == "out" and \
            words[2] in ("a", "an", "the"):
        words = words[3:]  # "Carry out a walkaround check" is the row of "Walkaround check"
    while len(words) > 1 and words[0] in ("every", "each", "all", "the", "any"):
        words = words[1:]  # "Every release decision" is "Release decisions"
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                    for w in words)


def _made_and_making(a: str, b: str) -> bool:
    """"suggested edits" (what was made) and "suggest edits" (making them) are two
    duties, however alike they read."""
    first_a, first_b = a.split()[:1], b.split()[:1]
    if not first_a or not first_b or first_a == first_b:
        return False
    made, making = (first_a[0], first_b[0]) if first_a[0].endswith("ed") else \
        (first_b[0], first_a[0])
    return made.endswith("ed") and verb_lemma(made) == making


def _figures(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\d[\d,.]*", name))


def _other_figures(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Two names that both hold figures and not the same ones ("Award a grant up to £2,000",
    "Award a grant over £25,000") are two activities, however alike they read."""
    return bool(first) and bool(second) and first != second


# each phase's keywords as one search: whether any of them is in a name
_PHASE_WORDS = tuple((phase, re.compile("|".join(map(re.escape, words))))
                     for phase, words in PHASES)


def is_keyword_phase(phase: str) -> bool:
    """Whether a phase is one ``phase_for`` gives (from an activity's words), not one a
    document names."""
    return phase == OTHER_PHASE or any(phase == p for p, _ in PHASES)


def phase_for(name: str) -> str:
    """The standard phase an activity name belongs to, by keyword."""
    lowered = name.lower()
    for phase, words in _PHASE_WORDS:
        if words.search(lowered):
            return phase
    return OTHER_PHASE


def merge_claims(claims: Sequence[Claim], codes: dict[str, str]) -> list[DraftRow]:
    """Group claims into activities and choose letters (see the module rules)."""
    rows: list[DraftRow] = []
    keys: list[str] = []
    known: dict[str, int] = {}  # a key -> the row it joined (rows are only added at the end,
    # so the first row a key joins stays its first)
    key_of = {name: _key(name) for name in dict.fromkeys(c.activity for c in claims)}
    claim_keys = [key_of[claim.activity] for claim in claims]
    distinct = list(dict.fromkeys(claim_keys))  # keys in the order rows are made
    position = {key: i for i, key in enumerate(distinct)}
    figures = [_figures(key) for key in distinct]  # ("up to £2,000" and "over £25,000")
    # each key's earlier keys that may merge; keys holding other figures never do, so
    # they are not paired at all (10,000 rows "Check batch 1" ... are not 50 million pairs)
    numbered = {f: n for n, f in enumerate(dict.fromkeys(f for f in figures if f), start=1)}

    def joins(k: int, i: int) -> bool:  # whether key i joins the row key k made
        return not _other_figures(figures[k], figures[i]) and \
            fuzz.token_sort_ratio(distinct[k], distinct[i]) >= MERGE_SCORE and \
            not _made_and_making(distinct[k], distinct[i])

    # each key's first earlier row it joins (None: it makes a row), found without
    # pairing every key with every row (similar.first_near)
    first = first_near(distinct, MERGE_SCORE, joins,
                       groups=[numbered.get(f, 0) for f in figures])
    row_of: dict[int, int] = {}  # position of a key that made a row -> its row
    for claim, key in zip(claims, claim_keys, strict=True):
        index = known.get(key)
        if index is None:
            joined = first[position[key]]
            index = None if joined is None else row_of[joined]
        if index is None:
            keys.append(key)
            rows.append(DraftRow(claim.activity, claim.phase or phase_for(claim.activity)))
            index = len(rows) - 1
            row_of[position[key]] = index
        known[key] = index
        rows[index].claims.append(claim)
    rows = _fold_restatements(rows)
    for row in rows:
        row.name = _bare_thing_named(row)
        _choose_letters(row, codes)
    return rows


def _bare_thing_named(row: DraftRow) -> str:
    """A row named by a verb of charge written as an order and its thing ("Run the on-call
    rotation") that another claim names by the thing alone ("is accountable for the on-call
    rotation") is named by the thing: the thing is what both are over. (A verb a role's
    own sentence gives, "runs the stock count", keeps the name.)"""
    words = row.name.split()
    if len(words) < 3 or words[1].lower() not in CHARGE_DETERMINERS or \
            verb_lemma(words[0].lower()) not in OWNERSHIP_VERBS or not any(
                c.activity == row.name and
                re.search(rf"\b{re.escape(words[0])}\b", c.text, re.IGNORECASE)
                for c in row.claims):
        return row.name
    thing = " ".join(words[2:]).lower()
    return next((c.activity for c in row.claims if c.activity.lower() == thing), row.name)


def _fold_restatements(rows: list[DraftRow]) -> list[DraftRow]:
    """A one-word row that only restates a fuller one of the same single owner ("is
    accountable for success" beside "is accountable for the success of the launch") is
    that row: both name one role and both hold an owner cue."""
    def owner(row: DraftRow) -> str | None:
        roles = {c.role for c in row.claims}
        return next(iter(roles)) if len(roles) == 1 and all(
            c.owner_cue or c.kind == "A" for c in row.claims) else None

    # the rows each test can pick, by the word it compares, in order (a row's name does
    # not change here, its claims may)
    by_last: dict[str, list[DraftRow]] = {}
    by_first: dict[str, list[DraftRow]] = {}
    for r in rows:
        if len(r.name.split()) > 1:
            by_last.setdefault(r.name.split()[-1].lower(), []).append(r)
        by_first.setdefault((r.name.lower().split() or [""])[0], []).append(r)
    kept: list[DraftRow] = []
    for row in rows:
        words = row.name.split()
        fuller = next((r for r in by_last.get(words[0].lower(), []) if r is not row
                       and owner(row) is not None and owner(r) == owner(row)),
                      None) if len(words) == 1 else None
        fuller = fuller or next((r for r in by_first.get(_hand_off_verb(row), [])
                                 if r is not row and _same_hand_off(row, r)), None)
        if fuller is None:
            kept.append(row)
        else:
            fuller.claims += row.claims
    return kept


def _hand_off_verb(received: DraftRow) -> str:
    """The verb a row sending what ``received`` received starts with ("escalate" for
    "Escalated issues"), or "" when it names no hand-off."""
    words = received.name.lower().split()
    if len(words) != 2 or not words[0].endswith("ed"):
        return ""
    return verb_lemma(words[0]) or ""


def _same_hand_off(received: DraftRow, sent: DraftRow) -> bool:
    """"Receives escalated issues from Tier 1" told from the receiving side is the hand-off
    "Escalate the issue to Tier 2" of the same two roles."""
    words = received.name.lower().split()
    if len(words) != 2 or not words[0].endswith("ed"):
        return False
    lemma = verb_lemma(words[0])
    sent_words = sent.name.lower().split()
    pairs = {(c.role, c.kind) for c in received.claims}
    return bool(lemma) and sent_words[:1] == [lemma] and (
        any(w.rstrip("s") == words[1].rstrip("s") for w in sent_words[1:])
        or sent_words[1:2] == ["to"]) and pairs <= {(c.role, c.kind) for c in sent.claims}


def _reviewing(name: str, article: str = "") -> str:
    """The duty of the one role said to review something nobody is said to make:
    "Suggested edits" -> "Review suggested edits", or with the article the text gives it
    ("the", "every": "Review the suggested edits")."""
    if name.lower().startswith("review"):
        return name
    first = name.split()[0] if name.split() else ""
    keep_case = len(first) > 1 and not first[1:].islower()  # "API contracts"
    return "Review " + (f"{article} " if article else "") + \
        (name if keep_case else name[:1].lower() + name[1:])


def _approving(row: DraftRow) -> str:
    """The name of a row whose one role is only said to approve or sign off its thing:
    "Final report" -> "Approve the final report"; the name as it is otherwise."""
    words = row.name.split()
    # (a one-word thing may be a verb's form too: "Format", "Budget" are approved)
    if not words or len(words) > 1 and verb_lemma(words[0].lower()) == words[0].lower():
        return row.name
    thing = row.name if len(words[0]) > 1 and not words[0][1:].islower() else \
        row.name[:1].lower() + row.name[1:]
    for verb, said in (("Approve", r"approv\w*"), ("Sign off", r"signs?\s+off(?:\s+on)?")):
        found = [re.search(rf"\b{said}\s+(?:[\w-]+\s+){{0,6}}?(?P<article>(?:the|all|any|"
                           rf"each|every|its|their)\s+)?{re.escape(words[0])}", c.text,
                           re.IGNORECASE) for c in row.claims]
        if all(found) and found[0] is not None:
            return f"{verb} {(found[0].group('article') or '').lower()}{thing}"
    return row.name


OVERSIGHT = re.compile(r"\b(?:oversee\w*|oversight|supervis\w*|accountable|final say)\b",
                       re.IGNORECASE)


def _choose_letters(row: DraftRow, codes: dict[str, str]) -> None:
    doers: list[str] = []
    owner_votes: dict[str, int] = {}
    extra: dict[str, str] = {}
    accountable: list[str] = []
    for c in row.claims:
        if c.role == NO_ROLE:
            continue
        if c.kind == "R":
            if c.role not in doers:
                doers.append(c.role)
            if c.owner_cue:
                # overseeing or being accountable outranks leading or running the work
                weight = 2 if OVERSIGHT.search(c.text) else 1
                owner_votes[c.role] = max(owner_votes.get(c.role, 0), weight)
        elif c.kind == "A":
            if c.role not in accountable:
                accountable.append(c.role)
        else:
            extra.setdefault(c.role, c.kind)
    reviewers = [r for r, kind in extra.items() if kind == "V"]
    for role in reviewers:
        extra[role] = "C"
    if reviewers and not doers and not accountable and \
            all(c.role != NO_ROLE for c in row.claims):
        # "the lead reviews the suggested edits" (or "both the PM and the Designer review
        # mockups") and nobody else is said to make them: reviewing is the step they take
        for reviewer in reviewers:
            doers.append(reviewer)
            del extra[reviewer]
        first = re.escape(row.name.split()[0]) if row.name.split() else "$^"
        # (also "reviews a sample of claims": how many are reviewed)
        said_so = [re.search(rf"\breview(?:s|ing)?\s+(?P<article>(?:the|all|any|each|every|"
                             rf"a|an)\s+)?(?P<part>(?:random\s+|small\s+)?(?:sample|"
                             rf"selection|subset)\s+of\s+)?{first}", c.text, re.IGNORECASE)
                   for c in row.claims]
        if all(said_so):
            # ("reviews the overnight report": the article the text gives the thing stays)
            found = said_so[0]
            article = found.group("article") if found and not found.group("part") else None
            row.name = _reviewing(row.name, (article or "").strip().lower())
        said = ", ".join(codes[r] for r in reviewers)
        row.review.append(f"{said} {'is' if len(reviewers) == 1 else 'are'} only said to "
                          f"review this and no other role does it; proposed {said} as the "
                          f"doer{'s' if len(reviewers) > 1 else ''}")
    if len(accountable) == 1 and not doers:
        doers, accountable = accountable[:1], accountable[1:]
        owner_votes[doers[0]] = 1
        # "approves the final report" and nobody is said to write it: approving is the duty
        row.name = _approving(row)
    letters: dict[str, set[str]] = {codes[r]: {"R"} for r in doers}
    for role, kind in extra.items():
        if role not in doers and role not in accountable:
            letters[codes[role]] = {kind}
    if accountable:
        owner = accountable[0]
        for code_letters in letters.values():
            code_letters.discard("A")
        letters.setdefault(codes[owner], set()).add("A")
        if len(accountable) > 1:
            for other in accountable[1:]:
                letters.setdefault(codes[other], set()).add("R")
            row.review.append(
                f"{' and '.join(codes[r] for r in accountable)} are all called accountable; "
                f"proposed {codes[owner]} as the one A and shown the others as R")
    elif not doers:
        orphan = next((c for c in row.claims if c.role == NO_ROLE), None)
        if orphan is not None and not extra:
            row.review.append(f"found under '{orphan.section}', which names no role; "
                              "choose who does it (or reject the row)")
        else:
            row.review.append("no role is described as doing this; choose who is responsible")
    elif owner_votes:
        best = max(owner_votes.values())
        top = [r for r in doers if owner_votes.get(r) == best]
        letters[codes[top[0]]].add("A")
        if len(top) > 1:
            row.review.append(
                f"{' and '.join(codes[r] for r in top)} are both described as owning this; "
                f"proposed {codes[top[0]]} as the one A")
    elif len(doers) > 1 and _table_gives_no_owner(row):
        # "Site set-up | R | R | C | I": the document's own table names no owner for the
        # row; its letters stay as written and the choice is the reviewer's
        row.review.append("the document's table gives no owner (A) on this row; choose one")
    elif len(doers) == 1:
        letters[codes[doers[0]]].add("A")
    else:
        letters[codes[doers[0]]].add("A")
        row.review.append(
            f"the text gives no owner among {', '.join(codes[r] for r in doers)}; "
            f"proposed {codes[doers[0]]} as A")
    row.letters = letters
    if _only_allowed(row):
        row.review.append("the text only allows this ('may', 'can'), it does not ask for "
                          "it; keep it if it is a duty")


_ALLOWED = re.compile(r"\b(?:may|can)\s+(?:also\s+|still\s+|then\s+|only\s+|at\s+once\s+)?"
                      r"(?P<verb>[a-z]+)\b", re.IGNORECASE)


def _only_allowed(row: DraftRow) -> bool:
    """Whether every passage of the row only allows its act ("the panel may ask questions",
    "Residents can sponsor a tree"): a permission, which the labels of the held-out sets
    hold as a duty about as often as not, so it is left to the reviewer."""
    words = row.name.lower().split()
    lemma = verb_lemma(words[0]) if words else None
    if not lemma or not row.claims:
        return False
    return all(any(verb_lemma(m.group("verb").lower()) == lemma
                   for m in _ALLOWED.finditer(c.text)) for c in row.claims)


def _table_gives_no_owner(row: DraftRow) -> bool:
    """Whether every passage of the row is a row of a letter table in the document that
    gives nobody A ("Site set-up | R | R | C | I")."""
    for c in row.claims:
        cells = split_pipe(c.text)
        if len(cells) < 3 or not letter_row(cells) or \
                any("A" in (cell_letters(x) or ()) for x in cells[1:]):
            return False
    return bool(row.claims)


def derive(paths: Iterable[Path], role_choices: dict[str, str] | None = None,
           drop: Iterable[str] = ()) -> Draft:
    """Read documents and derive a draft; bad input gives a clear RaciError."""
    return derive_read([read_document(Path(p)) for p in paths], role_choices, drop)


def read_each(paths: Sequence[Path], checkpoint: Callable[[], None] | None = None
              ) -> tuple[list[Document], dict[str, str]]:
    """Read every document that can be read, and say why each other one cannot (empty,
    damaged, not a document): {its file name, or its whole path where two share one:
    the reason}. Only when none can be read is that an error, naming each. checkpoint,
    when given, is called before each document is read (as in :func:`derive_read`)."""
    readable: list[Document] = []
    unreadable: dict[str, str] = {}
    names = [path.name for path in paths]
    for path in paths:
        if checkpoint is not None:
            checkpoint()
        shown = path.name if names.count(path.name) == 1 else str(path)
        try:
            readable.append(read_document(path))
        except RaciError as exc:
            unreadable[shown] = _without_name(str(exc), path)
        except OSError as exc:
            unreadable[shown] = f"cannot be read: {exc.strerror or exc}"
    if paths and not readable:
        if len(paths) == 1:
            raise RaciError(f"{paths[0].name}: {unreadable[paths[0].name]}")
        raise RaciError(_none_read(unreadable))
    return readable, unreadable


def _none_read(unreadable: dict[str, str]) -> str:
    """One message naming every document that could not be read with its reason; advice
    that several reasons end with ("; use .txt, .md, ...") is given once, at the end."""
    advice = [r.split("; ", 1)[1] for r in unreadable.values() if "; " in r]
    shared = next((a for a in dict.fromkeys(advice) if advice.count(a) > 1), None)
    reasons = {name: reason.removesuffix(f"; {shared}") if shared else reason
               for name, reason in unreadable.items()}
    return ("none of the documents could be read: "
            + "; ".join(f"{name} ({reason})" for name, reason in reasons.items())
            + (f"; {shared}" if shared else ""))


def _without_name(message: str, path: Path) -> str:
    """A reader's error without the file name it starts with (the name is shown beside it)."""
    for prefix in (f"{path}: ", f"{path.name}: "):
        if message.startswith(prefix):
            return message[len(prefix):]
    return message


def derive_read(documents: list[Document], role_choices: dict[str, str] | None = None,
                drop: Iterable[str] = (),
                checkpoint: Callable[[], None] | None = None) -> Draft:
    """:func:`derive` for documents already read (each read once, by its caller).

    checkpoint, when given, is called before each stage (finding the roles, each
    document's reading, merging) and within a long document's reading (see
    :func:`~raci.derive.extract.extract`), so a caller can stop a long draft there by
    raising from it; the exception passes through unchanged.
    """
    if not documents:
        raise RaciError("give at least one document")
    if checkpoint is not None:
        checkpoint()
    catalog = discover_roles(documents, checkpoint)
    if role_choices or drop:
        catalog.apply_choices(role_choices or {}, drop)
    if not catalog.roles:
        names = ", ".join(d.name for d in documents)
        raise RaciError(
            f"{names}: no roles found; the documents should name roles such as "
            "'Product Manager' or 'Scrum Master', or define them like 'Technical Lead (TL)'"
        )
    return draft_from(documents, catalog, checkpoint)


def _why_empty(doc: Document, catalog: RoleCatalog) -> str:
    """Why a document gave no responsibility, in a few words."""
    named = catalog.keys_in(doc.text()[:200_000], doc.name)
    if not named:
        return "no roles found in it"
    return (f"it names {', '.join(catalog.roles[k].name for k in named[:4])} but no "
            "responsibilities were found (lists under role headings, tables or sentences "
            "like '<role> is responsible for ...')")


# Headings that say what kind of text follows, not a stage of the work ("Key
# responsibilities", "Procedure", "What you'll do"): every word of such a heading is one of
# these or a small word.
_KIND_HEADING_WORDS = frozenset({
    "responsibilities", "responsibility", "duties", "duty", "tasks", "task", "roles", "role",
    "actions", "action", "steps", "step", "procedure", "procedures", "process", "processes",
    "overview", "summary", "purpose", "scope", "introduction", "background", "notes", "note",
    "details", "general", "key", "main", "core", "other", "additional", "further",
    "accountabilities", "expectations", "requirements", "who", "what", "how", "does", "do", "you",
    "we", "will", "our", "your", "the", "a", "an", "and", "of", "for", "in", "to", "is", "are",
    "raci", "matrix", "table", "list", "checklist", "contents", "contacts", "appendix",
    "definitions", "glossary", "about", "ll", "whom", "involved", "responsible", "with", "work",
    "works", "contributions", "personnel", "people", "staff", "team", "teams", "contact",
    "answers", "reports", "hand", "offs", "by", "on", "at", "be", "can", "help", "must", "s",
    # (a job description's: "Job purpose", "Essential duties", "Other duties as required")
    "job", "post", "position", "description", "profile", "person", "specification",
    "essential", "principal", "primary", "secondary", "specific", "include", "includes",
    "including", "required", "as", "typical", "ongoing", "miscellaneous", "areas", "result"})
# where a claim was found that is no heading: a table's row or column, a numbered step
_NO_HEADING = re.compile(r"(?:table row|table column|step) '")
# a heading that is a sentence, a question, or a labelled line ("RE: ...", "Subject: ...")
_NOT_A_STAGE = re.compile(r"[.?!]\s*$|\.\s+\S|^\w+:\s")
# a heading opening with a day of a month: "3 March 2026", "14th June"
_DAY_OF_MONTH = re.compile(
    r"\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b",
    re.IGNORECASE)
# a heading that is a person's name: "Jo Bell", "Ms Ann Lee" (whose duties follow, no stage)
_PERSON_HEADING = re.compile(r"(?P<courtesy>(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?"
                             r"(?P<first>[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+){1,2}")
PHASE_HEADING_WORDS = 8  # words of a heading that can name a stage of the work


def _phase_heading(section: str, title: str | None, catalog: RoleCatalog,
                   document: str) -> str:
    """The stage of the work a section heading names ("2. Before the session": "Before
    the session"), or "" for a heading that is the document's title, names a role, only
    says what kind of text follows, or is too long to be a stage's name."""
    if _NO_HEADING.match(section):
        return ""
    # ("4.2 Payment": the clause's number is no part of the stage; "3 March 2026" is a
    # day, its number kept)
    heading = section.strip() if _DAY_OF_MONTH.match(section) else \
        re.sub(r"^(?:\d+[.)]?)+\s+", "", section.strip())
    heading = heading.strip(" :")
    if _NOT_A_STAGE.search(heading):
        return ""
    words = re.findall(r"[^\W\d_]+", heading.casefold())
    if not words or _person_heading(heading):
        return ""
    if len(heading.split()) > PHASE_HEADING_WORDS or \
            section.strip() == (title or "").strip() or \
            all(w in _KIND_HEADING_WORDS for w in words) or catalog.find(heading, document):
        return ""
    return heading


def _person_heading(heading: str) -> bool:
    """Whether a heading is a person's name: a courtesy title, or a first word that is no
    word of the language, a month or a day ("Jo Bell", "Sam Patel"; not "Match Day")."""
    m = _PERSON_HEADING.fullmatch(heading)
    if m is None:
        return False
    first = m.group("first").lower()
    return m.group("courtesy") is not None or (
        not word_classes(first) and first not in MONTHS and first not in WEEKDAYS)


def headings_as_phases(claims: list[Claim], document: Document,
                       catalog: RoleCatalog) -> list[Claim]:
    """A document's claims, those of a document grouping its duties under two or more
    headings that name no role ("## Before the session", "## On the day"), each over two
    duties or more, given that heading as their phase (when no table column gave them
    one); as they were otherwise."""
    title = document_title(document)
    duties: dict[str, set[str]] = {}  # each section's activities (a stage holds several)
    for claim in claims:
        if not claim.phase and claim.section:
            duties.setdefault(claim.section, set()).add(claim.activity.casefold())
    named = {section: _phase_heading(section, title, catalog, document.name)
             if len(activities) >= 2 else "" for section, activities in duties.items()}
    if len({p.casefold() for p in named.values() if p}) < 2:
        return claims
    return [replace(c, phase=named[c.section]) if not c.phase and named.get(c.section)
            else c for c in claims]


def draft_from(documents: list[Document], catalog: RoleCatalog,
               checkpoint: Callable[[], None] | None = None) -> Draft:
    """The draft for already-read documents and roles.

    Every document reports what it contributed: one that gave nothing is left out of
    the draft's sources and named in ``Draft.skipped`` with the reason; only when no
    document gave anything is that an error. checkpoint, when given, is called before
    each document is read for duties, every so many blocks within it, and before the
    merge (see :func:`derive_read`).
    """
    claims: list[Claim] = []
    skipped: dict[str, str] = {}
    for doc in documents:
        if checkpoint is not None:
            checkpoint()
        # an activity that is only a role's name is a party misread as work ("Poll Clerks
        # help the PO": "PO"); one that is only a code or a version is a key's cell or the
        # page's furniture ("TECH", "WP2", "Version 5.2"), unless reviewed or approved
        # ("reviews every PR": the row "Review every PR")
        found = directed_by(consulted_after_doer(
            [c for c in extract(doc, catalog, checkpoint)
             if catalog.spelled(c.activity) is None and not _minutes_record(c.text)
             and not (only_code(c.activity) and c.kind not in ("V", "A"))],
            catalog, doc.name), catalog, doc.name)
        if not found:
            skipped[doc.name] = _why_empty(doc, catalog)
        claims += headings_as_phases(found, doc, catalog)
    if checkpoint is not None:
        checkpoint()
    codes = {key: role.code for key, role in catalog.roles.items()}
    rows = merge_claims(claims, codes)
    if not rows:
        names = ", ".join(d.name for d in documents)
        raise RaciError(
            f"{names}: found roles ({', '.join(codes.values())}) but no responsibilities; "
            "the documents need lists under role headings, comparison tables or sentences "
            "like '<role> is responsible for ...'"
        )
    used = {code for row in rows for code in row.letters}
    # Roles without letters stay when the documents clearly name them (a definition, a
    # section heading, a table column, two or more capitalised mentions, a team), so a
    # reviewer can give them letters or drop them; a single passing mention is left out.
    # (no description: the documents' passages are the rows' evidence, and a count of
    # mentions would reach the project as if it described the role)
    # A heading whose section gave its duties to other roles named there ("4. Maintenance"
    # over "ACTION: Sam to book the boiler service") was a topic, no role.
    # (asked only when a role found as a heading alone has no letters: rare)
    topics = {normalise_name(re.sub(r"^[\d.)\s]+", "", section))
              for section in {c.section for c in claims if c.kind in ("R", "A")}} \
        if any(role.code not in used and role.heads_section for role in catalog.roles.values()) \
        else set()
    roles = [TemplateRole(role.code, role.name)
             for role in catalog.roles.values()
             if role.code in used or role.defined or role.in_table or role.mentions >= 2
             or role.heads_section and normalise_name(role.name) not in topics
             or role.name.endswith(" Team")]
    sources = [d.name for d in documents if d.name not in skipped]
    contributed = {d.name: sum(1 for c in claims if c.document == d.name) for d in documents}
    titles = {d.name: title for d in documents if (title := document_title(d))}
    return Draft(roles, rows, sources, codes, skipped, contributed, titles)


def document_title(document: Document) -> str | None:
    """The title a document gives itself: the heading it opens with, of a length a title
    has, or None (a page that opens with a paragraph or a table has none). A marking of
    how the page is handled or how far along it is, above its title ("CONFIDENTIAL",
    "Draft v0.3", "Internal use only"), is passed over."""
    blocks = document.blocks[:MARKINGS + 1]
    while blocks and _marking(blocks[0].text):
        blocks = blocks[1:]
    first = blocks[0] if blocks else None
    if first is None or first.kind != "heading":
        return None
    text = " ".join(first.text.split()).strip(" #:")
    return text if 3 <= len(text) <= TITLE_LIMIT else None


MARKINGS = 3  # lines of markings passed over above a title, at most
# The words of a page's handling or state alone on its line: "CONFIDENTIAL",
# "OFFICIAL-SENSITIVE", "Draft v0.3", "Internal use only", "Not for circulation"
_MARKING_WORDS = frozenset({
    "confidential", "strictly", "private", "and", "commercial", "in", "confidence", "draft",
    "final", "internal", "use", "only", "for", "restricted", "official", "sensitive",
    "protected", "uncontrolled", "when", "printed", "not", "circulation", "distribution",
    "publication", "version", "ver", "v", "rev", "revision", "issue"})
# (what marks the page, whatever else the line holds besides)
_MARKING_CORE = frozenset({"confidential", "draft", "final", "internal", "restricted",
                           "official", "sensitive", "protected", "uncontrolled"})
_VERSION = re.compile(r"(?:v|ver|rev)?\d[\d.]*[a-z]?")


def _marking(text: str) -> bool:
    """Whether a line only marks how the page is handled or how far along it is."""
    words = [w for w in re.split(r"[\s\-–—:|,/()#*_.]+", text.lower()) if w]
    return any(w in _MARKING_CORE for w in words) and \
        all(w in _MARKING_WORDS or _VERSION.fullmatch(w) for w in words)


_CODE = re.compile(r"(?=[A-Z0-9&/-]*[A-Z])[A-Z0-9&/-]{2,8}")
_CODE_SPLIT = re.compile(r"[\s:|,()#*_]+")
# what a name that is one code can hold: a code's characters and the marks between words
_CODE_CHARS = re.compile(r"[\s:|,()#*_A-Z0-9&/-]+")


@lru_cache(maxsize=4096)  # (asked for every claim; a table's row names many)
def only_code(name: str) -> bool:
    """Whether an activity's name is only a code ("TECH", "WP2", "6Y43": one word of
    capitals and figures) or only a version ("Version 5.2", "Rev 3"): a key's cell or the
    page's furniture, never a duty."""
    name = name.strip()
    start = _CODE_SPLIT.match(name)
    first = name[start.end() if start else 0:][:1]
    if first not in "vVrR" and _CODE_CHARS.fullmatch(name) is None:
        return False  # (neither a version's first word nor one code: most names)
    words = [w for w in _CODE_SPLIT.split(name) if w]
    if len(words) == 1 and _CODE.fullmatch(words[0]) is not None:
        return True
    return len(words) >= 2 and words[0].lower() in ("version", "ver", "v", "rev", "revision") \
        and all(_VERSION.fullmatch(w.lower()) for w in words[1:])


def _minutes_record(text: str) -> bool:
    """Whether a passage is one line recording a meeting itself ("Minutes of the meeting
    held on ...", "Meeting closed 8.40pm."): no duty, whichever reader took it for one."""
    return len(text) <= 200 and MINUTES_RECORD.match(text) is not None and \
        re.search(r"[.;!?]\s+[A-Z]", text) is None


# the note of an activity a reviewer added themselves: where it came from, no open question
ADDED_IN_REVIEW = "added during review"


def open_decisions(template: Template) -> list[str]:
    """What still needs a decision, one line per activity (its review notes, then the
    check errors of its letters, apart by semicolons), one per role without letters, and
    one per other check error (an activity the reviewer added is their own decision; the
    check errors still say what letters it lacks)."""
    reasons: dict[str, list[str]] = {}
    for activity in template.activities:
        notes = [n for n in activity.provenance.review if n != ADDED_IN_REVIEW]
        if notes:
            reasons.setdefault(activity.name, []).extend(notes)
    used = {code for a in template.activities for code in a.letters}
    roles = [f"role {r.name} ({r.code}) has no letters yet: give it some or drop it"
             for r in template.roles if r.code not in used]
    errors = _errors_as_added(template)
    if errors is None:
        errors = _errors_in_project(template)
    names = {a.name for a in template.activities}
    others: list[str] = []
    for error in errors:
        # (the longest activity name the error opens with, found by its ": " marks, not by
        # trying every name on every error)
        name = next((error[:k] for k in reversed([m.start() for m in re.finditer(": ", error)])
                     if error[:k] in names), None)
        if name is None:
            others.append(error)
            continue
        message = error[len(name) + 2:]
        reasons.setdefault(name, []).append(message.removeprefix(f"'{name}' "))
    order = [a.name for a in template.activities if a.name in reasons]
    return [f"{name}: {'; '.join(reasons[name])}" for name in dict.fromkeys(order)] + \
        roles + others


def _errors_in_project(template: Template) -> list[str]:
    """The check errors of a new project the template was applied to, one line each."""
    from raci.service import ProjectService  # the database layer, only for the checks

    service = ProjectService.in_memory(scheme=template.scheme)
    try:
        apply_template(service, template)
        return [f"{f.activity}: {f.message}" for f in check_errors(service.state())]
    finally:
        service.close()


def _errors_as_added(template: Template) -> list[str] | None:
    """:func:`_errors_in_project` worked out on the snapshot such a project would hold,
    without making it; None when applying the template would do more than add what it
    holds as it is written (a name or code the project would clean, refuse or make up,
    two roles of one name or code, a letter for no role, thresholds to set), where the
    project is made and asked.

    A new project adds the roles at the end in the template's order, the phases in the
    order first named (the template's, then its activities'), and shows the activities
    grouped by phase in that order, those without a phase last, each group in the
    template's order; its cells are the letters as parsed by the template's scheme.
    """
    scheme = SCHEMES.get(template.scheme)
    if scheme is None or scheme.id != template.scheme or template.thresholds or \
            RULES["duplicate-name"][0] is Severity.ERROR:
        return None
    try:
        roles: dict[str, RoleInfo] = {}
        taken: set[str] = set()
        for role in template.roles:
            keys = {"n" + role.name.casefold(), "c" + role.code.casefold()}
            if not role.code or len(role.code) > CODE_LIMIT or role.code in roles or \
                    not _as_written(role.name, "A role name") or \
                    not _as_written(role.code, "A role code") or \
                    not _as_written(role.description, "A role description", required=False,
                                    limit=DESCRIPTION_LIMIT) or keys & taken:
                return None
            taken |= keys
            roles[role.code] = RoleInfo(len(roles) + 1, role.name, role.code,
                                        role.description, (), len(roles))
        phases: dict[str, PhaseInfo] = {}
        for name in (*template.phases, *(act.phase for act in template.activities)):
            if name and name.strip() and name.casefold() not in phases:
                if not _as_written(name, "A phase name"):
                    return None
                phases[name.casefold()] = PhaseInfo(len(phases) + 1, name, len(phases))
        acts: list[ActivityInfo] = []
        cells: dict[tuple[int, int], frozenset[str]] = {}
        for number, act in enumerate(template.activities, start=1):
            if not _as_written(act.name, "An activity name") or \
                    not _as_written(act.description, "An activity description",
                                    required=False, limit=DESCRIPTION_LIMIT):
                return None
            phase = phases.get(act.phase.strip().casefold()) if act.phase else None
            acts.append(ActivityInfo(number, act.name, phase.name if phase else "",
                                     act.description, "", phase.id if phase else None,
                                     number))
            for code, text in act.letters.items():
                if code not in roles:
                    return None
                cells[(number, roles[code].id)] = scheme.parse(text)
    except RaciError:
        return None  # the project refuses it: asked, it says so
    order = {p.id: p.position for p in phases.values()}
    acts.sort(key=lambda a: (a.phase_id is None, order.get(a.phase_id or 0, 0)))
    state = ProjectState(scheme_id=scheme.id, roles=tuple(roles.values()), activities=tuple(acts),
                         cells=cells, phases=tuple(phases.values()))
    return [f"{f.activity}: {f.message}" for f in check_errors(state)]


def _as_written(text: str, what: str, *, required: bool = True, limit: int = 300) -> bool:
    """Whether a project would keep ``text`` exactly as written (it raises
    :class:`RaciError` where the project would refuse it)."""
    return clean_text(text, what, required=required, limit=limit) == text


def merge_rows(rows: list[DraftRow]) -> DraftRow:
    """Several rows as one (review edit): letters united, owner re-chosen if needed."""
    first = rows[0]
    merged = DraftRow(first.name, first.phase, {}, [c for r in rows for c in r.claims], [])
    for row in rows:
        for code, letters in row.letters.items():
            merged.letters.setdefault(code, set()).update(letters)
    owners = [code for code, letters in merged.letters.items() if "A" in letters]
    for code in owners[1:]:
        merged.letters[code].discard("A")
    if len(owners) > 1:
        merged.review.append(f"merged rows had owners {', '.join(owners)}; kept {owners[0]}")
    return merged


def default_name(documents: Sequence[str], titles: Mapping[str, str] | None = None) -> str:
    """A short template name from the documents: the first one's title when it opens
    with one ("Checkout team charter"), else its file name ("Team charter"), and how
    many more ("Team charter and 2 more"); the full list goes in the description."""
    if not documents:
        return "Derived template"
    stem = (titles or {}).get(documents[0]) or \
        documents[0].rsplit(".", 1)[0].replace("_", " ").replace("-", " ").strip()
    stem = " ".join(stem.split()) or documents[0]
    stem = stem[:1].upper() + stem[1:]
    return stem if len(documents) == 1 else f"{stem} and {len(documents) - 1} more"


def default_id(paths: Sequence[Path]) -> str:
    """A template id from the first document's name."""
    return slugify(re.sub(r"\.\w+$", "", Path(paths[0]).name)) if paths else "derived"
