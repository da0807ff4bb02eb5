"""Intentions told by their circumstances, in all six languages: a plan told by the moment
nobody will be around, and a relapse told as a clean streak ended by a recent moment.

Why: people rarely name the act in a plan. They name its moment, and the moment is the one
when they will be alone: "Saturday, when mum's at her sister's, I'll do it", "Am Freitag, wenn
mein Mann auf Montage ist, dann mach ich's", "Jueves en la noche, cuando mis hijos se vayan
con su papá, lo voy a hacer". Three parts make it a plan, in this order or the other:

* a time (a weekday, tonight, "the 14th"), or a decision about the day ("I've picked the day");
* the moment the others are away: someone named going, travelling or being somewhere else,
  the flat empty, or the writer alone;
* the act left unnamed: "I'll do it", "that's when", "c'est là que", "lo faccio", "vai ser"
  closing the sentence, or the day called decided.

An errand, a surprise or a chore named in the entry ("paint the hall", "the party", "limpiar
la cocina") makes it an ordinary plan, and a negation between the parts unmakes it.

A relapse is often told as a denial that held until a moment just past: "clean from cutting
for months ... until yesterday", "seit Monaten ritzfrei, bis gestern", "sin cortarme desde
marzo hasta anoche". The streak names self-harm and the recent moment ends it; a streak that
still holds ("clean from cutting for a year now") does not match at all.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family
from neuroleaf_desktop.domain.safety.rules_core_signs import GIVEN, LANGS, NEGATION, core_family
from neuroleaf_desktop.domain.safety.trapped_words import EXIT_DENIED

_URG, _CON = Severity.URGENT, Severity.CONCERN
_END = r"(?=\s*(?:$|[.!?,;:\n]))"

# --- a time, or the day decided ----------------------------------------------------------------
_TIME = {
    "en": r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)"
    r"(?:\s+(?:night|evening|morning|afternoon))?\b|\b(?:the|on\s+the)\s+\d{1,2}(?:st|nd|rd|th)\b",
    "de": r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen)(?:\s*(?:abend"
    r"|nacht|fru(?:e)?h))?\b|\bheute\s+nacht\b|\bam\s+\d{1,2}\.",
    "fr": r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain)(?:\s+(?:soir|matin"
    r"|nuit))?\b|\bce\s+soir\b|\ble\s+\d{1,2}\b",
    "es": r"\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana)(?:\s+(?:en|por|de)"
    r"\s+(?:la\s+)?noche)?\b|\besta\s+noche\b|\bel\s+\d{1,2}\b",
    "pt": r"\b(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha)(?:-feira)?(?:\s+(?:a|de"
    r"|na)\s+noite)?\b|\bhoje\s+a\s+noite\b|\bdia\s+\d{1,2}\b",
    "it": r"\b(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani)(?:\s+(?:sera"
    r"|notte|mattina))?\b|\bstanotte\b|\bstasera\b|\bil\s+\d{1,2}\b",
}
# The day itself chosen: a time and a decision in one ("I've picked the day").
_DAY_DECIDED = {
    "en": r"\b(?:decided|picked|chosen|chose|set|fixed)\s+(?:on\s+)?(?:the|a)\s+(?:day|date"
    r"|night)\b|\bthe\s+(?:day|date)\s+is\s+(?:set|picked|chosen|decided)\b",
    "de": r"\b(?:den|einen)\s+tag\s+(?:hab|habe)\s+ich\s+(?:mir\s+)?(?:ausgesucht|festgelegt"
    r"|gewa(?:e)?hlt)\b|\b(?:hab|habe)\s+(?:mir\s+)?(?:den|einen)\s+tag\s+(?:ausgesucht"
    r"|festgelegt|gewa(?:e)?hlt)\b",
    "fr": r"\bj'?\s*ai\s+(?:choisi|fixe|decide)\s+(?:le|du)\s+jour\b|\ble\s+jour\s+est\s+(?:choisi"
    r"|fixe|decide)\b",
    "es": r"\b(?:ya\s+)?(?:escogi|elegi|decidi|fije)\s+(?:el\s+)?dia\b|\bel\s+dia\s+(?:ya\s+)?"
    r"(?:esta\s+)?(?:decidido|elegido)\b",
    "pt": r"\b(?:ja\s+)?(?:escolhi|decidi|marquei)\s+o\s+dia\b|\bo\s+dia\s+(?:ja\s+)?(?:esta\s+)?"
    r"(?:decidido|escolhido)\b",
    "it": r"\bho\s+(?:gia\s+)?(?:scelto|deciso|fissato)\s+il\s+giorno\b|\bil\s+giorno\s+e\s+"
    r"(?:deciso|scelto)\b",
}

# --- the moment the others are away --------------------------------------------------------------
_WHEN_AWAY = {
    # "when mum's at her sister's", "when my housemates go to Goroka", "once the flat's empty",
    # "when I'm on my own", "while nobody's home"
    "en": r"\b(?:when|while|once)\s+(?:my|our|the|his|her|mum|mom|dad|everyone|everybody)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:is|are|'s|'re|go|goes|gone|travels?|leaves?|leave|'ll\s+be"
    r"|will\s+be|heads?)\s+(?:\w+\s+)?(?:away|out|off|gone|to|at|in|asleep|empty|abroad)\b"
    r"|\b(?:when|while|once)\s+(?:the\s+)?(?:flat|house|home|place)(?:'s|\s+is)\s+(?:empty"
    r"|quiet)\b|\b(?:when|while|once)\s+(?:i'?m|i\s+am)\s+(?:home\s+)?(?:alone|on\s+my\s+own)\b"
    r"|\b(?:when|while|once)\s+(?:nobody|no\s+one|no-one)(?:'s|\s+is)\s+(?:home|around|here|in)\b",
    # "wenn de Mutter in Zwickau is", "wenn mein Mann auf Montage ist", "wenn ich allein bin"
    "de": r"\bwenn\s+(?:de|die|der|mein\w*|unser\w*|alle)\s+(?:\w+\s+){1,4}?(?:is|ist|sind"
    r"|fa(?:e)?hrt|fahren|verreist|weg)\b|\bwenn\s+(?:die\s+)?wohnung\s+leer\b"
    r"|\bwenn\s+ich\s+allein\w*\b|\bwenn\s+(?:keiner|niemand)\s+(?:\w+\s+)?(?:da|zu\s+hause)\b",
    # "quand la famille sera au village", "quand mon mari part à Lyon", "quand je serai seule"
    "fr": r"\bquand\s+(?:ma|mon|mes|la|le|les|l'|tout\s+le\s+monde)\s*\w+\s+(?:\w+\s+)?(?:sera"
    r"|seront|est|sont|part|partira|partent|partiront|ira|iront|va|vont)\b"
    r"|\bquand\s+(?:je\s+serai|je\s+suis)\s+seul\w*\b|\bquand\s+(?:l'|l\s)?appart\w*\s+sera\s+vide\b",
    # "cuando mi mamá esté en Comitán", "cuando mis hijos se vayan", "cuando me quede sola"
    "es": r"\bcuando\s+(?:mi|mis|la|el|los|las|todos)\s+\w+\s+(?:\w+\s+)?(?:este|esten|se\s+vaya"
    r"|se\s+vayan|vaya|vayan|salga|salgan|viaje|viajen|duerma|duerman)\b"
    r"|\bcuando\s+(?:me\s+quede|este|estoy)\s+sol[oa]\b|\bcuando\s+la\s+casa\s+este\s+vacia\b",
    # "quando minha mãe viajar pra Parnaíba", "quando meu marido estiver no turno"
    "pt": r"\bquando\s+(?:minha|meu|minhas|meus|a|o|os|as|todos)\s+\w+\s+(?:\w+\s+)?(?:viajar"
    r"|viajarem|for|forem|estiver|estiverem|sair|sairem|dormir|dormirem)\b"
    r"|\bquando\s+(?:eu\s+)?(?:estiver|ficar)\s+sozinh[oa]\b|\bquando\s+a\s+casa\s+estiver\s+vazia\b",
    # "quando mia moglie va dai suoi", "quando i ragazzi saranno al mare", "quando sarò sola"
    "it": r"\bquando\s+(?:mia|mio|miei|mie|la|il|i|le|lo|gli|tutti)\s+\w+\s+(?:\w+\s+)?(?:va|vanno"
    r"|sara|saranno|e|sono|parte|partono|esce|escono|dorme|dormono)\b"
    r"|\bquando\s+(?:saro|sono|resto|restero)\s+sol[oa]\b|\bquando\s+la\s+casa\s+(?:e|sara)\s+vuota\b",
}

# --- the act left unnamed -----------------------------------------------------------------------
_UNNAMED_ACT = {
    # "I'll do it" (not "do it up", "do it properly"), "that's when (and where)", "it'll be
    # then", "I've decided." closing the sentence
    "en": r"\b(?:i'?ll|i\s+will|i'?m\s+(?:going\s+to|gonna))\s+do\s+it(?:"
    + _END
    + r"|(?=\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow)\b))"
    + r"|\bthat'?s\s+(?:when(?:\s+and\s+where)?|where\s+and\s+when|the\s+(?:day|night|time))"
    + _END
    + r"|\bit'?ll\s+(?:be|happen)\s+then\b|\bi'?ve\s+decided"
    + _END,
    "de": r"\b(?:dann\s+)?(?:mach|tu)\s+ich(?:'?s|\s+es)\b|\bwerd(?:e)?\s+ich(?:'?s|\s+es)\s+"
    r"(?:tun|machen)\b|\bdann\s+ist\s+(?:es\s+)?so\s+weit\b",
    "fr": r"\b(?:je\s+vais|j'?\s*vais)\s+le\s+faire\b|\bje\s+le\s+(?:ferai|fais)\b"
    r"|\bc'?\s*est\s+la\s+que\b|\bce\s+sera\s+(?:la|ce\s+jour-?\s*la|le\s+moment)\b",
    "es": r"\blo\s+(?:voy\s+a\s+hacer|hare|hago)\b|\bva\s+a\s+ser\s+(?:ahi|entonces|ese\s+dia)\b"
    r"|\bva\s+a\s+ser" + _END,
    "pt": r"\b(?:eu\s+)?(?:vou\s+fazer|faco)(?:\s+isso)?" + _END + r"|\bvai\s+ser\s+(?:ai|entao"
    r"|nesse\s+dia)\b|\bvai\s+ser" + _END,
    "it": r"\blo\s+(?:faccio|faro)\b|\bsara\s+(?:allora|quel\s+giorno|il\s+momento)\b|\bsara"
    + _END,
}

# A time said with "that's when and where": the moment and the place already chosen.
_WHEN_AND_WHERE = {
    "en": r"\b(?:that|dat)'?s\s+(?:the\s+)?(?:when\s+and\s+(?:the\s+)?where"
    r"|where\s+and\s+(?:the\s+)?when)\b",
    "de": r"\b(?:wann\s+und\s+wo|wo\s+und\s+wann)\b",
    "fr": r"\b(?:quand\s+et\s+ou|ou\s+et\s+quand)\b",
    "es": r"\b(?:cuando\s+y\s+(?:el\s+)?donde|donde\s+y\s+(?:el\s+)?cuando)\b",
    "pt": r"\b(?:quando\s+e\s+(?:o\s+)?onde|onde\s+e\s+(?:o\s+)?quando)\b",
    "it": r"\b(?:quando\s+e\s+(?:il\s+)?dove|dove\s+e\s+(?:il\s+)?quando)\b",
}

# An errand, a chore, a surprise or an occasion in the entry: an ordinary plan for a free day.
_NO_ERRAND = (
    r"(?![\s\S]{0,200}\b(?:paint\w*|clean\w*|tidy\w*|hoover\w*|decorat\w*|garden\w*|party|surprise"
    r"|present|gift|cake|bake|cook\w*|laundry|washing|homework|revis\w*|practi[cs]e|haircut|dye"
    r"|tattoo|call\s+(?:him|her|them)|tell\s+(?:him|her|them)|ask\s+(?:him|her)|propose|chores?"
    r"|streich\w*|putz\w*|aufra(?:e)?um\w*|u(?:e)?berraschung|geschenk|kuchen|backen|kochen"
    r"|peindre|peinture|ranger|nettoy\w*|menage|surprise|cadeau|gateau|cuisine|repeindre"
    r"|pintar|limpi\w*|ordenar|sorpresa|regalo|pastel|cocinar|tarea|fiesta"
    r"|limp\w*|arrumar|faxina|surpresa|presente|bolo|cozinhar|festa"
    r"|dipinger\w*|imbianc\w*|pulir\w*|pulizi\w*|sistemare|regalo|torta|cucinare|compiti)\b)"
)


def _gap(lang: str, most: int) -> str:
    """Up to ``most`` characters of the same line, none of them starting a negation word."""
    return rf"(?:(?!\b(?:{NEGATION[lang]})\b)[^\n]){{0,{most}}}?"


def _gap_pair(lang: str, first: str, second: str) -> str:
    """Either order, up to two short sentences apart, no negation between."""
    g = _gap(lang, 90)
    return rf"(?:(?:{first}){g}(?:{second})|(?:{second}){g}(?:{first}))"


def _plan(lang: str) -> str:
    """The three parts of a plan told by its moment, in the orders people tell them."""
    time, when, act = _TIME[lang], _WHEN_AWAY[lang], _UNNAMED_ACT[lang]
    decided, chosen = _DAY_DECIDED[lang], _WHEN_AND_WHERE[lang]
    g = _gap(lang, 80)
    return (
        rf"(?=(?:{time})|(?:{decided})|(?:{act})|(?:{when})){_NO_ERRAND}"
        rf"(?:(?:{time}){g}(?:{chosen})"  # Friday night by the bridge, that's when and where
        rf"|(?:{time}){g}(?:{when}){g}(?:{act})"  # Saturday, when mum's away, I'll do it
        rf"|(?:{decided}){g}(?:{when})"  # I've picked the day, the 14th, when they go
        rf"|(?:{when}){g}(?:{decided})"
        rf"|(?:{act}){g}(?:{time}){g}(?:{when})"  # I'll do it Thursday, when the flat's empty
        rf"|(?:{when}){g}(?:{time}){g}(?:{act}))"  # when mum's away on Friday, that's when
    )


# --- a clean streak from self-harm, ended by a recent moment --------------------------------------
_CLEAN_FROM_HARM = {
    "en": r"\b(?:clean|free)\s+(?:from|of|off)\s+(?:cutting|self-?\s*harm(?:ing)?|hurting\s+myself"
    r"|burning\s+myself)\b|\b(?:cutting|self-?\s*harm)[\s-]free\b",
    "de": r"\b(?:clean|frei|sauber)\s+(?:vom|von)\s+(?:ritzen|schneiden|selbstverletz\w*)\b"
    r"|\britzfrei\b|\bohne\s+(?:zu\s+)?ritzen\b|\bohne\s+mich\s+zu\s+(?:ritzen|schneiden|verletzen)\b",
    "fr": r"\b(?:clean|libre)\s+(?:de|des)\s+(?:la\s+)?(?:scarification|scarif\w*|coupures"
    r"|automutilation)\b|\bsans\s+me\s+(?:scarifier|couper|mutiler|faire\s+de\s+mal)\b",
    "es": r"\b(?:limpi[oa]|libre)\s+de\s+(?:los\s+)?(?:cortes|autolesion\w*)\b"
    r"|\bsin\s+(?:cortarme|lastimarme|hacerme\s+dano|autolesionarme)\b",
    "pt": r"\b(?:limp[oa]|livre)\s+(?:dos|de)\s+(?:cortes|automutilac\w*|autolesao|autolesoes)\b"
    r"|\bsem\s+me\s+(?:cortar|machucar|ferir|mutilar)\b",
    "it": r"\b(?:pulit[oa]|liber[oa])\s+da(?:i|ll')?\s*(?:tagli|autolesionismo|autolesion\w*)\b"
    r"|\bsenza\s+(?:tagliarmi|ferirmi|farmi\s+del\s+male)\b",
}
_UNTIL_RECENT = {
    "en": r"\b(?:until|till|til|up\s+(?:until|to))\s+(?:last\s+(?:night|week|weekend)|yesterday"
    r"|today|tonight|this\s+(?:morning|afternoon|evening|week)|(?:on\s+)?(?:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)|the\s+other\s+(?:day|night))\b",
    "de": r"\bbis\s+(?:gestern|heute|letzte\s+nacht|vorgestern|(?:am\s+)?(?:montag|dienstag"
    r"|mittwoch|donnerstag|freitag|samstag|sonntag))\b",
    "fr": r"\bjusqu'?\s*(?:a\s+)?(?:hier|ce\s+soir|ce\s+matin|aujourd'?\s*hui|cette\s+nuit|lundi"
    r"|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b",
    "es": r"\bhasta\s+(?:anoche|ayer|hoy|anteayer|esta\s+(?:noche|manana)|el\s+(?:lunes|martes"
    r"|miercoles|jueves|viernes|sabado|domingo))\b",
    "pt": r"\bate\s+(?:ontem|hoje|anteontem|esta\s+noite|(?:a|o)\s+(?:segunda|terca|quarta|quinta"
    r"|sexta|sabado|domingo))\b",
    "it": r"\bfino\s+a\s+(?:ieri|oggi|stanotte|stasera|stamattina|l'?altro\s+ieri|lunedi|martedi"
    r"|mercoledi|giovedi|venerdi|sabato|domenica)\b",
}


def _streak_ended(lang: str) -> str:
    """The clean streak named, then the recent moment that ended it (an ellipsis or a short
    second sentence may stand between, as people pause before the turn)."""
    return rf"(?:{_CLEAN_FROM_HARM[lang]})(?=[^\n]{{0,90}}?(?:{_UNTIL_RECENT[lang]}))"


# --- the future denied to the writer, in its bare and spoken forms ------------------------------
# "no future at all", "like no future", "no future for me in Lae", "I see no tomorrow for me",
# "nothing waiting for me", "futuro nenhum pra mim", "nessun domani per me": the future or
# tomorrow named and denied to oneself, with a place or an "at all" after it.
_NO_TOMORROW = {
    "en": r"\bno\s+(?:future|tomorrows?)\s+(?:(?:at\s+all\s+)?for\s+me|at\s+all|left\s+for\s+me)\b"
    r"|\b(?:see|there'?s|there\s+is|have|got)\s+no\s+tomorrow\s+(?:for\s+me|at\s+all)\b"
    r"|(?:^|[,;:]\s*|\blike\s+)no\s+future(?:\s+at\s+all)?"
    + _END
    + r"|\bnothing\s+(?:is\s+)?waiting\s+for\s+me\b(?!\s+(?:at|in|on|by|when)\b)"
    r"|\btomorrow\s+(?:is|feels)\s+(?:pointless|meaningless)\b",
    "de": r"\bkein(?:e|en)?\s+(?:zukunft|morgen)\s+(?:mehr\s+)?(?:fu(?:e)?r\s+mich"
    r"|u(?:e)?berhaupt)\b"
    r"|\bnichts\s+wartet\s+(?:mehr\s+)?auf\s+mich\b|\bauf\s+mich\s+wartet\s+nichts\b",
    "fr": r"\b(?:pas\s+de|aucun)\s+(?:avenir|lendemain)\s+(?:du\s+tout\s+)?pour\s+moi\b"
    r"|\brien\s+ne\s+m'?\s*attend\b|\bdemain\s+ne\s+sert\s+a\s+rien\b",
    "es": r"\b(?:no\s+hay|ningun)\s+(?:futuro|manana)\s+(?:para\s+mi|en\s+absoluto)\b"
    r"|\bnada\s+me\s+espera\b|\bno\s+me\s+espera\s+nada\b",
    "pt": r"\b(?:nao\s+(?:ha|tem)\s+)?futuro\s+nenhum\s+(?:pra|para)\s+mim\b"
    r"|\b(?:nao\s+(?:ha|tem)|nenhum)\s+(?:futuro|amanha)\s+(?:pra|para)\s+mim\b|\bnada\s+me\s+espera\b|\bnao\s+me\s+espera\s+nada\b",
    "it": r"\bnessun\s+(?:futuro|domani)\s+(?:per\s+me|affatto)\b|\bniente\s+mi\s+aspetta\b"
    r"|\bnon\s+mi\s+aspetta\s+(?:niente|nulla)\b",
}
# Said of a job, a firm, a team or a relationship, or as the idiom "like there's no tomorrow":
# an ordinary complaint or a night out, not the writer's own future.
_NOT_A_POST = (
    r"(?<!like\s)(?<!as\sif\s)(?![^.!?\n]{0,60}\b(?:job|company|firm|team|band|role|industry"
    r"|career|business|relationship|club|league|job|stelle|firma|verein|beruf|boite|entreprise"
    r"|equipe|poste|metier|empresa|equipo|trabajo|puesto|emprego|equipa|cargo|azienda"
    r"|squadra|lavoro|posto|ditta)\b)"
)

# --- others better with the writer gone for good -------------------------------------------------
# "they'd do wicked better with me gone", "they will be better if I am gone from this world",
# "better I disappear for good so he is free", "sie wären besser dran, wenn ich weg wäre",
# "ils seraient mieux si je disparaissais", "estarían mejor si yo desapareciera", "ficariam
# melhor se eu sumisse", "starebbero meglio se io sparissi" (the English ones are read with
# the others' gain, in ``rules_en_burden_gain``). A stay away that ends (a week, a
# trip, "till Monday") is a parting, not a burden; "better I go for good" is often a move.
_BETTER_GONE = {
    "de": r"\bbesser\s+dran,?\s+wenn\s+ich\s+(?:weg|fort|nicht\s+mehr\s+da)\s+(?:bin|wa(?:e)?re)\b"
    r"|\bbesser,?\s+(?:wenn\s+)?ich\s+verschwinde\s+(?:fu(?:e)?r\s+immer|ganz|endgu(?:e)?ltig)\b",
    "fr": r"\bmieux\s+(?:si\s+je\s+(?:disparais|disparaissais|partais\s+pour\s+de\s+bon)"
    r"|quand\s+je\s+ne\s+serai\s+plus\s+la)\b|\bmieux\s+vaut\s+que\s+je\s+disparaisse\b",
    "es": r"\bmejor\s+(?:si\s+(?:yo\s+)?(?:desaparezco|desapareciera|me\s+muero|me\s+muriera)"
    r"|conmigo\s+muert[oa])\b|\bmejor\s+(?:que\s+)?(?:yo\s+)?desaparezc?[oa]\s+para\s+siempre\b",
    "pt": r"\bmelhor\s+se\s+eu\s+(?:sumir|sumisse|desaparecer|desaparecesse|morrer|morresse)\b"
    r"|\bmelhor\s+eu\s+(?:sumir|desaparecer)\s+(?:de\s+vez|para\s+sempre|pra\s+sempre)\b",
    "it": r"\bmeglio\s+se\s+(?:io\s+)?(?:sparissi|sparisco|morissi|non\s+ci\s+fossi\s+piu)\b"
    r"|\bmeglio\s+che\s+(?:io\s+)?sparisca\s+per\s+sempre\b",
}
NOT_FOR_A_WHILE = _NOT_FOR_A_WHILE = (
    r"(?![^.!?\n]{0,40}\b(?:for\s+(?:a|the|one|two)\s+(?:week|weekend|day|night|month)\w*|on\s+holiday"
    r"|till|until|by\s+(?:then|monday)|when\s+i'?m\s+back|trip|conference|urlaub|reise|vacances"
    r"|voyage|vacaciones|viaje|ferias|viagem|vacanza|viaggio|bis\s+montag|fin\s+de\s+semana"
    r"|semaine|woche|settimana|semana)\b)"
)

# --- a farewell sent round to everyone -----------------------------------------------------------
# A message or letters to everyone ("wrote to the whole group tonight", "sent a message to all
# my friends", "der ganzen Runde geschrieben", "escribí a todos") holding a farewell formula
# (goodbye, thanks for everything, you were the best, the last time you hear from me). A trip,
# a move, a new job, a retirement, a celebration, a retreat or camp, or a goodbye "for now" or
# "see you tomorrow" in the entry makes it an ordinary goodbye.
_SENT_TO_ALL = {
    "en": r"\b(?:wrote|written|sent|sen|texted|messaged|emailed|posted)\b[^.!?\n]{0,40}?\b"
    r"(?:to\s+)?(?:all|everyone|everybody|the\s+whole\s+\w+|letters?\s+to)\b"
    r"|\btell\s+(?:everybody|everyone|them\s+all|all\s+(?:of\s+)?(?:them|my\s+\w+))\b",
    "de": r"\b(?:allen|der\s+ganzen|meiner\s+ganzen|briefe?\s+an)\b[^.!?\n]{0,40}?\b(?:geschrieben"
    r"|geschickt)\b|\b(?:geschrieben|geschickt)\b[^.!?\n]{0,20}?\b(?:allen|an\s+alle)\b",
    "fr": r"\b(?:ecrit|envoye)\b[^.!?\n]{0,40}?\b(?:a\s+tout\s+le\s+monde|a\s+tous|a\s+toutes"
    r"|lettres?\s+a)\b",
    "es": r"\b(?:escribi|mande|envie)\b[^.!?\n]{0,40}?\b(?:a\s+todos|a\s+todo\s+el\s+mundo"
    r"|cartas?\s+a)\b",
    "pt": r"\b(?:escrevi|mandei|enviei)\b[^.!?\n]{0,40}?\b(?:(?:pra|para|a)\s+(?:todo\s+mundo"
    r"|todos|toda\s+a\s+gente)|cartas?\s+(?:pra|para|a))\b",
    "it": r"\b(?:scritto|mandato|inviato)\b[^.!?\n]{0,40}?\b(?:a\s+tutti|lettere?\s+a)\b",
}
_FAREWELL_FORMULA = {
    "en": r"\b(?:goodbye|bye|thanks?\s+for\s+everything|sorry\s+for\s+everything|love\s+(?:you"
    r"|u|them|dem)\s+all|you\s+(?:were|was)\s+the\s+best|last\s+time\s+(?:\w+\s+){1,2}hear\s+from"
    r"\s+me)\b|\b(?:saying|said|say)\s+(?:goodbye|bye)\s+and\s+sorry\b",
    "de": r"\b(?:danke\s+fu(?:e)?r\s+alles|macht'?s\s+gut|lebt\s+wohl|ihr\s+wart\s+die\s+besten"
    r"|tschu(?:e)?ss\s+fu(?:e)?r\s+immer)\b",
    "fr": r"\b(?:merci\s+pour\s+tout|adieu|vous\s+etiez\s+les\s+meilleur\w*|je\s+vous\s+aime"
    r"\s+tous)\b",
    "es": r"\b(?:gracias\s+por\s+todo|adios|fueron\s+los\s+mejores|los\s+quiero\s+a\s+todos)\b",
    "pt": r"\b(?:obrigad[oa]\s+por\s+tudo|adeus|voces\s+foram\s+os\s+melhores|amo\s+todos)\b",
    "it": r"\b(?:grazie\s+(?:di|per)\s+tutto|addio|siete\s+stati\s+i\s+migliori|vi\s+voglio"
    r"\s+bene)\b",
}
_NO_SEND_OFF = (
    r"(?![\s\S]{0,200}\b(?:trip|holiday|vacation|flight|moving|move|new\s+job|retir\w*|leaving\s+do"
    r"|wedding|party|birthday|christmas|graduat\w*|see\s+(?:you|ya)|gifts?|presents?|card"
    r"|for\s+now|retreat|camp|conference|festival|tour|bis\s+(?:dann|morgen)|a\s+(?:plus|demain)"
    r"|hasta\s+(?:luego|manana)|nos\s+vemos|ate\s+(?:logo|amanha)|a\s+(?:dopo|domani)|ci\s+vediamo"
    r"|urlaub|reise|umzug|rente|ruhestand|hochzeit|geburtstag|feier|bis\s+bald|geschenk\w*"
    r"|vacances|voyage|demenag\w*|retraite|mariage|anniversaire|fete|a\s+bientot|cadeaux?"
    r"|vacaciones|viaje|mudanza|jubila\w*|boda|cumple\w*|fiesta|hasta\s+pronto|regalos?"
    r"|ferias|viagem|mudanca|aposenta\w*|casamento|aniversario|festa|ate\s+breve|presentes?"
    r"|vacanz\w*|viaggio|trasloco|pensione|matrimonio|compleanno|a\s+presto|regali)\b)"
)

# --- pain, and the writer shut in with it ---------------------------------------------------------
# Suffering named ("this pain", "der Schmerz", "la douleur") and an image of being shut in
# with it: trapped, locked in, a cage or a pen, the key gone, no exit ("wie im Käfig … keinen
# Ausgang", "coincée, pas d'issue", "atrapada como en una jaula"). A body's pain (a back, a
# tooth) or a lift or a traffic jam that shuts one in is ordinary.
_PAIN = {
    "en": r"\b(?:this|the|my)\s+(?:pain|hurt(?:ing)?|agony|torment)\b",
    "de": r"\b(?:der|dieser|mein)\s+schmerz\b|\b(?:die|diese)\s+qual\b",
    "fr": r"\b(?:la|cette|ma)\s+(?:douleur|souffrance)\b",
    "es": r"\b(?:el|este|mi)\s+(?:dolor|sufrimiento)\b",
    "pt": r"\b(?:a|esta|essa|minha)\s+(?:dor|sofrimento)\b|\bo\s+sofrimento\b",
    "it": r"\b(?:il|questo|mio)\s+(?:dolore|tormento)\b|\bla\s+sofferenza\b"
    # ("il male" as the pain when it grows: "il male cresce ogni giorno")
    r"|\bil\s+male\b(?=\s+(?:cresce|aumenta|sale|peggiora|non\s+passa))",
}
_SHUT_IN_WITH = {
    "en": r"\b(?:trapped|locked\s+in|caged|stuck\s+inside)\b|\blike\s+(?:a|an)\s+\w+\s+in\s+"
    r"(?:a|the)\s+(?:pen|cage|trap|box)\b|\bthe\s+key'?s\s+gone\b",
    "de": r"\b(?:gefangen|eingesperrt|eingeschlossen)\b|\bwie\s+im\s+ka(?:e)?fig\b",
    "fr": r"\b(?:coincee?|piegee?|enfermee?)\b|\bcomme\s+(?:dans\s+une\s+cage|en\s+cage)\b"
    # (the writer's life a closed room whose door has shut: "une cave dont la porte s'est
    # refermée")
    r"|\b(?:ma\s+vie|je\s+suis|je\s+vis)\b[^.!?\n]{0,30}?\b(?:cave|cage|prison|cellule|piece|trou)\s+"
    r"dont\s+la\s+porte\s+s'\s*est\s+(?:re)?fermee\b",
    "es": r"\b(?:atrapad[oa]|encerrad[oa])\b|\bcomo\s+en\s+una\s+jaula\b",
    "pt": r"\b(?:pres[oa]|encurralad[oa]|trancad[oa])\b|\bcomo\s+numa\s+gaiola\b",
    "it": r"\b(?:intrappolat[oa]|chius[oa]\s+dentro|in\s+trappola)\b"
    r"|\bcome\s+in\s+(?:una\s+)?gabbia\b"
    # (the writer's own: "mi sento chiuso in una gabbia", not the dog's at the vet's)
    r"|\b(?:mi\s+sento|sono|mi\s+trovo)\s+(?:come\s+)?chius[oa]\s+in\s+(?:una\s+)?(?:gabbia"
    r"|prigione|cella)\b",
}
# … or any way out named and denied (``trapped_words``: "no way out", "pas d'issue")
_SHUT_IN = {lang: rf"{_SHUT_IN_WITH[lang]}|{EXIT_DENIED[lang]}" for lang in LANGS}
_NOT_A_BODY = (
    r"(?![\s\S]{0,160}\b(?:back|knee|tooth|teeth|migraine|headache|physio|dentist|lift|elevator"
    r"|traffic|rucken|zahn|knie|kopfschmerz\w*|aufzug|stau|dos|dent|genou|ascenseur|bouchons?"
    r"|espalda|muela|rodilla|ascensor|trafico|costas|dente|joelho|elevador|transito|schiena"
    r"|ginocchio|emicrania|ascensore|traffico)\b)"
)

# --- a thing given as a keepsake of the writer ----------------------------------------------------
# Something given, and said to be for remembering the writer by or of no use where the writer is
# going: "gave her my bracelet, remember me with it", "ich hab ihm die Uhr gegeben, denk an mich",
# "le regalé el reloj, acuérdate de mí". A move, a trip or a warmer place named explains it.
_KEEPSAKE = {
    "en": r"\bremember\s+me\s+(?:with|by)\s+(?:these|this|them|it|that)\b|\b(?:no\s+use"
    r"|won'?t\s+(?:need|want)|don'?t\s+need)\s+(?:for\s+)?(?:them|it|these|this)\s+where\s+"
    r"i'?m\s+going\b",
    "de": r"\bdenk\s+(?:dabei\s+|damit\s+)?an\s+mich\b|\berinner\w*\s+(?:dich|euch)\s+(?:damit\s+)?"
    r"an\s+mich\b|\bwo\s+ich\s+hingehe,?\s+brauch\w*\s+ich\b",
    "fr": r"\bsouviens-?\s*toi\s+de\s+moi\b|\bsouvenez-?\s*vous\s+de\s+moi\b|\bla\s+ou\s+je\s+vais"
    r",?\s+(?:je\s+)?n'?\s*en\s+aurai\s+(?:pas|plus)\s+besoin\b",
    "es": r"\bacuerdate\s+de\s+mi\b|\brecuerdame\s+con\b|\bdonde\s+voy\s+no\s+(?:los|las|lo|la)"
    r"\s+(?:necesito|voy\s+a\s+necesitar)\b",
    "pt": r"\blembr[ae]-?\s*se\s+de\s+mim\b|\blembra\s+de\s+mim\b|\b(?:pra|para)?\s*onde\s+"
    r"eu\s+vou\s+nao\s+(?:preciso|vou\s+precisar)\b",
    "it": r"\bricordat[ie](?:vi)?\s+di\s+me\b|\bdove\s+vado\s+(?:io\s+)?non\s+mi\s+serv\w+\b",
}
_NOT_A_MOVE = (
    r"(?![\s\S]{0,200}\b(?:abroad|moving|move|emigrat\w*|flat|uni|university|job|trip|holiday"
    r"|warm|hot|sunny|beach|umzug|ziehe|ausland|reise|demenag\w*|etranger|voyage|mudanza|mudo"
    r"|extranjero|viaje|mudanca|mudar|exterior|viagem|trasloco|trasferisco|estero|viaggio)\b)"
)

RULES: tuple[Rule, ...] = (
    core_family(
        "plan_when_alone",
        Category.PLAN_OR_METHOD,
        _URG,
        {lang: _plan(lang) for lang in LANGS},
        {
            "en": "when|while|once",
            "de": "wenn|wann",
            "fr": "quand",
            "es": "cuando",
            "pt": "quando",
            "it": "quando",
        },
    )
    + core_family(
        "streak_ended_recently",
        Category.SELF_HARM,
        _CON,
        {lang: _streak_ended(lang) for lang in LANGS},
        {
            "en": "until|till|til|up to",
            "de": "bis",
            "fr": "jusqu",
            "es": "hasta",
            "pt": "ate",
            "it": "fino",
        },
    )
    + core_family(
        "no_tomorrow_for_me",
        Category.NO_FUTURE,
        _CON,
        {lang: rf"{_NOT_A_POST}(?:{_NO_TOMORROW[lang]})" for lang in LANGS},
        {
            "en": "future|tomorrow|waiting",
            "de": "zukunft|morgen|wartet",
            "fr": "avenir|lendemain|attend|demain",
            "es": "futuro|manana|espera",
            "pt": "futuro|amanha|espera",
            "it": "futuro|domani|aspetta",
        },
    )
    + family(
        "core",
        "better_with_me_gone",
        Category.BURDEN,
        _CON,
        {lang: rf"(?:{pattern}){_NOT_FOR_A_WHILE}" for lang, pattern in _BETTER_GONE.items()},
        dict.fromkeys(_BETTER_GONE, "better|happier|freer|besser|mieux|mejor|melhor|meglio"),
    )
    + core_family(
        "farewell_sent_round",
        Category.GOODBYES,
        _CON,
        {
            lang: rf"(?=(?:{_SENT_TO_ALL[lang]})|(?:{_FAREWELL_FORMULA[lang]})){_NO_SEND_OFF}"
            + _gap_pair(lang, _SENT_TO_ALL[lang], _FAREWELL_FORMULA[lang])
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "bye|thank|sorry|love|best|last time|danke|gut|wohl|besten|merci|adieu|meilleur|aime"
            "|gracias|adios|mejores|quiero|obrigad|adeus|melhores|amo|grazie|addio|migliori|bene",
        ),
    )
    + core_family(
        "pain_shut_in",
        Category.TRAPPED_PAIN,
        _CON,
        {
            lang: rf"(?=(?:{_PAIN[lang]})|(?:{_SHUT_IN[lang]})){_NOT_A_BODY}"
            + _gap_pair(lang, _PAIN[lang], _SHUT_IN[lang])
            for lang in LANGS
        },
        dict.fromkeys(
            LANGS,
            "pain|hurt|agony|torment|schmerz|qual|douleur|souffrance|dolor|sufrimiento|dor"
            "|sofrimento|dolore|tormento|sofferenza|il male",
        ),
    )
    + core_family(
        "keepsake_given",
        Category.GIVING_AWAY,
        _CON,
        {
            lang: rf"(?=(?:{GIVEN[lang]})|(?:{_KEEPSAKE[lang]})){_NOT_A_MOVE}"
            + _gap_pair(lang, GIVEN[lang], _KEEPSAKE[lang])
            for lang in LANGS
        },
        {
            "en": "remember|where i",
            "de": "an mich|hingehe",
            "fr": "de moi|je vais",
            "es": "de mi|recuerdame|donde voy",
            "pt": "de mim|eu vou",
            "it": "di me|dove vado",
        },
    )
)

__all__ = ["RULES"]
