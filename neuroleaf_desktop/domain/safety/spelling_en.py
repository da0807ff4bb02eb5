"""English misspellings and texting shorthand, read as the words they stand for.

Why: people in distress type fast, on phones, and do not proofread ("i wnat to kil myslef",
"thinkin about sucide alot latley", "evryone wuld be beter off w/o me"). Every English rule is
written for the real spelling; respelling a handful of words once, before the rules run, lets
all of them read the misspelt form instead of each rule growing its own typo alternatives.

Only whole words are respelt, and only misspellings that are not words in any language the
detector reads (no "cos", which is Italian "cos'è"; no "u", which is Spanish "or"; no "pils",
German for a beer). Shorthand that adds a negation ("idk", "idc", "ngl") is left alone: read
as "I don't …" it would cancel the phrase after it. The map back to the person's original
text is kept: each respelt character points into the word it came from.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.prefilter import could_match

_RESPELL: dict[str, str] = {
    # kill / myself / suicide, the words the explicit rules are built on
    "kil": "kill",
    "kil's": "kills",
    "killl": "kill",
    "myslef": "myself",
    "mysefl": "myself",
    "myslf": "myself",
    "mysef": "myself",
    "msyelf": "myself",
    "myelf": "myself",
    "mysellf": "myself",
    "sucide": "suicide",
    # the euphemism spelt to dodge filters ("sewerslide"), read as the word it hides
    "sewerslide": "suicide",
    "sewer slide": "suicide",
    "sewer-slide": "suicide",
    "sewerslided": "suicided",
    "suicde": "suicide",
    "suiside": "suicide",
    "suicied": "suicide",
    "sucicide": "suicide",
    "siucide": "suicide",
    "suacide": "suicide",
    "sucidal": "suicidal",
    "suicdal": "suicidal",
    "suisidal": "suicidal",
    "sucicidal": "suicidal",
    "dieing": "dying",
    # want / would / better / everyone / anymore / again
    "wnat": "want",
    # "dei" alone is Italian ("dei libri"); after "to" it is a typed "die"
    "to dei": "to die",
    "2 dei": "to die",
    "wanna dei": "wanna die",
    "wnt": "want",
    "watn": "want",
    "wamt": "want",
    "wuld": "would",
    "woud": "would",
    "wud": "would",
    "fam": "family",
    "beter": "better",
    "bettr": "better",
    "evryone": "everyone",
    "everone": "everyone",
    "evreyone": "everyone",
    "every1": "everyone",
    "evrything": "everything",
    "everthing": "everything",
    "everyting": "everything",
    "anymroe": "anymore",
    "anymoer": "anymore",
    "anymor": "anymore",
    "anymre": "anymore",
    "nemore": "anymore",
    "agian": "again",
    "agen": "again",
    "alot": "a lot",
    "latley": "lately",
    "livng": "living",
    "liveing": "living",
    "lyf": "life",
    "becuase": "because",
    "becasue": "because",
    "beacuse": "because",
    "bcuz": "because",
    "bcoz": "because",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    # texting shorthand for time and people
    "abt": "about",
    "w/o": "without",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrow": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tomoz": "tomorrow",
    "tonite": "tonight",
    "2nite": "tonight",
    "nite": "night",
    "rn": "right now",
    "ppl": "people",
    "some1": "someone",
    "no1": "no one",
    "tho": "though",
    # Caribbean English "fuh true" (for real, in earnest)
    "fuh true": "for real",
    # "ain't" / "isn't" before "for" is "is not for": "it ain't for the fence" reads as the
    # everyday use denied, the same as "it's not for the fence"
    "ain't for": "is not for",
    "aint for": "is not for",
    "isn't for": "is not for",
    "isnt for": "is not for",
    # north-east England: "I divvent want to be here", "divn't", "dinnet" (don't)
    "divvent": "don't",
    "divvint": "don't",
    "divn't": "don't",
    "divnt": "don't",
    "dinnet": "don't",
    "cannit": "can't",
    "cannet": "can't",
    "roond": "round",
    # negative concord: "I ain't nothin but a load on her" says "I'm nothing but a load"
    "i ain't nothing but": "i'm nothing but",
    "i ain't nothin but": "i'm nothing but",
    "i aint nothing but": "i'm nothing but",
    "i aint nothin but": "i'm nothing but",
    # "hanging onto them" is "hanging on to them"
    "hanging onto": "hanging on to",
    "hang onto": "hang on to",
    "holding onto": "holding on to",
    "hold onto": "hold on to",
    # the British double l of "squirrelling away", read as the rules' "squirreling"
    "squirrelling": "squirreling",
    "squirrellin": "squirreling",
    "squirrelled": "squirreled",
    # "every single thing" is "everything": "thanked her for every single thing"
    "every single thing": "everything",
    # ceasing to be, said with "alive": read as the "stop existing" every wish rule reads
    "stop being alive": "stop existing",
    "stop bein alive": "stop existing",
    "gan": "go",
    "gannin": "going",
    "ah'll": "i'll",
    "ah'm": "i'm",
    "ah've": "i've",
    "ah'd": "i'd",
    # the West Midlands' Black Country: "ar cor" (I can't), "ar day" (I didn't), "ar ay" (I'm
    # not), "ar wo" (I won't); only after "ar", where "cor" and "day" can be nothing else
    "ar cor": "i can't",
    "ar cort": "i can't",
    "ar day": "i didn't",
    "ar ay": "i'm not",
    "ar wo": "i won't",
}
# Dropped final g ("thinkin", "feelin"): only verbs, so "begin", "cabin" or "within" stay.
_DROPPED_G = [
    "think",
    "feel",
    "go",
    "try",
    "noth",
    "someth",
    "dy",
    "kill",
    "cutt",
    "end",
    "liv",
    "want",
    "tak",
    "do",
    "hurt",
    "burn",
    "plann",
    "say",
    "gett",
    "look",
    "sitt",
    "keep",
    "wish",
    "pray",
    "writ",
    "giv",
    "leav",
    "fall",
    "break",
    "drown",
    "scream",
    "cry",
    "start",
    "wait",
    "hang",
    "jump",
    "starv",
    "punch",
    "hitt",
    "scratch",
    # … and the verbs of a sign said in passing: "comin in", "harmin masel", "leanin by my bed"
    "com",
    "harm",
    "lean",
    "clos",
    "pull",
    "climb",
    "head",
    # … and the everyday verbs a sign is told with: carrying, dragging, walking over, saving up,
    # hiding, holding, wanting, caring, aching ("draggin them down", "carin for me", "wantin
    # to feel somethin"); none is a word in another language the detector reads
    "dragg",
    "carry",
    "car",
    "walk",
    "hold",
    "wear",
    "sav",
    "hid",
    "count",
    "hoard",
    "stash",
    "sink",
    "suffer",
    "ach",
    "bleed",
    "work",
    "hav",
    "mak",
    "sell",
    "pack",
    "sort",
    "driv",
    "stepp",
    "swallow",
    "collect",
    "choos",
    "pick",
    "runn",
    "sleep",
    "wak",
    "drink",
    "talk",
    "tell",
    "lov",
    "miss",
    "los",
    "fight",
    "struggl",
    "hop",
    "stay",
]
for _stem in _DROPPED_G:
    _RESPELL[_stem + "in"] = _stem + "ing"

_WORDS = re.compile(
    r"(?<![\w'/])(?:"
    + "|".join(re.escape(w) for w in sorted(_RESPELL, key=len, reverse=True))
    + r")(?![\w/]|'\w)"
    # no IGNORECASE: the text is already case-folded, and the scan is faster without it
)


# British, Irish and Australian "about" for "around" after nobody: "when nobody's about", "no
# one about" are the "nobody around" the rules read ("nobody's about to", "nobody is about
# the same" and "no one about him" stay).
_NOBODY_ABOUT = re.compile(
    r"(?<![\w'])(?:nobody|no\s*one|no-one)(?:'s|\s+is|\s+was|\s+'s)?\s+(?P<w>about)"
    r"(?!\s+(?:to|it|that|this|the|a|an|what|how|me|him|her|them|us|my|his|their|our)\b)(?![\w'])"
)


# "No sense hanging onto them", "there's no sense in keeping it": the "no point" the rules read
# (not "makes no sense", "no sense of direction", "no sense her waiting").
_NO_SENSE_DOING = re.compile(
    r"(?<![\w'])(?<!makes\s)(?<!made\s)no\s+(?P<w>sense)\s+(?:in\s+)?(?=[a-z]+ing\b)"
)
# Texting "w" for "with" before the writer gone or out of the way: "they'd manage fine w me gone"
# (only there: a lone "w" is a letter, a unit, a direction).
_W_FOR_WITH = re.compile(
    r"(?<![\w'/])(?P<w>w)\s+(?=me\s+(?:gone|dead|out\s+of\s+(?:the\s+)?(?:way|picture)"
    r"|not\s+(?:here|around)|away\s+for\s+good)\b)"
)
# "when I am gone", uncontracted as many writers of English put it: the "when I'm gone" every
# farewell and giving reading is written for (only after "when", "once", "after")
_I_AM_GONE = re.compile(r"(?:(?<=\bwhen\s)|(?<=\bonce\s)|(?<=\bafter\s))(?P<w>i\s+am)(?=\s+gone\b)")
# A learner's present for a choice already made: "I choose the date. After Christmas, when …"
# tells the date already chosen, read as "chose" (not "you choose the date", "we choose").
_CHOOSE_FOR_CHOSE = re.compile(
    r"(?<![\w'])i\s+(?:already\s+)?(?P<w>choose)\s+(?:the|a|my)\s+(?:day|date|night|time|moment"
    r"|place)(?![\w'])(?!\s+(?:for|of|with)\b)"
)


def respell(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """``norm`` (already normalised) with misspellings respelt, and its map to the original.

    ``mapping`` is ``normalize``'s map (one original index per character, plus the end); the
    characters of a respelt word all point into the original word, so a match still maps back
    to what the person typed.
    """
    norm, mapping = substitute(norm, mapping, _WORDS, _RESPELL)
    norm, mapping = substitute(norm, mapping, _NOBODY_ABOUT, "around")
    norm, mapping = substitute(norm, mapping, _NO_SENSE_DOING, "point")
    norm, mapping = substitute(norm, mapping, _W_FOR_WITH, "with")
    norm, mapping = substitute(norm, mapping, _I_AM_GONE, "i'm")
    return substitute(norm, mapping, _CHOOSE_FOR_CHOSE, "chose")


def substitute(
    norm: str, mapping: list[int], pattern: re.Pattern[str], word_for: dict[str, str] | str
) -> tuple[str, list[int]]:
    """Every match of ``pattern`` (or of its group ``w``/``x``) replaced, the offset map kept in
    step: by ``word_for[match]`` for a map, by ``word_for`` itself for a single word."""
    if not could_match(pattern, norm) or pattern.search(norm) is None:
        return norm, mapping
    out: list[str] = []
    new_map: list[int] = []
    last = 0
    for m in pattern.finditer(norm):
        group = next((g for g in ("w", "x") if g in m.groupdict() and m.group(g)), 0)
        start, end = m.span(group)
        out.append(norm[last:start])
        new_map.extend(mapping[last:start])
        word = word_for if isinstance(word_for, str) else word_for[m.group(group)]
        out.append(word)
        new_map.extend(mapping[start + min(k, end - start - 1)] for k in range(len(word)))
        last = end
    out.append(norm[last:])
    new_map.extend(mapping[last:])
    return "".join(out), new_map
