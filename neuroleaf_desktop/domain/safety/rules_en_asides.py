"""English warning signs told through what others would gain, what the harm is for, or a
reason that does not hold.

Why: these signs are often said without their usual words:

* a burden told by what someone would gain "if I was gone": "he'd have a life again if I was
  gone", "they'd be freer if i wasn't here" (not "she'd be sad if I was gone", which names no
  gain);
* self-harm told by what it is for: "burning myself with the straighteners, it's the only thing
  that makes me feel anything", "hit myself to feel something"; or by its force: "bit my arm so
  hard it bled" (a burn from the oven or a cut while cooking names no such purpose);
* means bought with a reason the writer denies in the next breath: "told the guy it was for the
  boat. i don't have a boat" (the same thing named twice: a boat, then no boat);
* a burden told as a weight others carry: "i'm a liability to everybody", "they shouldn't have
  to carry me", "taking up space someone useful could have";
* a message kept for a day the writer will not see, belongings boxed with names on, an
  amount looked up "that would be enough";
* no future told by time paid for and not lived: "no sense paying for months i won't be around
  for".

Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule

_BU, _SH, _GM, _NF = (
    Category.BURDEN,
    Category.SELF_HARM,
    Category.GETTING_MEANS,
    Category.NO_FUTURE,
)
_GB, _GA = Category.GOODBYES, Category.GIVING_AWAY
_URG, _CON = Severity.URGENT, Severity.CONCERN

_GAIN = (
    r"(?:free|freer|happier|better(?:\s+off)?|easier|relieved|lighter|richer|at\s+peace"
    r"|(?:have|get)\s+(?:a|their|his|her)\s+life\s+(?:back|again)|(?:have|get)\s+a\s+life"
    r"|a\s+(?:life|chance|future)|move\s+on)"
)
_GONE = (
    r"if\s+i\s+(?:was|were)\s+(?:gone|dead|out\s+of\s+the\s+picture|no\s+longer\s+(?:here|around))"
    r"|if\s+i\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:here|around|alive)"
    r"|if\s+i\s+(?:died|disappeared|didn'?t\s+exist)"
)
_HARM = r"(?:burn(?:ing|ed|t)?|cut(?:ting)?|hit(?:ting)?|punch(?:ing|ed)?|scratch(?:ing|ed)?)"

RULES: tuple[Rule, ...] = (
    rule(
        "as_gain_if_gone",
        _BU,
        _CON,
        # "he'd have a life again if I was gone", "they'd be freer if i wasn't here"
        rf"\b(?:he|she|they|everyone|everybody|my\s+\w+)(?:'d|\s+would)\s+(?:\w+\s+){{0,3}}?{_GAIN}"
        rf"\b[^.!?\n]{{0,25}}?\b(?:{_GONE})\b",
        gate=r"if\s+i",
        inherent=True,
    ),
    rule(
        "as_harm_to_feel",
        _SH,
        _CON,
        # "burning myself with the straighteners, it's the only thing that makes me feel anything"
        rf"\b{_HARM}\s+myself\b[^.!?\n]{{0,60}}?\b(?:only\s+(?:thing|way)\s+(?:that\s+)?"
        r"(?:makes|helps|lets)\s+me\s+feel|(?:to|so\s+i\s+can|so\s+i\s+could)\s+feel)\s+"
        r"(?:anything|something|real|alive|better|in\s+control)\b",
        gate=r"feel",
        inherent=True,
    ),
    rule(
        "as_bit_till_it_bled",
        _SH,
        _CON,
        # "bit my arm so hard it bled" (biting oneself bloody is not an accident)
        # … or nails dug into the skin till there was blood
        r"\b(?:(?:bit|bite|biting|hit|punched|scratched|clawed|raked)\s+(?:myself|my\s+(?:own\s+)?"
        r"(?:arm|arms|wrist|wrists|hand|hands|leg|legs|thigh|thighs|lip|skin|fingers?|shins?))"
        r"|(?:dug|dig|digging)\s+my\s+(?:finger)?nails\s+into\s+(?:myself|my\s+(?:own\s+)?(?:(?:fore)?arms?"
        r"|wrist|wrists|hands?|palms?|legs?|thighs?|skin|shins?|stomach|chest|neck|face)))"
        # (what with and where it happened may come between: "… with my nails in the shower
        # until …", "… into my forearms under the shower until …")
        r"(?:\s+with\s+my\s+(?:finger)?nails)?(?:\s+(?:in|under|on|at)\s+(?:the|my)\s+\w+)?"
        r"\s+(?:so\s+(?:hard|much|bad"
        r"|deep)|until|till|til)\s+(?:that\s+)?(?:(?:it|they|i)\s+(?:bled|bleed|was\s+bleeding"
        r"|were\s+bleeding|bruised)|there\s+was\s+blood|(?:it|they)\s+(?:drew\s+blood|broke"
        r"\s+the\s+skin)"
        # … or raw, never an itch, a rash or bites scratched ("till they were raw from the
        # eczema")
        r"|(?:it|they)\s+(?:was|were|went)\s+raw(?![^.!?\n]*\b(?:itch\w*|eczema|rash|bites?"
        r"|mozzie\w*|mosquito\w*|hives|allerg\w*|midges?|fleas?)\b))\b",
        gate=r"bled|bleed|bruised|blood|skin|raw",
        inherent=True,
    ),
    rule(
        "as_reason_denied",
        _GM,
        _URG,
        # "bought a rope … told the guy it was for the boat. i don't have a boat"
        r"\b(?:rope|noose|cord|pills|tablets|blades?|razors?|gun|rifle|hose|hosepipe|charcoal"
        r"|ladder|chain)\b[^\n]{0,60}?\b(?:told|said\s+to)\s+(?:him|her|them|the\s+\w+)\s+"
        r"(?:it\s+was|it'?s|they\s+were|they'?re)\s+for\s+(?:the|my|a|our)\s+(?P<thing>\w+)\b"
        r"[^\n]{0,25}?\bi\s+(?:don'?t|do\s+not|didn'?t|never)\s+(?:even\s+)?(?:have|own|had|use)\s+"
        r"(?:a|an|any)\s+(?P=thing)\b",
        gate=r"don'?t|do\s+not|didn'?t|never",
        inherent=True,
    ),
    rule(
        "as_time_not_lived",
        _NF,
        _CON,
        # "no sense paying for months i won't be around for" (not "a trip i won't be around for
        # because of work": a reason named after it is everyday)
        r"\b(?:months?|weeks?|years?|a\s+year|time|days)\s+(?:that\s+)?i\s+(?:won'?t|will\s+not)\s+"
        r"be\s+(?:around|here|alive)\s+(?:for|to\s+(?:see|use))\b"
        # … or will never see: "why pay for months I won't see" (not "weeks I won't see him")
        r"|\b(?:months?|weeks?|years?|a\s+year|seasons?|summers?|winters?)\s+(?:that\s+)?i"
        r"(?:\s+(?:won'?t|will\s+not|will\s+never)|'ll\s+never)\s+(?:(?:ever|live\s+to)\s+)?see"
        r"(?=\s*(?:$|[.!?,;:]))",
        gate=r"won'?t|will\s+not|never",
        inherent=True,
    ),
    rule(
        "as_weight_carried",
        _BU,
        _CON,
        # the writer as a weight others carry: "i'm a liability to everybody", "a wife who's a
        # weight on him", "they shouldn't have to carry me like this", "taking up space and air
        # someone useful could have" (a weight on the team at the gym is everyday)
        r"\b(?:i'?m|i\s+am|who'?s|who\s+is)\s+(?:(?:just|only|such|nothing\s+but)\s+)?an?\s+"
        r"(?:liability|dead\s+weight|weight)\s+(?:to|for|on|around)\s+(?:everybody|everyone|them"
        r"|him|her|all\s+of\s+them|my\s+\w+|his\s+neck|her\s+neck)\b"
        r"|\b(?:they|he|she|everyone|my\s+\w+)\s+(?:shouldn'?t|should\s+not)\s+have\s+to\s+"
        r"(?:carry|look\s+after|deal\s+with|put\s+up\s+with|prop\s+up)\s+me\b"
        r"|\btaking\s+up\s+(?:space|room|air|oxygen)\b[^.!?\n]{0,30}?\b(?:someone|somebody)\s+"
        r"(?:else|useful|better|more\s+\w+)\s+(?:could|should|would)\b",
        gate=r"liabilit|weight|carry|look after|deal with|put up|prop up|taking up",
        inherent=True,
    ),
    rule(
        "as_better_off_not",
        Category.DEATH_WISH,
        _CON,
        # "reckon i'd be better off not waking up"
        r"\b(?:i'?d|i\s+would)\s+be\s+better\s+off\s+not\s+(?:waking\s+up|being\s+(?:here|alive"
        r"|around|born)|existing|living)\b",
        gate=r"better\s+off\s+not",
        inherent=True,
    ),
    rule(
        "as_no_end_but_badly",
        Category.TRAPPED_PAIN,
        _CON,
        # "can't leave, can't stay … i don't see how this ends except badly"; a future that is
        # only black: "can't picture anything after christmas. it's just black"
        r"\b(?:don'?t|can'?t)\s+see\s+how\s+this\s+(?:ends|will\s+end)\s+(?:except|other\s+than"
        r"|but)\s+(?:badly|one\s+way)(?=\s*(?:$|[.!?,;]))",
        gate=r"ends|will\s+end",
        inherent=True,
    ),
    rule(
        "as_nothing_after",
        _NF,
        _CON,
        r"\bcan'?t\s+(?:picture|imagine|see)\s+anything\s+(?:after|past|beyond)\s+\w+[^\n]{0,40}?"
        r"\bit'?s\s+(?:just\s+|all\s+)?(?:black|nothing|empty|dark)\b",
        gate=r"picture|imagine|see",
        inherent=True,
    ),
    rule(
        "as_message_for_later",
        _GB,
        _CON,
        # a message kept for a day the writer will not see: "recorded a video for my son for
        # his 18th … i won't be there to give it to him"
        r"\b(?:video|letter|card|message|recording)\s+for\s+(?:my\s+)?\w+[^\n]{0,80}?\bi\s+"
        r"(?:won'?t|will\s+not)\s+be\s+(?:there|here|around)\s+to\s+(?:give|hand|see|read)\b",
        gate=r"won'?t|will\s+not",
        inherent=True,
    ),
    rule(
        "as_boxes_with_names",
        _GA,
        _CON,
        # belongings sorted for named people: "sorted all my stuff into boxes with names on",
        # "the books for nan, the rest for whoever"
        r"\b(?:stuff|things|belongings)\s+into\s+(?:boxes|bags|piles)\s+with\s+(?:names|their"
        r"\s+names)\s+on\b|\bthe\s+rest\s+(?:for|to)\s+whoever\b",
        gate=r"names|whoever",
        inherent=True,
    ),
    rule(
        "as_looked_up_enough",
        _GM,
        _URG,
        # "looked up online what would be enough" (not "how much flour would be enough")
        r"\blooked\s+up\s+(?:online\s+)?(?:what|how\s+much|how\s+many)\s+(?:would\s+be|is"
        r"|it\s+would\s+take)\s+enough\b",
        gate=r"enough",
        inherent=True,
    ),
)
