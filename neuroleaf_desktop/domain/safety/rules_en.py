"""English phrase rules: explicit statements, self-harm, and the warning signs.

Each rule is written for a *kind* of wording, not for one sentence: verb tenses
("kill/killed/killing"), contractions with and without the apostrophe ("don't"/"dont"),
informal spellings ("wanna", "gonna", "kms"), and the figurative look-alikes that must not
flag ("kill myself laughing", "the heat is unbearable", "no way out of the car park").
Everyday contexts that make a warning-sign phrase ordinary (a goodbye before a holiday, a
rifle for hunting season, giving old clothes to charity) are in ``everyday.py``; negation,
whose words they are and the time of the event are judged in ``context.py``.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, FLAGS, Rule, rule

_MYSELF = r"(?:my\s*self|me\s*self)"
_NOT = r"(?:do(?:n't|nt|\s+not)|does(?:n't|nt|\s+not)|did(?:n't|nt|\s+not))"


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
        r"\boverdos(?:e|ed|es|ing)\b(?!\s+on\s+(?:chocolate|sugar|caffeine|coffee|netflix|tv"
        r"|cake|candy|sweets|junk|memes|social|cute))",
        inherent=False,
    ),
    rule(
        "pills",
        _PM,
        _URG,
        # Saving pills up is "getting the means" (``stockpiling`` below).
        r"\b(?:take|swallow|taking|swallowing)\s+all\s+(?:of\s+)?(?:my|the|these|those)\s+"
        r"(?:pills|meds|tablets|painkillers|sleeping\s+pills)\b"
        r"|\bhow\s+many\s+(?:pills|tablets|painkillers)\b[^.!?\n]{0,30}?"
        r"\b(?:take|die|kill|enough|lethal|overdose)\b",
        inherent=False,
    ),
    rule(
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
    rule(
        "want_to_die",
        _DW,
        _CON,
        r"\b(?:wan(?:t|ts|ted|ting)\s+to|wanna|wish(?:ed)?\s+(?:i\s+)?(?:could|would)"
        r"|ready\s+to|deserve\s+to|should(?:\s+just)?|i\s+just)\s+(?:just\s+)?die\b"
        r"(?!\s+(?:of|from|laughing|inside|a\s+little|for\b|happy|old|doing|with\s+(?:my|a)\b"
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
        + _LIVE_TAIL,
        inherent=False,
    ),
    rule(
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
    rule(
        "tired_of_living",
        _DW,
        _CON,
        r"\b(?:tired|sick|exhausted)\s+of\s+(?:living|being\s+alive|existing)\b",
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
        r"|\b(?:do(?:n't|nt|\s+not)|can(?:'t|not|t|\s+not)|no\s+longer)\s+see\s+(?:the|any)\s+"
        r"point\s+(?:in|of)\s+(?:living|life|going\s+on|being\s+alive|existing)\b"
        r"|\bwhat'?s\s+(?:even\s+)?the\s+point\s+(?:of|in)\s+(?:living|being\s+alive"
        r"|going\s+on|existing)\b",
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
        r"\bbetter(?:\s+off)?\s+without\s+me\b(?!\s+on\s+(?:the|this|their)\b)"
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
        r"\b(?:cut(?:ting)?|burn(?:ing|ed|t)?|scratch(?:ing|ed)?|carv(?:e|ing|ed))\s+"
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

_TP, _NF, _GB = Category.TRAPPED_PAIN, Category.NO_FUTURE, Category.GOODBYES
_GA, _GM = Category.GIVING_AWAY, Category.GETTING_MEANS

_MEDS = (
    r"(?:pills|meds|medications?|medicines?|tablets|painkillers|pain\s+killers"
    r"|sleeping\s+(?:pills|tablets)|antidepressants|anti-depressants|paracetamol|tylenol"
    r"|ibuprofen|aspirin|insulin|opioids|oxy\w*|benzos|xanax|prescriptions?)"
)
_GUN = r"(?:gun|pistol|handgun|hand\s+gun|firearm|revolver|shotgun|rifle)"
# Clause end, or a few words that keep it about the person's own state ("… for me", "… now").
_TAIL = (
    r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:for\s+me|any\s*more|any\s+longer|now|again|at\s+all"
    r"|and|but|so|because|i\b|it'?s|there'?s|from\s+(?:this|it|the\s+pain|my)|of\s+"
    r"(?:this|it|here|my|the\s+pain)(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:for\s+me|pain|life|hell"
    r"|feeling|darkness|mess|situation|head|mind)\b)))\b))"
)
_I_AM = r"(?:i\s+am|i'm|im|i\s+feel|i\s+felt|i've\s+been|ive\s+been|i\s+was|feeling|i\s+get)"

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
        r"|\b(?:cut|burn|hit|scratch|bruise|bleed|hurt|pick)\w*\b[^.!?\n]{0,40}\bon\s+purpose\b",
        inherent=False,
    ),
    rule(
        "rather_be_dead",
        _DW,
        _CON,
        r"\b(?:i'?d|i\s+would)\s+(?:much\s+)?rather\s+(?:be\s+dead|die|not\s+(?:be\s+alive|exist))\b"
        r"|\b(?:imagin|picture|fantasi[sz]|dream)\w*\s+(?:about\s+)?my\s+(?:own\s+)?(?:funeral"
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
        r"|take\s+my\s+(?:own\s+)?life|commit\s+suicide)\b",
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
        r"|\b(?:the\s+day|the\s+night)\s+i'?m\s+(?:going\s+to|gonna)\s+do\s+it\b"
        r"|\b(?:best|right|perfect)\s+(?:time|way|place|moment|day)\s+to\s+do\s+it\b"
        r"|\bnoose\b|\b(?:tied|tie|tying|hung|hanging)\s+(?:a|the)\s+(?:rope|belt|cord)\b"
        r"[^.!?\n]{0,50}\b(?:hold|neck|weight)\b"
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

WARNING_RULES: tuple[Rule, ...] = (
    # --- feeling trapped, unbearable pain ---
    rule(
        "trapped",
        _TP,
        _CON,
        rf"\b{_I_AM}\s+(?:so\s+|completely\s+|totally\s+|just\s+|really\s+|utterly\s+)?"
        r"(?:trapped|caged|imprisoned)"
        r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:and|with\s+no|with\s+nowhere|in\s+my\s+(?:own\s+)?"
        r"(?:head|mind|life|body|skin|thoughts)|inside\s+my|like)\b))",
        inherent=False,
    ),
    rule(
        "no_way_out",
        _TP,
        _CON,
        r"\b(?:there'?s|there\s+is|there\s+isn't\s+any|i\s+(?:see|have|can\s+see)|with|i\s+can't"
        r"\s+see\s+(?:a|any)|i\s+don't\s+see\s+(?:a|any))\s+(?:just\s+|really\s+|absolutely\s+)?"
        r"(?:no\s+)?(?:way\s+out|escape|exit|way\s+to\s+escape|nowhere\s+(?:left\s+)?to\s+(?:go"
        r"|turn|run))" + _TAIL,
        inherent=False,
    ),
    rule(
        "unbearable_pain",
        _TP,
        _CON,
        r"\b(?:the|this|my|my\s+emotional|the\s+emotional|inner|mental)\s*(?:pain|hurt|agony"
        r"|suffering)\s+(?:is|'s|feels|has\s+become|gets)\s+(?:just\s+|so\s+|simply\s+|too\s+)?"
        r"(?:unbearable|intolerable|too\s+much(?:\s+to\s+(?:bear|handle|take))?|never[\s-]ending"
        r"|endless|constant\s+and\s+unbearable)\b"
        r"|\b(?:unbearable|endless|never[\s-]ending)\s+(?:emotional\s+)?(?:pain|agony|suffering)"
        r"\b(?!\s+in\s+my\s+(?:knee|back|tooth|teeth|leg|arm|foot|feet|head|neck|shoulder))"
        r"|\b(?:it\s+all|everything|life|living|this\s+life)\s+(?:is|'s|feels|has\s+become)\s+"
        r"(?:just\s+)?(?:too\s+much\s+to\s+bear|unbearable)\b",
        inherent=False,
    ),
    rule(
        "cant_take_it",
        _TP,
        _CON,
        r"\bcan(?:'t|not|t|\s+not|\s+no\s+longer)\s+(?:take|handle|bear|stand|cope\s+with"
        r"|deal\s+with|do|live\s+with|survive)\s+(?:it|this|the\s+pain|this\s+pain|the\s+way\s+i"
        r"\s+feel|feeling\s+like\s+this|living\s+like\s+this|any\s+of\s+(?:this|it)|this\s+life"
        r"|life|my\s+life|myself|the\s+hurt|being\s+me)\s*(?:any\s*more|any\s+longer|much\s+"
        r"longer|a\s+(?:day|minute|second)\s+longer)\b"
        r"|\bcan(?:'t|not|t|\s+not|\s+no\s+longer)\s+cope(?:\s+(?:any\s*more|any\s+longer))?" + END,
        inherent=False,
    ),
    rule(
        "make_it_stop",
        _TP,
        _CON,
        r"\b(?:just\s+)?want\s+(?:it\s+all|everything|the\s+pain|this\s+pain|all\s+(?:of\s+)?this"
        r"|the\s+hurt|it|my\s+life|life)\s+to\s+(?:stop|end|be\s+over)(?:\s+(?:for\s+good|forever"
        r"|permanently|now))?" + END + r"|\bthe\s+end\s+of\s+my\s+(?:rope|tether)\b",
        inherent=False,
    ),
    # --- no future, hopelessness ---
    rule(
        "no_future",
        _NF,
        _CON,
        r"\b(?:i\s+(?:have|'ve\s+got|got)|i've\s+got|there'?s|there\s+is)\s+no\s+future"
        r"(?:\s+(?:for\s+me|left|ahead))?" + END + r"|\b(?:can(?:'t|not|t)|do(?:n't|nt|\s+not))"
        r"\s+see\s+(?:a|any)\s+future(?:\s+for\s+(?:my\s*self|me))?" + END
        + r"|\bnothing\s+(?:ahead\s+of\s+me|left\s+for\s+me|(?:left\s+)?to\s+look\s+forward\s+to"
        r"|to\s+hope\s+for)\b",
        inherent=False,
    ),
    rule(
        "never_better",
        _NF,
        _CON,
        r"\b(?:things|it|life|this|nothing|my\s+life)\s+(?:will|'ll|is\s+(?:ever\s+)?going\s+to"
        r"|isn't\s+(?:ever\s+)?going\s+to|won'?t|will\s+not|is\s+never\s+going\s+to)\s+(?:ever\s+)?"
        r"(?:never\s+)?(?:get\s+(?:any\s+)?better|change|improve)\b(?!\s+(?:the|my|our|their|how))"
        r"|\bno\s+way\s+(?:things|it|this|life)\s+(?:could|will|can|would)\s+(?:ever\s+)?"
        r"(?:get\s+better|improve|change)\b"
        r"|\b(?:i\s+(?:feel|am)|i'm|im|i\s+felt|feeling|it'?s\s+all|everything\s+(?:is|feels)"
        r"|life\s+(?:is|feels))\s+(?:so\s+|completely\s+|totally\s+|utterly\s+|just\s+|really\s+)?"
        r"hopeless\b(?!\s+(?:at|with|about\s+(?:cooking|maths|math|directions)))"
        r"|\bit'?s\s+(?:all\s+)?hopeless" + END,
        inherent=False,
    ),
    rule(
        "not_around_much_longer",
        _NF,
        _CON,
        r"\b(?:i\s+won'?t|i\s+will\s+not|i'?m\s+not\s+going\s+to|i\s+wont)\s+be\s+(?:here|around)"
        r"\s+(?:much\s+longer|for\s+(?:much\s+)?longer|for\s+long|to\s+see|any\s*more|forever"
        r"|by\s+(?:then|christmas|the\s+end))\b"
        r"|\b(?:do(?:n't|nt|\s+not))\s+think\s+i'?(?:ll|\s+will)\s+(?:be\s+(?:here|around)"
        r"|make\s+it\s+(?:to|through|past))\b(?!\s+(?:on\s+time|in\s+time|for\s+(?:dinner"
        r"|the\s+(?:party|meeting|class))|to\s+the\s+(?:party|meeting|class|station)))"
        r"|\bcan(?:'t|not|t)\s+see\s+my\s*self\s+(?:being\s+(?:here|around|alive)|living)"
        r"\s+(?:much\s+longer|for\s+long|next\s+year|any\s*more)\b"
        r"|\bwon'?t\s+be\s+(?:a\s+)?(?:problem|burden|bother|trouble|nuisance)\s+(?:for|to)\s+"
        r"(?:anyone|anybody|you|them|everyone|anyone\s+else)(?:\s+(?:much\s+longer|soon|for"
        r"\s+long|any\s*more))?" + END,
        inherent=False,
    ),
    rule(
        "pointless",
        _NF,
        _CON,
        r"\bwhat'?s\s+(?:even\s+)?the\s+point\s+(?:of\s+(?:anything|it\s+all|any\s+of\s+(?:this|it)"
        r"|trying|going\s+on|me|me\s+being\s+here|carrying\s+on)|any\s*more)\b"
        r"|\bnothing\s+matters\s+(?:any\s*more|any\s+longer|to\s+me\s+any\s*more)\b"
        r"|\b(?:i'?ve|i\s+have|i)\s+(?:given|gave)\s+up\s+on\s+(?:everything|life|living|my\s*self"
        r"|me|the\s+future|getting\s+better|ever\s+being\s+happy|any\s+hope)\b"
        r"|\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:keep(?:ing)?\s+(?:going|trying)|carry(?:ing)?"
        r"\s+on|try(?:ing)?\s+any\s*more)\b"
        r"|\bnothing\s+left\s+for\s+me\b|\b(?:lost|no)\s+(?:all\s+)?(?:hope|will\s+to\s+live)"
        r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:left|any\s*more|for\s+(?:the\s+future|anything|my"
        r"\s*self|me))\b))",
        inherent=False,
    ),
    # --- burden (extends the explicit burden rules above) ---
    rule(
        "burden_more",
        _BU,
        _CON,
        r"\b(?:better|easier|happier|fine|relieved|lighter|free)(?:\s+off)?\s+without\s+me\b"
        r"(?!\s+(?:for\s+(?:a|the|two|three|one|this|that|tonight|today)|while|on\s+(?:the|this"
        r"|their)|at\b|this\s+(?:week|weekend|time)|tonight|today|next))"
        r"|\b(?:relieved|glad|happier|better\s+off)\s+if\s+i\s+(?:was|were)\s+gone\b"
        r"|\b(?:i'?m|i\s+am|im)\s+(?:just\s+|such\s+|only\s+)?(?:a|nothing\s+but\s+a)\s+"
        r"(?:waste\s+of\s+(?:space|air|oxygen|life)|weight|drain)\b"
        r"|\bi\s+(?:only|just)\s+(?:make|ruin)\s+(?:things|everything|everyone'?s\s+lives?"
        r"|their\s+lives?)\s+worse\b",
        inherent=True,
    ),
    # --- goodbyes, final arrangements ---
    rule(
        "goodbye_letters",
        _GB,
        _CON,
        r"\b(?:goodbye|good-bye|farewell|final|last)\s+(?:letters?|notes?|messages?)\s+(?:to|for)"
        r"\b|\b(?:wrote|written|writing|write|left|leaving)\s+(?:a\s+|my\s+)?(?:goodbye|farewell"
        r"|final|last)\s+(?:letters?|notes?|messages?)\b"
        r"|\b(?:letters?|notes?|messages?)\s+(?:to|for)\s+(?:everyone|all\s+the\s+people|my\s+"
        r"(?:family|kids|children|parents|friends|mum|mom|dad|wife|husband|partner))\b[^.!?\n]{0,20}"
        r"\b(?:when|after|once)\s+i'?m\s+(?:gone|dead|not\s+(?:here|around))",
        inherent=False,
    ),
    rule(
        "when_im_gone",
        _GB,
        _CON,
        r"\b(?:for\s+when|when|after|once)\s+i'?m\s+(?:gone|dead|not\s+(?:here|around)(?:\s+any"
        r"\s*more)?|no\s+longer\s+(?:here|around|alive))\b(?!\s+(?:for\s+(?:a|the|two|three|one)"
        r"|on\b|to\b))",
        inherent=True,
    ),
    rule(
        "goodbye_for_good",
        _GB,
        _CON,
        r"\b(?:say(?:ing)?|said|says|tell(?:ing)?|told)\s+(?:my\s+)?(?:goodbyes?|good-byes?"
        r"|farewell)\b(?=[^.!?\n]{0,50}\b(?:for\s+good|forever|for\s+the\s+(?:very\s+)?last"
        r"\s+time|the\s+last\s+time|before\s+i\s+go|at\s+peace|didn'?t\s+know|one\s+last"
        r"|everyone|everybody|all\s+of\s+you|you\s+all)\b)"
        r"|\b(?:told|tell|telling)\s+(?:\w+\s+){1,3}goodbye\s+(?:forever|for\s+good)\b"
        r"|\bthis\s+is\s+(?:my|a|the)\s+(?:final\s+)?goodbye\b"
        r"|\bi'?m\s+writing\s+this\s+to\s+say\s+goodbye\b",
        inherent=False,
    ),
    rule(
        "affairs_in_order",
        _GB,
        _CON,
        r"\b(?:put(?:ting)?|got|get(?:ting)?|have|had|set(?:ting)?)\s+(?:all\s+)?my\s+affairs\s+"
        r"(?:in\s+order|sorted|settled|straight)\b"
        r"|\bsort(?:ed|ing)?\s+out\s+(?:all\s+)?my\s+affairs\b"
        r"|\b(?:wrote|written|writing|made|making|updated|updating|changed|finished|did|done)\s+"
        r"(?:up\s+)?(?:a|my)\s+will\b(?!\s+(?:power|to)\b)"
        r"|\b(?:instructions|wishes|plans?|arrangements|music|songs?)\s+for\s+my\s+(?:own\s+)?"
        r"funeral\b|\bplann(?:ed|ing)\s+my\s+(?:own\s+)?funeral\b"
        r"|\bthis\s+(?:is|will\s+be)\s+(?:my|the)\s+(?:very\s+)?last\s+(?:entry|post|page"
        r"|message|note)\b"
        r"|\bwon'?t\s+(?:need|be\s+needing|have)\s+to\s+write\s+(?:in\s+)?(?:this|here)\b"
        r"|\b(?:passwords|accounts|bank\s+details)\b[^.!?\n]{0,60}\b(?:after|when|once)\s+i'?m"
        r"\s+gone\b"
        r"|\bcancel(?:led|ed|ling|ing)?\s+(?:all\s+)?my\s+(?:plans|subscriptions|appointments)"
        r"\b[^.!?\n]{0,40}\bwon'?t\s+(?:need|be\s+needing)",
        inherent=False,
    ),
    # --- giving possessions away ---
    rule(
        "giving_things_away",
        _GA,
        _CON,
        r"\b(?:giv(?:e|ing|en)|gave|hand(?:ed|ing)?\s+(?:out|over)|gett?(?:ing)?\s+rid\s+of"
        r"|got\s+rid\s+of)\s+(?:away\s+)?(?:all\s+(?:of\s+)?)?my\s+(?:things|stuff|belongings"
        r"|possessions|treasures|valuables|prized\s+\w+|favou?rite\s+\w+|most\s+precious\s+\w+)"
        r"(?:\s+away)?\b"
        r"|\b(?:giv(?:e|ing|en)|gave|hand(?:ed|ing)?\s+(?:out|over)|leav(?:e|ing)|left|sign(?:ed|ing)?"
        r")\b(?=[^\n]{0,100}\b(?:won'?t\s+(?:need|be\s+needing|be\s+using|use|be\s+\w+ing\s+(?:it"
        r"|them|this|that)\s+(?:any\s*more|again))|want\s+(?:you|him|her|them)\s+to\s+have\s+(?:it"
        r"|them|this)\s+now|no\s+use"
        r"\s+(?:keeping|for\s+(?:it|them|me))|where\s+i'?m\s+going|don'?t\s+need\s+(?:it|them"
        r"|anything)\s+any\s*more|(?:after|when|once)\s+i'?m\s+gone|better\s+(?:life|home|owner)"
        r"|nothing\s+(?:left\s+)?to\s+look\s+after|most\s+precious|treasured|need\s+(?:it|them)"
        r"\s+more\s+than\s+(?:me|i\s+do))\b)"
        r"|\b(?:gave|giving|give|given|hand(?:ed|ing)\s+out)\s+(?:away\s+)?(?:all\s+)?my\s+"
        r"(?:\w+\s+){1,6}(?:to|among)\s+(?:my\s+|all\s+my\s+)?(?:friends|family|people|everyone)\b"
        r"|\bleav(?:e|ing)\s+(?:all\s+)?my\s+(?!kids|children|son|daughter|dog|cat|car|bike|bag"
        r"|keys|phone|laptop)(?:\w+\s+){1,3}to\s+(?!be\b|get\b|the\b|go\b|dry\b|soak\b|cool\b)"
        r"(?:my\s+)?\w+"
        r"|\bi\s+want\s+(?:my\s+)?\w+\s+to\s+have\s+(?:all\s+)?my\s+(?!number|address|back|side"
        r"|attention|support|email|phone)\w+",
        inherent=False,
    ),
    rule(
        "trapped_more",
        _TP,
        _CON,
        r"\b(?:can(?:'t|not|t)|do(?:n't|nt))\s+(?:\w+\s+)?see\s+(?:any|a)\s+way\s+(?:out|to\s+(?:get\s+out"
        r"|escape|go\s+on|keep\s+going|carry\s+on|live))\b"
        r"|\bno\s+way\s+to\s+(?:get\s+out|escape)\b(?!\s+(?:of\s+)?(?:the|this)\s+(?:traffic|jam|queue"
        r"|car\s*park|lift|elevator|meeting|room|building|game|level))"
        r"|\b(?:the\s+)?pain\s+(?:just\s+|simply\s+)?(?:won'?t|doesn'?t|never|will\s+not|does\s+not)\s+"
        r"(?:stop|end|go\s+away|let\s+up|ease)\b"
        r"|\bcan(?:'t|not|t)\s+(?:keep\s+|go\s+on\s+)?(?:living|live|exist(?:ing)?)\s+like\s+this\b",
        inherent=False,
    ),
    rule(
        "no_future_more",
        _NF,
        _CON,
        r"\b(?:can(?:'t|not|t)|do(?:n't|nt)|never)\s+(?:really\s+|even\s+)?(?:see|imagine|picture"
        r"|envision)\s+my\s*self\s+(?:getting\s+older|growing\s+(?:old|up)|being\s+(?:old|alive"
        r"|here|around)|in\s+(?:the\s+future|\w+\s+years)|living\s+(?:long|past|to)|having\s+a"
        r"\s+future|making\s+it|reach(?:ing)?\s+\d+)"
        r"|\b(?:don'?t|do\s+not|never)\s+(?:think|expect)\s+i'?(?:ll|\s+will)\s+(?:live|get)\s+"
        r"(?:to|past)\s+(?:see|\d+|thirty|forty|next)\b",
        inherent=False,
    ),
    rule(
        "burden_more2",
        _BU,
        _CON,
        r"\b(?:dragging|bringing|pulling|weighing)\s+(?:everyone|everybody|them|people|my\s+\w+)"
        r"(?:\s+\w+)?\s+down\b(?!\s+(?:the|to|for)\b)"
        r"|\bdeserve\s+(?:so\s+much\s+|much\s+|way\s+)?better\s+than\s+me\b"
        r"|\bbetter\s+off\s+with\s+(?:someone|somebody|anyone)\s+else\b"
        r"|\b(?:everyone|everybody|they|the\s+world|my\s+\w+)\s+(?:would|'d)\s+(?:be\s+)?"
        r"(?:better|fine|happier|okay|ok)\b[^.!?\n]{0,30}\bif\s+i\s+(?:just\s+)?(?:was|were|wasn'?t"
        r"|weren'?t|died|left|disappeared|ended|stopped)\b(?!\s+(?:there|at|in|on\s+time|home|late))",
        inherent=True,
    ),
    rule(
        "final_arrangements_more",
        _GB,
        _CON,
        r"\bmade\s+sure\s+(?:all\s+)?(?:of\s+)?(?:my\s+)?(?:bills|debts|rent|accounts|affairs|pets?"
        r"|cat|dog|kids|everything)\b[^.!?\n]{0,40}\b(?:paid|sorted|settled|in\s+order|looked\s+after"
        r"|taken\s+care\s+of|provided\s+for)\b"
        r"|\b(?:i'?m\s+(?:so\s+)?sorry|i\s+love\s+you(?:\s+all)?)\b[^\n]{0,80}\bgood-?bye\b"
        r"|\bif\s+(?:anyone|someone|you)\s+(?:is\s+|are\s+|ever\s+)?(?:reads?|reading|finds?|finding)"
        r"\s+this\b[^\n]{0,60}\b(?:sorry|goodbye|love\s+you|forgive|gone)\b",
        inherent=False,
    ),
    rule(
        "means_more",
        _GM,
        _URG,
        rf"\b{_MEDS}\b[^.!?\n]{{0,40}}\b(?:i'?d|i\s+would|i'?ll|to)\s+have\s+enough\b"
        rf"|\b(?:there'?s|there\s+is|i\s+have|i'?ve\s+got|now\s+i\s+have)\s+enough\s+(?:of\s+them|{_MEDS})?"
        rf"(?=[^\n]{{0,60}}\b{_MEDS}\b)"
        rf"|\b{_MEDS}\b[^\n]{{0,60}}\b(?:there'?s|there\s+is|i\s+have|i'?ve\s+got)\s+enough\b"
        rf"|\bcount(?:ed|ing)?\s+(?:out\s+)?(?:all\s+)?(?:of\s+)?(?:my|the)\s+{_MEDS}",
        inherent=False,
    ),
    # --- getting the means ---
    rule(
        "stockpiling",
        _GM,
        _URG,
        r"\b(?:sav(?:e|ing|ed)|stockpil(?:e|ing|ed)|hoard(?:ing|ed)?|collect(?:ing|ed)|stash(?:ing"
        r"|ed)?|keep(?:ing)?|kept|storing|stored|hid(?:ing|e)?)\s+(?:up\s+)?(?:all\s+)?(?:of\s+)?"
        rf"(?:my\s+|some\s+|the\s+|extra\s+)?{_MEDS}\b(?!\s+(?:for\s+(?:the|a|my)\s+(?:trip"
        r"|holiday|travel|flight|winter)|in\s+(?:the|a)\s+(?:fridge|cupboard|cabinet)\s+for\s+the"
        r"\s+kids))"
        rf"|\b(?:a\s+)?(?:stash|stockpile|supply|hoard|collection)\s+of\s+{_MEDS}\b"
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
        r"\b(?:bought|buy(?:ing)?|got|get(?:ting)?|purchased|ordered|found|got\s+hold\s+of"
        r"|getting\s+hold\s+of|took|taken|borrowed)\s+(?:a|my\s+\w+'?s?|his|her|the|a\s+new|an"
        rf"|myself\s+a)\s+{_GUN}\b"
        rf"|\b(?:where|know\s+where)\s+(?:my\s+\w+\s+)?(?:keeps?|hides?|stores?|locks?\s+up)\s+"
        rf"(?:his|her|their|the|a)\s+(?:{_GUN}|{_MEDS})\b"
        r"|\b(?:bought|ordered|got|buying|getting)\s+(?:a|some)\s+(?:rope|noose|length\s+of\s+rope)"
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
)

RULES: tuple[Rule, ...] = EXPLICIT_RULES + EXTRA_EXPLICIT_RULES + WARNING_RULES
