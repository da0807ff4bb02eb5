"""Not waking told by what the writer hopes not to see: the next morning, the dawn, another day,
or the alarm ringing for nobody, in the six languages.

* **the morning prayed or hoped not to be seen**: "every night I pray I don't see the morning",
  "rezo para no ver el amanecer", "je prie pour ne pas voir le lever du jour", "ich bete, den
  Morgen nicht mehr zu erleben", "rezo para não ver o amanhecer", "prego di non vedere l'alba";
* **the alarm ringing for nobody**: "spengo la luce sperando che domattina la sveglia suoni a
  vuoto", "hoping the alarm goes off for nobody", or no longer waking the writer: "hoff ich,
  dass der Wecker mich nimmer wach kriegt", "que el despertador ya no me despierte más";
* **the dawn no longer the writer's turn**: "le ruego a la Virgen que ya no me toque
  amanecer".

Why: the wish not to wake was read when it names waking ("no despertar", "never wake up"); a
writer who names instead the morning they would not see says the same thing, and no rule read
it in any language. Each form needs the prayer, hope or wish and the morning itself, never a
person one hopes not to see tomorrow; a sentence about work, a night out, a flight or a deadline
(the dawn seen from the office or the club) is an everyday complaint.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

# the dawn seen from a shift, a desk, a party or a trip: an everyday night
_NOT_A_LONG_NIGHT = (
    r"(?![^.!?\n]*\b(?:shift|office|desk|deadline|essay|revision|exam\w*|party|club|flight"
    r"|airport|rave|festival|dienst|schicht|buro|buero|feier|party|abgabe|flug|garde|bureau"
    r"|soiree|boite|vol|examen\w*|turno|guardia|oficina|fiesta|discoteca|vuelo|plantao|escritorio"
    r"|festa|balada|voo|ufficio|discoteca|volo|esame)\b)"
)
_MORNING = {
    "en": r"(?:the\s+)?(?:(?:next\s+)?(?:morning|sunrise|dawn)|another\s+(?:morning|sunrise|dawn)"
    r"|tomorrow|the\s+next\s+day)\b(?!'|\s+(?:like|at|from|in|with|again)\b)",
    "es": r"(?:el\s+|la\s+|otro\s+)?(?:amanecer|dia\s+de\s+manana|manana\s+siguiente"
    r"|luz\s+del\s+dia|dia\s+siguiente)\b",
    # (the bare morning too, "en espérant ne pas voir le matin", not "le matin de l'examen")
    "fr": r"(?:le\s+|la\s+|un\s+autre\s+)?(?:lever\s+du\s+(?:jour|soleil)|matin\s+suivant|lendemain"
    r"|jour\s+se\s+lever|aube|matin(?!\s+(?:de|du|d'|ou)\b))\b",
    "de": r"(?:den\s+)?(?:morgen|na(?:e)?chsten\s+(?:morgen|tag)|sonnenaufgang)\b",
    "pt": r"(?:o\s+|a\s+|outro\s+)?(?:amanhecer|dia\s+de\s+amanha|nascer\s+do\s+sol|luz\s+do\s+dia"
    r"|dia\s+seguinte)\b",
    "it": r"(?:l'?\s*|il\s+|la\s+|un'?\s*altra\s+)?(?:alba|sorgere\s+del\s+sole|giorno\s+dopo"
    r"|mattina\s+dopo|luce\s+del\s+giorno)\b",
}
# the prayer, hope or wish ("every night I pray", "rezo todas las noches")
_HOPE = {
    "en": r"pray\w*|hop(?:e|es|ing)|wish\w*",
    "es": r"rezo|rezando|ruego|pido|espero|esperando|ojala|quisiera|deseo",
    "fr": r"prie|priant|espere|esperant|souhaite",
    # (the dialect drops the last "e": "ich bet jeden Abend")
    "de": r"bete?|hoffe?|wu(?:e)?nsche?\s+mir",
    "pt": r"rezo|rezando|peco|espero|esperando|oxala|tomara",
    "it": r"prego|pregando|spero|sperando|vorrei",
}
# … then, a few words on (the night named, God asked), not seeing
_NOT_SEE = {
    "en": r"(?:to\s+god\s+)?(?:that\s+)?(?:i\s+)?(?:(?:don'?t|do\s+not|won'?t|will\s+not|never"
    r"|wouldn'?t)\s+(?:get\s+to\s+|have\s+to\s+)?see|(?:not|never)\s+to\s+see|to\s+not\s+see)\s+",
    "es": r"(?:a\s+dios\s+)?(?:para\s+|que\s+)?(?:yo\s+)?no\s+(?:ver|vea|volver\s+a\s+ver)\s+",
    "fr": r"(?:dieu\s+)?(?:pour\s+|de\s+)?(?:ne\s+(?:pas|plus)\s+voir|que\s+je\s+ne\s+voie"
    r"\s+(?:pas|plus))\s+",
    "de": "",
    "pt": r"(?:a\s+deus\s+)?(?:para\s+|que\s+)?(?:eu\s+)?nao\s+(?:ver|veja|voltar\s+a\s+ver)\s+",
    "it": r"(?:dio\s+)?(?:di\s+|che\s+)?(?:io\s+)?non\s+(?:vedere|veda|rivedere)\s+",
}
# the night or the habit named between: "jede Nacht", "todas as noites", "chaque soir"
_GAP = r",?\s+(?:[\w']+,?\s+){0,3}?"
_UNSEEN = {
    lang: rf"\b(?:{_HOPE[lang]})\b{_NOT_A_LONG_NIGHT}{_GAP}{_NOT_SEE[lang]}{_MORNING[lang]}"
    for lang in _NOT_SEE
}
# German puts the verb last: "ich bete, den Morgen nicht mehr zu sehen", or in a "dass" clause
# with the final "e" dropped: "ich bet jeden Abend, dass ich den Morgen nicht mehr erleb"
_UNSEEN["de"] = (
    rf"\b(?:{_HOPE['de']})\b{_NOT_A_LONG_NIGHT}{_GAP}(?:dass\s+ich\s+)?{_MORNING['de']}\s*"
    r"(?:nicht\s+mehr|nie\s+mehr|nicht)\s+(?:zu\s+)?(?:sehen|erleben|seh|erleb|sehe|erlebe)\b"
)
# the alarm ringing for nobody: "sperando che domattina la sveglia suoni a vuoto"
_UNSEEN["it"] += (
    r"|\b(?:spero|sperando|prego|pregando|vorrei)\s+che\s+(?:domattina\s+|domani\s+)?"
    r"la\s+sveglia\s+(?:suoni|squilli|suonasse|squillasse)\s+(?:a\s+vuoto|per\s+nessuno)\b"
)
_UNSEEN["en"] += (
    r"|\bhop(?:e|es|ing)\s+(?:that\s+)?(?:the|my)\s+alarm\s+(?:goes\s+off|rings)\s+"
    r"(?:for|to)\s+(?:nobody|no\s*one|an\s+empty\s+room)\b"
)
# … or ringing no more for the writer, or gone for good, after a wish to sleep: "ojalá me
# durmiera esta noche y ya, que no sonara más el despertador para mí", "chiudere gli occhi
# stanotte e basta, senza più sveglia domani", "que le réveil ne sonne plus jamais pour moi"
# (not a lie-in: a weekend, a holiday or a day off named in the sentence is an everyday wish)
_NO_DAY_OFF = (
    r"(?![^.!?\n]*\b(?:weekend|saturday|sunday|holiday|day\s+off|sabado|domingo|vacaciones|festivo"
    r"|samedi|dimanche|vacances|conge|wochenende|samstag|sonntag|urlaub|ferien|frei|sabato|domenica"
    r"|ferie|festivo|feriado|folga)\b)"
)
_ALARM_GONE = {
    "en": r"(?:the|my)\s+alarm\s+(?:never\s+(?:goes\s+off|rings)|(?:doesn'?t|won'?t|wouldn'?t)\s+"
    r"(?:go\s+off|ring))\s+for\s+me\s+(?:again|any\s*more)"
    r"|(?:the|my)\s+alarm\s+(?:never\s+wakes|(?:doesn'?t|won'?t|wouldn'?t)\s+wake)\s+me\s+"
    r"(?:up\s+)?(?:ever\s+again|any\s*more)",
    "es": r"que\s+no\s+(?:sonara|suene|sonase|vuelva\s+a\s+sonar)\s+(?:nunca\s+)?(?:mas\s+)?"
    r"(?:el|mi)\s+despertador\s+(?:nunca\s+mas\s+)?para\s+mi|sin\s+mas\s+despertador"
    # … or the dawn no longer the writer's turn: "que ya no me toque amanecer"
    r"|que\s+(?:ya\s+)?no\s+me\s+(?:toque|vuelva\s+a\s+tocar)\s+(?:amanecer|despertar(?:me)?"
    r"|ver\s+(?:otro|el)\s+(?:dia|amanecer))"
    r"|que\s+el\s+despertador\s+(?:ya\s+)?no\s+me\s+(?:despierte|despertara)\s+(?:nunca\s+)?mas",
    "fr": r"que\s+(?:le|mon)\s+reveil\s+ne\s+sonne\s+plus\s+(?:jamais\s+)?pour\s+moi"
    r"|sans\s+plus\s+de\s+reveil|que\s+(?:le|mon)\s+reveil\s+ne\s+me\s+reveille\s+plus",
    "de": r"(?:dass\s+)?(?:der|mein)\s+wecker\s+(?:fu(?:e)?r\s+mich\s+)?(?:nie\s+mehr|nicht"
    r"\s+mehr)\s+(?:fu(?:e)?r\s+mich\s+)?klingel\w*"
    # … or not waking the writer any more: "dass der Wecker mich nimmer wach kriegt"
    r"|(?:dass\s+)?(?:der|mein)\s+wecker\s+mich\s+(?:nimmer|nimma|nicht\s+mehr|nie\s+mehr)\s+"
    r"(?:wach\s+(?:kriegt|bekommt|macht|kriegen)|weckt|aufweckt)",
    "pt": r"que\s+o\s+despertador\s+(?:nao|nunca\s+mais)\s+(?:toque|tocasse)\s+(?:mais\s+)?"
    r"(?:pra|para)\s+mim|sem\s+mais\s+despertador"
    r"|que\s+o\s+despertador\s+(?:ja\s+)?nao\s+me\s+(?:acorde|acordasse)\s+mais",
    "it": r"senza\s+piu\s+(?:la\s+)?sveglia|che\s+la\s+sveglia\s+non\s+(?:suoni|suonasse)\s+"
    r"piu\s+per\s+me|che\s+la\s+sveglia\s+non\s+mi\s+(?:svegli|svegliasse)\s+piu",
}
for _lang, _gone in _ALARM_GONE.items():
    _UNSEEN[_lang] += (
        rf"|\b(?:{_HOPE[_lang]}|mi\s+piacerebbe|j'aimerais|ich\s+mo(?:e)?chte|gostava|i'?d\s+like)\b"
        rf"{_NO_DAY_OFF}[^.!?\n]{{0,80}}?\b(?:{_gone})\b"
    )
# God asked not to let the writer wake: "I ask God not to let me wake up", "begging God to not
# let me wake up again" (not waking angry, early or alone, a state woken in)
_UNSEEN["en"] += (
    r"|\b(?:ask|asking|asked|beg|begging|begged|tell|telling)\s+god\s+(?:every\s+night\s+)?"
    r"(?:not\s+to|to\s+not|never\s+to)\s+let\s+me\s+wake\s+up\b(?!\s+(?:early|late|angry|alone|sad"
    r"|in\s+pain|like\s+this|with|at|before|feeling)\b)"
)
_UNSEEN_GATE = {
    "en": "pray|hop|wish|god|like",
    "es": "rezo|rezando|ruego|pido|espero|esperando|ojala|quisiera|deseo",
    "fr": "prie|priant|espere|esperant|souhaite|aimerais",
    "de": "bet|hoff|wunsch|wuensch|mocht|moecht",
    "pt": "rezo|rezando|peco|espero|esperando|oxala|tomara|gostava",
    "it": "prego|pregando|spero|sperando|vorrei|piacerebbe",
}

RULES: tuple[Rule, ...] = family(
    "unseen",
    "morning",
    Category.DEATH_WISH,
    Severity.CONCERN,
    _UNSEEN,
    _UNSEEN_GATE,
    inherent=False,
)

__all__ = ["RULES"]
