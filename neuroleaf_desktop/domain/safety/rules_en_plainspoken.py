"""English signs said in learner or plain spoken English, or through a roundabout comparison:
the grammar is not the textbook's, or the sign hides inside an image or a "than".

Why: journal writers who learned English as a second language, or who write as they speak,
drop the copula, the article and the auxiliary ("I want to dead", "I no get future", "better I
die", "I am burden for my family", "I will finish my life", "I no need it anymore"), and the
phrase rules written for standard grammar miss them. Other signs are said the long way
round: a shut-in image that is not a cage or a well ("boxed in", "the lid bolted on", "every
door shut in my face") beside no bearing another day; others having it easier somewhere
"without me to worry about"; others better off with anyone "than stuck with a wreck like me";
a thing handed over because the writer "won't be around to use it"; things given away that
others "can have after"; an act left as "I'll end it" with the moment nobody is there.

Each family names what makes it ordinary: "dead" used as a verb ("dead the argument") or a
lift ("dead lift") is not a wish; a breakup ("end it with him", the relationship) is not a
plan; a body's pain, a hangover, a commute or a traffic jam is not being trapped; a stay away
that ends (a week, a trip, "till I'm back") is not a burden; a move, a trip or a new one
bought explains a thing handed on. Negation and whose words they are are judged in
``context``. Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import (
    AWAY_FOR_WORK_OR_A_STAY,
    AWAY_ON_A_TRIP,
    GIVEN,
    HANDED_ON_REASON,
    no_handing_on_reason,
)

_DW, _PM, _TP = Category.DEATH_WISH, Category.PLAN_OR_METHOD, Category.TRAPPED_PAIN
_SI = Category.SUICIDAL_IDEATION
_NF, _BU, _GA = Category.NO_FUTURE, Category.BURDEN, Category.GIVING_AWAY
_URG, _CON = Severity.URGENT, Severity.CONCERN

# A wish that closes its clause, or runs on with "and", "now", "for real" ("I want to dead,
# I tired"), never "dead" as a verb with an object ("want to dead the beef") or "dead lift".
_WISH_END = (
    r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:and|an|now|already|so\s+bad|for\s+real|honestly|tbh"
    r"|ngl)\b))"
)

# A stay away that ends: "for the week", "while I'm at camp", "till I'm back".
_NOT_FOR_A_WHILE = (
    r"(?![^.!?\n]{0,60}\b(?:for\s+(?:a|the|one|two|three|this)\s+(?:week|weekend|day|night|month"
    r"|summer|term)\w*|on\s+holiday|while\s+i'?m\s+(?:away|at|in|on)|till|until|trip|camp"
    r"|conference|course|tour|festival|hospital\s+stay|" + AWAY_FOR_WORK_OR_A_STAY + r")\b)"
)

# A body, an illness or a journey that makes a day hard to face: not the writer trapped.
_NOT_A_BODY_OR_A_ROAD = (
    r"(?![^\n]{0,160}\b(?:back|knee|tooth|teeth|migraine|headache|hangover|hungover|flu|cold"
    r"|cough|hay\s*fever|cramps|nausea|jet\s*lag|physio|dentist|lift|elevator|traffic|car\s+park"
    r"|parked|parking|commute|train|bus|queue|heat|heatwave|rain|snow|roadworks)\b)"
)

# A breakup, a deal or a pastime that "ends": the thing ended is named, not the writer's life.
_NOT_SOMETHING_ELSE_ENDED = (
    r"(?![^.!?\n]{0,100}\b(?:with\s+(?:him|her|them|my|the|this|that)|relationship|boyfriend"
    r"|girlfriend|bf|gf|fiance\w*|partner|marriage|lease|contract|subscription|membership|call"
    r"|meeting|game|match|season|series|book|chapter|story|blog|podcast|show|fast|diet|streak"
    r"|argument|row|feud|tour|party|holiday|trip)\b)"
)

RULES: tuple[Rule, ...] = (
    rule(
        "ps_want_to_dead",
        _DW,
        _CON,
        # learner English without "be": "I want to dead", "me just want to dead now"
        r"\b(?:i|me|mi)\s+(?:just\s+|really\s+|only\s+|so\s+|honestly\s+)?(?:want|wan|waan)\s+"
        r"to\s+dead" + _WISH_END,
        gate=r"to\s+dead",
        inherent=True,
    ),
    rule(
        "ps_learner_wish",
        _DW,
        _CON,
        # the wish without its auxiliaries: "I wish I dead", "tired for live", "better I die"
        # (not "tired to live in this noisy town", "better I die my hair", "better I die than …")
        r"\bi\s+wish\s+(?:i|me)\s+(?:already\s+|just\s+)?dead"
        + _WISH_END
        + r"|\b(?:i\s+(?:am\s+|'?m\s+)?)?tired\s+(?:for|to)\s+(?:live|living)\b"
        r"(?!\s+(?:in|at|with|near|here|there|on|by|next)\b)"
        r"|\bbetter\s+(?:if\s+)?i\s+(?:just\s+)?die(?!\s+(?:my|the|it|than)\b)" + _WISH_END,
        gate=r"dead|tired|die",
        inherent=True,
    ),
    rule(
        "ps_learner_finish_my_life",
        _SI,
        _URG,
        # "I will finish my life", "I want to finish with my life tonight": the act said with
        # "finish" (not "finish my life story", not "finish my life in Spain" said of old age)
        r"\b(?:i\s+will|i'?ll|i\s+want(?:\s+to)?|i\s+wanna|i\s+(?:am\s+|'?m\s+)?going\s+to"
        r"|i\s+(?:am\s+|'?m\s+)?gonna|i\s+go|i\s+(?:am|'m)\s+wanting(?:\s+to)?)\s+finish\s+"
        # "only" closing it is the emphasis of Indian English ("I want to finish my life only")
        r"(?:with\s+)?my\s+(?:own\s+)?life"
        r"(?:\s+(?:tonight|today|now|soon|this\s+(?:week|weekend|night)|already"
        r"|only))?" + _WISH_END,
        gate=r"finish",
        inherent=True,
    ),
    rule(
        "ps_learner_burden",
        _BU,
        _CON,
        # "I am burden for my family" without the article, to the people at home (not "burden
        # for the team today", said of an injury)
        r"\bi\s+(?:am|'?m)\s+(?:just\s+|only\s+|big\s+|the\s+)?burden\s+(?:for|to|on)\s+"
        r"(?:(?:my|the|our)\s+)?(?:family|parents|mum|mom|mother|dad|father|kids|children|husband"
        r"|wife|partner|brothers?|sisters?|friends|everyone|everybody|all|them|people)\b",
        gate=r"burden",
        inherent=True,
    ),
    rule(
        "ps_learner_no_can_take",
        _TP,
        _CON,
        # "I no can take this pain anymore", "I not can bear this life no more": the pain or the
        # life named (not a bus, a neighbour's dog)
        r"\bi\s+(?:no|not)\s+(?:can|could)\s+(?:take|bear|stand|handle|support)\s+(?:this|the"
        r"|my)\s+(?:pain|life|hurt|feeling)\s+(?:any\s*more|no\s+more|again)\b",
        gate=r"more|again",
        inherent=True,
    ),
    rule(
        "ps_learner_given_no_need",
        _GA,
        _CON,
        # "I give my phone to my brother, I no need it anymore", "… I not need it.": given, and
        # no need of it left
        # said without "don't" (a move, an exam over or a new one bought explains it)
        rf"(?:{GIVEN['en']}){no_handing_on_reason('en')}[^.!?\n]{{0,100}}?\bi\s+(?:no|not)\s+"
        r"(?:need|use|want)\s+(?:it|them|this|that)(?:\s+(?:any\s*more|no\s+more|more|again)\b"
        # … or the clause closes on it: "say it is his forever now, I not need it."
        r"|(?=\s*(?:$|[.!;\n])))",
        gate=r"no\s+need|not\s+need|no\s+use|not\s+use|no\s+want|not\s+want",
        inherent=True,
    ),
    rule(
        "ps_end_it_when_nobody_there",
        _PM,
        _URG,
        # "I'll end it up at the cabin when nobody's there", "gonna end it at the lake once I'm
        # on my own": the act left unnamed, and the moment chosen as one nobody is around
        r"\b(?:i'?ll|i\s+will|i'?m\s+(?:gonna|going\s+to)|gonna|going\s+to)\s+(?:just\s+|finally\s+)?"
        r"end\s+it(?:\s+all)?(?:\s+up)?\b"
        + _NOT_SOMETHING_ELSE_ENDED
        + r"[^.!?\n]{0,80}?\b(?:when|while|once)\s+(?:(?:nobody|no\s*one|no-one)(?:'?s|\s+is"
        r"|\s+will\s+be|'ll\s+be)\s+(?:there|home|around|about|in|up)|i'?m\s+(?:alone|on\s+my\s+own)"
        r"|i\s+am\s+(?:alone|on\s+my\s+own))\b",
        gate=r"end\s+it",
        inherent=True,
    ),
    rule(
        "ps_shut_in_no_more_days",
        _TP,
        _CON,
        # a shut-in image ("boxed in", "the lid bolted on", "every door shut in my face", "the
        # bottom of a mineshaft") and no bearing another day of it, in either order
        r"(?:\b(?:boxed|hemmed|walled|bricked|penned)\s+in\b|\b(?:lid|hatch|trapdoor|door|cover)\s+"
        r"(?:\w+\s+)?(?:bolted|nailed|sealed|welded|locked|screwed)\s+(?:on|shut|down|tight)\b"
        r"|\bbottom\s+of\s+(?:a|the)\s+(?:mine\s*shaft|shaft|mine|well|pit|hole|ditch|grave)\b"
        r"|\b(?:every|each)\s+door\b[^.!?\n]{0,30}?\b(?:shut|slammed|closed)\s+in\s+my\s+face\b"
        r"|\bwalls\s+(?:are\s+|keep\s+)?closing\s+in\b|\bburied\s+alive\b)"
        + _NOT_A_BODY_OR_A_ROAD
        + r"[^\n]{0,120}?\bi\s+(?:just\s+)?(?:can'?t|cannot|can\s+not)\s+(?:take|do|face|bear"
        r"|stand|survive|handle|manage)\s+(?:another|one\s+more)\s+(?:day|night|week|morning)"
        r"(?:\s+of\s+(?:this|it|feeling\s+(?:like\s+this|this\s+way)|living\s+like\s+this))?" + END,
        gate=r"boxed|hemmed|walled|bricked|penned|bolted|nailed|sealed|welded|locked|screwed"
        r"|bottom\s+of|door|closing\s+in|buried",
        inherent=True,
    ),
    rule(
        "ps_another_day_feeling_like_this",
        _TP,
        _CON,
        # "I can't do another day of feeling like this", "can't face one more week living like
        # this": the state itself borne no longer (not a hangover, a cold, a commute)
        r"\bi\s+(?:just\s+|honestly\s+)?(?:can'?t|cannot|can\s+not)\s+(?:take|do|face|bear|stand"
        r"|survive|handle)\s+(?:another|one\s+more)\s+(?:day|night|week|morning)\s+(?:of\s+)?"
        r"(?:feeling\s+(?:like\s+this|this\s+way)|living\s+like\s+this)" + END,
        gate=r"like\s+this|this\s+way",
        inherent=True,
    ),
    rule(
        "ps_no_get_future",
        _NF,
        _CON,
        # "I no get future", "me no have no future", "I ain't got no future"; "everything ahead
        # is dark" (not a road, a tunnel, a torch gone out)
        r"\b(?:i|me|mi)\s+(?:no|nuh|ain'?t|not)\s+(?:get|got|have|gat|hab|see)\s+(?:a\s+|any\s+"
        r"|no\s+)?future\b(?!\s+(?:with|in|at|for\s+(?:us|this|that|the))\b)"
        r"|\bi\s+(?:have|got)\s+not\s+(?:a\s+|any\s+)?future\b"
        r"|\beverything\s+ahead(?:\s+of\s+me)?\s+(?:is|looks|feels)\s+(?:so\s+)?(?:dark|black"
        r"|empty|blank|grey|gray)\b(?![^\n]{0,80}\b(?:road|tunnel|torch|headlights?|path|trail"
        r"|power\s+cut|lights?|fog|mist)\b)",
        gate=r"future|ahead",
        inherent=True,
    ),
    rule(
        "ps_easier_without_me_around",
        _BU,
        _CON,
        # "they'd all have it easier on this island without me to worry about", "life would be
        # lighter for mum without me around": a place or a person may stand between
        r"\b(?:have\s+it|be|do|get\s+on)\s+(?:\w+\s+){0,2}?(?:easier|better|lighter|happier|freer)"
        r"\b[^.!?\n]{0,40}?\bwithout\s+me\s+(?:to\s+(?:worry\s+about|look\s+after|carry|feed"
        r"|pay\s+for|support|deal\s+with|drag\s+(?:around|along))|around|in\s+(?:the|their|his"
        r"|her)\s+(?:way|lives?|life|picture))\b" + _NOT_FOR_A_WHILE,
        gate=r"without\s+me",
        inherent=True,
    ),
    rule(
        "ps_better_with_anyone_than_me",
        _BU,
        _CON,
        # "would do better with their aunt than stuck with a wreck like me around": the others
        # better off with anyone than saddled with the writer (not "happier at their dad's than
        # with me" said of a weekend)
        r"\b(?:better|happier|safer)(?:\s+off)?\s+(?:with|at|in)\s+[^.!?\n]{1,50}?\bthan\s+"
        r"(?:(?:stuck|lumbered|saddled|left)\s+with\s+(?:a\s+(?:\w+\s+)?\w+\s+like\s+)?me"
        r"|with\s+(?:a|an)\s+(?:\w+\s+)?(?:wreck|mess|failure|burden|waste|loser|disaster"
        r"|screw-?up|basket\s*case)\s+like\s+me)\b" + _NOT_FOR_A_WHILE,
        gate=r"than",
        inherent=True,
    ),
    rule(
        "ps_wont_be_around_to_use_it",
        _GA,
        _CON,
        # "dropped my guitar round to Tom, told him to keep it, I won't be around to play it":
        # a thing handed over, and the writer not there any more to use it (not while away
        # for work or a stay, not with a move or a new one bought)
        r"\b(?:gave|given|giving|handed|passed|dropped|took|brought|left|told\s+(?:him|her|them)"
        r"\s+to\s+keep)\b"
        + rf"(?![^\n]{{0,160}}?\b(?:{HANDED_ON_REASON['en']}|{AWAY_ON_A_TRIP}|away\s+for"
        r"|for\s+a\s+while|a\s+few\s+(?:weeks|months)|(?:this|next)\s+(?:summer|year|term)"
        r"|" + AWAY_FOR_WORK_OR_A_STAY + r")\b)"
        r"[^.!?\n]{0,100}?(?:[.!?]\s*[^.!?\n]{0,40}?)?\bi\s+(?:won'?t|will\s+not)\s+be\s+(?:around"
        r"|here)\s+to\s+(?:use|play|wear|ride|read|enjoy|drive|need|listen\s+to|look\s+after"
        r"|water|walk|feed)\s+(?:them|it|these|those|him|her)" + END,
        gate=r"be\s+(?:around|here)\s+to",
        inherent=True,
    ),
    rule(
        "ps_they_can_have_them_after",
        _GA,
        _CON,
        # "giving my bits away to the girls, they can have them after": things given away and
        # the rest promised for "after", said bare (after what is left unsaid)
        r"\bgiv(?:e|ing|en)\s+(?:(?:all\s+)?(?:my|me)\s+)?(?:[\w']+\s+){0,3}?away\b"
        + rf"(?![^\n]{{0,160}}?\b(?:{HANDED_ON_REASON['en']}|charity|charity\s+shop|declutter\w*"
        r"|clear[\s-]*out|spring\s+clean\w*)\b)"
        r"[^\n]{0,140}?\b(?:they|you|he|she|the\s+\w+)\s+can\s+(?:have|keep)\s+(?:them|it|the\s+lot"
        r"|everything|all\s+of\s+it|the\s+rest)\s+after(?:wards)?" + END,
        gate=r"after",
        inherent=True,
    ),
)

__all__ = ["RULES"]
