"""A sign's pronoun or place named, in the same sentence, as an ordinary thing.

Why a module of its own: several families read a phrase whose object is left open ("done with
it all", "how I'm going to do it", "I don't want to be here anymore", "nothing ahead of me",
"goodbye to … for good", "the walls are closing in", "who gets which …", "not here for …"). The
open word is what makes them signs, and the same sentence often closes it with an ordinary
thing: the diet and the gym are "it all", the kitchen redesign is "it", a freezing office is
"here", marking until Christmas is all that is ahead, sugar is what goodbye is said to, a flat
too small is why the walls close in, a hospital stay is why the plants are shared out, a
wedding is where the writer will be instead. Each reading below names that thing by kind, right
where the sentence names it (after the phrase, or as its object), and clears nothing when the
thing named is pain, life, the world or the people around the writer: "I'm done with it all,
the pain, the lot" and "I know exactly how I'm going to do it, the bridge" stay signs.

A gun bought for someone else's birthday is a present, not a means got ("Bought Dad a new
shotgun for his birthday"); bought for the writer, or with the present only a story told to
others, it stays one.

Like every everyday frame, these clear a phrase only when nothing else in the entry counts
(``detector``).
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_spans import sentence_end, sentence_start
from neuroleaf_desktop.domain.safety.rules import FLAGS

# Words that make a sentence about more than an ordinary thing, whatever else it names.
_DARK = re.compile(
    r"\b(?:pain|hurt\w*|life|living|alive|world|everyone|everybody|you\s+all|family|die|dying"
    r"|dead|death|suicid\w*|kill\w*|lonel\w*|empt\w*|dark\w*|hopeless\w*|numb|bridge|rope"
    r"|pills?|tablets|gun|overdose|end\s+it|for\s+ever|forever|gone|no\s+more|myself|me\s+gone"
    r"|vida|mundo|morir|morrer|morire|sterben|leben|mourir|vie|para\s+sempre|per\s+sempre"
    r"|para\s+siempre|pour\s+toujours|fu(?:e)?r\s+immer)\b",
    FLAGS,
)
_DET = r"(?:the|my|this|that|our|a|an|all\s+the|all\s+that|these|those)\s+"

# --- "it all" named as a diet, a regime, a chore -------------------------------------------------
_DONE_WITH_IT_ALL = re.compile(r"\bdone\s+with\s+(?:it\s+all|everything|all\s+of\s+it)\b", FLAGS)
_REGIME = (
    r"(?:diet\w*|gym|keto|detox|juic\w*|fasting|cleanse|calorie\s+counting|counting\s+calories"
    r"|running|training|workouts?|spin\s+class\w*|crossfit|yoga|pilates|sit-?ups|salads?"
    r"|meal\s+prep\w*|revision|cramming|overtime|paperwork|emails?|admin|dating\s+apps?|apps"
    r"|drinking|booze|smoking|vaping|sugar|carbs|coffee|caffeine|chocolate|no-?spend\w*"
    r"|budget\w*|renovation|decorating|diy|wedding\s+planning|spreadsheets?)"
)
_IT_ALL_A_REGIME = re.compile(
    rf"^\s*[,:-]\s*(?:{_DET})?(?:\w+\s+)?{_REGIME}\b",
    FLAGS,
)

# --- "how I'm going to do it" named as a project or a task ---------------------------------------
_HOW_TO_DO_IT = re.compile(
    r"\bhow\s+(?:i'?m|i\s+am|i\s+will|i'?ll)\s+(?:going\s+to\s+|gonna\s+)?do\s+it\b", FLAGS
)
_PROJECT = (
    r"(?:redesign|renovation|refurb\w*|extension|makeover|refit|re-?do|layout|re-?paint\w*"
    r"|decorating|garden|patio|loft|conversion|speech|toast|presentation|pitch|talk|essay"
    r"|thesis|dissertation|assignment|project|proposal|surprise|party|wedding|seating\s+plan"
    r"|menu|budget|move|commute|schedule|timetable|rota|costume|cake|quilt|mural|tattoo\s+design"
    r"|haircut|interview|audition|exam|test|marathon|race|climb|route|itinerary|trip|tax\s+return)"
)
_IT_A_PROJECT = re.compile(rf"^\s*[,:-]\s*(?:{_DET})?(?:[\w-]+\s+){{0,2}}?{_PROJECT}\b", FLAGS)

# --- "here" named as a place the writer only wants to leave --------------------------------------
_NOT_HERE = re.compile(
    r"\b(?:don'?t|do\s+not)\s+want\s+to\s+be\s+here\s+(?:any\s*more|now)\b", FLAGS
)
_PLACE = (
    r"(?:office|flat|town|city|village|job|party|meeting|queue|class(?:room)?|lecture|school"
    r"|hotel|hostel|bar|pub|club|airport|station|train|bus|car|campsite|tent|gym|shop|store"
    r"|warehouse|call\s+cent(?:re|er)|canteen|waiting\s+room|traffic|conference|wedding"
    r"|restaurant|cafe|kitchen|building|dump|heat|weather|rain|cold)"
)
_HERE_A_PLACE = re.compile(rf"^\s*[,:;-]\s*(?:this|the|that)\s+(?:\w+\s+)?{_PLACE}\b", FLAGS)

# --- "nothing ahead but" named as a task or a season of work -------------------------------------
_NOTHING_AHEAD = re.compile(r"\bnothing\s+(?:ahead|in\s+front)\s+of\s+(?:me|us)\b", FLAGS)
_TASK = (
    r"(?:marking|grading|exams?|revision|work|shifts?|overtime|meetings?|deadlines?|paperwork"
    r"|admin|emails?|reports?|essays?|coursework|night\s+shifts?|driving|packing|chores"
    r"|housework|laundry|nappies|rain|roadworks|audits?|inventory|stocktak\w*|spreadsheets?"
    r"|appointments|assessments|inspections?|tax\w*|bills|rehearsals?|training)"
)
_BUT_A_TASK = re.compile(
    rf"\s*(?:but|except|apart\s+from|other\s+than)\s+(?:(?:more|endless|a\s+pile\s+of|piles\s+of"
    rf"|weeks\s+of|days\s+of|a\s+mountain\s+of|the|my|year\s+\d+|gcse|a-?level)\s+)*{_TASK}\b",
    FLAGS,
)

# --- a goodbye said to a habit, a food or a thing ------------------------------------------------
_GOODBYE_TO = re.compile(r"\b(?:goodbye|good-?bye|farewell|bye)\s+to\s+", FLAGS)
_HABIT = (
    r"(?:sugar|salt|carbs|bread|chocolate|sweets|crisps|booze|alcohol|wine|beer|coffee"
    r"|caffeine|meat|dairy|cheese|fizzy\s+drinks?|junk\s+food|takeaways?|fast\s+food|smoking"
    r"|cigarettes|fags|vaping|gambling|social\s+media|facebook|instagram|twitter|tiktok"
    r"|netflix|snooze\s+button|overdraft|debt|my\s+(?:old\s+)?(?:car|phone|laptop|sofa|hair"
    r"|beard|braces|cast|crutches|overdraft|student\s+loan)|the\s+(?:old\s+)?(?:car|van|sofa"
    r"|boiler|landline|cast|crutches|overdraft))"
)
_TO_A_HABIT = re.compile(rf"(?:\w+\s+){{0,2}}?{_HABIT}\b", FLAGS)

# --- the walls closing in, named as a home too small ---------------------------------------------
_WALLS_CLOSING = re.compile(r"\bwalls\s+(?:are\s+|were\s+|keep\s+)?closing\s+in\b", FLAGS)
_HOME_TOO_SMALL = re.compile(
    r"\b(?:(?:need|want|looking\s+for|find|get)\s+(?:a\s+)?(?:bigger|larger)\s+(?:flat|house"
    r"|place|home|room|office|apartment)|(?:flat|house|place|room|office|apartment|kitchen"
    r"|bedroom|studio)\s+(?:is|'s|are)\s+(?:way\s+|far\s+|so\s+|too\s+)*(?:tiny|small|cramped"
    r"|pokey|poky)|(?:move|moving)\s+(?:house|out|somewhere\s+bigger)|extension|(?:too\s+much"
    r"|all\s+this)\s+(?:stuff|clutter|junk)|boxes\s+everywhere|declutter\w*)\b",
    FLAGS,
)

# --- who gets which thing, while the writer is away for a while ----------------------------------
_WHO_GETS = re.compile(r"\bwho\s+gets\s+(?:which|what)\b", FLAGS)
_AWAY_A_WHILE = re.compile(
    r"\b(?:while|whilst|when)\s+(?:i'?m|i\s+am|i'?ll\s+be|we'?re|we\s+are)\s+(?:\w+\s+)?(?:in"
    r"\s+(?:hospital|rehab|surgery)|away|abroad|travell?ing|on\s+(?:holiday|tour|leave|deployment"
    r"|placement|secondment|maternity|sabbatical)|at\s+(?:\w+\s+){0,2}?(?:mum'?s|dad'?s|gran'?s"
    r"|sister'?s|brother'?s|uni|camp|sea))\b",
    FLAGS,
)
_PLANTS_AND_CHORES = re.compile(
    r"\b(?:plants?|watering|feed\w*|walks?\s+the\s+dog|cat|dog|fish|post|bins|keys|chickens"
    r"|tomatoes|allotment|car|mail)\b",
    FLAGS,
)

# --- an absence from an event, with another event the writer goes to ------------------------------
_ELSEWHERE = re.compile(
    r"\b(?:vou|vamos|voy|vamos|vado|andiamo|je\s+vais|on\s+va|nous\s+allons|ich\s+gehe|ich\s+fahre"
    r"|wir\s+gehen|wir\s+fahren|i'?m\s+going|we'?re\s+going)\s+(?:ao|a|a\s+um|a\s+uma|para\s+[oa]"
    r"|pro|pra|al|a\s+la|a\s+una?|au|a\s+l'|a\s+un|a\s+une|alla?|al|a\s+un[oa]?|auf\s+(?:eine|die"
    r"|das|den)|zu\s+(?:einer|der|dem)|zur|zum|to\s+(?:a|the|my|our))\s+(?:\w+\s+)?(?:casamento"
    r"|batizado|festa|boda|bautizo|fiesta|mariage|bapteme|fete|matrimonio|battesimo|hochzeit"
    r"|taufe|feier|wedding|christening|party|funeral|funeral|enterro|funerale|beerdigung"
    r"|obseques|entierro|congresso|congreso|congres|congress|konferenz|conference)\b",
    FLAGS,
)
_ABSENT_FROM = re.compile(
    r"\b(?:nao\s+vou\s+(?:ca\s+|la\s+)?estar|nao\s+estarei|no\s+voy\s+a\s+estar|no\s+estare"
    r"|non\s+ci\s+saro|ne\s+serai\s+pas|serai\s+pas|nicht\s+da|won'?t\s+be\s+(?:here|there"
    r"|around))\b",
    FLAGS,
)

# --- a gun bought as someone else's present ------------------------------------------------------
_MEANS_BOUGHT_FOR = re.compile(
    r"\b(?:bought|got|ordered|picked\s+up)\s+(?:my\s+|our\s+)?(?:dad|mum|mom|father|mother"
    r"|brother|sister|son|daughter|husband|wife|partner|uncle|grand(?:dad|pa|father)"
    r"|him|her|(?!(?:me|myself|us|ourselves)\b)\w+)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:shotgun|rifle|air\s+rifle|gun"
    r"|crossbow|pistol)\s+(?:for\s+(?:his|her|their)\s+(?:\w+\s+)?(?:birthday|christmas"
    r"|anniversary|retirement)|as\s+(?:a|his|her)\s+(?:\w+\s+)?(?:present|gift))",
    FLAGS,
)
# a present that is only the story told to others: "told Mum it's a present for Dad"
_STORY = re.compile(
    r"\b(?:told|tell|telling|said|say|saying)\s+(?:\w+\s+){0,3}?(?:it'?s|it\s+(?:is|was)"
    r"|that)\b|\bfor\s+(?:me|myself)\b",
    FLAGS,
)


def _sentence(text: str, start: int, end: int) -> str:
    return text[sentence_start(text, start) : sentence_end(text, end)]


def clears(category: Category, phrase: str, text: str, start: int, end: int) -> bool:
    """Does the sentence name the phrase's open word as an ordinary thing?"""
    sentence = _sentence(text, start, end)
    after = text[end : sentence_end(text, end)]
    if category is Category.GETTING_MEANS:
        return _MEANS_BOUGHT_FOR.search(sentence) is not None and _STORY.search(sentence) is None
    if _DARK.search(sentence.replace(phrase, " ")):
        return False
    if category in (Category.DEATH_WISH, Category.SUICIDAL_IDEATION):
        if _DONE_WITH_IT_ALL.search(phrase):
            return _IT_ALL_A_REGIME.search(after) is not None
        if _NOT_HERE.search(phrase):
            return _HERE_A_PLACE.search(after) is not None
        return False
    if category is Category.PLAN_OR_METHOD:
        return _HOW_TO_DO_IT.search(phrase) is not None and _IT_A_PROJECT.search(after) is not None
    if category is Category.NO_FUTURE:
        if _NOTHING_AHEAD.search(phrase):
            return _BUT_A_TASK.match(text, end, sentence_end(text, end)) is not None
        if _ABSENT_FROM.search(phrase):
            return _ELSEWHERE.search(sentence) is not None
        return False
    if category is Category.GOODBYES:
        # the goodbye's object may stand after the phrase ("saying goodbye" read alone)
        said = text[start : sentence_end(text, end)]
        found = _GOODBYE_TO.search(said)
        return found is not None and _TO_A_HABIT.match(said, found.end()) is not None
    if category is Category.TRAPPED_PAIN:
        return (
            _WALLS_CLOSING.search(phrase) is not None
            and _HOME_TOO_SMALL.search(sentence) is not None
        )
    if category is Category.GIVING_AWAY:
        return (
            _WHO_GETS.search(sentence) is not None
            and _AWAY_A_WHILE.search(sentence) is not None
            and _PLANTS_AND_CHORES.search(sentence) is not None
        )
    return False
