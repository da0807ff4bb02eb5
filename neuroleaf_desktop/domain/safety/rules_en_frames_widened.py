"""English warning signs read as the open frames of ``rules_en_frames_open`` read them, with the
slots those frames left narrow widened by meaning.

Why: the open frames caught the batch they were written from and little of the next, and the
misses were near: the right parts with one slot word missing. The slots were too narrow in the
same few ways, so each is widened for any writer, not for one sentence:

* **the writer in dialect and learner grammar**: "me" and "mi" as the subject ("if me wasn't
  here") and as "my" ("me wrist", "me grandkids"), "dem" for "them", "de" for "the", "fi" and
  "ta" for "to", "cyah" for "can't", "ain't know" for "didn't know", no verb "to be";
* **any span of time**: not only "one more day" but another year, another winter, another
  Christmas "of feeling like this"; not only "next year" but a month or a holiday with "no
  August for me"; "I'll not be about come October";
* **ease for others in any tense**: "she is free to begin again", "they'd all be laughing",
  "have more peace", "be better for everyone", with the writer "not there" as well as "not
  here";
* **what nothing is ahead of**: "nothing ahead for me", "nothing for me on the other side",
  "every road I look down just ends", a wall where next year should be;
* **an age not reached said with any verb**: "I don't see me getting anywhere near that age";
* **a goodbye's marks**: a note for each of one's people "they'll find after", love said with
  "none of it was your fault", a round of visits "they didn't know it was the last";
* **a burn or a blade taken to the skin**: "took the lighter to my wrist", with what it is for
  ("the only time my head goes quiet");
* **pets rehomed for good**: "told him it's permanent";
* **an attempt told in dialect**: "last time I tried fi end it";
* **a wish to be gone said with the words the plain rules lacked**: "had enough of this
  world", "I'd be better off gone", "thinking about not being here anymore", others who
  "deserve better than a useless son like me".

Each family keeps out the everyday look-alikes of its slot: a job or a course one cannot take
another year of; a holiday, a shift, a party one is not at; a job or a town with nothing ahead;
a holiday or a move one won't be around for; Christmas cards, a treasure hunt; a divorce or an
accident that was "not your fault"; a last day at work, a relative who died; shaving, cooking;
a move, a new baby or an allergy that rehomes a pet.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, family
from neuroleaf_desktop.domain.safety.rules_en_frames_open import _LITERAL_PLACE
from neuroleaf_desktop.domain.safety.rules_en_frames_open import START as _START
from neuroleaf_desktop.domain.safety.rules_en_frames_open import S as _S
from neuroleaf_desktop.domain.safety.rules_en_frames_open import none_of as _none
from neuroleaf_desktop.domain.safety.rules_en_frames_open_farewells import (
    _A_REASON_TO_REHOME,
    _PETS,
    _REHOMED,
)

_NF, _GB, _BU = Category.NO_FUTURE, Category.GOODBYES, Category.BURDEN
_TP, _GA, _SH = Category.TRAPPED_PAIN, Category.GIVING_AWAY, Category.SELF_HARM
_SI, _DW = Category.SUICIDAL_IDEATION, Category.DEATH_WISH
_CON = Severity.CONCERN
_E = "en"

_family = partial(family, "widened")

# The writer, as standard, dialect and learner English write them.
_I = r"(?:i|me|mi|ah)"
_MY = r"(?:my|me|mi)"
_THEM = r"(?:them|dem|'em|em)"
_CANT = r"(?:can'?t|cannot|can\s+not|couldn'?t|cyah|cyaan|caan|cant|kyaan|no\s+can)"
_NO_MORE = r"(?:any\s*more|no\s+more|any\s+longer|no\s+longer|again)"

# --- another span of time like this -----------------------------------------------------------
_ANOTHER_SPAN = (
    # the writer's own: "I can't", or no subject at all ("Can't face another winter like this")
    r"(?:\b" + _I + r"(?:'ve|\s+have)?\s+(?:just\s+|really\s+|honestly\s+|simply\s+|truly\s+)?"
    r"|(?<![^.!?\n,])\s*)"
    r"\b" + _CANT + r"\s+(?:\w+\s+)?(?:take|tek|bear|stand|face|survive|endure|do|handle|manage"
    r"|go\s+through|live\s+through|last)\s+(?:even\s+)?(?:one\s+more|another|more|a\s+further"
    r"|the\s+rest\s+of\s+(?:my|me)\s+life|years?)\s+(?:\w+\s+)?(?:years?|months?|winters?"
    r"|summers?|christmas(?:es)?|birthdays?|decades?|lifetimes?|weeks?|days?|nights?|mornings?)?"
    r"\s*(?:of\s+(?:this|it|feeling\s+(?:like\s+this|this\s+way|this|so)|being\s+(?:like\s+this"
    r"|me|this\s+way)|the\s+same|this\s+pain|this\s+hell|this\s+life|living\s+like\s+this)"
    r"|(?:feeling\s+)?like\s+this|this\s+way)" + END
)
# A span borne for something that is not the writer's pain: a job, a course, a town.
_A_SPAN_OF_SOMETHING = (
    r"job|work|boss|commute|rain|weather|cold|heat|winter\s+here|landlord|flat|course|degree"
    r"|school|uni|exams?|diet|neighbou?rs?|noise|roadworks|shifts?|overtime|team|manager|class"
    r"|teacher|in-?laws|renovation|builders|marriage|relationship|him|her|contract|lease|town"
    r"|city|country|place|house|traffic|government|prices|rent|bills|back|knee|hip|leg"
)
# … or a pain named that will not ease, and "can't take it" with it
_PAIN_NAMED = (
    r"\b(?:pain|hurt|hurting|ache|aching|misery|torment|agony|sadness|darkness|this\s+feeling"
    r"|dis\s+feeling|the\s+feeling|heaviness|grief)\b"
)
_NO_EASE = (
    r"\b(?:nah|not|no|never|won'?t|don'?t|doesn'?t|does\s+not|never)\s+(?:\w+\s+)?(?:ease|let\s+up"
    r"|lift|stop|go\s+away|leave|quit|lessen|fade|end|give\s+up|loosen)\b"
    r"|\b(?:day\s+(?:or|and|an'?)\s+night|all\s+(?:the|t'|de|di)\s*time|every\s+(?:single\s+)?"
    r"(?:day|minute|hour|second)|non-?stop|constant\w*|always)\b"
)
_CANT_TAKE_IT = (
    r"\b" + _I + r"\s+(?:just\s+|really\s+|truly\s+)?" + _CANT + r"\s+(?:take|tek|bear|stand|handle"
    r"|carry|manage|do)\s+(?:it|this|dis|that|dat)\s+" + _NO_MORE + END
)
_A_PAIN_OF_THE_BODY = (
    r"tooth\w*|headache|migraine|back|knee|hip|neck|shoulder|leg|ankle|foot|feet|period|cramps?"
    r"|labou?r|contraction\w*|surgery|op|operation|injur\w*|sprain\w*|broken|burn|sunburn|ear"
    r"|stomach|gut|noise|heat|cold|kids|baby|job|boss|work|neighbou?rs?"
)

# --- shut down a shaft, the top sealed ---------------------------------------------------------
_DOWN_A_SHAFT = (
    r"\b(?:down|at\s+the\s+bottom\s+of|in)\s+(?:a|the|an|some)\s+(?:[\w-]+\s+)?(?:well|pit|shaft"
    r"|mine|hole|dungeon|cellar|sinkhole|pit\s+shaft|mineshaft|chimney|drain|sewer)\b"
)
_TOP_SEALED = (
    r"\b(?:bricked|sealed|boarded|covered|closed|shut|concreted|filled|nailed|locked|capped"
    r"|blocked)\s+(?:it\s+)?(?:up\s+|over\s+|in\s+|off\s+)?(?:the\s+)?(?:top|lid|hatch|opening"
    r"|entrance|way\s+out|exit|light|hole|mouth)\b"
    r"|\b(?:the\s+)?(?:top|lid|hatch|opening|entrance|way\s+out|mouth)\s+(?:is|'s|was|has\s+been"
    r"|got)\s+(?:\w+\s+)?(?:bricked|sealed|boarded|covered|closed|shut|concreted|filled|blocked)\b"
)

# --- others eased with the writer gone, in any tense -------------------------------------------
_ME_NOT_THERE = (
    r"\bif\s+" + _I + r"\s+(?:just\s+)?(?:was|were|wasn'?t|weren'?t|was\s+not|were\s+not|am\s+not"
    r"|'m\s+not|ain'?t|not|no)\s+(?:here|there|around|alive|about|in\s+the\s+picture|in\s+"
    r"(?:their|his|her|your)\s+li\w+|in\s+de\s+picture)\b"
    r"|\bif\s+" + _I + r"\s+(?:was|were|am|'m)\s+(?:gone|dead|out\s+of\s+the\s+way|no\s+more"
    r"|not\s+here\s+no\s+more)\b"
    # (the contraction written close: "if I'm gone the payout clears the mortgage")
    r"|\bif\s+i'm\s+(?:gone|dead|out\s+of\s+the\s+way|no\s+more)\b"
    r"(?!\s+(?:by|at|before|until|till|for|from|to|out|tired|on|in)\b)"
    r"|\bif\s+" + _I + r"\s+(?:just\s+)?(?:disappear|disappeared|vanish|vanished|die|died)\s*"
    r"(?=[,.;!?]|\s+(?:then|now|for\s+good|forever|one\s+day)\b|\s+(?:they|she|he|everyone"
    r"|everybody|my|me|mi|dem|the)\b)"
    # … going or leaving only for good: "if I went for good" (not "if I go, she can use the car")
    r"|\bif\s+" + _I + r"\s+(?:just\s+)?(?:go|went|leave|left)\s+(?:for\s+good|forever|for\s+ever"
    r"|and\s+(?:never|don'?t)\s+come\s+back)\b"
    r"|\b(?:with|without)\s+me\s+(?:gone|dead|out\s+of\s+the\s+way|not\s+around)\b"
    r"|\b(?:once|when|after)\s+" + _I + r"(?:'m|\s+am|\s+is|\s+be)\s+(?:gone|dead)\b"
)
_EASED_ANY_TENSE = (
    r"\b(?!(?:i|we|you)\b)[\w']+(?:'d|\s+would|\s+could|\s+might|\s+will|'ll|\s+is|\s+are|'s"
    r"|'re|\s+can|\s+wouldn'?t\s+have\s+to)\s+(?:all\s+|finally\s+|just\s+|be\s+)*(?:free\w*"
    r"|better(?:\s+off)?|happier|easier|calmer|lighter|richer|laughing|smiling|relaxed|relieved"
    r"|at\s+peace|in\s+peace|breath\w*\s+(?:easier|again|free|freely)|rest\w*\s+easy"
    r"|sleep\w*\s+(?:easier|better|again)|have\s+(?:more\s+|some\s+|a\s+bit\s+of\s+)?(?:peace"
    r"|money|space|room|a\s+life|a\s+chance|quiet)|start\w*\s+(?:again|over|afresh)|begin\w*"
    r"\s+again|move\s+on|get\s+on\s+with)\b"
    r"|\bbe\s+(?:better|easier|best)\s+for\s+(?:everyone|everybody|all|them|dem|the\s+lot"
    r"|all\s+of\s+(?:them|us))\b"
)
# A time away or a role left: a holiday, a party, a shift, a job; or someone else not there.
_AN_ABSENCE = (
    r"holiday|trip|weekend|night\s+out|party|do|wedding|abroad|work|shift|office|job|retire\w*"
    r"|resign\w*|quit|leave|leaving|move|moving|uni|college|camp|conference|course|hospital"
    r"|operation|surgery|match|game|team|squad|band|project|meeting|rota|club|committee|choir"
    r"|class|kitchen|driving|tonight|the\s+weekend|next\s+week|bed|sofa|room"
)

# --- no future: nothing ahead, no month for me, not about come October -----------------------
# The clause closes on the writer's future, not on a place or an errand ("nothing waiting
# for me at the sorting office"): an end, or only words that stretch it ("anymore", "at all").
_CLOSED = (
    r"(?:\s+(?:any\s*more|no\s+more|now|at\s+all|in\s+(?:this|my)\s+life|in\s+life|here"
    r"|ever|really|honestly))?" + END
)
_NOTHING_AHEAD = (
    # (not "no road left for me": a driver's road, which the everyday judge reads as literal)
    r"\b(?:nothing|no\s+future|no\s+tomorrow|nothing\s+at\s+all"
    r"|not\s+a\s+thing)\s+(?:ahead|in\s+front|coming|waiting|left|beyond|on\s+the\s+other\s+side"
    r"(?:\s+of\s+(?:it|that|this|the\s+\w+))?|after\s+(?:this|that|it))\s+(?:for|fi|fe)\s+me"
    + _CLOSED
    + r"|\b(?:nothing|no\s+future)\s+(?:for|fi|fe)\s+me\s+(?:ahead|on\s+the\s+other\s+side"
    r"(?:\s+of\s+(?:it|that|this|the\s+\w+))?|after\s+(?:this|that|it)|beyond\s+(?:it|that|this))"
    + _CLOSED
    + r"|\bevery\s+(?:road|path|way|door|street|direction)\s+(?:"
    + _I
    + r"\s+)?(?:\w+\s+){0,3}?"
    r"(?:just\s+)?(?:end|ends|ended|stop|stops|close|closes|is\s+(?:a\s+)?dead\s+end"
    r"|leads\s+nowhere|goes\s+nowhere)" + END
)
_A_WALL_AHEAD = (
    r"\b(?:next\s+year|the\s+future|tomorrow|the\s+years\s+ahead|ahead|what'?s\s+next|the\s+next"
    r"\s+\w+|later|my\s+future)\b[^.!?\n]{0,40}?\b(?:i\s+|me\s+)?(?:see|sees|is|feels|looks)\s+"
    r"(?:only\s+|just\s+|nothing\s+but\s+)?(?:a|an|one)\s+(?:big\s+|great\s+)?(?:black|blank|dark"
    r"|grey|gray|empty|solid|brick|stone)?\s*(?:wall|void|nothing|fog|pit|cliff\s+edge|dead\s+end)"
    r"(?:\s+(?:for\s+me|in\s+front\s+of\s+me|ahead(?:\s+of\s+me)?))?(?!\s+(?:we|to|that|which)\b)"
    r"(?=\s*(?:$|[.!?,;:\n]))"
)
_NO_MONTH_FOR_ME = (
    r"\bthere(?:'s|\s+is|\s+will\s+be|'ll\s+be|\s+ain'?t|\s+won'?t\s+be)\s+(?:no|not\s+(?:a|an))\s+"
    r"(?:next\s+)?(?:" + r"january|february|march|april|may|june|july|august|september|october"
    r"|november|december|spring|summer|autumn|fall|winter|christmas|easter|birthday|new\s+year"
    r"|next\s+year|next\s+time|future|tomorrow|retirement|old\s+age)\s+(?:for|fi|fe)\s+me" + END
)
_NOT_ABOUT_COME = (
    r"\b" + _I + r"\s*(?:won'?t|will\s+not|'ll\s+not|shan'?t|ain'?t\s+gonna|not\s+gonna|am\s+not"
    r"\s+going\s+to|'m\s+not\s+going\s+to)\s+(?:still\s+)?be\s+(?:(?:about|around|here|alive"
    r"|living)\s+come|(?:alive|living|breathing)\s+(?:by|for|at|in|next|this|when|till|until))\s+"
    r"(?:the\s+)?(?:\w+\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|spring|summer|autumn|fall|winter|christmas|easter|birthday|new\s+year|year"
    r"|time|then|it|reunion|wedding|do)\b"
)
# Not there for a reason: a trip, a move, a shift, a course, a booking.
_AWAY_FOR_A_REASON = (
    r"residency|placement|internship|exchange|gap\s+year|semester|secondment|abroad|away|holiday|trip|moving|move|emigrat\w*|working|work|shift|job|deploy\w*|posted"
    r"|tour|travel\w*|course|uni|college|booked|in\s+(?:spain|france|australia|canada|the\s+\w+)"
    r"|visiting|visit|wedding\s+(?:in|abroad)|due|baby|hospital|surgery|operation|retire\w*"
    r"|live\s+in|living\s+in|relocat\w*|flight|plane|cruise|camp|festival|lol|haha|busy"
    r"|skint|broke|afford|money|exams?|revision|study\w*|grounded|overtime|rota"
)
_NOT_REACHING_AN_AGE = (
    r"\b(?:don'?t|do\s+not|can'?t|cannot|can\s+not|never)\s+(?:really\s+|honestly\s+)?(?:see"
    r"|picture|imagine)\s+(?:myself|me|mi)\s+(?:getting|making\s+it|reaching|living|lasting"
    r"|seeing|growing|going)\s+(?:anywhere\s+near\s+|as\s+far\s+as\s+|to\s+|till\s+|until\s+"
    r"|up\s+to\s+)?(?:that\s+age|old|older|grey|gray|(?:\d{2}|(?:twenty|thirty|forty|fifty"
    r"|sixty|seventy)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?)"
    # a number is an age, not a count of something ("forty press-ups", "50 miles a week")
    r"(?![-\s]*(?:press|push|sit|pull|chin|reps?|miles?|km|kilometres?|kilos?|kg|pounds?|lbs?"
    r"|stone|laps?|lengths?|minutes?|mins?|hours?|pages?|followers?|subscribers?|sales?|points?"
    r"|goals?|percent|quid|grand|k|steps?|words?|books?|countries|degrees|runs?|wickets?)\b)"
    r"|retirement(?:\s+age)?|my\s+(?:\w+ieth|\w+\s+birthday|pension|old"
    r"\s+age)|old\s+age|pension\s+age)\b"
)
_A_JOB_AHEAD = (
    r"job|career|company|firm|team|promotion|partner|manager|level|grade|role|position|industry"
    r"|this\s+town|this\s+place|band|league|club|business|shop|field|marriage|relationship"
)

# --- goodbye marks: notes found after, "none of it was your fault", a last round of visits ------
# One's own people: family and friends, not a class or a team.
_MY_PEOPLE = (
    r"(?:kids|children|grandkids|grandchildren|grandsons|granddaughters|sons|daughters|family"
    r"|sisters|brothers|siblings|nieces|nephews|cousins|parents|friends|mates|pals|loved\s+ones"
    r"|girls|boys|lot|people|babies|bairns|weans|pickney|youths)"
)
_NOTES_FOR_EACH = (
    r"\b(?:notes?|letters?|cards?|envelopes?|messages?)\s+(?:\w+\s+){0,2}?(?:for|to)\s+(?:each"
    r"|every|all)\s+(?:one\s+)?(?:of\s+)?" + _MY + r"\s+(?:\w+\s+)?" + _MY_PEOPLE + r"\b"
    r"|\b(?:each|every|all)\s+(?:of\s+)?"
    + _MY
    + r"\s+(?:\w+\s+)?"
    + _MY_PEOPLE
    + r"\s+(?:\w+\s+){0,2}?(?:a|their\s+own|his|her)\s+(?:note|letter|card|envelope)\b"
)
_FOUND_AFTER = (
    r"\b(?:they'?ll|they\s+will|dem\s+will|they'?d|she'?ll|he'?ll|someone'?ll|somebody'?ll)\s+"
    r"(?:\w+\s+)?(?:find|read|open|get|see)\s+(?:them|'em|em|dem|it|those)\s+(?:after(?:wards)?"
    r"|later|when\s+i'?m\s+gone|once\s+i'?m\s+gone|when\s+(?:it'?s|the\s+time\s+comes))" + END
)
_A_SEASON_OF_CARDS = (
    r"christmas|xmas|birthday|advent|easter|valentine\w*|anniversary|hunt|treasure|game|party"
    r"|wedding|holiday|trip|moving|leaving|school|teacher|thank-?you\s+(?:notes|cards)|lunch"
    r"|lunchbox|surprise|secret\s+santa|stocking|tooth\s+fairy|will|solicitor|lawyer"
)
_LOVE_AND_NO_BLAME = (
    r"\b(?:i\s+)?(?:love|loved|luv)\s+(?:her|him|them|you|dem)\b[^.!?\n]{0,40}?\b(?:none\s+of"
    r"\s+(?:it|this|that)|nothing|whatever\s+happens|whatever\s+happened)\s+(?:was|is|will\s+be"
    r"|'s|would\s+be|ever\s+was)\s+(?:ever\s+)?(?:her|his|their|your|dem)\s+fault\b"
)
_A_NAMED_CAUSE = (
    r"divorce|split|separat\w*|break-?up|accident|crash|illness|ill|cancer|diagnos\w*|miscarr\w*"
    r"|died|death|passed|funeral|dog|cat|move|moving|job|sacked|redundan\w*|argument|row|fight"
    r"|exam|result|grades|money|debt|bankrupt\w*|fire|flood|sorry\s+(?:i|for)|drink\w*|court"
)
_DIDNT_KNOW_LAST = (
    r"\b(?:they|she|he|dem|nobody|no\s*one|no-one|none\s+of\s+(?:them|dem))\s+(?:didn'?t|did\s+not"
    r"|don'?t|ain'?t|never|doesn'?t|wouldn'?t|won'?t|couldn'?t)\s+(?:even\s+)?(?:know|knew|guess"
    r"|realis\w*|realiz\w*|see|clock\w*|twig\w*)\s+(?:it|dat|that|this)\s+(?:was|is|'s|would\s+be"
    r"|'d\s+be|will\s+be|be)\s+(?:the|de|di|my|me|mi)\s+last\b"
)
_A_ROUND_OF_VISITS = (
    r"\b(?:visit\w*|hug\w*|saw|seen|see|call\w*|rang|ring\w*|walk\w*|went\s+round|go\s+round"
    r"|drop\w*\s+in|kiss\w*|held|hold\w*)\b"
)
_A_LAST_FOR_A_REASON = (
    r"died|passed|funeral|hospice|dementia|alzheimer\w*|cancer|ill|before\s+(?:she|he|they)"
    r"|moving|emigrat\w*|flight|abroad|new\s+job|last\s+day|retire\w*|term|school|class|shift"
    r"|season|closing|closed|shut\s+down|demolish\w*|sold|we\s+didn'?t|i\s+didn'?t"
)

# --- a burn or a blade taken to the skin -----------------------------------------------------
_TOOK_TO_SKIN = (
    r"\b(?:took|take|takes|taking|put|putting|ran|run|running|dragged|drag|dragging)\s+(?:a|the"
    # (whose it was and what it is like may stand before it: "Dad's old Zippo")
    r"|my|me|mi|that|\w+'s|his|her|their)\s+(?:[\w']+\s+){0,2}?(?:zippo|lighter|flame|blade|razor|knife|scissors|compass"
    r"|glass|shard|cigarette|cig|fag|lit\s+match|match|iron|pin|needle)s?\s+(?:to|across|over"
    r"|along|down|into|on|against)\s+" + _MY + r"\s+(?:own\s+)?(?:\w+\s+)?(?:wrists?|arms?"
    r"|forearms?|thighs?|legs?|skin|stomach|belly|hips?|ankles?|chest|hands?|palms?)\b"
)
_WHAT_IT_IS_FOR = (
    r"\b(?:again|till|until|on\s+purpose|so\s+(?:that\s+)?(?:i|me|my)|to\s+(?:feel|stop|calm|quiet"
    r"|punish|make)|(?:head|mind|brain|noise|thoughts)\s+(?:\w+\s+)?(?:goes|go|went|gets|get)"
    r"\s+quiet|only\s+(?:thing|time|way)|relief|numb|bled|bleed\w*|blood|scar\w*|blister\w*"
    r"|nobody\s+(?:knows|sees)|long\s+sleeves)\b"
)
_A_BLADE_FOR_SOMETHING = (
    r"shav\w*|wax\w*|hair|beard|stubble|beach|pool|swim\w*|smooth|holiday|date|summer|cook\w*|chopp\w*|slic\w*|onion|bread|bbq|barbecue|ironing"
    r"|shirt|splinter|tick|plaster|cast|stitches|tattoo|doctor|nurse|accident\w*|slipp\w*"
    r"|by\s+mistake|wart|blister\s+on|ice|cold"
)

# --- pets rehomed for good, said as permanent ----------------------------------------------
_PERMANENT = (
    r"\b(?:(?:it'?s|it\s+is|that'?s|this\s+is|is|it\s+be)\s+(?:a\s+)?permanent(?:ly)?|for\s+keeps"
    r"|for\s+good|for\s+life|not\s+(?:coming|going)\s+back|won'?t\s+be\s+(?:taking|having|getting)"
    r"\s+(?:\w+\s+)?back|(?:he|she|they)\s+(?:can|should)\s+keep\s+(?:him|her|it|them)"
    r"|no\s+(?:taking|giving)\s+(?:him|her|it|them)\s+back)\b"
)

# --- an attempt told in dialect ---------------------------------------------------------------
_TRIED_IN_DIALECT = (
    r"\b" + _I + r"\s+(?:tried|try|tryed|attempted|did\s+try)\s+(?:fi|fe|ta|tuh|for|to)\s+"
    r"(?:end\s+(?:it|it\s+all|tings|things|everything|" + _MY + r"\s+(?:own\s+)?life)|kill\s+"
    r"(?:myself|miself|mi\s+self|me\s+self)|take\s+" + _MY + r"\s+(?:own\s+)?life"
    r"|dead)\b"
)
_ONCE_IN_THE_PAST = (
    r"\b(?:last\s+time|(?:in|back\s+in)\s+(?:19|20)\d\d|\w+\s+(?:years?|months?|winters?"
    r"|summers?)\s+(?:ago|back)|when\s+" + _I + r"\s+(?:was|were)|before|once|that\s+time"
    r"|first\s+time)\b"
)

# --- a wish to be gone, said with the slot words the plain rules lacked ------------------------
# "had enough of this world", "better off gone", "thinking about not being here anymore"
_WISH_GONE = (
    r"\b(?:had\s+enough|done|finished|through)\s+(?:of|with)\s+(?:this|the)\s+(?:world|earth"
    r"|existence|planet)"
    + END
    + r"|\b(?:i'?d|i\s+would|i'?m|i\s+am|me|mi|i)\s+(?:be\s+|just\s+be\s+)?(?:much\s+|far\s+"
    r"|way\s+)?better\s+off\s+(?:gone|not\s+here|not\s+around|not\s+alive|not\s+existing|never\s+born"
    r"|six\s+feet\s+under|in\s+the\s+ground|in\s+a\s+box|in\s+the\s+grave|underground)"
    r"(?:\s+(?:honestly|really|tbh|to\s+be\s+honest))?"
    + END
    + r"|\b(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing)\s+(?:\w+\s+)?"
    r"(?:about|of)\s+(?:just\s+)?(?:not\s+being\s+(?:here|around|alive)|no\s+longer\s+being"
    r"\s+(?:here|around|alive)|being\s+gone|being\s+dead|not\s+waking\s+up)"
    r"(?:\s+(?:any\s*more|no\s+more|at\s+all|for\s+good|forever|some\s+days|lately))?" + END
)
# A wish about a place, a party, a job: "better off gone from that firm" ends elsewhere.
_A_PLACE_LEFT = (
    r"job|work|firm|company|team|party|meeting|class|school|uni|town|city|country|flat|house"
    r"|relationship|marriage|group|chat|app|platform|band|club|office|shift|holiday"
)
# … and the others deserving better than "a useless son like me"
_DESERVE_BETTER = (
    r"\bdeserve[sd]?\s+(?:so\s+much\s+|much\s+|way\s+|far\s+|a\s+lot\s+)?better\s+than\s+"
    r"(?:(?:a|an|some)\s+(?:[\w-]+\s+){0,2}?(?:\w+)\s+like\s+me|someone\s+like\s+me|the\s+likes"
    r"\s+of\s+me|what\s+i\s+(?:give|am|can\s+give)|having\s+me|me\s+as\s+(?:a|their|her|his)\s+"
    r"(?:mum|mom|mother|dad|father|son|daughter|wife|husband|parent|brother|sister)"
    # the writer in the third person, told by what they are to the others: "a daddy who's just
    # dead weight"
    r"|(?:a|an)\s+(?:[\w-]+\s+){0,2}?\w+\s+who'?s\s+(?:just\s+|only\s+|nothing\s+but\s+)?(?:a\s+)?"
    r"(?:dead\s+weight|burden|drain|waste\s+of\s+space|millstone|liability))\b"
)
_A_ROLE_NOT_A_LIFE = (
    r"captain|manager|boss|coach|teacher|player|team|squad|band|job|shift|rota|service|waiter"
    r"|referee|ref|cook|driver|singer|goalie|keeper"
)

RULES: tuple[Rule, ...] = (
    _family(
        "another_span_like_this",
        _TP,
        _CON,
        {
            _E: rf"{_START}{_none(_A_SPAN_OF_SOMETHING)}{_S}*?{_ANOTHER_SPAN}"
            rf"|{_START}{_none(_A_PAIN_OF_THE_BODY)}(?={_S}*?{_PAIN_NAMED})(?={_S}*?(?:{_NO_EASE}))"
            rf"{_S}*?{_CANT_TAKE_IT}"
        },
        {_E: r"more|another|further|rest|year|like|way|it|this|dis|that|dat"},
    )
    + _family(
        "down_a_shaft_top_sealed",
        _TP,
        _CON,
        {
            _E: rf"{_START}(?={_S}*\b(?:i|i'm|me|my|myself|like|as\s+if|as\s+though)\b)"
            rf"{_none(_LITERAL_PLACE)}(?={_S}*?{_DOWN_A_SHAFT}){_S}*?(?:{_TOP_SEALED})"
        },
        {
            _E: r"bricked|sealed|boarded|covered|closed|shut|concreted|filled|nailed|locked|capped"
            r"|blocked"
        },
    )
    + _family(
        "eased_any_tense",
        _BU,
        _CON,
        {
            _E: rf"{_START}{_none(_AN_ABSENCE)}"
            rf"(?!{_S}*\b(?:not|n't|never|no\s+way|hardly)\s+(?:[\w']+\s+){{0,3}}?(?:be\s+)?"
            rf"(?:better|happier|easier|free)\b)"
            rf"(?:(?={_S}*?(?:{_ME_NOT_THERE})){_S}*?(?:{_EASED_ANY_TENSE})"
            rf"|(?={_S}*?(?:{_EASED_ANY_TENSE})){_S}*?(?:{_ME_NOT_THERE}))"
        },
        {_E: r"if|with|without|once|when|after"},
    )
    + _family(
        "nothing_ahead_for_me",
        _NF,
        _CON,
        {
            _E: rf"{_START}{_none(_A_JOB_AHEAD)}{_S}*?(?:(?:{_NOTHING_AHEAD})|{_A_WALL_AHEAD})"
            rf"|{_START}{_none(_AWAY_FOR_A_REASON)}{_S}*?(?:{_NO_MONTH_FOR_ME}|{_NOT_ABOUT_COME})"
            rf"|{_START}{_none(_A_JOB_AHEAD)}{_S}*?{_NOT_REACHING_AN_AGE}"
        },
        {
            _E: r"me|my|mi|be|road|path|way|door|street|direction|wall|void|nothing|fog|pit"
            r"|cliff|dead"
        },
    )
    + _family(
        "goodbye_marks_widened",
        _GB,
        _CON,
        {
            _E: rf"{_START}{_none(_A_SEASON_OF_CARDS)}(?={_S}*?{_FOUND_AFTER})"
            rf"{_S}*?(?:{_NOTES_FOR_EACH})"
            rf"|{_START}{_none(_A_NAMED_CAUSE)}{_S}*?{_LOVE_AND_NO_BLAME}"
            rf"|{_START}{_none(_A_LAST_FOR_A_REASON)}(?={_S}*?{_A_ROUND_OF_VISITS})"
            rf"{_S}*?{_DIDNT_KNOW_LAST}"
        },
        {_E: r"note|letter|card|envelope|message|fault|last"},
    )
    + _family(
        "taken_to_the_skin",
        _SH,
        _CON,
        {
            _E: rf"{_START}{_none(_A_BLADE_FOR_SOMETHING)}"
            rf"(?!{_S}*\b(?:he|she|they|someone|somebody)\s+(?:\w+\s+)?(?:took|put|ran|dragged)\b)"
            rf"(?={_S}*?{_WHAT_IT_IS_FOR}){_S}*?{_TOOK_TO_SKIN}"
        },
        {
            _E: r"zippo|lighter|flame|blade|razor|knife|scissors|compass|glass|shard|cig|fag"
            r"|match|iron|pin|needle"
        },
    )
    + _family(
        "pets_rehomed_permanent",
        _GA,
        _CON,
        {
            _E: rf"{_START}{_none(_A_REASON_TO_REHOME)}(?={_S}*?{_PETS})"
            rf"(?={_S}*?{_PERMANENT}){_S}*?{_REHOMED}"
        },
        {_E: r"home|found|given|gave|handed|passed|gone|going|went"},
    )
    + _family(
        "wish_to_be_gone",
        _DW,
        _CON,
        # (read from the phrase, so a denial before it is judged: "I don't think I'd be …")
        {_E: rf"(?:{_WISH_GONE}){_none(_A_PLACE_LEFT)}"},
        {_E: r"world|earth|existence|planet|better|about|of"},
        # whose wish it is is said before the phrase: "she keeps thinking about not being here"
        inherent=False,
    )
    + _family(
        "deserve_better_than_me",
        _BU,
        _CON,
        {_E: rf"(?={_S}*?{_DESERVE_BETTER}){_none(_A_ROLE_NOT_A_LIFE)}{_DESERVE_BETTER}"},
        {_E: r"deserve"},
    )
    + _family(
        "tried_in_dialect",
        _SI,
        _CON,
        {_E: rf"{_START}(?={_S}*?{_ONCE_IN_THE_PAST}){_S}*?{_TRIED_IN_DIALECT}"},
        {_E: r"tried|try|tryed|attempted"},
        past=True,
    )
)
