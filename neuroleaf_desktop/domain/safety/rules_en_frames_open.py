"""English signs read as open frames of meaning: the parts any wording of a sign needs, each
part looked for anywhere in the sentence, in any order, with a wide vocabulary for each.

Why: the English frames before this one were phrase-shaped (one verb, one word order, one
slot), and a blind batch written afterwards said the same things in other words and was caught
at chance, while the German, French, Spanish, Portuguese and Italian frames, read as parts in
any order (``rules_intl_frames_left_behind``), carried over. So each family names what the sign is
made of, not how one writer put it:

* **shut in, unheard**: a place one cannot get out of (the bottom of a well, under ice, a net,
  inside one's own skull, drowning) and nobody hearing, everyone walking past, no ladder, no
  door, walls closing in;
* **a weight that cannot be carried further**: a pain, a weight or a darkness named, and "I
  can't carry / crawl out from under / bear it" any further;
* **not one more day**: "can't take / face / bear one more day" closing the clause, or "inside
  my own head";
* **no door out of this**: a door, a ladder or an exit out of "this", nothing physical named;
* **others eased with the writer gone**: "with me gone", "take me out of it", "if I wasn't
  here" in the sentence, and a conditional ease of theirs ("she'd be lighter", "they'd
  breathe again");
* **the writer as a load others drag**: "a sack of coal they drag about", "sick of being
  carried" with the others worn out;
* **no future with the writer in it**: "nothing to keep me here", no version of next year
  "with me in it", not seeing
  oneself "at thirty", "won't make it to my thirtieth", "can't see past Christmas", next year
  "a blank", "no later for me", better days that "won't come, not for me";
* **love said to everyone at once**: ringing, texting or visiting everyone "just to say I love
  you", with no occasion, or love said to several out of the blue and them puzzled by it;
* **a goodbye kept for a silence**: "if you don't hear from me", "if anything happens to me",
  and "know you were the best friend I ever had" or "don't be sad, you did everything you
  could"; a goodbye's marks: a last memory left, a note "for whoever finds it", a letter "sorry
  for everything", things tidied "so nobody has to do it when I'm gone";
* **no use left for one's things**: the writer's things handed on and "no more use for them";
  several of them given away at once ("my books, my guitar and my bike");
* **pets rehomed for good**: rehomed "with folk who'll keep them forever", "that's sorted".

Each family keeps out its everyday look-alikes: a lift, a game, a dream, a pothole; boxes, a
baby, a gym; a job, the weather; a room or a car park with no exit; a holiday, a shift, a
retirement; a team carrying a player in a game, an injured leg; a job or a town with no future
in it; Christmas, news, a bereavement; a trip, an operation, no signal; a new hobby, bad knees,
a clear-out; a landlord, an allergy, a late owner's pets. A frame read from the sentence's
start checks its own denial, as the detector's negation reads only what comes before a match.
The acts (means, plans, a burn, an attempt) are in ``rules_en_frames_open_acts``.
The parts of the farewell families (love said to all, a goodbye kept for a silence, things
and pets handed on) are in ``rules_en_frames_open_farewells``; their rules are built here.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, family
from neuroleaf_desktop.domain.safety.rules_core_signs import HANDED_ON_REASON
from neuroleaf_desktop.domain.safety.rules_en_frames_open_farewells import (
    _A_CLEAR_OUT,
    _A_FOUND_NOTE,
    _A_REASON_FOR_SILENCE,
    _A_REASON_TO_PART,
    _A_REASON_TO_REHOME,
    _AN_OCCASION,
    _CALLED_EVERYONE,
    _FOR_GOOD,
    _HANDED,
    _IF_SILENT,
    _KNOW_YOU_WERE_LOVED,
    _LAST_MARKS,
    _MANY,
    _MANY_THINGS_GIVEN,
    _MESSAGE_OF_LOVE,
    _NO_USE_LEFT,
    _PETS,
    _REHOMED,
    _THEY_WONDERED,
    _TO_SAY_LOVE,
)

_NF, _GB, _BU = Category.NO_FUTURE, Category.GOODBYES, Category.BURDEN
_TP, _GA = Category.TRAPPED_PAIN, Category.GIVING_AWAY
_CON = Severity.CONCERN
_E = "en"

_family = partial(family, "open")

# The start of a sentence: a frame reads one sentence, its guards the whole of it.
START = r"(?:^|(?<=[.!?\n]))"
_START = START
# Any character of the sentence.
S = r"[^.!?\n]"
_S = S
# The writer in the sentence: a frame read from the sentence's start names whose it is.
_ME = rf"(?={_S}*\b(?:i|i'm|im|i've|i'd|i'll|me|my|myself)\b)"


def none_of(words: str, chars: str = S) -> str:
    """None of ``words`` anywhere in the sentence: the guard of a frame read from its start."""
    return rf"(?!{chars}*\b(?:{words})\b)"


_none = none_of

# --- shut in, unheard -----------------------------------------------------------------------------
_SHUT_IN = (
    r"\b(?:bottom|floor)\s+of\s+(?:a|the|an)\s+(?:[\w-]+\s+)?(?:well|pit|hole|shaft|ocean|sea"
    r"|lake|dam|reservoir|river|grave|ditch|canal|quarry|barrel|cistern)\b"
    r"|\bunder\s+(?:the\s+)?(?:ice|water|rubble|earth|ground|mud|sand|concrete|floorboards"
    r"|waves|dirt)\b|\bburied\s+alive\b"
    r"|\b(?:in|inside)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:box|coffin|cage|cell|tomb|grave|jar|well"
    r"|pit|hole|bottle|bubble|net|trap|snare|web|quicksand|tank|maze|tin|can|drum|crate|trunk"
    r"|vault|barrel|sack|capsule|casket)\b"
    r"|\bdrowning\b"
    r"|\b(?:stuck|trapped|locked|caged|shut|buried|sealed|imprisoned)\s+(?:up\s+)?(?:inside|in"
    r"|within)\s+(?:myself|my\s+own\s+(?:head|skull|mind|body|skin|brain)|my\s+(?:head|skull"
    r"|mind|brain|body))\b"
    # … or the place closing in round the writer: "it's all closing in like the sides of a pit"
    r"|\b(?:it'?s|it\s+is|everything'?s|everything\s+is|all)\s+(?:all\s+)?(?:closing|caving"
    r"|pressing)\s+in\b"
)
_UNHEARD = (
    r"\b(?:nobody|no\s*one|no-one|noone|none\s+of\s+them)\s+(?:\w+\s+){0,2}?(?:hears?|heard"
    r"|listens?|sees?|saw|notices?|comes?|came|answers?|knows?)\b"
    r"|\bno\s+(?:way\s+up|ladder|rope|exit|light|air|hatch|escape|steps|handholds?|door|way"
    r"\s+out)\b"
    r"|\b(?:can'?t|cannot|couldn'?t|can\s+not)\s+(?:\w+\s+)?(?:get|climb|crawl|dig|claw|break"
    r"|find\s+(?:my|a)\s+way|reach)\s+(?:myself\s+)?(?:out|up|the\s+top|through)\b"
    r"|\b(?:can'?t|cannot|couldn'?t|can\s+not)\s+(?:even\s+)?see\s+(?:the\s+)?(?:top|light|sky"
    r"|daylight|sun|surface|way\s+out)\b"
    r"|\b(?:everyone|everybody|people|they|the\s+world)\s+(?:just\s+)?(?:walks?|goes|go|carries"
    r"|carry|passes|pass|drives?)\s+(?:past|by|on)\b"
    r"|\b(?:can'?t|cannot|can\s+not)\s+go\s+anywhere\b|\bnowhere\s+to\s+go\b"
    r"|\bnowhere\s+to\s+(?:climb|crawl|claw|get|dig)\s+(?:myself\s+)?(?:out|up)\b"
    r"|\blid\s+(?:on|shut|closed)\b"
    r"|\bwalls?\s+(?:\w+\s+)?(?:closing|creeping|moving|pressing|getting|coming)\s+(?:in|closer"
    r"|nearer)\b"
    # … or the way up moving further off: "the walls only get taller", "the top keeps rising"
    r"|\b(?:walls?|sides?|top|edge|rim)\s+(?:\w+\s+){0,2}?(?:gets?|getting|grows?|growing|keeps?"
    r"|seems?|goes|go|moves?)\s+(?:\w+\s+)?(?:taller|higher|steeper|further|farther|away|up)\b"
)
# The writer, or a likeness said with the writer left out ("feels like being under the ice").
_ME_OR_LIKE = rf"(?={_S}*\b(?:i|i'm|im|i've|i'd|me|my|myself|like|as\s+if|as\s+though)\b)"
# A real place one is stuck in, a story, a dream, an animal down a well.
_LITERAL_PLACE = (
    r"lift|elevator|escape\s+room|game|film|movie|book|novel|series|show|episode|dream\w*"
    r"|nightmare|cav\w+|pothol\w*|div\w+|snorkel\w*|phones?|keys?|ring|cat|dog|kitten|puppy|ball"
    r"|toy|sheep|lamb|cow|bucket|traffic|queue|tent|car|bus|train|tube|toilet|loo|locked\s+out"
    r"|shed|garage|attic|loft|basement|cellar|miners?|rescu\w*|firefighters?|coastguard"
    r"|documentary|history|fishing|skat\w*|swim\w*|pool|song|tune|lyrics?"
)

# --- a weight that cannot be carried further -------------------------------------------------
_HEAVY = (
    r"\b(?:weight|pain|hurt|hurting|heaviness|darkness|dark|sadness|despair|grief|misery|dread"
    r"|ache|aching|agony|anguish|torment|heartache"
    r"|load|sorrow|depression|fog|black\s+dog|this\s+feeling|it\s+all|all\s+of\s+this|all\s+this"
    r"|too\s+(?:big|heavy|much)\s+for\s+(?:one|a|my|this)\s+\w+)\b"
)
_CANT_CARRY = (
    r"\b(?:can'?t|cannot|can\s+not|couldn'?t|unable\s+to|not\s+able\s+to|no\s+longer\s+able\s+to"
    r"|(?:have|got)\s+no\s+(?:strength|energy)\s+(?:left\s+)?to)\s+(?:even\s+|really\s+)?"
    r"(?:(?:carry|bear|lift|hold|drag|haul|shoulder|lug|shift|shake|(?:get|crawl|climb|dig"
    r"|wriggle|pull|drag|claw)\s+(?:myself\s+)?(?:up\s+|out\s+)?(?:from\s+under(?:neath)?|of))"
    r"\s+(?:it|this|them|that)\b"
    r"(?:\s+(?:any\s+)?(?:further|farther|longer|more)|\s+up\s+\w+|\s+another\s+\w+)?"
    # … got out "from" it, as learners and Munster speakers say "out of": "I cannot go out from it"
    r"|(?:get|go|come|crawl|climb)\s+(?:myself\s+)?out\s+from\s+(?:it|this|them|that)\b"
    # … pushed off or shaken away: "I can't push it off any more"
    r"|(?:push|lift|shift|shove|throw|shake|get)\s+(?:it|this|them)\s+(?:off|away)\b"
    # … the object dropped, as learners and tired writers drop it: "I cannot carry anymore"
    r"|(?:carry|bear|hold)\s+(?:it\s+|this\s+)?(?:any\s*more|any\s+longer|no\s+more"
    r"|no\s+longer)\b)"
)
# A load in the hands or the body's own pain: boxes (not a box one is in), a baby, a bad knee.
_A_REAL_LOAD = (
    r"(?<!\bin\sa\s)(?<!\bin\sthe\s)box\w*|shopping|bags?|suitcases?|sofa|couch|furniture|fridge|wardrobe|piano|baby|toddler"
    r"|kids?|child|buggy|pram|rucksack|backpack|groceries|parcels?|logs|firewood|buckets?|gym"
    r"|weights|squats?|bench|kg|kilos?|pounds|lbs|reps|dumbbells?|barbells?|tyres?|tires?|bike"
    r"|van|boat|ladder|tray|coffin|shoulder|back|knee|ankle|leg|wrist|arm|sprain\w*|injur\w*"
    r"|surgery|physio|tooth|toothache|headache|migraine|period|cramps?|contractions?|labou?r"
    r"|exam|course|job|work|shift|team|debt|mortgage|bills?"
)

# --- not one more day ----------------------------------------------------------------------------
_NOT_ONE_MORE = (
    r"\b(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:take|bear|stand|face|survive|endure"
    r"|go\s+through)\s+(?:even\s+)?(?:one\s+more|another)\s+(?:single\s+)?(?:day|night|morning"
    r"|week|minute|hour)"
    r"(?:\s+(?:inside|in)\s+(?:my\s+(?:own\s+)?(?:skull|head|mind|brain|body|skin)|myself)"
    r"|\s+like\s+(?:this|that|it)|\s+(?:alive|here|on\s+this\s+earth)"
    r"|\s+of\s+(?:this|it|me|myself|being\s+me|living|my\s+(?:own\s+)?(?:life|head|thoughts"
    r"|mind)))?"
    + END
    # … "do" or "handle" only with the state named: "can't do another night like this"
    + r"|\b(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:do|handle|manage)\s+(?:even\s+)?(?:one\s+more"
    r"|another)\s+(?:single\s+)?(?:day|night|morning|week)\s+(?:like\s+this|of\s+(?:this|it"
    r"|feeling\s+like\s+this))"
    + END
    # … learner grammar: "I no can take more this life", "cannot support anymore this pain"
    + r"|\bi\s+(?:no|not|cannot|can'?t)\s+(?:can\s+)?(?:take|bear|stand|support|endure|suffer)\s+"
    r"(?:more|anymore|any\s+more|no\s+more)\s+(?:this|the|my)\s+(?:life|pain|suffer\w*|sadness"
    r"|situation)\b"
    # … the day first: "one more day of this is more than I can take"
     + r"|\b(?:one\s+more|another)\s+(?:day|night|week|minute|hour)\s+(?:of\s+(?:this|it)|like"
    r"\s+this)\s+(?:is|would\s+be|will\s+be)\s+(?:more\s+than\s+i\s+can\s+(?:take|bear|stand"
    r"|handle)|too\s+much|unbearable|impossible)\b"
)
# What a day is borne for that is not the writer's pain: a job, the weather, a noise.
_A_DAY_OF_SOMETHING = (
    r"job|work|boss|commute|traffic|rain|weather|cold|heat|landlord|flat|course|degree|school"
    r"|exams?|diet|neighbou?rs?|noise|building\s+site|roadworks|shifts?|overtime|team|manager"
    r"|class|teacher|in-?laws|renovation|builders|hospital|ward|camp|trip|holiday|hangover"
    r"|flu|cold|cough|fast|fasting|ramadan|detox|cleanse|lockdown|isolation|quarantine"
    # the body laid up: a bad back, a leg in plaster, a day on the sofa
    r"|back|knee|leg|hip|neck|shoulder|sofa|bed|injur\w*|sprain\w*|plaster|cast|crutches"
)

# --- no door out of this --------------------------------------------------------------------------
_NO_DOOR = (
    r"\bno\s+(?:door|exit|ladder|hatch|key|rope|road|path|route|gate|window|escape\s+hatch"
    r"|light)\s+out\s+of\s+(?:this|it|here|the\s+dark\w*|this\s+(?:hole|pit|life|feeling)"
    r"|my\s+(?:head|life|mind))" + END
)
_A_REAL_ROOM = (
    r"fire|locked|building|room|car\s*park|maze|escape\s+room|game|level|station|airport"
    r"|stadium|venue|festival|traffic|flat|house|office|lift|basement|tunnel|motorway"
    r"|roadworks|queue|contract|deal|lease|job|exam|course|mortgage"
)

# --- the writer as a load others drag -------------------------------------------------------------
_ME_A_LOAD = (
    r"\b(?:i'?m|being)\s+(?:just\s+|only\s+|nothing\s+but\s+|no\s+more\s+than\s+|like\s+)?(?:a|an|the)\s+"
    r"(?:\w+\s+)?(?:sack|bag|lump|load|weight|millstone|anchor|stone|rock|ball\s+and\s+chain"
    r"|baggage|luggage|suitcase|parcel|ballast|albatross)\b(?:\s+of\s+\w+)?[^.!?\n]{0,30}?\b"
    r"(?:they|everyone|everybody|people|the\s+\w+|my\s+\w+|\w+)\s+(?:\w+\s+)?(?:drag|drags"
    r"|dragging|carry|carries|carrying|haul|hauls|hauling|lug|lugs|lugging|pull|pulls|cart"
    r"|carts|tow|tows|heave|have\s+to\s+(?:carry|drag|haul|lug))\b"
)
_SICK_OF_BEING_CARRIED = (
    r"\b(?:sick|tired|ashamed|weary|fed\s+up)\s+of\s+(?:always\s+)?being\s+(?:carried|dragged"
    r"|propped\s+up|held\s+up|hauled|babysat|bailed\s+out|the\s+(?:weight|load|one\s+they"
    r"\s+carry))\b"
)
_OTHERS_WORN = (
    r"\b(?:worn|exhausted|drained|knackered|ragged|tired|shattered|fed\s+up|had\s+enough"
    r"|patience|sick\s+of\s+me)\b|\b(?:family|everyone|everybody|they\s+all|all\s+of\s+them"
    r"|crew|lot\s+of\s+them)\s+(?:\w+\s+)?(?:carr|drag|prop|haul)\w*\s+me\b"
)
# … or the others carrying the writer for a long time: "they've carried me for years"
_THEY_CARRIED_ME = (
    r"\b(?:they'?ve|they\s+have|everyone'?s|everyone\s+has|everybody'?s|(?:my\s+)?family'?s"
    r"|(?:my\s+)?family\s+has|they)\s+(?:all\s+)?(?:been\s+)?(?:carried|carrying|dragged"
    r"|dragging|propped\s+up|propping\s+up|held\s+up|hauled|hauling)\s+me\b"
)
# … for a long time, not once: "for years", "all my life"
_FOR_LONG = (
    r"\b(?:for\s+(?:years|months|so\s+long|ages|too\s+long|decades)|all\s+my\s+life|always"
    r"|since|long\s+enough|every\s+(?:day|week|year))\b"
)
# Carrying in a game, a match or after an injury.
_CARRIED_FOR_REAL = (
    r"game|games|match|fortnite|ranked|league|quiz|exam|project|ankle|leg|knee|injur\w*|broke"
    r"|broken|drunk|home|piggy\w*|shoulders|stretcher|bride|baby|fainted|hike|mountain|festival"
    r"|crowd|surf\w*|assignment|coursework|presentation|pitch|field|court|physio|ambulance"
    r"|paramedics?|off\s+the"
)

# --- no future with the writer in it ------------------------------------------------------------
_NO_VERSION_WITH_ME = (
    r"\b(?:can'?t|cannot|can\s+not|couldn'?t|don'?t|do\s+not|never)\s+(?:\w+\s+)?(?:picture"
    r"|imagine|see|envision|envisage)\s+(?:(?:any|a|the)\s+)?(?:\w+\s+){0,2}?(?:next\s+(?:year"
    r"|summer|winter|spring|christmas|decade)|future|tomorrow|years\s+ahead|old\s+age|later)\b"
    r"[^.!?\n]{0,40}?\b(?:with|where|that\s+(?:has|includes))\s+(?:me|i)\b"
)
_NOT_AT_AN_AGE = (
    r"\b(?:don'?t|do\s+not|can'?t|cannot|can\s+not|never)\s+(?:really\s+)?(?:see|picture"
    r"|imagine)\s+(?:myself|me)\s+(?:at|reaching|making\s+it\s+to|getting\s+to|turning|living"
    r"\s+to|past|hitting|seeing)\s+(?:\d{2}|(?:twenty|thirty|forty|fifty|sixty)(?:[-\s]\w+)?"
    r"|eighteen|nineteen|old|next\s+(?:year|birthday|christmas)|my\s+next\s+birthday|the\s+end"
    r"\s+of\s+(?:the|this)\s+year)" + END
)
_NO_LATER_FOR_ME = (
    r"\bthere(?:'s|\s+is)\s+no\s+(?:later|after|afterwards|someday|one\s+day|next\s+(?:year"
    r"|chapter|time)|old\s+age|years?\s+ahead|down\s+the\s+line)\s+for\s+me\b"
    r"|\b(?:tomorrow|the\s+future|next\s+year|later|the\s+years\s+ahead)\s+(?:don'?t|doesn'?t"
    r"|does\s+not|do\s+not|won'?t|will\s+not|isn'?t|is\s+not|no)\s+(?:even\s+)?exist\s+for\s+me\b"
    r"|\bonly\s+(?:today|now|this)\s+and\s+then\s+(?:a\s+|the\s+)?(?:blank|nothing|black|dark"
    r"|darkness|void|empty|white)\b"
)
_NOT_MAKING_IT_TO = (
    r"\b(?:won'?t|will\s+not|ain'?t\s+gonna|not\s+going\s+to|never\s+gonna|never\s+going\s+to)"
    r"\s+(?:make\s+it\s+to|reach|see|get\s+to)\s+my\s+(?:\w+(?:ieth|teenth|st|nd|rd|th)"
    r"|next)(?:\s+birthday)?" + END
)
_NO_SIGHT_AHEAD = (
    r"\b(?:can'?t|cannot|can\s+not|don'?t)\s+see\s+(?:past|beyond|further\s+than)\s+(?:christmas"
    r"|next\s+\w+|this\s+\w+|the\s+weekend|tomorrow|today|tonight|new\s+year|my\s+birthday"
    r"|\w+day|the\s+end\s+of\s+(?:the|this)\s+\w+)"
    + END
    + r"|\b(?:next\s+(?:year|month|summer|winter|spring)|the\s+future|tomorrow|the\s+years\s+ahead)"
    r"(?:'s|\s+is|\s+feels|\s+looks)\s+(?:like\s+)?(?:a\s+|just\s+|one\s+big\s+)?(?:blank"
    r"|empty|nothing|black|void)(?:\s+(?:to|for)\s+me)?" + END
)
# A blank in a diary, a plan not yet made.
_A_DIARY = (
    r"diary|calendar|planner|schedule|rota|day\s+off|booked|plans?|holiday|leave|bookings?|busy"
    r"|workload|deadlines?|exams?|work|shifts?|stress\w*|so\s+much"
)
_NOTHING_KEEPS_ME = (
    r"\bnothing\s+(?:left\s+)?(?:to\s+keep\s+me|keeping\s+me|holding\s+me|to\s+hold\s+me)\s+"
    r"(?:here|going|alive|around|back)\b"
)
_BETTER_DAYS = (
    r"\b(?:looking\s+up|get(?:ting)?\s+better|improv\w*|easier|turn\w*\s+around|pick\w*\s+up)\b"
)
_NOT_FOR_ME = (
    r"\b(?:won'?t|will\s+not|never\s+will|aren'?t|isn'?t|never)\b[^.!?\n]{0,20}?\bnot\s+for"
    r"\s+me\b"
)
_A_PLACE_WITH_NO_FUTURE = (
    r"job|work|company|firm|team|club|band|school|town|village|city|industry|career|role"
    r"|relationship|marriage|office|country|house|flat|with\s+(?:a|kids|children|a\s+mortgage)"
    r"|married|kids|mortgage|party|wedding|reunion|gig|concert|because|flight|in\s+(?:a|this"
    r"|that)\s+\w+"
)


RULES: tuple[Rule, ...] = (
    _family(
        "shut_in_unheard",
        _TP,
        _CON,
        {
            _E: rf"{_START}{_ME_OR_LIKE}{_none(_LITERAL_PLACE)}(?={_S}*?(?:{_SHUT_IN}))"
            rf"{_S}*?(?:{_UNHEARD})"
        },
        {
            _E: r"nobody|no\s*one|no-one|noone|none|no\s|can|lid|wall|every|people|they|world"
            r"|nowhere"
        },
    )
    + _family(
        "shut_inside_myself",
        _TP,
        _CON,
        {
            _E: r"\b(?:i'?m|i\s+am|i\s+feel|i'?ve\s+been|i\s+been|feel|feeling)\s+(?:\w+\s+)?"
            r"(?:stuck|trapped|locked|caged|shut|buried|sealed|imprisoned)\s+(?:up\s+)?(?:inside"
            r"|within)\s+(?:myself|my\s+own\s+(?:head|skull|mind|body|skin|brain)|my\s+(?:head"
            r"|skull|mind|brain))\b"
        },
        {_E: r"inside|within"},
    )
    + _family(
        "weight_cannot_be_carried",
        _TP,
        _CON,
        {
            _E: rf"{_START}{_ME}{_none(_A_REAL_LOAD)}(?={_S}*?{_HEAVY})"
            rf"(?!{_S}*\b(?:if|when|unless)\s+i\s+(?:can'?t|cannot|couldn'?t))"
            rf"{_S}*?{_CANT_CARRY}"
        },
        {_E: r"can|unable|able|no\s+strength|no\s+energy"},
    )
    + _family(
        "not_one_more_day",
        _TP,
        _CON,
        {_E: rf"{_START}{_none(_A_DAY_OF_SOMETHING)}{_S}*?(?:{_NOT_ONE_MORE})"},
        {_E: r"one\s+more|another|more"},
    )
    + _family(
        "no_door_out_of_this",
        _TP,
        _CON,
        {_E: rf"{_START}{_none(_A_REAL_ROOM)}{_S}*?{_NO_DOOR}"},
        {_E: r"out\s+of"},
    )
    + _family(
        "a_load_they_drag",
        _BU,
        _CON,
        {
            _E: rf"{_START}{_none(_CARRIED_FOR_REAL)}{_S}*?(?:{_ME_A_LOAD}"
            rf"|(?={_S}*?(?:{_OTHERS_WORN})){_S}*?{_SICK_OF_BEING_CARRIED}"
            rf"|{_SICK_OF_BEING_CARRIED}(?={_S}*?(?:{_OTHERS_WORN}))"
            rf"|{_THEY_CARRIED_ME}(?={_S}*?(?:{_OTHERS_WORN}))(?={_S}*?{_FOR_LONG}))"
        },
        {_E: r"drag|carr|haul|lug|pull|cart|tow|heave|being|prop"},
    )
    + _family(
        "no_future_with_me_in_it",
        _NF,
        _CON,
        {
            _E: rf"{_START}{_none(_A_PLACE_WITH_NO_FUTURE)}{_S}*?(?:{_NO_VERSION_WITH_ME}"
            rf"|{_NOT_AT_AN_AGE}|{_NOT_MAKING_IT_TO}|{_NOTHING_KEEPS_ME})"
            rf"|{_START}{_none('job|work|company|team|club|band|school|town|industry|career')}"
            rf"{_S}*?(?:{_NO_LATER_FOR_ME})"
            rf"|{_START}{_none(_A_DIARY)}{_S}*?(?:{_NO_SIGHT_AHEAD})"
            rf"|{_START}(?={_S}*?{_BETTER_DAYS}){_S}*?{_NOT_FOR_ME}"
            rf"(?!{_S}*\b(?:him|her|them|you|us|team|job|work)\b)"
        },
        {
            _E: r"picture|imagine|see|envis|later|after|someday|one\s+day|next|old\s+age|ahead"
            r"|down\s+the|only|not\s+for\s+me|exist|make\s+it|reach|get\s+to|blank|empty"
            r"|nothing|black|void|keep|holding"
        },
    )
    + _family(
        "love_said_to_everyone",
        _GB,
        _CON,
        {
            _E: rf"{_START}{_none(_AN_OCCASION)}(?:{_S}*?{_CALLED_EVERYONE}{_S}{{0,60}}?"
            rf"{_TO_SAY_LOVE}|(?={_S}*?{_THEY_WONDERED})(?={_S}*?{_MANY}){_S}*?{_MESSAGE_OF_LOVE})"
            rf"|{_START}{_none(_AN_OCCASION)}{_none(_A_FOUND_NOTE)}{_S}*?(?:{_LAST_MARKS})"
        },
        {
            _E: r"everyone|everybody|all|whole|each|every|people|love|thank|best|sorry|memor|finds"
            r"|gone"
        },
    )
    + _family(
        "goodbye_kept_for_a_silence",
        _GB,
        _CON,
        {
            _E: rf"{_START}{_none(_A_REASON_FOR_SILENCE)}(?={_S}*?(?:{_IF_SILENT}))"
            rf"{_S}*?(?:{_KNOW_YOU_WERE_LOVED})"
        },
        {_E: r"if\s"},
    )
    + _family(
        "no_use_left_for_my_things",
        _GA,
        _CON,
        {
            _E: rf"{_START}{_none(_A_REASON_TO_PART)}{_none(HANDED_ON_REASON['en'])}"
            rf"(?={_S}*?(?:{_HANDED})){_S}*?(?:{_NO_USE_LEFT})"
        },
        {_E: r"use\s+for|need\s+for|needing|using|need|use\s+to|good\s+to"},
    )
    + _family(
        "many_things_given_at_once",
        _GA,
        _CON,
        {
            _E: rf"{_START}{_none(_A_REASON_TO_PART)}{_none(HANDED_ON_REASON['en'])}"
            rf"{_none(_A_CLEAR_OUT)}{_S}*?(?:{_MANY_THINGS_GIVEN})"
        },
        {_E: r"away|gone|given"},
    )
    + _family(
        "pets_rehomed_for_good",
        _GA,
        _CON,
        {
            _E: rf"{_START}{_none(_A_REASON_TO_REHOME)}(?={_S}*?{_PETS})"
            rf"(?={_S}*?{_FOR_GOOD}){_S}*?{_REHOMED}"
        },
        {_E: r"home|found|given|gave|handed|passed|signed\s+over|gone|going|went"},
    )
)
