"""A past attempt told by the ward or intensive care it ended in, after a bare attempt or too
many pills, and a medical record that names a previous attempt; in six languages.

Why: ``rules_attempt_counted`` reads an attempt counted ("my first attempt was at nineteen")
and the ward after every pill in the packet. Writers also name the place they woke in and what
sent them there with the act left out: "aos vinte fui parar na UTI depois de uma tentativa",
"con veinte años acabé en la UCI tras un intento", "mit zwanzig lag ich nach einem Versuch auf
der Intensivstation", "j'ai fini en réa après une tentative", "at twenty-two I was in the ward
after swallowing too many pills". And some tell it by the file that follows them: "my psych
file says previous attempt", "in meiner Akte steht Suizidversuch".

The attempt may be the verb of trying, as bare: "two stays on a locked ward after trying", "il
ricovero dopo che ci avevo provato", "Zwei Winter ist mein Versuch her, danach sechs Wochen
Station" (the attempt dated back from now).

The attempt is bare: an attempt *at*, *to* or *with* something ("con las pastillas nuevas"),
"de robo", "di furto" or an IVF attempt names what was tried, and the sentence is left alone.
Pills taken by mistake, an allergy or a reaction are an ordinary emergency. A driving or exam
file is a school's.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, either_order, family

_S = SAME_SENTENCE
# a mistake, an allergy, a reaction, an experiment, a pastime or an exam: not an attempt to die
_NOT_MEANT = (
    r"(?!" + _S + r"*\b(?:allerg\w*|reaction|rash|side\s+effects?|by\s+mistake|accident\w*"
    r"|infection\w*|experiment\w*|labo\w*|ivf|fiv|driv\w*|test|exam\w*|surgery|operation"
    r"|nebenwirkung\w*|versehen\w*|unfall|operation|pru(?:e)?fung|par\s+erreur|reaction"
    r"|effets?\s+secondaires|chirurgie|permis|por\s+error|sin\s+querer|reaccion|cirugia"
    r"|accidente|robo|por\s+engano|reacao|cirurgia|acidente|assalto|per\s+sbaglio|reazione"
    r"|intervento|incidente|furto|patente|esame"
    # a job tried for: a shift, an interview, a placement
    r"|shifts?|jobs?|interview\w*|placement|schicht\w*|bewerbung\w*|vorstellungsgespra(?:e)?ch"
    r"|poste|entretien|turno|entrevista|emprego|colloquio)\b)"
)
_WARD = {
    "en": r"\b(?:ward|icu|intensive\s+care|hospital|a\s*&\s*e|resus|psych\s+(?:ward|unit))\b",
    "de": r"\b(?:intensiv\w*|\w*station|klinik|krankenhaus|spital|notaufnahme)\b",
    "fr": r"\b(?:rea|reanimation|soins\s+intensifs|urgences|hopital|hp)\b",
    "es": r"\b(?:uci|cuidados\s+intensivos|urgencias|hospital|psiquiatrico)\b",
    "pt": r"\b(?:uti|cuidados\s+intensivos|urgencias|hospital|psiquiatria)\b",
    "it": r"\b(?:rianimazione|terapia\s+intensiva|pronto\s+soccorso|ospedale|psichiatria"
    r"|ricovero)\b",
}
# the attempt with nothing tried named after it, or too many pills swallowed
_AFTER_ATTEMPT = {
    "en": r"\bafter\s+(?:an|my|the|that)\s+attempt\b(?!\s+(?:at|to|on|of|with|for)\b)"
    r"|\bafter\s+(?:swallowing|taking|i\s+(?:swallowed|took))\s+(?:far\s+|way\s+)?too\s+many"
    r"\s+(?:pills|tablets|sleepers|painkillers)\b"
    # … or the trying itself, bare: "two stays on a locked ward after trying"
    r"|\bafter\s+(?:trying|i\s+tried)\b(?=\s*(?:$|[.!?,;:]|and\b))",
    "de": r"\bnach\s+(?:einem|meinem|dem)\s+versuch\b(?!\s+(?:mit|zu|bei|an|im|in|von|fu(?:e)?r)\b)"
    r"|\bnach\s+(?:viel\s+)?zu\s+vielen\s+(?:tabletten|pillen|schlaftabletten)\b"
    # (or dated back from now: "zwei Winter ist mein Versuch her"; "nachdem ich es versucht hatte")
    r"|\b(?:ist|war)\s+(?:mein|der)\s+versuch\s+her\b(?![^.!?\n]*\bzu\s+\w+n\b)|\bnachdem\s+ich\s+es\s+versucht\s+"
    r"(?:hatte|habe|hab)\b",
    "fr": r"\bapres\s+(?:une|ma|la)\s+tentative\b(?!\s+(?:d|avec|pour|sur)\b)"
    r"|\bapres\s+avoir\s+(?:avale|pris)\s+(?:beaucoup\s+)?trop\s+de\s+(?:cachets|comprimes"
    r"|somniferes|medicaments)\b"
    r"|\bapres\s+(?:avoir\s+essaye|que\s+j'?\s*ai\s+essaye)\b(?=\s*(?:$|[.!?,;:]|et\b))",
    "es": r"\b(?:tras|despues\s+de)\s+(?:un|mi|el|aquel)\s+intento\b"
    r"(?!\s+(?:de|con|por|en|a|para)\b)"
    r"|\b(?:tras|despues\s+de)\s+(?:tomarme|tragarme)\s+demasiadas\s+pastillas\b"
    # (bare: "tras intentarlo", not "después de intentarlo todo con la dieta")
    r"|\b(?:tras|despues\s+de)\s+intentarlo\b(?!\s+(?:todo|toda|de|con|otra|una|por|en|a)\b)"
    r"|\bdespues\s+de\s+que\s+lo\s+intente\b(?!\s+(?:todo|de|con|otra|una|por|en|a)\b)",
    "pt": r"\bdepois\s+de\s+(?:uma|a\s+minha|aquela)\s+tentativa\b"
    r"(?!\s+(?:de|com|por|em|a|para)\b)"
    r"|\bdepois\s+de\s+(?:tomar|engolir)\s+(?:comprimidos|remedios)\s+demais\b"
    r"|\bdepois\s+(?:de\s+tentar|que\s+(?:eu\s+)?tentei)\b(?=\s*(?:$|[.!?,;:]|e\b))",
    "it": r"\bdopo\s+(?:un|il\s+mio|quel)\s+tentativo\b(?!\s+(?:di|con|per|su|a)\b)"
    r"|\bdopo\s+aver\s+(?:preso|ingoiato)\s+troppe\s+(?:pastiglie|pillole|compresse)\b"
    r"|\bdopo\s+(?:che\s+ci\s+(?:avevo|ho)\s+provato|averci\s+provato)\b(?!\s+(?:con|a|per)\b)",
}
# … or the same urge back since the ward, with nothing it is an urge for: "on m'a ramassé en
# réa à vingt-six ans, et depuis novembre la même envie rôde", not "the same urge for sweets"
_NOT_FOR = r"(?!\s+(?:for|to|of|nach|zu|de|d'|di|da|pour|por|para|pra)\b)"
_URGE_BACK = {
    "en": r"\bthe\s+(?:same|old)\s+(?:urge|pull|want)"
    + _NOT_FOR
    + r"\s+(?:is|'s|has\s+come|came)\s+"
    r"(?:back|creeping\s+back|round\s+again)\b",
    "de": r"\b(?:der|die|das)\s+(?:gleiche|selbe)\s+(?:drang|sog|wunsch|verlangen)"
    + _NOT_FOR
    + r"\s+(?:ist\s+(?:wieder\s+)?(?:da|zuru(?:e)?ck)|kommt\s+wieder|schleicht)\b"
    r"|\b(?:ist|kommt)\s+(?:\w+\s+){0,2}?(?:der|die|das)\s+(?:gleiche|selbe)\s+(?:drang|sog"
    r"|wunsch|verlangen)\s+(?:wieder\s+)?(?:da|zuru(?:e)?ck)\b",
    "fr": r"\bla\s+meme\s+envie"
    + _NOT_FOR
    + r"\s+(?:rode|revient|est\s+revenue|est\s+la|tourne)\b",
    "es": r"\b(?:las\s+mismas|aquellas)\s+ganas"
    + _NOT_FOR
    + r"\s+(?:han\s+vuelto|vuelven|volvieron"
    r"|rondan|andan\s+rondando)\b",
    "pt": r"\b(?:a\s+mesma|aquela)\s+vontade" + _NOT_FOR + r"\s+(?:voltou|volta|ronda|anda\s+a\s+"
    r"rondar)\b",
    "it": r"\b(?:la\s+stessa|quella)\s+voglia" + _NOT_FOR + r"\s+(?:e\s+tornata|torna|mi\s+gira"
    r"\s+intorno|ronza)\b",
}
# … or the same thoughts back in the head since a psychiatric stay: "il ricovero a Feltre
# sembrava lontano, ma le stesse idee mi girano di nuovo in testa", "seit der Psychiatrie sind
# die gleichen Gedanken wieder da" (a psychiatric ward or an admission: a ward for the body
# leaves "the same thoughts" as any worry)
_PSYCH_WARD = {
    "en": r"\b(?:psych(?:iatric)?\s+(?:ward|unit|hospital|admission)|sectioned|the\s+section)\b",
    "de": r"\b(?:psychiatrie|psychiatrischen?\s+klinik|geschlossenen?|zwangseinweisung)\b",
    "fr": r"\b(?:psychiatrie|hp|hopital\s+psychiatrique|internement)\b",
    "es": r"\b(?:psiquiatrico|psiquiatria|ingreso\s+en\s+(?:salud\s+mental|psiquiatria))\b",
    "pt": r"\b(?:psiquiatria|internamento|internacao|hospital\s+psiquiatrico)\b",
    "it": r"\b(?:psichiatria|ricovero(?!\s+per\b)|spdc|tso|reparto\s+psichiatrico)\b",
}
# … thoughts that are not about something named after them ("… about work", "sul lavoro"; "di
# nuovo" is "again")
_NOT_ABOUT = (
    r"(?!\s+(?!(?:di|de)\s+(?:nuovo|nuevo|novo)\b)(?:about|over|on|of|uber|ueber|zu|zum|zur|sur|sobre|sul|sulla|sui|su|di|del|della"
    r"|do|da|de|del)\b)"
)
_THOUGHTS_BACK = {
    "en": r"\bthe\s+(?:same|old)\s+(?:thoughts|ideas)\s+(?:are|have\s+come|came)\s+(?:back"
    r"|creeping\s+back)\b|\bthe\s+(?:same|old)\s+(?:thoughts|ideas)\s+(?:are\s+)?"
    r"(?:going|spinning|running)\s+(?:round|around|through)\s+my\s+head\s+again\b",
    "de": r"\b(?:die\s+)?(?:gleichen|selben|alten)\s+gedanken\s+(?:sind|kommen)\s+(?:\w+\s+)?"
    r"(?:wieder\s+(?:da|zuru(?:e)?ck)|wieder)\b"
    r"|\b(?:sind|kommen)\s+(?:\w+\s+){0,2}?(?:die\s+)?(?:gleichen|selben|alten)\s+gedanken\s+"
    r"(?:wieder\s+(?:da|zuru(?:e)?ck)|wieder)\b",
    "fr": r"\bles\s+memes\s+(?:idees|pensees)\s+(?:reviennent|sont\s+revenues|me\s+(?:tournent"
    r"|trottent|reviennent))\b",
    "es": r"\blas\s+mismas\s+(?:ideas|pensamientos)\s+(?:han\s+vuelto|vuelven|volvieron|me\s+"
    r"(?:rondan|dan\s+vueltas|vuelven))\b|\blos\s+mismos\s+pensamientos\s+(?:han\s+vuelto"
    r"|vuelven|volvieron|me\s+(?:rondan|vuelven))\b",
    "pt": r"\bas\s+mesmas\s+(?:ideias|pensamentos)\s+(?:voltaram|voltam|andam)\b"
    r"|\bos\s+mesmos\s+pensamentos\s+(?:voltaram|voltam|andam)\b",
    "it": r"\b(?:le\s+stesse\s+idee|gli\s+stessi\s+pensieri)\s+(?:mi\s+)?(?:girano|tornano"
    r"|sono\s+tornat[ei]|ronzano|frullano)\b",
}
# a record of the writer's own that names an earlier attempt
_RECORD_SAYS = {
    "en": r"\bmy\s+(?:psych\s+|medical\s+|hospital\s+)?(?:file|chart|notes|records?)\s+"
    r"(?:says|say|reads|read|lists|list|has|have|mentions?)\s+(?:a\s+)?(?:previous|prior|past"
    r"|earlier)\s+(?:suicide\s+)?attempt\b",
    "de": r"\bin\s+meiner\s+(?:akte|krankenakte|patientenakte)\s+steht\s+(?:ein\s+)?(?:fru(?:e)?"
    r"herer\s+|vorheriger\s+)?(?:suizid)?versuch\b",
    "fr": r"\bmon\s+dossier\s+(?:medical\s+|psy\s+)?(?:dit|indique|mentionne|porte)\s+(?:une\s+)?"
    r"tentative\s+(?:anterieure|precedente)\b",
    "es": r"\bmi\s+(?:historial|expediente|historia\s+clinica)\s+(?:dice|pone|menciona)\s+"
    r"(?:un\s+)?intento\s+(?:previo|anterior)\b",
    "pt": r"\b(?:minha\s+ficha|meu\s+prontuario|meu\s+processo)\s+(?:diz|consta|menciona)\s+"
    r"(?:uma\s+)?tentativa\s+(?:anterior|previa)\b",
    "it": r"\bnella\s+mia\s+cartella\s+(?:clinica\s+)?(?:c'\s*e\s+scritto|risulta)\s+(?:un\s+)?"
    r"tentativo\s+(?:precedente|pregresso)\b",
}

_NAME = "attempt_ward"
RULES: tuple[Rule, ...] = (
    family(
        _NAME,
        "after_bare",
        Category.SUICIDAL_IDEATION,
        Severity.CONCERN,
        {
            # (the guard over both orders of the pair)
            lang: _NOT_MEANT + rf"(?:{either_order(_WARD[lang], _AFTER_ATTEMPT[lang], 80)})"
            for lang in _WARD
        },
        {
            "en": "attempt|too many|trying|tried",
            "de": "versuch|zu vielen",
            "fr": "tentative|trop de|essaye",
            "es": "intent|demasiadas",
            "pt": "tentativa|demais|tentar|tentei",
            "it": "tentativo|troppe|provato",
        },
        inherent=False,
        past=True,
    )
    + family(
        _NAME,
        "urge_back",
        Category.SUICIDAL_IDEATION,
        Severity.CONCERN,
        {
            lang: _NOT_MEANT + rf"(?:{either_order(_WARD[lang], _URGE_BACK[lang], 120)})"
            for lang in _WARD
        },
        {
            "en": "urge|pull|want",
            "de": "drang|sog|wunsch|verlangen",
            "fr": "envie",
            "es": "ganas",
            "pt": "vontade",
            "it": "voglia",
        },
        inherent=False,
        past=True,
    )
    + family(
        _NAME,
        "thoughts_back",
        Category.SUICIDAL_IDEATION,
        Severity.CONCERN,
        {
            lang: _NOT_MEANT
            + "(?:"
            + either_order(_PSYCH_WARD[lang], rf"(?:{_THOUGHTS_BACK[lang]}){_NOT_ABOUT}", 140)
            + ")"
            for lang in _PSYCH_WARD
        },
        {
            "en": "thoughts|ideas",
            "de": "gedanken",
            "fr": "idees|pensees",
            "es": "ideas|pensamientos",
            "pt": "ideias|pensamentos",
            "it": "idee|pensieri",
        },
        inherent=False,
        past=True,
    )
    + family(
        _NAME,
        "record_says",
        Category.SUICIDAL_IDEATION,
        Severity.CONCERN,
        {lang: rf"{_NOT_MEANT}(?:{p})" for lang, p in _RECORD_SAYS.items()},
        {
            "en": "attempt",
            "de": "versuch",
            "fr": "tentative",
            "es": "intento",
            "pt": "tentativa",
            "it": "tentativo",
        },
        inherent=True,
        past=True,
    )
)

__all__ = ["RULES"]
