"""English plans told as logistics: the how, when and where, without "kill myself".

Why: a person who has decided often stops naming the act and writes down arrangements
instead: a knife "ready for when I need it", "pills and the bath, Sunday night when the house
is empty", a cord "in a bag under my bed, just waiting", a bridge scouted for its railing, a
knot practised "until I got it right", "after the kids are at school I'll do it". Each of
these is a plan or a method (C-SSRS plan item), and the explicit-recall target counts them.

Every family below ties a *means* (knife, pills, rope, cord, belt, hose, gun, a height) or a
bare "it" to a marker that only a plan has: set aside for a time, not for a use; a chosen
moment plus "I'll do it" ending the clause; a rehearsal with the means; a place checked for
its barrier. The look-alikes share the nouns and keep out: "put the good knife aside for
carving the turkey", "pills and a hot bath for this cold", "rope for the camping trip",
"after the kids are at school I'll do the big shop", "tied the knot! married my best friend",
"the cord for the laptop charger is in a bag". Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, IT_NAMED_AFTER, Rule, rule

_PM, _GM = Category.PLAN_OR_METHOD, Category.GETTING_MEANS
_URG = Severity.URGENT

# The means of a method, as things one keeps (not "the knife block", "a skipping rope").
_MEANS = (
    r"(?:(?:kitchen\s+|sharp\s+|big\s+|good\s+)?knife|knives|(?:razor\s+)?blades?|razors?|pills"
    r"|tablets|meds|paracetamol|rope|cord|belt|noose|ligature|gun|rifle|pistol|shotgun|hose"
    r"|charcoal|plastic\s+bag|cable)"
)
# Within the same sentence (no full stop between).
_NEAR = r"[^.!?\n]{0,80}?"
# A time one keeps a thing for, rather than a use ("for friday", not "for carving on friday").
_WHEN = (
    r"(?:when\s+(?:i\s+need\s+(?:it|them)|i'?m\s+ready|it'?s\s+time|the\s+time\s+comes"
    r"|it\s+happens|i\s+do\s+it)|later|the\s+day|tonight|tomorrow(?:\s+night)?|this\s+weekend"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+night)?|the\s+\d{1,2}(?:st|nd|rd|th)?)"
)
# A moment chosen so that nobody is around.
_ALONE = (
    r"(?:the\s+house\s+is\s+empty|nobody(?:'s|\s+is|\s+will\s+be)\s+(?:home|around|in)"
    r"|no\s*one(?:'s|\s+is|\s+will\s+be)\s+(?:home|around|in)|everyone(?:'s|\s+is)\s+"
    r"(?:asleep|out|away)|the\s+kids\s+are\s+(?:at\s+school|asleep|in\s+bed|at\s+their\s+dad'?s))"
)
# The act as a bare "it" (the person has stopped naming it).
_DO_IT = (
    r"(?:i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna)\s+"
    r"(?:do\s+it|go\s+ahead\s+with\s+it|go\s+through\s+with\s+it)"
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# A height one could go from, as a place passed on the way ("the bridge", "the multi-storey").
_HEIGHT = (
    r"(?:bridge|cliffs?|viaduct|overpass|flyover|car\s*park|multi[\s-]?storey|rooftop|tower"
    r"|pier|railway\s+tracks|train\s+tracks)"
)
# Day after day: "every day", "each time", "every single morning".
_EVERY = r"(?:every|each)\s+(?:single\s+)?(?:day|time|morning|night|evening|week)\b"
# The act thought of without its name: "it" (not "it, the fire in 2017": named after), "jumping",
# "the drop", "going over".
_THE_ACT_UNNAMED = (
    rf"(?:it{IT_NAMED_AFTER}|jumping|the\s+drop|going\s+over|stepping\s+off"
    r"|how\s+easy\s+it\s+would\s+be)"
)
# What a chosen moment waits for: a day or hour, the people and animals looked after, the
# papers put in order ("once the dog is rehomed", not "once the form is printed").
_MOMENT = (
    rf"(?:{_WEEKDAY}|tonight|tomorrow|\d{{1,2}}(?::\d\d)?\s*(?:am|pm)|kids|children|dog|cat|pets?"
    r"|will|insurance|everyone|everybody|nobody|no\s*one|house|funeral"
    # the others who share the home, away then: "the roommates are at the lake"
    r"|(?:room|flat|house)mates|parents|folks)"
)

SET_ASIDE_RULES: tuple[Rule, ...] = (
    rule(
        "pl_means_set_aside",
        _PM,
        _URG,
        # "the knife is in my drawer, ready for when i need it", "put the good knife aside for
        # friday", "kept my dad's belt for later", "the gun is loaded, for when it's time", "the
        # cord is in a bag under my bed, just waiting" (the clause must end on the time, so
        # "aside for carving the turkey on friday" and "rope for the camping trip" stay out)
        # (a razor in a wash bag is for shaving)
        # (nor a tool of a hobby or a kitchen: "a new fishing knife … for saturday")
        r"(?<!fishing\s)(?<!hunting\s)(?<!camping\s)(?<!climbing\s)(?<!skipping\s)(?<!craft\s)"
        rf"\b{_MEANS}\b(?![^.!?\n]{{0,60}}\b(?:wash\s*bag|sponge\s+bag|toiletr\w*|shav\w*))"
        rf"{_NEAR}(?:(?:ready|aside|saved|kept|waiting|there|hidden|taped\s+\w+\s+\w+"
        rf"(?:\s+\w+)?)\s*,?\s+)?for\s+{_WHEN}" + END + rf"|\b{_MEANS}\b{_NEAR},?\s+(?:just\s+)?"
        r"(?:waiting(?:\s+for\s+me)?|ready\s+and\s+waiting|all\s+ready)" + END,
        gate=r"knife|knives|blade|razor|pill|tablet|meds|paracetamol|rope|cord|belt|noose|ligature"
        r"|gun|rifle|pistol|hose|charcoal|bag|cable",
        inherent=True,
    ),
    rule(
        "pl_means_kept_for_the_time",
        _PM,
        _URG,
        # a hobby's tool kept for the writer's own moment is no hobby: "the old hunting rifle
        # behind the seat of my truck, for when I'm ready" (a moment, never a day or a use)
        rf"\b{_MEANS}\b{_NEAR}\bfor\s+when\s+(?:i'?m\s+ready|it'?s\s+time|the\s+time\s+comes"
        r"|i\s+do\s+it|i\s+need\s+(?:it|them))" + END,
        gate=r"ready|time|do it|need",
        inherent=True,
    ),
    rule(
        "pl_means_when_alone",
        _PM,
        _URG,
        # "pills and the bath, sunday night when the house is empty", "the rope, once everyone
        # is asleep" (a means and a moment with nobody around)
        rf"\b{_MEANS}\b{_NEAR}\b(?:when|once|while|after)\s+{_ALONE}" + END,
        gate=r"empty|nobody|no\s*one|everyone|kids",
        inherent=True,
    ),
    rule(
        "pl_laid_out",
        _PM,
        _URG,
        # "set everything out on the desk, the pills, the whisky, the letter", "i've got the
        # hose and the tape, the car is in the garage", "put the pills in the glovebox, i'll
        # drive somewhere quiet on saturday"
        rf"\b(?:set|laid|lay|put|got)\s+(?:everything|it\s+all)\s+(?:out|ready){_NEAR}\b{_MEANS}\b"
        r"|\bhose\s+and\s+(?:the\s+|some\s+)?(?:duct\s+)?tape\b|\bhose\s+(?:to|on|onto|into)\s+"
        r"the\s+exhaust\b"
        rf"|\b{_MEANS}\b{_NEAR}\b(?:drive|go|walk|head)\s+(?:to\s+)?somewhere\s+(?:quiet|remote"
        r"|nobody|no\s*one)",
        gate=r"everything|it\s+all|hose|somewhere",
        inherent=True,
    ),
    rule(
        "pl_means_kept_close",
        _PM,
        _URG,
        # "the knife is sharp and under my pillow", "the plastic bag and the tape are in my desk
        # drawer", "the stool is under the beam in the loft", "i've got the pills and the
        # bottle, i just need the nerve" (not "the stool is under the counter")
        r"\b(?:knife|knives|rope|cord|belt|noose|gun|pistol)\b[^.!?\n]{0,40}\bunder\s+my\s+"
        r"(?:pillow|mattress)" + END + r"|\bplastic\s+bag\s+and\s+(?:the\s+|some\s+)?"
        r"(?:duct\s+|gaffer\s+)?tape\b"
        r"|\b(?:stool|chair|ladder)\s+(?:is\s+)?(?:under|below)\s+the\s+(?:beam|hook|rafters?"
        r"|loft\s+hatch)\b"
        rf"|\b{_MEANS}\b{_NEAR}\b(?:i\s+)?(?:just\s+)?(?:need|needs|working\s+up|building\s+up)"
        r"\s+(?:the|my)\s+(?:nerve|courage|guts)\b",
        gate=r"pillow|mattress|tape|beam|hook|rafter|hatch|nerve|courage|guts",
        inherent=True,
    ),
    rule(
        "pl_notes_for_when",
        _PM,
        _URG,
        # "the notes are written, one for mum and one for sam, for when it happens", "letters
        # for everyone for when i'm gone" (not "thank-you notes for everyone who came")
        r"\b(?:notes?|letters?)\b" + _NEAR + r"\bfor\s+(?:when|after)\s+(?:it\s+happens|i'?m\s+gone"
        r"|it'?s\s+(?:done|over)|i'?ve\s+gone|i\s+do\s+it)" + END,
        gate=r"note|letter",
        inherent=True,
    ),
    rule(
        "pl_not_found_by_family",
        _PM,
        _URG,
        # "chose the hotel room so my family won't be the ones to find me", "so the kids don't
        # find me"
        r"\bso\s+(?:that\s+)?(?:my\s+\w+|the\s+kids|they|mum|mom|dad|nobody\s+i\s+love|no\s*one\s+"
        r"i\s+love)\s+(?:won'?t|wouldn'?t|doesn'?t|don'?t|isn'?t|aren'?t|will\s+not)\s+"
        r"(?:be\s+the\s+ones?\s+(?:to|who)\s+)?(?:find|finds)\s+me\b",
        gate=r"find",
        inherent=True,
    ),
    rule(
        "pl_how_many_it_takes",
        _GM,
        _URG,
        # "looked up how much paracetamol it takes", "worked out how many i'd need to take and
        # i have enough" (not "how much paracetamol a child can have"); "bought four boxes from
        # different shops"
        r"\bhow\s+(?:much|many)\s+(?:(?:pills|tablets|paracetamol|meds|of\s+them|of\s+those)\s+)?"
        r"(?:it\s+(?:takes|would\s+take)|it'?d\s+take"
        r"|i'?d\s+need(?:\s+to\s+take)?|i\s+would\s+need(?:\s+to\s+take)?)"
        r"(?!\s+(?:to\s+(?:get|make|cook|pay|fix|feel\s+better|sleep)|for\s+(?:the|a|my)))\b"
        r"|\bbought\s+\w+\s+(?:boxes|packs|packets)\b[^.!?\n]{0,20}\bfrom\s+different\s+"
        r"(?:shops|pharmacies|chemists|stores)\b",
        gate=r"how\s+m|different",
        inherent=True,
    ),
)

TIME_PLACE_RULES: tuple[Rule, ...] = (
    rule(
        "pl_chosen_moment_do_it",
        _PM,
        _URG,
        # "after the kids are at school on monday i'll do it", "sunday at 3am, that's when i'll
        # do it", "once the dog is rehomed i'll go ahead with it", "the place is chosen, the
        # woods behind the mill. i'll do it there" (not "... i'll do the big shop")
        rf"\b(?:after|once|when)\s+[^.!?\n]{{0,40}}?\b{_MOMENT}\b[^.!?\n]{{0,40}}?,?\s+"
        + _DO_IT
        + r"(?:\s+then)?"
        + END
        + r"|\bthat'?s\s+(?:when|where)\s+"
        + _DO_IT
        + END
        + r"|\b(?:chose|chosen|picked|found|decided\s+on)\b[^.!?\n]{0,60}?\b(?:where|when)\s+"
        + _DO_IT
        + END
        + r"|\b(?:place|spot|date|day|time)\s+is\s+(?:chosen|picked|set|decided)\b[^!?\n]{0,80}?"
        + _DO_IT
        + r"(?:\s+there|\s+then)?"
        + END,
        gate=r"do\s+it|with\s+it",
        inherent=True,
    ),
    rule(
        "pl_nobody_home_when",
        _PM,
        _URG,
        # "tuesday morning, after the kids are at school, nobody will be home" (a moment chosen
        # for being alone, the clause ending on it)
        rf"\b{_WEEKDAY}(?:\s+(?:morning|night|afternoon|evening))?,?\s+(?:after|once|when)\s+"
        rf"{_ALONE},?\s+(?:and\s+)?(?:nobody|no\s*one)(?:'s|\s+is|\s+will\s+be)\s+(?:home|around)"
        + END,
        gate=r"nobody|no\s*one",
        inherent=True,
    ),
    rule(
        "pl_know_where_and_when",
        _PM,
        _URG,
        # "i know which bridge, i know what time, i just need to go" (not "which bus")
        r"\bi\s+know\s+(?:which|what|the)\s+(?:bridge|building|cliff|spot|place|tree|car\s+park"
        r"|tower|station|platform|pills|rope)\b[^.!?\n]{0,30}\bi\s+know\s+(?:what\s+time|when"
        r"|what\s+day|how)\b",
        gate=r"i\s+know",
        inherent=True,
    ),
    rule(
        "pl_height_passed_and_thought",
        _PM,
        _URG,
        # a height the writer passes day after day and the act thought of there, left unnamed:
        # "the bridge out past the fairgrounds, I drive by it every day and think about it",
        # "every time I cross the viaduct I think about the drop" (not where someone else died
        # or where a memory was made: "the bridge where Dad proposed, I think about it every
        # time"; not "thinks about it", someone else's)
        r"(?:^|(?<=[.!?\n]))(?![^.!?\n]{0,200}\b(?:died|jumped|fell|crashed|killed|drowned"
        r"|proposed|met|married|kissed|accident)\b)[^.!?\n]*?"
        rf"(?:\b{_HEIGHT}\b[^.!?\n]{{0,80}}?\b{_EVERY}|\b{_EVERY}[^.!?\n]{{0,60}}?\b{_HEIGHT}\b)"
        rf"[^.!?\n]{{0,40}}?\b(?:think|thinking)\s+(?:about|of)\s+{_THE_ACT_UNNAMED}" + END,
        gate=r"bridge|cliff|viaduct|overpass|flyover|car\s*park|storey|rooftop|tower|pier|track",
        inherent=True,
    ),
    rule(
        "pl_scouted_height",
        _PM,
        _URG,
        # "walked up to the top floor of the car park to see if the barrier is low enough",
        # "went back to the cliff to find the spot without the fence" (not "to take photos")
        r"\b(?:bridge|car\s*park|multi[\s-]?storey|roof|rooftop|cliff|tower|overpass|viaduct"
        r"|balcony|top\s+floor)\b[^.!?\n]{0,40}\bto\s+(?:see|check|find|look)\b[^.!?\n]{0,40}"
        r"\b(?:barriers?|railings?|fence|rail|how\s+(?:high|far\s+down|tall)|the\s+drop"
        r"|low\s+enough|high\s+enough|spot\s+without)\b",
        gate=r"bridge|car\s*park|storey|roof|cliff|tower|overpass|viaduct|balcony|floor",
        inherent=True,
    ),
    rule(
        "pl_train_timed",
        _PM,
        _URG,
        # "checked the train times, the express doesn't stop at our station", "the last train
        # passes at 11:40, i'll be on the platform edge"
        r"\bchecked\s+the\s+(?:train\s+)?(?:times|timetable)\b[^.!?\n]{0,40}\b(?:express|fast"
        r"|freight|train)\s+(?:doesn'?t|does\s+not|won'?t)\s+(?:stop|slow)"
        r"|\b(?:i'?ll|i\s+will|i'?m\s+going\s+to)\s+(?:be|stand|wait)\s+(?:on|at|by)\s+the\s+"
        r"(?:platform\s+edge|edge\s+of\s+the\s+platform|tracks?)\b",
        gate=r"train|timetable|platform|track",
        inherent=True,
    ),
)

REHEARSAL_RULES: tuple[Rule, ...] = (
    rule(
        "pl_rehearsed_with_means",
        _PM,
        _URG,
        # "practised with the belt on the door to see if it would hold", "stood on the chair
        # with the cord round my neck", "tied the knot again tonight, i've got it right now",
        # "i've rehearsed it twice now, i know exactly how it will go" (not "practised my
        # speech", "tied the knot! married my best friend")
        r"\b(?:practi[cs](?:ed|ing|e)|rehears(?:ed|ing|e)|tri(?:ed|al\s+run)|test(?:ed|ing))\s+"
        r"(?:it\s+)?with\s+the\s+(?:belt|cord|rope|noose|cable|scarf|bag)\b"
        r"|\b(?:belt|cord|rope|noose|cable|ligature)\s+(?:round|around)\s+my\s+neck\b"
        r"|\btied\s+(?:the|a|that)\s+(?:knot|noose)\s+(?:again|over\s+and\s+over|until)\b"
        r"[^.!?\n]{0,40}\b(?:got\s+it\s+right|hold|holds|right\s+now)\b"
        r"|\btied\s+(?:a|the)\s+noose\b"
        r"|\bcar\s+running\s+in\s+the\s+(?:closed\s+|shut\s+)?garage\b[^.!?\n]{0,40}"
        r"\b(?:to\s+see|door\s+(?:shut|closed|down)|with\s+me\s+in\s+it)\b"
        r"|\b(?:rehearsed|practi[cs]ed|gone\s+through)\s+it\b[^.!?\n]{0,40}\b(?:how\s+it\s+will\s+go"
        r"|exactly\s+what\s+i'?ll\s+do|every\s+step)\b",
        gate=r"practi|rehears|tri|test|neck|tied|gone\s+through|garage",
        inherent=True,
    ),
)

RULES: tuple[Rule, ...] = SET_ASIDE_RULES + TIME_PLACE_RULES + REHEARSAL_RULES
