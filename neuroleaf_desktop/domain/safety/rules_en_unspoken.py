"""English warning signs told quietly: kept secret, hidden in a list, or said in passing.

Why: in a long entry the sign is often one clause among groceries and work ("bins. dentist.
figure out how to say goodbye without anyone realising. buy milk."), and it is often about
what nobody else knows: the spot already chosen, the rope lied about, the pills that "have
been on my mind all week", the forums about methods at 3 am. Others are said in passing: the
dog as "the only thing keeping me going", "all that is left is me" after the arrangements, a
ring promised "if anything happens", "nobody would have to worry about me ever again".

Each rule carries the detail that makes it a sign and leaves its look-alike out ("the spot by
the river for the picnic", "forums about sourdough methods", "the only thing keeping me going
this week is coffee", "my nan's funeral playlist", "cut too deep into the budget"). Every rule
has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule
from neuroleaf_desktop.domain.safety.rules_en_words import ANY_MEDS, GUN

_PM, _NF, _BU = Category.PLAN_OR_METHOD, Category.NO_FUTURE, Category.BURDEN
_GB, _GA, _GM, _SH = (
    Category.GOODBYES,
    Category.GIVING_AWAY,
    Category.GETTING_MEANS,
    Category.SELF_HARM,
)
_URG, _CON = Severity.URGENT, Severity.CONCERN

_NOBODY = r"(?:nobody|no\s*one|no-one|anyone|anybody|them|people|everyone)"

SECRET_RULES: tuple[Rule, ...] = (
    rule(
        "vx_goodbye_unnoticed",
        _GB,
        _CON,
        # "figure out how to say goodbye without anyone realising"
        rf"\bsay(?:ing)?\s+(?:my\s+)?goodbyes?\s+(?:\w+\s+)?without\s+{_NOBODY}\s+(?:realis\w*|realiz\w*"
        r"|knowing|noticing|suspecting|guessing|twigging|clocking)",
        gate=r"goodbye",
        inherent=True,
    ),
    rule(
        "vx_nobody_knows_the_spot",
        _PM,
        _URG,
        # "nobody knows I've already chosen the spot by the river"
        r"\b(?:nobody|no\s*one|no-one)\s+knows\s+(?:that\s+)?i'?(?:ve|\s+have)?\s+(?:already\s+)?"
        r"(?:chosen|picked|found|decided\s+on|scouted)\s+(?:the|a|my)\s+(?:spot|place|date|day|way"
        r"|method|bridge|time)\b",
        gate=r"knows",
        inherent=True,
    ),
    rule(
        "vx_lied_about_what_it_was_for",
        _GM,
        _URG,
        # "my partner found the rope in the boot and I lied about what it was for"
        rf"\b(?:rope|noose|cord|{ANY_MEDS}|blades?|razors?|{GUN}|hose|hosepipe|charcoal)\b[^.!?\n]"
        r"{0,60}?\b(?:i\s+)?lied\s+(?:to\s+\w+\s+)?about\s+(?:what\s+(?:it|they)\s+(?:was|were|is|are)\s+for"
        r"|why\s+i\s+(?:had|have|bought|got)\s+(?:it|them))",
        gate=r"lied",
        inherent=True,
    ),
    rule(
        "vx_pills_on_my_mind",
        _GM,
        _CON,
        # "the pills in the bathroom cabinet have been on my mind all week" (not "because I keep
        # forgetting to take them")
        rf"\b{ANY_MEDS}\b[^.!?\n]{{0,40}}?\b(?:ha(?:ve|s)\s+been|are|is|keep\s+(?:coming|being))\s+"
        r"(?:\w+\s+)?(?:on\s+my\s+mind|in\s+my\s+head)\b(?![^.!?\n]{0,30}\b(?:forget\w*|remember\w*"
        r"|side\s+effects?|cost|price|refill|prescription)\b)",
        gate=r"on\s+my\s+mind|in\s+my\s+head",
        inherent=True,
    ),
    rule(
        "vx_forums_about_methods",
        _PM,
        _URG,
        # "keep ending up on those forums about methods at 3am" (not "sourdough methods")
        r"\b(?:forums?|threads?|sites?|websites?|subreddits?|videos?|pages?|groups?)\s+(?:about|on|for"
        r"|with|discussing)\s+(?:suicide\s+|painless\s+|the\s+)?methods\b(?!\s+(?:of|for|in|to)\b)",
        gate=r"methods",
        inherent=False,
    ),
    rule(
        "vx_keep_looking_at_the_gun",
        _GM,
        _URG,
        # "grandad's old service pistol is in the loft and I've been up there twice this week to
        # look at it"
        rf"\b{GUN}\b[^.!?\n]{{0,80}}?\b(?:twice|again|every\s+(?:day|night)|three\s+times|all\s+the\s+time"
        r"|most\s+nights|keep|kept)\b[^.!?\n]{0,30}?\b(?:look(?:ing)?\s+at|hold(?:ing)?|check(?:ing)?"
        r"\s+on|touch(?:ing)?)\s+it\b",
        gate=r"look|hold|check|touch",
        inherent=True,
    ),
)

PASSING_RULES: tuple[Rule, ...] = (
    rule(
        "vx_only_thing_keeping_me_going",
        _NF,
        _CON,
        # "the only thing keeping me going is the dog and she's old" (not "this week is coffee")
        r"\bonly\s+(?:thing|one|reason|person)s?\s+(?:keeping|that\s+keeps?|that'?s\s+keeping)\s+me\s+"
        r"(?:going|here|alive|around)\s+(?:is|are)\s+(?:the|my)\s+(?:dog|cat|kids?|children|mum|mom|mam"
        r"|dad|son|daughter|family|pets?|horse|nan|gran)\b",
        gate=r"only",
        inherent=True,
    ),
    rule(
        "vx_all_that_is_left_is_me",
        _GB,
        _URG,
        # "instructions for the cat, the plants and the bank. All that is left is me."
        r"\ball\s+(?:that'?s|that\s+is|that\s+was|there\s+is)\s+left\s+(?:to\s+do\s+)?(?:now\s+)?is\s+"
        r"(?:me|to\s+go|to\s+do\s+it|the\s+last\s+step)" + END,
        gate=r"left",
        inherent=True,
    ),
    rule(
        "vx_funeral_playlist",
        _GB,
        _CON,
        # "made a playlist for my funeral" (not "for my nan's funeral")
        r"\b(?:playlist|songs|music|hymns|readings|plans?|arrangements|flowers)\s+for\s+my\s+(?:own\s+)?"
        r"funeral\b",
        gate=r"funeral",
        inherent=True,
    ),
    rule(
        "vx_cut_too_deep",
        _SH,
        _CON,
        # "went to A&E after I cut too deep last night" (not "cut too deep into the budget")
        r"(?:\b(?:i|i've|i\s+had|ive)\s+|^\s*|(?<=[.!?\n])\s*)cut\s+(?:myself\s+)?(?:too|a\s+bit\s+too"
        r"|way\s+too)\s+deep\b"
        r"(?!\s+into\b)",
        gate=r"deep",
        inherent=True,
    ),
    rule(
        "vx_if_anything_happens",
        _GA,
        _CON,
        # "told my sister to have my ring if anything happens" (not "my spare key if anything
        # happens while I'm away")
        r"\b(?:have|take|keep|get)\s+(?:all\s+)?my\s+\w+(?:\s+\w+)?\s+if\s+anything\s+(?:happens|should"
        r"\s+happen|were\s+to\s+happen)(?:\s+to\s+me)?\b(?!\s+(?:while|when|on\s+the|at\s+the)\b)",
        gate=r"anything",
        inherent=True,
    ),
    rule(
        "vx_never_worry_again",
        _BU,
        _CON,
        # "nobody would have to worry about me ever again if I just wasn't here"
        r"\b(?:nobody|no\s*one|no-one|they|everyone|my\s+\w+)\s+(?:would|'d)\s+(?:have\s+to\s+|need\s+to\s+"
        r"|ever\s+)?(?:ever\s+)?worry\s+about\s+me\s+(?:ever\s+)?again\b"
        r"|\b(?:would|'d)\s+(?:\w+\s+){0,6}?(?:if|once)\s+i\s+(?:just\s+)?(?:wasn'?t|weren'?t|was\s+not"
        r"|were\s+not)\s+(?:here|around|alive)" + END,
        gate=r"worry|if\s+i|once\s+i",
        inherent=True,
    ),
)

RULES: tuple[Rule, ...] = SECRET_RULES + PASSING_RULES
