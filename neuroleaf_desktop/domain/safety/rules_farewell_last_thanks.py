"""Goodbyes told as the last thanks, a note left for when it is needed, or everything said, in
six languages.

Why: a writer saying goodbye often says "thank you" and marks it as the last, without the
word "goodbye":

* **thanks marked as the last**: "hab der Gotti so lang gedankt, sie soll sich später dran
  erinnern", "que c'était mon dernier merci", "dándole las gracias por todo, la última", "a
  agradecer tudo, como quem se despede de vez", "una lettera per ringraziarla, come se fosse
  l'ultima, perché lo è", "a little thank-you tonight. they'll understand later why", "meant it
  as the last one" (not a bare "the last one", "per l'ultima volta", "das letzte Mal": the last
  of a night, a course or a season; not "as if it were the last" alone, the everyday way to
  cherish a day: it must be confirmed, "because it is"; not "they'll understand later why I
  chose medicine", where the clause goes on);
* **a note left for kin, to be found when it is needed**: "put a note for the kids in the
  drawer, they'll find it when they need to", "una carta para mis hijos, la encontrarán cuando
  llegue el momento" (not "when they get home": a note on the fridge);
* **everything said to everyone, and it settled**: "I've said what I needed to say to everyone
  now. it's done", "j'ai dit à tout le monde ce que j'avais à dire, c'est fait" (not to
  everyone at a meeting).

An everyday occasion named in the sentence (a move, a last day at work, a retirement) is still
weighed by ``everyday`` as for every goodbye.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_THANKS = {
    "en": r"\bthank(?:ed|s|ing|-you|\s+you)?\b",
    "de": r"\b(?:gedankt|bedankt|danke|bedanke|dankte)\b",
    "fr": r"\b(?:merci|remercie\w*)\b",
    "es": r"\b(?:gracias|agradec\w+)\b",
    "pt": r"\b(?:agradec\w+|obrigad[oa])\b",
    "it": r"\b(?:grazie|ringrazi\w+)\b",
}
# what marks the thanks as the last: meant as the last, understood only later (the clause ending
# there), "as if it were the last, because it is", a goodbye for good; a bare "the last one",
# "per l'ultima volta" or "das letzte Mal" is as often the last of a day or a course
_CLOSES = r"(?=\s*(?:$|[.!?,;\n]))"
_AS_LAST = {
    "en": r"\bmeant\s+(?:it\s+)?as\s+(?:the|a|my)\s+last(?:\s+one)?\b"
    r"|\b(?:they|she|he)(?:'ll|\s+will)\s+understand\s+(?:later|one\s+day|afterwards)(?:\s+why)?"
    + _CLOSES
    + r"|\bas\s+if\s+it\s+(?:were|was)\s+the\s+last,?\s+because\s+it\s+is\b",
    "de": r"\bsich\s+(?:\w+\s+)?spa(?:e)?ter\s+(?:mal\s+)?(?:dran|daran)\s+erinner\w*"
    r"|\b(?:werden|wird)\s+(?:es\s+)?(?:spa(?:e)?ter|irgendwann)\s+verstehen" + _CLOSES,
    "fr": r"\bcomprendr(?:a|ont)\s+plus\s+tard"
    + _CLOSES
    + r"|\bcomme\s+si\s+c'\s*etait\s+(?:la|le)"
    r"\s+derni\w+,?\s+parce\s+que\s+c'\s*est\s+(?:le|la)\s+cas\b",
    "es": r"\blo\s+entender(?:a|an)\s+(?:despues|mas\s+tarde|algun\s+dia)"
    + _CLOSES
    + r"|\bcomo\s+si\s+fuera\s+la\s+ultima,?\s+porque\s+lo\s+es\b",
    "pt": r"\bcomo\s+quem\s+se\s+despede\b|\bvao\s+entender\s+(?:depois|mais\s+tarde|um\s+dia)"
    + _CLOSES
    + r"|\bcomo\s+se\s+fosse\s+a\s+ultima,?\s+porque\s+(?:e|o\s+e)\b",
    "it": r"\bcapir(?:a|anno)\s+(?:dopo|poi|piu\s+avanti|un\s+giorno)"
    + _CLOSES
    + r"|\bcome\s+se\s+fosse\s+l'\s*ultim[ao],?\s+(?:perche|e)\s+lo\s+e\b",
}
_LAST_THANKS = {
    lang: rf"(?:{_THANKS[lang]})[^\n]{{0,110}}?(?:{_AS_LAST[lang]})" for lang in _THANKS
}
# … or the last thanks said in one: "que c'était mon dernier merci", "il mio ultimo grazie", or
# thanks for everything called the last: "las gracias por todo, la última"
_LAST_THANKS["fr"] += r"|\bmon\s+dernier\s+merci\b"
_LAST_THANKS["it"] += r"|\bil\s+mio\s+ultimo\s+grazie\b"
_LAST_THANKS["en"] += r"|\bmy\s+last\s+thank(?:s|\s+you|-you)\b"
_LAST_THANKS["es"] += r"|\bgracias\s+por\s+todo\b[^.!?\n]{0,30}?,\s*la\s+ultima" + _CLOSES
_LAST_THANKS["pt"] += (
    r"|\b(?:agradec\w+|obrigad[oa])(?:\s+\S+){0,4}?\s+(?:por\s+)?tudo\b[^.!?\n]{0,30}?,\s*a\s+ultima"
    + _CLOSES
)

# --- a note left for kin, to be found when it is needed ---------------------------------------
_KIN = (
    r"(?:kids|children|daughter|son|boys|girls|wife|husband|partner|mum|mom|dad|sister|brother"
    r"|family|kinder|tochter|sohn|frau|mann|familie|enfants|fille|fils|femme|mari|famille"
    r"|hijos|hijas|hija|hijo|esposa|marido|familia|filhos|filhas|filha|filho|mulher|figli|figlia"
    r"|figlio|moglie|marito|famiglia)s?"
)
_FOR_WHEN_NEEDED = {
    "en": r"\b(?:note|letter|envelope)\s+for\s+(?:the|my|our)\s+" + _KIN + r"\b[^.!?\n]{0,80}?"
    r"\b(?:they|she|he)(?:'ll|\s+will)\s+find\s+(?:it|them)\s+when\s+(?:they|she|he)\s+need"
    r"|\b(?:note|letter|envelope)\s+for\s+(?:the|my|our)\s+" + _KIN + r"\b[^.!?\n]{0,80}?"
    r"\bwhen\s+the\s+time\s+comes\b",
    "de": r"\b(?:brief|zettel|umschlag)\s+fu(?:e)?r\s+(?:die|meine|unsere)\s+" + _KIN + r"\b"
    r"[^.!?\n]{0,80}?\b(?:wenn\s+es\s+so\s+weit\s+ist|wenn\s+sie\s+ihn\s+brauchen)\b",
    "fr": r"\b(?:lettre|mot|enveloppe)\s+pour\s+(?:les|mes|nos)\s+" + _KIN + r"\b[^.!?\n]{0,80}?"
    r"\b(?:le\s+moment\s+venu|quand\s+(?:ils|elles)\s+en\s+auront\s+besoin)\b",
    "es": r"\b(?:carta|nota|sobre)\s+para\s+(?:los|mis|nuestros|mi)\s+"
    + _KIN
    + r"\b[^.!?\n]{0,80}?\b(?:cuando\s+llegue\s+el\s+momento|cuando\s+la\s+necesiten)\b",
    "pt": r"\b(?:carta|bilhete|envelope)\s+(?:para|pra)\s+(?:os|as|meus|minhas|o|a)\s+(?:meus\s+)?"
    + _KIN
    + r"\b[^.!?\n]{0,80}?\b(?:quando\s+chegar\s+a\s+hora|quando\s+precisarem)\b",
    "it": r"\b(?:lettera|biglietto|busta)\s+per\s+(?:i|le|mia|mio|miei|mie)\s+(?:miei\s+)?"
    + _KIN
    + r"\b[^.!?\n]{0,80}?\b(?:quando\s+sara\s+il\s+momento|quando\s+ne\s+avranno\s+bisogno)\b",
}

# --- everything said to everyone, and it settled -----------------------------------------------
_SETTLED = {
    "en": r"it'?s\s+done|(?:it\s+)?feels?\s+(?:settled|finished|complete)|i'?m\s+(?:at\s+peace"
    r"|ready)|that'?s\s+(?:it|everything)",
    "de": r"erledigt|es\s+ist\s+getan|ich\s+bin\s+(?:bereit|im\s+reinen)",
    "fr": r"c'\s*est\s+fait|je\s+suis\s+(?:en\s+paix|prete?)",
    "es": r"ya\s+esta|esta\s+hecho|estoy\s+(?:en\s+paz|list[oa])",
    "pt": r"esta\s+feito|(?:sinto-me|estou)\s+(?:em\s+paz|pront[oa])",
    "it": r"e\s+fatta|sono\s+(?:in\s+pace|pront[oa])",
}
_ALL_SAID = {
    "en": r"\bsaid\s+(?:what|everything|all)\s+(?:that\s+)?i\s+(?:needed|wanted|had)\s+to\s+say\s+"
    r"to\s+(?:everyone|everybody|all\s+of\s+them|them\s+all)\b(?!\s+(?:at|in)\b)",
    "de": r"\ballen\s+gesagt,?\s+was\s+ich\s+(?:noch\s+)?(?:sagen\s+(?:musste|wollte)"
    r"|zu\s+sagen\s+hatte)\b",
    "fr": r"\bdit\s+a\s+tout\s+le\s+monde\s+ce\s+que\s+j'\s*avais\s+a\s+dire\b(?!\s+(?:a|en|au)\b)",
    "es": r"\b(?:les\s+)?dije\s+a\s+todos\s+lo\s+que\s+(?:tenia|necesitaba)\s+que\s+decir\b",
    "pt": r"\bdisse\s+a\s+(?:todos|toda\s+a\s+gente)\s+o\s+que\s+(?:tinha|precisava)\s+(?:a"
    r"|de)\s+dizer\b",
    "it": r"\bdetto\s+a\s+tutti\s+quello\s+che\s+(?:dovevo|volevo|avevo\s+da)\s+dire\b",
}
_ALL_SAID_SETTLED = {
    lang: rf"(?:{_ALL_SAID[lang]})[^\n]{{0,40}}?\b(?:{_SETTLED[lang]})\b" for lang in _ALL_SAID
}

_NAME = "farewell_last"
RULES: tuple[Rule, ...] = (
    family(
        _NAME,
        "thanks",
        Category.GOODBYES,
        Severity.CONCERN,
        _LAST_THANKS,
        {
            "en": "thank",
            "de": "dank",
            "fr": "merci|remerci",
            "es": "gracias|agradec",
            "pt": "agradec|obrigad",
            "it": "grazie|ringrazi",
        },
    )
    + family(
        _NAME,
        "note_when_needed",
        Category.GOODBYES,
        Severity.CONCERN,
        _FOR_WHEN_NEEDED,
        {
            "en": "note|letter|envelope",
            "de": "brief|zettel|umschlag",
            "fr": "lettre|mot|enveloppe",
            "es": "carta|nota|sobre",
            "pt": "carta|bilhete|envelope",
            "it": "lettera|biglietto|busta",
        },
    )
    + family(
        _NAME,
        "all_said",
        Category.GOODBYES,
        Severity.CONCERN,
        _ALL_SAID_SETTLED,
        {
            "en": "to say",
            "de": "gesagt",
            "fr": "dire",
            "es": "decir",
            "pt": "dizer",
            "it": "dire",
        },
    )
)

__all__ = ["RULES"]
