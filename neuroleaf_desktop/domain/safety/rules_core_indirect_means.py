"""Indirect warning signs told by secrecy and by the writer's absence, in all six languages:
means kept out of sight, a letter left for someone who comes home later, goodbyes nobody
noticed, the writer as "someone who won't be here", and a date marked in secret.

Why: the act is left unnamed and the sign is in what surrounds an ordinary thing. Pills, a
rope or a blade are everyday until "nobody opens that bag", "I told the boss I'd binned it",
"put them with the others"; an envelope on the table is everyday until its reader is away
till Thursday and it was placed to be seen first; a round of thank-yous is everyday until
"nobody noticed a thing". Each family needs both pieces and has its own everyday guard: a
tool for work, a camping trip, a present, chores or a reminder, a party one left early.

Text is case- and accent-folded first; every rule has a gate.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.means_need_denied import NEED_DENIED
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family

_CON, _URG = Severity.CONCERN, Severity.URGENT

# --- a means, kept secret or at hand ------------------------------------------------------------
_MEANS_ITEM = {
    "en": r"\b(?:pills|tablets|sedatives?|medicine|poison|bait|rope|line|blade|razors?"
    r"|weedkiller)\b|(?<!kitchen\s)(?<!bread\s)(?<!steak\s)(?<!carving\s)\bknife\b",
    "de": r"\b(?:tabletten|pillen|medikamente|gift|seil|strick|messer|klinge|rasierklingen"
    r"|rattengift|unkrautvernichter)\b",
    "fr": r"\b(?:comprimes|cachets|medicaments|poison|corde|lame|couteau|rasoirs?|mort-aux-rats"
    r"|raticide|desherbant)\b",
    "es": r"\b(?:pastillas|medicamentos|veneno|soga|cuerda|cuchilla|navaja|raticida|matarratas"
    r"|herbicida)\b",
    "pt": r"\b(?:comprimidos|remedios|veneno|corda|lamina|faca|navalha|raticida|mata-ratos"
    r"|herbicida)\b",
    "it": r"\b(?:pastiglie|pillole|farmaci|veleno|corda|lama|coltello|lamette|topicida"
    r"|diserbante)\b",
}
_SECRET_OR_READY = {
    "en": r"\bnobody\s+(?:knows|opens|checks)\b|\btold\s+(?:the\s+)?\w+\s+i'?d\s+binned\s+it\b"
    r"|\bnot\s+in\s+the\s+log\b|\bthinks\s+it\s+is\s+still\b|\bwithout\s+signing\s+it\s+out\b"
    r"|\beasier\s+to\s+get\s+at\b|\bjust\s+knowing\s+it'?s\s+there\b|\bput\s+them\s+with\s+the"
    r"\s+others\b|\bi'?ve\s+been\s+saving\b|\bunder\s+my\s+mattress\b|\bi'?m\s+not\s+going\s+"
    r"(?:sailing|climbing|fishing|camping)\b",
    "de": r"\bniemand\s+(?:wei(?:ss|s)|schaut|macht)\b|\bunter\s+meiner\s+matratze\b"
    r"|\bhab\s+(?:sie|es)\s+(?:gesammelt|aufgehoben)\b",
    "fr": r"\bpersonne\s+ne\s+(?:sait|regarde|ouvre)\b|\bcache\w*\s+(?:dans|sous)\s+(?:mon|ma|le)\b"
    r"|\bsous\s+mon\s+matelas\b",
    "es": r"\bnadie\s+(?:abre|sabe|mira)\b|\bdebajo\s+del\s+colchon\b",
    "pt": r"\bninguem\s+(?:abre|sabe|mexe)\b|\bno\s+fundo\s+do\s+armario\b"
    r"|\bdebaixo\s+do\s+colchao\b",
    "it": r"\bnon\s+ho\s+(?:fieno|animali|barca)\b|\bnessuno\s+(?:apre|sa)\b"
    r"|\bsotto\s+il\s+materasso\b",
}
# … or the need it would serve denied: "though we've never had rats" (``means_need_denied``)
_SECRET_OR_READY = {
    lang: rf"{ready}|{NEED_DENIED[lang]}" for lang, ready in _SECRET_OR_READY.items()
}
# A tool for work, a trip, a kitchen, a present: the thing's ordinary use (a garden denied as
# the use, "it isn't for the garden", names none).
_NO_MEANS_ERRAND = (
    r"(?![^\n]{0,150}\b(?:kitchen|camping|whittl\w*|carv\w*|present|gift|surprise|birthday"
    r"|(?<!n't\sfor\sthe\s)(?<!not\sfor\sthe\s)garden|allotment\s+shed|craft|kuche|geschenk|uberraschung|geburtstag|cuisine|cadeau"
    r"|cocina|regalo|sorpresa|cumpleanos|cozinha|presente|surpresa|aniversario|cucina"
    r"|compleanno|vitamin\w*|expired|out\s+of\s+date|abgelaufen|perime\w*|caducad\w*"
    r"|vencid\w*|scadut\w*)\b)"
)

# --- a letter left where it will be found, its reader away till a day named ----------------------
_LETTER_LEFT = {
    "en": r"\b(?:left|put)\s+(?:an?\s+)?(?:envelope|letter)\b",
    "de": r"\b(?:kuvert|umschlag|brief)\s+(?:\w+\s+){0,3}?(?:hingelegt|gelegt)\b"
    r"|\bein\s+(?:kuvert|umschlag|brief)"
    r"\s+gelegt\b",
    "fr": r"\bj'?\s*ai\s+(?:mis|laisse|pose)\s+(?:la|une)\s+(?:lettre|enveloppe)\b",
    "es": r"\bdeje\s+(?:un|una)\s+(?:sobre|carta)\b",
    "pt": r"\bdeixei\s+(?:um|uma)\s+(?:envelope|carta)\b",
    "it": r"\bho\s+lasciato\s+(?:una|la)\s+(?:lettera|busta)\b",
}
_READER_BACK_LATER = {
    "en": r"\b(?:he'?s|she'?s|he\s+is|she\s+is)\s+(?:offshore|away|back\s+from\s+\w+'?s?)\b"
    r"[^.!?\n]{0,30}?\b(?:till|until|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    "de": r"\bkommt\s+erst\s+(?:am\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag)\b",
    "fr": r"\brevient\s+(?:de\s+\w+\s+)?(?:\w+\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche)\b",
    "es": r"\bvuelve\s+(?:de\s+\w+\s+)?(?:\w+\s+)?(?:el\s+)?(?:lunes|martes|miercoles|jueves"
    r"|viernes|sabado|domingo)\b",
    "pt": r"\bvolta\s+(?:d[oa]\s+\w+\s+)?(?:n?o\s+|na\s+)?(?:segunda|terca|quarta|quinta|sexta"
    r"|sabado|domingo)\b",
    "it": r"\btorna\s+(?:da\s+\w+\s+)?(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato"
    r"|domenica)\b",
}
# A reminder, a chore, a card or money for bills: the note's ordinary errand.
_NO_CHORE = (
    r"(?![^\n]{0,160}\b(?:remind\w*|chores?|bins?|rent|bills?|shopping|list|groceries|card"
    r"|birthday|anniversary|feed|dinner|recipe|keys?\s+for|erinnerung|einkauf\w*|miete"
    r"|geburtstag|rappel|courses|loyer|anniversaire|recordatorio|compra|alquiler|cumpleanos"
    r"|lembrete|compras|aluguel|renda|aniversario|promemoria|spesa|affitto|compleanno)\b)"
)

# --- thank-yous and goodbyes to everyone, and nobody noticed -------------------------------------
_ROUND_OF_GOODBYES = {
    "en": r"\b(?:rang|called|phoned|texted|visited)\s+(?:everyone|everybody|all\s+of\s+them)\b"
    r"|\bgreeted\s+everyone\s+one\s+by\s+one\b",
    "de": r"\balle\s+(?:angerufen|besucht)\b|\bvon\s+allen\s+verabschiedet\b",
    "fr": r"\bappele\s+tout\s+le\s+monde\b|\bdire\s+au\s+revoir\s+a\s+tout\s+le\s+monde\b",
    "es": r"\b(?:llame|visite)\s+a\s+todos\b|\bdespedirme\s+de\b",
    "pt": r"\bliguei\s+(?:para|pra)\s+todos\b|\bme\s+despedir\s+de\b",
    "it": r"\bsalutare\s+tutti\b|\bho\s+chiamato\s+tutti\b",
}
_NOBODY_NOTICED = {
    "en": r"\bnobody\s+(?:noticed|suspected|guessed)\b|\bthey\s+don'?t\s+know\b"
    r"|\bnobody\s+will\s+think\s+anything\s+of\s+it\b",
    "de": r"\bkeiner\s+hat\s+(?:was|etwas)\s+gemerkt\b|\bniemand\s+hat\s+(?:was|etwas)\s+gemerkt\b",
    "fr": r"\bpersonne\s+n'?\s*a\s+rien\s+(?:vu|remarque|compris)\b",
    "es": r"\bnadie\s+(?:lo\s+)?(?:noto|se\s+dio\s+cuenta)\b",
    "pt": r"\bninguem\s+(?:percebeu|notou)\b",
    "it": r"\bnessuno\s+(?:ha\s+capito|se\s+n'?\s*e\s+accorto)\b",
}
# A party left early, a surprise, a trip: a goodbye with a reason.
_NO_SURPRISE = (
    r"(?![^\n]{0,120}\b(?:surprise|party|left\s+early|holiday|trip|uberraschung|feier|urlaub"
    r"|surprise|fete|vacances|sorpresa|fiesta|vacaciones|surpresa|festa|ferias|vacanze)\b)"
)

# --- the writer as someone who won't be there ----------------------------------------------------
_SOMEONE_NOT_THERE = {
    "en": r"\b(?:for|on)\s+(?:someone|somebody|a\s+person)\s+who\s+(?:won'?t|will\s+not)\s+be\s+"
    r"(?:here|around|there)\b(?!\s+(?:until|till|in\s+time|on\s+time|for\s+the|at\s+the))",
    "de": r"\bfu(?:e)?r\s+jemanden,?\s+der\s+(?:eh\s+|bald\s+)?nicht\s+mehr\s+(?:da|hier)\s+"
    r"(?:ist|sein\s+wird)\b",
    "fr": r"\bpour\s+quelqu'?\s*un\s+qui\s+ne\s+sera\s+plus\s+la\b",
    "es": r"\bpara\s+alguien\s+que\s+ya\s+no\s+(?:va\s+a\s+estar|estara)\b",
    "pt": r"\bpara\s+(?:quem|alguem\s+que)\s+ja\s+nao\s+vai\s+estar\b",
    "it": r"\bper\s+(?:uno|una|qualcuno)\s+che\s+non\s+ci\s+sara\s+piu\b",
}

# --- a date marked where nobody looks, and "that's when" ----------------------------------------
_DATE_MARKED = {
    "en": r"\b(?:circled|pencill?ed|marked|wrote\s+(?:down\s+)?the\s+date)\b",
    "de": r"\b(?:angekreuzt|eingekreist|markiert|datum\s+(?:aufgeschrieben|notiert))\b",
    "fr": r"\b(?:entoure|coche|note\s+la\s+date|ecrit\s+la\s+date)\b",
    "es": r"\b(?:marque|rodee|apunte\s+la\s+fecha|escribi\s+la\s+fecha)\b",
    "pt": r"\b(?:marquei|circulei|anotei\s+a\s+data|escrevi\s+a\s+data)\b",
    "it": r"\b(?:cerchiato|segnato|scritto\s+la\s+data)\b",
}
_THATS_WHEN = {
    "en": r"\bthat'?s\s+when" + r"(?=\s*(?:$|[.!?]))|\bwhere\s+nobody\s+(?:ever\s+)?looks\b"
    r"|\bsomewhere\s+other\s+than\s+my\s+head\b",
    "de": r"\bda\s+ist\s+es\s+dann\b|\bwo\s+(?:niemand|keiner)\s+(?:je\s+)?"
    r"(?:nachschaut|hinschaut)\b",
    "fr": r"\bce\s+sera\s+ce\s+jour-?la\b|\bou\s+personne\s+ne\s+regarde\b",
    "es": r"\bsera\s+ese\s+dia\b|\bdonde\s+nadie\s+mira\b",
    "pt": r"\bvai\s+ser\s+nesse\s+dia\b|\bonde\s+ninguem\s+olha\b",
    "it": r"\bsara\s+quel\s+giorno\b|\bdove\s+nessuno\s+guarda\b",
}
_A_DATE = {
    "en": r"\b\d{1,2}(?:st|nd|rd|th)\b",
    "de": r"\b\d{1,2}\.",
    "fr": r"\ble\s+\d{1,2}\b",
    "es": r"\b(?:el|dia)\s+\d{1,2}\b",
    "pt": r"\bdia\s+\d{1,2}\b",
    "it": r"\bil\s+\d{1,2}\b",
}
# A birthday, a deadline, a booking: a date marked for something named.
_NO_EVENT = (
    r"(?![^\n]{0,120}\b(?:birthday|deadline|appointment|exam|booking|party|wedding|bin\s+day"
    r"|geburtstag|termin|prufung|anniversaire|examen|rendez-vous|cumpleanos|cita|examen"
    r"|aniversario|consulta|prova|compleanno|esame|appuntamento)\b)"
)


def _pair(first: dict[str, str], second: dict[str, str], lang: str, most: int) -> str:
    return rf"(?:{first[lang]})[^\n]{{0,{most}}}?(?:{second[lang]})"


RULES: tuple[Rule, ...] = (
    core_family(
        "means_kept_secret",
        Category.GETTING_MEANS,
        _URG,
        {
            lang: rf"(?:{_MEANS_ITEM[lang]}){_NO_MEANS_ERRAND}[^\n]{{0,150}}?"
            rf"(?:{_SECRET_OR_READY[lang]})"
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "pill|tablet|sedative|medicin|poison|bait|rope|line|blade|knife|razor|tabletten|gift"
            "|seil|strick|messer|klinge|comprim|cachet|medicament|corde|lame|couteau|rasoir"
            "|pastill|veneno|soga|cuerda|cuchilla|navaja|remedio|corda|lamina|faca|navalha"
            "|pillole|farmaci|veleno|coltello|lamette|weedkiller|gun|rifle|pistol|gewehr|flinte"
            "|raticide|desherbant|fusil|carabine|raticida|matarratas|herbicida|escopeta|mort-aux"
            "|espingarda|cacadeira|topicida|diserbante|doppietta|mata-ratos",
        ),
    )
    + core_family(
        "letter_left_reader_away",
        Category.GOODBYES,
        _CON,
        {
            lang: rf"{_NO_CHORE}(?:{_pair(_LETTER_LEFT, _READER_BACK_LATER, lang, 120)}"
            rf"|{_pair(_READER_BACK_LATER, _LETTER_LEFT, lang, 60)})"
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS, "envelope|letter|kuvert|umschlag|brief|lettre|sobre|carta|lettera|busta"
        ),
    )
    + core_family(
        "goodbyes_nobody_noticed",
        Category.GOODBYES,
        _CON,
        {
            lang: rf"{_NO_SURPRISE}" + _pair(_ROUND_OF_GOODBYES, _NOBODY_NOTICED, lang, 160)
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "noticed|suspected|guessed|know|think|gemerkt|rien|noto|cuenta|percebeu|notou|capito"
            "|accorto",
        ),
    )
    + core_family(
        "someone_who_wont_be_there",
        Category.NO_FUTURE,
        _CON,
        _SOMEONE_NOT_THERE,
        dict.fromkeys(LANGS, "someone|somebody|person|jemand|quelqu|alguien|quem|alguem|uno|una"),
    )
    + core_family(
        "date_marked_unnamed",
        Category.PLAN_OR_METHOD,
        _URG,
        {
            lang: rf"(?:{_DATE_MARKED[lang]}){_NO_EVENT}(?=[^\n]{{0,60}}?(?:{_A_DATE[lang]}))"
            rf"[^\n]{{0,120}}?(?:{_THATS_WHEN[lang]})"
            rf"|(?:{_A_DATE[lang]})[^\n]{{0,20}}?(?:{_DATE_MARKED[lang]}){_NO_EVENT}"
            rf"[^\n]{{0,100}}?(?:{_THATS_WHEN[lang]})"
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "circled|pencil|marked|wrote|angekreuzt|eingekreist|markiert|datum|entoure|coche"
            "|date|marque|rodee|fecha|marquei|circulei|data|cerchiato|segnato",
        ),
    )
)

__all__ = ["RULES"]
