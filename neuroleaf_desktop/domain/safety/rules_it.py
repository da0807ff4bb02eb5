"""Italian phrase rules: explicit statements and the commonest warning signs.

Text is accent-folded before matching ("più" → "piu", "è" → "e").
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import words
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import no_handing_on_reason

_MEDS = words(
    "it", "pastiglie", "pillole", "compresse", "farmaci", "sonniferi", "medicine", "antidepressivi"
)
_DIE = (
    r"(?:morire|uccidermi|suicidarmi|togliermi\s+la\s+vita|farla\s+finita(?!\s+con\s+(?!tutto|la\s+vita|questa\s+vita|me\b))|sparire\s+per\s+sempre"
    r"|essere\s+mort[oa])"
)
_GIVE = r"(?:regalando|regalato|regalo|dato\s+via|do\s+via|dando\s+via|ho\s+dato|sto\s+dando)"


# Every rule in this file is a it rule.
_r = partial(rule, lang="it", inherent=True)


RULES: tuple[Rule, ...] = (
    _r(
        "it_want_to_die",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        rf"\b(?:voglio|vorrei|ho\s+voglia\s+di)\s+(?:solo\s+|davvero\s+)?{_DIE}\b"
        r"|\bnon\s+voglio\s+piu\s+(?:vivere|esserci|esistere|stare\s+qui|svegliarmi)|\bnon\s+ho\s+piu\s+voglia\s+di\s+vivere"
        r"(?!\s+(?:a|in|con|qui|li|vicino|lontano|senza|da\s+sol[oa])\b)",
    ),
    _r(
        "it_thoughts",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        r"\b(?:penso|pensando|pensato|pensare)\s+(?:\w+\s+)?(?:di|a|al)\s+(?:uccidermi|togliermi\s+"
        r"la\s+vita|suicidarmi|suicidio|morire|farla\s+finita)"
        r"|\bpensieri\s+(?:suicidi|suicidari|di\s+morte)|\bidee\s+suicid\w*"
        # the thoughts named by the act: "pensieri di suicidio", "idee di uccidermi"
        r"|\b(?:ho|avevo|ho\s+avuto|mi\s+vengono|mi\s+tornano|i\s+miei)\s+(?:\w+\s+)?"
        r"(?:pensieri|idee|impulsi)\s+(?:\w+\s+)?di\s+(?:suicidio|suicidarmi|uccidermi"
        r"|togliermi\s+la\s+vita)\b",
    ),
    _r(
        "it_wish_dead",
        Category.DEATH_WISH,
        Severity.CONCERN,
        r"\baddormentarmi\s+e\s+non\s+svegliarmi\s+piu|\bnon\s+svegliarmi\s+piu"
        r"|\bvorrei\s+non\s+essere\s+(?:mai\s+)?nat[oa]",
    ),
    _r(
        "it_attempt",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        r"\bho\s+(?:gia\s+)?(?:tentato|provato\s+a)\s+(?:il\s+suicidio|(?:di\s+)?uccidermi|(?:di\s+)?"
        r"togliermi\s+la\s+vita|suicidarmi)|\btentativo\s+di\s+suicidio"
        # the participle before the noun: "il tentato suicidio di due anni fa" (not "di mio
        # cugino", "del vicino": someone else's)
        r"|\btentat[oi]\s+suicidi[oi]\b(?!\s+(?:di\s+(?:mio|mia|suo|sua|tuo|tua|loro|un\w*)"
        r"|del|della|dello|dei)\b)",
        inherent=False,
    ),
    _r(
        "it_plan",
        Category.PLAN_OR_METHOD,
        Severity.URGENT,
        r"\bun\s+piano\s+per\s+(?:togliermi|uccidermi|suicidarmi|farla\s+finita|morire)"
        r"|\b(?:buttarmi|mi\s+butter\w*|gettarmi|lanciarmi|mi\s+lancer\w*)\s+(?:giu\s+)?(?:dal|da"
        r"\s+un|dalla|dalle|sotto\s+(?:un|il))\s+(?:\w+\s+)?(?:ponte|palazzo|finestra|balcone"
        r"|tetto|treno|scogliera)"
        rf"|\bprender\w*\s+tutte\s+le\s+(?:mie\s+)?{_MEDS}|\blettera\s+di\s+suicidio\b|\bimpiccarmi",
    ),
    _r(
        "it_self_harm",
        Category.SELF_HARM,
        Severity.CONCERN,
        r"\bmi\s+(?:sono\s+)?(?:di\s+nuovo\s+)?(?:tagliat[oa]|taglio|tagliavo|ferit[oa]|ferisco"
        r"|ferivo|bruciat[oa])\b(?!\s+(?:i\s+capelli|la\s+frangia|le\s+unghie|la\s+barba|con\s+il\s+coltello"
        r"|cucinando|per\s+sbaglio"
        r"|un\s+dito))"
        r"|\b(?:farmi|mi\s+faccio|mi\s+sono\s+fatt[oa]|mi\s+farei|mi\s+facevo)\s+(?:\w+\s+)?"
        # an injury told by the body part, where it happened or what was being done (a knee,
        # the gym, football), unless the sentence says it was on purpose
        r"(?:del\s+)?male\b(?!\s+(?:al|alla|allo|a\s+un|giocando|cadendo|correndo|in\s+palestra"
        r"|a\s+(?:calcio|tennis|pallavolo|basket|rugby|sciare)|in\s+(?:bici|moto|piscina|cantiere"
        r"|allenamento|partita)|sciando|allenandomi|facendo\s+(?:sport|pesi|ginnastica|yoga)"
        r"|durante\s+(?:la|il|l'|lo)\s*(?:partita|allenamento|gara|corsa|lezione)|sul\s+lavoro)\b"
        r"(?![^.!?\n]*\b(?:apposta|di\s+proposito|volontariamente)\b))"
        r"|\bautolesion\w*",
    ),
    _r(
        "it_trapped",
        Category.TRAPPED_PAIN,
        Severity.CONCERN,
        r"\bmi\s+sento\s+(?:\w+\s+)?(?:in\s+trappola|intrappolat[oa]|senza\s+via\s+d'uscita)"
        # (in a place or a job pointed at: "in questo open space", "in quel lavoro")
        r"(?!\s+(?:in|con|da)\s+(?:questo|questa|quest'|quel|quella|quello|quell')\s*"
        r"(?!(?:vita|mondo|corpo|dolore|buio|tunnel|incubo)\b)\w)"
        r"|\bnon\s+(?:c'e|vedo|trovo)\s+(?:nessuna\s+|alcuna\s+)?(?:via\s+d'uscita|uscita|scampo)"
        r"|\bil\s+dolore\s+e\s+(?:\w+\s+)?(?:insopportabile|troppo\s+forte)"
        r"|\bnon\s+ce\s+la\s+faccio\s+piu\b|\bnon\s+riesco\s+piu\s+a\s+(?:sopportare|andare\s+avanti"
        r"|vivere|reggere)\b|\bnon\s+(?:sopporto|reggo)\s+piu\b",
    ),
    _r(
        "it_no_future",
        Category.NO_FUTURE,
        Severity.CONCERN,
        r"\bnon\s+(?:ho|vedo)\s+(?:nessun\s+|un\s+|alcun\s+)?futuro|"
        # (the future the writer cannot see, not one of something: "in questa squadra")
        r"\bnon\s+riesco\s+(?:piu\s+)?a\s+vedere\s+(?:nessun\s+|un\s+|alcun\s+)?futuro\b"
        r"(?!\s+(?:in|con|nel|nella)\b)|\bnon\s+ho\s+(?:piu\s+)?"
        r"(?:nessuna\s+)?speranza|\bstanc[oa]\s+di\s+vivere\b|\bvoglio\s+(?:solo\s+)?sparire\b|\bnon\s+migliorer\w+\s+mai"
        r"|\bnon\s+cambiera\s+mai|\bnon\s+saro\s+piu\s+un\s+(?:problema|peso)\s+per\s+nessuno"
        r"|\bnon\s+ho\s+(?:nessun|alcun)\s+motivo\s+per\s+vivere|\bniente\s+per\s+cui\s+vivere"
        r"|\b(?:e\s+tutto|mi\s+sento|sono)\s+(?:\w+\s+)?senza\s+speranza"
        r"|\bniente\s+ha\s+(?:piu\s+)?senso",
    ),
    _r(
        "it_burden",
        Category.BURDEN,
        Severity.CONCERN,
        r"\bsono\s+(?:solo\s+)?un\s+peso\s+per|\bstarebbero\s+(?:tutti\s+)?meglio\s+senza\s+di\s+me"
        r"|\bmeglio\s+senza\s+di\s+me|\bmeglio\s+se\s+(?:io\s+)?non\s+(?:ci\s+)?(?:fossi|esistessi)\b|\bnessuno\s+sentirebbe\s+la\s+mia\s+mancanza",
    ),
    _r(
        "it_goodbyes",
        Category.GOODBYES,
        Severity.CONCERN,
        # (not the future of something: "non c'è futuro in questa squadra")
        r"\bnon\s+c'e\s+(?:nessun\s+|alcun\s+)?futuro\b(?!\s+(?:in|con|nel|nella|nello|a|al|alla)\s)"
        r"|\b(?:letter[ae]|biglietto|biglietti)\s+d'addio|\bcome\s+se\s+fosse\s+l'ultima\s+volta\b|\bquando\s+non\s+ci\s+saro\s+piu\b|\bho\s+fatto\s+(?:il\s+)?testamento"
        r"|\bsistemato\s+tutte\s+le\s+mie\s+cose|\bdetto\s+addio\s+a\s+tutti"
        r"|\baddio\s+per\s+sempre|\bdetto\s+addio\s+\w+(?:\s+\w+)?\s+per\s+sempre",
    ),
    _r(
        "it_giving_away",
        Category.GIVING_AWAY,
        Severity.CONCERN,
        # no reason for handing the thing on in the line (a new one bought, a move, an exam)
        rf"\b{_GIVE}\b{no_handing_on_reason('it', 140)}"
        r"(?=[^.!?\n]{0,80}\b(?:non\s+mi\s+serv\w+\s+piu|tutte\s+le\s+mie\s+cose"
        r"|le\s+mie\s+cose\s+piu\s+care))",
    ),
    _r(
        "it_getting_means",
        Category.GETTING_MEANS,
        Severity.URGENT,
        rf"\b{_MEDS}\b[^.!?\n]{{0,40}}\b(?:per\s+morire|letal[ei]|mortal[ei])\b"
        r"|\b(?:accumulando|accumulo|mettendo\s+da\s+parte|metto\s+da\s+parte|conservando|tenendo"
        rf"\s+da\s+parte)\s+(?:\w+\s+){{0,2}}{_MEDS}"
        r"|\b(?:procurat[oa]|comprat[oa])\s+(?:una|un)\s+(?:pistola|arma|fucile|corda)\b"
        r"|\bcercato\s+(?:su\s+internet\s+)?(?:come|modi\s+per|metodi\s+per)\s+(?:morire"
        r"|uccidermi|suicidarmi)",
        inherent=False,
    ),
)
