"""English rules for the acts told in other voices: a plan, the means kept, attempts, self-harm.

Why: the companion of ``rules_en_voices`` (a wish to die in the words of faith, old age, formal
prose and idiom). People of other ages and backgrounds tell the acts in their own words too: the
car wheel turned at speed, a hose "to the woods", a stash of a named medicine, "since my
attempts", the blade out of a pencil sharpener, starving oneself as a punishment. Each rule
names the act and the detail that makes it the writer's own and on purpose; negation, whose
words they are and everyday contexts are judged in ``context``, ``negation`` and ``everyday``
as for every rule.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule
from neuroleaf_desktop.domain.safety.rules_en_words import ANY_MEDS as MEDS
from neuroleaf_desktop.domain.safety.rules_en_words import MYSELF, NAMED_MEDS

_SI, _PM = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD
_GM, _SH = Category.GETTING_MEANS, Category.SELF_HARM
_URG, _CON = Severity.URGENT, Severity.CONCERN

# Ways of not eating used on oneself.
_STARVE = (
    r"(?:skip(?:ping|ped|s)?\s+(?:meals|food|eating|dinner|lunch|breakfast)|starv(?:e|ing|ed)"
    r"(?:\s+myself)?|(?:not|stop(?:ped)?|quit)\s+eating|don'?t\s+(?:let\s+myself\s+)?eat"
    r"|refus(?:e|ing|ed)\s+(?:to\s+eat|food)|haven'?t\s+eaten|won'?t\s+(?:let\s+myself\s+)?eat)"
)
# Where the body is hurt.
_BODY = (
    r"(?:hands?|arms?|legs?|skin|wrists?|thighs?|stomach|face|feet|foot|fingers?|chest|hips?"
    r"|ankles?|shoulders?)"
)

_PLAN_AND_HISTORY_RULES: tuple[Rule, ...] = (
    rule(
        "v_steering_wheel",
        _PM,
        _URG,
        # "think about letting go of the wheel at the bend", "tempted to swerve into a lorry"
        r"\b(?:think\w*|thought|imagin\w*|tempted|urge|want\w*|wonder\w*)\b[^.!?\n]{0,60}?\b(?:let"
        r"(?:ting)?\s+go\s+of\s+the\s+(?:steering\s+)?wheel|(?:jerk|yank|swerv|turn|steer)\w*\s+"
        r"(?:the\s+wheel\s+)?into\s+(?:a|the|an)\s+(?:oncoming\s+)?(?:lorry|truck|tree|wall|bus"
        r"|car|traffic|river|barrier|pillar|bridge))\b",
        gate=r"wheel|into",
        inherent=False,
    ),
    rule(
        "v_know_how_much",
        _GM,
        _URG,
        # "I'm a doctor and I know exactly how much of what I'd need"
        r"\bknow\s+(?:exactly\s+|just\s+)?how\s+(?:much|many)\s+(?:of\s+(?:what|it|them)\s+)?(?:i'?d"
        r"|i\s+would|it\s+would|it'?d)\s+(?:need|take)" + END,
        gate=r"how\s+(?:much|many)",
        inherent=False,
    ),
    rule(
        "v_test_the_hold",
        _PM,
        _URG,
        # testing a ligature: "looped my belt over the door to see if it would hold"
        r"\b(?:belt|rope|cord|cable|scarf|sheet|tie|lead|flex)\b[^.!?\n]{0,50}?\b(?:see|test\w*"
        r"|check\w*)\s+(?:if|whether|how\s+well)\s+(?:it|the\s+\w+)\s+(?:would|will|could|can)\s+"
        r"(?:hold(?:\s+my\s+weight)?|take\s+my\s+weight)" + END,
        gate=r"hold|weight",
        inherent=False,
    ),
    rule(
        "v_hose_to_the_woods",
        _PM,
        _URG,
        r"\b(?:drive|driving|go|going|head\w*)\s+(?:out\s+)?to\s+(?:the\s+)?(?:woods|forest|moors?"
        r"|somewhere\s+quiet|a\s+quiet\s+spot|the\s+middle\s+of\s+nowhere)\b[^.!?\n]{0,30}?\bwith\s+"
        r"(?:the|a|my)\s+(?:hose|hosepipe|rope|pills|tablets|gun|charcoal)\b(?!\s+(?:to|for)\s)",
        gate=r"\bwith\s+(?:the|a|my)\s+(?:hose|rope|pills|tablets|gun|charcoal)",
        inherent=False,
    ),
    rule(
        "v_what_im_planning",
        _PM,
        _URG,
        # hiding the plan: "it's easier when she doesn't know what I'm planning"
        r"\b(?:doesn'?t|don'?t|won'?t|can'?t|never|not)\s+(?:\w+\s+)?know\s+what\s+i'?m\s+(?:planning"
        r"|about\s+to\s+do|going\s+to\s+do)" + END,
        gate=r"know\s+what\s+i",
        inherent=True,
    ),
    rule(
        "v_stash_of_named_meds",
        _GM,
        _URG,
        # the drugs named by name, in the words the general stockpiling rule uses for "pills"
        rf"\b(?:(?:a\s+)?(?:stash|stockpile|supply|hoard|collection)\s+of\s+(?:my\s+)?{NAMED_MEDS}"
        rf"|(?:sav|stockpil|hoard|stash)\w*\s+(?:up\s+)?(?:all\s+)?(?:my\s+)?{NAMED_MEDS})\b",
        gate=r"stash|stockpil|supply|hoard|collection|sav",
        inherent=False,
    ),
    rule(
        "v_saving_them_up",
        _GM,
        _URG,
        # "stopped taking my meds and started saving them up instead" (from "stopped" on, so the
        # "stopped" is part of the sign, not a negation of it)
        rf"\b(?:stopped|quit|not)\s+taking\s+(?:my\s+|the\s+)?{MEDS}\b[^.!?\n]{{0,30}}?\b(?:sav|stockpil"
        r"|hoard|collect|stash|keep|kept|hid)\w*\s+them\b"
        rf"|\b{MEDS}\b[^.!?\n]{{0,40}}?\b(?:sav(?:e|ing|ed)|stockpil\w*|hoard\w*|collect\w*|stash\w*)"
        r"\s+them(?:\s+up)?\b(?!\s+for\s+(?:my|the|a)\s+(?:trip|holiday|travel|flight|mum|mom|dad))",
        gate=r"\bthem\b",
        inherent=False,
    ),
    rule(
        "v_enough_meds",
        _GM,
        _URG,
        # "counted out what's left of my lithium, it should be enough"
        rf"\b{MEDS}\b[^.!?\n]{{0,40}}?\b(?:should|would|will|might|could|ought\s+to)\s+be\s+"
        r"(?:more\s+than\s+)?enough(?:\s+(?:now|this\s+time|tonight|by\s+now))?" + END,
        gate=r"enough",
        inherent=False,
    ),
    rule(
        "v_bottle_of_pills",
        _PM,
        _URG,
        # "ended up swallowing a bottle of pills", "downed a whole packet of paracetamol"
        r"\b(?:swallow\w*|down(?:ed|ing)|ended\s+up\s+(?:swallowing|taking))\s+(?:a|an|the|half\s+a"
        r"|a\s+whole|my\s+whole|two|three)\s+(?:whole\s+)?(?:bottle|packet|box|strip|tub|jar)s?\s+of"
        rf"\s+(?:{MEDS}|pills|tablets)\b",
        gate=r"bottle|packet|box|strip|tub|jar",
        inherent=False,
    ),
    rule(
        "v_since_my_attempts",
        _SI,
        _CON,
        # "since my attempts at 15 and 17", "after my attempt at 19": at an age, not "at baking"
        r"\b(?:since|after|before|survived|from)\s+(?:my|the|both|all\s+my|those)\s+(?:suicide\s+)?"
        r"attempts?\b(?!\s+(?:to|at|on|in)\s+(?!\d))",
        gate=r"attempt",
        inherent=False,
        past=True,
    ),
    rule(
        "v_marks_from_when",
        _SH,
        _CON,
        # "my wrists still have the marks from when I was 14"
        r"\bmy\s+wrists?\s+(?:still\s+)?(?:have|has|bear|bears|show|shows)\s+(?:the\s+)?(?:marks|scars"
        r"|lines)\b"
        r"|\bmy\s+(?:arms?|thighs?|legs?|stomach|hips?)\s+(?:still\s+)?(?:have|has|bear|show)\s+"
        r"(?:the\s+)?(?:marks|scars|lines)\s+(?:from\s+)?when\s+i\s+(?:used\s+to|was\s+(?:\d+|a\s+"
        r"(?:teen\w*|kid|child)|younger|little|in\s+(?:year|high\s+school|school|uni|college)))\b",
        gate=r"marks|scars|lines",
        inherent=True,
        past=True,
    ),
    rule(
        "v_the_second_attempt",
        _SI,
        _CON,
        # "after my second attempt", "got out of rehab for the second attempt": a past attempt
        # told by its number, not "my second attempt at the driving test"
        r"(?:\b(?:since|after|before|from|survived|during)\s+(?:the|my|a)\s+|\b(?:rehab|hospital|ward"
        r"|psych\w*|sectioned|icu|therapy|lithium)\b[^.!?\n]{0,40}?\b(?:the|my|a)\s+)(?:first|second"
        r"|third|fourth|last|previous|latest|most\s+recent)\s+attempt\b"
        r"(?!\s+(?:at|to|on|in|of|was\s+(?:better|worse|easier)|went)\b)",
        gate=r"attempt",
        inherent=False,
        past=True,
    ),
)

SELF_HARM_VOICE_RULES: tuple[Rule, ...] = (
    rule(
        "v_harm_on_purpose",
        _SH,
        _CON,
        # "poured boiling water on my hand on purpose", "held the iron against my arm to feel it"
        r"\b(?:boiling|hot|scalding|bleach|acid|ice|iron|lighter|candle|match(?:es)?|needles?|pins?"
        r"|glass|knife|blade|razor|compass|cigarette)\b[^.!?\n]{0,40}?\bmy\s+(?:\w+\s+)?"
        + _BODY
        + r"\b[^.!?\n]{0,25}?\b(?:on\s+purpose|deliberately|because\s+i\s+deserve"
        r"|to\s+feel\s+(?:something|anything|pain|it))",
        gate=r"purpose|deliberately|to\s+feel|deserve",
        inherent=True,
    ),
    rule(
        "v_drinking_bleach",
        _SH,
        _CON,
        r"\b(?:drink\w*|drank|swallow\w*|sipp\w*)\s+(?:\w+\s+){0,2}?(?:bleach|detergent|cleaning"
        r"\s+products?|antifreeze|disinfectant)\b",
        gate=r"bleach|detergent|cleaning|antifreeze|disinfectant",
        inherent=False,
    ),
    rule(
        "v_blade_kept_close",
        _SH,
        _CON,
        # a blade kept where the writer sleeps or hides things
        r"\b(?:razors?|blades?|razor\s+blades?)\b[^.!?\n]{0,25}?\b(?:under\s+my\s+(?:pillow|mattress"
        r"|bed)|in\s+my\s+(?:pillowcase|pencil\s+case|phone\s+case|sock\s+drawer))\b",
        gate=r"razor|blade",
        inherent=False,
    ),
    rule(
        "v_starve_as_punishment",
        _SH,
        _CON,
        # "skip meals to punish myself", "haven't eaten in days, I don't deserve food"
        rf"\b{_STARVE}\b[^.!?\n]{{0,40}}?\b(?:to\s+punish\s+{MYSELF}|as\s+(?:a\s+)?punishment"
        r"|because\s+i\s+(?:don'?t|do\s+not)\s+deserve)"
        r"|\bi\s+(?:don'?t|do\s+not|didn'?t)\s+deserve\s+(?:to\s+eat|food|to\s+have\s+food)\b",
        gate=r"punish|deserve",
        inherent=True,
    ),
    rule(
        "v_punish_myself",
        _SH,
        _CON,
        # "hit / burn / scratch / pinch myself to punish myself", "as punishment"
        r"\b(?:cut|cutting|burn\w*|hit\w*|punch\w*|scratch\w*|bit|bite|biting|pinch\w*|slap\w*"
        r"|bang\w*|starv\w*)\s+(?:" + MYSELF + r"|my\s+(?:arms?|legs?|head|face|skin|hands?|thighs?"
        r"|wrists?|stomach|body))\b[^.!?\n]{0,40}?\b(?:to\s+punish\s+" + MYSELF + r"|as\s+(?:a\s+)?"
        r"punishment\s+for\s+(?:being|what\s+i)|because\s+i\s+deserve(?:d)?\s+(?:it|the\s+pain))\b",
        gate=r"punish|deserve",
        inherent=False,
    ),
    rule(
        "v_blade_out",
        _SH,
        _CON,
        # Taking the blade out of a sharpener, a razor or a shaver is how a teenager gets one.
        r"\bblades?\s+out\s+of\s+(?:a|the|my|an\s+old)?\s*(?:pencil\s+)?(?:sharpeners?|razors?"
        r"|shavers?|disposables?)\b"
        r"|\b(?:sharpeners?|razors?|shavers?)\b[^.!?\n]{0,30}?\b(?:get|take|took|got|pull\w*|break"
        r"|broke|prise|prised|pry|pried)\s+(?:the\s+)?blades?\s+out\b",
        gate=r"blade",
        inherent=False,
    ),
    rule(
        "v_wrists_cut",
        _SH,
        _CON,
        r"\b(?:with|had|and)\s+my\s+wrists?\s+(?:cut|slit|slashed)\b|\bmy\s+wrists?\s+(?:slit|slashed)\b"
        r"|\bfound\s+me\b[^.!?\n]{0,40}?\b(?:unconscious|unresponsive|not\s+breathing|hanging"
        r"|after\s+i\s+(?:took|swallowed|overdosed|tried))\b",
        gate=r"wrist|found\s+me",
        inherent=True,
    ),
)

# Read in this order: plans, means and past attempts, then self-harm.
ACT_RULES: tuple[Rule, ...] = _PLAN_AND_HISTORY_RULES + SELF_HARM_VOICE_RULES
