"""Burden told by others' ease without the minding of the writer, or by the writer holding
their lives back; in six languages.

Why: the burden families read "they'd be better off without me" and "I'm a drain". Writers
also say how much lighter others' days would be if they did not have to mind them, or that they
hold someone's life back:

* **others at ease if they did not have to mind the writer**: "everyone would sleep easier if
  they didn't have to keep checking on me", "estarían más tranquilos si no tuvieran que estar
  pendientes de mí", "sarebbero più tranquilli se non dovessero badare a me", "ils seraient
  plus tranquilles s'ils n'avaient pas à s'occuper de moi", "sie hätten es leichter, wenn sie
  sich nicht um mich kümmern müssten", "ficavam mais descansados se não tivessem de cuidar de
  mim" (not sharing a room or paying a bill: the minding is of the writer);
* **the writer holding someone's life back**: "I hold everyone back", "eu atraso a vida
  dela", "le atraso la vida a mi madre", "je leur gâche la vie", "gli rovino la vita", "ich
  bremse sie nur aus", closing the clause (not "I hold him back when he wants to fight"); or
  dragging them down with the writer, "all I do is drag her down with me", "je l'entraîne
  avec moi vers le fond", "la trascino giù con me", "la arrastro conmigo", "puxo ela pra baixo
  comigo", "ich ziehe sie mit mir runter" (the "with me" names the writer's own sinking; "drag
  the bins down" names no one).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, family
from neuroleaf_desktop.domain.safety.rules_burden_weight import ON_A_THING

_S = SAME_SENTENCE
_CLOSE = r"(?=\s*(?:$|[.!?,;:\n]|\s+(?:and|but|und|aber|et|mais|y|pero|e|mas|ma)\b))"
_EASIER = {
    "en": r"\b(?:would|'d)\s+(?:all\s+)?(?:sleep\s+(?:easier|better)|be\s+(?:so\s+much\s+|much\s+|a"
    r"\s+lot\s+)?(?:quicker|faster|easier|lighter|calmer|freer|more\s+relaxed)|breathe\s+easier"
    r"|get\s+(?:on|through)\s+(?:faster|quicker))\b",
    "es": r"\b(?:estarian|vivirian|dormirian|irian|trabajarian)\s+(?:mucho\s+)?(?:mas\s+)?"
    r"(?:tranquil[oa]s|mejor|descansad[oa]s|rapido|ligeros)\b",
    "pt": r"\b(?:ficavam|ficariam|estariam|viviam|viveriam|dormiam|dormiriam)\s+(?:muito\s+)?"
    r"(?:mais\s+)?(?:descansad[oa]s|tranquil[oa]s|melhor|aliviad[oa]s|leves)\b",
    "it": r"\b(?:sarebbero|starebbero|vivrebbero|dormirebbero)\s+(?:molto\s+)?(?:piu\s+)?"
    r"(?:tranquill[ie]|meglio|sereni|leggeri|liberi)\b",
    "fr": r"\b(?:ils|elles|elle|il)\s+(?:seraient|serait|vivraient|dormiraient)\s+(?:bien\s+)?"
    r"(?:plus\s+)?(?:tranquilles?|mieux|legers?|libres?|sereins?)\b",
    "de": r"\b(?:ha(?:e)?tten|ha(?:e)?tte)\s+(?:es\s+)?(?:so\s+)?(?:viel\s+)?(?:leichter|ruhiger"
    r"|besser)\b|\bwa(?:e)?ren\s+(?:viel\s+)?(?:ruhiger|entspannter|freier|schneller)\b",
}
_UNMINDED = {
    "en": r"\bif\s+they\s+(?:didn'?t|did\s+not)\s+have\s+to\s+(?:keep\s+)?(?:check\w*\s+(?:on"
    r"|in\s+on)|look\w*\s+after|mind\w*|babysit\w*|carry\w*|cover\w*\s+for|watch\w*)\s+me\b",
    "es": r"\bsi\s+no\s+(?:tuvieran|tuviesen)\s+que\s+(?:estar\s+pendientes\s+de\s+mi|cuidarme"
    r"|vigilarme|cargar\s+conmigo|ocuparse\s+de\s+mi)\b",
    "pt": r"\bse\s+nao\s+(?:tivessem|precisassem)\s+de\s+(?:cuidar\s+de\s+mim|me\s+vigiar|me\s+"
    r"aturar|olhar\s+por\s+mim|se\s+preocupar\s+comigo)\b",
    "it": r"\bse\s+non\s+(?:dovessero|avessero\s+da)\s+(?:badare\s+a\s+me|occuparsi\s+di\s+me"
    r"|controllarmi|starmi\s+dietro|sopportarmi)\b",
    "fr": r"\bs'\s*(?:ils|elles|il|elle)\s+n'\s*(?:avaient|avait)\s+pas\s+a\s+(?:s'\s*occuper\s+de"
    r"\s+moi|me\s+surveiller|me\s+supporter|veiller\s+sur\s+moi)\b",
    "de": r"\bwenn\s+(?:sie|er)\s+sich\s+nicht\s+(?:\w+\s+)?um\s+mich\s+(?:ku(?:e)?mmern|sorgen)"
    r"\s+mu(?:e)?ssten?\b|\bwenn\s+(?:sie|er)\s+nicht\s+(?:sta(?:e)?ndig\s+)?auf\s+mich\s+"
    r"aufpassen\s+mu(?:e)?ssten?\b",
}
_HOLD_BACK = {
    "en": r"\b(?:i\s+(?:just\s+|only\s+)?|all\s+i\s+(?:ever\s+)?do\s+is\s+)(?:hold|drag)\s+(?:her"
    r"|him|them|everyone|everybody|us\s+all|my\s+\w+)\s+(?:back|down)\b(?:\s+with\s+me)?" + _CLOSE,
    "pt": r"\b(?:eu\s+)?(?:so\s+)?(?:atraso|atrapalho|empato)\s+a\s+vida\s+(?:d(?:ela|ele|eles"
    r"|elas)|d[ao]s?\s+\w+|de\s+(?:toda\s+a\s+gente|todos))\b"
    + _CLOSE
    + r"|\b(?:eu\s+)?(?:so\s+)?(?:puxo|arrasto)\s+(?:ela|ele|eles|elas|todos)\s+(?:pra|para)\s+"
    r"(?:baixo|o\s+fundo)\s+comigo\b" + _CLOSE,
    "es": r"\b(?:le|les)\s+(?:atraso|arruino|estorbo)\s+la\s+vida\b(?:\s+a\s+(?:mi\s+)?\w+)?"
    + _CLOSE
    + r"|\b(?:la|lo|las|los)\s+arrastro\s+conmigo(?:\s+(?:hacia\s+abajo|al\s+fondo))?"
    + _CLOSE,
    "it": r"\b(?:gli|le)\s+(?:rovino|blocco|rallento)\s+la\s+vita\b"
    + _CLOSE
    + r"|\b(?:la|lo|li|le)\s+trascino\s+(?:giu\s+con\s+me|con\s+me\s+(?:giu|a\s+fondo))"
    + _CLOSE,
    "fr": r"\bje\s+(?:lui|leur)\s+(?:gache|pourris|freine)\s+la\s+vie\b"
    + _CLOSE
    + r"|\bje\s+(?:l'\s*|les\s+)(?:entraine|tire)\s+avec\s+moi\s+(?:vers\s+le\s+(?:fond|bas)"
    r"|au\s+fond)" + _CLOSE,
    "de": r"\bich\s+(?:halte|bremse)\s+(?:sie|ihn|alle)\s+(?:nur\s+)?(?:auf|aus)\b"
    + _CLOSE
    + r"|\bich\s+ziehe?\s+(?:sie|ihn|alle)\s+(?:nur\s+)?mit\s+mir\s+(?:runter|nach\s+unten"
    r"|in\s+die\s+tiefe)" + _CLOSE,
}

# The writer robbing the one who cares for them of their life: "ich raube ihm sein eigenes
# Leben", "roubei a vida dela", "le robo la vida a mi hija", "gli rubo la vita", "je lui vole sa
# vie", "I'm stealing her life" (the life closing the clause: not "his life story", "la vida
# loca"; taking a life is another thing and is not read here)
_LIFE_TAKEN = {
    "en": r"\bi(?:'m|\s+am|'ve|\s+have)?\s+(?:just\s+|only\s+)?(?:stealing|stolen|stole|robbing"
    r"|robbed)\s+(?:her|him|them|my\s+\w+)\s+of\s+(?:her|his|their)\s+(?:own\s+)?life\b"
    r"|\bi(?:'m|\s+am|'ve|\s+have)?\s+(?:just\s+|only\s+)?(?:stealing|stolen|stole)\s+(?:her|his"
    r"|their|my\s+\w+'s)\s+(?:own\s+)?life\b",
    "de": r"\bich\s+(?:raube|stehle|klaue)\s+(?:ihm|ihr|ihnen|meinem\s+\w+|meiner\s+\w+)\s+"
    r"(?:sein|ihr)(?:e[ns]?)?\s+(?:eigenes?\s+|ganzes?\s+)?leben\b",
    "pt": r"\b(?:eu\s+)?(?:roubei|roubo|(?:estou|to|tou)\s+roubando)\s+a\s+vida\s+(?:dela|dele"
    r"|deles|delas|d[ao]s?\s+(?:meu\s+|minha\s+)?\w+)",
    "es": r"\b(?:le|les)\s+(?:robo|robe|he\s+robado|estoy\s+robando)\s+la\s+vida\b"
    r"(?:\s+a\s+(?:mi\s+)?\w+)?|\bestoy\s+robandole\s+la\s+vida\b(?:\s+a\s+(?:mi\s+)?\w+)?",
    "it": r"\b(?:gli|le)\s+(?:rubo|ho\s+rubato|sto\s+rubando)\s+la\s+vita\b",
    "fr": r"\bje\s+(?:lui|leur)\s+(?:vole|ai\s+vole)\s+(?:sa|leur)\s+vie\b",
}
_LIFE_TAKEN = {lang: pattern + _CLOSE for lang, pattern in _LIFE_TAKEN.items()}
# The writer named as a stone or a load the others carry or haul: "I am just a stone they
# carry", "a load my daughter hauls up and down the stairs", "sono un sasso che si portano
# dietro", "je suis un poids qu'ils traînent" (a load on a cart, a rucksack is not one)
_CARRIED = {
    "en": r"\bi(?:'m|\s+am|'ve\s+become|\s+have\s+become)\s+(?:just\s+|only\s+|nothing\s+but\s+)?"
    r"a\s+(?:stone|rock|load|sack|weight|millstone)\s+(?:that\s+)?(?:they|she|he|everyone"
    r"|my\s+\w+)\s+(?:(?:has|have)\s+to\s+)?(?:carr(?:y|ies)|haul|hauls|drag|drags|lug|lugs)\b",
    "de": r"\bich\s+bin\s+(?:nur\s+)?(?:ein|eine)\s+(?:stein|last|sack|klotz)\s*,?\s+(?:den|die)\s+"
    r"(?:sie|er|alle|meine\s+\w+|mein\s+\w+)\s+(?:mit\s+sich\s+)?(?:schleppen|schleppt|tragen"
    r"|tra(?:e)?gt)\s+(?:mu(?:e)?ss(?:en)?)?\b",
    "fr": r"\bje\s+suis\s+(?:juste\s+)?(?:un|une)\s+(?:pierre|poids|fardeau|boulet|charge)\s+"
    r"qu(?:'\s*(?:ils|elles?|il)|e\s+(?:ma|mon|mes)\s+\w+)\s+(?:porte|portent|traine|trainent)\b",
    "es": r"\bsoy\s+(?:solo\s+)?(?:una\s+piedra|un\s+peso|una\s+carga|un\s+fardo|un\s+lastre)\s+"
    r"que\s+(?:(?:mi|mis)\s+\w+\s+)?(?:carga|cargan|arrastra|arrastran|lleva|llevan)\b",
    "pt": r"\bsou\s+(?:so\s+)?(?:uma\s+pedra|um\s+peso|uma\s+carga|um\s+fardo)\s+que\s+"
    r"(?:(?:a\s+minha|o\s+meu|minha|meu|os\s+meus|as\s+minhas)\s+\w+\s+)?(?:carrega|carregam"
    r"|arrasta|arrastam|leva|levam)\b",
    "it": r"\bsono\s+(?:solo\s+)?(?:un\s+sasso|una\s+pietra|un\s+peso|un\s+fardello|una\s+zavorra)"
    r"\s+che\s+(?:(?:mia|mio|i\s+miei|le\s+mie)\s+\w+\s+)?(?:si\s+)?(?:porta|portano|trascina"
    r"|trascinano)\b",
}
_CARRIED = {lang: pattern + ON_A_THING for lang, pattern in _CARRIED.items()}

# The writer only taking from those who give: "the church keeps collecting for me, I take and
# take and give nothing", "je prends et je ne donne rien en retour", "prendo e prendo e non do
# niente" (the taking bare: "I take and take photos" names what is taken)
_ONLY_TAKING = {
    "en": r"\bi\s+(?:just\s+|only\s+)?take\s+and\s+take(?:\s+and\s+take)?\s*,?\s+and\s+(?:give"
    r"|return)\s+(?:nothing|nowt)(?:\s+back)?",
    "de": r"\bich\s+nehme?\s+(?:nur\s+)?und\s+nehme?\s+und\s+gebe?\s+nichts(?:\s+zuru(?:e)?ck)?",
    "fr": r"\bje\s+prends\s+(?:et\s+je\s+prends\s+)?et\s+je\s+ne\s+(?:donne|rends)\s+rien"
    r"(?:\s+en\s+retour)?",
    "es": r"\b(?:yo\s+)?(?:solo\s+)?(?:tomo|recibo)\s+y\s+(?:tomo|recibo)\s+y\s+no\s+doy\s+nada"
    r"(?:\s+a\s+cambio)?",
    "pt": r"\b(?:eu\s+)?(?:so\s+)?(?:tiro|recebo)\s+e\s+(?:tiro|recebo)\s+e\s+nao\s+dou\s+nada"
    r"(?:\s+em\s+troca)?",
    "it": r"\b(?:io\s+)?(?:prendo|ricevo)\s+e\s+(?:prendo|ricevo)\s+e\s+non\s+do\s+(?:niente|nulla)"
    r"(?:\s+in\s+cambio)?",
}
_ONLY_TAKING = {lang: pattern + _CLOSE for lang, pattern in _ONLY_TAKING.items()}


def _unminded(lang: str) -> str:
    """Others at ease, then (within the sentence) the minding of the writer they'd be spared."""
    return rf"(?:{_EASIER[lang]}){_S}{{0,30}}?(?:{_UNMINDED[lang]})"


_NAME = "burden_minded"
RULES: tuple[Rule, ...] = (
    family(
        _NAME,
        "easier_unminded",
        Category.BURDEN,
        Severity.CONCERN,
        {lang: _unminded(lang) for lang in _EASIER},
        {
            "en": "if they",
            "es": "si no",
            "pt": "se nao",
            "it": "se non",
            "fr": "pas a",
            "de": "mich",
        },
    )
    + family(
        _NAME,
        "life_held_back",
        Category.BURDEN,
        Severity.CONCERN,
        _HOLD_BACK,
        {
            "en": "back|down",
            "pt": "vida|comigo",
            "es": "vida|conmigo",
            "it": "vita|con me",
            "fr": "vie|avec moi",
            "de": "auf|aus|mit mir",
        },
    )
    + family(
        _NAME,
        "life_taken",
        Category.BURDEN,
        Severity.CONCERN,
        _LIFE_TAKEN,
        {
            "en": "stealing|stolen|stole|robbing|robbed",
            "de": "raube|stehle|klaue",
            "pt": "roub",
            "es": "rob",
            "it": "rub",
            "fr": "vole",
        },
    )
    + family(
        _NAME,
        "load_carried",
        Category.BURDEN,
        Severity.CONCERN,
        _CARRIED,
        {
            "en": "carr|haul|drag|lug",
            "de": "schlepp|trag",
            "fr": "port|train",
            "es": "carga|arrastr|llev",
            "pt": "carreg|arrast|lev",
            "it": "port|trascin",
        },
    )
    + family(
        _NAME,
        "only_taking",
        Category.BURDEN,
        Severity.CONCERN,
        _ONLY_TAKING,
        {
            "en": "take and take",
            "de": "und gebe|und geb",
            "fr": "je prends",
            "es": "no doy",
            "pt": "nao dou",
            "it": "non do",
        },
    )
)

__all__ = ["RULES"]
