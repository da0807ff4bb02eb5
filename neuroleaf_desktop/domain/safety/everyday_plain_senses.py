"""A sign's words in their everyday sense: a head against the wall over a task, a team's anchor,
a card for a birthday.

Why: the self-harm families read "banging my head", the burden families read "I'm the anchor
of my …", the goodbye families read "a card for each of my grandchildren". Each has an ordinary
sense every journal uses:

* "banging my head against the wall with this spreadsheet", "je me tape la tête contre les
  murs avec ce tableur": the idiom of futile effort, the wall and then the task it is about.
  Never when the sentence tells of a wound, blood or the wish to feel or punish ("until it
  bled", "to feel something").
* "I'm the anchor of my relay team", "the anchor on the evening news": a part played on a team,
  in a race or on air; "I'm the anchor for my family": the one who steadies the others (the
  definite "the", never "just an anchor"). Never when the anchor drags, sinks or holds someone
  down or back, or is a weight they carry.
* "a birthday card for each of my grandchildren": a card named by its occasion. Never when the
  sentence says the card is to remember the writer by, or a goodbye, or for after.

Like every everyday frame, each clears only the phrase it explains, and only when nothing else
in the entry counts (the detector re-admits it otherwise).
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_spans import sentence_end, sentence_start
from neuroleaf_desktop.domain.safety.rules import FLAGS

# --- a head against the wall over a task ------------------------------------------------------
_HEAD = re.compile(r"\b(?:head|cabeca|cabeza|testa|kopf|tete)\b", FLAGS)
# The wall, then what the effort is spent on: "against a brick wall trying to …", "na parede com
# essa planilha", "contro il muro con questo …".
_WALL_OVER_A_TASK = re.compile(
    r"^[^.!?\n]{0,20}?\b(?:against|on|into)\s+(?:a|the)\s+(?:brick\s+|stone\s+)?walls?\s*,?\s*"
    r"(?:with|over|about|on|trying|because\s+of|dealing|figuring|at\s+work|for\s+(?:this|that"
    r"|the|my)|this|these|that|here)\b"
    # (a time is no task: "against the wall this week, again")
    r"(?!\s+(?:week|weekend|morning|afternoon|evening|night|time|month|year|again)\b)"
    r"|^[^.!?\n]{0,20}?\b(?:na\s+parede|contra\s+(?:a|la)\s+pared[e]?|contro\s+il\s+muro"
    r"|contre\s+les?\s+murs?|gegen\s+die\s+wand)\s*,?\s*(?:com|con|avec|mit|por\s+causa|sobre"
    r"|por|per|wegen|bei|a\s+cause)\b",
    FLAGS,
)
# A wound or a purpose told in the same sentence: then the wall is no figure.
_HURT_TOLD = re.compile(
    r"\b(?:bl[eo]\w*d|blood\w*|bruis\w*|hurt\w*|pain|till|until|punish\w*|feel\w*|stitch\w*"
    r"|concuss\w*|dizzy|lump|on\s+purpose|deliberately|sangr\w*|sangue|sang|blut\w*|dor|dolor"
    r"|dolore|douleur|schmerz\w*|machuc\w*|ferid\w*|ate\s+(?:doer|sangrar)|hasta|jusqu|bis"
    r"|fino|a\s+proposito|apposta|expres|absichtlich)\b",
    FLAGS,
)

# --- a part played on a team, in a race or on air ---------------------------------------------
_ANCHOR = re.compile(r"\banchor\b", FLAGS)
_ROLE = re.compile(
    r"\b(?:relay|relays|team|squad|leg|race|races|swim|swimming|baton|news|newsroom|desk"
    r"|broadcast|bulletin|show|programme|program|station|crew|band|line-?up|tug\s+of\s+war|quiz"
    r"|league|club|medley|final|heat|heats)\b",
    FLAGS,
)
# … or the one who steadies the others: "I'm the anchor for my family" (the definite "the",
# never "just an anchor", "nothing but an anchor", which make the writer a weight)
_STEADYING = re.compile(
    r"\b(?<!just\s)(?<!only\s)(?<!but\s)the\s+anchor\s+(?:for|of|in)\s+(?:my|our|the|this)\s+"
    r"(?:\w+\s+)?(?:family|household|house|home|kids|children|lot|group|friends|parents|siblings)\b",
    FLAGS,
)
_DRAGS = re.compile(
    r"\b(?:drag\w*|drown\w*|sink\w*|sank|sunk|pull\w*\s+(?:\w+\s+)?down|weigh\w*|burden\w*"
    r"|holding\s+(?:\w+\s+){0,2}?back|hold\w*\s+(?:\w+\s+){0,2}?back|let\w*\s+(?:\w+\s+){0,2}?down"
    r"|useless|worthless|liability|better\s+off|around\s+(?:their|his|her|my|our)\s+necks?)\b",
    FLAGS,
)

# --- a card named by its occasion ---------------------------------------------------------------
_OCCASION_CARD = re.compile(
    r"\b(?:birthday|christmas|xmas|easter|valentines?|thank[\s-]*you|get[\s-]*well|anniversary"
    r"|greetings?|congratulations|graduation|new\s+year'?s?|mother'?s\s+day|father'?s\s+day"
    r"|post)\s*cards?\b"
    r"|\bcartes?\s+(?:d'\s*anniversaire|de\s+(?:voeux|noel|remerciement))|\b(?:geburtstags|weihnachts"
    r"|oster|danke|glu(?:e)?ckwunsch)karten?\b|\bkarten?\s+zu[mr]\s+(?:geburtstag|weihnachten"
    r"|ostern)\b|\bbiglietti?\s+(?:di\s+)?(?:auguri|compleanno|natale)\b",
    FLAGS,
)
_CARD = re.compile(r"\b(?:cards?|cartes?|karten?|biglietti?)\b", FLAGS)
_TO_REMEMBER = re.compile(
    r"\b(?:remember\w*|goodbye\w*|good-?bye|farewell|gone|after\s+i|when\s+i'?m|last|forever"
    r"|miss\s+me|memory|memories|keepsake|before\s+i\s+go|in\s+case|one\s+day\s+when|no\s+longer"
    r"|not\s+(?:be\s+)?(?:here|around)|souvenir\w*|adieu\w*|apres\s+moi|erinner\w*|abschied\w*"
    r"|wenn\s+ich\s+(?:nicht\s+mehr|weg|tot)|ricord\w*|addio|quando\s+non\s+ci\s+sar\w*|recuerd\w*"
    r"|despedi\w*|lembra\w*|adeus)\b",
    FLAGS,
)


def clears(category: Category, phrase: str, text: str, start: int, end: int) -> bool:
    """Is the phrase ``text[start:end]`` (the folded entry) a sign's words in an everyday sense?"""
    sentence = text[sentence_start(text, start) : sentence_end(text, end)]
    if category is Category.SELF_HARM:
        return head_against_a_task(phrase, text[end:], sentence)
    if category is Category.BURDEN:
        return anchor_as_a_role(phrase, sentence)
    if category is Category.GOODBYES:
        return card_for_an_occasion(phrase, sentence)
    return False


def head_against_a_task(phrase: str, after: str, sentence: str) -> bool:
    """A head against the wall, then the task the effort goes on, and no wound told."""
    return (
        _HEAD.search(phrase) is not None
        and _WALL_OVER_A_TASK.search(after) is not None
        and _HURT_TOLD.search(sentence) is None
    )


def anchor_as_a_role(phrase: str, sentence: str) -> bool:
    """The writer as the anchor of a team, a race or a broadcast, or the one who steadies a
    family, dragging nobody down."""
    return (
        _ANCHOR.search(phrase) is not None
        and (_ROLE.search(sentence) is not None or _STEADYING.search(sentence) is not None)
        and _DRAGS.search(sentence) is None
    )


def card_for_an_occasion(phrase: str, sentence: str) -> bool:
    """A card named by its occasion, with nothing said of remembering the writer or after."""
    return (
        _CARD.search(phrase) is not None
        and _OCCASION_CARD.search(sentence) is not None
        and _TO_REMEMBER.search(sentence) is None
    )
