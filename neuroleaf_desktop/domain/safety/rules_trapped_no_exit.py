"""Trapped: the search for a way out given up, or no door to leave by; in six languages.

Why: "there is no way out" and "no hay salida" were read. Writers also say the hope of an exit
has gone by saying they stopped looking for one: "I've given up looking for any way out of
it", "ich hab aufgehört, einen Ausweg zu suchen", "j'ai arrêté de chercher une issue", "he
dejado de buscar una salida", "ho smesso di cercare una via d'uscita", "desisti de procurar
uma saída"; or they name the missing door: "não há porta por onde sair", "no hay puerta por
donde salir", "il n'y a aucune porte pour sortir", "non c'è una porta da cui uscire", "es gibt
keine Tür nach draußen", "there's no door out of it".

What is left alone: a real place one is shut in or lost in (a lift, a car park, a maze, an
escape room, a cave, a traffic jam, a game), named after the words; the
negation readers judge "I've never given up looking for a way out".
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, family

_S = SAME_SENTENCE
# a real place: a lift, a car park, a maze, an escape room, a cave, a jam, a game level
_NOT_A_PLACE = (
    r"(?!" + _S + r"*\b(?:lift|elevator|car\s*park|parking|maze|labyrinth|escape\s+room|cave"
    r"|traffic|jam|game|level|building|stadium|festival|forest|woods|aufzug|fahrstuhl|parkhaus"
    r"|labyrinth|escape-?room|ho(?:e)?hle|stau|spiel|ascenseur|parking|labyrinthe|grotte"
    r"|bouchon|jeu|ascensor|estacionamiento|aparcamiento|laberinto|cueva|atasco|juego|elevador"
    r"|estacionamento|labirinto|gruta|engarrafamento|jogo|ascensore|parcheggio|grotta|ingorgo"
    r"|gioco)\b)"
)
_GIVEN_UP = {
    "en": r"\b(?:given\s+up|gave\s+up|stopped|quit)\s+(?:looking|searching|hoping)\s+for\s+"
    r"(?:any|a|the|some)\s+(?:way|road|door|exit)\s+out\b",
    "de": r"\b(?:aufgeho(?:e)?rt|aufgegeben),?\s+(?:noch\s+)?(?:nach\s+)?(?:einem|einen)\s+"
    r"(?:ausweg|ausgang)\s+zu\s+suchen\b|\bsuche?\s+(?:schon\s+)?(?:keinen\s+(?:ausweg|ausgang)"
    r"\s+mehr|nicht\s+mehr\s+nach\s+einem\s+(?:ausweg|ausgang))\b",
    "fr": r"\b(?:arrete|cesse|renonce)\s+(?:de|a)\s+chercher\s+(?:une|la|aucune)\s+(?:issue"
    r"|sortie|porte\s+de\s+sortie)\b|\bje\s+ne\s+cherche\s+plus\s+(?:d'\s*|aucune\s+)(?:issue"
    r"|sortie)\b",
    "es": r"\b(?:deje|he\s+dejado|dejo|deje\s+ya)\s+de\s+buscar\s+(?:una|la|alguna)\s+salida\b"
    r"|\bya\s+no\s+busco\s+(?:una\s+|ninguna\s+|la\s+)?salida\b",
    "pt": r"\b(?:desisti|deixei|ja\s+deixei)\s+de\s+procurar\s+(?:uma|a|alguma)\s+saida\b"
    r"|\bja\s+nao\s+procuro\s+(?:uma\s+|nenhuma\s+|a\s+)?saida\b",
    "it": r"\b(?:ho\s+smesso|smetto|ho\s+rinunciato)\s+(?:di|a)\s+cercare\s+(?:una|la|un')\s*"
    r"(?:via\s+d'\s*uscita|uscita|via\s+di\s+fuga)\b|\bnon\s+cerco\s+piu\s+(?:una\s+|nessuna\s+)?"
    r"(?:via\s+d'\s*uscita|uscita)\b",
}
_NO_DOOR = {
    "en": r"\bthere'?s\s+no\s+door\s+(?:out|to\s+(?:get|go)\s+out"
    r"|i\s+can\s+(?:get|go)\s+out\s+of)\b"
    r"|\bthere\s+is\s+no\s+door\s+(?:out|to\s+(?:get|go)\s+out)\b",
    "de": r"\b(?:es\s+gibt\s+)?keine\s+tu(?:e)?r\s+(?:nach\s+drau(?:ss|ß)en|hinaus|raus)\b",
    "fr": r"\b(?:il\s+n'\s*y\s+a\s+)?(?:pas\s+de|aucune)\s+porte\s+(?:pour|par\s+ou)\s+sortir\b",
    "es": r"\bno\s+hay\s+(?:ninguna\s+)?puerta\s+(?:por\s+(?:donde|la\s+que)|para)\s+salir\b",
    "pt": r"\bnao\s+ha\s+(?:nenhuma\s+)?porta\s+(?:por\s+onde|para|pra)\s+sair\b",
    "it": r"\bnon\s+c'\s*e\s+(?:una|nessuna)\s+porta\s+(?:da\s+cui|per)\s+uscire\b",
}

RULES: tuple[Rule, ...] = family(
    "no_exit",
    "search_given_up",
    Category.TRAPPED_PAIN,
    Severity.CONCERN,
    {lang: rf"{_NOT_A_PLACE}(?:{p})" for lang, p in _GIVEN_UP.items()},
    {
        "en": "out",
        "de": "ausweg|ausgang",
        "fr": "issue|sortie",
        "es": "salida",
        "pt": "saida",
        "it": "uscita|fuga",
    },
    inherent=False,
) + family(
    "no_exit",
    "no_door",
    Category.TRAPPED_PAIN,
    Severity.CONCERN,
    {lang: rf"{_NOT_A_PLACE}(?:{p})" for lang, p in _NO_DOOR.items()},
    {
        "en": "door",
        "de": "tur|tuer",
        "fr": "porte",
        "es": "puerta",
        "pt": "porta",
        "it": "porta",
    },
    inherent=False,
)

__all__ = ["RULES"]
