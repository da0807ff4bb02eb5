"""Trapped pain told as the writer inside a closed place whose way out is missing, in six
languages.

Why: ``rules_core_shut_in`` reads a place one is shut in together with a second part (no bearing
it any longer). Writers also tell it by the image alone, the writer inside and the way out gone:
"feels like I'm down a mineshaft and nobody coming back for me", "parece que tô presa numa
gaiola e a chave sumiu", "è come stare in una cantina senza scale per risalire", "dans ma tête
c'est un couloir sans porte", "como si estuviera en un pozo sin escalera", "als wäre ich in
einem Keller ohne Tür". Three parts in one sentence: the writer in it (a simile of oneself or
"in my head"), a closed place, and its door, key, stairs or rescuer missing.

What stays out: a place described for itself ("the office is like a cell with no windows": no
writer in it, and windows are no way out), a cage or a cellar of an errand or a game ("locked
in the escape room with no key, we laughed"), and someone else in it (judged in ``context``).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family

_IN = r"[^.!?\n]"
# The writer inside: a simile of oneself, or the inside of one's head.
_ME_IN = {
    "en": r"\b(?:feels?\s+like\s+i'?m|like\s+being|like\s+i'?m|(?:it'?s|it\s+is)\s+like\s+being"
    r"|i'?m\s+(?:stuck|trapped|locked|shut)|in\s+my\s+head\s+it'?s)\b",
    "es": r"\b(?:como\s+si\s+estuviera|como\s+estar|(?:estoy|me\s+siento)\s+(?:encerrad[oa]"
    r"|atrapad[oa])|en\s+mi\s+cabeza\s+es)\b",
    "pt": r"\b(?:parece\s+que\s+(?:eu\s+)?(?:to|estou)|como\s+se\s+(?:eu\s+)?estivesse"
    r"|(?:to|estou)\s+(?:pres[oa]|trancad[oa])|na\s+minha\s+cabeca\s+e)\b",
    "fr": r"\b(?:comme\s+si\s+j'\s*etais|comme\s+etre|je\s+suis\s+(?:enferme|coince|bloque)e?"
    r"|dans\s+ma\s+tete\s+c'\s*est)\b",
    "it": r"\b(?:come\s+(?:stare|essere|se\s+fossi)|sono\s+(?:chius[oa]|bloccat[oa]"
    r"|intrappolat[oa])|nella\s+mia\s+testa\s+e)\b",
    "de": r"\b(?:als\s+wa(?:e)?re?\s+ich|als\s+ob\s+ich|ich\s+bin\s+(?:wie\s+)?(?:eingesperrt"
    r"|gefangen)|in\s+meinem\s+kopf\s+ist\s+(?:es|das))\b",
}
# A closed place.
_PLACE = {
    "en": r"mine\s*shaft|shaft|well|pit|cage|cell|cellar|basement|corridor|tunnel|hole|box",
    "es": r"jaula|pozo|celda|sotano|pasillo|tunel|hoyo|cueva|caja",
    "pt": r"gaiola|jaula|poco|cela|porao|corredor|tunel|buraco|caixa",
    "fr": r"cage|puits|cellule|cave|couloir|tunnel|trou|boite",
    "it": r"gabbia|pozzo|cella|cantina|corridoio|tunnel|buco|scatola",
    "de": r"ka(?:e)?fig|brunnen|schacht|zelle|keller|gang|flur|tunnel|loch|kiste",
}
# Its way out missing: no door, key, ladder or stairs; the key gone; nobody coming for the writer.
_NO_WAY = {
    "en": r"\b(?:with\s+no|without\s+(?:a|any)?)\s*(?:doors?|key|ladder|stairs|exit"
    r"|way\s+(?:out|up))\b|\b(?:the\s+)?(?:key|ladder|cage|rope)\s+(?:gone|lost|vanished|thrown\s+away)\b"
    r"|\bnobody\s+(?:is\s+)?coming\s+(?:back\s+)?for\s+me\b|\bno\s+way\s+(?:out|up)\b",
    "es": r"\bsin\s+(?:puerta|llave|escalera|salida)s?\b|\b(?:la\s+llave|la\s+escalera)\s+"
    r"(?:desaparecio|se\s+perdio)\b|\bnadie\s+viene\s+(?:a\s+(?:buscarme|sacarme)|por\s+mi)\b",
    "pt": r"\bsem\s+(?:porta|chave|escada|saida)s?\b|\b(?:a\s+chave|a\s+escada)\s+(?:sumiu"
    r"|desapareceu|se\s+perdeu)\b|\bninguem\s+vem\s+me\s+(?:buscar|tirar)\b",
    "fr": r"\bsans\s+(?:porte|cle|echelle|escalier|sortie)s?\b|\b(?:la\s+cle|l'\s*echelle)\s+"
    r"(?:a\s+disparu|est\s+perdue)\b|\bpersonne\s+(?:ne\s+)?vient\s+me\s+(?:chercher|sortir)\b",
    "it": r"\bsenza\s+(?:porta|porte|chiave|scal[ae]|uscita)\b|\b(?:la\s+chiave|la\s+scala)\s+"
    r"(?:e\s+sparita|e\s+persa)\b|\bnessuno\s+viene\s+a\s+(?:prendermi|tirarmi\s+fuori)\b",
    "de": r"\bohne\s+(?:tu(?:e)?r|schlu(?:e)?ssel|leiter|treppe|ausgang)\b"
    r"|\b(?:der\s+schlu(?:e)?ssel|die\s+leiter)\s+(?:ist\s+)?weg\b|\bkeiner\s+holt\s+mich\b",
}
# A game or an errand: an escape room, a lift stuck for an hour, a pet's cage.
_A_GAME = (
    r"(?![^.!?\n]*\b(?:escape\s+room|lift|elevator|ascensor|elevador|ascenseur|ascensore|aufzug"
    r"|hamster|parrot|bird|pa(?:j|p)aro|passaro|oiseau|uccellino|vogel|laughed|lol|haha)\b)"
)


def _ways_gone(lang: str) -> str:
    return (
        rf"(?:^|(?<=[.!?\n])){_A_GAME}{_IN}*?{_ME_IN[lang]}{_IN}{{0,40}}?\b(?:{_PLACE[lang]})\b"
        rf"{_IN}{{0,60}}?(?:{_NO_WAY[lang]})"
    )


RULES: tuple[Rule, ...] = core_family(
    "inside_no_way_out",
    Category.TRAPPED_PAIN,
    Severity.CONCERN,
    {lang: _ways_gone(lang) for lang in LANGS},
    {
        "en": "no|without|gone|lost|vanished|away|nobody",
        "es": "sin|llave|escalera|nadie",
        "pt": "sem|chave|escada|ninguem",
        "fr": "sans|cle|echelle|personne",
        "it": "senza|chiave|scala|nessuno",
        "de": "ohne|schlussel|schluessel|leiter|keiner",
    },
    inherent=False,
)

__all__ = ["RULES"]
