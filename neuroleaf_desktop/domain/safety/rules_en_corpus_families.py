"""English signs told through their circumstances rather than named: a past attempt told by
its time or its aftermath, a plan told by a chosen day or place, a goodbye told by its
finality, means told by how they were kept back, a future given up because the writer won't
be there for it.

Why: people who write a warning sign down often leave the act itself unsaid. A past attempt
is "the time at uni when I tried" or "took a load of tablets and woke up in hospital"; a plan
is "I've picked the day" or "it'll be then", with the day chosen around others; a goodbye is
letters left "one for each of them" in a drawer, a loving call "I didn't say was goodbye", a
grave where "I told her I'd see her soon"; gathering means is pills "kept back instead of
taking them", a prescription "filled early again", a dead parent's morphine kept "instead of
taking it back"; a future given up is a thing cancelled because "I won't need it" or an event
"I'm not going to be around for". The rules written for the named act miss all of these.

Each family names its everyday look-alike and keeps it out: a letter for a birthday, a card
for a colleague or a note in a lunchbox; a day picked for a wedding, a party or a trip; a
visit to a grave that is one of many; tablets kept out of a child's reach or taken back to
the pharmacy; a gym cancelled for a bike, a passport not renewed before a move; a hospital
stay after an accident. Negation and whose words they are are judged in ``context``. Every
rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule

_SI, _PM, _GB = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.GOODBYES
_GM, _NF, _SH = Category.GETTING_MEANS, Category.NO_FUTURE, Category.SELF_HARM
_BU, _TP = Category.BURDEN, Category.TRAPPED_PAIN
_URG, _CON = Severity.URGENT, Severity.CONCERN

_MEDS = r"(?:pills|tablets|meds|medication|paracetamol|painkillers|sleeping\s+pills|doses)"

# The clause or sentence closes here, or runs on with "and" ("since i tried and i'm back").
_CLOSES = r"(?=\s*(?:$|[.!?;\n]|,?\s+and\b))"

# An occasion that a chosen day, a letter or a goodbye is ordinarily for.
_OCCASION = (
    r"(?:party|wedding|birthday\s+(?:party|card|meal|dinner)|christmas|xmas|anniversary|picnic"
    r"|bbq|barbecue|holiday|trip|flight|move|moving|removal|viewing|interview|exam|appointment"
    r"|surgery|operation|op|launch|gig|concert|match|race|ceremony|dinner|date\s+night|camping"
    r"|camp|fishing|swim|walk|hike|proposal|leaving\s+do|retire\w*|new\s+job|card|cards"
    r"|invitation|invites|thank[-\s]you\s+(?:card|note)s?|lunchbox|santa|pen\s*pal|sitter"
    r"|babysitter|cover\s+letter|application|complaint|reference)"
)
_NO_OCCASION = r"(?![^\n]{0,200}\b" + _OCCASION + r"\b)"

# A reason a thing is no longer needed that is not the writer's absence: a move, a new one,
# a bike instead of the gym, lenses instead of glasses, work from home.
_NOT_REPLACED = (
    r"(?![^\n]{0,160}\b(?:now\s+(?:that\s+)?(?:i|we)|since|because|cos|as\s+i'?m|moving|moved"
    r"|emigrat\w*|abroad|new\s+(?:one|job|car|phone|place|provider|deal)|got\s+a|bought\s+a"
    r"|switch\w*|work(?:ing)?\s+from\s+home|wfh|retir\w*|sold|sell\w*|lenses|contacts|laser"
    r"|bike|cheaper|upgrade\w*|(?:gap|exchange)\s+year|deferr?\w*|transfer\w*)\b)"
)

# A break, an absence or a surprise that ends: a weekend's respite, a present, a trip.
_NOT_A_STAY = (
    r"(?![^\n]{0,200}\b(?:weekend|respite|holiday|trip|surprise|party|present|sleepover"
    r"|night\s+out|camp|week)\b)"
)

RULES: tuple[Rule, ...] = (
    # --- a past attempt told by its time or its aftermath ---
    rule(
        "cf_tried_back_then",
        _SI,
        _CON,
        # "it's been five years since i tried and i'm back to planning", "the time at uni when
        # i tried" (not "years since i tried sushi", "the time i tried, it rained")
        r"(?:\b(?:years?|months?|the\s+(?:time|night|summer|winter|year|day))\b[^.!?\n]{0,40}?"
        r"\b(?:since|when)|\bthe\s+(?:first|last|only)\s+time)\s+i\s+(?:last\s+)?tried"
        + _CLOSES
        + r"(?!,?\s+and\s+(?:it|the|we)\b)"
        # "tried once before, after my divorce", "did try to end it one time before"
        # (not "tried once before to bake bread, never again")
        r"|\b(?:did\s+)?tr(?:ied|y)\s+(?:(?:fi|to)\s+end\s+it\s+)?(?:once|one\s+time)\s+before\b"
        r"(?=\s*(?:$|[.!?,;\n]|\s+an?d?\b))"
        r"(?=[^\n]{0,160}\b(?:scared\s+of\s+myself|same\s+(?:way|pull|thoughts|feeling)"
        r"|(?:that|dat)\s+way(?:\s+again)?)\b)",
        gate=r"tried|try",
        inherent=False,
        past=True,
    ),
    rule(
        "cf_overdose_aftermath",
        _SI,
        _CON,
        # "took a load of tablets and woke up in hospital", "ended up in a&e … the same pull
        # now" (not an allergic reaction or a fall: the tablets or the pull are named)
        r"\btook\s+(?:a\s+(?:load|lot|bunch|handful|fistful)\s+of|loads\s+of|too\s+many|all\s+(?:my"
        r"|the|of\s+my))\s+(?:\w+\s+)?" + _MEDS + r"\b[^.!?\n]{0,40}?\b(?:woke\s+up|ended\s+up"
        r"|came\s+round)\s+in\s+(?:hospital|a&e|icu|intensive\s+care|the\s+(?:hospital|royal|icu"
        r"|er))\b"
        r"|\bended\s+(?:up\s+)?in\s+(?:hospital|a&e|icu|intensive\s+care|the\s+(?:royal|icu|er))\b"
        r"(?=[^\n]{0,80}\b(?:same\s+pull|that\s+close\s+again|(?:that|the\s+same)\s+way\s+again)\b)"
        # "that summer i took too many and my sister found me", "when i was fifteen i swallowed
        # all my mum's pills" (not "took too many risks", "too many photos")
        r"|\b(?:that\s+(?:summer|winter|spring|autumn|night|year)|when\s+i\s+was\s+\w+|at\s+(?:uni"
        r"|school|college|\d+)|(?:years|months)\s+ago|in\s+(?:19|20)\d\d)\b,?\s+i\s+(?:took\s+too"
        r"\s+many(?=\s*(?:$|[.!?,;\n]|\s+and\b))|swallowed\s+(?:all|a\s+whole\s+(?:box|bottle|pack))"
        r"\s+(?:of\s+)?(?:my\s+|the\s+|\w+'s\s+)?(?:[\w']+\s+)?"
        + _MEDS
        + r")"
        # "the last time i felt like this i ended up in a&e", "sectioned after i tried" (not
        # appendicitis or a broken arm)
        # (the article may be dropped, as a journal drops it: "last time I felt like this")
        + r"|\b(?:the\s+)?last\s+time\s+i\s+felt\s+(?:like\s+this|this\s+(?:way|bad|low))\b,?"
        r"\s+i\s+"
        r"(?:ended\s+up|woke\s+up|was)\s+(?:in|on)\s+(?:hospital|a&e|icu|intensive\s+care"
        r"|(?:a|the)\s+psych\w*\s+ward)\b(?![^\n]{0,80}\b(?:appendi\w*|kidney|chest|gallstones?|broken|asthma|allerg\w*"
        r"|infection|flu|covid)\b)"
        r"|\b(?:sectioned|admitted|hospitali[sz]ed|kept\s+in)\s+after\s+i\s+tried\b",
        gate=r"woke|ended|came|took|swallowed|last\s+time|tried",
        inherent=False,
        past=True,
    ),
    rule(
        "cf_old_scars_new_urge",
        _SH,
        _CON,
        # "the scars on my arms are old but the urge isn't", "picked at the old scars until they
        # opened up again"
        r"\bscars?\b[^.!?\n]{0,40}?\bbut\s+the\s+urge\s+(?:isn'?t|is\s+(?:back|not|still))"
        r"|\bpick(?:ed|ing)?\s+at\s+(?:the|my)\s+(?:old\s+)?scars?\s+(?:until|till)\s+they\s+"
        r"(?:opened|bled|split)",
        gate=r"scar",
        inherent=True,
    ),
    # --- a plan told by a chosen day or place ---
    rule(
        "cf_day_chosen",
        _PM,
        _URG,
        # "i've picked the day.", "i've decided on friday.", "i don pick the day", "i've set
        # the time. end of the month", "picked the spot, down by the river" (not "we've set the
        # date for the wedding", "picked the spot for the picnic")
        r"(?<!\bwe\s)(?<!\bwe've\s)(?<!\bweve\s)\b(?:i'?ve|i\s+have|i\s+don|mi|i)\s+(?:decided|decide|picked"
        r"|pick|chosen|choose|set|settled)\s+(?:on\s+|pon\s+)?(?:the\s+(?:day|date|time|spot|place"
        r"|night|when|where)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
        r"(?=\s*(?:$|[.!?;:\n]|,\s*(?:na|down|doon|by|at|near|past|behind|under|on|after"
        r"|end|next|this)\b))"
        + _NO_OCCASION
        # "i have decided, after the results come out next week, that is when"
        + r"|\bi\s+(?:have|'ve)\s+decided\b[^.!?\n]{0,80}?\b(?:that\s+is|that'?s)\s+when"
        r"(?=\s*(?:$|[.!?\n]))"
        + _NO_OCCASION
        # "i know where and i know when." (not "i know where and when the party is")
        + r"|\bi\s+know\s+(?:where\s+and\s+(?:i\s+know\s+)?when|when\s+and\s+(?:i\s+know\s+)?"
        r"where)(?=\s*(?:$|[.!?\n]))"
        # "sunday it is. nobody will be home"
        r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+it\s+is[.!]\s*(?:nobody|no\s+one)\s+"
        r"(?:will\s+be|is|'?ll\s+be)\s+(?:home|in|around|here)(?=\s*(?:$|[.!?\n]))" + _NO_OCCASION,
        gate=r"decide|pick|chos|set|settled|know\s+wh|it\s+is",
        inherent=True,
    ),
    rule(
        "cf_timed_round_others",
        _PM,
        _URG,
        # "it'll be the 14th. waited till after kev's birthday so i don't spoil his day",
        # "when the wife's away at her sister's in may. it'll be then."
        r"\bit'?ll\s+be\s+(?:then|the\s+\d{1,2}(?:st|nd|rd|th))(?=\s*(?:$|[.!?\n]))"
        r"(?=[^\n]{0,160}\bso\s+i\s+(?:don'?t|won'?t)\s+(?:spoil|ruin|wreck)\b)"
        + _NO_OCCASION
        + r"|\bwhen\s+(?:the|my)\s+\w+(?:'s|\s+is)\s+away\b"
        r"(?:\s+(?:at|in|on|for)\s+(?:[\w']+\s+){0,3}[\w']+)?"
        r"[.!?]\s*it'?ll\s+be\s+then"
        r"(?=\s*(?:$|[.!?\n]))" + _NO_OCCASION,
        gate=r"it'?ll\s+be",
        inherent=False,
    ),
    rule(
        "cf_place_scouted",
        _PM,
        _URG,
        # "the railway bridge near my old school. i know which one", "the cliffs past the
        # lighthouse. i've been driving out there every evening to look", "worked it out. the
        # car park roof in town, next tuesday night" (not a sunset, a walk or a photo)
        r"(?:\b(?:bridge|cliffs?|car\s+park\s+roof|multi-?storey|railway|train\s+tracks|the\s+tracks"
        r"|viaduct|overpass|ledge|rooftop)\b[^.!?\n]{0,60}[.!?]\s*(?:i\s+know\s+which\s+one"
        r"|i'?ve\s+been\s+(?:driving|going|walking)\s+(?:out\s+)?there\s+every\s+\w+\s+to\s+look)\b"
        r"|\b(?:worked\s+it\s+out|got\s+it\s+planned|it'?s\s+planned)[.!?]\s*the\s+(?:car\s+park"
        r"\s+roof|bridge|cliffs?|railway|tracks|woods|river|multi-?storey)\b[^.!?\n]{0,40}?,\s*"
        r"(?:next|this)\s+(?:\w+\s+)?(?:night|weekend|week|(?:mon|tues|wednes|thurs|fri|satur|sun)"
        r"day)\b)"
        r"(?![^\n]{0,200}\b(?:sunset|sunrise|view|photos?|pictures?|birds?|seals|dog|walk|swim"
        r"|paint\w*|fishing|picnic|camp\w*|party|den|paintball|bike|ride|run|train\s+spotting)\b)",
        gate=r"bridge|cliff|roof|storey|rail|track|viaduct|overpass|ledge|planned|worked",
        inherent=False,
    ),
    # --- a goodbye told by its finality ---
    rule(
        "cf_letters_left",
        _GB,
        _CON,
        # "wrote letters to mum, dad and my sister. they're in the drawer of my desk", "wrote the
        # letters tonight. one for each of them. sealed", "wrote a note for the kids. rewrote it
        # four times. it's in the glovebox" (not christmas cards, a note in a lunchbox)
        r"\b(?:wrote|written|writing|finished)\s+(?:the\s+|my\s+|some\s+|a\s+)?(?:letters?"
        r"|notes?)\b" + _NO_OCCASION + r"[^.!?\n]{0,50}[.!?]\s*(?:[^.!?\n]{0,40}[.!?]\s*)?"
        r"(?:(?:they'?re|it'?s)\s+in\s+(?:the|my)\s+(?:drawer|glovebox|desk|wardrobe|box|car"
        r"|bedside)|one\s+for\s+each|sealed)\b"
        + _NO_OCCASION
        # "wrote each of them a letter" (not a team's thank-you notes)
        + r"|\b(?:wrote|written|writing|left)\s+(?:each\s+of\s+them|each\s+of\s+my\s+\w+|all\s+of"
        r"\s+them|them\s+all)\s+a\s+(?:letter|note)\b"
        + _NO_OCCASION
        + r"(?![^\n]{0,200}\b(?:colleague|team|staff|pupils|class|students|office)\b)",
        gate=r"letter|note",
        inherent=False,
    ),
    rule(
        "cf_goodbye_written",
        _GB,
        _CON,
        # "wrote my goodbye on the back of the electric bill", "tonight i'm writing everyone a
        # goodbye" (not a goodbye card for a colleague, a leaving speech)
        # (each guard follows a literal word: a guard read first would be read at every
        # position of a long import)
        r"\b(?:wrote|writing|written|write|left)"
        + _NO_OCCASION
        + r"\s+(?:my|everyone\s+a|them\s+(?:all\s+)?a"
        r"|each\s+of\s+them\s+a)\s+goodbye\b(?!\s+(?:card|speech|post|email|message\s+to\s+the\s+team))"
        + _NO_OCCASION
        + r"(?![^\n]{0,200}\b(?:colleague|team|office|last\s+day|leaving|flat|house)\b)",
        gate=r"goodbye",
        inherent=True,
    ),
    rule(
        "cf_goodbye_unsaid",
        _GB,
        _CON,
        # a loving message whose finality the writer keeps to themself: "phoned my sister and
        # told her she was the best. didn't say it was goodbye", "i meant it as goodbye", "told
        # him i love him. last, maybe", "he no know say na last time"
        r"\b(?:told|tell|telt|call|called|rang|phoned|messaged|texted|sent|emailed|hugged|kissed"
        r"|waved)\b[^\n]{0,100}?"
        # the goodbye kept secret is itself the sign
        r"(?:\b(?:didn'?t|did\s+not|didnae|never)\s+(?:say|tell\s+(?:her|him|them))\s+it\s+was"
        r"\s+(?:goodbye|the\s+last)|\bi\s+meant\s+it\s+as\s+(?:a\s+)?goodbye|\bna\s+last\s+time\b"
        r"|\b(?:doesn'?t|don'?t|didn'?t|has\s+no\s+idea|have\s+no\s+idea)\s+(?:know\s+)?(?:that\s+)?"
        r"(?:it'?s|it\s+was|it\s+is|this\s+is)\s+(?:the\s+last\s+time|goodbye)(?=\s*(?:$|[.!?\n]))"
        # a loving word, then a reason withheld or a "last, maybe"
        r"|\b(?:love|thank|thanks|tanks|the\s+best|sorry|forgive)\w*\b[^\n]{0,80}?(?:\blast,?\s+maybe"
        r"\b|\b(?:nuh|didn'?t|didnae|never|don'?t)\s+(?:tell|told)\s+(?:har|her|him|them)\s+why\b))"
        r"(?![^\n]{0,120}\b(?:moving|move|leaving|new\s+job|flight|emigrat\w*|wedding|promotion"
        r"|pregnan\w*|surprise)\b)",
        gate=r"goodbye|last|why",
        inherent=False,
    ),
    rule(
        "cf_see_them_soon_at_grave",
        # a promise to join the dead soon is a wish to be dead, not a goodbye at a grave
        Category.DEATH_WISH,
        _CON,
        # "visited mum's grave and told her i'd see her soon" (not "see you next sunday", a
        # grave visited every month)
        r"\b(?:grave|headstone|ashes|cemetery|memorial\s+bench)\b[^\n]{0,80}?\b(?:(?:i'?d|i\s+would"
        r"|i'?ll|i\s+will)\s+(?:see|be\s+with|join)\s+(?:her|him|them|you)\s+soon)\b"
        r"(?![^\n]{0,80}\b(?:every|next|anniversary|again\s+(?:on|next)|birthday)\b)",
        gate=r"grave|headstone|ashes|cemetery|memorial",
        inherent=True,
    ),
    rule(
        "cf_remembered_happy",
        _GB,
        _CON,
        # "took one last photo … i want them to remember me happy", "rang gran just to hear her
        # voice one more time" (not a move, a posting abroad, a grandparent who is dying)
        r"(?:\bi\s+want\s+(?:them|everyone|people|the\s+kids|my\s+\w+)\s+to\s+remember\s+me\s+"
        r"(?:happy|smiling|like\s+this|this\s+way)\b"
        r"|\bjust\s+to\s+hear\s+(?:her|his|their|\w+'s)\s+voices?\s+(?:one\s+(?:more|last)|a\s+last"
        r"|(?:for\s+)?the\s+(?:very\s+)?last)\s+time\b)"
        r"(?![^\n]{0,160}\b(?:hospice|dying|before\s+(?:she|he|they)|funeral|deploy\w*|flight"
        r"|emigrat\w*|surgery|op|operation|her\s+last|his\s+last|moving|move)\b)",
        gate=r"remember\s+me|voice",
        inherent=True,
    ),
    rule(
        "cf_nobody_has_to_after",
        _GB,
        _CON,
        # "tidying my messages so nobody has to read the angry ones after", "packed up all my
        # stuff in labelled boxes. nobody will have to do it" (not a move)
        r"(?:\bso\s+(?:nobody|no\s+one|no-one)\s+(?:has|will\s+have|would\s+have)\s+to\s+(?:read|see"
        r"|find|sort|clear|deal\s+with|go\s+through)\b[^.!?\n]{0,40}?\bafter(?:wards)?"
        r"(?=\s*(?:$|[.!?\n]))"
        r"|\b(?:packed|boxed|sorted|labelled|labeled)\b[^.!?\n]{0,60}[.!?]\s*(?:nobody|no\s+one)"
        r"\s+will\s+have\s+to\s+do\s+it\b)"
        r"(?![^\n]{0,160}\b(?:move|moving|flat|house|removal|van|storage|uni|halls|new\s+place"
        r"|relocat\w*|declutter\w*)\b)",
        gate=r"nobody|no\s+one|no-one",
        inherent=False,
    ),
    # --- pain that ends only one way ---
    rule(
        "cf_pain_ends_one_way",
        _TP,
        _CON,
        # "i don't see any way to make it stop except one", "i just want silence. permanent
        # silence", "so exhausted from fighting my own brain that i'm ready to let it win", "i
        # want it all to just stop for good" (not the neighbours' drilling, a game to let win)
        # the "no" belongs to the phrase: no way but one is not a denial
        r"(?:\b(?:i\s+(?:don'?t|do\s+not|can'?t)\s+see\s+any|there'?s\s+no|there\s+is\s+no)\s+way\s+to"
        r"\s+make\s+it\s+stop\s+except\s+one\b"
        r"|\bwant\s+(?:\w+\s+){0,2}silence[.!,;]\s*permanent\s+silence\b|\bwant\s+permanent\s+silence\b"
        r"|\bfighting\s+(?:my\s+own|my)\s+(?:brain|mind|head|depression|illness)\b[^.!?\n]{0,40}?"
        r"\bready\s+to\s+let\s+it\s+win\b"
        r"|\bwant\s+it\s+all\s+to\s+(?:just\s+)?stop\s+for\s+good\b)"
        r"(?![^\n]{0,200}\b(?:noise|neighbou?rs?|drilling|barking|snoring|rain|leak\w*|alarm"
        r"|traffic|music|game|match|kids?|toddler|argument)\b)",
        gate=r"except|silence|win|for\s+good",
        inherent=False,
    ),
    # --- a burden lifted for good ---
    rule(
        "cf_burden_lifted_for_good",
        _BU,
        _CON,
        # "mam deserves a break from worrying about me. a permanent one", "removing myself
        # permanently would fix it", "better for him if i am not there.", "if i wasn't here my
        # sister could finally stop checking on me", "the best gift i could give them is to not
        # be their problem any more" (not a weekend's respite, a surprise kept from him)
        r"(?:\bbreak"
        + _NOT_A_STAY
        + r"\s+from\s+(?:worrying\s+about|looking\s+after|caring\s+for|checking\s+on)\s+me\b"
        r"[^\n]{0,40}?\b(?:a\s+permanent\s+one|for\s+good|permanently)\b"
        r"|\bremov(?:e|ing)\s+myself\s+(?:permanently|for\s+good|from\s+(?:the\s+)?(?:equation"
        r"|picture|their\s+lives))\b"
        r"|\bbetter\s+(?:for\s+(?:him|her|them|everyone|my\s+\w+)\s+)?if\s+i(?:\s+(?:am|was|were)|'?m)"
        r"\s+not\s+(?:there|here|around)(?=\s*(?:$|[.!?\n]))"
        r"|\bif\s+i\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:here|around)\b[^.!?\n]{0,40}?"
        r"\b(?:could|would)\s+finally\s+(?:stop|rest|be\s+free|live|relax|breathe)\b"
        r"|\b(?:best|kindest)\s+(?:gift|thing)\s+i\s+could\s+(?:give|do\s+for)\b[^.!?\n]{0,30}?"
        r"\bis\s+(?:to\s+)?not\s+be\s+(?:their|a|his|her|your)\s+(?:problem|burden|worry)\b)"
        + _NOT_A_STAY,
        gate=r"break|remov|better|finally|best|kindest",
        inherent=True,
    ),
    # --- means told by how they were kept back ---
    rule(
        "cf_meds_i_keep_back",
        _GM,
        _URG,
        # "i collect her pills from the chemist. i keep some back every week now" (the writer
        # keeps them: someone else's prescription named first does not make it theirs)
        r"\b(?:" + _MEDS + r"|prescriptions?|chemist|pharmacy)\b[^\n]{0,100}?\bi(?:'ve\s+been|'m"
        r"|\s+am)?\s+(?:keep|kept|keeping|saving|saved)\s+(?:some|a\s+few|one|two|a\s+couple)\s+"
        r"back\b(?!\s+(?:from|for\s+(?:the\s+)?(?:kids|trip|holiday|emergenc\w*))\b)",
        gate=r"back",
        inherent=True,
    ),
    rule(
        "cf_meds_kept_back",
        _GM,
        _URG,
        # "i keep some back every week now", "keeping ma tablets back instead o taking them",
        # "kept every leftover from my last three prescriptions. just in case" (not "kept them
        # back from the kids", leftovers taken back to the pharmacy)
        r"(?:\b(?:keep|kept|keeping)\s+back\s+(?:a\s+few|some|one|two|a\s+couple)\s+(?:of\s+)?(?:(?:my|the)"
        r"\s+)?" + _MEDS + r"\b(?!\s+(?:for|from)\s+(?:the\s+)?(?:kids|trip|holiday|emergenc\w*)\b)"
        r"|\bkeep(?:ing|in)?'?\s+(?:(?:my|ma|the)\s+)?(?:"
        + _MEDS
        + r"|them)\s+back\s+instead\s+o[f']?\s+tak\w*"
        r"|\bkept\s+(?:every|all\s+(?:my|the))\s+(?:leftovers?|spare|unused)\s+(?:"
        + _MEDS
        + r"\s+)?from\s+(?:my\s+)?(?:last|old|previous)\s+(?:\w+\s+)?prescriptions?\b"
        # a dead relative's morphine kept "instead of taking it back"
        r"|\bkept\s+(?:the|his|her|\w+'s)\s+(?:morphine|oxy\w*|fentanyl|insulin|"
        + _MEDS
        + r")\b[^.!?\n]{0,60}?\binstead\s+of\s+(?:taking|giving|handing)\s+(?:it|them)\s+back\b)"
        r"(?![^\n]{0,120}\b(?:take\s+(?:it|them)\s+back|return|dispos\w*|locked|out\s+of\s+reach"
        r"|kids\s+can'?t|safe)\b)",
        gate=r"back|prescription",
        inherent=False,
    ),
    rule(
        "cf_prescription_gathered",
        _GM,
        _URG,
        # "filled the prescription early again … i'm building up a supply", "picked up my
        # prescription early and put it with the others in the shoebox", "got the pills
        # together in the drawer", "bought some tablets … that's two boxes now" (not a
        # prescription collected early before a holiday or a bank holiday)
        r"\b(?:filled|picked\s+up|collected|got)\s+(?:my\s+|the\s+)?prescription\s+early\b"
        r"(?=[^\n]{0,120}\b(?:again|with\s+the\s+others|supply|stash|shoebox|hidden|hide)\b)"
        r"(?![^\n]{0,160}\b(?:holiday|trip|away|travel\w*|abroad|closed|bank\s+holiday|christmas"
        r"|easter|run\s+out)\b)"
        r"|\b(?:got|put|gathered|collected)\s+(?:the|my|all\s+(?:the|my))\s+"
        + _MEDS
        + r"\s+together\s+in\s+(?:the|my|a)\s+(?:drawer|box|shoebox|bag|wardrobe)\b"
        r"|\b(?:bought|got)(?![^\n]{0,160}\b(?:kids|kid'?s|baby|flu|cold|fever|period|first\s+aid)\b)"
        r"\s+(?:some\s+|more\s+|another\s+)?(?:tablets|pills|paracetamol"
        r"|painkillers)\b[^\n]{0,100}?\b(?:that'?s|makes)\s+(?:two|three|four|five|six|\d+)\s+"
        r"(?:boxes|packs|packets|bottles)\s+now\b"
        r"(?![^\n]{0,120}\b(?:kids|baby|flu|cold|fever|period|first\s+aid)\b)",
        gate=r"prescription|together|boxes|packs|packets|bottles",
        inherent=False,
    ),
    rule(
        "cf_means_lingered_over",
        _GM,
        _URG,
        # "stood in front of the rope for a long time. bought some", "went up to the roof access
        # to check if the door's still unlocked" (not a caretaker's round, a leak, the aerial)
        r"\bstood\s+(?:in\s+front\s+of|looking\s+at|staring\s+at)\s+(?:the\s+)?(?:ropes?|pills"
        r"|tablets|paracetamol|knives|blades|razors|guns?)\s+for\s+(?:a\s+long\s+time|ages"
        r"|(?:ten|twenty|\d+)\s+minutes)\b"
        r"|\b(?:roof\s+access|rooftop|the\s+roof|top\s+floor)\b[^.!?\n]{0,40}?\bcheck\s+(?:if"
        r"|whether|that)\s+the\s+(?:door|hatch|gate)(?:'s|\s+is)\s+still\s+unlocked\b"
        r"(?![^\n]{0,120}\b(?:work|job|shift|maintenance|landlord|caretaker|security|leak\w*"
        r"|aerial|satellite|solar|gutter|smok\w*)\b)",
        gate=r"stood|roof|top\s+floor",
        inherent=True,
    ),
    # --- a future given up because the writer won't be there ---
    rule(
        "cf_not_needed_cancelled",
        _NF,
        _CON,
        # "didn't bother renewing my passport. won't need it", "cancelled my eye test … won't be
        # needing new glasses", "stopped my phone contract … i won't need it after that", "no
        # point fixing the car, i won't need it much longer" (not a bike instead of the gym)
        r"\b(?:cancel(?:l?ed|l?ing)?|didn'?t\s+(?:bother\s+)?(?:renewing|renew|booking|fixing)"
        r"|not\s+renewing|unsubscribed|gave\s+notice\s+on"
        r"|stopped|no\s+point\s+(?:fixing|renewing|booking|saving)|let\s+the\s+\w+\s+lapse)\b"
        + _NOT_REPLACED
        + r"[^\n]{0,100}?\b(?:i\s+)?(?:won'?t|will\s+not)\s+(?:be\s+)?need(?:ing)?\b"
        r"(?:\s+(?:it|them|that|new\s+\w+|the\s+\w+(?:\s+i\s+booked)?(?:\s+for\s+\w+)?))?"
        r"(?:\s+(?:much\s+longer|after\s+(?:that|this\s+month|then)))?(?=\s*(?:$|[.!?\n]))"
        + _NOT_REPLACED,
        gate=r"need",
        inherent=True,
    ),
    rule(
        "cf_not_around_for_it",
        _NF,
        _CON,
        # "i'm not going to be around for the results", "i'll be gone by then", "there won't be
        # a next term for me", "no more birthdays after this one" (not a trip, a move)
        r"(?:\b(?:i'?m\s+not|i\s+am\s+not|i\s+won'?t|i\s+ain'?t)\s+(?:going\s+to\s+|gonna\s+)?be\s+"
        r"a?round\s+for\s+(?:(?:the\s+|my\s+|her\s+|his\s+)?\w+|(?:any|none|all|most)\s+of"
        r"\s+(?:that|it|them|those))(?=\s*(?:$|[.!?\n]))"
        r"|\bi'?ll\s+be\s+gone\s+by\s+then\b(?=\s*(?:$|[.!?\n]))"
        r"|\bthere\s+won'?t\s+be\s+a\s+next\s+(?:term|year|time|summer|christmas|birthday)\s+for"
        r"\s+me\b"
        r"|\bno\s+more\s+birthdays\s+after\s+this\s+one\b)"
        r"(?![^\n]{0,160}\b(?:trip|holiday|abroad|away|travel\w*|flight|moving|move|moved"
        r"|emigrat\w*|posting|deploy\w*|visa|exchange|shift|asleep|in\s+bed|hospital\s+stay)\b)",
        gate=r"round|gone|next|birthdays",
        inherent=True,
    ),
)
