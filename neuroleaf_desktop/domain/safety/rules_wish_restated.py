"""The wish to die said as the one thing wanted, with the act named apart from the wanting, in
six languages.

Why: the desire grammar (``rules_grammar_explicit``) reads the wish in its textbook order, the
verb of wanting then the act ("je veux me tuer"). Writers as often take the act out of that
order and set it beside the wanting, and the wish was unread:

* **the act fronted, the wanting after it**: "Me tuer, voilà ce que je veux", "To die, that's
  all I want", "Morirme, eso es lo que quiero", "Morrer, é isso que eu quero", "Morire, ecco
  cosa voglio", "Sterben, das ist es, was ich will" (a topic named, then taken up by "that");
* **the one thought or wish left, the act after a comma or a colon**: "je n'ai plus qu'une
  idée, mourir", "I've only one wish left: to die", "solo me queda una idea, matarme", "só
  tenho uma vontade: morrer", "ho solo un pensiero, farla finita", "hab nur noch einen
  Gedanken: sterben" (the restrictive "ne … que", "only", "solo", "nur" leaves nothing else).

The act is one of dying or of killing oneself, never a thing done ("Dormir, voilà ce que je
veux", "only one idea: to sleep"), and dying of laughter or of heat stays out. The wanting is
the writer's, first person and affirmative: "Mourir, ce n'est pas ce que je veux" and "To die,
that's not what I want" are not read, and "voilà ce qu'il veut" is someone else's. Text is case-
and accent-folded before matching.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_S = r"[^.!?\n]"
# --- the act: dying or killing oneself, never of laughter, heat or hunger -------------------------
_ACT = {
    "en": r"(?:to\s+)?(?:die(?!\s+(?:of|from|laughing))|dying(?!\s+(?:of|from|to|laughing))"
    r"|be(?:ing)?\s+dead|kill(?:ing)?\s+myself|end(?:ing)?\s+(?:it\s+all|my\s+life)"
    r"|tak(?:e|ing)\s+my\s+(?:own\s+)?life|not\s+(?:to\s+)?wake\s+up)",
    "fr": r"(?:de\s+|d')?(?:mourir(?!\s+de\s+(?:rire|faim|froid|chaud|honte))|crever"
    r"|me\s+tuer|me\s+suicider|en\s+finir|disparaitre\s+pour\s+(?:de\s+bon|toujours)"
    r"|etre\s+morte?(?!\s+(?:de|d')\s*(?:rire|fatigue|faim|peur|froid|chaud|honte|sommeil))"
    r"|ne\s+plus\s+me\s+reveiller|mettre\s+fin\s+a\s+mes\s+jours)",
    "es": r"(?:morir(?:me)?(?!\s+de\s+(?:risa|hambre|calor|frio|verguenza|ganas))|matarme"
    r"|estar\s+muert[oa](?!\s+(?:de|por)\s+(?:risa|hambre|calor|frio|verguenza|cansancio|sueno"
    r"|miedo|dentro))"
    r"|suicidarme|quitarme\s+la\s+vida|no\s+despertar(?:me)?|acabar\s+con\s+todo)",
    "pt": r"(?:morrer(?!\s+de\s+(?:rir|fome|calor|frio|vergonha|saudade))|me\s+matar|matar-me"
    r"|estar\s+mort[oa](?!\s+(?:de|por)\s+(?:rir|fome|calor|frio|vergonha|cansaco|sono|medo"
    r"|dentro))"
    r"|me\s+suicidar|tirar\s+a\s+(?:minha\s+)?(?:propria\s+)?vida|nao\s+acordar"
    r"|acabar\s+com\s+tudo)",
    "it": r"(?:morire(?!\s+(?:dal|dalle|di)\s+(?:ridere|risate|fame|caldo|freddo|noia))"
    r"|uccidermi|ammazzarmi|suicidarmi|togliermi\s+la\s+vita|farla\s+finita|non\s+svegliarmi"
    r"|essere\s+mort[oa](?!\s+(?:di|dal|dalla|dentro)\b))",
    "de": r"(?:(?:zu\s+)?sterben|tot\s+(?:zu\s+)?sein|mich\s+umbringen|mich\s+to(?:e)?ten"
    r"|nicht\s+mehr\s+aufwachen"
    r"|schluss\s+machen)",
}
# --- the wanting after the fronted act, first person, affirmative --------------------------------
_WANT_AFTER = {
    "en": r"(?:that'?s|that\s+is|it'?s|is)\s+(?:all|what|the\s+(?:only\s+)?thing)\s+"
    r"(?:(?:that\s+)?i\s+)?(?:really\s+|honestly\s+)?(?:want|wish\s+for|long\s+for|need)",
    "fr": r"(?:voila|c'\s*est)\s+(?:tout\s+)?ce\s+que\s+(?:je\s+)?(?:veux|voudrais|desire"
    r"|souhaite|demande)",
    "es": r"(?:eso\s+es|es)\s+(?:todo\s+)?lo\s+(?:unico\s+)?que\s+(?:yo\s+)?(?:quiero|deseo"
    r"|pido|necesito)",
    "pt": r"(?:e\s+isso|isso\s+e|e\s+so\s+isso|e\s+tudo)\s+(?:o\s+)?que\s+(?:eu\s+)?(?:quero"
    r"|desejo|peco|preciso)",
    "it": r"(?:ecco|e\s+questo|questo\s+e|e\s+tutto)\s+(?:quello\s+|cio\s+)?(?:che|cosa)\s+"
    r"(?:io\s+)?(?:voglio|desidero|chiedo)",
    "de": r"das\s+(?:ist\s+(?:es|alles),?\s+was\s+ich\s+(?:will|mo(?:e)?chte|mir\s+wu(?:e)?nsche)"
    r"|will\s+ich|mo(?:e)?chte\s+ich|wu(?:e)?nsch\s*e?\s+ich\s+mir)",
}
# … or the thought of it taken up by a pronoun, in the affirmative: "Mourir, j'y pense tout le
# temps", "Dying, I think about it every day", "Morirme, lo pienso cada noche", "Morrer, penso
# nisso", "Morire, ci penso sempre", "Sterben, daran denk ich jeden Tag"
_THOUGHT_AFTER = {
    "en": r"i\s+(?:(?:keep|still)\s+)?(?:think|thinking|dream)\s+(?:about|of)\s+(?:it|that)",
    "fr": r"j'\s*y\s+(?:pense|songe|reve)",
    "es": r"(?:lo\s+pienso|pienso\s+en\s+(?:eso|ello)|sueno\s+con\s+eso)",
    "pt": r"(?:eu\s+)?(?:penso|sonho)\s+(?:nisso|nisto)",
    "it": r"c(?:i\s+|')(?:penso|sogno)",
    "de": r"daran\s+(?:denk|denke|denk\s+ich|denke\s+ich)",
}
# --- the one thought or wish left, nothing else -------------------------------------------------
_ONE_LEFT = {
    "en": r"\bthere'?s\s+only\s+one\s+thing\s+left\s+(?:for\s+me\s+)?to\s+do"
    r"|\bi(?:'ve|\s+have)?\s+(?:got\s+)?(?:only\s+)?(?:one|a\s+single)\s+(?:thought|wish"
    r"|idea|desire|thing\s+on\s+my\s+mind)\s+(?:left\s+)?(?:anymore\s+)?"
    r"|\bmy\s+only\s+(?:thought|wish|idea|desire)\s+(?:left\s+)?(?:now\s+)?(?:is\s+)?",
    "fr": r"\bil\s+ne\s+me\s+reste\s+(?:plus\s+)?qu'\s*une?\s+(?:seule?\s+)?(?:chose|solution"
    r"|issue)(?:\s+a\s+faire)?"
    r"|\bje\s+n'\s*ai\s+(?:plus\s+)?qu'\s*une?\s+(?:seule?\s+)?(?:idee|envie|pensee"
    r"|obsession|chose\s+en\s+tete|desir)(?:\s+en\s+tete)?"
    r"|\bma\s+seule\s+(?:idee|envie|pensee)(?:\s+c'\s*est)?",
    "es": r"\b(?:(?:ya\s+)?solo|nada\s+mas)\s+(?:tengo|me\s+queda)\s+una?\s+(?:idea|cosa\s+en\s+"
    r"la\s+cabeza|pensamiento|deseo|gana|cosa\s+por\s+hacer|salida)"
    r"|\bno\s+tengo\s+(?:mas\s+)?que\s+una?\s+(?:idea|pensamiento|deseo)"
    r"|\bmi\s+unic[oa]\s+(?:idea|deseo|pensamiento)(?:\s+es)?",
    "pt": r"\b(?:(?:ja\s+)?so|apenas)\s+(?:tenho|me\s+resta)\s+uma?\s+(?:ideia|vontade|pensamento"
    r"|desejo|coisa\s+na\s+cabeca|coisa\s+a\s+fazer|saida)"
    r"|\ba\s+minha\s+unica\s+(?:ideia|vontade)(?:\s+e)?",
    "it": r"\bmi\s+resta\s+(?:ormai\s+)?(?:solo|soltanto)\s+una\s+cosa(?:\s+da\s+fare)?"
    r"|\bho\s+(?:ormai\s+)?(?:solo|soltanto)\s+(?:un'\s*idea|un\s+(?:pensiero|desiderio)"
    r"|una\s+voglia)"
    r"|\bnon\s+ho\s+(?:piu\s+)?che\s+(?:un'\s*idea|un\s+(?:pensiero|desiderio))"
    r"|\bil\s+mio\s+unico\s+(?:pensiero|desiderio)(?:\s+e)?",
    "de": r"\bmir\s+bleibt\s+nur\s+(?:noch\s+)?(?:eins|eines|eine\s+sache|ein\s+ausweg)"
    r"|\b(?:ich\s+)?(?:hab|habe)\s+(?:ich\s+)?nur\s+(?:noch\s+)?(?:einen|einen\s+einzigen"
    r"|eine)\s+(?:gedanken|wunsch|idee)"
    r"|\bmein\s+einziger\s+(?:gedanke|wunsch)(?:\s+ist)?",
}

# --- the wish said as what all the wanting comes to: "lo único que deseo es estar muerto", "all
# I want is to be dead", "tudo o que quero é morrer", "l'unica cosa che desidero è essere morta",
# "tout ce que je veux, c'est mourir", "das Einzige, was ich mir wünsche, ist tot zu sein". The
# wanting is the writer's (first person, no negation between "que" and the verb) and the act
# follows the copula at once.
_CLEFT = {
    "en": r"\b(?:all|the\s+only\s+thing|the\s+one\s+thing|what)\s+(?:that\s+)?i\s+(?:really\s+"
    r"|honestly\s+|still\s+)?(?:want|wish\s+for|long\s+for|need)(?:\s+(?:now|anymore|these\s+days"
    r"|inside))?\s+is\s+(?:just\s+)?",
    "es": r"\b(?:lo\s+unico|todo\s+lo|lo)\s+que\s+(?:mas\s+)?(?:yo\s+)?(?:quiero|deseo|pido"
    r"|necesito"
    r"|anhelo)\s+(?:ahora\s+|ya\s+|de\s+verdad\s+)?es\s+",
    "pt": r"\b(?:tudo\s+(?:o\s+)?que|a\s+unica\s+coisa\s+que|o\s+que\s+mais|so\s+o\s+que)\s+"
    r"(?:eu\s+)?(?:quero|desejo|peco|preciso)\s+(?:agora\s+|mesmo\s+)?e\s+",
    "it": r"\b(?:l'\s*unica\s+cosa\s+che|tutto\s+(?:quello|cio)\s+che|quello\s+che|cio\s+che)\s+"
    r"(?:io\s+)?(?:voglio|desidero|chiedo)\s+(?:ormai\s+|adesso\s+|davvero\s+)?e\s+",
    "fr": r"\b(?:tout\s+ce\s+que|la\s+seule\s+chose\s+que|ce\s+que)\s+(?:je\s+)?(?:veux|voudrais"
    r"|desire|souhaite|demande)(?:\s+maintenant)?\s*,?\s*c'\s*est\s+",
    "de": r"\b(?:das\s+einzige|alles),?\s+was\s+ich\s+(?:mir\s+)?(?:noch\s+)?(?:will|mo(?:e)?chte"
    r"|wu(?:e)?nsche)\s*,?\s*ist\s+",
}

# … never denied right after: "En finir, j'y pense même pas", "Mich umbringen, daran denk ich
# nicht", "Dying, I think about it never"
_NOT_AFTER = (
    r"(?!\s+(?:ich\s+|io\s+|eu\s+|yo\s+)?(?:nicht|nie|niemals|kein\w*|meme\s+pas|pas|jamais"
    r"|plus|never|not|nunca|jamas|no|mai|non|nao|nem|neanche|nemmeno|ni)\b)"
)
_URGENT = Severity.URGENT
RULES: tuple[Rule, ...] = (
    family(
        "wish_restated",
        "act_fronted",
        Category.SUICIDAL_IDEATION,
        _URGENT,
        {
            lang: rf"(?:^|(?<=[.!?\n,;]))\s*(?:{_ACT[lang]})\s*(?:[,:;]|\s-|\s\u2014)\s*"
            rf"(?:{_WANT_AFTER[lang]}|{_THOUGHT_AFTER[lang]})\b{_NOT_AFTER}"
            for lang in _ACT
        },
        {
            "en": "want|wish|long|need|think|dream",
            "fr": "veux|voudrais|desire|souhaite|demande|pense|songe|reve",
            "es": "quiero|deseo|pido|necesito|pienso|sueno",
            "pt": "quero|desejo|peco|preciso|penso|sonho",
            "it": "voglio|desidero|chiedo|penso|sogno",
            "de": "will|chte|nsch|denk",
        },
    )
    + family(
        "wish_restated",
        "one_left",
        Category.SUICIDAL_IDEATION,
        _URGENT,
        {lang: rf"(?:{_ONE_LEFT[lang]})\s*[,:;\u2014-]?\s*(?:{_ACT[lang]})\b" for lang in _ACT},
        {
            "en": "one|single|only",
            "fr": "qu'|seule",
            "es": "una|unic",
            "pt": "uma|unica",
            "it": "solo|soltanto|che|unico",
            "de": "nur|einzig",
        },
    )
    + family(
        "wish_restated",
        "cleft",
        Category.SUICIDAL_IDEATION,
        _URGENT,
        {lang: rf"(?:{_CLEFT[lang]})(?:{_ACT[lang]})\b" for lang in _ACT},
        {
            "en": "want|wish|long|need",
            "fr": "veux|voudrais|desire|souhaite|demande",
            "es": "quiero|deseo|pido|necesito|anhelo",
            "pt": "quero|desejo|peco|preciso",
            "it": "voglio|desidero|chiedo",
            "de": "will|chte|nsche",
        },
    )
)

__all__ = ["RULES"]
