"""English signs told through a frame of meaning rather than a fixed phrase: a past attempt
told by its aftermath, a plan told by a decided day, means told by how they were gathered or
hidden, a goodbye told by love said to everyone with the reason withheld, a thing given away
because the writer "won't be able to look after" it, self-harm told by its marks and what
hides them, a burden told by the life others could have, a future the writer can't see
themselves reaching.

Why: each of these frames can be filled by many wordings. A past attempt is "I was in
hospital after trying to go", "they found me, two years ago this week", "I nearly didn't make
it because of what I did to myself": an aftermath (a ward, being found, nearly not making it)
tied to the writer's own act, with the feeling said to be back. A plan is "decided: it'll be
Friday", "that is the day, I have decided": a day chosen for an unnamed "it". Means are pills
"from three different chemists", "a few back from every prescription", a rope bought and
hidden "and it's not for the boat". Rules written for the named act ("I attempted suicide",
"I've been stockpiling") miss every one of them, and learner or dialect grammar ("I not need
it", "I no see any road out") misses the rest.

Each family names its everyday look-alike and keeps it out: a hospital stay for an accident
or a climb, someone found after getting lost; a day decided for a party, a move or a meeting;
pills bought where they are cheaper or in a shortage, kept for a flu or a trip; a rope bought
for a present; calls round the family at Christmas; a pet given away for a move or an
allergy; marks from a cat, an oven or brambles; a life "calmer with just their mum" after a
split; "getting there" said of a train or a final. Negation and whose words they are are
judged in ``context``. Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule
from neuroleaf_desktop.domain.safety.rules_burden_weight import ON_A_THING
from neuroleaf_desktop.domain.safety.rules_core_signs import GIVEN, no_handing_on_reason
from neuroleaf_desktop.domain.safety.rules_en_words import ANY_MEDS, TASKS

_SI, _PM, _GB = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.GOODBYES
_GM, _NF, _SH = Category.GETTING_MEANS, Category.NO_FUTURE, Category.SELF_HARM
_BU, _TP, _GA = Category.BURDEN, Category.TRAPPED_PAIN, Category.GIVING_AWAY
_DW = Category.DEATH_WISH
_URG, _CON = Severity.URGENT, Severity.CONCERN

# The shared medicines, and their singular and colloquial forms: learner English drops the
# plural ("collecting sleeping pill"), and "sleepers" are sleeping tablets.
_MEDS = (
    rf"(?:{ANY_MEDS}|(?:sleeping\s+|sleep\s+|pain\s*|heart\s+|blood\s+pressure\s+)?"
    r"(?:pill|tablet|painkiller|antidepressant)s?|sleepers)"
)

# The old feeling said to be back: what makes an aftermath told years later a sign now.
_FEELING_BACK = (
    r"(?:\b(?:same|those|that|the\s+old|old)\s+(?:\w+\s+)?(?:thoughts?|feelings?|heaviness|darkness"
    r"|pull|urges?|voices?|way|place|spiral|fog|cloud|weight)\b|\b(?:is|are|'s|'re|coming|creeping"
    r"|come|came|started\s+\w+)\s+back\b|\bagain\b|\bpromise\b[^.!?\n]{0,30}\b(?:thin|weak|hard"
    r"|breaking|slipping))"
)

# An aftermath that is an accident, an illness, a climb or being lost: not an attempt.
_NOT_AN_ACCIDENT = (
    r"(?![^.!?\n]{0,200}\b(?:accident|crash\w*|fell|fall|fallen|slipped|lost\s+(?:on|in)|hik\w*|climb\w*"
    r"|mountain|hill|woods\s+walk|missing\s+(?:for|after)|hide\s+and\s+seek|asleep\s+on|drunk"
    r"|allerg\w*|appendi\w*|asthma|seizure|fit\b|stroke|heart\s+attack|covid|flu|infection"
    r"|surgery|operation|birth|labour|labor|pregnan\w*)\b)"
)

# A day or a night, named the ways people name one.
_DAY = (
    r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow"
    r"|(?:this|next|that)\s+(?:\w+\s+)?(?:night|day|week|weekend|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)|the\s+(?:\w+\s+)?(?:night|day|morning|weekend|evening)"
    r"|the\s+\d{1,2}(?:st|nd|rd|th)?\b|\w+\s+night)"
)

# What a day is ordinarily decided for: a do, a move, a meeting, a trip, a meal.
# (a public or bank holiday is a date, not a trip: "sorted for the Ekka public holiday")
_DAY_FOR_SOMETHING = (
    r"(?![^.!?\n]{0,140}\b(?:party|wedding|dinner|bbq|barbecue|meal|move|moving|delivery|meeting"
    r"|trip|flight|(?<!public\s)(?<!bank\s)holiday|surprise|celebrat\w*|drinks|date\s+night"
    r"|interview|exam|appointment|proposal|cake|match|game|gig|concert|launch|deadline|viewing"
    r"|funeral|christening|service|we'?ll|we\s+will|we'?re"
    r"|for\s+the(?!\s+(?:[\w']+\s+){0,2}(?:public|bank)\s+holiday))\b)"
)

# A purpose said for a bought thing: a present, a surprise, a season.
_A_PRESENT = (
    r"(?![^\n]{0,200}\b(?:present|gift|surprise|christmas|xmas|birthday|anniversary|santa"
    r"|stocking|party|halloween|decorations?|lights)\b)"
)

# A reason pills are gathered that is not a plan: a shortage, a price, a trip, a child's fever.
_NOT_HOARDED = (
    r"(?![^.!?\n]{0,200}\b(?:shortage|out\s+of\s+stock|in\s+stock|cheap\w*|price\w*|discount|offer"
    r"|travel\w*|trip|holiday|abroad|flu|cold\b|fever|emergenc\w*|the\s+(?:kids|baby|dog|cat)"
    r"|for\s+(?:my|the)\s+(?:mum|mom|dad|gran|nan|grandma|grandad|husband|wife|son|daughter)"
    r"|pill\s*box|dosette|blister\s+pack|rota)\b)"
)

# An age or a stage of life ahead, said as a number or a decade.
_AGE = (
    r"(?:thirties|forties|fifties|twenties|sixties|thirty|forty|fifty|sixty|[2-9]0|old\s+age"
    r"|grandkids|grandchildren|grey|gray)"
)

# The writer unable to see themselves reaching it.
_NOT_REACHING = (
    r"\bi\s+(?:just\s+|really\s+|honestly\s+)?(?:can'?t|cannot|can\s+not|don'?t|never)\s+(?:really\s+)?(?:see|picture|imagine)\s+"
    r"(?:myself|me)\s+(?:ever\s+)?(?:getting|making\s+it|reaching|living|being\s+around"
    r"|still\s+(?:being\s+)?(?:here|alive|around)|turning|growing\s+old)\b"
)


def _led(first: str, guard: str) -> str:
    """A sentence-wide guard read only where the family's first word stands: a look-ahead tried
    at every position of a 200 KB import would cost seconds, one tried at a word costs little."""
    return r"\b(?=(?:" + first + r"))" + guard


RULES: tuple[Rule, ...] = (
    # --- a past attempt told by its aftermath ---
    rule(
        "fr_en_stay_after_trying",
        _SI,
        _CON,
        # "I was in the Royal after trying to go", "ended up at St Mary's after trying to end
        # it", "spent a week on the ward after I tried to do it": a stay, and the writer's own
        # unnamed act before it (not "after trying to go to the gym")
        _led(r"i\b|ended|woke|spent|they", _NOT_AN_ACCIDENT)
        + r"\b(?:i\s+was|(?:i\s+)?(?:ended\s+up|woke\s+up|spent\s+\w+\s+(?:\w+\s+)?(?:days?|weeks?"
        r"|nights?|months?))|they\s+kept\s+me|i\s+got\s+(?:admitted|sectioned))\s+(?:in|at|on)\s+"
        r"(?:[\w'&.-]+\s+){1,6}?after\s+(?:trying|attempting|i\s+tried|i'?d\s+tried|i\s+had\s+tried"
        r"|i\s+try)\s+to\s+(?:go|do\s+it|end\s+it(?:\s+all)?|leave|check\s+out|not\s+wake\s+up"
        r"|die|end\s+(?:my|me)\s+life|kill\s+myself|take\s+my\s+(?:own\s+)?life)"
        r"(?=\s*(?:$|[.!?,;\n]|\s+(?:in\s+(?:19|20)\d\d|last|that|back|when|and|the\s+first)\b))",
        gate=r"after\s+(?:trying|attempting|i\s+tried|i'?d\s+tried|i\s+had\s+tried|i\s+try)",
        inherent=True,
        past=True,
    ),
    rule(
        "fr_en_found_me",
        _SI,
        _CON,
        # "two years to the day since they found me, the same thoughts are back", "ever since
        # my sister found me that night … it's coming back": being found, and the old feeling
        # back (not found asleep on the sofa, lost on a hill, in a game)
        r"\b(?:since|when|after|the\s+(?:day|night|morning)\s+(?:that\s+)?)\s+(?:they|she|he|mum"
        r"|mom|mam|mama|dad|papa|someone|somebody|my\s+\w+|the\s+(?:paramedics|police|neighbou?r"
        r"|nurse|\w+))\s+found\s+me\b"
        r"(?=\s*(?:$|[.!?,;\n]|\s+(?:and|that\s+(?:night|day|morning)|in\s+(?:the|my)\s+"
        r"(?:bath\w*|garage|car|shed|bedroom|room|woods|loft)|just\s+in\s+time|in\s+time)\b))"
        + _NOT_AN_ACCIDENT
        + r"(?=[^\n]{0,160}"
        + _FEELING_BACK
        + r")"
        # "they found me just in time" (not "in time for dinner", "in time to catch the bus")
        r"|\b(?:they|she|he|someone|somebody|my\s+\w+)\s+found\s+me\s+(?:just\s+)?in\s+time\b"
        r"(?!\s+(?:for|to)\b)" + _NOT_AN_ACCIDENT,
        gate=r"found\s+me",
        inherent=True,
        past=True,
    ),
    rule(
        "fr_en_nearly_didnt_make_it",
        _SI,
        _CON,
        # "at nineteen I nearly didn't make it because of what I did to myself", "I almost died
        # by my own hand" (not what drink, a diet or a crash did)
        _led(
            r"nearly|almost|what",
            r"(?![^.!?\n]{0,200}\b(?:drink\w*|booze|alcohol|drugs?|diet\w*|eating|speed\w*|driv\w*"
            r"|crash|gym|training|marathon|sunburn|knee|ankle|ski\w*)\b)",
        )
        + r"(?:\b(?:nearly|almost)\s+(?:didn'?t|did\s+not)\s+(?:make\s+it|survive|wake\s+up)\b"
        r"[^.!?\n]{0,40}?\b(?:what\s+i\s+did\s+to\s+myself|by\s+my\s+own\s+hand|my\s+own\s+doing"
        r"|i\s+did\s+(?:it|that)\s+to\s+myself)\b"
        r"|\b(?:nearly|almost)\s+(?:died|killed\s+myself|lost\s+my\s+life)\s+(?:because\s+of|from"
        r"|after|by)\s+(?:what\s+i\s+did\s+to\s+myself|my\s+own\s+hand)\b"
        r"|\bwhat\s+i\s+did\s+to\s+myself\b[^.!?\n]{0,40}?\b(?:nearly|almost)\s+(?:killed\s+me"
        r"|didn'?t\s+make\s+it|died)\b)",
        gate=r"what\s+i\s+did\s+to\s+myself|my\s+own\s+hand|my\s+own\s+doing|to\s+myself",
        inherent=True,
        past=True,
    ),
    # --- a plan told by a decided day for an unnamed "it" ---
    rule(
        "fr_en_decided_its_the_day",
        _PM,
        _URG,
        # "decided it'll be Friday, after I drop the kids off", "worked it out, it'll be the
        # night of my birthday when everyone's out": the decision is the writer's, the "it" has
        # no other referent, and no do, move or meeting is what the day is for
        r"(?:^|[.!?\n]\s*|\bi\s+(?:have\s+|'ve\s+|just\s+|finally\s+|already\s+)?)"
        r"(?:decided|worked\s+it\s+(?:all\s+)?out|made\s+up\s+my\s+mind|settled\s+it"
        r"|figured\s+it\s+out)\s*[,:;-]?\s+(?:it'?ll|it\s+will|it'?s\s+going\s+to|it'?s\s+gonna"
        r"|it\s+has\s+to|it\s+must|it\s+go)\s+be\s+"
        + _DAY
        + r"\b"
        + _DAY_FOR_SOMETHING
        # "the day I pay off the loan, that is the day, I have decided" (learner or pidgin: "I
        # done decide"): the day named twice and chosen
        + r"|\b(?:that|dat|this|it)\s*(?:'s|\s+is|\s+go\s+be|\s+will\s+be|\s+na)\s+the\s+day\s*"
        r"[,;:.!-]\s*(?:i\s+(?:done\s+|have\s+|'ve\s+|already\s+|don\s+)?(?:decide|decided|chosen"
        r"|choose|pick|picked|made\s+up\s+my\s+mind)|my\s+mind\s+(?:is|done)\s+(?:made|set))"
        + _DAY_FOR_SOMETHING,
        gate=r"decided|worked\s+it|made\s+up\s+my\s+mind|settled\s+it|figured\s+it|the\s+day",
        inherent=False,
    ),
    # --- means told by how they were gathered or hidden ---
    rule(
        "fr_en_pills_from_many_places",
        _GM,
        _URG,
        # "I am collecting sleeping pill from three different pharmacy", "getting my tablets
        # from two chemists so nobody clocks it" (not a shortage, a price, a relative's pills)
        _led(r"collect|gather|sav|stockpil|stash|hoard|build|get|got|buy|bought|pick", _NOT_HOARDED)
        + r"\b(?:collect|gather|sav|stockpil|stash|hoard|build|get|got|buy|bought|pick|picked)\w*"
        r"\s+(?:up\s+)?(?:\w+\s+){0,3}?" + _MEDS + r"\s+(?:\w+\s+)?from\s+(?:two|three|four|five"
        r"|several|different|various|multiple|many|all\s+the|\d+)\s+(?:different\s+)?(?:pharmac\w*"
        r"|chemists?|doctors?|gps?|shops?|stores?|places|clinics|surgeries)\b"
        # "… collecting the sleeping pills, nobody knows about it": gathered in secret
        + r"|"
        + _led(r"collect|gather|sav|stockpil|stash|hoard|hid|hide|squirrel", _NOT_HOARDED)
        + r"\b(?:collect|gather|sav|stockpil|stash|hoard|hid|hide|hiding|squirrel)\w*\s+"
        r"(?:\w+\s+){0,3}?"
        + _MEDS
        + r"\b[^.!?\n]{0,60}?\b(?:nobody|no\s*one|no-one|no\s+body)\s+(?:knows?"
        r"|know|has\s+(?:noticed|a\s+clue)|would\s+(?:guess|know)|can\s+find)\b",
        gate=r"from|nobody|no\s*one|no-one|no\s+body",
        inherent=False,
    ),
    rule(
        "fr_en_some_back_from_each_script",
        _GM,
        _URG,
        # "every script from the chemist I hold a few back", "I keep a couple aside from each
        # prescription": a little of every supply set apart (not for a flu or a trip)
        r"\b(?:every|each)\s+(?:script|prescription|refill|repeat|packet|pack|box|month)\b"
        r"[^.!?\n]{0,60}?\b(?:hold|keep|kept|put|set|save|saved|skim|squirrel|stash|tuck|pocket)\w*"
        r"\s+(?:a\s+few|some|a\s+couple|one\s+or\s+two|two|three|a\s+handful|a\s+bit|one|half"
        r"|most|the\s+rest)"
        r"(?:\s+of\s+them)?\s+(?:back|aside|away|by)\b"
        + _NOT_HOARDED
        + r"|\b(?:hold|keep|put|set|save|skim|squirrel|stash|tuck|pocket)\w*\s+(?:a\s+few|some"
        r"|a\s+couple|one\s+or\s+two|two|three|a\s+handful|one)\s+(?:\w+\s+)?(?:back|aside|away|by)"
        r"\s+(?:from|out\s+of|of)\s+(?:every|each)\s+(?:script|prescription|refill|repeat|packet"
        r"|pack|box)\b" + _NOT_HOARDED,
        gate=r"every|each",
        inherent=False,
    ),
    rule(
        "fr_en_bought_and_hidden",
        _GM,
        _URG,
        # "picked up rope and hid it behind the seat, and it's not for the boat", "bought a
        # hose, hid it in the shed where nobody looks": bought, hidden, and its use denied or
        # kept secret (not rope lights, a present, a season)
        r"\b(?:bought|got|picked\s+up|grabbed|ordered)\s+(?:some\s+|a\s+|the\s+|more\s+|a\s+length"
        r"\s+of\s+)?(?:\w+\s+)?(?:rope|hose\w*|cord|cable\s+ties|charcoal|razor\s+blades|blades"
        r"|razors?|bleach|ammo|bullets|shells|shotgun|rifle|gun|" + _MEDS + r")\b(?!\s+lights?\b)"
        r"[^.!?\n]{0,80}?\b(?:hid|hidden|hide|hiding|stashed|tucked|put\s+(?:it|them)\s+(?:away"
        r"|under|behind))\b[^.!?\n]{0,100}?(?:\b(?:it'?s|its|it\s+is|they'?re|and)\s+not\s+for\s+"
        r"(?:the|a|my|any|work|camping|fishing)\b(?![^.!?\n]{0,30}\b(?:it'?s|but)\s+for\b)"
        r"|\b(?:nobody|no\s*one|no-one)\s+(?:knows?|will\s+(?:find|look|know)|looks?|can\s+see))"
        + _A_PRESENT,
        gate=r"hid|hide|hiding|stashed|tucked|put\s+it|put\s+them",
        inherent=False,
    ),
    # --- a goodbye told by love said to everyone, the reason withheld ---
    rule(
        "fr_en_love_to_all_no_reason",
        _GB,
        _CON,
        # "rang round the whole family, told each one I loved them, wouldn't say what for",
        # "texted all my cousins that I love them and didn't tell them why" (not calls at
        # Christmas, a birthday or a leaving do)
        r"\b(?:told|telling|said|saying|texted|messaged|wrote)\s+(?:to\s+)?(?:each\s+(?:one|of\s+"
        r"them)|every\s+(?:one|single\s+one)\s+of\s+them|them\s+all|all\s+of\s+them|everyone"
        r"|everybody|them|all\s+(?:of\s+)?my\s+\w+|my\s+whole\s+\w+|every\s+\w+\s+i\s+know)\s+(?:that\s+)?"
        r"i\s+lov(?:e|ed)\s+them\b[^.!?\n]{0,80}?\b(?:wouldn'?t"
        r"|didn'?t|won'?t|couldn'?t|would\s+not|did\s+not)\s+(?:say|tell\s+(?:them|her|him|anyone"
        r"|anybody)|explain)\s+(?:what\s+for|why|the\s+reason)\b"
        r"(?![^\n]{0,200}\b(?:christmas|xmas|new\s+year|birthday|wedding|anniversary|leaving\s+do"
        r"|retire\w*|moving|move|surprise|engage\w*|pregnan\w*|drunk|tipsy|wine)\b)",
        gate=r"lov",
        inherent=True,
    ),
    rule(
        "fr_en_affairs_and_sorry",
        _GB,
        _CON,
        # "the passwords are in the blue notebook, and I'm sorry for all of it", "my will's in
        # the desk, forgive me": affairs left and an apology for everything (not before a trip
        # or an operation)
        r"\b(?:passwords?|pin\s+numbers?|pins|codes|log-?ins?|bank\s+details|will|insurance"
        r"\s+(?:papers|policy|details)|deeds)\s*(?:'s|\s+is|\s+are)\s+(?:all\s+)?(?:in|under|on"
        r"|behind|inside)\b[^.!?\n]{0,80}?\b(?:sorry\s+for\s+(?:all\s+of\s+(?:it|this)|everything"
        r"|all\s+this|it\s+all|the\s+mess|all\s+the\s+\w+)|forgive\s+me)\b"
        r"(?![^\n]{0,200}\b(?:trip|holiday|flight|surgery|operation|op\b|hospital\s+stay|abroad"
        r"|travel\w*|away\s+for)\b)",
        gate=r"sorry\s+for|forgive\s+me",
        inherent=False,
    ),
    # --- a thing given away because the writer won't be able to look after it ---
    rule(
        "fr_en_given_cant_look_after",
        _GA,
        _CON,
        # "gave the dog to Mrs Ward for good, told her I won't be able to look after him
        # anymore" with no reason given (not a move, an allergy, a new job, an operation)
        rf"(?:{GIVEN['en']}){no_handing_on_reason('en', 200)}[^.!?\n]{{0,100}}?\b(?:won'?t|will"
        r"\s+not|wouldn'?t|can'?t|cannot|not\s+going\s+to)\s+be\s+able\s+to\s+(?:look\s+after"
        r"|care\s+for|take\s+care\s+of|keep|walk|feed|mind)\s+(?:him|her|it|them)\b"
        r"(?![^\n]{0,160}\b(?:allerg\w*|landlord|baby|hours|shifts?|job|flat|rent|surgery"
        r"|operation|hip|knee|back|too\s+old|mobility|wheelchair|hospital|deploy\w*|abroad"
        r"|work\w*|uni|college|care\s+home)\b)",
        gate=r"be\s+able\s+to",
        inherent=False,
    ),
    # --- self-harm told by its marks and what hides them ---
    rule(
        "fr_en_marks_kept_hidden",
        _SH,
        _CON,
        # "did it again with the lighter, little marks up my arm", "more lines on my thighs where
        # the shorts cover them": marks on the writer's body, hidden or made again with a tool
        # (not a cat, an oven, brambles, a tattoo or a rash)
        r"\b(?:did|done)\s+it\s+again\s+with\s+(?:the|my|a)\s+(?:lighter|blade|razor|sharpener"
        r"|compass|scissors|pin|needle|knife|glass|lighter)\b"
        r"(?![^\n]{0,120}\b(?:hair|fringe|onions?|cook\w*|chopp\w*|sew\w*|shav\w*|candles?"
        r"|bbq|barbecue|cigar\w*|fire)\b)"
        r"|\b(?=(?:marks|burns|cuts|lines|scratches|scars)\b)(?![^.!?\n]{0,200}\b(?:cats?|kitten|dogs?|puppy|brambles?|thorns?|oven|iron|cooking"
        r"|baking|garden\w*|climb\w*|bike|fell|tattoo\w*|eczema|bites|sunburn|rash|hives"
        r"|psoriasis)\b)\b(?:marks|burns|cuts|lines|scratches|scars)\s+(?:\w+\s+)?(?:up|on|along|across|down"
        r"|all\s+over)\s+my\s+(?:\w+\s+)?(?:arms?|legs?|thighs?|wrists?|stomach|hips?|belly"
        r"|ankles?)\b[^.!?\n]{0,60}?\b(?:sleeves?|hoodie|jumper|jeans|shorts|cover\s+(?:them|it)"
        r"|hides?|hidden|hiding|nobody\s+(?:sees|can\s+see|notices)|no\s*one\s+(?:sees|can\s+see"
        r"|notices))\b",
        gate=r"again\s+with|marks|burns|cuts|lines|scratches|scars",
        inherent=True,
    ),
    # --- a burden told by the life others could have without the writer ---
    rule(
        "fr_en_their_own_life_if_i_werent",
        _BU,
        _CON,
        # "he could get on with his own life if I weren't hanging off it", "she'd finally live
        # her life if I wasn't in it" (not if I weren't at work or away)
        r"\b(?:could|would|'d|might|can)\s+(?:finally\s+|actually\s+|just\s+)?(?:get\s+on|move\s+on"
        r"|go\s+on|live|have|enjoy|start|get\s+back\s+to)\s+(?:with\s+)?(?:his|her|their|your)\s+"
        r"(?:own\s+)?li(?:fe|ves)\b[^.!?\n]{0,20}?\bif\s+i\s+(?:weren'?t|wasn'?t|were\s+not|was\s+not"
        r"|didn'?t\s+exist|was\s+gone|were\s+gone)\b"
        r"(?!\s+(?:working|at\s+work|busy|late|travel\w*|away|on\s+holiday|so\s+far)\b)",
        gate=r"li(?:fe|ves)",
        inherent=True,
    ),
    rule(
        "fr_en_the_storm_in_the_house",
        _BU,
        _CON,
        # "I'm a millstone for our Sione", "I'm the storm in that house", "I'm just the dead
        # weight in this family" (not a news anchor, a relay team's anchor)
        r"\bi'?m\s+(?:just\s+|only\s+|nothing\s+but\s+|such\s+)?(?:a|an|the|his|her|their|our)\s+"
        r"(?:millstone|albatross|dead\s*weight|ball\s+and\s+chain|noose|leech|parasite)\b"
        # (not a load in a kayak or on a sled: "the dead weight in the back of the kayak")
        + ON_A_THING
        + r"(?:\s+(?:for|to|on|around|round)\s+\w+)?"
        r"|\bi'?m\s+(?:just\s+)?(?:the|a)\s+(?:storm|poison|curse|black\s+cloud|dark\s+cloud|cloud"
        r"|problem|trouble|wrecking\s+ball|jinx|blight|cancer|anchor|weight)\s+(?:in|over|on)\s+"
        r"(?:that|this|the|our|their|his|her)\s+(?:house|home|family|household|marriage|lives)\b"
        r"(?![^\n]{0,120}\b(?:relay|team|news|show|rowing|quiz|crew|band)\b)",
        gate=r"i'?m",
        inherent=True,
    ),
    # --- trapped, in learner grammar or "much more" ---
    rule(
        "fr_en_no_road_out",
        _TP,
        _CON,
        # "I no see any road out of this debt", "me can't see no way out", "I don't see any door
        # out" (not a car park, a jam, a flood or a forest)
        r"\b(?:i|me|mi)\s+(?:no|not|nuh|don'?t|dont|can'?t|cannot|cant|no\s+can|never)\s+see\s+"
        r"(?:any|no|a|one)?\s*(?:road|exit|door|path|way)\s+out\b"
        r"(?![^\n]{0,160}\b(?:car\s*park|parking|parked|traffic|jam|flood\w*|snow\w*|forest|woods"
        r"|maze|building|lift|elevator|stadium|festival|crowd|queue|motorway|roadworks)\b)"
        # (nor a task or a thing with terms right after: "out of this backlog before the audit")
        rf"(?!\s+of\s+(?:this|the|that|my|our|his|her|their|a)\s+(?:[\w-]+\s+){{0,2}}?(?:{TASKS})\b)",
        gate=r"out",
        inherent=True,
    ),
    rule(
        "fr_en_cant_take_much_more",
        _TP,
        _CON,
        # "I can't take much more of it", "can't take a lot more of this, boy" (not of the
        # heat, the noise next door, the commute: the thing borne is "it" or "this"); a diary
        # line drops its "I" ("cant take much more of this"): then the phrase opens the sentence
        r"(?:\b(?:i|me)\s+|^|(?<=[.!?\n])|(?<=[.!?\n]\s))(?:just\s+|really\s+|honestly\s+)?"
        r"(?:can'?t|cannot|can\s+not|no\s+can)\s+"
        r"(?:take|handle|stand|bear|cope\s+with)\s+(?:much|a\s+lot|a\s+whole\s+lot|any|very\s+much)"
        r"\s+more(?:\s+of\s+(?:it|this|that))?"
        + END
        + r"(?![^\n]{0,160}\b(?:back|knee|tooth|teeth|migraine|headache|hangover|flu|cold|cough"
        r"|heat|heatwave|rain|snow|noise|neighbou?rs?|commute|traffic|train|bus|food|cake|pizza"
        r"|wine|drink|coffee|full|stuffed|work(?:load)?|shifts?|overtime|job|boss)\b)",
        gate=r"more",
        inherent=True,
    ),
    # --- no future: an age or a year the writer can't see themselves reaching ---
    rule(
        "fr_en_cant_see_myself_getting_there",
        _NF,
        _CON,
        # "everyone talks about their thirties … I can't see myself getting there", "can't
        # picture me making it to forty" (not getting there on time, by bus, to a final)
        r"(?:(?:^|(?<=[.!?\n]))[^.!?\n]{0,120}?\b"
        + _AGE
        + r"\b[^.!?\n]{0,120}?"
        + _NOT_REACHING
        + r"|"
        + _NOT_REACHING
        + r"(?=[^.!?\n]{0,80}\b(?:"
        + _AGE
        + r"|old|birthday|christmas|new\s+year|retire\w*"
        r"|next\s+(?:year|birthday|christmas|summer))\b))"
        r"(?![^\n]{0,160}\b(?:in\s+time|on\s+time|by\s+(?:bus|car|train)|promotion|final|summit"
        r"|top\s+of|league|finish\s+line|qualif\w*|pass\w*|degree|fit|shape|marathon)\b)",
        gate=r"see\s+myself|see\s+me|picture\s+myself|picture\s+me|imagine\s+myself|imagine\s+me",
        inherent=True,
    ),
    # --- the same frames in other writers' words ---
    rule(
        "fr_en_ward_the_last_time",
        _SI,
        _CON,
        # "woke up in intensive care the last time I felt like this", "the last time I tried I
        # was in the psych ward for a month", "was hospitalised after I swallowed everything in
        # the cabinet", "when they pumped my stomach": the aftermath tied to the writer's act
        _led(
            r"woke|ended|was|spent|the|hospitali|admitted|sectioned|blue|rushed|they",
            _NOT_AN_ACCIDENT,
        )
        + r"(?:\b(?:woke\s+up|ended\s+up|was|spent\s+\w+\s+\w+)\s+(?:in|on)\s+(?:the\s+|a\s+)?"
        r"(?:icu|intensive\s+care|resus|a&e|psych\w*\s+(?:ward|unit|hospital)|ward)\b"
        r"[^.!?\n]{0,40}?\bthe\s+last\s+time\s+i\s+(?:felt\s+(?:like\s+this|this\s+(?:way|low|bad))"
        r"|tried)\b"
        r"|\bthe\s+last\s+time\s+i\s+(?:tried|felt\s+(?:like\s+this|this\s+(?:way|low|bad)))\b,?\s+"
        r"i\s+(?:was|ended\s+up|woke\s+up)\s+(?:in|on)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:ward|icu"
        r"|intensive\s+care|a&e|resus|unit)\b"
        r"|\b(?:hospitali[sz]ed|admitted|sectioned|blue-?lighted|rushed\s+in)\s+after\s+i\s+"
        r"(?:swallowed|took|downed|drank)\s+(?:everything|all\s+(?:of\s+)?(?:the|my|it|them)|the\s+"
        r"(?:lot|whole)|a\s+whole)\b"
        r"|\b(?:they|the\s+doctors|the\s+nurses|the\s+hospital)\s+pumped\s+my\s+stomach\b)",
        gate=r"last\s+time|after\s+i|pumped",
        inherent=True,
        past=True,
    ),
    rule(
        "fr_en_the_day_is_set",
        _PM,
        _URG,
        # "Sunday is the day, I've made my peace with it", "it's happening on Friday, everything
        # is ready", "everything is set for Friday night, nobody will be home": a day named and
        # the writer's resolve or a moment alone beside it (not a move, a do, a match)
        r"(?:\b" + _DAY + r"\s+(?:is|'s)\s+the\s+day\b|\bit'?s\s+happening\s+" + _DAY + r"\b"
        r"|\beverything(?:'s|\s+is)\s+(?:set|ready|sorted|in\s+place|arranged)\s+for\s+"
        + _DAY
        + r"\b)"
        + _DAY_FOR_SOMETHING
        + r"(?=[^.!?\n]{0,80}\b(?:made\s+(?:my\s+)?peace|at\s+peace"
        r"|decided|(?:i'?m|i\s+am)\s+ready|everything\s+is\s+ready|no\s+going\s+back"
        r"|(?:nobody|no\s*one)(?:'ll|\s+will)\s+be\s+(?:home|around|in|there)|calm\s+about\s+it)\b)",
        gate=r"the\s+day|happening|everything",
        inherent=False,
    ),
    rule(
        "fr_en_a_different_shop_each_time",
        _GM,
        _URG,
        # "every week I buy one packet of paracetamol from a different shop", "a box from a
        # different chemist each time so nobody asks": small amounts gathered across places
        _led(r"every|each", _NOT_HOARDED)
        + r"\b(?:every|each)\s+(?:week|day|time|month|trip|fortnight)\b[^.!?\n]{0,60}?"
        + _MEDS
        + r"\b[^.!?\n]{0,30}?\bfrom\s+a\s+different\s+(?:shop|chemist|pharmacy|store|supermarket"
        r"|garage)\b"
        r"|"
        + _led(_MEDS, _NOT_HOARDED)
        + r"\b"
        + _MEDS
        + r"\b[^.!?\n]{0,30}?\bfrom\s+a\s+different\s+(?:shop"
        r"|chemist|pharmacy|store|supermarket)\s+(?:every|each)\s+(?:week|day|time|month)\b",
        gate=r"different",
        inherent=False,
    ),
    rule(
        "fr_en_letters_found_after",
        _GB,
        _CON,
        # "wrote letters for my kids and put them where they'll find them after", "left a note
        # for each of them where they will find it when I'm gone" (not a treasure hunt, a
        # birthday, Christmas morning)
        r"\b(?:letters?|notes?|cards?)\b[^.!?\n]{0,60}?\bwhere\s+(?:they|she|he|\w+)(?:'ll|\s+will"
        r"|\s+would|'d)\s+find\s+(?:them|it)\s+(?:after|afterwards|later|when\s+i'?m\s+gone"
        r"|when\s+i\s+am\s+gone)\b"
        r"(?![^\n]{0,160}\b(?:treasure|hunt|easter|birthday|christmas|xmas|valentine|anniversary"
        r"|lunchbox|surprise|exam|trip|game|scavenger|clues?|riddles?|puzzles?|quiz)\b)",
        gate=r"find\s+(?:them|it)",
        inherent=False,
    ),
    rule(
        "fr_en_breathe_again_without_me",
        _BU,
        _CON,
        # "they'd all be able to breathe again without me", "Mum could finally rest once I'm
        # gone" (not for the weekend I'm away)
        r"\b(?:would|'d|could|will|might)\s+(?:all\s+|finally\s+|at\s+last\s+)?(?:be\s+able\s+to\s+)?"
        r"(?:breathe|relax|rest|sleep|smile|be\s+free|be\s+happy|laugh)\s+(?:again\s+|easier\s+"
        r"|properly\s+|freely\s+)?(?:without\s+me|once\s+i'?m\s+gone|when\s+i'?m\s+gone"
        r"|if\s+i\s+(?:was|were)\s+gone)\b"
        r"(?![^.!?\n]{0,60}\b(?:week|weekend|trip|holiday|night|away|camp|conference|course)\b)",
        gate=r"without\s+me|gone",
        inherent=True,
    ),
    rule(
        "fr_en_learner_no_more_want_live",
        _DW,
        _CON,
        # "no more want live", "I no want to live", "I am finish, I no want life": the wish not
        # to live in learner grammar (not "no more want to live in this flat")
        r"(?:\b(?:no\s+more|not\s+no\s+more|no\s+longer)\s+(?:i\s+)?(?:want|wan|wanna)\s+(?:to\s+)?"
        r"(?:live|living|be\s+alive|stay\s+alive)"
        r"|\b(?:i|me)\s+(?:no|not)\s+(?:want|wan|wanna)\s+(?:to\s+)?(?:live|be\s+alive"
        r"|stay\s+alive|life)(?:\s+(?:no\s+more|any\s*more))?)"
        r"(?!\s+(?:in|here|there|with|near|at|like|alone|together|on|by|abroad)\b)"
        + END
        + r"|\bi\s+(?:am|'m)\s+finish\b(?=[^.!?\n]{0,40}\b(?:live|life|die|dead|tired|pain"
        r"|no\s+more\s+want)\b)",
        gate=r"want|wan|finish",
        inherent=True,
    ),
    rule(
        "fr_en_learner_no_think_here",
        _NF,
        _CON,
        # "I no think I will be here next year", "me not think I make it to Christmas"
        r"\b(?:i|me)\s+(?:no|not)\s+think\s+(?:i|me)\s+(?:will\s+|'ll\s+|gonna\s+|going\s+to\s+|go\s+)?"
        r"(?:be\s+here|be\s+around|be\s+alive|still\s+be\s+here|make\s+it\s+to|see|reach)\s+"
        r"(?:for\s+)?(?:next|another|the\s+next|christmas|new\s+year|my\s+\w+\s+birthday|summer)\b"
        r"(?![^.!?\n]{0,60}\b(?:moving|move|abroad|visa|contract|job|transfer\w*|back\s+home)\b)",
        gate=r"think",
        inherent=True,
    ),
)
