"""English signs told through wider frames of meaning: an attempt named only as "what I did" or
"my try" beside its aftermath, a plan told by a place and a day already worked out, a goodbye
said "while I still can" or "if I'm not here", things handed on "for keeps", peace for others
"if I was gone", pain with "another year of it", and no place for the writer in the future.

Why: each frame holds many wordings and names none of the act. A past attempt is "ended up in
ICU after I tried", "since the hospital, after what I did", "survived my go at the cliffs and
wish I hadn't": an aftermath, and the writer's own unnamed act. A plan is "the bridge after my
shift Friday, I've worked it all out", "picked Sunday for it, when she takes the kids to her
mum's", "going out on the boat alone and not coming back in": a lethal place or a day chosen
for an unnamed "it", with a resolve or a moment nobody is there. A goodbye is love said
"while I still can", or "if I'm not here next week, know I loved you". Rules written for the
named act ("I attempted suicide", "I'm going to jump") miss every one of them.

Each family names its everyday look-alike and keeps it out: a stay in hospital after a fall or
an operation, a try at a test; a bridge where friends meet or a road is closed, a day picked
for decorating or a party; a boat trip that ends "till Sunday", a move abroad; a call to a
grandmother who is ill or a friend who is emigrating, a group chat the writer may miss; a
litter of kittens, a bike outgrown; a weekend away; a job or a commute borne another year; a
team photo with "no me in it". Negation and whose words they are are judged in ``context``.
Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import GIVEN, no_handing_on_reason
from neuroleaf_desktop.domain.safety.rules_en_frames import (
    _DAY,
    _DAY_FOR_SOMETHING,
    _NOT_AN_ACCIDENT,
)

_SI, _PM, _GB = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.GOODBYES
_NF, _SH, _BU = Category.NO_FUTURE, Category.SELF_HARM, Category.BURDEN
_TP, _GA = Category.TRAPPED_PAIN, Category.GIVING_AWAY
_URG, _CON = Severity.URGENT, Severity.CONCERN

# A sentence's first character: a guard read from here sees the whole sentence, the words
# before the family's own as well as after.
_SENTENCE_START = r"(?:^|(?<=[.!?\n]))\s*"

# Where the writer was taken or kept afterwards: a ward, intensive care, having the stomach
# pumped. A hospital is named with the word that puts the writer in it ("in", "since the").
_AFTERMATH = (
    r"(?:\b(?:in|at|into|on|to|from|since|after|out\s+of|left)\s+(?:the\s+|a\s+)?(?:icu|intensive"
    r"\s+care|a&e|a\s+and\s+e|resus|er|emergency\s+room|hospital"
    # … a hospital by its name: "in Pasqua Hospital", "at St James's hospital"
    r"|(?:[\w']+\s+){1,2}hospital|psych\w*\s+(?:ward|unit"
    r"|hospital)|(?:\w+\s+)?ward|the\s+unit)\b|\b(?:stomach\s+pumped|pumped\s+my\s+stomach"
    r"|got\s+sectioned|was\s+sectioned|was\s+admitted|woke\s+up\s+(?:in|on|with\s+tubes))\b)"
)

# The writer's own act, left unnamed: "after I tried", "after what I did", "since my try". The
# clause ends there or goes on to its time, so "after I tried the new diet" or "after what I
# did to her" are not it.
_MY_UNNAMED_ACT = (
    r"\b(?:after|since|following|because\s+of)\s+(?:i\s+(?:tried|'d\s+tried|had\s+tried|try"
    r"|attempted)|my\s+(?:try|go|attempt|overdose|od)|what\s+i\s+(?:did|done|tried|took|swallowed)"
    # … or the act told by its means: "after what I did with the pills"
    r"(?:\s+to\s+myself|\s+with\s+(?:the|my|those|all\s+the|all\s+my|a\s+bottle\s+of)\s+(?:sleeping\s+)?"
    r"(?:pills|tablets|meds|medication|medicine|paracetamol|painkillers|rope|razor|blades?))?"
    r"|the\s+(?:attempt|overdose|od))"
    r"(?=\s*(?:$|[.!?,;:\n]|\s+(?:and|but|last|that|in|two|three|a\s+few|back|when|years?"
    r"|months?|weeks?)\b))"
)

# A day told by the work that comes before it: "after my shift Friday", "after work tonight".
_WHEN = (
    r"(?:" + _DAY + r"|after\s+(?:my\s+|the\s+)?(?:shift|work|close|last\s+class)|midnight"
    r"|\d{1,2}\s*(?:am|pm|o'?clock))"
)

# The writer's resolve, said as the work being done: "I've worked it all out", "it's planned".
_WORKED_OUT = (
    r"(?:(?:i'?ve|i\s+have|i)\s+(?:worked|figured|planned|thought)\s+it\s+(?:all\s+)?out"
    r"|(?:i'?ve|i\s+have)\s+got\s+it\s+all\s+(?:worked|figured|planned)\s+out"
    r"|it'?s\s+(?:all\s+)?(?:planned|decided|settled|sorted)|(?:i'?ve|i\s+have)\s+decided"
    r"|my\s+mind(?:'s|\s+is)\s+made\s+up)"
)

# A place people go to die from, said as the place itself.
_LETHAL_PLACE = (
    r"(?:bridge|viaduct|flyover|overpass|cliffs?|quarry|tracks|railway(?:\s+line)?|level\s+crossing"
    r"|multi-?storey|car\s+park\s+roof|roof|tower\s+block|pier|dam|reservoir|weir|river)"
)

# What a place and a time are ordinarily worked out for: meeting, a route, a walk, works.
_NOT_AN_OUTING = (
    r"(?![^\n]{0,200}\b(?:meet\w*|picnic|walk\w*|run|running|ride|riding|cycl\w*|photos?|shoot"
    r"|fishing|jog\w*|route|race|charity|bungee|abseil\w*|sponsored|view|sunset|traffic"
    r"|roadworks|commute|closed|diversion|detour|inspection|survey|contract|repairs?|paint\w*"
    r"|rota|lift|pick\s+(?:up|you|him|her)|drop\s+off|train|bus|parking|swim\w*|kayak\w*|climb\w*"
    r"|date|proposal|tour|visit\w*|gig|festival|fireworks|party|drinks|match)\b)"
)

# A day kept for a job at home or a pastime while the others are out.
_NOT_A_JOB_AT_HOME = (
    r"(?![^\n]{0,200}\b(?:decorat\w*|paint\w*|tiles?|tiling|retil\w*|bathroom|kitchen|clean\w*"
    r"|tidy\w*|sort\s+out|garage|loft|attic|garden\w*|shed|fix\w*|repair\w*|diy|wallpaper\w*"
    r"|carpet\w*|project|film|movie|binge|lie-?in|nap|bake|baking|surprise|gaming|game|essay"
    r"|revision|revise|study\w*|practi[cs]e\w*|record\w*)\b)"
)

# Others out of the house: the moment nobody is there.
_OTHERS_AWAY = (
    r"\b(?:when|while|as|once|cos|because)\s+(?:[\w']+\s+){0,4}?(?:\w+(?:'s|'re|'ll\s+be)|takes?"
    r"|taking|is|are|goes|go|will\s+be|leaves?|works?|working)\b[^.!?\n]{0,40}?\b(?:out|away|at\s+"
    r"(?:work|her|his|their|the)|kids|bairns|children|boys|girls|to\s+(?:her|his|their)\s+\w+"
    r"|asleep|on\s+nights|gone|empty)\b"
    r"|\b(?:nobody|no\s*one|no-one)(?:'ll|\s+will|'s|\s+is)\s+(?:be\s+)?(?:home|in|around|there)\b"
)

# A boat trip or a walk that has an end, or a new life somewhere else.
_NOT_A_TRIP_OR_A_MOVE = (
    r"(?![^\n]{0,160}\b(?:till|until|before|for\s+(?:a|the|two|three|\d+)\s+\w+|overnight"
    r"|spain|abroad|country|moving|move|new\s+(?:life|job|start)|emigrat\w*|visa|uni|town|city"
    r"|this\s+place|that\s+place|relationship|job|church|club|team|fishing\s+trip|race|regatta"
    r"|tide)\b)"
)

# Love, thanks or an apology said to someone: the message a goodbye carries.
_LOVE_SAID = (
    r"(?:love|loved|best\s+(?:bit|thing|part)|meant\s+(?:everything|the\s+world|so\s+much|a\s+lot)"
    r"|means\s+(?:everything|the\s+world|so\s+much)|thank\w*|proud|grateful)"
)

# Why love might be said while one still can that is not a goodbye of the writer's: the other
# person frail or leaving, an occasion, the writer's own operation or trip.
_NOT_THEIR_LEAVING = (
    r"(?![^\n]{0,200}\b(?:(?:she|he)(?:'s|\s+is)\s+(?:ill|poorly|dying|old|frail|\d+|in\s+hospital)"
    r"|hospice|dementia|cancer|palliative|her\s+last|his\s+last|moving|emigrat\w*|flight|abroad"
    r"|deploy\w*|fl(?:y|ies|ying)|leav(?:es|ing)|wedding|graduat\w*|op\b|operation|surgery|drunk|tipsy|signal|battery|credit"
    r"|visiting\s+hours|birthday|anniversary|mother'?s\s+day|father'?s\s+day|christmas|xmas"
    r"|new\s+year|knees?|hips?|diet|young|baby|retire\w*|uni|university|college|off\s+to"
    r"|grow\w*\s+up|little|small)\b)"
)

# The message carried: a call, a text, a hug, and love or thanks in it.
_MESSAGE_SAID = (
    r"\b(?:told|tell|telling|say|said|saying|let|phoned|rang|called|texted|wrote|writing"
    r"|messaged|hugged|hug|hugging|kissed)\b[^.!?\n]{0,100}?\b(?:"
    + _LOVE_SAID
    + r"|(?:the\s+)?best\s+(?:mum|mom|mam|dad|sister|brother|friend|mate|nan|gran|son|daughter"
    r"|wife|husband|thing|bit|part))\b"
)

# While there is still time: the writer's own time running out.
_WHILE_I_CAN = (
    r"\b(?:while\s+i\s+(?:still\s+)?(?:can|could|have\s+the\s+chance|had\s+the\s+chance"
    r"|still\s+have\s+time|'?m\s+still\s+here|am\s+still\s+here)|before\s+it'?s\s+too\s+late"
    r"|before\s+i\s+(?:can'?t|run\s+out\s+of\s+time))"
)

RULES: tuple[Rule, ...] = (
    # --- a past attempt named only as the writer's act, beside its aftermath ---
    rule(
        "fw_en_aftermath_of_what_i_did",
        _SI,
        _CON,
        # "ended up in ICU after I tried", "since the hospital in 2021, after what I did", "after
        # my try I woke up on the ward": the aftermath and the writer's act, either order (not
        # a fall, an operation, a climb; not "after I tried the new diet")
        _SENTENCE_START
        + r"(?=[^.!?\n]{0,200}?\b(?:after|since|following|because)\b)"
        + _NOT_AN_ACCIDENT
        + r"[^.!?\n]{0,120}?(?:"
        + _AFTERMATH
        + r"[^.!?\n]{0,80}?"
        + _MY_UNNAMED_ACT
        + r"|"
        + _MY_UNNAMED_ACT
        + r"[^.!?\n]{0,80}?"
        + _AFTERMATH
        + r")",
        gate=r"after|since|following|because",
        inherent=True,
        past=True,
    ),
    rule(
        "fw_en_survived_and_wish_i_hadnt",
        _SI,
        _CON,
        # "survived my try at the cliffs and some days I wish I hadn't", "lived through my
        # attempt, wish I hadn't": the writer's own attempt survived, and the survival rued (not
        # a try at the test; not "survived Christmas, wish I hadn't gone")
        r"\b(?:survived|lived\s+through|came\s+through|pulled\s+through)\s+(?:my|that|the)\s+"
        r"(?:try|go|attempt|overdose|od|jump)\b"
        r"(?:\s+(?:at|off|from|with)\s+(?:the\s+)?(?:cliffs?|bridge|tracks|railway|river|sea|edge"
        r"|roof|quarry|lake|pills|tablets|rope)\b"
        r"|[^.!?\n]{0,60}?\bwish(?:ed)?\s+i\s+(?:hadn'?t|had\s+not|didn'?t|never\s+had)"
        + END
        + r")(?![^\n]{0,160}\b(?:test|exam|driving|interview|audition|trial|record|marathon|race"
        r"|course|class|recipe|cake|jump\s+(?:shot|rope)|parachute|bungee|ski\w*)\b)",
        gate=r"survived|lived\s+through|came\s+through|pulled\s+through",
        inherent=True,
        past=True,
    ),
    # --- a plan told by a lethal place, a time and the work of deciding ---
    rule(
        "fw_en_place_time_worked_out",
        _PM,
        _URG,
        # "the bridge on the ring road after my shift Friday, I've worked it all out", "the cliffs
        # at Beachy Head, Sunday night, it's all planned" (not a meeting place, a route, a walk,
        # a road closed for works)
        r"\b(?:the|that|this)\s+(?:[\w'-]+\s+){0,2}?"
        + _LETHAL_PLACE
        + r"\b"
        + _NOT_AN_OUTING
        + r"[^.!?\n]{0,60}?\b"
        + _WHEN
        + r"\b[^.!?\n]{0,30}?[,;:-]\s*"
        + _WORKED_OUT
        + END,
        gate=r"worked|figured|planned|thought|got\s+it\s+all|decided|settled|sorted|made\s+up",
        inherent=True,
    ),
    rule(
        "fw_en_day_picked_for_it",
        _PM,
        _URG,
        # "picked Sunday for it, when our lass takes the kids to her mam's", "chose Friday for it,
        # nobody will be home": a day chosen for an unnamed "it" and the moment nobody is there
        # (not a day for decorating, a film, a surprise)
        r"\b(?:picked|chosen|chose|settled\s+on|set|fixed|marked|pencilled\s+in|booked)\s+"
        + _DAY
        + r"\s+(?:for\s+it|as\s+the\s+day)\b"
        + _DAY_FOR_SOMETHING
        + _NOT_A_JOB_AT_HOME
        + r"(?=[^.!?\n]{0,80}?(?:"
        + _OTHERS_AWAY
        + r"))",
        gate=r"for\s+it|as\s+the\s+day",
        inherent=True,
    ),
    rule(
        "fw_en_out_alone_not_coming_back",
        _PM,
        _URG,
        # "going out on the boat alone Saturday and not coming back in", "walking up onto the
        # moors on my own and I'm not coming back down": out alone or to open water or wild
        # ground, with no return (not a trip that ends "till Sunday", not a move abroad)
        r"\b(?:go|going|head|heading|went|walk|walking|drive|driving|row|rowing|swim|swimming"
        r"|take|taking|sail|sailing)\s+(?:[\w']+\s+){0,3}?(?:out|off|up|onto|into)\b"
        r"[^.!?\n]{0,50}?\b(?:alone|by\s+myself|on\s+my\s+own|boat|sea|lake|loch|water|moors?"
        r"|hills|woods|bush|snow|mountains?)\b[^.!?\n]{0,40}?(?:\band|&|,)\s+(?:i'?m\s+|i\s+am\s+)?"
        r"(?:not|never|won'?t\s+be)\s+(?:coming|come)\s+back(?:\s+(?:in|home|ashore|up|down|out"
        r"|again))?" + END + _NOT_A_TRIP_OR_A_MOVE,
        gate=r"coming\s+back|come\s+back",
        inherent=True,
    ),
    # --- a goodbye told as love said while there is still time ---
    rule(
        "fw_en_love_while_i_still_can",
        _GB,
        _CON,
        # "phoned Nana at midnight just to say she's been the best bit of my life, while I still
        # can", "told my brother I'm proud of him before it's too late" (not a grandmother who
        # is ill, a friend emigrating, before an operation or a flight)
        _SENTENCE_START
        + r"(?=[^.!?\n]{0,200}?\b(?:while\s+i|too\s+late|before\s+i)\b)"
        + _NOT_THEIR_LEAVING
        + r"[^.!?\n]{0,60}?(?:"
        + _MESSAGE_SAID
        + r"[^.!?\n]{0,60}?"
        + _WHILE_I_CAN
        + END
        + r"|"
        + _WHILE_I_CAN
        + r"[^.!?\n]{0,60}?"
        + _MESSAGE_SAID
        + r")",
        gate=r"while\s+i|too\s+late|before\s+i",
        inherent=True,
    ),
    rule(
        "fw_en_if_im_not_here_know_i_loved",
        _GB,
        _CON,
        # "if I am not here next week, please know I loved every one of you", "if I'm not around
        # by Sunday, remember I love you all" (not a trip, an operation, a group or a class the
        # writer may miss)
        _SENTENCE_START
        + r"(?=[^.!?\n]{0,120}?\b(?:here|around|alive)\b)"
        + r"(?![^.!?\n]{0,250}\b(?:trip|holiday|flight|away|surgery|operation|op|shift|course|camp"
        r"|meeting|class|session|group|chat|forum|server|office|lesson|term)\b)[^.!?\n]{0,80}?"
        r"(?:\b(?:if|maybe|perhaps|in\s+case)\s+(?:i'm|i\s+am|im|i)\s+(?:not|no\s+longer|ain'?t"
        r"|no)\s+(?:here|around|alive)\b|\bi\s+(?:am|'m)\s+not\s+(?:here|around|alive)\s+(?:next"
        r"\s+\w+\s+|tomorrow\s+)?(?:maybe|perhaps)\b)"
        r"[^.!?\n]{0,60}?\b(?:(?:know|remember)\s+(?:that\s+)?i\s+(?:always\s+)?"
        r"(?:love|loved)\b|i\s+(?:loved|love)\s+(?:(?:every|each)\s+(?:one|single\s+one)\s+of\s+you"
        r"|you\s+all|all\s+of\s+you|each\s+of\s+you)\b|thank\s+you\s+for\s+everything\b)",
        gate=r"love|thank\s+you",
        inherent=True,
    ),
    rule(
        "fw_en_named_envelopes_for_when",
        _GB,
        _CON,
        # "three envelopes with my brothers' names on, sealed and tucked behind the visor for
        # when they need them", "a letter with each of their names on, hidden for afterwards"
        # (not birthday money, Christmas cards, invitations, the rent)
        _SENTENCE_START
        + r"(?=[^.!?\n]{0,160}?\bnames?\b)"
        + r"(?![^.!?\n]{0,250}\b(?:christmas|xmas|birthday|money|cash|tenner|fiver|quid|dollars"
        r"|gift|present|secret\s+santa|wedding|invitations?|party|thank-?you|school|trip"
        r"|tooth\s+fairy|rent|bills?|tax|deposit|dinner|lunch|pocket|allowance|exams?|results"
        r"|valentine|graduation|easter|eid|diwali|red\s+envelopes?|lucky)\b)[^.!?\n]{0,80}?"
        r"\b(?:envelopes?|letters?|notes?)\b[^.!?\n]{0,40}?\b(?:with|for|addressed\s+to)\s+"
        r"(?:each\s+of\s+)?(?:my|their|his|her|each|every|the)\s+(?:[\w']+\s+){0,2}?names?"
        r"(?:\s+on(?:\s+(?:them|it|the\s+front))?|\s+written\s+on\s+(?:them|it))?\b"
        r"[^.!?\n]{0,60}?\b(?:sealed|tucked|hidden|hid|stashed|left|put)\b[^.!?\n]{0,60}?"
        r"\bfor\s+(?:when|after|afterwards|later|one\s+day)\b",
        gate=r"names?",
        inherent=True,
    ),
    # --- things handed on for keeps, more than one, or a pet ---
    rule(
        "fw_en_given_for_keeps",
        _GA,
        _CON,
        # "signed the truck over to my cousin and gave the dog to the neighbours for keeps", "I
        # give my chain and my phone to my brother, told him it's his for always": a pet or more
        # than one thing, handed on for good with no reason (not a litter of kittens, a bike
        # outgrown, a loan)
        # (the one handed them may be the subject: "Declan has my rods and the tackle box now")
        r"\b(?=(?:gave|given|giving|handed|left|rehomed|signed|give|dropped|drop|sorted|made|up"
        r"|took|drove|brought|carried|ran|has|got)\b)"
        r"(?=[^.!?\n]{0,160}?\b(?:dogs?|cats?|pupp(?:y|ies)|kittens?|horse|pony|rabbit|budgie"
        r"|parrot|bird|pets?|and\s+(?:my|the|all\s+my|his|her|both|the\s+whole|all\s+the|every"
        r"|all\s+of\s+my)\s+\w+|,\s*(?:my|the)\s+\w+)\b)"
        rf"(?:{GIVEN['en']}|\bgive\s+(?:my|the|all\s+my)\s+(?:[\w']+\s+){{1,6}}?to\b"
        r"|\b(?:has|got)\s+(?:all\s+)?my\b)"
        + no_handing_on_reason("en", 200)
        + r"[^.!?\n]{0,140}?\b(?:for\s+(?:keeps|always|ever|good)|to\s+keep\s+(?:forever|for\s+"
        r"(?:always|keeps|ever|good))|(?:it'?s|they'?re|it\s+is|they\s+are)\s+(?:his|hers|theirs"
        r"|yours)\s+(?:now\s+)?(?:forever|for\s+always|for\s+keeps|to\s+keep))\b"
        r"(?![^\n]{0,160}\b(?:litter|spare|extra|swap\w*|loan\w*|borrow\w*|lend\w*|birthday"
        r"|christmas|present|gift|wedding|rescue|foster\w*|new\s+baby|(?:he|she|they)(?:'s|'re|\s+is"
        r"|\s+are)\s+(?:into|starting|getting\s+into|learning|taking\s+up)|needs?\s+(?:it|them)"
        r"\s+more|(?:can|will|'ll)\s+(?:use|ride|play)|never\s+(?:use|used|ride|play)"
        r"|gathering\s+dust|taking\s+up\s+(?:space|room)|no\s+(?:room|space))\b)",
        gate=r"keeps|always|ever|good|to\s+keep",
        inherent=False,
    ),
    rule(
        "fw_en_list_given_no_need",
        _GA,
        _CON,
        # "my guitar, my books, my good coat, I have already given to friends, I do not need
        # them": the writer's own things listed first, given, and no need of them left (a
        # charity run or a move is a reason, and clears it)
        r"\b(?:my\s+[\w' ]{2,25}?,\s*){2,}(?:and\s+)?(?:my\s+[\w' ]{2,25}?,?\s*)?(?:i\s+"
        r"(?:have\s+|'ve\s+)?(?:already\s+|just\s+|now\s+|all\s+)?(?:given|gave|handed|passed"
        r"|give)|(?:are\s+|have\s+)?(?:all\s+)?(?:given|gone)\s+to)\b"
        + no_handing_on_reason("en", 200)
        + r"[^.!?\n]{0,80}?\bi\s+(?:do\s+not|don'?t|won'?t|will\s+not|no|not)\s+(?:need|use)\s+"
        r"(?:them|it|any\s+of\s+(?:it|them))(?:\s+(?:any\s*more|no\s+more|now))?" + END,
        gate=r"need|use",
        inherent=True,
    ),
    # --- a burden told by the peace others would have without the writer ---
    rule(
        "fw_en_peace_if_i_was_gone",
        _BU,
        _CON,
        # "she'd finally get some peace if I was gone", "they'd have a life without me", "he'd
        # be set without me": the good others would have with the writer gone (not a weekend
        # away, a trip, while I'm at work)
        r"\b(?:would|'d|could|might|will|'ll)\s+(?:all\s+|finally\s+|at\s+last\s+|actually\s+)?"
        r"(?:(?:get|have|find|know)\s+(?:some\s+|a\s+bit\s+of\s+|a\s+little\s+|real\s+)?(?:peace"
        r"|rest|quiet|calm|a\s+break|a\s+life|freedom)(?:\s+and\s+quiet)?"
        r"|be\s+(?:all\s+)?(?:set|sorted|provided\s+for|comfortable|secure|free))\s+"
        r"(?:without\s+me|once\s+i'?m\s+gone|when\s+i'?m\s+gone|if\s+i\s+(?:was|were)\s+(?:gone"
        r"|dead|not\s+here|not\s+around)|if\s+i\s+(?:wasn'?t|weren'?t)\s+(?:here|around|alive))\b"
        r"(?![^.!?\n]{0,60}\b(?:week|weekend|trip|holiday|night|away|camp|conference|course"
        r"|shift|work|month|day)\b)",
        gate=r"without\s+me|gone|dead|not\s+here|not\s+around|here|around|alive",
        inherent=True,
    ),
    rule(
        "fw_en_world_goes_on_unnoticing",
        _BU,
        _CON,
        # "the world keeps spinning without me, it wouldn't even notice", "life goes on without
        # me and nobody would notice": the writer's absence imagined and unnoticed (not a party
        # or a week off that went on without them)
        r"\b(?:the\s+world|life|everything|everyone|everybody)\s+(?:keeps?|goes|would\s+(?:keep"
        r"|go|carry)|will\s+(?:keep|go|carry)|carries|moves?)\s+(?:on\s+|spinning\s+|turning\s+"
        r"|going\s+)?(?:just\s+)?(?:fine\s+)?without\s+me\b[^.!?\n]{0,60}?\b(?:wouldn'?t"
        r"|won'?t|would\s+not|will\s+not|(?:nobody|no\s*one|no-one)\s+(?:would|will|'d|'ll))\s+"
        r"(?:even\s+)?(?:notice|miss\s+me|care)\b"
        r"(?![^\n]{0,120}\b(?:holiday|week|weekend|trip|sick\s+day|off\s+work|party|meeting"
        r"|match|game|shift|leave)\b)",
        gate=r"without\s+me",
        inherent=True,
    ),
    rule(
        "fw_en_policy_does_more_than_i",
        _BU,
        _CON,
        # "the life policy'd do more for Kaylee and the boys than I ever could", "the insurance
        # would look after them better than I can": worth more dead (not a pension compared)
        r"\b(?:life\s+(?:insurance|policy|cover)|insurance(?:\s+money|\s+payout)?|death\s+in"
        r"\s+service|payout)(?:\s+(?:from|on|of)\s+my\s+(?:life\s+)?(?:policy|insurance|cover))?"
        r"(?:'d|'ll|\s+would|\s+will|\s+could)?\s+(?:do\s+more|be\s+worth\s+more"
        r"|give\s+them\s+more|help\s+(?:them\s+)?more|look\s+after\s+(?:them|\w+)\s+better"
        r"|provide\s+(?:more|better))\b[^.!?\n]{0,50}?\bthan\s+i\s+(?:ever\s+)?(?:could|can|do"
        r"|will|did|have)\b"
        r"(?![^\n]{0,120}\bif\s+(?:something|anything)\s+(?:happen\w*|went\s+wrong)\b)",
        gate=r"than\s+i",
        inherent=True,
    ),
    # --- no place for the writer ahead ---
    rule(
        "fw_en_no_me_ahead",
        _NF,
        _CON,
        # "there's no me on the far side of it", "there is no me in the future", "ain't no
        # tomorrow worth waiting on, not for me" (not a team photo, a list, "like there's no
        # tomorrow")
        r"\bthere(?:'s|\s+is)\s+no\s+me\s+(?:in|on|at|after|beyond|past|by)\b[^.!?\n]{0,30}?\b"
        r"(?:future|far\s+side|other\s+side|next\s+\w+|years?|ahead|tomorrow|after\s+(?:this"
        r"|that|it)|then)\b"
        r"(?![^\n]{0,120}\b(?:team|photo|picture|list|credits|rota|band|line-?up|squad|cast)\b)"
        r"|\b(?:ain'?t|there'?s|there\s+is|is)\s+no\s+(?:tomorrow|future|next\s+year)\s+"
        r"(?:worth\s+\w+(?:\s+(?:on|for))?|left)[^.!?\n]{0,10}?[,;]?\s+(?:not\s+)?for\s+me\b",
        gate=r"no\s+me|no\s+tomorrow|no\s+future|no\s+next",
        inherent=True,
    ),
    rule(
        "fw_en_learner_no_see_future",
        _NF,
        _CON,
        # "me no see myself in future", "I not see me in the future" (the article and the
        # auxiliary dropped)
        r"\b(?:i|me|mi)\s+(?:no|not|nuh|never)\s+(?:see|imagine|picture)\s+(?:myself|me|mi)\s+in"
        r"\s+(?:the\s+|any\s+|a\s+|my\s+)?future\b",
        gate=r"future",
        inherent=True,
    ),
    # --- pain borne: not another year of it ---
    rule(
        "fw_en_not_another_year_of_it",
        _TP,
        _CON,
        # "I can't bear another year of it", "can't face another winter of this": the state
        # itself, the clause closing on "it" or "this" (not a job, a commute, the rain named),
        # or the hurting named as the state ("another year of hurting like this", "of this pain")
        r"\bi\s+(?:just\s+|honestly\s+|really\s+)?(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:bear"
        r"|face|take|do|survive|stand|endure|handle)\s+(?:another|one\s+more)\s+(?:year|month"
        r"|winter|week|day|night|minute|hour)\s+of\s+(?:it|this|(?:hurting|aching|suffering"
        r"|feeling)\s+like\s+this|this\s+(?:pain|hurt|agony|misery|torment))"
        # (… and its never ending said after it: "… of it and it never lets up")
        r"(?:\s+and\s+it\s+never\s+(?:lets\s+up|stops|ends|eases))?"
        + END
        + r"(?![^\n]{0,160}\b(?:job|work|boss|commute|traffic|rain|weather|cold|heat|landlord|flat"
        r"|course|degree|school|exams?|diet|neighbou?rs?|noise|building\s+site|roadworks|shifts?"
        r"|overtime|team|manager|class|teacher|in-?laws|renovation|builders)\b)",
        gate=r"another|one\s+more",
        inherent=True,
    ),
    # --- self-harm told as the skin opened again ---
    rule(
        "fw_en_opened_up_again",
        _SH,
        _CON,
        # "opened up my arm again last night", "opened my wrist up again with the sharpener" (not
        # a surgeon, an operation, a fall on a nail)
        r"\bopened\s+(?:up\s+)?my\s+(?:\w+\s+)?(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?"
        r"|forearms?)(?:\s+up)?\s+(?:again|on\s+purpose|with\s+(?:a|the|my)\s+(?:blade|razor"
        r"|knife|glass|sharpener|compass))\b"
        r"(?![^\n]{0,160}\b(?:surgeon|surgery|doctors?|operation|op|keyhole|stitches\s+from|fell"
        r"|fall|nail|fence|wire|bike|glass\s+door|accident)\b)",
        gate=r"opened",
        inherent=True,
    ),
)
