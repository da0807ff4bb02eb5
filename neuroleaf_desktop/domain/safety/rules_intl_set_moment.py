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
    r"|es\s+(?:wird|passiert)\s+(?:am|an|in\s+der|zu)",
    "fr": r"ce\s+sera|ca\s+sera|c'?\s*est\s+pour|ce\s+sera\s+pour|je\s+le\s+ferai"
    r"|j'?\s*ai\s+(?:deja\s+)?(?:choisi|fixe|arrete)\s+(?:le\s+jour|la\s+date|la\s+nuit)"
    r"|la\s+date\s+est\s+(?:fixee|choisie|arretee)",
    "es": r"(?:va\s+a\s+ser|sera)\s+(?:el|la|en|para)|lo\s+tengo\s+(?:pensado|planeado|decidido"
    r"|previsto)\s+para|(?:ya\s+)?tengo\s+(?:fecha|el\s+dia\s+(?:elegido|escogido|pensado))"
    r"|(?:ya\s+)?(?:elegi|escogi)\s+(?:el\s+dia|la\s+fecha|la\s+noche)|lo\s+(?:hare|voy\s+a\s+hacer)"
    r"\s+(?:el|la|en)",
    "pt": r"(?:ja\s+)?(?:escolhi|marquei)(?:\s+(?:pra|para)\s+mim)?\s+(?:o|a)\s+"
    r"(?:dia|data|noite|domingo|sabado|segunda|terca|quarta|quinta|sexta)"
    r"|(?:vai\s+ser|sera)\s+(?:n?o|n?a)\b|vou\s+fazer\s+(?:n?o|n?a)\b|(?:ja\s+)?tenho\s+(?:a\s+)?data",
    "it": r"lo\s+faro\s+(?:il|la|di|a|quando)|sara\s+(?:il|la|di|a)\b"
    r"|ho\s+(?:gia\s+)?scelto\s+(?:il\s+giorno|la\s+data|la\s+notte)|la\s+data\s+e\s+(?:fissata|decisa)",
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
    r"|\bquand\s+il\s+(?:n'?\s*)?y\s+aura\s+personne\b|\b(?:la\s+)?maison\s+vide\b",
    "es": r"\bcuando\s+(?:la\s+casa\s+(?:este|quede)\s+vacia|no\s+haya\s+nadie"
    r"|(?:todos|todo\s+el\s+mundo|mi\s+familia|la\s+familia|mis\s+\w+|el\s+pueblo\s+entero"
    r"|todo\s+el\s+pueblo)\s+(?:(?:este|esten)\s+(?:en\s+(?!casa)|fuera|de\s+viaje|de\s+vacaciones)"
    r"|se\s+vayan|se\s+hayan\s+ido))"
    r"|\b(?:la\s+)?casa\s+(?:(?:este|quede|estara)\s+)?vacia\b",
    "pt": r"\b(?:quando|enquanto)\s+(?:o\s+povo\s+todo|todo\s+mundo|a\s+familia|todos"
    r"|a\s+cidade\s+toda|meus\s+pais)\s+(?:estiver|estiverem|tiver|tiverem|ta|esta|estao|tao)\s+"
    r"(?:n[oa]s?\b|em\s+(?!casa)|fora|viajando)"
    r"|\bquando\s+nao\s+(?:tiver|houver)\s+ninguem\b"
    r"|\b(?:o\s+)?(?:apartamento|casa)\s+(?:(?:estiver|ficar|tiver)\s+)?vazi[oa]\b",
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

RULES: tuple[Rule, ...] = partial(family, "moment")(
    "set_for_others_away",
    Category.PLAN_OR_METHOD,
    Severity.URGENT,
    _SET_MOMENT,
    _SET_MOMENT_GATE,
)

__all__ = ["RULES"]
