"""English death wishes said as comic exaggeration about a trivial cause: "Packers lost again,
I literally want to die", "spilt wine on her white sofa, I want to die lol".

Why: "I want to die" is one of the plainest explicit statements, so the rule for it has no
guard of its own; but people also say it about a lost match or a moment of embarrassment,
and a crisis card for a football score makes the card easy to ignore when it matters. The
sentence gives it away with two things at once, never one: a trivial cause (a team, a score,
a game, an embarrassing slip) *and* a mark of exaggeration ("literally", "lol", "haha", "omg",
"X will be the end of me", "kill me now"), or a condition that is both at once (a tune played
again, a late train once more). Either alone is not enough: "my team lost and I want
to die, I've felt like this for months" and "I literally want to die" are read as said. A
sentence that says it is meant ("for real", "not joking", "every day", "for months") is never
cleared.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.rules import FLAGS

_WISHES = frozenset({Category.DEATH_WISH, Category.SUICIDAL_IDEATION})

# A cause nobody dies of: a team or a match, a game, an embarrassing slip, a spoiler.
_TRIVIAL_CAUSE = re.compile(
    r"\b(?:team|match|referee|ref|playoffs?|league|cup\s+final|derby|touchdown|fumble|innings"
    r"|penalt(?:y|ies)|relegat\w*|\d+\s*-\s*\d+|(?:the|this|that|a)\s+(?:video\s+)?game"
    r"|lost\s+(?:again|at\s+home|to\s+\w+|\d)|embarrass\w*|cringe\w*|mortif\w*|awkward"
    r"|humiliat\w*|spoiler\w*|spoiled\s+the|spilt|spilled|tripped|fell\s+over|wrong\s+name"
    r"|reply[-\s]all|autocorrect|typo|karaoke|outfit|odd\s+(?:shoes|socks))\b",
    FLAGS,
)
# A mark that the words are exaggerated: "literally", a laugh, "X will be the end of me".
_EXAGGERATED = re.compile(
    r"\b(?:literally|lol|lmao|lmfao|rofl|haha\w*|hehe\w*|omg|omfg|ffs|smh|jk|ugh|argh)\b"
    r"|\b(?!(?:i|it)\b)\w+\s+(?:will|'ll|is\s+going\s+to|are\s+going\s+to|gonna)\s+be\s+the"
    r"\s+(?:end|death)\s+of\s+me\b|\bkill\s+me\s+now\b|!{2,}",
    FLAGS,
)
# The writer saying it is meant: no exaggeration then.
_MEANT = re.compile(
    r"\b(?:for\s+real|not\s+(?:joking|kidding)|no\s+joke|i\s+mean\s+it|i\s+meant\s+it|seriously"
    r"|every\s+(?:day|night)|for\s+(?:weeks|months|years|a\s+long\s+time)|all\s+the\s+time"
    r"|(?:plan|planning|pills|tablets|rope|bridge|note|goodbye|life|living|alive|world"
    r"|any\s*more|decision|decided|pointless|hopeless|worthless|burden))\b",
    FLAGS,
)


# A condition on a team's result that is not the writer's own: "if City lose to Grimsby again",
# "if we get beat at home" (not "if I lose my job", "if I lose again" at the tables, where the
# loss is the writer's and may be real). The condition is itself the cause and the mark: nobody
# ties their own death to a score, but fans say it every weekend. It clears the act threatened
# ("I'll throw myself off the Deep") on its own; a wish to die still needs a mark as well.
_IF_THEY_LOSE = re.compile(
    r"\bif\s+(?!(?:i|me)\b)(?:[\w']+\s+){1,3}?(?:lose|loses|lost|draw|draws|get\s+(?:beat|beaten"
    r"|relegated|knocked\s+out|thrashed|hammered)|go\s+down|bottle\s+it|don'?t\s+win)\s+"
    r"(?:to|against|at\s+home|away|again|this\s+(?:weekend|season|saturday|sunday)|on\s+"
    r"(?:saturday|sunday)|in\s+the\s+(?:derby|final|cup|league)|the\s+(?:derby|final|match|game"
    r"|cup\s+tie|play-?off))\b",
    FLAGS,
)


# A condition on something played or aired once more: "if that jingle comes on the radio one
# more time", "if the band plays Wonderwall again", "if they put that advert on once more". The
# thing is whatever is named; the shape (a verb of playing or airing, then once more) is the
# cause and the mark, as a team's result is: nobody ties their death to a tune coming on again.
# (Not "if he hits me one more time", "if I have to live through one more day": no playing.)
_PLAYED_AGAIN = re.compile(
    r"\bif\s+(?!(?:i|me)\b)(?:[\w']+\s+){1,4}?(?:comes?\s+on|plays?|played|is\s+played"
    r"|gets?\s+played|sings?|sung|airs?|aired|is\s+on|'s\s+on|comes?\s+up\s+on)\b"
    r"[^.!?\n]{0,40}?\b(?:one\s+more\s+time|once\s+more|again)\b"
    r"|\bif\s+(?:i\s+)?(?:have\s+to\s+|got\s+to\s+|gotta\s+)?(?:hear|listen\s+to|sit\s+through"
    r"|watch)\s+(?:that|this|the)\s+(?:[\w']+\s+){0,2}?(?:song|jingle|advert|ad|tune|track"
    r"|carol|ringtone|record|commercial|theme)s?\b[^.!?\n]{0,30}?\b(?:one\s+more\s+time"
    r"|once\s+more|again)\b",
    FLAGS,
)


# A condition on a machine or a service failing once more: "if the train's late again", "if the
# printer jams one more time", "if the wifi drops out again". As with a tune played again, the
# shape is the cause and the mark: nobody ties their death to a late train, and the condition
# names the thing, not a person ("if he's late again" is not read here).
_FAILS_AGAIN = re.compile(
    r"\bif\s+(?:the|my|our|this|that|that\s+bloody|the\s+bloody|the\s+stupid|this\s+stupid)\s+"
    r"(?:\w+\s+)?(?:train|bus|tram|tube|metro|ferry|flight|plane|printer|scanner|wi-?fi|internet"
    r"|broadband|router|laptop|computer|pc|phone|app|website|site|server|car|van|boiler"
    r"|washing\s+machine|dishwasher|oven|microwave|alarm|lift|elevator|delivery|parcel"
    r"|connection|signal|update|zoom|teams|coffee\s+machine)s?(?:'s|\s+is|\s+are|'re|\s+gets?"
    r"|\s+runs?|\s+goes)?\s+(?:\w+\s+)?(?:late|delayed|cancell?ed|down|broken|off|out|jams?"
    r"|jammed|crash(?:es|ed)?|freezes?|froze|drops?(?:\s+out)?|dropped|breaks?(?:\s+down)?"
    r"|broke|buffers?|stalls?|fails?|failed|dies|died|lags?|won'?t\s+(?:start|work|connect|load)"
    r"|doesn'?t\s+(?:start|work|connect|load|come|turn\s+up))\b[^.!?\n]{0,20}?\b(?:again"
    r"|one\s+more\s+time|once\s+more)\b",
    FLAGS,
)


# A crush on the way to work: rush hour and the crowd said to be too much ("MTR at rush hour, I
# want to die, so packed"). Like a late train once more, the shape is the cause and the mark at
# once: the hour names a commute, "so packed" is the exaggeration. Either alone is not enough.
_RUSH_HOUR = re.compile(r"\b(?:rush[-\s]hour|peak\s+hour|commute)\b", FLAGS)
_SO_PACKED = re.compile(
    r"\b(?:so|too|totally|absolutely)\s+(?:packed|rammed|crowded|squashed|jammed)\b"
    r"|\bpacked\s+like\s+sardines\b",
    FLAGS,
)


def clears(category: Category, sentence: str) -> bool:
    """Is an English death wish in ``sentence`` an exaggeration about a trivial cause?"""
    if _MEANT.search(sentence) is not None:
        return False
    if category in _WISHES | {Category.PLAN_OR_METHOD} and (
        _PLAYED_AGAIN.search(sentence) or _FAILS_AGAIN.search(sentence)
    ):
        return True
    if category in _WISHES and _RUSH_HOUR.search(sentence) and _SO_PACKED.search(sentence):
        return True
    on_a_result = _IF_THEY_LOSE.search(sentence) is not None
    if category == Category.PLAN_OR_METHOD:
        return on_a_result
    return (
        category in _WISHES
        and (on_a_result or _TRIVIAL_CAUSE.search(sentence) is not None)
        and _EXAGGERATED.search(sentence) is not None
    )
