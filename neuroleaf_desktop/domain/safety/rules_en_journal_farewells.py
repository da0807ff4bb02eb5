"""English journal rules for what the writer leaves others: a burden lifted, goodbyes, things given.

Why: in a private journal these signs are told as a relation to someone else (the family better
off, a last message, a guitar handed to a nephew) and only one detail makes them a sign: the
family better off *without me*, a thank-you *for everything*, a thing given *and* "won't need
it". They are the companion of ``rules_en_journal`` (a wish, a plan, pain, no future, the means,
self-harm), read in the same place in the rule order. Apostrophes are optional everywhere
(``'?``); everyday contexts are still judged in ``everyday.py`` and negation in ``negation.py``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import no_handing_on_reason, not_away_named
from neuroleaf_desktop.domain.safety.rules_en_words import MY_NUISANCE_HABIT

_FAMILY = (
    r"(?:everyone|everybody|all\s+of\s+them|people|them|you|my\s+(?:family|parents|kids|children"
    r"|mum|mom|dad|partner|wife|husband|friends|sister|brother)|the\s+family|the\s+kids)"
)
_GONE = (
    r"(?:gone|dead|not\s+(?:here|around|alive|in\s+it)|wasn'?t\s+(?:here|around|alive|in\s+it)"
    r"|weren'?t\s+(?:here|around|alive|in\s+it)|didn'?t\s+exist|disappeared|no\s+longer\s+"
    r"(?:here|around))"
)
# Giving something of one's own to someone: "gave my guitar", "he can have my pc", "let my
# friend keep my jacket", "boxed up my records for".
_GIVE_MINE = (
    r"(?:(?:gave|give|giving|given|gifted|handed\s+(?:out|over)|handing\s+(?:out|over)|boxed\s+up"
    r"|packed\s+up|post(?:ed|ing)|sent|sending|passing\s+on|passed\s+on|left|leaving|mailed"
    r"|shipped|let\s+(?:\w+\s+){1,3}(?:keep|have)|can\s+(?:have|keep)|drop(?:ped|ping)?\s+off)"
    r"(?:\s+away)?\s+(?:\w+\s+){0,2}?(?:all\s+|most\s+of\s+)?my\b"
    # … or a first thing handed on, then "my" things after: "gave the dog to the couple next
    # door and my good boots to my brother"
    r"|(?:gave|handed)\s+(?:the|our)\s+(?:dogs?|cats?|rabbits?|budgie)\s+to\s+(?:\w+\s+){1,4}?"
    r"and\s+my\b)"
)
# What makes giving things away a sign: the person will not need them, or they are gone for good.
_WONT_NEED = (
    # (the Scots "I'd no be needing", "I'll nae need")
    r"(?:won'?t|will\s+not|don'?t|do\s+not|no\s+longer|(?:i'?d|i'?ll|i\s+would|i\s+will)\s+(?:no|nae))"
    r"\s+(?:need|be\s+(?:needing|using)|be\s+"
    # (not there to use them while away on a trip, for work or at someone's: an absence)
    r"(?:around|here)\s+(?:to|any\s*more|much\s+longer|for\s+(?:it|them))"
    + not_away_named()
    + r"|use|have\s+(?:any\s+)?use\s+for)|where\s+i'?m\s+going"
    r"|(?:she|he|they)\s+should\s+keep\s+(?:it|them)|(?:his|hers|theirs"
    r"|yours)\s+now|confused\s+why|out\s+of\s+the\s+blue|(?:him|her|them)\s+to\s+have\s+(?:it|them)"
    r"\s+now|(?:after|when|once)\s+i'?m\s+gone|(?:not\s+going\s+to|not\s+gonna)\s+need"
    r"|don'?t\s+want\s+(?:it|them)\s+any\s*more|keep\s+(?:it|them)\s+forever"
    r"|won'?t\s+(?:read|wear|play|listen\s+to|ride|use)\s+(?:it|them)\s+(?:again|any\s*more)"
    r"|(?:for\s+)?no\s+reason(?:\s+really)?(?=\s*(?:$|[.!?,;]))"
    # things of no weight now: "none of it matters now", "nothing matters any more"
    r"|(?:none|nothing)\s+(?:of\s+(?:it|them|that)\s+)?matters?\s+(?:now|any\s*more)"
    r"(?=\s*(?:$|[.!?,;]))"
    r"|won'?t\s+be\s+able\s+to\s+(?:take\s+care\s+of|look\s+after|care\s+for)"
)

_BU, _GB, _GA = Category.BURDEN, Category.GOODBYES, Category.GIVING_AWAY
_CON = Severity.CONCERN

RULES: tuple[Rule, ...] = (
    # --- burden ---
    rule(
        "j_better_without_me",
        _BU,
        _CON,
        r"\b(?:better|happier|lighter|easier|fine|simpler|safer|freer)\s+(?:off\s+)?without\s+me\b"
        rf"(?!\s+{MY_NUISANCE_HABIT}\b)"
        rf"|\b(?:better\s+off|happier|easier|lighter|simpler|better)\b.{{0,30}}\b(?:if|when|once)\s+"
        rf"(?:i|i'?m)\s+(?:just\s+)?(?:was\s+|were\s+|am\s+)?{_GONE}"
        r"|\bkeep\s+(?:spinning|going|turning)\b.{0,20}\bwithout\s+me\b"
        r"|\b(?:quieter|calmer|easier|happier|better|simpler|lighter|freer|more\s+\w+)\s+(?:\w+\s+){0,2}"
        rf"without\s+me\b(?!\s+{MY_NUISANCE_HABIT}\b)",
        inherent=False,
    ),
    rule(
        "j_burden_words",
        _BU,
        _CON,
        rf"\b(?:a\s+)?(?:drain|weight|dead\s+weight|leech|parasite)\s+(?:on|to|for|dragging)\s+{_FAMILY}"
        r"|\b(?:i'?m|i\s+am|i\s+feel\s+like|being)\s+(?:a\s+|just\s+|such\s+a\s+)*(?:dead\s+weight"
        r"|waste\s+of\s+(?:space|oxygen|air))\b"
        r"|\bcan'?t\s+keep\s+being\s+(?:a\s+|such\s+a\s+)?(?:drain|burden|weight|problem)\b"
        rf"|\b(?:won'?t|will\s+not|no\s+longer)\s+be\s+(?:a\s+)?(?:problem|burden|bother|trouble"
        rf"|worry)\s+(?:for|to)\s+(?:anyone|anybody|{_FAMILY})",
        inherent=False,
    ),
    rule(
        "j_no_more_worry",
        _BU,
        _CON,
        r"\bif\s+(?:they|he|she|you|everyone|my\s+\w+)\s+(?:didn'?t|did\s+not|never)\s+(?:have|had)\s+"
        r"to\s+(?:worry\s+about|deal\s+with|look\s+after|take\s+care\s+of)\s+me\b"
        r"|\b(?:never|not)\s+have\s+to\s+worry\s+about\s+me\s+(?:ever\s+)?again\b"
        r"|\bi\s+(?:just\s+)?take\s+up\s+space\b"
        r"|\bi\s+(?:ruin|wreck|poison|spoil)\s+everything\s+for\s+everyone\b"
        r"|\bi\s+(?:only\s+(?:ever\s+)?|just\s+|always\s+)bring\s+(?:people|everyone|everybody|them)\s+down\b"
        r"|\b(?:relieved|happier|glad)\s+(?:not\s+to|to\s+not)\s+have\s+to\s+(?:deal\s+with|worry\s+about"
        r"|look\s+after)\s+me\b|\bbetter\s+(?:off\s+)?without\s+(?:a|an)\s+\w+\s+like\s+me\b",
        inherent=True,
    ),
    # "My kids deserve a mum who isn't such a burden": the children are the sentence's
    # subject, the burden is the writer.
    rule(
        "j_deserve_better",
        _BU,
        _CON,
        r"\bdeserve\w*\s+(?:a|an)\s+(?:\w+\s+)?(?:mum|mom|dad|mother|father|parent|partner|friend|sister"
        r"|brother|daughter|son|wife|husband|girlfriend|boyfriend)\s+who\s+(?:isn'?t|is\s+not|wasn'?t)\b"
        r"|\bdeserve\w*\s+better\s+than\s+me\b",
        inherent=True,
    ),
    # --- goodbyes and final arrangements ---
    rule(
        "j_letters_to_everyone",
        _GB,
        _CON,
        r"\b(?:wr(?:ote|itten|iting|ite)|left|leaving|hid|hidden|seal\w*)\s+(?:a\s+|some\s+)?(?:letters?"
        r"|notes?|cards?)\s+(?:to|for)\s+(?:everyone|everybody|all\s+of\s+them|each\s+of\s+them)\b"
        r"|\b(?:letters?|notes?)\s+(?:for|to)\s+(?:my\s+)?(?:\w+\s+)?(?:and\s+\w+\s+)?"
        r"(?:hid|hidden|in\s+(?:my|the)\s+(?:drawer|glove\s*box|glovebox|car)|just\s+in\s+case"
        # ("a note for my husband in case i'm not home for dinner": an errand)
        r"|in\s+case(?!\s+(?:i'?m\s+(?:late|out|not\s+(?:home|in|back|up))|i\s+(?:forget|oversleep"
        r"|miss)|(?:you|he|she|they)\s+(?:need|want|get|wake|forget)))|to\s+find\s+(?:later|after))"
        r"|\b(?:wrote|written|left)\s+(?:a\s+)?(?:letter|note)\s+for\s+(?:my\s+)?(?:mum|mom|dad"
        r"|parents|family|kids|sister|brother)\s+(?:and\s+)?(?:hid|in\s+the\s+glove)",
        inherent=False,
    ),
    rule(
        "j_papers_for_after",
        _GB,
        _CON,
        r"\b(?:passwords?|bank\s+details|pin\s+numbers?|accounts|papers|documents|insurance)\b.{0,60}"
        r"\b(?:(?:envelope|folder)\s+for\s+(?:my\s+)?(?:sister|brother|mum|mom|dad|parents|family|wife"
        r"|husband|partner|kids|son|daughter)|just\s+in\s+case|where\s+(?:they|she|he)(?:'?ll|\s+will"
        r"|\s+can)\s+find)\b"
        r"|\b(?:put|putting|got|getting|sorted|sorting)\s+(?:all\s+)?(?:my\s+)?(?:affairs|accounts"
        r"|finances|everything)\s+in\s+order\b"
        r"|\btold\s+(?:my\s+)?\w+\s+where\s+(?:the|my)\s+(?:important\s+)?(?:papers|documents|will"
        r"|passwords)\s+(?:are|is)\b",
        inherent=False,
    ),
    rule(
        "j_last_time",
        _GB,
        _CON,
        # (or the writer's own voice heard: "wanted them to hear my voice one last time")
        r"\b(?:hug\w*|saw|see|seeing|call\w*|told|tell|kiss\w*|visit\w*|talk\w*|spoke|held|say"
        r"|hear\s+my\s+voice|heard\s+my\s+voice)\b"
        r".{0,50}\b(?:one\s+last\s+time|for\s+the\s+(?:very\s+)?last\s+time|(?:might|may|could)\s+be"
        r"\s+the\s+last\s+time)\b"
        r"|\bthanks?\s+(?:you\s+)?for\s+everything\b.{0,20}\b(?:goodbye|bye)\b"
        r"|\bfarewell\s+tour\b"
        r"|\bin\s+case\s+(?:we|i)\s+(?:don'?t|never)\s+see\s+(?:each\s+other|you|them)\s+again\b"
        r"|\bthank(?:ing|ed)?\s+(?:them|everyone|you|him|her)\s+for\s+everything\b",
        inherent=True,
    ),
    rule(
        "j_messages_for_later",
        _GB,
        _CON,
        r"\b(?:record(?:ed|ing)?|wr(?:ote|itten|iting)|made|left)\s+(?:little\s+|some\s+)?(?:voice\s+)?"
        r"(?:messages?|videos?|letters?|notes?)\s+for\s+(?:my\s+)?(?:kids|children|son|daughter|family"
        r"|parents|mum|mom|dad|wife|husband|partner|everyone)\s+to\s+(?:listen\s+to|watch|read|open"
        r"|find)\s+(?:later|after|when)"
        r"|\bdeleted\s+(?:everything|all\s+my\s+\w+)\b.{0,30}\bso\s+(?:nobody|no\s*one)\b"
        r"|\bone\s+(?:more|last)\s+time\s+before\s+(?:everything|it\s+all|i\s+go|the\s+end)\b"
        # a message left "for after", "to be opened after": after, with nothing after it
        r"|\b(?:instructions|letters?|notes?|list|envelopes?|cards?)\b(?:.{0,60}|[^.!?\n]{61,110})"
        r"\b(?:for|to\s+be\s+"
        r"(?:opened|read|played|watched)|to\s+(?:open|read|play|watch))\s+after(?:wards)?"
        r"(?=\s*(?:$|[.!?;]))"
        r"|\b(?:list|note)\s+of\s+who\s+(?:gets|should\s+get|will\s+get|can\s+have|should\s+have)\s+"
        r"(?:what|my\s+(?:things|stuff|belongings|possessions))\b"
        # ... not who gets what for secret Santa or a party
        r"(?![^.!?\n]{0,40}\b(?:secret\s+santa|christmas|presents?|gifts?|party|wedding|birthday"
        r"|raffle|potluck|rota)\b)"
        r"|\bwho\s+gets\s+my\b"
        r"|\bapologi[sz]ed\s+to\s+everyone\s+i(?:'?ve)?\s+(?:ever\s+)?hurt\b|\bsaid\s+my\s+goodbyes\b"
        r"|\b(?:like|as)\s+(?:a|if\s+it\s+was\s+a)\s+(?:goodbye|farewell)\b"
        r"|\b(?:organi[sz]ed|sorted(?:\s+out)?|arranged|tidied)\s+(?:all\s+)?my\s+(?:stuff|things|papers"
        r"|affairs|belongings)\s+for\s+(?:my\s+)?(?:family|kids|parents|partner|wife|husband)\b(?!'?s)"
        r"|\b(?:papers|documents|affairs|paperwork)\b.{0,60}\bwhen\s+i'?m\s+(?:not\s+here|gone|no\s+longer"
        r"\s+here)\b"
        r"|\b(?:doesn'?t|don'?t|didn'?t)\s+know\s+(?:it'?s|it\s+(?:is|was))\s+(?:a\s+)?goodbye\b",
        inherent=True,
    ),
    rule(
        "j_if_anything_happens",
        _GB,
        _CON,
        r"\bif\s+(?:anything|something)\s+(?:happens|happened|were\s+to\s+happen)\s+to\s+me\b"
        r"|\bmy\s+(?:very\s+)?(?:last|final)\s+(?:entry|post|page|journal\s+entry)\b"
        # "my last entry was ages ago" looks back at an earlier entry
        r"(?!\s+(?:of|for|in|before|was|were|said|from|about|on|i)\b)"
        r"|\bso\s+(?:nobody|no\s*one|they|\w+)\s+(?:has|have|will\s+have|won'?t\s+have)\s+to\s+"
        r"(?:deal\s+with|sort|clean|clear|go\s+through)\b.{0,25}\b(?:after(?:wards)?|when\s+i'?m\s+gone"
        r"|later)\b"
        r"|\b(?:updated|wrote|made|writing|sorted)\s+(?:out\s+)?my\s+will\b.{0,40}\b(?:before|even\s+"
        r"though\s+i'?m\s+(?:\d+|young))",
        inherent=False,
    ),
    # --- giving possessions away, with the detail that makes it a sign ---
    rule(
        "j_giving_mine_away",
        _GA,
        _CON,
        rf"\b{_GIVE_MINE}{no_handing_on_reason('en')}.{{0,80}}?\b(?:{_WONT_NEED})\b",
        inherent=True,  # "my" things: "told my brother he can have my bike" is the writer's act
    ),
)
