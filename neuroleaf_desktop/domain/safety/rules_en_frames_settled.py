"""English plans read as a time settled for an act left unnamed, with wide vocabularies for
each part, as in ``rules_en_frames_open``.

Why: a plan is rarely told with its method. It is told by what has been settled: a day, a
night or a date decided ("I decided Sunday", "worked out the weekend"), the moment said to be
the one ("that will be the time", "the weekend I'll do it"), the others away or the house
empty, or a lethal place chosen and "the date is after Christmas". The frames before this
one each wanted one verb ("picked", "worked out") and one closing ("that's when"); a writer
who "decided" or "knows" the day, or closes with "that will be the time", slipped through
every one. So each part has the vocabulary of its meaning:

* **a time settled for an unnamed act**: a verb of settling or knowing (decided, chosen,
  picked, set, fixed, worked out, figured out, made up my mind, know), a time (a weekday, a
  night, the weekend, a date, after a holiday) and the act placed at that time without its
  name ("that will be the time", "that's the night", "the weekend I'll do it", "the night I go
  through with it");
* **the day and the place known**: "I know the day and the place", "got the time and the spot
  sorted", with the house empty or the others away (alone, a day and a place known are an
  interview's or an exam's as often as a plan's);
* **a lethal place chosen and the date set**: a bridge, a cliff or a railway line chosen and
  "the date is after Eid", "the night is fixed".

Creole and learner grammar is read as the same parts: "me know de day", "when de house
empty" (an article "de", no verb). Each family keeps out what a day is ordinarily settled for:
a party, a move, a trip, a job at home, news to be told, a question to be asked, an outing to
a bridge or a cliff for a walk or a photo.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, family
from neuroleaf_desktop.domain.safety.rules_en_frames import _DAY, _DAY_FOR_SOMETHING
from neuroleaf_desktop.domain.safety.rules_en_frames_open import START as _START
from neuroleaf_desktop.domain.safety.rules_en_frames_open import S as _S
from neuroleaf_desktop.domain.safety.rules_en_frames_open import none_of as _none
from neuroleaf_desktop.domain.safety.rules_en_frames_wider import (
    _LETHAL_PLACE,
    _NOT_A_JOB_AT_HOME,
    _OTHERS_AWAY,
)

_PM = Category.PLAN_OR_METHOD
_URG = Severity.URGENT
_E = "en"

_family = partial(family, "settled")

# An article or a possessive, as standard, creole and learner English write it ("de day").
_THE = r"(?:the|de|da|di|my|me|mi|that|this)"

# --- a time settled for an unnamed act ------------------------------------------------------------
# Settling or knowing, in the words people use for it.
_SETTLED = (
    r"(?:\b(?:decided|decide|decidin\w*|deciding|chosen|chose|choose|choosing|picked|pick|picking"
    r"|settled|set|fixed|planned|plan|sorted|worked\s+out|figured\s+out|made\s+up\s+(?:my|me|mi)"
    r"\s+mind|made\s+(?:my|me|mi)\s+mind\s+up|mind\s+is\s+made\s+up|mind'?s\s+made\s+up|know|knew"
    r"|known|marked|circled|pencilled|penciled"
    r")\b"
    # … or the moment of the unnamed act judged rather than chosen, in the words of the bush and
    # the South: "reckon it'll be the end of the Dry" (not "it'll be Friday, I reckon")
    r"|\breckon(?:ed)?\s+it(?:'ll|\s+will|'s\s+going\s+to|'s\s+gonna|\s+is\s+going\s+to)\s+"
    r"(?:be|happen)\b)"
)
# A time: a weekday, a night, a weekend, a date, a holiday or a month to come.
_MONTH = r"january|february|march|april|may|june|july|august|september|october|november|december"
_TIME = (
    r"(?:\b" + _DAY + r"|\b(?:the\s+|that\s+|this\s+|next\s+)?(?:weekend|week|date|night|evening"
    r"|morning|hour|moment)\b|\b(?:after|before|on|at|over|during|by)\s+(?:the\s+|my\s+|de\s+)?"
    r"(?:eid|christmas|xmas|easter|carnival|new\s+year|ramadan|diwali|hanukkah|thanksgiving"
    r"|holidays?|payday|pay\s+day|half\s+term|term|harvest|festival|bank\s+holiday"
    r"|anniversary|birthday|results|"
    + _MONTH
    + r")\b|\b(?:in|on|end\s+of|this|next)\s+(?:"
    + _MONTH
    + r")\b)"
)
# The job named after an unnamed "it": "the weekend I'll do it, repaint the fence", "…, the loft".
_NOT_NAMED_AFTER = (
    r"(?!\s*(?:[:\-]\s*\w|,\s*(?:i\s+mean|namely|that\s+is|(?:the|a|an|my|our)\s+(?!(?:\w+\s+)?"
    r"(?:week|weekend|night|day|evening|morning|date|time|month)\b)|(?!(?:when|while|once|as"
    r"|after|before|then|and|so|since|till|until|on|at|in|by|if|cos|because)\b)\w+\s+(?:the|a|an"
    r"|my|our|his|her|their|some|him|her|them|it)\b)))"
)
# The act placed at that time without its name.
_ACT_PLACED = (
    # "that will be the time", "that's the night", "then's my chance", "it'll be the day"
    r"\b(?:that|dat|then|it)(?:'ll|\s+will|'s|\s+is|\s+would|'d|\s+shall)\s+(?:be\s+)?(?:the|de"
    r"|my|it)\s+(?:right\s+|one\s+|last\s+)?(?:time|night|day|moment|date|chance|window|one)"
    r"(?:\s+(?:now|then|already|for\s+sure|for\s+certain))?"
    + END
    # "that's when", "dat's when me a go do it"
    + r"|\b(?:that|dat|then)(?:'s|\s+is|\s+will\s+be|'ll\s+be)\s+when(?:\s+(?:now|then))?"
    + END
    + r"|\b(?:that|dat|then)(?:'s|\s+is|\s+will\s+be|'ll\s+be)\s+when\s+(?:i|me|mi)(?:'ll|\s+will"
    r"|'m\s+going\s+to|'m\s+gonna|\s+am\s+going\s+to|\s+a\s+go|\s+go|\s+gonna)?\s+(?:do\s+it"
    r"|go\s+through\s+with\s+it|end\s+it)"
    + END
    + _NOT_NAMED_AFTER
    # "Rendezvous weekend is when I go through with it", "Friday night's when I do it"
    + r"|\b(?:day|night|weekend|week|date|time|morning|evening|month)(?:'s|\s+is|\s+will\s+be"
    r"|'ll\s+be)\s+when\s+(?:i|me|mi)(?:'ll|\s+will|'m\s+going\s+to|'m\s+gonna|\s+am\s+going"
    r"\s+to)?\s+(?:finally\s+|actually\s+)?(?:do\s+it|go\s+through\s+with\s+it|end\s+(?:it"
    r"|things|it\s+all))(?=\s*(?:$|[.!?,;:\n]|\s+(?:when|while|once|as|after|before|then|and"
    r"|now)\b))"
    + _NOT_NAMED_AFTER
    # "the weekend I'll do it", "the night I go through with it", "which day I'd do it"
    + r"|\b(?:the|that|this|which|what|de)\s+(?:\w+\s+)?(?:day|night|weekend|week|date|time"
    r"|morning|evening|hour|month)\s+(?:that\s+|when\s+)?(?:i|me|mi)(?:'ll|\s+will|'m\s+going\s+to"
    r"|'m\s+gonna|\s+am\s+going\s+to|\s+am\s+gonna|'d|\s+would|\s+shall|\s+can|\s+go\s+to"
    r"|\s+a\s+go)?\s+(?:finally\s+|actually\s+|really\s+)?(?:do\s+it|do\s+this|go\s+through\s+with"
    r"\s+it|end\s+(?:it|things|it\s+all)|go\s+for\s+good)"
    r"(?=\s*(?:$|[.!?,;:\n]|\s+(?:when|while|once|as|after|before|then|and|now|already)\b))"
    + _NOT_NAMED_AFTER
)
# … or placed at a time in words that need the others away as well as a settling: "it'll be
# the Friday after payday", "I'm doing it Friday", "the plan is Friday"
_THE_TIME = (
    r"(?:(?:on\s+|at\s+|for\s+)?(?:the\s+|this\s+|next\s+|de\s+)?(?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|sat'?day|tonight|tomorrow|weekend|night|day\s+after"
    r"|week\s+after|\w+\s+night)\b"
    # … or a span of time by its end or start: "the end of the month", "the end of the Dry",
    # "the start of harvest" (not "the end of the line", "the end of the road": an ending)
    r"|(?:on\s+|at\s+|by\s+)?(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?"
    r"(?!(?:line|road|world|story|matter|conversation|queue|rope|tether|day\s+for)\b)[a-z']+\b"
    # … or a holiday or a feast by its name: "the Ekka public holiday", "Kadooment Day",
    # "the bank holiday", "Easter Monday" (not "one day", "some day", "the other day")
    r"|(?:on\s+|for\s+)?(?:the\s+|this\s+|next\s+)?(?:(?!(?:one|some|any|every|each|other|a|that"
    r"|this|next|same|whole|rest|my|your|his|her|their|our)\b)[a-z']+\s+){1,2}(?:day|holiday"
    r"|eve|festival|carnival|parade|fair|show)\b"
    r"|(?:on\s+|for\s+|at\s+)?(?:the\s+)?(?:christmas|xmas|easter|new\s+year|bank\s+holiday"
    r"|public\s+holiday)(?:\s+(?:eve|day|monday|sunday|weekend))?\b)"
)
_ACT_AT_A_TIME = (
    r"\bit(?:'ll|\s+will|'s\s+going\s+to|\s+is\s+going\s+to|'s\s+gonna|\s+is\s+gonna|\s+shall)\s+"
    r"(?:be|happen)\s+"
    + _THE_TIME
    + r"|\bit(?:'s|\s+is)\s+(?:happening|on)\s+"
    + _THE_TIME
    + r"|\b(?:i'?m|i\s+am|me\s+a|me|mi|i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna|i\s+am\s+going"
    r"\s+to)\s+(?:doing|do|go\s+do)\s+it\s+" + _THE_TIME
)
# … or a settling that is itself the act's: "got it planned for when", "my day is chosen",
# "pick de night", "only need to choose the night"
_SETTLED_ACT = (
    r"\b(?:got|have|'ve\s+got|had)\s+it\s+(?:all\s+)?(?:planned|sorted|set|worked\s+out|timed)"
    r"(?:\s*,)?\s+(?:for\s+)?(?:when|" + _THE_TIME + r")"
    r"|\bthe\s+plan\s+is\s+"
    + _THE_TIME
    + r"|\bmy\s+(?:day|night|date)\s+is\s+(?:chosen|set|picked|fixed|decided)\b"
    r"|\b(?:i|me|mi)(?:\s+|(?='))(?:'ve\s+|have\s+|already\s+|just\s+)?(?:pick|picked|choose|chose"
    r"|chosen|set|fix|fixed|decide|decided)(?:\s+on)?\s+(?:the|de|da|my)\s+(?:night|day|date"
    r"|time|moment)\b(?!\s+(?:for|to|of|with)\b)"
    # … the day chosen *for* the unnamed act: "chose the date to finish it, the last Sunday"
    r"|\b(?:pick|picked|choose|chose|chosen|set|fixed|decided\s+on|settled\s+on)\s+(?:the|de|da"
    r"|my)\s+(?:night|day|date|time|moment)\s+to\s+(?:finish|end|do)\s+(?:it|things|it\s+all)"
    r"(?=\s*(?:$|[.!?,;:\n]|\s+(?:when|while|once|as|after|before|on|at|by)\b))"
    + _NOT_NAMED_AFTER
    # … or the act placed at the moment the others are gone: "I'll go through with it when …"
    + r"|(?:\b(?:i|me|mi)(?:'ll|\s+will|'m\s+going\s+to|'m\s+gonna|\s+am\s+going\s+to|\s+a\s+go)"
    # (the subject dropped, as a diary drops it: "Going to do it Kadooment Day when …")
    r"|(?:^|(?<=[.!?;:]\s))(?:going\s+to|gonna))\s+"
    r"(?:finally\s+|actually\s+|just\s+)?(?:do\s+it|go\s+through\s+with\s+it|end\s+(?:it|things"
    r"|it\s+all)|finish\s+it)\s+(?:" + _THE_TIME + r"\s*,?\s+)?(?:when|once|while"
    r"|as\s+soon\s+as|the\s+(?:day|night|weekend)|after)\b"
)
_ONLY_THE_NIGHT_TO_CHOOSE = (
    r"\b(?:only|just)\s+(?:need|needs|have|got|left)\s+to\s+(?:choose|pick|set|decide\s+on|fix)\s+"
    r"(?:the|de|my)\s+(?:night|day|date|time|moment)" + END
)
# "my day is chosen": the writer's own day, a day nobody picks for an errand
_MY_DAY_CHOSEN = (
    r"\bmy\s+(?:day|night|date)\s+(?:is|has\s+been|'s\s+been|was)\s+(?:chosen|picked|decided)"
    r"(?=\s*(?:$|[.!?,;:\n]|\s+(?:now|already)\b))"
)
# Company in the empty house: mates round, a film, a date.
_COMPANY = (
    r"(?:mates|lads|girls|friends|pals)\s+(?:are\s+|'re\s+)?(?:coming|round|over)|(?:have|having"
    r"|with|invit\w*)\s+(?:the\s+|my\s+|some\s+)?(?:mates|lads|girls|friends|pals)"
    r"|coming\s+(?:round|over)|round\s+for|poker|cards|pizza"
    r"|takeaway|beers|films?|movies?|games?|xbox|playstation|girlfriend|boyfriend|sleepover"
    r"|netflix|telly|tv|bath|lie-?in|nap"
)
_ALL_READY = r"\b(?:everything|all)(?:'s|\s+is)\s+(?:ready|sorted|set|in\s+place|done)\b"

# What a day is ordinarily settled for beyond ``_DAY_FOR_SOMETHING``: news to tell, a question
# to ask, a job to quit, a talk to have, a visit.
_A_DAY_FOR_NEWS = (
    r"tell|telling|told|ask|asking|propos\w*|announc\w*|break\s+the\s+news|confess\w*|come\s+out"
    r"|talk\s+to|have\s+it\s+out|quit|resign\w*|hand\s+in|notice|leave\s+him|leave\s+her"
    r"|visit\w*|go\s+see|ring|call|phone|sign|pay|book\w*|clean\w*|wash\w*|mow\w*|shopping"
    r"|shop|haircut|dentist|doctor|vet|mot|service|exam|test|run|ride|swim|match|game|film"
    r"|movie|dinner|lunch|tea|bbq|picnic|trip|drive|fishing|hike|camping|cabin\s+(?:trip"
    r"|weekend)|we|us"
)

# --- the day and the place known ------------------------------------------------------------
_DAY_AND_PLACE = (
    r"\b(?:i|me|mi)(?:\s+|(?='))(?:now\s+|already\s+|finally\s+)?(?:know|knew|got|have|'ve\s+got"
    r"|'ve|picked|chosen|chose|decided|set|fixed|sorted|worked\s+out|figured\s+out)\s+(?:both\s+)?"
    + _THE
    + r"\s+(?:day|date|night|time|hour|when)\s+(?:and|an'?|n|&)\s+"
    + _THE
    + r"\s+(?:place|spot|way|where|how|method)\b(?!\s+(?:of|for|to)\b)"
    r"(?:\s+(?:sorted|worked\s+out|figured\s+out|picked|chosen|fixed|set|now|already|too))?"
    r"|\b(?:i|me|mi)(?:\s+|(?='))(?:now\s+|already\s+|finally\s+)?(?:know|knew|got|have"
    r"|'ve\s+got)\s+(?:exactly\s+)?(?:when\s+and\s+where|where\s+and\s+when|when\s+and\s+how"
    r"|how\s+and\s+when)(?:\s+(?:now|already|too))?"
)
# Where the writer lives, in the words for a home anywhere.
_DWELLING = (
    r"(?:house|flat|place|home|yard|room|cabin|caravan|cottage|bungalow|apartment|unit|croft"
    r"|farmhouse|trailer|dorm|shack|homestead|camp|digs|bedsit)"
)
# The moment nobody is there: the others away, the house empty (said with or without a verb).
_ALONE = (
    _OTHERS_AWAY + r"|\b(?:the|de|da|di|my|me|mi|our|we)\s+" + _DWELLING + r"\s+(?:is\s+|'s"
    r"\s+|will\s+be\s+|'ll\s+be\s+|be\s+|gets?\s+|go\s+|goes\s+)?(?:empty|quiet|clear|mine"
    r"|to\s+myself)\b"
    # "I'll have the bungalow to myself", "got the cabin all to myself"
    r"|\b(?:have|having|has|got|get)\s+(?:the|de|my|our)\s+" + _DWELLING + r"\s+(?:all\s+)?"
    r"to\s+myself\b"
    # … or before someone is back: "before Dad gets back from the mine", "before she's home"
    r"|\bbefore\s+(?:[\w']+\s+){1,3}?(?:gets?|comes?|is|'s)\s+(?:back|home|in)\b"
    r"|\b(?:everyone|everybody|all\s+of\s+them|they|dem)(?:'s|'re|\s+is|\s+are|\s+will\s+be"
    r"|'ll\s+be|\s+gone)\s+(?:\w+\s+)?(?:away|out|gone|up|down|off|asleep|at)\b"
    r"|\b(?:nobody|no\s*one|no-one|nobody'?s)\s+(?:\w+\s+)?(?:home|in|around|about|there)\b"
    # … or a place nobody goes: "out in the back woods where nobody walks"
    r"|\bwhere\s+(?:nobody|no\s*one|no-one)\s+(?:ever\s+)?(?:walks|goes|comes|looks|would\s+look"
    r"|would\s+find|will\s+find|can\s+see|would\s+see)\b"
    r"|\b(?:they|dem|everyone|everybody)\s+(?:\w+\s+)?gone\b"
    # … or gone off somewhere: "when my parents fly out", "once she heads off to her sister's"
    r"|\b(?:when|while|once|after)\s+(?:[\w']+\s+){0,3}?(?:go|goes|fly|drive|drives|leave"
    r"|leaves|head|heads|set|sets|ship|ships)\s+(?:out|off|away|abroad|up|down)\b"
    # … or somewhere else by name: "when my flatmates are in Jakarta", "while he's back in Cork"
    r"|\b(?:when|while|once)\s+(?:[\w']+\s+){0,3}?(?:are|is|'re|'s|will\s+be|'ll\s+be|go|goes"
    r"|fly|flies)\s+(?:back\s+|over\s+|up\s+|down\s+|home\s+)?(?:in|to)\s+(?!(?:the|a|an|my|our"
    r"|his|her|their|your|this|that|there|here|bed|love|charge|trouble|pain|tears|bits|work|school"
    r"|class)\b)[a-z]{3,}\b"
)
# What a day and a place are known for: an occasion, a meeting, an interview, a match.
_AN_OCCASION = (
    r"wedding|party|do|meet\w*|interview|exam|match|game|gig|concert|show|viewing|appointment"
    r"|funeral|service|ceremony|christening|reunion|date|surprise|audition|trial|hearing|court"
    r"|rehearsal|practice|training|class|course|we|us|our|you"
)

# --- a lethal place chosen and the date set -----------------------------------------------------
_CHOSEN_PLACE = (
    r"\b(?:picked|chosen|chose|settled\s+on|decided\s+on|scouted|found|marked|know)\s+(?:out\s+)?"
    + _THE
    + r"\s+(?:[\w'-]+\s+){0,3}?(?:"
    + _LETHAL_PLACE
    + r"|motorway\s+bridge|train\s+line|railway\s+line|tracks|high-?rise|rooftop|cliff\s*top"
    r"|ledge|headland)s?\b"
)
_DATE_SET = (
    # (the verb may be clipped onto the noun: "the date's set in my head")
    r"\b" + _THE + r"\s+(?:date|day|night|time)(?:\s+is|\s*'s|\s+will\s+be|\s*'ll\s+be|\s+be)\s+"
    r"(?:set|fixed|chosen|picked|decided|sorted|after|before|on|the|next|this|in|at|when|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)\b"
    r"|\b(?:date|day|night|time)\s+(?:is\s+)?(?:set|fixed|decided|sorted)\b"
)
# … or the place named as the spot: "the spot is the bridge by the depot"
_SPOT_IS_A_LETHAL_PLACE = (
    r"\b(?:the|my|de)\s+(?:spot|place|where)\s+(?:is|'s|will\s+be|'ll\s+be)\s+(?:the|that|de)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:" + _LETHAL_PLACE + r"|railway\s+line|train\s+line|tracks|cliff\s*top"
    r"|high-?rise|rooftop|ledge)s?\b"
)
# What a bridge or a cliff is chosen for on a given date: a walk, a photo, a day out, a job.
_AN_OUTING = (
    r"walk\w*|run|running|ride|riding|cycl\w*|photos?|photograph\w*|shoot|picnic|view|sunset"
    r"|sunrise|fishing|swim\w*|kayak\w*|climb\w*|abseil\w*|bungee|charity|sponsored|wedding"
    r"|proposal|party|meet\w*|date\s+night|tour|visit\w*|paint\w*|sketch\w*|survey\w*|repairs?"
    r"|inspection|contract|closed|closure|roadworks|traffic|diversion|festival|fireworks"
    r"|parade|race|regatta|we|us|our"
)

# --- the unnamed act placed at a drop, the others away ------------------------------------------
# "I'll do it up at the lookout before Dad gets back", "going to do it off the quarry edge while
# they're at the match": the act unnamed, a place one falls from, and the moment nobody is there.
_ACT_AT_A_DROP = (
    r"\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna|i\s+am\s+going\s+to|gonna|going\s+to)\s+"
    r"(?:finally\s+|just\s+)?(?:do\s+it|go\s+through\s+with\s+it|end\s+(?:it|things|it\s+all))\s+"
    r"(?:up\s+|down\s+|out\s+|over\s+)?(?:at|off|from|on)\s+(?:the|that|de)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:" + _LETHAL_PLACE + r"|lookout|look-out|headland|gorge|ledge|edge|drop|falls|crag"
    r"|top\s+floor|rooftop)s?\b"
)

RULES: tuple[Rule, ...] = (
    _family(
        "the_act_at_a_drop_alone",
        _PM,
        _URG,
        {_E: rf"{_START}{_none(_AN_OUTING)}(?={_S}*?(?:{_ALONE})){_S}*?(?:{_ACT_AT_A_DROP})"},
        {
            _E: r"lookout|look-out|headland|gorge|ledge|edge|drop|falls|crag|floor|rooftop|bridge"
            r"|viaduct|flyover|overpass|cliff|quarry|tracks|railway|crossing|storey|roof|tower|pier"
            r"|dam|reservoir|weir|river"
        },
    )
    + _family(
        "a_time_for_an_unnamed_act",
        _PM,
        _URG,
        {
            _E: rf"{_START}{_DAY_FOR_SOMETHING}{_NOT_A_JOB_AT_HOME}{_none(_A_DAY_FOR_NEWS)}"
            rf"{_none(_COMPANY)}(?={_S}*?(?:{_SETTLED}|{_ALONE}))(?={_S}*?{_TIME})"
            rf"{_S}*?(?:{_ACT_PLACED})"
        },
        {
            _E: r"time|night|day|moment|date|chance|window|one|week|hour|month|morning|evening"
            r"|when"
        },
    )
    + _family(
        "a_time_with_the_house_empty",
        _PM,
        _URG,
        {
            _E: rf"{_START}{_DAY_FOR_SOMETHING}{_NOT_A_JOB_AT_HOME}{_none(_A_DAY_FOR_NEWS)}"
            rf"{_none(_COMPANY)}(?={_S}*?(?:{_ALONE}))(?:(?={_S}*?{_SETTLED}){_S}*?(?:{_ACT_AT_A_TIME})"
            rf"|{_S}*?(?:{_SETTLED_ACT}))"
            rf"|{_START}{_DAY_FOR_SOMETHING}{_NOT_A_JOB_AT_HOME}{_none(_A_DAY_FOR_NEWS)}"
            rf"{_none(_COMPANY)}{_S}*?{_MY_DAY_CHOSEN}"
            rf"|{_START}{_DAY_FOR_SOMETHING}{_NOT_A_JOB_AT_HOME}{_none(_A_DAY_FOR_NEWS)}"
            rf"(?={_S}*?{_ALL_READY}){_S}*?{_ONLY_THE_NIGHT_TO_CHOOSE}"
        },
        {_E: r"it|plan|day|night|date|time|moment"},
    )
    + _family(
        "the_day_and_the_place_known",
        _PM,
        _URG,
        {
            _E: rf"{_START}{_none(_AN_OCCASION)}{_DAY_FOR_SOMETHING}"
            rf"(?={_S}*?(?:{_ALONE})){_S}*?(?:{_DAY_AND_PLACE})"
        },
        {_E: r"place|spot|way|where|how|method"},
    )
    + _family(
        "a_lethal_place_and_a_date",
        _PM,
        _URG,
        {
            _E: rf"{_START}{_none(_AN_OUTING)}{_DAY_FOR_SOMETHING}"
            rf"(?={_S}*?(?:{_DATE_SET})){_S}*?{_CHOSEN_PLACE}"
            rf"|{_START}{_none(_AN_OUTING)}{_DAY_FOR_SOMETHING}"
            rf"(?={_S}*?(?:{_CHOSEN_PLACE}|{_SPOT_IS_A_LETHAL_PLACE})){_S}*?(?:{_DATE_SET})"
        },
        {_E: r"date|day|night|time"},
    )
)
