"""The act named first as a topic, then denied: "mir was anzutun, daran denk ich nicht".

People often name the thing they are asked about, or are asking themselves about, at the head
of the clause and only then give their answer: "hacerme algo, ni loco", "farmi del male no, non
mi passa nemmeno per la testa", "lebensmüde bin ich nicht, nur urlaubsreif", "me faire du mal,
non, ça me traverse même pas l'esprit", "lo de hacerme daño le dije que no". The sign phrase
matches, and no negation word stands before it, so the cue-before check cannot see the denial.
The answer after it decides, in three shapes:

* an answer of no to a question put by someone ("… le dije que no", "… ho detto di no",
  "… hab ich nein gesagt"), closing its clause;
* an idiom of refusal or of the thought never coming ("ni loco", "nem pensar", "auf keinen
  Fall", "pas question", "neanche per sogno"; "daran denk ich nicht", "j'y pense même pas",
  "não penso nisso"), after an optional bare "no" and a pronoun taking the phrase up again;
* German fronting of the state or the act with the verb second and the negation after the
  subject ("lebensmüde bin ich nicht", "mir was antun will ich nicht").

A reply that goes on to a "but" or a "not yet" ("no, pero a veces lo pienso", "nein, aber …")
leaves the sign standing, as the shared denial rule in ``negation`` does. Text arrives
normalised: lower case, accents folded, dialect spellings respelled ("nich" → "nicht").
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.rules import FLAGS

# A denial that goes on to "but" or "not yet" is no denial ("no, pero …", "nein, noch nicht").
_GOES_ON = (
    r"(?!\s*(?:but|yet|not\s+yet|pero|todavia|aun|mas|ainda|mais|pas\s+encore|encore"
    r"|aber|noch|ma|ancora|sauf|tranne|excepto|menos|ausser)\b)"
)
# The answer closes its clause: punctuation, the end, or "and …" going on to something else.
_CLOSES = (
    r"(?=\s*(?:[.!;?]|$)|\s*,(?:"
    + _GOES_ON
    + r")|\s+(?:y|e|et|und|and)\b(?!\s+(?:si|sim|oui|ja|yes)\b))"
)

# --- an answer of no, right after the phrase --------------------------------------------------
_ANSWER_NO = (
    r"(?:(?:le|les)\s+)?(?:dije|respondi|conteste)(?:le|les)?\s+(?:(?:a|al|a\s+la|a\s+mi)\s+\w+\s+)?"
    r"(?:\w+\s+)?que\s+no"
    r"|(?:eu\s+)?(?:lhe\s+)?(?:disse|falei|respondi)(?:-lhe)?\s+(?:(?:pra|para|a|ao)\s+\w+\s+"
    r"(?:\w+\s+)?)?que\s+nao"
    r"|(?:gli\s+|le\s+)?ho\s+(?:detto|risposto)\s+(?:(?:a|alla|al|allo|all'|a\s+mi[oa])\s*\w+\s+)?"
    r"(?:di|che)\s+no"
    r"|(?:j'ai|je\s+(?:lui|leur)\s+ai)\s+(?:dit|repondu)\s+(?:(?:a|au)\s+(?:la\s+)?\w+\s+)?"
    r"(?:que\s+)?non"
    r"|(?:hab|habe|hab')\s+ich\s+(?:(?:ihr|ihm|der\s+\w+|dem\s+\w+|klar|ehrlich)\s+)?"
    r"(?:mit\s+)?nein\s+(?:gesagt|geantwortet)|(?:hab|habe)\s+ich\s+verneint"
    r"|(?:sagte|antwortete)\s+ich\s+(?:(?:ihr|ihm)\s+)?nein"
    r"|i\s+(?:said|answered|replied|told\s+(?:her|him|them|the\s+\w+))\s+(?:that\s+)?no"
)
# … or "never", as a form's box or a firm answer is given ("contesté que nunca", "j'ai répondu
# jamais"), right after the phrase or after an "and" ("…, y contesté que nunca")
_ANSWER_NEVER = (
    r"(?:(?:y|e|et|und|and)\s+)?(?:(?:le|les)\s+)?(?:eu\s+)?(?:lhe\s+)?(?:gli\s+|le\s+)?"
    r"(?:dije|respondi|conteste|disse|falei|ho\s+detto|ho\s+risposto|j'ai\s+dit|j'ai\s+repondu"
    r"|je\s+(?:lui|leur)\s+ai\s+(?:dit|repondu)|hab\s+ich\s+(?:gesagt|geantwortet)|sagte\s+ich"
    r"|antwortete\s+ich|i\s+(?:said|answered|replied))(?:le|les|-lhe)?\s+"
    r"(?:(?:que|che|dass|that)\s+)?"
    r"(?:nunca|jamas|jamais|mai|nie|niemals|never)"
)

# … or a form's box, ticked at none or never ("I put nought", "marqué «nunca»", "ho segnato
# «mai»", "j'ai coché jamais", "hab nie angekreuzt"), or the answer named as no ("the answer
# was a clean no", "la respuesta fue que no", "a resposta foi não", "la risposta è stata no")
_FORM_NO = (
    r"[\"'\s]*(?:(?:y|e|et|und|and)\s+)?(?:i\s+(?:put|ticked|marked|circled|wrote|scored|chose)"
    r"|marque|puse|tache|marquei|assinalei|pus|ho\s+(?:segnato|messo|barrato)|j'ai\s+(?:coche"
    r"|mis|entoure)|(?:hab|habe)\s+ich\s+(?:angekreuzt|markiert))\s*:?\s*[\"']?\s*"
    r"(?:(?:a|an|un|una|um|uma|ein)\s+)?(?:nought|zero|0|none|never|no|not\s+at\s+all|nunca"
    r"|nada|ningun[oa]?|nenhum[a]?|mai|nessun[oa]?|jamais|aucun[e]?|non|nie|nein|keine?)"
    r"(?:\s+(?:angekreuzt|markiert))?\b(?=[\s\"']*(?:[.,;:!?]|$|(?:and|y|e|et|und)\b))"
    r"|[,\s]*(?:(?:and|y|e|et|und)\s+)?(?:(?:for\s+once|honestly|this\s+time)\s+)?(?:the\s+answer"
    r"|la\s+(?:respuesta|risposta|reponse)|a\s+resposta|die\s+antwort)\s+(?:was|is|fue|era|foi"
    r"|e|etait|war|ist|(?:e\s+)?stata)\s+(?:(?:a|an)\s+(?:\w+\s+)?|que\s+|un\s+)?(?:no|non|nao"
    r"|nein)\b(?=[\s\"']*(?:[.,;:!?]|$))"
)

# --- an idiom of refusal, or of the thought never coming ---------------------------------------
_REFUSAL = (
    # Spanish
    r"ni\s+loc[oa]|ni\s+de\s+broma|ni\s+hablar|ni\s+en\s+sue(?:n|ñ)os|ni\s+pensarlo"
    r"|ni\s+muert[oa]|de\s+ninguna\s+manera|para\s+nada|nunca\s+jamas"
    r"|(?:ni|no)\s+lo\s+(?:pienso|considero|contemplo)|(?:ni|no)\s+(?:se\s+)?me\s+(?:pasa|cruza)"
    r"\s+por\s+(?:la\s+)?(?:cabeza|mente)|(?:en\s+eso\s+)?no\s+pienso(?:\s+en\s+eso)?"
    # Portuguese
    r"|nem\s+pensar|nem\s+mort[oa]|nem\s+a\s+pau|de\s+jeito\s+(?:nenhum|maneira)"
    r"|de\s+modo\s+nenhum|(?:ta|esta)\s+fora\s+de\s+(?:questao|cogitacao)"
    r"|(?:nem|nao)\s+penso\s+(?:nisso|nisto)|(?:nem|nao)\s+me\s+passa\s+pela\s+(?:cabeca|mente)"
    # French
    r"|pas\s+question|hors\s+de\s+question|jamais\s+de\s+la\s+vie|surtout\s+pas|pas\s+du\s+tout"
    r"|(?:je\s+n'?\s*y|j'?\s*y)\s+(?:pense|songe)\s+(?:meme\s+)?(?:pas|jamais)"
    r"|(?:ne\s+)?m(?:e\s+|'\s*)(?:effleure|traverse|vient)\s+(?:meme\s+)?(?:pas|jamais)"
    # Italian
    r"|neanche\s+per\s+(?:sogno|idea)|nemmeno\s+per\s+(?:sogno|idea)|manco\s+per\s+(?:sogno|idea)"
    r"|per\s+carita|assolutamente\s+no|non\s+ci\s+penso\s+(?:nemmeno|neanche|proprio|mai)"
    r"|(?:non\s+ci|manco\s+ci|neanche\s+ci)\s+penso"
    r"|non\s+mi\s+(?:passa|sfiora|viene\s+in\s+mente)"
    # German
    r"|auf\s+(?:gar\s+)?keinen\s+fall|kommt\s+(?:fu(?:e)?r\s+mich\s+)?(?:gar\s+|ueberhaupt\s+"
    r"|uberhaupt\s+)?nicht\s+in"
    r"\s+(?:frage|die\s+tu(?:e)?te)|nie\s+im\s+leben|ganz\s+sicher\s+nicht|bestimmt\s+nicht"
    r"|(?:daran|dran)\s+(?:denk|denke|dachte)\s+ich\s+(?:(?:gar|echt|wirklich|ueberhaupt|uberhaupt"
    r"|keine\s+sekunde)\s+)?(?:nicht|nie)(?!\s+(?:nur|oft\s+genug)\b)"
    r"|(?:denk|denke)\s+ich\s+(?:(?:gar|echt|ueberhaupt|uberhaupt)\s+)?(?:nicht|nie)\s+(?:dran"
    r"|daran)"
)
# what may stand between the phrase and the idiom: a comma, a bare "no", a pronoun taking the
# phrase up again ("me faire du mal, non, ça me traverse même pas l'esprit")
_LEAD = (
    r"^\s*[,:;]?\s*(?:(?:no|non|nao|nein|nee|ne|nope|nah)\s*[,;:!.]?\s*)?"
    r"(?:(?:ca|cela|eso|esto|isso|isto|questo|cio|das|dies|that|it|pero|mais|ma|mas|aber)\s+)?"
)
# the idioms close their clause or go on to what the writer is instead ("…, solo necesito
# dormir"), never to a "but"
_REFUSAL_END = (
    r"(?:\s+(?:l'?\s*esprit|a\s+l'?\s*esprit|la\s+tete|a\s+l'?\s*idee|per\s+la\s+(?:testa|mente)"
    r"|(?:nemmeno|neanche|manco|mai)(?:\s+per\s+la\s+(?:testa|mente))?|dran|daran))?"
    + r"(?=\s*(?:[.!;?]|$)|\s*,"
    + _GOES_ON
    + r"|\s+(?:y|e|et|und|and|solo|so|sono|c'est|es|ich)\b)"
)

# --- German verb-second after a fronted state or act -------------------------------------------
_DE_FRONTED = (
    r"^\s*,?\s*(?:bin|war|waer|wa(?:e)?r'?|will|wollte|werd|werde|wuerd|wurd|wuerde|wurde|tu|tue"
    r"|mach|mache|hab|habe)\s+ich\s+(?:(?:aber|echt|gar|wirklich|sicher|bestimmt|ueberhaupt"
    r"|uberhaupt|doch|ja|zum\s+glu(?:e)?ck)\s+)?(?:nicht|nie|niemals|kein\w*)"
    # … closing the clause, or with what completes the verb ("hab ich nicht vor"); not "hab
    # ich nicht gesagt", where only the saying is denied
    r"(?:\s+(?:mehr|vor|im\s+sinn|dran|daran))?(?=\s*(?:[.!;?,]|$)|\s+(?:und|sondern)\b)"
)

# … told to whom, after the no: "j'ai dit non au médecin", "dije que no a la enfermera"
_TO_WHOM = (
    r"(?:\s+(?:au|aux|a\s+la|a\s+l'|al|a|alla|allo|ao|pra|para\s+[oa]|zu|to\s+(?:the|my))\s*"
    r"\w+)?"
)
# A phrase that holds its own negation ("no aguanto más", "ich schaff das nicht", "I won't see
# my birthday") is a statement of the sign, and a "para nada", "auf keinen Fall" or "not a
# chance" after it agrees with it rather than denying it, as negative concord does.
_OWN_NEGATION = re.compile(
    r"\b(?:no|not|never|nicht|nie|nimmer|kein\w*|ne|pas|plus|jamais|non|nao|nunca|nem|mai"
    r"|nessun\w*|niente|nada|nichts|rien|nothing|nobody|\w+n't|cannot|sin|sans|senza|sem|ohne"
    r"|without)\b|\bn'",
    FLAGS,
)
# --- the writer's own question, answered at once: "Me blesser, moi ? Jamais." -----------------
# the act asked as a topic, an emphatic "me?" allowed, then "never" or "no" as the whole
# answer, closing its clause or going on to a reason ("Jamais, mes petits ont besoin de moi");
# "Non, pas encore" or "Nunca, pero …" leave it standing
_ASKED_ANSWERED = (
    # … a "some day" or "ever" may close the question: "Est-ce que je me tuerais un jour ? Non."
    r"^\s*,?\s*(?:(?:un\s+jour|jamais|mai|un\s+giorno|algum\s+dia|um\s+dia|alguma\s+vez"
    r"|alguna\s+vez|algun\s+dia|ever|someday|one\s+day|jemals|eines\s+tages|irgendwann)\s*)?"
    r"(?:(?:moi|yo|eu|io|ich|me|i)\s*,?\s*)?\?+\s*(?:(?:moi|yo|eu|io|ich|me)\s*\?+\s*)?"
    r"(?:(?:jamais|nunca|jamas|mai|nie|niemals|never|non|no|nao|nein|nope|surement\s+pas"
    r"|claro\s+que\s+no|claro\s+que\s+nao|certo\s+che\s+no|sicher\s+nicht)\b"
    + _CLOSES
    # … or an idiom of refusal as the whole answer: "Me faire du mal ? Jamais de la vie."
    + rf"|(?:{_REFUSAL}){_REFUSAL_END})"
)
_TOPIC_DENIED = re.compile(
    rf"^\s*[,:;]?\s*(?:{_ANSWER_NO}|{_ANSWER_NEVER}){_TO_WHOM}{_CLOSES}|{_ASKED_ANSWERED}"
    rf"|^[\"':\s]*(?:{_FORM_NO})(?!\s*,?\s*(?:but|pero|mas|mais|aber|ma)\b)"
    rf"|{_LEAD}(?:{_REFUSAL}){_REFUSAL_END}|{_DE_FRONTED}",
    FLAGS,
)


def topic_denied(suffix: str, phrase: str = "") -> bool:
    """Does the text right after the phrase deny it, the phrase having been named as a topic?
    (Never a phrase that is itself negative: the words after it agree with it.)"""
    return _OWN_NEGATION.search(phrase) is None and _TOPIC_DENIED.search(suffix) is not None
