"""English goodbyes told by who will find the message, by the blame the writer lifts from the
people left behind, by what is said "before I'm gone", or by a hug held longer than usual.

Why: the goodbye rules read a letter named a goodbye or "for when I'm gone". Writers also say
it by who will read it — "whoever finds it first, please give it her", "when they find this,
tell the boys I was proud", "a note in the glovebox for whoever finds the car" — or by the
blame they lift ahead of time from those who will be left — "a note to Mom explaining nothing's
her fault", "he mustn't ever blame himself, whatever happens", "none of this is on you" — or
by what they make sure is said or felt first. Four frames read those parts by meaning:

* **left for whoever finds it**: "whoever finds, picks up, reads or opens" this, it, me or a
  named thing, or "when they (or someone) find this", in one sentence with a message, a plea or
  a last word for someone (a note, tell, give, please, love, sorry, proud);
* **the blame lifted**: nobody to blame themselves or to take it as their fault — "don't /
  mustn't / never / not to blame yourself, himself, herself, themselves", "nothing's / none of
  this is her fault", "none of this is on you" — with nothing named that the blame is for, or
  with "whatever happens", "ever", "for any of this".

* **said before the end**: thanks, love, forgiveness, an apology or things put right, said or
  wanted heard "before I'm gone", "before the end" or "before I go" closing the clause.

* **a goodbye held longer**: a hug, a hand held, a look or a wave kept "longer than usual" (or
  normal, or needed), and in that line a finality the others are not told — "if she only knew",
  "I needed them to have that", "last visit, I think", "one last time".

Lost property and its reward, a game or a hunt, a time capsule, and comfort about a named
mishap ("not to blame herself for the divorce", "the dent wasn't his fault") are kept out.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order, family
from neuroleaf_desktop.domain.safety.rules_en_frames_open import START as _START
from neuroleaf_desktop.domain.safety.rules_en_frames_open import S as _S
from neuroleaf_desktop.domain.safety.rules_en_frames_open import none_of as _none

_GB, _CON = Category.GOODBYES, Severity.CONCERN
_E = "en"

_family = partial(family, "farewell_found")

# The short sentences of one line.
_LINE = r"[^\n]"

# --- left for whoever finds it ------------------------------------------------------------------
_WHOEVER_FINDS = (
    r"\b(?:whoever|whomever|whoever'?s\s+first\s+to|the\s+(?:one|person)\s+who)\s+(?:\w+\s+)?"
    r"(?:finds?|found|picks?(?:\s+up)?|reads?|opens?)\s+(?:this|it|me|my|the)\b"
    r"|\b(?:when|once|after|if)\s+(?:they|someone|somebody|people|anyone)\s+(?:\w+\s+)?"
    r"(?:finds?|find|reads?|read|come\s+across)\s+(?:this|it|me|the\s+note|the\s+letter)\b"
)
_A_MESSAGE = (
    r"\b(?:notes?|letters?|envelopes?|messages?|tell|give|please|love|loved|sorry|proud"
    r"|forgive|thank\w*|look\s+after|take\s+care|know)\b"
)
# Lost property, a game or a hunt, a time capsule, a reward.
_LOST_OR_A_GAME = (
    r"lost|wallet|purse|keys|reward|return|hand\s+(?:it|them)\s+in|treasure|geocach\w*|cache"
    r"|hunt|puzzle|clue|riddle|game|quiz|time\s+capsule|escape\s+room|bottle|easter|egg|prize"
    r"|dog|cat|missing|phone|card|umbrella|bike|scarf|glove|found\s+property|police"
)

# --- the blame lifted ---------------------------------------------------------------------------
_NO_BLAME = (
    r"\b(?:don'?t|do\s+not|mustn'?t|must\s+not|shouldn'?t|should\s+not|never|not\s+to|no\s+need"
    r"\s+to|can'?t|cannot)\s+(?:ever\s+)?blame\s+(?:yourself|yourselves|himself|herself"
    r"|themselves|themself)\b"
    r"|\b(?:nothing'?s|nothing\s+is|nothing\s+was|none\s+of\s+(?:this|it)\s+(?:is|was|'s))\s+"
    r"(?:his|her|their|your|anyone'?s|any\s+of\s+(?:your|their))\s+fault\b"
    r"|\bnone\s+of\s+(?:this|it)\s+(?:is|was|'s)\s+on\s+(?:you|him|her|them|any\s+of\s+you)\b"
)
# The blame with nothing named that it is for: the clause ends, or goes on to "whatever
# happens", "ever", "for any of this", "for what I do".
_FOR_NOTHING_NAMED = (
    r"(?=\s*(?:$|[.!?,;:)\"\n])|\s+(?:whatever|no\s+matter|ever|for\s+(?:any\s+of\s+(?:this|it)"
    r"|this|it|anything|what\s+(?:i|happens)|me)|and|i\b|please|when|after|if)\b)"
)
_BLAME_FOR_NOTHING = rf"(?:{_NO_BLAME}){_FOR_NOTHING_NAMED}"
_A_LEFT_MESSAGE = (
    r"\b(?:notes?|letters?|envelopes?|messages?|wrote|written|writing|addressed|told|tell"
    r"|telling|loved?|sorry|whoever|after\s+(?:this|i'?m|i\s+am)|whatever\s+happens)\b"
)
# A named mishap the comfort is about.
_A_MISHAP = (
    r"accident|crash|dent|scratch|breakup|break-up|divorce|split|match|game|goal|referee|penalty"
    r"|delay|late|leak|spill|broke|broken|exams?|grades?|results?|tests?|traffic|weather|flight"
    r"|cancel\w*|miscarriage|stroke|illness|diagnosis|dementia|cancer|redundan\w*|sacked|fired"
    r"|his\s+dad|her\s+dad|his\s+mum|her\s+mum|death|died|passed|funeral|dog|cat"
    r"|(?:about|over)\s+(?:the|his|her|that|a)\s+\w+"
)

# --- said before the end -----------------------------------------------------------------------
_SAID = (
    r"\b(?:said|say|saying|told|tell|telling|thanked|thank|thanking|forgave|forgive|forgiven"
    r"|apologi[sz]\w*|sorry|love|loved|hear\s+it|heard\s+it|it\s+said|putting\s+things\s+right"
    r"|put\s+things\s+right|make\s+(?:peace|amends)|made\s+(?:peace|amends)|square\s+things)\b"
)
_BEFORE_THE_END = (
    r"\bbefore\s+(?:i'?m\s+gone|i\s+am\s+gone|the\s+end|i\s+go|i\s+leave\s+for\s+good"
    r"|it'?s\s+too\s+late\s+for\s+me)(?=\s*(?:$|[.!?;\n]))"
)
# A journey, a term, a shift, a move: an end that is not the writer's.
_A_JOURNEY = (
    r"holiday|trip|flight|airport|plane|uni|university|college|school|term|move|moving|abroad"
    r"|work|shift|deploy\w*|tour|travel\w*|visa|packing|pack|train|bus|ferry|leave|match|game"
    r"|film|movie|party|night\s+out|pub|he|she|they|dies|died|dying|hospice|ward"
)

# --- a goodbye held longer ---------------------------------------------------------------------
_HELD_LONGER = (
    r"\b(?:hugged|hug|hugging|held|hold|holding|kissed|watched|looked\s+at|waved|sat\s+with"
    r"|cuddled|squeezed)\b[^.!?\n]{0,60}?\blonger\s+than\s+(?:usual|normal|i\s+needed\s+to|ever"
    r"|i\s+normally\s+(?:do|would))\b"
)
_FINALITY_UNTOLD = (
    r"\bif\s+(?:she|he|they|you|only\s+(?:she|he|they))\s+(?:only\s+)?knew\b"
    r"|\b(?:needed|wanted)\s+(?:them|him|her|you)\s+to\s+have\s+(?:that|it|this)\b"
    r"|\blast\s+(?:visit|hug|time|one|goodbye)\b(?![^.!?\n]{0,40}\b(?:till|until|before|for\s+"
    r"(?:a|the|two|three|\d+)|this\s+(?:year|summer|month))\b)"
    r"|\bone\s+last\s+(?:time|look|hug|visit)\b|\bit\s+was\s+goodbye\b"
)
# A journey, news, an illness or a death of theirs, a season's parting, a shared last look.
_THEIR_PARTING = (
    r"airport|flight|trip|holiday|deploy\w*|uni|university|move|moving|emigrat\w*|promotion"
    r"|surprise|pregnan\w*|news|wedding|hospital|hospice|dying|ill|poorly|funeral|till|until"
    r"|term|camp|school\s+trip|tour|posting|abroad|christmas|summer|we|us|our|leave|leaving"
    r"|sunset|sunrise|view"
)

RULES: tuple[Rule, ...] = (
    _family(
        "left_for_whoever_finds",
        _GB,
        _CON,
        {
            _E: rf"{_START}{_none(_LOST_OR_A_GAME)}{_S}*?"
            rf"(?:{either_order(_WHOEVER_FINDS, _A_MESSAGE, 120)})"
        },
        {_E: r"whoever|whomever|one\s+who|person\s+who|find|read|come\s+across"},
    )
    + _family(
        "blame_lifted",
        _GB,
        _CON,
        {
            _E: rf"{_START}{_none(_A_MISHAP)}{_S}*?"
            rf"(?:{either_order(_BLAME_FOR_NOTHING, _A_LEFT_MESSAGE, 120)})"
        },
        {_E: r"blame|fault|on\s+you|on\s+him|on\s+her|on\s+them|on\s+any"},
        inherent=False,
    )
    + _family(
        "said_before_the_end",
        _GB,
        _CON,
        {
            _E: rf"{_START}{_none(_A_JOURNEY, _LINE)}{_S}*?"
            rf"(?:{either_order(_SAID, _BEFORE_THE_END, 120, _LINE)})"
        },
        {_E: r"before"},
    )
    + _family(
        "goodbye_held_longer",
        _GB,
        _CON,
        {
            _E: rf"{_START}{_none(_THEIR_PARTING, _LINE)}{_S}*?"
            rf"(?:{either_order(_HELD_LONGER, _FINALITY_UNTOLD, 140, _LINE)})"
        },
        {_E: r"longer"},
    )
)
