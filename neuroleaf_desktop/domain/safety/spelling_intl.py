"""Misspellings, texting shorthand and regional forms of the other five languages, read as the
words the rules are written for.

Why: the same hurry that gives "kil myslef" in English gives "j'ai envi de mourrir", "kiero
morirme", "nn ce la faccio più", "vorei morire", "mi voglio ammazare", "ich will mich umbrigen",
and regional words the rules do not spell ("ich mag nimmer" is Bavarian and Austrian for "ich
mag nicht mehr"). One map, applied once after ``spelling_en``, lets every rule of every
language read them, instead of each rule growing its own typos.

Only whole words are respelt, and only forms that are not words of any language the detector
reads. The map back to the person's original text is kept.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.spelling_en import substitute

_RESPELL: dict[str, str] = {
    # French: the doubled r of "mourir", "envie" without its e, "suicider" with an s
    "mourrir": "mourir",
    "mourire": "mourir",
    "mourrire": "mourir",
    "envi": "envie",
    "suissider": "suicider",
    "suisider": "suicider",
    # Spanish: "quiero" as texted, "suicidarme" with an s
    "kiero": "quiero",
    "qiero": "quiero",
    "suisidarme": "suicidarme",
    "suisidio": "suicidio",
    "matarmee": "matarme",
    # Portuguese: "morrer" with one r, "quero" and "não" as texted
    "morer": "morrer",
    "qro": "quero",
    "naum": "nao",
    # Sicilian forms no other language spells: "sugnu" (sono), "pisu" (peso), "figghi" (figli),
    # "megghiu" (meglio), "stàrianu" (starebbero)
    "sugnu": "sono",
    "pisu": "peso",
    "figghi": "figli",
    "figghiu": "figlio",
    "megghiu": "meglio",
    "starianu": "starebbero",
    # Italian: one z in "ammazzare", "vorrei" with one r, "non" and "voglio" as texted
    "ammazarmi": "ammazzarmi",
    "amazzarmi": "ammazzarmi",
    "ammazare": "ammazzare",
    "vorei": "vorrei",
    "nn": "non",
    "vojo": "voglio",
    "uciddermi": "uccidermi",
    "ucidermi": "uccidermi",
    # German: "umbringen" without its n or its e, "Selbstmord" with a t, Bavarian "nimmer"
    "umbrigen": "umbringen",
    "umbringn": "umbringen",
    "umzubrigen": "umzubringen",
    "selbstmort": "selbstmord",
    "sterbn": "sterben",
    "nimmer": "nicht mehr",
    "nimma": "nicht mehr",
    "nimmi": "nicht mehr",
    # German dialect past participles: "ausgmacht", "gmacht", "gsagt" without their e
    "ausgmacht": "ausgemacht",
    "gschenkt": "geschenkt",
    "gfragt": "gefragt",
    "gsagt": "gesagt",
    "aufgritzt": "aufgeritzt",
    # Swiss German: "gfange i mim Chopf", "kei Uswäg", "eifach", "ohni mich"
    "gfange": "gefangen",
    "chopf": "kopf",
    "gseh": "sehe",
    "uswag": "ausweg",
    "uswaeg": "ausweg",
    "eifach": "einfach",
    "eifacher": "einfacher",
    "ohni": "ohne",
    # Neapolitan and southern Italian: "nun ce la faccio cchiù", "vulesse sulo", "pe' sempe"
    "cchiu": "piu",
    "chiu": "piu",
    "vulesse": "vorrei",
    "vurria": "vorrei",
    "sempe": "sempre",
    "accussi": "cosi",
    # Quebec French: "je m'en vas" (je m'en vais), "chu" (je suis), "pu" (plus) after a verb
    "chu": "je suis",
    # Scots: "dinnae want tae be here the morra"
    "dinnae": "don't",
    "dinna": "don't",
    "cannae": "can't",
    "didnae": "didn't",
    "widnae": "wouldn't",
    "wouldnae": "wouldn't",
    "couldnae": "couldn't",
    "isnae": "isn't",
    "wasnae": "wasn't",
    "havnae": "haven't",
    "hasnae": "hasn't",
    "wantae": "want to",
    # … and the words a Scots wish is made of: "ah want tae be deid", "naebody'd miss me"
    "deid": "dead",
    "masel": "myself",
    "masell": "myself",
    "anymair": "anymore",
    "nae mair": "no more",
    "naebody": "nobody",
    "naebody'd": "nobody'd",
    # Quebec French "pogné" (stuck)
    "pogne": "coince",
}

# Dialect words that are also words of another language, respelt only where the neighbours say
# which language it is (only the group ``w`` is respelt): Bavarian/Austrian "i" (ich) next to
# a dialect verb ("i wü", "i hob", "geh i"), "wü"/"wui" (will), "do sein" (da sein), "mi"
# (mich) after "ohne"; Neapolitan "nun" (non) before a clause, "sulo" and "sparì" after a
# wish, "campà" (vivere); Scots "tae" (to) after a verb, "the morra" (tomorrow); Quebec "pu"
# (plus) after a verb, "je m'en vas"; European Portuguese "cá" (here) with "estar".
_CONTEXTUAL: tuple[tuple[re.Pattern[str], str], ...] = (
    # a laugh as each language writes it, read as the "haha" the figure-of-speech guards know:
    # Brazilian "rsrs", Spanish "jsjs", "hehe", "hihi", and the German chat inflective "lach",
    # "grins" closing a clause after a comma or between asterisks ("…, ehrlich, lach.")
    (
        re.compile(r"(?<![\w'])(?P<w>(?:rs){2,}|(?:js){2,}j?|(?:he){2,}h?|(?:hi){2,}h?)(?![\w'])"),
        "haha",
    ),
    (
        re.compile(
            r"(?:(?<=,\s)|(?<=\*))(?P<w>lach|lachen|grins|grinsen|rofl)(?=\*|\s*(?:[,.!?;]|$))"
        ),
        "haha",
    ),
    (re.compile(r"(?<![\w'])(?P<w>i)\s+(?:wu|wui|hob|mog|muass|woass)\b"), "ich"),
    (
        re.compile(
            r"\b(?:geh|fahr|lauf|hob|hab|bin|kann|mog|wu|wui|woass|war|brauch"
            r"|mag)\s+(?P<w>i)(?![\w'])"
        ),
        "ich",
    ),
    (re.compile(r"\bich\s+(?P<w>wu|wui)(?![\w'])"), "will"),
    (re.compile(r"\bich\s+(?P<w>hob)(?![\w'])"), "hab"),
    (re.compile(r"\bich\s+(?P<w>mog)(?![\w'])"), "mag"),
    (re.compile(r"\bnicht\s+mehr\s+(?P<w>do)\s+(?:sein|bleiben)\b"), "da"),
    (re.compile(r"\bohne\s+(?P<w>mi)(?![\w'])"), "mich"),
    (re.compile(r"\bnur\s+(?P<w>no)\s+(?:ins|in|schlafen|heim|nach|auf|aufs|a)\b"), "noch"),
    (re.compile(r"(?<![\w'])(?P<w>nun)\s+(?:ce|ne|me|te|se|so|posso|voglio|ho)\b"), "non"),
    (re.compile(r"\b(?:vorrei|voglio)\s+(?P<w>sulo)(?![\w'])"), "solo"),
    (re.compile(r"\b(?:vorrei|voglio|solo)\s+(?P<w>spari)(?![\w'])"), "sparire"),
    (re.compile(r"\bpiu\s+a\s+(?P<w>campa)(?![\w'])"), "vivere"),
    # central and southern Italian assimilate the infinitive's r to the clitic: "falla finita"
    # (farla finita), "fallo" (farlo) only before what is ended, never "una falla" (a leak)
    (
        re.compile(
            r"(?<![\w'])(?<!\buna\s)(?<!\bla\s)(?<!\bogni\s)(?P<w>falla)\s+(?:finita|fenuta)\b"
        ),
        "farla",
    ),
    (re.compile(r"(?<![\w'])(?P<w>pe'\s*)sempre\b"), "per "),
    (re.compile(r"\b(?:want|wanted|going|have|got|need)\s+(?P<w>tae)(?![\w'])"), "to"),
    (re.compile(r"\b(?P<w>the\s+morra)\b"), "tomorrow"),
    # Scots "ah" (I) before a verb: "ah want tae", "ah cannae", "ah'm" (not "ah well", "ah, no")
    (
        re.compile(
            r"(?<![\w'])(?P<w>ah)(?=\s+(?:want|wantae|wish|cannae|can't|dinnae|don't|jist|just"
            r"|think|feel|need|hate|am|was|wiz|huv|hae|have|will|tried|keep|cannae|canny)\b|'m\b"
            r"|'ve\b|'ll\b|'d\b)"
        ),
        "i",
    ),
    (re.compile(r"\b(?:can't|don't|cannae|dinnae|want\s+to|to)\s+(?P<w>dae)(?![\w'])"), "do"),
    (
        re.compile(
            r"\b(?:endure|peux|veux|vis|dors|mange|sais|suis|serai|serais|sera|seras)\s+(?P<w>pu)"
            r"(?![\w'])"
        ),
        "plus",
    ),
    # … and after any first person of the present or the future ("j'irai pu sur la rivière",
    # "je m'en sers pu", "moé j'y vais pu"), never the "pu" of pouvoir after an auxiliary
    # ("j'aurais pu", "j'ai pu", "je l'avais pu")
    (
        re.compile(
            r"\b(?:j'|je\s+)(?:(?:y|en|le|la|les|lui|leur|me|m'en|ne|n')\s*){0,2}"
            r"(?!(?:ai|aurai|aurais|avais|eus|eusse)\b)\w+(?:rai|s|e)\s+(?P<w>pu)(?![\w'])"
        ),
        "plus",
    ),
    # Quebec "moé", "toé" (moi, toi) beside a French pronoun or preposition: "moé j'irai",
    # "pour toé" (not the English "toe")
    (re.compile(r"(?<![\w'])(?P<w>moe)(?=\s*,?\s+(?:j'|je\s|pis\s|non\b|aussi\b))"), "moi"),
    (re.compile(r"(?<![\w'])(?P<w>toe)(?=\s*,?\s+(?:tu\s|t'|pis\s|non\b|aussi\b))"), "toi"),
    (re.compile(r"\b(?:pour|a|avec|chez|de|sans|comme)\s+(?P<w>moe)(?![\w'])"), "moi"),
    (re.compile(r"\b(?:pour|a|avec|chez|de|sans|comme)\s+(?P<w>toe)(?![\w'])"), "toi"),
    (re.compile(r"\bje\s+m'en\s+(?P<w>vas)(?![\w'])"), "vais"),
    # spoken French elides "me" before a consonant too: "j'ai envie de m'tuer", "j'vais
    # m'foutre en l'air", read as the written "me" before the verbs of harming oneself
    (
        re.compile(
            r"(?<![\w'])(?P<w>m')\s*(?=(?:tuer|suicider|foutre|pendre|jeter|flinguer|buter"
            r"|supprimer|couper|taillader|scarifier|faire\s+du\s+mal|bruler)\b)"
        ),
        "me ",
    ),
    # spoken French drops "ne": "je serai plus là à Noël", "je suis plus capable" (not "je suis
    # plus heureuse", a comparative)
    (re.compile(r"\bje\s+(?P<w>serai|serais)\s+plus\s+(?:la|ici|en\s+vie)\b"), "ne serai"),
    (re.compile(r"\bje\s+(?P<w>suis)\s+plus\s+capable\b"), "ne suis"),
    (re.compile(r"\b(?:quero|queria)\s+(?P<w>ca\s+estar)\b"), "estar aqui"),
    # Brazilian chat "n" for "não" before a verb only Portuguese spells: "n quero mais viver"
    (
        re.compile(
            r"(?<![\w'])(?P<w>n)\s+(?=(?:quero|queria|aguento|aguentava|consigo|tenho|vou|posso"
            r"|vejo|estou|suporto|aguento|presto|sirvo|durmo|acho|quis)\b)"
        ),
        "nao",
    ),
    (re.compile(r"\bestar\s+(?P<w>ca)(?![\w'])"), "aqui"),
    (re.compile(r"\by\s+a\s+(?P<w>pu)\s+(?:de|d')"), "plus"),
    (re.compile(r"\b(?P<w>vu)\s+(?:besser|mehr|zu\s+viel)\b"), "viel"),
    # Swiss German: "ich bi nume no e Last für alli" (nur noch eine Last für alle), "ich wett
    # nüm läbe" (will nicht mehr leben), "ich mag eifach nüm", "i mim Chopf" (in meinem Kopf),
    # "kei Uswäg meh" (keinen Ausweg mehr), "ohni mich wärs eifacher" (wäre es). "nume" is
    # "nur" before "no" and "nicht mehr" after a wish; "ich chan nüm" keeps its own rule.
    (re.compile(r"(?<![\w'])(?P<w>nu(?:e)?me\s+no)\s"), "nur noch"),
    (re.compile(r"\b(?:ich|i)\s+(?P<w>wett|wott|wot|woett)(?![\w'])"), "will"),
    (re.compile(r"\b(?:ich|i)\s+(?P<w>bi)(?![\w'])"), "bin"),
    (
        re.compile(r"\b(?:mag|will|bin|ha)\s+(?:einfach\s+|halt\s+)?(?P<w>nu(?:e)?mm?e?)(?![\w'])"),
        "nicht mehr",
    ),
    (re.compile(r"\bnicht\s+mehr\s+(?P<w>labe|laebe|labä)(?![\w'])"), "leben"),
    (re.compile(r"\b(?P<w>e)\s+(?:last|belastig)\b"), "eine"),
    (re.compile(r"\bfu(?:e)?r\s+(?P<w>alli)(?![\w'])"), "alle"),
    (re.compile(r"(?<![\w'])(?P<w>i\s+mim)\s+kopf\b"), "in meinem"),
    (re.compile(r"\b(?P<w>kei)\s+ausweg\b"), "keinen"),
    (re.compile(r"\bausweg\s+(?P<w>meh)(?![\w'])"), "mehr"),
    (re.compile(r"\bohne\s+mich\s+(?P<w>wa(?:e)?rs)(?![\w'])"), "ware es"),
    # Roman Italian: "nun vojo più sta' a 'sto monno" (stare a questo mondo), "so' solo un
    # peso pe' tutti", "senza de me"
    (re.compile(r"\bpiu\s+(?P<w>sta')(?=\s)"), "stare"),
    (re.compile(r"(?<![\w'])(?P<w>'sto)\s+(?:monno|mondo)\b"), "questo"),
    (re.compile(r"\bquesto\s+(?P<w>monno)\b"), "mondo"),
    (re.compile(r"(?<![\w'])(?P<w>so')\s+(?:solo|sol[oa]|stanc[oa]|un[oa]?)\b"), "sono"),
    (re.compile(r"\bpeso\s+(?P<w>pe')\s*(?=tutti)"), "per "),
    (re.compile(r"\bsenza\s+(?P<w>de)\s+me\b"), "di"),
    # Sicilian: "sugnu sulu nu pisu pi me figghi" (sono solo un peso per i miei figli), "senza
    # di mia stàrianu megghiu" (senza di me starebbero meglio); the words themselves are in
    # ``_RESPELL``
    (re.compile(r"\bsono\s+(?P<w>sulu)(?![\w'])"), "solo"),
    (re.compile(r"(?<![\w'])(?P<w>nu)\s+peso\b"), "un"),
    (re.compile(r"\bpeso\s+(?P<w>pi)\s"), "per"),
    (re.compile(r"\bsenza\s+di\s+(?P<w>mia)(?![\w'])"), "me"),
    # a chat tag closing a clause ("… anymore fr, idk", "… tbh."): read as the comma it
    # stands for, so a phrase that must end its clause still does
    (re.compile(r"(?<=\w)\s(?P<w>fr\s+fr|frfr|fr|ngl|tbh|rn)(?=\s*(?:[,.!?;]|$))"), ","),
    # dialect English "no more" for "anymore" after a wish to be, live or go on: "don't wanna
    # be here no more" (not "no more cake")
    (
        re.compile(
            r"\b(?:be\s+here|be\s+alive|be\s+around|live|exist|go\s+on|keep\s+going|do\s+this)\s+"
            r"(?P<w>no\s+more)\b"
        ),
        "anymore",
    ),
)


# A gender-inclusive ending ("hart@", "cansad@", "muert@"): read as the masculine "o" (one
# character for one, so the offset map is unchanged).
_AT_ENDING = re.compile(r"(?<=[a-z])@(?![\w.])")

_WORDS = re.compile(
    r"(?<![\w'/])(?:"
    + "|".join(re.escape(w) for w in sorted(_RESPELL, key=len, reverse=True))
    + r")(?![\w/]|'\w)"
)


def respell_intl(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """``norm`` with the misspelt words above respelt, and the offset map kept in step.

    Every character of a respelt word points into the word the person typed, so a match still
    maps back to their own text.
    """
    norm = _AT_ENDING.sub("o", norm)
    norm, mapping = substitute(norm, mapping, _WORDS, _RESPELL)
    for pattern, word in _CONTEXTUAL:
        norm, mapping = substitute(norm, mapping, pattern, word)
    return norm, mapping
