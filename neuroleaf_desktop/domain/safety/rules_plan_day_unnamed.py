"""A day told for an act never named, in six languages: times taken up by an unnamed "it", or a
day, the writer going somewhere and the end said to be there.

Why: a writer who has settled on the day often leaves the act out of the sentence and writes
only when and where: "Friday morning, before anyone's up, that's when it'll be", "…, that's the
day I've chosen", "Am Sonntag nach dem Fischmarkt geh ich zur Kugelbake, dann ist Schluss". The
older plan families read such a sentence only when it also carried a decision ("c'est décidé"),
a known height ("au pont") or the moment nobody is around. Here the meaning is carried by the
grammar: a list of times closed by an "it" nothing in the sentence names, or a day and a going
closed by the end said to be there, whatever the place is called.

What is not read: a future "it will be" given only a time ("It'll be Thursday night, down by the
weir", "Ce sera samedi soir", "Sarà il 18"). Alone, that shape is far more often an ordinary
plan ("It'll be Friday night, finally", "It will be Sunday evening when I get back from Leeds")
than a chosen day, and a flag on it would show crisis lines to someone looking forward to the
weekend; such a sentence is left to the other families and the classifier.

What keeps ordinary days out: the "it" must be unnamed, so an event named as what the day is
for ("Saturday, that's when it'll be, the party") clears it, while an event that only fixes the
time ("after the fête", "the night of the derby") does not; a plural "we" makes it a shared
outing; a purpose, a cleft, a chore or the errand told the sentence before name the "it"; and
work, school, a holiday or an outing make the end a last working day or the end of a break.
The occasions an entry may name anywhere (``means_purposes.ORDINARY_OCCASION``) clear it as
they clear the other plan frames (``rules_plans.drops``).
"""

from __future__ import annotations

import functools
import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import FLAGS, Rule, family
from neuroleaf_desktop.domain.safety.weekdays_intl import WEEKDAYS

# --- a sentence or clause opening
_OPEN = r"(?:^|(?<=[.!?\n:;,\u2014-]))\s*"
_DAYS = {"en": r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", **WEEKDAYS}
_AFTER = {
    "en": r"(?:after|once)\b",
    "de": r"nach\b",
    "fr": r"apres\b",
    "es": r"despues\b",
    "pt": r"depois\b",
    "it": r"dopo\b",
}
# --- times listed, then the unnamed "it" taken up: "that's when it'll be", "that's the day I've
# chosen", "c'est ce jour-là que ce sera", "ahí será", "é nesse dia que vai ser", "dann ist es so
# weit" is read by the older frames; the sentence ends there, so no purpose names the day
_END = r"(?=\s*(?:$|[.!?\n]))"
_TAKEN_UP = {
    "en": r"\bthat'?s\s+(?:when|the\s+(?:day|night|date|morning|evening))\s+(?:it'?ll\s+be"
    r"|it\s+will\s+be|it\s+(?:happens|will\s+happen|'?ll\s+happen)|i'?ve\s+(?:chosen|picked"
    r"|settled\s+on)|i\s+(?:chose|picked))",
    "de": r"\b(?:das\s+ist\s+der\s+tag|an\s+dem\s+tag\s+ist\s+es|dann\s+passiert\s+es"
    r"|den\s+tag\s+hab\s*e?\s+ich\s+(?:mir\s+)?(?:ausgesucht|gewa(?:e)?hlt))",
    "fr": r"\b(?:c'\s*est\s+(?:ce\s+jour-?la|ce\s+soir-?la|la)\s+que\s+(?:ce\s+sera|ca\s+se\s+"
    r"passera)|c'\s*est\s+le\s+jour\s+que\s+j'\s*ai\s+choisi)",
    "es": r"\b(?:(?:ahi|entonces|ese\s+dia|esa\s+noche)\s+(?:sera|es\s+cuando\s+sera)"
    r"|es\s+el\s+dia\s+que\s+(?:he\s+)?elegi(?:do)?)",
    "pt": r"\b(?:(?:e\s+)?(?:nesse\s+dia|nessa\s+noite|ai)\s+(?:e\s+que\s+)?vai\s+ser"
    r"|e\s+o\s+dia\s+que\s+(?:eu\s+)?escolhi)",
    "it": r"\b(?:(?:quel\s+giorno|quella\s+sera|quella\s+notte|allora)\s+sara"
    r"|e\s+il\s+giorno\s+che\s+ho\s+scelto)",
}

_RULES_TAKEN_UP = family(
    "plan_day_unnamed",
    "taken_up",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {lang: rf"{pattern}{_END}" for lang, pattern in _TAKEN_UP.items()},
    {
        "en": "that",
        "de": "tag|passiert",
        "fr": "c'",
        "es": "sera|elegi",
        "pt": "vai ser|escolhi",
        "it": "sara|scelto",
    },
)
# --- a day, the writer going somewhere, and the end said to be there: "Am Sonntag nach dem
# Fischmarkt geh ich zur Kugelbake, dann ist Schluss", "Samedi soir je vais à la jetée, ce sera
# la fin". The older frame read it only with a known height; the day opening the sentence and
# the end closing it carry the plan whatever the place is called. Never work, school or an
# outing ("geh ich zum letzten Mal ins Büro, dann ist Schluss" is a last working day).
_GO = {
    "de": r"\b(?:fahr|fahre|geh|gehe|lauf|laufe|radel|steig|steige)\s+ich\b",
    "fr": r"\b(?:je\s+(?:vais|pars|monte|file|marche)|j'?\s*irai)\b",
    "es": r"\b(?:(?:me\s+)?voy|(?:me\s+)?ire|subo|subire|camino)\b",
    "pt": r"\b(?:(?:eu\s+)?vou|irei|subo|subirei)\b",
    "it": r"\b(?:vado|andro|salgo|saliro)\b",
}
_ENDS_THERE = {
    "de": r"\b(?:dann|da|und\s+dann|und\s+da)\s+ist\s+(?:es\s+)?(?:schluss|vorbei|aus)",
    "fr": r"\b(?:ce|ca)\s+sera\s+(?:la\s+fin|fini)|\bc'\s*est\s+la\s+que\s+(?:tout\s+)?"
    r"(?:ca\s+)?(?:se\s+)?(?:finit|termine|finira)",
    "es": r"\b(?:ahi|alli|y)\s+(?:se\s+)?(?:acaba|termina|acabara|terminara)\s+todo",
    "pt": r"\b(?:ali|ai|la|e)\s+(?:se\s+)?(?:acaba|termina|acabara|terminara)\s+tudo",
    "it": r"\b(?:li|la|e)\s+(?:finisce|finira)\s+tutto",
}
_NOT_WORK_OR_OUTING = (
    r"(?![^.!?\n]*\b(?:arbeit|buro|bueros?|schicht|dienst|schule|uni|training|kurs|job|firma"
    r"|travail|boulot|bureau|ecole|fac|cours|trabajo|oficina|escuela|clase|trabalho|escritorio"
    r"|escola|aula|lavoro|ufficio|scuola|lezione|letzten\s+mal|derniere\s+fois|ultima\s+vez"
    r"|ultima\s+volta|urlaub|vacances|vacaciones|ferias|vacanz\w*|fest|feier|party|fete|fiesta"
    r"|festa|sagra|konzert|concert|concierto|concerto|treffen|rendez-vous|nos\s+vemos"
    r"|ci\s+vediamo|picknick|pique-nique|picnic|piquenique|mit\s+(?:dir|euch)|avec\s+(?:toi"
    r"|vous)|contigo|com\s+voce|con\s+te|zusammen|ensemble|juntos|insieme)\b)"
)


def _day_go_end(lang: str) -> str:
    opening = rf"(?:am\s+|le\s+|el\s+|o\s+|no\s+|la\s+|il\s+)?(?:{_DAYS[lang]}|{_AFTER[lang]})"
    return (
        rf"{_OPEN}{_NOT_WORK_OR_OUTING}{opening}[^.!?\n]{{0,60}}?{_GO[lang]}[^.!?\n]{{0,60}}?"
        rf"(?:{_ENDS_THERE[lang]}){_END}"
    )


_RULES_GO_END = family(
    "plan_day_unnamed",
    "day_go_end",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    {lang: _day_go_end(lang) for lang in _GO},
    {
        "de": "schluss|vorbei|aus",
        "fr": "fin|fini|finit|termine",
        "es": "acaba|termina",
        "pt": "acaba|termina",
        "it": "finisce|finira",
    },
)
RULES: tuple[Rule, ...] = _RULES_TAKEN_UP + _RULES_GO_END
#: The rule names whose day an ordinary event or company clears (``rules_plans.drops``).
NAMES = frozenset(r.name for r in RULES)

# --- what the day is for, when the sentence names it ---------------------------------------------
_EVENT = re.compile(
    r"\b(?:party|parties|wedding|match|game|concert|gig|meeting|dinner|lunch|brunch|barbecue"
    r"|bbq|exam|interview|appointment|flight|delivery|parcel|results|opening|launch|reunion"
    r"|ceremony|christening|surgery|operation|trip|holiday|festa|fete|fiesta|feier|fest"
    r"|cena|diner|jantar|abendessen|pranzo|almuerzo|almoco|dejeuner|partita|partido|jogo"
    r"|spiel|concerto|concierto|konzert|riunione|reunion|reuniao|besprechung|termin|esame"
    r"|examen|exame|pru(?:e)?fung|colloquio|entrevista|entretien|volo|vuelo|voo|vol|flug"
    r"|matrimonio|boda|casamento|mariage|hochzeit|battesimo|bautizo|batizado|bapteme|taufe"
    r"|visita|visite|besuch|viaggio|viaje|viagem|voyage|reise|urlaub|vacanze|vacaciones|ferias"
    r"|vacances|mudanza|mudanca|trasloco|demenagement|umzug|repas|comida|refeicao|pasto|essen"
    r"|lieferung|livraison|entrega|consegna|paquete|pacco|colis|paket|churrasco|asado|grigliata"
    r"|grillen|surprise|sorpresa|surpresa)\b",
    FLAGS,
)
# … an event said only to fix the time: after it, during it, the night of it, at it
_ANCHOR_BEFORE = re.compile(
    r"\b(?:after|once|of|at|during|while|when|apres|pendant|du|des|de|au|aux|quand|despues"
    r"|del|durante|mientras|cuando|depois|d[oa]s?|n[oa]s?|enquanto|quando|dopo|della|dello"
    r"|dei|degli|alla|al|mentre|nach|beim|zur|zum|im|wahrend|waehrend|wenn)"
    # … with at most its article, a possessive or an owner between ("after my sister's")
    r"\s+(?:(?:the|a|my|his|her|their|our|[\w-]+'s|le|la|les|l'|el|los|las|mi|mis|su|sus|o|a"
    r"|os|as|meu|minha|seu|sua|il|lo|i|gli|mio|mia|suo|dem|der|den|die|das|mein\w*|sein\w*"
    r"|ihr\w*)\s*){0,2}$",
    FLAGS,
)
# … a "we" who share the day, company the writer keeps, or the writer's ordinary doing that the
# day leads to ("so I'm revising", "donc je", "quindi devo")
_SHARED = re.compile(
    r"\b(?:we|we'?ll|we'?re|us|nous|on\s+va|wir|uns|nosotros|vamos|noi|andiamo|a\s+gente)\b"
    r"|\b(?:with|avec|con|com|mit)\s+(?:the|my|our|some|all|a\s+few|toute|tous|les|mes|nos"
    r"|los|las|mis|i|gli|miei|mie|os|as|meus|minhas|den|meinen|meiner|unser\w*|friends|family"
    r"|famille|familia|famiglia|familie|freunden)\b"
    r"|\bso\s+(?:i'?m|i\s+am|i'?ve|i\s+have|i\s+need|i'?ll\s+need)\b|\b(?:donc|alors)\s+je\b"
    r"|\bquindi\s+(?:devo|sto|ho)\b|\basi\s+que\s+(?:tengo|estoy|voy)\b"
    r"|\bentao\s+(?:vou|tenho|estou)\b|\balso\s+(?:muss|werde|bin)\s+ich\b",
    FLAGS,
)
# … what clears the day wherever it is named: a chore, a place of an outing, a purpose ("para
# pintar la cocina", "so I can finally paint the hall", "for the move"), a cleft naming what
# happens ("sarà dopo cena che glielo dico"), a colon naming it (": um churrasco"), a first
# person plural verb ("salimos temprano", "qu'on fera la surprise")
_NAMED_ANYWHERE = re.compile(
    r"\b(?:pulizie|faxina|limpieza|limpeza|menage|cleaning|hoovering|decorating|painting|putzen"
    r"|hausputz|restaurant|ristorante|restaurante|pub|bar|cinema|cine|kino|theatre|teatro|theater"
    r"|stadium|stadio|estadio)\b"
    r"|\bso\s+(?:that\s+)?(?:i|we)\s+(?:can|could)\b|\bfor\s+(?:the|a|my|our)\s+(?!(?:last|final)\b)"
    r"\w+|\b(?:para|pra|pour|per)\s+\w+(?:ar|er|ir|re)\b"
    r"|\b(?:che|qu'|que)\s*(?:glielo|gli|io|je|j'|on|nous|yo|eu)\b"
    r"|:\s*(?:um|uma|un|une|a|an|the|el|la|il|una|o)\s+\w+"
    r"|\b(?!(?:primos|mismos|ramos|animos|ultimos|proximos)\b)[a-z]{2,}(?:amos|emos|imos)\b"
    r"|\b\w+iamo\b|\bqu'\s*on\b|\bon\s+(?:va|fera|fait|part|ira)\b",
    FLAGS,
)
# … or the "it" named before it: another subject's future in the same sentence ("The flat'll be
# mine when Sam moves out, it'll be …"), or the writer's own errand in the sentence before
# ("I'll tell Mum about the new job. It will be after the wedding")
_NAMED_BEFORE = re.compile(
    r"\b(?!(?:it|i|that|there|nobody|everyone|everybody)\b)\w+(?:'ll|\s+will)\s+be\b", FLAGS
)
_ERRAND_BEFORE = re.compile(
    r"\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna|voy\s+a|je\s+vais|vou|ich\s+werde)\s+"
    r"(?!(?:do\s+it|end|kill|die|be\s+gone|jump|take|go)\b)\w+",
    FLAGS,
)
# … or the day's occasion given as its purpose in the sentence after ("Ce sera le 9. Claire est
# chez sa mère jusqu'au mardi, pour l'anniversaire de mamie")
_FOR_AN_OCCASION = re.compile(
    r"\b(?:pour|for|para|per|pra|fu(?:e)?r)\s+(?:l'|le|la|the|el|il|o|a|den|die|das|my|mon|ma|mi"
    r"|il\s+mio|o\s+meu)?\s*(?:anniversaire|birthday|cumpleanos|compleanno|aniversario|geburtstag)\b",
    FLAGS,
)
_SENTENCE = re.compile(r"[^.!?\n]+")


@functools.lru_cache(maxsize=16)
def ordinary(norm: str) -> bool:
    """True when the sentence holding the unnamed day names what the day is for (an event not
    said only to fix the time, a chore, an outing's place, a purpose, a cleft or a colon naming
    it), a "we" or company who share it, or the writer's ordinary doing it leads to, or when the
    "it" was named just before it. Read once per entry (cached): every match in it asks the
    same question."""
    previous, day_before = "", False
    for sentence in _SENTENCE.finditer(norm):
        text = sentence.group(0)
        if day_before and _FOR_AN_OCCASION.search(text):
            return True
        starts = [
            m.start()
            for rule in RULES
            if rule.may_match(text)
            for m in [rule.pattern.search(text)]
            if m is not None
        ]
        if starts:
            if (
                _SHARED.search(text)
                or _NAMED_ANYWHERE.search(text)
                or _NAMED_BEFORE.search(text[: min(starts)])
                or _ERRAND_BEFORE.search(previous)
            ):
                return True
            for event in _EVENT.finditer(text):
                if not _ANCHOR_BEFORE.search(text[: event.start()]):
                    return True
        previous, day_before = text, bool(starts)
    return False


__all__ = ["NAMES", "RULES", "ordinary"]
