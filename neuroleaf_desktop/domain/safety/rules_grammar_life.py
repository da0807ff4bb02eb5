"""Warning signs written as a *negated* wish or as an arrangement, per language.

Why: the desire grammar in ``rules_grammar_explicit`` reads "want to die"; people as often
write the same wish the other way round, and the negation module would cancel it if it were
matched as "live" after a "not". These rules carry the negation inside the phrase:

* No wish to live: "I have no wish to go on living", "no tengo ganas de seguir viviendo",
  "möchte ich nicht mehr weiterleben", "je n'ai plus envie de vivre", "não tenho mais
  vontade de viver", "non ho più voglia di vivere". Living *somewhere* or *with someone*
  ("no quiero vivir con mis padres", "envie de vivre à Paris") is ordinary and excluded.
* No tomorrow: "there is no tomorrow for me", "für mich gibt es kein Morgen mehr".
* Access to means: knowing where a gun (or the key to it) is kept, finding a parent's pistol.
  Hunting and sport are cleared by ``everyday``.
* Settling affairs: papers or affairs put in order and a will written are signs on their own;
  a plain "I've sorted everything" / "tout réglé" / "ho sistemato tutto" only together with a
  letter or a farewell in the same sentence.
* German drops the subject ("bin so durch, will mich nur noch umbringen") and inverts it
  ("seit … möchte ich nicht mehr leben"): the "ich" inside the phrase says whose it is.

Text is case- and accent-folded before matching, so patterns are written without accents.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_giving_frames import NOT_A_PARTNER, NOT_A_THING
from neuroleaf_desktop.domain.safety.rules_intl_frames_left_behind import NOT_REPLACED
from neuroleaf_desktop.domain.safety.rules_no_wish_to_live import NO_WISH_TO_LIVE_RULES
from neuroleaf_desktop.domain.safety.rules_no_wish_to_live import NOT_A_PLACE as _NOT_A_PLACE

_DW, _SI, _NF, _GM, _GB, _BU, _SH, _GA, _PM = (
    Category.DEATH_WISH,
    Category.SUICIDAL_IDEATION,
    Category.NO_FUTURE,
    Category.GETTING_MEANS,
    Category.GOODBYES,
    Category.BURDEN,
    Category.SELF_HARM,
    Category.GIVING_AWAY,
    Category.PLAN_OR_METHOD,
)
_URG, _CON = Severity.URGENT, Severity.CONCERN

# -- No tomorrow ----------------------------------------------------------------------------
_NO_TOMORROW = {
    # ("no more future for me", "no tomorrow worth waiting for, for me"; "for me" said first:
    # "for me there is no tomorrow", as the other languages' "para mí no hay")
    "en": r"\b(?:there\s+(?:is|'s|will\s+be)\s+|there'?s\s+)?no\s+(?:more\s+)?(?:tomorrow|future"
    r"|next\s+year)(?:\s+worth\s+\w+(?:\s+for)?)?,?\s+(?:for|fo)\s+me\b"
    r"|\bi\s+(?:have|'?ve\s+got|ve\s+got|got)\s+no\s+(?:tomorrow|future)\b"
    r"(?!\s+(?:in|at|with|here|there))"
    r"|\bfor\s+me,?\s+(?:there\s+(?:is|'s|will\s+be)|there'?s)\s+no\s+(?:more\s+)?(?:tomorrow"
    r"|future)\b(?!\s+(?:in|at|with|here|there|as)\b)"
    # a time to come named and denied to the writer: "there won't be a March for me", "there'll be
    # no next summer for me"
    r"|\bthere\s+(?:won'?t|will\s+not)\s+be\s+(?:a|an|another|any)\s+(?:next\s+)?(?:january"
    r"|february|march|april|may|june|july|august|september|october|november|december|summer"
    r"|winter|spring|autumn|fall|christmas|easter|birthday|new\s+year|year|tomorrow|future)"
    r"\s+(?:for|fo)\s+me\b",
    "es": r"\bno\s+hay\s+(?:un\s+|ningun\s+)?(?:manana|futuro)\s+para\s+mi\b"
    r"|\bpara\s+mi\s+no\s+hay\s+(?:\w+\s+)?(?:manana|futuro)\b"
    r"|\bno\s+(?:tengo|veo)\s+(?:ningun\s+)?futuro\b(?!\s+(?:en|con|aqui|alli))",
    "de": r"\b(?:kein|keine)\s+(?:morgen|zukunft)\s+mehr\b(?!\s+(?:in|bei|mit|als|hier))"
    r"|\bfu(?:e)?r\s+mich\s+gibt\s+es\s+(?:\w+\s+)?(?:kein\s+morgen|keine\s+zukunft)\b",
    "fr": r"\b(?:il\s+)?(?:n'?y\s+a|y\s+a)\s+(?:plus|pas)\s+(?:d'|de\s+)(?:avenir|lendemain|demain"
    r"|futur)\s+pour\s+moi\b|\bpas\s+de\s+(?:lendemain|demain|futur|avenir)\s+pour\s+moi\b",
    "pt": r"\bnao\s+(?:ha|tem|existe|vai\s+ter)\s+(?:\w+\s+)?(?:amanha|futuro)\s+"
    r"(?:pra|para)\s+mim\b"
    r"|\b(?:amanha|futuro)\s+nao\s+existe\s+(?:pra|para)\s+mim\b",
    "it": r"\bnon\s+c'?e\s+(?:\w+\s+)?(?:domani|futuro)\s+per\s+me\b"
    r"|\bper\s+me\s+non\s+c'?e\s+(?:\w+\s+)?(?:domani|futuro)\b",
}

# -- Access to a gun ------------------------------------------------------------------------
_GUN = {
    "en": r"guns?|pistol|handgun|rifle|shotgun|revolver|firearm|gun\s+(?:safe|cabinet|case)|ammo",
    "es": r"pistola|arma|escopeta|rifle|revolver|balas",
    "de": r"pistole|waffe|gewehr|revolver|waffenschrank\w*|munition|flinte",
    "fr": r"fusil|pistolet|arme|revolver|carabine|cartouches",
    "pt": r"arma|pistola|revolver|espingarda|rifle|municao",
    "it": r"pistola|fucile|arma|revolver|carabina|munizioni",
}
# Knowing where it is kept or finding it: "found out where my neighbour keeps his shotgun".
_KNOW = {
    "en": r"(?:know|knew|found\s+out|figured\s+out|worked\s+out|learned|saw),?\s+where"
    r"|know\s+the\s+code|found\s+(?:my\s+)?(?:\w+'?s?\s+){0,2}?",
    "es": r"(?:ya\s+)?se\s+donde|sabia\s+donde|descubri\s+donde|encontre|halle",
    "de": r"(?:ich\s+)?(?:weiss|weis|wusste),?\s+(?:\w+\s+)?wo|gefunden|entdeckt",
    "fr": r"(?:je\s+sais|je\s+savais|j'?ai\s+(?:trouve|decouvert|vu))\s+(?:ou|la|le|l')",
    "pt": r"(?:eu\s+)?(?:sei|sabia|descobri)\s+onde|(?:encontrei|achei)",
    "it": r"(?:so|sapevo|ho\s+scoperto)\s+dove|ho\s+trovato",
}
# The other order: "mon oncle a un fusil … et je sais où est la clé".
_GUN_THEN_KNOW = {
    "en": r"\bi\s+know\s+where\s+(?:\w+\s+){0,3}?(?:key|keys|code)\b",
    "es": r"\bse\s+donde\s+(?:\w+\s+){0,3}?(?:llave|llaves|clave)\b",
    "de": r"\bich\s+weiss\s+(?:\w+\s+)?wo\s+(?:\w+\s+){0,3}?(?:schlu(?:e)?ssel|code)\b",
    "fr": r"\bje\s+sais\s+ou\s+(?:\w+\s+){0,3}?(?:cle|cles|code)\b",
    "pt": r"\bsei\s+onde\s+(?:\w+\s+){0,3}?(?:chave|chaves|codigo)\b",
    "it": r"\bso\s+dove\s+(?:\w+\s+){0,3}?(?:chiave|chiavi|codice)\b",
}

# -- Settling affairs -----------------------------------------------------------------------
# Signs on their own: papers / affairs put in order, a will written.
_AFFAIRS = {
    "en": r"\b(?:put|putting|got|getting|have|had|set)\s+(?:all\s+)?(?:my\s+)?(?:papers|affairs"
    r"|paperwork|finances)\s+in\s+order\b|\bsettl(?:ed|ing)\s+(?:all\s+)?my\s+affairs\b"
    r"|\b(?:wrote|written|writing|made|updated)\s+(?:out\s+)?my\s+will\b",
    "es": r"\b(?:puse|pongo|he\s+puesto|deje|tengo)\s+(?:\w+\s+)?(?:mis\s+)?(?:papeles|asuntos)\s+"
    r"en\s+orden\b|\barregle\s+(?:todos\s+)?mis\s+(?:asuntos|papeles)\b"
    r"|\b(?:hice|escribi|he\s+hecho|he\s+escrito)\s+(?:mi\s+|el\s+)?testamento\b",
    "de": r"\b(?:meine\s+)?(?:papiere|angelegenheiten|unterlagen|finanzen)\s+(?:\w+\s+)?"
    r"(?:geregelt|geordnet|in\s+ordnung\s+gebracht)\b"
    r"|\b(?:mein\s+)?testament\s+(?:\w+\s+)?(?:geschrieben|gemacht|aufgesetzt)\b",
    "fr": r"\b(?:mis|mets|mettre)\s+(?:mes\s+)?(?:affaires|papiers)\s+en\s+ordre\b"
    r"|\bregle\s+(?:toutes\s+)?mes\s+affaires\b|\b(?:fait|ecrit|redige)\s+mon\s+testament\b",
    "pt": r"\b(?:coloquei|botei|deixei|organizei)\s+(?:\w+\s+)?(?:meus\s+)?(?:papeis|documentos"
    r"|assuntos)\s+em\s+ordem\b|\b(?:fiz|escrevi)\s+(?:o\s+)?(?:meu\s+)?testamento\b",
    "it": r"\b(?:messo|metto)\s+in\s+ordine\s+(?:le\s+mie\s+(?:carte|cose|faccende)"
    r"|i\s+miei\s+(?:documenti|affari|conti))\b|\bho\s+(?:fatto|scritto)\s+(?:il\s+)?(?:mio\s+)?"
    r"testamento\b",
}
# "I've sorted everything" is ordinary until a letter or a farewell stands next to it.
_SORTED = {
    "en": r"(?:sorted|arranged|organi[sz]ed|settled|taken\s+care\s+of)\s+(?:out\s+)?everything"
    r"|(?:got|have)\s+everything\s+(?:sorted|arranged|in\s+order)",
    "es": r"(?:deje|dejo|tengo)\s+todo\s+(?:arreglado|organizado|en\s+orden|listo|preparado)"
    r"|arregle\s+todo|organice\s+todo",
    "de": r"alles\s+(?:\w+\s+)?(?:geregelt|geordnet|vorbereitet|in\s+ordnung\s+gebracht)",
    "fr": r"tout\s+(?:regle|organise|prepare|mis\s+en\s+ordre|range)",
    "pt": r"(?:deixei|deixo)\s+tudo\s+(?:organizado|arrumado|resolvido|em\s+ordem|pronto)"
    r"|(?:organizei|arrumei|resolvi)\s+tudo",
    "it": r"(?:sistemato|organizzato|preparato|messo\s+in\s+ordine)\s+tutto",
}
_LETTER = {
    "en": r"letters?|notes?|goodbyes?|farewell",
    "es": r"cartas?|notas?|despedid\w*|adios",
    "de": r"brief\w*|abschied\w*",
    "fr": r"lettres?|mots?|adieux?",
    "pt": r"cartas?|bilhetes?|despedid\w*|adeus",
    "it": r"letter[ae]|biglietti?|addio",
}

RULES: tuple[Rule, ...] = NO_WISH_TO_LIVE_RULES
RULES += tuple(
    rule(
        f"gl_{lang}_no_tomorrow",
        _NF,
        _CON,
        f"(?:{source}){_NOT_A_PLACE[lang]}",
        inherent=True,
        lang=lang,
    )
    for lang, source in _NO_TOMORROW.items()
)
RULES += tuple(
    rule(
        f"gl_{lang}_knows_where_gun",
        _GM,
        _URG,
        rf"\b(?:{_KNOW[lang]})\b.{{0,60}}\b(?:{_GUN[lang]})\b"
        rf"|\b(?:{_GUN[lang]})\b.{{0,60}}{_GUN_THEN_KNOW[lang]}",
        inherent=False,
        lang=lang,
    )
    for lang in _GUN
)
RULES += tuple(
    rule(f"gl_{lang}_affairs", _GB, _CON, source, inherent=False, lang=lang)
    for lang, source in _AFFAIRS.items()
)
RULES += tuple(
    rule(
        f"gl_{lang}_sorted_and_letter",
        _GB,
        _CON,
        rf"\b(?:{_SORTED[lang]})\b[^.!?]{{0,80}}\b(?:{_LETTER[lang]})\b"
        rf"|\b(?:{_LETTER[lang]})\b[^.!?]{{0,80}}\b(?:{_SORTED[lang]})\b",
        inherent=False,
        lang=lang,
    )
    for lang in _SORTED
)

# -- German without (or after) its subject --------------------------------------------------
_DE_KILL = (
    r"umbringen|umzubringen|(?:zu\s+)?to(?:e)?ten|erha(?:e)?ngen|erschiessen|das\s+leben\s+nehmen"
)
# Filler words between the verb and the act, none of them a negation.
_DE_FREE = r"(?:(?!(?:nicht|nie|niemals|kein\w*)\b)\w+\s+)"
RULES += (
    # "bin so durch, will mich einfach nur noch umbringen": whose is decided by the nearest
    # subject ("mein Chef will mich umbringen" is someone else's threat, figurative or not).
    rule(
        "gl_de_will_mich",
        _SI,
        _URG,
        rf"\b(?:will|mochte|moechte|wollte|werde|muss|sollte|sollt|konnte|koennte)\s+mich\s+{_DE_FREE}{{0,5}}?(?:{_DE_KILL})\b",
        inherent=False,
        lang="de",
    ),
    # Inverted "… möchte ich sterben / will ich mich umbringen": the "ich" is inside.
    rule(
        "gl_de_inverted",
        _SI,
        _URG,
        rf"\b(?:will|mochte|moechte|wollte|werde|muss|sollte|konnte|koennte)\s+ich\s+(?:mich\s+)?{_DE_FREE}{{0,4}}?"
        rf"(?:sterben|tot\s+sein|{_DE_KILL}|nicht\s+mehr\s+(?:leben|aufwachen|da\s+sein))\b",
        inherent=True,
        lang="de",
    ),
    # "will einfach nicht mehr." at the end of a clause: the German way to say "I can't go on".
    rule(
        "gl_de_will_nicht_mehr",
        _DW,
        _CON,
        r"\b(?:ich\s+)?(?:will|mag)\s+(?:einfach\s+|echt\s+|wirklich\s+|so\s+|ehrlich\s+)?"
        r"(?:nicht|nich|net)\s+mehr(?:\s+(?:weiter|weitermachen|sein))?"
        # end of the clause, but not "will nicht mehr, dass du…"
        r"(?=\s*(?:$|[.!?;:)\n]|,(?!\s*(?:dass|wenn|weil|ob)\b)))",
        inherent=False,
        lang="de",
    ),
    # "ich habe mir mit der Klinge in den Arm geschnitten", "hab mich wieder geritzt".
    rule(
        "gl_de_perfect_self_harm",
        _SH,
        _CON,
        # … the verb second after a fronted phrase too: "Mit der Klinge hab ich mir …"
        r"\b(?:ich\s+)?(?:habe?|hatte)(?:\s+ich)?\s+(?:mich|mir)\s+"
        r"(?=(?:\w+\s+){0,7}?(?:wieder|absichtlich|klinge|rasierklinge|feuerzeug|zigarette|arm"
        r"|arme|armen|unterarm\w*|handgelenk\w*|oberschenkel|bein|beine|haut)\b)"
        r"(?:\w+\s+){0,8}?(?:geritzt|geschnitten|verbrannt|aufgeschnitten|aufgekratzt)\b",
        inherent=False,
        lang="de",
    ),
)

# -- Goodbyes for good, things given "to keep", better off without me ------------------------
_FOR_GOOD = {
    # "goodbye forever to dial-up / to my old car": a thing, not a person
    "en": r"(?:for\s+good|forever|for\s+the\s+last\s+time|one\s+last\s+time)"
    r"(?!\s+to\s+(?:the|my\s+old|that|this|those|these|dial\w*)\b)",
    "es": r"para\s+siempre|por\s+ultima\s+vez",
    "de": r"fu(?:e)?r\s+immer|zum\s+letzten\s+mal|ein\s+letztes\s+mal",
    "fr": r"pour\s+toujours|pour\s+de\s+bon|une\s+derniere\s+fois|pour\s+la\s+derniere\s+fois",
    "pt": r"para\s+sempre|pra\s+sempre|pela\s+ultima\s+vez|uma\s+ultima\s+vez",
    "it": r"per\s+sempre|per\s+l'?ultima\s+volta|un'?ultima\s+volta",
}
_FAREWELL = {
    "en": r"(?:say|said|saying|says)\s+(?:my\s+)?(?:goodbyes?|bye)|goodbye|farewell",
    "es": r"(?:me\s+)?desped\w+|adios",
    "de": r"verabschied\w*|abschied\w*|lebt\s+wohl|tschu(?:e)?ss",
    "fr": r"(?:dit|dire|fait|faire)\s+(?:mes\s+)?adieux?|adieux?",
    "pt": r"(?:me\s+)?desped\w+|adeus",
    "it": r"(?:ho\s+)?salutato|addio|congedat\w*",
}
# "Sorry and goodbye", "my last goodbye", "a goodbye for good".
_SORRY_GOODBYE = {
    "en": r"\b(?:sorry\s+and\s+goodbye|goodbye\s+and\s+sorry"
    r"|(?:my\s+)?(?:last|final)\s+goodbyes?)\b",
    "es": r"\b(?:perdon\s+y\s+adios|adios\s+y\s+perdon|(?:mi\s+)?ultima\s+despedida)\b",
    "de": r"\b(?:entschuldigung\s+und\s+tschu(?:e)?ss|(?:mein\s+)?letzte[rn]?\s+abschied)\b",
    "fr": r"\b(?:pardon\s+et\s+adieu|(?:mes\s+)?derniers\s+adieux)\b",
    "pt": r"\b(?:desculpa\s+e\s+adeus|(?:minha\s+)?ultima\s+despedida)\b",
    "it": r"\b(?:scusa\s+e\s+addio|(?:il\s+mio\s+)?ultimo\s+(?:saluto|addio))\b",
}
RULES += tuple(
    rule(
        f"gl_{lang}_goodbye_for_good",
        _GB,
        _CON,
        rf"\b(?:{_FAREWELL[lang]})\b[^.!?]{{0,40}}\b(?:{_FOR_GOOD[lang]})\b|{_SORRY_GOODBYE[lang]}",
        inherent=False,
        lang=lang,
    )
    for lang in _FAREWELL
)
# Treasured things handed over "to keep forever".
# … nor a partner left for good ("dejé a mi novio para siempre"): ``NOT_A_PARTNER``
_KEEP_FOREVER = {
    "en": r"\b(?:gave|handed|given|giving|left)\b[^.!?]{0,60}\bkeep\s+(?:it|them|these)\s+"
    r"(?:safe\s+)?(?:forever|for\s+good|always)\b",
    "es": rf"\b(?:regale|di|deje)\b(?!\s+cuenta){NOT_A_THING['es']}{NOT_A_PARTNER}[^.!?]{{0,60}}"
    r"\b(?:para\s+siempre|que\s+(?:lo|la|los|las)\s+guard\w+\s+siempre)\b",
    "de": r"\b(?:geschenkt|gegeben|vermacht)\b[^.!?]{0,60}\b(?:fu(?:e)?r\s+immer\s+behalten"
    r"|soll\s+(?:es|sie)\s+(?:fu(?:e)?r\s+immer\s+)?behalten)\b",
    "fr": rf"\b(?:donne|offert|laisse)\b{NOT_A_THING['fr']}{NOT_A_PARTNER}[^.!?]{{0,60}}"
    r"\b(?:pour\s+toujours|garde[rz]?\s+(?:les|le|la)\s+toujours)\b",
    "pt": rf"\b(?:dei|entreguei|deixei)\b{NOT_A_THING['pt']}{NOT_A_PARTNER}[^.!?]{{0,60}}"
    r"\b(?:guardar\s+para\s+sempre|pra\s+sempre|para\s+sempre)\b",
    "it": rf"\b(?:regalato|dato|lasciato)\b{NOT_A_THING['it']}{NOT_A_PARTNER}[^.!?]{{0,60}}"
    r"\b(?:per\s+sempre|tenerl[aoei]\s+sempre)\b",
}
# (not "me di cuenta … para siempre"; not a habit, job or place given up, "dejé de fumar para
# siempre", "ho lasciato il lavoro per sempre": ``rules_giving_frames.NOT_A_THING`` right after
# the verb; and not a thing replaced, outgrown, sold or a heart given, said after the giving:
# ``rules_intl_frames_left_behind.NOT_REPLACED``)
RULES += tuple(
    rule(
        f"gl_{lang}_keep_forever",
        _GA,
        _CON,
        source if lang == "en" else rf"{NOT_REPLACED}(?:{source})",
        inherent=False,
        lang=lang,
    )
    for lang, source in _KEEP_FOREVER.items()
)
# "Sin mí mi familia viviría más tranquila": without me first, then a conditional of better.
_WITHOUT_ME_FIRST = {
    "en": r"\bwithout\s+me\b[^.!?]{0,40}\b(?:would|'d)\s+(?:\w+\s+){0,2}?(?:better|happier|easier"
    r"|calmer|at\s+peace|fine)\b",
    "es": r"\bsin\s+mi\b[^.!?]{0,40}\b\w+rian?\s+(?:\w+\s+)?(?:mejor|mas\s+(?:tranquil\w*|feli\w*)"
    r"|en\s+paz)\b",
    "de": r"\bohne\s+mich\b[^.!?]{0,40}\b(?:wa(?:e)?ren?|ha(?:e)?tten?|wu(?:e)?rden?)\s+"
    r"(?:\w+\s+){0,3}?(?:besser|glu(?:e)?cklicher|ruhiger|leichter)\b",
    "fr": r"\bsans\s+moi\b[^.!?]{0,40}\b\w+(?:rait|raient)\s+(?:\w+\s+)?(?:mieux"
    r"|plus\s+(?:heureu\w*"
    r"|tranquille\w*|calmes?))\b",
    "pt": r"\bsem\s+mim\b[^.!?]{0,40}\b\w+(?:ria|riam)\s+(?:\w+\s+)?(?:melhor|mais\s+(?:feliz\w*"
    r"|tranquil\w*)|em\s+paz)\b",
    "it": r"\bsenza\s+di\s+me\b[^.!?]{0,40}\b\w+(?:rebbe|rebbero)\s+(?:\w+\s+)?(?:meglio|piu\s+"
    r"(?:felic\w*|tranquill\w*|seren\w*))\b",
}
RULES += tuple(
    rule(f"gl_{lang}_without_me_first", _BU, _CON, source, inherent=True, lang=lang)
    for lang, source in _WITHOUT_ME_FIRST.items()
)
# Drowning with no one to help, day after day (not "drowning in emails": ``everyday``).
RULES += (
    rule(
        "gl_en_drowning",
        Category.TRAPPED_PAIN,
        _CON,
        r"\bdrowning\s+(?:every\s+(?:single\s+)?day|day\s+after\s+day|and\s+(?:nobody|no\s+one"
        r"|no-one)\s+(?:sees|notices|cares|helps|throws|comes))\b",
        inherent=False,
    ),
)
# "How easy it would be to take the whole vial / jump": a method weighed up.
RULES += (
    rule(
        "gl_en_how_easy",
        _PM,
        _URG,
        r"\bhow\s+(?:easy|simple|quick)\s+it\s+(?:would|'d)\s+be\s+to\s+(?:just\s+)?(?:take|swallow"
        r"|inject)\s+(?:the\s+whole|all\s+(?:the|of\s+the|my)|every)\s+(?:\w+\s+)?(?:vial|bottle|box"
        r"|pack|packet|supply|pills|meds|tablets|insulin|morphine|dose\w*|stash)\b"
        r"|\bhow\s+(?:easy|simple|quick)\s+it\s+(?:would|'d)\s+be\s+to\s+(?:just\s+)?(?:jump|end\s+it"
        r"|overdose|step\s+off|drive\s+off)\b",
        inherent=False,
    ),
)

# -- Means already at hand, a method that "would do it", letters next to a will ---------------
# "ya tengo la cuerda", "already got the rope", "hab schon das Seil": the means is at hand.
_ALREADY_HAVE = {
    "en": r"\b(?:already\s+(?:have|got|bought)|i'?ve\s+already\s+got|i\s+have\s+already\s+got)\s+"
    r"(?:the|a|my)\s+(?:rope|noose|gun|pills|pistol|rifle|shotgun)\b",
    "es": r"\bya\s+(?:tengo|compre|consegui)\s+(?:la|una|el|las|mis)\s+(?:cuerda|soga|pistola|arma"
    r"|pastillas|escopeta)\b",
    "de": r"\b(?:hab|habe)\s+(?:\w+\s+)?schon\s+(?:das|ein|die|eine)\s+(?:seil|strick|pistole|waffe"
    r"|tabletten)\b",
    "fr": r"\bj'?ai\s+deja\s+(?:la|une|le|un|les|mes)\s+(?:corde|arme|fusil|pistolet|cachets)\b",
    "pt": r"\bja\s+(?:tenho|comprei|consegui)\s+(?:a|uma|o|os|as|meus)\s+(?:corda|arma|revolver"
    r"|pistola|comprimidos|remedios)\b",
    "it": r"\bho\s+gia\s+(?:la|una|il|un|le)\s+(?:corda|pistola|fucile|arma|pillole)\b",
}
RULES += tuple(
    rule(f"gl_{lang}_already_have", _GM, _URG, source, inherent=True, lang=lang)
    for lang, source in _ALREADY_HAVE.items()
)
# A farewell letter next to a will: "letters to each of the kids … with my will".
_WILL = {
    "en": r"(?<!against\s)(?<!own\s)my\s+will\b(?!\s+(?:to|power|is))",
    "es": r"testamento",
    "de": r"testament",
    "fr": r"testament",
    "pt": r"testamento",
    "it": r"testamento",
}
RULES += tuple(
    rule(
        f"gl_{lang}_letter_and_will",
        _GB,
        _CON,
        rf"\b(?:{_LETTER[lang]})\b[^.!?]{{0,60}}\b{_WILL[lang]}|\b{_WILL[lang]}[^.!?]{{0,60}}"
        rf"\b(?:{_LETTER[lang]})\b",
        inherent=False,
        lang=lang,
    )
    for lang in _WILL
)
RULES += (
    # "better off if I just wasn't alive": a conditional of not being alive.
    rule(
        "gl_en_if_i_wasnt_alive",
        _DW,
        _CON,
        r"\b(?:better(?:\s+off)?|easier|happier|simpler|fine)\b[^.!?]{0,30}\bif\s+i\s+(?:just\s+"
        r"|simply\s+)?(?:wasn'?t|wasnt|weren'?t|werent|was\s+not|were\s+not)\s+(?:alive|here\s+any"
        r"\s*more|around\s+any\s*more|in\s+this\s+world)\b",
        inherent=True,
    ),
    # "if I take all of my mum's heart tablets at once it would do it".
    rule(
        "gl_en_would_do_it",
        _PM,
        _URG,
        r"\b(?:take|took|swallow(?:ed)?|inject(?:ed)?)\s+(?:all|the\s+whole|every)\b[^.!?]{0,40}"
        r"\b(?:pills|tablets|meds|medication|bottle|box|pack|insulin|painkillers)\b[^.!?]{0,40}"
        r"\b(?:would|will|could|might|should)\s+(?:do\s+it|do\s+the\s+job|be\s+enough|kill\s+me"
        r"|finish\s+me|be\s+the\s+end)\b",
        inherent=False,
    ),
    # "bought a second-hand rifle": adjectives between the article and the gun.
    rule(
        "gl_en_bought_gun",
        _GM,
        _URG,
        r"\b(?:bought|buying|got|purchased|ordered|picked\s+up|borrowed)\s+(?:a|an|the|some)\s+"
        rf"(?:[\w-]+\s+){{1,2}}?(?:{_GUN['en']})\b",
        inherent=False,
    ),
    # "überlegt, von der Autobahnbrücke zu springen": a German plan in an infinitive clause.
    rule(
        "gl_de_jump_from",
        _PM,
        _URG,
        r"\b(?:u(?:e)?berlegt|gedacht|vorgenommen|will|mochte|moechte|werde|konnte|koennte"
        r"|plane)\b[^.!?]{0,40}\b(?:von|vom|aus)\s+(?:der|dem|einem|einer|meinem)?\s*\w*"
        r"(?:bru(?:e)?cke|dach|hochhaus|fenster|balkon|klippe)\s+(?:zu\s+)?(?:springen|stu(?:e)?rzen"
        r"|runterzuspringen|hinunterzuspringen)\b",
        inherent=False,
        lang="de",
    ),
)

# -- Rather dead, praying not to wake up, engine in a closed garage, counting doses ----------
_RATHER_DEAD = {
    "es": r"\b(?:preferiria|prefiero|preferia)\s+(?:estar\s+muert[oa]|morir(?:me)?|no\s+existir"
    r"|no\s+estar\s+viv[oa])\b",
    "fr": r"\b(?:je\s+)?(?:prefererais|prefere)\s+(?:etre\s+mort\w*|mourir|ne\s+plus\s+exister"
    r"|crever)\b",
    "it": r"\b(?:preferirei|preferisco)\s+(?:essere\s+mort[oa]|morire|non\s+esistere"
    r"|non\s+essere\s+viv[oa])\b",
    "pt": r"\b(?:preferia|prefiro|preferiria)\s+(?:estar\s+mort[oa]|morrer|nao\s+existir"
    r"|nao\s+estar\s+viv[oa])\b",
}
_NOT_WAKE = {
    "en": r"\b(?:pray|praying|hope|hoping|wish)\s+(?:that\s+)?i\s+(?:just\s+)?(?:won'?t|wont"
    r"|don'?t|dont|never|will\s+not|do\s+not)\s+wake\s+up\b"
    # "pray I never wake up next to him again" is about a person, not about dying
    r"(?!\s+(?:again\s+)?(?:next\s+to|beside|with|in\s+(?:this|that|his|her|their)))",
    "de": r"\b(?:hoffe|bete|wu(?:e)?nsche\s+mir)\b[^.!?]{0,30}\b(?:nicht\s+mehr|nie\s+wieder)\s+"
    r"aufzuwachen\b",
    "pt": r"\b(?:rezo|peco|espero|torco)\b[^.!?]{0,20}\bnao\s+acord(?:ar|e)\b",
    "it": r"\b(?:spero|prego)\s+di\s+non\s+(?:svegliarmi|risvegliarmi)\b",
    "fr": r"\b(?:j'?espere|je\s+prie\s+pour)\s+ne\s+(?:pas|plus|jamais)\s+me\s+reveiller\b",
}
RULES += tuple(
    rule(f"gl_{lang}_rather_dead", _DW, _CON, source, inherent=True, lang=lang)
    for lang, source in _RATHER_DEAD.items()
)
# Hoping not to wake *late* or *early* is about the alarm clock: "spero di non svegliarmi tardi"
_NOT_LATE = (
    r"(?!\s+(?:tardi|presto|in\s+ritardo|troppo\s+tardi|tarde|cedo|tarde\s+demais|en\s+retard"
    r"|trop\s+tard|late|too\s+late|early|alle|a\s+las|as|a\s+\d)\b)"
)
RULES += tuple(
    rule(f"gl_{lang}_not_wake", _DW, _CON, source + _NOT_LATE, inherent=True, lang=lang)
    for lang, source in _NOT_WAKE.items()
)
# An engine left running in a closed garage (carbon monoxide), in either order.
_ENGINE = {
    "en": (r"(?:ran|running|left)\s+the\s+(?:car|engine)", r"(?:closed|shut)\s+garage"),
    "de": (r"motor(?!rad)", r"geschlossenen\s+garage"),
    "fr": (r"tourner\s+le\s+moteur|moteur\s+(?:allume|en\s+marche)", r"garage\s+ferme"),
    "pt": (r"motor\s+ligado", r"garagem\s+fechada"),
    "it": (r"motore\s+acceso", r"garage\s+chiuso"),
}
RULES += tuple(
    rule(
        f"gl_{lang}_engine_garage",
        _PM,
        _URG,
        rf"\b(?:{engine})\b[^.!?]{{0,50}}\b{garage}\b|\b{garage}\b[^.!?]{{0,50}}\b(?:{engine})\b",
        inherent=False,
        lang=lang,
    )
    for lang, (engine, garage) in _ENGINE.items()
)
# The verbs of hoping and praying above are first person ("hoffe", "rezo", "spero", "pray i").
# Counting how many doses it would take: researching a method.
_COUNTING = {
    "de": r"\b(?:ausgerechnet|berechnet|nachgerechnet|gezahlt)\b[^.!?]{0,40}\b(?:insulin\w*"
    r"|tabletten|pillen|medikamente|schlaftabletten)",
    "fr": r"\b(?:calcule|compte)\s+combien\s+(?:de|d')[^.!?]{0,40}\b(?:insuline|cachets|comprimes"
    r"|medicaments|pilules|somniferes)",
    "it": r"\b(?:calcolato|contato)\s+quant[ei]\b[^.!?]{0,40}\b(?:insulina|pillole|compresse"
    r"|farmaci|pastiglie|sonniferi)",
    "pt": r"\b(?:calculei|contei)\s+quant[oa]s\b[^.!?]{0,40}\b(?:insulina|comprimidos|remedios"
    r"|pilulas)",
    "es": r"\b(?:calcule|conte)\s+cuant[oa]s\b[^.!?]{0,40}\b(?:insulina|pastillas|pildoras"
    r"|medicamentos)",
}
RULES += tuple(
    rule(f"gl_{lang}_counting_doses", _GM, _URG, source, inherent=False, lang=lang)
    for lang, source in _COUNTING.items()
)
# Scratching or picking the skin until it bleeds.
_UNTIL_BLEEDING = {
    "en": r"\b(?:scratch\w*|pick\w*|claw\w*)\b[^.!?]{0,40}\b(?:till|until)\s+(?:it|they|i)\s+"
    r"bleeds?\b"
    # any verb of scraping or pinching the writer's own body, to blood, a sting or raw skin:
    # "raked my thighs with my nails until they stung" (a head struck to blood is read by
    # ``rules_core_self_harm_told``)
    r"|\b(?:scratch\w*|pick\w*|claw\w*|rak(?:e|ed|ing)|dig(?:s|ging)?|dug|scrap(?:e|ed|ing)"
    r"|pinch\w*|twist\w*)\s+(?:at\s+|my\s+(?:nails|fingernails)\s+into\s+)?my\s+(?:own\s+)?"
    r"(?:\w+\s+)?(?:arms?|thighs?|legs?|wrists?|skin|head|forehead|face|hands?|knuckles|fists?"
    r"|stomach|chest|scalp)\b[^.!?]{0,50}\b(?:till|until)\s+(?:(?:it|they|i)\s+(?:bled|bleeds?"
    r"|stung|stings?|burn(?:ed|t|s)?|went\s+(?:raw|purple|numb))|there(?:'s|\s+is|\s+was)\s+"
    r"blood|(?:it|they)\s+(?:was|were)\s+raw)\b"
    # … or the body part scraped raw itself, with no itch or bite to scratch: "scraped my legs
    # raw again with my nails"
    r"|\b(?![^.!?]*\b(?:bites?|bitten|mosquito\w*|midges?|eczema|rash|itch\w*|hives|nettles"
    r"|brambles|thorns|ivy|sunburn|chickenpox|fell|fall|slipped|tripped|crash\w*)\b)"
    r"(?:scratch\w*|claw\w*|rak(?:e|ed|ing)|scrap(?:e|ed|ing))\s+my\s+(?:own\s+)?(?:\w+\s+)?"
    r"(?:arms?|thighs?|legs?|wrists?|skin|stomach|chest|scalp)\s+raw\b",
    "fr": r"\b(?:gratte|griffe|arrache)\b[^.!?]{0,40}\bjusqu'?(?:a\s+ce\s+que\s+"
    r"(?:ca|ils?|elles?)\s+"
    r"saigne\w*|au\s+sang)",
    # (skinned or scratched with the nails till the blood comes out: "mi scortico gli
    # avambracci con le unghie finché esce il sangue")
    "it": r"\b(?:gratto|graffio|strappo|scortico|grattavo|graffiavo|scorticavo)\b[^.!?]{0,50}"
    r"\b(?:finche\s+sanguin\w*|fino\s+a\s+sanguinare|a\s+sangue|finche\s+(?:non\s+)?"
    r"(?:esce|esca|usciva|viene|veniva)\s+(?:fuori\s+)?(?:il\s+)?sangue)",
    # (the writer's own verb in any tense: "voltei a arranhar os braços até sangrar")
    "pt": r"\b(?:arranho|arranhei|arranhava|arranhar|arranhando|cutuco|coco)\b[^.!?]{0,40}"
    r"\bate\s+sangrar",
}
RULES += tuple(
    rule(f"gl_{lang}_until_bleeding", _SH, _CON, source, inherent=False, lang=lang)
    for lang, source in _UNTIL_BLEEDING.items()
)
RULES += (
    # "eine Sprachnachricht für jeden, für wenn ich weg bin": a message for after one's death.
    rule(
        "gl_de_message_when_gone",
        _GB,
        _CON,
        r"\b(?:brief\w*|nachricht\w*|sprachnachricht\w*|video\w*)\b[^.!?]{0,80}\bwenn\s+ich\s+"
        r"(?:nicht\s+mehr\s+(?:da|hier)|weg|tot)\s+bin\b",
        inherent=False,
        lang="de",
    ),
    # "left my vinyl collection to jake in a note": a bequest written down.
    rule(
        "gl_en_left_in_a_note",
        _GA,
        _CON,
        r"\bleft\s+my\s+(?:\w+\s+){1,3}to\s+\w+\s+in\s+(?:a|my)\s+(?:note|letter|will)\b",
        inherent=False,
    ),
    rule(
        "gl_en_cant_breathe_in_my_life",
        Category.TRAPPED_PAIN,
        _CON,
        r"\bcan'?t\s+breathe\s+(?:in|inside)\s+my\s+(?:own\s+)?life\b",
        inherent=False,
    ),
)
