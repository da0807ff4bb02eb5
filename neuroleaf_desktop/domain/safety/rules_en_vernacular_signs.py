"""English warning signs, plans and means told in everyday words the other modules missed.

The companion of ``rules_en_vernacular`` (the wish itself in dialect, slang and poetry):

* a future cancelled in practical words: "no point renewing the lease, I won't be needing
  it", "there won't be anything past Friday for me", "next year? under the ground", "there's
  no version of next year that has me in it", "won't need money where I'm going";
* a burden counted in insurance money or in the second person ("the insurance is worth more
  than I am", "you start thinking they'd be happier without you", "more peaceful if I am no
  more" in Indian English);
* goodbyes left for later ("a video for my daughter in case I'm not around", "wrote to mum one
  last time");
* means gathered in secret ("a box at a time so nobody at the chemist notices", "kept back all
  my tablets instead of taking them", a hosepipe "for the exhaust", the gun in the ute looked
  at "like it's a way out");
* plans told in the past tense but still current ("I was going to do it on Sunday. I still
  am", "that's still the plan", "haven't changed my mind about ending it"), the dose "that
  would kill me", a plan "all planned out" down to the note, stepping in front of a train,
  walking into the bush "and not coming back";
* past attempts in plain words ("survived an attempt at 19", "last time I tried it was with
  pills", a stomach pumped).

Each rule carries the detail that makes it a sign and leaves its look-alike out (a stomach
pumped after vodka, "so nobody at work knows I'm on antidepressants", "rang the bank one last
time", "a way out of the dungeon"). Every rule has a ``gate``. What is arranged and left
behind (belongings handed on, notes and letters, a countdown, a funeral planned, means hidden)
is in ``rules_en_vernacular_left_behind``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule
from neuroleaf_desktop.domain.safety.rules_en_vernacular_left_behind import (
    LEFT_BEHIND_RULES,
    LOVED_ONE,
)
from neuroleaf_desktop.domain.safety.rules_en_words import ANY_MEDS, GUN

_SI, _PM = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD
_NF, _BU, _GB, _GM = Category.NO_FUTURE, Category.BURDEN, Category.GOODBYES, Category.GETTING_MEANS
_URG, _CON = Severity.URGENT, Severity.CONCERN

# Days and times a plan is set for.
_WHEN = (
    r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow"
    r"|this\s+(?:weekend|week|month)|next\s+(?:week|weekend|month)|on\s+my\s+birthday"
    r"|the\s+\d+(?:st|nd|rd|th)?)"
)
# Who might notice a stockpile.
_WATCHER = (
    r"(?:nobody|no\s*one|no-one|they|she|he|anyone|the\s+(?:chemist|pharmacist|pharmacy|doctor"
    r"|gp|shop|staff|till|girl|guy|lady|man|woman)|(?:my|me)\s+\w+)"
)
_NOTICES = (
    r"(?:notices?|noticed|knows?|knew|asks?|asked|suspects?|realises?|realizes?|clocks?|twigs?"
    r"|questions?|cottons?\s+on|gets?\s+suspicious|catches\s+on|(?:won'?t|doesn'?t|don'?t"
    r"|can'?t|wouldn'?t)\s+(?:notice|know|ask|suspect|clock|twig|see))"
)
_UNNOTICED = (
    rf"(?:so\s+(?:that\s+)?{_WATCHER}\s+(?:\w+\s+){{0,3}}?{_NOTICES}|without\s+(?:anyone|anybody"
    r"|them|the\s+\w+)\s+(?:noticing|knowing|asking))"
)
_BIT_BY_BIT = (
    r"(?:(?:a|one)\s+(?:box|packet|pack|bottle|strip)\s+at\s+a\s+time|bit\s+by\s+bit"
    r"|a\s+few\s+at\s+a\s+time)"
)
# Drink and parties: a stomach pumped after a night out is not an attempt.
_DRINK = r"(?:vodka|drink\w*|drunk|alcohol|booze|shots|party|night\s+out|food\s+poisoning|uni\b)"

SIGN_VERNACULAR_RULES: tuple[Rule, ...] = (
    rule(
        "vx_no_point_renewing",
        _NF,
        _CON,
        # "no point renewing the lease, I won't be needing it", "no point booking the dentist,
        # I won't be here": the reason is the person's absence, not "no point, I never go"
        r"\bno\s+point\s+(?:in\s+)?(?:renew|book|buy|pay|plan|sav|fix|get|start|sign)\w*\b"
        r"[^.!?\n]{0,50}?\bi\s+(?:won'?t|will\s+not|wont|ain'?t\s+gonna)\s+be\s+(?:needing|using"
        r"|here|around)\b",
        gate=r"no\s+point",
        inherent=True,
    ),
    rule(
        "vx_nothing_past_friday",
        _NF,
        _CON,
        # "there won't be anything past Friday for me", "there won't be a next year for me"
        r"\bthere\s+(?:won'?t|wont|will\s+not|isn'?t\s+going\s+to|ain'?t\s+gonna)\s+be\s+(?:a|an"
        r"|any|anything|no)\b(?:\s+\w+){0,2}?\s+(?:after|past|beyond|next)\s+\w+(?:\s+\w+)?\s+for"
        r"\s+me\b",
        gate=r"for\s+me",
        inherent=True,
    ),
    rule(
        "vx_under_the_ground",
        _NF,
        _CON,
        # where the person will be: "I'll be under the ground by then", "next year? in a box"
        # (not "I'll be under the ground all day" down a mine, "in a box seat")
        r"\bi'?ll\s+be\s+(?:\w+\s+){0,2}?(?:under\s+the\s+ground|in\s+the\s+ground|six\s+feet\s+under"
        r"|in\s+a\s+box|in\s+(?:the|my)\s+grave|dead\s+and\s+buried)"
        r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:by|before|soon|then|anyway|probably|this\s+time|next|and)\b))"
        r"|\bwhere\s+i'?ll\s+be\s+(?:next\s+\w+|in\s+(?:a|\w+)\s+(?:year|years|months))\b"
        r"[^\n]{0,40}?\b(?:under\s+the\s+ground|in\s+the\s+ground|six\s+feet\s+under|in\s+a\s+box"
        r"|in\s+(?:the|my)\s+grave|dead|gone)" + END,
        gate=r"ground|under|box|grave|buried",
        inherent=True,
    ),
    rule(
        "vx_insurance_better_off",
        _BU,
        _CON,
        # "the kids would be better off with the insurance money than with a useless dad like
        # me": life insurance counted against the writer
        # ("would do better with that cheque than with me": the payout named a sentence before)
        r"\b(?:better\s+off|do\s+better|fare\s+better|be\s+better)\s+with\s+(?:the|my|that|this)\s+"
        r"(?:life\s+)?(?:insurance|payout|pay-out|inheritance|death\s+benefit|pension|cheque|check"
        r"|lump\s+sum|cover)(?:\s+money)?\s+than\s+(?:with\s+)?(?:[\w']+\s+){0,5}?me\b"
        # (not the writer in a role: "than with me as a sponsor")
        r"(?!\s+(?:as|at|in|on)\b)",
        gate=r"better",
        inherent=True,
    ),
    rule(
        "vx_one_last_time",
        _GB,
        _CON,
        # "wrote to mum one last time", "rang my brother one last time": a last message to
        # someone loved (not "rang the bank one last time")
        r"\b(?:wrote|write|writing|written|rang|ring|called|call|phoned|texted|messaged)\s+"
        rf"(?:to\s+)?{LOVED_ONE}\s+(?:\w+\s+){{0,4}}?one\s+last\s+time\b",
        gate=r"last\s+time",
        inherent=False,
    ),
    rule(
        "vx_stockpile_unnoticed",
        _GM,
        _URG,
        # gathered so nobody notices: "stocking up on paracetamol a box at a time so nobody at
        # the chemist notices", "buying tablets bit by bit without anyone noticing"; privacy
        # alone ("got my antidepressants so nobody at work knows", "collected my meds so mum
        # doesn't have to ask") is an errand, not gathering
        rf"\b(?:stock\w*\s+up\s+on|stockpil\w+|hoard\w*|stash\w*|squirrel\w*)\s+(?:\w+\s+){{0,2}}?"
        rf"{ANY_MEDS}\b[^.!?\n]{{0,40}}?\b{_UNNOTICED}"
        rf"|\b{ANY_MEDS}\b[^.!?\n]{{0,30}}?\b{_BIT_BY_BIT}\b[^.!?\n]{{0,20}}?\b{_UNNOTICED}",
        gate=r"notic|know|ask|suspect|clock|twig|suspicious|catch",
        inherent=False,
    ),
    rule(
        "vx_kept_back_tablets",
        _GM,
        _URG,
        # "kept back all my tablets from the last month instead of taking them", "putting
        # aside my pills": not the ones kept aside for a trip
        r"\b(?:kept|keep(?:ing)?|held|hold(?:ing)?|put(?:ting)?|set(?:ting)?)\s+(?:back|aside|by)\s+"
        rf"(?:all\s+|some\s+|most\s+|half\s+)?(?:of\s+)?(?:my\s+|the\s+|these\s+|those\s+)?{ANY_MEDS}"
        r"\b(?![^.!?\n]{0,30}\bfor\s+(?:the|a|my)\s+(?:trip|holiday|flight|weekend|travel))"
        rf"|\b{ANY_MEDS}\b[^.!?\n]{{0,40}}?\binstead\s+of\s+(?:taking|swallowing)\s+them\b",
        gate=r"back|aside|by|instead",
        inherent=False,
    ),
    rule(
        "vx_planned_down_to_the_note",
        _PM,
        _URG,
        # "had it all planned out for tuesday: the bridge, the note, the time when no one's
        # home" - a plan with a note in it, or timed for an empty house
        r"\b(?:had|have|got|'ve\s+got)\s+it\s+all\s+(?:planned|worked|mapped|figured|sorted)"
        r"(?:\s+out)?\b[^\n]{0,60}?\b(?:the\s+note|a\s+note|my\s+note|the\s+letters?|when\s+(?:no\s*one"
        r"|no-one|nobody)(?:'s|\s+is|\s+will\s+be)\s+(?:home|around|in))\b",
        gate=r"all\s+(?:planned|worked|mapped|figured|sorted)",
        inherent=False,
    ),
    rule(
        "vx_still_going_to",
        _PM,
        _URG,
        # a plan told in the past tense but still on: "I was going to do it on Sunday. I still
        # am.", "was gonna do it tonight and I still might"
        rf"\bi\s+was\s+(?:going\s+to|gonna|planning\s+(?:to|on))\s+do(?:ing)?\s+it\s+{_WHEN}\b"
        r"[^\n]{0,12}?\b(?:and\s+)?i\s+still\s+(?:am|will|might|plan\s+to|want\s+to|could|intend"
        r"\s+to|might\s+do)\b",
        gate=r"still",
        inherent=True,
    ),
    rule(
        "vx_dose_that_would_kill_me",
        _PM,
        _URG,
        # "worked out the dose that would kill me", "how many tablets would kill me"
        # ("these pills will kill me, the side effects" is a complaint, not a dose)
        rf"\b(?:dose|doses|overdose|how\s+(?:many|much)\s+(?:of\s+)?(?:\w+\s+)?{ANY_MEDS}"
        rf"|amount\s+of\s+{ANY_MEDS})\s+(?:that\s+|which\s+)?(?:would|will|could|should|it'?d)\s+"
        r"(?:\w+\s+)?(?:kill|finish)\s+me\b(?!\s+(?:off\s+)?(?:lol|haha|before|first|with\s+"
        r"(?:boredom|laughter)))",
        gate=r"kill|finish",
        inherent=True,
    ),
    rule(
        "vx_stomach_pumped",
        _SI,
        _CON,
        # "ended up in A&E having my stomach pumped" - not after a night out drinking
        r"\b(?:having|getting|had|got|have|needed|need)\s+(?:to\s+have\s+)?my\s+stomach\s+pumped\b"
        rf"(?![^.!?\n]{{0,40}}\b{_DRINK})",
        gate=r"stomach",
        inherent=True,
        past=True,
    ),
)


# The same signs in the second person, in Indian English, on a farm, in a to-do list.
MORE_SIGN_RULES: tuple[Rule, ...] = (
    rule(
        "vx_happier_without_you",
        _BU,
        _CON,
        # the second person for oneself: "you start thinking the people you love would be
        # happier without you around"
        r"\byou\s+(?:start\s+|begin\s+|just\s+|kind\s+of\s+)?(?:think|thinking|feel|feeling|believe"
        r"|believing|know|knowing|realis\w+|realiz\w+)\s+(?:that\s+)?(?:[\w']+\s+){0,6}?(?:would|'d)"
        r"\s+be\s+(?:so\s+much\s+|much\s+|a\s+lot\s+)?(?:better\s+off|happier|lighter|fine|relieved"
        r"|freer)\s+without\s+you\b",
        gate=r"without\s+you",
        inherent=True,
    ),
    rule(
        "vx_without_me_better_off",
        _BU,
        _CON,
        # "Without me my family would spend no time on my problems, so they would be better off"
        r"\bwithout\s+me\b[^.!?\n]{0,80}?\b(?:would|'d|will)\s+be\s+(?:so\s+much\s+|much\s+)?"
        r"(?:better\s+off|happier|freer|lighter|more\s+peaceful)\b",
        gate=r"without\s+me",
        inherent=True,
    ),
    rule(
        "vx_when_i_am_no_more",
        _BU,
        _CON,
        # Indian English "if I am no more" (if I were dead): "my family will be more peaceful
        # if I am no more"; a will's "after I am no more, the house goes to my son" is not it
        r"\b(?:better|happier|peaceful|peace|easier|free|relieved|lighter)\b[^.!?\n]{0,40}?"
        r"\b(?:if|when|once)\s+i\s+(?:am|'m|become)\s+no\s+more\b",
        gate=r"no\s+more",
        inherent=True,
    ),
    rule(
        "vx_insurance_worth_more",
        _BU,
        _CON,
        # "I reckon the insurance is worth more than I am"
        r"\b(?:insurance|payout|pay-out|policy)\s+(?:is|'s|would\s+be|will\s+be)\s+worth\s+more\s+than"
        r"\s+(?:i\s+am|i'?m|me)\b",
        gate=r"worth\s+more",
        inherent=True,
    ),
    rule(
        "vx_gun_a_way_out",
        _GM,
        _URG,
        # the gun in the ute "and lately I look at it like it's a way out"
        rf"\b{GUN}\b[^.!?\n]{{0,70}}?\b(?:like|as)\s+(?:it'?s\s+|it\s+(?:is|was|could\s+be)\s+)?"
        r"(?:a|an|my|the)\s+(?:way"
        r"\s+out|exit|answer|escape|option)\b",
        gate=r"way\s+out|exit|answer|escape|option",
        # looking at a gun as a way out is a sign whoever owns the gun ("dad's rifle")
        inherent=True,
    ),
    rule(
        "vx_hose_for_the_exhaust",
        _GM,
        _URG,
        # "bought a hosepipe and some tape for the exhaust"
        # (not "a hose for the garden and a part for the exhaust")
        r"\b(?:hose|hosepipe|hose\s+pipe|tubing|pipe)\b(?:\s+(?!for\b)(?:[\w']+|&)){0,5}?\s+(?:for|to"
        r"|onto|on|into|over)\s+(?:fit\s+|attach\s+|connect\s+)?(?:(?:to|onto)\s+)?(?:the|my)\s+"
        r"(?:car'?s?\s+)?exhaust\b",
        gate=r"exhaust",
        inherent=False,
    ),
    rule(
        "vx_step_in_front",
        _PM,
        _URG,
        # "thinking about stepping onto the tracks / in front of the train / into the traffic"
        r"\b(?:think\w*|imagin\w*|pictur\w*|wonder\w*)\s+(?:about\s+|of\s+)?(?:just\s+)?(?:step|walk"
        r"|jump|throw)\w*\s+(?:myself\s+)?(?:out\s+)?(?:onto\s+(?:them|it|the\s+(?:tracks|line|rails|road))|in"
        r"\s+front\s+of\s+(?:it|one|a|the)\b|into\s+(?:the\s+)?(?:traffic|road|river|sea)|off\s+(?:it"
        r"|the\s+(?:bridge|ledge|roof|cliff|edge|platform)))",
        gate=r"onto|in\s+front|into|off\s+",
        inherent=False,
    ),
    rule(
        "vx_not_come_back",
        _PM,
        _URG,
        # "think I'll go bush and not come back", "walk into the sea and never come back"
        r"\b(?:go(?:ing)?\s+bush|head(?:ing)?\s+bush|walk(?:ing)?\s+(?:into|off\s+into)\s+(?:the\s+)?"
        r"(?:sea|water|bush|woods|hills|forest|snow)|swim(?:ming)?\s+out|go(?:ing)?\s+into\s+the\s+"
        r"(?:woods|bush|sea|water|hills|forest)"
        # … or out onto an edge over the water: "walk out on the rocks at Elmina and not come
        # back", "drive out to the river bridge and that'll be the end"
        r"|(?:walk|drive|go|head)(?:ing)?\s+out\s+(?:on|onto|along|to)\s+(?:the\s+)?(?:\w+\s+)?"
        r"(?:rocks|pier|jetty|breakwater|ice|cliffs?|bridge|reef|point|headland))\s+(?:\w+\s+){0,3}?"
        # (not a return only put off: "not come back till dark")
        r"(?:(?:and|&)\s+(?:not|never)\s+(?:come|coming)\s+back\b(?!\s+(?:till|until|before|for"
        r"|tonight|today|in\s+time)\b)"
        r"|and\s+that'?(?:ll|\s+will)\s+be\s+(?:the\s+end|it)(?=\s*(?:$|[.!?,;:\n])))",
        gate=r"come\s+back|coming\s+back|the\s+end|be\s+it",
        inherent=False,
    ),
    rule(
        "vx_still_the_plan",
        _PM,
        _URG,
        # a method told in the past tense, still on: "I was going to take the pills on Friday,
        # that's still the plan"; "I haven't changed my mind about ending it"
        r"\bi\s+was\s+(?:going\s+to|gonna|planning\s+(?:to|on))\s+(?:take\s+(?:the|all\s+(?:the|my)"
        rf"|my)\s+{ANY_MEDS}|jump|hang\s+myself|overdose|end\s+it|do\s+it)\b[^\n]{{0,40}}?\b(?:that'?s"
        r"|it'?s|that\s+is|it\s+is)\s+still\s+the\s+plan\b"
        r"|\bhaven'?t\s+changed\s+my\s+mind\s+about\s+(?:ending\s+(?:it|my\s+life|things)|killing"
        r"\s+myself|dying|doing\s+it|going\s+through\s+with\s+it)\b",
        gate=r"still\s+the\s+plan|changed\s+my\s+mind",
        inherent=True,
    ),
    rule(
        "vx_attempt_survived",
        _SI,
        _CON,
        # past attempts in plain words: "survived an attempt at 19", "last time I tried it was
        # with pills"
        r"\bsurvived\s+(?:an|my|a|one|two|three|\d+)\s+(?:suicide\s+)?attempts?\b"
        r"|\b(?:last|first)\s+time\s+i\s+tried(?:\s+it)?(?:\s+it)?\s+(?:was\s+)?(?:with\s+(?:pills|"
        r"tablets|a\s+rope|a\s+belt|a\s+knife)|i\s+(?:took|swallowed|used|jumped|ended\s+up"
        r"\s+in\s+(?:hospital|a&e|the\s+er|icu)))",
        gate=r"attempt|time\s+i\s+tried",
        inherent=False,
        past=True,
    ),
    rule(
        "vx_where_im_going",
        _NF,
        _CON,
        # "won't need money where I'm going" (not "won't need a coat where I'm going, Bali")
        r"\bwon'?t\s+(?:need|be\s+needing)\s+(?!(?:a|my|any)\s+(?:coat|jumper|jacket|umbrella|scarf"
        r"|gloves|boots|brolly)\b)(?:\w+\s+){1,3}?where\s+i'?m\s+(?:going|headed|heading)" + END,
        gate=r"where\s+i",
        inherent=True,
    ),
    rule(
        "vx_in_case_im_not_around",
        _GB,
        _CON,
        # "recorded a video for my daughter to watch when she's older, in case I'm not around"
        r"\b(?:video|videos|letter|letters|message|messages|note|notes|recording|voice\s+note)\b"
        r"[^.!?\n]{0,70}?\bin\s+case\s+i'?m\s+not\s+(?:around|here)" + END,
        gate=r"in\s+case",
        inherent=True,
    ),
    rule(
        "vx_no_version_with_me",
        _NF,
        _CON,
        # "there's no version of next year that has me in it"
        r"\bno\s+(?:version\s+of\s+)?(?:next\s+\w+|the\s+future|future|tomorrow|a\s+future"
        r"|the\s+world)"
        r"\s+(?:(?:that|which|with)\s+(?:has|have|includes?|needs?)\s+me\s+(?:in\s+it)?"
        # "… with me in it", "… where I'm still around"
        r"|with\s+me\s+in\s+it|where\s+i'?m\s+(?:still\s+)?(?:in\s+it|around|here|alive)\b)",
        gate=r"has\s+me|have\s+me|includes?\s+me|needs?\s+me|me\s+in\s+it|where\s+i",
        inherent=True,
    ),
)

RULES: tuple[Rule, ...] = SIGN_VERNACULAR_RULES + MORE_SIGN_RULES + LEFT_BEHIND_RULES
