"""English phrase rules for getting the means: pills gathered or stockpiled, a gun or a rope got,
methods looked up.

Why: of the English warning signs (``rules_en_signs``) these name a thing got and how, not a
state, and their look-alikes are purchases and errands (a rifle for the hunting season, a rope
for the garden), which ``everyday`` clears. They are read right after the other English signs,
as part of ``rules_en_signs.WARNING_RULES``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_en_words import GUN as _GUN
from neuroleaf_desktop.domain.safety.rules_en_words import MEDS as _MEDS
from neuroleaf_desktop.domain.safety.rules_en_words import ROPE_AS_TOOL_AFTER

_GM = Category.GETTING_MEANS
_URG = Severity.URGENT

GETTING_MEANS_RULES: tuple[Rule, ...] = (
    rule(
        "stockpiling",
        _GM,
        _URG,
        # (collecting them each month is the repeat errand: "collecting my tablets each month")
        r"\b(?!collect\w*\s+(?:[\w']+\s+){0,3}?[^.!?\n]{0,30}\b(?:(?:each|every)\s+(?:month|fortnight"
        r"|week)|monthly|fortnightly|weekly|repeat)\b)"
        r"(?:sav(?:e|ing|ed)|stockpil(?:e|ing|ed)|hoard(?:ing|ed)?|collect(?:ing|ed)|stash(?:ing"
        r"|ed)?|keep(?:ing)?|kept|storing|stored|hid(?:ing|e)?)\s+(?:up\s+)?(?:all\s+)?(?:of\s+)?"
        # collecting a prescription is an errand ("collected my prescription", "collecting my
        # pills from the chemist later"), not gathering
        r"(?!(?:(?<=collect\s)|(?<=collected\s)|(?<=collecting\s))(?:my\s+|the\s+)?(?:repeat\s+)?"
        r"prescriptions?\b)"
        rf"(?:my\s+|some\s+|the\s+|extra\s+)?{_MEDS}\b(?!\s+(?:from\s+(?:the\s+)?(?:chemist|pharmacy"
        r"|pharmacist|boots|surgery|hospital)|for\s+(?:the|a|my)\s+(?:trip"
        r"|holiday|travel|flight|winter)|in\s+(?:the|a)\s+(?:fridge|cupboard|cabinet)\s+for\s+the"
        r"\s+kids))"
        # (not kept from the children or in sight so as not to forget them)
        r"(?![^.!?\n]{0,80}\b(?:kids|children|grandkids|reach|forget|organi[sz]er|pill\s*box)\b)"
        rf"|\b(?:a\s+)?(?:stash|stockpile|supply|hoard|collection)\s+of\s+{_MEDS}\b"
        # someone's pills, named with whose and how old: "stashing my mom's old pain pills"
        r"|\b(?:stash|stockpil|hoard)\w*\s+(?:(?:my|some|the|extra|old|her|his|[\w]+'s|pain)\s+){1,4}"
        rf"{_MEDS}\b"
        rf"|\benough\s+{_MEDS}\s+(?:saved|stored|hidden|put\s+away|now|to\s+(?:die|do\s+it"
        r"|end\s+it|kill\s+my\s*self|not\s+wake\s+up|overdose))\b"
        r"|\b(?:different|several|multiple|three|four|two)\s+(?:pharmacies|chemists|shops"
        r"|pharmacy|chemist)\b[^.!?\n]{0,40}\b(?:more|extra)\b"
        r"|\bpharmac(?:y|ies)\s+in\s+(?:\w+\s+)?(?:different|several|other)\s+(?:towns|places"
        r"|cities)\b"
        rf"|\b(?:more|extra)\s+{_MEDS}\s+so\s+(?:that\s+)?i\s+(?:can|could)\s+(?:keep|save"
        r"|store|have)\s+them\b",
        inherent=False,
    ),
    rule(
        "getting_a_gun",
        _GM,
        _URG,
        r"\b(?:bought|buy(?:ing)?|got|get(?:ting)?|purchased|ordered|found|got\s+hold\s+of|picked\s+up"
        r"|getting\s+hold\s+of|took|taken|borrowed)\s+(?:a|my\s+\w+'?s?|his|her|the|a\s+new|an"
        rf"|myself\s+a)\s+{_GUN}\b"
        rf"|\b(?:where|know\s+where)\s+(?:my\s+)?(?:\w+\s+)?(?:keeps?|hides?|stores?|locks?\s+up)\s+"
        rf"(?:his|her|their|the|a)\s+(?:{_GUN}|{_MEDS})\b"
        r"|\b(?:bought|ordered|got|buying|getting)\s+(?:a|some)\s+(?:rope\b"
        + ROPE_AS_TOOL_AFTER
        + r"|noose|length\s+of\s+rope)"
        r"\b|\bordered\s+(?:a|some)\s+rope\b",
        inherent=False,
    ),
    rule(
        "researching_methods",
        _GM,
        _URG,
        r"\b(?:least\s+painful|painless|quickest|easiest|surest|most\s+(?:painless|reliable"
        r"|effective))\s+(?:way|method)s?\s+(?:to\s+(?:die|go|do\s+it|end\s+it|kill)|of\s+"
        r"(?:dying|suicide))\b"
        r"|\b(?:which|what)\s+(?:method|way)\s+(?:is|would\s+be|of\s+dying\s+is)\s+(?:the\s+)?"
        r"(?:least\s+painful|quickest|easiest|most\s+(?:painless|effective|reliable)|painless)\b"
        r"|\b(?:lethal|fatal|deadly)\s+(?:dose|amount|overdose)\b"
        rf"|\bhow\s+(?:much|many)\s+(?:of\s+)?(?:my\s+)?(?:\w+\s+){{0,2}}{_MEDS}?\s*(?:\w+\s+){{0,3}}"
        r"(?:would|it\s+would)\s+(?:take\s+to\s+)?(?:kill|be\s+(?:lethal|fatal|enough\s+to\s+die))"
        r"|\b(?:search\w*|look\w*\s+up|googl\w*|research\w*|check\w*)\s+(?:for\s+)?(?:the\s+)?"
        r"(?:tallest|highest)\s+(?:bridges?|buildings?|cliffs?|car\s+parks?|parking\s+garages?)\b"
        r"|\b(?:research\w*|googl\w*|search\w*|look\w*\s+up|read\w*\s+about)\s+(?:\w+\s+){0,2}"
        r"(?:suicide\s+methods|ways\s+to\s+(?:die|kill\s+my\s*self)|how\s+to\s+(?:die|kill\s+my"
        r"\s*self|end\s+it|overdose|hang))\b",
        inherent=False,
    ),
    rule(
        "means_piling_up_hidden",
        _GM,
        _URG,
        # medicine left to pile up somewhere out of sight: "my prescription's been piling up in
        # the shoebox under the bed" (not pills forgotten, out of date or going back to the
        # pharmacy)
        r"\b(?:my\s+)?(?:pills|tablets|meds|medication|prescriptions?|painkillers)(?:'s|'ve"
        r"|\s+(?:has|have))\s+been\s+(?:piling|stacking|building|mounting)\s+up\s+(?:in|under|inside"
        r"|at\s+the\s+back\s+of)\s+(?:a|the|my|an)\s+(?:\w+\s+)?(?:shoebox|box|drawer|bed|sock|bag"
        r"|tin|wardrobe|cupboard|boot|suitcase)\b"
        r"(?![^.!?\n]*\b(?:forg[eo]t\w*|expired|out\s+of\s+date|return\w*|pharmacy|chemist|recycl\w*"
        r"|dispos\w*)\b)",
        inherent=False,
    ),
)

__all__ = ["GETTING_MEANS_RULES"]
