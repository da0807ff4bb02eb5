"""English burden said as what the writer costs others, or what they would gain without them.

Why: burden misses of a blind batch and of the unstudied corpora were two shapes the burden
rules held only with a few words each:

* **the writer as a cost to someone**: the rules knew "a burden", "a drain", "a weight"; people
  also say "I'm only a bill to my kids", "I am a cost to her", "I'm just a chore for people",
  "I'm a project to them", "I'm the reason she's so tired" — any noun of cost, chore or
  trouble, said of the writer *to* or *for* the people around them;
* **what others would gain with the writer gone, in any words for either part**: the gain as
  any "would/could" with more, less, better, smoother, a life, moving on, relief, money kept
  ("he would have so much more money", "the house would run smoother", "she'd have a life",
  "my wife could finally sell the house and move on"), and the writer gone as any absence
  with an adverb or a place in it ("if I simply wasn't in the picture any more", "without me
  in it", "if I was out of the way", "if I stopped dragging on them"), in either order; and
  "better for them if …" fronted.

The set phrases of the same two meanings are read here too, each with its own guards: the
others eased with the writer gone read from the sentence's start ("take me out of it and
they'd breathe again"), "better off without me", "they deserve better than me", "better I
disappear for good", and the writer as "a weight", "a waste of space", "dragging everyone
down".

This module is English's one home for both frames: the cross-language ``rules_burden_frames``
reads them in the five other languages, and the gains and absences it names in English ("they'd
be lighter without me", "when I'm gone", "I cost my family money, patience and sleep") are read
here, beside the core burden family's own (``rules_core_signs``' ``ABSENT`` and ``BETTER``).

Each keeps out its look-alikes: a cost at work, a project at work, a time away (a holiday, a
shift, a match: the others manage better *that week*), a denial ("they wouldn't be better").
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_occasions import TRIPS
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order, family
from neuroleaf_desktop.domain.safety.rules_core_intentions import NOT_FOR_A_WHILE
from neuroleaf_desktop.domain.safety.rules_core_signs import ABSENT, BETTER
from neuroleaf_desktop.domain.safety.rules_en_frames_open import START as _START
from neuroleaf_desktop.domain.safety.rules_en_frames_open import S as _S
from neuroleaf_desktop.domain.safety.rules_en_frames_open import none_of as _none
from neuroleaf_desktop.domain.safety.rules_en_words import MY_NUISANCE_HABIT

_BU, _CON = Category.BURDEN, Severity.CONCERN
_E = "en"

_family = partial(family, "gain")

_I = r"(?:i|me|mi|ah)"
# The people around the writer, however named.
_THEM = (
    r"(?:them|her|him|everyone|everybody|people|anyone|anybody|the\s+family|my\s+family"
    r"|the\s+(?:whole\s+)?lot(?:\s+of\s+(?:them|us|you))?|all\s+of\s+them|(?:my|our)\s+(?:\w+\s+)?(?:kids|children|son|daughter|wife"
    r"|husband|partner|mum|mom|mam|dad|parents|family|sister|brother|girls|boys|carers?|nurses"
    r"|daughters|sons|grandkids|folks|mates|friends)|the\s+(?:nurses|carers|staff|kids|children"
    r"|girls|boys|family))"
)

# --- the writer as a cost to someone -------------------------------------------------------------
_A_COST = (
    r"(?:cost|bill|expense|chore|bother|nuisance|millstone|anchor|project|liability|burden|load"
    r"|strain|problem|worry|job|task|charity\s+case|dead\s+weight|albatross|headache|duty"
    r"|obligation|mouth\s+to\s+feed|drag|weight|drain|trouble|hassle)"
)
_AM_A_COST = (
    r"\b(?:i'?m|i\s+am|im|i'?ve\s+become|i\s+have\s+become|i\s+feel\s+like|i\s+became)\s+(?:now\s+)?"
    r"(?:only|just|nothing\s+but|no\s+more\s+than|little\s+more\s+than|simply|basically|still)?"
    r"\s*(?:a|an|the|one\s+more|another)\s+(?:\w+\s+)?"
    + _A_COST
    + r"s?\s+(?:to|for|on|around)\s+"
    + _THEM
    + r"\b"
    # "I'm the reason she's so tired / they've nothing left"
    r"|\b(?:i'?m|i\s+am|im)\s+(?:the|the\s+only|the\s+whole)\s+reason\s+(?:why\s+)?(?:she|he|they"
    r"|(?:my|our)\s+\w+)(?:'s|'re|'ve|\s+is|\s+are|\s+has|\s+have)\s+(?:got\s+)?(?:(?:so|always"
    r"|this|that|really|constantly|permanently)\s+){0,2}"
    r"(?:tired|exhausted|broke|skint|poor|drained|worn\s+out|struggling|miserable"
    r"|unhappy|nothing\s+left|no\s+money|no\s+life|in\s+debt|sick\s+with\s+worry|working\s+two)"
    # … or all the writer does for them is make trouble: "I only make trouble for my children",
    # "all I do is make work for the nurses" (not "I made a cake for the kids")
    r"|\b(?:i\s+(?:only|just|always|ever|still|do\s+nothing\s+but|never\s+do\s+anything\s+but)"
    r"|all\s+i\s+(?:ever\s+)?do\s+is|i'?m\s+only\s+(?:here\s+)?(?:good\s+for|able\s+to))\s+"
    r"(?:make|makes|making|cause|causes|causing|bring|brings|bringing|create|creates|give|gives)\s+"
    r"(?:more\s+|extra\s+|nothing\s+but\s+)?(?:trouble|work|problems|grief|hassle|stress|worry"
    r"|worries|heartache|bother|misery|mess|expense|headaches|upset|pain)\s+(?:for|to)\s+"
    + _THEM
    + r"\b"
    # … or what the writer costs them, named as what they pay: "I cost my family money,
    # patience and sleep", "I'm costing everyone too much" (the resources within the sentence)
    + r"|\bi(?:'m|\s+am)?\s+(?:just\s+|only\s+)?(?:cost|costing)\s+(?:"
    + _THEM
    + r"|this\s+family|(?:my|the)\s+\w+)\b[^.!?\n]{0,40}?\b(?:money|time|patience|sleep"
    r"|a\s+fortune|too\s+much)\b"
)
# A role at work, a cost on a budget, a project or a job that is only work.
_AT_WORK = (
    r"manager|lead|leader|centre|center|budget|company|firm|business|client|contract|invoice"
    r"|salary|payroll|team|department|boss|overtime|hire|headcount|consultant|agency|freelance"
    r"|shift|rota|tax|council|landlord|insurance|renovation|house\s+move|wedding|holiday|trip"
)

# --- what others would gain with the writer gone ---------------------------------------------
_ADV = r"(?:(?:just|simply|only|quietly|finally|really|no\s+longer)\s+)?"
_GONE_WIDE = (
    r"\bif\s+" + _I + r"\s+" + _ADV + r"(?:was|were|wasn'?t|weren'?t|was\s+not|were\s+not"
    r"|am\s+not|'m\s+not|wan'?t)\s+" + _ADV + r"(?:(?:not\s+)?(?:there|here|around|about|alive"
    r"|gone|dead|in\s+(?:it|the\s+picture|the\s+way|their\s+(?:lives|way|hair)|his\s+life"
    r"|her\s+life)|out\s+of\s+(?:the\s+way|the\s+picture|their\s+(?:lives|hair|way)"
    r"|(?:his|her)\s+life|it)"
    r"|no\s+more|on\s+this\s+earth|in\s+this\s+world))\b"
    # (not "if I wasn't around at weekends to play drums": away at a time, for a purpose)
    # (but "out of it for good" is the absence for ever)
    r"(?!\s+(?:at|on|for(?!\s+(?:good|ever)\b)|to|during|while|when|until|till|this|that|tonight"
    r"|today|weekends?"
    r"|in\s+the\s+(?:morning|evening|day|afternoon))\b)"
    r"|\bif\s+" + _I + r"\s+" + _ADV + r"(?:disappeared|vanished|died|was\s+gone|went\s+away"
    r"|stopped\s+(?:being|dragging|weighing|costing|existing|breathing|hanging\s+on|holding)"
    r"|weren'?t\s+born|hadn'?t\s+been\s+born|'d\s+never\s+been\s+born|had\s+never\s+been\s+born"
    r"|were\s+out\s+of\s+the\s+way)\b"
    r"|\bwithout\s+me\s+(?:in\s+it|in\s+the\s+(?:house|picture|way|family)|around|there|here"
    r"|alive|gone|dead|hanging\s+around|dragging)\b"
    r"|\bwith\s+me\s+(?:gone|dead|out\s+of\s+the\s+(?:way|picture))\b"
    # (not "when I'm gone on the posting": away for a time)
    r"|\b(?:once|when|after)\s+"
    + _I
    + r"(?:'m|\s+am|'s|\s+is)\s+(?:gone|dead|out\s+of\s+the\s+way|not\s+(?:here|there|around"
    r"|about)(?:\s+(?:any\s*more|any\s+longer|no\s+more))?|no\s+(?:more|longer)\s+(?:here"
    r"|around))\b"
    r"(?!\s+(?:on|to|for|away|abroad|out|off|over|in|at|with)\b)"
)
# … or any absence the core burden family reads ("without me", "if I wasn't here"), the writer
# not there in a manner ("without me hovering") kept out
_GONE = rf"{_GONE_WIDE}|(?:{ABSENT['en']})(?!\s+\w+ing\b)"

# A gain for someone else, with "would" or "could": more, less, better, a life, money kept.
_GAIN_WORD = (
    r"(?:more|less|fewer|better|easier|smoother|higher|lighter|richer|happier|freer|calmer"
    r"|quieter|relieved|relief|finally|a\s+life|their\s+life|her\s+life|his\s+life|move\s+on"
    r"|moving\s+on|breathe|rest|peace|keep|save|saved|spare|sell|fine|grand|okay|alright|free)"
)
_WOULD_GAIN = (
    r"\b(?:theyd|(?!(?:i|we|you)\b)[\w']+(?:'d|\s+would|\s+could|\s+might|\s+will|'ll))\s+"
    r"(?:(?!(?:not|never|n't)\b)[\w']+\s+){0,5}?" + _GAIN_WORD + r"\b"
    r"|\b(?:the\s+)?money\s+(?:they|she|he|[\w']+)(?:'d|\s+would|\s+could)\s+(?:keep|save|have)\b"
)
# … or a gain said without "would": a relief, a lightness, their own life, a home that runs
# ("they'd be lighter without me", "the kitchen would run smoother without me"), and the core
# burden family's gains ("better off", "could start again")
_PLAIN_GAIN = (
    r"\b(?:relieved|lighter|freed|free\s+of\s+(?:me|this|it)|chiller|(?:more|at)\s+peace"
    r"|a\s+normal\s+life|(?:their|her|his)\s+(?:own\s+)?li(?:fe|ves)\s+back"
    r"|live\s+(?:their|her|his)\s+(?:own\s+)?li(?:fe|ves)"
    r"|(?:run|runs|ran|went|go|goes)\s+(?:so\s+much\s+|a\s+lot\s+)?(?:smoother|better))\b"
    rf"|{BETTER['en']}"
)
_GAIN = rf"{_WOULD_GAIN}|{_PLAIN_GAIN}"
_BETTER_FOR_THEM = (
    # (a kindness done them too, after "and": "and it would be kinder to him if I disappeared")
    r"(?:(?:^|(?<=[.!?\n,]))\s*|\b(?:and|so|but)\s+)(?:it'?d\s+be\s+|it\s+would\s+be\s+)?"
    r"(?:(?:better|easier)\s+for|kinder\s+(?:for|to))\s+" + _THEM
)
# A time away, a role at work, a denial of the gain.
_AN_ABSENCE = (
    rf"{TRIPS}|weekend|night\s+out|party|wedding|work|shift|office|job|retire\w*"
    r"|resign\w*|quit|move\s+(?:house|out|in|abroad|away)|moving|uni|college|camp|conference"
    r"|course|operation|surgery|match"
    r"|game|team|squad|band|project|meeting|rota|club|committee|choir|class|(?:in|out\s+of)\s+the\s+kitchen|driving"
    r"|tonight|next\s+week|car|photo|photos|picture\s+frame|selfie|film|queue|way\s+of\s+the"
    r"|lane|traffic|road|seat|room|bed|sofa|nagging|moaning|fussing|interfering|snoring"
    r"|weekends?|drums|practis\w*|practic\w*|noise|music"
)
_DENIED = (
    rf"(?!{_S}*\b(?:not|n't|never|hardly|no\s+way|wouldn'?t|couldn'?t)\s+(?:[\w']+\s+){{0,3}}?"
    r"(?:be|have|do|manage|cope|get|run|float|keep|save|sell|move)\b)"
)
# a belief in the gain denied before it is told: "I don't think they'd be happier without me"
_DISBELIEVED = (
    r"(?!\s*(?:i\s+)?(?:do|did)(?:n'?t|\s+not)\s+(?:really\s+|honestly\s+)?"
    r"(?:think|believe|reckon|feel|suppose)\b)"
)

# --- others eased with the writer gone, read from the sentence's start ------------------------
# A denial in front of the frame's own words: "I don't think they'd breathe easier".
_EASE_DENIED = r"(?:not|n't|never|no\s+way|hardly)"
_WITH_ME_GONE = (
    # (not an outing or a habit gone: "without me at the stall", "without me borrowing her clothes")
    r"\bwithout\s+me\b(?!\s+(?:at|for|on|to|this|that|next|tonight|today|tomorrow|there|in\s+"
    r"(?:the|a)\s+(?!picture|way)|(?!being|dragging|weighing|holding)\w+ing)\b)"
    r"|\bwith\s+me\s+(?:gone|dead|out\s+of\s+(?:the\s+way|the\s+picture|it"
    r"|their\s+(?:hair|lives|life|way)))\b"
    r"|\b(?:take|took|taking|get|got|getting|put)\s+me\s+out\s+of\s+(?:it|the\s+(?:picture"
    r"|equation|way|house|family|home)|this\s+(?:house|family|home)|their\s+(?:lives|life|way"
    r"|hair))\b"
    r"|\bif\s+i\s+(?:was|were|'d\s+been)\s+(?:gone|dead|not\s+(?:here|around|alive)|never\s+born"
    r"|out\s+of\s+the\s+(?:way|picture))\b|\bif\s+i\s+(?:wasn'?t|weren'?t)\s+(?:here|around"
    r"|alive)\b(?!\s+to\b)|\b(?:once|when|after)\s+i'?m\s+(?:gone|dead|not\s+(?:here|around))\b"
    r"|\bif\s+i\s+(?:just\s+)?(?:disappeared|vanished)(?:\s+for\s+good|\s+forever)?\b"
    r"(?!\s+for\s+(?!good)\w)"
    r"|\bif\s+i\s+(?:just\s+)?(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+in\s+(?:the\s+picture"
    r"|their\s+li\w+)\b|\bif\s+i\s+(?:am|'m)\s+(?:not|no\s+more|no\s+longer)\s+(?:there|here"
    r"|around|alive)\b"
    r"|\bminus\s+me\b|\bif\s+i\s+(?:just\s+)?(?:disappeared|disappear|vanished|vanish|died)\b"
)
_EASE = (
    r"(?:more\s+(?:happy|free|calm|relaxed|peaceful)"
    r"|lighter|breathe|relax|rest|sleep|easier|freer|free"
    r"|happier|better(?:\s+off)?|richer"
    r"|calmer|at\s+peace|peace|relief|relieved|cope|save|afford|smile|laugh|thrive"
    r"|flourish|move\s+on)"
)
_THEY_WOULD = (
    r"\b(?!(?:i|we|you)\b)[\w']+(?:'d|\s+would|\s+could|\s+might|\s+will|'ll)\s+(?:\w+\s+){0,3}?"
    r"(?:be\s+)?" + _EASE + r"\b"
    # … or spared a cost: "my parents don't have to pay for my problems any more"
    r"|\b(?!(?:i|we|you)\b)[\w']+\s+(?:don'?t|do\s+not|won'?t|will\s+not|wouldn'?t|would\s+not"
    r"|never|no\s+longer)\s+(?:\w+\s+)?(?:have|need|got)\s+to\s+(?:pay|worry|deal|look\s+after"
    r"|cover|clean\s+up|carry|put\s+up|fix|sort|waste)\b"
    # … or nobody having to: "nobody would have to ferry me to appointments or fret about me"
    r"|\b(?:nobody|no\s*one)\s+(?:would|will|'d|'ll)\s+(?:ever\s+)?(?:have|need)\s+to\s+(?:pay"
    r"|worry|fret|deal|look\s+after|cover|clean\s+up|carry|put\s+up|fix|sort|ferry|drive|check\s+on"
    r"|visit|bail)\b"
)
# A time away or a role left: a holiday, a shift, a job, a team.
_AWAY_OR_A_ROLE = (
    r"holiday|trip|week|weekend|fortnight|night\s+out|party|wedding|away|abroad|work|shift|office"
    r"|job|retire\w*|resign\w*|quit|notice|leave|leaving|move|moving|uni|university|college|camp"
    r"|conference|course|hospital|operation|surgery|match|game|team|squad|band|project|meeting"
    r"|rota|club|committee|choir|class|kitchen|wheel|driving"
)

# --- the others' gain in set phrases: "better off without me", "they deserve better than me",
# "everyone would be fine if I just disappeared", "they'd do better with me gone", "better I
# disappear for good"; a stay away that ends (a week, a trip, "till Monday") kept out
_BETTER_WITHOUT_ME = (
    r"\b(?:better|easier|happier|fine|relieved|lighter|free)(?:\s+off)?\s+without\s+me\b"
    r"(?!\s+(?:for\s+(?:a|the|two|three|one|this|that|tonight|today)|while|on\s+(?:the|this"
    rf"|their)|at\b|this\s+(?:week|weekend|time)|tonight|today|next|{MY_NUISANCE_HABIT}\b))"
    r"|\b(?:relieved|glad|happier|better\s+off)\s+if\s+i\s+(?:was|were)\s+gone\b"
)
_BETTER_THAN_ME = (
    r"\bdeserve\s+(?:so\s+much\s+|much\s+|way\s+)?better\s+than\s+me\b"
    r"|\bbetter\s+off\s+with\s+(?:someone|somebody|anyone)\s+else\b"
    r"|\b(?:everyone|everybody|they|the\s+world|my\s+\w+)\s+(?:would|'d)\s+(?:be\s+)?"
    r"(?:better|fine|happier|okay|ok)\b[^.!?\n]{0,30}\bif\s+i\s+(?:just\s+)?(?:was|were|wasn'?t"
    r"|weren'?t|died|left|disappeared|ended"
    # stopping a pastime is not stopping oneself: "if I stopped cooking", "stopped singing"
    r"|stopped(?!\s+(?!(?:existing|breathing|being|living|trying|waking|eating|fighting)\b)\w+ing\b))"
    r"\b(?!\s+(?:there|at|in|on\s+time|home|late))"
)
_BETTER_GONE_FOR_GOOD = (
    r"\b(?:be|do)\s+(?:\w+\s+)?(?:better|happier|freer)(?:\s+off)?\s+(?:if\s+i\s+(?:am|was"
    r"|were|'m)\s+(?:gone|not\s+here)|with\s+me\s+gone|once\s+i'?m\s+gone)\b"
    r"|\bbetter\s+(?:if\s+)?i\s+(?:just\s+)?(?:disappear|vanish|die)\s+(?:for\s+good|forever"
    r"|for\s+ever)\b"
)

# --- the writer as a weight, a waste or a drag, said plainly ------------------------------------
_A_WEIGHT_OR_A_WASTE = (
    r"\b(?:i'?m|i\s+am|im)\s+(?:just\s+|such\s+|only\s+)?(?:a|nothing\s+but\s+a)\s+"
    r"(?:waste\s+of\s+(?:space|air|oxygen|life)|weight|drain)\b"
    r"|\bi\s+(?:only|just)\s+(?:make|ruin)\s+(?:things|everything|everyone'?s\s+lives?"
    r"|their\s+lives?)\s+worse\b"
)
_DRAGGING_THEM_DOWN = (
    r"\b(?:dragging|bringing|pulling|weighing)\s+(?:everyone|everybody|them|people|my\s+\w+)"
    r"(?:\s+\w+)?\s+down\b(?!\s+(?:the|to|for)\b)"
)

RULES: tuple[Rule, ...] = (
    _family(
        "writer_as_a_cost",
        _BU,
        _CON,
        {_E: rf"{_START}{_none(_AT_WORK)}{_S}*?(?:{_AM_A_COST})"},
        {_E: r"to|for|on|around|reason|cost"},
    )
    + _family(
        "gain_with_me_gone",
        _BU,
        _CON,
        {
            _E: rf"{_START}{_DISBELIEVED}{_none(_AN_ABSENCE)}{_DENIED}{_S}*?"
            rf"(?:{either_order(_GAIN, _GONE, 90)}"
            rf"|{_BETTER_FOR_THEM}{_S}{{0,60}}?(?:{_GONE}))"
        },
        {_E: r"if|without|with|once|when|after|me out|stopping|holding"},
    )
    + _family(
        "eased_with_me_gone",
        _BU,
        _CON,
        {
            _E: rf"{_START}{_none(_AWAY_OR_A_ROLE)}"
            rf"(?!{_S}*{_EASE_DENIED}\s+(?:[\w']+\s+){{0,3}}?(?:be\s+)?{_EASE}\b)"
            rf"(?={_S}*?(?:{_WITH_ME_GONE})){_S}*?(?:{_THEY_WOULD})"
        },
        {_E: r"me|if\s+i|i'm|im"},
    )
    + _family(
        "better_gone_for_good",
        _BU,
        _CON,
        {_E: rf"(?:{_BETTER_GONE_FOR_GOOD}){NOT_FOR_A_WHILE}"},
        {_E: "better|happier|freer"},
    )
)

#: The set phrases, read where the English sign lists were (``rules_en`` places them right after
#: them): a phrase the writer says of themselves claims its span before a wider frame does.
SET_PHRASE_RULES: tuple[Rule, ...] = (
    _family(
        "better_without_me",
        _BU,
        _CON,
        {_E: _BETTER_WITHOUT_ME},
        {_E: "without|gone"},
    )
    + _family(
        "better_than_me",
        _BU,
        _CON,
        {_E: _BETTER_THAN_ME},
        {_E: "better|fine|happier|okay|ok"},
    )
    + _family(
        "a_weight_or_a_waste",
        _BU,
        _CON,
        {_E: _A_WEIGHT_OR_A_WASTE},
        {_E: "waste|weight|drain|worse"},
    )
    + _family(
        "dragging_them_down",
        _BU,
        _CON,
        {_E: _DRAGGING_THEM_DOWN},
        {_E: "down"},
    )
)
