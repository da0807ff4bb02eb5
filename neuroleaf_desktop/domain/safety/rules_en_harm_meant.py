"""English self-harm told by what makes an injury meant: done on purpose, struck again and again
to quiet the head, old cuts opened up again, hair torn out, marks explained away.

Why: the self-harm rules read the act named with "myself" ("I cut myself", "hurting myself").
Writers also name only the body part and the injury, and let one other part of the entry say it
was no accident — "Scalded my hand under the hot tap. On purpose.", "I bang it off the bathroom
tiles when the noise in my head gets too much", "opened up the old lines on my forearm last
night", "started scratching again, the old places on my thighs". Three frames read those parts
by meaning:

* **an injury meant**: the writer (or a dropped subject) burning, scalding, cutting, hitting or
  splitting a part of their own body, and "on purpose", "deliberately" or "meant to" said of it
  in that sentence or the next short one;
* **struck to quiet the head**: the head, a fist or the knuckles struck against a wall, the
  tiles, a door or a floor, again and again or to stop the noise, the voices or the thoughts;
* **old marks opened again**: old cuts, lines, scars or marks on the writer's skin opened up,
  picked or scratched again, or kept from healing.

Three smaller shapes say the same: hair torn out in clumps or by the roots; a cut that "went
deeper than I meant" (the cutting was meant); and marks on the writer's wrists, thighs or arms
with the story told about them ("I keep telling the lads it is from the dog").

An accident said as one ("not on purpose", "by accident", a slip), a pet's or a child's doing,
DIY, cooking and sport, and "old wounds" that are a quarrel or a past are kept out.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order, family
from neuroleaf_desktop.domain.safety.rules_en_frames_open import START as _START
from neuroleaf_desktop.domain.safety.rules_en_frames_open import S as _S
from neuroleaf_desktop.domain.safety.rules_en_frames_open import none_of as _none

_SH, _CON = Category.SELF_HARM, Severity.CONCERN
_E = "en"

_family = partial(family, "harm_meant")

# The line an entry's short sentences share.
_LINE = r"[^\n]"

# A part of the writer's own body.
_MY_BODY = (
    r"\bmy\s+(?:(?:left|right|own|bare|inner|upper|lower)\s+)?(?:hands?|arms?|forearms?|wrists?"
    r"|thighs?|legs?|skin|head|forehead|knuckles|fists?|face|chest|stomach|belly|hips?|ankles?"
    r"|fingers?|palms?|shins?|calf|calves|shoulders?|scalp)\b"
)
# The writer doing it: "I" before the verb, or the subject dropped at the sentence's start.
_BY_ME = r"(?:(?<=[.!?\n])\s*|^\s*|\bi\s+(?:\w+\s+)?)"
_INJURE = (
    r"(?:burn(?:ed|t|ing|s)?|scald(?:ed|ing|s)?|cut(?:ting|s)?|slic(?:ed|ing)|slash(?:ed|ing)"
    r"|hit(?:ting|s)?|punch(?:ed|ing|es)?|smash(?:ed|ing)?|bash(?:ed|ing)?|bang(?:ed|ing|s)?"
    r"|slam(?:med|ming|s)?|scratch(?:ed|ing|es)?|gouge[ds]?|bit|bite|biting|held|hold|holding"
    r"|stabb?(?:ed|ing)?|carv(?:ed|ing)|split|claw(?:ed|ing|s)?|rak(?:ed|ing|es)|tore|tear(?:ing|s)?"
    r"|rip(?:ped|ping|s)?|dug|dig(?:ging|s)?|pinch(?:ed|ing|es)?|twist(?:ed|ing|s)?"
    # (a hand pressed on something hot: "I press my hands on the hot stove on purpose")
    r"|press(?:ed|ing|es)?(?=\s+my\s+(?:\w+\s+)?\w+\s+(?:on|onto|against|to)\s+(?:the\s+|a\s+)?"
    r"(?:hot|burning|red-hot|scalding)\b))"
)
_MEANT = (
    r"\b(?<!not\s)(?<!wasn't\s)(?<!wasnt\s)(?:on\s+purpose|deliberately|purposely|intentionally)\b"
    r"|\b(?:meant\s+(?:it|to\s+(?:do\s+it|hurt))|did\s+it\s+on\s+purpose|wanted\s+it\s+to\s+hurt)\b"
    # (a bare "meant to" closing the clause: the injury was the point)
    r"|\bmeant\s+to(?=\s*(?:$|[.!?,;:]))"
)
# An accident said as one, someone else's doing, a job, cooking, sport.
_AN_ACCIDENT = (
    r"accident\w*|accidentally|slipped|slip|tripped|fell|clumsy|not\s+on\s+purpose|by\s+mistake"
    r"|oven|pan|kettle|iron|cooking|baking|bbq|barbecue|hammer|nail|saw|drill|chisel|dog|cat"
    r"|puppy|kitten|baby|toddler|son|daughter|kids?|he|she|they|match|game|training|boxing"
    r"|sparring|rugby|football|gym|bag|pads|tattoo"
    # (pressure on a wound or a bruise: first aid)
    r"|bleeding|wound|pressure|plaster|bandage|bruise|ice\s+pack"
)

# --- struck to quiet the head -------------------------------------------------------------------
_STRUCK = (
    r"\b(?:bang|bangs|banged|banging|hit|hits|hitting|smash|smashed|smashing|slam|slammed"
    r"|slamming|knock|knocked|knocking|punch|punched|punching|bash|bashed|bashing|crack|cracked"
    r"|cracking|thump|thumped|thumping)\s+"
    r"(?:my\s+(?:head|forehead|fists?|hands?|knuckles|skull)|it)\s+(?:\w+\s+){0,3}?"
    r"(?:off|on|against|into)\s+(?:the\s+|a\s+|my\s+)?(?:[\w-]+\s+){0,2}?(?:walls?|tiles?|doors?"
    r"|floor|mirror|radiator|sink|bricks?|breeze\s+blocks?|concrete|headboard|cupboards?"
    r"|wardrobes?|desk|bed\s*frame|door\s*frame|lockers?)\b"
    r"|\bmy\s+knuckles\s+(?:are\s+|were\s+)?(?:split|busted|bleeding|raw)\b"
    # … or the wall struck till the writer's own hand gives: "punched the dugout wall until my
    # hand went numb"
    r"|\b(?:punch|hit|smash|slam|thump|bash)\w*\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:walls?|doors?"
    r"|tiles?|bricks?|lockers?)\s+(?:till|until)\s+my\s+(?:hands?|knuckles|fists?|fingers)\s+"
    r"(?:went|were|was|bled|split|cracked|gave)\b"
    # (not someone else's: "his knuckles split")
    r"|\b(?<!his\s)(?<!her\s)(?<!their\s)(?<!'s\s)knuckles\s+split\b"
)
_TO_QUIET = (
    r"\b(?:over\s+and\s+over|again\s+and\s+again|every\s+time|till|until|to\s+(?:stop|quiet\w*"
    r"|drown|shut|make)|(?<!not\s)(?<!never\s)(?<!n't\s)on\s+purpose)\b"
    # (the hurt itself as the only quiet: "the bruises are the only quiet I get")
    r"|\b(?:the\s+)?only\s+(?:quiet|peace|calm|relief|silence)\s+i\s+(?:get|have|know|find)\b"
    r"|\b(?:noise|noises|voices?|thoughts?|racket|buzzing|screaming)\b[^.!?\n]{0,40}?\b(?:in\s+my"
    r"\s+(?:head|skull|brain|mind)|gets?\s+too|too\s+(?:much|loud)|went\s+quiet|stops?|stopped"
    r"|quiet\w*)\b"
)
# The writer's own fist on the writer: "I punch myself in the head when I'm alone" (a slap on
# the forehead, a thump on the chest or a knock is a gesture or a mishap, and stays out).
_PUNCHED_MYSELF = (
    r"\b(?:punch(?:es|ed|ing)?)\s+myself\s+(?:\w+\s+){0,2}?(?:in|on)\s+the\s+"
    r"(?:head|face|temple|jaw|chest|stomach|ribs|legs?|thighs?)\b"
)
_IN_SLEEP = r"sleep|asleep|dream\w*"
# A real knock, a neighbour's noise, a door that sticks, a job, a game.
_A_REAL_KNOCK = (
    r"accident\w*|accidentally|ouch|clumsy|low\s+ceiling|beam|cupboard\s+door\s+open|stuck"
    r"|neighbou?rs?|party|music|drill\w*|builders?|hammer\w*|nail\w*|diy|shelf|shelves|tv"
    r"|telly|bass|drum\w*|fell|slipped|tripped|dream|frustrat\w*\s+with\s+the|boxing|sparring"
    r"|punch-?bag|bag|pads|gym|training|karate|martial|climbing|wall\s+ball"
)

# --- old marks opened again ---------------------------------------------------------------------
_REOPENED = (
    r"\b(?:opened|opening|open)\s+(?:up\s+)?(?:again\s+)?(?:the\s+|my\s+)?(?:old\s+)?"
    r"|\b(?:re-?opened|re-?opening|reopen)\s+(?:the\s+|my\s+)?(?:old\s+)?"
    r"|\b(?:picked|picking|pick|scratched|scratching|scratch|started\s+on|went\s+back\s+to)\s+"
    r"(?:at\s+)?(?:again\s+)?(?:(?:the|my)\s+)?(?:old\s+)?"
)
_MARKS = r"(?:lines|cuts|scars|marks|places|wounds?|scabs|slashes|grazes)\b"
_ON_MY_SKIN = (
    rf"(?:\s+(?:on|across|along|down|up|at)\s+(?:the\s+(?:inside|top|tops|back)\s+of\s+)?"
    rf"{_MY_BODY}|[^.!?\n]{{0,40}}?\b(?:so\s+(?:they|it)\s+(?:don'?t|do\s+not|won'?t|will\s+not"
    rf"|can'?t|never)\s+heal|till\s+(?:it|they)\s+(?:bled|opened|bleed)|until\s+(?:it|they)"
    rf"\s+(?:bled|opened|bleed)|on\s+purpose))"
)
_REOPENED_MARKS = (
    rf"(?:{_REOPENED}){_MARKS}{_ON_MY_SKIN}"
    r"|\b(?:started|starting|been)\s+(?:scratching|picking|cutting)\s+again\b[^.!?\n]{0,20}?"
    rf"\bthe\s+old\s+{_MARKS}"
)
# A quarrel or a past opened up again, a wound of someone else, a scab on a knee that itches.
_OLD_QUARREL = (
    r"arguments?|rows?|rifts?|divorce|past|history|memories|feud|debate|family|grief|itch\w*"
    r"|eczema|mozzie|mosquito|bites?|chicken\s*pox|surgery|stitches|op|operation|vet|dog|cat"
)

# --- harm in other shapes: hair torn out, a cut deeper than meant, marks explained away --------
# Hair torn out by the clump or to a bald patch (not "pulling my hair out over the tax return").
_HAIR_TORN = (
    r"\b(?:pull\w*|tear\w*|tore|torn|rip\w*|yank\w*)\s+(?:my\s+)?(?:own\s+)?hair\s+out\s+"
    r"(?:in\s+(?:clumps|handfuls|chunks|tufts)|by\s+the\s+roots|till|until)\b"
    r"|\b(?:pull\w*|tear\w*|tore|rip\w*)\s+(?:out\s+)?(?:clumps|handfuls|chunks|tufts)\s+of\s+my"
    r"\s+(?:own\s+)?hair\b"
)
# A cut that went further than meant: the cutting was meant.
_DEEPER_THAN_MEANT = (
    r"\b(?:cut|went|sliced|pressed|dug)\s+(?:\w+\s+)?deeper\s+than\s+(?:i\s+)?(?:meant|planned"
    r"|intended|usual|ever|last\s+time)\b"
)
# Marks on the writer's skin, and the story told about them: "my wrists are a mess and I keep
# telling the lads it is from the dog", "the bruise was a cupboard door, I told them".
_MY_MARKS = (
    r"\bmy\s+(?:wrists?|forearms?|thighs?)\s+(?:are|is|were|was|look)\s+(?:\w+\s+)?(?:a\s+mess"
    r"|cut|cut\s+up|scarred|marked|covered|bandaged|bleeding|raw|scratched|torn|sliced)\b"
    r"|\b(?:the|my)\s+(?:cuts|scars|marks|slashes|burns|bruises?)\s+on\s+" + _MY_BODY[2:]
)
_COVER_STORY = (
    r"\b(?:telling|told|tell|tells|say|said|saying)\s+(?:[\w']+\s+){0,3}?(?:it'?s|it\s+is|it\s+was"
    r"|they'?re|they\s+are|they\s+were)\s+(?:from|off|just|only|a|an|the|my)\b"
    r"|\b(?:covering|cover|hide|hiding|hid)\s+(?:them|it)\s+(?:up\s+)?(?:with|under)\b"
)
# A real cause the writer gives as theirs: an operation, a rash, brambles, a tattoo, a fall.
_A_REAL_CAUSE = (
    r"surgery|operation|op|stitches|eczema|rash|psoriasis|allerg\w*|brambles?|thorns?|garden\w*"
    r"|tattoo\w*|fell|fall|fallen|slipped|tripped|crash\w*|bike|football|rugby|netball|hockey"
    r"|match|game|training|gym|kitten|puppy|cooking|oven|burns?\s+unit|sunburn\w*|bbq"
)

RULES: tuple[Rule, ...] = (
    _family(
        "hair_torn_out",
        _SH,
        _CON,
        {_E: rf"{_START}{_none(_AN_ACCIDENT)}{_S}*?(?:{_HAIR_TORN})"},
        {_E: r"hair"},
        inherent=False,
    )
    + _family(
        "deeper_than_meant",
        _SH,
        _CON,
        {_E: rf"{_START}{_none(_AN_ACCIDENT)}{_S}*?(?:{_DEEPER_THAN_MEANT})"},
        {_E: r"deeper"},
    )
    + _family(
        "marks_explained_away",
        _SH,
        _CON,
        {
            _E: rf"{_START}{_none(_A_REAL_CAUSE, _LINE)}{_S}*?"
            rf"(?:{either_order(_MY_MARKS, _COVER_STORY, 100, _LINE)})"
        },
        {_E: r"told|tell|say|said|cover|hide|hid"},
    )
    + _family(
        "injury_meant",
        _SH,
        _CON,
        {
            _E: rf"{_START}{_none(_AN_ACCIDENT, _LINE)}{_S}*?"
            rf"{_BY_ME}{_INJURE}\s+(?:\w+\s+){{0,2}}?{_MY_BODY}[^\n]{{0,80}}?(?:{_MEANT})"
        },
        {_E: r"purpose|deliberately|purposely|intentionally|meant|wanted"},
    )
    + _family(
        "struck_to_quiet_the_head",
        _SH,
        _CON,
        {
            _E: rf"{_START}{_none(_A_REAL_KNOCK, _LINE)}{_S}*?"
            rf"(?:{either_order(_STRUCK, _TO_QUIET, 100, _LINE)})"
        },
        {_E: r"off|on|against|into|knuckles"},
    )
    + _family(
        "punched_myself",
        _SH,
        _CON,
        {
            _E: rf"{_START}{_none(_AN_ACCIDENT, _LINE)}{_none(_IN_SLEEP, _LINE)}{_S}*?"
            rf"{_PUNCHED_MYSELF}"
        },
        {_E: r"myself"},
    )
    + _family(
        "old_marks_opened",
        _SH,
        _CON,
        {_E: rf"{_START}{_none(_OLD_QUARREL)}{_S}*?(?:{_REOPENED_MARKS})"},
        {_E: r"lines|cuts|scars|marks|places|wound|scabs|slashes|grazes"},
    )
)
