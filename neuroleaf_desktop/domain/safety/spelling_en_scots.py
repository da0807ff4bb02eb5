"""Scots and north-east Doric folded into the standard English words the rules read.

Why: the English rules are written for "I'm going to end my life", "nothing to look forward
to", "I tried to go and woke up in hospital". A writer from Orkney, Aberdeen or the Borders
writes the same sentences as "a'm gaun tae end ma life", "naething tae look forrit tae", "I
tried tae go an wakened up in hospital wi ma mither greetin". Spelt once into the standard
words before any rule runs, every English rule reads them; the next Scots writer uses the same
everyday words in other sentences. (``spelling_intl`` already reads "dinnae", "cannae", "deid",
"masel" anywhere; these are the words that need a Scots sentence around them.)

The table is applied only in a sentence holding two distinct Scots words ("tae", "wi", "nae",
"gaun", "noo", "efter", "o" for "of" …), so a Portuguese or Italian "o" alone never turns one;
"ma" (Italian and French) and "an" (an English article) are respelt only in the place in the
clause where the Scots word stands ("ma" before a noun, "an" before a clause).
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.dialect_folding import Fold, apply_where, ctx, words

_SCOTS = re.compile(
    r"(?<![\w'])(?:tae|intae|ontae|wi|nae|naething|naebody|wisna|wasna|winna|canna|isna|didna"
    r"|dinna|dinnae|cannae|didnae|widna|wouldna|couldna|hasna|hinna|ken|kent|noo|efter|gaun"
    r"|masel|hersel|himsel|yersel|twa|mither|faither|greetin|forrit|anither|mooth|jist|quine"
    r"|loon|hame|awa|oot|aboot|ower|doon|roon|thocht|deid|a'm|telt|bairns?|lowse|wakened"
    r"|waukened|chappin|scunnered|sweirin|slippit|recordit|jaiket|pooch|heid"
    r"|aye|wee|o)(?![\w'])"
)
_SCOTS_WORDS = words(
    {
        "a'm": "i'm",
        "gaun": "going",
        "tae": "to",
        "intae": "into",
        "ontae": "onto",
        "wi": "with",
        "nae": "no",
        "naething": "nothing",
        "wisna": "wasn't",
        "wasna": "wasn't",
        "winna": "won't",
        "canna": "can't",
        "isna": "isn't",
        "didna": "didn't",
        "widna": "wouldn't",
        "wouldna": "wouldn't",
        "couldna": "couldn't",
        "hasna": "hasn't",
        "hinna": "haven't",
        "hersel": "herself",
        "himsel": "himself",
        "yersel": "yourself",
        "noo": "now",
        "efter": "after",
        "forrit": "forward",
        "anither": "another",
        "mooth": "mouth",
        "twa": "two",
        "mither": "mother",
        "faither": "father",
        "hame": "home",
        "awa": "away",
        "oot": "out",
        "aboot": "about",
        "ower": "over",
        "doon": "down",
        "roon": "round",
        "heid": "head",
        "thocht": "thought",
        "jist": "just",
        "telt": "told",
        "greetin": "crying",
        "lowse": "loosen",
        "wakened": "woke",
        "waukened": "woke",
        "chappin": "knocking",
        "sweirin": "swearing",
        "slippit": "slipped",
        "recordit": "recorded",
        "jaiket": "jacket",
        "pooch": "pocket",
        "quine": "girl",
        "loon": "boy",
        "bairn": "child",
    }
)
_SCOTS_CONTEXT: tuple[Fold, ...] = (
    # "ma" (my) before a noun, not "Ma says" (a mother speaking)
    ctx(
        r"(?<![\w'])(?P<w>ma)\s+(?!(?:says|said|was|is|and|keeps|kept|thinks|thought|told"
        r"|wants|would|will|an|had|has|came|come|rang|asked|knows)\b)(?=[a-z])",
        "my",
    ),
    # "o" (of) between words: "the bottom o a well", "the likes o me"
    ctx(r"(?<=\w\s)(?P<w>o)(?=\s+[a-z])", "of"),
    # "an" (and) before a clause, not the article: "an I'm tired", "an wakened up"
    ctx(
        r"(?<![\w'])(?P<w>an)(?=\s+(?:i\b|i'|he\b|she\b|they\b|we\b|it\b|the\b|my\b|ma\b|woke\b))",
        "and",
    ),
    # "ken" (know) after a pronoun: "I ken that noo"
    ctx(r"\b(?:i|you|ye|we|they|he|she|naebody|nobody)\s+(?P<w>ken)(?![\w'])", "know"),
)


def respell_scots(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """``norm`` with the Scots words above respelt in the sentences that are Scots, and the
    offset map kept in step."""
    return apply_where(norm, mapping, _SCOTS, (_SCOTS_WORDS, *_SCOTS_CONTEXT), 2)
