"""Negation: does a cue earlier in the same clause cancel a matched phrase?

A cue (``not``, ``never``, ``n't``, ``no longer``, ``without``, ``no intention`` …; ``no`` /
``nunca`` in Spanish, ``nicht`` / ``nie`` / ``kein`` in German, ``ne`` / ``pas`` / ``jamais``
in French, ``não`` / ``nunca`` in Portuguese, ``non`` / ``mai`` in Italian) at most six words
before the phrase, with no ``if`` / ``because`` / ``when`` between, cancels it: "I would never
kill myself", "I'm not suicidal", "nunca me haría daño". Phrases whose meaning *is* a negation
("I don't want to live anymore", "no quiero vivir", "je n'en peux plus") carry the negation
inside the rule, so it is not mistaken for a cue. Some cues do not negate: "I can't stop
thinking about killing myself", "I don't know why I want to die".
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.negation_en_reply import denied_after
from neuroleaf_desktop.domain.safety.negation_postposed import denied_postposed
from neuroleaf_desktop.domain.safety.negation_reason import NEARLY
from neuroleaf_desktop.domain.safety.negation_topic import topic_denied
from neuroleaf_desktop.domain.safety.result import MatchStatus, SpanMatch
from neuroleaf_desktop.domain.safety.rules import FLAGS
from neuroleaf_desktop.domain.safety.rules_core_signs import NEGATION

_NEGATION_CUES: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        # "clean from self-harm for a year", "free of those thoughts": a streak of not doing it
        # "nowhere near suicidal", "far from wanting to die": the state said to be distant
        r"\b(?:not|never|no\s+longer|nor|without|stopped|quit|clean\s+(?:from|of|off)"
        r"|nowhere\s+near|nowhere\s+close\s+to|far\s+from"
        # "no part of me wants to die": the whole self said to be without the wish
        r"|no\s+part\s+of\s+me"
        # "nothing in me wants to end things": the same, said of everything inside the writer
        r"|nothing\s+in\s+me"
        r"|free\s+(?:from|of)"
        # a clinician's note: "denied any self-harm", "denies any thoughts of ending it"
        r"|denie[sd]\s+(?:any|all|ever)"
        r"|no\s+(?:desire|intention|intent|plans?|thoughts?|urges?|wish|way(?!\s+out))"
        # "zero" said for "no": "zero urge to hurt myself", "zero intention of doing anything"
        r"|zero\s+(?:desire|intention|intent|plans?|thoughts?|urges?|wish|interest)"
        r"|no(?=\s*$)"
        r"|\w+n't|dont|didnt|doesnt|wont|wouldnt|cant|couldnt|shouldnt|isnt|arent|wasnt|werent"
        r"|havent|hasnt|hadnt|aint|cannot)\b",
        FLAGS,
    ),
    # "nao": a Portuguese sentence read by a Spanish rule ("faz meses que não me corto")
    "es": re.compile(
        r"\b(?:no|nao|nunca|jamas|ni|tampoco|sin|ningun[oa]?|ningunos|ningunas"
        r"|cero\s+(?:ganas|intencion|deseos?))\b",
        FLAGS,
    ),
    "de": re.compile(
        r"\b(?:nicht|nie|niemals|kein|keine|keinen|keinem|keiner|ohne"
        r"|null\s+(?:bock|lust|absicht|plan|gedanken))\b",
        FLAGS,
    ),
    # "je me sens plus piégée" (no longer), but not "de plus en plus" (more and more)
    "fr": re.compile(
        r"\b(?:ne|pas|jamais|aucun|aucune|sans|(?<!en\s)plus(?!\s+en\s+plus)"
        # "plus simple", "plus facile": a comparative, not "no longer"
        r"(?!\s+(?:simple|facile|heureu\w*|tranquille|calme|souvent|grand\w*|fort\w*|loin|tard|tot"
        r"|beau|belle|dur\w*|doux|leger|vite)))\b|\bn'",
        FLAGS,
    ),
    "pt": re.compile(
        r"\b(?:nao|nunca|jamais|nem|sem|nenhum|nenhuma|zero\s+(?:vontade|intencao))\b", FLAGS
    ),
    # "macché" (no way, far from it) denies what follows it
    "it": re.compile(r"\b(?:non|mai|nessun|nessuno|nessuna|senza|ne|macche)\b", FLAGS),
}
# A cue followed by these does not negate what comes after it.
_NOT_A_NEGATION = re.compile(
    r"\s*(?:stop|help|shake|get\s+(?:rid|over|past)|sure|know|tell|understand|wait|even\s+know"
    r"|be\s+bothered"
    # "no hay salida y no aguanto …": a way out denied is the sign itself, not a negation of
    # what follows
    r"|hay\s+salida|(?:tem|ha)\s+saida|c'?\s*e\s+via\s+d'?\s*uscita|way\s+out"
    # "no point booking it", "no tiene sentido renovarlo", "hat keinen Sinn": the point of a
    # thing denied, not what follows
    r"|(?:point|sense|use)(?:\s+in)?(?:\s+(?:book|renew|plan|sav|buy|keep|pay|sign|order|fix)\w*"
    r"|(?=\s*$))|(?:tiene|tem|faz|ha)\s+(?:sentido|senso)(?:\s+\w+(?:ar|er|ir|are|ere|ire)\b"
    r"|(?=\s*$))"
    r"|la\s+peine|sinn,?\s+(?:\w+\s+){0,3}?zu\s+\w+en|(?:a\s+pas\s+)?de\s+sens\s+de\s+\w+er"
    r"|remember|care\s+if|ever\s+(?:felt|been)\s+(?:so|this)|(?:felt|been)\s+(?:so|this|more)"
    r"|se\s+por\s+que|weiss\s+nicht|sais\s+pas|sei\s+perche|sei\s+porque)\b",
    FLAGS,
)
# A negative determiner right before the phrase, in whichever language the phrase was read by:
# "nessun autolesionismo" read by a Spanish rule, "sem automutilação" by a French one. Each word
# is a determiner of "none" or "without" in its own language and nothing in the others ("zero"
# is said for "no" in English and Portuguese: "zero urge to hurt myself"; "sin"
# is left to Spanish: Italian "sin da piccola" is "ever since").
_NONE_BEFORE = re.compile(
    r"\b(?:nessun[oa]?|nenhum[a]?|ningun[oa]?|aucune?|sem|senza|sans|ohne|kein\w*|without|zero)\s+"
    r"(?:\w+\s+)?$"
    # … or "nothing" right before the word it qualifies: "nothing suicidal about it", "nowt
    # suicidal", "rien de suicidaire", "niente di suicida", "nada de suicida", "nichts
    # Suizidales" (not "nothing but": the word must follow it at once)
    r"|\b(?:nothing|nowt|naught|rien\s+de|niente\s+di|nulla\s+di|nada\s+de|nichts)\s+$"
    # … or none of the thoughts the phrase is the object of: "nada de pensamentos de acabar com
    # tudo", "sin ideas de …", "keine Gedanken an …", "aucune pensée de …"
    r"|\b(?:nada\s+de|rien\s+de|niente\s+di|nulla\s+di|nessun[oa]?|nenhu(?:m|ns|mas?)"
    r"|ningun[oa]?s?|aucune?s?|sem|sin|senza|sans|ohne|keine?|without|zero)\s+(?:thoughts?"
    r"|pensamentos|ideias|pensamientos|ideas|pensees|idees|pensieri|idee|gedanken)\s+(?:of|about"
    r"|de|di|d'|an|ad|a)\s*$",
    FLAGS,
)
# … before a noun only: "sem me cortar", "sans me blesser" name an act, and a streak of not doing
# it ("recaída depois de 200 dias sem me cortar") is for the language's own rules to judge.
_PRONOUN_FIRST = re.compile(r"\s*(?:me|mi|m'|se|si|s'|mich|mir|sich|myself|te|ti)\b", FLAGS)
# "Not a day goes by that I don't think about…": two negations, a positive statement.
_DOUBLE_NEGATION = re.compile(
    r"\b(?:not|never)\s+(?:a|one)\s+(?:single\s+)?(?:day|night|moment|minute|hour|week)\s+"
    r"(?:goes|passes)\s+by\b"
    # "I'd be lying if I said I hadn't thought about it"
    r"|\blying\s+if\s+i\s+(?:said|told\s+you|claimed)\b",
    FLAGS,
)
# Words that start a new proposition between a cue and the phrase ("didn't think anyone would
# care *if* I killed myself"): the cue does not reach past them.
_SCOPE_BREAK = re.compile(
    r"\b(?:if|when|whether|because|unless|until|than|since|si|cuando|porque|wenn|weil|ob"
    r"|quand|parce|quando|perche|se)\b",
    FLAGS,
)
# "Nessuno immagina che non voglio più vivere", "nobody knows I want to die", "personne ne se
# doute que …": the "nobody" belongs to the ones who do not know; what they do not know is told
# as true. The cue does not reach past a verb of knowing, guessing or seeing and its "that".
_KNOWER_DENIED = re.compile(
    r"\b(?:nobody|no\s*one|no-one|nessuno|nadie|ninguem|niemand|keiner|personne\s+(?:ne|n'))\s*"
    r"(?:[\w']+\s+){0,2}?(?:knows?|knew|imagines?|imagined|guess(?:es|ed)?|suspects?|suspected"
    r"|sees?|saw|realis\w+|realiz\w+|notices?|noticed|would\s+(?:guess|think|believe|imagine"
    r"|know)|sa|sapeva|immagin\w+|sospett\w+|capisce|vede|nota|si\s+accorge|direbbe|sabe|sabia"
    r"|imagin\w+|sospech\w+|ve|diria|desconfi\w+|suspeit\w+|percebe\w*|weiss|wusste|ahnt"
    r"|ahnte|sieht|merkt|sait|savait|devine|soupconne|voit|remarque|se\s+doute|se\s+rend\s+compte)"
    r"\s*,?\s*(?:that|che|que|qu'|dass)?\s*(?:(?:i|io|eu|yo|je|j'|ich)\s*)?$",
    FLAGS,
)
# "Can't stop thinking about …" in every language: a negation of *stopping*, so the thought
# goes on ("no dejo de pensar en matarme", "je n'arrête pas de penser à me tuer", "non riesco
# a smettere di pensarci"). Taken out of the prefix before the cues are read.
_CANT_STOP = re.compile(
    r"\bno\s+(?:puedo\s+|consigo\s+)?(?:dejar|parar)\s+de\b|\bno\s+(?:dejo|paro)\s+de\b"
    r"|\bnao\s+(?:consigo\s+|posso\s+)?(?:parar|deixar)\s+de\b|\bnao\s+(?:paro|deixo)\s+de\b"
    r"|\bnon\s+(?:riesco\s+a\s+|posso\s+)?smett(?:o|ere)\s+di\b"
    r"|\bn'?\s*(?:arrete|arrive|peux|parviens)\s+pas\s+(?:a\s+)?(?:(?:m'?\s*)?(?:arreter|empecher)"
    r"\s+)?(?:de|d')|\bne\s+(?:cesse|peux\s+pas\s+m'?\s*empecher)\s+(?:pas\s+)?(?:de|d')"
    r"|\b(?:kann|konnte|koennte)\s+nicht\s+(?:damit\s+)?aufh(?:o|oe)ren\b"
    r"|\bh(?:o|oe)re?\s+nicht\s+auf\b"
    # "I haven't stopped thinking about it", "not once this winter have I stopped wanting to":
    # the thinking denied an end goes on
    r"|\b(?:haven'?t|have\s+not|hasn'?t|hadn'?t|didn'?t|did\s+not|never|not\s+once\s+(?:[\w']+\s+){0,5}?"
    r"(?:have|had|did)\s+i)\s+(?:(?:once|ever|really|yet|even|for\s+a\s+(?:day|moment))\s+)?"
    r"(?:stopped|stop|quit|ceased)\b(?=\s+(?:thinking|wanting|wishing|picturing|imagining"
    r"|planning|dreaming|fantasi[sz]ing|considering)\b|\s*$)",
    FLAGS,
)
# "Only" said with a negation word: "je ne suis qu'un poids", "no soy más que una carga", "não
# sou mais do que um fardo", "non sono che un peso" are affirmative.
_ONLY = re.compile(
    r"\bn(?:e\s+|'\s*)(?!(?:pas|plus|jamais|rien|personne)\b)\w+\s+qu(?:e\b|')"
    r"|\bno\s+\w+\s+(?:mas|sino)\s+(?:que\s+)?(?=\w)|\bnao\s+\w+\s+(?:mais\s+)?do\s+que\b"
    # (not a belief denied: "non penso che", "non credo che" deny what follows)
    r"|\bnon\s+(?!(?:penso|credo|dico|direi|pensavo|credevo)\b)\w+\s+(?:altro\s+)?che\b",
    FLAGS,
)
# Negative concord in dialect English (Appalachian, Cajun, AAVE, Cockney): "I can't see no way
# out", "there ain't no getting out", "I don't want nothing no more". A phrase that opens with
# its own negative word is the sign itself, and the earlier "can't" / "ain't" agrees with it
# rather than cancelling it (standard English has no such double negative to protect).
_CONCORD = re.compile(
    r"\s*(?:no\s+(?:way|getting|escape|exit|future|hope|point|reason|one|more|tomorrows?|light|end)|nothing|nobody"
    r"|noone|none)\b",
    FLAGS,
)
# A counterfactual about the writer: "if I wasn't dragging them down", "if I didn't cut I'd
# explode", "if I weren't such a coward I'd end it". The "not" belongs to the supposition, and
# what it supposes away is asserted to be so: the cue denies nothing.
_COUNTERFACTUAL = re.compile(r"\bif\s+(?:only\s+)?(?:i|me|mi)\s+$", FLAGS)
NEGATION_WINDOW_WORDS = 6
# An attempt denied inside the phrase: a rule that reads "I have … tried to kill myself" from
# its subject holds the "never" itself, where a cue before the phrase is never looked for ("I
# have never tried to kill myself", "ich habe nie versucht, mich umzubringen", "nunca he
# intentado matarme", "je n'ai jamais tenté", "nunca tentei", "non ho mai tentato").
_ATTEMPT_DENIED = re.compile(
    r"^\s*(?:i\s+|i'?ve\s+|i\s+have\s+|i\s+had\s+|i'?d\s+)?(?:never|not|haven'?t|hadn'?t"
    r"|didn'?t|havent|hadnt|didnt)\s+(?:(?:ever|once|really|actually|even)\s+)?(?:tried|attempted"
    r"|try|attempt|made\s+an?\s+attempt)\b"
    r"|^\s*(?:ich\s+)?(?:hab\w*|hatte)?\s*(?:ich\s+)?(?:noch\s+)?(?:nie|niemals|nicht)\s+"
    r"(?:\w+\s+)?versucht\b"
    r"|^\s*(?:yo\s+)?(?:nunca|jamas|no)\s+(?:lo\s+)?(?:he\s+|habia\s+)?(?:intentado|intente"
    r"|tratado|trate)\b"
    r"|^\s*(?:eu\s+)?(?:nunca|jamais|nao)\s+(?:tinha\s+|tenho\s+)?(?:tentei|tentado)\b"
    r"|^\s*(?:je\s+)?n'?\s*(?:ai|avais)\s+(?:jamais|pas)\s+(?:tente|essaye)\b"
    r"|^\s*(?:io\s+)?(?:non\s+(?:ho|avevo)\s+mai|mai)\s+(?:tentato|provato)\b",
    FLAGS,
)


# The thought of the act said not to come to mind, right before the act: "ni se me pasa por la
# cabeza hacerme nada", "nem me passa pela cabeça me machucar", "non mi passa neanche per la
# testa di farmi del male", "il ne me viendrait pas à l'esprit de me tuer", "it never crosses my
# mind to hurt myself", "es kommt mir nicht in den Sinn, mir etwas anzutun". The idiom is longer
# than the cue window, so the "ni" or "not" at its head would be out of reach of the act.
_MIND_DENIED_BEFORE = re.compile(
    r"\b(?:ni|no|nunca)\s+(?:se\s+)?me\s+(?:pasa|paso|ha\s+pasado|cruza)\s+(?:\w+\s+)?por\s+"
    r"la\s+(?:cabeza|mente)\s+(?:el\s+)?$"
    r"|\b(?:nem|nao|nunca)\s+(?:me\s+)?(?:passa|passou)\s+(?:\w+\s+)?pela\s+(?:minha\s+)?"
    r"(?:cabeca|mente)\s+$"
    r"|\bnon\s+mi\s+(?:passa|e\s+mai\s+passat[oa]|sfiora)\s+(?:(?:neanche|nemmeno|neppure|mai)"
    r"\s+)?(?:per\s+la\s+(?:testa|mente)\s+)?(?:di\s+|l'idea\s+di\s+)?$"
    r"|\bne\s+me\s+(?:viendrait|vient|traverse)\s+(?:pas|jamais|meme\s+pas)\s+(?:a\s+)?"
    r"(?:l'?\s*(?:esprit|idee)\s+)?(?:de\s+|d')?$"
    r"|\b(?:never|doesn'?t|does\s+not|wouldn'?t|would\s+not)\s+(?:even\s+)?cross(?:es)?\s+my\s+"
    r"mind\s+to\s+$"
    r"|\bkommt\s+mir\s+(?:gar\s+|u(?:e)?berhaupt\s+)?nicht\s+in\s+den\s+sinn,?\s+$",
    FLAGS,
)


# A fronted "not once" or "never" with a time between it and the inverted verb: "Not once this
# winter have I thought about ending things", "never in all these months did I want to die".
# The time counts for nothing: the window is counted from the inverted "have I". Not a thought
# that would not stop, nor a comparison ("never have I wanted it more"): those are the sign.
_INVERTED = re.compile(
    r"^\s*(?:once\s+|for\s+(?:a|one)\s+(?:second|moment|minute|day)\s+)?(?:[\w']+\s+){0,6}?"
    r"(?:have|had|did|do|has|would|could)\s+i\s+(?:(?:ever|really|even|once)\s+)?(?:[\w']+\s+){0,3}$",
    FLAGS,
)
_INVERSION_UNDONE = re.compile(
    r"\b(?:stop\w*|quit|ceased?|without|free\s+of|rid\s+of|more|before|worse)\b", FLAGS
)


def is_negated(prefix: str, lang: str = "en", phrase: str = "") -> bool:
    """Is there a negation cue in ``prefix`` (same clause) that reaches its end?

    A phrase that itself opens a new proposition ("cuando ya no esté", "when I'm gone") is
    out of reach of an earlier cue: "para que no tengan que hacer nada cuando ya no esté"."""
    if _ATTEMPT_DENIED.match(phrase):
        return True
    if (
        _SCOPE_BREAK.match(phrase)
        or _DOUBLE_NEGATION.search(prefix)
        or (lang == "en" and _CONCORD.match(phrase))
    ):
        return False
    if _KNOWER_DENIED.search(prefix):
        return False
    if _NONE_BEFORE.search(prefix) and not _PRONOUN_FIRST.match(phrase):
        return True
    if _MIND_DENIED_BEFORE.search(prefix):
        return True
    prefix = _ONLY.sub(" ", _CANT_STOP.sub(" ", prefix))
    cue_pattern = _NEGATION_CUES.get(lang, _NEGATION_CUES["en"])
    for cue in reversed(list(cue_pattern.finditer(prefix))):
        after = prefix[cue.end() :]
        if _NOT_A_NEGATION.match(after) or (
            lang == "en"
            and (
                _COUNTERFACTUAL.search(prefix[: cue.start()])
                or NEARLY.search(prefix[: cue.start()])
            )
        ):
            continue
        # The nearest real cue decides: close enough and not cut off by "if", "because"…
        if _SCOPE_BREAK.search(after) or (
            lang == "en"
            and _INVERTED.match(after) is not None
            and _INVERSION_UNDONE.search(after) is not None
        ):
            return False
        return len(after.split()) <= NEGATION_WINDOW_WORDS or (
            lang == "en" and _INVERTED.match(after) is not None
        )
    return False


# A negation said after the phrase: "the thought of ending it has never crossed my mind", "il
# pensiero di farla finita non mi ha mai sfiorato", "l'idée d'en finir ne m'a jamais effleurée".
# What keeps a short reply from being a denial: the reply goes on past its comma to a "but"
# or a "not yet" ("no, but I think about it", "no, pero lo pienso", "non, pas encore, mais …",
# "nein, noch nicht, aber …", "não, ainda não, mas …", "no, ancora no, ma …"). Such a reply
# leaves the sign standing. Shared by every question-to-oneself denial below.
_DENIAL_GOES_ON = (
    r"(?!\s*(?:but|yet|not\s+yet|pero|todavia|aun|mas|ainda|mais|pas\s+encore|encore"
    r"|aber|noch|ma|ancora)\b)"
)

# … a "never" that says of what: "mai pensato", "nunca lo pensé", "nie dran gedacht", or
# where it never came: "mai passato per la testa", "nunca pasó por la cabeza", "never crossed
# my mind"
_NEVER_THOUGHT = (
    r"(?:\s+(?:(?:lo|ci|l'|y|daran|dran)\s*)?(?:pensato|pensado|pense|pensei|gedacht|thought"
    r"(?:\s+(?:of|about)\s+it)?|(?:(?:mi|me|m')\s*)?(?:(?:e|ha|est|ist)\s+)?(?:passat[oa]\s+per\s+la"
    r"|pasado\s+por\s+la|passou\s+pela|paso\s+por\s+la)\s+(?:testa|mente|cabeza|cabeca)"
    r"|crossed\s+my\s+mind|venue?\s+a\s+l'?\s*esprit|in\s+den\s+sinn\s+gekommen))?"
)

_NEGATED_AFTER = re.compile(
    # "self-harm free for eight months", "self-harm-free since May"
    r"^\s*-?\s*free\b(?!\s+(?:to|and|for\s+(?:me|us|you)\b))"
    r"|^\s*(?:\?\s*)?(?:(?:(?:has|had|have)\s+)?never\s+(?:once\s+)?(?:crossed|entered)\s+my"
    r"\s+mind"
    r"|non\s+mi\s+(?:ha|hanno|e)\s+mai\s+(?:sfiorat[oa]|passat[oa]\s+per\s+la\s+(?:testa|mente))"
    # … in the present: "non mi passa neanche per la testa", "doesn't even cross my mind"
    r"|non\s+mi\s+(?:passa|sfiora)\s+(?:neanche|nemmeno|neppure|manco|mai)?\s*(?:per\s+la"
    r"\s+(?:testa|mente))?|(?:doesn'?t|does\s+not|never)\s+(?:even\s+)?cross(?:es)?\s+my\s+mind"
    r"|(?:ni|no)\s+(?:se\s+)?me\s+pasa\s+por\s+la\s+(?:cabeza|mente)"
    # ("não passa pela minha cabeça": the "me" left out, the head named as one's own)
    r"|(?:nem|nao)\s+(?:me\s+)?passa\s+pela\s+(?:minha\s+)?(?:cabeca|mente)"
    r"|ne\s+m'?\s*(?:effleure|traverse)\s+(?:meme\s+)?(?:pas|jamais)"
    r"|kommt\s+mir\s+(?:gar\s+)?nicht\s+in\s+den\s+sinn"
    r"|ne\s+m'?\s*(?:a|ont)\s+jamais\s+(?:effleure|traverse)\w*"
    r"|(?:nunca|jamas)\s+(?:se\s+)?me\s+(?:ha\s+)?(?:pasado|paso|cruzado)\s+por\s+la"
    r"\s+(?:cabeza|mente)|(?:nunca|jamais)\s+me\s+passou\s+pela\s+(?:cabeca|mente)"
    r"|(?:ist|kam)\s+mir\s+(?:noch\s+)?nie\s+(?:in\s+den\s+sinn|gekommen)"
    # … or said never to have come at all: "la idea de matarme jamás apareció", "the thought of
    # dying never came", "l'idée de mourir n'est jamais venue", "non è mai arrivata"
    r"|(?:jamas|nunca)\s+(?:(?:se\s+)?me\s+)?(?:aparecio|ha\s+aparecido|llego|vino)"
    r"|(?:jamais|nunca)\s+(?:me\s+)?(?:apareceu|chegou|veio)"
    r"|never\s+(?:once\s+)?(?:came|appeared|showed\s+up|turned\s+up)"
    r"|(?:ne\s+)?(?:m'\s*)?(?:n'\s*)?est\s+jamais\s+(?:venue?|apparue?|arrivee?)"
    r"|non\s+(?:mi\s+)?(?:e|si\s+e)\s+mai\s+(?:appars[oa]|arrivat[oa]|venut[oa])"
    r"|(?:kam|tauchte)\s+(?:mir\s+)?(?:noch\s+)?nie(?:mals)?(?:\s+auf)?)\b"
    # … or counted at nothing, closing its clause: "voglia di morire zero", "ganas de morir
    # cero", "Lust zu sterben null" (a number that goes on, "zero days", is no denial)
    r"|^\s*,?\s*(?:zero|cero|null|nul)\s*(?:[.!?,;]|$)"
    # the phrase taken up again by a pronoun and denied: "taking my own life, that never
    # crossed my mind", "quitarme la vida, eso nunca se me pasó por la cabeza"
    r"|^\s*,\s*(?:that|it|this|eso|esto|isso|isto|ca|cela|das|questo|cio)\s+(?:has\s+)?"
    r"(?:never|nunca|jamais|nie|mai|non\s+mi\s+ha\s+mai|ne\s+m'?\s*a\s+jamais|ist\s+mir\s+nie)\b"
    # … but not the pain that never lets up: "… inside my own skull, it never lets me rest"
    r"(?!\s+(?:lets?|stops?|ends?|leaves?|goes\s+away|gives?|quits?|shuts?|sleeps?|rests?"
    r"|eases?|lifts?|fades?|switches)\b)"
    # the act fronted, then taken up by a thought of it denied: "mir etwas anzutun, daran denk
    # ich null", "hacerme daño, en eso ni pienso", "me machucar, nisso eu nem penso", "me tuer,
    # j'y pense même pas" (not "…, daran denk ich jeden Tag", "…, j'y pense tous les jours")
    r"|^\s*,\s*(?:daran|dran|das)\s+(?:denk\w*|will|mo(?:e)?chte?|werde?)\s+ich\s+(?:\w+\s+)?"
    # (not "… denk ich nicht zum ersten Mal": not for the first time is again)
    r"(?:nicht|nie|null|keine\s+sekunde|kein\s+bisschen)\b(?!\s+zum\s+ersten\s+mal\b)"
    # … or with the "daran" split round the act, the verb straight after it: "an so was wie mir
    # was antun denk ich null" (not "… denk ich nicht nur", "… denk ich jeden Tag")
    r"|^\s*,?\s*(?:denk|denke|dachte)\s+ich\s+(?:(?:gar|echt|wirklich|ueberhaupt|uberhaupt)\s+)?"
    r"(?:nicht|nie|null|keine\s+sekunde|kein\s+bisschen)\b(?!\s+(?:nur|oft)\b)"
    r"|^\s*,\s*(?:en\s+)?eso\s+(?:yo\s+)?(?:no|nunca|ni)\s+(?:lo\s+)?(?:pienso|pense|quiero)\b"
    r"|^\s*,\s*(?:nisso|isso)\s+(?:eu\s+)?(?:nao|nunca|nem)\s+(?:penso|pensei|quero)\b"
    r"|^\s*,\s*(?:j'?\s*y|je\s+n'?\s*y)\s+pense\s+(?:pas|jamais|meme\s+pas)\b"
    # … or said not to be in one's mind: "hurting myself is not in my mind", "no está en mi
    # cabeza", "n'est pas dans ma tête", "non è nei miei pensieri", "ist nicht in meinem Kopf"
    r"|^\s*,?\s*(?:is|was|'s)\s*(?:not|n't|never)\s+(?:in|on|part\s+of)\s+my\s+(?:mind|head|radar"
    r"|cards|plans)\b"
    r"|^\s*,?\s*(?:no|nunca)\s+(?:esta|estuvo|entra)\s+en\s+mis?\s+(?:cabeza|mente|plan\w*)\b"
    # (… "for now" is no denial: "no está en mis planes hoy, pero …")
    r"(?!\s+(?:hoy|todavia|aun|por\s+ahora|de\s+momento|ahora)\b)"
    r"|^\s*,?\s*(?:nao|nunca)\s+(?:esta|esteve|entra)\s+(?:na|nos)\s+(?:minha|meus)\s+"
    r"(?:cabeca|mente|planos|pensamentos)\b"
    r"|^\s*,?\s*(?:n'?\s*est|c'?\s*est)\s+(?:pas|jamais)\s+(?:dans\s+ma\s+tete|dans\s+mes\s+"
    r"(?:pensees|plans)|au\s+programme)\b"
    r"|^\s*,?\s*non\s+(?:e|sta)\s+(?:nella\s+mia\s+testa|nei\s+miei\s+(?:pensieri|piani))\b"
    r"|^\s*,?\s*(?:ist|war)\s+(?:nicht|nie|kein\s+thema)\s*(?:in\s+meinem\s+kopf|ein\s+thema)?"
    r"(?=\s*[,.;!?]|\s*$|\s+(?:in\s+meinem\s+kopf))"
    # a bare "never" right after the phrase, then what it really is: "hacerme daño nunca, lo
    # que pasa es que …", "hurting myself never, it's just the exams"
    r"|^\s*(?:never|nunca|jamais|jamas|mai|nie(?:mals)?)\s*,\s*(?:lo\s+que\s+pasa|es\s+que"
    r"|solo|it'?s\s+(?:just|only)|i'?m\s+just|just|c'?\s*est\s+(?:juste|que)|o\s+que\s+(?:se\s+)?passa"
    r"|e\s+(?:que|so)|e\s+solo|es\s+ist\s+nur|ich\s+bin\s+nur|ist\s+nur|sono\s+solo)\b"
    # "giving my things away doesn't mean I'm planning anything": the act named, its meaning
    # denied ("no significa que", "ne veut pas dire que", "não quer dizer que", "heißt nicht, dass")
    r"|^[^.!?\n]{0,50}\b(?:doesn'?t|does\s+not|don'?t)\s+mean\s+(?:that\s+)?i'?m?\b"
    r"|^[^.!?\n]{0,50}\bno\s+(?:significa|quiere\s+decir)\s+que\b"
    r"|^[^.!?\n]{0,50}\bn'?\s*(?:veut|signifie)\s+pas\s+(?:dire\s+)?que\b"
    r"|^[^.!?\n]{0,50}\bnao\s+(?:significa|quer\s+dizer)\s+que\b"
    r"|^[^.!?\n]{0,50}\bnon\s+(?:significa|vuol\s+dire)\s+che\b"
    r"|^[^.!?\n]{0,50}\b(?:heisst|bedeutet)\s+(?:noch\s+)?nicht,?\s+dass\b"
    # the phrase answered with its own denial: "farmi del male no, mai.", "hurting myself?
    # no, never.", "mich verletzen, nein, nie." (a whole reply closing the sentence)
    r"|^\s*[?,]?\s*(?:no|non|nao|nein|nope|not|pas)\s*,\s*(?:never|mai|nunca|jamais|jamas"
    r"|nie(?:mals)?)" + _NEVER_THOUGHT + r"\s*(?:[.!;]|," + _DENIAL_GOES_ON + r"|$)"
    # the phrase asked of oneself and answered with a plain denial: "want to die? nah, i want
    # to see my grandkids grow up", "killing myself? nope." (not "… no, but i want it over")
    r"|^\s*\?\s*(?:nah|naw|no|nope|never|hell\s+no|of\s+course\s+not|not\s+me|not\s+a\s+chance"
    r"|no\s+chance|no\s+way|not\s+likely|not\s+on\s+your\s+life|absolutely\s+not|not\s+in\s+a"
    r"\s+million\s+years|not\s+ever)\b"
    r"(?:\s+(?:man|mate|bro|fam|girl|dude|sis|boy|way))?\s*(?:[.!;]|," + _DENIAL_GOES_ON + r"|$)"
    # … in the other five languages: "farmi del male? ma no, figurati", "¿matarme? no, qué
    # va", "me matar? nem pensar", "mich umbringen? nee, nie im Leben" (not "no, pero …",
    # "no sé", "non, pas encore": a denial that goes on to a "but" or a "not yet" is no denial)
    r"|^\s*\?\s*(?:(?:ma|mais|pero|mas|aber|ach)\s+)?(?:no|non|nao|nein|nee|naa|nunca"
    r"|jamais|jamas|mai|nie(?:mals)?|figurati|macche|ma\s+va|que\s+va|nem\s+pensar|de\s+jeito"
    r"\s+nenhum|pas\s+du\s+tout|ni\s+loco|ni\s+hablar|claro\s+que\s+no|certo\s+che\s+no"
    r"|bien\s+sur\s+que\s+non|quatsch)(?:\s+(?:no|non|nao|nein|nunca|mai|jamais|figurati|macche"
    r"|nada))?"
    + _NEVER_THOUGHT
    # … said to someone by name of kin or love: "ma figurati mamma", "qué va, mamá"
    + r"(?:\s*,?\s*(?:mamma|mama|mami|mae|maman|papa|papi|pai|mutti|vati|amore|tesoro|cari?[oa]"
    r"|querid[oa]|cheri[e]?|schatz|hija|hijo|figlia|figlio|filha|filho))?"
    + r"\s*(?:[.!;]|,"
    + _DENIAL_GOES_ON
    + r"|$)"
    # a bare "never" between commas: "wanting to hurt myself, never, I just need to cry" (not
    # the emphatic "nada va a mejorar, nunca.")
    r"|^\s*,\s*(?:never|jamais|nunca|jamas|mai|nie(?:mals)?)\s*[,;]"
    # a short denial as the next sentence: "… must want to die. i don't."
    r"|^[^.!?\n]{0,40}[.!?;]\s*(?:but\s+)?i\s+(?:don'?t|do\s+not|'?m\s+not|am\s+not)"
    r"\s*(?:[.!?,;]|$)"
    r"|^\s*[.!?;]\s*(?:tu|will|bin)\s+ich\s+(?:aber\s+)?nicht\s*(?:[.!?,;]|$)"
    # … or a streak told as the next sentence: "used to think about ending it. haven't in months"
    r"|^[^.!?\n]{0,40}[.!?;]\s*(?:but\s+)?(?:i\s+)?(?:haven'?t|havent|have\s+not|hadn'?t)\s+"
    r"(?:(?:done\s+)?(?:since|in|for)\b|(?:once|at\s+all)\b)"
    # German verb-second: the negation follows the phrase ("seit einem Jahr ritz ich mich nicht
    # mehr"), but "nicht nur" (not only) and "nicht mehr lange" (not much longer) do not deny it
    r"|^\s+(?:(?:schon|auch|seit\s+\w+)\s+)?(?:nicht|nie|nimmer)\b"
    r"(?!\s+(?:nur|lange?|mehr\s+lange?|weit)\b)"
    # the thing named first, then denied having, closing the clause: "Suizidgedanken hab ich
    # keine.", "pensamientos suicidas no tengo.", "idées suicidaires, j'en ai pas." (not "me
    # quiero morir, no tengo fuerzas", where the clause goes on)
    r"|^,?\s+(?:hab|habe|hatte|hab')\s+ich\s+(?:aber\s+|echt\s+|gar\s+|zum\s+glu(?:e)?ck\s+)?"
    r"(?:keine?n?|nicht|nie)\s*(?:[.!?,;]|$)"
    r"|^,?\s+(?:no|nunca)\s+(?:tengo|tuve|he\s+tenido)\s*(?:[.!?,;]|$)"
    r"|^,?\s+(?:nao|nunca)\s+(?:tenho|tive)\s*(?:[.!?,;]|$)"
    r"|^,?\s+(?:non\s+ne\s+ho(?:\s+mai)?|non\s+ne\s+ho\s+avut[ie])\s*(?:[.!?,;]|$)"
    r"|^,?\s+(?:j'?\s*en\s+ai|je\s+n'?\s*en\s+ai)\s+(?:pas|aucune?|jamais(?:\s+eu)?)"
    r"\s*(?:[.!?,;]|$)"
    # a form's line answered after a colon: "pensamientos de hacerme daño: ninguno", "thoughts
    # of self-harm: none." (a bare "no" only when it closes the answer: "…: no, I can't stop" is
    # not read as a denial)
    r"|^\s*:\s*(?:ninguno|ninguna|nada|none|nothing|keine|nichts|aucune?|rien|nenhum|nenhuma"
    r"|nessuno|nessuna|niente)\s*(?:[.!?,;]|$)"
    r"|^\s*:\s*(?:no|nein|non|nao|nope)\s*(?:[.!?;]|$)",
    FLAGS,
)


def is_negated_after(suffix: str, phrase: str = "") -> bool:
    """Does the clause go on to deny the phrase ("… has never crossed my mind", "…, ni loco")?"""
    return (
        _NEGATED_AFTER.search(suffix) is not None
        or topic_denied(suffix, phrase)
        # … or answered "no, not once", or called a line never crossed (``negation_en_reply``)
        or denied_after(suffix)
        # … or denied after it, closing its clause: "suicidal I'm not", "nenhuma"
        # (``negation_postposed``)
        or denied_postposed(suffix, phrase)
    )


# The act named as a topic with "de"/"di" and denied whole: "pero de hacerme daño nada, ni lo
# pienso", "mas de me machucar, nada", "ma di farmi del male niente", "mais de me faire du mal,
# rien du tout". The "de" before and the "nothing" closing the clause after make the denial;
# "nada" that goes on ("… nada tiene sentido") is a statement of its own.
_FRONTED = re.compile(r"\b(?:de|di|d')\s*$", FLAGS)
_NOTHING_OF_IT = re.compile(
    r"^\s*,?\s*(?:nada(?:\s+de\s+nada)?|niente|nulla|rien(?:\s+du\s+tout|\s+de\s+tout\s+ca)?"
    r"|nenhum|nothing)\s*(?:[.!?,;:]|$|(?=(?:ni|nem|neanche|nemmeno|manco|meme\s+pas)\b))",
    FLAGS,
)


def is_fronted_and_denied(clause_prefix: str, suffix: str) -> bool:
    """The phrase is the topic of a "de … nada" denial ("de lastimarme nada, ni lo pienso")."""
    return _FRONTED.search(clause_prefix) is not None and _NOTHING_OF_IT.search(suffix) is not None


# Without the writer, others would *not* be better: "sans moi ils ne seraient pas plus heureux",
# "sin mí no estarían mejor", "without me they wouldn't be better off". The negation stands
# inside the phrase, right before the better state it denies.
_NOT_BETTER = re.compile(
    r"\b(?:ne|n'|no|not|nicht|nao|non|wouldn'?t|couldn'?t)\s+(?:\w+\s+)?(?:\w+(?:rai(?:en)?t|rian?"
    r"|riam|rebbero|rebbe)|be|wa(?:e)?ren?)\s+(?:pas\s+)?(?:\w+\s+)?(?:plus\s+|mas\s+|mais\s+"
    r"|piu\s+)?(?:heureu\w*|mejor|melhor|meglio|better|besser|felic\w*|feliz\w*|tranquil\w*"
    r"|libres?|livres?|liber\w*|happier|free)\b",
    FLAGS,
)


# … or the belief in their gain denied where the phrase begins: "I don't think they'd breathe
# easier", "I don't believe my kids would be happier without me", "non penso che starebbero
# meglio senza di me", "no creo que estarían mejor sin mí" (a rule read from the sentence's
# start holds the disbelief, where no cue before the phrase is looked for).
_GAIN_DISBELIEVED = re.compile(
    r"^\s*(?:i\s+)?(?:do|did)(?:n'?t|\s+not|nt)\s+(?:really\s+|honestly\s+|actually\s+)?"
    r"(?:think|believe|reckon|suppose|feel\s+like)\b"
    r"|^\s*(?:yo\s+)?no\s+(?:creo|pienso)\s+que\b|^\s*(?:eu\s+)?nao\s+(?:acho|creio|penso)\s+que\b"
    r"|^\s*(?:io\s+)?non\s+(?:penso|credo)\s+che\b|^\s*je\s+ne\s+(?:pense|crois)\s+pas\s+qu"
    r"|^\s*ich\s+glaube\s+nicht,?\s+dass\b",
    FLAGS,
)


def denies_better_off(phrase: str) -> bool:
    """A burden phrase whose better-off-without-me is itself negated, or disbelieved."""
    return _NOT_BETTER.search(phrase) is not None or _GAIN_DISBELIEVED.match(phrase) is not None


# A statement denied as untrue, whatever it tells: "it isn't true that nobody would miss me",
# "es stimmt nicht, dass ich nicht mehr leben will", "no es verdad que ya no aguanto", "ce n'est
# pas vrai que je n'en peux plus", "não é verdade que", "non è vero che". The frame, "that" and
# at most a few words with no clause mark before the phrase: German writes a comma before
# "dass", so the denial stands in a clause of its own, out of reach of the cues read before a
# phrase, and the other languages' frame may stand further back than their window.
_UNTRUE = (
    r"\b(?:(?:it|that)(?:'s|\s+is|\s+was)\s*(?:not|n't)|it\s+isn'?t|that\s+isn'?t)\s+(?:true"
    r"|the\s+case|so)"
    r"|\b(?:es|das)\s+(?:stimmt|ist)\s+(?:einfach\s+|gar\s+)?nicht(?:\s+wahr|\s+so)?"
    r"|\bce\s+n'?\s*est\s+pas\s+(?:vrai|le\s+cas)"
    r"|\bno\s+es\s+(?:verdad|cierto)|\bnao\s+e\s+verdade|\bnon\s+e\s+vero"
)
_THAT = r"(?:that|dass|que|qu'|che)"
_DENIED_AS_UNTRUE = re.compile(
    rf"(?:{_UNTRUE})(?:\s*,?\s*{_THAT})?\s*(?:'\s*)?(?:[^\W\d][\w']*\s+){{0,8}}$", FLAGS
)
# … the phrase itself opening on the "dass" (a rule that reads the whole clause): the frame
# and its comma end the prefix ("es stimmt nicht, | dass ich nicht mehr leben will")
_UNTRUE_THEN_COMMA = re.compile(rf"(?:{_UNTRUE})\s*,\s*$", FLAGS)
_OPENS_ON_THAT = re.compile(rf"^\s*{_THAT}\b", FLAGS)

# … and, for a burden, the belief in it denied before a German "dass": "Ich glaube nicht, dass
# es leichter wäre, wenn ich nicht mehr da wäre". (Not for every sign: "ich glaube nicht, dass
# ich das noch lange aushalte" is the sign itself.) A "dass" clause that has ended (a further
# comma) is a new statement.
_GAIN_DISBELIEVED_BEFORE_DASS = re.compile(
    r"\b(?:glaube?|denke?|finde?|meine?)\s+(?:ich\s+)?(?:ehrlich\s+gesagt\s+|wirklich\s+"
    r"|eigentlich\s+|echt\s+)?(?:nicht|kaum|nie)"
    r"\s*,\s*dass\s+(?:[^\W\d]+\s+){0,4}$",
    FLAGS,
)


def denied_as_untrue(sentence_prefix: str, phrase: str = "") -> bool:
    """Is the phrase what "it isn't true that" (in any of the six languages) denies?"""
    return _DENIED_AS_UNTRUE.search(sentence_prefix) is not None or (
        _UNTRUE_THEN_COMMA.search(sentence_prefix) is not None
        and _OPENS_ON_THAT.match(phrase) is not None
    )


def gain_disbelieved_before(sentence_prefix: str) -> bool:
    """Is a burden phrase the object of a belief denied just before it ("glaube nicht, dass"),
    or of a statement denied as untrue ("es stimmt nicht, dass")?"""
    return _GAIN_DISBELIEVED_BEFORE_DASS.search(sentence_prefix) is not None or denied_as_untrue(
        sentence_prefix
    )


# A wish denied and a second act joined to it by "and": "I don't want to sleep and not wake up
# tomorrow", "ich will nicht einschlafen und nicht mehr aufwachen", "je ne veux pas dormir et
# ne pas me réveiller", "no quiero dormir y no despertar". The denied "want" governs both acts,
# so the second one (which holds a negation of its own) is denied with the first. The first
# act is at most a few words and no comma: "I don't want to live, I want to sleep and not wake
# up" is a wish said again, not the denied one.
_WISH_DENIED_AND = re.compile(
    r"(?:\b(?:don'?t|dont|do\s+not|never|didn'?t)\s+(?:really\s+|even\s+)?(?:want|wanna|wish)"
    r"\s+(?:to\s+)?|\b(?:will|mo(?:e)?chte|mag|wollte)\s+(?:ich\s+)?(?:\w+\s+)?(?:nicht|nie)\s+"
    r"|\bne\s+(?:veux|voudrais|souhaite)\s+pas\s+|\bno\s+(?:quiero|quisiera|deseo)\s+"
    r"|\bnao\s+(?:quero|queria)\s+|\bnon\s+(?:voglio|vorrei)\s+)"
    r"(?:[^\W\d]+['\s]\s*){1,4}(?:and|n|und|et|y|e)\s+$",
    FLAGS,
)


def wish_denied_before(sentence_prefix: str) -> bool:
    """Is the phrase the second act of a denied wish ("I don't want to sleep and …")?"""
    return _WISH_DENIED_AND.search(sentence_prefix) is not None


#: A span that opens with a negation word of any language ("not wake up", "nicht mehr aufwachen").
_OPENS_DENIED = re.compile(r"^\W*(?:" + "|".join(NEGATION.values()) + r")\b", re.IGNORECASE)


def opens_with_negation(phrase: str) -> bool:
    """Does ``phrase`` start with a negation of its own ("not wake up", "ne pas me réveiller")?"""
    return _OPENS_DENIED.match(phrase) is not None


def drop_denied_pieces(counted: list[SpanMatch], ignored: list[SpanMatch]) -> list[SpanMatch]:
    """Counted spans without the negated pieces of a longer phrase of their category that the
    sentence denies.

    A rule that holds its negation inside ("not wake up") sees no cue before it when it reads
    only the end of a longer phrase: in "I don't want to sleep and not wake up tomorrow, I have
    a flight", "not wake up" is part of the wish the sentence denies, not a wish of its own. A
    piece that opens with no negation of its own, one that outreaches the denied span, or one
    of another category still counts.
    """
    denied = [s for s in ignored if s.status is MatchStatus.NEGATED]
    if not denied:
        return counted
    return [
        span
        for span in counted
        if not (
            opens_with_negation(span.text)
            and any(
                d.category is span.category and d.start < span.start and span.end <= d.end
                for d in denied
            )
        )
    ]
