"""How a careful reader names a duty whose verb carries the meaning.

"Monitors the progress" is the duty "Progress monitoring", not "Progress";
"contains the incident" is "Incident containment". A verb that only says the
work is done (manage, own, oversee, ensure ...) can go, its object names the
duty; a verb that says what is done to the object (monitor, assess, analyse,
contain, preserve ...) stays, as the noun of the action after a short object
("Root cause identification") or as the imperative before a longer one
("Assess the severity of incidents").

The nouns of actions are data (``ACTION_NOUNS``), reviewed by hand; verbs not
listed keep the imperative.
"""

from __future__ import annotations

# Verbs whose object alone names the duty: "Manage the budget" -> "Budget".
OWNERSHIP_VERBS = frozenset({
    "manage", "own", "oversee", "lead", "handle", "drive", "ensure", "provide", "perform",
    "carry", "conduct", "do", "run", "serve", "act", "utilize", "utilise", "focus", "work",
    "make", "establish", "maintain", "define", "develop", "create", "champion",
    "support", "help", "keep", "address", "foster", "deliver", "guide", "shape",
    "collaborate", "balance", "align", "bridge",
    "solve", "uncover", "produce", "publish",
    "ship", "refine", "advocate",
    "operate", "direct", "determine", "complete", "generate", "give", "implement",
})

# Verbs of making or changing a thing: they stay in its name ("Write the rota", "Update
# the risk register", "Set the deadlines"), yet the thing and the making of it are one
# row ("the designer prepares the layouts; the chief reviews the layouts").
MAKING_VERBS = frozenset({"write", "prepare", "update", "set"})

# The verbs of plain ownership: beside another verb ("manages and prioritises the
# backlog", "plans and runs the meetings") they say the role owns the object, which
# alone names the duty.
PURE_OWNERSHIP_VERBS = frozenset({
    "manage", "own", "oversee", "lead", "handle", "drive", "ensure", "run", "do", "perform",
    "carry", "conduct"})

# The noun of the action, for verbs that carry the duty.
ACTION_NOUNS: dict[str, str] = {
    "monitor": "monitoring", "track": "tracking", "review": "review", "assess": "assessment",
    "evaluate": "evaluation", "identify": "identification", "analyse": "analysis",
    "analyze": "analysis", "coordinate": "coordination", "organise": "organisation",
    "organize": "organisation", "supervise": "supervision", "recruit": "recruitment",
    "submit": "submission", "enter": "entry", "contain": "containment",
    "preserve": "preservation", "train": "training", "configure": "configuration",
    "execute": "execution",
    "test": "testing", "plan": "planning", "prioritize": "prioritisation",
    "prioritise": "prioritisation", "report": "reporting", "audit": "audit",
    "schedule": "scheduling", "investigate": "investigation", "resolve": "resolution",
    "mitigate": "mitigation", "implement": "implementation", "measure": "measurement",
    "forecast": "forecasting", "facilitate": "facilitation", "collect": "collection",
    "validate": "validation", "verify": "verification", "integrate": "integration",
    "deploy": "deployment", "migrate": "migration", "negotiate": "negotiation",
    "select": "selection", "educate": "education", "treat": "treatment", "hire": "hiring",
    "onboard": "onboarding", "mentor": "mentoring", "coach": "coaching",
    "escalate": "escalation", "communicate": "communication", "optimise": "optimisation",
    "optimize": "optimisation", "automate": "automation", "estimate": "estimation",
    "inspect": "inspection", "diagnose": "diagnosis",
    "allocate": "allocation", "procure": "procurement", "install": "installation",
    "recover": "recovery", "restore": "restoration",
    "record": "recording", "register": "registration", "calibrate": "calibration",
    "moderate": "moderation", "triage": "triage", "replicate": "replication",
    "rotate": "rotation",
}


def action_noun(lemma: str) -> str | None:
    """The noun of the action a verb names ("monitor" -> "monitoring"), or None when the
    verb only says the work is done or is not listed."""
    if lemma in OWNERSHIP_VERBS:
        return None
    return ACTION_NOUNS.get(lemma)


def carries_duty(lemma: str) -> bool:
    """True when dropping the verb would lose what is done ("monitor", "assess")."""
    return lemma not in OWNERSHIP_VERBS
