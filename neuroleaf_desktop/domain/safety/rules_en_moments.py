"""English plans told by their moment: when nobody is around, and what will be done then.

Why: ``rules_en_plans`` reads a plan from its *means* (a knife set aside, a rope in a bag) or
from a day named ("sunday at 3am, that's when i'll do it"). Just as often the plan is told by
the *absence it waits for*: "after everyone goes to bed i'll take them", "when my husband
leaves for his trip i'll have the house to myself and i can finally do it", "i'm going to do
it while they're on holiday", "waiting for the house to be empty so i can do it". The act
itself is left bare ("do it", "go through with it", "take everything") or named by its
means ("take the pills", "go up to the roof"). Each is a plan with a chosen time (C-SSRS plan
item), counted as explicit.

A moment alone on its own is ordinary ("once the kids are asleep i'll do the ironing", "when
mum leaves for work i'll find the christmas decorations"), and so is a bare "do it" with no
moment; the rules need both, with the act ending its clause. Next to them: an overdose told
by its quantity ("swallow everything in the cabinet", "take the whole packet"), a plan not to
wake up, not being here "by the weekend", stepping off a platform as the train comes, testing
whether a beam holds one's weight, a method chosen with only the day left, a place "where
nobody will find me". Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, IT_NAMED_AFTER, Rule, rule

_PM, _GM, _SI, _SH = (
    Category.PLAN_OR_METHOD,
    Category.GETTING_MEANS,
    Category.SUICIDAL_IDEATION,
    Category.SELF_HARM,
)
_URG, _CON = Severity.URGENT, Severity.CONCERN

_MEDS = (
    r"(?:pills|tablets|meds|medication|paracetamol|painkillers|sleeping\s+pills|antidepressants"
    r"|insulin|codeine|tramadol|oxy\w*)"
)
# Whose absence is waited for: the household, a partner, parents, children.
_WHO = (
    r"(?:every(?:one|body)|they|they'?ve|they'?re|the\s+(?:kids|children|boys|girls|house|flat)"
    r"|my\s+(?:husband|wife|partner|boyfriend|girlfriend|parents|mum|mom|dad|flatmates?"
    r"|roommates?|housemates?|family|kids|children|son|daughter)|mum|mom|dad|he|she|he'?s|she'?s)"
)
# The state of being away or asleep ("are at their gran's", "goes to bed", "leaves for work").
_GONE = (
    r"(?:(?:all\s+)?(?:gone\s+to\s+bed|go(?:es)?\s+to\s+bed|asleep|in\s+bed|gone\s+out|gone|out"
    r"|away|empty|at\s+work|at\s+school|on\s+holiday|on\s+(?:a|the|his|her|their)\s+(?:\w+\s+)?"
    r"(?:trip|shift|holiday)|at\s+(?:the|his|her|their|my|a)\s+[\w']+|at\s+\w+'s"
    r"|(?:leaves?|left|leave)\s+for\s+(?:work|school|(?:his|her|their|the)\s+\w+)"
    r"|(?:leaves?|left|leave)(?=\s*(?:$|[.!?,;:]))"
    # on a trip, asleep, or taken to someone's: "when my roommate travels", "after my parents
    # sleep", "once the kids are dropped at their gran's"
    r"|travel(?:s|led|ling|ing)?|sleep(?:s|ing)?|fall\s+asleep|(?:dropped|dropped\s+off)\s+at\b"
    r"|out\s+of\s+town|on\s+vacation)"
    r"|(?:leaves?|left|go(?:es)?|gone)\s+(?:out|away|to\s+work|to\s+school))"
)
_MOMENT_WORD = r"(?:when|once|after|while|until|till|as\s+soon\s+as|the\s+(?:minute|moment|second))"
_AWAY = (
    rf"\b{_MOMENT_WORD}\s+(?:\w+\s+){{0,2}}?{_WHO}(?:'s|'re|\s+(?:is|are|has|have|gets?))?"
    rf"(?:\s+all)?\s+{_GONE}"
    r"|\bi(?:'ll|\s+will)?\s+have\s+the\s+(?:house|flat|place)\s+to\s+myself\b"
    # the last words written: "as soon as i've finished this entry"
    r"|\b(?:as\s+soon\s+as|once|when|after)\s+i(?:'ve|\s+have|'m)?\s+(?:finished|finish|done)"
    r"\s+(?:writing\s+)?(?:with\s+)?(?:this|the)\s+(?:entry|page|note|post)\b"
)
# The act left bare, or named by its means. Ends its clause.
_ACT = (
    r"(?:(?:finally\s+|just\s+)?(?:do|doing)\s+it|go(?:ing)?\s+(?:through|ahead)\s+with\s+it"
    r"|end\s+it(?:\s+all)?|take\s+(?:them(?:\s+all)?|everything|it\s+all|the\s+lot|all\s+of\s+them"
    rf"|(?:all\s+)?the\s+{_MEDS}|all\s+(?:of\s+)?my\s+{_MEDS}|the\s+whole\s+(?:packet|box|bottle|lot"
    r"|strip|pack))(?:\s+(?:in|from)\s+the\s+(?:\w+\s+)?(?:cabinet|cupboard|drawer|box))?|jump|go(?:ing)?\s+(?:up\s+)?to\s+the\s+(?:\w+\s+)?(?:roof|rooftop|bridge|cliffs?|tracks|railway"
    r"|quarry|top\s+floor)(?:\s+and\s+jump)?)"
)
# Not a purpose said after the moment ("..., to photograph the sunrise").
_NO_PURPOSE = r"(?!\s*,?\s*(?:to|for|so\s+(?:i|we)\s+can)\s)"
_I_WILL = r"(?:i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna|i\s+can|i\s+could|i'?m|i'?m\s+finally)"

MOMENT_RULES: tuple[Rule, ...] = (
    rule(
        "mo_alone_then_act",
        _PM,
        _URG,
        # "after everyone goes to bed i'll take them", "once mum leaves for work i'll go up to
        # the roof and jump", "when my husband leaves for his trip i'll have the house to myself
        # and i can finally do it", "once the kids are at their gran's on saturday i'm doing it"
        # (not "once the kids are asleep i'll do the ironing": the act must end the clause)
        rf"(?:{_AWAY})[^.!?\n]{{0,50}}?\b(?:and\s+|then\s+)?{_I_WILL}\s+(?:then\s+)?{_ACT}"
        + END
        + _NO_PURPOSE
        + IT_NAMED_AFTER
        # "i'm going to do it while they're on holiday", "i'll take the pills after the kids
        # are asleep", "i'll go to the bridge when everyone's away at the weekend"
        + rf"|\b{_I_WILL}\s+{_ACT}(?:\s+(?:tonight|then|there))?,?\s+(?:{_AWAY})"
        + r"(?:\s+(?:at\s+the\s+weekend|this\s+\w+|next\s+\w+|on\s+\w+|tonight|tomorrow"
        + r"(?:\s+night)?))?"
        + END
        + _NO_PURPOSE
        + IT_NAMED_AFTER
        # (not when the sentence goes on to say what "it" was: "..., the wrapping i mean")
        + r"(?![^.!?\n]{0,40}\bi\s+mean\b)(?!\s+-\s)",
        gate=r"when|once|after|while|until|till|soon|minute|moment|second|to\s+myself",
        inherent=True,
    ),
    rule(
        "mo_waiting_for_alone",
        _PM,
        _URG,
        # "waiting for the house to be empty so i can do it", "i'm going to wait until the house
        # is empty and then take everything", "waiting till they all go out, then i'll do it"
        r"\bwait(?:ing|s)?\s+(?:until|till|for)\s+[^.!?\n]{0,40}?\b(?:empty|asleep|gone|away|out"
        r"|leaves?|to\s+bed|in\s+bed)\b[^.!?\n]{0,20}?\b(?:so\s+(?:that\s+)?i\s+can|and\s+then"
        rf"|then|to|,)\s+(?:{_I_WILL}\s+)?{_ACT}" + END,
        gate=r"wait",
        inherent=True,
    ),
    rule(
        "mo_overdose_quantity",
        _PM,
        _URG,
        # "i'm going to swallow everything in the cabinet", "going to take the whole packet",
        # "i'll take every last one" (not "i swallowed everything he said", "ate the whole
        # packet of biscuits")
        r"\bswallow(?:ing)?\s+(?:everything|all\s+of\s+(?:them|it)|them\s+all|the\s+lot"
        r"|every\s+(?:pill|tablet|last\s+one))\s+(?:in|from)\s+(?:the|my)\s+(?:\w+\s+)?"
        r"(?:cabinet|cupboard|drawer|box|bathroom|bottle)\b"
        rf"|\b{_I_WILL}\s+(?:just\s+)?(?:take|swallow)\s+(?:the\s+(?:whole|entire)\s+(?:packet|box"
        r"|bottle|strip|pack|blister\s+pack)|every\s+(?:last\s+)?(?:one|pill|tablet)"
        rf"|(?:all\s+)?(?:of\s+)?(?:my|the)\s+{_MEDS}\s+at\s+once)"
        + END
        # "tonight i'm going to take everything i've saved up"
        + rf"|\b{_I_WILL}\s+(?:just\s+)?(?:take|swallow)\s+(?:everything"
        r"|all\s+(?:of\s+)?(?:them|it))\s+(?:i'?ve|i\s+have)\s+(?:saved|stockpiled|collected|hoarded|kept)(?:\s+up)?"
        + END,
        gate=r"swallow|whole|entire|every|at\s+once|saved|stockpiled|collected|hoarded",
        inherent=True,
    ),
    rule(
        "mo_stockpile_enough",
        _GM,
        _URG,
        # "i've saved up enough pills", "stockpiled enough tablets now", "worked out the dose. i
        # have more than enough" (not "worked out the dose with the pharmacist")
        rf"\b(?:saved|stockpiled|stashed|hoarded|put\s+(?:away|aside)|collected)\s+(?:up\s+)?"
        rf"(?:more\s+than\s+)?enough\s+(?:of\s+(?:my|the)\s+)?{_MEDS}(?:\s+now)?"
        + END
        + r"|\b(?:worked\s+out|calculated|figured\s+out|looked\s+up)\s+(?:the|a|what)\s+"
        r"(?:lethal\s+|fatal\s+)?dose\b[^!?\n]{0,30}?\b(?:i\s+have|i'?ve\s+got|got)\s+"
        r"(?:more\s+than\s+)?enough" + END,
        gate=r"enough",
        inherent=True,
    ),
    rule(
        "mo_no_waking_planned",
        _PM,
        _URG,
        # "i don't plan on waking up tomorrow", "not planning to wake up this time" (not "i
        # don't plan on waking up before noon")
        r"\b(?:don'?t|do\s+not|not|never)\s+(?:plan(?:ning)?|intend(?:ing)?)\s+(?:on|to)\s+"
        r"wak(?:e|ing)\s+up\b(?!\s+(?:early|before|until|till|at|for|in\s+time|on\s+time"
        r"|any\s+earlier|with|to\s+an?\b))",
        gate=r"plan|intend",
        inherent=True,
    ),
    rule(
        "mo_not_here_by",
        _SI,
        _URG,
        # "if tomorrow is like today i'm not going to be here by the weekend", "i won't be alive
        # by friday" (not with a trip or a move in the sentence: "i won't be here by friday, the
        # flight is thursday")
        r"\b(?:i'?m\s+not\s+(?:going\s+to|gonna)|i\s+won'?t|i\s+will\s+not)\s+(?:still\s+)?be\s+"
        r"(?:here|around|alive)\s+by\s+(?:the\s+(?:weekend|end\s+of\s+(?:the\s+)?(?:week|month))"
        r"|next\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|christmas|my\s+birthday"
        r"|then)\b(?![^.!?\n]{0,60}\b(?:trip|flight|fly|flying|holiday|vacation|abroad|leave|leaving"
        r"|moving|move|visit\w*|conference|work|staying|train|drive|driving|away))",
        gate=r"be\s+(?:here|around|alive)\s+by",
        inherent=True,
    ),
    rule(
        "mo_platform_step",
        _PM,
        _URG,
        # "part of me wants to step off the platform when the train comes", "step off the edge
        # as the express goes through" (not "stepped off the train onto the platform")
        r"\bstep(?:ping|ped)?\s+(?:off|over|from)\s+(?:the\s+)?(?:edge\s+of\s+the\s+)?(?:platform"
        r"|edge)(?:\s+edge)?\b[^.!?\n]{0,30}?\b(?:when|as|while|just\s+as|before)\s+(?:the|a)\s+"
        r"(?:\w+\s+)?(?:train|express|tube|freight)\b",
        gate=r"step",
        inherent=True,
    ),
    rule(
        "mo_weight_tested",
        _PM,
        _URG,
        # "tested whether the beam would hold my weight", "the hook in the hallway can take my
        # weight" (not a pull-up bar, a hammock, a swing, a climbing hold)
        r"\b(?:beam|hook|rafters?|banister|bannister|pipe|light\s+fitting"
        r"|curtain\s+(?:rail|pole)|loft\s+hatch|joist)\b"
        r"(?![^.!?\n]{0,80}\b(?:pull-?ups?|chin-?ups?|hammock|swing|aerial|yoga|punch\w*\s+bag"
        r"|boxing|climb\w*|shelf|shelves|tv|mirror|plant))"
        r"[^.!?\n]{0,30}?\b(?:would|will|could|can|to|it'?ll|it'?d)\s+(?:hold|take|bear|support)"
        r"\s+my\s+weight\b",
        gate=r"weight",
        inherent=True,
    ),
    rule(
        "mo_method_chosen",
        _PM,
        _URG,
        # "i've chosen the method, just need to pick the day", "decided on the way, only the
        # date is left" (not "chose the method for the experiment")
        r"\b(?:chosen|chose|picked|decided\s+on|settled\s+on|worked\s+out)\s+(?:the|my)\s+"
        r"(?:method|way)\b(?!\s+(?:for|of|to)\b)[^.!?\n]{0,40}?\b(?:the|a)\s+(?:day|date|time"
        r"|night)\b",
        gate=r"method|way",
        inherent=True,
    ),
    rule(
        "mo_where_nobody_finds",
        _PM,
        _URG,
        # "i'll drive out to the woods where nobody will find me", "walk into the forest where no
        # one would ever find me" (the clause ending there; not "a cabin where nobody can find
        # me for a week")
        r"\b(?:drive|go|walk|head|hike|take\s+myself)\s+(?:out\s+)?(?:in)?to\s+(?:the\s+)?"
        r"(?:woods|forest|moors?|hills?|mountains?|sea|lake|somewhere|a\s+place)\b[^.!?\n]{0,20}?"
        r"\bwhere\s+(?:nobody|no\s*one)\s+(?:will|would|'?ll)\s+(?:ever\s+)?find\s+me" + END,
        gate=r"find\s+me",
        inherent=True,
    ),
    rule(
        "mo_cut_deeper",
        _SH,
        _CON,
        # "thought about cutting deeper this time", "i want to cut deeper" (not "her words cut
        # deeper than i expected", "cut deeper into the budget")
        r"\b(?:thought\s+about|thinking\s+about|want(?:ed)?\s+to|wanna|going\s+to|gonna|urge\s+to"
        r"|tempted\s+to|i'?ll|i\s+will|next\s+time\s+i'?ll)\s+cut(?:ting)?\s+(?:myself\s+)?"
        r"deeper\b(?!\s+into\s+(?:the|our|my)\s+(?:budget|costs?|spending|savings))",
        gate=r"deeper",
        inherent=True,
    ),
)

RULES: tuple[Rule, ...] = MOMENT_RULES
