"""The words trapped pain is told with, shared by every frame that reads it.

Why: three frames read trapped pain from different pictures — an exit named and denied beside
a pain or a trap (``rules_trapped_frames``), the pain itself a locked place or a grip
(``rules_en_pain_captor``), the pain that will not let go with the writer shut inside it
(``rules_intl_pain_holds``). Each once kept its own list of pain words and its own list of
ways out denied, so a word taught to one frame was missing from the others. The lists live
here once; each frame adds only what its own picture needs.

* ``EXIT_DENIED``: a way out named and denied ("no way out", "no key", "kein Ausweg", "sans
  issue", "no veo salida", "não vejo saída", "non trovo un'uscita"), also read by the frames
  of a place with no way out (``rules_core_signs``) and of pain one is shut in with
  (``rules_core_intentions``);
* ``PAIN``: the pain itself, as a noun or a verb of hurting, in each language;
* ``SORROW``: the other names a captor takes (grief, the dark, depression, "Kummer",
  "chagrin", "angustia", "angoscia") — read only where the pain acts on the writer, never as
  the thing an exit is denied beside, where "dark" or "mal" would be a room or a mood;
* ``PAIN_GATE`` / ``SORROW_GATE``: the plain strings a frame needs before it is parsed.
"""

from __future__ import annotations

# --- a way out named and denied ---------------------------------------------------------------
EXIT_DENIED = {
    "en": r"\b(?:no|not\s+(?:a|one)|there\s+isn'?t\s+(?:a|one)|can(?:'?t|not|\s+not)\s+find\s+"
    r"(?:the|a|any))\s+(?:\w+\s+)?(?:doors?|exits?|keys?|ladder|lid)\b"
    # (not a door's fittings: "no door code", "no door bell", "can't find the door key")
    r"(?!\s+(?:code|bell|handle|key))"
    r"|\bout\s+of\s+exits\b|\bthrown\s+(?:away\s+)?the\s+key\b"
    r"|\b(?:no|can(?:'?t|not|\s+not)\s+(?:find|see)\s+(?:a|the|any))\s+way\s+(?:to\s+(?:get|climb"
    r"|crawl|claw)\s+)?(?:out|through)\b"
    # … or with "round" before it: "no way round it or out of it"
    r"|\bno\s+way\s+(?:round|around|over)\s+(?:it|this)\s+or\s+(?:out|through)\b"
    # a door seen as the way out of it: "can't see a door out of it"
    r"|\bcan(?:'?t|not|\s+not)\s+see\s+(?:a|the|any)\s+(?:door|exit)\s+out\b",
    # (a hold to pull oneself up by, too: "find keinen Griff mehr")
    "de": r"\b(?:kein\w*|nirgends\s+ein\w*)\s+(?:tu(?:e)?r|ausgang|leiter\w*|ausweg|griff\s+mehr)\b"
    r"|\bohn[ei]\s+leiter\w*\b|\bseh\w*\s+keine?n?\s+(?:weg|ausweg)\b|\bkeene\s+tu(?:e)?r\b",
    "fr": r"\b(?:aucune\s+|sans\s+|pas\s+de\s+|pas\s+d'\s*)(?:porte|issue|sortie|echelle)\b"
    r"|\b(?:je\s+)?(?:ne\s+)?j?(?:vois|trouve)\s+(?:pas|plus|aucune?)\s+(?:la\s+|de\s+)?"
    r"(?:issue|sortie|porte)\b",
    "es": r"\b(?:ninguna|sin|no\s+hay)\s+(?:puerta|salida)\b"
    r"|\bno\s+veo\s+(?:ninguna\s+)?(?:salida|manera\s+de\s+salir)\b"
    r"|\bno\s+(?:hallo|encuentro|veo|se)\s+(?:por\s+)?donde\s+salir\b"
    r"|\bno\s+(?:le\s+)?(?:encuentro|hallo)\s+(?:ninguna\s+)?salida\b",
    "pt": r"\b(?:nenhuma|sem|nao\s+ha)\s+(?:porta|saida)\b"
    r"|\bnao\s+(?:vejo|acho|encontro)\s+(?:nenhuma\s+|a\s+)?(?:saida|jeito\s+de\s+sair)\b",
    "it": r"\b(?:nessuna|senza)\s+(?:via\s+d'?\s*)?(?:porta|uscita)\b"
    r"|\bnon\s+(?:trovo|vedo|c'?\s*e)\s+(?:un'?\s*|nessuna\s+|la\s+|l'?\s*)?(?:via\s+d'?\s*)?"
    r"uscita\b",
}

# --- the pain, and the other names of a captor ------------------------------------------------
PAIN = {
    "en": r"pain|aches?|hurts?|hurting|suffering",
    "de": r"schmerz\w*|weh|qual",
    "fr": r"douleur|souffr\w+",
    "es": r"dolor|duele|sufr\w+",
    "pt": r"dor|doi|sofr\w+",
    "it": r"dolor\w+|soffr\w+|sofferenz\w+",
}
SORROW = {
    "en": r"grief|sadness|darkness|dark|depression|despair|misery|sorrow|black\s+dog"
    r"|this\s+feeling",
    "de": r"leid|kummer",
    "fr": r"mal|chagrin|peine|angoisse",
    "es": r"pena|angustia",
    "pt": r"angustia",
    "it": r"male|angoscia",
}
PAIN_GATE = {
    "en": "pain|ache|hurt|suffer",
    "de": "schmerz|weh|qual",
    "fr": "douleur|souffr",
    "es": "dolor|duele|sufr",
    "pt": "dor|doi|sofr",
    "it": "dolor|soffr|sofferenz",
}
SORROW_GATE = {
    "en": "grief|sadness|dark|depression|despair|misery|sorrow|dog|feeling",
    "de": "leid|kummer",
    "fr": "mal|chagrin|peine|angoisse",
    "es": "pena|angustia",
    "pt": "angustia",
    "it": "male|angoscia",
}

__all__ = ["EXIT_DENIED", "PAIN", "PAIN_GATE", "SORROW", "SORROW_GATE"]
