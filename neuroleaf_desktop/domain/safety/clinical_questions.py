"""A clinician's or a form's question about a sign, told in the shapes ``context.in_question``
does not read: the question verb after its topic, or the sign as an item of a checklist.

Why: "the doctor asked if …" names the sign as a question's topic before the sign. People also
tell the question with its verb last ("der Doc hat nach Selbstmordgedanken gefragt", "the
nurse, about self-harm, asked me straight"), or tell the items a clinician went through ("la
psychiatre a coché ses cases, idées de mort, projet", "the GP ticked through the list:
thoughts of suicide, plans"), or ask with a dialect's "if" ("m'ha chiesto si penso a …").
Each is the sign as the topic of someone's question; whether the writer answered yes is still
read after it (``clinical_answers``), so "… gefragt, hab's zugegeben" stays the writer's.

Only with someone who asks for a living named near it (a doctor, a nurse, a therapist, a form):
"my mum asked …" is an ordinary question, and "I told the doctor I want to die" is no question
at all, so a telling by the writer between the question and the sign keeps the sign the writer's.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.rules import FLAGS

# Someone who asks about signs for a living, or the form they read from.
_ASKER = (
    r"\b(?:doc|doctor|gp|nurse|therapist|psychiatrist|psychologist|counsell?or|consultant"
    r"|psych|clinician|form|questionnaire|screening|checklist|assessment|quiz|survey|phq-?9?"
    r"|doktor|a(?:e)?rztin|arzt|therapeut\w*|psychiater\w*|psycholog\w*|pfleger\w*|schwester"
    r"|fragebogen|ambulanz"
    r"|medecin|docteur|psy|psychiatre|psychologue|therapeute|infirmier\w*|formulaire"
    r"|medic[oa]|doctora|psiquiatra|psicolog[oa]|terapeuta|enfermer[oa]|cuestionario"
    r"|formulario|doutora?|enfermeir[oa]|questionario"
    r"|medico|miedeco|dottor\w*|psichiatra|infermier[ae]|modulo"
    # any other doctor or the place one is seen: "die Orthopädin", "el centro de salud"
    r"|dentist|physio\w*|surgeon|specialist|orthopa(?:e)?d\w*|\w+a(?:e)?rzt(?:in)?|praxis"
    r"|clinic|surgery|centro\s+de\s+salud|ambulatorio|consultorio|posto\s+de\s+saude"
    r"|cabinet|traumatolog[oa]|fisio\w*|kine"
    # a check-up at work or at the doctor's, where a screening test is done to the writer ("en
    # la revisión de empresa me hicieron el test", "beim Check-up", "à la visite médicale")
    r"|revision(?:\s+(?:de\s+empresa|medica|anual))?|reconocimiento\s+medico|chequeo|check-?up"
    r"|medical|visite\s+medicale|medecine\s+du\s+travail|visita\s+medica|exame\s+periodico"
    r"|vorsorge\w*|betriebsarzt\w*)\b"
)
# The question's verb, or the going through of a checklist.
_ASKING = (
    r"\b(?:asked|asks|asking|ticked|went\s+through|ran\s+through|runs\s+through|went\s+over"
    r"|checked\s+off|gefragt|fragt|fragte|abgefragt|angesprochen|thematisiert"
    r"|erkundigt|demande|pregunta|pergunta|chiede"
    r"|abgehakt|durchgegangen|demande|coche\w*|passe\s+en\s+revue|pregunt[oó]|preguntado"
    r"|repaso|marco|pergunt(?:ou|ado)|passou|chiest[oa]|domandat[oa]|spuntat[oa]"
    # wanting to know: "wollte der Arzt wissen, ob …", "wanted to know if …"
    r"|wanted\s+to\s+know|wissen\s+wollte|wissen|queria\s+saber"
    # checking on the writer: "the counsellor checks every week if …", "verifica se", "prüft, ob"
    r"|checks|checked|checking|pruft|prueft|verifie|comprueba|verifica|controlla"
    r"|voulait\s+savoir|voleva\s+sapere)\b"
)
# A checklist named: the sign is one of its items.
_LIST = (
    r"\b(?:box|boxes|list|checklist|questions?|tests?|lines?|items?|ka(?:e)?stchen|liste|fragen?"
    r"|cases|casillas|lista|preguntas?|perguntas?|caselle|domande|domanda)\b"
)
# The writer telling, not being asked: "I told the doctor …", "le dije al médico …"
_TOLD = (
    r"\b(?:i\s+(?:said|told|answered|replied|admitted|wrote)|ich\s+(?:sagte|hab\w*\s+gesagt)"
    r"|j'ai\s+(?:dit|repondu|avoue)|le\s+dije|(?:eu\s+)?disse|contei|ho\s+detto|aggio\s+ditto)\b"
)

# The topic raised, its verb taking the sign as its object: "brought up suicidal thoughts",
# "a abordé les idées de mort", "sacó el tema de las autolesiones", "sprach die Gedanken … an",
# "abordou os pensamentos", "ha toccato il tema dei pensieri"
_RAISED = (
    r"\b(?:brought\s+up|raised|went\s+over|ran\s+through|touched\s+on|covered|mentioned"
    r"|sprach|spricht|abordee?|evoquee?|soulevee?|aborda|evoque|souleve|aborde"
    r"|saco\s+el\s+tema\s+de|planteo|menciono|abordo|toco\s+el\s+tema\s+de"
    r"|abordou|mencionou|levantou|tocou\s+(?:no\s+assunto|na\s+questao)\s+d"
    r"|ha\s+(?:affrontato|toccato|sollevato|nominato|tirato\s+fuori)(?:\s+il\s+tema\s+d\w*)?)"
    r"\s+(?:(?:the|les|la|le|l'|las|los|el|os|as|o|a|die|den|das|il|i|gli|lo|dei|degli|delle"
    r"|del|de|da|do|des|du|d')\s*)?"
)
# The question verb and its asker before the sign, close to it, no telling between, the
# question opened by its "if" or "about" (a dialect's "si" too: "m'ha chiesto si")
_ABOUT = (
    # (an adverb may come between: "fragt routinemäßig nach", "asks routinely about")
    r"(?:\s+(?:routinely|always|again|routinem(?:a|ae)ssig|immer|wieder|toujours|siempre|sempre"
    r"|\w+mente|\w+ment|weekly|(?:every|each)\s+(?:week|session|visit|time|appointment|month)"
    r"|jede\s+woche|chaque\s+(?:semaine|seance)|cada\s+(?:semana|sesion|sessao)"
    r"|ogni\s+(?:settimana|seduta)))?"
    r"\s*,?\s+(?:(?:me|mi|m'|mich|lhe|le|nous|us)\s*)?(?:if|whether|about|for|si|se|ob|nach|sobre|por"
    r"|de|des|d'|dei|delle|di)\b"
    # (the French "si" elided before "il": "a vérifié s'il y avait un risque")
    r"|\s+s'\s*(?=ils?\b)"
)
_ASKED_BEFORE = re.compile(
    rf"{_ASKER}[^.!?\n]{{0,50}}?{_ASKING}{_ABOUT}(?:(?!{_TOLD})[^.!?\n]){{0,45}}$"
    # … or the asker going through a named list, the sign among its items
    rf"|{_ASKER}[^.!?\n]{{0,60}}?{_LIST}(?:(?!{_TOLD})[^.!?\n]){{0,45}}$"
    # … or the asker raising the sign as a topic, right before it
    rf"|{_ASKER}[^.!?\n]{{0,40}}?{_RAISED}(?:(?!{_TOLD})[^.!?\n]){{0,25}}$",
    FLAGS,
)
# The asker before the sign, the question verb right after it: "hat nach … gefragt"
_ASKER_BEFORE = re.compile(rf"{_ASKER}(?:(?!{_TOLD})[^.!?\n]){{0,60}}$", FLAGS)
_ASKING_AFTER = re.compile(rf"^[^.!?\n]{{0,25}}?{_ASKING}", FLAGS)
# … or the asker before the sign and the sign asked, its question mark right after it: "the
# form: thoughts of ending your life? none", "il questionario: idee di togliermi la vita? no"
_ASKED_MARK = re.compile(r"^\s*\?", FLAGS)
# The writer's no, as an answer: said ("I said no", "aggio ditto no"), or heading a clause of
# its own ("…, nö, hab ich keine", "…, rien de tout ça chez moi", "No, none.")
_ANSWERED_NO = re.compile(
    r"\b(?:said|answered|replied|told\s+\w+|dije|respondi|conteste|disse|falei|gesagt|sagte"
    r"|antwortete|dit|repondu|detto|ditto|risposto"
    # … or could say it: "j'ai pu lui dire que non", "le pude decir que no", "konnte sagen: nein"
    r"|dire|decir|decirle|dizer|dizer-lhe|sagen|say|tell\s+\w+"
    # the no written or ticked on the form: "puse que no", "ticked no", "ho messo no"
    r"|puse|marque|marquei|pus|coche|ticked|circled|put|wrote|messo|segnato|barrato|angekreuzt)"
    r"\s*,?\s*(?:that\s+|que\s+|di\s+|dass\s+)?(?:no|nope|not|non|nao|nein|never|nunca|jamas"
    r"|jamais|nie|niemals|mai)\b"
    # … or a "none" as the answer, closing it: "respondí que ninguna", "I said none", "ho
    # risposto nessuna" (not "I said none of the pills helped": the "none" goes on)
    r"|\b(?:said|answered|replied|dije|respondi|conteste|disse|respondi|falei|gesagt|sagte"
    r"|antwortete|dit|repondu|detto|risposto)\s*,?:?\s*(?:that\s+|que\s+|di\s+|dass\s+)?"
    r"(?:none|ningun[oa]?|nenhum[a]?|nessun[oa]?|keine?|aucune?)(?=\s*(?:[,.!;:]|$|\s+(?:y|and"
    r"|e|und|et)\b))"
    # the question denied in one verb: "hab verneint", "ho negato", "lo negué"
    r"|\b(?:hab\w*\s+)?verneint\b"
    # … or could deny it: "das konnte ich guten Gewissens verneinen"
    r"|\b(?:konnte|kann|durfte)\s+(?:ich\s+)?(?:[\w-]+\s+){0,3}?verneinen\b|\b(?:ho\s+negato|lo\s+negue|neguei|j'\s*ai\s+nie)\b"
    # … or the thing asked after said not to be there: "il n'y en a pas", "there isn't any",
    # "no lo hay", "não há nenhum", "non ce n'è", "es gibt keins"
    r"|(?:^|[,;:.!?\-]\s*)(?:il\s+n'\s*y\s+en\s+a\s+(?:pas|aucun)|there\s+(?:isn'?t|wasn'?t)\s+any"
    r"|no\s+(?:lo|la)\s+hay|no\s+hay\s+ningun[oa]?|nao\s+(?:ha|havia)\s+nenhum\w*"
    r"|non\s+ce\s+n'\s*e|es\s+gibt\s+kein\w*)(?=\s*(?:[,.!;:]|$))"
    r"|(?:^|[,;:.!?\-]\s*)(?:(?:honestly|ehrlich|franchement|sinceramente|onestamente)\s*,?\s*)?"
    r"(?:(?:no|nope|nah|nee|nein|non|nao|never|nunca|jamais|mai)"
    r"(?=\s*(?:[,.!;:]|$))|(?:none|nothing|nix|nichts|keine?|rien|nada|niente|nulla|nenhum\w*"
    r"|nessun\w*|ningun\w*|aucune?)\b"
    # a test's result: "all negative", "todo negativo"
    r"|(?:(?:all|todo|tudo|tout|alles|tutto)\s+)?negati\w+(?=\s*(?:[,.!;:]|$)))"
    # the answers given, all of them no: "all answers negative", "risposte tutte negative e
    # sincere", "todas mis respuestas fueron no", "alle Antworten waren nein"
    r"|\b(?:(?:all|every|tod[oa]s|toutes|tous|alle|tutt[ei])\s+)?(?:(?:the|my|las|los|mis|as|os"
    r"|minhas|les|mes|die|meine|le|mie)\s+)?(?:answers|responses|respuestas|respostas|reponses"
    r"|antworten|risposte)\s+(?:(?:were|are|all|tod[oa]s|tutte|toutes|alle|fueron|eran|foram"
    r"|eram|etaient|waren|erano|sono)\s+){0,2}(?:negati\w+|no|nein|non|nao)(?=\s*(?:[,.!;:]|$"
    r"|\s+(?:y|and|e|und|et)\s))"
    # an item's score, none: "got a big fat zero", "scored 0", "was zero"
    r"|\b(?:got|scored|score[ds]?|was|came\s+(?:back|out))\s+(?:as\s+)?(?:a\s+)?(?:big\s+(?:fat\s+)?"
    r"|round\s+|clean\s+)?(?:zero|0|nought|nil|nothing)\b",
    FLAGS,
)


# The no given before the item it answers, right before it: "no to the one about …", "ticked
# no for …", "a coché non pour les …", "marcou não para as …", "ha segnato no per i …", "hat
# nein bei … angekreuzt" (the item its object, a few words at most between)
_NO_BEFORE = re.compile(
    r"\b(?:no|non|nao|nein)\s+(?:to|for|on|pour|a|aux?|para|pras?|per|bei|zu|a\s+la|al)\s+"
    r"(?:[\w']+\s*){0,4}$",
    FLAGS,
)
# … the asker marking that no on the form: "l'infirmière a coché non pour les pensées de mort"
_MARKED_NO_BEFORE = re.compile(
    rf"{_ASKER}[^.!?\n]{{0,50}}?\b(?:ticked|marked|circled|put|coche|marque|marco|marcou"
    r"|segnato|messo|barrato|angekreuzt|kreuzte)\s+(?:no|non|nao|nein)\s+(?:to|for|on|pour|a"
    r"|aux?|para|pras?|per|bei|zu)\s+(?:[\w']+\s*){0,4}$",
    FLAGS,
)
# The no right after the item, closing it, the item and its answer told among the asked
# questions: "…, pensieri di morte no, ho risposto onestamente", "ideas de muerte no, …"
_NO_RIGHT_AFTER = re.compile(
    r"^\s+(?:no|non|nao|nein|none|nope)(?=\s*(?:[,.;:!]|$))",
    FLAGS,
)


def asked_and_answered_no(sentence_prefix: str, after: str) -> bool:
    """Is the phrase the topic of a clinician's or a form's question, told with the question
    verb after it, as an item of a checklist, or with a question word the other readings do
    not hold, and did the writer answer it no (in the words after it, up to the next
    sentence's end, or as a no given right before the item)?"""
    asked = _ASKED_BEFORE.search(sentence_prefix) is not None or (
        _ASKER_BEFORE.search(sentence_prefix) is not None
        and (_ASKING_AFTER.search(after) is not None or _ASKED_MARK.match(after) is not None)
    )
    if not asked:
        return _MARKED_NO_BEFORE.search(sentence_prefix) is not None
    if _NO_BEFORE.search(sentence_prefix) or _NO_RIGHT_AFTER.match(after):
        return True
    answer = re.match(r"[^.!?\n]*[.!?\n]*[^.!?\n]*", after)
    return answer is not None and _ANSWERED_NO.search(answer.group(0)) is not None


# A sign written as a form's item and its answer right after, the item heading its sentence:
# "Suicidal thoughts, none.", "Self-harm: no.", "Ideas de muerte: ninguna.", "Suizidgedanken:
# keine." The answer is the whole of what follows the item, so "Suicidal thoughts, none today
# but …", "…, no let-up" and "…, nonstop" stay the writer's.
_ITEM_HEAD = re.compile(r"^[\W\d]*(?:q\d+\W*|item\s+\d+\W*)?$", FLAGS)
# (not "never", "nunca", "mai" or a bare "no"/"não" after a comma: "Nada va a mejorar, nunca.",
# "Não vale a pena, não." repeat the sign for weight; only "none" and its kin, or a "no" after a
# colon or a dash, answer an item)
_ITEM_ANSWERED_NO = re.compile(
    r"^(?:\s*[\w'-]+){0,3}\s*(?:(?:,|:|\s-)\s*(?:none|nope|nil|n/a|ningun[oa]?|keine?|aucune?"
    r"|nenhum[a]?|nessun[oa]?)|(?::|\s-)\s*(?:no|nein|non|nao))\s*(?:[.!;]|$)",
    FLAGS,
)


def item_answered_no(sentence_prefix: str, after: str) -> bool:
    """Is the phrase a form's item heading its sentence, answered no right after it?"""
    return (
        _ITEM_HEAD.match(sentence_prefix) is not None and _ITEM_ANSWERED_NO.match(after) is not None
    )
