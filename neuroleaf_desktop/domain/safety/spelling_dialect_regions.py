"""Regional speech folded into the standard words the rules read: Hessian, Palatine and
Franconian German; Réunion and Antilles creole French; Venetian and Triestine Italian;
Gaúcho and Mineiro Portuguese; Newfoundland, Scouse and Kenyan English.

Why: as for ``spelling_dialect``, a rule written for "ich will nicht mehr leben" misses Hessian
"isch will net mehr lebe", and one for "je veux mourir" misses Réunion "mi veut mourir". Each
register's everyday words are respelt once, before any rule runs, so every rule of the language
reads them; the next writer brings new sentences in the same registers.

Each table is applied only in a sentence holding its own markers: "net", "misch", "widder",
"vun" for Hessian, two of "moin", "pu", "na point", "mwen" for creole, "ghe", "fazo", "xe" for
Venetian, "to", "uai", "tche" with a Portuguese verb for Brazil. Swahili words, which no other
language of the app has, are folded anywhere. The map back to the writer's words is kept.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.dialect_folding import Fold, apply, apply_where, ctx, words
from neuroleaf_desktop.domain.safety.spelling_dialect_fringes import respell_fringes

# --- Hessian, Palatine, Franconian ------------------------------------------------------------
# "isch" (ich) is already read by ``spelling_dialect_more``; these are the words around it.
_HESSIAN = re.compile(
    r"\b(?:net|ned|misch|disch|ehrlisch|widder|vun|nimmi|nimmer|kaa|kaan|mei|moscht|gell"
    r"|aach|uff|babbel\w*|des|isch|ich|nicht|mich)\b"
)
_HESSIAN_WORDS = words(
    {
        "net": "nicht",
        "misch": "mich",
        "disch": "dich",
        "ehrlisch": "ehrlich",
        "widder": "wieder",
        "vun": "von",
        "nimmer": "nicht mehr",
        "kaa": "keine",
        "kaan": "keinen",
        "kaane": "keine",
        "moscht": "mochte",
        "mecht": "mochte",
        "aach": "auch",
        "fangt's": "fangt es",
        "geht's": "geht es",
        "gibt's": "gibt es",
    }
)
# A verb that lost its final "n" after a modal or "zu": "will net mehr lebe"
# (nicht mehr leben), "zu mache" (zu machen); only verbs, so "Seite" or "Rede" stay.
_VERB_STEMS = [
    "lebe",
    "sterbe",
    "mache",
    "weitermache",
    "weiterlebe",
    "schaffe",
    "aushalte",
    "ertrage",
    "aufhore",
    "packe",
    "kampfe",
    "atme",
    "ritze",
    "schneide",
    "aufwache",
]
_HESSIAN_CONTEXT: tuple[Fold, ...] = (
    (
        re.compile(
            # after a modal, a few words on ("will net mehr lebe", "brauch isch gar net
            # weitermache"), or "zu": not "dass ich nicht mehr aufwache", which is standard
            r"\b(?:(?:will|kann|mag|mochte|muss|brauch)\s+(?:\w+\s+){0,3}?|zu\s+)"
            rf"(?P<w>{'|'.join(_VERB_STEMS)})(?![\w'])"
        ),
        {stem: stem + "n" for stem in _VERB_STEMS},
    ),
    # "g'ritzt" (geritzt), "g'schafft" (geschafft): the participle's "ge" cut to "g'"
    ctx(r"(?<![\w'])(?P<w>g')(?=[a-z]{3})", "ge"),
    # "e paar" (ein paar), "uff die Seit" (auf die Seite): the aside of "put aside"
    ctx(r"(?<![\w'])(?P<w>e)\s+(?=paar\b)", "ein"),
    ctx(r"\b(?:auf|zur)\s+die\s+(?P<w>seit)\b", "seite"),
    # participles that lost their final "n": "geschnitte" (geschnitten), "genomme" (genommen)
    words(
        {
            "geschnitte": "geschnitten",
            "aufgeschnitte": "aufgeschnitten",
            "genomme": "genommen",
            "geschriebe": "geschrieben",
            "gesproche": "gesprochen",
            "versproche": "versprochen",
        }
    ),
    # "des" (das) before a verb or noun of its clause: "des wird nie besser", "des letzte Mal"
    ctx(
        r"(?<![\w'])(?P<w>des)\s+(?=(?:wird|war|geht|hat|halt|hilft|letzte|erste|ganze|alles)\b)",
        "das",
    ),
)

# --- Réunion and Antilles creole French -------------------------------------------------------
_CREOLE = re.compile(
    r"(?<![\w'])(?:moin|mwen|pu|na\s+point|na\s+pwin|zot|kosa|gramoun|marmay|pa\s+ka"
    r"|an\s+ka|sa\s+ka)(?![\w'])"
)
_CREOLE_WORDS = words({"pu": "plus", "pwin": "point", "pou": "pour", "ek": "avec"})
_CREOLE_CONTEXT: tuple[Fold, ...] = (
    # "moin lé / mwen sé" (je suis), "moin, mwen, mi, an" (je) before a verb
    ctx(r"(?<![\w'])(?P<w>(?:moin|mwen)\s+(?:le|se|lé))(?![\w'])", "je suis"),
    ctx(
        r"(?<![\w'])(?P<w>mi|moin|mwen|an)\s+(?=veut|veux|voudrais|supporte|peux|pe|sa|ve|vle"
        r"|ka|na|fatigue|pense|ai|aime|aimerais)\b",
        "je",
    ),
    ctx(r"\bje\s+(?P<w>veut|ve|vle)\b", "veux"),
    ctx(r"\bje\s+(?P<w>pe)\b", "peux"),
    # "lé bloqué" opening a clause: the subject dropped, "lé" (suis/est)
    ctx(r"(?:^|(?<=[,;:]\s))(?P<w>le)\s+(?=\w+(?:e|es|ee)\b)", "je suis"),
    # "na point d'sortie / na pwin" (il n'y a pas de)
    ctx(r"(?<![\w'])(?P<w>na\s+point|na\s+pwin)\s+(?=d'|de\b)", "il n'y a pas"),
    ctx(r"(?<![\w'])(?P<w>d')(?=[bcdfghjklmnpqrstvwxz])", "de "),
)

# --- Venetian and Triestine -------------------------------------------------------------------
# Markers: Venetian words of no other language ("xe" is already "e" here).
_VENETO = re.compile(r"\b(?:ghe|fazo|gnente|semo|gavemo|xe|sto\s+mona|ciò|cio)\b")
_CUT_PARTICIPLES = ("intrappola", "blocca", "bloca", "stufa", "stanca", "dispera", "ferma")
_VENETO_CONTEXT: tuple[Fold, ...] = (
    # "no ghe la fazo più" (non ce la faccio più), "no ghe xe" (non c'è)
    ctx(r"(?<![\w'])(?P<w>no\s+ghe\s+la\s+fazo)\b", "non ce la faccio"),
    ctx(r"(?<![\w'])(?P<w>no\s+ghe\s+(?:xe|e))\b", "non c'e"),
    # "no ghe sarò più" (non ci sarò più): "ghe" is the "ci" of being there, before "essere"
    ctx(r"(?<![\w'])(?P<w>no\s+ghe)\s+(?=saro|sarei|saria|son|sono|sara|saremo)\b", "non ci"),
    # "par" (per) before "quando", "sempre" and the article
    ctx(r"(?<![\w'])(?P<w>par)\s+(?=quando|sempre|la|el|i|le|mi|ti|lu|ela)\b", "per"),
    ctx(r"(?<![\w'])(?P<w>no)\s+(?=passa|posso|vedo|reggo|sopporto|riesco|voglio|go\b)", "non"),
    # "son intrappolà" (sono intrappolato): the participle's "-ato" cut to "-à"
    ctx(r"(?:^|(?<=[,;:]\s)|\bio\s)(?P<w>son)\s+(?=\w+a\b)", "sono"),
    (
        re.compile(rf"\bsono\s+(?P<w>{'|'.join(_CUT_PARTICIPLES)})\b"),
        {word: word + "to" for word in _CUT_PARTICIPLES},
    ),
    ctx(r"(?<![\w'])(?P<w>el)\s+(?=dolor|mal|peso)\b", "il"),
    ctx(r"\bil\s+(?P<w>dolor)\b", "dolore"),
)

# --- Gaúcho and Mineiro Portuguese ------------------------------------------------------------
# Markers: Portuguese words of no other language ("to", "so" are English too).
_BRAZIL = re.compile(r"\b(?:nao|uai|tche|trem|guri|voce|pra|tambem|entao|muito)\b")
_BRAZIL_CONTEXT: tuple[Fold, ...] = (
    # "tô" (estou), "tá" (está) before a participle, a gerund or a place
    ctx(
        r"(?<![\w'])(?P<w>to)\s+(?=num|numa|no|na|preso|presa|cansad\w|trancad\w|sem|\w+ndo\b)",
        "estou",
    ),
    # "não dou conta mais não" (não aguento mais): "dar conta" is to bear it
    ctx(r"\b(?P<w>nao\s+dou\s+(?:mais\s+)?conta)\b", "nao aguento"),
    ctx(r"\b(?P<w>nao\s+(?:da|deu)\s+(?:mais\s+)?conta)\b", "nao aguento"),
)

# --- Newfoundland, Scouse and Kenyan English --------------------------------------------------
_ENGLISH_WORDS = words(
    {
        # g-dropped "nothin's" (nothing's), "thankin", "puttin", "savin"
        "nothin's": "nothing's",
        "somethin's": "something's",
        "thankin": "thanking",
        "puttin": "putting",
        "savin": "saving",
        "stockin": "stocking",
        # Swahili and Sheng, words of no other language the app reads: "kwaheri" (goodbye),
        # "nimekusanya" (I have collected), "nimechoka" (I am tired), "nataka kufa" (I want
        # to die), "sitaki kuishi" (I do not want to live)
        "kwaheri": "goodbye",
        "nimekusanya": "i've collected",
        "nimechoka": "i'm tired",
        "nataka kufa": "i want to die",
        "nataka kujiua": "i want to kill myself",
        "sitaki kuishi": "i don't want to live",
    }
)
# Newfoundland, Scouse and Irish "me" (my) before what one owns: "under me bed", "me last
# attempt", "me mum"; not "give me stick" (no owned noun follows).
# Markers: two English words, so "me da lo mismo" (Spanish) is left alone.
_ENGLISH = re.compile(r"\b(?:the|and|i|i'm|i've|my|it's|was|with|after|under|of|to|me)\b")
_ME = re.compile(
    r"\bme\s+(?:last|own|old|mum|mam|dad|nan|cousin|bed|room|brother|sister|mate"
    r"|family|head|life|arm|wrist|leg|tablets|pills|meds|stuff|things|kids|missus|fella|girl"
    r"|boy|wife|husband|dog|cat)"
)
_ENGLISH_CONTEXT: tuple[Fold, ...] = (
    ctx(
        # … and after a verb that ends or takes it: "try to end me life", "took me own life"
        r"(?:^|\b(?:under|to|in|after|of|with|for|from|at|on|by|and|since|about|off|end|ending"
        r"|ended|take|taking|took)\s+)"
        r"(?P<w>me)\s+(?=(?:last\s+(?:attempt|try|go|overdose)|own|old|mum|mam|dad|nan|nanny|cousin|bed|room"
        r"|brother|sister|mate|mates|family|head|life|arms?|wrists?|legs?|tablets|pills|meds"
        r"|stuff|things|kids|missus|fella|girlfriend|boyfriend|wife|husband|dog|cat)\b)",
        "my",
    ),
)


def respell_regions(norm: str, mapping: list[int]) -> tuple[str, list[int]]:
    """``norm`` with the regional words above respelt where their register is in the
    sentence, and the offset map kept in step."""
    norm, mapping = apply_where(norm, mapping, _HESSIAN, (_HESSIAN_WORDS, *_HESSIAN_CONTEXT), 2)
    norm, mapping = apply_where(norm, mapping, _CREOLE, (_CREOLE_WORDS, *_CREOLE_CONTEXT), 2)
    norm, mapping = apply_where(norm, mapping, _VENETO, _VENETO_CONTEXT)
    norm, mapping = apply_where(norm, mapping, _BRAZIL, _BRAZIL_CONTEXT)
    norm, mapping = apply(norm, mapping, (_ENGLISH_WORDS,))
    if _ME.search(norm):  # the sentence-by-sentence scan only where "me" is
        norm, mapping = apply_where(norm, mapping, _ENGLISH, _ENGLISH_CONTEXT, 3)
    return respell_fringes(norm, mapping)
