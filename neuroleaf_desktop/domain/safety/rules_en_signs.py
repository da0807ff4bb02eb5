"""English phrase rules for the warning signs that are not explicit statements: feeling
trapped or in unbearable pain, no future, being a burden, goodbyes and final arrangements,
giving possessions away, getting the means.

Figurative look-alikes ("the heat is unbearable", "no way out of the car park") are excluded
inside the rules; everyday contexts that make a phrase ordinary (a goodbye before a holiday, a
rifle for hunting season, old clothes to charity) are in ``everyday.py``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import NOT_THEIRS, no_handing_on_reason
from neuroleaf_desktop.domain.safety.rules_en_getting_means import GETTING_MEANS_RULES
from neuroleaf_desktop.domain.safety.rules_en_words import GUN as _GUN
from neuroleaf_desktop.domain.safety.rules_en_words import I_AM as _I_AM
from neuroleaf_desktop.domain.safety.rules_en_words import MEDS as _MEDS
from neuroleaf_desktop.domain.safety.rules_en_words import NOT as _NOT
from neuroleaf_desktop.domain.safety.rules_en_words import POINT_NAMED as _POINT_NAMED
from neuroleaf_desktop.domain.safety.rules_en_words import TAIL as _TAIL
from neuroleaf_desktop.domain.safety.rules_en_words import TASKS as _TASKS

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_BU, _SH = Category.BURDEN, Category.SELF_HARM
_TP, _NF, _GB = Category.TRAPPED_PAIN, Category.NO_FUTURE, Category.GOODBYES
_GA, _GM = Category.GIVING_AWAY, Category.GETTING_MEANS
_URG, _CON = Severity.URGENT, Severity.CONCERN

_SIGN_RULES: tuple[Rule, ...] = (
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
        r"|turn|run))"
        + _TAIL
        # the "there's" of a list carried on: "there's no handle anywhere, no way out"
        + r"|\b(?:there'?s|there\s+is)\s+no\s+[\w'-]+(?:\s+[\w'-]+){0,2}?,\s+(?:and\s+)?no\s+"
        r"(?:way\s+out|escape|exit)" + _TAIL,
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
        r"\s+see\s+(?:a|any)\s+future(?:\s+for\s+(?:my\s*self|me))?"
        + END
        + r"|\bnothing\s+(?:ahead\s+of\s+me|left\s+for\s+me|(?:left\s+)?to\s+look\s+forward\s+to"
        r"|to\s+hope\s+for)\b",
        inherent=False,
    ),
    rule(
        "never_better",
        _NF,
        _CON,
        # only when said as never: "things will get better" is hope, not its loss
        r"\b(?:things|it|life|this|my\s+life)\s*(?:won'?t|will\s+not|(?:will|'ll)\s+never"
        r"|(?:is|are|'s|'re)\s+never\s+(?:going\s+to|gonna)"
        r"|(?:isn't|aren't|is\s+not|are\s+not)\s+(?:ever\s+)?(?:going\s+to|gonna))\s+(?:ever\s+)?"
        r"(?:get\s+(?:any\s+)?better|change|improve)\b(?!\s+(?:the|my|our|their|how))"
        r"|\bnothing\s*(?:will|'ll|is\s+(?:ever\s+)?going\s+to)\s+(?:ever\s+)?"
        r"(?:get\s+(?:any\s+)?better|change|improve)\b(?!\s+(?:the|my|our|their|how))"
        # "nothing's ever gonna get better": the contraction and "gonna", with "nothing" only
        r"|\bnothing(?:'s|\s+is)\s+(?:ever\s+)?(?:going\s+to|gonna)\s+(?:get\s+(?:any\s+)?better"
        r"|change|improve)\b"
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
        + _POINT_NAMED
        + r"|\bnothing\s+matters\s+(?:any\s*more|any\s+longer|to\s+me\s+any\s*more)\b"
        r"|\b(?:i'?ve|i\s+have|i)\s+(?:given|gave)\s+up\s+on\s+(?:everything|life|living|my\s*self"
        r"|me|the\s+future|getting\s+better|ever\s+being\s+happy|any\s+hope)\b"
        r"|\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:keep(?:ing)?\s+(?:going|trying)|carry(?:ing)?"
        r"\s+on|try(?:ing)?\s+any\s*more)\b"
        + _POINT_NAMED
        + r"|\bnothing\s+left\s+for\s+me\b|\b(?:lost|no)\s+(?:all\s+)?(?:hope|will\s+to\s+live)"
        r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:left|any\s*more|for\s+(?:the\s+future|anything|my"
        r"\s*self|me))\b))",
        inherent=False,
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
        # ("not about" is dialect "not around": "for when I'm not about")
        # (and the perfect after "for when": "they're for when I've gone")
        r"\b(?:for\s+when\s+i'?ve\s+gone|(?:for\s+when|when|after|once)\s+i'?m\s+(?:gone|dead"
        r"|not\s+(?:here|around|about)(?:\s+any\s*more)?|no\s+longer\s+(?:here|around|alive)))\b"
        r"(?!\s+(?:for\s+(?:a|the|two|three|one)"
        # an absence with its dates is a trip: "when I'm not around this weekend"
        r"|on\b|to\b|this\s+(?:weekend|week|month|summer)|next\s+(?:week|weekend|month|year)"
        r"|tomorrow|at\s+the\s+weekend|over\s+(?:the\s+)?(?:weekend|holidays?|summer|christmas"
        r"|easter)|during\b))",
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
        r"|\b(?:told|tell|telling)\s+(?:\w+\s+){1,3}(?:good)?bye\s+(?:forever|for\s+good)\b"
        r"|\bthis\s+is\s+(?:(?:my|a|the)\s+)?(?:final\s+|last\s+)?goodbye\b"
        # (said to a thing: "this is goodbye, old car", "goodbye to the old sofa")
        r"(?!\s*,?\s*(?:to\s+)?(?:old|my\s+old|the\s+old|dear\s+old)\s+(?!friends?\b|pals?\b|mates?\b)\w+)"
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
        # with no reason for handing the thing on in the line ("after the exams", "outgrown")
        r")\b"
        + no_handing_on_reason("en", 140)
        # someone else's "he won't be needing them" is not the writer's
        + r"(?=[^\n]{0,100}\b"
        + NOT_THEIRS["en"]
        + r"(?:won'?t\s+(?:need|be\s+needing"
        r"|be\s+using|use|be\s+\w+ing\s+(?:it"
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
        # (the trap a task or a thing with terms: "no way out of this spreadsheet before Friday",
        # "of the phone contract", "of the car park")
        rf"(?!\s+of\s+(?:this|the|that|my|our|his|her|their|a)\s+(?:[\w-]+\s+){{0,2}}?(?:{_TASKS})\b)"
        r"|\bnothing\s+(?:will|'?ll|is\s+going\s+to)\s+ever\s+make\s+(?:it|this)\s+stop\s+hurting\b"
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
        r"|here|around)|in\s+(?:the\s+future|any\s+future|a\s+future|\w+\s+years)|living\s+(?:long|past|to)|having\s+a"
        r"\s+future|making\s+it|reach(?:ing)?\s+\d+)"
        r"|\b(?:don'?t|do\s+not|never)\s+(?:think|expect)\s+i'?(?:ll|\s+will)\s+(?:live|get)\s+"
        r"(?:to|past)\s+(?:see|\d+|thirty|forty|next)\b",
        inherent=False,
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
        # (not asked by someone else: "Mum keeps asking if I've got enough")
        rf"|\b{_MEDS}\b[^\n]{{0,60}}(?<!\bif\s)(?<!\bwhether\s)\b(?:there'?s|there\s+is|i\s+have"
        r"|i'?ve\s+got)\s+enough\b"
        rf"|\bcount(?:ed|ing)?\s+(?:out\s+)?(?:all\s+)?(?:of\s+)?(?:my|the)\s+{_MEDS}"
        # counted out for a trip or a week ahead, or into a pill box: the dose planned
        r"(?![^.!?\n]{0,50}\b(?:for\s+(?:the|a|my|our|this|next)\s+(?:\w+\s+)?(?:holiday|trip|week"
        r"|weekend|flight|journey|fortnight|month|cruise|stay)|pill\s*(?:box|organi[sz]er)|dosette"
        r"|days?\s+exactly)\b)",
        inherent=False,
    ),
    rule(
        "general_round2",
        _DW,
        _CON,
        rf"\b(?:{_NOT}|dont|never)\s+(?:really\s+)?(?:want|wanna)\s+(?:to\s+)?wake\s+up\b"
        r"(?!\s+(?:early|late|before|at\b|on\s+time|in\s+time|for\b|so\s+early))"
        rf"|\b(?:{_NOT}|dont)\s+(?:think\s+i\s+)?deserve\s+(?:to\s+)?(?:live|be\s+alive|be\s+here"
        r"|exist|help|to\s+be\s+helped|to\s+be\s+happy|happiness)\b",
        inherent=False,
    ),
    rule(
        "plan_round2",
        _PM,
        _URG,
        r"\b(?:platform|train|tracks|bridge|ledge|roof|rooftop|balcony|cliff|overpass)\b[^.!?\n]{0,80}"
        r"\b(?:step(?:ping)?|jump(?:ing)?|throw(?:ing)?\s+my\s*self)\s+(?:off|in\s+front|down|over)\b"
        r"|\b(?:exactly|decided|planned|wrote\s+down|worked\s+out|figured\s+out)\s+(?:\w+\s+){0,2}"
        r"(?:how|when|where)\s+(?:and\s+(?:when|where|how)\s+)?i'?m\s+(?:going\s+to|gonna)\s+do\s+it\b"
        rf"|\bhow\s+(?:many|much)\s+(?:of\s+)?(?:my\s+|the\s+|these\s+)?{_MEDS}"
        # "how many are safe to take a day" is a dosing question, not a method
        r"(?![^.!?\n]{0,40}\b(?:safe|safely|allowed|recommended|max(?:imum)?|per\s+day|a\s+day)\b)"
        # nor a dose for someone in one's care ("how many paracetamol is an overdose for a child")
        r"(?![^.!?\n]{0,50}\bfor\s+(?:a|my|the|our|your)\s+(?:child|children|baby|toddler|kids?"
        r"|son|daughter|dog|cat|pet)\b)"
        # nor "how much ibuprofen i can take for my back": a dose for a body's pain
        r"(?![^.!?\n]{0,40}\bfor\s+(?:my|the|a|this|her|his)\s+(?:back|head|headache|pain|tooth"
        r"|teeth|knee|hip|shoulder|neck|cold|flu|fever|period|cramps|migraine|cough|arthritis)\b)"
        r"[^.!?\n]{0,30}"
        r"\b(?:take|kill|lethal|fatal|enough|die|overdose)\b",
        inherent=False,
    ),
    rule(
        "trapped_round2",
        _TP,
        _CON,
        r"\bcan(?:'t|not|t)\s+(?:keep\s+)?(?:living|live|go\s+on|going\s+on)\s+(?:like\s+this|with\s+"
        r"(?:this|the|all\s+this)\s+(?:pain|hurt|feeling|suffering))\b"
        r"|\b(?:stuck|trapped)\s+(?:in\s+)?(?:this\s+|my\s+own\s+)?(?:hell|nightmare|darkness|misery"
        r"|pain|black\s+hole)\b|\b(?:stuck|trapped)\b[^.!?\n]{0,30}\bforever\b",
        inherent=False,
    ),
    rule(
        "no_future_round2",
        _NF,
        _CON,
        r"\bi\s+(?:don'?t|dont|do\s+not)\s+have\s+(?:a|any)\s+future\b(?!\s+(?:in|at|with|as)\b)"
        r"|\b(?:things|it|life|this|my\s+life)(?:'s|\s+is)?\s+never\s+(?:going\s+to|gonna)\s+"
        r"(?:get\s+(?:any\s+)?better|change|improve)\b(?!\s+(?:the|my|our|their|how))"
        r"|\b(?:can(?:'t|not|t)|do(?:n't|nt)|never)\s+(?:\w+\s+)?(?:see|imagine|picture)\s+"
        r"(?:my\s*self\s+)?(?:still\s+)?(?:being|staying)\s+(?:alive|here"
        r"|around)\s+(?:next|in|by|much|for)\b",
        inherent=False,
    ),
    rule(
        "burden_round2",
        _BU,
        _CON,
        r"\b(?:just|simply)\s+by\s+(?:existing|being\s+(?:here|alive|around|me))\b"
        r"|\ball\s+i\s+(?:ever\s+)?do\s+is\s+(?:cause|create|make|bring)\s+(?:problems|trouble|pain"
        r"|misery|stress|everyone)"
        r"|\bi\s+(?:only|just|always)\s+(?:cause|bring|create)\s+(?:problems|trouble|pain|misery)\s+"
        r"(?:for|to)\b",
        inherent=True,
    ),
    rule(
        "goodbyes_round2",
        _GB,
        _CON,
        r"\b(?:tie|tying|tied)\s+up\s+(?:all\s+)?(?:the\s+|my\s+)?(?:loose\s+)?ends\b(?!\s+of\b)"
        # … or its likeness said of oneself after a parting in the sentence (things given,
        # cleared, written, thanked; not a chapter): "gave the lot away, like I'm wrapping up"
        r"|(?:^|(?<=[.!?\n]))(?=[^.!?\n]*\b(?:gave|given|giving|handed|cleared|sorted|left|wrote"
        r"|written|thanked|posted|rang|signed)\b)[^.!?\n]*?"
        r"\b(?:like|as\s+if|as\s+though)\s+(?:i'?m\s+|i\s+was\s+|i\s+am\s+)?(?:wrapping|winding"
        r"|rounding)\s+(?:up\s+)?(?:things|everything|it\s+all|my\s+life)(?:\s+up)?"
        r"(?=\s*(?:$|[.!?,;:\n]))"
        r"|\bin\s+case\s+i'?m\s+(?:not\s+(?:here|around)|gone|no\s+longer\s+(?:here|around))\b"
        # ("in case i'm not here when she comes", "… at six": an errand, not an absence for good)
        r"(?!\s+(?:when\s+(?:she|he|they|it|the)|at|on|for\s+(?:the|a|an|dinner|tea|lunch))\b)"
        r"|\bmy\s+will\b(?!\s+(?:to|power|is|was))(?=[^.!?\n]{0,60}\b(?:passwords|envelope"
        r"|instructions|letters?|for\s+my\s+\w+))",
        inherent=False,
    ),
    rule(
        "giving_round2",
        _GA,
        _CON,
        r"\b(?:giv|gave|hand|donat)\w*\s+(?:away\s+|out\s+)?(?:all\s+)?(?:of\s+)?my\s+(?:favou?rite"
        r"|precious|prized|treasured|most\s+\w+)\s+\w+(?:\s+(?:away|out))?\b"
        r"(?=[^.!?\n]{0,60}\b(?:friends|family|people|don'?t\s+need|won'?t\s+need)\b)"
        r"|\b(?:can|could|should|will|'ll|may)\s+have\s+my\s+\w+\s+(?:after|when\s+i'?m|once\s+i'?m)\b"
        r"|\bcan\s+have\s+all\s+(?:of\s+)?my\s+(?:things|stuff|belongings|possessions)\b",
        inherent=True,
    ),
    rule(
        "round3",
        _DW,
        _CON,
        # (learner grammar too: "better I go sleep and not wake", "I want to rest forever")
        r"\b(?:fall\s+asleep|sleep|go\s+(?:to\s+)?sleep|rest)\s+(?:and\s+(?:not|never|no)\s+wake"
        r"(?:\s+up)?(?!\s+(?:the|my|him|her|them|anyone|everyone|anybody|you|us|mum|dad)\b)"
        r"|forever|for\s+ever|permanently)\b"
        # "I could sleep forever after that shift": tiredness, said of a time
        r"(?!\s+(?:after|on|in|till|until|this|these|those|right\s+now|with|next\s+to)\b)"
        r"|\b(?:everything|life|it\s+all|my\s+life|living|existing)\s+(?:is|feels|seems)\s+(?:so\s+"
        r"|completely\s+|totally\s+|just\s+)?(?:pointless|meaningless)\b",
        inherent=False,
    ),
    rule(
        "means_round3",
        _GM,
        _URG,
        rf"\b{_MEDS}\s+(?:all\s+)?(?:lined\s+up|counted\s+out|laid\s+out)\b"
        rf"|\b(?:bought|got|saved|collected|have|gathered)\s+enough\s+{_MEDS}"
        rf"|\b(?:which|what)\s+{_MEDS}\s+(?:would|will|could)\s+(?:do\s+it|kill|be\s+(?:lethal|fatal"
        r"|enough))"
        rf"|\b(?:got|get(?:ting)?)\s+my\s+hands\s+on\s+(?:a|an|some|my\s+\w+'?s?)\s+(?:{_GUN}|rope"
        rf"|{_MEDS})\b",
        inherent=False,
    ),
    rule(
        "self_harm_round3",
        _SH,
        _CON,
        r"\bcarv\w+\s+(?:\w+\s+){0,3}into\s+my\s+(?:skin|arms?|wrists?|legs?|thighs?|stomach)\b",
        inherent=True,
    ),
    rule(
        "no_future_round3",
        _NF,
        _CON,
        r"\bfuture\b[^\n]{0,30}\bthere\s+(?:isn'?t|is\s+no(?:ne)?)\s+(?:one|any)\b"
        r"|\bi'?(?:ll|\s+will)\s+never\s+be\s+(?:happy|okay|ok|better|well|normal|free)\b"
        r"(?!\s+(?:with|about|if|until|unless|in\s+this\s+(?:job|city|house)))",
        inherent=False,
    ),
    rule(
        "round5",
        _DW,
        _CON,
        r"\b(?:dying|death|being\s+dead|not\s+existing|not\s+being\s+here)\s+(?:sounds|seems|feels"
        r"|would\s+be|looks)\s+(?:like\s+)?(?:a\s+|such\s+a\s+)?(?:relief|peace(?:ful)?|rest|mercy"
        r"|release|an\s+escape|the\s+answer|the\s+only\s+option)\b"
        # "death would be a mercy for the poor dog": someone else's death
        r"(?!\s+for\s+(?:the|my|him|her|them|his|their|\w+'s)\b)"
        # ("wish I could die my hair" is a misspelt dye)
        r"|\bwish(?:ed|ing|es)?\s+i\s+(?:would|could)\s+(?:just\s+)?die\b(?!\s+(?:my|her|his|it)"
        r"\s+(?:\w+\s+)?hair\b)",
        inherent=False,
    ),
    rule(
        "trapped_round5",
        _TP,
        _CON,
        r"\bcan(?:'t|not|t)\s+escape\s+(?:this|the|my|these)\s+(?:own\s+)?(?:feeling|pain|hurt|darkness"
        r"|thoughts"
        r"|head|mind|life|misery)\b"
        r"|\b(?:can(?:'t|not|t)|do(?:n't|nt))\s+see\s+(?:things|it|life|anything)\s+(?:ever\s+)?"
        r"(?:getting|going\s+to\s+get)\s+better\b",
        inherent=False,
    ),
    rule(
        "means_round5",
        _GM,
        _URG,
        rf"\b{_MEDS}\b[^.!?\n]{{0,60}}\btook\s+(?:them\s+all|all\s+of\s+them)\b",
        inherent=False,
    ),
    rule(
        "round6",
        _SI,
        _URG,
        r"\b(?:suicide|killing\s+my\s*self|ending\s+my\s+life)\s+(?:keeps?|is\s+always|won'?t\s+stop)"
        r"\s+(?:popping|coming|creeping|going)?\s*(?:up\s+)?(?:in(?:to)?|on|through)\s+my\s+(?:head"
        r"|mind|thoughts)\b"
        r"|\b(?:i'?ve|i\s+have|i)\s+attempted\s+(?:suicide\s+)?(?:twice|once|(?:two|three|four|\d+)"
        r"\s+times)\b",
        inherent=True,
    ),
    rule(
        "warning_round6",
        _NF,
        _CON,
        r"\b(?:do(?:n't|nt|\s+not)|can(?:'t|not|t))\s+see\s+(?:the|any)\s+point\s+(?:in|of)\s+"
        r"(?:anything|it\s+all|life|living|going\s+on|trying|carrying\s+on|getting\s+up)\b"
        + _POINT_NAMED,
        inherent=False,
    ),
    rule(
        "burden_round6",
        _BU,
        _CON,
        r"\b(?:i'?m|i\s+am|im)\b[^.!?\n]{0,30}\band\s+a\s+(?:huge\s+|big\s+)?burden\b",
        inherent=True,
    ),
    rule(
        "goodbyes_round6",
        _GB,
        _CON,
        r"\b(?:for\s+)?when\s+(?:he|she|they|someone|somebody|you|my\s+\w+)\s+finds?\s+(?:me|my\s+body)\b",
        inherent=True,
    ),
    rule(
        "giving_round6",
        _GA,
        _CON,
        r"\b(?:giv|gave|hand|donat)\w*\s+(?:away\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:things|stuff"
        r"|everything)\s+(?:that\s+)?(?:matters?|means?)\s+(?:the\s+)?most\b",
        inherent=False,
    ),
    rule(
        "round7_explicit",
        _SI,
        _URG,
        r"\bthink(?:ing|s)?\s+about\s+how\s+(?:i\s+(?:could|would|might|will|'d)|to)\s+(?:end\s+it"
        r"|end\s+things|do\s+it|kill\s+my\s*self|die|end\s+my\s+life)\b",
        inherent=False,
    ),
    rule(
        "round7_wish",
        _DW,
        _CON,
        # (out of being alive, of existing, in any of these words; not "this life of overtime",
        # "life admin", "living with my parents")
        r"\b(?:want(?:s|ed)?|wanna|need)\s+out\s+of\s+(?:this\s+|my\s+)?(?:life|existence|world"
        r"|being\s+alive|existing|living)\b"
        r"(?!\s+(?:of|admin|insurance|coach\w*|style|cover|with|in|at|on|for(?!\s+good)"
        r"|contracts?)\b)"
        r"|\bno\s+escaping\s+(?:this|it|the\s+pain|my\s+\w+)\b"
        r"|\b(?:nothing|things|it|life)(?:'s|\s+is)?\s+(?:ever\s+|never\s+)?going\s+to\s+be\s+(?:ok"
        r"|okay|alright|all\s+right|good|fine)\s+(?:again|ever)\b",
        inherent=False,
    ),
    rule(
        "round7_signs",
        _BU,
        _CON,
        r"\bi\s+(?:only|just|always)\s+make\s+(?:everyone'?s?|everybody'?s?|their|people'?s|my\s+\w+'?s?)"
        r"\s+(?:lives?|life|days?)\s+(?:harder|worse|miserable)\b",
        inherent=True,
    ),
    rule(
        "round7_goodbyes",
        _GB,
        _CON,
        r"\b(?:notes?|letters?)\b[^.!?\n]{0,60}\bleft\s+(?:it|them)\s+on\s+my\s+(?:pillow|bed|desk)\b"
        r"|\bas\s+if\s+it\s+(?:was|were)\s+the\s+last\s+time\b",
        inherent=False,
    ),
)

#: The English warning signs, getting the means (``rules_en_getting_means``) last.
WARNING_RULES: tuple[Rule, ...] = (*_SIGN_RULES, *GETTING_MEANS_RULES)
