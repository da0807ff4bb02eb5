"""Explicit statements and past attempts, written as grammar rather than as phrases.

Why: phrase lists caught only 50-80 % of each new round of wording. A statement of suicidal
intent has a small grammar in every language: a first-person *desire, intent or plan* word
("want", "wanna", "thinking about", "ganas de", "keinen Bock mehr", "j'ai envie de", "vontade
de", "ho voglia di"), up to three free words ("just", "honestly", "ya", "einfach", "juste"),
and an *object* from the family of dying ("die", "kill myself", "end it all", "not wake up",
"stop existing", "morirme", "mich umbringen", "en finir", "me matar", "farla finita"). Each rule
below is one such family per language; the slots are listed once so new wording in the same
grammar is caught without a new rule. The free words may not be a negation ("I don't want
to die" is cleared by the negation module; "want *not* to die" must not match at all).

Past attempts follow the same idea: a first-person past verb of attempting, overdosing or
swallowing a whole supply of medicine, or the hospital words that follow one.

Text is case- and accent-folded before matching, so patterns are written without accents.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule
from neuroleaf_desktop.domain.safety.rules_en_words import MEDS
from neuroleaf_desktop.domain.safety.rules_es import ALL_OF_IT
from neuroleaf_desktop.domain.safety.rules_intl_frames_way_out import NOT_BY_MISTAKE

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_URG, _CON = Severity.URGENT, Severity.CONCERN


def _free(negations: str, most: int = 3) -> str:
    """Up to ``most`` filler words, none of them a negation."""
    return rf"(?:(?!(?:{negations})\b)[\w']+\s+){{0,{most}}}?"


# -- English -------------------------------------------------------------------------------
_EN_NEG = r"not|never|no|dont|don't|nt|without|n't"
_EN_DESIRE = (
    # ("we're all going to die": everyone's mortality, not a wish)
    r"want(?:ed|s)?|wanna|wish(?:ed|ing)?|would\s+rather|i'?d\s+rather|rather|ready"
    r"|(?<!\ball\s)going|(?<!\ball\s)gonna"
    r"|plan(?:ning|ned)?|decided|deciding|(?:think(?:ing)?|thought)\s+(?:about|of|abt)|considering"
    r"|contemplating"
    r"|tempted|urges?|longing|long|need|about\s+to|choose|chose|agreed|might"
)
_EN_WISH = (
    # ("die my hair red" is a misspelt dye)
    # ("want to dance till I die": a measure of time, not the wish)
    # ("Plan für die Woche": German "die" is an article after a preposition)
    r"(?<!till\si\s)(?<!until\si\s)(?<!til\si\s)(?<!\bfur\s)(?<!\bfuer\s)(?<!\bauf\s)"
    r"(?<!\buber\s)(?<!\bueber\s)(?<!\bdurch\s)(?<!\bgegen\s)(?<!\bohne\s)(?<!\bund\s)die(?!\s+(?:of|from|laughing|when|if|for|in\s+(?:a|the|my|his|her)|on|at|with|inside|alone"
    r"|happy|old|young|rich|before|after|a\s+little|than|(?:my|her|his|your|it)\s+(?:\w+\s+)?hair"
    # ("i'm going to die one day": mortality, not a wish)
    r"|some\s*day|one\s+day|eventually|sooner\s+or\s+later|anyway\s+(?:so|might)))"
    # ("dead tired", "dead on my feet" are tired, not dead)
    r"|dying(?!\s+(?:of|from|to|laughing))|(?:be|being)\s+dead(?!\s+(?:tired|on\s+my\s+feet|beat)\b)"
    r"|not\s+(?:be\s+)?(?:alive|exist)"
    # ("stop living in fear / like this" is a wish for a change, not to be dead)
    r"|not\s+wake\s+up|never\s+wake\s+up|stop\s+(?:existing|breathing)|not\s+existing"
    r"|stop\s+living(?!\s+(?:in|like|with|on|off|for|at|under|paycheck|pay\s+cheque)\b)"
    r"|disappear(?:ing)?\s+(?:forever|for\s+good|permanently)|be\s+gone\s+(?:forever|for\s+good)"
)
_EN_DIE = (
    r"kill(?:ing)?\s+my\s*self|kms|unalive(?:\s+my\s*self)?|sewerslide|suicide"
    r"|commit(?:ting)?\s+suicide|off(?:ing)?\s+my\s*self"
    r"|end(?:ing)?\s+(?:it\s+all|it(?=\s*(?:$|[.!,;]|\s+(?:tonight|today|now|soon|tn|rn|fr|already"
    r"|for\s+good|this\s+week(?:end)?)))|my\s+(?:own\s+)?life|everything|my\s+life)"
    r"|take\s+my\s+(?:own\s+)?life|taking\s+my\s+(?:own\s+)?life"
)

# -- Spanish -------------------------------------------------------------------------------
_ES_NEG = r"no|nunca|jamas|ni"
_ES_DESIRE = (
    r"quiero|quisiera|queria|voy\s+a|vamos\s+a|pienso\s+en|pense\s+en|pensando\s+en|he\s+pensado"
    r"(?:\s+en)?|ganas\s+de|prefiero|preferiria|necesito|deseo|decidi|planeo|me\s+gustaria|ojala\s+pudiera"
    r"|tentad[oa]\s+de|a\s+punto\s+de|hart[oa]\s+de|cansad[oa]\s+de|chat[oa]\s+de"
)
# dying coordinated after melting or roasting is the heat's hyperbole: "me voy a derretir y a morir"
_ES_HEAT_THEN = "".join(
    rf"(?<!\b{verb}\sy\s)(?<!\b{verb}\sy\sa\s)"
    for verb in ("derretir", "derretirme", "asar", "asarme", "cocer", "cocerme", "achicharrar")
)
_ES_DIE = (
    rf"{_ES_HEAT_THEN}morir(?:me)?(?!\s+de\s+(?:la\s+|tanta\s+)?(?:risa|ganas|hambre|sueno|verguenza|calor|frio|amor)"
    r"|\s+de\s+lo\s+(?:bueno|rico|lindo|bonito|tierno|guapo|feliz))|matarme"
    r"|suicidarme|quitarme\s+la\s+vida|quitarme\s+de\s+(?:en\s+)?medio(?!\s+(?:de(?!\s+una\s+vez)|del|para)\b)|acabar\s+con\s+(?:"
    + ALL_OF_IT
    + r"|mi\s+vida)|terminar\s+con\s+(?:"
    + ALL_OF_IT
    + r"|mi\s+vida)|desaparecer\s+para\s+siempre|no\s+despertar(?:me)?"
    r"|dejar\s+de\s+(?:existir|vivir)"
    r"|no\s+existir|aventarme(?!\s+(?:un|una)\s+(?:clavado|chapuzon|carrera|viaje)\b|\s+a\s+la\s+(?:alberca|piscina)\b)|vivir|la\s+vida|existir|matar\s+a\s+mi\s+mism[oa]"
    # "colgarme la medalla", "tirarme en la cama / a la piscina" are not methods
    r"|colgarme(?!\s+(?:el|la|los|las|un|una|mi|mis|del|de\s+la)\b)"
    r"|tirarme(?!\s+(?:en|sobre)\b|\s+(?:a\s+la\s+piscina|al\s+agua|al\s+mar|al\s+sofa))"
)

# -- German --------------------------------------------------------------------------------
_DE_NEG = r"nicht|nie|niemals|kein|keine|keinen"
_DE_DESIRE = (
    r"will|mochte|moechte|wollte|werde|werd|wurde|wuerde|muss|plane|denke\s+(?:dran|daran)"
    r"|hab(?:e)?\s+vor|habe\s+beschlossen|hab\s+beschlossen|beschlossen|lust"
)
_DE_DIE = (
    r"sterben|tot\s+sein|mich\s+umbringen|umbringen|mich\s+(?:zu\s+)?to(?:e)?ten|mich\s+erha(?:e)?ngen"
    r"|mich\s+umzubringen|nicht\s+mehr\s+(?:(?:da|hier|am\s+leben)\s+)?(?:sein|leben|existieren"
    r"|aufwachen)|meinem\s+leben\s+ein\s+ende|mir\s+das\s+leben\s+(?:zu\s+)?nehmen|schluss\s+machen"
    r"(?!\s+mit\s+(?:ihm|ihr|dem|der))"
)

# -- French --------------------------------------------------------------------------------
_FR_NEG = r"pas|jamais|ne|n'|plus"
_FR_DESIRE = (
    r"(?:je\s+|j'?)(?:veux|voudrais|veut|aimerais|vais|pense|songe|prefererais|compte|reve|ai\s+envie"
    r"|ai\s+decide|ai\s+hate)|envie|hate|besoin|tente|tentee|decide"
)
_FR_DIE = (
    r"(?:de\s+|d'|a\s+)?(?:mourir(?!\s+de\s+(?:rire|faim|honte|envie|froid|chaud))|crever"
    r"|me\s+tuer|me\s+suicider|me\s+foutre\s+en\s+l'air"
    # "me supprimer" is the act; "me supprimer de Facebook / du groupe" deletes an account
    r"|me\s+supprimer(?!\s+(?:de|du|des|d')\b|\s+(?:sur|dans)\b)"
    r"|en\s+finir(?!\s+avec\b(?!\s+(?:(?:la|ma"
    # "en finir avec ma vie" is the act; "en finir avec ce dossier" is a task
    r"|cette)\s+vie|l'existence|moi)\b))|disparaitre\s+pour"
    r"\s+(?:de\s+bon|toujours)|(?:ne\s+)?(?:plus|jamais|pas)\s+me\s+reveiller|mettre\s+fin\s+a\s+"
    r"(?:mes\s+jours|ma\s+vie)|me\s+jeter\s+(?:sous|du|d'un|d'une|de\s+la|par|dans\s+le\s+vide)"
    r"|(?:ne\s+)?plus\s+(?:continuer\s+a\s+)?(?:vivre|exister|etre\s+la|etre\s+en\s+vie"
    # "je voudrais ne plus être vivant": being alive, said as an adjective
    r"|etre\s+vivante?s?)(?!\s+(?:a|en|avec|ici|chez|dans|sans"
    # (French, added for de/fr recall) "je veux plus vivre dans cet appart" is about a place
    r"|seule?|comme)\b))"
)

# -- Portuguese ----------------------------------------------------------------------------
_PT_NEG = r"nao|nunca|jamais|nem"
_PT_DESIRE = (
    r"quero|queria|vou|penso\s+em|pensei\s+em|pensando\s+em|vontade\s+de|prefiro|preferia|decidi"
    r"|preciso|desejo|gostaria\s+de|cansad[oa]\s+de|saco\s+cheio\s+de|a\s+ponto\s+de|tentad[oa]\s+a"
)
_PT_DIE = (
    r"morrer(?!\s+de\s+(?:tant[oa]\s+|muit[oa]\s+)?(?:rir|saudade|fome|vergonha|sono|calor|frio|amor"
    r"|vontade))|me\s+matar(?!\s+(?:de\s+(?:tanto\s+)?(?:estudar|trabalhar|rir)|estudando|trabalhando|a\s+(?:estudar|trabalhar)))"
    r"|matar-?me|me\s+suicidar|suicidar-?me|tirar\s+(?:a\s+)?minha\s+(?:propria\s+)?vida"
    r"|acabar\s+com\s+(?:tudo|a\s+minha\s+vida|minha\s+vida)|sumir\s+(?:pra|para)\s+sempre"
    r"|desaparecer\s+(?:pra|para)\s+sempre|nao\s+acordar|deixar\s+de\s+(?:existir|viver)"
    r"|nao\s+existir|me\s+jogar\s+(?!de\s+cabeca\s+(?:n|em)\w*|n[ao]s?\s+(?:piscina|mar|sofa|cama|chao|bracos|agua|festa|pista))(?:da|de|do|na|no|em|embaixo)"
    r"|viver|existir"
)

# -- Italian -------------------------------------------------------------------------------
_IT_NEG = r"non|mai|ne"
_IT_DESIRE = (
    r"voglio|vorrei|volevo|voglia\s+di|penso\s+di|penso\s+a|pensato\s+di|pensando\s+di|preferirei"
    r"|deciso\s+di|devo|desidero|mi\s+viene\s+da|stanc[oa]\s+di|stuf[oa]\s+di|sul\s+punto\s+di"
    r"|tentat[oa]\s+di"
)
_IT_DIE = (
    r"morire(?!\s+(?:dal|dalle|di)\s+(?:ridere|risate|fame|noia|vergogna|caldo|freddo|voglia))"
    r"|uccidermi|ammazzarmi|suicidarmi|togliermi\s+la\s+vita|farla\s+finita(?!\s+con)|finirla"
    r"(?!\s+con)|non\s+svegliarmi|buttarmi\s+(?:giu|dal|da|sotto|nel)|sparire\s+per\s+sempre"
    r"|non\s+esistere|smettere\s+di\s+(?:esistere|vivere)|uccidere\s+me\s+stess[oa]|vivere|esistere"
)


def _intent(lang: str, desire: str, die: str, neg: str) -> str:
    """Desire word, an optional preposition ("thinking *about*", "ganas *de*"), free words,
    then the dying object. ``lang`` names the grammar in error messages and tests."""
    preposition = r"(?:(?:about|of|abt|for|to|on|en|de|di|a|zu)\s+)?"
    return rf"\b(?:{desire})\s+{preposition}{_free(neg)}(?:to\s+)?(?:{die})\b"


RULES: tuple[Rule, ...] = (
    # First-person desire/intent + dying, per language. "want/will/möchte" are third person
    # too ("he wants to die"), so the nearest subject decides (inherent=False).
    # "want to die / be dead / not wake up" is the passive wish of the C-SSRS (concern);
    # killing oneself, suicide, ending one's life is active ideation (urgent).
    rule("g_en_wish", _DW, _CON, _intent("en", _EN_DESIRE, _EN_WISH, _EN_NEG), inherent=False),
    rule("g_en_intent", _SI, _URG, _intent("en", _EN_DESIRE, _EN_DIE, _EN_NEG), inherent=False),
    rule(
        "g_es_intent",
        _SI,
        _URG,
        _intent("es", _ES_DESIRE, _ES_DIE, _ES_NEG).replace(r"|vivir|la\s+vida|existir", "")
        + r"|\b(?:hart[oa]|cansad[oa]|chat[oa])\s+de\s+(?:vivir|la\s+vida|existir"
        # "harta de vivir en esta ciudad" is about the city
        r"|estar\s+viv[oa])\b(?!\s+(?:en|con|aqui|alli|asi\s+en|sol[oa])\b)",
        inherent=False,
        lang="es",
    ),
    rule(
        "g_de_intent",
        _SI,
        _URG,
        _intent("de", _DE_DESIRE, _DE_DIE, _DE_NEG)
        # "keinen Bock / keine Lust / keine Kraft mehr (zu / auf) leben", "kb mehr auf leben"
        + r"|\b(?:kein\w*|kb|null)\s+(?:bock|lust|kraft|nerv|sinn)\s+(?:mehr\s+)?(?:zu|aufs?|am)\s+"
        r"(?:leben|weiterleben|existieren)\b"
        r"|\bbring(?:e)?\s+mich\s+(?:\w+\s+){0,3}?um\b(?!\s+(?:vor|den|die|das|meinen|meine))"
        # (German, added for de/fr recall) "bring mich um sechs zum Bahnhof" is a time
        r"(?!\s+(?:\d|halb|viertel|punkt|eins?|zwei|drei|vier|funf|fuenf|sechs|sieben|acht|neun"
        r"|zehn|elf|zwolf|zwoelf|mitternacht)\b)"
        r"|\bmeinem\s+leben\s+ein\s+ende\s+(?:zu\s+)?(?:setzen|machen|bereiten)\b"
        r"|\bnicht\s+mehr\s+(?:(?:da|hier|am\s+leben|auf\s+\w+\s+welt)\s+)?(?:sein|leben|existieren)\s+"
        r"(?:will|mochte|moechte|wollte)\b"
        r"|\b(?:will|mochte|moechte|wollte)\s+(?:\w+\s+){0,2}?nicht\s+mehr\s+(?:sein|leben)\b"
        r"|\bsehe\s+keinen\s+sinn\s+mehr\s+(?:\w+\s+){0,1}(?:weiterzuleben|zu\s+leben|im\s+leben)",
        inherent=False,
        lang="de",
    ),
    rule(
        "g_fr_intent",
        _SI,
        _URG,
        _intent("fr", _FR_DESIRE, _FR_DIE, _FR_NEG)
        + r"|\b(?:j'?en\s+peux\s+plus|je\s+n'?en\s+peux\s+plus)\s+de\s+(?:vivre|la\s+vie|exister)\b"
        # being alive no longer borne: "je ne supporte plus d'être en vie", "je supporte plus de
        # vivre" (not "… de vivre ici", a place)
        r"|\bje\s+(?:ne\s+)?(?:supporte|tolere)\s+plus\s+(?:d'\s*etre\s+(?:en\s+vie|vivante?)"
        r"|de\s+vivre|d'\s*exister)\b(?!\s+(?:a|en|avec|ici|chez|dans|sans|seule?|comme)\b)"
        # ready to die, never for someone or something: "je suis prête à mourir ce soir"
        r"|\bje\s+suis\s+(?:\w+\s+)?prete?\s+a\s+(?:mourir|me\s+tuer|en\s+finir)\b"
        r"(?!\s+(?:pour|de\s+rire|d'\s*ennui)\b)"
        r"|\b(?:je\s+|j)(?:ne\s+)?(?:veux|voudrais)\s+(?:pas|plus)\s+(?:etre\s+)?(?:vivant\w*|en\s+vie"
        r"|vivre|exister)\b(?!\s+(?:a|en|avec|ici|chez|dans|sans|seule?|comme)\b)"
        r"|\b(?:mieux|plus\s+simple|plus\s+facile|soulagement)\b.{0,30}\bsi\s+je\s+(?:mourais|crevais"
        r"|disparaissais|n'?etais\s+plus\s+(?:la|en\s+vie)|n'?existais\s+plus)\b",
        inherent=False,
        lang="fr",
    ),
    rule(
        "g_pt_intent",
        _SI,
        _URG,
        _intent("pt", _PT_DESIRE, _PT_DIE, _PT_NEG).replace(r"|viver|existir", "")
        + r"|\b(?:nao\s+aguento|cansad[oa]\s+de|saco\s+cheio\s+de)\s+(?:mais\s+)?"
        r"(?:viver|a\s+vida|existir)\b"
        r"|\b(?:mais\s+facil|melhor)\s+(?:\w+\s+){0,2}?(?:nao\s+existir|morrer|sumir\s+de\s+vez"
        r"|se\s+eu\s+(?:morresse|nao\s+existisse|sumisse))\b",
        inherent=False,
        lang="pt",
    ),
    rule(
        "g_it_intent",
        _SI,
        _URG,
        _intent("it", _IT_DESIRE, _IT_DIE, _IT_NEG).replace(r"|vivere|esistere", "")
        + r"|\b(?:stanc[oa]|stuf[oa])\s+di\s+(?:vivere|esistere)\b"
        r"|\bla\s+(?:faccio|faro|farei)\s+finita\b(?!\s+con)"
        r"|\b(?:piu\s+semplice|piu\s+facile|meglio)\s+(?:\w+\s+){0,2}?(?:non\s+esistere|morire"
        r"|se\s+(?:morissi|non\s+ci\s+fossi))\b",
        inherent=False,
        lang="it",
    ),
    # English wording outside the desire grammar: "suicide is the answer", "idw be here",
    # "no longer wish to live", "easier if I died", "I'd press a button and stop existing".
    rule(
        "g_en_other_forms",
        _SI,
        _URG,
        r"\bsuicide\s+is\s+(?:the\s+|my\s+)?(?:answer|only\s+(?:way|option|answer)|the\s+way)"
        r"|\b(?:idw|idwt|i\s+dont\s+wanna|i\s+don'?t\s+wanna)\s+(?:be\s+(?:here|alive|around)|live"
        r"|exist|wake\s+up)\b"
        r"|\bno\s+longer\s+(?:wish|want|desire|care)\s+to\s+(?:live|be\s+alive|go\s+on|exist)\b"
        r"|\b(?:easier|better|simpler)\s+if\s+i\s+(?:just\s+)?(?:died|was\s+dead|were\s+dead"
        r"|didn'?t\s+exist|stopped\s+existing)\b"
        r"|\b(?:stop|stopped|cease)\s+(?:to\s+)?exist(?:ing)?\b",
        inherent=False,
    ),
    # Plans by a method: jumping from a height or in front of a train, driving into something.
    rule(
        "g_en_method",
        _PM,
        _URG,
        rf"\b(?:{_EN_DESIRE})\s+(?:to\s+)?{_free(_EN_NEG, 2)}jump\s+(?:off|from|in\s+front\s+of)\s+"
        r"(?:the\s+|a\s+|my\s+|that\s+)?(?:\w+\s+)?(?:bridge|roof|building|garage|parking\s+(?:garage"
        r"|deck|structure)|balcony|cliff|tower|overpass|window|ledge|train|bus|truck|platform|tracks)"
        r"|\b(?:swerve|drive|crash|steer)\s+(?:my\s+car\s+|the\s+car\s+)?(?:into|off)\s+(?:a|the"
        r"|an|oncoming)\s+(?:\w+\s+)?(?:truck|lorry|tree|wall|bridge|traffic|cliff|river|barrier)",
        inherent=False,
    ),
    # Past attempts: a first-person past verb of attempting, overdosing, or swallowing a
    # whole supply, and the hospital words after one.
    rule(
        "g_en_past_attempt",
        _SI,
        _CON,
        # (the words between never a negation: "I have never tried to kill myself" is denied,
        # but "I've not attempted since 2019" and "had never overdosed before that night" tell one)
        r"\b(?:i|i've|ive|i\s+have|i\s+had)\s+(?:(?!(?:never|not|no)\b(?![^.!?\n]*\b(?:since"
        r"|before|until|till)\b))\w+\s+){0,2}?"
        r"(?:od'?d|o\.d\.?'?d|overdosed|made\s+(?:an?|my)"
        r"\s+(?:suicide\s+)?attempt|attempted(?:\s+suicide)?|tried\s+to\s+(?:kill|end|take|off)\s+my"
        r"|swallowed\s+(?:a|the|all|every|an?\s+entire|a\s+whole|my)\b"
        # what was swallowed is medicine or a whole supply, not "a whole packet of mints"
        rf"(?=(?:\s+\w+){{0,3}}?\s+(?:{MEDS}|bottles?|lot|handful|everything)\b))"
        # the "I" left out at a sentence's start, or the attempt named as the writer's: "Made an
        # attempt in March", "the attempt I made" (not one "at", "on" or "to" a thing)
        r"|(?:^|(?<=[.!?\n]))\s*made\s+an?\s+attempt\b(?!\s+(?:at|on|to)\b)"
        r"|\bthe\s+attempt\s+i\s+made\b(?!\s+(?:at|on|to)\b)"
        r"|\battempt\s+on\s+my\s+(?:own\s+)?life\b|\b(?:my|since\s+my|after\s+my)\s+(?:suicide\s+)?attempt\b"
        # not "my attempt at sourdough" or "my attempt to run a 10k": the thing tried is named
        r"(?!\s+(?:at|on)\b|\s+to\s+(?!kill|end|die|take\s+my))"
        r"|\b(?:took|swallowed)\s+(?:a\s+bunch|a\s+handful|all|a\s+whole\s+(?:bottle|box|pack)"
        r"|an\s+entire\s+(?:bottle|box|pack)|the\s+whole\s+(?:bottle|box|pack))\s+(?:of\s+)?(?:my\s+)?"
        r"(?:\w+\s+){0,2}?(?:pills|meds|tablets|painkillers|medication|sleeping\s+pills)\b"
        # ("had my stomach pumped after too much vodka" is a night out)
        r"|\b(?:had|got)\s+my\s+stomach\s+pumped\b(?![^.!?\n]{0,40}\b(?:vodka|drink\w*|drunk"
        r"|alcohol|booze|shots|night\s+out|food\s+poisoning)\b)",
        inherent=False,
        past=True,
    ),
)

# Every language but English: "not exist any more" as a wish.
_NOT_EXIST = {
    "es": r"\b(?:no\s+existir\s+mas|dejar\s+de\s+existir)\b",
    "pt": r"\b(?:nao\s+existir\s+mais|deixar\s+de\s+existir)\b",
    "it": r"\b(?:non\s+esistere\s+piu|smettere\s+di\s+esistere)\b",
    "fr": r"\b(?:ne\s+plus\s+exister|cesser\s+d'exister)\b",
    "de": r"\b(?:nicht\s+mehr\s+(?:zu\s+)?existieren|aufho(?:e)?ren\s+zu\s+existieren)\b",
}
# A method: throwing oneself from a height or in front of a train, driving into something.
_METHOD = {
    "de": r"\bvor\s+(?:den|die|das|einen|eine|ein)\s+(?:zug|bahn|strassenbahn|s-bahn|u-bahn|lkw"
    r"|laster|auto|bus)\s+(?:zu\s+)?(?:laufen|laufe|springen|springe|werfen|werfe|legen|gehen)"
    r"|\bmit\s+dem\s+(?:auto|wagen)\s+(?:\w+\s+){0,2}gegen\s+(?:einen|eine|die|den)\s+"
    r"(?:baum|wand|mauer|bru(?:e)?ckenpfeiler|lkw)",
    # "tirarme a la piscina / al agua" is swimming
    "es": r"\b(?:tirarme|aventarme|arrojarme|lanzarme)\s+(?!a\s+la\s+(?:piscina|cama|arena)"
    r"|al\s+(?:agua|mar|sofa|suelo))(?:a|al|del|de|desde|por|bajo|frente)\b"
    r"|\bme\s+(?:tiro|aviento|lanzo)\s+(?:del|desde\s+el|por\s+el)\s+(?:balcon|puente|edificio"
    r"|techo|azotea|ventana)",
    "fr": r"\bme\s+(?:jeter|balancer|lancer)\s+(?:sous|du|d'un|d'une|de\s+la|par|dans\s+le\s+vide)",
    # "me jogar de cabeça no projeto / na piscina" is not a method
    "pt": r"\bme\s+jogar\s+(?!de\s+cabeca\s+(?:n|em)\w*|n[ao]s?\s+(?:piscina|mar|sofa|cama|chao"
    r"|bracos|agua|festa|pista))(?:da|de|do|na|no|embaixo|debaixo|na\s+frente)\b"
    r"|\bbater\s+o\s+carro\s+de\s+proposito",
    "it": r"\bbuttarmi\s+(?:giu|dal|da|sotto|nel)\b",
}
# Past attempts: a first-person past verb of attempting, overdosing or swallowing a whole
# supply, and the hospital words after one.
_PAST = {
    "es": r"\b(?:me\s+)?(?:tome|trague)\s+(?:un|una|el|la|todo|toda|todas|todos)\s+(?:\w+\s+){0,3}?"
    r"(?:pastillas|pildoras|medicamentos|frasco|caja|blister|somniferos|calmantes|botiquin)"
    r"|\blavado\s+de\s+estomago|\bintente\s+(?:suicidarme|matarme|quitarme\s+la\s+vida)"
    r"|\bmi\s+intento\s+de\s+suicidio|\bme\s+(?:dio|di)\s+una\s+sobredosis|\btuve\s+una\s+sobredosis"
    r"|\bhice\s+un\s+intento(?:\s+de\s+suicidio)?\b(?!\s+(?:de|del|en\s+el|en\s+la|al|con|para"
    r"|por)\b)",
    "de": r"\b(?:eine\s+)?u(?:e)?berdosis\s+(?:\w+\s+){0,2}?(?:genommen|geschluckt)"
    r"|\b(?:alle|eine\s+ganze\s+packung|die\s+ganze\s+packung|eine\s+handvoll|zu\s+viele)\s+"
    r"(?:\w+\s+)?(?:tabletten|pillen|schlaftabletten|medikamente)\s+(?:\w+\s+)?(?:genommen|geschluckt)"
    r"|\bmagen\s+ausgepumpt|\b(?:hab|habe|hatte)\s+(?:ich\s+)?(?:\w+\s+){0,3}?einen\s+"
    r"(?:selbstmord|suizid)?versuch\s+(?:gemacht|unternommen)(?=\s*(?:$|[.!?;:\n]|und\b)|,(?![^.!?\n]*\bzu\s+\w+))|\bversucht,?\s+mich\s+(?:umzubringen|zu\s+to(?:e)?ten|das\s+leben)",
    "fr": r"\b(?:j'?ai|jai)\s+(?:fait|pris)\s+une\s+(?:overdose|surdose|tentative"
    # (French, added for de/fr precision) not "une tentative de soufflé / de record"
    r"(?!\s+(?:de|d')\s*(?!suicide|l'(?:hiver|ete|an|annee|automne)|(?:janvier|fevrier|mars|mai|juin"
    r"|juillet|septembre|novembre|decembre|noel)\b)))"
    r"|\b(?:avale|pris)\s+(?:toute?s?\s+)?(?:une|la|mes|les)\s+(?:\w+\s+){0,1}?(?:boite|plaquette"
    r"|tube|flacon|cachets|comprimes|medicaments|somniferes)"
    r"|\blavage\s+d'estomac|\btente\s+de\s+me\s+(?:suicider|tuer)|\bma\s+tentative\b"
    r"(?!\s+(?:de|d')\s*(?!suicide|l'(?:hiver|ete|an|annee|automne)|(?:janvier|fevrier|mars|mai|juin"
    r"|juillet|septembre|novembre|decembre|noel)\b))",
    "pt": r"\b(?:tomei|engoli)\s+(?:uma|a|todos|todas|um|o)\s+(?:\w+\s+){0,2}?(?:caixa|cartela"
    r"|comprimidos|remedios|pilulas|frasco|overdose)|\blavagem\s+(?:estomacal|gastrica)"
    r"|\btentei\s+(?:me\s+matar|o\s+suicidio|suicidio|me\s+suicidar|tirar\s+minha\s+vida)"
    r"|\bminha\s+tentativa\s+de\s+suicidio"
    # an attempt made, told with no thing it was at: "fiz uma tentativa em Viana" (not "fiz uma
    # tentativa de ligar-lhe", "no exame")
    r"|\bfiz\s+uma\s+tentativa(?:\s+de\s+suicidio)?\b(?!\s+(?:de|do|da|no|na|nos|nas|ao|com|para"
    r"|pra)\b)",
    # (any verb of swallowing, and the whole supply: "ho inghiottito tutto il flacone")
    "it": r"\bho\s+(?:preso|inghiottito|ingoiato|ingerito|mandato\s+giu|buttato\s+giu)\s+"
    r"(?:un'?\s*overdose|tutte\s+le|una\s+scatola|un\s+flacone|un\s+sacco\s+di"
    r"|tutt[oa]\s+(?:il|la|l')\s*(?:flacone|scatola|confezione|boccetta|blister|tubetto))"
    r"|\blavanda\s+gastrica|\bho\s+(?:tentato|cercato|provato)\s+(?:il\s+suicidio|di\s+(?:uccidermi"
    r"|ammazzarmi|togliermi\s+la\s+vida|suicidarmi))|\bmio\s+tentato\s+suicidio"
    r"|\bho\s+fatto\s+un\s+tentativo(?:\s+di\s+suicidio)?\b(?!\s+(?:di|del|della|al|alla|all'"
    r"|allo|con|per|nel|nella)\b)"
    # the attempt dated by the writer's age, with no thing it was at: "dopo il tentativo dei
    # diciannove anni" (not "il tentativo di record dei cento metri")
    r"|\b(?:il\s+)?(?:mio\s+)?tentativo\s+(?:dei|a)\s+(?:miei\s+)?(?:\d{1,2}|[a-z]+)\s+anni\b"
    r"(?!\s+(?:di|del|della|per)\b)",
}
# The attempt dated by the writer's age in the other languages: "el intento de los diecinueve
# años", "a tentativa dos dezanove anos", "la tentative de mes seize ans", "my attempt at
# nineteen", "den Versuch mit neunzehn"
_PAST["es"] += (
    r"|\b(?:el|mi)\s+intento\s+de\s+(?:los|mis)\s+(?:\d{1,2}|[a-z]+)\s+anos\b"
    r"(?!\s+(?:de|del|para)\b)"
)
_PAST["pt"] += (
    r"|\b(?:a|da|na|minha)\s+tentativa\s+(?:dos|aos)\s+(?:\d{1,2}|[a-z]+)\s+anos\b"
    r"(?!\s+(?:de|do|da|para)\b)"
)
_PAST["fr"] += (
    r"|\b(?:la|ma)\s+tentative\s+(?:de\s+mes|a)\s+(?:\d{1,2}|[a-z]+)\s+ans\b"
    r"(?!\s+(?:de|d'|pour)\b)"
)
# (English has its own past-attempt rule above; the dated attempt is a rule of its own)
_EN_ATTEMPT_AGED = (
    r"\bmy\s+attempt\s+(?:at|when\s+i\s+was)\s+(?:\d{1,2}|\w+teen|twenty(?:-\w+)?|thirty)"
    # (the age closes the phrase: not "my attempt at twenty push-ups", "at 19 km")
    r"(?=\s*(?:$|[,.;:!?]|and\b|i\b|i'|i’|when\b|was\b|still\b))"
)
_PAST["de"] += (
    r"|\b(?:dem|meinem)\s+versuch\s+mit\s+(?:\d{1,2}|\w+zehn|zwanzig|dreissig)\b"
    r"(?!\s*(?:km|kilo\w*|metern?|prozent)\b)"
)

RULES += tuple(
    rule(f"g_{lang}_not_exist", _DW, _CON, source, inherent=False, lang=lang)
    for lang, source in _NOT_EXIST.items()
)
RULES += tuple(
    rule(f"g_{lang}_method", _PM, _URG, source, inherent=True, lang=lang)
    for lang, source in _METHOD.items()
)
# (not a supply taken by mistake, for a fever or as the doctor gave it, said after it)
RULES += tuple(
    rule(
        f"g_{lang}_past_attempt",
        _SI,
        _CON,
        rf"{NOT_BY_MISTAKE}(?:{source})",
        inherent=True,
        lang=lang,
        past=True,
    )
    for lang, source in _PAST.items()
)
RULES += (
    rule(
        "g_en_past_attempt_aged",
        _SI,
        _CON,
        rf"{NOT_BY_MISTAKE}(?:{_EN_ATTEMPT_AGED})",
        inherent=True,
        lang="en",
        past=True,
    ),
)
