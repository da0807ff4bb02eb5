"""Italian families of wording the phrase lists missed: conditionals, methods, texting.

Why: there is no multilingual embedding model, so for Italian the rules are the only layer.
Each rule is a small grammar: the first-person forms people write ("mi ucciderei se avessi il
coraggio", "mi butto dal ponte", "mi taglierò le vene", "non vedo l'ora di morire", "nn voglio
più vivere"), with the detail that makes it a sign (a place to jump from, a letter "per quando
mi troveranno", an attempt told later). Look-alikes stay out inside each rule: "mi butto in
questo progetto", "mi butto sul divano", "a fine mese non ci arrivo" (money), "domani è il
giorno della laurea", "è come sbattere la testa contro il muro". Text is case- and
accent-folded before matching.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_NF, _BU, _GB, _TP = Category.NO_FUTURE, Category.BURDEN, Category.GOODBYES, Category.TRAPPED_PAIN
_GA, _GM, _SH = Category.GIVING_AWAY, Category.GETTING_MEANS, Category.SELF_HARM
_URG, _CON = Severity.URGENT, Severity.CONCERN

_FREE = r"(?:(?!(?:non|nn|mai)\b)\w+\s+){0,2}?"
_SPOT = (
    r"(?:ponte|palazzo|edificio|balcone|terrazzo|terrazza|tetto|finestra|scogliera|precipizio"
    r"|vuoto|viadotto|binari|treno|metro|metropolitana|camion|tir|cavalcavia|dirupo|fiume"
    r"|grattacielo)"
)
_TO = r"(?:da|dal|dalla|dallo|dai|giu\s+da\w*|sotto|sotto\s+(?:il|la|un|una)|nel|nella|contro)"
_METHOD = (
    rf"(?:buttarmi|lanciarmi|gettarmi)\s+{_TO}\s+(?:\w+\s+){{0,2}}?{_SPOT}\b"
    r"|impiccarmi|tagliarmi\s+(?:le\s+vene|i\s+polsi)|spararmi|avvelenarmi"
    rf"|saltare\s+(?:da|dal|dalla|giu\s+da\w*)\s+(?:\w+\s+){{0,2}}?{_SPOT}\b"
)
_INTENT = (
    r"(?:voglio|vorrei|volevo|penso\s+di|ho\s+pensato\s+di|sto\s+pensando\s+di|ho\s+deciso\s+di"
    r"|ho\s+intenzione\s+di|mi\s+viene\s+da|devo|vado\s+a|ho\s+voglia\s+di)"
)

#: A water pistol, a glue gun, a toy: not a weapon.
_NOT_A_TOY = (
    r"(?!\s+(?:ad\s+acqua|giocattolo|di\s+plastica|per\s+(?:la\s+)?colla"
    r"|a\s+(?:pallini|aria|spruzzo)))"
)

_r = partial(rule, lang="it", inherent=True)

RULES: tuple[Rule, ...] = (
    # Texting "nn" for "non": "nn voglio piu vivere", "nn ce la faccio piu" ("nn" is respelt
    # "non" before the rules read it, so both are written here; the conditional "non vorrei più
    # esistere" is the same wish).
    _r(
        "it_s_texting_no",
        _SI,
        _URG,
        # the clitic "ci" and "più" after the verb say the same ("non ci voglio stare più a
        # questo mondo")
        r"\b(?:nn|non)\s+(?:ci\s+)?(?:voglio|vorrei)\s+(?:piu\s+)?(?:vivere|esistere|svegliarmi"
        r"|stare\s+(?:piu\s+)?al\s+mondo|stare\s+(?:piu\s+)?(?:a|in|su)\s+questo\s+mondo"
        # "in questo mondo di squali del lavoro": a world of something, not the world
        r"(?!\s+(?:di|del|della|dello|dei|degli|delle)\b))\b"
        r"(?!\s+(?:a|in|con|qui|li|senza|da\s+sol[oa])\b)",
    ),
    _r("it_s_texting_cant", _TP, _CON, rf"\bnn\s+(?:ce\s+la\s+faccio|ne\s+posso)\s+piu{END}"),
    # The conditional: "mi ucciderei se avessi il coraggio", "la farei finita subito".
    _r(
        "it_s_would_kill_myself",
        _SI,
        _URG,
        r"\b(?:mi\s+(?:ucciderei|ammazzerei|suiciderei|toglierei\s+la\s+vita)|la\s+farei\s+finita)"
        r"\b(?=\s*(?:$|[.!?,;]|\s+(?:se\s+(?:avessi|potessi|sapessi|non\s+fosse)|subito|adesso"
        r"|ora|stanotte|stasera|oggi|senza\s+pensarci)))"
        # shooting oneself: "mi sparo un colpo in testa", "mi sparerei" (not "mi sparo un film")
        r"|\bmi\s+(?:sparo|sparero)\s+(?:un\s+colpo|in\s+testa|alla\s+testa|alla\s+tempia"
        r"|in\s+bocca)"
        r"|\bmi\s+sparerei\b(?=\s*(?:$|[.!?,;]|\s+(?:se|subito|adesso|in\s+testa)))"
        # "voglio crepare", "vorrei schiattare" (not "crepare dal ridere")
        r"|\b(?:voglio|vorrei|ho\s+voglia\s+di)\s+(?:solo\s+)?(?:crepare|schiattare"
        r"|tirare\s+le\s+cuoia"
        r"|dormire\s+per\s+sempre(?=\s*(?:$|[.!?,;:]|\s+e\b)))\b(?!\s+(?:dal|dalle|di|d')\b)"
        # "meglio che muoia", "meglio se morissi"
        r"|\bmeglio\s+(?:che\s+(?:io\s+)?(?:muoia|sparisca|non\s+ci\s+sia)|se\s+(?:morissi|sparissi"
        rf"|non\s+ci\s+fossi))(?:\s+(?:io|e\s+basta|subito))?{END}"
        # "prendo il veleno stanotte", "voglio bere la candeggina"
        r"|\b(?:voglio|vorrei|prendo|bevo|berro|prendero)\s+(?:il\s+|la\s+|del\s+|della\s+)?"
        r"(?:veleno|candeggina|varechina|topicida)\b"
        # "mi ammazzo stanotte": the present for the future, with a time and nothing after it
        r"|\bmi\s+(?:ammazzo|uccido|suicido)\s+(?:stanotte|stasera|oggi|domani|adesso|ora|subito)"
        r"(?=\s*(?:$|[.!?,;]))",
    ),
    # "finirò con l'uccidermi", "mi sento suicida", "ho tendenze suicide".
    _r(
        "it_s_end_up_adjective",
        _SI,
        _URG,
        r"\bfinir[oe]\s+(?:per|con\s+l'?)\s*(?:uccidermi|ammazzarmi|suicidarmi"
        r"|togliermi\s+la\s+vita)\b"
        r"|\b(?:mi\s+sento|sono)\s+(?:un\s+po'?\s+|molto\s+)?suicida\b"
        r"|\bho\s+(?:tendenze|idee|impulsi)\s+suicid[ei]\b",
    ),
    # Longing for death: "non vedo l'ora di morire / di farla finita".
    _r(
        "it_s_cant_wait_to_die",
        _SI,
        _URG,
        r"\bnon\s+vedo\s+l'?ora\s+di\s+(?:morire(?!\s+(?:dal|dalle|di)\s+\w+)|farla\s+finita"
        r"|andarmene\s+da\s+questo\s+mondo|smettere\s+di\s+(?:vivere|esistere)|non\s+svegliarmi"
        r"|uccidermi|togliermi\s+la\s+vita)\b",
    ),
    # Intent + method: "voglio buttarmi dal ponte", "ho deciso di impiccarmi".
    _r("it_s_method_intent", _PM, _URG, rf"\b{_INTENT}\s+{_FREE}(?:{_METHOD})"),
    # Present for future with a place: "domani mi butto dal ponte", "mi butto sotto il treno";
    # and the veins, in any tense: "mi taglierò le vene nella vasca".
    _r(
        "it_s_jump_now",
        _PM,
        _URG,
        rf"\bmi\s+(?:butto|buttero|lancio|lancero|getto|gettero)\s+{_TO}\s+(?:\w+\s+){{0,2}}?"
        rf"{_SPOT}\b"
        r"|\bmi\s+(?:taglio|taglier\w+|tagliavo|sono\s+tagliat[oa])\s+(?:le\s+vene|i\s+polsi)\b",
    ),
    # The hypothetical and death as relief: "e se stanotte mi addormentassi e basta, per
    # sempre? sarebbe un sollievo"; "domani non mi sveglierò più".
    _r(
        "it_s_what_if",
        _DW,
        _CON,
        r"\be\s+se\s+(?:\w+\s+){0,2}?(?:semplicemente\s+)?(?:non\s+mi\s+svegliassi(?:\s+"
        r"piu)?(?!\s+(?:in\s+tempo|presto|per|alle))"
        r"|mi\s+addormentassi\s+(?:e\s+basta|per\s+sempre)|la\s+facessi\s+finita|mi\s+uccidessi"
        r"|sparissi\s+per\s+sempre|smettessi\s+di\s+esistere|mi\s+lasciassi\s+andare)\b"
        r"|\bsarebbe\s+un\s+sollievo\s+(?:non\s+svegliarmi|morire|smettere\s+di\s+esistere"
        r"|sparire)\b"
        r"|\b(?:non\s+svegliarmi|morire|sparire|smettere\s+di\s+esistere|per\s+sempre)\b"
        r"[^.!\n]{0,40}\bsarebbe\s+un\s+sollievo\b"
        rf"|\bnon\s+mi\s+sveglier[oe](?:\s+(?:mai\s+)?piu)?{END}"
        r"|\b(?:non\s+piangete|non\s+piangere|nessuno\s+pianga)\s+per\s+me\b"
        # praying for death: "prego Dio che mi prenda", "Dio, portami via"
        r"|\bprego\s+(?:dio|il\s+signore|gesu|la\s+madonna)\s+(?:che\s+mi\s+(?:prenda|porti\s+via"
        r"|faccia\s+morire)|di\s+(?:prendermi|portarmi\s+via|farmi\s+morire"
        r"|non\s+farmi\s+svegliare))"
        r"|\b(?:dio|signore|gesu)\s*,?\s+(?:portami\s+via|fammi\s+morire)"
        r"(?=\s*(?:$|[.!?,;]|\s+(?:con\s+te|ora|adesso|subito|ti\s+prego)))",
    ),
    # The day has come: "domani è il giorno, è tutto pronto".
    _r(
        "it_s_the_day",
        _PM,
        _URG,
        r"\b(?:domani|oggi|stanotte|stasera|\w+)\s+e\s+il\s+giorno\s*[,;:.!]\s*[^.!?\n]{0,30}?"
        r"\b(?:e\s+tutto|tutto\s+e|ho\s+tutto|tutto)\s+(?:gia\s+)?(?:pronto|preparato|deciso"
        rf"|organizzato|sistemato){END}",
    ),
    # A past attempt told later: "ci ho già provato due volte, a togliermi la vita".
    rule(
        "it_s_tried_before",
        _SI,
        _CON,
        r"\bci\s+ho\s+(?:gia\s+)?provato\b[^.!?\n]{0,40}?\b(?:a\s+togliermi\s+la\s+vita"
        r"|a\s+uccidermi|ad\s+ammazzarmi|a\s+suicidarmi|a\s+farla\s+finita|mi\s+hanno\s+salvat[oa]"
        r"|mi\s+hanno\s+trovat[oa]|lavanda\s+gastrica|ricoverat[oa])\b",
        inherent=True,
        lang="it",
        past=True,
    ),
    # Hurting oneself on purpose: "sbatto la testa contro il muro finché fa male" (not "è come
    # sbattere la testa contro il muro", the figure of speech for a useless effort).
    _r(
        "it_s_self_harm",
        _SH,
        _CON,
        r"\b(?:sbatto|ho\s+sbattuto|sbattevo)\s+la\s+testa\s+contro\s+(?:il\s+muro|la\s+parete"
        r"|i\s+muri)"
        r"\s+(?:finche|fino\s+a|apposta|quando)\b"
        r"|\bmi\s+(?:graffio|graffiavo|sono\s+graffiat[oa]|do\s+pugni|prendo\s+a\s+pugni)\b"
        r"[^.!?\n]{0,30}\b(?:sangu\w+|apposta|finche|fa\s+male)\b",
    ),
    # Getting the means: "ho chiesto a mio cugino di procurarmi una pistola".
    _r(
        "it_s_get_means",
        _GM,
        _URG,
        r"\b(?:procurarmi|trovarmi|comprarmi|procurato|mi\s+sono\s+procurat[oa])\s+(?:una\s+pistola"
        rf"|un'?arma|una\s+corda|un\s+fucile|un\s+revolver)\b{_NOT_A_TOY}",
    ),
    # Messages left to be found; a will "already" made.
    _r(
        "it_s_left_messages",
        _GB,
        _CON,
        r"\bper\s+quando\s+mi\s+(?:troveranno|trovano|trovera|troverete)\b"
        r"|\bse\s+stai\s+leggendo\s+(?:questo|questa|queste)\b[^.!?\n]{0,80}?\b(?:(?:perdonami"
        rf"|perdonatemi)(?:\s+per\s+tutto)?{END}|addio|ti\s+ho\s+voluto\s+bene|vi\s+ho\s+voluto\s+bene|non\s+ci\s+sono\s+piu"
        r"|non\s+e\s+colpa\s+tua)\b"
        r"|\bho\s+gia\s+fatto\s+(?:il\s+)?testamento\b"
        r"|\b(?:addio|grazie\s+di\s+tutto|vi\s+voglio\s+bene)[^.!?\n]{0,80}?\bnon\s+mi\s+"
        r"(?:vedrete|rivedrete)\s+(?:mai\s+)?piu\b",
    ),
    # Giving things away as keepsakes: "sto dando via le mie cose … un ricordo di me".
    _r(
        "it_s_giving_away",
        _GA,
        _CON,
        r"\b(?:sto\s+)?(?:dando|regalando|do|regalo|ho\s+dato"
        r"|ho\s+regalato)\s+(?:via\s+)?(?:tutte\s+)?"
        r"le\s+mie\s+cose\b(?=[^.!?\n]{0,80}\bricordo\s+di\s+me\b)|\bun\s+ricordo\s+di\s+me\b"
        r"(?=[^.!?\n]{0,20}(?:$|[.!?]))",
    ),
    # Hope gone; not lasting; not reaching Christmas ("a fine mese non ci arrivo" is money).
    _r(
        "it_s_no_hope",
        _NF,
        _CON,
        r"\bper\s+me\s+non\s+c'?e\s+(?:piu\s+)?(?:nessuna\s+)?speranza\b"
        rf"|\bnon\s+c'?e\s+piu\s+(?:nessuna\s+)?speranza(?:\s+per\s+me\b|{END})"
        r"|\bho\s+perso\s+(?:ogni|tutta\s+la|la)\s+speranza\b(?!\s+(?:di|che|in)\b)"
        r"|\bnon\s+durero\s+(?:molto|a\s+lungo)\b"
        r"|\b(?:a|al)\s+(?:natale|capodanno|fine\s+anno|prossimo\s+anno|mio\s+compleanno"
        r"|primavera|estate)\s+non\s+ci\s+arrivo\b|\bnon\s+(?:ci\s+)?arrivero\s+(?:a|al)\s+"
        r"(?:natale|capodanno|fine\s+anno|prossimo\s+anno|mio\s+compleanno)\b",
    ),
    # Being a burden, said at the end of the sentence or as "do solo fastidio".
    _r(
        "it_s_burden",
        _BU,
        _CON,
        rf"\bsono\s+(?:solo\s+|soltanto\s+)?un\s+peso{END}"
        r"|\bdo\s+(?:solo|soltanto)\s+(?:fastidio|problemi|pensieri)\b"
        r"|\bsono\s+(?:solo\s+)?(?:d'intralcio|d'impiccio)\b",
    ),
)
