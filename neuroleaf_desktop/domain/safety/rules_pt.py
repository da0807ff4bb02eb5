"""Portuguese phrase rules (Portugal and Brazil): explicit statements and common warning signs.

Text is accent-folded before matching ("não" → "nao", "suicídio" → "suicidio").
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.medicine_words import words
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import no_handing_on_reason

_MEDS = words(
    "pt", "comprimidos", "remedios", "pilulas", "medicamentos", "calmantes", "antidepressivos"
)
_DIE = (
    r"(?:morrer(?!\s+de\s+(?:tant[oa]s?\s+|muit[oa]s?\s+)?(?:rir|riso|saudades?|fome|vergonha"
    r"|sono|calor|frio|amor|vontade|tedio|inveja|medo|cansaco|ciumes|raiva))"
    # "vou me matar de tanto estudar / trabalhando": working oneself to death
    r"|me\s+matar(?!\s+(?:de\s+(?:tanto\s+)?(?:estudar|trabalhar|rir)|estudando|trabalhando"
    r"|a\s+(?:estudar|trabalhar)))|matar-me|me\s+suicidar|suicidar-me|sumir\s+para\s+sempre|estar\s+"
    r"mort[oa]|acabar\s+com\s+(?:a\s+)?minha\s+vida|acabar\s+com\s+tudo|tirar\s+(?:a\s+)?minha"
    r"\s+(?:propria\s+)?vida)"
)
_GIVE = r"(?:dando|dei|dou|doei|doando|distribui\w*|entreguei|ofereci)"


# Every rule in this file is a pt rule.
_r = partial(rule, lang="pt", inherent=True)


RULES: tuple[Rule, ...] = (
    _r(
        "pt_want_to_die",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        r"\b(?:quero|queria|gostaria\s+de|tenho\s+vontade\s+de|vou)\s+(?:so\s+|mesmo\s+)?"
        rf"{_DIE}\b|\bnao\s+quero\s+(?:mais\s+)?viver(?:\s+mais)?\b"
        r"(?!\s+(?:em|com|aqui|ali|perto|longe|sem|no|na|sozinh[oa])\b)"
        r"|\bnao\s+quero\s+(?:mais\s+)?(?:estar|ficar)\s+aqui\b|\b(?:nunca|nao)\s+mais\s+acordar\b"
        r"|\bmelhor\s+se\s+eu\s+nao\s+(?:existisse|estivesse)\b",
    ),
    _r(
        "pt_thoughts",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        r"\b(?:pensando|penso|pensei|pensar)\s+(?:muito\s+)?em\s+(?:me\s+matar|suicidio|me\s+"
        r"suicidar|tirar\s+(?:a\s+)?minha\s+vida|morrer|acabar\s+com\s+tudo)"
        r"|\b(?:pensamentos|ideias)\s+suicidas|\bideacao\s+suicida",
    ),
    # The imperfect and the conditional, as a question put to the writer has them: "se eu
    # pensava em me matar", "se eu pensaria em suicídio". Their form is also the third person
    # ("a minha mãe pensava em morrer"), so the subject before them decides whose thought it is.
    rule(
        "pt_thoughts_imperfect",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        r"\b(?:pensava|pensasse|pensaria|andava\s+a\s+pensar|estava\s+pensando)"
        r"\s+(?:muito\s+|ainda\s+|as\s+vezes\s+)?(?:em|no)\s+(?:me\s+matar|matar-me|suicidio"
        r"|me\s+suicidar|suicidar-me|tirar\s+(?:a\s+)?minha\s+(?:propria\s+)?vida"
        r"|acabar\s+com\s+(?:a\s+)?minha\s+vida)"
        # a wish to die is the writer's only with "eu" said ("a minha avó pensava em morrer em
        # paz" is hers)
        r"|\beu\s+(?:ainda\s+|ja\s+)?(?:pensava|pensasse|pensaria)\s+(?:em|no)\s+morrer\b",
        lang="pt",
        inherent=False,
    ),
    _r(
        "pt_wish_dead",
        Category.DEATH_WISH,
        Severity.CONCERN,
        r"\bdormir\s+e\s+(?:nunca\s+mais|nao|nao\s+mais)\s+acordar"
        r"|\b(?:queria|preferia)\s+nao\s+ter\s+nascido|\b(?:quero|queria)\s+(?:so\s+)?sumir\b"
        r"(?!\s+(?:da|do|dessa|desse|desta|deste|daquela|daquele)\s+(?!vida\b|mundo\b|terra\b)\w)",
    ),
    _r(
        "pt_attempt",
        Category.SUICIDAL_IDEATION,
        Severity.URGENT,
        r"\btentei\s+(?:me\s+matar|o\s+suicidio|suicidio|tirar\s+(?:a\s+)?minha\s+vida|me\s+"
        r"suicidar)|\btentativa\s+de\s+suicidio",
        inherent=False,
    ),
    _r(
        "pt_plan",
        Category.PLAN_OR_METHOD,
        Severity.URGENT,
        r"\bplano\s+para\s+(?:tirar|me\s+matar|acabar|morrer|me\s+suicidar)"
        r"|\b(?:pular|saltar|me\s+jogar|jogar-me|atirar-me)\s+(?:da|de\s+uma|do|de\s+um|pela)\s+"
        r"(?:\w+\s+)?(?:ponte|predio|janela|varanda|telhado|penhasco|trem|comboio)"
        rf"|\btomar\s+todos\s+os\s+(?:meus\s+)?{_MEDS}|\bcarta\s+de\s+suicidio|\bme\s+enforcar",
    ),
    _r(
        "pt_self_harm",
        Category.SELF_HARM,
        Severity.CONCERN,
        # "ela me machucava" is her hurting me; "me cortava o cabelo", "me machucava jogando
        # bola" are a haircut and a game
        r"(?<!\bela\s)(?<!\bele\s)(?<!\beles\s)(?<!\belas\s)"
        r"\b(?:me\s+cortar|me\s+corto|me\s+cortei|me\s+cortava|cortei\s+(?:os\s+)?(?:bracos|pulsos"
        r"|pernas)|me\s+machuc\w*|machucar-me|me\s+mutil\w*|automutila\w*|autolesao|me\s+ferir"
        r"|me\s+queimei)\b(?!\s+(?:com\s+a\s+faca|cozinhando|sem\s+querer|fazendo|no\s+(?:joelho"
        r"|jogo|treino)|na\s+(?:perna|queda)|[oa]s?\s+(?:cabelo|unhas|barba|franja|dedo)|jogando"
        r"|brincando|correndo|caindo|treinando))",
    ),
    _r(
        "pt_trapped",
        Category.TRAPPED_PAIN,
        Severity.CONCERN,
        r"\b(?:me\s+sinto|sinto-me)\s+(?:\w+\s+)?(?:pres[oa]|encurralad[oa]|sem\s+saida)\b"
        # (in a place or a job pointed at: "neste emprego", "naquela casa")
        r"(?!\s+(?:neste|nesta|nesse|nessa|naquele|naquela)\s+"
        r"(?!(?:vida|mundo|corpo|dor|buraco|poco|inferno|pesadelo)\b)\w)"
        r"|\bnao\s+(?:ha|tem|vejo|existe)\s+(?:nenhuma\s+)?saida\b"
        r"|\bnao\s+consigo\s+mais\s+(?:suportar|aguentar|viver|continuar)\b"
        r"|\ba\s+dor\s+e\s+(?:\w+\s+)?insuportavel|\bnao\s+(?:aguento|suporto)\s+mais\b",
    ),
    _r(
        "pt_no_future",
        Category.NO_FUTURE,
        Severity.CONCERN,
        # a future the writer cannot see, not one of something ("não consigo ver futuro nesse
        # namoro"): "não consigo ver futuro nenhum pra mim"
        r"\bnao\s+(?:consigo|posso)\s+(?:ver|enxergar)\s+(?:nenhum\s+)?futuro\b(?!\s+(?:em|no|na"
        r"|nesse|nessa|neste|nesta|com)\b)|"
        r"\bnada\s+vai\s+(?:mudar|melhorar)\b|\bnao\s+(?:ha|existe)\s+(?:nenhum\s+)?futuro\b|\bnao\s+(?:tenho|vejo)\s+(?:nenhum\s+)?futuro|\bnao\s+tenho\s+(?:mais\s+)?(?:nenhuma\s+)?"
        r"esperanca|\bcansad[oa]\s+de\s+viver\b|\bquero\s+desaparecer\b|\bnunca\s+vai\s+melhorar|\bnao\s+vai\s+melhorar"
        r"\s+nunca|\bnao\s+serei\s+(?:um\s+)?(?:problema|fardo|peso)\s+para\s+ninguem"
        r"|\bnao\s+tenho\s+(?:nenhuma\s+)?(?:razao|motivo)\s+para\s+viver"
        r"|\bnada\s+(?:pelo\s+qual|por\s+que)\s+viver"
        r"|\b(?:tudo|estou|me\s+sinto|sinto-me)\s+(?:\w+\s+)?sem\s+esperanca"
        r"|\bnada\s+(?:mais\s+)?faz\s+sentido",
    ),
    _r(
        "pt_burden",
        Category.BURDEN,
        Severity.CONCERN,
        r"\b(?:so\s+)?dou\s+trabalho\s+(?:para|a)\s+(?:todo\s+mundo|todos|toda\s+a\s+gente)\b"
        r"|\bsou\s+(?:so\s+)?(?:um\s+)?(?:fardo|peso|estorvo|incomodo)\b"
        # "only" before a bare noun of cost or trouble: "sou só despesa e aperreio"
        r"|\bsou\s+so\s+(?:uma?\s+)?(?:despesa|gasto|problema|aperreio|encosto|dor\s+de\s+cabeca)\b"
        r"|\b(?:estariam?|ficariam?|viveriam?)\s+"
        r"(?:\w+\s+)?melhor\s+sem\s+mim|\bmelhor\s+sem\s+mim\b|\bninguem\s+(?:sentiria|vai\s+sentir)\s+(?:a\s+)?minha\s+falta",
    ),
    _r(
        "pt_goodbyes",
        Category.GOODBYES,
        Severity.CONCERN,
        r"\bpara\s+quando\s+eu\s+(?:partir|morrer|nao\s+estiver)\b|\bcomo\s+se\s+fosse\s+a\s+ultima\s+vez\b|\bcartas?\s+de\s+despedida|\bquando\s+eu\s+(?:ja\s+)?nao\s+estiver\s+(?:mais\s+)?(?:aqui|ca)\b|\bfiz\s+(?:um|o\s+meu|meu)\s+testamento"
        r"|\bdeixei\s+tudo\s+(?:em\s+ordem|organizado)|\b(?:me\s+despedi|despedi-me)\s+de\s+(?:todos|todo\s+mundo|toda\s+a\s+gente)"
        r"|\bdespedi\w*\s+(?:de\s+\w+(?:\s+\w+)?\s+)?para\s+sempre",
    ),
    _r(
        "pt_giving_away",
        Category.GIVING_AWAY,
        Severity.CONCERN,
        # no reason for handing the thing on in the line (a new one bought, a move, an exam)
        rf"\b{_GIVE}\b{no_handing_on_reason('pt', 140)}"
        r"(?=[^.!?\n]{0,80}\b(?:nao\s+vou\s+(?:mais\s+)?precisar|nao\s+precisarei"
        r"|todas\s+as\s+minhas\s+coisas|minhas\s+coisas\s+(?:mais\s+)?preciosas|as\s+minhas\s+coisas))",
    ),
    _r(
        "pt_getting_means",
        Category.GETTING_MEANS,
        Severity.URGENT,
        rf"\b(?:junt|guard|acumul|estoc|escond)\w*\s+(?:\w+\s+){{0,2}}{_MEDS}"
        rf"|\b{_MEDS}\b[^.!?\n]{{0,40}}\b(?:para\s+morrer|mortal|letal|dose\s+letal)\b"
        r"|\b(?:comprei|arranjei|consegui)\s+uma\s+(?:arma|pistola|corda|espingarda)\b"
        r"|\bpesquisei\s+(?:na\s+internet\s+)?(?:formas|maneiras|metodos|como)\s+(?:de\s+)?"
        r"(?:morrer|me\s+matar|suicid\w*)",
        inherent=False,
    ),
)
