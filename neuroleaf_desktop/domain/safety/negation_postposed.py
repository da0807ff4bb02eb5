"""Denials that come after the sign and close its clause, in all six languages.

Why: people name the sign first and deny it after, in shapes the cue read before a phrase
cannot reach and the replies in ``negation`` did not hold:

* **the state fronted, then "I'm not"**: "suicidal I'm not", "suicida no soy", "suicidaire je
  ne suis pas", "suicida non sono", "suicida não sou", "suizidal bin ich nicht" (not "… I'm not
  okay", where the clause goes on: the answer must close it, nor "… por si no estoy", "in case
  I'm not", where being there is what is denied);
* **none of it**: a determiner of "none" after the wish or the act, closing its clause or
  answering its question: "vontade de morrer nenhuma", "ganas de matarme, ninguna", "idee di
  farla finita? Nessuna." (not a "none" that goes on to a noun of its own);
* **not a shadow of it**: "di farla finita neanche l'ombra", "envie d'en finir, non, pas
  l'ombre d'une", "ganas de morir ni la sombra", "not a trace of it", "keine Spur" (not a shadow
  of something else: "I want to die, not a trace of hope left");
* **never come to mind, in the short or contracted form**: "hurting myself hasn't crossed my
  mind", "… didn't even enter my head", "quitarme la vida jamás se me cruzó", "… no se me ha
  ocurrido nunca", "… nunca me ocorreu", "… non mi è mai venuto in mente", "… ne m'a jamais
  traversé" (not "no se me pasa", "não me passa": the wish that does not go away; the longer
  "never crossed my mind" is read in ``negation``, and an "until" going on after it is a
  streak broken, read in ``disclosure``);
* **never thought of, the act taken up by a pronoun**: "a farla finita non ci ho mai pensato,
  mai", "en finir, je n'y ai jamais pensé", "daran hab ich nie gedacht" (ending the sentence or
  on a bare "never", not "… nunca lo pensé, pero ahora sí");
* **a bare "never" and a further denial**: "hacerme daño jamás, ni se me cruza", "farmi del
  male mai, nemmeno per sbaglio", "hurting myself never, not even close". A bare "never"
  ending the sentence is no denial: after a sign it gives weight ("nadie se asoma nunca", "no
  voy a salir de esto nunca").

After a phrase that holds a negation or a "nobody" of its own, any of these gives weight, not a
denial ("il male non cala mai, neanche la domenica", "nadie me llama, ninguno"): only a phrase
without one is denied by them.

Only the words after the phrase are read (and the phrase, for its own negation), so the phrase
of any rule is judged the same way.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.rules import FLAGS
from neuroleaf_desktop.domain.safety.rules_core_signs import NEGATION

# What closes the answer: the clause's end, or the text's.
_CLOSES = r"(?=\s*(?:[.!?,;:]|$))"

_STATE_DENIED = re.compile(
    r"^\s*,?\s*(?:(?:that|eso|isso|ca|das|questo|quello)\s+)?"
    r"(?:i'?m\s+not|i\s+am\s+not|(?:yo\s+)?no\s+(?:lo\s+)?soy|(?:eu\s+)?nao\s+(?:o\s+)?sou"
    r"|(?:io\s+)?non\s+(?:lo\s+)?sono|je\s+ne\s+(?:le\s+)?suis\s+pas"
    r"|(?:bin|war)\s+ich\s+(?:aber\s+|echt\s+|wirklich\s+|sicher\s+)?nicht)" + _CLOSES,
    FLAGS,
)

# A determiner of "none" standing alone: the wish or the act counted at nothing.
_NONE_OF_IT = re.compile(
    r"^\s*[,?:]?\s*(?:nenhuma|nenhum|ninguna|ninguno|nessuna|nessuno|aucune?|keine|none)"
    r"(?:\s+(?:de\s+nada|at\s+all|du\s+tout|di\s+niente|mesmo|en\s+absoluto|davvero))?" + _CLOSES,
    FLAGS,
)

# "not a shadow", "not a trace" of it, the "no" before optional
_SHADOW = (
    r"(?:pas\s+(?:l'?\s*ombre|une\s+trace)|(?:neanche|nemmeno|neppure|manco)\s+(?:l'?\s*ombra"
    r"|per\s+sogno)|ni\s+(?:la\s+)?sombra|nem\s+(?:a\s+)?sombra|not\s+(?:a\s+(?:trace|shadow|hint"
    r"|flicker)|the\s+(?:slightest|faintest))|keine\s+spur|nicht\s+(?:die\s+)?spur)\b"
)
# … of it, and nothing more: not "not a trace of hope left", "ni la sombra de una salida", where
# the shadow is of something else the writer lacks
# (… or of an idea, a thought, a wish of it: "pas l'ombre d'une idée")
_OF_IT = (
    r"(?:\s+(?:d'\s*une?|of\s+(?:it|one|that|an?)|di\s+(?:un[oa]?|un'|quello)|de\s+(?:eso|ello"
    r"|una?|uma?)|davon|disso)(?:\s*(?:idee|idea|ideia|thought|pensee|pensiero|pensamiento"
    r"|pensamento|envie|voglia|ganas|vontade|wish|desire|desir|deseo|desejo|gedanke\w*))?)?"
    r"(?=\s*(?:$|[.!?,;:\n]))"
)
_SHADOW_OF_IT = re.compile(
    rf"^\s*[,?:;]?\s*(?:(?:no|non|nao|nein|nope)\s*[,;]\s*)?{_SHADOW}{_OF_IT}",
    FLAGS,
)

_NEVER = r"(?:never|nunca|jamais|jamas|mai|nie(?:mals)?)"
# A further denial after the bare "never": "ni", "nem", "neanche", "not even", "nicht mal"
_FURTHER_DENIAL = (
    r"(?:ni|nem|neanche|nemmeno|neppure|manco|nor|not\s+even|not\s+once|meme\s+pas|pas\s+meme"
    r"|nicht\s+(?:mal|einmal)|auch\s+nicht|no\s+way|(?:no|non|nao|nein)\s*(?:[.!;]|$))"
)
_NEVER_AND_MORE = re.compile(
    rf"^\s*[,?]?\s*{_NEVER}\s*[,;]\s*{_FURTHER_DENIAL}",
    FLAGS,
)
# A bare "no" then "never", closing the clause: "l'idea di farmi male proprio no, mai", "eso no,
# nunca", "ça non, jamais", "isso não, nunca", "das nicht, niemals" (the no first, the never after)
_NO_THEN_NEVER = re.compile(
    r"^\s*[,?:;]?\s*(?:(?:eso|esto|isso|isto|ca|cela|das|questo|quello|that|proprio|davvero"
    r"|vraiment|really|realmente|wirklich|absolutely|assolutamente|absolutamente)\s+){0,2}"
    rf"(?:no|non|nao|nein|nicht)\s*[,;]?\s*{_NEVER}(?:\s+(?:piu|mas|mais|jamais|mehr|again))?"
    + _CLOSES,
    FLAGS,
)
# A bare "no" made firm by a word before it, closing the clause: "farmi del male proprio no",
# "hacerme daño, eso sí que no", "me faire du mal, ça non", "mich verletzen, das sicher nicht",
# "hurting myself, absolutely not". A demonstrative needs the comma before it: without one it is
# the object of the phrase's own verb ("wo ich hingeh, brauch ich das nicht"). A "no" that goes
# on ("eso no lo haría") is left to the rest of the clause, and a question ("¿no?") is a tag.
_FIRM = (
    r"(?:proprio|davvero|assolutamente|affatto|si\s+que|sim|sicher|bestimmt|absolutamente"
    r"|definitivamente|claro|vraiment|absolument|surement|absolutely|definitely|certainly"
    r"|really|wirklich)"
)
_THAT = r"(?:eso|esto|isso|isto|ca|cela|das|that|questo|quello)"
_FIRM_NO = re.compile(
    rf"^\s*(?:[,:;]\s*(?:{_THAT}\s+(?:{_FIRM}\s+)?|{_FIRM}\s+(?:{_FIRM}\s+)?)"
    rf"|{_FIRM}\s+(?:{_FIRM}\s+)?)"
    r"(?:no|non|nao|not|nicht|pas)(?:\s+(?:du\s+tout|per\s+niente|de\s+jeito\s+nenhum))?"
    r"(?=\s*(?:[.!,;:]|$))",
    FLAGS,
)
# A bare "no" on the phrase itself, with no comma before it, then a word of earnest after a
# comma: "farmi del male no, davvero", "hacerme daño no, de verdad", "me faire du mal non,
# vraiment", "hurting myself no, honestly". The "no" answers the phrase fronted as a topic; with
# a comma before the "no" ("I want to die, no, really") it may be the writer insisting.
_NO_TRULY = re.compile(
    r"^\s(?:no|non|nao|nein|nope)\s*,\s*(?:davvero|sul\s+serio|giuro|de\s+verdad|en\s+serio"
    r"|lo\s+juro|de\s+verdade|serio|juro|vraiment|franchement|je\s+le\s+jure|wirklich|ehrlich"
    r"|really|honestly|truly|i\s+swear)\b(?!\s+(?:i|yo|eu|io|je|ich)\s+(?:do|want|quiero|quero"
    r"|voglio|veux|will)\b)",
    FLAGS,
)
# A screening item scored at nothing: "lo de hacerme daño salió en cero", "the self-harm item
# came out at zero", "das mit dem Verletzen war null", "è uscito a zero", "deu zero".
_SCORED_NOTHING = re.compile(
    r"^\s*,?\s*(?:(?:question|item|part|score|bit|frage|punkt|pregunta|parte|domanda|voce"
    r"|pergunta)\s+)?(?:(?:came\s+(?:out|back)|scored|showed|was)\s+(?:at\s+|as\s+|a\s+)?"
    r"|(?:salio|dio|quedo|sale|da)\s+(?:en\s+)?|(?:deu|ficou|saiu)\s+(?:em\s+|a\s+)?"
    r"|(?:a\s+donne|etait|est\s+sorti\w*|donne)\s+(?:a\s+)?"
    r"|(?:e\s+uscit[oa]|era|ha\s+dato|e\s+risultat[oa])\s+(?:a\s+)?"
    r"|(?:war|ergab|lag\s+bei|stand\s+auf)\s+(?:auf\s+|bei\s+)?)"
    r"(?:zero|cero|null|nul|0)(?:\s+(?:points?|puntos?|pontos?|punti|punkte))?"
    r"(?=\s*(?:[.!?,;:]|$))",
    FLAGS,
)
# Never come to mind: the contracted or short shapes ``negation`` does not hold
_NOT_IN_MIND = re.compile(
    r"^\s*,?\s*(?:(?:that|it|this)\s+)?(?:(?:has|had|have)n'?t|(?:has|had|have)\s+not"
    r"|did\s*n'?t|did\s+not|does\s*n'?t|does\s+not|won'?t|would\s*n'?t)\s+(?:(?:even|once|ever"
    r"|really)\s+)?(?:crossed|cross|entered|enter)\s+my\s+(?:mind|head|thoughts)\b"
    r"|^\s*,?\s*(?:(?:eso|esto)\s+)?(?:jamas|nunca|no)\s+(?:se\s+)?me\s+(?:ha\s+)?(?:cruzado|cruzo"
    r"|cruza|ocurrido|ocurrio|ocurre)\b(?!\s+(?:algo|otra|una|un|lo\s+mismo)\b)"
    r"|^\s*,?\s*(?:(?:isso|isto)\s+)?(?:jamais|nunca|nao)\s+me\s+(?:ocorreu|ocorre"
    r"|veio\s+(?:a|na)\s+cabeca)\b(?!\s+(?:outra|outro|uma|um)\b)"
    r"|^\s*,?\s*(?:(?:questo|cio)\s+)?non\s+mi\s+(?:e|e'|sono)\s+mai\s+venut[oaie]\s+in\s+"
    r"(?:mente|testa)\b"
    r"|^\s*,?\s*(?:(?:ca|cela)\s+)?ne\s+m'\s*(?:a|ont)\s+(?:jamais|pas)\s+(?:traverse|effleure)\w*"
    r"|^\s*,?\s*(?:(?:ca|cela)\s+)?ne\s+m'\s*est\s+jamais\s+venue?\b"
    r"|^\s*,?\s*(?:das\s+)?(?:ist|kam)\s+mir\s+(?:noch\s+)?(?:nie|nicht)\s+(?:mals\s+)?"
    r"(?:in\s+den\s+(?:sinn|kopf)|eingefallen|gekommen)\b",
    FLAGS,
)

# Never thought of, the act named first and taken up again by "ci", "y", "lo", "daran": "a farla
# finita non ci ho mai pensato, mai", "en finir, je n'y ai jamais pensé", "acabar con todo nunca
# lo he pensado", "daran hab ich nie gedacht". It must end the sentence, or end on a bare
# "never" ("…, mai"): a "but now" after it is the thought arriving.
_NEVER_THOUGHT = re.compile(
    r"^\s*[,?]?\s*(?:(?:io|moi|yo|eu|ich|i)\s+)?(?:non\s+ci\s+ho\s+mai\s+(?:nemmeno\s+|neanche\s+)?"
    r"pensato|je\s+n'\s*y\s+ai\s+jamais\s+(?:vraiment\s+)?pense|(?:nunca|jamas)\s+lo\s+(?:he\s+"
    r"pensado|pense)|nunca\s+pensei\s+nisso|(?:daran\s+)?(?:hab|habe)\s+ich\s+(?:noch\s+)?nie"
    r"(?:mals)?\s+gedacht|i'?ve\s+never\s+(?:once\s+)?(?:thought\s+about|considered)\s+(?:it|that))"
    r"(?=\s*(?:$|[.!;\n]|,\s*(?:mai|jamais|nunca|jamas|nie(?:mals)?|never)\s*(?:$|[.!;\n])))",
    FLAGS,
)

# A phrase ending on "if", "when", "in case" leaves what follows to its clause: "por si no soy
# capaz", "in case I'm not here" say no state denied.
_OPENS_A_CLAUSE = re.compile(
    r"\b(?:if|when|in\s+case|unless|si|por\s+si|cuando|quando|se|caso|wenn|falls|ob|quand|que|che"
    r"|that|dass)\s*$",
    FLAGS,
)
_HOLDS_NEGATION = re.compile(
    r"\b(?:"
    + "|".join(NEGATION.values())
    + r"|nobody|nothing|no\s*one|nadie|nada|niemand|nichts|keiner|personne|rien|ninguem"
    r"|nessuno|niente|nulla)\b",
    re.IGNORECASE,
)


def denied_postposed(suffix: str, phrase: str = "") -> bool:
    """Does a denial after the phrase close its clause ("suicidal I'm not", "vontade de morrer
    nenhuma", "neanche l'ombra", "jamás, ni se me cruza")?"""
    if _HOLDS_NEGATION.search(phrase):
        return False
    return (
        (_STATE_DENIED.match(suffix) is not None and not _OPENS_A_CLAUSE.search(phrase))
        or _SHADOW_OF_IT.match(suffix) is not None
        or _NEVER_AND_MORE.match(suffix) is not None
        or _NO_THEN_NEVER.match(suffix) is not None
        or _NONE_OF_IT.match(suffix) is not None
        or _NOT_IN_MIND.match(suffix) is not None
        or _NEVER_THOUGHT.match(suffix) is not None
        or _FIRM_NO.match(suffix) is not None
        or _NO_TRULY.match(suffix) is not None
        or _SCORED_NOTHING.match(suffix) is not None
    )


# A concession granted after a comma, then the sign set against it and denied by a bare "no" or
# "never" that closes its clause: "Low, yes, but suicidal no", "tristonho ando, mas tirar a vida
# nunca", "stanco sì, ma farla finita mai". The "but" opens the phrase's clause; a "never" that
# goes on ("but killing myself never leaves my mind") is no answer, and without the "but" a bare
# "never" gives weight ("no voy a salir de esto nunca").
# (the concession may run on into the "but" without a comma: "grim week but suicidal, no", and
# the "no" may stand after a comma of its own)
_BUT_OPENS = re.compile(r"(?:[,;]\s*|\w\s+)(?:but|mas|pero|mais|ma|aber|doch)\s+$", FLAGS)
_BARE_NO = re.compile(
    r"^\s*,?\s*(?:no|not|never|nope|nunca|jamas|jamais|nao|non|mai|nie(?:mals)?|nein|nicht)"
    r"(?:\s+(?:ever|again|jamais|mais|mas|piu|mehr))?(?=\s*(?:[.!?,;:]|$))",
    FLAGS,
)


def contrasted_and_denied(sentence_prefix: str, suffix: str, phrase: str = "") -> bool:
    """Is the phrase the sign set against a concession and denied ("…, but suicidal no")?"""
    if _HOLDS_NEGATION.search(phrase):
        return False
    return _BUT_OPENS.search(sentence_prefix) is not None and _BARE_NO.match(suffix) is not None
