"""A doing named by its tools: "sit down with the watercolour set" is painting, "got the
knitting needles out" knitting, "paddling the sea kayak" sea kayaking, "the rock tumbler" rock
tumbling; a craft by its verb: "crocheting blankets" is crochet, the noun the person would log;
and by what it makes: "for chainmail" is chainmail making, "cyanotype prints" cyanotype
printing.

People often name a hobby no default activity covers by what they pick up to do it. The subject
shown and looked up in the journal should be the doing, the way they would write or log it
("painting"), not the tool ("watercolour set"), which a journal about painting may never name.
Only tools that belong to one doing are listed: "paints" alone or "wool" could be several.

Pure.
"""

from __future__ import annotations

import re
from typing import Final

# doing → its tools, matched as whole words, case-insensitively
_TOOLS: Final[dict[str, str]] = {
    # (the medium alone is the art itself: "the watercolour course" is watercolour)
    "painting": r"watercolou?r (?:set|box|paint|pad|pencil|tin)s?|paint ?box(?:es)?"
    r"|paint ?brush(?:es)?|easels?|oil paints?|acrylic paints?|acrylics",
    "knitting": r"knitting needles?|knitting bag",
    "crochet": r"crochet hooks?",
    "sketching": r"sketch ?(?:books?|pads?)",
    "sewing": r"sewing machines?",
    # a boat paddled is its doing: "paddling the sea kayak" is sea kayaking
    "sea kayaking": r"sea kayaks?",
    "kayaking": r"kayaks?",
    "canoeing": r"canoes?",
    "paddleboarding": r"paddle ?boards?",
    # the bells of a tower are rung as a team: "ringing the church bells" is bell ringing
    # (bells only heard are no doing: "the church bells on a Sunday")
    "bell ringing": r"ring(?:s|ing)? (?:the |some )?(?:church |tower |hand ?)?bells"
    r"|hand ?bells",
    # a machine or instrument of one pursuit: "polishing stones in the rock tumbler" is rock
    # tumbling, "sweeping the beach with the metal detector" metal detecting, "throwing pots
    # on the wheel" pottery (a tumbler of whisky is a glass; a deadline that looms no loom)
    "rock tumbling": r"(?:rock|stone|pebble|gem) ?(?:tumblers?|polishers?)",
    "metal detecting": r"metal ?detectors?",
    "pottery": r"potter'?s wheels?|pottery wheels?",
    "spinning": r"spinning wheels?|drop spindles?",
    "weaving": r"weaving looms?|(?:a|the|my|her|his|our) (?:little |big |old |new )?loom",
    "woodturning": r"(?:wood ?)?lathes?",
    "pyrography": r"pyrography (?:pens?|irons?|kits?)",
    # glass melted in a flame and wound into beads: "melting glass into beads at the torch",
    # "winding hot glass onto a mandrel" (a glass of wine by the fire, a torch to find the
    # path, are not)
    "lampwork bead making": r"mandrels?|(?:lampwork|bead-?making) torch(?:es)?|lampwork"
    r"|(?:melt\w*|wind\w*|wound|shap\w*|form\w*) (?:hot |molten |the |some )?glass(?: rods?)?"
    r" (?:in|into|onto|for|at)(?: \w+){0,3} (?:beads?|torch|flame)",
}
_TOOL_RX: Final = {
    doing: re.compile(rf"\b(?:{pattern})\b", re.I) for doing, pattern in _TOOLS.items()
}

# A craft named by its verb, whatever it makes: "*crocheting* blankets" is crochet, the noun
# the person would log (a craft whose verb is its name, "knitting", needs none).
_CRAFT_VERBS: Final[dict[str, re.Pattern[str]]] = {
    doing: re.compile(rf"(?:{verb})(?:\s+[\w'-]+){{0,3}}", re.I)
    for doing, verb in {
        "crochet": r"crochet(?:ing|ed)",
        "embroidery": r"embroider(?:ing|ed)",
        "cross-stitch": r"cross[- ]?stitch(?:ing|ed)",
    }.items()
}


# A craft named by what it makes, put after "for": "linking rings *for chainmail*" is chainmail
# making, "melting wax *for candles*" candle making (the pursuit a person would log; a
# pursuit named as itself keeps its name: "for quilling", "for mosaics", "for the scrapbook").
_MADE: Final = re.compile(
    # (by what it is made of too: "a rag rug", "willow baskets", "beeswax candles")
    r"(?P<x>(?:rag |rope |willow |wicker |beeswax |soy |scented )?"
    r"(?:chain ?mail|soap|candle|jewell?e?ry|perfume|lace|basket|kite|furniture|rug"
    r"|model|lantern|wreath))s?",
    re.I,
)


# Prints named by the process that makes them are that printing: "cyanotype prints in the back
# garden" is cyanotype printing, "my lino prints" lino printing, the pursuit a person would log
# (prints bought or kept are no process: "the prints on the wall", "holiday prints", "paw prints").
_PRINTS: Final = re.compile(
    r"(?P<x>cyanotype|lino|linocut|screen|block|woodblock|woodcut|gelli|gel plate|monotype|mono"
    r"|sun|risograph|riso|relief|botanical|leaf|eco)[- ]?prints?",
    re.I,
)


def printed_craft(thing: str) -> str:
    """The printing that makes ``thing`` when it is prints named by their process ("cyanotype
    prints" → cyanotype printing); "" otherwise."""
    m = _PRINTS.fullmatch(thing.strip())
    return f"{m['x'].lower()} printing" if m is not None else ""


def made_craft(thing: str) -> str:
    """The craft of making ``thing`` when it is a thing made as a craft ("chainmail" →
    chainmail making, "candles" → candle making); "" otherwise."""
    m = _MADE.fullmatch(thing.strip())
    return f"{m['x'].lower()} making" if m is not None else ""


def tool_doing(thing: str) -> str:
    """The doing ``thing`` is a tool of ("the watercolour set" → painting), or the craft its
    verb names ("crocheting blankets" → crochet); "" otherwise."""
    words = re.sub(r"^(?:the|my|a|an|our|some|me|old)\s+", "", thing.strip(), flags=re.I)
    crafts = (*_TOOL_RX.items(), *_CRAFT_VERBS.items())
    return next((d for d, rx in crafts if rx.fullmatch(words)), "") or printed_craft(words)


def tools_in(text: str) -> str:
    """The doing whose tools a question names anywhere ("which Sunday did I last sit down with
    the watercolour set" → painting), or ""."""
    found = [(m.start(), d) for d, rx in _TOOL_RX.items() if (m := rx.search(text))]
    return min(found)[1] if found else ""


# A thing made as a pursuit, named by the verb that makes it and the one thing made: "building
# a terrarium" is terrarium building, "carving a spoon" spoon carving, "weaving a basket" basket
# weaving, the pursuit a person would log (a thing built that is no object made is not: "building
# a career", "a fire", "a case against him", "a relationship with my dad").
_MADE_BY_VERB: Final = re.compile(
    r"(?P<v>building|carving|whittling|weaving|assembling|forging)\s+"
    r"(?:(?:a|an|some|my|the|another|little|small|tiny|new)\s+)*"
    r"(?!(?:career|fire|bonfire|case|relationship|life|routine|habit|picture|rapport|bridge"
    r"|wall|business|team|network|reputation|tolerance|confidence|muscle|strength|stamina|up"
    r"|future|home|family|plan|story|stories|lie|excuse|argument|dream|memor(?:y|ies))s?\b)"
    r"(?P<x>[a-z]+)",
    re.I,
)


def made_by_verb(doing: str) -> str:
    """The pursuit of making one thing, named by the thing and its verb ("building a terrarium"
    → terrarium building); "" when ``doing`` is not a verb of making and the one thing made."""
    m = _MADE_BY_VERB.fullmatch(doing.strip())
    if m is None:
        return ""
    thing = m["x"].lower()
    # (named in the singular, as the pursuit is: "carving spoons" → spoon carving)
    if thing.endswith("ives"):
        thing = thing[:-3] + "fe"
    elif re.search(r"(?:x|ch|sh)es$", thing):
        thing = thing[:-2]
    elif thing.endswith("s") and not thing.endswith("ss"):
        thing = thing[:-1]
    return f"{thing} {m['v'].lower()}"
