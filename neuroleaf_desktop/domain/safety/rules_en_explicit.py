"""English phrase rules for explicit statements: suicidal ideation, plans and methods, a wish
to be dead, self-harm and past attempts, plus the wording that says the risk is someone
else's.

Each rule is written for a *kind* of wording, not for one sentence: verb tenses
("kill/killed/killing"), contractions with and without the apostrophe ("don't"/"dont"),
informal spellings ("wanna", "gonna", "kms"), and the figurative look-alikes that must not
flag ("kill myself laughing"). Negation, whose words they are and the time of the event are
judged in ``context.py``.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, FLAGS, Rule, rule
from neuroleaf_desktop.domain.safety.rules_en_words import ERRANDS as _ERRANDS
from neuroleaf_desktop.domain.safety.rules_en_words import MEDS as _MEDS
from neuroleaf_desktop.domain.safety.rules_en_words import MY_NUISANCE_HABIT as _MY_NUISANCE_HABIT
from neuroleaf_desktop.domain.safety.rules_en_words import MYSELF as _MYSELF
from neuroleaf_desktop.domain.safety.rules_en_words import NOT as _NOT
from neuroleaf_desktop.domain.safety.rules_en_words import POINT_NAMED as _POINT_NAMED
from neuroleaf_desktop.domain.safety.rules_en_words import TASKS as _TASKS

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
    r"(?!\s+(?:shaving|while|by\s+accident"
    # "when" of an accident ("when I fell"), not of a mood ("when it gets loud in my head")
    r"|when(?!\s+(?:(?:it|things|everything|my\s+head|the\s+\w+)\s+(?:gets?|got|feels?|is|are)\s+"
    r"(?:\w+\s+)?(?:loud|bad|too\s+much|dark|heavy|overwhelming|worse|hard|unbearable|noisy)"
    r"|i\s+(?:feel|felt|get|got)\s+(?:\w+\s+)?(?:overwhelmed|numb|angry|anxious|low|bad|empty"
    r"|panicky|triggered|upset)))|accidentally|cooking|chopping|slicing|opening"
    r"|in\s+the\s+(?:kitchen|gym|game|match|fall)|at\s+(?:the\s+)?(?:gym|work|practice|training)"
    r"|playing|lifting|running|skiing|falling|during|on\s+(?!purpose)"
    r"|with\s+(?:a|the)\s+(?:kitchen|bread|paper|door)|out\s+of|too\s+hard\b))"
)
#: Waking or getting up as living itself ("no point in waking up"), not waking up early, at
#: six or for a shift, and getting up only with "any more" ("the point of getting up anymore").
_WAKE_UP = (
    r"wak(?:e|ing)\s+up(?!\s+(?:early|earlier|at|before|for|so|in\s+time|on\s+time"
    r"|to\s+(?:an?|the|my)\b))"
    r"|get(?:ting)?\s+up(?:\s+in\s+the\s+morning)?\s+any\s*more"
)
_LIVE_TAIL = (
    r"(?:live|keep\s+living|be\s+alive|exist|be\s+here\s+(?:any\s*more|tomorrow|much\s+longer)|go\s+on(?:\s+living)?)"
    r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:any\s*more|any\s+longer|like\s+this|another|now|and|but"
    r"|or|without)\b)"
    # a learner's "more" for "any more", closing the clause: "I don't want to live more"
    r"|\s+more(?=\s*(?:$|[.!?,;:)\"\n])))"
)

EXPLICIT_RULES: tuple[Rule, ...] = (
    # --- suicidal ideation / intent (urgent) ---
    rule(
        "kill_myself",
        _SI,
        _URG,
        rf"\b(?:kill(?:ing|ed|s)?|unaliv(?:e|ing|ed|es))\s+{_MYSELF}\b{_KILL_MYSELF_FIGURATIVE}",
        inherent=True,
    ),
    rule(
        "kms",
        _SI,
        _URG,
        r"\b(?:want\s+to|wanna|gonna|going\s+to|should|might|i'?ll|just|about\s+to)\s+kms\b",
        inherent=True,
    ),
    rule(
        "end_my_life",
        _SI,
        _URG,
        r"\b(?:end(?:ing|ed|s)?|tak(?:e|ing|es)|took)\s+my\s+(?:own\s+)?life\b"
        r"(?!\s+(?:back|into|in\s+(?:a|my|new)|seriously|for\s+granted|as\s+i|savings))",
        inherent=True,
    ),
    rule(
        "end_it_all",
        _SI,
        _URG,
        r"\bend(?:ing)?\s+it\s+all\b|\bend(?:ing)?\s+it(?:\s+(?:tonight|for\s+good|now))" + END,
        inherent=False,
    ),
    rule(
        "suicide_act",
        _SI,
        _URG,
        r"\b(?:commit(?:ting|ted|s)?\s+suicide|attempt(?:ed|ing|s)?\s+suicide"
        r"|suicide\s+attempts?)\b",
        inherent=False,
    ),
    rule(
        "thinking_of_suicide",
        _SI,
        _URG,
        r"\b(?:think(?:ing|s)?|thought|thoughts)\s+(?:about|of)\s+"
        r"(?:suicide|ending\s+it(?:\s+all)?|dying)\b",
        inherent=False,
    ),
    rule(
        "suicidal",
        _SI,
        _URG,
        r"\bsuicidal\b(?!\s+(?:squad|mission|run|drills?))",
        inherent=False,
    ),
    # --- plan, means, method (urgent) ---
    rule(
        "plan",
        _PM,
        _URG,
        r"\bplan(?:s|ning|ned)?\s+(?:to|on|for|how\s+to)\s+(?:end(?:ing)?\s+it|die|dying"
        rf"|kill(?:ing)?\s+{_MYSELF}|end(?:ing)?\s+my\s+life|tak(?:e|ing)\s+my\s+(?:own\s+)?life)\b",
        inherent=False,
    ),
    rule(
        "suicide_note",
        _PM,
        _URG,
        r"\bsuicide\s+(?:notes?|letters?|plans?|methods?)\b"
        r"|\bgoodbye\s+(?:letters?|notes?)\s+to\s+(?:my\s+)?(?:family|everyone|kids|parents)\b",
        inherent=False,
    ),
    rule(
        "overdose",
        _PM,
        _URG,
        # (not a risk explained, nor overdoses seen at work: "the risk of overdose with these
        # meds", "as a nurse i see overdoses every week", "attended an overdose")
        r"(?<!risk\sof\s)(?<!risks\sof\s)(?<!danger\sof\s)(?<!chance\sof\s)(?<!signs\sof\s)"
        r"(?<!avoid\san\s)(?<!prevent\s)(?<!\bsee\s)(?<!\bsaw\s)(?<!treat\s)(?<!treated\s)"
        r"(?<!attended\san\s)(?<!accidental\s)"
        r"\boverdos(?:e|ed|es|ing)\b(?!\s+for\s+(?:a|my|the|your)\s+(?:child|baby|toddler|kid|dog|cat"
        r"|pet)\b)"
        # "overdosed on Christmas chocolates", "on way too much sugar": a treat, not a drug
        r"(?!\s+on\s+(?:(?:christmas|easter|birthday|halloween|the|my|way|far|too|so|much|many"
        r"|all|those|these|free|office|mum's|mince)\s+){0,3}(?:chocolates?|sugar|caffeine|coffee"
        r"|netflix|tv|telly|cake|candy|sweets|junk|memes|social|cute|cheese|crisps|carbs|pizza"
        r"|biscuits|cookies|mince\s+pies|pies|pasta|sun|sunshine|nostalgia|podcasts|drama"
        r"|reality|true\s+crime|anime|k-?dramas?|christmas\s+films|films|movies)\b)"
        # "two overdose patients", "overdose deaths": someone's work or the news, not a method
        r"(?!\s+(?:patients?|cases?|deaths?|victims?|crisis|epidemic|rates?|prevention|kits?"
        r"|management|treatment|response|protocols?"
        r"|training|awareness|statistics|calls?|reversal|antidote|figures|toxicity|guidelines"
        r"|pharmacology|lecture|module|exam))"
        # read up on for a course or a job: "reading up on overdoses for my pharmacology exam"
        r"(?![^.!?\n]{0,40}\bfor\s+(?:my|the|a|an|our|this|next\s+week'?s)\s+(?:[\w-]+\s+){0,2}"
        r"(?:exams?|essay|course|module|class|lecture|assignment|dissertation|thesis|revision"
        r"|shift|training|placement|seminar|presentation|article|podcast|novel)\b)",
        inherent=False,
    ),
    rule(
        "pills",
        _PM,
        _URG,
        # Saving pills up is "getting the means" (``stockpiling`` below).
        r"\b(?:take|swallow|taking|swallowing)\s+all\s+(?:of\s+)?(?:my|the|these|those)\s+"
        r"(?:pills|meds|tablets|painkillers|sleeping\s+pills)\b"
        r"|\bhow\s+many\s+(?:pills|tablets|painkillers)\b"
        # "how many are safe to take a day" is a dosing question, not a method
        r"(?![^.!?\n]{0,40}\b(?:safe|safely|allowed|recommended|max(?:imum)?|per\s+day|a\s+day)\b)"
        r"[^.!?\n]{0,30}?"
        r"\b(?:take|die|kill|enough|lethal|overdose)\b",
        inherent=False,
    ),
    rule(
        "method",
        _PM,
        _URG,
        rf"\b(?:hang(?:ing)?|hanged|drown(?:ing)?|throw(?:ing)?)\s+{_MYSELF}\b"
        r"|\b(?:slit(?:ting)?|slash(?:ing)?|cut(?:ting)?)\s+(?:open\s+)?(?:both\s+)?my\s+wrists?\b"
        # stepping off a bus or a train is getting off it; stepping in front of one is not
        r"|\b(?:jump(?:ing)?|step(?:ping)?)\s+(?:off|from|in\s+front\s+of|under)\s+"
        r"(?:a|the|my|this|that)\s+(?:\w+\s+)?(?:bridge|building|roof|rooftop|cliff|balcony"
        r"|tower|window|ledge|overpass)\b"
        r"|\b(?:jump(?:ing)?\s+(?:off|from|in\s+front\s+of|under)|step(?:ping)?\s+(?:in\s+front\s+of"
        r"|under))\s+(?:a|the|my|this|that)\s+(?:\w+\s+)?(?:train|bus|car|truck|platform)\b"
        r"|\b(?:driv(?:e|ing)|crash(?:ing)?|steer(?:ing)?)\s+(?:my\s+car\s+)?(?:into|off)\s+"
        r"(?:a|the)\s+(?:wall|tree|bridge|cliff|river|lake|truck|lorry|oncoming)\b"
        r"|\b(?:ways|how|methods?)\s+to\s+(?:die|kill\s+my\s*self|end\s+(?:it|my\s+life)"
        r"|commit\s+suicide)\b",
        inherent=False,
    ),
    # --- wish to be dead (concern) ---
    rule(
        "want_to_die",
        _DW,
        _CON,
        r"\b(?:wan(?:t|ts|ted|ting)\s+to|wanna|wish(?:ed)?\s+(?:i\s+)?(?:could|would)"
        r"|ready\s+to|deserve\s+to|should(?:\s+just)?|i\s+just)\s+(?:just\s+)?die\b"
        # ("wish I could die my hair" is a misspelt dye)
        r"(?!\s+(?:of|from|laughing|inside|a\s+little|for\b(?!\s+(?:real|reals|sure|true|weeks|days|months|years|a\s+while"
        r"|ages|so\s+long))|happy|old|doing|with\s+(?:my|a)\b|my\s+hair|(?:my|her|his|it)\s+\w+\s+hair"
        r"|on\s+(?:this|that)\s+hill))",
        inherent=False,
    ),
    rule(
        "wish_dead",
        _DW,
        _CON,
        r"\bwish(?:ed|es|ing)?\s+(?:that\s+)?i(?:\s+(?:was|were)|'d\s+been|\s+had\s+been|'m)\s+"
        r"(?:already\s+|just\s+)?dead\b"
        r"|\bwish(?:ed|es|ing)?\s+(?:that\s+)?i(?:'d|\s+had)?\s+(?:never\s+been\s+born"
        r"|was\s+never\s+born|wasn't\s+born|didn't\s+exist|did\s+not\s+exist|wasn't\s+alive"
        r"|weren't\s+alive|could\s+(?:just\s+)?(?:stop\s+existing"
        r"|disappear\s+(?:forever|for\s+good|completely)))\b",
        inherent=True,
    ),
    rule("better_off_dead", _DW, _CON, r"\bbetter\s+off\s+dead\b", inherent=False),
    rule(
        "dont_want_to_live",
        _DW,
        _CON,
        rf"\b(?:{_NOT}|no\s+longer|never)\s+(?:really\s+|even\s+)?(?:want|wanna)\s+(?:to\s+)?"
        + _LIVE_TAIL
        # the negation inside the infinitive: "I have the wish to not live anymore", "wanting
        # to no longer exist"
        + r"|\b(?:want(?:s|ed|ing)?|wish(?:es|ed|ing)?|longing|desire|urge)\s+to\s+"
        r"(?:not|no\s+longer)\s+(?:really\s+|even\s+)?" + _LIVE_TAIL,
        inherent=False,
    ),
    rule(
        "never_wake_up",
        _DW,
        _CON,
        r"\b(?:never|not)\s+(?:to\s+)?wake\s+up\b(?!\s+(?:early|late|before|in\s+time|on\s+time"
        # waking up next to someone is about that person
        r"|(?:again\s+)?(?:next\s+to|beside)))"
        r"|\bhope\s+(?:that\s+)?i\s+(?:just\s+)?(?:don't|dont|do\s+not|never|won't|wont|will\s+not)"
        r"\s+wake\s+up\b(?!\s+(?:early|late|before|in\s+time|on\s+time|with|the))"
        # … or wished, any form of not waking: "wish i just wouldnt wake up" (not a time slept
        # to: "wish I didn't wake up at 4 every night", "so early")
        r"|\bwish\s+(?:that\s+)?i\s+(?:just\s+)?(?:wouldn'?t|wouldnt|would\s+not|didn'?t|didnt"
        r"|did\s+not|won'?t|wont|never)\s+wake\s+up\b(?!\s+(?:early|late|before|in\s+time"
        r"|on\s+time|with|the|at|so|every|each|in\s+the|during|till|until|when|to|next|\d))"
        r"|\b(?:never|not)\s+want\s+to\s+wake\s+up\b"
        r"(?!\s+(?:early|late|before|in\s+time|on\s+time|at\b))",
        inherent=False,
    ),
    rule(
        "tired_of_living",
        _DW,
        _CON,
        r"\b(?:tired|sick|exhausted)\s+of\s+(?:living|being\s+alive|existing)\b"
        # where one lives is not whether: "tired of living in this flat / with my parents"
        r"(?!\s+(?:in|with|at|on|under|next\s+to|near|around|here|there|like\s+this\s+in)\b)",
        inherent=False,
    ),
    rule(
        "disappear",
        _DW,
        _CON,
        r"\b(?:want(?:ed)?\s+to|wanna|wish\s+i\s+could|need\s+to)\s+(?:just\s+)?"
        r"(?:disappear|vanish|stop\s+existing)(?:\s+(?:forever|for\s+good|completely"
        r"|permanently))?(?=\s*(?:$|[.!?,;:)\"\n]|\s+and\s+never))",
        inherent=False,
    ),
    # --- no reason to live (concern) ---
    rule(
        "no_reason_to_live",
        _NR,
        _CON,
        r"\bno\s+(?:reason|point|purpose)\s+(?:to|in|for)\s+(?:live|living|go(?:ing)?\s+on"
        r"|be(?:ing)?\s+alive|keep\s+going|exist(?:ing)?|staying\s+alive|wak(?:e|ing)\s+up)\b"
        + _POINT_NAMED
        + r"|\b(?:do(?:n't|nt|\s+not)|can(?:'t|not|t|\s+not)|no\s+longer)\s+see\s+(?:the|any)\s+"
        r"point\s+(?:in|of)\s+(?:living|life|going\s+on|being\s+alive|existing|"
        + _WAKE_UP
        + r")\b"
        + _POINT_NAMED
        + r"|\bwhat'?s\s+(?:even\s+)?the\s+point\s+(?:of|in)\s+(?:living|being\s+alive"
        r"|going\s+on|existing|"
        + _WAKE_UP
        + r")\b"
        + _POINT_NAMED
        # ("the point of living in London": a place, not living itself)
        + r"(?!\s+(?:(?:in|at|near)\s+(?:a\s+|the\s+|this\s+)?(?:london|city|town|flat|house"
        r"|village|country|suburbs?|countryside)\b|abroad))",
        inherent=False,
    ),
    rule(
        "not_worth_living",
        _NR,
        _CON,
        r"\b(?:not|isn't|isnt|ain't|wasn't|no\s+longer)\s+(?:really\s+)?worth\s+living\b",
        inherent=False,
    ),
    rule(
        "nothing_to_live_for",
        _NR,
        _CON,
        r"\b(?:nothing|no\s*one|nobody)\s+(?:left\s+)?to\s+live\s+for\b"
        r"|\b(?:don't|dont|do\s+not|doesn't)\s+have\s+(?:anything|anyone|anybody)\s+"
        r"(?:left\s+)?to\s+live\s+for\b",
        inherent=False,
    ),
    rule(
        "cant_go_on",
        _NR,
        _CON,
        r"\bcan(?:'t|not|t|\s+not|\s+no\s+longer)\s+(?:go\s+on|keep\s+going|carry\s+on)"
        r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:living|any\s*more|any\s+longer|like\s+this"
        r"|with\s+(?:life|living|this\s+life))\b))",
        inherent=False,
    ),
    # --- burden (concern) ---
    rule(
        "better_off_without_me",
        _BU,
        _CON,
        r"\bbetter(?:\s+off)?\s+without\s+me\b"
        rf"(?!\s+on\s+(?:the|this|their)\b|\s+{_MY_NUISANCE_HABIT}\b)"
        r"|\b(?:better|easier|happier|simpler|lighter)\b(?:\s+\S+){0,6}?\s+if\s+i\s+"
        r"(?:(?:was|were)\s+(?:dead|gone(?!\s+for\b)|not\s+(?:here|around|alive))"
        r"|(?:wasn't|weren't)\s+(?:here|around|alive)|(?:had\s+)?never\s+(?:been\s+born|existed)"
        rf"|died|disappeared|killed\s+{_MYSELF})\b",
        inherent=True,
    ),
    rule(
        "burden",
        _BU,
        _CON,
        r"\b(?:i'm|i\s+am|im|i\s+feel\s+like|i've\s+become|i\s+have\s+become|feel\s+like)\s+"
        r"(?:such\s+|just\s+|only\s+)?(?:a|nothing\s+but\s+a)\s+(?:huge\s+|big\s+|total\s+)?"
        r"burden\b",
        inherent=True,
    ),
    rule(
        "nobody_would_miss_me",
        _BU,
        _CON,
        r"\b(?:no\s*one|nobody|no-one)\s+(?:would|will|'d|'ll|is\s+going\s+to|gonna)\s+"
        r"(?:even\s+|really\s+|ever\s+)?miss\s+me\b"
        # (missed at an event or from a team: "nobody would miss me at the quiz tonight")
        r"(?!\s+(?:at|from|on)\s+(?:the|this|that|our|tonight'?s|tomorrow'?s|saturday'?s|sunday'?s"
        r"|friday'?s)\s+(?!(?:funeral|world|earth|planet|life|family|house|home|place)\b)\w+)"
        r"|\b(?:care|notice|matter|miss\s+me)\s+if\s+i\s+(?:die|died|live\s+or\s+die|was\s+dead|were\s+dead"
        r"|was\s+gone|were\s+gone|disappeared|killed\s+my\s*self|(?:wasn't|weren't)\s+"
        r"(?:here|around|alive)|(?:was|were)\s+not\s+(?:here|around|alive)|stopped\s+existing"
        r"|just\s+(?:died|disappeared|vanished))\b",
        inherent=True,
    ),
    # --- self-harm (concern) ---
    rule(
        "harm_myself",
        _SH,
        _CON,
        rf"\b(?:hurt(?:ing|s)?|harm(?:ing|ed|s)?|cut(?:ting|s)?|burn(?:ing|ed|t|s)?"
        rf"|starv(?:e|ing|ed)|scratch(?:ing|ed)?|injur(?:e|ing|ed))\s+{_MYSELF}\b"
        + _SELF_HARM_ACCIDENT,
        inherent=True,
    ),
    rule(
        "punish_myself",
        _SH,
        _CON,
        rf"\bpunish(?:ing|ed|es)?\s+{_MYSELF}\s+by\s+(?:cutting|burning|hurting|hitting"
        r"|starving|scratching|bruising)\b",
        inherent=True,
    ),
    rule(
        "cut_body",
        _SH,
        _CON,
        # (clawing too: "clawed at my arms with my nails")
        r"\b(?:cut(?:ting)?|burn(?:ing|ed|t)?|scratch(?:ing|ed)?|carv(?:e|ing|ed)"
        r"|claw(?:ing|ed)?(?:\s+at)?)\s+"
        r"my\s+(?:skin|arms?|wrists?|legs?|thighs?|stomach|hips?)\b" + _SELF_HARM_ACCIDENT,
        inherent=True,
    ),
    rule(
        "self_harm",
        _SH,
        _CON,
        r"\bself[\s-]?(?:harm(?:ing|ed|s)?|injur(?:y|ing|ed|e|es)|mutilat\w*)\b",
        inherent=False,
    ),
    rule(
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
OTHER_RULES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, FLAGS)
    for p in (
        r"\b(?:kill(?:ing|ed|s)?|hurt(?:ing|s)?|harm(?:ing|ed|s)?|cut(?:ting|s)?"
        r"|unaliv(?:e|ing|ed|es))\s+(?:him|her|them|your)sel(?:f|ves)\b",
        r"\b(?:end(?:ing|ed|s)?|tak(?:e|ing|es)|took)\s+(?:his|her|their)\s+(?:own\s+)?life\b",
        r"\bwish(?:es|ed)?\s+(?:he|she|they)\s+(?:was|were)\s+dead\b",
    )
)


EXTRA_EXPLICIT_RULES: tuple[Rule, ...] = (
    rule(
        "not_exist",
        _DW,
        _CON,
        r"\b(?:want(?:s|ed)?|wanna|wish(?:ed)?|rather|prefer|like)\s+(?:to\s+)?(?:just\s+)?(?:not|never)"
        r"\s+(?:to\s+)?(?:exist|be\s+alive|be\s+here|be\s+around|wake\s+up)\b"
        r"|\b(?:be\s+(?:fine|ok|okay|happy|glad|relieved)|wouldn'?t\s+mind)\s+(?:if\s+i\s+)?"
        r"(?:never|not)\s+wak(?:e|ing)\s+up\b"
        r"|\bend(?:ed|ing|s)?\s+(?:things|everything)(?!\s+(?:with|between|off|on\s+a))"
        r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:for\s+good|forever|tonight|soon|now)\b))",
        inherent=False,
    ),
    rule(
        "self_harm_more",
        _SH,
        _CON,
        r"\b(?:used|use|using|grabbed|got\s+out|took\s+out)\s+(?:the|a|my)\s+(?:razor|blade)s?\s+"
        r"(?:again|on\s+my)\b"
        r"|\b(?:until|till)\s+(?:it|i|they|my\s+\w+)\s+(?:bleeds?|bled|bruised?)\b"
        # (not "…, not on purpose obviously", "… didn't do it on purpose": a denial between the
        # act and "on purpose" is read, as ``rules_en_harm_meant`` reads it)
        # (nor a wound tended: "pressed my hand on the cut on purpose to stop the bleeding")
        r"|(?<!\bon\sthe\s)(?<!\bon\smy\s)(?<!\bon\sa\s)(?<!\bonto\sthe\s)(?<!\bover\sthe\s)"
        r"(?<!\bover\smy\s)"
        r"\b(?:cut|burn|hit|scratch|bruise|bleed|hurt|pick|slam|bang|punch|smash|starv)\w*\b"
        r"(?:(?!\b(?:not|never|didn'?t|wasn'?t|isn'?t|don'?t|doesn'?t|weren'?t)\b)[^.!?\n]){0,40}"
        r"\bon\s+purpose\b",
        inherent=False,
    ),
    rule(
        "rather_be_dead",
        _DW,
        _CON,
        r"\b(?:i'?d|i\s+would)\s+(?:much\s+)?rather\s+(?:be\s+dead|die|not\s+(?:be\s+alive|exist))\b"
        # "I'd rather be dead tired from a hike": tired, not dead
        r"(?!\s+(?:tired|on\s+my\s+feet|beat|serious|last|wrong|centre|center)\b)"
        # "I'd rather die than wear that dress lol": a joke about a small thing
        r"(?!\s+than\s+(?:wear|eat|watch|dance|sing|be\s+seen)\b|[^.!?\n]*\b(?:lol|lmao|haha\w*)\b)"
        # … or than an errand, an event or a task ("than go back to that dentist", "than sit
        # through another of his seminars"); not "than go on like this", "than go back there"
        r"(?!\s+than\s+(?:go(?:ing)?\s+(?:back\s+)?to|sit(?:ting)?\s+through|attend(?:ing)?|do(?:ing)?"
        r"|fill(?:ing)?\s+in|queue\s+(?:at|for)|ring|call|phone|listen\s+to|face|watch)\s+"
        r"(?:(?:the|that|this|a|an|my|another|his|her|their|our|one\s+more)\s+)?(?:[\w'-]+\s+){0,3}?"
        rf"(?:{_TASKS}|{_ERRANDS})\b)"
        r"|\b(?:imagin|pictur|fantasi[sz]|dream)\w*\s+(?:about\s+)?my\s+(?:own\s+)?(?:funeral"
        r"|death|grave|dead\s+body)\b",
        inherent=True,
    ),
    rule(
        "only_way_out",
        _SI,
        _URG,
        r"\b(?:suicide|death|dying|killing\s+my\s*self|ending\s+it)\s+(?:feels|seems|is|looks"
        r"|sounds)\s+like\s+(?:the\s+|my\s+)?(?:only|best|easiest|last)\s+(?:way\s+out|option"
        r"|answer|choice|solution|escape)\b",
        inherent=False,
    ),
    rule(
        "attempt_history",
        _SI,
        _URG,
        r"\b(?:since|after|before)\s+my\s+(?:last\s+|first\s+|second\s+|suicide\s+)?"
        r"(?:attempt|overdose)\b(?!\s+(?:at|to|on)\b)"
        r"|\b(?:tried|tryed|attempted)\s+(?:to\s+)?(?:end\s+it|end\s+things|end\s+everything"
        r"|end\s+my\s+life|kill\s+my\s*self"
        r"|take\s+my\s+(?:own\s+)?life|commit\s+suicide)\b"
        # tried, said as people say it: "at nineteen I had a go at ending it"
        r"|\bhad\s+a\s+(?:go|try|shot|crack)\s+at\s+(?:ending\s+(?:it|things|everything|my\s+life)"
        r"|killing\s+my\s*self|topping\s+my\s*self|taking\s+my\s+(?:own\s+)?life)\b(?!\s+with\b)"
        # nearly over the edge of a height and talked down from it ("us" for "me", as the north
        # of England says it)
        r"|\b(?:nearly|almost)\s+(?:went|jumped|threw\s+myself|stepped)\s+off\s+(?:the|a|that)\s+"
        r"(?:[\w'-]+\s+){0,2}?(?:bridge|cliff|roof|ledge|car\s+park|multi-?storey|viaduct|tower"
        r"|flyover)\b(?=[^.!?\n]{0,80}\btalked\s+(?:me|us)\s+(?:down|round|back))"
        # (not a vehicle going off a road or a bridge)
        r"(?![^.!?\n]{0,60}\b(?:car|van|lorry|bus|bike|driving|drove|skid\w*|ice|icy)\b)",
        inherent=True,
    ),
    rule(
        "plan_details",
        _PM,
        _URG,
        r"\b(?:worked|figured)\s+out\s+(?:how|when|where|exactly\s+how)\s+(?:i'?d|i\s+would"
        r"|i'?ll|i\s+will|i'?m\s+going\s+to|to)\s+do\s+it\b"
        r"|\b(?:which|what)\s+(?:bridge|building|roof|cliff|pills|tablets|method|rope|train"
        r"|overpass)\s+i'?(?:d|ll|\s+would|\s+will)\s+(?:use|jump|take|choose|pick)\b"
        r"|\b(?:picked|chosen|chose|set|decided\s+on)\s+(?:a|the)\s+(?:date|day|time)\s+to\s+"
        r"(?:end\s+it|die|do\s+it|kill\s+my\s*self|end\s+my\s+life|go)\b"
        r"|\b(?:sat|sit|sitting|stood|stand|standing|climbed)\s+(?:out\s+)?on\s+(?:the\s+)?"
        r"(?:edge|ledge|railing|parapet)\s+of\s+(?:the|a|my|our)\s+(?:\w+\s+)?(?:roof|rooftop"
        r"|bridge|building|cliff|balcony|platform|car\s+park|tower)\b"
        # (not a roof terrace with a drink and the view)
        r"(?!\s+(?:terrace|garden|bar)\b|[^.!?\n]{0,40}\b(?:beer|wine|drink|coffee|view|sunset"
        r"|sunrise|photos?|picnic)\b)"
        r"|\b(?:the\s+day|the\s+night)\s+i'?m\s+(?:going\s+to|gonna)\s+do\s+it\b"
        r"|\b(?:best|right|perfect)\s+(?:time|way|place|moment|day)\s+to\s+do\s+it\b"
        r"|\bnoose\b|\b(?:tied|tie|tying|hung|hanging)\s+(?:a|the)\s+(?:rope|belt|cord)\b"
        r"[^.!?\n]{0,50}\b(?:hold|neck|weight)\b"
        # "to see if it would hold the swing / the hammock": what it holds is not the writer
        r"(?!\s+(?:the|a|our|my\s+(?:kids?|son|daughter))\s+(?:swing|hammock|kids?|tent|boat|tarp"
        r"|load|branch|tyre|tire))"
        r"|\btook\s+(?:a\s+(?:whole\s+)?(?:bottle|box|packet|pack|handful)\s+of|all\s+(?:of\s+)?"
        rf"(?:my|the))\s+{_MEDS}",
        inherent=False,
    ),
    rule(
        "urge_to_self_harm",
        _SH,
        _CON,
        r"\burges?\s+to\s+(?:cut|self[\s-]?harm|hurt\s+my\s*self|burn\s+my\s*self|bleed)\b"
        r"|\bi\s+deserve\s+to\s+(?:hurt|suffer|bleed|be\s+hurt|feel\s+pain|be\s+in\s+pain)\b"
        r"|\b(?:fresh|new|hide|hid|hiding|cover(?:ing|ed)?\s+up)\s+(?:the\s+|my\s+)?(?:fresh\s+"
        r"|new\s+)?(?:cuts|scars|burns|wounds)\s+on\s+my\s+(?:arms?|wrists?|legs?|thighs?|skin"
        r"|stomach)\b"
        rf"|\b(?:hit(?:ting)?|punch(?:ed|ing)?|slap(?:ped|ping)?|bit(?:e|ing)?|bruis(?:e|ed|ing))"
        rf"\s+{_MYSELF}\s+(?:until|till|so\s+hard|hard|again|when|to\b|on\s+purpose)"
        rf"|\bpunish(?:ing|ed|es)?\s+{_MYSELF}\s+by\s+(?:not\s+eating|starving|hitting)\b"
        r"|\b(?:bang(?:ing|ed)?|hit(?:ting)?|smash(?:ing|ed)?)\s+my\s+head\s+(?:against|on|into)\s+"
        r"(?:the\s+|a\s+)?(?:wall|floor|door|desk)\s+(?:until|till|when\s+(?:it|i|things)|so\s+hard"
        r"|again|on\s+purpose|to\s+(?:feel|stop|cope))",
        inherent=True,
    ),
)
