"""The wish not to be here any more, and the will to live said to be lost, in the languages that
lacked them.

Why: two plain ways of saying the passive wish were read in some languages and not in others:

* **not to be here any more**, wished in the conditional: "vorrei non esserci più", "vorrei non
  essere più qui", "quisiera no estar más aquí", "queria não estar mais cá", "I wish I wasn't
  here anymore" ("je voudrais ne plus être là" and "ich möchte nicht mehr da sein" were read).
  The "any more" is what makes it the wish to be gone; a place or an event named with it ("in
  questo ufficio", "at this party", "en esta ciudad") makes it a wish to be elsewhere, and is
  left alone;
* **the will to live lost or gone**: "perdí las ganas de vivir", "las ganas de vivir se me
  fueron", "ho perso la voglia di vivere", "perdi a vontade de viver", "j'ai perdu l'envie de
  vivre", "vivre ne me tente plus" (and the Québécois "me tente pu"), "ich hab den Lebenswillen
  verloren". A wish that goes on to blame a meeting, the heat, traffic or homework, or to
  name a move, is the everyday complaint and is left alone.

The same wish is told as being dead already and waiting only for the body to follow: "in my head
I'm already dead, just waiting for the body", "ya estoy muerta, espero que el cuerpo se entere",
"sono già morta, aspetto solo che il corpo se ne accorga" (not "dead tired", "muerta de risa").

Whose words they are, negation and time are judged in ``context`` like every rule's.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_family = partial(family, "wish_not_here")

# A wish that goes on to name an everyday place, event, nuisance or move is a wish to be
# elsewhere or a complaint, not a wish to be gone. (Only what follows is looked at: the match
# starts at the wish, so a denial or someone else's words before it are judged by ``context``.)
_EVERYDAY = (
    r"(?![^.!?\n]*\b(?:mov(?:e|ing)|mudar\w*|mudanza|trasferir\w*|umzieh\w*|demenag\w*|emigr\w*"
    r"|party|office|job|work|school|class|meeting|town|city"
    r"|country|traffic|queue|heat|homework|exams?|monday|festa|ufficio|lavoro|scuola|lezione"
    r"|riunione|citta|paese|traffico|coda|caldo|compiti|esame|lunedi|fiesta|oficina|trabajo"
    r"|escuela|clase|reunion|ciudad|pueblo|trafico|atasco|calor|deberes|examen|lunes|escritorio"
    r"|trabalho|escola|aula|reuniao|cidade|transito|fila|segunda-feira|bureau|travail|ecole"
    r"|cours|reunion|ville|bouchons?|chaleur|devoirs|lundi|buro|arbeit|schule|besprechung"
    r"|stadt|stau|hitze|hausaufgaben|montag)\b)"
)
# What follows the wish: nothing further, or "ever again"; never a place ("… in questo ufficio").
_NO_PLACE = r"(?!\s*,?\s+(?:in|at|on|with|a|al|alla|allo|nel|nella|da|con|en|con|no|na|em|de)\b)"

# --- not to be here any more, wished --------------------------------------------------------------
_NOT_HERE = {
    "it": r"\b(?:vorrei|avrei\s+voluto|preferirei|mi\s+piacerebbe)\s+(?:(?:solo|tanto|proprio"
    r"|davvero|soltanto)\s+)?non\s+(?:esserci\s+piu|essere\s+piu\s+(?:qui|qua))\b"
    # … or in a "che" clause, the writer named in it: "vorrei che … e che io non ci fossi più"
    r"|\b(?:vorrei|preferirei)\s+(?:solo\s+|tanto\s+)?che\b[^.!?\n]{0,80}?\bio\s+non\s+ci\s+"
    r"fossi\s+piu\b",
    "es": r"\b(?:quisiera|querria|me\s+gustaria|preferiria|ojala\s+pudiera)\s+(?:(?:solo|ya"
    r"|simplemente)\s+)?no\s+estar\s+(?:mas\s+(?:aqui|aca)|(?:aqui|aca)\s+(?:nunca\s+)?mas"
    r"|nunca\s+mas)\b"
    r"|\b(?:quisiera|ojala)\s+(?:solo\s+)?que\b[^.!?\n]{0,80}?\byo\s+no\s+(?:estuviera|existiera)\s+"
    r"(?:mas|ya)\b",
    "pt": r"\b(?:queria|quisera|gostaria\s+de|preferia)\s+(?:(?:so|simplesmente|ja)\s+)?nao\s+"
    r"estar\s+(?:mais\s+(?:ca|aqui)|(?:ca|aqui)\s+mais|nunca\s+mais)\b"
    r"|\b(?:queria|gostava)\s+(?:so\s+)?que\b[^.!?\n]{0,80}?\beu\s+(?:ja\s+)?nao\s+(?:estivesse|existisse)"
    r"\s+mais\b",
    "en": r"\bi\s+(?:just\s+|really\s+|honestly\s+)?wish\s+i\s+(?:wasn'?t|weren'?t|was\s+not"
    r"|were\s+not)\s+(?:here|around)\s+any\s*more\b",
}
_NOT_HERE_GATE = {
    "it": "esserci|essere|fossi",
    "es": "estar|estuviera|existiera",
    "pt": "estar|estivesse|existisse",
    "en": "here|around",
}

# --- the will to live lost or gone ---------------------------------------------------------------
_WILL_GONE = {
    "es": r"\b(?:perdi|he\s+perdido|se\s+me\s+(?:fueron|han\s+ido|fue|acabaron|quitaron))\s+"
    r"(?:(?:todas\s+)?las\s+)?ganas\s+de\s+vivir\b"
    r"|\b(?:las\s+)?ganas\s+de\s+vivir\s+se\s+me\s+(?:fueron|han\s+ido|acabaron|perdieron"
    r"|murieron)\b"
    # … or lacking: "me faltan las ganas de vivir"
    r"|\bme\s+falta(?:n)?\s+(?:(?:ya\s+)?(?:todas\s+)?las\s+|la\s+)?ganas?\s+de\s+vivir\b"
    # (living in a place or a way: "… de vivir en Madrid")
    r"(?!\s+(?:en|aqui|aca|asi|con|solo|sola)\b)",
    "it": r"\bho\s+perso\s+(?:(?:tutta\s+)?la\s+)?voglia\s+di\s+vivere\b"
    r"|\bmi\s+e\s+(?:passata|sparita|andata\s+via)\s+la\s+voglia\s+di\s+vivere\b"
    r"|\bla\s+voglia\s+di\s+vivere\s+(?:mi\s+)?(?:e|se\s+n'?\s*e)\s+(?:passata|sparita"
    r"|andata|finita)\b"
    r"|\bmi\s+manca\s+(?:(?:ormai\s+)?(?:del\s+tutto\s+)?la\s+)?voglia\s+di\s+vivere\b",
    "pt": r"\bperdi\s+(?:(?:toda\s+)?a\s+)?vontade\s+de\s+viver\b"
    r"|\ba\s+vontade\s+de\s+viver\s+(?:foi-se|acabou|desapareceu|sumiu|foi\s+embora)\b"
    r"|\b(?:falta-me|me\s+falta)\s+(?:(?:ja\s+)?a\s+)?vontade\s+de\s+viver\b"
    r"(?!\s+(?:em|no|na|aqui|assim|com|sozinh[oa])\b)",
    "fr": r"\bj'\s*ai\s+perdu\s+(?:toute\s+)?(?:l'\s*)?envie\s+de\s+vivre\b"
    r"|\bl'\s*envie\s+de\s+vivre\s+(?:m'\s*a\s+quitte|est\s+partie|s'\s*est\s+envolee)\b"
    # living itself as what no longer tempts: "vivre ne me tente plus", "vivre me tente pu"
    r"|(?:^|(?<=[.!?,;:\n]))\s*vivre\s+(?:ne\s+|n'\s*)?me\s+(?:tente|dit)\s+(?:plus|pu|pus)"
    r"(?:\s+(?:rien|pantoute|du\s+tout))?\b",
    "de": r"\b(?:hab|habe)\s+(?:meinen\s+|den\s+)?lebenswillen\s+verloren\b"
    r"|\bmein\s+lebenswille\s+ist\s+(?:weg|verschwunden|erloschen)\b"
    # life itself refused as the object, the clause ending there: "ich will das Leben nicht
    # mehr, keinen Tag davon" (not "… nicht mehr so leben", "… nicht mehr verschwenden")
    r"|\bich\s+(?:will|mag|kann)\s+(?:dieses\s+|das\s+|mein\s+)leben\s+(?:einfach\s+)?nicht\s+"
    r"mehr\b(?=\s*(?:$|[.!?,;:\n]))",
}
_WILL_GATE = {
    "es": "vivir",
    "it": "vivere",
    "pt": "viver",
    "fr": "vivre",
    "de": "lebenswille|leben",
}

# --- already dead inside, only waiting for the body --------------------------------------------
_IN = r"[^.!?\n]"
_DEAD_WAITING = {
    "en": r"\b(?:i'?m|i\s+am)\s+already\s+dead\b(?!\s+(?:tired|beat|on\s+my\s+feet)\b)"
    + _IN
    + r"{0,40}?\bwait(?:ing)?\s+for\s+(?:the|my)\s+body\b",
    "es": r"\bya\s+estoy\s+muert[oa]\b(?!\s+de\b)"
    + _IN
    + r"{0,40}?\bespero\s+(?:a\s+)?que\s+(?:el|mi)\s+cuerpo\b",
    "fr": r"\bje\s+suis\s+deja\s+morte?\b(?!\s+de\b)"
    + _IN
    + r"{0,40}?\bj'\s*attends\s+(?:juste\s+|seulement\s+)?que\s+(?:le|mon)\s+corps\b",
    "it": r"\bsono\s+gia\s+mort[oa]\b(?!\s+di\b)"
    + _IN
    + r"{0,40}?\baspetto\s+(?:solo\s+|soltanto\s+)?che\s+il\s+(?:mio\s+)?corpo\b",
    "pt": r"\b(?:ja\s+estou|estou\s+ja)\s+mort[oa]\b(?!\s+de\b)"
    + _IN
    + r"{0,40}?\b(?:espero|so\s+espero)\s+(?:que\s+)?(?:o\s+)?(?:meu\s+)?corpo\b",
    "de": r"\bich\s+bin\s+(?:innerlich\s+)?schon\s+tot\b"
    + _IN
    + r"{0,40}?\bwarte?\s+nur(?:\s+noch)?,?\s+(?:bis|dass)\s+(?:der|mein)\s+ko(?:e)?rper\b",
}
_DEAD_GATE = {
    "en": "already dead",
    "es": "muert",
    "fr": "mort",
    "it": "mort",
    "pt": "mort",
    "de": "tot",
}

RULES: tuple[Rule, ...] = (
    _family(
        "wished",
        Category.DEATH_WISH,
        Severity.URGENT,
        {lang: rf"{_EVERYDAY}(?:{source}){_NO_PLACE}" for lang, source in _NOT_HERE.items()},
        _NOT_HERE_GATE,
    )
    + _family(
        "will_lost",
        Category.DEATH_WISH,
        Severity.URGENT,
        {lang: rf"{_EVERYDAY}(?:{source})" for lang, source in _WILL_GONE.items()},
        _WILL_GATE,
    )
    + _family(
        "dead_waiting",
        Category.DEATH_WISH,
        Severity.URGENT,
        _DEAD_WAITING,
        _DEAD_GATE,
    )
)

__all__ = ["RULES"]
