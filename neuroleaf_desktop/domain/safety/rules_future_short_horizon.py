"""No future told by a horizon that stops short: the calendar in the writer's head ending, the
writer unable to see even as far as a near holiday, nothing paid or planned past a month, in
six languages.

Why: hopelessness about the future is often said of the nearest stretch of it, with no word
for "future":

* **the calendar in one's head going blank**: "after the fair the calendar in my head just goes
  blank", "der Kalender in meinem Kopf hört da auf", "le calendrier dans ma tête s'arrête", "el
  calendario en mi cabeza se queda en blanco", "o calendário na minha cabeça acaba", "il
  calendario nella mia testa finisce";
* **not seeing even as far as a near holiday**: "I can't even see as far as Easter", "ich kann
  nicht mal bis Ostern denken", "je ne vois pas plus loin que Noël", "no alcanzo a ver más allá
  de Semana Santa", "não consigo ver além do Natal", "non riesco a vedere oltre Pasqua" (not a
  week too busy to see past, a fog or a view: a sentence naming work, a deadline or the weather
  is left alone);
* **no point paying or planning past a near time**: "only renewed the pass for a month, no
  point paying past that", "no tiene sentido pagar más allá", "non ha senso prenotare oltre"
  (not when the place closes, the writer moves or a contract ends: a reason given).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_S = r"[^.!?\n]"
# a reason given for the short horizon: work, a deadline, the weather, a move, a closing
_NO_REASON = (
    rf"(?!{_S}*\b(?:work(?!mates?\b)\w*|job|busy|swamped|deadlines?|exams?|fog|mist|view|weather|clos\w+"
    r"|shut\w*|mov(?:e|ed|ing)|leav\w+|contract|lease|semester|term|visa|sale|discount|cheaper"
    r"|arbeit\w*|stress|nebel|umzug|ziehe?\s+um|travail\w*|boulot|brouillard|demenag\w*"
    r"|trabaj\w*|niebla|mudanza|me\s+mudo|trabalh\w*|nevoeiro|mudo\s+de\s+casa|lavor\w*"
    r"|nebbia|trasloco)\b)"
)

_CALENDAR = {
    "en": r"\b(?:the\s+)?calendar\s+in\s+my\s+head\s+(?:just\s+)?(?:goes\s+blank|is\s+blank"
    r"|stops|ends|runs\s+out)\b",
    "de": r"\bder\s+kalender\s+in\s+meinem\s+kopf\s+(?:ist\s+leer|ho(?:e)?rt\s+(?:da\s+|dann\s+)?"
    r"(?:einfach\s+)?auf|endet)\b",
    "fr": r"\ble\s+calendrier\s+dans\s+ma\s+tete\s+(?:s'\s*arrete|est\s+vide|finit"
    r"|devient\s+blanc)\b",
    "es": r"\bel\s+calendario\s+(?:de|en)\s+mi\s+cabeza\s+(?:se\s+acaba|termina|se\s+queda\s+en\s+"
    r"blanco|esta\s+en\s+blanco)\b",
    "pt": r"\bo\s+calendario\s+(?:na|da)\s+minha\s+cabeca\s+(?:acaba|termina|fica\s+em\s+branco)\b",
    "it": r"\bil\s+calendario\s+(?:nella\s+mia\s+testa|in\s+testa)\s+(?:finisce|si\s+ferma"
    r"|e\s+vuoto)\b",
}
_NEAR = {
    "en": r"(?:next\s+(?:week|month)|easter|christmas|xmas|the\s+weekend|friday|monday"
    r"|my\s+birthday"
    r"|summer|spring|the\s+end\s+of\s+the\s+(?:week|month)|tomorrow)",
    "de": r"(?:ostern|weihnachten|zum\s+wochenende|na(?:e)?chste\s+woche|morgen|zum\s+sommer"
    r"|zu\s+meinem\s+geburtstag)",
    "fr": r"(?:paques|noel|la\s+semaine\s+prochaine|demain|l'\s*ete|ce\s+week-end|vendredi"
    r"|mon\s+anniversaire)",
    "es": r"(?:semana\s+santa|navidad|pascua|la\s+semana\s+que\s+viene|manana|el\s+verano"
    r"|el\s+viernes|mi\s+cumpleanos)",
    "pt": r"(?:(?:a\s+)?pascoa|(?:o\s+)?natal|(?:a\s+)?semana\s+que\s+vem|amanha|(?:o\s+)?verao"
    r"|(?:o\s+)?meu\s+aniversario)",
    "it": r"(?:pasqua|natale|la\s+settimana\s+prossima|domani|l'\s*estate|il\s+mio\s+compleanno)",
}
_SEE_AS_FAR = {
    "en": r"\b(?:can'?t|cannot)\s+(?:even\s+)?(?:see|think|picture)\s+(?:as\s+far\s+as|past"
    r"|beyond)\s+",
    "de": r"\bkann\s+(?:nicht\s+(?:mal|einmal)|nicht|kaum)\s+(?:u(?:e)?ber\s+|bis\s+)",
    "fr": r"\bje\s+ne\s+vois\s+(?:meme\s+)?pas\s+(?:plus\s+loin\s+que|au-dela\s+de)\s+",
    "es": r"\bno\s+(?:alcanzo\s+a\s+|consigo\s+|puedo\s+)?ver\s+(?:ni\s+)?(?:mas\s+alla\s+de"
    r"|hasta)\s+",
    "pt": r"\bnao\s+(?:consigo\s+)?ver\s+(?:nem\s+)?(?:alem\s+d[oae]\s*|ate\s+)",
    "it": r"\bnon\s+(?:riesco\s+a\s+)?ved(?:o|ere)\s+(?:nemmeno\s+)?(?:oltre|fino\s+a)\s+",
}
_SEE_AS_FAR_NEAR = {lang: rf"{_SEE_AS_FAR[lang]}{_NEAR[lang]}\b" for lang in _NEAR}
# the German verb comes last: "kann nicht mal bis Ostern denken"
_SEE_AS_FAR_NEAR["de"] += r"\s+(?:hinaus\s+)?(?:sehen|denken|schauen|gucken)\b"

_NO_POINT_PAST = {
    "en": r"\bno\s+point\s+(?:in\s+)?(?:paying|planning|booking|renewing|buying|signing\s+up)\s+"
    r"(?:for\s+anything\s+)?(?:past|beyond|after)\s+(?:that|then|it|next\s+month)\b",
    "de": r"\b(?:lohnt\s+sich\s+nicht|kein\s+sinn|bringt\s+nichts),?\s+(?:la(?:e)?nger"
    r"|daru(?:e)?ber"
    r"\s+hinaus)\s+(?:zu\s+)?(?:zahlen|planen|buchen)\b",
    "fr": r"\bpas\s+la\s+peine\s+de\s+(?:payer|prevoir|reserver)\s+(?:plus\s+loin|au-dela)\b",
    "es": r"\bno\s+tiene\s+sentido\s+(?:pagar|planear|reservar)\s+(?:mas\s+alla|mas\s+tiempo)\b",
    "pt": r"\bnao\s+vale\s+a\s+pena\s+(?:pagar|planear|planejar|reservar)\s+(?:mais\s+(?:tempo"
    r"|do\s+que\s+isso)|para\s+alem\s+disso)\b",
    "it": r"\bnon\s+ha\s+senso\s+(?:pagare|programmare|prenotare)\s+(?:oltre|piu\s+in\s+la)\b",
}


def _in_sentence(parts: dict[str, str]) -> dict[str, str]:
    """Each part read from its sentence's start, with no reason given anywhere in it."""
    return {lang: rf"(?:^|(?<=[.!?\n])){_NO_REASON}{_S}*?(?:{p})" for lang, p in parts.items()}


_NAME = "short_horizon"
RULES: tuple[Rule, ...] = (
    family(
        _NAME,
        "calendar_blank",
        Category.NO_FUTURE,
        Severity.CONCERN,
        _in_sentence(_CALENDAR),
        {
            "en": "calendar",
            "de": "kalender",
            "fr": "calendrier",
            "es": "calendario",
            "pt": "calendario",
            "it": "calendario",
        },
    )
    + family(
        _NAME,
        "not_as_far_as",
        Category.NO_FUTURE,
        Severity.CONCERN,
        _in_sentence(_SEE_AS_FAR_NEAR),
        {
            "en": "see|think|picture",
            "de": "kann",
            "fr": "vois",
            "es": "ver",
            "pt": "ver",
            "it": "ved",
        },
    )
    + family(
        _NAME,
        "no_point_past",
        Category.NO_FUTURE,
        Severity.CONCERN,
        _in_sentence(_NO_POINT_PAST),
        {
            "en": "no point",
            "de": "lohnt|sinn|bringt",
            "fr": "peine",
            "es": "sentido",
            "pt": "vale a pena",
            "it": "senso",
        },
    )
)

__all__ = ["RULES"]
