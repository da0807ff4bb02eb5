"""English warning-sign rules for voices the other rule modules were not written in.

The companion of ``rules_en_voices`` (explicit statements and self-harm) for the warning
signs: feeling trapped in formal or old-fashioned prose ("more than I can bear any longer",
"no means of escape"), a burden in a parent's words ("better off with a mum who wasn't me"),
goodbyes written as a last will ("regard this entry as my final statement", "arrangements for
my cat in the event of my death"), a note that says where the passwords are and that the
writer is sorry, giving a keepsake away "now rather than in the will".
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule

_NF, _TP, _BU = Category.NO_FUTURE, Category.TRAPPED_PAIN, Category.BURDEN
_GB, _GA = Category.GOODBYES, Category.GIVING_AWAY
_CON = Severity.CONCERN

# Suffering that is not the body's: what makes "more than I can bear" a sign.
_SUFFERING = (
    r"(?:pain|loneliness|grief|sadness|misery|suffering|hurt|emptiness|despair|anguish|torment"
    r"|life|living|existence|it\s+all|everything|the\s+weight|this\s+feeling)"
)
_CLAUSE_END = r"(?=\s*(?:$|[.!?,;:)\"\n]))"
# A clause end that lets a texting tag follow: "... is not having one lol".
_TAGGED_END = (
    r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:lol|lmao|haha\w*|tbh|ngl|honestly|tho|though|anyway)\b))"
)
# "I'm sorry" as a farewell, not "sorry for the long post" or "sorry about the mess".
_SORRY = (
    r"(?:i'?m\s+(?:so\s+)?sorry(?=\s*(?:$|[.!?,;:)\"\n]|\s+for\s+everything))"
    r"|sorry\s+for\s+everything)"
)

VOICE_SIGN_RULES: tuple[Rule, ...] = (
    # --- trapped, in unbearable pain ---
    rule(
        "v_more_than_i_can_bear",
        _TP,
        _CON,
        rf"\b{_SUFFERING}\b[^.!?\n]{{0,60}}?\b(?:more\s+than\s+(?:i|anyone|a\s+person)\s+can\s+(?:bear"
        r"|take|stand|endure)|beyond\s+(?:bearing|endurance|what\s+i\s+can\s+(?:bear|take|stand)))\b"
        r"|\bmore\s+than\s+i\s+can\s+(?:bear|take|stand|endure)\s+(?:any\s+longer|any\s*more)\b",
        gate=r"can\s+(?:bear|take|stand|endure)|beyond",
        inherent=False,
    ),
    rule(
        "v_no_means_of_escape",
        _TP,
        _CON,
        # "I can perceive no means of escape", "no hope of relief", "there's no door"
        r"\bno\s+(?:possible\s+)?(?:means|hope|possibility|prospect|chance)\s+of\s+(?:escape|escaping"
        r"|relief|release|it\s+(?:ever\s+)?ending)\b"
        r"|\bthere'?s\s+no\s+(?:door|doors|exit|exits)"
        + _CLAUSE_END
        # falling with nothing to stop it: "I'm falling apart and there's no bottom"
        + r"|\b(?:there'?s|there\s+is)\s+no\s+bottom(?:\s+to\s+(?:it|this))?"
        + _CLAUSE_END,
        gate=r"\bno\s+(?:possible|means|hope|possibility|prospect|chance|doors?|exits?|bottom)",
        inherent=False,
    ),
    rule(
        "v_buried_alive",
        _TP,
        _CON,
        # "like being buried alive inside my own head", not "buried alive in paperwork"
        r"\b(?:buried|entombed)\s+alive\b(?!\s+(?:in|under|by|with)\s+(?:paperwork|work|e-?mails?|snow"
        r"|laundry|homework|admin|marking|bills|books|leaves|sand|the\s+sand|blankets|cats|kids))"
        r"|\b(?:drowning|suffocating|screaming|rotting|imprisoned|caged)\s+(?:inside|in)\s+my\s+own"
        r"\s+(?:head|mind|body|skin|skull)\b",
        gate=r"alive|inside|in\s+my\s+own",
        inherent=False,
    ),
    rule(
        "v_hole_never_out",
        _TP,
        _CON,
        # "the debt is a hole I'll never climb out of"
        r"\b(?:hole|pit|well|ditch|grave)\s+(?:that\s+)?i'?(?:ll|\s+will|\s+can'?t|\s+cannot|\s+could"
        r"\s+never)\s+(?:never\s+)?(?:climb|get|dig|crawl|pull)\s+(?:myself\s+)?out\s+of\b",
        gate=r"out\s+of",
        inherent=True,
    ),
    rule(
        "v_life_a_prison",
        _TP,
        _CON,
        # "every day is a prison", "my life is a cage", "the walls keep getting closer"
        r"\b(?:every\s+day|each\s+day|my\s+life|life|my\s+head|my\s+mind|my\s+body|existing|living)"
        r"\s+(?:is|feels|has\s+become|became)\s+(?:like\s+)?(?:a\s+)?(?:prison|cage|trap|cell|jail)\b"
        # (the walls coming in, in any verb of motion: "moving closer", "pressing in", "creeping")
        r"|\bwalls\s+(?:keep\s+|are\s+|always\s+)?(?:getting\s+closer|closing\s+in|(?:moving|coming"
        r"|creeping|inching|pressing|pushing|drawing|edging|crowding)\s+(?:in|closer|nearer))\b"
        r"(?![^.!?\n]{0,30}\bescape\s+room)",
        gate=r"prison|cage|trap|cell|jail|walls",
        inherent=False,
    ),
    # --- a burden ---
    rule(
        "v_better_with_someone_else",
        _BU,
        _CON,
        # "they'd be better off with a mum who wasn't me", "happier with someone who isn't me"
        r"\b(?:better(?:\s+off)?|happier|safer)\s+with\s+(?:(?:a|an|another|some)\s+(?:\w+\s+)?"
        r"(?:mum|mom|mother|dad|father|parent|wife|husband|partner|sister|brother|daughter|son"
        r"|friend|girlfriend|boyfriend|person|one)|someone|somebody)\b"
        r"[^.!?\n]{0,30}?\b(?:who|that)\s+(?:wasn'?t|isn'?t|is\s+not|was\s+not|weren'?t)\s+me\b",
        gate=r"\bme\b",
        inherent=True,
    ),
    rule(
        "v_if_i_was_gone",
        _BU,
        _CON,
        # "if I was gone my husband could finally have a normal life"
        r"\bif\s+i\s+(?:was|were|wasn'?t|weren'?t)\s+(?:gone|dead|here|around)\b"
        r"(?!\s+(?:for|to|on|at|until|till|from|this|next|tomorrow|tonight)\b)[^.!?\n]{0,40}?"
        r"\b(?:could|would|might|'d)\s+(?:finally\s+|at\s+last\s+)?(?:have|live|be|get|move\s+on"
        r"|relax|breathe)\b",
        gate=r"\bif\s+i",
        inherent=True,
    ),
    rule(
        "v_life_insurance",
        _BU,
        _CON,
        # "my wife would get the life insurance and be better off", "worth more dead"
        r"\b(?:get|gets|collect|collects|cash\s+in|claim|have)\s+(?:the|my)\s+life\s+insurance\b"
        r"[^.!?\n]{0,50}?\b(?:better\s+off|worth\s+more|more\s+use|pay\s+off\s+"
        r"(?:the|my|our)\s+(?:debts?|mortgage|loans?))\b"
        r"|\bworth\s+more\s+(?:to\s+(?:them|everyone|my\s+\w+)\s+)?dead\b",
        gate=r"insurance|worth\s+more",
        inherent=True,
    ),
    rule(
        "v_waste_of_a_life",
        _BU,
        _CON,
        r"\b(?:i'?m|i\s+am|i\s+feel\s+like)\s+(?:just\s+|such\s+|nothing\s+but\s+)?a\s+(?:complete\s+"
        r"|total\s+)?waste\s+of\s+(?:a\s+)?(?:life|space|oxygen|skin|air|breath)\b"
        # "my kids deserve a better father than me", "she deserves so much better than me"
        r"|\bdeserves?\s+(?:a\s+(?:much\s+)?better\s+(?:father|dad|mother|mum|mom|parent|wife|husband"
        r"|partner|friend|son|daughter|sister|brother)|(?:so\s+much\s+)?better)\s+than\s+me\b",
        gate=r"waste|than\s+me",
        inherent=True,
    ),
    rule(
        "v_the_reason",
        _BU,
        _CON,
        # "they keep paying for my mistakes and I hate being the reason", "I'm the broken piece
        # that ruins the whole family picture"
        r"\b(?:paying|suffering|pay|suffer|suffered|paid)\s+for\s+my\s+(?:mistakes|problems|mess"
        r"|existence|illness|issues)\b[^.!?\n]{0,40}?\bbeing\s+the\s+reason"
        + _CLAUSE_END
        + r"|\b(?:i'?m|i\s+am)\s+(?:the\s+|just\s+the\s+)?(?:\w+\s+){0,2}?"
        r"(?:piece|one|thing|part|person)\s+(?:that|who)\s+(?:ruins|spoils|breaks|drags\s+down|wrecks)\s+(?:the\s+|this\s+|my\s+)?"
        r"(?:whole\s+)?(?:family|everything|everyone|home)\b",
        gate=r"reason|ruin|spoil|break|drag|wreck",
        inherent=True,
    ),
    rule(
        "v_take_up_space",
        _BU,
        _CON,
        # "all I do is take up space and cost people money", "I just waste oxygen"
        r"\b(?:all\s+i\s+(?:do|am\s+good\s+for)\s+is|i\s+(?:just|only)|i'?m\s+just|i\s+am\s+just)\s+"
        r"(?:tak(?:e|ing)\s+up\s+(?:space|room|air)|wast(?:e|ing)\s+(?:space|oxygen|air|everyone'?s"
        r"\s+(?:time|money)|their\s+money)|cost(?:ing)?\s+(?:people|everyone|them|my\s+\w+)\s+money"
        r"|us(?:e|ing)\s+up\s+(?:oxygen|air))\b"
        # "take up space on the sofa": a place, not a life
        r"(?!\s+(?:on|in|at)\b)",
        gate=r"space|room|air|oxygen|money|time",
        inherent=True,
    ),
    # --- goodbyes written as last words ---
    rule(
        "v_final_statement",
        _GB,
        _CON,
        r"\b(?:this\s+is|regard\s+this(?:\s+\w+)?\s+as|consider\s+this(?:\s+\w+)?(?:\s+as)?"
        r"|take\s+this(?:\s+\w+)?\s+as|these\s+are)\s+my\s+(?:very\s+)?(?:final|last)\s+(?:words"
        r"|statement|message|letter|note|goodbye|testament)\b(?!\s+(?:on|about|before|of|for|in|to)\b)",
        gate=r"final|last",
        inherent=True,
    ),
    rule(
        "v_after_my_death",
        _GB,
        _CON,
        # Arrangements for when the writer is dead, and a death the writer expects soon.
        r"\b(?:arrangements?|provisions?|plans?)\s+for\b[^.!?\n]{0,60}?\b(?:in\s+the\s+event\s+of\s+my"
        r"\s+death|after\s+my\s+death|(?:when|after|once)\s+i'?m\s+gone)\b"
        r"|\bmy\s+death\s*,?\s+which\s+i\s+(?:expect|anticipate|foresee)\b"
        r"|\b(?:expect|anticipate)\s+my\s+death\s+(?:soon|shortly|any\s+day)\b",
        gate=r"my\s+death|i'?m\s+gone",
        inherent=True,
    ),
    rule(
        "v_note_with_passwords",
        _GB,
        _CON,
        # A note that hands over the passwords or says sorry: "wrote a note to my brother
        # explaining where the passwords are and that I'm sorry".
        r"\b(?:wr(?:ote|ite|iting|itten)|left|leav(?:e|ing))\s+(?:a\s+|the\s+)?(?:note|letter|message)s?"
        r"\s+(?:to|for)\b[^.!?\n]{0,60}?\b(?:passwords?|pin\s+numbers?|bank\s+details|account\s+details"
        r"|life\s+insurance|"
        + _SORRY
        + r"|i\s+lov(?:e|ed)\s+(?:them|him|her|you)(?:\s+all)?"
        + _CLAUSE_END
        + r")",
        gate=r"note|letter|message",
        inherent=False,
    ),
    rule(
        "v_if_you_are_reading_this",
        _GB,
        _CON,
        r"\bif\s+(?:you'?re|you\s+are|anyone'?s|anyone\s+is|someone\s+is)\s+reading\s+this\b"
        r"[^.!?\n]{0,90}?(?:" + _SORRY + r"|\bgoodbye\b|\bi\s+loved\s+you\b|\bi'?m\s+(?:gone|dead"
        r"|not\s+here)\b|\bit'?s\s+too\s+late\b|\bdon'?t\s+blame\s+your\s*sel(?:f|ves)\b"
        # the reader absolved, or left the writer's animals to care for
        r"|\b(?:it'?s|it\s+is|it\s+was)\s+not\s+your\s+fault(?=\s*(?:$|[.!?,;\n]))"
        r"|\blook\s+after\s+(?:the|my)\s+(?:cat|dog|cats|dogs|kids|boys|girls|garden)\b)"
        r"|\bi\s+loved\s+you\s+all" + _CLAUSE_END,
        gate=r"reading\s+this|loved\s+you",
        inherent=True,
    ),
    rule(
        "v_bye_forever",
        _GB,
        _CON,
        r"\b(?:bye|goodbye|farewell)s?\s+(?:forever|for\s+good|for\s+ever)\b"
        # "goodbye forever to dial-up / the old car": a thing, not a person
        r"(?!\s+to\s+(?:the|my\s+old|that|this|those|these|dial\w*)\b)",
        gate=r"bye|farewell",
        inherent=False,
    ),
    # --- giving a keepsake away before the will would ---
    rule(
        "v_rather_than_the_will",
        _GA,
        _CON,
        r"\b(?:giv\w*|gave|hand(?:ed|ing|s)?|pass\w*\s+on|left)\b[^.!?\n]{0,60}?\b(?:now\s+)?"
        r"(?:rather\s+than|instead\s+of)\s+(?:\w+\s+){0,4}?(?:the|my)\s+will\b",
        gate=r"\bwill\b",
        inherent=False,
    ),
    rule(
        "v_if_anything_happens_it_will",
        _GB,
        _CON,
        # "she can have the dog if anything happens, and I'm making sure it does"
        r"\bif\s+(?:anything|something)\s+(?:happens|happened)\b[^.!?\n]{0,60}?\b(?:i'?m|i\s+am|i'?ll"
        r"|i\s+will)\s+(?:going\s+to\s+)?mak(?:e|ing)\s+sure\s+it\s+(?:does|will)\b",
        gate=r"make|making",
        inherent=True,
    ),
    rule(
        "v_letters_to_each",
        _GB,
        _CON,
        # "writing letters to each of my kids, sealed them up"; "this will be my last diary entry"
        r"\b(?:letters?|notes?)\s+(?:to|for)\s+(?:each|every|all)\s+(?:one\s+)?of\s+(?:my|them|the)"
        r"\b[^.!?\n]{0,40}?\b(?:sealed|hid|hidden|in\s+the\s+(?:bureau|drawer|desk|safe|envelope)"
        r"|to\s+(?:open|read)\s+(?:later|after))\b"
        r"|\b(?:this\s+(?:will\s+be|is)|it'?ll\s+be)\s+my\s+(?:very\s+)?(?:last|final)\s+(?:diary\s+|"
        r"journal\s+)?(?:entry|post|page)\b(?!\s+(?:of|for|in|before)\b)",
        gate=r"each|every|all\s|last|final",
        inherent=False,
    ),
    # --- giving away ---
    rule(
        "v_savings_to_someone",
        _GA,
        _CON,
        # "emptied my savings into my brother's account, he's going to need it more than me"
        r"\b(?:emptied\s+(?:all\s+(?:of\s+)?)?my\s+(?:savings|money|bank\s+account)|(?:transferred|moved"
        r"|sent|gave)\s+(?:all\s+(?:of\s+)?my\s+(?:savings|money)|my\s+(?:life\s+)?savings))\s+"
        r"(?:into|to)\s+(?:my\s+)?(?:\w+\s+){0,2}?(?:brother|sister|mum|mom|dad|son|daughter|friend"
        r"|nephew|niece|cousin|kids?|children|partner|wife|husband)'?s?\b"
        # a gift with its purpose ("for his university fees") is a gift
        r"(?![^.!?\n]{0,30}\bfor\s+(?:his|her|their|the)\b)"
        r"|\b(?:going\s+to|gonna|will|'ll)\s+need\s+(?:it|them|this)\s+more\s+than\s+(?:me|i\s+will)\b",
        gate=r"savings|money|bank|need",
        inherent=False,
    ),
    # --- no future ---
    rule(
        "v_no_plan_for_the_future",
        _NF,
        _CON,
        r"\b(?:my\s+)?(?:only\s+)?plans?\s+for\s+the\s+future\s+(?:is|are)\s+(?:to\s+)?(?:not\s+hav(?:e"
        r"|ing)\s+(?:one|any|a\s+future)|not\s+(?:be|being)\s+(?:here|around|in\s+it|alive)|none"
        r"|nothing|not\s+to\s+(?:have\s+one|be\s+here))" + _TAGGED_END,
        gate=r"future",
        inherent=False,
    ),
    rule(
        "v_no_point_buying",
        _NF,
        _CON,
        # "what's the point in buying a winter coat, I won't need it"; "I don't plan on being here
        # for my 30th"; "nobody would come to my funeral anyway"
        r"\bwhat'?s\s+the\s+point\s+(?:in|of)\s+(?:buying|getting|planning|booking|making|starting"
        r"|saving|renewing)\b[^.!?\n]{0,40}?\bi\s+(?:won'?t|will\s+not)\s+(?:need|be\s+(?:here"
        r"|around|using))\b"
        r"|\b(?:don'?t|do\s+not)\s+plan\s+(?:on|to)\s+(?:still\s+)?be(?:ing)?\s+(?:here|around|alive)"
        r"\s+(?:for|by|at|when|in)\b"
        r"|\b(?:nobody|no\s*one|no-one)\s+(?:would|will|'d)\s+(?:even\s+)?(?:come|turn\s+up|show\s+up"
        r"|go|cry)\s+(?:to|at)\s+my\s+funeral\b",
        gate=r"point|plan|funeral",
        inherent=True,
    ),
    rule(
        "v_no_way_it_gets_better",
        _NF,
        _CON,
        # "I cannot see any way this gets better", "can't imagine being alive at 40"
        r"\b(?:can'?t|cannot|don'?t|do\s+not)\s+see\s+(?:any\s+way|how)\s+(?:this|it|things|my\s+life"
        r"|life)\s+(?:gets?|will\s+(?:ever\s+)?get|could\s+get|is\s+going\s+to\s+get|would\s+get)\s+"
        r"(?:any\s+)?better\b"
        r"|\b(?:can'?t|cannot|couldn'?t)\s+(?:imagine|picture|see)\s+(?:myself\s+)?(?:being\s+|still\s+"
        r"(?:being\s+)?)?(?:alive|around)\s+(?:at|by|in|when|past|for|to\s+see)\b"
        # "still being here at 40", not "still being here at work at 9pm"
        r"|\b(?:can'?t|cannot|couldn'?t)\s+(?:imagine|picture|see)\s+(?:myself\s+)?(?:being\s+|still\s+"
        r"(?:being\s+)?)?here\s+(?:at|by|in|past)\s+(?:\d|twenty|thirty|forty|fifty|sixty|seventy"
        r"|christmas|next|the\s+end|a\s+(?:year|few|month|decade))",
        gate=r"better|alive|around|here",
        inherent=False,
    ),
    rule(
        "v_expect_no_change",
        _NF,
        _CON,
        # "I don't expect that to change", "talk about their five year plan and I just go blank"
        r"\b(?:don'?t|do\s+not|never)\s+expect\s+(?:that|it|things|anything|this|any\s+of\s+it)\s+to"
        r"\s+(?:change|improve|get\s+(?:any\s+)?better)\b",
        gate=r"expect",
        inherent=False,
    ),
    rule(
        "v_go_blank",
        _NF,
        _CON,
        # the writer's own blank, whoever talks of the future
        # (from "talk about" on, so that someone else's talk does not claim the blank)
        r"(?:\b(?:talk\w*|ask\w*|mention\w*|bring\w*\s+up)\s+(?:about\s+)?(?:\w+\s+){0,2}?)?"
        r"\b(?:future|five[-\s]year\s+plans?|plans\s+for\s+(?:next\s+year|the\s+future)|when\s+i'?m"
        r"\s+older)\b[^.!?\n]{0,40}?\bi\s+(?:just\s+)?(?:go|went|draw|drew)\s+(?:a\s+)?blank\b",
        gate=r"blank",
        inherent=True,
    ),
)
