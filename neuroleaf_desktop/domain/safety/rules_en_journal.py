"""English rules for the way people write in a private journal, one per *idea*, not per phrase.

Why: sentences written for an evaluation set are tidy; a diary is lowercase, without
apostrophes, and the sign sits in the middle of a long sentence or hides in a metaphor ("like
a room with no doors", "gave my guitar to my nephew, won't need it"). Each rule below names
the idea a warning-sign list describes and pairs a loose wording with the one detail that
makes it a sign (a possession given away *and* "won't need it"; a bridge *and* "no fence").
Apostrophes are optional everywhere (``'?``); everyday contexts are still judged in
``everyday.py`` and negation in ``negation.py``. What the writer leaves others (a burden
lifted, goodbyes, things given away) is in ``rules_en_journal_farewells``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import NOT_FOR_ANOTHER, Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import AWAY_FOR_WORK_OR_A_STAY, AWAY_ON_A_TRIP
from neuroleaf_desktop.domain.safety.rules_en_journal_farewells import RULES as FAREWELL_RULES
from neuroleaf_desktop.domain.safety.rules_en_words import MEDS, POINT_NAMED

_I = r"(?:i'?m|i\s+am|i'?ve\s+been|i\s+was|i\s+feel|i\s+felt|feel|feeling)"
# Away for a reason named in the same sentence: a trip, work, a stay at someone's, a return or a
# date ("I won't be here next month, I'm at my mum's", "since I won't be around on the 1st",
# "won't be around to water them, off on a trip to Peru").
_AWAY_NAMED = (
    rf"(?![^.!?\n]{{0,80}}\b(?:{AWAY_ON_A_TRIP}|{AWAY_FOR_WORK_OR_A_STAY}|work\w*|shifts?"
    r"|on\s+the\s+\d+\w*)\b)"
)
_HIGH_PLACE = (
    r"(?:bridges?|overpass|roofs?|rooftops?|cliffs?|ledges?|car\s*parks?|tracks|railway"
    r"|multi-?\s?storey|top\s+floor|balcony)"
)
# What turns looking at a high place into a sign: the way down, and whether anything stops it.
_PLACE_DETAIL = (
    r"(?:(?:no|without\s+a|doesn'?t\s+have\s+a|low)\s+(?:fence|railings?|barriers?)|roof\s+access"
    r"|slow(?:ing|ed)?\s+down(?!\s+(?:for|because|due|in|at|as|on|to\s+(?:let|take|enjoy|read))\b)|look(?:ing|ed)?\s+down|star(?:ing|ed)"
    r"\s+down|high\s+enough|the\s+drop|timing|train\s+times|how\s+(?:high|far\s+down)|the\s+height)"
)
# … unless the sentence is a job up there, or the height said to be no bother: "on the roof
# fixing tiles, the height didn't bother me at all"
_A_ROOF_JOB = (
    r"(?![^.!?\n]*\b(?:fix\w*|repair\w*|mend\w*|replac\w*|tiles|gutters?|aerial|satellite\s+dish"
    r"|solar\s+panels?|chimney|(?:did|does|do)n'?t\s+(?:bother|scare|faze|worry)|never\s+(?:bothers?"
    r"|scares?|fazes?|worr(?:y|ies)))\b)"
)

_TP, _NF, _BU = Category.TRAPPED_PAIN, Category.NO_FUTURE, Category.BURDEN
_GB, _GM = Category.GOODBYES, Category.GETTING_MEANS
_SH, _PM, _DW = Category.SELF_HARM, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_URG, _CON = Severity.URGENT, Severity.CONCERN


_WISH_PLAN_PAIN: tuple[Rule, ...] = (
    # --- a wish to be dead without the word "die" ---
    rule(
        "j_relief_not_alive",
        _DW,
        _CON,
        r"\b(?:relief|better|best|easier|peaceful|nice)\b.{0,30}\b(?:to\s+)?(?:just\s+)?(?:not\s+be\s+"
        r"(?:alive|here|around)|not\s+exist|stop\s+existing)\b"
        r"|\bwant\s+to\s+(?:just\s+)?(?:disappear|vanish)\b.{0,20}\b(?:forever|for\s+good"
        r"|(?:and\s+)?(?:not|never)\s+come\s+back)\b"
        r"|\b(?:hope[sd]?|hoping|pray(?:s|ed)?|wish(?:es)?|wouldn'?t\s+mind\s+if)\b.{0,25}\b(?:(?:the|my)\s+plane\s+"
        r"(?:goes\s+down|crashes)|(?:a\s+)?(?:bus|car|truck|train)\s+(?:would\s+)?(?:hits?|run\s+me\s+over)\s*(?:me)?|get\s+hit\s+by"
        r"\s+(?:a|the)\s+(?:bus|car|truck|train))",
        inherent=False,
    ),
    rule(
        "j_might_as_well",
        _DW,
        _CON,
        r"\bmight\s+as\s+well\s+(?:just\s+)?(?:disappear|die|be\s+dead|not\s+exist|end\s+it)\b"
        r"|\b(?:jump(?:ing)?|throw(?:ing)?\s+myself)\s+out\s+(?:of\s+)?(?:the|a|my)\s+window\b"
        # ("done with life admin / life drawing" is a chore or a class)
        r"|\bdone\s+with\s+(?:my\s+life|life|living|it\s+all)\b(?!\s+(?:admin|drawing|class|stuff"
        r"|insurance|coaching|lessons?)\b)"
        # "done with it all this week, off to the pub": a bad week, a night out
        r"(?![^.!?\n]{0,60}\b(?:off\s+to|heading\s+(?:to|out)|the\s+pub|a\s+pint|a\s+drink"
        r"|netflix|holiday)\b)",
        inherent=False,
    ),
    rule(
        "j_planned_how",
        _PM,
        _URG,
        r"\bplann?(?:ing|ed)\s+how\s+(?:to\s+do\s+it|i'?(?:ll|d)\s+do\s+it)\b"
        r"|\bdecided\s+(?:on\s+)?(?:how\s+and\s+when|when\s+and\s+how)\b"
        r"|\bworked\s+out\s+when\s+(?:everyone|everybody|no\s*one|nobody)\b.{0,30}\b(?:out|away"
        r"|home|gone)\b|\b(?:wrote\s+down|chose|decided\s+on|picked|settled\s+on)\s+(?:the|a|my)"
        # (not "picked the method for the project": a method *for* something named)
        r"\s+method\b(?!\s+(?:for|of)\s+(?:the|a|an|our|my|this|that)\s+(?!(?:end|night|day)\b)\w+)"
        r"(?!\s*[:\-]\s*\w)",
        inherent=False,
    ),
    # --- a wish not to be here, not to wake up (passive ideation) ---
    rule(
        "j_not_here_anymore",
        _DW,
        _CON,
        r"\b(?:don'?t|do\s+not)\s+(?:want\s+to|wanna)\s+(?:be\s+(?:here|alive|around|living)"
        r"|exist)\s+"
        r"(?:any\s*more|no\s+more|any\s+longer|no\s+longer)\b"
        r"|\btired\s+of\s+(?:existing|being\s+alive|being\s+here|living)\b"
        r"(?!\s+(?:in|with|at|on|under|next\s+to|near|around|here|there|like\s+this\s+in)\b)",
        inherent=False,
    ),
    rule(
        "j_not_wake_up",
        _DW,
        _CON,
        r"\b(?:pray\w*|hop(?:e|ing)|wish\w*|want)\s+(?:that\s+)?(?:i(?:'?ll|\s+will)?\s+)?"
        r"(?:(?:don'?t|do\s+not|won'?t"
        r"|wouldn'?t|could\s+(?:just\s+)?not|never)\s+wake\s+up|(?:could\s+)?(?:just\s+)?(?:go\s+to\s+"
        # falling asleep said as people say it ("drop off", "nod off") and waking as "come
        # round": "wishing I could drop off and never come round again"
        # (a place or a time may follow the sleep, an adverb the "and": "go to sleep in Aber
        # and just never come round")
        r"sleep|sleep|fall\s+asleep|(?:drop|nod|drift|doze)\s+off)"
        r"(?:\s+(?:in|at|on)\s+[\w']+(?:\s+[\w']+)?|\s+tonight)?\s+and\s+(?:just\s+|simply\s+)?"
        r"(?:never|not)\s+"
        r"(?:wake\s+up|come\s+(?:a?round|to)))\b"
        # "never wake up next to him again" is about a person, not about dying
        r"(?!\s+(?:again\s+)?(?:next\s+to|beside|with|in\s+(?:this|that|his|her|their)))"
        # … nor waking set for a time: "… and not wake up till ten"
        r"(?!\s+(?:till|until|before|early|late|at\s+\d|for\s+(?:work|school|hours))\b)",
        inherent=False,
    ),
    rule(
        "j_end_it",
        Category.SUICIDAL_IDEATION,
        _URG,
        r"(?:\b(?:want|wanna|going|gonna|need|ready|guts|i\s+should\s+just|i\s+could\s+just)\s+"
        r"(?:to\s+|i'?d\s+)?"
        # … or the act denied outright ("I'd never end it, I couldn't do that to the kids"): read
        # so that the denial is judged like any other, and the entry is not asked again
        r"|(?:(?<=i'd\snever\s)|(?<=would\snever\s)|(?<=could\snever\s)|(?<=i'll\snever\s)"
        r"|(?<=will\snever\s)))end\s+it\b"
        r"(?!\s+(?:with|between|early|there|here|on\s+a|at|by|before|after|for|so)\b)",
        inherent=False,
    ),
    # --- plan or method: a date chosen, the way decided ---
    rule(
        "j_picked_a_date",
        _PM,
        _URG,
        # (the writer may set it for themself: "set myself a date, the 3rd")
        r"\b(?:picked|chosen|chose|set|decided\s+on)\s+(?:myself\s+)?(?:a|the)\s+(?:date|day|night)\b"
        r"(?!\s+(?:for|to|with|of|when)\b)",
        inherent=False,
    ),
    rule(
        "j_know_how",
        _PM,
        _URG,
        r"\bknow\s+(?:exactly\s+)?how\s+(?:i'?d|i\s+would|i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+"
        r"gonna)\s+do\s+it\b|\btonight'?s\s+the\s+night\b"
        # the night of an occasion: "tonight's the night! Everything's ready for the party"
        r"(?!.{0,80}\b(?:party|gig|concert|show|premiere|match|launch|dinner|wedding|birthday"
        r"|opening|performance|recital|prom|proposal|date\s+night|sleepover)\b)"
        r".{0,40}\b(?:ready|everything|sorted)\b",
        inherent=False,
    ),
    rule(
        "j_drive_off",
        _PM,
        _URG,
        r"\b(?:driv\w*|drove|crash\w*|steer\w*|swerv\w*|jump\w*)\s+(?:my\s+car\s+|the\s+car\s+)?"
        # Driving *over* a bridge is how one crosses it; off or into one is the method.
        r"(?:(?:off|into|from)\s+(?:the|a|that)\s+(?:overpass|bridge|cliff|edge|river|oncoming"
        r"|motorway\s+bridge|roof|building)|over\s+(?:the|a|that)\s+(?:cliff|edge|railing))\b"
        r"|\b(?:jump\w*|step\w*|walk\w*|throw\w*\s+myself)\s+in\s+front\s+of\s+(?:a|the)\s+"
        r"(?:train|bus|truck|lorry|car)\b",
        inherent=False,
    ),
    rule(
        "j_take_them_all",
        _PM,
        _URG,
        rf"\b(?:take|taking|swallow\w*)\s+(?:all\s+of\s+them|them\s+all|all\s+(?:of\s+)?(?:my|the)\s+"
        rf"{MEDS})\b(?!\s+(?:to|with|out|home|back|off)\b)",
        inherent=False,
    ),
    # --- trapped, unbearable pain: metaphors and plain words ---
    rule(
        "j_no_doors",
        _TP,
        _CON,
        r"\b(?:room|box|cage|prison|hole|pit|tunnel|cell)\s+(?:with\s+)?(?:no|without)\s+(?:doors?"
        r"|windows?|exits?|way\s+out|light|end|key)\b"
        r"|\b(?:like|as\s+if)\s+(?:i'?m|i\s+am|being|i\s+was|i\s+live)\s+(?:\w+\s+)?(?:in|inside)\s+"
        r"a\s+(?:cage|prison|cell|coffin|box)\b"
        r"|\b(?:trapped|stuck|locked|caged)\s+(?:in|inside)\s+(?:this|my)\s+(?:life|head|body|mind"
        r"|own\s+head|own\s+life)\b"
        r"|\bevery\s+(?:exit|door|way\s+out)\s+(?:is|has\s+been|feels)\s+(?:\w+\s+)?(?:closed|shut"
        r"|locked|bricked|blocked|gone)",
        inherent=False,
    ),
    rule(
        "j_suffocating",
        _TP,
        _CON,
        r"\b(?:i'?m|im|i\s+am|i\s+feel|feel\s+like\s+i'?m|feels\s+like\s+i'?m)\s+(?:slowly\s+)?"
        r"(?:suffocating|sinking|being\s+crushed|falling\s+apart\s+inside)\b"
        r"|\bscreaming\s+(?:underwater|into\s+(?:the\s+)?void)\b"
        r"|\b(?:hole|pit|well)\b.{0,25}\b(?:no|without)\s+(?:ladder|way\s+(?:up|out)|bottom)\b"
        r"|\b(?:life|every\s+day|each\s+day|my\s+days?|my\s+life)\s+(?:feels|is)\s+like\s+(?:a\s+)?"
        r"(?:prison|cage|life\s+sentence|prison\s+sentence|torture)\b"
        r"|\b(?:keeps?|it'?s|is)\s+(?:crushing|suffocating|drowning|swallowing)\s+me\b"
        r"|\b(?:hurt(?:ing)?|suffering|darkness|ache|weight|heaviness|sadness|misery|emptiness)\b.{0,40}"
        r"\b(?:never|doesn'?t|won'?t|don'?t)\s+(?:ends?|stops?|lifts?|go(?:es)?\s+away|lets?\s+up)\b",
        inherent=False,
    ),
    rule(
        "j_tired_of_hurting",
        _TP,
        _CON,
        r"\b(?:tired|sick)\s+of\s+(?:hurting|suffering|feeling\s+like\s+this|the\s+pain|being\s+in\s+pain)\b"
        r"|\bscreaming\b.{0,25}\b(?:no\s+(?:sound|one|body)|nobody|no\s*one)\s+(?:comes\s+out|hears"
        r"|notices|listens)\b",
        inherent=False,
    ),
    rule(
        "j_going_under",
        _TP,
        _CON,
        r"\bbottomless\s+(?:pit|hole)\b"
        r"|\b(?:i'?m|im|i\s+am|like\s+i'?m|feel\s+like\s+i'?m)\s+going\s+under\b"
        r"|\bno\s+(?:sense|point|use)\s+(?:in\s+)?(?:carrying\s+on|going\s+on|living|continuing)\b"
        + POINT_NAMED
        + r"|\bwant\s+to\s+cut(?=\s*(?:$|[.!?,;]|\s+(?:again|myself|so\s+bad)))",
        inherent=False,
    ),
    rule(
        "j_drowning",
        _TP,
        _CON,
        r"(?:^|[.!?,;]\s*|\b(?:i'?m|i\s+am|like\s+i'?m|like\s+i|been|keep)\s+)drowning\b"
        r"(?!\s+in\s+(?:work|emails?|paperwork|laundry|homework|assignments|deadlines))",
        inherent=False,
    ),
    rule(
        "j_hurts_too_much",
        _TP,
        _CON,
        r"\b(?:this|it|everything|life)\s+hurts\s+(?:way\s+)?too\s+much\b"
        r"|\bhurts\s+(?:way\s+)?too\s+much\s+to\s+(?:keep|carry|bear|live)"
        r"|\bit\s+hurts\s+so\s+(?:bad|much)\b.{0,40}\b(?:never\s+(?:ends|stops)|can'?t\s+breathe)"
        r"|\b(?:pain|hurt(?:ing)?|suffering|darkness)\s+(?:never|doesn'?t|won'?t)\s+(?:ends?|stops?"
        r"|go(?:es)?\s+away)\b",
        inherent=False,
    ),
    rule(
        "j_cant_keep_going",
        _TP,
        _CON,
        r"\bcan'?t\s+(?:keep\s+(?:going|doing\s+this|living|carrying\s+(?:on|this|it))|carry\s+(?:on|this"
        r"|it)\s+(?:any\s*more|another\s+day|like\s+this)|go\s+on\s+like\s+this)\b"
        r"(?!\s+(?:to|with)\b)",
        inherent=False,
    ),
    rule(
        "j_no_escape",
        _TP,
        _CON,
        r"\bno\s+(?:escape|way\s+out|exit)\s+(?:from|of)\s+(?:my\s+own|my|this|it)\b"
        r"|\bcan'?t\s+(?:get|break|climb)\s+out\b"
        r"(?!\s+(?:of|from)\s+(?!(?:this|the|my)\s+(?:hole|pit|darkness|life|hell|head)\b))"
        # … with what it is named before it: "a life I can't climb out of"
        r"|\b(?:life|hole|pit|darkness|hell|head)\s+(?:that\s+)?i\s+can'?t\s+(?:get|break|climb)\s+"
        r"out\s+of\b",
        inherent=False,
    ),
    # --- no future ---
    rule(
        "j_cant_picture_future",
        _NF,
        _CON,
        r"\b(?:can'?t|cannot|don'?t)\s+(?:picture|imagine|see)\s+(?:myself|me|a\s+future)\s+"
        # ("can't picture myself at 30 with kids" is a life choice, not no life)
        r"(?:being\s+)?(?:here|around|alive|at\s+\d+(?!\s+(?:with|married|having|as|in|doing|living"
        r"|owning|running|working)\b)|next\s+year|in\s+(?:a|\w+)\s+years?|making\s+it"
        r"|getting\s+old(?:er)?|growing\s+old|in\s+the\s+future|(?:getting|making\s+it)\s+through\s+"
        r"(?:this|the)\s+(?:year|month|week|winter))\b"
        r"|\b(?:can'?t|cannot)\s+(?:picture|imagine|see)\s+(?:a|any|my)\s+future\b"
        + NOT_FOR_ANOTHER
        # … any coming season or year of one's own, pictured "ahead of me": "can't picture a
        # single harvest ahead of me", "can't see one more spring ahead"
        + r"|\b(?:can'?t|cannot|couldn'?t)\s+(?:picture|imagine|see)\s+(?:a\s+single|one\s+more"
        r"|a|any|one|another)\s+(?:year|spring|summer|autumn|fall|winter|harvest|season|christmas"
        r"|birthday|new\s+year)s?\s+ahead(?:\s+of\s+me)?\b",
        inherent=False,
    ),
    rule(
        "j_holding_on_for",
        _NF,
        _CON,
        r"\bwhat\s+am\s+i\s+(?:even\s+)?(?:holding\s+on|living|still\s+here|fighting)\s+for\b"
        r"|\bwaiting\s+for\s+(?:it\s+all|everything|my\s+life|life)\s+to\s+(?:be\s+over|end)\b"
        r"|\bno\s+(?:version\s+of\s+(?:the|my)\s+future|future)\s+(?:where|in\s+which)\s+i\b"
        r"|\bwhat'?s\s+(?:even\s+)?the\s+point\s+(?:of|in)\s+(?:even\s+)?(?:trying|living|going\s+on"
        r"|anything|life|getting\s+up|carrying\s+on|any\s+of\s+(?:it|this))\b"
        + POINT_NAMED
        # ("the point of living in London": a place, not living itself)
        + r"(?!\s+(?:(?:in|at|near)\s+(?:a\s+|the\s+|this\s+)?(?:london|city|town|flat|house"
        r"|village|country|suburbs?|countryside)\b|abroad))",
        inherent=False,
    ),
    rule(
        "j_given_up",
        _NF,
        _CON,
        r"\b(?:don'?t|can'?t)\s+see\s+(?:a|any)\s+way\s+(?:forward|through)\b"
        r"|\bg(?:iven|ave)\s+up\s+on\s+(?:everything|life|myself|living)\b",
        inherent=False,
    ),
    rule(
        "j_wont_be_around",
        _NF,
        _CON,
        r"(?:\bi\s+(?:won'?t|will\s+not)\s+be\s+(?:here|around)(?=\s*(?:$|[.!?,;]))"
        r"|\b(?:won'?t|will\s+not)\s+be\s+(?:around|here|alive)\s+(?:for\s+(?:it|that|much\s+longer|long)"
        r"|to\s+(?:see|water|use|need|look\s+after|enjoy)|by|next|much\s+longer|long|anyway|when"
        r"|at\s+christmas)"
        r"|\b(?:since|as|because)\s+i\s+(?:won'?t|will\s+not)\s+be\s+(?:around|here)\b"
        rf"(?!.{{0,40}}\b(?:{AWAY_ON_A_TRIP}|hospital\s+for)\b))" + _AWAY_NAMED,
        inherent=False,
    ),
    rule(
        "j_future_black",
        _NF,
        _CON,
        r"\b(?:the|my)\s+future(?:'s|\s+is|\s+looks|\s+feels)\s+(?:just\s+|so\s+|completely\s+"
        r"|totally\s+|now\s+)?"
        r"(?:a\s+)?(?:black|dark|empty|blank|nothing|gone|void|hopeless|pointless|wall|dead)\b"
        # not an obstacle faced with others or a page to fill: "a wall we will climb together",
        # "a blank canvas"
        r"(?![^.!?\n]{0,60}\b(?:together|climb\w*|get\s+over|break\s+through|canvas|page|slate)\b)"
        r"|\bno\s+point\s+(?:in\s+)?(?:planning|trying(?!\s+to\b)|anything(?!\s+(?:else|more)\b)|going\s+on"
        r"|living|carrying\s+on|making\s+plans|any\s+of\s+(?:it|this))\b"
        + POINT_NAMED
        + r"|\b(?:all\s+)?hope\s+(?:left|is\s+gone|has\s+gone|died|is\s+dead)\b"
        r"|\blost\s+all\s+hope\b"
        r"|\bnothing\s+(?:good\s+)?(?:is\s+)?(?:ever\s+)?(?:going\s+to|gonna|will)\s+(?:ever\s+)?"
        # "nothing will change the fact that …" changes a fact, not a future
        r"(?:change|get\s+better|happen\s+(?:to|for)\s+me|improve)\b"
        r"(?!\s+(?:the|my|our|their|how|what|that)\b)",
        inherent=False,
    ),
)


_MEANS_AND_HARM: tuple[Rule, ...] = (
    # --- getting the means: a place looked at, pills hidden ---
    rule(
        "j_high_place",
        _GM,
        _URG,
        rf"{_A_ROOF_JOB}\b{_HIGH_PLACE}\b.{{0,50}}\b{_PLACE_DETAIL}\b"
        rf"|{_A_ROOF_JOB}\b{_PLACE_DETAIL}\b.{{0,40}}\b{_HIGH_PLACE}\b"
        rf"|\b(?:which|what)\s+{_HIGH_PLACE}\s+(?:has|have|doesn'?t|don'?t|is|are)\b"
        r"|\b(?:looked|staring|stared)\s+at\s+(?:the\s+)?(?:train\s+)?tracks\s+(?:for\s+(?:a\s+long\s+time"
        r"|ages|hours|a\s+while)|again)\b",
        inherent=False,
    ),
    rule(
        "j_pills_hidden",
        _GM,
        _URG,
        r"\b(?:boxes|packs|packets|strips|bottles)\b.{0,40}\b(?:hidden|hid|stashed|saved|hoarded)\b"
        rf"|\b(?:{MEDS}|box(?:es)?|pharmacy|chemist|packs?)\b.{{0,50}}\b(?:have|got)\s+(?:\w+\s+){{0,2}}"
        r"(?:now\s+)?(?:hidden|stashed)\b"
        rf"|\b(?:enough|a\s+bunch\s+of|loads\s+of)\s+{MEDS}\b.{{0,30}}\b(?:for\s+what\s+i\s+need"
        r"|to\s+(?:do\s+it|end\s+it|not\s+wake))"
        rf"|\b(?:ordered|bought|got)\s+(?:a\s+bunch\s+of|loads\s+of|lots\s+of)\s+{MEDS}.{{0,30}}\benough\b",
        inherent=False,
    ),
    rule(
        "j_lethal_amount",
        _GM,
        _URG,
        rf"\b(?:which|what|how\s+many|how\s+much)\s+(?:of\s+)?(?:my\s+|the\s+)?(?:{MEDS}|pills?)\b.{{0,30}}"
        r"\b(?:would\s+be\s+)?(?:dangerous|lethal|deadly|fatal|enough\s+to\s+(?:die|kill|not\s+wake))\b"
        r"|\bdose\b.{0,30}\b(?:lethal|deadly|fatal)\b|\b(?:lethal|deadly|fatal)\s+dose\b"
        r"|\bhow\s+long\s+it\s+takes\s+(?:to\s+(?:die|drown|bleed)|for\s+(?:the|an)\s+overdose)\b"
        r"|\breading\s+about\s+how\s+long\s+it\s+takes(?=\s*(?:$|[.!?,;]))"
        # (not "rope lights", a string of lamps)
        r"|\b(?:rope|cord|cable|noose)\b(?!\s+lights?\b).{0,40}\b(?:hid|hidden|boot\s+of\s+my\s+car|under\s+(?:my|the)"
        r"\s+bed|in\s+my\s+(?:car|wardrobe|closet|room))\b"
        r"|\b(?:gun|pistol|rifle|firearm)\b.{0,40}\b(?:thinking\s+(?:about|of)\s+using|use\s+it\s+on\s+myself)\b"
        r"|\bwhich\s+(?:bridge|building|car\s*park)\s+is\s+the\s+(?:highest|tallest)\b"
        r"|\b(?:know|found)\s+where\s+(?:the\s+|he\s+keeps\s+the\s+|she\s+keeps\s+the\s+)?(?:bullets"
        r"|ammo|ammunition|gun\s+(?:key|cabinet\s+key))\b"
        rf"|\b{MEDS}\b.{{0,30}}\b(?:different|several|multiple|three|two|four)\s+(?:different\s+)?"
        r"(?:pharmacies|chemists|drugstores|shops)\b",
        inherent=False,
    ),
    # --- self-harm written briefly ---
    rule(
        "j_self_harm_again",
        _SH,
        _CON,
        r"(?:^|[.!?,;]\s*|\bi\s+)(?:cut|burn(?:ed|t)|scratched|hit\s+myself|punched\s+myself)\s+again\b"
        # (the writer's act after "and", in a note opened by a verb with no subject: "locked
        # myself in the bathroom and cut again"; not a chore's cutting, "measured and cut again")
        r"|(?:^|(?<=[.!?\n]))\s*(?![^.!?\n]*\b(?:hair|fabric|wood|boards?|planks?|pattern|film"
        r"|edit\w*|grass|lawn|hedges?|dough|paper|pipes?|tiles?|cloth)\b)(?:locked|went|sat|got"
        r"|came|ran|stayed|hid|shut|snuck|sneaked|crept|lay|woke|[a-z]+ed)\s+[^.!?\n]{0,60}?"
        r"\band\s+cut\s+again\b"
        r"|\brelaps\w*\b.{0,30}\b(?:razor|blades?|cutting|self[-\s]?harm\w*|burning)\b"
        r"|\b(?:razor|blade)\b.{0,20}\b\w+\s+(?:days?|weeks?|months?)\s+clean\b"
        r"|\bhit\s+myself\s+(?:till|until)\b"
        r"|\b(?:hurt|cut|burn(?:ed|t)|scratch(?:ed)?|hit)\s+(?:the\s+(?:tops?|backs?|insides?|fronts?"
        r"|undersides?|sides?)\s+of\s+)?my\s+(?:arms?|wrists?|legs?|thighs?|stomach|skin)"
        r"\s+(?:again|on\s+purpose)\b"
        r"|\b(?:is|was|only)\s+(?:the|my)\s+(?:blade|razor)(?=\s*(?:$|[.!?,;]))",
        inherent=False,
    ),
    rule(
        "j_past_attempt",
        Category.SUICIDAL_IDEATION,
        _CON,
        r"\bswallow(?:ed|ing)\s+(?:a\s+)?(?:whole|entire|full)\s+(?:bottle|box|pack|packet|strip)\b"
        rf"(?!\s+of\s+(?!(?:my\s+|the\s+|her\s+|his\s+)?(?:\w+\s+)?{MEDS}\b))"
        rf"|\b(?:took|taking)\s+(?:a\s+)?(?:whole|entire|full)\s+(?:bottle|box|pack|packet|strip)\s+of\s+{MEDS}"
        r"|\b(?:survived|after|since)\s+(?:an|my|the)\s+(?:suicide\s+)?attempt\b"
        r"(?!\s+(?:to|at)\b|\s+on\s+(?!my\s+(?:own\s+)?life))",
        inherent=False,
        past=True,
    ),
    rule(
        "j_used_to_cut",
        _SH,
        _CON,
        r"\bused\s+to\s+(?:cut|self[-\s]?harm|burn\s+myself|hurt\s+myself)\b"
        r"(?!\s+(?:hair|the|my\s+(?:own\s+)?hair|grass|wood|paper|fabric|class|classes|school))",
        inherent=False,
        past=True,
    ),
    # --- fifth pass ---
    rule(
        "j5_trapped",
        _TP,
        _CON,
        r"\beverything\s+(?:feels|is)\s+(?:like\s+)?(?:way\s+)?too\s+much\b"
        r"|\bnowhere\s+(?:left\s+)?to\s+(?:go|turn|run|put\s+it|escape|hide)\b"
        r"|\bcan'?t\s+breathe\s+under\b"
        r"|\b(?:caged|trapped|imprisoned|stuck|locked)\s+(?:in\s+)?by\s+my\s+(?:own\s+)?(?:life|mind|head"
        r"|body)\b"
        r"|\b(?:pain|this|it|guilt|sadness|darkness|depression)\s+is\s+(?:eating|destroying|consuming"
        r"|tearing)\s+me\s+(?:alive|up|apart|from\s+the\s+inside)\b",
        inherent=False,
    ),
    rule(
        "j5_no_future",
        _NF,
        _CON,
        r"\bno\s+future\s+for\s+(?:someone|people|a\s+person)\s+like\s+me\b"
        r"|\b(?:(?:don'?t|do\s+not|can'?t)\s+)?think\s+there'?s\s+(?:a|any)\s+future\s+for\s+(?:me|someone\s+like\s+me)\b"
        r"|\b(?:don'?t|do\s+not)\s+think\s+i'?(?:ll|\s+will)\s+(?:make\s+it|be\s+(?:here|around))\s+"
        r"(?:to|until|till|through|past)\b",
        inherent=False,
    ),
    rule(
        "j5_burden",
        _BU,
        _CON,
        r"\b(?:i'?m|i\s+am)\s+(?:nothing\s+but|just|only)\s+(?:trouble|a\s+problem|problems|an?\s+"
        r"(?:nuisance|bother|drain|liability|inconvenience|imposition|hassle|millstone))\s+"
        r"(?:for|to|on)\b|\bholding\s+(?:everyone|everybody|them|my\s+\w+)\s+back\b"
        r"|\bif\s+i\s+(?:didn'?t|did\s+not)\s+exist\b",
        inherent=True,
    ),
    rule(
        "j5_goodbyes",
        _GB,
        _CON,
        r"\bsaying\s+goodbye\b.{0,40}\bwithout\s+(?:them|anyone|people)\s+(?:realising|realizing"
        r"|knowing|noticing)\b|\bquietly\s+saying\s+goodbye\b"
        r"|\bin\s+case\s+i'?m\s+(?:not\s+(?:there|here|around)|gone)\b(?!\s+(?:for|when|to|at)\b)"
        r"|\b(?:passwords?|bank\s+(?:details|stuff|info))\b.{0,40}\b(?:written\s+down|for\s+my\s+"
        r"(?:partner|wife|husband|sister|brother|mum|mom|dad|parents|kids|family))\b",
        inherent=True,
    ),
    rule(
        "j5_means_plan",
        _PM,
        _URG,
        r"\bstanding\s+(?:at|on|near)\s+the\s+edge\b(?!\s+of\s+(?:the\s+)?(?:pool|stage|road|field"
        r"|pitch|platform|bed))"
        r"|\b(?:have|got)\s+it\s+all\s+planned(?:\s+out)?(?=\s*(?:$|[.!?,;]|\s+now))",
        inherent=False,
    ),
)

# Read in this order: a wish, a plan, pain and no future, then what the writer leaves
# others (``rules_en_journal_farewells``), then the means and self-harm.
JOURNAL_RULES: tuple[Rule, ...] = _WISH_PLAN_PAIN + FAREWELL_RULES + _MEANS_AND_HARM
