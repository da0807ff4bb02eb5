"""English signs whose frames were right but whose slot words were too few, widened by meaning.

Why: the misses of a blind batch were sorted by what stopped the nearest frame, and most were
one slot short, not a new kind of sentence. So each slot is widened by what it means, for any
writer, not by the words of one sentence:

* **the act of ending oneself in other words**: "end myself", "finish myself off", "do myself
  in", a life that "must finish by my own hand", "die by my own hand" (a euphemism as old as the
  language), "finish it all" said as "end it all";
* **a wish to die with any verb of wishing**: "I'd like to die", "I'd love to be dead", "I yearn
  to die", pidgin "I like die" (the plain rule knew "want", "wish" and "long" only);
* **a plan told by a place and no return**: gone to the cliffs "and I don't plan on coming back",
  "that's where it ends" with the mind made up;
* **an attempt by its aftermath, in any words for the act**: "tried to go", "tried fi go"
  (going as dying), "swallowed everything in the cabinet"; found, pumped, woken in a ward, in
  dialect grammar too ("dem pump me stomach");
* **others better off in any words for a better life**: "she'd have a proper retirement",
  "they'd do fine", "better they are free of me", with the writer gone;
* **no future said with the writer first or as an age**: "for me there is no next year", "I
  won't get old";
* **a goodbye's finality**: thanks and sorry said "proper final"; a charge handed over with love
  "after this weekend it's on her"; a letter "for when I am gone" in learner grammar;
* **things handed on with the thing as the subject or the writer's "'d not"**: "my bangles
  went to my niece, told her keep them always", "told him I'd not be needing them again";
* **means kept back by any verb of keeping**: pills put aside every week, tablets kept "for one
  night";
* **a mark on the skin by any name**: a blister, a welt, a scald said to be done on purpose.

Each family keeps out its everyday look-alikes: a quilt finished by hand, a cake finished, hair
to dye, a peaceful death at ninety, a day out back "till late", a bus one tried to
catch, food poisoning and a night's drinking, a retirement or a holiday that is only that, a
final exam or a last shift, a charge handed over for a trip, things outgrown or replaced,
tablets kept for a headache or locked from the children, a burn from the oven or new boots.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, family
from neuroleaf_desktop.domain.safety.rules_en_frames_open import START as _START
from neuroleaf_desktop.domain.safety.rules_en_frames_open import S as _S
from neuroleaf_desktop.domain.safety.rules_en_frames_open import none_of as _none
from neuroleaf_desktop.domain.safety.rules_en_frames_widened import _ME_NOT_THERE

_SI, _BU, _NF = Category.SUICIDAL_IDEATION, Category.BURDEN, Category.NO_FUTURE
_GB, _GA, _GM = Category.GOODBYES, Category.GIVING_AWAY, Category.GETTING_MEANS
_SH = Category.SELF_HARM
_URG, _CON = Severity.URGENT, Severity.CONCERN
_E = "en"

_family = partial(family, "meaning")

# The writer, as standard, dialect and learner English write them.
_I = r"(?:i|me|mi|ah)"
_MY = r"(?:my|me|mi)"
_MYSELF = r"(?:myself|meself|miself|mi\s+self|me\s+self)"
# Tablets by any name, a pharmacy's and a grandmother's.
_PILLS = (
    r"(?:pills?|tablets?|meds|medicines?|medication|capsules|paracetamol|painkillers|sleepers"
    r"|co-?codamol|codeine|tramadol|diazepam|valium|zopiclone|sertraline|insulin|doses)"
)

# --- the act of ending oneself in other words ---------------------------------------------------
_ENDED_SELF = (
    r"\b(?:end|ends|ending|ended|finish|finishes|finishing|finished)\s+" + _MYSELF + r"(?:\s+off)?"
    # … and the clause ends there, or goes on to when, how or why (not "finish myself a plate")
    r"(?=\s*(?:$|[.!?,;:\n])|\s+(?:tonight|now|soon|today|there|for\s+good|already|too|somehow"
    r"|some\s*day|one\s+day|before|when|after|if|and|but|so|because|cos|or|once|properly"
    r"|quietly|with\s+(?:the\s+|my\s+|some\s+|a\s+)?(?:pills|tablets|rope|knife|blade|gun|belt"
    r"|car|gas|fumes))\b)"
    # "I'll do myself in", "want to do myself in" (not "I've done myself in at the gym": worn out)
    r"|\b(?:'ll|will|gonna|going\s+to|want\s+to|wanna|could|might|would|'d|to)\s+(?:just\s+)?"
    r"do\s+" + _MYSELF + r"\s+in\b"
    # a life as the subject of its own ending: "I want my life to finish", "my life must finish"
    r"|\b(?:want|wish|need|pray|hope)\w*\s+(?:for\s+)?(?:my|me|mi)\s+life\s+(?:to|would|could"
    r"|will)\s+(?:just\s+)?(?:finish|end|stop|be\s+over)\b"
    # ... or with "to be" left out, as speech leaves it: "wanting my life over", "I want my
    # life over with", "my life over before the season ends" (not "want my life over there",
    # "wish my life over again": redone)
    r"|\b(?:want|wish|need)\w*\s+(?:my|me|mi)\s+life\s+over(?:\s+with)?(?=\s*(?:$|[.!?,;:\n])"
    r"|\s+(?:now|already|tonight|soon|and|but|so|cos|because|before|by)\b)"
    r"|\bmy\s+life\s+(?:must|should|has\s+to|have\s+to|needs\s+to|need\s+to|is\s+going\s+to)\s+"
    r"(?:just\s+)?(?:finish|end|stop|be\s+over)(?=\s*(?:$|[.!?,;:\n])|\s+(?:now|soon|tonight"
    r"|today|by|this|before|and|i)\b)"
)
_BY_OWN_HAND = r"by\s+" + _MY + r"\s+own\s+hands?\b"
_OWN_HAND = (
    # "my life must finish by my own hand", "I'll die by my own hand"
    r"\b(?:" + _MY + r"\s+(?:life|days|time|story)|it\s+all|i|me)\s+(?:[\w']+\s+){0,3}?"
    r"(?:die|dies|died|end|ends|ended|finish|finishes|finished|go|be\s+over|be\s+ended"
    r"|be\s+finished|be\s+taken|stop|close)\s+(?:(?:here|there|now|soon|one\s+day|someday|then"
    r"|early)\s+)?"
    + _BY_OWN_HAND
    # "death by my own hand", "to end it by my own hand", "take my life by my own hand"
    + r"|\b(?:die|dying|death|to\s+go|end\s+(?:it|it\s+all|things|everything|"
    + _MY
    + r"\s+(?:own"
    r"\s+)?life)|take\s+"
    + _MY
    + r"\s+(?:own\s+)?life|kill\w*\s+"
    + _MYSELF
    + r")\s+(?:\w+\s+)?"
    + _BY_OWN_HAND
)

# "finish it all" said as "end it all", the clause closing on it or on when
_FINISH_IT_ALL = (
    r"\b(?:finish|finishing)\s+(?:it|everything|things)\s+all(?:\s+(?:tonight|now|soon|today"
    r"|for\s+good|once\s+and\s+for\s+all|this\s+\w+))?" + END
)
# A task, a meal, a drink, a book, a course that one finishes all of.
_A_TASK_FINISHED = (
    r"cake|pizza|food|eat|eating|ate|bottle|wine|beer|drink\w*|book|series|season|show|box\s+set"
    r"|episode|essay|homework|work|job|report|project|puzzle|game|painting|chores|ironing|laundry"
    r"|washing|marathon|race|course|degree|list|tub|ice\s+cream|plate|meal|dinner|tea|lunch"
    r"|packet|crisps|chocolate|biscuits|leftovers|jigsaw|knitting|quilt|garden|decorat\w*"
    r"|paperwork|tax|deadline|revision|exam|module|thesis|dissertation|novel|draft|render"
)

# A wish to die with any verb of wishing: "I'd like to die", "I yearn to die", pidgin "I like
# die already" (the plain rule knew "want", "wish", "long")
_WISHING = (
    r"\b(?:(?:would|'d|wd)\s+(?:really\s+|just\s+|so\s+|honestly\s+|much\s+)?(?:like|love|prefer)"
    r"\s+to|(?:yearn|yearns|yearning|yearned|desire|desires|desiring|ache|aching|crave|craving"
    r"|itching|pining)\s+to|(?<!heart\sand\s)(?<!heart\san'\s)hop(?:e|ing)\s+to"
    r"|(?:i|me|ai)\s+like(?=\s+(?:just\s+)?die\b))"
    r"\s+(?:just\s+|finally\s+|simply\s+)?(?:die|be\s+dead|not\s+be\s+alive)\b"
    # ("I'd love to die my hair" is a misspelt dye; dying old, happy or in one's sleep is no wish
    # to die now)
    r"(?!\s+(?:of|from|laughing|inside|a\s+little|for\b|happy|old|older|doing|with|my|her|his|the"
    r"|it|in|on|at|when|before|after|surrounded|peacefully|rich|young|like|as|than|together|first"
    r"|someday|one\s+day|eventually|some\s+day)\b)"
)

# --- a plan told by a place gone to and no return, or "that's where it ends" -------------------
# A high place or deep water, as a local names it: an overlook, a lookout, the pier.
_A_PLACE_TO_END = (
    r"(?:bridge|viaduct|flyover|overpass|cliffs?|cliff\s*top|quarry|tracks|railway(?:\s+line)?"
    r"|level\s+crossing|multi-?storey|car\s+park\s+roof|roof|rooftop|tower\s+block|pier|dam"
    r"|reservoir|weir|river|overlook|lookout|viewpoint|headland|ledge|gorge|falls|lake|sea|cabin"
    r"|woods|forest)"
)
_GOING_TO_A_PLACE = (
    r"\b(?:go|going|goin|walk\w*|driv\w*|head\w*|take\s+myself|booked|went|up|down)\s+"
    r"(?:up\s+|down\s+|out\s+)?(?:to\s+|da\s+|onto\s+|into\s+|at\s+)?(?:the\s+|da\s+|de\s+|a\s+"
    r"|that\s+)?(?:[\w'-]+\s+){0,3}?" + _A_PLACE_TO_END + r"s?\b"
)
_NO_RETURN = (
    r"\b(?:(?:don'?t|do\s+not|not|no|never)\s+(?:plan\w*|intend\w*|mean\w*|going)\s+(?:on|to)\s+"
    r"(?:coming|come|walking|walk|driving|drive|checking|check)\s+(?:back|out|home)"
    r"|(?:i'?m|i\s+am|i\s+won'?t\s+be|i\s+will\s+not\s+be)\s+not\s+coming\s+back"
    r"|(?:won'?t|will\s+not)\s+be\s+coming\s+back|no\s+coming\s+back|one-?way)\b"
    r"(?!\s+(?:\w+\s+)?(?:till|until|before|for|from|with|without|early|late|soon|of"
    r"|to\s+(?:work|school|this))\b)"
)
_THATS_WHERE_IT_ENDS = (
    r"\b(?:that'?s|that\s+is|this\s+is|it'?s|there'?s)\s+where\s+(?:it|it\s+all|everything|i|my"
    r"\s+life|me)\s+(?:ends|will\s+end|'ll\s+end|end|go|'ll\s+go|will\s+go|finish\w*|stops"
    r"|'ll\s+end\s+it|will\s+end\s+it|end\s+it)" + END
)
_SETTLED_OR_ALONE = (
    r"\b(?:decided|alone|on\s+my\s+own|by\s+myself|planned|chosen|picked|sorted|made\s+up\s+my"
    r"\s+mind|for\s+good|no\s*one|nobody"
    # … or a near time it is set for: "Friday I'm walking out along the cliffs, and that's
    # where it ends"
    r"|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_A_TRIP = (
    r"holiday|trip|weekend\s+away|honeymoon|moving|move|emigrat\w*|new\s+(?:life|job|start|home)"
    r"|abroad|visa|job|work|uni|college|course|hike|hiking|trail|walk|run|race|story|film|book"
    r"|chapter|season|route|road|path|track|line|bus|train|tour|match|we|us|our|friends|mates"
    r"|family|kids|wife|husband|partner|girlfriend|boyfriend|retire\w*|sell\w*|sold|lease"
)

# --- an attempt by its aftermath, in any words for the act ---------------------------------------
# Going as dying: "tried to go", "tried fi go", with nothing after "go" but the clause's end.
_TRIED_TO_GO = (
    r"\b" + _I + r"(?:'d|\s+had)?\s+(?:tried|try|tryed|trying|attempted|did\s+try)\s+(?:to|fi|fe"
    r"|ta|tuh)\s+(?:go|leave|check\s+out|do\s+it|end\s+it|die|dead|finish\s+it)"
    r"(?=\s*(?:$|[.!?,;:\n])|\s+(?:and|an|an'|but|then|that|when|so|the\s+(?:first|last|once)"
    r"|that\s+time|last\s+time|once|before|years?\s+ago|back\s+then)\b)"
)
# An overdose by its quantity: all of a cabinet, a drawer, a box.
_SWALLOWED_ALL = (
    # the writer, or no one named at the sentence's start: "Swallowed every pill in …"
    r"(?:\b" + _I + r"\s+|(?:^|(?<=[.!?\n]))\s*)"
    r"(?:swallowed|swallow|took|tek|downed|drank|necked)\s+(?:every\s*thing|every"
    r"\s+(?:single\s+)?(?:pill|tablet|last\s+one)|whatever\s+(?:i|me)\s+(?:could\s+find|had|found)"
    r"|the\s+(?:whole|lot)|all\s+(?:of\s+)?(?:the|my|me|mi|them|it))\b[^.!?\n]{0,40}?\b(?:in|from"
    r"|out\s+of)\s+(?:the|my|me|mi|our|\w+'s)\s+(?:[\w']+\s+){0,2}?(?:cabinet|cupboard|drawer|box|bottle"
    r"|packet|tin|bag|pack|stash|bathroom|house)\b"
)
# What followed: found, pumped, woken in a ward, an ambulance, a bed in the hospital.
_AFTERMATH = (
    r"\b(?:(?:found|find|fin'|finds)\s+me|(?:pump|pumped|pumpin\w*|pumping)\s+"
    r"(?:" + _MY + r"|de|the)\s+(?:stomach"
    r"|belly|tummy|guts)|(?:woke|wake|waking|woken|came\s+round|come\s+round)\s+(?:up\s+)?(?:in|on)"
    r"\s+(?:the\s+|a\s+|de\s+)?(?:\w+\s+)?(?:hospital|ward|icu|intensive\s+care|a&e|resus)"
    r"|ambulance|blue\s+light\w*|sectioned|psych\s+ward|stitched\s+me|kept\s+me\s+in"
    r"|(?:in|to)\s+(?:the\s+|a\s+|de\s+)?hospital\s+after)\b"
)
# Someone else's act, or the body's: a bug, a drink, an allergy, a fall, a bus.
_NOT_AN_ATTEMPT = (
    r"food\s+poisoning|poison\w*\s+(?:from|by)|allerg\w*|anaphyla\w*|drunk|vodka|drink\w*|party"
    r"|night\s+out|stag|hen|festival|overdid|mushrooms|accident\w*|crash\w*|fell|fall|slipped"
    r"|seizure|fit|asthma|appendi\w*|diabet\w*|hypo|kidney|heart|stroke|bus|train|flight|plane"
    r"|home|school|work|gym|sleep|bed|toilet|loo|shop\w*|he|she|they\s+tried|dog|cat|kid|child"
    r"|baby|toddler|son|daughter|grandson|granddaughter"
)

# --- others better off, in any words for a better life ------------------------------------------
_BETTER_LIFE = (
    r"\b(?!(?:i|we|you)\b)[\w']+(?:'d|\s+would|\s+could|\s+might|\s+will|'ll|\s+can)\s+"
    r"(?:all\s+|finally\s+|just\s+|still\s+)?(?:have\s+(?:a|an|the|some)\s+(?:proper|real|easier"
    r"|better|decent|good|nice|happy|peaceful|quiet|normal|fresh|new|second)\s+(?:\w+\s+)?\w+"
    r"|do\s+(?:just\s+|perfectly\s+|really\s+|so\s+much\s+|far\s+|a\s+lot\s+)?(?:fine|better|alright|all\s+right|okay|ok|well|grand)|be\s+(?:fine|okay|ok|alright"
    r"|all\s+right|grand|sorted|free\s+of\s+me|rid\s+of\s+me|shot\s+of\s+me)|manage\s+(?:fine"
    r"|better|just\s+fine)|cope\s+better|get\s+(?:by|on)\s+(?:fine|better|just\s+fine))\b"
    # … or told in the present, as a fact of the life without the writer: "the kids get a fresh
    # go", "the payout clears the mortgage"
    r"|\b(?!(?:i|we|you)\b)[\w']+\s+(?:get|gets|have|has)\s+a\s+(?:fresh|new|clean|second|better"
    r"|proper)\s+(?:go|start|chance|shot|life|slate)\b"
    r"|\b(?:pay-?out|insurance|policy|life\s+cover)\s+(?:clears|pays\s+off|covers|would\s+clear"
    r"|would\s+pay\s+off|will\s+clear|will\s+pay\s+off)\s+(?:the|their|our|my)\s+(?:mortgage"
    r"|debts?|loans?|house)\b"
)
# "better they are free of me", "they'd be better off rid of me"
_FREE_OF_ME = (
    r"\bbetter\s+(?:that\s+|if\s+)?(?:they|she|he|everyone|everybody|dem|my\s+\w+)\s+(?:are|is"
    r"|were|was|be|get|got|'re|'s)\s+(?:free|rid|shot|clear)\s+of\s+me"
    + END
    + r"|\b(?:they|she|he|everyone|everybody|dem|my\s+\w+)(?:'d|\s+would)\s+be\s+better\s+(?:off"
    r"\s+)?(?:free|rid|shot|clear)\s+of\s+me" + END
)
# A time away or a role left that the others are better off without: a trip, a shift, a job.
_AN_ABSENCE = (
    r"holiday|trip|weekend|week|night\s+out|party|wedding|abroad|work|shift|office|job|resign\w*"
    r"|quit|leave|leaving|move|moving|uni|college|camp|conference|course|hospital|operation"
    r"|surgery|match|game|team|squad|band|project|meeting|rota|club|committee|class|kitchen"
    r"|driving|tonight|room|house|flat|lease|car|boss|manager|captain"
)

# --- no future with the writer first, or as an age not reached ---------------------------------
_FOR_ME_NO_TIME = (
    r"\b(?:for|fi|fe)\s+me,?\s+(?:there(?:'s|\s+is|\s+will\s+be|'ll\s+be|\s+ain'?t|\s+won'?t\s+be)"
    r"|is|dere\s+is|no)\s+(?:no|not\s+(?:a|an|any))\s+(?:next\s+(?:year|summer|spring|winter"
    r"|christmas|birthday|time)|future|tomorrow|old\s+age|later|after)" + END
)
_NOT_GETTING_OLD = (
    r"\b" + _I + r"\s*(?:won'?t|will\s+not|'ll\s+not|'ll\s+never|will\s+never|am\s+not\s+going\s+to"
    r"|'m\s+not\s+going\s+to|ain'?t\s+gonna|not\s+gonna|never\s+gonna|no\s+go)\s+(?:ever\s+)?"
    r"(?:get|grow|be|live\s+to\s+(?:get|be|grow)|make\s+it\s+to|reach|see)\s+(?:old|older|grey"
    r"|gray|old\s+age|my\s+old\s+age)"
    + END
    # … or old age as the subject that will not come to the writer: "getting old isn't a thing
    # that's gonna happen to me", "growing old won't happen for me"; the clause ends there, so a
    # condition after it is a vow, not an end foreseen ("… happen to me without a fight")
    + r"|\b(?:getting|growing|being)\s+(?:old|older|grey|gray)\s+(?:isn'?t|is\s+not|ain'?t|won'?t"
    r"|will\s+not)\s+(?:(?:a|something|one)\s+(?:thing\s+)?(?:that'?s|that\s+is|which\s+is)?\s*)?"
    r"(?:going\s+to|gonna|gon\s+na)?\s*happen\s+(?:to|for)\s+me" + END
)
# Never old in spirit, a joke, a cream, a fitness regime: not an end foreseen.
_YOUNG_AT_HEART = (
    r"heart|spirit|attitude|mindset|peter\s+pan|grow\s+up|in\s+my\s+head|young|cream|botox"
    r"|skin\w*|moisturi\w*|yoga|gym|exercise|running|diet|vitamins?|lol|haha|joke|joking|ha"
    r"|rock|roll|party|dance|dancing|boring|fun|pension\s+plan|save|saving"
)

# --- a goodbye's finality ------------------------------------------------------------------------
# Thanks, sorry or love said to someone, and the call said to be final.
_SAID_TO_SOMEONE = (
    r"\b(?:rang|rung|called|phoned|texted|messaged|wrote\s+to|visited|went\s+(?:round|over|to\s+see)"
    r"|saw|rang\s+up)\b"
)
_THANKS_AND_SORRY = (
    r"\b(?:thanks?|thank\s+you|sorry|apologi[sz]\w*|love\s+(?:you|her|him|them)|goodbye|bye)\b"
)
_FINAL = (
    r"\b(?:proper\s+|very\s+|real\s+|kind\s+of\s+|sort\s+of\s+)?final(?:\s+like)?"
    + END
    + r"|\bfelt\s+(?:proper\s+|very\s+|so\s+)?final\b|\b(?:one\s+last\s+time"
    r"|for\s+the\s+last\s+time|for\s+good|the\s+last\s+(?:call|chat|words))" + END
)
_A_FINAL_THING = (
    r"exams?|day\s+at|shift|match|game|round|whistle|score|bill|notice|payment|demand|offer"
    r"|answer|year|term|season|leaving|retir\w*|moving|emigrat\w*|flight|visa|contract|job"
    r"|interview|funeral|hospice|dying|passed|wedding|result|fantasy|draft|edit|version|quote"
)
# Someone's care handed over, and a time after which it is theirs
_CARE_HANDED = (
    r"\b(?:look\s+after|take\s+care\s+of|mind|watch\s+over|keep\s+an\s+eye\s+on|care\s+for|see"
    r"\s+to)\s+(?:mum|mom|mam|ma|dad|da|nan|gran|granny|grandma|grandad|grandpa|the\s+(?:kids"
    r"|dog|family|little\s+ones)|" + _MY + r"\s+\w+|our\s+\w+|everyone|them)\b"
)
_FROM_THEN_ON = (
    r"\b(?:after|from|once|come)\s+(?:this|next|the)\s+(?:weekend|week|month|friday|saturday"
    r"|sunday|monday|tuesday|wednesday|thursday|night|day)\b,?\s+(?:it'?s|it\s+is|it\s+will\s+be"
    r"|it'?ll\s+be|that'?s)\s+(?:all\s+)?(?:on|up\s+to|down\s+to)\s+(?:her|him|them|you)\b"
    r"|\b(?:it'?s|it\s+is)\s+(?:all\s+)?(?:on|up\s+to|down\s+to)\s+(?:her|him|them|you)\s+"
    r"(?:now|from\s+now\s+on|after\s+(?:this|that|me))\b"
)
_A_TRIP_OR_A_SHIFT = (
    r"away|trip|holiday|abroad|work|job|shift|nights|course|conference|hospital|operation|surgery"
    r"|moving|move|flight|travel\w*|deploy\w*|posting|rota|exam|festival|wedding|turn"
)
# A letter or a message for when the writer is gone, in learner grammar: "for when I am gone"
_WHEN_I_AM_GONE = (
    r"\b(?:for\s+)?(?:when|after|once)\s+" + _I + r"\s+(?:am|is|will\s+be|be|was)\s+(?:gone|dead"
    r"|no\s+more|not\s+here|not\s+alive|in\s+(?:the|my)\s+grave)\b"
)
_A_MESSAGE_LEFT = (
    r"\b(?:letters?|notes?|cards?|videos?|messages?|recordings?|tapes?|voice\s*(?:notes?|messages?)"
    r"|envelopes?)\b"
)
_AWAY_A_WHILE = (
    r"holiday|trip|abroad|away|course|hajj|umrah|pilgrimage|work|deploy\w*|tour|conference"
    r"|hospital|operation|surgery|camp|visit\w*|weeks?|months?|term|semester|exchange|posting"
    r"|christmas|birthday|anniversary|valentine\w*"
)

# --- things handed on, the thing as the subject or the writer's "'d not" -------------------------
_HANDED_TO = (
    r"\b(?:gave|given|give|handed|passed|went|gone|go|goes|belong|belongs)\s+(?:\w+\s+){0,7}?"
    r"(?:to|with)\s+(?:" + _MY + r"|our|the|a|his|her)\s+(?:\w+'s\s+)?(?:\w+\s+)?(?:niece|nephew"
    r"|cousin|sister|brother|son|daughter|grandson|granddaughter|grandkids?|godson|goddaughter"
    r"|godchild|boy|girl|lad|lass|friend|mate|neighbou?r|neighbou?r'?s\s+\w+|kids?|children"
    r"|wean|bairn|pickney|auntie|aunt|uncle|flatmate|colleague)\b"
)
_NEVER_AGAIN_MINE = (
    r"\b" + _I + r"(?:'d|'ll|\s+would|\s+will|\s+shall)\s+not\s+(?:be\s+)?(?:need|needing|use"
    r"|using|wear|wearing|ride|riding|play|playing|want|wanting)\s+(?:it|them|those|these|dem"
    r"|that)?\s*(?:again|any\s*more|no\s+more|where\s+i'?m\s+going)"
    + END
    + r"|\b"
    + _I
    + r"\s+(?:have|has|'ve|got)\s+no\s+(?:more\s+|further\s+)?use(?:\s+for\s+(?:it|them|those"
    r"|dem))?(?:\s+(?:now|any\s*more|no\s+more))?"
    + END
    + r"|\b(?:(?:keep|have)\s+(?:it|them|those|dem)|(?:it'?s|it\s+is|they'?re|they\s+are)\s+"
    r"(?:his|hers|theirs|yours))\s+(?:always|forever|for\s+always|for\s+ever|for\s+keeps"
    r"|for\s+good|to\s+keep)"
    + END
    # … or the return waived for ever: "told him no need to give em back, ever"
    + r"|\b(?:no\s+need\s+to|(?:don'?t|doesn'?t|won'?t|never)\s+(?:need|have)\s+to|not\s+to"
    r"\s+bother(?:\s+to)?)\s+(?:give|bring|send|hand|giving|bringing|sending|handing)\s+(?:it|them"
    r"|em|'em|those|dem)\s+back(?:\s*,?\s*(?:ever|never|at\s+all))?" + END
)
_OUTGROWN_OR_REPLACED = (
    r"grew|grown|outgrown|too\s+(?:small|big|tight)|fit|new\s+(?:one|ones|pair)|upgrad\w*|bought"
    r"|replac\w*|spare|extra|broke|broken|injur\w*|hip|knee|(?<!it\s)(?<!them\s)(?<!em\s)(?<!'em\s)back|op|operation|doctor|surgeon"
    r"|sold|selling|moving|downsiz\w*|clear\w*|declutter\w*|charity|diet|weight|retir\w*|quit"
    r"|gave\s+up|birthday|christmas|present|gift|wedding\s+present|lent|borrow\w*|back\s+by"
    r"|return\w*|sizes?|fashion|style|allerg\w*|rash|church|tradition|custom"
    # (money handed over is a gift or a loan waived, whatever the words)
    r"|money|cash|tenner|fiver|quid|notes|\d+\s*(?:quid|pounds|dollars|bucks|euros)"
)

# --- means kept back by any verb of keeping ------------------------------------------------------
_KEPT_BACK = (
    r"\b(?:putting|put|puts|set|setting|tucking|tucked|squirrel\w*|stash\w*|hiding|hid|hidden"
    r"|hoard\w*|kept|keeping|keep|saving|saved|collecting|collected|gathering|gathered"
    r"|stockpil\w*|building\s+up|built\s+up)\s+(?:(?:a\s+few|some|many|lots|loads|a\s+load|a\s+lot"
    r"|one|two|each|every|a\s+couple|all|most|half|bits)\s+)?(?:of\s+)?(?:" + _MY + r"\s+|the\s+"
    r"|\w+'s\s+|[\w']+\s+){0,4}?" + _PILLS + r"\b"
)
_OVER_TIME_OR_FOR_ONE_NIGHT = (
    # gathered over time (not merely stored: "in a box by the bed" is where pills live)
    r"\b(?:every|each)\s+(?:week|month|time|prescription|script|refill)\b|\bslowly\b"
    r"|\bbit\s+by\s+bit\b|\bone\s+by\s+one\b|\baside\b|\bput\s+by\b|\bfor\s+(?:weeks|months)\b"
    r"|\bover\s+(?:the\s+)?(?:weeks|months)\b"
    # … or kept for one night, for the end
    r"|\bfor\s+(?:one|that)\s+(?:night|day)\b|\bfor\s+the\s+(?:end|last\s+night|final\s+night)\b"
    r"|\bfor\s+when\b"
)
_A_REASON_TO_KEEP = (
    r"headaches?|migraines?|period|cramps?|back|cold|flu|hay\s*fever|holiday|trip|travel\w*"
    r"|prescribed|pharmacist|chemist\s+said|dose|dosage|doctor|gp|nurse|vet|dog|cat|pets?"
    r"|organi[sz]er|dosette|recycl\w*|return\w*|take\s+(?:them\s+)?back|dispos\w*|expired|out\s+of"
    r"\s+date|kids?|children|child|toddler|baby|grandkids|lock\w*|safe|away\s+from|reach"
    r"|emergenc\w*|first\s+aid|mum'?s|dad'?s|nan'?s\s+(?:dosette|blister)|count\w*|audit|stock"
    r"|shop|pharmacy\s+shelves|work|forget|remember|routine|morning|bedtime|bedside|need|needed"
    r"|flares?|attacks?|pain"
)

# --- a mark on the skin by any name, said to be done on purpose --------------------------------
_A_MARK_ON_ME = (
    r"\b(?:blisters?|burns?|welts?|scalds?|grazes?|scratch(?:es)?|gash(?:es)?|nicks?|slash(?:es)?"
    r"|cuts?|marks?|wounds?|scabs?|bruises?)\s+(?:on|across|along|down|up)\s+" + _MY + r"\s+"
    r"(?:\w+\s+)?(?:wrists?|arms?|forearms?|thighs?|legs?|skin|stomach|belly|hips?|ankles?|chest"
    r"|hands?|palms?|shoulders?)\b"
)
_ON_PURPOSE = (
    r"\b(?:on\s+purpose|deliberately|purposely|purposefully|intentionally|meant\s+to|wanted\s+to"
    r"|did\s+it\s+(?:myself|meself|again)|i\s+did\s+it\b(?!\s+(?:at|while|when|on\s+the|cooking"
    r"|with\s+the)))"
)
_A_MARK_BY_ACCIDENT = (
    r"oven|iron\w*|kettle|pan|tray|stove|hob|straighteners|curling|sunburn\w*|sun|hik\w*|boots"
    r"|shoes|gym|rowing|climb\w*|bars?|guitar|garden\w*|rake|spade|accident\w*|cook\w*|bak\w*"
    r"|cat|dog|kitten|rose|bramble|nettle|thorn|splinter|tattoo|vaccin\w*|jab|blood\s+test"
    r"|drip|cannula|bike|fell|fall|trip|tripped|work|bbq|barbecue|campfire|fireworks?|sparkler"
)

RULES: tuple[Rule, ...] = (
    _family(
        "self_ended_in_other_words",
        _SI,
        _URG,
        # read from the phrase, so a denial before it is judged: "I'd never end myself"
        {_E: rf"(?:{_ENDED_SELF}|{_OWN_HAND})"},
        {_E: r"myself|meself|miself|self|own|life"},
    )
    + _family(
        "wish_to_die_any_verb",
        Category.DEATH_WISH,
        _CON,
        {_E: _WISHING},
        {_E: r"like|love|prefer|yearn|desir|ach|crav|itching|pining|hop"},
        inherent=False,
    )
    + _family(
        "finish_it_all",
        _SI,
        _URG,
        {
            _E: rf"{_START}{_none(_A_TASK_FINISHED)}"
            rf"(?!{_S}*\b(?:not|n't|never|no\s+way)\s+(?:[\w']+\s+){{0,3}}?finish)"
            # a question is not a statement; the writer is the last one named before it
            rf"(?![^.!\n]*\?){_S}*?\b(?:i|i'm|im|i'll|i'd|i've|me|mi)\b"
            rf"(?:(?!\b(?:he|she|they|you|we|his|her|their)\b){_S})*?{_FINISH_IT_ALL}"
        },
        {_E: r"all"},
    )
    + _family(
        "place_and_no_return",
        Category.PLAN_OR_METHOD,
        _URG,
        {
            _E: rf"{_START}{_none(_A_TRIP)}(?={_S}*?{_GOING_TO_A_PLACE}){_S}*?{_NO_RETURN}"
            rf"|{_START}{_none(_A_TRIP)}(?={_S}*?{_GOING_TO_A_PLACE})"
            rf"(?={_S}*?{_SETTLED_OR_ALONE}){_S}*?{_THATS_WHERE_IT_ENDS}"
        },
        {_E: r"back|out|home|one|where"},
    )
    + _family(
        "attempt_by_its_aftermath",
        _SI,
        _CON,
        {
            _E: rf"{_START}{_none(_NOT_AN_ATTEMPT)}(?={_S}*?{_AFTERMATH})"
            rf"{_S}*?(?:{_TRIED_TO_GO}|{_SWALLOWED_ALL})"
            rf"|{_START}{_none(_NOT_AN_ATTEMPT)}(?={_S}*?(?:{_TRIED_TO_GO}|{_SWALLOWED_ALL}))"
            rf"{_S}*?{_AFTERMATH}"
        },
        {_E: r"tried|try|tryed|trying|attempted|swallow|took|tek|downed|drank|necked"},
        past=True,
    )
    + _family(
        "others_fine_without_me",
        _BU,
        _CON,
        {
            _E: rf"{_START}{_none(_AN_ABSENCE)}"
            rf"(?!{_S}*\b(?:not|n't|never|no\s+way|hardly)\s+(?:[\w']+\s+){{0,3}}?"
            rf"(?:have|do|be|manage|cope|get)\b)"
            rf"(?:(?={_S}*?(?:{_ME_NOT_THERE})){_S}*?(?:{_BETTER_LIFE})"
            rf"|(?={_S}*?(?:{_BETTER_LIFE})){_S}*?(?:{_ME_NOT_THERE}))"
            rf"|{_START}{_none(_AN_ABSENCE)}{_S}*?(?:{_FREE_OF_ME})"
        },
        {_E: r"if|with|without|once|when|after|of"},
    )
    + _family(
        "no_future_writer_first",
        _NF,
        _CON,
        {
            _E: rf"{_START}{_none(_AN_ABSENCE)}{_S}*?{_FOR_ME_NO_TIME}"
            rf"|{_START}{_none(_YOUNG_AT_HEART)}{_S}*?{_NOT_GETTING_OLD}"
        },
        {_E: r"me|old|older|grey|gray"},
    )
    + _family(
        "goodbye_finality",
        _GB,
        _CON,
        {
            _E: rf"{_START}{_none(_A_FINAL_THING)}(?={_S}*?{_SAID_TO_SOMEONE})"
            rf"(?={_S}*?{_THANKS_AND_SORRY}){_S}*?(?:{_FINAL})"
            rf"|{_START}{_none(_A_TRIP_OR_A_SHIFT)}(?={_S}*?\blove\b)(?={_S}*?{_CARE_HANDED})"
            rf"{_S}*?(?:{_FROM_THEN_ON})"
            rf"|{_START}{_none(_AWAY_A_WHILE)}(?={_S}*?{_A_MESSAGE_LEFT}){_S}*?{_WHEN_I_AM_GONE}"
        },
        {_E: r"final|last|good|on|up|down|gone|dead|more|here|alive|grave"},
    )
    + _family(
        "handed_on_never_again",
        _GA,
        _CON,
        {
            _E: rf"{_START}{_none(_OUTGROWN_OR_REPLACED)}(?={_S}*?{_HANDED_TO})"
            rf"{_S}*?(?:{_NEVER_AGAIN_MINE})"
        },
        {_E: r"not|use|always|forever|ever|keeps|good|back"},
    )
    + _family(
        "means_kept_back",
        _GM,
        _URG,
        {
            _E: rf"{_START}{_none(_A_REASON_TO_KEEP)}"
            rf"(?!{_S}*\b(?:he|she|they|mum|dad|nan|gran)\s+(?:\w+\s+)?(?:kept|keeps|puts|put"
            rf"|hid|hides|saved|saves)\b)"
            rf"(?={_S}*?(?:{_OVER_TIME_OR_FOR_ONE_NIGHT})){_S}*?{_KEPT_BACK}"
        },
        {
            _E: r"pill|tablet|meds|medicine|medication|capsule|paracetamol|painkiller|sleeper"
            r"|codamol|codeine|tramadol|diazepam|valium|zopiclone|sertraline|insulin|doses"
        },
    )
    + _family(
        "mark_on_the_skin_on_purpose",
        _SH,
        _CON,
        {
            _E: rf"{_START}{_none(_A_MARK_BY_ACCIDENT)}"
            rf"(?!{_S}*\b(?:he|she|they|someone|somebody)\s+(?:\w+\s+)?(?:did|gave|made)\b)"
            rf"(?={_S}*?{_ON_PURPOSE}){_S}*?{_A_MARK_ON_ME}"
        },
        {
            _E: r"blister|burn|welt|scald|graze|scratch|gash|nick|slash|cut|mark|wound|scab"
            r"|bruise"
        },
    )
)
