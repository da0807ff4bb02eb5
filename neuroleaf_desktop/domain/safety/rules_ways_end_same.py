"""Trapped pain told as every way tried ending at the same wall or the same place, in German,
French, Spanish, Portuguese and Italian.

Why: a writer who finds no way out often tells the trying, not the exit: "todo camino termina
en la misma pared", "doy vueltas y vueltas y siempre amanezco en el mismo sitio", "giro e
rigiro ma mi ritrovo sempre nello stesso punto", "je tourne en rond et je reviens toujours au
même endroit", "egal welchen Weg ich nehme, ich lande immer an derselben Wand". The words of
the picture change, its parts do not: every way or all the turning round, and the same place
or a wall at its end. English has its own frame of every way shut (``rules_en_ways_shut``).

The same picture is also a drive, a walk or a maze: a car, a sat-nav, a car park, a town's
streets or a game named in the sentence keep it literal, and it counts only beside a pain, a
sorrow or an exit denied (``trapped_words``), the thing the writer is going round in.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family
from neuroleaf_desktop.domain.safety.trapped_words import EXIT_DENIED, PAIN, SORROW

_LANGS = ("de", "fr", "es", "pt", "it")

# --- every way tried, or the turning round, ending at the same place or a wall -------------------
_ENDS_THE_SAME = {
    "de": r"\b(?:jeder|egal\s+welche[rn]?)\s+weg\b[^.!?\n]{0,30}?\b(?:endet|lande\w*|fu(?:e)?hrt)"
    r"\s+(?:\w+\s+){0,2}?(?:an|vor|bei)\s+(?:derselben|der\s+gleichen|einer)\s+(?:\w+\s+)?wand\b"
    r"|\b(?:dreh\w*|lauf\w*)\s+(?:mich\s+)?(?:immer\s+)?im\s+kreis\b",
    "fr": r"\b(?:chaque|tout)\s+(?:chemin|route|porte)\b[^.!?\n]{0,30}?\b(?:finit|fini|termine"
    r"|mene|bute)\w*\s+(?:\w+\s+){0,2}?(?:contre|sur|a|au)\s+(?:le\s+meme|la\s+meme|un)\s+mur\b"
    r"|\bje\s+tourne\s+en\s+rond\b[^.!?\n]{0,50}?\b(?:meme\s+(?:endroit|point|place)|au\s+point"
    r"\s+de\s+depart)\b",
    "es": r"\b(?:todo|cada)\s+camino\b[^.!?\n]{0,30}?\b(?:termina|acaba|da|choca)\s+"
    r"(?:\w+\s+){0,2}?(?:en|con|contra)\s+(?:la\s+misma|el\s+mismo|una|un)\s+(?:pared|muro)\b"
    r"|\b(?:doy|dando)\s+vueltas\b[^.!?\n]{0,60}?\b(?:siempre|otra\s+vez|de\s+nuevo)\s+"
    r"(?:\w+\s+){0,2}?(?:en|al)\s+(?:el\s+)?mismo\s+(?:sitio|lugar|punto)\b",
    "pt": r"\b(?:todo|cada)\s+caminho\b[^.!?\n]{0,30}?\b(?:termina|acaba|da|bate)\s+"
    r"(?:\w+\s+){0,2}?(?:na|no|numa|num|contra\s+a|contra\s+o)\s+(?:mesma\s+)?(?:parede|muro)\b"
    r"|\b(?:dou|dando)\s+voltas\b[^.!?\n]{0,60}?\b(?:sempre|outra\s+vez|de\s+novo)\s+"
    r"(?:\w+\s+){0,2}?(?:no|ao)\s+mesmo\s+(?:sitio|lugar|ponto)\b",
    "it": r"\b(?:ogni|qualsiasi)\s+(?:strada|via)\b[^.!?\n]{0,30}?\b(?:finisce|termina|sbatte)\s+"
    r"(?:\w+\s+){0,2}?(?:contro|su|in)\s+(?:lo\s+stesso|un)\s+muro\b"
    r"|\bgir\w*\s+e\s+rigir\w*\b[^.!?\n]{0,60}?\b(?:sempre|di\s+nuovo)\s+(?:\w+\s+){0,2}?"
    r"(?:nello|allo|al)\s+stesso\s+(?:punto|posto)\b",
}
# A drive, a walk, a maze or a game: the way is a real one.
_A_REAL_WAY = {
    "de": r"auto|navi|parkhaus|stadt|stra(?:ss|ß)en|labyrinth|spiel|level",
    "fr": r"voiture|gps|parking|ville|rues|labyrinthe|jeu|niveau",
    "es": r"coche|carro|auto|gps|parking|estacionamiento|ciudad|calles|laberinto|juego|nivel",
    "pt": r"carro|gps|estacionamento|cidade|ruas|labirinto|jogo|nivel",
    "it": r"macchina|auto|navigatore|gps|parcheggio|citta|strade|labirinto|gioco|livello",
}


def _going_round(lang: str) -> str:
    """The way round ending the same, in a sentence that also holds what it is going round in
    (anywhere in it: "je tourne en rond avec cette douleur et je reviens au même endroit")."""
    held = rf"\b(?:{PAIN[lang]}|{SORROW[lang]})\b|{EXIT_DENIED[lang]}"
    return (
        rf"(?:^|(?<=[.!?\n]))(?![^.!?\n]*\b(?:{_A_REAL_WAY[lang]})\b)(?=[^.!?\n]*?(?:{held}))"
        rf"[^.!?\n]*?(?:{_ENDS_THE_SAME[lang]})"
    )


RULES: tuple[Rule, ...] = family(
    "core",
    "ways_end_the_same",
    Category.TRAPPED_PAIN,
    Severity.CONCERN,
    {lang: _going_round(lang) for lang in _LANGS},
    {
        "de": "weg|kreis",
        "fr": "chemin|route|porte|tourne",
        "es": "camino|vueltas",
        "pt": "caminho|voltas",
        "it": "strada|via|rigir",
    },
    inherent=False,
)

__all__ = ["RULES"]
