"""Explicit wishes told by what would take the writer: sleep with no waking after it, the cold or
the river taking them, an exit offered and taken; in six languages.

Why: the explicit families read "I want to die", "not wake up" and "let the sea have me" in
their usual grammar. Writers also say it by what they hope would carry them off:

* **falling asleep with no waking, or no tomorrow, after it**: "I hope I fall asleep tonight
  and don't wake up", "ojalá me duerma esta noche y no despierte más", "tomara que eu durma
  hoje e não acorde mais", "spero di addormentarmi stanotte e basta, senza un domani", "j'espère
  m'endormir ce soir et ne plus me réveiller", "ich hoffe, ich schlafe heute ein und wache nicht
  mehr auf" (not a waking put off to a time: "until noon", "a las cuatro", "prima delle sei");
* **the cold, the snow, the river or the dark wished to take the writer**: "some nights I just
  want the cold to take me", "quiero que el frío me lleve", "que la neige me prenne", "dass die
  Kälte mich holt" (not taken somewhere: "back to my childhood", "down to the village", nor
  the cold taking the throat; the ground swallowing the writer is embarrassment, "I wanted the
  ground to swallow me", "que la tierra me trague");
* **an exit offered and taken**: "if god offered me an exit tonight I'd take it", "si alguien me
  ofreciera una salida, la tomaría", "se qualcuno mi offrisse una via d'uscita la prenderei"
  (not a way out *of* a contract, a job or a lease, nor an exit row).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, family

_S = SAME_SENTENCE
# a waking put off to a time or a place, or the clause going on to another thing
_NOT_PUT_OFF = (
    r"(?!(?:\s+(?:up|again|ever|anymore|mas|mais|piu|mehr|nunca|jamais))*\s*,?\s*(?:until|till|before|at|early|in\s+the|every|with|for|when|on|hasta|a\s+las|antes"
    r"|cada|con|por|temprano|durante|ate|as|com|cedo|jusqu\w*|a|aux?|avant|chaque|avec|pendant"
    r"|tot|bis|vor|um|mitten|jede\w*|fru(?:e)?h|fino|prima|alle|ogni|presto|nel|nella|\d)\b)"
)
_NO_TOMORROW = (
    r"(?:no\s+tomorrow|sin\s+(?:un\s+)?manana|sem\s+(?:um\s+)?amanha|senza\s+(?:un\s+)?domani"
    r"|sans\s+lendemain|ohne\s+(?:ein\s+)?morgen)"
)
# --- asleep, and no waking after it -----------------------------------------------------------
_ASLEEP_UNWOKEN = {
    "en": r"\b(?:hope|hoping|wish|wishing|pray\w*)\s+(?:that\s+)?i\s+(?:just\s+)?(?:fall\s+asleep"
    r"|go\s+to\s+sleep|drift\s+off|sleep)\b" + _S + r"{0,25}?\band\s+(?:just\s+)?(?:(?:don'?t"
    r"|never|won'?t|do\s+not)\s+wake(?:\s+up)?(?:\s+again)?|(?:that'?s\s+it|that'?s\s+all),?\s+"
    + _NO_TOMORROW
    + r")",
    "es": r"\b(?:ojala|espero|quisiera|rezo\s+para)\s+(?:que\s+)?(?:me\s+)?(?:duerma|dormirme"
    r"|quedarme\s+dormid[oa])\b" + _S + r"{0,25}?\by\s+(?:(?:ya\s+)?no\s+(?:me\s+)?(?:despierte"
    r"|despertar(?:me)?|vuelva\s+a\s+despertar)(?:\s+mas|\s+nunca)?|ya\s*,?\s*"
    + _NO_TOMORROW
    + ")",
    "pt": r"\b(?:tomara|oxala|espero|quem\s+me\s+dera)\s+(?:que\s+)?(?:eu\s+)?(?:durma|adormeca"
    r"|dormir|adormecer)\b" + _S + r"{0,25}?\be\s+(?:(?:ja\s+)?nao\s+(?:acorde|acordar"
    r"|volte\s+a\s+acordar)(?:\s+mais|\s+nunca)?|pronto\s*,?\s*" + _NO_TOMORROW + ")",
    "it": r"\b(?:spero|vorrei|magari|prego)\s+(?:di\s+)?(?:addormentarmi|dormire|mi\s+addormenti)"
    r"\b" + _S + r"{0,25}?\be\s+(?:(?:non\s+svegliarmi|non\s+mi\s+svegli\w*)(?:\s+piu|\s+mai\s+"
    r"piu)?|basta\s*,?\s*" + _NO_TOMORROW + ")",
    "fr": r"\b(?:j'\s*espere|j'\s*aimerais|je\s+voudrais|je\s+prie\s+pour)\s+(?:m'\s*endormir"
    r"|dormir)\b" + _S + r"{0,25}?\bet\s+(?:ne\s+(?:plus|pas|jamais)\s+me\s+reveiller"
    r"|(?:c'\s*est\s+tout|voila)\s*,?\s*" + _NO_TOMORROW + ")",
    "de": r"\b(?:hoffe|wu(?:e)?nschte|wu(?:e)?nsche|bete)\b" + _S + r"{0,25}?\bein(?:zu)?schlaf\w*"
    r"\b" + _S + r"{0,25}?\b(?:(?:nicht|nie|nimmer)\s+(?:mehr|wieder)\s+aufwach\w*|(?:nicht|nie"
    r"|nimmer)\s+(?:mehr|wieder)\s+auf|" + _NO_TOMORROW + ")",
}
# --- the cold, the snow, the river or the dark wished to take the writer -------------------------
_NOT_TAKEN_SOMEWHERE = (
    r"(?!\s+(?:to|back|home|away|out|for|across|down\w*|up|along|somewhere|with|there|on|over"
    r"|under|into|through|around|by|a|al|alla|alle|hasta|de|del|en|por|para|ate|pela|no|na"
    r"|jusqu\w*|par|au|zu|nach|zum|zur|an|am|in|per|fino|verso|lejos|longe|lontano|loin|weg)\b)"
)
_ELEMENT_TAKES = {
    "en": r"\b(?:want|wanted|wish|wishing|hope|hoping|pray\w*|let|letting)\s+(?:for\s+)?the\s+"
    r"(?:cold|snow|frost|ice|river|dark|darkness|desert|mountain)\s+(?:to\s+|would\s+"
    r")?(?:take|swallow|claim|have)\s+me\b",
    "es": r"\b(?:quiero|queria|quisiera|ojala|dejar)\s+(?:que\s+)?(?:el\s+frio|la\s+nieve|la\s+"
    r"helada|el\s+hielo|el\s+rio|la\s+oscuridad)\s+me\s+(?:lleve|trague|tome|reclame"
    r"|llevara|tragara)\b",
    "pt": r"\b(?:quero|queria|tomara|oxala|deixar)\s+(?:que\s+)?(?:o\s+frio|a\s+neve|o\s+gelo"
    r"|o\s+rio|a\s+escuridao)\s+me\s+(?:leve|engula|tome|levasse|engolisse)\b",
    "it": r"\b(?:voglio|volevo|vorrei|spero|magari|lasciare)\s+(?:che\s+)?(?:il\s+freddo|la\s+neve"
    r"|il\s+gelo|il\s+fiume|il\s+buio)\s+mi\s+(?:prenda|porti\s+via|inghiotta"
    r"|prendesse|inghiottisse)\b",
    "fr": r"\b(?:je\s+veux|je\s+voudrais|j'\s*aimerais|j'\s*espere|laisser)\s+(?:que\s+)?(?:le\s+"
    r"froid|la\s+neige|le\s+gel|la\s+riviere|le\s+fleuve|l'\s*obscurite)\s+"
    r"(?:me\s+(?:prenne|emporte|avale|prendre|emporter|avaler))\b",
    "de": r"\b(?:will|wollte|mo(?:e)?chte|wu(?:e)?nsch\w*|hoffe|lass\w*)\b" + _S + r"{0,15}?"
    r"\b(?:die\s+ka(?:e)?lte|der\s+schnee|das\s+eis|der\s+fluss|die\s+dunkelheit)\s+"
    r"mich\s+(?:holt|nimmt|verschluckt|holen|nehmen|verschlucken)\b",
}
# --- an exit offered and taken --------------------------------------------------------------------
_NOT_OF_A_THING = r"(?!\s+(?:of|from|row|seat|ramp|door|de|del|da|dal|dalla|do|du|des|aus)\b)"
_GIVER = {
    "en": r"(?:god|someone|somebody|anyone|anybody|the\s+universe|life|death|a\s+genie|you)",
    "es": r"(?:dios|alguien|la\s+vida|la\s+muerte)",
    "pt": r"(?:deus|alguem|a\s+vida|a\s+morte)",
    "it": r"(?:dio|qualcuno|la\s+vita|la\s+morte)",
    "fr": r"(?:dieu|quelqu'\s*un|on|la\s+vie|la\s+mort)",
    "de": r"(?:gott|jemand|das\s+leben|der\s+tod)",
}
_EXIT_TAKEN = {
    "en": rf"\bif\s+{_GIVER['en']}\s+(?:offered|gave|handed|showed)\s+me\s+(?:an?\s+)?(?:exit"
    rf"|way\s+out|out|door\s+out|off\s+switch)\b{_NOT_OF_A_THING}{_S}{{0,30}}?\b(?:i'?d|i\s+would)"
    r"\s+(?:take|grab|accept)\s+it\b",
    "es": rf"\bsi\s+{_GIVER['es']}\s+me\s+(?:ofreciera|diera|ofreciese|diese|abriera)\s+(?:una\s+)?"
    rf"(?:salida|puerta\s+de\s+salida)\b{_NOT_OF_A_THING}{_S}{{0,30}}?\b(?:la\s+)?(?:tomaria"
    r"|aceptaria|agarraria|cogeria)\b",
    "pt": rf"\bse\s+{_GIVER['pt']}\s+me\s+(?:oferecesse|desse|abrisse)\s+uma\s+saida\b"
    rf"{_NOT_OF_A_THING}{_S}{{0,30}}?\b(?:aceitava|aceitaria|agarrava|agarraria|pegava|pegaria)\b",
    "it": rf"\bse\s+{_GIVER['it']}\s+mi\s+(?:offrisse|desse|mostrasse|aprisse)\s+una\s+(?:via\s+"
    rf"d'\s*uscita|uscita)\b{_NOT_OF_A_THING}{_S}{{0,30}}?\b(?:la\s+prenderei|la\s+accetterei"
    r"|l'\s*accetterei|la\s+afferrerei)\b",
    "fr": rf"\bsi\s+{_GIVER['fr']}\s+m'\s*(?:offrait|proposait|donnait|ouvrait)\s+une\s+(?:sortie"
    rf"|porte\s+de\s+sortie|issue)\b{_NOT_OF_A_THING}{_S}{{0,30}}?\bje\s+(?:la\s+prendrais"
    r"|l'\s*accepterais|sauterais\s+dessus)\b",
    "de": rf"\bwenn\s+(?:mir\s+)?{_GIVER['de']}\s+(?:mir\s+)?(?:\w+\s+){{0,2}}?(?:einen\s+)?"
    rf"(?:ausgang|ausweg)\b{_NOT_OF_A_THING}{_S}{{0,30}}?\b(?:wu(?:e)?rde\s+ich\s+(?:ihn|es)\s+"
    r"nehmen|na(?:e)?hme\s+ich\s+ihn|ich\s+wu(?:e)?rde\s+(?:ihn|es)\s+nehmen)\b",
}

# --- at a funeral or in church, the next one pictured as the writer's, and hoped soon -----------
# "Sat in the church and thought, next time they'll be here for me, and I hope that's soon";
# a wedding, a christening or a party is a turn hoped for gladly.
_NOT_GLAD = (
    r"(?!" + _S + r"*\b(?:wedding|bride|bouquet|christening|party|graduation|hochzeit|braut"
    r"|strauss|taufe|feier|mariage|mariee|bouquet|bapteme|fete|boda|novia|ramo|bautizo|fiesta"
    r"|casamento|noiva|batizado|festa|matrimonio|sposa|battesimo)\b)"
)
_FUNERAL = {
    "en": r"(?:funeral|church|chapel|cemetery|graveyard|grave|coffin|casket|wake|service)",
    "de": r"(?:beerdigung|begra(?:e)?bnis|kirche|kapelle|friedhof|grab|sarg|trauerfeier)",
    "fr": r"(?:enterrement|obseques|funerailles|eglise|chapelle|cimetiere|tombe|cercueil)",
    "es": r"(?:funeral|entierro|velorio|iglesia|capilla|cementerio|tumba|ataud)",
    "pt": r"(?:funeral|enterro|velorio|igreja|capela|cemiterio|campa|caixao)",
    "it": r"(?:funerale|chiesa|cappella|cimitero|tomba|bara|veglia)",
}
_NEXT_MINE = {
    "en": r"\bnext\s+(?:time|one)\b" + _S + r"{0,30}?\b(?:for|be)\s+me\b" + _S + r"{0,30}?"
    r"\b(?:i\s+hope|hopefully|hope)\s+(?:(?:that'?s|it'?s|it\s+is)\s+)?soon\b",
    "de": r"\bna(?:e)?chste(?:s)?\s+mal\b"
    + _S
    + r"{0,30}?\b(?:fu(?:e)?r\s+mich|wegen\s+mir|um\s+mich)\b"
    + _S
    + r"{0,30}?\b(?:hoffentlich|ich\s+hoffe)\b"
    + _S
    + r"{0,10}?\bbald\b",
    "fr": r"\bla\s+prochaine\s+fois\b" + _S + r"{0,30}?\bpour\s+moi\b" + _S + r"{0,30}?"
    r"\b(?:j'\s*espere|pourvu)\b" + _S + r"{0,15}?\bbientot\b",
    "es": r"\bla\s+proxima\s+(?:vez|sera)\b" + _S + r"{0,30}?\bpor\s+mi\b" + _S + r"{0,30}?"
    r"\b(?:ojala|espero)\b" + _S + r"{0,15}?\bpronto\b",
    "pt": r"\ba\s+proxima\s+(?:vez|sera)\b" + _S + r"{0,30}?\bpor\s+mim\b" + _S + r"{0,30}?"
    r"\b(?:tomara|espero|oxala)\b" + _S + r"{0,20}?\b(?:em\s+breve|depressa|cedo)\b",
    "it": r"\bla\s+prossima\s+(?:volta|sara)\b" + _S + r"{0,30}?\bper\s+me\b" + _S + r"{0,30}?"
    r"\b(?:spero|magari)\b" + _S + r"{0,15}?\bpresto\b",
}

_NAME = "explicit_taken"
RULES: tuple[Rule, ...] = (
    family(
        _NAME,
        "asleep_unwoken",
        Category.DEATH_WISH,
        Severity.CONCERN,
        {lang: rf"(?:{p}){_NOT_PUT_OFF}" for lang, p in _ASLEEP_UNWOKEN.items()},
        {
            "en": "wake|tomorrow",
            "es": "despert|despier|manana",
            "pt": "acord|amanha",
            "it": "svegli|domani",
            "fr": "reveill|lendemain",
            "de": "auf|morgen",
        },
    )
    + family(
        _NAME,
        "element_takes_me",
        Category.DEATH_WISH,
        Severity.CONCERN,
        {lang: rf"(?:{p}){_NOT_TAKEN_SOMEWHERE}" for lang, p in _ELEMENT_TAKES.items()},
        {
            "en": "me",
            "es": "me",
            "pt": "me",
            "it": "mi",
            "fr": "me",
            "de": "mich",
        },
    )
    + family(
        _NAME,
        "next_one_mine",
        Category.DEATH_WISH,
        Severity.CONCERN,
        {
            lang: rf"(?:^|(?<=[.!?\n])){_NOT_GLAD}(?={_S}*\b{_FUNERAL[lang]}\b){_S}*?(?:{p})"
            for lang, p in _NEXT_MINE.items()
        },
        {
            "en": "soon",
            "de": "bald",
            "fr": "bientot",
            "es": "pronto",
            "pt": "breve|depressa|cedo",
            "it": "presto",
        },
    )
    + family(
        _NAME,
        "exit_taken",
        Category.SUICIDAL_IDEATION,
        Severity.CONCERN,
        _EXIT_TAKEN,
        {
            "en": "take|grab|accept",
            "es": "salida",
            "pt": "saida",
            "it": "uscita",
            "fr": "sortie|issue",
            "de": "ausgang|ausweg",
        },
    )
)

__all__ = ["RULES"]
