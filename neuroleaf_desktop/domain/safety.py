"""On-device detection of self-harm and suicidal language in journal text.

Why phrases and not a model: this must work offline, instantly, on every save, with no model
installed, and every decision must be explainable ("we noticed the words 'end my life'").
A curated list of phrase patterns does that. A semantic scorer (embeddings compared with
crisis descriptions) can be plugged in later through ``SemanticScorer``; it can only *add*
a flag the phrases missed, never remove one.

What a flag means: the UI offers a calm safety card (people to talk to, crisis lines). It is
not a diagnosis and it is never sent anywhere. Because a missed crisis costs far more than
an unneeded card, the rules lean towards recall; but a card shown on "this traffic is killing
me" teaches people to ignore it, so figurative uses are excluded explicitly.

How a sentence is read
1. Normalisation: Unicode NFKC + case folding, curly apostrophes and quotes made straight,
   zero-width characters dropped. An offset map keeps every match pointing at the person's
   original text.
2. Phrase rules (``_RULES``) find candidate spans, each with a category and a base severity.
   Figurative look-alikes are excluded inside the rules (``kill myself laughing``,
   ``want to die of embarrassment``, ``cut myself shaving``, ``want to live in this city``).
3. Negation: a cue (``not``, ``never``, ``n't``, ``no longer``, ``without``, ``no intention``
   …) earlier in the same clause, at most six words before the phrase, with no ``if`` /
   ``because`` / ``when`` between, cancels it: "I would never kill myself", "I'm not
   suicidal". Phrases whose meaning *is* a negation ("I don't want to live anymore", "no
   reason to live", "life isn't worth living") carry the negation inside the rule, so it is
   not mistaken for a cue. Some cues do not negate: "I can't stop thinking about killing
   myself", "I don't know why I want to die".
4. Whose words: phrases with a built-in first person ("myself", "my life", "I wish I was
   dead") are the writer's. For the others ("wants to die", "is suicidal") the nearest
   subject before the phrase decides: "my friend said she wanted to die" is about someone
   else.
5. Time: a distant-past marker in the sentence ("when I was 17", "used to", "years ago")
   lowers urgent to concern; an imminence marker ("tonight", "right now") raises concern to
   urgent.

Third-person policy (decided, tested in tests/test_safety.py): words about someone else do
*not* flag the assessment (``flagged`` stays False, severity "none"), because the safety card
speaks to the writer's own risk and showing it to someone who is supporting a friend would be
wrong and erode trust in the card. Instead ``about_others`` is True so the UI may offer a
"supporting someone else" resource. Past first-person reports ("I tried to kill myself when I
was 17", "I used to self-harm") *do* flag, at "concern": a history is the strongest risk
signal there is, and the gentle card fits.

Severity: "urgent" for active suicidal thinking, intent, a plan or a method; "concern" for a
passive wish to be dead, hopelessness about living, feeling a burden, and self-harm.

Privacy: reasons and spans contain the person's words. They are for the screen only: never
log them (log ``severity`` and the category names at most).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

# --------------------------------------------------------------------------------------------
# Public types


class Severity(StrEnum):
    NONE = "none"
    CONCERN = "concern"
    URGENT = "urgent"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.NONE: 0, Severity.CONCERN: 1, Severity.URGENT: 2}


class Category(StrEnum):
    SUICIDAL_IDEATION = "suicidal_ideation"
    PLAN_OR_METHOD = "plan_or_method"
    DEATH_WISH = "death_wish"
    NO_REASON_TO_LIVE = "no_reason_to_live"
    BURDEN = "burden"
    SELF_HARM = "self_harm"
    OTHER_PERSON = "other_person"  # someone else's risk: only sets ``about_others``
    SEMANTIC = "semantic"


class MatchStatus(StrEnum):
    COUNTED = "counted"  # contributes to the assessment
    NEGATED = "negated"  # "I would never kill myself"
    OTHER_PERSON = "other_person"  # "my friend said she wanted to die"
    TOPIC = "topic"  # "an essay about self-harm"


@dataclass(frozen=True)
class SpanMatch:
    """One matched phrase, with offsets into the *original* text."""

    start: int
    end: int
    text: str
    category: Category
    severity: Severity  # after past / imminence adjustment
    status: MatchStatus
    past: bool = False
    rule: str = ""  # which phrase rule matched, for tuning and tests


@dataclass(frozen=True)
class SafetyAssessment:
    flagged: bool
    severity: Severity
    reasons: list[str]  # 'category: "matched words"', for the person, never for logs
    matched_spans: list[SpanMatch]  # the spans that count
    ignored_spans: list[SpanMatch] = field(default_factory=list)  # negated / others / topic
    about_others: bool = False  # someone else's risk was mentioned
    semantic_score: float | None = None

    def to_dict(self) -> dict[str, object]:
        """The JSON shape the CLI prints: {"flagged", "severity", "reasons", ...}."""
        return {
            "flagged": self.flagged,
            "severity": str(self.severity),
            "reasons": list(self.reasons),
            "about_others": self.about_others,
            "spans": [
                {"start": s.start, "end": s.end, "category": str(s.category)}
                for s in self.matched_spans
            ],
        }


class SemanticScorer(Protocol):
    """Hook for the embedding model: similarity of ``text`` to crisis descriptions, 0..1.

    Implementations live in ``ai/`` and are loaded lazily; the domain only knows this shape.
    """

    def __call__(self, text: str, /) -> float: ...


DEFAULT_SEMANTIC_THRESHOLD = 0.8

NO_CONCERN = SafetyAssessment(
    flagged=False, severity=Severity.NONE, reasons=[], matched_spans=[], ignored_spans=[]
)

# --------------------------------------------------------------------------------------------
# Normalisation

_APOSTROPHES = "\u2019\u2018\u02bc\u02b9\u0060\u00b4\u2032\uff07"
_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_TRANSLATE = str.maketrans(
    {**dict.fromkeys(_APOSTROPHES, "'"), **dict.fromkeys(_QUOTES, '"')}
    | dict.fromkeys(_DASHES, "-")
)


def normalize(text: str) -> tuple[str, list[int]]:
    """Lower-cased NFKC text with plain punctuation, and a map back to original offsets.

    ``mapping[i]`` is the index in ``text`` of the character that produced normalised
    character ``i``; ``mapping[len(norm)] == len(text)``. A base character and its combining
    marks are normalised together so "é" typed as e + accent becomes one "é".
    """
    out: list[str] = []
    mapping: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if cluster not in _INVISIBLE:
            piece = unicodedata.normalize("NFKC", cluster.translate(_TRANSLATE))
            piece = piece.casefold().translate(_TRANSLATE)
            out.append(piece)
            mapping.extend([i] * len(piece))
        i = j
    mapping.append(n)
    return "".join(out), mapping


# --------------------------------------------------------------------------------------------
# Phrase rules

# Text is case-folded before matching; IGNORECASE is belt and braces for patterns written
# with a capital letter.
_F = re.IGNORECASE

_MYSELF = r"(?:my\s*self|me\s*self)"
_NOT = r"(?:do(?:n't|nt|\s+not)|does(?:n't|nt|\s+not)|did(?:n't|nt|\s+not))"
# A phrase must end here: end of clause or text, not "want to live *in Paris*".
_END = r"(?=\s*(?:$|[.!?,;:)\"\n]))"


@dataclass(frozen=True)
class _Rule:
    name: str
    category: Category
    severity: Severity
    pattern: re.Pattern[str]
    inherent_self: bool  # the phrase itself says whose it is ("myself", "my life", "I")


def _rule(
    name: str, category: Category, severity: Severity, pattern: str, *, inherent: bool
) -> _Rule:
    return _Rule(name, category, severity, re.compile(pattern, _F), inherent)


_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_NR, _BU, _SH = Category.NO_REASON_TO_LIVE, Category.BURDEN, Category.SELF_HARM
_URG, _CON = Severity.URGENT, Severity.CONCERN

_KILL_MYSELF_FIGURATIVE = (
    r"(?!\s+(?:laughing|trying|to\s+(?:finish|get|meet|make|keep|please|impress)"
    r"|over\s+(?:this|that|a|an|the|some|nothing|work|it)"
    r"|(?:at|in)\s+(?:work|the\s+gym|practice|training)"
    r"|for\s+(?:this|that|a|an|the|nothing|work|it|them|him|her)\b"
    r"|with\s+(?:work|this|that|the)\b))"
)
_SELF_HARM_ACCIDENT = (
    r"(?!\s+(?:shaving|while|when|by\s+accident|accidentally|cooking|chopping|slicing|opening"
    r"|in\s+the\s+(?:kitchen|gym|game|match|fall)|at\s+(?:the\s+)?(?:gym|work|practice|training)"
    r"|playing|lifting|running|skiing|falling|during|on\s+(?!purpose)"
    r"|with\s+(?:a|the)\s+(?:kitchen|bread|paper|door)|out\s+of|too\s+hard\b))"
)
_LIVE_TAIL = (
    r"(?:live|keep\s+living|be\s+alive|exist|be\s+here\s+any\s*more|go\s+on(?:\s+living)?)"
    r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:any\s*more|any\s+longer|like\s+this|another|now|and|but"
    r"|or|without)\b))"
)

_RULES: tuple[_Rule, ...] = (
    # --- suicidal ideation / intent (urgent) ---
    _rule(
        "kill_myself",
        _SI,
        _URG,
        rf"\b(?:kill(?:ing|ed|s)?|unaliv(?:e|ing|ed|es))\s+{_MYSELF}\b{_KILL_MYSELF_FIGURATIVE}",
        inherent=True,
    ),
    _rule(
        "kms",
        _SI,
        _URG,
        r"\b(?:want\s+to|wanna|gonna|going\s+to|should|might|i'?ll|just|about\s+to)\s+kms\b",
        inherent=True,
    ),
    _rule(
        "end_my_life",
        _SI,
        _URG,
        r"\b(?:end(?:ing|ed|s)?|tak(?:e|ing|es)|took)\s+my\s+(?:own\s+)?life\b"
        r"(?!\s+(?:back|into|in\s+(?:a|my|new)|seriously|for\s+granted|as\s+i|savings))",
        inherent=True,
    ),
    _rule(
        "end_it_all",
        _SI,
        _URG,
        r"\bend(?:ing)?\s+it\s+all\b|\bend(?:ing)?\s+it(?:\s+(?:tonight|for\s+good|now))" + _END,
        inherent=False,
    ),
    _rule(
        "suicide_act",
        _SI,
        _URG,
        r"\b(?:commit(?:ting|ted|s)?\s+suicide|attempt(?:ed|ing|s)?\s+suicide"
        r"|suicide\s+attempts?)\b",
        inherent=False,
    ),
    _rule(
        "thinking_of_suicide",
        _SI,
        _URG,
        r"\b(?:think(?:ing|s)?|thought|thoughts)\s+(?:about|of)\s+"
        r"(?:suicide|ending\s+it(?:\s+all)?|dying)\b",
        inherent=False,
    ),
    _rule(
        "suicidal",
        _SI,
        _URG,
        r"\bsuicidal\b(?!\s+(?:squad|mission|run|drills?))",
        inherent=False,
    ),
    # --- plan, means, method (urgent) ---
    _rule(
        "plan",
        _PM,
        _URG,
        r"\bplan(?:s|ning|ned)?\s+(?:to|on|for|how\s+to)\s+(?:end(?:ing)?\s+it|die|dying"
        rf"|kill(?:ing)?\s+{_MYSELF}|end(?:ing)?\s+my\s+life|tak(?:e|ing)\s+my\s+(?:own\s+)?life)\b",
        inherent=False,
    ),
    _rule(
        "suicide_note",
        _PM,
        _URG,
        r"\bsuicide\s+(?:notes?|letters?|plans?|methods?)\b"
        r"|\bgoodbye\s+(?:letters?|notes?)\s+to\s+(?:my\s+)?(?:family|everyone|kids|parents)\b",
        inherent=False,
    ),
    _rule(
        "overdose",
        _PM,
        _URG,
        r"\boverdos(?:e|ed|es|ing)\b(?!\s+on\s+(?:chocolate|sugar|caffeine|coffee|netflix|tv"
        r"|cake|candy|sweets|junk|memes|social|cute))",
        inherent=False,
    ),
    _rule(
        "pills",
        _PM,
        _URG,
        r"\b(?:sav(?:e|ing|ed)|stockpil(?:e|ing|ed)|hoard(?:ing|ed)?|collect(?:ing|ed))\s+"
        r"(?:up\s+)?(?:my\s+|some\s+|all\s+(?:of\s+)?(?:my\s+|the\s+)?)?"
        r"(?:pills|meds|medication|tablets|painkillers|sleeping\s+pills)\b"
        r"|\b(?:take|swallow|taking|swallowing)\s+all\s+(?:of\s+)?(?:my|the|these|those)\s+"
        r"(?:pills|meds|tablets|painkillers|sleeping\s+pills)\b"
        r"|\bhow\s+many\s+(?:pills|tablets|painkillers)\b[^.!?\n]{0,30}?"
        r"\b(?:take|die|kill|enough|lethal|overdose)\b",
        inherent=False,
    ),
    _rule(
        "method",
        _PM,
        _URG,
        rf"\b(?:hang(?:ing)?|hanged|drown(?:ing)?|throw(?:ing)?)\s+{_MYSELF}\b"
        r"|\b(?:slit(?:ting)?|slash(?:ing)?|cut(?:ting)?)\s+(?:open\s+)?(?:both\s+)?my\s+wrists?\b"
        r"|\b(?:jump(?:ing)?|step(?:ping)?)\s+(?:off|from|in\s+front\s+of|under)\s+"
        r"(?:a|the|my|this|that)\s+(?:\w+\s+)?(?:bridge|building|roof|rooftop|cliff|balcony"
        r"|train|bus|car|truck|tower|window|ledge|overpass|platform)\b"
        r"|\b(?:driv(?:e|ing)|crash(?:ing)?|steer(?:ing)?)\s+(?:my\s+car\s+)?(?:into|off)\s+"
        r"(?:a|the)\s+(?:wall|tree|bridge|cliff|river|lake|truck|lorry|oncoming)\b"
        r"|\b(?:ways|how|methods?)\s+to\s+(?:die|kill\s+my\s*self|end\s+(?:it|my\s+life)"
        r"|commit\s+suicide)\b",
        inherent=False,
    ),
    # --- wish to be dead (concern) ---
    _rule(
        "want_to_die",
        _DW,
        _CON,
        r"\b(?:wan(?:t|ts|ted|ting)\s+to|wanna|wish(?:ed)?\s+(?:i\s+)?(?:could|would)"
        r"|ready\s+to|deserve\s+to|should(?:\s+just)?|i\s+just)\s+(?:just\s+)?die\b"
        r"(?!\s+(?:of|from|laughing|inside|a\s+little|for\b|happy|old|doing|with\s+(?:my|a)\b"
        r"|on\s+(?:this|that)\s+hill))",
        inherent=False,
    ),
    _rule(
        "wish_dead",
        _DW,
        _CON,
        r"\bwish(?:ed|es|ing)?\s+(?:that\s+)?i(?:\s+(?:was|were)|'d\s+been|\s+had\s+been|'m)\s+"
        r"(?:already\s+|just\s+)?dead\b"
        r"|\bwish(?:ed|es|ing)?\s+(?:that\s+)?i\s+(?:had\s+)?(?:never\s+been\s+born"
        r"|was\s+never\s+born|wasn't\s+born|didn't\s+exist|did\s+not\s+exist|wasn't\s+alive"
        r"|weren't\s+alive|could\s+(?:just\s+)?(?:stop\s+existing"
        r"|disappear\s+(?:forever|for\s+good|completely)))\b",
        inherent=True,
    ),
    _rule("better_off_dead", _DW, _CON, r"\bbetter\s+off\s+dead\b", inherent=False),
    _rule(
        "dont_want_to_live",
        _DW,
        _CON,
        rf"\b(?:{_NOT}|no\s+longer|never)\s+(?:really\s+|even\s+)?(?:want|wanna)\s+(?:to\s+)?"
        + _LIVE_TAIL,
        inherent=False,
    ),
    _rule(
        "never_wake_up",
        _DW,
        _CON,
        r"\b(?:never|not)\s+(?:to\s+)?wake\s+up\b(?!\s+(?:early|late|before|in\s+time|on\s+time))"
        r"|\bhope\s+(?:that\s+)?i\s+(?:don't|dont|do\s+not|never|won't|wont|will\s+not)"
        r"\s+wake\s+up\b(?!\s+(?:early|late|before|in\s+time|on\s+time|with|the))"
        r"|\b(?:never|not)\s+want\s+to\s+wake\s+up\b"
        r"(?!\s+(?:early|late|before|in\s+time|on\s+time|at\b))",
        inherent=False,
    ),
    _rule(
        "tired_of_living",
        _DW,
        _CON,
        r"\b(?:tired|sick|exhausted)\s+of\s+(?:living|being\s+alive|existing)\b",
        inherent=False,
    ),
    _rule(
        "disappear",
        _DW,
        _CON,
        r"\b(?:want(?:ed)?\s+to|wanna|wish\s+i\s+could|need\s+to)\s+(?:just\s+)?"
        r"(?:disappear|vanish|stop\s+existing)(?:\s+(?:forever|for\s+good|completely"
        r"|permanently))?(?=\s*(?:$|[.!?,;:)\"\n]|\s+and\s+never))",
        inherent=False,
    ),
    # --- no reason to live (concern) ---
    _rule(
        "no_reason_to_live",
        _NR,
        _CON,
        r"\bno\s+(?:reason|point|purpose)\s+(?:to|in|for)\s+(?:live|living|go(?:ing)?\s+on"
        r"|be(?:ing)?\s+alive|keep\s+going|exist(?:ing)?|staying\s+alive|wak(?:e|ing)\s+up)\b"
        r"|\b(?:do(?:n't|nt|\s+not)|can(?:'t|not|t|\s+not)|no\s+longer)\s+see\s+(?:the|any)\s+"
        r"point\s+(?:in|of)\s+(?:living|life|going\s+on|being\s+alive|existing)\b"
        r"|\bwhat'?s\s+(?:even\s+)?the\s+point\s+(?:of|in)\s+(?:living|being\s+alive"
        r"|going\s+on|existing)\b",
        inherent=False,
    ),
    _rule(
        "not_worth_living",
        _NR,
        _CON,
        r"\b(?:not|isn't|isnt|ain't|wasn't|no\s+longer)\s+(?:really\s+)?worth\s+living\b",
        inherent=False,
    ),
    _rule(
        "nothing_to_live_for",
        _NR,
        _CON,
        r"\b(?:nothing|no\s*one|nobody)\s+(?:left\s+)?to\s+live\s+for\b"
        r"|\b(?:don't|dont|do\s+not|doesn't)\s+have\s+(?:anything|anyone|anybody)\s+"
        r"(?:left\s+)?to\s+live\s+for\b",
        inherent=False,
    ),
    _rule(
        "cant_go_on",
        _NR,
        _CON,
        r"\bcan(?:'t|not|t|\s+not|\s+no\s+longer)\s+(?:go\s+on|keep\s+going|carry\s+on)"
        r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:living|any\s*more|any\s+longer|like\s+this"
        r"|with\s+(?:life|living|this\s+life))\b))",
        inherent=False,
    ),
    # --- burden (concern) ---
    _rule(
        "better_off_without_me",
        _BU,
        _CON,
        r"\bbetter(?:\s+off)?\s+without\s+me\b(?!\s+on\s+(?:the|this|their)\b)"
        r"|\b(?:better|easier|happier|simpler|lighter)\b(?:\s+\S+){0,6}?\s+if\s+i\s+"
        r"(?:(?:was|were)\s+(?:dead|gone(?!\s+for\b)|not\s+(?:here|around|alive))"
        r"|(?:wasn't|weren't)\s+(?:here|around|alive)|(?:had\s+)?never\s+(?:been\s+born|existed)"
        rf"|died|disappeared|killed\s+{_MYSELF})\b",
        inherent=True,
    ),
    _rule(
        "burden",
        _BU,
        _CON,
        r"\b(?:i'm|i\s+am|im|i\s+feel\s+like|i've\s+become|i\s+have\s+become|feel\s+like)\s+"
        r"(?:such\s+|just\s+|only\s+)?(?:a|nothing\s+but\s+a)\s+(?:huge\s+|big\s+|total\s+)?"
        r"burden\b",
        inherent=True,
    ),
    _rule(
        "nobody_would_miss_me",
        _BU,
        _CON,
        r"\b(?:no\s*one|nobody|no-one)\s+(?:would|will|'d|'ll|is\s+going\s+to|gonna)\s+"
        r"(?:even\s+|really\s+|ever\s+)?miss\s+me\b"
        r"|\b(?:care|notice|matter|miss\s+me)\s+if\s+i\s+(?:die|died|live\s+or\s+die|was\s+dead|were\s+dead"
        r"|was\s+gone|were\s+gone|disappeared|killed\s+my\s*self|(?:wasn't|weren't)\s+"
        r"(?:here|around|alive)|(?:was|were)\s+not\s+(?:here|around|alive)|stopped\s+existing"
        r"|just\s+(?:died|disappeared|vanished))\b",
        inherent=True,
    ),
    # --- self-harm (concern) ---
    _rule(
        "harm_myself",
        _SH,
        _CON,
        rf"\b(?:hurt(?:ing|s)?|harm(?:ing|ed|s)?|cut(?:ting|s)?|burn(?:ing|ed|t|s)?"
        rf"|starv(?:e|ing|ed)|scratch(?:ing|ed)?|injur(?:e|ing|ed))\s+{_MYSELF}\b"
        + _SELF_HARM_ACCIDENT,
        inherent=True,
    ),
    _rule(
        "punish_myself",
        _SH,
        _CON,
        rf"\bpunish(?:ing|ed|es)?\s+{_MYSELF}\s+by\s+(?:cutting|burning|hurting|hitting"
        r"|starving|scratching|bruising)\b",
        inherent=True,
    ),
    _rule(
        "cut_body",
        _SH,
        _CON,
        r"\b(?:cut(?:ting)?|burn(?:ing|ed|t)?|scratch(?:ing|ed)?|carv(?:e|ing|ed))\s+"
        r"my\s+(?:skin|arms?|wrists?|legs?|thighs?|stomach|hips?)\b" + _SELF_HARM_ACCIDENT,
        inherent=True,
    ),
    _rule(
        "self_harm",
        _SH,
        _CON,
        r"\bself[\s-]?(?:harm(?:ing|ed|s)?|injur(?:y|ing|ed|e|es)|mutilat\w*)\b",
        inherent=False,
    ),
    _rule(
        "cutting_again",
        _SH,
        _CON,
        r"\b(?:been|started|start|keep|kept|back\s+to|relaps\w*(?:\s+(?:into|and))?"
        r"|urges?\s+to|want\s+to|wanna|tempted\s+to|going\s+to|need\s+to)\s+cut(?:ting)?"
        r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:again|to\s+cope|when|because|every|since|after"
        r"|last|at\s+night)\b))"
        r"|\b(?:i|i've|ive|i\s+have)\s+cut\s+again\b",
        inherent=False,
    ),
)

# Someone else's risk: only used to set ``about_others`` (see the third-person policy).
_OTHER_RULES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, _F)
    for p in (
        r"\b(?:kill(?:ing|ed|s)?|hurt(?:ing|s)?|harm(?:ing|ed|s)?|cut(?:ting|s)?"
        r"|unaliv(?:e|ing|ed|es))\s+(?:him|her|them|your)sel(?:f|ves)\b",
        r"\b(?:end(?:ing|ed|s)?|tak(?:e|ing|es)|took)\s+(?:his|her|their)\s+(?:own\s+)?life\b",
        r"\bwish(?:es|ed)?\s+(?:he|she|they)\s+(?:was|were)\s+dead\b",
    )
)

# --------------------------------------------------------------------------------------------
# Context cues

_NEGATION_CUE = re.compile(
    r"\b(?:not|never|no\s+longer|nor|without|stopped|quit"
    r"|no\s+(?:desire|intention|intent|plans?|thoughts?|urge|wish)"
    r"|\w+n't|dont|didnt|doesnt|wont|wouldnt|cant|couldnt|shouldnt|isnt|arent|wasnt|werent"
    r"|havent|hasnt|hadnt|aint|cannot)\b",
    _F,
)
# A cue followed by these does not negate what comes after it.
_NOT_A_NEGATION = re.compile(
    r"\s*(?:stop|help|shake|get\s+(?:rid|over|past)|sure|know|tell|understand|wait|even\s+know"
    r"|remember|care\s+if|ever\s+(?:felt|been)\s+(?:so|this)|(?:felt|been)\s+(?:so|this|more))\b",
    _F,
)
# Words that start a new proposition between a cue and the phrase ("didn't think anyone would
# care *if* I killed myself"): the cue does not reach past them.
# "Not a day goes by that I don't think about…": two negations, a positive statement.
_DOUBLE_NEGATION = re.compile(
    r"\b(?:not|never)\s+(?:a|one)\s+(?:single\s+)?(?:day|night|moment|minute|hour|week)\s+"
    r"(?:goes|passes)\s+by\b",
    _F,
)
_SCOPE_BREAK = re.compile(r"\b(?:if|when|whether|because|unless|until|than|since)\b", _F)
_NEGATION_WINDOW_WORDS = 6

_CLAUSE_BREAK = re.compile(
    r"[.!?;:\n]+|,(?!\s*ever\b)|\s-\s|\"|\b(?:but|and|because|so|yet|though|although|however"
    r"|or|whereas|except)\b",
    _F,
)
_SENTENCE_BREAK = re.compile(r"[.!?\n]+")

_SELF_MARKER = r"i|i'm|im|i've|ive|i'd|i'll|me"
_OTHER_MARKER = (
    r"he|she|they|him|her|them|he's|she's|they're|he'd|she'd|they'd|someone|somebody|people"
    r"|person|friend|friends|bff|brother|sister|sibling|mom|mum|mother|dad|father|parent|parents"
    r"|son|daughter|kid|kids|child|children|partner|boyfriend|girlfriend|husband|wife|spouse"
    r"|cousin|aunt|uncle|grandma|grandpa|grandmother|grandfather|nan|colleague|coworker"
    r"|co-worker|boss|roommate|flatmate|neighbou?r|classmate|student|teacher|client|patient"
    r"|character|man|woman|guy|girl|boy|teen|teenager|niece|nephew"
)
_SUBJECT = re.compile(rf"\b(?:(?P<self>{_SELF_MARKER})|(?P<other>{_OTHER_MARKER}))\b", _F)
_REPORTED_SPEECH = re.compile(
    rf"\b(?:{_OTHER_MARKER})\b[^\"]{{0,40}}\b(?:said|says|told|tells|texted|wrote|messaged"
    r"|asked|posted|screamed|yelled|whispered|admitted)\b[^\"]*$",
    _F,
)

_TOPIC = re.compile(
    r"\b(?:article|essay|book|documentary|podcast|video|film|movie|show|episode|lecture|class"
    r"|course|training|workshop|paper|research|report|study|talk|seminar|webinar|presentation"
    r"|post|campaign|awareness|statistics)s?\b(?:\s+\S+){0,3}?\s+(?:about|on|regarding)"
    r"(?:\s+\S+){0,2}\s*$",
    _F,
)
_DISTANT_PAST = re.compile(
    r"\b(?:used\s+to|a\s+long\s+time\s+ago|back\s+then|back\s+in|in\s+the\s+past|at\s+one\s+point"
    r"|when\s+i\s+was\s+(?:a\s+|younger|little|young|in\b|\d+)|as\s+a\s+(?:kid|child|teen"
    r"|teenager)|in\s+(?:high\s+school|middle\s+school|college|university|my\s+(?:teens"
    r"|twenties))|last\s+year|in\s+(?:19|20)\d\d|(?:\d+|a\s+few|two|three|four|five|six|seven"
    r"|eight|nine|ten|many|several)\s+years?\s+ago|years\s+ago)\b",
    _F,
)
_IMMINENT = re.compile(
    r"\b(?:tonight|right\s+now|this\s+(?:evening|weekend)|(?:going\s+to|gonna)\s+do\s+it"
    r"|this\s+is\s+(?:goodbye|the\s+end))\b",
    _F,
)


def _boundaries(pattern: re.Pattern[str], text: str) -> list[int]:
    return [m.end() for m in pattern.finditer(text)]


def _segment_start(bounds: list[int], pos: int) -> int:
    i = bisect.bisect_right(bounds, pos) - 1
    return bounds[i] if i >= 0 else 0


def _segment_end(pattern: re.Pattern[str], text: str, pos: int) -> int:
    found = pattern.search(text, pos)
    return found.start() if found else len(text)


def _original_span(mapping: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a normalised [start, end) back to the original text, whole characters only."""
    o_start = mapping[start]
    if end <= start:
        return o_start, o_start
    last = mapping[end - 1]
    k = end
    while mapping[k] <= last:  # a character that normalised to several ("ﬁ" → "fi")
        k += 1
    return o_start, mapping[k]


def _is_negated(prefix: str) -> bool:
    """Is there a negation cue in ``prefix`` (same clause) that reaches its end?"""
    if _DOUBLE_NEGATION.search(prefix):
        return False
    for cue in reversed(list(_NEGATION_CUE.finditer(prefix))):
        after = prefix[cue.end() :]
        if _NOT_A_NEGATION.match(after):
            continue
        # The nearest real cue decides: close enough and not cut off by "if", "because"…
        return len(after.split()) <= _NEGATION_WINDOW_WORDS and not _SCOPE_BREAK.search(after)
    return False


def _nearest_subject(prefix: str) -> str | None:
    last = None
    for m in _SUBJECT.finditer(prefix):
        last = m
    if last is None:
        return None
    return "self" if last.group("self") else "other"


def _in_others_quote(sentence_prefix: str) -> bool:
    """Inside "…" quoted words that someone else said ("she texted me 'I want to die'")."""
    if sentence_prefix.count('"') % 2 == 0:
        return False
    before_quote = sentence_prefix[: sentence_prefix.rfind('"')]
    return _REPORTED_SPEECH.search(before_quote) is not None


# --------------------------------------------------------------------------------------------
# Detector


@dataclass
class SafetyDetector:
    """Phrase rules, optionally combined with a semantic scorer.

    The scorer is consulted only when the phrases found nothing, can only raise "none" to
    "concern", and a scorer that fails (model missing, crashed) is treated as absent: the
    phrase detector alone must always answer.
    """

    semantic_scorer: SemanticScorer | None = None
    semantic_threshold: float = DEFAULT_SEMANTIC_THRESHOLD

    def assess(self, text: str) -> SafetyAssessment:
        result = assess_phrases(text)
        # Crisis wording the rules judged negated, figurative or about someone else is a
        # decision, not a miss: the semantic layer would only re-open it ("I would never
        # kill myself" sits close to "I want to kill myself" in embedding space).
        if (
            result.flagged
            or result.ignored_spans
            or result.about_others
            or self.semantic_scorer is None
            or not text.strip()
        ):
            return result
        try:
            score = float(self.semantic_scorer(text))
        except Exception:  # a broken optional model must not break saving an entry
            return result
        if score < self.semantic_threshold:
            return _replace_score(result, score)
        return SafetyAssessment(
            flagged=True,
            severity=Severity.CONCERN,
            reasons=[f"{Category.SEMANTIC}: similarity {score:.2f} to crisis descriptions"],
            matched_spans=[],
            ignored_spans=list(result.ignored_spans),
            about_others=result.about_others,
            semantic_score=score,
        )


def _replace_score(result: SafetyAssessment, score: float) -> SafetyAssessment:
    return SafetyAssessment(
        flagged=result.flagged,
        severity=result.severity,
        reasons=list(result.reasons),
        matched_spans=list(result.matched_spans),
        ignored_spans=list(result.ignored_spans),
        about_others=result.about_others,
        semantic_score=score,
    )


def assess(text: str, *, scorer: SemanticScorer | None = None) -> SafetyAssessment:
    """Assess ``text`` (an entry body, a note, a sentence). Pure and deterministic."""
    return SafetyDetector(semantic_scorer=scorer).assess(text)


def assess_phrases(text: str) -> SafetyAssessment:
    """The phrase-based assessment alone (no semantic scorer)."""
    if not text or not text.strip():
        return NO_CONCERN
    norm, mapping = normalize(text)
    clause_bounds = _boundaries(_CLAUSE_BREAK, norm)
    sentence_bounds = _boundaries(_SENTENCE_BREAK, norm)

    counted: list[SpanMatch] = []
    ignored: list[SpanMatch] = []
    seen: set[tuple[int, int, Category]] = set()
    for rule in _RULES:
        for m in rule.pattern.finditer(norm):
            key = (m.start(), m.end(), rule.category)
            if key in seen:
                continue
            seen.add(key)
            span = _judge(rule, m, norm, mapping, text, clause_bounds, sentence_bounds)
            (counted if span.status is MatchStatus.COUNTED else ignored).append(span)

    about_others = any(s.status is MatchStatus.OTHER_PERSON for s in ignored) or any(
        p.search(norm) for p in _OTHER_RULES
    )
    counted = _drop_contained(counted)
    ignored = _drop_contained(ignored)
    if not counted:
        return SafetyAssessment(
            flagged=False,
            severity=Severity.NONE,
            reasons=[],
            matched_spans=[],
            ignored_spans=ignored,
            about_others=about_others,
        )
    severity = max((s.severity for s in counted), key=lambda s: s.rank)
    reasons: list[str] = []
    for span in counted:
        label = f"{span.category} (past)" if span.past else str(span.category)
        reason = f'{label}: "{span.text}"'
        if reason not in reasons:
            reasons.append(reason)
    return SafetyAssessment(
        flagged=True,
        severity=severity,
        reasons=reasons,
        matched_spans=counted,
        ignored_spans=ignored,
        about_others=about_others,
    )


def _drop_contained(spans: list[SpanMatch]) -> list[SpanMatch]:
    """Sorted spans without those inside a longer span of the same category and status.

    "nobody would miss me if I was gone" matches two burden rules; the person should read
    one reason, not two overlapping ones.
    """
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    kept: list[SpanMatch] = []
    for span in ordered:
        if any(
            k.category == span.category
            and k.status == span.status
            and k.start <= span.start
            and span.end <= k.end
            for k in kept
        ):
            continue
        kept.append(span)
    return kept


def _judge(
    rule: _Rule,
    m: re.Match[str],
    norm: str,
    mapping: list[int],
    text: str,
    clause_bounds: list[int],
    sentence_bounds: list[int],
) -> SpanMatch:
    start, end = m.start(), m.end()
    clause_prefix = norm[_segment_start(clause_bounds, start) : start]
    sentence_start = _segment_start(sentence_bounds, start)
    sentence_prefix = norm[sentence_start:start]
    sentence = norm[sentence_start : _segment_end(_SENTENCE_BREAK, norm, end)]

    status = MatchStatus.COUNTED
    if _is_negated(clause_prefix):
        status = MatchStatus.NEGATED
    elif _in_others_quote(sentence_prefix):
        status = MatchStatus.OTHER_PERSON
    elif not rule.inherent_self:
        subject = _nearest_subject(clause_prefix) or _nearest_subject(sentence_prefix)
        if subject == "other":
            status = MatchStatus.OTHER_PERSON
    if status is MatchStatus.COUNTED and _TOPIC.search(clause_prefix[-80:]):
        status = MatchStatus.TOPIC

    past = _DISTANT_PAST.search(sentence) is not None
    severity = rule.severity
    if past and severity is Severity.URGENT:
        severity = Severity.CONCERN
    elif not past and severity is Severity.CONCERN and _IMMINENT.search(sentence):
        severity = Severity.URGENT

    o_start, o_end = _original_span(mapping, start, end)
    return SpanMatch(
        start=o_start,
        end=o_end,
        text=text[o_start:o_end],
        category=rule.category,
        severity=severity,
        status=status,
        past=past,
        rule=rule.name,
    )
