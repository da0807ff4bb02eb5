"""Portuguese families of wording the phrase lists missed, Brazil and Portugal alike.

Why: there is no multilingual embedding model, so for Portuguese the rules are the only
layer. Each rule is a small grammar: the pronoun before or after the verb ("vou me matar",
"vou-me matar", "matar-me", "atirar-me ao rio"), Portugal's "estou a pensar em" and
"apetece-me", texting spellings ("qria", "qro"), with the detail that makes it a sign (a place
to jump from, a letter "pra quando me encontrarem", a rescue after an attempt). Look-alikes
stay out inside each rule: "me jogar de cabeça no projeto", "morrer de tanta vergonha",
"amanhã é o dia do casamento", "não vejo futuro nesse namoro". Text is case- and
accent-folded before matching.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_NF, _BU, _GB = Category.NO_FUTURE, Category.BURDEN, Category.GOODBYES
_GA, _GM, _SH = Category.GIVING_AWAY, Category.GETTING_MEANS, Category.SELF_HARM
_URG, _CON = Severity.URGENT, Severity.CONCERN

_FREE = r"(?:(?!(?:nao|nunca|jamais|nem)\b)\w+\s+){0,2}?"
_SPOT = (
    r"(?:ponte|predio|edificio|varanda|sacada|janela|viaduto|penhasco|precipicio|telhado"
    r"|terraco|laje|metro|trem|comboio|onibus|autocarro|camiao|caminhao|trilhos|linha|rio"
    r"|abismo|falesia|arranha-ceus)"
)
_TO = (
    r"(?:da|de|do|dum|duma|na\s+frente\s+d[oa]|em\s+frente\s+a[o]?|debaixo\s+d[oa]|embaixo"
    r"\s+d[oa]|ao|a|no|na|nos|nas|pela|pelo|para\s+debaixo\s+d[oa])"
)
_METHOD = (
    rf"(?:me\s+)?(?:jogar|atirar|lancar)(?:-me)?\s+{_TO}\s+(?:\w+\s+){{0,2}}?{_SPOT}\b"
    r"|me\s+enforcar|enforcar-me|(?:me\s+)?cortar(?:-me)?\s+os\s+pulsos|me\s+envenenar"
    r"|envenenar-me|dar\s+um\s+tiro\s+(?:em\s+mim|na\s+(?:minha\s+)?cabeca)"
    rf"|(?:pular|saltar)\s+(?:da|do|de|dum|duma)\s+(?:\w+\s+){{0,2}}?{_SPOT}\b"
)
_DESIRE = (
    r"(?:quero|queria|qria|qro|kero|keria|vou|ia|penso(?:\s+em)?|pensei\s+em|pensando\s+em"
    # "tô querendo morrer", "ando querendo sumir pra sempre"
    r"|(?:to|tou|estou|ando|tava|estava)\s+querendo"
    r"|(?:estou|tou|to|ando|estava)\s+a\s+pensar(?:\s+em)?|tenho\s+pensado\s+em|decidi"
    r"|apetece-me|me\s+apetece|apetecia-me|vontade\s+de|preciso|prefiro|preferia"
    r"|gostaria\s+de|planejo|planeio)"
)
_DIE = (
    r"(?:morrer(?!\s+de\s+(?:tant[oa]s?\s+|muit[oa]s?\s+)?(?:rir|saudades?|fome|vergonha|sono"
    r"|calor|frio|amor|vontade|tedio|inveja|medo))"
    r"|me\s+matar(?!\s+(?:de\s+(?:tanto\s+)?(?:estudar|trabalhar|rir)|estudando|trabalhando"
    r"|a\s+(?:estudar|trabalhar)))|matar-me|me\s+suicidar"
    r"|suicidar-me|tirar\s+(?:a\s+)?minha\s+(?:propria\s+)?vida|acabar\s+com\s+tudo"
    r"|(?:dar|por)\s+(?:um\s+)?fim\s+(?:a|ao|em|n[oa]|nisso|nisto|[ae]\s+)?\s*(?:tudo|isso"
    r"\s+tudo|isto\s+tudo|(?:a\s+)?minha\s+vida|a\s+vida)|(?:sumir|desaparecer)\s+(?:pra"
    r"|para)\s+sempre"
    r"|deixar\s+de\s+existir|bater\s+as\s+botas|esticar\s+as\s+canelas"
    r"|dormir\s+(?:pra|para)\s+sempre(?=\s*(?:$|[.!?,;:]|\s+e\b))|tomar\s+(?:\w+\s+)?(?:veneno"
    r"|chumbinho|soda\s+caustica))"
)

#: A water pistol, a glue gun, a toy: not a weapon.
_NOT_A_TOY = (
    r"(?!\s+(?:de\s+(?:agua|brinquedo|cola|silicone|ar\s+quente|pintura|pressao"
    r"|chumbinho)))"
)

_r = partial(rule, lang="pt", inherent=True)

RULES: tuple[Rule, ...] = (
    # Desire, intent or thought + dying, in Brazil's and Portugal's forms and texting
    # spellings: "apetece-me morrer", "estou a pensar em suicidar-me", "qria morrer",
    # "vou dar um fim nisso tudo". "Queria"/"ia" are also third person: the subject decides.
    rule(
        "pt_s_intent",
        _SI,
        _URG,
        rf"\b{_DESIRE}\s+{_FREE}{_DIE}",
        inherent=False,
        lang="pt",
    ),
    # The gerund and the adjective: "vou acabar me matando", "tô suicida".
    _r(
        "pt_s_gerund_adjective",
        _SI,
        _URG,
        r"\b(?:acabar|acabo|acabarei|vou\s+acabar|terminar)\s+(?:me\s+matando|me\s+suicidando"
        r"|matando-me|suicidando-me)\b(?!\s+(?:de|a)\b)"
        r"|\b(?:me\s+sinto|sinto-me|estou|to|tou|ando)\s+(?:meio\s+|muito\s+"
        r"|um\s+pouco\s+)?suicida\b"
        r"|\btenho\s+(?:tendencias|ideias|ideacao|impulsos)\s+suicidas?\b",
    ),
    # The pronoun hyphenated to the auxiliary (Portugal): "vou-me matar", "quero-me matar".
    _r(
        "pt_s_enclitic_aux",
        _SI,
        _URG,
        r"\b(?:vou|quero|queria|ia|irei|apetece)-me\s+(?:matar|suicidar|enforcar"
        rf"|(?:atirar|jogar|lancar)\s+{_TO}\s+(?:\w+\s+){{0,2}}?{_SPOT})\b",
    ),
    # Intent + method: "tou a pensar atirar-me ao rio", "vou pular do prédio".
    rule(
        "pt_s_method_intent",
        _PM,
        _URG,
        rf"\b{_DESIRE}\s+{_FREE}(?:{_METHOD})",
        inherent=False,
        lang="pt",
    ),
    # Present for future with a place: "sábado eu me atiro na frente do metrô".
    _r(
        "pt_s_jump_now",
        _PM,
        _URG,
        r"\b(?:me\s+(?:atiro|jogo|lanco|atirarei|jogarei|atiraria|jogaria|lancaria|atirava|jogava)"
        r"|atiro-me|jogo-me|lanco-me|atirava-me|jogava-me|atirar-me-ia)\s+"
        rf"{_TO}\s+(?:\w+\s+){{0,2}}?{_SPOT}\b",
    ),
    # "me mataria se tivesse coragem", "matava-me se pudesse": the conditional.
    rule(
        "pt_s_would_kill_myself",
        _SI,
        _URG,
        r"\b(?:me\s+mataria|matar-me-ia|me\s+matava|matava-me|me\s+suicidaria)\b"
        r"(?=\s*(?:$|[.!?,;]|\s+(?:se\s+(?:tivesse|pudesse|soubesse|nao\s+fosse)|ja|hoje|agora"
        r"|sem\s+pensar)))",
        inherent=False,
        lang="pt",
    ),
    # Thoughts as nouns: "pensamentos de me matar", "ideias de acabar com tudo".
    _r(
        "pt_s_thought_nouns",
        _SI,
        _URG,
        r"\b(?:pensamentos|ideias|desejos?|impulsos?)\s+(?:\w+\s+)?de\s+(?:me\s+matar|matar-me"
        r"|me\s+suicidar|suicidar-me|tirar\s+(?:a\s+)?minha\s+vida|acabar\s+com\s+(?:tudo|a\s+"
        r"minha\s+vida))\b"
        # "tenho ideias de suicídio": the writer's own, not a talk's topic
        r"|\b(?:tenho|tinha|tive|me\s+vem|os\s+meus|as\s+minhas)\s+(?:\w+\s+)?(?:pensamentos"
        r"|ideias|impulsos?)\s+(?:\w+\s+)?de\s+suicidio\b",
    ),
    # Better dead, and praying for death.
    _r(
        "pt_s_better_dead",
        _DW,
        _CON,
        r"\b(?:estaria|ficaria|estava)\s+melhor\s+mort[oa]\b|\bseria\s+melhor\s+(?:se\s+eu\s+"
        r"morresse|morrer|estar\s+mort[oa]|nao\s+existir|nao\s+ter\s+nascido)\b"
        r"|\b(?:peco|rezo|imploro|oro)\b[^.!?\n]{0,40}?\b(?:que|pra|para)\s+(?:me\s+lev(?:e|ar)"
        r"(?!\s+(?:a|ao|na|no|para|pra|em|ate)\b)|eu\s+morrer|eu\s+nao\s+acordar|nao\s+acordar)",
    ),
    # The hypothetical and death as relief: "e se eu simplesmente não acordar amanhã? seria
    # um alívio"; "amanhã já não vou acordar".
    _r(
        "pt_s_what_if",
        _DW,
        _CON,
        r"\be\s+se\s+(?:eu\s+)?(?:simplesmente\s+|so\s+)?(?:nao\s+acordar(?!\s+(?:a\s+tempo"
        r"|cedo|em\s+tempo|pra|para|as))"
        r"|nunca\s+mais\s+acordar"
        r"|sumir\s+(?:pra|para)\s+sempre|deixar\s+de\s+existir|me\s+matar|acabar\s+com\s+tudo"
        r"|me\s+deixar\s+ir)\b"
        r"|\bseria\s+(?:um\s+)?alivio\s+(?:nao\s+acordar|morrer|deixar\s+de\s+existir|sumir)"
        r"|\b(?:nao\s+acordar|morrer|sumir|deixar\s+de\s+existir)\b[^.!\n]{0,40}\bseria\s+"
        r"(?:um\s+)?alivio\b"
        rf"|\b(?:ja\s+)?nao\s+(?:vou\s+(?:mais\s+)?acordar|acordarei)(?:\s+mais)?{END}"
        # "farta de existir", "cansado de viver"
        r"|\b(?:fart[oa]|cansad[oa]|saturad[oa]|exaust[oa])\s+de\s+(?:existir|viver"
        r"|estar\s+viv[oa])"
        r"\b(?!\s+(?:em|com|nesta|nessa|neste|nesse|aqui|sozinh[oa])\b)"
        # "se amanhã eu não acordar, não chorem por mim"
        r"|\b(?:nao\s+chorem|nao\s+chores|ninguem\s+chore)\s+por\s+mim\b",
    ),
    # The day has come: "amanhã é o dia, já está tudo pronto".
    _r(
        "pt_s_the_day",
        _PM,
        _URG,
        r"\b(?:amanha|hoje|esta\s+noite|hoje\s+a\s+noite|\w+)\s+e\s+o\s+dia\s*[,;:.!]\s*"
        r"[^.!?\n]{0,30}?\b(?:(?:ja\s+)?(?:esta|ta)\s+tudo|tudo\s+(?:esta|ta)|tenho\s+tudo|tudo)"
        rf"\s+(?:\w+\s+)?(?:pronto|preparado|decidido|organizado|planejado|planeado){END}",
    ),
    # "já sei como vou fazer: com os remédios da minha mãe".
    _r(
        "pt_s_know_how",
        _PM,
        _URG,
        r"\bja\s+sei\s+como\s+(?:vou\s+)?(?:fazer|faze-lo|me\s+matar)\b[^.!?\n]{0,60}?\b"
        r"(?:remedios|comprimidos|pilulas|corda|ponte|arma|predio|gas|faca|veneno)\b",
    ),
    # A past attempt told by what followed: "já tentei uma vez e me salvaram".
    rule(
        "pt_s_attempt_rescued",
        _SI,
        _CON,
        r"\b(?:ja\s+)?tentei\b[^.!?\n]{0,60}?\b(?:me\s+salvaram|me\s+encontraram|fui\s+internad[oa]"
        r"|fiquei\s+internad[oa]|lavagem\s+(?:ao|de|no)\s+estomago|sobrevivi)\b",
        inherent=True,
        lang="pt",
        past=True,
    ),
    # Self-harm: "me faço mal de propósito", "corto-me nos braços às escondidas".
    _r(
        "pt_s_self_harm",
        _SH,
        _CON,
        r"\b(?:me\s+(?:faco|fiz|fazia)\s+mal|faco-me\s+mal|fiz-me\s+mal|me\s+machuco|machuco-me"
        r"|me\s+machuquei|me\s+magoo|magoo-me)\s+(?:de\s+proposito|a\s+mim\s+mesm[oa]|quando\s+"
        r"(?:fico|estou|to|tou)|(?:pra|para)\s+sentir|sozinh[oa]|as\s+escondidas|escondid[oa])\b"
        r"|\b(?:corto|cortei|cortava|queimo|queimei|arranho|arranhei)-me\b"
        r"(?!\s+(?:a|ao)\s+(?:cozinhar|descascar|fazer\s+a\s+barba|barbear))",
    ),
    # Getting a gun: "vou arranjar uma arma". "Arranjar" has no person: the subject decides.
    rule(
        "pt_s_get_means",
        _GM,
        _URG,
        r"\b(?:arranjar|conseguir|comprar|arranjei|consegui)\s+(?:uma?|a|o)\s+(?:arma|pistola"
        rf"|revolver|espingarda)\b{_NOT_A_TOY}",
        inherent=False,
        lang="pt",
    ),
    # Someone gets *me* a gun: the writer is the one getting the means, whoever the verb's
    # subject is ("pedi pro meu primo arranjar uma arma pra mim").
    _r(
        "pt_s_gun_for_me",
        _GM,
        _URG,
        r"\b(?:arranjar|conseguir|comprar)\s+(?:uma?|a|o)\s+(?:arma|pistola|revolver|espingarda)"
        r"\s+(?:pra|para)\s+mim\b"
        r"|\bme\s+(?:arranj\w+|consegu\w+|vend\w+|empreste\w*|emprestar)\s+(?:uma\s+arma"
        rf"|uma\s+pistola|um\s+revolver)\b{_NOT_A_TOY}"
        rf"|\b(?:arranjar|conseguir|comprar)-me\s+(?:uma\s+arma|uma\s+pistola|um\s+revolver)\b{_NOT_A_TOY}",
    ),
    # Messages left to be found.
    _r(
        "pt_s_left_messages",
        _GB,
        _CON,
        r"\b(?:pra|para)\s+quando\s+me\s+encontrarem\b"
        # "quando eu não estiver mais (aqui)": opens its own clause, so no cue reaches it
        r"|\bquando\s+(?:eu\s+)?(?:ja\s+)?nao\s+estiver\s+mais(?:\s+aqui)?\b"
        r"|\bse\s+(?:voce\s+|tu\s+)?(?:estiver|esta|estas|estiveres)\s+(?:lendo|a\s+ler)\s+(?:isso"
        r"|isto)\b[^.!?\n]{0,80}?\b(?:(?:me\s+perdo[ae]|perdoa-me|me\s+perdoem|perdoem-me)"
        rf"(?:\s+por\s+tudo)?{END}|adeus"
        r"|te\s+amei|amei\s+voces|ja\s+nao\s+estou|nao\s+estarei|foi\s+minha\s+decisao"
        r"|nao\s+e\s+(?:sua|tua)\s+culpa)\b"
        r"|\b(?:adeus|despe\w+|cuidem-se|se\s+cuidem|obrigad[oa]\s+por\s+tudo|amo\s+voces)"
        r"[^.!?\n]{0,80}?\b(?:nao\s+(?:vao|ides)\s+(?:mais\s+)?me\s+ver(?:\s+mais)?"
        r"|nunca\s+mais\s+(?:me\s+)?(?:vao\s+)?(?:me\s+)?ver)\b",
    ),
    # Hope gone, no reason to live, not lasting, not reaching Christmas.
    _r(
        "pt_s_no_hope",
        _NF,
        _CON,
        rf"\bnao\s+(?:ha|tem|existe)\s+(?:mais\s+|nenhuma\s+)?esperanca(?:\s+(?:pra|para)\s+mim\b|{END})"
        r"|\b(?:pra|para)\s+mim\s+(?:ja\s+)?nao\s+(?:ha|tem|existe)\s+(?:mais\s+)?esperanca\b"
        r"|\bperdi\s+(?:toda\s+)?(?:a\s+)?esperanca\b(?!\s+(?:de|em|n[oa])\b)"
        r"|\bnao\s+vou\s+durar\s+(?:muito|mais\s+muito)\b"
        r"|\bnao\s+tenho\s+(?:nenhum\s+|nenhuma\s+)?(?:motivo|razao)(?:\s+nenhum[a]?)?\s+"
        r"(?:pra|para|pelo\s+qual|por\s+que)\s+viver\b"
        r"|\bnao\s+vou\s+(?:chegar|durar)\s+(?:ao|ate\s+(?:o|ao)|a)\s+(?:natal|fim\s+do\s+ano"
        r"|ano\s+novo|proximo\s+ano|meu\s+aniversario|verao|pascoa)\b",
    ),
    # Giving one's things away as an ongoing errand: "andei a dar as minhas coisas aos amigos"
    # (a move or a charity next to it is ordinary: ``everyday``).
    _r(
        "pt_s_giving_things",
        _GA,
        _CON,
        r"\b(?:andei|ando|estou|tenho\s+andado|comecei|estive)\s+a\s+(?:dar|oferecer|distribuir)\s+"
        r"(?:todas\s+)?(?:as\s+)?(?:minhas\s+)?(?:coisas|pertences)\b",
    ),
    # Giving things away so someone keeps "something of mine".
    _r(
        "pt_s_keepsake",
        _GA,
        _CON,
        r"\b(?:pra|para)\s+(?:que\s+)?(?:fiquem|ficarem|ficar)\s+com\s+(?:algo|alguma\s+coisa)"
        r"\s+(?:meu|minha|de\s+mim)\b|\buma\s+(?:lembranca|recordacao)\s+(?:minha|de\s+mim)\b",
    ),
)
