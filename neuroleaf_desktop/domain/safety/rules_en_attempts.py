"""English explicit statements in shapes the other modules missed: an attempt that nearly
happened, a plan to be carried through, no fear of death left, a body found, a last entry.

Why: each shape is a family (the same ones are written for the other five languages in
``rules_intl_attempts``):

* nearly did it: "i almost did it last night", "nearly jumped yesterday", "had the pills in
  my hand" (an aborted attempt, C-SSRS), not "nearly jumped out of my skin";
* a plan carried through: "i have a plan and i'm going to go through with it", "my plan is
  to take the pills on friday" (not "a plan for the garden");
* no fear left: "i'm not scared of dying anymore, i'm ready";
* a body found: "my body would be found by my flatmate", "who will find my body";
* the last entry: "this is the last time i'll write here" (a new notebook or app named next
  to it makes it ordinary: ``everyday``).

Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, IT_NAMED_AFTER, Rule, rule

_SI, _PM, _GB = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.GOODBYES
_URG, _CON = Severity.URGENT, Severity.CONCERN

_MEANS = r"(?:pills|tablets|meds|paracetamol|knife|blade|razor|rope|belt|cord|gun|noose)"
_WHEN = (
    r"(?:last\s+night|yesterday|tonight|today|this\s+(?:morning|evening|afternoon|week)|again"
    r"|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)

RULES: tuple[Rule, ...] = (
    rule(
        "at_nearly_did_it",
        _SI,
        _URG,
        # "i almost did it last night", "nearly jumped yesterday", "almost took them all again",
        # "had the pills in my hand" (not "nearly jumped out of my skin", "almost did it! passed")
        r"\b(?:almost|nearly|came\s+so\s+close\s+to)\s+(?:did\s+it|doing\s+it|went\s+through\s+with"
        r"\s+it|ended\s+it|jumped|jumping|took\s+them(?:\s+all)?|taking\s+them)\s+"
        + _WHEN
        + r"\b"
        + IT_NAMED_AFTER
        + r"(?![^.!?\n]{0,25}?(?:\s-\s|:\s*\w|,\s*i\s+mean))"
        + r"|\bhad\s+(?:all\s+the|all\s+my|all\s+of\s+the)\s+"
        + _MEANS
        + r"\s+(?:in\s+my\s+(?:hand|mouth|palm)"
        r"|lined\s+up|counted\s+out|against\s+my\s+(?:wrist|skin|throat|neck|head))\b"
        # (not a week's doses sorted: "counted out in the pill organiser")
        r"(?![^.!?\n]{0,40}\b(?:organi[sz]er|dosette|for\s+the\s+week|weekly|doses?))",
        gate=r"almost|nearly|close|had",
        inherent=True,
    ),
    rule(
        "at_plan_carried_through",
        _PM,
        _URG,
        # "i have a plan and i'm going to go through with it", "my plan is to take the pills on
        # friday" (not "a plan for the garden", "...go through with it: quitting my job")
        r"\b(?:i\s+have|i'?ve\s+got|i\s+made|there'?s)\s+a\s+plan\b(?!\s+(?:for|to|with|of)\b)"
        r"[^.!?\n]{0,40}?\b(?:go\s+through\s+with\s+it|do\s+it|carry\s+it\s+out|follow\s+through)"
        + END
        + r"(?!\s*[:\-]\s*\w)"
        + r"|\bmy\s+plan\s+is\s+to\s+(?:take\s+(?:the|all\s+(?:the|my)|my)\s+(?:pills|tablets|meds)"
        r"|jump|hang\s+myself|end\s+it|do\s+it|go\s+through\s+with\s+it|drive\s+into|overdose)\b",
        gate=r"plan",
        inherent=True,
    ),
    rule(
        "at_no_fear_ready",
        _SI,
        _URG,
        # "i'm not scared of dying anymore, i'm ready" (a hospice "i've made my peace" has no
        # "ready" in the clause)
        r"\b(?:not|no\s+longer|never)\s+(?:scared|afraid|frightened)\s+(?:of|to)\s+(?:dying|die"
        r"|death)\b(?!\s+(?:my|her|his|your)\s+(?:\w+\s+)?hair)[^.!?\n]{0,30}?\bi'?m\s+ready\b"
        r"(?!\s+(?:for|to)\b)",
        gate=r"ready",
        inherent=True,
    ),
    rule(
        "at_body_found",
        _PM,
        _URG,
        # "my body would be found by my flatmate", "who will find my body"
        r"\bmy\s+body\s+(?:would|will|'?d|might)\s+be\s+found\b(?!\s+(?:to\s+be|guilty|fit))"
        r"|\b(?:who(?:'?ll|\s+will|\s+would|'?d)|he'?ll|she'?ll|they'?ll|\w+\s+will)\s+(?:be\s+the"
        r"\s+one\s+to\s+)?find\s+my\s+body\b(?!\s+(?:of|fat|mass|type|shape|clock|lotion|wash)\b)",
        gate=r"body",
        inherent=True,
    ),
    rule(
        "at_last_writing",
        _GB,
        _CON,
        # "this is the last time i'll write here", "the last time i write in this journal" (not
        # "the last time i wrote here was june", "for a while")
        r"\blast\s+time\s+i(?:'ll|\s+will)?\s+(?:write|be\s+writing)\s+(?:here|in\s+(?:this|here"
        r"|my)\s+(?:journal|diary|app))\b(?!\s+(?:for\s+a\s+while|before|until|till|this\s+week"
        r"|today|for\s+now))",
        gate=r"last\s+time",
        inherent=True,
    ),
)
