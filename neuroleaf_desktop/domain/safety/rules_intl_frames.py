"""Signs in German, French, Spanish, Portuguese and Italian read as grammar frames, not as
set phrases: each family joins two parts that any wording of the sign needs, and each part
takes the verbs, tenses and regional forms people use for it.

* **others spared a load if the writer were gone**: an absence said as a condition ("si yo
  faltara", "se eu não existisse", "se io non ci fossi") and, either side of it, what the others
  would no longer have to do ("ya no tendría que trabajar doble", "não precisava fazer turno
  dobrado", "non dovrebbe più fare i doppi turni") or how much calmer they would live;
* **a future point the writer does not see herself reaching**: a time ahead (next year, next
  summer, one's thirties) and "I don't see myself (there)" closing its clause ("el año que viene
  no me veo", "il prossimo anno? non mi ci vedo", "den Sommer erleb ich nicht mehr"). A job, a
  town or a marriage named beside it is a career doubt;
* **a decision with only a time left**: "decided, it will be after …" ("ya lo decidí, va a ser
  después de …", "c'est décidé, ce sera après …") with no event of its own named: the act is
  what the sentence leaves unsaid;
* **a past attempt told by its aftermath**: a hospital, a ward or an emergency room and "after
  trying" said without an object ("después de intentarlo", "dopo averci provato", "après avoir
  essayé"), or being found "just in time";
* **self-harm told as "that thing" again on the arm**, or as marks the writer says she made;
* **letters left to be opened when the writer is no longer there** (its parts in
  ``rules_intl_letters_after``);
* **a few pills held back from every pack**, hidden away;
* **"sono in trappola"** said of oneself, not of a lift or a traffic jam.

Why: earlier families were fitted to one batch's sentences and caught the next batch's
different wording of the same sign at no better than chance. A frame names what the sign is
made of, so a writer who says it in other words is still read. English has its own families.
The frames of ``rules_intl_frames_left_behind`` (others eased without the writer, a word left
in case there is no next time, a letter for each of one's family, things given for good) and
``rules_intl_frames_way_out`` (no way out of the suffering, a time and a high place, a supply
taken, everything set) are read with these.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety import (
    rules_intl_frames_left_behind,
    rules_intl_frames_way_out,
    rules_intl_frames_wide,
    rules_intl_leave_taking,
    rules_intl_marks_hidden,
    rules_intl_set_moment,
    rules_intl_unsaid,
    rules_intl_weary,
)
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.context import MARKERS
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order, family
from neuroleaf_desktop.domain.safety.rules_intl_letters_after import LETTERS_FOR_AFTER, LETTERS_GATE
from neuroleaf_desktop.domain.safety.someone_else import ARTICLE, POSSESSIVE
from neuroleaf_desktop.domain.safety.third_person import FIRST_PERSON
from neuroleaf_desktop.domain.safety.weekdays_intl import WEEKDAYS

_URG, _CON = Severity.URGENT, Severity.CONCERN
_LANGS = ("de", "fr", "es", "pt", "it")
_END = r"(?=\s*(?:$|[.!?,;:\n]))"

_family = partial(family, "frame")


# --- others spared a load if the writer were gone ------------------------------------------------
# The absence, closing its clause ("si yo faltara a clase" is a missed lesson).
_GONE = {
    "de": r"\bwenn\s+(?:es|'s)\s+mich\s+nicht\s+(?:mehr\s+)?ga(?:e)?be|\bwenn\s+ich\s+nicht\s+"
    r"(?:mehr\s+)?(?:da|hier)\s+wa(?:e)?re|\bwenn\s+ich\s+(?:weg|tot)\s+wa(?:e)?re",
    "fr": r"\bsi\s+(?:je\s+n'?\s*|j'?\s*)(?:etais|existais)\s+(?:plus|pas)(?:\s+la)?|\bsi\s+je\s+"
    r"(?:disparaissais|mourais|manquais)",
    "es": r"\bsi\s+(?:yo\s+)?(?:ya\s+)?(?:no\s+(?:estuviera|estuviese|existiera|existiese|viviera)"
    r"|faltara|faltase|desapareciera|me\s+muriera)(?:\s+(?:mas|aqui))?",
    "pt": r"\bse\s+(?:eu\s+)?(?:ja\s+)?(?:ca\s+|aqui\s+)?(?:nao\s+(?:estivesse|existisse|vivesse)"
    r"|faltasse|sumisse|morresse|desaparecesse)(?:\s+(?:mais|aqui|ca))?",
    "it": r"\bse\s+(?:io\s+)?non\s+(?:ci\s+fossi|esistessi)(?:\s+piu)?(?:\s+io)?|\bse\s+(?:io\s+)?"
    r"(?:sparissi|morissi|mancassi)",
}
# … what the others would no longer have to do, or how they would live
_SPARED = {
    "de": r"\bmu(?:e)?sste(?:n|st)?\s+(?:\w+\s+){0,2}?(?:nicht|keine\s+\w+)\s+mehr\b"
    r"|\b(?:wa(?:e)?re|wa(?:e)?ren|ha(?:e)?tte|ha(?:e)?tten)\s+(?:\w+\s+){0,3}?(?:ruhiger|leichter"
    r"|besser\s+dran|freier|entspannter)\b",
    "fr": r"\baurai(?:t|ent)\s+(?:enfin\s+)?la\s+paix\b"
    r"|\bn'?\s*aurai(?:t|ent)\s+(?:plus|pas)\s+(?:a|besoin\s+de)\s+\w+|\bne\s+devrai(?:t|ent)"
    r"\s+plus\s+\w+|\b(?:respirerai(?:t|ent)|soufflerai(?:t|ent))\b"
    r"|\b\w+rai(?:t|ent)\s+(?:plus\s+)?(?:tranquilles?|mieux|en\s+paix|libres?"
    r"|sereins?|sereines?|legere?s?|faciles?)\b",
    "es": r"\b(?:ya\s+)?no\s+tendria(?:n)?\s+(?:mas\s+)?que\s+\w+"
    r"|\btendria(?:n)?\s+(?:por\s+fin\s+)?(?:algo\s+de\s+)?(?:paz|sosiego|descanso)\b"
    r"|\b\w+ria(?:n)?\s+(?:mucho\s+)?(?:mas\s+)?(?:tranquil[oa]s?|mejor|en\s+paz|felices"
    r"|libres?|aliviad[oa]s?|livian[oa]s?|liger[oa]s?|facil)\b"
    r"|\b(?:descansar|respirar)(?:ia|ian)\b"
    # a weight taken off them: "se quitarían un peso de encima", "se sacarían un peso"
    r"|\bse\s+(?:quitaria|sacaria|librarian?|quitarian|sacarian)n?\s+(?:de\s+)?(?:un|una|el|la)\s+"
    r"(?:peso|carga|losa|problema)\b",
    "pt": r"\b(?:nao|nem)\s+(?:precisava|precisaria|teria\s+que|tinha\s+que|teria\s+de"
    r"|tinha\s+de)m?\s+(?:mais\s+)?(?:de\s+)?\w+"
    r"|\b(?:ia|iam|iria|iriam)\s+(?:ate\s+)?\w+r\s+(?:bem\s+)?(?:melhor|em\s+paz|tranquil[oa]s?)"
    # rest had, not only lived in: "ela teria descanso", "teriam sossego"
    r"|\bteria(?:m)?\s+(?:finalmente\s+|enfim\s+)?(?:um\s+pouco\s+de\s+|mais\s+)?(?:paz|descanso"
    r"|sossego|folga|alivio)\b"
    r"|\b\w+(?:ria|riam|ava|avam|ia|iam)\s+(?:bem\s+)?(?:mais\s+)?(?:tranquil[oa]s?|melhor|em\s+paz"
    r"|feliz(?:es)?|livres?|aliviad[oa]s?|sossegad[oa]s?|leves?|facil)\b"
    # the relief as its own verb, the imperfect standing for the conditional: "descansava"
    r"|\b(?:descans|respir|sosseg)(?:aria|ariam|ava|avam)\b"
    # a weight taken off them: "tiravam um peso de cima", "livravam-se de um peso"
    r"|\b(?:tiraria|tirariam|tirava|tiravam)\s+(?:um|o)\s+(?:peso|fardo|problema)\b"
    r"|\blivrav?(?:a|am|aria|ariam)-se\s+de\s+(?:um|uma)\s+(?:peso|carga|fardo|problema)\b",
    "it": r"\bnon\s+(?:dovrebbe(?:ro)?|avrebbe(?:ro)?\s+bisogno\s+di)\s+(?:piu\s+)?\w+"
    # peace had, not only lived in: "avrebbe pace", "avrebbero finalmente un po' di pace"
    r"|\bavrebbe(?:ro)?\s+(?:finalmente\s+)?(?:un\s+po'?\s*(?:di\s+)?)?pace\b"
    r"|\b\w+rebbe(?:ro)?\s+(?:piu\s+)?(?:seren[aoie]|tranquill[aoie]|meglio|in\s+pace"
    r"|liber[aoie]|legger[aoie]|facile)\b"
    r"|\b(?:respirerebbe|riposerebbe)(?:ro)?\b"
    # a weight taken off them: "si toglierebbero un macigno", "si leverebbero un peso"
    r"|\b(?:si\s+)?(?:toglierebbe|leverebbe|liberebbe)(?:ro)?\s+(?:di\s+)?(?:un|di\s+un)\s+"
    r"(?:peso|macigno|pensiero|fardello|problema)\b",
}
# "if I missed it" said of a match, a class or a meeting is an absence from that
_NOT_A_FIXTURE = (
    r"(?![^.!?\n]*\b(?:time|equipe|jogo|treino|aula|reuniao|turma|equipo|partido|entrenamiento"
    r"|clase|reunion|squadra|partita|allenamento|lezione|riunione|match|entrainement|cours"
    r"|mannschaft|spiel|training|unterricht|besprechung)\b)"
)
# … the absence closing its clause, or the spared one named right after it ("se eu sumisse ela
# teria descanso", "si yo desapareciera mi madre tendría paz")
_SPARED_ONE = {
    "de": r"(?!)",
    "fr": r"ils|elles|elle|il|ma|mon|mes|tout\s+le\s+monde",
    "es": r"ella|el|ellos|ellas|mi|mis|todos|mama|papa|se",
    "pt": r"ela|ele|eles|elas|minha|meu|meus|minhas|todos|todo\s+mundo|a\s+gente|mae|pai",
    "it": r"lei|lui|loro|mia|mio|miei|mie|tutti|si",
}
_GONE_CLOSED = {
    lang: rf"(?:{_GONE[lang]})(?:{_END}|(?=\s+(?:{_SPARED_ONE[lang]})\b))" for lang in _LANGS
}
_SPARED_IF_GONE = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_A_FIXTURE}[^.!?\n]*?"
    rf"(?:{either_order(_GONE_CLOSED[lang], _SPARED[lang], 80)})"
    for lang in _LANGS
}
_SPARED_GATE = {
    "de": "mich nicht|nicht mehr da|nicht da|nicht hier|weg|tot",
    "fr": "si je|si j",
    "es": "estuviera|estuviese|existiera|existiese|viviera|faltara|faltase|desapareciera|muriera",
    "pt": "estivesse|existisse|vivesse|faltasse|sumisse|morresse|desaparecesse",
    "it": "fossi|esistessi|sparissi|morissi|mancassi",
}

# --- a future point the writer does not see herself reaching ------------------------------------
_AHEAD = {
    "de": r"\b(?:sommer|winter|fru(?:e)?hling|herbst|jahr|weihnachten|ostern|geburtstag|silvester"
    r"|fru(?:e)?hjahr|im\s+(?:januar|februar|marz|april|mai|juni|juli|august|september"
    r"|oktober|november|dezember))\b",
    "fr": r"\b(?:l'annee\s+prochaine|l'an\s+prochain|l'ete\s+prochain|l'hiver\s+prochain"
    r"|l'avenir|noel|dans\s+\w+\s+ans|mes\s+\w+\s+ans|la\s+trentaine|la\s+quarantaine"
    r"|la\s+retraite|l'annee\s+qui\s+vient)\b",
    "es": r"\b(?:(?:el\s+)?(?:ano|verano|invierno|otono|curso)\s+(?:que\s+viene|proximo)"
    r"|(?:el\s+)?proximo\s+(?:ano|verano|invierno|curso|cumpleanos)|navidad(?:es)?|el\s+futuro"
    r"|(?:en|dentro\s+de)\s+(?:\w+\s+anos|un\s+ano)|los\s+(?:treinta|cuarenta|cincuenta)|de\s+viej[oa])\b",
    "pt": r"\b(?:(?:o\s+)?(?:ano|verao|inverno)\s+que\s+vem|(?:o\s+)?proximo\s+(?:ano|verao"
    r"|inverno|aniversario)|natal|o\s+futuro|daqui\s+a\s+(?:\w+\s+anos|um\s+ano)|(?:os\s+)?(?:trinta|quarenta)"
    r"|de\s+velh[oa])\b",
    "it": r"\b(?:(?:il\s+)?prossimo\s+anno|(?:l')?anno\s+prossimo|(?:la\s+)?prossima\s+(?:estate"
    r"|primavera)|l'anno\s+che\s+viene|natale|il\s+futuro|(?:tra|fra)\s+(?:\w+\s+anni|un\s+anno)|da\s+vecchi[oa]"
    r"|i\s+(?:trenta|quaranta))\b",
}
# … not there to see it because elsewhere: "non ci sarò per vederlo, sarò in Erasmus a Lisbona"
_NOT_ELSEWHERE = (
    r"(?![^.!?\n]*\b(?:saro|estare|estarei|vou\s+estar|voy\s+a\s+estar)\s+(?:in|a|al|en|em|no|na"
    r"|fuera|fora|via|lontan\w*|de\s+viaje|de\s+erasmus)\b|[^.!?\n]*\berasmus\b)"
)
_NOT_SEEN = {
    "de": r"\b(?:erleb|erlebe)\s+ich\s+(?:\w+\s+){0,2}?(?:nicht|nimmer|net|nich)\s+mehr"
    r"|\b(?:seh|sehe)\s+ich\s+mich\s+(?:\w+\s+)?(?:nicht|nimmer|net|nich)\s+mehr(?:\s+(?:da|dort))?"
    r"|\bich\s+(?:seh|sehe)\s+mich\s+(?:da\s+|dort\s+)?(?:nicht|nimmer|net|nich)\s+mehr"
    r"|\bwerd(?:e)?\s+ich\s+(?:\w+\s+){0,2}?(?:nicht|nimmer)\s+mehr\s+erleben"
    # not there any more when it comes: "ich weiß schon, dass ich da nimmer dabei bin"
    r"|\bdass\s+ich\s+(?:da\s+|dann\s+)?(?:nicht\s+mehr|nimmer|net\s+mehr)\s+(?:dabei|da)"
    r"(?:\s+(?:bin|sein\s+werde?))?",
    "fr": r"\bje\s+(?:ne\s+)?m'?\s*y\s+vois\s+(?:pas|plus)(?:\s+du\s+tout)?"
    r"|\bje\s+(?:ne\s+)?me\s+vois\s+(?:pas|plus)(?:\s+(?:la|y\s+arriver|vivant\w*|du\s+tout))?"
    # … nowhere in it, at most its month said again: "moi je me vois nulle part en septembre"
    r"|\bje\s+(?:ne\s+)?me\s+vois\s+nulle\s+part(?:\s+(?:en|a|au|dans)\s+\w+)?",
    "es": r"\b(?:yo\s+)?(?:ya\s+)?no\s+me\s+veo(?:\s+(?:ahi|alli|alla|llegando|viv[oa]"
    r"|para\s+nada|nada|ni\s+de\s+lejos))?"
    # not there to see it: "sé que no voy a estar pa verla"
    r"|\b(?:ya\s+)?no\s+voy\s+a\s+estar\s+(?:aqui\s+)?(?:pa|para)\s+verl[oa]s?" + _NOT_ELSEWHERE,
    "pt": r"\b(?:eu\s+)?(?:ja\s+)?(?:nao|nem)\s+me\s+vejo(?:\s+(?:la|ali|ai|chegando(?:\s+la)?"
    r"|viv[oa]|de\s+jeito\s+nenhum))?"
    r"|\b(?:ja\s+)?nao\s+vou\s+(?:ca\s+|aqui\s+)?estar\s+(?:ca\s+|aqui\s+)?(?:pra|para)\s+(?:o|a|os"
    r"|as)\s+ver" + _NOT_ELSEWHERE,
    "it": r"\b(?:io\s+)?(?:gia\s+)?non\s+mi\s+(?:ci\s+)?vedo(?:\s+(?:proprio|piu|per\s+niente"
    r"|li|arrivarci|viv[oa])){0,2}"
    r"|\bnon\s+ci\s+saro\s+(?:piu\s+)?(?:a|per)\s+vederl[oaie]" + _NOT_ELSEWHERE,
}
# A job, a town, a marriage or studies in the sentence: a doubt about a career or a place
_NOT_A_ROLE = (
    r"(?![^.!\n]*\b(?:trabajo|empleo|empresa|oficina|carrera|pueblo|ciudad|casad[oa]|lavoro"
    r"|azienda|ufficio|citta|sposat[oa]|emprego|trabalho|cidade|travail|boulot|entreprise|ville"
    r"|marie|mariee|arbeit|job|firma|stadt|verheiratet|studium|uni|universidad|universita"
    r"|faculdade|fac|facolta|chef|jefe|capo|chefe|boss|equipo|squadra|equipe|team|verein)\b)"
)
# (the time may be asked first: "Il prossimo anno? Io non mi ci vedo")
# … or after it, reached ("no me veo llegando a los treinta", "je me vois pas à trente ans")
_REACHING = {
    "de": r"\s+(?:\w+\s+)?(?:mit|an|zu|in)",
    "fr": r"\s+(?:arriver\s+)?(?:a|dans|en|pour)",
    "es": r"\s+(?:llegando\s+)?(?:a|al|en|para)",
    "pt": r"\s+(?:chegando\s+)?(?:a|aos|ao|em|no|na)",
    "it": r"\s+(?:arrivare\s+)?(?:a|ai|al|tra|fra|per)",
}
_AGE = {
    "de": r"\b(?:\d{2}|drei(?:ss|ß)ig|vierzig|einem\s+jahr)\b",
    "fr": r"\b(?:\d{2}\s+ans|trente\s+ans|quarante\s+ans|la\s+trentaine|noel|un\s+an)\b",
    "es": r"\b(?:los\s+(?:\d{2}|treinta|cuarenta)|\d{2}\s+anos|navidad|un\s+ano)\b",
    "pt": r"\b(?:(?:os\s+)?(?:\d{2}|trinta|quarenta)(?:\s+anos)?|natal|um\s+ano)\b",
    "it": r"\b(?:(?:i\s+)?(?:\d{2}|trent'?\s*anni|quarant'?\s*anni)|natale|un\s+anno)\b",
}
_FUTURE_UNSEEN = {
    lang: rf"(?:^|(?<=[.!\n])){_NOT_A_ROLE}(?:[^.!\n]*?{_AHEAD[lang]}[^.!\n]{{0,60}}?"
    rf"(?:{_NOT_SEEN[lang]}){_END}|[^.!\n]*?(?:{_NOT_SEEN[lang]}){_REACHING[lang]}\s+"
    rf"(?:{_AHEAD[lang]}|{_AGE[lang]}){_END})"
    for lang in _LANGS
}
_UNSEEN_GATE = {
    "de": "erleb|seh|dabei|da",
    "fr": "vois",
    "es": "me veo|estar",
    "pt": "me vejo|estar",
    "it": "vedo|saro",
}

# --- a decision with only a time left -------------------------------------------------------
_DECIDED = {
    "de": r"\b(?:ich\s+hab(?:e)?\s+(?:mich\s+)?(?:entschieden|beschlossen)|es\s+ist\s+entschieden"
    r"|es\s+steht\s+fest)",
    "fr": r"\b(?:c'est\s+(?:tout\s+)?decide|j'ai\s+(?:tout\s+)?decide|ma\s+decision\s+est\s+prise)",
    "es": r"\b(?:(?:ya\s+)?(?:lo\s+)?decidi|(?:ya\s+)?(?:lo\s+)?tengo\s+decidido|(?:ya\s+)?esta"
    r"\s+decidido)",
    "pt": r"\b(?:(?:ja\s+)?decidi|(?:ja\s+)?(?:esta|ta)\s+(?:decidido|resolvido)"
    r"|(?:ja\s+)?resolvi)",
    "it": r"\b(?:ho\s+(?:gia\s+)?deciso|(?:ormai\s+)?e\s+deciso|ho\s+scelto)",
}
_WILL_BE = {
    "de": r"es\s+(?:passiert|wird\s+passieren)|ich\s+(?:mach|tu)(?:e)?\s+es",
    "fr": r"(?:ce|ca)\s+(?:sera|va\s+etre)|je\s+le\s+ferai|ca\s+se\s+fera",
    "es": r"(?:va\s+a\s+ser|sera|lo\s+hare|lo\s+voy\s+a\s+hacer)",
    "pt": r"(?:vai\s+ser|sera|vou\s+fazer|faco)",
    "it": r"(?:sara|lo\s+faro|succedera)",
}
_WHEN = {
    "de": r"nach|vor|morgen|heute|am|an|wenn|in\s+der\s+nacht|diese\s+nacht|na(?:e)?chste",
    "fr": r"apres|avant|demain|ce\s+soir|cette\s+nuit|le\s+jour|la\s+nuit|quand|a\s+noel|le\s+\d+",
    "es": r"despues|antes|manana|pasado\s+manana|esta\s+noche|hoy|el\s+dia|el\s+\d+|cuando"
    r"|en\s+navidad|el\s+fin\s+de\s+semana|de\s+noche",
    "pt": r"depois|antes|amanha|hoje|esta\s+noite|essa\s+noite|no\s+dia|dia\s+\d+|quando"
    r"|no\s+natal|no\s+fim\s+de\s+semana",
    "it": r"dopo|prima|domani|stanotte|stasera|oggi|il\s+giorno|la\s+notte|quando|a\s+natale"
    r"|il\s+\d+",
}
# One's own event named in the sentence: a move, a wedding, a resignation, an operation, a
# haircut. (A feast, the holidays or an exam after which "it will be" only place it in time.)
_NOT_AN_EVENT = (
    r"(?![^.!?\n]*\b(?:umzug|umziehen|ziehe?\s+um|hochzeit|heirat\w*|reise|kundig\w*|termin"
    r"|operation|op|demenag\w*|mariage|marie|voyage|demission\w*|rendez-vous|mudanza|mudo|boda"
    r"|me\s+caso|viaje|renuncio|dimito|cita|operacion|mudanca|me\s+mudo|casamento|caso|viagem"
    r"|demissao|me\s+demito|cirurgia|trasloco|trasferisco|matrimonio|sposo|viaggio|dimissioni"
    r"|mi\s+licenzio|intervento|taglio|corte|coupe|haarschnitt|tatuaggio|tatuaje|tatuagem"
    r"|tatouage|tattoo|annuncio|anuncio|annonce|anuncio|verkund\w*|sorpresa|surprise|surpresa"
    r"|uberraschung)\b)"
)
# The time closes the sentence, or a "when" clause follows it: whatever else comes after the
# time ("…, la fiesta de Lucía", "… che glielo dico") names what was decided.
_TIME_ONLY = (
    r"(?:\s+(?!(?:che|que|qu|dass|ob|wo|dove|donde|onde|ou|ce|on|si|se)\b)[\w'-]+){0,5}"
    r"(?=\s*(?:$|[.!?\n])|,\s*(?:quando|cuando|quand|lorsque|wenn|mentre|mientras|enquanto"
    r"|pendant|wa(?:e)?hrend|ninguem|nadie|personne|nessuno|niemand)\b)"
)
# … or decided "for" a time: "c'est décidé pour samedi"
_FOR_A_TIME = r"pour|para|pra|per|fu(?:e)?r"
_DECIDED_WHEN = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_AN_EVENT}[^.!?\n]*?{_DECIDED[lang]}\s*[,:;–-]?\s+"
    rf"(?:{_WILL_BE[lang]}|{_FOR_A_TIME})\s+(?:{_WHEN[lang]}|(?:\w\w?\s+)?(?:{WEEKDAYS[lang]}))\b"
    rf"{_TIME_ONLY}"
    for lang in _LANGS
}
_DECIDED_GATE = {
    "de": "entschieden|beschlossen|steht fest",
    "fr": "decide|decision",
    "es": "decidi",
    "pt": "decidi|resolvi|resolvido",
    "it": "decis|scelto",
}

# --- a past attempt told by its aftermath ------------------------------------------------------
_CARE = {
    "de": r"\b(?:krankenhaus|klinik\w*|notaufnahme|psychiatrie|intensivstation|geschlossene\w*"
    r"|eingeliefert|magen\s+ausgepumpt)\b",
    "fr": r"\b(?:hopital|hosto|urgences|hospitalise\w*|psychiatri\w+|reanimation|rea|interne\w*"
    r"|lavage\s+d'estomac)\b",
    "es": r"\b(?:hospital|urgencias|la\s+uci|psiquiatric\w+|psiquiatria|ingresad[oa]|internad[oa]"
    r"|hospitalizad[oa]|me\s+ingresaron|me\s+internaron|lavado\s+de\s+estomago)\b",
    "pt": r"\b(?:hospital|uti|internad[oa]|hospitalizad[oa]|pronto[\s-]socorro|emergencia"
    r"|urgencias?|psiquiatri\w+|me\s+internaram|lavagem)\b",
    "it": r"\b(?:ospedale|reparto|pronto\s+soccorso|psichiatri\w+|ricoverat[oa]|rianimazione"
    r"|spdc|lavanda\s+gastrica)\b",
}
# "after trying", the object left unsaid (closing its clause or followed by a year)
_AFTER_TRYING = {
    "de": r"\b(?:nach|wegen)\s+(?:dem|meinem|einem|eines|meines)\s+(?:suizid)?versuch(?:e?s)?\b"
    r"|\bnachdem\s+ich\s+(?:es\s+)?"
    r"versucht\s+(?:hatte|hab|habe)",
    "fr": r"\bapres\s+(?:avoir\s+(?:essaye|tente(?:\s+le\s+coup)?)|l'avoir\s+fait|ma\s+tentative)"
    # … or the care given "for" it: "hospitalisée pour avoir essayé", "por intentarlo"
    r"|\bpour\s+avoir\s+(?:essaye|tente)",
    "es": r"\b(?:(?:despues|luego)\s+de|tras)\s+(?:intentarlo|haberlo\s+intentado|mi\s+intento)"
    r"|\bpor\s+(?:intentarlo|haberlo\s+intentado)",
    "pt": r"\b(?:depois|apos)\s+(?:de\s+)?(?:tentar|ter\s+tentado|eu\s+tentar|a\s+tentativa"
    r"|minha\s+tentativa)|\bpor\s+ter\s+tentado",
    "it": r"\bdopo\s+(?:averci\s+provato|aver\s+tentato|il\s+(?:mio\s+)?tentativo|averlo\s+fatto)"
    r"|\bper\s+(?:averci\s+provato|aver\s+tentato)",
}
# (or the writer's own aftermath at once: "dopo averci provato mi sono svegliata in …")
_THEN = (
    # ("back then" may close it: "nach meinem Versuch damals, …")
    r"(?=(?:\s+(?:damals|seinerzeit|entonces|alors|allora|naquela\s+altura|na\s+epoca))?"
    r"\s*(?:$|[.!?,;:\n])|\s+(?:\w+\s+)?\d{4}\b|\s+(?:mi|me|m'|je|j'|ich|eu|fui|sono|termine"
    r"|acabe|fini|bin|war|wurde|in|im)\b)"
)
# an operation, an accident, a birth or a diet named: the ordinary hospital story
_NOT_A_MISHAP = (
    r"(?![^.!?\n]*\b(?:operation|op|unfall|sturz|geburt|accident|chute|accouchement|operacion"
    r"|accidente|caida|parto|operazione|incidente|caduta|acidente|queda|cirurgia|covid"
    r"|dieta|regime|diat|examen|esame|exame|prufung|fuga|fuite|flucht|fugir|scappare|escapar)\b)"
)
# a sentence that opens on someone else taken into care ("a vizinha foi internada depois de
# tentar", "mi tía acabó en urgencias tras intentarlo") with no first-person word before the
# care: their history, not the writer's ("a minha mãe levou-me ao hospital …" stays the writer's)
_NOT_ANOTHERS = {
    lang: rf"(?!\s*(?:(?:{POSSESSIVE[lang]}|{ARTICLE})\s+)?(?:[^\W\d]+\s+)?(?:{MARKERS[lang][1]})"
    rf"\b(?:(?!{FIRST_PERSON[lang].pattern})[^.!?\n]){{0,40}}?{_CARE[lang]})"
    for lang in _LANGS
}
_ATTEMPT_AFTERMATH = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_A_MISHAP}{_NOT_ANOTHERS[lang]}[^.!?\n]*?"
    rf"(?:{either_order(_CARE[lang], f'(?:{_AFTER_TRYING[lang]}){_THEN}', 60)})"
    for lang in _LANGS
}
_AFTERMATH_GATE = {
    "de": "versuch",
    "fr": "essaye|tente|fait|tentative",
    "es": "intent",
    "pt": "tent",
    "it": "provato|tentat|fatto",
}
# … or being found just in time (not lost on a mountain, in the sea or in a fire)
_FOUND_IN_TIME = {
    "de": r"\bmich\s+(?:\w+\s+){0,3}?(?:noch\s+)?rechtzeitig\s+(?:\w+\s+)?gefunden",
    "fr": r"\bm'?\s*(?:ont|a)\s+(?:trouvee?|retrouvee?)\s+(?:juste\s+)?a\s+temps",
    "es": r"\bme\s+(?:encontraron|hallaron|encontro|hallo)\s+(?:justo\s+)?a\s+tiempo",
    "pt": r"\bme\s+(?:acharam|encontraram|achou|encontrou)\s+(?:bem\s+)?a\s+tempo"
    r"|\b(?:acharam|encontraram)-me\s+a\s+tempo",
    "it": r"\bmi\s+(?:hanno|ha)\s+(?:trovat[oa]|ritrovat[oa])\s+(?:appena\s+)?in\s+tempo",
}
# … closing its clause, or with the time it happened ("aquella vez", "quella notte")
_ONCE = (
    r"(?:\s+(?:aquella|esa|quella|cette|naquela|daquela|dessa|damals|la|la\s+derniere|l'ultima)"
    r"(?:\s+(?:vez|volta|fois|noche|notte|nuit|noite|mal))?)?"
)
_NOT_LOST = (
    r"(?![^.!?\n]*\b(?:berg\w*|lawine|wald|verlaufen|verirrt|schnee|meer|see|feuer|brand"
    r"|montagne|perdue?|foret|avalanche|neige|mer|feu|incendie|monte|montana|perdid[oa]|bosque"
    r"|nieve|mar|fuego|incendio|montanha|mato|neve|fogo|montagna|pers[oa]|bosco|valanga"
    r"|sentiero|trail|escondite|versteck|cache-cache|nascondino|esconde-esconde)\b)"
)
_FOUND = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_LOST}[^.!?\n]*?(?:{_FOUND_IN_TIME[lang]}){_ONCE}{_END}"
    for lang in _LANGS
}
_FOUND_GATE = {"de": "rechtzeitig", "fr": "temps", "es": "tiempo", "pt": "tempo", "it": "tempo"}

# --- self-harm told as "that thing" again on the arm, or as marks she made ---------------------
_BODY = {
    "de": r"(?:am|an\s+den|an\s+der|in\s+den|auf\s+dem)\s+(?:arm|armen|handgelenk\w*|bein\w*"
    r"|oberschenkel\w*|bauch)",
    "fr": r"(?:sur\s+(?:le|les|la|mon|mes|ma)|aux?)\s+(?:bras|poignets?|cuisses?|jambes?|ventre)",
    "es": r"en\s+(?:el|los|la|las|mi|mis)\s+(?:brazos?|munecas?|piernas?|muslos?|barriga|panza)",
    "pt": r"(?:no|nos|na|nas|em)\s+(?:bracos?|pulsos?|pernas?|coxas?|barriga)",
    "it": r"(?:sul|sulle|sui|sulla|al|ai|alle)\s+(?:braccio|braccia|polsi?|gamb[ae]|cosc[ie]a?"
    r"|cosce|pancia)",
}
_THAT_AGAIN = {
    "de": r"\b(?:hab|habe)(?:'?s|\s+es|\s+das)?\s+(?:schon\s+)?(?:wieder|nochmal)\s+"
    r"(?:gemacht|getan)",
    "fr": r"\b(?:j'ai\s+refait|je\s+l'ai\s+refait|j'ai\s+encore\s+fait|j'ai\s+recommence)"
    r"(?:\s+(?:ca|ce\s+truc|cette\s+chose|la\s+meme\s+chose))?(?:\s+encore)?",
    "es": r"\b(?:lo\s+volvi\s+a\s+hacer|volvi\s+a\s+hacer(?:lo)?|(?:lo\s+)?hice\s+(?:otra\s+vez"
    r"|de\s+nuevo))(?:\s+(?:eso|aquello|lo\s+de\s+siempre))?",
    "pt": r"\b(?:fiz|voltei\s+a\s+fazer)\s+(?:de\s+novo\s+|outra\s+vez\s+)?(?:aquilo|aquela\s+coisa"
    r"|a\s+mesma\s+coisa|isso)(?:\s+(?:de\s+novo|outra\s+vez))?",
    "it": r"\b(?:ho\s+rifatto|l'ho\s+rifatto|ho\s+fatto\s+di\s+nuovo|ho\s+fatto\s+ancora)"
    r"\s+(?:quella\s+cosa|quello|la\s+solita\s+cosa)",
}
# a tattoo, a vaccine, a cream, a wax, an exercise, a blood test on the arm
_NOT_A_TREATMENT = (
    r"(?![^.!?\n]*\b(?:tatu\w*|tattoo\w*|tatou\w*|henna|vacin\w*|vacun\w*|vaccin\w*|impf\w*"
    r"|crema|creme|pomada|salbe|depila\w*|cera|wax\w*|epila\w*|rasier\w*|injec\w*|iniez\w*"
    r"|prelievo|analisi|analyse|fisio\w*|kine\w*|massag\w*|exercic\w*|esercizi\w*|ejercicio\w*"
    r"|ubung\w*|training|dehn\w*|stretching|piercing|sangue|sangre|blut|prise\s+de\s+sang"
    r"|verband|pflaster|bandage|pansement|vendaje|venda|curativo|benda|fasciatura"
    r"|medicazione|gips|platre|yeso|gesso)\b)"
)
_AGAIN_ON_BODY = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_A_TREATMENT}[^.!?\n]*?{_THAT_AGAIN[lang]}"
    rf"(?:\s+\w+){{0,3}}?\s+{_BODY[lang]}\b"
    for lang in _LANGS
}
_AGAIN_GATE = {
    "de": "wieder|nochmal",
    "fr": "refait|encore|recommence",
    "es": "volvi|otra vez|de nuevo",
    "pt": "aquilo|aquela|mesma|isso",
    "it": "rifatto|di nuovo|ancora",
}
_MARKS = {
    "de": r"\b(?:narben|schnitte|spuren|kratzer|striemen|male)\b",
    "fr": r"\b(?:marques|coupures|cicatrices|traces|entailles|brulures)\b",
    "es": r"\b(?:marcas|cortes|cicatrices|heridas|quemaduras)\b",
    "pt": r"\b(?:marcas|cortes|cicatrizes|feridas|queimaduras)\b",
    "it": r"\b(?:segni|tagli|cicatrici|ferite|bruciature)\b",
}
_MADE_THEM = {
    "de": r"\b(?:hab|habe)\s+ich\s+(?:mir\s+)?(?:selbst|selber)\s+(?:gemacht|zugefu(?:e)?gt)"
    r"|\bdie\s+(?:hab|habe)\s+ich\s+mir\s+(?:selbst\s+|selber\s+)?(?:gemacht|zugefu(?:e)?gt)",
    "fr": r"\bc'est\s+moi\s+qui\s+(?:me\s+)?les\s+ai\s+fait(?:es)?|\bje\s+me\s+les\s+suis\s+"
    r"fait(?:es)?",
    "es": r"\b(?:me\s+)?(?:las|los)\s+(?:hice|he\s+hecho)\s+yo(?:\s+mism[oa])?"
    r"|\bme\s+(?:las|los)\s+(?:hice|he\s+hecho)",
    "pt": r"\bfui\s+eu\s+(?:que|quem)\s+(?:as\s+|os\s+|me\s+)?(?:fiz|fez)|\beu\s+mesm[oa]\s+"
    r"(?:as|os|me)\s+fiz",
    "it": r"\b(?:me\s+li\s+sono\s+fatti|li\s+ho\s+fatti\s+io"
    r"|me\s+li\s+sono\s+fatti\s+da\s+sol[oa])",
}
_SKIN = {
    "de": r"\b(?:arm|armen|handgelenk|bein|beinen|oberschenkel|haut|bauch)\b",
    "fr": r"\b(?:bras|poignets?|cuisses?|jambes?|peau|ventre)\b",
    "es": r"\b(?:brazos?|munecas?|piernas?|muslos?|piel|barriga)\b",
    "pt": r"\b(?:bracos?|pulsos?|pernas?|coxas?|pele|barriga)\b",
    "it": r"\b(?:braccio|braccia|polsi?|gambe?|cosce|coscia|pelle|pancia)\b",
}
_MARKS_MADE = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_A_TREATMENT}(?=[^.!?\n]*{_SKIN[lang]})[^.!?\n]*?"
    rf"{_MARKS[lang]}[^.!?\n]{{0,80}}?(?:{_MADE_THEM[lang]})"
    for lang in _LANGS
}
_MARKS_GATE = {
    "de": "selbst|selber|mir",
    "fr": "moi|me les",
    "es": "hice|hecho",
    "pt": "fiz|fez",
    "it": "fatti",
}

# --- a few pills held back from every pack -----------------------------------------------------
_EVERY_PACK = {
    "de": r"\b(?:jede|jeder|jedem|jeden)\s+(?:packung|schachtel|rezept|blister|dose|verordnung)\b",
    "fr": r"\bchaque\s+(?:boite|plaquette|ordonnance|flacon|tube)\b",
    "es": r"\bcada\s+(?:caja|receta|blister|frasco|envase|tableta)\b",
    "pt": r"\bcada\s+(?:caixa|receita|cartela|frasco|blister)\b",
    "it": r"\bogni\s+(?:scatola|confezione|ricetta|blister|flacone)\b",
}
_HOLD_BACK = {
    "de": r"\b(?:zweig\w*|behalt\w*|leg\w*|nehm\w*|heb\w*|steck\w*|zwack\w*)\s+ich\s+(?:mir\s+)?"
    r"(?:ein\s+)?(?:paar|einige|welche|zwei|drei|ein\s+bisschen)|\b(?:abgezweigt|abzweigen"
    r"|zuru(?:e)?ckbehalten|beiseitegelegt)\b",
    "fr": r"\bj'en\s+(?:garde|mets\s+de\s+cote|cache|planque|retiens|mets\s+\w+\s+de\s+cote)\b"
    r"|\bje\s+(?:garde|mets\s+de\s+cote|cache|planque)\s+(?:quelques|deux|trois)\b",
    "es": r"\b(?:me\s+guardo|guardo|aparto|escondo|separo|me\s+quedo\s+con)\s+(?:unas?|un\s+par"
    r"|algunas?|dos|tres|unas\s+cuantas)\b",
    "pt": r"\b(?:guardo|separo|escondo|tiro|desvio)\s+(?:umas?|uns|algumas?|dois|duas|tres"
    r"|um\s+par)\b",
    "it": r"\bne\s+(?:tengo|metto\s+da\s+parte|nascondo|tolgo|levo)\b|\b(?:tengo|metto)\s+da\s+"
    r"parte\s+(?:qualche|un\s+paio|due|tre)\b",
}
# a named ailment, someone else's medicine, a trip, an animal, a donation or a return
_NOT_FOR_CARE = (
    r"(?![^.!?\n]*\b(?:kopfschmerz\w*|migra\w*|grippe|erka(?:e)?ltung|oma|opa|mama|mutter|vater"
    r"|nachbar\w*|hund|katze|reise|urlaub|spende\w*|ruckgabe|zuruckbring\w*|mal\s+de\s+tete"
    r"|rhume|grand-mere|grand-pere|maman|mere|voisin\w*|chien|chat|voyage|vacances|don"
    r"|rapporte\w*|gripe|resfriado|abuel[oa]|madre|vecin[oa]|perro|gato|viaje|vacaciones"
    r"|donar|devolver|devuelvo|constipacao|avo|mae|vizinh[oa]|cachorro|viagem|ferias|doar"
    r"|devolvo|influenza|raffreddore|nonn[oa]|madre|vicin[oa]|cane|gatto|viaggio|vacanz\w*"
    r"|donare|restituisco|restituire|scadenz\w*|scaduti|abgelaufen|perime\w*|caducad\w*"
    r"|vencid\w*)\b)"
)
# … and a medicine in the sentence: "da ogni confezione di biscotti ne tengo due" is a snack
_MEDICINE = (
    r"(?=[^.!?\n]*\b(?:apotheke|tablette\w*|pille\w*|medikament\w*|schlafmittel|pharmacie"
    r"|cachets?|comprimes?|medicaments?|medocs?|somniferes?|farmacia|pastillas?|pildoras?"
    r"|medicamentos?|calmantes|comprimidos?|remedios?|pastiglie|pillole|farmaci|compresse"
    r"|sonniferi|rezept\w*|ordonnance|receita|ricetta)\b)"
)
_SKIMMED = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_FOR_CARE}{_MEDICINE}[^.!?\n]*?"
    rf"(?:{either_order(_EVERY_PACK[lang], _HOLD_BACK[lang], 60)})"
    for lang in _LANGS
}
_SKIMMED_GATE = {"de": "jede", "fr": "chaque", "es": "cada", "pt": "cada", "it": "ogni"}

# --- "sono in trappola" said of oneself ----------------------------------------------------------
_IN_A_TRAP = {
    "it": r"\b(?:sono|mi\s+trovo|sto)\s+in\s+trappola\b(?=\s*(?:$|[.!?,;:\n])|\s+(?:come|qui"
    r"|dentro|da\s+(?:anni|mesi)|in\s+(?:questa|questo|casa|me\s+stess[oa])))",
}
_NOT_STUCK_IN_A_THING = (
    r"(?![^.!?\n]*\b(?:ascensore|traffico|coda|ingorgo|neve|treno|metro|autostrada|parcheggio"
    r"|aeroporto|bagno|cantina|garage|macchina|auto|gioco|escape|partita|livello)\b)"
)
_TRAPPED = {
    lang: rf"(?:^|(?<=[.!?\n])){_NOT_STUCK_IN_A_THING}[^.!?\n]*?{p}"
    for lang, p in _IN_A_TRAP.items()
}

RULES: tuple[Rule, ...] = (
    _family("spared_if_gone", Category.BURDEN, _CON, _SPARED_IF_GONE, _SPARED_GATE)
    + _family("future_unseen", Category.NO_FUTURE, _CON, _FUTURE_UNSEEN, _UNSEEN_GATE)
    + _family(
        "decided_when",
        Category.PLAN_OR_METHOD,
        _URG,
        _DECIDED_WHEN,
        _DECIDED_GATE,
        inherent=False,
    )
    + _family(
        "attempt_aftermath",
        Category.SUICIDAL_IDEATION,
        _CON,
        _ATTEMPT_AFTERMATH,
        _AFTERMATH_GATE,
        inherent=False,
        past=True,
    )
    + _family("found_in_time", Category.SUICIDAL_IDEATION, _CON, _FOUND, _FOUND_GATE, past=True)
    + _family("again_on_body", Category.SELF_HARM, _CON, _AGAIN_ON_BODY, _AGAIN_GATE)
    + _family("marks_made", Category.SELF_HARM, _CON, _MARKS_MADE, _MARKS_GATE)
    + _family("letters_for_after", Category.GOODBYES, _CON, LETTERS_FOR_AFTER, LETTERS_GATE)
    + _family("skimmed_pills", Category.GETTING_MEANS, _URG, _SKIMMED, _SKIMMED_GATE)
    + _family("in_a_trap", Category.TRAPPED_PAIN, _CON, _TRAPPED, {"it": "trappola"})
    + rules_intl_frames_left_behind.RULES
    + rules_intl_frames_way_out.RULES
    + rules_intl_frames_wide.RULES
    + rules_intl_weary.RULES
    + rules_intl_unsaid.RULES
    + rules_intl_leave_taking.RULES
    + rules_intl_set_moment.RULES
    + rules_intl_marks_hidden.RULES
)

__all__ = ["RULES"]
