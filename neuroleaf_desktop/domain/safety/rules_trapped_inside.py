"""Trapped pain told as the writer shut inside their own head, or going round in it without
end, or as a pain with no respite anywhere; in six languages.

Why: "I'm trapped inside my own head" was read; writers also say they cannot get out of it,
pace inside it or sit stuck in themselves: "can't get out of my own skull", "whole day I'm
pacing inside my head", "no puedo salir de mi propia cabeza", "não consigo sair da minha
cabeça", "non riesco a uscire dalla mia testa", "je n'arrive pas à sortir de ma tête", "ich
sitz in mir fest", "je tourne en rond dans ma tête, sans fin", "giro in tondo nella mia testa
giorno e notte".

The head is the writer's own, and the going round has no end said ("sans fin", "day and
night"); a thing that will not leave the head ("can't get that song out of my head") or a
choice turned over ("je tourne en rond dans ma tête pour choisir un cadeau") is left alone.

The pain inside with no respite in any place is the same trap: "this pain don't let up, not in
sleep, not in church, not anywhere", "é como o calor dentro do peito, não há sombra em lado
nenhum", "dentro de mí no hay descanso en ningún sitio", "en moi pas de répit nulle part"; the
pain or the inside of the writer is named, and a beach, a heatwave or a walk without shade is
the weather.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, family

_S = SAME_SENTENCE
# a choice, a plan or a tune turned over: the going round has a purpose
_NO_PURPOSE = (
    r"(?!" + _S + r"*\b(?:choos\w*|decid\w*|pick\w*|song|tune|plan\w*|idea|gift|present"
    r"|entscheid\w*|aussuch\w*|lied|geschenk|choisir|decider|chanson|cadeau|idee|elegir|decidir"
    r"|cancion|regalo|idea|escolher|decidir|musica|presente|scegliere|decidere|canzone|regalo"
    r"|idea)\b)"
)
_ENDLESS = (
    r"(?:sans\s+fin|sans\s+arret|jour\s+et\s+nuit|ohne\s+ende|tag\s+und\s+nacht|sin\s+fin"
    r"|dia\s+y\s+noche|sem\s+fim|dia\s+e\s+noite|senza\s+fine|giorno\s+e\s+notte|day\s+and\s+night"
    r"|all\s+day|the\s+whole\s+day|whole\s+day|24/7|non-?stop|endless\w*|toute\s+la\s+journee"
    r"|den\s+ganzen\s+tag|todo\s+el\s+dia|o\s+dia\s+todo|tutto\s+il\s+giorno)"
)
_SHUT = {
    "en": r"\b(?:can'?t|cannot|can\s+not)\s+get\s+out\s+of\s+my\s+(?:own\s+)?(?:head|skull|mind"
    r"|skin)\b(?!\s+(?:the|that|this|what|how)\b)",
    "de": r"\b(?:sitz|sitze|steck|stecke|hock|hocke)\s+(?:ich\s+)?in\s+mir\s+(?:selbst\s+)?fest\b"
    r"|\b(?:komm|komme)\s+(?:ich\s+)?(?:aus\s+meinem\s+(?:eigenen\s+)?kopf\s+nicht\s+(?:mehr\s+)?"
    r"raus|nicht\s+(?:mehr\s+)?aus\s+meinem\s+(?:eigenen\s+)?kopf\s+raus)\b",
    "fr": r"\bje\s+n'\s*arrive\s+pas\s+a\s+sortir\s+de\s+ma\s+(?:propre\s+)?tete\b",
    "es": r"\bno\s+(?:puedo|consigo)\s+salir\s+de\s+mi\s+(?:propia\s+)?cabeza\b",
    "pt": r"\bnao\s+consigo\s+sair\s+da\s+minha\s+(?:propria\s+)?cabeca\b",
    "it": r"\bnon\s+riesco\s+a\s+uscire\s+dalla\s+mia\s+(?:stessa\s+)?testa\b",
}
# going round inside the head: read only with its endlessness said in the sentence
_ROUND = {
    "en": r"\bpacing\s+(?:around\s+|about\s+)?(?:inside|in)\s+my\s+(?:own\s+)?(?:head|skull"
    r"|mind)\b",
    "de": r"\b(?:dreh|drehe)\s+(?:ich\s+)?mich\s+(?:\w+\s+)?im\s+kreis\s+in\s+meinem\s+kopf\b",
    "fr": r"\bje\s+tourne\s+en\s+rond\s+dans\s+ma\s+tete\b",
    "es": r"\bdoy\s+vueltas\s+(?:dentro\s+de|en)\s+mi\s+(?:propia\s+)?cabeza\b",
    "pt": r"\bando\s+(?:as\s+voltas|em\s+circulos)\s+(?:dentro\s+d|n)a\s+minha\s+cabeca\b",
    "it": r"\bgiro\s+in\s+tondo\s+(?:dentro\s+)?(?:nella|la)\s+mia\s+testa\b",
}


def _inside(lang: str) -> str:
    """Shut inside the head, or going round in it with its endlessness said."""
    return (
        rf"(?:^|(?<=[.!?\n])){_NO_PURPOSE}(?:{_S}*?(?:{_SHUT[lang]})"
        rf"|(?={_S}*{_ENDLESS}){_S}*?(?:{_ROUND[lang]}))"
    )


# --- a pain inside with no respite anywhere ---------------------------------------------------
_NOT_WEATHER = (
    r"(?!" + _S + r"*\b(?:beach|sun\w*|heatwave|walk\w*|hike|park|garden|holiday|strand|sonne\w*"
    r"|hitzewelle|wander\w*|urlaub|plage|soleil|canicule|randonnee|vacances|playa|sol|ola\s+de"
    r"\s+calor|paseo|vacaciones|praia|onda\s+de\s+calor|passeio|ferias|spiaggia|sole|caldo"
    r"\s+record|passeggiata|vacanz\w*)\b)"
)
_INNER = {
    "en": r"\b(?:pain|hurt|ache|inside\s+me|in\s+my\s+chest)\b",
    "de": r"\b(?:schmerz\w*|in\s+mir|in\s+meiner\s+brust)\b",
    "fr": r"\b(?:douleur|mal|en\s+moi|dans\s+(?:ma|la)\s+poitrine)\b",
    "es": r"\b(?:dolor|dentro\s+de\s+mi|en\s+el\s+pecho)\b",
    "pt": r"\b(?:dor|dentro\s+de\s+mim|dentro\s+do\s+peito|no\s+peito)\b",
    "it": r"\b(?:dolore|male|dentro\s+di\s+me|nel\s+petto)\b",
}
_NO_RESPITE = {
    "en": r"\b(?:don'?t|doesn'?t|won'?t|never)\s+(?:let\s+up|ease|lift|stop)\b" + _S + r"{0,50}?"
    r"\bnot\s+anywhere\b|\bno\s+(?:shade|rest|relief|respite|escape|break)\s+anywhere\b",
    "de": r"\b(?:kein\w*\s+(?:schatten|ruhe|erleichterung|pause|atempause)\s+(?:nirgends"
    r"|nirgendwo)|nirgends\s+(?:schatten|ruhe|erleichterung))\b",
    "fr": r"\b(?:pas\s+(?:de\s+|d'\s*)?|aucun\w*\s+)(?:ombre|repos|repit|soulagement|pause)"
    r"\s+nulle\s+part\b",
    "es": r"\bno\s+hay\s+(?:sombra|descanso|alivio|respiro|tregua)\s+en\s+(?:ningun\s+(?:lado"
    r"|sitio)|ninguna\s+parte)\b",
    "pt": r"\bnao\s+ha\s+(?:sombra|descanso|alivio|folga|tregua)\s+em\s+(?:lado|sitio|parte)\s+"
    r"nenhum\b",
    "it": r"\bnon\s+c'\s*e\s+(?:ombra|riposo|sollievo|tregua)\s+da\s+nessuna\s+parte\b",
}

_NAME = "trapped_inside"
RULES: tuple[Rule, ...] = family(
    _NAME,
    "own_head",
    Category.TRAPPED_PAIN,
    Severity.CONCERN,
    {lang: _inside(lang) for lang in _SHUT},
    {
        "en": "head|skull|mind|skin",
        "de": "mir|kopf",
        "fr": "tete",
        "es": "cabeza",
        "pt": "cabeca",
        "it": "testa",
    },
)

RULES += family(
    _NAME,
    "no_respite_anywhere",
    Category.TRAPPED_PAIN,
    Severity.CONCERN,
    {
        lang: rf"(?:^|(?<=[.!?\n])){_NOT_WEATHER}(?={_S}*{_INNER[lang]}){_S}*?"
        rf"(?:{_NO_RESPITE[lang]})"
        for lang in _INNER
    },
    {
        "en": "anywhere",
        "de": "nirgend",
        "fr": "nulle part",
        "es": "ningun",
        "pt": "nenhum",
        "it": "nessuna",
    },
)

__all__ = ["RULES"]
