"""A likeness of being trapped ended by the rescue that is missing, in six languages.

Why: ``rules_trapped_likeness`` reads the writer inside a picture with what has no end. Writers
as often end the picture on what would get them out and is not there: no ladder, no rope, no
boat, no shore to hold on to, nobody coming down to fetch them, nobody knowing where they are,
the hole they fell through not found again: "like the ice closed over my head and I can't find
the hole I went through", "comme au fond d'un aven, et personne ne descend me chercher",
"sono in fondo a una cava, e nessuna scala", "sem barco e sem terra firme à vista", "sin orilla
a la que agarrarme", "kein Priel führt mich zurück ans Ufer".

Each is only one half: without the writer inside a likeness (read by ``rules_trapped_likeness``
with its everyday look-alikes: a dive, a holiday, a crowded train, the weather) none is a sign.
The picture may also be placed rather than likened: "es ist wie im Watt", "sono in fondo a una
cava", "I'm at the bottom of a well" (``INSIDE_PLACED``).
"""

from __future__ import annotations

NO_RESCUE = {
    "en": r"\b(?:no|without\s+(?:a|any))\s+(?:ladder|rope|boat|shore|way\s+back|way\s+up"
    r"|foothold|handhold)\b"
    r"|\b(?:nobody|no\s*one)\s+(?:\w+\s+){0,4}?to\s+(?:hear|find|fetch|pull\s+me\s+out|get)\s+me\b"
    r"|\b(?:nobody|no\s*one)\s+(?:even\s+)?knows\s+(?:where\s+i|i'?m\s+(?:here|in)|the\s+number)\b"
    r"|\b(?:can'?t|cannot|couldn'?t)\s+find\s+the\s+(?:hole|way\s+(?:back|out|up)|surface|ladder"
    r"|door)\b"
    r"|\bwater\s+(?:still\s+)?rising\b",
    "de": r"\b(?:kein(?:e|en)?|ohne)\s+(?:leiter|seil|boot|ufer|weg\s+zuru(?:e)?ck|halt)\b"
    r"|\bkein(?:e|en)?\s+\w+\s+fu(?:e)?hrt\s+(?:mich\s+)?(?:\w+\s+)?(?:zuru(?:e)?ck|hinaus|raus"
    r"|heraus)\b"
    r"|\b(?:niemand|keiner)\s+(?:kommt|steigt)\s+(?:\w+\s+)?(?:mich\s+)?(?:holen|runter|herab)\b"
    r"|\b(?:niemand|keiner)\s+wei(?:ss|ß)\s+,?\s*wo\s+ich\s+bin\b",
    "fr": r"\b(?:aucune?|sans|pas\s+d[e']|plus\s+d[e'])\s*(?:echelle|corde|barque|bateau|rive"
    r"|berge|chemin\s+du\s+retour)\b"
    r"|\bpersonne\s+ne\s+(?:\w+\s+)?(?:vient|descend|monte|viendra|descendra)\s+me\s+"
    r"(?:chercher|sortir|aider|remonter)\b"
    r"|\bpersonne\s+ne\s+sait\s+ou\s+je\s+suis\b",
    "es": r"\b(?:sin|ninguna?|no\s+hay)\s+(?:escalera|cuerda|barca|bote|orilla"
    r"|camino\s+de\s+vuelta)\b"
    r"|\bnadie\s+(?:viene|baja|vendra|bajara)\s+a\s+(?:buscarme|sacarme|rescatarme)\b"
    r"|\bnadie\s+sabe\s+donde\s+estoy\b",
    "pt": r"\b(?:sem|nenhuma?|nao\s+ha)\s+(?:escada|corda|barco|margem|terra\s+firme"
    r"|caminho\s+de\s+volta)\b"
    r"|\bninguem\s+(?:vem|desce|vira|descera)\s+(?:me\s+)?(?:buscar|tirar|salvar)\w*"
    r"|\bninguem\s+sabe\s+onde\s+estou\b",
    "it": r"\b(?:senza|nessuna?|non\s+c'\s*e)\s+(?:scala|corda|barca|riva|sponda"
    r"|via\s+del\s+ritorno)\b"
    r"|\bnessuno\s+(?:viene|scende|verra|scendera)\s+a\s+(?:cercarmi|prendermi|tirarmi\s+fuori"
    r"|salvarmi)\b"
    r"|\bnessuno\s+sa\s+dove\s+sono\b",
}

# The writer placed in the picture rather than likened to it: "es ist wie im Watt", "sono in
# fondo a una cava", "I'm at the bottom of a well", "estoy en el fondo de un pozo"; a place
# with its indefinite article only ("je suis au fond du jardin" is where the writer stands).
INSIDE_PLACED = {
    "en": r"\bi'?m\s+(?:at\s+the\s+bottom\s+of|shut\s+in|stuck\s+(?:in|under))\s+(?:a|an)\b",
    "de": r"\bes\s+ist\s+wie\s+(?:im|in\s+(?:einem|einer)|auf\s+dem\s+grund|unter)\b"
    r"|\bich\s+bin\s+(?:ganz\s+)?unten\s+(?:in|im)\b",
    "fr": r"\bje\s+suis\s+au\s+fond\s+d'\s*(?:un|une)\b",
    "es": r"\bestoy\s+en\s+el\s+fondo\s+de\s+(?:un|una)\b",
    "pt": r"\bestou\s+no\s+fundo\s+de\s+(?:um|uma)\b",
    "it": r"\bsono\s+(?:in\s+fondo\s+a|chius[oa]\s+in|bloccat[oa]\s+in)\s+(?:un|una|uno)\b",
}

__all__ = ["INSIDE_PLACED", "NO_RESCUE"]
