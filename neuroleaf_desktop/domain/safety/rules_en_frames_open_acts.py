"""English acts read as open frames of meaning, as in ``rules_en_frames_open``: the parts any
wording needs, each looked for anywhere in the sentence, with a wide vocabulary for each.

* **the writer removed from the world**: an intent ("I will", "thinking to", "I want") and the
  writer taken, erased, removed or vanished from this world, "leave this life", "put an end to
  myself", "finish myself", or life finished or stopped;
* **not to wake, to be with the dead, sorry to be still here**: "close my eyes and not open them
  again", "be with my mother in heaven", "wake up disappointed I'm still here";
* **someone asked to look after one's people "whatever happens"**;
* **means with a cover story or a knot practised**: paracetamol bought and "told her it was for
  my mum", knots practised on the banister;
* **every dose put by**: each tablet prescribed "goes in the tin", or is not swallowed, or
  someone else's medicines taken a few at a time, unnoticed;
* **where the key to the gun is**: a firearm named and "I know where he hides the key";
* **a lethal place chosen for a time**: a bridge or a flyover "picked" for a night when the
  roads are quiet, "it will be" a day at the cliffs with the mind made up, a high place stood
  on and "next time I won't step back", "go to the river and finish", or everything done but
  "the night" left to pick;
* **the empty flat worked out**: the week the others are away worked out, "that's when";
* **a particular train watched every evening** at the crossing by the writer;
* **a burn held to the skin on purpose**: a cigarette, a lighter or an iron held to an arm
  "till it blistered", "so my head would go quiet";
* **an unnamed attempt "once before"**, with an age or a secret kept.

Why: phrase families fitted to one batch's sentences caught the next batch's wordings at
chance; a plan, a hoard or an attempt is told in many words but always has these parts. Each
family keeps out its everyday look-alikes: a holiday or a social-media break; pills kept from
children, out of date, or weaned off; a hunting licence, a worry about someone else's gun; a
picnic, a photo or a swim at the bridge; a surprise or a party in the empty flat; a child who
loves trains, a commute; a burn while cooking or someone else's hand; a test or a diet tried
once before; heaven "one day, when I'm old"; a neighbour minding the cat for a weekend; rope
for a tent, a sailing course.
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
    _NOT_AN_OUTING,
    _OTHERS_AWAY,
)

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_GB = Category.GOODBYES
_SH, _GM = Category.SELF_HARM, Category.GETTING_MEANS
_URG, _CON = Severity.URGENT, Severity.CONCERN
_E = "en"

_family = partial(family, "open")

# --- the writer removed from the world ---------------------------------------------------------
# An intent, said the ways learners and natives say it: "I will", "thinking to", "I want".
_INTENT = (
    r"\b(?:i\s+(?:will|'ll|shall|want|wanna|wish|plan|mean|intend|must|go|am\s+going|'m\s+going"
    r"|am\s+gonna|'m\s+gonna|am\s+ready|'m\s+ready|have\s+decided|'ve\s+decided|decided|keep"
    r"\s+thinking|think|thought|was\s+thinking|am\s+thinking|'m\s+thinking|am\s+planning"
    r"|'m\s+planning|was\s+planning|been\s+thinking)|thinking|planning|wanting|ready)\s+"
    # … how often the thought comes: "I think every day how to", "planning each night"
    r"(?:(?:every|each|all)\s+(?:single\s+)?(?:day|night|morning|evening|hour|the\s+time)\s+)?"
    r"(?:\w+\s+){0,2}?(?:to\s+|of\s+|about\s+)?"
)
_REMOVED = (
    r"(?:remov|eras|delet|tak|wip|cancel|subtract|excus|rub)\w*\s+(?:myself|me)\s+(?:out\s+of"
    r"|from|off)\s+(?:this|the)\s+(?:world|earth|planet|life|existence)\b(?!\s+of\b)"
    r"|(?:finish|finishing|end|ending|stop|stopping|close|closing)\s+my\s+(?:own\s+)?life"
    r"(?=\s+(?:before|by|when|once|after|this|next|tonight|tomorrow|soon)\b|" + END[3:-1] + r")"
    # learner and plain forms: "put an end to myself", "finish myself", "kill me, I decided"
    r"|put\s+an\s+end\s+to\s+(?:myself|my\s+(?:own\s+)?life)\b"
    r"|finish(?:ing)?\s+(?:with\s+)?myself(?!\s+(?:off|a|an|some|the)\b)|kill\s+me" + END + r""
    # … leaving or vanishing from this life: "leave this life forever", "vanish from this world"
    r"|(?:leave|leaving|quit|quitting|exit|exiting|depart\w*|go\s+from|going\s+from)\s+(?:this"
    r"|the)\s+(?:life|world|earth)\b(?!\s+(?:of|better|a\s+better|behind|for\s+a\s+new)\b)"
    r"(?!\s+(?:and|to)\s+(?:live|move|become|start|go|join|be|travel|run|hide|stay)\b)"
    r"|(?:vanish|disappear|fade)\w*\s+(?:from|off)\s+(?:this|the)\s+(?:world|earth)\b(?!\s+of\b)"
    r"|(?:die|go|leave\s+this\s+(?:world|earth|life)|end\s+(?:it|things|my\s+life))\s+"
    r"(?:\w+\s+){0,3}?(?:by|with)\s+my\s+own\s+hands?\b"
)
# A time away said as disappearing: a holiday, a retreat, a week off the phone.
_A_BREAK = (
    r"for\s+a\s+(?:while|bit|week|day|weekend|month|fortnight)|holiday|vacation|retreat|cabin"
    r"|off-?grid|offline|social\s+media|phone|internet|detox|group|chat|team|club|conversation"
    r"|situation|equation"
    # embarrassment said as vanishing: "I want to vanish after that karaoke"
    r"|embarrass\w*|cringe\w*|mortif\w*|karaoke|awkward|blush\w*|humiliat\w*|shame\w*|speech"
    r"|presentation|performance|after\s+that\s+\w+|so\s+bad"
)

# --- the wish not to wake, to be with the dead, sorry to be still here -------------------------
_NOT_TO_WAKE = (
    r"\bclose\s+my\s+eyes\s+and\s+(?:not|never)\s+(?:have\s+to\s+)?open\s+them\s+(?:again|ever)"
    + END
    + r"|\b(?:want|wish|long|ready|wanna)\s+to\s+(?:be|go)\s+(?:with|to)\s+(?:my\s+)?[\w']+\s+"
    r"(?:\w+\s+)?(?:in\s+heaven|up\s+there|on\s+the\s+other\s+side|in\s+paradise)\b"
    r"|\b(?:disappointed|sorry|upset|angry|annoyed|gutted|sad)\s+(?:that\s+)?(?:i'?m|i\s+am)\s+"
    r"still\s+(?:here|alive|breathing)" + END
)
# Heaven one day, in old age, when God decides: a faith's hope, not a wish to die now.
_IN_TIME = (
    r"one\s+day|someday|some\s+day|when\s+i'?m\s+old|eventually|in\s+time|when\s+my\s+time"
    r"|when\s+god|god\s+willing|years|old\s+age|long\s+life|party|office|work|shift|queue"
)

# --- someone asked to look after one's people, whatever happens -------------------------------
_LOOK_AFTER_FOR_ME = (
    r"\b(?:told|asked|made|begged|tell|telling|asking)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:look\s+after"
    r"|take\s+care\s+of|keep\s+an\s+eye\s+on)\s+(?:\w+\s+){0,3}?for\s+me\b"
)
_WHATEVER_HAPPENS = (
    r"\b(?:whatever\s+happens|no\s+matter\s+what|when\s+i'?m\s+(?:gone|not\s+here)"
    r"|if\s+(?:anything|something)\s+(?:happens|should\s+happen)|after\s+i'?m\s+gone)\b"
)
_AWAY_A_WHILE = (
    r"holiday|trip|away|week|weekend|while\s+i'?m|hospital|operation|surgery|shift|conference"
    r"|tonight|today|tomorrow|fortnight|month|abroad|course|camp|festival|flight|deploy\w*|tour"
)

# --- means bought with a cover story, a knot practised ---------------------------------------
_BOUGHT_MEANS = (
    r"\b(?:bought|buying|got|ordered|picked\s+up)\s+(?:a\s+|some\s+|more\s+|another\s+)?(?:\w+\s+)?"
    r"(?:rope|hose|hosepipe|charcoal|pills|tablets|paracetamol|razor\s*blades?|blades|cord"
    r"|cable|ligature|helium|bleach|poison|weedkiller|antifreeze)\b"
    # … its purpose left unsaid where it was bought ("bought more paracetamol, told her …")
    r"(?=\s*[,.;]|\s+(?:today|yesterday|again|this\s+\w+|last\s+\w+)\b)"
)
_A_COVER_STORY = (
    r"\b(?:told|said\s+to|telling)\s+(?:\w+\s+){0,6}?(?:it\s+(?:was|'s|is)|they\s+(?:were|'re|are))"
    r"\s+for\s+(?:the|a|my)\b"
)
_KNOT_PRACTISED = (
    r"\b(?:practis|practic|learn|learnt|learned|watch\w*\s+(?:\w+\s+)?how\s+to)\w*\s+(?:\w+\s+)?"
    r"(?:tying|tie|to\s+tie|a)\s+(?:\w+\s+)?(?:knots?|noose|slip\s*knot|hangman'?s\s+knot)\b"
)
_A_KNOT_FOR_SOMETHING = (
    r"sail\w*|boat|scouts?|guides|cubs|brownies|climb\w*|macrame|fishing|camping|badge|course"
    r"|class|lesson|kids?|son|daughter|crochet|knit\w*|craft|shoelace\w*|tie\s+for\s+work|school"
)

# --- every dose put by --------------------------------------------------------------------------
_MEDS = (
    r"\b(?:pills?|tablets?|meds|medication|medicine|capsules?|sleeping\s+pills|sleepers"
    r"|zopiclone|zolpidem|temazepam|diazepam|valium|codeine|co-?codamol|tramadol|oxy\w*"
    r"|paracetamol|ibuprofen|aspirin|insulin|amitriptyline|sertraline|citalopram|fluoxetine"
    r"|mirtazapine|quetiapine|lithium|propranolol|morphine|fentanyl|painkillers?"
    r"|antidepressants?|benzos?|opioids?|doses?|script|prescription)\b"
)
_PUT_BY = (
    r"(?:\b(?:goes|go|went|gone|going|put|putting|puts|drop|dropping|drops|slip\w*|stash\w*|hid"
    r"|hide|hides|hiding|hidden|keep|keeping|kept|sav\w+|squirrel\w*|tuck\w*|pocket\w*|stor\w+"
    r"|add\w*)\s+(?:\w+\s+){0,3}?(?:in|into|inside|under|behind|to)\s+(?:\w+\s+){0,5}?(?:tin"
    r"|jar|box|drawer|sock|bag|pot|bottle|tub|envelope|case|wardrobe|shoebox|pocket|pillow"
    r"|mattress|cupboard|pile|stash|collection|tin)\b"
    # … or where the supply now is, in a vessel no one keeps medicine in: "every pill … is in a
    # jar at the back of the wardrobe"
    r"|\b(?:is|are)\s+(?:now\s+|all\s+)?(?:in|inside)\s+(?:a|an|the|my|an\s+old)\s+(?:\w+\s+)?"
    r"(?:jar|tin|sock|shoebox|envelope|stash)\b)"
)
_KEPT_BACK = (
    r"(?:\b(?:every|each|all\s+(?:of\s+)?(?:the|my)|whole|half|one\s+of\s+each)\b"
    r"|\b(?:haven'?t|have\s+not|hasn'?t|not)\s+(?:taken|swallowed|had|touched)\s+(?:one|a"
    r"\s+single|any)\b|\binstead\s+of\s+(?:taking|swallowing)\b|\bpretend\w*\s+to\s+"
    r"(?:take|swallow)\b)"
)
_A_SAFE_PLACE_FOR_PILLS = (
    r"expired|out\s+of\s+date|dispos\w*|return\w*|pharmacy\s+bin|safe\s+from|out\s+of\s+reach"
    r"|kids?|child\w*|grandkids|toddler|lock\w*|organi[sz]er|dosette|blister\s+pack|weekly"
    r"|holiday|travel\w*|suitcase|side\s+effects?|(?:doctor|gp|nurse|pharmacist)\s+(?:said"
    r"|told|knows|agreed|suggested|advised)|taper\w*|wean\w*|reduc\w*|recycl\w*|dog|cat|vet"
    r"|first\s+aid|kit|handbag|migraines?|headaches?|cramps|flare\w*|mum'?s|dad'?s|nan'?s"
    r"|gran'?s|his|her|for\s+(?:him|her)|patients?|ward|shift|care\s+home|clients?"
)

# … or someone else's medicines taken a few at a time, unnoticed: "collecting Mum's sleeping
# tablets one at a time, she hasn't noticed"
_TAKEN_FROM_THEIRS = (
    r"\b(?:collect|tak|nick|pinch|steal|sneak|pocket|squirrel|sav|skim|keep|kept|help\w*\s+myself"
    r"\s+to)\w*\s+(?:\w+\s+){0,3}?(?:mum|mam|mom|dad|nan|nana|gran|grandma|grandad|granny|grandpa"
    r"|\w+)'?s\s+(?:\w+\s+)?(?:pills|tablets|meds|medication|painkillers|sleepers|sleeping\s+"
    r"(?:pills|tablets)|(?:blood\s+pressure|heart)\s+(?:pills|tablets))\b"
)
_UNNOTICED = (
    r"\b(?:one\s+(?:at\s+a\s+time|by\s+one)|a\s+(?:few|couple)\s+(?:at\s+a\s+time|each|every"
    r"|from\s+each)|(?:hasn'?t|haven'?t|didn'?t|won'?t|never|doesn'?t|don'?t)\s+(?:even\s+)?"
    r"(?:noticed|notice|miss|missed|count|counted|check|checks)|every\s+(?:time|week|month)"
    r"|each\s+(?:time|week|month)|when\s+(?:she|he|they)(?:'s|'re|\s+is|\s+are)?\s+(?:not"
    r"\s+looking|out|asleep))\b"
)
# An errand for someone else's medicines: fetched, sorted, given to them.
_AN_ERRAND = (
    r"chemist|pharmacy|surgery|doctor'?s|gp|prescription|pick\w*\s+up|for\s+(?:her|him|them)"
    r"|sort\w*|organi[sz]\w*|dosette|remind\w*|give\s+(?:her|him|them)|gave\s+(?:her|him|them)"
)
# Someone else putting their own pills by: "Mum keeps every tablet in a tin".
_NOT_THEIRS_PUT_BY = (
    rf"(?!{_S}*\b(?:he|she|they|mum|mam|mom|dad|nan|gran|grandad|grandma)\s+(?:\w+\s+)?"
    r"(?:puts?|keeps?|hides?|saves?|stashes?|stores?)\b)"
)

# --- where the key to the gun is ----------------------------------------------------------------
_FIREARM = (
    r"\b(?:shotguns?|rifles?|guns?|pistols?|revolvers?|handguns?|firearms?|air\s+rifle"
    r"|cartridges|ammo|shells|bullets)\b"
)
_KNOW_WHERE_KEY = (
    r"\bi\s+(?:now\s+|finally\s+)?(?:know|found\s+out|worked\s+out|figured\s+out|saw|'ve\s+seen"
    r"|have\s+seen|noticed|clocked|learned|learnt|watched)\s+(?:now\s+)?(?:where|what)\s+"
    r"(?:\w+\s+){0,2}?(?:hides|keeps|puts|leaves|stashes|hid|kept|left|stores|locks|hide|keep"
    r"|put)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:key|keys|code|combination|pin|cartridges"
    r"|ammo|shells|bullets)\b"
)
_A_REASON_FOR_THE_GUN = (
    r"hunt\w*|shoot\w*|clays?|pigeons?|rabbits?|foxes|deer|vermin|pest\w*|licen[cs]e|police"
    r"|safe\s+storage|burglar\w*|thie\w*|break-?in|lock\s+(?:it|them)\s+(?:up|away)"
    r"|so\s+(?:i|we)\s+can|emergency|fire|kids?|told\s+(?:him|her|them)|worr\w*|scared|afraid"
    r"|(?:he|she|dad|uncle)\s+(?:might|could|would|will)\s+(?:hurt|use)|drinking|for\s+him"
    r"|for\s+her|toy|nerf|paintball|airsoft|water\s+pistol|game|show\w*|safety|taught|teach\w*"
    r"|lesson"
)

# --- a lethal place chosen for a time -----------------------------------------------------------
_PLACE = (
    r"(?:" + _LETHAL_PLACE + r"|motorway\s+bridge|train\s+line|platform|headland|ledge"
    r"|high-?rise|top\s+floor|rooftop|cliff\s*top|crossing)"
)
_CHOSEN = (
    r"\b(?:picked|chosen|chose|settled\s+on|decided\s+on|scouted|checked\s+out|marked|picking"
    r"|choosing)\s+(?:out\s+)?(?:the|a|my|that)\s+(?:[\w'-]+\s+){0,2}?" + _PLACE + r"s?\b"
)
_QUIET_TIME = (
    r"(?:" + _DAY + r"|(?:on\s+)?my\s+(?:birthday|anniversary)|new\s+year'?s?\s+(?:eve|day)"
    r"|christmas\s+(?:eve|day)|at\s+(?:night|dawn|midnight|sunrise|sunset)|after\s+dark"
    r"|\d{1,2}\s*(?:am|pm|o'?clock)|when\s+(?:the\s+)?(?:roads?|streets?|station|platform|town"
    r"|place|house|beach|car\s+park|park|flat)\s+(?:are|is|'s|'re|will\s+be|gets?|get)\s+"
    r"(?:quiet|empty|dead|deserted|dark|clear))"
)
_IT_WILL_BE = (
    r"\s*(?:and\s+|so\s+)?it(?:'ll|\s+will|'s\s+going\s+to|\s+is\s+going\s+to|\s+is\s+gonna"
    r"|'s\s+gonna|'s\s+happening|\s+happens|\s+shall)\s+(?:be|happen)\b"
)
# A lethal place gone to, and no return said for next time: "stood on the bridge an hour, next
# time I won't come back", "next month I go to the river and finish"
_NO_RETURN_NEXT_TIME = (
    r"\b(?:next\s+time|one\s+(?:day|night)|soon|this\s+time|the\s+next\s+time)\s*,?\s+i\s+"
    r"(?:won'?t|will\s+not|'m\s+not\s+going\s+to|am\s+not\s+going\s+to|not)\s+(?:come\s+back"
    r"|walk\s+away|step\s+back|turn\s+back|be\s+coming\s+back|climb\s+back|go\s+home)\b"
    r"(?!\s+(?:\w+\s+)?(?:without|empty|with|till|until|before|for|from|so|too|late|early)\b)"
)
# What one goes back to a high place or the water for: a view, a picnic, a swim, a catch.
_AN_OUTING_LITE = (
    r"picnic|photos?|camera|view|sunset|sunrise|fishing|swim\w*|kayak\w*|climb\w*|party|drinks"
    r"|date|gig|festival|crab\w*|chips|race|match|dog|run|running|cycl\w*|ride|friends|mates|we|us"
)
_GO_THERE_AND_END = (
    r"\b(?:go|going|walk|walking|drive|driving|went|head|heading|take\s+myself|get\s+myself)\s+"
    r"(?:up\s+|down\s+|out\s+|back\s+)?(?:to|onto|off)\s+"
    r"(?:the\s+|that\s+)?(?:[\w'-]+\s+){0,2}?" + _LETHAL_PLACE + r"s?\s+and\s+(?:(?:finish|end)"
    # the act said with "finish" as with "end", and where or when it ends: "finish it there"
    r"(?:\s+(?:it|everything|it\s+all|things|myself|meself|(?:my|me)\s+life))?(?:\s+(?:there"
    r"|then|for\s+good|once\s+and\s+for\s+all|that\s+night|that\s+day|tonight))?"
    r"|jump|never\s+come\s+back|not\s+come\s+back|disappear|let\s+go|step\s+off)" + END
)
# Everything else done, only the night left to pick: "only thing left is to pick the night"
_ONLY_THE_NIGHT_LEFT = (
    r"\b(?:only|last|all\s+that'?s|all\s+that\s+is)\s+(?:thing\s+)?left\s+(?:is\s+|now\s+is\s+)?"
    r"(?:to\s+)?(?:pick|choose|set|decide(?:\s+on)?|fix)\s+(?:the|a|my)\s+(?:night|day|date|time"
    r"|place|way|method|moment)" + END
)
_MIND_MADE_UP = (
    r"\b(?:decided|made\s+up\s+my\s+mind|mind\s+is\s+made\s+up|mind'?s\s+made\s+up|for\s+sure"
    r"|no\s+going\s+back|final|settled|certain|alone|by\s+myself|on\s+my\s+own|nobody|no\s+one"
    r"|no-one|for\s+good|forever|for\s+ever|the\s+end|no\s+one\s+will\s+know)\b"
)
# What a place and a time are ordinarily picked for: food, a swim, a walk, a shoot.
_AN_OUTING_MORE = (
    r"chips|food|dinner|eat\w*|lunch|breakfast|tea|coffee|ice\s+cream|pub|crab\w*|we|us|you"
    r"|friends|mates|lads|girls|family|kids|club|crew|group|wedding|ceremony|ashes|scatter\w*"
    r"|memorial|vigil|service|launch|opening|filming|painting|sketch\w*|survey\w*|work|job"
)
_THATS_WHEN = (
    r"(?:\b(?:that'?s|that\s+is|that'?ll\s+be|then'?s|then\s+is)\s+(?:when|the\s+(?:night|day"
    r"|time|week|weekend|window|moment|chance)|my\s+(?:chance|window|night|time|moment))"
    # … or the moment called the right one: "perfect time", "that's the ideal night"
    r"|\b(?:perfect|ideal|best|right|only)\s+(?:time|moment|night|day|chance|window))" + END
)
_HOUSE_EMPTY = (
    _OTHERS_AWAY + r"|\bon\s+nights\b|\bnight\s+shifts?\b|\b(?:flat|house|place|home)(?:'s|\s+is"
    r"|\s+will\s+be|'ll\s+be)\s+(?:empty|quiet|mine)\b|\baway\b"
)
_WORKED_OUT_WHEN = (
    r"\b(?:worked\s+out|figured\s+out|found\s+out|checked|know|knew|clocked|counted|looked\s+up"
    r"|wrote\s+down)\b"
)
_A_FREE_HOUSE = (
    r"party|surprise|clean\w*|paint\w*|decorat\w*|practi\w*|film|games?|gaming|bath|nap|sleep\w*"
    r"|lie-?in|friends|girlfriend|boyfriend|date|mates?|sleepover|drums|revis\w*|study\w*|bake"
    r"|wrap\w*|present|gift|birthday|christmas|music|loud|telly|tv|netflix|peace\s+and\s+quiet"
    r"|me\s+time|pamper\w*|yoga|workout"
)
# A particular train, at the crossing, watched every evening by the writer.
# A sentence's character, the point of a time ("the 6.10") kept inside it.
_SD = r"(?:[^.!?\n]|\.(?=\d))"
_A_TRAIN_TIMED = (
    r"(?:\b\d{1,2}[.:]\d{2}\b|\b(?:last|first|late|night|early|fast|express|freight)\s+trains?\b"
    r"|\btimetable\b|\bexactly\s+when\b|\bwhat\s+time\b)"
)
_A_TRAIN_FAN = (
    r"son|daughter|kids?|boy|girl|lad|grandson|granddaughter|nephew|niece|dog|photo\w*|camera"
    r"|spott\w*|steam|heritage|railfan|hobby|wave|waving|calm\w*|relax\w*|peaceful|commut\w*"
    r"|catch|caught|get|take|took|ticket|work|school|station\s+master|signal\w*|drive\w*"
    r"|driver"
)

# --- a burn held to the skin on purpose ---------------------------------------------------------
_HELD_A_BURN = (
    r"\b(?:held|hold|holding|pressed|press|pressing|put|putting|stubbed|stub|stubbing|ground"
    r"|touched|jammed)\s+(?:out\s+)?(?:a\s+|the\s+|my\s+)?(?:lit\s+|hot\s+|burning\s+|red-?hot\s+)?"
    r"(?:cigarettes?(?:\s+end)?|cigs?(?:\s+end)?|fags?(?:\s+end)?|lighter|match(?:es)?|iron"
    r"|spoon|knife|flame|candle|curling\s+(?:tongs|iron)|straighteners|kettle|pan|poker|butt"
    r"|joint|blowtorch|lighter\s+flame)\s+(?:\w+\s+){0,2}?(?:to|on|onto|against|into|under)\s+"
    r"(?:my\s+|the\s+)?(?:own\s+)?(?:\w+\s+)?(?:arms?|forearms?|wrists?|hands?|legs?|thighs?"
    r"|skin|stomach|belly|ankles?|chest|shoulders?|fingers?|palms?|hips?)\b"
)
_ON_PURPOSE = (
    r"\b(?:on\s+purpose|deliberately|till|until|so\s+(?:that\s+)?(?:my|i|it)|to\s+(?:feel|stop"
    r"|calm|quiet|punish|make)|again|felt\s+(?:good|better|right)|relief|blister\w*|scar\w*)\b"
)
_A_BURN_BY_ACCIDENT = (
    r"accident\w*|slipp\w*|by\s+mistake|didn'?t\s+(?:mean|notice|realise|realize)|dropped"
    r"|knocked|fell|ironing|cooking|baking|bbq|barbecue|camping|hair|tattoo|doctor|nurse|ice"
    r"|cold|wart|plaster|cream|aloe"
)
# Someone else holding it: abuse or a dare told, not the writer's own act.
_SOMEONE_ELSE_HELD = (
    rf"(?!{_S}*\b(?:he|she|they|someone|somebody)\s+(?:\w+\s+)?(?:held|pressed|put|stubbed"
    r"|touched|jammed)\b)"
)

# --- an unnamed attempt once before ---------------------------------------------------------------
_TRIED_BEFORE = (
    r"\bi\s+(?:tried|try|attempted|did\s+it|went\s+through\s+with\s+it)\s+(?:it\s+)?(?:(?:once|twice"
    r"|\w+\s+times)\s+)?before\b(?=\s*(?:$|[.!?,;:\n]|\s+(?:at|when|aged|in|years|and|but)\b))"
)
_AGE_OR_UNTOLD = (
    r"\b(?:never\s+told|nobody\s+knows|no\s+one\s+knows|no-one\s+knows|kept\s+it\s+(?:quiet"
    r"|secret|to\s+myself)|not\s+a\s+soul|at\s+(?:\d{2}|\w+teen|twenty\w*|thirty\w*)|aged\s+\d+"
    r"|when\s+i\s+was\s+(?:\d{2}|\w+teen|twenty\w*|thirty\w*)|hospital|survived|woke\s+up"
    r"|didn'?t\s+work|wasn'?t\s+enough)\b"
)
_A_THING_TRIED = (
    r"driving|test|exam|recipe|diet|quit\w*|smok\w*|vap\w*|stop\w*\s+drinking|sober|rehab?"
    r"|marathon|uni|job|course|audition|ivf|baby|pregnan\w*|business|interview|dating|app"
    r"|marriage|relationship|therapy|counsell\w*|medication|meds|antidepressants|university"
    r"|college|degree|band|team|trials?|climb\w*|swim\w*|run\w*|novel|book|startup|shop"
    r"|to\s+(?:get|pass|join|become|make|win|quit|stop|lose|learn|start|open|buy|find)"
)


RULES: tuple[Rule, ...] = (
    _family(
        "removed_from_the_world",
        _SI,
        _URG,
        {_E: rf"{_INTENT}(?:{_REMOVED})(?![^\n]{{0,80}}\b(?:{_A_BREAK})\b)"},
        {_E: r"world|earth|planet|life|existence|own\s+hand|myself|kill\s+me"},
    )
    + _family(
        "not_to_wake_or_still_here",
        _DW,
        _CON,
        {_E: rf"{_START}{_none(_IN_TIME)}{_S}*?(?:{_NOT_TO_WAKE})"},
        {_E: r"open|heaven|up\s+there|other\s+side|paradise|still"},
    )
    + _family(
        "look_after_them_for_me",
        _GB,
        _CON,
        {
            _E: rf"{_START}{_none(_AWAY_A_WHILE)}(?={_S}*?{_WHATEVER_HAPPENS})"
            rf"{_S}*?{_LOOK_AFTER_FOR_ME}"
        },
        {_E: r"for\s+me"},
    )
    + _family(
        "means_with_a_cover_story",
        _GM,
        _CON,
        {
            _E: rf"{_START}(?={_S}*?{_A_COVER_STORY}){_S}*?{_BOUGHT_MEANS}"
            rf"|{_START}{_none(_A_KNOT_FOR_SOMETHING)}(?={_S}*?\b(?:banister|bannister|beam|hook"
            rf"|loft|rafters?|door\s+frame|doorframe|tree|shed)\b){_S}*?{_KNOT_PRACTISED}"
        },
        {_E: r"told|said|telling|knot|noose"},
    )
    + _family(
        "every_dose_put_by",
        _GM,
        _CON,
        {
            _E: rf"{_START}{_none(_A_SAFE_PLACE_FOR_PILLS)}{_NOT_THEIRS_PUT_BY}(?={_S}*?{_MEDS})"
            rf"(?={_S}*?{_KEPT_BACK}){_S}*?{_PUT_BY}"
            rf"|{_START}{_none(_AN_ERRAND)}(?={_S}*?{_UNNOTICED}){_S}*?{_TAKEN_FROM_THEIRS}"
        },
        {
            _E: r"tin|jar|box|drawer|sock|bag|pot|bottle|tub|envelope|case|wardrobe|pocket|pillow"
            r"|mattress|cupboard|pile|stash|collection|pills|tablets|meds|medication|painkillers"
            r"|sleepers"
        },
    )
    + _family(
        "where_the_gun_key_is",
        _GM,
        _URG,
        {
            _E: rf"{_START}{_none(_A_REASON_FOR_THE_GUN)}(?={_S}*?{_FIREARM})"
            rf"{_S}*?{_KNOW_WHERE_KEY}"
        },
        {_E: r"where|what"},
    )
    + _family(
        "lethal_place_chosen_for_a_time",
        _PM,
        _URG,
        {
            _E: rf"{_START}{_NOT_AN_OUTING}{_DAY_FOR_SOMETHING}{_none(_AN_OUTING_MORE)}"
            rf"(?={_S}*?{_QUIET_TIME}){_S}*?{_CHOSEN}"
            rf"|{_START}{_NOT_AN_OUTING}{_DAY_FOR_SOMETHING}{_none(_AN_OUTING_MORE)}"
            rf"(?={_S}*?\b{_PLACE}s?\b)(?={_S}*?{_QUIET_TIME})(?={_S}*?{_MIND_MADE_UP})"
            rf"{_IT_WILL_BE}"
            rf"|{_START}{_none(_AN_OUTING_LITE)}(?={_S}*?\b{_PLACE}s?\b)"
            rf"{_S}*?{_NO_RETURN_NEXT_TIME}"
            rf"|{_START}{_NOT_AN_OUTING}{_none(_AN_OUTING_MORE)}{_S}*?{_GO_THERE_AND_END}"
            rf"|{_START}{_DAY_FOR_SOMETHING}{_S}*?{_ONLY_THE_NIGHT_LEFT}"
        },
        {
            _E: r"picked|chos|settled|decided|scouted|checked|marked|picking|it|next|one\s+day"
            r"|one\s+night|soon|this\s+time|and|left"
        },
    )
    + _family(
        "empty_flat_thats_when",
        _PM,
        _URG,
        {
            _E: rf"{_START}{_NOT_A_JOB_AT_HOME}{_none(_A_FREE_HOUSE)}"
            rf"(?={_S}*?{_WORKED_OUT_WHEN})(?={_S}*?(?:{_HOUSE_EMPTY})){_S}*?{_THATS_WHEN}"
        },
        {_E: r"that|then|perfect|ideal|best|right|only"},
    )
    + _family(
        "train_watched_every_evening",
        _PM,
        _URG,
        {
            _E: rf"{_START}{_none(_A_TRAIN_FAN, _SD)}(?={_SD}*?\b(?:trains?|express|freight)\b)"
            rf"(?={_SD}*?\b(?:crossing|tracks?|line|bridge|platform|viaduct)\b)"
            rf"(?={_SD}*?{_A_TRAIN_TIMED})(?={_SD}*?\b(?:every|each)\s+(?:evening|night|morning"
            rf"|day|afternoon)\b)(?={_SD}*?\b(?:i'?ve\s+been|i\s+have\s+been|i\s+(?:go|went"
            rf"|stand|stood|wait|waited|sit|sat|time|timed|watch|watched))\b)"
            rf"{_SD}*?\b(?:watch|time|wait|stand|count|see|look)\w*\b"
        },
        {_E: r"train|express|freight"},
    )
    + _family(
        "burn_held_to_skin",
        _SH,
        _CON,
        {
            _E: rf"{_START}{_none(_A_BURN_BY_ACCIDENT)}{_SOMEONE_ELSE_HELD}(?={_S}*?{_ON_PURPOSE})"
            rf"{_S}*?{_HELD_A_BURN}"
        },
        {
            _E: r"cig|fag|lighter|match|iron|spoon|knife|flame|candle|tongs|straighteners|kettle"
            r"|pan|poker|butt|joint|blowtorch"
        },
    )
    + _family(
        "tried_once_before",
        _SI,
        _CON,
        {
            _E: rf"{_START}{_none(_A_THING_TRIED)}(?={_S}*?{_AGE_OR_UNTOLD})"
            rf"{_S}*?{_TRIED_BEFORE}"
        },
        {_E: r"before"},
        past=True,
    )
)
