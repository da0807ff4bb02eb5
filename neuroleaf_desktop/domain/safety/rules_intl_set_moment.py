"""A moment fixed for when the others are away, the act unnamed, in German, French, Spanish,
Portuguese and Italian.

The plan is told as a date and an empty house: "it will be Sunday, when everyone is at the
match", "I've picked the day, when the whole town is out in the street", "when the landlord is
on holiday, that's when it is, the date is set". Nothing is named, neither the act nor what
"it" is: the sentence opens on the resolve (or on the moment and then the resolve), so "it" has
nothing before it to stand for, and the others are somewhere else at that moment.

Two parts any wording of the sign needs, in either order within one sentence:

* **the moment fixed, the act unnamed**: "dann ist es so weit", "das Datum steht", "den Tag
  ausgesucht"; "ce sera", "c'est pour", "j'ai choisi le jour"; "va a ser", "lo tengo pensado
  para", "ya tengo fecha"; "escolhi o dia", "já marquei", "vai ser"; "lo farò", "sarà", "ho
  scelto il giorno";
* **the others away**: everyone (the family, the town, the landlord) at a match, a wedding, a
  procession, in the street or on holiday, or the house empty, nobody home.

Why: the same sign came from writers of three batches in the five languages, each time in
other words (a match, a carnival, a feria, a saint's day), so the frame names its two parts and
not the occasion. Kept out: a party, a surprise, a move, a clean-up or a visit named in the
sentence (the plan is everyday), the act named by a noun after the resolve ("je le ferai, ce
gâteau"), the others "at home" (nobody is away), a question, and the resolve denied.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family
from neuroleaf_desktop.domain.safety.rules_intl_frames_left_behind import unnegated

_LANGS = ("de", "fr", "es", "pt", "it")
_START = r"(?:^|(?<=[.!?\n]))\s*"
_S = r"[^.!?\n]"

# --- the moment fixed, the act unnamed ---------------------------------------------------------
_FIXED = {
    "de": r"(?:dann\s+|da\s+)?(?:ist\s+es|isses|ises|is\s+es|es\s+ist|wird\s+es|is's|ist's)\s+"
    r"so\s*weit|(?:das|des|der)\s+(?:datum|tag|termin)\s+(?:steht|ist\s+fix|is\s+fix)"
    r"|(?:ich|i|ig)\s+(?:hab|habe|ha|han)\s+(?:\w+\s+)?(?:den|dr|de|en)\s+(?:tag|termin|datum)"
    r"\s+(?:ausgesucht|usgsuecht|gewahlt|festgelegt|bestimmt|ausgewahlt)"
    r"|es\s+(?:wird|passiert)\s+(?:am|an|in\s+der|zu)"
    # the day named as the writer's own: "das ist dann mein Tag"
    r"|das\s+ist\s+(?:dann\s+)?(?:mein|der)\s+tag(?=\s*(?:$|[.!?,;:\n]))",
    "fr": r"ce\s+sera|ca\s+sera|c'?\s*est\s+pour|ce\s+sera\s+pour|je\s+le\s+ferai"
    r"|j'?\s*ai\s+(?:deja\s+)?(?:choisi|fixe|arrete)\s+(?:le\s+jour|la\s+date|la\s+nuit)"
    r"|la\s+date\s+est\s+(?:fixee|choisie|arretee)|c'?\s*est\s+(?:le|mon)\s+jour(?=\s*(?:$|[.!?,;:\n]))",
    "es": r"(?:va\s+a\s+ser|sera)\s+(?:el|la|en|para)|lo\s+tengo\s+(?:pensado|planeado|decidido"
    r"|previsto)\s+para|(?:ya\s+)?tengo\s+(?:fecha|el\s+dia\s+(?:elegido|escogido|pensado))"
    r"|(?:ya\s+)?(?:elegi|escogi)\s+(?:el\s+dia|la\s+fecha|la\s+noche)|lo\s+(?:hare|voy\s+a\s+hacer)"
    r"\s+(?:el|la|en)|ese\s+(?:es|sera)\s+(?:el|mi)\s+dia(?=\s*(?:$|[.!?,;:\n]))",
    "pt": r"(?:ja\s+)?(?:escolhi|marquei)(?:\s+(?:pra|para)\s+mim)?\s+(?:o|a)\s+"
    r"(?:dia|data|noite|domingo|sabado|segunda|terca|quarta|quinta|sexta)"
    r"|(?:vai\s+ser|sera)\s+(?:n?o|n?a)\b|vou\s+fazer\s+(?:n?o|n?a)\b|(?:ja\s+)?tenho\s+(?:a\s+)?data"
    r"|(?:esse|este)\s+(?:e|sera)\s+o\s+(?:meu\s+)?dia(?=\s*(?:$|[.!?,;:\n]))",
    "it": r"lo\s+faro\s+(?:il|la|di|a|quando)|sara\s+(?:il|la|di|a)\b"
    r"|ho\s+(?:gia\s+)?scelto\s+(?:il\s+giorno|la\s+data|la\s+notte)|la\s+data\s+e\s+(?:fissata|decisa)"
    r"|(?:quello\s+)?(?:e|sara)\s+il\s+(?:mio\s+)?giorno(?=\s*(?:$|[.!?,;:\n]))",
}

# --- the others away --------------------------------------------------------------------------
# who is away: everyone, the family, the town, a named one ("der Vermieter", "Trapani")
# where: at an event, out in the street, on holiday, away; or the house empty, nobody home
_AWAY = {
    "de": r"\b(?:wenn|wann|wahrend|solange)\s+(?:\w+\s+){0,6}?(?:alle|alli|die\s+anderen"
    r"|die\s+familie|der\s+\w+|die\s+\w+)\s+(?:\w+\s+){0,2}?(?:im\s+urlaub|in\s+urlaub|verreist|weg"
    r"|fort|aus\s+dem\s+haus|(?:beim|bei\s+der|auf\s+(?:der|dr|dem)|uff\s+dr|im|in\s+der|am)\s+"
    # at an event or out, not at home
    r"(?!(?:haus|hause|wohnung|zimmer|kuche|sofa|wohnzimmer)\b)\w+)\b"
    r"|\bwenn\s+(?:keiner|niemand|koiner)\s+(?:da|daheim|zu\s*hause)\b"
    r"|\b(?:das\s+)?(?:haus|wohnung)\s+(?:ist\s+)?leer\b",
    "fr": r"\bquand\s+(?:toute\s+la\s+famille|tout\s+le\s+monde|toute\s+la\s+ville|ils|elles"
    r"|mes\s+parents|la\s+famille)\s+(?:sera|seront|est|sont)\s+(?:au|aux|a\s+la(?!\s+maison)|a\s+l'|en"
    r"|partis?"
    r"|dehors|dans\s+la\s+rue)\b"
    r"|\bquand\s+il\s+(?:n'?\s*)?y\s+aura\s+personne\b|\b(?:la\s+)?maison\s+vide\b"
    r"|\bquand\s+(?:la\s+)?(?:maison|rue|appart\w*)\s+(?:sera|est)\s+(?:vide|deserte)\b",
    "es": r"\bcuando\s+(?:la\s+casa\s+(?:este|quede)\s+vacia|no\s+haya\s+nadie"
    r"|(?:todos|todo\s+el\s+mundo|mi\s+familia|la\s+familia|mis\s+\w+|el\s+pueblo\s+entero"
    r"|todo\s+el\s+pueblo)\s+(?:(?:este|esten)\s+(?:en\s+(?!casa)|fuera|de\s+viaje|de\s+vacaciones)"
    r"|se\s+vayan|se\s+hayan\s+ido))"
    r"|\b(?:la\s+)?casa\s+(?:(?:este|quede|estara)\s+)?vacia\b",
    "pt": r"\b(?:quando|enquanto)\s+(?:o\s+povo\s+todo|todo\s+mundo|a\s+familia|todos"
    r"|a\s+cidade\s+toda|meus\s+pais)\s+(?:estiver|estiverem|tiver|tiverem|ta|esta|estao|tao)\s+"
    r"(?:n[oa]s?\b|em\s+(?!casa)|fora|viajando)"
    r"|\bquando\s+nao\s+(?:tiver|houver)\s+ninguem\b"
    r"|\b(?:o\s+)?(?:apartamento|casa)\s+(?:(?:estiver|ficar|tiver)\s+)?vazi[oa]\b"
    r"|\bquando\s+a\s+casa\s+(?:estiver|ficar)\s+sem\s+ninguem\b",
    "it": r"\bquando\s+(?:\w+\s+)?(?:e|sono|sara|saranno)\s+tutt[aoi]\s+(?:per\s+strada|fuori"
    r"|in\s+piazza|via|al|alla|allo|ai)\b"
    r"|\bquando\s+(?:tutti|la\s+famiglia|i\s+miei)\s+(?:sono|saranno|e|sara)\s+(?:al|alla|allo|ai"
    r"|in\s+(?!casa)|via|fuori|per\s+strada)\b"
    r"|\bquando\s+non\s+(?:c'?\s*e|ci\s+sara)\s+nessuno\b"
    r"|\b(?:la\s+)?casa\s+(?:(?:e|sara|resta)\s+)?vuota\b",
}

# a plan that names itself: a party, a surprise, a move, a clean-up, a visit, a meal, a trip
_NOT_NAMED = (
    r"(?!" + _S + r"*\b(?:sorpresa|surprise|surpresa|u(?:e)?berraschung|umzug|demenag\w*|mudanza"
    r"|mudanca|trasloco|putz\w*|menage|limpieza|faxina|pulizie|besuch|visite|visita|abendessen"
    r"|diner|cena|jantar|grillen|asado|churrasco|reise|voyage|viaje|viagem|viaggio|geschenk"
    r"|cadeau|regalo|presente|renovierung|travaux|reforma|obra|lavori|hochzeitstag|examen|exame"
    r"|esame|prufung|klausur|entrega|consegna|abgabe|lieferung|livraison|termin\s+beim"
    r"|rendez-vous\s+chez|turno\s+(?:del|con)|consulta)\b)"
)
_NO_QUESTION = r"(?!" + _S + r"*\?)"
# "it" named after all, by a noun put after the resolve at the sentence's end ("je le ferai,
# ce gâteau", "lo haré, el pastel", "lo farò, il trasloco"): the act has a name
_NAMED_AFTER = (
    r"(?!\s*,\s*(?:ce|cet|cette|ces|le|la|les|l'|el|los|las|ese|esa|este|esta|o|os|as|esse"
    r"|essa|este|esta|il|lo|i|gli|questo|questa|quel|quello|quella|das|den|die|diesen|diese"
    r"|dieses|dat|de)\s*\w+(?:\s+\w+)?\s*(?:[.!?\n]|$))"
)
# what may come before the resolve: the moment, opened by a time or a "when"
_MOMENT_FIRST = {
    "de": r"(?:am|an|wenn|wann|sobald|nach|heute|morgen|diesen|diese|nachste\w*|kommende\w*)\b",
    "fr": r"(?:quand|lorsque|le|la|ce|cette|demain|apres|samedi|dimanche|vendredi)\b",
    "es": r"(?:cuando|el|la|este|esta|manana|despues)\b",
    "pt": r"(?:quando|enquanto|no|na|o|a|este|esta|amanha|depois)\b",
    "it": r"(?:quando|il|la|questo|questa|domani|dopo)\b",
}

_SET_MOMENT = {
    lang: rf"{_START}{_NOT_NAMED}{_NO_QUESTION}{unnegated(lang, _FIXED[lang])}"
    rf"(?=[^.!?\n]*(?:{_AWAY[lang]}))"
    # the resolve opens the sentence, or follows the moment (a time or the others away) and a comma
    rf"(?:{_MOMENT_FIRST[lang]}[^.!?\n,]{{0,60}}(?:,[^.!?\n,]{{0,60}}){{0,2}},\s*)?"
    rf"(?:{_FIXED[lang]})\b{_NAMED_AFTER}"
    for lang in _LANGS
}
_SET_MOMENT_GATE = {
    "de": "weit|datum|termin|tag|wird|passiert",
    "fr": "sera|pour|ferai|date|jour|nuit",
    "es": "ser|para|fecha|dia|noche|hare|hacer",
    "pt": "escolhi|marquei|ser|fazer|data",
    "it": "faro|sara|scelto|data",
}

# --- the moment alone: an occasion past and the others away, and nothing else --------------------
# A line that is only the moment ("Dopo la festa del patrono, quando la casa è vuota.", "Le
# lendemain du match, quand la maison sera vide et les petits chez leur mère."): no act, no
# resolve, no errand after it. Whatever the writer meant to do then would be said; left unsaid
# after an empty house, the moment is the plan. A clause after the moment ("…, limpio todo")
# names what it is for and keeps it out.
_AFTER_OCCASION = {
    "de": r"(?:nach\s+(?:dem|der|den)|wenn\s+(?:der|die|das)\s+\w+\s+vorbei\s+ist)\b",
    "fr": r"(?:le\s+lendemain|apres|au\s+retour)\s+d[eu']?",
    "es": r"(?:(?:el\s+dia\s+)?despues|al\s+dia\s+siguiente)\s+de(?:l)?\b",
    "pt": r"(?:(?:no\s+dia\s+)?depois|no\s+dia\s+seguinte)\s+d[oae]s?\b",
    "it": r"(?:(?:il\s+giorno\s+)?dopo|all'?indomani)\b",
}
# … and at most a short "and …" after the others away ("et les gosses chez leur père")
_ONLY_THEN = (
    r"(?:\s+(?:ist|sind|wird|e|est|es|esta|sera|fica|sta))?"
    r"(?:\s+(?:et|e|y|und)\s+(?:(?!(?:je|j|io|yo|eu|ich|vou|voy|vado|faccio|fais|mach)\b)[\w']+"
    r"\s*){1,5})?\s*(?=[.!\n]|$)"
)
_MOMENT_ALONE = {
    lang: rf"{_START}{_NOT_NAMED}{_NO_QUESTION}{_AFTER_OCCASION[lang]}[^.!?\n,]{{0,60}}"
    rf"(?:,[^.!?\n,]{{0,40}}){{0,2}},\s*(?:(?:quando|quand|cuando)\s+)?(?:{_AWAY[lang]}){_ONLY_THEN}"
    for lang in _LANGS
}
_ALONE_GATE = {
    "de": "nach|vorbei",
    "fr": "lendemain|apres|retour",
    "es": "despues|siguiente",
    "pt": "depois|seguinte",
    "it": "dopo|indomani",
}

RULES: tuple[Rule, ...] = partial(family, "moment")(
    "set_for_others_away",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    _SET_MOMENT,
    _SET_MOMENT_GATE,
) + partial(family, "moment")(
    "alone_after_an_occasion",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    _MOMENT_ALONE,
    _ALONE_GATE,
)

__all__ = ["RULES"]
