"""Dialects folded into the standard words the rules read: Bavarian, Austrian and Swiss German,
Jamaican patois, northern English and Scots, Singapore English particles, Venetian Italian.

Why: a phrase rule written for "ich mag nicht mehr da sein" misses "I mog nimmer do sei", and one
written for "I can't take the pain anymore" misses "mi cyaan tek di pain no more". Respelling
each dialect's everyday words once, before any rule runs, lets every rule of the language read
the dialect, instead of each rule growing its own spellings (the lesson of earlier rounds: the
next batch brings new sentences in the same dialects, so the words carry over, the sentences
do not).

Many dialect words are words of another language ("i" is Italian, "mi" Spanish, "do" English,
"de" French), so each dialect is folded only when its own markers are in the text: German
words for the German dialects, two or more patois words for patois. Forms that are words of no
other language ("nowt", "meself", "xe", "voja") are folded everywhere. The map back to the
person's own text is kept (``spelling_en.substitute``).
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.dialect_folding import Fold, apply, apply_where, ctx, words
from neuroleaf_desktop.domain.safety.spelling_dialect_more import respell_more_dialects

# --- German dialects ------------------------------------------------------------------------
# A text with any of these is German (none is a word of the other five languages).
_GERMAN = re.compile(
    # (not the Swiss "alli": folded, the Spanish "allí" is spelt the same)
    r"\b(?:ich|nicht|nimmer|nimma|nimme|mog|hob|koan\w*|ois|scho|amoi|numme|nume|und|wenn"
    r"|jetzt|wieder|hab|mich|mir|heut|fu(?:e)?rs|dann|wo's|wie's|i's|sunntig|johr|uf|vom"
    r"|mei|wurscht|nein|naa|denk|bloss|selbstmord|moch|schluss"
    # standard words no other language writes, for a dialect sentence without the pronoun
    # ("I seh koa Zukunft mehr", "Der Schmerz lasst mi nit aus")
    r"|der|schmerz\w*|zukunft|koa|koane|i\s+bin)\b"
)
_GERMAN_WORDS = words(
    {
        # Bavarian/Austrian "i mi" (ich mich), "mog" (mag), "hob" (hab), "ned" (nicht), "do"
        # (da), "is/san" (ist/sind), "koan" (kein), "ois" (alles), "scho" (schon), "amoi"
        # (einmal), "nix" (nichts), "vo" (von), "Dog/Johr/Sunntig" (Tag/Jahr/Sonntag), "siagt"
        # (sieht), "naus" (hinaus)
        "i": "ich",
        "mi": "mich",
        "di": "dich",
        "mog": "mag",
        # the southern "ia" for "ie" in "lieb": "am liabsten wär i tot", "liaba tot"
        "liabsten": "liebsten",
        "liabst": "liebsten",
        "liaba": "lieber",
        "liawa": "lieber",
        "hob": "hab",
        # the Bavarian "o" for the "a" of "mach": "i moch Schluss", "des mochst ned", "gmocht"
        "moch": "mach",
        "mochn": "machen",
        "mochst": "machst",
        "gmocht": "gemacht",
        "ned": "nicht",
        "net": "nicht",
        "do": "da",
        "is": "ist",
        "san": "sind",
        "koan": "kein",
        "koa": "kein",
        "koane": "keine",
        "koana": "keiner",
        "koaner": "keiner",
        "koam": "keinem",
        "koan'": "keinen",
        "ois": "alles",
        "scho": "schon",
        "amoi": "einmal",
        "oamoi": "einmal",
        "moi": "mal",
        "nix": "nichts",
        "vo": "von",
        "dog": "tag",
        "dag": "tag",
        "dog's": "tags",
        "johr": "jahr",
        "joahr": "jahr",
        "johrn": "jahren",
        "sunntig": "sonntag",
        "sunnta": "sonntag",
        "muntig": "montag",
        "friitig": "freitag",
        "samschtig": "samstag",
        "siagt": "sieht",
        "siecht": "sieht",
        "naus": "hinaus",
        "wia": "wie",
        "wos": "was",
        "a'so": "also",
        "mei": "mein",
        "meim": "meinem",
        "hoam": "heim",
        "dahoam": "daheim",
        "woass": "weiss",
        "oans": "eins",
        "gritzt": "geritzt",
        "grizt": "geritzt",
        # the Bavarian subjunctive "warat" / "warad" (wäre), "gmiatlich" (gemütlich)
        "warat": "ware",
        "warad": "ware",
        "warat's": "war's",
        "warad's": "war's",
        "gmiatlich": "gemutlich",
        "gmiatlicher": "gemutlicher",
        # Swiss: "alli" (alle), "numme/nume" (nur), "wäred" (wären), "uf" (auf), "ufbhalte"
        # (aufbehalten), "Grossmueter" (Großmutter), "gsi" (gewesen), "öppis" (etwas)
        "alli": "alle",
        "numme": "nur",
        "nume": "nur",
        # (Swiss "nümme", "nicht mehr", is kept from "numme" before accents are folded:
        # ``spelling_dialect_alemannic.keep_swiss_no_more``)
        "nimme": "nicht mehr",
        "wared": "waren",
        "waret": "waren",
        "uf": "auf",
        "ufbhalte": "aufbehalten",
        "ufghobe": "aufgehoben",
        "ufbewahrt": "aufbewahrt",
        "ufghort": "aufgehort",
        "grossmueter": "grossmutter",
        "grossvatter": "grossvater",
        "mueter": "mutter",
        "vatter": "vater",
        "gsi": "gewesen",
        "oppis": "etwas",
        "ohni": "ohne",
        "mim": "meinem",
        "hani": "hab ich",
        "bini": "bin ich",
    }
)
_GERMAN_CONTEXT: tuple[Fold, ...] = (
    # "d'Tabletten", "D'Steuererklärung": the article before a noun
    ctx(r"(?<![\w'])(?P<w>d')(?=[a-z])", "die "),
    # "vo de Grossmueter", "uf de Piste": "de" for "der" after a preposition
    ctx(r"\b(?:von|auf|vom|mit|bei|zu|in|an|aus)\s+(?P<w>de)\s", "der"),
    # "do sei" (da sein), "numme es Problem" (nur ein), "is a Qual" (ist eine)
    ctx(r"\bda\s+(?P<w>sei)(?![\w'])", "sein"),
    # … and Swiss "do si" closing its clause ("nümme do si"; "si" is no German word)
    ctx(r"\bda\s+(?P<w>si)(?=\s*(?:[.,;!?]|$))", "sein"),
    ctx(r"\bnur\s+(?P<w>es)\s+(?=[a-z]{3})", "ein"),
    ctx(r"\bist\s+(?P<w>a)\s+(?=[a-z]{3})", "eine"),
    # an ending without its e: "lebn", "gschnittn", "brauchn", "schaffn", "nehmn" (no standard
    # word ends in "bn", "tn", "kn", "chn", "ffn", "hmn")
    ctx(r"(?:(?<=[a-z][bdgkpt])|(?<=[a-z]ch)|(?<=[a-z]ff)|(?<=[a-z]hm))(?P<w>n)\b", "en"),
    # a participle without its e: "gmacht", "gholt", "gspürt", "gschnitten" (not "glaub",
    # "groß", "gnade")
    ctx(r"(?<![\w'])(?P<w>g)(?=[bdfhkmpstwz][a-z]{2,}(?:t|en)\b)", "ge"),
)

# --- Jamaican patois ------------------------------------------------------------------------
_PATOIS_MARKERS = re.compile(
    r"\b(?:nuh|cyaan|caan|inna|pon|fi|waan|deh|mawnin|badda|nuttin|weh|tek|gwaan|mek|yuh"
    r"|unnu|seh|woulda|likkle|neva|nah|miself|dem)\b"
    # "me" as the subject, heading a clause before a verb ("me cyaan take it", "me want it done")
    r"|(?:^|(?<=[,.;!?]\s))me\s+(?=(?:cyaan|caan|waan|want|wish|nah|did|deh|tired|done|decide"
    r"|gone|ready|feel|know)\b)"
    # (not German "tut weh" nor "aus dem", "mit dem": those are the German words)
    r"(?<!\btut\sweh)(?<!\btat\sweh)(?<!\btun\sweh)"
    r"(?<!\baus\sdem)(?<!\bmit\sdem)(?<!\bvon\sdem)(?<!\bbei\sdem)(?<!\bnach\sdem)"
    r"(?<!\bzu\sdem)(?<!\bin\sdem)(?<!\bauf\sdem)(?<!\ban\sdem)(?<!\bvor\sdem)"
)
# Words of a German sentence that no patois or English sentence uses: two of them and the
# sentence's "seh" is German "see" and its "dem" the German article.
_GERMAN_SENTENCE = re.compile(
    r"\b(?:ich|nicht|nich|und|kein|keine|keinen|mehr|hab|habe|mich|mir|auch|schon|noch|wir"
    r"|sind|ist|bin|einen|einem|dass|weil|aber|oder|wenn|dann|jetzt|immer|nur)\b"
)
_PATOIS_WORDS = words(
    {
        "nuh": "don't",
        "cyaan": "can't",
        "caan": "can't",
        "cya": "can't",
        "tek": "take",
        "di": "the",
        "inna": "in",
        "pon": "on",
        "nuttin": "nothing",
        "badda": "bother",
        "mawnin": "morning",
        "neva": "never",
        "miself": "myself",
        "yuh": "you",
        "likkle": "little",
        "haffi": "have to",
        "affi": "have to",
        "gwine": "going to",
        "seh": "say",
        "wid": "with",
        "dis": "this",
        "dat": "that",
    }
)
_PATOIS_CONTEXT: tuple[Fold, ...] = (
    # "mi" is "I" before a verb, "me" after one or a preposition, "my" before a noun
    ctx(
        r"(?<![\w'])(?P<w>mi)(?=\s+(?:don't|can't|did|just|a|waan|want|wish|never|tired|trap"
        r"|nah|can|feel|know|go|gone|have|take|love|hate|try|tried|fi|cant|wan|no|deh|ago"
        r"|going|will|would|need|must|see|think|am|is|was|even|cyaan|still|ready|done)\b)",
        "i",
    ),
    ctx(
        r"\b(?:to|fi|for|on|with|of|kill|help|like|love|leave|tell|beat|hurt|off|from|at"
        r"|than|without|me|hate)\s+(?P<w>mi)(?![\w'])",
        "me",
    ),
    ctx(r"(?<![\w'])(?P<w>mi)(?=\s+\w)", "my"),
    # "me" heading a clause before a verb is the subject: "me cyaan take dis life", "me want it"
    ctx(
        r"(?:^|(?<=[,.;!?]\s))(?P<w>me)(?=\s+(?:can't|cyaan|waan|want|wish|nah|did|deh|tired"
        r"|done|decide|gone|ready|feel|know|take)\b)",
        "i",
    ),
    # "if mi did gone" (if I was gone), "a come back" (is coming back), "i trap" (I'm trapped)
    ctx(r"\b(?P<w>did\s+gone)\b", "was gone"),
    ctx(r"\bi\s+(?P<w>trap)\b", "'m trapped"),
    ctx(r"\bit\s+(?P<w>a)\s+(?=come|coming)", "is"),
    ctx(r"(?<![\w'])(?P<w>an)\s+(?=(?:it|i|the|they|them|me)\b)", "and"),
    # "nah go deh yah" (not going to be here), "deh deh" (be there)
    ctx(r"\b(?P<w>nah\s+go)\b", "am not going to"),
    ctx(r"\b(?P<w>deh\s+yah)\b", "be here"),
    ctx(r"\b(?P<w>deh\s+deh)\b", "be there"),
    # "waan live" (want to live), "fi kill" (to kill) but "fi mi birthday" (for)
    ctx(r"\b(?P<w>waan)(?=\s+dead\b)", "want to be"),
    ctx(r"\b(?P<w>waan)(?!\s+(?:fi|to|be)\b)", "want to"),
    ctx(r"\b(?P<w>waan)\b", "want"),
    ctx(r"\b(?P<w>fi)(?=\s+(?:my|me|the|true|real|it|him|her|you|a|dem|them)\b)", "for"),
    ctx(r"(?<![\w'])(?P<w>fi)(?![\w'])", "to"),
    # "dem woulda" (they would be), "gave weh" (gave away), "dem" (them)
    ctx(
        r"\b(?P<w>dem)(?=\s+(?:woulda|would|will|did|don't|can't|have|better|say|know|think)\b)",
        "they",
    ),
    ctx(r"\b(?P<w>dem)\b", "them"),
    ctx(r"\b(?P<w>woulda)(?=\s+better\b)", "would be"),
    ctx(r"\b(?P<w>woulda)\b", "would"),
    ctx(r"\b(?:gave|give|giving|given|throw|threw|run|ran)\s+(?P<w>weh)\b", "away"),
    # "no more" and "again" closing a clause after a negation: "anymore" ("mi nuh waan live
    # again")
    ctx(r"(?<=\w)\s(?P<w>no\s+more)(?=\s*(?:[,.!?;]|$))", "anymore"),
    ctx(
        r"\b(?:don't|can't|never)\s+(?:\w+\s+){0,3}?\w+\s(?P<w>again)(?=\s*(?:[,.!?;]|$))",
        "anymore",
    ),
)

# --- everywhere: northern English and Scots, Singapore particles, Venetian -------------------
_ANYWHERE_WORDS = words(
    {
        "nowt": "nothing",
        "owt": "anything",
        "meself": "myself",
        "anyroad": "anyway",
        "bairns": "kids",
        "wean": "kid",
        "weans": "kids",
        # Venetian: "voja de vivar" (voglia di vivere), "xe" (è), "tuto" (tutto), "nevodo"
        # (nipote), "volesto" (voluto), "scusème" (scusatemi)
        "voja": "voglia",
        "vivar": "vivere",
        "xe": "e",
        "tuto": "tutto",
        "nevodo": "nipote",
        "volesto": "voluto",
        "scuseme": "scusatemi",
        "sonaro": "suonero",
    }
)
_ANYWHERE_CONTEXT: tuple[Fold, ...] = (
    # "I'll not be needing it": "I won't be"
    ctx(r"\b(?P<w>i'?ll\s+not)\s+(?=be|need|see|make|get|go)", "i won't"),
    # "with me out the picture", "out the way": the "of" left out in speech
    ctx(r"\b(?P<w>out)(?=\s+the\s+(?:picture|way)\b)", "out of"),
    # "better shot of me" (rid of me)
    ctx(r"\b(?:be|better|well)\s+(?P<w>shot)\s+of\s+(?=(?:me|us|him|her|them)\b)", "rid"),
    # Singapore English "lah", "leh", "lor" closing a clause: a comma
    ctx(r"(?<=\w)\s(?P<w>lah|leh|lor)(?=\s*(?:[,.!?;]|$))", ","),
)

# Venetian (read only where Venetian or Italian words are in the text: "I go" is English)
_VENETIAN = re.compile(
    r"\b(?:xe|voja|vivar|tuto|nevodo|volesto|scuseme|sonaro|piu|della|che|sono|anche|questo"
    r"|perche|niente|ancora|ajo)\b"
)
_VENETIAN_CONTEXT: tuple[Fold, ...] = (
    # Venetian "go" (ho) after a pronoun or "no", "no go" (non ho), "mi no" (io non), "de vivere"
    ctx(
        r"\b(?:ve|lo|la|li|le|ghe|me|te|ce|no|non|mi)\s+(?P<w>go)\s+(?=\w+(?:o|a|i|e)\b|piu\b)",
        "ho",
    ),
    ctx(r"(?<![\w'])(?P<w>no)\s+ho\b", "non"),
    ctx(r"(?<![\w'])(?P<w>mi\s+no)\s+(?=lo|la|li|le|ghe|me|te|ho|posso|voglio|\w+ro\b)", "io non"),
    ctx(r"\b(?P<w>de)\s+vivere\b", "di"),
    ctx(r"\b(?:lo|la|li|le)\s+ho\s+(?P<w>da)\s+a\b", "dato"),
    ctx(r"\bdato\s+a\s+(?P<w>me)\s+(?=nipote|fradel\w*|sorel\w*|fio|fia|cugin\w*)", "mio"),
    ctx(r"\bvoluto\s+(?P<w>ben)\b", "bene"),
)


def respell_dialect(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """``norm`` with the dialect words above respelt where their dialect is in the sentence,
    and the offset map kept in step."""
    norm, mapping = apply_where(norm, mapping, _GERMAN, (_GERMAN_WORDS, *_GERMAN_CONTEXT))
    patois = (_PATOIS_WORDS, *_PATOIS_CONTEXT)
    norm, mapping = apply_where(
        norm, mapping, _PATOIS_MARKERS, patois, least=2, unless=_GERMAN_SENTENCE
    )
    norm, mapping = apply(norm, mapping, (_ANYWHERE_WORDS, *_ANYWHERE_CONTEXT))
    norm, mapping = apply_where(norm, mapping, _VENETIAN, _VENETIAN_CONTEXT)
    return respell_more_dialects(norm, mapping)
