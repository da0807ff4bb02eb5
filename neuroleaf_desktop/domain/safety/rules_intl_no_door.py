"""Trapped pain in German, French, Spanish, Portuguese and Italian told as a place with no way
out: every door tried is shut or walled up, no exit is seen, the writer is in a pit with no
ladder or someone shuts its lid.

* **every door tried, none opening**: "ho provato ogni porta, sono tutte chiuse", "le busco la
  puerta y no aparece ninguna", "ich finde keine Tür mehr"; a door found merely shut or locked
  counts only with the pain or the trap named in the sentence;
* **no way out seen**: "não há por onde sair", "je vois pas la sortie", "seh keinen Weg raus",
  and, with the pain named, an exit that is nowhere ("nirgends ein Ausgang", "une souffrance
  sans porte de sortie");
* **a pit with no ladder**: a well, a hole, a cage with no ladder, rope or floor, someone
  shutting its lid, nothing that stops the fall.

Why: the frame is the same sign in five languages and was read as one family of
``rules_intl_other_forms`` until that module outgrew its size; it keeps the rule names it had
("{lang}_other_no_door"). Its look-alikes are the doors and exits of the world: a building, a
road, a job or flat hunt, keys lost, an escape room, a bus.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, either_order, family

_CON = Severity.CONCERN
_LANGS = ("de", "fr", "es", "pt", "it")
_START = r"(?:^|(?<=[.!?\n]))"
_S = SAME_SENTENCE

_family = partial(family, "other")


def _guarded(guard: str, body: str) -> str:
    """``body`` in a sentence none of whose words the lookahead ``guard`` names."""
    return rf"{_START}{guard}{_S}*?(?:{body})"


# --- every door tried is shut, no way out seen, a pit with no ladder --------------------------
# the door tried and found shut or missing ("ho provato ogni porta, sono tutte chiuse", "le
# busco la puerta y no aparece ninguna", "ich finde keine Tür mehr"), the way out not seen
# ("não há por onde sair", "je vois pas la sortie", "seh keinen Weg raus"), a pit with no
# ladder or rope, a fall nothing stops
_DOOR = {
    "de": r"\b(?:jede|alle|die)\s+tu(?:e)?r(?:en)?\b",
    "fr": r"\b(?:chaque|toutes\s+les|la)\s+(?:portes?|sortie)\b",
    "es": r"\b(?:cada|todas\s+las|la)\s+(?:puertas?|salida)\b",
    "pt": r"\b(?:cada|todas\s+as|a)\s+(?:portas?|saida)\b",
    "it": r"\b(?:ogni|tutte\s+le|la)\s+(?:port[ae]|uscita)\b",
}
# the door is tried or sought, in the writer's words ("che provo", "revisé", "le busco")
_TRIED = (
    r"\b(?:provo|provato|provate|tentato|busso|revise|probe|intente|busco|tente|tentei|procuro"
    r"|experimentei|essaye|essayees?|teste|testees?|cherche|probiert|versucht|gepru(?:e)?ft|pruebo|probado"
    r"|such|suche|cerco|abro|apro|ouvre|offne|oeffne"
    # the other spelling of "essaye", and German clipped of its "-e" ("die ich probier")
    r"|essaie|essaies|probier|probiere|versuch|versuche)\b"
)
# found walled up, none opening, not there: never a door of the world
_FOUND_NONE = {
    "de": r"\b(?:zugemauert|keine\s+geht\s+auf|gibt\s+es\s+nicht|gibt's\s+nicht)\b",
    "fr": r"\b(?:murees?|aucune\s+ne\s+s'?\s*ouvre|n'?\s*(?:existe|apparait)\s+pas)\b",
    "es": r"\b(?:tapiadas?|ninguna\s+se\s+abre|no\s+(?:aparece|existe)(?:\s+ninguna)?)\b",
    "pt": r"\b(?:emparedadas?|nenhuma\s+(?:se\s+)?abre|nao\s+(?:aparece|existe)(?:\s+nenhuma)?)\b",
    "it": r"\b(?:murat[ae]|nessuna\s+si\s+apre|non\s+(?:c'?\s*e|esiste|si\s+trova))\b",
}
# … or found shut, which a door of the world also is: only with the pain or the trap named
_FOUND_SHUT = {
    "de": r"\b(?:verschlossen|verriegelt|zu)\b(?=\s*(?:$|[.!?,;\n]|und\b))",
    "fr": r"\b(?:fermees?|closes?|verrouillees?)\b",
    "es": r"\b(?:cerradas?|trancadas?)\b",
    "pt": r"\b(?:fechadas?|trancadas?)\b",
    "it": r"\b(?:chius[ae]|sbarrat[ae])\b",
}
_INNER = (
    r"(?=[^.!?\n]*\b(?:schmerz\w*|kopf|innen|innerlich|eingesperrt|gefangen|seele|herz|qual"
    r"|douleur|tete|dedans|enferme\w*|prisonnier\w*|ame|coeur|mal|dolor|cabeza|adentro|dentro"
    r"|encerrad[oa]|atrapad[oa]|alma|corazon|dor|cabeca|pres[oa]|presa|preso|coracao|male"
    r"|testa|chius[oa]\s+dentro|intrappolat[oa]|anima|cuore|sto\s+male|gabbia|jaula|gaiola"
    r"|cage|ka(?:e)?fig|weh|leid|souffrance|sufrimiento|sofrimento|sofferenza"
    # a pain inside the writer: "dieses Brennen in mir", "ça brûle en moi"
    r"|in\s+mir|en\s+moi)\b)"
)
_NO_EXIT_SEEN = {
    "de": r"\b(?:finde?|seh|sehe|kenn)\s+(?:ich\s+)?(?:keine\s+tu(?:e)?r|keinen\s+weg)\s+mehr\b"
    r"|\b(?:seh|sehe|finde?)\s+(?:ich\s+)?keinen\s+weg\s+(?:mehr\s+)?(?:raus|hinaus)\b"
    r"|\bkeine\s+tu(?:e)?r,?\s+nirgends\b",
    "fr": r"\bje\s+(?:ne\s+)?vois\s+(?:pas|plus|aucune)\s+(?:la\s+|de\s+|d'\s*)?(?:sortie|issue)\b"
    r"|\baucune\s+(?:sortie|issue)\s+nulle\s+part\b",
    "es": r"\bno\s+(?:veo|encuentro)\s+(?:como|por\s+donde)\s+salir\b",
    "pt": r"\bnao\s+(?:ha|tem)\s+por\s+onde\s+sair\b|\bnao\s+vejo\s+(?:como|jeito\s+de"
    r"|por\s+onde)\s+sair\b",
    "it": r"\bnon\s+c'?\s*e\s+piu\s+(?:uscita|via\s+d'?\s*uscita)\b"
    r"|\bnon\s+(?:vedo|trovo)\s+(?:come|da\s+dove)\s+uscire\b",
}
_PIT = {
    "de": r"\b(?:loch|brunnen|schacht|grube|ka(?:e)?fig)\b",
    "fr": r"\b(?:puits|trou|fosse|gouffre|cage)\b",
    "es": r"\b(?:pozo|hoyo|agujero|fosa|jaula)\b",
    "pt": r"\b(?:poco|buraco|fosso|rede\s+de\s+pesca|gaiola|jaula)\b",
    "it": r"\b(?:pozzo|buco|fossa|rete\s+da\s+pesca|gabbia)\b",
}
# … or shut inside a box with no door: "fechado num contentor, sem porta nem frincha"
_SHUT_IN_A_BOX = {
    "de": r"|\b(?:eingesperrt|eingeschlossen)\s+in\s+(?:einem|nem)\s+(?:container|kiste|kasten)\b",
    "fr": r"|\benferme\w*\s+dans\s+(?:un|une)\s+(?:conteneur|container|caisse|boite)\b",
    "es": r"|\bencerrad[oa]\s+en\s+(?:un|una)\s+(?:contenedor|container|caja)\b",
    "pt": r"|\b(?:fechad[oa]|pres[oa]|trancad[oa])\s+(?:num|numa|dentro\s+de\s+um|em\s+um)\s+"
    r"(?:contentor|container|caixote|caixa)\b",
    "it": r"|\bchius[oa]\s+(?:in|dentro)\s+(?:un|una)\s+(?:container|cassa|scatola)\b",
}
_PIT = {lang: _PIT[lang] + _SHUT_IN_A_BOX[lang] for lang in _PIT}
_NO_LADDER = {
    # (or someone shutting its lid, as "con la tapa cerrada": "oben macht jemand den Deckel zu")
    "de": r"\bohne\s+(?:leiter|seil|boden|tu(?:e)?r)\b|\bdie\s+tu(?:e)?r\s+gibt\s+es\s+nicht\b"
    r"|\b(?:jemand|einer|oben)\s+(?:\w+\s+){0,2}?(?:macht|schliesst|klappt)\s+(?:\w+\s+){0,2}?deckel\s+zu\b"
    r"|\bnichts\s+ha(?:e)?lt\s+mich\s+auf\b",
    "fr": r"\bsans\s+(?:echelles?|corde|porte)\b|\bla\s+porte\s+n'?\s*existe\s+pas\b"
    r"|\bquelqu'\s*un\s+(?:me\s+)?(?:re)?ferme\s+le\s+couvercle\b|\brien\s+ne\s+m'?\s*(?:arrete|retient)\b",
    "es": r"\bsin\s+(?:escaleras?|cuerda|puerta)\b|\bla\s+puerta\s+no\s+existe\b"
    r"|\b(?:con\s+la\s+tapa\s+cerrada|alguien\s+(?:me\s+)?cierra\s+la\s+tapa|nada\s+me\s+(?:frena|detiene))\b",
    "pt": r"\bsem\s+(?:escadas?|corda|porta)\b|\ba\s+porta\s+nao\s+existe\b"
    r"|\balguem\s+(?:me\s+)?fecha\s+a\s+tampa\b|\b(?:aperta|aperto)\s+mais\b|\bnada\s+me\s+(?:segura|para)\b",
    "it": r"\bsenza\s+(?:scal[ae]|corda|porta)\b|\bla\s+porta\s+non\s+esiste\b"
    r"|\bqualcuno\s+(?:mi\s+)?chiude\s+il\s+coperchio\b"
    r"|\bniente\s+mi\s+(?:ferma|trattiene)\b|\bstringe\s+di\s+piu\b",
}
# a building, a road, a job or a flat hunt: doors and exits of the world
_NOT_A_PLACE = (
    r"(?![^.!?\n]*\b(?:stau|verkehr|autobahn|parkhaus|bahnhof|aufzug|wohnung\w*|job\w*|stelle\w*"
    r"|bewerb\w*|trafic|bouchon|autoroute|parking|gare|ascenseur|appartement|logement|emploi"
    r"|boulot|candidat\w*|atasco|trafico|autopista|estacionamiento|estacion|ascensor|piso|empleo"
    r"|curro|transito|engarrafamento|estrada|estacionamento|estacao|elevador|apartamento"
    r"|emprego|vaga\w*|traffico|autostrada|parcheggio|stazione|ascensore|appartament\w*|lavoro"
    r"|colloqui\w*|museo|museu|musee|museum|labirint\w*|labyrinth\w*|escape|bar|banca|banco"
    r"|bank|banque|casa\s+(?:nuova|nova|nueva)|ufficio|oficina|escritorio|bureau|buro|buero"
    # (keys lost or forgotten, not a door "chiusa a chiave", "fermée à clé", "cerrada con llave":
    # locked is how the door is shut)
    r"|(?<!\sa\s)(?<!con\s)chave\w*|(?<!con\s)llave\w*|(?<!\sa\s)chiav\w*|(?<!\sa\s)cle|cles"
    r"|schlu(?:e)?ssel\w*|ladr\w*|dieb\w*|voleur\w*|vicolo"
    r"|callejon|impasse|beco|sackgasse|strada|calle|rue|rua|strasse|notausgang|uscita\s+di"
    r"|salida\s+de|saida\s+de|sortie\s+de|autobus|bus|zug|treno|tren|trem|train|metro)\b)"
)


def _door_tried(lang: str, found: str) -> str:
    """The door tried or sought, in either order, then found as ``found`` says."""
    return rf"(?:{either_order(_DOOR[lang], _TRIED, 15)}){_S}{{0,40}}?(?:{found})"


# German "the door not found any more", with the pain or the trap named like the shut door
_DOOR_LOST = {"de": r"|\b(?:finde?|seh|sehe)\s+(?:ich\s+)?die\s+tu(?:e)?r\s+nicht\s+mehr\b"}
# … and, with the pain or the trap named, an exit that is nowhere, none, or not found: "nirgends
# ein Ausgang", "une souffrance sans porte de sortie", "non trovo un'uscita da nessuna parte"
# (a door of any kind is an exit here: "non c'è una porta per uscirne", "não tem porta pra sair")
_EXIT = {
    "de": r"(?:ausgang|ausweg|tu(?:e)?r)",
    "fr": r"(?:porte\s+de\s+sortie|sortie|issue|echappatoire|porte)",
    "es": r"(?:puerta\s+de\s+salida|salida|escapatoria|puerta)",
    "pt": r"(?:porta\s+de\s+saida|saida|escapatoria|porta)",
    "it": r"(?:via\s+d'?\s*uscita|uscita|scampo|porta)",
}
_NONE_OF = {
    "de": r"\b(?:nirgends|nirgendwo)\s+(?:ein(?:e|en)?\s+)?|\bohne\s+(?:jeden\s+|einen\s+)?"
    r"|\b(?:finde?|seh|sehe)\s+(?:ich\s+)?(?:keine[n]?|nirgends\s+(?:einen?|eine))\s+",
    "fr": r"\bsans\s+(?:aucune\s+)?|\baucune\s+|\bje\s+ne\s+(?:trouve|vois)\s+(?:pas|plus|aucune)"
    r"\s+(?:de\s+|d'\s*|la\s+)?",
    "es": r"\bsin\s+(?:ninguna\s+)?|\bno\s+(?:encuentro|veo|hay)\s+(?:ninguna\s+|una\s+|la\s+)?",
    "pt": r"\bsem\s+(?:nenhuma\s+)?|\bnao\s+(?:acho|encontro|vejo|ha|tem)\s+"
    r"(?:nenhuma\s+|uma\s+|a\s+)?",
    "it": r"\bsenza\s+(?:alcuna\s+|nessuna\s+)?|\bnon\s+(?:trovo|vedo|c'?\s*e)\s+(?:un'?\s*|una\s+"
    r"|nessuna\s+|alcuna\s+|l'?\s*)?",
}
# … or a corridor or a tunnel that leads nowhere: "un couloir noir qui ne débouche nulle part"
_LEADS_NOWHERE = {
    "de": r"|\b(?:gang|flur|tunnel)\b,?\s+(?:der|die|das)\s+nirgend(?:wo|s)\s*hin\s*(?:fu(?:e)?hrt"
    r"|geht)\b",
    "fr": r"|\b(?:couloir|tunnel)\s+(?:\w+\s+)?qui\s+ne\s+(?:debouche|mene)\s+(?:sur\s+rien"
    r"|nulle\s+part)\b",
    "es": r"|\b(?:pasillo|tunel)\s+(?:\w+\s+)?que\s+no\s+(?:lleva|da)\s+a\s+(?:ninguna\s+parte"
    r"|ningun\s+sitio|nada)\b",
    "pt": r"|\b(?:corredor|tunel)\s+(?:\w+\s+)?que\s+nao\s+(?:leva|da)\s+a\s+(?:lugar\s+nenhum"
    r"|lado\s+nenhum|nada)\b",
    "it": r"|\b(?:corridoio|tunnel)\s+(?:\w+\s+)?che\s+non\s+porta\s+(?:da\s+nessuna\s+parte"
    r"|a\s+niente|a\s+nulla)\b",
}
_EXIT_NOWHERE = {
    lang: rf"|(?:{_NONE_OF[lang]}){_EXIT[lang]}\b{_LEADS_NOWHERE[lang]}" for lang in _LANGS
}
_NO_DOOR = {
    lang: _guarded(
        _NOT_A_PLACE,
        rf"{_door_tried(lang, _FOUND_NONE[lang])}|{_NO_EXIT_SEEN[lang]}"
        rf"|(?:{_PIT[lang]}){_S}{{0,60}}?(?:{_NO_LADDER[lang]})",
    )
    + rf"|{_START}{_INNER}{_NOT_A_PLACE}{_S}*?(?:{_door_tried(lang, _FOUND_SHUT[lang])}"
    rf"{_DOOR_LOST.get(lang, '')}{_EXIT_NOWHERE[lang]})"
    for lang in _LANGS
}
_NO_DOOR_GATE = {
    "de": "tur|tuer|weg|leiter|seil|boden|halt|haelt|ausgang|deckel|nirgend",
    "fr": "porte|sortie|issue|echelle|corde|arrete|retient|echappatoire|couvercle|debouche|mene",
    "es": "puerta|salida|salir|escalera|cuerda|tapa|frena|detiene|escapatoria|lleva|da a",
    "pt": "porta|saida|sair|escada|corda|aperta|segura|para|escapatoria|tampa|leva|da a",
    "it": "port|uscit|uscir|scal|corda|ferma|trattiene|stringe|scampo|coperchio",
}

RULES: tuple[Rule, ...] = _family(
    "no_door", Category.TRAPPED_PAIN, _CON, _NO_DOOR, _NO_DOOR_GATE, inherent=False
)

__all__ = ["RULES"]
