"""Everyday contexts that make a warning-sign phrase ordinary.

Decisions (tested in tests/domain/test_safety_warning_signs.py):

* Saying goodbye before a holiday, at an airport, to colleagues or to an old flat; a
  farewell speech for a retiring boss; a couple's will after a baby or a house: not a sign.
  A goodbye "for good" with none of these around it, farewell letters to family, a will
  written "just in case" and affairs put in order *are* signs.
* Giving old clothes to charity, decluttering, selling furniture before a move, toys the
  children outgrew: not a sign. Giving treasured things away "because I won't need them" is.
* Buying a rifle for hunting season, a shotgun licence for clay shooting, rope for a climbing
  trip, painkillers for a headache: not a sign *on their own*. Getting a gun with no such
  context is (it is on every list, and it is urgent).
* Stuck in a lift, in traffic, on a game level, an unbearable heatwave or toothache: not a
  sign.

An everyday occasion must be the phrase's own frame, in the sentence the phrase stands in: a
colleague, a team or a "till" elsewhere in the entry, or inside a phrase read across a sentence
end, clears nothing (``occasion_clears``, called from ``everyday_frames.clears``, which knows
where the phrase is). Means taken in secret are a sign whatever they are usually for.

An everyday context only clears the phrase when nothing else in the entry counts: "bought a
rifle for hunting season" is ordinary, but next to "I don't want to be here anymore" it is
counted again (``detector`` re-admits these spans).

The occasion lists per category are in ``everyday_occasions``; this module holds the
sentence-level readings around them (pain past bearing, a cover story, a clean streak) and
``is_everyday``, which weighs them with the figures of speech (``everyday_figures``: a joke, a
song, a hyperbole) and the lessons (``everyday_lessons``: a course on the topic, a question
answered no, a clinician's count).
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety import context, everyday_figures, everyday_lessons
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_occasions import (
    EVERYDAY,
    NO_TIME_AHEAD,
    OTHERS_SPEAK_OF,
)
from neuroleaf_desktop.domain.safety.means_secrecy import kept_silent
from neuroleaf_desktop.domain.safety.rules import FLAGS
from neuroleaf_desktop.domain.safety.rules_means_never_taken import NONE_TAKEN_ALL_KEPT

# Body pain is everyday ("my back is killing me, I can't take it") until the person says it is
# past bearing with no way out: chronic pain is itself a risk factor, not a reason to look away.
_BODY_PAIN = re.compile(
    r"toothache|tooth|knee|back\s+pain|(?:my|the)\s+(?:back|hip|shoulder|neck|stomach|tooth|knee"
    r"|ankle|wrist)|migraine|headache|cramps|period|arthritis|injury|surgery|physio"
    r"|rucken|ruecken|zahn\w*|knie|kopfschmerz\w*|migra(?:e)?ne|bandscheibe|mal\s+(?:au|de)\s+dos"
    r"|mon\s+dos|dents?|genou",
    FLAGS,
)
_PAST_BEARING = re.compile(
    r"\b(?:no\s+(?:way|road)\s+out|no\s+escape|no\s+hay\s+salida|kein(?:en)?\s+ausweg"
    r"|aucune\s+issue|nao\s+(?:tem|ha)\s+saida|via\s+d'?uscita|want\s+it\s+(?:all\s+)?to\s+end"
    r"|end\s+it\s+all"
    # as many years again are past bearing: "six years of it and i can't do another six"
    r"|can'?t\s+(?:do|take|face|bear|survive|stand)\s+another\s+\w+"
    # … or a life that cannot go on so: "can't keep living inside this", "no aguanto seguir
    # así", "je supporte plus de vivre dans ce corps", "non posso continuare a vivere così"
    r"|can'?t\s+(?:keep|go\s+on)\s+living|seguir\s+(?:viviendo\s+)?asi"
    r"|(?:supporte|peux)\s+plus\s+(?:de\s+)?vivre|continuar\s+a\s+viver|continuare\s+a\s+vivere"
    r"|(?:so\s+)?nicht\s+(?:mehr\s+)?weiterleben|sem\s+saida|nenhuma\s+saida)\b",
    FLAGS,
)


# Suffering that is not the body's: "the pain in my hip and the loneliness together are more
# than I can bear" is not an everyday sore hip.
_NOT_BODY = re.compile(
    r"\b(?:loneliness|lonely|grief|despair|emptiness|hopeless\w*|misery|worthless\w*)\b", FLAGS
)
# The everyday thing is only the picture a trapped pain is drawn with: named just after "like" or
# "wie" ("der Schmerz liegt auf mir wie nasser Schnee"), or a lift that holds the writer for
# months, which no real lift does. The weather or the lift told as itself still clears.
_PICTURE_BEFORE = re.compile(
    # (the thing itself likened, never a place the writer is in: "wie eingesperrt im Aufzug")
    r"\b(?:like|wie|comme|como|come)\s+(?!the\b)"
    r"(?:(?!(?:in|im|at|on|au|dans|en|nel|nella|no|na|eingesperrt|stuck|coince\w*)\b)[\w']+\s+){0,2}$",
    FLAGS,
)
_HELD_FOR_MONTHS = re.compile(
    r"\b(?:lift|elevator|aufzug|ascenseur|ascensor|ascensore|elevador)\b[^.!?\n]*"
    r"\b(?:for\s+(?:months|years)|seit\s+(?:monaten|jahren)|depuis\s+des\s+(?:mois|annees)"
    r"|desde\s+hace\s+(?:meses|anos)|da\s+mesi|ha\s+(?:meses|anos))\b",
    FLAGS,
)


def _only_pictured(sentence: str, found: list[str]) -> bool:
    """Is every everyday word found the picture of a likeness, or a lift held for months?"""
    if _HELD_FOR_MONTHS.search(sentence):
        return True
    for word in found:
        spots = [m.start() for m in re.finditer(re.escape(word), sentence)]
        if not spots or not all(_PICTURE_BEFORE.search(sentence[:at]) for at in spots):
            return False
    return True


# The everyday reason is a cover story: "told them it's just decluttering but it isn't",
# "borrow his gun for target practice *wink*".
# A holiday or appointment the writer did not even bother to book: the reason that would make
# "I won't be there in August" ordinary is itself refused ("non ho neanche prenotato le
# vacanze, tanto ad agosto non ci sarò più").
_NOT_EVEN_BOOKED = re.compile(
    r"\b(?:didn'?t|did\s+not)\s+(?:even\s+)?bother\b|\bno\s+point\s+(?:booking|paying|renewing)\b"
    r"|\bgar\s+nicht\s+erst\b|\bmeme\s+pas\s+pris\s+la\s+peine\b"
    r"|\bni\s+(?:siquiera|me\s+molest\w+)\b|\bnem\s+me\s+dei\s+ao\s+trabalho\b"
    r"|\bnem\s+(?:marquei|reservei)\b|\bnon\s+ho\s+(?:neanche|nemmeno|neppure)\s+(?:prenotato"
    r"|fissato|rinnovato)\b",
    FLAGS,
)

# A clean streak counted: "200 days since i last self harmed", "faz um ano que não me corto" —
# unless the urge is back in the same sentence.
_CLEAN_STREAK = re.compile(
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?"
    # (the date of the count may stand between: "three years this May since the last time I …")
    r"|years?)\s+(?:(?:this|next|come)\s+\w+\s+|now\s+|today\s+)?(?:since\s+(?:i\s+(?:last\s+)?"
    r"|the\s+last\s+time\s+i\s+)|clean\b|free\b)"
    r"|\bfaz\s+(?:\d+|um|uma|dois|duas|tres|seis)\s+\w+\s+que\s+nao\s+me\b"
    r"|\bhace\s+(?:\d+|un|una|dos|tres|seis)\s+\w+\s+que\s+no\s+me\b"
    r"|\bseit\s+(?:\d+|einem|einer|zwei|drei|sechs)\s+(?:tagen|wochen|monaten|jahren?)\s+(?:nicht"
    r"\s+mehr|clean)\b"
    r"|\bdepuis\s+(?:\d+|un|une|deux|trois|six)\s+(?:jours|semaines|mois"
    r"|ans?)\s+(?:je\s+)?(?:ne\s+)?"
    r"me\s+suis\s+pas\b"
    r"|\bda\s+(?:\d+|un|una|due|tre|sei)\s+(?:giorni|settimane|mesi|anno|anni)\s+non\s+mi\b",
    FLAGS,
)
_URGE_NOW = re.compile(
    r"\b(?:urge|tempted|want\s+to\s+again|again\s+today|relaps\w*|vontade|ganas|envie|voglia"
    r"|drang|again|wieder|nuevo|novo|nuovo|nouveau|volvi|voltei|went\s+and"
    # the streak ended: "six weeks clean and I broke it", "recaí", "rechute", "Rückfall"
    r"|broke\s+it|blew\s+it|reca(?:i|ida)|rechut\w*|ricadut\w*|ruckfall\w*)\b",
    FLAGS,
)

_COVER_STORY = re.compile(
    r"\b(?:told|tell|telling|said|saying)\s+(?:them|everyone|people|him|her|my\s+\w+)\s+"
    r"(?:it'?s|it\s+(?:is|was))\s+(?:just|only)\b[^.!?\n]*\bbut\s+it\s+(?:isn'?t|wasn'?t|is\s+not"
    r"|was\s+not|'?s\s+not)\b|\b(?:wink(?:\s+wink)?|nudge\s+nudge)\b|;\)"
    # an injury passed off as an accident: "cut too deep, told them it was an accident"
    r"|\b(?:told|tell|telling|said|saying)\s+(?:them|everyone|people|him|her|the\s+\w+|my\s+\w+)\s+"
    r"(?:it\s+was|it'?s|it\s+is)\s+(?:just\s+)?(?:an\s+)?accident\b"
    # "she thinks it's an early birthday present. it isn't"
    r"|\bthinks?\s+it'?s\s+(?:just\s+)?an?\s+[\w\s]{0,25}?[.,]\s*it\s+(?:isn'?t|'?s\s+not)\b"
    # "she thinks I'm decluttering, I'm not": the everyday reason named to be denied
    r"|\bthinks?\s+(?:i'?m|im|i\s+am)\s+(?:just\s+)?\w+ing\b[^.!?\n]{0,20}?,?\s*(?:but\s+)?"
    r"(?:i'?m|im|i\s+am)\s+not\b"
    # a reason given and then denied: "told the guy it was for the boat. i don't have a boat"
    r"|\bfor\s+(?:the|my|a|our)\s+(?P<thing>\w+)\b[^\n]{0,25}?\bi\s+(?:don'?t|do\s+not|didn'?t"
    r"|never)\s+(?:even\s+)?(?:have|own|had|use)\s+(?:a|an|any)\s+(?P=thing)\b"
    # what someone at home believes the cause is, reported by the writer who knows otherwise:
    # "mama thinks it's eczema", "my wife reckons they're from the cat" (a doctor's or the
    # writer's own reading is a diagnosis, not a cover)
    r"|\b(?:mum|mom|mam|mama|mummy|mommy|ma|dad|daddy|papa|pa|parents|family|everyone|everybody"
    r"|people|they|she|he|my\s+(?!doctor|gp|nurse|dermatologist|consultant|specialist|vet)\w+)"
    r"\s+(?:still\s+|just\s+|probably\s+|all\s+)?(?:thinks?|thought|believes?|believed|assumes?"
    r"|assumed|reckons?)\s+(?:it'?s|it\s+(?:is|was)|they'?re|they\s+(?:are|were))\b",
    FLAGS,
)
# The everyday use named only to be denied ("compré una cuerda y no es para la hamaca", "c'est
# pas pour la balançoire", "i panni non c'entrano niente"): the denial is the sign. A use named
# after it ("… c'est pour l'escalade") is the use again.
USE_DENIED = re.compile(
    r"(?:\b(?:der|die|das|es)\s+ist\s+nicht\s+(?:fur|zum|zur)"
    r"|\b(?:ce\s+n'est|c'est)\s+pas\s+pour\s+(?:la|le|les|l'|mon|ma|mes|faire|du|camper|grimper)"
    r"|\bno\s+es\s+para\s+(?:la|el|los|las|mi|mis|tender|colgar|atar|acampar|escalar)"
    r"|\bnao\s+e\s+(?:para|pra)\s+(?:a|o|os|as|amarrar|pendurar|estender|minha|meu|acampar|escalar)"
    r"|\bnon\s+e\s+per\s+(?:la|il|lo|i|le|gli|l'|stendere|legare|appendere|campeggiare|arrampicare)"
    r"|\bnon\s+c'entra(?:no)?\s+(?:niente|nulla)"
    # "a coil of rope I got no use for", "I've no need for it on the farm"
    r"|\b(?:i\s+)?(?:got|have|'ve\s+got|ain'?t\s+got|'ve|had)\s+no\s+(?:use|need)\s+for\b"
    # "… and it's not for the boat", "they're not for camping" (not "not for me, it's for dad")
    r"|\b(?:it'?s|its|it\s+is|they'?re|they\s+are|that'?s)\s+not\s+for\s+(?:the|a|my|any|work"
    r"|camping|fishing|tying|hanging|climbing)(?![^.!?\n]{0,40}\b(?:it'?s|but)\s+for\b))\b"
    r"(?![^.!?\n]*\b(?:c'est|es|e|ist|sono|sind)\s+(?:pour|para|pra|per|fur)\b)",
    FLAGS,
)
# Access to someone else's gun is the sign, whatever the gun is for ("dad's hunting rifle is in
# the garage and I know where the key is").
_GUN_ACCESS = re.compile(
    r"\bi\s+know\s+(?:where\s+(?:the\s+)?(?:key|keys|combination|code)|the\s+(?:combination"
    r"|code))\b"
    # "wo der Waffenschrankschlüssel liegt", "je sais où tonton range la clé", "ya sé dónde
    # guarda la llave", "so dove tiene la chiave", "sei onde guarda a chave"
    r"|\bwo\s+(?:der|die|den)\s+\w*(?:schlussel|zahlenkombination)\b"
    r"|\bje\s+sais\s+(?:maintenant\s+)?ou\s+[^.!?\n]{0,30}?\bcle\b"
    r"|\b(?:ya\s+)?se\s+donde\s+[^.!?\n]{0,30}?\b(?:llave|combinacion)\b"
    r"|\bso\s+dove\s+[^.!?\n]{0,30}?\b(?:chiave|combinazione)\b"
    r"|\bsei\s+onde\s+[^.!?\n]{0,30}?\b(?:chave|combinacao)\b"
    # the key of the gun cabinet asked for: "asked my uncle where he keeps the gun cabinet key",
    # "demandé à papi où il range la clé de l'armoire à fusils", "le pregunté dónde guarda la
    # llave del armero"
    r"|\basked\s+(?:\w+\s+){0,3}where\s+(?:he|she|they)\s+(?:keeps?|hides?|puts?)\s+(?:the\s+"
    r"|his\s+|her\s+|their\s+)?(?:gun|rifle|shotgun)\s+(?:cabinet|safe|locker|cupboard)\s+"
    r"(?:key|keys|combination|code)\b"
    r"|\b(?:demande|pregunte|pergunte[il]|chiesto)\b[^.!?\n]{0,30}?\b(?:ou|donde|onde|dove)\b"
    r"[^.!?\n]{0,30}?\b(?:cle|llave|chave|chiave)\s+(?:de\s+l'armoire\s+a\s+fusils|du\s+coffre"
    r"\s+a\s+fusils|del\s+armero|do\s+armario\s+das\s+armas|dell'armadio\s+dei\s+fucili"
    r"|della\s+rastrelliera)\b",
    FLAGS,
)
# Means taken in secret ("took a coil of line from the sailing club shed without signing it
# out", "heimlich aus dem Vereinsheim mitgenommen"): the secrecy is the sign, whatever sport or
# job the thing belongs to.
_TAKEN_IN_SECRET = re.compile(
    r"\bwithout\s+(?:signing\s+(?:it|them)\s+out|(?:anyone|anybody)\s+(?:knowing|noticing|seeing)"
    r"|telling\s+(?:anyone|anybody))\b|\bnot\s+in\s+the\s+(?:log|book|register)\b|\bheimlich\b"
    r"|\ben\s+cachette\b|\ba\s+escondidas\b|\bas\s+escondidas\b|\bdi\s+nascosto\b"
    r"|\bohne\s+(?:dass\s+(?:es\s+)?(?:jemand|einer)|es\s+(?:einzutragen|auszutragen))\b"
    r"|\bsans\s+que\s+personne\b|\bsin\s+que\s+nadie\b|\bsem\s+que\s+ningu[eé]m\b"
    r"|\bsenza\s+che\s+nessuno\b",
    FLAGS,
)
# A cord and the neck together ("bought rope to tie around my neck"): the neck is no sore neck
# that painkillers are for, so it is no everyday reason for the rope.
_CORD = re.compile(r"rope|cord|cable|belt|noose|seil|strick|corde|cuerda|soga|corda|fune", FLAGS)
_NECK = re.compile(r"(?:my|the)\s+neck", FLAGS)
# A gun with its only sporting reason denied ("a deposit at the gun shop, no reason, I don't
# hunt"); a gun for the range or the club keeps its reason ("for the range, I don't hunt").
_NO_SPORT = re.compile(r"\bi\s+(?:don'?t|do\s+not|never)\s+(?:even\s+)?(?:hunt|shoot)\b", FLAGS)
_HUNTING = re.compile(r"hunt\w*|season|deer", FLAGS)


# A relationship, a job or a project without a future ("no veo futuro en esta relación",
# "não vejo futuro com ele", "non vedo futuro in questo lavoro"), not the person's own life.
_FUTURE_OF_SOMETHING = re.compile(
    r"\bfuturo\s+(?:en|con|com|in|a|ad|para|per|n[oa]s?|ness[ea]s?|nest[ea]s?|nel(?:la|lo)?"
    r"|sul(?:la)?)\s+(?:(?:est[ea]|es[ea]|ess[ea]|quest[oa]|quel(?:la)?|la|el|o|a|il|lo|un[oa]?"
    r"|uma?|mi|meu|minha|mio|mia)\s+)?(?:relacion|relacao|relazione|storia|noviazgo|namoro|pareja"
    r"|matrimonio|casamento|trabajo|emprego|empleo|lavoro|proyecto|projeto|progetto|empresa"
    r"|azienda|negocio|carrera|carreira|equipo|equipe|squadra|banda|grupo|gruppo)\b"
    r"|\bfuturo\s+(?:con|com)\s+(?:el|ella|ele|ela|lui|lei)\b",
    FLAGS,
)


# Harm done on purpose is never a kitchen accident: "burned myself with the iron on purpose".
# (Its denial is no purpose: "burnt my arm on the oven tray, not on purpose obviously", "pas
# exprès", "sin querer", "nicht mit Absicht".)
_ON_PURPOSE = re.compile(
    r"(?<!\bnot\s)(?<!\bnever\s)(?<!n't\s)(?<!\bpas\s)(?<!\bnicht\s)(?<!\bno\s)(?<!\bnao\s)"
    r"(?<!\bnon\s)\b(?:on\s+purpose|deliberately|intentionally|to\s+(?:feel|punish|hurt)|so\s+i\s+(?:could|can)"
    r"\s+feel|makes?\s+me\s+feel\s+(?:anything|something|real|alive)|a\s+proposito"
    r"|de\s+proposito|adrede|apposta|di\s+proposito|absichtlich"
    r"|mit\s+absicht|expres|deliberate|volontairement|deliberement|por\s+querer"
    # … or held until the body bruised: "die Nägel in die Oberschenkel, bis blaue Flecken da waren"
    r"|bis\s+blaue\s+fle(?:c)?k\w*)\b",
    FLAGS,
)


# No future for something else ("não vejo futuro nenhum para este governo"), nothing for me *in
# the shop*, no free tomorrow ("kein Morgen mehr frei, alles ausgebucht").
_SCOPE_ELSEWHERE = re.compile(
    r"\bfuturo\s+(?:nenhum\s+|ninguno\s+|alguno\s+)?(?:para|pra|per|en|in|com|con)\s+"
    r"(?:est[ea]|ess[ea]|quest[oa]|o|a|el|la|il)\s+(?:governo|gobierno|pais|paese|partido|partito"
    r"|clube|club|time|equipo|squadra|empresa|azienda|carro|coche|macchina)\b"
    r"|\bnada\s+para\s+mi\s+en\s+(?:la|el|esta|este)\s+(?:tienda|menu|carta|restaurante|super\w*"
    r"|mercado|rebajas|feria)\b"
    r"|\bmorgen\s+(?:mehr\s+)?frei\b|\bausgebucht\b|\b(?:domani|giorno)\s+libero\b|\bdia\s+libre\b",
    FLAGS,
)


# "I don't want to die, I (just) want the pain to stop": the pain wished over is set against a
# death wish the sentence has just refused, the project's "negated" pattern.
_NOT_DEATH_BUT = re.compile(
    r"\b(?:don'?t|do\s+not|dont)\s+want\s+to\s+die\s*[,;:]?\s*(?:i\s+)?(?:just\s+)?want\b",
    FLAGS,
)
# "I used to think I wanted to die but I don't anymore": a wish told as over, in the past.
_NO_LONGER = re.compile(
    r"\bused\s+to\b[^.!?\n]{0,60}\bbut\s+(?:i\s+)?(?:(?:don'?t|do\s+not|dont)(?:\s+\w+)?\s+anymore"
    r"|not\s+anymore|no\s+longer)\b",
    FLAGS,
)

# A things-sold sentence that ends on "won't need it / any of it" with no reason given ("sold my
# medals and gave my gear away, won't need any of it"): the finality outweighs "sold", unlike
# "sold my bike, won't need it since I moved to the city".
_NO_NEED_NO_REASON = re.compile(
    r"\bwon'?t\s+(?:be\s+)?need(?:ing)?\s+(?:it|them|any\s+of\s+(?:it|them|this|that)|anything)"
    r"(?:\s+(?:anymore|any\s+more|again|now))?\s*(?:$|[.!?;\n])",
    FLAGS,
)
_SOLD = re.compile(r"sell|sold|selling|ebay|vinted", FLAGS)


# An everyday reason the writer denies ("buying charcoal … we don't have a barbecue", "no
# tenemos parrilla", "it's not for a barbecue"): it cannot explain the phrase.
_DENIED = re.compile(
    r"\b(?:don'?t|doesn'?t|do\s+not|never|kein\w*|pas\s+de|senza)\s+(?:even\s+)?"
    r"(?:(?:have|own|use|got|tenemos|tengo|temos|tenho|abbiamo|ho|haben|habe)\s+)?"
    r"(?:(?:a|an|any|un|una|um|uma|einen|ein|eine)\s+)?$"
    r"|\b(?:no|nao|non|nicht)\s+(?:tenemos|tengo|temos|tenho|abbiamo|ho|haben|habe)\s+"
    r"(?:(?:un|una|um|uma|einen|ein|eine)\s+)?$"
    # the everyday use named only to be ruled out: "bought charcoal, and it's not for a bbq"
    r"|\b(?:it'?s|its|it\s+is|they'?re|that'?s|and)\s+not\s+for\s+(?:(?:a|an|the|any)\s+)?$"
    # … or set aside by a bare "not" after a comma: "I know what it's for, not the barn"
    r"|,\s*(?:and\s+|but\s+)?not\s+(?:for\s+)?(?:(?:a|an|the|any|my)\s+)?$",
    FLAGS,
)


# Others' hardship blamed on the writer ("she works double shifts because of me", "por mi
# culpa"): the shift or the office is then the burden itself, not an occasion.
_MY_FAULT = re.compile(
    r"\b(?:because\s+of\s+me|my\s+fault|por\s+mi\s+culpa|por\s+culpa\s+m[ií]a|wegen\s+mir"
    r"|meinetwegen|a\s+cause\s+de\s+moi|par\s+ma\s+faute|por\s+minha\s+(?:causa|culpa)"
    r"|por\s+causa\s+de\s+mim|per\s+colpa\s+mia|a\s+causa\s+mia)\b",
    FLAGS,
)


# Someone else's work named as what they would be spared ("a minha mãe não precisava fazer turno
# dobrado se eu não existisse"): the shift is their load, not an occasion the writer is away from.
_SPARED_WORK = re.compile(
    r"\b(?:(?:nao|nem)\s+(?:precisava|precisaria|teria\s+que|tinha\s+que)m?\s+(?:mais\s+)?"
    r"(?:de\s+)?(?:fazer|trabalhar|pegar|dobrar)|no\s+tendria(?:n)?\s+(?:mas\s+)?que\s+"
    r"(?:trabajar|hacer|doblar|cubrir)|non\s+dovrebbe(?:ro)?\s+(?:piu\s+)?(?:fare|lavorare)"
    r"|n'?\s*aurai(?:t|ent)\s+plus\s+a\s+(?:faire|travailler|enchainer)"
    r"|mu(?:e)?sste(?:n)?\s+(?:\w+\s+){0,2}?nicht\s+mehr\s+\w*(?:arbeiten|schuften|schieben"
    r"|machen))\b",
    FLAGS,
)


# A recorded or written message left for someone to see "after", with nothing after that
# word: a goodbye kept for when the writer is gone, whoever holds it (a notary, a solicitor, an
# aunt). A will made at a notary's names no message and stays ordinary.
_LEFT_FOR_AFTER = re.compile(
    r"\b(?:videos?|video-?\s*messages?|voice\s+(?:notes?|messages?)|messages?|recordings?"
    r"|letters?|envelopes?|videomessagg\w*|messaggi?o?|letter[ae]|mensajes?|grabacion\w*|cartas?"
    r"|mensage\w*|gravac\w*|lettres?|enregistrements?|briefe?|nachrichten?|sprachnachricht\w*"
    r"|aufnahmen?)\b[^.!?\n]{0,140}?"
    r"\b(?:(?:for|to\s+(?:be\s+)?(?:watch|open|read|play|hear)\w*)\s+after(?:wards?)?"
    r"|(?:da|per)\s+(?:(?:vedere|aprire|leggere|ascoltare)\s+)?dopo"
    r"|para\s+(?:(?:ver|abrir|leer|ler|ouvir|escuchar)\s+)?(?:despues|depois)"
    r"|pour\s+(?:(?:voir|ouvrir|lire|ecouter)\s+)?apres"
    r"|fu?e?r\s+(?:danach|nachher)"
    # ... or kept for a time to come: "for later", "when the time comes", "für später"
    r"|for\s+later|(?:when|once)\s+the\s+time\s+comes|fu?e?r\s+spa(?:e)?ter|per\s+dopo"
    r"|pour\s+plus\s+tard|para\s+(?:mas|mais)\s+tarde)(?=\s*(?:[.,;:!?)]|$))",
    FLAGS,
)


def past_bearing(sentence: str) -> bool:
    """Does ``sentence`` say the pain is past bearing ("no way out", "want it all to end")?
    Then no everyday object of the complaint makes it ordinary."""
    return _PAST_BEARING.search(sentence) is not None


# The others' work or sacrifice paid for the writer's needs: "hacen doble turno en la mina por mis
# tratamientos", "pour mes médicaments", "for my treatment". The shift is the burden itself, not
# an everyday occasion beside it.
_FOR_MY_NEEDS = re.compile(
    r"\b(?:for|to\s+pay\s+for)\s+my\s+(?:treatment|meds|medication|medicine|therapy|rehab|debts?"
    r"|loans?|care|hospital\s+bills|bills)\b"
    r"|\bfu(?:e)?r\s+meine\s+(?:behandlung|medikamente|therapie|schulden|kredite|pflege)\b"
    r"|\bpour\s+(?:mes|mon|ma)\s+(?:medicaments|traitements?|soins|dettes|therapie|hospitalisation)\b"
    r"|\bpor\s+(?:mis|mi)\s+(?:tratamientos?|medicamentos|medicinas|remedios|deudas|terapia"
    r"|cuidados)\b"
    r"|\b(?:por|pelos|pelas|para\s+os\s+meus|para\s+as\s+minhas)\s+(?:meus\s+|minhas\s+)?"
    r"(?:tratamentos?|remedios|medicamentos|dividas|terapia)\b"
    r"|\bper\s+(?:le\s+mie|i\s+miei|la\s+mia)\s+(?:cure|medicine|farmaci|debiti|terapia)\b"
    # … or to look after the writer: the occasion named is what they give up for it ("Lena
    # verpasst jede Party, weil sie auf mich aufpasst")
    r"|\bto\s+look\s+after\s+me\b|\bauf\s+mich\s+aufpass\w*|\bauf\s+mich\s+aufzupassen\b"
    r"|\bpour\s+s'\s*occuper\s+de\s+moi\b|\bpara\s+cuidar(?:me|\s+de\s+mi)\b"
    r"|\b(?:para|pra)\s+cuidar\s+de\s+mim\b|\bper\s+(?:badare\s+a\s+me|occuparsi\s+di\s+me)\b"
    # … to pay what the writer owes or to sit with them: "to cover my phone bill", "to sit with
    # me at the hospital", "para quedarse conmigo", "per stare con me", "um bei mir zu sitzen"
    r"|\bto\s+(?:cover|pay\s+off|clear|settle)\s+my\b|\bto\s+(?:sit|stay|be)\s+with\s+me\b"
    r"|\bum\s+bei\s+mir\s+zu\s+(?:sitzen|sein|bleiben)\b|\bpour\s+(?:rester|etre)\s+avec\s+moi\b"
    r"|\bpara\s+(?:quedarse|estar)\s+conmigo\b|\bpara\s+(?:ficar|estar)\s+comigo\b"
    r"|\bper\s+(?:stare|restare)\s+con\s+me\b"
    # … the writer's debts paid, with the writer in the verb: "para pagarme las deudas", "para
    # me pagar as dívidas", "pour me rembourser mes dettes", "per pagarmi i debiti"
    r"|\b(?:para|pra|pour|per)\s+(?:me\s+)?(?:pagar(?:me|-me)?|pagarmi|pagare|payer|rembourser"
    r"|saldar(?:me)?)\s+(?:\w+\s+){0,2}?(?:deudas|dividas|dettes|debiti|prestamos|emprestimos)\b"
    # … the same bills in the other languages: "renonce à ses vacances pour régler mes factures"
    r"|\bpour\s+(?:regler|payer|rembourser|couvrir)\s+mes\b|\bpara\s+pagar\s+(?:mis|as\s+minhas"
    r"|os\s+meus|minhas|meus)\b|\bper\s+pagare\s+(?:le\s+mie|i\s+miei)\b"
    r"|\bum\s+meine\s+\w+\s+zu\s+(?:bezahlen|zahlen|begleichen)\b",
    FLAGS,
)


# A hiding place, not a purpose: "stashing my mom's old pills in a coffee can in the truck" keeps
# them in the truck, it does not buy them for it.
_HIDDEN_IN = re.compile(
    # (a supply that "has gone into a biscuit tin in the truck" is hidden there the same way)
    r"\b(?:stash\w*|hid|hide|hides|hiding|hidden|tucked|squirrel\w*|(?:gone|goes|went)\s+into)\b"
    r"[^.!?\n]{0,60}?"
    r"\b(?:in|inside|under|behind|at\s+the\s+back\s+of)\s+(?:[\w']+\s+){0,5}$",
    FLAGS,
)


# Per category, what the words just before a reason may say that makes it none, and how far back
# they are read: a trip the others talk of is their time ahead, not the writer's ("mis amigas
# hablan del viaje"); a place a means is hidden in is no purpose it was got for.
# A letter slipped inside or under a thing, in any of the languages: "tucked them inside my old
# school atlas", "glissées sous la nappe", "infilata dentro il ricettario" hides the letter in
# the atlas; the school is no leaving do it was written for.
_LETTER_HIDDEN_IN = re.compile(
    r"\b(?:stash\w*|hid|hide|hiding|hidden|tucked|slipped|gliss\w+|cache\w*|planqu\w+"
    r"|infilat\w*|nascost\w*|escond\w+|metid\w+|enfi\w+|versteckt|gesteckt)\b[^.!?\n]{0,60}?"
    r"\b(?:in|inside|under|behind|sous|dans|derriere|dentro|sotto|dietro|debajo|bajo|embaixo|atras"
    r"|unter|hinter)\s+(?:[\w']+\s+){0,5}$"
    # … and a school that says where someone was known: "Mr Mensah from secondary school"
    r"|\bfrom\s+(?:my\s+)?(?:old\s+)?(?:secondary|high|primary|grammar|middle)?\s*$",
    FLAGS,
)
# A time ahead said to be pointless to book or plan, or denied, is not one the writer has: "no
# point booking a holiday", "nem vale a pena marcar férias", "no trip coming".
_NOT_WORTH_BOOKING = re.compile(
    rf"(?:{OTHERS_SPEAK_OF.pattern})"
    r"|\b(?:no\s+point\s+(?:in\s+)?(?:booking|planning)|not\s+worth\s+(?:booking|planning)"
    r"|vale\s+a\s+pena\s+(?:marcar|planear|reservar)|vale\s+la\s+pena\s+(?:reservar|planear"
    r"|organizar)|sert\s+a\s+rien\s+de\s+(?:reserver|prevoir|planifier)|la\s+peine\s+de"
    r"\s+(?:reserver|prevoir)|vale\s+la\s+pena\s+(?:prenotare|organizzare))\s+(?:(?:a|an|the"
    r"|any|el|la|los|las|o|os|as|le|les|des|il|i|gli)\s+)?$"
    # … or the occasion itself denied: "no trip coming that I'll still be around for"
    r"|\bno\s+$",
    FLAGS,
)
_NOT_A_REASON_AFTER: dict[Category, tuple[re.Pattern[str], int]] = {
    Category.NO_FUTURE: (_NOT_WORTH_BOOKING, 60),
    Category.GETTING_MEANS: (_HIDDEN_IN, 120),
    Category.GOODBYES: (_LETTER_HIDDEN_IN, 120),
}


def _reasons_given(
    pattern: re.Pattern[str], sentence: str, category: Category | None = None
) -> list[str]:
    """The everyday reasons in ``sentence``, without those the writer denies having and those
    the words before them undo for ``category`` (``_NOT_A_REASON_AFTER``)."""
    undone = _NOT_A_REASON_AFTER.get(category) if category is not None else None
    return [
        m.group(0)
        for m in pattern.finditer(sentence)
        if not _DENIED.search(sentence[max(0, m.start() - 40) : m.start()])
        and not (
            undone is not None
            and undone[0].search(sentence[max(0, m.start() - undone[1]) : m.start()])
        )
    ]


def is_everyday(category: Category, sentence: str) -> bool:
    """Does a reading of the whole sentence around a warning-sign phrase make it ordinary?

    A song, a joke, a clean streak, a lesson: these are read across the sentence. The everyday
    occasions (a holiday, a colleague, a hunting season) are not: they are weighed by
    ``occasion_clears``, which knows where the phrase is.
    """
    return _reading(category, sentence) is True


def _reading(category: Category, sentence: str) -> bool | None:
    """True: the sentence makes the phrase ordinary; False: it never is; None: undecided."""
    if category is Category.TRAPPED_PAIN and _NOT_DEATH_BUT.search(sentence):
        return True
    if category in (Category.DEATH_WISH, Category.SUICIDAL_IDEATION) and _NO_LONGER.search(
        sentence
    ):
        return True
    if category is Category.SELF_HARM and _ON_PURPOSE.search(sentence):
        return False
    if (
        category is Category.SELF_HARM
        and _CLEAN_STREAK.search(sentence)
        and not _URGE_NOW.search(sentence)
    ):
        return True
    if everyday_figures.is_figure(category, sentence) or everyday_lessons.is_taught(
        category, sentence
    ):
        return True
    if category is Category.NO_FUTURE and _NOT_EVEN_BOOKED.search(sentence):
        return False
    if category is Category.GOODBYES and _LEFT_FOR_AFTER.search(sentence):
        return False
    if category is Category.NO_FUTURE and (
        _FUTURE_OF_SOMETHING.search(sentence) or _SCOPE_ELSEWHERE.search(sentence)
    ):
        return True
    if category is Category.BURDEN and (
        _MY_FAULT.search(sentence) or _SPARED_WORK.search(sentence)
    ):
        return False
    return None


def occasion_clears(category: Category, text: str, start: int, end: int) -> bool:
    """Is the phrase ``text[start:end]`` (the folded entry) said of an everyday occasion?

    The occasion must be the phrase's own object or frame: inside the phrase or in the clause
    it stands in, never a word elsewhere in the sentence ("the passwords are in the blue
    notebook" does not make "in case anyone reads this after" a diary switch; "teachers who got
    me through school" does not make "scheduled them for after" a school goodbye). A phrase read
    across a sentence end ("… for Monday: thanks for everything. I'll be gone by then") already
    holds what makes it a sign, and no occasion word inside or beside it clears it.
    """
    s_start = context.sentence_start(text, start)
    s_end = context.segment_end(context.SENTENCE_BREAK, text, end)
    sentence = text[s_start:s_end]
    if _reading(category, sentence) is not None:
        return False
    pattern = EVERYDAY.get(category)
    crossing = context.SENTENCE_BREAK.search(text, start, end)
    if pattern is None or (crossing is not None and crossing.end() < end):
        return False
    # "there's no future for me" denies the writer any time ahead: a trip or a holiday beside it
    # does not limit it, as it limits "I won't be here for Christmas"
    if category is Category.NO_FUTURE and NO_TIME_AHEAD.search(text, start, end):
        return False
    return _occasion_weighed(category, sentence, _reasons_given(pattern, sentence, category))


def _occasion_weighed(category: Category, sentence: str, found: list[str]) -> bool:
    """The occasions ``found`` beside the phrase, unless the sentence takes them back."""
    if found and _COVER_STORY.search(sentence):
        return False
    if found and category is Category.BURDEN and _FOR_MY_NEEDS.search(sentence):
        return False
    if (
        found
        and category is Category.GIVING_AWAY
        and _NO_NEED_NO_REASON.search(sentence)
        and all(_SOLD.fullmatch(word) for word in found)
    ):
        return False
    if (
        found
        and category is Category.GETTING_MEANS
        and (
            _GUN_ACCESS.search(sentence)
            or _TAKEN_IN_SECRET.search(sentence)
            or kept_silent(sentence)
            or USE_DENIED.search(sentence)
            or NONE_TAKEN_ALL_KEPT.search(sentence)
        )
    ):
        return False
    if (
        found
        and category is Category.GETTING_MEANS
        and _CORD.search(sentence)
        and all(_NECK.fullmatch(word) for word in found)
    ):
        return False
    if (
        found
        and category is Category.GETTING_MEANS
        and _NO_SPORT.search(sentence)
        and all(_HUNTING.fullmatch(word) for word in found)
    ):
        return False
    if found and category is Category.TRAPPED_PAIN and _only_pictured(sentence, found):
        return False
    if (
        found
        and category is Category.TRAPPED_PAIN
        and (_PAST_BEARING.search(sentence) or _NOT_BODY.search(sentence))
        and all(_BODY_PAIN.fullmatch(word) for word in found)
    ):
        return False
    return bool(found)
